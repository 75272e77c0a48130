/* pml-pool-layout.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "pml-heap-layout.h"
#include "pml-pool-layout.h"

#define MARGIN 16.0
#define MIN_CELL 16.0
#define MAX_CELL 40.0

PmlPoolLayout *
pml_pool_layout_new (PmlHeap          *heap,
                     const PmlPalette *palette,
                     guint             slot,
                     guint             index,
                     double            width)
{
  PmlPoolLayout *self = g_new0 (PmlPoolLayout, 1);
  const PmlPreset *preset = pml_heap_get_preset (heap);
  double text_line = pml_render_line_height (palette, PML_FONT_NORMAL);
  double available;
  guint64 block;

  self->width = MAX (width, 2 * MARGIN + 8 * MIN_CELL);
  self->slot = slot;
  self->index = index;
  self->states = g_array_new (FALSE, FALSE, sizeof (PmlBlockState));
  self->chain = g_array_new (FALSE, FALSE, sizeof (guint));

  self->classes_in_use = pml_heap_classes_in_use (heap);
  self->valid = pml_heap_get_pool (heap, slot, index, &self->pool);
  if (!self->valid)
    {
      PmlHeapCounters counters;

      pml_heap_get_counters (heap, &counters);
      self->no_arenas = counters.narenas_currently_allocated == 0;
    }
  if (!self->valid || self->pool.szidx == PML_DUMMY_SIZE_IDX)
    {
      self->height = 2 * MARGIN + 3 * text_line;
      self->fields_y = MARGIN;
      return self;
    }

  self->block_size = PML_INDEX2SIZE (self->pool.szidx);
  self->n_blocks = pml_preset_blocks_in_pool (preset, self->pool.szidx);

  for (guint i = 0; i < self->n_blocks; i++)
    {
      guint64 offset = PML_POOL_OVERHEAD + (guint64) i * self->block_size;
      PmlBlockState state;

      if (self->pool.state == PML_POOL_STATE_EMPTY || offset >= self->pool.nextoffset)
        state = offset >= self->pool.nextoffset ? PML_BLOCK_VIRGIN : PML_BLOCK_FREE;
      else if (pml_heap_block_is_allocated (heap, self->pool.address + offset))
        state = PML_BLOCK_ALLOCATED;
      else
        state = PML_BLOCK_FREE;
      g_array_append_val (self->states, state);
    }

  for (block = self->pool.freeblock; block != 0; block = pml_heap_get_next_free_block (heap, block))
    {
      guint i = (guint) ((block - self->pool.address - PML_POOL_OVERHEAD) / self->block_size);

      g_array_append_val (self->chain, i);
    }

  /* about twice as wide as tall, so that a pool of a few dozen large
   * blocks gets big cells and a readable chain */
  available = self->width - 2 * MARGIN;
  self->columns = (guint) ceil (sqrt (self->n_blocks * 2.0));
  self->columns = CLAMP (self->columns, 8, 32);
  self->columns = MIN (self->columns, (guint) (available / (MIN_CELL * palette->font_scale)));
  self->columns = MAX (1, MIN (self->columns, self->n_blocks));
  self->cell = MIN (MAX_CELL * palette->font_scale, available / self->columns);

  self->fields_y = MARGIN;
  self->header = (PmlRect) { MARGIN, MARGIN + 3 * text_line + 8, self->columns * self->cell, text_line + 4 };
  self->grid = (PmlRect) { MARGIN, self->header.y + self->header.height + 4, self->columns * self->cell,
                           ceil (self->n_blocks / (double) self->columns) * self->cell };
  self->height = self->grid.y + self->grid.height + MARGIN;

  return self;
}

void
pml_pool_layout_free (PmlPoolLayout *self)
{
  if (self == NULL)
    return;

  g_array_unref (self->states);
  g_array_unref (self->chain);
  g_free (self);
}

void
pml_pool_layout_block_rect (const PmlPoolLayout *self,
                            guint                block,
                            PmlRect             *out)
{
  out->x = self->grid.x + (block % self->columns) * self->cell;
  out->y = self->grid.y + (block / self->columns) * self->cell;
  out->width = self->cell;
  out->height = self->cell;
}

int
pml_pool_layout_hit (const PmlPoolLayout *self,
                     double               x,
                     double               y)
{
  guint block;

  if (self->n_blocks == 0 || !pml_rect_contains (&self->grid, x, y))
    return -1;

  block = (guint) ((y - self->grid.y) / self->cell) * self->columns + (guint) ((x - self->grid.x) / self->cell);
  return block < self->n_blocks ? (int) block : -1;
}

/* Two layouts of one pool, in one size class, laid out alike: a change
 * between them can be shown block by block */
gboolean
pml_pool_layout_same_pool (const PmlPoolLayout *from,
                           const PmlPoolLayout *to)
{
  return from->valid && to->valid && from->slot == to->slot && from->index == to->index &&
         from->pool.address == to->pool.address && from->pool.szidx == to->pool.szidx &&
         from->n_blocks == to->n_blocks && from->width == to->width && from->cell == to->cell;
}
