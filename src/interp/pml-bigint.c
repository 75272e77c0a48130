/* pml-bigint.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "pml-bigint.h"

#define SHIFT 30
#define BASE ((guint32) 1 << SHIFT)
#define MASK (BASE - 1)
#define HASH_MODULUS ((G_GUINT64_CONSTANT (1) << 61) - 1)

struct _PmlBigint
{
  int      sign;     /* -1, 0, 1 */
  guint    n;        /* digits in use */
  guint32 *d;        /* least significant first */
};

static PmlBigint *
alloc_digits (guint n)
{
  PmlBigint *a = g_new0 (PmlBigint, 1);

  a->d = g_new0 (guint32, MAX (n, 1));
  a->n = n;
  return a;
}

/* drops leading zero digits; zero has no digits and sign 0 */
static PmlBigint *
normalize (PmlBigint *a, int sign)
{
  while (a->n > 0 && a->d[a->n - 1] == 0)
    a->n--;
  a->sign = a->n == 0 ? 0 : sign;
  return a;
}

void
pml_bigint_free (PmlBigint *a)
{
  if (a == NULL)
    return;
  g_free (a->d);
  g_free (a);
}

PmlBigint *
pml_bigint_from_i64 (gint64 v)
{
  guint64 u = v < 0 ? (guint64) 0 - (guint64) v : (guint64) v;
  PmlBigint *a = alloc_digits (3);

  for (guint i = 0; i < 3; i++)
    {
      a->d[i] = (guint32) (u & MASK);
      u >>= SHIFT;
    }
  return normalize (a, v < 0 ? -1 : 1);
}

PmlBigint *
pml_bigint_copy (const PmlBigint *a)
{
  PmlBigint *c = alloc_digits (a->n);

  memcpy (c->d, a->d, a->n * sizeof (guint32));
  c->sign = a->sign;
  return c;
}

int
pml_bigint_sign (const PmlBigint *a)
{
  return a->sign;
}

guint
pml_bigint_ndigits (const PmlBigint *a)
{
  return a->n;
}

guint64
pml_bigint_bit_length (const PmlBigint *a)
{
  if (a->n == 0)
    return 0;
  return (guint64) (a->n - 1) * SHIFT + g_bit_storage (a->d[a->n - 1]);
}

gboolean
pml_bigint_to_i64 (const PmlBigint *a, gint64 *out)
{
  guint64 u = 0;

  if (pml_bigint_bit_length (a) > 63)
    {
      /* only -2**63 fits with 64 bits */
      if (a->sign < 0 && pml_bigint_bit_length (a) == 64)
        {
          for (guint i = a->n; i > 0; i--)
            u = (u << SHIFT) | a->d[i - 1];
          if (u == G_GUINT64_CONSTANT (1) << 63)
            {
              *out = G_MININT64;
              return TRUE;
            }
        }
      return FALSE;
    }
  for (guint i = a->n; i > 0; i--)
    u = (u << SHIFT) | a->d[i - 1];
  *out = a->sign < 0 ? -(gint64) u : (gint64) u;
  return TRUE;
}

/* |a| vs |b| */
static int
cmp_abs (const PmlBigint *a, const PmlBigint *b)
{
  if (a->n != b->n)
    return a->n < b->n ? -1 : 1;
  for (guint i = a->n; i > 0; i--)
    if (a->d[i - 1] != b->d[i - 1])
      return a->d[i - 1] < b->d[i - 1] ? -1 : 1;
  return 0;
}

int
pml_bigint_cmp (const PmlBigint *a, const PmlBigint *b)
{
  if (a->sign != b->sign)
    return a->sign < b->sign ? -1 : 1;
  return a->sign >= 0 ? cmp_abs (a, b) : -cmp_abs (a, b);
}

static PmlBigint *
add_abs (const PmlBigint *a, const PmlBigint *b, int sign)
{
  guint n = MAX (a->n, b->n);
  PmlBigint *r = alloc_digits (n + 1);
  guint32 carry = 0;

  for (guint i = 0; i < n; i++)
    {
      guint32 s = carry + (i < a->n ? a->d[i] : 0) + (i < b->n ? b->d[i] : 0);

      r->d[i] = s & MASK;
      carry = s >> SHIFT;
    }
  r->d[n] = carry;
  return normalize (r, sign);
}

