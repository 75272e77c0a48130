/* pml-window.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pml-example-gallery.h"
#include "pml-heap-view.h"
#include "pml-legend.h"
#include "pml-narration.h"
#include "pml-objects-view.h"
#include "pml-pool-view.h"
#include "pml-trace-loader.h"
#include "pml-view-links.h"
#include "pml-view-list.h"
#include "pml-window.h"
#include "pml-window-private.h"

#define EXAMPLE_URI "resource:///io/github/pymemlab/PyMemLab/examples/small_basic.trace.gz"

G_DEFINE_FINAL_TYPE (PmlWindow, pml_window, ADW_TYPE_APPLICATION_WINDOW)

/* The step is the number of requests done; the views show that state */
guint
pml_window_current_step (PmlWindow *self)
{
  return pml_run_get_request (self->run);
}

/* The request being replayed, as the program called it */
static void
describe_request (PmlWindow *self)
{
  /* the last request begun: its events lead to the state shown */
  guint step = pml_window_current_step (self);
  const PmlTraceRequest *request;
  g_autofree char *text = NULL;

  if (step == 0)
    {
      gtk_label_set_text (self->request_label, "");
      return;
    }

  request = &g_array_index (self->trace->requests, PmlTraceRequest, step - 1);
  switch (request->op)
    {
    case PML_REQUEST_MALLOC:
      text = g_strdup_printf ("malloc (%" G_GUINT64_FORMAT ") → 0x%" G_GINT64_MODIFIER "x",
                              request->size, request->recorded);
      break;

    case PML_REQUEST_CALLOC:
      text = g_strdup_printf ("calloc (%" G_GUINT64_FORMAT ", %" G_GUINT64_FORMAT ") → 0x%" G_GINT64_MODIFIER "x",
                              request->size, request->elsize, request->recorded);
      break;

    case PML_REQUEST_REALLOC:
      text = g_strdup_printf ("realloc (…, %" G_GUINT64_FORMAT ") → 0x%" G_GINT64_MODIFIER "x",
                              request->size, request->recorded);
      break;

    case PML_REQUEST_FREE:
    default:
      text = g_strdup ("free (…)");
      break;
    }

  gtk_label_set_text (self->request_label, text);
  {
    /* Translators: the tooltip of the request being replayed */
    g_autofree char *line = self->request_lines != NULL
      ? g_strdup_printf (_("Request %u, made by line %d of the script"), step, pml_window_current_line (self))
      : g_strdup_printf (_("Request %u, line %u of the trace"), step, request->line);

    gtk_widget_set_tooltip_text (GTK_WIDGET (self->request_label), line);
  }
}

static void show_current_line     (PmlWindow *self);
static void show_output           (PmlWindow *self);
static void refresh_inspector     (PmlWindow *self);
static void name_switcher_buttons (PmlWindow *self);

static guint
count_all_events (PmlWindow *self)
{
  return pml_heap_get_n_events (self->heap) + (self->interp != NULL ? pml_interp_get_n_events (self->interp) : 0);
}

/* The position under the timeline: line, request, event. A scenario's
 * requests are counted in their phase: the script's from its first line */
static char *
format_position (PmlWindow   *self,
                 PmlRunPhase  phase,
                 gint         line,
                 guint        step,
                 guint        event)
{
  guint startup = pml_run_get_startup_requests (self->run);
  guint shutdown = pml_run_get_shutdown_request (self->run);

  if (self->interp != NULL && phase == PML_RUN_PHASE_STARTUP)
    /* Translators: the position in the interpreter's start-up: its requests, all events */
    return g_strdup_printf (_("Start-up · request %u of %u · event %u of %u"), MIN (step, startup), startup,
                            event, count_all_events (self));
  if (self->interp != NULL && phase == PML_RUN_PHASE_SHUTDOWN)
    /* Translators: the position in the interpreter's tear-down: its requests, all events */
    return g_strdup_printf (_("Tear-down · request %u of %u · event %u of %u"), step - MIN (step, shutdown),
                            pml_heap_get_n_steps (self->heap) - shutdown, event, count_all_events (self));
  if (self->interp != NULL)
    /* Translators: the position in a scenario: its line, the script's requests, all events */
    return g_strdup_printf (_("Line %d · request %u of %u · event %u of %u"), line,
                            CLAMP (step, startup, shutdown) - startup, shutdown - startup, event,
                            count_all_events (self));

  /* Translators: the position in a replayed trace */
  return g_strdup_printf (_("Request %u of %u · event %u of %u"), step, pml_heap_get_n_steps (self->heap), event,
                          count_all_events (self));
}

/* The position's label is as wide as its widest text from the start, so
 * the timeline beside it keeps its length as the numbers grow (its
 * digits are tabular: the "numeric" style) */
static void
size_position_label (PmlWindow *self)
{
  const PmlRunPhase phases[] = { PML_RUN_PHASE_STARTUP, PML_RUN_PHASE_SCRIPT, PML_RUN_PHASE_SHUTDOWN };
  gint last_line = 0;
  int widest = 0;

  if (self->interp != NULL)
    last_line = gtk_text_buffer_get_line_count (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->source_view)));
  gtk_widget_set_size_request (GTK_WIDGET (self->position_label), -1, -1);
  for (guint i = 0; i < (self->interp != NULL ? G_N_ELEMENTS (phases) : 1); i++)
    {
      g_autofree char *text = format_position (self, phases[i], last_line, pml_heap_get_n_steps (self->heap),
                                               count_all_events (self));
      int width;

      gtk_label_set_text (self->position_label, text);
      gtk_widget_measure (GTK_WIDGET (self->position_label), GTK_ORIENTATION_HORIZONTAL, -1, NULL, &width, NULL,
                          NULL);
      widest = MAX (widest, width);
    }
  gtk_widget_set_size_request (GTK_WIDGET (self->position_label), widest, -1);
}

