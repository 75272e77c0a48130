/* pml-compare-view.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pml-preset.h"

G_BEGIN_DECLS

#define PML_TYPE_COMPARE_VIEW (pml_compare_view_get_type ())

G_DECLARE_FINAL_TYPE (PmlCompareView, pml_compare_view, PML, COMPARE_VIEW, GtkWidget)

GtkWidget *pml_compare_view_new            (void);
gboolean   pml_compare_view_load           (PmlCompareView  *self,
                                            const char      *path,
                                            const char      *source,
                                            const PmlPreset *preset_a,
                                            const PmlPreset *preset_b,
                                            GError         **error);
/* both runs, one line forward or back; FALSE at an end */
gboolean   pml_compare_view_step           (PmlCompareView  *self,
                                            gboolean         forward);
void       pml_compare_view_seek_start     (PmlCompareView  *self);
void       pml_compare_view_seek_end       (PmlCompareView  *self);
/* the line that just ran in both (0 before the first) */
gint       pml_compare_view_get_line       (PmlCompareView  *self);
/* the differences listed now, each "LABEL\tA\tB" (for tests) */
GPtrArray *pml_compare_view_get_row_texts  (PmlCompareView  *self);

G_END_DECLS
