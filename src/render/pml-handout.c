/* pml-handout.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <cairo-pdf.h>
#include <glib/gi18n.h>

#include "pml-diagram.h"
#include "pml-handout.h"
#include "pml-render-text.h"

#define MARGIN 28.0
#define CODE_WIDTH 330.0
#define GUTTER 20.0
#define NARRATION_LINES 5

typedef struct
{
  const PmlHandout     *handout;
  const PmlHandoutPage *pages;
  guint                 n_pages;
  PmlHeap              *heap;
} HandoutJob;

/* The code around the line that ran, that line highlighted */
static void
draw_code (const PmlHandout *self, cairo_t *cr, gint current, double top, double bottom)
{
  const PmlPalette *palette = &self->palette;
  double line_height = pml_render_line_height (palette, PML_FONT_SMALL);
  gint visible = MAX (1, (gint) ((bottom - top) / line_height));
  gint first = MAX (1, current - visible / 2);
  gint last = MIN ((gint) self->n_source_lines, first + visible - 1);
  double y = top;

  first = MAX (1, MIN (first, last - visible + 1));
  for (gint line = first; line <= last; line++, y += line_height)
    {
      g_autofree char *number = g_strdup_printf ("%d", line);
      const char *text = self->source_lines[line - 1];

      if (line == current)
        {
          PmlRect band = { MARGIN - 4, y - 1, CODE_WIDTH + 8, line_height + 1 };
          PmlColor tint = palette->accent;

          tint.alpha = 0.18;
          pml_render_set_color (cr, &tint);
          pml_render_rounded_rect (cr, &band, 3);
          cairo_fill (cr);
        }
      pml_render_text (cr, palette, number, MARGIN + 22, y, PML_FONT_SMALL, FALSE, &palette->dim_text, PML_ALIGN_END);
      pml_render_text (cr, palette, *text ? text : " ", MARGIN + 30, y, PML_FONT_SMALL, line == current,
                       &palette->text, PML_ALIGN_START);
    }
}

static void
draw_page (const HandoutJob *job, guint index, cairo_t *cr)
{
  const PmlHandout *self = job->handout;
  const PmlHandoutPage *page = &job->pages[index];
  const PmlPalette *palette = &self->palette;
  g_autofree char *heading = g_strdup_printf (_("The heap after line %d"), page->line);
  PmlDiagram diagram = { { PML_VIEW_HEAP, 0, 0 }, heading, _("arenas in usable_arenas order, pools by size class"),
                         PML_HANDOUT_PAGE_WIDTH - 2 * MARGIN - CODE_WIDTH - GUTTER, 1, *palette };

  /* laid out wider than its column, then scaled: the legend fits */
  diagram.width *= 1.3;
  g_autofree char *title = g_strdup_printf (_("%s — step %u of %u, line %d (%s)"), self->title, index + 1,
                                            job->n_pages, page->line, self->preset_name);
  double narration_height = NARRATION_LINES * pml_render_line_height (palette, PML_FONT_NORMAL);
  double top = MARGIN + pml_render_line_height (palette, PML_FONT_TITLE) + 10;
  double bottom = PML_HANDOUT_PAGE_HEIGHT - MARGIN - narration_height - 10;
  double height, scale;
  g_auto(GStrv) sentences = g_strsplit (page->narration, "\n", NARRATION_LINES);
  double y;

  pml_render_set_color (cr, &palette->background);
  cairo_paint (cr);

  /* the heap after the line, shrunk to fit beside the code; the diagram
     paints its own background, so it goes first, clipped to its column */
  pml_heap_seek (job->heap, page->heap_position);
  height = pml_diagram_get_height (&diagram, job->heap);
  scale = MIN ((PML_HANDOUT_PAGE_WIDTH - 2 * MARGIN - CODE_WIDTH - GUTTER) / diagram.width, (bottom - top) / height);
  cairo_save (cr);
  cairo_rectangle (cr, MARGIN + CODE_WIDTH + GUTTER, top, PML_HANDOUT_PAGE_WIDTH - 2 * MARGIN - CODE_WIDTH - GUTTER,
                   bottom - top);
  cairo_clip (cr);
  cairo_translate (cr, MARGIN + CODE_WIDTH + GUTTER, top);
  cairo_scale (cr, scale, scale);
  pml_diagram_render (&diagram, job->heap, cr);
  cairo_restore (cr);

  pml_render_text (cr, palette, title, MARGIN, MARGIN, PML_FONT_TITLE, TRUE, &palette->text, PML_ALIGN_START);
  cairo_save (cr);
  cairo_rectangle (cr, 0, top - 2, MARGIN + CODE_WIDTH + GUTTER / 2, bottom - top + 4);
  cairo_clip (cr);
  draw_code (self, cr, page->line, top, bottom);
  cairo_restore (cr);
  y = bottom + 10;
  for (guint i = 0; sentences[i] != NULL; i++)
    {
      pml_render_text (cr, palette, sentences[i], MARGIN, y, PML_FONT_NORMAL, i == 0, &palette->text,
                       PML_ALIGN_START);
      y += pml_render_line_height (palette, PML_FONT_NORMAL);
    }
}

static cairo_status_t
draw_handout (gpointer data, cairo_write_func_t write, gpointer closure)
{
  const HandoutJob *job = data;
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (write, closure, PML_HANDOUT_PAGE_WIDTH,
                                                                  PML_HANDOUT_PAGE_HEIGHT);
  cairo_status_t status = CAIRO_STATUS_SUCCESS;

  for (guint i = 0; i < job->n_pages && status == CAIRO_STATUS_SUCCESS; i++)
    {
      cairo_t *cr = cairo_create (surface);

      draw_page (job, i, cr);
      cairo_show_page (cr);
      status = cairo_status (cr);
      cairo_destroy (cr);
    }
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  return status;
}

gboolean
pml_handout_export (const PmlHandout     *self,
                    const PmlHandoutPage *pages,
                    guint                 n_pages,
                    PmlHeap              *heap,
                    GFile                *file,
                    GError              **error)
{
  HandoutJob job = { self, pages, n_pages, heap };
  guint position = pml_heap_get_position (heap);
  gboolean ok;

  g_return_val_if_fail (n_pages > 0, FALSE);
  ok = pml_export_write_file (file, draw_handout, &job, error);
  pml_heap_seek (heap, position);
  return ok;
}
