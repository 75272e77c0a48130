/* pml-py-range.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pml-py-type.h"

/* The range type: a start, a step and a length; nothing allocated per
 * item until it is iterated. */

PmlObj *
pml_range_new (PmlObj **args, gsize nargs)
{
  gint64 start = 0, stop, step = 1, len;
  PmlObj *r;

  NARGS ("range", 1, 3);
  if (nargs == 1)
    {
      if (!pml_index_value (args[0], &stop))
        return NULL;
    }
  else if (!pml_index_value (args[0], &start) || !pml_index_value (args[1], &stop)
           || (nargs == 3 && !pml_index_value (args[2], &step)))
    return NULL;
  if (step == 0)
    return pml_err_set (T_VALUE_ERROR, "range() arg 3 must not be zero");
  if (step > 0)
    len = stop > start ? (stop - start - 1) / step + 1 : 0;
  else
    len = start > stop ? (start - stop - 1) / (-step) + 1 : 0;
  r = pml_obj_new (TYPE (T_RANGE), K_RANGE, 48, FALSE);
  if (r == NULL)
    return NULL;
  r->u.r.start = start;
  r->u.r.stop = stop;
  r->u.r.step = step;
  r->u.r.len = len;
  return r;
}

static PmlObj *
range_repr (PmlObj *o)
{
  if (o->u.r.step == 1)
    return pml_str_printf ("range(%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ")", o->u.r.start, o->u.r.stop);
  return pml_str_printf ("range(%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ")",
                         o->u.r.start, o->u.r.stop, o->u.r.step);
}

/* equal when they produce the same numbers */
static PmlObj *
range_richcompare (PmlObj *a, PmlObj *b, int op)
{
  gboolean eq;

  if (a->kind != K_RANGE || b->kind != K_RANGE || (op != OP_EQ && op != OP_NE))
    return pml_incref (NOTIMPL);
  eq = a->u.r.len == b->u.r.len && (a->u.r.len == 0 || (a->u.r.start == b->u.r.start
       && (a->u.r.len == 1 || a->u.r.step == b->u.r.step)));
  return pml_incref (BOOL (eq == (op == OP_EQ)));
}

static gint64
range_length (PmlObj *o)
{
  return o->u.r.len;
}

static PmlObj *
range_subscript (PmlObj *o, PmlObj *key)
{
  gint64 i;

  /* compute_slice: a range of the same values, made from the slice's
     indices into this one */
  if (key->type == TYPE (T_SLICE))
    {
      gint64 start, stop, step, count;
      PmlObj *r;

      if (!pml_slice_indices (key, o->u.r.len, &start, &stop, &step, &count))
        return NULL;
      r = pml_obj_new (TYPE (T_RANGE), K_RANGE, 48, FALSE);
      if (r == NULL)
        return NULL;
      r->u.r.start = o->u.r.start + start * o->u.r.step;
      r->u.r.stop = o->u.r.start + stop * o->u.r.step;
      r->u.r.step = step * o->u.r.step;
      r->u.r.len = count;
      return r;
    }
  if (!pml_normalize_index (key, o->u.r.len, &i, "range"))
    return NULL;
  return pml_int_new (o->u.r.start + i * o->u.r.step);
}

static PmlObj *
range_iter (PmlObj *o)
{
  return pml_iter_new (IT_RANGE, o);
}

static PmlObj *
range_new_instance (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) type;
  NO_KW ("range");
  return pml_range_new (args, nargs);
}

/* range_contains: arithmetic for an int, a search for anything else */
static int
range_contains (PmlObj *o, PmlObj *item)
{
  gint64 v, start = o->u.r.start, step = o->u.r.step;

  if (item->type == TYPE (T_INT) || item->type == TYPE (T_BOOL))
    {
      if (!pml_int_as_i64 (item, &v))
        return 0;
      if (o->u.r.len == 0 || (step > 0 ? v < start || v >= o->u.r.stop : v > start || v <= o->u.r.stop))
        return 0;
      return (v - start) % step == 0;
    }
  for (gint64 i = 0; i < o->u.r.len; i++)
    {
      PmlObj *x = pml_int_new (start + i * step);
      int e = pml_eq (x, item);

      pml_decref (x);
      if (e != 0)
        return e;
    }
  return 0;
}

/* range.count and range.index: arithmetic for an exact int or bool,
   else the generic search of a sequence by ==, position by position */
static gboolean
range_find (PmlObj *o, PmlObj *item, gint64 *first, gint64 *count)
{
  gint64 start = o->u.r.start, step = o->u.r.step;

  *first = -1;
  *count = 0;
  if (item->type == TYPE (T_INT) || item->type == TYPE (T_BOOL))
    {
      gint64 v;

      if (range_contains (o, item) && pml_int_as_i64 (item, &v))
        {
          *first = (v - start) / step;
          *count = 1;
        }
      return TRUE;
    }
  for (gint64 i = 0; i < o->u.r.len; i++)
    {
      PmlObj *x = pml_int_new (start + i * step);
      int e = pml_eq (x, item);

      pml_decref (x);
      if (e < 0)
        return FALSE;
      if (e > 0)
        {
          if (*first < 0)
            *first = i;
          (*count)++;
        }
    }
  return TRUE;
}

static PmlObj *
m_range_count (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gint64 first, count;

  METHOD_SELF ();
  NO_KW ("count");
  if (nargs != 1)
    return pml_err_set (T_TYPE_ERROR, "range.count() takes exactly one argument (%zu given)", nargs);
  if (!range_find (self, args[0], &first, &count))
    return NULL;
  return pml_int_new (count);
}

static PmlObj *
m_range_index (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gint64 first, count;

  METHOD_SELF ();
  NO_KW ("index");
  if (nargs != 1)
    return pml_err_set (T_TYPE_ERROR, "range.index() takes exactly one argument (%zu given)", nargs);
  if (!range_find (self, args[0], &first, &count))
    return NULL;
  if (first >= 0)
    return pml_int_new (first);
  if (args[0]->type == TYPE (T_INT) || args[0]->type == TYPE (T_BOOL))
    {
      PmlObj *r = pml_repr (args[0]);

      if (r == NULL)
        return NULL;
      pml_err_set (T_VALUE_ERROR, "%s is not in range", r->u.s.s);
      pml_decref (r);
      return NULL;
    }
  return pml_err_set (T_VALUE_ERROR, "sequence.index(x): x not in sequence");
}

static const PmlMethodDef range_methods[] = {
  { "count", m_range_count },
  { "index", m_range_index },
  { NULL, NULL },
};

const PmlTypeSlots pml_range_slots = {
  .methods = range_methods,
  .repr = range_repr,
  .hash = pml_object_hash,
  .richcompare = range_richcompare,
  .getattro = pml_object_getattro,
  .setattro = pml_object_setattro,
  .iter = range_iter,
  .length = range_length,
  .subscript = range_subscript,
  .new_instance = range_new_instance,
  .contains = range_contains,
};
