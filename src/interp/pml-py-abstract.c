/* pml-py-abstract.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-type.h"

/* The object protocol (Objects/abstract.c, object.c): each operation calls
 * the slot of the object's type, with CPython's fallbacks and errors, and
 * never looks at what kind of object it has. */

const char *
pml_type_name (PmlObj *o)
{
  return o->type->u.ty.name;
}

/* ---- helpers shared by the types' slots ---- */

PmlObj *
pml_str_printf (const char *fmt, ...)
{
  va_list ap;
  char *s;

  va_start (ap, fmt);
  s = g_strdup_vprintf (fmt, ap);
  va_end (ap);
  return pml_str_new_take (s, strlen (s));
}

PmlObj *
pml_str_from_gstring (GString *s)
{
  gsize n = s->len;

  return pml_str_new_take (g_string_free (s, FALSE), n);
}

/* Py_ReprEnter keeps the containers being repr'd in a list, stored as
   'Py_Repr' in the thread state's dict: both are made by the first repr
   of a non-empty container and live for good; the list holds a
   reference to each container while its repr runs */
static PmlObj *
repr_list (void)
{
  if (VM->repr_list == NULL)
    {
      PmlObj *d = pml_dict_new (), *l = d ? pml_list_new (0) : NULL;

      if (l == NULL || !pml_dict_set_str (d, "Py_Repr", l))
        {
          pml_xdecref (l);
          pml_xdecref (d);
          return NULL;
        }
      pml_decref (l);
      VM->repr_dict = d;
      VM->repr_list = l;
    }
  return VM->repr_list;
}

gboolean
pml_repr_enter (PmlObj *o)
{
  PmlObj *l = repr_list ();

  if (l == NULL)
    {
      pml_err_clear ();
      return TRUE;
    }
  for (gsize i = l->u.l.n; i-- > 0;)
    if (l->u.l.items[i] == o)
      return FALSE;
  if (!pml_list_append (l, pml_incref (o)))
    pml_err_clear ();
  return TRUE;
}

/* Py_ReprLeave keeps the exception being raised, if any */
void
pml_repr_leave (PmlObj *o)
{
  PmlObj *l = VM->repr_list, *saved = VM->exc;

  if (l == NULL)
    return;
  VM->exc = NULL;
  for (gsize i = l->u.l.n; i-- > 0;)
    if (l->u.l.items[i] == o)
      {
        pml_list_ass_slice (l, (gint64) i, (gint64) i + 1, 1, 1, VM->empty_tuple);
        break;
      }
  pml_err_clear ();
  VM->exc = saved;
}

gboolean
pml_append_repr (GString *out, PmlObj *o)
{
  PmlObj *r = pml_repr (o);

  if (r == NULL)
    return FALSE;
  g_string_append_len (out, r->u.s.s, (gssize) r->u.s.nbytes);
  pml_decref (r);
  return TRUE;
}

/* "[a, b]": the items' reprs between open and close */
PmlObj *
pml_repr_items (PmlObj *o, PmlObj **items, gsize n, const char *open, const char *close, const char *recursive)
{
  GString *out;

  /* list_repr and tuplerepr answer for an empty one before Py_ReprEnter */
  if (n == 0)
    return pml_str_printf ("%s%s", open, close);
  if (!pml_repr_enter (o))
    return pml_str_new (recursive, -1);
  out = g_string_new (open);
  for (gsize i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      if (!pml_append_repr (out, items[i]))
        {
          pml_repr_leave (o);
          g_string_free (out, TRUE);
          return NULL;
        }
    }
  g_string_append (out, close);
  pml_repr_leave (o);
  return pml_str_from_gstring (out);
}

PmlObj *
pml_compare_result (int c, int op)
{
  gboolean r;

  switch (op)
    {
    case OP_LT: r = c < 0; break;
    case OP_LE: r = c <= 0; break;
    case OP_GT: r = c > 0; break;
    case OP_GE: r = c >= 0; break;
    case OP_EQ: r = c == 0; break;
    default: r = c != 0;
    }
  return pml_incref (BOOL (r));
}

