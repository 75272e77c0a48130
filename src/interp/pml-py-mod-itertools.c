/* pml-py-mod-itertools.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-itertools.h"
#include "pml-py-module-table.h"

/* The itertools module and its infinite iterators, count, cycle and
 * repeat, as Modules/itertoolsmodule.c (3.11) lays them out: each a GC
 * type with CPython's basicsize, made by tp_new from an args tuple (these
 * types have no vectorcall), holding what it reads. */

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
  if (!pml_tp_call_args_init (&ca, args, nargs, kwnames) ||
      !pml_parse_args (&spec, args, nargs, kwnames, a))
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
  o = pml_native_alloc (&count_type, 0);
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
  if (!pml_tp_call_args_init (&ca, args, nargs, kwnames) ||
      !pml_unpack_args ("cycle", nargs, kwnames, 1, 1))
    return NULL;
  if ((it = pml_iter (args[0])) == NULL)
    return NULL;
  if ((saved = pml_list_new (0)) == NULL || (o = pml_native_alloc (&cycle_type, 0)) == NULL)
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
  if (!pml_tp_call_args_init (&ca, args, nargs, kwnames) ||
      !pml_parse_args (&spec, args, nargs, kwnames, a))
    return NULL;
  if (a[1] != NULL)
    {
      if (!pml_index_value (a[1], &cnt))
        return NULL;
      /* a negative count given by the caller means no repetition */
      cnt = MAX (cnt, 0);
    }
  o = pml_native_alloc (&repeat_type, 0);
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

/* ---- the module ---- */

PmlObj *
pml_module_make_itertools (void)
{
  static const PmlNativeType *const types[] = {
    &pml_itertools_accumulate_type, &pml_itertools_chain_type, &pml_itertools_combinations_type, &pml_itertools_cwr_type,
    &pml_itertools_compress_type, &count_type, &cycle_type, &pml_itertools_dropwhile_type, &pml_itertools_filterfalse_type,
    &pml_itertools_groupby_type, &pml_itertools_grouper_type, &pml_itertools_islice_type, &pml_itertools_pairwise_type,
    &pml_itertools_permutations_type, &pml_itertools_product_type, &repeat_type, &pml_itertools_starmap_type,
    &pml_itertools_takewhile_type, &pml_itertools_tee_type, &pml_itertools_teedata_type, &pml_itertools_zip_longest_type,
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
  pml_itertools_chain_ready ();
  tee = pml_builtin_new ("tee", pml_itertools_tee, m);
  pml_dict_set_str (m->u.mod.dict, "tee", tee);
  pml_decref (tee);
  return m;
}
