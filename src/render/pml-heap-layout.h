/* pml-heap-layout.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pml-heap.h"
#include "pml-palette.h"
#include "pml-render-text.h"

G_BEGIN_DECLS

/* Where the heap view puts things: the arenas of usable_arenas in list
 * order, then the full arenas (in no list), each a card with a grid of its
 * pools. Drawing, hit-testing and tooltips all use this one geometry. */

typedef struct
{
  guint    slot;
  gboolean usable;          /* in usable_arenas */
  guint    list_position;   /* in usable_arenas, or G_MAXUINT */
  PmlRect  bounds;          /* the card */
  PmlRect  grid;            /* the pool cells (detailed), or the fill bar */
} PmlArenaBox;

typedef struct
{
  double   width;
  double   height;
  gboolean detailed;        /* a cell per pool; else one bar per arena */
  double   cell;            /* side of a pool cell */
  guint    columns;         /* pool cells per row of a card */
  double   list_title_y;
  double   full_title_y;    /* G_MAXDOUBLE when no arena is full */
  GArray  *arenas;          /* PmlArenaBox: usable ones first, in list order */
} PmlHeapLayout;

/* More arenas than this are drawn as bars, not cells */
#define PML_HEAP_LAYOUT_DETAIL_LIMIT 128

PmlHeapLayout *pml_heap_layout_new        (PmlHeap             *heap,
                                           const PmlPalette    *palette,
                                           double               width);
void           pml_heap_layout_free       (PmlHeapLayout       *self);
gboolean       pml_heap_layout_pool_rect  (const PmlHeapLayout *self,
                                           const PmlArenaBox   *box,
                                           guint                pool_index,
                                           PmlRect             *out);
const PmlArenaBox *pml_heap_layout_hit    (const PmlHeapLayout *self,
                                           double               x,
                                           double               y,
                                           guint               *out_pool_index);

void           pml_render_heap            (cairo_t             *cr,
                                           PmlHeap             *heap,
                                           const PmlHeapLayout *layout,
                                           const PmlPalette    *palette);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PmlHeapLayout, pml_heap_layout_free)

G_END_DECLS
