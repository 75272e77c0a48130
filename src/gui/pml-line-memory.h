/* pml-line-memory.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "pml-trace.h"

G_BEGIN_DECLS

/* What each line of a script asked of the allocator up to a position of
 * its run: the bytes of its allocation requests and of the blocks it gave
 * back, as memory_profiler's line report, but exact (the requests the
 * simulated interpreter made, not the process's resident size). */

#define PML_TYPE_LINE_MEMORY (pml_line_memory_get_type ())

typedef struct _PmlLineMemory PmlLineMemory;

typedef struct
{
  guint64 allocated;      /* bytes asked for: malloc, calloc, the new size of a realloc */
  guint64 freed;          /* bytes given back: free, the old block of a realloc */
  guint   n_allocations;  /* requests that asked for memory */
  guint   n_frees;        /* requests that gave memory back */
} PmlLineBytes;

GType          pml_line_memory_get_type          (void) G_GNUC_CONST;
/* @request_lines: the script line of each request of @trace (gint32);
 * only the first @n_script_requests count: the rest is the interpreter
 * tearing down after the last line, which no line asked for */
PmlLineMemory *pml_line_memory_new               (const PmlTrace *trace,
                                                  const GArray   *request_lines,
                                                  guint           n_script_requests);
PmlLineMemory *pml_line_memory_ref               (PmlLineMemory  *self);
void           pml_line_memory_unref             (PmlLineMemory  *self);

guint          pml_line_memory_get_n_lines       (PmlLineMemory  *self);
guint          pml_line_memory_get_position      (PmlLineMemory  *self);
/* The counts once @n_requests requests are done */
void           pml_line_memory_seek              (PmlLineMemory  *self,
                                                  guint           n_requests);
/* Line @line (1-based) so far; all zero past the script's lines */
PmlLineBytes   pml_line_memory_get_line          (PmlLineMemory  *self,
                                                  gint            line);
/* Line @line over the whole run: what sizes a gutter for every step */
PmlLineBytes   pml_line_memory_get_line_total    (PmlLineMemory  *self,
                                                  gint            line);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PmlLineMemory, pml_line_memory_unref)

G_END_DECLS
