/* test-pool-transitions.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "pml-test-heap.h"

/* Pool-level behaviour of pymalloc (cpython-memory-model.md §4.1–§4.4,
 * §4.6, §5.4). Every expected address and count below is worked out by
 * hand from the spec; none was copied from the engine's output.
 *
 * Unless a test says otherwise the heap is CPython 3.11 (16 KiB pools,
 * 1 MiB arenas) and its only arena is at BASE, which is 1 MiB aligned:
 * 64 pools, the first one at BASE itself (§2.2). */

#define BASE      G_GUINT64_CONSTANT (0x7f1000000000)
#define POOL_SIZE G_GUINT64_CONSTANT (16384)
#define POOL(k)   (BASE + (guint64) (k) * POOL_SIZE)

/* Helpers */

static PmlHeap *
new_heap (const char *preset_name)
{
  const guint64 bases[] = { BASE };
  PmlHeap *heap = pml_heap_new (pml_preset_lookup (preset_name));

  pml_heap_set_recorded_arena_bases (heap, bases, G_N_ELEMENTS (bases));
  return heap;
}

static void
get_pool (PmlHeap     *heap,
          guint64      address,
          PmlPoolInfo *out)
{
  guint slot, index;

  g_assert_true (pml_heap_lookup_pool (heap, address, &slot, &index));
  g_assert_true (pml_heap_get_pool (heap, slot, index, out));
}

static void
get_arena (PmlHeap      *heap,
           guint         slot,
           PmlArenaInfo *out)
{
  g_assert_true (pml_heap_get_arena (heap, slot, out));
}

static gsize
get_raw_blocks (PmlHeap *heap)
{
  PmlHeapCounters counters;

  pml_heap_get_counters (heap, &counters);
  return counters.raw_allocated_blocks;
}

/* Tests */

static void
test_first_pool (void)
{
  g_autoptr(PmlHeap) heap = new_heap ("cpython-3.11");
  PmlPoolInfo pool;
  PmlArenaInfo arena;

  /* 24, 17 and 32 bytes are all class 1 ((n - 1) >> 4 = 1): 32-byte
   * blocks at pool + 48, 80, 112 */
  g_assert_cmphex (pml_test_malloc (heap, 24), ==, POOL (0) + 48);
  g_assert_cmphex (pml_test_malloc (heap, 17), ==, POOL (0) + 80);
  g_assert_cmphex (pml_test_malloc (heap, 32), ==, POOL (0) + 112);
  g_assert_cmpuint (pml_heap_block_size (heap, POOL (0) + 80), ==, 32);

  /* init: chain = {80}, nextoffset = 48 + 2 * 32 = 112; each pop of the
   * last chain block then adds the virgin block: {112}/144, {144}/176 */
  get_pool (heap, POOL (0), &pool);
  g_assert_cmphex (pool.address, ==, POOL (0));
  g_assert_cmpint (pool.state, ==, PML_POOL_STATE_USED);
  g_assert_cmpuint (pool.count, ==, 3);
  g_assert_cmpuint (pool.szidx, ==, 1);
  g_assert_cmpuint (pool.arenaindex, ==, 0);
  g_assert_cmphex (pool.freeblock, ==, POOL (0) + 144);
  g_assert_cmpuint (pool.nextoffset, ==, 176);
  g_assert_cmpuint (pool.maxnextoffset, ==, 16384 - 32);
  g_assert_cmphex (pml_heap_get_usedpools (heap, 1), ==, POOL (0));

  /* class 31 has no used pool: the next pool is carved for it */
  g_assert_cmphex (pml_test_malloc (heap, 512), ==, POOL (1) + 48);
  g_assert_cmphex (pml_test_malloc (heap, 497), ==, POOL (1) + 48 + 512);
  g_assert_cmphex (pml_heap_get_usedpools (heap, 31), ==, POOL (1));
  g_assert_cmphex (pml_heap_get_usedpools (heap, 1), ==, POOL (0));

  /* 1 MiB-aligned base: 64 pools, 2 carved, 62 free */
  get_arena (heap, 0, &arena);
  g_assert_cmphex (arena.address, ==, BASE);
  g_assert_cmphex (arena.first_pool, ==, BASE);
  g_assert_cmpuint (arena.ntotalpools, ==, 64);
  g_assert_cmpuint (arena.ncarved, ==, 2);
  g_assert_cmpuint (arena.nfreepools, ==, 62);
  g_assert_cmphex (arena.pool_address, ==, POOL (2));

  get_pool (heap, POOL (2), &pool);
  g_assert_cmpint (pool.state, ==, PML_POOL_STATE_VIRGIN);
}

