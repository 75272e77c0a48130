/* pml-arena-map.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pml-preset.h"

G_BEGIN_DECLS

/* CPython's arena map (the radix tree of obmalloc.c, §2.3): for each
 * "ideal" arena number (address >> ARENA_BITS) the tails of the arenas that
 * cover it. Besides CPython's two tails, an entry remembers which arena slot
 * each tail belongs to, standing in for the pool header's arenaindex. */
typedef struct
{
  gint32  tail_hi;
  gint32  tail_lo;
  guint32 slot_hi;
  guint32 slot_lo;
} PmlArenaMapEntry;

#define PML_ARENA_MAP_CACHE_SIZE 256

typedef struct
{
  guint               arena_bits;
  guint               bottom_bits;
  guint               interior_bits;
  PmlArenaMapEntry ***root;
  gsize               mid_count;
  gsize               bottom_count;

  /* Entries looked up lately, by ideal arena number: a free walks the
   * tree only the first time it meets an arena */
  guint64             cached_keys[PML_ARENA_MAP_CACHE_SIZE];
  PmlArenaMapEntry   *cached_entries[PML_ARENA_MAP_CACHE_SIZE];
} PmlArenaMap;

/* Bits of the mask pml_arena_map_mark () returns: the nodes it created */
enum
{
  PML_ARENA_MAP_NEW_MID_HI    = 1 << 0,
  PML_ARENA_MAP_NEW_BOTTOM_HI = 1 << 1,
  PML_ARENA_MAP_NEW_MID_LO    = 1 << 2,
  PML_ARENA_MAP_NEW_BOTTOM_LO = 1 << 3,
};

void      pml_arena_map_init   (PmlArenaMap     *self,
                                const PmlPreset *preset);
void      pml_arena_map_clear  (PmlArenaMap     *self);
guint     pml_arena_map_mark   (PmlArenaMap     *self,
                                guint64          base,
                                guint32          slot);
void      pml_arena_map_unmark (PmlArenaMap     *self,
                                guint64          base);
void      pml_arena_map_drop_nodes (PmlArenaMap *self,
                                    guint64      base,
                                    guint        created_mask);
gboolean  pml_arena_map_lookup (PmlArenaMap     *self,
                                guint64          address,
                                guint32         *out_slot);

G_END_DECLS
