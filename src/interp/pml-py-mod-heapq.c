/* pml-py-mod-heapq.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pml-py-module-table.h"
#include "pml-py-type.h"

/* _heapq, the C half of heapq (lib/heapq.py holds nlargest, nsmallest
 * and merge, written in Python as CPython's are). The heap is the
 * script's own list: its items are swapped in place and only
 * heappush/heappop resize it, as list.append and list.pop would, so the
 * list a script sees has CPython's size after every call. Comparisons go
 * through __lt__ only, and a list whose size changed during one (a
 * comparison that mutated it) is refused as CPython refuses it. */

/* a max-heap compares the other way round (the _max helpers nlargest and
 * merge(reverse=True) use) */
static int
less (PmlObj *a, PmlObj *b, gboolean max)
{
  PmlObj *r;
  int truth;

  pml_incref (a);
  pml_incref (b);
  r = max ? pml_richcompare (b, a, OP_LT) : pml_richcompare (a, b, OP_LT);
  pml_decref (a);
  pml_decref (b);
  if (r == NULL)
    return -1;
  truth = pml_truth (r);
  pml_decref (r);
  return truth;
}

static gboolean
changed_size (PmlObj *heap, gsize size)
{
  if (heap->u.l.n == size)
    return FALSE;
  pml_err_set (T_RUNTIME_ERROR, "list changed size during iteration");
  return TRUE;
}

/* moves the item at pos up towards startpos while it is smaller than its
 * parent */
static gboolean
sift_down (PmlObj *heap, gsize startpos, gsize pos, gboolean max)
{
  gsize size = heap->u.l.n;

  if (pos >= size)
    {
      pml_err_set (T_INDEX_ERROR, "list index out of range");
      return FALSE;
    }
  while (pos > startpos)
    {
      gsize parentpos = (pos - 1) >> 1;
      PmlObj *tmp;
      int c = less (heap->u.l.items[pos], heap->u.l.items[parentpos], max);

      if (c < 0 || changed_size (heap, size))
        return FALSE;
      if (c == 0)
        break;
      tmp = heap->u.l.items[parentpos];
      heap->u.l.items[parentpos] = heap->u.l.items[pos];
      heap->u.l.items[pos] = tmp;
      pos = parentpos;
    }
  return TRUE;
}

/* moves the smaller child up until pos is a leaf, then sifts the item
 * that was at pos back down into place (Knuth's trick: fewer comparisons
 * than stopping early) */
static gboolean
sift_up (PmlObj *heap, gsize pos, gboolean max)
{
  gsize endpos = heap->u.l.n, startpos = pos, limit = endpos >> 1;

  if (pos >= endpos)
    {
      pml_err_set (T_INDEX_ERROR, "index out of range");
      return FALSE;
    }
  while (pos < limit)
    {
      gsize childpos = 2 * pos + 1;
      PmlObj *tmp;

      if (childpos + 1 < endpos)
        {
          int c = less (heap->u.l.items[childpos], heap->u.l.items[childpos + 1], max);

          if (c < 0)
            return FALSE;
          childpos += (c == 0);
          if (changed_size (heap, endpos))
            return FALSE;
        }
      tmp = heap->u.l.items[childpos];
      heap->u.l.items[childpos] = heap->u.l.items[pos];
      heap->u.l.items[pos] = tmp;
      pos = childpos;
    }
  return sift_down (heap, startpos, pos, max);
}

static gboolean
is_list_arg (const char *func, PmlObj *heap, gboolean only_argument)
{
  if (heap->kind == K_LIST)
    return TRUE;
  if (only_argument)
    pml_err_set (T_TYPE_ERROR, "%s() argument must be list, not %s", func, pml_type_name (heap));
  else
    pml_err_set (T_TYPE_ERROR, "%s() argument 1 must be list, not %s", func, pml_type_name (heap));
  return FALSE;
}

/* argument checks as the argument clinic writes them: positional only */
#define CHECK_ARGS(name, count) G_STMT_START {                                                   \
  if (kwnames != NULL && kwnames->u.t.n > 0)                                                 \
    return pml_err_set (T_TYPE_ERROR, "_heapq." name "() takes no keyword arguments");      \
  if (nargs != (count))                                                                          \
    return (count) == 1                                                                          \
      ? pml_err_set (T_TYPE_ERROR, "_heapq." name "() takes exactly one argument (%zu given)", nargs) \
      : pml_err_set (T_TYPE_ERROR, name " expected 2 arguments, got %zu", nargs);           \
  } G_STMT_END

static PmlObj *
heapq_heappush (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *heap;

  (void) self;
  CHECK_ARGS ("heappush", 2);
  heap = args[0];
  if (!is_list_arg ("heappush", heap, FALSE))
    return NULL;
  if (!pml_list_append (heap, pml_incref (args[1])))
    return NULL;
  if (!sift_down (heap, 0, heap->u.l.n - 1, FALSE))
    return NULL;
  return pml_incref (NONE);
}

