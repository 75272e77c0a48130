/* pml-heap.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "pml-event.h"
#include "pml-preset.h"

G_BEGIN_DECLS

/* A simulated CPython pymalloc heap (Objects/obmalloc.c) plus the raw
 * allocator it falls back to, with every change of state recorded as an
 * undoable event. Addresses are simulated 64-bit addresses. */
typedef struct _PmlHeap PmlHeap;

#define PML_TYPE_HEAP (pml_heap_get_type ())
#define PML_HEAP_ERROR (pml_heap_error_quark ())

typedef enum
{
  PML_HEAP_ERROR_NO_MEMORY,     /* the request cannot be satisfied (MemoryError) */
  PML_HEAP_ERROR_INVALID_BLOCK, /* the address is not a live block */
} PmlHeapError;

typedef enum
{
  PML_ARENA_BASES_MISALIGNED, /* like Linux mmap: 4 KiB aligned only (63 pools in 3.10+) */
  PML_ARENA_BASES_ALIGNED,    /* ARENA_SIZE aligned (64 pools) */
} PmlArenaBases;

typedef enum
{
  PML_POOL_STATE_VIRGIN, /* never carved from its arena */
  PML_POOL_STATE_EMPTY,  /* in its arena's freepools */
  PML_POOL_STATE_USED,   /* in usedpools[szidx] */
  PML_POOL_STATE_FULL,   /* in no list */
} PmlPoolState;

typedef struct
{
  guint64 address;       /* 0: this slot holds no arena */
  guint64 pool_address;  /* next pool boundary never carved */
  guint64 first_pool;    /* address of the arena's first pool */
  guint   nfreepools;
  guint   ntotalpools;
  guint   ncarved;
  guint64 freepools;     /* address of the first empty pool, or 0 */
  guint   nextarena;     /* slot, or PML_NO_INDEX */
  guint   prevarena;     /* slot, or PML_NO_INDEX */
} PmlArenaInfo;

typedef struct
{
  guint64      address;
  PmlPoolState state;
  guint        count;         /* ref.count */
  guint64      freeblock;     /* 0 = NULL */
  guint64      nextpool;      /* usedpools or freepools link; 0 = none */
  guint64      prevpool;      /* usedpools link; 0 = none */
  guint        arenaindex;
  guint        szidx;         /* PML_DUMMY_SIZE_IDX before its first use */
  guint        nextoffset;
  guint        maxnextoffset;
} PmlPoolInfo;

typedef struct
{
  gsize narenas_currently_allocated;
  gsize ntimes_arena_allocated;
  gsize narenas_highwater;
  gsize raw_allocated_blocks;
  gsize arena_map_mid_count;
  gsize arena_map_bot_count;
  gsize maxarenas;
} PmlHeapCounters;

GType            pml_heap_get_type          (void) G_GNUC_CONST;
GQuark           pml_heap_error_quark       (void);

PmlHeap         *pml_heap_new               (const PmlPreset *preset);
PmlHeap         *pml_heap_ref               (PmlHeap         *self);
void             pml_heap_unref             (PmlHeap         *self);

const PmlPreset *pml_heap_get_preset        (PmlHeap         *self);
void             pml_heap_set_arena_bases   (PmlHeap         *self,
                                             PmlArenaBases    bases);
void             pml_heap_set_recorded_arena_bases (PmlHeap       *self,
                                                    const guint64 *bases,
                                                    gsize          n_bases);

/* The allocator: _PyObject_Malloc, _PyObject_Calloc, _PyObject_Realloc,
 * _PyObject_Free. Each returns FALSE and sets @error only for a request
 * CPython would refuse (MemoryError) or an address that is no live block;
 * the heap is then unchanged. */
gboolean         pml_heap_malloc            (PmlHeap         *self,
                                             guint64          nbytes,
                                             guint64         *out_address,
                                             GError         **error);
