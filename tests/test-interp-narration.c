/* test-interp-narration.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "pml-py.h"

/* The sentence under the views for object events of short scripts,
 * written out by hand. Serials and addresses depend on everything the
 * interpreter allocates at start-up, so they are read from the run's
 * object table; types, sizes, lines, reference counts, generations and
 * the collector's counts are worked out from cpython-memory-model.md. */

/* Two Node instances referring to each other, freed by gc.collect() */
static const char cycle_source[] =
  "import gc\n"              /* 1 */
  "class Node:\n"            /* 2 */
  "    pass\n"               /* 3 */
  "a = Node()\n"             /* 4 */
  "b = Node()\n"             /* 5 */
  "a.other = b\n"            /* 6 */
  "b.other = a\n"            /* 7 */
  "del a, b\n"               /* 8 */
  "gc.collect()\n";          /* 9 */

static PmlInterp *
run (const char *source)
{
  g_autoptr(PmlHeap) heap = pml_heap_new (pml_preset_lookup ("cpython-3.11"));
  PmlInterpOptions options = { .max_steps = 100000, .record_events = TRUE };
  PmlInterp *interp = pml_interp_new (heap, &options);
  g_autoptr(GError) error = NULL;

  g_assert_true (pml_interp_load (interp, "narration.py", source, strlen (source), &error));
  g_assert_no_error (error);
  g_assert_cmpint (pml_interp_run (interp), ==, 0);
  return interp;
}

static gboolean
is_of_type (PmlInterp         *interp,
            const PmlObjEvent *ev,
            const char        *type_name)
{
  const PmlObjInfo *info;

  if (type_name == NULL)
    return TRUE;
  info = pml_interp_get_object (interp, ev->serial);
  return info != NULL && g_strcmp0 (info->type_name, type_name) == 0;
}

/* The index of the first event of @kind at or after @from, on an object
 * of @type_name (NULL: any) or, with @serial not 0, on that object */
static guint
find_event (PmlInterp       *interp,
            guint            from,
            PmlObjEventKind  kind,
            const char      *type_name,
            guint32          serial)
{
  guint n = pml_interp_get_n_events (interp);

  for (guint i = from; i < n; i++)
    {
      const PmlObjEvent *ev = pml_interp_get_event (interp, i);

      if (pml_obj_event_get_kind (ev) == kind &&
          (serial == 0 || ev->serial == serial) &&
          is_of_type (interp, ev, type_name))
        return i;
    }
  g_error ("no %s event on %s after event %u", pml_obj_event_kind_name (kind),
           type_name != NULL ? type_name : "any object", from);
  return n;
}

static void
expect_sentence (PmlInterp  *interp,
                 guint       index,
                 const char *expected)
{
  g_autofree char *text = pml_interp_describe_event (interp, index);

  g_assert_cmpstr (text, ==, expected);
}

static void expect_sentencef (PmlInterp  *interp,
                              guint       index,
                              const char *format,
                              ...) G_GNUC_PRINTF (3, 4);

/* the serial numbers go into the expected sentence */
static void
expect_sentencef (PmlInterp  *interp,
                  guint       index,
                  const char *format,
                  ...)
{
  g_autofree char *expected = NULL;
  va_list args;

  va_start (args, format);
  expected = g_strdup_vprintf (format, args);
  va_end (args);
  expect_sentence (interp, index, expected);
}

static guint32
serial_at (PmlInterp *interp,
           guint      index)
{
  return pml_interp_get_event (interp, index)->serial;
}

static gint32
value_at (PmlInterp *interp,
          guint      index)
{
  return pml_obj_event_get_value (pml_interp_get_event (interp, index));
}

static guint
find_line (PmlInterp *interp,
           gint32     line)
{
  guint n = pml_interp_get_n_events (interp);

  for (guint i = 0; i < n; i++)
    if (pml_obj_event_get_kind (pml_interp_get_event (interp, i)) == PML_OBJ_EVENT_LINE &&
        value_at (interp, i) == line)
      return i;
  g_error ("line %d never runs", line);
  return n;
}

static void
test_line (void)
{
  PmlInterp *interp = run (cycle_source);

  expect_sentence (interp, find_line (interp, 6), "Line 6 runs.");
  pml_interp_free (interp);
}

