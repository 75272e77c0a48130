/* test-realloc.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "pml-test-heap.h"

/* _PyObject_Realloc (cpython-memory-model.md §4.7). Every expected value
 * is worked out by hand from the spec; none was copied from the engine's
 * output. The heap is CPython 3.11 with one arena at BASE, 1 MiB aligned:
 * 64 pools of 16 KiB, the first at BASE. */

#define BASE      G_GUINT64_CONSTANT (0x7f1000000000)
#define POOL_SIZE G_GUINT64_CONSTANT (16384)
#define POOL(k)   (BASE + (guint64) (k) * POOL_SIZE)

/* Helpers */

static PmlHeap *
new_heap (void)
{
  const guint64 bases[] = { BASE };
  PmlHeap *heap = pml_heap_new (pml_preset_lookup ("cpython-3.11"));

  pml_heap_set_recorded_arena_bases (heap, bases, G_N_ELEMENTS (bases));
  return heap;
}

static PmlPoolInfo
get_pool (PmlHeap *heap,
          guint64  address)
{
  PmlPoolInfo info;
  guint slot, index;

  g_assert_true (pml_heap_lookup_pool (heap, address, &slot, &index));
  g_assert_true (pml_heap_get_pool (heap, slot, index, &info));
  return info;
}

static gsize
get_raw_blocks (PmlHeap *heap)
{
  PmlHeapCounters counters;

  pml_heap_get_counters (heap, &counters);
  return counters.raw_allocated_blocks;
}

/* Realloc to @nbytes must leave @address where it is, and the state as it
 * was */
static void
assert_stays (PmlHeap *heap,
              guint64  address,
              guint64  nbytes)
{
  g_autofree char *before = pml_heap_dup_state_digest (heap);
  g_autofree char *after = NULL;

  g_assert_cmphex (pml_test_realloc (heap, address, nbytes), ==, address);
  after = pml_heap_dup_state_digest (heap);
  g_assert_cmpstr (before, ==, after);
}

/* Tests */

static void
test_realloc_null (void)
{
  g_autoptr(PmlHeap) heap = new_heap ();
  guint64 address;

  /* realloc (NULL, n) is malloc (n): 40 bytes, class 2 (48) */
  address = pml_test_realloc (heap, 0, 40);
  g_assert_cmphex (address, ==, POOL (0) + 48);
  g_assert_cmpuint (pml_heap_block_size (heap, address), ==, 48);
  g_assert_cmphex (pml_test_realloc (heap, 0, 33), ==, POOL (0) + 96);

  /* realloc (NULL, 0) is malloc (0): raw */
  address = pml_test_realloc (heap, 0, 0);
  g_assert_false (pml_heap_owns (heap, address));
  g_assert_cmpuint (get_raw_blocks (heap), ==, 1);
}

static void
test_in_place (void)
{
  g_autoptr(PmlHeap) heap = new_heap ();
  guint64 p, q;

  /* 100 bytes: a 112-byte block (class 6) */
  p = pml_test_malloc (heap, 100);
  g_assert_cmphex (p, ==, POOL (0) + 48);

  /* nbytes <= 112 and 4 * nbytes > 3 * 112 = 336: stays */
  assert_stays (heap, p, 112);   /* same size */
  assert_stays (heap, p, 97);    /* same class */
  assert_stays (heap, p, 85);    /* 340 > 336 */

  /* 84: 336 is not > 336, so it moves to a new 96-byte block (class 5),
   * in a new pool, and the old pool empties */
  q = pml_test_realloc (heap, p, 84);
  g_assert_cmphex (q, ==, POOL (1) + 48);
  g_assert_cmpuint (pml_heap_block_size (heap, q), ==, 96);
  g_assert_false (pml_heap_block_is_allocated (heap, p));
  g_assert_cmpint (get_pool (heap, POOL (0)).state, ==, PML_POOL_STATE_EMPTY);

  /* 16-byte blocks: 13 stays (52 > 48); 12 moves, see
   * test_shrink_same_class */
  p = pml_test_malloc (heap, 16);
  assert_stays (heap, p, 13);
}