static void
update_views (PmlWindow *self)
{
  guint position = pml_heap_get_position (self->heap);
  g_autofree char *sentence = NULL;
  g_autofree char *label = NULL;

  /* the pool view follows the pool the last event changed */
  if (position > 0)
    {
      const PmlEvent *event = pml_heap_get_event (self->heap, position - 1);

      if (event->kind <= PML_EVENT_POOL_INIT)
        pml_pool_view_set_pool (self->pool_view, PML_POOL_ID_SLOT (event->pool), PML_POOL_ID_INDEX (event->pool));
    }

  pml_layout_view_state_changed (PML_LAYOUT_VIEW (self->heap_view));
  pml_layout_view_state_changed (PML_LAYOUT_VIEW (self->pool_view));
  if (self->interp != NULL)
    pml_layout_view_state_changed (PML_LAYOUT_VIEW (self->objects_view));

  sentence = pml_run_describe_position (self->run);
  gtk_label_set_text (self->narration, sentence);
  describe_request (self);
  show_current_line (self);
  show_output (self);
  refresh_inspector (self);

  label = format_position (self, pml_run_get_phase (self->run), pml_window_current_line (self),
                           pml_window_current_step (self),
                           position + (self->interp != NULL ? pml_interp_get_position (self->interp) : 0));
  gtk_label_set_text (self->position_label, label);

  /* the start-up is one step at the timeline's start, the tear-down one
     at its end */
  self->moving_timeline = TRUE;
  gtk_adjustment_set_value (self->timeline_adjustment,
                            CLAMP (pml_window_current_step (self), gtk_adjustment_get_lower (self->timeline_adjustment),
                                   gtk_adjustment_get_upper (self->timeline_adjustment)));
  self->moving_timeline = FALSE;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sim.step-back", position > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sim.event-back", position > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sim.go-start", position > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sim.step-forward", position < pml_heap_get_n_events (self->heap));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sim.event-forward", position < pml_heap_get_n_events (self->heap));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sim.go-end", position < pml_heap_get_n_events (self->heap));
  if (self->interp != NULL)
    {
      gboolean at_start = pml_run_is_at_start (self->run);
      gboolean at_end = pml_run_is_at_end (self->run);

      gtk_widget_action_set_enabled (GTK_WIDGET (self), "sim.event-back", !at_start);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "sim.go-start", !at_start);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "sim.line-back", !at_start);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "sim.event-forward", !at_end);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "sim.go-end", !at_end);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "sim.line-forward", !at_end);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "sim.step-over", !at_end);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "sim.step-into", !at_end);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "sim.step-out", !at_end);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "sim.run-to-cursor", !at_end);
    }
  else
    {
      const char *lines[] = { "sim.line-back", "sim.line-forward", "sim.step-over", "sim.step-into",
                              "sim.step-out", "sim.run-to-cursor" };

      for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
        gtk_widget_action_set_enabled (GTK_WIDGET (self), lines[i], FALSE);
    }
}

static void
set_sim_actions_enabled (PmlWindow *self,
                         gboolean   enabled)
{
  const char *actions[] = { "sim.step-back", "sim.event-back", "sim.go-start", "sim.step-forward",
                            "sim.event-forward", "sim.go-end", "sim.line-back", "sim.line-forward", "sim.play",
                            "sim.step-over", "sim.step-into", "sim.step-out", "sim.run-to-cursor",
                            "win.export-heap", "win.export-view", "win.export-pool", "win.copy-heap" };

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), actions[i], enabled);
}

/* Toasts go over the diagrams once something is open, where they leave
 * the narration and the transport free; over the welcome page before */
void
pml_window_add_toast (PmlWindow *self,
                      AdwToast  *toast)
{
  const char *page = gtk_stack_get_visible_child_name (self->stack);

  adw_toast_overlay_add_toast (g_strcmp0 (page, "replay") == 0 ? self->views_toast_overlay : self->toast_overlay,
                               toast);
}

/* An error stays long enough to be read, and goes once it is fixed */
#define ERROR_TOAST_SECONDS 10

void
pml_window_show_error (PmlWindow    *self,
                       const GError *error)
{
  /* a toast's title is markup; a message is text ("<unsaved script>") */
  g_autofree char *title = g_markup_escape_text (error->message, -1);
  AdwToast *toast = adw_toast_new (title);

  g_debug ("%s", error->message);
  pml_window_dismiss_error (self);
  adw_toast_set_timeout (toast, ERROR_TOAST_SECONDS);
  self->error_toast = toast;
  g_object_add_weak_pointer (G_OBJECT (toast), (gpointer *) &self->error_toast);
  pml_window_add_toast (self, toast);
}

void
pml_window_dismiss_error (PmlWindow *self)
{
  if (self->error_toast == NULL)
    return;
  g_object_remove_weak_pointer (G_OBJECT (self->error_toast), (gpointer *) &self->error_toast);
  adw_toast_dismiss (g_steal_pointer (&self->error_toast));
}

/* The diagrams show a run of a text that is no longer the editor's (an
 * edit, or a Run that failed): they say so, greyed, until the next Run */
void
pml_window_set_stale (PmlWindow *self,
                      gboolean   stale)
{
  stale = stale && self->heap != NULL;
  if (stale)
    gtk_label_set_text (self->stale_label, _("The script changed — Run to update the diagrams"));
  if (self->stale == stale)
    return;
  self->stale = stale;
  gtk_revealer_set_reveal_child (self->stale_revealer, stale);
  if (stale)
    gtk_widget_add_css_class (GTK_WIDGET (self->view_stack), "stale-views");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->view_stack), "stale-views");
}

gboolean
pml_window_is_stale (PmlWindow *self)
{
  g_return_val_if_fail (PML_IS_WINDOW (self), FALSE);

  return self->stale;
}

static void
timeline_value_changed_cb (PmlWindow     *self,
                           GtkRange      *range)
{
  if (self->moving_timeline || self->heap == NULL)
    return;

  /* the timeline's first value is before the start-up's one step, its
     last after the tear-down's */
  if (gtk_range_get_value (range) <= gtk_adjustment_get_lower (self->timeline_adjustment) &&
      pml_run_get_startup_requests (self->run) > 0)
    pml_run_seek_start (self->run);
  else if (gtk_range_get_value (range) >= gtk_adjustment_get_upper (self->timeline_adjustment))
    pml_run_seek_end (self->run);
  else
    pml_run_seek_request (self->run, (guint) gtk_range_get_value (range));
}

static void
heap_view_pool_activated_cb (PmlWindow   *self,
                             guint        slot,
                             guint        index,
                             PmlHeapView *view)
{
  pml_pool_view_set_pool (self->pool_view, slot, index);
  pml_heap_view_set_selected_pool (self->heap_view, slot, index);
  self->inspecting_pool = TRUE;
  self->inspected_object = 0;
  self->inspected_slot = slot;
  self->inspected_index = index;
  pml_inspector_show_pool (self->inspector, self->heap, slot, index);
  gtk_toggle_button_set_active (self->inspector_button, TRUE);
}

/* An object chosen shows its block in the pool view and its pool in the
 * heap view; one that lives in no pool unmarks them */
static void
select_block_of_object (PmlWindow *self,
                        guint32    serial)
{
  PmlBlockPlace place;

  if (self->interp != NULL && self->heap != NULL &&
      pml_view_links_find_block (self->interp, self->heap, serial, &place))
    {
      pml_pool_view_set_pool (self->pool_view, place.slot, place.index);
      pml_pool_view_set_selected_block (self->pool_view, (int) place.block);
      pml_heap_view_set_selected_pool (self->heap_view, place.slot, place.index);
    }
  else
    {
      pml_pool_view_set_selected_block (self->pool_view, -1);
      pml_heap_view_set_selected_pool (self->heap_view, G_MAXUINT, 0);
    }
}

