/* pml-collector-layout.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "pml-collector-layout.h"

/* Where each list and node of the collector picture goes: rows of
 * fixed-size nodes that wrap at the width, one section per list. */

#define MARGIN      16.0
#define NODE_WIDTH  128.0
#define NODE_GAP    22.0
#define ROW_GAP     10.0
#define HEAD_WIDTH  46.0

static char *
list_title (const PmlCollectorState *state,
            PmlCollectorList         list,
            guint                    n)
{
  int generation = state->generation;

  switch (list)
    {
    case PML_COLLECTOR_LIST_YOUNG:
      if (state->phase >= PML_COLLECTOR_PHASE_PROMOTE && generation >= 2)
        /* Translators: the oldest generation keeps the survivors of its own collection; %d is 2 */
        return g_strdup_printf (ngettext ("Generation %d, collected, keeps its survivors (%u object)",
                                          "Generation %d, collected, keeps its survivors (%u objects)", n),
                                generation, n);
      /* Translators: the list the collector examines; %d is the generation */
      return g_strdup_printf (ngettext ("Generation %d, being collected (%u object)",
                                        "Generation %d, being collected (%u objects)", n),
                              generation, n);
    case PML_COLLECTOR_LIST_UNREACHABLE:
      return g_strdup_printf (ngettext ("Unreachable, for now (%u object)",
                                        "Unreachable, for now (%u objects)", n), n);
    case PML_COLLECTOR_LIST_GARBAGE:
      return g_strdup_printf (ngettext ("Still unreachable after the finalizers: garbage (%u object)",
                                        "Still unreachable after the finalizers: garbage (%u objects)", n), n);
    case PML_COLLECTOR_LIST_OLDER:
      /* Translators: the next generation, which receives the survivors; %d is its number */
      return g_strdup_printf (ngettext ("Generation %d receives the survivors (%u object so far)",
                                        "Generation %d receives the survivors (%u objects so far)", n),
                              generation + 1, n);
    case PML_COLLECTOR_LIST_FREED:
    case PML_COLLECTOR_N_LISTS:
    default:
      return g_strdup_printf (ngettext ("Freed (%u object)", "Freed (%u objects)", n), n);
    }
}

/* The lists worth drawing at this phase */
static gboolean
shows_list (const PmlCollectorState *state,
            PmlCollectorList         list)
{
  switch (list)
    {
    case PML_COLLECTOR_LIST_YOUNG:
    case PML_COLLECTOR_LIST_UNREACHABLE:
      return TRUE;
    case PML_COLLECTOR_LIST_GARBAGE:
      return state->phase >= PML_COLLECTOR_PHASE_RECHECK;
    case PML_COLLECTOR_LIST_OLDER:
      return state->generation < 2;
    case PML_COLLECTOR_LIST_FREED:
    case PML_COLLECTOR_N_LISTS:
    default:
      return state->phase >= PML_COLLECTOR_PHASE_CLEAR || state->lists[list]->len > 0;
    }
}

static char *
item_status (guint32 flags)
{
  if (flags & PML_COLLECTOR_ITEM_CLEARED)
    return g_strdup (_("tp_clear ran"));
  if (flags & PML_COLLECTOR_ITEM_RESURRECTED)
    return g_strdup (_("resurrected"));
  if (flags & PML_COLLECTOR_ITEM_FINALIZED)
    return g_strdup (_("__del__ ran"));
  if (flags & PML_COLLECTOR_ITEM_MOVED_BACK)
    return g_strdup (_("moved back"));
  if (flags & PML_COLLECTOR_ITEM_SCANNED)
    return g_strdup (_("reachable"));
  return NULL;
}

static void
add_item_node (PmlCollectorLayout     *self,
               GHashTable             *self_names,
               PmlInterp              *interp,
               PmlCollectorList        list,
               const PmlCollectorItem *item)
{
  const PmlObjInfo *info = pml_interp_get_object (interp, item->serial);
  PmlCollectorNode node = { 0 };

  node.serial = item->serial;
  node.list = list;
  node.gc_refs = item->gc_refs;
  node.flags = item->flags;
  const char *type = info != NULL ? info->type_name : "object";
  const char *name = g_hash_table_lookup (self_names, GUINT_TO_POINTER (item->serial));

  /* "weakref.ReferenceType": the name the class has, without its module */
  if (strrchr (type, '.') != NULL)
    type = strrchr (type, '.') + 1;
  if (name != NULL)
    node.label = g_strdup_printf ("%s %u (%s)", type, item->serial, name);
  else
    node.label = g_strdup_printf ("%s %u", type, item->serial);
  if (list == PML_COLLECTOR_LIST_FREED)
    node.detail = g_strdup (_("freed"));
  else if (item->gc_refs >= 0 && list != PML_COLLECTOR_LIST_OLDER)
    node.detail = g_strdup_printf (_("gc_refs %d"), item->gc_refs);
  else
    node.detail = g_strdup ("");
  /* once subtract_refs is done, gc_refs above 0 means a reference from
     outside: reachable, whether the scan got there or not */
  if (list == PML_COLLECTOR_LIST_YOUNG && item->gc_refs > 0 && self->state->phase >= PML_COLLECTOR_PHASE_MOVE_UNREACHABLE
      && self->state->phase <= PML_COLLECTOR_PHASE_PROMOTE)
    node.status = item_status (item->flags | PML_COLLECTOR_ITEM_SCANNED);
  else
    node.status = item_status (item->flags);
  g_array_append_val (self->nodes, node);
}

