/* pml-compare-view.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "pml-compare-view.h"
#include "pml-heap-view.h"
#include "pml-version-diff.h"

/* Two versions side by side: the open script run under two presets, the
 * two heaps in two columns stepped together line by line, and under them
 * what differs at the line that just ran (the rows `pymemlab diff`
 * prints, from pml-version-diff.c). */

struct _PmlCompareView
{
  GtkWidget      parent_instance;

  GtkWidget     *titles[2];
  GtkWidget     *heap_views[2];
  GtkWidget     *line_label;
  GtkWidget     *list;

  PmlVersionRun *runs[2];
  GPtrArray     *rows;          /* PmlVersionDiff * */
  char         **source_lines;
  guint          step;          /* lines run in both: 0 before the first */
  guint          n_steps;
};

G_DEFINE_FINAL_TYPE (PmlCompareView, pml_compare_view, GTK_TYPE_WIDGET)

static void
clear_runs (PmlCompareView *self)
{
  for (guint i = 0; i < 2; i++)
    {
      if (self->heap_views[i])
        pml_heap_view_set_heap (PML_HEAP_VIEW (self->heap_views[i]), NULL);
      g_clear_pointer (&self->runs[i], pml_version_run_free);
    }
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->source_lines, g_strfreev);
}

static void
pml_compare_view_dispose (GObject *object)
{
  PmlCompareView *self = PML_COMPARE_VIEW (object);
  GtkWidget *child;

  clear_runs (self);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (pml_compare_view_parent_class)->dispose (object);
}

static void
pml_compare_view_class_init (PmlCompareViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pml_compare_view_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "comparison");
}

static GtkWidget *
make_column (PmlCompareView *self,
             guint           i)
{
  GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *frame = gtk_frame_new (NULL);

  self->titles[i] = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->titles[i], "title-4");
  self->heap_views[i] = pml_heap_view_new ();
  gtk_widget_set_hexpand (self->heap_views[i], TRUE);
  gtk_widget_set_vexpand (self->heap_views[i], TRUE);
  gtk_frame_set_child (GTK_FRAME (frame), self->heap_views[i]);
  gtk_box_append (GTK_BOX (column), self->titles[i]);
  gtk_box_append (GTK_BOX (column), frame);
  return column;
}

static void
pml_compare_view_init (PmlCompareView *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  GtkWidget *columns = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 12);
  gtk_box_set_homogeneous (GTK_BOX (columns), TRUE);
  gtk_widget_set_vexpand (columns, TRUE);
  gtk_box_append (GTK_BOX (columns), make_column (self, 0));
  gtk_box_append (GTK_BOX (columns), make_column (self, 1));
  gtk_widget_set_parent (columns, GTK_WIDGET (self));

  self->line_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->line_label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (self->line_label), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (self->line_label, "heading");
  gtk_widget_set_parent (self->line_label, GTK_WIDGET (self));

  self->list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->list, "boxed-list");
  gtk_widget_set_valign (self->list, GTK_ALIGN_START);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), self->list);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 200);
  gtk_widget_set_parent (scrolled, GTK_WIDGET (self));
}

GtkWidget *
pml_compare_view_new (void)
{
  return g_object_new (PML_TYPE_COMPARE_VIEW, NULL);
}

static GtkWidget *
value_label (const char *text,
             const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_hexpand (label, TRUE);
  if (css_class)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/* One difference: what it is, then each version's value in its column */
static GtkWidget *
make_row (const PmlVersionDiff *diff)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *kind = value_label (pml_version_diff_kind_label (diff->kind), "heading");
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *a = value_label (diff->a, "monospace");
  GtkWidget *b = value_label (diff->b, "monospace");

  /* three equal columns: the values line up under the heaps they belong to */
  gtk_box_set_homogeneous (GTK_BOX (box), TRUE);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_box_append (GTK_BOX (box), kind);
  gtk_box_append (GTK_BOX (box), a);
  gtk_box_append (GTK_BOX (box), b);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  g_object_set_data (G_OBJECT (row), "pml-diff", (gpointer) diff);
  if (diff->line == 0)
    gtk_widget_add_css_class (row, "dim-label");
  return row;
}

static void
fill_list (PmlCompareView *self,
           gint            line)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->list), child);
  if (self->rows == NULL)
    return;
  /* the line's own differences first: they are what the step shows */
  for (int pass = 0; pass < 2; pass++)
    {
      g_autoptr(GPtrArray) at = pml_version_diff_rows_at (self->rows, pass == 0 ? line : 0);

      if (pass == 0 && line == 0)
        continue;
      for (guint i = 0; i < at->len; i++)
        gtk_list_box_append (GTK_LIST_BOX (self->list), make_row (at->pdata[i]));
    }
}

