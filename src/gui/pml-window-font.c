/* pml-window-font.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pml-window-editor.h"
#include "pml-window-private.h"

/* Font sizes: Ctrl+plus, Ctrl+minus and Ctrl+0 size the area that has
 * the focus (the script, the output, the narration; the heap diagram
 * zooms), each remembered in the settings. Presenter mode enlarges the
 * three texts on top of that. The sizes are one stylesheet of the
 * window's, written again when a size changes: a CSS font size reaches
 * the editor's gutters too, where a Pango attribute would not. */

#define ZOOM_STEP       1.1
#define MIN_ZOOM        0.5
#define MAX_ZOOM        3.0
/* big enough to read from the back of a classroom, small enough that a
   line of a lesson still fits the script's pane at 1280×720 */
#define PRESENTER_SCALE 1.4
/* the narration is a little larger than the rest already */
#define NARRATION_BASE  1.15

static const struct
{
  const char *key;
  const char *css_class;
} areas[] = {
  [PML_TEXT_AREA_CODE] = { "code-zoom", "pml-code" },
  [PML_TEXT_AREA_OUTPUT] = { "output-zoom", "pml-output" },
  [PML_TEXT_AREA_NARRATION] = { "narration-zoom", "narration" },
};

/* the script's pane in presenter mode: its enlarged lines fit, and the
   diagrams keep the larger part of the window */
#define PRESENTER_SCRIPT_WIDTH 540

static GtkWidget *
area_widget (PmlWindow   *self,
             PmlTextArea  area)
{
  switch (area)
    {
    case PML_TEXT_AREA_CODE:
      return GTK_WIDGET (self->source_view);
    case PML_TEXT_AREA_OUTPUT:
      return GTK_WIDGET (self->output_view);
    case PML_TEXT_AREA_NARRATION:
    default:
      return GTK_WIDGET (self->narration);
    }
}

static void
widen_script (PmlWindow *self,
              gboolean   presenter)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height;

  if (presenter == (self->script_width_before_presenter > 0))
    return;
  /* at start-up, before the window has its size */
  if (width <= 0)
    gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  if (presenter)
    {
      GtkPaned *paned = GTK_PANED (gtk_widget_get_parent (self->script_pane));

      self->script_width_before_presenter = gtk_paned_get_position (paned);
      pml_window_set_script_width (self, MAX (self->script_width_before_presenter,
                                              MAX (PRESENTER_SCRIPT_WIDTH, width * 9 / 20)));
    }
  else
    {
      pml_window_set_script_width (self, self->script_width_before_presenter);
      self->script_width_before_presenter = 0;
    }
}

void
pml_window_font_update (PmlWindow *self)
{
  gboolean presenter = g_settings_get_boolean (self->settings, "presenter-mode");
  g_autoptr(GString) css = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (areas); i++)
    {
      double scale = g_settings_get_double (self->settings, areas[i].key) * (presenter ? PRESENTER_SCALE : 1.0);
      char percent[G_ASCII_DTOSTR_BUF_SIZE];

      if (i == PML_TEXT_AREA_NARRATION)
        scale *= NARRATION_BASE;
      /* CSS reads a C number whatever the locale */
      g_ascii_formatd (percent, sizeof percent, "%.1f", 100 * scale);
      g_string_append_printf (css, ".%s { font-size: %s%%; }\n", areas[i].css_class, percent);
      /* the line marks' legend goes with the script */
      if (i == PML_TEXT_AREA_CODE)
        g_string_append_printf (css, ".line-legend { font-size: %s%%; }\n", percent);
    }
  gtk_css_provider_load_from_data (self->font_css, css->str, (gssize) css->len);
  widen_script (self, presenter);
}

/* The area of the focus; the script when the focus is on none of them
 * (a transport button): it is what a class reads. FALSE: the focus is
 * in a diagram, which zooms (the heap) or keeps its size. */