static void
test_lifo_reuse (void)
{
  g_autoptr(PmlHeap) heap = new_heap ("cpython-3.11");
  guint64 a, b, c;
  PmlPoolInfo pool;

  /* class 3, 64-byte blocks: 48, 112, 176; the chain is then {240} and
   * nextoffset 304 */
  a = pml_test_malloc (heap, 64);
  b = pml_test_malloc (heap, 64);
  c = pml_test_malloc (heap, 64);
  g_assert_cmphex (a, ==, POOL (0) + 48);
  g_assert_cmphex (b, ==, POOL (0) + 112);
  g_assert_cmphex (c, ==, POOL (0) + 176);

  /* free a then b: the chain is b -> a -> 240 */
  pml_test_free (heap, a);
  pml_test_free (heap, b);
  get_pool (heap, POOL (0), &pool);
  g_assert_cmpuint (pool.count, ==, 1);
  g_assert_cmphex (pool.freeblock, ==, b);
  g_assert_cmphex (pml_heap_get_next_free_block (heap, b), ==, a);
  g_assert_cmphex (pml_heap_get_next_free_block (heap, a), ==, POOL (0) + 240);
  g_assert_false (pml_heap_block_is_allocated (heap, a));
  g_assert_true (pml_heap_block_is_allocated (heap, c));

  /* LIFO: b, then a, then the block that was at the end of the chain,
   * then virgin blocks again */
  g_assert_cmphex (pml_test_malloc (heap, 50), ==, b);
  g_assert_cmphex (pml_test_malloc (heap, 64), ==, a);
  g_assert_cmphex (pml_test_malloc (heap, 64), ==, POOL (0) + 240);
  g_assert_cmphex (pml_test_malloc (heap, 64), ==, POOL (0) + 304);
  get_pool (heap, POOL (0), &pool);
  g_assert_cmpuint (pool.count, ==, 5);
  g_assert_cmpuint (pool.nextoffset, ==, 304 + 2 * 64);
}

typedef struct
{
  const char *preset;
  guint64     pool_size;
  guint       nblocks;
} FullPool;

/* 16 KiB: (16384 - 48) / 512 = 31 blocks, the last at 48 + 30 * 512 =
 * 15408; 48 + 31 * 512 = 15920 > maxnextoffset 16384 - 512 = 15872.
 * 4 KiB (3.8): (4096 - 48) / 512 = 7, the last at 48 + 6 * 512 = 3120;
 * 48 + 7 * 512 = 3632 > 4096 - 512 = 3584. */
static const FullPool full_16k = { "cpython-3.11", 16384, 31 };
static const FullPool full_4k = { "cpython-3.8", 4096, 7 };

static void
test_full (gconstpointer data)
{
  const FullPool *full = data;
  g_autoptr(PmlHeap) heap = new_heap (full->preset);
  PmlPoolInfo pool;

  g_assert_cmpuint (pml_preset_blocks_in_pool (pml_heap_get_preset (heap), 31), ==, full->nblocks);

  for (guint k = 0; k < full->nblocks; k++)
    {
      g_assert_cmphex (pml_test_malloc (heap, 512), ==, BASE + 48 + k * 512);

      get_pool (heap, BASE, &pool);
      g_assert_cmpuint (pool.count, ==, k + 1);
      if (k + 1 < full->nblocks)
        {
          g_assert_cmpint (pool.state, ==, PML_POOL_STATE_USED);
          g_assert_cmphex (pml_heap_get_usedpools (heap, 31), ==, BASE);
        }
      else
        {
          g_assert_cmpint (pool.state, ==, PML_POOL_STATE_FULL);
          g_assert_cmphex (pool.freeblock, ==, 0);
          g_assert_cmphex (pml_heap_get_usedpools (heap, 31), ==, 0);
        }
    }

  /* the full pool is in no list: the next request carves pool 1 */
  g_assert_cmphex (pml_test_malloc (heap, 512), ==, BASE + full->pool_size + 48);
  g_assert_cmphex (pml_heap_get_usedpools (heap, 31), ==, BASE + full->pool_size);
}

