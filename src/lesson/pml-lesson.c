/* pml-lesson.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "pml-atomic-file.h"
#include "pml-lesson.h"

/* The format is data/lesson-format.md's. A reader of version N reads
 * every file of version N or below, and ignores members it does not know
 * (a later PyMem Lab may add some: predict mode, a second preset); a
 * change that an older reader must not ignore raises the version, and an
 * older reader refuses the file instead of showing something else. */

G_DEFINE_QUARK (pml-lesson-error-quark, pml_lesson_error)

PmlLessonSlide *
pml_lesson_slide_new (const char *name,
                      const char *script)
{
  PmlLessonSlide *slide = g_new0 (PmlLessonSlide, 1);

  slide->name = g_strdup (name);
  slide->script = g_strdup (script);
  slide->zoom = 1.0;
  slide->cursor.position = slide->cursor.heap_position = PML_LESSON_NO_POSITION;
  return slide;
}

void
pml_lesson_slide_free (PmlLessonSlide *slide)
{
  if (slide == NULL)
    return;
  g_free (slide->title);
  g_free (slide->name);
  g_free (slide->script);
  g_free (slide->preset);
  g_free (slide);
}

PmlLesson *
pml_lesson_new (void)
{
  PmlLesson *lesson = g_new0 (PmlLesson, 1);

  lesson->slides = g_ptr_array_new_with_free_func ((GDestroyNotify) pml_lesson_slide_free);
  return lesson;
}

void
pml_lesson_free (PmlLesson *lesson)
{
  if (lesson == NULL)
    return;
  g_free (lesson->title);
  g_ptr_array_unref (lesson->slides);
  g_free (lesson);
}

PmlLessonSlide *
pml_lesson_get_slide (PmlLesson *lesson,
                      guint      index)
{
  g_return_val_if_fail (lesson != NULL, NULL);

  return index < lesson->slides->len ? g_ptr_array_index (lesson->slides, index) : NULL;
}

PmlLessonSlide *
pml_lesson_get_current (PmlLesson *lesson)
{
  return pml_lesson_get_slide (lesson, lesson->current);
}

gboolean
pml_lesson_is_lesson_path (const char *path)
{
  return path != NULL && g_str_has_suffix (path, ".pymemlab");
}

const char *
pml_lesson_view_to_string (PmlLessonView view)
{
  return view == PML_LESSON_VIEW_HEAP ? "heap" : "objects";
}

/* ---- reading ---- */

static gboolean G_GNUC_PRINTF (3, 4)
fail (GError     **error,
      int          code,
      const char  *format,
      ...)
{
  va_list args;

  va_start (args, format);
  g_propagate_error (error, g_error_new_valist (PML_LESSON_ERROR, code, format, args));
  va_end (args);
  return FALSE;
}

/* A member that must be there and be a number (a whole one: @whole) */
static gboolean
get_number (JsonObject  *object,
            const char  *member,
            const char  *where,
            const char  *file,
            gboolean     required,
            gboolean     whole,
            double       fallback,
            double      *out,
            GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL && !required)
    {
      *out = fallback;
      return TRUE;
    }
  if (node == NULL)
    /* Translators: a lesson file lacks a member: the file, where in it, the member */
    return fail (error, PML_LESSON_ERROR_INVALID, _("%s: %s has no “%s”"), file, where, member);
  if (!JSON_NODE_HOLDS_VALUE (node) ||
      (json_node_get_value_type (node) != G_TYPE_INT64 && json_node_get_value_type (node) != G_TYPE_DOUBLE) ||
      (whole && json_node_get_value_type (node) != G_TYPE_INT64) ||
      (whole && json_node_get_int (node) < 0) || (whole && json_node_get_int (node) > G_MAXUINT32))
    return fail (error, PML_LESSON_ERROR_INVALID,
                 whole ? _("%s: %s: “%s” must be a whole number, 0 or more")
                       : _("%s: %s: “%s” must be a number"), file, where, member);
  *out = whole ? (double) json_node_get_int (node) : json_node_get_double (node);
  return TRUE;
}

