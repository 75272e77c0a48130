/* test-editor.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "pml-heap-view.h"
#include "pml-test-window.h"
#include "pml-window-editor.h"

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

/* Opens @text as a script of its own, run and shown at its first line */
static PmlWindow *
open_script (const char *text)
{
  PmlWindow *window = pml_test_new_window ();

  /* as a teacher types a new one */
  pml_test_activate (window, "win.new-script");
  set_text (window, text);
  run (window);
  return window;
}

static void
step_lines (PmlWindow *window,
            guint      n)
{
  for (guint i = 0; i < n; i++)
    pml_test_activate (window, "sim.line-forward");
}

/* Issue 15: the line that ran and the line that runs next, as Python
 * Tutor's two arrows. CPython's line events for this script, by hand
 * (sys.settrace agrees): 1 (def), 3, 4, 2 (in double), 5; returning to
 * line 4 starts no line. */
static void
test_line_marks (void)
{
  PmlWindow *window = open_script ("def double(n):\n"
                                   "    return n * 2\n"
                                   "a = [1, 2, 3]\n"
                                   "b = double(len(a))\n"
                                   "print(b)\n");
  g_autofree char *words = NULL;
  GtkWidget *legend;

  /* the script's start: nothing ran yet */
  g_assert_cmpint (pml_window_get_line_ran (window), ==, 0);
  g_assert_cmpint (pml_window_get_line_next (window), ==, 1);
  words = pml_window_dup_line_marks (window);
  g_assert_cmpstr (words, ==, "Line 1 runs next");
  g_clear_pointer (&words, g_free);

  step_lines (window, 1);
  g_assert_cmpint (pml_window_get_line_ran (window), ==, 1);
  g_assert_cmpint (pml_window_get_line_next (window), ==, 3);

  /* one request into line 3 (its list): it is running, not about to */
  pml_test_activate (window, "sim.step-forward");
  g_assert_cmpint (pml_window_get_line_ran (window), ==, 1);
  g_assert_cmpint (pml_window_get_line_next (window), ==, 3);
  words = pml_window_dup_line_marks (window);
  g_assert_cmpstr (words, ==, "Line 1 ran; line 3 is running");
  g_clear_pointer (&words, g_free);

  /* into the function, and out of it */
  step_lines (window, 2);
  g_assert_cmpint (pml_window_get_line_ran (window), ==, 4);
  g_assert_cmpint (pml_window_get_line_next (window), ==, 2);
  words = pml_window_dup_line_marks (window);
  g_assert_cmpstr (words, ==, "Line 4 ran; line 2 runs next");
  legend = GTK_WIDGET (pml_window_get_line_legend (window));
  g_assert_true (g_str_has_prefix (gtk_widget_get_tooltip_text (legend), words));
  /* a screen reader hears it with the editor */
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (pml_window_get_text_area (window, PML_TEXT_AREA_CODE)),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "Line 4 ran; line 2 runs next");
  g_assert_true (gtk_widget_get_visible (legend));
  g_clear_pointer (&words, g_free);
  step_lines (window, 1);
  g_assert_cmpint (pml_window_get_line_ran (window), ==, 2);
  g_assert_cmpint (pml_window_get_line_next (window), ==, 5);

  /* back one line is back to both marks of before */
  pml_test_activate (window, "sim.line-back");
  g_assert_cmpint (pml_window_get_line_ran (window), ==, 4);
  g_assert_cmpint (pml_window_get_line_next (window), ==, 2);

  /* the end: the last line ran, nothing runs next */
  pml_test_activate (window, "sim.go-end");
  g_assert_cmpint (pml_window_get_line_ran (window), ==, 5);
  g_assert_cmpint (pml_window_get_line_next (window), ==, 0);
  words = pml_window_dup_line_marks (window);
  g_assert_cmpstr (words, ==, "Line 5 ran last: the program has ended");

  gtk_text_buffer_set_modified (pml_window_get_script_buffer (window), FALSE);
  destroy (window);
}

