/* pml-py-match.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "pml-py-ast.h"
#include "pml-py-object.h"

G_BEGIN_DECLS

/* The `match` statement: its grammar (pml-py-parse-match.c), its code
 * generation (pml-py-compile-match.c) and the run time of its opcodes
 * (pml-py-match.c). Its nodes are in pml-py-ast.h, named as CPython's ast
 * module names them: a mapping's keys and a class pattern's keyword names
 * are each a tuple node (so the compiler evaluates them as one); a NULL
 * name in N_MATCH_AS or N_MATCH_STAR is `_`. */

/* What the compiler lends the code generation of a match statement; @c is
 * its own state, passed back to each function. */
typedef struct
{
  gpointer c;
  int      (*emit)          (gpointer c, int op, int arg);
  int      (*new_label)     (gpointer c);
  void     (*place_label)   (gpointer c, int label);
  void     (*set_position)  (gpointer c, PmlNode *n);
  gboolean (*compile_expr)  (gpointer c, PmlNode *n);
  gboolean (*compile_stmts) (gpointer c, GPtrArray *stmts);
  void     (*store_name)    (gpointer c, const char *name);
  void     (*load_const)    (gpointer c, PmlObj *value);   /* takes a new reference */
  gboolean (*syntax_error)  (gpointer c, PmlNode *n, const char *msg);
} PmlMatchCompiler;

gboolean  pml_compile_match      (const PmlMatchCompiler *m,
                                  PmlNode                *match);
int       pml_match_stack_effect (int                     op,
                                  int                     arg);
gboolean  pml_match_exec         (PmlFrame               *f,
                                  int                     op,
                                  int                     arg);

G_END_DECLS
