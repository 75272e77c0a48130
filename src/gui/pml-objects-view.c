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
#include "pml-step-animation.h"

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
  gboolean          shared_values;   /* small values drawn as objects, not written in place */
  guint32           selected;   /* object number; 0: none */

  /* between two steps: the objects slide from where they were */
  PmlObjectsLayout *from_layout;
  PmlStepAnimation  animation;
};

G_DEFINE_FINAL_TYPE (PmlObjectsView, pml_objects_view, GTK_TYPE_WIDGET)

enum {
  OBJECT_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
animation_ended (GtkWidget *widget)
{
  g_clear_pointer (&PML_OBJECTS_VIEW (widget)->from_layout, pml_objects_layout_free);
}

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
    {
      PmlObjectsOptions options = { self->shared_values, TRUE };

      self->layout = pml_objects_layout_new_full (self->interp, &self->palette,
                                                  MAX (gtk_widget_get_width (GTK_WIDGET (self)), 400), &options);
    }
  gtk_widget_queue_resize (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
select_node (PmlObjectsView *self,
             int             index)
{
  const PmlObjectNode *node;

  if (self->layout == NULL || index < 0 || (guint) index >= self->layout->nodes->len)
    return;
  node = &g_array_index (self->layout->nodes, PmlObjectNode, index);
  self->selected = node->serial;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, signals[OBJECT_ACTIVATED], 0, node->serial);
}

static void
click_pressed_cb (PmlObjectsView  *self,
                  int              n_press,
                  double           x,
                  double           y,
                  GtkGestureClick *gesture)
{
  if (self->layout == NULL)
    return;
  gtk_widget_grab_focus (GTK_WIDGET (self));
  select_node (self, pml_objects_layout_node_at (self->layout, x, y));
}

/* Keyboard: the arrow keys walk the objects in the order they are drawn */
static gboolean
key_pressed_cb (PmlObjectsView        *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  int index, n;

  if (self->layout == NULL || (n = (int) self->layout->nodes->len) == 0)
    return FALSE;
  index = self->selected != 0 ? pml_objects_layout_find (self->layout, self->selected) : -1;
  switch (keyval)
    {
    case GDK_KEY_Down:
    case GDK_KEY_Right:
      select_node (self, index < 0 ? 0 : (index + 1) % n);
      return TRUE;
    case GDK_KEY_Up:
    case GDK_KEY_Left:
      select_node (self, index <= 0 ? n - 1 : index - 1);
      return TRUE;
    default:
      return FALSE;
    }
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
  text = g_strdup_printf (_("%s object %u at 0x%llx\n"
                            "%llu bytes, made by line %d\n"
                            "Reference count: %lld%s"),
                          node->type_name, node->serial, (unsigned long long) node->address,
                          (unsigned long long) node->size, info != NULL ? info->line : 0, (long long) node->refcnt,
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
  if (self->from_layout != NULL)
    {
      g_autoptr(PmlObjectsLayout) frame = pml_objects_layout_tween (self->from_layout, self->layout,
                                                                    pml_step_animation_eased (&self->animation));

      pml_render_objects (cr, frame, &self->palette);
    }
  else
    pml_render_objects (cr, self->layout, &self->palette);
  /* the selection, outlined as the focus would be */
  if (self->selected != 0)
    {
      int index = pml_objects_layout_find (self->layout, self->selected);

      if (index >= 0)
        {
          PmlRect rect = g_array_index (self->layout->nodes, PmlObjectNode, index).rect;

          rect.x -= 3, rect.y -= 3, rect.width += 6, rect.height += 6;
          pml_render_rounded_rect (cr, &rect, 8);
          pml_render_set_color (cr, &self->palette.accent);
          cairo_set_line_width (cr, 2.5 * self->palette.line_scale);
          cairo_stroke (cr);
        }
    }
  cairo_destroy (cr);
}

static void
pml_objects_view_unmap (GtkWidget *widget)
{
  pml_step_animation_stop (&PML_OBJECTS_VIEW (widget)->animation);

  GTK_WIDGET_CLASS (pml_objects_view_parent_class)->unmap (widget);
}

static void
pml_objects_view_dispose (GObject *object)
{
  PmlObjectsView *self = PML_OBJECTS_VIEW (object);

  pml_step_animation_stop (&self->animation);
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
  widget_class->unmap = pml_objects_view_unmap;

  gtk_widget_class_set_css_name (widget_class, "objectsview");

  /**
   * PmlObjectsView::object-activated:
   * @serial: the object's number in the event stream
   *
   * An object was clicked, or chosen with the arrow keys.
   */
  signals[OBJECT_ACTIVATED] =
    g_signal_new ("object-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
pml_objects_view_init (PmlObjectsView *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  pml_step_animation_init (&self->animation, GTK_WIDGET (self), animation_ended);
  update_palette (self);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark", G_CALLBACK (dark_changed_cb), self,
                           G_CONNECT_SWAPPED);

  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);
  g_signal_connect_swapped (click, "pressed", G_CALLBACK (click_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("The scenario's objects, their reference counts and references; "
                                    "the arrow keys choose one for the inspector"), -1);
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

  pml_step_animation_stop (&self->animation);
  self->interp = interp;
  self->selected = 0;
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

/* Small values (ints, short strings, None) as the shared objects they
 * are, or written where they are held */
void
pml_objects_view_set_shared_values (PmlObjectsView *self,
                                    gboolean        shared_values)
{
  g_return_if_fail (PML_IS_OBJECTS_VIEW (self));

  if (self->shared_values == !!shared_values)
    return;
  self->shared_values = !!shared_values;
  pml_step_animation_stop (&self->animation);
  relayout (self);
}

/* Whether object @serial is drawn */
gboolean
pml_objects_view_shows (PmlObjectsView *self,
                        guint32         serial)
{
  g_return_val_if_fail (PML_IS_OBJECTS_VIEW (self), FALSE);

  return self->layout != NULL && pml_objects_layout_find (self->layout, serial) >= 0;
}

/* What is drawn, for tests */
guint
pml_objects_view_get_n_nodes (PmlObjectsView *self)
{
  g_return_val_if_fail (PML_IS_OBJECTS_VIEW (self), 0);

  return self->layout != NULL ? self->layout->nodes->len : 0;
}

/* The selected object's number, 0 for none */
guint32
pml_objects_view_get_selected (PmlObjectsView *self)
{
  g_return_val_if_fail (PML_IS_OBJECTS_VIEW (self), 0);

  return self->selected;
}

/* What clicking node @index does (the tests select this way) */
void
pml_objects_view_select_index (PmlObjectsView *self,
                               guint           index)
{
  g_return_if_fail (PML_IS_OBJECTS_VIEW (self));

  select_node (self, (int) index);
}

/* The objects moved on: the cards slide to their new places, unless steps
 * come faster than the animation (then it jumps: nothing queues) */
void
pml_objects_view_state_changed (PmlObjectsView *self)
{
  g_autoptr(PmlObjectsLayout) before = NULL;
  gboolean animate;

  g_return_if_fail (PML_IS_OBJECTS_VIEW (self));

  animate = pml_step_animation_step (&self->animation);
  before = g_steal_pointer (&self->layout);
  relayout (self);
  if (before != NULL && self->layout != NULL && animate)
    {
      self->from_layout = g_steal_pointer (&before);
      pml_step_animation_start (&self->animation);
    }
}

/* Recomputes what is drawn without animating: the window's event steps
 * look at it between two events */
void
pml_objects_view_refresh (PmlObjectsView *self)
{
  g_return_if_fail (PML_IS_OBJECTS_VIEW (self));

  pml_step_animation_stop (&self->animation);
  relayout (self);
}

void
pml_objects_view_set_animation_duration (PmlObjectsView *self,
                                         guint           ms)
{
  g_return_if_fail (PML_IS_OBJECTS_VIEW (self));

  self->animation.duration = ms;
  if (ms == 0)
    pml_step_animation_stop (&self->animation);
}

gboolean
pml_objects_view_is_animating (PmlObjectsView *self)
{
  g_return_val_if_fail (PML_IS_OBJECTS_VIEW (self), FALSE);

  return pml_step_animation_is_running (&self->animation);
}
