/* pml-py-graph.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-type.h"
#include "pml-py-interp-private.h"

/* Snapshots of the object graph, taken as each line starts (with
 * record_graph). A loop's lines mostly leave the graph as it was, so a
 * snapshot equal to the one before shares its arrays. */

/* Beyond these a run keeps its last snapshot: a million-iteration loop
 * would otherwise spend its time here */
#define MAX_STORED_EDGES  2000000
#define MAX_WORK          60000000

typedef struct
{
  GArray     *nodes;     /* guint32 */
  GArray     *edges;     /* PmlGraphEdge, zero-filled so that memcmp compares them */
  GHashTable *seen;      /* serial -> the object */
  GPtrArray  *queue;
  gboolean    truncated;
} Builder;

/* What a picture of the heap shows as a node: the objects a scenario
 * makes and names, not the runtime's functions, classes and modules */
static gboolean
is_node (PmlObj *o)
{
  if (o == NULL || (o->flags & (OBJ_STATIC | OBJ_DEAD | OBJ_FREELIST)))
    return FALSE;
  return !(pml_slots (o)->flags & PML_TPFLAGS_RUNTIME);
}

static gboolean
is_dunder (const char *name)
{
  gsize len = strlen (name);

  return len > 4 && g_str_has_prefix (name, "__") && g_str_has_suffix (name, "__");
}

static void
add_node (Builder *b,
          PmlObj  *o)
{
  if (g_hash_table_contains (b->seen, GUINT_TO_POINTER (o->serial)))
    return;
  if (b->nodes->len >= PML_GRAPH_MAX_NODES)
    {
      b->truncated = TRUE;
      return;
    }
  g_hash_table_add (b->seen, GUINT_TO_POINTER (o->serial));
  g_array_append_val (b->nodes, o->serial);
  g_ptr_array_add (b->queue, o);
}

static void
add_edge (Builder    *b,
          PmlObj     *from,
          PmlObj     *to,
          const char *label,
          const char *scope,
          gboolean    weak)
{
  PmlGraphEdge *edge;

  /* a cell is how a closure shares a name: show what it holds */
  if (to != NULL && to->type == TYPE (T_CELL))
    to = to->u.cell.ref;
  if (!is_node (to))
    return;
  add_node (b, to);
  if (!g_hash_table_contains (b->seen, GUINT_TO_POINTER (to->serial)))
    return;
  g_array_set_size (b->edges, b->edges->len + 1);
  edge = &g_array_index (b->edges, PmlGraphEdge, b->edges->len - 1);
  edge->from = from != NULL ? from->serial : 0;
  edge->to = to->serial;
  edge->label = label;
  edge->scope = scope;
  edge->weak = weak;
}

/* "[0]" to "[N]" are made once: a long list is walked at every line */
#define N_INDEX_LABELS 1024

const char *
pml_index_label (gsize index)
{
  static const char *labels[N_INDEX_LABELS];
  static gsize made = 0;
  char text[32];

  if (g_once_init_enter (&made))
    {
      for (guint i = 0; i < N_INDEX_LABELS; i++)
        {
          g_snprintf (text, sizeof text, "[%u]", i);
          labels[i] = g_intern_string (text);
        }
      g_once_init_leave (&made, 1);
    }
  if (index < N_INDEX_LABELS)
    return labels[index];
  g_snprintf (text, sizeof text, "[%" G_GSIZE_FORMAT "]", index);
  return g_intern_string (text);
}

const char *
pml_key_label (PmlObj *key)
{
  g_autofree char *text = NULL;

  if (key == NULL || key->kind != K_STR)
    return NULL;
  text = g_strdup_printf ("['%s']", key->u.s.s);
  return g_intern_string (text);
}

const char *
pml_name_label (PmlObj *str)
{
  return str != NULL && str->kind == K_STR ? g_intern_string (str->u.s.s) : NULL;
}

typedef struct
{
  Builder *b;
  PmlObj  *from;
} Walk;

static gboolean
walk_edge (PmlObj     *ref,
           const char *label,
           gboolean    weak,
           gpointer    data)
{
  Walk *w = data;

  add_edge (w->b, w->from, ref, label, NULL, weak);
  return w->b->nodes->len >= PML_GRAPH_MAX_NODES;
}

static gboolean
walk_unlabelled (PmlObj   *ref,
                 gpointer  data)
{
  return walk_edge (ref, NULL, FALSE, data);
}

/* The references of @o, named where Python names them */
static void
walk (Builder *b,
      PmlObj  *o)
{
  const PmlTypeSlots *tp = pml_slots (o);
  Walk w = { b, o };

  if (tp->referents != NULL)
    tp->referents (o, walk_edge, &w);
  else
    pml_gc_traverse (o, walk_unlabelled, &w);
}

