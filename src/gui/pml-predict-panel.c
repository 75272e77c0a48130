/* pml-predict-panel.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <glib/gi18n.h>

#include "pml-predict-panel.h"

/* The question before a line runs, above the narration: a number typed,
 * a choice pressed, or objects ticked (or clicked in the objects view),
 * then the verdict and the narration's explanation. The keyboard alone
 * does it all: Tab to the answer, Enter to check. The window steps on. */

struct _PmlPredictPanel
{
  GtkBox       parent_instance;

  GtkLabel    *score_label;
  GtkLabel    *question_label;
  GtkBox      *answer_box;
  GtkEntry    *entry;           /* a number's */
  GPtrArray   *object_checks;   /* GtkCheckButton per candidate */
  GtkWidget   *first_answer;    /* what gets the focus */
  GtkLabel    *verdict_label;
  GtkLabel    *explanation_label;
  GtkLabel    *hint_label;

  PmlQuestion *question;
  gboolean     answered;
  guint        n_right;
  guint        n_asked;
};

G_DEFINE_FINAL_TYPE (PmlPredictPanel, pml_predict_panel, GTK_TYPE_BOX)

enum
{
  ANSWERED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
update_score (PmlPredictPanel *self)
{
  g_autofree char *text = NULL;

  if (self->n_asked == 0)
    {
      gtk_label_set_text (self->score_label, "");
      return;
    }
  /* Translators: predict mode's score for the lesson, as in "4 of 6 right" */
  text = g_strdup_printf (ngettext ("%u of %u right", "%u of %u right", self->n_asked), self->n_right,
                          self->n_asked);
  gtk_label_set_text (self->score_label, text);
}

static void
clear_answer_box (PmlPredictPanel *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->answer_box))) != NULL)
    gtk_box_remove (self->answer_box, child);
  self->entry = NULL;
  self->first_answer = NULL;
  g_ptr_array_set_size (self->object_checks, 0);
}

static void
show_verdict (PmlPredictPanel *self,
              gboolean         right)
{
  const PmlQuestion *q = self->question;
  g_autofree char *verdict = NULL;

  self->answered = TRUE;
  self->n_asked++;
  if (right)
    self->n_right++;
  update_score (self);
  if (right)
    verdict = g_strdup (_("Right!"));
  else
    /* Translators: predict mode's verdict; %s is the right answer */
    verdict = g_strdup_printf (_("Not quite: the answer is %s."), q->answer_text);
  gtk_label_set_text (self->verdict_label, verdict);
  gtk_widget_remove_css_class (GTK_WIDGET (self->verdict_label), right ? "error" : "success");
  gtk_widget_add_css_class (GTK_WIDGET (self->verdict_label), right ? "success" : "error");
  gtk_label_set_text (self->explanation_label, q->explanation);
  gtk_widget_set_visible (GTK_WIDGET (self->hint_label), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->verdict_label), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->explanation_label), TRUE);
  /* the answer stays as given; making the focused entry insensitive would
   * take the focus from under GtkText */
  if (self->entry != NULL)
    gtk_editable_set_editable (GTK_EDITABLE (self->entry), FALSE);
  for (guint k = 0; k < self->object_checks->len; k++)
    gtk_widget_set_can_target (g_ptr_array_index (self->object_checks, k), FALSE);
  g_signal_emit (self, signals[ANSWERED], 0, right);
}

static void
check_number (PmlPredictPanel *self)
{
  const char *text;
  char *end;
  gint64 number;

  if (self->answered || self->entry == NULL)
    return;
  text = gtk_editable_get_text (GTK_EDITABLE (self->entry));
  number = g_ascii_strtoll (text, &end, 10);
  if (*text == '\0' || *g_strstrip (end) != '\0')
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->entry), "error");
      return;
    }
  show_verdict (self, pml_question_check_number (self->question, number));
}

static void
choice_clicked_cb (GtkButton       *button,
                   PmlPredictPanel *self)
{
  guint choice = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "choice"));
  gboolean right;

  if (self->answered)
    return;
  right = pml_question_check_choice (self->question, choice);
  /* the choice pressed, and the right one when it was not */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->answer_box)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      guint other = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (child), "choice"));

      if (pml_question_check_choice (self->question, other))
        gtk_widget_add_css_class (child, "success");
      else if (child == GTK_WIDGET (button))
        gtk_widget_add_css_class (child, "error");
    }
  show_verdict (self, right);
}

static void
check_objects_cb (PmlPredictPanel *self)
{
  g_autoptr(GArray) picked = g_array_new (FALSE, FALSE, sizeof (guint32));

  if (self->answered)
    return;
  for (guint k = 0; k < self->object_checks->len; k++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->object_checks, k)))
      g_array_append_val (picked, g_array_index (self->question->candidates, guint32, k));
  show_verdict (self, pml_question_check_objects (self->question, (guint32 *) picked->data, picked->len));
}

