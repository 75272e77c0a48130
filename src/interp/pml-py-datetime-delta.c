/* pml-py-datetime-delta.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "pml-py-datetime.h"

/* datetime.timedelta: days, seconds and microseconds, kept normalized
 * (0 <= seconds < 86400, 0 <= microseconds < 10**6) so that every
 * duration has one representation. Arithmetic works on the total in
 * microseconds, which a 128-bit integer holds for every valid delta. */

#define US_PER_SECOND ((__int128) 1000000)
#define US_PER_DAY (US_PER_SECOND * 86400)

gboolean
pml_dt_is_delta (PmlObj *o)
{
  return pml_native_is (o, &pml_dt_delta_type);
}

PmlObj *
pml_dt_delta_from_us (__int128 us)
{
  __int128 days = us / US_PER_DAY, rest = us % US_PER_DAY;
  PmlObj *o;
  PmlDeltaFields *d;

  /* floor division: the remainder goes positive */
  if (rest < 0)
    {
      rest += US_PER_DAY;
      days--;
    }
  if (days > PML_DT_MAX_DELTA_DAYS || days < -PML_DT_MAX_DELTA_DAYS)
    {
      if (days > G_MAXINT64 / 2 || days < G_MININT64 / 2)
        return pml_err_set (T_OVERFLOW_ERROR, "Python int too large to convert to C int");
      return pml_err_set (T_OVERFLOW_ERROR, "days=%" G_GINT64_FORMAT "; must have magnitude <= %d",
                          (gint64) days, PML_DT_MAX_DELTA_DAYS);
    }
  if ((o = pml_native_alloc (&pml_dt_delta_type, 0)) == NULL)
    return NULL;
  d = PML_DELTA (o);
  d->hashcode = -1;
  d->days = (gint64) days;
  d->seconds = (gint64) (rest / US_PER_SECOND);
  d->us = (gint64) (rest % US_PER_SECOND);
  return o;
}

PmlObj *
pml_dt_delta_new (gint64 days, gint64 seconds, gint64 us)
{
  return pml_dt_delta_from_us (days * US_PER_DAY + seconds * US_PER_SECOND + us);
}

__int128
pml_dt_delta_to_us (PmlObj *delta)
{
  PmlDeltaFields *d = PML_DELTA (delta);

  return d->days * US_PER_DAY + d->seconds * US_PER_SECOND + d->us;
}

/* one of the constructor's components: its whole microseconds, and the
   fraction a float leaves, rounded once at the end */
static gboolean
add_component (PmlObj *v, const char *what, gint64 factor, __int128 *whole, double *frac)
{
  gint64 i;

  if (v->kind == K_INT || v->kind == K_BOOL)
    {
      if (!pml_int_as_i64 (v, &i))
        {
          pml_err_set (T_OVERFLOW_ERROR, "Python int too large to convert to C int");
          return FALSE;
        }
      *whole += (__int128) i * factor;
      return TRUE;
    }
  if (v->kind == K_FLOAT)
    {
      double ip = trunc (v->u.f);

      if (!isfinite (v->u.f) || fabs (ip) > 1e18)
        {
          pml_err_set (T_OVERFLOW_ERROR, "Python int too large to convert to C int");
          return FALSE;
        }
      *whole += (__int128) (gint64) ip * factor;
      *frac += (v->u.f - ip) * (double) factor;
      return TRUE;
    }
  pml_err_set (T_TYPE_ERROR, "unsupported type for timedelta %s component: %s", what, pml_type_name (v));
  return FALSE;
}

/* round half to even, of whole + frac */
static __int128
round_total (__int128 whole, double frac)
{
  double fi = floor (frac), ff = frac - fi;
  __int128 total = whole + (__int128) fi;

  if (ff > 0.5 || (ff == 0.5 && (total & 1) != 0))
    total++;
  return total;
}

