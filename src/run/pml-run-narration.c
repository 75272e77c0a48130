/* pml-run-narration.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include <string.h>

#include "pml-collector-state.h"
#include "pml-narration.h"
#include "pml-run.h"

/* What the cursor shows, in words: the event just done, inside its phase
 * (start-up, a line, the tear-down), and whether the highlighted line is
 * about to run or has just run, as Python Tutor's two arrows say. */

/* The last change, the allocator's or an object's; NULL at the start */
static char *
describe_last_event (PmlRun *self)
{
  gint64 last = pml_run_get_last_object_event (self);
  PmlHeap *heap = pml_run_get_heap (self);
  guint position = pml_heap_get_position (heap);

  if (last >= 0)
    {
      g_autofree char *what = pml_interp_describe_event (pml_run_get_interp (self), (guint) last);
      g_autofree char *why = pml_interp_describe_reason (pml_run_get_interp (self), (guint) last);

      g_autoptr(PmlCollectorState) collection = pml_collector_state_new (pml_run_get_interp (self), (guint) last + 1);

      /* inside a collection: what its phase does, then the event */
      if (collection != NULL)
        {
          g_autofree char *event = why != NULL ? g_strdup_printf ("%s — %s", why, what) : g_steal_pointer (&what);
          g_autofree char *prefix = g_strconcat (pml_collector_phase_get_name (collection->phase), ": ", NULL);
          const char *explain = pml_collector_phase_explain (collection->phase);

          /* the event's sentence names the phase too: once is enough */
          if (g_str_has_prefix (event, prefix) && g_str_has_prefix (explain, prefix))
            return g_strdup_printf ("%s %s", explain, event + strlen (prefix));
          return g_strdup_printf ("%s %s", explain, event);
        }
      /* why the count changed, then what it is now */
      return why != NULL ? g_strdup_printf ("%s — %s", why, what) : g_steal_pointer (&what);
    }
  if (position > 0)
    return pml_heap_describe_event (heap, position - 1);
  return NULL;
}

static char *
describe_line_start (PmlRun *self)
{
  gint line = pml_run_get_line_to_run (self);
  gint ran = pml_run_get_line_ran (self);

  if (ran == 0)
    {
      PmlInterp *interp = pml_run_get_interp (self);
      guint n_objects = pml_interp_get_n_alive (interp);
      guint n_blocks = (guint) pml_heap_get_allocated_blocks (pml_run_get_heap (self));
      /* Translators: the objects alive once the interpreter started, for "The interpreter has started: %s in %s." */
      g_autofree char *objects = g_strdup_printf (ngettext ("%u object", "%u objects", n_objects), n_objects);
      /* Translators: the blocks they take, for "The interpreter has started: %s in %s." */
      g_autofree char *blocks = g_strdup_printf (ngettext ("%u block", "%u blocks", n_blocks), n_blocks);

      /* Translators: the interpreter's start-up, in one step: its objects, its blocks, the first line */
      return g_strdup_printf (_("The interpreter has started: %s in %s. Line %d is about to run."), objects,
                              blocks, line);
    }
  /* Translators: the highlighted line is about to run; the other, dimmer one just ran */
  return g_strdup_printf (_("Line %d is about to run (line %d has just run)."), line, ran);
}

/* One sentence or two for the position of @self's cursor */
char *
pml_run_describe_position (PmlRun *self)
{
  g_autofree char *event = NULL;

  g_return_val_if_fail (PML_IS_RUN (self), NULL);

  event = describe_last_event (self);
  if (pml_run_get_interp (self) == NULL)
    return event != NULL ? g_steal_pointer (&event)
                         : g_strdup (_("The start: nothing is allocated yet. Step forward to replay the first request."));
  if (event == NULL)
    return g_strdup (_("The interpreter has not started: step forward to watch it set up its objects."));

  switch (pml_run_get_phase (self))
    {
    case PML_RUN_PHASE_STARTUP:
      /* Translators: an event of the interpreter's start-up, before the script's first line */
      return g_strdup_printf (_("The interpreter starts. %s"), event);

    case PML_RUN_PHASE_SHUTDOWN:
      if (pml_run_is_at_line_start (self))
        break;   /* a line of an atexit function */
      if (pml_run_is_at_end (self))
        /* Translators: the last event of the interpreter's tear-down */
        return g_strdup_printf (_("The interpreter has torn down. %s"), event);
      if (pml_run_get_position (self) == pml_run_get_script_end (self))
        /* Translators: the script's end, before the tear-down; "%d" is the line that ran last */
        return g_strdup_printf (_("The program ended (line %d ran last); the interpreter tears down."),
                                pml_run_get_line_ran (self));
      /* Translators: an event of the interpreter's tear-down, after the script ended */
      return g_strdup_printf (_("The interpreter tears down. %s"), event);

    case PML_RUN_PHASE_SCRIPT:
    default:
      break;
    }

  if (pml_run_is_at_line_start (self))
    return describe_line_start (self);
  /* Translators: an event inside a line, as it runs: the line, then the event's sentence */
  return g_strdup_printf (_("Line %d is running. %s"), pml_run_get_line (self), event);
}
