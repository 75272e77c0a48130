/* pml-py-number.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pml-py-type.h"
#include "pml-py-native.h"
#include "pml-py-number-methods.h"
#include "pml-py-format.h"
#include "pml-py-ast.h"
#include "pml-object-sizes.h"

/* int (30-bit digits, with a 64-bit fast path), float and bool arithmetic
 * with Python's semantics: floor division, the sign of %, exact ints. */

#define HASH_MODULUS ((G_GINT64_CONSTANT (1) << 61) - 1)

PmlObj *pml_freelist_pop (GPtrArray *list);

static guint
i64_bits (gint64 v)
{
  guint64 u = v < 0 ? (guint64) 0 - (guint64) v : (guint64) v;
  guint bits = 0;

  while (u)
    {
      bits++;
      u >>= 1;
    }
  return bits;
}

static PmlObj *
int_alloc (guint ndigits)
{
  return pml_obj_new (TYPE (T_INT), K_INT, pml_int_size (VM->preset, ndigits), FALSE);
}

/* PyLong_FromLong: from 3.11, a one-digit value is a "medium" int, made
 * with sizeof (PyLongObject), 32 bytes, where _PyLong_New(1) asks 28;
 * PyLong_FromSsize_t (len(), enumerate) does so from 3.12 only */
static PmlObj *
int_new_digits (gint64 v, gboolean from_c_long)
{
  guint ndigits = pml_int_digits (i64_bits (v));
  PmlObj *o;

  if (v >= -PML_NSMALLNEG && v < PML_NSMALLPOS)
    return pml_incref (VM->small_ints[v + PML_NSMALLNEG]);
  if (from_c_long && ndigits <= 1 && PRESET_MINOR () >= 11)
    o = pml_obj_new (TYPE (T_INT), K_INT, 32, FALSE);
  else
    o = int_alloc (ndigits);
  if (o != NULL)
    o->u.i.v = v;
  return o;
}

PmlObj *
pml_int_new (gint64 v)
{
  return int_new_digits (v, TRUE);
}

PmlObj *
pml_int_from_ssize (gint64 v)
{
  return int_new_digits (v, PRESET_MINOR () >= 12);
}

/* takes @big */
PmlObj *
pml_int_from_big (PmlBigint *big)
{
  gint64 v;
  PmlObj *o;

  /* digits computed one by one (int("123")): _PyLong_New's size */
  if (pml_bigint_to_i64 (big, &v))
    {
      pml_bigint_free (big);
      return int_new_digits (v, FALSE);
    }
  o = int_alloc (pml_bigint_ndigits (big));
  if (o == NULL)
    {
      pml_bigint_free (big);
      return NULL;
    }
  o->u.i.big = big;
  return o;
}

PmlBigint *
pml_int_as_big (PmlObj *o)
{
  if (o->kind == K_BOOL)
    return pml_bigint_from_i64 (o == TRUE_);
  if (o->u.i.big)
    return pml_bigint_copy (o->u.i.big);
  return pml_bigint_from_i64 (o->u.i.v);
}

gboolean
pml_int_as_i64 (PmlObj *o, gint64 *out)
{
  if (o->kind == K_BOOL)
    {
      *out = o == TRUE_;
      return TRUE;
    }
  if (o->kind != K_INT)
    return FALSE;
  if (o->u.i.big)
    return pml_bigint_to_i64 (o->u.i.big, out);
  *out = o->u.i.v;
  return TRUE;
}

gsize
pml_int_sizeof (PmlObj *o)
{
  if (o->kind == K_BOOL)
    return pml_int_size (VM->preset, o == TRUE_ ? 1 : 0);
  if (o->u.i.big)
    return pml_int_size (VM->preset, pml_bigint_ndigits (o->u.i.big));
  return pml_int_size (VM->preset, pml_int_digits (i64_bits (o->u.i.v)));
}

/* The text of the ValueError for a str -> int conversion of @digits
 * decimal digits past the limit (CVE-2020-10735), NULL within it */
char *
pml_int_str_digits_message (gsize digits)
{
  int limit = VM->int_max_str_digits;

  if (digits <= PML_INT_STR_DIGITS_CHECK_THRESHOLD || limit <= 0 || digits <= (gsize) limit)
    return NULL;
  return g_strdup_printf ("Exceeds the limit (%d digits) for integer string conversion: value has %" G_GSIZE_FORMAT
                          " digits; use sys.set_int_max_str_digits() to increase the limit", limit, digits);
}

/* FALSE with CPython's ValueError when @digits are too many to convert:
 * refused before the work, which grows as their square */
