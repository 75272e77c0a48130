/* pml-render-pool.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "pml-heap-layout.h"
#include "pml-pool-layout.h"

static const char *
pool_state_label (PmlPoolState state)
{
  switch (state)
    {
    case PML_POOL_STATE_VIRGIN: return _("never carved");
    case PML_POOL_STATE_EMPTY:  return _("empty: in its arena's freepools");
    case PML_POOL_STATE_USED:   return _("used: in usedpools");
    case PML_POOL_STATE_FULL:   return _("full: in no list");
    default:                    g_assert_not_reached ();
    }
}

static char *
format_address (guint64 address)
{
  return address == 0 ? g_strdup ("NULL") : g_strdup_printf ("0x%" G_GINT64_MODIFIER "x", address);
}

static void
draw_fields (cairo_t             *cr,
             const PmlPoolLayout *layout,
             const PmlPalette    *palette)
{
  const PmlPoolInfo *pool = &layout->pool;
  double line = pml_render_line_height (palette, PML_FONT_NORMAL);
  double x = 16, y = layout->fields_y;
  g_autofree char *title = NULL;
  g_autofree char *freeblock = format_address (pool->freeblock);
  g_autofree char *nextpool = format_address (pool->nextpool);
  g_autofree char *prevpool = format_address (pool->prevpool);
  g_autofree char *in_use = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  if (!layout->valid && layout->no_arenas)
    {
      pml_render_text (cr, palette, _("Nothing is allocated yet: step forward to see the first pool."),
                       x, y, PML_FONT_NORMAL, TRUE, &palette->dim_text, PML_ALIGN_START);
      return;
    }
  if (!layout->valid)
    {
      title = g_strdup_printf (_("Arena %u has no pool %u at this step"), layout->slot, layout->index);
      pml_render_text (cr, palette, title, x, y, PML_FONT_NORMAL, TRUE, &palette->dim_text, PML_ALIGN_START);
      return;
    }

  if (pool->szidx == PML_DUMMY_SIZE_IDX)
    {
      title = g_strdup_printf (_("Pool %u of arena %u · %s"), layout->index, layout->slot,
                               pool_state_label (pool->state));
      pml_render_text (cr, palette, title, x, y, PML_FONT_NORMAL, TRUE, &palette->text, PML_ALIGN_START);
      return;
    }

  /* Translators: pool index, arena slot, size class, block size, pool state */
  title = g_strdup_printf (_("Pool %u of arena %u · class %u (%u-byte blocks) · %s"), layout->index,
                           layout->slot, pool->szidx, layout->block_size, pool_state_label (pool->state));
  /* CPython's ref.count, said as what it counts */
  in_use = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u block in use", "%u blocks in use", pool->count),
                            pool->count);
  first = g_strdup_printf ("%s   freeblock %s   nextoffset %u   maxnextoffset %u",
                           in_use, freeblock, pool->nextoffset, pool->maxnextoffset);
  second = g_strdup_printf ("nextpool %s   prevpool %s   arenaindex %u   szidx %u",
                            nextpool, prevpool, pool->arenaindex, pool->szidx);

  /* a narrow pane cuts them with an ellipsis, not in the middle of a word */
  pml_render_text_ellipsized (cr, palette, title, x, y, PML_FONT_NORMAL, TRUE, &palette->text, PML_ALIGN_START,
                              layout->width - 2 * x, PANGO_ELLIPSIZE_END);
  pml_render_text_ellipsized (cr, palette, first, x, y + line, PML_FONT_SMALL, FALSE, &palette->dim_text,
                              PML_ALIGN_START, layout->width - 2 * x, PANGO_ELLIPSIZE_END);
  pml_render_text_ellipsized (cr, palette, second, x, y + 2 * line, PML_FONT_SMALL, FALSE, &palette->dim_text,
                              PML_ALIGN_START, layout->width - 2 * x, PANGO_ELLIPSIZE_END);
}

/* One block as the pool view draws it (the legend's samples too):
 * handed out in its class's colour, free outlined as the chain's links
 * are, virgin grey */