static void
objects_view_object_activated_cb (PmlWindow      *self,
                                  guint           serial,
                                  PmlObjectsView *view)
{
  self->inspecting_pool = FALSE;
  self->inspected_object = serial;
  select_block_of_object (self, serial);
  pml_inspector_show_object (self->inspector, self->interp, serial);
  gtk_toggle_button_set_active (self->inspector_button, TRUE);
}

/* A block chosen shows the object living in it, or else its pool */
static void
pool_view_block_activated_cb (PmlWindow   *self,
                              guint        slot,
                              guint        index,
                              guint        block,
                              PmlPoolView *view)
{
  guint32 serial = 0;

  if (self->interp != NULL && self->heap != NULL)
    serial = pml_view_links_find_object (self->interp, self->heap, slot, index, block);
  pml_heap_view_set_selected_pool (self->heap_view, slot, index);
  self->inspecting_pool = serial == 0;
  self->inspected_object = serial;
  self->inspected_slot = slot;
  self->inspected_index = index;
  if (serial != 0)
    pml_inspector_show_object (self->inspector, self->interp, serial);
  else
    pml_inspector_show_pool (self->inspector, self->heap, slot, index);
  gtk_toggle_button_set_active (self->inspector_button, TRUE);
}

/* The inspector follows its selection through the steps */
static void
refresh_inspector (PmlWindow *self)
{
  if (self->inspected_object != 0 && self->interp != NULL)
    {
      pml_inspector_show_object (self->inspector, self->interp, self->inspected_object);
      select_block_of_object (self, self->inspected_object);
    }
  else if (self->inspecting_pool && self->heap != NULL)
    pml_inspector_show_pool (self->inspector, self->heap, self->inspected_slot, self->inspected_index);
  else
    pml_inspector_clear (self->inspector);
}

/* Runs on to where the line of the editor's cursor next starts */
static void
run_to_cursor (PmlWindow *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->source_view));
  GtkTextIter cursor;
  gint line;

  gtk_text_buffer_get_iter_at_mark (buffer, &cursor, gtk_text_buffer_get_insert (buffer));
  line = gtk_text_iter_get_line (&cursor) + 1;
  if (!pml_run_run_to_line (self->run, line))
    {
      /* Translators: Run to Cursor found no later run of the cursor's line */
      g_autofree char *title = g_strdup_printf (_("Line %d does not run again from here"), line);

      pml_window_add_toast (self, adw_toast_new (title));
    }
}

static void
sim_step_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PmlWindow *self = PML_WINDOW (widget);

  if (self->run == NULL)
    return;
  if (g_str_equal (action_name, "sim.step-forward"))
    pml_run_step (self->run, PML_STEP_REQUEST, TRUE);
  else if (g_str_equal (action_name, "sim.step-back"))
    pml_run_step (self->run, PML_STEP_REQUEST, FALSE);
  else if (g_str_equal (action_name, "sim.event-forward"))
    pml_run_step (self->run, PML_STEP_EVENT, TRUE);
  else if (g_str_equal (action_name, "sim.event-back"))
    pml_run_step (self->run, PML_STEP_EVENT, FALSE);
  else if (g_str_equal (action_name, "sim.line-forward"))
    pml_run_step (self->run, PML_STEP_INTO, TRUE);
  else if (g_str_equal (action_name, "sim.line-back"))
    pml_run_step (self->run, PML_STEP_INTO, FALSE);
  else if (g_str_equal (action_name, "sim.step-over"))
    pml_run_step (self->run, PML_STEP_OVER, TRUE);
  else if (g_str_equal (action_name, "sim.step-into"))
    pml_run_step (self->run, PML_STEP_INTO, TRUE);
  else if (g_str_equal (action_name, "sim.step-out"))
    pml_run_step (self->run, PML_STEP_OUT, TRUE);
  else if (g_str_equal (action_name, "sim.run-to-cursor"))
    run_to_cursor (self);
  else if (g_str_equal (action_name, "sim.go-start"))
    pml_run_seek_start (self->run);
  else if (g_str_equal (action_name, "sim.go-end"))
    pml_run_seek_end (self->run);
}

static void
open_response_cb (PmlWindow            *self,
                  int                   response,
                  GtkFileChooserNative *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      pml_window_open_file (self, file);
    }
  g_clear_object (&self->chooser);
}

static void
win_open_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PmlWindow *self = PML_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Scenarios and allocation traces"));
  gtk_file_filter_add_pattern (filter, "*.py");
  gtk_file_filter_add_pattern (filter, "*.trace");
  gtk_file_filter_add_pattern (filter, "*.trace.gz");

  self->chooser = gtk_file_chooser_native_new (_("Open a Scenario Script or an Allocation Trace"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (open_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
win_open_example_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  g_autoptr(GFile) example = g_file_new_for_uri (EXAMPLE_URI);

  pml_window_open_file (PML_WINDOW (widget), example);
}

static void
example_activated_cb (PmlWindow         *self,
                      const char        *uri,
                      PmlExampleGallery *gallery)
{
  g_autoptr(GFile) example = g_file_new_for_uri (uri);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (gallery));

  /* the Examples window closes once one is picked */
  if (root != GTK_ROOT (self))
    gtk_window_close (GTK_WINDOW (root));
  pml_window_open_file (self, example);
}

static void
win_show_examples_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  PmlWindow *self = PML_WINDOW (widget);
  GtkWidget *window = adw_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *gallery = pml_example_gallery_new ();

  gtk_window_set_title (GTK_WINDOW (window), _("Examples"));
  gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (self));
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), 640, 720);
  gtk_widget_set_vexpand (gallery, TRUE);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), gallery);
  adw_window_set_content (ADW_WINDOW (window), box);
  g_signal_connect_object (gallery, "example-activated", G_CALLBACK (example_activated_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (window));
}

static void
win_toggle_inspector_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  PmlWindow *self = PML_WINDOW (widget);

  gtk_toggle_button_set_active (self->inspector_button, !gtk_toggle_button_get_active (self->inspector_button));
}

/* A script's run was simulated on the CPython version of its Run */
static void
preset_changed_cb (PmlWindow *self)
{
  pml_window_editor_check_stale (self);
}

static void
presenter_changed_cb (PmlWindow *self)
{
  gboolean presenter = g_settings_get_boolean (self->settings, "presenter-mode");

  pml_layout_view_set_presenter (PML_LAYOUT_VIEW (self->heap_view), presenter);
  pml_layout_view_set_presenter (PML_LAYOUT_VIEW (self->pool_view), presenter);
  pml_layout_view_set_presenter (PML_LAYOUT_VIEW (self->objects_view), presenter);
  /* the script, the output and the narration too */
  pml_window_font_update (self);
}

