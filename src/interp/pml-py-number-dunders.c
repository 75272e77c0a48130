/* pml-py-number-dunders.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "pml-py-type.h"
#include "pml-py-format.h"
#include "pml-py-number-methods.h"

/* The dunder methods of int and float that are methods (not slots) in
 * CPython, for the lesson that calls them by name to show what round(),
 * math.floor(), int() or divmod() do: (2.5).__round__(),
 * (7.9).__trunc__(), (3).__float__(), (17).__divmod__(5). */

#define SELF() G_STMT_START { if (self == NULL) { self = args[0]; args++; nargs--; } } G_STMT_END

static gboolean
is_int (PmlObj *o)
{
  return o->kind == K_INT || o->kind == K_BOOL;
}

/* int(self) of an int: bool gives a plain int */
static PmlObj *
exact_int (PmlObj *o)
{
  return o->kind == K_BOOL ? pml_int_new (o == TRUE_) : pml_incref (o);
}

/* PyLong_FromDouble */
static PmlObj *
int_of_double (double d)
{
  if (isinf (d))
    return pml_err_set (T_OVERFLOW_ERROR, "cannot convert float infinity to integer");
  if (isnan (d))
    return pml_err_set (T_VALUE_ERROR, "cannot convert float NaN to integer");
  if (d > -9.2e18 && d < 9.2e18)
    return pml_int_new ((gint64) d);
  return pml_int_from_big (pml_bigint_from_double (d));
}

static PmlObj *
to_int_by (PmlObj *self, const char *name, PmlObj **args, gsize nargs, PmlObj *kwnames, double (*func) (double))
{
  NO_KW (name);
  if (pml_check_nargs (name, nargs, 0, 0) == NULL)
    return NULL;
  (void) args;
  if (self->kind == K_FLOAT)
    return int_of_double (func (self->u.f));
  return exact_int (self);
}

PmlObj *
pml_number_m_trunc (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  SELF ();
  return to_int_by (self, "__trunc__", args, nargs, kwnames, trunc);
}

PmlObj *
pml_number_m_floor (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  SELF ();
  return to_int_by (self, "__floor__", args, nargs, kwnames, floor);
}

PmlObj *
pml_number_m_ceil (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  SELF ();
  return to_int_by (self, "__ceil__", args, nargs, kwnames, ceil);
}

PmlObj *
pml_number_m_int (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  SELF ();
  return to_int_by (self, "__int__", args, nargs, kwnames, trunc);
}

PmlObj *
pml_number_m_index (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  SELF ();
  return to_int_by (self, "__index__", args, nargs, kwnames, trunc);
}

PmlObj *
pml_number_m_float (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gboolean ok;
  double d;

  SELF ();
  NO_KW ("__float__");
  NARGS ("__float__", 0, 0);
  if (self->kind == K_FLOAT && self->type == TYPE (T_FLOAT))
    return pml_incref (self);
  d = pml_number_as_double (self, &ok);
  return ok ? pml_float_new (d) : NULL;
}

/* round()'s work, with the number as its first argument */
PmlObj *
pml_number_m_round (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *argv[2];

  SELF ();
  NO_KW ("__round__");
  NARGS ("__round__", 0, 1);
  argv[0] = self;
  argv[1] = nargs > 0 ? args[0] : NULL;
  return pml_builtin_round (NULL, argv, nargs + 1, NULL);
}

PmlObj *
pml_number_m_getnewargs (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *value, *t;

  SELF ();
  NO_KW ("__getnewargs__");
  NARGS ("__getnewargs__", 0, 0);
  value = is_int (self) ? exact_int (self) : pml_incref (self);
  t = pml_tuple_pack (1, value);
  pml_decref (value);
  return t;
}

/* int's divmod takes ints only, float's ints and floats: anything else
   is NotImplemented, for the other operand to answer */
static PmlObj *
divmod_method (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames, const char *name, gboolean reflected)
{
  PmlObj *other, *argv[2];

  NO_KW (name);
  NARGS (name, 1, 1);
  other = args[0];
  if (!(is_int (other) || (other->kind == K_FLOAT && self->kind == K_FLOAT)))
    return pml_incref (NOTIMPL);
  argv[0] = reflected ? other : self;
  argv[1] = reflected ? self : other;
  return pml_builtin_divmod (NULL, argv, 2, NULL);
}

PmlObj *
pml_number_m_divmod (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  SELF ();
  return divmod_method (self, args, nargs, kwnames, "__divmod__", FALSE);
}

PmlObj *
pml_number_m_rdivmod (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  SELF ();
  return divmod_method (self, args, nargs, kwnames, "__rdivmod__", TRUE);
}
