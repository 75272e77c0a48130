/* pml-py-class-slots.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-subtype.h"
#include "pml-py-traceback.h"

/* Instances: the slots of exceptions, and those of classes, which call the
 * class's dunder methods (typeobject.c's slot_* functions). A class gets
 * its own table, a copy of its built-in base's with a slot filled for each
 * dunder method found in the class or its bases, as CPython's
 * fixup_slot_dispatchers; so len() of an instance without __len__ fails
 * exactly as for any type without the slot. */

/* ---- instances: attributes ---- */

/* BaseException's getsets (args, __cause__, ...) and those of OSError
   and SyntaxError; *found FALSE: @name is none of them */
static PmlObj *
exception_attr (PmlObj *o, PmlObj *name, gboolean *found)
{
  const char *n = name->u.s.s;
  PmlObj *v;

  *found = TRUE;
  if (strcmp (n, "args") == 0)
    return pml_incref (o->u.inst.exc_args ? o->u.inst.exc_args : VM->empty_tuple);
  if (strcmp (n, "__cause__") == 0)
    return pml_incref (o->u.inst.exc_cause ? o->u.inst.exc_cause : NONE);
  if (strcmp (n, "__context__") == 0)
    return pml_incref (o->u.inst.exc_context ? o->u.inst.exc_context : NONE);
  if (strcmp (n, "__traceback__") == 0)
    return pml_exc_traceback (o);
  if (strcmp (n, "__suppress_context__") == 0)
    return pml_incref (BOOL (o->u.inst.exc_suppress_context));
  if (strcmp (n, "code") == 0 && pml_type_is_subtype (o->type, TYPE (T_SYSTEM_EXIT)))
    return pml_system_exit_code (o);
  if (strcmp (n, "value") == 0 && pml_type_is_subtype (o->type, TYPE (T_STOP_ITERATION)))
    {
      /* StopIteration_init: value is the first argument, or None */
      PmlObj *args = o->u.inst.exc_args;

      return pml_incref (args != NULL && args->u.t.n > 0 ? args->u.t.items[0] : NONE);
    }
  if ((v = pml_exc_detail_field (o, n)) != NULL)
    return v;
  if (pml_exc_field_get (o, n, &v))
    return v;
  *found = FALSE;
  return NULL;
}

static PmlObj *
instance_getattro (PmlObj *o, PmlObj *name)
{
  gboolean found;
  PmlObj *v;

  if (o->type->u.ty.is_exception)
    {
      v = exception_attr (o, name, &found);
      if (found)
        return v;
    }
  if (o->type == TYPE (T_SUPER))
    {
      v = pml_super_getattr (o, name, &found);
      if (found || pml_err_occurred ())
        return v;
      return pml_object_generic_getattr (o, name);
    }
  return pml_instance_getattro (o, name);
}

/* _PyObject_LookupAttr on an instance whose lookup instance_getattro
   leaves to the generic one (no super, no __getattribute__ or
   __getattr__: CPython's tp_getattro is then PyObject_GenericGetAttr):
   TRUE, with *r the attribute or NULL with no error when it is missing.
   FALSE: not such an instance, nothing looked up */
gboolean
pml_class_lookup_attr (PmlObj *o, PmlObj *name, PmlObj **r)
{
  PmlObj *type = o->type;
  gboolean found;

  if (pml_slots (o)->getattro != instance_getattro || type == TYPE (T_SUPER)
      || pml_mro_lookup_override (type, "__getattribute__") != NULL
      || pml_mro_lookup_override (type, "__getattr__") != NULL)
    return FALSE;
  if (type->u.ty.is_exception)
    {
      *r = exception_attr (o, name, &found);
      if (found)
        return TRUE;
    }
  *r = pml_object_generic_lookup (o, name);
  return TRUE;
}

/* BaseException's getset setters: __context__ and __cause__ (which
   also sets __suppress_context__), and __suppress_context__; FALSE with
   *handled unset: not one of them */
