/* pml-arena-map.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-arena-map.h"

void
pml_arena_map_init (PmlArenaMap     *self,
                    const PmlPreset *preset)
{
  guint address_bits = preset->has_radix_tree ? preset->radix_address_bits : 64;

  self->arena_bits = preset->arena_bits;
  if (preset->has_radix_tree)
    {
      self->interior_bits = preset->radix_interior_bits;
      self->bottom_bits = preset->radix_bottom_bits;
    }
  else
    {
      /* 3.8 and 3.9 have no radix tree; the engine still needs an owner
       * lookup, built with the formulas 3.10+ use (§2.3). */
      self->interior_bits = (address_bits - self->arena_bits + 2) / 3;
      self->bottom_bits = address_bits - self->arena_bits - 2 * self->interior_bits;
    }

  self->root = g_new0 (PmlArenaMapEntry **, (gsize) 1 << self->interior_bits);
  self->mid_count = 0;
  self->bottom_count = 0;
  memset (self->cached_entries, 0, sizeof self->cached_entries);
}

void
pml_arena_map_clear (PmlArenaMap *self)
{
  gsize length = (gsize) 1 << self->interior_bits;

  if (self->root == NULL)
    return;

  for (gsize i = 0; i < length; i++)
    {
      if (self->root[i] == NULL)
        continue;
      for (gsize j = 0; j < length; j++)
        g_free (self->root[i][j]);
      g_free (self->root[i]);
    }
  g_clear_pointer (&self->root, g_free);
}

static inline gsize
top_index (PmlArenaMap *self,
           guint64      address)
{
  guint shift = self->arena_bits + self->bottom_bits + self->interior_bits;

  return (address >> shift) & (((guint64) 1 << self->interior_bits) - 1);
}

static inline gsize
mid_index (PmlArenaMap *self,
           guint64      address)
{
  guint shift = self->arena_bits + self->bottom_bits;

  return (address >> shift) & (((guint64) 1 << self->interior_bits) - 1);
}

static inline gsize
bottom_index (PmlArenaMap *self,
              guint64      address)
{
  return (address >> self->arena_bits) & (((guint64) 1 << self->bottom_bits) - 1);
}

/* The entry for @address, creating the nodes on the way as CPython's
 * arena_map_get (create=1) does; @created gets the nodes it made. */
static PmlArenaMapEntry *
get_entry (PmlArenaMap *self,
           guint64      address,
           gboolean     create,
           guint       *created_mid,
           guint       *created_bottom)
{
  PmlArenaMapEntry **mid = self->root[top_index (self, address)];
  PmlArenaMapEntry *bottom;

  if (mid == NULL)
    {
      if (!create)
        return NULL;
      mid = g_new0 (PmlArenaMapEntry *, (gsize) 1 << self->interior_bits);
      self->root[top_index (self, address)] = mid;
      self->mid_count++;
      *created_mid = 1;
    }

  bottom = mid[mid_index (self, address)];
  if (bottom == NULL)
    {
      if (!create)
        return NULL;
      bottom = g_new0 (PmlArenaMapEntry, (gsize) 1 << self->bottom_bits);
      mid[mid_index (self, address)] = bottom;
      self->bottom_count++;
      *created_bottom = 1;
    }

  return &bottom[bottom_index (self, address)];
}