static void
fill_pool_512 (PmlHeap *heap,
               guint64  pool)
{
  for (guint k = 0; k < 31; k++)
    g_assert_cmphex (pml_test_malloc (heap, 512), ==, pool + 48 + k * 512);
}

static void
test_unfull_goes_to_front (void)
{
  g_autoptr(PmlHeap) heap = new_heap ("cpython-3.11");
  guint64 freed = POOL (0) + 48 + 10 * 512;
  PmlPoolInfo pool;

  /* pool 0 full (31 blocks of 512), pool 1 used with one block */
  fill_pool_512 (heap, POOL (0));
  g_assert_cmphex (pml_test_malloc (heap, 512), ==, POOL (1) + 48);
  g_assert_cmphex (pml_heap_get_usedpools (heap, 31), ==, POOL (1));

  /* freeing a block of the full pool links it at the front */
  pml_test_free (heap, freed);
  get_pool (heap, POOL (0), &pool);
  g_assert_cmpint (pool.state, ==, PML_POOL_STATE_USED);
  g_assert_cmpuint (pool.count, ==, 30);
  g_assert_cmphex (pool.freeblock, ==, freed);
  g_assert_cmphex (pml_heap_get_next_free_block (heap, freed), ==, 0);
  g_assert_cmphex (pool.nextpool, ==, POOL (1));
  g_assert_cmphex (pml_heap_get_usedpools (heap, 31), ==, POOL (0));
  get_pool (heap, POOL (1), &pool);
  g_assert_cmphex (pool.prevpool, ==, POOL (0));

  /* so the next request of that class gets exactly that block, and the
   * pool is full again (nextoffset 15920 > 15872) */
  g_assert_cmphex (pml_test_malloc (heap, 512), ==, freed);
  get_pool (heap, POOL (0), &pool);
  g_assert_cmpint (pool.state, ==, PML_POOL_STATE_FULL);
  g_assert_cmphex (pml_heap_get_usedpools (heap, 31), ==, POOL (1));
  g_assert_cmphex (pml_test_malloc (heap, 512), ==, POOL (1) + 48 + 512);
}

static void
test_free_in_used_pool (void)
{
  g_autoptr(PmlHeap) heap = new_heap ("cpython-3.11");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  PmlPoolInfo pool;
  PmlArenaInfo arena;

  pml_test_malloc (heap, 32);
  pml_test_malloc (heap, 32);
  pml_test_malloc (heap, 32);

  /* count stays > 0: the block joins the chain and nothing else moves */
  pml_test_free (heap, POOL (0) + 80);
  get_pool (heap, POOL (0), &pool);
  g_assert_cmpint (pool.state, ==, PML_POOL_STATE_USED);
  g_assert_cmpuint (pool.count, ==, 2);
  g_assert_cmphex (pool.freeblock, ==, POOL (0) + 80);
  g_assert_cmphex (pml_heap_get_next_free_block (heap, POOL (0) + 80), ==, POOL (0) + 144);
  g_assert_cmpuint (pool.nextoffset, ==, 176);
  g_assert_cmphex (pml_heap_get_usedpools (heap, 1), ==, POOL (0));

  get_arena (heap, 0, &arena);
  g_assert_cmpuint (arena.nfreepools, ==, 63);
  g_assert_cmphex (arena.freepools, ==, 0);
  g_assert_cmpuint (pml_heap_get_usable_arenas (heap), ==, 0);
  g_assert_cmpuint (pml_heap_get_nfp2lasta (heap, 63), ==, 0);

  /* and the block is reused at once: the state is as before the free */
  before = pml_heap_dup_state_digest (heap);
  g_assert_cmphex (pml_test_malloc (heap, 32), ==, POOL (0) + 80);
  pml_test_free (heap, POOL (0) + 80);
  after = pml_heap_dup_state_digest (heap);
  g_assert_cmpstr (before, ==, after);
}

