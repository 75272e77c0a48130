/* fuzz-driver.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* The regression run of a fuzz target without libFuzzer: feeds each file
 * named on the command line (each file under a folder, in name order) to
 * the target once, as `TARGET -runs=0 DIR` does under libFuzzer. A crash, a
 * sanitizer report or a leak fails the run; it names the input first.
 *
 * --suffix=.py keeps to the files whose names end so (a folder of
 * scenarios also holds their expected outputs). */

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static const char *suffix;
static guint n_inputs;

static gboolean
feed_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;
  guint8 *copy;

  if (!g_file_get_contents (path, &contents, &length, &error))
    {
      g_printerr ("%s\n", error->message);
      return FALSE;
    }
  /* a copy of exactly @length bytes, so that reading past the input is
   * an AddressSanitizer report, as under libFuzzer */
  copy = g_memdup2 (contents, length);
  printf ("# %s\n", path);
  fflush (stdout);
  LLVMFuzzerTestOneInput (copy, length);
  g_free (copy);
  n_inputs++;
  return TRUE;
}

static gint
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(char **) a, *(char **) b);
}

static gboolean
feed_path (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = NULL;
  const char *name;
  gboolean ok = TRUE;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    return feed_file (path);

  dir = g_dir_open (path, 0, NULL);
  if (dir == NULL)
    return FALSE;
  names = g_ptr_array_new_with_free_func (g_free);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_build_filename (path, name, NULL));
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    {
      const char *child = g_ptr_array_index (names, i);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        ok = feed_path (child) && ok;
      else if (suffix == NULL || g_str_has_suffix (child, suffix))
        ok = feed_file (child) && ok;
    }
  return ok;
}

int
main (int   argc,
      char *argv[])
{
  gboolean ok = TRUE;

  for (int i = 1; i < argc; i++)
    {
      if (g_str_has_prefix (argv[i], "--suffix="))
        suffix = argv[i] + strlen ("--suffix=");
      else
        ok = feed_path (argv[i]) && ok;
    }
  printf ("%u inputs, no crash\n", n_inputs);
  return ok && n_inputs > 0 ? 0 : 1;
}
