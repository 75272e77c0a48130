/* pml-preferences-window.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pml-preferences-window.h"
#include "pml-preset.h"

/* The preferences are GSettings keys; the rows are bound to them */

struct _PmlPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  AdwComboRow          *preset_row;
  GtkStringList        *preset_list;
  GtkSwitch            *presenter_switch;
  GtkSpinButton        *speed_spin;

  GSettings            *settings;
};

G_DEFINE_FINAL_TYPE (PmlPreferencesWindow, pml_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static void
preset_row_selected_cb (PmlPreferencesWindow *self)
{
  guint selected = adw_combo_row_get_selected (self->preset_row);
  const char *name = gtk_string_list_get_string (self->preset_list, selected);

  if (name != NULL && self->settings != NULL)
    g_settings_set_string (self->settings, "preset", name);
}

static void
pml_preferences_window_dispose (GObject *object)
{
  PmlPreferencesWindow *self = PML_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PML_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (pml_preferences_window_parent_class)->dispose (object);
}

static void
pml_preferences_window_class_init (PmlPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pml_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/pymemlab/PyMemLab/ui/pml-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PmlPreferencesWindow, preset_row);
  gtk_widget_class_bind_template_child (widget_class, PmlPreferencesWindow, preset_list);
  gtk_widget_class_bind_template_child (widget_class, PmlPreferencesWindow, presenter_switch);
  gtk_widget_class_bind_template_child (widget_class, PmlPreferencesWindow, speed_spin);
  gtk_widget_class_bind_template_callback (widget_class, preset_row_selected_cb);
}

static void
pml_preferences_window_init (PmlPreferencesWindow *self)
{
  const char **names = pml_preset_list_names ();
  g_autofree char *current = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; names[i] != NULL; i++)
    gtk_string_list_append (self->preset_list, names[i]);

  /* settings last: filling the list must not write the key */
  self->settings = g_settings_new (APP_ID);
  current = g_settings_get_string (self->settings, "preset");
  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_equal (names[i], current))
      adw_combo_row_set_selected (self->preset_row, i);

  g_settings_bind (self->settings, "presenter-mode", self->presenter_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "animation-speed", gtk_spin_button_get_adjustment (self->speed_spin), "value",
                   G_SETTINGS_BIND_DEFAULT);
}

GtkWidget *
pml_preferences_window_new (GtkWindow *parent)
{
  return g_object_new (PML_TYPE_PREFERENCES_WINDOW, "transient-for", parent, "modal", TRUE, NULL);
}
