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

/* The bytes a misaligned arena loses to alignment (the diagrams and the
 * legend draw them alike) */
void
pml_render_hatch (cairo_t          *cr,
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

/* Part way from one step to the next: a card's state in the old layout */
typedef struct
{
  const PmlHeapLayout *layout;
  const PmlArenaBox   *box;       /* NULL: the step mapped this arena */
  double               t;
} Before;

/* One pool as the heap view draws it, by state; a used one filled from
 * the bottom in @class_color as far as its blocks are handed out. The
 * legend draws its samples with it too. */
void
pml_render_pool_cell (cairo_t           *cr,
                      const PmlPalette  *palette,
                      const PmlPoolCell *pool,
                      const PmlColor    *class_color,
                      const PmlRect     *cell)
{
  PmlRect inner = { cell->x + 1, cell->y + 1, cell->width - 2, cell->height - 2 };

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
  pml_render_set_color (cr, &palette->free_block);
  cairo_rectangle (cr, inner.x, inner.y, inner.width, inner.height);
  cairo_fill (cr);

  {
    double filled = pool->state == PML_POOL_STATE_FULL ? inner.height : MAX (1.0, inner.height * pool->fill);

    pml_render_set_color (cr, class_color);
    cairo_rectangle (cr, inner.x, inner.y + inner.height - filled, inner.width, filled);
    cairo_fill (cr);
  }

  pml_render_set_color (cr, class_color);
  cairo_set_line_width (cr, (pool->state == PML_POOL_STATE_FULL ? 1.0 : 1.5) * palette->line_scale);
  cairo_rectangle (cr, inner.x + 0.5, inner.y + 0.5, inner.width - 1, inner.height - 1);
  cairo_stroke (cr);
}

/* Exactly @b at the end, so that the last frame is the new step's picture */
static double
lerp (double a,
      double b,
      double t)
{
  return t >= 1 ? b : a + (b - a) * t;
}

static double
pools_used (const PmlArenaBox *box)
{
  return (double) (box->ntotalpools - box->nfreepools) / box->ntotalpools;
}

static void
draw_pool_bar (cairo_t           *cr,
               const PmlPalette  *palette,
               const PmlArenaBox *box,
               const Before      *before)
{
  double used = pools_used (box);
  const PmlRect *bar = &box->grid;

  if (before != NULL)
    used = lerp (before->box != NULL ? pools_used (before->box) : 0, used, before->t);

  pml_render_set_color (cr, &palette->virgin);
  cairo_rectangle (cr, bar->x, bar->y, bar->width, bar->height);
  cairo_fill (cr);
  pml_render_set_color (cr, &palette->accent);
  cairo_rectangle (cr, bar->x, bar->y, bar->width * used, bar->height);
  cairo_fill (cr);
}

/* @before is NULL but while animating, when the pools fill or drain */
static void
draw_card (cairo_t             *cr,
           const PmlHeapLayout *layout,
           const PmlPalette    *palette,
           const PmlArenaBox   *box,
           const Before        *before)
{
  g_autofree char *title = NULL;
  double y = box->bounds.y + 8;

  pml_render_set_color (cr, &palette->card);
  pml_render_rounded_rect (cr, &box->bounds, 6);
  cairo_fill_preserve (cr);
  pml_render_set_color (cr, &palette->card_border);
  cairo_set_line_width (cr, 1.0 * palette->line_scale);
  cairo_stroke (cr);

  /* Translators: an arena's card: its slot in arenas[], then its free pools */
  title = g_strdup_printf (_("arena %u · %u/%u free"), box->slot, box->nfreepools, box->ntotalpools);
  pml_render_text (cr, palette, title, box->bounds.x + 8, y, PML_FONT_NORMAL, TRUE, &palette->text, PML_ALIGN_START);

  if (!layout->detailed)
    {
      draw_pool_bar (cr, palette, box, before);
      return;
    }

  {
    g_autofree char *address = g_strdup_printf ("0x%" G_GINT64_MODIFIER "x", box->address);

    y += pml_render_line_height (palette, PML_FONT_NORMAL);
    pml_render_text (cr, palette, address, box->bounds.x + 8, y - 2, PML_FONT_SMALL, FALSE,
                     &palette->dim_text, PML_ALIGN_START);
  }

  for (guint i = 0; i < PML_MAX_POOLS_IN_ARENA; i++)
    {
      const PmlPoolCell *pool = pml_heap_layout_get_pool (layout, box, i);
      PmlPoolCell shown;
      PmlColor class_color;
      PmlRect cell;

      pml_heap_layout_pool_rect (layout, box, i, &cell);
      if (pool == NULL)
        {
          /* a misaligned arena loses one pool's worth of bytes */
          pml_render_hatch (cr, &(PmlRect) { cell.x + 1, cell.y + 1, cell.width - 2, cell.height - 2 }, palette);
          continue;
        }
      if (before != NULL)
        {
          const PmlPoolCell *old = NULL;

          if (before->box != NULL)
            old = pml_heap_layout_get_pool (before->layout, before->box, i);
          pml_pool_cell_tween (old, pool, before->t, &shown);
          pool = &shown;
        }
      pml_palette_pool_color (palette, layout->classes_in_use, pool->szidx, &class_color);
      pml_render_pool_cell (cr, palette, pool, &class_color, &cell);
    }
}

/* A card part way: drawn as laid out, mapped onto @shown, faded by @alpha */
static void
draw_card_at (cairo_t             *cr,
              const PmlHeapLayout *layout,
              const PmlPalette    *palette,
              const PmlArenaBox   *box,
              const Before        *before,
              const PmlRect       *shown,
              double               alpha)
{
  if (alpha <= 0 || shown->width <= 0 || shown->height <= 0 || !pml_rect_visible (cr, shown))
    return;

  cairo_save (cr);
  if (alpha < 1)
    {
      /* the group only needs the card, not the whole view */
      cairo_rectangle (cr, shown->x - 2, shown->y - 2, shown->width + 4, shown->height + 4);
      cairo_clip (cr);
      cairo_push_group (cr);
    }
  cairo_translate (cr, shown->x, shown->y);
  cairo_scale (cr, shown->width / box->bounds.width, shown->height / box->bounds.height);
  cairo_translate (cr, -box->bounds.x, -box->bounds.y);
  draw_card (cr, layout, palette, box, before);
  if (alpha < 1)
    {
      cairo_pop_group_to_source (cr);
      cairo_paint_with_alpha (cr, alpha);
    }
  cairo_restore (cr);
}

static gboolean
same_row (const PmlRect *a,
          const PmlRect *b)
{
  return fabs ((a->y + a->height / 2) - (b->y + b->height / 2)) < 1;
}

/* usable_arenas is a linked list: an arrow from each card to the next,
 * bending down to the next row where the list wraps. Part way, the arrow
 * keeps the shape it has in its own step while the cards move. */
static void
draw_link (cairo_t          *cr,
           const PmlPalette *palette,
           const PmlRect    *prev,
           const PmlRect    *next,
           gboolean          straight,
           const PmlColor   *color)
{
  double y1 = prev->y + prev->height / 2;
  double y2 = next->y + next->height / 2;

  if (straight)
    pml_render_arrow (cr, palette, prev->x + prev->width + 3, y1, next->x - 3, y2, 0, color);
  else
    pml_render_arrow (cr, palette, prev->x + prev->width / 2, prev->y + prev->height + 2,
                      next->x + next->width / 2, next->y - 2, 0.15, color);
}

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
        draw_link (cr, palette, &prev->bounds, &box->bounds, same_row (&prev->bounds, &box->bounds),
                   &palette->accent);
      prev = box;
    }
}