static void
test_pool_becomes_empty (void)
{
  g_autoptr(PmlHeap) heap = new_heap ("cpython-3.11");
  PmlPoolInfo pool;
  PmlArenaInfo arena;

  /* three classes, three pools: 64 - 3 = 61 free pools */
  g_assert_cmphex (pml_test_malloc (heap, 16), ==, POOL (0) + 48);
  g_assert_cmphex (pml_test_malloc (heap, 32), ==, POOL (1) + 48);
  g_assert_cmphex (pml_test_malloc (heap, 512), ==, POOL (2) + 48);
  get_arena (heap, 0, &arena);
  g_assert_cmpuint (arena.nfreepools, ==, 61);
  g_assert_cmpuint (pml_heap_get_nfp2lasta (heap, 61), ==, 0);

  /* count 0: leaves usedpools[0], heads the arena's freepools */
  pml_test_free (heap, POOL (0) + 48);
  get_pool (heap, POOL (0), &pool);
  g_assert_cmpint (pool.state, ==, PML_POOL_STATE_EMPTY);
  g_assert_cmpuint (pool.count, ==, 0);
  g_assert_cmphex (pool.nextpool, ==, 0);
  g_assert_cmphex (pml_heap_get_usedpools (heap, 0), ==, 0);
  get_arena (heap, 0, &arena);
  g_assert_cmphex (arena.freepools, ==, POOL (0));
  g_assert_cmpuint (arena.nfreepools, ==, 62);
  g_assert_cmpuint (arena.ncarved, ==, 3);
  g_assert_cmpuint (pml_heap_get_nfp2lasta (heap, 61), ==, PML_NO_INDEX);
  g_assert_cmpuint (pml_heap_get_nfp2lasta (heap, 62), ==, 0);

  /* an empty pool keeps its class, chain and nextoffset (§3.1): the
   * chain is 48 -> 64 (the virgin block added at init), nextoffset 80 */
  g_assert_cmpuint (pool.szidx, ==, 0);
  g_assert_cmphex (pool.freeblock, ==, POOL (0) + 48);
  g_assert_cmphex (pml_heap_get_next_free_block (heap, POOL (0) + 48), ==, POOL (0) + 64);
  g_assert_cmpuint (pool.nextoffset, ==, 80);

  /* the next emptied pool goes in front of it */
  pml_test_free (heap, POOL (1) + 48);
  get_pool (heap, POOL (1), &pool);
  g_assert_cmpint (pool.state, ==, PML_POOL_STATE_EMPTY);
  g_assert_cmphex (pool.nextpool, ==, POOL (0));
  g_assert_cmphex (pml_heap_get_usedpools (heap, 1), ==, 0);
  get_arena (heap, 0, &arena);
  g_assert_cmphex (arena.freepools, ==, POOL (1));
  g_assert_cmpuint (arena.nfreepools, ==, 63);
  g_assert_cmpuint (pml_heap_get_nfp2lasta (heap, 62), ==, PML_NO_INDEX);
  g_assert_cmpuint (pml_heap_get_nfp2lasta (heap, 63), ==, 0);
}

