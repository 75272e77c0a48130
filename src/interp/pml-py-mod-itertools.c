/* pml-py-mod-itertools.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-itertools.h"
#include "pml-py-module-table.h"

/* The itertools module and its infinite, slicing and filtering iterators,
 * as Modules/itertoolsmodule.c (3.11) lays them out: each a GC type with
 * CPython's basicsize, made by tp_new from an args tuple (these types
 * have no vectorcall), holding the iterators it reads. */

PmlObj *
pml_itertools_self (PmlObj *o)
{
  return pml_incref (o);
}

gboolean
pml_itertools_reuse_result (PmlObj **result,
                            gsize    n)
{
  PmlObj *old = *result;

  if (old->refcnt > 1)
    {
      PmlObj *copy = pml_tuple_from_array (old->u.t.items, n);

      if (copy == NULL)
        return FALSE;
      *result = copy;
      pml_decref (old);
    }
  else if (!(old->flags & OBJ_TRACKED))
    pml_gc_track (old);   /* bpo-42536: the collector may have untracked it */
  return TRUE;
}

/* a new iterator object of @def, its fields set by the caller */
static PmlObj *
iterator_alloc (const PmlNativeType *def)
{
  return pml_native_alloc (def, 0);
}

/* PyObject_IsTrue (func (item)) */
static int
call_truth (PmlObj *func,
            PmlObj *item)
{
  PmlObj *good = pml_call (func, &item, 1, NULL);
  int ok;

  if (good == NULL)
    return -1;
  ok = pml_truth (good);
  pml_decref (good);
  return ok;
}

/* filterfalse's test: the item's own truth when func is None or bool */
static int
predicate (PmlObj *func,
           PmlObj *item)
{
  if (func == NONE || func == TYPE (T_BOOL))
    return pml_truth (item);
  return call_truth (func, item);
}

/* ---- count ---- */

#define COUNT_SLOW G_MAXINT64   /* cnt in slow mode: long_cnt holds the count */

typedef struct
{
  gint64  cnt;
  PmlObj *long_cnt, *long_step;
} Count;
PML_NATIVE_FITS (Count);

static const PmlNativeType count_type;

/* PyNumber_Check */
static gboolean
is_number (PmlObj *o)
{
  const PmlTypeSlots *tp = pml_slots (o);

  return o->kind == K_INT || o->kind == K_BOOL || o->kind == K_FLOAT || tp->nb_index != NULL
         || (!o->type->u.ty.builtin && (pml_mro_lookup (o->type, "__int__") != NULL
                                        || pml_mro_lookup (o->type, "__float__") != NULL));
}

static gboolean
is_int_one (PmlObj *o)
{
  gint64 v;

  return (o->kind == K_INT || o->kind == K_BOOL) && pml_int_as_i64 (o, &v) && v == 1;
}

static PmlObj *
count_new (PmlObj *type,
           PmlObj **args,
           gsize    nargs,
           PmlObj  *kwnames)
{
  static const char *const names[] = { "start", "step", NULL };
  static const PmlArgSpec spec = { "count", names, 0, 2, FALSE };
  g_auto (PmlTpCallArgs) ca = { 0 };
  PmlObj *a[2], *start, *step, *o;
  gboolean slow = FALSE;
  gint64 cnt = 0;
  Count *c;

  (void) type;
  if (!pml_tp_call_args_init (&ca, args, nargs, kwnames) || !pml_parse_args (&spec, args, nargs, kwnames, a))
    return NULL;
  start = a[0];
  step = a[1];
  if ((start != NULL && !is_number (start)) || (step != NULL && !is_number (step)))
    return pml_err_set (T_TYPE_ERROR, "a number is required");
  if (start != NULL)
    slow = !(start->kind == K_INT || start->kind == K_BOOL) || !pml_int_as_i64 (start, &cnt);
  else
    start = VM->small_ints[PML_NSMALLNEG];
  if (step == NULL)
    step = VM->small_ints[PML_NSMALLNEG + 1];
  /* the fast mode counts in a C integer, when the step is 1 */
  if (!is_int_one (step))
    slow = TRUE;
  o = iterator_alloc (&count_type);
  if (o == NULL)
    return NULL;
  c = PML_NATIVE (o, Count);
  c->cnt = slow ? COUNT_SLOW : cnt;
  c->long_cnt = slow ? pml_incref (start) : NULL;
  c->long_step = pml_incref (step);
  pml_gc_track (o);
  return o;
}

