/* pml-py-listsort.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-type.h"

/* list.sort() as CPython 3.11's listsort: runs found by count_run, short
 * ones extended by binary insertion, merged by the powersort policy with
 * galloping merges. A lesson sees it through the comparisons it makes (a
 * __lt__ that prints or counts) and the memory it takes: the keys array
 * when there are 128 items or more with a key function, and the merge
 * area when a merge needs more than the 256 slots CPython keeps on the C
 * stack, both from the simulated allocator. */

#define TEMP_SLOTS 256          /* MERGESTATE_TEMP_SIZE */
#define MIN_GALLOP 7
#define MAX_PENDING 85

/* keys, with the items they sort beside them when there is a key function */
typedef struct
{
  PmlObj **keys;
  PmlObj **values;   /* NULL without a key function */
} Slice;

typedef struct
{
  Slice  base;
  gssize len;
  int    power;
} Run;

typedef struct
{
  gssize  min_gallop;
  Slice   a;            /* the merge area */
  gssize  alloced;      /* its slots */
  guint64 a_addr;       /* its block, 0 while on the C stack */
  PmlObj *temp[TEMP_SLOTS];
  Run     pending[MAX_PENDING];
  int     n;
  PmlObj **basekeys;
  gssize  listlen;
  gboolean failed;
} MergeState;

/* key < other: 1, 0, or -1 with an error */
static int
is_less (MergeState *ms, PmlObj *x, PmlObj *y)
{
  PmlObj *r = pml_richcompare (x, y, OP_LT);
  int truth;

  if (r == NULL)
    return -1;
  truth = pml_truth (r);
  pml_decref (r);
  return truth;
}

#define IFLT(x, y) if ((k = is_less (ms, (x), (y))) < 0) goto fail; if (k)

static void
slice_advance (Slice *s, gssize n)
{
  s->keys += n;
  if (s->values != NULL)
    s->values += n;
}

static void
slice_copy (Slice *dst, gssize i, const Slice *src, gssize j)
{
  dst->keys[i] = src->keys[j];
  if (dst->values != NULL)
    dst->values[i] = src->values[j];
}

static void
slice_copy_incr (Slice *dst, Slice *src)
{
  slice_copy (dst, 0, src, 0);
  slice_advance (dst, 1);
  slice_advance (src, 1);
}

static void
slice_copy_decr (Slice *dst, Slice *src)
{
  slice_copy (dst, 0, src, 0);
  slice_advance (dst, -1);
  slice_advance (src, -1);
}

static void
slice_move (Slice *dst, gssize i, const Slice *src, gssize j, gssize n)
{
  memmove (&dst->keys[i], &src->keys[j], (gsize) n * sizeof (PmlObj *));
  if (dst->values != NULL)
    memmove (&dst->values[i], &src->values[j], (gsize) n * sizeof (PmlObj *));
}

static void
reverse_range (PmlObj **lo, PmlObj **hi)
{
  for (--hi; lo < hi; lo++, hi--)
    {
      PmlObj *t = *lo;

      *lo = *hi;
      *hi = t;
    }
}

static void
reverse_slice (Slice *s, gssize n)
{
  reverse_range (s->keys, s->keys + n);
  if (s->values != NULL)
    reverse_range (s->values, s->values + n);
}

/* insertion sort of [lo, hi), [lo, start) being sorted already, each new
 * item placed by binary search */
static gboolean
binary_sort (MergeState *ms, Slice lo, PmlObj **hi, PmlObj **start)
{
  int k;

  if (lo.keys == start)
    start++;
  for (; start < hi; start++)
    {
      PmlObj **l = lo.keys, **r = start, **p, *pivot = *r;

      do
        {
          p = l + ((r - l) >> 1);
          IFLT (pivot, *p)
            r = p;
          else
            l = p + 1;
        }
      while (l < r);
      for (p = start; p > l; p--)
        *p = *(p - 1);
      *l = pivot;
      if (lo.values != NULL)
        {
          gssize offset = lo.values - lo.keys;
          PmlObj **vp = start + offset, *vpivot = *vp;

          l += offset;
          for (; vp > l; vp--)
            *vp = *(vp - 1);
          *l = vpivot;
        }
    }
  return TRUE;

fail:
  return FALSE;
}

