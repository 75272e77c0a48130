/* test-window.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define _GNU_SOURCE
#include <adwaita.h>
#include <glib/gstdio.h>
#include <gtksourceview/gtksource.h>

#include <string.h>
#include <cairo.h>

#include "pml-application.h"
#include "pml-example-gallery.h"
#include "pml-export-dialog.h"
#include "pml-heap-layout.h"
#include "pml-heap-view.h"
#include "pml-legend.h"
#include "pml-inspector.h"
#include "pml-objects-view.h"
#include "pml-pool-view.h"
#include "pml-test-cli.h"
#include "pml-test-window.h"
#include "pml-preferences-window.h"
#include "pml-window.h"

/* The window as a user drives it: open the bundled example, step with
 * the transport actions, and survive a bad file without losing what was
 * open. The example (small_basic) holds 20,000 requests. */

static void
test_open_example_and_step (void)
{
  PmlWindow *window = pml_test_new_window ();

  g_assert_cmpuint (pml_window_get_n_steps (window), ==, 0);
  pml_test_activate (window, "win.open-example");
  g_assert_true (pml_window_is_loading (window));
  pml_test_wait_for_loading (window);
  g_assert_cmpuint (pml_window_get_n_steps (window), ==, 20000);
  g_assert_cmpuint (pml_window_get_step (window), ==, 0);

  pml_test_activate (window, "sim.step-forward");
  pml_test_activate (window, "sim.step-forward");
  pml_test_activate (window, "sim.step-forward");
  g_assert_cmpuint (pml_window_get_step (window), ==, 3);
  pml_test_activate (window, "sim.step-back");
  g_assert_cmpuint (pml_window_get_step (window), ==, 2);

  pml_test_activate (window, "sim.go-end");
  g_assert_cmpuint (pml_window_get_step (window), ==, 20000);
  /* at the end there is nothing to step forward to */
  gtk_widget_activate_action (GTK_WIDGET (window), "sim.step-forward", NULL);
  g_assert_cmpuint (pml_window_get_step (window), ==, 20000);
  pml_test_activate (window, "sim.go-start");
  g_assert_cmpuint (pml_window_get_step (window), ==, 0);

  /* the first request maps an arena, carves and sets up a pool, hands
   * out a block and extends the chain: five events, one request */
  for (guint i = 0; i < 5; i++)
    pml_test_activate (window, "sim.event-forward");
  g_assert_cmpuint (pml_window_get_step (window), ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
}

static void
test_bad_file_keeps_open_trace (void)
{
  PmlWindow *window = pml_test_new_window ();
  g_autofree char *dir = g_dir_make_tmp ("pymemlab-window-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "broken.trace", NULL);
  g_autoptr(GFile) broken = g_file_new_for_path (path);

  g_assert_true (g_file_set_contents (path, "pymemlab-trace 1\nm 10 5\nf 11\n", -1, NULL));
  pml_test_activate (window, "win.open-example");
  pml_test_wait_for_loading (window);
  pml_test_activate (window, "sim.step-forward");

  pml_window_open_trace (window, broken);
  pml_test_wait_for_loading (window);
  g_assert_cmpuint (pml_window_get_n_steps (window), ==, 20000);
  g_assert_cmpuint (pml_window_get_step (window), ==, 1);

  g_unlink (path);
  g_rmdir (dir);
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
}

/* A scenario opens like a trace: it runs in the worker, its requests are
 * the steps, and each step knows the script line that made it, in
 * program order after the interpreter's own start-up (line 0) */
static void
test_open_scenario (void)
{
  PmlWindow *window = pml_test_new_window ();
  g_autofree char *dir = g_dir_make_tmp ("pymemlab-window-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "lists.py", NULL);
  g_autofree char *bad_path = g_build_filename (dir, "bad.py", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  gint last = 0;
  gboolean saw_line_2 = FALSE;
  guint n;

  g_assert_true (g_file_set_contents (path, "import gc\na = [object(), object()]\nb = {'k': a}\ngc.collect()\n"
                                      "c = str(len(a)) * 100\n", -1, NULL));
  g_assert_true (g_file_set_contents (bad_path, "from gc import *\n", -1, NULL));
  pml_window_open_trace (window, file);
  pml_test_wait_for_loading (window);
  n = pml_window_get_n_steps (window);
  g_assert_cmpuint (n, >, 0);
  /* it opens past the start-up's requests, as line 1 starts */
  g_assert_cmpuint (pml_window_get_step (window), >, 0);
  g_assert_cmpint (pml_window_get_script_line (window), ==, 1);
  /* a line at a time: 1, 2, then back to 1 and to the start-up (line 0) */
  pml_test_activate (window, "sim.line-forward");
  g_assert_cmpint (pml_window_get_script_line (window), ==, 2);
  pml_test_activate (window, "sim.line-back");
  g_assert_cmpint (pml_window_get_script_line (window), ==, 1);
  pml_test_activate (window, "sim.line-back");
  g_assert_cmpint (pml_window_get_script_line (window), ==, 0);
  g_assert_cmpuint (pml_window_get_step (window), ==, 0);
  pml_test_activate (window, "sim.go-start");
  for (guint i = 0; i < n; i++)
    {
      gint line;

      pml_test_activate (window, "sim.step-forward");
      line = pml_window_get_script_line (window);
      g_assert_cmpint (line, >=, last);
      g_assert_cmpint (line, <=, 5);
      saw_line_2 |= line == 2;
      last = line;
    }
  g_assert_true (saw_line_2);
  g_assert_cmpint (last, ==, 5);
  /* gc.collect () on line 4, then the shutdown's: before the modules
     go, after __main__ is released (finalize_modules) and the last
     (interpreter_clear), at steps in order on the timeline */
  {
    const GArray *collections = pml_window_get_collection_steps (window);

    g_assert_nonnull (collections);
    g_assert_cmpuint (collections->len, ==, 4);
    g_assert_cmpuint (g_array_index (collections, guint, 0), <=, g_array_index (collections, guint, 1));
    g_assert_cmpuint (g_array_index (collections, guint, 2), <=, n);
  }

  /* a script outside the subset is refused; the open one stays */
  pml_window_open_trace (window, bad);
  pml_test_wait_for_loading (window);
  g_assert_cmpuint (pml_window_get_n_steps (window), ==, n);

  g_unlink (path);
  g_unlink (bad_path);
  g_rmdir (dir);
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
}


/* Event by event, the narration says why a count changed before what it
 * is now: refcounts.py's `del alias` (line 13, DELETE_NAME) drops the
 * list's second name: data, box's two slots are left */
static void
test_narration_says_why (void)
{
  PmlWindow *window = pml_test_new_window ();
  g_autoptr(GFile) refcounts = g_file_new_for_uri (PML_TEST_EXAMPLES "refcounts.py");
  gboolean found = FALSE;

  pml_window_open_trace (window, refcounts);
  pml_test_wait_for_loading (window);
  pml_test_run_to_line (window, 13);
  for (guint i = 0; i < 40 && !found; i++)
    {
      g_autofree char *narration = NULL;

      pml_test_activate (window, "sim.event-forward");
      narration = pml_window_dup_narration (window);
      /* inside the line: "Line 13 is running. " comes first */
      if (strstr (narration, "−1: `del alias` unbinds the name — ") != NULL)
        {
          found = TRUE;
          g_assert_true (g_str_has_suffix (narration, "falls to 3."));
        }
    }
  g_assert_true (found);

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
}

/* An example of the gallery, a line at a time: the objects view draws the
 * script's list alone, then with the second list holding it twice; the
 * output pane shows what the lines before printed */
static void
test_example_objects (void)
{
  PmlWindow *window = pml_test_new_window ();
  g_autoptr(GFile) refcounts = g_file_new_for_uri (PML_TEST_EXAMPLES "refcounts.py");

  pml_window_open_trace (window, refcounts);
  pml_test_wait_for_loading (window);
  /* refcounts.py: line 4 makes data, line 10 box; 5, 8, 11 print */
  g_assert_cmpint (pml_window_get_script_line (window), ==, 2);
  g_assert_cmpuint (pml_window_get_n_objects (window), ==, 0);
  /* the module sys and the list data */
  pml_test_run_to_line (window, 7);
  g_assert_cmpuint (pml_window_get_n_objects (window), ==, 2);
  {
    g_autofree char *output = pml_window_dup_output (window);

    g_assert_cmpstr (output, ==, "one name: 2\n");
  }
  /* and box */
  pml_test_run_to_line (window, 13);
  g_assert_cmpuint (pml_window_get_n_objects (window), ==, 3);
  {
    g_autofree char *narration = pml_window_dup_narration (window);

    /* the highlighted line is about to run; the one before ran */
    g_assert_cmpstr (narration, ==, "Line 13 is about to run (line 11 has just run).");
  }
  pml_test_activate (window, "sim.line-back");
  g_assert_cmpint (pml_window_get_script_line (window), ==, 11);
  {
    g_autofree char *output = pml_window_dup_output (window);

    g_assert_cmpstr (output, ==, "one name: 2\ntwo names: 3\n");
  }

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
}

typedef struct
{
  guint  step;
  gint   line;
  guint  n_objects;
  char  *narration;
} Seen;

/* Event by event a scenario interleaves its object events with the
 * allocator's; stepping back retraces the same states in reverse */
static void
test_scenario_events_retrace (void)
{
  PmlWindow *window = pml_test_new_window ();
  g_autoptr(GFile) cycles = g_file_new_for_uri (PML_TEST_EXAMPLES "cycles_and_collect.py");
  g_autoptr(GArray) seen = g_array_new (FALSE, TRUE, sizeof (Seen));
  guint requests = 0, lines = 0;

  pml_window_open_trace (window, cycles);
  pml_test_wait_for_loading (window);
  pml_test_run_to_line (window, 12);
  for (guint i = 0; i < 400 && !pml_window_is_at_end (window); i++)
    {
      Seen s = { pml_window_get_step (window), pml_window_get_script_line (window),
                 pml_window_get_n_objects (window), pml_window_dup_narration (window) };

      g_array_append_val (seen, s);
      pml_test_activate (window, "sim.event-forward");
      requests += pml_window_get_step (window) != s.step;
      lines += pml_window_get_script_line (window) != s.line;
    }
  /* both kinds of event were met: requests made, and lines run (12, then
     Node.__init__'s 6 and 7, 13...) */
  g_assert_cmpuint (requests, >, 0);
  g_assert_cmpuint (lines, >, 2);
  for (guint i = seen->len; i-- > 0;)
    {
      Seen *s = &g_array_index (seen, Seen, i);
      g_autofree char *narration = NULL;

      pml_test_activate (window, "sim.event-back");
      narration = pml_window_dup_narration (window);
      g_assert_cmpuint (pml_window_get_step (window), ==, s->step);
      g_assert_cmpint (pml_window_get_script_line (window), ==, s->line);
      g_assert_cmpuint (pml_window_get_n_objects (window), ==, s->n_objects);
      g_assert_cmpstr (narration, ==, s->narration);
      g_free (s->narration);
    }

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
}

static PmlExportDialog *
find_export_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* owned by GTK */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (PML_IS_EXPORT_DIALOG (window))
        return PML_EXPORT_DIALOG (window);
    }
  return NULL;
}

/* Export: the dialog's choices, then the files they give */
static void
test_export_dialog (void)
{
  PmlWindow *window = pml_test_new_window ();
  g_autofree char *dir = g_dir_make_tmp ("pymemlab-window-XXXXXX", NULL);
  g_autofree char *png_path = g_build_filename (dir, "heap.png", NULL);
  g_autofree char *pdf_path = g_build_filename (dir, "all.pdf", NULL);
  g_autoptr(GFile) png = g_file_new_for_path (png_path);
  g_autoptr(GFile) pdf = g_file_new_for_path (pdf_path);
  g_autoptr(GError) error = NULL;
  PmlExportDialog *dialog;
  PmlExportChoice choice;
  cairo_surface_t *surface;

  pml_test_activate (window, "win.open-example");
  pml_test_wait_for_loading (window);
  pml_test_activate (window, "win.export-pool");
  dialog = find_export_dialog ();
  g_assert_nonnull (dialog);
  pml_export_dialog_get_choice (dialog, &choice);
  g_assert_false (choice.all_views);
  g_assert_cmpint (choice.view, ==, PML_VIEW_POOL);
  g_assert_cmpint (choice.format, ==, PML_EXPORT_PNG);
  g_assert_cmpfloat (choice.width, ==, 1200);
  g_assert_cmpfloat (choice.scale, ==, 2);
  g_assert_cmpint (choice.theme, ==, PML_THEME_PRINT);
  /* every view is a PDF */
  choice.all_views = TRUE;
  pml_export_dialog_set_choice (dialog, &choice);
  pml_export_dialog_get_choice (dialog, &choice);
  g_assert_cmpint (choice.format, ==, PML_EXPORT_PDF);
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* a PNG 800 points wide at 1.5 pixels a point */
  choice = (PmlExportChoice) { FALSE, PML_VIEW_HEAP, PML_EXPORT_PNG, 800, 1.5, PML_THEME_DARK };
  g_assert_true (pml_window_export_to (window, &choice, png, &error));
  g_assert_no_error (error);
  surface = cairo_image_surface_create_from_png (png_path);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 1200);
  cairo_surface_destroy (surface);

  /* at the start nothing is allocated: the heap and usedpools only; after
     the first request, one pool is in use: a third page */
  choice = (PmlExportChoice) { TRUE, PML_VIEW_HEAP, PML_EXPORT_PDF, 1000, 1, PML_THEME_PRINT };
  g_assert_true (pml_window_export_to (window, &choice, pdf, &error));
  g_assert_cmpuint (pml_test_count_pdf_pages (pdf_path), ==, 2);
  pml_test_activate (window, "sim.step-forward");
  g_assert_true (pml_window_export_to (window, &choice, pdf, &error));
  g_assert_cmpuint (pml_test_count_pdf_pages (pdf_path), ==, 3);

  g_unlink (png_path);
  g_unlink (pdf_path);
  g_rmdir (dir);
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
}

/* The choices of the export dialog's What row */
static GListModel *
what_rows (PmlExportDialog *dialog)
{
  GObject *row = gtk_widget_get_template_child (GTK_WIDGET (dialog), PML_TYPE_EXPORT_DIALOG, "what_row");

  return adw_combo_row_get_model (ADW_COMBO_ROW (row));
}

/* The pages "every view" gives for the heap alone, with no objects, as
 * @uri's run leaves it when line @line starts: the same run outside the
 * window */
static guint
count_heap_pages (const char *uri,
                  gint        line)
{
  PmlInterpOptions options = { 10000000, TRUE, FALSE, FALSE, TRUE };
  g_autoptr(GFile) file = g_file_new_for_uri (uri);
  g_autoptr(PmlHeap) heap = pml_heap_new (pml_preset_get_default ());
  g_autoptr(GArray) pages = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *source = NULL;
  PmlDiagram model = { .view = { PML_VIEW_HEAP, 0, 0 }, .width = 1000, .scale = 1 };
  PmlInterp *interp = pml_interp_new (heap, &options);
  gsize length;
  guint n;

  g_assert_true (g_file_load_contents (file, NULL, &source, &length, NULL, &error));
  g_assert_true (pml_interp_load (interp, uri, source, length, &error));
  pml_interp_run (interp);
  n = pml_interp_get_n_events (interp);
  for (guint i = 0; i < n; i++)
    {
      const PmlObjEvent *ev = pml_interp_get_event (interp, i);

      if (pml_obj_event_get_kind (ev) == PML_OBJ_EVENT_LINE && pml_obj_event_get_value (ev) == line)
        {
          pml_interp_seek (interp, i);
          break;
        }
    }
  pml_palette_init (&model.palette, PML_THEME_PRINT, FALSE);
  pages = pml_diagram_all_view_pages (&model, heap);
  pml_interp_free (interp);
  return pages->len;
}

/* A scenario's export offers its objects, a trace's does not: an SVG of
 * the objects alone, and every view with one page more than the heap's */
static void
test_export_objects (void)
{
  PmlWindow *window = pml_test_new_window ();
  g_autoptr(GFile) cycles = g_file_new_for_uri (PML_TEST_EXAMPLES "cycles_and_collect.py");
  g_autofree char *dir = g_dir_make_tmp ("pymemlab-window-XXXXXX", NULL);
  g_autofree char *svg_path = g_build_filename (dir, "objects.svg", NULL);
  g_autofree char *pdf_path = g_build_filename (dir, "all.pdf", NULL);
  g_autoptr(GFile) svg = g_file_new_for_path (svg_path);
  g_autoptr(GFile) pdf = g_file_new_for_path (pdf_path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  const char *card = "75.294118%,74.901961%,73.72549%";    /* #c0bfbc */
  const char *accent = "10.980392%,44.313725%,84.705882%"; /* #1c71d8 */
  PmlExportChoice choice = { FALSE, PML_VIEW_OBJECTS, PML_EXPORT_SVG, 1200, 1, PML_THEME_LIGHT };
  PmlExportDialog *dialog;
  guint heap_pages;

  /* a trace: heap, pool and every view; asking for objects gets the heap */
  pml_test_activate (window, "win.open-example");
  pml_test_wait_for_loading (window);
  pml_test_activate (window, "win.export-heap");
  dialog = find_export_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpuint (g_list_model_get_n_items (what_rows (dialog)), ==, 3);
  pml_export_dialog_set_choice (dialog, &choice);
  pml_export_dialog_get_choice (dialog, &choice);
  g_assert_cmpint (choice.view, ==, PML_VIEW_HEAP);
  gtk_window_destroy (GTK_WINDOW (dialog));
  choice.view = PML_VIEW_OBJECTS;
  g_assert_false (pml_window_export_to (window, &choice, svg, &error));
  g_assert_error (error, PML_EXPORT_ERROR, PML_EXPORT_ERROR_VIEW);
  g_clear_error (&error);
  g_assert_false (g_file_test (svg_path, G_FILE_TEST_EXISTS));

  /* the scenario as line 16 (del a, b) starts: a and b hold the cycle */
  pml_window_open_trace (window, cycles);
  pml_test_wait_for_loading (window);
  pml_test_run_to_line (window, 16);
  pml_test_activate (window, "win.export-heap");
  dialog = find_export_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpuint (g_list_model_get_n_items (what_rows (dialog)), ==, 4);
  pml_export_dialog_set_choice (dialog, &choice);
  pml_export_dialog_get_choice (dialog, &choice);
  g_assert_false (choice.all_views);
  g_assert_cmpint (choice.view, ==, PML_VIEW_OBJECTS);
  g_assert_cmpint (choice.format, ==, PML_EXPORT_SVG);
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* six white cards (the module gc, the class Node, its __init__ and
     __del__, the two Nodes) and four names outlined (gc, Node, a, b) */
  g_assert_true (pml_window_export_to (window, &choice, svg, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (svg_path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "<svg"));
  g_assert_cmpuint (pml_test_count_svg_paths (contents, "100%,100%,100%", card), ==, 6);
  g_assert_cmpuint (pml_test_count_svg_paths (contents, "100%,100%,100%", accent), ==, 4);

  heap_pages = count_heap_pages (PML_TEST_EXAMPLES "cycles_and_collect.py", 16);
  g_assert_cmpuint (heap_pages, >=, 3);
  choice = (PmlExportChoice) { TRUE, PML_VIEW_HEAP, PML_EXPORT_PDF, 1000, 1, PML_THEME_PRINT };
  g_assert_true (pml_window_export_to (window, &choice, pdf, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (pml_test_count_pdf_pages (pdf_path), ==, heap_pages + 1);

  g_unlink (svg_path);
  g_unlink (pdf_path);
  g_rmdir (dir);
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
}

/* Stop: the open stops, nothing is lost, the window stays usable */
static void
test_stop_loading (void)
{
  PmlWindow *window = pml_test_new_window ();

  pml_test_activate (window, "win.open-example");
  pml_test_activate (window, "win.stop-loading");
  pml_test_wait_for_loading (window);
  g_assert_false (pml_window_is_loading (window));

  pml_test_activate (window, "win.open-example");
  pml_test_wait_for_loading (window);
  g_assert_cmpuint (pml_window_get_n_steps (window), ==, 20000);

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
}

/* Copy puts the heap diagram on the clipboard as an image */
static void
test_copy_heap (void)
{
  PmlWindow *window = pml_test_new_window ();
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (window));
  GdkContentFormats *formats;

  pml_test_activate (window, "win.open-example");
  pml_test_wait_for_loading (window);
  pml_test_activate (window, "sim.go-end");
  pml_test_activate (window, "win.copy-heap");

  formats = gdk_clipboard_get_formats (clipboard);
  g_assert_true (gdk_content_formats_contain_gtype (formats, GDK_TYPE_TEXTURE));

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
}

/* The preferences write the GSettings keys the window reads */
static void
test_preferences (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.pymemlab.PyMemLab");
  GtkWidget *preferences = pml_preferences_window_new (NULL);
  AdwComboRow *preset_row = NULL;
  GtkSwitch *presenter = NULL;
  g_autofree char *preset = NULL;

  g_object_ref_sink (preferences);
  preset_row = ADW_COMBO_ROW (gtk_widget_get_template_child (preferences, PML_TYPE_PREFERENCES_WINDOW,
                                                             "preset_row"));
  presenter = GTK_SWITCH (gtk_widget_get_template_child (preferences, PML_TYPE_PREFERENCES_WINDOW,
                                                         "presenter_switch"));

  /* presets are listed 3.8 first; the default 3.11 is the fourth */
  g_assert_cmpuint (adw_combo_row_get_selected (preset_row), ==, 3);
  adw_combo_row_set_selected (preset_row, 0);
  preset = g_settings_get_string (settings, "preset");
  g_assert_cmpstr (preset, ==, "cpython-3.8");

  g_assert_false (g_settings_get_boolean (settings, "presenter-mode"));
  gtk_switch_set_active (presenter, TRUE);
  g_assert_true (g_settings_get_boolean (settings, "presenter-mode"));

  g_settings_reset (settings, "preset");
  g_settings_reset (settings, "presenter-mode");
  gtk_window_destroy (GTK_WINDOW (preferences));
  g_object_unref (preferences);
}

typedef struct
{
  guint keyval;
  GdkModifierType modifiers;
  char *action;               /* NULL for a callback */
} BoundKey;

static void
bound_key_clear (gpointer data)
{
  g_free (((BoundKey *) data)->action);
}

static void
add_bound_key (GArray     *keys,
               guint       keyval,
               GdkModifierType modifiers,
               const char *action)
{
  BoundKey key = { gdk_keyval_to_lower (keyval), modifiers, g_strdup (action) };

  g_array_append_val (keys, key);
}

/* Every key the window's shortcut controllers and the application's
 * accelerators handle, with the action it names (GTK's own bindings,
 * signal actions, left out) */
static GArray *
collect_bound_keys (PmlWindow *window)
{
  GArray *keys = g_array_new (FALSE, FALSE, sizeof (BoundKey));
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (window));
  g_auto(GStrv) actions = gtk_application_list_action_descriptions (application);

  g_array_set_clear_func (keys, bound_key_clear);
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

          if (!GTK_IS_KEYVAL_TRIGGER (trigger) || GTK_IS_SIGNAL_ACTION (action))
            continue;
          add_bound_key (keys, gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)),
                         gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)),
                         GTK_IS_NAMED_ACTION (action)
                           ? gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)) : NULL);
        }
    }
  for (guint i = 0; actions[i] != NULL; i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (application, actions[i]);
      /* the application's actions take no target: the description is the name */
      for (guint j = 0; accels[j] != NULL; j++)
        {
          guint keyval;
          GdkModifierType modifiers;

          g_assert_true (gtk_accelerator_parse (accels[j], &keyval, &modifiers));
          add_bound_key (keys, keyval, modifiers, actions[i]);
        }
    }
  return keys;
}

