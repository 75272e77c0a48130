/* pml-window-lesson.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "pml-lesson.h"
#include "pml-objects-layout.h"
#include "pml-window-private.h"

/* Lessons (.pymemlab, src/lesson/pml-lesson.c): Save Lesson keeps the
 * script with where the window stands (the cursor, the page, the pool
 * shown, the selection, the heap's zoom, the CPython version, presenter
 * mode); opening one runs its script and puts all of that back. A lesson
 * of several scripts is a playlist: PageDown and PageUp move between its
 * slides. A lesson that cannot be read, or whose script no longer
 * compiles, changes nothing: the error says why. */

/* The name a lesson's script runs under: its file's, not a path (the
 * name is in the script's code objects, and so in the sizes of what it
 * allocates: the same name gives the same events) */
#define UNTITLED_NAME "untitled.py"

static void
update_slide_actions (PmlWindow *self)
{
  guint n = self->lesson != NULL ? self->lesson->slides->len : 0;
  guint current = self->lesson != NULL ? self->lesson->current : 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.next-slide", n > 1 && current + 1 < n);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.previous-slide", n > 1 && current > 0);
}

/* The subtitle: the lesson, and which slide of a playlist */
static void
show_lesson_title (PmlWindow *self)
{
  PmlLessonSlide *slide = pml_lesson_get_current (self->lesson);
  g_autofree char *file = self->lesson_file != NULL ? g_file_get_basename (self->lesson_file) : NULL;
  const char *name = slide->title != NULL ? slide->title : self->lesson->title != NULL ? self->lesson->title : file;
  g_autofree char *subtitle = NULL;

  if (self->lesson->slides->len > 1)
    /* Translators: the window's subtitle in a lesson of several scripts: its name, the slide, all slides */
    subtitle = g_strdup_printf (_("%s — Slide %u of %u"), name != NULL ? name : slide->name,
                                self->lesson->current + 1, self->lesson->slides->len);
  else
    subtitle = g_strdup (name != NULL ? name : slide->name);
  adw_window_title_set_subtitle (self->window_title, subtitle);
}

/* Starts the run of the current slide; the rest comes back once it ran */
static void
start_slide (PmlWindow *self)
{
  PmlLessonSlide *slide = pml_lesson_get_current (self->lesson);

  if (slide->preset != NULL)
    g_settings_set_string (self->settings, "preset", slide->preset);
  g_settings_set_boolean (self->settings, "presenter-mode", self->lesson->presenter);
  pml_window_editor_set_text (self, NULL, slide->script);
  self->lesson_pending = TRUE;
  pml_window_run_named_text (self, slide->name, slide->script);
  show_lesson_title (self);
  update_slide_actions (self);
}

/* Opens the lesson @file: checked whole before anything in the window
 * changes */
void
pml_window_lesson_open (PmlWindow *self,
                        GFile     *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PmlLesson) lesson = pml_lesson_load (file, &error);
  g_autofree char *name = g_file_get_parse_name (file);

  /* (the presets too: each script compiles on its own) */
  if (lesson == NULL || !pml_lesson_check_scripts (lesson, name, &error))
    {
      pml_window_show_error (self, error);
      return;
    }
  pml_window_lesson_close (self);
  self->lesson = g_steal_pointer (&lesson);
  self->lesson_file = g_object_ref (file);
  start_slide (self);
}

/* Another file opened: the lesson is no longer what is shown */
void
pml_window_lesson_close (PmlWindow *self)
{
  g_clear_pointer (&self->lesson, pml_lesson_free);
  g_clear_object (&self->lesson_file);
  self->lesson_pending = FALSE;
  self->lesson_run = FALSE;
  self->lesson_edited = FALSE;
  update_slide_actions (self);
}

/* Marks object @serial as the window does when it is clicked: in the
 * objects view when it is drawn, and in the inspector */
static void
select_object (PmlWindow *self,
               guint32    serial)
{
  const PmlObjectsLayout *layout;
  int index = -1;

  /* a lesson written by hand may name an object the run never made */
  if (pml_interp_get_object (self->interp, serial) == NULL)
    return;
  pml_layout_view_refresh (PML_LAYOUT_VIEW (self->objects_view));
  layout = pml_layout_view_get_layout (PML_LAYOUT_VIEW (self->objects_view));
  if (layout != NULL)
    index = pml_objects_layout_find (layout, serial);
  if (index >= 0)
    pml_objects_view_select_index (self->objects_view, (guint) index);
  else
    g_signal_emit_by_name (self->objects_view, "object-activated", serial);
}

