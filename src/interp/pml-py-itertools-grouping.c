/* pml-py-itertools-grouping.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pml-py-itertools.h"

/* groupby with its _grouper objects, and tee with its _tee objects
 * reading a chain of _tee_dataobject links (57 items each), as
 * Modules/itertoolsmodule.c (3.11) has them. */

/* ---- groupby ---- */

typedef struct
{
  PmlObj *it, *keyfunc, *tgtkey, *currkey, *currvalue;
  PmlObj *currgrouper;   /* borrowed: the one group that may still read */
} GroupBy;
PML_NATIVE_FITS (GroupBy);

typedef struct
{
  PmlObj *parent, *tgtkey;
} Grouper;
PML_NATIVE_FITS (Grouper);

static PmlObj *
groupby_new (PmlObj *type,
             PmlObj **args,
             gsize    nargs,
             PmlObj  *kwnames)
{
  static const char *const names[] = { "iterable", "key", NULL };
  static const PmlArgSpec spec = { "groupby", names, 1, 2, FALSE };
  g_auto (PmlTpCallArgs) ca = { 0 };
  PmlObj *a[2], *o;
  GroupBy *g;

  (void) type;
  if (!pml_tp_call_args_init (&ca, args, nargs, kwnames) || !pml_parse_args (&spec, args, nargs, kwnames, a))
    return NULL;
  if ((o = pml_native_alloc (&pml_itertools_groupby_type, 0)) == NULL)
    return NULL;
  g = PML_NATIVE (o, GroupBy);
  g->keyfunc = pml_incref (a[1] != NULL ? a[1] : NONE);
  if ((g->it = pml_iter (a[0])) == NULL)
    {
      pml_decref (o);
      return NULL;
    }
  pml_gc_track (o);
  return o;
}

/* reads the next value and its key; -1 at the end or on an error */
static int
groupby_step (GroupBy *g)
{
  PmlObj *newvalue = pml_iter_next (g->it), *newkey, *oldvalue;

  if (newvalue == NULL)
    return -1;
  if (g->keyfunc == NONE)
    newkey = pml_incref (newvalue);
  else if ((newkey = pml_call (g->keyfunc, &newvalue, 1, NULL)) == NULL)
    {
      pml_decref (newvalue);
      return -1;
    }
  oldvalue = g->currvalue;
  g->currvalue = newvalue;
  PML_SETREF (g->currkey, newkey);
  pml_xdecref (oldvalue);
  return 0;
}

static PmlObj *
grouper_create (PmlObj *parent,
                PmlObj *tgtkey)
{
  PmlObj *o = pml_native_alloc (&pml_itertools_grouper_type, 0);

  if (o == NULL)
    return NULL;
  PML_NATIVE (o, Grouper)->parent = pml_incref (parent);
  PML_NATIVE (o, Grouper)->tgtkey = pml_incref (tgtkey);
  PML_NATIVE (parent, GroupBy)->currgrouper = o;
  pml_gc_track (o);
  return o;
}

/* skips what is left of the current group; (key, group) of the next */
static PmlObj *
groupby_next (PmlObj *o)
{
  GroupBy *g = PML_NATIVE (o, GroupBy);
  PmlObj *grouper, *r;

  g->currgrouper = NULL;
  for (;;)
    {
      if (g->currkey != NULL)
        {
          int same;

          if (g->tgtkey == NULL)
            break;
          same = pml_eq (g->tgtkey, g->currkey);
          if (same < 0)
            return NULL;
          if (same == 0)
            break;
        }
      if (groupby_step (g) < 0)
        return NULL;
    }
  PML_SETREF (g->tgtkey, pml_incref (g->currkey));
  grouper = grouper_create (o, g->tgtkey);
  if (grouper == NULL)
    return NULL;
  r = pml_tuple_pack (2, g->currkey, grouper);
  pml_decref (grouper);
  return r;
}

