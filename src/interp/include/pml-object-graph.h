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

typedef struct
{
  guint32     from;        /* object number; 0: a name (a root) */
  guint32     to;
  const char *label;       /* interned: the name, attribute, key or [index], or NULL */
  const char *scope;       /* roots: the function the name is local to, NULL for a global */
  gboolean    weak;        /* a weak reference: it does not count */
} PmlGraphEdge;

typedef struct
{
  guint               position;   /* object events before it: the state it shows */
  guint               n_nodes;
  const guint32      *nodes;      /* object numbers: the roots' first, breadth first */
  guint               n_edges;
  const PmlGraphEdge *edges;      /* roots first */
  gboolean            truncated;  /* more than PML_GRAPH_MAX_NODES objects */
} PmlGraphSnapshot;

G_END_DECLS
