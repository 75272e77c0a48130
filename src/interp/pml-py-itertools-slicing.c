/* pml-py-itertools-slicing.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pml-py-itertools.h"

/* The itertools iterators that read other iterators whole, as
 * Modules/itertoolsmodule.c (3.11) has them: chain, islice, accumulate,
 * zip_longest (its result tuple recycled while the caller drops it) and
 * pairwise. */

/* ---- chain ---- */

typedef struct
{
  PmlObj *source;   /* the iterator of iterables, NULL when consumed */
  PmlObj *active;   /* the iterator being read */
} Chain;
PML_NATIVE_FITS (Chain);


static PmlObj *
chain_from_source (PmlObj *iterable)
{
  PmlObj *source = pml_iter (iterable), *o;

  if (source == NULL)
    return NULL;
  o = pml_native_alloc (&pml_itertools_chain_type, 0);
  if (o == NULL)
    {
      pml_decref (source);
      return NULL;
    }
  PML_NATIVE (o, Chain)->source = source;
  pml_gc_track (o);
  return o;
}

/* chain(*iterables) reads the iterables through an iterator over its
   args tuple, which the chain keeps alive */
static PmlObj *
chain_new (PmlObj *type,
           PmlObj **args,
           gsize    nargs,
           PmlObj  *kwnames)
{
  g_auto (PmlTpCallArgs) ca = { 0 };

  (void) type;
  if (!pml_tp_call_args_init (&ca, args, nargs, kwnames))
    return NULL;
  if (ca.kwargs != NULL)
    return pml_err_set (T_TYPE_ERROR, "chain() takes no keyword arguments");
  return chain_from_source (ca.args);
}

/* the class method chain.from_iterable(iterable) */
static PmlObj *
chain_from_iterable (PmlObj  *self,
                     PmlObj **args,
                     gsize    nargs,
                     PmlObj  *kwnames)
{
  /* bound to the class, or to an instance: a chain either way */
  (void) self;
  NO_KW ("chain.from_iterable");
  if (nargs != 1)
    return pml_err_set (T_TYPE_ERROR,
                        "chain.from_iterable() takes exactly one argument (%zu given)", nargs);
  return chain_from_source (args[0]);
}

static PmlObj *
chain_next (PmlObj *o)
{
  Chain *c = PML_NATIVE (o, Chain);

  while (c->source != NULL)
    {
      PmlObj *item;

      if (c->active == NULL)
        {
          PmlObj *iterable = pml_iter_next (c->source);

          if (iterable == NULL)
            {
              PML_CLEAR (c->source);
              return NULL;
            }
          c->active = pml_iter (iterable);
          pml_decref (iterable);
          if (c->active == NULL)
            {
              PML_CLEAR (c->source);
              return NULL;
            }
        }
      item = pml_iter_next (c->active);
      if (item != NULL || pml_err_occurred ())
        return item;
      PML_CLEAR (c->active);
    }
  return NULL;
}

static gboolean
chain_dealloc (PmlObj *o)
{
  pml_xdecref (PML_NATIVE (o, Chain)->active);
  pml_xdecref (PML_NATIVE (o, Chain)->source);
  return FALSE;
}

static void
chain_traverse (PmlObj *o, PmlVisitFunc visit, gpointer data)
{
  PML_VISIT (PML_NATIVE (o, Chain)->source);
  PML_VISIT (PML_NATIVE (o, Chain)->active);
}

static const PmlMethodDef chain_methods[] = {
  { "from_iterable", chain_from_iterable },
  { NULL, NULL },
};

/* from_iterable is a class method: bound to the class it is looked up on */
void
pml_itertools_chain_ready (void)
{
  pml_method_descr_object (&chain_methods[0], NULL)->flags |= OBJ_CLASS_METHOD;
}

static const PmlTypeSlots chain_slots = {
  PML_ITERTOOLS_SLOTS,
  .new_instance = chain_new,
  .iternext = chain_next,
  .methods = chain_methods,
  .dealloc = chain_dealloc,
  .traverse = chain_traverse,
  .flags = PML_TPFLAGS_HAVE_GC,
};

const PmlNativeType pml_itertools_chain_type = { "itertools.chain", 32, &chain_slots };

/* ---- islice ---- */

typedef struct
{
  PmlObj *it;
  gint64  next, stop, step, cnt;   /* stop -1: None */
} Islice;
PML_NATIVE_FITS (Islice);


/* PyNumber_AsSsize_t with any error turned into -1 */
static gint64
index_or_minus_one (PmlObj *o)
{
  gint64 v;

  if (pml_index_value (o, &v))
    return v;
  pml_err_clear ();
  return -1;
}