static gboolean
groupby_dealloc (PmlObj *o)
{
  GroupBy *g = PML_NATIVE (o, GroupBy);

  pml_xdecref (g->it);
  pml_xdecref (g->keyfunc);
  pml_xdecref (g->tgtkey);
  pml_xdecref (g->currkey);
  pml_xdecref (g->currvalue);
  return FALSE;
}

static void
groupby_traverse (PmlObj *o, PmlVisitFunc visit, gpointer data)
{
  GroupBy *g = PML_NATIVE (o, GroupBy);

  PML_VISIT (g->it);
  PML_VISIT (g->keyfunc);
  PML_VISIT (g->tgtkey);
  PML_VISIT (g->currkey);
  PML_VISIT (g->currvalue);
}

static const PmlTypeSlots groupby_slots = {
  PML_ITERTOOLS_SLOTS,
  .new_instance = groupby_new,
  .iternext = groupby_next,
  .dealloc = groupby_dealloc,
  .traverse = groupby_traverse,
  .flags = PML_TPFLAGS_HAVE_GC,
};

const PmlNativeType pml_itertools_groupby_type = { "itertools.groupby", 64, &groupby_slots };

/* a group reads from its groupby while it is the current one, up to the
   first value of another key */
static PmlObj *
grouper_next (PmlObj *o)
{
  Grouper *gr = PML_NATIVE (o, Grouper);
  GroupBy *g = PML_NATIVE (gr->parent, GroupBy);
  PmlObj *r;
  int same;

  if (g->currgrouper != o)
    return NULL;
  if (g->currvalue == NULL && groupby_step (g) < 0)
    return NULL;
  same = pml_eq (gr->tgtkey, g->currkey);
  if (same <= 0)
    return NULL;
  r = g->currvalue;
  g->currvalue = NULL;
  PML_CLEAR (g->currkey);
  return r;
}

static gboolean
grouper_dealloc (PmlObj *o)
{
  pml_decref (PML_NATIVE (o, Grouper)->parent);
  pml_decref (PML_NATIVE (o, Grouper)->tgtkey);
  return FALSE;
}

static void
grouper_traverse (PmlObj *o, PmlVisitFunc visit, gpointer data)
{
  PML_VISIT (PML_NATIVE (o, Grouper)->parent);
  PML_VISIT (PML_NATIVE (o, Grouper)->tgtkey);
}

static const PmlTypeSlots grouper_slots = {
  PML_ITERTOOLS_SLOTS,
  .iternext = grouper_next,
  .dealloc = grouper_dealloc,
  .traverse = grouper_traverse,
  .flags = PML_TPFLAGS_HAVE_GC,
};

const PmlNativeType pml_itertools_grouper_type = { "itertools._grouper", 32, &grouper_slots };

/* ---- tee ---- */

#define LINKCELLS 57   /* the values of one _tee_dataobject */

typedef struct
{
  PmlObj   *it;
  int       numread;
  gboolean  running;
  PmlObj   *nextlink;
  PmlObj  **values;     /* LINKCELLS, host memory */
} TeeData;
PML_NATIVE_FITS (TeeData);

typedef struct
{
  PmlObj *dataobj;
  gint64  index;
} Tee;
PML_NATIVE_FITS (Tee);

static PmlObj *
teedata_new (PmlObj *it)
{
  PmlObj *o = pml_native_alloc (&pml_itertools_teedata_type, 0);
  TeeData *d;

  if (o == NULL)
    return NULL;
  d = PML_NATIVE (o, TeeData);
  d->values = g_new0 (PmlObj *, LINKCELLS);
  d->it = pml_incref (it);
  pml_gc_track (o);
  return o;
}

/* item @i of the link: read from the iterator by the lead tee */
static PmlObj *
teedata_getitem (PmlObj *o,
                 int     i)
{
  TeeData *d = PML_NATIVE (o, TeeData);
  PmlObj *value;

  if (i < d->numread)
    return pml_incref (d->values[i]);
  if (d->running)
    return pml_err_set (T_RUNTIME_ERROR, "cannot re-enter the tee iterator");
  d->running = TRUE;
  value = pml_iter_next (d->it);
  d->running = FALSE;
  if (value == NULL)
    return NULL;
  d->values[d->numread++] = value;
  return pml_incref (value);
}

