/* pml-narration.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pml-heap-private.h"
#include "pml-narration.h"

#define NONE PML_NO_INDEX

static guint64
event_block_address (PmlHeap        *self,
                     const PmlEvent *event)
{
  return heap_pool_address (self, event->pool) + ((guint64) event->block << PML_UNIT_SHIFT);
}

static char *
describe_arena_pool_freed (PmlHeap        *self,
                           guint           index,
                           const PmlEvent *event)
{
  PmlArena *arena = &self->arenas[event->a];
  const PmlEventAux *aux = &g_array_index (self->aux, PmlEventAux, event->b);
  guint nf = arena->nfreepools;

  if (index + 1 < self->n_events && heap_event (self, index + 1)->kind == PML_EVENT_ARENA_UNMAP)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Arena %u now has all %u pools free.",
                                         "Arena %u now has all %u pools free.",
                                         arena->ntotalpools),
                            event->a, arena->ntotalpools);

  if (nf == arena->ntotalpools)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Arena %u has all %u pools free, but it is the last arena of "
                                         "usable_arenas, so CPython keeps it rather than release and soon "
                                         "map it again.",
                                         "Arena %u has all %u pools free, but it is the last arena of "
                                         "usable_arenas, so CPython keeps it rather than release and soon "
                                         "map it again.",
                                         nf),
                            event->a, nf);

  if (nf == 1)
    return g_strdup_printf (_("Arena %u was full and has a free pool again: it joins the front of "
                              "usable_arenas."), event->a);

  if (arena->prevarena != aux->old_c)
    /* Translators: %1$u is the arena, %2$u its number of free pools, %3$u the arena it now follows */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Arena %1$u now has %2$u free pool: it moves right in usable_arenas, "
                                         "after arena %3$u, to keep the list sorted by free pools.",
                                         "Arena %1$u now has %2$u free pools: it moves right in usable_arenas, "
                                         "after arena %3$u, to keep the list sorted by free pools.",
                                         nf),
                            event->a, nf, arena->prevarena);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Arena %u now has %u free pool and stays where it is in usable_arenas.",
                                       "Arena %u now has %u free pools and stays where it is in usable_arenas.",
                                       nf),
                          event->a, nf);
}

static char *
describe_arena_map (PmlHeap        *self,
                    const PmlEvent *event)
{
  PmlArena *arena = &self->arenas[event->a];

  if (arena->ntotalpools < PML_MAX_POOLS_IN_ARENA)
    /* Translators: %1$llx is the arena's address, %2$u its slot, %3$u the pools it holds, %4$u the usual number */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "usable_arenas was empty, so a new arena is mapped at 0x%1$llx "
                                         "(slot %2$u). Its address is not a multiple of the pool size, so it "
                                         "holds %3$u pool, not %4$u.",
                                         "usable_arenas was empty, so a new arena is mapped at 0x%1$llx "
                                         "(slot %2$u). Its address is not a multiple of the pool size, so it "
                                         "holds %3$u pools, not %4$u.",
                                         arena->ntotalpools),
                            (unsigned long long) arena->address, event->a, arena->ntotalpools,
                            PML_MAX_POOLS_IN_ARENA);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "usable_arenas was empty, so a new arena is mapped at 0x%llx "
                                       "(slot %u), with room for %u pool.",
                                       "usable_arenas was empty, so a new arena is mapped at 0x%llx "
                                       "(slot %u), with room for %u pools.",
                                       arena->ntotalpools),
                          (unsigned long long) arena->address, event->a, arena->ntotalpools);
}