static gboolean
exception_setattr (PmlObj *o, PmlObj *name, PmlObj *v, gboolean *handled)
{
  const char *n = name->u.s.s;
  gboolean cause = strcmp (n, "__cause__") == 0;

  *handled = TRUE;
  if (cause || strcmp (n, "__context__") == 0)
    {
      if (v == NULL)
        {
          pml_err_set (T_TYPE_ERROR, "%s may not be deleted", n);
          return FALSE;
        }
      if (v != NONE && !(v->kind == K_INSTANCE && v->type->u.ty.is_exception))
        {
          pml_err_set (T_TYPE_ERROR, "exception %s must be None or derive from BaseException",
                       cause ? "cause" : "context");
          return FALSE;
        }
      if (cause)
        {
          PML_SETREF (o->u.inst.exc_cause, v != NONE ? pml_incref (v) : NULL);
          o->u.inst.exc_suppress_context = TRUE;
        }
      else
        PML_SETREF (o->u.inst.exc_context, v != NONE ? pml_incref (v) : NULL);
      return TRUE;
    }
  if (pml_exc_field_set (o, n, v, handled))
    return TRUE;
  if (*handled)
    return FALSE;
  *handled = TRUE;
  if (strcmp (n, "__suppress_context__") == 0 && v != NULL)
    {
      int t = pml_truth (v);

      if (t < 0)
        return FALSE;
      o->u.inst.exc_suppress_context = t;
      return TRUE;
    }
  *handled = FALSE;
  return FALSE;
}

static gboolean
instance_setattro (PmlObj *o, PmlObj *name, PmlObj *v)
{
  if (o->type->u.ty.is_exception && strcmp (name->u.s.s, "__traceback__") == 0)
    return pml_exc_set_traceback (o, v);
  if (o->type->u.ty.is_exception)
    {
      gboolean handled, ok = exception_setattr (o, name, v, &handled);

      if (handled)
        return ok;
    }
  return pml_instance_setattro (o, name, v);
}

/* ---- exceptions ---- */

static PmlObj *
exception_repr (PmlObj *o)
{
  PmlObj *args = o->u.inst.exc_args;
  GString *out = g_string_new (o->type->u.ty.name);

  if (args && args->u.t.n == 1)
    {
      g_string_append_c (out, '(');
      if (!pml_append_repr (out, args->u.t.items[0]))
        {
          g_string_free (out, TRUE);
          return NULL;
        }
      g_string_append_c (out, ')');
    }
  else if (args && !pml_append_repr (out, args))
    {
      g_string_free (out, TRUE);
      return NULL;
    }
  else if (!args)
    g_string_append (out, "()");
  return pml_str_from_gstring (out);
}

static PmlObj *
exception_str (PmlObj *o)
{
  char *msg = pml_exc_message (o);

  return pml_str_new_take (msg, strlen (msg));
}

void pml_instance_dealloc (PmlObj *o);

/* an instance frees itself: __del__, then its values, dict and block */
static gboolean
instance_dealloc (PmlObj *o)
{
  pml_instance_dealloc (o);
  return TRUE;
}

static void
instance_traverse (PmlObj *o, PmlVisitFunc visit, gpointer data)
{
  for (gsize i = 0; i < o->u.inst.nslots; i++)
    PML_VISIT (o->u.inst.slots[i]);
  if (o->u.inst.values != NULL)
    for (gsize i = 0; i < o->u.inst.nvalues; i++)
      PML_VISIT (o->u.inst.values[i]);
  PML_VISIT (o->u.inst.dict);
  PML_VISIT (o->u.inst.exc_args);
  PML_VISIT (o->u.inst.exc_cause);
  PML_VISIT (o->u.inst.exc_context);
  PML_VISIT (o->u.inst.exc_tb_obj);
  for (guint i = 0; i < G_N_ELEMENTS (o->u.inst.exc_fields); i++)
    PML_VISIT (o->u.inst.exc_fields[i]);
  if (!(o->type->flags & OBJ_STATIC))
    PML_VISIT (o->type);
}

