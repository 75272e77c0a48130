/* test-arena-transitions.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "pml-test-heap.h"

/* Arena-level behaviour of pymalloc (cpython-memory-model.md §2.2, §2.3,
 * §3.3, §4.4–§4.6, §5.3): pools per arena, usable_arenas and nfp2lasta
 * after every transition, arena release, slot reuse, the arenas[] vector
 * and the radix tree. Every expected value is worked out by hand from the
 * spec; none was copied from the engine's output.
 *
 * The arena bases are given explicitly. ARENA (i) is 1 MiB aligned (so
 * also 16 KiB and 4 KiB aligned: 64 pools, the first at the base), 2 MiB
 * apart, all inside one 16 GiB region (one 3.11 bottom node). Arenas are
 * filled with 512-byte blocks: 31 per 16 KiB pool, 7 per 4 KiB pool. */

#define REGION    G_GUINT64_CONSTANT (0x7f1000000000)
#define ARENA(i)  (REGION + (guint64) (i) * G_GUINT64_CONSTANT (0x200000))
#define MIB       G_GUINT64_CONSTANT (0x100000)
#define GIB_16    G_GUINT64_CONSTANT (0x400000000)
#define NONE      PML_NO_INDEX

typedef struct
{
  const char *preset;
  guint64     pool_size;
  guint       blocks_per_pool;  /* of 512 bytes */
} Geometry;

/* (16384 - 48) / 512 = 31; (4096 - 48) / 512 = 7 */
static const Geometry geometry_311 = { "cpython-3.11", 16384, 31 };
static const Geometry geometry_39 = { "cpython-3.9", 4096, 7 };
static const Geometry geometry_38 = { "cpython-3.8", 4096, 7 };

/* Helpers */

static PmlHeap *
new_heap (const char    *preset_name,
          const guint64 *bases,
          gsize          n_bases)
{
  PmlHeap *heap = pml_heap_new (pml_preset_lookup (preset_name));

  g_assert_nonnull (heap);
  pml_heap_set_recorded_arena_bases (heap, bases, n_bases);
  return heap;
}

/* A heap whose arenas get the bases ARENA (0), ARENA (1), ... */
static PmlHeap *
new_aligned_heap (const char *preset_name,
                  guint       n_arenas)
{
  g_autofree guint64 *bases = g_new (guint64, n_arenas);

  for (guint i = 0; i < n_arenas; i++)
    bases[i] = ARENA (i);
  return new_heap (preset_name, bases, n_arenas);
}

static void
malloc_512_times (PmlHeap *heap,
                  guint    n)
{
  for (guint i = 0; i < n; i++)
    pml_test_malloc (heap, 512);
}

/* Frees every block of a full pool of 512-byte blocks */
static void
free_pool_512 (PmlHeap        *heap,
               const Geometry *geometry,
               guint64         pool)
{
  for (guint k = 0; k < geometry->blocks_per_pool; k++)
    pml_test_free (heap, pool + 48 + k * 512);
}

static PmlArenaInfo
get_arena (PmlHeap *heap,
           guint    slot)
{
  PmlArenaInfo info;

  g_assert_true (pml_heap_get_arena (heap, slot, &info));
  return info;
}

static PmlHeapCounters
get_counters (PmlHeap *heap)
{
  PmlHeapCounters counters;

  pml_heap_get_counters (heap, &counters);
  return counters;
}

static void
assert_arena_counts (PmlHeap *heap,
                     gsize    allocated_total,
                     gsize    current,
                     gsize    highwater)
{
  PmlHeapCounters counters = get_counters (heap);

  g_assert_cmpuint (counters.ntimes_arena_allocated, ==, allocated_total);
  g_assert_cmpuint (counters.narenas_currently_allocated, ==, current);
  g_assert_cmpuint (counters.narenas_highwater, ==, highwater);
}

static void
assert_stats_contain (PmlHeap    *heap,
                      const char *lines)
{
  g_autofree char *stats = pml_heap_format_malloc_stats (heap);

  if (strstr (stats, lines) == NULL)
    g_error ("The statistics\n%s\nlack the lines\n%s", stats, lines);
}

typedef struct
{
  guint slot;
  guint nfreepools;
} Usable;

/* usable_arenas must be exactly @expected, in order; and nfp2lasta[n]
 * the rightmost arena of that list with n free pools, or none (§3.3) */
static void
assert_usable (PmlHeap      *heap,
               const Usable *expected,
               gsize         n_expected)
{
  guint slot = pml_heap_get_usable_arenas (heap);
  guint prev = NONE;

  for (gsize i = 0; i < n_expected; i++)
    {
      PmlArenaInfo info = get_arena (heap, expected[i].slot);

      g_assert_cmpuint (slot, ==, expected[i].slot);
      g_assert_cmpuint (info.nfreepools, ==, expected[i].nfreepools);
      g_assert_cmpuint (info.prevarena, ==, prev);
      prev = slot;
      slot = info.nextarena;
    }
  g_assert_cmpuint (slot, ==, NONE);

  for (guint n = 0; n <= PML_MAX_POOLS_IN_ARENA; n++)
    {
      guint last = NONE;

      for (gsize i = 0; i < n_expected; i++)
        {
          if (expected[i].nfreepools == n)
            last = expected[i].slot;
        }
      g_assert_cmpuint (pml_heap_get_nfp2lasta (heap, n), ==, last);
    }
}

