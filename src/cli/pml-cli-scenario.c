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
 * event stream kept, then find the allocator's state at a step or line. */

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

/* Runs @path; on failure prints the message itself and returns NULL */
PmlInterp *
pml_cli_run_scenario (const char      *path,
                      const PmlPreset *preset,
                      char           **out_source)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PmlHeap) heap = pml_heap_new (preset);
  g_autoptr(GString) script_err = g_string_new (NULL);
  PmlInterpOptions options = { SCENARIO_MAX_STEPS, TRUE, FALSE, FALSE, TRUE };
  g_autofree char *source = NULL;
  PmlInterp *interp;
  gsize length;

  if (!g_file_get_contents (path, &source, &length, &error))
    {
      g_autofree char *msg = g_strdup_printf ("%s: %s", path, g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT)
                                                              ? _("no such script") : error->message);

      pml_cli_fail (msg);
      return NULL;
    }
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
  if (out_source)
    *out_source = g_steal_pointer (&source);
  return interp;
}

/* The index of the line event of step @step (1-based), or of the last
 * time @line ran; G_MAXUINT when there is none */
guint
pml_cli_scenario_find_step (PmlInterp *interp,
                            gint64     step,
                            gint64     line,
                            guint     *out_n_steps)
{
  guint n = pml_interp_get_n_events (interp), k = 0, found = G_MAXUINT;

  for (guint i = 0; i < n; i++)
    {
      const PmlObjEvent *ev = pml_interp_get_event (interp, i);

      if (pml_obj_event_get_kind (ev) != PML_OBJ_EVENT_LINE)
        continue;
      k++;
      if ((step > 0 && (gint64) k == step) || (line > 0 && pml_obj_event_get_value (ev) == line))
        found = i;
    }
  if (out_n_steps)
    *out_n_steps = k;
  return found;
}

/* Moves the objects and the allocator to where the line of event @index
 * has run: just before the next line starts */
void
pml_cli_scenario_seek_after (PmlInterp *interp,
                             guint      index)
{
  guint n = pml_interp_get_n_events (interp), next = index + 1;

  while (next < n && pml_obj_event_get_kind (pml_interp_get_event (interp, next)) != PML_OBJ_EVENT_LINE)
    next++;
  pml_interp_seek (interp, next);
}

/* Which step (1-based) the line event @index starts */
guint
pml_cli_scenario_step_of (PmlInterp *interp,
                          guint      index)
{
  guint k = 0;

  for (guint i = 0; i <= index; i++)
    if (pml_obj_event_get_kind (pml_interp_get_event (interp, i)) == PML_OBJ_EVENT_LINE)
      k++;
  return k;
}
