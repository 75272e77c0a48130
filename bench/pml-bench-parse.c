/* pml-bench-parse.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "pml-bench-trace-old.h"

/* pml-bench-parse TRACE: the cost per request of opening a trace, beside
 * baselines measured in the same run, alternating, best of ROUNDS:
 *
 * - read: mapping the file and finding its line ends (memchr), the least
 *   any reader does;
 * - old parser: the parser before the one-pass scanner, on the same text;
 * - parse: pml_trace_parse on the same text;
 * - load: pml_trace_load, file to requests, plain and gzip (the gzip copy
 *   is written next to TRACE), beside inflating alone.
 *
 * Times are the process's CPU time (the file is in the page cache, so
 * nothing waits for the disk): on a machine shared with other jobs the
 * wall clock measures the others too. The wall clock of the whole run is
 * printed beside. It checks that both parsers give the same requests.
 * Asserts nothing about the times. */

#define ROUNDS 7

static double
now_ns (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e9 + ts.tv_nsec;
}

/* mapping and counting lines: what reading the bytes costs */
static double
time_read (const char *path,
           guint      *out_lines)
{
  double t = now_ns ();
  g_autoptr(GMappedFile) mapped = g_mapped_file_new (path, FALSE, NULL);
  const char *p = g_mapped_file_get_contents (mapped);
  const char *end = p + g_mapped_file_get_length (mapped);
  guint lines = 0;

  while ((p = memchr (p, '\n', end - p)) != NULL)
    {
      p++;
      lines++;
    }
  *out_lines = lines;
  return now_ns () - t;
}

/* inflating the gzip copy to memory, without parsing */
static double
time_inflate (GFile *file)
{
  double t = now_ns ();
  g_autoptr(GFileInputStream) input = g_file_read (file, NULL, NULL);
  g_autoptr(GConverter) decompressor = G_CONVERTER (g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP));
  g_autoptr(GInputStream) inflated = g_converter_input_stream_new (G_INPUT_STREAM (input), decompressor);
  g_autoptr(GByteArray) text = g_byte_array_new ();
  g_autofree guint8 *chunk = g_malloc (256 * 1024);
  gssize n;

  while ((n = g_input_stream_read (inflated, chunk, 256 * 1024, NULL, NULL)) > 0)
    g_byte_array_append (text, chunk, (guint) n);
  return now_ns () - t;
}

static void
check (PmlTrace   *trace,
       GError     *error,
       const char *what)
{
  if (trace == NULL)
    {
      fprintf (stderr, "%s: %s\n", what, error->message);
      exit (EXIT_FAILURE);
    }
}

static gboolean
same_requests (PmlTrace *a,
               PmlTrace *b)
{
  if (a->requests->len != b->requests->len || a->n_slots != b->n_slots || a->n_lines != b->n_lines ||
      a->arena_maps->len != b->arena_maps->len || a->arena_unmaps->len != b->arena_unmaps->len ||
      g_strcmp0 (a->preset_name, b->preset_name) != 0)
    return FALSE;

  for (guint i = 0; i < a->requests->len; i++)
    {
      const PmlTraceRequest *x = &g_array_index (a->requests, PmlTraceRequest, i);
      const PmlTraceRequest *y = &g_array_index (b->requests, PmlTraceRequest, i);

      if (x->op != y->op || x->line != y->line || x->slot != y->slot || x->old_slot != y->old_slot ||
          x->size != y->size || x->elsize != y->elsize || x->recorded != y->recorded)
        return FALSE;
    }
  return TRUE;
}

