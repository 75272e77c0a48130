/* pml-pool-view.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "pml-pool-layout.h"
#include "pml-pool-view.h"
#include "pml-step-animation.h"

/* The pool view: one pool's header fields and blocks, its freeblock chain
 * in list order, a tooltip for the block under the pointer, and below it
 * the usedpools table with every size class's list of pools. */

struct _PmlPoolView
{
  GtkWidget      parent_instance;

  PmlHeap       *heap;
  guint          slot;
  guint          index;
  PmlPoolLayout *layout;
  PmlPalette     palette;
  gboolean       presenter;

  /* between two steps: the blocks that changed fade from their old fill */
  PmlPoolLayout   *from_layout;
  PmlStepAnimation animation;
};

G_DEFINE_FINAL_TYPE (PmlPoolView, pml_pool_view, GTK_TYPE_WIDGET)

static void
animation_ended (GtkWidget *widget)
{
  g_clear_pointer (&PML_POOL_VIEW (widget)->from_layout, pml_pool_layout_free);
}

static void
update_palette (PmlPoolView *self)
{
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());

  pml_palette_init (&self->palette, dark ? PML_THEME_DARK : PML_THEME_LIGHT, self->presenter);
}

static void
relayout (PmlPoolView *self)
{
  g_clear_pointer (&self->layout, pml_pool_layout_free);
  if (self->heap != NULL)
    self->layout = pml_pool_layout_new (self->heap, &self->palette, self->slot, self->index,
                                        MAX (gtk_widget_get_width (GTK_WIDGET (self)), 400));

  gtk_widget_queue_resize (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
dark_changed_cb (PmlPoolView *self)
{
  update_palette (self);
  relayout (self);
}

static gboolean
query_tooltip_cb (PmlPoolView *self,
                  int          x,
                  int          y,
                  gboolean     keyboard,
                  GtkTooltip  *tooltip)
{
  g_autofree char *text = NULL;
  guint64 address;
  int block;

  if (self->layout == NULL || (block = pml_pool_layout_hit (self->layout, x, y)) < 0)
    return FALSE;

  address = self->layout->pool.address + PML_POOL_OVERHEAD + (guint64) block * self->layout->block_size;
  switch (g_array_index (self->layout->states, PmlBlockState, block))
    {
    case PML_BLOCK_ALLOCATED:
      text = g_strdup_printf (_("Block %d at 0x%llx: handed out"), block, (unsigned long long) address);
      break;

    case PML_BLOCK_FREE:
      {
        guint position = 0;

        while (g_array_index (self->layout->chain, guint, position) != (guint) block)
          position++;
        text = g_strdup_printf (_("Block %d at 0x%llx: free, number %u of %u in the "
                                  "freeblock chain"),
                                block, (unsigned long long) address, position + 1, self->layout->chain->len);
      }
      break;

    case PML_BLOCK_VIRGIN:
    default:
      text = g_strdup_printf (_("Block %d at 0x%llx: past nextoffset, never handed out"),
                              block, (unsigned long long) address);
      break;
    }

  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
pml_pool_view_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  PmlPoolView *self = PML_POOL_VIEW (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 400;
      *natural = 800;
      return;
    }

  *minimum = *natural = 100;
  if (self->heap != NULL)
    {
      g_autoptr(PmlPoolLayout) layout = pml_pool_layout_new (self->heap, &self->palette, self->slot, self->index,
                                                             for_size > 0 ? for_size : 800);

      *minimum = *natural = (int) (layout->height + pml_usedpools_height (&self->palette));
    }
}

static void
pml_pool_view_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  PmlPoolView *self = PML_POOL_VIEW (widget);

  if (self->layout == NULL || (int) self->layout->width != MAX (width, 400))
    {
      g_clear_pointer (&self->layout, pml_pool_layout_free);
      if (self->heap != NULL)
        self->layout = pml_pool_layout_new (self->heap, &self->palette, self->slot, self->index, MAX (width, 400));
    }
}

static void
pml_pool_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  PmlPoolView *self = PML_POOL_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (self->layout == NULL || width <= 0 || height <= 0)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  pml_render_pool (cr, self->layout, &self->palette);
  if (self->from_layout != NULL)
    pml_render_pool_fade (cr, self->from_layout, self->layout, self->animation.progress, &self->palette);
  cairo_translate (cr, 0, self->layout->height);
  pml_render_usedpools (cr, self->heap, &self->palette, width);
  cairo_destroy (cr);
}

static void
pml_pool_view_dispose (GObject *object)
{
  PmlPoolView *self = PML_POOL_VIEW (object);

  pml_step_animation_stop (&self->animation);
  g_clear_pointer (&self->layout, pml_pool_layout_free);
  g_clear_pointer (&self->heap, pml_heap_unref);

  G_OBJECT_CLASS (pml_pool_view_parent_class)->dispose (object);
}

static void
pml_pool_view_class_init (PmlPoolViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pml_pool_view_dispose;
  widget_class->measure = pml_pool_view_measure;
  widget_class->size_allocate = pml_pool_view_size_allocate;
  widget_class->snapshot = pml_pool_view_snapshot;

  gtk_widget_class_set_css_name (widget_class, "poolview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
pml_pool_view_init (PmlPoolView *self)
{
  pml_step_animation_init (&self->animation, GTK_WIDGET (self), animation_ended);
  update_palette (self);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark", G_CALLBACK (dark_changed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);
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
  relayout (self);
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

  if (self->slot == slot && self->index == index && self->layout != NULL)
    return;

  self->slot = slot;
  self->index = index;
  relayout (self);
}

void
pml_pool_view_set_presenter (PmlPoolView *self,
                             gboolean     presenter)
{
  g_return_if_fail (PML_IS_POOL_VIEW (self));

  if (self->presenter == !!presenter)
    return;

  self->presenter = !!presenter;
  update_palette (self);
  relayout (self);
}

/* The heap stepped: blocks that changed fade into their new state, unless
 * steps come faster than the fade (then it jumps: nothing queues) */
void
pml_pool_view_state_changed (PmlPoolView *self)
{
  g_autoptr(PmlPoolLayout) before = NULL;
  gboolean animate;

  g_return_if_fail (PML_IS_POOL_VIEW (self));

  animate = pml_step_animation_step (&self->animation);
  before = g_steal_pointer (&self->layout);
  relayout (self);
  if (before != NULL && self->layout != NULL && animate && pml_pool_layout_same_pool (before, self->layout))
    {
      self->from_layout = g_steal_pointer (&before);
      pml_step_animation_start (&self->animation);
    }
}

void
pml_pool_view_set_animation_duration (PmlPoolView *self,
                                      guint        ms)
{
  g_return_if_fail (PML_IS_POOL_VIEW (self));

  self->animation.duration = ms;
  if (ms == 0)
    pml_step_animation_stop (&self->animation);
}