/* A 3.11 instance of an ordinary class is one OBJ request of 56 bytes:
 * 16 (dict and values pointers) + 16 (GC header) + 24 (header and weakref
 * pointer), §8.3.8. The object's address is 32 bytes into that block.
 * Cross-checked once against `pymemlab run --json`: the first Node was
 * object 1084 at 0x7efe07f05d90, but both move whenever start-up
 * allocates differently, so they are read from the object table. */
static void
test_new (void)
{
  PmlInterp *interp = run (cycle_source);
  guint index = find_event (interp, 0, PML_OBJ_EVENT_NEW, "Node", 0);
  const PmlObjInfo *info = pml_interp_get_object (interp, serial_at (interp, index));

  g_assert_cmpuint (info->size, ==, 56);
  g_assert_cmpint (info->line, ==, 4);
  /* pymalloc blocks are 16-byte aligned, and 32 is a multiple of 16 */
  g_assert_cmpuint (info->address % 16, ==, 0);
  expect_sentencef (interp, index,
                    "A new Node (object %u at 0x%" G_GINT64_MODIFIER "x, 56 bytes) is created by "
                    "line 4; its reference count is 1.",
                    serial_at (interp, index), info->address);
  pml_interp_free (interp);
}

/* Reference counts: a new object starts at 1, so its first INCREF makes
 * it 2; `del a, b` leaves each Node with the one reference from the
 * other, and tp_clear of one drops the other to 0. */
static void
test_refcounts (void)
{
  PmlInterp *interp = run (cycle_source);
  guint first = find_event (interp, 0, PML_OBJ_EVENT_NEW, "Node", 0);
  guint32 serial = serial_at (interp, first);
  guint del = find_line (interp, 8);
  guint index;

  expect_sentencef (interp, find_event (interp, first, PML_OBJ_EVENT_INCREF, NULL, serial),
                    "The reference count of Node %u rises to 2.", serial);
  expect_sentencef (interp, find_event (interp, del, PML_OBJ_EVENT_DECREF, NULL, serial),
                    "The reference count of Node %u falls to 1.", serial);

  index = find_event (interp, del, PML_OBJ_EVENT_DECREF, "Node", 0);
  while (value_at (interp, index) != 0)
    index = find_event (interp, index + 1, PML_OBJ_EVENT_DECREF, "Node", 0);
  expect_sentencef (interp, index,
                    "The reference count of Node %u falls to 0: nothing refers to it any more.",
                    serial_at (interp, index));
  pml_interp_free (interp);
}

/* Instances of classes are tracked at creation (§7.1) */
static void
test_track (void)
{
  PmlInterp *interp = run (cycle_source);
  guint index = find_event (interp, 0, PML_OBJ_EVENT_TRACK, "Node", 0);

  expect_sentencef (interp, index, "The collector starts tracking Node %u (in generation 0).",
                    serial_at (interp, index));
  pml_interp_free (interp);
}

/* gc.collect() collects generation 2 (§7.6). Each Node's reference count
 * is 1 (the other's attribute), so update_refs gives 1 and the other's
 * reference subtracts it to 0: both are unreachable (§7.5 step 7). After
 * the (absent) finalizers the unreachable list is scanned again
 * (step 14) with the same outcome. The collection finds 2 objects, not
 * 4: in 3.11 the instances have no dict object (§7.6). */
