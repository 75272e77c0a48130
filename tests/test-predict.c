/* test-predict.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "pml-predict.h"

/* Predict mode's questions on the public examples (copied into
 * tests/predict/): each kind is asked at the line worked out by hand,
 * a wrong and a right answer are graded, and stepping over the line
 * reveals the answer in the run's state. The answers come from
 * python3.11 runs of the same scripts (sys.getrefcount says the count
 * + 1) or from CPython's rules by hand, never from the code under test. */

typedef struct
{
  PmlRun *run;
  char   *source;
} Lesson;

static void
lesson_free (Lesson *lesson)
{
  g_clear_object (&lesson->run);
  g_free (lesson->source);
  g_free (lesson);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Lesson, lesson_free)

static Lesson *
lesson_open (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "predict", name, NULL);
  g_autoptr(PmlHeap) heap = pml_heap_new (pml_preset_lookup ("cpython-3.11"));
  PmlInterpOptions options = { .max_steps = 100000, .record_events = TRUE, .record_graph = TRUE };
  PmlInterp *interp = pml_interp_new (heap, &options);
  g_autoptr(GError) error = NULL;
  Lesson *lesson = g_new0 (Lesson, 1);
  gsize length;

  g_assert_true (g_file_get_contents (path, &lesson->source, &length, &error));
  g_assert_no_error (error);
  pml_interp_set_output (interp, NULL, NULL);
  g_assert_true (pml_interp_load (interp, name, lesson->source, length, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pml_interp_run (interp), ==, 0);
  lesson->run = pml_run_new_for_interp (interp);
  pml_run_set_source (lesson->run, lesson->source);
  pml_run_seek_first_line (lesson->run);
  return lesson;
}

/* Steps into line by line to where @line is about to run, and asks */
static PmlQuestion *
ask_at_line (Lesson *lesson,
             gint    line)
{
  while (pml_run_get_line_to_run (lesson->run) != line)
    g_assert_true (pml_run_step (lesson->run, PML_STEP_INTO, TRUE));
  return pml_predict_question_at (lesson->run, lesson->source, pml_run_get_position (lesson->run) - 1);
}

/* Stepping over the line shows what the question asked about */
static void
reveal (Lesson            *lesson,
        const PmlQuestion *question)
{
  guint before = pml_run_get_position (lesson->run);

  g_assert_true (pml_run_step (lesson->run, PML_STEP_OVER, TRUE));
  /* the next line about to run, or the script's end after its last line */
  if (question->end < pml_run_get_script_end (lesson->run))
    g_assert_cmpuint (pml_run_get_position (lesson->run), ==, question->end + 1);
  else
    g_assert_cmpuint (pml_run_get_position (lesson->run), ==, question->end);
  g_assert_cmpuint (pml_run_get_position (lesson->run), >, before);
}

static void
test_refcount (void)
{
  g_autoptr(Lesson) lesson = lesson_open ("refcounts.py");
  g_autoptr(PmlQuestion) q = NULL;
  const PmlObjState *state;

  /* line 7, `alias = data`: python3.11 prints 3 on line 8, so 2 */
  q = ask_at_line (lesson, 7);
  g_assert_nonnull (q);
  g_assert_cmpint (q->kind, ==, PML_QUESTION_REFCOUNT);
  g_assert_nonnull (strstr (q->text, "`data`"));
  g_assert_false (pml_question_check_number (q, 3));   /* getrefcount's number */
  g_assert_false (pml_question_check_number (q, 1));
  g_assert_true (pml_question_check_number (q, 2));
  g_assert_nonnull (strstr (q->explanation, "alias"));
  reveal (lesson, q);
  state = pml_interp_get_object_state (pml_run_get_interp (lesson->run), q->serial);
  g_assert_cmpint (state->refcnt, ==, 2);
  g_clear_pointer (&q, pml_question_free);

  /* line 13, `del alias`: data, and box's two slots (5 on line 11, less alias) */
  q = ask_at_line (lesson, 13);
  g_assert_nonnull (q);
  g_assert_cmpint (q->kind, ==, PML_QUESTION_REFCOUNT);
  g_assert_false (pml_question_check_number (q, 4));
  g_assert_true (pml_question_check_number (q, 3));
  g_clear_pointer (&q, pml_question_free);

  /* line 14, `box.clear()`: the name alone (python3.11 prints 2 on line 15) */
  q = ask_at_line (lesson, 14);
  g_assert_nonnull (q);
  g_assert_true (pml_question_check_number (q, 1));
  g_assert_false (pml_question_check_number (q, 2));
  reveal (lesson, q);
  state = pml_interp_get_object_state (pml_run_get_interp (lesson->run), q->serial);
  g_assert_cmpint (state->refcnt, ==, 1);
}

