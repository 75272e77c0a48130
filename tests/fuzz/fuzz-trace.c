/* fuzz-trace.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>

#include "pml-preset.h"
#include "pml-replay.h"
#include "pml-trace.h"

/* The trace reader: any bytes parsed as a trace (pml_trace_parse); bytes
 * that start as gzip data go through pml_trace_load's inflating path from
 * a file, as `pymemlab replay FILE.trace.gz` reads them. A trace that
 * parses is then replayed on the heap of its preset, as replay does. */

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static char *gzip_path;

static void
remove_gzip_file (void)
{
  g_unlink (gzip_path);
}

static PmlTrace *
load_through_file (const uint8_t *data,
                   size_t         size)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  PmlTrace *trace;

  /* one file, rewritten for each input */
  if (gzip_path == NULL)
    {
      int fd = g_file_open_tmp ("pml-fuzz-XXXXXX.trace.gz", &gzip_path, NULL);

      g_assert (fd >= 0);
      close (fd);
      atexit (remove_gzip_file);
    }
  if (!g_file_set_contents (gzip_path, (const char *) data, (gssize) size, NULL))
    g_error ("cannot write %s", gzip_path);
  file = g_file_new_for_path (gzip_path);
  trace = pml_trace_load (file, &error);
  g_assert ((trace == NULL) == (error != NULL));
  return trace;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(PmlTrace) trace = NULL;
  g_autoptr(PmlHeap) heap = NULL;
  g_autoptr(PmlReplay) replay = NULL;
  g_autoptr(GError) error = NULL;
  const PmlPreset *preset = pml_preset_get_default ();

  if (size >= 2 && data[0] == 0x1f && data[1] == 0x8b)
    trace = load_through_file (data, size);
  else
    {
      trace = pml_trace_parse ("fuzz.trace", (const char *) data, size, &error);
      g_assert ((trace == NULL) == (error != NULL));
    }
  if (trace == NULL)
    return 0;

  if (trace->preset_name != NULL && pml_preset_lookup (trace->preset_name) != NULL)
    preset = pml_preset_lookup (trace->preset_name);
  heap = pml_heap_new (preset);
  replay = pml_replay_new (trace, heap, TRUE);
  g_clear_error (&error);
  pml_replay_run (replay, trace->requests->len, &error);
  return 0;
}
