/* test-objects-layout.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "pml-objects-layout.h"

/* The objects view's model for small scripts worked out by hand: which
 * names refer to which objects, the references between them, reference
 * counts as CPython keeps them, and what the collector marks. */

static const char cycle_script[] =
  "import gc\n"                       /* 1 */
  "class Node:\n"                     /* 2 */
  "    pass\n"                        /* 3 */
  "a = Node()\n"                      /* 4 */
  "b = Node()\n"                      /* 5 */
  "a.other = b\n"                     /* 6 */
  "b.other = a\n"                     /* 7 */
  "del a, b\n"                        /* 8 */
  "gc.collect()\n"                    /* 9 */
  "x = 1\n";                          /* 10 */

typedef struct
{
  PmlInterp  *interp;
  PmlPalette  palette;
} Fixture;

static void
fixture_run (Fixture    *f,
             const char *source)
{
  PmlHeap *heap = pml_heap_new (pml_preset_lookup ("cpython-3.11"));
  PmlInterpOptions options = { 100000, TRUE, FALSE, FALSE, TRUE };
  g_autoptr(GError) error = NULL;

  f->interp = pml_interp_new (heap, &options);
  pml_heap_unref (heap);
  g_assert_true (pml_interp_load (f->interp, "graph.py", source, strlen (source), &error));
  g_assert_cmpint (pml_interp_run (f->interp), ==, 0);
  pml_palette_init (&f->palette, PML_THEME_LIGHT, FALSE);
}

/* Just before line @line starts for the first time */
static void
seek_to_line (Fixture *f,
              gint32   line)
{
  guint n = pml_interp_get_n_events (f->interp);

  for (guint i = 0; i < n; i++)
    {
      const PmlObjEvent *ev = pml_interp_get_event (f->interp, i);

      if (pml_obj_event_get_kind (ev) == PML_OBJ_EVENT_LINE && pml_obj_event_get_value (ev) == line)
        {
          pml_interp_seek (f->interp, i);
          return;
        }
    }
  g_assert_not_reached ();
}

static const PmlObjectNode *
node (PmlObjectsLayout *layout,
      guint             index)
{
  g_assert_cmpuint (index, <, layout->nodes->len);
  return &g_array_index (layout->nodes, PmlObjectNode, index);
}

static guint
count_links (PmlObjectsLayout *layout,
             gboolean          from_root,
             const char       *label)
{
  guint n = 0;

  for (guint i = 0; i < layout->links->len; i++)
    {
      const PmlObjectLink *link = &g_array_index (layout->links, PmlObjectLink, i);

      if ((link->from == PML_OBJECT_LINK_ROOT) == from_root && g_strcmp0 (link->label, label) == 0)
        n++;
    }
  return n;
}

/* The @nth node of type @type_name, or -1 */
static int
find_type (PmlObjectsLayout *layout,
           const char       *type_name,
           guint             nth)
{
  for (guint i = 0; i < layout->nodes->len; i++)
    if (g_str_equal (node (layout, i)->type_name, type_name) && nth-- == 0)
      return (int) i;
  return -1;
}

static guint
count_type (PmlObjectsLayout *layout,
            const char       *type_name)
{
  guint n = 0;

  while (find_type (layout, type_name, n) >= 0)
    n++;
  return n;
}

static const PmlObjectRoot *
find_root (PmlObjectsLayout *layout,
           const char       *name)
{
  for (guint i = 0; i < layout->roots->len; i++)
    if (g_strcmp0 (g_array_index (layout->roots, PmlObjectRoot, i).name, name) == 0)
      return &g_array_index (layout->roots, PmlObjectRoot, i);
  return NULL;
}

