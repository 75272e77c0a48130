/* pml-objects-layout.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pml-palette.h"
#include "pml-py.h"
#include "pml-render-text.h"

G_BEGIN_DECLS

/* The objects view: a scenario's objects as nodes (type, size, reference
 * count, generation), references as arrows, names as the roots. Names are
 * the first column; each object sits one column right of the first thing
 * found to refer to it; what no name reaches is drawn apart below. */

typedef struct
{
  guint32     serial;
  const char *type_name;
  guint64     address;
  guint64     size;
  gint64      refcnt;
  gint64      gc_refs;       /* during a collection that examined it; else -1 */
  gboolean    tracked;
  guint       generation;    /* 0, 1, 2, or 3 (permanent) */
  gboolean    unreachable;   /* on the collector's unreachable list */
  gboolean    named;         /* some name reaches it */
  guint       outside;       /* references from outside the picture (start-up objects, namespaces not drawn) */
  gboolean    shared_static; /* None, a cached small int: the runtime's, its count not followed */
  const char *value;         /* how Python writes it, or NULL */
  guint       first_row;     /* its rows (slots, attributes, entries) in rows */
  guint       n_rows;
  guint       n_slots;       /* all its references the picture draws, rows or not */
  PmlRect     rect;
  double      alpha;         /* 1; less while it fades in or out between steps */
} PmlObjectNode;

#define PML_OBJECT_LINK_ROOT G_MAXUINT

typedef struct
{
  guint       from;          /* node index, or PML_OBJECT_LINK_ROOT */
  guint       root;          /* from a root: its index in roots; from a node: its row in rows, or G_MAXUINT */
  guint       to;            /* node index */
  const char *label;
  gboolean    weak;
} PmlObjectLink;

/* A name of a frame, or a holder of the interpreter's ("value stack",
 * "constant of line 4"); its value written in it, or an arrow from it */
typedef struct
{
  const char *name;
  const char *scope;         /* NULL: a global */
  PmlRect     rect;
  guint       frame;         /* its frame in frames */
  gboolean    holder;        /* the interpreter's, not a name */
  const char *value;         /* a small value written in place, or NULL (an arrow) */
} PmlObjectRoot;

/* A row of a card: a slot, an attribute, an entry */
typedef struct
{
  const char *label;
  const char *value;         /* a small value written in place, or NULL (an arrow) */
  PmlRect     rect;
} PmlObjectRow;

/* A frame: the module's globals, or a running call */
typedef struct
{
  const char *name;          /* NULL: the module */
  gint32      line;
  PmlRect     rect;
} PmlObjectFrame;

typedef struct
{
  gboolean shared_values;    /* small values as the shared objects they are, not written in place */
  gboolean holders;          /* the interpreter's holders drawn (else counted as from outside) */
} PmlObjectsOptions;

typedef struct
{
  GArray   *nodes;           /* PmlObjectNode */
  GArray   *links;           /* PmlObjectLink */
  GArray   *roots;           /* PmlObjectRoot */
  GArray   *rows;            /* PmlObjectRow */
  GArray   *frames;          /* PmlObjectFrame */
  double    width;
  double    height;
  double    apart_top;       /* where the objects no name reaches start; 0: none */
  gboolean  has_graph;       /* FALSE before the script's first line */
  gboolean  truncated;       /* too many objects: only the first are shown */
  gboolean  collecting;      /* the cycle collector is running */
  gboolean  stale;           /* the run outgrew the graph's snapshots: the references are older */
  GArray   *badges;          /* PmlBadge: what changed at this step (pml-render-badges.c), or NULL */
  double    badge_alpha;
} PmlObjectsLayout;

PmlObjectsLayout *pml_objects_layout_new       (PmlInterp              *interp,
                                                const PmlPalette       *palette,
                                                double                  width);
PmlObjectsLayout *pml_objects_layout_new_full  (PmlInterp              *interp,
                                                const PmlPalette       *palette,
                                                double                  width,
                                                const PmlObjectsOptions *options);
/* Every holder of object @serial, drawn or not, one a line */
char             *pml_objects_layout_describe_holders (PmlInterp *interp,
                                                       guint32    serial) G_GNUC_WARN_UNUSED_RESULT;
/* "block 64 B, size class 3" for a request of @size bytes */
char             *pml_objects_describe_block   (guint64                 size) G_GNUC_WARN_UNUSED_RESULT;
void              pml_objects_layout_free      (PmlObjectsLayout       *self);
/* The node at (@x, @y), or -1 */
int               pml_objects_layout_node_at   (const PmlObjectsLayout *self,
                                                double                  x,
                                                double                  y);
int               pml_objects_layout_find      (const PmlObjectsLayout *self,
                                                guint32                 serial);

/* Between two steps: @to with each object and name that @from drew too
 * moved @t of the way from its old place (0: where it was, 1: @to) */
PmlObjectsLayout *pml_objects_layout_tween     (const PmlObjectsLayout *from,
                                                const PmlObjectsLayout *to,
                                                double                  t);

void              pml_render_objects           (cairo_t                *cr,
                                                const PmlObjectsLayout *layout,
                                                const PmlPalette       *palette);
void              pml_palette_generation_color (const PmlPalette       *palette,
                                                const PmlObjectNode    *node,
                                                PmlColor               *out);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PmlObjectsLayout, pml_objects_layout_free)

G_END_DECLS