static PmlObj *
delta_tp_new (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  static const char *const names[] = {
    "days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks",
  };
  static const gint64 factors[] = {
    86400000000, 1000000, 1, 1000, 60000000, 3600000000, 604800000000,
  };
  PmlObj *given[G_N_ELEMENTS (names)] = { NULL };
  gsize npos = pml_positional (nargs, kwnames);
  __int128 whole = 0;
  double frac = 0;

  (void) type;
  if (nargs > G_N_ELEMENTS (names))
    return pml_err_set (T_TYPE_ERROR, "__new__() takes at most 7 arguments (%zu given)", nargs);
  for (gsize i = 0; i < npos; i++)
    given[i] = args[i];
  for (gsize k = npos; k < nargs; k++)
    {
      const char *kw = kwnames->u.t.items[k - npos]->u.s.s;
      gsize i;

      for (i = 0; i < G_N_ELEMENTS (names) && strcmp (names[i], kw) != 0; i++)
        ;
      if (i == G_N_ELEMENTS (names))
        return pml_err_set (T_TYPE_ERROR, "'%s' is an invalid keyword argument for __new__()", kw);
      if (given[i] != NULL)
        return pml_err_set (T_TYPE_ERROR, "argument for __new__() given by name ('%s') and position (%zu)",
                            kw, i + 1);
      given[i] = args[k];
    }
  for (gsize i = 0; i < G_N_ELEMENTS (names); i++)
    if (given[i] != NULL && !add_component (given[i], names[i], factors[i], &whole, &frac))
      return NULL;
  return pml_dt_delta_from_us (round_total (whole, frac));
}

static void
append_fields (GString *out, PmlDeltaFields *d)
{
  const char *sep = "";

  if (d->days != 0)
    {
      g_string_append_printf (out, "days=%" G_GINT64_FORMAT, d->days);
      sep = ", ";
    }
  if (d->seconds != 0)
    {
      g_string_append_printf (out, "%sseconds=%" G_GINT64_FORMAT, sep, d->seconds);
      sep = ", ";
    }
  if (d->us != 0)
    g_string_append_printf (out, "%smicroseconds=%" G_GINT64_FORMAT, sep, d->us);
  if (d->days == 0 && d->seconds == 0 && d->us == 0)
    g_string_append_c (out, '0');
}

static PmlObj *
delta_repr (PmlObj *o)
{
  GString *out = g_string_new (o->type->u.ty.name);

  g_string_append_c (out, '(');
  append_fields (out, PML_DELTA (o));
  g_string_append_c (out, ')');
  return pml_str_from_gstring (out);
}

/* "1 day, 1:00:00", "-1 day, 23:59:59.500000" */
static PmlObj *
delta_str (PmlObj *o)
{
  PmlDeltaFields *d = PML_DELTA (o);
  GString *out = g_string_new (NULL);

  if (d->days != 0)
    g_string_append_printf (out, "%" G_GINT64_FORMAT " day%s, ", d->days,
                            d->days == 1 || d->days == -1 ? "" : "s");
  g_string_append_printf (out, "%d:%02d:%02d", (int) (d->seconds / 3600), (int) (d->seconds / 60 % 60),
                          (int) (d->seconds % 60));
  if (d->us != 0)
    g_string_append_printf (out, ".%06d", (int) d->us);
  return pml_str_from_gstring (out);
}

static gint64
delta_hash (PmlObj *o, gboolean *ok)
{
  PmlDeltaFields *d = PML_DELTA (o);

  *ok = TRUE;
  /* the hash of the state tuple (days, seconds, microseconds) */
  if (d->hashcode == -1)
    {
      PmlObj *t = pml_tuple_new (3);

      if (t == NULL)
        {
          *ok = FALSE;
          return -1;
        }
      t->u.t.items[0] = pml_int_new (d->days);
      t->u.t.items[1] = pml_int_new (d->seconds);
      t->u.t.items[2] = pml_int_new (d->us);
      d->hashcode = pml_hash (t, ok);
      pml_decref (t);
    }
  return d->hashcode;
}

static PmlObj *
delta_richcompare (PmlObj *a, PmlObj *b, int op)
{
  __int128 x, y;

  if (!pml_dt_is_delta (a) || !pml_dt_is_delta (b))
    return pml_incref (NOTIMPL);
  x = pml_dt_delta_to_us (a);
  y = pml_dt_delta_to_us (b);
  return pml_compare_result (x < y ? -1 : x > y ? 1 : 0, op);
}

static gboolean
is_int (PmlObj *o)
{
  return o->kind == K_INT || o->kind == K_BOOL;
}

static PmlObj *
delta_add (PmlObj *a, PmlObj *b)
{
  if (!pml_dt_is_delta (a) || !pml_dt_is_delta (b))
    return pml_incref (NOTIMPL);
  return pml_dt_delta_from_us (pml_dt_delta_to_us (a) + pml_dt_delta_to_us (b));
}

