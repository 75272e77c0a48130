/* pml-collector-state.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "pml-collector-state.h"

/* The lists are rebuilt by replaying one collection's events in the order
 * pml-py-gc.c emits them (CPython 3.11's gc_collect_main): update_refs
 * walks the generation in list order, so its events are the list itself;
 * move_unreachable takes objects off at the scan position and appends the
 * ones that turn out reachable at the tail; handle_resurrected_objects
 * runs the same passes over the unreachable list. A move costs O(1): a
 * list keeps stale entries, and an entry counts only while its stamp is
 * its object's latest. */

/* generation 2 keeps its survivors: it has no older generation */
#define OLDEST_GENERATION 2

typedef struct
{
  PmlCollectorList list;
  guint            stamp;
  gint32           gc_refs;
  guint32          flags;
} Slot;

typedef struct
{
  guint32 serial;
  guint   stamp;
} Entry;

typedef struct
{
  PmlInterp  *interp;
  GHashTable *slots;                       /* serial -> Slot */
  GArray     *lists[PML_COLLECTOR_N_LISTS];   /* Entry */
  guint       scan;                        /* move_unreachable's place in the young list */
  gboolean    second_pass;
  gboolean    first_pass_done;
  gboolean    rechecked;                   /* the survivors of the second pass have left */
} Replay;

static const char *const phase_names[PML_COLLECTOR_N_PHASES] = {
  "start", "update_refs", "subtract_refs", "move_unreachable", "promote",
  "handle_weakrefs", "finalize_garbage", "handle_resurrected_objects", "delete_garbage", "end",
};

const char *
pml_collector_phase_get_name (PmlCollectorPhase phase)
{
  g_return_val_if_fail (phase < PML_COLLECTOR_N_PHASES, NULL);
  return phase_names[phase];
}

gboolean
pml_collector_phase_parse (const char        *name,
                           PmlCollectorPhase *out)
{
  for (guint i = 0; i < PML_COLLECTOR_N_PHASES; i++)
    if (g_strcmp0 (name, phase_names[i]) == 0)
      {
        *out = (PmlCollectorPhase) i;
        return TRUE;
      }
  return FALSE;
}

const char *
pml_collector_phase_explain (PmlCollectorPhase phase)
{
  switch (phase)
    {
    case PML_COLLECTOR_PHASE_START:
      return _("The collector starts: the younger generations are joined to the end of the generation it "
               "collects, which is one list, in the order the objects were tracked.");
    case PML_COLLECTOR_PHASE_UPDATE_REFS:
      return _("update_refs: each object of the list copies its reference count into gc_refs.");
    case PML_COLLECTOR_PHASE_SUBTRACT_REFS:
      return _("subtract_refs: each reference from inside the generation is taken off gc_refs; what is "
               "left counts references from outside.");
    case PML_COLLECTOR_PHASE_MOVE_UNREACHABLE:
      return _("move_unreachable: an object with gc_refs 0 moves to the unreachable list, for now; an "
               "object with gc_refs above 0 is reachable, and so is everything it refers to, which "
               "moves back if it had been moved.");
    case PML_COLLECTOR_PHASE_PROMOTE:
      return _("The objects still in the list survived: they move to the older generation.");
    case PML_COLLECTOR_PHASE_WEAKREFS:
      return _("handle_weakrefs: weak references to unreachable objects are cleared before anything "
               "is freed, and their callbacks run.");
    case PML_COLLECTOR_PHASE_FINALIZE:
      return _("finalize_garbage: the __del__ of each unreachable object runs, once in its life.");
    case PML_COLLECTOR_PHASE_RECHECK:
      return _("handle_resurrected_objects: a __del__ may have stored an object somewhere, so the "
               "unreachable list is checked again the same way; what is still unreachable is garbage.");
    case PML_COLLECTOR_PHASE_CLEAR:
      return _("delete_garbage: tp_clear makes each garbage object drop its references, one at a "
               "time, until the reference counts reach 0 and the objects are freed.");
    case PML_COLLECTOR_PHASE_END:
    case PML_COLLECTOR_N_PHASES:
    default:
      return _("The collection is over: the garbage is freed, the survivors are in the older "
               "generation.");
    }
}