gboolean         pml_heap_calloc            (PmlHeap         *self,
                                             guint64          nelem,
                                             guint64          elsize,
                                             guint64         *out_address,
                                             GError         **error);
gboolean         pml_heap_realloc           (PmlHeap         *self,
                                             guint64          address,
                                             guint64          nbytes,
                                             guint64         *out_address,
                                             GError         **error);
gboolean         pml_heap_free_block        (PmlHeap         *self,
                                             guint64          address,
                                             GError         **error);

/* address_in_range (): does pymalloc own @address? */
gboolean         pml_heap_owns              (PmlHeap         *self,
                                             guint64          address);
guint64          pml_heap_block_size        (PmlHeap         *self,
                                             guint64          address);
gsize            pml_heap_get_allocated_blocks (PmlHeap      *self);

/* History. A step groups the events of one request (or one script line).
 * Stepping moves through the recorded events; a new request made while
 * not at the end first discards the events after the current position. */
void             pml_heap_begin_step        (PmlHeap         *self);
guint            pml_heap_get_n_steps       (PmlHeap         *self);
guint            pml_heap_get_step_start    (PmlHeap         *self,
                                             guint            step);
guint            pml_heap_get_steps_begun   (PmlHeap         *self,
                                             guint            index);
guint            pml_heap_get_n_events      (PmlHeap         *self);
const guint     *pml_heap_get_n_events_location (PmlHeap    *self);
guint            pml_heap_get_position      (PmlHeap         *self);
const PmlEvent  *pml_heap_get_event         (PmlHeap         *self,
                                             guint            index);
guint64          pml_heap_get_event_arena_base (PmlHeap      *self,
                                                guint         index);
gboolean         pml_heap_undo              (PmlHeap         *self);
gboolean         pml_heap_redo              (PmlHeap         *self);
void             pml_heap_seek              (PmlHeap         *self,
                                             guint            position);
void             pml_heap_seek_step         (PmlHeap         *self,
                                             guint            n_steps_done);
gsize            pml_heap_get_history_bytes (PmlHeap         *self);

/* Inspection */
void             pml_heap_get_counters      (PmlHeap         *self,
                                             PmlHeapCounters *out);
guint            pml_heap_get_max_arenas    (PmlHeap         *self);
gboolean         pml_heap_get_arena         (PmlHeap         *self,
                                             guint            slot,
                                             PmlArenaInfo    *out);
guint            pml_heap_get_usable_arenas (PmlHeap         *self);
guint            pml_heap_get_unused_arena_objects (PmlHeap  *self);
guint            pml_heap_get_nfp2lasta     (PmlHeap         *self,
                                             guint            nfreepools);
gboolean         pml_heap_get_pool          (PmlHeap         *self,
                                             guint            slot,
                                             guint            index,
                                             PmlPoolInfo     *out);
gboolean         pml_heap_lookup_pool       (PmlHeap         *self,
                                             guint64          address,
                                             guint           *out_slot,
                                             guint           *out_index);
guint64          pml_heap_get_usedpools     (PmlHeap         *self,
                                             guint            szidx);
guint64          pml_heap_get_next_free_block (PmlHeap       *self,
                                               guint64        block);
gboolean         pml_heap_block_is_allocated (PmlHeap        *self,
                                              guint64         block);
guint64          pml_heap_pool_id_to_address (PmlHeap        *self,
                                              guint32         pool_id);

/* A digest of the whole allocator state (not the history), to check that
 * stepping back and forth restores it exactly. */
char            *pml_heap_dup_state_digest  (PmlHeap         *self) G_GNUC_WARN_UNUSED_RESULT;

/* The text CPython's _PyObject_DebugMallocStats () prints for this state */
char            *pml_heap_format_malloc_stats (PmlHeap       *self) G_GNUC_WARN_UNUSED_RESULT;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PmlHeap, pml_heap_unref)

G_END_DECLS