/* The accelerators the shortcuts window lists */
static GHashTable *
collect_documented_keys (GtkWidget *widget,
                         GHashTable *documented)
{
  if (GTK_IS_SHORTCUTS_SHORTCUT (widget))
    {
      g_autofree char *accelerator = NULL;
      g_auto(GStrv) alternatives = NULL;

      g_object_get (widget, "accelerator", &accelerator, NULL);
      alternatives = g_strsplit (accelerator != NULL ? accelerator : "", " ", -1);
      for (guint i = 0; alternatives[i] != NULL; i++)
        {
          guint keyval;
          GdkModifierType modifiers;

          if (alternatives[i][0] == '\0')
            continue;
          g_assert_true (gtk_accelerator_parse (alternatives[i], &keyval, &modifiers));
          g_hash_table_add (documented, gtk_accelerator_name (gdk_keyval_to_lower (keyval), modifiers));
        }
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_documented_keys (child, documented);
  return documented;
}

static gboolean
key_is_documented (GHashTable     *documented,
                   const BoundKey *key)
{
  g_autofree char *name = gtk_accelerator_name (key->keyval, key->modifiers);

  return g_hash_table_contains (documented, name);
}

/* The shortcuts window lists every key the window answers: a key is
 * documented itself, or it is an alias (Ctrl+= for Ctrl+plus, the
 * keypad's Enter) of a documented key with the same action */
static void
test_help_overlay (void)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/io/github/pymemlab/PyMemLab/gtk/help-overlay.ui");
  GObject *overlay = gtk_builder_get_object (builder, "help_overlay");
  PmlWindow *window = pml_test_new_window ();
  g_autoptr(GArray) bound = collect_bound_keys (window);
  g_autoptr(GHashTable) documented = collect_documented_keys (GTK_WIDGET (overlay),
                                                              g_hash_table_new_full (g_str_hash, g_str_equal,
                                                                                     g_free, NULL));
  g_autoptr(GString) missing = g_string_new (NULL);

  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (overlay));
  /* F8, Ctrl+O, F1 at least: the walk found the controllers */
  g_assert_cmpuint (bound->len, >=, 20);
  for (guint i = 0; i < bound->len; i++)
    {
      const BoundKey *key = &g_array_index (bound, BoundKey, i);
      gboolean alias = FALSE;

      if (key_is_documented (documented, key))
        continue;
      for (guint j = 0; j < bound->len && key->action != NULL && !alias; j++)
        {
          const BoundKey *other = &g_array_index (bound, BoundKey, j);

          alias = other->action != NULL && g_str_equal (other->action, key->action)
                  && key_is_documented (documented, other);
        }
      if (!alias)
        {
          g_autofree char *label = gtk_accelerator_name (key->keyval, key->modifiers);

          g_string_append_printf (missing, " %s (%s)", label, key->action != NULL ? key->action : "a callback");
        }
    }
  if (missing->len > 0)
    g_error ("keys missing from the shortcuts window:%s", missing->str);
  gtk_window_destroy (GTK_WINDOW (overlay));
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
}

