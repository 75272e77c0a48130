/* test-interp-format.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "pml-py-format.h"

/* The format-spec parser ([[fill]align][sign][z][#][0][width][grouping]
 * [.precision][type]) and the float text under the formatters, without
 * an interpreter. The float texts and the error messages are what
 * python3.11 printed for the same format() calls. */

typedef struct
{
  const char *spec;
  char        default_type;
  char        default_align;
  /* expected: fill, align, sign, z, #, width, grouping, precision, type */
  gunichar    fill;
  char        align;
  char        sign;
  gboolean    no_neg_0, alternate;
  gint64      width;
  char        grouping;
  gint64      precision;
  gunichar    type;
} SpecCase;

static const SpecCase spec_cases[] = {
  { "", 'd', '>', ' ', '>', 0, FALSE, FALSE, -1, 0, -1, 'd' },
  { "08b", 'd', '>', '0', '=', 0, FALSE, FALSE, 8, 0, -1, 'b' },
  { "<05", 's', '<', '0', '<', 0, FALSE, FALSE, 5, 0, -1, 's' },
  { "05", 's', '<', '0', '<', 0, FALSE, FALSE, 5, 0, -1, 's' },
  { "*^+z#012,.3f", 0, '>', '*', '^', '+', TRUE, TRUE, 12, ',', 3, 'f' },
  { "-^+12,.1f", 0, '>', '-', '^', '+', FALSE, FALSE, 12, ',', 1, 'f' },
  { "_x", 'd', '>', ' ', '>', 0, FALSE, FALSE, -1, '_', -1, 'x' },
  { "€>6", 's', '<', 0x20ac, '>', 0, FALSE, FALSE, 6, 0, -1, 's' },
  { " 5d", 'd', '>', ' ', '>', ' ', FALSE, FALSE, 5, 0, -1, 'd' },
  { "=", 'd', '>', ' ', '=', 0, FALSE, FALSE, -1, 0, -1, 'd' },
  { ".2%", 0, '>', ' ', '>', 0, FALSE, FALSE, -1, 0, 2, '%' },
};

typedef struct
{
  const char *spec;
  char        default_type;
  const char *error;
} SpecError;

static const SpecError spec_errors[] = {
  { "abc", 'd', "Invalid format specifier 'abc' for object of type 'int'" },
  { ".", 'd', "Format specifier missing precision" },
  { ",_", 'd', "Cannot specify both ',' and '_'." },
  { "_,", 'd', "Cannot specify both ',' and '_'." },
  { ",,", 'd', "Cannot specify ',' with ','." },
  { "__", 'd', "Cannot specify '_' with '_'." },
  { ",b", 'd', "Cannot specify ',' with 'b'." },
  { "_n", 'd', "Cannot specify '_' with 'n'." },
  { ",", 's', "Cannot specify ',' with 's'." },
  { "99999999999999999999999", 'd', "Too many decimal digits in format string" },
};

static void
test_spec_parse (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (spec_cases); i++)
    {
      const SpecCase *c = &spec_cases[i];
      PmlFormatSpec f;
      g_autofree char *error = NULL;

      g_test_message ("spec '%s'", c->spec);
      g_assert_true (pml_format_spec_parse (c->spec, strlen (c->spec), "int", c->default_type,
                                            c->default_align, &f, &error));
      g_assert_null (error);
      g_assert_cmpuint (f.fill, ==, c->fill);
      g_assert_cmpint (f.align, ==, c->align);
      g_assert_cmpint (f.sign, ==, c->sign);
      g_assert_cmpint (f.no_neg_0, ==, c->no_neg_0);
      g_assert_cmpint (f.alternate, ==, c->alternate);
      g_assert_cmpint (f.width, ==, c->width);
      g_assert_cmpint (f.grouping, ==, c->grouping);
      g_assert_cmpint (f.precision, ==, c->precision);
      g_assert_cmpuint (f.type, ==, c->type);
    }
}

static void
test_spec_errors (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (spec_errors); i++)
    {
      const SpecError *c = &spec_errors[i];
      PmlFormatSpec f;
      g_autofree char *error = NULL;

      g_assert_false (pml_format_spec_parse (c->spec, strlen (c->spec), "int", c->default_type,
                                             '>', &f, &error));
      g_assert_cmpstr (error, ==, c->error);
    }
}

typedef struct
{
  double      v;
  char        code;
  int         precision;
  guint       flags;
  const char *expected;
} FloatCase;

/* format(v, spec) and repr(v) in python3.11 */
static const FloatCase float_cases[] = {
  { 0.1, 'f', 20, 0, "0.10000000000000000555" },
  { 2.675, 'f', 2, 0, "2.67" },
  { 1e16, 'r', 0, PML_DTSF_ADD_DOT_0, "1e+16" },
  { 1e-5, 'r', 0, PML_DTSF_ADD_DOT_0, "1e-05" },
  { 123456789012345678.0, 'r', 0, PML_DTSF_ADD_DOT_0, "1.2345678901234568e+17" },
  { 0.30000000000000004, 'r', 0, PML_DTSF_ADD_DOT_0, "0.30000000000000004" },
  { -0.0, 'r', 0, PML_DTSF_ADD_DOT_0, "-0.0" },
  { 100.0, 'g', 3, PML_DTSF_ADD_DOT_0, "1e+02" },
  { 1e-5, 'g', 3, PML_DTSF_ALT, "1.00e-05" },
  { 1234.5, 'e', 2, 0, "1.23e+03" },
  { 0.5, 'f', 0, 0, "0" },
  { 1.0, 'f', 0, PML_DTSF_ALT, "1." },
  { -0.0001, 'f', 2, PML_DTSF_NO_NEG_0, "0.00" },
};

static void
test_float_text (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (float_cases); i++)
    {
      const FloatCase *c = &float_cases[i];
      g_autofree char *text = pml_double_to_string (c->v, c->code, c->precision, c->flags);

      g_assert_cmpstr (text, ==, c->expected);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/interp/format/spec-parse", test_spec_parse);
  g_test_add_func ("/interp/format/spec-errors", test_spec_errors);
  g_test_add_func ("/interp/format/float-text", test_float_text);
  return g_test_run ();
}
