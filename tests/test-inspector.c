/* test-inspector.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <adwaita.h>

#include "pml-inspector.h"
#include "pml-objects-view.h"
#include "pml-test-window.h"

/* The inspector shows the fields of the object chosen in the objects
 * view, and follows it as the script steps: a Node's reference count
 * falls from 2 to 1 on del, and the collector's gc_refs show while it
 * runs. */

static void
test_object_followed (void)
{
  PmlWindow *window = pml_test_new_window ();
  g_autoptr(GFile) example = g_file_new_for_uri (PML_TEST_EXAMPLES "cycles_and_collect.py");
  PmlObjectsView *view;
  PmlInspector *inspector;

  pml_window_open_trace (window, example);
  pml_test_wait_for_loading (window);
  view = PML_OBJECTS_VIEW (pml_window_get_objects_view (window));
  inspector = PML_INSPECTOR (pml_window_get_inspector (window));

  /* before line 16 (del a, b): a is named and held by b.other */
  pml_test_run_to_line (window, 16);
  /* the module gc, the class Node, its __init__ and __del__, a and b */
  g_assert_cmpuint (pml_window_get_n_objects (window), ==, 6);
  /* a: the first card of a 56-byte object made by line 12 */
  for (guint i = 0; i < 6; i++)
    {
      pml_objects_view_select_index (view, i);
      if (g_strcmp0 (pml_inspector_get_value (inspector, "made by"), "line 12") == 0)
        break;
    }
  g_assert_cmpuint (pml_objects_view_get_selected (view), !=, 0);
  g_assert_cmpstr (pml_inspector_get_value (inspector, "ob_refcnt"), ==, "2");
  /* cpython-memory-model.md §8: one 56-byte request per 3.11 instance,
     served from a 64-byte block: (56 - 1) / 16 = class 3 (issue 15) */
  g_assert_cmpstr (pml_inspector_get_value (inspector, "requested"), ==, "56 bytes");
  g_assert_cmpstr (pml_inspector_get_value (inspector, "block"), ==, "block 64 B, size class 3");
  g_assert_cmpstr (pml_inspector_get_value (inspector, "made by"), ==, "line 12");
  g_assert_null (pml_inspector_get_value (inspector, "gc_refs"));

  pml_test_activate (window, "sim.line-forward");
  g_assert_cmpint (pml_window_get_script_line (window), ==, 17);
  g_assert_cmpstr (pml_inspector_get_value (inspector, "ob_refcnt"), ==, "1");

  /* into line 18's collection, until the collector has a count for it */
  pml_test_activate (window, "sim.line-forward");
  while (pml_inspector_get_value (inspector, "gc_refs") == NULL)
    pml_test_activate (window, "sim.event-forward");
  g_assert_cmpstr (pml_inspector_get_value (inspector, "gc_refs"), ==, "1");

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
}

/* A pool's header after its first block, worked out from CPython 3.11's
 * allocate_from_new_pool (): 24 bytes is size class 1 (32-byte blocks);
 * the pool header is 48 bytes, so the first block is at +48, freeblock at
 * +80, nextoffset 48 + 2 * 32 = 112, and maxnextoffset 16384 - 32 */
static void
test_pool_fields (void)
{
  g_autoptr(PmlHeap) heap = pml_heap_new (pml_preset_lookup ("cpython-3.11"));
  GtkWidget *inspector = g_object_ref_sink (pml_inspector_new ());
  g_autofree char *freeblock = NULL;
  PmlPoolInfo pool;
  guint64 block;

  g_assert_true (pml_heap_malloc (heap, 24, &block, NULL));
  g_assert_true (pml_heap_get_pool (heap, 0, 0, &pool));
  g_assert_cmpuint (block, ==, pool.address + 48);
  pml_inspector_show_pool (PML_INSPECTOR (inspector), heap, 0, 0);
  freeblock = g_strdup_printf ("0x%" G_GINT64_MODIFIER "x", pool.address + 80);
  g_assert_cmpstr (pml_inspector_get_value (PML_INSPECTOR (inspector), "szidx"), ==, "1");
  g_assert_cmpstr (pml_inspector_get_value (PML_INSPECTOR (inspector), "block size"), ==, "32");
  /* CPython's ref.count, under the name a class understands (issue 15) */
  g_assert_null (pml_inspector_get_value (PML_INSPECTOR (inspector), "ref.count"));
  g_assert_cmpstr (pml_inspector_get_value (PML_INSPECTOR (inspector), "blocks in use"), ==, "1");
  g_assert_cmpstr (pml_inspector_get_value (PML_INSPECTOR (inspector), "freeblock"), ==, freeblock);
  g_assert_cmpstr (pml_inspector_get_value (PML_INSPECTOR (inspector), "nextoffset"), ==, "112");
  g_assert_cmpstr (pml_inspector_get_value (PML_INSPECTOR (inspector), "maxnextoffset"), ==, "16352");
  g_assert_cmpstr (pml_inspector_get_value (PML_INSPECTOR (inspector), "state"), ==, "used (in usedpools)");

  g_object_unref (inspector);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/inspector/object-followed", test_object_followed);
  g_test_add_func ("/inspector/pool-fields", test_pool_fields);

  return g_test_run ();
}
