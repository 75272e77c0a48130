/* pml-bigint.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
G_BEGIN_DECLS

/* Arbitrary-precision integers in CPython's layout: a sign and 30-bit
 * digits, so that the digit count (and so sys.getsizeof) matches. Values
 * are immutable; every operation returns a new one. */
typedef struct _PmlBigint PmlBigint;
PmlBigint *pml_bigint_from_i64 (gint64 v);
PmlBigint *pml_bigint_from_decimal (const char *digits, gsize len);
PmlBigint *pml_bigint_copy (const PmlBigint *a);
void       pml_bigint_free (PmlBigint *a);
gboolean   pml_bigint_to_i64 (const PmlBigint *a, gint64 *out);
double     pml_bigint_to_double (const PmlBigint *a, gboolean *overflow);
PmlBigint *pml_bigint_from_double (double d);
int        pml_bigint_sign (const PmlBigint *a);
guint      pml_bigint_ndigits (const PmlBigint *a);
guint64    pml_bigint_bit_length (const PmlBigint *a);
int        pml_bigint_cmp (const PmlBigint *a, const PmlBigint *b);
PmlBigint *pml_bigint_add (const PmlBigint *a, const PmlBigint *b);
PmlBigint *pml_bigint_sub (const PmlBigint *a, const PmlBigint *b);
PmlBigint *pml_bigint_mul (const PmlBigint *a, const PmlBigint *b);
PmlBigint *pml_bigint_neg (const PmlBigint *a);
PmlBigint *pml_bigint_abs (const PmlBigint *a);
gboolean   pml_bigint_divmod (const PmlBigint *a, const PmlBigint *b, PmlBigint **quotient, PmlBigint **remainder);
PmlBigint *pml_bigint_pow (const PmlBigint *base, guint64 exponent);
PmlBigint *pml_bigint_lshift (const PmlBigint *a, guint64 n);
PmlBigint *pml_bigint_rshift (const PmlBigint *a, guint64 n);
char      *pml_bigint_to_decimal (const PmlBigint *a);
gint64     pml_bigint_hash (const PmlBigint *a);
guint32   *pml_bigint_to_words32 (const PmlBigint *a, gsize *n_words);
PmlBigint *pml_bigint_from_words32 (const guint32 *w, gsize n_words);
/* a & b, a | b, a ^ b: @op is '&', '|' or '^' */
PmlBigint *pml_bigint_bitwise (const PmlBigint *a, const PmlBigint *b, char op);

G_END_DECLS