/* the values named by the class's shared keys, __slots__, the dict */
static void
instance_referents (PmlObj *o, PmlEdgeFunc edge, gpointer data)
{
  GPtrArray *keys = o->type->u.ty.shared ? o->type->u.ty.shared->names : NULL;
  PmlObj *slots = o->type->u.ty.slots;

  for (gsize i = 0; i < o->u.inst.nvalues && o->u.inst.values != NULL; i++)
    if (edge (o->u.inst.values[i], keys != NULL && i < keys->len ? pml_name_label (keys->pdata[i]) : NULL, FALSE, data))
      return;
  for (gsize i = 0; i < o->u.inst.nslots; i++)
    if (edge (o->u.inst.slots[i], slots != NULL && i < slots->u.t.n ? pml_name_label (slots->u.t.items[i]) : NULL,
              FALSE, data))
      return;
  if (!edge (o->u.inst.dict, "__dict__", FALSE, data))
    edge (o->u.inst.exc_args, "args", FALSE, data);
}

/* BaseException.__new__: the arguments kept as args */
static PmlObj *
exception_new (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *t = pml_tuple_from_array (args, pml_positional (nargs, kwnames)), *exc;

  if (t == NULL)
    return NULL;
  exc = pml_err_new (type, t);
  pml_decref (t);
  if (exc != NULL && !pml_exc_fields_init (exc, args, nargs, kwnames))
    PML_CLEAR (exc);
  return exc;
}

/* self.__init__ (*args) or cls.__new__ (cls, *args): @first, then the arguments */
static PmlObj *
call_prepended (PmlObj *f, PmlObj *first, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *stack[32], **argv = nargs + 1 <= 32 ? stack : g_new (PmlObj *, nargs + 1), *r;

  argv[0] = first;
  if (nargs > 0)
    memcpy (argv + 1, args, nargs * sizeof (PmlObj *));
  pml_incref (f);
  pml_native_hold (f, "the method being called");
  r = pml_call (f, argv, nargs + 1, kwnames);
  pml_native_release (1);
  pml_decref (f);
  if (argv != stack)
    g_free (argv);
  return r;
}

/* calling a class (type_call): tp_new, __new__ or the built-in base's,
 * then tp_init, __init__ or the built-in base's */
static PmlObj *
class_new_instance (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *init = pml_mro_lookup_override (type, "__init__"), *new, *self = NULL, *r;
  PmlTpCallArgs packed;
  guint held = 0;

  if (!pml_tp_call_args_init (&packed, args, nargs, kwnames))
    return NULL;
  /* type_call's tuple and dict live until __init__ is back */
  if (packed.args != NULL && ++held)
    pml_native_hold (packed.args, "the call's arguments as a tuple");
  if (packed.kwargs != NULL && ++held)
    pml_native_hold (packed.kwargs, "the call's keywords as a dict");
  new = type->u.ty.is_exception ? NULL : pml_mro_lookup_override (type, "__new__");
  if (init == NULL && new == NULL && nargs > 0 && !type->u.ty.is_exception
      && pml_subtype_base (pml_subtype_root (type)) == NULL)
    {
      pml_err_set (T_TYPE_ERROR, "%s() takes no arguments", type->u.ty.name);
      goto out;
    }
  if (new != NULL)
    {
      /* slot_tp_new: __new__(cls, *args); __init__ only for an instance of cls */
      PmlObj *f = pml_descr_get (new, NULL, type);

      if (f == NULL)
        goto out;
      self = call_prepended (f, type, args, nargs, kwnames);
      pml_decref (f);
      if (self == NULL || !pml_type_is_subtype (self->type, type))
        goto out;
    }
  else
    {
      /* object.__new__ refuses an abstract class; a built-in base's
         tp_new does not look */
      gboolean plain = pml_subtype_base (pml_subtype_root (type)) == NULL;

      self = !plain || pml_class_check_abstract (type) ? pml_subtype_new (type, args, nargs, kwnames) : NULL;
    }
  if (self == NULL)
    goto out;
  if (type->u.ty.is_exception)
    self->u.inst.exc_args = pml_incref (packed.args ? packed.args : VM->empty_tuple);
  if (init == NULL)
    {
      if (!pml_subtype_init (self, args, nargs, kwnames))
        PML_CLEAR (self);
      goto out;
    }
  pml_native_hold (self, "the object being made");
  r = call_prepended (init, self, args, nargs, kwnames);
  pml_native_release (1);
  if (r != NULL && r != NONE)
    {
      pml_err_set (T_TYPE_ERROR, "__init__() should return None, not '%s'", pml_type_name (r));
      PML_CLEAR (r);
    }
  if (r == NULL)
    PML_CLEAR (self);
  pml_xdecref (r);

out:
  pml_native_release (held);
  pml_tp_call_args_clear (&packed);
  return self;
}

