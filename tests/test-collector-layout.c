/* test-collector-layout.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "pml-collector-layout.h"

/* The collector picture stepped through one collection, phase by phase,
 * against lists worked out by hand from CPython 3.11's gc_collect_main:
 * update_refs copies the counts in list order, subtract_refs takes off
 * the references from inside, move_unreachable moves gc_refs-0 objects
 * to the unreachable list and an object found reachable back to the
 * young list's tail, handle_weakrefs before finalize_garbage, then
 * delete_garbage. What python3.11 itself shows (gc.get_objects order
 * before and after, the callback before the __del__s, a's __del__
 * before b's) is in modules_gc_collector_lists.out, which this run's
 * output is checked against too. */

typedef struct
{
  PmlInterp  *interp;
  PmlPalette  palette;
  guint       start;    /* the GC_START of the collection under test */
} Fixture;

static void
fixture_run (Fixture    *f,
             const char *name)
{
  g_autofree char *path = g_build_filename (PML_SOURCE_ROOT, name, NULL);
  g_autofree char *source = NULL;
  gsize length;
  PmlHeap *heap = pml_heap_new (pml_preset_lookup ("cpython-3.11"));
  PmlInterpOptions options = { 100000, TRUE, FALSE, FALSE, TRUE };
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_get_contents (path, &source, &length, &error));
  f->interp = pml_interp_new (heap, &options);
  pml_heap_unref (heap);
  g_assert_true (pml_interp_load (f->interp, path, source, length, &error));
  g_assert_cmpint (pml_interp_run (f->interp), ==, 0);
  pml_palette_init (&f->palette, PML_THEME_LIGHT, FALSE);
}

static void
fixture_clear (Fixture *f)
{
  pml_interp_free (f->interp);
}

/* the first collection that starts once line @line has started (a
 * gc.callbacks function may run lines of its own first) */
static void
find_collection (Fixture *f,
                 gint32   line)
{
  guint n = pml_interp_get_n_events (f->interp);
  gboolean seen = FALSE;

  for (guint i = 0; i < n; i++)
    {
      const PmlObjEvent *ev = pml_interp_get_event (f->interp, i);

      if (pml_obj_event_get_kind (ev) == PML_OBJ_EVENT_LINE && pml_obj_event_get_value (ev) == line)
        seen = TRUE;
      if (pml_obj_event_get_kind (ev) == PML_OBJ_EVENT_GC_START && seen)
        {
          f->start = i;
          return;
        }
    }
  g_assert_not_reached ();
}

/* The objects of class @type made by the script, in the order made */
static guint32
nth_instance (Fixture    *f,
              const char *type,
              guint       nth)
{
  guint n = pml_interp_get_n_events (f->interp);

  for (guint i = 0; i < n; i++)
    {
      const PmlObjEvent *ev = pml_interp_get_event (f->interp, i);
      const PmlObjInfo *info;

      if (pml_obj_event_get_kind (ev) != PML_OBJ_EVENT_NEW)
        continue;
      info = pml_interp_get_object (f->interp, ev->serial);
      if (info != NULL && g_strcmp0 (info->type_name, type) == 0 && info->line > 0 && nth-- == 0)
        return ev->serial;
    }
  g_assert_not_reached ();
  return 0;
}

/* The state just after the @nth event of @kind in the collection (about
 * @serial, or any object when 0) */
static PmlCollectorState *
after_event (Fixture         *f,
             PmlObjEventKind  kind,
             guint32          serial,
             guint            nth)
{
  guint n = pml_interp_get_n_events (f->interp);

  for (guint i = f->start; i < n; i++)
    {
      const PmlObjEvent *ev = pml_interp_get_event (f->interp, i);

      if (pml_obj_event_get_kind (ev) == PML_OBJ_EVENT_GC_END && kind != PML_OBJ_EVENT_GC_END)
        break;
      if (pml_obj_event_get_kind (ev) == kind && (serial == 0 || ev->serial == serial) && nth-- == 0)
        return pml_collector_state_new (f->interp, i + 1);
    }
  g_assert_not_reached ();
  return NULL;
}

static PmlCollectorState *
at_phase_end (Fixture           *f,
              PmlCollectorPhase  phase)
{
  PmlCollectorState *state = pml_collector_state_new_at_phase (f->interp, f->start + 1, phase);

  g_assert_nonnull (state);
  g_assert_cmpuint (state->start, ==, f->start);
  g_assert_cmpint (state->phase, ==, phase);
  return state;
}

