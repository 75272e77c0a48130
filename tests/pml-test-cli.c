/* pml-test-cli.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define _GNU_SOURCE

#include <fcntl.h>
#include <unistd.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <glib/gstdio.h>

#include <string.h>

#include "pml-test-cli.h"

static char *scratch_dir;

void
pml_test_run_clear (PmlTestRun *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

typedef struct
{
  const char *stdout_path;
  goffset     file_size_limit;
} ChildSetup;

/* in the child, before exec: standard output to a file, a file size limit
 * (ulimit -f) */
static void
child_setup (gpointer data)
{
  const ChildSetup *setup = data;

  if (setup->stdout_path != NULL)
    {
      int fd = open (setup->stdout_path, O_WRONLY);

      if (fd < 0 || dup2 (fd, STDOUT_FILENO) < 0)
        _exit (125);
      close (fd);
    }
  if (setup->file_size_limit > 0)
    {
      struct rlimit limit = { (rlim_t) setup->file_size_limit, (rlim_t) setup->file_size_limit };

      if (setrlimit (RLIMIT_FSIZE, &limit) != 0)
        _exit (125);
    }
}

static void
run_pymemlab_v (PmlTestRun       *run,
                const ChildSetup *setup,
                const char       *first_arg,
                va_list           args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *arg;
  int wait_status;

  g_assert_nonnull (g_getenv ("PYMEMLAB"));
  g_ptr_array_add (argv, (gpointer) g_getenv ("PYMEMLAB"));
  for (arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, setup ? child_setup : NULL, (gpointer) setup,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run->status = WEXITSTATUS (wait_status);
}

void
pml_test_run_pymemlab (PmlTestRun *run,
                       const char *first_arg,
                       ...)
{
  va_list args;

  va_start (args, first_arg);
  run_pymemlab_v (run, NULL, first_arg, args);
  va_end (args);
}

void
pml_test_run_pymemlab_limited (PmlTestRun *run,
                               const char *stdout_path,
                               goffset     file_size_limit,
                               const char *first_arg,
                               ...)
{
  ChildSetup setup = { stdout_path, file_size_limit };
  va_list args;

  va_start (args, first_arg);
  run_pymemlab_v (run, &setup, first_arg, args);
  va_end (args);
}

char *
pml_test_path (const char *name)
{
  if (scratch_dir == NULL)
    scratch_dir = g_dir_make_tmp ("pymemlab-test-XXXXXX", NULL);
  g_assert_nonnull (scratch_dir);

  return g_build_filename (scratch_dir, name, NULL);
}

char *
pml_test_write_file (const char *name,
                     const char *contents,
                     gssize      length)
{
  char *path = pml_test_path (name);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
  return path;
}

void
pml_test_remove_scratch (void)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (scratch_dir == NULL)
    return;

  dir = g_dir_open (scratch_dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (scratch_dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (scratch_dir);
  g_clear_pointer (&scratch_dir, g_free);
}

guint
pml_test_count_pdf_pages (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length;
  guint n = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  /* binary streams: search bytes, not a C string */
  for (const char *p = contents; (p = memmem (p, length - (gsize) (p - contents), "/Type /Page", 11)) != NULL; p++)
    if (p[11] != 's')
      n++;
  return n;
}

/* Paths of the SVG filled with @fill and stroked with @stroke (Cairo's
 * percentages): Cairo writes no ids, so elements are told by colour */
guint
pml_test_count_svg_paths (const char *svg,
                          const char *fill,
                          const char *stroke)
{
  g_autofree char *fill_style = g_strdup_printf ("fill:rgb(%s)", fill);
  g_autofree char *stroke_style = g_strdup_printf ("stroke:rgb(%s)", stroke);
  g_auto(GStrv) elements = g_strsplit (svg, "<path ", -1);
  guint n = 0;

  for (guint i = 1; elements[i] != NULL; i++)
    {
      const char *end = strchr (elements[i], '>');
      g_autofree char *element = g_strndup (elements[i], end != NULL ? (gsize) (end - elements[i]) : strlen (elements[i]));

      n += strstr (element, fill_style) != NULL && strstr (element, stroke_style) != NULL;
    }
  return n;
}
