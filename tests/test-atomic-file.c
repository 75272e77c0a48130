/* test-atomic-file.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>
#include <sys/resource.h>
#include <glib/gstdio.h>

#include "pml-atomic-file.h"

/* pml_atomic_file: the target changes only at a successful commit; every
 * other ending leaves it as it was, and the folder as it was */

static char *folder;

static guint
count_files (void)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

static char *
read_file (const char *path)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

static void
test_commit_and_abort (void)
{
  g_autofree char *path = g_build_filename (folder, "doc.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *after_abort = NULL;
  g_autofree char *after_commit = NULL;
  PmlAtomicFile *out;

  g_assert_true (g_file_set_contents (path, "old", -1, NULL));

  /* abandoned half way: the old text, and no new file left */
  out = pml_atomic_file_begin (file, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_files (), ==, 2);
  g_assert_true (g_output_stream_write_all (pml_atomic_file_get_stream (out), "ne", 2, NULL, NULL, NULL));
  pml_atomic_file_abort (out);
  after_abort = read_file (path);
  g_assert_cmpstr (after_abort, ==, "old");
  g_assert_cmpuint (count_files (), ==, 1);

  /* committed: the new text, still one file */
  out = pml_atomic_file_begin (file, &error);
  g_assert_no_error (error);
  g_assert_true (g_output_stream_write_all (pml_atomic_file_get_stream (out), "new", 3, NULL, NULL, NULL));
  g_assert_true (pml_atomic_file_commit (out, &error));
  g_assert_no_error (error);
  after_commit = read_file (path);
  g_assert_cmpstr (after_commit, ==, "new");
  g_assert_cmpuint (count_files (), ==, 1);
  g_unlink (path);
}

/* ulimit -f in this process: the write fails (no SIGXFSZ), the old file
 * stays */
static void
test_file_size_limit (void)
{
  g_autofree char *path = g_build_filename (folder, "big.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *big = g_malloc0 (64 * 1024);
  g_autofree char *contents = NULL;
  struct rlimit saved, limit;

  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  limit = saved;
  limit.rlim_cur = 16 * 1024;
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
  g_assert_false (pml_atomic_file_set_contents (file, big, 64 * 1024, &error));
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  g_assert_nonnull (error);
  contents = read_file (path);
  g_assert_cmpstr (contents, ==, "old");
  g_assert_cmpuint (count_files (), ==, 1);
  g_unlink (path);
}

/* a folder in the way, a folder that does not exist: errors, nothing made */
static void
test_cannot_write (void)
{
  g_autofree char *sub = g_build_filename (folder, "sub", NULL);
  g_autofree char *missing = g_build_filename (folder, "no-such-folder", "x.txt", NULL);
  g_autoptr(GFile) sub_file = g_file_new_for_path (sub);
  g_autoptr(GFile) missing_file = g_file_new_for_path (missing);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (sub, 0700), ==, 0);
  g_assert_false (pml_atomic_file_set_contents (sub_file, "x", 1, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  g_clear_error (&error);
  g_assert_true (g_file_test (sub, G_FILE_TEST_IS_DIR));
  g_assert_false (pml_atomic_file_set_contents (missing_file, "x", 1, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_cmpuint (count_files (), ==, 1);
  g_rmdir (sub);
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  folder = g_dir_make_tmp ("pml-atomic-XXXXXX", NULL);
  g_assert_nonnull (folder);
  g_test_add_func ("/atomic-file/commit-and-abort", test_commit_and_abort);
  g_test_add_func ("/atomic-file/file-size-limit", test_file_size_limit);
  g_test_add_func ("/atomic-file/cannot-write", test_cannot_write);
  status = g_test_run ();
  g_rmdir (folder);
  g_free (folder);
  return status;
}