static PmlObj *
pop (const char *func, PmlObj **args, gsize nargs, gboolean max)
{
  PmlObj *heap = args[0], *last, *top;

  (void) nargs;
  if (!is_list_arg (func, heap, TRUE))
    return NULL;
  if (heap->u.l.n == 0)
    return pml_err_set (T_INDEX_ERROR, "index out of range");
  /* the last item leaves the list (a list_resize, as del heap[-1]) */
  last = pml_list_pop (heap, -1);
  if (last == NULL)
    return NULL;
  if (heap->u.l.n == 0)
    return last;
  top = heap->u.l.items[0];
  heap->u.l.items[0] = last;
  if (!sift_up (heap, 0, max))
    {
      pml_decref (top);
      return NULL;
    }
  return top;
}

static PmlObj *
heapq_heappop (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) self;
  CHECK_ARGS ("heappop", 1);
  return pop ("heappop", args, nargs, FALSE);
}

static PmlObj *
heapq_heappop_max (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) self;
  CHECK_ARGS ("_heappop_max", 1);
  return pop ("_heappop_max", args, nargs, TRUE);
}

static PmlObj *
replace (const char *func, PmlObj **args, gboolean max)
{
  PmlObj *heap = args[0], *top;

  if (!is_list_arg (func, heap, FALSE))
    return NULL;
  if (heap->u.l.n == 0)
    return pml_err_set (T_INDEX_ERROR, "index out of range");
  top = heap->u.l.items[0];
  heap->u.l.items[0] = pml_incref (args[1]);
  if (!sift_up (heap, 0, max))
    {
      pml_decref (top);
      return NULL;
    }
  return top;
}

static PmlObj *
heapq_heapreplace (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) self;
  CHECK_ARGS ("heapreplace", 2);
  return replace ("heapreplace", args, FALSE);
}

static PmlObj *
heapq_heapreplace_max (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) self;
  CHECK_ARGS ("_heapreplace_max", 2);
  return replace ("_heapreplace_max", args, TRUE);
}

/* push then pop, without growing the list when the new item would be
 * popped at once */
static PmlObj *
heapq_heappushpop (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *heap, *item, *top;
  int c;

  (void) self;
  CHECK_ARGS ("heappushpop", 2);
  heap = args[0];
  item = args[1];
  if (!is_list_arg ("heappushpop", heap, FALSE))
    return NULL;
  if (heap->u.l.n == 0)
    return pml_incref (item);
  c = less (heap->u.l.items[0], item, FALSE);
  if (c < 0)
    return NULL;
  if (c == 0)
    return pml_incref (item);
  if (heap->u.l.n == 0)
    return pml_err_set (T_INDEX_ERROR, "index out of range");
  top = heap->u.l.items[0];
  heap->u.l.items[0] = pml_incref (item);
  if (!sift_up (heap, 0, FALSE))
    {
      pml_decref (top);
      return NULL;
    }
  return top;
}

/* bottom-up: each parent is sifted into its already ordered subtrees */
static PmlObj *
heapify (const char *func, PmlObj **args, gboolean max)
{
  PmlObj *heap = args[0];

  if (!is_list_arg (func, heap, TRUE))
    return NULL;
  for (gint64 i = (gint64) (heap->u.l.n >> 1) - 1; i >= 0; i--)
    if (!sift_up (heap, (gsize) i, max))
      return NULL;
  return pml_incref (NONE);
}

static PmlObj *
heapq_heapify (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) self;
  CHECK_ARGS ("heapify", 1);
  return heapify ("heapify", args, FALSE);
}

static PmlObj *
heapq_heapify_max (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) self;
  CHECK_ARGS ("_heapify_max", 1);
  return heapify ("_heapify_max", args, TRUE);
}

static void
add (PmlObj *m, const char *name, PmlBuiltinFunc fn)
{
  PmlObj *b = pml_builtin_new (name, fn, m);

  pml_dict_set_str (m->u.mod.dict, name, b);
  pml_decref (b);
}

PmlObj *
pml_module_make__heapq (void)
{
  PmlObj *m = pml_module_new_imported ("_heapq");

  if (m == NULL)
    return NULL;
  add (m, "heappush", heapq_heappush);
  add (m, "heappushpop", heapq_heappushpop);
  add (m, "heappop", heapq_heappop);
  add (m, "heapreplace", heapq_heapreplace);
  add (m, "heapify", heapq_heapify);
  add (m, "_heappop_max", heapq_heappop_max);
  add (m, "_heapreplace_max", heapq_heapreplace_max);
  add (m, "_heapify_max", heapq_heapify_max);
  return m;
}
