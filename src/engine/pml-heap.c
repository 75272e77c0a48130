/* pml-heap.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pml-heap-private.h"

/* The allocator's decisions, as in CPython's Objects/obmalloc.c
 * (cpython-memory-model.md §4). Each decision is carried out by emitting an
 * event (pml-heap-events.c); this file never changes the state itself. */

#define NONE PML_NO_INDEX

G_DEFINE_BOXED_TYPE (PmlHeap, pml_heap, pml_heap_ref, pml_heap_unref)
G_DEFINE_QUARK (pml-heap-error-quark, pml_heap_error)

static inline void
emit (PmlHeap      *self,
      PmlEventKind  kind,
      guint         szidx,
      guint         block,
      guint32       pool,
      guint32       a)
{
  PmlEvent event = { kind, szidx, block, pool, a, 0 };

  pml_heap_do_event (self, &event, FALSE);
}

/* A request made after stepping back replaces the undone future */
static inline void
prepare_for_request (PmlHeap *self)
{
  if (G_UNLIKELY (self->position != self->n_events))
    pml_heap_discard_future (self, FALSE);
}

static guint64
block_address (PmlHeap *self,
               guint32  pool_id,
               guint    unit)
{
  return heap_pool_address (self, pool_id) + ((guint64) unit << PML_UNIT_SHIFT);
}

static guint32
allocate_from_new_pool (PmlHeap *self,
                        guint    szidx)
{
  PmlArena *arena;
  guint32 pool_id;
  gboolean reused;

  if (self->usable_arenas == NONE)
    emit (self, PML_EVENT_ARENA_MAP, 0, 0, 0, 0);

  /* Empty cached pools are preferred to carving a new one */
  arena = &self->arenas[self->usable_arenas];
  reused = arena->freepools != NONE;
  pool_id = reused ? arena->freepools : PML_POOL_ID (self->usable_arenas, arena->ncarved);

  emit (self, PML_EVENT_POOL_TAKE, 0, reused, pool_id, 0);
  emit (self, PML_EVENT_POOL_INIT, szidx, 0, pool_id, 0);

  return pool_id;
}

/* The hot path applies and records the block events, and a pool filling
 * up or getting a free block again, itself, without the generic dispatch:
 * nearly every request makes one or two of them. */
static inline void
record_block_event (PmlHeap      *self,
                    PmlEventKind  kind,
                    guint         szidx,
                    guint         unit,
                    guint32       pool_id,
                    guint32       old_link)
{
  PmlEvent *event = heap_record (self);

  event->kind = kind;
  event->szidx = szidx;
  event->block = unit;
  event->pool = pool_id;
  event->a = old_link;
  event->b = 0;
}

static guint64
pymalloc_alloc (PmlHeap *self,
                guint    szidx)
{
  guint32 pool_id = self->usedpools[szidx];
  PmlPool *pool;
  guint unit;

  if (G_UNLIKELY (pool_id == NONE))
    pool_id = allocate_from_new_pool (self, szidx);

  pool = heap_pool (self, pool_id);
  unit = pool->freeblock;
  pool_pop_block (pool);
  record_block_event (self, PML_EVENT_BLOCK_POP, szidx, unit, pool_id, 0);

  /* End of the chain: extend it with a virgin block, or the pool is full */
  if (pool->freeblock == 0)
    {
      if (pool->nextoffset <= pool->maxnextoffset)
        {
          guint virgin = pool->nextoffset >> PML_UNIT_SHIFT;

          record_block_event (self, PML_EVENT_BLOCK_VIRGIN, szidx, virgin, pool_id,
                              pool_add_virgin_block (pool, virgin));
        }
      else
        {
          /* full: it leaves usedpools (it is the head) */
          usedpools_unlink (self, szidx, pool_id);
          record_block_event (self, PML_EVENT_POOL_FULL, szidx, 0, pool_id, 0);
        }
    }

  return block_address (self, pool_id, unit);
}

static guint64
raw_alloc (PmlHeap *self,
           guint64  nbytes)
{
  PmlRawBlock block = { MAX (nbytes, 1), FALSE };
  guint32 id = self->raw_blocks->len;

  g_array_append_val (self->raw_blocks, block);
  emit (self, PML_EVENT_RAW_ALLOC, 0, 0, 0, id);

  return PML_RAW_BASE + ((guint64) id << 4);
}

static gboolean
raw_lookup (PmlHeap *self,
            guint64  address,
            guint32 *out_id)
{
  guint64 id;

  if (address < PML_RAW_BASE || (address & 15) != 0)
    return FALSE;

  id = (address - PML_RAW_BASE) >> 4;
  if (id >= self->raw_blocks->len || !g_array_index (self->raw_blocks, PmlRawBlock, id).live)
    return FALSE;

  *out_id = (guint32) id;
  return TRUE;
}

