/* pml-py-weakref.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-type.h"

/* The slots of weakref.ref: calling one gives the referent, or None once
 * it is gone. The reference lists themselves are in pml-py-class.c. */

static PmlObj *
weakref_repr (PmlObj *o)
{
  PmlObj *r = o->u.wr.referent;
  PmlObj *s;
  char *name;

  if (r == NULL)
    return pml_str_printf ("<weakref at 0x%" G_GINT64_MODIFIER "x; dead>", o->addr);
  name = r->type->u.ty.builtin ? g_strdup (pml_type_name (r)) : g_strdup_printf ("__main__.%s", pml_type_name (r));
  s = pml_str_printf ("<weakref at 0x%" G_GINT64_MODIFIER "x; to '%s' at 0x%" G_GINT64_MODIFIER "x>",
                      o->addr, name, r->addr);
  g_free (name);
  return s;
}

static PmlObj *
weakref_getattro (PmlObj *o, PmlObj *name)
{
  if (strcmp (name->u.s.s, "__callback__") == 0)
    return pml_incref (o->u.wr.callback ? o->u.wr.callback : NONE);
  return pml_attribute_error (o, name);
}

static PmlObj *
weakref_call (PmlObj *o, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) args;
  (void) kwnames;
  if (nargs != 0)
    return pml_err_set (T_TYPE_ERROR, "weakref() takes no arguments (%zu given)", nargs);
  return pml_incref (o->u.wr.referent ? o->u.wr.referent : NONE);
}

static gboolean
weakref_dealloc (PmlObj *o)
{
  pml_weakref_clear (o);
  pml_xdecref (o->u.wr.callback);
  return FALSE;
}

static void
weakref_traverse (PmlObj *o, PmlVisitFunc visit, gpointer data)
{
  PML_VISIT (o->u.wr.callback);
}

static void
weakref_clear (PmlObj *o)
{
  pml_weakref_clear (o);
  PML_CLEAR (o->u.wr.callback);
}

const PmlTypeSlots pml_weakref_slots = {
  .repr = weakref_repr,
  .hash = pml_object_hash,
  .richcompare = pml_object_richcompare,
  .getattro = weakref_getattro,
  .setattro = pml_object_setattro,
  .call = weakref_call,
  .dealloc = weakref_dealloc,
  .traverse = weakref_traverse,
  .clear = weakref_clear,
};
