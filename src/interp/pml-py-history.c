/* pml-py-history.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pml-py-vm.h"
#include "pml-py-interp-private.h"

/* Stepping a finished run back and forth: the object events are applied
 * or undone one by one (each carries what its inverse needs), and the
 * allocator follows to the position each event was tied to. */

/* update_refs overwrites gc_refs from an earlier collection: kept here,
 * in event order, for undoing it */
typedef struct
{
  guint32 event;
  gint32  gc_refs;
  guint32 epoch;
} UpdateUndo;

static const UpdateUndo *
find_update_undo (PmlInterp *interp, guint32 event)
{
  GArray *undo = interp->update_undo;
  guint lo = 0, hi = undo->len;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      const UpdateUndo *u = &g_array_index (undo, UpdateUndo, mid);

      if (u->event == event)
        return u;
      if (u->event < event)
        lo = mid + 1;
      else
        hi = mid;
    }
  return NULL;
}

static inline const PmlObjEvent *
event_at (PmlInterp *interp,
          guint      index)
{
  return pml_chunks_get (&interp->vm.events, index, sizeof (PmlObjEvent));
}

static PmlObjState *
state_of (PmlInterp *interp, guint32 serial)
{
  GArray *states = interp->states;

  if (serial >= states->len)
    {
      guint old = states->len;

      g_array_set_size (states, serial + 1);
      for (guint i = old; i <= serial; i++)
        {
          PmlObjState *s = &g_array_index (states, PmlObjState, i);

          s->gc_refs = -1;
        }
    }
  return &g_array_index (states, PmlObjState, serial);
}

static void
apply (PmlInterp *interp, guint32 index, const PmlObjEvent *ev, gboolean forward)
{
  PmlObjEventKind kind = pml_obj_event_get_kind (ev);
  gint32 value = pml_obj_event_get_value (ev);
  PmlObjState *s;

  if (kind == PML_OBJ_EVENT_LINE)
    {
      interp->lines_done += forward ? 1 : -1;
      return;
    }
  if (kind == PML_OBJ_EVENT_GC_START)
    {
      interp->collections += forward ? 1 : -1;
      interp->collecting = forward;
      return;
    }
  if (kind == PML_OBJ_EVENT_GC_END)
    {
      interp->collecting = !forward;
      return;
    }
  s = state_of (interp, ev->serial);
  switch (kind)
    {
    case PML_OBJ_EVENT_NEW:
      s->alive = forward;
      s->refcnt = forward ? value : 0;
      if (forward)
        {
          s->tracked = FALSE;
          s->generation = 0;
          s->unreachable = FALSE;
        }
      break;
    case PML_OBJ_EVENT_FREE:
      s->alive = !forward;
      break;
    case PML_OBJ_EVENT_INCREF:
      s->refcnt = forward ? value : value - 1;
      break;
    case PML_OBJ_EVENT_DECREF:
      s->refcnt = forward ? value : value + 1;
      break;
    case PML_OBJ_EVENT_TRACK:
      s->tracked = forward;
      if (forward)
        s->generation = 0;
      break;
    case PML_OBJ_EVENT_UNTRACK:
      s->tracked = !forward;
      break;
    case PML_OBJ_EVENT_GC_UPDATE_REFS:
      /* gc_refs only means something in the collection that set it */
      if (forward)
        {
          if (interp->recording_undo)
            {
              UpdateUndo u = { index, (gint32) s->gc_refs, s->gc_epoch };

              g_array_append_val (interp->update_undo, u);
            }
          s->gc_refs = value;
          s->gc_epoch = interp->collections;
        }
      else
        {
          const UpdateUndo *u = find_update_undo (interp, index);

          s->gc_refs = u ? u->gc_refs : -1;
          s->gc_epoch = u ? u->epoch : 0;
        }
      break;
    case PML_OBJ_EVENT_GC_SUBTRACT_REFS:
      s->gc_refs = forward ? value : value + 1;
      break;
    case PML_OBJ_EVENT_GC_UNREACHABLE:
      s->unreachable = forward;
      break;
    case PML_OBJ_EVENT_GC_REACHABLE:
      if (value != 2)
        s->unreachable = !forward;
      if (value >= 1)
        s->gc_refs = forward ? 1 : 0;
      break;
    case PML_OBJ_EVENT_PROMOTE:
      s->generation = (guint8) (forward ? PML_PROMOTE_TO (value) : PML_PROMOTE_FROM (value));
      break;
    default:
      break;
    }
}

/* Built on the first seek, not after every run: a million-iteration
 * loop has a hundred million events to walk */
void
pml_interp_history_init (PmlInterp *interp)
{
  guint n = pml_interp_get_n_events (interp);

  /* the run ended: the state is the end, built forward once */
  interp->states = g_array_new (FALSE, TRUE, sizeof (PmlObjState));
  interp->update_undo = g_array_new (FALSE, FALSE, sizeof (UpdateUndo));
  interp->recording_undo = TRUE;
  interp->position = 0;
  interp->lines_done = 0;
  interp->collections = 0;
  interp->collecting = FALSE;
  for (guint i = 0; i < n; i++)
    apply (interp, i, pml_interp_get_event (interp, i), TRUE);
  interp->position = n;
  interp->recording_undo = FALSE;
}

/* Moves the objects alone: the window interleaves their events with the
 * allocator's, each tied at the allocator's position it came after */
void
pml_interp_seek_objects (PmlInterp *interp,
                         guint      position)
{
  guint n = pml_interp_get_n_events (interp);

  if (interp->states == NULL)
    pml_interp_history_init (interp);
  position = MIN (position, n);
  /* the events are read in place: a jump on the timeline walks millions */
  while (interp->position < position)
    {
      apply (interp, interp->position, event_at (interp, interp->position), TRUE);
      interp->position++;
    }
  while (interp->position > position)
    {
      interp->position--;
      apply (interp, interp->position, event_at (interp, interp->position), FALSE);
    }
}

void
pml_interp_seek (PmlInterp *interp,
                 guint      position)
{
  guint n = pml_interp_get_n_events (interp);

  position = MIN (position, n);
  pml_interp_seek_objects (interp, position);
  pml_heap_seek (pml_interp_get_heap (interp),
                 position < n ? pml_interp_get_event_heap_position (interp, position)
                              : pml_heap_get_n_events (pml_interp_get_heap (interp)));
}

guint
pml_interp_get_position (PmlInterp *interp)
{
  return interp->states != NULL ? interp->position : pml_interp_get_n_events (interp);
}

guint
pml_interp_get_lines_done (PmlInterp *interp)
{
  if (interp->states == NULL)
    pml_interp_history_init (interp);
  return interp->lines_done;
}

const PmlObjState *
pml_interp_get_object_state (PmlInterp *interp,
                             guint32    serial)
{
  PmlObjState *s;

  if (interp->states == NULL)
    pml_interp_history_init (interp);
  s = state_of (interp, serial);
  /* what is stale is not shown: the view is the same however it was reached */
  interp->view = *s;
  if (!interp->collecting || s->gc_epoch != interp->collections)
    interp->view.gc_refs = -1;
  if (!s->tracked)
    interp->view.generation = 0;
  interp->view.gc_epoch = 0;
  return &interp->view;
}
