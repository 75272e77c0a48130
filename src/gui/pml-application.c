/* pml-application.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <gtksourceview/gtksource.h>

#include "pml-application.h"
#include "pml-gui.h"
#include "pml-help.h"
#include "pml-preferences-window.h"
#include "pml-window.h"

struct _PmlApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (PmlApplication, pml_application, ADW_TYPE_APPLICATION)

static PmlWindow *
get_or_create_window (PmlApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    window = GTK_WINDOW (pml_window_new (self));

  return PML_WINDOW (window);
}

/* Quit closes each window as its close button does, so that unsaved
 * changes are asked about first; the application ends with its last */
static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (user_data)));

  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));
  g_list_free (windows);
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  PmlApplication *self = user_data;
  const char *developers[] = { "The PyMemLab authors", NULL };

  adw_show_about_window (gtk_application_get_active_window (GTK_APPLICATION (self)),
                         "application-name", _("PyMem Lab"),
                         "application-icon", APP_ID,
                         "developer-name", _("The PyMemLab authors"),
                         "version", PACKAGE_VERSION,
                         "website", "https://github.com/pymemlab/pymemlab",
                         "issue-url", "https://github.com/pymemlab/pymemlab/issues",
                         "developers", developers,
                         "copyright", "© 2026 The PyMemLab authors",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  gtk_window_present (GTK_WINDOW (pml_preferences_window_new (parent)));
}

static void
help_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  pml_help_show (gtk_application_get_active_window (GTK_APPLICATION (user_data)));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_action },
  { "help", help_action },
  { "about", about_action },
  { "preferences", preferences_action },
};

static void
pml_application_startup (GApplication *application)
{
  G_APPLICATION_CLASS (pml_application_parent_class)->startup (application);

  gtk_source_init ();
  g_action_map_add_action_entries (G_ACTION_MAP (application), app_actions, G_N_ELEMENTS (app_actions),
                                   application);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.quit",
                                         (const char *[]) { "<Control>q", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.preferences",
                                         (const char *[]) { "<Control>comma", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.help",
                                         (const char *[]) { "F1", NULL });
}

static void
pml_application_activate (GApplication *application)
{
  gtk_window_present (GTK_WINDOW (get_or_create_window (PML_APPLICATION (application))));
}

static void
pml_application_open (GApplication  *application,
                      GFile        **files,
                      int            n_files,
                      const char    *hint)
{
  PmlWindow *window = get_or_create_window (PML_APPLICATION (application));

  gtk_window_present (GTK_WINDOW (window));
  if (n_files > 0)
    pml_window_open_file (window, files[0]);
}

static void
pml_application_class_init (PmlApplicationClass *klass)
{
  GApplicationClass *application_class = G_APPLICATION_CLASS (klass);

  application_class->startup = pml_application_startup;
  application_class->activate = pml_application_activate;
  application_class->open = pml_application_open;
}

static void
pml_application_init (PmlApplication *self)
{
}

PmlApplication *
pml_application_new (void)
{
  return g_object_new (PML_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/pymemlab/PyMemLab",
                       NULL);
}

int
pml_gui_main (int    argc,
              char **argv)
{
  g_autoptr(PmlApplication) application = NULL;

  g_set_application_name (_("PyMem Lab"));
  application = pml_application_new ();
  return g_application_run (G_APPLICATION (application), argc, argv);
}
