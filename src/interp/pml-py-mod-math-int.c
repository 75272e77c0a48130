/* pml-py-mod-math-int.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "pml-py-mod-math-private.h"
#include "pml-py-type.h"

/* The math module's integer functions, exact at any size as CPython's:
 * factorial, gcd, lcm, comb, perm, isqrt, and prod, which multiplies
 * whatever its items are. */

#define UNUSED_SELF (void) self

static PmlObj *
int_from_big_or_fail (PmlBigint *b)
{
  return b != NULL ? pml_int_from_big (b) : pml_err_no_memory ();
}

static int
int_sign (PmlObj *i)
{
  return i->u.i.big != NULL ? pml_bigint_sign (i->u.i.big) : (i->u.i.v > 0) - (i->u.i.v < 0);
}

/* the product of the ints lo, lo + 1, ..., hi: halves multiplied, so
   the operands grow together */
static PmlBigint *
range_product (guint64 lo, guint64 hi)
{
  PmlBigint *a, *b, *r;
  guint64 mid;

  if (lo > hi)
    return pml_bigint_from_i64 (1);
  if (hi - lo < 8)
    {
      guint64 acc = 1;

      r = pml_bigint_from_i64 (1);
      for (guint64 k = lo; k <= hi; k++)
        {
          /* small factors gathered in 64 bits before each multiplication */
          if (acc > (guint64) G_MAXINT64 / MAX (k, 1))
            {
              PmlBigint *f = pml_bigint_from_i64 ((gint64) acc), *t = pml_bigint_mul (r, f);

              pml_bigint_free (f);
              pml_bigint_free (r);
              r = t;
              acc = 1;
            }
          acc *= k;
        }
      a = pml_bigint_from_i64 ((gint64) acc);
      b = pml_bigint_mul (r, a);
      pml_bigint_free (a);
      pml_bigint_free (r);
      return b;
    }
  mid = lo + (hi - lo) / 2;
  a = range_product (lo, mid);
  b = range_product (mid + 1, hi);
  r = pml_bigint_mul (a, b);
  pml_bigint_free (a);
  pml_bigint_free (b);
  return r;
}

PmlObj *
pml_math_factorial (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  g_autoptr(PmlObjTemp) n = NULL;
  gint64 v;

  UNUSED_SELF;
  if (!pml_math_one_arg ("factorial", nargs, kwnames))
    return NULL;
  n = pml_math_index_arg (args[0]);
  if (n == NULL)
    return NULL;
  if (!pml_int_as_i64 (n, &v))
    {
      if (int_sign (n) < 0)
        return pml_err_set (T_VALUE_ERROR, "factorial() not defined for negative values");
      return pml_err_set (T_OVERFLOW_ERROR, "factorial() argument should not exceed %" G_GINT64_FORMAT, G_MAXINT64);
    }
  if (v < 0)
    return pml_err_set (T_VALUE_ERROR, "factorial() not defined for negative values");
  return int_from_big_or_fail (range_product (1, (guint64) v));
}

/* Euclid on the absolute values */
static PmlObj *
gcd_pair (PmlObj *a, PmlObj *b)
{
  gint64 x, y;
  PmlBigint *p, *q;

  if (pml_int_as_i64 (a, &x) && pml_int_as_i64 (b, &y) && x != G_MININT64 && y != G_MININT64)
    {
      x = ABS (x);
      y = ABS (y);
      while (y != 0)
        {
          gint64 t = x % y;

          x = y;
          y = t;
        }
      return pml_int_new (x);
    }
  {
    PmlBigint *ba = pml_int_as_big (a), *bb = pml_int_as_big (b);

    p = pml_bigint_abs (ba);
    q = pml_bigint_abs (bb);
    pml_bigint_free (ba);
    pml_bigint_free (bb);
  }
  while (pml_bigint_sign (q) != 0)
    {
      PmlBigint *quot, *rem;

      pml_bigint_divmod (p, q, &quot, &rem);
      pml_bigint_free (quot);
      pml_bigint_free (p);
      p = q;
      q = rem;
    }
  pml_bigint_free (q);
  return int_from_big_or_fail (p);
}

