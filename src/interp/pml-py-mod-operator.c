/* pml-py-mod-operator.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-module-table.h"
#include "pml-py-native.h"

/* The operator module: the functions of Modules/_operator.c (3.11), each
 * the protocol call an operator makes, under its name and its dunder
 * alias (operator.__add__ is operator.add), and the itemgetter,
 * attrgetter and methodcaller types with their sizes and reprs. */

/* ---- the functions ---- */

/* METH_FASTCALL functions of @n arguments, no keywords */
static gboolean
check_fastcall (const char *name,
                gsize       nargs,
                PmlObj     *kwnames,
                gsize       n)
{
  if (kwnames != NULL && kwnames->u.t.n > 0)
    {
      pml_err_set (T_TYPE_ERROR, "_operator.%s() takes no keyword arguments", name);
      return FALSE;
    }
  return pml_unpack_args (name, nargs, NULL, n, n);
}

/* METH_O functions */
static gboolean
check_one (const char *name,
           gsize       nargs,
           PmlObj     *kwnames)
{
  if (kwnames != NULL && kwnames->u.t.n > 0)
    {
      pml_err_set (T_TYPE_ERROR, "_operator.%s() takes no keyword arguments", name);
      return FALSE;
    }
  if (nargs != 1)
    {
      pml_err_set (T_TYPE_ERROR, "_operator.%s() takes exactly one argument (%zu given)",
                   name, nargs);
      return FALSE;
    }
  return TRUE;
}

