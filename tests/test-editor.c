/* test-editor.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <adwaita.h>
#include <glib/gstdio.h>

#include "pml-test-window.h"

/* The script editor as a teacher uses it: change a scenario and run it
 * again, see a refused or failing line underlined, save, and never lose
 * what was typed: closing asks, and a draft outlives a crash. */

static char *state_dir;

/* As typing does (gtk_text_buffer_set_text () is not an edit of the user's) */
static void
set_text (PmlWindow  *window,
          const char *text)
{
  GtkTextBuffer *buffer = pml_window_get_script_buffer (window);
  GtkTextIter start, end;

  gtk_text_buffer_begin_user_action (buffer);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_delete (buffer, &start, &end);
  gtk_text_buffer_insert (buffer, &start, text, -1);
  gtk_text_buffer_end_user_action (buffer);
}

static void
run (PmlWindow *window)
{
  pml_test_activate (window, "win.run");
  pml_test_wait_for_loading (window);
}

static char *
draft_path (void)
{
  return g_build_filename (state_dir, "pymemlab", "draft.py", NULL);
}

static void
destroy (PmlWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
}

/* An example, changed and run again: the new script's objects */
static void
test_edit_and_run (void)
{
  PmlWindow *window = pml_test_new_window ();
  g_autoptr(GFile) example = g_file_new_for_uri (PML_TEST_EXAMPLES "refcounts.py");
  guint example_steps;

  pml_window_open_trace (window, example);
  pml_test_wait_for_loading (window);
  example_steps = pml_window_get_n_steps (window);
  g_assert_false (gtk_text_buffer_get_modified (pml_window_get_script_buffer (window)));

  set_text (window, "x = [1]\ny = [x, x]\nz = 1\n");
  g_assert_true (gtk_text_buffer_get_modified (pml_window_get_script_buffer (window)));
  run (window);
  g_assert_cmpuint (pml_window_get_n_steps (window), !=, example_steps);
  /* the editor keeps what was typed: still unsaved, and not replaced */
  g_assert_true (gtk_text_buffer_get_modified (pml_window_get_script_buffer (window)));
  g_assert_cmpint (pml_window_get_script_line (window), ==, 1);
  pml_test_run_to_line (window, 2);
  g_assert_cmpuint (pml_window_get_n_objects (window), ==, 1);
  pml_test_run_to_line (window, 3);
  g_assert_cmpuint (pml_window_get_n_objects (window), ==, 2);

  gtk_text_buffer_set_modified (pml_window_get_script_buffer (window), FALSE);
  destroy (window);
}

/* A line outside the subset is refused before anything runs; an uncaught
 * exception runs up to its line. Both are underlined, the views stay. */
static void
test_errors_underlined (void)
{
  PmlWindow *window = pml_test_new_window ();
  g_autoptr(GFile) example = g_file_new_for_uri (PML_TEST_EXAMPLES "del_statement.py");
  g_autofree char *narration = NULL;
  guint steps;

  pml_window_open_trace (window, example);
  pml_test_wait_for_loading (window);
  steps = pml_window_get_n_steps (window);
  g_assert_cmpint (pml_window_get_error_line (window), ==, 0);

  set_text (window, "a = 1\nb = [a,\n");
  run (window);
  /* the bracket opened on line 2 is never closed */
  g_assert_cmpint (pml_window_get_error_line (window), ==, 2);
  g_assert_cmpuint (pml_window_get_n_steps (window), ==, steps);
  narration = pml_window_dup_narration (window);
  g_assert_true (g_str_has_suffix (narration, "fix it and press Run (Ctrl+Return)."));

  /* typing clears the marks of the text that ran */
  set_text (window, "d = {}\nx = 1\nd['missing']\n");
  g_assert_cmpint (pml_window_get_error_line (window), ==, 0);
  run (window);
  g_assert_cmpint (pml_window_get_error_line (window), ==, 3);
  g_assert_cmpuint (pml_window_get_n_steps (window), !=, steps);

  gtk_text_buffer_set_modified (pml_window_get_script_buffer (window), FALSE);
  destroy (window);
}

/* Save writes the file, whole, and the changes are no longer unsaved */
static void
test_save (void)
{
  PmlWindow *window = pml_test_new_window ();
  g_autofree char *dir = g_dir_make_tmp ("pymemlab-editor-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "mine.py", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *contents = NULL;

  g_assert_true (g_file_set_contents (path, "a = [1]\n", -1, NULL));
  pml_window_open_trace (window, file);
  pml_test_wait_for_loading (window);
  set_text (window, "a = [1]\nb = a\n");
  pml_test_activate (window, "win.save");
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "a = [1]\nb = a\n");
  g_assert_false (gtk_text_buffer_get_modified (pml_window_get_script_buffer (window)));

  destroy (window);
  g_unlink (path);
  g_rmdir (dir);
}