void pml_exc_forget_traceback (PmlObj *exc);

static void
instance_free_host (PmlObj *o)
{
  g_free (o->u.inst.values);
  g_free (o->u.inst.slots);
  g_free (o->u.inst.exc_suggestion);
  g_clear_pointer (&o->u.inst.native, g_free);
  pml_exc_forget_traceback (o);
}

const PmlTypeSlots pml_exception_slots = {
  .repr = exception_repr,
  .str = exception_str,
  .hash = pml_object_hash,
  .richcompare = pml_object_richcompare,
  .getattro = instance_getattro,
  .setattro = instance_setattro,
  .dealloc = instance_dealloc,
  .traverse = instance_traverse,
  .clear = pml_instance_clear,
  .referents = instance_referents,
  .flags = PML_TPFLAGS_HAVE_GC | PML_TPFLAGS_WEAKREFABLE,
  .new_instance = exception_new,
  .free_host = instance_free_host,
};

static PmlObj *
descriptor_new (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *r = pml_descr_type_call (type, args, nargs, kwnames);

  if (r == NULL && !pml_err_occurred ())
    return pml_err_set (T_TYPE_ERROR, "cannot create '%s' instances", type->u.ty.name);
  return r;
}

/* property, classmethod, staticmethod and super: built-in types whose
 * instances keep their fields in the instance's slots array */
const PmlTypeSlots pml_descriptor_slots = {
  .repr = pml_descriptor_repr,
  .hash = pml_object_hash,
  .richcompare = pml_object_richcompare,
  .getattro = instance_getattro,
  .setattro = instance_setattro,
  .dealloc = instance_dealloc,
  .traverse = instance_traverse,
  .clear = pml_instance_clear,
  .referents = instance_referents,
  .flags = PML_TPFLAGS_HAVE_GC,
  .new_instance = descriptor_new,
  .free_host = instance_free_host,
};

/* ---- classes: calling the dunder methods ---- */

/* the first of the MRO's classes (not built-in types) defining name */
PmlObj *
pml_class_lookup (PmlObj *type, const char *name)
{
  PmlObj *mro = type->u.ty.mro;
  gsize n = mro ? mro->u.t.n : 0;

  for (gsize i = 0; i < n; i++)
    {
      PmlObj *t = mro->u.t.items[i];
      PmlObj *v = t->u.ty.builtin || t->u.ty.dict == NULL ? NULL : pml_dict_get_str (t->u.ty.dict, name);

      if (v != NULL)
        return v;
    }
  for (PmlObj *t = mro ? NULL : type; t != NULL && !t->u.ty.builtin; t = t->u.ty.base)
    {
      PmlObj *v = pml_dict_get_str (t->u.ty.dict, name);

      if (v != NULL)
        return v;
    }
  return NULL;
}

/* self.name(*args) through the class; NULL and found FALSE when the
 * class has no such method */
static PmlObj *
call_method (PmlObj *self, const char *name, PmlObj **args, gsize nargs, gboolean *found)
{
  PmlObj *f = pml_class_lookup (self->type, name), *argv[4], *r;

  *found = f != NULL;
  if (f == NULL)
    return NULL;
  argv[0] = self;
  for (gsize i = 0; i < nargs && i < 3; i++)
    argv[i + 1] = args[i];
  pml_incref (f);
  pml_native_hold (f, "the method being called");
  r = pml_call (f, argv, nargs + 1, NULL);
  pml_native_release (1);
  pml_decref (f);
  return r;
}

/* a method the class must have: its slot was filled because of it */
static PmlObj *
call_slot (PmlObj *self, const char *name, PmlObj **args, gsize nargs)
{
  gboolean found;
  PmlObj *r = call_method (self, name, args, nargs, &found);

  if (!found)
    return pml_err_set (T_ATTRIBUTE_ERROR, "%s", name);
  return r;
}