/* Issue 15: the transport's keys and Run work wherever the focus is:
 * in the editor (which would take Ctrl+Home and Ctrl+Return), in a
 * diagram inside the panes (GtkPaned takes F6 and F8) */
static void
test_keys_where_the_focus_is (void)
{
  PmlWindow *window = pml_test_new_window ();
  g_autoptr(GFile) refcounts = g_file_new_for_uri (PML_TEST_EXAMPLES "refcounts.py");
  GtkTextBuffer *buffer = pml_window_get_script_buffer (window);
  GtkWidget *editor;
  g_autofree char *text = NULL;
  GtkTextIter start, end;
  guint step;

  gtk_window_present (GTK_WINDOW (window));
  pml_window_open_trace (window, refcounts);
  pml_test_wait_for_loading (window);
  pml_test_wait (200);
  editor = pml_test_find_widget (GTK_WIDGET (window), GTK_SOURCE_TYPE_VIEW);
  gtk_widget_grab_focus (editor);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_cmpint (pml_window_get_script_line (window), ==, 2);

  if (!pml_test_press_keys (window, "F8"))
    goto out;
  g_assert_true (gtk_widget_has_focus (editor));
  g_assert_cmpint (pml_window_get_script_line (window), ==, 4);
  pml_test_press_keys (window, "shift+F8");
  g_assert_cmpint (pml_window_get_script_line (window), ==, 2);
  step = pml_window_get_step (window);
  pml_test_press_keys (window, "F6");
  g_assert_cmpuint (pml_window_get_step (window), ==, step + 1);
  pml_test_press_keys (window, "shift+F6");
  g_assert_cmpuint (pml_window_get_step (window), ==, step);
  pml_test_press_keys (window, "ctrl+End");
  g_assert_true (pml_window_is_at_end (window));
  /* at the end F8 does nothing, and leaves the focus where it is */
  pml_test_press_keys (window, "F8");
  g_assert_true (gtk_widget_has_focus (editor));
  pml_test_press_keys (window, "ctrl+Home");
  g_assert_cmpuint (pml_window_get_step (window), ==, 0);

  /* Ctrl+Return runs the script again (back at its first line), and the
     text has no new line */
  pml_test_press_keys (window, "ctrl+End");
  pml_test_press_keys (window, "ctrl+Return");
  pml_test_wait_for_loading (window);
  g_assert_false (pml_window_is_at_end (window));
  g_assert_cmpint (pml_window_get_script_line (window), ==, 2);
  {
    g_autofree char *after = NULL;

    gtk_text_buffer_get_bounds (buffer, &start, &end);
    after = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    g_assert_cmpstr (after, ==, text);
    g_assert_false (gtk_text_buffer_get_modified (buffer));
  }

  /* the objects view, inside two GtkPaned and a GtkScrolledWindow */
  gtk_widget_grab_focus (pml_window_get_objects_view (window));
  pml_test_press_keys (window, "F8");
  g_assert_true (gtk_widget_has_focus (pml_window_get_objects_view (window)));
  g_assert_cmpint (pml_window_get_script_line (window), ==, 4);
  pml_test_press_keys (window, "ctrl+End");
  g_assert_true (pml_window_is_at_end (window));
  pml_test_press_keys (window, "ctrl+Home");
  g_assert_cmpuint (pml_window_get_step (window), ==, 0);

out:
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
}
static GtkWidget *
template_child (PmlWindow  *window,
                const char *name)
{
  return GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), PML_TYPE_WINDOW, name));
}

