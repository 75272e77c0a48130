/* pml-object-graph.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Who refers to whom, as each line of a scenario starts: the names of the
 * module and of the running frames (the roots), and the references between
 * the objects they reach or the collector tracks. The event stream says how
 * many references an object has; these snapshots say where they come from. */

/* More objects than a picture can show: the snapshot keeps the first ones */
#define PML_GRAPH_MAX_NODES 300
/* A container's slots drawn one by one; the rest are counted */
#define PML_GRAPH_MAX_SLOTS 12

/* Where a reference comes from. Every strong reference to an object of
 * the picture is one edge, so that its reference count is its edges. */
typedef enum
{
  PML_GRAPH_FROM_OBJECT,   /* an object of the picture: `from` */
  PML_GRAPH_FROM_NAME,     /* a name of frame `frame` (0: the module's globals) */
  PML_GRAPH_FROM_HOLDER,   /* held by frame `frame` where no name shows it: the value stack,
                              a constant, the running function; `label` says which */
  PML_GRAPH_FROM_OUTSIDE,  /* from outside the picture: object `from` (0: the runtime
                              itself), a start-up object, a namespace not drawn */
} PmlGraphFrom;

typedef struct
{
  guint32     from;        /* object number; 0 for a name or a holder */
  guint32     to;
  const char *label;       /* interned: the name, attribute, key or [index], or NULL */
  const char *scope;       /* names and holders: the function of their frame, NULL for the module */
  guint16     frame;       /* names and holders: their frame, 0 the module's */
  guint8      kind;        /* PmlGraphFrom */
  guint8      weak;        /* a weak reference (or a second name of a shared cell): it does not count */
} PmlGraphEdge;

enum
{
  PML_GRAPH_NODE_SMALL  = 1 << 0,   /* a small immutable value: written where it is held */
  PML_GRAPH_NODE_STATIC = 1 << 1,   /* the runtime's own (None, a cached small int): its count is not followed */
};

typedef struct
{
  guint32     serial;
  guint32     outside;     /* its OUTSIDE edges: the references the picture does not draw */
  const char *value;       /* interned: how Python writes it (an int, float, str...), or NULL */
  guint32     flags;
  guint32     n_slots;     /* a container's slots, drawn or not */
} PmlGraphNode;

typedef struct
{
  const char *name;        /* the function's qualified name; NULL for the module */
  gint32      line;        /* the line it runs */
} PmlGraphFrame;

typedef struct
{
  guint                position;   /* object events before it: the state it shows */
  guint                n_nodes;
  const PmlGraphNode  *nodes;      /* the roots' first, breadth first */
  guint                n_edges;
  const PmlGraphEdge  *edges;      /* names and holders first */
  guint                n_frames;
  const PmlGraphFrame *frames;     /* the module first, the running frame last */
  gboolean             truncated;  /* more than PML_GRAPH_MAX_NODES objects */
} PmlGraphSnapshot;

G_END_DECLS
