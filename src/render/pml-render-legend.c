/* pml-render-legend.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pml-heap-layout.h"
#include "pml-render-legend.h"
#include "pml-step-changes.h"
#include "pml-objects-layout.h"
#include "pml-pool-layout.h"

/* The samples of the legend. The pool and block marks are drawn by the
 * functions the heap and pool renderers call; an object card's frame and
 * generation strip follow render_node in pml-render-objects.c, with the
 * generation colours from pml_palette_generation_color. */

static const struct
{
  PmlLegendSection section;
  const char      *text;
} marks[PML_LEGEND_N_MARKS] = {
  [PML_LEGEND_POOL_USED] = { PML_LEGEND_SECTION_HEAP,
                             N_("Used pool: its colour is its size class, filled from the bottom as far as its "
                                "blocks are handed out") },
  [PML_LEGEND_POOL_FULL] = { PML_LEGEND_SECTION_HEAP, N_("Full pool: every block handed out, in no list") },
  [PML_LEGEND_POOL_EMPTY] = { PML_LEGEND_SECTION_HEAP,
                              N_("Empty pool, dotted: in its arena’s freepools, ready for any size class") },
  [PML_LEGEND_POOL_VIRGIN] = { PML_LEGEND_SECTION_HEAP, N_("Pool never carved from its arena yet") },
  [PML_LEGEND_POOL_LOST] = { PML_LEGEND_SECTION_HEAP,
                             N_("Hatched: a pool’s worth of bytes lost because the arena’s base is not a "
                                "multiple of the pool size") },
  [PML_LEGEND_POOL_CHOSEN] = { PML_LEGEND_SECTION_HEAP, N_("Outlined: the pool shown beside the heap") },
  [PML_LEGEND_ARENA_LINK] = { PML_LEGEND_SECTION_HEAP, N_("Arrow: the next arena in usable_arenas") },
  [PML_LEGEND_BLOCK_ALLOCATED] = { PML_LEGEND_SECTION_POOL, N_("Block handed out, in its size class’s colour") },
  [PML_LEGEND_BLOCK_FREE] = { PML_LEGEND_SECTION_POOL, N_("Free block, outlined: on the pool’s freeblock chain") },
  [PML_LEGEND_FREE_CHAIN] = { PML_LEGEND_SECTION_POOL,
                              N_("The freeblock chain, numbered in the order the next requests take it") },
  [PML_LEGEND_BLOCK_VIRGIN] = { PML_LEGEND_SECTION_POOL, N_("Grey block: past nextoffset, never handed out") },
  [PML_LEGEND_NEXTOFFSET] = { PML_LEGEND_SECTION_POOL,
                              N_("Bar: nextoffset, where the pool carves a fresh block once the chain is empty") },
  [PML_LEGEND_BLOCK_CHOSEN] = { PML_LEGEND_SECTION_POOL,
                                 N_("Thick outline: the block of the object chosen in the objects view") },
  [PML_LEGEND_CHANGED] = { PML_LEGEND_SECTION_POOL,
                           N_("Bright outline: what the last step changed (a block, a pool, an arena’s "
                              "place in usable_arenas)") },
  [PML_LEGEND_GENERATION_0] = { PML_LEGEND_SECTION_OBJECTS, N_("Strip: generation 0, the youngest objects") },
  [PML_LEGEND_GENERATION_1] = { PML_LEGEND_SECTION_OBJECTS, N_("Strip: generation 1") },
  [PML_LEGEND_GENERATION_2] = { PML_LEGEND_SECTION_OBJECTS, N_("Strip: generation 2, the oldest") },
  [PML_LEGEND_PERMANENT] = { PML_LEGEND_SECTION_OBJECTS, N_("Strip: the permanent generation (gc.freeze)") },
  [PML_LEGEND_UNTRACKED] = { PML_LEGEND_SECTION_OBJECTS,
                             N_("Grey strip: untracked, the cycle collector never looks at it") },
  [PML_LEGEND_UNREACHABLE] = { PML_LEGEND_SECTION_OBJECTS,
                               N_("Dashed, greyed card: the collector found it unreachable") },
  [PML_LEGEND_NAME] = { PML_LEGEND_SECTION_OBJECTS, N_("A name: a global, or a local with its function") },
  [PML_LEGEND_REFERENCE] = { PML_LEGEND_SECTION_OBJECTS, N_("Arrow: a reference, labelled with its slot") },
  [PML_LEGEND_WEAK_REFERENCE] = { PML_LEGEND_SECTION_OBJECTS,
                                  N_("Dashed arrow: a weak reference, which does not count") },
};