static AdwMessageDialog *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

/* Closing with unsaved changes asks first; Cancel keeps the window and
 * the text, Discard closes it */
static void
test_close_asks (void)
{
  PmlWindow *window = pml_test_new_window ();
  g_autoptr(GFile) example = g_file_new_for_uri (PML_TEST_EXAMPLES "slots.py");
  AdwMessageDialog *dialog;

  gtk_window_present (GTK_WINDOW (window));
  pml_window_open_trace (window, example);
  pml_test_wait_for_loading (window);
  set_text (window, "kept = 1\n");

  gtk_window_close (GTK_WINDOW (window));
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_true (gtk_text_buffer_get_modified (pml_window_get_script_buffer (window)));

  gtk_window_close (GTK_WINDOW (window));
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "discard");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window)));

  g_object_unref (window);
}

/* Opening another file with unsaved changes asks first; Discard opens it */
static void
test_open_asks (void)
{
  PmlWindow *window = pml_test_new_window ();
  g_autoptr(GFile) example = g_file_new_for_uri (PML_TEST_EXAMPLES "slots.py");
  g_autoptr(GFile) other = g_file_new_for_uri (PML_TEST_EXAMPLES "refcounts.py");
  AdwMessageDialog *dialog;
  guint steps;

  gtk_window_present (GTK_WINDOW (window));
  pml_window_open_trace (window, example);
  pml_test_wait_for_loading (window);
  steps = pml_window_get_n_steps (window);
  set_text (window, "mine = 1\n");

  pml_window_open_file (window, other);
  g_assert_false (pml_window_is_loading (window));
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "discard");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_true (pml_window_is_loading (window));
  pml_test_wait_for_loading (window);
  g_assert_cmpuint (pml_window_get_n_steps (window), !=, steps);
  g_assert_false (gtk_text_buffer_get_modified (pml_window_get_script_buffer (window)));

  destroy (window);
}

/* Unsaved changes are kept on disk as they are typed; a window started
 * after a crash offers them, and recovering runs them, still unsaved */
static void
test_draft_recovered (void)
{
  PmlWindow *window = pml_test_new_window ();
  PmlWindow *after_crash;
  g_autoptr(GFile) example = g_file_new_for_uri (PML_TEST_EXAMPLES "slots.py");
  g_autofree char *draft = draft_path ();
  g_autofree char *contents = NULL;
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  pml_window_open_trace (window, example);
  pml_test_wait_for_loading (window);
  set_text (window, "survivor = [1, 2]\n");
  pml_test_wait (2000);
  g_assert_true (g_file_get_contents (draft, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "survivor = [1, 2]\n");

  /* no close, no save: as if the app had crashed */
  after_crash = pml_test_new_window ();
  pml_window_recover_draft (after_crash);
  pml_test_wait_for_loading (after_crash);
  gtk_text_buffer_get_bounds (pml_window_get_script_buffer (after_crash), &start, &end);
  text = gtk_text_buffer_get_text (pml_window_get_script_buffer (after_crash), &start, &end, FALSE);
  g_assert_cmpstr (text, ==, "survivor = [1, 2]\n");
  g_assert_true (gtk_text_buffer_get_modified (pml_window_get_script_buffer (after_crash)));
  g_assert_cmpuint (pml_window_get_n_steps (after_crash), >, 0);

  /* discarding them on purpose removes the draft */
  gtk_window_present (GTK_WINDOW (after_crash));
  gtk_window_close (GTK_WINDOW (after_crash));
  adw_message_dialog_response (find_message_dialog (), "discard");
  g_assert_false (g_file_test (draft, G_FILE_TEST_EXISTS));

  gtk_text_buffer_set_modified (pml_window_get_script_buffer (window), FALSE);
  destroy (window);
  g_object_unref (after_crash);
}

int
main (int   argc,
      char *argv[])
{
  /* drafts go to a directory of the test's own */
  state_dir = g_dir_make_tmp ("pymemlab-state-XXXXXX", NULL);
  g_setenv ("XDG_STATE_HOME", state_dir, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/editor/edit-and-run", test_edit_and_run);
  g_test_add_func ("/editor/errors-underlined", test_errors_underlined);
  g_test_add_func ("/editor/save", test_save);
  g_test_add_func ("/editor/close-asks", test_close_asks);
  g_test_add_func ("/editor/open-asks", test_open_asks);
  g_test_add_func ("/editor/draft-recovered", test_draft_recovered);

  return g_test_run ();
}
