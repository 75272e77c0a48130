/* pml-window-editor.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pml-memory-gutter.h"
#include "pml-window.h"

G_BEGIN_DECLS

/* What the script editor shows of a run (pml-window-editor.c) and the
 * font sizes of the window's text (pml-window-font.c), for the tests */

typedef enum
{
  PML_TEXT_AREA_CODE,
  PML_TEXT_AREA_OUTPUT,
  PML_TEXT_AREA_NARRATION,
} PmlTextArea;

gint             pml_window_get_line_ran      (PmlWindow   *self);
gint             pml_window_get_line_next     (PmlWindow   *self);
char            *pml_window_dup_line_marks    (PmlWindow   *self) G_GNUC_WARN_UNUSED_RESULT;
GtkLabel        *pml_window_get_line_legend   (PmlWindow   *self);
PmlMemoryGutter *pml_window_get_memory_gutter (PmlWindow   *self);
GtkWidget       *pml_window_get_text_area     (PmlWindow   *self,
                                               PmlTextArea  area);

G_END_DECLS
