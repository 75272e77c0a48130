/* pml-predict.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "pml-narration.h"
#include "pml-predict.h"

/* A question covers what a line does until the next line of its frame or
 * a caller's starts (what stepping over reveals), so a call's lines and a
 * __del__ the line triggers belong to it. Every answer is read from the
 * events of that range, and every explanation is the narration's own
 * sentence for the event that settles it. */

#define MAX_CANDIDATES 8
/* the classes offered for a size class: the right one among its neighbours */
#define N_CLASS_CHOICES 4

typedef struct
{
  gint start;     /* the first line of a __del__ body */
  gint end;       /* its last line */
} DelBody;

/* What the script's text says: its "# ask" marks and its __del__ methods */
typedef struct
{
  char    **lines;
  gboolean  marked;
  GArray   *del_bodies;    /* DelBody */
  GPtrArray *del_classes;  /* the classes that define __del__ */
} Script;

typedef struct
{
  PmlRun          *run;
  PmlInterp       *interp;
  PmlHeap         *heap;
  const Script    *script;
  guint            first;   /* the line event */
  guint            end;     /* the line event that ends the range, or the script's end */
  guint            depth;
  gint             line;
  gboolean         asked;   /* a teacher's mark: any question will do */
} Range;

void
pml_question_free (PmlQuestion *question)
{
  if (question == NULL)
    return;
  g_free (question->text);
  g_strfreev (question->choices);
  g_clear_pointer (&question->candidates, g_array_unref);
  g_strfreev (question->candidate_labels);
  g_clear_pointer (&question->unreachable, g_array_unref);
  g_free (question->answer_text);
  g_free (question->explanation);
  g_free (question);
}

gboolean
pml_question_check_number (const PmlQuestion *question,
                           gint64             number)
{
  g_return_val_if_fail (question != NULL, FALSE);

  return question->kind == PML_QUESTION_REFCOUNT && number == question->answer;
}

gboolean
pml_question_check_choice (const PmlQuestion *question,
                           guint              choice)
{
  g_return_val_if_fail (question != NULL, FALSE);

  return question->choices != NULL && (gint64) choice == question->answer;
}

static gint
compare_serials (gconstpointer a,
                 gconstpointer b)
{
  guint32 x = *(const guint32 *) a, y = *(const guint32 *) b;

  return x < y ? -1 : x > y;
}

/* Right when the objects picked are exactly the unreachable ones, in any
 * order */
gboolean
pml_question_check_objects (const PmlQuestion *question,
                            const guint32     *serials,
                            guint              n_serials)
{
  g_autofree guint32 *sorted = NULL;
  guint n = 0;

  g_return_val_if_fail (question != NULL, FALSE);

  if (question->kind != PML_QUESTION_UNREACHABLE)
    return FALSE;
  sorted = g_new (guint32, MAX (n_serials, 1));
  for (guint i = 0; i < n_serials; i++)
    sorted[i] = serials[i];
  qsort (sorted, n_serials, sizeof (guint32), (int (*) (const void *, const void *)) compare_serials);
  /* the same object picked twice counts once */
  for (guint i = 0; i < n_serials; i++)
    if (n == 0 || sorted[n - 1] != sorted[i])
      sorted[n++] = sorted[i];
  if (n != question->unreachable->len)
    return FALSE;
  return n == 0 || memcmp (sorted, question->unreachable->data, n * sizeof (guint32)) == 0;
}

/* ---- the script's text ---- */

static gboolean
line_is_marked (const char *text)
{
  return text != NULL && strstr (text, "# ask") != NULL;
}

