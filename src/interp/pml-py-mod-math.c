/* pml-py-mod-math.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <float.h>
#include <math.h>
#include <string.h>

#include "pml-py-mod-math-private.h"
#include "pml-py-module-table.h"
#include "pml-py-type.h"

/* The math module, as CPython 3.11's Modules/mathmodule.c: the libm
 * functions with its checks (a NaN out of a non-NaN argument is a domain
 * error, an infinity out of a finite one an overflow), its own algorithms
 * where the result depends on them (hypot's and dist's vector_norm,
 * fsum's exact partials), and exact integer results for factorial, comb,
 * perm, gcd, lcm and isqrt. */

typedef double (*MathFunc1) (double x);

#define UNUSED_SELF (void) self

/* ---- arguments ---- */

PmlObj *
pml_math_no_keywords (const char *name, PmlObj *kwnames)
{
  if (kwnames != NULL && kwnames->u.t.n > 0)
    return pml_err_set (T_TYPE_ERROR, "%s() takes no keyword arguments", name);
  return NONE;
}

/* METH_O: "math.sqrt() takes exactly one argument (0 given)" */
gboolean
pml_math_one_arg (const char *name, gsize nargs, PmlObj *kwnames)
{
  if (pml_math_no_keywords (name, kwnames) == NULL)
    return FALSE;
  if (nargs != 1)
    {
      pml_err_set (T_TYPE_ERROR, "math.%s() takes exactly one argument (%zu given)", name, nargs);
      return FALSE;
    }
  return TRUE;
}

/* Argument Clinic's positional-only functions: "pow expected 2 arguments, got 1" */
gboolean
pml_math_n_args (const char *name, gsize nargs, PmlObj *kwnames, gsize min, gsize max)
{
  if (pml_math_no_keywords (name, kwnames) == NULL)
    return FALSE;
  return pml_check_nargs (name, nargs, min, max) != NULL;
}

/* a method a class defines for a protocol (__float__, __floor__, ...) */
static PmlObj *
class_method (PmlObj *o, const char *name)
{
  if (o->kind != K_INSTANCE || pml_class_lookup (o->type, name) == NULL)
    return NULL;
  return pml_getattr_cstr (o, name);
}

/* PyFloat_AsDouble: a float, an int, or an object with __float__ or __index__ */
static gboolean
real_arg (PmlObj *o, double *out)
{
  gboolean ok;
  PmlObj *m, *r;

  if (o->kind == K_FLOAT || o->kind == K_INT || o->kind == K_BOOL)
    {
      *out = pml_number_as_double (o, &ok);
      return ok;
    }
  m = class_method (o, "__float__");
  if (m == NULL && pml_err_occurred ())
    return FALSE;
  if (m != NULL)
    {
      r = pml_call_from_c (m, NULL, 0);
      pml_decref (m);
      if (r == NULL)
        return FALSE;
      if (r->kind != K_FLOAT)
        {
          pml_err_set (T_TYPE_ERROR, "%s.__float__ returned non-float (type %s)",
                       pml_type_name (o), pml_type_name (r));
          pml_decref (r);
          return FALSE;
        }
      *out = r->u.f;
      pml_decref (r);
      return TRUE;
    }
  if (pml_slots (o)->nb_index != NULL)
    {
      r = pml_slots (o)->nb_index (o);
      if (r == NULL)
        return FALSE;
      *out = pml_number_as_double (r, &ok);
      pml_decref (r);
      return ok;
    }
  pml_err_set (T_TYPE_ERROR, "must be real number, not %s", pml_type_name (o));
  return FALSE;
}

/* PyNumber_Index: a new reference to an exact int */
PmlObj *
pml_math_index_arg (PmlObj *o)
{
  PmlObj *r;

  if (o->kind == K_INT)
    return pml_incref (o);
  if (pml_slots (o)->nb_index == NULL)
    return pml_err_set (T_TYPE_ERROR, "'%s' object cannot be interpreted as an integer", pml_type_name (o));
  r = pml_slots (o)->nb_index (o);
  if (r != NULL && r->kind == K_BOOL)
    PML_SETREF (r, pml_int_new (r == TRUE_));
  return r;
}

/* ---- errors, as mathmodule.c's is_error and math_1 ---- */

