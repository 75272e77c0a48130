/* pml-py-iter.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pml-py-subtype.h"

/* The iterators of the built-in containers, enumerate, zip, reversed and
 * the sequence iterator of classes with only __getitem__. */

PmlObj *
pml_iter_new (PmlIterKind kind, PmlObj *seq)
{
  static const PmlTypeId types[] = {
    [IT_LIST] = T_LIST_ITER, [IT_TUPLE] = T_TUPLE_ITER, [IT_STR] = T_STR_ITER, [IT_RANGE] = T_RANGE_ITER,
    [IT_DICT_KEYS] = T_DICT_KEYITER, [IT_DICT_VALUES] = T_DICT_VALUEITER, [IT_DICT_ITEMS] = T_DICT_ITEMITER,
    [IT_SET] = T_SET_ITER, [IT_ENUMERATE] = T_ENUMERATE, [IT_ZIP] = T_ZIP, [IT_REVERSED] = T_REVERSED,
    [IT_BYTES] = T_BYTES_ITER, [IT_SEQ] = T_SEQ_ITER, [IT_MAP] = T_MAP, [IT_FILTER] = T_FILTER,
    [IT_DICT_REVKEYS] = T_DICT_REVKEYITER, [IT_DICT_REVVALUES] = T_DICT_REVVALUEITER,
    [IT_DICT_REVITEMS] = T_DICT_REVITEMITER,
  };
  gboolean gc = kind != IT_RANGE;
  gboolean dict_kind = kind == IT_DICT_KEYS || kind == IT_DICT_VALUES || kind == IT_DICT_ITEMS
                       || kind == IT_DICT_REVKEYS || kind == IT_DICT_REVVALUES || kind == IT_DICT_REVITEMS;
  gsize size = kind == IT_RANGE ? 48 : dict_kind
               ? 16 + 56 : kind == IT_SET ? 16 + 48 : kind == IT_ENUMERATE ? 16 + 56 : kind == IT_ZIP ? 16 + 48 : 16 + 32;
  PmlObj *it = pml_obj_new (TYPE (types[kind]), K_ITER, size, gc);

  if (it == NULL)
    return NULL;
  it->u.it.ikind = kind;
  if (kind == IT_RANGE)
    {
      it->u.it.index = seq->u.r.start;
      it->u.it.step = seq->u.r.step;
      it->u.it.count = seq->u.r.len;
    }
  else
    it->u.it.seq = seq ? pml_incref (seq) : NULL;
  if (dict_kind)
    it->u.it.stop = (gint64) seq->u.d.used;
  /* dictreviter: from the last entry down */
  if (kind == IT_DICT_REVKEYS || kind == IT_DICT_REVVALUES || kind == IT_DICT_REVITEMS)
    it->u.it.index = (gint64) seq->u.d.nentries - 1;
  if (gc)
    pml_gc_track (it);
  return it;
}

PmlObj *pml_map_filter_next (PmlObj *it);

/* zip(strict=True) found iterator @i exhausted: the others must be too */
static void
zip_strict_check (PmlObj *iters, gsize i)
{
  if (i > 0)
    {
      pml_err_set (T_VALUE_ERROR, "zip() argument %zu is shorter than argument%s%zu", i + 1, i == 1 ? " " : "s 1-",
                   i == 1 ? 1 : i);
      return;
    }
  for (gsize j = 1; j < iters->u.t.n; j++)
    {
      PmlObj *item = pml_iter_next (iters->u.t.items[j]);

      if (item != NULL)
        {
          pml_decref (item);
          pml_err_set (T_VALUE_ERROR, "zip() argument %zu is longer than argument%s%zu", j + 1, j == 1 ? " " : "s 1-",
                       j == 1 ? 1 : j);
          return;
        }
      if (pml_err_occurred ())
        return;
    }
}

