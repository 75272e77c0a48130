/* pml-objects-view.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pml-layout-view.h"
#include "pml-py.h"

G_BEGIN_DECLS

#define PML_TYPE_OBJECTS_VIEW (pml_objects_view_get_type ())

G_DECLARE_FINAL_TYPE (PmlObjectsView, pml_objects_view, PML, OBJECTS_VIEW, PmlLayoutView)

GtkWidget *pml_objects_view_new           (void);

/* @interp is borrowed: the window clears it before freeing the run */
void       pml_objects_view_set_interp    (PmlObjectsView *self,
                                           PmlInterp      *interp);
guint      pml_objects_view_get_n_nodes   (PmlObjectsView *self);
guint32    pml_objects_view_get_selected  (PmlObjectsView *self);
void       pml_objects_view_set_shared_values (PmlObjectsView *self,
                                               gboolean        shared_values);
gboolean   pml_objects_view_shows         (PmlObjectsView *self,
                                           guint32         serial);
void       pml_objects_view_select_index  (PmlObjectsView *self,
                                           guint           index);

G_END_DECLS
