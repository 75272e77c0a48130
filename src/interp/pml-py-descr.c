/* pml-py-descr.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-vm.h"
#include "pml-py-type.h"
#include "pml-py-subtype.h"
#include "pml-py-traceback.h"

/* The descriptor protocol as CPython 3.11's PyObject_GenericGetAttr,
 * PyObject_GenericSetAttr and type_getattro run it, and the descriptor
 * types property, classmethod and staticmethod. Their objects are
 * instances of built-in types whose fields live in the slots array:
 * property (fget, fset, fdel, doc, name), classmethod and staticmethod
 * (callable, dict). */

enum { P_FGET, P_FSET, P_FDEL, P_DOC, P_NAME, P_NSLOTS };
enum { CM_CALLABLE, CM_DICT, CM_NSLOTS };

enum { DESCR_NONE, DESCR_NONDATA, DESCR_DATA };

/* a class's __dict__ and __weakref__ (getset_descriptor) and its
   __slots__ (member_descriptor): the class and the attribute's name */
enum { GS_TYPE, GS_NAME, GS_NSLOTS };

/* descr_repr: a slot's and a __dict__'s descriptors name their class;
   property, classmethod, ... have the default repr */
PmlObj *
pml_descriptor_repr (PmlObj *d)
{
  const char *what;

  if (d->type == TYPE (T_GETSET))
    what = "attribute";
  else if (d->type == TYPE (T_MEMBER))
    what = "member";
  else
    return pml_object_repr (d);
  return pml_str_printf ("<%s '%s' of '%s' objects>", what, d->u.inst.slots[GS_NAME]->u.s.s,
                           d->u.inst.slots[GS_TYPE]->u.ty.name);
}

static gboolean
is_a (PmlObj *o, PmlTypeId id)
{
  return o->kind == K_INSTANCE && o->type == TYPE (id);
}

PmlObj *
pml_descr_instance_new (PmlTypeId id, gsize nslots)
{
  PmlObj *type = TYPE (id);
  PmlObj *o = pml_obj_new (type, K_INSTANCE, pml_obj_presize (type) + type->u.ty.basicsize, TRUE);

  if (o == NULL)
    return NULL;
  o->u.inst.slots = g_new0 (PmlObj *, nslots);
  o->u.inst.nslots = nslots;
  pml_gc_track (o);
  return o;
}

PmlObj *
pml_method_new (PmlObj *func, PmlObj *self)
{
  PmlObj *m = pml_obj_new (TYPE (T_METHOD), K_METHOD, 16 + 48, TRUE);

  if (m == NULL)
    return NULL;
  m->u.m.func = pml_incref (func);
  m->u.m.self = pml_incref (self);
  pml_gc_track (m);
  return m;
}

/* a method-wrapper: a slot wrapper of a built-in type bound to @self */
static PmlObj *
bind_builtin (PmlObj *descr, PmlObj *self)
{
  PmlTypeId id = descr->type == TYPE (T_WRAPPER_DESCR) ? T_METHOD_WRAPPER : T_BUILTIN;
  PmlObj *b = pml_obj_new (TYPE (id), K_BUILTIN, 16 + 32, TRUE);

  if (b == NULL)
    return NULL;
  b->u.bf.fn = descr->u.bf.fn;
  b->u.bf.name = descr->u.bf.name;
  b->u.bf.self = pml_incref (self);
  pml_gc_track (b);
  return b;
}

/* classmethod_get of a METH_CLASS method: a builtin method of the
   class, as a bound method of an instance is */
static PmlObj *
bind_class_method (PmlObj *descr, PmlObj *type)
{
  PmlObj *b = pml_obj_new (TYPE (T_BUILTIN), K_BUILTIN, 16 + 56, TRUE);

  if (b == NULL)
    return NULL;
  b->u.bf.fn = descr->u.bf.fn;
  b->u.bf.name = descr->u.bf.name;
  b->u.bf.self = pml_incref (type);
  pml_gc_track (b);
  return b;
}

static PmlObj *
call_with_self (PmlObj *f, PmlObj *self, PmlObj *a, PmlObj *b)
{
  PmlObj *argv[3] = { self, a, b };
  gsize n = b ? 3 : a ? 2 : 1;
  PmlObj *r;

  pml_incref (f);
  pml_native_hold (f, "the method being called");
  r = pml_call_from_c (f, argv, n);
  pml_native_release (1);
  pml_decref (f);
  return r;
}

int
pml_descr_kind (PmlObj *d)
{
  switch (d->kind)
    {
    case K_FUNCTION:
      return DESCR_NONDATA;
    case K_BUILTIN:
      return (d->flags & OBJ_METHOD_DESCR) ? DESCR_NONDATA : DESCR_NONE;
    case K_INSTANCE:
      if (d->type == TYPE (T_PROPERTY) || d->type == TYPE (T_GETSET) || d->type == TYPE (T_MEMBER))
        return DESCR_DATA;
      if (d->type == TYPE (T_CLASSMETHOD) || d->type == TYPE (T_STATICMETHOD))
        return DESCR_NONDATA;
      if (d->type->u.ty.builtin)
        return DESCR_NONE;
      if (pml_mro_lookup (d->type, "__set__") || pml_mro_lookup (d->type, "__delete__"))
        return DESCR_DATA;
      return pml_mro_lookup (d->type, "__get__") ? DESCR_NONDATA : DESCR_NONE;
    default:
      return pml_slots (d)->descr_get != NULL ? DESCR_NONDATA : DESCR_NONE;
    }
}

static PmlObj *
property_error (PmlObj *prop, PmlObj *obj, const char *what)
{
  PmlObj *name = prop->u.inst.slots[P_NAME];

  if (name != NULL)
    return pml_err_set (T_ATTRIBUTE_ERROR, "property '%s' of '%s' object has no %s", name->u.s.s,
                        pml_type_name (obj), what);
  return pml_err_set (T_ATTRIBUTE_ERROR, "property of '%s' object has no %s", pml_type_name (obj), what);
}

static PmlObj *
slot_get (PmlObj *d, PmlObj *obj)
{
  PmlObj *name = d->u.inst.slots[GS_NAME], *r;
  const PmlGetSetDef *def;
  gboolean found;

  if (!pml_type_is_subtype (obj->type, d->u.inst.slots[GS_TYPE]))
    return pml_err_set (T_TYPE_ERROR, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                        name->u.s.s, d->u.inst.slots[GS_TYPE]->u.ty.name, pml_type_name (obj));
  if (strcmp (name->u.s.s, "__weakref__") == 0)
    return pml_incref (obj->weakrefs ? obj->weakrefs : NONE);
  /* an attribute a built-in type computes (int.real) */
  def = pml_getset_def (d->u.inst.slots[GS_TYPE], name->u.s.s);
  if (def != NULL)
    return def->get (obj);
  r = pml_instance_getattr (obj, name, &found);
  if (r == NULL && !pml_err_occurred ())
    pml_err_set (T_ATTRIBUTE_ERROR, "'%s' object has no attribute '%s'", pml_type_name (obj), name->u.s.s);
  return r;
}

