/* pml-compare-window.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pml-compare-view.h"

G_BEGIN_DECLS

#define PML_TYPE_COMPARE_WINDOW (pml_compare_window_get_type ())

G_DECLARE_FINAL_TYPE (PmlCompareWindow, pml_compare_window, PML, COMPARE_WINDOW, AdwWindow)

PmlCompareWindow *pml_compare_window_new      (GtkWindow       *parent,
                                               const char      *path,
                                               const char      *source,
                                               const PmlPreset *preset_a,
                                               const PmlPreset *preset_b);
PmlCompareView   *pml_compare_window_get_view (PmlCompareWindow *self);

G_END_DECLS
