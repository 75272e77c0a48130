/* pml-window-compare.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pml-compare-window.h"
#include "pml-window-private.h"

/* win.compare-versions: the script the window ran, in a window of its own
 * under 3.8 (the articles' version) and the preset chosen in the
 * preferences (3.11 when that is 3.8). */

static void
compare_versions_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  PmlWindow *self = PML_WINDOW (widget);
  g_autofree char *chosen = g_settings_get_string (self->settings, "preset");
  const PmlPreset *older = pml_preset_lookup ("cpython-3.8");
  const PmlPreset *newer = pml_preset_lookup (chosen);
  g_autofree char *path = NULL;
  PmlCompareWindow *window;

  if (self->ran_source == NULL)
    {
      pml_window_add_toast (self, adw_toast_new (_("Run a script first: two versions compare a script’s runs")));
      return;
    }
  if (newer == NULL || newer == older)
    newer = pml_preset_get_default ();
  path = self->document ? g_file_get_path (self->document) : g_strdup (_("untitled.py"));
  window = pml_compare_window_new (GTK_WINDOW (self), path, self->ran_source, older, newer);
  gtk_window_present (GTK_WINDOW (window));
}

void
pml_window_compare_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.compare-versions", NULL, compare_versions_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_t, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.compare-versions", NULL);
}
