/* pml-cli.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <glib/gi18n.h>

#include "pml-cli.h"
#include "pml-py.h"

typedef struct
{
  const char *name;
  int       (*run) (int argc, char **argv);
  const char *summary;
} Subcommand;

static const Subcommand subcommands[] = {
  { "run", pml_cli_run, N_("Run a scenario script and print what CPython would print") },
  { "replay", pml_cli_replay, N_("Replay an allocation trace on the simulated pymalloc") },
  { "export", pml_cli_export, N_("Draw the allocator's state as a PNG, SVG or PDF diagram") },
  { "handout", pml_cli_handout, N_("Draw a scenario as a PDF handout, one page per step") },
  { "diff", pml_cli_diff, N_("Show what differs when a scenario runs under two CPython versions") },
  { "record", pml_cli_record, N_("Record a real Python program's allocations as a trace") },
};

static const Subcommand *
find_subcommand (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (subcommands); i++)
    if (g_str_equal (subcommands[i].name, name))
      return &subcommands[i];

  return NULL;
}

static gboolean
is_help_or_version (const char *arg)
{
  return g_str_equal (arg, "--help") || g_str_equal (arg, "-h") ||
         g_str_equal (arg, "help") || g_str_equal (arg, "--version");
}

/* `pymemlab FILE` opens FILE in the window; a first word that is neither
 * an option nor an existing file is taken as a mistyped command, so it
 * gets a message instead of a window. */
/* Prints "pymemlab: MESSAGE" and gives the bad-input exit status */
int
pml_cli_fail (const char *message)
{
  fprintf (stderr, "%s: %s\n", g_get_prgname (), message);
  return PML_CLI_EXIT_BAD_INPUT;
}

/* --max-memory: bytes, or with K, M or G (powers of 1024); 0 is no limit */
gboolean
pml_cli_parse_size (const char *text,
                    guint64    *out_bytes)
{
  char *end = NULL;
  guint64 n, unit = 1;

  if (!g_ascii_isdigit (*text))
    return FALSE;
  n = g_ascii_strtoull (text, &end, 10);
  switch (g_ascii_toupper (*end))
    {
    case 'K': unit = 1 << 10; end++; break;
    case 'M': unit = 1 << 20; end++; break;
    case 'G': unit = 1 << 30; end++; break;
    default: break;
    }
  if (*end == 'i' && unit > 1)
    end++;
  if (g_ascii_toupper (*end) == 'B')
    end++;
  if (*end != '\0' || n > G_MAXUINT64 / unit)
    return FALSE;
  *out_bytes = n == 0 ? G_MAXUINT64 : n * unit;
  return TRUE;
}

/* "pymemlab: FILE: stopped at line N: the run's history reached the memory
 * budget (2.0 GiB; --max-memory changes it)" */
void
pml_cli_report_memory_budget (PmlInterp  *interp,
                              const char *path,
                              guint64     max_memory)
{
  g_autofree char *size = g_format_size_full (max_memory == 0 ? PML_INTERP_DEFAULT_MAX_MEMORY : max_memory,
                                              G_FORMAT_SIZE_IEC_UNITS);
  char *nbsp;
  gint32 line = 0;

  /* GLib puts a no-break space before the unit: a terminal wants a plain one */
  while ((nbsp = strstr (size, "\xc2\xa0")) != NULL)
    {
      *nbsp = ' ';
      memmove (nbsp + 1, nbsp + 2, strlen (nbsp + 2) + 1);
    }

  pml_interp_hit_memory_budget (interp, &line);
  fprintf (stderr, _("%s: %s: stopped at line %d: the run's history reached the memory budget "
                     "(%s; --max-memory changes it)\n"), g_get_prgname (), path, line, size);
}

