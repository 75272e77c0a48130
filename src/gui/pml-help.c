/* pml-help.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "pml-help.h"

/* The user guide is Mallard pages (help/C/) shown by yelp. Without yelp,
 * or running from the build directory where the pages are not installed,
 * the same four topics are shown in a window of their own. */

static gboolean
guide_is_installed (void)
{
  const char * const *dirs = g_get_system_data_dirs ();

  for (guint i = 0; dirs[i] != NULL; i++)
    {
      g_autofree char *index = g_build_filename (dirs[i], "help", "C", GETTEXT_PACKAGE, "index.page", NULL);

      if (g_file_test (index, G_FILE_TEST_EXISTS))
        return TRUE;
    }

  return FALSE;
}

static GtkWidget *
topic_new (const char *title,
           const char *text)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *heading = gtk_label_new (title);
  GtkWidget *body = gtk_label_new (text);

  gtk_widget_add_css_class (heading, "title-3");
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_label_set_wrap (GTK_LABEL (body), TRUE);
  gtk_label_set_xalign (GTK_LABEL (body), 0);
  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), body);

  return box;
}

static void
show_builtin_guide (GtkWindow *parent)
{
  GtkWidget *window = adw_window_new ();
  GtkWidget *toolbar = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *topics = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);

  gtk_window_set_title (GTK_WINDOW (window), _("PyMem Lab Help"));
  gtk_window_set_transient_for (GTK_WINDOW (window), parent);
  gtk_window_set_default_size (GTK_WINDOW (window), 640, 560);

  gtk_box_append (GTK_BOX (topics), topic_new (_("Open an example"),
    _("The examples gallery opens when PyMem Lab starts: click an example and its script opens in "
      "the editor and runs. Ctrl+O opens your own script or a recorded trace. Edit the script and "
      "press Run (Ctrl+Return) to run the new text; a line the interpreter refuses is underlined, "
      "with its message in the tooltip.")));
  gtk_box_append (GTK_BOX (topics), topic_new (_("Step through a script"),
    _("The highlighted line is the one that runs next. Line (F8) runs it; Request (F6) steps one "
      "request to the allocator; Event (F7) steps one event of the objects or the allocator, with a "
      "sentence saying what happened. Shift with the same key steps back. Play (F9) plays the run; "
      "the timeline scrubs through it. Ctrl+? lists every shortcut.")));
  gtk_box_append (GTK_BOX (topics), topic_new (_("Read the heap view"),
    _("Objects: names are the roots; each card is an object with its type, reference count, block "
      "size and generation, and arrows are references (weak ones dashed). Heap: pymalloc's "
      "usable_arenas list, then the full arenas; each pool serves one size class. Click a pool, or "
      "choose it with the arrow keys and Enter, to see its blocks and freeblock chain. The Inspector "
      "(F4) lists every field of the chosen pool or object.")));
  gtk_box_append (GTK_BOX (topics), topic_new (_("Export a picture or a handout"),
    _("Ctrl+E exports the heap, a pool, the objects or every view as PNG, SVG or PDF. A PDF handout "
      "with one page per step comes from the command line: "
      "“pymemlab handout script.py -o handout.pdf”; “man pymemlab” lists every command.")));

  gtk_widget_set_margin_top (topics, 24);
  gtk_widget_set_margin_bottom (topics, 24);
  gtk_widget_set_margin_start (topics, 18);
  gtk_widget_set_margin_end (topics, 18);
  adw_clamp_set_child (ADW_CLAMP (clamp), topics);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (toolbar), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (toolbar), scrolled);
  adw_window_set_content (ADW_WINDOW (window), toolbar);

  gtk_window_present (GTK_WINDOW (window));
}

void
pml_help_show (GtkWindow *parent)
{
  g_autofree char *yelp = g_find_program_in_path ("yelp");

  if (yelp != NULL && guide_is_installed ())
    gtk_show_uri (parent, "help:" GETTEXT_PACKAGE, GDK_CURRENT_TIME);
  else
    show_builtin_guide (parent);
}
