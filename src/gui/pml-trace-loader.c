/* pml-trace-loader.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "pml-py.h"
#include "pml-replay.h"
#include "pml-trace-loader.h"

/* Requests replayed between two looks at the cancellable */
#define SLICE 65536
/* A longer trace is shown from its start while the rest is replayed */
#define PREVIEW_REQUESTS 65536

typedef struct
{
  GFile *file;
  char  *text;       /* a script's text from the editor, or NULL: read the file */
  char  *name;       /* what messages call the script, or NULL: the file's name */
  char  *default_preset;
  int    progress;   /* per mille, read by the window: atomic */
  gint   cancelled;  /* Stop, for a scenario's run: atomic */
  gulong cancel_handler;
  GCancellable *cancellable;
  PmlTracePreviewFunc preview_func;
} LoadData;

static void
load_data_free (LoadData *data)
{
  if (data->cancellable != NULL)
    g_cancellable_disconnect (data->cancellable, data->cancel_handler);
  g_clear_object (&data->cancellable);
  g_object_unref (data->file);
  g_free (data->text);
  g_free (data->name);
  g_free (data->default_preset);
  g_free (data);
}

void
pml_loaded_trace_free (PmlLoadedTrace *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->trace, pml_trace_free);
  g_clear_pointer (&self->heap, pml_heap_unref);
  g_clear_pointer (&self->source, g_free);
  g_clear_pointer (&self->request_lines, g_array_unref);
  g_clear_pointer (&self->collection_steps, g_array_unref);
  g_clear_pointer (&self->interp, pml_interp_free);
  if (self->output != NULL)
    g_string_free (self->output, TRUE);
  g_clear_pointer (&self->output_marks, g_array_unref);
  g_free (self);
}

static void
keep_output (gboolean    is_stderr,
             const char *text,
             gsize       len,
             gpointer    data)
{
  PmlLoadedTrace *loaded = data;
  PmlOutputMark mark;

  g_string_append_len (loaded->output, text, (gssize) len);
  mark.position = pml_interp_get_n_events (loaded->interp);
  mark.length = (guint) loaded->output->len;
  g_array_append_val (loaded->output_marks, mark);
}

/* Runs a scenario, keeping its objects' event stream and graph for the
 * objects view, and turns its allocation requests into a trace */
static PmlTrace *
run_scenario (LoadData *data, PmlLoadedTrace *loaded, GError **error)
{
  g_autofree char *name = data->name != NULL ? g_strdup (data->name) : g_file_get_parse_name (data->file);
  g_autofree char *text = NULL;
  g_autoptr(PmlHeap) heap = NULL;
  const PmlPreset *preset = pml_preset_lookup (data->default_preset);
  PmlInterpOptions options = { 10000000, TRUE, TRUE, FALSE, TRUE };
  const GArray *requests;
  PmlInterp *interp;
  PmlTrace *trace;
  gsize length;
  gint32 stop_line = 0;

  if (data->text != NULL)
    {
      loaded->source = g_strdup (data->text);
      length = strlen (data->text);
    }
  else if (!g_file_load_contents (data->file, NULL, &loaded->source, &length, NULL, error))
    return NULL;
  heap = pml_heap_new (preset != NULL ? preset : pml_preset_get_default ());
  interp = pml_interp_new (heap, &options);
  if (!pml_interp_load (interp, name, loaded->source, length, error))
    {
      pml_interp_free (interp);
      return NULL;
    }
  pml_interp_set_cancel_flag (interp, &data->cancelled);
  loaded->interp = interp;
  loaded->output = g_string_new (NULL);
  loaded->output_marks = g_array_new (FALSE, FALSE, sizeof (PmlOutputMark));
  pml_interp_set_output (interp, keep_output, loaded);
  pml_interp_run (interp);
  pml_interp_set_output (interp, NULL, NULL);
  loaded->interp = NULL;
  if (g_atomic_int_get (&data->cancelled))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("Stopped"));
      pml_interp_free (interp);
      return NULL;
    }
  if (pml_interp_hit_memory_budget (interp, &stop_line))
    {
      g_autofree char *size = g_format_size_full (PML_INTERP_DEFAULT_MAX_MEMORY, G_FORMAT_SIZE_IEC_UNITS);

      g_set_error (error, PML_TRACE_ERROR, PML_TRACE_ERROR_SYNTAX,
                   _("%s: stopped at line %d: the run's history reached the memory budget (%s)"), name,
                   stop_line, size);
      pml_interp_free (interp);
      return NULL;
    }
  if (pml_interp_hit_max_steps (interp))
    {
      g_set_error (error, PML_TRACE_ERROR, PML_TRACE_ERROR_SYNTAX,
                   _("%s: stopped after 10,000,000 steps: the scenario may never end"), name);
      pml_interp_free (interp);
      return NULL;
    }
  requests = pml_interp_get_requests (interp);
  loaded->request_lines = g_array_sized_new (FALSE, FALSE, sizeof (gint32), requests->len);
  for (guint i = 0; i < requests->len; i++)
    g_array_append_val (loaded->request_lines, g_array_index (requests, PmlRequest, i).line);
  {
    const GArray *collections = pml_interp_get_collection_requests (interp);

    loaded->collection_steps = g_array_sized_new (FALSE, FALSE, sizeof (guint), collections->len);
    g_array_append_vals (loaded->collection_steps, collections->data, collections->len);
  }
  text = pml_interp_format_trace (interp);
  trace = pml_trace_parse (name, text, strlen (text), error);
  if (trace == NULL)
    pml_interp_free (interp);
  else
    loaded->interp = interp;
  return trace;
}

typedef struct
{
  GTask          *task;
  PmlLoadedTrace *preview;
} Preview;