static PmlObj *
delta_sub (PmlObj *a, PmlObj *b)
{
  if (!pml_dt_is_delta (a) || !pml_dt_is_delta (b))
    return pml_incref (NOTIMPL);
  return pml_dt_delta_from_us (pml_dt_delta_to_us (a) - pml_dt_delta_to_us (b));
}

/* a delta times a float, rounded half to even as CPython's exact ratio */
static PmlObj *
delta_times_float (__int128 us, double f)
{
  long double x = (long double) us * (long double) f;

  if (!isfinite ((double) x))
    return pml_err_set (T_OVERFLOW_ERROR, "cannot convert float infinity to integer");
  return pml_dt_delta_from_us ((__int128) rintl (x));
}

static PmlObj *
delta_mul (PmlObj *a, PmlObj *b)
{
  PmlObj *delta = pml_dt_is_delta (a) ? a : b, *other = delta == a ? b : a;
  gint64 n;

  if (is_int (other))
    {
      if (!pml_int_as_i64 (other, &n))
        return pml_err_set (T_OVERFLOW_ERROR, "Python int too large to convert to C int");
      return pml_dt_delta_from_us (pml_dt_delta_to_us (delta) * n);
    }
  if (other->kind == K_FLOAT)
    return delta_times_float (pml_dt_delta_to_us (delta), other->u.f);
  return pml_incref (NOTIMPL);
}

static __int128
floor_div (__int128 a, __int128 b)
{
  __int128 q = a / b;

  if ((a % b != 0) && ((a < 0) != (b < 0)))
    q--;
  return q;
}

static PmlObj *
int_from_i128 (__int128 v)
{
  if (v > G_MAXINT64 || v < G_MININT64)
    return pml_err_set (T_OVERFLOW_ERROR, "result too large");
  return pml_int_new ((gint64) v);
}

static PmlObj *
delta_floordiv (PmlObj *a, PmlObj *b)
{
  gint64 n;

  if (!pml_dt_is_delta (a))
    return pml_incref (NOTIMPL);
  if (pml_dt_is_delta (b))
    {
      __int128 y = pml_dt_delta_to_us (b);

      if (y == 0)
        return pml_err_set (T_ZERO_DIVISION_ERROR, "integer division or modulo by zero");
      return int_from_i128 (floor_div (pml_dt_delta_to_us (a), y));
    }
  if (!is_int (b))
    return pml_incref (NOTIMPL);
  if (!pml_int_as_i64 (b, &n))
    return pml_err_set (T_OVERFLOW_ERROR, "Python int too large to convert to C int");
  if (n == 0)
    return pml_err_set (T_ZERO_DIVISION_ERROR, "integer division or modulo by zero");
  return pml_dt_delta_from_us (floor_div (pml_dt_delta_to_us (a), n));
}

/* the nearest integer to a / b, halves to even */
static __int128
divide_nearest (__int128 a, __int128 b)
{
  __int128 q = floor_div (a, b), r = a - q * b, twice = 2 * r;

  if (b < 0)
    {
      twice = -twice;
      b = -b;
    }
  if (twice > b || (twice == b && (q & 1) != 0))
    q++;
  return q;
}

static PmlObj *
delta_truediv (PmlObj *a, PmlObj *b)
{
  gint64 n;

  if (!pml_dt_is_delta (a))
    return pml_incref (NOTIMPL);
  if (pml_dt_is_delta (b))
    {
      __int128 y = pml_dt_delta_to_us (b);

      if (y == 0)
        return pml_err_set (T_ZERO_DIVISION_ERROR, "division by zero");
      return pml_float_new ((double) pml_dt_delta_to_us (a) / (double) y);
    }
  if (b->kind == K_FLOAT)
    {
      if (b->u.f == 0)
        return pml_err_set (T_ZERO_DIVISION_ERROR, "float division by zero");
      return delta_times_float (pml_dt_delta_to_us (a), 1.0 / b->u.f);
    }
  if (!is_int (b))
    return pml_incref (NOTIMPL);
  if (!pml_int_as_i64 (b, &n))
    return pml_err_set (T_OVERFLOW_ERROR, "Python int too large to convert to C int");
  if (n == 0)
    return pml_err_set (T_ZERO_DIVISION_ERROR, "integer division or modulo by zero");
  return pml_dt_delta_from_us (divide_nearest (pml_dt_delta_to_us (a), n));
}