static Slot *
slot_get (Replay  *r,
          guint32  serial)
{
  return g_hash_table_lookup (r->slots, GUINT_TO_POINTER (serial));
}

static Slot *
append (Replay           *r,
        guint32           serial,
        PmlCollectorList  list)
{
  Slot *slot = slot_get (r, serial);
  Entry entry;

  if (slot == NULL)
    {
      const PmlObjInfo *info = pml_interp_get_object (r->interp, serial);

      slot = g_new0 (Slot, 1);
      slot->gc_refs = -1;
      if (info == NULL || info->line <= 0)
        slot->flags |= PML_COLLECTOR_ITEM_STARTUP;
      g_hash_table_insert (r->slots, GUINT_TO_POINTER (serial), slot);
    }
  slot->list = list;
  slot->stamp++;
  entry.serial = serial;
  entry.stamp = slot->stamp;
  g_array_append_val (r->lists[list], entry);
  return slot;
}

/* @serial leaves the list it is on (untracked); FALSE: it is on none */
static gboolean
drop (Replay  *r,
      guint32  serial)
{
  Slot *slot = slot_get (r, serial);

  if (slot == NULL || slot->list == PML_COLLECTOR_N_LISTS)
    return FALSE;
  slot->list = PML_COLLECTOR_N_LISTS;
  slot->stamp++;
  return TRUE;
}

static gboolean
entry_live (Replay      *r,
            const Entry *entry,
            PmlCollectorList list)
{
  Slot *slot = slot_get (r, entry->serial);

  return slot != NULL && slot->list == list && slot->stamp == entry->stamp;
}

/* move_unreachable took @serial at its scan position: what came before
 * it in the list was scanned, and is reachable */
static void
scan_up_to (Replay  *r,
            guint32  serial)
{
  GArray *young = r->lists[PML_COLLECTOR_LIST_YOUNG];

  for (; r->scan < young->len; r->scan++)
    {
      Entry *entry = &g_array_index (young, Entry, r->scan);

      if (!entry_live (r, entry, PML_COLLECTOR_LIST_YOUNG))
        continue;
      if (entry->serial == serial)
        break;
      slot_get (r, entry->serial)->flags |= PML_COLLECTOR_ITEM_SCANNED;
    }
}

static void
end_first_pass (Replay *r)
{
  if (r->first_pass_done)
    return;
  r->first_pass_done = TRUE;
  scan_up_to (r, 0);
}

/* handle_resurrected_objects merges what the second pass kept into the
 * older generation, without an event: done when the clearing starts */
static void
end_second_pass (Replay *r,
                 int     generation)
{
  GArray *unreachable = r->lists[PML_COLLECTOR_LIST_UNREACHABLE];
  PmlCollectorList older = generation >= OLDEST_GENERATION ? PML_COLLECTOR_LIST_YOUNG : PML_COLLECTOR_LIST_OLDER;

  if (r->rechecked)
    return;
  r->rechecked = TRUE;
  end_first_pass (r);
  for (guint i = 0; i < unreachable->len; i++)
    {
      Entry entry = g_array_index (unreachable, Entry, i);

      if (entry_live (r, &entry, PML_COLLECTOR_LIST_UNREACHABLE))
        append (r, entry.serial, older)->flags |= PML_COLLECTOR_ITEM_RESURRECTED;
    }
}

static void
set_gc_refs (Replay  *r,
             guint32  serial,
             gint32   value)
{
  Slot *slot = slot_get (r, serial);

  if (slot != NULL)
    slot->gc_refs = value;
}

