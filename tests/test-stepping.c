/* test-stepping.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <adwaita.h>
#include <glib/gstdio.h>
#include <gtksourceview/gtksource.h>

#include "pml-test-window.h"
#include "pml-window.h"

/* The window steps a lecture's way: over, into and out of calls, on to
 * the line of the editor's cursor, and Play waits at the lines a teacher
 * marked "# step". The lines each stops at are worked out by hand from
 * the script. */

/* Lines as they run: 1 5 10 | 6 | 2 3 | 7 | 2 3 | 8 | 11 */
static const char nested_source[] =
  "def inner(x):\n"          /* 1 */
  "    y = x + 1\n"          /* 2 */
  "    return y\n"           /* 3 */
  "\n"                       /* 4 */
  "def outer(a):\n"          /* 5 */
  "    b = inner(a)\n"       /* 6 */
  "    c = inner(b)  # step\n" /* 7 */
  "    return c\n"           /* 8 */
  "\n"                       /* 9 */
  "r = outer(1)\n"           /* 10 */
  "print(r)  # step\n";      /* 11 */

typedef struct
{
  char      *dir;
  char      *path;
  PmlWindow *window;
} Fixture;

static void
fixture_open (Fixture *fixture)
{
  g_autoptr(GFile) file = NULL;

  fixture->dir = g_dir_make_tmp ("pymemlab-stepping-XXXXXX", NULL);
  fixture->path = g_build_filename (fixture->dir, "nested.py", NULL);
  g_assert_true (g_file_set_contents (fixture->path, nested_source, -1, NULL));
  file = g_file_new_for_path (fixture->path);
  fixture->window = pml_test_new_window ();
  pml_window_open_trace (fixture->window, file);
  pml_test_wait_for_loading (fixture->window);
}

static void
fixture_close (Fixture *fixture)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_object_unref (fixture->window);
  g_unlink (fixture->path);
  g_rmdir (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

/* Puts the editor's cursor on @line */
static void
place_cursor (PmlWindow *window,
              gint       line)
{
  GtkTextBuffer *buffer = pml_window_get_script_buffer (window);
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_line (buffer, &iter, line - 1);
  gtk_text_buffer_place_cursor (buffer, &iter);
}

static void
test_over_into_out (void)
{
  Fixture fixture;
  PmlWindow *window;

  fixture_open (&fixture);
  window = fixture.window;
  /* it opens as line 1 is about to run */
  g_assert_cmpint (pml_window_get_script_line (window), ==, 1);
  pml_test_activate (window, "sim.step-over");
  pml_test_activate (window, "sim.step-over");
  g_assert_cmpint (pml_window_get_script_line (window), ==, 10);
  /* into outer, over the first inner, into the second, out to 8 */
  pml_test_activate (window, "sim.step-into");
  g_assert_cmpint (pml_window_get_script_line (window), ==, 6);
  pml_test_activate (window, "sim.step-over");
  g_assert_cmpint (pml_window_get_script_line (window), ==, 7);
  pml_test_activate (window, "sim.step-into");
  g_assert_cmpint (pml_window_get_script_line (window), ==, 2);
  pml_test_activate (window, "sim.step-out");
  g_assert_cmpint (pml_window_get_script_line (window), ==, 8);
  pml_test_activate (window, "sim.step-out");
  g_assert_cmpint (pml_window_get_script_line (window), ==, 11);
  fixture_close (&fixture);
}

/* Run to the cursor: the line's next start; a line that does not run
 * again leaves the cursor where it is */
static void
test_run_to_cursor (void)
{
  Fixture fixture;
  PmlWindow *window;
  guint step;

  fixture_open (&fixture);
  window = fixture.window;
  place_cursor (window, 3);
  pml_test_activate (window, "sim.run-to-cursor");
  g_assert_cmpint (pml_window_get_script_line (window), ==, 3);
  /* inner returns to line 6, and runs again for line 7 */
  pml_test_activate (window, "sim.run-to-cursor");
  g_assert_cmpint (pml_window_get_script_line (window), ==, 3);
  pml_test_activate (window, "sim.step-over");
  g_assert_cmpint (pml_window_get_script_line (window), ==, 8);
  step = pml_window_get_step (window);
  pml_test_activate (window, "sim.run-to-cursor");
  g_assert_cmpint (pml_window_get_script_line (window), ==, 8);
  g_assert_cmpuint (pml_window_get_step (window), ==, step);
  /* a blank line never runs */
  place_cursor (window, 9);
  pml_test_activate (window, "sim.run-to-cursor");
  g_assert_cmpint (pml_window_get_script_line (window), ==, 8);
  fixture_close (&fixture);
}

/* F10, F11, Shift+F11 and Ctrl+F10 with the focus in the editor */
static void
test_debugger_keys (void)
{
  Fixture fixture;
  PmlWindow *window;
  GtkWidget *editor;

  fixture_open (&fixture);
  window = fixture.window;
  gtk_window_present (GTK_WINDOW (window));
  pml_test_wait (200);
  editor = pml_test_find_widget (GTK_WIDGET (window), GTK_SOURCE_TYPE_VIEW);
  gtk_widget_grab_focus (editor);
  place_cursor (window, 7);
  if (!pml_test_press_keys (window, "ctrl+F10"))
    goto out;
  g_assert_cmpint (pml_window_get_script_line (window), ==, 7);
  pml_test_press_keys (window, "F11");
  g_assert_cmpint (pml_window_get_script_line (window), ==, 2);
  pml_test_press_keys (window, "shift+F11");
  g_assert_cmpint (pml_window_get_script_line (window), ==, 8);
  pml_test_press_keys (window, "F10");
  g_assert_cmpint (pml_window_get_script_line (window), ==, 11);
  g_assert_true (gtk_widget_has_focus (editor));
  /* the older keys still work from there */
  pml_test_press_keys (window, "shift+F8");
  g_assert_cmpint (pml_window_get_script_line (window), ==, 8);

out:
  fixture_close (&fixture);
}

/* Play stops at each line marked "# step", then at the end */
static void
test_play_stops_at_marks (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.pymemlab.PyMemLab");
  const gint marks[] = { 7, 11 };
  Fixture fixture;
  PmlWindow *window;

  g_settings_set_double (settings, "animation-speed", 4.0);
  fixture_open (&fixture);
  window = fixture.window;
  for (guint i = 0; i < G_N_ELEMENTS (marks); i++)
    {
      pml_test_activate (window, "sim.play");
      g_assert_true (pml_window_is_playing (window));
      for (guint ticks = 0; pml_window_is_playing (window) && ticks < 200; ticks++)
        pml_test_wait (50);
      g_assert_false (pml_window_is_playing (window));
      g_assert_cmpint (pml_window_get_script_line (window), ==, marks[i]);
      g_assert_false (pml_window_is_at_end (window));
    }
  pml_test_activate (window, "sim.play");
  for (guint ticks = 0; pml_window_is_playing (window) && ticks < 200; ticks++)
    pml_test_wait (50);
  g_assert_true (pml_window_is_at_end (window));

  g_settings_reset (settings, "animation-speed");
  fixture_close (&fixture);
}

static char *
dup_label (PmlWindow  *window,
           const char *name)
{
  GtkWidget *label = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), PML_TYPE_WINDOW, name));

  return g_strdup (gtk_label_get_text (GTK_LABEL (label)));
}