static gboolean
get_uint (JsonObject *object, const char *member, const char *where, const char *file, gboolean required,
          guint *out, GError **error)
{
  double value;

  if (!get_number (object, member, where, file, required, TRUE, *out, &value, error))
    return FALSE;
  *out = (guint) value;
  return TRUE;
}

/* A string member; NULL in *@out when it is optional and absent */
static gboolean
get_string (JsonObject  *object,
            const char  *member,
            const char  *where,
            const char  *file,
            gboolean     required,
            char       **out,
            GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  *out = NULL;
  if (node == NULL && !required)
    return TRUE;
  if (node == NULL)
    return fail (error, PML_LESSON_ERROR_INVALID, _("%s: %s has no “%s”"), file, where, member);
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return fail (error, PML_LESSON_ERROR_INVALID, _("%s: %s: “%s” must be a text"), file, where, member);
  *out = g_strdup (json_node_get_string (node));
  return TRUE;
}

/* A pool as [slot, index] */
static gboolean
get_pool (JsonNode    *node,
          const char  *member,
          const char  *where,
          const char  *file,
          guint       *slot,
          guint       *index,
          GError     **error)
{
  JsonArray *array = JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;

  if (array == NULL || json_array_get_length (array) != 2 ||
      json_node_get_value_type (json_array_get_element (array, 0)) != G_TYPE_INT64 ||
      json_node_get_value_type (json_array_get_element (array, 1)) != G_TYPE_INT64 ||
      json_array_get_int_element (array, 0) < 0 || json_array_get_int_element (array, 1) < 0 ||
      json_array_get_int_element (array, 0) > G_MAXUINT32 || json_array_get_int_element (array, 1) > G_MAXUINT32)
    /* Translators: a pool in a lesson file is two numbers: its arena, its place in the arena */
    return fail (error, PML_LESSON_ERROR_INVALID, _("%s: %s: “%s” must be [arena, pool], two whole numbers"), file,
                 where, member);
  *slot = (guint) json_array_get_int_element (array, 0);
  *index = (guint) json_array_get_int_element (array, 1);
  return TRUE;
}

static gboolean
get_object (JsonObject  *object,
            const char  *member,
            const char  *where,
            const char  *file,
            JsonObject **out,
            GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  *out = NULL;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail (error, PML_LESSON_ERROR_INVALID, _("%s: %s: “%s” must be an object ({…})"), file, where, member);
  *out = json_node_get_object (node);
  return TRUE;
}

static gboolean
read_cursor (JsonObject      *object,
             const char      *where,
             const char      *file,
             PmlLessonCursor *cursor,
             GError         **error)
{
  JsonObject *c;
  double line = 0;

  if (!get_object (object, "cursor", where, file, &c, error))
    return FALSE;
  if (c == NULL)
    return fail (error, PML_LESSON_ERROR_INVALID, _("%s: %s has no “%s”"), file, where, "cursor");
  /* the exact position is optional: a lesson written by hand says how
     many lines ran */
  cursor->position = cursor->heap_position = PML_LESSON_NO_POSITION;
  if (!get_uint (c, "lines_run", where, file, TRUE, &cursor->lines_run, error) ||
      !get_number (c, "line", where, file, FALSE, TRUE, 0, &line, error))
    return FALSE;
  cursor->line = (gint) line;
  if (!json_object_has_member (c, "position") && !json_object_has_member (c, "heap_position"))
    return TRUE;
  return get_uint (c, "position", where, file, TRUE, &cursor->position, error) &&
         get_uint (c, "heap_position", where, file, TRUE, &cursor->heap_position, error);
}