/* lexicographic, as list_richcompare and tuplerichcompare */
PmlObj *
pml_seq_richcompare (PmlObj **a, gsize na, PmlObj **b, gsize nb, int op)
{
  gsize i;

  for (i = 0; i < na && i < nb; i++)
    {
      int e = pml_eq (a[i], b[i]);

      if (e < 0)
        return NULL;
      if (!e)
        break;
    }
  if (i >= na || i >= nb)
    return pml_compare_result (na < nb ? -1 : na > nb, op);
  if (op == OP_EQ)
    return pml_incref (FALSE_);
  if (op == OP_NE)
    return pml_incref (TRUE_);
  return pml_richcompare (a[i], b[i], op);
}

PmlObj *
pml_key_error (PmlObj *key)
{
  PmlObj *args = pml_tuple_pack (1, key);
  PmlObj *exc = args ? pml_err_new (TYPE (T_KEY_ERROR), args) : NULL;

  pml_xdecref (args);
  if (exc)
    pml_err_set_obj (exc);
  return NULL;
}

gboolean
pml_slice_indices (PmlObj *slice, gint64 length, gint64 *start, gint64 *stop, gint64 *step, gint64 *count)
{
  gint64 st = 1;

  if (slice->u.sl.step != NONE && !pml_index_value (slice->u.sl.step, &st))
    return FALSE;
  if (st == 0)
    {
      pml_err_set (T_VALUE_ERROR, "slice step cannot be zero");
      return FALSE;
    }
  *step = st;
  if (slice->u.sl.start == NONE)
    *start = st < 0 ? length - 1 : 0;
  else
    {
      if (!pml_index_value (slice->u.sl.start, start))
        return FALSE;
      if (*start < 0)
        *start = MAX (*start + length, st < 0 ? -1 : 0);
      else if (*start >= length)
        *start = st < 0 ? length - 1 : length;
    }
  if (slice->u.sl.stop == NONE)
    *stop = st < 0 ? -1 : length;
  else
    {
      if (!pml_index_value (slice->u.sl.stop, stop))
        return FALSE;
      if (*stop < 0)
        *stop = MAX (*stop + length, st < 0 ? -1 : 0);
      else if (*stop >= length)
        *stop = st < 0 ? length - 1 : length;
    }
  if (st > 0)
    *count = *stop > *start ? (*stop - *start + st - 1) / st : 0;
  else
    *count = *start > *stop ? (*start - *stop - st - 1) / (-st) : 0;
  return TRUE;
}

gboolean
pml_normalize_index (PmlObj *key, gint64 length, gint64 *i, const char *what)
{
  if (!pml_index_value (key, i))
    {
      if (pml_err_occurred () && VM->exc->type == TYPE (T_TYPE_ERROR))
        {
          pml_err_clear ();
          pml_err_set (T_TYPE_ERROR, "%s indices must be integers or slices, not %s", what, pml_type_name (key));
        }
      return FALSE;
    }
  if (*i < 0)
    *i += length;
  if (*i < 0 || *i >= length)
    {
      pml_err_set (T_INDEX_ERROR, "%s index out of range", what);
      return FALSE;
    }
  return TRUE;
}

PmlObj *
pml_attribute_error (PmlObj *o, PmlObj *name)
{
  return pml_err_set (T_ATTRIBUTE_ERROR, "'%s' object has no attribute '%s'", pml_type_name (o), name->u.s.s);
}

/* ---- repr / str ---- */

PmlObj *
pml_repr (PmlObj *o)
{
  const PmlTypeSlots *tp = pml_slots (o);
  PmlObj *r;

  /* a list's repr asks each item's: nesting counts against the limit */
  if (!pml_recursion_enter (" while getting the repr of an object"))
    return NULL;
  r = tp->repr ? tp->repr (o) : pml_object_repr (o);
  pml_recursion_leave ();
  return r;
}