static gboolean
slot_set (PmlObj *d, PmlObj *obj, PmlObj *v)
{
  PmlObj *name = d->u.inst.slots[GS_NAME];
  const PmlGetSetDef *def = pml_getset_def (d->u.inst.slots[GS_TYPE], name->u.s.s);

  if (def != NULL)
    {
      /* what a built-in type computes cannot be assigned */
      if (def->member)
        pml_err_set (T_ATTRIBUTE_ERROR, "readonly attribute");
      else
        pml_err_set (T_ATTRIBUTE_ERROR, "attribute '%s' of '%s' objects is not writable", name->u.s.s,
                     d->u.inst.slots[GS_TYPE]->u.ty.name);
      return FALSE;
    }
  if (d->type == TYPE (T_MEMBER))
    {
      if (!pml_instance_setattr (obj, name, v))
        {
          if (!pml_err_occurred ())
            pml_err_set (T_ATTRIBUTE_ERROR, "%s", name->u.s.s);
          return FALSE;
        }
      return TRUE;
    }
  if (strcmp (name->u.s.s, "__dict__") == 0 && v != NULL && v->kind != K_DICT)
    pml_err_set (T_TYPE_ERROR, "__dict__ must be set to a dictionary, not a '%s'", pml_type_name (v));
  else if (strcmp (name->u.s.s, "__dict__") == 0)
    pml_err_set (T_TYPE_ERROR, "replacing an instance's __dict__ is not supported in scenarios");
  else
    pml_err_set (T_ATTRIBUTE_ERROR, "attribute '%s' of '%s' objects is not writable", name->u.s.s,
                 d->u.inst.slots[GS_TYPE]->u.ty.name);
  return FALSE;
}

/* tp_descr_get: @obj NULL when looked up on the class */
PmlObj *
pml_descr_get (PmlObj *d, PmlObj *obj, PmlObj *type)
{
  PmlObj *get;

  switch (d->kind)
    {
    case K_FUNCTION:
      return obj == NULL ? pml_incref (d) : pml_method_new (d, obj);
    case K_BUILTIN:
      /* a class method (object.__init_subclass__) binds to the class */
      if (obj == NULL && type != NULL && (d->flags & OBJ_CLASS_METHOD))
        return bind_class_method (d, type);
      return obj == NULL ? pml_incref (d) : bind_builtin (d, obj);
    case K_INSTANCE:
      if (d->type == TYPE (T_PROPERTY))
        {
          if (obj == NULL)
            return pml_incref (d);
          if (d->u.inst.slots[P_FGET] == NULL)
            return property_error (d, obj, "getter");
          return call_with_self (d->u.inst.slots[P_FGET], obj, NULL, NULL);
        }
      if (d->type == TYPE (T_GETSET) || d->type == TYPE (T_MEMBER))
        return obj == NULL ? pml_incref (d) : slot_get (d, obj);
      if (d->type == TYPE (T_CLASSMETHOD))
        return pml_method_new (d->u.inst.slots[CM_CALLABLE], type ? type : obj->type);
      if (d->type == TYPE (T_STATICMETHOD))
        return pml_incref (d->u.inst.slots[CM_CALLABLE]);
      get = pml_mro_lookup (d->type, "__get__");
      if (get != NULL)
        return call_with_self (get, d, obj ? obj : NONE, type ? type : obj->type);
      return pml_incref (d);
    default:
      if (pml_slots (d)->descr_get != NULL)
        return pml_slots (d)->descr_get (d, obj, type);
      return pml_incref (d);
    }
}

/* tp_descr_set of a data descriptor; @v NULL deletes */
gboolean
pml_descr_set (PmlObj *d, PmlObj *obj, PmlObj *v)
{
  PmlObj *f, *r;

  if (d->type == TYPE (T_GETSET) || d->type == TYPE (T_MEMBER))
    return slot_set (d, obj, v);
  if (d->type == TYPE (T_PROPERTY))
    {
      f = d->u.inst.slots[v ? P_FSET : P_FDEL];
      if (f == NULL)
        {
          property_error (d, obj, v ? "setter" : "deleter");
          return FALSE;
        }
      r = call_with_self (f, obj, v, NULL);
    }
  else
    {
      f = pml_mro_lookup (d->type, v ? "__set__" : "__delete__");
      if (f == NULL)
        {
          pml_err_set (T_ATTRIBUTE_ERROR, "%s", v ? "__set__" : "__delete__");
          return FALSE;
        }
      r = call_with_self (f, d, obj, v);
    }
  if (r == NULL)
    return FALSE;
  pml_decref (r);
  return TRUE;
}

/* ---- property, classmethod, staticmethod: their own attributes ---- */

static const char *const property_fields[] = { "fget", "fset", "fdel", "__doc__" };

/* a callable's __isabstractmethod__, False when it has none */
static int
callable_is_abstract (PmlObj *f)
{
  PmlObj *v;
  int t;

  if (f == NULL)
    return 0;
  v = pml_getattr_cstr (f, "__isabstractmethod__");
  if (v == NULL)
    {
      if (!pml_err_matches (VM->exc, TYPE (T_ATTRIBUTE_ERROR)))
        return -1;
      pml_err_clear ();
      return 0;
    }
  t = pml_truth (v);
  pml_decref (v);
  return t;
}

/* property's __isabstractmethod__: one of its functions is abstract;
   classmethod's and staticmethod's: the function they wrap is */
static PmlObj *
descr_is_abstract (PmlObj *o)
{
  gsize n = is_a (o, T_PROPERTY) ? 3 : 1;

  for (gsize i = 0; i < n; i++)
    {
      int t = callable_is_abstract (o->u.inst.slots[i]);

      if (t != 0)
        return t < 0 ? NULL : pml_incref (TRUE_);
    }
  return pml_incref (FALSE_);
}

/* descriptor.__get__ (obj, type=None): what reading through it gives */
static PmlObj *
descr_m_get (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *obj, *type;

  NO_KW ("__get__");
  NARGS ("__get__", 1, 2);
  obj = args[0] == NONE ? NULL : args[0];
  type = nargs > 1 && args[1] != NONE ? args[1] : NULL;
  if (obj == NULL && type == NULL)
    return pml_err_set (T_TYPE_ERROR, "__get__(None, None) is invalid");
  return pml_descr_get (self, obj, type);
}

static PmlObj *
descr_m_set (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  NO_KW ("__set__");
  NARGS ("__set__", 2, 2);
  return pml_descr_set (self, args[0], args[1]) ? pml_incref (NONE) : NULL;
}

static PmlObj *
descr_m_delete (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  NO_KW ("__delete__");
  NARGS ("__delete__", 1, 1);
  return pml_descr_set (self, args[0], NULL) ? pml_incref (NONE) : NULL;
}

/* a method-wrapper: @fn bound to the descriptor @self */
static PmlObj *
method_wrapper (PmlBuiltinFunc fn, const char *name, PmlObj *self)
{
  PmlObj *b = pml_obj_new (TYPE (T_METHOD_WRAPPER), K_BUILTIN, 16 + 32, TRUE);

  if (b == NULL)
    return NULL;
  b->u.bf.fn = fn;
  b->u.bf.name = name;
  b->u.bf.self = pml_incref (self);
  pml_gc_track (b);
  return b;
}

