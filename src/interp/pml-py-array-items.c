/* pml-py-array-items.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-array.h"

/* The typecodes of array.array and their C items, on a 64-bit Linux as
 * CPython 3.11 has them: each setter checks an object the way that
 * typecode's setitem does (the same errors, in the same order) before it
 * stores the C value; each getter makes the object back. */

const char pml_array_typecodes[] = "bBuhHiIlLqQfd";

/* an int object through __index__, a new reference */
static PmlObj *
index_of (PmlObj *v)
{
  const PmlTypeSlots *tp = pml_slots (v);

  if (v->kind == K_INT)
    return pml_incref (v);
  if (tp->nb_index == NULL)
    return pml_err_set (T_TYPE_ERROR, "'%s' object cannot be interpreted as an integer",
                        pml_type_name (v));
  return tp->nb_index (v);
}

/* PyLong_AsLong, with the message of a value past a C long */
static gboolean
as_long (PmlObj *v, gint64 *out, const char *too_big)
{
  PmlObj *i = index_of (v);
  gboolean ok;

  if (i == NULL)
    return FALSE;
  ok = pml_int_as_i64 (i, out);
  pml_decref (i);
  if (!ok)
    pml_err_set (T_OVERFLOW_ERROR, "%s", too_big);
  return ok;
}

/* PyLong_AsUnsignedLong(Long): the value of a non-negative int of at
 * most 64 bits */
static gboolean
as_u64 (PmlObj *v, guint64 *out, const char *negative, const char *too_big)
{
  PmlObj *i = index_of (v);
  gint64 small;

  if (i == NULL)
    return FALSE;
  if (pml_int_as_i64 (i, &small))
    {
      pml_decref (i);
      if (small < 0)
        {
          pml_err_set (T_OVERFLOW_ERROR, "%s", negative);
          return FALSE;
        }
      *out = (guint64) small;
      return TRUE;
    }
  if (pml_bigint_sign (i->u.i.big) < 0)
    {
      pml_decref (i);
      pml_err_set (T_OVERFLOW_ERROR, "%s", negative);
      return FALSE;
    }
  if (pml_bigint_bit_length (i->u.i.big) > 64)
    {
      pml_decref (i);
      pml_err_set (T_OVERFLOW_ERROR, "%s", too_big);
      return FALSE;
    }
  {
    gsize n = 0;
    guint32 *w = pml_bigint_to_words32 (i->u.i.big, &n);

    *out = (n > 0 ? w[0] : 0) | (n > 1 ? (guint64) w[1] << 32 : 0);
    g_free (w);
  }
  pml_decref (i);
  return TRUE;
}

static PmlObj *
int_from_u64 (guint64 x)
{
  guint32 w[2] = { (guint32) x, (guint32) (x >> 32) };

  if (x <= G_MAXINT64)
    return pml_int_new ((gint64) x);
  return pml_int_from_big (pml_bigint_from_words32 (w, 2));
}

static gboolean
out_of_range (gint64 x, gint64 lo, gint64 hi, const char *what)
{
  if (x < lo)
    pml_err_set (T_OVERFLOW_ERROR, "%s is less than minimum", what);
  else if (x > hi)
    pml_err_set (T_OVERFLOW_ERROR, "%s is greater than maximum", what);
  else
    return FALSE;
  return TRUE;
}

#define LONG_TOO_BIG "Python int too large to convert to C long"

/* PyArg_Parse's "h" and "i" formats */
static gboolean
parse_short (PmlObj *v, gint64 *x)
{
  return as_long (v, x, LONG_TOO_BIG) &&
         !out_of_range (*x, G_MINSHORT, G_MAXSHORT, "signed short integer");
}

static gboolean
parse_int (PmlObj *v, gint64 *x)
{
  return as_long (v, x, LONG_TOO_BIG) &&
         !out_of_range (*x, G_MININT32, G_MAXINT32, "signed integer");
}

