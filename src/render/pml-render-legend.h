/* pml-render-legend.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "pml-palette.h"
#include "pml-render-text.h"

G_BEGIN_DECLS

/* Every mark the heap, pool and objects views draw, for a legend: each
 * sample is drawn by the function that draws the mark in the diagrams,
 * so the legend cannot drift from them. */
typedef enum
{
  PML_LEGEND_POOL_USED,
  PML_LEGEND_POOL_FULL,
  PML_LEGEND_POOL_EMPTY,
  PML_LEGEND_POOL_VIRGIN,
  PML_LEGEND_POOL_LOST,
  PML_LEGEND_POOL_CHOSEN,
  PML_LEGEND_ARENA_LINK,
  PML_LEGEND_BLOCK_ALLOCATED,
  PML_LEGEND_BLOCK_FREE,
  PML_LEGEND_FREE_CHAIN,
  PML_LEGEND_BLOCK_VIRGIN,
  PML_LEGEND_NEXTOFFSET,
  PML_LEGEND_BLOCK_CHOSEN,
  PML_LEGEND_CHANGED,
  PML_LEGEND_GENERATION_0,
  PML_LEGEND_GENERATION_1,
  PML_LEGEND_GENERATION_2,
  PML_LEGEND_PERMANENT,
  PML_LEGEND_UNTRACKED,
  PML_LEGEND_UNREACHABLE,
  PML_LEGEND_NAME,
  PML_LEGEND_REFERENCE,
  PML_LEGEND_WEAK_REFERENCE,
  PML_LEGEND_N_MARKS
} PmlLegendMark;

typedef enum
{
  PML_LEGEND_SECTION_HEAP,
  PML_LEGEND_SECTION_POOL,
  PML_LEGEND_SECTION_OBJECTS,
  PML_LEGEND_N_SECTIONS
} PmlLegendSection;

PmlLegendSection pml_legend_mark_section     (PmlLegendMark     mark);
const char      *pml_legend_mark_describe    (PmlLegendMark     mark);
const char      *pml_legend_section_title    (PmlLegendSection  section);
void             pml_render_legend_mark      (cairo_t          *cr,
                                              const PmlPalette *palette,
                                              PmlLegendMark     mark,
                                              guint             szidx,
                                              const PmlColor   *class_color,
                                              const PmlRect    *area);

G_END_DECLS
