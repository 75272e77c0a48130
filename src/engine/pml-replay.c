/* pml-replay.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pml-heap-private.h"
#include "pml-replay.h"

struct _PmlReplay
{
  PmlTrace          *trace;      /* borrowed */
  PmlHeap           *heap;
  guint64           *slot_address;
  guint              next_request;
  gboolean           verify_arenas;
  guint              next_map;
  guint              next_unmap;
  guint              last_n_events;

  gsize              n_compared;
  gsize              n_raw;
  gsize              n_mismatches;
  gsize              n_arena_checks;
  PmlReplayMismatch  reported[PML_REPLAY_MAX_REPORTED_MISMATCHES];
  guint              n_reported;
};

PmlReplay *
pml_replay_new (PmlTrace *trace,
                PmlHeap  *heap,
                gboolean  use_recorded_bases)
{
  PmlReplay *self;

  g_return_val_if_fail (trace != NULL, NULL);
  g_return_val_if_fail (heap != NULL, NULL);

  self = g_new0 (PmlReplay, 1);
  self->trace = trace;
  self->heap = pml_heap_ref (heap);
  self->slot_address = g_new0 (guint64, MAX (trace->n_slots, 1));

  if (use_recorded_bases && trace->arena_maps->len > 0)
    {
      gsize n_bases;
      g_autofree guint64 *bases = pml_trace_dup_arena_bases (trace, &n_bases);

      pml_heap_set_recorded_arena_bases (heap, bases, n_bases);
      self->verify_arenas = TRUE;
    }

  return self;
}

void
pml_replay_free (PmlReplay *self)
{
  if (self == NULL)
    return;

  pml_heap_unref (self->heap);
  g_free (self->slot_address);
  g_free (self);
}

static void
report (PmlReplay  *self,
        guint32     line,
        const char *what,
        guint64     recorded,
        guint64     simulated)
{
  self->n_mismatches++;
  if (self->n_reported < PML_REPLAY_MAX_REPORTED_MISMATCHES)
    {
      PmlReplayMismatch *mismatch = &self->reported[self->n_reported++];

      mismatch->line = line;
      mismatch->what = what;
      mismatch->recorded = recorded;
      mismatch->simulated = simulated;
    }
}

/* A small block must land where CPython put it; a raw block cannot be
 * predicted, but CPython must not have put it inside an arena either. */
static void
compare (PmlReplay             *self,
         const PmlTraceRequest *request,
         guint64                simulated)
{
  if (pml_heap_owns (self->heap, simulated))
    {
      self->n_compared++;
      if (simulated != request->recorded)
        report (self, request->line, "block", request->recorded, simulated);
    }
  else
    {
      self->n_raw++;
      if (pml_heap_owns (self->heap, request->recorded))
        report (self, request->line, "raw block", request->recorded, simulated);
    }
}

/* Arenas must be mapped and unmapped at the requests the trace recorded
 * them for, at the same bases */
static void
check_arena_lines (PmlReplay             *self,
                   const PmlTraceRequest *request)
{
  guint n_events = pml_heap_get_n_events (self->heap);
  guint k = self->next_request;

  for (guint i = self->last_n_events; i < n_events; i++)
    {
      const PmlEvent *event = pml_heap_get_event (self->heap, i);
      GArray *lines;
      guint *next;
      const PmlTraceArenaLine *expected = NULL;
      guint64 base;

      if (event->kind == PML_EVENT_ARENA_MAP)
        {
          lines = self->trace->arena_maps;
          next = &self->next_map;
        }
      else if (event->kind == PML_EVENT_ARENA_UNMAP)
        {
          lines = self->trace->arena_unmaps;
          next = &self->next_unmap;
        }
      else
        {
          continue;
        }

      self->n_arena_checks++;
      base = pml_heap_get_event_arena_base (self->heap, i);
      if (*next < lines->len)
        expected = &g_array_index (lines, PmlTraceArenaLine, (*next)++);
      if (expected == NULL || expected->before_request != k || expected->base != base)
        report (self, request->line, event->kind == PML_EVENT_ARENA_MAP ? "arena map" : "arena unmap",
                expected != NULL ? expected->base : 0, base);
    }
  self->last_n_events = n_events;

  /* recorded for this request, but the simulation did not do it */
  while (self->next_map < self->trace->arena_maps->len &&
         g_array_index (self->trace->arena_maps, PmlTraceArenaLine, self->next_map).before_request <= k)
    report (self, request->line, "arena map",
            g_array_index (self->trace->arena_maps, PmlTraceArenaLine, self->next_map++).base, 0);
  while (self->next_unmap < self->trace->arena_unmaps->len &&
         g_array_index (self->trace->arena_unmaps, PmlTraceArenaLine, self->next_unmap).before_request <= k)
    report (self, request->line, "arena unmap",
            g_array_index (self->trace->arena_unmaps, PmlTraceArenaLine, self->next_unmap++).base, 0);
}