static GtkStack *
view_stack (PmlWindow *window)
{
  return GTK_STACK (gtk_widget_get_ancestor (pml_window_get_objects_view (window), GTK_TYPE_STACK));
}

static void
insert_text (PmlWindow  *window,
             const char *text)
{
  GtkTextBuffer *buffer = pml_window_get_script_buffer (window);
  GtkTextIter end;

  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_insert (buffer, &end, text, -1);
}

/* Issue 15: New Script leaves nothing of the old run to step under its
 * empty editor */
static void
test_new_script_clears_run (void)
{
  PmlWindow *window = pml_test_new_window ();
  g_autoptr(GFile) refcounts = g_file_new_for_uri (PML_TEST_EXAMPLES "refcounts.py");

  pml_window_open_trace (window, refcounts);
  pml_test_wait_for_loading (window);
  /* the module sys and the list data */
  pml_test_run_to_line (window, 10);
  g_assert_cmpuint (pml_window_get_n_objects (window), ==, 2);

  pml_test_activate (window, "win.new-script");
  g_assert_cmpuint (pml_window_get_n_steps (window), ==, 0);
  g_assert_cmpuint (pml_window_get_n_objects (window), ==, 0);
  g_assert_cmpint (pml_window_get_script_line (window), ==, 0);
  g_assert_true (pml_window_is_at_end (window));
  g_assert_false (pml_window_is_stale (window));
  {
    g_autofree char *output = pml_window_dup_output (window);

    g_assert_cmpstr (output, ==, "");
  }
  /* the transport is off */
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (window), "sim.line-forward", NULL) &&
                  pml_window_get_n_steps (window) > 0);
  g_assert_false (gtk_widget_get_sensitive (template_child (window, "line_forward_button")));

  /* and the new script runs */
  insert_text (window, "numbers = [1, 2, 3]\nprint(len(numbers))\n");
  pml_test_activate (window, "win.run");
  pml_test_wait_for_loading (window);
  g_assert_cmpuint (pml_window_get_n_steps (window), >, 0);
  g_assert_cmpint (pml_window_get_script_line (window), ==, 1);

  gtk_text_buffer_set_modified (pml_window_get_script_buffer (window), FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
}

