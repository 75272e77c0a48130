/* test-lesson-window.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>
#include <adwaita.h>
#include <glib/gstdio.h>

#include "pml-heap-view.h"
#include "pml-layout-view.h"
#include "pml-objects-view.h"
#include "pml-test-window.h"

/* Lessons in the window: Save Lesson and opening the file give back the
 * step, the page, the selection, the zoom, the CPython version and
 * presenter mode; a lesson that cannot be opened changes nothing; a
 * playlist moves between its slides with PageDown and PageUp. */

#define SCHEMA "io.github.pymemlab.PyMemLab"

static char *scratch;

static char *
scratch_path (const char *name)
{
  if (scratch == NULL)
    scratch = g_dir_make_tmp ("pml-lesson-window-XXXXXX", NULL);
  return g_build_filename (scratch, name, NULL);
}

static GtkStack *
find_view_stack (GtkWidget *root)
{
  if (GTK_IS_STACK (root) && gtk_stack_get_child_by_name (GTK_STACK (root), "objects") != NULL)
    return GTK_STACK (root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkStack *found = find_view_stack (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static const char *
visible_view (PmlWindow *window)
{
  return gtk_stack_get_visible_child_name (find_view_stack (GTK_WIDGET (window)));
}

static const char *
subtitle (PmlWindow *window)
{
  return adw_window_title_get_subtitle (ADW_WINDOW_TITLE (pml_test_find_widget (GTK_WIDGET (window),
                                                                                   ADW_TYPE_WINDOW_TITLE)));
}

static double
heap_zoom (PmlWindow *window)
{
  return pml_layout_view_get_zoom (PML_LAYOUT_VIEW (pml_test_find_widget (GTK_WIDGET (window), PML_TYPE_HEAP_VIEW)));
}

static char *
script_text (PmlWindow *window)
{
  GtkTextBuffer *buffer = pml_window_get_script_buffer (window);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static guint32
selected_object (PmlWindow *window)
{
  return pml_objects_view_get_selected (PML_OBJECTS_VIEW (pml_window_get_objects_view (window)));
}

static void
open_and_wait (PmlWindow  *window,
               const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  pml_window_open_file (window, file);
  pml_test_wait_for_loading (window);
  /* the views lay out what they show */
  pml_test_wait (100);
}

/* A window's state, to compare before and after */
typedef struct
{
  guint    step;
  gint     line;
  guint32  selected;
  double   zoom;
  char    *view;
  char    *text;
  char    *subtitle;
  char    *preset;
  gboolean presenter;
} Seen;

static void
see (PmlWindow *window,
     Seen      *seen)
{
  g_autoptr(GSettings) settings = g_settings_new (SCHEMA);

  seen->step = pml_window_get_step (window);
  seen->line = pml_window_get_script_line (window);
  seen->selected = selected_object (window);
  seen->zoom = heap_zoom (window);
  seen->view = g_strdup (visible_view (window));
  seen->text = script_text (window);
  seen->subtitle = g_strdup (subtitle (window));
  seen->preset = g_settings_get_string (settings, "preset");
  seen->presenter = g_settings_get_boolean (settings, "presenter-mode");
}

static void
seen_clear (Seen *seen)
{
  g_free (seen->view);
  g_free (seen->text);
  g_free (seen->subtitle);
  g_free (seen->preset);
}

static void
assert_same (const Seen *a,
             const Seen *b)
{
  g_assert_cmpuint (a->step, ==, b->step);
  g_assert_cmpint (a->line, ==, b->line);
  g_assert_cmpuint (a->selected, ==, b->selected);
  g_assert_cmpfloat (a->zoom, ==, b->zoom);
  g_assert_cmpstr (a->view, ==, b->view);
  g_assert_cmpstr (a->text, ==, b->text);
  g_assert_cmpstr (a->preset, ==, b->preset);
  g_assert_cmpint (a->presenter, ==, b->presenter);
}

static void
reset_settings (void)
{
  g_autoptr(GSettings) settings = g_settings_new (SCHEMA);

  g_settings_reset (settings, "preset");
  g_settings_reset (settings, "presenter-mode");
}

/* Selects the first drawn object of @type_name, as a click does */
static guint32
select_object_of_type (PmlWindow  *window,
                       const char *text)
{
  PmlObjectsView *view = PML_OBJECTS_VIEW (pml_window_get_objects_view (window));
  g_autoptr(GPtrArray) items = pml_layout_view_describe_items (PML_LAYOUT_VIEW (view));

  for (guint i = 0; i < items->len; i++)
    if (strstr (g_ptr_array_index (items, i), text) != NULL)
      {
        pml_objects_view_select_index (view, i);
        return pml_objects_view_get_selected (view);
      }
  g_assert_not_reached ();
}

/* Saved in one window, opened in another: all of it comes back, at a
 * line's start and then a few events into a line */
static void
test_round_trip (void)
{
  g_autoptr(GSettings) settings = g_settings_new (SCHEMA);
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "..", "data", "examples", "refcounts.py", NULL);
  g_autofree char *lesson = scratch_path ("refcounts.pymemlab");
  g_autofree char *again = scratch_path ("again.pymemlab");
  PmlWindow *teacher = pml_test_new_window ();
  PmlWindow *student = pml_test_new_window ();
  PmlWindow *third = pml_test_new_window ();
  g_autoptr(GFile) lesson_file = g_file_new_for_path (lesson);
  g_autoptr(GFile) again_file = g_file_new_for_path (again);
  g_autoptr(GError) error = NULL;
  Seen saved = { 0 }, opened = { 0 }, moved = { 0 }, reopened = { 0 };
  PmlLayoutView *heap;

  reset_settings ();
  g_settings_set_string (settings, "preset", "cpython-3.8");
  gtk_window_present (GTK_WINDOW (teacher));
  open_and_wait (teacher, script);
  /* refcounts.py: data = [1, 2, 3] on line 4; line 8 about to run */
  pml_test_run_to_line (teacher, 8);
  pml_test_wait (100);
  g_assert_cmpuint (select_object_of_type (teacher, "list"), !=, 0);
  gtk_stack_set_visible_child_name (find_view_stack (GTK_WIDGET (teacher)), "heap");
  heap = PML_LAYOUT_VIEW (pml_test_find_widget (GTK_WIDGET (teacher), PML_TYPE_HEAP_VIEW));
  pml_layout_view_set_zoom (heap, 1.25);
  pml_layout_view_set_zoom (heap, 1.25 * 1.25);
  g_settings_set_boolean (settings, "presenter-mode", TRUE);
  g_assert_true (pml_window_save_lesson_to (teacher, lesson_file, &error));
  g_assert_no_error (error);
  see (teacher, &saved);
  g_assert_cmpint (saved.line, ==, 8);
  g_assert_cmpuint (saved.selected, !=, 0);
  g_assert_cmpstr (saved.view, ==, "heap");
  g_assert_cmpstr (saved.preset, ==, "cpython-3.8");

  /* saved again further on: the lesson follows the window */
  {
    g_autofree char *later = scratch_path ("later.pymemlab");
    g_autoptr(GFile) later_file = g_file_new_for_path (later);
    g_autoptr(PmlLesson) read = NULL;

    pml_test_activate (teacher, "sim.line-forward");
    g_assert_true (pml_window_save_lesson_to (teacher, later_file, &error));
    g_assert_no_error (error);
    read = pml_lesson_load (later_file, &error);
    g_assert_no_error (error);
    /* refcounts.py: line 10 follows line 8 */
    g_assert_cmpint (pml_lesson_get_current (read)->cursor.line, ==, 10);
    g_assert_cmpuint (read->slides->len, ==, 1);
    pml_test_activate (teacher, "sim.line-back");
    g_assert_cmpint (pml_window_get_script_line (teacher), ==, 8);
  }

  /* another window, the settings back to their defaults */
  reset_settings ();
  gtk_window_present (GTK_WINDOW (student));
  open_and_wait (student, lesson);
  see (student, &opened);
  assert_same (&saved, &opened);
  g_assert_cmpstr (opened.subtitle, ==, "refcounts.pymemlab");

  /* a few events into line 8, saved from the lesson's own run: back to
     that very event */
  pml_test_activate (student, "sim.event-forward");
  pml_test_activate (student, "sim.event-forward");
  gtk_stack_set_visible_child_name (find_view_stack (GTK_WIDGET (student)), "objects");
  g_assert_true (pml_window_save_lesson_to (student, again_file, &error));
  g_assert_no_error (error);
  see (student, &moved);
  g_assert_cmpuint (moved.step, !=, 0);
  g_assert_cmpuint (moved.selected, ==, saved.selected);
  reset_settings ();
  gtk_window_present (GTK_WINDOW (third));
  open_and_wait (third, again);
  see (third, &reopened);
  assert_same (&moved, &reopened);
  {
    g_autofree char *a = pml_window_dup_narration (student);
    g_autofree char *b = pml_window_dup_narration (third);

    g_assert_cmpstr (a, ==, b);
  }

  seen_clear (&saved);
  seen_clear (&opened);
  seen_clear (&moved);
  seen_clear (&reopened);
  reset_settings ();
  gtk_window_destroy (GTK_WINDOW (teacher));
  gtk_window_destroy (GTK_WINDOW (student));
  gtk_window_destroy (GTK_WINDOW (third));
  g_object_unref (teacher);
  g_object_unref (student);
  g_object_unref (third);
}

/* A lesson of the slides @scripts (files of data/examples), slide @n
 * after @lines_run[n] lines */
static char *
write_playlist (const char  *name,
                const char **scripts,
                guint        n_scripts,
                const guint *lines_run)
{
  g_autoptr(GString) json = g_string_new ("{ \"format\": \"pymemlab-lesson\", \"version\": 1,\n"
                                          "  \"title\": \"Three scripts\", \"slides\": [\n");
  char *path = scratch_path (name);

  for (guint i = 0; i < n_scripts; i++)
    {
      g_autofree char *file = g_test_build_filename (G_TEST_DIST, "..", "data", "examples", scripts[i], NULL);
      g_autofree char *text = NULL;
      g_autofree char *escaped = NULL;

      g_assert_true (g_file_get_contents (file, &text, NULL, NULL));
      escaped = g_strescape (text, NULL);
      g_string_append_printf (json, "    { \"name\": \"%s\", \"script\": \"%s\", \"cursor\": { \"lines_run\": %u } }%s\n",
                              scripts[i], escaped, lines_run[i], i + 1 < n_scripts ? "," : "");
    }
  g_string_append (json, "  ] }\n");
  g_assert_true (g_file_set_contents (path, json->str, -1, NULL));
  return path;
}

static void
wait_for_slide (PmlWindow *window)
{
  pml_test_wait (50);
  pml_test_wait_for_loading (window);
  pml_test_wait (100);
}

/* PageDown and PageUp (and their actions) move through the slides, each
 * at its step; the subtitle says which */
static void
test_playlist (void)
{
  const char *scripts[] = { "refcounts.py", "list_growth.py", "del_statement.py" };
  /* refcounts.py runs 2 4 5 7 8 …: after 3 lines, 7 is next; list_growth.py
     runs 2 4 5 6 7 8 …: after 2 lines, 5 is next; del_statement.py
     starts on its line 2 (its first is a comment) */
  const guint lines_run[] = { 3, 2, 0 };
  g_autofree char *playlist = write_playlist ("three.pymemlab", scripts, 3, lines_run);
  PmlWindow *window = pml_test_new_window ();
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  reset_settings ();
  gtk_window_present (GTK_WINDOW (window));
  open_and_wait (window, playlist);
  g_assert_cmpstr (subtitle (window), ==, "Three scripts — Slide 1 of 3");
  g_assert_cmpint (pml_window_get_script_line (window), ==, 7);
  first = script_text (window);
  g_assert_nonnull (strstr (first, "sys.getrefcount"));

  if (pml_test_press_keys (window, "Next"))
    {
      wait_for_slide (window);
      g_assert_cmpstr (subtitle (window), ==, "Three scripts — Slide 2 of 3");
      g_assert_cmpint (pml_window_get_script_line (window), ==, 5);
      second = script_text (window);
      g_assert_nonnull (strstr (second, "items.append"));
      pml_test_press_keys (window, "Prior");
      wait_for_slide (window);
      g_assert_cmpstr (subtitle (window), ==, "Three scripts — Slide 1 of 3");
    }
  /* the actions, as the keys are, to the last slide: no further */
  pml_window_lesson_go_to_slide (window, 2);
  wait_for_slide (window);
  g_assert_cmpstr (subtitle (window), ==, "Three scripts — Slide 3 of 3");
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (window), "win.next-slide", NULL) &&
                  pml_window_is_loading (window));
  g_assert_cmpstr (subtitle (window), ==, "Three scripts — Slide 3 of 3");
  pml_test_activate (window, "win.previous-slide");
  wait_for_slide (window);
  g_assert_cmpstr (subtitle (window), ==, "Three scripts — Slide 2 of 3");

  reset_settings ();
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
}

/* Lessons that cannot be opened: the window keeps what it showed, to the
 * step, the text, the subtitle and the settings */
static void
test_bad_lessons_change_nothing (void)
{
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "..", "data", "examples", "refcounts.py", NULL);
  g_autofree char *good = scratch_path ("good.pymemlab");
  g_autoptr(GFile) good_file = g_file_new_for_path (good);
  g_autofree char *text = NULL;
  g_autoptr(GSettings) settings = g_settings_new (SCHEMA);
  PmlWindow *window = pml_test_new_window ();
  g_autoptr(GError) error = NULL;
  Seen before = { 0 };
  struct { const char *name; char *contents; } bad[4] = { { NULL } };

  reset_settings ();
  gtk_window_present (GTK_WINDOW (window));
  open_and_wait (window, script);
  pml_test_run_to_line (window, 5);
  g_assert_true (pml_window_save_lesson_to (window, good_file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (good, &text, NULL, NULL));
  /* the good lesson, broken four ways */
  bad[0].name = "corrupt.pymemlab";
  bad[0].contents = g_strdup (text);
  *strstr (bad[0].contents, "\"slides\"") = '!';
  bad[1].name = "truncated.pymemlab";
  bad[1].contents = g_strndup (text, strlen (text) / 2);
  bad[2].name = "future.pymemlab";
  bad[2].contents = g_strdup (text);
  *(strstr (bad[2].contents, "\"version\" : 1") + strlen ("\"version\" : ")) = '9';
  bad[3].name = "nocompile.pymemlab";
  {
    /* the script's first line, a comment, opens a bracket it never closes */
    char *comment = strstr (text, "\"script\" : \"#");

    g_assert_nonnull (comment);
    bad[3].contents = g_strdup (text);
    bad[3].contents[comment - text + strlen ("\"script\" : \"")] = '(';
  }

  /* something else open, at a step of its own */
  g_settings_set_string (settings, "preset", "cpython-3.12");
  open_and_wait (window, script);
  pml_test_run_to_line (window, 7);
  see (window, &before);
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *path = scratch_path (bad[i].name);
      Seen after = { 0 };

      g_assert_true (g_file_set_contents (path, bad[i].contents, -1, NULL));
      open_and_wait (window, path);
      see (window, &after);
      assert_same (&before, &after);
      g_assert_cmpstr (before.subtitle, ==, after.subtitle);
      g_assert_null (pml_window_get_lesson (window));
      seen_clear (&after);
      g_free (bad[i].contents);
    }
  seen_clear (&before);
  reset_settings ();
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
}

