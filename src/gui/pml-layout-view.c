/* pml-layout-view.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "pml-layout-view.h"
#include "pml-step-animation.h"

/* What the heap, pool and objects views share. The layout depends on the
 * data, the palette and the width: it is made again on every change of
 * one of them, never while drawing, and hit tests ask the same layout
 * that was drawn. */

#define MAX_ANIMATION_DURATION 10000 /* ms */

typedef struct
{
  PmlPalette       palette;
  gboolean         presenter;
  double           zoom;

  gpointer         layout;
  /* between two steps: the layout of the step before */
  gpointer         from_layout;
  PmlStepAnimation animation;
} PmlLayoutViewPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (PmlLayoutView, pml_layout_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PRESENTER,
  PROP_ZOOM,
  PROP_ANIMATION_DURATION,
  N_PROPS
};

enum {
  SIGNAL_LAYOUT_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
free_layout (PmlLayoutView *self,
             gpointer      *layout)
{
  gpointer old = g_steal_pointer (layout);

  if (old != NULL)
    PML_LAYOUT_VIEW_GET_CLASS (self)->free_layout (old);
}

static double
layout_height (PmlLayoutView *self,
               gconstpointer  layout)
{
  double width = 0, height = 0;

  PML_LAYOUT_VIEW_GET_CLASS (self)->get_layout_size (self, layout, &width, &height);
  return height;
}

/* Zoom scales text, cells and lines alike: the renderer sizes
 * everything from the palette's scales */
static void
update_palette (PmlLayoutView *self)
{
  PmlLayoutViewPrivate *priv = pml_layout_view_get_instance_private (self);
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());

  pml_palette_init (&priv->palette, dark ? PML_THEME_DARK : PML_THEME_LIGHT, priv->presenter);
  priv->palette.font_scale *= priv->zoom;
  priv->palette.line_scale *= priv->zoom;
}

static void
replace_layout (PmlLayoutView *self,
                double         width)
{
  PmlLayoutViewPrivate *priv = pml_layout_view_get_instance_private (self);
  PmlLayoutViewClass *klass = PML_LAYOUT_VIEW_GET_CLASS (self);

  free_layout (self, &priv->layout);
  priv->layout = klass->make_layout (self, &priv->palette, width);
  if (klass->layout_changed != NULL)
    klass->layout_changed (self);
  g_signal_emit (self, signals[SIGNAL_LAYOUT_CHANGED], 0);
}

static int
layout_width (PmlLayoutView *self,
              int            width)
{
  return MAX (width, PML_LAYOUT_VIEW_GET_CLASS (self)->min_width);
}

