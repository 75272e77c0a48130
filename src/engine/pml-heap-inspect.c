/* pml-heap-inspect.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-heap-private.h"

/* Read-only views of the allocator state, in CPython's terms, for the
 * command line, the views and the tests. */

#define NONE PML_NO_INDEX

static guint64
pool_id_address (PmlHeap *self,
                 guint32  pool_id)
{
  return pool_id == NONE ? 0 : heap_pool_address (self, pool_id);
}

static guint64
unit_address (PmlHeap *self,
              guint32  pool_id,
              guint    unit)
{
  return unit == 0 ? 0 : heap_pool_address (self, pool_id) + ((guint64) unit << PML_UNIT_SHIFT);
}

void
pml_heap_get_counters (PmlHeap         *self,
                       PmlHeapCounters *out)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (out != NULL);

  out->narenas_currently_allocated = self->narenas_currently_allocated;
  out->ntimes_arena_allocated = self->ntimes_arena_allocated;
  out->narenas_highwater = self->narenas_highwater;
  out->raw_allocated_blocks = self->raw_allocated_blocks;
  out->arena_map_mid_count = self->arena_map.mid_count;
  out->arena_map_bot_count = self->arena_map.bottom_count;
  out->maxarenas = self->maxarenas;
}

guint
pml_heap_get_max_arenas (PmlHeap *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->maxarenas;
}

gboolean
pml_heap_get_arena (PmlHeap      *self,
                    guint         slot,
                    PmlArenaInfo *out)
{
  PmlArena *arena;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  if (slot >= self->maxarenas)
    return FALSE;

  arena = &self->arenas[slot];
  out->address = arena->address;
  out->first_pool = arena->first_pool;
  out->pool_address = arena->first_pool + ((guint64) arena->ncarved << self->pool_bits);
  out->nfreepools = arena->nfreepools;
  out->ntotalpools = arena->ntotalpools;
  out->ncarved = arena->ncarved;
  out->freepools = arena->address != 0 ? pool_id_address (self, arena->freepools) : 0;
  out->nextarena = arena->nextarena;
  out->prevarena = arena->prevarena;

  return arena->address != 0;
}

guint
pml_heap_get_usable_arenas (PmlHeap *self)
{
  g_return_val_if_fail (self != NULL, NONE);

  return self->usable_arenas;
}

guint
pml_heap_get_unused_arena_objects (PmlHeap *self)
{
  g_return_val_if_fail (self != NULL, NONE);

  return self->unused_arena_objects;
}

guint
pml_heap_get_nfp2lasta (PmlHeap *self,
                        guint    nfreepools)
{
  g_return_val_if_fail (self != NULL, NONE);
  g_return_val_if_fail (nfreepools <= PML_MAX_POOLS_IN_ARENA, NONE);

  return self->nfp2lasta[nfreepools];
}

gboolean
pml_heap_get_pool (PmlHeap     *self,
                   guint        slot,
                   guint        index,
                   PmlPoolInfo *out)
{
  PmlArena *arena;
  PmlPool *pool;
  guint32 pool_id = PML_POOL_ID (slot, index);

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  if (slot >= self->maxarenas || self->arenas[slot].address == 0)
    return FALSE;
  arena = &self->arenas[slot];
  if (index >= arena->ntotalpools)
    return FALSE;

  memset (out, 0, sizeof *out);
  out->address = heap_pool_address (self, pool_id);
  out->arenaindex = slot;
  if (index >= arena->ncarved)
    {
      out->state = PML_POOL_STATE_VIRGIN;
      out->szidx = PML_DUMMY_SIZE_IDX;
      return TRUE;
    }

  pool = &arena->pools[index];
  out->count = pool->count;
  out->szidx = pool->szidx;
  out->freeblock = unit_address (self, pool_id, pool->freeblock);
  out->nextoffset = pool->nextoffset;
  out->maxnextoffset = pool->maxnextoffset;

  if (pool->count == 0)
    {
      out->state = PML_POOL_STATE_EMPTY;
      out->nextpool = pool_id_address (self, pool->nextpool);
    }
  else if (pool->freeblock == 0)
    {
      out->state = PML_POOL_STATE_FULL;
    }
  else
    {
      out->state = PML_POOL_STATE_USED;
      out->nextpool = pool_id_address (self, pool->nextpool);
      out->prevpool = pool_id_address (self, pool->prevpool);
    }

  return TRUE;
}

gboolean
pml_heap_lookup_pool (PmlHeap *self,
                      guint64  address,
                      guint   *out_slot,
                      guint   *out_index)
{
  guint32 slot;
  PmlArena *arena;
  guint64 index;

  g_return_val_if_fail (self != NULL, FALSE);

  if (!pml_arena_map_lookup (&self->arena_map, address, &slot))
    return FALSE;

  arena = &self->arenas[slot];
  if (address < arena->first_pool)
    return FALSE;
  index = (address - arena->first_pool) >> self->pool_bits;
  if (index >= arena->ntotalpools)
    return FALSE;

  if (out_slot != NULL)
    *out_slot = slot;
  if (out_index != NULL)
    *out_index = (guint) index;
  return TRUE;
}

guint64
pml_heap_get_usedpools (PmlHeap *self,
                        guint    szidx)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (szidx < PML_NB_SMALL_SIZE_CLASSES, 0);

  return pool_id_address (self, self->usedpools[szidx]);
}