/* The toast shown, as a widget, or NULL */
static GtkWidget *
find_toast (PmlWindow *window)
{
  GType type = g_type_from_name ("AdwToastWidget");

  g_assert_true (type != 0);
  return pml_test_find_widget (GTK_WIDGET (window), type);
}

/* Issue 15: an edit, or a Run that fails, leaves the diagrams of the last
 * run that worked: they say so, greyed, until a Run brings them up to
 * date. A script never saved is named as such in its errors; the error's
 * toast stays over the diagrams, clear of the transport, and goes with
 * the fix. */
static void
test_edits_make_diagrams_stale (void)
{
  PmlWindow *window = pml_test_new_window ();
  g_autoptr(GFile) refcounts = g_file_new_for_uri (PML_TEST_EXAMPLES "refcounts.py");
  GtkWidget *views = GTK_WIDGET (view_stack (window));
  GtkWidget *banner = template_child (window, "stale_revealer");

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  pml_window_open_trace (window, refcounts);
  pml_test_wait_for_loading (window);
  g_assert_false (pml_window_is_stale (window));
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (banner)));

  insert_text (window, "extra = data\n");
  g_assert_true (pml_window_is_stale (window));
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (banner)));
  g_assert_true (gtk_widget_has_css_class (views, "stale-views"));
  /* undone: the diagrams are of this text again */
  gtk_text_buffer_undo (pml_window_get_script_buffer (window));
  g_assert_false (pml_window_is_stale (window));
  g_assert_false (gtk_widget_has_css_class (views, "stale-views"));
  insert_text (window, "extra = data\n");
  g_assert_true (pml_window_is_stale (window));
  pml_test_activate (window, "win.run");
  pml_test_wait_for_loading (window);
  g_assert_false (pml_window_is_stale (window));
  g_assert_false (gtk_widget_has_css_class (views, "stale-views"));

  /* another CPython version in the preferences: the run was of the one
     before */
  {
    g_autoptr(GSettings) settings = g_settings_new ("io.github.pymemlab.PyMemLab");

    g_settings_set_string (settings, "preset", "cpython-3.12");
    g_assert_true (pml_window_is_stale (window));
    g_settings_set_string (settings, "preset", "cpython-3.11");
    g_assert_false (pml_window_is_stale (window));
  }

  /* a syntax error: the views stay, stale */
  insert_text (window, "broken = [1, 2\n");
  pml_test_activate (window, "win.run");
  pml_test_wait_for_loading (window);
  g_assert_true (pml_window_is_stale (window));
  g_assert_cmpint (pml_window_get_error_line (window), >, 0);
  for (guint i = 0; i < 50 && find_toast (window) == NULL; i++)
    pml_test_wait (100);
  pml_test_wait (400);
  {
    GtkWidget *toast = find_toast (window);
    GtkWidget *timeline = template_child (window, "timeline");
    graphene_rect_t toast_bounds, timeline_bounds;

    g_assert_nonnull (toast);
    g_assert_true (gtk_widget_compute_bounds (toast, GTK_WIDGET (window), &toast_bounds));
    g_assert_true (gtk_widget_compute_bounds (timeline, GTK_WIDGET (window), &timeline_bounds));
    g_assert_cmpfloat (toast_bounds.origin.y + toast_bounds.size.height, <=, timeline_bounds.origin.y);
  }
  /* the fix (any edit) sends the error away, once it has faded */
  insert_text (window, "fixed = 1\n");
  for (guint i = 0; i < 50 && find_toast (window) != NULL; i++)
    pml_test_wait (100);
  g_assert_null (find_toast (window));

  /* a new script, never saved: its errors name no file that is not there */
  gtk_text_buffer_set_modified (pml_window_get_script_buffer (window), FALSE);
  pml_test_activate (window, "win.new-script");
  insert_text (window, "values = [1, 2\n");
  pml_test_activate (window, "win.run");
  pml_test_wait_for_loading (window);
  {
    g_autofree char *narration = pml_window_dup_narration (window);

    g_assert_true (g_str_has_prefix (narration, "<unsaved script>:1:"));
    g_assert_null (strstr (narration, "Untitled"));
  }

  gtk_text_buffer_set_modified (pml_window_get_script_buffer (window), FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
}

/* Issue 15: Ctrl+E exports the view on screen; Run keeps the view the
 * teacher chose */
static void
test_export_and_run_follow_the_view (void)
{
  PmlWindow *window = pml_test_new_window ();
  g_autoptr(GFile) cycles = g_file_new_for_uri (PML_TEST_EXAMPLES "cycles_and_collect.py");
  PmlExportDialog *dialog;
  PmlExportChoice choice;

  pml_window_open_trace (window, cycles);
  pml_test_wait_for_loading (window);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (view_stack (window)), ==, "objects");
  pml_test_activate (window, "win.export-view");
  dialog = find_export_dialog ();
  g_assert_nonnull (dialog);
  pml_export_dialog_get_choice (dialog, &choice);
  g_assert_cmpint (choice.view, ==, PML_VIEW_OBJECTS);
  gtk_window_destroy (GTK_WINDOW (dialog));

  gtk_stack_set_visible_child_name (view_stack (window), "heap");
  pml_test_activate (window, "win.export-view");
  dialog = find_export_dialog ();
  pml_export_dialog_get_choice (dialog, &choice);
  g_assert_cmpint (choice.view, ==, PML_VIEW_HEAP);
  gtk_window_destroy (GTK_WINDOW (dialog));

  pml_test_activate (window, "win.run");
  pml_test_wait_for_loading (window);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (view_stack (window)), ==, "heap");

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
}

/* Issue 15: a trace has no script to run and no lines: no greyed Run and
 * Line buttons, no switcher of one tab */
static void
test_trace_shows_what_it_has (void)
{
  PmlWindow *window = pml_test_new_window ();
  g_autoptr(GFile) refcounts = g_file_new_for_uri (PML_TEST_EXAMPLES "refcounts.py");

  pml_test_activate (window, "win.open-example");
  pml_test_wait_for_loading (window);
  g_assert_false (gtk_widget_get_visible (template_child (window, "run_button")));
  g_assert_false (gtk_widget_get_visible (template_child (window, "line_back_button")));
  g_assert_false (gtk_widget_get_visible (template_child (window, "line_forward_button")));
  g_assert_false (gtk_widget_get_visible (template_child (window, "view_switcher")));

  pml_window_open_trace (window, refcounts);
  pml_test_wait_for_loading (window);
  g_assert_true (gtk_widget_get_visible (template_child (window, "run_button")));
  g_assert_true (gtk_widget_get_visible (template_child (window, "line_back_button")));
  g_assert_true (gtk_widget_get_visible (template_child (window, "line_forward_button")));
  g_assert_true (gtk_widget_get_visible (template_child (window, "view_switcher")));

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
}

/* Issue 15: the timeline keeps its length while the position beside it
 * counts up */
