/* pml-window-play.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pml-window-private.h"

/* Play: steps on by itself, a line of a script or a request of a trace
 * at a time, at the speed of the preferences, until the end or Pause. */

#define PLAY_INTERVAL_MS 700.0
/* a change between two steps animates this long at speed 1: well inside
 * Play's interval, so playing still animates every step */
#define ANIMATION_MS     250.0

/* Nothing left to step to (or nothing open) */
gboolean
pml_window_is_at_end (PmlWindow *self)
{
  g_return_val_if_fail (PML_IS_WINDOW (self), TRUE);

  if (self->heap == NULL)
    return TRUE;
  if (pml_heap_get_position (self->heap) < pml_heap_get_n_events (self->heap))
    return FALSE;
  return self->interp == NULL || pml_interp_get_position (self->interp) == pml_interp_get_n_events (self->interp);
}

static void
show_playing (PmlWindow *self)
{
  gboolean playing = self->play_timeout != 0;

  gtk_button_set_icon_name (self->play_button, playing ? "media-playback-pause-symbolic"
                                                       : "media-playback-start-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->play_button), playing ? _("Pause (F9)") : _("Play (F9)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->play_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  playing ? _("Pause") : _("Play"), -1);
}

static gboolean
play_tick_cb (gpointer user_data)
{
  PmlWindow *self = user_data;

  if (pml_window_is_at_end (self))
    {
      self->play_timeout = 0;
      show_playing (self);
      return G_SOURCE_REMOVE;
    }
  gtk_widget_activate_action (GTK_WIDGET (self), self->interp != NULL ? "sim.line-forward" : "sim.step-forward",
                              NULL);
  return G_SOURCE_CONTINUE;
}

static guint
interval_ms (PmlWindow *self)
{
  return (guint) (PLAY_INTERVAL_MS / g_settings_get_double (self->settings, "animation-speed"));
}

void
pml_window_play_stop (PmlWindow *self)
{
  g_clear_handle_id (&self->play_timeout, g_source_remove);
  if (self->play_button != NULL)
    show_playing (self);
}

gboolean
pml_window_is_playing (PmlWindow *self)
{
  g_return_val_if_fail (PML_IS_WINDOW (self), FALSE);

  return self->play_timeout != 0;
}

static void
sim_play_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PmlWindow *self = PML_WINDOW (widget);

  if (self->play_timeout != 0)
    {
      pml_window_play_stop (self);
      return;
    }
  if (self->heap == NULL)
    return;
  /* from the end, Play starts again */
  if (pml_window_is_at_end (self))
    gtk_widget_activate_action (widget, "sim.go-start", NULL);
  self->play_timeout = g_timeout_add (interval_ms (self), play_tick_cb, self);
  show_playing (self);
}

static void
speed_changed_cb (PmlWindow *self)
{
  double speed = g_settings_get_double (self->settings, "animation-speed");

  pml_layout_view_set_animation_duration (PML_LAYOUT_VIEW (self->heap_view), (guint) (ANIMATION_MS / speed));
  pml_layout_view_set_animation_duration (PML_LAYOUT_VIEW (self->objects_view), (guint) (ANIMATION_MS / speed));
  pml_layout_view_set_animation_duration (PML_LAYOUT_VIEW (self->pool_view), (guint) (ANIMATION_MS / speed));
  if (self->play_timeout == 0)
    return;
  g_source_remove (self->play_timeout);
  self->play_timeout = g_timeout_add (interval_ms (self), play_tick_cb, self);
}

void
pml_window_play_init (PmlWindow *self)
{
  g_signal_connect_object (self->settings, "changed::animation-speed", G_CALLBACK (speed_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_settings_bind (self->settings, "animation-speed", gtk_spin_button_get_adjustment (self->speed_spin), "value",
                   G_SETTINGS_BIND_DEFAULT);
  speed_changed_cb (self);
  show_playing (self);
}

void
pml_window_play_class_init (GtkWidgetClass *widget_class)
{
  /* F9: with the transport's keys (pml-window.c) */
  gtk_widget_class_install_action (widget_class, "sim.play", NULL, sim_play_action);
}