static void
relayout (PmlLayoutView *self)
{
  replace_layout (self, layout_width (self, gtk_widget_get_width (GTK_WIDGET (self))));
  gtk_widget_queue_resize (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The animation ended or was cut short: the old step's picture goes */
static void
animation_ended (GtkWidget *widget)
{
  PmlLayoutView *self = PML_LAYOUT_VIEW (widget);
  PmlLayoutViewPrivate *priv = pml_layout_view_get_instance_private (self);
  PmlLayoutViewClass *klass = PML_LAYOUT_VIEW_GET_CLASS (self);
  double from_height;

  if (priv->from_layout == NULL)
    return;

  /* the transition points into the layouts */
  if (klass->end_transition != NULL)
    klass->end_transition (self);
  from_height = layout_height (self, priv->from_layout);
  free_layout (self, &priv->from_layout);
  /* the room kept for the old step's cards is no longer needed */
  if (priv->layout == NULL || from_height > layout_height (self, priv->layout))
    gtk_widget_queue_resize (widget);
}

static void
dark_changed_cb (PmlLayoutView *self)
{
  update_palette (self);
  pml_layout_view_refresh (self);
}

static gboolean
query_tooltip_cb (PmlLayoutView *self,
                  int            x,
                  int            y,
                  gboolean       keyboard,
                  GtkTooltip    *tooltip)
{
  g_autofree char *text = pml_layout_view_describe_at (self, x, y);

  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
pml_layout_view_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  PmlLayoutView *self = PML_LAYOUT_VIEW (widget);
  PmlLayoutViewPrivate *priv = pml_layout_view_get_instance_private (self);
  PmlLayoutViewClass *klass = PML_LAYOUT_VIEW_GET_CLASS (self);
  double width = 0, height = 0;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = klass->min_width;
      *natural = klass->natural_width;
      if (klass->width_from_layout && priv->layout != NULL)
        {
          klass->get_layout_size (self, priv->layout, &width, &height);
          *minimum = *natural = (int) width;
        }
      return;
    }

  *minimum = *natural = klass->empty_height;
  if (klass->width_from_layout)
    {
      if (priv->layout != NULL)
        klass->get_layout_size (self, priv->layout, &width, &height);
      else
        return;
    }
  else
    {
      gpointer layout = klass->make_layout (self, &priv->palette, for_size > 0 ? for_size : klass->natural_width);

      if (layout == NULL)
        return;
      klass->get_layout_size (self, layout, &width, &height);
      klass->free_layout (layout);
    }

  /* room for the old step's cards until they have faded out */
  if (priv->from_layout != NULL)
    height = MAX (height, layout_height (self, priv->from_layout));
  *minimum = *natural = (int) height;
}

static void
pml_layout_view_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  PmlLayoutView *self = PML_LAYOUT_VIEW (widget);
  PmlLayoutViewPrivate *priv = pml_layout_view_get_instance_private (self);
  PmlLayoutViewClass *klass = PML_LAYOUT_VIEW_GET_CLASS (self);
  double drawn_width = 0, drawn_height = 0;

  if (klass->width_from_layout)
    return;
  if (priv->layout != NULL)
    klass->get_layout_size (self, priv->layout, &drawn_width, &drawn_height);
  if (priv->layout == NULL || (int) drawn_width != layout_width (self, width))
    {
      pml_step_animation_stop (&priv->animation);
      replace_layout (self, layout_width (self, width));
    }
}

static void
pml_layout_view_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  PmlLayoutView *self = PML_LAYOUT_VIEW (widget);
  PmlLayoutViewPrivate *priv = pml_layout_view_get_instance_private (self);
  PmlLayoutViewClass *klass = PML_LAYOUT_VIEW_GET_CLASS (self);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (priv->layout == NULL || width <= 0 || height <= 0)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  klass->draw (self, cr, priv->layout, priv->from_layout, pml_step_animation_eased (&priv->animation));
  cairo_destroy (cr);

  if (klass->snapshot_overlay != NULL)
    klass->snapshot_overlay (self, snapshot);
}

/* Tick callbacks stop with the frame clock: an animation would never end */
static void
pml_layout_view_unmap (GtkWidget *widget)
{
  PmlLayoutViewPrivate *priv = pml_layout_view_get_instance_private (PML_LAYOUT_VIEW (widget));

  pml_step_animation_stop (&priv->animation);

  GTK_WIDGET_CLASS (pml_layout_view_parent_class)->unmap (widget);
}

static void
pml_layout_view_dispose (GObject *object)
{
  PmlLayoutView *self = PML_LAYOUT_VIEW (object);
  PmlLayoutViewPrivate *priv = pml_layout_view_get_instance_private (self);

  pml_step_animation_stop (&priv->animation);
  free_layout (self, &priv->layout);

  G_OBJECT_CLASS (pml_layout_view_parent_class)->dispose (object);
}