static void
draw_titles (cairo_t             *cr,
             const PmlHeapLayout *layout,
             const PmlPalette    *palette,
             double               full_title_y,
             double               full_title_alpha)
{
  gboolean any_usable = layout->arenas->len > 0 &&
                        g_array_index (layout->arenas, PmlArenaBox, 0).usable;
  PmlColor full_color = palette->text;

  full_color.alpha *= full_title_alpha;
  pml_render_text (cr, palette,
                   any_usable ? _("usable_arenas (fewest free pools first)")
                              : _("usable_arenas is empty"),
                   16, layout->list_title_y, PML_FONT_NORMAL, TRUE, &palette->text, PML_ALIGN_START);
  if (full_title_y != G_MAXDOUBLE && full_title_alpha > 0)
    pml_render_text (cr, palette, _("Arenas with no free pool (in no list)"), 16, full_title_y,
                     PML_FONT_NORMAL, TRUE, &full_color, PML_ALIGN_START);
}

/* @heap is not read: the layout keeps what it shows of the heap */
void
pml_render_heap (cairo_t             *cr,
                 PmlHeap             *heap,
                 const PmlHeapLayout *layout,
                 const PmlPalette    *palette)
{
  draw_titles (cr, layout, palette, layout->full_title_y, 1);

  for (guint i = 0; i < layout->arenas->len; i++)
    {
      const PmlArenaBox *box = &g_array_index (layout->arenas, PmlArenaBox, i);

      if (pml_rect_visible (cr, &box->bounds))
        draw_card (cr, layout, palette, box, NULL);
    }

  draw_list_links (cr, layout, palette);
}