gboolean
pml_predict_source_has_marks (const char *source)
{
  g_auto(GStrv) lines = NULL;

  if (source == NULL)
    return FALSE;
  lines = g_strsplit (source, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (line_is_marked (lines[i]))
      return TRUE;
  return FALSE;
}

static guint
indent_of (const char *text)
{
  guint n = 0;

  while (text[n] == ' ' || text[n] == '\t')
    n++;
  return n;
}

static gboolean
is_blank (const char *text)
{
  const char *p = text + indent_of (text);

  return *p == '\0' || *p == '#' || *p == '\r';
}

/* The class a "class NAME" line opens, or NULL */
static char *
class_name (const char *text)
{
  const char *p = text + indent_of (text);
  gsize n = 0;

  if (!g_str_has_prefix (p, "class "))
    return NULL;
  p += strlen ("class ");
  while (g_ascii_isalnum (p[n]) || p[n] == '_')
    n++;
  return n > 0 ? g_strndup (p, n) : NULL;
}

static void
script_init (Script     *script,
             const char *source)
{
  g_autofree char *current_class = NULL;
  guint class_indent = 0;

  memset (script, 0, sizeof *script);
  script->lines = g_strsplit (source != NULL ? source : "", "\n", -1);
  script->del_bodies = g_array_new (FALSE, FALSE, sizeof (DelBody));
  script->del_classes = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; script->lines[i] != NULL; i++)
    {
      const char *text = script->lines[i];
      char *name;

      script->marked |= line_is_marked (text);
      if (is_blank (text))
        continue;
      if (current_class != NULL && indent_of (text) <= class_indent && (name = class_name (text)) == NULL)
        g_clear_pointer (&current_class, g_free);
      if ((name = class_name (text)) != NULL)
        {
          g_free (current_class);
          current_class = name;
          class_indent = indent_of (text);
          continue;
        }
      if (current_class != NULL && g_str_has_prefix (text + indent_of (text), "def __del__"))
        {
          DelBody body = { (gint) i + 2, (gint) i + 1 };
          guint def_indent = indent_of (text);

          for (guint k = i + 1; script->lines[k] != NULL; k++)
            {
              if (is_blank (script->lines[k]))
                continue;
              if (indent_of (script->lines[k]) <= def_indent)
                break;
              body.end = (gint) k + 1;
            }
          g_array_append_val (script->del_bodies, body);
          g_ptr_array_add (script->del_classes, g_strdup (current_class));
        }
    }
}

static void
script_clear (Script *script)
{
  g_strfreev (script->lines);
  g_array_unref (script->del_bodies);
  g_ptr_array_unref (script->del_classes);
}

static const char *
script_line (const Script *script,
             gint          line)
{
  if (line < 1 || (guint) line > g_strv_length (script->lines))
    return "";
  return script->lines[line - 1];
}

static gboolean
in_del_body (const Script *script,
             gint          line)
{
  for (guint k = 0; k < script->del_bodies->len; k++)
    {
      const DelBody *body = &g_array_index (script->del_bodies, DelBody, k);

      if (line >= body->start && line <= body->end)
        return TRUE;
    }
  return FALSE;
}

static gboolean
has_del (const Script *script,
         const char   *type_name)
{
  for (guint k = 0; k < script->del_classes->len; k++)
    if (g_strcmp0 (g_ptr_array_index (script->del_classes, k), type_name) == 0)
      return TRUE;
  return FALSE;
}

/* Functions, classes and modules: their counts and blocks are the
 * interpreter's business more than a lesson's */
static gboolean
is_plain_data (const PmlObjInfo *info)
{
  return info != NULL && !g_str_equal (info->type_name, "function") && !g_str_equal (info->type_name, "type") &&
         !g_str_equal (info->type_name, "module");
}

/* ---- reading the events ---- */

static const PmlObjEvent *
event (const Range *r,
       guint        index)
{
  return pml_interp_get_event (r->interp, index);
}

static PmlObjEventKind
kind_of (const Range *r,
         guint        index)
{
  return pml_obj_event_get_kind (event (r, index));
}

static guint
heap_position_of (const Range *r,
                  guint        index)
{
  return index < pml_interp_get_n_events (r->interp) ? pml_interp_get_event_heap_position (r->interp, index)
                                                      : pml_heap_get_n_events (r->heap);
}

static gboolean
changes_count (PmlObjEventKind kind)
{
  return kind == PML_OBJ_EVENT_NEW || kind == PML_OBJ_EVENT_INCREF || kind == PML_OBJ_EVENT_DECREF;
}

/* The count of @serial once the events before @before are done: the last
 * count event says it; -1 when none did */
static gint64
count_before (const Range *r,
              guint32      serial,
              guint        before,
              guint        since)
{
  for (guint k = before; k-- > since;)
    {
      const PmlObjEvent *ev = event (r, k);

      if (ev->serial != serial || pml_obj_event_get_kind (ev) == PML_OBJ_EVENT_LINE)
        continue;
      if (pml_obj_event_get_kind (ev) == PML_OBJ_EVENT_FREE)
        return 0;
      if (changes_count (pml_obj_event_get_kind (ev)))
        return pml_obj_event_get_value (ev);
    }
  return -1;
}

