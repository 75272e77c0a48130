/* pml-window-script-width.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pml-window-private.h"

/* The script's pane takes two fifths of the window until the user drags
 * the divider: at 1280 pixels a lesson's 50-character lines fit beside
 * the memory gutter, and a 1920-pixel window does not leave the code in
 * a 380-pixel strip. The diagrams take what a resize adds or removes, so
 * a width the user chose stays. Presenter mode widens the pane further
 * (pml-window-font.c), through pml_window_set_script_width too. */

#define SCRIPT_SHARE_NUMERATOR   2
#define SCRIPT_SHARE_DENOMINATOR 5
#define SCRIPT_MIN_WIDTH         380
#define SCRIPT_MAX_WIDTH         720
/* what the diagrams keep beside it: the heap's 340 pixels and the pool
   grid's 240 (pml-pool-view.c) with the divider between them */
#define DIAGRAMS_MIN_WIDTH       600
#define INSPECTOR_HANDLE_WIDTH   6

static GtkPaned *
source_paned (PmlWindow *self)
{
  return GTK_PANED (gtk_widget_get_parent (self->script_pane));
}

/* A width of the program's own: not the user's choice */
void
pml_window_set_script_width (PmlWindow *self,
                             int        width)
{
  self->setting_script_width = TRUE;
  gtk_paned_set_position (source_paned (self), width);
  self->setting_script_width = FALSE;
}

static void
fit_script_width (PmlWindow *self)
{
  int room = gtk_widget_get_width (GTK_WIDGET (source_paned (self)));
  int diagrams = DIAGRAMS_MIN_WIDTH;
  int max = 0;
  int widest;

  g_object_get (source_paned (self), "max-position", &max, NULL);
  if (self->script_width_chosen || self->script_width_before_presenter > 0 || max <= 0)
    return;
  /* the inspector shares the diagrams' side: with it open at 1280
     pixels the script stays at its narrowest, so the pool grid is not cut */
  if (gtk_widget_get_visible (self->inspector_scroller))
    {
      int request = 0;

      gtk_widget_get_size_request (self->inspector_scroller, &request, NULL);
      diagrams += MAX (gtk_widget_get_width (self->inspector_scroller), request) + INSPECTOR_HANDLE_WIDTH;
    }
  widest = MAX (SCRIPT_MIN_WIDTH, MIN (MIN (SCRIPT_MAX_WIDTH, max), room - diagrams));
  pml_window_set_script_width (self, CLAMP (room * SCRIPT_SHARE_NUMERATOR / SCRIPT_SHARE_DENOMINATOR,
                                            SCRIPT_MIN_WIDTH, widest));
}

static void
position_changed_cb (PmlWindow  *self,
                     GParamSpec *pspec,
                     GtkPaned   *paned)
{
  if (!self->setting_script_width)
    self->script_width_chosen = TRUE;
}

/* the paned's room changed (it was laid out for the first time, or the
   window was resized), or the inspector was opened or closed */
static void
room_changed_cb (PmlWindow  *self,
                 GParamSpec *pspec,
                 GObject    *object)
{
  fit_script_width (self);
}

void
pml_window_script_width_init (PmlWindow *self)
{
  GtkPaned *paned = source_paned (self);

  pml_window_set_script_width (self, SCRIPT_MIN_WIDTH);
  g_signal_connect_object (paned, "notify::position", G_CALLBACK (position_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (paned, "notify::max-position", G_CALLBACK (room_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->inspector_scroller, "notify::visible", G_CALLBACK (room_changed_cb), self,
                           G_CONNECT_SWAPPED);
}