/* Finds the pool and unit of a live pymalloc block */
static gboolean
pymalloc_lookup (PmlHeap  *self,
                 guint64   address,
                 guint32  *out_pool,
                 guint    *out_unit,
                 PmlPool **out_pool_struct)
{
  PmlArena *arena;
  PmlPool *pool;
  guint64 offset, index;
  guint32 slot;

  if (!pml_arena_map_lookup (&self->arena_map, address, &slot))
    return FALSE;

  arena = &self->arenas[slot];
  if (address < arena->first_pool)
    return FALSE;
  index = (address - arena->first_pool) >> self->pool_bits;
  if (index >= arena->ncarved)
    return FALSE;

  /* Only the first unit of a handed-out block has its live bit set */
  pool = &arena->pools[index];
  offset = address & (self->pool_size - 1);
  if ((offset & (PML_ALIGNMENT - 1)) != 0 || !pool_live_get (pool, (guint) (offset >> PML_UNIT_SHIFT)))
    return FALSE;

  *out_pool = PML_POOL_ID (slot, index);
  *out_unit = (guint) (offset >> PML_UNIT_SHIFT);
  if (out_pool_struct != NULL)
    *out_pool_struct = pool;
  return TRUE;
}

static void
pymalloc_free (PmlHeap *self,
               PmlPool *pool,
               guint32  pool_id,
               guint    unit)
{
  guint szidx = pool->szidx;
  gboolean was_full = pool->freeblock == 0;
  guint32 slot = PML_POOL_ID_SLOT (pool_id);
  PmlArena *arena = &self->arenas[slot];
  gboolean release;

  record_block_event (self, PML_EVENT_BLOCK_PUSH, szidx, unit, pool_id, pool_push_block (pool, unit));

  if (was_full)
    {
      /* back in usedpools, at the front: the next request reuses it */
      usedpools_insert_after (self, szidx, NONE, pool_id);
      record_block_event (self, PML_EVENT_POOL_UNFULL, szidx, 0, pool_id, 0);
      return;
    }

  if (pool->count != 0)
    return;

  emit (self, PML_EVENT_POOL_EMPTY, szidx, 0, pool_id, 0);

  /* 3.9+ keeps a wholly free arena that is last in usable_arenas */
  release = arena->nfreepools + 1 == arena->ntotalpools &&
            (arena->nextarena != NONE || !self->preset->keep_last_empty_arena);
  emit (self, PML_EVENT_ARENA_POOL_FREED, 0, 0, 0, slot);
  if (release)
    emit (self, PML_EVENT_ARENA_UNMAP, 0, 0, 0, slot);
}

static gboolean
check_size (guint64   nbytes,
            GError  **error)
{
  if (nbytes > G_MAXSSIZE)
    {
      g_set_error (error, PML_HEAP_ERROR, PML_HEAP_ERROR_NO_MEMORY,
                   _("Cannot allocate %llu bytes: more than PY_SSIZE_T_MAX"),
                   (unsigned long long) nbytes);
      return FALSE;
    }

  return TRUE;
}

static void
set_invalid_block_error (GError  **error,
                         guint64   address)
{
  g_set_error (error, PML_HEAP_ERROR, PML_HEAP_ERROR_INVALID_BLOCK,
               _("0x%llx is not a live block"), (unsigned long long) address);
}

PmlHeap *
pml_heap_new (const PmlPreset *preset)
{
  PmlHeap *self = g_new0 (PmlHeap, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->preset = preset != NULL ? preset : pml_preset_get_default ();
  self->pool_bits = self->preset->pool_bits;
  self->pool_size = pml_preset_pool_size (self->preset);
  self->arena_size = pml_preset_arena_size (self->preset);
  self->units_per_pool = (guint) (self->pool_size >> PML_UNIT_SHIFT);

  self->unused_arena_objects = NONE;
  self->usable_arenas = NONE;
  for (guint i = 0; i < G_N_ELEMENTS (self->nfp2lasta); i++)
    self->nfp2lasta[i] = NONE;
  for (guint i = 0; i < G_N_ELEMENTS (self->usedpools); i++)
    self->usedpools[i] = NONE;

  pml_arena_map_init (&self->arena_map, self->preset);
  self->raw_blocks = g_array_new (FALSE, FALSE, sizeof (PmlRawBlock));
  self->aux = g_array_new (FALSE, FALSE, sizeof (PmlEventAux));
  pml_chunks_init (&self->events, sizeof (PmlEvent));
  pml_chunks_init (&self->step_starts, sizeof (guint32));
  self->arena_bases = PML_ARENA_BASES_MISALIGNED;

  return self;
}

PmlHeap *
pml_heap_ref (PmlHeap *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
pml_heap_unref (PmlHeap *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  pml_heap_release_history (self);
  pml_arena_map_clear (&self->arena_map);
  g_free (self->arenas);
  pml_chunks_clear (&self->events);
  pml_chunks_clear (&self->step_starts);
  g_free (self->recorded_bases);
  g_array_unref (self->raw_blocks);
  g_array_unref (self->aux);
  g_free (self);
}

const PmlPreset *
pml_heap_get_preset (PmlHeap *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->preset;
}

void
pml_heap_set_arena_bases (PmlHeap       *self,
                          PmlArenaBases  bases)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (self->ntimes_arena_allocated == 0);

  self->arena_bases = bases;
}

void
pml_heap_set_recorded_arena_bases (PmlHeap       *self,
                                   const guint64 *bases,
                                   gsize          n_bases)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (self->ntimes_arena_allocated == 0);

  g_free (self->recorded_bases);
  self->recorded_bases = g_memdup2 (bases, n_bases * sizeof (guint64));
  self->n_recorded_bases = n_bases;
  self->next_recorded_base = 0;
}

