/* pml-render-text.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "pml-palette.h"

G_BEGIN_DECLS

/* Small drawing helpers every view shares: text through Pango, colours,
 * arrows. Geometry is in user-space units at scale 1. */

typedef enum
{
  PML_ALIGN_START,
  PML_ALIGN_CENTER,
  PML_ALIGN_END,
} PmlAlign;

typedef struct
{
  double x;
  double y;
  double width;
  double height;
} PmlRect;

/* Font sizes before the palette's font scale */
#define PML_FONT_SMALL  9.0
#define PML_FONT_NORMAL 11.0
#define PML_FONT_TITLE  15.0

double pml_render_line_height (const PmlPalette *palette,
                               double            size);
void   pml_render_set_color   (cairo_t          *cr,
                               const PmlColor   *color);
double pml_render_text        (cairo_t          *cr,
                               const PmlPalette *palette,
                               const char       *text,
                               double            x,
                               double            y,
                               double            size,
                               gboolean          bold,
                               const PmlColor   *color,
                               PmlAlign          align);
/* as pml_render_text, cut to @max_width with an ellipsis where @ellipsize
 * says (PANGO_ELLIPSIZE_START keeps the end of a name in view) */
double pml_render_text_ellipsized (cairo_t            *cr,
                                   const PmlPalette   *palette,
                                   const char         *text,
                                   double              x,
                                   double              y,
                                   double              size,
                                   gboolean            bold,
                                   const PmlColor     *color,
                                   PmlAlign            align,
                                   double              max_width,
                                   PangoEllipsizeMode  ellipsize);
/* @text wrapped to @width; returns its height (draws nothing when @color
 * is NULL) */
double pml_render_paragraph   (cairo_t          *cr,
                               const PmlPalette *palette,
                               const char       *text,
                               double            x,
                               double            y,
                               double            width,
                               double            size,
                               gboolean          bold,
                               const PmlColor   *color);
void   pml_render_arrow       (cairo_t          *cr,
                               const PmlPalette *palette,
                               double            x1,
                               double            y1,
                               double            x2,
                               double            y2,
                               double            bend,
                               const PmlColor   *color);
void   pml_render_rounded_rect (cairo_t         *cr,
                                const PmlRect   *rect,
                                double           radius);
gboolean pml_rect_contains    (const PmlRect    *rect,
                               double            x,
                               double            y);
gboolean pml_rect_visible     (cairo_t          *cr,
                               const PmlRect    *rect);

G_END_DECLS