static PmlObj *
iter_next (PmlObj *it)
{
  PmlObj *seq = it->u.it.seq;

  switch (it->u.it.ikind)
    {
    case IT_LIST:
      if (seq && (gsize) it->u.it.index < seq->u.l.n)
        return pml_incref (seq->u.l.items[it->u.it.index++]);
      PML_CLEAR (it->u.it.seq);
      return NULL;
    case IT_TUPLE:
      if (seq && (gsize) it->u.it.index < seq->u.t.n)
        return pml_incref (seq->u.t.items[it->u.it.index++]);
      PML_CLEAR (it->u.it.seq);
      return NULL;
    case IT_STR:
      if (seq && (gsize) it->u.it.index < seq->u.s.len)
        return pml_str_char_at (seq, it->u.it.index++);
      PML_CLEAR (it->u.it.seq);
      return NULL;
    case IT_BYTES:
      if (seq && (gsize) it->u.it.index < seq->u.b.len)
        return pml_int_new (seq->u.b.data[it->u.it.index++]);
      PML_CLEAR (it->u.it.seq);
      return NULL;
    case IT_RANGE:
      if (it->u.it.count <= 0)
        return NULL;
      it->u.it.count--;
      it->u.it.index += it->u.it.step;
      return pml_int_new (it->u.it.index - it->u.it.step);
    case IT_DICT_KEYS:
    case IT_DICT_VALUES:
    case IT_DICT_ITEMS:
      {
        gsize pos = (gsize) it->u.it.index;
        PmlObj *k, *v;

        if (seq == NULL)
          return NULL;
        if ((gint64) seq->u.d.used != it->u.it.stop)
          {
            it->u.it.stop = -1;
            return pml_err_set (T_RUNTIME_ERROR, "dictionary changed size during iteration");
          }
        if (!pml_dict_next (seq, &pos, &k, &v))
          {
            PML_CLEAR (it->u.it.seq);
            return NULL;
          }
        it->u.it.index = (gint64) pos;
        if (it->u.it.ikind == IT_DICT_KEYS)
          return pml_incref (k);
        if (it->u.it.ikind == IT_DICT_VALUES)
          return pml_incref (v);
        return pml_tuple_pack (2, k, v);
      }
    case IT_DICT_REVKEYS:
    case IT_DICT_REVVALUES:
    case IT_DICT_REVITEMS:
      {
        PmlDictEntry *e = NULL;

        if (seq == NULL)
          return NULL;
        if ((gint64) seq->u.d.used != it->u.it.stop)
          {
            it->u.it.stop = -1;
            return pml_err_set (T_RUNTIME_ERROR, "dictionary changed size during iteration");
          }
        while (it->u.it.index >= 0 && (e = &seq->u.d.entries[it->u.it.index--])->key == NULL)
          e = NULL;
        if (e == NULL)
          {
            PML_CLEAR (it->u.it.seq);
            return NULL;
          }
        if (it->u.it.ikind == IT_DICT_REVKEYS)
          return pml_incref (e->key);
        if (it->u.it.ikind == IT_DICT_REVVALUES)
          return pml_incref (e->value);
        return pml_tuple_pack (2, e->key, e->value);
      }
    case IT_SET:
      {
        gsize pos = (gsize) it->u.it.index;
        PmlObj *k;

        if (seq == NULL || !pml_set_next (seq, &pos, &k))
          {
            PML_CLEAR (it->u.it.seq);
            return NULL;
          }
        it->u.it.index = (gint64) pos;
        return pml_incref (k);
      }
    case IT_ENUMERATE:
      {
        PmlObj *item = pml_iter_next (seq), *idx, *r;

        if (item == NULL)
          return NULL;
        idx = pml_int_from_ssize (it->u.it.index++);
        r = pml_tuple_pack (2, idx, item);
        pml_decref (idx);
        pml_decref (item);
        return r;
      }
    case IT_ZIP:
      {
        gsize n = seq->u.t.n;
        PmlObj *r;

        /* zip() of nothing is empty, not an endless run of () */
        if (n == 0)
          return NULL;
        r = pml_tuple_new (n);
        if (r == NULL)
          return NULL;
        for (gsize i = 0; i < n; i++)
          {
            r->u.t.items[i] = pml_iter_next (seq->u.t.items[i]);
            if (r->u.t.items[i] == NULL)
              {
                for (gsize k = 0; k < i; k++)
                  PML_CLEAR (r->u.t.items[k]);
                pml_decref (r);
                if (it->u.it.count && !pml_err_occurred ())
                  zip_strict_check (seq, i);
                return NULL;
              }
          }
        return r;
      }
    case IT_MAP:
    case IT_FILTER:
      return pml_map_filter_next (it);
    case IT_SEQ:
      /* the sequence protocol: __getitem__ until IndexError */
      if (seq == NULL)
        return NULL;
      {
        PmlObj *key = pml_int_from_ssize (it->u.it.index++), *r = pml_getitem (seq, key);

        pml_decref (key);
        if (r == NULL && VM->exc && (pml_type_is_subtype (VM->exc->type, TYPE (T_INDEX_ERROR))
                                     || pml_type_is_subtype (VM->exc->type, TYPE (T_STOP_ITERATION))))
          {
            pml_err_clear ();
            PML_CLEAR (it->u.it.seq);
          }
        return r;
      }
    case IT_REVERSED:
      if (seq == NULL || it->u.it.index < 0)
        return NULL;
      {
        PmlObj *key = pml_int_from_ssize (it->u.it.index--), *r = pml_getitem (seq, key);

        pml_decref (key);
        return r;
      }
    }
  return NULL;
}