PmlObj *
pml_str (PmlObj *o)
{
  const PmlTypeSlots *tp = pml_slots (o);
  PmlObj *r;

  if (!pml_recursion_enter (" while getting the str of an object"))
    return NULL;
  /* object_str: the type's repr, counted once */
  r = tp->str ? tp->str (o) : tp->repr ? tp->repr (o) : pml_object_repr (o);
  pml_recursion_leave ();
  return r;
}

/* ---- hashing and comparison ---- */

gint64
pml_hash (PmlObj *o, gboolean *ok)
{
  const PmlTypeSlots *tp = pml_slots (o);

  /* a tuple's hash recurses into its items, uncounted (as CPython) */
  *ok = pml_cstack_check ();
  if (!*ok)
    return -1;
  return tp->hash ? tp->hash (o, ok) : pml_hash_not_implemented (o, ok);
}

/* PyObject_RichCompareBool: identity implies equality */
int
pml_eq (PmlObj *a, PmlObj *b)
{
  PmlObj *r;
  int t;

  if (a == b)
    return 1;
  r = pml_richcompare (a, b, OP_EQ);
  if (r == NULL)
    return -1;
  t = r == TRUE_ ? 1 : r == FALSE_ ? 0 : pml_truth (r);
  pml_decref (r);
  return t;
}

static const char *
op_symbol (int op)
{
  switch (op)
    {
    case OP_LT: return "<";
    case OP_LE: return "<=";
    case OP_GT: return ">";
    case OP_GE: return ">=";
    case OP_EQ: return "==";
    default: return "!=";
    }
}

static int
swapped_op (int op)
{
  switch (op)
    {
    case OP_LT: return OP_GT;
    case OP_LE: return OP_GE;
    case OP_GT: return OP_LT;
    case OP_GE: return OP_LE;
    default: return op;
    }
}

/* do_richcompare: the right operand's reflected method first when its
 * type is a subclass of the left's, then the left's, then the right's */
static PmlObj *do_richcompare (PmlObj *a, PmlObj *b, int op);

/* an int, float, str, bytes or None of the built-in type: comparing two
 * never recurses, and CPython 3.11 specializes such comparisons in hot
 * code, uncounted */
static gboolean
is_leaf (PmlObj *o)
{
  switch (o->kind)
    {
    case K_INT: return o->type == TYPE (T_INT);
    case K_BOOL: case K_NONE: return TRUE;
    case K_FLOAT: return o->type == TYPE (T_FLOAT);
    case K_STR: return o->type == TYPE (T_STR);
    case K_BYTES: return o->type == TYPE (T_BYTES);
    default: return FALSE;
    }
}

/* PyObject_RichCompare: comparing nested containers counts against the
 * recursion limit */
PmlObj *
pml_richcompare (PmlObj *a, PmlObj *b, int op)
{
  PmlObj *r;

  if (is_leaf (a) && is_leaf (b))
    return do_richcompare (a, b, op);
  if (!pml_recursion_enter (" in comparison"))
    return NULL;
  r = do_richcompare (a, b, op);
  pml_recursion_leave ();
  return r;
}

static PmlObj *
do_richcompare (PmlObj *a, PmlObj *b, int op)
{
  PmlObj *(*fa) (PmlObj *, PmlObj *, int) = pml_slots (a)->richcompare;
  PmlObj *(*fb) (PmlObj *, PmlObj *, int) = pml_slots (b)->richcompare;
  gboolean reflected = FALSE;
  PmlObj *r;

  if (a->type != b->type && pml_type_is_subtype (b->type, a->type) && fb != NULL)
    {
      reflected = TRUE;
      r = fb (b, a, swapped_op (op));
      if (r != NOTIMPL)
        return r;
      pml_decref (r);
    }
  if (fa != NULL)
    {
      r = fa (a, b, op);
      if (r != NOTIMPL)
        return r;
      pml_decref (r);
    }
  if (!reflected && fb != NULL)
    {
      r = fb (b, a, swapped_op (op));
      if (r != NOTIMPL)
        return r;
      pml_decref (r);
    }
  if (op == OP_EQ)
    return pml_incref (BOOL (a == b));
  if (op == OP_NE)
    return pml_incref (BOOL (a != b));
  return pml_err_set (T_TYPE_ERROR, "'%s' not supported between instances of '%s' and '%s'",
                      op_symbol (op), pml_type_name (a), pml_type_name (b));
}