static gboolean
read_selection (JsonObject     *object,
                const char     *where,
                const char     *file,
                PmlLessonSlide *slide,
                GError        **error)
{
  JsonObject *s;
  JsonNode *pool;

  if (!get_object (object, "selection", where, file, &s, error))
    return FALSE;
  if (s == NULL)
    return TRUE;
  if (json_object_has_member (s, "object"))
    {
      guint serial = 0;

      if (!get_uint (s, "object", where, file, TRUE, &serial, error))
        return FALSE;
      slide->select_kind = serial != 0 ? PML_LESSON_SELECT_OBJECT : PML_LESSON_SELECT_NONE;
      slide->select_object = serial;
    }
  else if ((pool = json_object_get_member (s, "pool")) != NULL)
    {
      if (!get_pool (pool, "selection.pool", where, file, &slide->select_slot, &slide->select_index, error))
        return FALSE;
      slide->select_kind = PML_LESSON_SELECT_POOL;
    }
  return TRUE;
}

static PmlLessonSlide *
read_slide (JsonNode    *node,
            guint        index,
            const char  *file,
            GError     **error)
{
  g_autoptr(PmlLessonSlide) slide = pml_lesson_slide_new (NULL, NULL);
  /* Translators: where in a lesson file: its slide N */
  g_autofree char *where = g_strdup_printf (_("slide %u"), index + 1);
  g_autofree char *view = NULL;
  JsonObject *object;
  JsonNode *pool;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      fail (error, PML_LESSON_ERROR_INVALID, _("%s: %s must be an object ({…})"), file, where);
      return NULL;
    }
  object = json_node_get_object (node);
  if (!get_string (object, "title", where, file, FALSE, &slide->title, error) ||
      !get_string (object, "name", where, file, TRUE, &slide->name, error) ||
      !get_string (object, "script", where, file, TRUE, &slide->script, error) ||
      !get_string (object, "preset", where, file, FALSE, &slide->preset, error) ||
      !get_string (object, "view", where, file, FALSE, &view, error) ||
      !get_number (object, "zoom", where, file, FALSE, FALSE, 1.0, &slide->zoom, error) ||
      !read_cursor (object, where, file, &slide->cursor, error) ||
      !read_selection (object, where, file, slide, error))
    return NULL;
  if (!g_utf8_validate (slide->script, -1, NULL) || !g_utf8_validate (slide->name, -1, NULL))
    {
      fail (error, PML_LESSON_ERROR_INVALID, _("%s: %s: the script is not UTF-8 text"), file, where);
      return NULL;
    }
  if (view == NULL || g_str_equal (view, "objects"))
    slide->view = PML_LESSON_VIEW_OBJECTS;
  else if (g_str_equal (view, "heap"))
    slide->view = PML_LESSON_VIEW_HEAP;
  else
    {
      fail (error, PML_LESSON_ERROR_INVALID, _("%s: %s: unknown view “%s” (expected objects or heap)"), file, where,
            view);
      return NULL;
    }
  if ((pool = json_object_get_member (object, "pool")) != NULL &&
      !get_pool (pool, "pool", where, file, &slide->pool_slot, &slide->pool_index, error))
    return NULL;
  if (!(slide->zoom > 0) || slide->zoom > 100)
    {
      fail (error, PML_LESSON_ERROR_INVALID, _("%s: %s: “%s” must be a number above 0"), file, where, "zoom");
      return NULL;
    }
  return g_steal_pointer (&slide);
}

/* json-glib says "<data>:3:14: Parse error: …": the file's name instead */
static char *
name_syntax_error (const GError *error,
                   const char   *file)
{
  const char *message = error->message;

  if (g_str_has_prefix (message, "<data>"))
    message += strlen ("<data>");
  else
    {
      /* Translators: a lesson file that is not JSON: the file, the parser's message */
      return g_strdup_printf (_("%s: not a lesson file (not JSON): %s"), file, message);
    }
  /* Translators: a lesson file that is not JSON: the file, ":LINE:COL: the parser's message" */
  return g_strdup_printf (_("%s%s (not a lesson file: it is not valid JSON)"), file, message);
}