static PmlObj *
domain_error (void)
{
  return pml_err_set (T_VALUE_ERROR, "math domain error");
}

static PmlObj *
range_error (void)
{
  return pml_err_set (T_OVERFLOW_ERROR, "math range error");
}

/* the result of a one-argument function, checked as math_1 checks it */
static PmlObj *
checked_result (double x, double r, gboolean can_overflow)
{
  if (isnan (r) && !isnan (x))
    return domain_error ();
  if (isinf (r) && isfinite (x))
    return can_overflow ? range_error () : domain_error ();
  return pml_float_new (r);
}

static PmlObj *
math_1 (const char *name, PmlObj **args, gsize nargs, PmlObj *kwnames, MathFunc1 func, gboolean can_overflow)
{
  double x;

  if (!pml_math_one_arg (name, nargs, kwnames) || !real_arg (args[0], &x))
    return NULL;
  return checked_result (x, func (x), can_overflow);
}

#define MATH_1(name, func, can_overflow) \
  static PmlObj * \
  math_##name (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames) \
  { \
    UNUSED_SELF; \
    return math_1 (#name, args, nargs, kwnames, func, can_overflow); \
  }

MATH_1 (acos, acos, FALSE)
MATH_1 (acosh, acosh, FALSE)
MATH_1 (asin, asin, FALSE)
MATH_1 (asinh, asinh, FALSE)
MATH_1 (atan, atan, FALSE)
MATH_1 (atanh, atanh, FALSE)
MATH_1 (cbrt, cbrt, FALSE)
MATH_1 (cos, cos, FALSE)
MATH_1 (cosh, cosh, TRUE)
MATH_1 (erf, erf, FALSE)
MATH_1 (erfc, erfc, FALSE)
MATH_1 (exp, exp, TRUE)
MATH_1 (exp2, exp2, TRUE)
MATH_1 (expm1, expm1, TRUE)
MATH_1 (fabs, fabs, FALSE)
MATH_1 (sin, sin, FALSE)
MATH_1 (sinh, sinh, TRUE)
MATH_1 (sqrt, sqrt, FALSE)
MATH_1 (tan, tan, FALSE)
MATH_1 (tanh, tanh, FALSE)

static double
log1p_checked (double x)
{
  /* log1p(-1) is -inf: a domain error in CPython, not an overflow */
  return x == -1.0 ? NAN : log1p (x);
}

MATH_1 (log1p, log1p_checked, FALSE)

static double
to_degrees (double x)
{
  return x * (180.0 / G_PI);
}

static double
to_radians (double x)
{
  return x * (G_PI / 180.0);
}

static PmlObj *
math_degrees (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  double x;

  UNUSED_SELF;
  if (!pml_math_one_arg ("degrees", nargs, kwnames) || !real_arg (args[0], &x))
    return NULL;
  return pml_float_new (to_degrees (x));
}

static PmlObj *
math_radians (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  double x;

  UNUSED_SELF;
  if (!pml_math_one_arg ("radians", nargs, kwnames) || !real_arg (args[0], &x))
    return NULL;
  return pml_float_new (to_radians (x));
}

/* ---- floats to ints: floor, ceil, trunc ---- */

/* PyLong_FromDouble */
static PmlObj *
int_from_double (double d)
{
  if (isinf (d))
    return pml_err_set (T_OVERFLOW_ERROR, "cannot convert float infinity to integer");
  if (isnan (d))
    return pml_err_set (T_VALUE_ERROR, "cannot convert float NaN to integer");
  if (d > -9.2e18 && d < 9.2e18)
    return pml_int_new ((gint64) d);
  return pml_int_from_big (pml_bigint_from_double (d));
}

/* floor and ceil: ints are their own result, a class's __floor__ or
   __ceil__ is called, anything else goes through float */
static PmlObj *
rounding (const char *name, const char *dunder, PmlObj **args, gsize nargs, PmlObj *kwnames,
          MathFunc1 func)
{
  PmlObj *m;
  double x;

  if (!pml_math_one_arg (name, nargs, kwnames))
    return NULL;
  if (args[0]->kind == K_FLOAT)
    return int_from_double (func (args[0]->u.f));
  if (args[0]->kind == K_INT || args[0]->kind == K_BOOL)
    return pml_math_index_arg (args[0]);
  m = class_method (args[0], dunder);
  if (m != NULL)
    {
      PmlObj *r = pml_call_from_c (m, NULL, 0);

      pml_decref (m);
      return r;
    }
  if (pml_err_occurred () || !real_arg (args[0], &x))
    return NULL;
  return int_from_double (func (x));
}

static PmlObj *
math_floor (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  UNUSED_SELF;
  return rounding ("floor", "__floor__", args, nargs, kwnames, floor);
}

static PmlObj *
math_ceil (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  UNUSED_SELF;
  return rounding ("ceil", "__ceil__", args, nargs, kwnames, ceil);
}

/* trunc() only calls __trunc__: float and int have it, str does not */
static PmlObj *
math_trunc (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *m;

  UNUSED_SELF;
  if (!pml_math_one_arg ("trunc", nargs, kwnames))
    return NULL;
  if (args[0]->kind == K_FLOAT)
    return int_from_double (trunc (args[0]->u.f));
  if (args[0]->kind == K_INT || args[0]->kind == K_BOOL)
    return pml_math_index_arg (args[0]);
  m = class_method (args[0], "__trunc__");
  if (m != NULL)
    {
      PmlObj *r = pml_call_from_c (m, NULL, 0);

      pml_decref (m);
      return r;
    }
  if (pml_err_occurred ())
    return NULL;
  return pml_err_set (T_TYPE_ERROR, "type %s doesn't define __trunc__ method", pml_type_name (args[0]));
}

/* ---- two floats ---- */

static PmlObj *
math_fmod (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  double x, y, r;

  UNUSED_SELF;
  if (!pml_math_n_args ("fmod", nargs, kwnames, 2, 2) || !real_arg (args[0], &x) || !real_arg (args[1], &y))
    return NULL;
  /* fmod(x, +-inf) is x for a finite x */
  if (isinf (y) && isfinite (x))
    return pml_float_new (x);
  r = fmod (x, y);
  if (isnan (r) && !isnan (x) && !isnan (y))
    return domain_error ();
  return pml_float_new (r);
}

static PmlObj *
math_atan2 (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  double y, x;

  UNUSED_SELF;
  if (!pml_math_n_args ("atan2", nargs, kwnames, 2, 2) || !real_arg (args[0], &y) || !real_arg (args[1], &x))
    return NULL;
  return pml_float_new (atan2 (y, x));
}

static PmlObj *
math_copysign (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  double x, y;

  UNUSED_SELF;
  if (!pml_math_n_args ("copysign", nargs, kwnames, 2, 2) || !real_arg (args[0], &x) || !real_arg (args[1], &y))
    return NULL;
  return pml_float_new (copysign (x, y));
}

static PmlObj *
math_remainder (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  double x, y, r;

  UNUSED_SELF;
  if (!pml_math_n_args ("remainder", nargs, kwnames, 2, 2) || !real_arg (args[0], &x) || !real_arg (args[1], &y))
    return NULL;
  if (isnan (x) || isnan (y))
    return pml_float_new (isnan (x) ? x : y);
  if (isinf (x) || y == 0.0)
    return domain_error ();
  r = isinf (y) ? x : remainder (x, y);
  return pml_float_new (r);
}

/* math_pow: C99's special cases decided here, libm for finite ** finite */
static PmlObj *
math_pow (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  double x, y, r;
  gboolean domain = FALSE, overflow = FALSE;

  UNUSED_SELF;
  if (!pml_math_n_args ("pow", nargs, kwnames, 2, 2) || !real_arg (args[0], &x) || !real_arg (args[1], &y))
    return NULL;
  if (!isfinite (x) || !isfinite (y))
    {
      if (isnan (x))
        r = y == 0.0 ? 1.0 : x;
      else if (isnan (y))
        r = x == 1.0 ? 1.0 : y;
      else if (isinf (x))
        {
          gboolean odd_y = isfinite (y) && fmod (fabs (y), 2.0) == 1.0;

          if (y > 0.0)
            r = odd_y ? x : fabs (x);
          else if (y == 0.0)
            r = 1.0;
          else
            r = odd_y ? copysign (0.0, x) : 0.0;
        }
      else if (fabs (x) == 1.0)
        r = 1.0;
      else if (y > 0.0 && fabs (x) > 1.0)
        r = y;
      else if (y < 0.0 && fabs (x) < 1.0)
        r = -y;
      else
        r = 0.0;
    }
  else
    {
      r = pow (x, y);
      /* NaN: a negative number to a non-integer power; infinity: zero
         to a negative power, or an overflow */
      if (isnan (r))
        domain = TRUE;
      else if (isinf (r))
        {
          if (x == 0.0)
            domain = TRUE;
          else
            overflow = TRUE;
        }
    }
  if (domain)
    return domain_error ();
  if (overflow)
    return range_error ();
  return pml_float_new (r);
}

/* ---- logarithms ---- */

/* m_log, m_log2, m_log10: a domain error (NaN) for zero and below */
static double
log_checked (double x, MathFunc1 func)
{
  if (isfinite (x))
    return x > 0.0 ? func (x) : NAN;
  if (isnan (x))
    return x;
  return x > 0.0 ? x : NAN;
}

/* an int too large for a float as m * 2**e, 0.5 <= m < 1, rounded to
   nearest as _PyLong_Frexp rounds */
static double
big_frexp (const PmlBigint *big, gint64 *e)
{
  PmlBigint *a = pml_bigint_abs (big), *top, *back;
  guint64 bits = pml_bigint_bit_length (a), shift = bits - 62;
  gint64 m;
  gboolean sticky;

  /* the top 62 bits, and a sticky bit for any one below them */
  top = pml_bigint_rshift (a, shift);
  back = pml_bigint_lshift (top, shift);
  sticky = pml_bigint_cmp (back, a) != 0;
  pml_bigint_to_i64 (top, &m);
  pml_bigint_free (a);
  pml_bigint_free (top);
  pml_bigint_free (back);
  *e = (gint64) bits;
  return ldexp ((double) (m | (sticky ? 1 : 0)), -62);
}

/* loghelper: an int is taken whole, however large */
static gboolean
log_of (PmlObj *o, MathFunc1 func, double *out)
{
  double x;

  if (o->kind == K_INT || o->kind == K_BOOL)
    {
      gboolean ok;

      if ((o->kind == K_BOOL && o == FALSE_) ||
          (o->kind == K_INT && (o->u.i.big ? pml_bigint_sign (o->u.i.big) <= 0 : o->u.i.v <= 0)))
        {
          domain_error ();
          return FALSE;
        }
      x = pml_number_as_double (o, &ok);
      if (!ok)
        {
          gint64 e;
          double m;

          pml_err_clear ();
          m = big_frexp (o->u.i.big, &e);
          *out = func (m) + func (2.0) * (double) e;
          return TRUE;
        }
      *out = log_checked (x, func);
      return TRUE;
    }
  if (!real_arg (o, &x))
    return FALSE;
  *out = log_checked (x, func);
  if (isnan (*out) && !isnan (x))
    {
      domain_error ();
      return FALSE;
    }
  return TRUE;
}

static PmlObj *
log_1 (const char *name, PmlObj **args, gsize nargs, PmlObj *kwnames, MathFunc1 func)
{
  double r;

  if (!pml_math_one_arg (name, nargs, kwnames) || !log_of (args[0], func, &r))
    return NULL;
  return pml_float_new (r);
}

static PmlObj *
math_log (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  double num, den;

  UNUSED_SELF;
  if (pml_math_no_keywords ("log", kwnames) == NULL)
    return NULL;
  if (nargs < 1 || nargs > 2)
    return pml_err_set (T_TYPE_ERROR, "math.log requires 1 to 2 arguments");
  if (!log_of (args[0], log, &num))
    return NULL;
  if (nargs == 1)
    return pml_float_new (num);
  if (!log_of (args[1], log, &den))
    return NULL;
  if (den == 0.0)
    return pml_err_set (T_ZERO_DIVISION_ERROR, "float division by zero");
  return pml_float_new (num / den);
}

static PmlObj *
math_log2 (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  UNUSED_SELF;
  return log_1 ("log2", args, nargs, kwnames, log2);
}

static PmlObj *
math_log10 (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  UNUSED_SELF;
  return log_1 ("log10", args, nargs, kwnames, log10);
}

/* ---- hypot and dist: vector_norm ---- */

/* a double-length number: hi + lo exactly */
typedef struct
{
  double hi, lo;
} DoubleLength;

/* Dekker's exact product, with Veltkamp's split */
static DoubleLength
split (double x)
{
  double t = x * 134217729.0;   /* 2**27 + 1 */
  double hi = t - (t - x);

  return (DoubleLength) { hi, x - hi };
}

static DoubleLength
exact_mul (double x, double y)
{
  DoubleLength xx = split (x), yy = split (y);
  double p = xx.hi * yy.hi;
  double q = xx.hi * yy.lo + xx.lo * yy.hi;
  double z = p + q;
  double zz = p - z + q + xx.lo * yy.lo;

  return (DoubleLength) { z, zz };
}

/* Fast2Sum, for |a| >= |b| */
static DoubleLength
exact_sum (double a, double b)
{
  double x = a + b;
  double z = x - a;

  return (DoubleLength) { x, b - z };
}

/* The Euclidean norm of non-negative finite coordinates, correctly
 * rounded in nearly every case: the squares are summed exactly after a
 * lossless scaling by a power of two, and the square root gets one step
 * of differential correction. */
static double
vector_norm (gsize n, double *vec, double max, gboolean found_nan)
{
  double x, h, scale, csum = 1.0, frac1 = 0.0, frac2 = 0.0;
  DoubleLength pr, sm;
  int max_e;

  if (isinf (max))
    return max;
  if (found_nan)
    return NAN;
  if (max == 0.0 || n <= 1)
    return max;
  frexp (max, &max_e);
  if (max_e < -1023)
    {
      /* subnormals: scaled up to normals first */
      for (gsize i = 0; i < n; i++)
        vec[i] /= DBL_MIN;
      return DBL_MIN * vector_norm (n, vec, max / DBL_MIN, found_nan);
    }
  scale = ldexp (1.0, -max_e);
  for (gsize i = 0; i < n; i++)
    {
      x = vec[i] * scale;
      pr = exact_mul (x, x);
      sm = exact_sum (csum, pr.hi);
      csum = sm.hi;
      frac1 += pr.lo;
      frac2 += sm.lo;
    }
  h = sqrt (csum - 1.0 + (frac1 + frac2));
  pr = exact_mul (-h, h);
  sm = exact_sum (csum, pr.hi);
  csum = sm.hi;
  frac1 += pr.lo;
  frac2 += sm.lo;
  x = csum - 1.0 + (frac1 + frac2);
  h += x / (2.0 * h);
  return h / scale;
}

static PmlObj *
math_hypot (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  g_autofree double *coords = NULL;
  double max = 0.0;
  gboolean found_nan = FALSE;

  UNUSED_SELF;
  if (pml_math_no_keywords ("hypot", kwnames) == NULL)
    return NULL;
  coords = g_new (double, MAX (nargs, 1));
  for (gsize i = 0; i < nargs; i++)
    {
      double x;

      if (!real_arg (args[i], &x))
        return NULL;
      x = fabs (x);
      coords[i] = x;
      found_nan |= isnan (x);
      if (x > max)
        max = x;
    }
  return pml_float_new (vector_norm (nargs, coords, max, found_nan));
}

/* a point: a tuple as it is, anything else made into one */
static PmlObj *
as_tuple (PmlObj *o)
{
  PmlObj *list, *t;

  if (o->kind == K_TUPLE)
    return pml_incref (o);
  list = pml_list_from_iterable (o);
  if (list == NULL)
    return NULL;
  t = pml_tuple_from_array (list->u.l.items, list->u.l.n);
  pml_decref (list);
  return t;
}

static PmlObj *
math_dist (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  g_autoptr(PmlObjTemp) p = NULL;
  g_autoptr(PmlObjTemp) q = NULL;
  g_autofree double *diffs = NULL;
  double max = 0.0;
  gboolean found_nan = FALSE;
  gsize n;

  UNUSED_SELF;
  if (!pml_math_n_args ("dist", nargs, kwnames, 2, 2))
    return NULL;
  p = as_tuple (args[0]);
  if (p == NULL)
    return NULL;
  q = as_tuple (args[1]);
  if (q == NULL)
    return NULL;
  n = p->u.t.n;
  if (q->u.t.n != n)
    return pml_err_set (T_VALUE_ERROR, "both points must have the same number of dimensions");
  diffs = g_new (double, MAX (n, 1));
  for (gsize i = 0; i < n; i++)
    {
      double px, qx, x;

      if (!real_arg (p->u.t.items[i], &px) || !real_arg (q->u.t.items[i], &qx))
        return NULL;
      x = fabs (px - qx);
      diffs[i] = x;
      found_nan |= isnan (x);
      if (x > max)
        max = x;
    }
  return pml_float_new (vector_norm (n, diffs, max, found_nan));
}

/* ---- fsum: Shewchuk's exact partial sums ---- */

static PmlObj *
math_fsum (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  g_autoptr(GArray) partials = NULL;
  g_autoptr(PmlObjTemp) it = NULL;
  double special_sum = 0.0, inf_sum = 0.0, hi, lo = 0.0, x, y, yr;
  double *p;
  gsize n;
  PmlObj *item;

  UNUSED_SELF;
  if (!pml_math_one_arg ("fsum", nargs, kwnames))
    return NULL;
  it = pml_iter (args[0]);
  if (it == NULL)
    return NULL;
  partials = g_array_new (FALSE, FALSE, sizeof (double));
  while ((item = pml_iter_next_owned (it)) != NULL)
    {
      double xsave;
      gsize i = 0;
      gboolean ok = real_arg (item, &x);

      pml_decref (item);
      if (!ok)
        return NULL;
      xsave = x;
      p = (double *) (void *) partials->data;
      /* x plus the partials: the rounded sum carries on, each non-zero
         rounding error is kept as a partial, smallest first */
      for (gsize j = 0; j < partials->len; j++)
        {
          y = p[j];
          if (fabs (x) < fabs (y))
            {
              double t = x;

              x = y;
              y = t;
            }
          hi = x + y;
          lo = y - (hi - x);
          if (lo != 0.0)
            p[i++] = lo;
          x = hi;
        }
      g_array_set_size (partials, i);
      if (x == 0.0)
        continue;
      if (!isfinite (x))
        {
          /* an infinity or a NaN summed, or an overflow on the way */
          if (isfinite (xsave))
            return pml_err_set (T_OVERFLOW_ERROR, "intermediate overflow in fsum");
          if (isinf (xsave))
            inf_sum += xsave;
          special_sum += xsave;
          g_array_set_size (partials, 0);
        }
      else
        g_array_append_val (partials, x);
    }
  if (pml_err_occurred ())
    return NULL;
  if (special_sum != 0.0)
    {
      if (isnan (inf_sum))
        return pml_err_set (T_VALUE_ERROR, "-inf + inf in fsum");
      return pml_float_new (special_sum);
    }

  hi = 0.0;
  n = partials->len;
  p = (double *) (void *) partials->data;
  if (n > 0)
    {
      hi = p[--n];
      /* add the partials from the largest until the sum is inexact */
      while (n > 0)
        {
          x = hi;
          y = p[--n];
          hi = x + y;
          yr = hi - x;
          lo = y - yr;
          if (lo != 0.0)
            break;
        }
      /* round half to even across the partials left: a rounding error
         and a next partial of the same sign round up */
      if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)))
        {
          y = lo * 2.0;
          x = hi + y;
          yr = x - hi;
          if (y == yr)
            hi = x;
        }
    }
  return pml_float_new (hi);
}

