/* pml-window-editor.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "pml-atomic-file.h"
#include "pml-window-editor.h"
#include "pml-window-private.h"

/* The script editor: a scenario's text can be changed and run again,
 * saved (atomically: pml_atomic_file_set_contents () replaces an existing
 * file only once the new text is whole on the disk), and
 * is never lost: closing or opening another file asks first, and a draft
 * is kept on disk while there are unsaved changes, to be recovered after
 * a crash. The line that runs is shown with a tag, not the cursor, so
 * stepping never moves what the user is typing. */

#define DRAFT_DELAY_MS 1500

static GtkTextBuffer *
get_buffer (PmlWindow *self)
{
  return gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->source_view));
}

static char *
dup_text (PmlWindow *self)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (get_buffer (self), &start, &end);
  return gtk_text_buffer_get_text (get_buffer (self), &start, &end, FALSE);
}

/* Where unsaved changes are kept between a crash and the next start */
static char *
draft_dir (void)
{
  return g_build_filename (g_get_user_state_dir (), "pymemlab", NULL);
}

static void
remove_draft (void)
{
  g_autofree char *dir = draft_dir ();
  g_autofree char *script = g_build_filename (dir, "draft.py", NULL);
  g_autofree char *info = g_build_filename (dir, "draft.ini", NULL);

  g_unlink (script);
  g_unlink (info);
}

static gboolean
write_draft_cb (gpointer user_data)
{
  PmlWindow *self = user_data;
  g_autofree char *dir = draft_dir ();
  g_autofree char *script = g_build_filename (dir, "draft.py", NULL);
  g_autofree char *info = g_build_filename (dir, "draft.ini", NULL);
  g_autofree char *text = dup_text (self);
  g_autoptr(GKeyFile) keys = g_key_file_new ();
  g_autoptr(GError) error = NULL;

  self->draft_timeout = 0;
  if (!gtk_text_buffer_get_modified (get_buffer (self)))
    return G_SOURCE_REMOVE;
  if (self->document != NULL)
    {
      g_autofree char *uri = g_file_get_uri (self->document);

      g_key_file_set_string (keys, "draft", "document", uri);
    }
  if (g_mkdir_with_parents (dir, 0700) != 0 ||
      !g_file_set_contents (script, text, -1, &error) ||
      !g_key_file_save_to_file (keys, info, &error))
    g_warning ("Could not keep a draft of the script in %s: %s", dir,
               error != NULL ? error->message : g_strerror (errno));
  return G_SOURCE_REMOVE;
}

static void
update_title (PmlWindow *self)
{
  g_autofree char *name = self->document != NULL ? g_file_get_basename (self->document)
                                                 : g_strdup (_("Untitled Script"));
  g_autofree char *title = NULL;

  if (!self->editing)
    return;
  /* Translators: the subtitle of a script with unsaved changes */
  title = gtk_text_buffer_get_modified (get_buffer (self)) ? g_strdup_printf (_("• %s (unsaved)"), name)
                                                           : g_strdup (name);
  adw_window_title_set_subtitle (self->window_title, title);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save", TRUE);
}

static void
buffer_changed_cb (PmlWindow *self)
{
  GtkTextIter start, end;

  if (self->setting_text)
    return;
  /* the error marks belong to the text that ran */
  gtk_text_buffer_get_bounds (get_buffer (self), &start, &end);
  gtk_text_buffer_remove_tag_by_name (get_buffer (self), "error", &start, &end);
  g_clear_pointer (&self->error_message, g_free);
  /* the error was about the text before; the diagrams are of the last
     run, up to date again if the text is back to what ran */
  pml_window_dismiss_error (self);
  pml_window_editor_check_stale (self);
  if (self->draft_timeout == 0)
    self->draft_timeout = g_timeout_add (DRAFT_DELAY_MS, write_draft_cb, self);
}

static void
modified_changed_cb (PmlWindow *self)
{
  /* nothing unsaved, nothing to recover */
  if (!gtk_text_buffer_get_modified (get_buffer (self)))
    {
      g_clear_handle_id (&self->draft_timeout, g_source_remove);
      remove_draft ();
    }
  update_title (self);
}

static char *describe_line_marks (PmlWindow *self);
static void  update_legend       (PmlWindow *self);

