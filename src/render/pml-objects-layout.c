/* pml-objects-layout.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "pml-objects-layout.h"

#define MARGIN      16.0
#define ROOT_WIDTH  200.0
#define NODE_WIDTH  168.0
#define COLUMN_GAP  72.0
#define ROW_GAP     18.0
#define APART_GAP   48.0
#define ARC_ROOM    28.0

/* How far back from the position the objects made since the last
 * snapshot are looked for: a line makes a few; a run too long for a
 * snapshot at every line must not cost a scan of millions */
#define MAX_SCAN_BACK 65536

/* Objects a picture leaves out: the runtime's, not the scenario's data.
 * Type names are interned, so they compare as pointers. */
static gboolean
is_runtime_type (const char *type_name)
{
  static const char *names[6];

  if (names[0] == NULL)
    {
      names[0] = g_intern_static_string ("type");
      names[1] = g_intern_static_string ("function");
      names[2] = g_intern_static_string ("module");
      names[3] = g_intern_static_string ("code");
      names[4] = g_intern_static_string ("builtin_function_or_method");
      names[5] = g_intern_static_string ("cell");
    }
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (type_name == names[i])
      return TRUE;
  return FALSE;
}

#define MAX_ROWS    PML_GRAPH_MAX_SLOTS

typedef struct
{
  const PmlGraphSnapshot  *snapshot;
  const PmlObjectsOptions *options;
  GHashTable              *index_of;     /* serial -> node index */
  GHashTable              *snap_index;   /* serial -> snapshot node index + 1 */
} Collect;

static const PmlGraphNode *
snapshot_node (Collect *c,
               guint32  serial)
{
  guint i = GPOINTER_TO_UINT (g_hash_table_lookup (c->snap_index, GUINT_TO_POINTER (serial)));

  return i > 0 ? &c->snapshot->nodes[i - 1] : NULL;
}

/* A value written where it is held rather than drawn as a card */
static gboolean
is_inline (Collect *c,
           guint32  serial)
{
  const PmlGraphNode *n = snapshot_node (c, serial);

  return n != NULL && !c->options->shared_values && (n->flags & PML_GRAPH_NODE_SMALL);
}

static guint
add_node (PmlObjectsLayout *self,
          Collect          *c,
          PmlInterp        *interp,
          guint32           serial)
{
  const PmlObjState *state = pml_interp_get_object_state (interp, serial);
  const PmlObjInfo *info = pml_interp_get_object (interp, serial);
  const PmlGraphNode *sn = snapshot_node (c, serial);
  PmlObjectNode node = { 0 };
  gpointer found;
  gboolean is_static = sn != NULL && (sn->flags & PML_GRAPH_NODE_STATIC);

  if (g_hash_table_lookup_extended (c->index_of, GUINT_TO_POINTER (serial), NULL, &found))
    return GPOINTER_TO_UINT (found);
  if ((!is_static && !state->alive) || info == NULL)
    return G_MAXUINT;

  node.serial = serial;
  node.type_name = info->type_name;
  node.address = info->address;
  node.size = info->size;
  node.refcnt = is_static ? 0 : state->refcnt;
  node.gc_refs = is_static ? -1 : state->gc_refs;
  node.tracked = !is_static && state->tracked;
  node.generation = state->generation;
  node.unreachable = !is_static && state->unreachable;
  node.shared_static = is_static;
  node.value = sn != NULL ? sn->value : NULL;
  node.outside = sn != NULL ? sn->outside : 0;
  node.n_slots = sn != NULL ? sn->n_slots : 0;
  node.alpha = 1;
  g_array_append_val (self->nodes, node);
  g_hash_table_insert (c->index_of, GUINT_TO_POINTER (serial), GUINT_TO_POINTER (self->nodes->len - 1));
  return self->nodes->len - 1;
}

static guint
add_root (PmlObjectsLayout *self,
          const PmlGraphEdge *edge,
          const char       *value)
{
  PmlObjectRoot root = { edge->label, edge->scope, { 0 }, edge->frame, edge->kind == PML_GRAPH_FROM_HOLDER, value };

  /* a holder that holds many: one row, one arrow each */
  g_array_append_val (self->roots, root);
  return self->roots->len - 1;
}

