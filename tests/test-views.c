/* test-views.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <adwaita.h>
#include <string.h>

#include "pml-heap-layout.h"
#include "pml-heap-view.h"
#include "pml-legend.h"
#include "pml-render-legend.h"
#include "pml-view-list.h"
#include "pml-pool-layout.h"
#include "pml-pool-view.h"

/* The heap and pool widgets ask for the height their layout needs, follow
 * the heap they show, and notify only real changes. */

static PmlHeap *
heap_with_blocks (guint n_blocks)
{
  PmlHeap *heap = pml_heap_new (NULL);
  guint64 address;

  for (guint i = 0; i < n_blocks; i++)
    g_assert_true (pml_heap_malloc (heap, 512, &address, NULL));

  return heap;
}

static void
notify_cb (GObject    *object,
           GParamSpec *pspec,
           int        *count)
{
  (*count)++;
}

static void
test_heap_view_height_follows_layout (void)
{
  g_autoptr(PmlHeap) small = heap_with_blocks (1);
  /* 63 pools of 31 blocks fill the first (misaligned) arena: one more
   * maps a second, and the first moves to the "no free pool" section */
  g_autoptr(PmlHeap) larger = heap_with_blocks (63 * 31 + 1);
  PmlHeapView *view = g_object_ref_sink (PML_HEAP_VIEW (pml_heap_view_new ()));
  PmlPalette palette;
  int minimum, natural, notified = 0;

  pml_palette_init (&palette, adw_style_manager_get_dark (adw_style_manager_get_default ()) ? PML_THEME_DARK
                                                                                             : PML_THEME_LIGHT,
                    FALSE);
  g_signal_connect (view, "notify::heap", G_CALLBACK (notify_cb), &notified);

  pml_heap_view_set_heap (view, small);
  g_assert_cmpint (notified, ==, 1);
  pml_heap_view_set_heap (view, small);
  g_assert_cmpint (notified, ==, 1);
  g_assert_true (pml_heap_view_get_heap (view) == small);

  {
    g_autoptr(PmlHeapLayout) layout = pml_heap_layout_new (small, &palette, 1000);

    gtk_widget_measure (GTK_WIDGET (view), GTK_ORIENTATION_VERTICAL, 1000, &minimum, &natural, NULL, NULL);
    g_assert_cmpint (natural, ==, (int) layout->height);
  }

  pml_heap_view_set_heap (view, larger);
  g_assert_cmpint (notified, ==, 2);
  {
    g_autoptr(PmlHeapLayout) layout = pml_heap_layout_new (larger, &palette, 1000);
    int small_height = natural;

    g_assert_cmpuint (layout->arenas->len, ==, 2);
    gtk_widget_measure (GTK_WIDGET (view), GTK_ORIENTATION_VERTICAL, 1000, &minimum, &natural, NULL, NULL);
    g_assert_cmpint (natural, ==, (int) layout->height);
    g_assert_cmpint (natural, >, small_height);
  }

  g_signal_handlers_disconnect_by_func (view, notify_cb, &notified);
  g_assert_finalize_object (view);
}

static void
test_heap_view_presenter (void)
{
  g_autoptr(PmlHeap) heap = heap_with_blocks (1);
  PmlHeapView *view = g_object_ref_sink (PML_HEAP_VIEW (pml_heap_view_new ()));
  int before, after, notified = 0;

  pml_heap_view_set_heap (view, heap);
  g_signal_connect (view, "notify::presenter", G_CALLBACK (notify_cb), &notified);
  gtk_widget_measure (GTK_WIDGET (view), GTK_ORIENTATION_VERTICAL, 1000, NULL, &before, NULL, NULL);

  /* larger text and cells: the same heap needs more room */
  pml_layout_view_set_presenter (PML_LAYOUT_VIEW (view), TRUE);
  pml_layout_view_set_presenter (PML_LAYOUT_VIEW (view), TRUE);
  g_assert_cmpint (notified, ==, 1);
  g_assert_true (pml_layout_view_get_presenter (PML_LAYOUT_VIEW (view)));
  gtk_widget_measure (GTK_WIDGET (view), GTK_ORIENTATION_VERTICAL, 1000, NULL, &after, NULL, NULL);
  g_assert_cmpint (after, >, before);

  g_signal_handlers_disconnect_by_func (view, notify_cb, &notified);
  g_assert_finalize_object (view);
}

