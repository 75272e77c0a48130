/* test-example-gallery.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <adwaita.h>

#include <string.h>

#include "pml-example-gallery.h"
#include "pml-test-cli.h"

/* The gallery shows data/examples/examples.desktop, in its order, and hands
 * on the script of the row activated by pointer or keyboard. The expected
 * values are copied from examples.ini by hand. */

#define EXAMPLES_URI "resource:///io/github/pymemlab/PyMemLab/examples/"
#define CYCLES_URI EXAMPLES_URI "cycles_and_collect.py"

static const struct
{
  const char *name;
  const char *title;
} expected[] = {
  { "refcounts",              "Reference counts" },
  { "del_statement",          "What del does" },
  { "copy_vs_deepcopy",       "copy versus deepcopy" },
  { "cycles_and_collect",     "Cycles and gc.collect()" },
  { "finalizers",             "__del__ and resurrection" },
  { "weak_references",        "Weak references" },
  { "weak_value_cache",       "A cache of weak values" },
  { "slots",                  "__slots__" },
  { "generators_vs_lists",    "Generators versus lists" },
  { "interning_small_ints",   "Small ints and interning" },
  { "thresholds_generations", "Thresholds and generations" },
  { "list_growth",            "How a list grows" },
  { "tracemalloc_lesson",     "Measuring with tracemalloc" },
  { "blocks_pools_arenas",    "Blocks, pools and arenas" },
  { "fragmentation",          "Why an arena stays" },
};

static PmlExampleGallery *
new_gallery (void)
{
  return g_object_ref_sink (PML_EXAMPLE_GALLERY (pml_example_gallery_new ()));
}

static GtkWidget *
find_descendant (GtkWidget  *widget,
                 gboolean  (*match) (GtkWidget *, gconstpointer),
                 gconstpointer data)
{
  if (match (widget, data))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, match, data);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
is_list_box (GtkWidget     *widget,
             gconstpointer  data)
{
  return GTK_IS_LIST_BOX (widget);
}

static gboolean
is_label_with_text (GtkWidget     *widget,
                    gconstpointer  text)
{
  return GTK_IS_LABEL (widget) &&
         g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0;
}

static GtkListBox *
get_list_box (PmlExampleGallery *gallery)
{
  GtkWidget *list_box = find_descendant (GTK_WIDGET (gallery), is_list_box, NULL);

  g_assert_nonnull (list_box);
  return GTK_LIST_BOX (list_box);
}

static void
example_activated_cb (PmlExampleGallery  *gallery,
                      const char         *uri,
                      char              **out)
{
  g_assert_null (*out);
  *out = g_strdup (uri);
}

static void
test_examples_in_order (void)
{
  PmlExampleGallery *gallery = new_gallery ();

  g_assert_cmpuint (pml_example_gallery_get_n_examples (gallery), ==, 15);
  g_assert_cmpstr (pml_example_gallery_get_title (gallery, 0), ==, "Reference counts");
  g_assert_true (g_str_has_suffix (pml_example_gallery_get_uri (gallery, 0), "refcounts.py"));
  g_assert_cmpstr (pml_example_gallery_get_title (gallery, 14), ==, "Why an arena stays");

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *uri = g_strconcat (EXAMPLES_URI, expected[i].name, ".py", NULL);

      g_assert_cmpstr (pml_example_gallery_get_title (gallery, i), ==, expected[i].title);
      g_assert_cmpstr (pml_example_gallery_get_uri (gallery, i), ==, uri);
    }

  g_assert_finalize_object (gallery);
}

