/* pml-py-itertools-filtering.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pml-py-itertools.h"

/* The itertools iterators that call a function or test each item, as
 * Modules/itertoolsmodule.c (3.11) has them: starmap, takewhile,
 * dropwhile, filterfalse and compress, each two references and a flag. */

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

/* ---- two references each ---- */

typedef struct
{
  PmlObj *a, *b;     /* func and it; data and selectors */
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

  if (!pml_tp_call_args_init (&ca, args, nargs, kwnames) ||
      !pml_unpack_args (name, nargs, kwnames, 2, 2))
    return NULL;
  if ((it = pml_iter (args[1])) == NULL)
    return NULL;
  if ((o = pml_native_alloc (def, 0)) == NULL)
    {
      pml_decref (it);
      return NULL;
    }
  PML_NATIVE (o, Pair)->a = pml_incref (args[0]);
  PML_NATIVE (o, Pair)->b = it;
  pml_gc_track (o);
  return o;
}

static PmlObj *
starmap_new (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) type;
  return func_iter_new (&pml_itertools_starmap_type, "starmap", args, nargs, kwnames);
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

const PmlNativeType pml_itertools_starmap_type = { "itertools.starmap", 32, &starmap_slots };

static PmlObj *
takewhile_new (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) type;
  return func_iter_new (&pml_itertools_takewhile_type, "takewhile", args, nargs, kwnames);
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

const PmlNativeType pml_itertools_takewhile_type = { "itertools.takewhile", 40, &takewhile_slots };

static PmlObj *
dropwhile_new (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) type;
  return func_iter_new (&pml_itertools_dropwhile_type, "dropwhile", args, nargs, kwnames);
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

const PmlNativeType pml_itertools_dropwhile_type = { "itertools.dropwhile", 40, &dropwhile_slots };

static PmlObj *
filterfalse_new (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) type;
  return func_iter_new (&pml_itertools_filterfalse_type, "filterfalse", args, nargs, kwnames);
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

const PmlNativeType pml_itertools_filterfalse_type = { "itertools.filterfalse", 32, &filterfalse_slots };

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
  if (!pml_tp_call_args_init (&ca, args, nargs, kwnames) ||
      !pml_parse_args (&spec, args, nargs, kwnames, a))
    return NULL;
  if ((data = pml_iter (a[0])) == NULL)
    return NULL;
  if ((selectors = pml_iter (a[1])) == NULL || (o = pml_native_alloc (&pml_itertools_compress_type, 0)) == NULL)
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

const PmlNativeType pml_itertools_compress_type = { "itertools.compress", 32, &compress_slots };