/* Zoom enlarges everything, within its limits, notifying real changes */
static void
test_heap_view_zoom (void)
{
  g_autoptr(PmlHeap) heap = heap_with_blocks (1);
  PmlHeapView *view = g_object_ref_sink (PML_HEAP_VIEW (pml_heap_view_new ()));
  int before, after, notified = 0;

  pml_heap_view_set_heap (view, heap);
  g_signal_connect (view, "notify::zoom", G_CALLBACK (notify_cb), &notified);
  gtk_widget_measure (GTK_WIDGET (view), GTK_ORIENTATION_VERTICAL, 1000, NULL, &before, NULL, NULL);

  pml_layout_view_set_zoom (PML_LAYOUT_VIEW (view), 2.0);
  gtk_widget_measure (GTK_WIDGET (view), GTK_ORIENTATION_VERTICAL, 1000, NULL, &after, NULL, NULL);
  g_assert_cmpint (after, >, before);
  g_assert_cmpint (notified, ==, 1);

  pml_layout_view_set_zoom (PML_LAYOUT_VIEW (view), 100.0);
  g_assert_cmpfloat (pml_layout_view_get_zoom (PML_LAYOUT_VIEW (view)), ==, PML_LAYOUT_VIEW_MAX_ZOOM);
  pml_layout_view_set_zoom (PML_LAYOUT_VIEW (view), 0.0);
  g_assert_cmpfloat (pml_layout_view_get_zoom (PML_LAYOUT_VIEW (view)), ==, PML_LAYOUT_VIEW_MIN_ZOOM);
  g_assert_cmpint (notified, ==, 3);

  g_signal_handlers_disconnect_by_func (view, notify_cb, &notified);
  g_assert_finalize_object (view);
}

/* The animation between steps. A and B are ARENA_SIZE aligned (64 pools
 * of 31 512-byte blocks each), as in test-arena-transitions.c's
 * test_release_equal_counts: filling A maps B, freeing a pool of A
 * brings it back to the head of usable_arenas, and freeing all of A
 * while B is behind it releases A (cpython-memory-model.md §4.6). */
#define BASE_A          G_GUINT64_CONSTANT (0x7f1000000000)
#define BASE_B          (BASE_A + G_GUINT64_CONSTANT (0x200000))
#define POOL_SIZE       16384
#define BLOCKS_PER_POOL 31

static PmlHeap *
heap_with_full_arena (void)
{
  const guint64 bases[] = { BASE_A, BASE_B };
  PmlHeap *heap = pml_heap_new (pml_preset_lookup ("cpython-3.11"));
  guint64 address;

  pml_heap_set_recorded_arena_bases (heap, bases, G_N_ELEMENTS (bases));
  for (guint i = 0; i < 64 * BLOCKS_PER_POOL; i++)
    g_assert_true (pml_heap_malloc (heap, 512, &address, NULL));

  return heap;
}

static void
free_pool (PmlHeap *heap,
           guint64  pool)
{
  for (guint k = 0; k < BLOCKS_PER_POOL; k++)
    g_assert_true (pml_heap_free_block (heap, pool + 48 + k * 512, NULL));
}

static PmlHeapLayout *
layout_of (PmlHeap *heap)
{
  PmlPalette palette;

  pml_palette_init (&palette, PML_THEME_LIGHT, FALSE);
  return pml_heap_layout_new (heap, &palette, 1000);
}

static const PmlArenaBox *
find_box (const PmlHeapLayout *layout,
          guint64              address)
{
  for (guint i = 0; i < layout->arenas->len; i++)
    {
      const PmlArenaBox *box = &g_array_index (layout->arenas, PmlArenaBox, i);

      if (box->address == address)
        return box;
    }

  return NULL;
}

static gboolean
rect_equal (const PmlRect *a,
            const PmlRect *b)
{
  return a->x == b->x && a->y == b->y && a->width == b->width && a->height == b->height;
}

static void
assert_between (double value,
                double a,
                double b)
{
  g_assert_cmpfloat (value, >, MIN (a, b));
  g_assert_cmpfloat (value, <, MAX (a, b));
}

/* Mapping B: it grows in from nothing, and A, full, slides down to make
 * room for the list above it */