static void
apply (Replay            *r,
       PmlCollectorState *state,
       guint              index)
{
  const PmlObjEvent *ev = pml_interp_get_event (r->interp, index);
  PmlObjEventKind kind = pml_obj_event_get_kind (ev);
  gint32 value = pml_obj_event_get_value (ev);
  guint32 serial = ev->serial;
  PmlCollectorList examined = r->second_pass ? PML_COLLECTOR_LIST_UNREACHABLE : PML_COLLECTOR_LIST_YOUNG;
  PmlCollectorList moved_to = r->second_pass ? PML_COLLECTOR_LIST_GARBAGE : PML_COLLECTOR_LIST_UNREACHABLE;
  gboolean about_it = TRUE;
  Slot *slot;

  switch (kind)
    {
    case PML_OBJ_EVENT_GC_START:
      state->phase = PML_COLLECTOR_PHASE_START;
      state->generation = value;
      about_it = FALSE;
      break;

    case PML_OBJ_EVENT_GC_UPDATE_REFS:
      if (r->first_pass_done && !r->second_pass)
        {
          r->second_pass = TRUE;
          examined = PML_COLLECTOR_LIST_UNREACHABLE;
          /* the second pass sets gc_refs afresh */
          for (guint i = 0; i < r->lists[examined]->len; i++)
            if (entry_live (r, &g_array_index (r->lists[examined], Entry, i), examined))
              set_gc_refs (r, g_array_index (r->lists[examined], Entry, i).serial, -1);
        }
      state->phase = r->second_pass ? PML_COLLECTOR_PHASE_RECHECK : PML_COLLECTOR_PHASE_UPDATE_REFS;
      set_gc_refs (r, serial, value);
      break;

    case PML_OBJ_EVENT_GC_SUBTRACT_REFS:
      state->phase = r->second_pass ? PML_COLLECTOR_PHASE_RECHECK : PML_COLLECTOR_PHASE_SUBTRACT_REFS;
      set_gc_refs (r, serial, value);
      break;

    case PML_OBJ_EVENT_GC_UNREACHABLE:
      state->phase = r->second_pass ? PML_COLLECTOR_PHASE_RECHECK : PML_COLLECTOR_PHASE_MOVE_UNREACHABLE;
      if (!r->second_pass)
        scan_up_to (r, serial);
      slot = slot_get (r, serial);
      if (slot != NULL)
        {
          gint32 gc_refs = slot->gc_refs;

          append (r, serial, moved_to)->gc_refs = gc_refs;
        }
      break;

    case PML_OBJ_EVENT_GC_REACHABLE:
      if (value == 0)
        {
          /* the scan is over; the mark is cleared */
          if (!r->second_pass)
            end_first_pass (r);
          about_it = FALSE;
          break;
        }
      state->phase = r->second_pass ? PML_COLLECTOR_PHASE_RECHECK : PML_COLLECTOR_PHASE_MOVE_UNREACHABLE;
      if (value == 1 && (slot = slot_get (r, serial)) != NULL)
        {
          guint32 flags = slot->flags;

          slot = append (r, serial, examined);
          slot->flags = flags | PML_COLLECTOR_ITEM_MOVED_BACK;
        }
      set_gc_refs (r, serial, 1);
      break;

    case PML_OBJ_EVENT_PROMOTE:
      /* before update_refs: the younger generations merged in, already
       * in the list update_refs walks */
      if (state->phase == PML_COLLECTOR_PHASE_START)
        {
          about_it = FALSE;
          break;
        }
      end_first_pass (r);
      state->phase = PML_COLLECTOR_PHASE_PROMOTE;
      if ((slot = slot_get (r, serial)) != NULL)
        {
          guint32 flags = slot->flags;

          append (r, serial, PML_COLLECTOR_LIST_OLDER)->flags = flags;
        }
      break;

    case PML_OBJ_EVENT_UNTRACK:
      /* untrack_tuples, or a deallocation: the object leaves its list */
      about_it = drop (r, serial);
      break;

    case PML_OBJ_EVENT_FREE:
      if (slot_get (r, serial) == NULL)
        {
          about_it = FALSE;
          break;
        }
      {
        guint32 flags = slot_get (r, serial)->flags;

        append (r, serial, PML_COLLECTOR_LIST_FREED)->flags = flags;
      }
      break;

    case PML_OBJ_EVENT_WEAKREF_CLEAR:
      {
        PmlCollectorWeakref wr = { serial, (guint32) value, 0, FALSE };

        end_first_pass (r);
        state->phase = PML_COLLECTOR_PHASE_WEAKREFS;
        g_array_append_val (state->weakrefs, wr);
      }
      break;

    case PML_OBJ_EVENT_WEAKREF_CALLBACK:
      state->phase = PML_COLLECTOR_PHASE_WEAKREFS;
      for (guint i = state->weakrefs->len; i > 0; i--)
        {
          PmlCollectorWeakref *wr = &g_array_index (state->weakrefs, PmlCollectorWeakref, i - 1);

          if (wr->weakref == serial)
            {
              wr->callback = (guint32) value;
              break;
            }
        }
      break;

    case PML_OBJ_EVENT_GC_FINALIZE:
      end_first_pass (r);
      state->phase = PML_COLLECTOR_PHASE_FINALIZE;
      if ((slot = slot_get (r, serial)) != NULL)
        slot->flags |= PML_COLLECTOR_ITEM_FINALIZED;
      break;

    case PML_OBJ_EVENT_GC_CLEAR:
      state->phase = PML_COLLECTOR_PHASE_CLEAR;
      end_second_pass (r, state->generation);
      /* delete_garbage takes the list's head each time: a garbage object
       * before this one that tp_clear did not free went to the older
       * generation */
      {
        GArray *garbage = r->lists[PML_COLLECTOR_LIST_GARBAGE];
        PmlCollectorList older = state->generation >= OLDEST_GENERATION ? PML_COLLECTOR_LIST_YOUNG
                                                                              : PML_COLLECTOR_LIST_OLDER;

        for (guint i = 0; i < garbage->len; i++)
          {
            Entry entry = g_array_index (garbage, Entry, i);

            if (entry.serial == serial)
              break;
            if (entry_live (r, &entry, PML_COLLECTOR_LIST_GARBAGE)
                && (slot_get (r, entry.serial)->flags & PML_COLLECTOR_ITEM_CLEARED))
              {
                guint32 flags = slot_get (r, entry.serial)->flags;

                append (r, entry.serial, older)->flags = flags;
              }
          }
      }
      if ((slot = slot_get (r, serial)) != NULL)
        slot->flags |= PML_COLLECTOR_ITEM_CLEARED;
      break;

    case PML_OBJ_EVENT_GC_END:
      end_second_pass (r, state->generation);
      state->phase = PML_COLLECTOR_PHASE_END;
      state->collected = value;
      about_it = FALSE;
      break;

    default:
      about_it = FALSE;
      break;
    }

  if (about_it)
    {
      state->current = serial;
      state->current_kind = kind;
      state->current_value = value;
    }
}

