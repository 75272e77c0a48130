/* pml-cli-json.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pml-cli-json.h"

static void
add_address (JsonBuilder *builder,
             const char  *name,
             guint64      address)
{
  g_autofree char *text = NULL;

  json_builder_set_member_name (builder, name);
  if (address == 0)
    {
      json_builder_add_null_value (builder);
      return;
    }
  text = g_strdup_printf ("0x%" G_GINT64_MODIFIER "x", address);
  json_builder_add_string_value (builder, text);
}

static void
add_int (JsonBuilder *builder,
         const char  *name,
         gint64       value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}

static void
add_slot (JsonBuilder *builder,
          const char  *name,
          guint        slot)
{
  json_builder_set_member_name (builder, name);
  if (slot == PML_NO_INDEX)
    json_builder_add_null_value (builder);
  else
    json_builder_add_int_value (builder, slot);
}

static void
add_address_value (JsonBuilder *builder,
                   guint64      address)
{
  g_autofree char *text = g_strdup_printf ("0x%" G_GINT64_MODIFIER "x", address);

  json_builder_add_string_value (builder, text);
}

static const char *
pool_state_name (PmlPoolState state)
{
  switch (state)
    {
    case PML_POOL_STATE_VIRGIN: return "virgin";
    case PML_POOL_STATE_EMPTY:  return "empty";
    case PML_POOL_STATE_USED:   return "used";
    case PML_POOL_STATE_FULL:   return "full";
    default:                    g_assert_not_reached ();
    }
}

/* The pool after @pool_address in its list (usedpools or freepools) */
static guint64
next_pool (PmlHeap *heap,
           guint64  pool_address)
{
  guint slot, index;
  PmlPoolInfo pool;

  pml_heap_lookup_pool (heap, pool_address, &slot, &index);
  pml_heap_get_pool (heap, slot, index, &pool);
  return pool.nextpool;
}

static void
add_pool (JsonBuilder       *builder,
          PmlHeap           *heap,
          guint              index,
          const PmlPoolInfo *pool)
{
  json_builder_begin_object (builder);
  add_int (builder, "index", index);
  add_address (builder, "address", pool->address);
  json_builder_set_member_name (builder, "state");
  json_builder_add_string_value (builder, pool_state_name (pool->state));
  add_int (builder, "szidx", pool->szidx);
  add_int (builder, "block_size", pool->szidx == PML_DUMMY_SIZE_IDX ? 0 : PML_INDEX2SIZE (pool->szidx));
  add_int (builder, "ref.count", pool->count);
  add_address (builder, "freeblock", pool->freeblock);
  add_address (builder, "nextpool", pool->nextpool);
  add_address (builder, "prevpool", pool->prevpool);
  add_int (builder, "arenaindex", pool->arenaindex);
  add_int (builder, "nextoffset", pool->nextoffset);
  add_int (builder, "maxnextoffset", pool->maxnextoffset);

  json_builder_set_member_name (builder, "freeblock_chain");
  json_builder_begin_array (builder);
  for (guint64 block = pool->freeblock; block != 0; block = pml_heap_get_next_free_block (heap, block))
    add_address_value (builder, block);
  json_builder_end_array (builder);

  json_builder_end_object (builder);
}

static void
add_arena (JsonBuilder *builder,
           PmlHeap     *heap,
           guint        slot)
{
  PmlArenaInfo arena;

  pml_heap_get_arena (heap, slot, &arena);

  json_builder_begin_object (builder);
  add_int (builder, "slot", slot);
  add_address (builder, "address", arena.address);
  add_address (builder, "pool_address", arena.pool_address);
  add_int (builder, "nfreepools", arena.nfreepools);
  add_int (builder, "ntotalpools", arena.ntotalpools);

  json_builder_set_member_name (builder, "freepools");
  json_builder_begin_array (builder);
  for (guint64 pool_address = arena.freepools; pool_address != 0; pool_address = next_pool (heap, pool_address))
    add_address_value (builder, pool_address);
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "pools");
  json_builder_begin_array (builder);
  for (guint i = 0; i < arena.ncarved; i++)
    {
      PmlPoolInfo pool;

      pml_heap_get_pool (heap, slot, i, &pool);
      add_pool (builder, heap, i, &pool);
    }
  json_builder_end_array (builder);

  json_builder_end_object (builder);
}

