/* pml-py-metaclass.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-type.h"

PmlObj *pml_type_call (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames);

/* Metaclasses: classes deriving from type, whose instances are classes.
 * __build_class__ picks the most derived metaclass of a class statement
 * and calls it; type's own methods (__new__, __init__, __call__,
 * __setattr__, __delattr__, __prepare__) are there for a metaclass to
 * extend through super(); and a metaclass's table of slots keeps type's
 * machinery while its dunder methods (__call__, __iter__, __len__,
 * __getitem__, __contains__, __repr__, __getattr__, __setattr__,
 * __delattr__) apply to its classes, as typeobject.c's type_getattro and
 * slot functions do. Abstract classes (__abstractmethods__) are refused
 * an instance as object_new refuses them. */

/* ---- calling with a dict of keyword arguments ---- */

/* callable(*args, **kwargs); @kwargs a dict or NULL */
PmlObj *
pml_call_kwdict (PmlObj *callable, PmlObj **args, gsize nargs, PmlObj *kwargs)
{
  gsize nkw = kwargs != NULL ? kwargs->u.d.used : 0, pos = 0, i = 0;
  PmlObj **argv, *kwnames, *r, *k, *v;

  if (nkw == 0)
    return pml_call (callable, args, nargs, NULL);
  kwnames = pml_tuple_new (nkw);
  if (kwnames == NULL)
    return NULL;
  argv = g_new (PmlObj *, nargs + nkw);
  if (nargs > 0)
    memcpy (argv, args, nargs * sizeof (PmlObj *));
  while (pml_dict_next (kwargs, &pos, &k, &v))
    {
      kwnames->u.t.items[i] = pml_incref (k);
      argv[nargs + i] = v;
      i++;
    }
  r = pml_call (callable, argv, nargs + nkw, kwnames);
  g_free (argv);
  pml_decref (kwnames);
  return r;
}

/* the keyword arguments of a call as a new dict, or NULL without error
   when there are none */
static PmlObj *
kwargs_dict (PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gsize nkw = kwnames != NULL ? kwnames->u.t.n : 0;
  PmlObj *d;

  if (nkw == 0)
    return NULL;
  d = pml_dict_new ();
  for (gsize i = 0; d != NULL && i < nkw; i++)
    if (!pml_dict_set (d, kwnames->u.t.items[i], args[nargs - nkw + i]))
      PML_CLEAR (d);
  return d;
}

/* ---- the metaclass of a new class ---- */

/* _PyType_CalculateMetaclass: the most derived of @meta and the bases'
   types, which must all be on one line of inheritance */
static PmlObj *
calculate_metaclass (PmlObj *meta, PmlObj *bases)
{
  PmlObj *winner = meta;

  for (gsize i = 0; i < bases->u.t.n; i++)
    {
      PmlObj *tmp = bases->u.t.items[i]->type;

      if (pml_type_is_subtype (winner, tmp))
        continue;
      if (pml_type_is_subtype (tmp, winner))
        {
          winner = tmp;
          continue;
        }
      return pml_err_set (T_TYPE_ERROR, "metaclass conflict: the metaclass of a derived class "
                          "must be a (non-strict) subclass of the metaclasses of all its bases");
    }
  return winner;
}

/* the namespace the class body fills: meta.__prepare__(name, bases, **kw) */
static PmlObj *
prepare_namespace (PmlObj *meta, PmlObj *name, PmlObj *bases, PmlObj *kwargs)
{
  PmlObj *prepare, *argv[2] = { name, bases }, *ns;

  if (meta == TYPE (T_TYPE))
    return pml_dict_new ();
  prepare = pml_getattr_cstr (meta, "__prepare__");
  if (prepare == NULL)
    {
      if (!pml_err_matches (VM->exc, TYPE (T_ATTRIBUTE_ERROR)))
        return NULL;
      pml_err_clear ();
      return pml_dict_new ();
    }
  ns = pml_call_kwdict (prepare, argv, 2, kwargs);
  pml_decref (prepare);
  if (ns != NULL && ns->kind != K_DICT)
    {
      pml_err_set (T_TYPE_ERROR, "%s.__prepare__() must return a mapping, not %s",
                   meta->kind == K_TYPE ? meta->u.ty.name : "<metaclass>", pml_type_name (ns));
      PML_CLEAR (ns);
    }
  return ns;
}

