/* pml-py-symtable.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <string.h>

#include "pml-py.h"
#include "pml-py-ast.h"

G_BEGIN_DECLS

typedef enum
{
  SCOPE_MODULE,
  SCOPE_CLASS,
  SCOPE_FUNCTION,
} PmlScopeKind;

enum
{
  SYM_LOCAL    = 1 << 0,
  SYM_PARAM    = 1 << 1,
  SYM_GLOBAL   = 1 << 2,
  SYM_NONLOCAL = 1 << 3,
  SYM_USED     = 1 << 4,
  SYM_CELL     = 1 << 5,
  SYM_FREE     = 1 << 6,
};

typedef struct _PmlScope PmlScope;
struct _PmlScope
{
  PmlScopeKind kind;
  PmlNode  *node;
  PmlScope *parent;
  char     *name;
  GHashTable *symbols;     /* name -> SYM_* flags */
  GPtrArray *order;        /* names in the order first seen */
  GPtrArray *children;
  GPtrArray *varnames;     /* parameters, then locals */
  GPtrArray *cellvars;
  GPtrArray *freevars;
  gboolean  is_generator;
  gboolean  is_comprehension;
};

typedef struct
{
  PmlScope   *top;
  GHashTable *by_node;
} PmlSymtable;

PmlSymtable *pml_symtable_build  (PmlNode     *module,
                                  const char  *filename,
                                  GError     **error);
void         pml_symtable_free   (PmlSymtable *st);
PmlScope    *pml_symtable_lookup (PmlSymtable *st,
                                  PmlNode     *node);
guint        pml_scope_flags     (PmlScope    *s,
                                  const char  *name);
const char  *pml_scope_mangle    (PmlScope    *s,
                                  const char  *name);
const char  *pml_mangle_name     (const char  *class_name,
                                  const char  *name);

G_END_DECLS
