/* pml-pool-view.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pml-heap.h"
#include "pml-layout-view.h"

G_BEGIN_DECLS

#define PML_TYPE_POOL_VIEW (pml_pool_view_get_type ())

G_DECLARE_FINAL_TYPE (PmlPoolView, pml_pool_view, PML, POOL_VIEW, PmlLayoutView)

GtkWidget *pml_pool_view_new      (void);
void       pml_pool_view_set_heap (PmlPoolView *self,
                                   PmlHeap     *heap);
void       pml_pool_view_get_pool (PmlPoolView *self,
                                   guint       *out_slot,
                                   guint       *out_index);
void       pml_pool_view_set_pool (PmlPoolView *self,
                                   guint        slot,
                                   guint        index);
void       pml_pool_view_set_selected_block (PmlPoolView *self,
                                             int          block);
int        pml_pool_view_get_selected_block (PmlPoolView *self);

G_END_DECLS