static void
test_shrink_same_class (void)
{
  g_autoptr(PmlHeap) heap = new_heap ();
  guint64 p, q;
  PmlPoolInfo pool;

  /* class 0: block 48, chain {64}, nextoffset 80 */
  p = pml_test_malloc (heap, 16);
  g_assert_cmphex (p, ==, POOL (0) + 48);

  /* 16 -> 12 moves (4 * 12 = 48 is not > 48) within class 0: the new
   * block is taken first (64; the chain is extended with 80), then the
   * old one is freed and heads the chain: 48 -> 80 */
  q = pml_test_realloc (heap, p, 12);
  g_assert_cmphex (q, ==, POOL (0) + 64);
  pool = get_pool (heap, POOL (0));
  g_assert_cmpuint (pool.count, ==, 1);
  g_assert_cmphex (pool.freeblock, ==, p);
  g_assert_cmphex (pml_heap_get_next_free_block (heap, p), ==, POOL (0) + 80);
  g_assert_cmpuint (pool.nextoffset, ==, 96);
  g_assert_false (pml_heap_block_is_allocated (heap, p));
  g_assert_true (pml_heap_block_is_allocated (heap, q));

  /* so the next request of the class gets the old block back */
  g_assert_cmphex (pml_test_malloc (heap, 16), ==, p);
}

static void
test_grow (void)
{
  g_autoptr(PmlHeap) heap = new_heap ();
  PmlArenaInfo arena;
  guint64 p, q, r;

  /* class 1, pool 0: 48 and 80 */
  p = pml_test_malloc (heap, 32);
  r = pml_test_malloc (heap, 32);
  g_assert_cmphex (r, ==, POOL (0) + 80);

  /* 32 -> 48 (class 2): a new pool for the new block; p heads pool 0's
   * chain: 48 -> 112 */
  q = pml_test_realloc (heap, p, 48);
  g_assert_cmphex (q, ==, POOL (1) + 48);
  g_assert_cmpuint (pml_heap_block_size (heap, q), ==, 48);
  g_assert_cmphex (get_pool (heap, POOL (0)).freeblock, ==, p);
  g_assert_cmphex (pml_heap_get_next_free_block (heap, p), ==, POOL (0) + 112);

  /* 48 -> 200 (class 12): q was its pool's only block. The new block is
   * obtained before q is freed, so pool 1 is still in use and pool 2 is
   * carved (pool 0 is still used by r); only then pool 1 empties. Had q
   * been freed first, the new block would have been pool 1
   * re-initialised, at q itself. */
  q = pml_test_realloc (heap, POOL (1) + 48, 200);
  g_assert_cmphex (q, ==, POOL (2) + 48);
  g_assert_cmpuint (pml_heap_block_size (heap, q), ==, 208);
  g_assert_cmpint (get_pool (heap, POOL (1)).state, ==, PML_POOL_STATE_EMPTY);
  g_assert_true (pml_heap_get_arena (heap, 0, &arena));
  g_assert_cmphex (arena.freepools, ==, POOL (1));
  g_assert_cmpuint (arena.ncarved, ==, 3);
}

static void
test_to_zero (void)
{
  g_autoptr(PmlHeap) heap = new_heap ();
  guint64 p, q;

  p = pml_test_malloc (heap, 32);
  pml_test_malloc (heap, 32);

  /* 0 <= 32 but 0 is not > 96: a move, and malloc (0) is raw malloc (1) */
  q = pml_test_realloc (heap, p, 0);
  g_assert_false (pml_heap_owns (heap, q));
  g_assert_cmpuint (pml_heap_block_size (heap, q), ==, 1);
  g_assert_cmpuint (get_raw_blocks (heap), ==, 1);
  g_assert_false (pml_heap_block_is_allocated (heap, p));
  g_assert_cmphex (get_pool (heap, POOL (0)).freeblock, ==, p);
  g_assert_cmpuint (pml_heap_get_allocated_blocks (heap), ==, 2);
}

static void
test_raw_stays_raw (void)
{
  g_autoptr(PmlHeap) heap = new_heap ();
  PmlHeapCounters counters;
  guint64 r;

  r = pml_test_malloc (heap, 600);
  g_assert_false (pml_heap_owns (heap, r));
  g_assert_cmpuint (get_raw_blocks (heap), ==, 1);

  /* pymalloc never adopts a raw block: RawRealloc, whatever the size;
   * the raw count does not change */
  r = pml_test_realloc (heap, r, 100);
  g_assert_false (pml_heap_owns (heap, r));
  g_assert_cmpuint (pml_heap_block_size (heap, r), ==, 100);
  r = pml_test_realloc (heap, r, 512);
  g_assert_false (pml_heap_owns (heap, r));
  g_assert_cmpuint (pml_heap_block_size (heap, r), ==, 512);
  r = pml_test_realloc (heap, r, 0);     /* the raw domain turns 0 into 1 (§1) */
  g_assert_false (pml_heap_owns (heap, r));
  g_assert_cmpuint (pml_heap_block_size (heap, r), ==, 1);
  r = pml_test_realloc (heap, r, 2000);
  g_assert_false (pml_heap_owns (heap, r));

  g_assert_cmpuint (get_raw_blocks (heap), ==, 1);
  g_assert_cmpuint (pml_heap_get_allocated_blocks (heap), ==, 1);
  pml_heap_get_counters (heap, &counters);
  g_assert_cmpuint (counters.ntimes_arena_allocated, ==, 0);

  pml_test_free (heap, r);
  g_assert_cmpuint (get_raw_blocks (heap), ==, 0);
}

