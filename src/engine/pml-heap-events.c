/* pml-heap-events.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-heap-private.h"

/* Every change of allocator state goes through here as an event, so that it
 * can be undone and redone. Applying an event the first time also fills in
 * what undoing it needs (old links, old fingers, saved arenas); a redo finds
 * the state exactly as it was then, so it takes the same decisions. */

#define NONE PML_NO_INDEX

/* usable_arenas: a doubly linked list of arena slots */
static void
usable_unlink (PmlHeap *self,
               guint32  slot)
{
  PmlArena *arena = &self->arenas[slot];

  if (arena->prevarena == NONE)
    self->usable_arenas = arena->nextarena;
  else
    self->arenas[arena->prevarena].nextarena = arena->nextarena;

  if (arena->nextarena != NONE)
    self->arenas[arena->nextarena].prevarena = arena->prevarena;
}

static void
usable_insert_after (PmlHeap *self,
                     guint32  prev_slot,
                     guint32  slot)
{
  PmlArena *arena = &self->arenas[slot];
  guint32 next_slot;

  if (prev_slot == NONE)
    {
      next_slot = self->usable_arenas;
      self->usable_arenas = slot;
    }
  else
    {
      next_slot = self->arenas[prev_slot].nextarena;
      self->arenas[prev_slot].nextarena = slot;
    }

  arena->prevarena = prev_slot;
  arena->nextarena = next_slot;
  if (next_slot != NONE)
    self->arenas[next_slot].prevarena = slot;
}

static guint
aux_append (PmlHeap           *self,
            const PmlEventAux *aux)
{
  g_array_append_vals (self->aux, aux, 1);
  return self->aux->len - 1;
}

static inline PmlEventAux *
aux_get (PmlHeap        *self,
         const PmlEvent *event)
{
  return &g_array_index (self->aux, PmlEventAux, event->b);
}

static guint64
synthetic_arena_base (PmlHeap *self,
                      guint32  slot)
{
  /* Like Linux: mmap hands out adjacent regions top-down, page aligned,
   * and gives a released region back to the next request for its slot.
   * The top sits mid-way in a 16 GiB (and a 256 MiB) region, so the first
   * arenas share one radix-tree bottom node, as in real runs (§2.3). */
  guint64 top = G_GUINT64_CONSTANT (0x7efe08000000);
  guint64 offset = self->arena_bases == PML_ARENA_BASES_MISALIGNED ? 4096 : 0;

  return top - ((guint64) slot + 1) * self->arena_size + offset;
}

static void
arenas_grow (PmlHeap *self)
{
  guint32 old_max = self->maxarenas;
  guint32 new_max = old_max ? old_max << 1 : PML_INITIAL_ARENA_OBJECTS;

  self->arenas = g_renew (PmlArena, self->arenas, new_max);
  for (guint32 i = old_max; i < new_max; i++)
    {
      memset (&self->arenas[i], 0, sizeof (PmlArena));
      self->arenas[i].nextarena = i < new_max - 1 ? i + 1 : NONE;
      self->arenas[i].prevarena = NONE;
      self->arenas[i].freepools = NONE;
    }

  self->unused_arena_objects = old_max;
  self->maxarenas = new_max;
}

static void
pool_free_storage (PmlHeap *self,
                   PmlPool *pools)
{
  if (pools == NULL)
    return;

  for (guint i = 0; i < PML_MAX_POOLS_IN_ARENA; i++)
    g_free (pools[i].links);
  g_free (pools);
}

