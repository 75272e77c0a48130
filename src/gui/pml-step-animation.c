/* pml-step-animation.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pml-step-animation.h"

void
pml_step_animation_init (PmlStepAnimation *self,
                         GtkWidget        *widget,
                         void            (*ended) (GtkWidget *widget))
{
  *self = (PmlStepAnimation) { 0 };
  self->widget = widget;
  self->ended = ended;
  self->duration = PML_STEP_ANIMATION_DEFAULT_DURATION;
}

void
pml_step_animation_stop (PmlStepAnimation *self)
{
  if (self->tick_id != 0)
    gtk_widget_remove_tick_callback (self->widget, self->tick_id);
  self->tick_id = 0;
  if (self->ended != NULL)
    self->ended (self->widget);
  gtk_widget_queue_draw (self->widget);
}

/* A step happened: stops what runs, and says whether the change may
 * animate (not sooner than the last would have ended, the widget shown,
 * the system's animations on) */
gboolean
pml_step_animation_step (PmlStepAnimation *self)
{
  gint64 now = g_get_monotonic_time ();
  gboolean quick = self->tick_id != 0 ||
                   (self->last_change != 0 && now - self->last_change < (gint64) self->duration * 1000);
  gboolean enabled = TRUE;

  self->last_change = now;
  pml_step_animation_stop (self);
  g_object_get (gtk_widget_get_settings (self->widget), "gtk-enable-animations", &enabled, NULL);
  return !quick && enabled && self->duration > 0 && gtk_widget_get_mapped (self->widget);
}

static gboolean
tick_cb (GtkWidget     *widget,
         GdkFrameClock *frame_clock,
         gpointer       user_data)
{
  PmlStepAnimation *self = user_data;
  gint64 now = gdk_frame_clock_get_frame_time (frame_clock);

  /* time runs from the first frame drawn, so none is skipped at the start */
  if (self->start_time == 0)
    self->start_time = now;
  self->progress = (now - self->start_time) / (1000.0 * MAX (self->duration, 1));
  if (self->progress >= 1)
    {
      /* GTK removes the callback itself */
      self->tick_id = 0;
      pml_step_animation_stop (self);
      return G_SOURCE_REMOVE;
    }
  gtk_widget_queue_draw (widget);
  return G_SOURCE_CONTINUE;
}

void
pml_step_animation_start (PmlStepAnimation *self)
{
  g_return_if_fail (self->tick_id == 0);

  self->start_time = 0;
  self->progress = 0;
  self->tick_id = gtk_widget_add_tick_callback (self->widget, tick_cb, self, NULL);
}

gboolean
pml_step_animation_is_running (PmlStepAnimation *self)
{
  return self->tick_id != 0;
}

/* Ease out: fast first, settling at the end */
double
pml_step_animation_eased (PmlStepAnimation *self)
{
  double u = 1 - CLAMP (self->progress, 0, 1);

  return 1 - u * u * u;
}
