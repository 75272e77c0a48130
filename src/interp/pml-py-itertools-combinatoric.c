/* pml-py-itertools-combinatoric.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pml-py-itertools.h"

/* product, permutations, combinations and combinations_with_replacement,
 * as Modules/itertoolsmodule.c (3.11): each copies its input into a pool
 * tuple, keeps its position in C arrays of Py_ssize_t (PyMem blocks,
 * which __sizeof__ counts), and hands out one result tuple that it
 * updates in place whenever the caller has let go of the previous one. */

/* PyMem_New (Py_ssize_t, n): the host array and its simulated block */
typedef struct
{
  gint64  *v;
  guint64  addr;
} Indices;

static gboolean
indices_alloc (Indices *ix,
               gsize    n)
{
  ix->addr = pml_mem_alloc (n * sizeof (gint64));
  if (ix->addr == 0)
    return FALSE;
  ix->v = g_new0 (gint64, MAX (n, 1));
  return TRUE;
}

static void
indices_free (Indices *ix)
{
  pml_mem_free (ix->addr);
  ix->addr = 0;
  g_clear_pointer (&ix->v, g_free);
}

/* a tuple of each pool's first items (of the items at @indices): the
   first result */
static PmlObj *
first_result (PmlObj       *pool_of,
              gboolean      one_pool,
              const gint64 *indices,
              gsize         r)
{
  PmlObj *result = pml_tuple_new (r);

  if (result == NULL)
    return NULL;
  for (gsize i = 0; i < r; i++)
    {
      PmlObj *pool = one_pool ? pool_of : pool_of->u.t.items[i];
      gint64 index = indices != NULL ? indices[i] : 0;

      if ((gsize) index >= pool->u.t.n)
        {
          pml_decref (result);
          return NULL;
        }
      result->u.t.items[i] = pml_incref (pool->u.t.items[index]);
    }
  return result;
}

static void
set_item (PmlObj *result,
          gsize   i,
          PmlObj *elem)
{
  PML_SETREF (result->u.t.items[i], pml_incref (elem));
}

/* ---- product ---- */

typedef struct
{
  PmlObj  *pools;    /* a tuple of tuples */
  PmlObj  *result;
  Indices  indices;
  gboolean stopped;
} Product;
PML_NATIVE_FITS (Product);

static PmlObj *
product_new (PmlObj *type,
             PmlObj **args,
             gsize    nargs,
             PmlObj  *kwnames)
{
  g_auto (PmlTpCallArgs) ca = { 0 };
  gsize npos = pml_positional (nargs, kwnames), npools;
  gint64 repeat = 1;
  Indices indices = { 0 };
  PmlObj *pools, *o;
  Product *p;

  (void) type;
  if (!pml_tp_call_args_init (&ca, args, nargs, kwnames))
    return NULL;
  if (npos != nargs)
    {
      static const char *const names[] = { "repeat", NULL };
      static const PmlArgSpec spec = { "product", names, 0, 0, TRUE };
      PmlObj *a[1];

      /* the keywords are parsed against an empty tuple */
      if (!pml_parse_args (&spec, args + npos, nargs - npos, kwnames, a))
        return NULL;
      if (a[0] != NULL && !pml_index_value (a[0], &repeat))
        return NULL;
      if (repeat < 0)
        return pml_err_set (T_VALUE_ERROR, "repeat argument cannot be negative");
    }
  npools = repeat == 0 ? 0 : npos * (gsize) repeat;
  if (!indices_alloc (&indices, npools))
    return NULL;
  if ((pools = pml_tuple_new (npools)) == NULL)
    {
      indices_free (&indices);
      return NULL;
    }
  for (gsize i = 0; i < npools; i++)
    {
      PmlObj *pool = i < npos ? pml_sequence_tuple (args[i]) : pml_incref (pools->u.t.items[i - npos]);

      if (pool == NULL)
        {
          pml_decref (pools);
          indices_free (&indices);
          return NULL;
        }
      pools->u.t.items[i] = pool;
    }
  if ((o = pml_native_alloc (&pml_itertools_product_type, 0)) == NULL)
    {
      pml_decref (pools);
      indices_free (&indices);
      return NULL;
    }
  p = PML_NATIVE (o, Product);
  p->pools = pools;
  p->indices = indices;
  pml_gc_track (o);
  return o;
}