static void
apply_arena_map (PmlHeap  *self,
                 PmlEvent *event,
                 gboolean  first)
{
  PmlEventAux *aux;
  PmlArena *arena;
  guint64 excess;
  guint32 slot;

  if (first)
    {
      PmlEventAux fresh = { 0 };

      if (self->unused_arena_objects == NONE)
        {
          fresh.flags |= AUX_GREW_ARENAS;
          fresh.old_a = self->maxarenas;
        }
      if (self->next_recorded_base < self->n_recorded_bases)
        {
          fresh.flags |= AUX_FROM_RECORDED;
          fresh.base = self->recorded_bases[self->next_recorded_base];
        }
      event->b = aux_append (self, &fresh);
    }
  aux = aux_get (self, event);

  if (aux->flags & AUX_GREW_ARENAS)
    arenas_grow (self);

  slot = self->unused_arena_objects;
  arena = &self->arenas[slot];
  self->unused_arena_objects = arena->nextarena;
  event->a = slot;

  if (aux->flags & AUX_FROM_RECORDED)
    self->next_recorded_base++;
  else
    aux->base = synthetic_arena_base (self, slot);

  arena->address = aux->base;
  excess = aux->base & (self->pool_size - 1);
  arena->first_pool = excess ? aux->base + self->pool_size - excess : aux->base;
  arena->ntotalpools = PML_MAX_POOLS_IN_ARENA - (excess != 0);
  arena->nfreepools = arena->ntotalpools;
  arena->ncarved = 0;
  arena->freepools = NONE;
  arena->pools = g_new0 (PmlPool, PML_MAX_POOLS_IN_ARENA);
  arena->prevarena = NONE;
  arena->nextarena = NONE;

  aux->flags &= ~AUX_MAP_NODES_MASK;
  aux->flags |= pml_arena_map_mark (&self->arena_map, aux->base, slot);

  self->narenas_currently_allocated++;
  self->ntimes_arena_allocated++;
  aux->flags &= ~AUX_RAISED_HIGHWATER;
  if (self->narenas_currently_allocated > self->narenas_highwater)
    {
      self->narenas_highwater = self->narenas_currently_allocated;
      aux->flags |= AUX_RAISED_HIGHWATER;
    }

  g_assert (self->usable_arenas == NONE);
  self->usable_arenas = slot;
  self->nfp2lasta[arena->nfreepools] = slot;
}

static void
undo_arena_map (PmlHeap        *self,
                const PmlEvent *event)
{
  PmlEventAux *aux = aux_get (self, event);
  PmlArena *arena = &self->arenas[event->a];

  g_assert (self->usable_arenas == event->a && arena->nextarena == NONE);
  self->usable_arenas = NONE;
  self->nfp2lasta[arena->nfreepools] = NONE;

  pml_arena_map_unmark (&self->arena_map, arena->address);
  pml_arena_map_drop_nodes (&self->arena_map, arena->address, aux->flags & AUX_MAP_NODES_MASK);

  self->narenas_currently_allocated--;
  self->ntimes_arena_allocated--;
  if (aux->flags & AUX_RAISED_HIGHWATER)
    self->narenas_highwater--;

  pool_free_storage (self, arena->pools);
  arena->pools = NULL;
  arena->address = 0;
  if (aux->flags & AUX_FROM_RECORDED)
    self->next_recorded_base--;

  arena->nextarena = self->unused_arena_objects;
  self->unused_arena_objects = event->a;

  if (aux->flags & AUX_GREW_ARENAS)
    {
      self->maxarenas = aux->old_a;
      self->unused_arena_objects = NONE;
    }
}

static void
apply_arena_unmap (PmlHeap  *self,
                   PmlEvent *event,
                   gboolean  first)
{
  PmlArena *arena = &self->arenas[event->a];

  if (first)
    {
      PmlEventAux fresh = { 0 };

      event->b = aux_append (self, &fresh);
    }
  aux_get (self, event)->saved = *arena;

  usable_unlink (self, event->a);
  arena->nextarena = self->unused_arena_objects;
  self->unused_arena_objects = event->a;
  pml_arena_map_unmark (&self->arena_map, arena->address);
  self->narenas_currently_allocated--;
  arena->address = 0;
  arena->pools = NULL; /* now owned by the history */
}

static void
undo_arena_unmap (PmlHeap        *self,
                  const PmlEvent *event)
{
  PmlEventAux *aux = aux_get (self, event);
  PmlArena *arena = &self->arenas[event->a];
  G_GNUC_UNUSED guint created;

  g_assert (self->unused_arena_objects == event->a);
  self->unused_arena_objects = arena->nextarena;
  *arena = aux->saved;
  usable_insert_after (self, aux->saved.prevarena, event->a);
  created = pml_arena_map_mark (&self->arena_map, arena->address, event->a);
  g_assert (created == 0);
  self->narenas_currently_allocated++;
}