static void
test_size_class (void)
{
  g_autoptr(Lesson) lesson = lesson_open ("refcounts.py");
  g_autoptr(PmlQuestion) q = NULL;
  guint right = G_MAXUINT, wrong = G_MAXUINT;

  /* line 4 makes `data`, a list: list.__basicsize__ is 40 in 3.11, and
   * the collector's header 16 more: 56 bytes, in class 3's 64-byte blocks */
  q = ask_at_line (lesson, 4);
  g_assert_nonnull (q);
  g_assert_cmpint (q->kind, ==, PML_QUESTION_SIZE_CLASS);
  g_assert_nonnull (strstr (q->text, "56 bytes"));
  for (guint c = 0; q->choices[c] != NULL; c++)
    {
      if (g_str_has_prefix (q->choices[c], "Class 3:"))
        right = c;
      else if (g_str_has_prefix (q->choices[c], "Class 2:"))
        wrong = c;
    }
  g_assert_cmpuint (right, !=, G_MAXUINT);
  g_assert_cmpuint (wrong, !=, G_MAXUINT);
  g_assert_false (pml_question_check_choice (q, wrong));
  g_assert_true (pml_question_check_choice (q, right));
  reveal (lesson, q);
  {
    const PmlObjInfo *info = pml_interp_get_object (pml_run_get_interp (lesson->run), q->serial);
    PmlHeap *heap = pml_run_get_heap (lesson->run);
    guint slot, index;
    PmlPoolInfo pool;

    /* the object sits after its collector header, in the same block */
    g_assert_true (pml_heap_lookup_pool (heap, info->address, &slot, &index));
    g_assert_true (pml_heap_get_pool (heap, slot, index, &pool));
    g_assert_cmpuint (pool.szidx, ==, 3);
  }
}

static void
test_pool (void)
{
  g_autoptr(Lesson) lesson = lesson_open ("blocks_pools_arenas.py");
  g_autoptr(PmlQuestion) q = NULL;
  PmlHeap *heap;

  /* line 4, pymalloc.malloc(500): class 31's 512-byte blocks, which
   * nothing of the start-up used; the start-up's arena has free pools,
   * so the pool comes from the arena at the front of usable_arenas */
  q = ask_at_line (lesson, 4);
  g_assert_nonnull (q);
  g_assert_cmpint (q->kind, ==, PML_QUESTION_POOL);
  g_assert_nonnull (strstr (q->text, "512-byte"));
  g_assert_nonnull (strstr (q->choices[1], "usable_arenas"));
  g_assert_false (pml_question_check_choice (q, 0));
  g_assert_false (pml_question_check_choice (q, 2));
  g_assert_true (pml_question_check_choice (q, 1));
  heap = pml_run_get_heap (lesson->run);
  g_assert_cmpuint (pml_heap_get_usedpools (heap, 31), ==, 0);
  reveal (lesson, q);
  g_assert_cmpuint (pml_heap_get_usedpools (heap, 31), !=, 0);
}

static void
test_unreachable (void)
{
  g_autoptr(Lesson) lesson = lesson_open ("cycles_and_collect.py");
  g_autoptr(PmlQuestion) q = NULL;
  g_autoptr(GArray) nodes = g_array_new (FALSE, FALSE, sizeof (guint32));
  PmlInterp *interp;

  /* line 18: the two Nodes of the cycle, and nothing else (python3.11
   * prints "gc.collect() found 2 objects": 3.11's instances keep their
   * attributes inline, without a dict) */
  q = ask_at_line (lesson, 18);
  g_assert_nonnull (q);
  g_assert_cmpint (q->kind, ==, PML_QUESTION_UNREACHABLE);
  interp = pml_run_get_interp (lesson->run);
  for (guint k = 0; k < q->candidates->len; k++)
    {
      guint32 serial = g_array_index (q->candidates, guint32, k);

      if (g_str_equal (pml_interp_get_object (interp, serial)->type_name, "Node"))
        g_array_append_val (nodes, serial);
    }
  g_assert_cmpuint (nodes->len, ==, 2);
  g_assert_false (pml_question_check_objects (q, (guint32 *) nodes->data, 1));
  g_assert_false (pml_question_check_objects (q, NULL, 0));
  g_assert_true (pml_question_check_objects (q, (guint32 *) nodes->data, 2));
  reveal (lesson, q);
  for (guint k = 0; k < nodes->len; k++)
    g_assert_false (pml_interp_get_object_state (interp, g_array_index (nodes, guint32, k))->alive);
}

