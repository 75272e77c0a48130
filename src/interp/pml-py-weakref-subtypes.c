/* pml-py-weakref-subtypes.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-weakref.h"

/* weakref.KeyedRef and weakref.WeakMethod. CPython writes both in
 * weakref.py as subclasses of ref with __slots__; scenarios cannot
 * subclass a built-in type, so they are built-in types here with the same
 * layout: ref's 64 bytes plus one pointer per slot (KeyedRef: key, 88
 * bytes with the GC header; WeakMethod: _func_ref, _meth_type, _alive and
 * __weakref__, 112 bytes). */

static PmlObj *
no_attribute (PmlObj *o, PmlObj *name)
{
  return pml_err_set (T_ATTRIBUTE_ERROR, "'%s' object has no attribute '%s'", pml_type_name (o), name->u.s.s);
}

/* ---- KeyedRef: the weakref a WeakValueDictionary stores, with its key ---- */

static PmlObj *
keyedref_new (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *self;

  if (kwnames != NULL && kwnames->u.t.n > 0)
    return pml_err_set (T_TYPE_ERROR, "KeyedRef() takes no keyword arguments");
  if (nargs != 3)
    return pml_err_set (T_TYPE_ERROR, "KeyedRef.__new__() missing %zu required positional argument%s",
                        3 - MIN (nargs, 3), nargs == 2 ? "" : "s");
  self = pml_weakref_new_of_type (type, args[0], args[1]);
  if (self != NULL)
    PML_SETREF (self->u.wr.key, pml_incref (args[2]));
  return self;
}

static PmlObj *
keyedref_getattro (PmlObj *o, PmlObj *name)
{
  if (strcmp (name->u.s.s, "key") == 0)
    {
      if (o->u.wr.key == NULL)
        return pml_err_set (T_ATTRIBUTE_ERROR, "key");
      return pml_incref (o->u.wr.key);
    }
  return pml_weakref_getattro (o, name);
}

static gboolean
keyedref_setattro (PmlObj *o, PmlObj *name, PmlObj *v)
{
  if (strcmp (name->u.s.s, "key") != 0)
    return no_attribute (o, name), FALSE;
  if (v == NULL && o->u.wr.key == NULL)
    return pml_err_set (T_ATTRIBUTE_ERROR, "key"), FALSE;
  PML_SETREF (o->u.wr.key, v ? pml_incref (v) : NULL);
  return TRUE;
}

/* subtype_dealloc: the slots, then ref's own dealloc */
static gboolean
keyedref_dealloc (PmlObj *o)
{
  PML_CLEAR (o->u.wr.key);
  return pml_weakref_dealloc (o);
}

static void
keyedref_traverse (PmlObj *o, PmlVisitFunc visit, gpointer data)
{
  PML_VISIT (o->u.wr.key);
  pml_weakref_traverse (o, visit, data);
}

static void
keyedref_clear (PmlObj *o)
{
  PML_CLEAR (o->u.wr.key);
  pml_weakref_clear_slot (o);
}

static void
keyedref_referents (PmlObj *o, PmlEdgeFunc edge, gpointer data)
{
  if (!edge (o->u.wr.key, "key", FALSE, data))
    pml_weakref_referents (o, edge, data);
}

const PmlTypeSlots pml_keyedref_slots = {
  .repr = pml_weakref_repr,
  .hash = pml_weakref_hash,
  .richcompare = pml_weakref_richcompare,
  .getattro = keyedref_getattro,
  .setattro = keyedref_setattro,
  .call = pml_weakref_call,
  .dealloc = keyedref_dealloc,
  .traverse = keyedref_traverse,
  .clear = keyedref_clear,
  .referents = keyedref_referents,
  .flags = PML_TPFLAGS_HAVE_GC,
  .new_instance = keyedref_new,
};

/* ---- WeakMethod: a weak reference to a bound method ---- */

/* The callback both weakrefs of a WeakMethod share (CPython's closure
 * _cb): the first of the object and the function to die marks the
 * WeakMethod dead and calls the user's callback with it. Its self is the
 * pair (weakref to the WeakMethod, the user's callback or None). */