/* The graph as the line at @position starts, when a line starts there */
static const PmlGraphSnapshot *
graph_at (const Range *r,
          guint        position)
{
  const PmlGraphSnapshot *graph = pml_interp_get_graph (r->interp, position);

  return graph != NULL && graph->position == position ? graph : NULL;
}

static const PmlGraphNode *
find_node (const PmlGraphSnapshot *graph,
           guint32                 serial)
{
  for (guint k = 0; graph != NULL && k < graph->n_nodes; k++)
    if (graph->nodes[k].serial == serial)
      return &graph->nodes[k];
  return NULL;
}

/* A name of the module or of the running frame that holds @serial, the
 * running frame's first */
static const char *
find_name (const PmlGraphSnapshot *graph,
           guint32                 serial)
{
  const char *found = NULL;

  for (guint k = 0; graph != NULL && k < graph->n_edges; k++)
    {
      const PmlGraphEdge *edge = &graph->edges[k];

      if (edge->kind != PML_GRAPH_FROM_NAME || edge->to != serial || edge->weak || edge->label == NULL)
        continue;
      if (edge->frame + 1u == graph->n_frames)
        return edge->label;
      if (edge->frame == 0 && found == NULL)
        found = edge->label;
    }
  return found;
}

/* What the narration says of object event @index: why, then what */
static char *
describe_object_event (const Range *r,
                       guint        index)
{
  g_autofree char *what = pml_interp_describe_event (r->interp, index);
  g_autofree char *why = pml_interp_describe_reason (r->interp, index);

  if (why != NULL)
    return g_strdup_printf ("%s — %s", why, what);
  return g_steal_pointer (&what);
}

/* What the narration says of allocator event @index; the heap stands
 * after it while it is told, then where it was */
static char *
describe_heap_event (const Range *r,
                     guint        index)
{
  guint position = pml_heap_get_position (r->heap);
  char *text;

  pml_heap_seek (r->heap, index + 1);
  text = pml_heap_describe_event (r->heap, index);
  pml_heap_seek (r->heap, position);
  return text;
}

static char **
strv_of (const char *first,
         ...)
{
  GPtrArray *array = g_ptr_array_new ();
  va_list args;

  va_start (args, first);
  for (const char *s = first; s != NULL; s = va_arg (args, const char *))
    g_ptr_array_add (array, g_strdup (s));
  va_end (args);
  g_ptr_array_add (array, NULL);
  return (char **) g_ptr_array_free (array, FALSE);
}

static PmlQuestion *
question_new (const Range     *r,
              PmlQuestionKind  kind)
{
  PmlQuestion *q = g_new0 (PmlQuestion, 1);

  q->kind = kind;
  q->line_event = r->first;
  q->end = r->end;
  q->line = r->line;
  return q;
}

/* ---- the questions, one kind each ---- */

/* The first collection of the line that finds some drawn object
 * unreachable: the student clicks them among the collector's objects */