static void
test_names_and_cycle (void)
{
  Fixture f;
  g_autoptr(PmlObjectsLayout) layout = NULL;
  const PmlObjectNode *a, *b, *cls;

  fixture_run (&f, cycle_script);

  /* before line 7: the globals gc, Node, a and b, a.other = b; b has two
     references. The cards: the module gc, the class, the two Nodes. */
  seek_to_line (&f, 7);
  layout = pml_objects_layout_new (f.interp, &f.palette, 1000);
  g_assert_true (layout->has_graph);
  g_assert_cmpuint (layout->frames->len, ==, 1);
  g_assert_null (g_array_index (layout->frames, PmlObjectFrame, 0).name);
  g_assert_cmpuint (layout->roots->len, ==, 4);
  g_assert_cmpstr (g_array_index (layout->roots, PmlObjectRoot, 0).name, ==, "gc");
  g_assert_cmpstr (g_array_index (layout->roots, PmlObjectRoot, 1).name, ==, "Node");
  g_assert_cmpstr (g_array_index (layout->roots, PmlObjectRoot, 2).name, ==, "a");
  g_assert_cmpstr (g_array_index (layout->roots, PmlObjectRoot, 3).name, ==, "b");
  g_assert_cmpuint (layout->nodes->len, ==, 4);
  g_assert_cmpuint (count_type (layout, "module"), ==, 1);
  g_assert_cmpuint (count_type (layout, "Node"), ==, 2);
  a = node (layout, (guint) find_type (layout, "Node", 0));
  b = node (layout, (guint) find_type (layout, "Node", 1));
  cls = node (layout, (guint) find_type (layout, "type", 0));
  g_assert_cmpint (a->refcnt, ==, 1);
  g_assert_cmpint (b->refcnt, ==, 2);
  g_assert_true (a->named && b->named);
  g_assert_true (a->tracked && a->generation == 0);
  /* cpython-memory-model.md §8: a 3.11 instance is one 56-byte request */
  g_assert_cmpuint (a->size, ==, 56);
  g_assert_cmpuint (count_links (layout, TRUE, "a"), ==, 1);
  g_assert_cmpuint (count_links (layout, FALSE, "other"), ==, 1);
  /* the class: its name and each instance's __class__ drawn; its __mro__
     tuple and the two descriptors of __dict__ and __weakref__ hold it
     from outside the picture */
  g_assert_cmpuint (count_links (layout, FALSE, "__class__"), ==, 2);
  g_assert_cmpint (cls->refcnt, ==, 6);
  g_assert_cmpuint (cls->outside, ==, 3);
  g_assert_cmpstr (cls->value, ==, "class Node");
  g_clear_pointer (&layout, pml_objects_layout_free);

  /* before line 9: a and b gone, the two hold each other; drawn apart */
  seek_to_line (&f, 9);
  layout = pml_objects_layout_new (f.interp, &f.palette, 1000);
  g_assert_cmpuint (layout->roots->len, ==, 2);
  g_assert_cmpuint (count_type (layout, "Node"), ==, 2);
  g_assert_cmpuint (count_links (layout, FALSE, "other"), ==, 2);
  a = node (layout, (guint) find_type (layout, "Node", 0));
  b = node (layout, (guint) find_type (layout, "Node", 1));
  g_assert_false (a->named);
  g_assert_cmpint (a->refcnt, ==, 1);
  g_assert_cmpint (b->refcnt, ==, 1);
  g_assert_cmpfloat (layout->apart_top, >, 0);
  g_assert_cmpfloat (a->rect.y, >, layout->apart_top);
  g_clear_pointer (&layout, pml_objects_layout_free);

  /* before line 10: collected, no Node is left */
  seek_to_line (&f, 10);
  layout = pml_objects_layout_new (f.interp, &f.palette, 1000);
  g_assert_cmpuint (count_type (layout, "Node"), ==, 0);

  pml_interp_free (f.interp);
}

/* In the collection: after subtract_refs both have gc_refs 0, and once
 * move_unreachable has run both are greyed, still drawn */
