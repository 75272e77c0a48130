/* pml-heap-view.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pml-heap.h"

G_BEGIN_DECLS

#define PML_TYPE_HEAP_VIEW (pml_heap_view_get_type ())

G_DECLARE_FINAL_TYPE (PmlHeapView, pml_heap_view, PML, HEAP_VIEW, GtkWidget)

GtkWidget *pml_heap_view_new           (void);
PmlHeap   *pml_heap_view_get_heap      (PmlHeapView *self);
void       pml_heap_view_set_heap      (PmlHeapView *self,
                                        PmlHeap     *heap);
gboolean   pml_heap_view_get_presenter (PmlHeapView *self);
void       pml_heap_view_set_presenter (PmlHeapView *self,
                                        gboolean     presenter);
void       pml_heap_view_state_changed (PmlHeapView *self);

G_END_DECLS