gboolean
pml_int_str_digits_ok (gsize digits)
{
  g_autofree char *message = pml_int_str_digits_message (digits);

  if (message == NULL)
    return TRUE;
  pml_err_set (T_VALUE_ERROR, "%s", message);
  return FALSE;
}

PmlObj *
pml_int_from_string (const char *s, gsize len, int base)
{
  g_autofree char *clean = g_strndup (s, len);
  char *end = NULL;
  gint64 v;

  g_strstrip (clean);
  if (base == 10)
    {
      PmlBigint *big = pml_bigint_from_decimal (clean, strlen (clean));

      if (big == NULL)
        return NULL;
      return pml_int_from_big (big);
    }
  {
    g_autoptr(GString) digits = g_string_new (NULL);

    for (const char *c = clean; *c; c++)
      if (*c != '_')
        g_string_append_c (digits, *c);
    int bits = 1;

    if (base < 2 || base > 36)
      return NULL;
    while ((1 << bits) < base)
      bits++;
    for (gsize i = 0; i < digits->len; i++)
      {
        char c = g_ascii_tolower (digits->str[i]);
        int d = g_ascii_isdigit (c) ? c - '0' : g_ascii_islower (c) ? c - 'a' + 10 : base;

        if (d >= base)
          return NULL;
      }
    if (digits->len > (gsize) (60 / bits))
      {
        /* build big values digit by digit */
        PmlBigint *acc = pml_bigint_from_i64 (0), *b = pml_bigint_from_i64 (base);

        for (gsize i = 0; i < digits->len; i++)
          {
            PmlBigint *m = pml_bigint_mul (acc, b);
            char c = g_ascii_tolower (digits->str[i]);
            PmlBigint *d = pml_bigint_from_i64 (g_ascii_isdigit (c) ? c - '0' : c - 'a' + 10);

            pml_bigint_free (acc);
            acc = pml_bigint_add (m, d);
            pml_bigint_free (m);
            pml_bigint_free (d);
          }
        pml_bigint_free (b);
        return pml_int_from_big (acc);
      }
    v = g_ascii_strtoll (digits->str, &end, (guint) base);
    if (end == digits->str || *end != '\0')
      return NULL;
    return int_new_digits (v, FALSE);
  }
}

PmlObj *
pml_float_new (double v)
{
  PmlObj *o = pml_freelist_pop (VM->float_free);

  if (o == NULL)
    o = pml_obj_new (TYPE (T_FLOAT), K_FLOAT, pml_fixed_size (VM->preset, PML_FIXED_FLOAT), FALSE);
  if (o != NULL)
    o->u.f = v;
  return o;
}

double
pml_number_as_double (PmlObj *o, gboolean *ok)
{
  *ok = TRUE;
  if (o->kind == K_FLOAT)
    return o->u.f;
  if (o->kind == K_BOOL)
    return o == TRUE_;
  if (o->kind == K_INT)
    {
      if (o->u.i.big)
        {
          gboolean overflow = FALSE;
          double d = pml_bigint_to_double (o->u.i.big, &overflow);

          if (overflow)
            {
              pml_err_set (T_OVERFLOW_ERROR, "int too large to convert to float");
              *ok = FALSE;
            }
          return d;
        }
      return (double) o->u.i.v;
    }
  *ok = FALSE;
  return 0;
}

/* Python's repr(float): the shortest string that reads back the same */
char *
pml_float_repr (double v)
{
  char buf[64], digits[32];
  int prec, exp10, decpt, n = 0;
  GString *out;

  if (isnan (v))
    return g_strdup ("nan");
  if (isinf (v))
    return g_strdup (v > 0 ? "inf" : "-inf");
  if (v == 0)
    return g_strdup (signbit (v) ? "-0.0" : "0.0");
  for (prec = 1; prec <= 17; prec++)
    {
      snprintf (buf, sizeof buf, "%.*e", prec - 1, v);
      if (strtod (buf, NULL) == v)
        break;
    }
  /* buf: [-]d.ddde[+-]xx */
  out = g_string_new (NULL);
  {
    const char *p = buf;
    char *e;

    if (*p == '-')
      {
        g_string_append_c (out, '-');
        p++;
      }
    for (; *p && *p != 'e'; p++)
      if (*p != '.')
        digits[n++] = *p;
    digits[n] = '\0';
    while (n > 1 && digits[n - 1] == '0')
      digits[--n] = '\0';
    exp10 = (int) strtol (p + 1, &e, 10);
  }
  decpt = exp10 + 1;
  if (decpt <= -4 || decpt > 16)
    {
      g_string_append_c (out, digits[0]);
      if (n > 1)
        {
          g_string_append_c (out, '.');
          g_string_append (out, digits + 1);
        }
      g_string_append_printf (out, "e%c%02d", exp10 < 0 ? '-' : '+', ABS (exp10));
    }
  else if (decpt <= 0)
    {
      g_string_append (out, "0.");
      for (int i = 0; i < -decpt; i++)
        g_string_append_c (out, '0');
      g_string_append (out, digits);
    }
  else if (decpt >= n)
    {
      g_string_append (out, digits);
      for (int i = n; i < decpt; i++)
        g_string_append_c (out, '0');
      g_string_append (out, ".0");
    }
  else
    {
      g_string_append_len (out, digits, decpt);
      g_string_append_c (out, '.');
      g_string_append (out, digits + decpt);
    }
  return g_string_free (out, FALSE);
}

