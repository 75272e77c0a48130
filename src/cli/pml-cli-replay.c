/* pml-cli-replay.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "pml-cli.h"
#include "pml-cli-json.h"
#include "pml-replay.h"

typedef struct
{
  gboolean  malloc_stats;
  gboolean  verify;
  gboolean  json;
  gint64    step;
  char     *preset;
  char     *arena_bases;
} ReplayOptions;

static void
replay_options_clear (ReplayOptions *options)
{
  g_clear_pointer (&options->preset, g_free);
  g_clear_pointer (&options->arena_bases, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ReplayOptions, replay_options_clear)

static void
append_verify_report (GString   *out,
                      PmlReplay *replay,
                      PmlTrace  *trace)
{
  const PmlReplayMismatch *mismatches;
  guint n_reported;

  g_string_append_printf (out, _("%s: %u requests replayed\n"), trace->display_name, pml_replay_get_n_done (replay));
  g_string_append_printf (out, _("  small blocks compared with the recorded addresses: %zu\n"),
                          pml_replay_get_n_compared (replay));
  g_string_append_printf (out, _("  raw (libc) blocks, tracked by identity: %zu\n"), pml_replay_get_n_raw (replay));
  g_string_append_printf (out, _("  arena maps and unmaps checked: %zu\n"), pml_replay_get_n_arena_checks (replay));
  g_string_append_printf (out, _("  mismatches: %zu\n"), pml_replay_get_n_mismatches (replay));

  mismatches = pml_replay_get_mismatches (replay, &n_reported);
  for (guint i = 0; i < n_reported; i++)
    g_string_append_printf (out, _("%s:%u: %s at 0x%llx in the trace, 0x%llx simulated\n"),
                            trace->display_name, mismatches[i].line, mismatches[i].what,
                            (unsigned long long) mismatches[i].recorded,
                            (unsigned long long) mismatches[i].simulated);
}

static void
append_summary (GString   *out,
                PmlReplay *replay,
                PmlTrace  *trace)
{
  PmlHeap *heap = pml_replay_get_heap (replay);
  PmlHeapCounters counters;

  pml_heap_get_counters (heap, &counters);
  g_string_append_printf (out, _("%s: %u of %u requests replayed with %s\n"), trace->display_name,
                          pml_replay_get_n_done (replay), trace->requests->len,
                          pml_heap_get_preset (heap)->name);
  g_string_append_printf (out, _("  events: %u\n"), pml_heap_get_n_events (heap));
  g_string_append_printf (out, _("  live blocks: %zu\n"), pml_heap_get_allocated_blocks (heap));
  g_string_append_printf (out, _("  arenas: %zu mapped now, %zu ever, %zu at most\n"),
                          counters.narenas_currently_allocated, counters.ntimes_arena_allocated,
                          counters.narenas_highwater);
  g_string_append (out, _("Use --malloc-stats, --json or --verify for details.\n"));
}

int
pml_cli_replay (int    argc,
                char **argv)
{
  g_auto(ReplayOptions) options = { .step = -1 };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(PmlTrace) trace = NULL;
  g_autoptr(PmlHeap) heap = NULL;
  g_autoptr(PmlReplay) replay = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *preset_help = NULL;
  g_autofree char *preset_names = g_strjoinv (", ", (char **) pml_preset_list_names ());
  const PmlPreset *preset;
  guint n_requests;
  gboolean use_recorded;
  int status = PML_CLI_EXIT_OK;
  GOptionEntry entries[] = {
    { "malloc-stats", 0, 0, G_OPTION_ARG_NONE, &options.malloc_stats,
      N_("Print the final state the way CPython's _PyObject_DebugMallocStats () does"), NULL },
    { "verify", 0, 0, G_OPTION_ARG_NONE, &options.verify,
      N_("Check that every small block lands at the address the trace recorded (needs “A” lines)"), NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &options.json,
      N_("Print the allocator state as JSON: arenas, pools, freeblock chains, usedpools"), NULL },
    { "step", 0, 0, G_OPTION_ARG_INT64, &options.step,
      N_("Stop after the first N requests and show that state"), N_("N") },
    { "preset", 0, 0, G_OPTION_ARG_STRING, &options.preset,
      N_("CPython version to simulate (default: the trace's “preset” line, else cpython-3.11)"), N_("NAME") },
    { "arena-bases", 0, 0, G_OPTION_ARG_STRING, &options.arena_bases,
      N_("Where arenas go when the trace records none: “misaligned” (like Linux mmap) or “aligned”"),
      N_("KIND") },
    { NULL }
  };

  context = g_option_context_new (_("TRACE — replay an allocation trace"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  preset_help = g_strdup_printf (_("A trace lists malloc, calloc, realloc and free requests, one per line "
                                   "(see the manual: “Trace files”); it may be gzip-compressed. "
                                   "The simulated allocator replays them exactly as CPython's pymalloc would.\n\n"
                                   "Presets: %s\n\n"
                                   "Exit status: 0 on success, 1 when --verify finds a mismatch, "
                                   "2 for bad input."),
                                 preset_names);
  g_option_context_set_description (context, preset_help);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return pml_cli_fail (error->message);

  if (argc != 2)
    return pml_cli_fail (argc < 2 ? _("replay needs a trace file (see “pymemlab replay --help”)")
                          : _("replay takes one trace file"));
  if (options.arena_bases != NULL && !g_str_equal (options.arena_bases, "aligned") &&
      !g_str_equal (options.arena_bases, "misaligned"))
    return pml_cli_fail (_("--arena-bases takes “aligned” or “misaligned”"));

  file = g_file_new_for_commandline_arg (argv[1]);
  trace = pml_trace_load (file, &error);
  if (trace == NULL)
    return pml_cli_fail (error->message);

  preset = pml_cli_choose_preset (options.preset, trace, &error);
  if (preset == NULL || !pml_cli_requests_for_step (options.step, trace, &n_requests, &error))
    return pml_cli_fail (error->message);

  if (options.verify && trace->arena_maps->len == 0)
    {
      g_autofree char *message = g_strdup_printf (_("%s records no arena addresses (“A” lines), so there is nothing to verify against"),
                                                  trace->display_name);
      return pml_cli_fail (message);
    }

  heap = pml_heap_new (preset);
  if (g_strcmp0 (options.arena_bases, "aligned") == 0)
    pml_heap_set_arena_bases (heap, PML_ARENA_BASES_ALIGNED);

  use_recorded = options.arena_bases == NULL;
  replay = pml_replay_new (trace, heap, use_recorded);
  if (!pml_replay_run (replay, n_requests, &error))
    return pml_cli_fail (error->message);

  if (options.verify)
    {
      append_verify_report (out, replay, trace);
      if (pml_replay_get_n_mismatches (replay) > 0)
        status = PML_CLI_EXIT_FAILED;
    }

  if (options.malloc_stats)
    {
      g_autofree char *stats = pml_heap_format_malloc_stats (heap);

      g_string_append (out, stats);
    }

  if (options.json)
    {
      g_autoptr(JsonNode) root = pml_cli_heap_to_json (heap);
      g_autofree char *text = json_to_string (root, TRUE);

      g_string_append (out, text);
      g_string_append_c (out, '\n');
    }

  if (!options.verify && !options.malloc_stats && !options.json)
    append_summary (out, replay, trace);

  fwrite (out->str, 1, out->len, stdout);
  return status;
}