static void
test_timeline_keeps_its_length (void)
{
  PmlWindow *window = pml_test_new_window ();
  g_autoptr(GFile) refcounts = g_file_new_for_uri (PML_TEST_EXAMPLES "refcounts.py");
  GtkWidget *timeline = template_child (window, "timeline");
  int width;

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  pml_window_open_trace (window, refcounts);
  pml_test_wait_for_loading (window);
  pml_test_activate (window, "sim.go-start");
  for (guint i = 0; i < 50 && gtk_widget_get_width (timeline) <= 0; i++)
    pml_test_wait (100);
  pml_test_wait (300);
  width = gtk_widget_get_width (timeline);
  g_assert_cmpint (width, >, 0);
  for (guint i = 0; i < 8; i++)
    {
      pml_test_activate (window, "sim.line-forward");
      pml_test_wait (100);
      g_assert_cmpint (gtk_widget_get_width (timeline), ==, width);
    }
  pml_test_activate (window, "sim.go-end");
  pml_test_wait (100);
  g_assert_cmpint (gtk_widget_get_width (timeline), ==, width);

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
}

/* Issue 15: names a screen reader reads: every scroll pane and the
 * progress bar named, the transport's buttons with their direction, the
 * switcher's tabs without mnemonic underscores, the inspector's toggle a
 * toggle button */
static void
check_scrollers_named (GtkWidget *root)
{
  /* a menu's own scroller is GTK's */
  if (GTK_IS_POPOVER (root))
    return;
  if (GTK_IS_SCROLLED_WINDOW (root) || GTK_IS_PROGRESS_BAR (root))
    {
      if (!gtk_test_accessible_has_property (GTK_ACCESSIBLE (root), GTK_ACCESSIBLE_PROPERTY_LABEL))
        g_error ("A %s in a %s has no accessible name", G_OBJECT_TYPE_NAME (root),
                 G_OBJECT_TYPE_NAME (gtk_widget_get_parent (root)));
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    check_scrollers_named (child);
}

static void
test_accessible_names (void)
{
  PmlWindow *window = pml_test_new_window ();
  g_autoptr(GFile) refcounts = g_file_new_for_uri (PML_TEST_EXAMPLES "refcounts.py");
  GtkWidget *switcher = template_child (window, "view_switcher");
  const char *tabs[] = { "Heap and Pools", "Objects" };
  guint n = 0;

  pml_window_open_trace (window, refcounts);
  pml_test_wait_for_loading (window);
  check_scrollers_named (GTK_WIDGET (window));
  gtk_test_accessible_assert_property (template_child (window, "line_back_button"),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Step back one line");
  gtk_test_accessible_assert_property (template_child (window, "line_forward_button"),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Run one line");
  for (GtkWidget *tab = gtk_widget_get_first_child (switcher); tab != NULL; tab = gtk_widget_get_next_sibling (tab))
    {
      g_assert_cmpuint (n, <, G_N_ELEMENTS (tabs));
      gtk_test_accessible_assert_property (tab, GTK_ACCESSIBLE_PROPERTY_LABEL, tabs[n]);
      n++;
    }
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (tabs));
  g_assert_true (GTK_IS_TOGGLE_BUTTON (template_child (window, "inspector_button")));
  /* GTK 4.8 has no toggle-button role: a button with a pressed state */
  gtk_test_accessible_assert_state (template_child (window, "inspector_button"), GTK_ACCESSIBLE_STATE_PRESSED,
                                    GTK_ACCESSIBLE_TRISTATE_FALSE);
  pml_test_activate (window, "win.toggle-inspector");
  gtk_test_accessible_assert_state (template_child (window, "inspector_button"), GTK_ACCESSIBLE_STATE_PRESSED,
                                    GTK_ACCESSIBLE_TRISTATE_TRUE);

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
}

/* Issue 15: a script opened from the gallery shows from its first column
 * and its first line */
static void
test_gallery_opens_at_the_left (void)
{
  PmlWindow *window = pml_test_new_window ();
  GtkWidget *gallery = pml_test_find_widget (GTK_WIDGET (window), PML_TYPE_EXAMPLE_GALLERY);
  GtkWidget *editor = pml_test_find_widget (GTK_WIDGET (window), GTK_SOURCE_TYPE_VIEW);
  GtkWidget *scroller = gtk_widget_get_ancestor (editor, GTK_TYPE_SCROLLED_WINDOW);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  pml_test_wait (200);
  g_signal_emit_by_name (gallery, "example-activated", PML_TEST_EXAMPLES "refcounts.py");
  pml_test_wait_for_loading (window);
  pml_test_wait (300);
  g_assert_cmpfloat (gtk_adjustment_get_value (gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (scroller))),
                     ==, 0);
  g_assert_cmpfloat (gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller))),
                     ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
}

/* Issue 15: in presenter mode the objects are wider than their pane; the
 * view taking the focus must not scroll it to their right end */