gint64
pml_float_hash (double v)
{
  int e, sign = 1;
  double m;
  guint64 x = 0, y;

  if (isinf (v))
    return v > 0 ? 314159 : -314159;
  if (isnan (v))
    return 0;
  if (v == floor (v) && fabs (v) < 9.2e18)
    {
      gint64 i = (gint64) v, h;

      h = i >= 0 ? i % HASH_MODULUS : -((-i) % HASH_MODULUS);
      return h == -1 ? -2 : h;
    }
  m = frexp (v, &e);
  if (m < 0)
    {
      sign = -1;
      m = -m;
    }
  while (m != 0)
    {
      x = ((x << 28) & (guint64) HASH_MODULUS) | x >> (61 - 28);
      m *= 268435456.0;
      e -= 28;
      y = (guint64) m;
      m -= (double) y;
      x += y;
      if (x >= (guint64) HASH_MODULUS)
        x -= (guint64) HASH_MODULUS;
    }
  e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
  x = ((x << e) & (guint64) HASH_MODULUS) | x >> (61 - e);
  {
    gint64 h = (gint64) x * sign;

    return h == -1 ? -2 : h;
  }
}

PmlObj *
pml_number_neg (PmlObj *a)
{
  if (a->kind == K_FLOAT)
    return pml_float_new (-a->u.f);
  if (a->kind == K_BOOL)
    return pml_int_new (-(gint64) (a == TRUE_));
  if (!a->u.i.big && a->u.i.v != G_MININT64)
    return pml_int_new (-a->u.i.v);
  {
    PmlBigint *b = pml_int_as_big (a), *r = pml_bigint_neg (b);

    pml_bigint_free (b);
    return pml_int_from_big (r);
  }
}

static gboolean
is_intlike (PmlObj *o)
{
  return o->kind == K_INT || o->kind == K_BOOL;
}

/* long_mod got its own message in 3.11 */
static PmlObj *
int_zero_division (int op)
{
  return pml_err_set (T_ZERO_DIVISION_ERROR, op == OP_MOD && PRESET_MINOR () >= 11
                      ? "integer modulo by zero" : "integer division or modulo by zero");
}

/* float_divmod: the remainder from fmod, the quotient from it (not
 * floor (x / y), which can round up across an integer), and zeros that
 * carry the divisor's sign */
static void
float_divmod (double x, double y, double *floordiv, double *mod)
{
  double m = fmod (x, y), div = (x - m) / y, q;

  if (m != 0)
    {
      if ((y < 0) != (m < 0))
        {
          m += y;
          div -= 1.0;
        }
    }
  else
    m = copysign (0.0, y);
  if (div != 0)
    {
      q = floor (div);
      if (div - q > 0.5)
        q += 1.0;
    }
  else
    q = copysign (0.0, x / y);
  *floordiv = q;
  *mod = m;
}