static void
add_group_node (PmlCollectorLayout *self,
                PmlCollectorList    list,
                guint               n)
{
  PmlCollectorNode node = { 0 };

  node.list = list;
  node.n_grouped = n;
  node.gc_refs = -1;
  /* Translators: a run of objects the objects view does not draw (the interpreter's start-up objects, a module's), drawn as one node */
  node.label = g_strdup_printf (ngettext ("%u other object", "%u other objects", n), n);
  node.detail = g_strdup (_("start-up, modules"));
  g_array_append_val (self->nodes, node);
}

/* Whether object @serial is drawn alone: the objects view's objects are
 * (its graph at this step), the others are counted in groups; without a
 * graph, the objects the script's lines made */
static gboolean
drawn_alone (PmlInterp              *interp,
             GHashTable             *pictured,
             const PmlCollectorItem *item)
{
  if (item->flags & PML_COLLECTOR_ITEM_CURRENT)
    return TRUE;
  if (pictured != NULL)
    return g_hash_table_contains (pictured, GUINT_TO_POINTER (item->serial));
  return !(item->flags & PML_COLLECTOR_ITEM_STARTUP);
}

/* One node per object of the script, one per run of the others */
static void
add_list_nodes (PmlCollectorLayout *self,
                PmlInterp          *interp,
                GHashTable         *pictured,
                GHashTable         *names,
                PmlCollectorList    list)
{
  GArray *items = self->state->lists[list];
  guint run = 0;

  for (guint i = 0; i < items->len; i++)
    {
      const PmlCollectorItem *item = &g_array_index (items, PmlCollectorItem, i);

      if (!drawn_alone (interp, pictured, item))
        {
          run++;
          continue;
        }
      if (run > 0)
        add_group_node (self, list, run);
      run = 0;
      add_item_node (self, names, interp, list, item);
    }
  if (run > 0)
    add_group_node (self, list, run);
}

/* The objects the objects view draws at @position, or NULL without a
 * graph; @names gets the first name each is bound to */
static GHashTable *
pictured_objects (PmlInterp  *interp,
                  guint       position,
                  GHashTable *names)
{
  const PmlGraphSnapshot *graph = pml_interp_get_graph (interp, position);
  GHashTable *set;

  if (graph == NULL)
    return NULL;
  set = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < graph->n_nodes; i++)
    if (!(graph->nodes[i].flags & (PML_GRAPH_NODE_SMALL | PML_GRAPH_NODE_STATIC)))
      g_hash_table_add (set, GUINT_TO_POINTER (graph->nodes[i].serial));
  for (guint i = 0; i < graph->n_edges; i++)
    if (graph->edges[i].kind == PML_GRAPH_FROM_NAME && graph->edges[i].label != NULL
        && !g_hash_table_contains (names, GUINT_TO_POINTER (graph->edges[i].to)))
      g_hash_table_insert (names, GUINT_TO_POINTER (graph->edges[i].to), (gpointer) graph->edges[i].label);
  return set;
}

static char *
describe_weakref (PmlInterp                 *interp,
                  const PmlCollectorWeakref *wr)
{
  const PmlObjInfo *referent = pml_interp_get_object (interp, wr->referent);
  const char *type = referent != NULL ? referent->type_name : "object";

  if (wr->callback != 0)
    {
      const PmlObjInfo *callback = pml_interp_get_object (interp, wr->callback);

      /* Translators: a weak reference the collector cleared; "%s %u" are objects, as "Node 3" */
      return g_strdup_printf (_("weakref %u to %s %u: cleared, then its callback (%s %u) was called"),
                              wr->weakref, type, wr->referent, callback != NULL ? callback->type_name : "function",
                              wr->callback);
    }
  /* Translators: a weak reference the collector cleared; "%s %u" is an object, as "Node 3" */
  return g_strdup_printf (_("weakref %u to %s %u: cleared, it now returns None"), wr->weakref, type, wr->referent);
}

