/* test-compare.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <adwaita.h>
#include <string.h>

#include "pml-compare-window.h"
#include "pml-test-cli.h"

/* Two versions side by side: stepped through list_growth.py under 3.8 and
 * 3.11, the rows the window lists at each line are the ones
 * `pymemlab diff` prints for that line, followed by the whole run's. */

/* `pymemlab diff`'s text -> line (0: the whole run) -> "LABEL\tA\tB" rows */
static GHashTable *
parse_diff (const char *text)
{
  GHashTable *sections = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  GPtrArray *rows = NULL;

  for (guint i = 0; lines[i]; i++)
    {
      const char *l = lines[i];

      if (g_str_equal (l, "The whole run") || (g_str_has_prefix (l, "Line ") && strchr (l, ':')))
        {
          gint line = g_str_equal (l, "The whole run") ? 0 : (gint) g_ascii_strtoll (l + 5, NULL, 10);

          rows = g_ptr_array_new_with_free_func (g_free);
          g_hash_table_insert (sections, GINT_TO_POINTER (line), rows);
        }
      else if (rows && g_str_has_prefix (l, "  ") && l[2] != ' ')
        {
          /* a label, then one line per preset: "    NAME:  VALUE" */
          const char *a = strstr (lines[i + 1], ": ");
          const char *b = strstr (lines[i + 2], ": ");

          g_assert_nonnull (a);
          g_assert_nonnull (b);
          g_ptr_array_add (rows, g_strdup_printf ("%s\t%s\t%s", l + 2, g_strchug ((char *) a + 1),
                                                  g_strchug ((char *) b + 1)));
          i += 2;
        }
    }
  return sections;
}

static void
assert_rows_equal (GPtrArray *shown,
                   GPtrArray *expected,
                   gint       line)
{
  g_test_message ("line %d: %u rows shown, %u printed by diff", line, shown->len, expected->len);
  g_assert_cmpuint (shown->len, ==, expected->len);
  for (guint i = 0; i < shown->len; i++)
    g_assert_cmpstr (shown->pdata[i], ==, expected->pdata[i]);
}

static void
test_rows_match_diff (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples", "list_growth.py", NULL);
  g_autofree char *source = NULL;
  g_auto(PmlTestRun) run = { 0 };
  g_autoptr(GHashTable) sections = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  GPtrArray *whole_run;
  PmlCompareWindow *window;
  PmlCompareView *view;
  guint steps = 0;

  g_assert_true (g_file_get_contents (path, &source, NULL, NULL));
  pml_test_run_pymemlab (&run, "diff", "--preset", "cpython-3.8", "--preset", "cpython-3.11", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  sections = parse_diff (run.out);
  whole_run = g_hash_table_lookup (sections, GINT_TO_POINTER (0));
  g_assert_nonnull (whole_run);
  /* the pool sizes, the list's growth and the printed line differ */
  g_assert_cmpuint (g_hash_table_size (sections), >=, 4);

  window = pml_compare_window_new (NULL, path, source, pml_preset_lookup ("cpython-3.8"),
                                   pml_preset_lookup ("cpython-3.11"));
  view = pml_compare_window_get_view (window);
  gtk_window_present (GTK_WINDOW (window));

  /* the step keys' action moves both runs a line */
  g_assert_cmpint (pml_compare_view_get_line (view), ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (window), "compare.line-forward", NULL);
  g_assert_cmpint (pml_compare_view_get_line (view), ==, 2);
  gtk_widget_activate_action (GTK_WIDGET (window), "compare.go-start", NULL);
  g_assert_cmpint (pml_compare_view_get_line (view), ==, 0);

  do
    {
      gint line = pml_compare_view_get_line (view);
      g_autoptr(GPtrArray) shown = pml_compare_view_get_row_texts (view);
      g_autoptr(GPtrArray) expected = g_ptr_array_new ();
      GPtrArray *at_line = line > 0 ? g_hash_table_lookup (sections, GINT_TO_POINTER (line)) : NULL;

      for (guint i = 0; at_line && i < at_line->len; i++)
        g_ptr_array_add (expected, at_line->pdata[i]);
      for (guint i = 0; i < whole_run->len; i++)
        g_ptr_array_add (expected, whole_run->pdata[i]);
      assert_rows_equal (shown, expected, line);
      g_hash_table_add (seen, GINT_TO_POINTER (line));
      steps++;
    }
  while (pml_compare_view_step (view, TRUE));

  /* every line diff shows a difference at was stepped to */
  {
    GHashTableIter iter;
    gpointer key;

    g_hash_table_iter_init (&iter, sections);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      g_assert_true (g_hash_table_contains (seen, key));
  }
  g_assert_cmpuint (steps, >, 20);

  /* and back */
  g_assert_true (pml_compare_view_step (view, FALSE));
  gtk_widget_activate_action (GTK_WIDGET (window), "compare.go-end", NULL);
  g_assert_false (pml_compare_view_step (view, TRUE));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A script that cannot run under one version: the message names the
 * version and the place, and the view keeps what it showed */
static void
test_bad_script (void)
{
  PmlCompareView *view = PML_COMPARE_VIEW (g_object_ref_sink (pml_compare_view_new ()));
  g_autoptr(GError) error = NULL;

  g_assert_true (pml_compare_view_load (view, "ok.py", "x = [1]\nprint(x)\n", pml_preset_lookup ("cpython-3.8"),
                                        pml_preset_lookup ("cpython-3.12"), NULL));
  g_assert_false (pml_compare_view_load (view, "bad.py", "x = (1,\nprint(x)\n", pml_preset_lookup ("cpython-3.8"),
                                         pml_preset_lookup ("cpython-3.12"), &error));
  g_assert_nonnull (error);
  g_assert_true (g_str_has_prefix (error->message, "Under cpython-3.8: bad.py:1:5:"));
  g_assert_true (pml_compare_view_step (view, TRUE));
  g_assert_cmpint (pml_compare_view_get_line (view), ==, 1);
  g_object_unref (view);
}

int
main (int argc, char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_test_add_func ("/compare/rows-match-diff", test_rows_match_diff);
  g_test_add_func ("/compare/bad-script", test_bad_script);
  return g_test_run ();
}