static void
test_tween_map (void)
{
  g_autoptr(PmlHeap) heap = heap_with_full_arena ();
  g_autoptr(PmlHeapLayout) before = layout_of (heap);
  g_autoptr(PmlHeapLayout) after = NULL;
  g_autoptr(PmlHeapTween) tween = NULL;
  const PmlArenaBox *a_before, *a_after, *b_after;
  PmlPoolCell pool;
  PmlRect bounds;
  double alpha;
  guint64 address;

  g_assert_true (pml_heap_malloc (heap, 512, &address, NULL));
  g_assert_cmphex (address, ==, BASE_B + 48);
  after = layout_of (heap);
  tween = pml_heap_tween_new (before, after);

  a_before = find_box (before, BASE_A);
  a_after = find_box (after, BASE_A);
  b_after = find_box (after, BASE_B);
  g_assert_nonnull (a_before);
  g_assert_nonnull (a_after);
  g_assert_nonnull (b_after);
  g_assert_null (find_box (before, BASE_B));
  g_assert_false (a_after->usable);
  g_assert_true (b_after->usable);
  g_assert_cmpuint (tween->leaving->len, ==, 0);

  /* A: the old rectangle, then part way down, then the new one */
  g_assert_cmpfloat (a_after->bounds.y, >, a_before->bounds.y);
  g_assert_true (pml_heap_tween_card (tween, a_after->slot, BASE_A, 0, &bounds, &alpha));
  g_assert_true (rect_equal (&bounds, &a_before->bounds));
  g_assert_cmpfloat (alpha, ==, 1);
  g_assert_true (pml_heap_tween_card (tween, a_after->slot, BASE_A, 0.5, &bounds, &alpha));
  assert_between (bounds.y, a_before->bounds.y, a_after->bounds.y);
  g_assert_cmpfloat (alpha, ==, 1);
  g_assert_true (pml_heap_tween_card (tween, a_after->slot, BASE_A, 1, &bounds, &alpha));
  g_assert_true (rect_equal (&bounds, &a_after->bounds));

  /* B fades and grows in */
  g_assert_true (pml_heap_tween_card (tween, b_after->slot, BASE_B, 0, &bounds, &alpha));
  g_assert_cmpfloat (alpha, ==, 0);
  g_assert_cmpfloat (bounds.width, <, b_after->bounds.width);
  g_assert_true (pml_rect_contains (&b_after->bounds, bounds.x + bounds.width / 2,
                                    bounds.y + bounds.height / 2));
  g_assert_true (pml_heap_tween_card (tween, b_after->slot, BASE_B, 0.5, &bounds, &alpha));
  assert_between (alpha, 0, 1);
  g_assert_true (pml_heap_tween_card (tween, b_after->slot, BASE_B, 1, &bounds, &alpha));
  g_assert_cmpfloat (alpha, ==, 1);
  g_assert_true (rect_equal (&bounds, &b_after->bounds));

  /* B's first pool fills up from nothing to its one block */
  g_assert_true (pml_heap_tween_pool (tween, b_after->slot, BASE_B, 0, 0, &pool));
  g_assert_cmpint (pool.state, ==, PML_POOL_STATE_USED);
  g_assert_cmpfloat (pool.fill, ==, 0);
  g_assert_true (pml_heap_tween_pool (tween, b_after->slot, BASE_B, 0, 1, &pool));
  g_assert_cmpfloat (pool.fill, ==, 1.0 / BLOCKS_PER_POOL);
  g_assert_true (pml_heap_tween_pool (tween, b_after->slot, BASE_B, 1, 0.5, &pool));
  g_assert_cmpint (pool.state, ==, PML_POOL_STATE_VIRGIN);

  /* an arena neither step has */
  g_assert_false (pml_heap_tween_card (tween, 7, BASE_A, 0.5, &bounds, &alpha));
}

