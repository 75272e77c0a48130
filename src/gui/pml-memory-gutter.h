/* pml-memory-gutter.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtksourceview/gtksource.h>

#include "pml-line-memory.h"

G_BEGIN_DECLS

#define PML_TYPE_MEMORY_GUTTER (pml_memory_gutter_get_type ())

G_DECLARE_FINAL_TYPE (PmlMemoryGutter, pml_memory_gutter, PML, MEMORY_GUTTER, GtkSourceGutterRendererText)

GtkSourceGutterRenderer *pml_memory_gutter_new               (void);
PmlLineMemory           *pml_memory_gutter_get_memory        (PmlMemoryGutter *self);
void                     pml_memory_gutter_set_memory        (PmlMemoryGutter *self,
                                                              PmlLineMemory   *memory);
gboolean                 pml_memory_gutter_get_dark          (PmlMemoryGutter *self);
void                     pml_memory_gutter_set_dark          (PmlMemoryGutter *self,
                                                              gboolean         dark);

/* The memory moved (a step): the numbers are drawn again */
void                     pml_memory_gutter_changed           (PmlMemoryGutter *self);
char                    *pml_memory_gutter_dup_text          (PmlMemoryGutter *self,
                                                              gint             line) G_GNUC_WARN_UNUSED_RESULT;
char                    *pml_memory_gutter_dup_description   (PmlMemoryGutter *self,
                                                              gint             line) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