/* one activatable row each, wrapping its description */
static void
test_rows (void)
{
  PmlExampleGallery *gallery = new_gallery ();
  GtkListBox *list_box = get_list_box (gallery);
  guint n_rows = 0;

  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (list_box), "boxed-list"));
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n_rows += GTK_IS_LIST_BOX_ROW (child);
  g_assert_cmpuint (n_rows, ==, 15);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (list_box, i);
      const char *title;

      g_assert_true (ADW_IS_ACTION_ROW (row));
      title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
      g_assert_cmpstr (title, ==, expected[i].title);
      g_assert_true (gtk_list_box_row_get_activatable (row));
      g_assert_cmpint (adw_action_row_get_subtitle_lines (ADW_ACTION_ROW (row)), ==, 0);
      g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), !=, "");
    }

  /* a sample of the descriptions, as examples.ini spells them */
  {
    AdwActionRow *second = ADW_ACTION_ROW (gtk_list_box_get_row_at_index (list_box, 1));
    AdwActionRow *last = ADW_ACTION_ROW (gtk_list_box_get_row_at_index (list_box, 14));

    g_assert_true (g_str_has_prefix (adw_action_row_get_subtitle (second),
                                     "del removes a name, not an object."));
    g_assert_true (g_str_has_suffix (adw_action_row_get_subtitle (last),
                                     "watch usable_arenas re-sort."));
  }

  g_assert_finalize_object (gallery);
}

/* screen readers name each row by its title and describe it by its
 * description; the list is labelled as a whole */
static void
test_accessible (void)
{
  PmlExampleGallery *gallery = new_gallery ();
  GtkListBox *list_box = get_list_box (gallery);

  gtk_test_accessible_assert_property (list_box, GTK_ACCESSIBLE_PROPERTY_LABEL, "Examples");

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (list_box, i);
      const char *subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
      GtkWidget *title_label;
      GtkWidget *subtitle_label;

      title_label = find_descendant (GTK_WIDGET (row), is_label_with_text, expected[i].title);
      subtitle_label = find_descendant (GTK_WIDGET (row), is_label_with_text, subtitle);

      g_assert_nonnull (title_label);
      g_assert_nonnull (subtitle_label);
      gtk_test_accessible_assert_role (row, GTK_ACCESSIBLE_ROLE_LIST_ITEM);
      gtk_test_accessible_assert_relation (row, GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                           title_label, NULL);
      gtk_test_accessible_assert_relation (row, GTK_ACCESSIBLE_RELATION_DESCRIBED_BY,
                                           subtitle_label, NULL);
    }

  g_assert_finalize_object (gallery);
}

static void
test_activate_emits_uri (void)
{
  PmlExampleGallery *gallery = new_gallery ();
  g_autofree char *uri = NULL;

  g_signal_connect (gallery, "example-activated", G_CALLBACK (example_activated_cb), &uri);
  pml_example_gallery_activate (gallery, 3);
  g_assert_cmpstr (uri, ==, CYCLES_URI);

  g_signal_handlers_disconnect_by_func (gallery, example_activated_cb, &uri);
  g_assert_finalize_object (gallery);
}

/* In a window: a row activated as a click does it, then Space and Enter on
 * the focused row, through the window's key bindings (activate-focus,
 * activate-default), which activate the focus widget */
static void
test_row_activation (void)
{
  GtkWidget *window = gtk_window_new ();
  PmlExampleGallery *gallery = PML_EXAMPLE_GALLERY (pml_example_gallery_new ());
  g_autofree char *uri = NULL;
  GtkListBoxRow *row;

  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (gallery));
  gtk_window_set_default_size (GTK_WINDOW (window), 600, 600);
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (GTK_WIDGET (gallery)))
    g_main_context_iteration (NULL, TRUE);

  g_signal_connect (gallery, "example-activated", G_CALLBACK (example_activated_cb), &uri);

  gtk_widget_activate (GTK_WIDGET (gtk_list_box_get_row_at_index (get_list_box (gallery), 0)));
  g_assert_cmpstr (uri, ==, EXAMPLES_URI "refcounts.py");

  g_clear_pointer (&uri, g_free);
  row = gtk_list_box_get_row_at_index (get_list_box (gallery), 3);
  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (row)));
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (row)));
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (window)) == GTK_WIDGET (row));
  g_signal_emit_by_name (window, "activate-focus");
  g_assert_cmpstr (uri, ==, CYCLES_URI);

  g_clear_pointer (&uri, g_free);
  row = gtk_list_box_get_row_at_index (get_list_box (gallery), 14);
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (row)));
  g_signal_emit_by_name (window, "activate-default");
  g_assert_cmpstr (uri, ==, EXAMPLES_URI "fragmentation.py");

  g_signal_handlers_disconnect_by_func (gallery, example_activated_cb, &uri);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* every row leads to a script, each starting with a comment line */
