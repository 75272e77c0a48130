/* pml-py-dictview.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pml-py-subtype.h"

/* keys(), values() and items(): live views of a dict. keys() and items()
 * are set-like (| & - ^, comparisons with sets and views, isdisjoint),
 * as CPython's dictobject.c makes them; every view is reversible. */

enum { VIEW_KEYS, VIEW_VALUES, VIEW_ITEMS };

static gboolean
is_setlike_view (PmlObj *o)
{
  return o->kind == K_DICTVIEW && o->u.dv.which != VIEW_VALUES;
}

static gboolean
is_set_or_view (PmlObj *o)
{
  return o->kind == K_SET || o->kind == K_FROZENSET || is_setlike_view (o);
}

static gint64
dictview_length (PmlObj *o)
{
  return (gint64) o->u.dv.dict->u.d.used;
}

static PmlObj *
dictview_iter (PmlObj *o)
{
  return pml_iter_new (o->u.dv.which == VIEW_KEYS ? IT_DICT_KEYS
                       : o->u.dv.which == VIEW_VALUES ? IT_DICT_VALUES : IT_DICT_ITEMS,
                       o->u.dv.dict);
}

/* keys: a lookup; items: a lookup of the pair's key, then its value
   compared; values: a search */
static int
dictview_contains (PmlObj *o, PmlObj *item)
{
  gboolean error;
  PmlObj *it, *x, *found;
  int e = 0;

  if (o->u.dv.which == VIEW_KEYS)
    {
      found = pml_dict_get (o->u.dv.dict, item, &error);
      return error ? -1 : found != NULL;
    }
  if (o->u.dv.which == VIEW_ITEMS)
    {
      if (item->kind != K_TUPLE || item->u.t.n != 2)
        return 0;
      found = pml_dict_get (o->u.dv.dict, item->u.t.items[0], &error);
      if (found == NULL)
        return error ? -1 : 0;
      pml_incref (found);
      e = pml_eq (found, item->u.t.items[1]);
      pml_decref (found);
      return e;
    }
  it = dictview_iter (o);
  if (it == NULL)
    return -1;
  while (e == 0 && (x = pml_iter_next (it)) != NULL)
    {
      e = pml_eq (x, item);
      pml_decref (x);
    }
  pml_decref (it);
  return e == 0 && pml_err_occurred () ? -1 : e;
}

/* dictview_repr: the items as a list */
static PmlObj *
dictview_repr (PmlObj *o)
{
  PmlObj *l, *r;

  if (!pml_repr_enter (o))
    return pml_str_new ("...", -1);
  l = pml_list_from_iterable (o);
  r = l ? pml_repr (l) : NULL;
  pml_xdecref (l);
  pml_repr_leave (o);
  if (r == NULL)
    return NULL;
  l = pml_str_printf ("%s(%s)", pml_type_name (o), r->u.s.s);
  pml_decref (r);
  return l;
}

/* ---- the set algebra of keys() and items() ---- */

/* dictviews_to_set: a keys view of a plain dict copies the dict's keys
   (the table sized once); anything else is iterated */
static PmlObj *
to_set (PmlObj *o)
{
  PmlObj *s = pml_set_new (K_SET);

  if (s == NULL)
    return NULL;
  if (!pml_set_update (s, o->kind == K_DICTVIEW && o->u.dv.which == VIEW_KEYS
                             && o->u.dv.dict->type == TYPE (T_DICT) ? o->u.dv.dict : o))
    PML_CLEAR (s);
  return s;
}

static PmlObj *
call_set_method (PmlObj *set, const char *name, PmlObj *arg)
{
  PmlObj *m = pml_getattr_cstr (set, name), *r;

  if (m == NULL)
    return NULL;
  r = pml_call_from_c (m, &arg, 1);
  pml_decref (m);
  return r;
}

/* _PyDictView_Intersect: the items of the smaller side found in the view */
static PmlObj *
view_intersect (PmlObj *a, PmlObj *b)
{
  PmlObj *view = a, *other = b, *r, *it, *item;
  gint64 len_view;

  if (!is_setlike_view (view))
    view = b, other = a;
  len_view = dictview_length (view);
  if (other->type == TYPE (T_SET))
    {
      gint64 len_other = pml_len (other);

      if (len_other < 0)
        return NULL;
      if (len_view <= len_other)
        return call_set_method (other, "intersection", view);
    }
  if (is_setlike_view (other) && dictview_length (other) > len_view)
    {
      PmlObj *t = view;

      view = other, other = t;
    }
  r = pml_set_new (K_SET);
  it = r ? pml_iter (other) : NULL;
  if (it == NULL)
    {
      pml_xdecref (r);
      return NULL;
    }
  while ((item = pml_iter_next (it)) != NULL)
    {
      int c = dictview_contains (view, item);

      if (c < 0 || (c > 0 && !pml_set_add (r, item)))
        {
          pml_decref (item);
          break;
        }
      pml_decref (item);
    }
  pml_decref (it);
  if (pml_err_occurred ())
    PML_CLEAR (r);
  return r;
}

/* | - ^ : a set of the left operand, then updated by the right one */
static PmlObj *
view_binop (int op, PmlObj *a, PmlObj *b)
{
  PmlObj *r, *t;

  if (op == OP_AND)
    return view_intersect (a, b);
  r = to_set (a);
  if (r == NULL)
    return NULL;
  if (op == OP_OR)
    {
      if (!pml_set_update (r, b))
        PML_CLEAR (r);
      return r;
    }
  t = call_set_method (r, op == OP_SUB ? "difference_update" : "symmetric_difference_update", b);
  if (t == NULL)
    PML_CLEAR (r);
  pml_xdecref (t);
  return r;
}

