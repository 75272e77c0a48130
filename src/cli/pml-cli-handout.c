/* pml-cli-handout.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n.h>

#include "pml-cli.h"
#include "pml-diagram.h"
#include "pml-handout.h"
#include "pml-objects-layout.h"
#include "pml-predict.h"
#include "pml-cli-scenario.h"

/* `pymemlab handout SCRIPT.py -o FILE.pdf`: runs the scenario, then draws
 * one page per executed line (or per line marked `# step`) with the code,
 * the heap and the objects after that line and a narration of what the
 * line did. */

#define DEFAULT_MAX_PAGES 300
/* sentences about single objects under the narration */
#define MAX_DETAILS 3

typedef struct
{
  char     *output;
  char     *preset;
  char     *theme;
  gint64    max_pages;
  gboolean  predict;
} HandoutOptions;

static void
handout_options_clear (HandoutOptions *options)
{
  g_clear_pointer (&options->output, g_free);
  g_clear_pointer (&options->preset, g_free);
  g_clear_pointer (&options->theme, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (HandoutOptions, handout_options_clear)

/* "a list, 2 dict and a Point": each item and each joint is a message of
 * its own, so a language can word the count and the list its way */
static char *
format_counts (GHashTable *counts)
{
  GList *names = g_list_sort (g_hash_table_get_keys (counts), (GCompareFunc) g_strcmp0);
  guint i = 0, n = g_list_length (names);
  char *list = NULL;

  for (GList *l = names; l != NULL; l = l->next, i++)
    {
      guint count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, l->data));
      g_autofree char *item = NULL;
      char *joined;

      if (count == 1)
        {
          /* Translators: one object of a Python type, as in "a list"; %s is the type's name, untranslated */
          item = g_strdup_printf (_("a %s"), (const char *) l->data);
        }
      else
        {
          /* Translators: objects of a Python type, as in "2 dict"; %2$s is the type's name, untranslated */
          item = g_strdup_printf (ngettext ("%1$u %2$s", "%1$u %2$s", count), count, (const char *) l->data);
        }
      if (list == NULL)
        {
          list = g_steal_pointer (&item);
          continue;
        }
      if (i + 1 == n)
        {
          /* Translators: the last joint of a list of objects, as in "a list, 2 dict and a Point" */
          joined = g_strdup_printf (_("%1$s and %2$s"), list, item);
        }
      else
        {
          /* Translators: a joint inside a list of objects, as in "a list, 2 dict and a Point" */
          joined = g_strdup_printf (_("%1$s, %2$s"), list, item);
        }
      g_free (list);
      list = joined;
    }
  g_list_free (names);
  return list;
}

