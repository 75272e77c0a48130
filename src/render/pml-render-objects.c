/* pml-render-objects.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "pml-objects-layout.h"
#include "pml-render-badges.h"

/* Generations by hue, as the heap view colours size classes: young blue,
 * middle green, old orange, the permanent generation violet */
void
pml_palette_generation_color (const PmlPalette    *palette,
                              const PmlObjectNode *node,
                              PmlColor            *out)
{
  static const guint hue_class[] = { 0, 5, 2, 7 };

  if (!node->tracked)
    {
      *out = palette->virgin;
      return;
    }
  pml_palette_class_color (palette, hue_class[MIN (node->generation, 3)], out);
}

static void
node_anchor (const PmlObjectNode *node,
             gboolean             right,
             double              *x,
             double              *y)
{
  *x = right ? node->rect.x + node->rect.width : node->rect.x;
  *y = node->rect.y + node->rect.height / 2;
}

static void
render_link_label (cairo_t          *cr,
                   const PmlPalette *palette,
                   const char       *label,
                   double            x1,
                   double            y1,
                   double            x2,
                   double            y2,
                   double            bend,
                   gboolean          below,
                   guint             parallel)
{
  /* the curve's middle: both control points sit at (cx, cy) */
  double cx = (x1 + x2) / 2 - (y2 - y1) * bend;
  double cy = (y1 + y2) / 2 + (x2 - x1) * bend;
  double mx = 0.125 * x1 + 0.75 * cx + 0.125 * x2;
  double my = 0.125 * y1 + 0.75 * cy + 0.125 * y2;
  double line = pml_render_line_height (palette, PML_FONT_NORMAL);

  if (label == NULL)
    return;
  /* the labels of links side by side each on a line of their own, so
     that "other" and "other" never run into "otherother" */
  my += (below ? 1 : -1) * (double) parallel * line;
  pml_render_text (cr, palette, label, mx, below ? my + 2 : my - line, PML_FONT_NORMAL, FALSE, &palette->dim_text,
                   PML_ALIGN_CENTER);
}

static void
render_link (cairo_t                *cr,
             const PmlObjectsLayout *layout,
             const PmlObjectLink    *link,
             guint                   parallel,
             const PmlPalette       *palette)
{
  const PmlObjectNode *to = &g_array_index (layout->nodes, PmlObjectNode, link->to);
  const PmlColor *color = to->unreachable ? &palette->dim_text : &palette->accent;
  double x1, y1, x2, y2, bend = 0.08;
  gboolean over_the_top = FALSE;

  if (link->from == PML_OBJECT_LINK_ROOT)
    {
      const PmlObjectRoot *root = &g_array_index (layout->roots, PmlObjectRoot, link->root);

      x1 = root->rect.x + root->rect.width;
      y1 = root->rect.y + root->rect.height / 2;
      node_anchor (to, FALSE, &x2, &y2);
      bend = 0;
    }
  else
    {
      const PmlObjectNode *from = &g_array_index (layout->nodes, PmlObjectNode, link->from);

      if (link->from == link->to)
        {
          /* a self-reference: a loop over the top right corner */
          x1 = from->rect.x + from->rect.width - 24;
          y1 = from->rect.y;
          x2 = from->rect.x + from->rect.width;
          y2 = from->rect.y + 14;
          bend = -1.2;
        }
      else if (to->rect.x > from->rect.x)
        {
          node_anchor (from, TRUE, &x1, &y1);
          node_anchor (to, FALSE, &x2, &y2);
        }
      else if (to->rect.x == from->rect.x)
        {
          /* the same column: a loop out to the right */
          node_anchor (from, TRUE, &x1, &y1);
          node_anchor (to, TRUE, &x2, &y2);
          y1 += y2 > y1 ? 6 : -6;
          y2 += y2 > y1 ? -6 : 6;
          /* down close to the cards, up further out: a pair stays apart */
          bend = (y2 > y1 ? -0.3 : 0.75) * (1 + 0.6 * parallel);
        }
      else
        {
          /* back to an earlier column (a cycle): over the top */
          x1 = from->rect.x + from->rect.width / 2;
          y1 = from->rect.y;
          x2 = to->rect.x + to->rect.width * 0.7;
          y2 = to->rect.y;
          /* an arc no higher than the room the layout leaves above a row */
          bend = MIN (0.25, 36.0 / MAX (1.0, hypot (x2 - x1, y2 - y1)));
          over_the_top = TRUE;
        }
      if (to->rect.x > from->rect.x)
        bend += 0.12 * parallel;
    }

  if (link->weak)
    {
      double dash[] = { 4.0 * palette->line_scale, 3.0 * palette->line_scale };

      cairo_set_dash (cr, dash, 2, 0);
    }
  pml_render_arrow (cr, palette, x1, y1, x2, y2, bend, color);
  cairo_set_dash (cr, NULL, 0, 0);
  if (link->from != PML_OBJECT_LINK_ROOT)
    render_link_label (cr, palette, link->weak ? _("weak") : link->label, x1, y1, x2, y2, bend, over_the_top,
                       parallel);
}