static PmlObj *
descr_own_attr (PmlObj *o, const char *n, gboolean *found)
{
  *found = TRUE;
  if (strcmp (n, "__isabstractmethod__") == 0
      && (is_a (o, T_PROPERTY) || is_a (o, T_CLASSMETHOD) || is_a (o, T_STATICMETHOD)))
    return descr_is_abstract (o);
  if (is_a (o, T_PROPERTY))
    {
      for (guint i = 0; i < G_N_ELEMENTS (property_fields); i++)
        if (strcmp (n, property_fields[i]) == 0)
          return pml_incref (o->u.inst.slots[i] ? o->u.inst.slots[i] : NONE);
    }
  else if (is_a (o, T_GETSET) || is_a (o, T_MEMBER))
    {
      const PmlGetSetDef *def = pml_getset_def (o->u.inst.slots[GS_TYPE], o->u.inst.slots[GS_NAME]->u.s.s);

      if (strcmp (n, "__get__") == 0)
        return method_wrapper (descr_m_get, "__get__", o);
      if (strcmp (n, "__set__") == 0)
        return method_wrapper (descr_m_set, "__set__", o);
      if (strcmp (n, "__delete__") == 0)
        return method_wrapper (descr_m_delete, "__delete__", o);
      if (def != NULL && strcmp (n, "__doc__") == 0)
        return pml_str_new (def->doc, -1);
      if (strcmp (n, "__name__") == 0 || strcmp (n, "__qualname__") == 0)
        return pml_incref (o->u.inst.slots[GS_NAME]);
      if (strcmp (n, "__objclass__") == 0)
        return pml_incref (o->u.inst.slots[GS_TYPE]);
    }
  else if (is_a (o, T_CLASSMETHOD) || is_a (o, T_STATICMETHOD))
    {
      if (strcmp (n, "__func__") == 0 || strcmp (n, "__wrapped__") == 0)
        return pml_incref (o->u.inst.slots[CM_CALLABLE]);
      if (strcmp (n, "__dict__") == 0)
        {
          if (o->u.inst.slots[CM_DICT] == NULL && (o->u.inst.slots[CM_DICT] = pml_dict_new ()) == NULL)
            return NULL;
          return pml_incref (o->u.inst.slots[CM_DICT]);
        }
      if (o->u.inst.slots[CM_DICT] != NULL)
        {
          PmlObj *v = pml_dict_get_str (o->u.inst.slots[CM_DICT], n);

          if (v != NULL)
            return pml_incref (v);
        }
    }
  *found = FALSE;
  return NULL;
}

static PmlObj *
property_new (PmlObj *fget, PmlObj *fset, PmlObj *fdel, PmlObj *doc)
{
  PmlObj *p = pml_descr_instance_new (T_PROPERTY, P_NSLOTS);
  PmlObj *fields[] = { fget, fset, fdel, doc };

  if (p == NULL)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (fields[i] != NULL && fields[i] != NONE)
      p->u.inst.slots[i] = pml_incref (fields[i]);
  /* the getter's docstring, when no doc is given */
  if (p->u.inst.slots[P_DOC] == NULL && fget != NULL && fget != NONE && fget->kind == K_FUNCTION)
    {
      PmlObj *fdoc = pml_getattr_cstr (fget, "__doc__");

      if (fdoc == NULL)
        pml_err_clear ();
      else if (fdoc == NONE)
        pml_decref (fdoc);
      else
        p->u.inst.slots[P_DOC] = fdoc;
    }
  return p;
}

static PmlObj *
kwarg_or_pos (PmlObj **args, gsize nargs, PmlObj *kwnames, gsize index, const char *name)
{
  gsize nkw = kwnames ? kwnames->u.t.n : 0, npos = nargs - nkw;

  if (index < npos)
    return args[index];
  for (gsize i = 0; i < nkw; i++)
    if (strcmp (kwnames->u.t.items[i]->u.s.s, name) == 0)
      return args[npos + i];
  return NULL;
}

static PmlObj *
property_call (PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  static const char *const names[] = { "fget", "fset", "fdel", "doc" };
  gsize nkw = kwnames ? kwnames->u.t.n : 0;
  PmlObj *v[4];

  if (nargs - nkw > 4)
    return pml_err_set (T_TYPE_ERROR, "property() takes at most 4 arguments (%zu given)", nargs);
  for (gsize i = 0; i < nkw; i++)
    {
      gboolean known = FALSE;

      for (guint j = 0; j < 4; j++)
        known |= strcmp (kwnames->u.t.items[i]->u.s.s, names[j]) == 0;
      if (!known)
        return pml_err_set (T_TYPE_ERROR, "property() got an unexpected keyword argument '%s'",
                            kwnames->u.t.items[i]->u.s.s);
    }
  for (guint j = 0; j < 4; j++)
    v[j] = kwarg_or_pos (args, nargs, kwnames, j, names[j]);
  return property_new (v[0], v[1], v[2], v[3]);
}

/* functools_wraps: the wrapped function's names land in the new dict */
static gboolean
copy_wrapped_attrs (PmlObj *cm, PmlObj *f)
{
  static const char *const names[] = { "__module__", "__name__", "__qualname__", "__doc__" };
  PmlObj *d;

  if (f->kind != K_FUNCTION)
    return TRUE;
  d = pml_dict_new ();
  if (d == NULL)
    return FALSE;
  cm->u.inst.slots[CM_DICT] = d;
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      PmlObj *v;

      if (i == 0)
        {
          v = f->u.fn.globals ? pml_dict_get_str (f->u.fn.globals, "__name__") : NULL;
          v = pml_incref (v ? v : NONE);
        }
      else
        v = pml_getattr_cstr (f, names[i]);
      if (v == NULL)
        {
          pml_err_clear ();
          continue;
        }
      if (!pml_dict_set_str (d, names[i], v))
        {
          pml_decref (v);
          return FALSE;
        }
      pml_decref (v);
    }
  {
    /* __annotations__: the function makes its dict on demand */
    PmlObj *ann = pml_getattr_cstr (f, "__annotations__");
    gboolean ok;

    if (ann == NULL)
      return FALSE;
    ok = pml_dict_set_str (d, "__annotations__", ann);
    pml_decref (ann);
    return ok;
  }
}

static PmlObj *
wrapper_call (PmlTypeId id, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  const char *name = TYPE (id)->u.ty.name;
  PmlObj *cm;

  if (kwnames != NULL && kwnames->u.t.n > 0)
    return pml_err_set (T_TYPE_ERROR, "%s() takes no keyword arguments", name);
  if (nargs != 1)
    return pml_err_set (T_TYPE_ERROR, "%s expected 1 argument, got %zu", name, nargs);
  cm = pml_descr_instance_new (id, CM_NSLOTS);
  if (cm == NULL)
    return NULL;
  cm->u.inst.slots[CM_CALLABLE] = pml_incref (args[0]);
  if (!copy_wrapped_attrs (cm, args[0]))
    {
      pml_decref (cm);
      return NULL;
    }
  return cm;
}

PmlObj *pml_super_call (PmlObj **args, gsize nargs, PmlObj *kwnames);

/* calling property, classmethod, staticmethod or super; NULL with no
   error: not one of them */
PmlObj *
pml_descr_type_call (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  if (type == TYPE (T_PROPERTY))
    return property_call (args, nargs, kwnames);
  if (type == TYPE (T_CLASSMETHOD))
    return wrapper_call (T_CLASSMETHOD, args, nargs, kwnames);
  if (type == TYPE (T_STATICMETHOD))
    return wrapper_call (T_STATICMETHOD, args, nargs, kwnames);
  if (type == TYPE (T_SUPER))
    return pml_super_call (args, nargs, kwnames);
  return NULL;
}

/* ---- methods of built-in types, found along the MRO ---- */

#define SELF_ARGS() G_STMT_START {                                            \
    if (self == NULL)                                                         \
      {                                                                       \
        if (nargs == 0)                                                       \
          return pml_err_set (T_TYPE_ERROR, "descriptor needs an argument");  \
        self = args[0];                                                       \
        args++;                                                               \
        nargs--;                                                              \
      }                                                                       \
  } G_STMT_END