static PmlObj *
count_next (PmlObj *o)
{
  Count *c = PML_NATIVE (o, Count);
  PmlObj *returned, *stepped_up;

  if (c->cnt != COUNT_SLOW)
    return pml_int_new (c->cnt++);
  if (c->long_cnt == NULL)
    c->long_cnt = pml_int_new (COUNT_SLOW);   /* the C counter ran out */
  stepped_up = pml_binop (OP_ADD, c->long_cnt, c->long_step);
  if (stepped_up == NULL)
    return NULL;
  returned = c->long_cnt;
  c->long_cnt = stepped_up;
  return returned;
}

static PmlObj *
count_repr (PmlObj *o)
{
  Count *c = PML_NATIVE (o, Count);
  g_autoptr (GString) out = g_string_new ("count(");

  if (c->cnt != COUNT_SLOW)
    return pml_str_printf ("count(%" G_GINT64_FORMAT ")", c->cnt);
  if (!pml_append_repr (out, c->long_cnt))
    return NULL;
  if (!is_int_one (c->long_step))
    {
      g_string_append (out, ", ");
      if (!pml_append_repr (out, c->long_step))
        return NULL;
    }
  g_string_append_c (out, ')');
  return pml_str_new (out->str, (gssize) out->len);
}

static gboolean
count_dealloc (PmlObj *o)
{
  Count *c = PML_NATIVE (o, Count);

  pml_xdecref (c->long_cnt);
  pml_xdecref (c->long_step);
  return FALSE;
}

static void
count_traverse (PmlObj *o, PmlVisitFunc visit, gpointer data)
{
  Count *c = PML_NATIVE (o, Count);

  PML_VISIT (c->long_cnt);
  PML_VISIT (c->long_step);
}

static const PmlTypeSlots count_slots = {
  PML_ITERTOOLS_SLOTS,
  .repr = count_repr,
  .new_instance = count_new,
  .iternext = count_next,
  .dealloc = count_dealloc,
  .traverse = count_traverse,
  .flags = PML_TPFLAGS_HAVE_GC,
};

static const PmlNativeType count_type = { "itertools.count", 40, &count_slots };

/* ---- cycle ---- */

typedef struct
{
  PmlObj *it, *saved;
  gint64  index;
} Cycle;
PML_NATIVE_FITS (Cycle);

static const PmlNativeType cycle_type;

static PmlObj *
cycle_new (PmlObj *type,
           PmlObj **args,
           gsize    nargs,
           PmlObj  *kwnames)
{
  g_auto (PmlTpCallArgs) ca = { 0 };
  PmlObj *it, *saved, *o;
  Cycle *c;

  (void) type;
  if (!pml_tp_call_args_init (&ca, args, nargs, kwnames) || !pml_unpack_args ("cycle", nargs, kwnames, 1, 1))
    return NULL;
  if ((it = pml_iter (args[0])) == NULL)
    return NULL;
  if ((saved = pml_list_new (0)) == NULL || (o = iterator_alloc (&cycle_type)) == NULL)
    {
      pml_xdecref (saved);
      pml_decref (it);
      return NULL;
    }
  c = PML_NATIVE (o, Cycle);
  c->it = it;
  c->saved = saved;
  pml_gc_track (o);
  return o;
}

/* the first pass reads the iterator and keeps every item; later passes
   go round the saved list */