static void
test_del (void)
{
  g_autoptr(Lesson) cycle = lesson_open ("cycles_and_collect.py");
  g_autoptr(Lesson) phoenix = lesson_open ("finalizers.py");
  g_autoptr(PmlQuestion) q = NULL;

  /* `del a, b` on a cycle: the counts stay at 1, nothing prints */
  q = ask_at_line (cycle, 16);
  g_assert_nonnull (q);
  g_assert_cmpint (q->kind, ==, PML_QUESTION_DEL);
  g_assert_cmpstr (q->choices[0], ==, "Yes");
  g_assert_false (pml_question_check_choice (q, 0));
  g_assert_true (pml_question_check_choice (q, 1));
  reveal (cycle, q);
  g_assert_cmpint (pml_run_get_line_to_run (cycle->run), ==, 17);
  g_clear_pointer (&q, pml_question_free);

  /* `del p` drops Phoenix's last reference: "__del__ runs" prints first */
  q = ask_at_line (phoenix, 10);
  g_assert_nonnull (q);
  g_assert_cmpint (q->kind, ==, PML_QUESTION_DEL);
  g_assert_false (pml_question_check_choice (q, 1));
  g_assert_true (pml_question_check_choice (q, 0));
  g_assert_nonnull (strstr (q->explanation, "line 6"));
  reveal (phoenix, q);
  g_assert_cmpint (pml_run_get_line_to_run (phoenix->run), ==, 11);
}

/* The conformance scenario rc_list_aliases.py: python3.11 prints 5 on
 * line 17 (a count of 4 once holder.pop () ran on line 16) and 3 on
 * line 21, after the del of lines 19 and 20 (so 2 after line 20) */
static void
test_conformance_refcount (void)
{
  g_autoptr(Lesson) lesson = lesson_open ("rc_list_aliases.py");
  g_autoptr(PmlQuestion) q = NULL;

  q = ask_at_line (lesson, 16);
  g_assert_nonnull (q);
  g_assert_cmpint (q->kind, ==, PML_QUESTION_REFCOUNT);
  g_assert_false (pml_question_check_number (q, 5));
  g_assert_true (pml_question_check_number (q, 4));
  reveal (lesson, q);
  g_assert_cmpint (pml_interp_get_object_state (pml_run_get_interp (lesson->run), q->serial)->refcnt, ==, 4);
  g_clear_pointer (&q, pml_question_free);

  q = ask_at_line (lesson, 20);
  g_assert_nonnull (q);
  g_assert_false (pml_question_check_number (q, 3));
  g_assert_true (pml_question_check_number (q, 2));
}

/* The counters' arenas after stepping over @q's line from its start */
static gsize
arenas_around (Lesson            *lesson,
               const PmlQuestion *q,
               gsize             *out_before)
{
  PmlInterp *interp = pml_run_get_interp (lesson->run);
  PmlHeapCounters counters;

  pml_run_seek (lesson->run, q->line_event + 1, pml_interp_get_event_heap_position (interp, q->line_event));
  pml_heap_get_counters (pml_run_get_heap (lesson->run), &counters);
  *out_before = counters.narenas_currently_allocated;
  reveal (lesson, q);
  pml_heap_get_counters (pml_run_get_heap (lesson->run), &counters);
  return counters.narenas_currently_allocated;
}

/* arena_fill.py asks on its loop's line: 2000 blocks of 480 bytes need
 * more pools than the start-up's arena has free, so the line takes
 * fresh pools from the front of usable_arenas, and exactly once, as that
 * arena runs out, from an arena mapped for it */
static void
test_new_arena (void)
{
  g_autoptr(Lesson) lesson = lesson_open ("arena_fill.py");
  g_autoptr(GPtrArray) questions = pml_predict_all_questions (lesson->run, lesson->source, 1000);
  const PmlQuestion *arena = NULL, *front = NULL;
  guint n_arena = 0;
  gsize before, after;

  g_assert_cmpuint (questions->len, >, 53);
  for (guint k = 0; k < questions->len; k++)
    {
      const PmlQuestion *q = questions->pdata[k];

      g_assert_cmpint (q->line, ==, 9);
      g_assert_cmpint (q->kind, ==, PML_QUESTION_POOL);
      if (pml_question_check_choice (q, 2))
        {
          arena = q;
          n_arena++;
        }
      else if (front == NULL)
        front = q;
    }
  g_assert_cmpuint (n_arena, ==, 1);
  g_assert_nonnull (front);
  g_assert_true (pml_question_check_choice (front, 1));
  g_assert_false (pml_question_check_choice (front, 2));
  g_assert_false (pml_question_check_choice (arena, 1));
  g_assert_nonnull (strstr (arena->explanation, "\n"));   /* the arena's sentence, then the pool's */

  after = arenas_around (lesson, front, &before);
  g_assert_cmpuint (after, ==, before);
  after = arenas_around (lesson, arena, &before);
  g_assert_cmpuint (after, ==, before + 1);
}

