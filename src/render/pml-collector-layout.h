/* pml-collector-layout.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "pml-collector-state.h"
#include "pml-palette.h"
#include "pml-render-text.h"

G_BEGIN_DECLS

/* The collector shown whole, while a collection is under way: the phase
 * in words, then each of CPython's lists as a chain of nodes in list
 * order (head first), each node with its gc_refs; the weak references
 * cleared. The objects made before the script's first line are drawn as
 * one "N other objects" node per run of them, so the script's objects
 * stay readable. The window and `pymemlab export --view collector` draw
 * this one picture. */

typedef struct
{
  guint32          serial;       /* 0: a group of start-up objects */
  guint            n_grouped;    /* a group: how many */
  PmlCollectorList list;
  gint32           gc_refs;      /* -1: not set */
  guint32          flags;        /* PmlCollectorItemFlags (a group: none) */
  char            *label;        /* "Node 3", "12 other objects" */
  char            *detail;       /* "gc_refs 1" */
  char            *status;       /* "moved back", "__del__ ran", or NULL */
  PmlRect          rect;
} PmlCollectorNode;

typedef struct
{
  PmlCollectorList list;
  char            *title;
  PmlRect          rect;         /* the title's line */
  PmlRect          head;         /* the list head's box */
  guint            first_node;
  guint            n_nodes;
} PmlCollectorSection;

typedef struct
{
  PmlCollectorState *state;
  char              *title;      /* "Collecting generation 2: subtract_refs" */
  char              *explain;    /* the phase, in words */
  double             explain_top;
  double             explain_height;
  GArray            *sections;   /* PmlCollectorSection */
  GArray            *nodes;      /* PmlCollectorNode */
  GPtrArray         *weakref_lines;   /* char *: one per weak reference cleared */
  double             weakrefs_top;
  double             width;
  double             height;
} PmlCollectorLayout;

/* NULL when no collection is under way at @interp's position */
PmlCollectorLayout *pml_collector_layout_new     (PmlInterp                *interp,
                                                  const PmlPalette         *palette,
                                                  double                    width);
/* Lays out @state (taken) */
PmlCollectorLayout *pml_collector_layout_new_for_state (PmlInterp         *interp,
                                                        PmlCollectorState *state,
                                                        const PmlPalette  *palette,
                                                        double             width);
void                pml_collector_layout_free    (PmlCollectorLayout       *self);
/* The node drawn for object @serial, or -1 */
int                 pml_collector_layout_find    (const PmlCollectorLayout *self,
                                                  guint32                   serial);
int                 pml_collector_layout_node_at (const PmlCollectorLayout *self,
                                                  double                    x,
                                                  double                    y);
/* The serials drawn in list @list, in order (a group counts 0) */
GArray             *pml_collector_layout_list_serials (const PmlCollectorLayout *self,
                                                       PmlCollectorList          list);
/* Between two steps: the nodes @from drew too slide @t of the way */
PmlCollectorLayout *pml_collector_layout_tween   (const PmlCollectorLayout *from,
                                                  const PmlCollectorLayout *to,
                                                  double                    t);
/* What a node is, in a sentence (a tooltip, a screen reader) */
char               *pml_collector_layout_describe_node (const PmlCollectorLayout *self,
                                                        guint                     index);

void                pml_render_collector         (cairo_t                  *cr,
                                                  const PmlCollectorLayout *layout,
                                                  const PmlPalette         *palette);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PmlCollectorLayout, pml_collector_layout_free)

G_END_DECLS
