/* pml-palette.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "pml-palette.h"

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0, 1.0 }

/* GNOME's palette: light and dark designed alike, high contrast enough for
 * a projector in presenter mode. */
static const PmlPalette light = {
  .background = RGB (0xfafafa),
  .card = RGB (0xffffff),
  .card_border = RGB (0xc0bfbc),
  .text = RGB (0x241f31),
  .dim_text = RGB (0x5e5c64),
  .accent = RGB (0x1c71d8),
  .virgin = RGB (0xe6e6e6),
  .unreachable = RGB (0xe6e6e6),
  .empty = RGB (0xffffff),
  .free_block = RGB (0xf6f5f4),
  .raw = RGB (0x9a9996),
  .changed = RGB (0xe66100),
  .class_saturation = 0.6,
  .class_lightness = { 0.62, 0.76, 0.50 },
  .line_scale = 1.0,
  .font_scale = 1.0,
  .font_family = "Cantarell, Sans",
};

static const PmlPalette dark = {
  .background = RGB (0x242424),
  .card = RGB (0x303030),
  .card_border = RGB (0x5e5c64),
  .text = RGB (0xffffff),
  .dim_text = RGB (0xc0bfbc),
  .accent = RGB (0x78aeed),
  .virgin = RGB (0x3d3846),
  /* the background: its violet grey was hard to tell from a card's grey */
  .unreachable = RGB (0x242424),
  .empty = RGB (0x1e1e1e),
  .free_block = RGB (0x241f31),
  .raw = RGB (0x77767b),
  .changed = RGB (0xf6d32d),
  .class_saturation = 0.55,
  .class_lightness = { 0.48, 0.36, 0.60 },
  .line_scale = 1.0,
  .font_scale = 1.0,
  .font_family = "Cantarell, Sans",
};

void
pml_palette_init (PmlPalette *self,
                  PmlTheme    theme,
                  gboolean    presenter)
{
  *self = theme == PML_THEME_DARK ? dark : light;

  if (theme == PML_THEME_PRINT)
    {
      self->background = (PmlColor) RGB (0xffffff);
      self->card_border = (PmlColor) RGB (0x77767b);
      self->text = (PmlColor) RGB (0x000000);
      self->dim_text = (PmlColor) RGB (0x3d3846);
    }

  if (presenter)
    {
      self->line_scale = 2.0;
      self->font_scale = 1.5;
      self->card_border = self->dim_text;
    }
}

static double
hue_to_channel (double p,
                double q,
                double t)
{
  if (t < 0)
    t += 1;
  if (t > 1)
    t -= 1;
  if (t < 1.0 / 6)
    return p + (q - p) * 6 * t;
  if (t < 1.0 / 2)
    return q;
  if (t < 2.0 / 3)
    return p + (q - p) * (2.0 / 3 - t) * 6;
  return p;
}

/* The @index-th colour of a sequence in which any first few are far apart:
 * the golden angle spreads the hues around the wheel, and three
 * lightnesses taken in turn part the hues it brings close (8, 13 and 21
 * steps apart; none a multiple of 3). The first 16 stay clearly apart. */
void
pml_palette_class_color (const PmlPalette *self,
                         guint             index,
                         PmlColor         *out)
{
  double hue = fmod (0.58 + index * 0.381966, 1.0);
  double l = self->class_lightness[index % G_N_ELEMENTS (self->class_lightness)];
  double s = self->class_saturation;
  double q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  double p = 2 * l - q;

  out->red = hue_to_channel (p, q, hue + 1.0 / 3);
  out->green = hue_to_channel (p, q, hue);
  out->blue = hue_to_channel (p, q, hue - 1.0 / 3);
  out->alpha = 1.0;
}

/* A pool's colour: size class @szidx's. The classes in use (the bits of
 * @classes_in_use) take the first colours of the sequence, smallest class
 * first, so that the few a picture shows are never alike; 0, or a class
 * not in use, falls back to the class's own place in the sequence. */
void
pml_palette_pool_color (const PmlPalette *self,
                        guint32           classes_in_use,
                        guint             szidx,
                        PmlColor         *out)
{
  guint32 below;

  if (szidx >= 32 || (classes_in_use & (1u << szidx)) == 0)
    {
      pml_palette_class_color (self, szidx, out);
      return;
    }
  below = classes_in_use & ((1u << szidx) - 1);
  pml_palette_class_color (self, (guint) __builtin_popcount (below), out);
}

gboolean
pml_theme_from_string (const char *name,
                       PmlTheme   *out)
{
  static const struct { const char *name; PmlTheme theme; } themes[] = {
    { "light", PML_THEME_LIGHT },
    { "dark", PML_THEME_DARK },
    { "print", PML_THEME_PRINT },
  };

  for (guint i = 0; i < G_N_ELEMENTS (themes); i++)
    {
      if (g_str_equal (name, themes[i].name))
        {
          *out = themes[i].theme;
          return TRUE;
        }
    }

  return FALSE;
}