PmlObj *
pml_math_gcd (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *res;

  UNUSED_SELF;
  if (pml_math_no_keywords ("gcd", kwnames) == NULL)
    return NULL;
  if (nargs == 0)
    return pml_int_new (0);
  res = pml_math_index_arg (args[0]);
  if (res == NULL)
    return NULL;
  if (nargs == 1)
    {
      PmlObj *r = pml_absolute (res);

      pml_decref (res);
      return r;
    }
  for (gsize i = 1; i < nargs; i++)
    {
      PmlObj *x = pml_math_index_arg (args[i]), *g;

      if (x == NULL)
        {
          pml_decref (res);
          return NULL;
        }
      g = gcd_pair (res, x);
      pml_decref (x);
      pml_decref (res);
      if (g == NULL)
        return NULL;
      res = g;
    }
  return res;
}

/* lcm(a, b) = |a // gcd(a, b) * b| */
static PmlObj *
lcm_pair (PmlObj *a, PmlObj *b)
{
  PmlObj *g, *q, *p, *r;

  if (int_sign (a) == 0 || int_sign (b) == 0)
    return pml_int_new (0);
  g = gcd_pair (a, b);
  if (g == NULL)
    return NULL;
  q = pml_binop (OP_FLOORDIV, a, g);
  pml_decref (g);
  if (q == NULL)
    return NULL;
  p = pml_binop (OP_MUL, q, b);
  pml_decref (q);
  if (p == NULL)
    return NULL;
  r = pml_absolute (p);
  pml_decref (p);
  return r;
}

PmlObj *
pml_math_lcm (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *res;

  UNUSED_SELF;
  if (pml_math_no_keywords ("lcm", kwnames) == NULL)
    return NULL;
  if (nargs == 0)
    return pml_int_new (1);
  res = pml_math_index_arg (args[0]);
  if (res == NULL)
    return NULL;
  if (nargs == 1)
    {
      PmlObj *r = pml_absolute (res);

      pml_decref (res);
      return r;
    }
  for (gsize i = 1; i < nargs; i++)
    {
      PmlObj *x = pml_math_index_arg (args[i]), *l;

      if (x == NULL)
        {
          pml_decref (res);
          return NULL;
        }
      l = lcm_pair (res, x);
      pml_decref (x);
      pml_decref (res);
      if (l == NULL)
        return NULL;
      res = l;
    }
  return res;
}

/* n (n-1) ... (n-k+1), and divided by k! for comb: exact at each step */
static PmlObj *
falling_product (PmlObj *n, gint64 k, gboolean divide)
{
  PmlBigint *big_n = pml_int_as_big (n), *r = pml_bigint_from_i64 (1);

  for (gint64 i = 0; i < k; i++)
    {
      PmlBigint *step = pml_bigint_from_i64 (i), *factor = pml_bigint_sub (big_n, step), *t;

      t = pml_bigint_mul (r, factor);
      pml_bigint_free (step);
      pml_bigint_free (factor);
      pml_bigint_free (r);
      r = t;
      if (divide)
        {
          PmlBigint *d = pml_bigint_from_i64 (i + 1), *quot, *rem;

          pml_bigint_divmod (r, d, &quot, &rem);
          pml_bigint_free (d);
          pml_bigint_free (rem);
          pml_bigint_free (r);
          r = quot;
        }
    }
  pml_bigint_free (big_n);
  return int_from_big_or_fail (r);
}

/* comb and perm: n and k non-negative ints; 0 when k > n */
static PmlObj *
comb_perm (const char *name, PmlObj **args, gsize nargs, PmlObj *kwnames, gboolean comb)
{
  g_autoptr(PmlObjTemp) n = NULL;
  g_autoptr(PmlObjTemp) k = NULL;
  g_autoptr(PmlObjTemp) nk = NULL;
  gint64 kv;
  PmlObj *c;

  if (!pml_math_n_args (name, nargs, kwnames, comb ? 2 : 1, 2))
    return NULL;
  n = pml_math_index_arg (args[0]);
  if (n == NULL)
    return NULL;
  if (!comb && (nargs == 1 || args[1] == NONE))
    {
      PmlObj *argv[1] = { n };

      return pml_math_factorial (NULL, argv, 1, NULL);
    }
  k = pml_math_index_arg (args[1]);
  if (k == NULL)
    return NULL;
  if (int_sign (n) < 0)
    return pml_err_set (T_VALUE_ERROR, "n must be a non-negative integer");
  if (int_sign (k) < 0)
    return pml_err_set (T_VALUE_ERROR, "k must be a non-negative integer");
  nk = pml_binop (OP_SUB, n, k);
  if (nk == NULL)
    return NULL;
  if (int_sign (nk) < 0)
    return pml_int_new (0);
  c = comb && pml_number_compare (nk, k, &(gboolean) { 0 }) < 0 ? nk : k;
  if (!pml_int_as_i64 (c, &kv))
    return pml_err_set (T_OVERFLOW_ERROR, "%s must not exceed %" G_GINT64_FORMAT,
                        comb ? "min(n - k, k)" : "k", G_MAXINT64);
  return falling_product (n, kv, comb);
}