PmlLesson *
pml_lesson_parse (const char  *data,
                  gssize       length,
                  const char  *display_name,
                  GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) json_error = NULL;
  g_autoptr(PmlLesson) lesson = pml_lesson_new ();
  g_autofree char *format = NULL;
  /* Translators: where in a lesson file: its outermost object */
  const char *top = _("the lesson");
  JsonObject *root;
  JsonArray *slides;
  JsonNode *node;
  guint version = 0;

  if (length < 0)
    length = (gssize) strlen (data);
  if (!g_utf8_validate (data, length, NULL))
    {
      fail (error, PML_LESSON_ERROR_SYNTAX, _("%s: not a lesson file: it is not UTF-8 text"), display_name);
      return NULL;
    }
  if (!json_parser_load_from_data (parser, data, length, &json_error))
    {
      g_autofree char *message = name_syntax_error (json_error, display_name);

      g_set_error_literal (error, PML_LESSON_ERROR, PML_LESSON_ERROR_SYNTAX, message);
      return NULL;
    }
  node = json_parser_get_root (parser);
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      fail (error, PML_LESSON_ERROR_INVALID, _("%s: not a lesson file: it holds no JSON object"), display_name);
      return NULL;
    }
  root = json_node_get_object (node);
  if (!get_string (root, "format", top, display_name, FALSE, &format, error))
    return NULL;
  if (g_strcmp0 (format, PML_LESSON_FORMAT_NAME) != 0)
    {
      fail (error, PML_LESSON_ERROR_INVALID, _("%s: not a lesson file: its “format” is not “%s”"), display_name,
            PML_LESSON_FORMAT_NAME);
      return NULL;
    }
  if (!get_uint (root, "version", top, display_name, TRUE, &version, error))
    return NULL;
  if (version > PML_LESSON_FORMAT_VERSION)
    {
      fail (error, PML_LESSON_ERROR_VERSION,
            /* Translators: a lesson file from a newer PyMem Lab: the file, its version, the one we read */
            _("%s: a lesson of format version %u, from a newer PyMem Lab: this one reads version %u and below"),
            display_name, version, PML_LESSON_FORMAT_VERSION);
      return NULL;
    }
  if (version == 0)
    {
      fail (error, PML_LESSON_ERROR_INVALID, _("%s: “version” must be 1 or more"), display_name);
      return NULL;
    }
  if (!get_string (root, "title", top, display_name, FALSE, &lesson->title, error))
    return NULL;
  node = json_object_get_member (root, "presenter");
  if (node != NULL && (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN))
    {
      fail (error, PML_LESSON_ERROR_INVALID, _("%s: %s: “%s” must be true or false"), display_name, top,
            "presenter");
      return NULL;
    }
  lesson->presenter = node != NULL && json_node_get_boolean (node);
  node = json_object_get_member (root, "slides");
  if (node == NULL)
    {
      fail (error, PML_LESSON_ERROR_INVALID, _("%s: %s has no “%s”"), display_name, top, "slides");
      return NULL;
    }
  slides = JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
  if (slides == NULL || json_array_get_length (slides) == 0)
    {
      fail (error, PML_LESSON_ERROR_INVALID, _("%s: “slides” must be a list of one slide or more"), display_name);
      return NULL;
    }
  for (guint i = 0; i < json_array_get_length (slides); i++)
    {
      PmlLessonSlide *slide = read_slide (json_array_get_element (slides, i), i, display_name, error);

      if (slide == NULL)
        return NULL;
      g_ptr_array_add (lesson->slides, slide);
    }
  if (!get_uint (root, "slide", top, display_name, FALSE, &lesson->current, error))
    return NULL;
  if (lesson->current >= lesson->slides->len)
    {
      fail (error, PML_LESSON_ERROR_INVALID, _("%s: “slide” is %u, but the lesson has %u slides"), display_name,
            lesson->current + 1, lesson->slides->len);
      return NULL;
    }
  return g_steal_pointer (&lesson);
}