/* --preset, else the trace's "preset" line, else the default */
const PmlPreset *
pml_cli_choose_preset (const char  *option,
                       PmlTrace    *trace,
                       GError     **error)
{
  const char *name = option != NULL ? option : trace->preset_name;
  const PmlPreset *preset;

  if (name == NULL)
    return pml_preset_get_default ();

  preset = pml_preset_lookup (name);
  if (preset == NULL)
    {
      g_autofree char *known = g_strjoinv (", ", (char **) pml_preset_list_names ());

      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   option != NULL ? _("unknown preset “%s” (known presets: %s)")
                                  : _("the trace names an unknown preset “%s” (known presets: %s)"),
                   name, known);
    }

  return preset;
}

/* --step N: how many requests to replay; -1 (not given) means all */
gboolean
pml_cli_requests_for_step (gint64       step,
                           PmlTrace    *trace,
                           guint       *out_n_requests,
                           GError     **error)
{
  if (step < -1)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--step takes a number of requests, 0 or more"));
      return FALSE;
    }
  if (step > (gint64) trace->requests->len)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--step %lld is past the end of %s (%u requests)"),
                   (long long) step, trace->display_name, trace->requests->len);
      return FALSE;
    }

  *out_n_requests = step >= 0 ? (guint) step : trace->requests->len;
  return TRUE;
}

gboolean
pml_cli_wants_command_line (int    argc,
                            char **argv)
{
  if (argc < 2)
    return FALSE;

  if (find_subcommand (argv[1]) != NULL || is_help_or_version (argv[1]))
    return TRUE;

  return argv[1][0] != '-' && !g_file_test (argv[1], G_FILE_TEST_EXISTS);
}

static void
print_usage (FILE *stream)
{
  fprintf (stream, "%s\n  pymemlab [FILE…]\n  pymemlab COMMAND [OPTION…]\n\n", _("Usage:"));
  fprintf (stream, "%s\n\n",
           _("PyMem Lab shows, step by step, how CPython manages memory. Without a command "
             "it opens the window (on FILE, a scenario or a trace, if given)."));
  fprintf (stream, "%s\n", _("Commands (they need no display):"));
  for (guint i = 0; i < G_N_ELEMENTS (subcommands); i++)
    fprintf (stream, "  %-10s %s\n", subcommands[i].name, _(subcommands[i].summary));
  fprintf (stream, "\n%s\n", _("Run “pymemlab COMMAND --help” for the options of a command."));
}

/* What the command printed must have reached standard output: a full
 * disk or a closed pipe fails the command (with python3's status for it)
 * instead of losing the output */
int
pml_cli_check_output (int status)
{
  if (fflush (stdout) != 0)
    fprintf (stderr, _("%s: could not write to standard output: %s\n"), g_get_prgname (), g_strerror (errno));
  else if (ferror (stdout))
    /* an earlier flush failed; its reason is gone */
    fprintf (stderr, _("%s: could not write all of the output to standard output\n"), g_get_prgname ());
  else
    return status;
  /* reported once */
  clearerr (stdout);
  return PML_CLI_EXIT_OUTPUT_LOST;
}

int
pml_cli_main (int    argc,
              char **argv)
{
  const Subcommand *subcommand;

  g_set_prgname ("pymemlab");

  if (argc < 2)
    {
      print_usage (stderr);
      return PML_CLI_EXIT_BAD_INPUT;
    }

  if (g_str_equal (argv[1], "--version"))
    {
      printf ("pymemlab %s\n", PACKAGE_VERSION);
      return pml_cli_check_output (PML_CLI_EXIT_OK);
    }

  if (is_help_or_version (argv[1]))
    {
      print_usage (stdout);
      return pml_cli_check_output (PML_CLI_EXIT_OK);
    }

  subcommand = find_subcommand (argv[1]);
  if (subcommand == NULL)
    {
      fprintf (stderr, _("%s: unknown command “%s”\n\n"), g_get_prgname (), argv[1]);
      print_usage (stderr);
      return PML_CLI_EXIT_BAD_INPUT;
    }

  return pml_cli_check_output (subcommand->run (argc - 1, argv + 1));
}
