/* pml-objects-view.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pml-objects-layout.h"
#include "pml-objects-view.h"
#include "pml-render-badges.h"

/* The objects view of a scenario: its objects as nodes, references as
 * arrows, names as roots, drawn by the renderer as export draws them; a
 * tooltip tells the object under the pointer in full. */

struct _PmlObjectsView
{
  PmlLayoutView     parent_instance;

  PmlInterp        *interp;
  guint32           selected;   /* object number; 0: none */
  guint             badge_from, badge_to;   /* the events of this step, badged */
  gboolean          badges_faded;
  gboolean          shared_values;   /* small values drawn as objects, not written in place */
};

G_DEFINE_FINAL_TYPE (PmlObjectsView, pml_objects_view, PML_TYPE_LAYOUT_VIEW)

enum {
  OBJECT_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const PmlObjectsLayout *
get_layout (PmlObjectsView *self)
{
  return pml_layout_view_get_layout (PML_LAYOUT_VIEW (self));
}

static void
select_node (PmlObjectsView *self,
             int             index)
{
  const PmlObjectsLayout *layout = get_layout (self);
  const PmlObjectNode *node;

  if (layout == NULL || index < 0 || (guint) index >= layout->nodes->len)
    return;
  node = &g_array_index (layout->nodes, PmlObjectNode, index);
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
  const PmlObjectsLayout *layout = get_layout (self);

  if (layout == NULL)
    return;
  gtk_widget_grab_focus (GTK_WIDGET (self));
  select_node (self, pml_objects_layout_node_at (layout, x, y));
}

/* Keyboard: the arrow keys walk the objects in the order they are drawn */
static gboolean
key_pressed_cb (PmlObjectsView        *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  const PmlObjectsLayout *layout = get_layout (self);
  int index, n;

  if (layout == NULL || (n = (int) layout->nodes->len) == 0)
    return FALSE;
  index = self->selected != 0 ? pml_objects_layout_find (layout, self->selected) : -1;
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

/* An object in full: the tooltip, and its row in the list view */
static char *
describe_node (PmlObjectsView      *self,
               const PmlObjectNode *node)
{
  const PmlObjInfo *info = pml_interp_get_object (self->interp, node->serial);
  g_autofree char *block = NULL;

  /* pymalloc rounds the request up to its size class's block */
  if (node->size >= 1 && node->size <= PML_SMALL_REQUEST_THRESHOLD)
    block = g_strdup_printf (_("\nIn a %u-byte block (size class %u)"), PML_INDEX2SIZE (PML_SIZE2INDEX (node->size)),
                             PML_SIZE2INDEX (node->size));
  else
    block = g_strdup (_("\nFrom the system’s malloc: larger than 512 bytes"));

  /* Translators: the tooltip of an object: type, number, address, size,
     the line that made it, reference count */
  return g_strdup_printf (_("%s object %u at 0x%llx\n"
                            "%llu bytes, made by line %d\n"
                            "Reference count: %lld%s"),
                          node->type_name, node->serial, (unsigned long long) node->address,
                          (unsigned long long) node->size, info != NULL ? info->line : 0, (long long) node->refcnt,
                          node->unreachable ? _("\nTentatively unreachable: the collector found no "
                                                "reference from outside the generation")
                                            : block);
}

/* The hit test: the object under (x, y), in full */
static char *
pml_objects_view_describe_at (PmlLayoutView *view,
                              double         x,
                              double         y)
{
  PmlObjectsView *self = PML_OBJECTS_VIEW (view);
  const PmlObjectsLayout *layout = get_layout (self);
  int index;

  if ((index = pml_objects_layout_node_at (layout, x, y)) < 0)
    return NULL;
  return describe_node (self, &g_array_index (layout->nodes, PmlObjectNode, index));
}

/* Each object drawn, in the order the arrow keys walk them */
static void
pml_objects_view_describe_items (PmlLayoutView *view,
                                 GPtrArray     *out)
{
  PmlObjectsView *self = PML_OBJECTS_VIEW (view);
  const PmlObjectsLayout *layout = get_layout (self);

  for (guint i = 0; i < layout->nodes->len; i++)
    g_ptr_array_add (out, describe_node (self, &g_array_index (layout->nodes, PmlObjectNode, i)));
}

static gpointer
pml_objects_view_make_layout (PmlLayoutView    *view,
                              const PmlPalette *palette,
                              double            width)
{
  PmlObjectsView *self = PML_OBJECTS_VIEW (view);
  PmlObjectsLayout *layout;
  guint position;
  PmlObjectsOptions options = { self->shared_values, TRUE };

  if (self->interp == NULL)
    return NULL;
  layout = pml_objects_layout_new_full (self->interp, palette, width, &options);
  /* a step moved the run: its events are what the badges show */
  position = pml_interp_get_position (self->interp);
  if (position != self->badge_to)
    {
      self->badge_from = self->badge_to;
      self->badge_to = position;
      self->badges_faded = FALSE;
    }
  pml_objects_layout_set_badges (layout, pml_badges_collect (self->interp, self->badge_from, self->badge_to));
  if (self->badges_faded)
    pml_objects_layout_set_badge_alpha (layout, 0);
  return layout;
}

/* The badges have faded out with the step's animation; the outlines stay */
static void
pml_objects_view_end_transition (PmlLayoutView *view)
{
  PmlObjectsView *self = PML_OBJECTS_VIEW (view);
  PmlObjectsLayout *layout = (PmlObjectsLayout *) get_layout (self);

  self->badges_faded = TRUE;
  if (layout != NULL)
    pml_objects_layout_set_badge_alpha (layout, 0);
}

static void
pml_objects_view_get_layout_size (PmlLayoutView *view,
                                  gconstpointer  layout,
                                  double        *width,
                                  double        *height)
{
  const PmlObjectsLayout *objects_layout = layout;

  *width = objects_layout->width;
  *height = objects_layout->height;
}

/* Between two steps the objects slide from where they were */
static void
pml_objects_view_draw (PmlLayoutView *view,
                       cairo_t       *cr,
                       gconstpointer  layout,
                       gconstpointer  from_layout,
                       double         progress)
{
  PmlObjectsView *self = PML_OBJECTS_VIEW (view);
  const PmlPalette *palette = pml_layout_view_get_palette (view);

  if (from_layout != NULL)
    {
      g_autoptr(PmlObjectsLayout) frame = pml_objects_layout_tween (from_layout, layout, progress);

      pml_render_objects (cr, frame, palette);
    }
  else
    pml_render_objects (cr, layout, palette);
  /* the selection, outlined as the focus would be */
  if (self->selected != 0)
    {
      int index = pml_objects_layout_find (layout, self->selected);

      if (index >= 0)
        {
          PmlRect rect = g_array_index (((const PmlObjectsLayout *) layout)->nodes, PmlObjectNode, index).rect;

          rect.x -= 3, rect.y -= 3, rect.width += 6, rect.height += 6;
          pml_render_rounded_rect (cr, &rect, 8);
          pml_render_set_color (cr, &palette->accent);
          cairo_set_line_width (cr, 2.5 * palette->line_scale);
          cairo_stroke (cr);
        }
    }
}

static void
pml_objects_view_dispose (GObject *object)
{
  PmlObjectsView *self = PML_OBJECTS_VIEW (object);

  G_OBJECT_CLASS (pml_objects_view_parent_class)->dispose (object);

  self->interp = NULL;
}

static void
pml_objects_view_class_init (PmlObjectsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PmlLayoutViewClass *view_class = PML_LAYOUT_VIEW_CLASS (klass);

  object_class->dispose = pml_objects_view_dispose;

  /* the objects choose their width: the view scrolls sideways */
  view_class->free_layout = (GDestroyNotify) pml_objects_layout_free;
  view_class->natural_width = 400;
  view_class->empty_height = 100;
  view_class->width_from_layout = TRUE;
  view_class->make_layout = pml_objects_view_make_layout;
  view_class->end_transition = pml_objects_view_end_transition;
  view_class->get_layout_size = pml_objects_view_get_layout_size;
  view_class->draw = pml_objects_view_draw;
  view_class->describe_at = pml_objects_view_describe_at;
  view_class->describe_items = pml_objects_view_describe_items;

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
}

static void
pml_objects_view_init (PmlObjectsView *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

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

  self->interp = interp;
  self->selected = 0;
  self->badge_from = self->badge_to = interp != NULL ? pml_interp_get_position (interp) : 0;
  pml_layout_view_refresh (PML_LAYOUT_VIEW (self));
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
  pml_layout_view_refresh (PML_LAYOUT_VIEW (self));
}

/* Whether object @serial is drawn */
gboolean
pml_objects_view_shows (PmlObjectsView *self,
                        guint32         serial)
{
  const PmlObjectsLayout *layout;

  g_return_val_if_fail (PML_IS_OBJECTS_VIEW (self), FALSE);

  layout = get_layout (self);
  return layout != NULL && pml_objects_layout_find (layout, serial) >= 0;
}

/* What is drawn, for tests */
guint
pml_objects_view_get_n_nodes (PmlObjectsView *self)
{
  const PmlObjectsLayout *layout;

  g_return_val_if_fail (PML_IS_OBJECTS_VIEW (self), 0);

  layout = get_layout (self);
  return layout != NULL ? layout->nodes->len : 0;
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