static gboolean
source_query_tooltip_cb (PmlWindow  *self,
                         int         x,
                         int         y,
                         gboolean    keyboard,
                         GtkTooltip *tooltip)
{
  GtkTextView *view = GTK_TEXT_VIEW (self->source_view);
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (get_buffer (self)), "error");
  GtkTextIter iter;
  int bx, by;
  gint line;

  if (keyboard)
    gtk_text_buffer_get_iter_at_mark (get_buffer (self), &iter, gtk_text_buffer_get_insert (get_buffer (self)));
  else
    {
      gtk_text_view_window_to_buffer_coords (view, GTK_TEXT_WINDOW_WIDGET, x, y, &bx, &by);
      gtk_text_view_get_iter_at_location (view, &iter, bx, by);
    }
  if (self->error_message != NULL && gtk_text_iter_has_tag (&iter, tag))
    {
      gtk_tooltip_set_text (tooltip, self->error_message);
      return TRUE;
    }
  line = gtk_text_iter_get_line (&iter) + 1;
  if (line == self->line_ran || line == self->line_next)
    {
      g_autofree char *words = describe_line_marks (self);

      gtk_tooltip_set_text (tooltip, words);
      return TRUE;
    }
  return FALSE;
}

/* The diagrams are stale when the text is not what ran, or the run was
 * simulated on another CPython version than the preferences' */
void
pml_window_editor_check_stale (PmlWindow *self)
{
  g_autofree char *text = NULL;
  g_autofree char *preset = NULL;
  gboolean text_changed, preset_changed;

  if (self->interp == NULL)
    return;
  text = dup_text (self);
  preset = g_settings_get_string (self->settings, "preset");
  text_changed = g_strcmp0 (text, self->ran_source) != 0;
  preset_changed = g_strcmp0 (preset, pml_heap_get_preset (self->heap)->name) != 0;
  pml_window_set_stale (self, text_changed || preset_changed);
  /* the gutter's numbers belong to the lines that ran */
  if (self->gutter_current != !text_changed)
    {
      self->gutter_current = !text_changed;
      pml_memory_gutter_set_memory (self->memory_gutter, self->gutter_current ? self->line_memory : NULL);
      update_legend (self);
    }
  if (preset_changed && !text_changed)
    gtk_label_set_text (self->stale_label, _("The CPython version changed — Run to update the diagrams"));
}

/* Sets the editor's text as loaded from a file: not modified */
void
pml_window_editor_set_text (PmlWindow  *self,
                            GFile      *document,
                            const char *text)
{
  GtkTextBuffer *buffer = get_buffer (self);
  GtkSourceLanguage *python = gtk_source_language_manager_get_language (gtk_source_language_manager_get_default (),
                                                                        "python3");

  g_set_object (&self->document, document);
  self->editing = TRUE;
  self->setting_text = TRUE;
  gtk_text_buffer_begin_irreversible_action (buffer);
  gtk_text_buffer_set_text (buffer, text, -1);
  gtk_text_buffer_end_irreversible_action (buffer);
  gtk_source_buffer_set_language (GTK_SOURCE_BUFFER (buffer), python);
  gtk_text_buffer_set_modified (buffer, FALSE);
  self->setting_text = FALSE;
  g_clear_pointer (&self->error_message, g_free);
  g_clear_handle_id (&self->draft_timeout, g_source_remove);
  remove_draft ();
  gtk_widget_set_visible (self->script_pane, TRUE);
  gtk_widget_set_visible (self->run_button, TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.run", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as", TRUE);
  update_title (self);
}

/* Stops editing: a trace is open */
void
pml_window_editor_close (PmlWindow *self)
{
  self->editing = FALSE;
  g_clear_object (&self->document);
  self->setting_text = TRUE;
  gtk_text_buffer_set_text (get_buffer (self), "", -1);
  gtk_text_buffer_set_modified (get_buffer (self), FALSE);
  self->setting_text = FALSE;
  g_clear_handle_id (&self->draft_timeout, g_source_remove);
  gtk_widget_set_visible (self->script_pane, FALSE);
  /* a trace has nothing to run */
  gtk_widget_set_visible (self->run_button, FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.run", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as", FALSE);
}

gboolean
pml_window_editor_is_modified (PmlWindow *self)
{
  return self->editing && gtk_text_buffer_get_modified (get_buffer (self));
}