/* 'b' parses a short first, then checks a signed char's range */
static gboolean
set_b (guint8 *p, PmlObj *v)
{
  gint64 x;
  gint8 c;

  if (!parse_short (v, &x) || out_of_range (x, -128, 127, "signed char"))
    return FALSE;
  c = (gint8) x;
  memcpy (p, &c, 1);
  return TRUE;
}

static PmlObj *
get_b (const guint8 *p)
{
  return pml_int_new ((gint8) p[0]);
}

static gboolean
set_B (guint8 *p, PmlObj *v)
{
  gint64 x;

  if (!as_long (v, &x, LONG_TOO_BIG) || out_of_range (x, 0, 255, "unsigned byte integer"))
    return FALSE;
  p[0] = (guint8) x;
  return TRUE;
}

static PmlObj *
get_B (const guint8 *p)
{
  return pml_int_new (p[0]);
}

static gboolean
set_h (guint8 *p, PmlObj *v)
{
  gint64 x;
  gint16 c;

  if (!parse_short (v, &x))
    return FALSE;
  c = (gint16) x;
  memcpy (p, &c, 2);
  return TRUE;
}

static PmlObj *
get_h (const guint8 *p)
{
  gint16 c;

  memcpy (&c, p, 2);
  return pml_int_new (c);
}

/* 'H' parses an int first, then checks an unsigned short's range */
static gboolean
set_H (guint8 *p, PmlObj *v)
{
  gint64 x;
  guint16 c;

  if (!parse_int (v, &x) || out_of_range (x, 0, G_MAXUSHORT, "unsigned short"))
    return FALSE;
  c = (guint16) x;
  memcpy (p, &c, 2);
  return TRUE;
}

static PmlObj *
get_H (const guint8 *p)
{
  guint16 c;

  memcpy (&c, p, 2);
  return pml_int_new (c);
}

static gboolean
set_i (guint8 *p, PmlObj *v)
{
  gint64 x;
  gint32 c;

  if (!parse_int (v, &x))
    return FALSE;
  c = (gint32) x;
  memcpy (p, &c, 4);
  return TRUE;
}

static PmlObj *
get_i (const guint8 *p)
{
  gint32 c;

  memcpy (&c, p, 4);
  return pml_int_new (c);
}

/* 'I' and 'L' go through PyLong_AsUnsignedLong, whose negative message
 * names an unsigned int */
static gboolean
set_I (guint8 *p, PmlObj *v)
{
  guint64 x;
  guint32 c;

  if (!as_u64 (v, &x, "can't convert negative value to unsigned int",
               "Python int too large to convert to C unsigned long"))
    return FALSE;
  if (x > G_MAXUINT32)
    {
      pml_err_set (T_OVERFLOW_ERROR, "unsigned int is greater than maximum");
      return FALSE;
    }
  c = (guint32) x;
  memcpy (p, &c, 4);
  return TRUE;
}

static PmlObj *
get_I (const guint8 *p)
{
  guint32 c;

  memcpy (&c, p, 4);
  return pml_int_new (c);
}

static gboolean
set_l (guint8 *p, PmlObj *v)
{
  gint64 x;

  if (!as_long (v, &x, LONG_TOO_BIG))
    return FALSE;
  memcpy (p, &x, 8);
  return TRUE;
}

static gboolean
set_q (guint8 *p, PmlObj *v)
{
  gint64 x;

  if (!as_long (v, &x, "int too big to convert"))
    return FALSE;
  memcpy (p, &x, 8);
  return TRUE;
}

static PmlObj *
get_l (const guint8 *p)
{
  gint64 c;

  memcpy (&c, p, 8);
  return pml_int_new (c);
}

static gboolean
set_L (guint8 *p, PmlObj *v)
{
  guint64 x;

  if (!as_u64 (v, &x, "can't convert negative value to unsigned int",
               "Python int too large to convert to C unsigned long"))
    return FALSE;
  memcpy (p, &x, 8);
  return TRUE;
}

