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

/* What the card shows of an arena and its pools, as of now */
static void
capture_arena (PmlHeapLayout *self,
               PmlHeap       *heap,
               PmlArenaBox   *box)
{
  const PmlPreset *preset = pml_heap_get_preset (heap);
  PmlArenaInfo arena;

  pml_heap_get_arena (heap, box->slot, &arena);
  box->address = arena.address;
  box->nfreepools = arena.nfreepools;
  box->ntotalpools = arena.ntotalpools;
  box->first_pool = self->pools->len;
  if (!self->detailed)
    return;

  for (guint i = 0; i < arena.ntotalpools; i++)
    {
      PmlPoolInfo pool;
      PmlPoolCell cell = { 0, };

      pml_heap_get_pool (heap, box->slot, i, &pool);
      cell.state = pool.state;
      cell.szidx = pool.szidx;
      if (pool.state == PML_POOL_STATE_USED || pool.state == PML_POOL_STATE_FULL)
        cell.fill = (double) pool.count / pml_preset_blocks_in_pool (preset, pool.szidx);
      g_array_append_val (self->pools, cell);
    }
}

static void
place_cards (PmlHeapLayout    *self,
             PmlHeap          *heap,
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
      capture_arena (self, heap, &box);
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
  self->pools = g_array_new (FALSE, FALSE, sizeof (PmlPoolCell));

  self->list_title_y = y;
  y += title;
  place_cards (self, heap, palette, usable, TRUE, &y);

  self->full_title_y = G_MAXDOUBLE;
  if (full->len > 0)
    {
      y += GAP;
      self->full_title_y = y;
      y += title;
      place_cards (self, heap, palette, full, FALSE, &y);
    }

  self->height = y + MARGIN;
  self->classes_in_use = pml_heap_classes_in_use (heap);
  return self;
}

/* The size classes some used or full pool serves now: they get the
 * colours that are furthest apart */
guint32
pml_heap_classes_in_use (PmlHeap *heap)
{
  guint32 classes = 0;

  for (guint slot = 0; slot < pml_heap_get_max_arenas (heap); slot++)
    {
      PmlArenaInfo arena;

      if (!pml_heap_get_arena (heap, slot, &arena) || arena.nfreepools == arena.ntotalpools)
        continue;
      for (guint index = 0; index < arena.ntotalpools; index++)
        {
          PmlPoolInfo pool;

          if (pml_heap_get_pool (heap, slot, index, &pool) &&
              (pool.state == PML_POOL_STATE_USED || pool.state == PML_POOL_STATE_FULL) && pool.szidx < 32)
            classes |= 1u << pool.szidx;
        }
    }
  return classes;
}

void
pml_heap_layout_free (PmlHeapLayout *self)
{
  if (self == NULL)
    return;

  g_array_unref (self->arenas);
  g_array_unref (self->pools);
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

/* A slot is reused once its arena is released, so the address tells a new
 * arena from the one before it */
const PmlArenaBox *
pml_heap_layout_find (const PmlHeapLayout *self,
                      guint                slot,
                      guint64              address)
{
  for (guint i = 0; i < self->arenas->len; i++)
    {
      const PmlArenaBox *box = &g_array_index (self->arenas, PmlArenaBox, i);

      if (box->slot == slot && box->address == address)
        return box;
    }

  return NULL;
}

/* NULL for the bars of a large heap and for a misaligned arena's lost pool */
const PmlPoolCell *
pml_heap_layout_get_pool (const PmlHeapLayout *self,
                          const PmlArenaBox   *box,
                          guint                pool_index)
{
  if (!self->detailed || pool_index >= box->ntotalpools)
    return NULL;

  return &g_array_index (self->pools, PmlPoolCell, box->first_pool + pool_index);
}

PmlHeapTween *
pml_heap_tween_new (const PmlHeapLayout *from,
                    const PmlHeapLayout *to)
{
  PmlHeapTween *self;
  g_autoptr(GHashTable) by_slot = NULL;
  g_autoptr(GArray) kept = NULL;

  g_return_val_if_fail (from != NULL && to != NULL, NULL);
  g_return_val_if_fail (from->detailed == to->detailed, NULL);

  self = g_new0 (PmlHeapTween, 1);
  by_slot = g_hash_table_new (NULL, NULL);
  kept = g_array_sized_new (FALSE, TRUE, sizeof (gboolean), from->arenas->len);
  self->from = from;
  self->to = to;
  self->sources = g_array_sized_new (FALSE, FALSE, sizeof (guint), to->arenas->len);
  self->leaving = g_array_new (FALSE, FALSE, sizeof (guint));
  g_array_set_size (kept, from->arenas->len);

  /* a layout holds each slot once; i + 1, as NULL means none */
  for (guint i = 0; i < from->arenas->len; i++)
    g_hash_table_insert (by_slot,
                         GUINT_TO_POINTER (g_array_index (from->arenas, PmlArenaBox, i).slot),
                         GUINT_TO_POINTER (i + 1));

  for (guint i = 0; i < to->arenas->len; i++)
    {
      const PmlArenaBox *box = &g_array_index (to->arenas, PmlArenaBox, i);
      guint found = GPOINTER_TO_UINT (g_hash_table_lookup (by_slot, GUINT_TO_POINTER (box->slot)));
      guint source = G_MAXUINT;

      if (found > 0 && g_array_index (from->arenas, PmlArenaBox, found - 1).address == box->address)
        {
          source = found - 1;
          g_array_index (kept, gboolean, source) = TRUE;
        }
      g_array_append_val (self->sources, source);
    }

  for (guint i = 0; i < from->arenas->len; i++)
    if (!g_array_index (kept, gboolean, i))
      g_array_append_val (self->leaving, i);

  return self;
}

void
pml_heap_tween_free (PmlHeapTween *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->sources, g_array_unref);
  g_clear_pointer (&self->leaving, g_array_unref);
  g_free (self);
}

