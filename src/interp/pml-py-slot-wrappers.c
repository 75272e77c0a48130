/* pml-py-slot-wrappers.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-subtype.h"

/* What a class derived from a built-in type reaches through super() or
 * the type itself: X.__new__ (a built-in method of the type, calling its
 * tp_new for the class given), X.__init__, and the slot wrappers
 * (dict.__setitem__, list.__len__, float.__add__...), which call the slot
 * of the built-in type nearest to the instance's class. Each is a static
 * object made once per run. */

static const PmlTypeSlots *
builtin_slots_of (PmlObj *self)
{
  return pml_subtype_root (self->type)->u.ty.tp;
}

/* self, when the wrapper is called unbound (dict.__setitem__ (d, k, v)),
   and exactly @n arguments */
#define WRAPPER_SELF(name, n) G_STMT_START { \
  if (self == NULL) \
    { \
      if (nargs == 0) \
        return pml_err_set (T_TYPE_ERROR, "descriptor '%s' needs an argument", name); \
      self = args[0]; \
      args++; \
      nargs--; \
    } \
  if (!exactly ((n), nargs)) \
    return NULL; \
  } G_STMT_END

static gboolean
exactly (gsize n, gsize nargs)
{
  if (nargs == n)
    return TRUE;
  pml_err_set (T_TYPE_ERROR, "expected %zu argument%s, got %zu", n, n == 1 ? "" : "s", nargs);
  return FALSE;
}

static PmlObj *
w_init (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  const PmlSubtypeBase *base;

  if (self == NULL)
    {
      if (nargs == 0)
        return pml_err_set (T_TYPE_ERROR, "descriptor '__init__' needs an argument");
      self = args[0];
      args++;
      nargs--;
    }
  base = pml_subtype_base (pml_subtype_root (self->type));
  if (base == NULL || base->tp_init == NULL)
    return pml_incref (NONE);
  return base->tp_init (self, args, nargs, kwnames);
}

static PmlObj *
w_getitem (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) kwnames;
  WRAPPER_SELF ("__getitem__", 1);
  return builtin_slots_of (self)->subscript (self, args[0]);
}

static PmlObj *
w_setitem (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) kwnames;
  WRAPPER_SELF ("__setitem__", 2);
  return builtin_slots_of (self)->ass_subscript (self, args[0], args[1]) ? pml_incref (NONE) : NULL;
}

static PmlObj *
w_delitem (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) kwnames;
  WRAPPER_SELF ("__delitem__", 1);
  return builtin_slots_of (self)->ass_subscript (self, args[0], NULL) ? pml_incref (NONE) : NULL;
}

static PmlObj *
w_len (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gint64 n;

  (void) kwnames;
  WRAPPER_SELF ("__len__", 0);
  n = builtin_slots_of (self)->length (self);
  return n < 0 ? NULL : pml_int_new (n);
}

static PmlObj *
w_contains (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  int r;

  (void) kwnames;
  WRAPPER_SELF ("__contains__", 1);
  r = builtin_slots_of (self)->contains (self, args[0]);
  return r < 0 ? NULL : pml_incref (BOOL (r));
}

static PmlObj *
w_iter (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) kwnames;
  WRAPPER_SELF ("__iter__", 0);
  return builtin_slots_of (self)->iter (self);
}

static PmlObj *
w_repr (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) kwnames;
  WRAPPER_SELF ("__repr__", 0);
  return builtin_slots_of (self)->repr (self);
}

/* int.__hash__, str.__hash__...: a class listing int before a base
   defining __hash__ hashes as an int (IntEnum) */
static PmlObj *
w_hash (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gboolean ok = TRUE;
  gint64 h;

  (void) kwnames;
  WRAPPER_SELF ("__hash__", 0);
  h = builtin_slots_of (self)->hash (self, &ok);
  return ok ? pml_int_new (h) : NULL;
}

static PmlObj *
w_str (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) kwnames;
  WRAPPER_SELF ("__str__", 0);
  return builtin_slots_of (self)->str (self);
}

static PmlObj *
compare (PmlObj *self, PmlObj **args, gsize nargs, int op, const char *name)
{
  WRAPPER_SELF (name, 1);
  return builtin_slots_of (self)->richcompare (self, args[0], op);
}