/* update_bases (PEP 560): a base that is not a class names the classes
   it stands for with __mro_entries__ (typing's Generic[T]); a new
   reference to the bases, or to @bases itself when none does */
static PmlObj *
update_bases (PmlObj *bases)
{
  GPtrArray *out = NULL;
  PmlObj *r;

  for (gsize i = 0; i < bases->u.t.n; i++)
    {
      PmlObj *b = bases->u.t.items[i], *meth, *entries;

      meth = b->kind == K_TYPE ? NULL : pml_getattr_cstr (b, "__mro_entries__");
      if (meth == NULL && pml_err_occurred ())
        {
          if (!pml_err_matches (VM->exc, TYPE (T_ATTRIBUTE_ERROR)))
            goto fail;
          pml_err_clear ();
        }
      if (meth == NULL)
        {
          if (out != NULL)
            g_ptr_array_add (out, pml_incref (b));
          continue;
        }
      entries = pml_call_from_c (meth, &bases, 1);
      pml_decref (meth);
      if (entries == NULL)
        goto fail;
      if (entries->kind != K_TUPLE)
        {
          pml_decref (entries);
          pml_err_set (T_TYPE_ERROR, "__mro_entries__ must return a tuple");
          goto fail;
        }
      if (out == NULL)
        {
          out = g_ptr_array_new_with_free_func ((GDestroyNotify) pml_decref);
          for (gsize j = 0; j < i; j++)
            g_ptr_array_add (out, pml_incref (bases->u.t.items[j]));
        }
      for (gsize j = 0; j < entries->u.t.n; j++)
        g_ptr_array_add (out, pml_incref (entries->u.t.items[j]));
      pml_decref (entries);
    }
  if (out == NULL)
    return pml_incref (bases);
  r = pml_tuple_from_array ((PmlObj **) out->pdata, out->len);
  g_ptr_array_unref (out);
  return r;

fail:
  if (out != NULL)
    g_ptr_array_unref (out);
  return NULL;
}

/* builtins.__build_class__(func, name, *bases, metaclass=M, **kwds) */
PmlObj *
pml_build_class (PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gsize npos = pml_positional (nargs, kwnames);
  PmlObj *func, *name, *orig_bases = NULL, *bases = NULL, *meta = NULL, *kwargs;
  PmlObj *ns = NULL, *cls = NULL, *r;
  gboolean is_class;

  if (npos < 2 || args[0]->kind != K_FUNCTION || args[1]->kind != K_STR)
    return pml_err_set (T_TYPE_ERROR, "__build_class__: bad arguments");
  func = args[0];
  name = args[1];
  kwargs = kwargs_dict (args, nargs, kwnames);
  if (kwargs == NULL && pml_err_occurred ())
    return NULL;
  if (kwargs != NULL)
    {
      meta = pml_dict_get_str (kwargs, "metaclass");
      if (meta != NULL)
        {
          PmlObj *key = pml_str_intern_cstr ("metaclass");

          pml_incref (meta);
          pml_dict_del (kwargs, key);
          pml_decref (key);
        }
      if (kwargs->u.d.used == 0)
        PML_CLEAR (kwargs);
    }
  orig_bases = pml_tuple_from_array (args + 2, npos - 2);
  if (orig_bases == NULL)
    goto out;
  bases = update_bases (orig_bases);
  if (bases == NULL)
    goto out;
  if (meta == NULL)
    meta = pml_incref (bases->u.t.n > 0 ? bases->u.t.items[0]->type : TYPE (T_TYPE));
  is_class = meta->kind == K_TYPE;
  if (is_class)
    {
      PmlObj *winner = calculate_metaclass (meta, bases);

      if (winner == NULL)
        goto out;
      PML_SETREF (meta, pml_incref (winner));
    }
  ns = prepare_namespace (meta, name, bases, kwargs);
  if (ns == NULL)
    goto out;
  {
    /* what the class body sets first: the module's name and its own */
    PmlObj *modname = func->u.fn.globals ? pml_dict_get_str (func->u.fn.globals, "__name__") : NULL;
    PmlObj *qual = pml_str_new (func->u.fn.code->qualname, -1);

    if (modname == NULL)
      modname = pml_str_intern_cstr ("__main__");
    else
      pml_incref (modname);
    pml_dict_set_str (ns, "__module__", modname);
    pml_dict_set_str (ns, "__qualname__", qual);
    pml_decref (modname);
    pml_decref (qual);
  }
  r = pml_eval_code (func->u.fn.code, func->u.fn.globals, ns, func);
  if (r == NULL)
    goto out;
  pml_decref (r);
  /* the bases as written, when __mro_entries__ replaced some */
  if (bases != orig_bases && !pml_dict_set_str (ns, "__orig_bases__", orig_bases))
    goto out;
  if (meta == TYPE (T_TYPE))
    cls = pml_class_new_meta (meta, name, bases, ns, kwargs);
  else
    {
      PmlObj *argv[3] = { name, bases, ns };

      cls = pml_call_kwdict (meta, argv, 3, kwargs);
    }

out:
  pml_xdecref (ns);
  pml_xdecref (bases);
  pml_xdecref (orig_bases);
  pml_xdecref (meta);
  pml_xdecref (kwargs);
  return cls;
}