/* the built-in type the class derives from, whose slots it starts with */
static const PmlTypeSlots *
builtin_base_slots (PmlObj *type)
{
  PmlObj *t = type;

  while (t != NULL && !t->u.ty.builtin)
    t = t->u.ty.base;
  return t != NULL && t->u.ty.tp != NULL ? t->u.ty.tp : &pml_object_slots;
}

static PmlObj *
checked_string (PmlObj *r, const char *name)
{
  if (r != NULL && r->type != TYPE (T_STR))
    {
      pml_err_set (T_TYPE_ERROR, "%s returned non-string (type %s)", name, pml_type_name (r));
      PML_CLEAR (r);
    }
  return r;
}

static PmlObj *
slot_repr (PmlObj *o)
{
  return checked_string (call_slot (o, "__repr__", NULL, 0), "__repr__");
}

static PmlObj *
slot_str (PmlObj *o)
{
  return checked_string (call_slot (o, "__str__", NULL, 0), "__str__");
}

static gint64
slot_hash (PmlObj *o, gboolean *ok)
{
  PmlObj *r = call_slot (o, "__hash__", NULL, 0);
  gint64 h = -1;

  *ok = FALSE;
  if (r == NULL)
    return -1;
  if (r->type != TYPE (T_INT) && r->type != TYPE (T_BOOL))
    pml_err_set (T_TYPE_ERROR, "__hash__ method should return an integer");
  else if (pml_int_as_i64 (r, &h))
    *ok = TRUE;
  else
    h = pml_hash (r, ok);
  pml_decref (r);
  return h == -1 ? -2 : h;
}

static const char *const compare_names[] = {
  [OP_LT] = "__lt__", [OP_LE] = "__le__", [OP_EQ] = "__eq__",
  [OP_NE] = "__ne__", [OP_GT] = "__gt__", [OP_GE] = "__ge__",
};

/* the class's method, or object's behaviour (== by identity, != as the
 * inverse of ==) when it has none */
static PmlObj *
slot_richcompare (PmlObj *a, PmlObj *b, int op)
{
  gboolean found;
  PmlObj *r = call_method (a, compare_names[op], &b, 1, &found);

  if (found)
    return r;
  return builtin_base_slots (a->type)->richcompare (a, b, op);
}

static PmlObj *
slot_call (PmlObj *o, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *f = pml_class_lookup (o->type, "__call__"), *stack[16], **argv, *r;

  if (f == NULL)
    return pml_err_set (T_TYPE_ERROR, "'%s' object is not callable", pml_type_name (o));
  /* slot_tp_call counts the call against the recursion limit */
  if (!pml_recursion_enter (" while calling a Python object"))
    return NULL;
  argv = nargs + 1 <= 16 ? stack : g_new (PmlObj *, nargs + 1);
  argv[0] = o;
  if (nargs > 0)
    memcpy (argv + 1, args, nargs * sizeof (PmlObj *));
  pml_incref (f);
  pml_native_hold (f, "the method being called");
  r = pml_call (f, argv, nargs + 1, kwnames);
  pml_native_release (1);
  pml_decref (f);
  pml_recursion_leave ();
  if (argv != stack)
    g_free (argv);
  return r;
}

static PmlObj *
slot_iter (PmlObj *o)
{
  return call_slot (o, "__iter__", NULL, 0);
}

/* StopIteration ends the iteration: NULL without an error */
static PmlObj *
slot_iternext (PmlObj *o)
{
  PmlObj *r = call_slot (o, "__next__", NULL, 0);

  if (r == NULL && pml_err_occurred () && pml_type_is_subtype (VM->exc->type, TYPE (T_STOP_ITERATION)))
    pml_err_clear ();
  return r;
}

static gint64
slot_length (PmlObj *o)
{
  PmlObj *r = call_slot (o, "__len__", NULL, 0);
  gint64 n = -1;
  gboolean ok;

  if (r == NULL)
    return -1;
  ok = pml_index_value (r, &n);
  pml_decref (r);
  if (!ok)
    {
      if (VM->exc && VM->exc->type == TYPE (T_INDEX_ERROR))
        {
          pml_err_clear ();
          pml_err_set (T_OVERFLOW_ERROR, "cannot fit 'int' into an index-sized integer");
        }
      return -1;
    }
  if (n < 0)
    {
      pml_err_set (T_VALUE_ERROR, "__len__() should return >= 0");
      return -1;
    }
  return n;
}