#define BINARY(name, call) \
  static PmlObj * \
  op_##name (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames) \
  { \
    (void) self; \
    if (!check_fastcall (#name, nargs, kwnames, 2)) \
      return NULL; \
    return call; \
  }

#define UNARY(name, call) \
  static PmlObj * \
  op_##name (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames) \
  { \
    (void) self; \
    if (!check_one (#name, nargs, kwnames)) \
      return NULL; \
    return call; \
  }

/* PySequence_Check: what concat and iconcat accept */
static PmlObj *
concat (PmlObj  *a,
        PmlObj  *b,
        gboolean inplace)
{
  if (pml_slots (a)->subscript == NULL || a->type == TYPE (T_DICT))
    return pml_err_set (T_TYPE_ERROR, "'%s' object can't be concatenated", pml_type_name (a));
  return inplace ? pml_inplace_binop (OP_ADD, a, b) : pml_binop (OP_ADD, a, b);
}

static PmlObj *
truth_of (PmlObj  *o,
          gboolean negate)
{
  int t = pml_truth (o);

  if (t < 0)
    return NULL;
  return pml_incref (BOOL (negate ? !t : t));
}

/* PyNumber_Index */
static PmlObj *
number_index (PmlObj *o)
{
  const PmlTypeSlots *tp = pml_slots (o);

  if (tp->nb_index == NULL)
    return pml_err_set (T_TYPE_ERROR, "'%s' object cannot be interpreted as an integer",
                        pml_type_name (o));
  return tp->nb_index (o);
}

static PmlObj *
sequence_setitem (PmlObj *o,
                  PmlObj *key,
                  PmlObj *v)
{
  if (!pml_setitem (o, key, v))
    return NULL;
  return pml_incref (NONE);
}

/* _PySequence_IterSearch: how often @item is there, or where it first is */
static PmlObj *
iter_search (PmlObj  *seq,
             PmlObj  *item,
             gboolean count)
{
  PmlObj *it = pml_iter (seq), *x;
  gint64 n = 0, i = 0;

  if (it == NULL)
    return NULL;
  while ((x = pml_iter_next_owned (it)) != NULL)
    {
      int eq = x == item ? 1 : pml_eq (x, item);

      pml_decref (x);
      if (eq < 0)
        {
          pml_decref (it);
          return NULL;
        }
      if (eq > 0 && !count)
        {
          pml_decref (it);
          return pml_int_new (i);
        }
      n += eq;
      i++;
    }
  pml_decref (it);
  if (pml_err_occurred ())
    return NULL;
  if (!count)
    return pml_err_set (T_VALUE_ERROR, "sequence.index(x): x not in sequence");
  return pml_int_new (n);
}

static PmlObj *
contains (PmlObj *a,
          PmlObj *b)
{
  int r = pml_contains (a, b);

  return r < 0 ? NULL : pml_incref (BOOL (r));
}

BINARY (add, pml_binop (OP_ADD, args[0], args[1]))
BINARY (sub, pml_binop (OP_SUB, args[0], args[1]))
BINARY (mul, pml_binop (OP_MUL, args[0], args[1]))
BINARY (matmul, pml_binop (OP_MATMUL, args[0], args[1]))
BINARY (truediv, pml_binop (OP_DIV, args[0], args[1]))
BINARY (floordiv, pml_binop (OP_FLOORDIV, args[0], args[1]))
BINARY (mod, pml_binop (OP_MOD, args[0], args[1]))
BINARY (pow, pml_binop (OP_POW, args[0], args[1]))
BINARY (lshift, pml_binop (OP_LSHIFT, args[0], args[1]))
BINARY (rshift, pml_binop (OP_RSHIFT, args[0], args[1]))
BINARY (and_, pml_binop (OP_AND, args[0], args[1]))
BINARY (or_, pml_binop (OP_OR, args[0], args[1]))
BINARY (xor, pml_binop (OP_XOR, args[0], args[1]))
BINARY (concat, concat (args[0], args[1], FALSE))
BINARY (iadd, pml_inplace_binop (OP_ADD, args[0], args[1]))
BINARY (isub, pml_inplace_binop (OP_SUB, args[0], args[1]))
BINARY (imul, pml_inplace_binop (OP_MUL, args[0], args[1]))
BINARY (imatmul, pml_inplace_binop (OP_MATMUL, args[0], args[1]))
BINARY (itruediv, pml_inplace_binop (OP_DIV, args[0], args[1]))
BINARY (ifloordiv, pml_inplace_binop (OP_FLOORDIV, args[0], args[1]))
BINARY (imod, pml_inplace_binop (OP_MOD, args[0], args[1]))
BINARY (ipow, pml_inplace_binop (OP_POW, args[0], args[1]))
BINARY (ilshift, pml_inplace_binop (OP_LSHIFT, args[0], args[1]))
BINARY (irshift, pml_inplace_binop (OP_RSHIFT, args[0], args[1]))
BINARY (iand, pml_inplace_binop (OP_AND, args[0], args[1]))
BINARY (ior, pml_inplace_binop (OP_OR, args[0], args[1]))
BINARY (ixor, pml_inplace_binop (OP_XOR, args[0], args[1]))
BINARY (iconcat, concat (args[0], args[1], TRUE))
BINARY (lt, pml_richcompare (args[0], args[1], OP_LT))
BINARY (le, pml_richcompare (args[0], args[1], OP_LE))
BINARY (eq, pml_richcompare (args[0], args[1], OP_EQ))
BINARY (ne, pml_richcompare (args[0], args[1], OP_NE))
BINARY (gt, pml_richcompare (args[0], args[1], OP_GT))
BINARY (ge, pml_richcompare (args[0], args[1], OP_GE))
BINARY (is_, pml_incref (BOOL (args[0] == args[1])))
BINARY (is_not, pml_incref (BOOL (args[0] != args[1])))
BINARY (contains, contains (args[0], args[1]))
BINARY (countOf, iter_search (args[0], args[1], TRUE))
BINARY (indexOf, iter_search (args[0], args[1], FALSE))
BINARY (getitem, pml_getitem (args[0], args[1]))
BINARY (delitem, sequence_setitem (args[0], args[1], NULL))
UNARY (neg, pml_unaryop (OP_NEG, args[0]))
UNARY (pos, pml_unaryop (OP_POS, args[0]))
UNARY (abs, pml_absolute (args[0]))
UNARY (inv, pml_unaryop (OP_INVERT, args[0]))
UNARY (invert, pml_unaryop (OP_INVERT, args[0]))
UNARY (not_, truth_of (args[0], TRUE))
UNARY (truth, truth_of (args[0], FALSE))
UNARY (index, number_index (args[0]))

static PmlObj *
op_setitem (PmlObj  *self,
            PmlObj **args,
            gsize    nargs,
            PmlObj  *kwnames)
{
  (void) self;
  if (!check_fastcall ("setitem", nargs, kwnames, 3))
    return NULL;
  return sequence_setitem (args[0], args[1], args[2]);
}

/* PyObject_LengthHint: the length, else __length_hint__, else @default */
static PmlObj *
op_length_hint (PmlObj  *self,
                PmlObj **args,
                gsize    nargs,
                PmlObj  *kwnames)
{
  const PmlTypeSlots *tp;
  gint64 deflt = 0, n = -1;

  (void) self;
  if (!pml_unpack_args ("length_hint", nargs, kwnames, 1, 2))
    return NULL;
  if (nargs == 2 && !pml_index_value (args[1], &deflt))
    return NULL;
  tp = pml_slots (args[0]);
  if (tp->length != NULL)
    n = pml_len (args[0]);
  else if (tp->length_hint != NULL)
    n = tp->length_hint (args[0]);
  if (n < 0 && pml_err_occurred ())
    return NULL;
  return pml_int_new (n < 0 ? deflt : n);
}

/* call(obj, /, *args, **kwargs) */
static PmlObj *
op_call (PmlObj  *self,
         PmlObj **args,
         gsize    nargs,
         PmlObj  *kwnames)
{
  (void) self;
  if (pml_positional (nargs, kwnames) < 1)
    return pml_err_set (T_TYPE_ERROR, "call expected at least 1 argument, got 0");
  return pml_call (args[0], args + 1, nargs - 1, kwnames);
}

/* ---- itemgetter ---- */

typedef struct
{
  gint64  nitems;
  PmlObj *item;     /* the key, or the tuple of keys */
  gint64  index;    /* a non-negative int key, else -1 */
} ItemGetter;
PML_NATIVE_FITS (ItemGetter);

static const PmlNativeType itemgetter_type;

static PmlObj *
itemgetter_new (PmlObj *type,
                PmlObj **args,
                gsize    nargs,
                PmlObj  *kwnames)
{
  g_auto (PmlTpCallArgs) ca = { 0 };
  PmlObj *item, *o;
  ItemGetter *ig;

  (void) type;
  if (!pml_tp_call_args_init (&ca, args, nargs, kwnames))
    return NULL;
  if (nargs <= 1 && !pml_unpack_args ("itemgetter", nargs, kwnames, 1, 1))
    return NULL;
  if (kwnames != NULL && kwnames->u.t.n > 0)
    return pml_err_set (T_TYPE_ERROR, "itemgetter() takes no keyword arguments");
  item = nargs == 1 ? args[0] : ca.args;
  if ((o = pml_native_alloc (&itemgetter_type, 0)) == NULL)
    return NULL;
  ig = PML_NATIVE (o, ItemGetter);
  ig->item = pml_incref (item);
  ig->nitems = (gint64) nargs;
  ig->index = -1;
  if (item->type == TYPE (T_INT) && !pml_int_as_i64 (item, &ig->index))
    ig->index = -1;
  ig->index = MAX (ig->index, -1);
  pml_gc_track (o);
  return o;
}

static PmlObj *
itemgetter_call (PmlObj  *o,
                 PmlObj **args,
                 gsize    nargs,
                 PmlObj  *kwnames)
{
  ItemGetter *ig = PML_NATIVE (o, ItemGetter);
  PmlObj *obj, *result;

  if (!pml_unpack_args ("itemgetter", nargs, kwnames, 1, 1))
    return NULL;
  obj = args[0];
  if (ig->nitems == 1)
    {
      if (ig->index >= 0 && obj->type == TYPE (T_TUPLE) && (gsize) ig->index < obj->u.t.n)
        return pml_incref (obj->u.t.items[ig->index]);
      return pml_getitem (obj, ig->item);
    }
  if ((result = pml_tuple_new ((gsize) ig->nitems)) == NULL)
    return NULL;
  for (gint64 i = 0; i < ig->nitems; i++)
    if ((result->u.t.items[i] = pml_getitem (obj, ig->item->u.t.items[i])) == NULL)
      {
        pml_decref (result);
        return NULL;
      }
  return result;
}

static PmlObj *
itemgetter_repr (PmlObj *o)
{
  ItemGetter *ig = PML_NATIVE (o, ItemGetter);
  g_autoptr (GString) out = g_string_new ("operator.itemgetter");
  PmlObj *r;

  if (!pml_repr_enter (o))
    return pml_str_new ("operator.itemgetter(...)", -1);
  if (ig->nitems == 1)
    g_string_append_c (out, '(');
  r = pml_repr (ig->item);
  pml_repr_leave (o);
  if (r == NULL)
    return NULL;
  g_string_append_len (out, r->u.s.s, (gssize) r->u.s.nbytes);
  pml_decref (r);
  if (ig->nitems == 1)
    g_string_append_c (out, ')');
  return pml_str_new (out->str, (gssize) out->len);
}

static gboolean
itemgetter_dealloc (PmlObj *o)
{
  pml_xdecref (PML_NATIVE (o, ItemGetter)->item);
  return FALSE;
}

/* _operator's types are heap types: their instances refer to them */
static void
itemgetter_traverse (PmlObj *o, PmlVisitFunc visit, gpointer data)
{
  PML_VISIT (o->type);
  PML_VISIT (PML_NATIVE (o, ItemGetter)->item);
}

static const PmlTypeSlots itemgetter_slots = {
  .repr = itemgetter_repr,
  .hash = pml_object_hash,
  .richcompare = pml_object_richcompare,
  .getattro = pml_object_getattro,
  .setattro = pml_object_setattro,
  .call = itemgetter_call,
  .new_instance = itemgetter_new,
  .dealloc = itemgetter_dealloc,
  .traverse = itemgetter_traverse,
  .flags = PML_TPFLAGS_HAVE_GC,
};

/* 16 header + nitems, item, index, vectorcall */
static const PmlNativeType itemgetter_type = { "operator.itemgetter", 48, &itemgetter_slots };

/* ---- attrgetter ---- */

typedef struct
{
  gint64  nattrs;
  PmlObj *attr;    /* per name, the interned str, or a tuple of the dotted parts */
} AttrGetter;
PML_NATIVE_FITS (AttrGetter);

static const PmlNativeType attrgetter_type;

/* "a.b.c": a tuple of the interned parts */
static PmlObj *
split_dotted (PmlObj *name)
{
  g_auto (GStrv) parts = g_strsplit (name->u.s.s, ".", -1);
  guint n = g_strv_length (parts);
  PmlObj *chain = pml_tuple_new (n);

  if (chain == NULL)
    return NULL;
  for (guint i = 0; i < n; i++)
    {
      PmlObj *part = pml_str_new (parts[i], -1);

      if (part == NULL)
        {
          pml_decref (chain);
          return NULL;
        }
      chain->u.t.items[i] = pml_str_intern (part);
    }
  return chain;
}

static PmlObj *
attrgetter_new (PmlObj *type,
                PmlObj **args,
                gsize    nargs,
                PmlObj  *kwnames)
{
  g_auto (PmlTpCallArgs) ca = { 0 };
  PmlObj *attr, *o;

  (void) type;
  if (!pml_tp_call_args_init (&ca, args, nargs, kwnames))
    return NULL;
  if (kwnames != NULL && kwnames->u.t.n > 0)
    return pml_err_set (T_TYPE_ERROR, "attrgetter() takes no keyword arguments");
  if (nargs <= 1 && !pml_unpack_args ("attrgetter", nargs, NULL, 1, 1))
    return NULL;
  if ((attr = pml_tuple_new (nargs)) == NULL)
    return NULL;
  for (gsize i = 0; i < nargs; i++)
    {
      PmlObj *item = args[i];

      if (item->kind != K_STR)
        {
          pml_decref (attr);
          return pml_err_set (T_TYPE_ERROR, "attribute name must be a string");
        }
      attr->u.t.items[i] = strchr (item->u.s.s, '.') == NULL ? pml_str_intern (pml_incref (item))
                                                             : split_dotted (item);
      if (attr->u.t.items[i] == NULL)
        {
          pml_decref (attr);
          return NULL;
        }
    }
  if ((o = pml_native_alloc (&attrgetter_type, 0)) == NULL)
    {
      pml_decref (attr);
      return NULL;
    }
  PML_NATIVE (o, AttrGetter)->attr = attr;
  PML_NATIVE (o, AttrGetter)->nattrs = (gint64) nargs;
  pml_gc_track (o);
  return o;
}

static PmlObj *
dotted_getattr (PmlObj *obj,
                PmlObj *attr)
{
  if (attr->type != TYPE (T_TUPLE))
    return pml_getattr (obj, attr);
  pml_incref (obj);
  for (gsize i = 0; i < attr->u.t.n; i++)
    {
      PmlObj *next = pml_getattr (obj, attr->u.t.items[i]);

      pml_decref (obj);
      if (next == NULL)
        return NULL;
      obj = next;
    }
  return obj;
}

static PmlObj *
attrgetter_call (PmlObj  *o,
                 PmlObj **args,
                 gsize    nargs,
                 PmlObj  *kwnames)
{
  AttrGetter *ag = PML_NATIVE (o, AttrGetter);
  PmlObj *result;

  if (!pml_unpack_args ("attrgetter", nargs, kwnames, 1, 1))
    return NULL;
  if (ag->nattrs == 1)
    return dotted_getattr (args[0], ag->attr->u.t.items[0]);
  if ((result = pml_tuple_new ((gsize) ag->nattrs)) == NULL)
    return NULL;
  for (gint64 i = 0; i < ag->nattrs; i++)
    if ((result->u.t.items[i] = dotted_getattr (args[0], ag->attr->u.t.items[i])) == NULL)
      {
        pml_decref (result);
        return NULL;
      }
  return result;
}

/* the names as given: the dotted parts joined again */
static gboolean
append_attr_name (GString *out,
                  PmlObj  *attr)
{
  GString *name = g_string_new (NULL);
  PmlObj *s;
  gboolean ok;

  if (attr->type == TYPE (T_TUPLE))
    for (gsize i = 0; i < attr->u.t.n; i++)
      {
        if (i > 0)
          g_string_append_c (name, '.');
        g_string_append (name, attr->u.t.items[i]->u.s.s);
      }
  else
    g_string_append (name, attr->u.s.s);
  s = pml_str_from_gstring (name);
  if (s == NULL)
    return FALSE;
  ok = pml_append_repr (out, s);
  pml_decref (s);
  return ok;
}

static PmlObj *
attrgetter_repr (PmlObj *o)
{
  AttrGetter *ag = PML_NATIVE (o, AttrGetter);
  g_autoptr (GString) out = g_string_new ("operator.attrgetter(");

  for (gint64 i = 0; i < ag->nattrs; i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      if (!append_attr_name (out, ag->attr->u.t.items[i]))
        return NULL;
    }
  g_string_append_c (out, ')');
  return pml_str_new (out->str, (gssize) out->len);
}

static gboolean
attrgetter_dealloc (PmlObj *o)
{
  pml_xdecref (PML_NATIVE (o, AttrGetter)->attr);
  return FALSE;
}

static void
attrgetter_traverse (PmlObj *o, PmlVisitFunc visit, gpointer data)
{
  PML_VISIT (PML_NATIVE (o, AttrGetter)->attr);
  PML_VISIT (o->type);
}

static const PmlTypeSlots attrgetter_slots = {
  .repr = attrgetter_repr,
  .hash = pml_object_hash,
  .richcompare = pml_object_richcompare,
  .getattro = pml_object_getattro,
  .setattro = pml_object_setattro,
  .call = attrgetter_call,
  .new_instance = attrgetter_new,
  .dealloc = attrgetter_dealloc,
  .traverse = attrgetter_traverse,
  .flags = PML_TPFLAGS_HAVE_GC,
};

/* 16 header + nattrs, attr, vectorcall */
static const PmlNativeType attrgetter_type = { "operator.attrgetter", 40, &attrgetter_slots };

/* ---- methodcaller ---- */

typedef struct
{
  PmlObj *name, *args;
  PmlObj *kwds;     /* NULL without keywords */
} MethodCaller;
PML_NATIVE_FITS (MethodCaller);

static const PmlNativeType methodcaller_type;

static PmlObj *
methodcaller_new (PmlObj *type,
                  PmlObj **args,
                  gsize    nargs,
                  PmlObj  *kwnames)
{
  g_auto (PmlTpCallArgs) ca = { 0 };
  gsize npos = pml_positional (nargs, kwnames);
  PmlObj *o;
  MethodCaller *mc;

  (void) type;
  if (!pml_tp_call_args_init (&ca, args, nargs, kwnames))
    return NULL;
  if (npos < 1)
    return pml_err_set (T_TYPE_ERROR, "methodcaller needs at least one argument, the method name");
  if (args[0]->kind != K_STR)
    return pml_err_set (T_TYPE_ERROR, "method name must be a string");
  if ((o = pml_native_alloc (&methodcaller_type, 0)) == NULL)
    return NULL;
  mc = PML_NATIVE (o, MethodCaller);
  mc->name = pml_str_intern (pml_incref (args[0]));
  mc->kwds = pml_xincref (ca.kwargs);
  mc->args = pml_tuple_from_array (args + 1, npos - 1);
  if (mc->args == NULL)
    {
      pml_decref (o);
      return NULL;
    }
  pml_gc_track (o);
  return o;
}

/* tp_call: the object comes in an args tuple; the method is looked up
   and called with the saved arguments */
static PmlObj *
methodcaller_call (PmlObj  *o,
                   PmlObj **args,
                   gsize    nargs,
                   PmlObj  *kwnames)
{
  g_auto (PmlTpCallArgs) ca = { 0 };
  MethodCaller *mc = PML_NATIVE (o, MethodCaller);
  PmlObj *method, *result;

  if (!pml_tp_call_args_init (&ca, args, nargs, kwnames))
    return NULL;
  if (ca.kwargs != NULL)
    return pml_err_set (T_TYPE_ERROR, "methodcaller() takes no keyword arguments");
  if (!pml_unpack_args ("methodcaller", nargs, NULL, 1, 1))
    return NULL;
  if ((method = pml_getattr (args[0], mc->name)) == NULL)
    return NULL;
  result = pml_call_with_kwargs (method, mc->args->u.t.items, mc->args->u.t.n, mc->kwds);
  pml_decref (method);
  return result;
}

static PmlObj *
methodcaller_repr (PmlObj *o)
{
  MethodCaller *mc = PML_NATIVE (o, MethodCaller);
  g_autoptr (GString) out = g_string_new ("operator.methodcaller(");
  gsize pos = 0;
  PmlObj *key, *value;

  if (!pml_append_repr (out, mc->name))
    return NULL;
  for (gsize i = 0; i < mc->args->u.t.n; i++)
    {
      g_string_append (out, ", ");
      if (!pml_append_repr (out, mc->args->u.t.items[i]))
        return NULL;
    }
  while (mc->kwds != NULL && pml_dict_next (mc->kwds, &pos, &key, &value))
    {
      g_string_append_printf (out, ", %s=", key->u.s.s);
      if (!pml_append_repr (out, value))
        return NULL;
    }
  g_string_append_c (out, ')');
  return pml_str_new (out->str, (gssize) out->len);
}

static gboolean
methodcaller_dealloc (PmlObj *o)
{
  MethodCaller *mc = PML_NATIVE (o, MethodCaller);

  pml_xdecref (mc->name);
  pml_xdecref (mc->args);
  pml_xdecref (mc->kwds);
  return FALSE;
}

static void
methodcaller_traverse (PmlObj *o, PmlVisitFunc visit, gpointer data)
{
  PML_VISIT (PML_NATIVE (o, MethodCaller)->name);
  PML_VISIT (PML_NATIVE (o, MethodCaller)->args);
  PML_VISIT (PML_NATIVE (o, MethodCaller)->kwds);
  PML_VISIT (o->type);
}

static const PmlTypeSlots methodcaller_slots = {
  .repr = methodcaller_repr,
  .hash = pml_object_hash,
  .richcompare = pml_object_richcompare,
  .getattro = pml_object_getattro,
  .setattro = pml_object_setattro,
  .call = methodcaller_call,
  .new_instance = methodcaller_new,
  .dealloc = methodcaller_dealloc,
  .traverse = methodcaller_traverse,
  .flags = PML_TPFLAGS_HAVE_GC,
};

/* 16 header + name, args, kwds */
static const PmlNativeType methodcaller_type = { "operator.methodcaller", 40, &methodcaller_slots };

/* ---- the module ---- */

typedef struct
{
  const char    *name;
  PmlBuiltinFunc fn;
  const char    *dunder;   /* the alias, or NULL */
} OperatorFunc;

static const OperatorFunc functions[] = {
  { "abs", op_abs, "__abs__" },
  { "add", op_add, "__add__" },
  { "and_", op_and_, "__and__" },
  { "call", op_call, "__call__" },
  { "concat", op_concat, "__concat__" },
  { "contains", op_contains, "__contains__" },
  { "countOf", op_countOf, NULL },
  { "delitem", op_delitem, "__delitem__" },
  { "eq", op_eq, "__eq__" },
  { "floordiv", op_floordiv, "__floordiv__" },
  { "ge", op_ge, "__ge__" },
  { "getitem", op_getitem, "__getitem__" },
  { "gt", op_gt, "__gt__" },
  { "iadd", op_iadd, "__iadd__" },
  { "iand", op_iand, "__iand__" },
  { "iconcat", op_iconcat, "__iconcat__" },
  { "ifloordiv", op_ifloordiv, "__ifloordiv__" },
  { "ilshift", op_ilshift, "__ilshift__" },
  { "imatmul", op_imatmul, "__imatmul__" },
  { "imod", op_imod, "__imod__" },
  { "imul", op_imul, "__imul__" },
  { "index", op_index, "__index__" },
  { "indexOf", op_indexOf, NULL },
  { "inv", op_inv, "__inv__" },
  { "invert", op_invert, "__invert__" },
  { "ior", op_ior, "__ior__" },
  { "ipow", op_ipow, "__ipow__" },
  { "irshift", op_irshift, "__irshift__" },
  { "is_", op_is_, NULL },
  { "is_not", op_is_not, NULL },
  { "isub", op_isub, "__isub__" },
  { "itruediv", op_itruediv, "__itruediv__" },
  { "ixor", op_ixor, "__ixor__" },
  { "le", op_le, "__le__" },
  { "length_hint", op_length_hint, NULL },
  { "lshift", op_lshift, "__lshift__" },
  { "lt", op_lt, "__lt__" },
  { "matmul", op_matmul, "__matmul__" },
  { "mod", op_mod, "__mod__" },
  { "mul", op_mul, "__mul__" },
  { "ne", op_ne, "__ne__" },
  { "neg", op_neg, "__neg__" },
  { "not_", op_not_, "__not__" },
  { "or_", op_or_, "__or__" },
  { "pos", op_pos, "__pos__" },
  { "pow", op_pow, "__pow__" },
  { "rshift", op_rshift, "__rshift__" },
  { "setitem", op_setitem, "__setitem__" },
  { "sub", op_sub, "__sub__" },
  { "truediv", op_truediv, "__truediv__" },
  { "truth", op_truth, NULL },
  { "xor", op_xor, "__xor__" },
};

PmlObj *
pml_module_make_operator (void)
{
  static const PmlNativeType *const types[] = {
    &attrgetter_type, &itemgetter_type, &methodcaller_type,
  };
  PmlObj *m = pml_module_new_imported ("operator");

  if (m == NULL)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (functions); i++)
    {
      PmlObj *f = pml_builtin_new (functions[i].name, functions[i].fn, m);

      pml_dict_set_str (m->u.mod.dict, functions[i].name, f);
      if (functions[i].dunder != NULL)
        pml_dict_set_str (m->u.mod.dict, functions[i].dunder, f);
      pml_decref (f);
    }
  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    pml_dict_set_str (m->u.mod.dict, strchr (types[i]->name, '.') + 1, pml_native_type (types[i]));
  return m;
}
