/* pml-cli-run-output.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "pml-cli-run-output.h"
#include "pml-atomic-file.h"

/* What `run` writes besides the script's output: the event stream as JSON
 * lines, and the allocation requests as a trace file. */

static void
write_node (JsonBuilder *builder, FILE *out)
{
  g_autoptr(JsonNode) root = json_builder_get_root (builder);
  g_autofree char *text = json_to_string (root, FALSE);

  fprintf (out, "%s\n", text);
  json_builder_reset (builder);
}

static void
write_heap_event (JsonBuilder *builder, PmlHeap *heap, guint index, gint32 line, FILE *out)
{
  const PmlEvent *ev = pml_heap_get_event (heap, index);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "kind");
  json_builder_add_string_value (builder, pml_event_kind_to_string (ev->kind));
  json_builder_set_member_name (builder, "line");
  json_builder_add_int_value (builder, line);
  json_builder_set_member_name (builder, "pool");
  json_builder_add_int_value (builder, ev->pool);
  json_builder_set_member_name (builder, "block");
  json_builder_add_int_value (builder, ev->block);
  json_builder_set_member_name (builder, "before");
  json_builder_add_int_value (builder, ev->a);
  json_builder_set_member_name (builder, "after");
  json_builder_add_int_value (builder, ev->b);
  json_builder_end_object (builder);
  write_node (builder, out);
}

void
pml_cli_run_write_json (PmlInterp *interp, FILE *out)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  PmlHeap *heap = pml_interp_get_heap (interp);
  guint n = pml_interp_get_n_events (interp), heap_pos = 0;
  gint32 line = 0;

  for (guint i = 0; i < n; i++)
    {
      const PmlObjEvent *ev = pml_interp_get_event (interp, i);
      const PmlObjInfo *info = pml_interp_get_object (interp, ev->serial);
      PmlObjEventKind kind = pml_obj_event_get_kind (ev);
      gint32 value = pml_obj_event_get_value (ev);

      for (; heap_pos < pml_interp_get_event_heap_position (interp, i); heap_pos++)
        write_heap_event (builder, heap, heap_pos, line, out);
      if (kind == PML_OBJ_EVENT_LINE)
        line = value;
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "kind");
      json_builder_add_string_value (builder, pml_obj_event_kind_name (kind));
      json_builder_set_member_name (builder, "line");
      json_builder_add_int_value (builder, line);
      if (kind != PML_OBJ_EVENT_LINE && kind != PML_OBJ_EVENT_GC_START && kind != PML_OBJ_EVENT_GC_END
          && kind != PML_OBJ_EVENT_TRACEMALLOC)
        {
          g_autofree char *addr = g_strdup_printf ("0x%" G_GINT64_MODIFIER "x", info ? info->address : 0);

          json_builder_set_member_name (builder, "object");
          json_builder_add_int_value (builder, ev->serial);
          json_builder_set_member_name (builder, "type");
          json_builder_add_string_value (builder, info ? info->type_name : "?");
          json_builder_set_member_name (builder, "address");
          json_builder_add_string_value (builder, addr);
        }
      switch (kind)
        {
        case PML_OBJ_EVENT_INCREF:
        case PML_OBJ_EVENT_DECREF:
          json_builder_set_member_name (builder, "before");
          json_builder_add_int_value (builder, value + (kind == PML_OBJ_EVENT_INCREF ? -1 : 1));
          json_builder_set_member_name (builder, "after");
          json_builder_add_int_value (builder, value);
          break;
        case PML_OBJ_EVENT_LINE:
          break;
        default:
          json_builder_set_member_name (builder, "value");
          json_builder_add_int_value (builder, value);
        }
      json_builder_end_object (builder);
      write_node (builder, out);
    }
  for (; heap_pos < pml_heap_get_n_events (heap); heap_pos++)
    write_heap_event (builder, heap, heap_pos, line, out);
}

static gboolean
changes_count (PmlObjEventKind kind)
{
  return kind == PML_OBJ_EVENT_NEW || kind == PML_OBJ_EVENT_INCREF ||
         kind == PML_OBJ_EVENT_DECREF || kind == PML_OBJ_EVENT_FREE;
}

static void
write_reason (PmlInterp *interp, guint index, FILE *out)
{
  const PmlObjEvent *ev = pml_interp_get_event (interp, index);
  const PmlObjInfo *info = pml_interp_get_object (interp, ev->serial);
  g_autofree char *reason = pml_interp_describe_reason (interp, index);

  if (reason == NULL)
    return;
  /* the type and the count after, not the object's number: that depends
     on everything the interpreter made at start-up */
  fprintf (out, "  %s [%s, %d]\n", reason, info != NULL && info->type_name != NULL ? info->type_name : "?",
           pml_obj_event_get_value (ev));
}

/* `run --narrate`: each line the script runs, then why each count changed
 * while it ran; at exit, only the objects the script made */
void
pml_cli_run_write_narration (PmlInterp *interp, FILE *out)
{
  guint n = pml_interp_get_n_events (interp), shutdown = pml_interp_get_shutdown_position (interp);
  gboolean started = FALSE, heading = FALSE;

  for (guint i = 0; i < n; i++)
    {
      const PmlObjEvent *ev = pml_interp_get_event (interp, i);
      PmlObjEventKind kind = pml_obj_event_get_kind (ev);

      if (kind == PML_OBJ_EVENT_LINE && i < shutdown)
        {
          g_autofree char *sentence = pml_interp_describe_event (interp, i);

          started = TRUE;
          fprintf (out, "%s\n", sentence);
        }
      else if (started && changes_count (kind) && i < shutdown)
        write_reason (interp, i, out);
      else if (i >= shutdown && changes_count (kind))
        {
          const PmlObjInfo *info = pml_interp_get_object (interp, ev->serial);

          if (info == NULL || info->line <= 0)
            continue;
          if (!heading)
            fprintf (out, "%s\n", _("The program has ended; the interpreter tears down."));
          heading = TRUE;
          write_reason (interp, i, out);
        }
    }
}

gboolean
pml_cli_run_write_trace (PmlInterp *interp, const char *path, GError **error)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autofree char *text = pml_interp_format_trace (interp);

  if (!pml_atomic_file_set_contents (file, text, strlen (text), error))
    {
      g_prefix_error (error, _("Could not write “%s”: "), path);
      return FALSE;
    }
  return TRUE;
}
