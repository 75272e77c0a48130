/* pml-cli-export.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "pml-cli.h"
#include "pml-diagram.h"
#include "pml-lesson.h"
#include "pml-replay.h"
#include "pml-cli-scenario.h"

typedef struct
{
  char    *view;
  gint64   step;
  gint64   line;
  gboolean end;
  char    *format;
  char    *output;
  double   width;
  double   scale;
  char    *theme;
  gboolean presenter;
  gboolean shared_values;
  char    *title;
  char    *preset;
  gint64   slide;
} ExportOptions;

static void
export_options_clear (ExportOptions *options)
{
  g_clear_pointer (&options->view, g_free);
  g_clear_pointer (&options->format, g_free);
  g_clear_pointer (&options->output, g_free);
  g_clear_pointer (&options->theme, g_free);
  g_clear_pointer (&options->title, g_free);
  g_clear_pointer (&options->preset, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ExportOptions, export_options_clear)

static int
fail_error (const GError *error)
{
  return pml_cli_fail (error->message);
}

static int
write_diagram (PmlDiagram *diagram, PmlHeap *heap, gboolean all_views, PmlExportFormat format, GFile *output)
{
  g_autoptr(GError) error = NULL;

  if (all_views)
    {
      g_autoptr(GArray) pages = pml_diagram_all_view_pages (diagram, heap);

      if (!pml_diagram_export_pages ((PmlDiagram *) (gpointer) pages->data, pages->len, heap, format, output, &error))
        return fail_error (error);
    }
  else if (!pml_diagram_export (diagram, heap, format, output, &error))
    return fail_error (error);
  return PML_CLI_EXIT_OK;
}

/* A script's run: draw the heap after step N, after line L last ran,
 * or at the end */
static int
export_run (PmlRun *run, const char *path, const PmlPreset *preset, const ExportOptions *options,
            PmlDiagram *diagram, gboolean all_views, PmlExportFormat format, GFile *output)
{
  g_autofree char *subtitle = NULL;
  PmlInterp *interp;
  PmlHeap *heap;
  guint index, n_steps;
  int status;

  interp = pml_run_get_interp (run);
  heap = pml_run_get_heap (run);
  index = pml_run_find_line_event (run, options->step, options->line, &n_steps);
  if (options->step >= 0 || options->line >= 0)
    {
      if (index == G_MAXUINT)
        {
          g_autofree char *msg = options->step >= 0
            ? g_strdup_printf (_("%s ran %u lines: there is no step %lld"), path, n_steps, (long long) options->step)
            : g_strdup_printf (_("%s: line %lld never ran (blank, a comment, or never reached)"),
                               path, (long long) options->line);

          return pml_cli_fail (msg);
        }
      pml_run_seek_after_line_event (run, index);
      /* Translators: a script's diagram: the line, the step, all steps, the preset */
      subtitle = g_strdup_printf (_("after line %d (step %u of %u) · %s"),
                                  pml_obj_event_get_value (pml_interp_get_event (interp, index)),
                                  pml_run_step_of_line_event (run, index), n_steps,
                                  preset->name);
    }
  else
    /* Translators: a script's diagram at the end: lines run, the preset */
    subtitle = g_strdup_printf (_("at the end, after %u lines ran · %s"), n_steps, preset->name);
  diagram->subtitle = subtitle;
  diagram->interp = interp;
  status = write_diagram (diagram, heap, all_views, format, output);
  return status;
}

static gboolean
lookup_preset (const char *name, const PmlPreset **out)
{
  if (name != NULL && (*out = pml_preset_lookup (name)) == NULL)
    {
      g_autofree char *msg = g_strdup_printf (_("unknown preset “%s”"), name);

      pml_cli_fail (msg);
      return FALSE;
    }
  return TRUE;
}

/* A script: run it, then draw it as export_run does */
static int
export_scenario (const char *path, const ExportOptions *options, PmlDiagram *diagram, gboolean all_views,
                 PmlExportFormat format, GFile *output)
{
  const PmlPreset *preset = pml_preset_get_default ();
  g_autoptr(PmlRun) run = NULL;

  if (!lookup_preset (options->preset, &preset))
    return PML_CLI_EXIT_BAD_INPUT;
  run = pml_cli_run_scenario (path, preset, NULL);
  if (run == NULL)
    return PML_CLI_EXIT_BAD_INPUT;
  return export_run (run, path, preset, options, diagram, all_views, format, output);
}

/* A lesson: its slide's script, drawn where the lesson was saved (in its
 * view, on its preset, in presenter mode if it was), unless the options
 * say otherwise. At a line's start it is the state of --step: the lines
 * before it ran. */
