/* pml-py-mod-math-private.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pml-py-object.h"

G_BEGIN_DECLS

/* The math module's two files: argument checks shared by both
 * (pml-py-mod-math.c), the integer functions (pml-py-mod-math-int.c). */

PmlObj  *pml_math_no_keywords (const char *name, PmlObj *kwnames);
gboolean pml_math_one_arg     (const char *name, gsize nargs, PmlObj *kwnames);
gboolean pml_math_n_args      (const char *name, gsize nargs, PmlObj *kwnames, gsize min, gsize max);
PmlObj  *pml_math_index_arg   (PmlObj *o);

PmlObj  *pml_math_factorial (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj  *pml_math_gcd       (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj  *pml_math_lcm       (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj  *pml_math_comb      (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj  *pml_math_perm      (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj  *pml_math_isqrt     (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj  *pml_math_prod      (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);

G_END_DECLS
