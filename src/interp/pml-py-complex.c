/* pml-py-complex.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <math.h>
#include <string.h>

#include "pml-py-format.h"
#include "pml-py-number-methods.h"
#include "pml-py-type.h"
#include "pml-py-native.h"

/* The complex type: a PyComplexObject of two doubles (32 bytes, no free
 * list in 3.11). Arithmetic follows CPython's complexobject.c: a quotient
 * scaled by the divisor's larger part, integer powers up to 100 by
 * repeated squaring, any other power through polar form. */

typedef struct
{
  double re, im;
} Complex;

PmlObj *
pml_complex_new (double re, double im)
{
  PmlObj *o = pml_obj_new (TYPE (T_COMPLEX), K_COMPLEX, 32, FALSE);

  if (o != NULL)
    {
      o->u.c.re = re;
      o->u.c.im = im;
    }
  return o;
}

static PmlObj *
complex_result (Complex z)
{
  return pml_complex_new (z.re, z.im);
}

/* int, bool, float or complex as a complex; FALSE (no error) for others */
static gboolean
as_complex (PmlObj *o, Complex *z, gboolean *failed)
{
  gboolean ok;

  *failed = FALSE;
  if (o->kind == K_COMPLEX)
    {
      z->re = o->u.c.re;
      z->im = o->u.c.im;
      return TRUE;
    }
  if (o->kind != K_FLOAT && o->kind != K_INT && o->kind != K_BOOL)
    return FALSE;
  z->re = pml_number_as_double (o, &ok);
  z->im = 0;
  *failed = !ok;
  return ok;
}

static Complex
c_mul (Complex a, Complex b)
{
  return (Complex) { a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re };
}