/* A run finished loading: a lesson's slide gets its state back */
void
pml_window_lesson_loaded (PmlWindow *self)
{
  PmlLessonSlide *slide;

  /* a run that is no slide's own, while a lesson is open, is its text
     as edited: any other file opened closes the lesson */
  self->lesson_run = self->lesson_pending;
  self->lesson_edited = !self->lesson_pending && self->lesson != NULL;
  if (!self->lesson_pending)
    return;
  self->lesson_pending = FALSE;
  slide = pml_lesson_get_current (self->lesson);
  pml_lesson_cursor_restore (&slide->cursor, self->run);
  gtk_stack_set_visible_child_name (self->view_stack, pml_lesson_view_to_string (slide->view));
  pml_pool_view_set_pool (self->pool_view, slide->pool_slot, slide->pool_index);
  pml_layout_view_set_zoom (PML_LAYOUT_VIEW (self->heap_view), slide->zoom);
  if (slide->select_kind == PML_LESSON_SELECT_OBJECT)
    select_object (self, slide->select_object);
  else if (slide->select_kind == PML_LESSON_SELECT_POOL)
    g_signal_emit_by_name (self->heap_view, "pool-activated", slide->select_slot, slide->select_index);
  else
    /* nothing chosen: the inspector would stay empty beside the views */
    gtk_toggle_button_set_active (self->inspector_button, FALSE);
  show_lesson_title (self);
}

/* A lesson's run failed (it ran out of memory or of steps): what it had
 * set stays, with the error */
void
pml_window_lesson_failed (PmlWindow *self)
{
  /* the run shown stays what it was; after a slide that did not load,
     it is no longer the current slide's */
  if (self->lesson_pending)
    self->lesson_run = self->lesson_edited = FALSE;
  self->lesson_pending = FALSE;
}

/* The run shown is the current slide's, as saved or as edited */
static gboolean
shows_current_slide (PmlWindow *self)
{
  return self->lesson != NULL && (self->lesson_run || self->lesson_edited) && self->interp != NULL &&
         self->ran_source != NULL && !self->lesson_pending;
}

static PmlLessonSlide *
copy_slide (PmlLessonSlide *from)
{
  PmlLessonSlide *copy = pml_lesson_slide_new (from->name, from->script);

  copy->title = g_strdup (from->title);
  copy->preset = g_strdup (from->preset);
  copy->cursor = from->cursor;
  copy->view = from->view;
  copy->pool_slot = from->pool_slot;
  copy->pool_index = from->pool_index;
  copy->select_kind = from->select_kind;
  copy->select_object = from->select_object;
  copy->select_slot = from->select_slot;
  copy->select_index = from->select_index;
  copy->zoom = from->zoom;
  return copy;
}

/* What the window shows, as a slide */
static PmlLessonSlide *
capture_slide (PmlWindow *self)
{
  g_autofree char *name = NULL;
  PmlLessonSlide *slide;
  PmlLessonSlide *current = self->lesson != NULL ? pml_lesson_get_current (self->lesson) : NULL;
  const char *page = gtk_stack_get_visible_child_name (self->view_stack);

  if (current != NULL)
    name = g_strdup (current->name);
  else if (self->document != NULL)
    name = g_file_get_basename (self->document);
  else
    name = g_strdup (UNTITLED_NAME);
  slide = pml_lesson_slide_new (name, self->ran_source);
  if (current != NULL)
    slide->title = g_strdup (current->title);
  slide->preset = g_strdup (pml_heap_get_preset (self->heap)->name);
  pml_lesson_cursor_capture (&slide->cursor, self->run);
  /* a run under another name made other events: the lines alone say
     where it was */
  if (!self->lesson_run)
    slide->cursor.position = slide->cursor.heap_position = PML_LESSON_NO_POSITION;
  slide->view = g_strcmp0 (page, "heap") == 0 ? PML_LESSON_VIEW_HEAP : PML_LESSON_VIEW_OBJECTS;
  pml_pool_view_get_pool (self->pool_view, &slide->pool_slot, &slide->pool_index);
  if (self->inspected_object != 0)
    {
      slide->select_kind = PML_LESSON_SELECT_OBJECT;
      slide->select_object = self->inspected_object;
    }
  else if (self->inspecting_pool)
    {
      slide->select_kind = PML_LESSON_SELECT_POOL;
      slide->select_slot = self->inspected_slot;
      slide->select_index = self->inspected_index;
    }
  slide->zoom = pml_layout_view_get_zoom (PML_LAYOUT_VIEW (self->heap_view));
  return slide;
}