static void
shared_values_changed_cb (PmlWindow *self)
{
  pml_objects_view_set_shared_values (self->objects_view, g_settings_get_boolean (self->settings, "shared-values"));
}

/* Marks on the timeline where arenas were mapped (above) and released
 * (below): the moments worth jumping to */
#define MAX_TIMELINE_MARKS 400

static void
mark_timeline (PmlWindow *self)
{
  guint n_events = pml_heap_get_n_events (self->heap);
  guint n_marks = 0;

  gtk_scale_clear_marks (self->timeline);
  for (guint i = 0; i < n_events && n_marks < MAX_TIMELINE_MARKS; i++)
    {
      const PmlEvent *event = pml_heap_get_event (self->heap, i);

      if (event->kind != PML_EVENT_ARENA_MAP && event->kind != PML_EVENT_ARENA_UNMAP)
        continue;
      /* the start-up's and the tear-down's arenas are their one step */
      if (pml_heap_get_steps_begun (self->heap, i) < gtk_adjustment_get_lower (self->timeline_adjustment) ||
          pml_heap_get_steps_begun (self->heap, i) > gtk_adjustment_get_upper (self->timeline_adjustment))
        continue;

      gtk_scale_add_mark (self->timeline, pml_heap_get_steps_begun (self->heap, i),
                          event->kind == PML_EVENT_ARENA_MAP ? GTK_POS_TOP : GTK_POS_BOTTOM, NULL);
      n_marks++;
    }
  /* where the script ended and the interpreter tears down */
  if (self->interp != NULL)
    /* Translators: a timeline mark: the script ended here; the interpreter tears down after it */
    gtk_scale_add_mark (self->timeline, pml_run_get_shutdown_request (self->run), GTK_POS_TOP, _("exit"));
  /* a scenario's collections under the timeline, labelled where the
     labels do not run into each other */
  {
    guint spacing = MAX (1, (guint) (gtk_adjustment_get_upper (self->timeline_adjustment) -
                                     gtk_adjustment_get_lower (self->timeline_adjustment)) / 30);
    gint64 last_label = -(gint64) spacing;

    for (guint i = 0; self->collection_steps != NULL && i < self->collection_steps->len; i++)
      {
        guint step = g_array_index (self->collection_steps, guint, i);
        gboolean label = (gint64) step - last_label >= spacing;

        /* the tear-down's collections are in its one step */
        if (step > pml_run_get_shutdown_request (self->run))
          break;
        if (n_marks++ >= MAX_TIMELINE_MARKS)
          break;
        /* Translators: a timeline mark: the cycle collector ran here */
        gtk_scale_add_mark (self->timeline, step, GTK_POS_BOTTOM, label ? _("gc") : NULL);
        if (label)
          last_label = step;
      }
  }
}

/* A scenario: the requests made before each collection, or NULL */
const GArray *
pml_window_get_collection_steps (PmlWindow *self)
{
  g_return_val_if_fail (PML_IS_WINDOW (self), NULL);

  return self->collection_steps;
}

/* The script line that made the request being shown */
gint
pml_window_current_line (PmlWindow *self)
{
  guint step = pml_window_current_step (self);

  if (self->interp != NULL)
    return pml_run_get_line (self->run);
  if (self->request_lines == NULL || step == 0 || step > self->request_lines->len)
    return 0;
  return g_array_index (self->request_lines, gint32, step - 1);
}

static void
show_current_line (PmlWindow *self)
{
  pml_window_editor_show_position (self);
}

/* What the script had printed by the position shown */
static void
show_output (PmlWindow *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->output_view);
  guint length = self->interp != NULL ? pml_window_scenario_output_length (self) : 0;
  GtkTextIter end;

  gtk_text_buffer_set_text (buffer, self->output != NULL ? self->output->str : "", (int) length);
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_view_scroll_to_iter (self->output_view, &end, 0, FALSE, 0, 0);
}

static void
clear_scenario (PmlWindow *self)
{
  pml_window_scenario_set_run (self, NULL);
  if (self->output != NULL)
    g_string_free (g_steal_pointer (&self->output), TRUE);
  g_clear_pointer (&self->output_marks, g_array_unref);
}

/* Where a run opens when it replaces another of the same file (a long
 * trace's start): the heap's position and the pool shown */
typedef struct
{
  guint position;
  guint slot;
  guint index;
} Place;

static void
show_loaded (PmlWindow      *self,
             PmlLoadedTrace *loaded,
             GFile          *file,
             const Place    *place)
{
  g_autofree char *basename = g_file_get_basename (file);

  pml_window_play_stop (self);
  pml_window_dismiss_error (self);
  self->inspected_object = 0;
  self->inspecting_pool = FALSE;
  g_clear_pointer (&self->trace, pml_trace_free);
  clear_scenario (self);
  pml_window_scenario_set_run (self, loaded->interp != NULL ? pml_run_new_for_interp (g_steal_pointer (&loaded->interp))
                                                            : pml_run_new_for_heap (loaded->heap));
  pml_run_set_source (self->run, loaded->source);
  self->output = g_steal_pointer (&loaded->output);
  self->output_marks = g_steal_pointer (&loaded->output_marks);
  self->trace = g_steal_pointer (&loaded->trace);
  g_clear_pointer (&self->request_lines, g_array_unref);
  self->request_lines = g_steal_pointer (&loaded->request_lines);
  g_clear_pointer (&self->collection_steps, g_array_unref);
  self->collection_steps = g_steal_pointer (&loaded->collection_steps);
  g_free (self->ran_source);
  self->ran_source = g_strdup (loaded->source);
  /* the editor keeps what ran from it; a file opened is the new text */
  if (loaded->source == NULL)
    pml_window_editor_close (self);
  else if (!self->run_from_editor)
    pml_window_editor_set_text (self, file, loaded->source);

  if (!self->editing)
    adw_window_title_set_subtitle (self->window_title, basename);
  /* a scenario's timeline is its script's: the interpreter's start-up
     (some 800 requests) is its first step, and its tear-down (as many)
     its last */
  {
    guint startup = pml_run_get_startup_requests (self->run);
    guint first = startup > 0 ? startup - 1 : 0;
    guint n_steps = pml_heap_get_n_steps (self->heap);
    guint shutdown = pml_run_get_shutdown_request (self->run);
    guint last = shutdown < n_steps ? shutdown + 1 : n_steps;

    self->moving_timeline = TRUE;
    gtk_adjustment_configure (self->timeline_adjustment, first, first, last, 1, MAX (1, (last - first) / 100), 0);
    self->moving_timeline = FALSE;
  }
  mark_timeline (self);
  size_position_label (self);
  /* a scenario starts where the script does, after the interpreter's own
     start-up allocations (which stay a step back) */
  if (place != NULL)
    pml_run_seek (self->run, place->position, place->position);
  else if (self->interp != NULL)
    pml_run_seek_first_line (self->run);
  g_signal_connect_object (self->run, "stepped", G_CALLBACK (update_views), self, G_CONNECT_SWAPPED);
  /* a trace has no objects, and no lines: the heap alone, without a
     switcher of one tab, and no line buttons */
  gtk_stack_page_set_visible (gtk_stack_get_page (self->view_stack,
                                                  gtk_stack_get_child_by_name (self->view_stack, "objects")),
                              self->interp != NULL);
  gtk_widget_set_visible (self->view_switcher, self->interp != NULL);
  gtk_widget_set_visible (self->line_back_button, self->interp != NULL);
  gtk_widget_set_visible (self->line_forward_button, self->interp != NULL);
  gtk_widget_set_visible (self->step_menu_button, self->interp != NULL);
  pml_objects_view_set_interp (self->objects_view, self->interp);
  name_switcher_buttons (self);
  /* a Run of the edited script keeps the view the teacher was on */
  if (!self->run_from_editor || self->interp == NULL)
    gtk_stack_set_visible_child_name (self->view_stack, self->interp != NULL ? "objects" : "heap");
  pml_heap_view_set_heap (self->heap_view, self->heap);
  pml_pool_view_set_heap (self->pool_view, self->heap);
  pml_pool_view_set_pool (self->pool_view, place != NULL ? place->slot : 0, place != NULL ? place->index : 0);
  gtk_stack_set_visible_child_name (self->stack, "replay");
  set_sim_actions_enabled (self, TRUE);
  pml_window_set_stale (self, FALSE);
  pml_window_editor_set_run (self);
  update_views (self);
}

