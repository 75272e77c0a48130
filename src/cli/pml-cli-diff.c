/* pml-cli-diff.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "pml-cli.h"
#include "pml-version-diff.h"

/* `pymemlab diff --preset A --preset B SCRIPT.py`: the script under two
 * CPython versions, and, line by line, what a teacher would point out
 * between them, as plain text for a handout (pml-version-diff.c). */

static const PmlPreset *
lookup_preset (const char *name)
{
  const PmlPreset *preset = pml_preset_lookup (name);

  if (preset == NULL)
    {
      g_autofree char *names = g_strjoinv (", ", (char **) pml_preset_list_names ());
      g_autofree char *msg = g_strdup_printf (_("unknown preset “%s” (expected one of %s)"), name, names);

      pml_cli_fail (msg);
    }
  return preset;
}

static PmlVersionRun *
run_under (const char      *path,
           const char      *source,
           gsize            length,
           const PmlPreset *preset)
{
  g_autoptr(GError) error = NULL;
  PmlVersionRun *run = pml_version_run_new (path, source, length, preset, &error);

  if (run == NULL)
    /* Translators: a preset's name, then why the script could not run under it */
    fprintf (stderr, _("%s: under %s: %s\n"), g_get_prgname (), preset->name, error->message);
  return run;
}

int
pml_cli_diff (int    argc,
              char **argv)
{
  g_auto(GStrv) presets = NULL;
  GOptionEntry entries[] = {
    { "preset", 0, 0, G_OPTION_ARG_STRING_ARRAY, &presets,
      N_("A CPython version to simulate (give it twice)"), N_("NAME") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("SCRIPT.py — what differs between two CPython versions"));
  g_autofree char *names = g_strjoinv (", ", (char **) pml_preset_list_names ());
  g_autofree char *description = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PmlVersionRun) run_a = NULL;
  g_autoptr(PmlVersionRun) run_b = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *source = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *text = NULL;
  const PmlPreset *a, *b;
  gsize length;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  description = g_strdup_printf (_("Runs the script under both presets and prints, line by line, what differs: "
                                   "pool and arena sizes, allocation requests (a list's growth), "
                                   "sys.getsizeof () and sys.getrefcount () answers, the collector's "
                                   "thresholds and collections, and what the script printed. "
                                   "Presets: %s."), names);
  g_option_context_set_description (context, description);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return pml_cli_fail (error->message);
  if (argc != 2)
    return pml_cli_fail (_("diff needs exactly one SCRIPT.py"));
  if (presets == NULL || g_strv_length (presets) != 2)
    return pml_cli_fail (_("diff needs two presets: --preset A --preset B"));
  if ((a = lookup_preset (presets[0])) == NULL || (b = lookup_preset (presets[1])) == NULL)
    return PML_CLI_EXIT_BAD_INPUT;
  if (!g_file_get_contents (argv[1], &source, &length, &error))
    {
      g_autofree char *msg = g_strdup_printf ("%s: %s", argv[1], g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT)
                                                                 ? _("no such script") : error->message);

      return pml_cli_fail (msg);
    }

  if ((run_a = run_under (argv[1], source, length, a)) == NULL ||
      (run_b = run_under (argv[1], source, length, b)) == NULL)
    return PML_CLI_EXIT_BAD_INPUT;

  rows = pml_version_diff_compute (run_a, run_b);
  basename = g_path_get_basename (argv[1]);
  text = pml_version_diff_format (rows, basename, source, a, b);
  fputs (text, stdout);
  return pml_cli_check_output (PML_CLI_EXIT_OK);
}