/* the length of the run at lo, strictly descending or not descending */
static gssize
count_run (MergeState *ms, PmlObj **lo, PmlObj **hi, gboolean *descending)
{
  gssize n;
  int k;

  *descending = FALSE;
  lo++;
  if (lo == hi)
    return 1;
  n = 2;
  IFLT (*lo, *(lo - 1))
    {
      *descending = TRUE;
      for (lo = lo + 1; lo < hi; lo++, n++)
        {
          IFLT (*lo, *(lo - 1))
            ;
          else
            break;
        }
    }
  else
    {
      for (lo = lo + 1; lo < hi; lo++, n++)
        {
          IFLT (*lo, *(lo - 1))
            break;
        }
    }
  return n;

fail:
  return -1;
}

/* where key goes in the sorted a[0:n], before any equal items; the
 * search starts at hint and gallops out from it */
static gssize
gallop_left (MergeState *ms, PmlObj *key, PmlObj **a, gssize n, gssize hint)
{
  gssize ofs = 1, lastofs = 0, tmp;
  int k;

  a += hint;
  IFLT (*a, key)
    {
      gssize maxofs = n - hint;

      while (ofs < maxofs)
        {
          IFLT (a[ofs], key)
            {
              lastofs = ofs;
              ofs = (ofs << 1) + 1;
            }
          else
            break;
        }
      if (ofs > maxofs)
        ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    }
  else
    {
      gssize maxofs = hint + 1;

      while (ofs < maxofs)
        {
          IFLT (*(a - ofs), key)
            break;
          lastofs = ofs;
          ofs = (ofs << 1) + 1;
        }
      if (ofs > maxofs)
        ofs = maxofs;
      tmp = lastofs;
      lastofs = hint - ofs;
      ofs = hint - tmp;
    }
  a -= hint;
  lastofs++;
  while (lastofs < ofs)
    {
      gssize m = lastofs + ((ofs - lastofs) >> 1);

      IFLT (a[m], key)
        lastofs = m + 1;
      else
        ofs = m;
    }
  return ofs;

fail:
  return -1;
}

/* where key goes in the sorted a[0:n], after any equal items */
static gssize
gallop_right (MergeState *ms, PmlObj *key, PmlObj **a, gssize n, gssize hint)
{
  gssize ofs = 1, lastofs = 0, tmp;
  int k;

  a += hint;
  IFLT (key, *a)
    {
      gssize maxofs = hint + 1;

      while (ofs < maxofs)
        {
          IFLT (key, *(a - ofs))
            {
              lastofs = ofs;
              ofs = (ofs << 1) + 1;
            }
          else
            break;
        }
      if (ofs > maxofs)
        ofs = maxofs;
      tmp = lastofs;
      lastofs = hint - ofs;
      ofs = hint - tmp;
    }
  else
    {
      gssize maxofs = n - hint;

      while (ofs < maxofs)
        {
          IFLT (key, a[ofs])
            break;
          lastofs = ofs;
          ofs = (ofs << 1) + 1;
        }
      if (ofs > maxofs)
        ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    }
  a -= hint;
  lastofs++;
  while (lastofs < ofs)
    {
      gssize m = lastofs + ((ofs - lastofs) >> 1);

      IFLT (key, a[m])
        ofs = m;
      else
        lastofs = m + 1;
    }
  return ofs;

fail:
  return -1;
}

/* the merge area grows to @need slots (twice that with a key function):
 * a fresh PyMem_Malloc block, the old one freed first, never realloc'd */
static gboolean
merge_getmem (MergeState *ms, gssize need)
{
  int multiplier = ms->a.values != NULL ? 2 : 1;
  PmlObj **keys;

  if (need <= ms->alloced)
    return TRUE;
  if (ms->a_addr != 0)
    {
      pml_mem_free (ms->a_addr);
      g_free (ms->a.keys);
    }
  ms->a_addr = pml_mem_alloc ((gsize) (multiplier * need) * sizeof (PmlObj *));
  if (ms->a_addr == 0)
    {
      ms->a.keys = ms->temp;
      ms->alloced = 0;
      pml_err_no_memory ();
      return FALSE;
    }
  keys = g_new (PmlObj *, multiplier * need);
  ms->a.keys = keys;
  ms->alloced = need;
  if (ms->a.values != NULL)
    ms->a.values = &keys[need];
  return TRUE;
}

static void
merge_freemem (MergeState *ms)
{
  if (ms->a_addr != 0)
    {
      pml_mem_free (ms->a_addr);
      g_free (ms->a.keys);
      ms->a_addr = 0;
    }
}

/* merges the na items at ssa with the nb after them, na <= nb, copying A
 * to the merge area and filling from the left */