/* A block more in a used pool: its fill rises from 1/31 to 2/31 */
static void
test_tween_fill (void)
{
  g_autoptr(PmlHeap) heap = heap_with_full_arena ();
  g_autoptr(PmlHeapLayout) before = NULL;
  g_autoptr(PmlHeapLayout) after = NULL;
  g_autoptr(PmlHeapTween) tween = NULL;
  const PmlArenaBox *b;
  PmlPoolCell pool;
  guint64 address;

  g_assert_true (pml_heap_malloc (heap, 512, &address, NULL));
  before = layout_of (heap);
  g_assert_true (pml_heap_malloc (heap, 512, &address, NULL));
  after = layout_of (heap);
  tween = pml_heap_tween_new (before, after);
  b = find_box (after, BASE_B);

  g_assert_true (pml_heap_tween_pool (tween, b->slot, BASE_B, 0, 0, &pool));
  g_assert_cmpfloat (pool.fill, ==, 1.0 / BLOCKS_PER_POOL);
  g_assert_true (pml_heap_tween_pool (tween, b->slot, BASE_B, 0, 0.5, &pool));
  g_assert_cmpint (pool.state, ==, PML_POOL_STATE_USED);
  assert_between (pool.fill, 1.0 / BLOCKS_PER_POOL, 2.0 / BLOCKS_PER_POOL);
  g_assert_true (pml_heap_tween_pool (tween, b->slot, BASE_B, 0, 1, &pool));
  g_assert_cmpfloat (pool.fill, ==, 2.0 / BLOCKS_PER_POOL);
}

/* Freeing a pool of A: A re-enters usable_arenas at its head (Case 2),
 * so it climbs from the full section and B slides over behind it; the
 * freed pool drains, drawn as used until it is empty */
static void
test_tween_relink (void)
{
  g_autoptr(PmlHeap) heap = heap_with_full_arena ();
  g_autoptr(PmlHeapLayout) before = NULL;
  g_autoptr(PmlHeapLayout) after = NULL;
  g_autoptr(PmlHeapTween) tween = NULL;
  const PmlArenaBox *a_before, *a_after, *b_before, *b_after;
  PmlPoolCell pool;
  PmlRect bounds;
  double alpha;
  guint64 address;

  g_assert_true (pml_heap_malloc (heap, 512, &address, NULL));
  before = layout_of (heap);
  free_pool (heap, BASE_A);
  after = layout_of (heap);
  tween = pml_heap_tween_new (before, after);

  a_before = find_box (before, BASE_A);
  a_after = find_box (after, BASE_A);
  b_before = find_box (before, BASE_B);
  b_after = find_box (after, BASE_B);
  g_assert_false (a_before->usable);
  g_assert_cmpuint (a_after->list_position, ==, 0);
  g_assert_cmpuint (b_before->list_position, ==, 0);
  g_assert_cmpuint (b_after->list_position, ==, 1);

  g_assert_cmpfloat (a_after->bounds.y, <, a_before->bounds.y);
  g_assert_true (pml_heap_tween_card (tween, a_after->slot, BASE_A, 0.5, &bounds, &alpha));
  assert_between (bounds.y, a_before->bounds.y, a_after->bounds.y);
  g_assert_cmpfloat (alpha, ==, 1);

  g_assert_cmpfloat (b_after->bounds.x, >, b_before->bounds.x);
  g_assert_true (pml_heap_tween_card (tween, b_after->slot, BASE_B, 0, &bounds, &alpha));
  g_assert_true (rect_equal (&bounds, &b_before->bounds));
  g_assert_true (pml_heap_tween_card (tween, b_after->slot, BASE_B, 0.5, &bounds, &alpha));
  assert_between (bounds.x, b_before->bounds.x, b_after->bounds.x);
  g_assert_true (pml_heap_tween_card (tween, b_after->slot, BASE_B, 1, &bounds, &alpha));
  g_assert_true (rect_equal (&bounds, &b_after->bounds));

  g_assert_cmpint (pml_heap_layout_get_pool (before, a_before, 0)->state, ==, PML_POOL_STATE_FULL);
  g_assert_cmpint (pml_heap_layout_get_pool (after, a_after, 0)->state, ==, PML_POOL_STATE_EMPTY);
  g_assert_true (pml_heap_tween_pool (tween, a_after->slot, BASE_A, 0, 0.5, &pool));
  g_assert_cmpint (pool.state, ==, PML_POOL_STATE_USED);
  g_assert_cmpuint (pool.szidx, ==, pml_heap_layout_get_pool (before, a_before, 0)->szidx);
  assert_between (pool.fill, 0, 1);
  g_assert_true (pml_heap_tween_pool (tween, a_after->slot, BASE_A, 0, 1, &pool));
  g_assert_cmpint (pool.state, ==, PML_POOL_STATE_EMPTY);
  g_assert_cmpfloat (pool.fill, ==, 0);
}

/* Freeing A's last pool with B behind it releases A (Case 1): it fades
 * out where it was, and has no pools to fill */
