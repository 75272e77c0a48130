/* pml-legend.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "pml-heap-layout.h"
#include "pml-legend.h"
#include "pml-pool-layout.h"
#include "pml-render-legend.h"

/* What every mark of the diagrams means: a row per mark, its sample drawn
 * by the renderer's own function for that mark (pml-render-legend.c in
 * src/render), and the colours of the size classes in use now. The text
 * is real labels, which a screen reader reads; the samples are
 * decoration. */

#define SAMPLE_WIDTH 44
#define SAMPLE_HEIGHT 24

struct _PmlLegend
{
  GtkWidget   parent_instance;

  PmlHeap    *heap;
  PmlPalette  palette;
  guint32     classes_in_use;

  GtkWidget  *box;
  GtkWidget  *classes_box;
  GPtrArray  *samples;      /* GtkDrawingArea */
  guint       n_marks;
  guint       n_classes;
};

G_DEFINE_FINAL_TYPE (PmlLegend, pml_legend, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_HEAP,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_palette (PmlLegend *self)
{
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());

  pml_palette_init (&self->palette, dark ? PML_THEME_DARK : PML_THEME_LIGHT, FALSE);
  for (guint i = 0; i < self->samples->len; i++)
    gtk_widget_queue_draw (g_ptr_array_index (self->samples, i));
}

/* The classes' marks take the colour of the smallest class in use, as the
 * pools show it */
static guint
sample_class (PmlLegend *self)
{
  return self->classes_in_use != 0 ? (guint) g_bit_nth_lsf (self->classes_in_use, -1) : 1;
}

static void
draw_mark_cb (GtkDrawingArea *area,
              cairo_t        *cr,
              int             width,
              int             height,
              gpointer        user_data)
{
  PmlLegend *self = PML_LEGEND (gtk_widget_get_ancestor (GTK_WIDGET (area), PML_TYPE_LEGEND));
  PmlLegendMark mark = GPOINTER_TO_UINT (user_data);
  guint szidx = sample_class (self);
  PmlColor class_color;

  pml_palette_pool_color (&self->palette, self->classes_in_use, szidx, &class_color);
  pml_render_legend_mark (cr, &self->palette, mark, szidx, &class_color,
                          &(PmlRect) { 0, 0, width, height });
}

static void
draw_class_cb (GtkDrawingArea *area,
               cairo_t        *cr,
               int             width,
               int             height,
               gpointer        user_data)
{
  PmlLegend *self = PML_LEGEND (gtk_widget_get_ancestor (GTK_WIDGET (area), PML_TYPE_LEGEND));
  guint szidx = GPOINTER_TO_UINT (user_data);
  PmlColor class_color;

  pml_palette_pool_color (&self->palette, self->classes_in_use, szidx, &class_color);
  pml_render_legend_mark (cr, &self->palette, PML_LEGEND_POOL_FULL, szidx, &class_color,
                          &(PmlRect) { 0, 0, width, height });
}

static GtkWidget *
add_row (PmlLegend                *self,
         GtkBox                   *box,
         GtkDrawingAreaDrawFunc    draw,
         gpointer                  data,
         const char               *text)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *sample = gtk_drawing_area_new ();
  GtkWidget *label = gtk_label_new (text);

  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (sample), SAMPLE_WIDTH);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (sample), SAMPLE_HEIGHT);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (sample), draw, data, NULL);
  gtk_widget_set_valign (sample, GTK_ALIGN_CENTER);
  /* the label says it all: the sample is decoration for a screen reader */
  gtk_accessible_update_property (GTK_ACCESSIBLE (sample), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  g_ptr_array_add (self->samples, sample);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 46);
  gtk_label_set_width_chars (GTK_LABEL (label), 46);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);

  gtk_box_append (GTK_BOX (row), sample);
  gtk_box_append (GTK_BOX (row), label);
  gtk_box_append (box, row);
  return row;
}

static void
add_heading (GtkBox     *box,
             const char *text)
{
  GtkWidget *heading = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_widget_set_margin_top (heading, 8);
  gtk_box_append (box, heading);
}

static void
drop_sample (PmlLegend *self,
             GtkWidget *row)
{
  GtkWidget *sample = gtk_widget_get_first_child (row);

  g_ptr_array_remove (self->samples, sample);
}

