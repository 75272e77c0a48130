/* test-interp-gc.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "pml-py.h"

/* The collector phase by phase (cpython-memory-model.md §7.5), read off the
 * event stream for small graphs worked out by hand: gc_refs after
 * update_refs and after subtract_refs, which objects go to the unreachable
 * list (and come back), finalizers, and what the collection returns. */

typedef struct
{
  gint64 updated;      /* gc_refs copied from the refcount; -1: not seen */
  gint64 subtracted;   /* gc_refs after subtract_refs */
  gboolean unreachable;
  gboolean rescued;    /* moved back to the end of young */
  gboolean finalized;
  guint order;         /* when it was first met */
} Phases;

typedef struct
{
  PmlInterp  *interp;
  GHashTable *objects;     /* serial -> Phases */
  gint64      result;
  guint       update_passes;
} Collection;

/* Runs @source and reads collection number @index (0: the first) for the
 * objects of class @type_name */
static void
collect_phases (Collection *c, const char *source, guint index, const char *type_name)
{
  g_autoptr(PmlHeap) heap = pml_heap_new (pml_preset_lookup ("cpython-3.11"));
  PmlInterpOptions options = { 100000, TRUE, FALSE, FALSE };
  g_autoptr(GError) error = NULL;
  guint n, seen = 0, i, order = 0;

  c->interp = pml_interp_new (heap, &options);
  g_assert_true (pml_interp_load (c->interp, "gc.py", source, strlen (source), &error));
  g_assert_cmpint (pml_interp_run (c->interp), ==, 0);
  c->objects = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  n = pml_interp_get_n_events (c->interp);
  for (i = 0; i < n; i++)
    if (pml_obj_event_get_kind (pml_interp_get_event (c->interp, i)) == PML_OBJ_EVENT_GC_START && seen++ == index)
      break;
  g_assert_cmpuint (i, <, n);
  for (; i < n; i++)
    {
      const PmlObjEvent *ev = pml_interp_get_event (c->interp, i);
      PmlObjEventKind kind = pml_obj_event_get_kind (ev);
      const PmlObjInfo *info = pml_interp_get_object (c->interp, ev->serial);
      Phases *p;

      if (kind == PML_OBJ_EVENT_GC_END)
        {
          c->result = pml_obj_event_get_value (ev);
          return;
        }
      if (kind == PML_OBJ_EVENT_GC_UPDATE_REFS && info != NULL && g_hash_table_size (c->objects) > 0)
        {
          Phases *first = g_hash_table_lookup (c->objects, GUINT_TO_POINTER (ev->serial));

          if (first != NULL && first->updated >= 0)
            c->update_passes = 2;   /* the resurrection check's second pass */
        }
      if (info == NULL || g_strcmp0 (info->type_name, type_name) != 0 || c->update_passes == 2)
        continue;
      p = g_hash_table_lookup (c->objects, GUINT_TO_POINTER (ev->serial));
      if (p == NULL)
        {
          p = g_new0 (Phases, 1);
          p->updated = p->subtracted = -1;
          p->order = order++;
          g_hash_table_insert (c->objects, GUINT_TO_POINTER (ev->serial), p);
        }
      switch (kind)
        {
        case PML_OBJ_EVENT_GC_UPDATE_REFS:
          p->updated = p->subtracted = pml_obj_event_get_value (ev);
          break;
        case PML_OBJ_EVENT_GC_SUBTRACT_REFS:
          p->subtracted = pml_obj_event_get_value (ev);
          break;
        case PML_OBJ_EVENT_GC_UNREACHABLE:
          p->unreachable = TRUE;
          break;
        case PML_OBJ_EVENT_GC_REACHABLE:
          /* 1: moved back from the unreachable list (0 and 2 are bookkeeping) */
          p->rescued |= pml_obj_event_get_value (ev) == 1;
          break;
        case PML_OBJ_EVENT_GC_FINALIZE:
          p->finalized = TRUE;
          break;
        default:
          break;
        }
    }
  g_assert_not_reached ();
}

static void
collection_clear (Collection *c)
{
  g_clear_pointer (&c->objects, g_hash_table_unref);
  g_clear_pointer (&c->interp, pml_interp_free);
}

/* the objects in the order the collection first met them */
static Phases *
nth (Collection *c, guint k)
{
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, c->objects);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (((Phases *) value)->order == k)
      return value;
  g_assert_not_reached ();
  return NULL;
}

/* a.me = a: one reference, and it is internal: 1, then 0, unreachable */
static void
test_self_loop (void)
{
  Collection c = { 0 };
  Phases *p;

  collect_phases (&c, "import gc\nclass Loop:\n    pass\ngc.collect()\na = Loop()\na.me = a\ndel a\ngc.collect()\n",
                  1, "Loop");
  g_assert_cmpuint (g_hash_table_size (c.objects), ==, 1);
  p = nth (&c, 0);
  g_assert_cmpint (p->updated, ==, 1);
  g_assert_cmpint (p->subtracted, ==, 0);
  g_assert_true (p->unreachable);
  g_assert_false (p->rescued);
  g_assert_cmpint (c.result, ==, 1);
  collection_clear (&c);
}

/* a <-> b with `a` still a global: the module's dict is in the collected
 * generation too, so both end at 0 after subtract_refs; the dict, met
 * first and reachable from outside, marks a, which marks b: nothing moves */