/* The list's objects among @serials, in list order; -1 ends @serials */
static char *
list_of (const PmlCollectorState *state,
         PmlCollectorList         list,
         const guint32           *serials,
         const char *const       *names)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < state->lists[list]->len; i++)
    {
      guint32 serial = g_array_index (state->lists[list], PmlCollectorItem, i).serial;

      for (guint k = 0; names[k] != NULL; k++)
        if (serials[k] == serial)
          g_string_append (out, names[k]);
    }
  return g_string_free (out, FALSE);
}

static gint32
gc_refs (const PmlCollectorState *state,
         PmlCollectorList         list,
         guint32                  serial)
{
  const PmlCollectorItem *item = pml_collector_state_find (state, list, serial);

  g_assert_nonnull (item);
  return item->gc_refs;
}

#define ASSERT_LIST(state, list, expected) \
  G_STMT_START { \
    g_autofree char *got_ = list_of ((state), (list), serials, names); \
    g_assert_cmpstr (got_, ==, (expected)); \
  } G_STMT_END

/* cycles_and_collect.py: a and b refer to each other; del a, b; line 18's
 * gc.collect() collects generation 2, with a and b (promoted from
 * generation 0 at the start) at the end of its list */
static void
test_cycles_and_collect (void)
{
  Fixture f = { 0 };
  guint32 a, b, serials[3];
  const char *names[] = { "a", "b", NULL };

  fixture_run (&f, "data/examples/cycles_and_collect.py");
  find_collection (&f, 18);
  serials[0] = a = nth_instance (&f, "Node", 0);
  serials[1] = b = nth_instance (&f, "Node", 1);

  {
    g_autoptr(PmlCollectorState) s = at_phase_end (&f, PML_COLLECTOR_PHASE_UPDATE_REFS);
    GArray *young = s->lists[PML_COLLECTOR_LIST_YOUNG];

    g_assert_cmpint (s->generation, ==, 2);
    /* the generation's list, then generation 0 merged at its end */
    g_assert_cmpuint (young->len, >, 100);
    g_assert_cmpuint (g_array_index (young, PmlCollectorItem, young->len - 2).serial, ==, a);
    g_assert_cmpuint (g_array_index (young, PmlCollectorItem, young->len - 1).serial, ==, b);
    /* each is held by the other's attribute only */
    g_assert_cmpint (gc_refs (s, PML_COLLECTOR_LIST_YOUNG, a), ==, 1);
    g_assert_cmpint (gc_refs (s, PML_COLLECTOR_LIST_YOUNG, b), ==, 1);
    ASSERT_LIST (s, PML_COLLECTOR_LIST_UNREACHABLE, "");
  }
  {
    g_autoptr(PmlCollectorState) s = at_phase_end (&f, PML_COLLECTOR_PHASE_SUBTRACT_REFS);

    /* both references come from inside the generation */
    g_assert_cmpint (gc_refs (s, PML_COLLECTOR_LIST_YOUNG, a), ==, 0);
    g_assert_cmpint (gc_refs (s, PML_COLLECTOR_LIST_YOUNG, b), ==, 0);
  }
  {
    g_autoptr(PmlCollectorState) s = after_event (&f, PML_OBJ_EVENT_GC_UNREACHABLE, a, 0);

    /* mid move_unreachable: a moved, b not reached yet */
    g_assert_cmpint (s->phase, ==, PML_COLLECTOR_PHASE_MOVE_UNREACHABLE);
    ASSERT_LIST (s, PML_COLLECTOR_LIST_UNREACHABLE, "a");
    ASSERT_LIST (s, PML_COLLECTOR_LIST_YOUNG, "b");
    g_assert_cmpuint (s->current, ==, a);
  }
  {
    g_autoptr(PmlCollectorState) s = at_phase_end (&f, PML_COLLECTOR_PHASE_MOVE_UNREACHABLE);

    ASSERT_LIST (s, PML_COLLECTOR_LIST_UNREACHABLE, "ab");
    ASSERT_LIST (s, PML_COLLECTOR_LIST_YOUNG, "");
    /* everything else in the generation was reached */
    for (guint i = 0; i < s->lists[PML_COLLECTOR_LIST_YOUNG]->len; i++)
      g_assert_true (g_array_index (s->lists[PML_COLLECTOR_LIST_YOUNG], PmlCollectorItem, i).flags
                     & PML_COLLECTOR_ITEM_SCANNED);
  }
  {
    /* a's __del__ first: it is first on the unreachable list */
    g_autoptr(PmlCollectorState) s = after_event (&f, PML_OBJ_EVENT_GC_FINALIZE, 0, 0);

    g_assert_cmpint (s->phase, ==, PML_COLLECTOR_PHASE_FINALIZE);
    g_assert_cmpuint (s->current, ==, a);
    g_assert_true (pml_collector_state_find (s, PML_COLLECTOR_LIST_UNREACHABLE, a)->flags
                   & PML_COLLECTOR_ITEM_FINALIZED);
    g_assert_false (pml_collector_state_find (s, PML_COLLECTOR_LIST_UNREACHABLE, b)->flags
                    & PML_COLLECTOR_ITEM_FINALIZED);
  }
  {
    g_autoptr(PmlCollectorState) s = at_phase_end (&f, PML_COLLECTOR_PHASE_RECHECK);

    /* no __del__ stored them anywhere: both are garbage */
    ASSERT_LIST (s, PML_COLLECTOR_LIST_GARBAGE, "ab");
    ASSERT_LIST (s, PML_COLLECTOR_LIST_UNREACHABLE, "");
  }
  {
    g_autoptr(PmlCollectorState) s = at_phase_end (&f, PML_COLLECTOR_PHASE_END);

    /* tp_clear on a drops a.other: b goes first, then a */
    ASSERT_LIST (s, PML_COLLECTOR_LIST_FREED, "ba");
    ASSERT_LIST (s, PML_COLLECTOR_LIST_GARBAGE, "");
    g_assert_cmpint (s->collected, ==, 2);
  }
  {
    /* the picture: a and b drawn alone, the rest of the generation in
       groups, the whole list in order */
    g_autoptr(PmlCollectorState) s = after_event (&f, PML_OBJ_EVENT_GC_UNREACHABLE, a, 0);
    g_autoptr(PmlCollectorLayout) layout = pml_collector_layout_new_for_state (f.interp, g_steal_pointer (&s),
                                                                               &f.palette, 1200);
    g_autoptr(GArray) young = pml_collector_layout_list_serials (layout, PML_COLLECTOR_LIST_YOUNG);
    g_autoptr(GArray) unreachable = pml_collector_layout_list_serials (layout, PML_COLLECTOR_LIST_UNREACHABLE);
    guint groups = 0, total = 0;

    g_assert_cmpuint (unreachable->len, ==, 1);
    g_assert_cmpuint (g_array_index (unreachable, guint32, 0), ==, a);
    g_assert_cmpuint (g_array_index (young, guint32, young->len - 1), ==, b);
    for (guint i = 0; i < layout->nodes->len; i++)
      {
        const PmlCollectorNode *node = &g_array_index (layout->nodes, PmlCollectorNode, i);

        if (node->list != PML_COLLECTOR_LIST_YOUNG)
          continue;
        groups += node->serial == 0;
        total += node->serial == 0 ? node->n_grouped : 1;
      }
    /* every object of the list is drawn or counted, once */
    g_assert_cmpuint (total, ==, layout->state->lists[PML_COLLECTOR_LIST_YOUNG]->len);
    g_assert_cmpuint (groups, >, 0);
    g_assert_cmpuint (young->len, <, 40);
    g_assert_true (g_str_has_prefix (layout->title, "Collecting generation 2: move_unreachable"));
    g_assert_true (g_str_has_prefix (layout->explain, "move_unreachable: "));
    /* a's node is in the unreachable row, below the generation's */
    g_assert_cmpfloat (g_array_index (layout->nodes, PmlCollectorNode, pml_collector_layout_find (layout, a)).rect.y,
                       >,
                       g_array_index (layout->nodes, PmlCollectorNode, pml_collector_layout_find (layout, b)).rect.y);
  }
  fixture_clear (&f);
}