/* Nothing open: a new script, empty until it runs */
void
pml_window_clear_run (PmlWindow *self)
{
  GtkTextBuffer *output = gtk_text_view_get_buffer (self->output_view);

  pml_window_play_stop (self);
  pml_window_set_stale (self, FALSE);
  self->inspected_object = 0;
  self->inspecting_pool = FALSE;
  pml_heap_view_set_heap (self->heap_view, NULL);
  pml_pool_view_set_heap (self->pool_view, NULL);
  clear_scenario (self);
  g_clear_pointer (&self->trace, pml_trace_free);
  g_clear_pointer (&self->request_lines, g_array_unref);
  g_clear_pointer (&self->collection_steps, g_array_unref);
  g_clear_pointer (&self->ran_source, g_free);
  pml_window_editor_set_run (self);
  pml_window_editor_show_position (self);
  set_sim_actions_enabled (self, FALSE);
  gtk_widget_set_visible (self->line_back_button, TRUE);
  gtk_widget_set_visible (self->line_forward_button, TRUE);
  gtk_widget_set_visible (self->step_menu_button, TRUE);
  gtk_scale_clear_marks (self->timeline);
  self->moving_timeline = TRUE;
  gtk_adjustment_configure (self->timeline_adjustment, 0, 0, 0, 1, 1, 0);
  self->moving_timeline = FALSE;
  gtk_label_set_text (self->position_label, "");
  gtk_label_set_text (self->request_label, "");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->request_label), NULL);
  gtk_text_buffer_set_text (output, "", 0);
  pml_inspector_clear (self->inspector);
  gtk_label_set_text (self->narration, _("Write a script, then press Run (Ctrl+Return) to step through it."));
}

/* GtkStackSwitcher names its buttons with the pages' titles, mnemonic
 * underscores and all ("_Heap and Pools"): a screen reader would read
 * them out. Named again, plainly, whenever a page changed. */
static void
name_switcher_buttons (PmlWindow *self)
{
  g_autoptr(GtkSelectionModel) pages = gtk_stack_get_pages (self->view_stack);
  GtkWidget *button = gtk_widget_get_first_child (self->view_switcher);

  for (guint i = 0; button != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (pages)); i++)
    {
      g_autoptr(GObject) page = g_list_model_get_item (G_LIST_MODEL (pages), i);
      g_autofree char *title = NULL;
      GString *plain;

      g_object_get (page, "title", &title, NULL);
      plain = g_string_new (NULL);
      for (const char *c = title != NULL ? title : ""; *c != '\0'; c++)
        {
          /* "__" is a real underscore */
          if (*c == '_' && c[1] == '_')
            c++;
          else if (*c == '_')
            continue;
          g_string_append_c (plain, *c);
        }
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, plain->str, -1);
      g_string_free (plain, TRUE);
      button = gtk_widget_get_next_sibling (button);
    }
}

static gboolean
progress_timeout_cb (gpointer user_data)
{
  PmlWindow *self = user_data;

  double progress = pml_trace_loader_get_progress (self->loading);

  /* reading the file reports nothing: pulse until replaying starts */
  if (progress > 0)
    gtk_progress_bar_set_fraction (self->loading_progress, progress);
  else
    gtk_progress_bar_pulse (self->loading_progress);
  return G_SOURCE_CONTINUE;
}

static void
stop_showing_progress (PmlWindow *self)
{
  g_clear_handle_id (&self->progress_timeout, g_source_remove);
  gtk_revealer_set_reveal_child (self->loading_revealer, FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.stop-loading", FALSE);
}

/* A long trace's first requests: shown while the rest is replayed, so
 * the teacher can start stepping at once. The loading bar stays. */
static void
preview_cb (gpointer        source_object,
            GTask          *task,
            PmlLoadedTrace *preview,
            GFile          *file)
{
  PmlWindow *self = PML_WINDOW (source_object);

  if (task != self->loading)
    return;
  show_loaded (self, preview, file, NULL);
  self->showing_preview = TRUE;
  gtk_label_set_text (self->loading_label, _("Showing the trace’s start; replaying the rest…"));
}

static void
load_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  PmlWindow *self = PML_WINDOW (object);
  g_autoptr(GFile) file = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(PmlLoadedTrace) loaded = pml_trace_loader_finish (result, &error);

  /* a newer open replaced this one: only the newest is shown */
  if (G_TASK (result) != self->loading)
    return;

  g_clear_object (&self->loading);
  g_clear_object (&self->loading_cancellable);
  stop_showing_progress (self);

  if (loaded != NULL)
    {
      const char *traceback;
      Place place = { 0 };

      /* the whole trace takes over where the teacher was in its start,
         with the pool shown */
      if (self->showing_preview)
        {
          place.position = pml_run_get_heap_position (self->run);
          pml_pool_view_get_pool (self->pool_view, &place.slot, &place.index);
        }
      show_loaded (self, loaded, file, self->showing_preview ? &place : NULL);
      self->showing_preview = FALSE;
      /* an uncaught exception: underline the line it came from */
      if (self->output != NULL &&
          (traceback = g_strrstr (self->output->str, "Traceback (most recent call last):")) != NULL)
        pml_window_editor_mark_error (self, traceback);
    }
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_autofree char *basename = g_file_get_basename (file);
      gboolean script = self->run_from_editor || g_str_has_suffix (basename, ".py");

      pml_window_add_toast (self, adw_toast_new (script ? _("The script was stopped; what was open stays")
                                                 : self->showing_preview
                                                 ? _("Opening the trace was stopped: its start is shown")
                                                 : _("Opening the trace was stopped")));
    }
  else
    {
      g_autofree char *basename = g_file_get_basename (file);

      /* a script that cannot run is shown with its error, to be fixed;
         the views keep the last run */
      if (!self->run_from_editor && g_str_has_suffix (basename, ".py"))
        {
          g_autofree char *text = NULL;

          if (g_file_load_contents (file, NULL, &text, NULL, NULL, NULL) && g_utf8_validate (text, -1, NULL))
            {
              pml_window_editor_set_text (self, file, text);
              gtk_stack_set_visible_child_name (self->stack, "replay");
            }
        }
      if (self->editing)
        {
          /* Translators: shown under the views when a script cannot run */
          g_autofree char *sentence = g_strdup_printf (_("%s — fix it and press Run (Ctrl+Return)."),
                                                       error->message);

          pml_window_editor_mark_error (self, error->message);
          gtk_label_set_text (self->narration, sentence);
          /* what the views show is the last run that worked */
          pml_window_set_stale (self, TRUE);
        }
      pml_window_show_error (self, error);
    }
  self->run_from_editor = FALSE;
  self->showing_preview = FALSE;
}