void
pml_render_block (cairo_t          *cr,
                  const PmlPalette *palette,
                  PmlBlockState     state,
                  const PmlColor   *class_color,
                  const PmlRect    *cell)
{
  cairo_rectangle (cr, cell->x + 1, cell->y + 1, cell->width - 2, cell->height - 2);
  switch (state)
    {
    case PML_BLOCK_ALLOCATED:
      pml_render_set_color (cr, class_color);
      cairo_fill (cr);
      break;

    case PML_BLOCK_FREE:
      pml_render_set_color (cr, &palette->free_block);
      cairo_fill_preserve (cr);
      pml_render_set_color (cr, &palette->accent);
      cairo_set_line_width (cr, 1.2 * palette->line_scale);
      cairo_stroke (cr);
      break;

    case PML_BLOCK_VIRGIN:
    default:
      pml_render_set_color (cr, &palette->virgin);
      cairo_fill (cr);
      break;
    }
}

/* nextoffset: a bar before the first block never handed out */
void
pml_render_nextoffset_mark (cairo_t          *cr,
                            const PmlPalette *palette,
                            const PmlRect    *cell)
{
  pml_render_set_color (cr, &palette->text);
  cairo_set_line_width (cr, 2.5 * palette->line_scale);
  cairo_move_to (cr, cell->x, cell->y - 2);
  cairo_line_to (cr, cell->x, cell->y + cell->height + 2);
  cairo_stroke (cr);
}

static void
draw_blocks (cairo_t             *cr,
             const PmlPoolLayout *layout,
             const PmlPalette    *palette)
{
  PmlColor class_color;
  g_autofree char *header = g_strdup_printf (_("pool header (%u bytes)"), PML_POOL_OVERHEAD);

  pml_palette_pool_color (palette, layout->classes_in_use, layout->pool.szidx, &class_color);

  pml_render_set_color (cr, &palette->virgin);
  cairo_rectangle (cr, layout->header.x, layout->header.y, layout->header.width, layout->header.height);
  cairo_fill (cr);
  pml_render_text (cr, palette, header, layout->header.x + 6, layout->header.y + 2, PML_FONT_SMALL, FALSE,
                   &palette->text, PML_ALIGN_START);

  for (guint i = 0; i < layout->n_blocks; i++)
    {
      PmlBlockState state = g_array_index (layout->states, PmlBlockState, i);
      PmlRect cell;

      pml_pool_layout_block_rect (layout, i, &cell);
      if (!pml_rect_visible (cr, &cell))
        continue;

      pml_render_block (cr, palette, state, &class_color, &cell);
    }
}

/* The chain in list order: numbered free blocks, an arrow from each to the
 * next, and one from the header's freeblock field to the head */
static void
draw_chain (cairo_t             *cr,
            const PmlPoolLayout *layout,
            const PmlPalette    *palette)
{
  gboolean numbered = layout->cell >= 16 * palette->font_scale;
  PmlRect previous = layout->header;

  for (guint i = 0; i < layout->chain->len; i++)
    {
      guint block = g_array_index (layout->chain, guint, i);
      PmlRect cell;

      pml_pool_layout_block_rect (layout, block, &cell);
      if (i == 0)
        pml_render_arrow (cr, palette, previous.x + 40, previous.y + previous.height,
                          cell.x + cell.width / 2, cell.y + 2, 0.2, &palette->accent);
      else
        pml_render_arrow (cr, palette, previous.x + previous.width / 2, previous.y + previous.height / 2,
                          cell.x + cell.width / 2, cell.y + cell.height / 2, 0.25, &palette->accent);

      if (numbered)
        {
          char label[16];

          g_snprintf (label, sizeof label, "%u", i + 1);
          pml_render_text (cr, palette, label, cell.x + cell.width / 2, cell.y + 2, PML_FONT_SMALL * 0.8,
                           FALSE, &palette->text, PML_ALIGN_CENTER);
        }
      previous = cell;
    }
}

static void
draw_nextoffset (cairo_t             *cr,
                 const PmlPoolLayout *layout,
                 const PmlPalette    *palette)
{
  guint first_virgin = (layout->pool.nextoffset - PML_POOL_OVERHEAD) / layout->block_size;
  PmlRect cell;

  if (first_virgin >= layout->n_blocks)
    return;

  pml_pool_layout_block_rect (layout, first_virgin, &cell);
  pml_render_nextoffset_mark (cr, palette, &cell);
}

void
pml_render_pool (cairo_t             *cr,
                 const PmlPoolLayout *layout,
                 const PmlPalette    *palette)
{
  draw_fields (cr, layout, palette);
  if (layout->n_blocks == 0)
    return;

  draw_blocks (cr, layout, palette);
  draw_nextoffset (cr, layout, palette);
  draw_chain (cr, layout, palette);
}