/* the young list as update_refs will walk it: read ahead */
static void
read_young (Replay *r,
            guint   start)
{
  guint n = pml_interp_get_n_events (r->interp);

  for (guint i = start + 1; i < n; i++)
    {
      const PmlObjEvent *ev = pml_interp_get_event (r->interp, i);
      PmlObjEventKind kind = pml_obj_event_get_kind (ev);

      if (kind == PML_OBJ_EVENT_PROMOTE)
        continue;
      if (kind != PML_OBJ_EVENT_GC_UPDATE_REFS)
        break;
      append (r, ev->serial, PML_COLLECTOR_LIST_YOUNG);
    }
}

static void
replay_init (Replay            *r,
             PmlCollectorState *state,
             PmlInterp         *interp,
             guint              start)
{
  memset (r, 0, sizeof *r);
  memset (state, 0, sizeof *state);
  r->interp = interp;
  r->slots = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  for (guint i = 0; i < PML_COLLECTOR_N_LISTS; i++)
    {
      r->lists[i] = g_array_new (FALSE, FALSE, sizeof (Entry));
      state->lists[i] = g_array_new (FALSE, FALSE, sizeof (PmlCollectorItem));
    }
  state->weakrefs = g_array_new (FALSE, FALSE, sizeof (PmlCollectorWeakref));
  state->start = start;
  state->position = start;
  state->collected = -1;
  read_young (r, start);
}

/* the live entries, in list order */
static void
replay_finish (Replay            *r,
               PmlCollectorState *state)
{
  for (guint l = 0; l < PML_COLLECTOR_N_LISTS; l++)
    for (guint i = 0; i < r->lists[l]->len; i++)
      {
        Entry *entry = &g_array_index (r->lists[l], Entry, i);
        PmlCollectorItem item;
        Slot *slot;

        if (!entry_live (r, entry, (PmlCollectorList) l))
          continue;
        slot = slot_get (r, entry->serial);
        item.serial = entry->serial;
        item.gc_refs = slot->gc_refs;
        item.flags = slot->flags;
        if (entry->serial == state->current)
          item.flags |= PML_COLLECTOR_ITEM_CURRENT;
        g_array_append_val (state->lists[l], item);
      }
  for (guint i = 0; i < state->weakrefs->len; i++)
    {
      PmlCollectorWeakref *wr = &g_array_index (state->weakrefs, PmlCollectorWeakref, i);

      wr->current = wr->weakref == state->current;
    }
  for (guint i = 0; i < PML_COLLECTOR_N_LISTS; i++)
    g_array_unref (r->lists[i]);
  g_hash_table_unref (r->slots);
}