/* modules_gc_collector_lists.py: x then y (y.other = x, x.other = y, del
 * x: only y has a name), a and b (a cycle no name reaches, a watched by
 * a weakref with a callback); gc.collect(0) on line 41 */
static void
test_cycle_with_del_and_weakref (void)
{
  Fixture f = { 0 };
  guint32 x, y, a, b, serials[5];
  const char *names[] = { "x", "y", "a", "b", NULL };

  fixture_run (&f, "tests/scenarios/classroom/modules_gc_collector_lists.py");
  find_collection (&f, 41);
  serials[0] = x = nth_instance (&f, "Node", 0);
  serials[1] = y = nth_instance (&f, "Node", 1);
  serials[2] = a = nth_instance (&f, "Node", 2);
  serials[3] = b = nth_instance (&f, "Node", 3);

  {
    g_autoptr(PmlCollectorState) s = at_phase_end (&f, PML_COLLECTOR_PHASE_UPDATE_REFS);

    g_assert_cmpint (s->generation, ==, 0);
    /* gc.get_objects(0) in python3.11: x, y, a, b */
    ASSERT_LIST (s, PML_COLLECTOR_LIST_YOUNG, "xyab");
    /* x: y.other; y: its name and x.other; a: b.other (a weakref does
       not count); b: a.other */
    g_assert_cmpint (gc_refs (s, PML_COLLECTOR_LIST_YOUNG, x), ==, 1);
    g_assert_cmpint (gc_refs (s, PML_COLLECTOR_LIST_YOUNG, y), ==, 2);
    g_assert_cmpint (gc_refs (s, PML_COLLECTOR_LIST_YOUNG, a), ==, 1);
    g_assert_cmpint (gc_refs (s, PML_COLLECTOR_LIST_YOUNG, b), ==, 1);
  }
  {
    g_autoptr(PmlCollectorState) s = at_phase_end (&f, PML_COLLECTOR_PHASE_SUBTRACT_REFS);

    /* y keeps the reference from its name, outside the generation */
    g_assert_cmpint (gc_refs (s, PML_COLLECTOR_LIST_YOUNG, x), ==, 0);
    g_assert_cmpint (gc_refs (s, PML_COLLECTOR_LIST_YOUNG, y), ==, 1);
    g_assert_cmpint (gc_refs (s, PML_COLLECTOR_LIST_YOUNG, a), ==, 0);
    g_assert_cmpint (gc_refs (s, PML_COLLECTOR_LIST_YOUNG, b), ==, 0);
  }
  {
    /* the scan meets x first: gc_refs 0, tentatively unreachable */
    g_autoptr(PmlCollectorState) s = after_event (&f, PML_OBJ_EVENT_GC_UNREACHABLE, x, 0);

    ASSERT_LIST (s, PML_COLLECTOR_LIST_UNREACHABLE, "x");
    ASSERT_LIST (s, PML_COLLECTOR_LIST_YOUNG, "yab");
  }
  {
    /* y is reachable, and refers to x: x moves back, to the tail */
    g_autoptr(PmlCollectorState) s = after_event (&f, PML_OBJ_EVENT_GC_REACHABLE, x, 0);
    const PmlCollectorItem *item = pml_collector_state_find (s, PML_COLLECTOR_LIST_YOUNG, x);

    ASSERT_LIST (s, PML_COLLECTOR_LIST_UNREACHABLE, "");
    ASSERT_LIST (s, PML_COLLECTOR_LIST_YOUNG, "yabx");
    g_assert_cmpint (item->gc_refs, ==, 1);
    g_assert_true (item->flags & PML_COLLECTOR_ITEM_MOVED_BACK);
  }
  {
    g_autoptr(PmlCollectorState) s = at_phase_end (&f, PML_COLLECTOR_PHASE_MOVE_UNREACHABLE);

    ASSERT_LIST (s, PML_COLLECTOR_LIST_UNREACHABLE, "ab");
    ASSERT_LIST (s, PML_COLLECTOR_LIST_YOUNG, "yx");
  }
  {
    g_autoptr(PmlCollectorState) s = at_phase_end (&f, PML_COLLECTOR_PHASE_PROMOTE);

    /* gc.get_objects(1) in python3.11 afterwards: y, x */
    ASSERT_LIST (s, PML_COLLECTOR_LIST_OLDER, "yx");
    ASSERT_LIST (s, PML_COLLECTOR_LIST_YOUNG, "");
  }
  {
    g_autoptr(PmlCollectorState) s = at_phase_end (&f, PML_COLLECTOR_PHASE_WEAKREFS);
    const PmlCollectorWeakref *wr;

    /* the weakref to a is cleared and its callback called, before any
       __del__ (python3.11 prints the callback's line first) */
    g_assert_cmpuint (s->weakrefs->len, ==, 1);
    wr = &g_array_index (s->weakrefs, PmlCollectorWeakref, 0);
    g_assert_cmpuint (wr->referent, ==, a);
    g_assert_cmpuint (wr->weakref, ==, nth_instance (&f, "weakref.ReferenceType", 0));
    g_assert_cmpuint (wr->callback, !=, 0);
    g_assert_false (pml_collector_state_find (s, PML_COLLECTOR_LIST_UNREACHABLE, a)->flags
                    & PML_COLLECTOR_ITEM_FINALIZED);
  }
  {
    g_autoptr(PmlCollectorState) s = at_phase_end (&f, PML_COLLECTOR_PHASE_FINALIZE);

    g_assert_true (pml_collector_state_find (s, PML_COLLECTOR_LIST_UNREACHABLE, a)->flags
                   & PML_COLLECTOR_ITEM_FINALIZED);
    g_assert_true (pml_collector_state_find (s, PML_COLLECTOR_LIST_UNREACHABLE, b)->flags
                   & PML_COLLECTOR_ITEM_FINALIZED);
  }
  {
    g_autoptr(PmlCollectorState) first = after_event (&f, PML_OBJ_EVENT_GC_FINALIZE, 0, 0);

    g_assert_cmpuint (first->current, ==, a);
  }
  {
    g_autoptr(PmlCollectorState) s = at_phase_end (&f, PML_COLLECTOR_PHASE_RECHECK);

    ASSERT_LIST (s, PML_COLLECTOR_LIST_GARBAGE, "ab");
  }
  {
    /* tp_clear one at a time: a first, which frees b, then a */
    g_autoptr(PmlCollectorState) s = after_event (&f, PML_OBJ_EVENT_GC_CLEAR, 0, 0);

    g_assert_cmpuint (s->current, ==, a);
    g_assert_true (pml_collector_state_find (s, PML_COLLECTOR_LIST_GARBAGE, a)->flags & PML_COLLECTOR_ITEM_CLEARED);
  }
  {
    g_autoptr(PmlCollectorState) s = at_phase_end (&f, PML_COLLECTOR_PHASE_END);

    ASSERT_LIST (s, PML_COLLECTOR_LIST_FREED, "ba");
    ASSERT_LIST (s, PML_COLLECTOR_LIST_OLDER, "yx");
    g_assert_cmpint (s->collected, ==, 2);
  }
  {
    /* the picture mid move_unreachable: y and the weakref scanned, x on
       its way back */
    g_autoptr(PmlCollectorState) s = after_event (&f, PML_OBJ_EVENT_GC_REACHABLE, x, 0);
    g_autoptr(PmlCollectorLayout) layout = pml_collector_layout_new_for_state (f.interp, g_steal_pointer (&s),
                                                                               &f.palette, 800);
    int ix = pml_collector_layout_find (layout, x), iy = pml_collector_layout_find (layout, y);
    const PmlCollectorNode *nx, *ny;

    g_assert_cmpint (ix, >, iy);
    nx = &g_array_index (layout->nodes, PmlCollectorNode, ix);
    ny = &g_array_index (layout->nodes, PmlCollectorNode, iy);
    g_assert_cmpint (nx->list, ==, PML_COLLECTOR_LIST_YOUNG);
    g_assert_cmpstr (nx->detail, ==, "gc_refs 1");
    g_assert_cmpstr (nx->status, ==, "moved back");
    g_assert_cmpstr (ny->status, ==, "reachable");
    g_assert_true (nx->flags & PML_COLLECTOR_ITEM_CURRENT);
    /* named objects carry their name */
    g_assert_nonnull (strstr (ny->label, "(y)"));
  }
  fixture_clear (&f);
}

/* Outside a collection there is nothing to draw; the phase names parse */
static void
test_outside_a_collection (void)
{
  Fixture f = { 0 };
  PmlCollectorPhase phase;

  fixture_run (&f, "tests/scenarios/classroom/modules_gc_collector_lists.py");
  find_collection (&f, 41);
  g_assert_null (pml_collector_state_new (f.interp, f.start));
  g_assert_null (pml_collector_state_new (f.interp, 1));
  g_assert_true (pml_collector_phase_parse ("move_unreachable", &phase));
  g_assert_cmpint (phase, ==, PML_COLLECTOR_PHASE_MOVE_UNREACHABLE);
  g_assert_false (pml_collector_phase_parse ("sweep", &phase));
  fixture_clear (&f);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/collector/cycles-and-collect", test_cycles_and_collect);
  g_test_add_func ("/collector/cycle-with-del-and-weakref", test_cycle_with_del_and_weakref);
  g_test_add_func ("/collector/outside-a-collection", test_outside_a_collection);
  return g_test_run ();
}