static void
test_collection (void)
{
  PmlInterp *interp = run (cycle_source);
  guint start = find_event (interp, 0, PML_OBJ_EVENT_GC_START, NULL, 0);
  guint first = find_event (interp, start, PML_OBJ_EVENT_GC_UPDATE_REFS, "Node", 0);
  guint32 serial = serial_at (interp, first);
  guint index, second, end;

  g_assert_cmpint (value_at (interp, start), ==, 2);
  expect_sentence (interp, start, "The cycle collector starts on generation 2, a full collection; "
                                  "generations 0 and 1 are merged into it first.");

  expect_sentencef (interp, first,
                    "update_refs: gc_refs of Node %u starts as its reference count, 1.", serial);
  index = find_event (interp, first, PML_OBJ_EVENT_GC_SUBTRACT_REFS, NULL, serial);
  expect_sentencef (interp, index,
                    "subtract_refs: a reference from inside the generation; gc_refs of Node %u "
                    "drops to 0.", serial);
  index = find_event (interp, first, PML_OBJ_EVENT_GC_UNREACHABLE, NULL, serial);
  expect_sentencef (interp, index,
                    "Node %u has gc_refs 0: it moves to the tentatively unreachable list.", serial);
  index = find_event (interp, index, PML_OBJ_EVENT_GC_REACHABLE, NULL, serial);
  g_assert_cmpint (value_at (interp, index), ==, 0);
  expect_sentencef (interp, index,
                    "The scan is over: Node %u is unreachable, and its tentative mark is cleared.",
                    serial);

  second = find_event (interp, index, PML_OBJ_EVENT_GC_UPDATE_REFS, NULL, serial);
  expect_sentencef (interp, second,
                    "update_refs again, on the unreachable objects only, in case a finalizer "
                    "resurrected one: gc_refs of Node %u starts as its reference count, 1.",
                    serial);
  index = find_event (interp, second, PML_OBJ_EVENT_GC_SUBTRACT_REFS, NULL, serial);
  expect_sentencef (interp, index,
                    "subtract_refs: a reference from an unreachable object; gc_refs of Node %u "
                    "drops to 0.", serial);
  index = find_event (interp, second, PML_OBJ_EVENT_GC_UNREACHABLE, NULL, serial);
  expect_sentencef (interp, index,
                    "Node %u still has gc_refs 0: it moves to the tentatively unreachable list "
                    "again.", serial);
  index = find_event (interp, index, PML_OBJ_EVENT_GC_REACHABLE, NULL, serial);
  expect_sentencef (interp, index,
                    "The second scan is over: Node %u is still unreachable, so it is garbage.",
                    serial);

  end = find_event (interp, start, PML_OBJ_EVENT_GC_END, NULL, 0);
  g_assert_cmpint (value_at (interp, end), ==, 2);
  expect_sentence (interp, end, "The collection ends: 2 objects were unreachable.");
  pml_interp_free (interp);
}

/* The collections after the script's last line are the interpreter's
 * shutdown (finalize_modules, interpreter_clear): they say so, so their
 * count is not read as what the script's gc.collect () found (issue 15) */
static void
test_shutdown_collection (void)
{
  PmlInterp *interp = run (cycle_source);
  guint shutdown = pml_interp_get_shutdown_position (interp);
  guint n = pml_interp_get_n_events (interp);
  guint script = find_event (interp, 0, PML_OBJ_EVENT_GC_START, NULL, 0);
  guint n_shutdown = 0;

  g_assert_cmpuint (script, <, shutdown);
  g_assert_cmpuint (shutdown, <, n);
  for (guint i = shutdown; i < n; i++)
    {
      const PmlObjEvent *ev = pml_interp_get_event (interp, i);

      if (pml_obj_event_get_kind (ev) == PML_OBJ_EVENT_GC_START)
        {
          expect_sentence (interp, i, "The program has ended and the interpreter tears down: the cycle "
                                      "collector runs a full collection of what is left.");
          n_shutdown++;
        }
      else if (pml_obj_event_get_kind (ev) == PML_OBJ_EVENT_GC_END && value_at (interp, i) == 1)
        expect_sentence (interp, i, "The shutdown collection ends: 1 object was unreachable.");
      else if (pml_obj_event_get_kind (ev) == PML_OBJ_EVENT_GC_END)
        expect_sentencef (interp, i, "The shutdown collection ends: %d objects were unreachable.",
                          value_at (interp, i));
    }
  /* Py_FinalizeEx's, the one after __main__ goes (Node's methods and
     globals make a cycle), and the last */
  g_assert_cmpuint (n_shutdown, ==, 3);
  pml_interp_free (interp);
}

/* delete_garbage clears the first Node; that drops the second to 0, and
 * it is deallocated (untracked, then its 56 bytes freed) before the
 * first, which the collector was holding */
static void
test_clear_and_free (void)
{
  PmlInterp *interp = run (cycle_source);
  guint start = find_event (interp, 0, PML_OBJ_EVENT_GC_START, NULL, 0);
  guint clear = find_event (interp, start, PML_OBJ_EVENT_GC_CLEAR, "Node", 0);
  guint untrack = find_event (interp, clear, PML_OBJ_EVENT_UNTRACK, "Node", 0);
  guint32 freed = serial_at (interp, untrack);

  g_assert_cmpuint (freed, !=, serial_at (interp, clear));
  expect_sentencef (interp, clear, "tp_clear breaks the cycle: Node %u drops its references.",
                    serial_at (interp, clear));
  expect_sentencef (interp, untrack,
                    "The collector stops tracking Node %u, which is being deallocated.", freed);
  expect_sentencef (interp, find_event (interp, untrack, PML_OBJ_EVENT_FREE, "Node", 0),
                    "Node %u is freed: its 56 bytes go back to the allocator.", freed);
  pml_interp_free (interp);
}

