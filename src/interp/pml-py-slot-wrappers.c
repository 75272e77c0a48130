/* pml-py-slot-wrappers.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-subtype.h"
#include "pml-py-number-methods.h"

/* What a class derived from a built-in type reaches through super() or
 * the type itself: X.__new__ (a built-in method of the type, calling its
 * tp_new for the class given), X.__init__, and the slot wrappers
 * (dict.__setitem__, list.__len__, float.__add__...), which call the slot
 * of the built-in type nearest to the instance's class. Every built-in
 * type offers the wrappers of its slots, so a lesson can call them by
 * name too: (7).__add__(1), (-3).__abs__(), next(it) as it.__next__().
 * Each is a static object made once per run. */

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

/* the wrappers are shared by every type: one called unbound with an
   object of a type without that slot (list.__len__ (5)) refuses it */
static PmlObj *
not_applicable (const char *name, PmlObj *self)
{
  return pml_err_set (T_TYPE_ERROR, "descriptor '%s' doesn't apply to a '%s' object", name, pml_type_name (self));
}

#define NEED_SLOT(slot, name) G_STMT_START { \
  if (builtin_slots_of (self)->slot == NULL) \
    return not_applicable ((name), self); \
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
  NEED_SLOT (subscript, "__getitem__");
  return builtin_slots_of (self)->subscript (self, args[0]);
}

static PmlObj *
w_setitem (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) kwnames;
  WRAPPER_SELF ("__setitem__", 2);
  NEED_SLOT (ass_subscript, "__setitem__");
  return builtin_slots_of (self)->ass_subscript (self, args[0], args[1]) ? pml_incref (NONE) : NULL;
}

static PmlObj *
w_delitem (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) kwnames;
  WRAPPER_SELF ("__delitem__", 1);
  NEED_SLOT (ass_subscript, "__delitem__");
  return builtin_slots_of (self)->ass_subscript (self, args[0], NULL) ? pml_incref (NONE) : NULL;
}

static PmlObj *
w_len (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gint64 n;

  (void) kwnames;
  WRAPPER_SELF ("__len__", 0);
  NEED_SLOT (length, "__len__");
  n = builtin_slots_of (self)->length (self);
  return n < 0 ? NULL : pml_int_new (n);
}

static PmlObj *
w_contains (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  int r;

  (void) kwnames;
  WRAPPER_SELF ("__contains__", 1);
  NEED_SLOT (contains, "__contains__");
  r = builtin_slots_of (self)->contains (self, args[0]);
  return r < 0 ? NULL : pml_incref (BOOL (r));
}

static PmlObj *
w_iter (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) kwnames;
  WRAPPER_SELF ("__iter__", 0);
  NEED_SLOT (iter, "__iter__");
  return builtin_slots_of (self)->iter (self);
}

static PmlObj *
w_repr (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) kwnames;
  WRAPPER_SELF ("__repr__", 0);
  NEED_SLOT (repr, "__repr__");
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
  NEED_SLOT (hash, "__hash__");
  h = builtin_slots_of (self)->hash (self, &ok);
  return ok ? pml_int_new (h) : NULL;
}

/* function.__call__, builtin_function_or_method.__call__, ...: a call
   through the type's slot, keywords and all */
static PmlObj *
w_call (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  if (self == NULL)
    {
      if (pml_positional (nargs, kwnames) == 0)
        return pml_err_set (T_TYPE_ERROR, "descriptor '__call__' needs an argument");
      self = args[0];
      args++;
      nargs--;
    }
  NEED_SLOT (call, "__call__");
  return pml_call (self, args, nargs, kwnames);
}

static PmlObj *
w_str (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) kwnames;
  WRAPPER_SELF ("__str__", 0);
  NEED_SLOT (str, "__str__");
  return builtin_slots_of (self)->str (self);
}

/* the tower of built-in numbers: int's slots take ints only, float's
   ints and floats, complex's all three; a lower one leaves the pair to
   the other operand (int.__add__ (1, 0.5) is NotImplemented) */
static int
number_rank (PmlObj *o)
{
  switch (o->kind)
    {
    case K_INT:
    case K_BOOL:
      return 0;
    case K_FLOAT:
      return 1;
    case K_COMPLEX:
      return 2;
    default:
      return -1;
    }
}

static gboolean
outranked (PmlObj *self, PmlObj *other)
{
  int mine = number_rank (self);

  return mine >= 0 && number_rank (other) > mine;
}

