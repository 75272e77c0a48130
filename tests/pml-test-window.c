/* pml-test-window.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <adwaita.h>
#ifdef GDK_WINDOWING_X11
#include <gdk/x11/gdkx.h>
#endif

#include "pml-application.h"
#include "pml-test-window.h"

PmlWindow *
pml_test_new_window (void)
{
  static PmlApplication *application;
  g_autoptr(GError) error = NULL;

  if (application == NULL)
    {
      application = pml_application_new ();
      g_application_register (G_APPLICATION (application), NULL, &error);
      g_assert_no_error (error);
    }

  return g_object_ref_sink (pml_window_new (application));
}

void
pml_test_activate (PmlWindow  *window,
                   const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), action, NULL));
}

/* Opening runs or replays in a worker: wait for it */
void
pml_test_wait_for_loading (PmlWindow *window)
{
  while (pml_window_is_loading (window))
    g_main_context_iteration (NULL, TRUE);
}

void
pml_test_run_to_line (PmlWindow *window,
                      gint       line)
{
  while (pml_window_get_script_line (window) != line)
    pml_test_activate (window, "sim.line-forward");
}

static gboolean
done_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop for @ms milliseconds */
void
pml_test_wait (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, done_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

/* Presses @keys (xdotool's names: "F8", "shift+F6", "ctrl+Home") on the
 * presented @window as a user does, through the X server: GTK gives them
 * to the window's focus widget. They are sent to the window itself, not
 * to the display's input focus, which tests running side by side on one
 * display take from each other. Skips the test where that cannot be done. */
gboolean
pml_test_press_keys (PmlWindow  *window,
                     const char *keys)
{
#ifdef GDK_WINDOWING_X11
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  g_autofree char *command = NULL;
  g_autofree char *xdotool = g_find_program_in_path ("xdotool");
  g_autoptr(GError) error = NULL;
  int status;

  if (xdotool == NULL || !GDK_IS_X11_SURFACE (surface))
    {
      g_test_skip ("Pressing keys needs xdotool and an X display");
      return FALSE;
    }
  command = g_strdup_printf ("%s key --window %lu --delay 50 %s", xdotool,
                             (unsigned long) gdk_x11_surface_get_xid (surface), keys);
  g_assert_true (g_spawn_command_line_sync (command, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  /* the events come back through the X connection */
  pml_test_wait (300);
  return TRUE;
#else
  g_test_skip ("Pressing keys needs an X display");
  return FALSE;
#endif
}

/* The first widget of @type under @root, depth first */
GtkWidget *
pml_test_find_widget (GtkWidget *root,
                      GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = pml_test_find_widget (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}
