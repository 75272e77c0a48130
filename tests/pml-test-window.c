/* pml-test-window.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <adwaita.h>

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
