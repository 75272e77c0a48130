/* pml-render-badges.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "pml-objects-layout.h"

G_BEGIN_DECLS

/* What changed at this step, on the objects view: each card whose
 * reference count changed is outlined, with its net change ("+1", "−1")
 * in a badge that fades out over the step's animation. */

typedef struct
{
  guint32 serial;
  gint32  delta;            /* the net change of its reference count */
} PmlBadge;

/* The objects whose count changed in events [@from, @to): PmlBadge, by
 * first change; empty when @to is not after @from or the step is too long
 * to be one step's */
GArray *pml_badges_collect            (PmlInterp              *interp,
                                       guint                   from,
                                       guint                   to);
/* @layout takes @badges (NULL: none), drawn fully visible */
void    pml_objects_layout_set_badges (PmlObjectsLayout       *layout,
                                       GArray                 *badges);
/* How visible the badges are, 0 to 1 (the outlines stay) */
void    pml_objects_layout_set_badge_alpha (PmlObjectsLayout  *layout,
                                            double             alpha);
const PmlBadge *pml_objects_layout_find_badge (const PmlObjectsLayout *layout,
                                               guint32                 serial);
void    pml_render_badges             (cairo_t                *cr,
                                       const PmlObjectsLayout *layout,
                                       const PmlPalette       *palette);

G_END_DECLS