/* A lesson written by hand may name a pool, a selection or a step that
 * the run does not have: it opens all the same, at the step it can */
static void
test_out_of_range (void)
{
  g_autofree char *path = scratch_path ("far.pymemlab");
  PmlWindow *window = pml_test_new_window ();
  const char *json =
    "{ \"format\": \"pymemlab-lesson\", \"version\": 1, \"slides\": [\n"
    "  { \"name\": \"a.py\", \"script\": \"x = [1]\\ny = x\\n\", \"view\": \"heap\",\n"
    "    \"cursor\": { \"lines_run\": 40, \"position\": 99999999, \"heap_position\": 3 },\n"
    "    \"pool\": [77, 999], \"selection\": { \"pool\": [77, 999] }, \"zoom\": 40 },\n"
    "  { \"name\": \"b.py\", \"script\": \"x = [1]\\n\", \"cursor\": { \"lines_run\": 0 },\n"
    "    \"selection\": { \"object\": 4000000000 } } ] }\n";

  g_assert_true (g_file_set_contents (path, json, -1, NULL));
  reset_settings ();
  gtk_window_present (GTK_WINDOW (window));
  open_and_wait (window, path);
  g_assert_nonnull (pml_window_get_lesson (window));
  g_assert_cmpstr (visible_view (window), ==, "heap");
  /* the zoom as far as it goes */
  g_assert_cmpfloat (heap_zoom (window), ==, PML_LAYOUT_VIEW_MAX_ZOOM);
  /* no step 41: where the script starts */
  g_assert_cmpint (pml_window_get_script_line (window), ==, 1);
  pml_window_lesson_go_to_slide (window, 1);
  wait_for_slide (window);
  g_assert_cmpint (pml_window_get_script_line (window), ==, 1);
  g_assert_cmpuint (selected_object (window), ==, 0);

  reset_settings ();
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/lesson-window/round-trip", test_round_trip);
  g_test_add_func ("/lesson-window/playlist", test_playlist);
  g_test_add_func ("/lesson-window/bad-lessons-change-nothing", test_bad_lessons_change_nothing);
  g_test_add_func ("/lesson-window/out-of-range", test_out_of_range);

  status = g_test_run ();
  if (scratch != NULL)
    {
      g_autoptr(GDir) dir = g_dir_open (scratch, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *path = g_build_filename (scratch, name, NULL);

          g_unlink (path);
        }
      g_rmdir (scratch);
    }
  return status;
}