static PmlObj *
cycle_next (PmlObj *o)
{
  Cycle *c = PML_NATIVE (o, Cycle);
  PmlObj *item;

  if (c->it != NULL)
    {
      item = pml_iter_next (c->it);
      if (item != NULL)
        {
          if (!pml_list_append (c->saved, pml_incref (item)))
            {
              pml_decref (item);
              return NULL;
            }
          return item;
        }
      if (pml_err_occurred ())
        return NULL;
      PML_CLEAR (c->it);
    }
  if (c->saved->u.l.n == 0)
    return NULL;
  item = c->saved->u.l.items[c->index++];
  if ((gsize) c->index >= c->saved->u.l.n)
    c->index = 0;
  return pml_incref (item);
}

static gboolean
cycle_dealloc (PmlObj *o)
{
  Cycle *c = PML_NATIVE (o, Cycle);

  pml_xdecref (c->it);
  pml_xdecref (c->saved);
  return FALSE;
}

static void
cycle_traverse (PmlObj *o, PmlVisitFunc visit, gpointer data)
{
  Cycle *c = PML_NATIVE (o, Cycle);

  PML_VISIT (c->it);
  PML_VISIT (c->saved);
}

static const PmlTypeSlots cycle_slots = {
  PML_ITERTOOLS_SLOTS,
  .new_instance = cycle_new,
  .iternext = cycle_next,
  .dealloc = cycle_dealloc,
  .traverse = cycle_traverse,
  .flags = PML_TPFLAGS_HAVE_GC,
};

static const PmlNativeType cycle_type = { "itertools.cycle", 48, &cycle_slots };

/* ---- repeat ---- */

typedef struct
{
  PmlObj *element;
  gint64  cnt;       /* -1: for ever */
} Repeat;
PML_NATIVE_FITS (Repeat);

static const PmlNativeType repeat_type;

static PmlObj *
repeat_new (PmlObj *type,
            PmlObj **args,
            gsize    nargs,
            PmlObj  *kwnames)
{
  static const char *const names[] = { "object", "times", NULL };
  static const PmlArgSpec spec = { "repeat", names, 1, 2, TRUE };
  g_auto (PmlTpCallArgs) ca = { 0 };
  PmlObj *a[2], *o;
  gint64 cnt = -1;

  (void) type;
  if (!pml_tp_call_args_init (&ca, args, nargs, kwnames) || !pml_parse_args (&spec, args, nargs, kwnames, a))
    return NULL;
  if (a[1] != NULL)
    {
      if (!pml_index_value (a[1], &cnt))
        return NULL;
      /* a negative count given by the caller means no repetition */
      cnt = MAX (cnt, 0);
    }
  o = iterator_alloc (&repeat_type);
  if (o == NULL)
    return NULL;
  PML_NATIVE (o, Repeat)->element = pml_incref (a[0]);
  PML_NATIVE (o, Repeat)->cnt = cnt;
  pml_gc_track (o);
  return o;
}

static PmlObj *
repeat_next (PmlObj *o)
{
  Repeat *r = PML_NATIVE (o, Repeat);

  if (r->cnt == 0)
    return NULL;
  if (r->cnt > 0)
    r->cnt--;
  return pml_incref (r->element);
}

static PmlObj *
repeat_repr (PmlObj *o)
{
  Repeat *r = PML_NATIVE (o, Repeat);
  g_autoptr (GString) out = g_string_new ("repeat(");

  if (!pml_append_repr (out, r->element))
    return NULL;
  if (r->cnt != -1)
    g_string_append_printf (out, ", %" G_GINT64_FORMAT, r->cnt);
  g_string_append_c (out, ')');
  return pml_str_new (out->str, (gssize) out->len);
}

/* __length_hint__: the repetitions left; unknown for ever */
static gint64
repeat_length_hint (PmlObj *o)
{
  return PML_NATIVE (o, Repeat)->cnt;
}