/* What the events from @first to @end (exclusive) did, in a few sentences */
static char *
narrate (PmlInterp *interp, guint first, guint end, gint line)
{
  PmlHeap *heap = pml_interp_get_heap (interp);
  g_autoptr(GHashTable) made = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) freed = g_hash_table_new (g_str_hash, g_str_equal);
  guint refcounts = 0, collections = 0, handed = 0, given = 0, arenas = 0;
  guint heap_first = pml_interp_get_event_heap_position (interp, first);
  guint heap_end = end < pml_interp_get_n_events (interp) ? pml_interp_get_event_heap_position (interp, end)
                                                           : pml_heap_get_n_events (heap);
  GString *text = g_string_new (NULL);

  for (guint i = first; i < end; i++)
    {
      const PmlObjEvent *ev = pml_interp_get_event (interp, i);
      const PmlObjInfo *info = pml_interp_get_object (interp, ev->serial);
      GHashTable *table = NULL;

      switch (pml_obj_event_get_kind (ev))
        {
        case PML_OBJ_EVENT_NEW: table = made; break;
        case PML_OBJ_EVENT_FREE: table = freed; break;
        case PML_OBJ_EVENT_INCREF: case PML_OBJ_EVENT_DECREF: refcounts++; break;
        case PML_OBJ_EVENT_GC_START: collections++; break;
        default: break;
        }
      if (table != NULL && info != NULL)
        g_hash_table_insert (table, (gpointer) info->type_name,
                             GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (table, info->type_name)) + 1));
    }
  for (guint i = heap_first; i < heap_end; i++)
    switch (pml_heap_get_event (heap, i)->kind)
      {
      case PML_EVENT_BLOCK_POP: case PML_EVENT_BLOCK_VIRGIN: case PML_EVENT_RAW_ALLOC: handed++; break;
      case PML_EVENT_BLOCK_PUSH: case PML_EVENT_RAW_FREE: given++; break;
      case PML_EVENT_ARENA_MAP: arenas++; break;
      default: break;
      }

  /* whole sentences (or clauses), each with its own count, joined by a
   * space or a line break */
  g_string_append_printf (text, _("Line %d ran."), line);
  if (g_hash_table_size (made) > 0)
    {
      g_autofree char *list = format_counts (made);

      g_string_append_c (text, ' ');
      /* Translators: %s is a list of objects, as in "a list, 2 dict and a Point" */
      g_string_append_printf (text, _("It made %s."), list);
    }
  if (g_hash_table_size (freed) > 0)
    {
      g_autofree char *list = format_counts (freed);

      g_string_append_c (text, ' ');
      /* Translators: %s is a list of objects, as in "a list, 2 dict and a Point" */
      g_string_append_printf (text, _("It freed %s."), list);
    }
  g_string_append_c (text, '\n');
  /* Translators: a clause, followed on the same line by "pymalloc handed out %u blocks and took %u back." */
  g_string_append_printf (text, ngettext ("%u reference count changed;", "%u reference counts changed;", refcounts),
                          refcounts);
  g_string_append_c (text, ' ');
  /* Translators: %1$u blocks handed out, %2$u blocks given back */
  g_string_append_printf (text, ngettext ("pymalloc handed out %1$u block and took %2$u back.",
                                          "pymalloc handed out %1$u blocks and took %2$u back.", handed),
                          handed, given);
  if (arenas > 0)
    {
      g_string_append_c (text, ' ');
      g_string_append_printf (text, ngettext ("A new arena was mapped.", "%u new arenas were mapped.", arenas),
                              arenas);
    }
  if (collections > 0)
    {
      g_string_append_c (text, '\n');
      g_string_append_printf (text, ngettext ("The cycle collector ran once.", "The cycle collector ran %u times.",
                                              collections),
                              collections);
    }
  return g_string_free (text, FALSE);
}

typedef struct
{
  guint32 serial;
  gint64  before;   /* its reference count as the line started */
  gint64  after;
  guint   made;     /* its NEW event, or G_MAXUINT */
  guint   freed;    /* its FREE event, or G_MAXUINT */
} Touched;

/* The last event that took @t's reference count to where the line left
 * it: counts move by one, so going from before to after passes there */
static guint
find_count_event (PmlInterp     *interp,
                  guint          first,
                  guint          end,
                  const Touched *t)
{
  PmlObjEventKind kind = t->after > t->before ? PML_OBJ_EVENT_INCREF : PML_OBJ_EVENT_DECREF;

  for (guint i = end; i-- > first;)
    {
      const PmlObjEvent *ev = pml_interp_get_event (interp, i);

      if (ev->serial == t->serial && pml_obj_event_get_kind (ev) == kind &&
          pml_obj_event_get_value (ev) == t->after)
        return i;
    }
  return G_MAXUINT;
}

/* The objects the objects view draws at @position */
static GHashTable *
dup_drawn (PmlInterp        *interp,
           guint             position,
           const PmlPalette *palette)
{
  g_autoptr(PmlObjectsLayout) layout = NULL;
  GHashTable *drawn = g_hash_table_new (NULL, NULL);

  pml_interp_seek (interp, position);
  layout = pml_objects_layout_new (interp, palette, 0);
  for (guint i = 0; i < layout->nodes->len; i++)
    {
      const PmlObjectNode *node = &g_array_index (layout->nodes, PmlObjectNode, i);

      g_hash_table_add (drawn, GUINT_TO_POINTER (node->serial));
    }
  return drawn;
}

/* What the line did to the objects the page draws, in the order it first
 * touched them: each one made, freed (drawn on the page before), or left
 * with another reference count. The rest (a call's arguments, the
 * runtime's objects) the summary counts already. NULL for nothing. */
