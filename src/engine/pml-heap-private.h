/* pml-heap-private.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pml-arena-map.h"
#include "pml-chunks.h"
#include "pml-heap.h"

G_BEGIN_DECLS

/* Offsets inside a pool are kept in units of ALIGNMENT (16 bytes), so a
 * block "pointer" fits in 16 bits; 0 is NULL (the pool header is there). */
#define PML_UNIT_SHIFT PML_ALIGNMENT_SHIFT

/* A handed-out block keeps its stale link with this bit set: the flag
 * lives in the same cache line the allocator touches anyway. Offsets in
 * units stay below 1 << 12, so the bit is free. */
#define PML_LINK_LIVE 0x8000

typedef struct
{
  guint16  count;         /* ref.count */
  guint16  freeblock;     /* unit offset of the chain head, 0 = NULL */
  guint16  szidx;
  guint16  nextoffset;    /* bytes */
  guint16  maxnextoffset; /* bytes */
  guint32  nextpool;      /* pool id, PML_NO_INDEX = none */
  guint32  prevpool;
  guint16 *links;         /* per unit: the next free block of the chain, or
                           * PML_LINK_LIVE while the block is handed out */
} PmlPool;

typedef struct
{
  guint64  address;       /* 0: the slot holds no arena */
  guint64  first_pool;
  guint32  ncarved;       /* pool_address = first_pool + ncarved * POOL_SIZE */
  guint32  nfreepools;
  guint32  ntotalpools;
  guint32  freepools;     /* pool id of the first empty pool */
  guint32  nextarena;     /* usable_arenas, or unused_arena_objects */
  guint32  prevarena;
  PmlPool *pools;         /* PML_MAX_POOLS_IN_ARENA, while mapped */
} PmlArena;

/* Undo data of the rare arena events, kept beside the 16-byte events */
typedef struct
{
  PmlArena saved;         /* ARENA_UNMAP: the arena as it was, pools included */
  guint64  base;          /* ARENA_MAP */
  guint32  old_a;
  guint32  old_b;
  guint32  old_c;
  guint32  flags;
} PmlEventAux;

enum
{
  AUX_GREW_ARENAS      = 1 << 8,  /* ARENA_MAP grew arenas[]; old_a = old maxarenas */
  AUX_FROM_RECORDED    = 1 << 9,  /* ARENA_MAP took the next recorded base */
  AUX_RAISED_HIGHWATER = 1 << 10,
  AUX_MAP_NODES_MASK   = 0xff,    /* ARENA_MAP: the radix nodes it created */
};

typedef struct
{
  guint64 size;
  guint8  live;
} PmlRawBlock;

struct _PmlHeap
{
  gatomicrefcount  ref_count;
  const PmlPreset *preset;
  guint            pool_bits;
  guint64          pool_size;
  guint64          arena_size;
  guint            units_per_pool;

  PmlArena        *arenas;
  guint32          maxarenas;
  guint32          unused_arena_objects;
  guint32          usable_arenas;
  guint32          nfp2lasta[PML_MAX_POOLS_IN_ARENA + 1];
  guint32          usedpools[PML_NB_SMALL_SIZE_CLASSES];

  gsize            narenas_currently_allocated;
  gsize            ntimes_arena_allocated;
  gsize            narenas_highwater;
  gsize            raw_allocated_blocks;
  PmlArenaMap      arena_map;

  GArray          *raw_blocks;      /* PmlRawBlock, by raw id */

  PmlArenaBases    arena_bases;
  guint64         *recorded_bases;
  gsize            n_recorded_bases;
  gsize            next_recorded_base;

  /* history */
  PmlChunks        events;          /* PmlEvent */
  guint32          n_events;        /* recorded: done, then undone */
  guint32          position;        /* events done */
  GArray          *aux;             /* PmlEventAux */
  PmlChunks        step_starts;     /* guint32 event index */
};

/* Simulated addresses of raw (libc) blocks: one 16-byte slot per raw id,
 * far from any arena. */
#define PML_RAW_BASE G_GUINT64_CONSTANT (0x0000555500000000)

static inline PmlPool *
heap_pool (PmlHeap *self,
           guint32  pool_id)
{
  return &self->arenas[PML_POOL_ID_SLOT (pool_id)].pools[PML_POOL_ID_INDEX (pool_id)];
}

static inline guint64
heap_pool_address (PmlHeap *self,
                   guint32  pool_id)
{
  return self->arenas[PML_POOL_ID_SLOT (pool_id)].first_pool +
         ((guint64) PML_POOL_ID_INDEX (pool_id) << self->pool_bits);
}

