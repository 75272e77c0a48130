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

  /* checkpoints of the object states, so that a jump replays few events
     (pml-py-history.c) */
  GArray    *checkpoints;        /* Checkpoint, by position */
  GArray    *checkpoint_serials; /* guint32: the objects alive at each checkpoint */
  GArray    *checkpoint_states;  /* PmlObjState: their states, beside them */
  guint      restored_at;        /* the position of the checkpoint restored last (0: none) */
  GArray    *alive;              /* guint32: the serials of the objects alive now */
  GArray    *alive_index;        /* guint32, by serial: its index in alive + 1, or 0 */
  guint      checkpoint_spacing; /* the fewest events between two; 0: the default */
  guint      checkpoint_share;   /* their bytes at most 1/share of the events'; 0: unbounded */

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
/* for tests: checkpoints every @spacing events at least, their bytes at
 * most 1/@share of the events they cover (0: any); before the first seek */
void pml_interp_set_checkpoints (PmlInterp *interp,
                                 guint      spacing,
                                 guint      share);
void pml_graph_snapshot      (PmlInterp *interp);

G_END_DECLS