/* Both runs to where step @step has run, the views and the list with them */
static void
show_step (PmlCompareView *self)
{
  gint line = 0;
  g_autofree char *text = NULL;
  g_autofree char *line_text = NULL;

  for (guint i = 0; i < 2; i++)
    {
      PmlRun *run = pml_version_run_get_run (self->runs[i]);
      guint index;

      if (self->step == 0)
        pml_run_seek_first_line (run);
      else if ((index = pml_run_find_line_event (run, self->step, 0, NULL)) == G_MAXUINT)
        pml_run_seek_script_end (run);
      else
        {
          pml_run_seek_after_line_event (run, index);
          if (line == 0)
            line = pml_obj_event_get_value (pml_interp_get_event (pml_run_get_interp (run), index));
        }
      pml_layout_view_state_changed (PML_LAYOUT_VIEW (self->heap_views[i]));
    }

  if (line == 0)
    text = g_strdup (_("No line has run yet: F8, F10 or F11 runs the next one in both versions."));
  else
    {
      line_text = g_strdup ((guint) line <= g_strv_length (self->source_lines) ? self->source_lines[line - 1] : "");
      /* Translators: a line number and its text, run in both versions */
      text = g_strdup_printf (_("Line %d has run: %s"), line, g_strstrip (line_text));
    }
  gtk_label_set_text (GTK_LABEL (self->line_label), text);
  fill_list (self, line);
  g_object_set_data (G_OBJECT (self), "pml-line", GINT_TO_POINTER (line));
}

gboolean
pml_compare_view_load (PmlCompareView  *self,
                       const char      *path,
                       const char      *source,
                       const PmlPreset *preset_a,
                       const PmlPreset *preset_b,
                       GError         **error)
{
  const PmlPreset *presets[2] = { preset_a, preset_b };
  PmlVersionRun *runs[2] = { NULL, NULL };

  g_return_val_if_fail (PML_IS_COMPARE_VIEW (self), FALSE);

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GError) local_error = NULL;

      runs[i] = pml_version_run_new (path, source, strlen (source), presets[i], &local_error);
      if (runs[i] == NULL)
        {
          /* Translators: a preset's name, then why the script could not run under it */
          g_set_error (error, local_error->domain, local_error->code, _("Under %s: %s"), presets[i]->name,
                       local_error->message);
          g_clear_pointer (&runs[0], pml_version_run_free);
          return FALSE;
        }
    }

  clear_runs (self);
  self->runs[0] = runs[0];
  self->runs[1] = runs[1];
  self->rows = pml_version_diff_compute (runs[0], runs[1]);
  self->source_lines = g_strsplit (source, "\n", -1);
  self->n_steps = 0;
  for (guint i = 0; i < 2; i++)
    {
      PmlRun *run = pml_version_run_get_run (runs[i]);
      guint n;

      pml_run_find_line_event (run, 0, 0, &n);
      self->n_steps = MAX (self->n_steps, n);
      gtk_label_set_text (GTK_LABEL (self->titles[i]), presets[i]->name);
      pml_heap_view_set_heap (PML_HEAP_VIEW (self->heap_views[i]), pml_run_get_heap (run));
    }
  self->step = 0;
  show_step (self);
  return TRUE;
}

gboolean
pml_compare_view_step (PmlCompareView *self,
                       gboolean        forward)
{
  g_return_val_if_fail (PML_IS_COMPARE_VIEW (self), FALSE);

  if (self->rows == NULL || (forward ? self->step >= self->n_steps : self->step == 0))
    return FALSE;
  self->step = forward ? self->step + 1 : self->step - 1;
  show_step (self);
  return TRUE;
}

void
pml_compare_view_seek_start (PmlCompareView *self)
{
  g_return_if_fail (PML_IS_COMPARE_VIEW (self));

  if (self->rows == NULL)
    return;
  self->step = 0;
  show_step (self);
}

void
pml_compare_view_seek_end (PmlCompareView *self)
{
  g_return_if_fail (PML_IS_COMPARE_VIEW (self));

  if (self->rows == NULL)
    return;
  self->step = self->n_steps;
  show_step (self);
}

gint
pml_compare_view_get_line (PmlCompareView *self)
{
  g_return_val_if_fail (PML_IS_COMPARE_VIEW (self), 0);

  return GPOINTER_TO_INT (g_object_get_data (G_OBJECT (self), "pml-line"));
}

/* Read back from the list's rows, as a student sees them */
GPtrArray *
pml_compare_view_get_row_texts (PmlCompareView *self)
{
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (PML_IS_COMPARE_VIEW (self), texts);

  for (GtkWidget *row = gtk_widget_get_first_child (self->list); row; row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *box = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));
      GtkWidget *kind = gtk_widget_get_first_child (box);
      GtkWidget *a = gtk_widget_get_next_sibling (kind);
      GtkWidget *b = gtk_widget_get_next_sibling (a);

      g_ptr_array_add (texts, g_strdup_printf ("%s\t%s\t%s", gtk_label_get_text (GTK_LABEL (kind)),
                                               gtk_label_get_text (GTK_LABEL (a)), gtk_label_get_text (GTK_LABEL (b))));
    }
  return texts;
}