static void
test_tween_release (void)
{
  g_autoptr(PmlHeap) heap = heap_with_full_arena ();
  g_autoptr(PmlHeapLayout) before = NULL;
  g_autoptr(PmlHeapLayout) after = NULL;
  g_autoptr(PmlHeapTween) tween = NULL;
  const PmlArenaBox *a_before;
  PmlArenaInfo arena;
  PmlPoolCell pool;
  PmlRect bounds;
  double alpha;
  guint64 address;
  guint slot, leaving;

  g_assert_true (pml_heap_malloc (heap, 512, &address, NULL));
  for (guint k = 0; k < 63; k++)
    free_pool (heap, BASE_A + k * POOL_SIZE);
  before = layout_of (heap);
  free_pool (heap, BASE_A + 63 * POOL_SIZE);
  after = layout_of (heap);
  tween = pml_heap_tween_new (before, after);

  a_before = find_box (before, BASE_A);
  g_assert_nonnull (a_before);
  slot = a_before->slot;
  g_assert_false (pml_heap_get_arena (heap, slot, &arena));
  g_assert_null (find_box (after, BASE_A));
  g_assert_cmpuint (tween->leaving->len, ==, 1);
  leaving = g_array_index (tween->leaving, guint, 0);
  g_assert_true (&g_array_index (before->arenas, PmlArenaBox, leaving) == a_before);

  g_assert_true (pml_heap_tween_card (tween, slot, BASE_A, 0, &bounds, &alpha));
  g_assert_cmpfloat (alpha, ==, 1);
  g_assert_true (rect_equal (&bounds, &a_before->bounds));
  g_assert_true (pml_heap_tween_card (tween, slot, BASE_A, 0.5, &bounds, &alpha));
  assert_between (alpha, 0, 1);
  g_assert_true (pml_rect_contains (&a_before->bounds, bounds.x + bounds.width / 2,
                                    bounds.y + bounds.height / 2));
  g_assert_true (pml_heap_tween_card (tween, slot, BASE_A, 1, &bounds, &alpha));
  g_assert_cmpfloat (alpha, ==, 0);

  g_assert_false (pml_heap_tween_pool (tween, slot, BASE_A, 0, 0.5, &pool));
}

/* The last frame of an animation is the new step's picture, to the pixel */
static void
test_tween_ends_on_new_step (void)
{
  g_autoptr(PmlHeap) heap = heap_with_full_arena ();
  g_autoptr(PmlHeapLayout) before = NULL;
  g_autoptr(PmlHeapLayout) after = NULL;
  g_autoptr(PmlHeapTween) tween = NULL;
  cairo_surface_t *surfaces[2];
  PmlPalette palette;
  guint64 address;
  int stride;

  pml_palette_init (&palette, PML_THEME_LIGHT, FALSE);
  g_assert_true (pml_heap_malloc (heap, 512, &address, NULL));
  for (guint k = 0; k < 2; k++)
    free_pool (heap, BASE_A + k * POOL_SIZE);
  before = layout_of (heap);
  free_pool (heap, BASE_A + 2 * POOL_SIZE);
  g_assert_true (pml_heap_malloc (heap, 16, &address, NULL));
  after = layout_of (heap);
  tween = pml_heap_tween_new (before, after);

  for (guint i = 0; i < 2; i++)
    {
      int width = (int) after->width, height = (int) after->height;
      cairo_t *cr;

      surfaces[i] = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
      cr = cairo_create (surfaces[i]);
      if (i == 0)
        pml_render_heap (cr, heap, after, &palette);
      else
        pml_render_heap_tween (cr, tween, 1, &palette);
      cairo_destroy (cr);
      cairo_surface_flush (surfaces[i]);
    }

  stride = cairo_image_surface_get_stride (surfaces[0]);
  g_assert_cmpint (cairo_image_surface_get_stride (surfaces[1]), ==, stride);
  g_assert_cmpmem (cairo_image_surface_get_data (surfaces[0]), stride * (int) after->height,
                   cairo_image_surface_get_data (surfaces[1]), stride * (int) after->height);

  cairo_surface_destroy (surfaces[0]);
  cairo_surface_destroy (surfaces[1]);
}

/* A heap view shown in a window and given its width, so that it has a
 * frame clock and keeps its layout */
