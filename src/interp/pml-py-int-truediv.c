/* pml-py-int-truediv.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <float.h>
#include <math.h>

#include "pml-py-type.h"
#include "pml-py-number-methods.h"

/* int / int as CPython computes it: the double nearest to the exact
 * quotient (ties to even), worked out on the integers, so that a quotient
 * of two ints too large for a float (10**400 / 10**399) is still 10.0,
 * and one of more than 53 bits is rounded once, not twice. */

#define TWO_TO_MANT (G_GINT64_CONSTANT (1) << DBL_MANT_DIG)

static PmlObj *
too_large (void)
{
  return pml_err_set (T_OVERFLOW_ERROR, "integer division result too large for a float");
}

/* |a| / |b| with b > 0 and a > 0, scaled so that the quotient keeps two
   bits beyond a double's (three in all with the sticky bit), rounded to
   the bits a double of that size holds, then scaled back */
static PmlObj *
divide_magnitudes (const PmlBigint *a, const PmlBigint *b, gboolean negate)
{
  gint64 diff = (gint64) pml_bigint_bit_length (a) - (gint64) pml_bigint_bit_length (b);
  gint64 shift, q_bits, extra;
  PmlBigint *scaled, *q = NULL, *r = NULL;
  gboolean inexact = FALSE;
  gint64 qv;
  guint64 mask, low;
  double d;

  if (diff > DBL_MAX_EXP)
    return too_large ();
  if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1)
    return pml_float_new (negate ? -0.0 : 0.0);
  /* the quotient gets DBL_MANT_DIG + 2 or + 3 bits (fewer when it is
     subnormal) */
  shift = MAX (diff, DBL_MIN_EXP) - DBL_MANT_DIG - 2;
  if (shift > 0)
    {
      PmlBigint *back;

      scaled = pml_bigint_rshift (a, (guint64) shift);
      back = pml_bigint_lshift (scaled, (guint64) shift);
      inexact = pml_bigint_cmp (back, a) != 0;
      pml_bigint_free (back);
    }
  else
    scaled = pml_bigint_lshift (a, (guint64) -shift);
  pml_bigint_divmod (scaled, b, &q, &r);
  inexact = inexact || pml_bigint_sign (r) != 0;
  q_bits = (gint64) pml_bigint_bit_length (q);
  pml_bigint_to_i64 (q, &qv);
  pml_bigint_free (scaled);
  pml_bigint_free (q);
  pml_bigint_free (r);

  /* round away the bits a double of this exponent cannot hold */
  extra = MAX (q_bits, DBL_MIN_EXP - shift) - DBL_MANT_DIG;
  mask = G_GUINT64_CONSTANT (1) << (extra - 1);
  low = (guint64) qv | (inexact ? 1 : 0);
  if ((low & mask) && (low & (3 * mask - 1)))
    low += mask;
  low &= ~(2 * mask - 1);
  d = (double) low;
  if (shift + q_bits >= DBL_MAX_EXP
      && (shift + q_bits > DBL_MAX_EXP || d == ldexp (1.0, (int) q_bits)))
    return too_large ();
  d = ldexp (d, (int) shift);
  return pml_float_new (negate ? -d : d);
}

PmlObj *
pml_int_true_divide (PmlObj *a, PmlObj *b)
{
  gint64 x, y;
  PmlBigint *ba, *bb, *abs_a, *abs_b;
  gboolean negate;
  PmlObj *r;

  /* both exact as doubles: one division, one rounding */
  if (pml_int_as_i64 (a, &x) && pml_int_as_i64 (b, &y)
      && x > -TWO_TO_MANT && x < TWO_TO_MANT && y > -TWO_TO_MANT && y < TWO_TO_MANT)
    {
      if (y == 0)
        return pml_err_set (T_ZERO_DIVISION_ERROR, "division by zero");
      return pml_float_new ((double) x / (double) y);
    }
  ba = pml_int_as_big (a);
  bb = pml_int_as_big (b);
  if (pml_bigint_sign (bb) == 0)
    r = pml_err_set (T_ZERO_DIVISION_ERROR, "division by zero");
  else
    {
      negate = (pml_bigint_sign (ba) < 0) != (pml_bigint_sign (bb) < 0);
      if (pml_bigint_sign (ba) == 0)
        r = pml_float_new (negate ? -0.0 : 0.0);
      else
        {
          abs_a = pml_bigint_abs (ba);
          abs_b = pml_bigint_abs (bb);
          r = divide_magnitudes (abs_a, abs_b, negate);
          pml_bigint_free (abs_a);
          pml_bigint_free (abs_b);
        }
    }
  pml_bigint_free (ba);
  pml_bigint_free (bb);
  return r;
}
