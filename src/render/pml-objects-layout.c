/* pml-objects-layout.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-objects-layout.h"

#define MARGIN      16.0
#define ROOT_WIDTH  120.0
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

static guint
add_node (PmlObjectsLayout *self,
          GHashTable       *index_of,
          PmlInterp        *interp,
          guint32           serial)
{
  const PmlObjState *state = pml_interp_get_object_state (interp, serial);
  const PmlObjInfo *info = pml_interp_get_object (interp, serial);
  PmlObjectNode node = { 0 };
  gpointer found;

  if (g_hash_table_lookup_extended (index_of, GUINT_TO_POINTER (serial), NULL, &found))
    return GPOINTER_TO_UINT (found);
  if (!state->alive || info == NULL)
    return G_MAXUINT;

  node.serial = serial;
  node.type_name = info->type_name;
  node.address = info->address;
  node.size = info->size;
  node.refcnt = state->refcnt;
  node.gc_refs = state->gc_refs;
  node.tracked = state->tracked;
  node.generation = state->generation;
  node.unreachable = state->unreachable;
  node.alpha = 1;
  g_array_append_val (self->nodes, node);
  g_hash_table_insert (index_of, GUINT_TO_POINTER (serial), GUINT_TO_POINTER (self->nodes->len - 1));
  return self->nodes->len - 1;
}

static guint
add_root (PmlObjectsLayout *self,
          const char       *name,
          const char       *scope)
{
  PmlObjectRoot root = { name, scope, { 0 } };

  for (guint i = 0; i < self->roots->len; i++)
    {
      const PmlObjectRoot *r = &g_array_index (self->roots, PmlObjectRoot, i);

      if (r->name == name && r->scope == scope)
        return i;
    }
  g_array_append_val (self->roots, root);
  return self->roots->len - 1;
}

/* Nodes and links at the interpreter's position: the graph of the line
 * that runs, less what was freed since, plus what was made since */
