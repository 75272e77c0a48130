/* pml-collector-view.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pml-layout-view.h"
#include "pml-py.h"

G_BEGIN_DECLS

#define PML_TYPE_COLLECTOR_VIEW (pml_collector_view_get_type ())

G_DECLARE_FINAL_TYPE (PmlCollectorView, pml_collector_view, PML, COLLECTOR_VIEW, PmlLayoutView)

GtkWidget *pml_collector_view_new         (void);
void       pml_collector_view_set_interp  (PmlCollectorView *self,
                                           PmlInterp        *interp);
/* Whether a collection is under way at the run's position: the view has
 * something to draw */
gboolean   pml_collector_view_is_active   (PmlCollectorView *self);
/* What is drawn, for tests: the objects of list @list (0 for a group of
 * objects drawn as one), in list order */
GArray    *pml_collector_view_get_list    (PmlCollectorView *self,
                                           guint             list);
const char *pml_collector_view_get_title  (PmlCollectorView *self);

G_END_DECLS