/* The lesson to save: the one open with its slide as shown now, or a
 * new lesson of the script shown */
static PmlLesson *
capture_lesson (PmlWindow *self)
{
  PmlLesson *lesson = pml_lesson_new ();

  /* a lesson's slide stays in its playlist, even edited and run again */
  if (self->lesson != NULL)
    {
      lesson->title = g_strdup (self->lesson->title);
      for (guint i = 0; i < self->lesson->slides->len; i++)
        {
          PmlLessonSlide *from = pml_lesson_get_slide (self->lesson, i);

          if (i == self->lesson->current && shows_current_slide (self))
            g_ptr_array_add (lesson->slides, capture_slide (self));
          else
            g_ptr_array_add (lesson->slides, copy_slide (from));
        }
      lesson->current = self->lesson->current;
    }
  else
    g_ptr_array_add (lesson->slides, capture_slide (self));
  lesson->presenter = g_settings_get_boolean (self->settings, "presenter-mode");
  return lesson;
}

/* Saves the window's state as the lesson @file */
gboolean
pml_window_save_lesson_to (PmlWindow  *self,
                           GFile      *file,
                           GError    **error)
{
  g_autoptr(PmlLesson) lesson = NULL;

  g_return_val_if_fail (PML_IS_WINDOW (self), FALSE);

  if (self->interp == NULL || self->ran_source == NULL)
    {
      g_set_error_literal (error, PML_LESSON_ERROR, PML_LESSON_ERROR_INVALID,
                           _("Only a script that ran can be saved as a lesson"));
      return FALSE;
    }
  lesson = capture_lesson (self);
  if (!pml_lesson_save (lesson, file, error))
    return FALSE;
  /* the file saved is the lesson open now */
  g_clear_pointer (&self->lesson, pml_lesson_free);
  self->lesson = g_steal_pointer (&lesson);
  g_set_object (&self->lesson_file, file);
  /* a script's run, saved: the slide's text, though under another name */
  if (!self->lesson_run)
    self->lesson_edited = TRUE;
  show_lesson_title (self);
  update_slide_actions (self);
  return TRUE;
}

static void
save_response_cb (PmlWindow            *self,
                  int                   response,
                  GtkFileChooserNative *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (chosen);
      g_autoptr(GFile) file = NULL;
      g_autoptr(GError) error = NULL;

      /* the name says what it is: double-clicking it opens the lesson */
      if (path != NULL && !pml_lesson_is_lesson_path (path))
        {
          g_autofree char *named = g_strconcat (path, ".pymemlab", NULL);

          file = g_file_new_for_path (named);
        }
      else
        file = g_object_ref (chosen);
      if (pml_window_save_lesson_to (self, file, &error))
        {
          g_autofree char *basename = g_file_get_basename (file);
          /* Translators: a toast: the lesson file was written */
          g_autofree char *title = g_strdup_printf (_("Saved the lesson as %s"), basename);

          pml_window_add_toast (self, adw_toast_new (title));
        }
      else
        pml_window_show_error (self, error);
    }
  g_clear_object (&self->lesson_chooser);
}

static GtkFileFilter *
new_lesson_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("PyMem Lab lessons"));
  gtk_file_filter_add_mime_type (filter, PML_LESSON_MIME_TYPE);
  gtk_file_filter_add_pattern (filter, "*.pymemlab");
  return filter;
}