/* ---- type's methods, which metaclasses inherit ---- */

/* type.__new__(meta, name, bases, ns, **kwargs). The descriptor is looked
   up unbound: the metaclass comes first. */
PmlObj *
pml_m_type_new (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gsize npos = pml_positional (nargs, kwnames);
  PmlObj *meta, *kwargs, *winner, *cls;

  (void) self;
  if (npos == 0)
    return pml_err_set (T_TYPE_ERROR, "type.__new__(): not enough arguments");
  meta = args[0];
  if (meta->kind != K_TYPE)
    return pml_err_set (T_TYPE_ERROR, "type.__new__(X): X is not a type object (%s)",
                        pml_type_name (meta));
  if (!pml_type_is_subtype (meta, TYPE (T_TYPE)))
    return pml_err_set (T_TYPE_ERROR, "type.__new__(%s): %s is not a subtype of type",
                        meta->u.ty.name, meta->u.ty.name);
  if (npos != 4)
    return pml_err_set (T_TYPE_ERROR, "type.__new__() takes exactly 3 arguments (%zu given)",
                        npos - 1);
  {
    static const PmlKind kinds[] = { K_STR, K_TUPLE, K_DICT };
    static const char *const names[] = { "str", "tuple", "dict" };

    for (guint i = 0; i < 3; i++)
      if (args[i + 1]->kind != kinds[i])
        return pml_err_set (T_TYPE_ERROR, "type.__new__() argument %u must be %s, not %s", i + 1,
                            names[i], pml_type_name (args[i + 1]));
  }
  /* a base that is no class first fails the metaclass check, as in
     CPython (its type is not a metaclass) */
  winner = calculate_metaclass (meta, args[2]);
  if (winner == NULL)
    return NULL;
  for (gsize i = 0; i < args[2]->u.t.n; i++)
    if (args[2]->u.t.items[i]->kind != K_TYPE)
      return pml_err_set (T_TYPE_ERROR, "bases must be types");
  /* type(name, bases, ns) with bases of a metaclass defining __new__
     (ABCMeta): that __new__ makes the class */
  if (winner != meta && pml_mro_lookup_override (winner, "__new__") != NULL)
    {
      PmlObj *new_func = pml_getattr_cstr (winner, "__new__"), *argv[4] = { winner, args[1], args[2], args[3] };

      if (new_func == NULL)
        return NULL;
      cls = pml_call (new_func, argv, 4, NULL);
      pml_decref (new_func);
      return cls;
    }
  kwargs = kwargs_dict (args, nargs, kwnames);
  if (kwargs == NULL && pml_err_occurred ())
    return NULL;
  cls = pml_class_new_meta (winner, args[1], args[2], args[3], kwargs);
  pml_xdecref (kwargs);
  return cls;
}

