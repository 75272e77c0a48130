/* pml-render-collector.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pml-collector-layout.h"

/* Draws the collector picture: each list as CPython links it, head first,
 * an arrow from each node to the next; unreachable objects greyed as the
 * objects view greys them, the object the last event was about outlined
 * in the accent colour, a group of start-up objects dashed. */

static void
render_node (cairo_t                *cr,
             const PmlCollectorNode *node,
             const PmlPalette       *palette)
{
  const PmlRect *r = &node->rect;
  double small = pml_render_line_height (palette, PML_FONT_SMALL);
  double pad = 6 * palette->font_scale;
  gboolean freed = node->list == PML_COLLECTOR_LIST_FREED;
  gboolean unreachable = node->list == PML_COLLECTOR_LIST_UNREACHABLE || node->list == PML_COLLECTOR_LIST_GARBAGE;
  const PmlColor *text = freed || node->serial == 0 ? &palette->dim_text : &palette->text;

  pml_render_rounded_rect (cr, r, 6);
  if (!freed)
    {
      pml_render_set_color (cr, unreachable ? &palette->unreachable : &palette->card);
      cairo_fill_preserve (cr);
    }
  if (node->flags & PML_COLLECTOR_ITEM_CURRENT)
    {
      pml_render_set_color (cr, &palette->accent);
      cairo_set_line_width (cr, 2.5 * palette->line_scale);
    }
  else
    {
      pml_render_set_color (cr, &palette->card_border);
      cairo_set_line_width (cr, 1.0 * palette->line_scale);
    }
  if (freed || node->serial == 0)
    {
      double dash[] = { 4 * palette->line_scale, 3 * palette->line_scale };

      cairo_set_dash (cr, dash, 2, 0);
    }
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);

  pml_render_text_ellipsized (cr, palette, node->label, r->x + pad, r->y + 4, PML_FONT_SMALL, TRUE, text,
                              PML_ALIGN_START, r->width - 2 * pad, PANGO_ELLIPSIZE_MIDDLE);
  {
    /* "gc_refs 0" in bold: the count that decides; what happened after it */
    double x = r->x + pad + pml_render_text (cr, palette, node->detail, r->x + pad, r->y + 4 + small, PML_FONT_SMALL,
                                             node->gc_refs == 0, text, PML_ALIGN_START);

    if (node->status != NULL)
      pml_render_text_ellipsized (cr, palette, node->status, x + (node->detail[0] != '\0' ? 6 : 0), r->y + 4 + small,
                                  PML_FONT_SMALL, FALSE, &palette->dim_text, PML_ALIGN_START,
                                  MAX (r->x + r->width - pad - x - 6, 10), PANGO_ELLIPSIZE_END);
  }
}

/* next pointers: the head to the first node, each node to the next; a
 * wrapped row's pointer goes round, under the row, to the next row's start */
static void
render_links (cairo_t                   *cr,
              const PmlCollectorLayout  *layout,
              const PmlCollectorSection *section,
              const PmlPalette          *palette)
{
  const PmlRect *prev = &section->head;

  for (guint i = 0; i < section->n_nodes; i++)
    {
      const PmlRect *r = &g_array_index (layout->nodes, PmlCollectorNode, section->first_node + i).rect;

      if (r->y > prev->y + prev->height && i > 0)
        {
          double x0 = prev->x + prev->width, y0 = prev->y + prev->height / 2;
          double below = (prev->y + prev->height + r->y) / 2, left = r->x - 10;

          pml_render_set_color (cr, &palette->dim_text);
          cairo_set_line_width (cr, 1.2 * palette->line_scale);
          cairo_move_to (cr, x0, y0);
          cairo_line_to (cr, x0 + 8, y0);
          cairo_line_to (cr, x0 + 8, below);
          cairo_line_to (cr, left, below);
          cairo_line_to (cr, left, r->y + r->height / 2);
          cairo_stroke (cr);
          pml_render_arrow (cr, palette, left, r->y + r->height / 2, r->x, r->y + r->height / 2, 0,
                            &palette->dim_text);
        }
      else
        pml_render_arrow (cr, palette, prev->x + prev->width, prev->y + prev->height / 2, r->x, r->y + r->height / 2,
                          0, &palette->dim_text);
      prev = r;
    }
}

void
pml_render_collector (cairo_t                  *cr,
                      const PmlCollectorLayout *layout,
                      const PmlPalette         *palette)
{
  double line = pml_render_line_height (palette, PML_FONT_NORMAL);

  g_return_if_fail (layout != NULL);

  cairo_save (cr);
  pml_render_text_ellipsized (cr, palette, layout->title, 16, 16, PML_FONT_TITLE, TRUE, &palette->text,
                              PML_ALIGN_START, layout->width - 32, PANGO_ELLIPSIZE_END);
  pml_render_paragraph (cr, palette, layout->explain, 16, layout->explain_top, layout->width - 32, PML_FONT_NORMAL,
                        FALSE, &palette->text);

  for (guint i = 0; i < layout->sections->len; i++)
    {
      const PmlCollectorSection *section = &g_array_index (layout->sections, PmlCollectorSection, i);

      pml_render_text_ellipsized (cr, palette, section->title, section->rect.x, section->rect.y, PML_FONT_NORMAL, TRUE,
                                  &palette->dim_text, PML_ALIGN_START, section->rect.width, PANGO_ELLIPSIZE_END);
      /* the list head: CPython's PyGC_Head that starts the list */
      pml_render_rounded_rect (cr, &section->head, 4);
      pml_render_set_color (cr, &palette->card_border);
      cairo_set_line_width (cr, 1.0 * palette->line_scale);
      cairo_stroke (cr);
      pml_render_text (cr, palette, _("head"), section->head.x + section->head.width / 2, section->head.y + 3,
                       PML_FONT_SMALL, FALSE, &palette->dim_text, PML_ALIGN_CENTER);
      if (section->n_nodes == 0)
        pml_render_text (cr, palette, _("(empty)"), section->head.x + section->head.width + 12, section->head.y + 3,
                         PML_FONT_SMALL, FALSE, &palette->dim_text, PML_ALIGN_START);
      render_links (cr, layout, section, palette);
      for (guint k = 0; k < section->n_nodes; k++)
        render_node (cr, &g_array_index (layout->nodes, PmlCollectorNode, section->first_node + k), palette);
    }

  if (layout->weakref_lines->len > 0)
    {
      double y = layout->weakrefs_top;

      pml_render_text (cr, palette, _("Weak references cleared"), 16, y, PML_FONT_NORMAL, TRUE, &palette->dim_text,
                       PML_ALIGN_START);
      y += line + 4;
      for (guint i = 0; i < layout->weakref_lines->len; i++, y += line)
        pml_render_text_ellipsized (cr, palette, layout->weakref_lines->pdata[i], 16, y, PML_FONT_NORMAL, FALSE,
                                    &palette->text, PML_ALIGN_START, layout->width - 32, PANGO_ELLIPSIZE_END);
    }
  cairo_restore (cr);
}