static PmlQuestion *
ask_unreachable (const Range *r)
{
  const PmlGraphSnapshot *graph = graph_at (r, r->first);
  g_autoptr(GHashTable) unreachable = g_hash_table_new (NULL, NULL);
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GPtrArray) labels = NULL;
  guint gc_start = G_MAXUINT, gc_end = G_MAXUINT;
  guint position;
  PmlQuestion *q;

  if (graph == NULL)
    return NULL;
  for (guint k = r->first; k < r->end; k++)
    {
      const PmlObjEvent *ev = event (r, k);

      switch (pml_obj_event_get_kind (ev))
        {
        case PML_OBJ_EVENT_GC_START:
          g_hash_table_remove_all (unreachable);
          gc_start = k;
          break;
        case PML_OBJ_EVENT_GC_UNREACHABLE:
          g_hash_table_add (unreachable, GUINT_TO_POINTER (ev->serial));
          break;
        case PML_OBJ_EVENT_GC_REACHABLE:
          /* moved back: something unreachable-looking still held it */
          if (pml_obj_event_get_value (ev) == 1)
            g_hash_table_remove (unreachable, GUINT_TO_POINTER (ev->serial));
          break;
        case PML_OBJ_EVENT_GC_END:
          for (guint n = 0; n < graph->n_nodes; n++)
            if (g_hash_table_contains (unreachable, GUINT_TO_POINTER (graph->nodes[n].serial)))
              g_array_append_val (found, graph->nodes[n].serial);
          if (found->len > 0 && found->len <= MAX_CANDIDATES)
            gc_end = k;
          else
            g_array_set_size (found, 0);
          break;
        default:
          break;
        }
      if (gc_end != G_MAXUINT)
        break;
    }
  if (gc_end == G_MAXUINT)
    return NULL;

  /* the objects' states as the line starts */
  position = pml_interp_get_position (r->interp);
  pml_interp_seek_objects (r->interp, r->first + 1);
  q = question_new (r, PML_QUESTION_UNREACHABLE);
  q->unreachable = g_array_ref (found);
  g_array_sort (q->unreachable, compare_serials);
  /* the unreachable ones among the collector's other objects drawn, in
   * the picture's order; tracked as the line starts */
  q->candidates = g_array_new (FALSE, FALSE, sizeof (guint32));
  labels = g_ptr_array_new ();
  for (guint n = 0; n < graph->n_nodes && q->candidates->len < MAX_CANDIDATES; n++)
    {
      const PmlGraphNode *node = &graph->nodes[n];
      const PmlObjState *state = pml_interp_get_object_state (r->interp, node->serial);
      const PmlObjInfo *info = pml_interp_get_object (r->interp, node->serial);
      gboolean right = g_hash_table_contains (unreachable, GUINT_TO_POINTER (node->serial));
      guint others_left = MAX_CANDIDATES - q->candidates->len;
      guint right_left = 0;
      const char *name;

      for (guint m = n; m < graph->n_nodes; m++)
        right_left += g_hash_table_contains (unreachable, GUINT_TO_POINTER (graph->nodes[m].serial));
      if (!right)
        {
          /* the collector's: what it tracks (a class or a function the
           * script's names hold is a fair decoy) */
          if (state == NULL || !state->tracked || (node->flags & (PML_GRAPH_NODE_STATIC | PML_GRAPH_NODE_SMALL)) ||
              info == NULL || g_str_equal (info->type_name, "module"))
            continue;
          if (others_left <= right_left)
            continue;
        }
      g_array_append_val (q->candidates, node->serial);
      name = find_name (graph, node->serial);
      if (name != NULL)
        {
          /* Translators: an object to click in a question: its type and number, as the objects view
             writes them ("Node #1528"), then its name */
          g_ptr_array_add (labels, g_strdup_printf (_("%s #%u (`%s`)"), info->type_name, node->serial, name));
        }
      else
        {
          /* Translators: an object to click in a question: its type and number, as the objects view
             writes them ("Node #1528") */
          g_ptr_array_add (labels, g_strdup_printf (_("%s #%u"), info != NULL ? info->type_name : "object",
                                                    node->serial));
        }
    }
  pml_interp_seek_objects (r->interp, position);
  g_ptr_array_add (labels, NULL);
  q->candidate_labels = (char **) g_ptr_array_free (g_steal_pointer (&labels), FALSE);

  /* Translators: a predict-mode question; the student picks objects */
  q->text = g_strdup_printf (_("Line %d runs the cycle collector. Which objects will it find unreachable?"),
                             r->line);
  {
    GString *answer = g_string_new (NULL);

    for (guint k = 0; k < q->candidates->len; k++)
      {
        guint32 serial = g_array_index (q->candidates, guint32, k);

        if (!g_hash_table_contains (unreachable, GUINT_TO_POINTER (serial)))
          continue;
        if (answer->len > 0)
          g_string_append (answer, ", ");
        g_string_append (answer, q->candidate_labels[k]);
      }
    q->answer_text = g_string_free (answer, FALSE);
  }
  {
    g_autofree char *start = gc_start != G_MAXUINT ? pml_interp_describe_event (r->interp, gc_start) : NULL;
    g_autofree char *end = pml_interp_describe_event (r->interp, gc_end);

    q->explanation = start != NULL ? g_strdup_printf ("%s\n%s", start, end) : g_strdup (end);
  }
  return q;
}

/* "name = None": a name let go of what it held */
static gboolean
rebinds_to_none (const char *text)
{
  gsize n = 0;

  while (g_ascii_isalnum (text[n]) || text[n] == '_')
    n++;
  return n > 0 && g_str_has_prefix (text + n, " = None");
}

/* Whether __del__ runs before the next line of this frame: a line of a
 * __del__ body starts in the range, or the collector finalizes */