/* gc.collect(0) on a runtime-built tuple of ints: untrack_tuples drops it
 * (§7.1), and the list that survives moves to generation 1 (§7.5 step 9) */
static void
test_young_collection (void)
{
  PmlInterp *interp = run ("import gc\n"
                           "keep = []\n"
                           "t = tuple([1, 2])\n"
                           "gc.collect(0)\n");
  guint start = find_event (interp, find_line (interp, 4), PML_OBJ_EVENT_GC_START, NULL, 0);
  guint index = find_event (interp, start, PML_OBJ_EVENT_UNTRACK, "tuple", 0);
  guint32 keep;

  expect_sentence (interp, start, "The cycle collector starts on generation 0.");
  expect_sentencef (interp, index,
                    "The collector stops tracking tuple %u: nothing it holds can be part of a "
                    "cycle.", serial_at (interp, index));

  index = find_event (interp, find_line (interp, 2), PML_OBJ_EVENT_NEW, "list", 0);
  keep = serial_at (interp, index);
  index = find_event (interp, start, PML_OBJ_EVENT_PROMOTE, NULL, keep);
  g_assert_cmpint (value_at (interp, index), ==, PML_PROMOTE_VALUE (0, 1));
  expect_sentencef (interp, index,
                    "list %u survives the collection and moves from generation 0 to generation 1.",
                    keep);
  pml_interp_free (interp);
}

/* A self-referencing instance with __del__: finalized by the collector,
 * then cleared; it is counted once (§7.6: 1 in 3.11) */
static void
test_finalizer (void)
{
  PmlInterp *interp = run ("import gc\n"
                           "class D:\n"
                           "    def __del__(self):\n"
                           "        pass\n"
                           "d = D()\n"
                           "d.me = d\n"
                           "del d\n"
                           "gc.collect()\n");
  guint start = find_event (interp, find_line (interp, 8), PML_OBJ_EVENT_GC_START, NULL, 0);
  guint index = find_event (interp, start, PML_OBJ_EVENT_GC_FINALIZE, "D", 0);

  expect_sentencef (interp, index,
                    "__del__ of D %u is called before the cycle is broken (PEP 442: only once per "
                    "object).", serial_at (interp, index));
  expect_sentence (interp, find_event (interp, index, PML_OBJ_EVENT_GC_END, NULL, 0),
                   "The collection ends: 1 object was unreachable.");
  pml_interp_free (interp);
}

/* A weak reference with a callback: cleared when its referent's count
 * falls to 0 on line 7, then its callback is called */
static void
test_weakref_cleared (void)
{
  PmlInterp *interp = run ("import weakref\n"
                           "class Node:\n"
                           "    pass\n"
                           "def gone(wr):\n"
                           "    pass\n"
                           "n = Node()\n"
                           "r = weakref.ref(n, gone)\n"
                           "del n\n");
  guint made = find_event (interp, find_line (interp, 6), PML_OBJ_EVENT_NEW, "Node", 0);
  guint index = find_event (interp, find_line (interp, 8), PML_OBJ_EVENT_WEAKREF_CLEAR, NULL, 0);
  guint32 node = serial_at (interp, made), wr = serial_at (interp, index);
  guint32 func = serial_at (interp, find_event (interp, find_line (interp, 4), PML_OBJ_EVENT_NEW, "function", 0));

  g_assert_cmpint (value_at (interp, index), ==, node);
  expect_sentencef (interp, index,
                    "weakref.ReferenceType %u to Node %u is cleared: Node %u is going, so calling "
                    "the weak reference now returns None.", wr, node, node);
  index = find_event (interp, index, PML_OBJ_EVENT_WEAKREF_CALLBACK, NULL, wr);
  expect_sentencef (interp, index,
                    "The callback of weakref.ReferenceType %u, function %u, is called with the dead "
                    "weak reference.", wr, func);
  pml_interp_free (interp);
}

/* weakref.finalize: one runs when its object dies (line 7), the other at
 * exit, since its object outlives the script */
