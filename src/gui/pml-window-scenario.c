/* pml-window-scenario.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pml-window-private.h"

/* The window's run: what is open, stepped by its cursor (pml-run.c), and
 * what the window adds to it: which object events the objects view shows,
 * and how much output had been written. */

/* Whether the objects view draws the object of event @index as things
 * are now (an event of no object, a line or a collection's start or end,
 * always shows) */
static gboolean
shows (PmlRun   *run,
       guint     index,
       gpointer  user_data)
{
  PmlWindow *self = user_data;
  const PmlObjEvent *ev = pml_interp_get_event (self->interp, index);

  switch (pml_obj_event_get_kind (ev))
    {
    case PML_OBJ_EVENT_LINE:
    case PML_OBJ_EVENT_GC_START:
    case PML_OBJ_EVENT_GC_END:
    case PML_OBJ_EVENT_TRACEMALLOC:
      return TRUE;
    default:
      break;
    }
  pml_layout_view_refresh (PML_LAYOUT_VIEW (self->objects_view));
  return ev->serial == 0 || pml_objects_view_shows (self->objects_view, ev->serial);
}

/* Takes @run (NULL: nothing open); the views borrow its interpreter and
 * heap, and let go of the old ones first */
void
pml_window_scenario_set_run (PmlWindow *self,
                             PmlRun    *run)
{
  if (self->objects_view != NULL)
    pml_objects_view_set_interp (self->objects_view, NULL);
  if (self->collector_view != NULL)
    pml_collector_view_set_interp (self->collector_view, NULL);
  if (self->run != NULL)
    g_signal_handlers_disconnect_by_data (self->run, self);
  g_clear_object (&self->run);
  self->run = run;
  self->heap = run != NULL ? pml_run_get_heap (run) : NULL;
  self->interp = run != NULL ? pml_run_get_interp (run) : NULL;
  if (self->interp != NULL)
    pml_run_set_event_filter (run, shows, self);
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