static PmlQuestion *
ask_del (const Range *r)
{
  const char *text = script_line (r->script, r->line) + indent_of (script_line (r->script, r->line));
  guint runs = G_MAXUINT, dropped = G_MAXUINT;
  PmlQuestion *q;

  if (r->script->del_classes->len == 0)
    return NULL;
  for (guint k = r->first + 1; k < r->end; k++)
    {
      const PmlObjEvent *ev = event (r, k);
      PmlObjEventKind kind = pml_obj_event_get_kind (ev);
      const PmlObjInfo *info;

      if (kind == PML_OBJ_EVENT_LINE && runs == G_MAXUINT && in_del_body (r->script, pml_obj_event_get_value (ev)))
        runs = k;
      else if (kind == PML_OBJ_EVENT_DECREF && (info = pml_interp_get_object (r->interp, ev->serial)) != NULL &&
               has_del (r->script, info->type_name) && runs == G_MAXUINT)
        dropped = k;
    }
  /* unmarked, only where a student would wonder: a del, a name rebound
   * to None, a collection */
  if (runs == G_MAXUINT && dropped == G_MAXUINT)
    return NULL;
  if (!r->asked && runs == G_MAXUINT && !g_str_has_prefix (text, "del ") && !rebinds_to_none (text))
    return NULL;

  q = question_new (r, PML_QUESTION_DEL);
  /* Translators: a predict-mode question about the line about to run */
  q->text = g_strdup_printf (_("Line %d is about to run. Will `__del__` run now, before the next line?"), r->line);
  q->choices = strv_of (_("Yes"), _("No"), NULL);
  q->answer = runs != G_MAXUINT ? 0 : 1;
  if (runs != G_MAXUINT)
    {
      gint body_line = pml_obj_event_get_value (event (r, runs));
      g_autofree char *last = dropped != G_MAXUINT ? describe_object_event (r, dropped) : NULL;

      q->answer_text = g_strdup (_("Yes"));
      /* Translators: %d is the first line of the __del__ method that runs */
      q->explanation = g_strdup_printf (_("`__del__` runs: line %d starts inside it."), body_line);
      /* the drop that made it run, when it came before */
      for (guint k = runs; k-- > r->first;)
        if (kind_of (r, k) == PML_OBJ_EVENT_DECREF || kind_of (r, k) == PML_OBJ_EVENT_GC_FINALIZE)
          {
            g_autofree char *why = describe_object_event (r, k);
            char *joined = g_strdup_printf ("%s\n%s", why, q->explanation);

            g_free (q->explanation);
            q->explanation = joined;
            break;
          }
    }
  else
    {
      g_autofree char *why = describe_object_event (r, dropped);

      q->answer_text = g_strdup (_("No"));
      /* Translators: %s is the narration's sentence about the last reference dropped */
      q->explanation = g_strdup_printf (_("`__del__` does not run: the count does not reach 0. %s"), why);
    }
  return q;
}

/* The first new pool of the line: one in use, one from the front of
 * usable_arenas, or one in an arena mapped for it */
static PmlQuestion *
ask_pool (const Range *r)
{
  guint from = heap_position_of (r, r->first), to = heap_position_of (r, r->end);
  guint init = G_MAXUINT, map = G_MAXUINT;
  const PmlEvent *ev;
  guint szidx;
  PmlQuestion *q;

  for (guint k = from; k < to && init == G_MAXUINT; k++)
    {
      PmlEventKind kind = pml_heap_get_event (r->heap, k)->kind;

      if (kind == PML_EVENT_ARENA_MAP)
        map = k;
      else if (kind == PML_EVENT_POOL_INIT)
        init = k;
    }
  if (init == G_MAXUINT)
    return NULL;
  ev = pml_heap_get_event (r->heap, init);
  szidx = ev->szidx;

  q = question_new (r, PML_QUESTION_POOL);
  /* Translators: a predict-mode question; %u are a block size in bytes and its size class */
  q->text = g_strdup_printf (_("Line %d will ask pymalloc for a %u-byte block (size class %u). "
                               "Where will the block come from?"), r->line, PML_INDEX2SIZE (szidx), szidx);
  q->choices = strv_of (_("A pool already in use for this size class"),
                        _("A fresh pool, taken from the front of usable_arenas"),
                        _("A fresh pool, in a new arena mapped for it"), NULL);
  q->answer = map != G_MAXUINT ? 2 : 1;
  q->answer_text = g_strdup (q->choices[q->answer]);
  {
    g_autofree char *pool = describe_heap_event (r, init);
    g_autofree char *arena = map != G_MAXUINT ? describe_heap_event (r, map) : NULL;

    q->explanation = arena != NULL ? g_strdup_printf ("%s\n%s", arena, pool) : g_strdup (pool);
  }
  return q;
}