static void
win_stop_loading_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  PmlWindow *self = PML_WINDOW (widget);

  if (self->loading_cancellable != NULL)
    g_cancellable_cancel (self->loading_cancellable);
}

static gboolean
pml_window_close_request (GtkWindow *window)
{
  PmlWindow *self = PML_WINDOW (window);
  int width, height;

  /* unsaved changes first: the window closes once they are dealt with */
  if (!self->closing && !pml_window_editor_confirm (self, PML_EDITOR_THEN_CLOSE, NULL))
    return TRUE;

  gtk_window_get_default_size (window, &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));

  return GTK_WINDOW_CLASS (pml_window_parent_class)->close_request (window);
}

static void
pml_window_dispose (GObject *object)
{
  PmlWindow *self = PML_WINDOW (object);

  /* the presenter-mode action follows the settings, which outlive the
     window: it goes with the window's action group, not after it */
  g_action_map_remove_action (G_ACTION_MAP (self), "presenter-mode");
  if (self->loading_cancellable != NULL)
    g_cancellable_cancel (self->loading_cancellable);
  g_clear_object (&self->loading_cancellable);
  g_clear_object (&self->loading);
  g_clear_handle_id (&self->progress_timeout, g_source_remove);
  g_clear_handle_id (&self->play_timeout, g_source_remove);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  if (self->error_toast != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->error_toast), (gpointer *) &self->error_toast);
  self->error_toast = NULL;
  pml_window_scenario_set_run (self, NULL);
  if (self->source_view != NULL)
    pml_window_editor_dispose (self);
  pml_window_font_dispose (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), PML_TYPE_WINDOW);
  g_clear_pointer (&self->trace, pml_trace_free);
  g_clear_pointer (&self->request_lines, g_array_unref);
  g_clear_pointer (&self->collection_steps, g_array_unref);
  g_clear_pointer (&self->ran_source, g_free);
  clear_scenario (self);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (pml_window_parent_class)->dispose (object);
}