static PmlCollectorState *
replay (PmlInterp *interp,
        guint      start,
        guint      position)
{
  PmlCollectorState *state = g_new0 (PmlCollectorState, 1);
  Replay r;

  replay_init (&r, state, interp, start);
  for (guint i = start; i < position; i++)
    apply (&r, state, i);
  state->position = position;
  replay_finish (&r, state);
  return state;
}

/* The GC_START of the collection event @index is part of; FALSE when the
 * last collector event before it is a GC_END (collections never nest) */
static gboolean
find_start (PmlInterp *interp,
            guint      index,
            guint     *out_start)
{
  for (guint i = index + 1; i > 0; i--)
    {
      PmlObjEventKind kind = pml_obj_event_get_kind (pml_interp_get_event (interp, i - 1));

      if (kind == PML_OBJ_EVENT_GC_START)
        {
          *out_start = i - 1;
          return TRUE;
        }
      if (kind == PML_OBJ_EVENT_GC_END && i - 1 != index)
        return FALSE;
    }
  return FALSE;
}

PmlCollectorState *
pml_collector_state_new (PmlInterp *interp,
                         guint      position)
{
  guint start;

  g_return_val_if_fail (interp != NULL, NULL);

  position = MIN (position, pml_interp_get_n_events (interp));
  if (position == 0 || !find_start (interp, position - 1, &start))
    return NULL;
  return replay (interp, start, position);
}

PmlCollectorState *
pml_collector_state_new_at_phase (PmlInterp         *interp,
                                  guint              position,
                                  PmlCollectorPhase  phase)
{
  guint n = pml_interp_get_n_events (interp);
  gint64 start = -1;
  guint end = 0;

  g_return_val_if_fail (interp != NULL, NULL);

  position = MIN (position, n);
  for (guint i = position; i > 0; i--)
    if (pml_obj_event_get_kind (pml_interp_get_event (interp, i - 1)) == PML_OBJ_EVENT_GC_START)
      {
        start = i - 1;
        break;
      }
  if (start < 0)
    return NULL;
  for (end = (guint) start + 1; end < n; end++)
    if (pml_obj_event_get_kind (pml_interp_get_event (interp, end)) == PML_OBJ_EVENT_GC_END)
      break;
  end = MIN (end + 1, n);

  /* step forward until the next event would leave @phase */
  {
    PmlCollectorState scratch;
    Replay r;
    guint p;

    replay_init (&r, &scratch, interp, (guint) start);
    for (p = (guint) start; p < end; p++)
      {
        apply (&r, &scratch, p);
        if (scratch.phase > phase)
          break;
      }
    replay_finish (&r, &scratch);
    for (guint i = 0; i < PML_COLLECTOR_N_LISTS; i++)
      g_array_unref (scratch.lists[i]);
    g_array_unref (scratch.weakrefs);
    /* @p's event left the phase: the state before it */
    return replay (interp, (guint) start, MAX (p, (guint) start + 1));
  }
}

void
pml_collector_state_free (PmlCollectorState *self)
{
  if (self == NULL)
    return;
  for (guint i = 0; i < PML_COLLECTOR_N_LISTS; i++)
    g_array_unref (self->lists[i]);
  g_array_unref (self->weakrefs);
  g_free (self);
}

const PmlCollectorItem *
pml_collector_state_find (const PmlCollectorState *self,
                          PmlCollectorList         list,
                          guint32                  serial)
{
  g_return_val_if_fail (self != NULL && list < PML_COLLECTOR_N_LISTS, NULL);

  for (guint i = 0; i < self->lists[list]->len; i++)
    {
      const PmlCollectorItem *item = &g_array_index (self->lists[list], PmlCollectorItem, i);

      if (item->serial == serial)
        return item;
    }
  return NULL;
}
