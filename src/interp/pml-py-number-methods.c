/* pml-py-number-methods.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <float.h>
#include <string.h>

#include "pml-py-type.h"
#include "pml-py-format.h"
#include "pml-py-number-methods.h"

/* The methods of int and float beyond arithmetic: bit_count, to_bytes,
 * from_bytes, as_integer_ratio, is_integer, hex, fromhex, conjugate, and
 * the attributes real, imag, numerator, denominator. Arithmetic on big
 * values goes through pml_binop, so it allocates as CPython's would. */

#define SELF() G_STMT_START { if (self == NULL) { self = args[0]; args++; nargs--; } } G_STMT_END

static PmlObj *
binop_steal (int op, PmlObj *a, PmlObj *b)
{
  PmlObj *r = a && b ? pml_binop (op, a, b) : NULL;

  pml_xdecref (a);
  pml_xdecref (b);
  return r;
}

/* an exact int: bool becomes int */
static PmlObj *
as_int (PmlObj *o)
{
  return o->kind == K_BOOL ? pml_int_new (o == TRUE_) : pml_incref (o);
}

static int
sign_of (PmlObj *v)
{
  gboolean ok;
  g_autoptr(PmlObjTemp) zero = pml_int_new (0);

  return pml_number_compare (v, zero, &ok);
}

/* ---- int ---- */

PmlObj *
pml_int_m_bit_count (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gint64 v, count = 0;
  PmlObj *x, *two;

  SELF ();
  NO_KW ("bit_count");
  NARGS ("bit_count", 0, 0);
  if (pml_int_as_i64 (self, &v) && v != G_MININT64)
    return pml_int_new (__builtin_popcountll ((unsigned long long) ABS (v)));
  pml_err_clear ();
  x = sign_of (self) < 0 ? pml_number_neg (self) : pml_incref (self);
  two = pml_int_new (2);
  while (x != NULL && sign_of (x) > 0)
    {
      PmlObj *bit = pml_binop (OP_MOD, x, two);

      count += bit != NULL && pml_truth (bit);
      pml_xdecref (bit);
      PML_SETREF (x, pml_binop (OP_FLOORDIV, x, two));
    }
  pml_decref (two);
  if (x == NULL)
    return NULL;
  pml_decref (x);
  return pml_int_new (count);
}

PmlObj *
pml_int_m_as_integer_ratio (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *n, *one, *r;

  SELF ();
  NO_KW ("as_integer_ratio");
  NARGS ("as_integer_ratio", 0, 0);
  n = as_int (self);
  one = pml_int_new (1);
  r = pml_tuple_pack (2, n, one);
  pml_decref (n);
  pml_decref (one);
  return r;
}

PmlObj *
pml_int_m_conjugate (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  SELF ();
  NO_KW ("conjugate");
  NARGS ("conjugate", 0, 0);
  return self->kind == K_FLOAT ? pml_incref (self) : as_int (self);
}

/* length, byteorder and signed, from positions or keywords */
static gboolean
bytes_args (const char *name, PmlObj **args, gsize nargs, PmlObj *kwnames, const char *first, PmlObj **a0,
            const char **order, gboolean *is_signed)
{
  gsize nkw = kwnames ? kwnames->u.t.n : 0, npos = nargs - nkw;
  PmlObj *bo = NULL;

  *a0 = NULL;
  *order = "big";
  *is_signed = FALSE;
  if (npos > 2)
    {
      pml_err_set (T_TYPE_ERROR, "%s() takes at most 2 positional arguments (%zu given)", name, npos);
      return FALSE;
    }
  if (npos >= 1)
    *a0 = args[0];
  if (npos >= 2)
    bo = args[1];
  for (gsize k = 0; k < nkw; k++)
    {
      const char *kn = kwnames->u.t.items[k]->u.s.s;
      PmlObj *v = args[npos + k];

      if (strcmp (kn, first) == 0 && npos < 1)
        *a0 = v;
      else if (strcmp (kn, "byteorder") == 0 && npos < 2)
        bo = v;
      else if (strcmp (kn, "signed") == 0)
        {
          int t = pml_truth (v);

          if (t < 0)
            return FALSE;
          *is_signed = t;
        }
      else
        {
          pml_err_set (T_TYPE_ERROR, "%s() got an unexpected keyword argument '%s'", name, kn);
          return FALSE;
        }
    }
  if (bo != NULL)
    {
      if (bo->kind != K_STR)
        {
          pml_err_set (T_TYPE_ERROR, "%s() argument 'byteorder' must be str, not %s", name, pml_type_name (bo));
          return FALSE;
        }
      if (strcmp (bo->u.s.s, "big") != 0 && strcmp (bo->u.s.s, "little") != 0)
        {
          pml_err_set (T_VALUE_ERROR, "byteorder must be either 'little' or 'big'");
          return FALSE;
        }
      *order = bo->u.s.s;
    }
  return TRUE;
}

