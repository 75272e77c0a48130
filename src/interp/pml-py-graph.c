/* pml-py-graph.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-type.h"
#include "pml-py-interp-private.h"

#include "pml-py-graph-refs.h"
#include "pml-py-opcodes.h"

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
          labels[i] = pml_graph_keep_text (text);
        }
      g_once_init_leave (&made, 1);
    }
  if (index < N_INDEX_LABELS)
    return labels[index];
  g_snprintf (text, sizeof text, "[%" G_GSIZE_FORMAT "]", index);
  return pml_graph_keep_text (text);
}

const char *
pml_key_label (PmlObj *key)
{
  g_autofree char *text = NULL;

  if (key == NULL || key->kind != K_STR)
    return NULL;
  text = g_strdup_printf ("['%s']", key->u.s.s);
  return pml_graph_keep_text (text);
}

const char *
pml_name_label (PmlObj *str)
{
  return str != NULL && str->kind == K_STR ? pml_graph_keep_text (str->u.s.s) : NULL;
}


/* Snapshots of the object graph, taken as each line starts (with
 * record_graph): the frames and their names, the objects they reach, and
 * every strong reference to those objects, drawn (a name, a slot, an
 * attribute, the interpreter's own holders) or not (a start-up object, a
 * namespace the picture leaves out). A loop's lines mostly leave the
 * graph as it was, so a snapshot equal to the one before shares its
 * arrays. */

/* Beyond these a run keeps its last snapshot: a million-iteration loop
 * would otherwise spend its time here */
#define MAX_STORED_EDGES  2000000
#define MAX_WORK          60000000

typedef struct
{
  guint32     drawer;    /* the card it comes from (0: a frame) */
  guint16     frame;
  PmlObj     *to;
  const char *label;
} Pending;

typedef struct
{
  GArray     *nodes;     /* PmlGraphNode */
  GArray     *edges;     /* PmlGraphEdge, zero-filled so that memcmp compares them */
  GArray     *frames;    /* PmlGraphFrame */
  GHashTable *index_of;  /* serial -> node index + 1 */
  GPtrArray  *queue;     /* the node's objects, by index */
  GHashTable *merged;    /* objects drawn as part of a card or a frame: a class's
                            namespace, a closure's cells, a frame's code */
  GArray     *pending;   /* Pending: references the picture does not draw */
  guint64     node_bits[64];  /* serial % 4096 of the nodes: most lookups end here */
  guint       work;
  gboolean    truncated;
} Builder;

static gboolean
is_dunder (const char *name)
{
  gsize len = strlen (name);

  return len > 4 && g_str_has_prefix (name, "__") && g_str_has_suffix (name, "__");
}

/* Cards of the picture: anything alive but code objects and cells, which
 * are drawn through (a cell as the name it keeps) */
static gboolean
can_draw (PmlObj *o)
{
  /* object 0 is the runtime's first: 0 stands for "no object" in edges */
  if (o == NULL || o->serial == 0 || (o->flags & (OBJ_DEAD | OBJ_FREELIST)))
    return FALSE;
  return o->kind != K_CODE && o->kind != K_CELL;
}

static guint
node_index (Builder *b,
            PmlObj  *o)
{
  if (!(b->node_bits[(o->serial >> 6) & 63] & (G_GUINT64_CONSTANT (1) << (o->serial & 63))))
    return 0;
  return GPOINTER_TO_UINT (g_hash_table_lookup (b->index_of, GUINT_TO_POINTER (o->serial)));
}

static guint
node_index_of_serial (Builder *b,
                      guint32  serial)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (b->index_of, GUINT_TO_POINTER (serial))) - 1;
}

static gboolean
add_node (Builder *b,
          PmlObj  *o)
{
  PmlGraphNode node = { 0 };
  gboolean small = FALSE;

  if (node_index (b, o) != 0)
    return TRUE;
  if (b->nodes->len >= PML_GRAPH_MAX_NODES)
    {
      b->truncated = TRUE;
      return FALSE;
    }
  node.serial = o->serial;
  node.value = pml_graph_value_text (o, &small);
  node.flags = (small ? PML_GRAPH_NODE_SMALL : 0) | ((o->flags & OBJ_STATIC) ? PML_GRAPH_NODE_STATIC : 0);
  g_array_append_val (b->nodes, node);
  g_hash_table_insert (b->index_of, GUINT_TO_POINTER (o->serial), GUINT_TO_POINTER (b->nodes->len));
  b->node_bits[(o->serial >> 6) & 63] |= G_GUINT64_CONSTANT (1) << (o->serial & 63);
  g_ptr_array_add (b->queue, o);
  return TRUE;
}