static double
measure_paragraph (const PmlPalette *palette,
                   const char       *text,
                   double            width,
                   double            size,
                   gboolean          bold)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_A8, 1, 1);
  cairo_t *cr = cairo_create (surface);
  double height = pml_render_paragraph (cr, palette, text, 0, 0, width, size, bold, NULL);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return height;
}

double pml_collector_layout_node_height (const PmlPalette *palette);

double
pml_collector_layout_node_height (const PmlPalette *palette)
{
  return 2 * pml_render_line_height (palette, PML_FONT_SMALL) + 10;
}

PmlCollectorLayout *
pml_collector_layout_new_for_state (PmlInterp         *interp,
                                    PmlCollectorState *state,
                                    const PmlPalette  *palette,
                                    double             width)
{
  PmlCollectorLayout *self;
  double scale = palette->font_scale;
  double node_width = NODE_WIDTH * scale, node_height = pml_collector_layout_node_height (palette);
  double gap = NODE_GAP * scale, head_width = HEAD_WIDTH * scale;
  double title_line = pml_render_line_height (palette, PML_FONT_TITLE);
  double line = pml_render_line_height (palette, PML_FONT_NORMAL);
  g_autoptr(GHashTable) names = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) pictured = pictured_objects (interp, state->position, names);
  double y;

  g_return_val_if_fail (state != NULL, NULL);

  self = g_new0 (PmlCollectorLayout, 1);
  self->state = state;
  self->sections = g_array_new (FALSE, FALSE, sizeof (PmlCollectorSection));
  self->nodes = g_array_new (FALSE, FALSE, sizeof (PmlCollectorNode));
  self->weakref_lines = g_ptr_array_new_with_free_func (g_free);
  width = MAX (width, 2 * MARGIN + head_width + 2 * (node_width + gap));
  self->width = width;

  /* Translators: the collector picture's title: the generation and CPython's name of the phase */
  self->title = g_strdup_printf (_("Collecting generation %d: %s"), state->generation,
                                 pml_collector_phase_get_name (state->phase));
  self->explain = g_strdup (pml_collector_phase_explain (state->phase));
  y = MARGIN + title_line + 4;
  self->explain_top = y;
  self->explain_height = measure_paragraph (palette, self->explain, width - 2 * MARGIN, PML_FONT_NORMAL, FALSE);
  y += self->explain_height + ROW_GAP;

  for (guint l = 0; l < PML_COLLECTOR_N_LISTS; l++)
    {
      PmlCollectorSection section = { 0 };
      double x;

      if (!shows_list (state, (PmlCollectorList) l))
        continue;
      section.list = (PmlCollectorList) l;
      section.title = list_title (state, section.list, state->lists[l]->len);
      section.rect = (PmlRect) { MARGIN, y, width - 2 * MARGIN, line };
      y += line + 4;
      section.head = (PmlRect) { MARGIN, y + (node_height - line - 6) / 2, head_width, line + 6 };
      section.first_node = self->nodes->len;
      add_list_nodes (self, interp, pictured, names, section.list);
      section.n_nodes = self->nodes->len - section.first_node;
      x = MARGIN + head_width + gap;
      for (guint i = section.first_node; i < self->nodes->len; i++)
        {
          PmlCollectorNode *node = &g_array_index (self->nodes, PmlCollectorNode, i);

          if (x + node_width > width - MARGIN && i > section.first_node)
            {
              x = MARGIN + head_width + gap;
              y += node_height + ROW_GAP;
            }
          node->rect = (PmlRect) { x, y, node_width, node_height };
          x += node_width + gap;
        }
      y += node_height + 2 * ROW_GAP;
      g_array_append_val (self->sections, section);
    }

  if (state->weakrefs->len > 0)
    {
      self->weakrefs_top = y;
      y += line + 4;
      for (guint i = 0; i < state->weakrefs->len; i++)
        {
          g_ptr_array_add (self->weakref_lines,
                           describe_weakref (interp, &g_array_index (state->weakrefs, PmlCollectorWeakref, i)));
          y += line;
        }
      y += ROW_GAP;
    }
  self->height = y + MARGIN;
  return self;
}