PmlLesson *
pml_lesson_load (GFile   *file,
                 GError **error)
{
  g_autofree char *data = NULL;
  g_autofree char *name = g_file_get_parse_name (file);
  g_autoptr(GError) io_error = NULL;
  gsize length;

  if (!g_file_load_contents (file, NULL, &data, &length, NULL, &io_error))
    {
      g_set_error (error, io_error->domain, io_error->code, "%s: %s", name,
                   g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND) ? _("no such lesson file")
                                                                              : io_error->message);
      return NULL;
    }
  return pml_lesson_parse (data, (gssize) length, name, error);
}

/* Every script compiles, on its preset: what opens will run */
gboolean
pml_lesson_check_scripts (PmlLesson   *lesson,
                          const char  *display_name,
                          GError     **error)
{
  for (guint i = 0; i < lesson->slides->len; i++)
    {
      PmlLessonSlide *slide = g_ptr_array_index (lesson->slides, i);
      const PmlPreset *preset = slide->preset != NULL ? pml_preset_lookup (slide->preset) : pml_preset_get_default ();
      PmlInterpOptions options = { 0 };
      g_autoptr(PmlHeap) heap = NULL;
      g_autoptr(GError) script_error = NULL;
      PmlInterp *interp;
      gboolean ok;

      if (preset == NULL)
        return fail (error, PML_LESSON_ERROR_INVALID, _("%s: slide %u: unknown preset “%s”"), display_name, i + 1,
                     slide->preset);
      heap = pml_heap_new (preset);
      interp = pml_interp_new (heap, &options);
      ok = pml_interp_load (interp, slide->name, slide->script, strlen (slide->script), &script_error);
      pml_interp_free (interp);
      if (!ok)
        /* Translators: a lesson's script no longer compiles: the lesson file, the slide, the compiler's message */
        return fail (error, PML_LESSON_ERROR_SCRIPT, _("%s: the script of slide %u does not compile: %s"),
                     display_name, i + 1, script_error->message);
    }
  return TRUE;
}

/* ---- writing ---- */

static void
add_pool (JsonBuilder *builder,
          const char  *member,
          guint        slot,
          guint        index)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  json_builder_add_int_value (builder, slot);
  json_builder_add_int_value (builder, index);
  json_builder_end_array (builder);
}

static void
add_slide (JsonBuilder    *builder,
           PmlLessonSlide *slide)
{
  json_builder_begin_object (builder);
  if (slide->title != NULL)
    {
      json_builder_set_member_name (builder, "title");
      json_builder_add_string_value (builder, slide->title);
    }
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, slide->name);
  if (slide->preset != NULL)
    {
      json_builder_set_member_name (builder, "preset");
      json_builder_add_string_value (builder, slide->preset);
    }
  json_builder_set_member_name (builder, "cursor");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "lines_run");
  json_builder_add_int_value (builder, slide->cursor.lines_run);
  json_builder_set_member_name (builder, "line");
  json_builder_add_int_value (builder, slide->cursor.line);
  if (slide->cursor.position != PML_LESSON_NO_POSITION)
    {
      json_builder_set_member_name (builder, "position");
      json_builder_add_int_value (builder, slide->cursor.position);
      json_builder_set_member_name (builder, "heap_position");
      json_builder_add_int_value (builder, slide->cursor.heap_position);
    }
  json_builder_end_object (builder);
  json_builder_set_member_name (builder, "view");
  json_builder_add_string_value (builder, pml_lesson_view_to_string (slide->view));
  add_pool (builder, "pool", slide->pool_slot, slide->pool_index);
  if (slide->select_kind != PML_LESSON_SELECT_NONE)
    {
      json_builder_set_member_name (builder, "selection");
      json_builder_begin_object (builder);
      if (slide->select_kind == PML_LESSON_SELECT_OBJECT)
        {
          json_builder_set_member_name (builder, "object");
          json_builder_add_int_value (builder, slide->select_object);
        }
      else
        add_pool (builder, "pool", slide->select_slot, slide->select_index);
      json_builder_end_object (builder);
    }
  json_builder_set_member_name (builder, "zoom");
  json_builder_add_double_value (builder, slide->zoom);
  /* the text last: the state above reads at a glance */
  json_builder_set_member_name (builder, "script");
  json_builder_add_string_value (builder, slide->script);
  json_builder_end_object (builder);
}

