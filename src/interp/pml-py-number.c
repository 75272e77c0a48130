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

PmlObj *
pml_int_new (gint64 v)
{
  PmlObj *o;

  if (v >= -PML_NSMALLNEG && v < PML_NSMALLPOS)
    return pml_incref (VM->small_ints[v + PML_NSMALLNEG]);
  o = int_alloc (pml_int_digits (i64_bits (v)));
  if (o != NULL)
    o->u.i.v = v;
  return o;
}

/* takes @big */
PmlObj *
pml_int_from_big (PmlBigint *big)
{
  gint64 v;
  PmlObj *o;

  if (pml_bigint_to_i64 (big, &v))
    {
      pml_bigint_free (big);
      return pml_int_new (v);
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
    return pml_int_new (v);
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
      if (y == 0)
        return pml_err_set (T_ZERO_DIVISION_ERROR, "division by zero");
      return pml_float_new ((double) x / (double) y);
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
      return pml_incref (&VM->notimpl);
    }

big:
  if (op == OP_DIV)
    {
      gboolean ok1, ok2;
      double fx = pml_number_as_double (a, &ok1), fy = pml_number_as_double (b, &ok2);

      if (!ok1 || !ok2)
        return NULL;
      if (fy == 0)
        return pml_err_set (T_ZERO_DIVISION_ERROR, "division by zero");
      return pml_float_new (fx / fy);
    }
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
  if (op == OP_AND || op == OP_OR || op == OP_XOR)
    return pml_err_set (T_OVERFLOW_ERROR, "bitwise operations on ints this large are not supported in scenarios");
  return big_binop (op, a, b);
}

/* float has no bitwise slots, neither int nor float a matmul one: both
 * sides give NotImplemented, so binary_op1 raises */
static PmlObj *
unsupported (int op, PmlObj *a, PmlObj *b)
{
  static const char *const symbols[] = { "<<", ">>", "&", "|", "^", "@" };
  const char *sym = op >= OP_LSHIFT && op <= OP_MATMUL ? symbols[op - OP_LSHIFT] : "?";

  return pml_err_set (T_TYPE_ERROR, "unsupported operand type(s) for %s: '%s' and '%s'", sym,
                      pml_type_name (a), pml_type_name (b));
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
      if (op == OP_MATMUL)
        return unsupported (op, a, b);
      return int_binop (op, a, b);
    }
  if (!(a->kind == K_FLOAT || is_intlike (a)) || !(b->kind == K_FLOAT || is_intlike (b)))
    return pml_incref (&VM->notimpl);
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
      return pml_float_new (pow (x, y));
    default:
      return unsupported (op, a, b);
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

static const PmlMethodDef int_methods[] = {
  { "bit_length", m_int_bit_length },
  { NULL, NULL }
};

const PmlTypeSlots pml_int_slots = {
  .methods = int_methods,
};