/* Exactly @b at the end, so that the last frame is the new step's picture */
static double
lerp (double a,
      double b,
      double t)
{
  return t >= 1 ? b : a + (b - a) * t;
}

static PmlRect
scale_about_center (const PmlRect *rect,
                    double         scale)
{
  return (PmlRect) { rect->x + rect->width * (1 - scale) / 2,
                     rect->y + rect->height * (1 - scale) / 2,
                     rect->width * scale,
                     rect->height * scale };
}

/* Where a card is at @t, from 0 (the old step) to 1 (the new); @from or
 * @to is NULL for an arena mapped or released by the step */
void
pml_arena_box_tween (const PmlArenaBox *from,
                     const PmlArenaBox *to,
                     double             t,
                     PmlRect           *out_bounds,
                     double            *out_alpha)
{
  const double grow = 0.2;

  g_return_if_fail (from != NULL || to != NULL);

  t = CLAMP (t, 0, 1);
  if (from != NULL && to != NULL)
    {
      *out_bounds = (PmlRect) { lerp (from->bounds.x, to->bounds.x, t),
                                lerp (from->bounds.y, to->bounds.y, t),
                                lerp (from->bounds.width, to->bounds.width, t),
                                lerp (from->bounds.height, to->bounds.height, t) };
      *out_alpha = 1;
    }
  else if (to != NULL)
    {
      *out_bounds = scale_about_center (&to->bounds, 1 - grow * (1 - t));
      *out_alpha = t;
    }
  else
    {
      *out_bounds = scale_about_center (&from->bounds, 1 - grow * t);
      *out_alpha = 1 - t;
    }
}

static gboolean
holds_blocks (PmlPoolState state)
{
  return state == PML_POOL_STATE_USED || state == PML_POOL_STATE_FULL;
}

/* A pool's fill slides from old to new. Part way, a pool that changes
 * state shows as used, in the colour of the blocks it holds or held, so
 * that carving one fills it up and emptying one drains it. */
void
pml_pool_cell_tween (const PmlPoolCell *from,
                     const PmlPoolCell *to,
                     double             t,
                     PmlPoolCell       *out)
{
  static const PmlPoolCell virgin = { PML_POOL_STATE_VIRGIN, 0, 0 };

  if (from == NULL)
    from = &virgin;

  t = CLAMP (t, 0, 1);
  *out = *to;
  out->fill = lerp (from->fill, to->fill, t);
  if (t >= 1 || from->state == to->state)
    return;

  if (holds_blocks (to->state))
    out->state = PML_POOL_STATE_USED;
  else if (holds_blocks (from->state))
    *out = (PmlPoolCell) { PML_POOL_STATE_USED, from->szidx, out->fill };
}

/* Where arena @slot at @address is at @t; FALSE
 * when neither step has it */
gboolean
pml_heap_tween_card (const PmlHeapTween *self,
                     guint               slot,
                     guint64             address,
                     double              t,
                     PmlRect            *out_bounds,
                     double             *out_alpha)
{
  const PmlArenaBox *from = pml_heap_layout_find (self->from, slot, address);
  const PmlArenaBox *to = pml_heap_layout_find (self->to, slot, address);

  if (from == NULL && to == NULL)
    return FALSE;

  pml_arena_box_tween (from, to, t, out_bounds, out_alpha);
  return TRUE;
}

/* A pool of an arena the new step has, at @t */
gboolean
pml_heap_tween_pool (const PmlHeapTween *self,
                     guint               slot,
                     guint64             address,
                     guint               pool_index,
                     double              t,
                     PmlPoolCell        *out)
{
  const PmlArenaBox *from = pml_heap_layout_find (self->from, slot, address);
  const PmlArenaBox *to = pml_heap_layout_find (self->to, slot, address);
  const PmlPoolCell *cell = to != NULL ? pml_heap_layout_get_pool (self->to, to, pool_index) : NULL;
  const PmlPoolCell *old = NULL;

  if (cell == NULL)
    return FALSE;

  if (from != NULL)
    old = pml_heap_layout_get_pool (self->from, from, pool_index);
  pml_pool_cell_tween (old, cell, t, out);
  return TRUE;
}