static int
export_lesson (const char *path, const ExportOptions *options, PmlDiagram *diagram, gboolean view_given,
               gboolean all_views, PmlTheme theme, PmlExportFormat format, GFile *output)
{
  const PmlPreset *preset = pml_preset_get_default ();
  g_autoptr(PmlLesson) lesson = NULL;
  g_autoptr(PmlRun) run = NULL;
  g_autofree char *subtitle = NULL;
  PmlLessonSlide *slide;
  guint n_steps;

  lesson = pml_cli_load_lesson (path, options->slide, &slide);
  if (lesson == NULL)
    return PML_CLI_EXIT_BAD_INPUT;
  if (!lookup_preset (options->preset != NULL ? options->preset : slide->preset, &preset))
    return PML_CLI_EXIT_BAD_INPUT;
  run = pml_cli_run_source (slide->name, slide->script, strlen (slide->script), preset);
  if (run == NULL)
    return PML_CLI_EXIT_BAD_INPUT;
  if (!view_given)
    diagram->view.kind = slide->view == PML_LESSON_VIEW_HEAP ? PML_VIEW_HEAP : PML_VIEW_OBJECTS;
  if (lesson->presenter && !options->presenter)
    pml_palette_init (&diagram->palette, theme, TRUE);
  if (options->title == NULL)
    diagram->title = slide->title != NULL ? slide->title : slide->name;
  if (options->step >= 0 || options->line >= 0 || options->end)
    return export_run (run, slide->name, preset, options, diagram, all_views, format, output);

  pml_lesson_cursor_restore (&slide->cursor, run);
  pml_run_find_line_event (run, -1, -1, &n_steps);
  if (pml_run_is_at_line_start (run) && slide->cursor.lines_run > 0)
    {
      ExportOptions at_step = *options;

      at_step.step = slide->cursor.lines_run;
      return export_run (run, slide->name, preset, &at_step, diagram, all_views, format, output);
    }
  /* Translators: a lesson's diagram: the line running, lines run, all steps, the preset */
  subtitle = g_strdup_printf (_("in line %d (after %u of %u lines ran) · %s"), pml_run_get_line (run),
                              slide->cursor.lines_run, n_steps, preset->name);
  diagram->subtitle = subtitle;
  diagram->interp = pml_run_get_interp (run);
  return write_diagram (diagram, pml_run_get_heap (run), all_views, format, output);
}