/* Nodes and links at the interpreter's position: the graph of the line
 * that runs, less what was freed since, plus what was made since */
static void
collect (PmlObjectsLayout        *self,
         PmlInterp               *interp,
         const PmlGraphSnapshot  *snapshot,
         const PmlObjectsOptions *options)
{
  g_autoptr(GHashTable) index_of = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) snap_index = g_hash_table_new (NULL, NULL);
  g_autoptr(GArray) node_rows = NULL;
  Collect c = { snapshot, options, index_of, snap_index };
  guint position = pml_interp_get_position (interp);

  for (guint i = 0; i < snapshot->n_frames; i++)
    {
      PmlObjectFrame frame = { snapshot->frames[i].name, snapshot->frames[i].line, { 0 } };

      g_array_append_val (self->frames, frame);
    }
  for (guint i = 0; i < snapshot->n_nodes; i++)
    g_hash_table_insert (snap_index, GUINT_TO_POINTER (snapshot->nodes[i].serial), GUINT_TO_POINTER (i + 1));
  for (guint i = 0; i < snapshot->n_nodes; i++)
    if (!is_inline (&c, snapshot->nodes[i].serial))
      add_node (self, &c, interp, snapshot->nodes[i].serial);
  for (guint i = MAX (snapshot->position, position > MAX_SCAN_BACK ? position - MAX_SCAN_BACK : 0); i < position; i++)
    {
      const PmlObjEvent *ev = pml_interp_get_event (interp, i);
      const PmlObjInfo *info;

      if (pml_obj_event_get_kind (ev) != PML_OBJ_EVENT_NEW || self->nodes->len >= PML_GRAPH_MAX_NODES)
        continue;
      info = pml_interp_get_object (interp, ev->serial);
      if (info != NULL && info->line > 0 && !is_runtime_type (info->type_name))
        add_node (self, &c, interp, ev->serial);
    }

  /* the rows of each card, in the order of its references */
  node_rows = g_array_new (FALSE, TRUE, sizeof (GArray *));
  g_array_set_size (node_rows, self->nodes->len);
  for (guint i = 0; i < snapshot->n_edges; i++)
    {
      const PmlGraphEdge *edge = &snapshot->edges[i];
      PmlObjectLink link = { PML_OBJECT_LINK_ROOT, 0, 0, edge->label, edge->weak };
      gboolean inline_value = is_inline (&c, edge->to);
      const PmlGraphNode *target = snapshot_node (&c, edge->to);
      const char *value = inline_value && target != NULL ? target->value : NULL;
      gpointer to = NULL, from;

      if (edge->kind == PML_GRAPH_FROM_OUTSIDE)
        continue;
      if (!inline_value && !g_hash_table_lookup_extended (index_of, GUINT_TO_POINTER (edge->to), NULL, &to))
        continue;
      /* the interpreter's holders, collapsed: counted on the card instead */
      if (edge->kind == PML_GRAPH_FROM_HOLDER && (!options->holders || inline_value))
        {
          if (!inline_value && !edge->weak)
            g_array_index (self->nodes, PmlObjectNode, GPOINTER_TO_UINT (to)).outside++;
          continue;
        }
      if (edge->kind == PML_GRAPH_FROM_OBJECT)
        {
          GArray **rows;
          PmlObjectRow row = { edge->label, value, { 0 } };

          /* a holder the picture lost (past the objects it can draw) still counts */
          if (!g_hash_table_lookup_extended (index_of, GUINT_TO_POINTER (edge->from), NULL, &from))
            {
              if (!inline_value && !edge->weak)
                g_array_index (self->nodes, PmlObjectNode, GPOINTER_TO_UINT (to)).outside++;
              continue;
            }
          /* a function's constant that is written in place says nothing */
          if (inline_value && edge->label != NULL && g_str_has_prefix (edge->label, "constant of line"))
            continue;
          rows = &g_array_index (node_rows, GArray *, GPOINTER_TO_UINT (from));
          if (*rows == NULL)
            *rows = g_array_new (FALSE, TRUE, sizeof (PmlObjectRow));
          link.from = GPOINTER_TO_UINT (from);
          link.root = G_MAXUINT;
          if ((*rows)->len < MAX_ROWS)
            {
              g_array_append_val (*rows, row);
              link.root = (*rows)->len - 1;
            }
          if (inline_value)
            continue;
        }
      else
        {
          link.root = add_root (self, edge, value);
          if (inline_value)
            continue;
        }
      link.to = GPOINTER_TO_UINT (to);
      g_array_append_val (self->links, link);
    }
  /* the rows as one array; the links' rows as its indices */
  for (guint i = 0; i < self->nodes->len; i++)
    {
      PmlObjectNode *node = &g_array_index (self->nodes, PmlObjectNode, i);
      GArray *rows = g_array_index (node_rows, GArray *, i);

      node->first_row = self->rows->len;
      node->n_rows = rows != NULL ? rows->len : 0;
      if (rows != NULL)
        {
          g_array_append_vals (self->rows, rows->data, rows->len);
          g_array_unref (rows);
        }
    }
  for (guint i = 0; i < self->links->len; i++)
    {
      PmlObjectLink *link = &g_array_index (self->links, PmlObjectLink, i);

      if (link->from != PML_OBJECT_LINK_ROOT && link->root != G_MAXUINT)
        link->root += g_array_index (self->nodes, PmlObjectNode, link->from).first_row;
    }
}