/* Brings the marked line into view, moving the editor up or down only:
 * GtkTextView's own scroll to an iter also scrolls sideways, and in an
 * editor not laid out yet (a script just opened from the gallery) it
 * hid the first columns. Before the editor has its size, waits for it. */
static gboolean scroll_to_line_tick_cb (GtkWidget     *widget,
                                        GdkFrameClock *clock,
                                        gpointer       user_data);

static gboolean
scroll_to_marked_line (PmlWindow *self)
{
  GtkTextView *view = GTK_TEXT_VIEW (self->source_view);
  GtkTextBuffer *buffer = get_buffer (self);
  GtkTextMark *mark = gtk_text_buffer_get_mark (buffer, "line-shown");
  GtkAdjustment *vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view));
  double page = vadjustment != NULL ? gtk_adjustment_get_page_size (vadjustment) : 0;
  double value;
  GtkTextIter iter;
  int y, height;

  if (mark == NULL)
    return TRUE;
  if (page <= 0)
    return FALSE;
  gtk_text_buffer_get_iter_at_mark (buffer, &iter, mark);
  gtk_text_view_get_line_yrange (view, &iter, &y, &height);
  value = gtk_adjustment_get_value (vadjustment);
  if (y < value || y + height > value + page)
    gtk_adjustment_set_value (vadjustment, y - 0.2 * page);
  return TRUE;
}

static gboolean
scroll_to_line_tick_cb (GtkWidget     *widget,
                        GdkFrameClock *clock,
                        gpointer       user_data)
{
  PmlWindow *self = user_data;

  if (!scroll_to_marked_line (self))
    return G_SOURCE_CONTINUE;
  self->scroll_tick = 0;
  return G_SOURCE_REMOVE;
}

static void
scroll_to_line_of (PmlWindow         *self,
                   const GtkTextIter *iter)
{
  GtkTextBuffer *buffer = get_buffer (self);
  GtkTextMark *mark = gtk_text_buffer_get_mark (buffer, "line-shown");

  if (mark == NULL)
    gtk_text_buffer_create_mark (buffer, "line-shown", iter, TRUE);
  else
    gtk_text_buffer_move_mark (buffer, mark, iter);
  if (self->scroll_tick == 0 && !scroll_to_marked_line (self))
    self->scroll_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self->source_view), scroll_to_line_tick_cb,
                                                      self, NULL);
}

/* Underlines the line a message names ("FILE:LINE:COL: what" from the
 * compiler, or a traceback's last "line N"), and keeps the message for
 * the line's tooltip */
