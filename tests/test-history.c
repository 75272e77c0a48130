/* test-history.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "pml-heap.h"

/* Stepping back and forth through the events must restore the allocator
 * state exactly, whatever the requests did: pools filling and emptying,
 * arenas mapped, re-sorted, released and their slots reused. */

typedef struct
{
  const char *preset;
  guint       n_requests;
  guint       max_live;
  guint       min_size;
  guint       max_size;
  gboolean    every_event;  /* else the state is checked at every step */
} Workload;

/* A seeded random mix of malloc, calloc, realloc and free whose live set
 * swells and shrinks, so that arenas are released and reused. */
static PmlHeap *
run_workload (const Workload *workload,
              guint32         seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GArray) live = g_array_new (FALSE, FALSE, sizeof (guint64));
  PmlHeap *heap = pml_heap_new (pml_preset_lookup (workload->preset));

  gboolean growing = TRUE;

  for (guint i = 0; i < workload->n_requests; i++)
    {
      gboolean grow;
      guint64 size = g_rand_int_range (rand, workload->min_size, workload->max_size + 1);
      guint64 address;
      int kind = g_rand_int_range (rand, 0, 20);

      /* the live set swells to max_live, then shrinks to nothing */
      if (growing && live->len >= workload->max_live)
        growing = FALSE;
      else if (!growing && live->len == 0)
        growing = TRUE;
      grow = live->len == 0 || g_rand_int_range (rand, 0, 10) < (growing ? 9 : 1);

      pml_heap_begin_step (heap);
      if (grow)
        {
          if (kind == 0)
            g_assert_true (pml_heap_calloc (heap, 1 + size / 8, 8, &address, NULL));
          else if (kind == 1)
            g_assert_true (pml_heap_malloc (heap, size > 500 ? 700 : 0, &address, NULL));
          else
            g_assert_true (pml_heap_malloc (heap, size, &address, NULL));
          g_array_append_val (live, address);
        }
      else
        {
          guint index = g_rand_int_range (rand, 0, live->len);
          guint64 *slot = &g_array_index (live, guint64, index);

          if (kind < 3)
            {
              g_assert_true (pml_heap_realloc (heap, *slot, size, slot, NULL));
            }
          else
            {
              g_assert_true (pml_heap_free_block (heap, *slot, NULL));
              g_array_remove_index_fast (live, index);
            }
        }
    }

  return heap;
}

static void
count_event_kinds (PmlHeap *heap,
                   guint    counts[PML_N_EVENT_KINDS])
{
  memset (counts, 0, sizeof (guint) * PML_N_EVENT_KINDS);
  for (guint i = 0; i < pml_heap_get_n_events (heap); i++)
    counts[pml_heap_get_event (heap, i)->kind]++;
}

static void
test_forward_back_forward (gconstpointer data)
{
  const Workload *workload = data;
  g_autoptr(PmlHeap) heap = run_workload (workload, 42);
  g_autoptr(PmlHeap) fresh = pml_heap_new (pml_preset_lookup (workload->preset));
  g_autofree char *fresh_digest = pml_heap_dup_state_digest (fresh);
  guint n_points = workload->every_event ? pml_heap_get_n_events (heap) : pml_heap_get_n_steps (heap);
  g_autoptr(GPtrArray) digests = g_ptr_array_new_with_free_func (g_free);
  guint counts[PML_N_EVENT_KINDS];

  /* the workload must have exercised every kind of event */
  count_event_kinds (heap, counts);
  for (guint kind = PML_EVENT_BLOCK_POP; kind < PML_N_EVENT_KINDS; kind++)
    {
      if (counts[kind] == 0)
        g_error ("the workload produced no %s event", pml_event_kind_to_string (kind));
    }

  /* back to the start, remembering the state at every point */
  for (guint point = n_points; ; point--)
    {
      if (workload->every_event)
        pml_heap_seek (heap, point);
      else
        pml_heap_seek_step (heap, point);
      g_ptr_array_add (digests, pml_heap_dup_state_digest (heap));
      if (point == 0)
        break;
    }
  g_assert_cmpstr (g_ptr_array_index (digests, n_points), ==, fresh_digest);
  g_assert_cmpuint (pml_heap_get_position (heap), ==, 0);

  /* forward again: every point must be what it was */
  for (guint point = 0; point <= n_points; point++)
    {
      g_autofree char *digest = NULL;

      if (workload->every_event)
        pml_heap_seek (heap, point);
      else
        pml_heap_seek_step (heap, point);
      digest = pml_heap_dup_state_digest (heap);
      g_assert_cmpstr (digest, ==, g_ptr_array_index (digests, n_points - point));
    }
  g_assert_cmpuint (pml_heap_get_position (heap), ==, pml_heap_get_n_events (heap));
}