/* Breadth first from the names: each object goes one column right of the
 * first thing found to refer to it */
static void
assign_columns (PmlObjectsLayout *self,
                int              *column)
{
  g_autoptr(GArray) queue = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < self->nodes->len; i++)
    column[i] = 0;
  for (guint i = 0; i < self->links->len; i++)
    {
      const PmlObjectLink *link = &g_array_index (self->links, PmlObjectLink, i);

      if (link->from == PML_OBJECT_LINK_ROOT && column[link->to] == 0)
        {
          column[link->to] = 1;
          g_array_append_val (queue, link->to);
        }
    }

  /* the named first, then the objects no name reaches, each group from
     the first of it */
  for (guint next = 0, group = 0;; group++)
    {
      for (guint q = 0; q < queue->len; q++)
        {
          guint at = g_array_index (queue, guint, q);

          g_array_index (self->nodes, PmlObjectNode, at).named = group == 0;
          for (guint i = 0; i < self->links->len; i++)
            {
              const PmlObjectLink *link = &g_array_index (self->links, PmlObjectLink, i);

              if (link->from == at && column[link->to] == 0)
                {
                  column[link->to] = column[at] + 1;
                  g_array_append_val (queue, link->to);
                }
            }
        }
      g_array_set_size (queue, 0);
      while (next < self->nodes->len && column[next] != 0)
        next++;
      if (next == self->nodes->len)
        break;
      column[next] = 1;
      g_array_append_val (queue, next);
    }
}

static double
column_x (guint column,
          double font_scale)
{
  return MARGIN + ROOT_WIDTH * font_scale + COLUMN_GAP + (column - 1) * (NODE_WIDTH * font_scale + COLUMN_GAP);
}

/* A card: its type and value, its count and state, then its rows */
static double
node_height (const PmlObjectNode *node,
             double               line)
{
  /* title, counts, state; then the block, unless the runtime shares it */
  guint header = (node->outside > 0 ? 4 : 3) + (node->shared_static ? 0 : 1);

  if (node->value != NULL)
    header++;
  return header * line + 10 + (node->n_rows + (node->n_slots > node->n_rows ? 1 : 0)) * line;
}