static void
append_edge (Builder    *b,
             guint8      kind,
             guint32     from,
             guint16     frame,
             PmlObj     *to,
             const char *label,
             const char *scope,
             gboolean    weak)
{
  PmlGraphEdge *edge;

  g_array_set_size (b->edges, b->edges->len + 1);
  edge = &g_array_index (b->edges, PmlGraphEdge, b->edges->len - 1);
  edge->from = from;
  edge->to = to->serial;
  edge->label = label;
  edge->scope = scope;
  edge->frame = frame;
  edge->kind = kind;
  edge->weak = weak;
}

static const char *
frame_scope (Builder *b,
             guint16  frame)
{
  return g_array_index (b->frames, PmlGraphFrame, frame).name;
}

/* A reference the picture does not draw: it counts on its target's card
 * if the target is drawn at all, which is known at the end */
static void
add_pending (Builder    *b,
             guint32     drawer,
             guint16     frame,
             PmlObj     *to,
             const char *label)
{
  Pending p = { drawer, frame, to, label };

  b->work++;
  if (to->flags & OBJ_STATIC)
    return;
  g_array_append_val (b->pending, p);
}

/* @o is drawn as part of @drawer (0: a frame) */
static void
mark_merged (Builder *b,
             PmlObj  *o,
             guint32  drawer)
{
  g_hash_table_insert (b->merged, o, GUINT_TO_POINTER (drawer + 1));
}

static void merge_into (Builder *b, guint8 kind, guint32 drawer, guint16 frame, PmlObj *o, const char *label);

/* A drawn reference, from a card (@drawer) or a frame's name or holder */
static void
add_ref (Builder    *b,
         guint8      kind,
         guint32     drawer,
         guint16     frame,
         PmlObj     *to,
         const char *label)
{
  b->work++;
  if (to == NULL)
    return;
  if (to->kind == K_CELL)
    {
      /* a cell is how a closure shares a name: drawn as the name */
      if (g_hash_table_contains (b->merged, to))
        {
          if (to->u.cell.ref != NULL && can_draw (to->u.cell.ref) && add_node (b, to->u.cell.ref))
            append_edge (b, kind, drawer, frame, to->u.cell.ref, label,
                         kind == PML_GRAPH_FROM_OBJECT ? NULL : frame_scope (b, frame), TRUE);
          return;
        }
      merge_into (b, kind, drawer, frame, to, label);
      return;
    }
  if (!can_draw (to) || !add_node (b, to))
    {
      add_pending (b, drawer, frame, to, label);
      return;
    }
  append_edge (b, kind, drawer, frame, to, label, kind == PML_GRAPH_FROM_OBJECT ? NULL : frame_scope (b, frame),
               FALSE);
}

typedef struct
{
  Builder    *b;
  guint8      kind;
  guint32     drawer;
  guint16     frame;
  PmlObj     *from;
  const char *label;   /* a cell's: its name */
  guint       slot;
} Walk;

static void
walk_ref (PmlObj     *ref,
          const char *label,
          gboolean    drawn,
          gpointer    data)
{
  Walk *w = data;

  if (w->from->kind == K_CELL)
    label = w->label;
  /* a long container's slots past the first are counted, not drawn */
  if (drawn && w->from->kind != K_CELL && w->slot++ >= PML_GRAPH_MAX_SLOTS)
    drawn = FALSE;
  else if (!drawn && label == NULL && w->kind == PML_GRAPH_FROM_OBJECT && w->from->kind != K_CELL &&
           pml_slots (w->from)->referents != NULL && ref != w->from->type)
    w->slot++;
  if (drawn)
    add_ref (w->b, w->kind, w->drawer, w->frame, ref, label);
  else
    add_pending (w->b, w->drawer, w->frame, ref, label);
}