/* type.__init__: the class is made already; only the arguments are checked */
PmlObj *
pml_m_type_init (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gsize npos = pml_positional (nargs, kwnames);

  if (self == NULL)
    {
      if (npos == 0)
        return pml_err_set (T_TYPE_ERROR,
                            "descriptor '__init__' of 'type' object needs an argument");
      npos--;
      nargs--;
    }
  if (npos == 1 && nargs > npos)
    return pml_err_set (T_TYPE_ERROR, "type.__init__() takes no keyword arguments");
  if (npos != 1 && npos != 3)
    return pml_err_set (T_TYPE_ERROR, "type.__init__() takes 1 or 3 arguments");
  return pml_incref (NONE);
}

/* type.__call__(cls, *args, **kwargs): what calling a class does */
PmlObj *
pml_m_type_call (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  if (self == NULL)
    {
      if (nargs == 0 || args[0]->kind != K_TYPE)
        return pml_err_set (T_TYPE_ERROR,
                            "descriptor '__call__' of 'type' object needs an argument");
      self = args[0];
      args++;
      nargs--;
    }
  return pml_type_call (self, args, nargs, kwnames);
}

static PmlObj *
type_set_or_delete (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames, gboolean set)
{
  gsize want = set ? 2 : 1;

  NO_KW (set ? "__setattr__" : "__delattr__");
  if (self == NULL)
    {
      if (nargs == 0 || args[0]->kind != K_TYPE)
        return pml_err_set (T_TYPE_ERROR, "descriptor '%s' of 'type' object needs an argument",
                            set ? "__setattr__" : "__delattr__");
      self = args[0];
      args++;
      nargs--;
    }
  if (nargs != want)
    return pml_err_set (T_TYPE_ERROR, "expected %zu argument%s, got %zu", want,
                        want == 1 ? "" : "s", nargs);
  if (args[0]->kind != K_STR)
    return pml_err_set (T_TYPE_ERROR, "attribute name must be string, not '%s'",
                        pml_type_name (args[0]));
  return pml_type_slots.setattro (self, args[0], set ? args[1] : NULL) ? pml_incref (NONE) : NULL;
}

PmlObj *
pml_m_type_setattr (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  return type_set_or_delete (self, args, nargs, kwnames, TRUE);
}

PmlObj *
pml_m_type_delattr (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  return type_set_or_delete (self, args, nargs, kwnames, FALSE);
}

/* type.__getattribute__(cls, name) */
PmlObj *
pml_m_type_getattribute (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  NO_KW ("__getattribute__");
  if (self == NULL)
    {
      if (nargs == 0 || args[0]->kind != K_TYPE)
        return pml_err_set (T_TYPE_ERROR,
                            "descriptor '__getattribute__' of 'type' object needs an argument");
      self = args[0];
      args++;
      nargs--;
    }
  if (nargs != 1)
    return pml_err_set (T_TYPE_ERROR, "expected 1 argument, got %zu", nargs);
  if (args[0]->kind != K_STR)
    return pml_err_set (T_TYPE_ERROR, "attribute name must be string, not '%s'",
                        pml_type_name (args[0]));
  return pml_type_slots.getattro (self, args[0]);
}

/* type.__prepare__(name, bases, **kwds): a new dict */
PmlObj *
pml_m_type_prepare (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) self;
  (void) args;
  (void) nargs;
  (void) kwnames;
  return pml_dict_new ();
}

/* ---- the slots of a metaclass, for its classes ---- */

static gboolean
is_type_field (const char *n)
{
  static const char *const fields[] = {
    "__name__", "__qualname__", "__mro__", "__base__", "__bases__", "__dict__",
  };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (strcmp (n, fields[i]) == 0)
      return TRUE;
  return FALSE;
}

/* type_getattro for a class whose type is a metaclass: the metaclass's
   data descriptors, then the class's MRO, then the metaclass's other
   attributes (its methods bind to the class) */