static PmlObj *
teedata_jumplink (PmlObj *o)
{
  TeeData *d = PML_NATIVE (o, TeeData);

  if (d->nextlink == NULL)
    d->nextlink = teedata_new (d->it);
  return pml_xincref (d->nextlink);
}

/* a chain of links is let go link by link, not recursively */
static void
teedata_safe_decref (PmlObj *o)
{
  while (o != NULL && pml_native_is (o, &pml_itertools_teedata_type) && o->refcnt == 1)
    {
      PmlObj *next = PML_NATIVE (o, TeeData)->nextlink;

      PML_NATIVE (o, TeeData)->nextlink = NULL;
      pml_decref (o);
      o = next;
    }
  pml_xdecref (o);
}

static void
teedata_clear (PmlObj *o)
{
  TeeData *d = PML_NATIVE (o, TeeData);
  PmlObj *next;

  PML_CLEAR (d->it);
  for (int i = 0; i < d->numread; i++)
    PML_CLEAR (d->values[i]);
  next = d->nextlink;
  d->nextlink = NULL;
  teedata_safe_decref (next);
}

static gboolean
teedata_dealloc (PmlObj *o)
{
  teedata_clear (o);
  g_clear_pointer (&PML_NATIVE (o, TeeData)->values, g_free);
  return FALSE;
}

static void
teedata_traverse (PmlObj *o, PmlVisitFunc visit, gpointer data)
{
  TeeData *d = PML_NATIVE (o, TeeData);

  PML_VISIT (d->it);
  for (int i = 0; i < d->numread; i++)
    PML_VISIT (d->values[i]);
  PML_VISIT (d->nextlink);
}

static void
teedata_free_host (PmlObj *o)
{
  g_clear_pointer (&PML_NATIVE (o, TeeData)->values, g_free);
}

static const PmlTypeSlots teedata_slots = {
  .repr = pml_object_repr,
  .hash = pml_object_hash,
  .richcompare = pml_object_richcompare,
  .getattro = pml_object_getattro,
  .setattro = pml_object_setattro,
  .dealloc = teedata_dealloc,
  .traverse = teedata_traverse,
  .clear = teedata_clear,
  .free_host = teedata_free_host,
  .flags = PML_TPFLAGS_HAVE_GC,
};

/* 16 header + it + numread, running + nextlink + 57 values */
const PmlNativeType pml_itertools_teedata_type = { "itertools._tee_dataobject", 496, &teedata_slots };

static PmlObj *
tee_with_data (PmlObj *dataobj,
               gint64  index)
{
  PmlObj *o = pml_native_alloc (&pml_itertools_tee_type, 0);

  if (o == NULL)
    return NULL;
  PML_NATIVE (o, Tee)->dataobj = pml_incref (dataobj);
  PML_NATIVE (o, Tee)->index = index;
  pml_gc_track (o);
  return o;
}

static PmlObj *
tee_copy (PmlObj  *self,
          PmlObj **args,
          gsize    nargs,
          PmlObj  *kwnames)
{
  METHOD_SELF ();
  (void) args;
  NO_KW ("__copy__");
  return tee_with_data (PML_NATIVE (self, Tee)->dataobj, PML_NATIVE (self, Tee)->index);
}

/* a tee over @iterable's iterator (a copy when it is already a tee) */
static PmlObj *
tee_fromiterable (PmlObj *iterable)
{
  PmlObj *it = pml_iter (iterable), *dataobj, *o;

  if (it == NULL)
    return NULL;
  if (pml_native_is (it, &pml_itertools_tee_type))
    o = tee_with_data (PML_NATIVE (it, Tee)->dataobj, PML_NATIVE (it, Tee)->index);
  else if ((dataobj = teedata_new (it)) == NULL)
    o = NULL;
  else
    {
      o = tee_with_data (dataobj, 0);
      pml_decref (dataobj);
    }
  pml_decref (it);
  return o;
}