void
pml_window_editor_mark_error (PmlWindow  *self,
                              const char *message)
{
  GtkTextBuffer *buffer = get_buffer (self);
  g_autoptr(GRegex) compile = g_regex_new (":([0-9]+):([0-9]+)(-[0-9]+:[0-9]+)?: ", 0, 0, NULL);
  g_autoptr(GRegex) traceback = g_regex_new ("line ([0-9]+)", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  gint64 line = 0, column = 0;
  GtkTextIter start, end;

  if (!self->editing || message == NULL)
    return;
  if (g_regex_match (compile, message, 0, &match))
    {
      g_autofree char *l = g_match_info_fetch (match, 1);
      g_autofree char *c = g_match_info_fetch (match, 2);

      line = g_ascii_strtoll (l, NULL, 10);
      column = g_ascii_strtoll (c, NULL, 10);
    }
  else
    {
      g_clear_pointer (&match, g_match_info_unref);
      /* the innermost frame is the last one a traceback names */
      for (g_regex_match (traceback, message, 0, &match); g_match_info_matches (match);
           g_match_info_next (match, NULL))
        {
          g_autofree char *l = g_match_info_fetch (match, 1);

          line = g_ascii_strtoll (l, NULL, 10);
        }
    }
  if (line <= 0 || line > gtk_text_buffer_get_line_count (buffer))
    return;

  g_free (self->error_message);
  self->error_message = g_strdup (message);
  gtk_text_buffer_get_iter_at_line (buffer, &start, (int) line - 1);
  /* an error at the end of the file (a bracket never closed) belongs to
     the last line with something on it */
  while (gtk_text_iter_ends_line (&start) && gtk_text_iter_get_line (&start) > 0)
    {
      gtk_text_iter_backward_line (&start);
      column = 0;
    }
  end = start;
  if (!gtk_text_iter_ends_line (&end))
    gtk_text_iter_forward_to_line_end (&end);
  if (column > 1 && column - 1 < gtk_text_iter_get_line_offset (&end))
    gtk_text_iter_set_line_offset (&start, (int) column - 1);
  gtk_text_buffer_apply_tag_by_name (buffer, "error", &start, &end);
  scroll_to_line_of (self, &start);
}

/* The line marks -------------------------------------------------------- */

/* The line the run is at, from the stepping code: the one place to change
 * when stepping moves to the shared run object */
static gint
line_of_run (PmlWindow *self)
{
  return pml_window_scenario_line (self);
}

/* Which line just ran and which runs next, as Python Tutor's two arrows,
 * from the run's line events: the line of the last line event done is
 * about to run (nothing after its event done yet) or running; the line
 * event before it is the line that ran. Once the script has ended, its
 * last line ran and nothing runs next. */
static void
find_line_marks (PmlWindow *self,
                 gint      *ran,
                 gint      *next,
                 gboolean  *running)
{
  gint line = self->interp != NULL ? line_of_run (self) : 0;
  guint position, shown = G_MAXUINT;

  *ran = *next = 0;
  *running = FALSE;
  if (line <= 0)
    return;
  position = pml_interp_get_position (self->interp);
  for (guint k = position; k-- > 0;)
    {
      const PmlObjEvent *ev = pml_interp_get_event (self->interp, k);

      if (pml_obj_event_get_kind (ev) != PML_OBJ_EVENT_LINE)
        continue;
      if (shown == G_MAXUINT)
        shown = k;
      else
        {
          *ran = pml_obj_event_get_value (ev);
          break;
        }
    }
  if (position >= pml_interp_get_shutdown_position (self->interp))
    {
      *ran = line;
      return;
    }
  *next = line;
  *running = shown != G_MAXUINT &&
             (position > shown + 1 ||
              pml_heap_get_position (self->heap) > pml_interp_get_event_heap_position (self->interp, shown));
}

static void
tag_line (PmlWindow  *self,
          const char *tag,
          gint        line)
{
  GtkTextBuffer *buffer = get_buffer (self);
  GtkTextIter start, end;

  if (line <= 0 || line > gtk_text_buffer_get_line_count (buffer))
    return;
  gtk_text_buffer_get_iter_at_line (buffer, &start, line - 1);
  end = start;
  gtk_text_iter_forward_line (&end);
  gtk_text_buffer_apply_tag_by_name (buffer, tag, &start, &end);
}

/* The two marks in words: for the legend under the script, the editor's
 * accessible description and the marked lines' tooltips */
static char *
describe_line_marks (PmlWindow *self)
{
  if (self->line_next > 0 && self->line_next == self->line_ran)
    /* Translators: the line marks; %d is a line of the script */
    return g_strdup_printf (_("Line %d ran and runs again"), self->line_next);
  if (self->line_next > 0 && self->line_ran > 0)
    return g_strdup_printf (self->line_running ? _("Line %d ran; line %d is running")
                                               : _("Line %d ran; line %d runs next"),
                            self->line_ran, self->line_next);
  if (self->line_next > 0)
    return g_strdup_printf (self->line_running ? _("Line %d is running") : _("Line %d runs next"),
                            self->line_next);
  if (self->line_ran > 0)
    return g_strdup_printf (_("Line %d ran last: the program has ended"), self->line_ran);
  return g_strdup ("");
}

/* The legend's swatches are the marks' own colours, with the line in them */
#define RAN_RGB  "46,194,126"
#define NEXT_RGB "53,132,228"

static void
update_legend (PmlWindow *self)
{
  g_autofree char *words = describe_line_marks (self);
  g_autofree char *ran = NULL;
  g_autofree char *next = NULL;
  g_autofree char *gutter = NULL;
  g_autofree char *markup = NULL;

  if (self->line_ran > 0 && self->line_ran != self->line_next)
    ran = g_strdup_printf ("<span background=\"#2ec27e\" bgalpha=\"40%%\"> %d </span> %s", self->line_ran,
                           self->line_next > 0 ? C_("line legend", "ran")
                                               : C_("line legend", "ran last: the program has ended"));
  if (self->line_next > 0)
    next = g_strdup_printf ("<span background=\"#3584e4\" bgalpha=\"45%%\"> %d </span> %s", self->line_next,
                            self->line_next == self->line_ran ? C_("line legend", "ran and runs again")
                            : self->line_running ? C_("line legend", "is running")
                            : C_("line legend", "runs next"));
  /* what the gutter's numbers are, while it shows some */
  if (gtk_widget_get_visible (GTK_WIDGET (self->memory_gutter)) &&
      pml_memory_gutter_get_memory (self->memory_gutter) != NULL)
    gutter = g_strdup_printf ("<span foreground=\"%s\">+</span>/<span foreground=\"%s\">−</span> %s",
                              pml_memory_gutter_get_dark (self->memory_gutter) ? "#8ff0a4" : "#1a7f37",
                              pml_memory_gutter_get_dark (self->memory_gutter) ? "#ff9c8f" : "#c01c28",
                              C_("line legend", "bytes per line"));
  markup = g_strjoin ("   ", ran != NULL ? ran : "", next != NULL ? next : "", gutter != NULL ? gutter : "", NULL);
  gtk_label_set_markup (self->line_legend, g_strstrip (markup));
  if (gutter != NULL)
    {
      /* Translators: the legend's tooltip, after the line marks in words */
      g_autofree char *tooltip =
        g_strdup_printf (_("%s. Beside each line: the bytes it allocated (+) and freed (−) up to here."), words);

      gtk_widget_set_tooltip_text (GTK_WIDGET (self->line_legend), tooltip);
    }
  else
    gtk_widget_set_tooltip_text (GTK_WIDGET (self->line_legend), words);
  gtk_widget_set_visible (GTK_WIDGET (self->line_legend), *words != '\0');
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->source_view), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, words,
                                  -1);
}