static PmlObj *
property_copy (PmlObj *self, PmlObj *fget, PmlObj *fset, PmlObj *fdel)
{
  PmlObj *p = property_new (fget, fset, fdel, self->u.inst.slots[P_DOC]);

  if (p != NULL && self->u.inst.slots[P_NAME] != NULL)
    p->u.inst.slots[P_NAME] = pml_incref (self->u.inst.slots[P_NAME]);
  return p;
}

static PmlObj *
m_property_getter (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) kwnames;
  SELF_ARGS ();
  if (nargs != 1)
    return pml_err_set (T_TYPE_ERROR, "getter() takes exactly one argument (%zu given)", nargs);
  return property_copy (self, args[0], self->u.inst.slots[P_FSET], self->u.inst.slots[P_FDEL]);
}

static PmlObj *
m_property_setter (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) kwnames;
  SELF_ARGS ();
  if (nargs != 1)
    return pml_err_set (T_TYPE_ERROR, "setter() takes exactly one argument (%zu given)", nargs);
  return property_copy (self, self->u.inst.slots[P_FGET], args[0], self->u.inst.slots[P_FDEL]);
}

static PmlObj *
m_property_deleter (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) kwnames;
  SELF_ARGS ();
  if (nargs != 1)
    return pml_err_set (T_TYPE_ERROR, "deleter() takes exactly one argument (%zu given)", nargs);
  return property_copy (self, self->u.inst.slots[P_FGET], self->u.inst.slots[P_FSET], args[0]);
}

static PmlObj *
m_descr_get (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *obj, *type;

  (void) kwnames;
  SELF_ARGS ();
  if (nargs < 1 || nargs > 2)
    return pml_err_set (T_TYPE_ERROR, "expected 1 or 2 arguments, got %zu", nargs);
  obj = args[0] == NONE ? NULL : args[0];
  type = nargs == 2 && args[1] != NONE ? args[1] : NULL;
  if (obj == NULL && type == NULL)
    return pml_err_set (T_TYPE_ERROR, "__get__(None, None) is invalid");
  return pml_descr_get (self, obj, type);
}

static PmlObj *
m_descr_set (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) kwnames;
  SELF_ARGS ();
  if (nargs != 2)
    return pml_err_set (T_TYPE_ERROR, "expected 2 arguments, got %zu", nargs);
  return pml_descr_set (self, args[0], args[1]) ? pml_incref (NONE) : NULL;
}

static PmlObj *
m_descr_delete (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) kwnames;
  SELF_ARGS ();
  if (nargs != 1)
    return pml_err_set (T_TYPE_ERROR, "expected 1 argument, got %zu", nargs);
  return pml_descr_set (self, args[0], NULL) ? pml_incref (NONE) : NULL;
}

static PmlObj *
m_property_set_name (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) kwnames;
  SELF_ARGS ();
  if (nargs != 2)
    return pml_err_set (T_TYPE_ERROR, "__set_name__() takes 2 positional arguments but %zu were given", nargs);
  PML_SETREF (self->u.inst.slots[P_NAME], pml_incref (args[1]));
  return pml_incref (NONE);
}

static PmlObj *
m_object_init (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) args;
  SELF_ARGS ();
  if (nargs > 0 || (kwnames != NULL && kwnames->u.t.n > 0))
    return pml_err_set (T_TYPE_ERROR, "object.__init__() takes exactly one argument (the instance to initialize)");
  return pml_incref (NONE);
}

static PmlObj *
m_object_getattribute (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) kwnames;
  SELF_ARGS ();
  if (nargs != 1 || args[0]->kind != K_STR)
    return pml_err_set (T_TYPE_ERROR, "expected 1 argument, got %zu", nargs);
  return pml_object_generic_getattr (self, args[0]);
}

static PmlObj *
m_object_setattr (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) kwnames;
  SELF_ARGS ();
  if (nargs != 2 || args[0]->kind != K_STR)
    return pml_err_set (T_TYPE_ERROR, "expected 2 arguments, got %zu", nargs);
  return pml_object_generic_setattr (self, args[0], args[1]) ? pml_incref (NONE) : NULL;
}

static PmlObj *
m_object_delattr (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) kwnames;
  SELF_ARGS ();
  if (nargs != 1 || args[0]->kind != K_STR)
    return pml_err_set (T_TYPE_ERROR, "expected 1 argument, got %zu", nargs);
  return pml_object_generic_setattr (self, args[0], NULL) ? pml_incref (NONE) : NULL;
}

/* object.__new__(cls): a bare instance of a class */
static PmlObj *
m_object_new (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *type;

  (void) self;
  if (nargs == 0)
    return pml_err_set (T_TYPE_ERROR, "object.__new__(): not enough arguments");
  type = args[0];
  if (type->kind != K_TYPE)
    return pml_err_set (T_TYPE_ERROR, "object.__new__(X): X is not a type object (%s)", pml_type_name (type));
  if (nargs > 1 || (kwnames != NULL && kwnames->u.t.n > 0))
    {
      if (pml_mro_lookup_override (type, "__new__") != NULL)
        return pml_err_set (T_TYPE_ERROR, "object.__new__() takes exactly one argument (the type to instantiate)");
      if (pml_mro_lookup_override (type, "__init__") == NULL)
        return pml_err_set (T_TYPE_ERROR, "%s() takes no arguments", type->u.ty.name);
    }
  if (type->u.ty.builtin)
    return pml_err_set (T_TYPE_ERROR, "object.__new__(%s) is not safe, use %s.__new__()", type->u.ty.name,
                        type->u.ty.name);
  if (!pml_class_check_abstract (type))
    return NULL;
  return pml_instance_new (type);
}

/* object.__init_subclass__: a class method doing nothing */
static PmlObj *
m_object_init_subclass (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) args;
  if (kwnames != NULL && kwnames->u.t.n > 0)
    return pml_err_set (T_TYPE_ERROR, "%s.__init_subclass__() takes no keyword arguments",
                        self != NULL && self->kind == K_TYPE ? self->u.ty.name : "object");
  if (nargs > (self == NULL ? 1 : 0))
    return pml_err_set (T_TYPE_ERROR, "__init_subclass__() takes no arguments (%zu given)", nargs);
  return pml_incref (NONE);
}

/* object.__subclasshook__: a class method with no opinion */
static PmlObj *
m_object_subclasshook (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) self;
  (void) args;
  (void) nargs;
  (void) kwnames;
  return pml_incref (NOTIMPL);
}

/* _Py_HashPointer */
static PmlObj *
m_object_hash (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  guint64 a;
  gint64 h;

  (void) kwnames;
  SELF_ARGS ();
  if (nargs != 0)
    return pml_err_set (T_TYPE_ERROR, "expected 0 arguments, got %zu", nargs);
  a = self->addr;
  h = (gint64) ((a >> 4) | (a << 60));
  return pml_int_new (h == -1 ? -2 : h);
}

/* object.__repr__ is the default repr even for a class defining its own
   (object.__repr__(self) in an override); object.__str__ is the type's
   repr; object.__format__ takes only an empty spec */
static PmlObj *
m_object_repr (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) kwnames;
  SELF_ARGS ();
  if (nargs != 0)
    return pml_err_set (T_TYPE_ERROR, "expected 0 arguments, got %zu", nargs);
  return pml_object_repr (self);
}

static PmlObj *
m_object_str (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) kwnames;
  SELF_ARGS ();
  if (nargs != 0)
    return pml_err_set (T_TYPE_ERROR, "expected 0 arguments, got %zu", nargs);
  return pml_repr (self);
}