static PmlObj *
islice_new (PmlObj *type,
            PmlObj **args,
            gsize    nargs,
            PmlObj  *kwnames)
{
  static const char stop_error[] =
    "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
  g_auto (PmlTpCallArgs) ca = { 0 };
  gint64 start = 0, stop = -1, step = 1;
  PmlObj *it, *o;
  Islice *s;

  (void) type;
  if (!pml_tp_call_args_init (&ca, args, nargs, kwnames) ||
      !pml_unpack_args ("islice", nargs, kwnames, 2, 4))
    return NULL;
  if (nargs == 2)
    {
      if (args[1] != NONE && (stop = index_or_minus_one (args[1])) == -1)
        return pml_err_set (T_VALUE_ERROR, stop_error);
    }
  else
    {
      if (args[1] != NONE)
        start = index_or_minus_one (args[1]);
      if (args[2] != NONE && (stop = index_or_minus_one (args[2])) == -1)
        return pml_err_set (T_VALUE_ERROR, stop_error);
    }
  if (start < 0 || stop < -1)
    return pml_err_set (T_VALUE_ERROR,
                        "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
  if (nargs == 4 && args[3] != NONE)
    step = index_or_minus_one (args[3]);
  if (step < 1)
    return pml_err_set (T_VALUE_ERROR, "Step for islice() must be a positive integer or None.");
  if ((it = pml_iter (args[0])) == NULL)
    return NULL;
  if ((o = pml_native_alloc (&pml_itertools_islice_type, 0)) == NULL)
    {
      pml_decref (it);
      return NULL;
    }
  s = PML_NATIVE (o, Islice);
  s->it = it;
  s->next = start;
  s->stop = stop;
  s->step = step;
  pml_gc_track (o);
  return o;
}

/* skips to the next wanted index, reading (and dropping) the items
   between; the iterator is let go once the slice is done */
static PmlObj *
islice_next (PmlObj *o)
{
  Islice *s = PML_NATIVE (o, Islice);
  PmlObj *item;
  gint64 oldnext;

  if (s->it == NULL)
    return NULL;
  while (s->cnt < s->next)
    {
      item = pml_iter_next (s->it);
      if (item == NULL)
        goto empty;
      pml_decref (item);
      s->cnt++;
    }
  if (s->stop != -1 && s->cnt >= s->stop)
    goto empty;
  item = pml_iter_next (s->it);
  if (item == NULL)
    goto empty;
  s->cnt++;
  oldnext = s->next;
  s->next = (gint64) ((guint64) s->next + (guint64) s->step);
  if (s->next < oldnext || (s->stop != -1 && s->next > s->stop))
    s->next = s->stop;
  return item;

empty:
  PML_CLEAR (s->it);
  return NULL;
}

static gboolean
islice_dealloc (PmlObj *o)
{
  pml_xdecref (PML_NATIVE (o, Islice)->it);
  return FALSE;
}

static void
islice_traverse (PmlObj *o, PmlVisitFunc visit, gpointer data)
{
  PML_VISIT (PML_NATIVE (o, Islice)->it);
}

static const PmlTypeSlots islice_slots = {
  PML_ITERTOOLS_SLOTS,
  .new_instance = islice_new,
  .iternext = islice_next,
  .dealloc = islice_dealloc,
  .traverse = islice_traverse,
  .flags = PML_TPFLAGS_HAVE_GC,
};

const PmlNativeType pml_itertools_islice_type = { "itertools.islice", 56, &islice_slots };

/* ---- accumulate ---- */

typedef struct
{
  PmlObj *total, *it;
  PmlObj *binop;     /* NULL: addition */
  PmlObj *initial;   /* None once handed out */
} Accumulate;
PML_NATIVE_FITS (Accumulate);


static PmlObj *
accumulate_new (PmlObj *type,
                PmlObj **args,
                gsize    nargs,
                PmlObj  *kwnames)
{
  static const char *const names[] = { "iterable", "func", "initial", NULL };
  static const PmlArgSpec spec = { "accumulate", names, 1, 2, FALSE };
  g_auto (PmlTpCallArgs) ca = { 0 };
  PmlObj *a[3], *it, *o;
  Accumulate *acc;

  (void) type;
  if (!pml_tp_call_args_init (&ca, args, nargs, kwnames) ||
      !pml_parse_args (&spec, args, nargs, kwnames, a))
    return NULL;
  if ((it = pml_iter (a[0])) == NULL)
    return NULL;
  if ((o = pml_native_alloc (&pml_itertools_accumulate_type, 0)) == NULL)
    {
      pml_decref (it);
      return NULL;
    }
  acc = PML_NATIVE (o, Accumulate);
  acc->binop = a[1] != NULL && a[1] != NONE ? pml_incref (a[1]) : NULL;
  acc->it = it;
  acc->initial = pml_incref (a[2] != NULL ? a[2] : NONE);
  pml_gc_track (o);
  return o;
}

static PmlObj *
accumulate_next (PmlObj *o)
{
  Accumulate *acc = PML_NATIVE (o, Accumulate);
  PmlObj *val, *newtotal;

  if (acc->initial != NONE)
    {
      acc->total = acc->initial;
      acc->initial = pml_incref (NONE);
      return pml_incref (acc->total);
    }
  val = pml_iter_next (acc->it);
  if (val == NULL)
    return NULL;
  if (acc->total == NULL)
    {
      acc->total = pml_incref (val);
      return val;
    }
  if (acc->binop == NULL)
    newtotal = pml_binop (OP_ADD, acc->total, val);
  else
    {
      PmlObj *pair[2] = { acc->total, val };

      newtotal = pml_call (acc->binop, pair, 2, NULL);
    }
  pml_decref (val);
  if (newtotal == NULL)
    return NULL;
  PML_SETREF (acc->total, pml_incref (newtotal));
  return newtotal;
}

static gboolean
accumulate_dealloc (PmlObj *o)
{
  Accumulate *acc = PML_NATIVE (o, Accumulate);

  pml_xdecref (acc->binop);
  pml_xdecref (acc->total);
  pml_xdecref (acc->it);
  pml_xdecref (acc->initial);
  return FALSE;
}

static void
accumulate_traverse (PmlObj *o, PmlVisitFunc visit, gpointer data)
{
  Accumulate *acc = PML_NATIVE (o, Accumulate);

  PML_VISIT (acc->binop);
  PML_VISIT (acc->it);
  PML_VISIT (acc->total);
  PML_VISIT (acc->initial);
}

static const PmlTypeSlots accumulate_slots = {
  PML_ITERTOOLS_SLOTS,
  .new_instance = accumulate_new,
  .iternext = accumulate_next,
  .dealloc = accumulate_dealloc,
  .traverse = accumulate_traverse,
  .flags = PML_TPFLAGS_HAVE_GC,
};

const PmlNativeType pml_itertools_accumulate_type = { "itertools.accumulate", 48, &accumulate_slots };

/* ---- zip_longest ---- */

typedef struct
{
  gint64  tuplesize, numactive;
  PmlObj *ittuple;     /* the iterators; an exhausted one's slot is NULL */
  PmlObj *result;      /* reused while the caller drops each result */
  PmlObj *fillvalue;
} ZipLongest;
PML_NATIVE_FITS (ZipLongest);


static PmlObj *
zip_longest_new (PmlObj *type,
                 PmlObj **args,
                 gsize    nargs,
                 PmlObj  *kwnames)
{
  g_auto (PmlTpCallArgs) ca = { 0 };
  gsize npos = pml_positional (nargs, kwnames);
  PmlObj *fillvalue = NONE, *ittuple, *result, *o;
  ZipLongest *z;

  (void) type;
  if (!pml_tp_call_args_init (&ca, args, nargs, kwnames))
    return NULL;
  if (npos != nargs)
    {
      fillvalue = nargs - npos == 1 ? pml_kwarg (args, nargs, kwnames, "fillvalue") : NULL;
      if (fillvalue == NULL)
        return pml_err_set (T_TYPE_ERROR, "zip_longest() got an unexpected keyword argument");
    }
  if ((ittuple = pml_tuple_new (npos)) == NULL)
    return NULL;
  for (gsize i = 0; i < npos; i++)
    if ((ittuple->u.t.items[i] = pml_iter (args[i])) == NULL)
      {
        pml_decref (ittuple);
        return NULL;
      }
  if ((result = pml_tuple_new (npos)) == NULL)
    {
      pml_decref (ittuple);
      return NULL;
    }
  for (gsize i = 0; i < npos; i++)
    result->u.t.items[i] = pml_incref (NONE);
  if ((o = pml_native_alloc (&pml_itertools_zip_longest_type, 0)) == NULL)
    {
      pml_decref (ittuple);
      pml_decref (result);
      return NULL;
    }
  z = PML_NATIVE (o, ZipLongest);
  z->ittuple = ittuple;
  z->tuplesize = (gint64) npos;
  z->numactive = (gint64) npos;
  z->result = result;
  z->fillvalue = pml_incref (fillvalue);
  pml_gc_track (o);
  return o;
}

/* the next item of iterator @i, or the fill value once it is exhausted;
   NULL when every iterator is (or on an error) */
static PmlObj *
zip_longest_item (ZipLongest *z,
                  gsize       i)
{
  PmlObj *it = z->ittuple->u.t.items[i], *item;

  if (it == NULL)
    return pml_incref (z->fillvalue);
  item = pml_iter_next (it);
  if (item != NULL)
    return item;
  z->numactive--;
  if (z->numactive == 0 || pml_err_occurred ())
    {
      z->numactive = 0;
      return NULL;
    }
  z->ittuple->u.t.items[i] = NULL;
  pml_decref (it);
  return pml_incref (z->fillvalue);
}

static PmlObj *
zip_longest_next (PmlObj *o)
{
  ZipLongest *z = PML_NATIVE (o, ZipLongest);
  gsize n = (gsize) z->tuplesize;
  PmlObj *result = z->result;

  if (n == 0 || z->numactive == 0)
    return NULL;
  if (result->refcnt == 1)
    {
      pml_incref (result);
      for (gsize i = 0; i < n; i++)
        {
          PmlObj *item = zip_longest_item (z, i);

          if (item == NULL)
            {
              pml_decref (result);
              return NULL;
            }
          PML_SETREF (result->u.t.items[i], item);
        }
      if (!(result->flags & OBJ_TRACKED))
        pml_gc_track (result);
      return result;
    }
  if ((result = pml_tuple_new (n)) == NULL)
    return NULL;
  for (gsize i = 0; i < n; i++)
    if ((result->u.t.items[i] = zip_longest_item (z, i)) == NULL)
      {
        pml_decref (result);
        return NULL;
      }
  return result;
}

static gboolean
zip_longest_dealloc (PmlObj *o)
{
  ZipLongest *z = PML_NATIVE (o, ZipLongest);

  pml_xdecref (z->ittuple);
  pml_xdecref (z->result);
  pml_xdecref (z->fillvalue);
  return FALSE;
}

static void
zip_longest_traverse (PmlObj *o, PmlVisitFunc visit, gpointer data)
{
  ZipLongest *z = PML_NATIVE (o, ZipLongest);

  PML_VISIT (z->ittuple);
  PML_VISIT (z->result);
  PML_VISIT (z->fillvalue);
}

static const PmlTypeSlots zip_longest_slots = {
  PML_ITERTOOLS_SLOTS,
  .new_instance = zip_longest_new,
  .iternext = zip_longest_next,
  .dealloc = zip_longest_dealloc,
  .traverse = zip_longest_traverse,
  .flags = PML_TPFLAGS_HAVE_GC,
};

const PmlNativeType pml_itertools_zip_longest_type = { "itertools.zip_longest", 56, &zip_longest_slots };

/* ---- pairwise ---- */

typedef struct
{
  PmlObj *it;
  PmlObj *old;     /* the item the next pair starts with */
} Pairwise;
PML_NATIVE_FITS (Pairwise);

static gboolean
pairwise_dealloc (PmlObj *o)
{
  pml_xdecref (PML_NATIVE (o, Pairwise)->it);
  pml_xdecref (PML_NATIVE (o, Pairwise)->old);
  return FALSE;
}

static void
pairwise_traverse (PmlObj *o, PmlVisitFunc visit, gpointer data)
{
  PML_VISIT (PML_NATIVE (o, Pairwise)->it);
  PML_VISIT (PML_NATIVE (o, Pairwise)->old);
}


static PmlObj *
pairwise_new (PmlObj *type,
              PmlObj **args,
              gsize    nargs,
              PmlObj  *kwnames)
{
  g_auto (PmlTpCallArgs) ca = { 0 };
  PmlObj *it, *o;

  (void) type;
  if (!pml_tp_call_args_init (&ca, args, nargs, kwnames) ||
      !pml_unpack_args ("pairwise", nargs, kwnames, 1, 1))
    return NULL;
  if ((it = pml_iter (args[0])) == NULL)
    return NULL;
  if ((o = pml_native_alloc (&pml_itertools_pairwise_type, 0)) == NULL)
    {
      pml_decref (it);
      return NULL;
    }
  PML_NATIVE (o, Pairwise)->it = it;
  pml_gc_track (o);
  return o;
}

/* a new pair each time; the newer item is kept for the next one */
static PmlObj *
pairwise_next (PmlObj *o)
{
  Pairwise *p = PML_NATIVE (o, Pairwise);
  PmlObj *new, *result;

  if (p->it == NULL)
    return NULL;
  if (p->old == NULL)
    {
      p->old = pml_iter_next (p->it);
      if (p->old == NULL)
        {
          PML_CLEAR (p->it);
          return NULL;
        }
    }
  new = pml_iter_next (p->it);
  if (new == NULL)
    {
      PML_CLEAR (p->it);
      PML_CLEAR (p->old);
      return NULL;
    }
  result = pml_tuple_pack (2, p->old, new);
  PML_SETREF (p->old, new);
  return result;
}

static const PmlTypeSlots pairwise_slots = {
  PML_ITERTOOLS_SLOTS,
  .new_instance = pairwise_new,
  .iternext = pairwise_next,
  .dealloc = pairwise_dealloc,
  .traverse = pairwise_traverse,
  .flags = PML_TPFLAGS_HAVE_GC,
};

const PmlNativeType pml_itertools_pairwise_type = { "itertools.pairwise", 32, &pairwise_slots };