/* Shows where the run is: the line that ran and the one that runs next
 * (tags, so the cursor stays where the user is), and the memory each
 * line asked for up to here */
void
pml_window_editor_show_position (PmlWindow *self)
{
  GtkTextBuffer *buffer = get_buffer (self);
  GtkTextIter start, end;

  find_line_marks (self, &self->line_ran, &self->line_next, &self->line_running);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_remove_tag_by_name (buffer, "ran", &start, &end);
  gtk_text_buffer_remove_tag_by_name (buffer, "next", &start, &end);
  if (self->line_ran != self->line_next)
    tag_line (self, "ran", self->line_ran);
  tag_line (self, "next", self->line_next);
  update_legend (self);
  if (self->line_memory != NULL)
    {
      pml_line_memory_seek (self->line_memory, pml_window_current_step (self));
      pml_memory_gutter_changed (self->memory_gutter);
    }
  if (self->line_next > 0 || self->line_ran > 0)
    {
      gtk_text_buffer_get_iter_at_line (buffer, &start, (self->line_next > 0 ? self->line_next : self->line_ran) - 1);
      scroll_to_line_of (self, &start);
    }
}

/* How many requests the script made before the interpreter began to tear
 * down: the rest belongs to no line */
static guint
count_script_requests (PmlWindow *self)
{
  guint shutdown = pml_interp_get_shutdown_position (self->interp);
  guint heap_position = shutdown < pml_interp_get_n_events (self->interp)
                          ? pml_interp_get_event_heap_position (self->interp, shutdown)
                          : pml_heap_get_n_events (self->heap);

  return heap_position > 0 ? pml_heap_get_steps_begun (self->heap, heap_position - 1) : 0;
}

/* A run was loaded (or cleared): its memory per line, for the gutter */
void
pml_window_editor_set_run (PmlWindow *self)
{
  g_clear_pointer (&self->line_memory, pml_line_memory_unref);
  if (self->interp != NULL && self->trace != NULL && self->request_lines != NULL)
    self->line_memory = pml_line_memory_new (self->trace, self->request_lines, count_script_requests (self));
  self->gutter_current = TRUE;
  pml_memory_gutter_set_memory (self->memory_gutter, self->line_memory);
}

static void
win_run_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PmlWindow *self = PML_WINDOW (widget);
  g_autofree char *text = dup_text (self);

  pml_window_run_text (self, self->document, text);
}

/* Saving ---------------------------------------------------------------- */

