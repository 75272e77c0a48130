/* pml-diagram.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <glib/gi18n-lib.h>

#include "pml-collector-layout.h"
#include "pml-diagram.h"
#include "pml-heap-layout.h"
#include "pml-objects-layout.h"
#include "pml-pool-layout.h"
#include "pml-render-text.h"

#define MARGIN 16.0

G_DEFINE_QUARK (pml-export-error-quark, pml_export_error)

/* "heap", "usedpools" or "pool:ARENA:POOL" */
gboolean
pml_view_parse (const char  *text,
                PmlView     *out,
                GError     **error)
{
  g_auto(GStrv) parts = NULL;
  guint64 slot, index;

  if (g_str_equal (text, "heap"))
    {
      *out = (PmlView) { PML_VIEW_HEAP, 0, 0 };
      return TRUE;
    }
  if (g_str_equal (text, "usedpools"))
    {
      *out = (PmlView) { PML_VIEW_USEDPOOLS, 0, 0 };
      return TRUE;
    }
  if (g_str_equal (text, "objects"))
    {
      *out = (PmlView) { PML_VIEW_OBJECTS, 0, 0 };
      return TRUE;
    }

  parts = g_strsplit (text, ":", -1);
  if (g_str_equal (parts[0], "collector") && g_strv_length (parts) <= 2)
    {
      PmlCollectorPhase phase = PML_COLLECTOR_PHASE_END;

      if (parts[1] == NULL || pml_collector_phase_parse (parts[1], &phase))
        {
          *out = (PmlView) { PML_VIEW_COLLECTOR, 0, phase };
          return TRUE;
        }
    }
  if (g_strv_length (parts) == 3 && g_str_equal (parts[0], "pool") &&
      g_ascii_string_to_unsigned (parts[1], 10, 0, G_MAXUINT32, &slot, NULL) &&
      g_ascii_string_to_unsigned (parts[2], 10, 0, PML_MAX_POOLS_IN_ARENA - 1, &index, NULL))
    {
      *out = (PmlView) { PML_VIEW_POOL, (guint) slot, (guint) index };
      return TRUE;
    }

  g_set_error (error, PML_EXPORT_ERROR, PML_EXPORT_ERROR_VIEW,
               _("unknown view “%s” (expected heap, usedpools, objects, collector, collector:PHASE "
                 "(e.g. collector:move_unreachable) or pool:ARENA:POOL, e.g. pool:0:3)"), text);
  return FALSE;
}

gboolean
pml_export_format_parse (const char      *text,
                         PmlExportFormat *out)
{
  static const struct { const char *name; PmlExportFormat format; } formats[] = {
    { "png", PML_EXPORT_PNG },
    { "svg", PML_EXPORT_SVG },
    { "pdf", PML_EXPORT_PDF },
  };

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      if (g_ascii_strcasecmp (text, formats[i].name) == 0)
        {
          *out = formats[i].format;
          return TRUE;
        }
    }

  return FALSE;
}

gboolean
pml_export_format_from_path (const char      *path,
                             PmlExportFormat *out)
{
  const char *dot = strrchr (path, '.');

  return dot != NULL && strchr (dot, '/') == NULL && pml_export_format_parse (dot + 1, out);
}

