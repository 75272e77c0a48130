/* pml-event.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One change of allocator state. Views animate and narrate these, and the
 * heap undoes and redoes them. Events are kept small (16 bytes) because a
 * replay keeps millions of them; the rare arena events keep their extra
 * undo data in a side table. */
typedef enum
{
  PML_EVENT_BLOCK_POP = 1,   /* pool: block taken from the head of the freeblock chain */
  PML_EVENT_BLOCK_VIRGIN,    /* pool: next virgin block joins the chain (nextoffset grows) */
  PML_EVENT_BLOCK_PUSH,      /* pool: freed block pushed on the chain */
  PML_EVENT_POOL_FULL,       /* pool: used -> full, leaves usedpools[szidx] */
  PML_EVENT_POOL_UNFULL,     /* pool: full -> used, joins the front of usedpools[szidx] */
  PML_EVENT_POOL_EMPTY,      /* pool: used -> empty, leaves usedpools, joins arena freepools */
  PML_EVENT_POOL_TAKE,       /* arena: hands out a pool (cached empty one, or carved) */
  PML_EVENT_POOL_INIT,       /* pool: becomes the only pool of usedpools[szidx] */
  PML_EVENT_ARENA_POOL_FREED,/* arena: nfreepools + 1, re-sorted in usable_arenas */
  PML_EVENT_ARENA_MAP,       /* arena: mapped, becomes the whole usable_arenas list */
  PML_EVENT_ARENA_UNMAP,     /* arena: every pool free, released to the OS */
  PML_EVENT_RAW_ALLOC,       /* raw (libc) block allocated */
  PML_EVENT_RAW_FREE,        /* raw (libc) block freed */
  PML_N_EVENT_KINDS
} PmlEventKind;

#define PML_NO_INDEX G_MAXUINT32

/* Field use by kind:
 *  BLOCK_*          pool, block (offset / 16), a = old link of that block
 *  POOL_FULL/UNFULL pool
 *  POOL_EMPTY       pool, a = old previous pool in usedpools
 *  POOL_TAKE        pool, block = 1 if reused from freepools, a/b = old nfp2lasta
 *  POOL_INIT        pool, szidx = new class, block = old szidx, a/b = old fields
 *  ARENA_*          a = arena slot, b = index in the side table
 *  RAW_*            a = raw block id
 */
typedef struct
{
  guint8  kind;
  guint8  szidx;
  guint16 block;
  guint32 pool;   /* arena slot * 64 + pool index */
  guint32 a;
  guint32 b;
} PmlEvent;

G_STATIC_ASSERT (sizeof (PmlEvent) == 16);

#define PML_POOL_ID(slot, index) (((guint32) (slot) << 6) | (guint32) (index))
#define PML_POOL_ID_SLOT(id)     ((id) >> 6)
#define PML_POOL_ID_INDEX(id)    ((id) & 63)

const char *pml_event_kind_to_string (PmlEventKind kind);

G_END_DECLS