/* ---- sizes and truth ---- */

gint64
pml_len (PmlObj *o)
{
  const PmlTypeSlots *tp = pml_slots (o);

  if (tp->length != NULL)
    return tp->length (o);
  pml_err_set (T_TYPE_ERROR, "object of type '%s' has no len()", pml_type_name (o));
  return -1;
}

/* PyObject_IsTrue: nb_bool, else the length, else true */
int
pml_truth (PmlObj *o)
{
  const PmlTypeSlots *tp = pml_slots (o);

  if (o == TRUE_)
    return 1;
  if (o == FALSE_ || o == NONE)
    return 0;
  if (tp->nb_bool != NULL)
    return tp->nb_bool (o);
  if (tp->length != NULL)
    {
      gint64 n = tp->length (o);

      return n < 0 ? -1 : n > 0;
    }
  return 1;
}

gboolean
pml_index_value (PmlObj *o, gint64 *out)
{
  const PmlTypeSlots *tp = pml_slots (o);
  PmlObj *i;
  gboolean ok;

  if (tp->nb_index == NULL)
    {
      pml_err_set (T_TYPE_ERROR, "'%s' object cannot be interpreted as an integer", pml_type_name (o));
      return FALSE;
    }
  i = tp->nb_index (o);
  if (i == NULL)
    return FALSE;
  ok = pml_int_as_i64 (i, out);
  pml_decref (i);
  if (!ok)
    pml_err_set (T_INDEX_ERROR, "cannot fit 'int' into an index-sized integer");
  return ok;
}

gsize
pml_sizeof (PmlObj *o)
{
  const PmlTypeSlots *tp = pml_slots (o);

  return tp->size_of ? tp->size_of (o) : pml_obj_presize (o->type) + o->type->u.ty.basicsize;
}

/* ---- attributes ---- */

PmlObj *
pml_getattr (PmlObj *o, PmlObj *name)
{
  const PmlTypeSlots *tp = pml_slots (o);

  if (strcmp (name->u.s.s, "__class__") == 0)
    return pml_incref (o->type);
  return tp->getattro ? tp->getattro (o, name) : pml_object_getattro (o, name);
}

PmlObj *
pml_getattr_cstr (PmlObj *o, const char *name)
{
  PmlObj *n = pml_str_intern_cstr (name), *v = pml_getattr (o, n);

  pml_decref (n);
  return v;
}

gboolean
pml_setattr (PmlObj *o, PmlObj *name, PmlObj *v)
{
  const PmlTypeSlots *tp = pml_slots (o);

  return tp->setattro ? tp->setattro (o, name, v) : pml_object_setattro (o, name, v);
}

/* ---- items ---- */

PmlObj *
pml_getitem (PmlObj *o, PmlObj *key)
{
  const PmlTypeSlots *tp = pml_slots (o);

  if (tp->subscript != NULL)
    return tp->subscript (o, key);
  return pml_err_set (T_TYPE_ERROR, "'%s' object is not subscriptable", pml_type_name (o));
}

gboolean
pml_setitem (PmlObj *o, PmlObj *key, PmlObj *v)
{
  const PmlTypeSlots *tp = pml_slots (o);

  if (tp->ass_subscript != NULL)
    return tp->ass_subscript (o, key, v);
  if (v == NULL)
    pml_err_set (T_TYPE_ERROR, "'%s' object doesn't support item deletion", pml_type_name (o));
  else
    pml_err_set (T_TYPE_ERROR, "'%s' object does not support item assignment", pml_type_name (o));
  return FALSE;
}