char *
pml_heap_describe_event (PmlHeap *self,
                         guint    index)
{
  const PmlEvent *event;
  guint slot, pool_index, size;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->n_events, NULL);
  g_return_val_if_fail (self->position == index + 1, NULL);

  event = heap_event (self, index);
  slot = PML_POOL_ID_SLOT (event->pool);
  pool_index = PML_POOL_ID_INDEX (event->pool);
  size = PML_INDEX2SIZE (event->szidx);

  switch ((PmlEventKind) event->kind)
    {
    case PML_EVENT_BLOCK_POP:
      return g_strdup_printf (_("Block 0x%llx is handed out: it was the head of the free "
                                "chain of pool %u (arena %u, %u-byte blocks)."),
                              (unsigned long long) event_block_address (self, event), pool_index, slot, size);

    case PML_EVENT_BLOCK_VIRGIN:
      return g_strdup_printf (_("The free chain of pool %u is empty, so the next untouched block, at offset "
                                "%u, joins it."),
                              pool_index, event->block << PML_UNIT_SHIFT);

    case PML_EVENT_BLOCK_PUSH:
      /* Translators: %1$llx is the block's address, %2$u its pool, %3$u the arena, %4$u the blocks still in use */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Block 0x%1$llx is freed: it goes to the front of the free "
                                           "chain of pool %2$u (arena %3$u), which now has %4$u block in use.",
                                           "Block 0x%1$llx is freed: it goes to the front of the free "
                                           "chain of pool %2$u (arena %3$u), which now has %4$u blocks in use.",
                                           heap_pool (self, event->pool)->count),
                              (unsigned long long) event_block_address (self, event), pool_index, slot,
                              heap_pool (self, event->pool)->count);

    case PML_EVENT_POOL_FULL:
      return g_strdup_printf (_("Pool %u of arena %u is full: it leaves usedpools[%u] (%u-byte blocks)."),
                              pool_index, slot, event->szidx, size);

    case PML_EVENT_POOL_UNFULL:
      return g_strdup_printf (_("Pool %u of arena %u has a free block again: it goes to the front of "
                                "usedpools[%u], so the next %u-byte request is served from it."),
                              pool_index, slot, event->szidx, size);

    case PML_EVENT_POOL_EMPTY:
      return g_strdup_printf (_("Pool %u of arena %u is empty: it leaves usedpools[%u] and goes to the front "
                                "of its arena's freepools list."),
                              pool_index, slot, event->szidx);

    case PML_EVENT_POOL_TAKE:
      if (event->block)
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "No pool serves this size class, so arena %u hands out its empty "
                                             "pool %u (from freepools); %u free pool is left.",
                                             "No pool serves this size class, so arena %u hands out its empty "
                                             "pool %u (from freepools); %u free pools are left.",
                                             self->arenas[slot].nfreepools),
                                slot, pool_index, self->arenas[slot].nfreepools);
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "No pool serves this size class, so arena %u carves pool %u from its "
                                           "untouched space; %u free pool is left.",
                                           "No pool serves this size class, so arena %u carves pool %u from its "
                                           "untouched space; %u free pools are left.",
                                           self->arenas[slot].nfreepools),
                              slot, pool_index, self->arenas[slot].nfreepools);

    case PML_EVENT_POOL_INIT:
      if (event->block == event->szidx)
        return g_strdup_printf (_("Pool %u last held %u-byte blocks, so it keeps its free chain and becomes "
                                  "the only pool of usedpools[%u]."),
                                pool_index, size, event->szidx);
      return g_strdup_printf (_("Pool %u is set up for %u-byte blocks (class %u) and becomes the only pool of "
                                "usedpools[%u]."),
                              pool_index, size, event->szidx, event->szidx);

    case PML_EVENT_ARENA_POOL_FREED:
      return describe_arena_pool_freed (self, index, event);

    case PML_EVENT_ARENA_MAP:
      return describe_arena_map (self, event);

    case PML_EVENT_ARENA_UNMAP:
      return g_strdup_printf (_("Arena %u is not the last of usable_arenas and every pool in it is free: "
                                "it is released to the operating system."),
                              event->a);

    case PML_EVENT_RAW_ALLOC:
      {
        guint64 bytes = g_array_index (self->raw_blocks, PmlRawBlock, event->a).size;

        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "This request is not for 1 to %u bytes, so pymalloc passes it to the C "
                                             "library's malloc, which returns 0x%llx (%llu byte).",
                                             "This request is not for 1 to %u bytes, so pymalloc passes it to the C "
                                             "library's malloc, which returns 0x%llx (%llu bytes).",
                                             bytes),
                                PML_SMALL_REQUEST_THRESHOLD,
                                (unsigned long long) (PML_RAW_BASE + ((guint64) event->a << 4)),
                                (unsigned long long) bytes);
      }

    case PML_EVENT_RAW_FREE:
      return g_strdup_printf (_("Block 0x%llx is not pymalloc's: it goes back to the C "
                                "library's free."),
                              (unsigned long long) (PML_RAW_BASE + ((guint64) event->a << 4)));

    case PML_N_EVENT_KINDS:
    default:
      g_assert_not_reached ();
    }
}