static char *
describe_objects (PmlInterp        *interp,
                  guint             first,
                  guint             end,
                  const PmlPalette *palette)
{
  g_autoptr(GHashTable) drawn_before = dup_drawn (interp, first, palette);
  g_autoptr(GHashTable) drawn_after = dup_drawn (interp, end, palette);
  g_autoptr(GArray) touched = g_array_new (FALSE, FALSE, sizeof (Touched));
  g_autoptr(GHashTable) index_of = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) sentences = g_ptr_array_new_with_free_func (g_free);
  GString *text;

  for (guint i = first; i < end; i++)
    {
      const PmlObjEvent *ev = pml_interp_get_event (interp, i);
      PmlObjEventKind kind = pml_obj_event_get_kind (ev);
      gint32 value = pml_obj_event_get_value (ev);
      gpointer found;
      Touched *t;

      if (kind != PML_OBJ_EVENT_NEW && kind != PML_OBJ_EVENT_FREE &&
          kind != PML_OBJ_EVENT_INCREF && kind != PML_OBJ_EVENT_DECREF)
        continue;
      if (!g_hash_table_lookup_extended (index_of, GUINT_TO_POINTER (ev->serial), NULL, &found))
        {
          gint64 before = kind == PML_OBJ_EVENT_INCREF ? value - 1
                          : kind == PML_OBJ_EVENT_DECREF ? value + 1 : 0;
          Touched fresh = { ev->serial, before, before, G_MAXUINT, G_MAXUINT };

          found = GUINT_TO_POINTER (touched->len);
          g_array_append_val (touched, fresh);
          g_hash_table_insert (index_of, GUINT_TO_POINTER (ev->serial), found);
        }
      t = &g_array_index (touched, Touched, GPOINTER_TO_UINT (found));
      if (kind == PML_OBJ_EVENT_NEW)
        {
          t->made = i;
          t->before = t->after = value;
        }
      else if (kind == PML_OBJ_EVENT_FREE)
        t->freed = i;
      else
        t->after = value;
    }

  for (guint k = 0; k < touched->len; k++)
    {
      const Touched *t = &g_array_index (touched, Touched, k);
      gboolean before = g_hash_table_contains (drawn_before, GUINT_TO_POINTER (t->serial));
      gboolean after = g_hash_table_contains (drawn_after, GUINT_TO_POINTER (t->serial));
      guint at;

      if (t->freed != G_MAXUINT)
        {
          if (t->made == G_MAXUINT && before)
            g_ptr_array_add (sentences, pml_interp_describe_event (interp, t->freed));
          continue;
        }
      if (!after)
        continue;
      if (t->made != G_MAXUINT)
        g_ptr_array_add (sentences, pml_interp_describe_event (interp, t->made));
      /* a new object's count told from its birth: the card shows the end */
      if (t->after != t->before && (at = find_count_event (interp, first, end, t)) != G_MAXUINT)
        g_ptr_array_add (sentences, pml_interp_describe_event (interp, at));
    }
  if (sentences->len == 0)
    return NULL;

  text = g_string_new (NULL);
  for (guint k = 0; k < sentences->len; k++)
    {
      guint rest = sentences->len - k;

      if (k > 0)
        g_string_append_c (text, '\n');
      if (k + 1 == MAX_DETAILS && rest > 1)
        {
          g_string_append_printf (text, ngettext ("…and %u more change to the script’s objects.",
                                                  "…and %u more changes to the script’s objects.", rest),
                                  rest);
          break;
        }
      g_string_append (text, g_ptr_array_index (sentences, k));
    }
  return g_string_free (text, FALSE);
}

/* Where the student writes or ticks an answer, under the question */
static char *
format_answer_space (const PmlQuestion *q)
{
  GString *text = g_string_new (NULL);

  switch (q->kind)
    {
    case PML_QUESTION_REFCOUNT:
      /* Translators: a predict handout: the blank for a number */
      g_string_append (text, _("Your answer: ________"));
      break;

    case PML_QUESTION_UNREACHABLE:
      for (guint k = 0; q->candidate_labels[k] != NULL; k++)
        g_string_append_printf (text, "%s☐ %s", k > 0 ? "    " : "", q->candidate_labels[k]);
      break;

    case PML_QUESTION_SIZE_CLASS:
    case PML_QUESTION_POOL:
    case PML_QUESTION_DEL:
    default:
      for (guint k = 0; q->choices[k] != NULL; k++)
        g_string_append_printf (text, "%s☐ %s", k > 0 ? "    " : "", q->choices[k]);
      break;
    }
  return g_string_free (text, FALSE);
}