/* A pool view needs a mapped arena and a pool that exists in it */
gboolean
pml_diagram_check_view (const PmlDiagram  *self,
                        PmlHeap           *heap,
                        GError           **error)
{
  PmlArenaInfo arena;

  if (self->view.kind == PML_VIEW_OBJECTS && self->interp == NULL)
    {
      g_set_error_literal (error, PML_EXPORT_ERROR, PML_EXPORT_ERROR_VIEW,
                           _("the objects view needs a scenario script (.py): a trace records no objects"));
      return FALSE;
    }
  if (self->view.kind == PML_VIEW_COLLECTOR)
    {
      g_autoptr(PmlCollectorState) state = NULL;

      if (self->interp != NULL)
        state = pml_collector_state_new_at_phase (self->interp, pml_interp_get_position (self->interp),
                                                  (PmlCollectorPhase) self->view.index);
      if (state == NULL)
        {
          g_set_error_literal (error, PML_EXPORT_ERROR, PML_EXPORT_ERROR_VIEW,
                               _("the collector view needs a scenario script (.py) in which a collection "
                                 "has run by the chosen step"));
          return FALSE;
        }
      return TRUE;
    }
  if (self->view.kind != PML_VIEW_POOL)
    return TRUE;

  if (!pml_heap_get_arena (heap, self->view.slot, &arena))
    {
      g_set_error (error, PML_EXPORT_ERROR, PML_EXPORT_ERROR_VIEW,
                   _("arena slot %u holds no arena at this step"), self->view.slot);
      return FALSE;
    }
  if (self->view.index >= arena.ntotalpools)
    {
      g_set_error (error, PML_EXPORT_ERROR, PML_EXPORT_ERROR_VIEW,
                   _("arena %u has %u pools (0 to %u), not %u"), self->view.slot, arena.ntotalpools,
                   arena.ntotalpools - 1, self->view.index);
      return FALSE;
    }

  return TRUE;
}

static double
title_height (const PmlDiagram *self)
{
  return MARGIN + pml_render_line_height (&self->palette, PML_FONT_TITLE) +
         pml_render_line_height (&self->palette, PML_FONT_NORMAL);
}

/* Where the view starts below the title: its layout's y = 0 */
double
pml_diagram_get_view_top (const PmlDiagram *self)
{
  return title_height (self);
}

static double
legend_height (const PmlDiagram *self)
{
  return pml_render_line_height (&self->palette, PML_FONT_NORMAL) + 2 * MARGIN;
}

/* The objects view as the window draws it, with the export's choice of
 * values written in place or drawn as shared objects */
static PmlObjectsLayout *
diagram_objects_layout (const PmlDiagram *self,
                        const PmlPalette *palette)
{
  PmlObjectsOptions options = { self->shared_values, TRUE };

  return pml_objects_layout_new_full (self->interp, palette, self->width, &options);
}

/* The last collection before the step, at the end of the phase asked */
static PmlCollectorLayout *
diagram_collector_layout (const PmlDiagram *self,
                          const PmlPalette *palette)
{
  PmlCollectorState *state;

  if (self->interp == NULL)
    return NULL;
  state = pml_collector_state_new_at_phase (self->interp, pml_interp_get_position (self->interp),
                                            (PmlCollectorPhase) self->view.index);
  return state != NULL ? pml_collector_layout_new_for_state (self->interp, state, palette, self->width) : NULL;
}

static double
view_height (const PmlDiagram *self,
             PmlHeap          *heap)
{
  switch (self->view.kind)
    {
    case PML_VIEW_HEAP:
      {
        g_autoptr(PmlHeapLayout) layout = pml_heap_layout_new (heap, &self->palette, self->width);

        return layout->height;
      }

    case PML_VIEW_POOL:
      {
        g_autoptr(PmlPoolLayout) layout = pml_pool_layout_new (heap, &self->palette, self->view.slot,
                                                               self->view.index, self->width);

        return layout->height;
      }

    case PML_VIEW_OBJECTS:
      {
        g_autoptr(PmlObjectsLayout) layout = diagram_objects_layout (self, &self->palette);

        return layout->height;
      }

    case PML_VIEW_COLLECTOR:
      {
        g_autoptr(PmlCollectorLayout) layout = diagram_collector_layout (self, &self->palette);

        return layout != NULL ? layout->height : 0;
      }

    case PML_VIEW_USEDPOOLS:
    default:
      return pml_usedpools_height (&self->palette);
    }
}

double
pml_diagram_get_height (const PmlDiagram *self,
                        PmlHeap          *heap)
{
  return title_height (self) + view_height (self, heap) + legend_height (self);
}

static double
legend_swatch (cairo_t          *cr,
               const PmlPalette *palette,
               double            x,
               double            y,
               const PmlColor   *fill,
               gboolean          outline,
               const char       *label)
{
  double side = pml_render_line_height (palette, PML_FONT_SMALL) - 4;

  pml_render_set_color (cr, fill);
  cairo_rectangle (cr, x, y + 2, side, side);
  cairo_fill_preserve (cr);
  pml_render_set_color (cr, outline ? &palette->accent : &palette->card_border);
  cairo_set_line_width (cr, 1.0 * palette->line_scale);
  cairo_stroke (cr);

  return side + 6 + pml_render_text (cr, palette, label, x + side + 6, y, PML_FONT_SMALL, FALSE,
                                     &palette->text, PML_ALIGN_START) + 18;
}