static GtkWidget *
check_button_new (PmlPredictPanel *self,
                  GCallback        callback)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Check"));

  gtk_widget_add_css_class (button, "suggested-action");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (button, "clicked", callback, self);
  return button;
}

static void
build_answer (PmlPredictPanel *self)
{
  const PmlQuestion *q = self->question;

  clear_answer_box (self);
  if (q->kind == PML_QUESTION_REFCOUNT)
    {
      self->entry = GTK_ENTRY (gtk_entry_new ());
      gtk_entry_set_input_purpose (self->entry, GTK_INPUT_PURPOSE_DIGITS);
      gtk_editable_set_width_chars (GTK_EDITABLE (self->entry), 6);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Your answer"), -1);
      g_signal_connect_swapped (self->entry, "activate", G_CALLBACK (check_number), self);
      gtk_box_append (self->answer_box, GTK_WIDGET (self->entry));
      gtk_box_append (self->answer_box, check_button_new (self, G_CALLBACK (check_number)));
      self->first_answer = GTK_WIDGET (self->entry);
    }
  else if (q->kind == PML_QUESTION_UNREACHABLE)
    {
      GtkWidget *list = gtk_flow_box_new ();

      gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (list), GTK_SELECTION_NONE);
      gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (list), 4);
      gtk_widget_set_hexpand (list, TRUE);
      for (guint k = 0; q->candidate_labels[k] != NULL; k++)
        {
          GtkWidget *check = gtk_check_button_new_with_label (q->candidate_labels[k]);

          g_ptr_array_add (self->object_checks, check);
          gtk_flow_box_append (GTK_FLOW_BOX (list), check);
          /* the flow box's children pass the focus on to the checks */
          gtk_widget_set_focusable (gtk_widget_get_parent (check), FALSE);
          if (self->first_answer == NULL)
            self->first_answer = check;
        }
      gtk_box_append (self->answer_box, list);
      gtk_box_append (self->answer_box, check_button_new (self, G_CALLBACK (check_objects_cb)));
    }
  else
    {
      for (guint c = 0; q->choices[c] != NULL; c++)
        {
          GtkWidget *button = gtk_button_new_with_label (q->choices[c]);

          g_object_set_data (G_OBJECT (button), "choice", GUINT_TO_POINTER (c));
          g_signal_connect (button, "clicked", G_CALLBACK (choice_clicked_cb), self);
          gtk_box_append (self->answer_box, button);
          if (self->first_answer == NULL)
            self->first_answer = button;
        }
    }
}

void
pml_predict_panel_ask (PmlPredictPanel *self,
                       PmlQuestion     *question)
{
  g_return_if_fail (PML_IS_PREDICT_PANEL (self));
  g_return_if_fail (question != NULL);

  g_clear_pointer (&self->question, pml_question_free);
  self->question = question;
  self->answered = FALSE;
  if (question->kind == PML_QUESTION_UNREACHABLE)
    {
      /* Translators: after a predict-mode question about unreachable objects */
      g_autofree char *text = g_strdup_printf ("%s %s", question->text,
                                               _("Tick them, or click them in the objects view, then check."));

      gtk_label_set_text (self->question_label, text);
    }
  else
    gtk_label_set_text (self->question_label, question->text);
  build_answer (self);
  gtk_widget_set_visible (GTK_WIDGET (self->verdict_label), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->explanation_label), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->hint_label), FALSE);
}

/* The step ran: the views show what the explanation says */
void
pml_predict_panel_revealed (PmlPredictPanel *self)
{
  g_return_if_fail (PML_IS_PREDICT_PANEL (self));

  gtk_widget_set_visible (GTK_WIDGET (self->hint_label), FALSE);
}

void
pml_predict_panel_cancel (PmlPredictPanel *self)
{
  g_return_if_fail (PML_IS_PREDICT_PANEL (self));

  g_clear_pointer (&self->question, pml_question_free);
  self->answered = FALSE;
  clear_answer_box (self);
  gtk_label_set_text (self->question_label, _("Step forward: a question comes before each line that asks one."));
  gtk_widget_set_visible (GTK_WIDGET (self->verdict_label), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->explanation_label), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->hint_label), FALSE);
}

const PmlQuestion *
pml_predict_panel_get_question (PmlPredictPanel *self)
{
  g_return_val_if_fail (PML_IS_PREDICT_PANEL (self), NULL);

  return self->question;
}

gboolean
pml_predict_panel_is_waiting (PmlPredictPanel *self)
{
  g_return_val_if_fail (PML_IS_PREDICT_PANEL (self), FALSE);

  return self->question != NULL && !self->answered;
}

gboolean
pml_predict_panel_is_answered (PmlPredictPanel *self)
{
  g_return_val_if_fail (PML_IS_PREDICT_PANEL (self), FALSE);

  return self->question != NULL && self->answered;
}