/* The new objects of the line that a name holds once it ran, each with
 * its first NEW event; the first whose block is pymalloc's gets asked */
static PmlQuestion *
ask_size_class (const Range *r)
{
  const PmlGraphSnapshot *after = graph_at (r, r->end);
  guint position = pml_interp_get_position (r->interp);
  guint heap_position = pml_heap_get_position (r->heap);
  PmlQuestion *q = NULL;

  if (after == NULL)
    return NULL;
  for (guint k = r->first; k < r->end && q == NULL; k++)
    {
      const PmlObjEvent *ev = event (r, k);
      const PmlObjInfo *info;
      const char *name;
      guint slot, index, first_class;
      PmlPoolInfo pool;

      if (pml_obj_event_get_kind (ev) != PML_OBJ_EVENT_NEW ||
          !is_plain_data (info = pml_interp_get_object (r->interp, ev->serial)) || info->size == 0 ||
          (name = find_name (after, ev->serial)) == NULL)
        continue;
      /* the heap as the line ended, where the block still is (once: a
       * seek is the costly part) */
      if (pml_interp_get_position (r->interp) != r->end)
        pml_interp_seek (r->interp, r->end);
      if (!pml_heap_owns (r->heap, info->address) ||
          !pml_heap_lookup_pool (r->heap, info->address, &slot, &index) ||
          !pml_heap_get_pool (r->heap, slot, index, &pool))
        continue;

      q = question_new (r, PML_QUESTION_SIZE_CLASS);
      q->serial = ev->serial;
      /* Translators: a predict-mode question: %s a Python type, %llu its size in bytes, then its name */
      q->text = g_strdup_printf (_("Line %d makes a new %s of %llu bytes, named `%s`. Which size class will its "
                                   "block come from?"), r->line, info->type_name, (unsigned long long) info->size,
                                 name);
      first_class = pool.szidx > 0 ? pool.szidx - 1 : 0;
      first_class = MIN (first_class, PML_NB_SMALL_SIZE_CLASSES - N_CLASS_CHOICES);
      q->choices = g_new0 (char *, N_CLASS_CHOICES + 1);
      for (guint c = 0; c < N_CLASS_CHOICES; c++)
        /* Translators: a choice of size class: its number, then its block size in bytes */
        q->choices[c] = g_strdup_printf (_("Class %u: %u-byte blocks"), first_class + c,
                                         PML_INDEX2SIZE (first_class + c));
      q->answer = pool.szidx - first_class;
      q->answer_text = g_strdup (q->choices[q->answer]);
      {
        g_autofree char *made = pml_interp_describe_event (r->interp, k);

        /* Translators: after the sentence about the new object: the smallest class that holds it */
        q->explanation = g_strdup_printf (_("%s Class %u's %u-byte blocks are the smallest that hold %llu bytes."),
                                          made, pool.szidx, PML_INDEX2SIZE (pool.szidx),
                                          (unsigned long long) info->size);
      }
    }
  pml_interp_seek_objects (r->interp, position);
  pml_heap_seek (r->heap, heap_position);
  return q;
}

