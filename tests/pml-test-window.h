/* pml-test-window.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pml-window.h"

G_BEGIN_DECLS

/* Driving the window as a user does, for the window's tests */

#define PML_TEST_EXAMPLES "resource:///io/github/pymemlab/PyMemLab/examples/"

PmlWindow *pml_test_new_window      (void);
void       pml_test_activate        (PmlWindow  *window,
                                     const char *action);
void       pml_test_wait_for_loading (PmlWindow *window);
void       pml_test_run_to_line     (PmlWindow  *window,
                                     gint        line);
void       pml_test_wait             (guint      ms);
gboolean   pml_test_press_keys       (PmlWindow  *window,
                                      const char *keys);
GtkWidget *pml_test_find_widget      (GtkWidget  *root,
                                      GType       type);

G_END_DECLS