/* `--predict`: a page per question, showing the state before its line
 * runs, and the answers at the end */
static gboolean
add_question_pages (PmlRun      *run,
                    const char  *source,
                    const char  *script,
                    gint64       max_pages,
                    GArray      *pages,
                    GPtrArray   *texts,
                    char       **out_answer_key)
{
  g_autoptr(GPtrArray) questions = pml_predict_all_questions (run, source, (guint) MIN (max_pages + 1, G_MAXUINT));
  GString *key = g_string_new (NULL);

  if ((gint64) questions->len > max_pages)
    {
      fprintf (stderr, _("%s: %s: the handout would have more than %lld pages; mark the lines to "
                         "ask about with “# ask”, or raise --max-pages\n"), g_get_prgname (), script,
               (long long) max_pages);
      g_string_free (key, TRUE);
      return FALSE;
    }
  for (guint k = 0; k < questions->len; k++)
    {
      const PmlQuestion *q = questions->pdata[k];
      g_autofree char *explanation = g_strdelimit (g_strdup (q->explanation), "\n", ' ');
      PmlHandoutPage page = { 0 };

      page.line = q->line;
      page.position = q->line_event;
      page.before = TRUE;
      /* Translators: a predict handout's question: its number, the line it is about, the question */
      page.narration = g_strdup_printf (_("Question %u (line %d): %s"), k + 1, q->line, q->text);
      page.details = format_answer_space (q);
      g_ptr_array_add (texts, (gpointer) page.narration);
      g_ptr_array_add (texts, (gpointer) page.details);
      g_array_append_val (pages, page);
      /* Translators: one answer of a predict handout's key: the question's number, its line, the
         answer, then why */
      g_string_append_printf (key, _("%u. Line %d: %s. %s"), k + 1, q->line, q->answer_text, explanation);
      g_string_append_c (key, '\n');
    }
  *out_answer_key = g_string_free (key, FALSE);
  return TRUE;
}