static PmlObj *
big_binop (int op, PmlObj *a, PmlObj *b)
{
  PmlBigint *x = pml_int_as_big (a), *y = pml_int_as_big (b), *r = NULL;
  PmlObj *result = NULL;

  switch (op)
    {
    case OP_ADD: r = pml_bigint_add (x, y); break;
    case OP_SUB: r = pml_bigint_sub (x, y); break;
    case OP_AND: r = pml_bigint_bitwise (x, y, '&'); break;
    case OP_OR: r = pml_bigint_bitwise (x, y, '|'); break;
    case OP_XOR: r = pml_bigint_bitwise (x, y, '^'); break;
    case OP_MUL: r = pml_bigint_mul (x, y); break;
    case OP_FLOORDIV:
    case OP_MOD:
      if (pml_bigint_sign (y) == 0)
        {
          int_zero_division (op);
          goto out;
        }
      pml_bigint_divmod (x, y, op == OP_FLOORDIV ? &r : NULL, op == OP_MOD ? &r : NULL);
      break;
    case OP_POW:
      {
        gint64 e;

        if (!pml_bigint_to_i64 (y, &e) || e > 100000000)
          {
            pml_err_no_memory ();
            goto out;
          }
        if (pml_bigint_bit_length (x) * (guint64) e > G_GUINT64_CONSTANT (1) << 33)
          {
            pml_err_no_memory ();
            goto out;
          }
        r = pml_bigint_pow (x, (guint64) e);
      }
      break;
    case OP_LSHIFT:
    case OP_RSHIFT:
      {
        gint64 n;

        if (!pml_bigint_to_i64 (y, &n) || n < 0)
          {
            if (pml_bigint_sign (y) < 0)
              pml_err_set (T_VALUE_ERROR, "negative shift count");
            else
              pml_err_no_memory ();
            goto out;
          }
        if (op == OP_LSHIFT && n > (G_GINT64_CONSTANT (1) << 33))
          {
            pml_err_no_memory ();
            goto out;
          }
        r = op == OP_LSHIFT ? pml_bigint_lshift (x, (guint64) n) : pml_bigint_rshift (x, (guint64) n);
      }
      break;
    default:
      break;
    }
  if (r != NULL)
    result = pml_int_from_big (r);

out:
  pml_bigint_free (x);
  pml_bigint_free (y);
  return result;
}

static gint64
floor_div (gint64 a, gint64 b)
{
  gint64 q = a / b;

  if ((a % b != 0) && ((a < 0) != (b < 0)))
    q--;
  return q;
}

static gint64
floor_mod (gint64 a, gint64 b)
{
  gint64 m = a % b;

  if (m != 0 && ((m < 0) != (b < 0)))
    m += b;
  return m;
}

static PmlObj *
int_binop (int op, PmlObj *a, PmlObj *b)
{
  gint64 x, y, r;

  if (!pml_int_as_i64 (a, &x) || !pml_int_as_i64 (b, &y))
    goto big;
  switch (op)
    {
    case OP_ADD:
      if (__builtin_add_overflow (x, y, &r))
        goto big;
      return pml_int_new (r);
    case OP_SUB:
      if (__builtin_sub_overflow (x, y, &r))
        goto big;
      return pml_int_new (r);
    case OP_MUL:
      if (__builtin_mul_overflow (x, y, &r))
        goto big;
      return pml_int_new (r);
    case OP_FLOORDIV:
    case OP_MOD:
      if (y == 0)
        return int_zero_division (op);
      if (x == G_MININT64 && y == -1)
        goto big;
      return pml_int_new (op == OP_FLOORDIV ? floor_div (x, y) : floor_mod (x, y));
    case OP_DIV:
      return pml_int_true_divide (a, b);
    case OP_POW:
      if (y < 0)
        {
          if (x == 0)
            return pml_err_set (T_ZERO_DIVISION_ERROR, "0.0 cannot be raised to a negative power");
          return pml_float_new (pow ((double) x, (double) y));
        }
      {
        gint64 acc = 1, base = x, e = y;

        while (e > 0)
          {
            if ((e & 1) && __builtin_mul_overflow (acc, base, &acc))
              goto big;
            e >>= 1;
            if (e > 0 && __builtin_mul_overflow (base, base, &base))
              goto big;
          }
        return pml_int_new (acc);
      }
    case OP_LSHIFT:
      if (y < 0)
        return pml_err_set (T_VALUE_ERROR, "negative shift count");
      if (y < 62 && ABS (x) < (G_GINT64_CONSTANT (1) << (62 - y)))
        return pml_int_new (x << y);
      goto big;
    case OP_RSHIFT:
      if (y < 0)
        return pml_err_set (T_VALUE_ERROR, "negative shift count");
      return pml_int_new (y >= 63 ? (x < 0 ? -1 : 0) : x >> y);
    case OP_AND: return pml_int_new (x & y);
    case OP_OR: return pml_int_new (x | y);
    case OP_XOR: return pml_int_new (x ^ y);
    default:
      return pml_incref (NOTIMPL);
    }

big:
  if (op == OP_DIV)
    return pml_int_true_divide (a, b);
  if (op == OP_POW)
    {
      gint64 e;

      if (pml_int_as_i64 (b, &e) && e < 0)
        {
          gboolean ok1;
          double fx = pml_number_as_double (a, &ok1);

          return ok1 ? pml_float_new (pow (fx, (double) e)) : NULL;
        }
    }
  return big_binop (op, a, b);
}

