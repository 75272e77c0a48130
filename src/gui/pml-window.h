/* pml-window.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pml-export-dialog.h"
#include "pml-lesson.h"

#include "pml-application.h"

G_BEGIN_DECLS

#define PML_TYPE_WINDOW (pml_window_get_type ())

G_DECLARE_FINAL_TYPE (PmlWindow, pml_window, PML, WINDOW, AdwApplicationWindow)

PmlWindow *pml_window_new            (PmlApplication *application);
void       pml_window_open_trace     (PmlWindow      *self,
                                      GFile          *file);
void       pml_window_open_file      (PmlWindow      *self,
                                      GFile          *file);
gboolean   pml_window_is_loading     (PmlWindow      *self);
guint      pml_window_get_step       (PmlWindow      *self);
gint       pml_window_get_script_line (PmlWindow  *self);
guint      pml_window_get_n_steps    (PmlWindow      *self);
guint      pml_window_get_n_objects  (PmlWindow      *self);
char      *pml_window_dup_narration  (PmlWindow      *self) G_GNUC_WARN_UNUSED_RESULT;
char      *pml_window_dup_output     (PmlWindow      *self) G_GNUC_WARN_UNUSED_RESULT;
gboolean   pml_window_is_stale       (PmlWindow      *self);

/* The script editor */
gboolean   pml_window_is_playing     (PmlWindow      *self);
gboolean   pml_window_is_at_end      (PmlWindow      *self);
GtkWidget *pml_window_get_objects_view (PmlWindow    *self);
GtkWidget *pml_window_get_collector_view (PmlWindow  *self);
GtkWidget *pml_window_get_inspector  (PmlWindow      *self);
GtkTextBuffer *pml_window_get_script_buffer (PmlWindow *self);
gint       pml_window_get_error_line (PmlWindow      *self);
void       pml_window_recover_draft  (PmlWindow      *self);

const GArray *pml_window_get_collection_steps (PmlWindow *self);
gboolean   pml_window_export_to      (PmlWindow      *self,
                                      const PmlExportChoice *choice,
                                      GFile          *file,
                                      GError        **error);

/* Lessons (pml-window-lesson.c) */
gboolean   pml_window_save_lesson_to (PmlWindow      *self,
                                      GFile          *file,
                                      GError        **error);
void       pml_window_lesson_go_to_slide (PmlWindow  *self,
                                      guint           index);
PmlLesson *pml_window_get_lesson     (PmlWindow      *self);

G_END_DECLS
