/* pml-compare-window.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pml-compare-window.h"

/* The compare mode's window: the open script under two presets, chosen in
 * the header bar, stepped with the main window's keys (F8, F10, F11
 * forward; Shift+F8 back; Ctrl+Home, Ctrl+End). */

struct _PmlCompareWindow
{
  AdwWindow       parent_instance;

  PmlCompareView *view;
  GtkWidget      *dropdowns[2];
  GtkWidget      *banner;   /* why the last choice of presets could not run */
  char           *path;
  char           *source;
};

G_DEFINE_FINAL_TYPE (PmlCompareWindow, pml_compare_window, ADW_TYPE_WINDOW)

static void
pml_compare_window_finalize (GObject *object)
{
  PmlCompareWindow *self = PML_COMPARE_WINDOW (object);

  g_free (self->path);
  g_free (self->source);
  G_OBJECT_CLASS (pml_compare_window_parent_class)->finalize (object);
}

static void
step_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PmlCompareWindow *self = PML_COMPARE_WINDOW (widget);

  if (g_str_equal (action_name, "compare.line-forward"))
    pml_compare_view_step (self->view, TRUE);
  else if (g_str_equal (action_name, "compare.line-back"))
    pml_compare_view_step (self->view, FALSE);
  else if (g_str_equal (action_name, "compare.go-start"))
    pml_compare_view_seek_start (self->view);
  else
    pml_compare_view_seek_end (self->view);
}

static void
pml_compare_window_class_init (PmlCompareWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  static const struct { guint key; GdkModifierType modifiers; const char *action; } keys[] = {
    { GDK_KEY_F8, 0, "compare.line-forward" },
    { GDK_KEY_F10, 0, "compare.line-forward" },
    { GDK_KEY_F11, 0, "compare.line-forward" },
    { GDK_KEY_F6, 0, "compare.line-forward" },
    { GDK_KEY_F8, GDK_SHIFT_MASK, "compare.line-back" },
    { GDK_KEY_F6, GDK_SHIFT_MASK, "compare.line-back" },
    { GDK_KEY_Home, GDK_CONTROL_MASK, "compare.go-start" },
    { GDK_KEY_End, GDK_CONTROL_MASK, "compare.go-end" },
    { GDK_KEY_w, GDK_CONTROL_MASK, "window.close" },
    { GDK_KEY_Escape, 0, "window.close" },
  };

  object_class->finalize = pml_compare_window_finalize;
  gtk_widget_class_install_action (widget_class, "compare.line-forward", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "compare.line-back", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "compare.go-start", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "compare.go-end", NULL, step_action);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_widget_class_add_binding_action (widget_class, keys[i].key, keys[i].modifiers, keys[i].action, NULL);
}

static void
reload (PmlCompareWindow *self)
{
  const char **names = pml_preset_list_names ();
  g_autoptr(GError) error = NULL;
  const PmlPreset *a = pml_preset_lookup (names[gtk_drop_down_get_selected (GTK_DROP_DOWN (self->dropdowns[0]))]);
  const PmlPreset *b = pml_preset_lookup (names[gtk_drop_down_get_selected (GTK_DROP_DOWN (self->dropdowns[1]))]);

  /* a failed load keeps the runs shown before */
  if (pml_compare_view_load (self->view, self->path, self->source, a, b, &error))
    gtk_widget_set_visible (self->banner, FALSE);
  else
    {
      gtk_label_set_text (GTK_LABEL (self->banner), error->message);
      gtk_widget_set_visible (self->banner, TRUE);
    }
}

static GtkWidget *
make_dropdown (PmlCompareWindow *self,
               const char       *tooltip)
{
  GtkWidget *dropdown = gtk_drop_down_new_from_strings (pml_preset_list_names ());

  gtk_widget_set_tooltip_text (dropdown, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  return dropdown;
}

static void
pml_compare_window_init (PmlCompareWindow *self)
{
  GtkWidget *toolbar = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *presets = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *versus = gtk_label_new (_("and"));

  self->dropdowns[0] = make_dropdown (self, _("The version in the left column"));
  self->dropdowns[1] = make_dropdown (self, _("The version in the right column"));
  gtk_box_append (GTK_BOX (presets), self->dropdowns[0]);
  gtk_box_append (GTK_BOX (presets), versus);
  gtk_box_append (GTK_BOX (presets), self->dropdowns[1]);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), presets);

  self->banner = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->banner), TRUE);
  gtk_label_set_selectable (GTK_LABEL (self->banner), TRUE);
  gtk_widget_add_css_class (self->banner, "error");
  gtk_widget_set_margin_top (self->banner, 6);
  gtk_widget_set_visible (self->banner, FALSE);
  self->view = PML_COMPARE_VIEW (pml_compare_view_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->view), TRUE);
  gtk_widget_set_margin_start (GTK_WIDGET (self->view), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->view), 12);
  gtk_widget_set_margin_top (GTK_WIDGET (self->view), 12);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->view), 12);
  gtk_box_append (GTK_BOX (toolbar), header);
  gtk_box_append (GTK_BOX (toolbar), self->banner);
  gtk_box_append (GTK_BOX (toolbar), GTK_WIDGET (self->view));
  adw_window_set_content (ADW_WINDOW (self), toolbar);
  gtk_window_set_default_size (GTK_WINDOW (self), 1280, 720);
}

static guint
index_of (const PmlPreset *preset)
{
  const char **names = pml_preset_list_names ();

  for (guint i = 0; names[i]; i++)
    if (g_str_equal (names[i], preset->name))
      return i;
  return 0;
}

PmlCompareWindow *
pml_compare_window_new (GtkWindow       *parent,
                        const char      *path,
                        const char      *source,
                        const PmlPreset *preset_a,
                        const PmlPreset *preset_b)
{
  PmlCompareWindow *self = g_object_new (PML_TYPE_COMPARE_WINDOW, "transient-for", parent, NULL);
  g_autofree char *basename = g_path_get_basename (path);
  /* Translators: the window's title: a script's name */
  g_autofree char *title = g_strdup_printf (_("%s in Two Versions"), basename);

  gtk_window_set_title (GTK_WINDOW (self), title);
  self->path = g_strdup (path);
  self->source = g_strdup (source);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->dropdowns[0]), index_of (preset_a));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->dropdowns[1]), index_of (preset_b));
  reload (self);
  g_signal_connect_object (self->dropdowns[0], "notify::selected", G_CALLBACK (reload), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->dropdowns[1], "notify::selected", G_CALLBACK (reload), self, G_CONNECT_SWAPPED);
  return self;
}

PmlCompareView *
pml_compare_window_get_view (PmlCompareWindow *self)
{
  g_return_val_if_fail (PML_IS_COMPARE_WINDOW (self), NULL);

  return self->view;
}