/* errno EDOM when b is zero */
static Complex
c_quot (Complex a, Complex b)
{
  double abs_bre = fabs (b.re), abs_bim = fabs (b.im);

  if (abs_bre >= abs_bim)
    {
      double ratio, denom;

      if (abs_bre == 0.0)
        {
          errno = EDOM;
          return (Complex) { 0, 0 };
        }
      ratio = b.im / b.re;
      denom = b.re + b.im * ratio;
      return (Complex) { (a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom };
    }
  if (abs_bim >= abs_bre)
    {
      double ratio = b.re / b.im, denom = b.re * ratio + b.im;

      return (Complex) { (a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom };
    }
  /* a NaN in the divisor */
  return (Complex) { NAN, NAN };
}

static Complex
c_pow_general (Complex a, Complex b)
{
  double vabs, len, at, phase;

  if (b.re == 0 && b.im == 0)
    return (Complex) { 1, 0 };
  if (a.re == 0 && a.im == 0)
    {
      if (b.im != 0 || b.re < 0)
        errno = EDOM;
      return (Complex) { 0, 0 };
    }
  vabs = hypot (a.re, a.im);
  len = pow (vabs, b.re);
  at = atan2 (a.im, a.re);
  phase = at * b.re;
  if (b.im != 0)
    {
      len /= exp (at * b.im);
      phase += b.im * log (vabs);
    }
  return (Complex) { len * cos (phase), len * sin (phase) };
}

static Complex
c_pow_unsigned (Complex x, long n)
{
  Complex r = { 1, 0 }, p = x;

  for (long mask = 1; mask > 0 && n >= mask; mask <<= 1)
    {
      if (n & mask)
        r = c_mul (r, p);
      p = c_mul (p, p);
    }
  return r;
}

static Complex
c_pow (Complex a, Complex b)
{
  if (b.im == 0 && b.re == floor (b.re) && fabs (b.re) <= 100)
    {
      long n = (long) b.re;

      if (n >= 0)
        return c_pow_unsigned (a, n);
      return c_quot ((Complex) { 1, 0 }, c_pow_unsigned (a, -n));
    }
  return c_pow_general (a, b);
}

/* also float's power of a negative number to a fractional exponent,
 * with the operands converted in C as CPython does, no object made */
PmlObj *
pml_complex_binop (int op, PmlObj *a, PmlObj *b)
{
  Complex x, y, r;
  gboolean failed;

  if (!as_complex (a, &x, &failed) || !as_complex (b, &y, &failed))
    return failed ? NULL : pml_incref (NOTIMPL);
  errno = 0;
  switch (op)
    {
    case OP_ADD:
      return complex_result ((Complex) { x.re + y.re, x.im + y.im });
    case OP_SUB:
      return complex_result ((Complex) { x.re - y.re, x.im - y.im });
    case OP_MUL:
      return complex_result (c_mul (x, y));
    case OP_DIV:
      r = c_quot (x, y);
      if (errno == EDOM)
        return pml_err_set (T_ZERO_DIVISION_ERROR, "complex division by zero");
      return complex_result (r);
    case OP_POW:
      r = c_pow (x, y);
      if (errno == EDOM)
        return pml_err_set (T_ZERO_DIVISION_ERROR, "0.0 to a negative or complex power");
      if (isinf (r.re) || isinf (r.im))
        return pml_err_set (T_OVERFLOW_ERROR, "complex exponentiation");
      return complex_result (r);
    default:
      return pml_incref (NOTIMPL);
    }
}

#define COMPLEX_SLOT(name, op) \
  static PmlObj *complex_##name (PmlObj *a, PmlObj *b) { return pml_complex_binop (op, a, b); }
COMPLEX_SLOT (add, OP_ADD) COMPLEX_SLOT (sub, OP_SUB) COMPLEX_SLOT (mul, OP_MUL)
COMPLEX_SLOT (div, OP_DIV) COMPLEX_SLOT (pow, OP_POW)

/* repr's 'r' format of one part, without the ".0" a float's repr adds */
static void
append_part (GString *out, double v, gboolean with_sign)
{
  g_autofree char *text = pml_double_to_string (v, 'r', 0, 0);

  if (with_sign && text[0] != '-')
    g_string_append_c (out, '+');
  g_string_append (out, text);
}

/* 1j, (1+2j), (-0-1j): the real part is left out when it is +0 */
static PmlObj *
complex_repr (PmlObj *o)
{
  GString *out = g_string_new (NULL);
  double re = o->u.c.re, im = o->u.c.im;

  if (re == 0 && copysign (1.0, re) == 1.0)
    append_part (out, im, FALSE);
  else
    {
      g_string_append_c (out, '(');
      append_part (out, re, FALSE);
      append_part (out, im, TRUE);
    }
  g_string_append_c (out, 'j');
  if (out->str[0] == '(')
    g_string_append_c (out, ')');
  return pml_str_from_gstring (out);
}

/* hash(re) + 1000003 * hash(im), so a complex with no imaginary part
 * hashes as its real part */
static gint64
complex_hash (PmlObj *o, gboolean *ok)
{
  guint64 h = (guint64) pml_float_hash (o->u.c.re) + 1000003u * (guint64) pml_float_hash (o->u.c.im);
  gint64 r = (gint64) h;

  *ok = TRUE;
  return r == -1 ? -2 : r;
}

/* only == and != are defined; with an int or a float, equal when the
 * imaginary part is zero and the real parts are */
static PmlObj *
complex_richcompare (PmlObj *a, PmlObj *b, int op)
{
  Complex x, y;
  gboolean failed = FALSE, equal;

  if (op != OP_EQ && op != OP_NE)
    return pml_incref (NOTIMPL);
  if (!as_complex (a, &x, &failed) || !as_complex (b, &y, &failed))
    return failed ? NULL : pml_incref (NOTIMPL);
  if (a->kind != K_COMPLEX || b->kind != K_COMPLEX)
    {
      PmlObj *c = a->kind == K_COMPLEX ? a : b, *other = c == a ? b : a, *re;
      gboolean ok;
      int cmp;

      if (c->u.c.im != 0)
        return pml_incref (BOOL (op == OP_NE));
      re = pml_float_new (c->u.c.re);
      if (re == NULL)
        return NULL;
      cmp = pml_number_compare (re, other, &ok);
      pml_decref (re);
      if (!ok)
        return NULL;
      equal = cmp == 0;
    }
  else
    equal = x.re == y.re && x.im == y.im;
  return pml_incref (BOOL ((op == OP_EQ) == equal));
}

static PmlObj *
complex_neg (PmlObj *o)
{
  return pml_complex_new (-o->u.c.re, -o->u.c.im);
}

static PmlObj *
complex_pos (PmlObj *o)
{
  return pml_complex_new (o->u.c.re, o->u.c.im);
}

static PmlObj *
complex_abs (PmlObj *o)
{
  double r = hypot (o->u.c.re, o->u.c.im);

  if (isinf (r) && isfinite (o->u.c.re) && isfinite (o->u.c.im))
    return pml_err_set (T_OVERFLOW_ERROR, "absolute value too large");
  return pml_float_new (r);
}

static int
complex_bool (PmlObj *o)
{
  return o->u.c.re != 0 || o->u.c.im != 0;
}

static gsize
complex_sizeof (PmlObj *o)
{
  (void) o;
  return 32;
}

static PmlObj *
complex_getattro (PmlObj *o, PmlObj *name)
{
  if (strcmp (name->u.s.s, "real") == 0)
    return pml_float_new (o->u.c.re);
  if (strcmp (name->u.s.s, "imag") == 0)
    return pml_float_new (o->u.c.im);
  return pml_object_getattro (o, name);
}

static PmlObj *
complex_m_conjugate (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  /* called as z.conjugate() or complex.conjugate(z) */
  if (self == NULL)
    {
      self = args[0];
      nargs--;
    }
  NO_KW ("conjugate");
  NARGS ("conjugate", 0, 0);
  return pml_complex_new (self->u.c.re, -self->u.c.im);
}

static const PmlMethodDef complex_methods[] = {
  { "conjugate", complex_m_conjugate },
  { "__format__", pml_builtin_dunder_format },
  { NULL, NULL }
};

/* one signed float at *s, or a lone sign standing for 1 before a 'j' */
static gboolean
scan_part (const char **s, double *out)
{
  const char *p = *s;
  char *end;

  if ((*p == '+' || *p == '-') && (p[1] == 'j' || p[1] == 'J'))
    {
      *out = *p == '-' ? -1 : 1;
      *s = p + 1;
      return TRUE;
    }
  if (*p == 'j' || *p == 'J')
    {
      *out = 1;
      return TRUE;
    }
  *out = g_ascii_strtod (p, &end);
  if (end == p)
    return FALSE;
  *s = end;
  return TRUE;
}

/* complex("1+2j"), complex("-3.5"), complex("(2j)"), complex(" j ") */
static gboolean
parse_complex (const char *text, Complex *z)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));
  const char *s = copy;
  double first, second;
  gsize len = strlen (copy);

  if (len > 0 && copy[0] == '(' && copy[len - 1] == ')')
    {
      copy[len - 1] = '\0';
      s = g_strstrip (copy + 1);
    }
  if (*s == '\0' || !scan_part (&s, &first))
    return FALSE;
  *z = (Complex) { first, 0 };
  if (*s == 'j' || *s == 'J')
    {
      *z = (Complex) { 0, first };
      s++;
    }
  else if (*s == '+' || *s == '-')
    {
      if (!scan_part (&s, &second) || (*s != 'j' && *s != 'J'))
        return FALSE;
      z->im = second;
      s++;
    }
  return *s == '\0';
}