static void
test_recycle_same_class (void)
{
  g_autoptr(PmlHeap) heap = new_heap ("cpython-3.11");
  PmlPoolInfo pool;
  PmlArenaInfo arena;

  /* pool 0, class 1: 48 and 80 handed out, chain {112}, nextoffset 144;
   * pool 1 (class 31) keeps the arena from being wholly free */
  pml_test_malloc (heap, 32);
  pml_test_malloc (heap, 32);
  pml_test_malloc (heap, 512);

  /* free 48 then 80: the empty pool's chain is 80 -> 48 -> 112 */
  pml_test_free (heap, POOL (0) + 48);
  pml_test_free (heap, POOL (0) + 80);
  get_pool (heap, POOL (0), &pool);
  g_assert_cmpint (pool.state, ==, PML_POOL_STATE_EMPTY);

  /* same class again: the chain is intact, its head (the last block
   * freed) comes first; nothing is carved */
  g_assert_cmphex (pml_test_malloc (heap, 20), ==, POOL (0) + 80);
  get_pool (heap, POOL (0), &pool);
  g_assert_cmpint (pool.state, ==, PML_POOL_STATE_USED);
  g_assert_cmpuint (pool.count, ==, 1);
  g_assert_cmpuint (pool.szidx, ==, 1);
  g_assert_cmphex (pool.freeblock, ==, POOL (0) + 48);
  g_assert_cmpuint (pool.nextoffset, ==, 144);
  g_assert_cmphex (pml_heap_get_usedpools (heap, 1), ==, POOL (0));
  get_arena (heap, 0, &arena);
  g_assert_cmpuint (arena.ncarved, ==, 2);
  g_assert_cmpuint (arena.nfreepools, ==, 62);
  g_assert_cmphex (arena.freepools, ==, 0);

  g_assert_cmphex (pml_test_malloc (heap, 32), ==, POOL (0) + 48);
  g_assert_cmphex (pml_test_malloc (heap, 32), ==, POOL (0) + 112);
  g_assert_cmphex (pml_test_malloc (heap, 32), ==, POOL (0) + 144);
}

static void
test_recycle_other_class (void)
{
  g_autoptr(PmlHeap) heap = new_heap ("cpython-3.11");
  PmlPoolInfo pool;

  pml_test_malloc (heap, 32);
  pml_test_malloc (heap, 512);
  pml_test_free (heap, POOL (0) + 48);

  /* 100 bytes: class 6 (112 bytes); the pool is re-initialised:
   * block at 48, chain {48 + 112 = 160}, nextoffset 48 + 2 * 112 = 272,
   * maxnextoffset 16384 - 112 = 16272 */
  g_assert_cmphex (pml_test_malloc (heap, 100), ==, POOL (0) + 48);
  get_pool (heap, POOL (0), &pool);
  g_assert_cmpint (pool.state, ==, PML_POOL_STATE_USED);
  g_assert_cmpuint (pool.count, ==, 1);
  g_assert_cmpuint (pool.szidx, ==, 6);
  g_assert_cmphex (pool.freeblock, ==, POOL (0) + 160);
  g_assert_cmphex (pml_heap_get_next_free_block (heap, POOL (0) + 160), ==, 0);
  g_assert_cmpuint (pool.nextoffset, ==, 272);
  g_assert_cmpuint (pool.maxnextoffset, ==, 16272);
  g_assert_cmphex (pml_heap_get_usedpools (heap, 6), ==, POOL (0));
  g_assert_cmphex (pml_heap_get_usedpools (heap, 1), ==, 0);
  g_assert_cmpuint (pml_heap_block_size (heap, POOL (0) + 48), ==, 112);

  g_assert_cmphex (pml_test_malloc (heap, 112), ==, POOL (0) + 160);
  g_assert_cmphex (pml_test_malloc (heap, 97), ==, POOL (0) + 272);
}

static void
test_cached_pools_preferred (void)
{
  g_autoptr(PmlHeap) heap = new_heap ("cpython-3.11");
  PmlArenaInfo arena;

  pml_test_malloc (heap, 16);    /* pool 0, class 0 */
  pml_test_malloc (heap, 32);    /* pool 1, class 1 */
  pml_test_malloc (heap, 512);   /* pool 2, class 31 */
  pml_test_free (heap, POOL (0) + 48);
  pml_test_free (heap, POOL (1) + 48);

  /* freepools: 1 -> 0. New classes take them, most recent first, before
   * pool 3 is carved */
  g_assert_cmphex (pml_test_malloc (heap, 80), ==, POOL (1) + 48);
  get_arena (heap, 0, &arena);
  g_assert_cmphex (arena.freepools, ==, POOL (0));
  g_assert_cmpuint (arena.nfreepools, ==, 62);

  g_assert_cmphex (pml_test_malloc (heap, 96), ==, POOL (0) + 48);
  get_arena (heap, 0, &arena);
  g_assert_cmphex (arena.freepools, ==, 0);
  g_assert_cmpuint (arena.ncarved, ==, 3);
  g_assert_cmpuint (arena.nfreepools, ==, 61);

  g_assert_cmphex (pml_test_malloc (heap, 128), ==, POOL (3) + 48);
  get_arena (heap, 0, &arena);
  g_assert_cmpuint (arena.ncarved, ==, 4);
  g_assert_cmpuint (arena.nfreepools, ==, 60);
  g_assert_cmphex (arena.pool_address, ==, POOL (4));
}