static PmlObj *
meta_lookup (PmlObj *cls, PmlObj *name)
{
  PmlObj *meta = cls->type, *meta_attr, *r;
  const char *n = name->u.s.s;

  if (is_type_field (n))
    return pml_type_slots.getattro (cls, name);
  meta_attr = pml_class_lookup (meta, n);
  if (meta_attr != NULL && pml_descr_kind (meta_attr) == 2)
    {
      pml_incref (meta_attr);
      r = pml_descr_get (meta_attr, cls, meta);
      pml_decref (meta_attr);
      return r;
    }
  if (pml_mro_lookup (cls, n) != NULL || meta_attr == NULL)
    return pml_type_slots.getattro (cls, name);
  pml_incref (meta_attr);
  if (pml_descr_kind (meta_attr) != 0)
    r = pml_descr_get (meta_attr, cls, meta);
  else
    r = pml_incref (meta_attr);
  pml_decref (meta_attr);
  return r;
}

/* slot_tp_getattr_hook, for a metaclass with __getattr__: type's
   __getattribute__, reached through a method-wrapper bound to the class
   (made and freed at every lookup, as in CPython), then __getattr__ when
   that raised AttributeError */
static PmlObj *
meta_getattro (PmlObj *cls, PmlObj *name)
{
  PmlObj *hook = pml_class_lookup (cls->type, "__getattr__"), *wrapper = NULL, *r;
  PmlObj *argv[2] = { cls, name };

  if (hook != NULL)
    {
      PmlObj *getattribute = pml_builtin_type_attr (TYPE (T_TYPE), "__getattribute__");

      wrapper = pml_descr_get (getattribute, cls, TYPE (T_TYPE));
      if (wrapper == NULL)
        return NULL;
    }
  r = meta_lookup (cls, name);
  pml_xdecref (wrapper);
  if (r != NULL || hook == NULL || !pml_err_matches (VM->exc, TYPE (T_ATTRIBUTE_ERROR)))
    return r;
  pml_err_clear ();
  pml_incref (hook);
  r = pml_call (hook, argv, 2, NULL);
  pml_decref (hook);
  return r;
}

/* a metaclass's __setattr__ or __delattr__, else type's */
static gboolean
meta_setattro (PmlObj *cls, PmlObj *name, PmlObj *v)
{
  PmlObj *hook = pml_class_lookup (cls->type, v ? "__setattr__" : "__delattr__"), *r;
  PmlObj *argv[3] = { cls, name, v };

  if (hook == NULL)
    return pml_type_slots.setattro (cls, name, v);
  pml_incref (hook);
  r = pml_call (hook, argv, v ? 3 : 2, NULL);
  pml_decref (hook);
  pml_xdecref (r);
  return r != NULL;
}

/* type_call of a metaclass: meta.__new__(meta, ...), then __init__ when
   the result is one of its classes */
static PmlObj *
meta_new_instance (PmlObj *meta, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *new = pml_mro_lookup (meta, "__new__"), *init, *f, *obj, *r;
  PmlObj *stack[16], **argv = nargs + 1 <= 16 ? stack : g_new (PmlObj *, nargs + 1);

  if (new == NULL)
    return pml_err_set (T_TYPE_ERROR, "cannot create '%s' instances", meta->u.ty.name);
  f = pml_descr_get (new, NULL, meta);
  if (f == NULL)
    return NULL;
  argv[0] = meta;
  if (nargs > 0)
    memcpy (argv + 1, args, nargs * sizeof (PmlObj *));
  obj = pml_call (f, argv, nargs + 1, kwnames);
  pml_decref (f);
  if (obj != NULL && pml_type_is_subtype (obj->type, meta))
    {
      init = pml_mro_lookup (meta, "__init__");
      if (init != NULL)
        {
          argv[0] = obj;
          pml_incref (init);
          r = pml_call (init, argv, nargs + 1, kwnames);
          pml_decref (init);
          if (r == NULL)
            PML_CLEAR (obj);
          else if (r != NONE)
            {
              pml_err_set (T_TYPE_ERROR, "__init__() should return None, not '%s'",
                           pml_type_name (r));
              PML_CLEAR (obj);
            }
          pml_xdecref (r);
        }
    }
  if (argv != stack)
    g_free (argv);
  return obj;
}

/* called by pml_class_fixup_slots for a class deriving from type: the
   dunder slots it filled stay, type's own machinery comes back */