gboolean
pml_heap_malloc (PmlHeap  *self,
                 guint64   nbytes,
                 guint64  *out_address,
                 GError  **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (out_address != NULL, FALSE);

  prepare_for_request (self);

  /* 1..512 in one comparison: 0 wraps around to the largest value */
  if (G_LIKELY (nbytes - 1 < PML_SMALL_REQUEST_THRESHOLD))
    {
      *out_address = pymalloc_alloc (self, PML_SIZE2INDEX (nbytes));
      return TRUE;
    }

  if (!check_size (nbytes, error))
    return FALSE;

  *out_address = raw_alloc (self, nbytes);
  return TRUE;
}

gboolean
pml_heap_calloc (PmlHeap  *self,
                 guint64   nelem,
                 guint64   elsize,
                 guint64  *out_address,
                 GError  **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (out_address != NULL, FALSE);

  if (elsize != 0 && nelem > G_MAXSSIZE / elsize)
    {
      g_set_error (error, PML_HEAP_ERROR, PML_HEAP_ERROR_NO_MEMORY,
                   _("Cannot allocate %llu × %llu bytes: the size overflows"),
                   (unsigned long long) nelem, (unsigned long long) elsize);
      return FALSE;
    }

  return pml_heap_malloc (self, nelem * elsize, out_address, error);
}

gboolean
pml_heap_realloc (PmlHeap  *self,
                  guint64   address,
                  guint64   nbytes,
                  guint64  *out_address,
                  GError  **error)
{
  guint32 pool_id, raw_id;
  PmlPool *pool;
  guint unit;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (out_address != NULL, FALSE);

  if (address == 0)
    return pml_heap_malloc (self, nbytes, out_address, error);

  if (!check_size (nbytes, error))
    return FALSE;

  if (pymalloc_lookup (self, address, &pool_id, &unit, &pool))
    {
      guint64 size = PML_INDEX2SIZE (pool->szidx);

      /* same size, or shrinking by less than a quarter: stays put */
      if (nbytes <= size && 4 * nbytes > 3 * size)
        {
          *out_address = address;
          return TRUE;
        }

      /* the new block is obtained before the old one is freed */
      pml_heap_malloc (self, nbytes, out_address, NULL);
      pymalloc_free (self, pool, pool_id, unit);
      return TRUE;
    }

  if (pml_arena_map_lookup (&self->arena_map, address, &raw_id) ||
      !raw_lookup (self, address, &raw_id))
    {
      set_invalid_block_error (error, address);
      return FALSE;
    }

  /* pymalloc never adopts a raw block, whatever its new size */
  prepare_for_request (self);
  *out_address = raw_alloc (self, nbytes);
  emit (self, PML_EVENT_RAW_FREE, 0, 0, 0, raw_id);
  return TRUE;
}

gboolean
pml_heap_free_block (PmlHeap  *self,
                     guint64   address,
                     GError  **error)
{
  guint32 pool_id, raw_id;
  PmlPool *pool;
  guint unit;

  g_return_val_if_fail (self != NULL, FALSE);

  if (address == 0)
    return TRUE;

  if (pymalloc_lookup (self, address, &pool_id, &unit, &pool))
    {
      prepare_for_request (self);
      pymalloc_free (self, pool, pool_id, unit);
      return TRUE;
    }

  if (pml_arena_map_lookup (&self->arena_map, address, &raw_id) ||
      !raw_lookup (self, address, &raw_id))
    {
      set_invalid_block_error (error, address);
      return FALSE;
    }

  prepare_for_request (self);
  emit (self, PML_EVENT_RAW_FREE, 0, 0, 0, raw_id);
  return TRUE;
}

gboolean
pml_heap_owns (PmlHeap *self,
               guint64  address)
{
  guint32 slot;

  g_return_val_if_fail (self != NULL, FALSE);

  return pml_arena_map_lookup (&self->arena_map, address, &slot);
}

guint64
pml_heap_block_size (PmlHeap *self,
                     guint64  address)
{
  guint32 pool_id, raw_id;
  PmlPool *pool;
  guint unit;

  g_return_val_if_fail (self != NULL, 0);

  if (pymalloc_lookup (self, address, &pool_id, &unit, &pool))
    return PML_INDEX2SIZE (pool->szidx);
  if (raw_lookup (self, address, &raw_id))
    return g_array_index (self->raw_blocks, PmlRawBlock, raw_id).size;

  return 0;
}

gboolean
pml_heap_block_is_allocated (PmlHeap *self,
                             guint64  block)
{
  guint32 pool_id, raw_id;
  guint unit;

  g_return_val_if_fail (self != NULL, FALSE);

  return pymalloc_lookup (self, block, &pool_id, &unit, NULL) || raw_lookup (self, block, &raw_id);
}