#define ASSERT_USABLE(heap, ...) \
  G_STMT_START { \
    const Usable expected_[] = { __VA_ARGS__ }; \
    assert_usable (heap, expected_, G_N_ELEMENTS (expected_)); \
  } G_STMT_END

#define ASSERT_NO_USABLE(heap) assert_usable (heap, NULL, 0)

/* Tests: pools per arena */

static void
test_new_aligned (void)
{
  g_autoptr(PmlHeap) heap = new_aligned_heap ("cpython-3.11", 1);
  PmlArenaInfo arena;

  /* base % 16384 == 0: 64 pools, the first one at the base */
  g_assert_cmphex (pml_test_malloc (heap, 512), ==, ARENA (0) + 48);
  arena = get_arena (heap, 0);
  g_assert_cmphex (arena.address, ==, ARENA (0));
  g_assert_cmphex (arena.first_pool, ==, ARENA (0));
  g_assert_cmpuint (arena.ntotalpools, ==, 64);
  g_assert_cmpuint (arena.nfreepools, ==, 63);
  g_assert_cmphex (arena.pool_address, ==, ARENA (0) + 16384);
  ASSERT_USABLE (heap, { 0, 63 });

  assert_stats_contain (heap, "# bytes lost to arena alignment    =                    0\n");
}

static void
test_new_misaligned (void)
{
  const guint64 excesses[] = { 4096, 8192, 12288 };

  for (guint i = 0; i < G_N_ELEMENTS (excesses); i++)
    {
      guint64 base = ARENA (0) + excesses[i];
      g_autoptr(PmlHeap) heap = new_heap ("cpython-3.11", &base, 1);
      PmlArenaInfo arena;

      /* 63 pools from the next 16 KiB boundary, ARENA (0) + 16384 */
      g_assert_cmphex (pml_test_malloc (heap, 512), ==, ARENA (0) + 16384 + 48);
      arena = get_arena (heap, 0);
      g_assert_cmphex (arena.address, ==, base);
      g_assert_cmphex (arena.first_pool, ==, ARENA (0) + 16384);
      g_assert_cmpuint (arena.ntotalpools, ==, 63);
      g_assert_cmpuint (arena.nfreepools, ==, 62);
      ASSERT_USABLE (heap, { 0, 62 });

      /* the arena owns exactly [base, base + 1 MiB) (§2.3) */
      g_assert_false (pml_heap_owns (heap, base - 1));
      g_assert_true (pml_heap_owns (heap, base));
      g_assert_true (pml_heap_owns (heap, base + MIB - 1));
      g_assert_false (pml_heap_owns (heap, base + MIB));

      /* the excess at the end and the start make one lost pool */
      assert_stats_contain (heap, "# bytes lost to arena alignment    =               16,384\n");
    }
}

typedef struct
{
  guint64 base;
  guint   npools;
} FillCase;

static const FillCase fill_aligned = { ARENA (0), 64 };
static const FillCase fill_misaligned = { ARENA (0) + 4096, 63 };

static void
test_fill (gconstpointer data)
{
  const FillCase *fill = data;
  const guint64 bases[] = { fill->base, ARENA (1) };
  g_autoptr(PmlHeap) heap = new_heap ("cpython-3.11", bases, G_N_ELEMENTS (bases));
  PmlArenaInfo arena;
  guint64 last;

  /* 64 * 31 = 1984 or 63 * 31 = 1953 blocks fit; in both cases the last
   * pool is at ARENA (0) + 63 * 16384 and its last block at
   * + 48 + 30 * 512 = + 15408 */
  malloc_512_times (heap, fill->npools * 31 - 1);
  last = pml_test_malloc (heap, 512);
  g_assert_cmphex (last, ==, ARENA (0) + 63 * 16384 + 15408);

  arena = get_arena (heap, 0);
  g_assert_cmpuint (arena.ntotalpools, ==, fill->npools);
  g_assert_cmpuint (arena.ncarved, ==, fill->npools);
  g_assert_cmpuint (arena.nfreepools, ==, 0);
  g_assert_cmphex (arena.pool_address, ==, ARENA (0) + MIB);
  ASSERT_NO_USABLE (heap);
  assert_arena_counts (heap, 1, 1, 1);

  /* only now a second arena is mapped */
  g_assert_cmphex (pml_test_malloc (heap, 512), ==, ARENA (1) + 48);
  g_assert_cmphex (get_arena (heap, 1).address, ==, ARENA (1));
  ASSERT_USABLE (heap, { 1, 63 });
  assert_arena_counts (heap, 2, 2, 2);
}

