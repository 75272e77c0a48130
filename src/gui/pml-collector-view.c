/* pml-collector-view.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pml-collector-layout.h"
#include "pml-collector-view.h"

/* The collector at work, above the objects: shown by the window while a
 * collection is under way, drawn by the renderer as the export draws
 * it. Between two steps the objects slide from list to list. */

struct _PmlCollectorView
{
  PmlLayoutView  parent_instance;

  PmlInterp     *interp;
};

G_DEFINE_FINAL_TYPE (PmlCollectorView, pml_collector_view, PML_TYPE_LAYOUT_VIEW)

static const PmlCollectorLayout *
get_layout (PmlCollectorView *self)
{
  return pml_layout_view_get_layout (PML_LAYOUT_VIEW (self));
}

static gpointer
pml_collector_view_make_layout (PmlLayoutView    *view,
                                const PmlPalette *palette,
                                double            width)
{
  PmlCollectorView *self = PML_COLLECTOR_VIEW (view);

  if (self->interp == NULL)
    return NULL;
  return pml_collector_layout_new (self->interp, palette, width);
}

static void
pml_collector_view_get_layout_size (PmlLayoutView *view,
                                    gconstpointer  layout,
                                    double        *width,
                                    double        *height)
{
  const PmlCollectorLayout *collector_layout = layout;

  *width = collector_layout->width;
  *height = collector_layout->height;
}

static void
pml_collector_view_draw (PmlLayoutView *view,
                         cairo_t       *cr,
                         gconstpointer  layout,
                         gconstpointer  from_layout,
                         double         progress)
{
  const PmlPalette *palette = pml_layout_view_get_palette (view);

  if (from_layout != NULL)
    {
      g_autoptr(PmlCollectorLayout) frame = pml_collector_layout_tween (from_layout, layout, progress);

      pml_render_collector (cr, frame, palette);
    }
  else
    pml_render_collector (cr, layout, palette);
}

static char *
pml_collector_view_describe_at (PmlLayoutView *view,
                                double         x,
                                double         y)
{
  const PmlCollectorLayout *layout = get_layout (PML_COLLECTOR_VIEW (view));
  int index;

  if (layout == NULL || (index = pml_collector_layout_node_at (layout, x, y)) < 0)
    return NULL;
  return pml_collector_layout_describe_node (layout, (guint) index);
}

/* The phase, then each node in list order */
static void
pml_collector_view_describe_items (PmlLayoutView *view,
                                   GPtrArray     *out)
{
  const PmlCollectorLayout *layout = get_layout (PML_COLLECTOR_VIEW (view));

  g_ptr_array_add (out, g_strdup_printf ("%s. %s", layout->title, layout->explain));
  for (guint i = 0; i < layout->nodes->len; i++)
    g_ptr_array_add (out, pml_collector_layout_describe_node (layout, i));
  for (guint i = 0; i < layout->weakref_lines->len; i++)
    g_ptr_array_add (out, g_strdup (layout->weakref_lines->pdata[i]));
}

static void
pml_collector_view_dispose (GObject *object)
{
  PmlCollectorView *self = PML_COLLECTOR_VIEW (object);

  G_OBJECT_CLASS (pml_collector_view_parent_class)->dispose (object);

  self->interp = NULL;
}

static void
pml_collector_view_class_init (PmlCollectorViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PmlLayoutViewClass *view_class = PML_LAYOUT_VIEW_CLASS (klass);

  object_class->dispose = pml_collector_view_dispose;

  view_class->free_layout = (GDestroyNotify) pml_collector_layout_free;
  view_class->min_width = 300;
  view_class->natural_width = 600;
  view_class->empty_height = 0;
  view_class->make_layout = pml_collector_view_make_layout;
  view_class->get_layout_size = pml_collector_view_get_layout_size;
  view_class->draw = pml_collector_view_draw;
  view_class->describe_at = pml_collector_view_describe_at;
  view_class->describe_items = pml_collector_view_describe_items;

  gtk_widget_class_set_css_name (widget_class, "collectorview");
}

static void
pml_collector_view_init (PmlCollectorView *self)
{
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("The cycle collector's lists during the collection: the generation being "
                                    "collected, the unreachable objects, the survivors and the freed objects"), -1);
}

GtkWidget *
pml_collector_view_new (void)
{
  return g_object_new (PML_TYPE_COLLECTOR_VIEW, NULL);
}

void
pml_collector_view_set_interp (PmlCollectorView *self,
                               PmlInterp        *interp)
{
  g_return_if_fail (PML_IS_COLLECTOR_VIEW (self));

  self->interp = interp;
  pml_layout_view_refresh (PML_LAYOUT_VIEW (self));
}

gboolean
pml_collector_view_is_active (PmlCollectorView *self)
{
  g_return_val_if_fail (PML_IS_COLLECTOR_VIEW (self), FALSE);

  return get_layout (self) != NULL;
}

GArray *
pml_collector_view_get_list (PmlCollectorView *self,
                             guint             list)
{
  const PmlCollectorLayout *layout;

  g_return_val_if_fail (PML_IS_COLLECTOR_VIEW (self), NULL);

  layout = get_layout (self);
  if (layout == NULL || list >= PML_COLLECTOR_N_LISTS)
    return g_array_new (FALSE, FALSE, sizeof (guint32));
  return pml_collector_layout_list_serials (layout, (PmlCollectorList) list);
}

const char *
pml_collector_view_get_title (PmlCollectorView *self)
{
  const PmlCollectorLayout *layout;

  g_return_val_if_fail (PML_IS_COLLECTOR_VIEW (self), NULL);

  layout = get_layout (self);
  return layout != NULL ? layout->title : NULL;
}
