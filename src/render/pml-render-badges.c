/* pml-render-badges.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pml-render-badges.h"

/* A jump across the timeline is not a step: its changes are not badged */
#define MAX_STEP_EVENTS 200000

GArray *
pml_badges_collect (PmlInterp *interp,
                    guint      from,
                    guint      to)
{
  GArray *badges = g_array_new (FALSE, FALSE, sizeof (PmlBadge));
  g_autoptr(GHashTable) index = NULL;

  if (to <= from || to - from > MAX_STEP_EVENTS)
    return badges;
  index = g_hash_table_new (NULL, NULL);
  to = MIN (to, pml_interp_get_n_events (interp));
  for (guint i = from; i < to; i++)
    {
      const PmlObjEvent *ev = pml_interp_get_event (interp, i);
      PmlObjEventKind kind = pml_obj_event_get_kind (ev);
      gpointer at;
      gint32 delta;

      if (kind == PML_OBJ_EVENT_INCREF || kind == PML_OBJ_EVENT_NEW)
        delta = 1;
      else if (kind == PML_OBJ_EVENT_DECREF)
        delta = -1;
      else
        continue;
      if (g_hash_table_lookup_extended (index, GUINT_TO_POINTER (ev->serial), NULL, &at))
        g_array_index (badges, PmlBadge, GPOINTER_TO_UINT (at)).delta += delta;
      else
        {
          PmlBadge badge = { ev->serial, delta };

          g_hash_table_insert (index, GUINT_TO_POINTER (ev->serial), GUINT_TO_POINTER (badges->len));
          g_array_append_val (badges, badge);
        }
    }
  return badges;
}

void
pml_objects_layout_set_badges (PmlObjectsLayout *layout,
                               GArray           *badges)
{
  g_clear_pointer (&layout->badges, g_array_unref);
  layout->badges = badges;
  layout->badge_alpha = 1;
}

void
pml_objects_layout_set_badge_alpha (PmlObjectsLayout *layout,
                                    double            alpha)
{
  layout->badge_alpha = CLAMP (alpha, 0, 1);
}

const PmlBadge *
pml_objects_layout_find_badge (const PmlObjectsLayout *layout,
                               guint32                 serial)
{
  if (layout->badges == NULL)
    return NULL;
  for (guint i = 0; i < layout->badges->len; i++)
    if (g_array_index (layout->badges, PmlBadge, i).serial == serial)
      return &g_array_index (layout->badges, PmlBadge, i);
  return NULL;
}

static void
render_badge (cairo_t             *cr,
              const PmlObjectNode *node,
              const PmlBadge      *badge,
              double               alpha,
              const PmlPalette    *palette)
{
  /* rises in the accent colour, falls in red, no net change in grey */
  static const PmlColor fall = { 0.80, 0.18, 0.15, 1 };
  PmlColor color = badge->delta > 0 ? palette->accent : badge->delta < 0 ? fall : palette->dim_text;
  PmlColor ink = palette->background;
  double size = PML_FONT_SMALL, line = pml_render_line_height (palette, size);
  char text[16];
  PmlRect pill, outline = node->rect;

  /* what changed at this step stays outlined after the badge has gone */
  outline.x -= 1.5, outline.y -= 1.5, outline.width += 3, outline.height += 3;
  color.alpha = node->alpha;
  pml_render_set_color (cr, &color);
  cairo_set_line_width (cr, 2.5);
  pml_render_rounded_rect (cr, &outline, 7);
  cairo_stroke (cr);

  if (alpha <= 0)
    return;
  if (badge->delta == 0)
    g_snprintf (text, sizeof text, "\302\2610");
  else
    g_snprintf (text, sizeof text, badge->delta > 0 ? "+%d" : "\342\210\222%d", ABS (badge->delta));
  pill.height = line + 4;
  pill.width = MAX (pill.height, (double) g_utf8_strlen (text, -1) * size * 0.7 * palette->font_scale + 10);
  pill.x = node->rect.x + node->rect.width - pill.width * 0.75;
  pill.y = node->rect.y - pill.height * 0.5;
  color.alpha = alpha * node->alpha;
  ink.alpha = alpha * node->alpha;
  pml_render_set_color (cr, &color);
  pml_render_rounded_rect (cr, &pill, pill.height / 2);
  cairo_fill (cr);
  pml_render_text (cr, palette, text, pill.x + pill.width / 2, pill.y + 2, size, TRUE, &ink, PML_ALIGN_CENTER);
}

void
pml_render_badges (cairo_t                *cr,
                   const PmlObjectsLayout *layout,
                   const PmlPalette       *palette)
{
  if (layout->badges == NULL)
    return;
  for (guint i = 0; i < layout->badges->len; i++)
    {
      const PmlBadge *badge = &g_array_index (layout->badges, PmlBadge, i);
      int node = pml_objects_layout_find (layout, badge->serial);

      if (node >= 0)
        render_badge (cr, &g_array_index (layout->nodes, PmlObjectNode, node), badge, layout->badge_alpha, palette);
    }
}
