/* test-predict-window.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <adwaita.h>

#include "pml-predict-panel.h"
#include "pml-test-window.h"

/* Predict mode by the keyboard alone, on refcounts.py: F3 turns it on,
 * the step key asks, the answer is typed (or a choice pressed) and
 * checked with Enter, and the step key shows the line run. The answers
 * are python3.11's: line 8 prints sys.getrefcount (data) = 3, so after
 * line 7 data's count is 2; line 10's list [data, data] makes the first
 * 16-byte block (its two slots) the script asks for, in a fresh pool. */

static void
test_keyboard_only (void)
{
  PmlWindow *window = pml_test_new_window ();
  g_autoptr(GFile) example = g_file_new_for_uri (PML_TEST_EXAMPLES "refcounts.py");
  PmlPredictPanel *panel;
  const PmlQuestion *q;

  pml_window_open_trace (window, example);
  pml_test_wait_for_loading (window);
  gtk_window_present (GTK_WINDOW (window));
  pml_test_wait (200);
  pml_test_run_to_line (window, 7);
  panel = PML_PREDICT_PANEL (pml_test_find_widget (GTK_WIDGET (window), PML_TYPE_PREDICT_PANEL));
  g_assert_nonnull (panel);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (panel)));

  if (!pml_test_press_keys (window, "F3"))
    goto out;
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (panel)));

  /* the step key asks first, and does not step */
  pml_test_press_keys (window, "F8");
  g_assert_cmpint (pml_window_get_script_line (window), ==, 7);
  g_assert_true (pml_predict_panel_is_waiting (panel));
  q = pml_predict_panel_get_question (panel);
  g_assert_cmpint (q->kind, ==, PML_QUESTION_REFCOUNT);
  /* pressing it again while unanswered keeps the question */
  pml_test_press_keys (window, "F8");
  g_assert_cmpint (pml_window_get_script_line (window), ==, 7);

  /* the answer's entry has the focus: type, Enter checks */
  pml_test_press_keys (window, "2 Return");
  g_assert_true (pml_predict_panel_is_answered (panel));
  g_assert_cmpuint (pml_predict_panel_get_n_right (panel), ==, 1);
  g_assert_cmpuint (pml_predict_panel_get_n_asked (panel), ==, 1);

  /* the step key reveals: line 7 ran */
  pml_test_press_keys (window, "F8");
  g_assert_cmpint (pml_window_get_script_line (window), ==, 8);

  /* line 8 (a print) asks nothing: on to line 10, which asks where its
   * block comes from; Tab to the second choice (a fresh pool from the
   * front of usable_arenas), then a wrong one would be the first */
  pml_test_press_keys (window, "F8");
  g_assert_cmpint (pml_window_get_script_line (window), ==, 10);
  pml_test_press_keys (window, "F8");
  g_assert_cmpint (pml_window_get_script_line (window), ==, 10);
  q = pml_predict_panel_get_question (panel);
  g_assert_cmpint (q->kind, ==, PML_QUESTION_POOL);
  pml_test_press_keys (window, "Tab Tab Return");
  g_assert_true (pml_predict_panel_is_answered (panel));
  /* Tab twice from the first choice: the third, a new arena, is wrong */
  g_assert_cmpuint (pml_predict_panel_get_n_right (panel), ==, 1);
  g_assert_cmpuint (pml_predict_panel_get_n_asked (panel), ==, 2);
  pml_test_press_keys (window, "F8");
  g_assert_cmpint (pml_window_get_script_line (window), ==, 11);

  /* F3 again: stepping is plain stepping */
  pml_test_press_keys (window, "F3");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (panel)));
  pml_test_press_keys (window, "F8");
  g_assert_cmpint (pml_window_get_script_line (window), ==, 13);

out:
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/predict-window/keyboard-only", test_keyboard_only);
  return g_test_run ();
}
