/* pml-py-type.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-type.h"
#include "pml-object-sizes.h"

/* The slots of type objects themselves: a class's repr, its attributes,
 * and calling it to make an instance (pml_type_call, pml-py-builtins.c). */

PmlObj *pml_type_call (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames);

/* type_module: the module a class was defined in */
const char *
pml_type_module_name (PmlObj *type)
{
  PmlObj *m;

  if (type->u.ty.builtin)
    return "builtins";
  m = type->u.ty.dict != NULL ? pml_dict_get_str (type->u.ty.dict, "__module__") : NULL;
  return m != NULL && m->kind == K_STR ? m->u.s.s : "__main__";
}

const char *
pml_type_qualname (PmlObj *type)
{
  return type->u.ty.qualname != NULL ? type->u.ty.qualname : type->u.ty.name;
}

/* "module.Qualname" for a class (the module its class statement ran in),
   "name" for a built-in type */
char *
pml_type_dotted_name (PmlObj *type)
{
  const char *module = pml_type_module_name (type);

  if (strcmp (module, "builtins") == 0)
    return g_strdup (pml_type_qualname (type));
  return g_strdup_printf ("%s.%s", module, pml_type_qualname (type));
}

static PmlObj *
type_repr (PmlObj *o)
{
  g_autofree char *name = pml_type_dotted_name (o);

  return pml_str_printf ("<class '%s'>", name);
}

static PmlObj *
no_attribute (PmlObj *o, PmlObj *name)
{
  return pml_err_set (T_ATTRIBUTE_ERROR, "type object '%s' has no attribute '%s'", o->u.ty.name, name->u.s.s);
}

/* type_name (): a built-in type's tp_name carries its module
   ("itertools.count"), which __name__ leaves out */
static const char *
short_name (PmlObj *o)
{
  const char *dot = o->u.ty.builtin ? strrchr (o->u.ty.name, '.') : NULL;

  return dot != NULL ? dot + 1 : o->u.ty.name;
}

static PmlObj *
type_getattro (PmlObj *o, PmlObj *name)
{
  const char *n = name->u.s.s;

  /* a class keeps its name as one str (ht_name); a built-in type makes
     a new one each time */
  if (strcmp (n, "__name__") == 0)
    return o->u.ty.builtin ? pml_str_new (short_name (o), -1) : pml_str_intern_cstr (o->u.ty.name);
  if (strcmp (n, "__qualname__") == 0)
    return pml_str_new (o->u.ty.qualname ? o->u.ty.qualname : short_name (o), -1);
  if (strcmp (n, "__module__") == 0 && o->u.ty.builtin && short_name (o) != o->u.ty.name)
    return pml_str_new (o->u.ty.name, short_name (o) - o->u.ty.name - 1);
  if (strcmp (n, "__mro__") == 0 && o->u.ty.mro)
    return pml_incref (o->u.ty.mro);
  if (strcmp (n, "__base__") == 0)
    return pml_incref (o->u.ty.base ? o->u.ty.base : NONE);
  return pml_type_getattro (o, name);
}

/* a class's dict; a dunder changes the class's slots */
static gboolean
type_setattro (PmlObj *o, PmlObj *name, PmlObj *v)
{
  gboolean ok;

  if (o->u.ty.builtin)
    {
      pml_err_set (T_TYPE_ERROR, "cannot set '%s' attribute of immutable type '%s'", name->u.s.s, o->u.ty.name);
      return FALSE;
    }
  /* type_set_name, type_set_qualname: the class's own fields */
  if (strcmp (name->u.s.s, "__name__") == 0 || strcmp (name->u.s.s, "__qualname__") == 0)
    {
      gboolean qual = name->u.s.s[2] == 'q';

      if (v == NULL)
        {
          pml_err_set (T_TYPE_ERROR, "cannot delete '%s' attribute of type '%s'", name->u.s.s,
                       o->u.ty.name);
          return FALSE;
        }
      if (v->kind != K_STR)
        {
          pml_err_set (T_TYPE_ERROR, "can only assign string to %s.%s, not '%s'", o->u.ty.name,
                       name->u.s.s, pml_type_name (v));
          return FALSE;
        }
      if (qual)
        {
          g_free (o->u.ty.qualname);
          o->u.ty.qualname = g_strdup (v->u.s.s);
        }
      else
        {
          /* the qualified name stays what it was */
          if (o->u.ty.qualname == NULL)
            o->u.ty.qualname = g_strdup (o->u.ty.name);
          g_free (o->u.ty.name);
          o->u.ty.name = g_strdup (v->u.s.s);
          o->u.ty.interned_name = NULL;
        }
      return TRUE;
    }
  if (v == NULL)
    {
      int r = pml_dict_del (o->u.ty.dict, name);

      if (r == 0)
        no_attribute (o, name);
      ok = r == 1;
    }
  else
    {
      if (strcmp (name->u.s.s, "__del__") == 0)
        o->u.ty.has_del = TRUE;
      ok = pml_dict_set (o->u.ty.dict, name, v);
    }
  if (ok && g_str_has_prefix (name->u.s.s, "__"))
    pml_class_fixup_slots (o);
  return ok;
}

/* a class counts the keys its instances' dicts share (ht_cached_keys);
   a class with __slots__ only, a metaclass, or an exception (whose
   instances keep a dict pointer of their own) has none */
