/* pml-export-dialog.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pml-diagram.h"

G_BEGIN_DECLS

/* What to export and how: the view (or every view), format, size, scale
 * and colours; the file is asked for after. The objects view is offered
 * for a scenario only: a trace records no objects. */

typedef struct
{
  gboolean         all_views;
  PmlViewKind      view;      /* PML_VIEW_HEAP, PML_VIEW_POOL or PML_VIEW_OBJECTS */
  PmlExportFormat  format;
  double           width;
  double           scale;
  PmlTheme         theme;
} PmlExportChoice;

#define PML_TYPE_EXPORT_DIALOG (pml_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PmlExportDialog, pml_export_dialog, PML, EXPORT_DIALOG, AdwWindow)

PmlExportDialog *pml_export_dialog_new        (GtkWindow             *parent,
                                               PmlViewKind            view,
                                               gboolean               with_objects);
void             pml_export_dialog_get_choice (PmlExportDialog       *self,
                                               PmlExportChoice       *out);
void             pml_export_dialog_set_choice (PmlExportDialog       *self,
                                               const PmlExportChoice *choice);
/* what pressing "Export…" does (the tests press it this way) */
void             pml_export_dialog_activate_export (PmlExportDialog *self);

G_END_DECLS