PmlObj *
pml_math_comb (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  UNUSED_SELF;
  return comb_perm ("comb", args, nargs, kwnames, TRUE);
}

PmlObj *
pml_math_perm (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  UNUSED_SELF;
  return comb_perm ("perm", args, nargs, kwnames, FALSE);
}

PmlObj *
pml_math_isqrt (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  g_autoptr(PmlObjTemp) n = NULL;
  PmlBigint *big, *x;
  gint64 v;

  UNUSED_SELF;
  if (!pml_math_one_arg ("isqrt", nargs, kwnames))
    return NULL;
  n = pml_math_index_arg (args[0]);
  if (n == NULL)
    return NULL;
  if (int_sign (n) < 0)
    return pml_err_set (T_VALUE_ERROR, "isqrt() argument must be nonnegative");
  if (pml_int_as_i64 (n, &v) && v < (G_GINT64_CONSTANT (1) << 52))
    {
      gint64 r = (gint64) sqrt ((double) v);

      /* exact below 2**52: the square root is off by one at most */
      while (r * r > v)
        r--;
      while ((r + 1) * (r + 1) <= v)
        r++;
      return pml_int_new (r);
    }
  /* Newton's iteration from above: it decreases to the floor */
  big = pml_int_as_big (n);
  {
    PmlBigint *one = pml_bigint_from_i64 (1);

    x = pml_bigint_lshift (one, (pml_bigint_bit_length (big) + 1) / 2 + 1);
    pml_bigint_free (one);
  }
  for (;;)
    {
      PmlBigint *quot, *rem, *sum, *y;

      pml_bigint_divmod (big, x, &quot, &rem);
      sum = pml_bigint_add (x, quot);
      y = pml_bigint_rshift (sum, 1);
      pml_bigint_free (quot);
      pml_bigint_free (rem);
      pml_bigint_free (sum);
      if (pml_bigint_cmp (y, x) >= 0)
        {
          pml_bigint_free (y);
          break;
        }
      pml_bigint_free (x);
      x = y;
    }
  pml_bigint_free (big);
  return int_from_big_or_fail (x);
}

/* prod(iterable, /, *, start=1): the * of whatever the items are */
PmlObj *
pml_math_prod (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gsize npos = pml_positional (nargs, kwnames), nkw = nargs - npos;
  PmlObj *start = pml_kwarg (args, nargs, kwnames, "start"), *it, *item, *acc;

  UNUSED_SELF;
  if (npos != 1)
    return pml_err_set (T_TYPE_ERROR, "prod() takes exactly 1 positional argument (%zu given)", npos);
  if (nkw > (start != NULL ? 1u : 0u))
    for (gsize i = 0; i < nkw; i++)
      if (strcmp (kwnames->u.t.items[i]->u.s.s, "start") != 0)
        return pml_err_set (T_TYPE_ERROR, "prod() got an unexpected keyword argument '%s'",
                            kwnames->u.t.items[i]->u.s.s);
  it = pml_iter (args[0]);
  if (it == NULL)
    return NULL;
  acc = start != NULL ? pml_incref (start) : pml_int_new (1);
  while ((item = pml_iter_next_owned (it)) != NULL)
    {
      PmlObj *r = pml_binop (OP_MUL, acc, item);

      pml_decref (item);
      pml_decref (acc);
      acc = r;
      if (acc == NULL)
        break;
    }
  pml_decref (it);
  if (acc != NULL && pml_err_occurred ())
    PML_CLEAR (acc);
  return acc;
}