static PmlLineBytes
line_bytes (PmlWindow *window,
            gint       line)
{
  return pml_line_memory_get_line (pml_memory_gutter_get_memory (pml_window_get_memory_gutter (window)), line);
}

/* Issue 15: the memory gutter, against CPython's sizes: in 3.11,
 * sys.getsizeof ({1, 2, 3}) is 216, one request (the set's first eight
 * slots live in the object; sets have no free list, unlike lists, whose
 * header a freed list gives back), and `del` of its last name frees it.
 * The numbers follow the position both ways. */
static void
test_memory_gutter (void)
{
  PmlWindow *window = open_script ("x = {1, 2, 3}\n"
                                   "y = x\n"
                                   "del x\n"
                                   "del y\n"
                                   "print('done')\n");
  PmlMemoryGutter *gutter = pml_window_get_memory_gutter (window);
  PmlLineBytes bytes;
  g_autofree char *words = NULL;
  g_autofree char *text = NULL;

  /* line 1 runs next: it has asked for nothing yet */
  bytes = line_bytes (window, 1);
  g_assert_cmpuint (bytes.allocated, ==, 0);
  text = pml_memory_gutter_dup_text (gutter, 1);
  g_assert_cmpstr (text, ==, "");
  g_clear_pointer (&text, g_free);

  step_lines (window, 1);
  bytes = line_bytes (window, 1);
  g_assert_cmpuint (bytes.allocated, ==, 216);
  g_assert_cmpuint (bytes.n_allocations, ==, 1);
  g_assert_cmpuint (bytes.freed, ==, 0);
  text = pml_memory_gutter_dup_text (gutter, 1);
  g_assert_nonnull (strstr (text, "+216<"));
  g_assert_null (strstr (text, "−"));
  words = pml_memory_gutter_dup_description (gutter, 1);
  g_assert_cmpstr (words, ==, "Line 1 so far: allocated 216 bytes in 1 request, freed nothing");
  g_clear_pointer (&words, g_free);

  /* `del x` leaves the list to y; `del y` frees it */
  step_lines (window, 3);
  g_assert_cmpint (pml_window_get_line_next (window), ==, 5);
  bytes = line_bytes (window, 3);
  g_assert_cmpuint (bytes.allocated + bytes.freed, ==, 0);
  bytes = line_bytes (window, 4);
  g_assert_cmpuint (bytes.freed, ==, 216);
  g_assert_cmpuint (bytes.n_frees, ==, 1);
  g_assert_cmpuint (bytes.allocated, ==, 0);
  words = pml_memory_gutter_dup_description (gutter, 4);
  g_assert_cmpstr (words, ==, "Line 4 so far: allocated nothing, freed 216 bytes in 1 request");
  g_clear_pointer (&words, g_free);

  /* back before line 4 ran: its free is undone */
  pml_test_activate (window, "sim.line-back");
  bytes = line_bytes (window, 4);
  g_assert_cmpuint (bytes.freed, ==, 0);
  bytes = line_bytes (window, 1);
  g_assert_cmpuint (bytes.allocated, ==, 216);

  /* the interpreter's tear-down after the last line is no line's: what
     print frees is a few small blocks, not every module */
  pml_test_activate (window, "sim.go-end");
  bytes = line_bytes (window, 5);
  g_assert_cmpuint (bytes.freed, <, 1000);
  g_assert_cmpuint (line_bytes (window, 4).freed, ==, 216);

  /* typing changes the lines: the numbers go until the next Run */
  set_text (window, "z = 1\nx = {1, 2, 3}\n");
  g_assert_null (pml_memory_gutter_get_memory (gutter));
  run (window);
  g_assert_nonnull (pml_memory_gutter_get_memory (gutter));

  /* and it can be turned off */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (gutter)));
  pml_test_activate (window, "win.show-memory-gutter");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (gutter)));
  pml_test_activate (window, "win.show-memory-gutter");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (gutter)));

  gtk_text_buffer_set_modified (pml_window_get_script_buffer (window), FALSE);
  destroy (window);
}

