/* pml-token-map.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "pml-huge-pages.h"

G_BEGIN_DECLS

/* The live blocks of a trace being parsed: block token -> slot and the
 * line that returned it. Open addressing with linear probing, one 16-byte
 * entry per probe, so a lookup usually touches one cache line (a
 * GHashTable touches three); removal shifts the entries after it back,
 * so no tombstones build up over millions of requests. Token 0 (NULL) is
 * never stored: it marks an empty entry. Inline because the trace parser
 * calls it once or twice per request. */

typedef struct
{
  guint64 token;   /* 0: empty */
  guint32 slot;
  guint32 line;    /* where the block was returned, for messages */
} PmlTokenEntry;

typedef struct
{
  PmlTokenEntry *entries;
  gsize          mask;      /* capacity - 1; the capacity is a power of two */
  guint          shift;     /* 64 - log2 (capacity) */
  gsize          n_entries;
} PmlTokenMap;

#define PML_TOKEN_MAP_MIN_BITS 10

static inline gsize
pml_token_map_home (const PmlTokenMap *map,
                    guint64            token)
{
  /* Fibonacci hashing: tokens are addresses, multiples of 16 and clustered
     in arenas; the product's high bits spread them */
  return (gsize) ((token * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)) >> map->shift);
}

static inline void
pml_token_map_init_bits (PmlTokenMap *map,
                         guint        bits)
{
  map->entries = g_new0 (PmlTokenEntry, (gsize) 1 << bits);
  pml_advise_huge_pages (map->entries, sizeof (PmlTokenEntry) << bits);
  map->mask = ((gsize) 1 << bits) - 1;
  map->shift = 64 - bits;
  map->n_entries = 0;
}

static inline void
pml_token_map_init (PmlTokenMap *map)
{
  pml_token_map_init_bits (map, PML_TOKEN_MAP_MIN_BITS);
}

static inline void
pml_token_map_clear (PmlTokenMap *map)
{
  g_clear_pointer (&map->entries, g_free);
  map->n_entries = 0;
}

static inline PmlTokenEntry *
pml_token_map_lookup (const PmlTokenMap *map,
                      guint64            token)
{
  gsize i = pml_token_map_home (map, token);

  while (map->entries[i].token != 0)
    {
      if (map->entries[i].token == token)
        return &map->entries[i];
      i = (i + 1) & map->mask;
    }
  return NULL;
}

/* twice the capacity, every entry placed again */
static inline void
pml_token_map_grow (PmlTokenMap *map)
{
  PmlTokenEntry *old = map->entries;
  gsize old_capacity = map->mask + 1;
  gsize n_entries = map->n_entries;

  pml_token_map_init_bits (map, 64 - map->shift + 1);
  for (gsize j = 0; j < old_capacity; j++)
    if (old[j].token != 0)
      {
        gsize i = pml_token_map_home (map, old[j].token);

        while (map->entries[i].token != 0)
          i = (i + 1) & map->mask;
        map->entries[i] = old[j];
      }
  map->n_entries = n_entries;
  g_free (old);
}

/* The entry of @token (@token != 0): the one already there, with
 * *out_found TRUE, or a new one holding only the token */
static inline PmlTokenEntry *
pml_token_map_insert (PmlTokenMap *map,
                      guint64      token,
                      gboolean    *out_found)
{
  gsize i;

  /* at most half full, so that probe runs stay short */
  if (G_UNLIKELY (2 * (map->n_entries + 1) > map->mask + 1))
    pml_token_map_grow (map);

  for (i = pml_token_map_home (map, token); map->entries[i].token != 0; i = (i + 1) & map->mask)
    if (map->entries[i].token == token)
      {
        *out_found = TRUE;
        return &map->entries[i];
      }

  map->entries[i].token = token;
  map->n_entries++;
  *out_found = FALSE;
  return &map->entries[i];
}

/* Takes @token out, copying its entry to *out; FALSE if it is not there */
static inline gboolean
pml_token_map_remove (PmlTokenMap   *map,
                      guint64        token,
                      PmlTokenEntry *out)
{
  PmlTokenEntry *found = pml_token_map_lookup (map, token);
  gsize hole, i;

  if (found == NULL)
    return FALSE;

  *out = *found;
  hole = (gsize) (found - map->entries);
  /* Backward shift: an entry further along the run moves into the hole
     unless its home lies cyclically in (hole, i], where it must stay */
  for (i = (hole + 1) & map->mask; map->entries[i].token != 0; i = (i + 1) & map->mask)
    {
      gsize home = pml_token_map_home (map, map->entries[i].token);

      if (((i - home) & map->mask) >= ((i - hole) & map->mask))
        {
          map->entries[hole] = map->entries[i];
          hole = i;
        }
    }
  map->entries[hole].token = 0;
  map->n_entries--;
  return TRUE;
}

G_END_DECLS
