/* test-narration.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "pml-narration.h"

/* The sentence under the views for each event of a short story, written
 * out by hand. The default arena base for slot 0 is 4 KiB past a pool
 * boundary: 0x7efe08000000 - 1 MiB + 4096 = 0x7efe07f01000, so the first
 * pool starts at the next 16 KiB boundary, 0x7efe07f04000. */

static void
expect_sentences (PmlHeap           *heap,
                  guint              first,
                  const char *const *sentences)
{
  for (guint i = 0; sentences[i] != NULL; i++)
    {
      g_autofree char *text = NULL;

      pml_heap_seek (heap, first + i + 1);
      text = pml_heap_describe_event (heap, first + i);
      g_assert_cmpstr (text, ==, sentences[i]);
    }
  g_assert_cmpuint (pml_heap_get_n_events (heap), >=, first);
}

static void
test_small_block_story (void)
{
  g_autoptr(PmlHeap) heap = pml_heap_new (NULL);
  const char *const allocation[] = {
    "usable_arenas was empty, so a new arena is mapped at 0x7efe07f01000 (slot 0). Its address is not a "
    "multiple of the pool size, so it holds 63 pools, not 64.",
    "No pool serves this size class, so arena 0 carves pool 0 from its untouched space; 62 free pools are left.",
    "Pool 0 is set up for 32-byte blocks (class 1) and becomes the only pool of usedpools[1].",
    "Block 0x7efe07f04030 is handed out: it was the head of the free chain of pool 0 (arena 0, 32-byte blocks).",
    "The free chain of pool 0 is empty, so the next untouched block, at offset 80, joins it.",
    NULL
  };
  const char *const release[] = {
    "Block 0x7efe07f04030 is freed: it goes to the front of the free chain of pool 0 (arena 0), which now has "
    "0 blocks in use.",
    "Pool 0 of arena 0 is empty: it leaves usedpools[1] and goes to the front of its arena's freepools list.",
    "Arena 0 has all 63 pools free, but it is the last arena of usable_arenas, so CPython keeps it rather "
    "than release and soon map it again.",
    NULL
  };
  const char *const again[] = {
    "No pool serves this size class, so arena 0 hands out its empty pool 0 (from freepools); 62 free pools "
    "are left.",
    "Pool 0 last held 32-byte blocks, so it keeps its free chain and becomes the only pool of usedpools[1].",
    NULL
  };
  guint64 block;

  g_assert_true (pml_heap_malloc (heap, 24, &block, NULL));
  g_assert_cmpuint (pml_heap_get_n_events (heap), ==, 5);
  expect_sentences (heap, 0, allocation);

  g_assert_true (pml_heap_free_block (heap, block, NULL));
  g_assert_cmpuint (pml_heap_get_n_events (heap), ==, 8);
  expect_sentences (heap, 5, release);

  g_assert_true (pml_heap_malloc (heap, 30, &block, NULL));
  expect_sentences (heap, 8, again);
}

static void
test_raw_story (void)
{
  g_autoptr(PmlHeap) heap = pml_heap_new (NULL);
  const char *const sentences[] = {
    "This request is not for 1 to 512 bytes, so pymalloc passes it to the C library's malloc, which returns "
    "0x555500000000 (600 bytes).",
    "Block 0x555500000000 is not pymalloc's: it goes back to the C library's free.",
    NULL
  };
  guint64 block;

  g_assert_true (pml_heap_malloc (heap, 600, &block, NULL));
  g_assert_true (pml_heap_free_block (heap, block, NULL));
  expect_sentences (heap, 0, sentences);
}

/* Pools of 512-byte blocks hold 31: the 32nd request fills pool 0's last
 * block, then a free of the first block makes it used again. */
static void
test_full_pool_story (void)
{
  g_autoptr(PmlHeap) heap = pml_heap_new (NULL);
  guint64 first = 0, block;
  guint n_events;
  g_autofree char *full = NULL;
  g_autofree char *unfull = NULL;

  for (guint i = 0; i < 31; i++)
    {
      g_assert_true (pml_heap_malloc (heap, 512, &block, NULL));
      if (i == 0)
        first = block;
    }
  n_events = pml_heap_get_n_events (heap);
  full = pml_heap_describe_event (heap, n_events - 1);
  g_assert_cmpstr (full, ==, "Pool 0 of arena 0 is full: it leaves usedpools[31] (512-byte blocks).");

  g_assert_true (pml_heap_free_block (heap, first, NULL));
  unfull = pml_heap_describe_event (heap, pml_heap_get_n_events (heap) - 1);
  g_assert_cmpstr (unfull, ==, "Pool 0 of arena 0 has a free block again: it goes to the front of "
                               "usedpools[31], so the next 512-byte request is served from it.");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/narration/small-block", test_small_block_story);
  g_test_add_func ("/narration/raw", test_raw_story);
  g_test_add_func ("/narration/full-pool", test_full_pool_story);

  return g_test_run ();
}