guint
pml_arena_map_mark (PmlArenaMap *self,
                    guint64      base,
                    guint32      slot)
{
  guint64 arena_mask = ((guint64) 1 << self->arena_bits) - 1;
  gint32 tail = (gint32) (base & arena_mask);
  guint new_mid = 0, new_bottom = 0;
  guint created;
  PmlArenaMapEntry *hi = get_entry (self, base, TRUE, &new_mid, &new_bottom);

  created = (new_mid ? PML_ARENA_MAP_NEW_MID_HI : 0) | (new_bottom ? PML_ARENA_MAP_NEW_BOTTOM_HI : 0);
  hi->slot_hi = slot;
  if (tail == 0)
    {
      /* an ideal (ARENA_SIZE aligned) arena covers its whole entry */
      hi->tail_hi = -1;
    }
  else
    {
      PmlArenaMapEntry *lo;

      hi->tail_hi = tail;
      new_mid = new_bottom = 0;
      lo = get_entry (self, base + arena_mask + 1, TRUE, &new_mid, &new_bottom);
      created |= (new_mid ? PML_ARENA_MAP_NEW_MID_LO : 0) | (new_bottom ? PML_ARENA_MAP_NEW_BOTTOM_LO : 0);
      lo->tail_lo = tail;
      lo->slot_lo = slot;
    }

  return created;
}

void
pml_arena_map_unmark (PmlArenaMap *self,
                      guint64      base)
{
  guint64 arena_mask = ((guint64) 1 << self->arena_bits) - 1;
  PmlArenaMapEntry *entry = get_entry (self, base, FALSE, NULL, NULL);

  g_assert (entry != NULL);
  entry->tail_hi = 0;
  entry->slot_hi = 0;

  if ((base & arena_mask) != 0)
    {
      entry = get_entry (self, base + arena_mask + 1, FALSE, NULL, NULL);
      g_assert (entry != NULL);
      entry->tail_lo = 0;
      entry->slot_lo = 0;
    }
}

/* Undoes the node creation of a mark: CPython never frees nodes, but going
 * back in history before they existed must. Nodes are dropped bottom first,
 * the "lo" side (made last) before the "hi" side. */
static void
drop_nodes_for (PmlArenaMap *self,
                guint64      address,
                gboolean     drop_mid,
                gboolean     drop_bottom)
{
  PmlArenaMapEntry ***mid_slot = &self->root[top_index (self, address)];

  if (drop_bottom)
    {
      g_clear_pointer (&(*mid_slot)[mid_index (self, address)], g_free);
      self->bottom_count--;
    }
  if (drop_mid)
    {
      g_clear_pointer (mid_slot, g_free);
      self->mid_count--;
    }
}

void
pml_arena_map_drop_nodes (PmlArenaMap *self,
                          guint64      base,
                          guint        created_mask)
{
  guint64 arena_size = (guint64) 1 << self->arena_bits;

  memset (self->cached_entries, 0, sizeof self->cached_entries);
  drop_nodes_for (self, base + arena_size,
                  (created_mask & PML_ARENA_MAP_NEW_MID_LO) != 0,
                  (created_mask & PML_ARENA_MAP_NEW_BOTTOM_LO) != 0);
  drop_nodes_for (self, base,
                  (created_mask & PML_ARENA_MAP_NEW_MID_HI) != 0,
                  (created_mask & PML_ARENA_MAP_NEW_BOTTOM_HI) != 0);
}

gboolean
pml_arena_map_lookup (PmlArenaMap *self,
                      guint64      address,
                      guint32     *out_slot)
{
  guint64 arena_mask = ((guint64) 1 << self->arena_bits) - 1;
  guint64 key = address >> self->arena_bits;
  guint line = key & (PML_ARENA_MAP_CACHE_SIZE - 1);
  PmlArenaMapEntry *entry;
  gint32 tail;

  if (self->cached_entries[line] != NULL && self->cached_keys[line] == key)
    {
      entry = self->cached_entries[line];
    }
  else
    {
      entry = get_entry (self, address, FALSE, NULL, NULL);
      if (entry == NULL)
        return FALSE;
      self->cached_keys[line] = key;
      self->cached_entries[line] = entry;
    }

  tail = (gint32) (address & arena_mask);
  if (tail < entry->tail_lo)
    {
      *out_slot = entry->slot_lo;
      return TRUE;
    }
  if (entry->tail_hi != 0 && tail >= entry->tail_hi)
    {
      *out_slot = entry->slot_hi;
      return TRUE;
    }

  return FALSE;
}
