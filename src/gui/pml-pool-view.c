/* pml-pool-view.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pml-pool-layout.h"
#include "pml-pool-view.h"
#include "pml-step-changes.h"

/* The pool view: one pool's header fields and blocks, its freeblock chain
 * in list order, a tooltip for the block under the pointer, and below it
 * the usedpools table with every size class's list of pools. */

struct _PmlPoolView
{
  PmlLayoutView  parent_instance;

  PmlHeap       *heap;
  guint          slot;
  guint          index;
  int            selected_block;  /* outlined: the block of the object chosen; -1: none */

  /* marked until the next step */
  PmlStepChanges *changes;
  guint          changes_position;
};

G_DEFINE_FINAL_TYPE (PmlPoolView, pml_pool_view, PML_TYPE_LAYOUT_VIEW)

enum {
  SIGNAL_BLOCK_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
pressed_cb (PmlPoolView     *self,
            int              n_press,
            double           x,
            double           y,
            GtkGestureClick *gesture)
{
  const PmlPoolLayout *layout = pml_layout_view_get_layout (PML_LAYOUT_VIEW (self));
  int block = layout != NULL ? pml_pool_layout_hit (layout, x, y) : -1;

  if (block < 0)
    return;
  gtk_widget_grab_focus (GTK_WIDGET (self));
  pml_pool_view_set_selected_block (self, block);
  g_signal_emit (self, signals[SIGNAL_BLOCK_ACTIVATED], 0, self->slot, self->index, (guint) block);
}

/* The hit test: the block under (x, y), in words */
static char *
pml_pool_view_describe_at (PmlLayoutView *view,
                           double         x,
                           double         y)
{
  const PmlPoolLayout *layout = pml_layout_view_get_layout (view);
  guint64 address;
  int block;

  if ((block = pml_pool_layout_hit (layout, x, y)) < 0)
    return NULL;

  address = layout->pool.address + PML_POOL_OVERHEAD + (guint64) block * layout->block_size;
  switch (g_array_index (layout->states, PmlBlockState, block))
    {
    case PML_BLOCK_ALLOCATED:
      return g_strdup_printf (_("Block %d at 0x%llx: handed out"), block, (unsigned long long) address);

    case PML_BLOCK_FREE:
      {
        guint position = 0;

        while (g_array_index (layout->chain, guint, position) != (guint) block)
          position++;
        return g_strdup_printf (_("Block %d at 0x%llx: free, number %u of %u in the "
                                  "freeblock chain"),
                                block, (unsigned long long) address, position + 1, layout->chain->len);
      }

    case PML_BLOCK_VIRGIN:
    default:
      return g_strdup_printf (_("Block %d at 0x%llx: past nextoffset, never handed out"),
                              block, (unsigned long long) address);
    }
}

static void
add_run (GPtrArray     *out,
         PmlBlockState  state,
         guint          first,
         guint          last)
{
  const char *what = state == PML_BLOCK_ALLOCATED ? _("handed out") : _("past nextoffset, never handed out");

  if (first == last)
    /* Translators: a block of the pool and its state, for the list view */
    g_ptr_array_add (out, g_strdup_printf (_("Block %u: %s"), first, what));
  else
    g_ptr_array_add (out, g_strdup_printf (_("Blocks %u to %u: %s"), first, last, what));
}

/* The pool's header, its blocks in runs of one state (each free block
 * with its place in the chain), then usedpools */
static void
pml_pool_view_describe_items (PmlLayoutView *view,
                              GPtrArray     *out)
{
  PmlPoolView *self = PML_POOL_VIEW (view);
  const PmlPoolLayout *layout = pml_layout_view_get_layout (view);
  guint first = 0;

  if (!layout->valid || layout->n_blocks == 0)
    g_ptr_array_add (out, g_strdup_printf (_("Arena %u has no pool %u in use at this step"), self->slot,
                                           self->index));
  else
    g_ptr_array_add (out, g_strdup_printf (_("Pool %u of arena %u: %u-byte blocks (size class %u), %u of %u in "
                                             "use, nextoffset %u"),
                                           self->index, self->slot, layout->block_size, layout->pool.szidx,
                                           layout->pool.count, layout->n_blocks, layout->pool.nextoffset));

  for (guint block = 0; block < layout->n_blocks; block++)
    {
      PmlBlockState state = g_array_index (layout->states, PmlBlockState, block);
      gboolean run_ends = block + 1 == layout->n_blocks ||
                          g_array_index (layout->states, PmlBlockState, block + 1) != state;

      if (state == PML_BLOCK_FREE)
        {
          guint position = 0;

          while (g_array_index (layout->chain, guint, position) != block)
            position++;
          g_ptr_array_add (out, g_strdup_printf (_("Block %u: free, number %u of %u in the freeblock chain"), block,
                                                 position + 1, layout->chain->len));
          first = block + 1;
        }
      else if (run_ends)
        {
          add_run (out, state, first, block);
          first = block + 1;
        }
    }

  for (guint szidx = 0; self->heap != NULL && szidx < PML_NB_SMALL_SIZE_CLASSES; szidx++)
    {
      g_autoptr(GString) pools = NULL;

      for (guint64 address = pml_heap_get_usedpools (self->heap, szidx); address != 0;)
        {
          guint slot, index;
          PmlPoolInfo pool;

          pml_heap_lookup_pool (self->heap, address, &slot, &index);
          pml_heap_get_pool (self->heap, slot, index, &pool);
          if (pools == NULL)
            pools = g_string_new (NULL);
          else
            g_string_append (pools, ", ");
          g_string_append_printf (pools, _("pool %u of arena %u"), index, slot);
          address = pool.nextpool;
        }
      if (pools != NULL)
        g_ptr_array_add (out, g_strdup_printf (_("usedpools[%u], %u-byte blocks: %s"), szidx,
                                               PML_INDEX2SIZE (szidx), pools->str));
    }
}

static gpointer
pml_pool_view_make_layout (PmlLayoutView    *view,
                           const PmlPalette *palette,
                           double            width)
{
  PmlPoolView *self = PML_POOL_VIEW (view);

  pml_step_changes_follow (&self->changes, &self->changes_position, self->heap);
  return self->heap != NULL ? pml_pool_layout_new (self->heap, palette, self->slot, self->index, width) : NULL;
}

/* the pool, and under it the usedpools table */
static void
pml_pool_view_get_layout_size (PmlLayoutView *view,
                               gconstpointer  layout,
                               double        *width,
                               double        *height)
{
  const PmlPoolLayout *pool_layout = layout;

  *width = pool_layout->width;
  *height = pool_layout->height + pml_usedpools_height (pml_layout_view_get_palette (view));
}

/* Only the blocks of one pool fade: another pool's picture jumps */
static gboolean
pml_pool_view_begin_transition (PmlLayoutView *view,
                                gconstpointer  from,
                                gconstpointer  to)
{
  return pml_pool_layout_same_pool (from, to);
}

static void
pml_pool_view_draw (PmlLayoutView *view,
                    cairo_t       *cr,
                    gconstpointer  layout,
                    gconstpointer  from_layout,
                    double         progress)
{
  PmlPoolView *self = PML_POOL_VIEW (view);
  const PmlPalette *palette = pml_layout_view_get_palette (view);
  const PmlPoolLayout *pool_layout = layout;

  pml_render_pool (cr, pool_layout, palette);
  if (from_layout != NULL)
    pml_render_pool_fade (cr, from_layout, pool_layout, progress, palette);
  pml_render_pool_changes (cr, pool_layout, self->changes, palette);
  cairo_translate (cr, 0, pool_layout->height);
  pml_render_usedpools (cr, self->heap, palette, gtk_widget_get_width (GTK_WIDGET (self)));
}

/* The block of the object chosen, outlined in the text's colour: the
 * accent already outlines the free blocks */
static void
pml_pool_view_snapshot_overlay (PmlLayoutView *view,
                                GtkSnapshot   *snapshot)
{
  PmlPoolView *self = PML_POOL_VIEW (view);
  const PmlPoolLayout *layout = pml_layout_view_get_layout (view);
  const PmlPalette *palette = pml_layout_view_get_palette (view);
  GdkRGBA color = { palette->text.red, palette->text.green, palette->text.blue, 1.0 };
  GdkRGBA colors[4] = { color, color, color, color };
  float widths[4] = { 3, 3, 3, 3 };
  GskRoundedRect rect;
  PmlRect cell;

  if (self->selected_block < 0 || (guint) self->selected_block >= layout->n_blocks)
    return;
  pml_pool_layout_block_rect (layout, self->selected_block, &cell);
  gsk_rounded_rect_init_from_rect (&rect, &GRAPHENE_RECT_INIT (cell.x - 1, cell.y - 1, cell.width + 2, cell.height + 2),
                                   0);
  gtk_snapshot_append_border (snapshot, &rect, widths, colors);
}

static void
pml_pool_view_dispose (GObject *object)
{
  PmlPoolView *self = PML_POOL_VIEW (object);

  G_OBJECT_CLASS (pml_pool_view_parent_class)->dispose (object);

  g_clear_pointer (&self->heap, pml_heap_unref);
  g_clear_pointer (&self->changes, pml_step_changes_free);
}

static void
pml_pool_view_class_init (PmlPoolViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PmlLayoutViewClass *view_class = PML_LAYOUT_VIEW_CLASS (klass);

  object_class->dispose = pml_pool_view_dispose;

  view_class->free_layout = (GDestroyNotify) pml_pool_layout_free;
  /* the pool grid fits beside the heap and the inspector in a 1280-pixel window */
  view_class->min_width = 240;
  view_class->natural_width = 800;
  view_class->empty_height = 100;
  view_class->make_layout = pml_pool_view_make_layout;
  view_class->get_layout_size = pml_pool_view_get_layout_size;
  view_class->draw = pml_pool_view_draw;
  view_class->describe_at = pml_pool_view_describe_at;
  view_class->begin_transition = pml_pool_view_begin_transition;
  view_class->snapshot_overlay = pml_pool_view_snapshot_overlay;
  view_class->describe_items = pml_pool_view_describe_items;

  /**
   * PmlPoolView::block-activated:
   * @slot: the arena's slot
   * @index: the pool's index in its arena
   * @block: the block's index in the pool
   *
   * A block was clicked.
   */
  signals[SIGNAL_BLOCK_ACTIVATED] =
    g_signal_new ("block-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3, G_TYPE_UINT, G_TYPE_UINT, G_TYPE_UINT);

  gtk_widget_class_set_css_name (widget_class, "poolview");
}

static void
pml_pool_view_init (PmlPoolView *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  self->selected_block = -1;
  self->changes_position = G_MAXUINT;
  g_signal_connect_object (click, "pressed", G_CALLBACK (pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Blocks and freeblock chain of the selected pool"), -1);
}

GtkWidget *
pml_pool_view_new (void)
{
  return g_object_new (PML_TYPE_POOL_VIEW, NULL);
}

void
pml_pool_view_set_heap (PmlPoolView *self,
                        PmlHeap     *heap)
{
  g_return_if_fail (PML_IS_POOL_VIEW (self));

  if (self->heap == heap)
    return;

  g_clear_pointer (&self->heap, pml_heap_unref);
  self->heap = heap != NULL ? pml_heap_ref (heap) : NULL;
  g_clear_pointer (&self->changes, pml_step_changes_free);
  self->changes_position = G_MAXUINT;
  pml_layout_view_refresh (PML_LAYOUT_VIEW (self));
}

void
pml_pool_view_get_pool (PmlPoolView *self,
                        guint       *out_slot,
                        guint       *out_index)
{
  g_return_if_fail (PML_IS_POOL_VIEW (self));

  *out_slot = self->slot;
  *out_index = self->index;
}

void
pml_pool_view_set_pool (PmlPoolView *self,
                        guint        slot,
                        guint        index)
{
  g_return_if_fail (PML_IS_POOL_VIEW (self));

  if (self->slot == slot && self->index == index && pml_layout_view_get_layout (PML_LAYOUT_VIEW (self)) != NULL)
    return;

  self->slot = slot;
  self->index = index;
  self->selected_block = -1;
  pml_layout_view_refresh (PML_LAYOUT_VIEW (self));
}

/* Outlines block @block of the pool shown (the block of the object
 * chosen); -1: none */
void
pml_pool_view_set_selected_block (PmlPoolView *self,
                                  int          block)
{
  g_return_if_fail (PML_IS_POOL_VIEW (self));

  if (self->selected_block == block)
    return;
  self->selected_block = block;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

int
pml_pool_view_get_selected_block (PmlPoolView *self)
{
  g_return_val_if_fail (PML_IS_POOL_VIEW (self), -1);

  return self->selected_block;
}