static void
collect (PmlObjectsLayout       *self,
         PmlInterp              *interp,
         const PmlGraphSnapshot *snapshot)
{
  g_autoptr(GHashTable) index_of = g_hash_table_new (NULL, NULL);
  guint position = pml_interp_get_position (interp);

  for (guint i = 0; i < snapshot->n_nodes; i++)
    add_node (self, index_of, interp, snapshot->nodes[i]);
  for (guint i = MAX (snapshot->position, position > MAX_SCAN_BACK ? position - MAX_SCAN_BACK : 0); i < position; i++)
    {
      const PmlObjEvent *ev = pml_interp_get_event (interp, i);
      const PmlObjInfo *info;

      if (pml_obj_event_get_kind (ev) != PML_OBJ_EVENT_NEW || self->nodes->len >= PML_GRAPH_MAX_NODES)
        continue;
      info = pml_interp_get_object (interp, ev->serial);
      if (info != NULL && info->line > 0 && !is_runtime_type (info->type_name))
        add_node (self, index_of, interp, ev->serial);
    }

  for (guint i = 0; i < snapshot->n_edges; i++)
    {
      const PmlGraphEdge *edge = &snapshot->edges[i];
      PmlObjectLink link = { PML_OBJECT_LINK_ROOT, 0, 0, edge->label, edge->weak };
      gpointer to, from;

      if (!g_hash_table_lookup_extended (index_of, GUINT_TO_POINTER (edge->to), NULL, &to))
        continue;
      link.to = GPOINTER_TO_UINT (to);
      if (edge->from == 0)
        link.root = add_root (self, edge->label, edge->scope);
      else if (g_hash_table_lookup_extended (index_of, GUINT_TO_POINTER (edge->from), NULL, &from))
        link.from = GPOINTER_TO_UINT (from);
      else
        continue;
      g_array_append_val (self->links, link);
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

static double
place (PmlObjectsLayout *self,
       const int        *column,
       gboolean          named,
       double            top,
       double            node_height,
       double            font_scale)
{
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (guint));
  double bottom = top;

  for (guint i = 0; i < self->nodes->len; i++)
    {
      PmlObjectNode *node = &g_array_index (self->nodes, PmlObjectNode, i);
      guint row;

      if (node->named != named)
        continue;
      if ((guint) column[i] >= rows->len)
        g_array_set_size (rows, column[i] + 1);
      row = g_array_index (rows, guint, column[i])++;
      node->rect = (PmlRect) { column_x (column[i], font_scale), top + row * (node_height + ROW_GAP),
                               NODE_WIDTH * font_scale, node_height };
      /* what no name reaches needs no column of names */
      if (!named)
        node->rect.x -= ROOT_WIDTH * font_scale + COLUMN_GAP;
      bottom = MAX (bottom, node->rect.y + node_height);
      self->width = MAX (self->width, node->rect.x + node->rect.width + MARGIN);
    }
  return bottom;
}

PmlObjectsLayout *
pml_objects_layout_new (PmlInterp        *interp,
                        const PmlPalette *palette,
                        double            width)
{
  PmlObjectsLayout *self = g_new0 (PmlObjectsLayout, 1);
  const PmlGraphSnapshot *snapshot = pml_interp_get_graph (interp, pml_interp_get_position (interp));
  double line = pml_render_line_height (palette, PML_FONT_NORMAL);
  double node_height = 3 * line + 10;
  double root_height = line + 8;
  /* room above the first row for a reference arcing back over it */
  double top = MARGIN + line + ARC_ROOM;
  double bottom;
  g_autofree int *column = NULL;

  self->nodes = g_array_new (FALSE, FALSE, sizeof (PmlObjectNode));
  self->links = g_array_new (FALSE, FALSE, sizeof (PmlObjectLink));
  self->roots = g_array_new (FALSE, FALSE, sizeof (PmlObjectRoot));
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
  collect (self, interp, snapshot);
  for (guint i = 0; i < self->nodes->len && !self->collecting; i++)
    self->collecting = g_array_index (self->nodes, PmlObjectNode, i).gc_refs >= 0 ||
                       g_array_index (self->nodes, PmlObjectNode, i).unreachable;

  column = g_new0 (int, self->nodes->len + 1);
  assign_columns (self, column);

  for (guint i = 0; i < self->roots->len; i++)
    {
      PmlObjectRoot *root = &g_array_index (self->roots, PmlObjectRoot, i);

      root->rect = (PmlRect) { MARGIN, top + i * (root_height + ROW_GAP) + (node_height - root_height) / 2,
                               ROOT_WIDTH * palette->font_scale, root_height };
    }
  bottom = self->roots->len > 0 ? top + self->roots->len * (root_height + ROW_GAP) : top;
  bottom = MAX (bottom, place (self, column, TRUE, top, node_height, palette->font_scale));

  self->apart_top = 0;
  for (guint i = 0; i < self->nodes->len; i++)
    if (!g_array_index (self->nodes, PmlObjectNode, i).named)
      {
        self->apart_top = bottom + APART_GAP;
        bottom = place (self, column, FALSE, self->apart_top + line + ARC_ROOM, node_height, palette->font_scale);
        break;
      }

  self->height = bottom + MARGIN + (self->truncated || self->stale ? line : 0);
  return self;
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
  t = CLAMP (t, 0, 1);
  /* the badges of the step fade out as the cards settle */
  self->badges = to->badges != NULL ? g_array_ref (to->badges) : NULL;
  self->badge_alpha = to->badge_alpha * (1 - t);

  for (guint i = 0; i < self->nodes->len; i++)
    {
      PmlObjectNode *node = &g_array_index (self->nodes, PmlObjectNode, i);
      int old = pml_objects_layout_find (from, node->serial);

      if (old >= 0)
        lerp_rect (&g_array_index (from->nodes, PmlObjectNode, old).rect, &node->rect, t, &node->rect);
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