/* §5.4, the output of the program of §4.9, byte for byte */
static const char worked_example_stats[] =
  "Small block threshold = 512, in 32 size classes.\n"
  "\n"
  "class   size   num pools   blocks in use  avail blocks\n"
  "-----   ----   ---------   -------------  ------------\n"
  "    1     32           1               3           507\n"
  "    6    112           1               1           144\n"
  "   31    512           1               1            30\n"
  "\n"
  "# arenas allocated total           =                    1\n"
  "# arenas reclaimed                 =                    0\n"
  "# arenas highwater mark            =                    1\n"
  "# arenas allocated current         =                    1\n"
  "1 arenas * 1048576 bytes/arena     =            1,048,576\n"
  "\n"
  "# bytes in allocated blocks        =                  720\n"
  "# bytes in available blocks        =               47,712\n"
  "60 unused pools * 16384 bytes      =              983,040\n"
  "# bytes lost to pool headers       =                  144\n"
  "# bytes lost to quantization       =                  576\n"
  "# bytes lost to arena alignment    =               16,384\n"
  "Total                              =            1,048,576\n"
  "\n"
  "arena map counts\n"
  "# arena map mid nodes              =                    1\n"
  "# arena map bot nodes              =                    1\n"
  "\n"
  "# bytes lost to arena map root     =              262,144\n"
  "# bytes lost to arena map mid      =              262,144\n"
  "# bytes lost to arena map bot      =              131,072\n"
  "Total                              =              655,360\n";

static void
test_worked_example (void)
{
  /* default arena bases: misaligned, as mmap gives them */
  g_autoptr(PmlHeap) heap = pml_heap_new (pml_preset_get_default ());
  g_autofree char *stats = NULL;
  guint64 p0, p1, p2, raw513, raw0;
  PmlArenaInfo arena;

  g_assert_cmpstr (pml_heap_get_preset (heap)->name, ==, "cpython-3.11");

  p0 = pml_test_malloc (heap, 24);
  g_assert_cmphex (pml_test_malloc (heap, 24), ==, p0 + 32);
  g_assert_cmphex (pml_test_malloc (heap, 24), ==, p0 + 64);
  p1 = pml_test_malloc (heap, 512);
  raw513 = pml_test_malloc (heap, 513);
  p2 = pml_test_malloc (heap, 100);
  raw0 = pml_test_malloc (heap, 0);

  /* 63 pools; the first one at the next 16 KiB boundary above the base */
  get_arena (heap, 0, &arena);
  g_assert_cmpuint (arena.address % POOL_SIZE, !=, 0);
  g_assert_cmphex (arena.first_pool, ==, arena.address + POOL_SIZE - arena.address % POOL_SIZE);
  g_assert_cmpuint (arena.ntotalpools, ==, 63);
  g_assert_cmpuint (arena.nfreepools, ==, 60);
  g_assert_cmphex (p0, ==, arena.first_pool + 48);
  g_assert_cmphex (p1, ==, arena.first_pool + POOL_SIZE + 48);
  g_assert_cmphex (p2, ==, arena.first_pool + 2 * POOL_SIZE + 48);

  g_assert_false (pml_heap_owns (heap, raw513));
  g_assert_false (pml_heap_owns (heap, raw0));
  g_assert_cmpuint (get_raw_blocks (heap), ==, 2);
  /* 3 + 1 + 1 pymalloc blocks + 2 raw (§4.8) */
  g_assert_cmpuint (pml_heap_get_allocated_blocks (heap), ==, 7);

  stats = pml_heap_format_malloc_stats (heap);
  g_assert_cmpstr (stats, ==, worked_example_stats);
}