static void
preview_free (Preview *preview)
{
  g_object_unref (preview->task);
  pml_loaded_trace_free (preview->preview);
  g_free (preview);
}

/* In the window's thread: the opener sees the preview unless the task
 * has ended (it would then be older than the whole trace) */
static gboolean
preview_idle (gpointer user_data)
{
  Preview *preview = user_data;
  LoadData *data = g_task_get_task_data (preview->task);

  if (!g_task_get_completed (preview->task))
    data->preview_func (g_task_get_source_object (preview->task), preview->task, preview->preview, data->file);
  return G_SOURCE_REMOVE;
}

/* The trace's start, replayed on a heap of its own and handed to the
 * window, which lets the user step through it while this thread replays
 * the whole trace on another heap. A preview that fails (a request the
 * replay refuses) is not shown: the whole trace's error will be. */
static void
send_preview (GTask           *task,
              const PmlTrace  *trace,
              const PmlPreset *preset)
{
  Preview *preview = g_new0 (Preview, 1);
  g_autoptr(PmlReplay) replay = NULL;
  PmlLoadedTrace *loaded = g_new0 (PmlLoadedTrace, 1);

  preview->task = g_object_ref (task);
  preview->preview = loaded;
  loaded->trace = pml_trace_dup_prefix (trace, PREVIEW_REQUESTS);
  loaded->heap = pml_heap_new (preset);
  replay = pml_replay_new (loaded->trace, loaded->heap, TRUE);
  if (!pml_replay_run (replay, PREVIEW_REQUESTS, NULL))
    {
      preview_free (preview);
      return;
    }
  pml_heap_seek (loaded->heap, 0);
  g_main_context_invoke_full (g_task_get_context (task), G_PRIORITY_DEFAULT, preview_idle, preview,
                              (GDestroyNotify) preview_free);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadData *data = task_data;
  g_autoptr(PmlLoadedTrace) loaded = g_new0 (PmlLoadedTrace, 1);
  g_autoptr(PmlReplay) replay = NULL;
  g_autoptr(GError) error = NULL;
  const PmlPreset *preset;
  guint n_requests;

  {
    g_autofree char *basename = g_file_get_basename (data->file);

    if (data->text != NULL || g_str_has_suffix (basename, ".py"))
      loaded->trace = run_scenario (data, loaded, &error);
    else
      loaded->trace = pml_trace_load (data->file, &error);
  }
  if (loaded->trace == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  preset = pml_preset_lookup (loaded->trace->preset_name != NULL ? loaded->trace->preset_name
                                                                 : data->default_preset);
  if (preset == NULL)
    {
      g_task_return_new_error (task, PML_TRACE_ERROR, PML_TRACE_ERROR_SYNTAX,
                               _("%s: unknown preset “%s”"), loaded->trace->display_name,
                               loaded->trace->preset_name);
      return;
    }

  /* a scenario's heap is the run's own, stepped with its objects: the
     object states are built here, off the main loop */
  if (loaded->interp != NULL)
    {
      loaded->heap = pml_heap_ref (pml_interp_get_heap (loaded->interp));
      pml_interp_seek (loaded->interp, 0);
      g_task_return_pointer (task, g_steal_pointer (&loaded), (GDestroyNotify) pml_loaded_trace_free);
      return;
    }

  n_requests = loaded->trace->requests->len;
  if (n_requests > PREVIEW_REQUESTS && data->preview_func != NULL)
    send_preview (task, loaded->trace, preset);

  loaded->heap = pml_heap_new (preset);
  replay = pml_replay_new (loaded->trace, loaded->heap, TRUE);
  while (pml_replay_get_n_done (replay) < n_requests)
    {
      if (g_task_return_error_if_cancelled (task))
        return;
      if (!pml_replay_run (replay, SLICE, &error))
        {
          g_task_return_error (task, g_steal_pointer (&error));
          return;
        }
      g_atomic_int_set (&data->progress, (int) ((guint64) pml_replay_get_n_done (replay) * 1000 / n_requests));
    }

  pml_heap_seek (loaded->heap, 0);
  g_task_return_pointer (task, g_steal_pointer (&loaded), (GDestroyNotify) pml_loaded_trace_free);
}

/* Stop reaches a scenario's interpreter through a flag it looks at */
static void
cancel_run_cb (GCancellable *cancellable,
               LoadData     *data)
{
  g_atomic_int_set (&data->cancelled, 1);
}

GTask *
pml_trace_loader_start (gpointer             source_object,
                        GFile               *file,
                        const char          *text,
                        const char          *name,
                        const char          *default_preset,
                        GCancellable        *cancellable,
                        PmlTracePreviewFunc  preview_func,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  GTask *task = g_task_new (source_object, cancellable, callback, user_data);
  LoadData *data = g_new0 (LoadData, 1);

  data->preview_func = preview_func;
  data->file = g_object_ref (file);
  data->text = g_strdup (text);
  data->name = g_strdup (name);
  if (cancellable != NULL)
    {
      data->cancellable = g_object_ref (cancellable);
      data->cancel_handler = g_cancellable_connect (cancellable, G_CALLBACK (cancel_run_cb), data, NULL);
    }
  data->default_preset = g_strdup (default_preset);
  g_task_set_source_tag (task, pml_trace_loader_start);
  g_task_set_task_data (task, data, (GDestroyNotify) load_data_free);
  g_task_run_in_thread (task, load_thread);

  return task;
}

double
pml_trace_loader_get_progress (GTask *task)
{
  LoadData *data = g_task_get_task_data (task);

  return g_atomic_int_get (&data->progress) / 1000.0;
}

PmlLoadedTrace *
pml_trace_loader_finish (GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, g_task_get_source_object (G_TASK (result))), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
