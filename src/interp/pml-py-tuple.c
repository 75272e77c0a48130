/* pml-py-tuple.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-type.h"
#include "pml-object-sizes.h"

/* The tuple type: its methods and slots. */

/* ---- methods ---- */

static PmlObj *
m_tuple_index_count (PmlObj *self, PmlObj **args, gsize nargs, gboolean count)
{
  gint64 n = 0;

  NARGS (count ? "count" : "index", 1, 1);
  for (gsize i = 0; i < self->u.t.n; i++)
    {
      int e = pml_eq (self->u.t.items[i], args[0]);

      if (e < 0)
        return NULL;
      if (e && !count)
        return pml_int_new ((gint64) i);
      n += e;
    }
  if (count)
    return pml_int_new (n);
  return pml_err_set (T_VALUE_ERROR, "tuple.index(x): x not in tuple");
}

static PmlObj *m_tuple_index (PmlObj *s, PmlObj **a, gsize n, PmlObj *k) { (void) k; if (!s) { s = a[0]; a++; n--; } return m_tuple_index_count (s, a, n, FALSE); }
static PmlObj *m_tuple_count (PmlObj *s, PmlObj **a, gsize n, PmlObj *k) { (void) k; if (!s) { s = a[0]; a++; n--; } return m_tuple_index_count (s, a, n, TRUE); }

static const PmlMethodDef tuple_methods[] = {
  { "index", m_tuple_index },
  { "count", m_tuple_count },
  { NULL, NULL }
};

/* ---- slots ---- */

static PmlObj *
tuple_repr (PmlObj *o)
{
  return pml_repr_items (o, o->u.t.items, o->u.t.n, "(", o->u.t.n == 1 ? ",)" : ")", "(...)");
}

static gint64
tuple_hash (PmlObj *o, gboolean *ok)
{
  gint64 h = pml_tuple_hash (o);

  *ok = !(h == -1 && pml_err_occurred ());
  return h;
}

static PmlObj *
tuple_richcompare (PmlObj *a, PmlObj *b, int op)
{
  if (a->kind != K_TUPLE || b->kind != K_TUPLE)
    return pml_incref (NOTIMPL);
  return pml_seq_richcompare (a->u.t.items, a->u.t.n, b->u.t.items, b->u.t.n, op);
}

static gint64
tuple_length (PmlObj *o)
{
  return (gint64) o->u.t.n;
}

static PmlObj *
tuple_subscript (PmlObj *o, PmlObj *key)
{
  gint64 n = (gint64) o->u.t.n, i, start, stop, step, count;
  PmlObj *r;

  if (key->kind != K_SLICE)
    return pml_normalize_index (key, n, &i, "tuple") ? pml_incref (o->u.t.items[i]) : NULL;
  if (!pml_slice_indices (key, n, &start, &stop, &step, &count))
    return NULL;
  if (step == 1 && count == n)
    return pml_incref (o);
  r = pml_tuple_new ((gsize) count);
  if (r == NULL)
    return NULL;
  for (gint64 k = 0; k < count; k++)
    r->u.t.items[k] = pml_incref (o->u.t.items[start + k * step]);
  return r;
}

static PmlObj *
tuple_concat (PmlObj *a, PmlObj *b)
{
  gsize na = a->u.t.n, nb;
  PmlObj *r;

  if (b->kind != K_TUPLE)
    return pml_err_set (T_TYPE_ERROR, "can only concatenate tuple (not \"%s\") to tuple", pml_type_name (b));
  nb = b->u.t.n;
  if (nb == 0)
    return pml_incref (a);
  if (na == 0)
    return pml_incref (b);
  r = pml_tuple_new (na + nb);
  if (r == NULL)
    return NULL;
  for (gsize i = 0; i < na; i++)
    r->u.t.items[i] = pml_incref (a->u.t.items[i]);
  for (gsize i = 0; i < nb; i++)
    r->u.t.items[na + i] = pml_incref (b->u.t.items[i]);
  return r;
}

static PmlObj *
tuple_repeat (PmlObj *seq, gint64 n)
{
  gsize len = seq->u.t.n;
  PmlObj *r;

  if (n <= 0 || len == 0)
    return pml_incref (VM->empty_tuple);
  if (n == 1)
    return pml_incref (seq);
  if ((guint64) n > (guint64) G_MAXSSIZE / 8 / len)
    return pml_err_no_memory ();
  r = pml_tuple_new (len * (gsize) n);
  if (r == NULL)
    return NULL;
  for (gsize i = 0; i < len * (gsize) n; i++)
    r->u.t.items[i] = pml_incref (seq->u.t.items[i % len]);
  return r;
}

static PmlObj *
tuple_iter (PmlObj *o)
{
  return pml_iter_new (IT_TUPLE, o);
}

static gsize
tuple_sizeof (PmlObj *o)
{
  return pml_tuple_size (o->u.t.n);
}

/* tuples of up to 19 items are kept on a free list per length */
static gboolean
tuple_dealloc (PmlObj *o)
{
  pml_free_items_reversed (o->u.t.items, o->u.t.n);
  if (o->u.t.n > 0 && o->u.t.n < PML_TUPLE_MAXSAVESIZE
      && pml_obj_park (VM->tuple_free[o->u.t.n], PML_TUPLE_MAXFREELIST, o))
    {
      memset (o->u.t.items, 0, o->u.t.n * sizeof (PmlObj *));
      return TRUE;
    }
  g_free (o->u.t.items);
  return FALSE;
}

static void
tuple_traverse (PmlObj *o, PmlVisitFunc visit, gpointer data)
{
  for (gsize i = 0; i < o->u.t.n; i++)
    PML_VISIT (o->u.t.items[i]);
}

const PmlTypeSlots pml_tuple_slots = {
  .repr = tuple_repr,
  .hash = tuple_hash,
  .richcompare = tuple_richcompare,
  .getattro = pml_object_getattro,
  .setattro = pml_object_setattro,
  .iter = tuple_iter,
  .size_of = tuple_sizeof,
  .length = tuple_length,
  .subscript = tuple_subscript,
  .sq_concat = tuple_concat,
  .sq_repeat = tuple_repeat,
  .methods = tuple_methods,
  .dealloc = tuple_dealloc,
  .traverse = tuple_traverse,
};
