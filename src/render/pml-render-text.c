/* pml-render-text.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>

#include "pml-render-text.h"

double
pml_render_line_height (const PmlPalette *palette,
                        double            size)
{
  return ceil (size * palette->font_scale * 1.6);
}

void
pml_render_set_color (cairo_t        *cr,
                      const PmlColor *color)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
}

static PangoLayout *
create_layout (cairo_t          *cr,
               const PmlPalette *palette,
               const char       *text,
               double            size,
               gboolean          bold)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string (palette->font_family);

  pango_font_description_set_absolute_size (font, size * palette->font_scale * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  pango_font_description_free (font);
  return layout;
}

/* Draws one line of text with its top at @y; returns its width. With
 * @max_width > 0 it is cut to that width, the dropped part replaced by an
 * ellipsis where @ellipsize says */
double
pml_render_text_ellipsized (cairo_t            *cr,
                            const PmlPalette   *palette,
                            const char         *text,
                            double              x,
                            double              y,
                            double              size,
                            gboolean            bold,
                            const PmlColor     *color,
                            PmlAlign            align,
                            double              max_width,
                            PangoEllipsizeMode  ellipsize)
{
  PangoLayout *layout = create_layout (cr, palette, text, size, bold);
  int width, height;

  if (max_width > 0)
    {
      pango_layout_set_width (layout, (int) (max_width * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, ellipsize);
    }
  pango_layout_get_pixel_size (layout, &width, &height);

  if (align == PML_ALIGN_CENTER)
    x -= width / 2.0;
  else if (align == PML_ALIGN_END)
    x -= width;

  pml_render_set_color (cr, color);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);

  g_object_unref (layout);
  return width;
}

/* Text broken at word boundaries (inside a word only where one word is
 * wider than @width), its top at @y; returns the height it takes, a
 * one-line paragraph taking one pml_render_line_height. Draws only when
 * @color is not NULL, so a caller can measure first. */
double
pml_render_paragraph (cairo_t          *cr,
                      const PmlPalette *palette,
                      const char       *text,
                      double            x,
                      double            y,
                      double            width,
                      double            size,
                      gboolean          bold,
                      const PmlColor   *color)
{
  PangoLayout *layout = create_layout (cr, palette, text, size, bold);
  PangoRectangle first_line;
  int height;

  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_get_pixel_size (layout, NULL, &height);
  pango_layout_line_get_pixel_extents (pango_layout_get_line_readonly (layout, 0), NULL, &first_line);

  if (color != NULL)
    {
      pml_render_set_color (cr, color);
      cairo_move_to (cr, x, y);
      pango_cairo_show_layout (cr, layout);
    }

  g_object_unref (layout);
  return height - first_line.height + pml_render_line_height (palette, size);
}

double
pml_render_text (cairo_t          *cr,
                 const PmlPalette *palette,
                 const char       *text,
                 double            x,
                 double            y,
                 double            size,
                 gboolean          bold,
                 const PmlColor   *color,
                 PmlAlign          align)
{
  return pml_render_text_ellipsized (cr, palette, text, x, y, size, bold, color, align, 0,
                                     PANGO_ELLIPSIZE_NONE);
}

/* A line (curved by @bend, a fraction of its length) with a head at the end */
void
pml_render_arrow (cairo_t          *cr,
                  const PmlPalette *palette,
                  double            x1,
                  double            y1,
                  double            x2,
                  double            y2,
                  double            bend,
                  const PmlColor   *color)
{
  double dx = x2 - x1, dy = y2 - y1;
  double length = hypot (dx, dy);
  double head = 6.0 * palette->line_scale;
  double cx, cy, angle;

  if (length < 1e-6)
    return;

  /* control point off the middle, perpendicular to the line */
  cx = (x1 + x2) / 2 - dy * bend;
  cy = (y1 + y2) / 2 + dx * bend;
  angle = atan2 (y2 - cy, x2 - cx);

  pml_render_set_color (cr, color);
  cairo_set_line_width (cr, 1.2 * palette->line_scale);
  cairo_move_to (cr, x1, y1);
  cairo_curve_to (cr, cx, cy, cx, cy,
                  x2 - cos (angle) * head * 0.8, y2 - sin (angle) * head * 0.8);
  cairo_stroke (cr);

  cairo_move_to (cr, x2, y2);
  cairo_line_to (cr, x2 - head * cos (angle - 0.45), y2 - head * sin (angle - 0.45));
  cairo_line_to (cr, x2 - head * cos (angle + 0.45), y2 - head * sin (angle + 0.45));
  cairo_close_path (cr);
  cairo_fill (cr);
}

void
pml_render_rounded_rect (cairo_t       *cr,
                         const PmlRect *rect,
                         double         radius)
{
  double x = rect->x, y = rect->y, w = rect->width, h = rect->height;

  radius = MIN (radius, MIN (w, h) / 2);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + w - radius, y + h - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + h - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

gboolean
pml_rect_contains (const PmlRect *rect,
                   double         x,
                   double         y)
{
  return x >= rect->x && x < rect->x + rect->width &&
         y >= rect->y && y < rect->y + rect->height;
}

/* Skips drawing what lies outside the clip: a 1,000-arena heap is tall */
gboolean
pml_rect_visible (cairo_t       *cr,
                  const PmlRect *rect)
{
  double x1, y1, x2, y2;

  cairo_clip_extents (cr, &x1, &y1, &x2, &y2);
  return rect->x < x2 && rect->x + rect->width > x1 &&
         rect->y < y2 && rect->y + rect->height > y1;
}
