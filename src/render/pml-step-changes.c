/* pml-step-changes.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pml-step-changes.h"

struct _PmlStepChanges
{
  GHashTable *blocks;   /* pool id << 16 | offset / 16 */
  GHashTable *pools;    /* pool id + 1 */
  GHashTable *arenas;   /* arena slot + 1 */
};

static void
add_key (GHashTable *set,
         gsize       key)
{
  g_hash_table_add (set, GSIZE_TO_POINTER (key));
}

static gsize
block_key (guint32 pool,
           guint   offset)
{
  return ((gsize) pool << 16) | (offset / 16);
}

/* A step forward applies the events from @from to @to, a step back
 * undoes them: either way the same things changed */
PmlStepChanges *
pml_step_changes_new (PmlHeap *heap,
                      guint    from,
                      guint    to)
{
  PmlStepChanges *self = g_new0 (PmlStepChanges, 1);
  guint first = MIN (from, to), last = MAX (from, to);

  self->blocks = g_hash_table_new (g_direct_hash, g_direct_equal);
  self->pools = g_hash_table_new (g_direct_hash, g_direct_equal);
  self->arenas = g_hash_table_new (g_direct_hash, g_direct_equal);
  if (last - first > PML_STEP_CHANGES_MAX_EVENTS || last > pml_heap_get_n_events (heap))
    return self;

  for (guint i = first; i < last; i++)
    {
      const PmlEvent *event = pml_heap_get_event (heap, i);

      switch ((PmlEventKind) event->kind)
        {
        case PML_EVENT_BLOCK_POP:
        case PML_EVENT_BLOCK_VIRGIN:
        case PML_EVENT_BLOCK_PUSH:
          add_key (self->blocks, block_key (event->pool, event->block * 16u));
          G_GNUC_FALLTHROUGH;
        case PML_EVENT_POOL_FULL:
        case PML_EVENT_POOL_UNFULL:
        case PML_EVENT_POOL_EMPTY:
        case PML_EVENT_POOL_TAKE:
        case PML_EVENT_POOL_INIT:
          add_key (self->pools, (gsize) event->pool + 1);
          break;

        case PML_EVENT_ARENA_POOL_FREED:
        case PML_EVENT_ARENA_MAP:
        case PML_EVENT_ARENA_UNMAP:
          add_key (self->arenas, (gsize) event->a + 1);
          break;

        case PML_EVENT_RAW_ALLOC:
        case PML_EVENT_RAW_FREE:
        case PML_N_EVENT_KINDS:
        default:
          break;
        }
    }
  return self;
}

void
pml_step_changes_free (PmlStepChanges *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->blocks);
  g_hash_table_unref (self->pools);
  g_hash_table_unref (self->arenas);
  g_free (self);
}

gboolean
pml_step_changes_is_empty (const PmlStepChanges *self)
{
  return g_hash_table_size (self->pools) == 0 && g_hash_table_size (self->arenas) == 0;
}

/* @offset: the block's offset from its pool's start */
gboolean
pml_step_changes_has_block (const PmlStepChanges *self,
                            guint                 slot,
                            guint                 index,
                            guint                 offset)
{
  return g_hash_table_contains (self->blocks, GSIZE_TO_POINTER (block_key (PML_POOL_ID (slot, index), offset)));
}

gboolean
pml_step_changes_has_pool (const PmlStepChanges *self,
                           guint                 slot,
                           guint                 index)
{
  return g_hash_table_contains (self->pools, GSIZE_TO_POINTER ((gsize) PML_POOL_ID (slot, index) + 1));
}

/* The arena itself changed: mapped, released, or re-sorted in
 * usable_arenas because a pool came back */
gboolean
pml_step_changes_has_arena (const PmlStepChanges *self,
                            guint                 slot)
{
  return g_hash_table_contains (self->arenas, GSIZE_TO_POINTER ((gsize) slot + 1));
}

/* Drawn over the thing, in a colour no other mark uses, a little outside
 * it so that the thing's own outline (a free block's, the chosen pool's)
 * stays visible */
void
pml_render_change_mark (cairo_t          *cr,
                        const PmlPalette *palette,
                        const PmlRect    *rect)
{
  double width = 2 * palette->line_scale;

  cairo_save (cr);
  pml_render_set_color (cr, &palette->changed);
  cairo_set_line_width (cr, width);
  cairo_rectangle (cr, rect->x - width / 2, rect->y - width / 2, rect->width + width, rect->height + width);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* For a view that draws the heap at each step: when the heap has moved
 * since the layout before, @changes becomes what that move changed.
 * *@shown_position is G_MAXUINT for a heap not shown yet (nothing is
 * marked: opening a script is not a step). A new layout at the same
 * position (a resize, the theme) keeps the marks. */
void
pml_step_changes_follow (PmlStepChanges **changes,
                         guint           *shown_position,
                         PmlHeap         *heap)
{
  guint position;

  if (heap == NULL)
    {
      g_clear_pointer (changes, pml_step_changes_free);
      *shown_position = G_MAXUINT;
      return;
    }
  position = pml_heap_get_position (heap);
  if (position == *shown_position)
    return;
  g_clear_pointer (changes, pml_step_changes_free);
  if (*shown_position != G_MAXUINT)
    *changes = pml_step_changes_new (heap, *shown_position, position);
  *shown_position = position;
}

/* Each pool cell a step changed; each arena card whose place or count
 * of free pools changed, and, when pools are too many to draw as cells,
 * each card holding a changed pool */
void
pml_render_heap_changes (cairo_t              *cr,
                         const PmlHeapLayout  *layout,
                         const PmlStepChanges *changes,
                         const PmlPalette     *palette)
{
  if (changes == NULL || pml_step_changes_is_empty (changes))
    return;
  for (guint i = 0; i < layout->arenas->len; i++)
    {
      const PmlArenaBox *box = &g_array_index (layout->arenas, PmlArenaBox, i);
      gboolean card = pml_step_changes_has_arena (changes, box->slot);

      for (guint pool = 0; pool < box->ntotalpools; pool++)
        {
          PmlRect cell;

          if (!pml_step_changes_has_pool (changes, box->slot, pool))
            continue;
          if (layout->detailed && pml_heap_layout_pool_rect (layout, box, pool, &cell))
            pml_render_change_mark (cr, palette, &cell);
          else
            card = TRUE;
        }
      if (card)
        pml_render_change_mark (cr, palette, &box->bounds);
    }
}

/* Each block of the pool shown that a step handed out or freed */
void
pml_render_pool_changes (cairo_t              *cr,
                         const PmlPoolLayout  *layout,
                         const PmlStepChanges *changes,
                         const PmlPalette     *palette)
{
  if (changes == NULL || !layout->valid || !pml_step_changes_has_pool (changes, layout->slot, layout->index))
    return;
  for (guint block = 0; block < layout->n_blocks; block++)
    {
      PmlRect cell;

      if (!pml_step_changes_has_block (changes, layout->slot, layout->index,
                                       PML_POOL_OVERHEAD + block * layout->block_size))
        continue;
      pml_pool_layout_block_rect (layout, block, &cell);
      pml_render_change_mark (cr, palette, &cell);
    }
}