void
pml_predict_panel_toggle_object (PmlPredictPanel *self,
                                 guint32          serial)
{
  g_return_if_fail (PML_IS_PREDICT_PANEL (self));

  if (!pml_predict_panel_is_waiting (self) || self->question->kind != PML_QUESTION_UNREACHABLE)
    return;
  for (guint k = 0; k < self->object_checks->len; k++)
    if (g_array_index (self->question->candidates, guint32, k) == serial)
      {
        GtkCheckButton *check = g_ptr_array_index (self->object_checks, k);

        gtk_check_button_set_active (check, !gtk_check_button_get_active (check));
      }
}

void
pml_predict_panel_reset_score (PmlPredictPanel *self)
{
  g_return_if_fail (PML_IS_PREDICT_PANEL (self));

  self->n_right = self->n_asked = 0;
  update_score (self);
}

guint
pml_predict_panel_get_n_right (PmlPredictPanel *self)
{
  g_return_val_if_fail (PML_IS_PREDICT_PANEL (self), 0);

  return self->n_right;
}

guint
pml_predict_panel_get_n_asked (PmlPredictPanel *self)
{
  g_return_val_if_fail (PML_IS_PREDICT_PANEL (self), 0);

  return self->n_asked;
}

void
pml_predict_panel_focus_answer (PmlPredictPanel *self)
{
  g_return_if_fail (PML_IS_PREDICT_PANEL (self));

  if (self->first_answer != NULL)
    gtk_widget_grab_focus (self->first_answer);
}

static void
pml_predict_panel_dispose (GObject *object)
{
  PmlPredictPanel *self = PML_PREDICT_PANEL (object);

  g_clear_pointer (&self->question, pml_question_free);
  g_clear_pointer (&self->object_checks, g_ptr_array_unref);

  G_OBJECT_CLASS (pml_predict_panel_parent_class)->dispose (object);
}

static void
pml_predict_panel_class_init (PmlPredictPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pml_predict_panel_dispose;

  /**
   * PmlPredictPanel::answered:
   * @right: whether the answer was right
   *
   * The student checked an answer.
   */
  signals[ANSWERED] = g_signal_new ("answered", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                    NULL, G_TYPE_NONE, 1, G_TYPE_BOOLEAN);
  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "predictpanel");
}

static GtkLabel *
wrapped_label (void)
{
  GtkLabel *label = GTK_LABEL (gtk_label_new (NULL));

  gtk_label_set_wrap (label, TRUE);
  gtk_label_set_xalign (label, 0);
  gtk_label_set_selectable (label, FALSE);
  return label;
}

static void
pml_predict_panel_init (PmlPredictPanel *self)
{
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *title = gtk_label_new (_("Predict"));

  self->object_checks = g_ptr_array_new ();
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 6);
  gtk_widget_set_margin_start (GTK_WIDGET (self), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self), 12);
  gtk_widget_set_margin_top (GTK_WIDGET (self), 6);
  gtk_widget_add_css_class (GTK_WIDGET (self), "card");

  gtk_widget_add_css_class (title, "heading");
  gtk_widget_set_hexpand (title, TRUE);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  self->score_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->score_label), "dim-label");
  gtk_box_append (GTK_BOX (header), title);
  gtk_box_append (GTK_BOX (header), GTK_WIDGET (self->score_label));

  self->question_label = wrapped_label ();
  self->answer_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6));
  self->verdict_label = wrapped_label ();
  gtk_widget_add_css_class (GTK_WIDGET (self->verdict_label), "heading");
  self->explanation_label = wrapped_label ();
  gtk_label_set_selectable (self->explanation_label, TRUE);
  /* Translators: predict mode, once an answer is checked: how to go on to the step */
  self->hint_label = wrapped_label ();
  gtk_label_set_text (self->hint_label, _("Step forward to see it happen."));
  gtk_widget_add_css_class (GTK_WIDGET (self->hint_label), "dim-label");

  gtk_widget_set_margin_start (header, 12);
  gtk_widget_set_margin_end (header, 12);
  gtk_widget_set_margin_top (header, 8);
  gtk_box_append (GTK_BOX (self), header);
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->question_label));
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->answer_box));
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->verdict_label));
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->explanation_label));
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->hint_label));
  for (GtkWidget *w = GTK_WIDGET (self->question_label); w != NULL; w = gtk_widget_get_next_sibling (w))
    {
      gtk_widget_set_margin_start (w, 12);
      gtk_widget_set_margin_end (w, 12);
    }
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->explanation_label), 8);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->hint_label), 8);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->answer_box), 8);
  pml_predict_panel_cancel (self);
}

GtkWidget *
pml_predict_panel_new (void)
{
  return g_object_new (PML_TYPE_PREDICT_PANEL, NULL);
}