static PmlObj *
compare (PmlObj *self, PmlObj **args, gsize nargs, int op, const char *name)
{
  WRAPPER_SELF (name, 1);
  NEED_SLOT (richcompare, name);
  if (outranked (self, args[0]))
    return pml_incref (NOTIMPL);
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
  if (outranked (self, args[0]))
    return pml_incref (NOTIMPL);
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
BINARY_WRAPPERS (lshift, OP_LSHIFT) BINARY_WRAPPERS (rshift, OP_RSHIFT)

/* int.__pow__ (b, e, m) is pow (b, e, m) */
static PmlObj *
pow_wrapper (PmlObj *self, PmlObj **args, gsize nargs, gboolean reflected, gboolean inplace, const char *name)
{
  gsize given = self == NULL ? nargs - (nargs > 0) : nargs;
  PmlObj *argv[3];

  if (given != 2 || reflected || inplace)
    return binary (self, args, nargs, OP_POW, reflected, inplace, name);
  if (self == NULL)
    {
      self = args[0];
      args++;
    }
  argv[0] = self;
  argv[1] = args[0];
  argv[2] = args[1];
  return pml_builtin_pow (NULL, argv, 3, NULL);
}

static PmlObj *w_pow (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{ (void) kwnames; return pow_wrapper (self, args, nargs, FALSE, FALSE, "__pow__"); }
static PmlObj *w_rpow (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{ (void) kwnames; return pow_wrapper (self, args, nargs, TRUE, FALSE, "__rpow__"); }
static PmlObj *w_ipow (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{ (void) kwnames; return pow_wrapper (self, args, nargs, FALSE, TRUE, "__ipow__"); }

/* -x, +x, abs(x), ~x */
static PmlObj *
unary (PmlObj *self, PmlObj **args, gsize nargs, PmlUnaryFunc (*pick) (const PmlTypeSlots *tp), const char *name)
{
  PmlUnaryFunc f;

  WRAPPER_SELF (name, 0);
  f = pick (builtin_slots_of (self));
  if (f == NULL)
    return not_applicable (name, self);
  return f (self);
}

#define UNARY_WRAPPER(n, slot) \
  static PmlUnaryFunc pick_##n (const PmlTypeSlots *tp) { return tp->slot; } \
  static PmlObj *w_##n (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames) \
  { (void) kwnames; return unary (self, args, nargs, pick_##n, "__" #n "__"); }
UNARY_WRAPPER (neg, nb_negative) UNARY_WRAPPER (pos, nb_positive) UNARY_WRAPPER (abs, nb_absolute)
UNARY_WRAPPER (invert, nb_invert)

static PmlObj *
w_bool (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  int truth;

  (void) kwnames;
  WRAPPER_SELF ("__bool__", 0);
  NEED_SLOT (nb_bool, "__bool__");
  truth = builtin_slots_of (self)->nb_bool (self);
  return truth < 0 ? NULL : pml_incref (BOOL (truth));
}

/* it.__next__(): the next item, or StopIteration */
static PmlObj *
w_next (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *item;

  (void) kwnames;
  WRAPPER_SELF ("__next__", 0);
  NEED_SLOT (iternext, "__next__");
  item = builtin_slots_of (self)->iternext (self);
  if (item == NULL && !pml_err_occurred ())
    pml_err_set_obj (pml_err_new (TYPE (T_STOP_ITERATION), NULL));
  return item;
}

/* which slot a wrapper calls, so that only the types having it offer it */
typedef enum
{
  NEEDS_INIT, NEEDS_SUBSCRIPT, NEEDS_ASS_SUBSCRIPT, NEEDS_LENGTH, NEEDS_CONTAINS, NEEDS_ITER,
  NEEDS_REPR, NEEDS_STR, NEEDS_COMPARE, NEEDS_NUMBER, NEEDS_HASH, NEEDS_NEGATIVE, NEEDS_POSITIVE,
  NEEDS_ABSOLUTE, NEEDS_INVERT, NEEDS_BOOL, NEEDS_ITERNEXT, NEEDS_CALL,
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
  NUMBER (xor, OP_XOR), NUMBER (pow, OP_POW), NUMBER (lshift, OP_LSHIFT), NUMBER (rshift, OP_RSHIFT),
  { "__neg__", w_neg, NEEDS_NEGATIVE, 0, FALSE },
  { "__pos__", w_pos, NEEDS_POSITIVE, 0, FALSE },
  { "__abs__", w_abs, NEEDS_ABSOLUTE, 0, FALSE },
  { "__invert__", w_invert, NEEDS_INVERT, 0, FALSE },
  { "__bool__", w_bool, NEEDS_BOOL, 0, FALSE },
  { "__next__", w_next, NEEDS_ITERNEXT, 0, FALSE },
  { "__call__", w_call, NEEDS_CALL, 0, FALSE },
};

static gboolean
type_has (PmlObj *type, const PmlSubtypeBase *base, const Wrapper *w)
{
  const PmlTypeSlots *tp = type->u.ty.tp;

  switch (w->needs)
    {
    case NEEDS_INIT:
      return base != NULL && base->tp_init != NULL;
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
    case NEEDS_NEGATIVE:
      return tp->nb_negative != NULL;
    case NEEDS_POSITIVE:
      return tp->nb_positive != NULL;
    case NEEDS_ABSOLUTE:
      return tp->nb_absolute != NULL;
    case NEEDS_INVERT:
      return tp->nb_invert != NULL;
    case NEEDS_BOOL:
      return tp->nb_bool != NULL;
    case NEEDS_ITERNEXT:
      return tp->iternext != NULL;
    case NEEDS_CALL:
      return tp->call != NULL;
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
      /* X.__add__ is a slot wrapper; X.__new__ a built-in method of X */
      d = pml_obj_new_static (TYPE (self == NULL ? T_WRAPPER_DESCR : T_BUILTIN), K_BUILTIN);
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

  if (type->u.ty.tp == NULL || name[0] != '_' || name[1] != '_')
    return NULL;
  if (strcmp (name, "__new__") == 0 && base != NULL)
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

/* the names of the slot wrappers @type has, into @names (a set of
   g_strdup'd keys): what its __dict__ lists where no table says */
void
pml_slot_wrapper_names (PmlObj *type, GHashTable *names)
{
  const PmlSubtypeBase *base = pml_subtype_base (type);

  if (type->u.ty.tp == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (wrappers); i++)
    if (type_has (type, base, &wrappers[i]))
      g_hash_table_add (names, g_strdup (wrappers[i].name));
}