/* A dict drawn as part of what holds it: a class's namespace, an
 * instance's __dict__, a frame's names. Its entries are the holder's
 * rows; its keys, and the dunder entries Python fills in, are not drawn. */
static void
merge_dict (Builder    *b,
            guint8      kind,
            guint32     drawer,
            guint16     frame,
            PmlObj     *dict,
            gboolean    all_dunders)
{
  /* drawn already, as a card of its own (gc.get_referrers found it) */
  if (g_hash_table_contains (b->merged, dict) || node_index (b, dict) != 0)
    return;
  mark_merged (b, dict, drawer);
  for (gsize i = 0; i < dict->u.d.nentries; i++)
    {
      PmlDictEntry *entry = &dict->u.d.entries[i];
      const char *name;

      if (entry->value == NULL)
        continue;
      add_pending (b, drawer, frame, entry->key, "key");
      name = entry->key->kind == K_STR ? entry->key->u.s.s : NULL;
      if (name == NULL || (is_dunder (name) && (all_dunders || !strcmp (name, "__module__") ||
                                                !strcmp (name, "__dict__") || !strcmp (name, "__weakref__") ||
                                                !strcmp (name, "__doc__") || !strcmp (name, "__qualname__"))))
        add_pending (b, drawer, frame, entry->value, name != NULL ? pml_name_label (entry->key) : NULL);
      else
        add_ref (b, kind, drawer, frame, entry->value, pml_name_label (entry->key));
    }
}

/* @o is drawn as part of its holder: a cell as the name it keeps, a
 * namespace as rows. What it holds becomes its holder's. */
static void
merge_into (Builder    *b,
            guint8      kind,
            guint32     drawer,
            guint16     frame,
            PmlObj     *o,
            const char *label)
{
  Walk w = { b, kind, drawer, frame, o, label, 0 };

  if (g_hash_table_contains (b->merged, o) || node_index (b, o) != 0)
    return;
  if (o->kind == K_DICT && o->type == TYPE (T_DICT))
    {
      merge_dict (b, kind, drawer, frame, o, FALSE);
      return;
    }
  mark_merged (b, o, drawer);
  pml_graph_each_ref (o, walk_ref, &w);
}

/* A class's namespace, an instance's __dict__, a function's closure are
 * the card's rows; everything else a card holds is drawn as its slots */
static void
card_ref (PmlObj     *ref,
          const char *label,
          gboolean    drawn,
          gpointer    data)
{
  Walk *w = data;
  PmlObj *o = w->from;
  Builder *b = w->b;

  switch ((PmlKind) o->kind)
    {
    case K_TYPE:
      if (ref == o->u.ty.dict)
        {
          merge_dict (b, PML_GRAPH_FROM_OBJECT, o->serial, 0, ref, FALSE);
          return;
        }
      drawn = FALSE;
      break;
    case K_FUNCTION:
      if (ref == o->u.fn.closure && ref->kind == K_TUPLE)
        {
          Walk cells = { b, PML_GRAPH_FROM_OBJECT, o->serial, 0, ref, NULL, 0 };

          mark_merged (b, ref, o->serial);
          for (gsize i = 0; i < ref->u.t.n; i++)
            {
              PmlCode *code = o->u.fn.code;
              const char *name = code->freevars != NULL && i < code->freevars->len
                                   ? pml_graph_keep_text (code->freevars->pdata[i]) : NULL;

              cells.label = name;
              add_ref (b, PML_GRAPH_FROM_OBJECT, o->serial, 0, ref->u.t.items[i], name);
            }
          (void) cells;
          return;
        }
      if (ref == o->u.fn.dict && ref != NULL)
        {
          merge_dict (b, PML_GRAPH_FROM_OBJECT, o->serial, 0, ref, FALSE);
          return;
        }
      drawn = ref == o->u.fn.defaults || ref == o->u.fn.kwdefaults;
      label = ref == o->u.fn.defaults ? "__defaults__" : ref == o->u.fn.kwdefaults ? "__kwdefaults__" : label;
      break;
    case K_MODULE:
      drawn = FALSE;
      break;
    case K_METHOD:
      drawn = TRUE;
      label = ref == o->u.m.self ? "__self__" : "__func__";
      break;
    default:
      if (ref == o->type)
        {
          label = "__class__";
          drawn = TRUE;
        }
      else if (label != NULL && !strcmp (label, "__dict__") && ref->kind == K_DICT)
        {
          merge_dict (b, PML_GRAPH_FROM_OBJECT, o->serial, 0, ref, FALSE);
          return;
        }
      else if (pml_slots (o)->referents == NULL)
        drawn = TRUE;
      break;
    }
  walk_ref (ref, label, drawn, w);
}

