/* pml-inspector.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pml-heap.h"
#include "pml-py.h"

G_BEGIN_DECLS

/* The inspector: every field of what was selected, a pool (with its
 * arena) or an object, as CPython's structures name them */

#define PML_TYPE_INSPECTOR (pml_inspector_get_type ())

G_DECLARE_FINAL_TYPE (PmlInspector, pml_inspector, PML, INSPECTOR, GtkWidget)

GtkWidget  *pml_inspector_new         (void);
void        pml_inspector_show_pool   (PmlInspector *self,
                                       PmlHeap      *heap,
                                       guint         slot,
                                       guint         index);
void        pml_inspector_show_object (PmlInspector *self,
                                       PmlInterp    *interp,
                                       guint32       serial);
void        pml_inspector_clear       (PmlInspector *self);
/* The value shown for @field, or NULL: for tests */
const char *pml_inspector_get_value   (PmlInspector *self,
                                       const char   *field);

G_END_DECLS