/* Arena 0 misaligned by 4096 (63 pools, full), arena 1 aligned (64 pools,
 * full), arena 2 misaligned by 12288 (63 pools, one block):
 * class 31: 63 + 64 + 1 = 128 pools, 1953 + 1984 + 1 = 3938 blocks in
 * use, 31 - 1 = 30 available; 3938 * 512 = 2,016,256; 30 * 512 = 15,360;
 * unused pools 0 + 0 + 62, 62 * 16384 = 1,015,808; headers 128 * 48 =
 * 6,144; quantization 128 * 464 = 59,392; alignment 2 * 16384 = 32,768;
 * total 3,145,728 = 3 * 1 MiB. All three in one 16 GiB region: 1/1. */
static const char three_arenas_stats[] =
  "Small block threshold = 512, in 32 size classes.\n"
  "\n"
  "class   size   num pools   blocks in use  avail blocks\n"
  "-----   ----   ---------   -------------  ------------\n"
  "   31    512         128            3938            30\n"
  "\n"
  "# arenas allocated total           =                    3\n"
  "# arenas reclaimed                 =                    0\n"
  "# arenas highwater mark            =                    3\n"
  "# arenas allocated current         =                    3\n"
  "3 arenas * 1048576 bytes/arena     =            3,145,728\n"
  "\n"
  "# bytes in allocated blocks        =            2,016,256\n"
  "# bytes in available blocks        =               15,360\n"
  "62 unused pools * 16384 bytes      =            1,015,808\n"
  "# bytes lost to pool headers       =                6,144\n"
  "# bytes lost to quantization       =               59,392\n"
  "# bytes lost to arena alignment    =               32,768\n"
  "Total                              =            3,145,728\n"
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
test_alignment_stats (void)
{
  const guint64 bases[] = { ARENA (0) + 4096, ARENA (1), ARENA (2) + 12288 };
  g_autoptr(PmlHeap) heap = new_heap ("cpython-3.11", bases, G_N_ELEMENTS (bases));
  g_autofree char *stats = NULL;

  malloc_512_times (heap, 63 * 31 + 64 * 31);
  /* 12288 excess: the first pool is 4096 bytes above the base */
  g_assert_cmphex (pml_test_malloc (heap, 512), ==, ARENA (2) + 16384 + 48);

  g_assert_cmpuint (get_arena (heap, 0).ntotalpools, ==, 63);
  g_assert_cmpuint (get_arena (heap, 1).ntotalpools, ==, 64);
  g_assert_cmpuint (get_arena (heap, 2).ntotalpools, ==, 63);

  stats = pml_heap_format_malloc_stats (heap);
  g_assert_cmpstr (stats, ==, three_arenas_stats);
}

/* Tests: usable_arenas and nfp2lasta */

static guint64
pool_of (guint slot,
         guint index)
{
  return ARENA (slot) + (guint64) index * 16384;
}

static void
test_usable_order (void)
{
  g_autoptr(PmlHeap) heap = new_aligned_heap ("cpython-3.11", 4);
  const Geometry *g = &geometry_311;
  PmlArenaInfo arena;

  /* arenas 0, 1, 2 full (in no list), arena 3 with one block */
  malloc_512_times (heap, 3 * 64 * 31);
  ASSERT_NO_USABLE (heap);
  g_assert_cmphex (pml_test_malloc (heap, 512), ==, ARENA (3) + 48);
  ASSERT_USABLE (heap, { 3, 63 });

  /* Case 2: a full arena's first free pool pushes it at the head;
   * nfp2lasta[1] is set only while it is NULL */
  free_pool_512 (heap, g, pool_of (2, 5));
  ASSERT_USABLE (heap, { 2, 1 }, { 3, 63 });
  free_pool_512 (heap, g, pool_of (1, 5));
  ASSERT_USABLE (heap, { 1, 1 }, { 2, 1 }, { 3, 63 });
  free_pool_512 (heap, g, pool_of (0, 5));
  ASSERT_USABLE (heap, { 0, 1 }, { 1, 1 }, { 2, 1 }, { 3, 63 });
  g_assert_cmpuint (pml_heap_get_nfp2lasta (heap, 1), ==, 2);

  /* Case 3: arena 0 goes 1 -> 2 and is not the rightmost with 1
   * (nfp2lasta[1] = 2): it moves right after arena 2 */
  free_pool_512 (heap, g, pool_of (0, 6));
  ASSERT_USABLE (heap, { 1, 1 }, { 2, 1 }, { 0, 2 }, { 3, 63 });

  /* Case 4: arena 0 goes 2 -> 3 and was the rightmost with 2: stays;
   * nfp2lasta[2] has no other arena with 2 to fall back to */
  free_pool_512 (heap, g, pool_of (0, 7));
  ASSERT_USABLE (heap, { 1, 1 }, { 2, 1 }, { 0, 3 }, { 3, 63 });

  /* Case 4 again: arena 2 goes 1 -> 2, rightmost with 1, so it stays
   * and nfp2lasta[1] falls back to its predecessor, arena 1 */
  free_pool_512 (heap, g, pool_of (2, 6));
  ASSERT_USABLE (heap, { 1, 1 }, { 2, 2 }, { 0, 3 }, { 3, 63 });
  arena = get_arena (heap, 2);
  g_assert_cmphex (arena.freepools, ==, pool_of (2, 6));

  /* allocate_from_new_pool takes from the head, arena 1 (§4.4): its only
   * empty pool, re-initialised for class 0; 1 -> 0 free pools, so the
   * arena leaves the list */
  g_assert_cmphex (pml_test_malloc (heap, 16), ==, pool_of (1, 5) + 48);
  ASSERT_USABLE (heap, { 2, 2 }, { 0, 3 }, { 3, 63 });

  /* then arena 2 (2 -> 1, nfp2lasta[1] = 2), most recently emptied
   * pool first */
  g_assert_cmphex (pml_test_malloc (heap, 32), ==, pool_of (2, 6) + 48);
  ASSERT_USABLE (heap, { 2, 1 }, { 0, 3 }, { 3, 63 });
  arena = get_arena (heap, 2);
  g_assert_cmphex (arena.freepools, ==, pool_of (2, 5));
  g_assert_cmpuint (arena.ncarved, ==, 64);

  assert_arena_counts (heap, 4, 4, 4);
}