/* ---- float tests and pieces ---- */

static PmlObj *
float_test (const char *name, PmlObj **args, gsize nargs, PmlObj *kwnames, int (*test) (double))
{
  double x;

  if (!pml_math_one_arg (name, nargs, kwnames) || !real_arg (args[0], &x))
    return NULL;
  return pml_incref (BOOL (test (x)));
}

static int
test_finite (double x)
{
  return isfinite (x);
}

static int
test_inf (double x)
{
  return isinf (x);
}

static int
test_nan (double x)
{
  return isnan (x);
}

static PmlObj *
math_isfinite (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  UNUSED_SELF;
  return float_test ("isfinite", args, nargs, kwnames, test_finite);
}

static PmlObj *
math_isinf (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  UNUSED_SELF;
  return float_test ("isinf", args, nargs, kwnames, test_inf);
}

static PmlObj *
math_isnan (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  UNUSED_SELF;
  return float_test ("isnan", args, nargs, kwnames, test_nan);
}

/* isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0) */
static PmlObj *
math_isclose (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gsize npos = pml_positional (nargs, kwnames);
  double a, b, rel_tol = 1e-09, abs_tol = 0.0, diff;
  PmlObj *rel = pml_kwarg (args, nargs, kwnames, "rel_tol");
  PmlObj *abs_ = pml_kwarg (args, nargs, kwnames, "abs_tol");
  gsize nkw = kwnames != NULL ? kwnames->u.t.n : 0;

  UNUSED_SELF;
  if (npos > 2)
    return pml_err_set (T_TYPE_ERROR, "isclose() takes exactly 2 positional arguments (%zu given)", npos);
  for (gsize i = 0; i < nkw; i++)
    {
      const char *k = kwnames->u.t.items[i]->u.s.s;

      if (strcmp (k, "rel_tol") != 0 && strcmp (k, "abs_tol") != 0 &&
          strcmp (k, "a") != 0 && strcmp (k, "b") != 0)
        return pml_err_set (T_TYPE_ERROR, "isclose() got an unexpected keyword argument '%s'", k);
    }
  {
    PmlObj *ka = npos > 0 ? args[0] : pml_kwarg (args, nargs, kwnames, "a");
    PmlObj *kb = npos > 1 ? args[1] : pml_kwarg (args, nargs, kwnames, "b");

    if (ka == NULL)
      return pml_err_set (T_TYPE_ERROR, "isclose() missing required argument 'a' (pos 1)");
    if (kb == NULL)
      return pml_err_set (T_TYPE_ERROR, "isclose() missing required argument 'b' (pos 2)");
    if (!real_arg (ka, &a) || !real_arg (kb, &b))
      return NULL;
  }
  if ((rel != NULL && !real_arg (rel, &rel_tol)) || (abs_ != NULL && !real_arg (abs_, &abs_tol)))
    return NULL;
  if (rel_tol < 0.0 || abs_tol < 0.0)
    return pml_err_set (T_VALUE_ERROR, "tolerances must be non-negative");
  if (a == b)
    return pml_incref (TRUE_);
  /* two infinities of the same sign were equal; any other is far */
  if (isinf (a) || isinf (b))
    return pml_incref (FALSE_);
  diff = fabs (b - a);
  return pml_incref (BOOL ((diff <= fabs (rel_tol * b)) || (diff <= fabs (rel_tol * a)) || diff <= abs_tol));
}