/* complex(x) of a class's instance: its __complex__, else its __float__
 * or __index__ (PyNumber_Float); NULL with no error when it has none */
static PmlObj *
instance_number (PmlObj *o)
{
  PmlObj *method, *r;

  if (o->kind != K_INSTANCE)
    return NULL;
  if (pml_class_lookup (o->type, "__complex__") == NULL)
    return pml_number_float_from_dunder (o);
  if ((method = pml_getattr_cstr (o, "__complex__")) == NULL)
    return NULL;
  r = pml_call_from_c (method, NULL, 0);
  pml_decref (method);
  if (r != NULL && r->kind != K_COMPLEX)
    {
      pml_err_set (T_TYPE_ERROR, "__complex__ returned non-complex (type %s)", pml_type_name (r));
      PML_CLEAR (r);
    }
  return r;
}

static PmlObj *
complex_from_parts (PmlObj *real, PmlObj *imag)
{
  Complex x = { 0, 0 }, y = { 0, 0 };
  gboolean failed;

  if (real != NULL && !as_complex (real, &x, &failed))
    return failed ? NULL : pml_err_set (T_TYPE_ERROR, "complex() first argument must be a string or a number, not '%s'",
                                        pml_type_name (real));
  if (imag != NULL && !as_complex (imag, &y, &failed))
    return failed ? NULL : pml_err_set (T_TYPE_ERROR, "complex() second argument must be a number, not '%s'",
                                        pml_type_name (imag));
  if (real != NULL && real->kind == K_COMPLEX && imag == NULL)
    return pml_incref (real);
  /* complex(a, b) is a + b*1j; the parts only mix when complex, so that
   * complex(1.5, -0.0) keeps its negative zero */
  if (imag == NULL)
    return complex_result (x);
  if (imag->kind == K_COMPLEX)
    x.re -= y.im;
  if (real != NULL && real->kind == K_COMPLEX)
    y.re += x.im;
  return complex_result ((Complex) { x.re, y.re });
}

