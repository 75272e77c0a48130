/* pml-render-objects.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>
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
  /* an instance's reference to its class: there, but quiet */
  gboolean quiet = link->label != NULL && strcmp (link->label, "__class__") == 0;
  const PmlColor *color = to->unreachable || quiet ? &palette->dim_text : &palette->accent;
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
      const PmlObjectRow *row = link->root != G_MAXUINT ? &g_array_index (layout->rows, PmlObjectRow, link->root)
                                                        : NULL;

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
          /* from the slot that holds it */
          if (row != NULL)
            y1 = row->rect.y + row->rect.height / 2;
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
  /* a slot's row names it; an arrow from nowhere in particular says what */
  if (link->from != PML_OBJECT_LINK_ROOT && !quiet && (link->weak || link->root == G_MAXUINT || to->rect.x <= x1 - 1))
    render_link_label (cr, palette, link->weak ? _("weak") : link->label, x1, y1, x2, y2, bend, over_the_top,
                       parallel);
}

/* A name (or a holder) and its value, or the dot its arrow leaves from */
static void
render_row (cairo_t          *cr,
            const PmlRect    *rect,
            const char       *label,
            const char       *value,
            gboolean          holder,
            const PmlPalette *palette)
{
  double line = pml_render_line_height (palette, PML_FONT_NORMAL);
  double y = rect->y + (rect->height - line) / 2;
  /* a row with an arrow gives its label the width, up to the dot */
  double split = value != NULL ? rect->x + rect->width * 0.55 : rect->x + rect->width - 10;

  if (label != NULL)
    pml_render_text_ellipsized (cr, palette, label, split - 6, y, PML_FONT_NORMAL, !holder,
                                holder ? &palette->dim_text : &palette->text, PML_ALIGN_END, split - rect->x - 8,
                                PANGO_ELLIPSIZE_START);
  if (value != NULL)
    pml_render_text_ellipsized (cr, palette, value, split + 2, y, PML_FONT_NORMAL, FALSE, &palette->text,
                                PML_ALIGN_START, rect->x + rect->width - split - 6, PANGO_ELLIPSIZE_END);
  else
    {
      cairo_arc (cr, rect->x + rect->width - 6, rect->y + rect->height / 2, 3 * palette->line_scale, 0, 2 * G_PI);
      pml_render_set_color (cr, &palette->accent);
      cairo_fill (cr);
    }
}

static void
render_root (cairo_t             *cr,
             const PmlObjectRoot *root,
             const PmlPalette    *palette)
{
  pml_render_rounded_rect (cr, &root->rect, 4);
  pml_render_set_color (cr, &palette->card);
  cairo_fill_preserve (cr);
  pml_render_set_color (cr, root->holder ? &palette->card_border : &palette->accent);
  cairo_set_line_width (cr, 1.0 * palette->line_scale);
  cairo_stroke (cr);
  render_row (cr, &root->rect, root->name, root->value, root->holder, palette);
}

