/* pml-predict-panel.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pml-predict.h"

G_BEGIN_DECLS

#define PML_TYPE_PREDICT_PANEL (pml_predict_panel_get_type ())

G_DECLARE_FINAL_TYPE (PmlPredictPanel, pml_predict_panel, PML, PREDICT_PANEL, GtkBox)

GtkWidget         *pml_predict_panel_new            (void);

/* Shows @question (taken) and waits for an answer */
void               pml_predict_panel_ask            (PmlPredictPanel *self,
                                                     PmlQuestion     *question);
void               pml_predict_panel_revealed       (PmlPredictPanel *self);
/* Nothing asked any more (the cursor moved elsewhere) */
void               pml_predict_panel_cancel         (PmlPredictPanel *self);
const PmlQuestion *pml_predict_panel_get_question   (PmlPredictPanel *self);
gboolean           pml_predict_panel_is_waiting     (PmlPredictPanel *self);
gboolean           pml_predict_panel_is_answered    (PmlPredictPanel *self);
/* The object clicked in the objects view, for "which are unreachable" */
void               pml_predict_panel_toggle_object  (PmlPredictPanel *self,
                                                     guint32          serial);
void               pml_predict_panel_reset_score    (PmlPredictPanel *self);
guint              pml_predict_panel_get_n_right    (PmlPredictPanel *self);
guint              pml_predict_panel_get_n_asked    (PmlPredictPanel *self);
/* Where the keyboard goes when a question is asked */
void               pml_predict_panel_focus_answer   (PmlPredictPanel *self);

G_END_DECLS