static PmlObj *
slot_subscript (PmlObj *o, PmlObj *key)
{
  return call_slot (o, "__getitem__", &key, 1);
}

static const PmlTypeSlots *builtin_base_slots (PmlObj *type);

/* one slot for two methods: the one the class lacks is its built-in
   base's (a Counter's __setitem__ is dict's) */
static gboolean
slot_ass_subscript (PmlObj *o, PmlObj *key, PmlObj *v)
{
  PmlObj *args[2] = { key, v }, *r;
  const PmlTypeSlots *base = builtin_base_slots (o->type);

  if (base->ass_subscript != NULL && pml_class_lookup (o->type, v ? "__setitem__" : "__delitem__") == NULL)
    return base->ass_subscript (o, key, v);
  r = v ? call_slot (o, "__setitem__", args, 2) : call_slot (o, "__delitem__", args, 1);

  pml_xdecref (r);
  return r != NULL;
}

static int
slot_contains (PmlObj *o, PmlObj *item)
{
  PmlObj *r = call_slot (o, "__contains__", &item, 1);
  int t;

  if (r == NULL)
    return -1;
  t = pml_truth (r);
  pml_decref (r);
  return t;
}

static int
slot_bool (PmlObj *o)
{
  PmlObj *r = call_slot (o, "__bool__", NULL, 0);
  int t;

  if (r == NULL)
    return -1;
  t = r == TRUE_ ? 1 : r == FALSE_ ? 0 : -1;
  if (t < 0)
    pml_err_set (T_TYPE_ERROR, "__bool__ should return bool, returned %s", pml_type_name (r));
  pml_decref (r);
  return t;
}

static PmlObj *
slot_index (PmlObj *o)
{
  PmlObj *r = call_slot (o, "__index__", NULL, 0);

  if (r != NULL && r->type != TYPE (T_INT))
    {
      pml_err_set (T_TYPE_ERROR, "__index__ returned non-int (type %s)", pml_type_name (r));
      PML_CLEAR (r);
    }
  return r;
}

static PmlObj *slot_neg (PmlObj *o) { return call_slot (o, "__neg__", NULL, 0); }
static PmlObj *slot_pos (PmlObj *o) { return call_slot (o, "__pos__", NULL, 0); }
static PmlObj *slot_abs (PmlObj *o) { return call_slot (o, "__abs__", NULL, 0); }
static PmlObj *slot_invert (PmlObj *o) { return call_slot (o, "__invert__", NULL, 0); }

/* ---- binary operators ---- */

static const char *const binop_names[] = {
  [OP_ADD] = "add", [OP_SUB] = "sub", [OP_MUL] = "mul", [OP_DIV] = "truediv",
  [OP_FLOORDIV] = "floordiv", [OP_MOD] = "mod", [OP_POW] = "pow", [OP_LSHIFT] = "lshift",
  [OP_RSHIFT] = "rshift", [OP_AND] = "and", [OP_OR] = "or", [OP_XOR] = "xor", [OP_MATMUL] = "matmul",
};

static PmlBinaryFunc binary_slots[OP_MATMUL + 1];

/* self.name(other), NotImplemented when the class has no such method */
static PmlObj *
call_maybe (PmlObj *self, const char *name, PmlObj *other)
{
  gboolean found;
  PmlObj *r = call_method (self, name, &other, 1, &found);

  return found ? r : pml_incref (NOTIMPL);
}

/* the right operand's class overrides the reflected method */
static gboolean
method_is_overloaded (PmlObj *left, PmlObj *right, const char *name)
{
  PmlObj *b = pml_class_lookup (right, name);

  return b != NULL && b != pml_class_lookup (left, name);
}

/* SLOT1BINFULL: a.__op__(b), then b.__rop__(a); b's first when its class
 * is a subclass of a's that overrides __rop__ */
