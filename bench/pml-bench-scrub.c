/* pml-bench-scrub.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "pml-objects-layout.h"
#include "pml-py-interp-private.h"
#include "pml-run.h"

/* Scrubbing a long scenario's timeline as the window does: run it with
 * the object events, the graph and the requests kept, then jump to random
 * requests with the run's cursor, as the window's timeline does, laying out
 * the objects view, and print the time of a jump beside the time of a
 * 60 Hz frame, without and with checkpoints of the object states, in
 * this one run. Asserts nothing. */

#define N_JUMPS 200
#define FRAME_MS (1000.0 / 60)

/* CPU time of this thread, in ms: on a machine shared with other jobs
 * the wall clock measures them too */
static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* One run of the script and N_JUMPS jumps on its timeline; with
 * @checkpoints FALSE, the object states keep only the one at the start,
 * as before checkpoints (every jump walks the events between) */
static void
measure (const char *path,
         const char *source,
         gsize       length,
         gboolean    checkpoints)
{
  g_autoptr(PmlHeap) heap = pml_heap_new (pml_preset_get_default ());
  PmlInterpOptions options = { 0, TRUE, TRUE, FALSE, TRUE };
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  double jumps[N_JUMPS], total = 0, t_run, t_history;
  double cpu_jumps[N_JUMPS], cpu_cursor = 0, cpu_layout = 0;
  PmlPalette palette;
  g_autoptr(PmlRun) run = NULL;
  PmlInterp *interp;
  gint64 start;
  guint n_steps;

  pml_palette_init (&palette, PML_THEME_LIGHT, FALSE);
  interp = pml_interp_new (heap, &options);
  if (!pml_interp_load (interp, path, source, length, &error))
    g_error ("%s", error->message);
  if (!checkpoints)
    pml_interp_set_checkpoints (interp, G_MAXUINT, 0);
  start = g_get_monotonic_time ();
  pml_interp_run (interp);
  t_run = (double) (g_get_monotonic_time () - start) / G_USEC_PER_SEC;
  start = g_get_monotonic_time ();
  pml_interp_seek (interp, 0);
  t_history = (double) (g_get_monotonic_time () - start) / G_USEC_PER_SEC;
  n_steps = pml_heap_get_n_steps (heap);
  run = pml_run_new_for_interp (interp);

  for (guint i = 0; i < N_JUMPS; i++)
    {
      guint step = (guint) g_rand_int_range (rand, 0, (gint32) n_steps + 1);
      g_autoptr(PmlObjectsLayout) layout = NULL;

      double t0, t2, t3;

      start = g_get_monotonic_time ();
      t0 = cpu_ms ();
      pml_run_seek_request (run, step);
      t2 = cpu_ms ();
      layout = pml_objects_layout_new (interp, &palette, 1000);
      t3 = cpu_ms ();
      jumps[i] = (double) (g_get_monotonic_time () - start) / 1000;
      total += jumps[i];
      cpu_jumps[i] = t3 - t0;
      cpu_cursor += t2 - t0;
      cpu_layout += t3 - t2;
    }
  qsort (jumps, N_JUMPS, sizeof (double), (GCompareFunc) compare_doubles);
  qsort (cpu_jumps, N_JUMPS, sizeof (double), (GCompareFunc) compare_doubles);

  printf ("%s\n", checkpoints ? "with checkpoints of the object states:" : "without checkpoints (as before them):");
  printf ("  run: %.2f s; %u object events + %u allocator events in %u requests; states built in %.2f s\n",
          t_run, pml_interp_get_n_events (interp), pml_heap_get_n_events (heap), n_steps, t_history);
  {
    gsize history = (gsize) pml_interp_get_n_events (interp) * sizeof (PmlObjEvent) + pml_heap_get_history_bytes (heap);
    gsize checkpoint_bytes = pml_interp_get_checkpoint_bytes (interp);

    printf ("  history: %.1f MiB (object events and the allocator's); checkpoints of the object states: %.2f MiB, %.1f%%\n",
            history / 1048576.0, checkpoint_bytes / 1048576.0, 100.0 * checkpoint_bytes / history);
  }
  printf ("  %d jumps to random requests (allocator, objects and the objects view's layout):\n", N_JUMPS);
  printf ("    median %.1f ms, 90th percentile %.1f ms, 99th percentile %.1f ms, worst %.1f ms, mean %.1f ms\n",
          jumps[N_JUMPS / 2], jumps[N_JUMPS * 9 / 10], jumps[N_JUMPS * 99 / 100], jumps[N_JUMPS - 1],
          total / N_JUMPS);
  printf ("  ratio median jump / 60 Hz frame (%.1f ms): %.2f\n", FRAME_MS, jumps[N_JUMPS / 2] / FRAME_MS);
  printf ("  in CPU time: median %.1f ms, 90th percentile %.1f ms, 99th percentile %.1f ms, worst %.1f ms\n",
          cpu_jumps[N_JUMPS / 2], cpu_jumps[N_JUMPS * 9 / 10], cpu_jumps[N_JUMPS * 99 / 100], cpu_jumps[N_JUMPS - 1]);
  printf ("    mean per jump: allocator and objects %.1f ms, layout %.1f ms\n", cpu_cursor / N_JUMPS,
          cpu_layout / N_JUMPS);
}

int
main (int argc, char **argv)
{
  g_autofree char *source = NULL;
  gsize length;

  if (argc < 2 || !g_file_get_contents (argv[1], &source, &length, NULL))
    {
      fprintf (stderr, "usage: %s SCRIPT.py\n", argv[0]);
      return 2;
    }
  printf ("%s\n", argv[1]);
  /* the two one after the other in this one run, the same jumps */
  measure (argv[1], source, length, FALSE);
  measure (argv[1], source, length, TRUE);
  return 0;
}
