/* test-transport.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <adwaita.h>
#include <glib/gstdio.h>

#include "pml-heap-view.h"
#include "pml-test-window.h"

/* The transport as a teacher drives it: Play steps a script a line at a
 * time until its end or Pause, and the timeline moves the objects with
 * the heap. */

static GtkWidget *
find_widget (GtkWidget *root,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Play runs the lines one after the other and stops by itself at the end;
 * from the end it starts again */
static void
test_play_to_the_end (void)
{
  PmlWindow *window = pml_test_new_window ();
  g_autoptr(GFile) example = g_file_new_for_uri (PML_TEST_EXAMPLES "del_statement.py");
  g_autoptr(GSettings) settings = g_settings_new ("io.github.pymemlab.PyMemLab");
  gint last = 0;
  guint ticks = 0;

  g_settings_set_double (settings, "animation-speed", 4.0);
  pml_window_open_trace (window, example);
  pml_test_wait_for_loading (window);
  g_assert_false (pml_window_is_playing (window));
  pml_test_activate (window, "sim.play");
  g_assert_true (pml_window_is_playing (window));
  /* 175 ms a line; a short script ends within seconds */
  while (pml_window_is_playing (window) && ticks++ < 200)
    {
      gint line;

      pml_test_wait (50);
      line = pml_window_get_script_line (window);
      /* lines advance, or the script's functions run (a lower line) */
      g_assert_cmpint (line, >=, 0);
      last = line;
    }
  g_assert_false (pml_window_is_playing (window));
  g_assert_cmpuint (pml_window_get_step (window), ==, pml_window_get_n_steps (window));
  g_assert_cmpint (last, >, 1);

  pml_test_activate (window, "sim.play");
  g_assert_true (pml_window_is_playing (window));
  g_assert_cmpuint (pml_window_get_step (window), <, pml_window_get_n_steps (window));
  pml_test_activate (window, "sim.play");
  g_assert_false (pml_window_is_playing (window));

  g_settings_reset (settings, "animation-speed");
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
}

/* Dragging the timeline to a request puts the objects where the heap is:
 * the same state as stepping there request by request */
static void
test_timeline_moves_objects (void)
{
  PmlWindow *window = pml_test_new_window ();
  g_autoptr(GFile) example = g_file_new_for_uri (PML_TEST_EXAMPLES "cycles_and_collect.py");
  GtkRange *timeline;
  guint target, objects_by_steps, line_by_steps;

  pml_window_open_trace (window, example);
  pml_test_wait_for_loading (window);
  timeline = GTK_RANGE (find_widget (GTK_WIDGET (window), GTK_TYPE_SCALE));
  g_assert_nonnull (timeline);

  /* after line 15 both Nodes are alive */
  pml_test_run_to_line (window, 16);
  target = pml_window_get_step (window);
  pml_test_activate (window, "sim.go-start");
  while (pml_window_get_step (window) < target)
    pml_test_activate (window, "sim.step-forward");
  objects_by_steps = pml_window_get_n_objects (window);
  line_by_steps = pml_window_get_script_line (window);
  /* at least the two Nodes (with the module gc, the class Node and its
     functions, and what the step's line is making) */
  g_assert_cmpuint (objects_by_steps, >=, 2);

  gtk_range_set_value (timeline, 0);
  g_assert_cmpuint (pml_window_get_step (window), ==, 0);
  g_assert_cmpuint (pml_window_get_n_objects (window), ==, 0);
  gtk_range_set_value (timeline, target);
  g_assert_cmpuint (pml_window_get_step (window), ==, target);
  g_assert_cmpuint (pml_window_get_n_objects (window), ==, objects_by_steps);
  g_assert_cmpint (pml_window_get_script_line (window), ==, line_by_steps);

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
}

/* A script that never ends runs in the worker; Stop ends it at once and
 * what was open stays open */
static void
test_stop_endless_script (void)
{
  PmlWindow *window = pml_test_new_window ();
  g_autofree char *dir = g_dir_make_tmp ("pymemlab-transport-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "forever.py", NULL);
  g_autoptr(GFile) forever = g_file_new_for_path (path);
  g_autoptr(GFile) example = g_file_new_for_uri (PML_TEST_EXAMPLES "slots.py");
  guint steps;

  pml_window_open_trace (window, example);
  pml_test_wait_for_loading (window);
  steps = pml_window_get_n_steps (window);
  g_assert_true (g_file_set_contents (path, "x = 0\nwhile True:\n    x = x + 1\n", -1, NULL));
  pml_window_open_trace (window, forever);
  pml_test_wait (300);
  g_assert_true (pml_window_is_loading (window));
  pml_test_activate (window, "win.stop-loading");
  pml_test_wait_for_loading (window);
  g_assert_cmpuint (pml_window_get_n_steps (window), ==, steps);
  /* (that the run ends within a few thousand lines of Stop is
     test-interp-history's /interp-history/cancel) */

  g_unlink (path);
  g_rmdir (dir);
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
}

/* Keyboard only: Tab reaches the script, both views of a scenario, the
 * timeline and the transport (the views' own keys choose a pool or an
 * object) */
static void
test_tab_reaches_everything (void)
{
  PmlWindow *window = pml_test_new_window ();
  g_autoptr(GFile) example = g_file_new_for_uri (PML_TEST_EXAMPLES "cycles_and_collect.py");
  g_autoptr(GHashTable) reached = g_hash_table_new (g_str_hash, g_str_equal);
  const char *wanted[] = { "GtkSourceView", "PmlObjectsView", "GtkScale", "GtkButton", "GtkSpinButton" };

  gtk_window_present (GTK_WINDOW (window));
  pml_window_open_trace (window, example);
  pml_test_wait_for_loading (window);
  pml_test_wait (200);
  for (guint i = 0; i < 80; i++)
    {
      GtkWidget *focus;

      gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD);
      focus = gtk_window_get_focus (GTK_WINDOW (window));
      for (GtkWidget *w = focus; w != NULL; w = gtk_widget_get_parent (w))
        g_hash_table_add (reached, (gpointer) G_OBJECT_TYPE_NAME (w));
    }
  for (guint i = 0; i < G_N_ELEMENTS (wanted); i++)
    {
      if (!g_hash_table_contains (reached, wanted[i]))
        g_error ("Tab never reached a %s", wanted[i]);
    }

  /* the heap's view and the inspector, once shown */
  g_hash_table_remove_all (reached);
  {
    GtkWidget *stack = gtk_widget_get_ancestor (pml_window_get_objects_view (window), GTK_TYPE_STACK);

    gtk_stack_set_visible_child_name (GTK_STACK (stack), "heap");
    /* choosing pool 0 opens the inspector with its fields */
    g_signal_emit_by_name (find_widget (GTK_WIDGET (window), PML_TYPE_HEAP_VIEW), "pool-activated", 0, 0);
  }
  for (guint i = 0; i < 80; i++)
    {
      gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD);
      for (GtkWidget *w = gtk_window_get_focus (GTK_WINDOW (window)); w != NULL; w = gtk_widget_get_parent (w))
        g_hash_table_add (reached, (gpointer) G_OBJECT_TYPE_NAME (w));
    }
  g_assert_true (g_hash_table_contains (reached, "PmlHeapView"));
  g_assert_true (g_hash_table_contains (reached, "PmlInspector"));

  gtk_text_buffer_set_modified (pml_window_get_script_buffer (window), FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/transport/play-to-the-end", test_play_to_the_end);
  g_test_add_func ("/transport/timeline-moves-objects", test_timeline_moves_objects);
  g_test_add_func ("/transport/stop-endless-script", test_stop_endless_script);
  g_test_add_func ("/transport/tab-reaches-everything", test_tab_reaches_everything);

  return g_test_run ();
}
