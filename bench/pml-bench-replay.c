/* pml-bench-replay.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>

#include "pml-bench-cpython.h"
#include "pml-replay.h"

/* pml-bench-replay TRACE: parse time, engine time per request with the
 * full undo history, history bytes and peak memory per event, and the
 * same requests through CPython's real allocator, measured side by side
 * in this one run. Reports; asserts nothing. */

#define RUNS 7

static double
now_ns (void)
{
  return g_get_monotonic_time () * 1000.0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PmlTrace) trace = NULL;
  double parse_ns, best_engine = G_MAXDOUBLE, best_real = G_MAXDOUBLE;
  gsize history_bytes = 0;
  guint n_events = 0, n_requests;
  struct rusage usage;

  if (argc != 2)
    {
      fprintf (stderr, "usage: %s TRACE\n", argv[0]);
      return EXIT_FAILURE;
    }

  file = g_file_new_for_commandline_arg (argv[1]);
  parse_ns = now_ns ();
  trace = pml_trace_load (file, &error);
  parse_ns = now_ns () - parse_ns;
  if (trace == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return EXIT_FAILURE;
    }
  n_requests = trace->requests->len;

  /* alternate the two, so that both see the same machine load */
  for (int run = 0; run < RUNS; run++)
    {
      g_autoptr(PmlHeap) heap = pml_heap_new (NULL);
      g_autoptr(PmlReplay) replay = pml_replay_new (trace, heap, FALSE);
      double real_ns, engine_ns = now_ns ();

      if (!pml_replay_run (replay, G_MAXUINT, &error))
        {
          fprintf (stderr, "%s\n", error->message);
          return EXIT_FAILURE;
        }
      engine_ns = now_ns () - engine_ns;
      best_engine = MIN (best_engine, engine_ns);
      history_bytes = pml_heap_get_history_bytes (heap);
      n_events = pml_heap_get_n_events (heap);

      real_ns = pml_bench_cpython_run (trace);
      if (real_ns >= 0)
        best_real = MIN (best_real, real_ns);
    }

  getrusage (RUSAGE_SELF, &usage);

  printf ("trace:                %s\n", trace->display_name);
  printf ("requests:             %u\n", n_requests);
  printf ("events:               %u (%.2f per request)\n", n_events, (double) n_events / n_requests);
  printf ("parse:                %.1f ms, %.1f ns per request\n", parse_ns / 1e6, parse_ns / n_requests);
  printf ("engine (best of %d):   %.1f ms, %.1f ns per request, full undo history kept\n", RUNS,
          best_engine / 1e6, best_engine / n_requests);
  printf ("history:              %.1f bytes per event (target <= 24: %s)\n", (double) history_bytes / n_events,
          (double) history_bytes / n_events <= 24 ? "met" : "missed");
  printf ("peak RSS:             %.1f MiB, %.1f bytes per event (trace, heap and history)\n",
          usage.ru_maxrss / 1024.0, usage.ru_maxrss * 1024.0 / n_events);
  if (best_real < G_MAXDOUBLE)
    {
      printf ("CPython 3.11 (best):  %.1f ms, %.1f ns per request\n", best_real / 1e6, best_real / n_requests);
      printf ("ratio engine/real:    %.2f (target <= 1.0: %s)\n", best_engine / best_real,
              best_engine / best_real <= 1.0 ? "met" : "missed");
    }
  else
    {
      printf ("CPython 3.11:         not measured (built without libpython3.11)\n");
    }

  return EXIT_SUCCESS;
}
