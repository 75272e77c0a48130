/* pml-layout-view.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pml-palette.h"

G_BEGIN_DECLS

#define PML_TYPE_LAYOUT_VIEW (pml_layout_view_get_type ())

G_DECLARE_DERIVABLE_TYPE (PmlLayoutView, pml_layout_view, PML, LAYOUT_VIEW, GtkWidget)

#define PML_LAYOUT_VIEW_MIN_ZOOM 0.4
#define PML_LAYOUT_VIEW_MAX_ZOOM 3.0

/* A view drawn by the renderer from a layout: the base class keeps the
 * palette (theme, presenter mode, zoom), remakes the layout when the data
 * or the width changes, asks for the room it needs, animates from one
 * step's layout to the next and frees it all. A subclass says only how
 * its layout is made, measured and drawn, and what lies under a point. */
struct _PmlLayoutViewClass
{
  GtkWidgetClass parent_class;

  /* how the layouts that make_layout returns are freed */
  GDestroyNotify free_layout;
  /* the narrowest the layout can be, and the width asked when no width
   * is given yet */
  int            min_width;
  int            natural_width;
  /* the height asked when there is nothing to show */
  int            empty_height;
  /* TRUE: the layout chooses its width (the view scrolls sideways) and
   * is not remade when the allocation changes */
  gboolean       width_from_layout;

  /* NULL when there is nothing to show */
  gpointer (*make_layout)      (PmlLayoutView    *self,
                                const PmlPalette *palette,
                                double            width);
  void     (*get_layout_size)  (PmlLayoutView    *self,
                                gconstpointer     layout,
                                double           *width,
                                double           *height);
  /* @from_layout: the step before while animating, else NULL; @progress
   * is eased, 0 to 1 */
  void     (*draw)             (PmlLayoutView    *self,
                                cairo_t          *cr,
                                gconstpointer     layout,
                                gconstpointer     from_layout,
                                double            progress);
  /* optional: native nodes over the drawing (hover, selection) */
  void     (*snapshot_overlay) (PmlLayoutView    *self,
                                GtkSnapshot      *snapshot);
  /* the hit test: what is under (x, y), in words; NULL for nothing */
  char    *(*describe_at)      (PmlLayoutView    *self,
                                double            x,
                                double            y);
  /* optional: whether @from can turn into @to (FALSE jumps); prepares
   * what draw needs for the way between them */
  gboolean (*begin_transition) (PmlLayoutView    *self,
                                gconstpointer     from,
                                gconstpointer     to);
  /* optional: drops what begin_transition made */
  void     (*end_transition)   (PmlLayoutView    *self);
  /* optional: the layout was replaced; drop pointers into the old one */
  void     (*layout_changed)   (PmlLayoutView    *self);
  /* optional: every item drawn, in words (char *, added to @out), in the
   * order drawn: what a screen reader lists instead of the picture */
  void     (*describe_items)   (PmlLayoutView    *self,
                                GPtrArray        *out);
};

gboolean          pml_layout_view_get_presenter          (PmlLayoutView *self);
void              pml_layout_view_set_presenter          (PmlLayoutView *self,
                                                          gboolean       presenter);
double            pml_layout_view_get_zoom               (PmlLayoutView *self);
void              pml_layout_view_set_zoom               (PmlLayoutView *self,
                                                          double         zoom);
guint             pml_layout_view_get_animation_duration (PmlLayoutView *self);
void              pml_layout_view_set_animation_duration (PmlLayoutView *self,
                                                          guint          ms);
gboolean          pml_layout_view_is_animating           (PmlLayoutView *self);
void              pml_layout_view_state_changed          (PmlLayoutView *self);
void              pml_layout_view_refresh                (PmlLayoutView *self);
char             *pml_layout_view_describe_at            (PmlLayoutView *self,
                                                          double         x,
                                                          double         y);
GPtrArray        *pml_layout_view_describe_items         (PmlLayoutView *self);

/* for subclasses */
gconstpointer     pml_layout_view_get_layout             (PmlLayoutView *self);
const PmlPalette *pml_layout_view_get_palette            (PmlLayoutView *self);

G_END_DECLS
