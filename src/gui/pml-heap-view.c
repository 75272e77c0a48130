/* pml-heap-view.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "pml-heap-layout.h"
#include "pml-heap-view.h"

/* The heap view: usable_arenas and the full arenas as the renderer draws
 * them, with a tooltip for the pool under the pointer and "pool-activated"
 * when one is clicked. It belongs in a GtkScrolledWindow: its height grows
 * with the number of arenas. After a step it animates from the old
 * picture to the new one, unless steps come faster than the animation. */

#define DEFAULT_ANIMATION_DURATION 250 /* ms */
#define MAX_ANIMATION_DURATION 10000

struct _PmlHeapView
{
  GtkWidget      parent_instance;

  PmlHeap       *heap;
  PmlHeapLayout *layout;
  PmlPalette     palette;
  gboolean       presenter;
  gboolean       dark;
  double         zoom;

  const PmlArenaBox *hover_box;
  guint          hover_pool;
  guint          selected_slot;  /* the pool chosen, outlined; G_MAXUINT: none */
  guint          selected_index;

  /* while animating: the step before, and the way from it to self->layout */
  PmlHeapLayout *from_layout;
  PmlHeapTween  *tween;
  guint          tick_id;
  gint64         start_time;     /* frame time of the first frame, or 0 */
  double         progress;       /* eased, 0 to 1 */
  gint64         last_change;    /* monotonic time of the last step */
  guint          animation_duration;
};

G_DEFINE_FINAL_TYPE (PmlHeapView, pml_heap_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_HEAP,
  PROP_PRESENTER,
  PROP_ZOOM,
  PROP_ANIMATION_DURATION,
  N_PROPS
};