static PmlObj *
slot_binary (int op, PmlObj *a, PmlObj *b)
{
  PmlBinaryFunc mine = binary_slots[op];
  gboolean do_other = a->type != b->type && pml_slots (b)->nb[op] == mine;
  char name[24], rname[24];
  PmlObj *r;

  g_snprintf (name, sizeof name, "__%s__", binop_names[op]);
  g_snprintf (rname, sizeof rname, "__r%s__", binop_names[op]);
  if (pml_slots (a)->nb[op] == mine)
    {
      if (do_other && pml_type_is_subtype (b->type, a->type) && method_is_overloaded (a->type, b->type, rname))
        {
          r = call_maybe (b, rname, a);
          if (r != NOTIMPL)
            return r;
          pml_decref (r);
          do_other = FALSE;
        }
      r = call_maybe (a, name, b);
      if (r != NOTIMPL || a->type == b->type)
        return r;
      pml_decref (r);
    }
  if (do_other)
    return call_maybe (b, rname, a);
  return pml_incref (NOTIMPL);
}

/* a.__iop__(b); NotImplemented falls back to the binary operator */
static PmlObj *
slot_inplace (int op, PmlObj *a, PmlObj *b)
{
  char name[24];

  g_snprintf (name, sizeof name, "__i%s__", binop_names[op]);
  return call_maybe (a, name, b);
}

#define BINARY_SLOT(n, op) \
  static PmlObj *slot_##n (PmlObj *a, PmlObj *b) { return slot_binary (op, a, b); } \
  static PmlObj *slot_i##n (PmlObj *a, PmlObj *b) { return slot_inplace (op, a, b); }
BINARY_SLOT (add, OP_ADD) BINARY_SLOT (sub, OP_SUB) BINARY_SLOT (mul, OP_MUL) BINARY_SLOT (truediv, OP_DIV)
BINARY_SLOT (floordiv, OP_FLOORDIV) BINARY_SLOT (mod, OP_MOD) BINARY_SLOT (pow, OP_POW)
BINARY_SLOT (lshift, OP_LSHIFT) BINARY_SLOT (rshift, OP_RSHIFT) BINARY_SLOT (and, OP_AND)
BINARY_SLOT (or, OP_OR) BINARY_SLOT (xor, OP_XOR) BINARY_SLOT (matmul, OP_MATMUL)

static PmlBinaryFunc binary_slots[OP_MATMUL + 1] = {
  [OP_ADD] = slot_add, [OP_SUB] = slot_sub, [OP_MUL] = slot_mul, [OP_DIV] = slot_truediv,
  [OP_FLOORDIV] = slot_floordiv, [OP_MOD] = slot_mod, [OP_POW] = slot_pow, [OP_LSHIFT] = slot_lshift,
  [OP_RSHIFT] = slot_rshift, [OP_AND] = slot_and, [OP_OR] = slot_or, [OP_XOR] = slot_xor,
  [OP_MATMUL] = slot_matmul,
};

static const PmlBinaryFunc inplace_slots[OP_MATMUL + 1] = {
  [OP_ADD] = slot_iadd, [OP_SUB] = slot_isub, [OP_MUL] = slot_imul, [OP_DIV] = slot_itruediv,
  [OP_FLOORDIV] = slot_ifloordiv, [OP_MOD] = slot_imod, [OP_POW] = slot_ipow, [OP_LSHIFT] = slot_ilshift,
  [OP_RSHIFT] = slot_irshift, [OP_AND] = slot_iand, [OP_OR] = slot_ior, [OP_XOR] = slot_ixor,
  [OP_MATMUL] = slot_imatmul,
};

/* ---- filling a class's table ---- */

/* the slots a single dunder method fills (typeobject.c's slotdefs) */
typedef struct
{
  const char *name;
  gsize       offset;
  gpointer    func;
} SlotDef;

