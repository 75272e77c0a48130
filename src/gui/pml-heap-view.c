/* pml-heap-view.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pml-heap-layout.h"
#include "pml-heap-view.h"
#include "pml-layout-view.h"
#include "pml-step-changes.h"

/* The heap view: usable_arenas and the full arenas as the renderer draws
 * them, with a tooltip for the pool under the pointer and "pool-activated"
 * when one is clicked. It belongs in a GtkScrolledWindow: its height grows
 * with the number of arenas. After a step it animates from the old
 * picture to the new one, unless steps come faster than the animation. */

struct _PmlHeapView
{
  PmlLayoutView  parent_instance;

  PmlHeap       *heap;

  const PmlArenaBox *hover_box;  /* points into the layout drawn */
  guint          hover_pool;
  guint          selected_slot;  /* the pool chosen, outlined; G_MAXUINT: none */
  guint          selected_index;

  /* while animating: the way from the step before to the layout drawn */
  PmlHeapTween  *tween;

  /* marked until the next step */
  PmlStepChanges *changes;
  guint          changes_position;
};

G_DEFINE_FINAL_TYPE (PmlHeapView, pml_heap_view, PML_TYPE_LAYOUT_VIEW)

enum {
  PROP_0,
  PROP_HEAP,
  N_PROPS
};

enum {
  SIGNAL_POOL_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const PmlHeapLayout *
get_layout (PmlHeapView *self)
{
  return pml_layout_view_get_layout (PML_LAYOUT_VIEW (self));
}

static char *
describe_pool (PmlHeapView *self,
               guint        slot,
               guint        index)
{
  PmlArenaInfo arena;
  PmlPoolInfo pool;

  pml_heap_get_arena (self->heap, slot, &arena);
  if (index >= arena.ntotalpools)
    return g_strdup_printf (_("Not a pool: arena %u's base is not a multiple of the pool size, so one pool's "
                              "worth of its bytes is lost to alignment."), slot);

  pml_heap_get_pool (self->heap, slot, index, &pool);
  switch (pool.state)
    {
    case PML_POOL_STATE_VIRGIN:
      return g_strdup_printf (_("Pool %u of arena %u: never carved"), index, slot);

    case PML_POOL_STATE_EMPTY:
      return g_strdup_printf (_("Pool %u of arena %u: empty, in the arena's freepools (last held %u-byte blocks)"),
                              index, slot, PML_INDEX2SIZE (pool.szidx));

    case PML_POOL_STATE_FULL:
      return g_strdup_printf (_("Pool %u of arena %u: full, %u-byte blocks, all %u in use"), index, slot,
                              PML_INDEX2SIZE (pool.szidx),
                              pml_preset_blocks_in_pool (pml_heap_get_preset (self->heap), pool.szidx));

    case PML_POOL_STATE_USED:
    default:
      return g_strdup_printf (_("Pool %u of arena %u: used, %u-byte blocks, %u of %u in use"), index, slot,
                              PML_INDEX2SIZE (pool.szidx), pool.count,
                              pml_preset_blocks_in_pool (pml_heap_get_preset (self->heap), pool.szidx));
    }
}

static char *
describe_arena (PmlHeapView       *self,
                const PmlArenaBox *box)
{
  PmlArenaInfo arena;

  pml_heap_get_arena (self->heap, box->slot, &arena);
  return box->usable
    ? g_strdup_printf (_("Arena %u at 0x%llx: %u of %u pools free, number %u in "
                         "usable_arenas"),
                       box->slot, (unsigned long long) arena.address, arena.nfreepools, arena.ntotalpools,
                       box->list_position + 1)
    : g_strdup_printf (_("Arena %u at 0x%llx: no free pool, so in no list"),
                       box->slot, (unsigned long long) arena.address);
}

/* The hit test: the arena card or pool under (x, y), in words */
static char *
pml_heap_view_describe_at (PmlLayoutView *view,
                           double         x,
                           double         y)
{
  PmlHeapView *self = PML_HEAP_VIEW (view);
  const PmlArenaBox *box;
  guint pool_index;

  box = pml_heap_layout_hit (get_layout (self), x, y, &pool_index);
  if (box == NULL)
    return NULL;
  if (pool_index != G_MAXUINT)
    return describe_pool (self, box->slot, pool_index);
  return describe_arena (self, box);
}

/* Each arena in the order drawn, then its pools; those never carved in
 * one line */
static void
pml_heap_view_describe_items (PmlLayoutView *view,
                              GPtrArray     *out)
{
  PmlHeapView *self = PML_HEAP_VIEW (view);
  const PmlHeapLayout *layout = get_layout (self);

  for (guint i = 0; i < layout->arenas->len; i++)
    {
      const PmlArenaBox *box = &g_array_index (layout->arenas, PmlArenaBox, i);
      guint never_carved = 0;

      g_ptr_array_add (out, describe_arena (self, box));
      for (guint index = 0; index < box->ntotalpools; index++)
        {
          PmlPoolInfo pool;

          if (pml_heap_get_pool (self->heap, box->slot, index, &pool) && pool.state == PML_POOL_STATE_VIRGIN)
            never_carved++;
          else
            g_ptr_array_add (out, describe_pool (self, box->slot, index));
        }
      if (never_carved > 0)
        g_ptr_array_add (out, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Arena %u: %u pool never carved",
                                                            "Arena %u: %u pools never carved", never_carved),
                                               box->slot, never_carved));
    }
}

