/* test-cli-write.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>
#include <sys/stat.h>
#include <glib/gstdio.h>

#include "pml-test-cli.h"

/* What the command line writes reaches its destination whole, or the
 * command fails: standard output on a full device fails the command, and a
 * file that cannot be written whole (a file size limit, a folder in the
 * way) leaves the old file as it was and no partial file. */

#define OLD_CONTENTS "the old file, which a failed write must keep\n"

/* A script whose run writes a trace of some hundred kilobytes */
static char *
write_script (void)
{
  return pml_test_write_file ("grow.py", "keep = []\nfor i in range(3000):\n    keep.append([i, str(i)])\n"
                              "print(len(keep))\n", -1);
}

/* The names in the scratch folder: a failed write leaves no new one */
static guint
count_files (void)
{
  g_autofree char *probe = pml_test_path ("probe");
  g_autofree char *dir = g_path_get_dirname (probe);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  guint n = 0;

  g_assert_nonnull (listing);
  while (g_dir_read_name (listing) != NULL)
    n++;
  return n;
}

static void
assert_contents (const char *path,
                 const char *expected)
{
  g_autofree char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, expected);
}

static void
test_stdout_full (void)
{
  g_autofree char *script = write_script ();
  g_autofree char *trace = pml_test_path ("full.trace");
  g_auto(PmlTestRun) run = { 0 };
  g_auto(PmlTestRun) replay = { 0 };
  g_auto(PmlTestRun) ok = { 0 };

  if (!g_file_test ("/dev/full", G_FILE_TEST_EXISTS))
    {
      g_test_skip ("no /dev/full");
      return;
    }
  pml_test_run_pymemlab_limited (&run, "/dev/full", 0, "run", "--trace-out", trace, script, NULL);
  g_assert_cmpint (run.status, ==, 120);
  g_assert_cmpstr (run.err, ==, "pymemlab: could not write to standard output: No space left on device\n");

  /* the same trace, replayed with statistics on the full device */
  pml_test_run_pymemlab_limited (&replay, "/dev/full", 0, "replay", "--malloc-stats", trace, NULL);
  g_assert_cmpint (replay.status, ==, 120);
  g_assert_cmpstr (replay.err, ==, "pymemlab: could not write to standard output: No space left on device\n");

  /* and to a pipe that takes it: no error */
  pml_test_run_pymemlab (&ok, "replay", "--malloc-stats", trace, NULL);
  g_assert_cmpint (ok.status, ==, 0);
}

/* --trace-out over an old trace, under a file size limit the new trace
 * exceeds: the command fails, the old file stays, nothing is left over */
static void
test_trace_out_limit (void)
{
  g_autofree char *script = write_script ();
  g_autofree char *trace = pml_test_write_file ("kept.trace", OLD_CONTENTS, -1);
  g_autofree char *fresh = pml_test_path ("fresh.trace");
  g_auto(PmlTestRun) run = { 0 };
  g_auto(PmlTestRun) again = { 0 };
  guint before = count_files ();

  pml_test_run_pymemlab_limited (&run, NULL, 64 * 1024, "run", "--trace-out", trace, script, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpstr (run.out, ==, "3000\n");
  g_assert_true (g_str_has_prefix (run.err, "pymemlab: Could not write “"));
  g_assert_nonnull (strstr (run.err, "File too large"));
  assert_contents (trace, OLD_CONTENTS);
  g_assert_cmpuint (count_files (), ==, before);

  /* a new file: not created at all */
  pml_test_run_pymemlab_limited (&again, NULL, 64 * 1024, "run", "--trace-out", fresh, script, NULL);
  g_assert_cmpint (again.status, ==, 2);
  g_assert_false (g_file_test (fresh, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_files (), ==, before);
}

/* A folder where the trace should go: refused, the folder untouched */
static void
test_trace_out_folder (void)
{
  g_autofree char *script = write_script ();
  g_autofree char *folder = pml_test_path ("a-folder.trace");
  g_autofree char *inside = g_build_filename (folder, "keep.txt", NULL);
  g_auto(PmlTestRun) run = { 0 };
  guint before;

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_true (g_file_set_contents (inside, OLD_CONTENTS, -1, NULL));
  before = count_files ();
  pml_test_run_pymemlab (&run, "run", "--trace-out", folder, script, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "Is a directory"));
  g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));
  assert_contents (inside, OLD_CONTENTS);
  g_assert_cmpuint (count_files (), ==, before);
  g_unlink (inside);
  g_rmdir (folder);
}

/* Written whole, the new trace replaces the old one and keeps its
 * permissions */
static void
test_trace_out_replaces (void)
{
  g_autofree char *script = write_script ();
  g_autofree char *trace = pml_test_write_file ("replaced.trace", OLD_CONTENTS, -1);
  g_autofree char *contents = NULL;
  g_auto(PmlTestRun) run = { 0 };
  GStatBuf st;
  guint before;

  g_assert_cmpint (g_chmod (trace, 0640), ==, 0);
  before = count_files ();
  pml_test_run_pymemlab (&run, "run", "--trace-out", trace, script, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (trace, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "pymemlab-trace 1\n"));
  g_assert_cmpint (g_stat (trace, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0640);
  g_assert_cmpuint (count_files (), ==, before);
}

/* A diagram and a handout larger than the limit: the old files stay */
static void
test_export_and_handout_limit (void)
{
  g_autofree char *script = write_script ();
  g_autofree char *lesson = pml_test_write_file ("lesson.py", "a = [1, 2]\nb = a\ndel a\nprint(b)\n", -1);
  g_autofree char *png = pml_test_write_file ("kept.png", OLD_CONTENTS, -1);
  g_autofree char *pdf = pml_test_write_file ("kept.pdf", OLD_CONTENTS, -1);
  g_auto(PmlTestRun) export = { 0 };
  g_auto(PmlTestRun) handout = { 0 };
  guint before = count_files ();

  pml_test_run_pymemlab_limited (&export, NULL, 4096, "export", script, "-o", png, NULL);
  g_assert_cmpint (export.status, ==, 2);
  g_assert_nonnull (strstr (export.err, "File too large"));
  assert_contents (png, OLD_CONTENTS);

  pml_test_run_pymemlab_limited (&handout, NULL, 4096, "handout", lesson, "-o", pdf, NULL);
  g_assert_cmpint (handout.status, ==, 2);
  g_assert_nonnull (strstr (handout.err, "File too large"));
  assert_contents (pdf, OLD_CONTENTS);
  g_assert_cmpuint (count_files (), ==, before);
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/write/stdout-full", test_stdout_full);
  g_test_add_func ("/write/trace-out-limit", test_trace_out_limit);
  g_test_add_func ("/write/trace-out-folder", test_trace_out_folder);
  g_test_add_func ("/write/trace-out-replaces", test_trace_out_replaces);
  g_test_add_func ("/write/export-and-handout-limit", test_export_and_handout_limit);
  status = g_test_run ();
  pml_test_remove_scratch ();
  return status;
}
