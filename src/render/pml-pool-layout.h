/* pml-pool-layout.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pml-heap.h"
#include "pml-palette.h"
#include "pml-render-text.h"

G_BEGIN_DECLS

typedef enum
{
  PML_BLOCK_ALLOCATED,
  PML_BLOCK_FREE,     /* on the freeblock chain */
  PML_BLOCK_VIRGIN,   /* at or past nextoffset: never handed out */
} PmlBlockState;

/* The pool view: one pool's header fields, its blocks in address order,
 * and its freeblock chain in list order. */
typedef struct
{
  double       width;
  double       height;
  guint        slot;
  guint        index;
  gboolean     valid;       /* the arena is mapped and has that pool */
  gboolean     no_arenas;   /* nothing is mapped yet (a trace's start) */
  PmlPoolInfo  pool;
  guint        block_size;
  guint        n_blocks;
  guint        columns;
  double       cell;
  double       fields_y;
  PmlRect      header;      /* the 48-byte pool header */
  PmlRect      grid;
  GArray      *states;      /* PmlBlockState, by block index */
  GArray      *chain;       /* guint block indexes, in chain order */
  guint32      classes_in_use; /* for the colour of the blocks (pml_palette_pool_color) */
} PmlPoolLayout;

PmlPoolLayout *pml_pool_layout_new        (PmlHeap             *heap,
                                           const PmlPalette    *palette,
                                           guint                slot,
                                           guint                index,
                                           double               width);
void           pml_pool_layout_free       (PmlPoolLayout       *self);
void           pml_pool_layout_block_rect (const PmlPoolLayout *self,
                                           guint                block,
                                           PmlRect             *out);
int            pml_pool_layout_hit        (const PmlPoolLayout *self,
                                           double               x,
                                           double               y);
gboolean       pml_pool_layout_same_pool  (const PmlPoolLayout *from,
                                           const PmlPoolLayout *to);
void           pml_render_pool            (cairo_t             *cr,
                                           const PmlPoolLayout *layout,
                                           const PmlPalette    *palette);
void           pml_render_pool_fade       (cairo_t             *cr,
                                           const PmlPoolLayout *from,
                                           const PmlPoolLayout *to,
                                           double               t,
                                           const PmlPalette    *palette);

void           pml_render_block           (cairo_t             *cr,
                                           const PmlPalette    *palette,
                                           PmlBlockState        state,
                                           const PmlColor      *class_color,
                                           const PmlRect       *cell);
void           pml_render_nextoffset_mark (cairo_t             *cr,
                                           const PmlPalette    *palette,
                                           const PmlRect       *cell);

/* The usedpools table: one row per size class, each its list of pools */
double         pml_usedpools_height       (const PmlPalette    *palette);
void           pml_render_usedpools       (cairo_t             *cr,
                                           PmlHeap             *heap,
                                           const PmlPalette    *palette,
                                           double               width);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PmlPoolLayout, pml_pool_layout_free)

G_END_DECLS