gboolean
pml_replay_run (PmlReplay  *self,
                guint       n_requests,
                GError    **error)
{
  const PmlTraceRequest *requests;
  guint end;

  g_return_val_if_fail (self != NULL, FALSE);

  requests = (const PmlTraceRequest *) (gpointer) self->trace->requests->data;
  end = self->trace->requests->len;
  if (n_requests < end - self->next_request)
    end = self->next_request + n_requests;

  for (; self->next_request < end; self->next_request++)
    {
      const PmlTraceRequest *request = &requests[self->next_request];
      guint64 old = request->old_slot != PML_NO_SLOT ? self->slot_address[request->old_slot] : 0;
      guint64 address = 0;
      GError *local_error = NULL;
      gboolean ok = TRUE;

      heap_begin_step (self->heap);
      switch (request->op)
        {
        case PML_REQUEST_MALLOC:
          ok = pml_heap_malloc (self->heap, request->size, &address, &local_error);
          break;

        case PML_REQUEST_CALLOC:
          ok = pml_heap_calloc (self->heap, request->size, request->elsize, &address, &local_error);
          break;

        case PML_REQUEST_REALLOC:
          ok = pml_heap_realloc (self->heap, old, request->size, &address, &local_error);
          break;

        case PML_REQUEST_FREE:
          ok = pml_heap_free_block (self->heap, old, &local_error);
          break;

        default:
          g_assert_not_reached ();
        }

      if (!ok)
        {
          g_set_error (error, PML_TRACE_ERROR, PML_TRACE_ERROR_BLOCK, "%s:%u: %s",
                       self->trace->display_name, request->line, local_error->message);
          g_error_free (local_error);
          return FALSE;
        }

      if (request->op != PML_REQUEST_FREE)
        {
          self->slot_address[request->slot] = address;
          if (self->verify_arenas)
            compare (self, request, address);
        }
      if (self->verify_arenas)
        check_arena_lines (self, request);
    }

  return TRUE;
}

guint
pml_replay_get_n_done (PmlReplay *self)
{
  return self->next_request;
}

PmlHeap *
pml_replay_get_heap (PmlReplay *self)
{
  return self->heap;
}

guint64
pml_replay_get_slot_address (PmlReplay *self,
                             guint32    slot)
{
  g_return_val_if_fail (slot < MAX (self->trace->n_slots, 1), 0);

  return self->slot_address[slot];
}

gsize
pml_replay_get_n_compared (PmlReplay *self)
{
  return self->n_compared;
}

gsize
pml_replay_get_n_raw (PmlReplay *self)
{
  return self->n_raw;
}

gsize
pml_replay_get_n_mismatches (PmlReplay *self)
{
  return self->n_mismatches;
}

gsize
pml_replay_get_n_arena_checks (PmlReplay *self)
{
  return self->n_arena_checks;
}

const PmlReplayMismatch *
pml_replay_get_mismatches (PmlReplay *self,
                           guint     *n_reported)
{
  *n_reported = self->n_reported;
  return self->reported;
}