/* The link stored in a free block: the next block of its pool's chain */
guint64
pml_heap_get_next_free_block (PmlHeap *self,
                              guint64  block)
{
  guint slot, index;
  guint32 pool_id;
  guint unit;

  g_return_val_if_fail (self != NULL, 0);

  if (!pml_heap_lookup_pool (self, block, &slot, &index) || index >= self->arenas[slot].ncarved)
    return 0;

  pool_id = PML_POOL_ID (slot, index);
  unit = (guint) ((block & (self->pool_size - 1)) >> PML_UNIT_SHIFT);
  return unit_address (self, pool_id, heap_pool (self, pool_id)->links[unit] & ~PML_LINK_LIVE);
}

guint64
pml_heap_pool_id_to_address (PmlHeap *self,
                             guint32  pool_id)
{
  g_return_val_if_fail (self != NULL, 0);

  return pool_id_address (self, pool_id);
}

gsize
pml_heap_get_allocated_blocks (PmlHeap *self)
{
  gsize total;

  g_return_val_if_fail (self != NULL, 0);

  total = self->raw_allocated_blocks;
  for (guint32 slot = 0; slot < self->maxarenas; slot++)
    {
      PmlArena *arena = &self->arenas[slot];

      if (arena->address == 0)
        continue;
      for (guint i = 0; i < arena->ncarved; i++)
        total += arena->pools[i].count;
    }

  return total;
}

/* Not cryptographic: a fast 64-bit mix (splitmix64's finaliser), good
 * enough to tell states apart at every event of a long history. */
typedef struct
{
  guint64 a;
  guint64 b;
} Digest;

static inline void
digest_u64 (Digest  *digest,
            guint64  value)
{
  guint64 z = value + digest->a + G_GUINT64_CONSTANT (0x9e3779b97f4a7c15);

  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xbf58476d1ce4e5b9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94d049bb133111eb);
  z ^= z >> 31;
  digest->a = z;
  digest->b = (digest->b + z) * G_GUINT64_CONSTANT (0x100000001b3);
}

static void
digest_pool (PmlHeap   *self,
             Digest    *digest,
             PmlPool   *pool)
{

  digest_u64 (digest, pool->count);
  digest_u64 (digest, pool->szidx);
  digest_u64 (digest, pool->nextoffset);
  digest_u64 (digest, pool->szidx == PML_DUMMY_SIZE_IDX ? 0 : pool->maxnextoffset);

  /* the chain in order, then which blocks are handed out */
  for (guint unit = pool->freeblock; unit != 0; unit = pool->links[unit])
    digest_u64 (digest, unit);
  digest_u64 (digest, G_MAXUINT64);
  if (pool->szidx != PML_DUMMY_SIZE_IDX)
    {
      guint size_units = PML_INDEX2SIZE (pool->szidx) >> PML_UNIT_SHIFT;

      for (guint unit = PML_POOL_OVERHEAD >> PML_UNIT_SHIFT; unit < pool->nextoffset >> PML_UNIT_SHIFT;
           unit += size_units)
        if (pool_live_get (pool, unit))
          digest_u64 (digest, unit);
    }
}

char *
pml_heap_dup_state_digest (PmlHeap *self)
{
  Digest digest = { 0, 0 };

  g_return_val_if_fail (self != NULL, NULL);

  digest_u64 (&digest, self->maxarenas);
  digest_u64 (&digest, self->narenas_currently_allocated);
  digest_u64 (&digest, self->ntimes_arena_allocated);
  digest_u64 (&digest, self->narenas_highwater);
  digest_u64 (&digest, self->raw_allocated_blocks);
  digest_u64 (&digest, self->arena_map.mid_count);
  digest_u64 (&digest, self->arena_map.bottom_count);
  digest_u64 (&digest, self->next_recorded_base);

  for (guint32 slot = self->unused_arena_objects; slot != NONE; slot = self->arenas[slot].nextarena)
    digest_u64 (&digest, slot);
  digest_u64 (&digest, G_MAXUINT64);
  for (guint32 slot = self->usable_arenas; slot != NONE; slot = self->arenas[slot].nextarena)
    digest_u64 (&digest, slot);
  digest_u64 (&digest, G_MAXUINT64);
  for (guint i = 0; i < G_N_ELEMENTS (self->nfp2lasta); i++)
    digest_u64 (&digest, self->nfp2lasta[i]);
  for (guint i = 0; i < G_N_ELEMENTS (self->usedpools); i++)
    {
      for (guint32 id = self->usedpools[i]; id != NONE; id = heap_pool (self, id)->nextpool)
        digest_u64 (&digest, id);
      digest_u64 (&digest, G_MAXUINT64);
    }

  for (guint32 slot = 0; slot < self->maxarenas; slot++)
    {
      PmlArena *arena = &self->arenas[slot];

      digest_u64 (&digest, arena->address);
      if (arena->address == 0)
        continue;
      digest_u64 (&digest, arena->first_pool);
      digest_u64 (&digest, arena->ncarved);
      digest_u64 (&digest, arena->nfreepools);
      digest_u64 (&digest, arena->ntotalpools);
      for (guint32 id = arena->freepools; id != NONE; id = heap_pool (self, id)->nextpool)
        digest_u64 (&digest, id);
      digest_u64 (&digest, G_MAXUINT64);
      for (guint i = 0; i < arena->ncarved; i++)
        digest_pool (self, &digest, &arena->pools[i]);
    }

  for (guint i = 0; i < self->raw_blocks->len; i++)
    {
      PmlRawBlock *raw = &g_array_index (self->raw_blocks, PmlRawBlock, i);

      if (raw->live)
        {
          digest_u64 (&digest, i);
          digest_u64 (&digest, raw->size);
        }
    }

  return g_strdup_printf ("%016" G_GINT64_MODIFIER "x%016" G_GINT64_MODIFIER "x", digest.a, digest.b);
}