static PmlObj *
view_number (int op, PmlObj *a, PmlObj *b)
{
  /* a values view is no set; an operand that is no view is iterated */
  if ((a->kind == K_DICTVIEW && !is_setlike_view (a)) || (b->kind == K_DICTVIEW && !is_setlike_view (b)))
    return pml_incref (NOTIMPL);
  return view_binop (op, a, b);
}

static PmlObj *view_or (PmlObj *a, PmlObj *b) { return view_number (OP_OR, a, b); }
static PmlObj *view_and (PmlObj *a, PmlObj *b) { return view_number (OP_AND, a, b); }
static PmlObj *view_sub (PmlObj *a, PmlObj *b) { return view_number (OP_SUB, a, b); }
static PmlObj *view_xor (PmlObj *a, PmlObj *b) { return view_number (OP_XOR, a, b); }

/* all_contained_in: every item of @a is in @b */
static int
all_contained_in (PmlObj *a, PmlObj *b)
{
  PmlObj *it = pml_iter (a), *item;
  int ok = 1;

  if (it == NULL)
    return -1;
  while (ok == 1 && (item = pml_iter_next_owned (it)) != NULL)
    {
      ok = pml_contains (b, item);
      pml_decref (item);
    }
  pml_decref (it);
  return ok == 1 && pml_err_occurred () ? -1 : ok;
}

static PmlObj *
dictview_richcompare (PmlObj *a, PmlObj *b, int op)
{
  gint64 la, lb;
  int ok;

  if (!is_setlike_view (a) || !is_set_or_view (b))
    return op == OP_EQ || op == OP_NE ? pml_object_richcompare (a, b, op) : pml_incref (NOTIMPL);
  la = pml_len (a);
  lb = pml_len (b);
  if (la < 0 || lb < 0)
    return NULL;
  switch (op)
    {
    case OP_EQ:
    case OP_NE:
      ok = la == lb ? all_contained_in (a, b) : 0;
      if (op == OP_NE && ok >= 0)
        ok = !ok;
      break;
    case OP_LT:
      ok = la < lb ? all_contained_in (a, b) : 0;
      break;
    case OP_LE:
      ok = la <= lb ? all_contained_in (a, b) : 0;
      break;
    case OP_GT:
      ok = la > lb ? all_contained_in (b, a) : 0;
      break;
    default:
      ok = la >= lb ? all_contained_in (b, a) : 0;
      break;
    }
  return ok < 0 ? NULL : pml_incref (ok ? TRUE_ : FALSE_);
}

/* dictviews_isdisjoint: the smaller of two sets is iterated */
static PmlObj *
m_isdisjoint (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *view, *other, *it, *item;
  int found = 0;

  METHOD_SELF ();
  NO_KW ("isdisjoint");
  NARGS ("isdisjoint", 1, 1);
  view = self;
  other = args[0];
  if (view == other)
    return pml_incref (dictview_length (view) == 0 ? TRUE_ : FALSE_);
  if (is_set_or_view (other))
    {
      gint64 lo = pml_len (other);

      if (lo < 0)
        return NULL;
      if (lo > dictview_length (view))
        view = args[0], other = self;
    }
  it = pml_iter (other);
  if (it == NULL)
    return NULL;
  while (found == 0 && (item = pml_iter_next_owned (it)) != NULL)
    {
      found = pml_contains (view, item);
      pml_decref (item);
    }
  pml_decref (it);
  if (found < 0 || pml_err_occurred ())
    return NULL;
  return pml_incref (found ? FALSE_ : TRUE_);
}

static PmlObj *
m_reversed (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  METHOD_SELF ();
  (void) args;
  NO_KW ("__reversed__");
  NARGS ("__reversed__", 0, 0);
  return pml_dict_reversed_iter (self->u.dv.dict, self->u.dv.which);
}

static const PmlMethodDef setlike_view_methods[] = {
  { "isdisjoint", m_isdisjoint },
  { "__reversed__", m_reversed },
  { NULL, NULL }
};

static const PmlMethodDef values_view_methods[] = {
  { "__reversed__", m_reversed },
  { NULL, NULL }
};

static gboolean
dictview_dealloc (PmlObj *o)
{
  pml_xdecref (o->u.dv.dict);
  return FALSE;
}

static void
dictview_traverse (PmlObj *o, PmlVisitFunc visit, gpointer data)
{
  PML_VISIT (o->u.dv.dict);
}

#define VIEW_SLOTS \
  .repr = dictview_repr, \
  .hash = pml_hash_not_implemented, \
  .getattro = pml_object_getattro, \
  .setattro = pml_object_setattro, \
  .iter = dictview_iter, \
  .length = dictview_length, \
  .contains = dictview_contains, \
  .dealloc = dictview_dealloc, \
  .traverse = dictview_traverse, \
  .flags = PML_TPFLAGS_HAVE_GC

/* keys() and items() */
const PmlTypeSlots pml_dictview_slots = {
  VIEW_SLOTS,
  .richcompare = dictview_richcompare,
  .nb = { [OP_OR] = view_or, [OP_AND] = view_and, [OP_SUB] = view_sub, [OP_XOR] = view_xor },
  .methods = setlike_view_methods,
};

/* values(): compared by identity, no set algebra */
const PmlTypeSlots pml_dict_values_slots = {
  VIEW_SLOTS,
  .richcompare = pml_object_richcompare,
  .methods = values_view_methods,
};
