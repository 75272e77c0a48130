/* pml-heap-view.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pml-heap.h"
#include "pml-layout-view.h"

G_BEGIN_DECLS

#define PML_TYPE_HEAP_VIEW (pml_heap_view_get_type ())

G_DECLARE_FINAL_TYPE (PmlHeapView, pml_heap_view, PML, HEAP_VIEW, PmlLayoutView)

GtkWidget *pml_heap_view_new               (void);
PmlHeap   *pml_heap_view_get_heap          (PmlHeapView *self);
void       pml_heap_view_set_heap          (PmlHeapView *self,
                                            PmlHeap     *heap);
void       pml_heap_view_set_selected_pool (PmlHeapView *self,
                                            guint        slot,
                                            guint        index);
gboolean   pml_heap_view_get_selected_pool (PmlHeapView *self,
                                            guint       *slot,
                                            guint       *index);

G_END_DECLS
