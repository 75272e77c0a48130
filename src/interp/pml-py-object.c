/* pml-py-object.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-type.h"

/* object's slots, which every type starts from, and the singletons
 * None, Ellipsis and NotImplemented. */

PmlObj *pml_builtin_method_lookup (PmlObj *self, const char *name);

PmlObj *
pml_object_repr (PmlObj *o)
{
  g_autofree char *name = pml_type_dotted_name (o->type);

  return pml_str_printf ("<%s object at 0x%" G_GINT64_MODIFIER "x>", name, o->addr);
}

/* _Py_HashPointer */
gint64
pml_object_hash (PmlObj *o, gboolean *ok)
{
  guint64 y = o->addr;

  *ok = TRUE;
  y = (y >> 4) | (y << 60);
  return (gint64) y == -1 ? -2 : (gint64) y;
}

gint64
pml_hash_not_implemented (PmlObj *o, gboolean *ok)
{
  *ok = FALSE;
  pml_err_set (T_TYPE_ERROR, "unhashable type: '%s'", pml_type_name (o));
  return -1;
}

/* object_richcompare: identity for ==, != inverts the type's ==, the
 * orderings are not implemented */
PmlObj *
pml_object_richcompare (PmlObj *a, PmlObj *b, int op)
{
  PmlObj *(*eq) (PmlObj *, PmlObj *, int);
  PmlObj *r;

  if (op == OP_EQ)
    return pml_incref (a == b ? TRUE_ : NOTIMPL);
  if (op != OP_NE)
    return pml_incref (NOTIMPL);
  eq = pml_slots (a)->richcompare;
  if (eq == NULL)
    return pml_incref (NOTIMPL);
  r = eq (a, b, OP_EQ);
  if (r != NULL && r != NOTIMPL)
    {
      int t = pml_truth (r);

      pml_decref (r);
      return t < 0 ? NULL : pml_incref (BOOL (!t));
    }
  return r;
}

/* the methods of the type (and its bases) */
PmlObj *
pml_object_getattro (PmlObj *o, PmlObj *name)
{
  PmlObj *v = pml_builtin_method_lookup (o, name->u.s.s);

  if (v != NULL || pml_err_occurred ())
    return v;
  return pml_attribute_error (o, name);
}

gboolean
pml_object_setattro (PmlObj *o, PmlObj *name, PmlObj *v)
{
  PmlObj *m;

  /* a computed attribute (int.real): its descriptor refuses, in its words */
  for (PmlObj *t = o->type; t != NULL; t = t->u.ty.base)
    if ((m = pml_getset_descriptor (t, name->u.s.s)) != NULL)
      return pml_descr_set (m, o, v);
  m = pml_builtin_method_lookup (o, name->u.s.s);
  pml_xdecref (m);
  pml_err_clear ();
  if (m != NULL)
    pml_err_set (T_ATTRIBUTE_ERROR, "'%s' object attribute '%s' is read-only", pml_type_name (o), name->u.s.s);
  else
    pml_attribute_error (o, name);
  return FALSE;
}

static PmlObj *
object_new (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) type;
  (void) args;
  (void) kwnames;
  if (nargs > 0)
    return pml_err_set (T_TYPE_ERROR, "object() takes no arguments");
  return pml_obj_new (TYPE (T_OBJECT), K_OBJECT, 16, FALSE);
}

const PmlTypeSlots pml_object_slots = {
  .repr = pml_object_repr,
  .hash = pml_object_hash,
  .richcompare = pml_object_richcompare,
  .getattro = pml_object_getattro,
  .setattro = pml_object_setattro,
  .new_instance = object_new,
};

/* ---- None ---- */

static PmlObj *
none_repr (PmlObj *o)
{
  (void) o;
  return pml_str_new ("None", 4);
}

static int
none_bool (PmlObj *o)
{
  (void) o;
  return 0;
}

/* NoneType(), type(NotImplemented)() and type(...)() give back the
   singleton; they take no arguments */
static PmlObj *
singleton_new (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *single = type == TYPE (T_NONETYPE) ? NONE : type == TYPE (T_NOTIMPL) ? NOTIMPL : &pml_vm->ellipsis;

  (void) args;
  if (nargs > 0 || (kwnames != NULL && kwnames->u.t.n > 0))
    return pml_err_set (T_TYPE_ERROR, "%s takes no arguments",
                        type == TYPE (T_ELLIPSIS) ? "EllipsisType" : type->u.ty.name);
  return pml_incref (single);
}

const PmlTypeSlots pml_none_slots = {
  .new_instance = singleton_new,
  .repr = none_repr,
  .hash = pml_object_hash,
  .richcompare = pml_object_richcompare,
  .getattro = pml_object_getattro,
  .setattro = pml_object_setattro,
  .nb_bool = none_bool,
  .flags = PML_TPFLAGS_RUNTIME,
};

/* ---- Ellipsis and NotImplemented ---- */

static PmlObj *
ellipsis_repr (PmlObj *o)
{
  (void) o;
  return pml_str_new ("Ellipsis", -1);
}

const PmlTypeSlots pml_ellipsis_slots = {
  .new_instance = singleton_new,
  .repr = ellipsis_repr,
  .hash = pml_object_hash,
  .richcompare = pml_object_richcompare,
  .getattro = pml_object_getattro,
  .setattro = pml_object_setattro,
  .flags = PML_TPFLAGS_RUNTIME,
};

static PmlObj *
notimplemented_repr (PmlObj *o)
{
  (void) o;
  return pml_str_new ("NotImplemented", -1);
}

const PmlTypeSlots pml_notimplemented_slots = {
  .new_instance = singleton_new,
  .repr = notimplemented_repr,
  .hash = pml_object_hash,
  .richcompare = pml_object_richcompare,
  .getattro = pml_object_getattro,
  .setattro = pml_object_setattro,
  .flags = PML_TPFLAGS_RUNTIME,
};