PmlObj *
pml_dict_reversed_iter (PmlObj *d, int which)
{
  return pml_iter_new (which == 0 ? IT_DICT_REVKEYS : which == 1 ? IT_DICT_REVVALUES : IT_DICT_REVITEMS, d);
}

static PmlObj *
iter_self (PmlObj *o)
{
  return pml_incref (o);
}

static gboolean
iter_dealloc (PmlObj *o)
{
  pml_xdecref (o->u.it.seq);
  pml_xdecref (o->u.it.seq2);
  pml_xdecref (o->u.it.result);
  return FALSE;
}

static void
iter_traverse (PmlObj *o, PmlVisitFunc visit, gpointer data)
{
  PML_VISIT (o->u.it.seq);
  PML_VISIT (o->u.it.seq2);
  PML_VISIT (o->u.it.result);
}

/* ---- enumerate, zip, reversed: iterators made by calling the type ---- */

static PmlObj *
enumerate_new (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gsize npos = pml_positional (nargs, kwnames);
  PmlObj *start_obj = pml_kwarg (args, nargs, kwnames, "start"), *it, *e;
  gint64 start = 0;

  (void) type;
  if (npos < 1 || npos > 2)
    return pml_err_set (T_TYPE_ERROR, "enumerate() missing required argument 'iterable' (pos 1)");
  if (npos == 2)
    start_obj = args[1];
  if (start_obj && !pml_index_value (start_obj, &start))
    return NULL;
  it = pml_iter (args[0]);
  if (it == NULL)
    return NULL;
  e = pml_iter_new (IT_ENUMERATE, it);
  pml_decref (it);
  if (e)
    e->u.it.index = start;
  return e;
}

static PmlObj *
zip_new (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *iters, *z, *strict = pml_kwarg (args, nargs, kwnames, "strict");
  gsize npos = pml_positional (nargs, kwnames);
  int is_strict = 0;

  (void) type;
  if (npos + (strict != NULL) != nargs)
    return pml_err_set (T_TYPE_ERROR, "zip() got an unexpected keyword argument '%s'", kwnames->u.t.items[0]->u.s.s);
  if (strict != NULL && (is_strict = pml_truth (strict)) < 0)
    return NULL;
  nargs = npos;
  iters = pml_tuple_new (nargs);
  if (iters == NULL)
    return NULL;
  for (gsize i = 0; i < nargs; i++)
    if ((iters->u.t.items[i] = pml_iter (args[i])) == NULL)
      {
        pml_decref (iters);
        return NULL;
      }
  z = pml_iter_new (IT_ZIP, iters);
  pml_decref (iters);
  if (z != NULL)
    z->u.it.count = is_strict;
  return z;
}

