/* pml-render-heap.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "pml-heap-layout.h"

/* The heap view: usable_arenas drawn as the linked list it is, each arena a
 * card with its pools coloured by size class and state. */

static void
draw_hatch (cairo_t          *cr,
            const PmlRect    *rect,
            const PmlPalette *palette)
{
  cairo_save (cr);
  cairo_rectangle (cr, rect->x, rect->y, rect->width, rect->height);
  cairo_clip (cr);
  pml_render_set_color (cr, &palette->dim_text);
  cairo_set_line_width (cr, 0.8 * palette->line_scale);
  for (double d = -rect->height; d < rect->width; d += 5)
    {
      cairo_move_to (cr, rect->x + d, rect->y + rect->height);
      cairo_line_to (cr, rect->x + d + rect->height, rect->y);
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
draw_pool_cell (cairo_t           *cr,
                const PmlPalette  *palette,
                const PmlPoolInfo *pool,
                const PmlRect     *cell,
                const PmlPreset   *preset)
{
  PmlRect inner = { cell->x + 1, cell->y + 1, cell->width - 2, cell->height - 2 };
  PmlColor class_color;

  switch (pool->state)
    {
    case PML_POOL_STATE_VIRGIN:
      pml_render_set_color (cr, &palette->virgin);
      cairo_rectangle (cr, inner.x, inner.y, inner.width, inner.height);
      cairo_fill (cr);
      return;

    case PML_POOL_STATE_EMPTY:
      pml_render_set_color (cr, &palette->empty);
      cairo_rectangle (cr, inner.x, inner.y, inner.width, inner.height);
      cairo_fill_preserve (cr);
      pml_render_set_color (cr, &palette->dim_text);
      cairo_set_line_width (cr, 1.0 * palette->line_scale);
      cairo_set_dash (cr, (double[]) { 2, 2 }, 2, 0);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      return;

    case PML_POOL_STATE_USED:
    case PML_POOL_STATE_FULL:
    default:
      break;
    }

  /* used: filled from the bottom as far as its blocks are handed out */
  pml_palette_class_color (palette, pool->szidx, &class_color);
  pml_render_set_color (cr, &palette->free_block);
  cairo_rectangle (cr, inner.x, inner.y, inner.width, inner.height);
  cairo_fill (cr);

  {
    double fraction = (double) pool->count / pml_preset_blocks_in_pool (preset, pool->szidx);
    double filled = pool->state == PML_POOL_STATE_FULL ? inner.height : MAX (1.0, inner.height * fraction);

    pml_render_set_color (cr, &class_color);
    cairo_rectangle (cr, inner.x, inner.y + inner.height - filled, inner.width, filled);
    cairo_fill (cr);
  }

  pml_render_set_color (cr, &class_color);
  cairo_set_line_width (cr, (pool->state == PML_POOL_STATE_FULL ? 1.0 : 1.5) * palette->line_scale);
  cairo_rectangle (cr, inner.x + 0.5, inner.y + 0.5, inner.width - 1, inner.height - 1);
  cairo_stroke (cr);
}

static void
draw_pool_bar (cairo_t            *cr,
               PmlHeap            *heap,
               const PmlPalette   *palette,
               const PmlArenaBox  *box,
               const PmlArenaInfo *arena)
{
  double used = (double) (arena->ntotalpools - arena->nfreepools) / arena->ntotalpools;
  const PmlRect *bar = &box->grid;

  pml_render_set_color (cr, &palette->virgin);
  cairo_rectangle (cr, bar->x, bar->y, bar->width, bar->height);
  cairo_fill (cr);
  pml_render_set_color (cr, &palette->accent);
  cairo_rectangle (cr, bar->x, bar->y, bar->width * used, bar->height);
  cairo_fill (cr);
}

static void
draw_card (cairo_t             *cr,
           PmlHeap             *heap,
           const PmlHeapLayout *layout,
           const PmlPalette    *palette,
           const PmlArenaBox   *box)
{
  const PmlPreset *preset = pml_heap_get_preset (heap);
  PmlArenaInfo arena;
  g_autofree char *title = NULL;
  double y = box->bounds.y + 8;

  pml_heap_get_arena (heap, box->slot, &arena);

  pml_render_set_color (cr, &palette->card);
  pml_render_rounded_rect (cr, &box->bounds, 6);
  cairo_fill_preserve (cr);
  pml_render_set_color (cr, &palette->card_border);
  cairo_set_line_width (cr, 1.0 * palette->line_scale);
  cairo_stroke (cr);

  /* Translators: an arena's card: its slot in arenas[], then its free pools */
  title = g_strdup_printf (_("arena %u · %u/%u free"), box->slot, arena.nfreepools, arena.ntotalpools);
  pml_render_text (cr, palette, title, box->bounds.x + 8, y, PML_FONT_NORMAL, TRUE, &palette->text, PML_ALIGN_START);

  if (!layout->detailed)
    {
      draw_pool_bar (cr, heap, palette, box, &arena);
      return;
    }

  {
    g_autofree char *address = g_strdup_printf ("0x%" G_GINT64_MODIFIER "x", arena.address);

    y += pml_render_line_height (palette, PML_FONT_NORMAL);
    pml_render_text (cr, palette, address, box->bounds.x + 8, y - 2, PML_FONT_SMALL, FALSE,
                     &palette->dim_text, PML_ALIGN_START);
  }

  for (guint i = 0; i < PML_MAX_POOLS_IN_ARENA; i++)
    {
      PmlPoolInfo pool;
      PmlRect cell;

      pml_heap_layout_pool_rect (layout, box, i, &cell);
      if (i >= arena.ntotalpools)
        {
          /* a misaligned arena loses one pool's worth of bytes */
          draw_hatch (cr, &(PmlRect) { cell.x + 1, cell.y + 1, cell.width - 2, cell.height - 2 }, palette);
          continue;
        }
      pml_heap_get_pool (heap, box->slot, i, &pool);
      draw_pool_cell (cr, palette, &pool, &cell, preset);
    }
}

/* usable_arenas is a linked list: an arrow from each card to the next,
 * bending down to the next row where the list wraps */
static void
draw_list_links (cairo_t             *cr,
                 const PmlHeapLayout *layout,
                 const PmlPalette    *palette)
{
  const PmlArenaBox *prev = NULL;

  for (guint i = 0; i < layout->arenas->len; i++)
    {
      const PmlArenaBox *box = &g_array_index (layout->arenas, PmlArenaBox, i);

      if (!box->usable)
        break;

      if (prev != NULL)
        {
          double y1 = prev->bounds.y + prev->bounds.height / 2;
          double y2 = box->bounds.y + box->bounds.height / 2;

          if (fabs (y1 - y2) < 1)
            pml_render_arrow (cr, palette, prev->bounds.x + prev->bounds.width + 3, y1,
                              box->bounds.x - 3, y2, 0, &palette->accent);
          else
            pml_render_arrow (cr, palette, prev->bounds.x + prev->bounds.width / 2,
                              prev->bounds.y + prev->bounds.height + 2,
                              box->bounds.x + box->bounds.width / 2, box->bounds.y - 2,
                              0.15, &palette->accent);
        }
      prev = box;
    }
}

void
pml_render_heap (cairo_t             *cr,
                 PmlHeap             *heap,
                 const PmlHeapLayout *layout,
                 const PmlPalette    *palette)
{
  gboolean any_usable = layout->arenas->len > 0 &&
                        g_array_index (layout->arenas, PmlArenaBox, 0).usable;

  pml_render_text (cr, palette,
                   any_usable ? _("usable_arenas (fewest free pools first)")
                              : _("usable_arenas is empty"),
                   16, layout->list_title_y, PML_FONT_NORMAL, TRUE, &palette->text, PML_ALIGN_START);
  if (layout->full_title_y != G_MAXDOUBLE)
    pml_render_text (cr, palette, _("Arenas with no free pool (in no list)"), 16, layout->full_title_y,
                     PML_FONT_NORMAL, TRUE, &palette->text, PML_ALIGN_START);

  for (guint i = 0; i < layout->arenas->len; i++)
    {
      const PmlArenaBox *box = &g_array_index (layout->arenas, PmlArenaBox, i);

      if (pml_rect_visible (cr, &box->bounds))
        draw_card (cr, heap, layout, palette, box);
    }

  draw_list_links (cr, layout, palette);
}