/* |a| - |b| with |a| >= |b| */
static PmlBigint *
sub_abs (const PmlBigint *a, const PmlBigint *b, int sign)
{
  PmlBigint *r = alloc_digits (a->n);
  gint64 borrow = 0;

  for (guint i = 0; i < a->n; i++)
    {
      gint64 s = (gint64) a->d[i] - (i < b->n ? b->d[i] : 0) - borrow;

      borrow = s < 0;
      if (s < 0)
        s += BASE;
      r->d[i] = (guint32) s;
    }
  return normalize (r, sign);
}

static PmlBigint *
signed_add (const PmlBigint *a, const PmlBigint *b, int b_sign)
{
  if (a->sign == 0)
    {
      PmlBigint *c = pml_bigint_copy (b);

      c->sign = b->n ? b_sign : 0;
      return c;
    }
  if (b_sign == 0)
    return pml_bigint_copy (a);
  if (a->sign == b_sign)
    return add_abs (a, b, a->sign);
  if (cmp_abs (a, b) >= 0)
    return sub_abs (a, b, a->sign);
  return sub_abs (b, a, b_sign);
}

PmlBigint *
pml_bigint_add (const PmlBigint *a, const PmlBigint *b)
{
  return signed_add (a, b, b->sign);
}

PmlBigint *
pml_bigint_sub (const PmlBigint *a, const PmlBigint *b)
{
  return signed_add (a, b, -b->sign);
}

PmlBigint *
pml_bigint_mul (const PmlBigint *a, const PmlBigint *b)
{
  PmlBigint *r = alloc_digits (a->n + b->n + 1);

  for (guint i = 0; i < a->n; i++)
    {
      guint64 carry = 0;

      for (guint j = 0; j < b->n; j++)
        {
          guint64 t = (guint64) a->d[i] * b->d[j] + r->d[i + j] + carry;

          r->d[i + j] = (guint32) (t & MASK);
          carry = t >> SHIFT;
        }
      for (guint k = i + b->n; carry != 0; k++)
        {
          guint64 t = r->d[k] + carry;

          r->d[k] = (guint32) (t & MASK);
          carry = t >> SHIFT;
        }
    }
  return normalize (r, a->sign * b->sign);
}

PmlBigint *
pml_bigint_neg (const PmlBigint *a)
{
  PmlBigint *c = pml_bigint_copy (a);

  c->sign = -c->sign;
  return c;
}

PmlBigint *
pml_bigint_abs (const PmlBigint *a)
{
  PmlBigint *c = pml_bigint_copy (a);

  c->sign = c->n ? 1 : 0;
  return c;
}

/* |a| divided by a small divisor; returns the remainder */
static guint32
divrem_small (PmlBigint *a, guint32 divisor)
{
  guint64 rem = 0;

  for (guint i = a->n; i > 0; i--)
    {
      guint64 cur = (rem << SHIFT) | a->d[i - 1];

      a->d[i - 1] = (guint32) (cur / divisor);
      rem = cur % divisor;
    }
  normalize (a, a->sign);
  return (guint32) rem;
}

static gboolean
test_bit (const PmlBigint *a, guint64 bit)
{
  guint64 digit = bit / SHIFT;

  return digit < a->n && (a->d[digit] >> (bit % SHIFT)) & 1;
}