/* A bundled module's lines count towards the script line that called it:
 * no line of copy.py shows in the gutter, and deepcopy's new list (56
 * bytes and its items) is line 3's */
static void
test_memory_gutter_library (void)
{
  PmlWindow *window = open_script ("import copy\n"
                                   "row = [0] * 3\n"
                                   "clone = copy.deepcopy(row)\n");
  PmlLineMemory *memory;
  PmlLineBytes bytes;

  pml_test_activate (window, "sim.go-end");
  memory = pml_memory_gutter_get_memory (pml_window_get_memory_gutter (window));
  g_assert_cmpuint (pml_line_memory_get_n_lines (memory), <=, 3);
  bytes = pml_line_memory_get_line (memory, 3);
  g_assert_cmpuint (bytes.allocated, >=, 56 + 3 * 8);
  /* importing copy runs the whole module: it is line 1's */
  bytes = pml_line_memory_get_line (memory, 1);
  g_assert_cmpuint (bytes.allocated, >, 1000);

  gtk_text_buffer_set_modified (pml_window_get_script_buffer (window), FALSE);
  destroy (window);
}

/* The font size of @widget's text, as Pango lays it out */
static int
font_size (GtkWidget *widget)
{
  PangoContext *context = gtk_widget_get_pango_context (widget);

  return pango_font_description_get_size (pango_context_get_font_description (context));
}

/* The sizes come from a stylesheet, applied when the widgets restyle: on
 * a loaded machine that can take more than a frame */
static void
wait_for_font_sizes (GtkWidget  **areas,
                     const int   *sizes,
                     guint        n_areas,
                     double       scale)
{
  for (guint tries = 0; tries < 100; tries++)
    {
      gboolean all = TRUE;

      for (guint i = 0; i < n_areas; i++)
        all = all && ABS ((double) font_size (areas[i]) / sizes[i] - scale) <= 0.02;
      if (all)
        return;
      pml_test_wait (50);
    }
}

static void
assert_scaled (int    size,
               int    base,
               double scale)
{
  g_assert_cmpfloat_with_epsilon ((double) size / base, scale, 0.02);
}

/* Issue 15: Ctrl+plus, Ctrl+minus and Ctrl+0 size the text that has the
 * focus, and only it; the sizes are remembered */