PmlLegendSection
pml_legend_mark_section (PmlLegendMark mark)
{
  g_return_val_if_fail (mark < PML_LEGEND_N_MARKS, PML_LEGEND_SECTION_HEAP);

  return marks[mark].section;
}

const char *
pml_legend_mark_describe (PmlLegendMark mark)
{
  g_return_val_if_fail (mark < PML_LEGEND_N_MARKS, NULL);

  return _(marks[mark].text);
}

const char *
pml_legend_section_title (PmlLegendSection section)
{
  switch (section)
    {
    case PML_LEGEND_SECTION_HEAP:    return _("Arenas and pools");
    case PML_LEGEND_SECTION_POOL:    return _("Blocks of a pool");
    case PML_LEGEND_SECTION_OBJECTS: return _("Objects");
    case PML_LEGEND_N_SECTIONS:
    default:                         g_return_val_if_reached (NULL);
    }
}

/* A square cell at the start of @area */
static PmlRect
first_cell (const PmlRect *area)
{
  double side = MIN (area->height, area->width);

  return (PmlRect) { area->x, area->y + (area->height - side) / 2, side, side };
}

static void
draw_pool (cairo_t          *cr,
           const PmlPalette *palette,
           PmlPoolState      state,
           guint             szidx,
           const PmlColor   *class_color,
           const PmlRect    *cell)
{
  PmlPoolCell pool = { state, szidx, state == PML_POOL_STATE_FULL ? 1.0 : 0.5 };

  pml_render_pool_cell (cr, palette, &pool, class_color, cell);
}

static void
draw_object_card (cairo_t          *cr,
                  const PmlPalette *palette,
                  const PmlRect    *area,
                  gboolean          tracked,
                  guint             generation,
                  gboolean          unreachable)
{
  PmlObjectNode node = { 0 };
  PmlRect rect = { area->x + 1, area->y + 1, area->width - 2, area->height - 2 };
  PmlColor strip;

  pml_render_rounded_rect (cr, &rect, 6);
  pml_render_set_color (cr, unreachable ? &palette->unreachable : &palette->card);
  cairo_fill_preserve (cr);
  if (unreachable)
    cairo_set_dash (cr, (double[]) { 5.0 * palette->line_scale, 3.0 * palette->line_scale }, 2, 0);
  pml_render_set_color (cr, unreachable ? &palette->dim_text : &palette->card_border);
  cairo_set_line_width (cr, 1.0 * palette->line_scale);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);

  node.tracked = tracked;
  node.generation = generation;
  pml_palette_generation_color (palette, &node, &strip);
  if (unreachable)
    strip.alpha = 0.45;
  cairo_save (cr);
  pml_render_rounded_rect (cr, &rect, 6);
  cairo_clip (cr);
  pml_render_set_color (cr, &strip);
  cairo_rectangle (cr, rect.x, rect.y, 8 * palette->line_scale, rect.height);
  cairo_fill (cr);
  cairo_restore (cr);
}

/* Draws the sample of @mark in @area; @class_color and @szidx stand for a
 * size class in use */