static void
render_root (cairo_t             *cr,
             const PmlObjectRoot *root,
             const PmlPalette    *palette)
{
  g_autofree char *text = root->scope != NULL ? g_strdup_printf ("%s · %s", root->scope, root->name)
                                              : g_strdup (root->name);
  double line = pml_render_line_height (palette, PML_FONT_NORMAL);

  pml_render_rounded_rect (cr, &root->rect, root->rect.height / 2);
  pml_render_set_color (cr, &palette->card);
  cairo_fill_preserve (cr);
  pml_render_set_color (cr, &palette->accent);
  cairo_set_line_width (cr, 1.2 * palette->line_scale);
  cairo_stroke (cr);
  /* a long "Class.method · name" loses the start of its scope, never the
     name itself */
  pml_render_text_ellipsized (cr, palette, text, root->rect.x + root->rect.width / 2,
                              root->rect.y + (root->rect.height - line) / 2, PML_FONT_NORMAL, TRUE,
                              &palette->text, PML_ALIGN_CENTER, root->rect.width - 12,
                              PANGO_ELLIPSIZE_START);
}

static char *
describe_state (const PmlObjectNode *node)
{
  if (node->gc_refs >= 0)
    /* Translators: the collector's working count of an object */
    return g_strdup_printf (_("gc_refs %lld"), (long long) node->gc_refs);
  if (!node->tracked)
    return g_strdup (_("untracked"));
  if (node->generation == 3)
    return g_strdup (_("permanent generation"));
  return g_strdup_printf (_("generation %u"), node->generation);
}

static void
render_node (cairo_t             *cr,
             const PmlObjectNode *node,
             const PmlPalette    *palette)
{
  double line = pml_render_line_height (palette, PML_FONT_NORMAL);
  const PmlColor *text_color = node->unreachable ? &palette->dim_text : &palette->text;
  g_autofree char *title = g_strdup_printf ("%s #%u", node->type_name, node->serial);
  g_autofree char *counts = NULL;
  g_autofree char *state = describe_state (node);
  PmlColor strip;
  PmlRect rect = node->rect;

  if (!pml_rect_visible (cr, &rect) || node->alpha <= 0)
    return;
  if (node->alpha < 1)
    cairo_push_group (cr);

  /* Translators: an object's reference count and size in the objects view */
  counts = g_strdup_printf (_("refcount %lld · %llu B"), (long long) node->refcnt,
                            (unsigned long long) node->size);
  pml_render_rounded_rect (cr, &rect, 6);
  pml_render_set_color (cr, node->unreachable ? &palette->unreachable : &palette->card);
  cairo_fill_preserve (cr);
  if (node->unreachable)
    {
      double dash[] = { 5.0 * palette->line_scale, 3.0 * palette->line_scale };

      cairo_set_dash (cr, dash, 2, 0);
    }
  pml_render_set_color (cr, node->unreachable ? &palette->dim_text : &palette->card_border);
  cairo_set_line_width (cr, 1.0 * palette->line_scale);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);

  /* the generation's colour, as a strip down the left side */
  pml_palette_generation_color (palette, node, &strip);
  if (node->unreachable)
    strip.alpha = 0.45;
  cairo_save (cr);
  pml_render_rounded_rect (cr, &rect, 6);
  cairo_clip (cr);
  pml_render_set_color (cr, &strip);
  cairo_rectangle (cr, rect.x, rect.y, 8 * palette->line_scale, rect.height);
  cairo_fill (cr);
  cairo_rectangle (cr, rect.x + 8 * palette->line_scale + 4, rect.y, rect.width - 12 * palette->line_scale - 6,
                   rect.height);
  cairo_clip (cr);
  pml_render_text (cr, palette, title, rect.x + 8 * palette->line_scale + 6, rect.y + 5, PML_FONT_NORMAL, TRUE,
                   text_color, PML_ALIGN_START);
  pml_render_text (cr, palette, counts, rect.x + 8 * palette->line_scale + 6, rect.y + 5 + line, PML_FONT_NORMAL,
                   FALSE, text_color, PML_ALIGN_START);
  pml_render_text (cr, palette, state, rect.x + 8 * palette->line_scale + 6, rect.y + 5 + 2 * line,
                   PML_FONT_NORMAL, node->gc_refs >= 0, node->gc_refs >= 0 ? &palette->accent : &palette->dim_text,
                   PML_ALIGN_START);
  cairo_restore (cr);
  if (node->alpha < 1)
    {
      cairo_pop_group_to_source (cr);
      cairo_paint_with_alpha (cr, node->alpha);
    }
}