#define COMPARE_WRAPPER(n, op) \
  static PmlObj *w_##n (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames) \
  { (void) kwnames; return compare (self, args, nargs, op, "__" #n "__"); }
COMPARE_WRAPPER (eq, OP_EQ) COMPARE_WRAPPER (ne, OP_NE) COMPARE_WRAPPER (lt, OP_LT)
COMPARE_WRAPPER (le, OP_LE) COMPARE_WRAPPER (gt, OP_GT) COMPARE_WRAPPER (ge, OP_GE)

/* a.__add__(b): the number slot, else the sequence one; reflected
   wrappers swap the operands */
static PmlObj *
binary (PmlObj *self, PmlObj **args, gsize nargs, int op, gboolean reflected, gboolean inplace, const char *name)
{
  const PmlTypeSlots *tp;
  PmlObj *a, *b;

  WRAPPER_SELF (name, 1);
  tp = builtin_slots_of (self);
  a = reflected ? args[0] : self;
  b = reflected ? self : args[0];
  if (inplace && tp->nb_inplace[op] != NULL)
    return tp->nb_inplace[op] (a, b);
  if (tp->nb[op] != NULL)
    return tp->nb[op] (a, b);
  if (op == OP_ADD && tp->sq_concat != NULL && !reflected)
    return tp->sq_concat (a, b);
  if (op == OP_MUL && tp->sq_repeat != NULL)
    {
      gint64 n;

      if (!pml_index_value (reflected ? a : b, &n))
        {
          pml_err_clear ();
          return pml_incref (NOTIMPL);
        }
      return tp->sq_repeat (self, n);
    }
  return pml_incref (NOTIMPL);
}

#define BINARY_WRAPPERS(n, op) \
  static PmlObj *w_##n (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames) \
  { (void) kwnames; return binary (self, args, nargs, op, FALSE, FALSE, "__" #n "__"); } \
  static PmlObj *w_r##n (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames) \
  { (void) kwnames; return binary (self, args, nargs, op, TRUE, FALSE, "__r" #n "__"); } \
  static PmlObj *w_i##n (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames) \
  { (void) kwnames; return binary (self, args, nargs, op, FALSE, TRUE, "__i" #n "__"); }
BINARY_WRAPPERS (add, OP_ADD) BINARY_WRAPPERS (sub, OP_SUB) BINARY_WRAPPERS (mul, OP_MUL)
BINARY_WRAPPERS (truediv, OP_DIV) BINARY_WRAPPERS (floordiv, OP_FLOORDIV) BINARY_WRAPPERS (mod, OP_MOD)
BINARY_WRAPPERS (and, OP_AND) BINARY_WRAPPERS (or, OP_OR) BINARY_WRAPPERS (xor, OP_XOR)

/* which slot a wrapper calls, so that only the types having it offer it */
typedef enum
{
  NEEDS_INIT, NEEDS_SUBSCRIPT, NEEDS_ASS_SUBSCRIPT, NEEDS_LENGTH, NEEDS_CONTAINS, NEEDS_ITER,
  NEEDS_REPR, NEEDS_STR, NEEDS_COMPARE, NEEDS_NUMBER, NEEDS_HASH,
} Needs;

typedef struct
{
  const char    *name;
  PmlBuiltinFunc fn;
  Needs          needs;
  int            op;          /* NEEDS_NUMBER: the operator */
  gboolean       inplace;
} Wrapper;

#define NUMBER(n, op) \
  { "__" #n "__", w_##n, NEEDS_NUMBER, op, FALSE }, \
  { "__r" #n "__", w_r##n, NEEDS_NUMBER, op, FALSE }, \
  { "__i" #n "__", w_i##n, NEEDS_NUMBER, op, TRUE }

static const Wrapper wrappers[] = {
  { "__init__", w_init, NEEDS_INIT, 0, FALSE },
  { "__getitem__", w_getitem, NEEDS_SUBSCRIPT, 0, FALSE },
  { "__setitem__", w_setitem, NEEDS_ASS_SUBSCRIPT, 0, FALSE },
  { "__delitem__", w_delitem, NEEDS_ASS_SUBSCRIPT, 0, FALSE },
  { "__len__", w_len, NEEDS_LENGTH, 0, FALSE },
  { "__contains__", w_contains, NEEDS_CONTAINS, 0, FALSE },
  { "__iter__", w_iter, NEEDS_ITER, 0, FALSE },
  { "__repr__", w_repr, NEEDS_REPR, 0, FALSE },
  { "__str__", w_str, NEEDS_STR, 0, FALSE },
  { "__hash__", w_hash, NEEDS_HASH, 0, FALSE },
  { "__eq__", w_eq, NEEDS_COMPARE, 0, FALSE },
  { "__ne__", w_ne, NEEDS_COMPARE, 0, FALSE },
  { "__lt__", w_lt, NEEDS_COMPARE, 0, FALSE },
  { "__le__", w_le, NEEDS_COMPARE, 0, FALSE },
  { "__gt__", w_gt, NEEDS_COMPARE, 0, FALSE },
  { "__ge__", w_ge, NEEDS_COMPARE, 0, FALSE },
  NUMBER (add, OP_ADD), NUMBER (sub, OP_SUB), NUMBER (mul, OP_MUL), NUMBER (truediv, OP_DIV),
  NUMBER (floordiv, OP_FLOORDIV), NUMBER (mod, OP_MOD), NUMBER (and, OP_AND), NUMBER (or, OP_OR),
  NUMBER (xor, OP_XOR),
};

static gboolean
type_has (PmlObj *type, const PmlSubtypeBase *base, const Wrapper *w)
{
  const PmlTypeSlots *tp = type->u.ty.tp;

  switch (w->needs)
    {
    case NEEDS_INIT:
      return base->tp_init != NULL;
    case NEEDS_SUBSCRIPT:
      return tp->subscript != NULL;
    case NEEDS_ASS_SUBSCRIPT:
      return tp->ass_subscript != NULL;
    case NEEDS_LENGTH:
      return tp->length != NULL;
    case NEEDS_CONTAINS:
      return tp->contains != NULL;
    case NEEDS_ITER:
      return tp->iter != NULL;
    case NEEDS_REPR:
      return tp->repr != NULL;
    case NEEDS_STR:
      return tp->str != NULL;
    case NEEDS_HASH:
      return tp->hash != NULL && tp->hash != pml_hash_not_implemented && tp->hash != pml_object_slots.hash;
    case NEEDS_COMPARE:
      return tp->richcompare != NULL && tp->richcompare != pml_object_richcompare;
    case NEEDS_NUMBER:
      return (w->inplace ? tp->nb_inplace[w->op] != NULL : tp->nb[w->op] != NULL)
             || (w->op == OP_ADD && tp->sq_concat != NULL && !w->inplace)
             || (w->op == OP_MUL && tp->sq_repeat != NULL && !w->inplace);
    default:
      return FALSE;
    }
}

static PmlObj *new_from_wrapper (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);

static PmlObj *
static_builtin (gconstpointer key, const char *name, PmlBuiltinFunc fn, PmlObj *self)
{
  PmlObj *d = g_hash_table_lookup (VM->method_descriptors, key);

  if (d == NULL)
    {
      d = pml_obj_new_static (TYPE (T_BUILTIN), K_BUILTIN);
      d->u.bf.fn = fn;
      d->u.bf.name = name;
      d->u.bf.self = self;
      if (self == NULL)
        d->flags |= OBJ_METHOD_DESCR;
      g_hash_table_insert (VM->method_descriptors, (gpointer) key, d);
    }
  return d;
}

/* tp_new_wrapper: X.__new__(cls, ...) makes an instance of cls, a
   subclass of X. It takes its arguments as a tuple (and the keywords as
   a dict), and passes tp_new a new tuple of all but cls. */
static PmlObj *
w_new (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlTpCallArgs packed;
  PmlObj *rest, *r;

  if (!pml_tp_call_args_init (&packed, args, nargs, kwnames))
    return NULL;
  rest = nargs > 0 ? pml_tuple_from_array (args + 1, pml_positional (nargs, kwnames) - 1) : NULL;
  r = nargs == 0 || rest != NULL ? new_from_wrapper (self, args, nargs, kwnames) : NULL;
  pml_xdecref (rest);
  pml_tp_call_args_clear (&packed);
  return r;
}

static PmlObj *
new_from_wrapper (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  const PmlSubtypeBase *base = pml_subtype_base (self);
  PmlObj *cls;

  if (nargs == 0)
    return pml_err_set (T_TYPE_ERROR, "%s.__new__(): not enough arguments", self->u.ty.name);
  cls = args[0];
  if (cls->kind != K_TYPE)
    return pml_err_set (T_TYPE_ERROR, "%s.__new__(X): X is not a type object (%s)", self->u.ty.name,
                        pml_type_name (cls));
  if (!pml_type_is_subtype (cls, self))
    return pml_err_set (T_TYPE_ERROR, "%s.__new__(%s): %s is not a subtype of %s", self->u.ty.name,
                        cls->u.ty.name, cls->u.ty.name, self->u.ty.name);
  if (pml_subtype_root (cls) != self)
    return pml_err_set (T_TYPE_ERROR, "%s.__new__(%s) is not safe, use %s.__new__()", self->u.ty.name,
                        cls->u.ty.name, pml_subtype_root (cls)->u.ty.name);
  return base->tp_new (cls, args + 1, nargs - 1, kwnames);
}

PmlObj *
pml_slot_wrapper_lookup (PmlObj *type, const char *name)
{
  const PmlSubtypeBase *base = pml_subtype_base (type);

  if (base == NULL || name[0] != '_' || name[1] != '_')
    return NULL;
  if (strcmp (name, "__new__") == 0)
    {
      g_autofree char *key = g_strdup_printf ("%s.__new__", type->u.ty.name);

      return static_builtin (g_intern_string (key), "__new__", w_new, type);
    }
  for (guint i = 0; i < G_N_ELEMENTS (wrappers); i++)
    if (strcmp (wrappers[i].name, name) == 0)
      return type_has (type, base, &wrappers[i])
             ? static_builtin (&wrappers[i], wrappers[i].name, wrappers[i].fn, NULL) : NULL;
  return NULL;
}