PmlObj *
pml_int_m_to_bytes (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *len_obj, *x, *limit, *b256, *r;
  const char *order;
  gboolean is_signed;
  gint64 length = 1;
  guint8 *buf;

  SELF ();
  if (!bytes_args ("to_bytes", args, nargs, kwnames, "length", &len_obj, &order, &is_signed))
    return NULL;
  if (len_obj != NULL && !pml_index_value (len_obj, &length))
    return NULL;
  if (length < 0)
    return pml_err_set (T_VALUE_ERROR, "length argument must be non-negative");
  if (sign_of (self) < 0 && !is_signed)
    return pml_err_set (T_OVERFLOW_ERROR, "can't convert negative int to unsigned");
  b256 = pml_int_new (256);
  {
    PmlObj *n = pml_int_new (length);

    limit = pml_binop (OP_POW, b256, n);
    pml_decref (n);
  }
  x = as_int (self);
  if (limit != NULL && is_signed)
    {
      /* two's complement: -2**(8n-1) <= x < 2**(8n-1) */
      PmlObj *two = pml_int_new (2), *half = pml_binop (OP_FLOORDIV, limit, two), *nhalf;
      gboolean ok = TRUE;

      pml_decref (two);
      nhalf = half ? pml_number_neg (half) : NULL;
      if (half == NULL || nhalf == NULL || pml_number_compare (x, half, &ok) >= 0 || pml_number_compare (x, nhalf, &ok) < 0)
        ok = FALSE;
      pml_xdecref (half);
      pml_xdecref (nhalf);
      if (!ok)
        {
          pml_decref (x);
          pml_decref (limit);
          pml_decref (b256);
          return pml_err_set (T_OVERFLOW_ERROR, "int too big to convert");
        }
      if (sign_of (x) < 0)
        x = binop_steal (OP_ADD, x, pml_incref (limit));
    }
  else if (limit != NULL)
    {
      gboolean ok;

      if (pml_number_compare (x, limit, &ok) >= 0)
        {
          pml_decref (x);
          pml_decref (limit);
          pml_decref (b256);
          return pml_err_set (T_OVERFLOW_ERROR, "int too big to convert");
        }
    }
  pml_xdecref (limit);
  buf = g_malloc0 ((gsize) MAX (length, 1));
  for (gint64 i = 0; x != NULL && i < length; i++)
    {
      PmlObj *d = pml_binop (OP_MOD, x, b256);
      gint64 dv = 0;

      if (d == NULL)
        break;
      pml_int_as_i64 (d, &dv);
      pml_decref (d);
      buf[order[0] == 'b' ? length - 1 - i : i] = (guint8) dv;
      PML_SETREF (x, pml_binop (OP_FLOORDIV, x, b256));
    }
  pml_decref (b256);
  r = x != NULL ? pml_bytes_new (buf, (gsize) length) : NULL;
  pml_xdecref (x);
  g_free (buf);
  return r;
}

/* int.from_bytes is a class method: self, when given, is not an argument */
PmlObj *
pml_int_m_from_bytes (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *src, *data, *r, *b256;
  const char *order;
  gboolean is_signed;
  gsize n;

  (void) self;
  if (!bytes_args ("from_bytes", args, nargs, kwnames, "bytes", &src, &order, &is_signed))
    return NULL;
  if (src == NULL)
    return pml_err_set (T_TYPE_ERROR, "from_bytes() missing required argument 'bytes' (pos 1)");
  if (src->kind == K_BYTES || src->kind == K_BYTEARRAY)
    data = pml_incref (src);
  else
    {
      PmlObj *bytes_type = TYPE (T_BYTES);

      data = pml_call (bytes_type, &src, 1, NULL);
      if (data == NULL)
        return NULL;
    }
  n = data->u.b.len;
  r = pml_int_new (0);
  b256 = pml_int_new (256);
  for (gsize i = 0; r != NULL && i < n; i++)
    {
      guint8 c = data->u.b.data[order[0] == 'b' ? i : n - 1 - i];

      r = binop_steal (OP_ADD, binop_steal (OP_MUL, r, pml_incref (b256)), pml_int_new (c));
    }
  if (r != NULL && is_signed && n > 0 && (data->u.b.data[order[0] == 'b' ? 0 : n - 1] & 0x80))
    {
      PmlObj *nn = pml_int_new ((gint64) n);

      r = binop_steal (OP_SUB, r, pml_binop (OP_POW, b256, nn));
      pml_decref (nn);
    }
  pml_decref (b256);
  pml_decref (data);
  return r;
}

