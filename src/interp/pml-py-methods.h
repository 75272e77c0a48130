/* pml-py-methods.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pml-py-object.h"

G_BEGIN_DECLS

/* A method of a built-in type: called with self, or (as the static method
 * descriptor LOAD_METHOD uses) with self NULL and self as args[0]. The
 * tables end with a NULL name. */
typedef struct
{
  PmlKind kind;
  const char *name;
  PmlBuiltinFunc fn;
} PmlMethodDef;

extern const PmlMethodDef pml_str_methods[];

G_END_DECLS
