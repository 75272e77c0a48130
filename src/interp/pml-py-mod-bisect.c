/* pml-py-mod-bisect.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-module-table.h"
#include "pml-py-native.h"

/* _bisect, the C half of bisect (lib/bisect.py names its aliases): binary
 * search in any sorted sequence, comparing with < only, and insort,
 * which inserts as list.insert does (a list subclass or another
 * sequence through its own insert method). */

/* the item at @i: a list's or tuple's slot as it is, else through
 * __getitem__ with an int made for the call (PySequence_GetItem) */
static PmlObj *
item_at (PmlObj *seq, gint64 i)
{
  PmlObj *index, *r;

  if (seq->type == TYPE (T_LIST) && i < (gint64) seq->u.l.n)
    return pml_incref (seq->u.l.items[i]);
  if (seq->type == TYPE (T_TUPLE) && i < (gint64) seq->u.t.n)
    return pml_incref (seq->u.t.items[i]);
  index = pml_int_from_ssize (i);
  if (index == NULL)
    return NULL;
  r = pml_getitem (seq, index);
  pml_decref (index);
  return r;
}

static int
less (PmlObj *a, PmlObj *b)
{
  PmlObj *r = pml_richcompare (a, b, OP_LT);
  int truth;

  if (r == NULL)
    return -1;
  truth = pml_truth (r);
  pml_decref (r);
  return truth;
}

/* the index where @x goes: after its equals (right) or before them;
 * -1 with an error set */
static gint64
search (PmlObj *seq, PmlObj *x, gint64 lo, gint64 hi, PmlObj *key, gboolean right)
{
  if (lo < 0)
    {
      pml_err_set (T_VALUE_ERROR, "lo must be non-negative");
      return -1;
    }
  if (hi == -1 && (hi = pml_len (seq)) < 0)
    return -1;
  while (lo < hi)
    {
      gint64 mid = (gint64) (((guint64) lo + (guint64) hi) / 2);
      PmlObj *item = item_at (seq, mid);
      int c;

      if (item == NULL)
        return -1;
      if (key != NULL && key != NONE)
        {
          PmlObj *k = pml_call_from_c (key, &item, 1);

          pml_decref (item);
          if (k == NULL)
            return -1;
          item = k;
        }
      c = right ? less (x, item) : less (item, x);
      pml_decref (item);
      if (c < 0)
        return -1;
      if (right == (c != 0))
        hi = mid;
      else
        lo = mid + 1;
    }
  return lo;
}

static const char *const names[] = { "a", "x", "lo", "hi", "key", NULL };

/* the arguments (a, x, lo=0, hi=None, *, key=None) into @lo, @hi (-1 for
 * None) and @key (NULL for None) */
static gboolean
parse (const char *fname, PmlObj **args, gsize nargs, PmlObj *kwnames, PmlObj **out,
       gint64 *lo, gint64 *hi)
{
  const PmlArgSpec spec = { fname, names, 2, 4, FALSE };

  if (!pml_parse_args (&spec, args, nargs, kwnames, out))
    return FALSE;
  *lo = 0;
  *hi = -1;
  if (out[2] != NULL && !pml_index_value (out[2], lo))
    return FALSE;
  if (out[3] != NULL && out[3] != NONE && !pml_index_value (out[3], hi))
    return FALSE;
  if (out[4] == NONE)
    out[4] = NULL;
  return TRUE;
}

static PmlObj *
bisect (const char *fname, PmlObj **args, gsize nargs, PmlObj *kwnames, gboolean right)
{
  PmlObj *a[5];
  gint64 lo, hi, index;

  if (!parse (fname, args, nargs, kwnames, a, &lo, &hi))
    return NULL;
  index = search (a[0], a[1], lo, hi, a[4], right);
  return index < 0 ? NULL : pml_int_from_ssize (index);
}

static PmlObj *
insort (const char *fname, PmlObj **args, gsize nargs, PmlObj *kwnames, gboolean right)
{
  PmlObj *a[5], *x, *r;
  gint64 lo, hi, index;

  if (!parse (fname, args, nargs, kwnames, a, &lo, &hi))
    return NULL;
  /* with a key, the search compares key(x) with the items' keys */
  x = a[4] != NULL ? pml_call_from_c (a[4], &a[1], 1) : pml_incref (a[1]);
  if (x == NULL)
    return NULL;
  index = search (a[0], x, lo, hi, a[4], right);
  pml_decref (x);
  if (index < 0)
    return NULL;
  if (a[0]->type == TYPE (T_LIST))
    {
      gsize n = a[0]->u.l.n;

      if (index > (gint64) n)
        index = (gint64) n;
      if (!pml_list_resize_to (a[0], n + 1))
        return NULL;
      memmove (a[0]->u.l.items + index + 1, a[0]->u.l.items + index, (n - (gsize) index) * sizeof (PmlObj *));
      a[0]->u.l.items[index] = pml_incref (a[1]);
      return pml_incref (NONE);
    }
  {
    PmlObj *insert = pml_getattr_cstr (a[0], "insert");
    PmlObj *argv[2];

    if (insert == NULL)
      return NULL;
    argv[0] = pml_int_from_ssize (index);
    argv[1] = a[1];
    r = argv[0] != NULL ? pml_call_from_c (insert, argv, 2) : NULL;
    pml_xdecref (argv[0]);
    pml_decref (insert);
  }
  if (r == NULL)
    return NULL;
  pml_decref (r);
  return pml_incref (NONE);
}

static PmlObj *
bisect_bisect_right (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) self;
  return bisect ("bisect_right", args, nargs, kwnames, TRUE);
}

static PmlObj *
bisect_bisect_left (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) self;
  return bisect ("bisect_left", args, nargs, kwnames, FALSE);
}

static PmlObj *
bisect_insort_right (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) self;
  return insort ("insort_right", args, nargs, kwnames, TRUE);
}

static PmlObj *
bisect_insort_left (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) self;
  return insort ("insort_left", args, nargs, kwnames, FALSE);
}

static void
add (PmlObj *m, const char *name, PmlBuiltinFunc fn)
{
  PmlObj *b = pml_builtin_new (name, fn, m);

  pml_dict_set_str (m->u.mod.dict, name, b);
  pml_decref (b);
}

PmlObj *
pml_module_make__bisect (void)
{
  PmlObj *m = pml_module_new_imported ("_bisect");

  if (m == NULL)
    return NULL;
  add (m, "bisect_right", bisect_bisect_right);
  add (m, "insort_right", bisect_insort_right);
  add (m, "bisect_left", bisect_bisect_left);
  add (m, "insort_left", bisect_insort_left);
  return m;
}
