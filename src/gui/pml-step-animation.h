/* pml-step-animation.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The timing of a view's change between two steps, shared by the views
 * that animate: it runs on the widget's frame clock for a duration, and
 * a step that comes sooner than the last one's animation would end jumps
 * instead, so that stepping fast never queues animations. */

typedef struct
{
  GtkWidget *widget;
  void     (*ended) (GtkWidget *widget);  /* drops what the animation drew from */
  guint      duration;                    /* ms; 0: never animate */
  guint      tick_id;
  gint64     start_time;                  /* frame time of the first frame, or 0 */
  gint64     last_change;                 /* monotonic time of the last step */
  double     progress;                    /* 0 to 1, linear */
} PmlStepAnimation;

#define PML_STEP_ANIMATION_DEFAULT_DURATION 250

void     pml_step_animation_init       (PmlStepAnimation *self,
                                        GtkWidget        *widget,
                                        void            (*ended) (GtkWidget *widget));
gboolean pml_step_animation_step       (PmlStepAnimation *self);
void     pml_step_animation_start      (PmlStepAnimation *self);
void     pml_step_animation_stop       (PmlStepAnimation *self);
gboolean pml_step_animation_is_running (PmlStepAnimation *self);
double   pml_step_animation_eased      (PmlStepAnimation *self);

G_END_DECLS