void
pml_render_objects (cairo_t                *cr,
                    const PmlObjectsLayout *layout,
                    const PmlPalette       *palette)
{
  double line = pml_render_line_height (palette, PML_FONT_NORMAL);

  if (!layout->has_graph)
    {
      pml_render_text (cr, palette, _("The script has not started: no objects of its own yet."), 16, 16,
                       PML_FONT_NORMAL, FALSE, &palette->dim_text, PML_ALIGN_START);
      return;
    }

  pml_render_text (cr, palette, _("Names"), 16, 16 - 4, PML_FONT_SMALL, TRUE, &palette->dim_text,
                   PML_ALIGN_START);
  if (layout->nodes->len == 0)
    pml_render_text (cr, palette, _("No objects of the script are alive."), 16 + 120 * palette->font_scale + 72,
                     16 - 4, PML_FONT_SMALL, FALSE, &palette->dim_text, PML_ALIGN_START);
  if (layout->apart_top > 0)
    pml_render_text (cr, palette,
                     layout->collecting ? _("Reached from no name: only the cycle collector can find these")
                                        : _("Reached from no name (a cycle, or not yet bound to a name)"),
                     16, layout->apart_top, PML_FONT_SMALL, TRUE, &palette->dim_text, PML_ALIGN_START);

  for (guint i = 0; i < layout->links->len; i++)
    {
      const PmlObjectLink *link = &g_array_index (layout->links, PmlObjectLink, i);
      guint parallel = 0;

      /* references between the same two objects fan out */
      for (guint k = 0; k < i; k++)
        {
          const PmlObjectLink *other = &g_array_index (layout->links, PmlObjectLink, k);

          parallel += other->from == link->from && other->to == link->to && other->root == link->root;
        }
      render_link (cr, layout, link, parallel, palette);
    }
  for (guint i = 0; i < layout->roots->len; i++)
    render_root (cr, &g_array_index (layout->roots, PmlObjectRoot, i), palette);
  for (guint i = 0; i < layout->nodes->len; i++)
    render_node (cr, &g_array_index (layout->nodes, PmlObjectNode, i), palette);
  pml_render_badges (cr, layout, palette);

  if (layout->truncated || layout->stale)
    {
      g_autofree char *text = g_strdup_printf (_("Only the first %d objects are drawn."), PML_GRAPH_MAX_NODES);

      pml_render_text (cr, palette,
                       layout->stale ? _("The run was too long to keep who refers to whom at every line: the "
                                         "names and arrows are those of an earlier line.")
                                     : text,
                       16, layout->height - 16 - line, PML_FONT_SMALL, FALSE, &palette->dim_text, PML_ALIGN_START);
    }
}
