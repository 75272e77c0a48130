/* pml-py-super.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-vm.h"

/* super objects as typeobject.c's superobject: the class where the
 * search starts after, the instance (or class), and the instance's type,
 * held in the slots array. The zero-argument form reads the calling
 * frame's first argument and its __class__ cell. */

enum { SU_TYPE, SU_OBJ, SU_OBJ_TYPE, SU_NSLOTS };

static PmlObj *
supercheck (PmlObj *type, PmlObj *obj)
{
  if (obj->kind == K_TYPE && pml_type_is_subtype (obj, type))
    return obj;
  if (pml_type_is_subtype (obj->type, type))
    return obj->type;
  return pml_err_set (T_TYPE_ERROR, "super(type, obj): obj must be an instance or subtype of type");
}

static int
index_of (GPtrArray *names, const char *name)
{
  for (guint i = 0; i < names->len; i++)
    if (strcmp (names->pdata[i], name) == 0)
      return (int) i;
  return -1;
}

/* super_init_without_args */
static gboolean
from_frame (PmlObj **type, PmlObj **obj)
{
  PmlFrame *f = VM->frame;
  PmlCode *code = f ? f->code : NULL;
  gsize nvar;
  int cell, freeidx;
  PmlObj *c;

  if (code == NULL || code->is_module || code->is_class_body)
    {
      pml_err_set (T_RUNTIME_ERROR, "super(): no arguments");
      return FALSE;
    }
  if (code->argcount == 0)
    {
      pml_err_set (T_RUNTIME_ERROR, "super(): no arguments");
      return FALSE;
    }
  nvar = code->varnames->len;
  *obj = f->fast[0];
  /* the first argument may have moved into a cell */
  cell = index_of (code->cellvars, code->varnames->pdata[0]);
  if (cell >= 0 && f->fast[nvar + cell] != NULL)
    *obj = f->fast[nvar + cell]->u.cell.ref;
  if (*obj == NULL)
    {
      pml_err_set (T_RUNTIME_ERROR, "super(): arg[0] deleted");
      return FALSE;
    }
  freeidx = index_of (code->freevars, "__class__");
  if (freeidx < 0)
    {
      pml_err_set (T_RUNTIME_ERROR, "super(): __class__ cell not found");
      return FALSE;
    }
  c = f->fast[nvar + code->cellvars->len + freeidx];
  if (c == NULL || c->u.cell.ref == NULL)
    {
      pml_err_set (T_RUNTIME_ERROR, "super(): empty __class__ cell");
      return FALSE;
    }
  *type = c->u.cell.ref;
  if ((*type)->kind != K_TYPE)
    {
      pml_err_set (T_RUNTIME_ERROR, "super(): __class__ is not a type (%s)", pml_type_name (*type));
      return FALSE;
    }
  return TRUE;
}

PmlObj *pml_super_call (PmlObj **args, gsize nargs, PmlObj *kwnames);

PmlObj *
pml_super_call (PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *type, *obj = NULL, *obj_type = NULL, *su;

  if (kwnames != NULL && kwnames->u.t.n > 0)
    return pml_err_set (T_TYPE_ERROR, "super() takes no keyword arguments");
  if (nargs > 2)
    return pml_err_set (T_TYPE_ERROR, "super() takes at most 2 arguments (%zu given)", nargs);
  /* super_new allocates before super_init checks anything */
  su = pml_descr_instance_new (T_SUPER, SU_NSLOTS);
  if (su == NULL)
    return NULL;
  if (nargs == 0)
    {
      if (!from_frame (&type, &obj))
        goto fail;
    }
  else
    {
      type = args[0];
      obj = nargs == 2 && args[1] != NONE ? args[1] : NULL;
      if (type->kind != K_TYPE)
        {
          pml_err_set (T_TYPE_ERROR, "super() argument 1 must be a type, not %s", pml_type_name (type));
          goto fail;
        }
    }
  if (obj != NULL && (obj_type = supercheck (type, obj)) == NULL)
    goto fail;
  su->u.inst.slots[SU_TYPE] = pml_incref (type);
  su->u.inst.slots[SU_OBJ] = obj ? pml_incref (obj) : NULL;
  su->u.inst.slots[SU_OBJ_TYPE] = obj_type ? pml_incref (obj_type) : NULL;
  return su;

fail:
  pml_decref (su);
  return NULL;
}

/* super_getattro: the MRO of the object's type, after the given class */
PmlObj *
pml_super_getattr (PmlObj *su, PmlObj *name, gboolean *found)
{
  PmlObj *type = su->u.inst.slots[SU_TYPE], *obj = su->u.inst.slots[SU_OBJ];
  PmlObj *start = su->u.inst.slots[SU_OBJ_TYPE], *mro;
  const char *n = name->u.s.s;

  *found = TRUE;
  if (strcmp (n, "__thisclass__") == 0)
    return pml_incref (type);
  if (strcmp (n, "__self__") == 0)
    return pml_incref (obj ? obj : NONE);
  if (strcmp (n, "__self_class__") == 0)
    return pml_incref (start ? start : NONE);
  if (start == NULL || strcmp (n, "__class__") == 0)
    {
      *found = FALSE;
      return NULL;
    }
  mro = start->u.ty.mro;
  if (mro == NULL)
    {
      *found = FALSE;
      return NULL;
    }
  for (gsize i = 0; i + 1 < mro->u.t.n; i++)
    if (mro->u.t.items[i] == type)
      {
        for (gsize j = i + 1; j < mro->u.t.n; j++)
          {
            PmlObj *t = mro->u.t.items[j], *res;

            res = t->u.ty.dict ? pml_dict_get_str (t->u.ty.dict, n) : pml_builtin_type_attr (t, n);
            if (res == NULL)
              continue;
            if (pml_descr_kind (res) == 0)
              return pml_incref (res);
            pml_incref (res);
            {
              PmlObj *r = pml_descr_get (res, obj == start ? NULL : obj, start);

              pml_decref (res);
              return r;
            }
          }
        break;
      }
  *found = FALSE;
  return NULL;
}