/* ---- iteration ---- */

/* PyObject_GetIter: tp_iter, else the sequence protocol of __getitem__ */
PmlObj *
pml_iter (PmlObj *o)
{
  const PmlTypeSlots *tp = pml_slots (o);
  PmlObj *it;

  if (tp->iter != NULL)
    {
      it = tp->iter (o);
      if (it != NULL && pml_slots (it)->iternext == NULL)
        {
          pml_err_set (T_TYPE_ERROR, "iter() returned non-iterator of type '%s'", pml_type_name (it));
          PML_CLEAR (it);
        }
      return it;
    }
  if (tp->subscript != NULL && o->type != TYPE (T_DICT))
    return pml_iter_new (IT_SEQ, o);
  return pml_err_set (T_TYPE_ERROR, "'%s' object is not iterable", pml_type_name (o));
}

PmlObj *
pml_iter_next (PmlObj *it)
{
  const PmlTypeSlots *tp = pml_slots (it);

  if (tp->iternext != NULL)
    return tp->iternext (it);
  return pml_err_set (T_TYPE_ERROR, "'%s' object is not an iterator", pml_type_name (it));
}

PmlObj *
pml_iter_next_owned (PmlObj *it)
{
  PmlObj *item;

  pml_native_hold (it, "the iterator C code consumes");
  item = pml_iter_next (it);
  pml_native_release (1);
  return item;
}

/* PySequence_Contains: sq_contains, else a search by iteration */
int
pml_contains (PmlObj *c, PmlObj *item)
{
  const PmlTypeSlots *tp = pml_slots (c);
  PmlObj *it, *x;

  if (tp->contains != NULL)
    return tp->contains (c, item);
  it = pml_iter (c);
  if (it == NULL)
    {
      if (VM->exc && VM->exc->type == TYPE (T_TYPE_ERROR))
        {
          pml_err_clear ();
          pml_err_set (T_TYPE_ERROR, "argument of type '%s' is not iterable", pml_type_name (c));
        }
      return -1;
    }
  while ((x = pml_iter_next_owned (it)) != NULL)
    {
      int e = pml_eq (x, item);

      pml_decref (x);
      if (e != 0)
        {
          pml_decref (it);
          return e;
        }
    }
  pml_decref (it);
  return pml_err_occurred () ? -1 : 0;
}

/* ---- calls ---- */

PmlObj *
pml_call (PmlObj *callable, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  const PmlTypeSlots *tp = pml_slots (callable);

  if (tp->call != NULL)
    return tp->call (callable, args, nargs, kwnames);
  return pml_err_set (T_TYPE_ERROR, "'%s' object is not callable", pml_type_name (callable));
}

PmlObj *
pml_call_from_c (PmlObj *callable, PmlObj **args, gsize nargs)
{
  return pml_call (callable, args, nargs, NULL);
}

gboolean
pml_is_callable (PmlObj *o)
{
  return pml_slots (o)->call != NULL;
}

/* ---- operators ---- */

static const char *
binop_symbol (int op)
{
  static const char *symbols[] = { "+", "-", "*", "/", "//", "%", "** or pow()", "<<", ">>", "&", "|", "^", "@" };

  return op >= 0 && op <= OP_MATMUL ? symbols[op] : "?";
}

/* binary_op1: the right operand's slot first when its type is a subclass
 * of the left's; NotImplemented when neither handles the pair */
static PmlObj *
binary_op1 (int op, PmlObj *a, PmlObj *b)
{
  PmlBinaryFunc slota = pml_slots (a)->nb[op], slotb = NULL;
  PmlObj *r;

  if (a->type != b->type)
    {
      slotb = pml_slots (b)->nb[op];
      if (slotb == slota)
        slotb = NULL;
    }
  if (slota != NULL)
    {
      if (slotb != NULL && pml_type_is_subtype (b->type, a->type))
        {
          r = slotb (a, b);
          if (r != NOTIMPL)
            return r;
          pml_decref (r);
          slotb = NULL;
        }
      r = slota (a, b);
      if (r != NOTIMPL)
        return r;
      pml_decref (r);
    }
  if (slotb != NULL)
    return slotb (a, b);
  return pml_incref (NOTIMPL);
}

