/* test-bigint.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "pml-bigint.h"

/* Arbitrary-precision ints against values python3.11 printed */

static PmlBigint *
dec (const char *s)
{
  PmlBigint *b = pml_bigint_from_decimal (s, strlen (s));

  g_assert_nonnull (b);
  return b;
}

static void
assert_dec (PmlBigint *b, const char *expected)
{
  g_autofree char *s = pml_bigint_to_decimal (b);

  g_assert_cmpstr (s, ==, expected);
  pml_bigint_free (b);
}

static PmlBigint *
power (gint64 base, guint64 e)
{
  PmlBigint *b = pml_bigint_from_i64 (base), *r = pml_bigint_pow (b, e);

  pml_bigint_free (b);
  return r;
}

/* floor division and the remainder's sign, all four sign combinations */
static void
test_divmod (void)
{
  g_autoptr(GPtrArray) keep = g_ptr_array_new_with_free_func ((GDestroyNotify) pml_bigint_free);
  PmlBigint *a = dec ("10000000000000000000000000000000000000007");
  PmlBigint *b = dec ("-100000000000000000003");
  PmlBigint *na = pml_bigint_neg (a), *nb = pml_bigint_neg (b), *q, *r, *zero = pml_bigint_from_i64 (0);

  g_ptr_array_add (keep, a);
  g_ptr_array_add (keep, b);
  g_ptr_array_add (keep, na);
  g_ptr_array_add (keep, nb);
  g_ptr_array_add (keep, zero);
  g_assert_true (pml_bigint_divmod (a, b, &q, &r));
  assert_dec (q, "-99999999999999999998");
  assert_dec (r, "-99999999999999999987");
  g_assert_true (pml_bigint_divmod (na, nb, &q, &r));
  assert_dec (q, "-99999999999999999998");
  assert_dec (r, "99999999999999999987");
  g_assert_false (pml_bigint_divmod (a, zero, &q, &r));
}

static void
test_powers_and_digits (void)
{
  PmlBigint *p90 = power (2, 90), *n90 = pml_bigint_neg (p90);
  PmlBigint *p30 = power (2, 30), *p30m1, *one = pml_bigint_from_i64 (1), *t10;

  p30m1 = pml_bigint_sub (p30, one);
  /* 30-bit digits: sys.getsizeof depends on them */
  g_assert_cmpuint (pml_bigint_ndigits (p30m1), ==, 1);
  g_assert_cmpuint (pml_bigint_ndigits (p30), ==, 2);
  g_assert_cmpuint (pml_bigint_ndigits (p90), ==, 4);
  t10 = power (10, 100);
  g_assert_cmpuint (pml_bigint_ndigits (t10), ==, 12);
  assert_dec (pml_bigint_copy (p90), "1237940039285380274899124224");
  assert_dec (n90, "-1237940039285380274899124224");
  assert_dec (power (3, 200), "265613988875874769338781322035779626829233452653394495974574961739092490901302182994384699044001");
  pml_bigint_free (p90);
  pml_bigint_free (p30);
  pml_bigint_free (p30m1);
  pml_bigint_free (one);
  pml_bigint_free (t10);
}

static void
test_shifts (void)
{
  PmlBigint *p100 = power (2, 100), *five = pml_bigint_from_i64 (5), *neg, *t;

  assert_dec (pml_bigint_rshift (p100, 37), "9223372036854775808");
  t = pml_bigint_add (p100, five);
  neg = pml_bigint_neg (t);
  /* >> floors negative values */
  assert_dec (pml_bigint_rshift (neg, 37), "-9223372036854775809");
  assert_dec (pml_bigint_lshift (five, 100), "6338253001141147007483516026880");
  pml_bigint_free (p100);
  pml_bigint_free (five);
  pml_bigint_free (neg);
  pml_bigint_free (t);
}

/* hash(int) on 64-bit: modulo 2**61 - 1, and -1 becomes -2 */
static void
test_hash (void)
{
  PmlBigint *m = power (2, 61), *one = pml_bigint_from_i64 (1), *mod = pml_bigint_sub (m, one);
  PmlBigint *minus1 = pml_bigint_from_i64 (-1), *p64 = power (2, 64), *p70 = power (2, 70), *n70 = pml_bigint_neg (p70);

  g_assert_cmpint (pml_bigint_hash (mod), ==, 0);
  g_assert_cmpint (pml_bigint_hash (minus1), ==, -2);
  g_assert_cmpint (pml_bigint_hash (p64), ==, 8);
  g_assert_cmpint (pml_bigint_hash (n70), ==, -512);
  pml_bigint_free (m);
  pml_bigint_free (one);
  pml_bigint_free (mod);
  pml_bigint_free (minus1);
  pml_bigint_free (p64);
  pml_bigint_free (p70);
  pml_bigint_free (n70);
}

static void
test_conversions (void)
{
  gint64 v;
  gboolean overflow;
  PmlBigint *big = pml_bigint_from_double (1e300), *min = pml_bigint_from_i64 (G_MININT64);

  assert_dec (pml_bigint_copy (big), "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160");
  g_assert_cmpfloat (pml_bigint_to_double (big, &overflow), ==, 1e300);
  g_assert_false (overflow);
  g_assert_false (pml_bigint_to_i64 (big, &v));
  g_assert_true (pml_bigint_to_i64 (min, &v));
  g_assert_cmpint (v, ==, G_MININT64);
  g_assert_null (pml_bigint_from_decimal ("12a", 3));
  assert_dec (dec ("-1_000_000"), "-1000000");
  pml_bigint_free (big);
  pml_bigint_free (min);
}

/* 32-bit words, least significant first, as _random seeds with them:
   the absolute value; zero is one zero word */
static void
test_words32 (void)
{
  static const guint32 back_words[] = { 0x12345678, 0xffffffff, 0x1 };
  PmlBigint *b = dec ("-717897987691852588770249");
  g_autofree guint32 *w = NULL;
  g_autofree guint32 *z = NULL;
  gsize n;

  /* -(3**50): the words of 3**50, as python3.11's (x >> 32*i) & 0xffffffff */
  w = pml_bigint_to_words32 (b, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmphex (w[0], ==, 3500008393u);
  g_assert_cmphex (w[1], ==, 1408293679u);
  g_assert_cmphex (w[2], ==, 38917u);
  pml_bigint_free (b);

  b = pml_bigint_from_i64 (0);
  z = pml_bigint_to_words32 (b, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmphex (z[0], ==, 0);
  pml_bigint_free (b);

  /* 0x1_ffffffff_12345678 */
  assert_dec (pml_bigint_from_words32 (back_words, 3), "36893488143429555832");
  assert_dec (pml_bigint_from_words32 (back_words, 1), "305419896");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/bigint/divmod", test_divmod);
  g_test_add_func ("/bigint/powers-and-digits", test_powers_and_digits);
  g_test_add_func ("/bigint/shifts", test_shifts);
  g_test_add_func ("/bigint/hash", test_hash);
  g_test_add_func ("/bigint/conversions", test_conversions);
  g_test_add_func ("/bigint/words32", test_words32);
  return g_test_run ();
}
