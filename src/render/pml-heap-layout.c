/* pml-heap-layout.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "pml-heap-layout.h"

#define MARGIN 16.0
#define GAP 28.0          /* between cards: room for the list's arrows */
#define PADDING 8.0
#define DETAIL_CELL 18.0
#define MAX_CELL 34.0
#define BAR_WIDTH 140.0

/* Few arenas get big cells, up to four cards filling the width */
static double
fit_cell (double            width,
          const PmlPalette *palette,
          guint             n_per_section)
{
  guint n = CLAMP (n_per_section, 1, 4);
  double card = (width - 2 * MARGIN - (n - 1) * GAP) / n;
  double cell = (card - 2 * PADDING) / 8;

  return CLAMP (cell, DETAIL_CELL * palette->font_scale, MAX_CELL * palette->font_scale);
}

static double
card_header_height (const PmlPalette *palette,
                    gboolean          detailed)
{
  return pml_render_line_height (palette, PML_FONT_NORMAL) +
         (detailed ? pml_render_line_height (palette, PML_FONT_SMALL) : 0);
}

static void
place_cards (PmlHeapLayout    *self,
             const PmlPalette *palette,
             GArray           *slots,
             gboolean          usable,
             double           *y)
{
  double header = card_header_height (palette, self->detailed);
  double grid_width = self->detailed ? self->columns * self->cell : BAR_WIDTH * palette->font_scale;
  double grid_height = self->detailed ? ceil (PML_MAX_POOLS_IN_ARENA / (double) self->columns) * self->cell
                                      : 10.0 * palette->line_scale;
  double card_width = MAX (grid_width, 120.0 * palette->font_scale) + 2 * PADDING;
  double card_height = header + grid_height + 2 * PADDING;
  guint per_row = MAX (1, (guint) ((self->width - 2 * MARGIN + GAP) / (card_width + GAP)));
  double x = MARGIN;

  for (guint i = 0; i < slots->len; i++)
    {
      PmlArenaBox box;

      if (i > 0 && i % per_row == 0)
        {
          x = MARGIN;
          *y += card_height + GAP;
        }

      box.slot = g_array_index (slots, guint, i);
      box.usable = usable;
      box.list_position = usable ? i : G_MAXUINT;
      box.bounds = (PmlRect) { x, *y, card_width, card_height };
      box.grid = (PmlRect) { x + PADDING, *y + PADDING + header, grid_width, grid_height };
      g_array_append_val (self->arenas, box);
      x += card_width + GAP;
    }

  if (slots->len > 0)
    *y += card_height;
}

PmlHeapLayout *
pml_heap_layout_new (PmlHeap          *heap,
                     const PmlPalette *palette,
                     double            width)
{
  PmlHeapLayout *self = g_new0 (PmlHeapLayout, 1);
  g_autoptr(GArray) usable = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) full = g_array_new (FALSE, FALSE, sizeof (guint));
  double title = pml_render_line_height (palette, PML_FONT_NORMAL) + 4;
  double y = MARGIN;

  for (guint slot = pml_heap_get_usable_arenas (heap); slot != PML_NO_INDEX;)
    {
      PmlArenaInfo arena;

      g_array_append_val (usable, slot);
      pml_heap_get_arena (heap, slot, &arena);
      slot = arena.nextarena;
    }
  for (guint slot = 0; slot < pml_heap_get_max_arenas (heap); slot++)
    {
      PmlArenaInfo arena;

      if (pml_heap_get_arena (heap, slot, &arena) && arena.nfreepools == 0)
        g_array_append_val (full, slot);
    }

  self->width = MAX (width, 2 * MARGIN + 160);
  self->detailed = usable->len + full->len <= PML_HEAP_LAYOUT_DETAIL_LIMIT;
  self->cell = fit_cell (self->width, palette, MAX (usable->len, full->len));
  self->columns = 8;
  self->arenas = g_array_new (FALSE, FALSE, sizeof (PmlArenaBox));

  self->list_title_y = y;
  y += title;
  place_cards (self, palette, usable, TRUE, &y);

  self->full_title_y = G_MAXDOUBLE;
  if (full->len > 0)
    {
      y += GAP;
      self->full_title_y = y;
      y += title;
      place_cards (self, palette, full, FALSE, &y);
    }

  self->height = y + MARGIN;
  return self;
}

void
pml_heap_layout_free (PmlHeapLayout *self)
{
  if (self == NULL)
    return;

  g_array_unref (self->arenas);
  g_free (self);
}

/* Pools fill the grid row by row, pool 0 first */
gboolean
pml_heap_layout_pool_rect (const PmlHeapLayout *self,
                           const PmlArenaBox   *box,
                           guint                pool_index,
                           PmlRect             *out)
{
  if (!self->detailed || pool_index >= PML_MAX_POOLS_IN_ARENA)
    return FALSE;

  out->x = box->grid.x + (pool_index % self->columns) * self->cell;
  out->y = box->grid.y + (pool_index / self->columns) * self->cell;
  out->width = self->cell;
  out->height = self->cell;
  return TRUE;
}

/* The arena card under (x, y); @out_pool_index gets the pool cell there,
 * or G_MAXUINT on the card's header */
const PmlArenaBox *
pml_heap_layout_hit (const PmlHeapLayout *self,
                     double               x,
                     double               y,
                     guint               *out_pool_index)
{
  for (guint i = 0; i < self->arenas->len; i++)
    {
      const PmlArenaBox *box = &g_array_index (self->arenas, PmlArenaBox, i);

      if (!pml_rect_contains (&box->bounds, x, y))
        continue;

      if (out_pool_index != NULL)
        {
          *out_pool_index = G_MAXUINT;
          if (self->detailed && pml_rect_contains (&box->grid, x, y))
            *out_pool_index = (guint) ((y - box->grid.y) / self->cell) * self->columns +
                              (guint) ((x - box->grid.x) / self->cell);
        }
      return box;
    }

  return NULL;
}