static inline PmlEvent *
heap_event (PmlHeap *self,
            guint32  index)
{
  return (PmlEvent *) pml_chunks_get (&self->events, index, sizeof (PmlEvent));
}

static inline guint32
heap_step_start (PmlHeap *self,
                 guint32  step)
{
  return *(guint32 *) pml_chunks_get (&self->step_starts, step, sizeof (guint32));
}

/* The three block events, which almost every request makes: shared by the
 * allocator's fast path and by redo. */
static inline void
pool_live_set (PmlPool *pool,
               guint    unit)
{
  pool->links[unit] |= PML_LINK_LIVE;
}

static inline void
pool_live_clear (PmlPool *pool,
                 guint    unit)
{
  pool->links[unit] &= ~PML_LINK_LIVE;
}

static inline gboolean
pool_live_get (PmlPool *pool,
               guint    unit)
{
  return (pool->links[unit] & PML_LINK_LIVE) != 0;
}

static inline void
pool_pop_block (PmlPool *pool)
{
  guint unit = pool->freeblock;

  pool->freeblock = pool->links[unit];
  pool->count++;
  pool_live_set (pool, unit);
}

/* Returns the link the block held before */
static inline guint16
pool_add_virgin_block (PmlPool *pool,
                       guint    unit)
{
  guint16 old_link = pool->links[unit];

  pool->links[unit] = 0;
  pool->freeblock = unit;
  pool->nextoffset += PML_INDEX2SIZE (pool->szidx);
  return old_link;
}

static inline guint16
pool_push_block (PmlPool *pool,
                 guint    unit)
{
  guint16 old_link = pool->links[unit];

  /* the new link has no live bit: the block is free */
  pool->links[unit] = pool->freeblock;
  pool->freeblock = unit;
  pool->count--;
  return old_link;
}

/* usedpools[szidx] is a doubly linked list; PML_NO_INDEX ends it both ways */
static inline void
usedpools_unlink (PmlHeap *self,
                  guint    szidx,
                  guint32  pool_id)
{
  PmlPool *pool = heap_pool (self, pool_id);

  if (pool->prevpool == PML_NO_INDEX)
    self->usedpools[szidx] = pool->nextpool;
  else
    heap_pool (self, pool->prevpool)->nextpool = pool->nextpool;

  if (pool->nextpool != PML_NO_INDEX)
    heap_pool (self, pool->nextpool)->prevpool = pool->prevpool;
}

static inline void
usedpools_insert_after (PmlHeap *self,
                        guint    szidx,
                        guint32  prev_id,
                        guint32  pool_id)
{
  PmlPool *pool = heap_pool (self, pool_id);
  guint32 next_id;

  if (prev_id == PML_NO_INDEX)
    {
      next_id = self->usedpools[szidx];
      self->usedpools[szidx] = pool_id;
    }
  else
    {
      next_id = heap_pool (self, prev_id)->nextpool;
      heap_pool (self, prev_id)->nextpool = pool_id;
    }

  pool->prevpool = prev_id;
  pool->nextpool = next_id;
  if (next_id != PML_NO_INDEX)
    heap_pool (self, next_id)->prevpool = pool_id;
}

/* A new event at the end of the history, already applied by the caller */
static inline PmlEvent *
heap_record (PmlHeap *self)
{
  PmlEvent *event = (PmlEvent *) pml_chunks_append (&self->events, sizeof (PmlEvent));

  self->n_events++;
  self->position++;
  return event;
}

void     pml_heap_discard_future (PmlHeap  *self,
                                  gboolean  new_step);

/* pml_heap_begin_step (), inlined for the replay loop */
static inline void
heap_begin_step (PmlHeap *self)
{
  if (G_UNLIKELY (self->position != self->n_events))
    pml_heap_discard_future (self, TRUE);

  *(guint32 *) pml_chunks_append (&self->step_starts, sizeof (guint32)) = self->position;
}

/* Applies @event and records it, or (when @redo) re-applies a recorded one */
void     pml_heap_do_event   (PmlHeap        *self,
                              const PmlEvent *event,
                              gboolean        redo);
void     pml_heap_undo_event (PmlHeap        *self,
                              const PmlEvent *event);
void     pml_heap_discard_redo (PmlHeap      *self);
void     pml_heap_release_history (PmlHeap   *self);

G_END_DECLS