static void
render_frame (cairo_t              *cr,
              const PmlObjectFrame *frame,
              const PmlPalette     *palette)
{
  g_autofree char *title = NULL;

  if (frame->name == NULL)
    /* Translators: the objects view's box of the module's names */
    title = g_strdup_printf (_("Global frame · line %d"), frame->line);
  else
    /* Translators: the objects view's box of a running call's names */
    title = g_strdup_printf (_("%s() · line %d"), frame->name, frame->line);
  pml_render_rounded_rect (cr, &frame->rect, 6);
  pml_render_set_color (cr, &palette->background);
  cairo_fill_preserve (cr);
  pml_render_set_color (cr, &palette->card_border);
  cairo_set_line_width (cr, 1.0 * palette->line_scale);
  cairo_stroke (cr);
  pml_render_text_ellipsized (cr, palette, title, frame->rect.x + 8, frame->rect.y + 4, PML_FONT_NORMAL, TRUE,
                              &palette->text, PML_ALIGN_START, frame->rect.width - 16, PANGO_ELLIPSIZE_START);
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
render_node (cairo_t                *cr,
             const PmlObjectsLayout *layout,
             const PmlObjectNode    *node,
             const PmlPalette       *palette)
{
  double line = pml_render_line_height (palette, PML_FONT_NORMAL);
  const PmlColor *text_color = node->unreachable ? &palette->dim_text : &palette->text;
  g_autofree char *title = g_strdup_printf ("%s #%u", node->type_name, node->serial);
  g_autofree char *counts = NULL;
  g_autofree char *state = describe_state (node);
  g_autofree char *outside = NULL;
  g_autofree char *block = NULL;
  double y;
  PmlColor strip;
  PmlRect rect = node->rect;

  if (!pml_rect_visible (cr, &rect) || node->alpha <= 0)
    return;
  if (node->alpha < 1)
    cairo_push_group (cr);

  if (node->shared_static)
    /* Translators: None, True, a cached small int: one object the whole runtime shares */
    counts = g_strdup (_("shared by the runtime"));
  else
    /* Translators: an object's reference count and size in the objects view */
    counts = g_strdup_printf (_("refcount %lld · %llu B"), (long long) node->refcnt,
                              (unsigned long long) node->size);
  if (!node->shared_static)
    block = pml_objects_describe_block (node->size);
  if (node->outside > 0)
    /* Translators: references to an object the picture does not draw */
    outside = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "+%u from outside the picture",
                                            "+%u from outside the picture", node->outside), node->outside);
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
  y = rect.y + 5;
  pml_render_text (cr, palette, title, rect.x + 8 * palette->line_scale + 6, y, PML_FONT_NORMAL, TRUE,
                   text_color, PML_ALIGN_START);
  y += line;
  if (node->value != NULL)
    {
      pml_render_text_ellipsized (cr, palette, node->value, rect.x + 8 * palette->line_scale + 6, y,
                                  PML_FONT_NORMAL, FALSE, text_color, PML_ALIGN_START,
                                  rect.width - 8 * palette->line_scale - 12, PANGO_ELLIPSIZE_END);
      y += line;
    }
  pml_render_text (cr, palette, counts, rect.x + 8 * palette->line_scale + 6, y, PML_FONT_NORMAL,
                   FALSE, text_color, PML_ALIGN_START);
  y += line;
  if (block != NULL)
    {
      pml_render_text_ellipsized (cr, palette, block, rect.x + 8 * palette->line_scale + 6, y + 2, PML_FONT_SMALL,
                                  FALSE, &palette->dim_text, PML_ALIGN_START,
                                  rect.width - 8 * palette->line_scale - 12, PANGO_ELLIPSIZE_END);
      y += line;
    }
  if (outside != NULL)
    {
      pml_render_text (cr, palette, outside, rect.x + 8 * palette->line_scale + 6, y + 2, PML_FONT_SMALL, FALSE,
                       &palette->dim_text, PML_ALIGN_START);
      y += line;
    }
  pml_render_text (cr, palette, state, rect.x + 8 * palette->line_scale + 6, y,
                   PML_FONT_NORMAL, node->gc_refs >= 0, node->gc_refs >= 0 ? &palette->accent : &palette->dim_text,
                   PML_ALIGN_START);
  cairo_restore (cr);
  for (guint r = 0; r < node->n_rows; r++)
    {
      const PmlObjectRow *row = &g_array_index (layout->rows, PmlObjectRow, node->first_row + r);

      render_row (cr, &row->rect, row->label, row->value, FALSE, palette);
    }
  if (node->n_slots > node->n_rows)
    {
      /* Translators: a container's slots the card has no room for */
      g_autofree char *more = g_strdup_printf (_("… %u more"), node->n_slots - node->n_rows);

      pml_render_text (cr, palette, more, rect.x + rect.width / 2, rect.y + rect.height - 5 - line, PML_FONT_NORMAL,
                       FALSE, &palette->dim_text, PML_ALIGN_CENTER);
    }
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

  pml_render_text (cr, palette, _("Frames"), 16, 16 - 4, PML_FONT_SMALL, TRUE, &palette->dim_text,
                   PML_ALIGN_START);
  if (layout->nodes->len == 0)
    pml_render_text (cr, palette, _("No objects of the script are alive."), 16 + 200 * palette->font_scale + 72,
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
  for (guint i = 0; i < layout->frames->len; i++)
    render_frame (cr, &g_array_index (layout->frames, PmlObjectFrame, i), palette);
  for (guint i = 0; i < layout->roots->len; i++)
    render_root (cr, &g_array_index (layout->roots, PmlObjectRoot, i), palette);
  for (guint i = 0; i < layout->nodes->len; i++)
    render_node (cr, layout, &g_array_index (layout->nodes, PmlObjectNode, i), palette);
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