static PmlObj *
weakmethod_died (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *wm = self->u.t.items[0]->u.wr.referent, *callback = self->u.t.items[1], *r;

  (void) args;
  (void) nargs;
  (void) kwnames;
  if (wm == NULL || !wm->u.wr.alive)
    return pml_incref (NONE);
  pml_incref (wm);
  wm->u.wr.alive = FALSE;
  r = callback == NONE ? pml_incref (NONE) : pml_call_from_c (callback, &wm, 1);
  pml_decref (wm);
  if (r == NULL)
    return NULL;
  pml_decref (r);
  return pml_incref (NONE);
}

static PmlObj *
weakmethod_new (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *meth, *callback, *obj, *func, *cb, *self, *self_wr, *pair;

  if (kwnames != NULL && kwnames->u.t.n > 0)
    return pml_err_set (T_TYPE_ERROR, "WeakMethod() takes no keyword arguments");
  if (nargs < 1 || nargs > 2)
    return pml_err_set (T_TYPE_ERROR, "WeakMethod.__new__() takes from 2 to 3 positional arguments but %zu were given",
                        nargs + 1);
  meth = args[0];
  callback = nargs == 2 ? args[1] : NONE;
  obj = pml_getattr_cstr (meth, "__self__");
  func = obj ? pml_getattr_cstr (meth, "__func__") : NULL;
  if (func == NULL)
    {
      if (!pml_err_matches (VM->exc, TYPE (T_ATTRIBUTE_ERROR)))
        {
          pml_xdecref (obj);
          return NULL;
        }
      pml_err_clear ();
      pml_xdecref (obj);
      return pml_err_set (T_TYPE_ERROR, "argument should be a bound method, not <class '%s'>", pml_type_name (meth));
    }
  cb = pml_obj_new (TYPE (T_BUILTIN), K_BUILTIN, 16 + 56, TRUE);
  if (cb == NULL)
    goto fail;
  cb->u.bf.fn = weakmethod_died;
  cb->u.bf.name = "_cb";
  pml_gc_track (cb);
  self = pml_weakref_new_of_type (type, obj, cb);
  if (self == NULL)
    goto fail;
  self->u.wr.func_ref = pml_weakref_new (func, cb);
  if (self->u.wr.func_ref == NULL)
    goto fail_self;
  self->u.wr.meth_type = pml_incref (meth->type);
  self->u.wr.alive = TRUE;
  self_wr = pml_weakref_new (self, NULL);
  if (self_wr == NULL)
    goto fail_self;
  pair = pml_tuple_pack (2, self_wr, callback);
  pml_decref (self_wr);
  if (pair == NULL)
    goto fail_self;
  cb->u.bf.self = pair;
  pml_decref (cb);
  pml_decref (obj);
  pml_decref (func);
  return self;

fail_self:
  pml_decref (self);
fail:
  pml_xdecref (cb);
  pml_decref (obj);
  pml_decref (func);
  return NULL;
}

/* a new bound method while both the object and the function live */
static PmlObj *
weakmethod_call (PmlObj *o, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *obj = o->u.wr.referent;
  PmlObj *func = o->u.wr.func_ref ? o->u.wr.func_ref->u.wr.referent : NULL;
  PmlObj *pair[2];

  (void) args;
  if (kwnames != NULL && kwnames->u.t.n > 0)
    return pml_err_set (T_TYPE_ERROR, "weakref() takes no keyword arguments");
  if (nargs != 0)
    return pml_err_set (T_TYPE_ERROR, "WeakMethod.__call__() takes 1 positional argument but %zu were given", nargs + 1);
  if (obj == NULL || func == NULL)
    return pml_incref (NONE);
  if (o->u.wr.meth_type == TYPE (T_METHOD))
    return pml_method_new (func, obj);
  pair[0] = func;
  pair[1] = obj;
  return pml_call (o->u.wr.meth_type, pair, 2, NULL);
}