static void
test_random_jumps (void)
{
  Workload workload = { "cpython-3.8", 3000, 900, 200, 512, FALSE };
  g_autoptr(PmlHeap) heap = run_workload (&workload, 7);
  g_autoptr(GRand) rand = g_rand_new_with_seed (99);
  guint n_steps = pml_heap_get_n_steps (heap);
  g_autoptr(GPtrArray) digests = g_ptr_array_new_with_free_func (g_free);

  pml_heap_seek_step (heap, 0);
  for (guint step = 0; step <= n_steps; step++)
    {
      pml_heap_seek_step (heap, step);
      g_ptr_array_add (digests, pml_heap_dup_state_digest (heap));
    }

  for (guint i = 0; i < 500; i++)
    {
      guint step = g_rand_int_range (rand, 0, n_steps + 1);
      g_autofree char *digest = NULL;

      pml_heap_seek_step (heap, step);
      digest = pml_heap_dup_state_digest (heap);
      g_assert_cmpstr (digest, ==, g_ptr_array_index (digests, step));
    }
}

/* Stepping back and making a new request replaces the undone future: the
 * result equals a heap that never went past that point. */
static void
test_new_request_discards_future (void)
{
  Workload workload = { "cpython-3.8", 2000, 700, 100, 512, FALSE };
  Workload shorter = workload;
  g_autoptr(PmlHeap) heap = run_workload (&workload, 11);
  g_autoptr(PmlHeap) reference = NULL;
  g_autofree char *digest = NULL;
  g_autofree char *reference_digest = NULL;
  guint64 address, reference_address;

  /* same seed: the same first 1200 requests */
  shorter.n_requests = 1200;
  reference = run_workload (&shorter, 11);

  pml_heap_seek_step (heap, 1200);
  g_assert_cmpuint (pml_heap_get_position (heap), <, pml_heap_get_n_events (heap));
  digest = pml_heap_dup_state_digest (heap);
  reference_digest = pml_heap_dup_state_digest (reference);
  g_assert_cmpstr (digest, ==, reference_digest);

  pml_heap_begin_step (heap);
  g_assert_true (pml_heap_malloc (heap, 24, &address, NULL));
  pml_heap_begin_step (reference);
  g_assert_true (pml_heap_malloc (reference, 24, &reference_address, NULL));

  g_assert_cmpuint (address, ==, reference_address);
  g_assert_cmpuint (pml_heap_get_n_steps (heap), ==, 1201);
  g_assert_cmpuint (pml_heap_get_n_events (heap), ==, pml_heap_get_n_events (reference));
  g_assert_false (pml_heap_redo (heap));
  g_clear_pointer (&digest, g_free);
  g_clear_pointer (&reference_digest, g_free);
  digest = pml_heap_dup_state_digest (heap);
  reference_digest = pml_heap_dup_state_digest (reference);
  g_assert_cmpstr (digest, ==, reference_digest);
}

/* { preset, requests, max live blocks, sizes, every event } */
static const Workload every_event_38 = { "cpython-3.8", 3000, 1000, 200, 512, TRUE };
static const Workload every_event_311 = { "cpython-3.11", 20000, 6000, 300, 512, TRUE };
static const Workload every_step_311 = { "cpython-3.11", 40000, 10000, 1, 512, FALSE };
static const Workload every_step_310 = { "cpython-3.10", 30000, 8000, 64, 512, FALSE };

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_data_func ("/history/every-event/cpython-3.8", &every_event_38, test_forward_back_forward);
  g_test_add_data_func ("/history/every-event/cpython-3.11", &every_event_311, test_forward_back_forward);
  g_test_add_data_func ("/history/every-step/cpython-3.11", &every_step_311, test_forward_back_forward);
  g_test_add_data_func ("/history/every-step/cpython-3.10", &every_step_310, test_forward_back_forward);
  g_test_add_func ("/history/random-jumps", test_random_jumps);
  g_test_add_func ("/history/new-request-discards-future", test_new_request_discards_future);

  return g_test_run ();
}