#define ROW_GAP 6.0
#define LABEL_WIDTH 150.0
#define POOL_BOX 92.0
#define LINK_GAP 22.0

double
pml_usedpools_height (const PmlPalette *palette)
{
  double row = pml_render_line_height (palette, PML_FONT_NORMAL) + ROW_GAP;

  return 16 * 2 + row * (PML_NB_SMALL_SIZE_CLASSES + 1);
}

/* usedpools: per size class the circular list of used pools, the one at
 * the front serving the next request */
void
pml_render_usedpools (cairo_t          *cr,
                      PmlHeap          *heap,
                      const PmlPalette *palette,
                      double            width)
{
  double row = pml_render_line_height (palette, PML_FONT_NORMAL) + ROW_GAP;
  double label_width = LABEL_WIDTH * palette->font_scale;
  double box_width = POOL_BOX * palette->font_scale;
  guint32 classes_in_use = pml_heap_classes_in_use (heap);
  double y = 16;

  pml_render_text_ellipsized (cr, palette, _("usedpools: the used pools of each size class, front first"), 16, y,
                              PML_FONT_NORMAL, TRUE, &palette->text, PML_ALIGN_START, width - 32,
                              PANGO_ELLIPSIZE_END);
  y += row;

  for (guint szidx = 0; szidx < PML_NB_SMALL_SIZE_CLASSES; szidx++, y += row)
    {
      guint64 address = pml_heap_get_usedpools (heap, szidx);
      double x = 16 + label_width;
      PmlColor class_color;
      char label[48];

      g_snprintf (label, sizeof label, "[%2u] %3u B", szidx, PML_INDEX2SIZE (szidx));
      pml_render_text (cr, palette, label, 16, y, PML_FONT_NORMAL, FALSE,
                       address != 0 ? &palette->text : &palette->dim_text, PML_ALIGN_START);
      pml_palette_pool_color (palette, classes_in_use, szidx, &class_color);

      for (; address != 0; x += box_width + LINK_GAP)
        {
          guint slot, index;
          PmlPoolInfo pool;
          PmlRect box = { x, y, box_width, row - ROW_GAP };
          char text[48];

          if (x + box_width > width - 16)
            {
              pml_render_text (cr, palette, "…", x, y, PML_FONT_NORMAL, TRUE, &palette->dim_text,
                               PML_ALIGN_START);
              break;
            }

          pml_heap_lookup_pool (heap, address, &slot, &index);
          pml_heap_get_pool (heap, slot, index, &pool);

          pml_render_set_color (cr, &class_color);
          pml_render_rounded_rect (cr, &box, 4);
          cairo_fill (cr);
          g_snprintf (text, sizeof text, "a%u·p%u  %u", slot, index, pool.count);
          pml_render_text (cr, palette, text, box.x + box.width / 2, box.y + 1, PML_FONT_SMALL, FALSE,
                           &palette->text, PML_ALIGN_CENTER);

          if (pool.nextpool != 0)
            pml_render_arrow (cr, palette, box.x + box.width + 2, box.y + box.height / 2,
                              box.x + box.width + LINK_GAP - 2, box.y + box.height / 2, 0,
                              &palette->accent);
          address = pool.nextpool;
        }
    }
}

/* Between two steps of the same pool: each block whose state changed is
 * painted over with its old fill, fading out as @t goes from 0 to 1, so a
 * block fills or empties instead of jumping */
void
pml_render_pool_fade (cairo_t             *cr,
                      const PmlPoolLayout *from,
                      const PmlPoolLayout *to,
                      double               t,
                      const PmlPalette    *palette)
{
  PmlColor color;

  if (!pml_pool_layout_same_pool (from, to))
    return;
  for (guint i = 0; i < to->n_blocks; i++)
    {
      PmlBlockState old = g_array_index (from->states, PmlBlockState, i);
      PmlRect cell;

      if (old == g_array_index (to->states, PmlBlockState, i))
        continue;
      pml_pool_layout_block_rect (to, i, &cell);
      if (old == PML_BLOCK_ALLOCATED)
        pml_palette_pool_color (palette, from->classes_in_use, from->pool.szidx, &color);
      else
        color = old == PML_BLOCK_FREE ? palette->free_block : palette->virgin;
      color.alpha = 1 - CLAMP (t, 0, 1);
      pml_render_set_color (cr, &color);
      cairo_rectangle (cr, cell.x + 1, cell.y + 1, cell.width - 2, cell.height - 2);
      cairo_fill (cr);
    }
}