PmlCollectorLayout *
pml_collector_layout_new (PmlInterp        *interp,
                          const PmlPalette *palette,
                          double            width)
{
  PmlCollectorState *state;

  g_return_val_if_fail (interp != NULL, NULL);

  state = pml_collector_state_new (interp, pml_interp_get_position (interp));
  if (state == NULL)
    return NULL;
  return pml_collector_layout_new_for_state (interp, state, palette, width);
}

void
pml_collector_layout_free (PmlCollectorLayout *self)
{
  if (self == NULL)
    return;
  for (guint i = 0; i < self->nodes->len; i++)
    {
      PmlCollectorNode *node = &g_array_index (self->nodes, PmlCollectorNode, i);

      g_free (node->label);
      g_free (node->detail);
      g_free (node->status);
    }
  for (guint i = 0; i < self->sections->len; i++)
    g_free (g_array_index (self->sections, PmlCollectorSection, i).title);
  g_array_unref (self->nodes);
  g_array_unref (self->sections);
  g_ptr_array_unref (self->weakref_lines);
  pml_collector_state_free (self->state);
  g_free (self->title);
  g_free (self->explain);
  g_free (self);
}

int
pml_collector_layout_find (const PmlCollectorLayout *self,
                           guint32                   serial)
{
  for (guint i = 0; i < self->nodes->len; i++)
    if (g_array_index (self->nodes, PmlCollectorNode, i).serial == serial && serial != 0)
      return (int) i;
  return -1;
}

int
pml_collector_layout_node_at (const PmlCollectorLayout *self,
                              double                    x,
                              double                    y)
{
  for (guint i = 0; i < self->nodes->len; i++)
    if (pml_rect_contains (&g_array_index (self->nodes, PmlCollectorNode, i).rect, x, y))
      return (int) i;
  return -1;
}

GArray *
pml_collector_layout_list_serials (const PmlCollectorLayout *self,
                                   PmlCollectorList          list)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (guint32));

  for (guint i = 0; i < self->nodes->len; i++)
    {
      const PmlCollectorNode *node = &g_array_index (self->nodes, PmlCollectorNode, i);

      if (node->list == list)
        g_array_append_val (out, node->serial);
    }
  return out;
}

static PmlCollectorNode
copy_node (const PmlCollectorNode *node)
{
  PmlCollectorNode copy = *node;

  copy.label = g_strdup (node->label);
  copy.detail = g_strdup (node->detail);
  copy.status = g_strdup (node->status);
  return copy;
}

PmlCollectorLayout *
pml_collector_layout_tween (const PmlCollectorLayout *from,
                            const PmlCollectorLayout *to,
                            double                    t)
{
  PmlCollectorLayout *self = g_new0 (PmlCollectorLayout, 1);

  *self = *to;
  self->state = NULL;
  self->title = g_strdup (to->title);
  self->explain = g_strdup (to->explain);
  self->sections = g_array_new (FALSE, FALSE, sizeof (PmlCollectorSection));
  for (guint i = 0; i < to->sections->len; i++)
    {
      PmlCollectorSection section = g_array_index (to->sections, PmlCollectorSection, i);

      section.title = g_strdup (section.title);
      g_array_append_val (self->sections, section);
    }
  self->weakref_lines = g_ptr_array_ref (to->weakref_lines);
  self->nodes = g_array_new (FALSE, FALSE, sizeof (PmlCollectorNode));
  for (guint i = 0; i < to->nodes->len; i++)
    {
      PmlCollectorNode node = copy_node (&g_array_index (to->nodes, PmlCollectorNode, i));
      int old = node.serial != 0 ? pml_collector_layout_find (from, node.serial) : -1;

      if (old >= 0)
        {
          const PmlRect *a = &g_array_index (from->nodes, PmlCollectorNode, old).rect;

          node.rect.x = a->x + (node.rect.x - a->x) * t;
          node.rect.y = a->y + (node.rect.y - a->y) * t;
        }
      g_array_append_val (self->nodes, node);
    }
  return self;
}

char *
pml_collector_layout_describe_node (const PmlCollectorLayout *self,
                                    guint                     index)
{
  const PmlCollectorNode *node;
  const PmlCollectorSection *section = NULL;

  g_return_val_if_fail (index < self->nodes->len, NULL);

  node = &g_array_index (self->nodes, PmlCollectorNode, index);
  for (guint i = 0; i < self->sections->len; i++)
    {
      const PmlCollectorSection *s = &g_array_index (self->sections, PmlCollectorSection, i);

      if (index >= s->first_node && index < s->first_node + s->n_nodes)
        section = s;
    }
  return g_strdup_printf ("%s: %s %s%s%s", section != NULL ? section->title : "", node->label, node->detail,
                          node->status != NULL ? ", " : "", node->status != NULL ? node->status : "");
}