static void
walk_card (Builder *b,
           PmlObj  *o)
{
  Walk w = { b, PML_GRAPH_FROM_OBJECT, o->serial, 0, o, NULL, 0 };
  PmlGraphNode *node;

  /* a running generator's frame is drawn as a frame; a namespace drawn
     as a frame's names or a card's rows is not drawn twice */
  if ((o->kind == K_GENERATOR && o->u.gen.running) || g_hash_table_contains (b->merged, o))
    return;
  pml_graph_each_ref (o, card_ref, &w);
  node = &g_array_index (b->nodes, PmlGraphNode, node_index (b, o) - 1);
  node->n_slots = w.slot;
}

/* The first line that loads constant @index of @code */
static gint32
constant_line (PmlCode *code,
               guint    index)
{
  for (gsize ip = 0; ip < code->n_ops; ip++)
    if (code->ops[ip] == OP_LOAD_CONST && (guint) code->args[ip] == index)
      return code->lines[ip];
  return code->firstline;
}

/* A frame's code: its constants are the frame's holders (drawn once the
 * picture shows them: see add_constants) */
static void
merge_code (Builder *b,
            guint32  drawer,
            guint16  frame,
            PmlCode *code)
{
  if (code == NULL || code->owner == NULL || g_hash_table_contains (b->merged, code->owner))
    return;
  mark_merged (b, code->owner, drawer);
  for (guint i = 0; code->names != NULL && i < code->names->len; i++)
    add_pending (b, drawer, frame, code->names->pdata[i], "co_names");
  if (code->name_obj != NULL)
    add_pending (b, drawer, frame, code->name_obj, "co_name");
  if (code->qualname_obj != NULL)
    add_pending (b, drawer, frame, code->qualname_obj, "co_qualname");
}

/* Constants are drawn where the picture shows their object anyway: a
 * frame's own code's, or a function's */
static void
add_constants (Builder *b,
               guint32  drawer,
               guint16  frame,
               PmlCode *code)
{
  for (guint i = 0; i < code->consts->len; i++)
    {
      PmlObj *c = code->consts->pdata[i];
      g_autofree char *label = NULL;

      if (node_index (b, c) == 0)
        {
          add_pending (b, drawer, frame, c, "constant");
          continue;
        }
      /* Translators: who holds an object: a constant of a line of code */
      label = g_strdup_printf ("constant of line %d", constant_line (code, i));
      append_edge (b, drawer != 0 ? PML_GRAPH_FROM_OBJECT : PML_GRAPH_FROM_HOLDER, drawer, frame, c,
                   pml_graph_keep_text (label), drawer != 0 ? NULL : frame_scope (b, frame), FALSE);
    }
}

/* The frames: the module's globals (frame 0), then each running call's
 * locals, the objects its value stack holds, and the function it runs */
