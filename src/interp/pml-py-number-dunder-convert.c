/* pml-py-number-dunder-convert.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pml-py-number-methods.h"
#include "pml-py-type.h"

/* float(x) and int(x) of an instance of a class: its __float__ or
 * __int__, else its __index__ (PyNumber_Float, PyNumber_Long). A result of
 * the wrong type is refused as CPython refuses it. NULL with no error set:
 * the class has none of them. */

static PmlObj *
call_dunder (PmlObj *o, const char *name)
{
  PmlObj *method = pml_getattr_cstr (o, name), *r;

  if (method == NULL)
    return NULL;
  r = pml_call_from_c (method, NULL, 0);
  pml_decref (method);
  return r;
}

PmlObj *
pml_number_float_from_dunder (PmlObj *o)
{
  PmlObj *r, *f;

  if (o->kind != K_INSTANCE)
    return NULL;
  if (pml_class_lookup (o->type, "__float__") != NULL)
    {
      if ((r = call_dunder (o, "__float__")) == NULL)
        return NULL;
      if (r->kind != K_FLOAT)
        {
          pml_err_set (T_TYPE_ERROR, "%s.__float__ returned non-float (type %s)",
                       pml_type_name (o), pml_type_name (r));
          pml_decref (r);
          return NULL;
        }
      return r;
    }
  if (pml_class_lookup (o->type, "__index__") == NULL)
    return NULL;
  if ((r = call_dunder (o, "__index__")) == NULL)
    return NULL;
  if (r->kind != K_INT)
    {
      pml_err_set (T_TYPE_ERROR, "__index__ returned non-int (type %s)", pml_type_name (r));
      pml_decref (r);
      return NULL;
    }
  {
    gboolean ok;
    double d = pml_number_as_double (r, &ok);

    pml_decref (r);
    if (!ok)
      return NULL;
    f = pml_float_new (d);
  }
  return f;
}

PmlObj *
pml_number_int_from_dunder (PmlObj *o)
{
  const char *name;
  PmlObj *r;

  if (o->kind != K_INSTANCE)
    return NULL;
  if (pml_class_lookup (o->type, "__int__") != NULL)
    name = "__int__";
  else if (pml_class_lookup (o->type, "__index__") != NULL)
    name = "__index__";
  else
    return NULL;
  if ((r = call_dunder (o, name)) == NULL)
    return NULL;
  if (r->kind != K_INT && r->kind != K_BOOL)
    {
      pml_err_set (T_TYPE_ERROR, "%s returned non-int (type %s)", name, pml_type_name (r));
      pml_decref (r);
      return NULL;
    }
  if (r->type != TYPE (T_INT))
    {
      /* a plain int, as int() always gives */
      PmlObj *plain = r->kind == K_BOOL ? pml_int_new (r == TRUE_)
                      : r->u.i.big ? pml_int_from_big (pml_bigint_copy (r->u.i.big)) : pml_int_new (r->u.i.v);

      pml_decref (r);
      r = plain;
    }
  return r;
}
