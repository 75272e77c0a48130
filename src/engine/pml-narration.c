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
    return g_strdup_printf (_("Arena %u now has all %u pools free."), event->a, arena->ntotalpools);

  if (nf == arena->ntotalpools)
    return g_strdup_printf (_("Arena %u has all %u pools free, but it is the last arena of usable_arenas, "
                              "so CPython keeps it rather than release and soon map it again."),
                            event->a, nf);

  if (nf == 1)
    return g_strdup_printf (_("Arena %u was full and has a free pool again: it joins the front of "
                              "usable_arenas."), event->a);

  if (arena->prevarena != aux->old_c)
    return g_strdup_printf (_("Arena %u now has %u free pools: it moves right in usable_arenas, after "
                              "arena %u, to keep the list sorted by free pools."),
                            event->a, nf, arena->prevarena);

  return g_strdup_printf (_("Arena %u now has %u free pools and stays where it is in usable_arenas."),
                          event->a, nf);
}

static char *
describe_arena_map (PmlHeap        *self,
                    const PmlEvent *event)
{
  PmlArena *arena = &self->arenas[event->a];

  if (arena->ntotalpools < PML_MAX_POOLS_IN_ARENA)
    return g_strdup_printf (_("usable_arenas was empty, so a new arena is mapped at 0x%llx "
                              "(slot %u). Its address is not a multiple of the pool size, so it holds "
                              "%u pools, not %u."),
                            (unsigned long long) arena->address, event->a, arena->ntotalpools,
                            PML_MAX_POOLS_IN_ARENA);

  return g_strdup_printf (_("usable_arenas was empty, so a new arena is mapped at 0x%llx "
                            "(slot %u), with room for %u pools."),
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
      return g_strdup_printf (_("Block 0x%llx is freed: it goes to the front of the free "
                                "chain of pool %u (arena %u), which now has %u blocks in use."),
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
        return g_strdup_printf (_("No pool serves this size class, so arena %u hands out its empty pool %u "
                                  "(from freepools); %u free pools are left."),
                                slot, pool_index, self->arenas[slot].nfreepools);
      return g_strdup_printf (_("No pool serves this size class, so arena %u carves pool %u from its untouched "
                                "space; %u free pools are left."),
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
