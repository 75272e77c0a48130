/* pml-objects-view.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "pml-objects-layout.h"
#include "pml-objects-view.h"

/* The objects view of a scenario: its objects as nodes, references as
 * arrows, names as roots, drawn by the renderer as export draws them; a
 * tooltip tells the object under the pointer in full. */

struct _PmlObjectsView
{
  GtkWidget         parent_instance;

  PmlInterp        *interp;
  PmlObjectsLayout *layout;
  PmlPalette        palette;
  gboolean          presenter;
};

G_DEFINE_FINAL_TYPE (PmlObjectsView, pml_objects_view, GTK_TYPE_WIDGET)

static void
update_palette (PmlObjectsView *self)
{
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());

  pml_palette_init (&self->palette, dark ? PML_THEME_DARK : PML_THEME_LIGHT, self->presenter);
}

static void
relayout (PmlObjectsView *self)
{
  g_clear_pointer (&self->layout, pml_objects_layout_free);
  if (self->interp != NULL)
    self->layout = pml_objects_layout_new (self->interp, &self->palette,
                                           MAX (gtk_widget_get_width (GTK_WIDGET (self)), 400));
  gtk_widget_queue_resize (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
dark_changed_cb (PmlObjectsView *self)
{
  update_palette (self);
  relayout (self);
}

static gboolean
query_tooltip_cb (PmlObjectsView *self,
                  int             x,
                  int             y,
                  gboolean        keyboard,
                  GtkTooltip     *tooltip)
{
  const PmlObjectNode *node;
  const PmlObjInfo *info;
  g_autofree char *text = NULL;
  int index;

  if (self->layout == NULL || (index = pml_objects_layout_node_at (self->layout, x, y)) < 0)
    return FALSE;

  node = &g_array_index (self->layout->nodes, PmlObjectNode, index);
  info = pml_interp_get_object (self->interp, node->serial);
  /* Translators: the tooltip of an object: type, number, address, size,
     the line that made it, reference count */
  text = g_strdup_printf (_("%s object %u at 0x%" G_GINT64_MODIFIER "x\n"
                            "%" G_GUINT64_FORMAT " bytes, made by line %d\n"
                            "Reference count: %" G_GINT64_FORMAT "%s"),
                          node->type_name, node->serial, node->address, node->size,
                          info != NULL ? info->line : 0, node->refcnt,
                          node->unreachable ? _("\nTentatively unreachable: the collector found no "
                                                "reference from outside the generation")
                                            : "");
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
pml_objects_view_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  PmlObjectsView *self = PML_OBJECTS_VIEW (widget);

  *minimum = *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 400 : 100;
  if (self->layout != NULL)
    {
      if (orientation == GTK_ORIENTATION_HORIZONTAL)
        *minimum = *natural = (int) self->layout->width;
      else
        *minimum = *natural = (int) self->layout->height;
    }
}

static void
pml_objects_view_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  PmlObjectsView *self = PML_OBJECTS_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (self->layout == NULL || width <= 0 || height <= 0)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  pml_render_objects (cr, self->layout, &self->palette);
  cairo_destroy (cr);
}

static void
pml_objects_view_dispose (GObject *object)
{
  PmlObjectsView *self = PML_OBJECTS_VIEW (object);

  g_clear_pointer (&self->layout, pml_objects_layout_free);
  self->interp = NULL;

  G_OBJECT_CLASS (pml_objects_view_parent_class)->dispose (object);
}

static void
pml_objects_view_class_init (PmlObjectsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pml_objects_view_dispose;
  widget_class->measure = pml_objects_view_measure;
  widget_class->snapshot = pml_objects_view_snapshot;

  gtk_widget_class_set_css_name (widget_class, "objectsview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
pml_objects_view_init (PmlObjectsView *self)
{
  update_palette (self);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark", G_CALLBACK (dark_changed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("The scenario's objects, their reference counts and references"), -1);
}

GtkWidget *
pml_objects_view_new (void)
{
  return g_object_new (PML_TYPE_OBJECTS_VIEW, NULL);
}

void
pml_objects_view_set_interp (PmlObjectsView *self,
                             PmlInterp      *interp)
{
  g_return_if_fail (PML_IS_OBJECTS_VIEW (self));

  self->interp = interp;
  relayout (self);
}

void
pml_objects_view_set_presenter (PmlObjectsView *self,
                                gboolean        presenter)
{
  g_return_if_fail (PML_IS_OBJECTS_VIEW (self));

  if (self->presenter == !!presenter)
    return;
  self->presenter = !!presenter;
  update_palette (self);
  relayout (self);
}

/* What is drawn, for tests */
guint
pml_objects_view_get_n_nodes (PmlObjectsView *self)
{
  g_return_val_if_fail (PML_IS_OBJECTS_VIEW (self), 0);

  return self->layout != NULL ? self->layout->nodes->len : 0;
}

void
pml_objects_view_state_changed (PmlObjectsView *self)
{
  g_return_if_fail (PML_IS_OBJECTS_VIEW (self));

  relayout (self);
}