static void
test_presenter_objects_from_the_left (void)
{
  PmlWindow *window = pml_test_new_window ();
  g_autoptr(GFile) example = g_file_new_for_uri (PML_TEST_EXAMPLES "del_statement.py");
  g_autoptr(GSettings) settings = g_settings_new ("io.github.pymemlab.PyMemLab");
  GtkWidget *objects = pml_window_get_objects_view (window);
  GtkWidget *scroller = gtk_widget_get_ancestor (objects, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *hadjustment = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (scroller));

  g_settings_set_boolean (settings, "presenter-mode", TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 720);
  gtk_window_present (GTK_WINDOW (window));
  pml_window_open_trace (window, example);
  pml_test_wait_for_loading (window);
  pml_test_activate (window, "win.toggle-inspector");
  pml_test_run_to_line (window, 11);
  for (guint i = 0; i < 50 && gtk_adjustment_get_upper (hadjustment) <= gtk_adjustment_get_page_size (hadjustment);
       i++)
    pml_test_wait (100);
  /* the case: wider than the pane */
  g_assert_cmpfloat (gtk_adjustment_get_upper (hadjustment), >, gtk_adjustment_get_page_size (hadjustment));
  gtk_widget_grab_focus (objects);
  pml_test_wait (500);
  g_assert_cmpfloat (gtk_adjustment_get_value (hadjustment), ==, 0);

  g_settings_set_boolean (settings, "presenter-mode", FALSE);
  gtk_text_buffer_set_modified (pml_window_get_script_buffer (window), FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
}

/* Issue 15: the pool chosen in the heap stays marked, for the inspector
 * beside it; an object chosen instead unmarks it */
static void
test_chosen_pool_marked (void)
{
  PmlWindow *window = pml_test_new_window ();
  g_autoptr(GFile) cycles = g_file_new_for_uri (PML_TEST_EXAMPLES "cycles_and_collect.py");
  GtkWidget *heap_view;
  guint slot = 7, index = 7;

  pml_window_open_trace (window, cycles);
  pml_test_wait_for_loading (window);
  pml_test_run_to_line (window, 16);
  heap_view = pml_test_find_widget (GTK_WIDGET (window), PML_TYPE_HEAP_VIEW);
  g_assert_false (pml_heap_view_get_selected_pool (PML_HEAP_VIEW (heap_view), &slot, &index));
  g_signal_emit_by_name (heap_view, "pool-activated", 0, 1);
  g_assert_true (pml_heap_view_get_selected_pool (PML_HEAP_VIEW (heap_view), &slot, &index));
  g_assert_cmpuint (slot, ==, 0);
  g_assert_cmpuint (index, ==, 1);
  /* an object chosen marks its own pool instead (/window/object-and-block-linked) */
  pml_objects_view_select_index (PML_OBJECTS_VIEW (pml_window_get_objects_view (window)), 0);
  g_assert_true (pml_heap_view_get_selected_pool (PML_HEAP_VIEW (heap_view), &slot, &index) ==
                 (pml_inspector_get_value (PML_INSPECTOR (pml_window_get_inspector (window)), "lives in") != NULL));

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
}

/* Issue 15: choosing an object shows its block in the pool view and its
 * pool in the heap view; choosing a block shows the object living in it,
 * and a block no object lives in shows its pool */
static void
test_object_and_block_linked (void)
{
  PmlWindow *window = pml_test_new_window ();
  g_autoptr(GFile) cycles = g_file_new_for_uri (PML_TEST_EXAMPLES "cycles_and_collect.py");
  PmlObjectsView *objects = PML_OBJECTS_VIEW (pml_window_get_objects_view (window));
  PmlInspector *inspector = PML_INSPECTOR (pml_window_get_inspector (window));
  GtkWidget *heap_view, *pool_view;
  g_autofree char *address_text = NULL;
  guint64 address;
  guint slot, index, expected_slot, expected_index, n_blocks, block, i;
  PmlPoolInfo pool;
  PmlHeap *heap;

  pml_window_open_trace (window, cycles);
  pml_test_wait_for_loading (window);
  pml_test_run_to_line (window, 16);
  heap_view = pml_test_find_widget (GTK_WIDGET (window), PML_TYPE_HEAP_VIEW);
  pool_view = pml_test_find_widget (GTK_WIDGET (window), PML_TYPE_POOL_VIEW);
  heap = pml_heap_view_get_heap (PML_HEAP_VIEW (heap_view));

  /* the first object drawn that lives in a pool (not the system's malloc) */
  for (i = 0; i < pml_objects_view_get_n_nodes (objects); i++)
    {
      pml_objects_view_select_index (objects, i);
      if (pml_inspector_get_value (inspector, "lives in") != NULL)
        break;
    }
  g_assert_cmpuint (i, <, pml_objects_view_get_n_nodes (objects));
  address_text = g_strdup (pml_inspector_get_value (inspector, "address"));
  address = g_ascii_strtoull (address_text + 2, NULL, 16);
  g_assert_true (pml_heap_lookup_pool (heap, address, &expected_slot, &expected_index));
  g_assert_true (pml_heap_get_pool (heap, expected_slot, expected_index, &pool));

  g_assert_true (pml_heap_view_get_selected_pool (PML_HEAP_VIEW (heap_view), &slot, &index));
  g_assert_cmpuint (slot, ==, expected_slot);
  g_assert_cmpuint (index, ==, expected_index);
  pml_pool_view_get_pool (PML_POOL_VIEW (pool_view), &slot, &index);
  g_assert_cmpuint (slot, ==, expected_slot);
  g_assert_cmpuint (index, ==, expected_index);
  /* the object's address lies in the block outlined (after its PyGC_Head) */
  block = (guint) pml_pool_view_get_selected_block (PML_POOL_VIEW (pool_view));
  g_assert_cmpuint (pool.address + 48 + block * PML_INDEX2SIZE (pool.szidx), <=, address);
  g_assert_cmpuint (pool.address + 48 + (block + 1) * PML_INDEX2SIZE (pool.szidx), >, address);

  /* another pool chosen, then the block clicked: the object comes back */
  g_signal_emit_by_name (heap_view, "pool-activated", expected_slot, expected_index == 0 ? 1 : 0);
  g_assert_null (pml_inspector_get_value (inspector, "ob_refcnt"));
  g_signal_emit_by_name (pool_view, "block-activated", expected_slot, expected_index, block);
  g_assert_cmpstr (pml_inspector_get_value (inspector, "address"), ==, address_text);
  g_assert_nonnull (pml_inspector_get_value (inspector, "ob_refcnt"));

  /* a block not handed out holds no object: the pool is shown (the
     pool is used, so it has one) */
  n_blocks = pml_preset_blocks_in_pool (pml_heap_get_preset (heap), pool.szidx);
  g_assert_cmpint (pool.state, ==, PML_POOL_STATE_USED);
  for (block = 0; block < n_blocks; block++)
    if (!pml_heap_block_is_allocated (heap, pool.address + 48 + block * PML_INDEX2SIZE (pool.szidx)))
      break;
  g_assert_cmpuint (block, <, n_blocks);
  g_signal_emit_by_name (pool_view, "block-activated", expected_slot, expected_index, block);
  g_assert_null (pml_inspector_get_value (inspector, "ob_refcnt"));
  g_assert_true (pml_heap_view_get_selected_pool (PML_HEAP_VIEW (heap_view), &slot, &index));
  g_assert_cmpuint (index, ==, expected_index);

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
}

/* Issue 15: the header's legend lists the size classes the heap uses at
 * this step, beside a row for every mark of the diagrams */
static void
test_legend_follows_heap (void)
{
  PmlWindow *window = pml_test_new_window ();
  g_autoptr(GFile) cycles = g_file_new_for_uri (PML_TEST_EXAMPLES "cycles_and_collect.py");
  GtkWidget *legend, *button;
  PmlHeap *heap;

  gtk_window_present (GTK_WINDOW (window));
  pml_window_open_trace (window, cycles);
  pml_test_wait_for_loading (window);
  pml_test_run_to_line (window, 16);
  legend = pml_test_find_widget (GTK_WIDGET (window), PML_TYPE_LEGEND);
  g_assert_nonnull (legend);
  button = gtk_widget_get_ancestor (legend, GTK_TYPE_MENU_BUTTON);
  g_assert_nonnull (button);
  heap = pml_heap_view_get_heap (PML_HEAP_VIEW (pml_test_find_widget (GTK_WIDGET (window), PML_TYPE_HEAP_VIEW)));
  g_assert_true (pml_legend_get_heap (PML_LEGEND (legend)) == heap);

  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  pml_test_wait (200);
  g_assert_true (gtk_widget_get_mapped (legend));
  g_assert_cmpuint (pml_legend_get_n_classes (PML_LEGEND (legend)), >, 0);
  g_assert_cmpuint (pml_legend_get_n_classes (PML_LEGEND (legend)), ==,
                    __builtin_popcount (pml_heap_classes_in_use (heap)));
  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
}

/* Issue 15: at 1280 pixels, with the inspector open beside them, the
 * heap's cards and the pool's blocks fit their panes: nothing is cut */
static void
test_pool_grid_fits_at_1280 (void)
{
  PmlWindow *window = pml_test_new_window ();
  g_autoptr(GFile) cycles = g_file_new_for_uri (PML_TEST_EXAMPLES "cycles_and_collect.py");
  GtkWidget *heap_view, *pool_view;
  GtkAdjustment *heap_h, *pool_h;

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 720);
  gtk_window_present (GTK_WINDOW (window));
  pml_window_open_trace (window, cycles);
  pml_test_wait_for_loading (window);
  pml_test_run_to_line (window, 16);
  heap_view = pml_test_find_widget (GTK_WIDGET (window), PML_TYPE_HEAP_VIEW);
  pool_view = pml_test_find_widget (GTK_WIDGET (window), PML_TYPE_POOL_VIEW);
  gtk_stack_set_visible_child_name (GTK_STACK (gtk_widget_get_ancestor (heap_view, GTK_TYPE_STACK)), "heap");
  g_signal_emit_by_name (heap_view, "pool-activated", 0, 1);
  pml_test_wait (500);

  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 1280);
  g_assert_true (gtk_widget_get_mapped (pool_view));
  g_assert_true (gtk_widget_get_mapped (pml_test_find_widget (GTK_WIDGET (window), PML_TYPE_INSPECTOR)));
  heap_h = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (heap_view,
                                                                                             GTK_TYPE_SCROLLED_WINDOW)));
  pool_h = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (pool_view,
                                                                                             GTK_TYPE_SCROLLED_WINDOW)));
  g_assert_cmpfloat (gtk_adjustment_get_page_size (pool_h), >, 0);
  g_assert_cmpfloat (gtk_adjustment_get_upper (pool_h), <=, gtk_adjustment_get_page_size (pool_h));
  g_assert_cmpfloat (gtk_adjustment_get_upper (heap_h), <=, gtk_adjustment_get_page_size (heap_h));

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
}

static GtkWidget *
find_label (GtkWidget  *root,
            const char *text)
{
  if (GTK_IS_LABEL (root) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (root)), text) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Issue 15: the export dialog's What list shows its choices whole */
