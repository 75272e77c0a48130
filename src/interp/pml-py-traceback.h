/* pml-py-traceback.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pml-py-type.h"

G_BEGIN_DECLS

/* one frame an exception passed through (pml-py-error.c keeps them in a
   GArray on the exception, innermost first) */
typedef struct
{
  PmlCode *code;
  gint32   line;
  gint32   ip;        /* the failing instruction, for the carets; -1: none */
  PmlObj **locals;
  gsize    n_locals;
} TbEntry;

extern const PmlTypeSlots pml_traceback_slots;
extern const PmlTypeSlots pml_frame_slots;

PmlObj   *pml_exc_traceback     (PmlObj *exc);               /* new reference, None without one */
gboolean  pml_exc_set_traceback (PmlObj *exc, PmlObj *tb);   /* tb NULL: delete */

G_END_DECLS