void
pml_render_legend_mark (cairo_t          *cr,
                        const PmlPalette *palette,
                        PmlLegendMark     mark,
                        guint             szidx,
                        const PmlColor   *class_color,
                        const PmlRect    *area)
{
  PmlRect cell = first_cell (area);
  double middle = area->y + area->height / 2;

  switch (mark)
    {
    case PML_LEGEND_POOL_USED:
      draw_pool (cr, palette, PML_POOL_STATE_USED, szidx, class_color, &cell);
      break;

    case PML_LEGEND_POOL_FULL:
      draw_pool (cr, palette, PML_POOL_STATE_FULL, szidx, class_color, &cell);
      break;

    case PML_LEGEND_POOL_EMPTY:
      draw_pool (cr, palette, PML_POOL_STATE_EMPTY, szidx, class_color, &cell);
      break;

    case PML_LEGEND_POOL_VIRGIN:
      draw_pool (cr, palette, PML_POOL_STATE_VIRGIN, szidx, class_color, &cell);
      break;

    case PML_LEGEND_POOL_LOST:
      pml_render_hatch (cr, &(PmlRect) { cell.x + 1, cell.y + 1, cell.width - 2, cell.height - 2 }, palette);
      break;

    case PML_LEGEND_POOL_CHOSEN:
      /* as the heap view outlines it, over the pool's fill */
      draw_pool (cr, palette, PML_POOL_STATE_USED, szidx, class_color, &cell);
      pml_render_set_color (cr, &palette->accent);
      cairo_set_line_width (cr, 3);
      cairo_rectangle (cr, cell.x + 1.5, cell.y + 1.5, cell.width - 3, cell.height - 3);
      cairo_stroke (cr);
      break;

    case PML_LEGEND_ARENA_LINK:
    case PML_LEGEND_REFERENCE:
      pml_render_arrow (cr, palette, area->x + 2, middle, area->x + area->width - 2, middle, 0, &palette->accent);
      break;

    case PML_LEGEND_WEAK_REFERENCE:
      cairo_set_dash (cr, (double[]) { 4.0 * palette->line_scale, 3.0 * palette->line_scale }, 2, 0);
      pml_render_arrow (cr, palette, area->x + 2, middle, area->x + area->width - 2, middle, 0, &palette->accent);
      cairo_set_dash (cr, NULL, 0, 0);
      break;

    case PML_LEGEND_BLOCK_ALLOCATED:
      pml_render_block (cr, palette, PML_BLOCK_ALLOCATED, class_color, &cell);
      break;

    case PML_LEGEND_BLOCK_FREE:
      pml_render_block (cr, palette, PML_BLOCK_FREE, class_color, &cell);
      break;

    case PML_LEGEND_BLOCK_VIRGIN:
      pml_render_block (cr, palette, PML_BLOCK_VIRGIN, class_color, &cell);
      break;

    case PML_LEGEND_FREE_CHAIN:
      {
        PmlRect next = cell;

        next.x = area->x + area->width - cell.width;
        pml_render_block (cr, palette, PML_BLOCK_FREE, class_color, &cell);
        pml_render_block (cr, palette, PML_BLOCK_FREE, class_color, &next);
        pml_render_arrow (cr, palette, cell.x + cell.width / 2, middle, next.x + next.width / 2, middle, 0.25,
                          &palette->accent);
        pml_render_text (cr, palette, "1", cell.x + cell.width / 2, cell.y + 2, PML_FONT_SMALL * 0.8, FALSE,
                         &palette->text, PML_ALIGN_CENTER);
        pml_render_text (cr, palette, "2", next.x + next.width / 2, next.y + 2, PML_FONT_SMALL * 0.8, FALSE,
                         &palette->text, PML_ALIGN_CENTER);
      }
      break;

    case PML_LEGEND_NEXTOFFSET:
      {
        PmlRect virgin = cell;

        virgin.x += cell.width;
        pml_render_block (cr, palette, PML_BLOCK_ALLOCATED, class_color, &cell);
        pml_render_block (cr, palette, PML_BLOCK_VIRGIN, class_color, &virgin);
        pml_render_nextoffset_mark (cr, palette, &virgin);
      }
      break;

    case PML_LEGEND_BLOCK_CHOSEN:
      /* as the pool view outlines it */
      pml_render_block (cr, palette, PML_BLOCK_ALLOCATED, class_color, &cell);
      pml_render_set_color (cr, &palette->text);
      cairo_set_line_width (cr, 3);
      cairo_rectangle (cr, cell.x + 0.5, cell.y + 0.5, cell.width - 1, cell.height - 1);
      cairo_stroke (cr);
      break;

    case PML_LEGEND_CHANGED:
      pml_render_block (cr, palette, PML_BLOCK_ALLOCATED, class_color, &cell);
      pml_render_change_mark (cr, palette, &cell);
      break;

    case PML_LEGEND_GENERATION_0:
    case PML_LEGEND_GENERATION_1:
    case PML_LEGEND_GENERATION_2:
    case PML_LEGEND_PERMANENT:
      draw_object_card (cr, palette, area, TRUE, mark - PML_LEGEND_GENERATION_0, FALSE);
      break;

    case PML_LEGEND_UNTRACKED:
      draw_object_card (cr, palette, area, FALSE, 0, FALSE);
      break;

    case PML_LEGEND_UNREACHABLE:
      draw_object_card (cr, palette, area, TRUE, 0, TRUE);
      break;

    case PML_LEGEND_NAME:
      {
        PmlRect pill = { area->x + 1, area->y + 3, area->width - 2, area->height - 6 };

        pml_render_rounded_rect (cr, &pill, pill.height / 2);
        pml_render_set_color (cr, &palette->card);
        cairo_fill_preserve (cr);
        pml_render_set_color (cr, &palette->accent);
        cairo_set_line_width (cr, 1.2 * palette->line_scale);
        cairo_stroke (cr);
      }
      break;

    case PML_LEGEND_N_MARKS:
    default:
      g_return_if_reached ();
    }
}