/* Tests: arena release */

typedef struct
{
  const Geometry *geometry;
  gboolean        keeps_last;   /* 3.9+ (bpo-37257) */
} ReleaseCase;

static const ReleaseCase release_311 = { &geometry_311, TRUE };
static const ReleaseCase release_39 = { &geometry_39, TRUE };
static const ReleaseCase release_38 = { &geometry_38, FALSE };

/* §4.6's example: fill arena A, spill into arena B, free all of A, then
 * all of B. B gets two pools here (a 512-byte and a 16-byte block, so 62
 * free pools): then A, going 62 -> 63, is not the rightmost arena with 62
 * (B is) and moves behind B (Case 3) before it is wholly free. (With one
 * pool in B, see test_release_equal_counts.) */
static void
test_release_keep_last (gconstpointer data)
{
  const ReleaseCase *rc = data;
  const Geometry *g = rc->geometry;
  g_autoptr(PmlHeap) heap = new_aligned_heap (g->preset, 2);
  PmlHeapCounters counters;
  PmlArenaInfo arena;

  malloc_512_times (heap, 64 * g->blocks_per_pool);
  g_assert_cmphex (pml_test_malloc (heap, 512), ==, ARENA (1) + 48);
  g_assert_cmphex (pml_test_malloc (heap, 16), ==, ARENA (1) + g->pool_size + 48);
  ASSERT_USABLE (heap, { 1, 62 });

  for (guint k = 1; k <= 64; k++)
    {
      free_pool_512 (heap, g, ARENA (0) + (k - 1) * g->pool_size);

      if (k < 63)         /* Case 2 at k = 1, then Case 4: A stays in front */
        ASSERT_USABLE (heap, { 0, k }, { 1, 62 });
      else if (k == 63)   /* Case 3: A passes B */
        ASSERT_USABLE (heap, { 1, 62 }, { 0, 63 });
      else if (rc->keeps_last)
        ASSERT_USABLE (heap, { 1, 62 }, { 0, 64 });
      else                /* 3.8 releases every wholly free arena */
        ASSERT_USABLE (heap, { 1, 62 });
    }

  counters = get_counters (heap);
  g_assert_cmpuint (counters.ntimes_arena_allocated, ==, 2);
  g_assert_cmpuint (counters.narenas_currently_allocated, ==, rc->keeps_last ? 2 : 1);
  if (rc->keeps_last)
    assert_stats_contain (heap, "# arenas reclaimed                 =                    0\n");
  else
    assert_stats_contain (heap, "# arenas reclaimed                 =                    1\n");

  /* B: 62 -> 63 (Case 4), then wholly free. In 3.9+ A is behind it, so B
   * is released and A is kept; 3.8 releases B as well. */
  pml_test_free (heap, ARENA (1) + 48);
  if (rc->keeps_last)
    ASSERT_USABLE (heap, { 1, 63 }, { 0, 64 });
  else
    ASSERT_USABLE (heap, { 1, 63 });

  pml_test_free (heap, ARENA (1) + g->pool_size + 48);
  counters = get_counters (heap);
  g_assert_cmpuint (counters.ntimes_arena_allocated, ==, 2);
  g_assert_cmpuint (counters.narenas_highwater, ==, 2);
  g_assert_cmpint (pml_heap_get_arena (heap, 0, &arena), ==, rc->keeps_last);
  g_assert_cmphex (arena.address, ==, rc->keeps_last ? ARENA (0) : 0);

  /* B's slot tops unused_arena_objects; below it A's slot (3.8, released
   * first) or slot 2, the first never used */
  g_assert_false (pml_heap_get_arena (heap, 1, &arena));
  g_assert_cmpuint (pml_heap_get_unused_arena_objects (heap), ==, 1);
  g_assert_cmpuint (arena.nextarena, ==, rc->keeps_last ? 2 : 0);

  if (rc->keeps_last)
    {
      ASSERT_USABLE (heap, { 0, 64 });
      g_assert_cmpuint (counters.narenas_currently_allocated, ==, 1);
      assert_stats_contain (heap, "# arenas reclaimed                 =                    1\n");
    }
  else
    {
      ASSERT_NO_USABLE (heap);
      g_assert_cmpuint (counters.narenas_currently_allocated, ==, 0);
      assert_stats_contain (heap, "# arenas reclaimed                 =                    2\n");
    }
}