static PmlObj *
m_object_format (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) kwnames;
  SELF_ARGS ();
  if (nargs != 1)
    return pml_err_set (T_TYPE_ERROR, "__format__() takes exactly one argument (%zu given)", nargs);
  if (args[0]->kind != K_STR)
    return pml_err_set (T_TYPE_ERROR, "__format__() argument must be str, not %s", pml_type_name (args[0]));
  if (args[0]->u.s.len > 0)
    return pml_err_set (T_TYPE_ERROR, "unsupported format string passed to %s.__format__", pml_type_name (self));
  return pml_str (self);
}

/* object.__sizeof__: sys.getsizeof without the headers before the object */
static PmlObj *
m_object_sizeof (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) kwnames;
  SELF_ARGS ();
  if (nargs != 0)
    return pml_err_set (T_TYPE_ERROR, "expected 0 arguments, got %zu", nargs);
  return pml_int_new ((gint64) (pml_sizeof (self) - pml_obj_presize (self->type)));
}

/* BaseException.with_traceback: sets __traceback__, returns the exception */
static PmlObj *
m_exception_with_traceback (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) kwnames;
  SELF_ARGS ();
  if (nargs != 1)
    return pml_err_set (T_TYPE_ERROR, "BaseException.with_traceback() takes exactly one argument (%zu given)", nargs);
  if (!self->type->u.ty.is_exception || !pml_exc_set_traceback (self, args[0]))
    return NULL;
  return pml_incref (self);
}

/* object_richcompare: identity, else NotImplemented; != inverts == */
static PmlObj *
m_object_eq (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) kwnames;
  SELF_ARGS ();
  if (nargs != 1)
    return pml_err_set (T_TYPE_ERROR, "expected 1 argument, got %zu", nargs);
  return pml_incref (self == args[0] ? TRUE_ : &VM->notimpl);
}

static PmlObj *
m_object_ne (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *eq, *r;
  int t;

  (void) kwnames;
  SELF_ARGS ();
  if (nargs != 1)
    return pml_err_set (T_TYPE_ERROR, "expected 1 argument, got %zu", nargs);
  eq = pml_mro_lookup_override (self->type, "__eq__");
  r = eq ? call_with_self (eq, self, args[0], NULL) : pml_incref (self == args[0] ? TRUE_ : &VM->notimpl);
  if (r == NULL || r == &VM->notimpl)
    return r;
  t = pml_truth (r);
  pml_decref (r);
  return t < 0 ? NULL : pml_incref (BOOL (!t));
}

/* BaseException.__init__: the arguments become .args */
static PmlObj *
m_exception_init (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *t;

  SELF_ARGS ();
  if (kwnames != NULL && kwnames->u.t.n > 0)
    return pml_err_set (T_TYPE_ERROR, "%s() takes no keyword arguments", pml_type_name (self));
  t = pml_tuple_from_array (args, nargs);
  if (t == NULL)
    return NULL;
  PML_SETREF (self->u.inst.exc_args, t);
  return pml_incref (NONE);
}

static gboolean
has_direct_base (PmlObj *cls, PmlObj *base)
{
  PmlObj *bases = cls->u.ty.bases;

  if (bases == NULL || bases->kind != K_TUPLE)
    return cls->u.ty.base == base;
  for (gsize i = 0; i < bases->u.t.n; i++)
    if (bases->u.t.items[i] == base)
      return TRUE;
  return FALSE;
}

/* type.__subclasses__: the classes naming this one among their bases,
   built-in ones first, then the live classes oldest first. (CPython
   keeps a dict of weak references per base; the classes here are found
   on the collector's lists instead, so that costs nothing.) */
static PmlObj *
m_type_subclasses (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *l;

  (void) kwnames;
  SELF_ARGS ();
  if (nargs != 0)
    return pml_err_set (T_TYPE_ERROR, "type.__subclasses__() takes no arguments (%zu given)", nargs);
  if (self->kind != K_TYPE)
    return pml_err_set (T_TYPE_ERROR, "descriptor '__subclasses__' requires a 'type' object");
  l = pml_list_new (0);
  for (int id = 0; l != NULL && id < N_BUILTIN_TYPES; id++)
    if (TYPE (id) != NULL && TYPE (id) != self && TYPE (id)->u.ty.base == self
        && !pml_list_append (l, pml_incref (TYPE (id))))
      PML_CLEAR (l);
  for (int g = PML_NUM_GENERATIONS - 1; l != NULL && g >= 0; g--)
    for (PmlObj *o = VM->gen[g].head.gc_next; l != NULL && o != &VM->gen[g].head; o = o->gc_next)
      if (o->kind == K_TYPE && !o->u.ty.builtin && has_direct_base (o, self)
          && !pml_list_append (l, pml_incref (o)))
        PML_CLEAR (l);
  return l;
}

static PmlObj *
m_type_mro (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *l;

  (void) kwnames;
  SELF_ARGS ();
  if (nargs != 0)
    return pml_err_set (T_TYPE_ERROR, "mro() takes no arguments (%zu given)", nargs);
  if (self->u.ty.mro != NULL)
    return pml_list_from_iterable (self->u.ty.mro);
  l = pml_list_new_prealloc (4);
  for (PmlObj *t = self; l != NULL && t != NULL; t = t->u.ty.base)
    if (!pml_list_append (l, pml_incref (t)))
      {
        pml_decref (l);
        return NULL;
      }
  return l;
}

typedef struct
{
  PmlTypeId type;
  const char *name;
  PmlBuiltinFunc fn;
} TypeMethod;

static const TypeMethod type_methods[] = {
  { T_OBJECT, "__new__", m_object_new },
  { T_OBJECT, "__init__", m_object_init },
  { T_OBJECT, "__hash__", m_object_hash },
  { T_OBJECT, "__init_subclass__", m_object_init_subclass },
  { T_OBJECT, "__subclasshook__", m_object_subclasshook },
  { T_OBJECT, "__eq__", m_object_eq },
  { T_OBJECT, "__repr__", m_object_repr },
  { T_OBJECT, "__str__", m_object_str },
  { T_OBJECT, "__format__", m_object_format },
  { T_OBJECT, "__sizeof__", m_object_sizeof },
  { T_OBJECT, "__ne__", m_object_ne },
  { T_OBJECT, "__getattribute__", m_object_getattribute },
  { T_OBJECT, "__setattr__", m_object_setattr },
  { T_OBJECT, "__delattr__", m_object_delattr },
  { T_BASE_EXCEPTION, "__init__", m_exception_init },
  { T_BASE_EXCEPTION, "with_traceback", m_exception_with_traceback },
  { T_PROPERTY, "getter", m_property_getter },
  { T_PROPERTY, "setter", m_property_setter },
  { T_PROPERTY, "deleter", m_property_deleter },
  { T_PROPERTY, "__get__", m_descr_get },
  { T_PROPERTY, "__set__", m_descr_set },
  { T_PROPERTY, "__delete__", m_descr_delete },
  { T_PROPERTY, "__set_name__", m_property_set_name },
  { T_CLASSMETHOD, "__get__", m_descr_get },
  { T_STATICMETHOD, "__get__", m_descr_get },
  { T_FUNCTION, "__get__", m_descr_get },
  /* type's, for metaclasses (pml-py-metaclass.c) */
  { T_TYPE, "__new__", pml_m_type_new },
  { T_TYPE, "__init__", pml_m_type_init },
  { T_TYPE, "__call__", pml_m_type_call },
  { T_TYPE, "__setattr__", pml_m_type_setattr },
  { T_TYPE, "__delattr__", pml_m_type_delattr },
  { T_TYPE, "__prepare__", pml_m_type_prepare },
  { T_TYPE, "__subclasses__", m_type_subclasses },
  { T_TYPE, "__getattribute__", pml_m_type_getattribute },
  { T_TYPE, "__instancecheck__", pml_m_type_instancecheck },
  { T_TYPE, "__subclasscheck__", pml_m_type_subclasscheck },
};