static double
place (PmlObjectsLayout *self,
       const int        *column,
       gboolean          named,
       double            top,
       double            line,
       double            font_scale)
{
  g_autoptr(GArray) bottoms = g_array_new (FALSE, TRUE, sizeof (double));
  double bottom = top;

  for (guint i = 0; i < self->nodes->len; i++)
    {
      PmlObjectNode *node = &g_array_index (self->nodes, PmlObjectNode, i);
      double height = node_height (node, line), y;

      if (node->named != named)
        continue;
      if ((guint) column[i] >= bottoms->len)
        g_array_set_size (bottoms, column[i] + 1);
      y = g_array_index (bottoms, double, column[i]);
      if (y == 0)
        y = top;
      node->rect = (PmlRect) { column_x (column[i], font_scale), y, NODE_WIDTH * font_scale, height };
      g_array_index (bottoms, double, column[i]) = y + height + ROW_GAP;
      /* what no name reaches needs no column of names */
      if (!named)
        node->rect.x -= ROOT_WIDTH * font_scale + COLUMN_GAP;
      for (guint r = 0; r < node->n_rows; r++)
        {
          PmlObjectRow *row = &g_array_index (self->rows, PmlObjectRow, node->first_row + r);

          row->rect = (PmlRect) { node->rect.x + 12, node->rect.y + height - 5 - (node->n_rows - r +
                                  (node->n_slots > node->n_rows ? 1 : 0)) * line,
                                  node->rect.width - 12, line };
        }
      bottom = MAX (bottom, node->rect.y + height);
      self->width = MAX (self->width, node->rect.x + node->rect.width + MARGIN);
    }
  return bottom;
}

/* The frames down the first column, as Python Tutor draws them: the
 * module's globals, then each call, each with its names and holders */
static double
place_frames (PmlObjectsLayout *self,
              double            top,
              double            line,
              double            font_scale)
{
  double y = top;
  double row_height = line + 8;

  for (guint f = 0; f < self->frames->len; f++)
    {
      PmlObjectFrame *frame = &g_array_index (self->frames, PmlObjectFrame, f);
      double frame_top = y;

      y += line + 8;
      for (guint i = 0; i < self->roots->len; i++)
        {
          PmlObjectRoot *root = &g_array_index (self->roots, PmlObjectRoot, i);

          if (root->frame != f)
            continue;
          root->rect = (PmlRect) { MARGIN + 6, y, ROOT_WIDTH * font_scale - 12, row_height };
          y += row_height + 4;
        }
      frame->rect = (PmlRect) { MARGIN, frame_top, ROOT_WIDTH * font_scale, y - frame_top + 4 };
      y += ROW_GAP + 4;
    }
  return y;
}

PmlObjectsLayout *
pml_objects_layout_new (PmlInterp        *interp,
                        const PmlPalette *palette,
                        double            width)
{
  PmlObjectsOptions options = { FALSE, TRUE };

  return pml_objects_layout_new_full (interp, palette, width, &options);
}

PmlObjectsLayout *
pml_objects_layout_new_full (PmlInterp               *interp,
                             const PmlPalette        *palette,
                             double                   width,
                             const PmlObjectsOptions *options)
{
  PmlObjectsLayout *self = g_new0 (PmlObjectsLayout, 1);
  const PmlGraphSnapshot *snapshot = pml_interp_get_graph (interp, pml_interp_get_position (interp));
  double line = pml_render_line_height (palette, PML_FONT_NORMAL);
  /* room above the first row for a reference arcing back over it */
  double top = MARGIN + line + ARC_ROOM;
  double bottom;
  g_autofree int *column = NULL;

  self->nodes = g_array_new (FALSE, FALSE, sizeof (PmlObjectNode));
  self->links = g_array_new (FALSE, FALSE, sizeof (PmlObjectLink));
  self->roots = g_array_new (FALSE, FALSE, sizeof (PmlObjectRoot));
  self->rows = g_array_new (FALSE, FALSE, sizeof (PmlObjectRow));
  self->frames = g_array_new (FALSE, FALSE, sizeof (PmlObjectFrame));
  self->width = width;
  self->has_graph = snapshot != NULL;
  self->height = MARGIN * 2 + 2 * line;
  if (snapshot == NULL)
    return self;

  self->truncated = snapshot->truncated;
  self->collecting = FALSE;
  /* past the last snapshot of a run too long to keep one per line */
  self->stale = !pml_interp_graph_is_complete (interp) && snapshot == pml_interp_get_graph (interp, G_MAXUINT) &&
                pml_interp_get_position (interp) > snapshot->position + MAX_SCAN_BACK;
  collect (self, interp, snapshot, options);
  for (guint i = 0; i < self->nodes->len && !self->collecting; i++)
    self->collecting = g_array_index (self->nodes, PmlObjectNode, i).gc_refs >= 0 ||
                       g_array_index (self->nodes, PmlObjectNode, i).unreachable;

  column = g_new0 (int, self->nodes->len + 1);
  assign_columns (self, column);

  bottom = place_frames (self, top, line, palette->font_scale);
  bottom = MAX (bottom, place (self, column, TRUE, top, line, palette->font_scale));

  self->apart_top = 0;
  for (guint i = 0; i < self->nodes->len; i++)
    if (!g_array_index (self->nodes, PmlObjectNode, i).named)
      {
        self->apart_top = bottom + APART_GAP;
        bottom = place (self, column, FALSE, self->apart_top + line + ARC_ROOM, line, palette->font_scale);
        break;
      }

  self->height = bottom + MARGIN + (self->truncated || self->stale ? line : 0);
  return self;
}

