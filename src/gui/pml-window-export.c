/* pml-window-export.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "pml-diagram.h"
#include "pml-window-private.h"

/* Export and copy of the views as diagrams: the same renderer as the
 * command line, in a print-friendly light theme whatever the window's. */

#define EXPORT_WIDTH 1200

static void
init_diagram (PmlWindow  *self,
              PmlViewKind kind,
              PmlDiagram *diagram,
              char      **title,
              char      **subtitle)
{
  memset (diagram, 0, sizeof *diagram);
  diagram->view.kind = kind;
  if (kind == PML_VIEW_POOL)
    pml_pool_view_get_pool (self->pool_view, &diagram->view.slot, &diagram->view.index);

  *title = g_path_get_basename (self->trace->display_name);
  *subtitle = g_strdup_printf (_("after request %u of %u · %s"), pml_window_current_step (self),
                               pml_heap_get_n_steps (self->heap), pml_heap_get_preset (self->heap)->name);
  diagram->title = *title;
  diagram->subtitle = *subtitle;
  diagram->width = EXPORT_WIDTH;
  diagram->scale = 2;
  pml_palette_init (&diagram->palette, PML_THEME_PRINT, FALSE);
}

static void
export_response_cb (PmlWindow            *self,
                    int                   response,
                    GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  PmlExportFormat format;
  PmlDiagram diagram;
  PmlViewKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "view-kind"));

  if (response != GTK_RESPONSE_ACCEPT || self->heap == NULL)
    goto out;

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  path = g_file_get_parse_name (file);
  if (!pml_export_format_from_path (path, &format))
    {
      g_set_error (&error, PML_EXPORT_ERROR, PML_EXPORT_ERROR_FORMAT,
                   _("Cannot tell the format of “%s”: name it .png, .svg or .pdf"), path);
      pml_window_show_error (self, error);
      goto out;
    }

  init_diagram (self, kind, &diagram, &title, &subtitle);
  if (!pml_diagram_export (&diagram, self->heap, format, file, &error))
    pml_window_show_error (self, error);
  else
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Diagram exported")));

out:
  g_clear_object (&self->chooser);
}

void
pml_window_export_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  PmlWindow *self = PML_WINDOW (widget);
  PmlViewKind kind = g_str_equal (action_name, "win.export-pool") ? PML_VIEW_POOL : PML_VIEW_HEAP;
  g_autofree char *name = NULL;

  if (self->heap == NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (kind == PML_VIEW_POOL ? _("Export the Pool Diagram")
                                                                     : _("Export the Heap Diagram"),
                                               GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Export"), _("_Cancel"));
  name = g_strdup_printf ("%s-%u.png", kind == PML_VIEW_POOL ? "pool" : "heap", pml_window_current_step (self));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_object_set_data (G_OBJECT (self->chooser), "view-kind", GINT_TO_POINTER (kind));
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (export_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* The heap diagram as an image on the clipboard, for pasting into slides */
void
pml_window_copy_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  PmlWindow *self = PML_WINDOW (widget);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GBytes) bytes = NULL;
  cairo_surface_t *surface;
  PmlDiagram diagram;
  cairo_t *cr;
  int width, height;

  if (self->heap == NULL)
    return;

  init_diagram (self, PML_VIEW_HEAP, &diagram, &title, &subtitle);
  diagram.scale = 1;
  width = EXPORT_WIDTH;
  height = (int) ceil (pml_diagram_get_height (&diagram, self->heap));
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (surface);
  pml_diagram_render (&diagram, self->heap, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  bytes = g_bytes_new (cairo_image_surface_get_data (surface),
                       (gsize) cairo_image_surface_get_stride (surface) * height);
  texture = gdk_memory_texture_new (width, height, GDK_MEMORY_DEFAULT, bytes,
                                    cairo_image_surface_get_stride (surface));
  cairo_surface_destroy (surface);

  gdk_clipboard_set_texture (gtk_widget_get_clipboard (widget), texture);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Heap diagram copied")));
}