/* the odometer: the rightmost pool advances, rolling over to the left */
static PmlObj *
product_next (PmlObj *o)
{
  Product *p = PML_NATIVE (o, Product);
  gsize npools = p->pools->u.t.n;
  gint64 i;

  if (p->stopped)
    return NULL;
  if (p->result == NULL)
    {
      p->result = first_result (p->pools, FALSE, NULL, npools);
      if (p->result == NULL)
        goto empty;
      return pml_incref (p->result);
    }
  if (!pml_itertools_reuse_result (&p->result, npools))
    goto empty;
  for (i = (gint64) npools - 1; i >= 0; i--)
    {
      PmlObj *pool = p->pools->u.t.items[i];
      gint64 *index = &p->indices.v[i];

      (*index)++;
      if ((gsize) *index == pool->u.t.n)
        {
          *index = 0;
          set_item (p->result, (gsize) i, pool->u.t.items[0]);
        }
      else
        {
          set_item (p->result, (gsize) i, pool->u.t.items[*index]);
          break;
        }
    }
  if (i < 0)
    goto empty;
  return pml_incref (p->result);

empty:
  p->stopped = TRUE;
  return NULL;
}

static gsize
product_sizeof (PmlObj *o)
{
  return pml_obj_presize (o->type) + o->type->u.ty.basicsize + PML_NATIVE (o, Product)->pools->u.t.n * 8;
}

static gboolean
product_dealloc (PmlObj *o)
{
  Product *p = PML_NATIVE (o, Product);

  pml_xdecref (p->pools);
  pml_xdecref (p->result);
  indices_free (&p->indices);
  return FALSE;
}

static void
product_traverse (PmlObj *o, PmlVisitFunc visit, gpointer data)
{
  PML_VISIT (PML_NATIVE (o, Product)->pools);
  PML_VISIT (PML_NATIVE (o, Product)->result);
}

static void
product_free_host (PmlObj *o)
{
  g_clear_pointer (&PML_NATIVE (o, Product)->indices.v, g_free);
}

static const PmlTypeSlots product_slots = {
  PML_ITERTOOLS_SLOTS,
  .new_instance = product_new,
  .iternext = product_next,
  .size_of = product_sizeof,
  .dealloc = product_dealloc,
  .traverse = product_traverse,
  .free_host = product_free_host,
  .flags = PML_TPFLAGS_HAVE_GC,
};

const PmlNativeType pml_itertools_product_type = { "itertools.product", 48, &product_slots };

/* ---- permutations, combinations, combinations_with_replacement ---- */

typedef struct
{
  PmlObj  *pool;
  PmlObj  *result;
  Indices  indices;
  Indices  cycles;     /* permutations only */
  gint64   r;
  gboolean stopped;
} Combinatoric;
PML_NATIVE_FITS (Combinatoric);

static gboolean
combinatoric_dealloc (PmlObj *o)
{
  Combinatoric *c = PML_NATIVE (o, Combinatoric);

  pml_xdecref (c->pool);
  pml_xdecref (c->result);
  indices_free (&c->indices);
  if (c->cycles.addr != 0)
    indices_free (&c->cycles);
  return FALSE;
}

static void
combinatoric_traverse (PmlObj *o, PmlVisitFunc visit, gpointer data)
{
  PML_VISIT (PML_NATIVE (o, Combinatoric)->pool);
  PML_VISIT (PML_NATIVE (o, Combinatoric)->result);
}

static void
combinatoric_free_host (PmlObj *o)
{
  g_clear_pointer (&PML_NATIVE (o, Combinatoric)->indices.v, g_free);
  g_clear_pointer (&PML_NATIVE (o, Combinatoric)->cycles.v, g_free);
}

static gsize
combinations_sizeof (PmlObj *o)
{
  return pml_obj_presize (o->type) + o->type->u.ty.basicsize + (gsize) PML_NATIVE (o, Combinatoric)->r * 8;
}

static PmlObj *
combinatoric_alloc (const PmlNativeType *def,
                    PmlObj              *pool,
                    Indices             *indices,
                    Indices             *cycles,
                    gint64               r,
                    gboolean             stopped)
{
  PmlObj *o = pml_native_alloc (def, 0);
  Combinatoric *c;

  if (o == NULL)
    {
      pml_decref (pool);
      indices_free (indices);
      if (cycles != NULL)
        indices_free (cycles);
      return NULL;
    }
  c = PML_NATIVE (o, Combinatoric);
  c->pool = pool;
  c->indices = *indices;
  if (cycles != NULL)
    c->cycles = *cycles;
  c->r = r;
  c->stopped = stopped;
  pml_gc_track (o);
  return o;
}

/* combinations (iterable, r) and combinations_with_replacement:
   indices 0, 1, 2... or all 0 */
