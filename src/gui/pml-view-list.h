/* pml-view-list.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pml-layout-view.h"

G_BEGIN_DECLS

#define PML_TYPE_VIEW_LIST (pml_view_list_get_type ())

G_DECLARE_FINAL_TYPE (PmlViewList, pml_view_list, PML, VIEW_LIST, GtkWidget)

GtkWidget     *pml_view_list_new       (void);
PmlLayoutView *pml_view_list_get_view  (PmlViewList   *self);
void           pml_view_list_set_view  (PmlViewList   *self,
                                        PmlLayoutView *view);
guint          pml_view_list_get_n_rows (PmlViewList  *self);
const char    *pml_view_list_get_row   (PmlViewList   *self,
                                        guint          index);

G_END_DECLS
