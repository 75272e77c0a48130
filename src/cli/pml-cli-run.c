/* pml-cli-run.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <unistd.h>
#include <glib/gi18n.h>

#include "pml-cli.h"
#include "pml-cli-run-output.h"
#include "pml-py.h"

/* `pymemlab run SCRIPT.py`: runs a scenario headless and prints what
 * CPython would print; the exit status is the script's. */

#define DEFAULT_MAX_STEPS 10000000

typedef struct
{
  gboolean  malloc_stats;
  gboolean  json;
  gboolean  narrate;
  gboolean  gc_log;
  gint64    max_steps;
  char     *max_memory;
  char     *preset;
  char     *trace_out;
} RunOptions;

static void
run_options_clear (RunOptions *options)
{
  g_clear_pointer (&options->preset, g_free);
  g_clear_pointer (&options->max_memory, g_free);
  g_clear_pointer (&options->trace_out, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (RunOptions, run_options_clear)

static void
write_through (gboolean is_stderr, const char *text, gsize len, gpointer data)
{
  gboolean *quiet_stdout = data;

  if (is_stderr)
    {
      fwrite (text, 1, len, stderr);
      fflush (stderr);
    }
  else if (!*quiet_stdout)
    fwrite (text, 1, len, stdout);
}


/* A SyntaxError the way CPython reports it: the file and line, the source
 * line with a caret, then "SyntaxError: message" (IndentationError for the
 * indentation messages). The parser's message is "PATH:LINE:COL: text". */
static gboolean
print_syntax_error (const char *path, const char *source, gsize length, const char *message)
{
  const char *text;
  int line = 0, col = 0, end_line = 0, end_col = 0;
  g_autofree char *msg = NULL;
  const char *kind = "SyntaxError";
  gsize start = 0, end;

  if (!pml_script_error_location (message, path, &line, &col, &end_line, &end_col, &text))
    return FALSE;
  msg = g_strdup (text);
  /* our generic errors name what was expected; CPython's just say so */
  if (g_str_has_prefix (msg, "invalid syntax: "))
    msg[strlen ("invalid syntax")] = '\0';
  if (g_str_has_prefix (msg, "expected an indented block") || g_str_has_prefix (msg, "unindent does not match")
      || g_str_has_prefix (msg, "unexpected indent") || g_str_has_prefix (msg, "unexpected unindent")
      || g_str_has_prefix (msg, "too many levels of indentation"))
    kind = "IndentationError";
  else if (g_str_has_prefix (msg, "inconsistent use of tabs and spaces"))
    kind = "TabError";
  /* "\n", "\r\n" or a lone "\r" end a line */
  for (int l = 1; l < line && start < length; start++)
    if (source[start] == '\n' || (source[start] == '\r' && (start + 1 >= length || source[start + 1] != '\n')))
      l++;
  for (end = start; end < length && source[end] != '\n' && source[end] != '\r'; end++)
    ;
  fprintf (stderr, "  File \"%s\", line %d\n", path, line);
  if (end > start)
    {
      gsize indent = 0;
      int width;

      while (start + indent < end && (source[start + indent] == ' ' || source[start + indent] == '\t'))
        indent++;
      fprintf (stderr, "    %.*s\n", (int) (end - start - indent), source + start + indent);
      /* a range that goes on to a later line is underlined to the end of
         this one */
      if (end_line > line)
        end_col = (int) (end - start) + 1;
      width = MAX (end_col - col, 1);
      /* CPython points after the line at an unindent that matches no
         level, and nowhere for the tokenizer's other indentation errors */
      if (g_str_has_prefix (msg, "unindent does not match"))
        fprintf (stderr, "    %*s^\n", (int) (end - start - indent), "");
      else if (strcmp (kind, "SyntaxError") == 0 || g_str_has_prefix (msg, "expected an indented block"))
        {
          g_autofree char *carets = g_strnfill ((gsize) width, '^');

          fprintf (stderr, "    %*s%s\n", MAX (col - 1 - (int) indent, 0), "", carets);
        }
    }
  fprintf (stderr, "%s: %s\n", kind, msg);
  return TRUE;
}

int
pml_cli_run (int    argc,
             char **argv)
{
  g_auto(RunOptions) options = { FALSE, FALSE, FALSE, FALSE, DEFAULT_MAX_STEPS, NULL, NULL, NULL };
  GOptionEntry entries[] = {
    { "malloc-stats", 0, 0, G_OPTION_ARG_NONE, &options.malloc_stats,
      N_("Print _PyObject_DebugMallocStats () after the run"), NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &options.json,
      N_("Write the event stream as JSON lines instead of the script's output"), NULL },
    { "narrate", 0, 0, G_OPTION_ARG_NONE, &options.narrate,
      N_("Write, line by line, why each reference count changed, instead of the script's output"), NULL },
    { "gc-log", 0, 0, G_OPTION_ARG_NONE, &options.gc_log,
      N_("Describe each collection of the cycle collector on standard error"), NULL },
    { "max-steps", 0, 0, G_OPTION_ARG_INT64, &options.max_steps,
      N_("Stop after this many executed lines (default 10000000, 0: no limit)"), N_("N") },
    { "max-memory", 0, 0, G_OPTION_ARG_STRING, &options.max_memory,
      N_("Stop a run that makes the process hold more than this (default 2G, 0: no limit)"), N_("SIZE") },
    { "preset", 0, 0, G_OPTION_ARG_STRING, &options.preset, N_("The CPython version to simulate"), N_("NAME") },
    { "trace-out", 0, 0, G_OPTION_ARG_FILENAME, &options.trace_out,
      N_("Write the run's allocation requests as a trace"), N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("SCRIPT.py — run a scenario"));
  g_autoptr(GError) error = NULL;
  g_autofree char *source = NULL;
  g_autofree char *script_path = NULL;
  gsize length;
  const PmlPreset *preset = pml_preset_get_default ();
  g_autoptr(PmlHeap) heap = NULL;
  PmlInterpOptions interp_options = { 0 };
  PmlInterp *interp;
  gboolean quiet_stdout;
  int status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return pml_cli_fail (error->message);
  if (argc != 2)
    return pml_cli_fail (_("run needs exactly one SCRIPT.py"));
  if (options.max_steps < 0)
    return pml_cli_fail (_("--max-steps must not be negative"));
  if (options.max_memory != NULL && !pml_cli_parse_size (options.max_memory, &interp_options.max_memory))
    return pml_cli_fail (_("--max-memory takes a size: 512M, 2G, or 0 for no limit"));
  if (options.preset != NULL && (preset = pml_preset_lookup (options.preset)) == NULL)
    {
      g_autofree char *known = g_strjoinv (", ", (char **) pml_preset_list_names ());
      g_autofree char *msg = g_strdup_printf (_("unknown preset “%s” (known presets: %s)"), options.preset, known);

      return pml_cli_fail (msg);
    }
  if (!g_file_get_contents (argv[1], &source, &length, &error))
    {
      g_autofree char *msg = g_strdup_printf ("%s: %s", argv[1],
                                              g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT)
                                              ? _("no such script") : error->message);

      return pml_cli_fail (msg);
    }

  heap = pml_heap_new (preset);
  interp_options.max_steps = (guint64) options.max_steps;
  interp_options.record_events = options.json || options.narrate;
  interp_options.record_requests = options.trace_out != NULL;
  interp_options.gc_log = options.gc_log;
  interp = pml_interp_new (heap, &interp_options);
  /* CPython names the script by its absolute path (__file__, tracebacks) */
  script_path = g_canonicalize_filename (argv[1], NULL);
  if (!pml_interp_load (interp, script_path, source, length, &error))
    {
      pml_interp_free (interp);
      if (g_error_matches (error, PML_SCRIPT_ERROR, PML_SCRIPT_ERROR_SYNTAX)
          && print_syntax_error (script_path, source, length, error->message))
        return 1;   /* what python3 exits with on a SyntaxError */
      if (g_error_matches (error, PML_SCRIPT_ERROR, PML_SCRIPT_ERROR_UNLOCATED))
        {
          /* CPython prints only its MemoryError or RecursionError */
          const char *what = strstr (error->message + strlen (argv[1]), ": ");

          fprintf (stderr, "%s\n", what != NULL ? what + 2 : error->message);
          return 1;
        }
      fprintf (stderr, "%s\n", error->message);
      return PML_CLI_EXIT_BAD_INPUT;
    }
  pml_interp_set_argv0 (interp, argv[1]);
  quiet_stdout = options.json || options.narrate;
  pml_interp_set_output (interp, write_through, &quiet_stdout);
  status = pml_interp_run (interp);
  status = pml_cli_check_output (status);
  if (pml_interp_hit_max_steps (interp))
    {
      fprintf (stderr, _("%s: %s: stopped after %lld steps (--max-steps): the scenario may never end\n"),
               g_get_prgname (), argv[1], (long long) options.max_steps);
      status = PML_CLI_EXIT_BAD_INPUT;
    }
  else if (pml_interp_hit_memory_budget (interp, NULL))
    {
      pml_cli_report_memory_budget (interp, argv[1], interp_options.max_memory);
      status = PML_CLI_EXIT_BAD_INPUT;
    }
  if (options.json)
    pml_cli_run_write_json (interp, stdout);
  else if (options.narrate)
    pml_cli_run_write_narration (interp, stdout);
  if (options.trace_out != NULL && !pml_cli_run_write_trace (interp, options.trace_out, &error))
    {
      fprintf (stderr, "%s: %s\n", g_get_prgname (), error->message);
      status = PML_CLI_EXIT_BAD_INPUT;
    }
  if (options.malloc_stats)
    {
      g_autofree char *stats = pml_heap_format_malloc_stats (heap);

      fputs (stats, stdout);
    }
  pml_interp_free (interp);
  return status;
}
