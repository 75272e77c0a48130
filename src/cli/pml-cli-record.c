/* pml-cli-record.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "pml-atomic-file.h"
#include "pml-cli.h"
#ifdef PML_HAVE_RECORD
#include "pml-recorder.h"
#endif

/* `pymemlab record`: run a real Python program in the embedded CPython
 * and write its allocation trace, and CPython's statistics at the end,
 * next to it. Files are written whole or not at all. */

typedef struct
{
  char *output;
  char *preset;
} RecordOptions;

static void
record_options_clear (RecordOptions *options)
{
  g_clear_pointer (&options->output, g_free);
  g_clear_pointer (&options->preset, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (RecordOptions, record_options_clear)

/* NAME.trace[.gz] -> NAME.stats */
static char *
stats_path_for (const char *output)
{
  const char *suffixes[] = { ".trace.gz", ".trace", ".gz" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      if (g_str_has_suffix (output, suffixes[i]))
        {
          g_autofree char *stem = g_strndup (output, strlen (output) - strlen (suffixes[i]));

          return g_strconcat (stem, ".stats", NULL);
        }
    }

  return g_strconcat (output, ".stats", NULL);
}

#ifdef PML_HAVE_RECORD
/* Copies @from (rewound) into @to, compressing when @gzip */
static gboolean
copy_file_into (FILE           *from,
                GOutputStream  *to,
                gboolean        gzip,
                GError        **error)
{
  g_autoptr(GOutputStream) sink = NULL;
  char buffer[1 << 16];
  size_t n;

  if (gzip)
    {
      g_autoptr(GConverter) compressor = G_CONVERTER (g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP, 6));

      sink = g_converter_output_stream_new (to, compressor);
    }
  else
    {
      sink = g_object_ref (to);
    }

  rewind (from);
  while ((n = fread (buffer, 1, sizeof buffer, from)) > 0)
    if (!g_output_stream_write_all (sink, buffer, n, NULL, NULL, error))
      return FALSE;

  return g_output_stream_close (sink, NULL, error);
}

#endif

int
pml_cli_record (int    argc,
                char **argv)
{
  g_auto(RecordOptions) options = { NULL, NULL };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &options.output,
      N_("The trace to write (.trace, or .trace.gz to compress it)"), N_("FILE") },
    { "preset", 0, 0, G_OPTION_ARG_STRING, &options.preset,
      N_("The CPython to record with: cpython-3.11, the one built in"), N_("NAME") },
    { NULL }
  };
  char **script_argv;
  int script_argc;

  context = g_option_context_new (_("-- SCRIPT.py [ARGUMENT…] — record a Python program's allocations"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_description (context,
                                    _("Runs the script in the embedded CPython 3.11 and writes every request "
                                      "it makes to its object and memory allocators, with real addresses, "
                                      "in the trace format; CPython's own statistics at the end of the run "
                                      "go to a .stats file next to the trace. Replay the trace with "
                                      "“pymemlab replay --verify”.\n\n"
                                      "Exit status: the script's; 2 for bad input."));
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return pml_cli_fail (error->message);

  script_argv = argv + 1;
  script_argc = argc - 1;
  if (script_argc > 0 && g_str_equal (script_argv[0], "--"))
    {
      script_argv++;
      script_argc--;
    }

  if (script_argc < 1)
    return pml_cli_fail (_("record needs a script: pymemlab record -o FILE.trace -- SCRIPT.py"));
  if (options.output == NULL)
    return pml_cli_fail (_("record needs an output file: -o FILE.trace"));
  if (options.preset != NULL && !g_str_equal (options.preset, "cpython-3.11"))
    {
      g_autofree char *message = g_strdup_printf (_("record can only record with cpython-3.11, the CPython "
                                                    "built in, not “%s”"), options.preset);
      return pml_cli_fail (message);
    }
  if (!g_file_test (script_argv[0], G_FILE_TEST_IS_REGULAR))
    {
      g_autofree char *message = g_strdup_printf (_("%s: no such script"), script_argv[0]);
      return pml_cli_fail (message);
    }

#ifdef PML_HAVE_RECORD
  {
    g_autoptr(GFile) trace_file = g_file_new_for_commandline_arg (options.output);
    g_autofree char *stats_name = stats_path_for (options.output);
    g_autoptr(GFile) stats_file = g_file_new_for_commandline_arg (stats_name);
    PmlAtomicFile *trace_out = NULL;
    PmlAtomicFile *stats_out = NULL;
    g_autofree char *scratch_path = NULL;
    FILE *scratch, *stats_scratch;
    int fd, status;

    /* both outputs are opened before the script runs: a path that cannot
     * be written is reported at once */
    trace_out = pml_atomic_file_begin (trace_file, &error);
    if (trace_out != NULL)
      stats_out = pml_atomic_file_begin (stats_file, &error);
    if (stats_out == NULL)
      {
        g_autofree char *message = g_strdup_printf (_("Could not write “%s”: %s"),
                                                    trace_out == NULL ? options.output : stats_name,
                                                    error->message);
        if (trace_out != NULL)
          pml_atomic_file_abort (trace_out);
        return pml_cli_fail (message);
      }

    fd = g_file_open_tmp ("pymemlab-record-XXXXXX.trace", &scratch_path, &error);
    scratch = fd >= 0 ? fdopen (fd, "w+") : NULL;
    stats_scratch = tmpfile ();
    if (scratch == NULL || stats_scratch == NULL)
      {
        pml_atomic_file_abort (trace_out);
        pml_atomic_file_abort (stats_out);
        return pml_cli_fail (error != NULL ? error->message : g_strerror (errno));
      }
    g_unlink (scratch_path);
    setvbuf (scratch, NULL, _IOFBF, 1 << 20);

    status = pml_recorder_run (script_argv[0], script_argv + 1, scratch, stats_scratch);

    /* the trace and its statistics each replace an old one only once
       written whole */
    if (fflush (scratch) != 0 || ferror (scratch) || ferror (stats_scratch))
      g_set_error_literal (&error, G_IO_ERROR, g_io_error_from_errno (errno), g_strerror (errno));
    if (error != NULL
        || !copy_file_into (scratch, pml_atomic_file_get_stream (trace_out), g_str_has_suffix (options.output, ".gz"),
                            &error)
        || !copy_file_into (stats_scratch, pml_atomic_file_get_stream (stats_out), FALSE, &error)
        || !pml_atomic_file_commit (g_steal_pointer (&trace_out), &error)
        || !pml_atomic_file_commit (g_steal_pointer (&stats_out), &error))
      {
        g_autofree char *message = g_strdup_printf (_("Could not write the recording: %s"), error->message);

        g_clear_pointer (&trace_out, pml_atomic_file_abort);
        g_clear_pointer (&stats_out, pml_atomic_file_abort);
        fclose (scratch);
        fclose (stats_scratch);
        return pml_cli_fail (message);
      }
    fclose (scratch);
    fclose (stats_scratch);

    fprintf (stderr, _("%s: recorded %s to %s (statistics: %s)\n"), g_get_prgname (), script_argv[0],
             options.output, stats_name);
    return status;
  }
#else
  return pml_cli_fail (_("this pymemlab was built without recording support (libpython3.11 was not found "
                         "when it was built)"));
#endif
}