/* truncating division of magnitudes, bit by bit */
static void
divmod_abs (const PmlBigint *a, const PmlBigint *b, PmlBigint **q, PmlBigint **r)
{
  guint64 bits = pml_bigint_bit_length (a);
  PmlBigint *quot = alloc_digits (a->n), *rem = alloc_digits (0);

  if (b->n == 1)
    {
      PmlBigint *c = pml_bigint_copy (a);
      guint32 m = divrem_small (c, b->d[0]);

      pml_bigint_free (quot);
      pml_bigint_free (rem);
      c->sign = c->n ? 1 : 0;
      *q = c;
      *r = pml_bigint_from_i64 (m);
      return;
    }
  for (guint64 i = bits; i > 0; i--)
    {
      PmlBigint *shifted = pml_bigint_lshift (rem, 1);

      pml_bigint_free (rem);
      rem = shifted;
      if (test_bit (a, i - 1))
        {
          if (rem->n == 0)
            {
              pml_bigint_free (rem);
              rem = pml_bigint_from_i64 (1);
            }
          else
            rem->d[0] |= 1;
        }
      if (cmp_abs (rem, b) >= 0)
        {
          PmlBigint *t = sub_abs (rem, b, 1);

          pml_bigint_free (rem);
          rem = t;
          quot->d[(i - 1) / SHIFT] |= (guint32) 1 << ((i - 1) % SHIFT);
        }
    }
  *q = normalize (quot, 1);
  rem->sign = rem->n ? 1 : 0;
  *r = rem;
}

gboolean
pml_bigint_divmod (const PmlBigint *a, const PmlBigint *b, PmlBigint **quotient, PmlBigint **remainder)
{
  PmlBigint *q, *r;

  if (b->sign == 0)
    return FALSE;
  divmod_abs (a, b, &q, &r);
  q->sign = q->n ? a->sign * b->sign : 0;
  r->sign = r->n ? a->sign : 0;
  /* floor: when the signs differ and something remains, step down */
  if (r->sign != 0 && r->sign != b->sign)
    {
      PmlBigint *one = pml_bigint_from_i64 (1), *q2 = pml_bigint_sub (q, one), *r2 = pml_bigint_add (r, b);

      pml_bigint_free (one);
      pml_bigint_free (q);
      pml_bigint_free (r);
      q = q2;
      r = r2;
    }
  if (quotient)
    *quotient = q;
  else
    pml_bigint_free (q);
  if (remainder)
    *remainder = r;
  else
    pml_bigint_free (r);
  return TRUE;
}

PmlBigint *
pml_bigint_pow (const PmlBigint *base, guint64 exponent)
{
  PmlBigint *result = pml_bigint_from_i64 (1), *b = pml_bigint_copy (base);

  while (exponent > 0)
    {
      if (exponent & 1)
        {
          PmlBigint *t = pml_bigint_mul (result, b);

          pml_bigint_free (result);
          result = t;
        }
      exponent >>= 1;
      if (exponent > 0)
        {
          PmlBigint *t = pml_bigint_mul (b, b);

          pml_bigint_free (b);
          b = t;
        }
    }
  pml_bigint_free (b);
  return result;
}

PmlBigint *
pml_bigint_lshift (const PmlBigint *a, guint64 n)
{
  guint words = (guint) (n / SHIFT), bits = (guint) (n % SHIFT);
  PmlBigint *r = alloc_digits (a->n + words + 1);

  for (guint i = 0; i < a->n; i++)
    {
      guint64 v = (guint64) a->d[i] << bits;

      r->d[i + words] |= (guint32) (v & MASK);
      r->d[i + words + 1] |= (guint32) (v >> SHIFT);
    }
  return normalize (r, a->sign);
}

static PmlBigint *
rshift_abs (const PmlBigint *a, guint64 n)
{
  guint words = (guint) (n / SHIFT), bits = (guint) (n % SHIFT);
  PmlBigint *r;

  if (words >= a->n)
    return alloc_digits (0);
  r = alloc_digits (a->n - words);
  for (guint i = 0; i < r->n; i++)
    {
      guint64 v = a->d[i + words] >> bits;

      if (i + words + 1 < a->n && bits > 0)
        v |= ((guint64) a->d[i + words + 1] << (SHIFT - bits)) & MASK;
      r->d[i] = (guint32) v;
    }
  return normalize (r, 1);
}

PmlBigint *
pml_bigint_rshift (const PmlBigint *a, guint64 n)
{
  PmlBigint *r, *one, *t, *m;

  if (a->sign >= 0)
    return rshift_abs (a, n);
  /* floor for negatives: -((|a| - 1) >> n) - 1 */
  one = pml_bigint_from_i64 (1);
  m = pml_bigint_abs (a);
  t = pml_bigint_sub (m, one);
  r = rshift_abs (t, n);
  pml_bigint_free (t);
  t = pml_bigint_add (r, one);
  pml_bigint_free (r);
  t->sign = t->n ? -1 : 0;
  pml_bigint_free (one);
  pml_bigint_free (m);
  return t;
}