static gboolean
merge_lo (MergeState *ms, Slice ssa, gssize na, Slice ssb, gssize nb)
{
  Slice dest;
  gssize min_gallop, k;
  gboolean ok = FALSE;

  if (!merge_getmem (ms, na))
    return FALSE;
  slice_move (&ms->a, 0, &ssa, 0, na);
  dest = ssa;
  ssa = ms->a;
  slice_copy_incr (&dest, &ssb);
  nb--;
  if (nb == 0)
    goto succeed;
  if (na == 1)
    goto copy_b;
  min_gallop = ms->min_gallop;
  for (;;)
    {
      gssize acount = 0, bcount = 0;

      for (;;)
        {
          int lt = is_less (ms, ssb.keys[0], ssa.keys[0]);

          if (lt < 0)
            goto fail;
          if (lt)
            {
              slice_copy_incr (&dest, &ssb);
              bcount++;
              acount = 0;
              nb--;
              if (nb == 0)
                goto succeed;
              if (bcount >= min_gallop)
                break;
            }
          else
            {
              slice_copy_incr (&dest, &ssa);
              acount++;
              bcount = 0;
              na--;
              if (na == 1)
                goto copy_b;
              if (acount >= min_gallop)
                break;
            }
        }
      min_gallop++;
      do
        {
          min_gallop -= min_gallop > 1;
          ms->min_gallop = min_gallop;
          k = gallop_right (ms, ssb.keys[0], ssa.keys, na, 0);
          acount = k;
          if (k)
            {
              if (k < 0)
                goto fail;
              slice_move (&dest, 0, &ssa, 0, k);
              slice_advance (&dest, k);
              slice_advance (&ssa, k);
              na -= k;
              if (na == 1)
                goto copy_b;
              if (na == 0)
                goto succeed;
            }
          slice_copy_incr (&dest, &ssb);
          nb--;
          if (nb == 0)
            goto succeed;

          k = gallop_left (ms, ssa.keys[0], ssb.keys, nb, 0);
          bcount = k;
          if (k)
            {
              if (k < 0)
                goto fail;
              slice_move (&dest, 0, &ssb, 0, k);
              slice_advance (&dest, k);
              slice_advance (&ssb, k);
              nb -= k;
              if (nb == 0)
                goto succeed;
            }
          slice_copy_incr (&dest, &ssa);
          na--;
          if (na == 1)
            goto copy_b;
        }
      while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
      min_gallop++;
      ms->min_gallop = min_gallop;
    }

succeed:
  ok = TRUE;
fail:
  if (na)
    slice_move (&dest, 0, &ssa, 0, na);
  return ok;

copy_b:
  /* the last of A goes after the rest of B */
  slice_move (&dest, 0, &ssb, 0, nb);
  slice_copy (&dest, nb, &ssa, 0);
  return TRUE;
}

/* the same with na >= nb: B copied out, filling from the right */
static gboolean
merge_hi (MergeState *ms, Slice ssa, gssize na, Slice ssb, gssize nb)
{
  Slice dest, basea, baseb;
  gssize min_gallop, k;
  gboolean ok = FALSE;

  if (!merge_getmem (ms, nb))
    return FALSE;
  dest = ssb;
  slice_advance (&dest, nb - 1);
  slice_move (&ms->a, 0, &ssb, 0, nb);
  basea = ssa;
  baseb = ms->a;
  ssb.keys = ms->a.keys + nb - 1;
  if (ssb.values != NULL)
    ssb.values = ms->a.values + nb - 1;
  slice_advance (&ssa, na - 1);
  slice_copy_decr (&dest, &ssa);
  na--;
  if (na == 0)
    goto succeed;
  if (nb == 1)
    goto copy_a;
  min_gallop = ms->min_gallop;
  for (;;)
    {
      gssize acount = 0, bcount = 0;

      for (;;)
        {
          int lt = is_less (ms, ssb.keys[0], ssa.keys[0]);

          if (lt < 0)
            goto fail;
          if (lt)
            {
              slice_copy_decr (&dest, &ssa);
              acount++;
              bcount = 0;
              na--;
              if (na == 0)
                goto succeed;
              if (acount >= min_gallop)
                break;
            }
          else
            {
              slice_copy_decr (&dest, &ssb);
              bcount++;
              acount = 0;
              nb--;
              if (nb == 1)
                goto copy_a;
              if (bcount >= min_gallop)
                break;
            }
        }
      min_gallop++;
      do
        {
          min_gallop -= min_gallop > 1;
          ms->min_gallop = min_gallop;
          k = gallop_right (ms, ssb.keys[0], basea.keys, na, na - 1);
          if (k < 0)
            goto fail;
          k = na - k;
          acount = k;
          if (k)
            {
              slice_advance (&dest, -k);
              slice_advance (&ssa, -k);
              slice_move (&dest, 1, &ssa, 1, k);
              na -= k;
              if (na == 0)
                goto succeed;
            }
          slice_copy_decr (&dest, &ssb);
          nb--;
          if (nb == 1)
            goto copy_a;

          k = gallop_left (ms, ssa.keys[0], baseb.keys, nb, nb - 1);
          if (k < 0)
            goto fail;
          k = nb - k;
          bcount = k;
          if (k)
            {
              slice_advance (&dest, -k);
              slice_advance (&ssb, -k);
              slice_move (&dest, 1, &ssb, 1, k);
              nb -= k;
              if (nb == 1)
                goto copy_a;
              if (nb == 0)
                goto succeed;
            }
          slice_copy_decr (&dest, &ssa);
          na--;
          if (na == 0)
            goto succeed;
        }
      while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
      min_gallop++;
      ms->min_gallop = min_gallop;
    }

succeed:
  ok = TRUE;
fail:
  if (nb)
    slice_move (&dest, -(nb - 1), &baseb, 0, nb);
  return ok;

copy_a:
  /* the first of B goes before the rest of A */
  slice_move (&dest, 1 - na, &ssa, 1 - na, na);
  slice_advance (&dest, -na);
  slice_advance (&ssa, -na);
  slice_copy (&dest, 0, &ssb, 0);
  return TRUE;
}