static void
test_raw_requests (void)
{
  g_autoptr(PmlHeap) heap = new_heap ("cpython-3.11");
  PmlHeapCounters counters;
  guint64 zero, big, small;

  /* 0 and > 512 bytes are refused by pymalloc: raw malloc (max (n, 1)) */
  zero = pml_test_malloc (heap, 0);
  g_assert_false (pml_heap_owns (heap, zero));
  g_assert_cmpuint (pml_heap_block_size (heap, zero), ==, 1);
  g_assert_cmpuint (get_raw_blocks (heap), ==, 1);

  big = pml_test_malloc (heap, 513);
  g_assert_false (pml_heap_owns (heap, big));
  g_assert_cmpuint (pml_heap_block_size (heap, big), ==, 513);
  g_assert_cmpuint (get_raw_blocks (heap), ==, 2);

  /* no arena was needed for them */
  pml_heap_get_counters (heap, &counters);
  g_assert_cmpuint (counters.ntimes_arena_allocated, ==, 0);
  g_assert_cmpuint (counters.narenas_currently_allocated, ==, 0);

  /* 512 is still small */
  small = pml_test_malloc (heap, 512);
  g_assert_cmphex (small, ==, POOL (0) + 48);
  g_assert_true (pml_heap_owns (heap, small));
  g_assert_cmpuint (get_raw_blocks (heap), ==, 2);
  g_assert_cmpuint (pml_heap_get_allocated_blocks (heap), ==, 3);

  pml_test_free (heap, big);
  g_assert_cmpuint (get_raw_blocks (heap), ==, 1);
  pml_test_free (heap, zero);
  g_assert_cmpuint (get_raw_blocks (heap), ==, 0);
  g_assert_cmpuint (pml_heap_get_allocated_blocks (heap), ==, 1);
}

static void
test_calloc (void)
{
  g_autoptr(PmlHeap) heap = new_heap ("cpython-3.11");
  guint64 address;

  /* nbytes = nelem * elsize: 4 * 8 = 32 is class 1 */
  address = pml_test_calloc (heap, 4, 8);
  g_assert_cmphex (address, ==, POOL (0) + 48);
  g_assert_cmpuint (pml_heap_block_size (heap, address), ==, 32);

  /* 3 * 100 = 300: class (300 - 1) >> 4 = 18, 304-byte blocks */
  address = pml_test_calloc (heap, 3, 100);
  g_assert_cmphex (address, ==, POOL (1) + 48);
  g_assert_cmpuint (pml_heap_block_size (heap, address), ==, 304);

  /* 1 * 512 = 512: class 31 */
  address = pml_test_calloc (heap, 1, 512);
  g_assert_cmphex (address, ==, POOL (2) + 48);

  /* 0 bytes and 2 * 300 = 600 bytes go to the raw calloc; calloc (0, x)
   * becomes calloc (1, 1) (§1) */
  address = pml_test_calloc (heap, 0, 8);
  g_assert_false (pml_heap_owns (heap, address));
  g_assert_cmpuint (pml_heap_block_size (heap, address), ==, 1);
  address = pml_test_calloc (heap, 8, 0);
  g_assert_false (pml_heap_owns (heap, address));
  address = pml_test_calloc (heap, 2, 300);
  g_assert_false (pml_heap_owns (heap, address));
  g_assert_cmpuint (pml_heap_block_size (heap, address), ==, 600);
  g_assert_cmpuint (get_raw_blocks (heap), ==, 3);
}

static void
assert_free_refused (PmlHeap *heap,
                     guint64  address)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = pml_heap_dup_state_digest (heap);
  g_autofree char *after = NULL;
  guint n_events = pml_heap_get_n_events (heap);

  g_assert_false (pml_heap_free_block (heap, address, &error));
  g_assert_error (error, PML_HEAP_ERROR, PML_HEAP_ERROR_INVALID_BLOCK);

  after = pml_heap_dup_state_digest (heap);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (pml_heap_get_n_events (heap), ==, n_events);
}