PmlBigint *
pml_bigint_from_decimal (const char *digits, gsize len)
{
  PmlBigint *r = alloc_digits (len / 9 + 2);
  gboolean neg = FALSE, any = FALSE;
  gsize i = 0;

  r->n = 0;
  if (i < len && (digits[i] == '-' || digits[i] == '+'))
    neg = digits[i++] == '-';
  for (; i < len; i++)
    {
      guint64 carry;
      char c = digits[i];

      if (c == '_' && any && i + 1 < len && g_ascii_isdigit (digits[i + 1]))
        continue;
      if (!g_ascii_isdigit (c))
        {
          pml_bigint_free (r);
          return NULL;
        }
      any = TRUE;
      carry = (guint64) (c - '0');
      for (guint k = 0; k < r->n; k++)
        {
          guint64 t = (guint64) r->d[k] * 10 + carry;

          r->d[k] = (guint32) (t & MASK);
          carry = t >> SHIFT;
        }
      if (carry)
        r->d[r->n++] = (guint32) carry;
    }
  if (!any)
    {
      pml_bigint_free (r);
      return NULL;
    }
  return normalize (r, neg ? -1 : 1);
}

char *
pml_bigint_to_decimal (const PmlBigint *a)
{
  PmlBigint *c = pml_bigint_copy (a);
  GString *chunks = g_string_new (NULL);
  GString *out = g_string_new (a->sign < 0 ? "-" : "");

  if (a->n == 0)
    {
      pml_bigint_free (c);
      g_string_free (chunks, TRUE);
      g_string_append_c (out, '0');
      return g_string_free (out, FALSE);
    }
  while (c->n > 0)
    {
      guint32 rem = divrem_small (c, 1000000000);
      char buf[16];

      g_snprintf (buf, sizeof buf, c->n > 0 ? "%09u" : "%u", rem);
      g_string_prepend (chunks, buf);
    }
  g_string_append (out, chunks->str);
  g_string_free (chunks, TRUE);
  pml_bigint_free (c);
  return g_string_free (out, FALSE);
}

double
pml_bigint_to_double (const PmlBigint *a, gboolean *overflow)
{
  double d;

  /* correctly rounded, as PyLong_AsDouble: glibc's strtod of the
   * decimal text; from 2**1050 up it can only overflow */
  if (a->n > 36)
    d = INFINITY;
  else
    {
      char *text = pml_bigint_to_decimal (a);

      d = fabs (g_ascii_strtod (text, NULL));
      g_free (text);
    }
  *overflow = isinf (d);
  return a->sign < 0 ? -d : d;
}

PmlBigint *
pml_bigint_from_double (double v)
{
  int e;
  double m = frexp (fabs (trunc (v)), &e);
  PmlBigint *r = pml_bigint_from_i64 (0);

  /* 53 significant bits, then shifted into place */
  while (m != 0)
    {
      PmlBigint *shifted = pml_bigint_lshift (r, 30), *digit, *sum;
      guint32 top;

      m *= BASE;
      top = (guint32) m;
      m -= top;
      e -= 30;
      digit = pml_bigint_from_i64 (top);
      sum = pml_bigint_add (shifted, digit);
      pml_bigint_free (shifted);
      pml_bigint_free (digit);
      pml_bigint_free (r);
      r = sum;
    }
  if (e > 0)
    {
      PmlBigint *t = pml_bigint_lshift (r, (guint64) e);

      pml_bigint_free (r);
      r = t;
    }
  else if (e < 0)
    {
      PmlBigint *t = rshift_abs (r, (guint64) -e);

      pml_bigint_free (r);
      r = t;
    }
  if (v < 0 && r->n > 0)
    r->sign = -1;
  return r;
}