/* equal when both are alive and their objects and functions are */
static PmlObj *
weakmethod_richcompare (PmlObj *a, PmlObj *b, int op)
{
  PmlObj *r;
  int t;

  if ((op != OP_EQ && op != OP_NE) || !pml_type_is_subtype (b->type, TYPE (T_WEAKMETHOD))
      || !pml_type_is_subtype (a->type, TYPE (T_WEAKMETHOD)))
    return pml_incref (NOTIMPL);
  if (!a->u.wr.alive || !b->u.wr.alive)
    return pml_incref (BOOL ((a == b) == (op == OP_EQ)));
  r = pml_weakref_richcompare (a, b, op);
  if (r == NULL)
    return NULL;
  t = pml_truth (r);
  if (t < 0 || (op == OP_EQ && !t) || (op == OP_NE && t))
    return t < 0 ? (pml_decref (r), NULL) : r;
  pml_decref (r);
  return pml_richcompare (a->u.wr.func_ref, b->u.wr.func_ref, op);
}

static PmlObj *
weakmethod_getattro (PmlObj *o, PmlObj *name)
{
  const char *n = name->u.s.s;

  if (strcmp (n, "_func_ref") == 0 && o->u.wr.func_ref != NULL)
    return pml_incref (o->u.wr.func_ref);
  if (strcmp (n, "_meth_type") == 0 && o->u.wr.meth_type != NULL)
    return pml_incref (o->u.wr.meth_type);
  if (strcmp (n, "_alive") == 0)
    return pml_incref (BOOL (o->u.wr.alive));
  return pml_weakref_getattro (o, name);
}

static gboolean
weakmethod_setattro (PmlObj *o, PmlObj *name, PmlObj *v)
{
  const char *n = name->u.s.s;

  if (v != NULL && strcmp (n, "_func_ref") == 0)
    PML_SETREF (o->u.wr.func_ref, pml_incref (v));
  else if (v != NULL && strcmp (n, "_meth_type") == 0)
    PML_SETREF (o->u.wr.meth_type, pml_incref (v));
  else if (v != NULL && strcmp (n, "_alive") == 0)
    {
      int t = pml_truth (v);

      if (t < 0)
        return FALSE;
      o->u.wr.alive = t;
    }
  else
    return no_attribute (o, name), FALSE;
  return TRUE;
}

static gboolean
weakmethod_dealloc (PmlObj *o)
{
  if (o->weakrefs != NULL)
    pml_weakrefs_clear_all (o, TRUE);
  PML_CLEAR (o->u.wr.func_ref);
  PML_CLEAR (o->u.wr.meth_type);
  return pml_weakref_dealloc (o);
}

static void
weakmethod_traverse (PmlObj *o, PmlVisitFunc visit, gpointer data)
{
  PML_VISIT (o->u.wr.func_ref);
  PML_VISIT (o->u.wr.meth_type);
  pml_weakref_traverse (o, visit, data);
}

static void
weakmethod_clear (PmlObj *o)
{
  PML_CLEAR (o->u.wr.func_ref);
  PML_CLEAR (o->u.wr.meth_type);
  pml_weakref_clear_slot (o);
}

static void
weakmethod_referents (PmlObj *o, PmlEdgeFunc edge, gpointer data)
{
  if (!edge (o->u.wr.func_ref, "_func_ref", FALSE, data))
    pml_weakref_referents (o, edge, data);
}

const PmlTypeSlots pml_weakmethod_slots = {
  .repr = pml_weakref_repr,
  .hash = pml_weakref_hash,
  .richcompare = weakmethod_richcompare,
  .getattro = weakmethod_getattro,
  .setattro = weakmethod_setattro,
  .call = weakmethod_call,
  .dealloc = weakmethod_dealloc,
  .traverse = weakmethod_traverse,
  .clear = weakmethod_clear,
  .referents = weakmethod_referents,
  .flags = PML_TPFLAGS_HAVE_GC | PML_TPFLAGS_WEAKREFABLE,
  .new_instance = weakmethod_new,
};
