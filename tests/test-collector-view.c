/* test-collector-view.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <adwaita.h>
#include <string.h>

#include "pml-collector-state.h"
#include "pml-collector-view.h"
#include "pml-layout-view.h"
#include "pml-test-window.h"

/* The window steps into cycles_and_collect.py's gc.collect() (line 18)
 * event by event: the collector's lists appear above the objects while
 * the collection is under way, with a and b moving to the unreachable
 * list at move_unreachable, and go away once it is over. */

static GtkWidget *
scroller_of (GtkWidget *view)
{
  return gtk_widget_get_ancestor (view, GTK_TYPE_SCROLLED_WINDOW);
}

static gboolean
items_mention (GtkWidget  *view,
               const char *text)
{
  g_autoptr(GPtrArray) items = pml_layout_view_describe_items (PML_LAYOUT_VIEW (view));

  for (guint i = 0; items != NULL && i < items->len; i++)
    if (strstr (items->pdata[i], text) != NULL)
      return TRUE;
  return FALSE;
}

static void
test_step_into_collection (void)
{
  PmlWindow *window = pml_test_new_window ();
  g_autoptr(GFile) example = g_file_new_for_uri (PML_TEST_EXAMPLES "cycles_and_collect.py");
  GtkWidget *view;
  gboolean seen_move = FALSE, seen_freed = FALSE;
  guint i;

  gtk_window_present (GTK_WINDOW (window));
  pml_window_open_trace (window, example);
  pml_test_wait_for_loading (window);
  view = pml_window_get_collector_view (window);
  g_assert_nonnull (view);
  /* line 17 is no collection: nothing drawn, the pane hidden */
  pml_test_run_to_line (window, 17);
  g_assert_false (pml_collector_view_is_active (PML_COLLECTOR_VIEW (view)));
  g_assert_false (gtk_widget_get_visible (scroller_of (view)));

  pml_test_run_to_line (window, 18);
  for (i = 0; i < 2000 && !seen_move; i++)
    {
      pml_test_activate (window, "sim.event-forward");
      if (pml_collector_view_is_active (PML_COLLECTOR_VIEW (view))
          && strstr (pml_collector_view_get_title (PML_COLLECTOR_VIEW (view)), "move_unreachable") != NULL)
        {
          g_autoptr(GArray) unreachable = pml_collector_view_get_list (PML_COLLECTOR_VIEW (view),
                                                                       PML_COLLECTOR_LIST_UNREACHABLE);

          /* the objects found reachable come first (gc_refs 0 -> 1) */
          seen_move = unreachable->len > 0;
        }
    }
  g_assert_true (seen_move);
  /* the first move: a (the first Node made) to the unreachable list */
  {
    g_autoptr(GArray) unreachable = pml_collector_view_get_list (PML_COLLECTOR_VIEW (view),
                                                                 PML_COLLECTOR_LIST_UNREACHABLE);
    g_autoptr(GArray) young = pml_collector_view_get_list (PML_COLLECTOR_VIEW (view), PML_COLLECTOR_LIST_YOUNG);
    g_autofree char *narration = pml_window_dup_narration (window);

    g_assert_cmpuint (unreachable->len, ==, 1);
    g_assert_cmpuint (young->len, >, 1);
    g_assert_cmpuint (g_array_index (unreachable, guint32, 0), <, g_array_index (young, guint32, young->len - 1));
    g_assert_true (gtk_widget_get_visible (scroller_of (view)));
    g_assert_true (gtk_widget_get_mapped (view));
    g_assert_true (items_mention (view, "Collecting generation 2: move_unreachable"));
    g_assert_true (items_mention (view, "Unreachable, for now (1 object)"));
    /* the narration says what the phase does, then the move */
    g_assert_nonnull (strstr (narration, "move_unreachable: an object with gc_refs 0 moves to the unreachable list"));
    g_assert_nonnull (strstr (narration, "has gc_refs 0: it moves to the tentatively unreachable list."));
  }
  /* on to the frees, then out of the collection */
  for (; i < 4000 && pml_collector_view_is_active (PML_COLLECTOR_VIEW (view)); i++)
    {
      pml_test_activate (window, "sim.event-forward");
      if (pml_collector_view_is_active (PML_COLLECTOR_VIEW (view)))
        {
          g_autoptr(GArray) freed = pml_collector_view_get_list (PML_COLLECTOR_VIEW (view), PML_COLLECTOR_LIST_FREED);

          seen_freed |= freed->len == 2;
        }
    }
  g_assert_true (seen_freed);
  g_assert_false (pml_collector_view_is_active (PML_COLLECTOR_VIEW (view)));
  g_assert_false (gtk_widget_get_visible (scroller_of (view)));

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/collector-view/step-into-collection", test_step_into_collection);
  return g_test_run ();
}
