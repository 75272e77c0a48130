/* test-render-badges.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "pml-objects-layout.h"
#include "pml-render-badges.h"

/* The objects view badges the cards whose reference count changed at
 * this step, and only those: drawn at the step of a change, not at an
 * unrelated step. */

static const char source[] =
  "data = [1, 2]\n"     /* 1 */
  "alias = data\n"      /* 2: the list gains a name, +1 */
  "n = 3\n"             /* 3: nothing happens to the list */
  "done = True\n";      /* 4 */

typedef struct
{
  PmlInterp  *interp;
  PmlPalette  palette;
} Fixture;

static guint
find_line (PmlInterp *interp,
           gint32     line)
{
  for (guint i = 0; i < pml_interp_get_n_events (interp); i++)
    {
      const PmlObjEvent *ev = pml_interp_get_event (interp, i);

      if (pml_obj_event_get_kind (ev) == PML_OBJ_EVENT_LINE && pml_obj_event_get_value (ev) == line)
        return i;
    }
  g_error ("line %d never runs", line);
  return 0;
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(PmlHeap) heap = pml_heap_new (pml_preset_lookup ("cpython-3.11"));
  PmlInterpOptions options = { .max_steps = 100000, .record_events = TRUE, .record_graph = TRUE };
  g_autoptr(GError) error = NULL;

  f->interp = pml_interp_new (heap, &options);
  g_assert_true (pml_interp_load (f->interp, "badges.py", source, strlen (source), &error));
  g_assert_cmpint (pml_interp_run (f->interp), ==, 0);
  pml_palette_init (&f->palette, PML_THEME_LIGHT, FALSE);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  pml_interp_free (f->interp);
}

static cairo_surface_t *
draw (const PmlObjectsLayout *layout,
      const PmlPalette       *palette)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) layout->width + 40,
                                                         (int) layout->height + 40);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  pml_render_objects (cr, layout, palette);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* Pixels that differ between @a and @b within @rect grown by @margin */
static guint
count_different (cairo_surface_t *a,
                 cairo_surface_t *b,
                 const PmlRect   *rect,
                 double           margin)
{
  int stride = cairo_image_surface_get_stride (a);
  int width = cairo_image_surface_get_width (a), height = cairo_image_surface_get_height (a);
  const guint8 *pa = cairo_image_surface_get_data (a), *pb = cairo_image_surface_get_data (b);
  guint n = 0;

  for (int y = MAX (0, (int) (rect->y - margin)); y < MIN (height, (int) (rect->y + rect->height + margin)); y++)
    for (int x = MAX (0, (int) (rect->x - margin)); x < MIN (width, (int) (rect->x + rect->width + margin)); x++)
      n += memcmp (pa + y * stride + 4 * x, pb + y * stride + 4 * x, 4) != 0;
  return n;
}

/* The list's card at the end of the step over line @line, drawn with and
 * without the step's badges: how many of its pixels the badges change */
static guint
badge_pixels (Fixture  *f,
              gint32    line,
              gint32   *delta)
{
  guint from = find_line (f->interp, line), to = find_line (f->interp, line + 1);
  g_autoptr(PmlObjectsLayout) plain = NULL;
  g_autoptr(PmlObjectsLayout) badged = NULL;
  cairo_surface_t *a, *b;
  const PmlObjectNode *list = NULL;
  const PmlBadge *badge;
  guint n;

  pml_interp_seek (f->interp, to);
  plain = pml_objects_layout_new (f->interp, &f->palette, 800);
  badged = pml_objects_layout_new (f->interp, &f->palette, 800);
  pml_objects_layout_set_badges (badged, pml_badges_collect (f->interp, from, to));
  for (guint i = 0; i < badged->nodes->len; i++)
    if (g_strcmp0 (g_array_index (badged->nodes, PmlObjectNode, i).type_name, "list") == 0)
      list = &g_array_index (badged->nodes, PmlObjectNode, i);
  g_assert_nonnull (list);
  badge = pml_objects_layout_find_badge (badged, list->serial);
  *delta = badge != NULL ? badge->delta : 0;
  a = draw (plain, &f->palette);
  b = draw (badged, &f->palette);
  n = count_different (a, b, &list->rect, 12);
  cairo_surface_destroy (a);
  cairo_surface_destroy (b);
  return n;
}

static void
test_badge_at_change (Fixture       *f,
                      gconstpointer  data)
{
  gint32 delta = 0;

  /* LOAD_NAME data +1, the dict insert for alias +1, the stack's -1 */
  g_assert_cmpuint (badge_pixels (f, 2, &delta), >, 0);
  g_assert_cmpint (delta, ==, 1);
}

static void
test_no_badge_elsewhere (Fixture       *f,
                         gconstpointer  data)
{
  gint32 delta = 0;

  g_assert_cmpuint (badge_pixels (f, 3, &delta), ==, 0);
  g_assert_cmpint (delta, ==, 0);
}

/* A faded badge leaves the outline of what changed, and less ink */
static void
test_badge_fades (Fixture       *f,
                  gconstpointer  data)
{
  guint from = find_line (f->interp, 2), to = find_line (f->interp, 3);
  g_autoptr(PmlObjectsLayout) plain = NULL;
  g_autoptr(PmlObjectsLayout) shown = NULL;
  g_autoptr(PmlObjectsLayout) faded = NULL;
  cairo_surface_t *a, *b, *c;
  const PmlObjectNode *list = NULL;

  pml_interp_seek (f->interp, to);
  plain = pml_objects_layout_new (f->interp, &f->palette, 800);
  shown = pml_objects_layout_new (f->interp, &f->palette, 800);
  faded = pml_objects_layout_new (f->interp, &f->palette, 800);
  pml_objects_layout_set_badges (shown, pml_badges_collect (f->interp, from, to));
  pml_objects_layout_set_badges (faded, pml_badges_collect (f->interp, from, to));
  pml_objects_layout_set_badge_alpha (faded, 0);
  for (guint i = 0; i < shown->nodes->len; i++)
    if (g_strcmp0 (g_array_index (shown->nodes, PmlObjectNode, i).type_name, "list") == 0)
      list = &g_array_index (shown->nodes, PmlObjectNode, i);
  g_assert_nonnull (list);
  a = draw (plain, &f->palette);
  b = draw (shown, &f->palette);
  c = draw (faded, &f->palette);
  g_assert_cmpuint (count_different (a, c, &list->rect, 12), >, 0);
  g_assert_cmpuint (count_different (a, c, &list->rect, 12), <, count_different (a, b, &list->rect, 12));
  cairo_surface_destroy (a);
  cairo_surface_destroy (b);
  cairo_surface_destroy (c);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/render/badges/at-change", Fixture, NULL, fixture_setup, test_badge_at_change, fixture_teardown);
  g_test_add ("/render/badges/not-elsewhere", Fixture, NULL, fixture_setup, test_no_badge_elsewhere,
              fixture_teardown);
  g_test_add ("/render/badges/fades", Fixture, NULL, fixture_setup, test_badge_fades, fixture_teardown);
  return g_test_run ();
}