static PmlObj *
float_pair (double a, double b)
{
  PmlObj *x = pml_float_new (a), *y, *t = NULL;

  if (x == NULL)
    return NULL;
  y = pml_float_new (b);
  if (y != NULL)
    t = pml_tuple_pack (2, x, y);
  pml_decref (x);
  pml_xdecref (y);
  return t;
}

static PmlObj *
math_modf (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  double x, ip;

  UNUSED_SELF;
  if (!pml_math_one_arg ("modf", nargs, kwnames) || !real_arg (args[0], &x))
    return NULL;
  if (isinf (x))
    return float_pair (copysign (0.0, x), x);
  x = modf (x, &ip);
  return float_pair (x, ip);
}

static PmlObj *
math_frexp (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  double x, m;
  int e = 0;
  PmlObj *mo, *eo, *t = NULL;

  UNUSED_SELF;
  if (!pml_math_one_arg ("frexp", nargs, kwnames) || !real_arg (args[0], &x))
    return NULL;
  m = isnan (x) || isinf (x) || x == 0.0 ? x : frexp (x, &e);
  mo = pml_float_new (m);
  if (mo == NULL)
    return NULL;
  eo = pml_int_new (e);
  if (eo != NULL)
    t = pml_tuple_pack (2, mo, eo);
  pml_decref (mo);
  pml_xdecref (eo);
  return t;
}