static gboolean
is_writable_document (GFile *file)
{
  g_autofree char *scheme = file != NULL ? g_file_get_uri_scheme (file) : NULL;

  /* the bundled examples live in the resources: Save As makes a copy */
  return file != NULL && g_strcmp0 (scheme, "resource") != 0;
}

gboolean
pml_window_editor_save_to (PmlWindow  *self,
                           GFile      *file,
                           GError    **error)
{
  g_autofree char *text = dup_text (self);

  if (!pml_atomic_file_set_contents (file, text, strlen (text), error))
    return FALSE;
  g_set_object (&self->document, file);
  gtk_text_buffer_set_modified (get_buffer (self), FALSE);
  g_clear_handle_id (&self->draft_timeout, g_source_remove);
  remove_draft ();
  update_title (self);
  return TRUE;
}

static void
finish_pending (PmlWindow *self,
                gboolean   proceed)
{
  PmlEditorThen then = self->then;
  g_autoptr(GFile) then_file = g_steal_pointer (&self->then_file);

  self->then = PML_EDITOR_THEN_NOTHING;
  if (!proceed)
    return;
  switch (then)
    {
    case PML_EDITOR_THEN_CLOSE:
      self->closing = TRUE;
      gtk_window_close (GTK_WINDOW (self));
      break;
    case PML_EDITOR_THEN_OPEN:
      pml_window_open_trace (self, then_file);
      break;
    case PML_EDITOR_THEN_NEW:
      pml_window_editor_set_text (self, NULL, "");
      pml_window_clear_run (self);
      break;
    case PML_EDITOR_THEN_NOTHING:
    default:
      break;
    }
}

static void
save_as_response_cb (PmlWindow            *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  g_autoptr(GError) error = NULL;
  gboolean saved = FALSE;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      saved = pml_window_editor_save_to (self, file, &error);
      if (!saved)
        pml_window_show_error (self, error);
    }
  g_clear_object (&self->save_chooser);
  finish_pending (self, saved);
}

static void
save_as (PmlWindow *self)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = self->document != NULL ? g_file_get_basename (self->document) : g_strdup ("script.py");

  gtk_file_filter_set_name (filter, _("Python scripts"));
  gtk_file_filter_add_pattern (filter, "*.py");
  self->save_chooser = gtk_file_chooser_native_new (_("Save the Script"), GTK_WINDOW (self),
                                                    GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->save_chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->save_chooser), name);
  g_signal_connect_object (self->save_chooser, "response", G_CALLBACK (save_as_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->save_chooser));
}

/* Saves to the document, or asks where when there is none to write */
static void
save (PmlWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (!is_writable_document (self->document))
    {
      save_as (self);
      return;
    }
  if (!pml_window_editor_save_to (self, self->document, &error))
    {
      pml_window_show_error (self, error);
      finish_pending (self, FALSE);
      return;
    }
  finish_pending (self, TRUE);
}

static void
win_save_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PmlWindow *self = PML_WINDOW (widget);

  self->then = PML_EDITOR_THEN_NOTHING;
  if (g_str_equal (action_name, "win.save-as"))
    save_as (self);
  else
    save (self);
}

static void
unsaved_response_cb (PmlWindow        *self,
                     const char       *response,
                     AdwMessageDialog *dialog)
{
  if (g_str_equal (response, "save"))
    save (self);
  else if (g_str_equal (response, "discard"))
    {
      gtk_text_buffer_set_modified (get_buffer (self), FALSE);
      g_clear_handle_id (&self->draft_timeout, g_source_remove);
      remove_draft ();
      finish_pending (self, TRUE);
    }
  else
    finish_pending (self, FALSE);
}

/* Before what would drop unsaved changes: asks, then does @then (or not).
 * Returns TRUE when it can go ahead at once. */