static PmlObj *
repeat_length_hint_method (PmlObj  *self,
                           PmlObj **args,
                           gsize    nargs,
                           PmlObj  *kwnames)
{
  METHOD_SELF ();
  (void) args;
  (void) kwnames;
  if (PML_NATIVE (self, Repeat)->cnt == -1)
    return pml_err_set (T_TYPE_ERROR, "len() of unsized object");
  return pml_int_new (PML_NATIVE (self, Repeat)->cnt);
}

static gboolean
repeat_dealloc (PmlObj *o)
{
  pml_xdecref (PML_NATIVE (o, Repeat)->element);
  return FALSE;
}

static void
repeat_traverse (PmlObj *o, PmlVisitFunc visit, gpointer data)
{
  PML_VISIT (PML_NATIVE (o, Repeat)->element);
}

static const PmlMethodDef repeat_methods[] = {
  { "__length_hint__", repeat_length_hint_method },
  { NULL, NULL },
};

static const PmlTypeSlots repeat_slots = {
  PML_ITERTOOLS_SLOTS,
  .repr = repeat_repr,
  .new_instance = repeat_new,
  .iternext = repeat_next,
  .length_hint = repeat_length_hint,
  .methods = repeat_methods,
  .dealloc = repeat_dealloc,
  .traverse = repeat_traverse,
  .flags = PML_TPFLAGS_HAVE_GC,
};

static const PmlNativeType repeat_type = { "itertools.repeat", 32, &repeat_slots };

/* ---- chain ---- */

typedef struct
{
  PmlObj *source;   /* the iterator of iterables, NULL when consumed */
  PmlObj *active;   /* the iterator being read */
} Chain;
PML_NATIVE_FITS (Chain);

static const PmlNativeType chain_type;