/* merges pending runs i and i + 1 */
static gboolean
merge_at (MergeState *ms, int i)
{
  Slice ssa = ms->pending[i].base, ssb = ms->pending[i + 1].base;
  gssize na = ms->pending[i].len, nb = ms->pending[i + 1].len, k;

  ms->pending[i].len = na + nb;
  if (i == ms->n - 3)
    ms->pending[i + 1] = ms->pending[i + 2];
  ms->n--;
  /* the start of A that is already in place, and the end of B */
  k = gallop_right (ms, *ssb.keys, ssa.keys, na, 0);
  if (k < 0)
    return FALSE;
  slice_advance (&ssa, k);
  na -= k;
  if (na == 0)
    return TRUE;
  nb = gallop_left (ms, ssa.keys[na - 1], ssb.keys, nb, nb - 1);
  if (nb <= 0)
    return nb == 0;
  return na <= nb ? merge_lo (ms, ssa, na, ssb, nb) : merge_hi (ms, ssa, na, ssb, nb);
}

/* the powersort "power" of the boundary between two adjacent runs: the
 * depth at which their midpoints first fall in different halves */
static int
powerloop (gssize s1, gssize n1, gssize n2, gssize n)
{
  int result = 0;
  gssize a = 2 * s1 + n1, b = a + n1 + n2;

  for (;;)
    {
      result++;
      if (a >= n)
        {
          a -= n;
          b -= n;
        }
      else if (b >= n)
        break;
      a <<= 1;
      b <<= 1;
    }
  return result;
}

static gboolean
found_new_run (MergeState *ms, gssize n2)
{
  if (ms->n > 0)
    {
      Run *p = ms->pending;
      gssize s1 = p[ms->n - 1].base.keys - ms->basekeys, n1 = p[ms->n - 1].len;
      int power = powerloop (s1, n1, n2, ms->listlen);

      while (ms->n > 1 && p[ms->n - 2].power > power)
        if (!merge_at (ms, ms->n - 2))
          return FALSE;
      p[ms->n - 1].power = power;
    }
  return TRUE;
}

static gboolean
merge_force_collapse (MergeState *ms)
{
  Run *p = ms->pending;

  while (ms->n > 1)
    {
      int n = ms->n - 2;

      if (n > 0 && p[n - 1].len < p[n + 1].len)
        n--;
      if (!merge_at (ms, n))
        return FALSE;
    }
  return TRUE;
}

static gssize
compute_minrun (gssize n)
{
  gssize r = 0;

  while (n >= 64)
    {
      r |= n & 1;
      n >>= 1;
    }
  return n + r;
}

static gboolean
sort_slice (MergeState *ms, Slice lo, gssize nremaining)
{
  gssize minrun;

  if (nremaining < 2)
    return TRUE;
  minrun = compute_minrun (nremaining);
  do
    {
      gboolean descending;
      gssize n = count_run (ms, lo.keys, lo.keys + nremaining, &descending);

      if (n < 0)
        return FALSE;
      if (descending)
        reverse_slice (&lo, n);
      if (n < minrun)
        {
          gssize force = nremaining <= minrun ? nremaining : minrun;

          if (!binary_sort (ms, lo, lo.keys + force, lo.keys + n))
            return FALSE;
          n = force;
        }
      if (!found_new_run (ms, n))
        return FALSE;
      ms->pending[ms->n].base = lo;
      ms->pending[ms->n].len = n;
      ms->n++;
      slice_advance (&lo, n);
      nremaining -= n;
    }
  while (nremaining);
  return merge_force_collapse (ms);
}