gboolean
pml_window_editor_confirm (PmlWindow     *self,
                           PmlEditorThen  then,
                           GFile         *then_file)
{
  g_autofree char *name = NULL;
  GtkWidget *dialog;

  if (!pml_window_editor_is_modified (self))
    return TRUE;
  self->then = then;
  g_set_object (&self->then_file, then_file);
  name = self->document != NULL ? g_file_get_basename (self->document) : g_strdup (_("Untitled Script"));
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Save Changes?"), NULL);
  /* Translators: the script's file name */
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("“%s” has unsaved changes. If you don't save them, they are lost."), name);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "discard", _("_Discard"),
                                    "save", _("_Save"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (unsaved_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  return FALSE;
}

static void
win_new_script_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PmlWindow *self = PML_WINDOW (widget);

  if (!pml_window_editor_confirm (self, PML_EDITOR_THEN_NEW, NULL))
    return;
  pml_window_editor_set_text (self, NULL, "");
  pml_window_clear_run (self);
  gtk_stack_set_visible_child_name (self->stack, "replay");
  gtk_widget_grab_focus (GTK_WIDGET (self->source_view));
}

/* Recovery ---------------------------------------------------------------- */

static void
recover_draft_cb (PmlWindow *self)
{
  g_autofree char *dir = draft_dir ();
  g_autofree char *script = g_build_filename (dir, "draft.py", NULL);
  g_autofree char *info = g_build_filename (dir, "draft.ini", NULL);
  g_autoptr(GKeyFile) keys = g_key_file_new ();
  g_autofree char *text = NULL;
  g_autofree char *uri = NULL;
  g_autoptr(GFile) document = NULL;

  if (!g_file_get_contents (script, &text, NULL, NULL))
    return;
  if (g_key_file_load_from_file (keys, info, G_KEY_FILE_NONE, NULL))
    uri = g_key_file_get_string (keys, "draft", "document", NULL);
  if (uri != NULL)
    document = g_file_new_for_uri (uri);
  pml_window_editor_set_text (self, document, text);
  /* what was recovered is not saved yet, and must not look saved; its
     draft stays until it is */
  gtk_text_buffer_set_modified (get_buffer (self), TRUE);
  write_draft_cb (self);
  gtk_stack_set_visible_child_name (self->stack, "replay");
  pml_window_run_text (self, document, text);
}

/* After a crash: offers the changes that were never saved */
void
pml_window_editor_offer_draft (PmlWindow *self)
{
  g_autofree char *dir = draft_dir ();
  g_autofree char *script = g_build_filename (dir, "draft.py", NULL);
  AdwToast *toast;

  if (!g_file_test (script, G_FILE_TEST_IS_REGULAR))
    return;
  toast = adw_toast_new (_("A script with unsaved changes was found from the last session"));
  adw_toast_set_button_label (toast, _("_Recover"));
  adw_toast_set_timeout (toast, 0);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (recover_draft_cb), self, G_CONNECT_SWAPPED);
  pml_window_add_toast (self, toast);
}

/* The script follows the window's style: GtkSourceView's own Adwaita
 * schemes, light and dark */
static void
dark_changed_cb (PmlWindow *self)
{
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  GtkSourceStyleScheme *scheme =
    gtk_source_style_scheme_manager_get_scheme (gtk_source_style_scheme_manager_get_default (),
                                                dark ? "Adwaita-dark" : "Adwaita");

  if (scheme != NULL)
    gtk_source_buffer_set_style_scheme (GTK_SOURCE_BUFFER (get_buffer (self)), scheme);
  pml_memory_gutter_set_dark (self->memory_gutter, dark);
  update_legend (self);
}

static void
show_memory_gutter_changed_cb (PmlWindow *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->memory_gutter),
                          g_settings_get_boolean (self->settings, "show-memory-gutter"));
  update_legend (self);
}

