/* test-help.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <adwaita.h>
#include <glib/gstdio.h>

#include "pml-help.h"
#include "pml-test-window.h"

/* F1 opens the user guide in yelp where yelp and the installed pages are
 * there, and the built-in help window otherwise. The yelp here is a
 * stand-in that writes down the URI it was asked to show: the help:
 * scheme reaches it through the desktop file that claims the scheme,
 * as on a GNOME desktop. */

static char *scratch;

static char *
scratch_path (const char *first, ...)
{
  va_list args;
  GString *path = g_string_new (scratch);
  const char *part = first;

  va_start (args, first);
  for (; part != NULL; part = va_arg (args, const char *))
    g_string_append_printf (path, G_DIR_SEPARATOR_S "%s", part);
  va_end (args);
  return g_string_free (path, FALSE);
}

static void
write_file (const char *path,
            const char *contents,
            int         mode)
{
  g_autofree char *folder = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (path, mode), ==, 0);
}

/* Called before GTK starts: GLib reads the XDG folders once */
static void
make_desktop (void)
{
  g_autofree char *fake_yelp = scratch_path ("bin", "yelp", NULL);
  g_autofree char *shown = scratch_path ("shown-uri", NULL);
  g_autofree char *script = g_strdup_printf ("#!/bin/sh\nprintf '%%s' \"$1\" > '%s.part' && mv '%s.part' '%s'\n",
                                             shown, shown, shown);
  g_autofree char *desktop_file = g_strdup_printf ("[Desktop Entry]\nType=Application\nName=Help\n"
                                                   "Exec=%s %%u\nMimeType=x-scheme-handler/help;\n",
                                                   fake_yelp);
  g_autofree char *share = scratch_path ("share", NULL);
  g_autofree char *config = scratch_path ("config", NULL);
  g_autofree char *applications = scratch_path ("share", "applications", "yelp.desktop", NULL);
  g_autofree char *mimeapps = scratch_path ("config", "mimeapps.list", NULL);
  g_autofree char *page = scratch_path ("share", "help", "C", "pymemlab", "index.page", NULL);

  write_file (fake_yelp, script, 0755);
  write_file (applications, desktop_file, 0644);
  write_file (mimeapps, "[Default Applications]\nx-scheme-handler/help=yelp.desktop\n", 0644);
  write_file (page, "<page xmlns=\"http://projectmallard.org/1.0/\" type=\"guide\" id=\"index\"/>\n", 0644);

  g_setenv ("XDG_DATA_DIRS", share, TRUE);
  g_setenv ("XDG_DATA_HOME", share, TRUE);
  g_setenv ("XDG_CONFIG_HOME", config, TRUE);
  g_setenv ("XDG_CONFIG_DIRS", config, TRUE);
}

static GtkWindow *
find_help_window (void)
{
  g_autoptr(GListModel) toplevels = g_object_ref (gtk_window_get_toplevels ());

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (g_strcmp0 (gtk_window_get_title (window), "PyMem Lab Help") == 0)
        return window;
    }
  return NULL;
}

static void
test_builtin_without_yelp (void)
{
  g_autofree char *empty = scratch_path ("no-programs", NULL);
  g_autofree char *old_path = g_strdup (g_getenv ("PATH"));
  GtkWindow *help;

  g_assert_cmpint (g_mkdir_with_parents (empty, 0700), ==, 0);
  g_setenv ("PATH", empty, TRUE);
  pml_help_show (NULL);
  g_setenv ("PATH", old_path, TRUE);

  help = find_help_window ();
  g_assert_nonnull (help);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (help)));
  gtk_window_destroy (help);
}

static void
test_yelp_shows_the_guide (void)
{
  g_autofree char *bin = scratch_path ("bin", NULL);
  g_autofree char *shown = scratch_path ("shown-uri", NULL);
  g_autofree char *old_path = g_strdup (g_getenv ("PATH"));
  g_autofree char *path = g_strconcat (bin, G_SEARCHPATH_SEPARATOR_S, old_path, NULL);
  g_autofree char *uri = NULL;
  gint64 deadline;

  g_setenv ("PATH", path, TRUE);
  pml_help_show (NULL);
  deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  while (!g_file_test (shown, G_FILE_TEST_EXISTS) && g_get_monotonic_time () < deadline)
    pml_test_wait (50);
  g_setenv ("PATH", old_path, TRUE);

  g_assert_true (g_file_get_contents (shown, &uri, NULL, NULL));
  g_assert_cmpstr (uri, ==, "help:pymemlab");
  g_assert_null (find_help_window ());
}

static void
remove_scratch (void)
{
  g_autofree char *command = g_strdup_printf ("rm -rf '%s'", scratch);

  g_assert_cmpint (system (command), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  scratch = g_dir_make_tmp ("pymemlab-help-XXXXXX", NULL);
  g_assert_nonnull (scratch);
  make_desktop ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/help/builtin-without-yelp", test_builtin_without_yelp);
  g_test_add_func ("/help/yelp-shows-the-guide", test_yelp_shows_the_guide);

  status = g_test_run ();
  remove_scratch ();
  return status;
}