static void
write_gzip_copy (const char *text,
                 gsize       length,
                 GFile      *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GConverter) compressor = G_CONVERTER (g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP, 6));
  g_autoptr(GFileOutputStream) out = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, &error);
  g_autoptr(GOutputStream) gz = NULL;

  if (out == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      exit (EXIT_FAILURE);
    }
  gz = g_converter_output_stream_new (G_OUTPUT_STREAM (out), compressor);
  if (!g_output_stream_write_all (gz, text, length, NULL, NULL, &error) ||
      !g_output_stream_close (gz, NULL, &error))
    {
      fprintf (stderr, "%s\n", error->message);
      exit (EXIT_FAILURE);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GMappedFile) mapped = NULL;
  g_autoptr(GFile) plain = NULL;
  g_autoptr(GFile) gzip = NULL;
  g_autofree char *gzip_path = NULL;
  double best_read = G_MAXDOUBLE, best_old = G_MAXDOUBLE, best_new = G_MAXDOUBLE;
  double best_load = G_MAXDOUBLE, best_inflate = G_MAXDOUBLE, best_load_gzip = G_MAXDOUBLE;
  const char *text;
  gsize length;
  guint n_requests = 0, n_lines = 0;
  gboolean same = TRUE;
  gint64 wall = g_get_monotonic_time ();
  double cpu = now_ns ();

  if (argc != 2)
    {
      fprintf (stderr, "usage: %s TRACE\n", argv[0]);
      return EXIT_FAILURE;
    }

  mapped = g_mapped_file_new (argv[1], FALSE, &error);
  if (mapped == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return EXIT_FAILURE;
    }
  text = g_mapped_file_get_contents (mapped);
  length = g_mapped_file_get_length (mapped);
  plain = g_file_new_for_commandline_arg (argv[1]);
  gzip_path = g_strconcat (argv[1], ".gz", NULL);
  gzip = g_file_new_for_path (gzip_path);
  write_gzip_copy (text, length, gzip);

  for (int round = 0; round < ROUNDS; round++)
    {
      g_autoptr(PmlTrace) old_trace = NULL;
      g_autoptr(PmlTrace) new_trace = NULL;
      g_autoptr(PmlTrace) loaded = NULL;
      double t;

      best_read = MIN (best_read, time_read (argv[1], &n_lines));

      t = now_ns ();
      old_trace = pml_bench_old_trace_parse (argv[1], text, length, &error);
      best_old = MIN (best_old, now_ns () - t);
      check (old_trace, error, "old parser");

      t = now_ns ();
      new_trace = pml_trace_parse (argv[1], text, length, &error);
      best_new = MIN (best_new, now_ns () - t);
      check (new_trace, error, "parse");
      same = same && same_requests (old_trace, new_trace);
      n_requests = new_trace->requests->len;
      g_clear_pointer (&old_trace, pml_trace_free);
      g_clear_pointer (&new_trace, pml_trace_free);

      t = now_ns ();
      loaded = pml_trace_load (plain, &error);
      best_load = MIN (best_load, now_ns () - t);
      check (loaded, error, "load");
      same = same && loaded->requests->len == n_requests;
      g_clear_pointer (&loaded, pml_trace_free);

      best_inflate = MIN (best_inflate, time_inflate (gzip));

      t = now_ns ();
      loaded = pml_trace_load (gzip, &error);
      best_load_gzip = MIN (best_load_gzip, now_ns () - t);
      check (loaded, error, "load gzip");
      same = same && loaded->requests->len == n_requests;
    }
  g_file_delete (gzip, NULL, NULL);
  wall = g_get_monotonic_time () - wall;
  cpu = now_ns () - cpu;

  printf ("trace:                  %s, %u requests, %u lines, %.1f MB\n", argv[1], n_requests, n_lines,
          length / 1e6);
  printf ("the whole run: %.2f s CPU time in %.2f s of wall clock\n", cpu / 1e9, wall / 1e6);
  printf ("best of %d, ns of CPU time per request:\n", ROUNDS);
  printf ("  read (map + memchr):  %6.1f\n", best_read / n_requests);
  printf ("  old parser:           %6.1f\n", best_old / n_requests);
  printf ("  parse:                %6.1f  (old/new %.2f, parse/read %.2f; target <= 150: %s)\n",
          best_new / n_requests, best_old / best_new, best_new / best_read,
          best_new / n_requests <= 150 ? "met" : "missed");
  printf ("  load, plain file:     %6.1f  (target <= 150: %s)\n", best_load / n_requests,
          best_load / n_requests <= 150 ? "met" : "missed");
  printf ("  inflate gzip alone:   %6.1f\n", best_inflate / n_requests);
  printf ("  load, gzip file:      %6.1f  (load - inflate %.1f)\n", best_load_gzip / n_requests,
          (best_load_gzip - best_inflate) / n_requests);
  printf ("same requests from both parsers: %s\n", same ? "yes" : "NO");

  return same ? EXIT_SUCCESS : EXIT_FAILURE;
}