static PmlObj *
unsupported (int op, PmlObj *a, PmlObj *b, gboolean inplace)
{
  /* binary_iop1 names the augmented operator: "**=", not "** or pow()=" */
  return pml_err_set (T_TYPE_ERROR, "unsupported operand type(s) for %s%s: '%s' and '%s'",
                      inplace && op == OP_POW ? "**" : binop_symbol (op), inplace ? "=" : "",
                      pml_type_name (a), pml_type_name (b));
}

/* sequence_repeat: the count must be an index */
static PmlObj *
sequence_repeat (PmlObj *seq, PmlObj *count)
{
  gint64 n;

  if (pml_slots (count)->nb_index == NULL)
    return pml_err_set (T_TYPE_ERROR, "can't multiply sequence by non-int of type '%s'", pml_type_name (count));
  if (!pml_index_value (count, &n))
    {
      if (VM->exc && VM->exc->type == TYPE (T_INDEX_ERROR))
        {
          pml_err_clear ();
          return pml_err_no_memory ();
        }
      return NULL;
    }
  return pml_slots (seq)->sq_repeat (seq, n);
}

/* the sequence fallbacks of + and * (PyNumber_Add, PyNumber_Multiply) */
static PmlObj *
sequence_op (int op, PmlObj *a, PmlObj *b, gboolean inplace)
{
  if (op == OP_ADD && pml_slots (a)->sq_concat != NULL)
    return pml_slots (a)->sq_concat (a, b);
  if (op == OP_MUL && pml_slots (a)->sq_repeat != NULL)
    return sequence_repeat (a, b);
  if (op == OP_MUL && pml_slots (b)->sq_repeat != NULL)
    return sequence_repeat (b, a);
  return unsupported (op, a, b, inplace);
}

PmlObj *
pml_binop (int op, PmlObj *a, PmlObj *b)
{
  PmlObj *r = binary_op1 (op, a, b);

  if (r != NOTIMPL)
    return r;
  pml_decref (r);
  return sequence_op (op, a, b, FALSE);
}

/* binary_iop1: the in-place slot, then the binary operation */
PmlObj *
pml_inplace_binop (int op, PmlObj *a, PmlObj *b)
{
  PmlBinaryFunc islot = pml_slots (a)->nb_inplace[op];
  PmlObj *r;

  if (islot != NULL)
    {
      r = islot (a, b);
      if (r != NOTIMPL)
        return r;
      pml_decref (r);
    }
  r = binary_op1 (op, a, b);
  if (r != NOTIMPL)
    return r;
  pml_decref (r);
  return sequence_op (op, a, b, TRUE);
}

PmlObj *
pml_unaryop (int op, PmlObj *a)
{
  const PmlTypeSlots *tp = pml_slots (a);
  PmlUnaryFunc f = op == OP_NEG ? tp->nb_negative : op == OP_POS ? tp->nb_positive : tp->nb_invert;

  if (op == OP_NOT)
    {
      int t = pml_truth (a);

      return t < 0 ? NULL : pml_incref (BOOL (!t));
    }
  if (f != NULL)
    return f (a);
  return pml_err_set (T_TYPE_ERROR, "bad operand type for unary %s: '%s'",
                      op == OP_NEG ? "-" : op == OP_POS ? "+" : "~", pml_type_name (a));
}

PmlObj *
pml_absolute (PmlObj *a)
{
  const PmlTypeSlots *tp = pml_slots (a);

  if (tp->nb_absolute != NULL)
    return tp->nb_absolute (a);
  return pml_err_set (T_TYPE_ERROR, "bad operand type for abs(): '%s'", pml_type_name (a));
}