static gboolean
is_list_link (const PmlHeapLayout *layout,
              guint                a,
              guint                b)
{
  return a != G_MAXUINT && b == a + 1 && g_array_index (layout->arenas, PmlArenaBox, b).usable;
}

/* The heap part way from @tween's old step to its new one, @t from 0 to
 * 1: released arenas fade out under the others, which slide, grow in,
 * fill and drain. The list's arrows follow the cards: those the step
 * made fade in, those it broke fade out. */
void
pml_render_heap_tween (cairo_t            *cr,
                       const PmlHeapTween *tween,
                       double              t,
                       const PmlPalette   *palette)
{
  const PmlHeapLayout *from = tween->from;
  const PmlHeapLayout *to = tween->to;
  g_autofree PmlRect *shown = g_new (PmlRect, MAX (to->arenas->len, 1));
  g_autofree PmlRect *from_shown = g_new (PmlRect, MAX (from->arenas->len, 1));
  g_autofree guint *targets = g_new (guint, MAX (from->arenas->len, 1));
  double full_y = to->full_title_y;
  double full_alpha = 1;

  t = CLAMP (t, 0, 1);
  if (from->full_title_y != G_MAXDOUBLE && to->full_title_y != G_MAXDOUBLE)
    {
      full_y = lerp (from->full_title_y, to->full_title_y, t);
    }
  else if (to->full_title_y != G_MAXDOUBLE)
    {
      full_alpha = t;
    }
  else
    {
      full_y = from->full_title_y;
      full_alpha = 1 - t;
    }
  draw_titles (cr, to, palette, full_y, full_alpha);

  for (guint i = 0; i < tween->leaving->len; i++)
    {
      guint index = g_array_index (tween->leaving, guint, i);
      const PmlArenaBox *box = &g_array_index (from->arenas, PmlArenaBox, index);
      double alpha;

      targets[index] = G_MAXUINT;
      pml_arena_box_tween (box, NULL, t, &from_shown[index], &alpha);
      draw_card_at (cr, from, palette, box, NULL, &from_shown[index], alpha);
    }

  for (guint i = 0; i < to->arenas->len; i++)
    {
      const PmlArenaBox *box = &g_array_index (to->arenas, PmlArenaBox, i);
      guint source = g_array_index (tween->sources, guint, i);
      Before before = { from, NULL, t };
      double alpha;

      if (source != G_MAXUINT)
        before.box = &g_array_index (from->arenas, PmlArenaBox, source);

      pml_arena_box_tween (before.box, box, t, &shown[i], &alpha);
      draw_card_at (cr, to, palette, box, &before, &shown[i], alpha);
      if (source != G_MAXUINT)
        {
          targets[source] = i;
          from_shown[source] = shown[i];
        }
    }

  for (guint i = 1; i < to->arenas->len; i++)
    {
      const PmlArenaBox *prev = &g_array_index (to->arenas, PmlArenaBox, i - 1);
      const PmlArenaBox *next = &g_array_index (to->arenas, PmlArenaBox, i);
      gboolean kept = is_list_link (from, g_array_index (tween->sources, guint, i - 1),
                                    g_array_index (tween->sources, guint, i));
      PmlColor color = palette->accent;

      if (!next->usable)
        break;

      color.alpha *= kept ? 1 : t;
      if (color.alpha > 0)
        draw_link (cr, palette, &shown[i - 1], &shown[i],
                   same_row (&prev->bounds, &next->bounds), &color);
    }

  for (guint i = 1; i < from->arenas->len; i++)
    {
      const PmlArenaBox *prev = &g_array_index (from->arenas, PmlArenaBox, i - 1);
      const PmlArenaBox *next = &g_array_index (from->arenas, PmlArenaBox, i);
      PmlColor color = palette->accent;

      if (!next->usable)
        break;
      if (is_list_link (to, targets[i - 1], targets[i]))
        continue;

      color.alpha *= 1 - t;
      if (color.alpha > 0)
        draw_link (cr, palette, &from_shown[i - 1], &from_shown[i],
                   same_row (&prev->bounds, &next->bounds), &color);
    }
}
