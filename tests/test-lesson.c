/* test-lesson.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>
#include <glib/gstdio.h>

#include "pml-lesson.h"

/* Lesson files without a display: what is written reads back the same,
 * a cursor saved comes back to the same place in a new run of the same
 * script, and every broken file is refused with a message that names it
 * (and the line and column of a JSON syntax error). */

/* Lines as they run: 1 2 3 4 | 2 3 4 | 5; "lines_run 4" is after
 * 1 2 3 4, with line 2 (the loop's second pass) about to run */
static const char loop_source[] =
  "items = []\n"                  /* 1 */
  "for i in range(2):\n"          /* 2 */
  "    items.append([i])\n"       /* 3 */
  "    n = len(items)\n"          /* 4 */
  "print(n)\n";                   /* 5 */

static PmlRun *
run_script (const char *source)
{
  g_autoptr(PmlHeap) heap = pml_heap_new (pml_preset_lookup ("cpython-3.11"));
  PmlInterpOptions options = { .max_steps = 100000, .record_events = TRUE, .record_requests = TRUE };
  PmlInterp *interp = pml_interp_new (heap, &options);
  g_autoptr(GError) error = NULL;
  PmlRun *run;

  pml_interp_set_output (interp, NULL, NULL);
  g_assert_true (pml_interp_load (interp, "loop.py", source, strlen (source), &error));
  g_assert_no_error (error);
  g_assert_cmpint (pml_interp_run (interp), ==, 0);
  run = pml_run_new_for_interp (interp);
  pml_run_set_source (run, source);
  pml_run_seek_first_line (run);
  return run;
}

static PmlLesson *
new_two_slide_lesson (void)
{
  PmlLesson *lesson = pml_lesson_new ();
  PmlLessonSlide *first = pml_lesson_slide_new ("loop.py", loop_source);
  PmlLessonSlide *second = pml_lesson_slide_new ("quote \"and\" ünïcode.py", "x = 'a\\tb'\n# step\n");

  lesson->title = g_strdup ("Lists, twice");
  lesson->presenter = TRUE;
  lesson->current = 1;
  first->title = g_strdup ("A loop");
  first->preset = g_strdup ("cpython-3.8");
  first->cursor = (PmlLessonCursor) { .lines_run = 4, .line = 2, .position = 1234, .heap_position = 5678 };
  first->view = PML_LESSON_VIEW_HEAP;
  first->pool_slot = 2;
  first->pool_index = 7;
  first->select_kind = PML_LESSON_SELECT_POOL;
  first->select_slot = 2;
  first->select_index = 7;
  first->zoom = 1.5625;
  second->cursor.lines_run = 1;
  second->select_kind = PML_LESSON_SELECT_OBJECT;
  second->select_object = 4321;
  g_ptr_array_add (lesson->slides, first);
  g_ptr_array_add (lesson->slides, second);
  return lesson;
}

static void
assert_same_slide (PmlLessonSlide *a,
                   PmlLessonSlide *b)
{
  g_assert_cmpstr (a->title, ==, b->title);
  g_assert_cmpstr (a->name, ==, b->name);
  g_assert_cmpstr (a->script, ==, b->script);
  g_assert_cmpstr (a->preset, ==, b->preset);
  g_assert_cmpuint (a->cursor.lines_run, ==, b->cursor.lines_run);
  g_assert_cmpint (a->cursor.line, ==, b->cursor.line);
  g_assert_cmpuint (a->cursor.position, ==, b->cursor.position);
  g_assert_cmpuint (a->cursor.heap_position, ==, b->cursor.heap_position);
  g_assert_cmpint (a->view, ==, b->view);
  g_assert_cmpuint (a->pool_slot, ==, b->pool_slot);
  g_assert_cmpuint (a->pool_index, ==, b->pool_index);
  g_assert_cmpint (a->select_kind, ==, b->select_kind);
  g_assert_cmpuint (a->select_object, ==, b->select_object);
  g_assert_cmpuint (a->select_slot, ==, b->select_slot);
  g_assert_cmpuint (a->select_index, ==, b->select_index);
  g_assert_cmpfloat (a->zoom, ==, b->zoom);
}