/* A named object whose count the line changes: its count after */
static PmlQuestion *
ask_refcount (const Range *r)
{
  const PmlGraphSnapshot *after = graph_at (r, r->end);
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);

  if (after == NULL)
    return NULL;
  for (guint k = r->first; k < r->end; k++)
    {
      const PmlObjEvent *ev = event (r, k);
      const PmlGraphNode *node;
      const char *name;
      gint64 before, count;
      guint last = G_MAXUINT;
      PmlQuestion *q;

      if (!changes_count (pml_obj_event_get_kind (ev)) ||
          !g_hash_table_add (seen, GUINT_TO_POINTER (ev->serial)) ||
          !is_plain_data (pml_interp_get_object (r->interp, ev->serial)) ||
          (node = find_node (after, ev->serial)) == NULL ||
          (node->flags & (PML_GRAPH_NODE_STATIC | PML_GRAPH_NODE_SMALL)) ||
          (name = find_name (after, ev->serial)) == NULL)
        continue;
      before = pml_obj_event_get_kind (ev) == PML_OBJ_EVENT_NEW ? 0 : count_before (r, ev->serial, r->first, 0);
      count = count_before (r, ev->serial, r->end, r->first);
      if (count <= 0 || count == before)
        continue;
      for (guint m = r->end; m-- > r->first;)
        if (event (r, m)->serial == ev->serial && changes_count (kind_of (r, m)))
          {
            last = m;
            break;
          }

      q = question_new (r, PML_QUESTION_REFCOUNT);
      q->serial = ev->serial;
      /* Translators: a predict-mode question; %s is a Python name */
      q->text = g_strdup_printf (_("What will `%s`’s reference count be after line %d?"), name, r->line);
      q->answer = count;
      q->answer_text = g_strdup_printf ("%" G_GINT64_FORMAT, count);
      {
        g_autofree char *last_change = describe_object_event (r, last);

        /* the number a student may have seen printed */
        q->explanation = g_strdup_printf (_("%s (sys.getrefcount () would say %lld: its argument is one more "
                                            "reference.)"), last_change, (long long) count + 1);
      }
      return q;
    }
  return NULL;
}

/* ---- choosing ---- */

static gboolean
range_init (Range        *r,
            PmlRun       *run,
            const Script *script,
            guint         line_event)
{
  PmlInterp *interp = pml_run_get_interp (run);
  guint n, script_end;

  memset (r, 0, sizeof *r);
  if (interp == NULL || line_event >= (n = pml_interp_get_n_events (interp)))
    return FALSE;
  script_end = pml_run_get_script_end (run);
  r->run = run;
  r->interp = interp;
  r->heap = pml_run_get_heap (run);
  r->script = script;
  r->first = line_event;
  if (kind_of (r, line_event) != PML_OBJ_EVENT_LINE || line_event >= script_end)
    return FALSE;
  r->depth = pml_obj_event_get_depth (event (r, line_event));
  r->line = pml_obj_event_get_value (event (r, line_event));
  r->end = script_end;
  for (guint k = line_event + 1; k < script_end; k++)
    if (kind_of (r, k) == PML_OBJ_EVENT_LINE && pml_obj_event_get_depth (event (r, k)) <= r->depth)
      {
        r->end = k;
        break;
      }
  r->asked = script->marked && line_is_marked (script_line (script, r->line));
  /* unmarked, a function's last line is left alone: "after this line"
   * would be after the call returned, in another frame */
  if (!script->marked && r->end < script_end && pml_obj_event_get_depth (event (r, r->end)) < r->depth)
    return FALSE;
  /* a __del__ runs inside the line that dropped the object: that line
   * asks about it */
  if (in_del_body (script, r->line))
    return FALSE;
  return !script->marked || r->asked;
}

static PmlQuestion *
question_for_range (const Range *r)
{
  PmlQuestion *(*kinds[]) (const Range *) = {
    ask_unreachable, ask_del, ask_pool, ask_size_class, ask_refcount,
  };

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      PmlQuestion *q = kinds[k] (r);

      if (q != NULL)
        return q;
    }
  return NULL;
}

PmlQuestion *
pml_predict_question_at (PmlRun     *run,
                         const char *source,
                         guint       line_event)
{
  Script script;
  Range range;
  PmlQuestion *q = NULL;

  g_return_val_if_fail (PML_IS_RUN (run), NULL);

  script_init (&script, source);
  if (range_init (&range, run, &script, line_event))
    q = question_for_range (&range);
  script_clear (&script);
  return q;
}

GPtrArray *
pml_predict_all_questions (PmlRun     *run,
                           const char *source,
                           guint       max_questions)
{
  GPtrArray *questions = g_ptr_array_new_with_free_func ((GDestroyNotify) pml_question_free);
  PmlInterp *interp;
  Script script;
  guint n;

  g_return_val_if_fail (PML_IS_RUN (run), questions);

  if ((interp = pml_run_get_interp (run)) == NULL)
    return questions;
  script_init (&script, source);
  n = pml_run_get_script_end (run);
  for (guint i = pml_run_next_line_event (run, 0); i < n && questions->len < max_questions;
       i = pml_run_next_line_event (run, i + 1))
    {
      Range range;
      PmlQuestion *q;

      if (range_init (&range, run, &script, i) && (q = question_for_range (&range)) != NULL)
        g_ptr_array_add (questions, q);
    }
  script_clear (&script);
  return questions;
}