static PmlObj *
chain_from_source (PmlObj *iterable)
{
  PmlObj *source = pml_iter (iterable), *o;

  if (source == NULL)
    return NULL;
  o = iterator_alloc (&chain_type);
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
    return pml_err_set (T_TYPE_ERROR, "chain.from_iterable() takes exactly one argument (%zu given)", nargs);
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

static const PmlTypeSlots chain_slots = {
  PML_ITERTOOLS_SLOTS,
  .new_instance = chain_new,
  .iternext = chain_next,
  .methods = chain_methods,
  .dealloc = chain_dealloc,
  .traverse = chain_traverse,
  .flags = PML_TPFLAGS_HAVE_GC,
};

static const PmlNativeType chain_type = { "itertools.chain", 32, &chain_slots };

/* ---- islice ---- */

typedef struct
{
  PmlObj *it;
  gint64  next, stop, step, cnt;   /* stop -1: None */
} Islice;
PML_NATIVE_FITS (Islice);

static const PmlNativeType islice_type;

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
  if (!pml_tp_call_args_init (&ca, args, nargs, kwnames) || !pml_unpack_args ("islice", nargs, kwnames, 2, 4))
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
  if ((o = iterator_alloc (&islice_type)) == NULL)
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

static const PmlNativeType islice_type = { "itertools.islice", 56, &islice_slots };

/* ---- accumulate ---- */

typedef struct
{
  PmlObj *total, *it;
  PmlObj *binop;     /* NULL: addition */
  PmlObj *initial;   /* None once handed out */
} Accumulate;
PML_NATIVE_FITS (Accumulate);

static const PmlNativeType accumulate_type;

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
  if (!pml_tp_call_args_init (&ca, args, nargs, kwnames) || !pml_parse_args (&spec, args, nargs, kwnames, a))
    return NULL;
  if ((it = pml_iter (a[0])) == NULL)
    return NULL;
  if ((o = iterator_alloc (&accumulate_type)) == NULL)
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

static const PmlNativeType accumulate_type = { "itertools.accumulate", 48, &accumulate_slots };

/* ---- zip_longest ---- */

typedef struct
{
  gint64  tuplesize, numactive;
  PmlObj *ittuple;     /* the iterators; an exhausted one's slot is NULL */
  PmlObj *result;      /* reused while the caller drops each result */
  PmlObj *fillvalue;
} ZipLongest;
PML_NATIVE_FITS (ZipLongest);

static const PmlNativeType zip_longest_type;

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
  if ((o = iterator_alloc (&zip_longest_type)) == NULL)
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

static const PmlNativeType zip_longest_type = { "itertools.zip_longest", 56, &zip_longest_slots };

/* ---- starmap, takewhile, dropwhile, filterfalse, compress, pairwise:
 *      two references each ---- */

typedef struct
{
  PmlObj *a, *b;     /* func and it; data and selectors; it and old */
  gint64  flag;      /* takewhile: stopped; dropwhile: started */
} Pair;
PML_NATIVE_FITS (Pair);

static gboolean
pair_dealloc (PmlObj *o)
{
  pml_xdecref (PML_NATIVE (o, Pair)->a);
  pml_xdecref (PML_NATIVE (o, Pair)->b);
  return FALSE;
}

static void
pair_traverse (PmlObj *o, PmlVisitFunc visit, gpointer data)
{
  PML_VISIT (PML_NATIVE (o, Pair)->a);
  PML_VISIT (PML_NATIVE (o, Pair)->b);
}

/* an iterator of (func, iter (iterable)), for starmap and the filters */
static PmlObj *
func_iter_new (const PmlNativeType *def,
               const char          *name,
               PmlObj             **args,
               gsize                nargs,
               PmlObj              *kwnames)
{
  g_auto (PmlTpCallArgs) ca = { 0 };
  PmlObj *it, *o;

  if (!pml_tp_call_args_init (&ca, args, nargs, kwnames) || !pml_unpack_args (name, nargs, kwnames, 2, 2))
    return NULL;
  if ((it = pml_iter (args[1])) == NULL)
    return NULL;
  if ((o = iterator_alloc (def)) == NULL)
    {
      pml_decref (it);
      return NULL;
    }
  PML_NATIVE (o, Pair)->a = pml_incref (args[0]);
  PML_NATIVE (o, Pair)->b = it;
  pml_gc_track (o);
  return o;
}

static const PmlNativeType starmap_type, takewhile_type, dropwhile_type, filterfalse_type;

static PmlObj *
starmap_new (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) type;
  return func_iter_new (&starmap_type, "starmap", args, nargs, kwnames);
}

/* each item is an argument tuple (made one if it is not) */
static PmlObj *
starmap_next (PmlObj *o)
{
  Pair *p = PML_NATIVE (o, Pair);
  PmlObj *args = pml_iter_next (p->b), *result;

  if (args == NULL)
    return NULL;
  if (args->type != TYPE (T_TUPLE))
    {
      PmlObj *t = pml_sequence_tuple (args);

      pml_decref (args);
      if (t == NULL)
        return NULL;
      args = t;
    }
  result = pml_call (p->a, args->u.t.items, args->u.t.n, NULL);
  pml_decref (args);
  return result;
}

static const PmlTypeSlots starmap_slots = {
  PML_ITERTOOLS_SLOTS,
  .new_instance = starmap_new,
  .iternext = starmap_next,
  .dealloc = pair_dealloc,
  .traverse = pair_traverse,
  .flags = PML_TPFLAGS_HAVE_GC,
};

static const PmlNativeType starmap_type = { "itertools.starmap", 32, &starmap_slots };

static PmlObj *
takewhile_new (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) type;
  return func_iter_new (&takewhile_type, "takewhile", args, nargs, kwnames);
}

static PmlObj *
takewhile_next (PmlObj *o)
{
  Pair *p = PML_NATIVE (o, Pair);
  PmlObj *item;
  int ok;

  if (p->flag)
    return NULL;
  if ((item = pml_iter_next (p->b)) == NULL)
    return NULL;
  ok = call_truth (p->a, item);
  if (ok > 0)
    return item;
  pml_decref (item);
  if (ok == 0)
    p->flag = 1;
  return NULL;
}

