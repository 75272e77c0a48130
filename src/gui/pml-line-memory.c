/* pml-line-memory.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pml-line-memory.h"

/* Each request's bytes are worked out once, when the run is loaded: a
 * free names no size, so the size of each live block is followed through
 * the trace's slots. Seeking then adds or takes away the requests between
 * the old position and the new one, so stepping costs what it steps. */

typedef struct
{
  gint32  line;           /* 0: no script line (the interpreter's start-up) */
  guint64 allocated;
  guint64 freed;
} RequestBytes;

struct _PmlLineMemory
{
  RequestBytes *requests;
  guint         n_requests;
  guint         position;
  guint         n_lines;
  PmlLineBytes *lines;    /* index: line - 1, up to the position */
  PmlLineBytes *totals;   /* index: line - 1, the whole run */
};

G_DEFINE_BOXED_TYPE (PmlLineMemory, pml_line_memory, pml_line_memory_ref, pml_line_memory_unref)

/* Counts @request in its line, or takes it out again (stepping back) */
static void
count_request (PmlLineBytes       *lines,
               const RequestBytes *request,
               gboolean            undo)
{
  PmlLineBytes *bytes;

  if (request->line <= 0)
    return;
  bytes = &lines[request->line - 1];
  if (!undo)
    {
      bytes->allocated += request->allocated;
      bytes->freed += request->freed;
      bytes->n_allocations += request->allocated > 0;
      bytes->n_frees += request->freed > 0;
    }
  else
    {
      bytes->allocated -= request->allocated;
      bytes->freed -= request->freed;
      bytes->n_allocations -= request->allocated > 0;
      bytes->n_frees -= request->freed > 0;
    }
}

PmlLineMemory *
pml_line_memory_new (const PmlTrace *trace,
                     const GArray   *request_lines,
                     guint           n_script_requests)
{
  PmlLineMemory *self;
  g_autofree guint64 *slot_sizes = NULL;

  g_return_val_if_fail (trace != NULL, NULL);
  g_return_val_if_fail (request_lines != NULL, NULL);

  self = g_rc_box_new0 (PmlLineMemory);
  self->n_requests = MIN (trace->requests->len, request_lines->len);
  self->requests = g_new0 (RequestBytes, self->n_requests);
  slot_sizes = g_new0 (guint64, trace->n_slots + 1);
  for (guint i = 0; i < self->n_requests; i++)
    {
      const PmlTraceRequest *request = &g_array_index (trace->requests, PmlTraceRequest, i);
      RequestBytes *bytes = &self->requests[i];
      guint64 size = request->op == PML_REQUEST_CALLOC ? request->size * request->elsize : request->size;

      bytes->line = i < n_script_requests ? g_array_index (request_lines, gint32, i) : 0;
      if (request->op != PML_REQUEST_MALLOC && request->op != PML_REQUEST_CALLOC &&
          request->old_slot != PML_NO_SLOT && request->old_slot < trace->n_slots)
        bytes->freed = slot_sizes[request->old_slot];
      if (request->op != PML_REQUEST_FREE && request->slot < trace->n_slots)
        {
          bytes->allocated = size;
          slot_sizes[request->slot] = size;
        }
      self->n_lines = MAX (self->n_lines, (guint) MAX (bytes->line, 0));
    }
  self->lines = g_new0 (PmlLineBytes, self->n_lines + 1);
  self->totals = g_new0 (PmlLineBytes, self->n_lines + 1);
  for (guint i = 0; i < self->n_requests; i++)
    count_request (self->totals, &self->requests[i], FALSE);
  return self;
}

static void
line_memory_free (gpointer data)
{
  PmlLineMemory *self = data;

  g_free (self->requests);
  g_free (self->lines);
  g_free (self->totals);
}

PmlLineMemory *
pml_line_memory_ref (PmlLineMemory *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_rc_box_acquire (self);
}

void
pml_line_memory_unref (PmlLineMemory *self)
{
  g_return_if_fail (self != NULL);

  g_rc_box_release_full (self, line_memory_free);
}

/* The last line that asked for anything */
guint
pml_line_memory_get_n_lines (PmlLineMemory *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_lines;
}

guint
pml_line_memory_get_position (PmlLineMemory *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->position;
}

void
pml_line_memory_seek (PmlLineMemory *self,
                      guint          n_requests)
{
  g_return_if_fail (self != NULL);

  n_requests = MIN (n_requests, self->n_requests);
  for (; self->position < n_requests; self->position++)
    count_request (self->lines, &self->requests[self->position], FALSE);
  for (; self->position > n_requests; self->position--)
    count_request (self->lines, &self->requests[self->position - 1], TRUE);
}

static PmlLineBytes
get (const PmlLineMemory *self,
     const PmlLineBytes  *lines,
     gint                 line)
{
  PmlLineBytes none = { 0, };

  if (line <= 0 || (guint) line > self->n_lines)
    return none;
  return lines[line - 1];
}

PmlLineBytes
pml_line_memory_get_line (PmlLineMemory *self,
                          gint           line)
{
  PmlLineBytes none = { 0, };

  g_return_val_if_fail (self != NULL, none);

  return get (self, self->lines, line);
}

PmlLineBytes
pml_line_memory_get_line_total (PmlLineMemory *self,
                                gint           line)
{
  PmlLineBytes none = { 0, };

  g_return_val_if_fail (self != NULL, none);

  return get (self, self->totals, line);
}