/* The colours of the size classes in use now: one row each */
static void
rebuild_classes (PmlLegend *self)
{
  GtkWidget *child;

  self->classes_in_use = self->heap != NULL ? pml_heap_classes_in_use (self->heap) : 0;
  while ((child = gtk_widget_get_first_child (self->classes_box)) != NULL)
    {
      if (GTK_IS_BOX (child))
        drop_sample (self, child);
      gtk_box_remove (GTK_BOX (self->classes_box), child);
    }

  add_heading (GTK_BOX (self->classes_box), _("Size classes in use"));
  self->n_classes = 0;
  for (guint szidx = 0; szidx < 32; szidx++)
    {
      g_autofree char *text = NULL;

      if ((self->classes_in_use & (1u << szidx)) == 0)
        continue;
      /* Translators: a row of the legend: a size class's colour */
      text = g_strdup_printf (_("%u-byte blocks (size class %u)"), PML_INDEX2SIZE (szidx), szidx);
      add_row (self, GTK_BOX (self->classes_box), draw_class_cb, GUINT_TO_POINTER (szidx), text);
      self->n_classes++;
    }
  if (self->n_classes == 0)
    {
      GtkWidget *none = gtk_label_new (_("No pool is in use yet."));

      gtk_label_set_xalign (GTK_LABEL (none), 0);
      gtk_widget_add_css_class (none, "dim-label");
      gtk_box_append (GTK_BOX (self->classes_box), none);
    }

  for (guint i = 0; i < self->samples->len; i++)
    gtk_widget_queue_draw (g_ptr_array_index (self->samples, i));
}

static void
pml_legend_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (pml_legend_parent_class)->map (widget);

  /* the heap changes in place step by step: look again when shown */
  pml_legend_refresh (PML_LEGEND (widget));
}

static void
pml_legend_dispose (GObject *object)
{
  PmlLegend *self = PML_LEGEND (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_pointer (&self->samples, g_ptr_array_unref);
  g_clear_pointer (&self->heap, pml_heap_unref);

  G_OBJECT_CLASS (pml_legend_parent_class)->dispose (object);
}

static void
pml_legend_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  PmlLegend *self = PML_LEGEND (object);

  switch (prop_id)
    {
    case PROP_HEAP:
      g_value_set_boxed (value, pml_legend_get_heap (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pml_legend_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  PmlLegend *self = PML_LEGEND (object);

  switch (prop_id)
    {
    case PROP_HEAP:
      pml_legend_set_heap (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pml_legend_class_init (PmlLegendClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pml_legend_dispose;
  object_class->get_property = pml_legend_get_property;
  object_class->set_property = pml_legend_set_property;
  widget_class->map = pml_legend_map;

  properties[PROP_HEAP] =
    g_param_spec_boxed ("heap", NULL, NULL,
                        PML_TYPE_HEAP,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "legend");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
pml_legend_init (PmlLegend *self)
{
  PmlLegendSection section = PML_LEGEND_N_SECTIONS;

  self->samples = g_ptr_array_new ();
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  gtk_widget_set_margin_start (self->box, 12);
  gtk_widget_set_margin_end (self->box, 12);
  gtk_widget_set_margin_bottom (self->box, 12);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  for (PmlLegendMark mark = 0; mark < PML_LEGEND_N_MARKS; mark++)
    {
      if (pml_legend_mark_section (mark) != section)
        {
          section = pml_legend_mark_section (mark);
          add_heading (GTK_BOX (self->box), pml_legend_section_title (section));
        }
      add_row (self, GTK_BOX (self->box), draw_mark_cb, GUINT_TO_POINTER (mark), pml_legend_mark_describe (mark));
      self->n_marks++;
    }

  self->classes_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  gtk_box_append (GTK_BOX (self->box), self->classes_box);
  rebuild_classes (self);

  update_palette (self);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark", G_CALLBACK (update_palette), self,
                           G_CONNECT_SWAPPED);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Legend of the diagrams"), -1);
}

GtkWidget *
pml_legend_new (void)
{
  return g_object_new (PML_TYPE_LEGEND, NULL);
}

PmlHeap *
pml_legend_get_heap (PmlLegend *self)
{
  g_return_val_if_fail (PML_IS_LEGEND (self), NULL);

  return self->heap;
}

/* The heap whose size classes in use the legend lists */
void
pml_legend_set_heap (PmlLegend *self,
                     PmlHeap   *heap)
{
  g_return_if_fail (PML_IS_LEGEND (self));

  if (self->heap == heap)
    return;

  g_clear_pointer (&self->heap, pml_heap_unref);
  self->heap = heap != NULL ? pml_heap_ref (heap) : NULL;
  rebuild_classes (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HEAP]);
}

/* The heap stepped: the classes in use may have changed */
void
pml_legend_refresh (PmlLegend *self)
{
  g_return_if_fail (PML_IS_LEGEND (self));

  if ((self->heap != NULL ? pml_heap_classes_in_use (self->heap) : 0) != self->classes_in_use)
    rebuild_classes (self);
}

/* For tests: the rows of size classes, and of marks */
guint
pml_legend_get_n_classes (PmlLegend *self)
{
  g_return_val_if_fail (PML_IS_LEGEND (self), 0);

  return self->n_classes;
}

guint
pml_legend_get_n_marks (PmlLegend *self)
{
  g_return_val_if_fail (PML_IS_LEGEND (self), 0);

  return self->n_marks;
}