static void
apply_arena_pool_freed (PmlHeap  *self,
                        PmlEvent *event,
                        gboolean  first)
{
  guint32 slot = event->a;
  PmlArena *arena = &self->arenas[slot];
  guint32 nf = arena->nfreepools;
  guint32 lastnf = self->nfp2lasta[nf];

  if (first)
    {
      PmlEventAux fresh = { 0 };

      fresh.old_a = self->nfp2lasta[nf];
      fresh.old_b = self->nfp2lasta[nf + 1];
      fresh.old_c = arena->prevarena;
      event->b = aux_append (self, &fresh);
    }

  /* If this arena was the rightmost with nf free pools, the one before it
   * takes over when it has the same count. */
  if (lastnf == slot)
    {
      guint32 prev = arena->prevarena;

      self->nfp2lasta[nf] = (prev != NONE && self->arenas[prev].nfreepools == nf) ? prev : NONE;
    }
  arena->nfreepools = ++nf;

  /* Case 1: all pools free, released by an ARENA_UNMAP that follows */
  if (nf == arena->ntotalpools &&
      (arena->nextarena != NONE || !self->preset->keep_last_empty_arena))
    return;

  /* Case 2: the arena was full, in no list: it goes to the front */
  if (nf == 1)
    {
      usable_insert_after (self, NONE, slot);
      if (self->nfp2lasta[1] == NONE)
        self->nfp2lasta[1] = slot;
      return;
    }

  if (self->nfp2lasta[nf] == NONE)
    self->nfp2lasta[nf] = slot;

  /* Case 4: it was the rightmost with the old count: still in order */
  if (slot == lastnf)
    return;

  /* Case 3: move it right, after the last arena with the old count */
  usable_unlink (self, slot);
  usable_insert_after (self, lastnf, slot);
}

static void
undo_arena_pool_freed (PmlHeap        *self,
                       const PmlEvent *event)
{
  PmlEventAux *aux = aux_get (self, event);
  PmlArena *arena = &self->arenas[event->a];
  guint32 nf = arena->nfreepools;

  usable_unlink (self, event->a);
  if (nf - 1 > 0)
    usable_insert_after (self, aux->old_c, event->a);

  arena->nfreepools = nf - 1;
  self->nfp2lasta[nf - 1] = aux->old_a;
  self->nfp2lasta[nf] = aux->old_b;
}

static void
apply_pool_take (PmlHeap  *self,
                 PmlEvent *event,
                 gboolean  first)
{
  guint32 slot = PML_POOL_ID_SLOT (event->pool);
  PmlArena *arena = &self->arenas[slot];
  guint32 nf = arena->nfreepools;
  PmlPool *pool = &arena->pools[PML_POOL_ID_INDEX (event->pool)];

  g_assert (self->usable_arenas == slot);
  if (first)
    {
      event->a = self->nfp2lasta[nf];
      event->b = nf > 1 ? self->nfp2lasta[nf - 1] : NONE;
    }

  if (self->nfp2lasta[nf] == slot)
    self->nfp2lasta[nf] = NONE;
  if (nf > 1)
    self->nfp2lasta[nf - 1] = slot;

  if (event->block)
    {
      g_assert (arena->freepools == event->pool);
      arena->freepools = pool->nextpool;
    }
  else
    {
      g_assert (arena->ncarved == PML_POOL_ID_INDEX (event->pool));
      arena->ncarved++;
      if (pool->links == NULL)
        {
          gsize units = self->units_per_pool;

          pool->links = g_new0 (guint16, units);
        }
      pool->szidx = PML_DUMMY_SIZE_IDX;
      pool->count = 0;
      pool->freeblock = 0;
      pool->nextoffset = 0;
      pool->maxnextoffset = 0;
      pool->nextpool = NONE;
      pool->prevpool = NONE;
    }

  if (--arena->nfreepools == 0)
    {
      /* wholly allocated: it leaves the head of usable_arenas */
      self->usable_arenas = arena->nextarena;
      if (self->usable_arenas != NONE)
        self->arenas[self->usable_arenas].prevarena = NONE;
    }
}

static void
undo_pool_take (PmlHeap        *self,
                const PmlEvent *event)
{
  guint32 slot = PML_POOL_ID_SLOT (event->pool);
  PmlArena *arena = &self->arenas[slot];
  PmlPool *pool = &arena->pools[PML_POOL_ID_INDEX (event->pool)];
  guint32 nf;

  if (arena->nfreepools == 0)
    usable_insert_after (self, NONE, slot);
  nf = ++arena->nfreepools;

  if (event->block)
    {
      pool->nextpool = arena->freepools;
      arena->freepools = event->pool;
    }
  else
    {
      arena->ncarved--;
    }

  self->nfp2lasta[nf] = event->a;
  if (nf > 1)
    self->nfp2lasta[nf - 1] = event->b;
}