static PmlObj *
combinations_make (const PmlNativeType *def,
                   const char          *fname,
                   gboolean             replacement,
                   PmlObj             **args,
                   gsize                nargs,
                   PmlObj              *kwnames)
{
  static const char *const names[] = { "iterable", "r", NULL };
  PmlArgSpec spec = { fname, names, 2, 2, FALSE };
  g_auto (PmlTpCallArgs) ca = { 0 };
  Indices indices = { 0 };
  PmlObj *a[2], *pool;
  gint64 r, n;

  if (!pml_tp_call_args_init (&ca, args, nargs, kwnames) || !pml_parse_args (&spec, args, nargs, kwnames, a))
    return NULL;
  if (!pml_index_value (a[1], &r))
    return NULL;
  if ((pool = pml_sequence_tuple (a[0])) == NULL)
    return NULL;
  n = (gint64) pool->u.t.n;
  if (r < 0)
    {
      pml_decref (pool);
      return pml_err_set (T_VALUE_ERROR, "r must be non-negative");
    }
  if (!indices_alloc (&indices, (gsize) r))
    {
      pml_decref (pool);
      return NULL;
    }
  for (gint64 i = 0; i < r; i++)
    indices.v[i] = replacement ? 0 : i;
  return combinatoric_alloc (def, pool, &indices, NULL, r, replacement ? n == 0 && r > 0 : r > n);
}

static PmlObj *
combinations_new (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) type;
  return combinations_make (&pml_itertools_combinations_type, "combinations", FALSE, args, nargs, kwnames);
}

/* the rightmost index not at its maximum advances; those to its right
   follow it in increasing order */
static PmlObj *
combinations_next (PmlObj *o)
{
  Combinatoric *c = PML_NATIVE (o, Combinatoric);
  gint64 *indices = c->indices.v, r = c->r, n = (gint64) c->pool->u.t.n, i;

  if (c->stopped)
    return NULL;
  if (c->result == NULL)
    {
      c->result = first_result (c->pool, TRUE, indices, (gsize) r);
      if (c->result == NULL)
        goto empty;
      return pml_incref (c->result);
    }
  if (!pml_itertools_reuse_result (&c->result, (gsize) r))
    goto empty;
  for (i = r - 1; i >= 0 && indices[i] == i + n - r; i--)
    ;
  if (i < 0)
    goto empty;
  indices[i]++;
  for (gint64 j = i + 1; j < r; j++)
    indices[j] = indices[j - 1] + 1;
  for (; i < r; i++)
    set_item (c->result, (gsize) i, c->pool->u.t.items[indices[i]]);
  return pml_incref (c->result);

empty:
  c->stopped = TRUE;
  return NULL;
}

static const PmlTypeSlots combinations_slots = {
  PML_ITERTOOLS_SLOTS,
  .new_instance = combinations_new,
  .iternext = combinations_next,
  .size_of = combinations_sizeof,
  .dealloc = combinatoric_dealloc,
  .traverse = combinatoric_traverse,
  .free_host = combinatoric_free_host,
  .flags = PML_TPFLAGS_HAVE_GC,
};

const PmlNativeType pml_itertools_combinations_type = { "itertools.combinations", 56, &combinations_slots };

static PmlObj *
cwr_new (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) type;
  return combinations_make (&pml_itertools_cwr_type, "combinations_with_replacement", TRUE, args, nargs,
                            kwnames);
}

/* the rightmost index not at the last item advances; those to its right
   take its value */
static PmlObj *
cwr_next (PmlObj *o)
{
  Combinatoric *c = PML_NATIVE (o, Combinatoric);
  gint64 *indices = c->indices.v, r = c->r, n = (gint64) c->pool->u.t.n, i, index;

  if (c->stopped)
    return NULL;
  if (c->result == NULL)
    {
      c->result = pml_tuple_new ((gsize) r);
      if (c->result == NULL)
        goto empty;
      for (i = 0; n > 0 && i < r; i++)
        c->result->u.t.items[i] = pml_incref (c->pool->u.t.items[0]);
      return pml_incref (c->result);
    }
  if (!pml_itertools_reuse_result (&c->result, (gsize) r))
    goto empty;
  for (i = r - 1; i >= 0 && indices[i] == n - 1; i--)
    ;
  if (i < 0)
    goto empty;
  index = indices[i] + 1;
  for (; i < r; i++)
    {
      indices[i] = index;
      set_item (c->result, (gsize) i, c->pool->u.t.items[index]);
    }
  return pml_incref (c->result);

empty:
  c->stopped = TRUE;
  return NULL;
}

