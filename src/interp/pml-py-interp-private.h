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
};

void pml_interp_history_init (PmlInterp *interp);

G_END_DECLS