/* Returns where the legend ends on the right */
static double
render_legend (const PmlDiagram *self,
               PmlHeap          *heap,
               cairo_t          *cr,
               double            y)
{
  const PmlPalette *palette = &self->palette;
  guint32 classes_in_use = pml_heap_classes_in_use (heap);
  PmlColor class_color;
  PmlPoolInfo pool;
  double x = MARGIN;

  /* the colour of the smallest class in use, as the pools show it */
  pml_palette_pool_color (palette, classes_in_use,
                          classes_in_use != 0 ? (guint) g_bit_nth_lsf (classes_in_use, -1) : 1, &class_color);
  if (self->view.kind == PML_VIEW_COLLECTOR)
    {
      x += legend_swatch (cr, palette, x, y, &palette->card, FALSE, _("in a list, with its gc_refs"));
      x += legend_swatch (cr, palette, x, y, &palette->unreachable, FALSE, _("unreachable"));
      x += legend_swatch (cr, palette, x, y, &palette->background, TRUE, _("the object of this step"));
      return x + pml_render_text (cr, palette, _("→ the next object in the list · dashed: start-up objects, or freed"),
                                  x, y, PML_FONT_SMALL, FALSE, &palette->accent, PML_ALIGN_START);
    }
  if (self->view.kind == PML_VIEW_OBJECTS)
    {
      static const char *const generations[] = { N_("generation 0"), N_("generation 1"), N_("generation 2") };
      PmlObjectNode node = { 0 };
      PmlColor color;

      node.tracked = TRUE;
      for (guint g = 0; g < G_N_ELEMENTS (generations); g++)
        {
          node.generation = g;
          pml_palette_generation_color (palette, &node, &color);
          x += legend_swatch (cr, palette, x, y, &color, FALSE, _(generations[g]));
        }
      x += legend_swatch (cr, palette, x, y, &palette->virgin, FALSE, _("untracked · grey: unreachable"));
      return x + pml_render_text (cr, palette, _("→ a reference (dashed: weak)"), x, y, PML_FONT_SMALL,
                                  FALSE, &palette->accent, PML_ALIGN_START);
    }
  if (self->view.kind == PML_VIEW_POOL)
    {
      /* the allocated blocks have the colour of this pool's class */
      if (pml_heap_get_pool (heap, self->view.slot, self->view.index, &pool) && pool.szidx < PML_NB_SMALL_SIZE_CLASSES)
        pml_palette_pool_color (palette, classes_in_use, pool.szidx, &class_color);

      x += legend_swatch (cr, palette, x, y, &class_color, FALSE, _("allocated block"));
      x += legend_swatch (cr, palette, x, y, &palette->free_block, TRUE,
                          _("free block (numbered in freeblock-chain order)"));
      x += legend_swatch (cr, palette, x, y, &palette->virgin, FALSE, _("virgin: past nextoffset"));
      return x;
    }

  x += legend_swatch (cr, palette, x, y, &class_color, FALSE, _("colour: size class; fill: blocks in use"));
  x += legend_swatch (cr, palette, x, y, &palette->empty, FALSE, _("empty pool"));
  x += legend_swatch (cr, palette, x, y, &palette->virgin, FALSE, _("never carved"));
  return x + pml_render_text (cr, palette, _("→ next arena in usable_arenas"), x, y, PML_FONT_SMALL,
                              FALSE, &palette->accent, PML_ALIGN_START);
}

/* What the diagram draws may need more than its width: an objects view
 * as wide as its cards go, a legend longer than a narrow picture */
