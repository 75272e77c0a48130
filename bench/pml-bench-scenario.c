/* pml-bench-scenario.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "pml-py.h"

/* Runs a scenario in the simulator with the full event stream kept, then
 * the same file in python3.11 (when installed), and prints both times,
 * their ratio and whether the outputs agree. The simulator runs with and
 * without the record of why each count changed, alternating, so that
 * what that record costs is measured in the same conditions. Asserts
 * nothing. */

#define ROUNDS 2

static double
cpu_seconds (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return (double) ts.tv_sec + (double) ts.tv_nsec / 1e9;
}

static guint
count_collections (PmlInterp *interp)
{
  guint n = 0;

  for (guint i = 0; i < pml_interp_get_n_events (interp); i++)
    if (pml_obj_event_get_kind (pml_interp_get_event (interp, i)) == PML_OBJ_EVENT_GC_START)
      n++;
  return n;
}

static double
run_simulator (const char *path, const char *source, gsize length, gboolean reasons, double *cpu,
               char **out, guint *n_events, guint *n_heap_events, gsize *bytes, gsize *reason_bytes,
               guint *n_collections)
{
  g_autoptr(PmlHeap) heap = pml_heap_new (pml_preset_get_default ());
  PmlInterpOptions options = { .record_events = TRUE, .max_memory = G_MAXUINT64, .skip_reasons = !reasons };
  PmlInterp *interp;
  g_autoptr(GError) error = NULL;
  gint64 start;
  double seconds, cpu_start;

  start = g_get_monotonic_time ();
  cpu_start = cpu_seconds ();
  interp = pml_interp_new (heap, &options);
  if (!pml_interp_load (interp, path, source, length, &error))
    g_error ("%s", error->message);
  if (pml_interp_run (interp) != 0)
    g_error ("%s failed: %s", path, pml_interp_get_stderr (interp));
  seconds = (double) (g_get_monotonic_time () - start) / G_USEC_PER_SEC;
  *cpu = cpu_seconds () - cpu_start;
  *reason_bytes = pml_interp_get_reason_bytes (interp);
  *out = g_strdup (pml_interp_get_stdout (interp));
  *n_events = pml_interp_get_n_events (interp);
  *n_heap_events = pml_heap_get_n_events (heap);
  *bytes = pml_interp_get_event_bytes (interp) + pml_heap_get_history_bytes (heap);
  *n_collections = count_collections (interp);
  pml_interp_free (interp);
  return seconds;
}

static double
run_cpython (const char *python, const char *path, char **out)
{
  const char *argv[] = { python, "-I", path, NULL };
  g_autoptr(GError) error = NULL;
  int status;
  gint64 start = g_get_monotonic_time ();

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, out, NULL, &status, &error))
    return -1;
  if (!g_spawn_check_wait_status (status, NULL))
    return -1;
  return (double) (g_get_monotonic_time () - start) / G_USEC_PER_SEC;
}

int
main (int argc, char **argv)
{
  const char *python = argc > 2 ? argv[2] : "python3.11";
  g_autofree char *source = NULL, *sim_out = NULL, *py_out = NULL;
  gsize length, bytes;
  guint n_events, n_heap_events, n_collections;
  gsize reason_bytes = 0;
  double t_sim = G_MAXDOUBLE, t_py, best_cpu[2] = { G_MAXDOUBLE, G_MAXDOUBLE }, best_wall[2] = { G_MAXDOUBLE, G_MAXDOUBLE };

  if (argc < 2)
    {
      fprintf (stderr, "usage: %s SCRIPT.py [PYTHON]\n", argv[0]);
      return 2;
    }
  if (!g_file_get_contents (argv[1], &source, &length, NULL))
    return 2;
  for (int round = 0; round < ROUNDS; round++)
    for (int reasons = 0; reasons < 2; reasons++)
      {
        double cpu, wall;
        gsize rb;

        g_clear_pointer (&sim_out, g_free);
        wall = run_simulator (argv[1], source, length, reasons, &cpu, &sim_out, &n_events, &n_heap_events,
                              &bytes, &rb, &n_collections);
        best_cpu[reasons] = MIN (best_cpu[reasons], cpu);
        best_wall[reasons] = MIN (best_wall[reasons], wall);
        if (reasons)
          reason_bytes = rb;
      }
  t_sim = best_wall[1];
  t_py = run_cpython (python, argv[1], &py_out);
  printf ("%s\n", argv[1]);
  printf ("  PyMem Lab, full history kept: %.3f s, %u object events + %u allocator events, %.1f MiB of history\n",
          t_sim, n_events, n_heap_events, (double) bytes / (1024 * 1024));
  printf ("  collections (including shutdown's): %u, %.0f per second of the run\n", n_collections,
          n_collections / t_sim);
  printf ("  why each count changed, best of %d alternating runs, CPU time:\n", ROUNDS);
  printf ("    without the record: %.3f s (wall %.3f s)\n", best_cpu[0], best_wall[0]);
  printf ("    with the record:    %.3f s (wall %.3f s), %+.1f %% CPU\n", best_cpu[1], best_wall[1],
          100.0 * (best_cpu[1] / best_cpu[0] - 1.0));
  printf ("    the record: %.1f MiB, %.2f bytes per object event\n", (double) reason_bytes / (1024 * 1024),
          (double) reason_bytes / MAX (n_events, 1));
  if (t_py < 0)
    {
      printf ("  %s: not available, no ratio\n", python);
      return 0;
    }
  printf ("  %s: %.3f s (process, start-up included)\n", python, t_py);
  printf ("  ratio PyMem Lab / CPython: %.2f (target <= 3)\n", t_sim / t_py);
  if (g_strcmp0 (sim_out, py_out) == 0)
    printf ("  outputs agree\n");
  else
    printf ("  outputs differ:\n--- PyMem Lab\n%s--- %s\n%s", sim_out, python, py_out);
  return 0;
}