static gboolean
focus_area (PmlWindow   *self,
            PmlTextArea *area)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  for (guint i = 0; i < G_N_ELEMENTS (areas); i++)
    {
      GtkWidget *widget = area_widget (self, i);

      if (focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget)))
        {
          *area = i;
          return TRUE;
        }
    }
  if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->view_stack)))
    return FALSE;
  *area = PML_TEXT_AREA_CODE;
  return TRUE;
}

static void
view_zoom_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PmlWindow *self = PML_WINDOW (widget);
  PmlTextArea area;
  double zoom;

  if (!focus_area (self, &area))
    {
      GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

      /* the heap page zooms the heap diagram; the objects view has no
         zoom */
      if (focus == GTK_WIDGET (self->objects_view) || gtk_widget_is_ancestor (focus, GTK_WIDGET (self->objects_view)))
        return;
      zoom = pml_layout_view_get_zoom (PML_LAYOUT_VIEW (self->heap_view));
      if (g_str_equal (action_name, "view.zoom-in"))
        pml_layout_view_set_zoom (PML_LAYOUT_VIEW (self->heap_view), zoom * 1.25);
      else if (g_str_equal (action_name, "view.zoom-out"))
        pml_layout_view_set_zoom (PML_LAYOUT_VIEW (self->heap_view), zoom * 0.8);
      else
        pml_layout_view_set_zoom (PML_LAYOUT_VIEW (self->heap_view), 1.0);
      return;
    }

  zoom = g_settings_get_double (self->settings, areas[area].key);
  if (g_str_equal (action_name, "view.zoom-in"))
    zoom *= ZOOM_STEP;
  else if (g_str_equal (action_name, "view.zoom-out"))
    zoom /= ZOOM_STEP;
  else
    zoom = 1.0;
  /* steps land on round sizes (1.1, 1.2, ...) and come back to 1 */
  zoom = CLAMP ((double) (gint) (zoom * 10 + 0.5) / 10, MIN_ZOOM, MAX_ZOOM);
  g_settings_set_double (self->settings, areas[area].key, zoom);
}

void
pml_window_font_init (PmlWindow *self)
{
  self->font_css = gtk_css_provider_new ();
  gtk_style_context_add_provider_for_display (gtk_widget_get_display (GTK_WIDGET (self)),
                                              GTK_STYLE_PROVIDER (self->font_css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
  gtk_widget_add_css_class (GTK_WIDGET (self->source_view), areas[PML_TEXT_AREA_CODE].css_class);
  gtk_widget_add_css_class (GTK_WIDGET (self->output_view), areas[PML_TEXT_AREA_OUTPUT].css_class);
  for (guint i = 0; i < G_N_ELEMENTS (areas); i++)
    {
      g_autofree char *signal = g_strconcat ("changed::", areas[i].key, NULL);

      g_signal_connect_object (self->settings, signal, G_CALLBACK (pml_window_font_update), self,
                               G_CONNECT_SWAPPED);
    }
  pml_window_font_update (self);
}

void
pml_window_font_dispose (PmlWindow *self)
{
  if (self->font_css == NULL)
    return;
  gtk_style_context_remove_provider_for_display (gtk_widget_get_display (GTK_WIDGET (self)),
                                                 GTK_STYLE_PROVIDER (self->font_css));
  g_clear_object (&self->font_css);
}

void
pml_window_font_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "view.zoom-in", NULL, view_zoom_action);
  gtk_widget_class_install_action (widget_class, "view.zoom-out", NULL, view_zoom_action);
  gtk_widget_class_install_action (widget_class, "view.zoom-reset", NULL, view_zoom_action);
}

GtkWidget *
pml_window_get_text_area (PmlWindow   *self,
                          PmlTextArea  area)
{
  g_return_val_if_fail (PML_IS_WINDOW (self), NULL);
  g_return_val_if_fail (area <= PML_TEXT_AREA_NARRATION, NULL);

  return area_widget (self, area);
}