char *
pml_lesson_to_data (PmlLesson *lesson,
                    gsize     *length)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  GString *text;
  char *data;

  g_return_val_if_fail (lesson != NULL && lesson->slides->len > 0, NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, PML_LESSON_FORMAT_NAME);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, PML_LESSON_FORMAT_VERSION);
  if (lesson->title != NULL)
    {
      json_builder_set_member_name (builder, "title");
      json_builder_add_string_value (builder, lesson->title);
    }
  json_builder_set_member_name (builder, "presenter");
  json_builder_add_boolean_value (builder, lesson->presenter);
  json_builder_set_member_name (builder, "slide");
  json_builder_add_int_value (builder, MIN (lesson->current, lesson->slides->len - 1));
  json_builder_set_member_name (builder, "slides");
  json_builder_begin_array (builder);
  for (guint i = 0; i < lesson->slides->len; i++)
    add_slide (builder, g_ptr_array_index (lesson->slides, i));
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  text = g_string_new (NULL);
  json_generator_to_gstring (generator, text);
  g_string_append_c (text, '\n');
  if (length != NULL)
    *length = text->len;
  data = g_string_free (text, FALSE);
  return data;
}

/* Whole or not at all: a lesson half written would open as a corrupt one */
gboolean
pml_lesson_save (PmlLesson  *lesson,
                 GFile      *file,
                 GError    **error)
{
  gsize length;
  g_autofree char *data = pml_lesson_to_data (lesson, &length);

  return pml_atomic_file_set_contents (file, data, length, error);
}

/* ---- the cursor ---- */

void
pml_lesson_cursor_capture (PmlLessonCursor *cursor,
                           PmlRun          *run)
{
  PmlInterp *interp = pml_run_get_interp (run);
  guint position = pml_run_get_position (run);
  guint begun = 0;

  cursor->position = position;
  cursor->heap_position = pml_run_get_heap_position (run);
  cursor->line = pml_run_get_line (run);
  /* the lines begun before the cursor, less the one running (or about to) */
  for (guint i = 0; interp != NULL && i < position; i++)
    if (pml_obj_event_get_kind (pml_interp_get_event (interp, i)) == PML_OBJ_EVENT_LINE)
      begun++;
  cursor->lines_run = begun > 0 && pml_run_get_phase (run) == PML_RUN_PHASE_SCRIPT ? begun - 1 : begun;
}

/* Moves @run to @cursor: exactly, when its positions fit this run (the
 * same script on the same preset); else after @lines_run lines. FALSE
 * when neither fits (the cursor is then where the script starts). */
gboolean
pml_lesson_cursor_restore (const PmlLessonCursor *cursor,
                           PmlRun                *run)
{
  PmlInterp *interp = pml_run_get_interp (run);
  guint n_events = interp != NULL ? pml_interp_get_n_events (interp) : 0;
  guint index;

  if (cursor->position != PML_LESSON_NO_POSITION && cursor->position <= n_events && cursor->heap_position <= pml_heap_get_n_events (pml_run_get_heap (run)) &&
      (cursor->position == 0 ||
       pml_interp_get_event_heap_position (interp, cursor->position - 1) <= cursor->heap_position) &&
      (cursor->position == n_events ||
       cursor->heap_position <= pml_interp_get_event_heap_position (interp, cursor->position)))
    {
      pml_run_seek (run, cursor->position, cursor->heap_position);
      if (cursor->line == 0 || pml_run_get_line (run) == cursor->line)
        return TRUE;
    }
  /* the line after those that ran, about to start */
  index = pml_run_find_line_event (run, cursor->lines_run + 1, -1, NULL);
  if (index != G_MAXUINT)
    {
      pml_run_seek (run, index + 1, pml_interp_get_event_heap_position (interp, index));
      return FALSE;
    }
  pml_run_seek_first_line (run);
  return FALSE;
}