/* The same trace with a single 512-byte block in B (63 free pools, like A
 * when it has one pool left). A goes 62 -> 63 as the rightmost arena with
 * 62 (Case 4), so it stays in front of B, which also has 63; its last
 * pool then makes it wholly free with B behind it: Case 1, released at
 * once, even in 3.11. B, now the only arena, is kept when it empties. */
static void
test_release_equal_counts (void)
{
  g_autoptr(PmlHeap) heap = new_aligned_heap ("cpython-3.11", 2);
  const Geometry *g = &geometry_311;
  PmlArenaInfo arena;

  malloc_512_times (heap, 64 * 31);
  g_assert_cmphex (pml_test_malloc (heap, 512), ==, ARENA (1) + 48);

  for (guint k = 1; k <= 63; k++)
    {
      free_pool_512 (heap, g, ARENA (0) + (k - 1) * g->pool_size);
      ASSERT_USABLE (heap, { 0, k }, { 1, 63 });
    }

  free_pool_512 (heap, g, ARENA (0) + 63 * g->pool_size);
  ASSERT_USABLE (heap, { 1, 63 });
  assert_arena_counts (heap, 2, 1, 2);
  assert_stats_contain (heap, "# arenas reclaimed                 =                    1\n");

  /* released: address 0, slot on top of unused_arena_objects, which
   * links on to slot 2, the first never used */
  g_assert_false (pml_heap_get_arena (heap, 0, &arena));
  g_assert_cmphex (arena.address, ==, 0);
  g_assert_cmpuint (arena.nextarena, ==, 2);
  g_assert_cmpuint (pml_heap_get_unused_arena_objects (heap), ==, 0);
  g_assert_false (pml_heap_owns (heap, ARENA (0) + 48));

  /* B is the last arena of the list: kept (Case 1 does not apply) */
  pml_test_free (heap, ARENA (1) + 48);
  ASSERT_USABLE (heap, { 1, 64 });
  assert_arena_counts (heap, 2, 1, 2);
}

/* 3.8, one arena: a single block freed releases the arena (§4.6) */
static const char stats_38_one_block[] =
  "Small block threshold = 512, in 32 size classes.\n"
  "\n"
  "class   size   num pools   blocks in use  avail blocks\n"
  "-----   ----   ---------   -------------  ------------\n"
  "   31    512           1               1             6\n"
  "\n"
  "# arenas allocated total           =                    1\n"
  "# arenas reclaimed                 =                    0\n"
  "# arenas highwater mark            =                    1\n"
  "# arenas allocated current         =                    1\n"
  "1 arenas * 262144 bytes/arena      =              262,144\n"
  "\n"
  "# bytes in allocated blocks        =                  512\n"
  "# bytes in available blocks        =                3,072\n"
  "63 unused pools * 4096 bytes       =              258,048\n"
  "# bytes lost to pool headers       =                   48\n"
  "# bytes lost to quantization       =                  464\n"
  "# bytes lost to arena alignment    =                    0\n"
  "Total                              =              262,144\n";

/* ... and with no live arena: history kept, everything else 0 (§5.4) */
static const char stats_38_released[] =
  "Small block threshold = 512, in 32 size classes.\n"
  "\n"
  "class   size   num pools   blocks in use  avail blocks\n"
  "-----   ----   ---------   -------------  ------------\n"
  "\n"
  "# arenas allocated total           =                    1\n"
  "# arenas reclaimed                 =                    1\n"
  "# arenas highwater mark            =                    1\n"
  "# arenas allocated current         =                    0\n"
  "0 arenas * 262144 bytes/arena      =                    0\n"
  "\n"
  "# bytes in allocated blocks        =                    0\n"
  "# bytes in available blocks        =                    0\n"
  "0 unused pools * 4096 bytes        =                    0\n"
  "# bytes lost to pool headers       =                    0\n"
  "# bytes lost to quantization       =                    0\n"
  "# bytes lost to arena alignment    =                    0\n"
  "Total                              =                    0\n";

