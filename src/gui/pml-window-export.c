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
#include "pml-export-dialog.h"
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
  /* a scenario's objects, moved with the heap; every view then has them,
     drawn as the window draws them */
  diagram->interp = self->interp;
  diagram->shared_values = g_settings_get_boolean (self->settings, "shared-values");
}

/* Writes the chosen diagram(s) for the state shown */
gboolean
pml_window_export_to (PmlWindow             *self,
                      const PmlExportChoice *choice,
                      GFile                 *file,
                      GError               **error)
{
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  PmlDiagram diagram;

  g_return_val_if_fail (PML_IS_WINDOW (self), FALSE);
  if (self->heap == NULL)
    {
      g_set_error (error, PML_EXPORT_ERROR, PML_EXPORT_ERROR_VIEW, _("Nothing is open to export"));
      return FALSE;
    }
  init_diagram (self, choice->view, &diagram, &title, &subtitle);
  diagram.width = choice->width;
  diagram.scale = choice->scale;
  pml_palette_init (&diagram.palette, choice->theme, FALSE);
  if (choice->all_views)
    {
      g_autoptr(GArray) pages = pml_diagram_all_view_pages (&diagram, self->heap);

      return pml_diagram_export_pages ((PmlDiagram *) (gpointer) pages->data, pages->len, self->heap,
                                       PML_EXPORT_PDF, file, error);
    }
  return pml_diagram_export (&diagram, self->heap, choice->format, file, error);
}

static void
export_response_cb (PmlWindow            *self,
                    int                   response,
                    GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  PmlExportChoice *choice = g_object_get_data (G_OBJECT (chooser), "choice");

  if (response == GTK_RESPONSE_ACCEPT && self->heap != NULL)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      if (!pml_window_export_to (self, choice, file, &error))
        pml_window_show_error (self, error);
      else
        pml_window_add_toast (self, adw_toast_new (_("Diagram exported")));
    }
  g_clear_object (&self->chooser);
}

/* The dialog chose: now where */
static void
export_chosen_cb (PmlWindow             *self,
                  const PmlExportChoice *choice)
{
  static const char *extensions[] = { "png", "svg", "pdf" };
  const char *what = choice->all_views ? "views"
                     : choice->view == PML_VIEW_POOL ? "pool"
                     : choice->view == PML_VIEW_OBJECTS ? "objects" : "heap";
  g_autofree char *name = g_strdup_printf ("%s-%u.%s", what, pml_window_current_step (self),
                                           extensions[choice->all_views ? PML_EXPORT_PDF : choice->format]);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Export the Diagram"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_object_set_data_full (G_OBJECT (self->chooser), "choice", g_memdup2 (choice, sizeof *choice), g_free);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (export_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

void
pml_window_export_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  PmlWindow *self = PML_WINDOW (widget);
  PmlViewKind kind = g_str_equal (action_name, "win.export-pool") ? PML_VIEW_POOL : PML_VIEW_HEAP;
  PmlExportDialog *dialog;

  /* Export (Ctrl+E) offers the view on screen */
  if (g_str_equal (action_name, "win.export-view") && self->interp != NULL &&
      g_strcmp0 (gtk_stack_get_visible_child_name (self->view_stack), "objects") == 0)
    kind = PML_VIEW_OBJECTS;

  if (self->heap == NULL)
    return;
  dialog = pml_export_dialog_new (GTK_WINDOW (self), kind, self->interp != NULL);
  g_signal_connect_object (dialog, "export-chosen", G_CALLBACK (export_chosen_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
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
  pml_window_add_toast (self, adw_toast_new (_("Heap diagram copied")));
}