static void
add_frames (Builder   *b,
            GPtrArray *frames)
{
  for (guint i = 0; i < frames->len; i++)
    {
      PmlFrame *f = frames->pdata[i];
      guint16 fi = (guint16) i;
      GPtrArray *names = f->code->varnames;
      gsize ncells = f->code->cellvars != NULL ? f->code->cellvars->len : 0;

      merge_code (b, 0, fi, f->code);
      if (f->code->is_module)
        {
          PmlObj *globals = f->locals != NULL ? f->locals : f->globals;

          if (globals != NULL && globals->kind == K_DICT)
            merge_dict (b, PML_GRAPH_FROM_NAME, 0, fi, globals, TRUE);
        }
      else if (f->locals != NULL && f->locals->kind == K_DICT)
        merge_dict (b, PML_GRAPH_FROM_NAME, 0, fi, f->locals, FALSE);
      for (gsize k = 0; k < f->nfast; k++)
        {
          const char *name = NULL;

          if (f->fast[k] == NULL)
            continue;
          /* code objects name their locals with C strings */
          if (k < names->len)
            name = pml_graph_keep_text (names->pdata[k]);
          else if (k - names->len < ncells)
            name = pml_graph_keep_text (f->code->cellvars->pdata[k - names->len]);
          else if (f->code->freevars != NULL && k - names->len - ncells < f->code->freevars->len)
            name = pml_graph_keep_text (f->code->freevars->pdata[k - names->len - ncells]);
          add_ref (b, PML_GRAPH_FROM_NAME, 0, fi, f->fast[k], name);
        }
      for (gsize s = 0; s < f->sp + f->popped; s++)
        if (f->stack[s] != NULL)
          add_ref (b, PML_GRAPH_FROM_HOLDER, 0, fi, f->stack[s], g_intern_static_string ("value stack"));
      if (f->func != NULL)
        add_ref (b, PML_GRAPH_FROM_HOLDER, 0, fi, f->func, g_intern_static_string ("running function"));
      if (f->kwnames != NULL)
        add_pending (b, 0, fi, f->kwnames, "keyword names");
    }
  /* what C code holds while it calls back into Python: drawn in the frame
     that called it */
  for (guint i = 0; VM->native_holds != NULL && i < VM->native_holds->len; i++)
    {
      const PmlNativeHold *hold = &g_array_index (VM->native_holds, PmlNativeHold, i);
      guint16 fi = frames->len > 0 ? (guint16) (frames->len - 1) : 0;

      for (guint k = 0; k < frames->len; k++)
        if (frames->pdata[k] == hold->frame)
          fi = (guint16) k;
      if (frames->len > 0)
        add_ref (b, PML_GRAPH_FROM_HOLDER, 0, fi, hold->obj, g_intern_static_string (hold->why));
    }
}

/* An object no name reaches is drawn when what holds it is drawn too: a
 * cycle left by del */
static void
add_orphans (Builder *b)
{
  for (guint g = 0; g < PML_NUM_GENERATIONS; g++)
    {
      PmlObj *head = &VM->gen[g].head;

      for (PmlObj *o = head->gc_next; o != head; o = o->gc_next)
        {
          const PmlObjInfo *info = pml_vm_object_info (VM, o->serial);
          guint first;

          b->work++;
          if (info == NULL || info->line <= 0 || !can_draw (o) || node_index (b, o) != 0 || g_hash_table_contains (b->merged, o) ||
              o->kind == K_TYPE || o->kind == K_FUNCTION || o->kind == K_MODULE)
            continue;
          first = b->queue->len;
          if (!add_node (b, o))
            return;
          for (guint k = first; k < b->queue->len; k++)
            walk_card (b, b->queue->pdata[k]);
        }
    }
}

/* ---- the references the picture does not draw ---- */

typedef struct
{
  Builder *b;
  PmlObj  *from;
} Scan;

static void
outside_edge (Builder    *b,
              guint32     from,
              PmlObj     *to,
              const char *label)
{
  guint index;

  if (to == NULL || (to->flags & OBJ_STATIC) || (index = node_index (b, to)) == 0)
    return;
  append_edge (b, PML_GRAPH_FROM_OUTSIDE, from, 0, to, label, NULL, FALSE);
  g_array_index (b->nodes, PmlGraphNode, index - 1).outside++;
}

static void
scan_ref (PmlObj     *ref,
          const char *label,
          gboolean    drawn,
          gpointer    data)
{
  Scan *s = data;

  outside_edge (s->b, s->from->serial, ref, label);
}