void
pml_metaclass_fixup_slots (PmlObj *meta, PmlTypeSlots *tp)
{
  (void) meta;
  tp->getattro = meta_getattro;
  tp->setattro = meta_setattro;
  tp->new_instance = meta_new_instance;
  tp->dealloc = pml_type_slots.dealloc;
  tp->traverse = pml_type_slots.traverse;
  tp->clear = pml_type_slots.clear;
  tp->referents = pml_type_slots.referents;
  tp->free_host = pml_type_slots.free_host;
  tp->size_of = pml_type_slots.size_of;
  tp->flags = pml_type_slots.flags;
}

/* ---- isinstance and issubclass through the metaclass ---- */

/* PyObject_IsInstance's __instancecheck__, and PyObject_IsSubclass's
   __subclasscheck__, when the class's metaclass defines one: -1 error,
   0 or 1 the answer, 2 no hook */
int
pml_metaclass_check (PmlObj *cls, PmlObj *arg, gboolean instance)
{
  PmlObj *hook, *argv[2] = { cls, arg }, *r;
  int t;

  if (cls->kind != K_TYPE || (cls->type->flags & OBJ_STATIC))
    return 2;
  if (instance && arg->type == cls)
    return 1;
  hook = pml_class_lookup (cls->type, instance ? "__instancecheck__" : "__subclasscheck__");
  if (hook == NULL)
    return 2;
  pml_incref (hook);
  r = pml_call (hook, argv, 2, NULL);
  pml_decref (hook);
  if (r == NULL)
    return -1;
  t = pml_truth (r);
  pml_decref (r);
  return t;
}

/* type.__instancecheck__ and type.__subclasscheck__: the plain answers */
PmlObj *
pml_m_type_instancecheck (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  NO_KW ("__instancecheck__");
  METHOD_SELF ();
  if (nargs != 1)
    return pml_err_set (T_TYPE_ERROR, "expected 1 argument, got %zu", nargs);
  return pml_incref (BOOL (pml_type_is_subtype (args[0]->type, self)));
}

PmlObj *
pml_m_type_subclasscheck (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  NO_KW ("__subclasscheck__");
  METHOD_SELF ();
  if (nargs != 1)
    return pml_err_set (T_TYPE_ERROR, "expected 1 argument, got %zu", nargs);
  if (args[0]->kind != K_TYPE)
    return pml_err_set (T_TYPE_ERROR, "issubclass() arg 1 must be a class");
  return pml_incref (BOOL (pml_type_is_subtype (args[0], self)));
}

/* ---- abstract classes ---- */

static int
compare_names (gconstpointer a, gconstpointer b)
{
  return strcmp ((*(PmlObj *const *) a)->u.s.s, (*(PmlObj *const *) b)->u.s.s);
}

/* object_new's refusal of a class with abstract methods (the class's own
   __abstractmethods__, set by ABCMeta); FALSE with the error set */
gboolean
pml_class_check_abstract (PmlObj *type)
{
  PmlObj *abstract, *it, *item;
  GPtrArray *names;
  GString *joined;
  int t;

  if ((type->type->flags & OBJ_STATIC) || type->u.ty.dict == NULL)
    return TRUE;
  abstract = pml_dict_get_str (type->u.ty.dict, "__abstractmethods__");
  if (abstract == NULL)
    return TRUE;
  t = pml_truth (abstract);
  if (t <= 0)
    return t == 0;
  it = pml_iter (abstract);
  if (it == NULL)
    return FALSE;
  names = g_ptr_array_new_with_free_func ((GDestroyNotify) pml_decref);
  while ((item = pml_iter_next_owned (it)) != NULL)
    if (item->kind == K_STR)
      g_ptr_array_add (names, item);
    else
      pml_decref (item);
  pml_decref (it);
  if (pml_err_occurred ())
    {
      g_ptr_array_unref (names);
      return FALSE;
    }
  g_ptr_array_sort (names, compare_names);
  joined = g_string_new (NULL);
  for (guint i = 0; i < names->len; i++)
    g_string_append_printf (joined, "%s%s", i > 0 ? ", " : "", ((PmlObj *) names->pdata[i])->u.s.s);
  pml_err_set (T_TYPE_ERROR, "Can't instantiate abstract class %s with abstract method%s %s",
               type->u.ty.name, names->len > 1 ? "s" : "", joined->str);
  g_string_free (joined, TRUE);
  g_ptr_array_unref (names);
  return FALSE;
}