enum {
  SIGNAL_POOL_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Zoom scales text, cells and lines alike: the renderer sizes
 * everything from the palette's scales */
static void
update_palette (PmlHeapView *self)
{
  pml_palette_init (&self->palette, self->dark ? PML_THEME_DARK : PML_THEME_LIGHT, self->presenter);
  self->palette.font_scale *= self->zoom;
  self->palette.line_scale *= self->zoom;
}

static void
stop_animation (PmlHeapView *self)
{
  if (self->tick_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->tick_id);
  self->tick_id = 0;

  /* the tween points into the layouts */
  g_clear_pointer (&self->tween, pml_heap_tween_free);
  if (self->from_layout != NULL)
    {
      double height = self->from_layout->height;

      g_clear_pointer (&self->from_layout, pml_heap_layout_free);
      if (self->layout == NULL || height > self->layout->height)
        gtk_widget_queue_resize (GTK_WIDGET (self));
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

/* Quick at first, gentle at the end */
static double
ease_out_cubic (double t)
{
  double u = 1 - CLAMP (t, 0, 1);

  return 1 - u * u * u;
}

static gboolean
animation_tick_cb (GtkWidget     *widget,
                   GdkFrameClock *frame_clock,
                   gpointer       user_data)
{
  PmlHeapView *self = PML_HEAP_VIEW (widget);
  gint64 now = gdk_frame_clock_get_frame_time (frame_clock);
  double duration = 1000.0 * self->animation_duration;
  double linear;

  /* time runs from the first frame drawn, so none is skipped at the start */
  if (self->start_time == 0)
    self->start_time = now;
  linear = duration > 0 ? (now - self->start_time) / duration : 1;

  if (linear >= 1)
    {
      /* GTK removes the callback itself */
      self->tick_id = 0;
      stop_animation (self);
      return G_SOURCE_REMOVE;
    }

  self->progress = ease_out_cubic (linear);
  gtk_widget_queue_draw (widget);
  return G_SOURCE_CONTINUE;
}

/* Reduced motion (gtk-enable-animations off) and unmapped views jump */
static gboolean
should_animate (PmlHeapView *self)
{
  GtkSettings *settings = gtk_widget_get_settings (GTK_WIDGET (self));
  gboolean enabled = TRUE;

  if (self->animation_duration == 0 || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return FALSE;

  g_object_get (settings, "gtk-enable-animations", &enabled, NULL);
  return enabled;
}

/* Takes @from, the layout of the step before */
static void
start_animation (PmlHeapView   *self,
                 PmlHeapLayout *from)
{
  g_assert (self->tick_id == 0);
  g_assert (self->from_layout == NULL);

  /* a change of width or of detail moves everything: nothing to follow */
  if (self->layout == NULL ||
      from->detailed != self->layout->detailed ||
      from->width != self->layout->width)
    {
      pml_heap_layout_free (from);
      return;
    }

  self->from_layout = from;
  self->tween = pml_heap_tween_new (self->from_layout, self->layout);
  self->start_time = 0;
  self->progress = 0;
  self->tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), animation_tick_cb, NULL, NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The layout depends on the width: it is made again on every change of
 * state or size, never while drawing */
static void
relayout (PmlHeapView *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));

  stop_animation (self);
  g_clear_pointer (&self->layout, pml_heap_layout_free);
  self->hover_box = NULL;
  if (self->heap != NULL)
    self->layout = pml_heap_layout_new (self->heap, &self->palette, MAX (width, 400));

  gtk_widget_queue_resize (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
dark_changed_cb (PmlHeapView    *self,
                 GParamSpec     *pspec,
                 AdwStyleManager *style_manager)
{
  self->dark = adw_style_manager_get_dark (style_manager);
  update_palette (self);
  relayout (self);
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

static gboolean
query_tooltip_cb (PmlHeapView *self,
                  int          x,
                  int          y,
                  gboolean     keyboard,
                  GtkTooltip  *tooltip)
{
  const PmlArenaBox *box;
  guint pool_index;
  g_autofree char *text = NULL;

  if (self->layout == NULL)
    return FALSE;

  box = pml_heap_layout_hit (self->layout, x, y, &pool_index);
  if (box == NULL)
    return FALSE;

  if (pool_index == G_MAXUINT)
    {
      PmlArenaInfo arena;

      pml_heap_get_arena (self->heap, box->slot, &arena);
      text = box->usable
        ? g_strdup_printf (_("Arena %u at 0x%llx: %u of %u pools free, number %u in "
                             "usable_arenas"),
                           box->slot, (unsigned long long) arena.address, arena.nfreepools, arena.ntotalpools,
                           box->list_position + 1)
        : g_strdup_printf (_("Arena %u at 0x%llx: no free pool, so in no list"),
                           box->slot, (unsigned long long) arena.address);
    }
  else
    {
      text = describe_pool (self, box->slot, pool_index);
    }

  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
motion_cb (PmlHeapView              *self,
           double                    x,
           double                    y,
           GtkEventControllerMotion *controller)
{
  guint pool_index = G_MAXUINT;
  const PmlArenaBox *box = self->layout ? pml_heap_layout_hit (self->layout, x, y, &pool_index) : NULL;

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
  guint pool_index;
  const PmlArenaBox *box = self->layout ? pml_heap_layout_hit (self->layout, x, y, &pool_index) : NULL;

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
  const PmlArenaBox *box = self->hover_box;
  guint n_arenas, card, pool;

  if (self->layout == NULL || (n_arenas = self->layout->arenas->len) == 0)
    return FALSE;
  if (box == NULL || self->hover_pool == G_MAXUINT)
    {
      box = &g_array_index (self->layout->arenas, PmlArenaBox, 0);
      pool = 0;
    }
  else
    pool = self->hover_pool;
  card = (guint) (box - &g_array_index (self->layout->arenas, PmlArenaBox, 0));

  switch (keyval)
    {
    case GDK_KEY_Right:
      pool = MIN (pool + 1, box->ntotalpools - 1);
      break;
    case GDK_KEY_Left:
      pool = pool > 0 ? pool - 1 : 0;
      break;
    case GDK_KEY_Down:
      pool = MIN (pool + MAX (self->layout->columns, 1), box->ntotalpools - 1);
      break;
    case GDK_KEY_Up:
      pool = pool >= MAX (self->layout->columns, 1) ? pool - MAX (self->layout->columns, 1) : pool;
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
  self->hover_box = &g_array_index (self->layout->arenas, PmlArenaBox, card);
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

  if ((state & GDK_CONTROL_MASK) == 0 || dy == 0)
    return FALSE;

  pml_heap_view_set_zoom (self, self->zoom * (dy < 0 ? 1.25 : 0.8));
  return TRUE;
}

static void
pml_heap_view_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  PmlHeapView *self = PML_HEAP_VIEW (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 400;
      *natural = 1000;
      return;
    }

  *minimum = *natural = 200;
  if (self->heap != NULL)
    {
      g_autoptr(PmlHeapLayout) layout = pml_heap_layout_new (self->heap, &self->palette,
                                                             for_size > 0 ? for_size : 1000);

      *minimum = *natural = (int) layout->height;

      /* room for the old step's cards until they have faded out */
      if (self->from_layout != NULL)
        *minimum = *natural = MAX (*natural, (int) self->from_layout->height);
    }
}

static void
pml_heap_view_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  PmlHeapView *self = PML_HEAP_VIEW (widget);

  if (self->layout == NULL || (int) self->layout->width != MAX (width, 400))
    {
      stop_animation (self);
      g_clear_pointer (&self->layout, pml_heap_layout_free);
      self->hover_box = NULL;
      if (self->heap != NULL)
        self->layout = pml_heap_layout_new (self->heap, &self->palette, MAX (width, 400));
    }
}

static void
outline_pool (PmlHeapView       *self,
              GtkSnapshot       *snapshot,
              const PmlArenaBox *box,
              guint              pool,
              float              width,
              float              alpha)
{
  GdkRGBA color = { self->palette.accent.red, self->palette.accent.green, self->palette.accent.blue, alpha };
  GdkRGBA colors[4] = { color, color, color, color };
  float widths[4] = { width, width, width, width };
  GskRoundedRect rect;
  PmlRect cell;

  if (pool >= box->ntotalpools || !pml_heap_layout_pool_rect (self->layout, box, pool, &cell))
    return;
  gsk_rounded_rect_init_from_rect (&rect, &GRAPHENE_RECT_INIT (cell.x, cell.y, cell.width, cell.height), 0);
  gtk_snapshot_append_border (snapshot, &rect, widths, colors);
}

static void
pml_heap_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  PmlHeapView *self = PML_HEAP_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (self->layout == NULL || width <= 0 || height <= 0)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (self->tween != NULL)
    pml_render_heap_tween (cr, self->tween, self->progress, &self->palette);
  else
    pml_render_heap (cr, self->heap, self->layout, &self->palette);
  cairo_destroy (cr);

  /* the cells may still be on their way */
  if (self->tween != NULL)
    return;
  /* outlines, which leave the pool's fill to be read: the pool chosen,
     and the one under the pointer */
  for (guint i = 0; self->selected_slot != G_MAXUINT && i < self->layout->arenas->len; i++)
    {
      const PmlArenaBox *box = &g_array_index (self->layout->arenas, PmlArenaBox, i);

      if (box->slot == self->selected_slot)
        outline_pool (self, snapshot, box, self->selected_index, 3, 1.0);
    }
  if (self->hover_box != NULL && self->hover_pool != G_MAXUINT)
    outline_pool (self, snapshot, self->hover_box, self->hover_pool, 2, 0.6);
}

/* Tick callbacks stop with the frame clock: an animation would never end */
static void
pml_heap_view_unmap (GtkWidget *widget)
{
  stop_animation (PML_HEAP_VIEW (widget));

  GTK_WIDGET_CLASS (pml_heap_view_parent_class)->unmap (widget);
}

static void
pml_heap_view_dispose (GObject *object)
{
  PmlHeapView *self = PML_HEAP_VIEW (object);

  stop_animation (self);
  g_clear_pointer (&self->layout, pml_heap_layout_free);
  g_clear_pointer (&self->heap, pml_heap_unref);

  G_OBJECT_CLASS (pml_heap_view_parent_class)->dispose (object);
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

    case PROP_PRESENTER:
      g_value_set_boolean (value, pml_heap_view_get_presenter (self));
      break;

    case PROP_ZOOM:
      g_value_set_double (value, pml_heap_view_get_zoom (self));
      break;

    case PROP_ANIMATION_DURATION:
      g_value_set_uint (value, pml_heap_view_get_animation_duration (self));
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

    case PROP_PRESENTER:
      pml_heap_view_set_presenter (self, g_value_get_boolean (value));
      break;

    case PROP_ZOOM:
      pml_heap_view_set_zoom (self, g_value_get_double (value));
      break;

    case PROP_ANIMATION_DURATION:
      pml_heap_view_set_animation_duration (self, g_value_get_uint (value));
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

  object_class->dispose = pml_heap_view_dispose;
  object_class->get_property = pml_heap_view_get_property;
  object_class->set_property = pml_heap_view_set_property;

  widget_class->measure = pml_heap_view_measure;
  widget_class->size_allocate = pml_heap_view_size_allocate;
  widget_class->snapshot = pml_heap_view_snapshot;
  widget_class->unmap = pml_heap_view_unmap;

  properties[PROP_HEAP] =
    g_param_spec_boxed ("heap", NULL, NULL,
                        PML_TYPE_HEAP,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_PRESENTER] =
    g_param_spec_boolean ("presenter", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL,
                         PML_HEAP_VIEW_MIN_ZOOM, PML_HEAP_VIEW_MAX_ZOOM, 1.0,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /* milliseconds from one step's picture to the next; 0 jumps */
  properties[PROP_ANIMATION_DURATION] =
    g_param_spec_uint ("animation-duration", NULL, NULL,
                       0, MAX_ANIMATION_DURATION, DEFAULT_ANIMATION_DURATION,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SIGNAL_POOL_ACTIVATED] =
    g_signal_new ("pool-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);

  gtk_widget_class_set_css_name (widget_class, "heapview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
pml_heap_view_init (PmlHeapView *self)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->zoom = 1.0;
  self->selected_slot = G_MAXUINT;
  self->animation_duration = DEFAULT_ANIMATION_DURATION;
  self->dark = adw_style_manager_get_dark (style_manager);
  update_palette (self);
  g_signal_connect_object (style_manager, "notify::dark", G_CALLBACK (dark_changed_cb), self, G_CONNECT_SWAPPED);

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

  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);
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
  relayout (self);
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

gboolean
pml_heap_view_get_presenter (PmlHeapView *self)
{
  g_return_val_if_fail (PML_IS_HEAP_VIEW (self), FALSE);

  return self->presenter;
}

void
pml_heap_view_set_presenter (PmlHeapView *self,
                             gboolean     presenter)
{
  g_return_if_fail (PML_IS_HEAP_VIEW (self));

  presenter = !!presenter;
  if (self->presenter == presenter)
    return;

  self->presenter = presenter;
  update_palette (self);
  relayout (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRESENTER]);
}

double
pml_heap_view_get_zoom (PmlHeapView *self)
{
  g_return_val_if_fail (PML_IS_HEAP_VIEW (self), 1.0);

  return self->zoom;
}

void
pml_heap_view_set_zoom (PmlHeapView *self,
                        double       zoom)
{
  g_return_if_fail (PML_IS_HEAP_VIEW (self));

  zoom = CLAMP (zoom, PML_HEAP_VIEW_MIN_ZOOM, PML_HEAP_VIEW_MAX_ZOOM);
  if (G_APPROX_VALUE (self->zoom, zoom, 1e-9))
    return;

  self->zoom = zoom;
  update_palette (self);
  relayout (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

guint
pml_heap_view_get_animation_duration (PmlHeapView *self)
{
  g_return_val_if_fail (PML_IS_HEAP_VIEW (self), 0);

  return self->animation_duration;
}

void
pml_heap_view_set_animation_duration (PmlHeapView *self,
                                      guint        ms)
{
  g_return_if_fail (PML_IS_HEAP_VIEW (self));

  ms = MIN (ms, MAX_ANIMATION_DURATION);
  if (self->animation_duration == ms)
    return;

  self->animation_duration = ms;
  if (ms == 0)
    stop_animation (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANIMATION_DURATION]);
}

gboolean
pml_heap_view_is_animating (PmlHeapView *self)
{
  g_return_val_if_fail (PML_IS_HEAP_VIEW (self), FALSE);

  return self->tick_id != 0;
}

/* The heap stepped: its arenas and pools must be laid out again, and the
 * old picture turns into the new one. A step that comes before the last
 * one's animation would have ended jumps instead, so that running fast
 * never builds up a queue of animations. */
void
pml_heap_view_state_changed (PmlHeapView *self)
{
  g_autoptr(PmlHeapLayout) before = NULL;
  gint64 now = g_get_monotonic_time ();
  gint64 duration = (gint64) self->animation_duration * 1000;
  gboolean quick;

  g_return_if_fail (PML_IS_HEAP_VIEW (self));

  quick = self->tick_id != 0 ||
          (self->last_change != 0 && now - self->last_change < duration);
  self->last_change = now;

  stop_animation (self);
  before = g_steal_pointer (&self->layout);
  relayout (self);

  if (before != NULL && !quick && should_animate (self))
    start_animation (self, g_steal_pointer (&before));
}