static void
add_counters (JsonBuilder *builder,
              PmlHeap     *heap)
{
  PmlHeapCounters counters;

  pml_heap_get_counters (heap, &counters);
  json_builder_set_member_name (builder, "counters");
  json_builder_begin_object (builder);
  add_int (builder, "narenas_currently_allocated", counters.narenas_currently_allocated);
  add_int (builder, "ntimes_arena_allocated", counters.ntimes_arena_allocated);
  add_int (builder, "narenas_highwater", counters.narenas_highwater);
  add_int (builder, "raw_allocated_blocks", counters.raw_allocated_blocks);
  add_int (builder, "maxarenas", counters.maxarenas);
  add_int (builder, "arena_map_mid_count", counters.arena_map_mid_count);
  add_int (builder, "arena_map_bot_count", counters.arena_map_bot_count);
  json_builder_end_object (builder);
}

static void
add_usedpools (JsonBuilder *builder,
               PmlHeap     *heap)
{
  json_builder_set_member_name (builder, "usedpools");
  json_builder_begin_array (builder);
  for (guint szidx = 0; szidx < PML_NB_SMALL_SIZE_CLASSES; szidx++)
    {
      guint64 pool_address = pml_heap_get_usedpools (heap, szidx);

      if (pool_address == 0)
        continue;

      json_builder_begin_object (builder);
      add_int (builder, "szidx", szidx);
      add_int (builder, "block_size", PML_INDEX2SIZE (szidx));
      json_builder_set_member_name (builder, "pools");
      json_builder_begin_array (builder);
      for (; pool_address != 0; pool_address = next_pool (heap, pool_address))
        add_address_value (builder, pool_address);
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

JsonNode *
pml_cli_heap_to_json (PmlHeap *heap)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  guint max_arenas = pml_heap_get_max_arenas (heap);
  const PmlPreset *preset = pml_heap_get_preset (heap);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "preset");
  json_builder_add_string_value (builder, preset->name);
  add_int (builder, "pool_size", pml_preset_pool_size (preset));
  add_int (builder, "arena_size", pml_preset_arena_size (preset));
  add_counters (builder, heap);

  json_builder_set_member_name (builder, "usable_arenas");
  json_builder_begin_array (builder);
  for (guint slot = pml_heap_get_usable_arenas (heap); slot != PML_NO_INDEX;)
    {
      PmlArenaInfo arena;

      add_arena (builder, heap, slot);
      pml_heap_get_arena (heap, slot, &arena);
      slot = arena.nextarena;
    }
  json_builder_end_array (builder);

  /* mapped arenas with no free pool are in no list */
  json_builder_set_member_name (builder, "full_arenas");
  json_builder_begin_array (builder);
  for (guint slot = 0; slot < max_arenas; slot++)
    {
      PmlArenaInfo arena;

      if (pml_heap_get_arena (heap, slot, &arena) && arena.nfreepools == 0)
        add_arena (builder, heap, slot);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "unused_arena_objects");
  json_builder_begin_array (builder);
  for (guint slot = pml_heap_get_unused_arena_objects (heap); slot != PML_NO_INDEX;)
    {
      PmlArenaInfo arena;

      json_builder_add_int_value (builder, slot);
      pml_heap_get_arena (heap, slot, &arena);
      slot = arena.nextarena;
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "nfp2lasta");
  json_builder_begin_object (builder);
  for (guint n = 0; n <= PML_MAX_POOLS_IN_ARENA; n++)
    {
      guint slot = pml_heap_get_nfp2lasta (heap, n);
      char key[8];

      if (slot == PML_NO_INDEX)
        continue;
      g_snprintf (key, sizeof key, "%u", n);
      add_slot (builder, key, slot);
    }
  json_builder_end_object (builder);

  add_usedpools (builder, heap);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}