static PmlObj *
complex_new (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *real = NULL, *imag = NULL, *own_real = NULL, *own_imag = NULL, *r;
  Complex x = { 0, 0 };
  static const char *const names[] = { "real", "imag", NULL };
  static const PmlArgSpec spec = { "complex", names, 0, 2, FALSE };
  PmlObj *given[2];

  (void) type;
  if (!pml_parse_args (&spec, args, nargs, kwnames, given))
    return NULL;
  real = given[0];
  imag = given[1];
  if (real != NULL && real->kind == K_STR)
    {
      if (imag != NULL)
        return pml_err_set (T_TYPE_ERROR, "complex() can't take second arg if first is a string");
      if (!parse_complex (real->u.s.s, &x))
        return pml_err_set (T_VALUE_ERROR, "complex() arg is a malformed string");
      return complex_result (x);
    }
  if (imag != NULL && imag->kind == K_STR)
    return pml_err_set (T_TYPE_ERROR, "complex() second arg can't be a string");
  if (real != NULL && (own_real = instance_number (real)) != NULL)
    real = own_real;
  if (!pml_err_occurred () && imag != NULL && (own_imag = instance_number (imag)) != NULL)
    imag = own_imag;
  r = pml_err_occurred () ? NULL : complex_from_parts (real, imag);
  pml_xdecref (own_real);
  pml_xdecref (own_imag);
  return r;
}

const PmlTypeSlots pml_complex_slots = {
  .repr = complex_repr,
  .hash = complex_hash,
  .richcompare = complex_richcompare,
  .getattro = complex_getattro,
  .setattro = pml_object_setattro,
  .size_of = complex_sizeof,
  .nb = { [OP_ADD] = complex_add, [OP_SUB] = complex_sub, [OP_MUL] = complex_mul,
          [OP_DIV] = complex_div, [OP_POW] = complex_pow },
  .nb_negative = complex_neg,
  .nb_positive = complex_pos,
  .nb_absolute = complex_abs,
  .nb_bool = complex_bool,
  .methods = complex_methods,
  .new_instance = complex_new,
  .no_vectorcall = TRUE,
};