static PmlObj *
math_ldexp (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  double x, r;
  gint64 e;
  PmlObj *i = args[1];

  UNUSED_SELF;
  if (!pml_math_n_args ("ldexp", nargs, kwnames, 2, 2) || !real_arg (args[0], &x))
    return NULL;
  if (i->kind != K_INT && i->kind != K_BOOL)
    return pml_err_set (T_TYPE_ERROR, "Expected an int as second argument to ldexp.");
  /* exponents beyond a long only overflow or underflow */
  if (!pml_int_as_i64 (i, &e))
    e = pml_bigint_sign (i->u.i.big) > 0 ? G_MAXINT : G_MININT;
  e = CLAMP (e, G_MININT, G_MAXINT);
  if (x == 0.0 || !isfinite (x))
    return pml_float_new (x);
  r = ldexp (x, (int) e);
  if (isinf (r))
    return range_error ();
  return pml_float_new (r);
}

static PmlObj *
math_nextafter (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  double x, y;

  UNUSED_SELF;
  if (!pml_math_n_args ("nextafter", nargs, kwnames, 2, 2) || !real_arg (args[0], &x) || !real_arg (args[1], &y))
    return NULL;
  return pml_float_new (nextafter (x, y));
}

static PmlObj *
math_ulp (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  double x, x2;

  UNUSED_SELF;
  if (!pml_math_one_arg ("ulp", nargs, kwnames) || !real_arg (args[0], &x))
    return NULL;
  if (isnan (x))
    return pml_float_new (x);
  x = fabs (x);
  if (isinf (x))
    return pml_float_new (x);
  x2 = nextafter (x, INFINITY);
  if (isinf (x2))
    return pml_float_new (x - nextafter (x, -INFINITY));
  return pml_float_new (x2 - x);
}

