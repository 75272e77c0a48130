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
 * allocator follows to the position each event was tied to.
 *
 * A long jump starts from a checkpoint instead: the states of the objects
 * alive at that position, kept every CHECKPOINT_SPACING events or more,
 * so that a jump replays at most the events from the checkpoint before
 * its target.
 * Their memory is bounded by a share of the events they cover: where
 * many objects are alive, checkpoints are further apart. The objects
 * alive now are kept as a set, so that a restore knows which to mark
 * dead (4 bytes per object ever made). A dead object's
 * state is not kept: an object comes alive only through its NEW event,
 * which sets all of its state, and pml_interp_get_object_state shows
 * every dead object the same way. */

typedef struct
{
  guint32 position;     /* the state before this event */
  guint32 lines_done;
  guint32 collections;
  guint32 collecting;
  guint32 first;        /* its objects: checkpoint_serials[first .. first + n_alive) */
  guint32 n_alive;
} Checkpoint;

/* a jump replays at most about this many events (1-2 ms) */
#define CHECKPOINT_SPACING 65536
/* checkpoints take at most a sixteenth of the memory of the object
   events: with the set of alive objects, under a tenth */
#define CHECKPOINT_SHARE 16

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

/* The objects alive now, kept as they come and go: a checkpoint copies
 * them, and restoring one marks them dead first */
static void
alive_add (PmlInterp *interp,
           guint32    serial)
{
  guint32 *index;

  if (serial >= interp->alive_index->len)
    g_array_set_size (interp->alive_index, serial + 1);
  index = &g_array_index (interp->alive_index, guint32, serial);
  if (*index == 0)
    {
      g_array_append_val (interp->alive, serial);
      *index = interp->alive->len;
    }
}

static void
alive_remove (PmlInterp *interp,
              guint32    serial)
{
  guint32 *index;
  guint32 moved;

  if (serial >= interp->alive_index->len)
    return;
  index = &g_array_index (interp->alive_index, guint32, serial);
  if (*index == 0)
    return;
  moved = g_array_index (interp->alive, guint32, interp->alive->len - 1);
  g_array_index (interp->alive, guint32, *index - 1) = moved;
  g_array_index (interp->alive_index, guint32, moved) = *index;
  g_array_set_size (interp->alive, interp->alive->len - 1);
  *index = 0;
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
      if (forward)
        alive_add (interp, ev->serial);
      else
        alive_remove (interp, ev->serial);
      s->alive = forward;
      s->refcnt = forward ? value : 0;
      /* all of it: the state may come from a checkpoint where the object
         was alive later, or from its later life */
      if (forward)
        {
          s->tracked = FALSE;
          s->generation = 0;
          s->unreachable = FALSE;
          s->gc_refs = -1;
          s->gc_epoch = 0;
        }
      break;
    case PML_OBJ_EVENT_FREE:
      if (forward)
        alive_remove (interp, ev->serial);
      else
        alive_add (interp, ev->serial);
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

static void
take_checkpoint (PmlInterp *interp)
{
  GArray *alive = interp->alive;
  Checkpoint c = { interp->position, interp->lines_done, interp->collections, interp->collecting,
                   interp->checkpoint_serials->len, alive->len };

  g_array_append_vals (interp->checkpoint_serials, alive->data, alive->len);
  for (guint i = 0; i < alive->len; i++)
    g_array_append_val (interp->checkpoint_states, *state_of (interp, g_array_index (alive, guint32, i)));
  g_array_append_val (interp->checkpoints, c);
}

/* A checkpoint before event @i, if the events since the last one make up
 * for its memory */
static gboolean
wants_checkpoint (PmlInterp *interp,
                  guint      i,
                  guint      n_alive)
{
  const Checkpoint *last;
  gsize since, bytes;

  if (interp->checkpoints->len == 0)
    return TRUE;
  last = &g_array_index (interp->checkpoints, Checkpoint, interp->checkpoints->len - 1);
  since = i - last->position;
  bytes = (gsize) n_alive * (sizeof (guint32) + sizeof (PmlObjState));
  return since >= interp->checkpoint_spacing &&
         (interp->checkpoint_share == 0 || bytes * interp->checkpoint_share <= since * sizeof (PmlObjEvent));
}

void
pml_interp_set_checkpoints (PmlInterp *interp,
                            guint      spacing,
                            guint      share)
{
  g_return_if_fail (interp->states == NULL);

  interp->checkpoint_spacing = MAX (spacing, 1);
  interp->checkpoint_share = share;
}

/* Built on the first seek, not after every run: a million-iteration
 * loop has a hundred million events to walk */
void
pml_interp_history_init (PmlInterp *interp)
{
  guint n = pml_interp_get_n_events (interp);

  if (interp->checkpoint_spacing == 0)
    {
      interp->checkpoint_spacing = CHECKPOINT_SPACING;
      interp->checkpoint_share = CHECKPOINT_SHARE;
    }

  /* the run ended: the state is the end, built forward once */
  interp->states = g_array_new (FALSE, TRUE, sizeof (PmlObjState));
  interp->update_undo = g_array_new (FALSE, FALSE, sizeof (UpdateUndo));
  interp->alive = g_array_new (FALSE, FALSE, sizeof (guint32));
  interp->alive_index = g_array_new (FALSE, TRUE, sizeof (guint32));
  interp->checkpoints = g_array_new (FALSE, FALSE, sizeof (Checkpoint));
  interp->checkpoint_serials = g_array_new (FALSE, FALSE, sizeof (guint32));
  interp->checkpoint_states = g_array_new (FALSE, FALSE, sizeof (PmlObjState));
  interp->recording_undo = TRUE;
  interp->position = 0;
  interp->lines_done = 0;
  interp->collections = 0;
  interp->collecting = FALSE;
  for (guint i = 0; i < n; i++)
    {
      interp->position = i;
      if (wants_checkpoint (interp, i, interp->alive->len))
        take_checkpoint (interp);
      apply (interp, i, event_at (interp, i), TRUE);
    }
  interp->position = n;
  if (n == 0)
    take_checkpoint (interp);
  interp->recording_undo = FALSE;
}

/* The states at checkpoint @index: the objects alive now are marked
 * dead, then the checkpoint's objects are written back */
static void
restore_checkpoint (PmlInterp *interp,
                    guint      index)
{
  const Checkpoint *c = &g_array_index (interp->checkpoints, Checkpoint, index);
  const guint32 *serials = (const guint32 *) (gpointer) interp->checkpoint_serials->data;
  const PmlObjState *saved = (const PmlObjState *) (gpointer) interp->checkpoint_states->data;

  for (guint i = 0; i < interp->alive->len; i++)
    {
      guint32 serial = g_array_index (interp->alive, guint32, i);

      state_of (interp, serial)->alive = FALSE;
      g_array_index (interp->alive_index, guint32, serial) = 0;
    }
  g_array_set_size (interp->alive, 0);
  for (guint i = c->first; i < c->first + c->n_alive; i++)
    {
      *state_of (interp, serials[i]) = saved[i];
      alive_add (interp, serials[i]);
    }

  interp->position = c->position;
  interp->restored_at = c->position;
  interp->lines_done = c->lines_done;
  interp->collections = c->collections;
  interp->collecting = c->collecting;
}

/* The last checkpoint at or before @position */
static guint
checkpoint_before (PmlInterp *interp,
                   guint      position)
{
  guint lo = 0, hi = interp->checkpoints->len;

  while (hi - lo > 1)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (interp->checkpoints, Checkpoint, mid).position <= position)
        lo = mid;
      else
        hi = mid;
    }
  return lo;
}