PmlObj *
pml_number_binop (int op, PmlObj *a, PmlObj *b)
{
  gboolean ok1, ok2;
  double x, y;

  if (is_intlike (a) && is_intlike (b))
    {
      if (a->kind == K_BOOL && b->kind == K_BOOL && (op == OP_AND || op == OP_OR || op == OP_XOR))
        {
          gboolean p = a == TRUE_, q = b == TRUE_;

          return pml_incref (BOOL (op == OP_AND ? (p && q) : op == OP_OR ? (p || q) : (p != q)));
        }
      return int_binop (op, a, b);
    }
  if (!(a->kind == K_FLOAT || is_intlike (a)) || !(b->kind == K_FLOAT || is_intlike (b)))
    return pml_incref (NOTIMPL);
  x = pml_number_as_double (a, &ok1);
  if (!ok1)
    return NULL;
  y = pml_number_as_double (b, &ok2);
  if (!ok2)
    return NULL;
  switch (op)
    {
    case OP_ADD: return pml_float_new (x + y);
    case OP_SUB: return pml_float_new (x - y);
    case OP_MUL: return pml_float_new (x * y);
    case OP_DIV:
      if (y == 0)
        return pml_err_set (T_ZERO_DIVISION_ERROR, "float division by zero");
      return pml_float_new (x / y);
    case OP_FLOORDIV:
    case OP_MOD:
      if (y == 0)
        return pml_err_set (T_ZERO_DIVISION_ERROR,
                            op == OP_MOD ? (PRESET_MINOR () >= 13 ? "float modulo by zero" : "float modulo")
                            : PRESET_MINOR () >= 9 ? "float floor division by zero" : "float divmod()");
      {
        double q, m;

        float_divmod (x, y, &q, &m);
        return pml_float_new (op == OP_MOD ? m : q);
      }
    case OP_POW:
      if (x == 0 && y < 0)
        return pml_err_set (T_ZERO_DIVISION_ERROR, "0.0 cannot be raised to a negative power");
      /* a negative number to a fractional power is complex, as in CPython */
      if (x < 0 && isfinite (y) && y != floor (y))
        return pml_complex_binop (OP_POW, a, b);
      if (isfinite (x) && isfinite (y) && isinf (pow (x, y)))
        {
          /* float_pow reports the C library's ERANGE: OverflowError(34, ...) */
          PmlObj *code = pml_int_new (34), *text = pml_str_new ("Numerical result out of range", -1);
          PmlObj *args = pml_tuple_pack (2, code, text), *exc;

          pml_decref (code);
          pml_decref (text);
          exc = args != NULL ? pml_err_new (TYPE (T_OVERFLOW_ERROR), args) : NULL;
          pml_xdecref (args);
          return exc != NULL ? pml_err_set_obj (exc) : NULL;
        }
      return pml_float_new (pow (x, y));
    default:
      return pml_incref (NOTIMPL);
    }
}

/* -1, 0, 1 */
int
pml_number_compare (PmlObj *a, PmlObj *b, gboolean *ok)
{
  *ok = TRUE;
  if (is_intlike (a) && is_intlike (b))
    {
      gint64 x, y;

      if (pml_int_as_i64 (a, &x) && pml_int_as_i64 (b, &y))
        return x < y ? -1 : x > y;
      {
        PmlBigint *p = pml_int_as_big (a), *q = pml_int_as_big (b);
        int c = pml_bigint_cmp (p, q);

        pml_bigint_free (p);
        pml_bigint_free (q);
        return c < 0 ? -1 : c > 0;
      }
    }
  /* an int past 2**53 against a finite float: compared exactly, with the
     float's integer part as an int (float_richcompare) */
  if (is_intlike (a) != is_intlike (b))
    {
      PmlObj *i = is_intlike (a) ? a : b, *fo = i == a ? b : a;
      gint64 v;
      double f = fo->u.f;

      if (isfinite (f) && (!pml_int_as_i64 (i, &v) || v > (G_GINT64_CONSTANT (1) << 53)
                           || v < -(G_GINT64_CONSTANT (1) << 53)))
        {
          double fl = floor (f);
          PmlBigint *p = pml_int_as_big (i), *q = pml_bigint_from_double (fl);
          int c = pml_bigint_cmp (p, q);

          pml_bigint_free (p);
          pml_bigint_free (q);
          c = c < 0 ? -1 : c > 0 ? 1 : f != fl ? -1 : 0;
          return i == a ? c : -c;
        }
    }
  {
    double x, y;
    gboolean ok1, ok2;

    x = pml_number_as_double (a, &ok1);
    y = pml_number_as_double (b, &ok2);
    if (!ok1 || !ok2)
      {
        pml_err_clear ();
        /* a huge int against a float: only the sign matters at that size */
        if (!ok1)
          return pml_bigint_sign (a->u.i.big) > 0 ? 1 : -1;
        return pml_bigint_sign (b->u.i.big) > 0 ? -1 : 1;
      }
    return x < y ? -1 : x > y ? 1 : 0;
  }
}