static void
win_save_lesson_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  PmlWindow *self = PML_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = new_lesson_filter ();
  g_autofree char *name = NULL;

  if (self->interp == NULL || self->ran_source == NULL)
    {
      pml_window_add_toast (self, adw_toast_new (_("Only a script that ran can be saved as a lesson")));
      return;
    }
  if (self->lesson_file != NULL)
    name = g_file_get_basename (self->lesson_file);
  else if (self->document != NULL)
    {
      g_autofree char *base = g_file_get_basename (self->document);
      gsize stem = g_str_has_suffix (base, ".py") ? strlen (base) - 3 : strlen (base);

      name = g_strdup_printf ("%.*s.pymemlab", (int) stem, base);
    }
  else
    name = g_strdup (_("lesson.pymemlab"));
  self->lesson_chooser = gtk_file_chooser_native_new (_("Save a Lesson"), GTK_WINDOW (self),
                                                      GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->lesson_chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->lesson_chooser), name);
  g_signal_connect_object (self->lesson_chooser, "response", G_CALLBACK (save_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->lesson_chooser));
}

/* Moves to slide @index of the playlist; the slide left keeps where it
 * was, for a Save Lesson after */
void
pml_window_lesson_go_to_slide (PmlWindow *self,
                               guint      index)
{
  g_return_if_fail (PML_IS_WINDOW (self));

  if (self->lesson == NULL || index >= self->lesson->slides->len || index == self->lesson->current)
    return;
  if (shows_current_slide (self))
    {
      PmlLessonSlide *shown = capture_slide (self);

      pml_lesson_slide_free (g_ptr_array_index (self->lesson->slides, self->lesson->current));
      g_ptr_array_index (self->lesson->slides, self->lesson->current) = shown;
    }
  self->lesson->current = index;
  start_slide (self);
}

static void
win_slide_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PmlWindow *self = PML_WINDOW (widget);

  if (self->lesson == NULL)
    return;
  if (g_str_equal (action_name, "win.next-slide"))
    pml_window_lesson_go_to_slide (self, self->lesson->current + 1);
  else if (self->lesson->current > 0)
    pml_window_lesson_go_to_slide (self, self->lesson->current - 1);
}

/* A lesson's filter in the Open dialog */
GtkFileFilter *
pml_window_lesson_new_filter (void)
{
  return new_lesson_filter ();
}

void
pml_window_lesson_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.save-lesson", NULL, win_save_lesson_action);
  gtk_widget_class_install_action (widget_class, "win.next-slide", NULL, win_slide_action);
  gtk_widget_class_install_action (widget_class, "win.previous-slide", NULL, win_slide_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_ALT_MASK, "win.save-lesson",
                                       NULL);
}

/* A file dropped on the window opens as Open opens it: a lesson, a
 * script or a trace */
static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         PmlWindow     *self)
{
  GSList *files;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;
  files = gdk_file_list_get_files (g_value_get_boxed (value));
  if (files == NULL)
    return FALSE;
  pml_window_open_file (self, files->data);
  g_slist_free (files);
  return TRUE;
}

/* PageDown and PageUp move through a playlist wherever the focus is (the
 * editor would scroll), and go on to the focus when there is no playlist:
 * their actions are off then */
void
pml_window_lesson_init (PmlWindow *self)
{
  static const struct { guint key; const char *action; } keys[] = {
    { GDK_KEY_Page_Down, "win.next-slide" },
    { GDK_KEY_KP_Page_Down, "win.next-slide" },
    { GDK_KEY_Page_Up, "win.previous-slide" },
    { GDK_KEY_KP_Page_Up, "win.previous-slide" },
  };
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (controller), GTK_SHORTCUT_SCOPE_LOCAL);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (keys[i].key, 0),
                                                            gtk_named_action_new (keys[i].action)));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
  update_slide_actions (self);

  {
    GtkDropTarget *drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

    g_signal_connect_object (drop, "drop", G_CALLBACK (drop_cb), self, 0);
    gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
  }
}

void
pml_window_lesson_dispose (PmlWindow *self)
{
  if (self->lesson_chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->lesson_chooser));
  g_clear_object (&self->lesson_chooser);
  g_clear_pointer (&self->lesson, pml_lesson_free);
  g_clear_object (&self->lesson_file);
}

/* The lesson open, or NULL */
PmlLesson *
pml_window_get_lesson (PmlWindow *self)
{
  g_return_val_if_fail (PML_IS_WINDOW (self), NULL);

  return self->lesson;
}
