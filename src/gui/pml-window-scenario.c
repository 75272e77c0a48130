/* pml-window-scenario.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pml-window-private.h"

/* Stepping a scenario: its object events and the allocator's are one
 * stream. Object event i came after the first tied(i) allocator events, so
 * the window is always at some (objects done i, allocator events done h)
 * with tied(i - 1) <= h <= tied(i). */

static guint
tied (PmlInterp *interp,
      guint      index)
{
  return index < pml_interp_get_n_events (interp) ? pml_interp_get_event_heap_position (interp, index)
                                                  : pml_heap_get_n_events (pml_interp_get_heap (interp));
}

/* After the allocator moved by itself (a request, the timeline): every
 * object event tied at or before it is done */
void
pml_window_scenario_sync (PmlWindow *self)
{
  guint h = pml_heap_get_position (self->heap);
  guint lo = 0, hi = pml_interp_get_n_events (self->interp);

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (tied (self->interp, mid) <= h)
        lo = mid + 1;
      else
        hi = mid;
    }
  pml_interp_seek_objects (self->interp, lo);
}

static void
move_to (PmlWindow *self,
         guint      objects,
         guint      heap_position)
{
  pml_interp_seek_objects (self->interp, objects);
  pml_heap_seek (self->heap, heap_position);
}

/* Whether the objects view draws the object of event @index as things
 * are now (an event of no object, a line or a collection's start or end,
 * always shows) */
static gboolean
shows (PmlWindow *self,
       guint      index)
{
  const PmlObjEvent *ev = pml_interp_get_event (self->interp, index);

  pml_layout_view_refresh (PML_LAYOUT_VIEW (self->objects_view));
  return ev->serial == 0 || pml_objects_view_shows (self->objects_view, ev->serial);
}

static void
step_one_event (PmlWindow *self,
                gboolean   forward);

/* One event that shows: the allocator's, or one that changes what the
 * objects view draws, before or after it (a collection of generation 2
 * examines hundreds of the interpreter's own objects, never drawn) */
void
pml_window_scenario_step_event (PmlWindow *self,
                                gboolean   forward)
{
  guint n = pml_interp_get_n_events (self->interp);
  gint64 last;

  if (forward)
    {
      for (;;)
        {
          guint before = pml_interp_get_position (self->interp);
          gboolean shown_before = before < n && shows (self, before);

          step_one_event (self, TRUE);
          if (pml_interp_get_position (self->interp) == before)
            return;   /* the allocator's */
          if (shown_before || shows (self, before) || before + 1 == n)
            return;
        }
    }

  /* back over the one that shows, then over the hidden ones before it,
     to where stepping forward from comes back here */
  step_one_event (self, FALSE);
  while ((last = pml_window_scenario_last_object_event (self)) >= 0)
    {
      if (shows (self, (guint) last))
        return;
      step_one_event (self, FALSE);
      if (shows (self, (guint) last))
        {
          /* it shows once undone: it is the one forward stops after */
          step_one_event (self, TRUE);
          return;
        }
    }
}

static void
step_one_event (PmlWindow *self,
                gboolean   forward)
{
  guint i = pml_interp_get_position (self->interp);
  guint h = pml_heap_get_position (self->heap);
  guint n = pml_interp_get_n_events (self->interp);

  if (forward)
    {
      if (h < tied (self->interp, i))
        pml_heap_redo (self->heap);
      else if (i < n)
        pml_interp_seek_objects (self->interp, i + 1);
      else
        pml_heap_redo (self->heap);
    }
  else
    {
      if (i > 0 && h == tied (self->interp, i - 1))
        pml_interp_seek_objects (self->interp, i - 1);
      else
        pml_heap_undo (self->heap);
    }
}

/* Forward: run the line shown and stop as the next one starts. Back: to
 * the start of the line shown, or of the one before when already there. */
void
pml_window_scenario_step_line (PmlWindow *self,
                               gboolean   forward)
{
  guint i = pml_interp_get_position (self->interp);
  guint h = pml_heap_get_position (self->heap);
  guint n = pml_interp_get_n_events (self->interp);

  if (forward)
    {
      for (guint j = i; j < n; j++)
        if (pml_obj_event_get_kind (pml_interp_get_event (self->interp, j)) == PML_OBJ_EVENT_LINE)
          {
            move_to (self, j + 1, tied (self->interp, j));
            return;
          }
      move_to (self, n, pml_heap_get_n_events (self->heap));
      return;
    }

  for (guint k = i; k-- > 0;)
    if (pml_obj_event_get_kind (pml_interp_get_event (self->interp, k)) == PML_OBJ_EVENT_LINE &&
        (k + 1 != i || tied (self->interp, k) != h))
      {
        move_to (self, k + 1, tied (self->interp, k));
        return;
      }
  move_to (self, 0, 0);
}

/* The scenario's first line, where a teacher starts */
void
pml_window_scenario_go_first_line (PmlWindow *self)
{
  move_to (self, 0, 0);
  pml_window_scenario_step_line (self, TRUE);
}

/* The object event just done, when it is the latest change of all; -1
 * when the allocator's was */
gint64
pml_window_scenario_last_object_event (PmlWindow *self)
{
  guint i = pml_interp_get_position (self->interp);

  if (i > 0 && pml_heap_get_position (self->heap) == tied (self->interp, i - 1))
    return i - 1;
  return -1;
}

/* The line running: the last line event done; 0 before the first */
gint
pml_window_scenario_line (PmlWindow *self)
{
  for (guint k = pml_interp_get_position (self->interp); k-- > 0;)
    {
      const PmlObjEvent *ev = pml_interp_get_event (self->interp, k);

      if (pml_obj_event_get_kind (ev) == PML_OBJ_EVENT_LINE)
        return pml_obj_event_get_value (ev);
    }
  return 0;
}

/* How much of the output had been written */
guint
pml_window_scenario_output_length (PmlWindow *self)
{
  guint position = pml_interp_get_position (self->interp);
  guint lo = 0, hi = self->output_marks->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (self->output_marks, PmlOutputMark, mid).position <= position)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo > 0 ? g_array_index (self->output_marks, PmlOutputMark, lo - 1).length : 0;
}