static void
motion_cb (PmlHeapView              *self,
           double                    x,
           double                    y,
           GtkEventControllerMotion *controller)
{
  const PmlHeapLayout *layout = get_layout (self);
  guint pool_index = G_MAXUINT;
  const PmlArenaBox *box = layout ? pml_heap_layout_hit (layout, x, y, &pool_index) : NULL;

  if (box != self->hover_box || pool_index != self->hover_pool)
    {
      self->hover_box = box;
      self->hover_pool = pool_index;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
leave_cb (PmlHeapView              *self,
          GtkEventControllerMotion *controller)
{
  self->hover_box = NULL;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
pressed_cb (PmlHeapView     *self,
            int              n_press,
            double           x,
            double           y,
            GtkGestureClick *gesture)
{
  const PmlHeapLayout *layout = get_layout (self);
  guint pool_index;
  const PmlArenaBox *box = layout ? pml_heap_layout_hit (layout, x, y, &pool_index) : NULL;

  if (box != NULL && pool_index != G_MAXUINT)
    g_signal_emit (self, signals[SIGNAL_POOL_ACTIVATED], 0, box->slot, pool_index);
}

/* The keyboard walks the pool cells as the pointer does: the arrows within
 * an arena's grid, Page Up and Down from arena to arena, Enter or Space to
 * choose the pool */
static gboolean
key_pressed_cb (PmlHeapView           *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  const PmlHeapLayout *layout = get_layout (self);
  const PmlArenaBox *box = self->hover_box;
  guint n_arenas, card, pool;

  if (layout == NULL || (n_arenas = layout->arenas->len) == 0)
    return FALSE;
  if (box == NULL || self->hover_pool == G_MAXUINT)
    {
      box = &g_array_index (layout->arenas, PmlArenaBox, 0);
      pool = 0;
    }
  else
    pool = self->hover_pool;
  card = (guint) (box - &g_array_index (layout->arenas, PmlArenaBox, 0));

  switch (keyval)
    {
    case GDK_KEY_Right:
      pool = MIN (pool + 1, box->ntotalpools - 1);
      break;
    case GDK_KEY_Left:
      pool = pool > 0 ? pool - 1 : 0;
      break;
    case GDK_KEY_Down:
      pool = MIN (pool + MAX (layout->columns, 1), box->ntotalpools - 1);
      break;
    case GDK_KEY_Up:
      pool = pool >= MAX (layout->columns, 1) ? pool - MAX (layout->columns, 1) : pool;
      break;
    case GDK_KEY_Page_Down:
      card = MIN (card + 1, n_arenas - 1);
      pool = 0;
      break;
    case GDK_KEY_Page_Up:
      card = card > 0 ? card - 1 : 0;
      pool = 0;
      break;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_space:
      if (self->hover_box == NULL || self->hover_pool == G_MAXUINT)
        return FALSE;
      g_signal_emit (self, signals[SIGNAL_POOL_ACTIVATED], 0, self->hover_box->slot, self->hover_pool);
      return TRUE;
    default:
      return FALSE;
    }
  self->hover_box = &g_array_index (layout->arenas, PmlArenaBox, card);
  self->hover_pool = MIN (pool, self->hover_box->ntotalpools - 1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return TRUE;
}

/* Ctrl + scroll zooms */
static gboolean
scroll_cb (PmlHeapView              *self,
           double                    dx,
           double                    dy,
           GtkEventControllerScroll *controller)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  PmlLayoutView *view = PML_LAYOUT_VIEW (self);

  if ((state & GDK_CONTROL_MASK) == 0 || dy == 0)
    return FALSE;

  pml_layout_view_set_zoom (view, pml_layout_view_get_zoom (view) * (dy < 0 ? 1.25 : 0.8));
  return TRUE;
}

static gpointer
pml_heap_view_make_layout (PmlLayoutView    *view,
                           const PmlPalette *palette,
                           double            width)
{
  PmlHeapView *self = PML_HEAP_VIEW (view);

  pml_step_changes_follow (&self->changes, &self->changes_position, self->heap);
  return self->heap != NULL ? pml_heap_layout_new (self->heap, palette, width) : NULL;
}

static void
pml_heap_view_get_layout_size (PmlLayoutView *view,
                               gconstpointer  layout,
                               double        *width,
                               double        *height)
{
  const PmlHeapLayout *heap_layout = layout;

  *width = heap_layout->width;
  *height = heap_layout->height;
}

static void
pml_heap_view_layout_changed (PmlLayoutView *view)
{
  PML_HEAP_VIEW (view)->hover_box = NULL;
}

/* A change of width or of detail moves everything: nothing to follow */
static gboolean
pml_heap_view_begin_transition (PmlLayoutView *view,
                                gconstpointer  from,
                                gconstpointer  to)
{
  PmlHeapView *self = PML_HEAP_VIEW (view);
  const PmlHeapLayout *from_layout = from;
  const PmlHeapLayout *to_layout = to;

  if (from_layout->detailed != to_layout->detailed || from_layout->width != to_layout->width)
    return FALSE;

  self->tween = pml_heap_tween_new (from_layout, to_layout);
  return TRUE;
}

static void
pml_heap_view_end_transition (PmlLayoutView *view)
{
  g_clear_pointer (&PML_HEAP_VIEW (view)->tween, pml_heap_tween_free);
}

static void
pml_heap_view_draw (PmlLayoutView *view,
                    cairo_t       *cr,
                    gconstpointer  layout,
                    gconstpointer  from_layout,
                    double         progress)
{
  PmlHeapView *self = PML_HEAP_VIEW (view);
  const PmlPalette *palette = pml_layout_view_get_palette (view);

  if (self->tween != NULL)
    pml_render_heap_tween (cr, self->tween, progress, palette);
  else
    pml_render_heap (cr, self->heap, layout, palette);
  /* once the cells have reached their places */
  if (self->tween == NULL)
    pml_render_heap_changes (cr, layout, self->changes, palette);
}

static void
outline_pool (PmlHeapView       *self,
              GtkSnapshot       *snapshot,
              const PmlArenaBox *box,
              guint              pool,
              float              width,
              float              alpha)
{
  const PmlPalette *palette = pml_layout_view_get_palette (PML_LAYOUT_VIEW (self));
  GdkRGBA color = { palette->accent.red, palette->accent.green, palette->accent.blue, alpha };
  GdkRGBA colors[4] = { color, color, color, color };
  float widths[4] = { width, width, width, width };
  GskRoundedRect rect;
  PmlRect cell;

  if (pool >= box->ntotalpools || !pml_heap_layout_pool_rect (get_layout (self), box, pool, &cell))
    return;
  gsk_rounded_rect_init_from_rect (&rect, &GRAPHENE_RECT_INIT (cell.x, cell.y, cell.width, cell.height), 0);
  gtk_snapshot_append_border (snapshot, &rect, widths, colors);
}

/* Outlines, which leave the pool's fill to be read: the pool chosen, and
 * the one under the pointer */
static void
pml_heap_view_snapshot_overlay (PmlLayoutView *view,
                                GtkSnapshot   *snapshot)
{
  PmlHeapView *self = PML_HEAP_VIEW (view);
  const PmlHeapLayout *layout = get_layout (self);

  /* the cells may still be on their way */
  if (self->tween != NULL)
    return;
  for (guint i = 0; self->selected_slot != G_MAXUINT && i < layout->arenas->len; i++)
    {
      const PmlArenaBox *box = &g_array_index (layout->arenas, PmlArenaBox, i);

      if (box->slot == self->selected_slot)
        outline_pool (self, snapshot, box, self->selected_index, 3, 1.0);
    }
  if (self->hover_box != NULL && self->hover_pool != G_MAXUINT)
    outline_pool (self, snapshot, self->hover_box, self->hover_pool, 2, 0.6);
}

static void
pml_heap_view_dispose (GObject *object)
{
  PmlHeapView *self = PML_HEAP_VIEW (object);

  G_OBJECT_CLASS (pml_heap_view_parent_class)->dispose (object);

  /* after the parent's: its animation ends with the tween */
  g_clear_pointer (&self->heap, pml_heap_unref);
  g_clear_pointer (&self->changes, pml_step_changes_free);
}

static void
pml_heap_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  PmlHeapView *self = PML_HEAP_VIEW (object);

  switch (prop_id)
    {
    case PROP_HEAP:
      g_value_set_boxed (value, pml_heap_view_get_heap (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pml_heap_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  PmlHeapView *self = PML_HEAP_VIEW (object);

  switch (prop_id)
    {
    case PROP_HEAP:
      pml_heap_view_set_heap (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pml_heap_view_class_init (PmlHeapViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PmlLayoutViewClass *view_class = PML_LAYOUT_VIEW_CLASS (klass);

  object_class->dispose = pml_heap_view_dispose;
  object_class->get_property = pml_heap_view_get_property;
  object_class->set_property = pml_heap_view_set_property;

  view_class->free_layout = (GDestroyNotify) pml_heap_layout_free;
  /* narrow enough to share a 1280-pixel window with the pool and the inspector */
  view_class->min_width = 240;
  view_class->natural_width = 1000;
  view_class->empty_height = 200;
  view_class->make_layout = pml_heap_view_make_layout;
  view_class->get_layout_size = pml_heap_view_get_layout_size;
  view_class->draw = pml_heap_view_draw;
  view_class->snapshot_overlay = pml_heap_view_snapshot_overlay;
  view_class->describe_at = pml_heap_view_describe_at;
  view_class->begin_transition = pml_heap_view_begin_transition;
  view_class->end_transition = pml_heap_view_end_transition;
  view_class->layout_changed = pml_heap_view_layout_changed;
  view_class->describe_items = pml_heap_view_describe_items;

  properties[PROP_HEAP] =
    g_param_spec_boxed ("heap", NULL, NULL,
                        PML_TYPE_HEAP,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SIGNAL_POOL_ACTIVATED] =
    g_signal_new ("pool-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);

  gtk_widget_class_set_css_name (widget_class, "heapview");
}

static void
pml_heap_view_init (PmlHeapView *self)
{
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->changes_position = G_MAXUINT;
  self->selected_slot = G_MAXUINT;

  g_signal_connect_object (motion, "motion", G_CALLBACK (motion_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (motion, "leave", G_CALLBACK (leave_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
  g_signal_connect_object (click, "pressed", G_CALLBACK (pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  g_signal_connect_object (scroll, "scroll", G_CALLBACK (scroll_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Arenas and pools of the simulated heap; the arrow keys and Page Up and "
                                    "Down move among the pools, Enter shows one"), -1);
}

GtkWidget *
pml_heap_view_new (void)
{
  return g_object_new (PML_TYPE_HEAP_VIEW, NULL);
}

PmlHeap *
pml_heap_view_get_heap (PmlHeapView *self)
{
  g_return_val_if_fail (PML_IS_HEAP_VIEW (self), NULL);

  return self->heap;
}

void
pml_heap_view_set_heap (PmlHeapView *self,
                        PmlHeap     *heap)
{
  g_return_if_fail (PML_IS_HEAP_VIEW (self));

  if (self->heap == heap)
    return;

  g_clear_pointer (&self->heap, pml_heap_unref);
  self->heap = heap != NULL ? pml_heap_ref (heap) : NULL;
  self->selected_slot = G_MAXUINT;
  g_clear_pointer (&self->changes, pml_step_changes_free);
  self->changes_position = G_MAXUINT;
  pml_layout_view_refresh (PML_LAYOUT_VIEW (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HEAP]);
}

/* Outlines the pool chosen (the inspector's), pool @index of the arena in
 * @slot; G_MAXUINT: none */
void
pml_heap_view_set_selected_pool (PmlHeapView *self,
                                 guint        slot,
                                 guint        index)
{
  g_return_if_fail (PML_IS_HEAP_VIEW (self));

  self->selected_slot = slot;
  self->selected_index = index;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The pool outlined as chosen: FALSE when none is */
gboolean
pml_heap_view_get_selected_pool (PmlHeapView *self,
                                 guint       *slot,
                                 guint       *index)
{
  g_return_val_if_fail (PML_IS_HEAP_VIEW (self), FALSE);

  if (self->selected_slot == G_MAXUINT)
    return FALSE;
  *slot = self->selected_slot;
  *index = self->selected_index;
  return TRUE;
}