#define SLOTDEF(name, field, func) { name, G_STRUCT_OFFSET (PmlTypeSlots, field), (gpointer) func }
static const SlotDef slotdefs[] = {
  SLOTDEF ("__repr__", repr, slot_repr),
  SLOTDEF ("__str__", str, slot_str),
  SLOTDEF ("__call__", call, slot_call),
  SLOTDEF ("__iter__", iter, slot_iter),
  SLOTDEF ("__next__", iternext, slot_iternext),
  SLOTDEF ("__len__", length, slot_length),
  SLOTDEF ("__getitem__", subscript, slot_subscript),
  SLOTDEF ("__setitem__", ass_subscript, slot_ass_subscript),
  SLOTDEF ("__delitem__", ass_subscript, slot_ass_subscript),
  SLOTDEF ("__contains__", contains, slot_contains),
  SLOTDEF ("__bool__", nb_bool, slot_bool),
  SLOTDEF ("__index__", nb_index, slot_index),
  SLOTDEF ("__neg__", nb_negative, slot_neg),
  SLOTDEF ("__pos__", nb_positive, slot_pos),
  SLOTDEF ("__abs__", nb_absolute, slot_abs),
  SLOTDEF ("__invert__", nb_invert, slot_invert),
};
#undef SLOTDEF

/* type_new: a class defining __eq__ but not __hash__ gets __hash__ = None */
static PmlObj *
class_hash_method (PmlObj *type)
{
  PmlObj *mro = type->u.ty.mro;
  gsize n = mro ? mro->u.t.n : 0;

  for (gsize i = 0; i < n; i++)
    {
      PmlObj *t = mro->u.t.items[i], *h;

      /* a built-in type earlier in the MRO than a class defining
         __hash__ keeps its own (class Priority(int, Enum)) */
      if (t->u.ty.builtin && t != TYPE (T_OBJECT) && t->u.ty.dict == NULL
          && (h = pml_builtin_type_attr (t, "__hash__")) != NULL)
        return h == NONE ? NONE : NULL;
      if (t->u.ty.builtin || t->u.ty.dict == NULL)
        continue;
      if ((h = pml_dict_get_str (t->u.ty.dict, "__hash__")) != NULL)
        return h;
      if (pml_dict_get_str (t->u.ty.dict, "__eq__") != NULL)
        return NONE;
    }
  return NULL;
}

void
pml_class_fixup_slots (PmlObj *type)
{
  PmlTypeSlots *tp;
  PmlObj *hash;

#define HAS(name) (pml_class_lookup (type, name) != NULL)
  if (type->u.ty.builtin)
    return;
  tp = (PmlTypeSlots *) type->u.ty.tp;
  if (tp == NULL)
    type->u.ty.tp = tp = g_new0 (PmlTypeSlots, 1);
  *tp = *builtin_base_slots (type->u.ty.base);
  tp->getattro = instance_getattro;
  tp->setattro = instance_setattro;
  tp->dealloc = instance_dealloc;
  tp->traverse = instance_traverse;
  tp->clear = pml_instance_clear;
  tp->referents = instance_referents;
  tp->new_instance = class_new_instance;
  tp->free_host = instance_free_host;
  tp->flags = PML_TPFLAGS_HAVE_GC | (type->u.ty.has_weakref ? PML_TPFLAGS_WEAKREFABLE : 0);
  if (pml_subtype_base (pml_subtype_root (type)) != NULL)
    pml_subtype_fixup_slots (type, tp);
  hash = class_hash_method (type);
  if (hash == NONE)
    tp->hash = pml_hash_not_implemented;
  else if (hash != NULL)
    tp->hash = slot_hash;
  if (HAS ("__eq__") || HAS ("__ne__") || HAS ("__lt__") || HAS ("__le__") || HAS ("__gt__") || HAS ("__ge__"))
    tp->richcompare = slot_richcompare;
  for (guint i = 0; i < G_N_ELEMENTS (slotdefs); i++)
    if (HAS (slotdefs[i].name))
      *(gpointer *) ((guint8 *) tp + slotdefs[i].offset) = slotdefs[i].func;
  for (int op = 0; op <= OP_MATMUL; op++)
    {
      char name[24], rname[24], iname[24];

      g_snprintf (name, sizeof name, "__%s__", binop_names[op]);
      g_snprintf (rname, sizeof rname, "__r%s__", binop_names[op]);
      g_snprintf (iname, sizeof iname, "__i%s__", binop_names[op]);
      if (HAS (name) || HAS (rname))
        tp->nb[op] = binary_slots[op];
      if (HAS (iname))
        tp->nb_inplace[op] = inplace_slots[op];
    }
#undef HAS
  if (pml_type_is_subtype (type, TYPE (T_TYPE)))
    pml_metaclass_fixup_slots (type, tp);
}
