/* pml-pool-view.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pml-pool-layout.h"
#include "pml-pool-view.h"

/* The pool view: one pool's header fields and blocks, its freeblock chain
 * in list order, a tooltip for the block under the pointer, and below it
 * the usedpools table with every size class's list of pools. */

struct _PmlPoolView
{
  PmlLayoutView  parent_instance;

  PmlHeap       *heap;
  guint          slot;
  guint          index;
};

G_DEFINE_FINAL_TYPE (PmlPoolView, pml_pool_view, PML_TYPE_LAYOUT_VIEW)

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

static gpointer
pml_pool_view_make_layout (PmlLayoutView    *view,
                           const PmlPalette *palette,
                           double            width)
{
  PmlPoolView *self = PML_POOL_VIEW (view);

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
  cairo_translate (cr, 0, pool_layout->height);
  pml_render_usedpools (cr, self->heap, palette, gtk_widget_get_width (GTK_WIDGET (self)));
}

static void
pml_pool_view_dispose (GObject *object)
{
  PmlPoolView *self = PML_POOL_VIEW (object);

  G_OBJECT_CLASS (pml_pool_view_parent_class)->dispose (object);

  g_clear_pointer (&self->heap, pml_heap_unref);
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

  gtk_widget_class_set_css_name (widget_class, "poolview");
}

static void
pml_pool_view_init (PmlPoolView *self)
{
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
  pml_layout_view_refresh (PML_LAYOUT_VIEW (self));
}