static void
test_free_invalid (void)
{
  g_autoptr(PmlHeap) heap = new_heap ("cpython-3.11");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  guint64 raw;

  /* nothing allocated yet */
  assert_free_refused (heap, BASE + 48);

  /* class 1: 48, 80, 112 handed out; chain {144}, nextoffset 176 */
  pml_test_malloc (heap, 32);
  pml_test_malloc (heap, 32);
  pml_test_malloc (heap, 32);
  raw = pml_test_malloc (heap, 600);
  pml_test_free (heap, POOL (0) + 80);
  pml_test_free (heap, raw);

  assert_free_refused (heap, G_GUINT64_CONSTANT (0x1000));  /* never allocated */
  assert_free_refused (heap, POOL (0) + 80);                /* double free */
  assert_free_refused (heap, POOL (0) + 144);               /* on the chain, never handed out */
  assert_free_refused (heap, POOL (0) + 48 + 10 * 32);      /* virgin, beyond nextoffset */
  assert_free_refused (heap, POOL (5) + 48);                /* in a pool not carved yet */
  assert_free_refused (heap, POOL (0));                     /* the pool header */
  assert_free_refused (heap, POOL (0) + 64);                /* inside the live block at 48 */
  assert_free_refused (heap, POOL (0) + 56);
  assert_free_refused (heap, raw);                          /* raw double free */

  /* free (NULL) is ignored */
  before = pml_heap_dup_state_digest (heap);
  pml_test_free (heap, 0);
  after = pml_heap_dup_state_digest (heap);
  g_assert_cmpstr (before, ==, after);
}

static void
assert_no_memory (PmlHeap *heap,
                  guint64  nelem,
                  guint64  elsize,
                  gboolean use_calloc)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = pml_heap_dup_state_digest (heap);
  g_autofree char *after = NULL;
  guint64 address = 0;
  gboolean ok;

  if (use_calloc)
    ok = pml_heap_calloc (heap, nelem, elsize, &address, &error);
  else
    ok = pml_heap_malloc (heap, nelem, &address, &error);
  g_assert_false (ok);
  g_assert_error (error, PML_HEAP_ERROR, PML_HEAP_ERROR_NO_MEMORY);

  after = pml_heap_dup_state_digest (heap);
  g_assert_cmpstr (before, ==, after);
}

static void
test_no_memory (void)
{
  g_autoptr(PmlHeap) heap = new_heap ("cpython-3.11");

  pml_test_malloc (heap, 32);

  /* sizes above PY_SSIZE_T_MAX are refused before pymalloc (§4.1) */
  assert_no_memory (heap, (guint64) G_MAXSSIZE + 1, 0, FALSE);
  assert_no_memory (heap, G_MAXUINT64, 0, FALSE);
  assert_no_memory (heap, 2, (guint64) G_MAXSSIZE / 2 + 1, TRUE);
  assert_no_memory (heap, (guint64) G_MAXSSIZE, 2, TRUE);

  /* and the heap goes on as before */
  g_assert_cmphex (pml_test_malloc (heap, 32), ==, POOL (0) + 80);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pool/first-pool", test_first_pool);
  g_test_add_func ("/pool/lifo-reuse", test_lifo_reuse);
  g_test_add_data_func ("/pool/full/16k", &full_16k, test_full);
  g_test_add_data_func ("/pool/full/4k-3.8", &full_4k, test_full);
  g_test_add_func ("/pool/unfull-goes-to-front", test_unfull_goes_to_front);
  g_test_add_func ("/pool/free-in-used-pool", test_free_in_used_pool);
  g_test_add_func ("/pool/becomes-empty", test_pool_becomes_empty);
  g_test_add_func ("/pool/recycle/same-class", test_recycle_same_class);
  g_test_add_func ("/pool/recycle/other-class", test_recycle_other_class);
  g_test_add_func ("/pool/recycle/cached-preferred", test_cached_pools_preferred);
  g_test_add_func ("/pool/stats/worked-example", test_worked_example);
  g_test_add_func ("/pool/raw-requests", test_raw_requests);
  g_test_add_func ("/pool/calloc", test_calloc);
  g_test_add_func ("/pool/error/free-invalid", test_free_invalid);
  g_test_add_func ("/pool/error/no-memory", test_no_memory);

  return g_test_run ();
}