/* the types written in C here that CPython 3.11 makes as heap types:
   _functools', _operator's and _random's types, and the classes its
   Python modules define; int, list, deque, itertools.count... are static
   types, a bare PyTypeObject */
static gboolean
is_heap_type_in_cpython (PmlObj *o)
{
  return (o->u.ty.inst_kind == K_NATIVE && !g_str_has_prefix (o->u.ty.name, "itertools."))
         || o == TYPE (T_RANDOM) || o == TYPE (T_WEAKMETHOD)
         || o == TYPE (T_KEYEDREF) || strcmp (o->u.ty.name, "functools.CacheInfo") == 0;
}

static gsize
type_sizeof (PmlObj *o)
{
  if (o->u.ty.builtin && !is_heap_type_in_cpython (o))
    return 424;
  if (o->u.ty.builtin || o->u.ty.shared == NULL || o->u.ty.is_exception)
    return 920;
  return pml_fixed_size (VM->preset, PML_FIXED_CLASS);
}

static gboolean
type_dealloc (PmlObj *o)
{
  if (o->weakrefs)
    pml_weakrefs_clear_all (o, TRUE);
  pml_xdecref (o->u.ty.dict);
  pml_xdecref (o->u.ty.base);
  pml_xdecref (o->u.ty.bases);
  pml_xdecref (o->u.ty.mro);
  pml_xdecref (o->u.ty.slots);
  pml_shared_keys_unref (o->u.ty.shared, FALSE);
  if (!o->u.ty.builtin)
    g_free ((PmlTypeSlots *) o->u.ty.tp);
  g_free (o->u.ty.name);
  g_free (o->u.ty.qualname);
  return FALSE;
}

static void
type_traverse (PmlObj *o, PmlVisitFunc visit, gpointer data)
{
  /* a class made by a metaclass holds a reference to it */
  if (!(o->type->flags & OBJ_STATIC))
    PML_VISIT (o->type);
  /* type_traverse's order: the bases before the base */
  PML_VISIT (o->u.ty.dict);
  PML_VISIT (o->u.ty.mro);
  PML_VISIT (o->u.ty.bases);
  PML_VISIT (o->u.ty.base);
}

static void
type_clear (PmlObj *o)
{
  if (o->u.ty.dict)
    pml_dict_clear (o->u.ty.dict);
  PML_CLEAR (o->u.ty.mro);
}

/* type(x) is x's type; type(name, bases, ns) makes a class */
static PmlObj *
type_new (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) type;
  NO_KW ("type");
  if (nargs == 1)
    return pml_incref (args[0]->type);
  /* type.__new__ (type, name, bases, ns): the bases' metaclass may make it */
  if (nargs == 3 && args[0]->type == TYPE (T_STR) && args[1]->type == TYPE (T_TUPLE) && args[2]->type == TYPE (T_DICT))
    {
      PmlObj *argv[4] = { TYPE (T_TYPE), args[0], args[1], args[2] };

      return pml_m_type_new (NULL, argv, 4, NULL);
    }
  return pml_err_set (T_TYPE_ERROR, "type() takes 1 or 3 arguments");
}

static void
type_free_host (PmlObj *o)
{
  g_free (o->u.ty.name);
  g_free (o->u.ty.qualname);
  pml_shared_keys_unref (o->u.ty.shared, TRUE);
}

/* cls[key]: the class's __class_getitem__, a class method whether
   decorated or not (PEP 560) */
static PmlObj *
type_subscript (PmlObj *o, PmlObj *key)
{
  PmlObj *f = pml_mro_lookup (o, "__class_getitem__"), *r;

  /* the built-in containers make a types.GenericAlias (PEP 585) */
  if (f == NULL && (o == TYPE (T_LIST) || o == TYPE (T_DICT) || o == TYPE (T_SET) ||
                    o == TYPE (T_FROZENSET) || o == TYPE (T_TUPLE) || o == TYPE (T_TYPE)))
    return pml_generic_alias_new (o, key);
  if (f == NULL)
    return pml_err_set (T_TYPE_ERROR, "type '%s' is not subscriptable", o->u.ty.name);
  pml_incref (f);
  if (f->kind == K_FUNCTION)
    {
      PmlObj *argv[2] = { o, key };

      r = pml_call_from_c (f, argv, 2);
    }
  else
    {
      PmlObj *bound = pml_descr_get (f, NULL, o);

      r = bound != NULL ? pml_call_from_c (bound, &key, 1) : NULL;
      pml_xdecref (bound);
    }
  pml_decref (f);
  return r;
}

const PmlTypeSlots pml_type_slots = {
  .repr = type_repr,
  .hash = pml_object_hash,
  .richcompare = pml_object_richcompare,
  .getattro = type_getattro,
  .setattro = type_setattro,
  .call = pml_type_call,
  .subscript = type_subscript,
  .nb = { [OP_OR] = pml_union_or },
  .size_of = type_sizeof,
  .dealloc = type_dealloc,
  .traverse = type_traverse,
  .clear = type_clear,
  .flags = PML_TPFLAGS_HAVE_GC | PML_TPFLAGS_WEAKREFABLE | PML_TPFLAGS_RUNTIME,
  .new_instance = type_new,
  .free_host = type_free_host,
};
