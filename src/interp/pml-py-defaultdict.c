/* pml-py-defaultdict.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-subtype.h"

/* collections.defaultdict, as CPython's C type: a dict with one more
 * field, default_factory (56 bytes, plus the collector's header), whose
 * __missing__ calls the factory and stores what it returns. Everything
 * else is dict's: d[k] finds __missing__ the way it does for any dict
 * subclass. */

PmlObj *pml_builtin_method_lookup (PmlObj *self, const char *name);

PmlObj *
pml_defaultdict_tp_new (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *d;

  (void) args;
  (void) nargs;
  (void) kwnames;
  if (type == TYPE (T_DEFAULTDICT))
    {
      d = pml_obj_new (type, K_DICT, pml_obj_presize (type) + type->u.ty.basicsize, TRUE);
      if (d != NULL)
        pml_gc_track (d);
    }
  else
    d = pml_subtype_alloc (type, 0);
  if (d != NULL)
    d->u.d.unicode = TRUE;
  return d;
}

/* defdict_init: the first argument is the factory, the rest (a new
   tuple) and the keywords go to dict.__init__ */
PmlObj *
pml_defaultdict_tp_init (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gsize npos = pml_positional (nargs, kwnames);
  PmlObj *factory = NULL, *rest, *r;

  if (npos > 0)
    {
      factory = args[0];
      if (factory != NONE && !pml_is_callable (factory))
        return pml_err_set (T_TYPE_ERROR, "first argument must be callable or None");
    }
  /* the slice of the arguments tuple dict.__init__ gets */
  rest = pml_tuple_from_array (args + (npos > 0), npos > 0 ? npos - 1 : 0);
  if (rest == NULL)
    return NULL;
  PML_SETREF (self->u.d.default_factory, pml_xincref (factory));
  r = pml_subtype_base (TYPE (T_DICT))->tp_init (self, args + (npos > 0), nargs - (npos > 0), kwnames);
  pml_decref (rest);
  return r;
}

static PmlObj *
defaultdict_new_instance (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  return pml_tp_call (type, pml_defaultdict_tp_new, pml_defaultdict_tp_init, args, nargs, kwnames);
}

/* defdict_missing */
static PmlObj *
m_missing (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *factory, *value;

  METHOD_SELF ();
  (void) kwnames;
  NARGS ("__missing__", 1, 1);
  factory = self->u.d.default_factory;
  if (factory == NULL || factory == NONE)
    return pml_key_error (args[0]);
  value = pml_call_from_c (factory, NULL, 0);
  if (value != NULL && !pml_setitem (self, args[0], value))
    PML_CLEAR (value);
  return value;
}

/* new_defdict: type(d)(d.default_factory, arg) */
static PmlObj *
new_like (PmlObj *self, PmlObj *arg)
{
  PmlObj *argv[2] = { self->u.d.default_factory ? self->u.d.default_factory : NONE, arg };

  return pml_call_from_c (self->type, argv, 2);
}

static PmlObj *
copy_of (PmlObj *self)
{
  return new_like (self, self);
}

static PmlObj *
m_copy (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  METHOD_SELF ();
  (void) args;
  (void) kwnames;
  NARGS ("copy", 0, 0);
  return copy_of (self);
}

/* defdict_reduce: (type, (factory,) or (), None, None, iter(items())) */
static PmlObj *
m_reduce (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *factory, *ctor_args, *f, *items, *it, *r;

  METHOD_SELF ();
  (void) args;
  (void) kwnames;
  NARGS ("__reduce__", 0, 0);
  factory = self->u.d.default_factory;
  ctor_args = factory == NULL || factory == NONE ? pml_incref (VM->empty_tuple) : pml_tuple_pack (1, factory);
  f = pml_getattr_cstr (self, "items");
  items = f ? pml_call_from_c (f, NULL, 0) : NULL;
  pml_xdecref (f);
  it = items ? pml_iter (items) : NULL;
  pml_xdecref (items);
  r = it && ctor_args ? pml_tuple_pack (5, self->type, ctor_args, NONE, NONE, it) : NULL;
  pml_xdecref (it);
  pml_xdecref (ctor_args);
  return r;
}

static const PmlMethodDef defaultdict_methods[] = {
  { "__reduce__", m_reduce },
  { "__missing__", m_missing },
  { "copy", m_copy },
  { "__copy__", m_copy },
  { NULL, NULL }
};