PmlObj *pml_builtin_method_descriptor (PmlObj *self, const char *name);

/* the method descriptors of built-in types: static, made once per run */
PmlObj *
pml_builtin_type_attr (PmlObj *type, const char *name)
{
  PmlObj *wrapper;

  /* a C module's type's constant (timezone.utc) */
  if (type->u.ty.consts != NULL && (wrapper = pml_dict_get_str (type->u.ty.consts, name)) != NULL)
    return wrapper;
  /* an attribute the type computes for its instances: int.real */
  if ((wrapper = pml_getset_descriptor (type, name)) != NULL)
    return wrapper;
  /* an unhashable built-in type (list, dict, set) has __hash__ = None */
  if (strcmp (name, "__hash__") == 0 && type->u.ty.tp != NULL
      && type->u.ty.tp->hash == pml_hash_not_implemented)
    return NONE;
  for (guint i = 0; i < G_N_ELEMENTS (type_methods); i++)
    if (TYPE (type_methods[i].type) == type && strcmp (type_methods[i].name, name) == 0)
      {
        PmlObj *d = g_hash_table_lookup (VM->method_descriptors, &type_methods[i]);

        if (d == NULL)
          {
            gboolean class_method = type_methods[i].fn == m_object_init_subclass
                                    || type_methods[i].fn == m_object_subclasshook;

            d = pml_obj_new_static (TYPE (class_method ? T_CLASSMETHOD_DESCR : T_METHOD_DESCR), K_BUILTIN);
            d->u.bf.fn = type_methods[i].fn;
            d->u.bf.name = type_methods[i].name;
            d->u.bf.owner = type;
            d->flags |= OBJ_METHOD_DESCR;
            /* object's two class methods bind to the class */
            if (class_method)
              d->flags |= OBJ_CLASS_METHOD;
            g_hash_table_insert (VM->method_descriptors, (gpointer) &type_methods[i], d);
          }
        return d;
      }
  /* __new__, __init__ and the slot wrappers of the types classes derive from */
  if (type->u.ty.builtin && (wrapper = pml_slot_wrapper_lookup (type, name)) != NULL)
    return wrapper;
  /* the methods of str, list, dict...: their tables' descriptors */
  if (type->u.ty.builtin && type->u.ty.tp != NULL && type->u.ty.tp->methods != NULL)
    for (const PmlMethodDef *m = type->u.ty.tp->methods; m->name != NULL; m++)
      if (strcmp (m->name, name) == 0)
        return pml_method_descr_object (m, type);
  if (type == TYPE (T_TYPE) && strcmp (name, "mro") == 0)
    {
      static const TypeMethod mro = { T_TYPE, "mro", m_type_mro };
      PmlObj *d = g_hash_table_lookup (VM->method_descriptors, &mro);

      if (d == NULL)
        {
          d = pml_obj_new_static (TYPE (T_METHOD_DESCR), K_BUILTIN);
          d->u.bf.owner = type;
          d->u.bf.fn = mro.fn;
          d->u.bf.name = mro.name;
          d->flags |= OBJ_METHOD_DESCR;
          g_hash_table_insert (VM->method_descriptors, (gpointer) &mro, d);
        }
      return d;
    }
  /* the methods of str, list, dict, ...: str.lower is their descriptor */
  if (type->u.ty.builtin && type->u.ty.inst_kind != K_INSTANCE && type->u.ty.inst_kind != K_OBJECT
      && type->u.ty.inst_kind != K_TYPE)
    {
      PmlObj probe = { 0 }, *d;

      probe.type = type;
      probe.kind = (guint16) type->u.ty.inst_kind;
      d = pml_builtin_method_descriptor (&probe, name);
      if (d != NULL)
        pml_decref (d);   /* static, kept by the table of descriptors */
      return d;
    }
  return NULL;
}

/* ---- attribute lookup ---- */

static PmlObj *
no_attribute (PmlObj *o, PmlObj *name)
{
  /* the "Did you mean" is added where the lookup fails (pml-py-suggest.c) */
  pml_err_set (T_ATTRIBUTE_ERROR, "'%s' object has no attribute '%s'", pml_type_name (o), name->u.s.s);
  return NULL;
}

/* _PyObject_GenericGetAttrWithDict; with @suppress a missing attribute
 * returns NULL with no error set, and no AttributeError is made */
static PmlObj *
generic_getattr (PmlObj *o, PmlObj *name, gboolean suppress)
{
  PmlObj *type = o->type, *descr, *r;
  gboolean found = FALSE;
  int kind = DESCR_NONE;

  if (strcmp (name->u.s.s, "__class__") == 0)
    return pml_incref (type);
  if (o->kind == K_INSTANCE && type->u.ty.builtin)
    {
      r = descr_own_attr (o, name->u.s.s, &found);
      if (found)
        return r;
    }
  descr = pml_mro_lookup (type, name->u.s.s);
  if (descr != NULL)
    {
      pml_incref (descr);
      kind = pml_descr_kind (descr);
      if (kind == DESCR_DATA)
        {
          pml_native_hold (descr, "the descriptor being read");
          r = pml_descr_get (descr, o, type);
          pml_native_release (1);
          pml_decref (descr);
          return r;
        }
    }
  if (pml_inst_attrs (o) != NULL)
    {
      r = pml_instance_getattr (o, name, &found);
      if (found || pml_err_occurred ())
        {
          pml_xdecref (descr);
          return r;
        }
    }
  if (descr == NULL)
    return suppress ? NULL : no_attribute (o, name);
  if (kind == DESCR_NONDATA)
    {
      pml_native_hold (descr, "the descriptor being read");
      r = pml_descr_get (descr, o, type);
      pml_native_release (1);
      pml_decref (descr);
      return r;
    }
  return descr;
}

/* PyObject_GenericGetAttr */
PmlObj *
pml_object_generic_getattr (PmlObj *o, PmlObj *name)
{
  return generic_getattr (o, name, FALSE);
}

/* the same, a missing attribute NULL with no error */
PmlObj *
pml_object_generic_lookup (PmlObj *o, PmlObj *name)
{
  return generic_getattr (o, name, TRUE);
}

/* _PyObject_LookupAttr, for getattr with a default and hasattr: where
 * the lookup is the generic one, CPython learns that the attribute is
 * missing without raising, so no AttributeError object is made (nor
 * counted by the collector); elsewhere the error is raised and cleared.
 * NULL with *missing FALSE: another error, still set. */
PmlObj *
pml_lookup_attr (PmlObj *o, PmlObj *name, gboolean *missing)
{
  const PmlTypeSlots *tp = pml_slots (o);
  PmlObj *r;

  if (strcmp (name->u.s.s, "__class__") == 0)
    r = pml_getattr (o, name);
  else if (tp->getattro == pml_object_generic_getattr)
    r = generic_getattr (o, name, TRUE);
  else if (pml_class_lookup_attr (o, name, &r))
    ;
  else if (tp->getattro == NULL || tp->getattro == pml_object_getattro)
    r = pml_builtin_method_lookup (o, name->u.s.s);
  else
    r = pml_getattr (o, name);
  *missing = r == NULL && (!pml_err_occurred () || pml_err_matches (VM->exc, TYPE (T_ATTRIBUTE_ERROR)));
  if (*missing)
    pml_err_clear ();
  return r;
}

