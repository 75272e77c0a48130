/* test-views.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <adwaita.h>

#include "pml-heap-layout.h"
#include "pml-heap-view.h"
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
  pml_heap_view_set_presenter (view, TRUE);
  pml_heap_view_set_presenter (view, TRUE);
  g_assert_cmpint (notified, ==, 1);
  g_assert_true (pml_heap_view_get_presenter (view));
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

  pml_heap_view_set_zoom (view, 2.0);
  gtk_widget_measure (GTK_WIDGET (view), GTK_ORIENTATION_VERTICAL, 1000, NULL, &after, NULL, NULL);
  g_assert_cmpint (after, >, before);
  g_assert_cmpint (notified, ==, 1);

  pml_heap_view_set_zoom (view, 100.0);
  g_assert_cmpfloat (pml_heap_view_get_zoom (view), ==, PML_HEAP_VIEW_MAX_ZOOM);
  pml_heap_view_set_zoom (view, 0.0);
  g_assert_cmpfloat (pml_heap_view_get_zoom (view), ==, PML_HEAP_VIEW_MIN_ZOOM);
  g_assert_cmpint (notified, ==, 3);

  g_signal_handlers_disconnect_by_func (view, notify_cb, &notified);
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

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/views/heap/height-follows-layout", test_heap_view_height_follows_layout);
  g_test_add_func ("/views/heap/presenter", test_heap_view_presenter);
  g_test_add_func ("/views/heap/zoom", test_heap_view_zoom);
  g_test_add_func ("/views/pool/height-follows-pool", test_pool_view_height_follows_pool);

  return g_test_run ();
}
