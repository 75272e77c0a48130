/* pml-heap-history.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pml-heap-private.h"

/* Moving through the recorded events. Steps group events: a replayed
 * request, or later a line of a scenario. */

void
pml_heap_begin_step (PmlHeap *self)
{
  guint32 start;

  g_return_if_fail (self != NULL);

  if (self->position != self->n_events)
    {
      guint n_steps = self->step_starts->len;

      while (n_steps > 0 && g_array_index (self->step_starts, guint32, n_steps - 1) >= self->position)
        n_steps--;
      g_array_set_size (self->step_starts, n_steps);
      pml_heap_discard_redo (self);
    }

  start = self->position;
  g_array_append_val (self->step_starts, start);
}

guint
pml_heap_get_n_steps (PmlHeap *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->step_starts->len;
}

guint
pml_heap_get_step_start (PmlHeap *self,
                         guint    step)
{
  g_return_val_if_fail (self != NULL, 0);

  if (step >= self->step_starts->len)
    return self->n_events;

  return g_array_index (self->step_starts, guint32, step);
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

  return &self->events[index];
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

  event = &self->events[index];
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
  pml_heap_undo_event (self, &self->events[self->position]);
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
  g_return_if_fail (n_steps_done <= self->step_starts->len);

  pml_heap_seek (self, pml_heap_get_step_start (self, n_steps_done));
}

gsize
pml_heap_get_history_bytes (PmlHeap *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return (gsize) self->events_allocated * sizeof (PmlEvent) +
         (gsize) self->aux->len * sizeof (PmlEventAux) +
         (gsize) self->raw_blocks->len * sizeof (PmlRawBlock) +
         (gsize) self->step_starts->len * sizeof (guint32);
}
