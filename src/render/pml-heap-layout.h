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
 * pools. Drawing, hit-testing and tooltips all use this one geometry.
 * The layout also keeps what it draws of each arena and pool, so that it
 * can still be drawn, as the step before, after the heap has moved on. */

typedef struct
{
  guint    slot;
  guint64  address;         /* with the slot, names an arena across steps */
  gboolean usable;          /* in usable_arenas */
  guint    list_position;   /* in usable_arenas, or G_MAXUINT */
  guint    nfreepools;
  guint    ntotalpools;
  guint    first_pool;      /* its first cell in the layout's pools */
  PmlRect  bounds;          /* the card */
  PmlRect  grid;            /* the pool cells (detailed), or the fill bar */
} PmlArenaBox;

typedef struct
{
  PmlPoolState state;
  guint        szidx;
  double       fill;        /* share of its blocks handed out, 0 to 1 */
} PmlPoolCell;

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
  GArray  *pools;           /* PmlPoolCell: ntotalpools per card, when detailed */
  guint32  classes_in_use;  /* bit szidx: some pool serves that class (pml_palette_pool_color) */
} PmlHeapLayout;

/* The way from one step's layout to the next's, for the view to animate:
 * cards of both slide from the old place to the new, new ones grow in,
 * released ones fade out, and pools fill or drain. Both layouts must
 * have the same width and detail, and outlive it. */
typedef struct
{
  const PmlHeapLayout *from;
  const PmlHeapLayout *to;
  GArray              *sources;  /* guint per card of @to: its card in @from, or G_MAXUINT */
  GArray              *leaving;  /* guint: the cards of @from that @to lacks */
} PmlHeapTween;

/* More arenas than this are drawn as bars, not cells */
#define PML_HEAP_LAYOUT_DETAIL_LIMIT 128

PmlHeapLayout *pml_heap_layout_new        (PmlHeap             *heap,
                                           const PmlPalette    *palette,
                                           double               width);
void           pml_heap_layout_free       (PmlHeapLayout       *self);
guint32        pml_heap_classes_in_use    (PmlHeap             *heap);
gboolean       pml_heap_layout_pool_rect  (const PmlHeapLayout *self,
                                           const PmlArenaBox   *box,
                                           guint                pool_index,
                                           PmlRect             *out);
const PmlArenaBox *pml_heap_layout_hit    (const PmlHeapLayout *self,
                                           double               x,
                                           double               y,
                                           guint               *out_pool_index);
const PmlArenaBox *pml_heap_layout_find   (const PmlHeapLayout *self,
                                           guint                slot,
                                           guint64              address);
const PmlPoolCell *pml_heap_layout_get_pool (const PmlHeapLayout *self,
                                             const PmlArenaBox   *box,
                                             guint                pool_index);

PmlHeapTween  *pml_heap_tween_new         (const PmlHeapLayout *from,
                                           const PmlHeapLayout *to);
void           pml_heap_tween_free        (PmlHeapTween        *self);
gboolean       pml_heap_tween_card        (const PmlHeapTween  *self,
                                           guint                slot,
                                           guint64              address,
                                           double               t,
                                           PmlRect             *out_bounds,
                                           double              *out_alpha);
gboolean       pml_heap_tween_pool        (const PmlHeapTween  *self,
                                           guint                slot,
                                           guint64              address,
                                           guint                pool_index,
                                           double               t,
                                           PmlPoolCell         *out);
void           pml_arena_box_tween        (const PmlArenaBox   *from,
                                           const PmlArenaBox   *to,
                                           double               t,
                                           PmlRect             *out_bounds,
                                           double              *out_alpha);
void           pml_pool_cell_tween        (const PmlPoolCell   *from,
                                           const PmlPoolCell   *to,
                                           double               t,
                                           PmlPoolCell         *out);

void           pml_render_pool_cell       (cairo_t             *cr,
                                           const PmlPalette    *palette,
                                           const PmlPoolCell   *pool,
                                           const PmlColor      *class_color,
                                           const PmlRect       *cell);
void           pml_render_hatch           (cairo_t             *cr,
                                           const PmlRect       *rect,
                                           const PmlPalette    *palette);
void           pml_render_heap            (cairo_t             *cr,
                                           PmlHeap             *heap,
                                           const PmlHeapLayout *layout,
                                           const PmlPalette    *palette);
void           pml_render_heap_tween      (cairo_t             *cr,
                                           const PmlHeapTween  *tween,
                                           double               t,
                                           const PmlPalette    *palette);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PmlHeapLayout, pml_heap_layout_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PmlHeapTween, pml_heap_tween_free)

G_END_DECLS