/* Every holder of @serial in the snapshot of the interpreter's position */
char *
pml_objects_layout_describe_holders (PmlInterp *interp,
                                     guint32    serial)
{
  const PmlGraphSnapshot *snapshot = pml_interp_get_graph (interp, pml_interp_get_position (interp));
  GString *text = g_string_new (NULL);

  for (guint i = 0; snapshot != NULL && i < snapshot->n_edges; i++)
    {
      const PmlGraphEdge *edge = &snapshot->edges[i];
      const PmlObjInfo *from = edge->from != 0 ? pml_interp_get_object (interp, edge->from) : NULL;
      g_autofree char *holder = NULL;
      const char *where = edge->scope != NULL ? edge->scope : _("the module");

      if (edge->to != serial)
        continue;
      switch ((PmlGraphFrom) edge->kind)
        {
        case PML_GRAPH_FROM_NAME:
          /* Translators: a holder of an object: a name of a function's frame or of the module */
          holder = g_strdup_printf (_("the name %s in %s"), edge->label, where);
          break;
        case PML_GRAPH_FROM_HOLDER:
          /* Translators: a holder of an object: "value stack (in f)" */
          holder = g_strdup_printf (_("%s (in %s)"), edge->label, where);
          break;
        case PML_GRAPH_FROM_OBJECT:
        case PML_GRAPH_FROM_OUTSIDE:
        default:
          if (from != NULL)
            holder = g_strdup_printf ("%s #%u%s%s%s", from->type_name, edge->from, edge->label != NULL ? " (" : "",
                                      edge->label != NULL ? edge->label : "", edge->label != NULL ? ")" : "");
          else
            holder = g_strdup (edge->label != NULL ? edge->label : _("the interpreter"));
          break;
        }
      if (edge->kind == PML_GRAPH_FROM_OUTSIDE)
        /* Translators: a holder the objects view does not draw */
        g_string_append_printf (text, _("%s, not drawn"), holder);
      else
        g_string_append (text, holder);
      if (edge->weak)
        g_string_append (text, _(" (weak: not counted)"));
      g_string_append_c (text, '\n');
    }
  if (text->len > 0)
    g_string_truncate (text, text->len - 1);
  return g_string_free (text, FALSE);
}

/* The block pymalloc serves a request of @size from: CPython rounds a
 * small request up to its size class; a larger one goes to malloc */
char *
pml_objects_describe_block (guint64 size)
{
  guint szidx;

  if (size == 0 || size > PML_SMALL_REQUEST_THRESHOLD)
    /* Translators: an object too large for pymalloc's blocks */
    return g_strdup_printf (_("%llu B from malloc, not a block"), (unsigned long long) size);
  szidx = PML_SIZE2INDEX (size);
  /* Translators: the block an object lives in: its size, then its size class */
  return g_strdup_printf (_("block %u B, size class %u"), PML_INDEX2SIZE (szidx), szidx);
}

void
pml_objects_layout_free (PmlObjectsLayout *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->nodes);
  g_array_unref (self->links);
  g_array_unref (self->roots);
  g_clear_pointer (&self->badges, g_array_unref);
  g_array_unref (self->rows);
  g_array_unref (self->frames);
  g_free (self);
}

