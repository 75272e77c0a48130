/* pml-py-interp-private.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pml-py-vm.h"

G_BEGIN_DECLS

struct _PmlInterp
{
  PmlVM      vm;
  PmlObj    *code;
  GPtrArray *arena;
  char      *source;
  guint      shutdown_position; /* object events before finalize () */
  void     (*write) (gboolean is_stderr, const char *text, gsize len, gpointer data);
  gpointer   write_data;

  /* stepping the finished run (pml-py-history.c) */
  GArray    *states;       /* PmlObjState, by serial */
  guint      position;     /* object events applied */
  guint      lines_done;
  guint      collections;  /* started so far */
  gboolean   collecting;
  PmlObjState view;        /* what pml_interp_get_object_state returns */
  GArray    *update_undo;  /* UpdateUndo, by event: what update_refs overwrote */
  gboolean   recording_undo;

  /* the object graph as each line starts (pml-py-graph.c) */
  GArray    *graphs;       /* PmlGraphSnapshot, by position */
  GPtrArray *graph_blobs;  /* the snapshots' arrays, each once */
  gsize      graph_edges;
  gsize      graph_work;
  gboolean   graphs_full;
};

/* The interpreter running now: its VM is its first member */
#define PML_INTERP_OF_VM(vm) ((PmlInterp *) (gpointer) (vm))

void pml_interp_history_init (PmlInterp *interp);
void pml_graph_snapshot      (PmlInterp *interp);

G_END_DECLS
