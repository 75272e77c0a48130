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

#define PML_HEAP_VIEW_MIN_ZOOM 0.4
#define PML_HEAP_VIEW_MAX_ZOOM 3.0

GtkWidget *pml_heap_view_new                    (void);
PmlHeap   *pml_heap_view_get_heap               (PmlHeapView *self);
void       pml_heap_view_set_heap               (PmlHeapView *self,
                                                 PmlHeap     *heap);
gboolean   pml_heap_view_get_presenter          (PmlHeapView *self);
void       pml_heap_view_set_presenter          (PmlHeapView *self,
                                                 gboolean     presenter);
double     pml_heap_view_get_zoom               (PmlHeapView *self);
void       pml_heap_view_set_zoom               (PmlHeapView *self,
                                                 double       zoom);
guint      pml_heap_view_get_animation_duration (PmlHeapView *self);
void       pml_heap_view_set_animation_duration (PmlHeapView *self,
                                                 guint        ms);
void       pml_heap_view_set_selected_pool      (PmlHeapView *self,
                                                 guint        slot,
                                                 guint        index);
gboolean   pml_heap_view_get_selected_pool      (PmlHeapView *self,
                                                 guint       *slot,
                                                 guint       *index);
gboolean   pml_heap_view_is_animating           (PmlHeapView *self);
void       pml_heap_view_state_changed          (PmlHeapView *self);

G_END_DECLS