static PmlObj *
tee_new (PmlObj *type,
         PmlObj **args,
         gsize    nargs,
         PmlObj  *kwnames)
{
  g_auto (PmlTpCallArgs) ca = { 0 };

  (void) type;
  if (!pml_tp_call_args_init (&ca, args, nargs, kwnames) || !pml_unpack_args ("_tee", nargs, kwnames, 1, 1))
    return NULL;
  return tee_fromiterable (args[0]);
}

static PmlObj *
tee_next (PmlObj *o)
{
  Tee *t = PML_NATIVE (o, Tee);
  PmlObj *value;

  if (t->index >= LINKCELLS)
    {
      PmlObj *link = teedata_jumplink (t->dataobj);

      if (link == NULL)
        return NULL;
      PML_SETREF (t->dataobj, link);
      t->index = 0;
    }
  value = teedata_getitem (t->dataobj, (int) t->index);
  if (value == NULL)
    return NULL;
  t->index++;
  return value;
}

static gboolean
tee_dealloc (PmlObj *o)
{
  if (o->weakrefs != NULL)
    pml_weakrefs_clear_all (o, TRUE);
  PML_CLEAR (PML_NATIVE (o, Tee)->dataobj);
  return FALSE;
}

static void
tee_traverse (PmlObj *o, PmlVisitFunc visit, gpointer data)
{
  PML_VISIT (PML_NATIVE (o, Tee)->dataobj);
}

static void
tee_clear (PmlObj *o)
{
  PML_CLEAR (PML_NATIVE (o, Tee)->dataobj);
}

static const PmlMethodDef tee_methods[] = {
  { "__copy__", tee_copy },
  { NULL, NULL },
};

static const PmlTypeSlots tee_slots = {
  PML_ITERTOOLS_SLOTS,
  .new_instance = tee_new,
  .iternext = tee_next,
  .methods = tee_methods,
  .dealloc = tee_dealloc,
  .traverse = tee_traverse,
  .clear = tee_clear,
  .flags = PML_TPFLAGS_HAVE_GC | PML_TPFLAGS_WEAKREFABLE,
};

const PmlNativeType pml_itertools_tee_type = { "itertools._tee", 40, &tee_slots };

/* tee(iterable, n=2): n tees sharing one chain of links; the first is
   the iterable's own when it can copy itself (a tee) */
PmlObj *
pml_itertools_tee (PmlObj  *self,
                   PmlObj **args,
                   gsize    nargs,
                   PmlObj  *kwnames)
{
  PmlObj *result, *it, *copyable, *copyfunc;
  gint64 n = 2;

  (void) self;
  if (kwnames != NULL && kwnames->u.t.n > 0)
    return pml_err_set (T_TYPE_ERROR, "itertools.tee() takes no keyword arguments");
  if (!pml_unpack_args ("tee", nargs, NULL, 1, 2))
    return NULL;
  if (nargs == 2 && !pml_index_value (args[1], &n))
    return NULL;
  if (n < 0)
    return pml_err_set (T_VALUE_ERROR, "n must be >= 0");
  if ((result = pml_tuple_new ((gsize) n)) == NULL || n == 0)
    return result;
  if ((it = pml_iter (args[0])) == NULL)
    {
      pml_decref (result);
      return NULL;
    }
  if (pml_native_is (it, &pml_itertools_tee_type))
    copyable = it;
  else
    {
      copyable = tee_fromiterable (it);
      pml_decref (it);
      if (copyable == NULL)
        {
          pml_decref (result);
          return NULL;
        }
    }
  copyfunc = pml_builtin_method_lookup (copyable, "__copy__");
  if (copyfunc == NULL)
    {
      pml_decref (copyable);
      pml_decref (result);
      return NULL;
    }
  result->u.t.items[0] = copyable;
  for (gint64 i = 1; i < n; i++)
    if ((result->u.t.items[i] = pml_call (copyfunc, NULL, 0, NULL)) == NULL)
      {
        pml_decref (copyfunc);
        pml_decref (result);
        return NULL;
      }
  pml_decref (copyfunc);
  return result;
}