static void
test_weakref_finalize (void)
{
  PmlInterp *interp = run ("import weakref\n"
                           "class Node:\n"
                           "    pass\n"
                           "a = Node()\n"
                           "b = Node()\n"
                           "fa = weakref.finalize(a, print, 'a')\n"
                           "fb = weakref.finalize(b, print, 'b')\n"
                           "del a\n");
  guint index = find_event (interp, find_line (interp, 8), PML_OBJ_EVENT_FINALIZER, "finalize", 0);
  guint32 fa = serial_at (interp, index);

  g_assert_cmpint (value_at (interp, index), ==, 0);
  expect_sentencef (interp, index, "finalize %u calls its function, once: from now on it is dead.", fa);
  index = find_event (interp, index + 1, PML_OBJ_EVENT_FINALIZER, "finalize", 0);
  g_assert_cmpuint (serial_at (interp, index), !=, fa);
  g_assert_cmpint (value_at (interp, index), ==, 1);
  expect_sentencef (interp, index,
                    "At exit, finalize %u calls its function: its object is still alive and its "
                    "atexit flag is true, so atexit runs it before the interpreter tears down.",
                    serial_at (interp, index));
  g_assert_cmpstr (pml_interp_get_stdout (interp), ==, "a\nb\n");
  pml_interp_free (interp);
}

/* tracemalloc's start, snapshot and stop, each on its line, say what is
 * traced and where the totals part from CPython's */
static void
test_tracemalloc (void)
{
  PmlInterp *interp = run ("import tracemalloc\n"
                           "tracemalloc.start()\n"
                           "names = ['n%d' % i for i in range(10)]\n"
                           "snapshot = tracemalloc.take_snapshot()\n"
                           "tracemalloc.stop()\n");
  guint start = find_event (interp, find_line (interp, 2), PML_OBJ_EVENT_TRACEMALLOC, NULL, 0);
  guint snapshot = find_event (interp, find_line (interp, 4), PML_OBJ_EVENT_TRACEMALLOC, NULL, 0);
  guint stop = find_event (interp, find_line (interp, 5), PML_OBJ_EVENT_TRACEMALLOC, NULL, 0);

  g_assert_cmpint (value_at (interp, start), ==, PML_TRACEMALLOC_START);
  g_assert_cmpint (value_at (interp, snapshot), ==, PML_TRACEMALLOC_SNAPSHOT);
  g_assert_cmpint (value_at (interp, stop), ==, PML_TRACEMALLOC_STOP);
  g_assert_cmpuint (start, <, find_line (interp, 3));
  expect_sentence (interp, stop, "tracemalloc stops tracing and forgets its traces.");
  {
    g_autofree char *text = pml_interp_describe_event (interp, snapshot);

    g_assert_nonnull (strstr (text, "<frozen tracemalloc>"));
    g_assert_nonnull (strstr (text, "print()"));
  }
  pml_interp_free (interp);
}

/* Every event of the run has a sentence, whatever position the run is
 * stepped to; past the end there is none */
static void
test_every_event (void)
{
  PmlInterp *interp = run (cycle_source);
  guint n = pml_interp_get_n_events (interp);

  g_assert_cmpuint (n, >, 0);
  pml_interp_seek (interp, n / 2);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = pml_interp_describe_event (interp, i);

      g_assert_nonnull (text);
      g_assert_cmpuint (strlen (text), >, 0);
      g_assert_true (g_str_has_suffix (text, "."));
      g_assert_null (strstr (text, "(null)"));
    }
  g_assert_cmpuint (pml_interp_get_position (interp), ==, n / 2);
  g_assert_null (pml_interp_describe_event (interp, n));
  g_assert_null (pml_interp_describe_event (interp, G_MAXUINT));
  pml_interp_free (interp);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/interp-narration/line", test_line);
  g_test_add_func ("/interp-narration/new", test_new);
  g_test_add_func ("/interp-narration/refcounts", test_refcounts);
  g_test_add_func ("/interp-narration/track", test_track);
  g_test_add_func ("/interp-narration/collection", test_collection);
  g_test_add_func ("/interp-narration/shutdown-collection", test_shutdown_collection);
  g_test_add_func ("/interp-narration/clear-and-free", test_clear_and_free);
  g_test_add_func ("/interp-narration/young-collection", test_young_collection);
  g_test_add_func ("/interp-narration/finalizer", test_finalizer);
  g_test_add_func ("/interp-narration/weakref-cleared", test_weakref_cleared);
  g_test_add_func ("/interp-narration/weakref-finalize", test_weakref_finalize);
  g_test_add_func ("/interp-narration/tracemalloc", test_tracemalloc);
  g_test_add_func ("/interp-narration/every-event", test_every_event);

  return g_test_run ();
}