/* ---- methods ---- */

static PmlObj *
m_int_bit_length (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gint64 v;

  METHOD_SELF ();
  (void) kwnames;
  (void) args;
  NARGS ("bit_length", 0, 0);
  if (self->kind == K_INT && self->u.i.big)
    return pml_int_new ((gint64) pml_bigint_bit_length (self->u.i.big));
  pml_int_as_i64 (self, &v);
  return pml_int_new (v == 0 ? 0 : (gint64) g_bit_storage ((gulong) ABS (v)));
}

/* ---- slots of int, bool and float ---- */

static gboolean
is_number (PmlObj *o)
{
  return o->kind == K_INT || o->kind == K_BOOL || o->kind == K_FLOAT;
}

static PmlObj *
int_repr (PmlObj *o)
{
  return pml_int_to_str (o);
}

static gint64
int_hash (PmlObj *o, gboolean *ok)
{
  const gint64 modulus = (G_GINT64_CONSTANT (1) << 61) - 1;
  gint64 v = o->u.i.v, h;

  *ok = TRUE;
  if (o->u.i.big)
    return pml_bigint_hash (o->u.i.big);
  h = v >= 0 ? v % modulus : -((-(v + 1) % modulus) + 1);
  return h == -1 ? -2 : h;
}

static PmlObj *
number_richcompare (PmlObj *a, PmlObj *b, int op)
{
  gboolean ok;

  if (!is_number (a) || !is_number (b))
    return pml_incref (NOTIMPL);
  /* NaN is unordered: every comparison but != is false */
  if ((a->kind == K_FLOAT && isnan (a->u.f)) || (b->kind == K_FLOAT && isnan (b->u.f)))
    return pml_incref (BOOL (op == OP_NE));
  return pml_compare_result (pml_number_compare (a, b, &ok), op);
}

static PmlObj *
number_slot (int op, PmlObj *a, PmlObj *b)
{
  if (!is_number (a) || !is_number (b))
    return pml_incref (NOTIMPL);
  return pml_number_binop (op, a, b);
}

#define NUMBER_SLOT(name, op) \
  static PmlObj *number_##name (PmlObj *a, PmlObj *b) { return number_slot (op, a, b); }
NUMBER_SLOT (add, OP_ADD) NUMBER_SLOT (sub, OP_SUB) NUMBER_SLOT (mul, OP_MUL) NUMBER_SLOT (div, OP_DIV)
NUMBER_SLOT (floordiv, OP_FLOORDIV) NUMBER_SLOT (mod, OP_MOD) NUMBER_SLOT (pow, OP_POW)
NUMBER_SLOT (lshift, OP_LSHIFT) NUMBER_SLOT (rshift, OP_RSHIFT) NUMBER_SLOT (and, OP_AND)
NUMBER_SLOT (or, OP_OR) NUMBER_SLOT (xor, OP_XOR)

#define NUMBER_SLOTS \
  .nb = { [OP_ADD] = number_add, [OP_SUB] = number_sub, [OP_MUL] = number_mul, [OP_DIV] = number_div, \
          [OP_FLOORDIV] = number_floordiv, [OP_MOD] = number_mod, [OP_POW] = number_pow, \
          [OP_LSHIFT] = number_lshift, [OP_RSHIFT] = number_rshift, [OP_AND] = number_and, \
          [OP_OR] = number_or, [OP_XOR] = number_xor }

/* +x of an int is an int, of a bool too */
static PmlObj *
int_positive (PmlObj *o)
{
  return o->kind == K_BOOL ? pml_int_new (o == TRUE_) : pml_incref (o);
}

static PmlObj *
int_invert (PmlObj *o)
{
  PmlObj *neg = pml_number_neg (o), *one = pml_int_new (1), *r;

  r = neg ? pml_number_binop (OP_SUB, neg, one) : NULL;
  pml_xdecref (neg);
  pml_decref (one);
  return r;
}

static PmlObj *
int_absolute (PmlObj *o)
{
  gboolean ok;
  PmlObj *zero = pml_int_new (0);
  int c = pml_number_compare (o, zero, &ok);

  pml_decref (zero);
  return c < 0 ? pml_number_neg (o) : int_positive (o);
}

static int
int_bool (PmlObj *o)
{
  return o->u.i.big != NULL || o->u.i.v != 0;
}

static PmlObj *
int_index (PmlObj *o)
{
  return int_positive (o);
}