int
pml_objects_layout_node_at (const PmlObjectsLayout *self,
                            double                  x,
                            double                  y)
{
  for (guint i = 0; i < self->nodes->len; i++)
    if (pml_rect_contains (&g_array_index (self->nodes, PmlObjectNode, i).rect, x, y))
      return (int) i;
  return -1;
}

int
pml_objects_layout_find (const PmlObjectsLayout *self,
                         guint32                 serial)
{
  for (guint i = 0; i < self->nodes->len; i++)
    if (g_array_index (self->nodes, PmlObjectNode, i).serial == serial)
      return (int) i;
  return -1;
}

static void
lerp_rect (const PmlRect *from,
           const PmlRect *to,
           double         t,
           PmlRect       *out)
{
  out->x = from->x + (to->x - from->x) * t;
  out->y = from->y + (to->y - from->y) * t;
  out->width = from->width + (to->width - from->width) * t;
  out->height = from->height + (to->height - from->height) * t;
}

PmlObjectsLayout *
pml_objects_layout_tween (const PmlObjectsLayout *from,
                          const PmlObjectsLayout *to,
                          double                  t)
{
  PmlObjectsLayout *self = g_new (PmlObjectsLayout, 1);

  *self = *to;
  self->nodes = g_array_copy (to->nodes);
  self->links = g_array_copy (to->links);
  self->roots = g_array_copy (to->roots);
  self->rows = g_array_copy (to->rows);
  self->frames = g_array_copy (to->frames);
  t = CLAMP (t, 0, 1);
  /* the badges of the step fade out as the cards settle */
  self->badges = to->badges != NULL ? g_array_ref (to->badges) : NULL;
  self->badge_alpha = to->badge_alpha * (1 - t);

  for (guint i = 0; i < self->nodes->len; i++)
    {
      PmlObjectNode *node = &g_array_index (self->nodes, PmlObjectNode, i);
      int old = pml_objects_layout_find (from, node->serial);

      if (old >= 0)
        {
          PmlRect target = node->rect;

          lerp_rect (&g_array_index (from->nodes, PmlObjectNode, old).rect, &target, t, &node->rect);
          /* its rows ride with it */
          for (guint r = 0; r < node->n_rows; r++)
            {
              PmlObjectRow *row = &g_array_index (self->rows, PmlObjectRow, node->first_row + r);

              row->rect.x += node->rect.x - target.x;
              row->rect.y += node->rect.y - target.y;
            }
        }
      else
        node->alpha = t;   /* made by the step: it fades in */
    }
  /* freed by the step: it fades out where it was, with no arrows */
  for (guint i = 0; i < from->nodes->len; i++)
    {
      PmlObjectNode gone = g_array_index (from->nodes, PmlObjectNode, i);

      if (pml_objects_layout_find (to, gone.serial) >= 0)
        continue;
      gone.alpha = 1 - t;
      /* its rows are the old step's: they join this layout's rows */
      if (gone.n_rows > 0)
        g_array_append_vals (self->rows, &g_array_index (from->rows, PmlObjectRow, gone.first_row), gone.n_rows);
      gone.first_row = self->rows->len - gone.n_rows;
      g_array_append_val (self->nodes, gone);
    }
  for (guint i = 0; i < self->roots->len; i++)
    {
      PmlObjectRoot *root = &g_array_index (self->roots, PmlObjectRoot, i);

      for (guint k = 0; k < from->roots->len; k++)
        {
          const PmlObjectRoot *old = &g_array_index (from->roots, PmlObjectRoot, k);

          /* names are interned: the same name of the same scope */
          if (old->name == root->name && old->scope == root->scope)
            {
              lerp_rect (&old->rect, &root->rect, t, &root->rect);
              break;
            }
        }
    }
  /* the area no name reaches slides with its cards */
  if (from->apart_top > 0 && to->apart_top > 0)
    self->apart_top = from->apart_top + (to->apart_top - from->apart_top) * t;
  return self;
}