PmlObj *pml_map_new (PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj *pml_filter_new (PmlObj **args, gsize nargs, PmlObj *kwnames);

static PmlObj *
map_new (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) type;
  return pml_map_new (args, nargs, kwnames);
}

static PmlObj *
filter_new (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) type;
  return pml_filter_new (args, nargs, kwnames);
}

/* the sequence protocol backwards: a length and items (not a dict's) */
static PmlObj *
reversed_new (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  const PmlTypeSlots *tp;
  PmlObj *r;
  gint64 n;

  (void) type;
  NO_KW ("reversed");
  NARGS ("reversed", 1, 1);
  /* the object's own __reversed__ first (a deque's, a class's; a class
     setting it to None is not reversible) */
  {
    gboolean found;

    if (pml_class_lookup (args[0]->type, "__reversed__") == NONE)
      return pml_err_set (T_TYPE_ERROR, "'%s' object is not reversible", pml_type_name (args[0]));
    r = pml_call_special (args[0], "__reversed__", NULL, 0, &found);
    if (found)
      return r;
  }
  /* PySequence_Check: a class with __getitem__ is a sequence, even
     without __len__ (then its missing len() is the error) */
  tp = pml_slots (args[0]);
  if (tp->subscript == NULL || pml_type_is_subtype (args[0]->type, TYPE (T_DICT))
      || (tp->length == NULL && args[0]->type->u.ty.builtin))
    return pml_err_set (T_TYPE_ERROR, "'%s' object is not reversible", pml_type_name (args[0]));
  n = pml_len (args[0]);
  if (n < 0)
    return NULL;
  r = pml_iter_new (IT_REVERSED, args[0]);
  if (r)
    r->u.it.index = n - 1;
  return r;
}

#define ITER_SLOTS \
  .hash = pml_object_hash, \
  .richcompare = pml_object_richcompare, \
  .getattro = pml_object_getattro, \
  .setattro = pml_object_setattro, \
  .iter = iter_self, \
  .iternext = iter_next, \
  .dealloc = iter_dealloc, \
  .traverse = iter_traverse, \
  .length_hint = iter_length_hint, \
  .flags = PML_TPFLAGS_HAVE_GC

static gint64
iter_length_hint (PmlObj *o)
{
  switch (o->u.it.ikind)
    {
    case IT_LIST: return o->u.it.seq ? MAX (0, (gint64) o->u.it.seq->u.l.n - o->u.it.index) : 0;
    case IT_TUPLE: return o->u.it.seq ? MAX (0, (gint64) o->u.it.seq->u.t.n - o->u.it.index) : 0;
    case IT_RANGE: return o->u.it.count;
    case IT_STR: return o->u.it.seq ? MAX (0, (gint64) o->u.it.seq->u.s.len - o->u.it.index) : 0;
    case IT_BYTES: return o->u.it.seq ? MAX (0, (gint64) o->u.it.seq->u.b.len - o->u.it.index) : 0;
    default: return -1;
    }
}

const PmlTypeSlots pml_enumerate_slots = {
  ITER_SLOTS,
  .new_instance = enumerate_new,
  .no_vectorcall = TRUE,
};

const PmlTypeSlots pml_zip_slots = {
  ITER_SLOTS,
  .new_instance = zip_new,
};

const PmlTypeSlots pml_map_slots = {
  ITER_SLOTS,
  .new_instance = map_new,
};

const PmlTypeSlots pml_filter_slots = {
  ITER_SLOTS,
  .new_instance = filter_new,
};

const PmlTypeSlots pml_reversed_slots = {
  ITER_SLOTS,
  .new_instance = reversed_new,
};

const PmlTypeSlots pml_iter_slots = {
  ITER_SLOTS,
};