/* The objects view's count of what a sort holds: its items and keys */
static GHashTable *
sorting_begin (PmlObj **items,
               gsize    n)
{
  GHashTable *held;

  if (G_LIKELY (!VM->opts.record_graph))
    return NULL;
  held = g_hash_table_new (NULL, NULL);
  for (gsize i = 0; i < n; i++)
    g_hash_table_insert (held, items[i], GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (held, items[i])) + 1));
  if (VM->sorting == NULL)
    VM->sorting = g_ptr_array_new ();
  g_ptr_array_add (VM->sorting, held);
  return held;
}

static void
sorting_add (GHashTable *held,
             PmlObj     *o)
{
  if (held != NULL && o != NULL)
    g_hash_table_insert (held, o, GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (held, o)) + 1));
}

static void
sorting_end (GHashTable *held)
{
  if (held == NULL)
    return;
  g_ptr_array_remove (VM->sorting, held);
  g_hash_table_unref (held);
}

/* list.sort(key=, reverse=): the list is empty while it sorts, as in
 * CPython, so a key function or __lt__ that looks at it sees [] */
gboolean
pml_list_sort (PmlObj *l, PmlObj *key, gboolean reverse)
{
  PmlObj **items = l->u.l.items;
  gsize n = l->u.l.n, alloc = l->u.l.alloc;
  guint64 items_addr = l->u.l.items_addr;
  g_autofree PmlObj **keys = NULL;
  guint64 keys_addr = 0;
  MergeState *ms;
  GHashTable *held;
  gboolean ok = TRUE, modified;
  Slice lo;

  l->u.l.items = NULL;
  l->u.l.n = 0;
  l->u.l.alloc = 0;
  l->u.l.items_addr = 0;
  held = sorting_begin (items, n);

  if (key != NULL && n > 0)
    {
      /* CPython keeps the keys of fewer than 128 items on the C stack */
      if (n >= TEMP_SLOTS / 2)
        keys_addr = pml_mem_alloc (n * sizeof (PmlObj *));
      keys = g_new (PmlObj *, n);
      for (gsize i = 0; i < n && ok; i++)
        {
          keys[i] = pml_call_from_c (key, &items[i], 1);
          sorting_add (held, keys[i]);
          if (keys[i] == NULL)
            {
              for (gsize j = 0; j < i; j++)
                pml_decref (keys[j]);
              ok = FALSE;
            }
        }
      if (!ok)
        {
          pml_mem_free (keys_addr);
          goto restore;
        }
    }

  ms = g_new0 (MergeState, 1);
  ms->min_gallop = MIN_GALLOP;
  ms->listlen = (gssize) n;
  if (keys != NULL)
    {
      lo = (Slice) { keys, items };
      ms->alloced = MIN (((gssize) n + 1) / 2, TEMP_SLOTS / 2);
      ms->a = (Slice) { ms->temp, &ms->temp[ms->alloced] };
    }
  else
    {
      lo = (Slice) { items, NULL };
      ms->alloced = TEMP_SLOTS;
      ms->a = (Slice) { ms->temp, NULL };
    }
  ms->basekeys = lo.keys;
  if (reverse && n > 1)
    reverse_slice (&lo, (gssize) n);
  ok = sort_slice (ms, lo, (gssize) n);
  if (keys != NULL)
    {
      for (gsize i = 0; i < n; i++)
        pml_decref (keys[i]);
      pml_mem_free (keys_addr);
    }
  modified = l->u.l.items != NULL || l->u.l.n != 0;
  if (ok && modified)
    {
      pml_err_set (T_VALUE_ERROR, "list modified during sort");
      ok = FALSE;
    }
  /* reversed back even after a failed comparison, as CPython does */
  if (reverse && n > 1)
    reverse_range (items, items + n);
  merge_freemem (ms);
  g_free (ms);

restore:
  sorting_end (held);
  /* whatever the list became while it sorted is thrown away */
  pml_list_clear (l);
  l->u.l.items = items;
  l->u.l.n = n;
  l->u.l.alloc = alloc;
  l->u.l.items_addr = items_addr;
  return ok;
}