void
pml_window_editor_init (PmlWindow *self)
{
  GtkTextBuffer *buffer = get_buffer (self);

  gtk_text_buffer_create_tag (buffer, "error", "underline", PANGO_UNDERLINE_ERROR, NULL);
  /* the line that ran, and the line that runs next: Python Tutor's two
     arrows, as two colours (update_legend () shows the same) */
  gtk_text_buffer_create_tag (buffer, "ran", "paragraph-background", "rgba(" RAN_RGB ",0.25)", NULL);
  gtk_text_buffer_create_tag (buffer, "next", "paragraph-background", "rgba(" NEXT_RGB ",0.30)", NULL);
  {
    g_autoptr(GAction) show_gutter = g_settings_create_action (self->settings, "show-memory-gutter");
    GtkSourceGutter *gutter = gtk_source_view_get_gutter (self->source_view, GTK_TEXT_WINDOW_LEFT);

    /* after the line numbers, as memory_profiler's columns */
    self->memory_gutter = PML_MEMORY_GUTTER (pml_memory_gutter_new ());
    gtk_source_gutter_insert (gutter, GTK_SOURCE_GUTTER_RENDERER (self->memory_gutter), 10);
    g_action_map_add_action (G_ACTION_MAP (self), show_gutter);
    g_signal_connect_object (self->settings, "changed::show-memory-gutter",
                             G_CALLBACK (show_memory_gutter_changed_cb), self, G_CONNECT_SWAPPED);
    show_memory_gutter_changed_cb (self);
  }
  g_signal_connect_object (buffer, "changed", G_CALLBACK (buffer_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (buffer, "modified-changed", G_CALLBACK (modified_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self->source_view), TRUE);
  g_signal_connect_object (self->source_view, "query-tooltip", G_CALLBACK (source_query_tooltip_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.run", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as", FALSE);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark", G_CALLBACK (dark_changed_cb), self,
                           G_CONNECT_SWAPPED);
  dark_changed_cb (self);
}

void
pml_window_editor_dispose (PmlWindow *self)
{
  /* a clean exit with unsaved changes keeps the draft: it was confirmed
     by Discard only when the user said so */
  if (self->draft_timeout != 0)
    {
      g_clear_handle_id (&self->draft_timeout, g_source_remove);
      write_draft_cb (self);
    }
  if (self->scroll_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->source_view), self->scroll_tick);
  self->scroll_tick = 0;
  if (self->save_chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->save_chooser));
  g_clear_object (&self->save_chooser);
  g_clear_object (&self->document);
  g_clear_object (&self->then_file);
  g_clear_pointer (&self->error_message, g_free);
  g_clear_pointer (&self->line_memory, pml_line_memory_unref);
  /* the action follows the settings, which outlive the window */
  g_action_map_remove_action (G_ACTION_MAP (self), "show-memory-gutter");
}

void
pml_window_editor_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, PmlWindow, line_legend);
  gtk_widget_class_install_action (widget_class, "win.run", NULL, win_run_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, win_save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, win_save_action);
  gtk_widget_class_install_action (widget_class, "win.new-script", NULL, win_new_script_action);
  /* Ctrl+Return: with the transport's keys (pml-window.c), ahead of the editor */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.save-as",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new-script", NULL);
}

/* Public, for the tests and the recovery toast ----------------------------- */

GtkTextBuffer *
pml_window_get_script_buffer (PmlWindow *self)
{
  g_return_val_if_fail (PML_IS_WINDOW (self), NULL);

  return get_buffer (self);
}

/* The first line underlined as an error; 0: none */
gint
pml_window_get_error_line (PmlWindow *self)
{
  GtkTextTag *tag;
  GtkTextIter iter;

  g_return_val_if_fail (PML_IS_WINDOW (self), 0);

  tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (get_buffer (self)), "error");
  gtk_text_buffer_get_start_iter (get_buffer (self), &iter);
  if (!gtk_text_iter_starts_tag (&iter, tag) && !gtk_text_iter_forward_to_tag_toggle (&iter, tag))
    return 0;
  return gtk_text_iter_get_line (&iter) + 1;
}

void
pml_window_recover_draft (PmlWindow *self)
{
  g_return_if_fail (PML_IS_WINDOW (self));

  recover_draft_cb (self);
}

/* The line marked as just run, and as running next; 0: none */
gint
pml_window_get_line_ran (PmlWindow *self)
{
  g_return_val_if_fail (PML_IS_WINDOW (self), 0);

  return self->line_ran;
}

gint
pml_window_get_line_next (PmlWindow *self)
{
  g_return_val_if_fail (PML_IS_WINDOW (self), 0);

  return self->line_next;
}

/* The marks in words, as the legend and the editor's description say */
char *
pml_window_dup_line_marks (PmlWindow *self)
{
  g_return_val_if_fail (PML_IS_WINDOW (self), NULL);

  return describe_line_marks (self);
}

GtkLabel *
pml_window_get_line_legend (PmlWindow *self)
{
  g_return_val_if_fail (PML_IS_WINDOW (self), NULL);

  return self->line_legend;
}

PmlMemoryGutter *
pml_window_get_memory_gutter (PmlWindow *self)
{
  g_return_val_if_fail (PML_IS_WINDOW (self), NULL);

  return self->memory_gutter;
}