static const PmlTypeSlots takewhile_slots = {
  PML_ITERTOOLS_SLOTS,
  .new_instance = takewhile_new,
  .iternext = takewhile_next,
  .dealloc = pair_dealloc,
  .traverse = pair_traverse,
  .flags = PML_TPFLAGS_HAVE_GC,
};

static const PmlNativeType takewhile_type = { "itertools.takewhile", 40, &takewhile_slots };

static PmlObj *
dropwhile_new (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) type;
  return func_iter_new (&dropwhile_type, "dropwhile", args, nargs, kwnames);
}

static PmlObj *
dropwhile_next (PmlObj *o)
{
  Pair *p = PML_NATIVE (o, Pair);

  for (;;)
    {
      PmlObj *item = pml_iter_next (p->b);
      int ok;

      if (item == NULL || p->flag)
        return item;
      ok = call_truth (p->a, item);
      if (ok == 0)
        {
          p->flag = 1;
          return item;
        }
      pml_decref (item);
      if (ok < 0)
        return NULL;
    }
}

static const PmlTypeSlots dropwhile_slots = {
  PML_ITERTOOLS_SLOTS,
  .new_instance = dropwhile_new,
  .iternext = dropwhile_next,
  .dealloc = pair_dealloc,
  .traverse = pair_traverse,
  .flags = PML_TPFLAGS_HAVE_GC,
};

static const PmlNativeType dropwhile_type = { "itertools.dropwhile", 40, &dropwhile_slots };

static PmlObj *
filterfalse_new (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) type;
  return func_iter_new (&filterfalse_type, "filterfalse", args, nargs, kwnames);
}

static PmlObj *
filterfalse_next (PmlObj *o)
{
  Pair *p = PML_NATIVE (o, Pair);

  for (;;)
    {
      PmlObj *item = pml_iter_next (p->b);
      int ok;

      if (item == NULL)
        return NULL;
      ok = predicate (p->a, item);
      if (ok == 0)
        return item;
      pml_decref (item);
      if (ok < 0)
        return NULL;
    }
}

static const PmlTypeSlots filterfalse_slots = {
  PML_ITERTOOLS_SLOTS,
  .new_instance = filterfalse_new,
  .iternext = filterfalse_next,
  .dealloc = pair_dealloc,
  .traverse = pair_traverse,
  .flags = PML_TPFLAGS_HAVE_GC,
};

static const PmlNativeType filterfalse_type = { "itertools.filterfalse", 32, &filterfalse_slots };

static const PmlNativeType compress_type;

static PmlObj *
compress_new (PmlObj *type,
              PmlObj **args,
              gsize    nargs,
              PmlObj  *kwnames)
{
  static const char *const names[] = { "data", "selectors", NULL };
  static const PmlArgSpec spec = { "compress", names, 2, 2, FALSE };
  g_auto (PmlTpCallArgs) ca = { 0 };
  PmlObj *a[2], *data, *selectors, *o;

  (void) type;
  if (!pml_tp_call_args_init (&ca, args, nargs, kwnames) || !pml_parse_args (&spec, args, nargs, kwnames, a))
    return NULL;
  if ((data = pml_iter (a[0])) == NULL)
    return NULL;
  if ((selectors = pml_iter (a[1])) == NULL || (o = iterator_alloc (&compress_type)) == NULL)
    {
      pml_xdecref (selectors);
      pml_decref (data);
      return NULL;
    }
  PML_NATIVE (o, Pair)->a = data;
  PML_NATIVE (o, Pair)->b = selectors;
  pml_gc_track (o);
  return o;
}

/* a datum first, then its selector: the order the pure Python version
   raises in */