static void
apply_pool_init (PmlHeap  *self,
                 PmlEvent *event,
                 gboolean  first)
{
  PmlPool *pool = heap_pool (self, event->pool);
  guint first_unit = PML_POOL_OVERHEAD >> PML_UNIT_SHIFT;
  guint size = PML_INDEX2SIZE (event->szidx);

  g_assert (pool->count == 0 && self->usedpools[event->szidx] == NONE);
  if (first)
    {
      event->block = pool->szidx;
      event->a = pool->freeblock | ((guint32) pool->nextoffset << 16);
      event->b = pool->links[first_unit];
    }

  pool->prevpool = NONE;
  pool->nextpool = NONE;
  self->usedpools[event->szidx] = event->pool;

  /* A pool that last served this very class keeps its free chain; any
   * other gets a chain of one block, its first. */
  if (pool->szidx != event->szidx)
    {
      pool->szidx = event->szidx;
      pool->freeblock = first_unit;
      pool->links[first_unit] = 0;
      pool->nextoffset = PML_POOL_OVERHEAD + size;
      pool->maxnextoffset = self->pool_size - size;
    }
}

static void
undo_pool_init (PmlHeap        *self,
                const PmlEvent *event)
{
  PmlPool *pool = heap_pool (self, event->pool);
  guint first_unit = PML_POOL_OVERHEAD >> PML_UNIT_SHIFT;

  self->usedpools[event->szidx] = NONE;
  if (event->block != event->szidx)
    {
      pool->szidx = event->block;
      pool->freeblock = event->a & 0xffff;
      pool->nextoffset = event->a >> 16;
      pool->links[first_unit] = event->b;
      pool->maxnextoffset = event->block == PML_DUMMY_SIZE_IDX ? 0 :
                            self->pool_size - PML_INDEX2SIZE (event->block);
    }
}

static void
apply_event (PmlHeap  *self,
             PmlEvent *event,
             gboolean  first)
{
  PmlPool *pool;

  switch ((PmlEventKind) event->kind)
    {
    case PML_EVENT_BLOCK_POP:
      pool = heap_pool (self, event->pool);
      g_assert (pool->freeblock == event->block);
      pool_pop_block (pool);
      break;

    case PML_EVENT_BLOCK_VIRGIN:
      event->a = pool_add_virgin_block (heap_pool (self, event->pool), event->block);
      break;

    case PML_EVENT_BLOCK_PUSH:
      event->a = pool_push_block (heap_pool (self, event->pool), event->block);
      break;

    case PML_EVENT_POOL_FULL:
      usedpools_unlink (self, event->szidx, event->pool);
      break;

    case PML_EVENT_POOL_UNFULL:
      usedpools_insert_after (self, event->szidx, NONE, event->pool);
      break;

    case PML_EVENT_POOL_EMPTY:
      {
        PmlArena *arena = &self->arenas[PML_POOL_ID_SLOT (event->pool)];

        pool = heap_pool (self, event->pool);
        if (first)
          event->a = pool->prevpool;
        usedpools_unlink (self, event->szidx, event->pool);
        pool->nextpool = arena->freepools;
        arena->freepools = event->pool;
      }
      break;

    case PML_EVENT_POOL_TAKE:
      apply_pool_take (self, event, first);
      break;

    case PML_EVENT_POOL_INIT:
      apply_pool_init (self, event, first);
      break;

    case PML_EVENT_ARENA_POOL_FREED:
      apply_arena_pool_freed (self, event, first);
      break;

    case PML_EVENT_ARENA_MAP:
      apply_arena_map (self, event, first);
      break;

    case PML_EVENT_ARENA_UNMAP:
      apply_arena_unmap (self, event, first);
      break;

    case PML_EVENT_RAW_ALLOC:
      g_array_index (self->raw_blocks, PmlRawBlock, event->a).live = TRUE;
      self->raw_allocated_blocks++;
      break;

    case PML_EVENT_RAW_FREE:
      g_array_index (self->raw_blocks, PmlRawBlock, event->a).live = FALSE;
      self->raw_allocated_blocks--;
      break;

    case PML_N_EVENT_KINDS:
    default:
      g_assert_not_reached ();
    }
}