static void
test_small_to_raw (void)
{
  g_autoptr(PmlHeap) heap = new_heap ();
  PmlArenaInfo arena;
  guint64 p, q;

  p = pml_test_malloc (heap, 100);
  g_assert_cmphex (p, ==, POOL (0) + 48);

  /* 513 > 512: the new block is raw, the small one is freed; its pool
   * empties; the arena, the last of usable_arenas, is kept */
  q = pml_test_realloc (heap, p, 513);
  g_assert_false (pml_heap_owns (heap, q));
  g_assert_cmpuint (pml_heap_block_size (heap, q), ==, 513);
  g_assert_cmpuint (get_raw_blocks (heap), ==, 1);
  g_assert_false (pml_heap_block_is_allocated (heap, p));
  g_assert_cmpint (get_pool (heap, POOL (0)).state, ==, PML_POOL_STATE_EMPTY);
  g_assert_true (pml_heap_get_arena (heap, 0, &arena));
  g_assert_cmpuint (arena.nfreepools, ==, 64);
  g_assert_cmphex (arena.freepools, ==, POOL (0));
  g_assert_cmpuint (pml_heap_get_allocated_blocks (heap), ==, 1);

  /* and back to small: still raw */
  q = pml_test_realloc (heap, q, 100);
  g_assert_false (pml_heap_owns (heap, q));
}

static void
assert_realloc_refused (PmlHeap *heap,
                        guint64  address,
                        guint64  nbytes,
                        int      code)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = pml_heap_dup_state_digest (heap);
  g_autofree char *after = NULL;
  guint64 new_address = 0;

  g_assert_false (pml_heap_realloc (heap, address, nbytes, &new_address, &error));
  g_assert_error (error, PML_HEAP_ERROR, code);
  after = pml_heap_dup_state_digest (heap);
  g_assert_cmpstr (before, ==, after);
}

static void
test_errors (void)
{
  g_autoptr(PmlHeap) heap = new_heap ();
  guint64 p, raw;

  /* class 1: 48 and 80 handed out, chain {112}, nextoffset 144 */
  p = pml_test_malloc (heap, 32);
  pml_test_malloc (heap, 32);
  raw = pml_test_malloc (heap, 1000);
  pml_test_free (heap, POOL (0) + 80);
  pml_test_free (heap, raw);

  assert_realloc_refused (heap, G_GUINT64_CONSTANT (0x1000), 32, PML_HEAP_ERROR_INVALID_BLOCK);
  assert_realloc_refused (heap, POOL (0) + 80, 32, PML_HEAP_ERROR_INVALID_BLOCK);   /* freed */
  assert_realloc_refused (heap, POOL (0) + 112, 32, PML_HEAP_ERROR_INVALID_BLOCK);  /* chain */
  assert_realloc_refused (heap, POOL (0) + 400, 32, PML_HEAP_ERROR_INVALID_BLOCK);  /* virgin */
  assert_realloc_refused (heap, POOL (3) + 48, 32, PML_HEAP_ERROR_INVALID_BLOCK);   /* uncarved */
  assert_realloc_refused (heap, p + 16, 32, PML_HEAP_ERROR_INVALID_BLOCK);          /* interior */
  assert_realloc_refused (heap, raw, 32, PML_HEAP_ERROR_INVALID_BLOCK);             /* freed raw */

  /* more than PY_SSIZE_T_MAX: MemoryError, and p is still live */
  assert_realloc_refused (heap, p, (guint64) G_MAXSSIZE + 1, PML_HEAP_ERROR_NO_MEMORY);
  assert_realloc_refused (heap, 0, G_MAXUINT64, PML_HEAP_ERROR_NO_MEMORY);
  g_assert_true (pml_heap_block_is_allocated (heap, p));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/realloc/null", test_realloc_null);
  g_test_add_func ("/realloc/in-place", test_in_place);
  g_test_add_func ("/realloc/shrink-same-class", test_shrink_same_class);
  g_test_add_func ("/realloc/grow", test_grow);
  g_test_add_func ("/realloc/to-zero", test_to_zero);
  g_test_add_func ("/realloc/raw-stays-raw", test_raw_stays_raw);
  g_test_add_func ("/realloc/small-to-raw", test_small_to_raw);
  g_test_add_func ("/realloc/errors", test_errors);

  return g_test_run ();
}