static void
test_export_choices_whole (void)
{
  PmlWindow *window = pml_test_new_window ();
  g_autoptr(GFile) cycles = g_file_new_for_uri (PML_TEST_EXAMPLES "cycles_and_collect.py");
  PmlExportDialog *dialog;
  GtkWidget *row, *popover;

  pml_window_open_trace (window, cycles);
  pml_test_wait_for_loading (window);
  pml_test_activate (window, "win.export-view");
  dialog = find_export_dialog ();
  gtk_window_present (GTK_WINDOW (dialog));
  pml_test_wait (200);
  row = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (dialog), PML_TYPE_EXPORT_DIALOG, "what_row"));
  gtk_widget_activate (row);
  pml_test_wait (300);
  popover = pml_test_find_widget (row, GTK_TYPE_POPOVER);
  g_assert_nonnull (popover);
  g_assert_true (gtk_widget_get_visible (popover));
  for (guint i = 0; i < g_list_model_get_n_items (what_rows (dialog)); i++)
    {
      const char *text = gtk_string_list_get_string (GTK_STRING_LIST (what_rows (dialog)), i);
      GtkWidget *label = find_label (popover, text);

      g_assert_nonnull (label);
      g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (label))));
    }
  gtk_popover_popdown (GTK_POPOVER (popover));
  pml_test_wait (300);

  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
}

/* Presenter mode changed after a window was shown and closed: the closed
 * window's presenter-mode action, which follows the settings, must not
 * call on its action group, gone with it (a GLib critical, fatal here) */
static void
test_closed_window_leaves_presenter_mode (void)
{
  PmlWindow *window = pml_test_new_window ();
  g_autoptr(GSettings) settings = g_settings_new ("io.github.pymemlab.PyMemLab");

  gtk_window_present (GTK_WINDOW (window));
  pml_test_wait (200);
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
  pml_test_wait (100);

  g_settings_set_boolean (settings, "presenter-mode", TRUE);
  g_assert_true (g_settings_get_boolean (settings, "presenter-mode"));
  g_settings_reset (settings, "presenter-mode");
}

/* The script's pane takes two fifths of the window (a lesson's lines fit
 * beside the memory gutter at 1280 pixels) until the user drags the
 * divider; then a resize leaves the user's width alone */
static void
test_script_width (void)
{
  PmlWindow *window = pml_test_new_window ();
  g_autoptr(GFile) refcounts = g_file_new_for_uri (PML_TEST_EXAMPLES "refcounts.py");
  GtkPaned *paned = GTK_PANED (gtk_widget_get_parent (template_child (window, "script_pane")));
  int width;

  /* the test's screen is 1280 pixels wide: the window stays inside it */
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  gtk_window_present (GTK_WINDOW (window));
  pml_window_open_trace (window, refcounts);
  pml_test_wait_for_loading (window);
  pml_test_wait (300);
  width = gtk_widget_get_width (GTK_WIDGET (paned));
  g_assert_cmpint (width, >, 1000);
  g_assert_cmpint (ABS (gtk_paned_get_position (paned) - width * 2 / 5), <=, 1);

  /* wider: still two fifths */
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 720);
  pml_test_wait (300);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (paned)), >, width);
  width = gtk_widget_get_width (GTK_WIDGET (paned));
  g_assert_cmpint (ABS (gtk_paned_get_position (paned) - width * 2 / 5), <=, 1);

  /* the inspector opened beside: the diagrams keep their room (the pool
     grid fits: test_pool_grid_fits_at_1280) */
  g_assert_false (gtk_widget_get_visible (template_child (window, "inspector_scroller")));
  pml_test_activate (window, "win.toggle-inspector");
  pml_test_wait (300);
  g_assert_cmpint (gtk_paned_get_position (paned), <, width * 2 / 5);
  g_assert_cmpint (gtk_paned_get_position (paned), >=, 380);
  pml_test_activate (window, "win.toggle-inspector");
  pml_test_wait (300);
  g_assert_cmpint (ABS (gtk_paned_get_position (paned) - width * 2 / 5), <=, 1);

  /* the user's width stays */
  gtk_paned_set_position (paned, 430);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  pml_test_wait (300);
  g_assert_cmpint (gtk_paned_get_position (paned), ==, 430);

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
}

/* Issue 12: a long trace shows its start while the rest is replayed, and
 * the whole trace takes over at the step the user reached */
static void
test_long_trace_preview (void)
{
  PmlWindow *window = pml_test_new_window ();
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "pymemlab-test-long.trace", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GString) text = g_string_new ("pymemlab-trace 1\npreset cpython-3.11\n");
  g_autoptr(GError) error = NULL;
  const guint n_pairs = 300000;
  guint preview_steps = 0, position = 0;

  /* each pair a malloc and its free: 600,000 requests */
  for (guint i = 0; i < n_pairs; i++)
    g_string_append_printf (text, "m %u %u\nf %u\n", i + 1, 8 + i % 400, i + 1);
  g_assert_true (g_file_set_contents (path, text->str, text->len, &error));
  g_assert_no_error (error);

  gtk_window_present (GTK_WINDOW (window));
  pml_window_open_trace (window, file);
  while (pml_window_is_loading (window) && preview_steps == 0)
    {
      g_main_context_iteration (NULL, TRUE);
      preview_steps = pml_window_get_n_steps (window);
    }
  /* the preview came before the end, with the trace's first requests */
  g_assert_true (pml_window_is_loading (window));
  g_assert_cmpuint (preview_steps, >, 0);
  g_assert_cmpuint (preview_steps, <, 2 * n_pairs);
  for (guint i = 0; i < 5; i++)
    pml_test_activate (window, "sim.step-forward");
  position = pml_window_get_step (window);
  g_assert_cmpuint (position, ==, 5);

  pml_test_wait_for_loading (window);
  g_assert_cmpuint (pml_window_get_n_steps (window), ==, 2 * n_pairs);
  g_assert_cmpuint (pml_window_get_step (window), ==, position);

  g_unlink (path);
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/window/open-example-and-step", test_open_example_and_step);
  g_test_add_func ("/window/bad-file-keeps-open-trace", test_bad_file_keeps_open_trace);
  g_test_add_func ("/window/open-scenario", test_open_scenario);
  g_test_add_func ("/window/example-objects", test_example_objects);
  g_test_add_func ("/window/narration-says-why", test_narration_says_why);
  g_test_add_func ("/window/scenario-events-retrace", test_scenario_events_retrace);
  g_test_add_func ("/window/export-dialog", test_export_dialog);
  g_test_add_func ("/window/export-objects", test_export_objects);
  g_test_add_func ("/window/stop-loading", test_stop_loading);
  g_test_add_func ("/window/copy-heap", test_copy_heap);
  g_test_add_func ("/window/preferences", test_preferences);
  g_test_add_func ("/window/help-overlay", test_help_overlay);
  g_test_add_func ("/window/presenter-objects-from-the-left", test_presenter_objects_from_the_left);
  g_test_add_func ("/window/keys-where-the-focus-is", test_keys_where_the_focus_is);
  g_test_add_func ("/window/new-script-clears-run", test_new_script_clears_run);
  g_test_add_func ("/window/edits-make-diagrams-stale", test_edits_make_diagrams_stale);
  g_test_add_func ("/window/export-and-run-follow-the-view", test_export_and_run_follow_the_view);
  g_test_add_func ("/window/trace-shows-what-it-has", test_trace_shows_what_it_has);
  g_test_add_func ("/window/timeline-keeps-its-length", test_timeline_keeps_its_length);
  g_test_add_func ("/window/accessible-names", test_accessible_names);
  g_test_add_func ("/window/gallery-opens-at-the-left", test_gallery_opens_at_the_left);
  g_test_add_func ("/window/chosen-pool-marked", test_chosen_pool_marked);
  g_test_add_func ("/window/legend-follows-heap", test_legend_follows_heap);
  g_test_add_func ("/window/object-and-block-linked", test_object_and_block_linked);
  g_test_add_func ("/window/pool-grid-fits-at-1280", test_pool_grid_fits_at_1280);
  g_test_add_func ("/window/script-width", test_script_width);
  g_test_add_func ("/window/long-trace-preview", test_long_trace_preview);
  g_test_add_func ("/window/export-choices-whole", test_export_choices_whole);
  g_test_add_func ("/window/closed-window-leaves-presenter-mode", test_closed_window_leaves_presenter_mode);

  return g_test_run ();
}