/* Written to a file (atomically) and read back: every member the same */
static void
test_round_trip (void)
{
  g_autoptr(PmlLesson) lesson = new_two_slide_lesson ();
  g_autoptr(PmlLesson) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("pml-lesson-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "two.pymemlab", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *data = NULL;

  g_assert_true (pml_lesson_save (lesson, file, &error));
  g_assert_no_error (error);
  back = pml_lesson_load (file, &error);
  g_assert_no_error (error);
  g_assert_nonnull (back);
  g_assert_cmpstr (back->title, ==, "Lists, twice");
  g_assert_true (back->presenter);
  g_assert_cmpuint (back->current, ==, 1);
  g_assert_cmpuint (back->slides->len, ==, 2);
  assert_same_slide (pml_lesson_get_slide (lesson, 0), pml_lesson_get_slide (back, 0));
  assert_same_slide (pml_lesson_get_slide (lesson, 1), pml_lesson_get_slide (back, 1));
  /* the file says what it is, for a person and for file(1)-like tools */
  g_assert_true (g_file_get_contents (path, &data, NULL, NULL));
  g_assert_nonnull (strstr (data, "\"format\" : \"pymemlab-lesson\""));
  g_assert_nonnull (strstr (data, "\"version\" : 1"));
  g_unlink (path);
  g_rmdir (dir);
}

/* A hand-written lesson: only what a teacher must say; the rest takes
 * the window's defaults */
static void
test_minimal (void)
{
  const char *text = "{ \"format\": \"pymemlab-lesson\", \"version\": 1,\n"
                     "  \"slides\": [ { \"name\": \"a.py\", \"script\": \"x = 1\\n\",\n"
                     "                \"cursor\": { \"lines_run\": 0 } } ] }";
  g_autoptr(GError) error = NULL;
  g_autoptr(PmlLesson) lesson = pml_lesson_parse (text, -1, "min.pymemlab", &error);
  PmlLessonSlide *slide;

  g_assert_no_error (error);
  slide = pml_lesson_get_current (lesson);
  g_assert_false (lesson->presenter);
  g_assert_null (slide->preset);
  g_assert_cmpint (slide->view, ==, PML_LESSON_VIEW_OBJECTS);
  g_assert_cmpint (slide->select_kind, ==, PML_LESSON_SELECT_NONE);
  g_assert_cmpuint (slide->cursor.position, ==, PML_LESSON_NO_POSITION);
  g_assert_cmpfloat (slide->zoom, ==, 1.0);
}

/* A later version may add members: this one reads past them */
static void
test_unknown_members (void)
{
  const char *text = "{ \"format\": \"pymemlab-lesson\", \"version\": 1, \"predict\": { \"on\": true },\n"
                     "  \"slides\": [ { \"name\": \"a.py\", \"script\": \"x = 1\\n\", \"presets\": [\"a\", \"b\"],\n"
                     "                \"cursor\": { \"lines_run\": 1 } } ] }";
  g_autoptr(GError) error = NULL;
  g_autoptr(PmlLesson) lesson = pml_lesson_parse (text, -1, "later.pymemlab", &error);

  g_assert_no_error (error);
  g_assert_cmpuint (pml_lesson_get_current (lesson)->cursor.lines_run, ==, 1);
}

/* Mid-line (some events into line 3 of the first pass) and at a line's
 * start: a new run of the same script comes back to the same place */
static void
test_cursor_round_trip (void)
{
  g_autoptr(PmlRun) run = run_script (loop_source);
  g_autoptr(PmlRun) again = run_script (loop_source);
  PmlLessonCursor cursor;

  /* lines 1 and 2 ran, 3 is about to */
  g_assert_true (pml_run_step_lines (run, 2, FALSE));
  g_assert_cmpint (pml_run_get_line (run), ==, 3);
  pml_lesson_cursor_capture (&cursor, run);
  g_assert_cmpuint (cursor.lines_run, ==, 2);
  g_assert_cmpint (cursor.line, ==, 3);
  g_assert_true (pml_lesson_cursor_restore (&cursor, again));
  g_assert_cmpuint (pml_run_get_position (again), ==, pml_run_get_position (run));
  g_assert_cmpuint (pml_run_get_heap_position (again), ==, pml_run_get_heap_position (run));

  /* two events into line 3: still 2 lines run */
  g_assert_true (pml_run_step (run, PML_STEP_EVENT, TRUE));
  g_assert_true (pml_run_step (run, PML_STEP_EVENT, TRUE));
  g_assert_false (pml_run_is_at_line_start (run));
  pml_lesson_cursor_capture (&cursor, run);
  g_assert_cmpuint (cursor.lines_run, ==, 2);
  g_assert_cmpint (cursor.line, ==, 3);
  g_assert_true (pml_lesson_cursor_restore (&cursor, again));
  g_assert_cmpuint (pml_run_get_position (again), ==, pml_run_get_position (run));
  g_assert_cmpuint (pml_run_get_heap_position (again), ==, pml_run_get_heap_position (run));
  g_assert_cmpint (pml_run_get_line (again), ==, 3);
}

/* Without an exact position (written by hand, or the script changed):
 * after lines_run lines, the next one about to run */
static void
test_cursor_by_lines (void)
{
  g_autoptr(PmlRun) run = run_script (loop_source);
  PmlLessonCursor by_lines = { .lines_run = 4, .line = 0, .position = PML_LESSON_NO_POSITION,
                               .heap_position = PML_LESSON_NO_POSITION };
  PmlLessonCursor wrong = { .lines_run = 6, .line = 4, .position = G_MAXINT, .heap_position = 3 };

  g_assert_false (pml_lesson_cursor_restore (&by_lines, run));
  g_assert_true (pml_run_is_at_line_start (run));
  g_assert_cmpint (pml_run_get_line (run), ==, 2);
  /* a position past this run's end falls back to the lines: 1 2 3 4 2 3 ran */
  g_assert_false (pml_lesson_cursor_restore (&wrong, run));
  g_assert_cmpint (pml_run_get_line (run), ==, 4);
}

typedef struct
{
  const char *name;
  const char *text;
  int         code;
  const char *message;
} BadLesson;

static const BadLesson bad_lessons[] = {
  /* the "}" is column 15 of line 3 */
  { "corrupt", "{ \"format\": \"pymemlab-lesson\",\n  \"version\": 1,\n  \"slides\": [ }\n", PML_LESSON_ERROR_SYNTAX,
    "bad.pymemlab:3:15: " },
  { "truncated", "{ \"format\": \"pymemlab-lesson\", \"version\": 1, \"slides\": [ { \"name\": \"a.py\", \"scr",
    PML_LESSON_ERROR_SYNTAX, "bad.pymemlab:1:" },
  { "future", "{ \"format\": \"pymemlab-lesson\", \"version\": 2, \"slides\": [] }", PML_LESSON_ERROR_VERSION,
    "bad.pymemlab: a lesson of format version 2, from a newer PyMem Lab: this one reads version 1 and below" },
  { "not-a-lesson", "{ \"format\": \"something-else\", \"version\": 1 }", PML_LESSON_ERROR_INVALID,
    "bad.pymemlab: not a lesson file: its “format” is not “pymemlab-lesson”" },
  { "no-cursor", "{ \"format\": \"pymemlab-lesson\", \"version\": 1, \"slides\": "
    "[ { \"name\": \"a.py\", \"script\": \"x = 1\\n\" } ] }", PML_LESSON_ERROR_INVALID,
    "bad.pymemlab: slide 1 has no “cursor”" },
  { "no-slides", "{ \"format\": \"pymemlab-lesson\", \"version\": 1, \"slides\": [] }", PML_LESSON_ERROR_INVALID,
    "bad.pymemlab: “slides” must be a list of one slide or more" },
  { "bad-view", "{ \"format\": \"pymemlab-lesson\", \"version\": 1, \"slides\": [ { \"name\": \"a.py\", "
    "\"script\": \"\", \"view\": \"arenas\", \"cursor\": { \"lines_run\": 0 } } ] }", PML_LESSON_ERROR_INVALID,
    "bad.pymemlab: slide 1: unknown view “arenas” (expected objects or heap)" },
  { "slide-past-end", "{ \"format\": \"pymemlab-lesson\", \"version\": 1, \"slide\": 3, \"slides\": [ { \"name\": "
    "\"a.py\", \"script\": \"\", \"cursor\": { \"lines_run\": 0 } } ] }", PML_LESSON_ERROR_INVALID,
    "bad.pymemlab: “slide” is 4, but the lesson has 1 slides" },
  { "negative", "{ \"format\": \"pymemlab-lesson\", \"version\": 1, \"slides\": [ { \"name\": \"a.py\", "
    "\"script\": \"\", \"cursor\": { \"lines_run\": -1 } } ] }", PML_LESSON_ERROR_INVALID,
    "bad.pymemlab: slide 1: “lines_run” must be a whole number, 0 or more" },
};

static void
test_bad (gconstpointer data)
{
  const BadLesson *bad = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(PmlLesson) lesson = pml_lesson_parse (bad->text, -1, "bad.pymemlab", &error);

  g_assert_null (lesson);
  g_assert_error (error, PML_LESSON_ERROR, bad->code);
  if (!g_str_has_prefix (error->message, bad->message))
    g_error ("%s: “%s” does not start with “%s”", bad->name, error->message, bad->message);
}

/* A script that no longer compiles: the lesson file, its slide, and the
 * compiler's FILE:LINE:COL */
static void
test_script_does_not_compile (void)
{
  g_autoptr(PmlLesson) lesson = pml_lesson_new ();
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (lesson->slides, pml_lesson_slide_new ("good.py", "x = 1\n"));
  g_ptr_array_add (lesson->slides, pml_lesson_slide_new ("broken.py", "x = 1\ny = (\n"));
  g_assert_false (pml_lesson_check_scripts (lesson, "old.pymemlab", &error));
  g_assert_error (error, PML_LESSON_ERROR, PML_LESSON_ERROR_SCRIPT);
  g_assert_true (g_str_has_prefix (error->message, "old.pymemlab: the script of slide 2 does not compile: broken.py:2:"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/lesson/round-trip", test_round_trip);
  g_test_add_func ("/lesson/minimal", test_minimal);
  g_test_add_func ("/lesson/unknown-members", test_unknown_members);
  g_test_add_func ("/lesson/cursor-round-trip", test_cursor_round_trip);
  g_test_add_func ("/lesson/cursor-by-lines", test_cursor_by_lines);
  g_test_add_func ("/lesson/script-does-not-compile", test_script_does_not_compile);
  for (guint i = 0; i < G_N_ELEMENTS (bad_lessons); i++)
    {
      g_autofree char *path = g_strdup_printf ("/lesson/bad/%s", bad_lessons[i].name);

      g_test_add_data_func (path, &bad_lessons[i], test_bad);
    }
  return g_test_run ();
}
