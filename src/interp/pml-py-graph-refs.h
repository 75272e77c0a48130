/* pml-py-graph-refs.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pml-py-vm.h"

G_BEGIN_DECLS

/* @label: the name Python gives the reference, or NULL; @drawn: the
 * objects view draws it as an arrow (else it counts as a holder the
 * picture does not show) */
typedef void (*PmlGraphRefFunc) (PmlObj     *ref,
                                 const char *label,
                                 gboolean    drawn,
                                 gpointer    data);

/* Every strong reference @o owns, each once */
void        pml_graph_each_ref    (PmlObj          *o,
                                   PmlGraphRefFunc  func,
                                   gpointer         data);
const char *pml_graph_keep_text   (const char      *text);
const char *pml_graph_value_text  (PmlObj          *o,
                                   gboolean        *small);

G_END_DECLS