/* The candidates of @q whose types are @types, in that order */
static GArray *
pick (const PmlQuestion *q,
      PmlInterp         *interp,
      const char *const *types)
{
  GArray *picked = g_array_new (FALSE, FALSE, sizeof (guint32));

  for (guint t = 0; types[t] != NULL; t++)
    for (guint k = 0; k < q->candidates->len; k++)
      {
        guint32 serial = g_array_index (q->candidates, guint32, k);

        if (g_str_equal (pml_interp_get_object (interp, serial)->type_name, types[t]))
          g_array_append_val (picked, serial);
      }
  return picked;
}

/* The conformance scenario gc_mixed_cycle.py: python3.11's collections
 * find 4 (the instance, the list, the tuple and the dict; 3.11 keeps an
 * instance's attributes without a dict) and then 2 (the list and the
 * tuple); the class Holder, held by its name, is a decoy */
static void
test_conformance_unreachable (void)
{
  static const char *const four[] = { "Holder", "list", "tuple", "dict", NULL };
  static const char *const two[] = { "list", "tuple", NULL };
  static const char *const with_class[] = { "list", "tuple", "type", NULL };
  g_autoptr(Lesson) lesson = lesson_open ("gc_mixed_cycle.py");
  PmlInterp *interp = pml_run_get_interp (lesson->run);
  g_autoptr(PmlQuestion) q = NULL;
  g_autoptr(GArray) picked = NULL;

  q = ask_at_line (lesson, 15);
  g_assert_nonnull (q);
  g_assert_cmpint (q->kind, ==, PML_QUESTION_UNREACHABLE);
  picked = pick (q, interp, four);
  g_assert_cmpuint (picked->len, ==, 4);
  g_assert_false (pml_question_check_objects (q, (guint32 *) picked->data, 3));
  g_assert_true (pml_question_check_objects (q, (guint32 *) picked->data, 4));
  g_clear_pointer (&picked, g_array_unref);
  g_clear_pointer (&q, pml_question_free);

  q = ask_at_line (lesson, 21);
  g_assert_nonnull (q);
  picked = pick (q, interp, with_class);
  g_assert_cmpuint (picked->len, ==, 3);
  g_assert_false (pml_question_check_objects (q, (guint32 *) picked->data, 3));
  g_clear_pointer (&picked, g_array_unref);
  picked = pick (q, interp, two);
  g_assert_true (pml_question_check_objects (q, (guint32 *) picked->data, 2));
  reveal (lesson, q);
  for (guint k = 0; k < picked->len; k++)
    g_assert_false (pml_interp_get_object_state (interp, g_array_index (picked, guint32, k))->alive);
}

/* "# ask" on lines 7, 8 and 13: line 8 (a print) changes nothing a
 * question could grade, so two questions, and none elsewhere */
static void
test_marks (void)
{
  g_autoptr(Lesson) lesson = lesson_open ("refcounts_marked.py");
  g_autoptr(GPtrArray) questions = pml_predict_all_questions (lesson->run, lesson->source, 100);
  g_autoptr(Lesson) unmarked = lesson_open ("refcounts.py");
  g_autoptr(GPtrArray) defaults = pml_predict_all_questions (unmarked->run, unmarked->source, 100);

  g_assert_true (pml_predict_source_has_marks (lesson->source));
  g_assert_false (pml_predict_source_has_marks (unmarked->source));
  g_assert_cmpuint (questions->len, ==, 2);
  g_assert_cmpint (((PmlQuestion *) questions->pdata[0])->line, ==, 7);
  g_assert_cmpint (((PmlQuestion *) questions->pdata[1])->line, ==, 13);
  /* without marks: the lines that make or change a named object */
  g_assert_cmpuint (defaults->len, >, 2);
  for (guint k = 0; k < defaults->len; k++)
    g_assert_cmpint (((PmlQuestion *) defaults->pdata[k])->line, !=, 8);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/predict/refcount", test_refcount);
  g_test_add_func ("/predict/size-class", test_size_class);
  g_test_add_func ("/predict/pool", test_pool);
  g_test_add_func ("/predict/new-arena", test_new_arena);
  g_test_add_func ("/predict/unreachable", test_unreachable);
  g_test_add_func ("/predict/del", test_del);
  g_test_add_func ("/predict/marks", test_marks);
  g_test_add_func ("/predict/conformance-refcount", test_conformance_refcount);
  g_test_add_func ("/predict/conformance-unreachable", test_conformance_unreachable);
  return g_test_run ();
}