int
pml_cli_handout (int    argc,
                 char **argv)
{
  g_auto(HandoutOptions) options = { NULL, NULL, NULL, DEFAULT_MAX_PAGES, FALSE };
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &options.output, N_("The PDF to write"), N_("FILE") },
    { "preset", 0, 0, G_OPTION_ARG_STRING, &options.preset, N_("The CPython version to simulate"), N_("NAME") },
    { "theme", 0, 0, G_OPTION_ARG_STRING, &options.theme, N_("print (default), light or dark"), N_("THEME") },
    { "max-pages", 0, 0, G_OPTION_ARG_INT64, &options.max_pages,
      N_("Refuse scripts that would need more pages (default 300)"), N_("N") },
    { "predict", 0, 0, G_OPTION_ARG_NONE, &options.predict,
      N_("Questions to answer before the lines marked “# ask”, and an answer key"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("SCRIPT.py|LESSON.pymemlab — a PDF handout, one page per step"));
  g_autoptr(GError) error = NULL;
  g_autofree char *source = NULL;
  g_autoptr(GArray) pages = g_array_new (FALSE, FALSE, sizeof (PmlHandoutPage));
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GFile) file = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *basename = NULL;
  const PmlPreset *preset = pml_preset_get_default ();
  PmlTheme theme = PML_THEME_PRINT;
  PmlHandout handout = { 0 };
  PmlExportFormat format;
  g_autoptr(PmlRun) run = NULL;
  g_autofree char *answer_key = NULL;
  g_autoptr(PmlLesson) lesson = NULL;
  PmlInterp *interp;
  guint n;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return pml_cli_fail (error->message);
  if (argc != 2)
    return pml_cli_fail (_("handout needs exactly one SCRIPT.py or LESSON.pymemlab"));
  if (options.output == NULL)
    return pml_cli_fail (_("handout needs -o FILE.pdf"));
  if (!pml_export_format_from_path (options.output, &format) || format != PML_EXPORT_PDF)
    {
      g_autofree char *msg = g_strdup_printf (_("%s: a handout is a PDF: name the file .pdf"), options.output);

      return pml_cli_fail (msg);
    }
  if (options.preset != NULL && (preset = pml_preset_lookup (options.preset)) == NULL)
    {
      g_autofree char *msg = g_strdup_printf (_("unknown preset “%s”"), options.preset);

      return pml_cli_fail (msg);
    }
  if (options.theme != NULL && !pml_theme_from_string (options.theme, &theme))
    {
      g_autofree char *msg = g_strdup_printf (_("unknown theme “%s” (expected light, dark or print)"), options.theme);

      return pml_cli_fail (msg);
    }
  if (pml_lesson_is_lesson_path (argv[1]))
    {
      /* a lesson: the script of the slide it opens at, on its preset */
      PmlLessonSlide *slide;

      lesson = pml_cli_load_lesson (argv[1], 0, &slide);
      if (lesson == NULL ||
          (options.preset == NULL && slide->preset != NULL && !(preset = pml_preset_lookup (slide->preset))))
        return PML_CLI_EXIT_BAD_INPUT;
      source = g_strdup (slide->script);
      run = pml_cli_run_source (slide->name, source, strlen (source), preset);
    }
  else
    run = pml_cli_run_scenario (argv[1], preset, &source);
  if (run == NULL)
    return PML_CLI_EXIT_BAD_INPUT;
  interp = pml_run_get_interp (run);

  pml_palette_init (&handout.palette, theme, FALSE);
  lines = g_strsplit (source, "\n", -1);
  n = options.predict ? 0 : pml_interp_get_n_events (interp);
  if (options.predict && !add_question_pages (run, source, argv[1], options.max_pages, pages, texts, &answer_key))
    return PML_CLI_EXIT_BAD_INPUT;
  for (guint i = pml_run_next_line_event (run, 0); i < n; i = pml_run_next_line_event (run, i + 1))
    {
      gint line = pml_obj_event_get_value (pml_interp_get_event (interp, i));
      guint end = pml_run_next_line_event (run, i + 1);
      PmlHandoutPage page = { 0 };

      /* a script with marks shows its marked lines alone */
      if (pml_run_has_step_marks (run) && !pml_run_line_is_marked (run, line))
        continue;
      if ((gint64) pages->len >= options.max_pages)
        {
          fprintf (stderr, _("%s: %s: the handout would have more than %lld pages; mark the lines "
                             "to show with “# step”, or raise --max-pages\n"), g_get_prgname (), argv[1],
                   (long long) options.max_pages);
          return PML_CLI_EXIT_BAD_INPUT;
        }
      page.line = line;
      page.position = end;
      page.narration = narrate (interp, i, end, line);
      page.details = describe_objects (interp, i, end, &handout.palette);
      g_ptr_array_add (texts, (gpointer) page.narration);
      g_ptr_array_add (texts, (gpointer) page.details);
      g_array_append_val (pages, page);
    }
  if (pages->len == 0 && options.predict)
    return pml_cli_fail (_("the script asks no question: mark the lines to ask about with “# ask”"));
  if (pages->len == 0)
    {
      return pml_cli_fail (_("the script ran no line: there is nothing to show"));
    }

  basename = lesson != NULL ? g_strdup (pml_lesson_get_current (lesson)->name) : g_path_get_basename (argv[1]);
  handout.title = basename;
  handout.preset_name = preset->name;
  handout.source_lines = lines;
  handout.n_source_lines = g_strv_length (lines);
  handout.interp = interp;
  handout.answer_key = answer_key;
  file = g_file_new_for_commandline_arg (options.output);
  if (!pml_handout_export (&handout, (PmlHandoutPage *) (gpointer) pages->data, pages->len, file,
                           &error))
    {
      fprintf (stderr, "%s: %s\n", g_get_prgname (), error->message);
      return PML_CLI_EXIT_BAD_INPUT;
    }
  if (options.predict)
    printf (ngettext ("%s: %u question, and the answer key\n", "%s: %u questions, and the answer key\n", pages->len),
            options.output, pages->len);
  else
    printf (ngettext ("%s: %u page\n", "%s: %u pages\n", pages->len), options.output, pages->len);
  return PML_CLI_EXIT_OK;
}