static const PmlTypeSlots cwr_slots = {
  PML_ITERTOOLS_SLOTS,
  .new_instance = cwr_new,
  .iternext = cwr_next,
  .size_of = combinations_sizeof,
  .dealloc = combinatoric_dealloc,
  .traverse = combinatoric_traverse,
  .free_host = combinatoric_free_host,
  .flags = PML_TPFLAGS_HAVE_GC,
};

const PmlNativeType pml_itertools_cwr_type = { "itertools.combinations_with_replacement", 56, &cwr_slots };

static PmlObj *
permutations_new (PmlObj *type,
                  PmlObj **args,
                  gsize    nargs,
                  PmlObj  *kwnames)
{
  static const char *const names[] = { "iterable", "r", NULL };
  static const PmlArgSpec spec = { "permutations", names, 1, 2, FALSE };
  g_auto (PmlTpCallArgs) ca = { 0 };
  Indices indices = { 0 }, cycles = { 0 };
  PmlObj *a[2], *pool;
  gint64 r, n;

  (void) type;
  if (!pml_tp_call_args_init (&ca, args, nargs, kwnames) || !pml_parse_args (&spec, args, nargs, kwnames, a))
    return NULL;
  if ((pool = pml_sequence_tuple (a[0])) == NULL)
    return NULL;
  n = r = (gint64) pool->u.t.n;
  if (a[1] != NULL && a[1] != NONE)
    {
      if (a[1]->kind != K_INT && a[1]->kind != K_BOOL)
        {
          pml_decref (pool);
          return pml_err_set (T_TYPE_ERROR, "Expected int as r");
        }
      if (!pml_index_value (a[1], &r))
        {
          pml_decref (pool);
          return NULL;
        }
    }
  if (r < 0)
    {
      pml_decref (pool);
      return pml_err_set (T_VALUE_ERROR, "r must be non-negative");
    }
  if (!indices_alloc (&indices, (gsize) n))
    {
      pml_decref (pool);
      return NULL;
    }
  if (!indices_alloc (&cycles, (gsize) r))
    {
      indices_free (&indices);
      pml_decref (pool);
      return NULL;
    }
  for (gint64 i = 0; i < n; i++)
    indices.v[i] = i;
  for (gint64 i = 0; i < r; i++)
    cycles.v[i] = n - i;
  return combinatoric_alloc (&pml_itertools_permutations_type, pool, &indices, &cycles, r, r > n);
}

/* the cycles count down the choices left at each position, rotating
   the indices as each one runs out */
static PmlObj *
permutations_next (PmlObj *o)
{
  Combinatoric *c = PML_NATIVE (o, Combinatoric);
  gint64 *indices = c->indices.v, *cycles = c->cycles.v, r = c->r, n = (gint64) c->pool->u.t.n, i;

  if (c->stopped)
    return NULL;
  if (c->result == NULL)
    {
      c->result = first_result (c->pool, TRUE, indices, (gsize) r);
      if (c->result == NULL)
        goto empty;
      return pml_incref (c->result);
    }
  if (n == 0)
    goto empty;
  if (!pml_itertools_reuse_result (&c->result, (gsize) r))
    goto empty;
  for (i = r - 1; i >= 0; i--)
    {
      cycles[i]--;
      if (cycles[i] == 0)
        {
          gint64 index = indices[i];

          for (gint64 j = i; j < n - 1; j++)
            indices[j] = indices[j + 1];
          indices[n - 1] = index;
          cycles[i] = n - i;
        }
      else
        {
          gint64 j = cycles[i], index = indices[i];

          indices[i] = indices[n - j];
          indices[n - j] = index;
          for (gint64 k = i; k < r; k++)
            set_item (c->result, (gsize) k, c->pool->u.t.items[indices[k]]);
          break;
        }
    }
  if (i < 0)
    goto empty;
  return pml_incref (c->result);

empty:
  c->stopped = TRUE;
  return NULL;
}

static gsize
permutations_sizeof (PmlObj *o)
{
  Combinatoric *c = PML_NATIVE (o, Combinatoric);

  return pml_obj_presize (o->type) + o->type->u.ty.basicsize + c->pool->u.t.n * 8 + (gsize) c->r * 8;
}

static const PmlTypeSlots permutations_slots = {
  PML_ITERTOOLS_SLOTS,
  .new_instance = permutations_new,
  .iternext = permutations_next,
  .size_of = permutations_sizeof,
  .dealloc = combinatoric_dealloc,
  .traverse = combinatoric_traverse,
  .free_host = combinatoric_free_host,
  .flags = PML_TPFLAGS_HAVE_GC,
};

const PmlNativeType pml_itertools_permutations_type = { "itertools.permutations", 64, &permutations_slots };
