/* test-interp-reasons.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "pml-py.h"

/* Why each reference count changed, for teacher scripts. The expected
 * sentences follow CPython 3.11's bytecode for each line (python3.11 -m
 * dis): LOAD_NAME pushes a new reference, STORE_NAME's dict insert takes
 * one and the value stack's is dropped, CALL releases the callable and
 * then the arguments (self first), RETURN_VALUE clears the frame's locals
 * in order, and delete_garbage holds each object while tp_clear runs. */

static PmlInterp *
run (const char *source)
{
  g_autoptr(PmlHeap) heap = pml_heap_new (pml_preset_lookup ("cpython-3.11"));
  PmlInterpOptions options = { .max_steps = 100000, .record_events = TRUE };
  PmlInterp *interp = pml_interp_new (heap, &options);
  g_autoptr(GError) error = NULL;

  g_assert_true (pml_interp_load (interp, "reasons.py", source, strlen (source), &error));
  g_assert_no_error (error);
  g_assert_cmpint (pml_interp_run (interp), ==, 0);
  return interp;
}

static guint
find_line (PmlInterp *interp,
           guint      from,
           gint32     line)
{
  guint n = pml_interp_get_shutdown_position (interp);

  for (guint i = from; i < n; i++)
    {
      const PmlObjEvent *ev = pml_interp_get_event (interp, i);

      if (pml_obj_event_get_kind (ev) == PML_OBJ_EVENT_LINE && pml_obj_event_get_value (ev) == line)
        return i;
    }
  g_error ("line %d never runs", line);
  return n;
}

/* The reasons given for the count changes of @type_name's objects from
 * the first time line @from runs to the first time line @to runs after
 * it, each followed by the count after (with @counts) */
static void
expect_reasons (PmlInterp          *interp,
                const char         *type_name,
                gint32              from,
                gint32              to,
                gboolean            counts,
                const char * const *expected)
{
  guint start = find_line (interp, 0, from), end = find_line (interp, start, to);
  g_autoptr(GPtrArray) got = g_ptr_array_new_with_free_func (g_free);
  guint k = 0;

  for (guint i = start; i < end; i++)
    {
      const PmlObjEvent *ev = pml_interp_get_event (interp, i);
      PmlObjEventKind kind = pml_obj_event_get_kind (ev);
      const PmlObjInfo *info;
      g_autofree char *reason = NULL;

      if (kind != PML_OBJ_EVENT_NEW && kind != PML_OBJ_EVENT_INCREF &&
          kind != PML_OBJ_EVENT_DECREF && kind != PML_OBJ_EVENT_FREE)
        continue;
      info = pml_interp_get_object (interp, ev->serial);
      if (info == NULL || g_strcmp0 (info->type_name, type_name) != 0)
        continue;
      reason = pml_interp_describe_reason (interp, i);
      g_assert_nonnull (reason);
      g_ptr_array_add (got, counts ? g_strdup_printf ("%s [%d]", reason, pml_obj_event_get_value (ev))
                                   : g_steal_pointer (&reason));
    }
  for (k = 0; expected[k] != NULL && k < got->len; k++)
    g_assert_cmpstr (got->pdata[k], ==, expected[k]);
  if (expected[k] != NULL)
    g_error ("missing reason: %s", expected[k]);
  if (k < got->len)
    g_error ("unexpected reason: %s", (const char *) got->pdata[k]);
}

static const char alias_source[] =
  "def show(item):\n"        /* 1 */
  "    return item\n"        /* 2 */
  "\n"                       /* 3 */
  "data = [10, 20]\n"        /* 4 */
  "alias = data\n"           /* 5 */
  "result = show(data)\n"    /* 6 */
  "data = None\n"            /* 7 */
  "done = True\n";           /* 8 */

/* A second name for a list, a function's argument and return value, a
 * name rebound */
static void
test_alias_argument_return (void)
{
  PmlInterp *interp = run (alias_source);
  const char * const built[] = {
    "+1: a new object, made by `data = [10, 20]` [1]",
    "+1: `data = [10, 20]` binds the name `data` [2]",
    "−1: the value stack lets go of it; the name `data` holds it now [1]",
    NULL
  };
  const char * const aliased[] = {
    "+1: `data` is pushed on the value stack [2]",
    "+1: `alias = data` binds the name `alias` [3]",
    "−1: the value stack lets go of it; the name `alias` holds it now [2]",
    NULL
  };
  /* the argument moves into show's frame without a count change (3.11);
     its local goes when show returns, then result takes the value */
  const char * const called[] = {
    "+1: `data` is pushed on the value stack [3]",
    "+1: `item` is pushed on the value stack [4]",
    "−1: `show` returns; its local `item` is released [3]",
    "+1: `result = show(data)` binds the name `result` [4]",
    "−1: the value stack lets go of it; the name `result` holds it now [3]",
    NULL
  };
  const char * const rebound[] = {
    "−1: `data` is rebound; its old value loses a reference [2]",
    NULL
  };

  expect_reasons (interp, "list", 4, 5, TRUE, built);
  expect_reasons (interp, "list", 5, 6, TRUE, aliased);
  expect_reasons (interp, "list", 6, 7, TRUE, called);
  expect_reasons (interp, "list", 7, 8, TRUE, rebound);
  pml_interp_free (interp);
}

static const char append_source[] =
  "import sys\n"                        /* 1 */
  "scores = []\n"                       /* 2 */
  "score = 1000\n"                      /* 3 */
  "scores.append(score)\n"              /* 4 */
  "print(sys.getrefcount(score))\n"     /* 5 */
  "scores[0] = None\n"                  /* 6 */
  "del score\n"                         /* 7 */
  "done = True\n";                      /* 8 */

