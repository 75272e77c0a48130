/* pml-diagram.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <cairo.h>

#include "pml-heap.h"
#include "pml-palette.h"
#include "pml-py.h"

G_BEGIN_DECLS

/* A whole picture of one view, as exported: a title (what, which step,
 * which CPython), the view, and a legend. The window draws the views
 * alone; both go through the same pml_render_* functions. */

typedef enum
{
  PML_VIEW_HEAP,
  PML_VIEW_POOL,
  PML_VIEW_USEDPOOLS,
  PML_VIEW_OBJECTS,    /* a scenario's objects and references */
  PML_VIEW_COLLECTOR,  /* the last collection's lists; index: the phase (PmlCollectorPhase) */
} PmlViewKind;

typedef struct
{
  PmlViewKind kind;
  guint       slot;    /* PML_VIEW_POOL */
  guint       index;
} PmlView;

typedef enum
{
  PML_EXPORT_PNG,
  PML_EXPORT_SVG,
  PML_EXPORT_PDF,
} PmlExportFormat;

#define PML_EXPORT_ERROR (pml_export_error_quark ())

typedef enum
{
  PML_EXPORT_ERROR_FORMAT,
  PML_EXPORT_ERROR_VIEW,
  PML_EXPORT_ERROR_WRITE,
} PmlExportError;

typedef struct
{
  PmlView          view;
  const char      *title;
  const char      *subtitle;
  double           width;
  double           scale;    /* PNG only: pixels per unit */
  PmlPalette       palette;
  PmlInterp       *interp;   /* a scenario, at the heap's position; NULL for a trace */
  gboolean         shared_values;  /* the objects view: small values drawn as the shared objects they are */
} PmlDiagram;

GQuark   pml_export_error_quark     (void);
gboolean pml_view_parse             (const char       *text,
                                     PmlView          *out,
                                     GError          **error);
gboolean pml_export_format_parse    (const char       *text,
                                     PmlExportFormat  *out);
gboolean pml_export_format_from_path (const char      *path,
                                      PmlExportFormat *out);
gboolean pml_diagram_check_view     (const PmlDiagram *self,
                                     PmlHeap          *heap,
                                     GError          **error);
double   pml_diagram_get_height     (const PmlDiagram *self,
                                     PmlHeap          *heap);
double   pml_diagram_get_drawn_width (const PmlDiagram *self,
                                      PmlHeap          *heap);
double   pml_diagram_get_view_top   (const PmlDiagram *self);
void     pml_diagram_render         (const PmlDiagram *self,
                                     PmlHeap          *heap,
                                     cairo_t          *cr);
gboolean pml_diagram_export         (const PmlDiagram *self,
                                     PmlHeap          *heap,
                                     PmlExportFormat   format,
                                     GFile            *file,
                                     GError          **error);
/* Draws onto a Cairo surface made with @write and @closure (a stream
 * surface: cairo_pdf_surface_create_for_stream (write, closure, ...)) */
typedef cairo_status_t (*PmlExportDrawFunc) (gpointer           data,
                                             cairo_write_func_t write,
                                             gpointer           closure);

gboolean pml_export_write_file      (GFile            *file,
                                     PmlExportDrawFunc draw_func,
                                     gpointer          data,
                                     GError          **error);
GArray  *pml_diagram_all_view_pages (const PmlDiagram *model,
                                     PmlHeap          *heap);
gboolean pml_diagram_export_pages   (const PmlDiagram *pages,
                                     guint             n_pages,
                                     PmlHeap          *heap,
                                     PmlExportFormat   format,
                                     GFile            *file,
                                     GError          **error);

G_END_DECLS