/* The interpreter's own references, which no object holds */
static void
scan_runtime (Builder *b)
{
  PmlObj *roots[] = { VM->empty_tuple, VM->empty_str, VM->empty_bytes, VM->dummy, VM->repr_dict, VM->repr_list,
                      VM->builtins, VM->modules, VM->main_module, VM->main_globals, VM->gc_garbage,
                      VM->gc_callbacks, VM->exc };
  const char *labels[] = { "the empty tuple", "the empty string", "the empty bytes", "the dummy", "Py_Repr",
                           "Py_Repr", "builtins", "sys.modules", "__main__", "__main__.__dict__", "gc.garbage",
                           "gc.callbacks", "the exception being raised" };

  for (guint i = 0; i < G_N_ELEMENTS (roots); i++)
    outside_edge (b, 0, roots[i], labels[i]);
  PmlInterp *interp = PML_INTERP_OF_VM (VM);

  /* as PyRun_File, the script's syntax tree lives while it runs: its
     constants hold a reference each */
  for (guint i = 0; interp->arena != NULL && i < interp->arena->len; i++)
    outside_edge (b, 0, interp->arena->pdata[i], "the script's syntax tree");
  for (guint i = 0; VM->exc_stack != NULL && i < VM->exc_stack->len; i++)
    outside_edge (b, 0, VM->exc_stack->pdata[i], "the exception being handled");
  for (guint i = 0; VM->atexit_callbacks != NULL && i < VM->atexit_callbacks->len; i++)
    outside_edge (b, 0, VM->atexit_callbacks->pdata[i], "atexit");
}

/* A sort in progress holds its list's items (the list is empty
 * meanwhile) and the keys it computed: by the cards, not by the items,
 * as a sort may hold many */
static void
add_sorting (Builder *b)
{
  for (guint s = 0; VM->sorting != NULL && s < VM->sorting->len; s++)
    for (guint i = 0; i < b->nodes->len; i++)
      {
        PmlObj *o = b->queue->pdata[i];
        guint n = GPOINTER_TO_UINT (g_hash_table_lookup (VM->sorting->pdata[s], o));

        b->work++;
        for (guint k = 0; k < n; k++)
          outside_edge (b, 0, o, "a list being sorted");
      }
}

/* Whether some card's count is more than the references found so far:
 * only then are the objects outside the picture searched */
static gboolean
has_unexplained (Builder *b)
{
  g_autofree gint64 *found = g_new0 (gint64, b->nodes->len);

  for (guint e = 0; e < b->edges->len; e++)
    {
      const PmlGraphEdge *edge = &g_array_index (b->edges, PmlGraphEdge, e);

      if (!edge->weak)
        found[node_index_of_serial (b, edge->to)]++;
    }
  for (guint i = 0; i < b->nodes->len; i++)
    {
      PmlObj *o = b->queue->pdata[i];

      if (!(o->flags & OBJ_STATIC) && o->refcnt > found[i])
        return TRUE;
    }
  return FALSE;
}

static void
add_outside (Builder *b)
{
  for (guint i = 0; i < b->pending->len; i++)
    {
      const Pending *p = &g_array_index (b->pending, Pending, i);

      outside_edge (b, p->drawer, p->to, p->label);
    }
  add_sorting (b);
  if (!has_unexplained (b))
    return;
  scan_runtime (b);
  for (PmlObj *o = VM->host_objects.host_next; o != &VM->host_objects; o = o->host_next)
    {
      Scan s = { b, o };

      b->work++;
      if ((o->flags & (OBJ_DEAD | OBJ_FREELIST)) || node_index (b, o) != 0 ||
          g_hash_table_contains (b->merged, o))
        continue;
      if (o->kind == K_GENERATOR && o->u.gen.running)
        continue;
      pml_graph_each_ref (o, scan_ref, &s);
    }
}

/* An orphan (no name reaches it) held by more than the picture draws
 * belongs to the runtime or a library's state, and goes; one whose
 * references are all drawn is a cycle left by del, and stays */