/* slot_tp_getattr_hook: __getattribute__, then __getattr__ on AttributeError */
PmlObj *
pml_instance_getattro (PmlObj *o, PmlObj *name)
{
  PmlObj *ga = pml_mro_lookup_override (o->type, "__getattribute__");
  PmlObj *hook = pml_mro_lookup_override (o->type, "__getattr__");
  PmlObj *r;

  if (ga != NULL)
    r = call_with_self (ga, o, name, NULL);
  else
    r = pml_object_generic_getattr (o, name);
  if (r == NULL && hook != NULL && pml_err_matches (VM->exc, TYPE (T_ATTRIBUTE_ERROR)))
    {
      pml_err_clear ();
      r = call_with_self (hook, o, name, NULL);
    }
  return r;
}

/* PyObject_GenericSetAttr; @v NULL deletes */
static gboolean
same_layout (PmlObj *a, PmlObj *b)
{
  if (pml_subtype_root (a) != pml_subtype_root (b) || a->u.ty.basicsize != b->u.ty.basicsize
      || a->u.ty.has_dict != b->u.ty.has_dict || a->u.ty.has_weakref != b->u.ty.has_weakref)
    return FALSE;
  if (a->u.ty.slots == NULL || b->u.ty.slots == NULL)
    return a->u.ty.slots == b->u.ty.slots;
  return pml_eq (a->u.ty.slots, b->u.ty.slots) == 1;
}

/* object_set_class: obj.__class__ = Other between classes of one layout */
static gboolean
set_class (PmlObj *o, PmlObj *v)
{
  PmlObj *old = o->type, *d;

  if (v == NULL)
    return pml_err_set (T_TYPE_ERROR, "can't delete __class__ attribute") != NULL;
  if (v->kind != K_TYPE)
    return pml_err_set (T_TYPE_ERROR, "__class__ must be set to a class, not '%s' object", pml_type_name (v)) != NULL;
  if (old->u.ty.builtin || v->u.ty.builtin || o->kind != K_INSTANCE || old->u.ty.is_exception != v->u.ty.is_exception)
    return pml_err_set (T_TYPE_ERROR, "__class__ assignment only supported for mutable types or ModuleType subclasses") != NULL;
  if (!same_layout (old, v))
    return pml_err_set (T_TYPE_ERROR, "__class__ assignment: '%s' object layout differs from '%s'", v->u.ty.name, old->u.ty.name) != NULL;
  /* the attributes leave the old class's shared keys for a dict of their own */
  if (old->u.ty.has_dict)
    {
      if ((d = pml_getattr_cstr (o, "__dict__")) == NULL)
        return FALSE;
      pml_decref (d);
    }
  o->type = pml_incref (v);
  pml_decref (old);
  return TRUE;
}

gboolean
pml_object_generic_setattr (PmlObj *o, PmlObj *name, PmlObj *v)
{
  PmlObj *descr;

  if (strcmp (name->u.s.s, "__class__") == 0 && o->kind == K_INSTANCE)
    return set_class (o, v);
  descr = pml_mro_lookup (o->type, name->u.s.s);

  if (descr != NULL && pml_descr_kind (descr) == DESCR_DATA)
    {
      gboolean ok;

      pml_incref (descr);
      pml_native_hold (descr, "the descriptor being set");
      ok = pml_descr_set (descr, o, v);
      pml_native_release (1);
      pml_decref (descr);
      return ok;
    }
  if (pml_inst_attrs (o) == NULL)
    {
      no_attribute (o, name);
      return FALSE;
    }
  return pml_instance_setattr (o, name, v);
}

gboolean
pml_instance_setattro (PmlObj *o, PmlObj *name, PmlObj *v)
{
  PmlObj *hook = pml_mro_lookup_override (o->type, v ? "__setattr__" : "__delattr__");
  PmlObj *r;

  if (hook == NULL)
    return pml_object_generic_setattr (o, name, v);
  r = call_with_self (hook, o, name, v);
  if (r == NULL)
    return FALSE;
  pml_decref (r);
  return TRUE;
}

/* type_getattro, after the type's own fields */
PmlObj *
pml_type_getattro (PmlObj *t, PmlObj *name)
{
  const char *n = name->u.s.s;
  PmlObj *descr;

  if (strcmp (n, "__bases__") == 0)
    {
      if (t->u.ty.bases != NULL)
        return pml_incref (t->u.ty.bases);
      return t->u.ty.base ? pml_tuple_pack (1, t->u.ty.base) : pml_incref (VM->empty_tuple);
    }
  /* type's own __dict__ descriptor wins over the class's: a new
     read-only view of the class's dict at every read */
  if (strcmp (n, "__dict__") == 0 && t->u.ty.dict != NULL)
    return pml_mappingproxy_new (t->u.ty.dict);
  if (strcmp (n, "__dict__") == 0 && t->u.ty.builtin)
    {
      PmlObj *d = pml_builtin_type_dict (t), *proxy;

      if (d == NULL)
        return NULL;
      proxy = pml_mappingproxy_new (d);
      pml_decref (d);
      return proxy;
    }
  if (strcmp (n, "__mro__") == 0 && t->u.ty.mro == NULL)
    {
      PmlObj *l = m_type_mro (t, NULL, 0, NULL), *tu;

      if (l == NULL)
        return NULL;
      tu = pml_tuple_from_array (l->u.l.items, l->u.l.n);
      pml_decref (l);
      return tu;
    }
  descr = pml_mro_lookup (t, n);
  if (descr != NULL && descr->kind == K_BUILTIN && (descr->flags & OBJ_CLASS_METHOD))
    return bind_class_method (descr, t);
  /* type's own methods bind to the class, unless its MRO has them */
  if (descr == NULL && (descr = pml_builtin_type_attr (TYPE (T_TYPE), n)) != NULL
      && descr->kind == K_BUILTIN && (descr->flags & OBJ_METHOD_DESCR))
    return bind_builtin (descr, t);
  /* a class method of a built-in type, bound to the class it is read
     from (OrderedDict.fromkeys) */
  if (descr != NULL && descr->kind == K_BUILTIN && (descr->flags & OBJ_METHOD_DESCR)
      && strcmp (n, "fromkeys") == 0 && t != TYPE (T_DICT))
    return bind_class_method (descr, t);
  if (descr != NULL)
    return pml_descr_kind (descr) != DESCR_NONE ? pml_descr_get (descr, NULL, t) : pml_incref (descr);
  if (strcmp (n, "__module__") == 0)
    {
      /* type_module (): the part of a built-in type's tp_name before its
         last dot */
      const char *dot = strrchr (t->u.ty.name, '.');

      if (t->u.ty.builtin && dot != NULL)
        return pml_str_new (t->u.ty.name, dot - t->u.ty.name);
      return pml_str_intern_cstr ("builtins");
    }
  if (strcmp (n, "__doc__") == 0)
    return pml_incref (NONE);
  return pml_err_set (T_ATTRIBUTE_ERROR, "type object '%s' has no attribute '%s'", t->u.ty.name, n);
}

