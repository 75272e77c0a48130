/* pml-py-tuple.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-type.h"
#include "pml-object-sizes.h"

/* The tuple type: tuples sized exactly and recycled per length, as
 * CPython's; their methods and slots. */

#define MAX_ITEMS ((gsize) 1 << 28)   /* beyond: MemoryError, to protect the host */

PmlObj *pml_freelist_pop (GPtrArray *list);

PmlObj *
pml_tuple_new (gsize n)
{
  PmlObj *o = NULL;

  if (n == 0)
    return pml_incref (VM->empty_tuple);
  if (n > MAX_ITEMS)
    return pml_err_no_memory ();
  if (n < PML_TUPLE_MAXSAVESIZE)
    o = pml_freelist_pop (VM->tuple_free[n]);
  if (o == NULL)
    {
      o = pml_obj_new (TYPE (T_TUPLE), K_TUPLE, pml_tuple_size (n), TRUE);
      if (o == NULL)
        return NULL;
      o->u.t.items = g_new0 (PmlObj *, n);
      o->u.t.n = n;
    }
  pml_gc_track (o);
  return o;
}

PmlObj *
pml_tuple_from_array (PmlObj **items, gsize n)
{
  PmlObj *t = pml_tuple_new (n);

  if (t == NULL)
    return NULL;
  for (gsize i = 0; i < n; i++)
    t->u.t.items[i] = pml_incref (items[i]);
  return t;
}

PmlObj *
pml_tuple_pack (gsize n, ...)
{
  va_list ap;
  PmlObj *t = pml_tuple_new (n);

  if (t == NULL)
    return NULL;
  va_start (ap, n);
  for (gsize i = 0; i < n; i++)
    t->u.t.items[i] = pml_incref (va_arg (ap, PmlObj *));
  va_end (ap);
  return t;
}

/* the tuple a METH_VARARGS function gets: f(*t) hands it t itself,
   any other call a new tuple of the arguments */
PmlObj *
pml_varargs_tuple (PmlObj **args, gsize nargs)
{
  PmlObj *t = VM->star_args;

  if (t != NULL && t->u.t.items == args && t->u.t.n == nargs)
    return pml_incref (t);
  return pml_tuple_from_array (args, nargs);
}

void
pml_tuple_maybe_untrack (PmlObj *t)
{
  for (gsize i = 0; i < t->u.t.n; i++)
    if (t->u.t.items[i] == NULL || pml_may_be_tracked (t->u.t.items[i]))
      return;
  pml_gc_untrack (t);
}

gint64
pml_tuple_hash (PmlObj *t)
{
  /* tuplehash: xxHash's round function over the item hashes */
  const guint64 p1 = G_GUINT64_CONSTANT (11400714785074694791);
  const guint64 p2 = G_GUINT64_CONSTANT (14029467366897019727);
  const guint64 p5 = G_GUINT64_CONSTANT (2870177450012600261);
  guint64 acc = p5;
  gboolean ok;

  for (gsize i = 0; i < t->u.t.n; i++)
    {
      gint64 h = pml_hash (t->u.t.items[i], &ok);

      if (!ok)
        return -1;
      acc += (guint64) h * p2;
      acc = (acc << 31) | (acc >> 33);
      acc *= p1;
    }
  acc += t->u.t.n ^ (p5 ^ G_GUINT64_CONSTANT (3527539));
  if (acc == G_MAXUINT64)
    return 1546275796;
  return (gint64) acc;
}

/* ---- methods ---- */

static PmlObj *
m_tuple_index_count (PmlObj *self, PmlObj **args, gsize nargs, gboolean count)
{
  gint64 n = 0, start = 0, stop = G_MAXINT64;

  NARGS (count ? "count" : "index", 1, count ? 1 : 3);
  if (!count && !pml_seq_index_bounds (args + 1, nargs - 1, (gint64) self->u.t.n, &start, &stop))
    return NULL;
  for (gsize i = (gsize) start; i < self->u.t.n && (gint64) i < stop; i++)
    {
      int e = pml_eq (self->u.t.items[i], args[0]);

      if (e < 0)
        return NULL;
      if (e && !count)
        return pml_int_from_ssize ((gint64) i);
      n += e;
    }
  if (count)
    return pml_int_from_ssize (n);
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
  if (o->u.t.n > 0 && o->u.t.n < PML_TUPLE_MAXSAVESIZE && o->type == TYPE (T_TUPLE)
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
  /* tupletraverse goes last item first, like list_traverse */
  for (gsize i = o->u.t.n; i > 0; i--)
    PML_VISIT (o->u.t.items[i - 1]);
}

static void
tuple_referents (PmlObj *o, PmlEdgeFunc edge, gpointer data)
{
  for (gsize i = 0; i < o->u.t.n; i++)
    if (edge (o->u.t.items[i], pml_index_label (i), FALSE, data))
      return;
}

static PmlObj *
tuple_new (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *l, *t;

  (void) type;
  NO_KW ("tuple");
  NARGS ("tuple", 0, 1);
  if (nargs == 0)
    return pml_incref (VM->empty_tuple);
  if (args[0]->type == TYPE (T_TUPLE))
    return pml_incref (args[0]);
  /* PySequence_Tuple copies a list's items at once */
  if (args[0]->type == TYPE (T_LIST))
    return pml_tuple_from_array (args[0]->u.l.items, args[0]->u.l.n);
  l = pml_list_from_iterable (args[0]);
  if (l == NULL)
    return NULL;
  t = pml_tuple_from_array (l->u.l.items, l->u.l.n);
  pml_decref (l);
  return t;
}

static void
tuple_free_host (PmlObj *o)
{
  g_free (o->u.t.items);
}

static int
tuple_contains (PmlObj *o, PmlObj *item)
{
  for (gsize i = 0; i < o->u.t.n; i++)
    {
      int e = pml_eq (o->u.t.items[i], item);

      if (e != 0)
        return e;
    }
  return 0;
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
  .referents = tuple_referents,
  .flags = PML_TPFLAGS_HAVE_GC,
  .new_instance = tuple_new,
  .free_host = tuple_free_host,
  .contains = tuple_contains,
};