static void
test_scripts_resolve (void)
{
  PmlExampleGallery *gallery = new_gallery ();

  for (guint i = 0; i < pml_example_gallery_get_n_examples (gallery); i++)
    {
      const char *uri = pml_example_gallery_get_uri (gallery, i);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      const char *data;
      gsize size;

      g_assert_true (g_str_has_prefix (uri, "resource://"));
      bytes = g_resources_lookup_data (uri + strlen ("resource://"),
                                       G_RESOURCE_LOOKUP_FLAGS_NONE,
                                       &error);
      g_assert_no_error (error);
      data = g_bytes_get_data (bytes, &size);
      g_assert_cmpuint (size, >, 0);
      g_assert_cmpint (data[0], ==, '#');
    }

  g_assert_finalize_object (gallery);
}

/* A broken examples.ini, put in front of the bundled one with
 * G_RESOURCE_OVERLAYS, which GLib reads once per process: a child process
 * sees it from the start. GLib logs a message each time it reads the
 * overlay, which g_test_expect_message would take as unexpected, so the
 * child lets warnings through and the parent looks for them on stderr. */
static void
run_with_examples_ini (const char *contents,
                       const char *child_path)
{
  g_autofree char *ini = pml_test_write_file ("examples.ini", contents, -1);
  g_autofree char *dir = g_path_get_dirname (ini);
  g_autofree char *overlay = g_strconcat ("/io/github/pymemlab/PyMemLab/examples=", dir, NULL);

  g_setenv ("G_RESOURCE_OVERLAYS", overlay, TRUE);
  g_test_trap_subprocess (child_path, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_unsetenv ("G_RESOURCE_OVERLAYS");
  g_test_trap_assert_passed ();
}

static void
child_allow_warnings (void)
{
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
}

static void
test_malformed_ini (void)
{
  PmlExampleGallery *gallery;

  if (g_test_subprocess ())
    {
      child_allow_warnings ();
      gallery = new_gallery ();
      g_assert_cmpuint (pml_example_gallery_get_n_examples (gallery), ==, 0);
      g_assert_null (gtk_list_box_get_row_at_index (get_list_box (gallery), 0));
      g_assert_finalize_object (gallery);
      return;
    }

  run_with_examples_ini ("[refcounts\ntitle=Reference counts\n", "/example-gallery/malformed-ini");
  g_test_trap_assert_stderr ("*pml-gui-WARNING*Could not read the examples*examples.ini*");
}

/* a group without a title, or naming no script, is left out */
static void
test_incomplete_groups (void)
{
  PmlExampleGallery *gallery;

  if (g_test_subprocess ())
    {
      child_allow_warnings ();
      gallery = new_gallery ();
      g_assert_cmpuint (pml_example_gallery_get_n_examples (gallery), ==, 1);
      g_assert_cmpstr (pml_example_gallery_get_title (gallery, 0), ==, "Slots alone");
      g_assert_cmpstr (pml_example_gallery_get_uri (gallery, 0), ==, EXAMPLES_URI "slots.py");
      g_assert_finalize_object (gallery);
      return;
    }

  run_with_examples_ini ("[refcounts]\ndescription=No title\n"
                         "[no_such_script]\ntitle=Nowhere\n"
                         "[slots]\ntitle=Slots alone\n",
                         "/example-gallery/incomplete-groups");
  g_test_trap_assert_stderr ("*pml-gui-WARNING*[refcounts] has no title*"
                             "*pml-gui-WARNING*[no_such_script]*");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/example-gallery/examples-in-order", test_examples_in_order);
  g_test_add_func ("/example-gallery/rows", test_rows);
  g_test_add_func ("/example-gallery/accessible", test_accessible);
  g_test_add_func ("/example-gallery/activate-emits-uri", test_activate_emits_uri);
  g_test_add_func ("/example-gallery/row-activation", test_row_activation);
  g_test_add_func ("/example-gallery/scripts-resolve", test_scripts_resolve);
  g_test_add_func ("/example-gallery/malformed-ini", test_malformed_ini);
  g_test_add_func ("/example-gallery/incomplete-groups", test_incomplete_groups);

  status = g_test_run ();
  pml_test_remove_scratch ();
  return status;
}
