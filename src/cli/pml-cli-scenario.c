/* pml-cli-scenario.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "pml-cli.h"
#include "pml-cli-scenario.h"

/* For the commands that draw a scenario (export, handout): run it with its
 * event stream kept, for its run's cursor to find a step or a line. */

#define SCENARIO_MAX_STEPS 10000000

static void
keep_stderr (gboolean is_stderr, const char *text, gsize len, gpointer data)
{
  if (is_stderr)
    g_string_append_len (data, text, (gssize) len);
}

gboolean
pml_cli_is_scenario (const char *path)
{
  return g_str_has_suffix (path, ".py");
}

/* Runs @path, and returns its run with the cursor at the end and its
 * text's step marks; on failure prints the message itself and returns
 * NULL */
PmlRun *
pml_cli_run_scenario (const char      *path,
                      const PmlPreset *preset,
                      char           **out_source)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *source = NULL;
  PmlRun *run;
  gsize length;

  if (!g_file_get_contents (path, &source, &length, &error))
    {
      g_autofree char *msg = g_strdup_printf ("%s: %s", path, g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT)
                                                              ? _("no such script") : error->message);

      pml_cli_fail (msg);
      return NULL;
    }
  run = pml_cli_run_source (path, source, length, preset);
  if (run != NULL && out_source)
    *out_source = g_steal_pointer (&source);
  return run;
}

/* Runs the text @source, which the messages call @name (a lesson's
 * script has no file of its own) */
PmlRun *
pml_cli_run_source (const char      *name,
                    const char      *source,
                    gsize            length,
                    const PmlPreset *preset)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PmlHeap) heap = pml_heap_new (preset);
  g_autoptr(GString) script_err = g_string_new (NULL);
  PmlInterpOptions options = { SCENARIO_MAX_STEPS, TRUE, FALSE, FALSE, TRUE };
  PmlInterp *interp;
  PmlRun *run;
  const char *path = name;

  interp = pml_interp_new (heap, &options);
  if (!pml_interp_load (interp, path, source, length, &error))
    {
      pml_interp_free (interp);
      fprintf (stderr, "%s\n", error->message);
      return NULL;
    }
  pml_interp_set_output (interp, keep_stderr, script_err);
  pml_interp_run (interp);
  pml_interp_set_output (interp, NULL, NULL);
  if (pml_interp_hit_memory_budget (interp, NULL))
    {
      pml_cli_report_memory_budget (interp, path, options.max_memory);
      pml_interp_free (interp);
      return NULL;
    }
  if (pml_interp_hit_max_steps (interp))
    {
      pml_interp_free (interp);
      fprintf (stderr, _("%s: %s: stopped after %d steps: the scenario may never end\n"), g_get_prgname (), path,
               SCENARIO_MAX_STEPS);
      return NULL;
    }
  run = pml_run_new_for_interp (interp);
  pml_run_set_source (run, source);
  return run;
}

/* Reads the lesson @path and picks its slide @slide (1-based; below 1:
 * the one it opens at); on failure prints the message itself and
 * returns NULL */
PmlLesson *
pml_cli_load_lesson (const char      *path,
                     gint64           slide,
                     PmlLessonSlide **out_slide)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PmlLesson) lesson = NULL;
  g_autofree char *data = NULL;
  gsize length;

  if (!g_file_get_contents (path, &data, &length, &error))
    {
      g_autofree char *msg = g_strdup_printf ("%s: %s", path, g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT)
                                                              ? _("no such lesson file") : error->message);

      pml_cli_fail (msg);
      return NULL;
    }
  lesson = pml_lesson_parse (data, (gssize) length, path, &error);
  if (lesson == NULL || !pml_lesson_check_scripts (lesson, path, &error))
    {
      pml_cli_fail (error->message);
      return NULL;
    }
  if (slide > (gint64) lesson->slides->len)
    {
      g_autofree char *msg = g_strdup_printf (_("%s has %u slides: there is no slide %lld"), path,
                                              lesson->slides->len, (long long) slide);

      pml_cli_fail (msg);
      return NULL;
    }
  if (slide >= 1)
    lesson->current = (guint) slide - 1;
  *out_slide = pml_lesson_get_current (lesson);
  return g_steal_pointer (&lesson);
}