static void
add_dict_roots (Builder    *b,
                PmlObj     *dict,
                const char *scope)
{
  for (gsize i = 0; i < dict->u.d.nentries; i++)
    {
      PmlDictEntry *entry = &dict->u.d.entries[i];

      if (entry->value == NULL || entry->key->kind != K_STR || is_dunder (entry->key->u.s.s))
        continue;
      add_edge (b, NULL, entry->value, pml_name_label (entry->key), scope, FALSE);
    }
}

/* The module's names, then each running frame's, innermost last */
static void
add_roots (Builder *b)
{
  g_autoptr(GPtrArray) frames = g_ptr_array_new ();

  for (PmlFrame *f = VM->frame; f != NULL; f = f->back)
    g_ptr_array_insert (frames, 0, f);
  if (VM->main_globals != NULL)   /* NULL once shutdown released it */
    add_dict_roots (b, VM->main_globals, NULL);
  for (guint i = 0; i < frames->len; i++)
    {
      PmlFrame *f = frames->pdata[i];
      const char *scope = g_intern_string (f->code->qualname != NULL ? f->code->qualname : f->code->name);
      GPtrArray *names = f->code->varnames;

      if (f->code->is_module)
        continue;
      if (f->locals != NULL && f->locals->kind == K_DICT)
        add_dict_roots (b, f->locals, scope);
      for (gsize k = 0; k < f->nfast; k++)
        {
          const char *name = NULL;
          gsize ncells = f->code->cellvars != NULL ? f->code->cellvars->len : 0;

          /* code objects name their locals with C strings */
          if (k < names->len)
            name = g_intern_string (names->pdata[k]);
          else if (k - names->len < ncells)
            name = g_intern_string (f->code->cellvars->pdata[k - names->len]);
          else if (f->code->freevars != NULL && k - names->len - ncells < f->code->freevars->len)
            name = g_intern_string (f->code->freevars->pdata[k - names->len - ncells]);
          if (name != NULL)
            add_edge (b, NULL, f->fast[k], name, scope, FALSE);
        }
    }
}

/* An object no name reaches is drawn when what holds it is drawn too: a
 * cycle left by del. One held by more than the drawn references (a class's
 * namespace, the value stack) belongs to the runtime, and goes. */
static void
keep_self_held (Builder *b,
                guint    n_named)
{
  guint n = b->nodes->len;
  g_autofree gint64 *incoming = g_new (gint64, n);
  g_autofree gboolean *kept = g_new (gboolean, n);
  g_autoptr(GHashTable) index_of = g_hash_table_new (NULL, NULL);
  gboolean changed = TRUE;
  guint k = 0;

  for (guint i = 0; i < n; i++)
    {
      kept[i] = TRUE;
      g_hash_table_insert (index_of, GUINT_TO_POINTER (g_array_index (b->nodes, guint32, i)), GUINT_TO_POINTER (i));
    }
  while (changed)
    {
      changed = FALSE;
      memset (incoming, 0, n * sizeof (gint64));
      for (guint e = 0; e < b->edges->len; e++)
        {
          const PmlGraphEdge *edge = &g_array_index (b->edges, PmlGraphEdge, e);
          guint from = GPOINTER_TO_UINT (g_hash_table_lookup (index_of, GUINT_TO_POINTER (edge->from)));
          guint to = GPOINTER_TO_UINT (g_hash_table_lookup (index_of, GUINT_TO_POINTER (edge->to)));

          if (edge->from != 0 && !edge->weak && kept[from])
            incoming[to]++;
        }
      for (guint i = n_named; i < n; i++)
        if (kept[i] && ((PmlObj *) b->queue->pdata[i])->refcnt > incoming[i])
          {
            kept[i] = FALSE;
            changed = TRUE;
          }
    }

  for (guint e = 0; e < b->edges->len; e++)
    {
      const PmlGraphEdge *edge = &g_array_index (b->edges, PmlGraphEdge, e);
      guint from = GPOINTER_TO_UINT (g_hash_table_lookup (index_of, GUINT_TO_POINTER (edge->from)));
      guint to = GPOINTER_TO_UINT (g_hash_table_lookup (index_of, GUINT_TO_POINTER (edge->to)));

      if ((edge->from == 0 || kept[from]) && kept[to])
        g_array_index (b->edges, PmlGraphEdge, k++) = *edge;
    }
  g_array_set_size (b->edges, k);
  k = 0;
  for (guint i = 0; i < n; i++)
    if (kept[i])
      g_array_index (b->nodes, guint32, k++) = g_array_index (b->nodes, guint32, i);
  g_array_set_size (b->nodes, k);
}