/* Restores the last checkpoint at or before @position if that and the
 * replay from it cost fewer steps than walking from here, and always to
 * go back past the checkpoint restored last: undoing the free of an
 * object that was dead there would bring back a state no checkpoint
 * kept */
static void
maybe_restore_checkpoint (PmlInterp *interp,
                          guint      position)
{
  guint index = checkpoint_before (interp, position);
  const Checkpoint *c = &g_array_index (interp->checkpoints, Checkpoint, index);
  gsize walk = position > interp->position ? position - interp->position : interp->position - position;

  if (position < interp->restored_at ||
      (gsize) interp->alive->len + c->n_alive + (position - c->position) < walk)
    restore_checkpoint (interp, index);
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
  maybe_restore_checkpoint (interp, position);
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

gsize
pml_interp_get_checkpoint_bytes (PmlInterp *interp)
{
  if (interp->states == NULL)
    return 0;
  return (gsize) interp->checkpoints->len * sizeof (Checkpoint) +
         (gsize) interp->checkpoint_serials->len * sizeof (guint32) +
         (gsize) interp->checkpoint_states->len * sizeof (PmlObjState) +
         (gsize) (interp->alive->len + interp->alive_index->len) * sizeof (guint32);
}

guint
pml_interp_get_position (PmlInterp *interp)
{
  return interp->states != NULL ? interp->position : pml_interp_get_n_events (interp);
}

/* The objects alive at the position */
guint
pml_interp_get_n_alive (PmlInterp *interp)
{
  if (interp->states == NULL)
    pml_interp_history_init (interp);
  return interp->alive->len;
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
  /* what is stale is not shown: the view is the same however it was
     reached; a dead object has no state left (checkpoints keep none) */
  interp->view = *s;
  if (!s->alive)
    {
      interp->view = (PmlObjState) { 0 };
      interp->view.gc_refs = -1;
      return &interp->view;
    }
  if (!interp->collecting || s->gc_epoch != interp->collections)
    interp->view.gc_refs = -1;
  if (!s->tracked)
    interp->view.generation = 0;
  interp->view.gc_epoch = 0;
  return &interp->view;
}