/* Issue 15: the interpreter's start-up is one step at the timeline's
 * start, the script has the rest, and its end is a stop of its own
 * before the tear-down */
static void
test_startup_is_one_step (void)
{
  Fixture fixture;
  PmlWindow *window;
  GtkRange *timeline;
  GtkAdjustment *adjustment;
  guint first_line_step;

  fixture_open (&fixture);
  window = fixture.window;
  timeline = GTK_RANGE (gtk_widget_get_template_child (GTK_WIDGET (window), PML_TYPE_WINDOW, "timeline"));
  adjustment = gtk_range_get_adjustment (timeline);
  first_line_step = pml_window_get_step (window);
  /* some 800 requests set the interpreter up: one value of the slider */
  g_assert_cmpuint (first_line_step, >, 100);
  g_assert_cmpfloat (gtk_adjustment_get_lower (adjustment), ==, first_line_step - 1);
  g_assert_cmpfloat (gtk_range_get_value (timeline), ==, first_line_step);
  {
    g_autofree char *narration = pml_window_dup_narration (window);
    g_autofree char *position = dup_label (window, "position_label");

    g_assert_true (g_str_has_prefix (narration, "The interpreter has started: "));
    g_assert_true (g_str_has_suffix (narration, " blocks. Line 1 is about to run."));
    /* the script has made no request yet */
    g_assert_true (g_str_has_prefix (position, "Line 1 · request 0 of "));
  }
  /* the slider's first value: before the start-up, one step back */
  gtk_range_set_value (timeline, gtk_adjustment_get_lower (adjustment));
  g_assert_cmpuint (pml_window_get_step (window), ==, 0);
  {
    g_autofree char *position = dup_label (window, "position_label");

    g_assert_true (g_str_has_prefix (position, "Start-up · request 0 of "));
  }
  pml_test_activate (window, "sim.line-forward");
  g_assert_cmpuint (pml_window_get_step (window), ==, first_line_step);
  g_assert_cmpint (pml_window_get_script_line (window), ==, 1);

  /* past the last line: the script's end, then the tear-down */
  pml_test_run_to_line (window, 11);
  pml_test_activate (window, "sim.line-forward");
  {
    g_autofree char *narration = pml_window_dup_narration (window);
    g_autofree char *position = dup_label (window, "position_label");

    g_assert_cmpstr (narration, ==, "The program ended (line 11 ran last); the interpreter tears down.");
    g_assert_true (g_str_has_prefix (position, "Tear-down · request 0 of "));
  }
  g_assert_false (pml_window_is_at_end (window));
  pml_test_activate (window, "sim.event-forward");
  {
    g_autofree char *narration = pml_window_dup_narration (window);

    g_assert_true (g_str_has_prefix (narration, "The interpreter tears down. "));
  }
  /* the tear-down (hundreds of requests) is the slider's last step */
  g_assert_cmpfloat (gtk_range_get_value (timeline), ==, gtk_adjustment_get_upper (adjustment) - 1);
  pml_test_activate (window, "sim.line-forward");
  g_assert_true (pml_window_is_at_end (window));
  g_assert_cmpfloat (gtk_range_get_value (timeline), ==, gtk_adjustment_get_upper (adjustment));
  g_assert_cmpuint (pml_window_get_step (window), >, gtk_adjustment_get_upper (adjustment) + 100);
  pml_test_activate (window, "sim.go-start");
  gtk_range_set_value (timeline, gtk_adjustment_get_upper (adjustment));
  g_assert_true (pml_window_is_at_end (window));
  fixture_close (&fixture);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/stepping/over-into-out", test_over_into_out);
  g_test_add_func ("/stepping/run-to-cursor", test_run_to_cursor);
  g_test_add_func ("/stepping/debugger-keys", test_debugger_keys);
  g_test_add_func ("/stepping/play-stops-at-marks", test_play_stops_at_marks);
  g_test_add_func ("/stepping/startup-is-one-step", test_startup_is_one_step);

  return g_test_run ();
}