static PmlObj *
compress_next (PmlObj *o)
{
  Pair *p = PML_NATIVE (o, Pair);

  for (;;)
    {
      PmlObj *datum = pml_iter_next (p->a), *selector;
      int ok;

      if (datum == NULL)
        return NULL;
      if ((selector = pml_iter_next (p->b)) == NULL)
        {
          pml_decref (datum);
          return NULL;
        }
      ok = pml_truth (selector);
      pml_decref (selector);
      if (ok > 0)
        return datum;
      pml_decref (datum);
      if (ok < 0)
        return NULL;
    }
}

static const PmlTypeSlots compress_slots = {
  PML_ITERTOOLS_SLOTS,
  .new_instance = compress_new,
  .iternext = compress_next,
  .dealloc = pair_dealloc,
  .traverse = pair_traverse,
  .flags = PML_TPFLAGS_HAVE_GC,
};

static const PmlNativeType compress_type = { "itertools.compress", 32, &compress_slots };

static const PmlNativeType pairwise_type;

static PmlObj *
pairwise_new (PmlObj *type,
              PmlObj **args,
              gsize    nargs,
              PmlObj  *kwnames)
{
  g_auto (PmlTpCallArgs) ca = { 0 };
  PmlObj *it, *o;

  (void) type;
  if (!pml_tp_call_args_init (&ca, args, nargs, kwnames) || !pml_unpack_args ("pairwise", nargs, kwnames, 1, 1))
    return NULL;
  if ((it = pml_iter (args[0])) == NULL)
    return NULL;
  if ((o = iterator_alloc (&pairwise_type)) == NULL)
    {
      pml_decref (it);
      return NULL;
    }
  PML_NATIVE (o, Pair)->a = it;
  pml_gc_track (o);
  return o;
}

/* a new pair each time; the newer item is kept for the next one */
static PmlObj *
pairwise_next (PmlObj *o)
{
  Pair *p = PML_NATIVE (o, Pair);
  PmlObj *new, *result;

  if (p->a == NULL)
    return NULL;
  if (p->b == NULL)
    {
      p->b = pml_iter_next (p->a);
      if (p->b == NULL)
        {
          PML_CLEAR (p->a);
          return NULL;
        }
    }
  new = pml_iter_next (p->a);
  if (new == NULL)
    {
      PML_CLEAR (p->a);
      PML_CLEAR (p->b);
      return NULL;
    }
  result = pml_tuple_pack (2, p->b, new);
  PML_SETREF (p->b, new);
  return result;
}

static const PmlTypeSlots pairwise_slots = {
  PML_ITERTOOLS_SLOTS,
  .new_instance = pairwise_new,
  .iternext = pairwise_next,
  .dealloc = pair_dealloc,
  .traverse = pair_traverse,
  .flags = PML_TPFLAGS_HAVE_GC,
};

static const PmlNativeType pairwise_type = { "itertools.pairwise", 32, &pairwise_slots };

/* ---- the module ---- */

PmlObj *
pml_module_make_itertools (void)
{
  static const PmlNativeType *const types[] = {
    &accumulate_type, &chain_type, &pml_itertools_combinations_type, &pml_itertools_cwr_type,
    &compress_type, &count_type, &cycle_type, &dropwhile_type, &filterfalse_type,
    &pml_itertools_groupby_type, &pml_itertools_grouper_type, &islice_type, &pairwise_type,
    &pml_itertools_permutations_type, &pml_itertools_product_type, &repeat_type, &starmap_type,
    &takewhile_type, &pml_itertools_tee_type, &pml_itertools_teedata_type, &zip_longest_type,
  };
  PmlObj *m = pml_module_new_imported ("itertools"), *tee;

  if (m == NULL)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      PmlObj *t = pml_native_type (types[i]);
      const char *dot = strrchr (types[i]->name, '.');

      pml_dict_set_str (m->u.mod.dict, dot + 1, t);
    }
  pml_method_descr_object (&chain_methods[0])->flags |= OBJ_CLASS_METHOD;
  tee = pml_builtin_new ("tee", pml_itertools_tee, m);
  pml_dict_set_str (m->u.mod.dict, "tee", tee);
  pml_decref (tee);
  return m;
}
