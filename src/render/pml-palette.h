/* pml-palette.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  double red;
  double green;
  double blue;
  double alpha;
} PmlColor;

typedef enum
{
  PML_THEME_LIGHT,
  PML_THEME_DARK,
  PML_THEME_PRINT,     /* light, no tinted backgrounds: for paper */
} PmlTheme;

/* Everything the renderer needs to know about how things look */
typedef struct
{
  PmlColor background;
  PmlColor card;           /* arena cards, table rows */
  PmlColor card_border;
  PmlColor text;
  PmlColor dim_text;
  PmlColor accent;         /* links, arrows, the freeblock chain */
  PmlColor virgin;         /* never carved / never handed out */
  PmlColor unreachable;    /* a card the collector found unreachable */
  PmlColor empty;          /* an empty pool */
  PmlColor free_block;     /* a block on the freeblock chain */
  PmlColor raw;            /* raw (libc) blocks */
  PmlColor changed;        /* what the last step changed (heap and pool views) */
  double   class_saturation;
  double   class_lightness[3];  /* the class colours take turns at three lightnesses */
  double   line_scale;     /* thicker lines for projectors */
  double   font_scale;
  const char *font_family;
} PmlPalette;

void     pml_palette_init        (PmlPalette *self,
                                  PmlTheme    theme,
                                  gboolean    presenter);
void     pml_palette_class_color (const PmlPalette *self,
                                  guint             szidx,
                                  PmlColor         *out);
void     pml_palette_pool_color  (const PmlPalette *self,
                                  guint32           classes_in_use,
                                  guint             szidx,
                                  PmlColor         *out);
gboolean pml_theme_from_string   (const char *name,
                                  PmlTheme   *out);

G_END_DECLS