static GtkWindow *
window_with_view (PmlHeapView *view)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());

  gtk_window_set_default_size (window, 1000, 700);
  gtk_window_set_child (window, GTK_WIDGET (view));
  gtk_window_present (window);
  while (!gtk_widget_get_mapped (GTK_WIDGET (view)) ||
         gtk_widget_get_width (GTK_WIDGET (view)) == 0)
    g_main_context_iteration (NULL, TRUE);

  return window;
}

static gboolean
timeout_cb (gpointer user_data)
{
  gboolean *timed_out = user_data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

/* An animation runs on after a step, and its tick callback ends with it;
 * the next step, made while it runs, jumps */
static void
test_heap_view_animation_runs_and_ends (void)
{
  g_autoptr(PmlHeap) heap = heap_with_full_arena ();
  PmlHeapView *view = g_object_ref_sink (PML_HEAP_VIEW (pml_heap_view_new ()));
  GtkWindow *window = window_with_view (view);
  gboolean timed_out = FALSE;
  guint timeout_id;
  guint64 address;

  g_assert_cmpuint (pml_layout_view_get_animation_duration (PML_LAYOUT_VIEW (view)), ==, 250);
  pml_heap_view_set_heap (view, heap);
  g_assert_false (pml_layout_view_is_animating (PML_LAYOUT_VIEW (view)));

  g_assert_true (pml_heap_malloc (heap, 512, &address, NULL));
  pml_layout_view_state_changed (PML_LAYOUT_VIEW (view));
  g_assert_true (pml_layout_view_is_animating (PML_LAYOUT_VIEW (view)));

  timeout_id = g_timeout_add_seconds (10, timeout_cb, &timed_out);
  while (pml_layout_view_is_animating (PML_LAYOUT_VIEW (view)) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (timed_out);
  g_source_remove (timeout_id);

  /* a step well after the last one animates; one made while it runs
   * jumps and stops it (frame times are smoothed: allow some slack) */
  g_usleep (50 * 1000);
  g_assert_true (pml_heap_malloc (heap, 512, &address, NULL));
  pml_layout_view_state_changed (PML_LAYOUT_VIEW (view));
  g_assert_true (pml_layout_view_is_animating (PML_LAYOUT_VIEW (view)));
  g_assert_true (pml_heap_malloc (heap, 512, &address, NULL));
  pml_layout_view_state_changed (PML_LAYOUT_VIEW (view));
  g_assert_false (pml_layout_view_is_animating (PML_LAYOUT_VIEW (view)));

  /* steps faster than the animation keep jumping: nothing is queued */
  g_usleep (100 * 1000);
  g_assert_true (pml_heap_malloc (heap, 512, &address, NULL));
  pml_layout_view_state_changed (PML_LAYOUT_VIEW (view));
  g_assert_false (pml_layout_view_is_animating (PML_LAYOUT_VIEW (view)));
  g_usleep (300 * 1000);
  g_assert_true (pml_heap_malloc (heap, 512, &address, NULL));
  pml_layout_view_state_changed (PML_LAYOUT_VIEW (view));
  g_assert_true (pml_layout_view_is_animating (PML_LAYOUT_VIEW (view)));

  gtk_window_destroy (window);
  g_assert_finalize_object (view);
}

/* Duration 0, or reduced motion, and a step draws its picture at once */
static void
test_heap_view_animation_off (void)
{
  g_autoptr(PmlHeap) heap = heap_with_full_arena ();
  PmlHeapView *view = g_object_ref_sink (PML_HEAP_VIEW (pml_heap_view_new ()));
  GtkWindow *window = window_with_view (view);
  GtkSettings *settings = gtk_widget_get_settings (GTK_WIDGET (view));
  int notified = 0;
  guint64 address;

  pml_heap_view_set_heap (view, heap);
  g_signal_connect (view, "notify::animation-duration", G_CALLBACK (notify_cb), &notified);
  pml_layout_view_set_animation_duration (PML_LAYOUT_VIEW (view), 0);
  pml_layout_view_set_animation_duration (PML_LAYOUT_VIEW (view), 0);
  g_assert_cmpint (notified, ==, 1);
  g_assert_cmpuint (pml_layout_view_get_animation_duration (PML_LAYOUT_VIEW (view)), ==, 0);

  g_assert_true (pml_heap_malloc (heap, 512, &address, NULL));
  pml_layout_view_state_changed (PML_LAYOUT_VIEW (view));
  g_assert_false (pml_layout_view_is_animating (PML_LAYOUT_VIEW (view)));

  /* an animation under way stops when they are turned off */
  pml_layout_view_set_animation_duration (PML_LAYOUT_VIEW (view), 50);
  g_usleep (100 * 1000);
  g_assert_true (pml_heap_malloc (heap, 512, &address, NULL));
  pml_layout_view_state_changed (PML_LAYOUT_VIEW (view));
  g_assert_true (pml_layout_view_is_animating (PML_LAYOUT_VIEW (view)));
  pml_layout_view_set_animation_duration (PML_LAYOUT_VIEW (view), 0);
  g_assert_false (pml_layout_view_is_animating (PML_LAYOUT_VIEW (view)));

  /* the desktop's reduced motion: gtk-enable-animations off */
  pml_layout_view_set_animation_duration (PML_LAYOUT_VIEW (view), 50);
  g_object_set (settings, "gtk-enable-animations", FALSE, NULL);
  g_usleep (100 * 1000);
  g_assert_true (pml_heap_malloc (heap, 512, &address, NULL));
  pml_layout_view_state_changed (PML_LAYOUT_VIEW (view));
  g_assert_false (pml_layout_view_is_animating (PML_LAYOUT_VIEW (view)));
  g_object_set (settings, "gtk-enable-animations", TRUE, NULL);
  g_usleep (100 * 1000);
  g_assert_true (pml_heap_malloc (heap, 512, &address, NULL));
  pml_layout_view_state_changed (PML_LAYOUT_VIEW (view));
  g_assert_true (pml_layout_view_is_animating (PML_LAYOUT_VIEW (view)));
  pml_layout_view_set_animation_duration (PML_LAYOUT_VIEW (view), 0);
  g_assert_false (pml_layout_view_is_animating (PML_LAYOUT_VIEW (view)));
  g_assert_cmpint (notified, ==, 5);

  g_signal_handlers_disconnect_by_func (view, notify_cb, &notified);
  gtk_window_destroy (window);
  g_assert_finalize_object (view);
}

static void
test_pool_view_height_follows_pool (void)
{
  g_autoptr(PmlHeap) heap = pml_heap_new (NULL);
  PmlPoolView *view = g_object_ref_sink (PML_POOL_VIEW (pml_pool_view_new ()));
  guint64 address;
  int pool_0, pool_1;

  /* pool 0 serves 16-byte blocks (1021 of them), pool 1 512-byte ones (31) */
  g_assert_true (pml_heap_malloc (heap, 16, &address, NULL));
  g_assert_true (pml_heap_malloc (heap, 512, &address, NULL));

  pml_pool_view_set_heap (view, heap);
  pml_pool_view_set_pool (view, 0, 0);
  gtk_widget_measure (GTK_WIDGET (view), GTK_ORIENTATION_VERTICAL, 800, NULL, &pool_0, NULL, NULL);
  pml_pool_view_set_pool (view, 0, 1);
  gtk_widget_measure (GTK_WIDGET (view), GTK_ORIENTATION_VERTICAL, 800, NULL, &pool_1, NULL, NULL);
  g_assert_cmpint (pool_0, >, pool_1);

  g_assert_finalize_object (view);
}

static guint
count_labels (GtkWidget *root)
{
  guint n = GTK_IS_LABEL (root) && gtk_label_get_text (GTK_LABEL (root))[0] != '\0';

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    n += count_labels (child);
  return n;
}

/* The legend has a row for every mark the renderer knows, and one per
 * size class in use, which follows the heap */
static void
test_legend_rows (void)
{
  g_autoptr(PmlHeap) heap = pml_heap_new (NULL);
  PmlLegend *legend = g_object_ref_sink (PML_LEGEND (pml_legend_new ()));
  guint64 address;
  guint labels_before;

  g_assert_cmpuint (pml_legend_get_n_marks (legend), ==, PML_LEGEND_N_MARKS);
  g_assert_cmpuint (pml_legend_get_n_classes (legend), ==, 0);

  g_assert_true (pml_heap_malloc (heap, 24, &address, NULL));   /* class 1 */
  g_assert_true (pml_heap_malloc (heap, 500, &address, NULL));  /* class 31 */
  pml_legend_set_heap (legend, heap);
  g_assert_cmpuint (pml_legend_get_n_classes (legend), ==, 2);
  labels_before = count_labels (GTK_WIDGET (legend));

  /* the heap changes in place: a refresh (as showing it does) sees it */
  g_assert_true (pml_heap_malloc (heap, 64, &address, NULL));   /* class 3 */
  g_assert_cmpuint (pml_legend_get_n_classes (legend), ==, 2);
  pml_legend_refresh (legend);
  g_assert_cmpuint (pml_legend_get_n_classes (legend), ==, 3);
  g_assert_cmpuint (count_labels (GTK_WIDGET (legend)), ==, labels_before + 1);

  /* every mark says what it means */
  for (PmlLegendMark mark = 0; mark < PML_LEGEND_N_MARKS; mark++)
    g_assert_cmpuint (strlen (pml_legend_mark_describe (mark)), >, 10);

  g_assert_finalize_object (legend);
}

static gboolean
has_row (PmlViewList *list,
         const char  *text)
{
  for (guint i = 0; i < pml_view_list_get_n_rows (list); i++)
    if (g_str_equal (pml_view_list_get_row (list, i), text))
      return TRUE;
  return FALSE;
}

/* The pool as a list says what the picture shows: three 512-byte blocks
 * handed out and the middle one freed. pymalloc keeps one block past the
 * last handed out on the chain (pymalloc_pool_extend carves it), so the
 * chain is 1 then 3, and blocks 4 to 30 lie past nextoffset. It follows
 * the next step. */
static void
test_pool_as_list (void)
{
  g_autoptr(PmlHeap) heap = pml_heap_new (NULL);
  PmlPoolView *view = g_object_ref_sink (PML_POOL_VIEW (pml_pool_view_new ()));
  PmlViewList *list = PML_VIEW_LIST (pml_view_list_new ());
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  guint64 blocks[3], address;

  for (guint i = 0; i < 3; i++)
    g_assert_true (pml_heap_malloc (heap, 512, &blocks[i], NULL));
  g_assert_true (pml_heap_free_block (heap, blocks[1], NULL));
  pml_pool_view_set_heap (view, heap);
  pml_pool_view_set_pool (view, 0, 0);
  pml_view_list_set_view (list, PML_LAYOUT_VIEW (view));
  gtk_window_set_child (window, GTK_WIDGET (list));
  gtk_window_present (window);
  while (!gtk_widget_get_mapped (GTK_WIDGET (list)))
    g_main_context_iteration (NULL, TRUE);

  g_assert_true (has_row (list, "Block 0: handed out"));
  g_assert_true (has_row (list, "Block 1: free, number 1 of 2 in the freeblock chain"));
  g_assert_true (has_row (list, "Block 2: handed out"));
  g_assert_true (has_row (list, "Block 3: free, number 2 of 2 in the freeblock chain"));
  g_assert_true (has_row (list, "Blocks 4 to 30: past nextoffset, never handed out"));
  g_assert_true (has_row (list, "usedpools[31], 512-byte blocks: pool 0 of arena 0"));

  /* the freed block is handed out again: it follows */
  g_assert_true (pml_heap_malloc (heap, 512, &address, NULL));
  g_assert_cmpuint (address, ==, blocks[1]);
  pml_layout_view_state_changed (PML_LAYOUT_VIEW (view));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_true (has_row (list, "Blocks 0 to 2: handed out"));

  gtk_window_destroy (window);
  g_assert_finalize_object (view);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/views/heap/height-follows-layout", test_heap_view_height_follows_layout);
  g_test_add_func ("/views/heap/presenter", test_heap_view_presenter);
  g_test_add_func ("/views/heap/zoom", test_heap_view_zoom);
  g_test_add_func ("/views/heap/tween/map", test_tween_map);
  g_test_add_func ("/views/heap/tween/fill", test_tween_fill);
  g_test_add_func ("/views/heap/tween/relink", test_tween_relink);
  g_test_add_func ("/views/heap/tween/release", test_tween_release);
  g_test_add_func ("/views/heap/tween/ends-on-new-step", test_tween_ends_on_new_step);
  g_test_add_func ("/views/heap/animation/runs-and-ends", test_heap_view_animation_runs_and_ends);
  g_test_add_func ("/views/heap/animation/off", test_heap_view_animation_off);
  g_test_add_func ("/views/pool/height-follows-pool", test_pool_view_height_follows_pool);
  g_test_add_func ("/views/legend/rows", test_legend_rows);
  g_test_add_func ("/views/pool/as-list", test_pool_as_list);

  return g_test_run ();
}
