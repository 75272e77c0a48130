/* pml-export-dialog.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pml-export-dialog.h"

/* The choices; "Export…" emits ::export-chosen and the window asks where. */

struct _PmlExportDialog
{
  AdwWindow       parent_instance;

  AdwComboRow    *what_row;
  AdwComboRow    *format_row;
  GtkSpinButton  *width_spin;
  AdwActionRow   *scale_row;
  GtkSpinButton  *scale_spin;
  AdwComboRow    *theme_row;

  gboolean        with_objects;
};

G_DEFINE_FINAL_TYPE (PmlExportDialog, pml_export_dialog, ADW_TYPE_WINDOW)

/* the rows of what_row's model; a trace's has no WHAT_OBJECTS */
typedef enum { WHAT_HEAP, WHAT_POOL, WHAT_OBJECTS, WHAT_ALL } What;
enum { EXPORT_CHOSEN, N_SIGNALS };
static guint signals[N_SIGNALS];

static What
get_what (PmlExportDialog *self)
{
  guint row = adw_combo_row_get_selected (self->what_row);

  if (row == GTK_INVALID_LIST_POSITION)
    return WHAT_HEAP;
  return !self->with_objects && row >= WHAT_OBJECTS ? row + 1 : row;
}

static What
what_of_view (PmlViewKind view)
{
  switch (view)
    {
    case PML_VIEW_POOL:
      return WHAT_POOL;

    case PML_VIEW_OBJECTS:
      return WHAT_OBJECTS;

    default:
      return WHAT_HEAP;
    }
}

static void
set_what (PmlExportDialog *self,
          What             what)
{
  if (!self->with_objects && what == WHAT_OBJECTS)
    what = WHAT_HEAP;
  if (!self->with_objects && what > WHAT_OBJECTS)
    what--;
  adw_combo_row_set_selected (self->what_row, what);
}

/* every view is a multi-page PDF; the scale only matters for PNG */
static void
choice_changed_cb (PmlExportDialog *self)
{
  gboolean all = get_what (self) == WHAT_ALL;

  if (all && adw_combo_row_get_selected (self->format_row) != PML_EXPORT_PDF)
    adw_combo_row_set_selected (self->format_row, PML_EXPORT_PDF);
  gtk_widget_set_sensitive (GTK_WIDGET (self->format_row), !all);
  gtk_widget_set_sensitive (GTK_WIDGET (self->scale_row),
                            adw_combo_row_get_selected (self->format_row) == PML_EXPORT_PNG);
}

static void
export_clicked_cb (PmlExportDialog *self)
{
  PmlExportChoice choice;

  pml_export_dialog_get_choice (self, &choice);
  g_signal_emit (self, signals[EXPORT_CHOSEN], 0, &choice);
  gtk_window_close (GTK_WINDOW (self));
}

static void
pml_export_dialog_class_init (PmlExportDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  /* the choice is passed as a pointer: read it during emission */
  signals[EXPORT_CHOSEN] = g_signal_new ("export-chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                         NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_POINTER);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/pymemlab/PyMemLab/ui/pml-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PmlExportDialog, what_row);
  gtk_widget_class_bind_template_child (widget_class, PmlExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, PmlExportDialog, width_spin);
  gtk_widget_class_bind_template_child (widget_class, PmlExportDialog, scale_row);
  gtk_widget_class_bind_template_child (widget_class, PmlExportDialog, scale_spin);
  gtk_widget_class_bind_template_child (widget_class, PmlExportDialog, theme_row);
  gtk_widget_class_bind_template_callback (widget_class, choice_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, export_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

/* The rows of the What list are whole sentences: the combo row's own
 * list cut them with an ellipsis ("The objects and their r…"); the chosen
 * one has its check mark, as there */
static void
setup_what_item_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), check);
  gtk_list_item_set_child (item, box);
}

static void
bind_what_item_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   PmlExportDialog          *self)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkStringObject *what = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_widget_get_first_child (box)), gtk_string_object_get_string (what));
  gtk_widget_set_opacity (gtk_widget_get_last_child (box),
                          adw_combo_row_get_selected_item (self->what_row) == (gpointer) what ? 1 : 0);
}

static void
pml_export_dialog_init (PmlExportDialog *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_what_item_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_what_item_cb), self);
  adw_combo_row_set_list_factory (self->what_row, factory);
  choice_changed_cb (self);
}

/* @with_objects: a scenario is open, so its objects can be drawn */
PmlExportDialog *
pml_export_dialog_new (GtkWindow   *parent,
                       PmlViewKind  view,
                       gboolean     with_objects)
{
  PmlExportDialog *self = g_object_new (PML_TYPE_EXPORT_DIALOG, "transient-for", parent, NULL);

  self->with_objects = with_objects;
  if (!with_objects)
    {
      GListModel *whats = adw_combo_row_get_model (self->what_row);

      gtk_string_list_remove (GTK_STRING_LIST (whats), WHAT_OBJECTS);
    }
  set_what (self, what_of_view (view));
  return self;
}

void
pml_export_dialog_get_choice (PmlExportDialog *self,
                              PmlExportChoice *out)
{
  static const PmlViewKind views[] = {
    PML_VIEW_HEAP, PML_VIEW_POOL, PML_VIEW_OBJECTS, PML_VIEW_HEAP,
  };
  static const PmlTheme themes[] = { PML_THEME_PRINT, PML_THEME_LIGHT, PML_THEME_DARK };
  What what;

  g_return_if_fail (PML_IS_EXPORT_DIALOG (self));
  what = get_what (self);
  out->all_views = what == WHAT_ALL;
  out->view = views[what];
  out->format = (PmlExportFormat) adw_combo_row_get_selected (self->format_row);
  out->width = gtk_spin_button_get_value (self->width_spin);
  out->scale = gtk_spin_button_get_value (self->scale_spin);
  out->theme = themes[MIN (adw_combo_row_get_selected (self->theme_row), 2)];
}

void
pml_export_dialog_set_choice (PmlExportDialog       *self,
                              const PmlExportChoice *choice)
{
  g_return_if_fail (PML_IS_EXPORT_DIALOG (self));
  set_what (self, choice->all_views ? WHAT_ALL : what_of_view (choice->view));
  adw_combo_row_set_selected (self->format_row, choice->format);
  gtk_spin_button_set_value (self->width_spin, choice->width);
  gtk_spin_button_set_value (self->scale_spin, choice->scale);
  adw_combo_row_set_selected (self->theme_row, choice->theme == PML_THEME_PRINT ? 0
                                               : choice->theme == PML_THEME_LIGHT ? 1 : 2);
}

void
pml_export_dialog_activate_export (PmlExportDialog *self)
{
  export_clicked_cb (self);
}