static gboolean
set_Q (guint8 *p, PmlObj *v)
{
  guint64 x;

  if (!as_u64 (v, &x, "can't convert negative int to unsigned", "int too big to convert"))
    return FALSE;
  memcpy (p, &x, 8);
  return TRUE;
}

static PmlObj *
get_L (const guint8 *p)
{
  guint64 c;

  memcpy (&c, p, 8);
  return int_from_u64 (c);
}

/* PyFloat_AsDouble */
static gboolean
as_double (PmlObj *v, double *out)
{
  gboolean ok = TRUE;
  PmlObj *i;

  if (v->kind == K_FLOAT)
    {
      *out = v->u.f;
      return TRUE;
    }
  if (v->kind == K_INT || v->kind == K_BOOL)
    {
      /* int.__float__ makes a float object, dropped at once */
      PmlObj *f;

      *out = pml_number_as_double (v, &ok);
      if (!ok)
        return FALSE;
      if ((f = pml_float_new (*out)) == NULL)
        return FALSE;
      pml_decref (f);
      return TRUE;
    }
  if (pml_slots (v)->nb_index == NULL)
    {
      pml_err_set (T_TYPE_ERROR, "must be real number, not %s", pml_type_name (v));
      return FALSE;
    }
  if ((i = pml_slots (v)->nb_index (v)) == NULL)
    return FALSE;
  *out = pml_number_as_double (i, &ok);
  pml_decref (i);
  return ok;
}

static gboolean
set_f (guint8 *p, PmlObj *v)
{
  double d;
  float f;

  if (!as_double (v, &d))
    return FALSE;
  f = (float) d;
  memcpy (p, &f, 4);
  return TRUE;
}

static PmlObj *
get_f (const guint8 *p)
{
  float f;

  memcpy (&f, p, 4);
  return pml_float_new (f);
}

static gboolean
set_d (guint8 *p, PmlObj *v)
{
  double d;

  if (!as_double (v, &d))
    return FALSE;
  memcpy (p, &d, 8);
  return TRUE;
}

static PmlObj *
get_d (const guint8 *p)
{
  double d;

  memcpy (&d, p, 8);
  return pml_float_new (d);
}

/* 'u': a wchar_t, 4 bytes on Linux, holding a one-character str */
static gboolean
set_u (guint8 *p, PmlObj *v)
{
  guint32 c;

  if (v->kind != K_STR || v->u.s.len != 1)
    {
      pml_err_set (T_TYPE_ERROR, "array item must be unicode character");
      return FALSE;
    }
  c = g_utf8_get_char (v->u.s.s);
  memcpy (p, &c, 4);
  return TRUE;
}

static PmlObj *
get_u (const guint8 *p)
{
  guint32 c;
  char utf8[8];
  int n;

  memcpy (&c, p, 4);
  n = g_unichar_to_utf8 (c, utf8);
  return pml_str_new (utf8, n);
}

static const PmlArrayDescr descriptors[] = {
  { 'b', 1, set_b, get_b },
  { 'B', 1, set_B, get_B },
  { 'u', 4, set_u, get_u },
  { 'h', 2, set_h, get_h },
  { 'H', 2, set_H, get_H },
  { 'i', 4, set_i, get_i },
  { 'I', 4, set_I, get_I },
  { 'l', 8, set_l, get_l },
  { 'L', 8, set_L, get_L },
  { 'q', 8, set_q, get_l },
  { 'Q', 8, set_Q, get_L },
  { 'f', 4, set_f, get_f },
  { 'd', 8, set_d, get_d },
};

const PmlArrayDescr *
pml_array_descr_find (char typecode)
{
  for (guint i = 0; i < G_N_ELEMENTS (descriptors); i++)
    if (descriptors[i].typecode == typecode)
      return &descriptors[i];
  return NULL;
}