/* list.append, sys.getrefcount's argument, a slot overwritten, del */
static void
test_append_getrefcount_del (void)
{
  PmlInterp *interp = run (append_source);
  const char * const bound[] = {
    "+1: a constant of line 3 is pushed on the value stack",
    "+1: `score = 1000` binds the name `score`",
    "−1: the value stack lets go of it; the name `score` holds it now",
    NULL
  };
  const char * const appended[] = {
    "+1: `score` is pushed on the value stack",
    "+1: stored as item [0] of the list",
    "−1: the argument of `append` is released",
    NULL
  };
  const char * const list_appended[] = {
    "+1: `scores` is pushed on the value stack [2]",
    "−1: the call to `append` is over; the object it was called on leaves the value stack [1]",
    NULL
  };
  const char * const counted[] = {
    "+1: `score` is pushed on the value stack",
    "−1: the argument of `getrefcount` is released",
    NULL
  };
  const char * const overwritten[] = {
    "−1: item [0] of the list is overwritten; its old value loses a reference",
    NULL
  };
  const char * const deleted[] = {
    "−1: `del score` unbinds the name",
    NULL
  };
  const char * const deleted_key[] = {
    "−1: the name `score` leaves the namespace",
    NULL
  };

  expect_reasons (interp, "int", 3, 4, FALSE, bound);
  expect_reasons (interp, "int", 4, 5, FALSE, appended);
  expect_reasons (interp, "list", 4, 5, TRUE, list_appended);
  expect_reasons (interp, "int", 5, 6, FALSE, counted);
  expect_reasons (interp, "int", 6, 7, FALSE, overwritten);
  expect_reasons (interp, "int", 7, 8, FALSE, deleted);
  expect_reasons (interp, "str", 7, 8, FALSE, deleted_key);
  /* what python3.11 prints for this script */
  g_assert_cmpstr (pml_interp_get_stdout (interp), ==, "5\n");
  pml_interp_free (interp);
}

static const char cycle_source[] =
  "import gc\n"              /* 1 */
  "class Node:\n"            /* 2 */
  "    pass\n"               /* 3 */
  "a = Node()\n"             /* 4 */
  "b = Node()\n"             /* 5 */
  "a.other = b\n"            /* 6 */
  "b.other = a\n"            /* 7 */
  "del a, b\n"               /* 8 */
  "gc.collect()\n"           /* 9 */
  "done = True\n";           /* 10 */

/* gc.collect() breaks a two-node cycle: the collector holds a while
 * tp_clear drops a's reference to b, b is freed and drops its reference
 * to a, and the collector's own reference to a is the last */
static void
test_collection_clears_cycle (void)
{
  PmlInterp *interp = run (cycle_source);
  const char * const stored[] = {
    "+1: `b` is pushed on the value stack [2]",
    "+1: `a` is pushed on the value stack [2]",
    "+1: stored as attribute `other` [3]",
    "−1: the value stack lets go of it after `.other = …` [2]",
    "−1: the value stack lets go of it after `.other = …` [1]",
    NULL
  };
  const char * const collected[] = {
    "+1: the collector holds it while it clears it [2]",
    "−1: the collector breaks the cycle: it clears the Node that held it [0]",
    "−1: the Node that held it is freed and lets go of it [1]",
    "0: nothing refers to it any more, so it is freed [0]",
    "−1: the collector lets go of it after clearing it [0]",
    "0: nothing refers to it any more, so it is freed [0]",
    NULL
  };

  expect_reasons (interp, "Node", 6, 7, TRUE, stored);
  expect_reasons (interp, "Node", 9, 10, TRUE, collected);
  pml_interp_free (interp);
}

/* Without the record (benches measure it), no reasons, same events */
static void
test_skip_reasons (void)
{
  g_autoptr(PmlHeap) heap = pml_heap_new (pml_preset_lookup ("cpython-3.11"));
  PmlInterpOptions options = { .max_steps = 100000, .record_events = TRUE, .skip_reasons = TRUE };
  PmlInterp *plain = pml_interp_new (heap, &options);
  PmlInterp *with = run (alias_source);
  guint n;

  g_assert_true (pml_interp_load (plain, "reasons.py", alias_source, strlen (alias_source), NULL));
  g_assert_cmpint (pml_interp_run (plain), ==, 0);
  n = pml_interp_get_n_events (plain);
  g_assert_cmpuint (n, ==, pml_interp_get_n_events (with));
  for (guint i = 0; i < n; i++)
    g_assert_cmpint (pml_interp_get_event (plain, i)->packed, ==, pml_interp_get_event (with, i)->packed);
  g_assert_null (pml_interp_describe_reason (plain, find_line (plain, 0, 5) + 1));
  g_assert_cmpuint (pml_interp_get_reason_bytes (plain), ==, 0);
  g_assert_cmpuint (pml_interp_get_reason_bytes (with), >, 0);
  /* line events and the collector's carry no reason */
  g_assert_null (pml_interp_describe_reason (with, find_line (with, 0, 5)));
  pml_interp_free (plain);
  pml_interp_free (with);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/interp/reasons/alias-argument-return", test_alias_argument_return);
  g_test_add_func ("/interp/reasons/append-getrefcount-del", test_append_getrefcount_del);
  g_test_add_func ("/interp/reasons/collection-clears-cycle", test_collection_clears_cycle);
  g_test_add_func ("/interp/reasons/skip", test_skip_reasons);
  return g_test_run ();
}