static gsize
int_sizeof (PmlObj *o)
{
  return pml_int_sizeof (o);
}

static const PmlMethodDef int_methods[] = {
  { "bit_length", m_int_bit_length },
  { "as_integer_ratio", pml_int_m_as_integer_ratio },
  { "bit_count", pml_int_m_bit_count },
  { "conjugate", pml_int_m_conjugate },
  { "from_bytes", pml_int_m_from_bytes },
  { "to_bytes", pml_int_m_to_bytes },
  { "__format__", pml_builtin_dunder_format },
  { "__index__", pml_number_m_index },
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

static gboolean
int_dealloc (PmlObj *o)
{
  if (o->u.i.big)
    pml_bigint_free (o->u.i.big);
  return FALSE;
}

static PmlObj *
to_int (PmlObj *v, PmlObj *base_obj)
{
  gint64 base = 10;

  if (base_obj != NULL && !pml_index_value (base_obj, &base))
    return NULL;
  if (base_obj != NULL && base != 0 && (base < 2 || base > 36))
    return pml_err_set (T_VALUE_ERROR, "int() base must be >= 2 and <= 36, or 0");
  if (base_obj != NULL && v->kind != K_STR && v->kind != K_BYTES && v->kind != K_BYTEARRAY)
    return pml_err_set (T_TYPE_ERROR, "int() can't convert non-string with explicit base");
  switch (v->kind)
    {
    case K_INT:
      /* an int subclass's instance gives a plain int */
      if (v->type != TYPE (T_INT))
        return v->u.i.big ? pml_int_from_big (pml_bigint_copy (v->u.i.big)) : pml_int_new (v->u.i.v);
      return pml_incref (v);
    case K_BOOL:
      return pml_int_new (v == TRUE_);
    case K_FLOAT:
      if (isnan (v->u.f))
        return pml_err_set (T_VALUE_ERROR, "cannot convert float NaN to integer");
      if (isinf (v->u.f))
        return pml_err_set (T_OVERFLOW_ERROR, "cannot convert float infinity to integer");
      if (fabs (v->u.f) < 9e18)
        return pml_int_new ((gint64) v->u.f);
      return pml_int_from_big (pml_bigint_from_double (v->u.f));
    case K_STR:
    case K_BYTES:
    case K_BYTEARRAY:
      {
        gboolean is_str = v->kind == K_STR, neg;
        int parsed_base = (int) base;
        g_autofree char *digits = is_str ? pml_int_literal_clean (v->u.s.s, v->u.s.nbytes, TRUE, &parsed_base, &neg)
                                         : pml_int_literal_clean ((const char *) v->u.b.data, v->u.b.len, FALSE,
                                                                  &parsed_base, &neg);
        PmlObj *r;

        /* PyLong_FromString counts the digits it could read, and refuses
           too many before converting */
        if (digits != NULL && (parsed_base & (parsed_base - 1)) != 0 && !pml_int_str_digits_ok (strlen (digits)))
          return NULL;
        r = digits != NULL ? pml_int_from_string (digits, strlen (digits), parsed_base) : NULL;
        if (r == NULL || pml_err_occurred ())
          {
            PmlObj *rep;

            pml_xdecref (r);
            pml_err_clear ();
            rep = pml_repr (v);
            pml_err_set (T_VALUE_ERROR, "invalid literal for int() with base %" G_GINT64_FORMAT ": %s",
                         base, rep ? rep->u.s.s : "?");
            pml_xdecref (rep);
            return NULL;
          }
        if (neg)
          {
            PmlObj *n = pml_number_neg (r);

            pml_decref (r);
            r = n;
          }
        return r;
      }
    default:
      {
        PmlObj *r = pml_number_int_from_dunder (v);

        if (r != NULL || pml_err_occurred ())
          return r;
      }
      return pml_err_set (T_TYPE_ERROR, "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                          pml_type_name (v));
    }
}

static PmlObj *
int_new (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  /* int(x=0, /, base=10) */
  static const char *const names[] = { "", "base", NULL };
  static const PmlArgSpec spec = { "int", names, 0, 2, FALSE };
  PmlObj *a[2];

  (void) type;
  if (!pml_parse_args (&spec, args, nargs, kwnames, a))
    return NULL;
  if (a[0] == NULL)
    return a[1] != NULL ? pml_err_set (T_TYPE_ERROR, "int() missing string argument") : pml_int_new (0);
  return to_int (a[0], a[1]);
}

static void
int_free_host (PmlObj *o)
{
  pml_bigint_free (o->u.i.big);
}

/* int's slots, which bool shares but for its repr, hash and constructor */
#define INT_SLOTS \
  .richcompare = number_richcompare, \
  .getattro = pml_object_getattro, \
  .setattro = pml_object_setattro, \
  .size_of = int_sizeof, \
  NUMBER_SLOTS, \
  .nb_negative = pml_number_neg, \
  .nb_positive = int_positive, \
  .nb_absolute = int_absolute, \
  .nb_invert = int_invert, \
  .nb_bool = int_bool, \
  .nb_index = int_index, \
  .methods = int_methods, \
  .dealloc = int_dealloc, \
  .free_host = int_free_host

const PmlTypeSlots pml_int_slots = {
  INT_SLOTS,
  .repr = int_repr,
  .hash = int_hash,
  .new_instance = int_new,
  .no_vectorcall = TRUE,
};

static PmlObj *
bool_repr (PmlObj *o)
{
  return pml_str_new (o == TRUE_ ? "True" : "False", -1);
}

static gint64
bool_hash (PmlObj *o, gboolean *ok)
{
  *ok = TRUE;
  return o == TRUE_;
}

static PmlObj *
bool_new (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  int t;

  (void) type;
  NO_KW ("bool");
  NARGS ("bool", 0, 1);
  if (nargs == 0)
    return pml_incref (FALSE_);
  t = pml_truth (args[0]);
  return t < 0 ? NULL : pml_incref (BOOL (t));
}

const PmlTypeSlots pml_bool_slots = {
  INT_SLOTS,
  .repr = bool_repr,
  .hash = bool_hash,
  .new_instance = bool_new,
  .flags = PML_TPFLAGS_RUNTIME,
};

static PmlObj *
float_repr (PmlObj *o)
{
  return pml_float_to_str (o->u.f);
}

static gint64
float_hash (PmlObj *o, gboolean *ok)
{
  *ok = TRUE;
  return pml_float_hash (o->u.f);
}

static PmlObj *
float_positive (PmlObj *o)
{
  return pml_incref (o);
}

static PmlObj *
float_absolute (PmlObj *o)
{
  return pml_float_new (fabs (o->u.f));
}

static int
float_bool (PmlObj *o)
{
  return o->u.f != 0;
}

static gsize
float_sizeof (PmlObj *o)
{
  (void) o;
  return 24;
}

static gboolean
float_dealloc (PmlObj *o)
{
  return o->type == TYPE (T_FLOAT) && pml_obj_park (VM->float_free, PML_FLOAT_MAXFREELIST, o);
}

static PmlObj *
to_float (PmlObj *v)
{
  gboolean ok;
  double d;

  if (v->type == TYPE (T_FLOAT))
    return pml_incref (v);
  if (v->kind == K_FLOAT)
    return pml_float_new (v->u.f);   /* a float subclass's instance */
  if (v->kind == K_STR || v->kind == K_BYTES || v->kind == K_BYTEARRAY)
    {
      g_autofree char *s = v->kind == K_STR ? pml_float_literal_clean (v->u.s.s, v->u.s.nbytes, TRUE)
                                            : pml_float_literal_clean ((const char *) v->u.b.data, v->u.b.len, FALSE);

      if (s == NULL)
        {
          PmlObj *rep = pml_repr (v);

          pml_err_set (T_VALUE_ERROR, "could not convert string to float: %s", rep ? rep->u.s.s : "?");
          pml_xdecref (rep);
          return NULL;
        }
      return pml_float_new (g_ascii_strtod (s, NULL));
    }
  d = pml_number_as_double (v, &ok);
  if (!ok && !pml_err_occurred ())
    {
      PmlObj *r = pml_number_float_from_dunder (v);

      if (r != NULL || pml_err_occurred ())
        return r;
    }
  if (!ok)
    {
      if (!pml_err_occurred ())
        pml_err_set (T_TYPE_ERROR, "float() argument must be a string or a real number, not '%s'", pml_type_name (v));
      return NULL;
    }
  return pml_float_new (d);
}

static PmlObj *
float_new (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) type;
  NO_KW ("float");
  NARGS ("float", 0, 1);
  return nargs == 0 ? pml_float_new (0) : to_float (args[0]);
}

const PmlTypeSlots pml_float_slots = {
  .repr = float_repr,
  .hash = float_hash,
  .richcompare = number_richcompare,
  .getattro = pml_object_getattro,
  .setattro = pml_object_setattro,
  .size_of = float_sizeof,
  NUMBER_SLOTS,
  .nb_negative = pml_number_neg,
  .nb_positive = float_positive,
  .nb_absolute = float_absolute,
  .nb_bool = float_bool,
  .methods = pml_float_methods,
  .dealloc = float_dealloc,
  .new_instance = float_new,
};
