/* pml-window-play.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pml-window-private.h"

/* Play: steps on by itself, a line of a script or a request of a trace
 * at a time, at the speed of the preferences, until the end, a line
 * marked "# step", or Pause. A long script runs more lines a tick, to end
 * within PLAY_MAX_MS. */

#define PLAY_INTERVAL_MS 700.0
#define PLAY_MAX_MS      45000.0
/* a change between two steps animates this long at speed 1: well inside
 * Play's interval, so playing still animates every step */
#define ANIMATION_MS     250.0

/* Nothing left to step to (or nothing open) */
gboolean
pml_window_is_at_end (PmlWindow *self)
{
  g_return_val_if_fail (PML_IS_WINDOW (self), TRUE);

  return self->run == NULL || pml_run_is_at_end (self->run);
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

static guint stride (PmlWindow *self);

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
  if (self->interp == NULL)
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "sim.step-forward", NULL);
      return G_SOURCE_CONTINUE;
    }
  /* a teacher's "# step" is where Play waits for the next word */
  if (pml_run_step_lines (self->run, stride (self), TRUE) &&
      pml_run_line_is_marked (self->run, pml_run_get_line_to_run (self->run)))
    {
      self->play_timeout = 0;
      show_playing (self);
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

static guint
interval_ms (PmlWindow *self)
{
  return (guint) (PLAY_INTERVAL_MS / g_settings_get_double (self->settings, "animation-speed"));
}

/* The lines a tick runs: one, unless the lines left would play past
 * PLAY_MAX_MS from Play's press (fragmentation.py: 72,000 requests in
 * 32,000 lines). Counted from the time left, so slow ticks (a large
 * objects view to lay out) catch up. */
static guint
stride (PmlWindow *self)
{
  gint64 elapsed_ms = (g_get_monotonic_time () - self->play_started) / 1000;
  double left_ms = MAX (PLAY_MAX_MS - elapsed_ms, interval_ms (self));
  guint ticks_left = MAX (1, (guint) (left_ms / interval_ms (self)));
  guint lines_left;

  if (self->run == NULL || self->interp == NULL)
    return 1;
  lines_left = self->play_n_lines - MIN (self->play_n_lines, pml_interp_get_lines_done (self->interp));
  return MAX (1, (lines_left + ticks_left - 1) / ticks_left);
}

static void
start_clock (PmlWindow *self)
{
  self->play_started = g_get_monotonic_time ();
  self->play_n_lines = 0;
  if (self->run != NULL && self->interp != NULL)
    pml_run_find_line_event (self->run, 0, 0, &self->play_n_lines);
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
  start_clock (self);
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
  start_clock (self);
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