static void
pml_window_class_init (PmlWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);
  static const struct { guint key; GdkModifierType modifiers; const char *action; } keys[] = {
    { GDK_KEY_o, GDK_CONTROL_MASK, "win.open" },
    { GDK_KEY_n, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.show-examples" },
    { GDK_KEY_e, GDK_CONTROL_MASK, "win.export-view" },
    { GDK_KEY_c, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.copy-heap" },
    { GDK_KEY_F5, 0, "win.presenter-mode" },
    { GDK_KEY_F4, 0, "win.toggle-inspector" },
    { GDK_KEY_plus, GDK_CONTROL_MASK, "view.zoom-in" },
    { GDK_KEY_equal, GDK_CONTROL_MASK, "view.zoom-in" },
    { GDK_KEY_minus, GDK_CONTROL_MASK, "view.zoom-out" },
    { GDK_KEY_0, GDK_CONTROL_MASK, "view.zoom-reset" },
  };

  object_class->dispose = pml_window_dispose;
  window_class->close_request = pml_window_close_request;

  g_type_ensure (PML_TYPE_HEAP_VIEW);
  g_type_ensure (PML_TYPE_POOL_VIEW);
  g_type_ensure (PML_TYPE_OBJECTS_VIEW);
  g_type_ensure (PML_TYPE_INSPECTOR);
  g_type_ensure (PML_TYPE_LEGEND);
  g_type_ensure (PML_TYPE_VIEW_LIST);
  g_type_ensure (PML_TYPE_EXAMPLE_GALLERY);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/pymemlab/PyMemLab/ui/pml-window.ui");
  g_type_ensure (GTK_SOURCE_TYPE_VIEW);
  gtk_widget_class_bind_template_child (widget_class, PmlWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, PmlWindow, script_pane);
  gtk_widget_class_bind_template_child (widget_class, PmlWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, PmlWindow, view_switcher);
  gtk_widget_class_bind_template_child (widget_class, PmlWindow, run_button);
  gtk_widget_class_bind_template_child (widget_class, PmlWindow, line_back_button);
  gtk_widget_class_bind_template_child (widget_class, PmlWindow, line_forward_button);
  gtk_widget_class_bind_template_child (widget_class, PmlWindow, step_menu_button);
  gtk_widget_class_bind_template_child (widget_class, PmlWindow, objects_view);
  gtk_widget_class_bind_template_child (widget_class, PmlWindow, output_view);
  gtk_widget_class_bind_template_child (widget_class, PmlWindow, source_view);
  gtk_widget_class_bind_template_child (widget_class, PmlWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PmlWindow, views_toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PmlWindow, stale_revealer);
  gtk_widget_class_bind_template_child (widget_class, PmlWindow, stale_label);
  gtk_widget_class_bind_template_child (widget_class, PmlWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, PmlWindow, heap_view);
  gtk_widget_class_bind_template_child (widget_class, PmlWindow, pool_view);
  gtk_widget_class_bind_template_child (widget_class, PmlWindow, narration);
  gtk_widget_class_bind_template_child (widget_class, PmlWindow, request_label);
  gtk_widget_class_bind_template_child (widget_class, PmlWindow, timeline);
  gtk_widget_class_bind_template_child (widget_class, PmlWindow, timeline_adjustment);
  gtk_widget_class_bind_template_child (widget_class, PmlWindow, position_label);
  gtk_widget_class_bind_template_child (widget_class, PmlWindow, loading_revealer);
  gtk_widget_class_bind_template_child (widget_class, PmlWindow, loading_label);
  gtk_widget_class_bind_template_child (widget_class, PmlWindow, loading_progress);
  gtk_widget_class_bind_template_callback (widget_class, timeline_value_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, heap_view_pool_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, example_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, objects_view_object_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, pool_view_block_activated_cb);
  gtk_widget_class_bind_template_child (widget_class, PmlWindow, inspector);
  gtk_widget_class_bind_template_child (widget_class, PmlWindow, inspector_scroller);
  gtk_widget_class_bind_template_child (widget_class, PmlWindow, inspector_button);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, win_open_action);
  gtk_widget_class_install_action (widget_class, "win.open-example", NULL, win_open_example_action);
  gtk_widget_class_install_action (widget_class, "win.show-examples", NULL, win_show_examples_action);
  gtk_widget_class_install_action (widget_class, "win.toggle-inspector", NULL, win_toggle_inspector_action);
  gtk_widget_class_install_action (widget_class, "win.stop-loading", NULL, win_stop_loading_action);
  gtk_widget_class_install_action (widget_class, "win.export-heap", NULL, pml_window_export_action);
  gtk_widget_class_install_action (widget_class, "win.export-view", NULL, pml_window_export_action);
  gtk_widget_class_install_action (widget_class, "win.export-pool", NULL, pml_window_export_action);
  gtk_widget_class_install_action (widget_class, "win.copy-heap", NULL, pml_window_copy_action);
  gtk_widget_class_install_action (widget_class, "sim.step-forward", NULL, sim_step_action);
  gtk_widget_class_install_action (widget_class, "sim.step-back", NULL, sim_step_action);
  gtk_widget_class_install_action (widget_class, "sim.event-forward", NULL, sim_step_action);
  gtk_widget_class_install_action (widget_class, "sim.event-back", NULL, sim_step_action);
  gtk_widget_class_install_action (widget_class, "sim.go-start", NULL, sim_step_action);
  gtk_widget_class_install_action (widget_class, "sim.go-end", NULL, sim_step_action);
  gtk_widget_class_install_action (widget_class, "sim.line-forward", NULL, sim_step_action);
  gtk_widget_class_install_action (widget_class, "sim.line-back", NULL, sim_step_action);
  gtk_widget_class_install_action (widget_class, "sim.step-over", NULL, sim_step_action);
  gtk_widget_class_install_action (widget_class, "sim.step-into", NULL, sim_step_action);
  gtk_widget_class_install_action (widget_class, "sim.step-out", NULL, sim_step_action);
  gtk_widget_class_install_action (widget_class, "sim.run-to-cursor", NULL, sim_step_action);

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_widget_class_add_binding_action (widget_class, keys[i].key, keys[i].modifiers, keys[i].action, NULL);
  pml_window_editor_class_init (widget_class);
  pml_window_font_class_init (widget_class);
  pml_window_play_class_init (widget_class);
  gtk_widget_class_bind_template_child (widget_class, PmlWindow, play_button);
  gtk_widget_class_bind_template_child (widget_class, PmlWindow, speed_spin);
}

/* A function key of the transport is the transport's even when its
 * action is off (at the end, F8 does nothing): it never goes on to a
 * GtkPaned, which would move the focus to its handle */
static gboolean
transport_key_cb (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   user_data)
{
  gtk_widget_activate_action (widget, user_data, NULL);
  return TRUE;
}

/* The transport's keys and Run work wherever the focus is: the window
 * sees them first, before the editor (Ctrl+Return would insert a line,
 * Ctrl+Home move the cursor), a GtkPaned (F6 and F8 move its focus) or a
 * GtkScrolledWindow (Ctrl+Home scrolls). Ctrl+Home, Ctrl+End and
 * Ctrl+Return go on to the focus when there is nothing to step or run. */