static void
pml_layout_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PmlLayoutView *self = PML_LAYOUT_VIEW (object);

  switch (prop_id)
    {
    case PROP_PRESENTER:
      g_value_set_boolean (value, pml_layout_view_get_presenter (self));
      break;

    case PROP_ZOOM:
      g_value_set_double (value, pml_layout_view_get_zoom (self));
      break;

    case PROP_ANIMATION_DURATION:
      g_value_set_uint (value, pml_layout_view_get_animation_duration (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pml_layout_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PmlLayoutView *self = PML_LAYOUT_VIEW (object);

  switch (prop_id)
    {
    case PROP_PRESENTER:
      pml_layout_view_set_presenter (self, g_value_get_boolean (value));
      break;

    case PROP_ZOOM:
      pml_layout_view_set_zoom (self, g_value_get_double (value));
      break;

    case PROP_ANIMATION_DURATION:
      pml_layout_view_set_animation_duration (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pml_layout_view_class_init (PmlLayoutViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pml_layout_view_dispose;
  object_class->get_property = pml_layout_view_get_property;
  object_class->set_property = pml_layout_view_set_property;

  widget_class->measure = pml_layout_view_measure;
  widget_class->size_allocate = pml_layout_view_size_allocate;
  widget_class->snapshot = pml_layout_view_snapshot;
  widget_class->unmap = pml_layout_view_unmap;

  klass->min_width = 400;
  klass->natural_width = 800;
  klass->empty_height = 100;

  properties[PROP_PRESENTER] =
    g_param_spec_boolean ("presenter", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL,
                         PML_LAYOUT_VIEW_MIN_ZOOM, PML_LAYOUT_VIEW_MAX_ZOOM, 1.0,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /* milliseconds from one step's picture to the next; 0 jumps */
  properties[PROP_ANIMATION_DURATION] =
    g_param_spec_uint ("animation-duration", NULL, NULL,
                       0, MAX_ANIMATION_DURATION, PML_STEP_ANIMATION_DEFAULT_DURATION,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PmlLayoutView::layout-changed:
   *
   * What is drawn was laid out again: after a step, a change of size or
   * of look. It may come during size allocation: handlers that change
   * widgets defer the work.
   */
  signals[SIGNAL_LAYOUT_CHANGED] =
    g_signal_new ("layout-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
pml_layout_view_init (PmlLayoutView *self)
{
  PmlLayoutViewPrivate *priv = pml_layout_view_get_instance_private (self);

  priv->zoom = 1.0;
  pml_step_animation_init (&priv->animation, GTK_WIDGET (self), animation_ended);
  update_palette (self);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark", G_CALLBACK (dark_changed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);
}

gboolean
pml_layout_view_get_presenter (PmlLayoutView *self)
{
  PmlLayoutViewPrivate *priv = pml_layout_view_get_instance_private (self);

  g_return_val_if_fail (PML_IS_LAYOUT_VIEW (self), FALSE);

  return priv->presenter;
}

/* Presenter mode: larger text, thicker lines, for a projector */
void
pml_layout_view_set_presenter (PmlLayoutView *self,
                               gboolean       presenter)
{
  PmlLayoutViewPrivate *priv = pml_layout_view_get_instance_private (self);

  g_return_if_fail (PML_IS_LAYOUT_VIEW (self));

  presenter = !!presenter;
  if (priv->presenter == presenter)
    return;

  priv->presenter = presenter;
  update_palette (self);
  pml_layout_view_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRESENTER]);
}

double
pml_layout_view_get_zoom (PmlLayoutView *self)
{
  PmlLayoutViewPrivate *priv = pml_layout_view_get_instance_private (self);

  g_return_val_if_fail (PML_IS_LAYOUT_VIEW (self), 1.0);

  return priv->zoom;
}

void
pml_layout_view_set_zoom (PmlLayoutView *self,
                          double         zoom)
{
  PmlLayoutViewPrivate *priv = pml_layout_view_get_instance_private (self);

  g_return_if_fail (PML_IS_LAYOUT_VIEW (self));

  zoom = CLAMP (zoom, PML_LAYOUT_VIEW_MIN_ZOOM, PML_LAYOUT_VIEW_MAX_ZOOM);
  if (G_APPROX_VALUE (priv->zoom, zoom, 1e-9))
    return;

  priv->zoom = zoom;
  update_palette (self);
  pml_layout_view_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

guint
pml_layout_view_get_animation_duration (PmlLayoutView *self)
{
  PmlLayoutViewPrivate *priv = pml_layout_view_get_instance_private (self);

  g_return_val_if_fail (PML_IS_LAYOUT_VIEW (self), 0);

  return priv->animation.duration;
}

void
pml_layout_view_set_animation_duration (PmlLayoutView *self,
                                        guint          ms)
{
  PmlLayoutViewPrivate *priv = pml_layout_view_get_instance_private (self);

  g_return_if_fail (PML_IS_LAYOUT_VIEW (self));

  ms = MIN (ms, MAX_ANIMATION_DURATION);
  if (priv->animation.duration == ms)
    return;

  priv->animation.duration = ms;
  if (ms == 0)
    pml_step_animation_stop (&priv->animation);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANIMATION_DURATION]);
}

gboolean
pml_layout_view_is_animating (PmlLayoutView *self)
{
  PmlLayoutViewPrivate *priv = pml_layout_view_get_instance_private (self);

  g_return_val_if_fail (PML_IS_LAYOUT_VIEW (self), FALSE);

  return pml_step_animation_is_running (&priv->animation);
}

/* The data stepped: the layout is made again, and the old picture turns
 * into the new one. A step that comes before the last one's animation
 * would have ended jumps instead, so that running fast never builds up a
 * queue of animations. */
void
pml_layout_view_state_changed (PmlLayoutView *self)
{
  PmlLayoutViewPrivate *priv = pml_layout_view_get_instance_private (self);
  PmlLayoutViewClass *klass = PML_LAYOUT_VIEW_GET_CLASS (self);
  gpointer before;
  gboolean animate;

  g_return_if_fail (PML_IS_LAYOUT_VIEW (self));

  animate = pml_step_animation_step (&priv->animation);
  before = g_steal_pointer (&priv->layout);
  relayout (self);

  if (before != NULL && priv->layout != NULL && animate &&
      (klass->begin_transition == NULL || klass->begin_transition (self, before, priv->layout)))
    {
      priv->from_layout = g_steal_pointer (&before);
      pml_step_animation_start (&priv->animation);
    }
  free_layout (self, &before);
}

/* Lays out again without animating: after a change that is not a step
 * (new data, presenter mode, the theme), or between two events */
void
pml_layout_view_refresh (PmlLayoutView *self)
{
  PmlLayoutViewPrivate *priv = pml_layout_view_get_instance_private (self);

  g_return_if_fail (PML_IS_LAYOUT_VIEW (self));

  pml_step_animation_stop (&priv->animation);
  relayout (self);
}

/* What is under (x, y), in words (the tooltip); NULL for nothing */
char *
pml_layout_view_describe_at (PmlLayoutView *self,
                             double         x,
                             double         y)
{
  PmlLayoutViewPrivate *priv = pml_layout_view_get_instance_private (self);
  PmlLayoutViewClass *klass = PML_LAYOUT_VIEW_GET_CLASS (self);

  g_return_val_if_fail (PML_IS_LAYOUT_VIEW (self), NULL);

  if (priv->layout == NULL || klass->describe_at == NULL)
    return NULL;
  return klass->describe_at (self, x, y);
}

/* Every item drawn, in words, in the order drawn (char *); empty when the
 * view has nothing to show or cannot tell */
GPtrArray *
pml_layout_view_describe_items (PmlLayoutView *self)
{
  PmlLayoutViewPrivate *priv = pml_layout_view_get_instance_private (self);
  PmlLayoutViewClass *klass = PML_LAYOUT_VIEW_GET_CLASS (self);
  GPtrArray *items = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (PML_IS_LAYOUT_VIEW (self), items);

  if (priv->layout != NULL && klass->describe_items != NULL)
    klass->describe_items (self, items);
  return items;
}

/* The layout drawn now, or NULL: hit tests use it */
gconstpointer
pml_layout_view_get_layout (PmlLayoutView *self)
{
  PmlLayoutViewPrivate *priv = pml_layout_view_get_instance_private (self);

  g_return_val_if_fail (PML_IS_LAYOUT_VIEW (self), NULL);

  return priv->layout;
}

const PmlPalette *
pml_layout_view_get_palette (PmlLayoutView *self)
{
  PmlLayoutViewPrivate *priv = pml_layout_view_get_instance_private (self);

  g_return_val_if_fail (PML_IS_LAYOUT_VIEW (self), NULL);

  return &priv->palette;
}
