/* pml-view-list.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pml-view-list.h"

/* thousands of rows would make each step slow while the list is shown */
#define MAX_ROWS 500

/* A drawn view's items as a list of sentences, one focusable row each,
 * for a screen reader and the keyboard: the same state as the picture,
 * in words (GTK 4.8 cannot give a drawing accessible children). It
 * follows the view's layout while it is shown. */

struct _PmlViewList
{
  GtkWidget      parent_instance;

  PmlLayoutView *view;
  GtkListBox    *list;
  GPtrArray     *rows;        /* char *: the text of each row */
  guint          idle_id;
  gboolean       dirty;
};

G_DEFINE_FINAL_TYPE (PmlViewList, pml_view_list, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_VIEW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rebuild (PmlViewList *self)
{
  GtkWidget *child;

  self->dirty = FALSE;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  self->rows = self->view != NULL ? pml_layout_view_describe_items (self->view)
                                  : g_ptr_array_new_with_free_func (g_free);
  if (self->rows->len > MAX_ROWS)
    {
      guint more = self->rows->len - MAX_ROWS + 1;

      g_ptr_array_set_size (self->rows, MAX_ROWS - 1);
      g_ptr_array_add (self->rows, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "… and %u more item",
                                                                 "… and %u more items", more), more));
    }

  for (guint i = 0; i < self->rows->len; i++)
    {
      const char *text = g_ptr_array_index (self->rows, i);
      GtkWidget *row = gtk_list_box_row_new ();
      GtkWidget *label = gtk_label_new (text);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_set_margin_start (label, 12);
      gtk_widget_set_margin_end (label, 12);
      gtk_widget_set_margin_top (label, 4);
      gtk_widget_set_margin_bottom (label, 4);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
      gtk_list_box_append (self->list, row);
    }
}

static gboolean
rebuild_idle_cb (gpointer user_data)
{
  PmlViewList *self = user_data;

  self->idle_id = 0;
  rebuild (self);
  return G_SOURCE_REMOVE;
}

/* The layout may change during size allocation: rebuild afterwards, and
 * only while shown */
static void
layout_changed_cb (PmlViewList *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->dirty = TRUE;
      return;
    }
  if (self->idle_id == 0)
    self->idle_id = g_idle_add (rebuild_idle_cb, self);
}

static void
pml_view_list_map (GtkWidget *widget)
{
  PmlViewList *self = PML_VIEW_LIST (widget);

  GTK_WIDGET_CLASS (pml_view_list_parent_class)->map (widget);

  if (self->dirty)
    rebuild (self);
}

static void
pml_view_list_dispose (GObject *object)
{
  PmlViewList *self = PML_VIEW_LIST (object);

  g_clear_handle_id (&self->idle_id, g_source_remove);
  pml_view_list_set_view (self, NULL);
  if (self->list != NULL)
    gtk_widget_unparent (GTK_WIDGET (g_steal_pointer (&self->list)));
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (pml_view_list_parent_class)->dispose (object);
}

static void
pml_view_list_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  PmlViewList *self = PML_VIEW_LIST (object);

  switch (prop_id)
    {
    case PROP_VIEW:
      g_value_set_object (value, pml_view_list_get_view (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pml_view_list_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  PmlViewList *self = PML_VIEW_LIST (object);

  switch (prop_id)
    {
    case PROP_VIEW:
      pml_view_list_set_view (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pml_view_list_class_init (PmlViewListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pml_view_list_dispose;
  object_class->get_property = pml_view_list_get_property;
  object_class->set_property = pml_view_list_set_property;
  widget_class->map = pml_view_list_map;

  properties[PROP_VIEW] =
    g_param_spec_object ("view", NULL, NULL,
                         PML_TYPE_LAYOUT_VIEW,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "viewlist");
}

static void
pml_view_list_init (PmlViewList *self)
{
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_set_parent (GTK_WIDGET (self->list), GTK_WIDGET (self));
  self->rows = g_ptr_array_new_with_free_func (g_free);
  self->dirty = TRUE;
}

GtkWidget *
pml_view_list_new (void)
{
  return g_object_new (PML_TYPE_VIEW_LIST, NULL);
}

PmlLayoutView *
pml_view_list_get_view (PmlViewList *self)
{
  g_return_val_if_fail (PML_IS_VIEW_LIST (self), NULL);

  return self->view;
}

/* The view whose items are listed */
void
pml_view_list_set_view (PmlViewList   *self,
                        PmlLayoutView *view)
{
  g_return_if_fail (PML_IS_VIEW_LIST (self));
  g_return_if_fail (view == NULL || PML_IS_LAYOUT_VIEW (view));

  if (self->view == view)
    return;

  if (self->view != NULL)
    g_signal_handlers_disconnect_by_func (self->view, layout_changed_cb, self);
  g_set_object (&self->view, view);
  if (view != NULL)
    g_signal_connect_object (view, "layout-changed", G_CALLBACK (layout_changed_cb), self, G_CONNECT_SWAPPED);
  layout_changed_cb (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIEW]);
}

/* For tests: what the rows say now */
guint
pml_view_list_get_n_rows (PmlViewList *self)
{
  g_return_val_if_fail (PML_IS_VIEW_LIST (self), 0);

  return self->rows->len;
}

const char *
pml_view_list_get_row (PmlViewList *self,
                       guint        index)
{
  g_return_val_if_fail (PML_IS_VIEW_LIST (self), NULL);
  g_return_val_if_fail (index < self->rows->len, NULL);

  return g_ptr_array_index (self->rows, index);
}
