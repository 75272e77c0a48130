/* pml-bench-scrub.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <stdio.h>
#include <string.h>

#include "pml-objects-layout.h"

/* Scrubbing a long scenario's timeline as the window does: run it with
 * the object events, the graph and the requests kept, then jump to random
 * requests, moving the allocator and the objects with it and laying out
 * the objects view, and print the time of a jump beside the time of a
 * 60 Hz frame. Asserts nothing. */

#define N_JUMPS 200
#define FRAME_MS (1000.0 / 60)

/* what pml_window_scenario_sync () does: every object event tied at or
 * before the allocator's position is done */
static void
sync_objects (PmlInterp *interp,
              PmlHeap   *heap)
{
  guint h = pml_heap_get_position (heap);
  guint lo = 0, hi = pml_interp_get_n_events (interp);

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (pml_interp_get_event_heap_position (interp, mid) <= h)
        lo = mid + 1;
      else
        hi = mid;
    }
  pml_interp_seek_objects (interp, lo);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

int
main (int argc, char **argv)
{
  g_autoptr(PmlHeap) heap = pml_heap_new (pml_preset_get_default ());
  PmlInterpOptions options = { 0, TRUE, TRUE, FALSE, TRUE };
  g_autofree char *source = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  double jumps[N_JUMPS], total = 0, t_run, t_history;
  PmlPalette palette;
  PmlInterp *interp;
  gint64 start;
  gsize length;
  guint n_steps;

  if (argc < 2 || !g_file_get_contents (argv[1], &source, &length, NULL))
    {
      fprintf (stderr, "usage: %s SCRIPT.py\n", argv[0]);
      return 2;
    }
  pml_palette_init (&palette, PML_THEME_LIGHT, FALSE);
  interp = pml_interp_new (heap, &options);
  if (!pml_interp_load (interp, argv[1], source, length, &error))
    g_error ("%s", error->message);
  start = g_get_monotonic_time ();
  pml_interp_run (interp);
  t_run = (double) (g_get_monotonic_time () - start) / G_USEC_PER_SEC;
  start = g_get_monotonic_time ();
  pml_interp_seek (interp, 0);
  t_history = (double) (g_get_monotonic_time () - start) / G_USEC_PER_SEC;
  n_steps = pml_heap_get_n_steps (heap);

  for (guint i = 0; i < N_JUMPS; i++)
    {
      guint step = (guint) g_rand_int_range (rand, 0, (gint32) n_steps + 1);
      g_autoptr(PmlObjectsLayout) layout = NULL;

      start = g_get_monotonic_time ();
      pml_heap_seek_step (heap, step);
      sync_objects (interp, heap);
      layout = pml_objects_layout_new (interp, &palette, 1000);
      jumps[i] = (double) (g_get_monotonic_time () - start) / 1000;
      total += jumps[i];
    }
  qsort (jumps, N_JUMPS, sizeof (double), (GCompareFunc) compare_doubles);

  printf ("%s\n", argv[1]);
  printf ("  run: %.2f s; %u object events + %u allocator events in %u requests; states built in %.2f s\n",
          t_run, pml_interp_get_n_events (interp), pml_heap_get_n_events (heap), n_steps, t_history);
  printf ("  %d jumps to random requests (allocator, objects and the objects view's layout):\n", N_JUMPS);
  printf ("    median %.1f ms, 90th percentile %.1f ms, worst %.1f ms, mean %.1f ms\n", jumps[N_JUMPS / 2],
          jumps[N_JUMPS * 9 / 10], jumps[N_JUMPS - 1], total / N_JUMPS);
  printf ("  ratio median jump / 60 Hz frame (%.1f ms): %.2f\n", FRAME_MS, jumps[N_JUMPS / 2] / FRAME_MS);
  pml_interp_free (interp);
  return 0;
}