/* defdict_repr: defaultdict(<class 'list'>, {...}) */
static PmlObj *
defaultdict_repr (PmlObj *o)
{
  PmlObj *base = pml_dict_slots.repr (o), *factory = o->u.d.default_factory, *frepr, *r;
  const char *name = pml_type_name (o), *dot = strrchr (name, '.');

  if (base == NULL)
    return NULL;
  if (factory == NULL)
    frepr = pml_str_new ("None", 4);
  else if (!pml_repr_enter (factory))
    frepr = pml_str_new ("...", 3);
  else
    {
      frepr = pml_repr (factory);
      pml_repr_leave (factory);
    }
  if (frepr == NULL)
    {
      pml_decref (base);
      return NULL;
    }
  r = pml_str_printf ("%s(%s, %s)", dot && o->type->u.ty.builtin ? dot + 1 : name, frepr->u.s.s, base->u.s.s);
  pml_decref (frepr);
  pml_decref (base);
  return r;
}

/* default_factory is a writable member */
static PmlObj *
defaultdict_getattro (PmlObj *o, PmlObj *name)
{
  if (strcmp (name->u.s.s, "default_factory") == 0)
    return pml_incref (o->u.d.default_factory ? o->u.d.default_factory : NONE);
  return pml_object_getattro (o, name);
}

static gboolean
defaultdict_setattro (PmlObj *o, PmlObj *name, PmlObj *v)
{
  if (strcmp (name->u.s.s, "default_factory") == 0)
    {
      PML_SETREF (o->u.d.default_factory, pml_xincref (v));
      return TRUE;
    }
  return pml_object_setattro (o, name, v);
}

/* defdict_or: a copy of the defaultdict, updated with the other dict */
static PmlObj *
defaultdict_or (PmlObj *a, PmlObj *b)
{
  gboolean left = pml_type_is_subtype (a->type, TYPE (T_DEFAULTDICT));
  PmlObj *self = left ? a : b, *other = left ? b : a, *r;

  if (other->kind != K_DICT)
    return pml_incref (NOTIMPL);
  r = new_like (self, a);
  if (r != NULL && pml_dict_update_from (r, b) == NULL)
    PML_CLEAR (r);
  return r;
}

static gboolean
defaultdict_dealloc (PmlObj *o)
{
  PML_CLEAR (o->u.d.default_factory);
  return pml_dict_slots.dealloc (o);
}

static void
defaultdict_traverse (PmlObj *o, PmlVisitFunc visit, gpointer data)
{
  PML_VISIT (o->u.d.default_factory);
  pml_dict_slots.traverse (o, visit, data);
}

static void
defaultdict_clear (PmlObj *o)
{
  PML_CLEAR (o->u.d.default_factory);
  pml_dict_slots.clear (o);
}

static void
defaultdict_referents (PmlObj *o, PmlEdgeFunc edge, gpointer data)
{
  if (!edge (o->u.d.default_factory, "default_factory", FALSE, data))
    pml_dict_slots.referents (o, edge, data);
}

/* dict's __sizeof__ counts tp_basicsize: 8 more than a dict */
static gsize
defaultdict_sizeof (PmlObj *o)
{
  return pml_dict_slots.size_of (o) + TYPE (T_DEFAULTDICT)->u.ty.basicsize - TYPE (T_DICT)->u.ty.basicsize;
}

/* dict's table, with what defaultdict changes (filled once, before the
   type is made) */
PmlTypeSlots pml_defaultdict_slots;

void
pml_defaultdict_slots_init (void)
{
  static gsize done;

  if (!g_once_init_enter (&done))
    return;
  pml_defaultdict_slots = pml_dict_slots;
  pml_defaultdict_slots.nb[OP_OR] = defaultdict_or;
  pml_defaultdict_slots.repr = defaultdict_repr;
  pml_defaultdict_slots.getattro = defaultdict_getattro;
  pml_defaultdict_slots.setattro = defaultdict_setattro;
  pml_defaultdict_slots.size_of = defaultdict_sizeof;
  pml_defaultdict_slots.methods = defaultdict_methods;
  pml_defaultdict_slots.dealloc = defaultdict_dealloc;
  pml_defaultdict_slots.traverse = defaultdict_traverse;
  pml_defaultdict_slots.clear = defaultdict_clear;
  pml_defaultdict_slots.referents = defaultdict_referents;
  pml_defaultdict_slots.new_instance = defaultdict_new_instance;
  g_once_init_leave (&done, 1);
}
