/* pml-view-links.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pml-heap.h"
#include "pml-py.h"

G_BEGIN_DECLS

/* Where an object lives in the heap, and which object lives in a block:
 * what links the objects view to the heap and pool views */
typedef struct
{
  guint slot;    /* the arena's slot */
  guint index;   /* the pool in the arena */
  guint block;   /* the block in the pool */
} PmlBlockPlace;

gboolean pml_view_links_find_block  (PmlInterp     *interp,
                                     PmlHeap       *heap,
                                     guint32        serial,
                                     PmlBlockPlace *out);
guint32  pml_view_links_find_object (PmlInterp     *interp,
                                     PmlHeap       *heap,
                                     guint          slot,
                                     guint          index,
                                     guint          block);

G_END_DECLS
