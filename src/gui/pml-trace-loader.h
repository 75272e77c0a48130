/* pml-trace-loader.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pml-heap.h"
#include "pml-py.h"
#include "pml-trace.h"

G_BEGIN_DECLS

/* Loads and replays a trace in a worker thread, so that a recording of
 * millions of requests never blocks the window; it can be cancelled and
 * reports its progress. A scenario script (.py) is run first, and its
 * allocation requests replayed like a trace's. */

typedef struct
{
  PmlTrace *trace;
  PmlHeap  *heap;          /* every request replayed, positioned at the start */
  char     *source;        /* a scenario's text, or NULL for a trace */
  GArray   *request_lines; /* a scenario: the script line of each request (gint32) */
  GArray   *collection_steps; /* a scenario: requests made before each collection (guint) */
  PmlInterp *interp;       /* a scenario: the finished run, to step its objects; its heap is @heap */
  GString  *output;        /* a scenario: what it printed, standard error included */
  GArray   *output_marks;  /* a scenario: PmlOutputMark, one per write */
} PmlLoadedTrace;

/* After @position object events, the first @length bytes of the output
 * had been written */
typedef struct
{
  guint position;
  guint length;
} PmlOutputMark;

void            pml_loaded_trace_free        (PmlLoadedTrace      *self);

/* A long trace's first requests, replayed while the loader goes on with
 * the whole: the function may steal the members of @preview */
typedef void (*PmlTracePreviewFunc) (gpointer        source_object,
                                     GTask          *task,
                                     PmlLoadedTrace *preview,
                                     GFile          *file);

/* @text: a script's text to run as @file, or NULL to read @file; @name:
 * what its messages call it, or NULL for @file's name */
GTask          *pml_trace_loader_start       (gpointer             source_object,
                                              GFile               *file,
                                              const char          *text,
                                              const char          *name,
                                              const char          *default_preset,
                                              GCancellable        *cancellable,
                                              PmlTracePreviewFunc  preview_func,
                                              GAsyncReadyCallback  callback,
                                              gpointer             user_data);
double          pml_trace_loader_get_progress (GTask              *task);
PmlLoadedTrace *pml_trace_loader_finish      (GAsyncResult        *result,
                                              GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PmlLoadedTrace, pml_loaded_trace_free)

G_END_DECLS
