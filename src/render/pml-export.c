/* pml-export.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n-lib.h>

#include "pml-atomic-file.h"
#include "pml-diagram.h"

/* Writes a diagram through a temporary file that replaces the target only
 * once everything was written: a failed export leaves nothing behind. */

#define MAX_PNG_SIDE 32767

typedef struct
{
  GOutputStream *stream;
  GError        *error;
} WriteContext;

static cairo_status_t
write_cb (void                *user_data,
          const unsigned char *data,
          unsigned int         length)
{
  WriteContext *context = user_data;

  if (context->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  if (!g_output_stream_write_all (context->stream, data, length, NULL, NULL, &context->error))
    return CAIRO_STATUS_WRITE_ERROR;

  return CAIRO_STATUS_SUCCESS;
}

/* Draws the pages: one for PNG and SVG, any number in a PDF, each page
 * as large as its diagram */
static cairo_status_t
draw (const PmlDiagram *pages,
      guint             n_pages,
      PmlHeap          *heap,
      PmlExportFormat   format,
      gpointer          context)
{
  double height = pml_diagram_get_height (&pages[0], heap);
  cairo_surface_t *surface;
  cairo_status_t status = CAIRO_STATUS_SUCCESS;

  switch (format)
    {
    case PML_EXPORT_SVG:
      surface = cairo_svg_surface_create_for_stream (write_cb, context, pages[0].width, height);
      break;

    case PML_EXPORT_PDF:
      surface = cairo_pdf_surface_create_for_stream (write_cb, context, pages[0].width, height);
      break;

    case PML_EXPORT_PNG:
    default:
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) ceil (pages[0].width * pages[0].scale),
                                            (int) ceil (height * pages[0].scale));
      break;
    }

  for (guint i = 0; i < n_pages && status == CAIRO_STATUS_SUCCESS; i++)
    {
      cairo_t *cr;

      if (i > 0)
        cairo_pdf_surface_set_size (surface, pages[i].width, pml_diagram_get_height (&pages[i], heap));

      cr = cairo_create (surface);
      if (format == PML_EXPORT_PNG)
        cairo_scale (cr, pages[i].scale, pages[i].scale);
      pml_diagram_render (&pages[i], heap, cr);
      if (format == PML_EXPORT_PDF)
        cairo_show_page (cr);
      status = cairo_status (cr);
      cairo_destroy (cr);
    }

  if (status == CAIRO_STATUS_SUCCESS && format == PML_EXPORT_PNG)
    status = cairo_surface_write_to_png_stream (surface, write_cb, context);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  return status;
}

gboolean
pml_diagram_export (const PmlDiagram  *self,
                    PmlHeap           *heap,
                    PmlExportFormat    format,
                    GFile             *file,
                    GError           **error)
{
  return pml_diagram_export_pages (self, 1, heap, format, file, error);
}

typedef struct
{
  const PmlDiagram *pages;
  guint             n_pages;
  PmlHeap          *heap;
  PmlExportFormat   format;
} DiagramPages;

static cairo_status_t
draw_diagrams (gpointer data, cairo_write_func_t write, gpointer closure)
{
  DiagramPages *d = data;

  return draw (d->pages, d->n_pages, d->heap, d->format, closure);
}

/* Writes through a temporary file that replaces @file only once @draw
 * succeeded: a failed export leaves the old file, or none. */
gboolean
pml_export_write_file (GFile               *file,
                       PmlExportDrawFunc    draw_func,
                       gpointer             data,
                       GError             **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = g_file_get_parse_name (file);
  WriteContext context = { NULL, NULL };
  PmlAtomicFile *out;
  cairo_status_t status;

  out = pml_atomic_file_begin (file, &local_error);
  if (out == NULL)
    {
      g_set_error (error, PML_EXPORT_ERROR, PML_EXPORT_ERROR_WRITE, _("Could not write “%s”: %s"), name,
                   local_error->message);
      return FALSE;
    }

  context.stream = pml_atomic_file_get_stream (out);
  status = draw_func (data, write_cb, &context);

  if (status != CAIRO_STATUS_SUCCESS || context.error != NULL)
    {
      pml_atomic_file_abort (out);
      g_set_error (error, PML_EXPORT_ERROR, PML_EXPORT_ERROR_WRITE, _("Could not write “%s”: %s"), name,
                   context.error != NULL ? context.error->message : cairo_status_to_string (status));
      g_clear_error (&context.error);
      return FALSE;
    }

  if (!pml_atomic_file_commit (out, &local_error))
    {
      g_set_error (error, PML_EXPORT_ERROR, PML_EXPORT_ERROR_WRITE, _("Could not write “%s”: %s"), name,
                   local_error->message);
      return FALSE;
    }

  return TRUE;
}

gboolean
pml_diagram_export_pages (const PmlDiagram  *pages,
                          guint              n_pages,
                          PmlHeap           *heap,
                          PmlExportFormat    format,
                          GFile             *file,
                          GError           **error)
{
  g_autofree PmlDiagram *widened = NULL;
  const PmlDiagram *self = &pages[0];
  DiagramPages data = { pages, n_pages, heap, format };
  double height;

  g_return_val_if_fail (n_pages >= 1, FALSE);
  g_return_val_if_fail (n_pages == 1 || format == PML_EXPORT_PDF, FALSE);

  for (guint i = 0; i < n_pages; i++)
    if (!pml_diagram_check_view (&pages[i], heap, error))
      return FALSE;

  /* a chain of objects grows to the right: its page is as wide as it is,
     never cut */
  widened = g_memdup2 (pages, n_pages * sizeof (PmlDiagram));
  for (guint i = 0; i < n_pages; i++)
    if (widened[i].view.kind == PML_VIEW_OBJECTS)
      widened[i].width = pml_diagram_get_drawn_width (&widened[i], heap);
  data.pages = widened;
  self = &widened[0];

  height = pml_diagram_get_height (self, heap);
  if (format == PML_EXPORT_PNG && (self->width * self->scale > MAX_PNG_SIDE || height * self->scale > MAX_PNG_SIDE))
    {
      g_set_error (error, PML_EXPORT_ERROR, PML_EXPORT_ERROR_FORMAT,
                   _("the picture would be %.0f × %.0f pixels, more than PNG images can hold here (%d); "
                     "use SVG or PDF, or a smaller scale"),
                   self->width * self->scale, height * self->scale, MAX_PNG_SIDE);
      return FALSE;
    }

  return pml_export_write_file (file, draw_diagrams, &data, error);
}