static void
keep_self_held (Builder *b,
                guint    n_named)
{
  guint n = b->nodes->len;
  g_autofree gint64 *incoming = g_new (gint64, n);
  g_autofree gboolean *kept = g_new (gboolean, n);
  g_autoptr(GHashTable) dropped = g_hash_table_new (NULL, NULL);
  GHashTableIter iter;
  gpointer key, value;
  gboolean changed = TRUE;
  guint k = 0;

  for (guint i = 0; i < n; i++)
    kept[i] = TRUE;
  while (changed)
    {
      changed = FALSE;
      memset (incoming, 0, n * sizeof (gint64));
      for (guint e = 0; e < b->edges->len; e++)
        {
          const PmlGraphEdge *edge = &g_array_index (b->edges, PmlGraphEdge, e);

          if (edge->weak || (edge->kind == PML_GRAPH_FROM_OBJECT && !kept[node_index_of_serial (b, edge->from)]))
            continue;
          incoming[node_index_of_serial (b, edge->to)]++;
        }
      for (guint i = n_named; i < n; i++)
        if (kept[i] && ((PmlObj *) b->queue->pdata[i])->refcnt > incoming[i])
          {
            kept[i] = FALSE;
            changed = TRUE;
          }
    }

  for (guint i = n_named; i < n; i++)
    if (!kept[i])
      g_hash_table_add (dropped, GUINT_TO_POINTER (g_array_index (b->nodes, PmlGraphNode, i).serial));
  if (g_hash_table_size (dropped) == 0)
    return;
  for (guint e = 0; e < b->edges->len; e++)
    {
      const PmlGraphEdge *edge = &g_array_index (b->edges, PmlGraphEdge, e);

      if (!g_hash_table_contains (dropped, GUINT_TO_POINTER (edge->to)) &&
          !(edge->kind == PML_GRAPH_FROM_OBJECT && g_hash_table_contains (dropped, GUINT_TO_POINTER (edge->from))))
        g_array_index (b->edges, PmlGraphEdge, k++) = *edge;
    }
  g_array_set_size (b->edges, k);
  k = 0;
  for (guint i = 0; i < b->pending->len; i++)
    if (!g_hash_table_contains (dropped, GUINT_TO_POINTER (g_array_index (b->pending, Pending, i).drawer)))
      g_array_index (b->pending, Pending, k++) = g_array_index (b->pending, Pending, i);
  g_array_set_size (b->pending, k);
  /* what a dropped card had drawn as its own is searched like any object */
  g_hash_table_iter_init (&iter, b->merged);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (GPOINTER_TO_UINT (value) > 1 && g_hash_table_contains (dropped, GUINT_TO_POINTER (GPOINTER_TO_UINT (value) - 1)))
      g_hash_table_iter_remove (&iter);
  k = 0;
  g_hash_table_remove_all (b->index_of);
  for (guint i = 0; i < n; i++)
    if (kept[i])
      {
        g_array_index (b->nodes, PmlGraphNode, k) = g_array_index (b->nodes, PmlGraphNode, i);
        b->queue->pdata[k] = b->queue->pdata[i];
        g_hash_table_insert (b->index_of, GUINT_TO_POINTER (g_array_index (b->nodes, PmlGraphNode, k).serial),
                             GUINT_TO_POINTER (k + 1));
        k++;
      }
  g_array_set_size (b->nodes, k);
  g_ptr_array_set_size (b->queue, k);
}

static gboolean
same_as_last (PmlInterp *interp,
              Builder   *b)
{
  const PmlGraphSnapshot *last;

  if (interp->graphs->len == 0)
    return FALSE;
  last = &g_array_index (interp->graphs, PmlGraphSnapshot, interp->graphs->len - 1);
  return last->n_nodes == b->nodes->len && last->n_edges == b->edges->len && last->n_frames == b->frames->len &&
         last->truncated == b->truncated &&
         /* an empty snapshot's arrays are NULL, which memcmp may not get */
         (b->nodes->len == 0 || memcmp (last->nodes, b->nodes->data, b->nodes->len * sizeof (PmlGraphNode)) == 0) &&
         (b->edges->len == 0 || memcmp (last->edges, b->edges->data, b->edges->len * sizeof (PmlGraphEdge)) == 0) &&
         (b->frames->len == 0 ||
          memcmp (last->frames, b->frames->data, b->frames->len * sizeof (PmlGraphFrame)) == 0);
}

static _Thread_local GArray *pending_scratch;