int
pml_cli_export (int    argc,
                char **argv)
{
  g_auto(ExportOptions) options = { .step = -1, .line = -1, .width = 1200, .scale = 1, .slide = -1 };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) input = NULL;
  g_autoptr(GFile) output = NULL;
  g_autoptr(PmlTrace) trace = NULL;
  g_autoptr(PmlHeap) heap = NULL;
  g_autoptr(PmlReplay) replay = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *subtitle = NULL;
  const PmlPreset *preset;
  PmlExportFormat format;
  PmlDiagram diagram = { 0 };
  PmlTheme theme = PML_THEME_LIGHT;
  gboolean all_views;
  guint n_requests;
  GOptionEntry entries[] = {
    { "view", 0, 0, G_OPTION_ARG_STRING, &options.view,
      N_("What to draw: heap, usedpools, pool:ARENA:POOL, objects (a script's objects and references), "
         "collector[:PHASE] (the cycle collector's lists in the last collection before the step, at the end "
         "of PHASE: update_refs, subtract_refs, move_unreachable, ...), "
         "or all (a PDF page each: heap, usedpools, a script's objects, and the pool each size class "
         "allocates from next); default: heap"), N_("VIEW") },
    { "step", 0, 0, G_OPTION_ARG_INT64, &options.step,
      N_("The state after the first N requests (a trace) or N executed lines (a script)"), N_("N") },
    { "line", 0, 0, G_OPTION_ARG_INT64, &options.line,
      N_("A script: the state after line L last ran"), N_("L") },
    { "end", 0, 0, G_OPTION_ARG_NONE, &options.end, N_("The state at the end (the default)"), NULL },
    { "format", 0, 0, G_OPTION_ARG_STRING, &options.format,
      N_("png, svg or pdf (default: from the output file's name)"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &options.output, N_("The file to write"), N_("FILE") },
    { "width", 0, 0, G_OPTION_ARG_DOUBLE, &options.width, N_("Width of the picture in points (default: 1200)"),
      N_("W") },
    { "scale", 0, 0, G_OPTION_ARG_DOUBLE, &options.scale, N_("PNG pixels per point (default: 1)"), N_("S") },
    { "theme", 0, 0, G_OPTION_ARG_STRING, &options.theme, N_("light, dark or print (default: light)"),
      N_("THEME") },
    { "presenter", 0, 0, G_OPTION_ARG_NONE, &options.presenter,
      N_("Large text and thick lines, for projectors"), NULL },
    { "shared-values", 0, 0, G_OPTION_ARG_NONE, &options.shared_values,
      N_("The objects view: small values (ints, short strings, None) as the shared objects they are, "
         "not written where they are held"), NULL },
    { "title", 0, 0, G_OPTION_ARG_STRING, &options.title, N_("The diagram's title (default: the file name)"),
      N_("TEXT") },
    { "preset", 0, 0, G_OPTION_ARG_STRING, &options.preset, N_("CPython version to simulate"), N_("NAME") },
    { "slide", 0, 0, G_OPTION_ARG_INT64, &options.slide,
      N_("A lesson: which of its slides to draw (default: the one it opens at)"), N_("N") },
    { NULL }
  };

  context = g_option_context_new (_("TRACE|SCRIPT.py|LESSON.pymemlab — draw the allocator's state as PNG, SVG or PDF"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_description (context,
                                    _("Example: pymemlab export trace.gz --view pool:0:3 --step 100 -o pool.svg\n\n"
                                      "Exit status: 0 on success, 2 for bad input or a file that cannot be "
                                      "written (nothing is left behind then)."));
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return fail_error (error);

  if (argc != 2)
    return pml_cli_fail (_("export needs one trace file (see “pymemlab export --help”)"));
  if (options.output == NULL)
    return pml_cli_fail (_("export needs an output file: -o FILE"));
  if ((options.step >= 0) + (options.line >= 0) + options.end > 1)
    return pml_cli_fail (_("--step, --line and --end exclude each other"));
  if (options.width < 200 || options.width > 20000)
    return pml_cli_fail (_("--width takes a number of points from 200 to 20000"));
  if (options.scale <= 0 || options.scale > 8)
    return pml_cli_fail (_("--scale takes a number above 0 and up to 8"));

  if (options.format != NULL ? !pml_export_format_parse (options.format, &format)
                             : !pml_export_format_from_path (options.output, &format))
    {
      g_autofree char *message = options.format != NULL
        ? g_strdup_printf (_("unknown format “%s” (expected png, svg or pdf)"), options.format)
        : g_strdup_printf (_("cannot tell the format from “%s”: name it .png, .svg or .pdf, or use --format"),
                           options.output);
      return pml_cli_fail (message);
    }
  if (options.theme != NULL && !pml_theme_from_string (options.theme, &theme))
    return pml_cli_fail (_("--theme takes light, dark or print"));
  all_views = g_strcmp0 (options.view, "all") == 0;
  if (all_views && format != PML_EXPORT_PDF)
    return pml_cli_fail (_("--view all writes one page per view: it needs a PDF"));
  if (!all_views && !pml_view_parse (options.view != NULL ? options.view : "heap", &diagram.view, &error))
    return fail_error (error);

  input = g_file_new_for_commandline_arg (argv[1]);
  basename = g_file_get_basename (input);
  diagram.title = options.title != NULL ? options.title : basename;
  diagram.width = options.width;
  diagram.scale = options.scale;
  pml_palette_init (&diagram.palette, theme, options.presenter);
  diagram.shared_values = options.shared_values;
  output = g_file_new_for_commandline_arg (options.output);
  if (pml_lesson_is_lesson_path (argv[1]))
    return export_lesson (argv[1], &options, &diagram, options.view != NULL, all_views, theme, format, output);
  if (options.slide >= 0)
    return pml_cli_fail (_("--slide is for lessons (.pymemlab)"));
  if (pml_cli_is_scenario (argv[1]))
    return export_scenario (argv[1], &options, &diagram, all_views, format, output);
  if (options.line >= 0)
    return pml_cli_fail (_("--line is for scripts: a trace has requests (use --step)"));

  trace = pml_trace_load (input, &error);
  if (trace == NULL)
    return fail_error (error);

  preset = pml_cli_choose_preset (options.preset, trace, &error);
  if (preset == NULL || !pml_cli_requests_for_step (options.step, trace, &n_requests, &error))
    return fail_error (error);

  heap = pml_heap_new (preset);
  replay = pml_replay_new (trace, heap, TRUE);
  if (!pml_replay_run (replay, n_requests, &error))
    return fail_error (error);

  /* Translators: the diagram's subtitle: requests replayed, their total, the CPython preset */
  subtitle = g_strdup_printf (_("after request %u of %u · %s"), n_requests, trace->requests->len, preset->name);
  diagram.subtitle = subtitle;
  return write_diagram (&diagram, heap, all_views, format, output);
}