/* ---- float ---- */

static PmlObj *
m_float_is_integer (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  SELF ();
  NO_KW ("is_integer");
  NARGS ("is_integer", 0, 0);
  return pml_incref (BOOL (isfinite (self->u.f) && floor (self->u.f) == self->u.f));
}

static PmlObj *
m_float_as_integer_ratio (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  double part;
  int exponent;
  PmlObj *num, *den, *r;

  SELF ();
  NO_KW ("as_integer_ratio");
  NARGS ("as_integer_ratio", 0, 0);
  if (isinf (self->u.f))
    return pml_err_set (T_OVERFLOW_ERROR, "cannot convert Infinity to integer ratio");
  if (isnan (self->u.f))
    return pml_err_set (T_VALUE_ERROR, "cannot convert NaN to integer ratio");
  part = frexp (self->u.f, &exponent);
  for (int i = 0; i < 300 && part != floor (part); i++)
    {
      part *= 2.0;
      exponent--;
    }
  num = fabs (part) < 9e18 ? pml_int_new ((gint64) part) : pml_int_from_big (pml_bigint_from_double (part));
  den = pml_int_new (1);
  if (exponent != 0)
    {
      PmlObj *two = pml_int_new (2), *e = pml_int_new (ABS (exponent)), *p = pml_binop (OP_POW, two, e);

      pml_decref (two);
      pml_decref (e);
      if (exponent > 0)
        num = binop_steal (OP_MUL, num, p);
      else
        PML_SETREF (den, p);
    }
  if (num == NULL || den == NULL)
    {
      pml_xdecref (num);
      pml_xdecref (den);
      return NULL;
    }
  r = pml_tuple_pack (2, num, den);
  pml_decref (num);
  pml_decref (den);
  return r;
}

static PmlObj *
m_float_hex (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  double x, m;
  int e, shift;
  GString *out;

  SELF ();
  NO_KW ("hex");
  NARGS ("hex", 0, 0);
  x = self->u.f;
  if (isnan (x) || isinf (x))
    return pml_repr (self);
  if (x == 0.0)
    return pml_str_new (copysign (1.0, x) < 0 ? "-0x0.0p+0" : "0x0.0p+0", -1);
  m = frexp (fabs (x), &e);
  shift = 1 - MAX (DBL_MIN_EXP - e, 0);
  m = ldexp (m, shift);
  e -= shift;
  out = g_string_new (x < 0 ? "-0x" : "0x");
  g_string_append_c (out, "0123456789abcdef"[(int) m]);
  m -= (int) m;
  g_string_append_c (out, '.');
  for (int i = 0; i < (DBL_MANT_DIG - 2) / 4 + 1; i++)
    {
      m *= 16.0;
      g_string_append_c (out, "0123456789abcdef"[(int) m]);
      m -= (int) m;
    }
  g_string_append_printf (out, "p%c%d", e < 0 ? '-' : '+', ABS (e));
  {
    gsize n = out->len;

    return pml_str_new_take (g_string_free (out, FALSE), n);
  }
}