double
pml_diagram_get_drawn_width (const PmlDiagram *self,
                             PmlHeap          *heap)
{
  cairo_surface_t *scratch = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (scratch);
  const PmlPalette *palette = &self->palette;
  double width = self->width;
  double title, subtitle;

  title = pml_render_text (cr, palette, self->title, MARGIN, 0, PML_FONT_TITLE, TRUE, &palette->text,
                           PML_ALIGN_START);
  subtitle = pml_render_text (cr, palette, self->subtitle, MARGIN, 0, PML_FONT_NORMAL, FALSE,
                              &palette->dim_text, PML_ALIGN_START);
  width = MAX (width, 2 * MARGIN + MAX (title, subtitle));
  width = MAX (width, render_legend (self, heap, cr, 0) + MARGIN);
  cairo_destroy (cr);
  cairo_surface_destroy (scratch);

  if (self->view.kind == PML_VIEW_OBJECTS)
    {
      g_autoptr(PmlObjectsLayout) layout = NULL;

      layout = diagram_objects_layout (self, palette);
      width = MAX (width, layout->width);
    }
  return width;
}

void
pml_diagram_render (const PmlDiagram *self,
                    PmlHeap          *heap,
                    cairo_t          *cr)
{
  const PmlPalette *palette = &self->palette;
  double height = pml_diagram_get_height (self, heap);
  double top = pml_diagram_get_view_top (self);

  pml_render_set_color (cr, &palette->background);
  cairo_paint (cr);

  pml_render_text (cr, palette, self->title, MARGIN, MARGIN, PML_FONT_TITLE, TRUE, &palette->text,
                   PML_ALIGN_START);
  pml_render_text (cr, palette, self->subtitle, MARGIN, MARGIN + pml_render_line_height (palette, PML_FONT_TITLE),
                   PML_FONT_NORMAL, FALSE, &palette->dim_text, PML_ALIGN_START);

  cairo_save (cr);
  cairo_translate (cr, 0, top);
  switch (self->view.kind)
    {
    case PML_VIEW_HEAP:
      {
        g_autoptr(PmlHeapLayout) layout = pml_heap_layout_new (heap, palette, self->width);

        pml_render_heap (cr, heap, layout, palette);
      }
      break;

    case PML_VIEW_POOL:
      {
        g_autoptr(PmlPoolLayout) layout = pml_pool_layout_new (heap, palette, self->view.slot,
                                                               self->view.index, self->width);

        pml_render_pool (cr, layout, palette);
      }
      break;

    case PML_VIEW_OBJECTS:
      {
        g_autoptr(PmlObjectsLayout) layout = diagram_objects_layout (self, palette);

        pml_render_objects (cr, layout, palette);
      }
      break;

    case PML_VIEW_COLLECTOR:
      {
        g_autoptr(PmlCollectorLayout) layout = diagram_collector_layout (self, palette);

        if (layout != NULL)
          pml_render_collector (cr, layout, palette);
      }
      break;

    case PML_VIEW_USEDPOOLS:
    default:
      pml_render_usedpools (cr, heap, palette, self->width);
      break;
    }
  cairo_restore (cr);

  render_legend (self, heap, cr, height - legend_height (self) + MARGIN);
}

/* Every view, a page each: the heap, usedpools, then the pool each size
 * class will serve its next request from */
GArray *
pml_diagram_all_view_pages (const PmlDiagram *model,
                            PmlHeap          *heap)
{
  GArray *pages = g_array_new (FALSE, FALSE, sizeof (PmlDiagram));
  PmlDiagram page = *model;

  page.view = (PmlView) { PML_VIEW_HEAP, 0, 0 };
  g_array_append_val (pages, page);
  page.view = (PmlView) { PML_VIEW_USEDPOOLS, 0, 0 };
  g_array_append_val (pages, page);
  if (model->interp != NULL)
    {
      page.view = (PmlView) { PML_VIEW_OBJECTS, 0, 0 };
      g_array_append_val (pages, page);
    }

  for (guint szidx = 0; szidx < PML_NB_SMALL_SIZE_CLASSES; szidx++)
    {
      guint64 pool = pml_heap_get_usedpools (heap, szidx);

      if (pool == 0)
        continue;
      page.view.kind = PML_VIEW_POOL;
      pml_heap_lookup_pool (heap, pool, &page.view.slot, &page.view.index);
      g_array_append_val (pages, page);
    }

  return pages;
}