static gboolean
add_descr (PmlObj *cls, PmlTypeId id, PmlObj *name)
{
  PmlObj *d;
  gboolean ok;

  if (pml_dict_get (cls->u.ty.dict, name, &(gboolean) { 0 }) != NULL)
    return TRUE;
  d = pml_descr_instance_new (id, GS_NSLOTS);
  if (d == NULL)
    return FALSE;
  d->u.inst.slots[GS_TYPE] = pml_incref (cls);
  d->u.inst.slots[GS_NAME] = pml_incref (name);
  ok = pml_dict_set (cls->u.ty.dict, name, d);
  pml_decref (d);
  return ok;
}

/* PyType_Ready's additions to a new class's dict: a member descriptor
   per slot, the __dict__ and __weakref__ descriptors the class adds, and
   __doc__ */
gboolean
pml_class_add_descriptors (PmlObj *cls, gboolean add_dict, gboolean add_weakref)
{
  PmlObj *slots = cls->u.ty.slots, *name;
  gboolean ok = TRUE;

  for (gsize i = 0; slots != NULL && ok && i < slots->u.t.n; i++)
    {
      const char *n = slots->u.t.items[i]->u.s.s;

      if (strcmp (n, "__dict__") != 0 && strcmp (n, "__weakref__") != 0)
        ok = add_descr (cls, T_MEMBER, slots->u.t.items[i]);
    }
  if (ok && add_dict)
    {
      name = pml_str_intern_cstr ("__dict__");
      ok = add_descr (cls, T_GETSET, name);
      pml_decref (name);
    }
  if (ok && add_weakref)
    {
      name = pml_str_intern_cstr ("__weakref__");
      ok = add_descr (cls, T_GETSET, name);
      pml_decref (name);
    }
  if (ok && pml_dict_get_str (cls->u.ty.dict, "__doc__") == NULL)
    ok = pml_dict_set_str (cls->u.ty.dict, "__doc__", NONE);
  /* defining __eq__ alone makes the instances unhashable */
  if (ok && pml_dict_get_str (cls->u.ty.dict, "__eq__") != NULL
      && pml_dict_get_str (cls->u.ty.dict, "__hash__") == NULL)
    ok = pml_dict_set_str (cls->u.ty.dict, "__hash__", NONE);
  return ok;
}

/* type_new_staticmethod and type_new_classmethod: a class's __new__
   function is a static method, its __init_subclass__ and
   __class_getitem__ class methods (without the copied attributes) */
gboolean
pml_class_wrap_new (PmlObj *cls)
{
  static const struct { const char *name; PmlTypeId wrapper; } implicit[] = {
    { "__new__", T_STATICMETHOD },
    { "__init_subclass__", T_CLASSMETHOD },
    { "__class_getitem__", T_CLASSMETHOD },
  };

  for (guint i = 0; i < G_N_ELEMENTS (implicit); i++)
    {
      PmlObj *f = pml_dict_get_str (cls->u.ty.dict, implicit[i].name), *w;
      gboolean ok;

      if (f == NULL || f->kind != K_FUNCTION)
        continue;
      w = pml_descr_instance_new (implicit[i].wrapper, CM_NSLOTS);
      if (w == NULL)
        return FALSE;
      w->u.inst.slots[CM_CALLABLE] = pml_incref (f);
      ok = pml_dict_set_str (cls->u.ty.dict, implicit[i].name, w);
      pml_decref (w);
      if (!ok)
        return FALSE;
    }
  return TRUE;
}

/* type_new_init_subclass: super(cls, cls).__init_subclass__(**kwargs) */
gboolean
pml_class_init_subclass (PmlObj *cls, PmlObj *kwargs)
{
  PmlObj *mro = cls->u.ty.mro, *hook = NULL, *bound, *r;

  for (gsize i = 1; mro != NULL && i < mro->u.t.n && hook == NULL; i++)
    if (mro->u.t.items[i]->u.ty.dict != NULL)
      hook = pml_dict_get_str (mro->u.t.items[i]->u.ty.dict, "__init_subclass__");
  if (hook == NULL && kwargs == NULL)
    return TRUE;
  if (hook == NULL)
    hook = pml_builtin_type_attr (TYPE (T_OBJECT), "__init_subclass__");
  pml_incref (hook);
  bound = pml_descr_kind (hook) != DESCR_NONE ? pml_descr_get (hook, NULL, cls) : pml_incref (hook);
  pml_decref (hook);
  if (bound == NULL)
    return FALSE;
  r = pml_call_kwdict (bound, NULL, 0, kwargs);
  pml_decref (bound);
  if (r == NULL)
    return FALSE;
  pml_decref (r);
  return TRUE;
}

/* type_new's __set_name__ calls, in the class dict's order */
gboolean
pml_class_set_names (PmlObj *cls)
{
  gsize pos = 0;
  PmlObj *k, *v;
  GPtrArray *pairs = g_ptr_array_new ();
  gboolean ok = TRUE;

  while (pml_dict_next (cls->u.ty.dict, &pos, &k, &v))
    if (v->kind == K_INSTANCE && pml_mro_lookup (v->type, "__set_name__") != NULL)
      {
        g_ptr_array_add (pairs, pml_incref (k));
        g_ptr_array_add (pairs, pml_incref (v));
      }
  for (guint i = 0; ok && i < pairs->len; i += 2)
    {
      PmlObj *f = pml_mro_lookup (((PmlObj *) pairs->pdata[i + 1])->type, "__set_name__");
      PmlObj *r = f ? call_with_self (f, pairs->pdata[i + 1], cls, pairs->pdata[i]) : NULL;

      if (r == NULL)
        {
          if (f != NULL)
            {
              ok = FALSE;
              break;
            }
          continue;
        }
      pml_decref (r);
    }
  for (guint i = 0; i < pairs->len; i++)
    pml_decref (pairs->pdata[i]);
  g_ptr_array_unref (pairs);
  return ok;
}

/* ---- the built-in names ---- */

static int
subclass_of (PmlObj *cls, PmlObj *info)
{
  if (info->kind == K_TYPE)
    {
      int r = pml_metaclass_check (info, cls, FALSE);

      return r != 2 ? r : pml_type_is_subtype (cls, info);
    }
  if (info->kind == K_TUPLE)
    {
      for (gsize i = 0; i < info->u.t.n; i++)
        {
          int r = subclass_of (cls, info->u.t.items[i]);

          if (r != 0)
            return r;
        }
      return 0;
    }
  pml_err_set (T_TYPE_ERROR, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
  return -1;
}

static PmlObj *
b_issubclass (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  int r;

  (void) self;
  if (kwnames != NULL && kwnames->u.t.n > 0)
    return pml_err_set (T_TYPE_ERROR, "issubclass() takes no keyword arguments");
  if (nargs != 2)
    return pml_err_set (T_TYPE_ERROR, "issubclass expected 2 arguments, got %zu", nargs);
  if (args[0]->kind != K_TYPE)
    return pml_err_set (T_TYPE_ERROR, "issubclass() arg 1 must be a class");
  r = subclass_of (args[0], args[1]);
  return r < 0 ? NULL : pml_incref (BOOL (r));
}

void
pml_class_builtins_init (void)
{
  static const PmlTypeId types[] = { T_PROPERTY, T_CLASSMETHOD, T_STATICMETHOD, T_SUPER };
  PmlObj *b;

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    pml_dict_set_str (VM->builtins, TYPE (types[i])->u.ty.name, TYPE (types[i]));
  b = pml_builtin_new ("issubclass", b_issubclass, NULL);
  pml_dict_set_str (VM->builtins, "issubclass", b);
  pml_decref (b);
}