/* ---- the module ---- */

static const struct
{
  const char    *name;
  PmlBuiltinFunc fn;
} functions[] = {
  { "acos", math_acos },
  { "acosh", math_acosh },
  { "asin", math_asin },
  { "asinh", math_asinh },
  { "atan", math_atan },
  { "atan2", math_atan2 },
  { "atanh", math_atanh },
  { "cbrt", math_cbrt },
  { "ceil", math_ceil },
  { "comb", pml_math_comb },
  { "copysign", math_copysign },
  { "cos", math_cos },
  { "cosh", math_cosh },
  { "degrees", math_degrees },
  { "dist", math_dist },
  { "erf", math_erf },
  { "erfc", math_erfc },
  { "exp", math_exp },
  { "exp2", math_exp2 },
  { "expm1", math_expm1 },
  { "fabs", math_fabs },
  { "factorial", pml_math_factorial },
  { "floor", math_floor },
  { "fmod", math_fmod },
  { "frexp", math_frexp },
  { "fsum", math_fsum },
  { "gcd", pml_math_gcd },
  { "hypot", math_hypot },
  { "isclose", math_isclose },
  { "isfinite", math_isfinite },
  { "isinf", math_isinf },
  { "isnan", math_isnan },
  { "isqrt", pml_math_isqrt },
  { "lcm", pml_math_lcm },
  { "ldexp", math_ldexp },
  { "log", math_log },
  { "log10", math_log10 },
  { "log1p", math_log1p },
  { "log2", math_log2 },
  { "modf", math_modf },
  { "nextafter", math_nextafter },
  { "perm", pml_math_perm },
  { "pow", math_pow },
  { "prod", pml_math_prod },
  { "radians", math_radians },
  { "remainder", math_remainder },
  { "sin", math_sin },
  { "sinh", math_sinh },
  { "sqrt", math_sqrt },
  { "tan", math_tan },
  { "tanh", math_tanh },
  { "trunc", math_trunc },
  { "ulp", math_ulp },
};

static void
add_float (PmlObj *m, const char *name, double v)
{
  PmlObj *f = pml_float_new (v);

  pml_dict_set_str (m->u.mod.dict, name, f);
  pml_decref (f);
}

PmlObj *
pml_module_make_math (void)
{
  PmlObj *m = pml_module_new_imported ("math");

  if (m == NULL)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (functions); i++)
    {
      PmlObj *b = pml_builtin_new (functions[i].name, functions[i].fn, m);

      pml_dict_set_str (m->u.mod.dict, functions[i].name, b);
      pml_decref (b);
    }
  add_float (m, "pi", G_PI);
  add_float (m, "e", G_E);
  add_float (m, "tau", 2 * G_PI);
  add_float (m, "inf", INFINITY);
  add_float (m, "nan", NAN);
  return m;
}
