/* pml-legend.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pml-heap.h"

G_BEGIN_DECLS

#define PML_TYPE_LEGEND (pml_legend_get_type ())

G_DECLARE_FINAL_TYPE (PmlLegend, pml_legend, PML, LEGEND, GtkWidget)

GtkWidget *pml_legend_new            (void);
PmlHeap   *pml_legend_get_heap       (PmlLegend *self);
void       pml_legend_set_heap       (PmlLegend *self,
                                      PmlHeap   *heap);
void       pml_legend_refresh        (PmlLegend *self);
guint      pml_legend_get_n_classes  (PmlLegend *self);
guint      pml_legend_get_n_marks    (PmlLegend *self);

G_END_DECLS