void
pml_heap_undo_event (PmlHeap        *self,
                     const PmlEvent *event)
{
  PmlPool *pool;

  switch ((PmlEventKind) event->kind)
    {
    case PML_EVENT_BLOCK_POP:
      pool = heap_pool (self, event->pool);
      pool->freeblock = event->block;
      pool->count--;
      pool_live_clear (pool, event->block);
      break;

    case PML_EVENT_BLOCK_VIRGIN:
      pool = heap_pool (self, event->pool);
      pool->freeblock = 0;
      pool->nextoffset -= PML_INDEX2SIZE (pool->szidx);
      pool->links[event->block] = (guint16) event->a;
      break;

    case PML_EVENT_BLOCK_PUSH:
      pool = heap_pool (self, event->pool);
      /* the old link carries the live bit back */
      pool->freeblock = pool->links[event->block];
      pool->links[event->block] = (guint16) event->a;
      pool->count++;
      break;

    case PML_EVENT_POOL_FULL:
      usedpools_insert_after (self, event->szidx, NONE, event->pool);
      break;

    case PML_EVENT_POOL_UNFULL:
      usedpools_unlink (self, event->szidx, event->pool);
      break;

    case PML_EVENT_POOL_EMPTY:
      {
        PmlArena *arena = &self->arenas[PML_POOL_ID_SLOT (event->pool)];

        pool = heap_pool (self, event->pool);
        g_assert (arena->freepools == event->pool);
        arena->freepools = pool->nextpool;
        usedpools_insert_after (self, event->szidx, event->a, event->pool);
      }
      break;

    case PML_EVENT_POOL_TAKE:
      undo_pool_take (self, event);
      break;

    case PML_EVENT_POOL_INIT:
      undo_pool_init (self, event);
      break;

    case PML_EVENT_ARENA_POOL_FREED:
      undo_arena_pool_freed (self, event);
      break;

    case PML_EVENT_ARENA_MAP:
      undo_arena_map (self, event);
      break;

    case PML_EVENT_ARENA_UNMAP:
      undo_arena_unmap (self, event);
      break;

    case PML_EVENT_RAW_ALLOC:
      g_array_index (self->raw_blocks, PmlRawBlock, event->a).live = FALSE;
      self->raw_allocated_blocks--;
      break;

    case PML_EVENT_RAW_FREE:
      g_array_index (self->raw_blocks, PmlRawBlock, event->a).live = TRUE;
      self->raw_allocated_blocks++;
      break;

    case PML_N_EVENT_KINDS:
    default:
      g_assert_not_reached ();
    }
}

void
pml_heap_do_event (PmlHeap        *self,
                   const PmlEvent *event,
                   gboolean        redo)
{
  PmlEvent *slot;

  if (redo)
    {
      g_assert (self->position < self->n_events);
      apply_event (self, heap_event (self, self->position++), FALSE);
      return;
    }

  g_assert (self->position == self->n_events);
  slot = pml_chunks_append (&self->events, sizeof (PmlEvent));
  self->n_events++;
  *slot = *event;
  self->position++;
  apply_event (self, slot, TRUE);
}

/* Drops the events after the current position: they were undone, so the
 * arenas they unmapped are back in place and own their pools again. */
void
pml_heap_discard_redo (PmlHeap *self)
{
  guint aux_len = self->aux->len;
  guint raw_len = self->raw_blocks->len;

  for (guint32 i = self->position; i < self->n_events; i++)
    {
      const PmlEvent *event = heap_event (self, i);

      switch (event->kind)
        {
        case PML_EVENT_ARENA_MAP:
        case PML_EVENT_ARENA_UNMAP:
        case PML_EVENT_ARENA_POOL_FREED:
          aux_len = MIN (aux_len, event->b);
          break;

        case PML_EVENT_RAW_ALLOC:
          raw_len = MIN (raw_len, event->a);
          break;

        default:
          break;
        }
    }

  g_array_set_size (self->aux, aux_len);
  g_array_set_size (self->raw_blocks, raw_len);
  self->n_events = self->position;
  pml_chunks_truncate (&self->events, self->n_events);
}

/* Frees what the done events own: the pools of arenas they unmapped. */
void
pml_heap_release_history (PmlHeap *self)
{
  for (guint32 i = 0; i < self->position; i++)
    {
      if (heap_event (self, i)->kind == PML_EVENT_ARENA_UNMAP)
        {
          PmlEventAux *aux = aux_get (self, heap_event (self, i));

          pool_free_storage (self, aux->saved.pools);
          aux->saved.pools = NULL;
        }
    }

  for (guint32 i = 0; i < self->maxarenas; i++)
    {
      pool_free_storage (self, self->arenas[i].pools);
      self->arenas[i].pools = NULL;
    }
}
