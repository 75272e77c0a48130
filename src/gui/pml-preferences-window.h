/* pml-preferences-window.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PML_TYPE_PREFERENCES_WINDOW (pml_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (PmlPreferencesWindow, pml_preferences_window, PML, PREFERENCES_WINDOW, AdwPreferencesWindow)

GtkWidget *pml_preferences_window_new (GtkWindow *parent);

G_END_DECLS