static void
test_font_size (void)
{
  PmlWindow *window = open_script ("x = [1]\nprint(x)\n");
  g_autoptr(GSettings) settings = g_settings_new ("io.github.pymemlab.PyMemLab");
  GtkWidget *code = pml_window_get_text_area (window, PML_TEXT_AREA_CODE);
  GtkWidget *output = pml_window_get_text_area (window, PML_TEXT_AREA_OUTPUT);
  GtkWidget *narration = pml_window_get_text_area (window, PML_TEXT_AREA_NARRATION);
  int code_base, output_base, narration_base;

  gtk_window_present (GTK_WINDOW (window));
  pml_test_wait (200);
  code_base = font_size (code);
  output_base = font_size (output);
  narration_base = font_size (narration);

  gtk_widget_grab_focus (code);
  pml_test_activate (window, "view.zoom-in");
  pml_test_activate (window, "view.zoom-in");
  pml_test_wait (100);
  assert_scaled (font_size (code), code_base, 1.2);
  g_assert_cmpint (font_size (output), ==, output_base);
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings, "code-zoom"), 1.2, 1e-9);

  gtk_widget_grab_focus (output);
  pml_test_activate (window, "view.zoom-out");
  pml_test_wait (100);
  assert_scaled (font_size (output), output_base, 0.9);
  assert_scaled (font_size (code), code_base, 1.2);

  g_assert_true (gtk_widget_grab_focus (narration));
  pml_test_activate (window, "view.zoom-in");
  pml_test_wait (100);
  assert_scaled (font_size (narration), narration_base, 1.1);

  /* Ctrl+0 where the focus is */
  gtk_widget_grab_focus (code);
  pml_test_activate (window, "view.zoom-reset");
  pml_test_wait (100);
  g_assert_cmpint (font_size (code), ==, code_base);
  assert_scaled (font_size (output), output_base, 0.9);

  /* the heap diagram zooms instead, and the texts keep their sizes */
  {
    GtkWidget *heap = pml_test_find_widget (GTK_WIDGET (window), PML_TYPE_HEAP_VIEW);
    GtkStack *views = GTK_STACK (gtk_widget_get_ancestor (heap, GTK_TYPE_STACK));
    double zoom = pml_layout_view_get_zoom (PML_LAYOUT_VIEW (heap));

    gtk_stack_set_visible_child_name (views, "heap");
    pml_test_wait (100);
    g_assert_true (gtk_widget_grab_focus (heap));
    pml_test_activate (window, "view.zoom-in");
    g_assert_cmpfloat (pml_layout_view_get_zoom (PML_LAYOUT_VIEW (heap)), >, zoom);
    g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings, "code-zoom"), 1.0, 1e-9);
    pml_test_activate (window, "view.zoom-reset");
    g_assert_cmpfloat (pml_layout_view_get_zoom (PML_LAYOUT_VIEW (heap)), ==, 1.0);
    gtk_stack_set_visible_child_name (views, "objects");
    gtk_widget_grab_focus (code);
  }

  /* the keys reach the window from inside the editor */
  if (pml_test_press_keys (window, "ctrl+plus"))
    {
      g_assert_true (gtk_widget_has_focus (code));
      g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings, "code-zoom"), 1.1, 1e-9);
      pml_test_press_keys (window, "ctrl+0");
      g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings, "code-zoom"), 1.0, 1e-9);
    }

  g_settings_reset (settings, "code-zoom");
  g_settings_reset (settings, "output-zoom");
  g_settings_reset (settings, "narration-zoom");
  gtk_text_buffer_set_modified (pml_window_get_script_buffer (window), FALSE);
  destroy (window);
}

/* Issue 15: presenter mode enlarges the code, the output and the
 * narration, not only the diagrams */
static void
test_presenter_font_size (void)
{
  PmlWindow *window = open_script ("x = [1]\nprint(x)\n");
  g_autoptr(GSettings) settings = g_settings_new ("io.github.pymemlab.PyMemLab");
  GtkWidget *areas[] = {
    pml_window_get_text_area (window, PML_TEXT_AREA_CODE),
    pml_window_get_text_area (window, PML_TEXT_AREA_OUTPUT),
    pml_window_get_text_area (window, PML_TEXT_AREA_NARRATION),
  };
  int before[G_N_ELEMENTS (areas)];

  gtk_window_present (GTK_WINDOW (window));
  pml_test_wait (200);
  for (guint i = 0; i < G_N_ELEMENTS (areas); i++)
    before[i] = font_size (areas[i]);
  g_settings_set_boolean (settings, "presenter-mode", TRUE);
  wait_for_font_sizes (areas, before, G_N_ELEMENTS (areas), 1.4);
  for (guint i = 0; i < G_N_ELEMENTS (areas); i++)
    assert_scaled (font_size (areas[i]), before[i], 1.4);
  g_settings_set_boolean (settings, "presenter-mode", FALSE);
  wait_for_font_sizes (areas, before, G_N_ELEMENTS (areas), 1.0);
  for (guint i = 0; i < G_N_ELEMENTS (areas); i++)
    g_assert_cmpint (font_size (areas[i]), ==, before[i]);

  gtk_text_buffer_set_modified (pml_window_get_script_buffer (window), FALSE);
  destroy (window);
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
  g_test_add_func ("/editor/line-marks", test_line_marks);
  g_test_add_func ("/editor/memory-gutter", test_memory_gutter);
  g_test_add_func ("/editor/memory-gutter/library", test_memory_gutter_library);
  g_test_add_func ("/editor/font-size", test_font_size);
  g_test_add_func ("/editor/font-size/presenter", test_presenter_font_size);

  return g_test_run ();
}
