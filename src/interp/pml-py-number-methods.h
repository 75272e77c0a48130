/* pml-py-number-methods.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pml-py-type.h"

G_BEGIN_DECLS

/* int's methods beyond bit_length, float's, and the numbers' attributes
 * (pml-py-number-methods.c) */
PmlObj *pml_int_m_as_integer_ratio (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj *pml_int_m_bit_count (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj *pml_int_m_conjugate (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj *pml_int_m_from_bytes (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj *pml_int_m_to_bytes (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);
extern const PmlMethodDef pml_float_methods[];
PmlObj *pml_number_attr (PmlObj *o, const char *name);

/* int's and float's __trunc__, __floor__, __ceil__, __int__, __index__,
   __float__, __round__, __getnewargs__, __divmod__, __rdivmod__
   (pml-py-number-dunders.c) */
PmlObj *pml_number_m_trunc (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj *pml_number_m_floor (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj *pml_number_m_ceil (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj *pml_number_m_int (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj *pml_number_m_index (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj *pml_number_m_float (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj *pml_number_m_round (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj *pml_number_m_getnewargs (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj *pml_number_m_divmod (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj *pml_number_m_rdivmod (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);
/* the builtins divmod() and pow() (pml-py-builtins.c) */
PmlObj *pml_builtin_divmod (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj *pml_builtin_pow (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);

/* float(x) and int(x) of a class's instance, through its __float__, __int__
   or __index__; NULL without an error when it has none
   (pml-py-number-dunder-convert.c) */
PmlObj *pml_number_float_from_dunder (PmlObj *o);
PmlObj *pml_number_int_from_dunder (PmlObj *o);

/* int / int, correctly rounded (pml-py-int-truediv.c) */
PmlObj *pml_int_true_divide (PmlObj *a, PmlObj *b);

/* the text of int() and float() checked and made plain ASCII (digits
   only for an int, its base settled when 0); NULL: not a number
   (pml-py-number-parse.c) */
char   *pml_int_literal_clean (const char *text, gsize len, gboolean is_str, int *base, gboolean *neg);
char   *pml_float_literal_clean (const char *text, gsize len, gboolean is_str);

G_END_DECLS