static void
add_transport_shortcuts (PmlWindow *self)
{
  static const struct { guint key; GdkModifierType modifiers; const char *action; } keys[] = {
    { GDK_KEY_F6, 0, "sim.step-forward" },
    { GDK_KEY_F6, GDK_SHIFT_MASK, "sim.step-back" },
    { GDK_KEY_F7, 0, "sim.event-forward" },
    { GDK_KEY_F7, GDK_SHIFT_MASK, "sim.event-back" },
    { GDK_KEY_F8, 0, "sim.line-forward" },
    { GDK_KEY_F8, GDK_SHIFT_MASK, "sim.line-back" },
    { GDK_KEY_F9, 0, "sim.play" },
    /* a debugger's keys (Visual Studio's, VS Code's) */
    { GDK_KEY_F10, 0, "sim.step-over" },
    { GDK_KEY_F11, 0, "sim.step-into" },
    { GDK_KEY_F11, GDK_SHIFT_MASK, "sim.step-out" },
    { GDK_KEY_F10, GDK_CONTROL_MASK, "sim.run-to-cursor" },
    { GDK_KEY_Home, GDK_CONTROL_MASK, "sim.go-start" },
    { GDK_KEY_End, GDK_CONTROL_MASK, "sim.go-end" },
    { GDK_KEY_Return, GDK_CONTROL_MASK, "win.run" },
    { GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "win.run" },
  };
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (controller), GTK_SHORTCUT_SCOPE_LOCAL);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      gboolean function_key = keys[i].key >= GDK_KEY_F1 && keys[i].key <= GDK_KEY_F12;
      GtkShortcutAction *action = function_key
        ? gtk_callback_action_new (transport_key_cb, (gpointer) keys[i].action, NULL)
        : gtk_named_action_new (keys[i].action);

      gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                            gtk_shortcut_new (gtk_keyval_trigger_new (keys[i].key, keys[i].modifiers),
                                                              action));
    }
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static void
pml_window_init (PmlWindow *self)
{
  g_autoptr(GAction) presenter = NULL;
  g_autoptr(GAction) shared_values = NULL;
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  add_transport_shortcuts (self);
  /* a diagram wider than its pane stays where it is when it takes the
     focus: the viewport would scroll to show its right end */
  {
    GtkWidget *views[] = { GTK_WIDGET (self->heap_view), GTK_WIDGET (self->pool_view),
                           GTK_WIDGET (self->objects_view) };

    for (guint i = 0; i < G_N_ELEMENTS (views); i++)
      if (GTK_IS_VIEWPORT (gtk_widget_get_parent (views[i])))
        gtk_viewport_set_scroll_to_focus (GTK_VIEWPORT (gtk_widget_get_parent (views[i])), FALSE);
  }

  self->settings = g_settings_new (APP_ID);
  gtk_window_set_default_size (GTK_WINDOW (self), g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  pml_window_font_init (self);
  pml_window_script_width_init (self);
  presenter = g_settings_create_action (self->settings, "presenter-mode");
  g_action_map_add_action (G_ACTION_MAP (self), presenter);
  g_signal_connect_object (self->settings, "changed::presenter-mode", G_CALLBACK (presenter_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::preset", G_CALLBACK (preset_changed_cb), self,
                           G_CONNECT_SWAPPED);
  presenter_changed_cb (self);
  /* the objects view: small values written in place, or as shared objects */
  shared_values = g_settings_create_action (self->settings, "shared-values");
  g_action_map_add_action (G_ACTION_MAP (self), shared_values);
  g_signal_connect_object (self->settings, "changed::shared-values", G_CALLBACK (shared_values_changed_cb), self,
                           G_CONNECT_SWAPPED);
  shared_values_changed_cb (self);

  set_sim_actions_enabled (self, FALSE);
  name_switcher_buttons (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.stop-loading", FALSE);
  pml_window_editor_init (self);
  pml_window_editor_offer_draft (self);
  pml_window_play_init (self);
  /* the inspector comes with a choice, and the button hides it again */
  g_object_bind_property (self->inspector_button, "active", self->inspector_scroller, "visible",
                          G_BINDING_SYNC_CREATE);
  /* GtkToggleButton says it is pressed only once toggled: until then a
     screen reader would take it for a plain button */
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->inspector_button), GTK_ACCESSIBLE_STATE_PRESSED,
                               gtk_toggle_button_get_active (self->inspector_button), -1);
}

PmlWindow *
pml_window_new (PmlApplication *application)
{
  return g_object_new (PML_TYPE_WINDOW, "application", application, NULL);
}

/* Loads and replays a whole trace in a worker, then shows its start. Bad
 * input is reported in the window; what was open stays open meanwhile and
 * after a failure. */
/* What a script's messages and tracebacks call it: its path, its name
 * for a bundled example, and no file at all for a text never saved */
static char *
dup_script_name (GFile *file)
{
  g_autofree char *scheme = NULL;

  if (file == NULL)
    /* Translators: the file name in the errors of a script never saved, as Python says <stdin> */
    return g_strdup (_("<unsaved script>"));
  scheme = g_file_get_uri_scheme (file);
  if (g_strcmp0 (scheme, "resource") == 0)
    return g_file_get_basename (file);
  return NULL;
}

/* @file: NULL for the editor's text never saved */
static void
start_loading (PmlWindow  *self,
               GFile      *file,
               const char *text)
{
  g_autofree char *preset = NULL;
  g_autofree char *name = dup_script_name (file);
  g_autoptr(GFile) placeholder = NULL;

  if (file == NULL)
    file = placeholder = g_file_new_for_path ("unsaved.py");

  if (self->loading_cancellable != NULL)
    g_cancellable_cancel (self->loading_cancellable);
  g_clear_object (&self->loading);
  g_clear_object (&self->loading_cancellable);

  preset = g_settings_get_string (self->settings, "preset");
  self->loading_cancellable = g_cancellable_new ();
  self->run_from_editor = text != NULL;
  {
    g_autofree char *basename = g_file_get_basename (file);

    gtk_label_set_text (self->loading_label, text != NULL || g_str_has_suffix (basename, ".py")
                                             ? _("Running the script…") : _("Replaying the trace…"));
  }
  self->showing_preview = FALSE;
  self->loading = pml_trace_loader_start (self, file, text, name, preset, self->loading_cancellable, preview_cb,
                                          load_done_cb, g_object_ref (file));

  gtk_progress_bar_set_fraction (self->loading_progress, 0);
  gtk_revealer_set_reveal_child (self->loading_revealer, TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.stop-loading", TRUE);
  if (self->progress_timeout == 0)
    self->progress_timeout = g_timeout_add (100, progress_timeout_cb, self);
}

void
pml_window_open_trace (PmlWindow *self,
                       GFile     *file)
{
  g_return_if_fail (PML_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  start_loading (self, file, NULL);
}

/* Runs the editor's text as the script @file (NULL: never saved) */
void
pml_window_run_text (PmlWindow  *self,
                     GFile      *file,
                     const char *text)
{
  start_loading (self, file, text);
}

/* What a user's open does (Open, the gallery, the command line of a
 * running instance): @file opens once unsaved changes are saved or
 * discarded */
void
pml_window_open_file (PmlWindow *self,
                      GFile     *file)
{
  g_return_if_fail (PML_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (pml_window_editor_confirm (self, PML_EDITOR_THEN_OPEN, file))
    pml_window_open_trace (self, file);
}

gboolean
pml_window_is_loading (PmlWindow *self)
{
  g_return_val_if_fail (PML_IS_WINDOW (self), FALSE);

  return self->loading != NULL;
}

guint
pml_window_get_step (PmlWindow *self)
{
  g_return_val_if_fail (PML_IS_WINDOW (self), 0);

  return self->heap != NULL ? pml_window_current_step (self) : 0;
}

/* A scenario: the script line that made the request shown; 0 before the
 * script's first line (or for a trace) */
gint
pml_window_get_script_line (PmlWindow *self)
{
  g_return_val_if_fail (PML_IS_WINDOW (self), 0);

  return self->heap != NULL ? pml_window_current_line (self) : 0;
}

guint
pml_window_get_n_steps (PmlWindow *self)
{
  g_return_val_if_fail (PML_IS_WINDOW (self), 0);

  return self->heap != NULL ? pml_heap_get_n_steps (self->heap) : 0;
}

/* A scenario: the objects the objects view draws */
guint
pml_window_get_n_objects (PmlWindow *self)
{
  g_return_val_if_fail (PML_IS_WINDOW (self), 0);

  return pml_objects_view_get_n_nodes (self->objects_view);
}

/* The sentence under the views */
char *
pml_window_dup_narration (PmlWindow *self)
{
  g_return_val_if_fail (PML_IS_WINDOW (self), NULL);

  return g_strdup (gtk_label_get_text (self->narration));
}

/* What the output pane shows */
char *
pml_window_dup_output (PmlWindow *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_return_val_if_fail (PML_IS_WINDOW (self), NULL);

  buffer = gtk_text_view_get_buffer (self->output_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

GtkWidget *
pml_window_get_objects_view (PmlWindow *self)
{
  g_return_val_if_fail (PML_IS_WINDOW (self), NULL);

  return GTK_WIDGET (self->objects_view);
}

GtkWidget *
pml_window_get_inspector (PmlWindow *self)
{
  g_return_val_if_fail (PML_IS_WINDOW (self), NULL);

  return GTK_WIDGET (self->inspector);
}