static void
test_pair_reachable_from_global (void)
{
  Collection c = { 0 };
  Phases *a, *b;

  collect_phases (&c, "import gc\nclass Pair:\n    pass\ngc.collect()\na = Pair()\nb = Pair()\n"
                  "a.o = b\nb.o = a\ndel b\ngc.collect()\n", 1, "Pair");
  a = nth (&c, 0);
  b = nth (&c, 1);
  g_assert_cmpint (a->updated, ==, 2);
  g_assert_cmpint (a->subtracted, ==, 0);
  g_assert_cmpint (b->updated, ==, 1);
  g_assert_cmpint (b->subtracted, ==, 0);
  g_assert_false (a->unreachable);
  g_assert_false (b->unreachable);
  g_assert_cmpint (c.result, ==, 0);
  collection_clear (&c);
}

/* The article's case 2 after `del a`: A (created first) is met before B,
 * has gc_refs 0 and goes to the unreachable list; B, reached from the
 * globals, brings it back to the end of young: the list is now B, A */
static void
test_case2_reorders (void)
{
  Collection c = { 0 };
  Phases *a, *b;

  collect_phases (&c, "import gc\nclass Node:\n    pass\ngc.collect()\na = Node()\nb = Node()\n"
                  "a.ref = b\nb.ref = a\ndel a\ngc.collect()\n", 1, "Node");
  a = nth (&c, 0);
  b = nth (&c, 1);
  g_assert_cmpint (a->updated, ==, 1);
  g_assert_cmpint (a->subtracted, ==, 0);
  g_assert_cmpint (b->updated, ==, 2);
  g_assert_cmpint (b->subtracted, ==, 0);
  g_assert_true (a->unreachable);
  g_assert_true (a->rescued);
  g_assert_false (b->unreachable);
  g_assert_cmpint (c.result, ==, 0);
  collection_clear (&c);
}

/* A ring of 1,000: every node has one internal reference */
static void
test_ring_of_1000 (void)
{
  Collection c = { 0 };
  GHashTableIter iter;
  gpointer value;

  collect_phases (&c, "import gc\nclass R:\n    pass\ngc.collect()\ngc.disable()\nfirst = R()\nnode = first\n"
                  "for i in range(999):\n    node.next = R()\n    node = node.next\n"
                  "node.next = first\ndel first, node\ngc.collect()\n", 1, "R");
  g_assert_cmpuint (g_hash_table_size (c.objects), ==, 1000);
  g_hash_table_iter_init (&iter, c.objects);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      Phases *p = value;

      g_assert_cmpint (p->updated, ==, 1);
      g_assert_cmpint (p->subtracted, ==, 0);
      g_assert_true (p->unreachable);
    }
  g_assert_cmpint (c.result, ==, 1000);
  collection_clear (&c);
}

/* __del__ stores self: finalized, found reachable by the second pass, so
 * nothing is collected (3.9+ handle_resurrected_objects) */
static void
test_resurrection (void)
{
  Collection c = { 0 };
  Phases *p;

  collect_phases (&c, "import gc\nsaved = []\nclass P:\n    def __del__(self):\n        saved.append(self)\n"
                  "gc.collect()\nq = P()\nq.me = q\ndel q\nn = gc.collect()\nprint(n, len(saved))\n", 1, "P");
  p = nth (&c, 0);
  g_assert_cmpint (p->updated, ==, 1);
  g_assert_cmpint (p->subtracted, ==, 0);
  g_assert_true (p->unreachable);
  g_assert_true (p->finalized);
  g_assert_cmpuint (c.update_passes, ==, 2);
  g_assert_cmpint (c.result, ==, 0);
  g_assert_cmpstr (pml_interp_get_stdout (c.interp), ==, "0 1\n");
  collection_clear (&c);
}

/* A weakref to a cycle member, kept alive outside: its callback runs,
 * before any finalizer, and the cycle is collected */
static void
test_weakref_callback (void)
{
  Collection c = { 0 };

  collect_phases (&c, "import gc\nimport weakref\nclass W:\n    def __del__(self):\n        print('del')\n"
                  "def cb(r):\n    print('callback', r() is None)\n"
                  "gc.collect()\na = W()\nb = W()\na.p = b\nb.p = a\nr = weakref.ref(a, cb)\ndel a, b\n"
                  "print('collected', gc.collect())\n", 1, "W");
  g_assert_cmpuint (g_hash_table_size (c.objects), ==, 2);
  g_assert_true (nth (&c, 0)->unreachable);
  g_assert_true (nth (&c, 1)->unreachable);
  g_assert_cmpint (c.result, ==, 2);
  g_assert_cmpstr (pml_interp_get_stdout (c.interp), ==, "callback True\ndel\ndel\ncollected 2\n");
  collection_clear (&c);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/gc/self-loop", test_self_loop);
  g_test_add_func ("/gc/pair-reachable-from-global", test_pair_reachable_from_global);
  g_test_add_func ("/gc/case2-reorders", test_case2_reorders);
  g_test_add_func ("/gc/ring-of-1000", test_ring_of_1000);
  g_test_add_func ("/gc/resurrection", test_resurrection);
  g_test_add_func ("/gc/weakref-callback", test_weakref_callback);
  return g_test_run ();
}
