/* pml-heap-history.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pml-heap-private.h"

/* Moving through the recorded events. Steps group events: a replayed
 * request, or later a line of a scenario. */

/* Forgets what was undone: the events after the current position, and
 * the steps that start after it (or at it, when @new_step will start
 * there), since a new request replaces that future */
void
pml_heap_discard_future (PmlHeap  *self,
                         gboolean  new_step)
{
  guint32 n_steps = self->step_starts.length;

  while (n_steps > 0 && (heap_step_start (self, n_steps - 1) > self->position ||
                         (new_step && heap_step_start (self, n_steps - 1) == self->position)))
    n_steps--;
  pml_chunks_truncate (&self->step_starts, n_steps);
  pml_heap_discard_redo (self);
}

void
pml_heap_begin_step (PmlHeap *self)
{
  g_return_if_fail (self != NULL);

  heap_begin_step (self);
}

guint
pml_heap_get_n_steps (PmlHeap *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->step_starts.length;
}

guint
pml_heap_get_step_start (PmlHeap *self,
                         guint    step)
{
  g_return_val_if_fail (self != NULL, 0);

  if (step >= self->step_starts.length)
    return self->n_events;

  return heap_step_start (self, step);
}

/* How many steps have begun by the end of event @index: those starting
 * at or before it (a binary search: histories hold millions of steps) */
guint
pml_heap_get_steps_begun (PmlHeap *self,
                          guint    index)
{
  guint low = 0, high;

  g_return_val_if_fail (self != NULL, 0);

  high = self->step_starts.length;
  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (heap_step_start (self, middle) <= index)
        low = middle + 1;
      else
        high = middle;
    }

  return low;
}

/* For a caller that checks the count after every one of its own events
 * (the scenario interpreter): a read, not a call */
const guint *
pml_heap_get_n_events_location (PmlHeap *self)
{
  return &self->n_events;
}

guint
pml_heap_get_n_events (PmlHeap *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_events;
}

guint
pml_heap_get_position (PmlHeap *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->position;
}

const PmlEvent *
pml_heap_get_event (PmlHeap *self,
                    guint    index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->n_events, NULL);

  return heap_event (self, index);
}

/* The base of the arena an ARENA_MAP or ARENA_UNMAP event mapped or released */
guint64
pml_heap_get_event_arena_base (PmlHeap *self,
                               guint    index)
{
  const PmlEvent *event;
  const PmlEventAux *aux;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (index < self->n_events, 0);

  event = heap_event (self, index);
  if (event->kind != PML_EVENT_ARENA_MAP && event->kind != PML_EVENT_ARENA_UNMAP)
    return 0;

  aux = &g_array_index (self->aux, PmlEventAux, event->b);
  return event->kind == PML_EVENT_ARENA_MAP ? aux->base : aux->saved.address;
}

gboolean
pml_heap_undo (PmlHeap *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (self->position == 0)
    return FALSE;

  self->position--;
  pml_heap_undo_event (self, heap_event (self, self->position));
  return TRUE;
}

gboolean
pml_heap_redo (PmlHeap *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (self->position == self->n_events)
    return FALSE;

  pml_heap_do_event (self, NULL, TRUE);
  return TRUE;
}

void
pml_heap_seek (PmlHeap *self,
               guint    position)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (position <= self->n_events);

  while (self->position > position)
    pml_heap_undo (self);
  while (self->position < position)
    pml_heap_redo (self);
}

/* The state after the first @n_steps_done steps */
void
pml_heap_seek_step (PmlHeap *self,
                    guint    n_steps_done)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (n_steps_done <= self->step_starts.length);

  pml_heap_seek (self, pml_heap_get_step_start (self, n_steps_done));
}

gsize
pml_heap_get_history_bytes (PmlHeap *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return pml_chunks_get_allocated_bytes (&self->events) +
         (gsize) self->aux->len * sizeof (PmlEventAux) +
         (gsize) self->raw_blocks->len * sizeof (PmlRawBlock) +
         pml_chunks_get_allocated_bytes (&self->step_starts);
}