static void
test_mid_collection (void)
{
  Fixture f;
  guint n, i, unreachable = 0;

  fixture_run (&f, cycle_script);
  n = pml_interp_get_n_events (f.interp);
  seek_to_line (&f, 9);
  for (i = pml_interp_get_position (f.interp); i < n; i++)
    {
      const PmlObjEvent *ev = pml_interp_get_event (f.interp, i);

      if (pml_obj_event_get_kind (ev) == PML_OBJ_EVENT_GC_UNREACHABLE)
        {
          const PmlObjInfo *info = pml_interp_get_object (f.interp, ev->serial);

          if (g_str_equal (info->type_name, "Node") && ++unreachable == 2)
            break;
        }
    }
  g_assert_cmpuint (i, <, n);
  pml_interp_seek (f.interp, i + 1);
  {
    g_autoptr(PmlObjectsLayout) layout = pml_objects_layout_new (f.interp, &f.palette, 1000);

    g_assert_true (layout->collecting);
    g_assert_cmpuint (count_type (layout, "Node"), ==, 2);
    for (guint k = 0; k < 2; k++)
      {
        const PmlObjectNode *o = node (layout, (guint) find_type (layout, "Node", k));

        g_assert_true (o->unreachable);
        g_assert_cmpint (o->gc_refs, ==, 0);
        g_assert_cmpint (o->refcnt, ==, 1);
      }
  }
  pml_interp_free (f.interp);
}

/* A list named twice and held twice by another list: four references;
 * a function's local is a name of its frame; small ints are written in
 * the list's slots, in order */
static void
test_aliases_and_locals (void)
{
  static const char script[] =
    "data = [1, 2, 3]\n"               /* 1 */
    "alias = data\n"                   /* 2 */
    "box = [data, data]\n"             /* 3 */
    "def f(item):\n"                   /* 4 */
    "    inner = [item]\n"             /* 5 */
    "    return len(inner)\n"          /* 6 */
    "f(box)\n";                        /* 7 */
  Fixture f;
  g_autoptr(PmlObjectsLayout) layout = NULL;
  const PmlObjectRoot *local = NULL;
  const PmlObjectNode *data, *box;

  fixture_run (&f, script);
  seek_to_line (&f, 4);
  layout = pml_objects_layout_new (f.interp, &f.palette, 1000);
  g_assert_cmpuint (layout->nodes->len, ==, 2);
  data = node (layout, 0);
  box = node (layout, 1);
  g_assert_cmpstr (data->type_name, ==, "list");
  g_assert_cmpint (data->refcnt, ==, 4);
  g_assert_cmpint (box->refcnt, ==, 1);
  /* a card's size is the list object's block request: sys.getsizeof([])
     is 56 in 3.11 with its 16-byte GC header, whether the object is new or
     comes from the list free list, as data's and box's do */
  g_assert_cmpuint (data->size, ==, 56);
  g_assert_cmpuint (box->size, ==, 56);
  g_assert_cmpuint (count_links (layout, FALSE, "[0]"), ==, 1);
  g_assert_cmpuint (count_links (layout, FALSE, "[1]"), ==, 1);
  /* data's slots: 1, 2 and 3 written in place, in order */
  g_assert_cmpuint (data->n_rows, ==, 3);
  for (guint k = 0; k < 3; k++)
    {
      const PmlObjectRow *row = &g_array_index (layout->rows, PmlObjectRow, data->first_row + k);
      g_autofree char *label = g_strdup_printf ("[%u]", k);
      g_autofree char *value = g_strdup_printf ("%u", k + 1);

      g_assert_cmpstr (row->label, ==, label);
      g_assert_cmpstr (row->value, ==, value);
    }
  g_clear_pointer (&layout, pml_objects_layout_free);

  /* inside f, before line 6: item and inner are names of f's frame, and
     the frame holds the function it runs */
  seek_to_line (&f, 6);
  layout = pml_objects_layout_new (f.interp, &f.palette, 1000);
  g_assert_cmpuint (layout->frames->len, ==, 2);
  g_assert_cmpstr (g_array_index (layout->frames, PmlObjectFrame, 1).name, ==, "f");
  local = find_root (layout, "inner");
  g_assert_nonnull (local);
  g_assert_cmpstr (local->scope, ==, "f");
  g_assert_cmpuint (local->frame, ==, 1);
  g_assert_nonnull (find_root (layout, "running function"));
  g_assert_true (find_root (layout, "running function")->holder);
  /* data, box, the function f, inner */
  g_assert_cmpuint (layout->nodes->len, ==, 4);
  g_assert_cmpuint (count_type (layout, "function"), ==, 1);
  /* box: the global, f's item (the argument moved into the frame), and
     inner's item */
  box = node (layout, 1);
  g_assert_cmpstr (box->type_name, ==, "list");
  g_assert_cmpint (box->refcnt, ==, 3);
  g_assert_cmpuint (box->outside, ==, 0);

  pml_interp_free (f.interp);
}

