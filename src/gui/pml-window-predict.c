/* pml-window-predict.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pml-window-private.h"

/* Predict mode (F3, or the primary menu): stepping forward onto a line
 * that asks a question shows the question first; the next step key,
 * once the student checked an answer, steps over the line to show it
 * happen. A line is asked once per run; the score is the lesson's. */

static gboolean
is_forward_step (const char *action_name)
{
  const char *forward[] = { "sim.step-forward", "sim.event-forward", "sim.line-forward", "sim.step-over",
                            "sim.step-into" };

  for (guint i = 0; i < G_N_ELEMENTS (forward); i++)
    if (g_str_equal (action_name, forward[i]))
      return TRUE;
  return FALSE;
}

static gboolean
predicting (PmlWindow *self)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), "predict");
  g_autoptr(GVariant) state = action != NULL ? g_action_get_state (action) : NULL;

  return state != NULL && g_variant_get_boolean (state);
}

/* The cursor left the question's line another way (back, the timeline):
 * the question goes unanswered, and is asked again on the way forward */
static void
run_stepped_cb (PmlWindow *self)
{
  const PmlQuestion *q = pml_predict_panel_get_question (self->predict_panel);

  if (q != NULL && pml_predict_panel_is_waiting (self->predict_panel) &&
      pml_run_get_position (self->run) != q->line_event + 1)
    {
      g_hash_table_remove (self->predict_asked, GUINT_TO_POINTER (q->line_event));
      pml_predict_panel_cancel (self->predict_panel);
    }
}

/* A new run: a new lesson, and a new score */
void
pml_window_predict_set_run (PmlWindow *self)
{
  pml_predict_panel_cancel (self->predict_panel);
  pml_predict_panel_reset_score (self->predict_panel);
  g_hash_table_remove_all (self->predict_asked);
  if (self->run != NULL)
    g_signal_connect_object (self->run, "stepped", G_CALLBACK (run_stepped_cb), self, G_CONNECT_SWAPPED);
}

/* Before a step forward: TRUE when predict mode took the key (to ask,
 * to wait for an answer, or to reveal by stepping over) */
gboolean
pml_window_predict_step (PmlWindow  *self,
                         const char *action_name)
{
  const PmlQuestion *q;
  guint position;

  if (!predicting (self) || self->run == NULL || self->interp == NULL || !is_forward_step (action_name))
    return FALSE;
  position = pml_run_get_position (self->run);
  q = pml_predict_panel_get_question (self->predict_panel);
  if (q != NULL && q->line_event + 1 == position && pml_run_is_at_line_start (self->run))
    {
      if (pml_predict_panel_is_waiting (self->predict_panel))
        {
          pml_predict_panel_focus_answer (self->predict_panel);
          return TRUE;
        }
      /* answered: the step shows it, the whole line at once */
      pml_run_step (self->run, PML_STEP_OVER, TRUE);
      pml_predict_panel_revealed (self->predict_panel);
      return TRUE;
    }
  if (pml_run_is_at_line_start (self->run) &&
      g_hash_table_add (self->predict_asked, GUINT_TO_POINTER (position - 1)))
    {
      PmlQuestion *question = pml_predict_question_at (self->run, self->ran_source, position - 1);

      if (question != NULL)
        {
          pml_window_play_stop (self);
          pml_predict_panel_ask (self->predict_panel, question);
          pml_predict_panel_focus_answer (self->predict_panel);
          return TRUE;
        }
    }
  return FALSE;
}

static void
predict_changed_cb (GSimpleAction *action,
                    GVariant      *state,
                    PmlWindow     *self)
{
  gboolean on = g_variant_get_boolean (state);

  g_simple_action_set_state (action, state);
  gtk_widget_set_visible (GTK_WIDGET (self->predict_panel), on);
  if (!on)
    pml_predict_panel_cancel (self->predict_panel);
}

/* A click on an object answers "which are unreachable" */
static void
object_activated_cb (PmlWindow      *self,
                     guint           serial,
                     PmlObjectsView *view)
{
  pml_predict_panel_toggle_object (self->predict_panel, serial);
}

void
pml_window_predict_class_init (GtkWidgetClass *widget_class)
{
  g_type_ensure (PML_TYPE_PREDICT_PANEL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F3, 0, "win.predict", NULL);
}

/* The panel goes above the narration, which it answers from */
void
pml_window_predict_init (PmlWindow *self)
{
  g_autoptr(GSimpleAction) action = g_simple_action_new_stateful ("predict", NULL, g_variant_new_boolean (FALSE));
  GtkWidget *request = GTK_WIDGET (self->request_label);

  self->predict_asked = g_hash_table_new (NULL, NULL);
  self->predict_panel = PML_PREDICT_PANEL (pml_predict_panel_new ());
  gtk_widget_set_visible (GTK_WIDGET (self->predict_panel), FALSE);
  gtk_widget_insert_before (GTK_WIDGET (self->predict_panel), gtk_widget_get_parent (request), request);
  g_signal_connect_object (action, "change-state", G_CALLBACK (predict_changed_cb), self, 0);
  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (action));
  g_signal_connect_object (self->objects_view, "object-activated", G_CALLBACK (object_activated_cb), self,
                           G_CONNECT_SWAPPED);
}

void
pml_window_predict_dispose (PmlWindow *self)
{
  g_clear_pointer (&self->predict_asked, g_hash_table_unref);
}