static void
test_release_38_single (void)
{
  g_autoptr(PmlHeap) heap = new_aligned_heap ("cpython-3.8", 2);
  g_autofree char *stats = NULL;
  g_autofree char *stats_after = NULL;
  PmlArenaInfo arena;

  /* 512 bytes: 7 per 4 KiB pool, 1 used, 6 available; 64 - 1 = 63
   * unused pools; quantization (4096 - 48) % 512 = 464. 3.8 has no
   * arena map block (§5.3). */
  g_assert_cmphex (pml_test_malloc (heap, 512), ==, ARENA (0) + 48);
  stats = pml_heap_format_malloc_stats (heap);
  g_assert_cmpstr (stats, ==, stats_38_one_block);

  pml_test_free (heap, ARENA (0) + 48);
  ASSERT_NO_USABLE (heap);
  assert_arena_counts (heap, 1, 0, 1);
  g_assert_false (pml_heap_get_arena (heap, 0, &arena));
  g_assert_cmpuint (arena.nextarena, ==, 1);
  g_assert_cmpuint (pml_heap_get_unused_arena_objects (heap), ==, 0);
  stats_after = pml_heap_format_malloc_stats (heap);
  g_assert_cmpstr (stats_after, ==, stats_38_released);

  /* the next arena reuses slot 0, with the next recorded base */
  g_assert_cmphex (pml_test_malloc (heap, 512), ==, ARENA (1) + 48);
  g_assert_cmphex (get_arena (heap, 0).address, ==, ARENA (1));
  assert_arena_counts (heap, 2, 1, 1);
}

static void
test_keep_311_single (void)
{
  g_autoptr(PmlHeap) heap = new_aligned_heap ("cpython-3.11", 1);

  /* the same in 3.11: the only arena is the last of usable_arenas */
  pml_test_malloc (heap, 512);
  pml_test_free (heap, ARENA (0) + 48);
  ASSERT_USABLE (heap, { 0, 64 });
  assert_arena_counts (heap, 1, 1, 1);
  g_assert_cmphex (get_arena (heap, 0).freepools, ==, ARENA (0));
}

/* Tests: arena slots */

static void
test_slot_reuse (void)
{
  g_autoptr(PmlHeap) heap = new_aligned_heap ("cpython-3.11", 6);
  const Geometry *g = &geometry_311;
  PmlArenaInfo arena;

  /* slots 0 and 1 full, slot 2 with one block; unused: 3 -> 4 -> ... */
  malloc_512_times (heap, 2 * 64 * 31);
  g_assert_cmphex (pml_test_malloc (heap, 512), ==, ARENA (2) + 48);
  g_assert_cmpuint (pml_heap_get_unused_arena_objects (heap), ==, 3);

  /* emptying arena 0, then 1, releases each (equal counts with arena 2
   * behind it, as in test_release_equal_counts); each slot is pushed on
   * unused_arena_objects: 1 -> 0 -> 3 */
  for (guint slot = 0; slot < 2; slot++)
    {
      for (guint k = 0; k < 64; k++)
        free_pool_512 (heap, g, pool_of (slot, k));
      g_assert_false (pml_heap_get_arena (heap, slot, &arena));
      g_assert_cmpuint (pml_heap_get_unused_arena_objects (heap), ==, slot);
    }
  g_assert_cmpuint (get_arena (heap, 2).nextarena, ==, NONE);
  pml_heap_get_arena (heap, 1, &arena);
  g_assert_cmpuint (arena.nextarena, ==, 0);
  pml_heap_get_arena (heap, 0, &arena);
  g_assert_cmpuint (arena.nextarena, ==, 3);
  assert_arena_counts (heap, 3, 1, 3);
  ASSERT_USABLE (heap, { 2, 63 });

  /* fill arena 2 (64 * 31 - 1 more): the next arena takes slot 1, the
   * last released, with the next recorded base ARENA (3) */
  malloc_512_times (heap, 64 * 31 - 1);
  g_assert_cmphex (pml_test_malloc (heap, 512), ==, ARENA (3) + 48);
  g_assert_cmphex (get_arena (heap, 1).address, ==, ARENA (3));
  g_assert_cmpuint (pml_heap_get_unused_arena_objects (heap), ==, 0);
  ASSERT_USABLE (heap, { 1, 63 });

  /* then slot 0, then slot 3, the first never-used one */
  malloc_512_times (heap, 64 * 31 - 1);
  g_assert_cmphex (pml_test_malloc (heap, 512), ==, ARENA (4) + 48);
  g_assert_cmphex (get_arena (heap, 0).address, ==, ARENA (4));
  g_assert_cmpuint (pml_heap_get_unused_arena_objects (heap), ==, 3);

  malloc_512_times (heap, 64 * 31 - 1);
  g_assert_cmphex (pml_test_malloc (heap, 512), ==, ARENA (5) + 48);
  g_assert_cmphex (get_arena (heap, 3).address, ==, ARENA (5));
  g_assert_cmpuint (pml_heap_get_unused_arena_objects (heap), ==, 4);
  ASSERT_USABLE (heap, { 3, 63 });

  /* 6 mapped, 2 released; at most 4 at once (slots 2, 1, 0, 3) */
  assert_arena_counts (heap, 6, 4, 4);
  assert_stats_contain (heap, "# arenas reclaimed                 =                    2\n");
}