/* Between two steps each object slides from its old card to its new one:
 * after del, the two Nodes move from beside their names to the area no
 * name reaches */
static void
test_tween (void)
{
  Fixture f;
  g_autoptr(PmlObjectsLayout) before = NULL;
  g_autoptr(PmlObjectsLayout) after = NULL;
  guint32 serial;
  PmlRect from, to;

  fixture_run (&f, cycle_script);
  seek_to_line (&f, 8);
  before = pml_objects_layout_new (f.interp, &f.palette, 1000);
  seek_to_line (&f, 9);
  after = pml_objects_layout_new (f.interp, &f.palette, 1000);
  serial = node (after, (guint) find_type (after, "Node", 0))->serial;
  g_assert_cmpint (pml_objects_layout_find (before, serial), >=, 0);
  from = node (before, (guint) pml_objects_layout_find (before, serial))->rect;
  to = node (after, (guint) pml_objects_layout_find (after, serial))->rect;
  /* drawn apart below: it moves down */
  g_assert_cmpfloat (to.y, >, from.y);

  for (guint k = 0; k <= 4; k++)
    {
      double t = k / 4.0;
      g_autoptr(PmlObjectsLayout) frame = pml_objects_layout_tween (before, after, t);
      const PmlObjectNode *moving = node (frame, (guint) pml_objects_layout_find (frame, serial));

      g_assert_cmpuint (frame->nodes->len, ==, after->nodes->len);
      g_assert_cmpuint (frame->links->len, ==, after->links->len);
      g_assert_cmpfloat_with_epsilon (moving->rect.y, from.y + (to.y - from.y) * t, 1e-9);
      g_assert_cmpfloat_with_epsilon (moving->rect.x, from.x + (to.x - from.x) * t, 1e-9);
    }
  /* a step that frees both Nodes: they fade out where they were */
  {
    g_autoptr(PmlObjectsLayout) collected = NULL;
    g_autoptr(PmlObjectsLayout) frame = NULL;

    seek_to_line (&f, 10);
    collected = pml_objects_layout_new (f.interp, &f.palette, 1000);
    g_assert_cmpuint (count_type (collected, "Node"), ==, 0);
    frame = pml_objects_layout_tween (after, collected, 0.25);
    g_assert_cmpuint (count_type (frame, "Node"), ==, 2);
    g_assert_cmpfloat_with_epsilon (node (frame, (guint) pml_objects_layout_find (frame, serial))->alpha, 0.75, 1e-9);
    /* a fading card keeps its rows (its attributes), read from its own
       step: the freed step has fewer rows than it had */
    {
      const PmlObjectNode *fading = node (frame, (guint) pml_objects_layout_find (frame, serial));
      const PmlObjectNode *was = node (after, (guint) pml_objects_layout_find (after, serial));

      g_assert_cmpuint (fading->n_rows, ==, was->n_rows);
      g_assert_cmpuint (fading->n_rows, >, 0);
      for (guint r = 0; r < fading->n_rows; r++)
        g_assert_cmpstr (g_array_index (frame->rows, PmlObjectRow, fading->first_row + r).label, ==,
                         g_array_index (after->rows, PmlObjectRow, was->first_row + r).label);
      for (guint i = 0; i < frame->nodes->len; i++)
        g_assert_cmpuint (node (frame, i)->first_row + node (frame, i)->n_rows, <=, frame->rows->len);
    }
    g_clear_pointer (&frame, pml_objects_layout_free);
    /* and back: made by the step, they fade in */
    frame = pml_objects_layout_tween (collected, after, 0.25);
    g_assert_cmpfloat_with_epsilon (node (frame, (guint) pml_objects_layout_find (frame, serial))->alpha, 0.25, 1e-9);
  }
  pml_interp_free (f.interp);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/objects/names-and-cycle", test_names_and_cycle);
  g_test_add_func ("/objects/mid-collection", test_mid_collection);
  g_test_add_func ("/objects/aliases-and-locals", test_aliases_and_locals);
  g_test_add_func ("/objects/tween", test_tween);

  return g_test_run ();
}