/* Takes a snapshot of the graph now, at the end of the event stream */
void
pml_graph_snapshot (PmlInterp *interp)
{
  Builder b = { 0 };
  PmlGraphSnapshot snapshot = { 0 };
  g_autoptr(GPtrArray) frames = g_ptr_array_new ();
  guint n_named;

  if (interp->graphs_full)
    return;
  b.nodes = g_array_new (FALSE, TRUE, sizeof (PmlGraphNode));
  b.edges = g_array_new (FALSE, TRUE, sizeof (PmlGraphEdge));
  b.frames = g_array_new (FALSE, TRUE, sizeof (PmlGraphFrame));
  b.index_of = g_hash_table_new (NULL, NULL);
  b.merged = g_hash_table_new (NULL, NULL);
  b.queue = g_ptr_array_new ();
  /* kept from one line to the next: a long list's slots are many */
  if (pending_scratch == NULL)
    pending_scratch = g_array_new (FALSE, FALSE, sizeof (Pending));
  g_array_set_size (pending_scratch, 0);
  b.pending = pending_scratch;

  for (PmlFrame *f = VM->frame; f != NULL; f = f->back)
    g_ptr_array_insert (frames, 0, f);
  for (guint i = 0; i < frames->len; i++)
    {
      PmlFrame *f = frames->pdata[i];
      PmlGraphFrame frame = { 0 };

      frame.name = f->code->is_module ? NULL
                                      : pml_graph_keep_text (f->code->qualname != NULL ? f->code->qualname : f->code->name);
      frame.line = f->line;
      g_array_append_val (b.frames, frame);
    }
  if (VM->main_globals != NULL)   /* NULL once shutdown released it */
    add_frames (&b, frames);
  for (guint i = 0; i < b.queue->len; i++)
    walk_card (&b, b.queue->pdata[i]);
  n_named = b.nodes->len;
  add_orphans (&b);
  if (b.nodes->len > n_named)
    keep_self_held (&b, n_named);
  /* the constants of the code that runs, and of the functions drawn */
  for (guint i = 0; i < frames->len; i++)
    if (VM->main_globals != NULL)
      add_constants (&b, 0, (guint16) i, ((PmlFrame *) frames->pdata[i])->code);
  for (guint i = 0; i < b.queue->len; i++)
    {
      PmlObj *o = b.queue->pdata[i];

      if (o->kind == K_FUNCTION && o->u.fn.code != NULL && !g_hash_table_contains (b.merged, o->u.fn.code->owner))
        {
          merge_code (&b, o->serial, 0, o->u.fn.code);
          add_constants (&b, o->serial, 0, o->u.fn.code);
        }
    }
  add_outside (&b);

  snapshot.position = VM->events.length;
  if (same_as_last (interp, &b))
    {
      snapshot = g_array_index (interp->graphs, PmlGraphSnapshot, interp->graphs->len - 1);
      snapshot.position = VM->events.length;
      g_array_free (b.nodes, TRUE);
      g_array_free (b.edges, TRUE);
      g_array_free (b.frames, TRUE);
    }
  else
    {
      snapshot.n_nodes = b.nodes->len;
      snapshot.n_edges = b.edges->len;
      snapshot.n_frames = b.frames->len;
      snapshot.truncated = b.truncated;
      snapshot.nodes = (const PmlGraphNode *) (gpointer) g_array_free (b.nodes, FALSE);
      snapshot.edges = (const PmlGraphEdge *) (gpointer) g_array_free (b.edges, FALSE);
      snapshot.frames = (const PmlGraphFrame *) (gpointer) g_array_free (b.frames, FALSE);
      g_ptr_array_add (interp->graph_blobs, (gpointer) snapshot.nodes);
      g_ptr_array_add (interp->graph_blobs, (gpointer) snapshot.edges);
      g_ptr_array_add (interp->graph_blobs, (gpointer) snapshot.frames);
      interp->graph_edges += snapshot.n_edges;
    }
  g_array_append_val (interp->graphs, snapshot);
  interp->graph_work += b.work + b.queue->len;
  if (interp->graph_edges > MAX_STORED_EDGES || interp->graph_work > MAX_WORK)
    interp->graphs_full = TRUE;

  g_hash_table_unref (b.index_of);
  g_hash_table_unref (b.merged);
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