gint64
pml_bigint_hash (const PmlBigint *a)
{
  guint64 x = 0;
  gint64 h;

  for (guint i = a->n; i > 0; i--)
    {
      x = ((x << SHIFT) & HASH_MODULUS) | (x >> (61 - SHIFT));
      x += a->d[i - 1];
      if (x >= HASH_MODULUS)
        x -= HASH_MODULUS;
    }
  h = a->sign < 0 ? -(gint64) x : (gint64) x;
  return h == -1 ? -2 : h;
}

/* |a| as 32-bit words, least significant first (at least one word, as
 * _PyLong_AsByteArray gives _random's seed); g_free() them */
guint32 *
pml_bigint_to_words32 (const PmlBigint *a, gsize *n_words)
{
  guint64 bits = pml_bigint_bit_length (a);
  gsize n = bits == 0 ? 1 : (gsize) ((bits - 1) / 32 + 1);
  guint32 *w = g_new0 (guint32, n);
  guint64 pos = 0;

  for (guint i = 0; i < a->n; i++, pos += SHIFT)
    {
      guint64 v = (guint64) a->d[i] << (pos % 32);
      gsize k = (gsize) (pos / 32);

      w[k] |= (guint32) v;
      if (k + 1 < n)
        w[k + 1] |= (guint32) (v >> 32);
    }
  *n_words = n;
  return w;
}

/* the non-negative int of 32-bit words, least significant first */
PmlBigint *
pml_bigint_from_words32 (const guint32 *w, gsize n_words)
{
  guint64 bits = (guint64) n_words * 32;
  PmlBigint *a = alloc_digits ((guint) (bits / SHIFT + 1));

  for (guint i = 0; i < a->n; i++)
    {
      guint64 pos = (guint64) i * SHIFT, v;
      gsize k = (gsize) (pos / 32);

      if (k >= n_words)
        break;
      v = w[k] >> (pos % 32);
      if (k + 1 < n_words)
        v |= (guint64) w[k + 1] << (32 - pos % 32);
      a->d[i] = (guint32) (v & MASK);
    }
  return normalize (a, 1);
}

/* @a in two's complement over @n 32-bit words (n covers its magnitude
   and a sign bit): a negative value is ~(|a| - 1) */
static guint32 *
twos_complement_words (const PmlBigint *a, gsize n)
{
  guint32 *w = g_new0 (guint32, n), *mag;
  PmlBigint *abs_a = pml_bigint_abs (a), *one = pml_bigint_from_i64 (1), *less;
  gsize m;

  less = a->sign < 0 ? pml_bigint_sub (abs_a, one) : pml_bigint_copy (abs_a);
  mag = pml_bigint_to_words32 (less, &m);
  for (gsize i = 0; i < n; i++)
    {
      guint32 v = i < m ? mag[i] : 0;

      w[i] = a->sign < 0 ? ~v : v;
    }
  g_free (mag);
  pml_bigint_free (abs_a);
  pml_bigint_free (one);
  pml_bigint_free (less);
  return w;
}

/* a & b, a | b, a ^ b (@op '&', '|' or '^') with Python's infinite
   two's complement semantics for negative values */
PmlBigint *
pml_bigint_bitwise (const PmlBigint *a, const PmlBigint *b, char op)
{
  guint64 bits = MAX (pml_bigint_bit_length (a), pml_bigint_bit_length (b));
  gsize n = (gsize) (bits / 32 + 2);
  guint32 *x = twos_complement_words (a, n), *y = twos_complement_words (b, n);
  gboolean negative;
  PmlBigint *r;

  for (gsize i = 0; i < n; i++)
    x[i] = op == '&' ? (x[i] & y[i]) : op == '|' ? (x[i] | y[i]) : (x[i] ^ y[i]);
  negative = (x[n - 1] >> 31) != 0;
  if (negative)
    for (gsize i = 0; i < n; i++)
      x[i] = ~x[i];
  r = pml_bigint_from_words32 (x, n);
  if (negative)
    {
      PmlBigint *one = pml_bigint_from_i64 (1), *plus = pml_bigint_add (r, one);

      pml_bigint_free (r);
      r = pml_bigint_neg (plus);
      pml_bigint_free (plus);
      pml_bigint_free (one);
    }
  g_free (x);
  g_free (y);
  return r;
}