/* float.fromhex is a class method */
static PmlObj *
m_float_fromhex (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  g_autofree char *s = NULL;
  const char *p;
  char *end;
  double d;
  gboolean neg = FALSE;
  GString *buf;

  (void) self;
  NO_KW ("fromhex");
  if (nargs != 1)
    return pml_err_set (T_TYPE_ERROR, "float.fromhex() takes exactly one argument (%zu given)", nargs);
  if (args[0]->kind != K_STR)
    return pml_err_set (T_TYPE_ERROR, "must be str, not %s", pml_type_name (args[0]));
  s = g_strstrip (g_strdup (args[0]->u.s.s));
  p = s;
  if (*p == '+' || *p == '-')
    neg = *p++ == '-';
  if (g_ascii_strcasecmp (p, "inf") == 0 || g_ascii_strcasecmp (p, "infinity") == 0)
    return pml_float_new (neg ? -INFINITY : INFINITY);
  if (g_ascii_strcasecmp (p, "nan") == 0)
    return pml_float_new (NAN);
  buf = g_string_new ("0x");
  if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X'))
    p += 2;
  g_string_append (buf, p);
  d = g_ascii_strtod (buf->str, &end);
  if (*p == '\0' || *end != '\0' || strchr (p, ' ') != NULL || (!g_ascii_isxdigit (*p) && *p != '.'))
    {
      g_string_free (buf, TRUE);
      return pml_err_set (T_VALUE_ERROR, "invalid hexadecimal floating-point string");
    }
  g_string_free (buf, TRUE);
  if (isinf (d))
    return pml_err_set (T_OVERFLOW_ERROR, "hexadecimal value too large to represent as a float");
  return pml_float_new (neg ? -d : d);
}

/* ---- attributes ---- */

/* x.real, x.imag, x.numerator, x.denominator of an int, bool or float,
 * and a slice's start, stop and step;
 * NULL without an error when @name is none of them */
PmlObj *
pml_number_attr (PmlObj *o, const char *name)
{
  gboolean is_float = o->kind == K_FLOAT;

  if (o->kind == K_SLICE)
    {
      /* a slice's members, which read like a number's attributes */
      if (strcmp (name, "start") == 0)
        return pml_incref (o->u.sl.start);
      if (strcmp (name, "stop") == 0)
        return pml_incref (o->u.sl.stop);
      if (strcmp (name, "step") == 0)
        return pml_incref (o->u.sl.step);
      return NULL;
    }
  if (o->kind != K_INT && o->kind != K_BOOL && !is_float)
    return NULL;
  if (strcmp (name, "real") == 0)
    return is_float ? pml_incref (o) : as_int (o);
  if (strcmp (name, "imag") == 0)
    return is_float ? pml_float_new (0.0) : pml_int_new (0);
  if (is_float)
    return NULL;
  if (strcmp (name, "numerator") == 0)
    return as_int (o);
  if (strcmp (name, "denominator") == 0)
    return pml_int_new (1);
  return NULL;
}

static PmlObj *
get_zero_int (PmlObj *o)
{
  (void) o;
  return pml_int_new (0);
}

static PmlObj *
get_one (PmlObj *o)
{
  (void) o;
  return pml_int_new (1);
}

static PmlObj *
get_float_itself (PmlObj *o)
{
  return o->type == TYPE (T_FLOAT) ? pml_incref (o) : pml_float_new (o->u.f);
}

static PmlObj *
get_zero_float (PmlObj *o)
{
  (void) o;
  return pml_float_new (0.0);
}

#define DOC_REAL "the real part of a complex number"
#define DOC_IMAG "the imaginary part of a complex number"

const PmlGetSetDef pml_int_getsets[] = {
  { "real", as_int, DOC_REAL, FALSE },
  { "imag", get_zero_int, DOC_IMAG, FALSE },
  { "numerator", as_int, "the numerator of a rational number in lowest terms", FALSE },
  { "denominator", get_one, "the denominator of a rational number in lowest terms", FALSE },
  { NULL, NULL, NULL, FALSE }
};

const PmlGetSetDef pml_float_getsets[] = {
  { "real", get_float_itself, DOC_REAL, FALSE },
  { "imag", get_zero_float, DOC_IMAG, FALSE },
  { NULL, NULL, NULL, FALSE }
};

const PmlMethodDef pml_float_methods[] = {
  { "as_integer_ratio", m_float_as_integer_ratio },
  { "conjugate", pml_int_m_conjugate },
  { "fromhex", m_float_fromhex },
  { "hex", m_float_hex },
  { "is_integer", m_float_is_integer },
  { "__format__", pml_builtin_dunder_format },
  { "__trunc__", pml_number_m_trunc },
  { "__floor__", pml_number_m_floor },
  { "__ceil__", pml_number_m_ceil },
  { "__int__", pml_number_m_int },
  { "__float__", pml_number_m_float },
  { "__round__", pml_number_m_round },
  { "__getnewargs__", pml_number_m_getnewargs },
  { "__divmod__", pml_number_m_divmod },
  { "__rdivmod__", pml_number_m_rdivmod },
  { NULL, NULL }
};