static gboolean
same_as_last (PmlInterp *interp,
              Builder   *b)
{
  const PmlGraphSnapshot *last;

  if (interp->graphs->len == 0)
    return FALSE;
  last = &g_array_index (interp->graphs, PmlGraphSnapshot, interp->graphs->len - 1);
  return last->n_nodes == b->nodes->len && last->n_edges == b->edges->len &&
         last->truncated == b->truncated &&
         /* an empty snapshot's arrays are NULL, which memcmp may not get */
         (b->nodes->len == 0 || memcmp (last->nodes, b->nodes->data, b->nodes->len * sizeof (guint32)) == 0) &&
         (b->edges->len == 0 || memcmp (last->edges, b->edges->data, b->edges->len * sizeof (PmlGraphEdge)) == 0);
}

/* Takes a snapshot of the graph now, at the end of the event stream */
void
pml_graph_snapshot (PmlInterp *interp)
{
  Builder b = { 0 };
  PmlGraphSnapshot snapshot = { 0 };
  guint work = 0, first, n_named;

  if (interp->graphs_full)
    return;
  b.nodes = g_array_new (FALSE, FALSE, sizeof (guint32));
  b.edges = g_array_new (FALSE, TRUE, sizeof (PmlGraphEdge));
  b.seen = g_hash_table_new (NULL, NULL);
  b.queue = g_ptr_array_new ();

  add_roots (&b);
  for (guint i = 0; i < b.queue->len; i++)
    walk (&b, b.queue->pdata[i]);
  n_named = b.nodes->len;
  /* what no name reaches but the collector tracks: a cycle left by del */
  for (guint g = 0; g < PML_NUM_GENERATIONS; g++)
    {
      PmlObj *head = &VM->gen[g].head;

      for (PmlObj *o = head->gc_next; o != head; o = o->gc_next)
        {
          const PmlObjInfo *info = pml_vm_object_info (VM, o->serial);

          work++;
          if (info == NULL || info->line <= 0 || !is_node (o) || g_hash_table_contains (b.seen, GUINT_TO_POINTER (o->serial)))
            continue;
          first = b.queue->len;
          add_node (&b, o);
          for (guint k = first; k < b.queue->len; k++)
            walk (&b, b.queue->pdata[k]);
        }
    }
  work += b.queue->len + b.edges->len;
  if (b.nodes->len > n_named)
    keep_self_held (&b, n_named);

  snapshot.position = VM->events.length;
  if (same_as_last (interp, &b))
    {
      snapshot = g_array_index (interp->graphs, PmlGraphSnapshot, interp->graphs->len - 1);
      snapshot.position = VM->events.length;
      g_array_free (b.nodes, TRUE);
      g_array_free (b.edges, TRUE);
    }
  else
    {
      snapshot.n_nodes = b.nodes->len;
      snapshot.n_edges = b.edges->len;
      snapshot.truncated = b.truncated;
      snapshot.nodes = (const guint32 *) (gpointer) g_array_free (b.nodes, FALSE);
      snapshot.edges = (const PmlGraphEdge *) (gpointer) g_array_free (b.edges, FALSE);
      g_ptr_array_add (interp->graph_blobs, (gpointer) snapshot.nodes);
      g_ptr_array_add (interp->graph_blobs, (gpointer) snapshot.edges);
      interp->graph_edges += snapshot.n_edges;
    }
  g_array_append_val (interp->graphs, snapshot);
  interp->graph_work += work;
  if (interp->graph_edges > MAX_STORED_EDGES || interp->graph_work > MAX_WORK)
    interp->graphs_full = TRUE;

  g_hash_table_unref (b.seen);
  g_ptr_array_unref (b.queue);
}

/* The snapshot that holds at @position: the last one taken at or before it */
const PmlGraphSnapshot *
pml_interp_get_graph (PmlInterp *interp,
                      guint      position)
{
  GArray *graphs = interp->graphs;
  guint lo = 0, hi;

  if (graphs == NULL || graphs->len == 0)
    return NULL;
  hi = graphs->len;
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (g_array_index (graphs, PmlGraphSnapshot, mid).position <= position)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo > 0 ? &g_array_index (graphs, PmlGraphSnapshot, lo - 1) : NULL;
}

/* FALSE when the run was too long for a snapshot at every line */
gboolean
pml_interp_graph_is_complete (PmlInterp *interp)
{
  return !interp->graphs_full;
}