static void
test_vector_growth (void)
{
  g_autoptr(PmlHeap) heap = new_aligned_heap ("cpython-3.11", 17);
  PmlArenaInfo arena;

  g_assert_cmpuint (pml_heap_get_max_arenas (heap), ==, 0);
  g_assert_cmpuint (get_counters (heap).maxarenas, ==, 0);
  g_assert_cmpuint (pml_heap_get_unused_arena_objects (heap), ==, NONE);

  /* the first arena creates 16 slots; slot 0 is taken */
  pml_test_malloc (heap, 512);
  g_assert_cmpuint (pml_heap_get_max_arenas (heap), ==, 16);
  g_assert_cmpuint (pml_heap_get_unused_arena_objects (heap), ==, 1);

  /* 16 full arenas use every slot */
  malloc_512_times (heap, 16 * 64 * 31 - 1);
  g_assert_cmpuint (get_counters (heap).maxarenas, ==, 16);
  g_assert_cmpuint (pml_heap_get_unused_arena_objects (heap), ==, NONE);
  ASSERT_NO_USABLE (heap);

  /* the 17th doubles the vector: it takes slot 16, 17..31 are pushed in
   * ascending order */
  g_assert_cmphex (pml_test_malloc (heap, 512), ==, ARENA (16) + 48);
  g_assert_cmpuint (get_counters (heap).maxarenas, ==, 32);
  g_assert_cmpuint (pml_heap_get_max_arenas (heap), ==, 32);
  g_assert_cmphex (get_arena (heap, 16).address, ==, ARENA (16));
  g_assert_cmpuint (pml_heap_get_unused_arena_objects (heap), ==, 17);
  g_assert_false (pml_heap_get_arena (heap, 17, &arena));
  g_assert_cmpuint (arena.nextarena, ==, 18);
  g_assert_false (pml_heap_get_arena (heap, 31, &arena));
  g_assert_cmpuint (arena.nextarena, ==, NONE);
  g_assert_false (pml_heap_get_arena (heap, 32, &arena));
  assert_arena_counts (heap, 17, 17, 17);
}

/* Tests: the radix tree (3.10+) */

static const char map_1_1[] =
  "arena map counts\n"
  "# arena map mid nodes              =                    1\n"
  "# arena map bot nodes              =                    1\n"
  "\n"
  "# bytes lost to arena map root     =              262,144\n"
  "# bytes lost to arena map mid      =              262,144\n"
  "# bytes lost to arena map bot      =              131,072\n"
  "Total                              =              655,360\n";

/* 262,144 + 262,144 + 2 * 131,072 = 786,432 */
static const char map_1_2[] =
  "arena map counts\n"
  "# arena map mid nodes              =                    1\n"
  "# arena map bot nodes              =                    2\n"
  "\n"
  "# bytes lost to arena map root     =              262,144\n"
  "# bytes lost to arena map mid      =              262,144\n"
  "# bytes lost to arena map bot      =              262,144\n"
  "Total                              =              786,432\n";

static void
assert_map_nodes (PmlHeap *heap,
                  gsize    mid,
                  gsize    bottom)
{
  PmlHeapCounters counters = get_counters (heap);

  g_assert_cmpuint (counters.arena_map_mid_count, ==, mid);
  g_assert_cmpuint (counters.arena_map_bot_count, ==, bottom);
}

static void
test_radix_one_region (void)
{
  g_autoptr(PmlHeap) heap = new_aligned_heap ("cpython-3.11", 2);

  assert_map_nodes (heap, 0, 0);
  malloc_512_times (heap, 64 * 31 + 1);
  assert_arena_counts (heap, 2, 2, 2);
  assert_map_nodes (heap, 1, 1);
  assert_stats_contain (heap, map_1_1);
}

static void
test_radix_two_regions (void)
{
  /* 3.11: a bottom node covers 2^34 bytes; the second arena is 16 GiB
   * further, in the next bottom node of the same mid node */
  const guint64 bases[] = { REGION, REGION + GIB_16 };
  g_autoptr(PmlHeap) heap = new_heap ("cpython-3.11", bases, G_N_ELEMENTS (bases));
  const Geometry *g = &geometry_311;

  malloc_512_times (heap, 64 * 31);
  assert_map_nodes (heap, 1, 1);
  g_assert_cmphex (pml_test_malloc (heap, 512), ==, REGION + GIB_16 + 48);
  assert_map_nodes (heap, 1, 2);
  assert_stats_contain (heap, map_1_2);
  g_assert_true (pml_heap_owns (heap, REGION + GIB_16 + 48));

  /* release the first arena (equal counts, §4.6 Case 1): the nodes are
   * never freed */
  for (guint k = 0; k < 64; k++)
    free_pool_512 (heap, g, REGION + k * g->pool_size);
  assert_arena_counts (heap, 2, 1, 2);
  g_assert_false (pml_heap_owns (heap, REGION + 48));
  assert_map_nodes (heap, 1, 2);
}