static PmlObj *
delta_mod (PmlObj *a, PmlObj *b)
{
  __int128 x, y;

  if (!pml_dt_is_delta (a) || !pml_dt_is_delta (b))
    return pml_incref (NOTIMPL);
  x = pml_dt_delta_to_us (a);
  y = pml_dt_delta_to_us (b);
  if (y == 0)
    return pml_err_set (T_ZERO_DIVISION_ERROR, "integer division or modulo by zero");
  return pml_dt_delta_from_us (x - floor_div (x, y) * y);
}

static PmlObj *
delta_neg (PmlObj *o)
{
  return pml_dt_delta_from_us (-pml_dt_delta_to_us (o));
}

static PmlObj *
delta_pos (PmlObj *o)
{
  return pml_dt_delta_from_us (pml_dt_delta_to_us (o));
}

static PmlObj *
delta_abs (PmlObj *o)
{
  return PML_DELTA (o)->days < 0 ? delta_neg (o) : delta_pos (o);
}

static int
delta_bool (PmlObj *o)
{
  PmlDeltaFields *d = PML_DELTA (o);

  return d->days != 0 || d->seconds != 0 || d->us != 0;
}

static PmlObj *
m_total_seconds (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  METHOD_SELF ();
  NO_KW ("total_seconds");
  (void) args;
  if (nargs != 0)
    return pml_err_set (T_TYPE_ERROR, "timedelta.total_seconds() takes no arguments (%zu given)", nargs);
  return pml_float_new ((double) pml_dt_delta_to_us (self) / 1e6);
}

static PmlObj *
m_divmod (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *q, *r, *t;
  __int128 x, y, qv;

  METHOD_SELF ();
  NO_KW ("__divmod__");
  NARGS ("__divmod__", 1, 1);
  if (!pml_dt_is_delta (args[0]))
    return pml_incref (NOTIMPL);
  x = pml_dt_delta_to_us (self);
  y = pml_dt_delta_to_us (args[0]);
  if (y == 0)
    return pml_err_set (T_ZERO_DIVISION_ERROR, "integer division or modulo by zero");
  qv = floor_div (x, y);
  if ((q = int_from_i128 (qv)) == NULL)
    return NULL;
  if ((r = pml_dt_delta_from_us (x - qv * y)) == NULL)
    {
      pml_decref (q);
      return NULL;
    }
  t = pml_tuple_new (2);
  if (t == NULL)
    {
      pml_decref (q);
      pml_decref (r);
      return NULL;
    }
  t->u.t.items[0] = q;
  t->u.t.items[1] = r;
  return t;
}

static PmlObj *
get_days (PmlObj *o)
{
  return pml_int_new (PML_DELTA (o)->days);
}

static PmlObj *
get_seconds (PmlObj *o)
{
  return pml_int_new (PML_DELTA (o)->seconds);
}

static PmlObj *
get_us (PmlObj *o)
{
  return pml_int_new (PML_DELTA (o)->us);
}

static const PmlMethodDef delta_methods[] = {
  { "total_seconds", m_total_seconds },
  { "__divmod__", m_divmod },
  { NULL, NULL },
};

static const PmlGetSetDef delta_getsets[] = {
  { "days", get_days, "Number of days.", TRUE },
  { "seconds", get_seconds, "Number of seconds (>= 0 and less than 1 day).", TRUE },
  { "microseconds", get_us, "Number of microseconds (>= 0 and less than 1 second).", TRUE },
  { NULL, NULL, NULL, FALSE },
};

static const PmlTypeSlots delta_slots = {
  .repr = delta_repr,
  .str = delta_str,
  .hash = delta_hash,
  .richcompare = delta_richcompare,
  .getattro = pml_dt_getattro,
  .new_instance = delta_tp_new,
  .no_vectorcall = TRUE,
  .nb = {
    [OP_ADD] = delta_add,
    [OP_SUB] = delta_sub,
    [OP_MUL] = delta_mul,
    [OP_FLOORDIV] = delta_floordiv,
    [OP_DIV] = delta_truediv,
    [OP_MOD] = delta_mod,
  },
  .nb_negative = delta_neg,
  .nb_positive = delta_pos,
  .nb_absolute = delta_abs,
  .nb_bool = delta_bool,
  .methods = delta_methods,
  .getsets = delta_getsets,
};

/* 16 header + hashcode + three ints */
const PmlNativeType pml_dt_delta_type = { "datetime.timedelta", 40, &delta_slots, NULL };