static void
test_radix_straddling (void)
{
  /* misaligned, 1 MiB below a 16 GiB boundary: the base's ideal arena is
   * in one bottom node, base + 1 MiB (tail_lo) in the next */
  guint64 boundary = REGION + GIB_16;
  guint64 base = boundary - MIB + 4096;
  g_autoptr(PmlHeap) heap = new_heap ("cpython-3.11", &base, 1);

  g_assert_cmphex (pml_test_malloc (heap, 512), ==, boundary - MIB + 16384 + 48);
  g_assert_cmpuint (get_arena (heap, 0).ntotalpools, ==, 63);
  assert_map_nodes (heap, 1, 2);
  g_assert_true (pml_heap_owns (heap, boundary + 4095));
  g_assert_false (pml_heap_owns (heap, boundary + 4096));
}

static void
test_radix_two_mid_nodes (void)
{
  /* 3.11 uses all 64 address bits: the top index is bits 49..63, so an
   * arena at 2^49 is under another mid node (and bottom node) */
  const guint64 bases[] = { REGION, G_GUINT64_CONSTANT (1) << 49 };
  g_autoptr(PmlHeap) heap = new_heap ("cpython-3.11", bases, G_N_ELEMENTS (bases));

  malloc_512_times (heap, 64 * 31 + 1);
  assert_map_nodes (heap, 2, 2);
  /* 262,144 + 2 * 262,144 + 2 * 131,072 = 1,048,576 */
  assert_stats_contain (heap,
                        "# bytes lost to arena map root     =              262,144\n"
                        "# bytes lost to arena map mid      =              524,288\n"
                        "# bytes lost to arena map bot      =              262,144\n"
                        "Total                              =            1,048,576\n");
}

static void
test_radix_310 (void)
{
  /* 3.10: bottom nodes cover 2^(20 + 8) = 256 MiB; nodes of 8192 (root,
   * mid) and 256 * 8 = 2048 bytes: 8,192 + 8,192 + 2 * 2,048 = 20,480 */
  const guint64 bases[] = { REGION, REGION + 256 * MIB };
  g_autoptr(PmlHeap) heap = new_heap ("cpython-3.10", bases, G_N_ELEMENTS (bases));

  malloc_512_times (heap, 64 * 31 + 1);
  assert_map_nodes (heap, 1, 2);
  assert_stats_contain (heap,
                        "arena map counts\n"
                        "# arena map mid nodes              =                    1\n"
                        "# arena map bot nodes              =                    2\n"
                        "\n"
                        "# bytes lost to arena map root     =                8,192\n"
                        "# bytes lost to arena map mid      =                8,192\n"
                        "# bytes lost to arena map bot      =                4,096\n"
                        "Total                              =               20,480\n");
}

static void
test_no_map_in_38 (void)
{
  const char *last_total = "\nTotal                              =              262,144\n";
  g_autoptr(PmlHeap) heap = new_aligned_heap ("cpython-3.8", 1);
  g_autofree char *stats = NULL;

  pml_test_malloc (heap, 16);
  stats = pml_heap_format_malloc_stats (heap);
  g_assert_null (strstr (stats, "arena map"));
  /* it ends with the first Total: 1 arena of 256 KiB */
  g_assert_true (g_str_has_suffix (stats, last_total));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/arena/new/aligned", test_new_aligned);
  g_test_add_func ("/arena/new/misaligned", test_new_misaligned);
  g_test_add_data_func ("/arena/fill/64-pools", &fill_aligned, test_fill);
  g_test_add_data_func ("/arena/fill/63-pools", &fill_misaligned, test_fill);
  g_test_add_func ("/arena/stats/alignment", test_alignment_stats);
  g_test_add_func ("/arena/usable/order", test_usable_order);
  g_test_add_data_func ("/arena/release/keep-last/3.11", &release_311, test_release_keep_last);
  g_test_add_data_func ("/arena/release/keep-last/3.9", &release_39, test_release_keep_last);
  g_test_add_data_func ("/arena/release/keep-last/3.8", &release_38, test_release_keep_last);
  g_test_add_func ("/arena/release/equal-counts", test_release_equal_counts);
  g_test_add_func ("/arena/release/3.8-single", test_release_38_single);
  g_test_add_func ("/arena/release/3.11-single-kept", test_keep_311_single);
  g_test_add_func ("/arena/slots/reuse", test_slot_reuse);
  g_test_add_func ("/arena/slots/vector-growth", test_vector_growth);
  g_test_add_func ("/arena/radix/one-region", test_radix_one_region);
  g_test_add_func ("/arena/radix/two-regions", test_radix_two_regions);
  g_test_add_func ("/arena/radix/straddling", test_radix_straddling);
  g_test_add_func ("/arena/radix/two-mid-nodes", test_radix_two_mid_nodes);
  g_test_add_func ("/arena/radix/3.10", test_radix_310);
  g_test_add_func ("/arena/radix/none-in-3.8", test_no_map_in_38);

  return g_test_run ();
}
