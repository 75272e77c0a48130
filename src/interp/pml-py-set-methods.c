/* pml-py-set-methods.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-type.h"
#include "pml-py-set-methods.h"

/* The algebra of set and frozenset: union, intersection, difference,
 * symmetric difference, their _update forms, the subset tests, copy, the
 * comparisons and the in-place operators. Results have the type of self,
 * as make_new_set_basetype. */


static gboolean
is_set (PmlObj *o)
{
  return o->kind == K_SET || o->kind == K_FROZENSET;
}

/* set_update_internal (pml_set_update in pml-py-set.c) */
static gboolean
update_from (PmlObj *s, PmlObj *other)
{
  return pml_set_update (s, other);
}

static PmlObj *
new_like (PmlObj *self, PmlObj *from)
{
  PmlObj *r = pml_set_new (self->kind);

  if (r != NULL && from != NULL && !update_from (r, from))
    PML_CLEAR (r);
  return r;
}

/* an iterable as a set, for the tests that need lookups in it */
static PmlObj *
as_set (PmlObj *o)
{
  PmlObj *s;

  if (is_set (o))
    return pml_incref (o);
  s = pml_set_new (K_SET);
  if (s != NULL && !update_from (s, o))
    PML_CLEAR (s);
  return s;
}

static PmlObj *
intersect (PmlObj *self, PmlObj *other)
{
  PmlObj *r = pml_set_new (self->kind), *it, *item;

  if (r == NULL)
    return NULL;
  if (is_set (other))
    {
      /* CPython walks the smaller set and probes the larger */
      PmlObj *small = self->u.set.used <= other->u.set.used ? self : other;
      PmlObj *big = small == self ? other : self, *k;
      gsize pos = 0;

      while (pml_set_next (small, &pos, &k))
        {
          int c = pml_set_contains (big, k);

          if (c < 0 || (c && !pml_set_add (r, k)))
            {
              pml_decref (r);
              return NULL;
            }
        }
      return r;
    }
  it = pml_iter (other);
  if (it == NULL)
    {
      pml_decref (r);
      return NULL;
    }
  while ((item = pml_iter_next_owned (it)) != NULL)
    {
      int c = pml_set_contains (self, item);

      if (c < 0 || (c && !pml_set_add (r, item)))
        {
          pml_decref (item);
          break;
        }
      pml_decref (item);
    }
  pml_decref (it);
  if (pml_err_occurred ())
    PML_CLEAR (r);
  return r;
}

/* set_difference_update_internal: in place, then the dummies resized
 * away when they are more than a quarter of the table */
static gboolean
difference_update (PmlObj *self, PmlObj *other)
{
  if (self == other)
    {
      pml_set_clear (self);
      return TRUE;
    }
  if (is_set (other))
    {
      gsize pos = 0;
      PmlObj *k;

      while (pml_set_next (other, &pos, &k))
        if (pml_set_discard (self, k) < 0)
          return FALSE;
    }
  else
    {
      PmlObj *it = pml_iter (other), *item;

      if (it == NULL)
        return FALSE;
      while ((item = pml_iter_next_owned (it)) != NULL)
        {
          int r = pml_set_discard (self, item);

          pml_decref (item);
          if (r < 0)
            break;
        }
      pml_decref (it);
      if (pml_err_occurred ())
        return FALSE;
    }
  if (self->u.set.fill - self->u.set.used <= self->u.set.mask / 4)
    return TRUE;
  return pml_set_resize (self, self->u.set.used > 50000 ? self->u.set.used * 2 : self->u.set.used * 4);
}

/* set_difference: a new set of self's keys not in other, or (for a
 * small other, or one that is not a set) a copy of self minus other */
static PmlObj *
difference (PmlObj *self, PmlObj *other)
{
  gsize other_size;
  PmlObj *r, *k;
  gsize pos = 0;

  if (is_set (other))
    other_size = other->u.set.used;
  else if (other->kind == K_DICT)
    other_size = other->u.d.used;
  else
    other_size = G_MAXSIZE;
  if (other_size == G_MAXSIZE || (self->u.set.used >> 2) > other_size)
    {
      r = new_like (self, self);
      if (r != NULL && !difference_update (r, other))
        PML_CLEAR (r);
      return r;
    }
  r = pml_set_new (self->kind);
  while (r != NULL && pml_set_next (self, &pos, &k))
    {
      int c;

      if (other->kind == K_DICT)
        {
          gboolean error;

          c = pml_dict_get (other, k, &error) != NULL;
          if (error)
            c = -1;
        }
      else
        c = pml_set_contains (other, k);
      if (c < 0 || (!c && !pml_set_add (r, k)))
        PML_CLEAR (r);
    }
  return r;
}

/* set_symmetric_difference_update: keys of other are toggled in self */
static gboolean
symmetric_update (PmlObj *self, PmlObj *other)
{
  PmlObj *o, *k;
  gsize pos = 0;
  gboolean ok = TRUE;

  if (self == other)
    {
      pml_set_clear (self);
      return TRUE;
    }
  o = is_set (other) ? pml_incref (other) : new_like (self, other);
  if (o == NULL)
    return FALSE;
  while (ok && pml_set_next (o, &pos, &k))
    {
      int r = pml_set_discard (self, k);

      ok = r >= 0 && (r == 1 || pml_set_add (self, k));
    }
  pml_decref (o);
  return ok;
}

/* set_symmetric_difference: a set like self made from other, toggled by
 * self's keys */
static PmlObj *
symmetric (PmlObj *self, PmlObj *other)
{
  PmlObj *r = new_like (self, other);

  if (r != NULL && !symmetric_update (r, self))
    PML_CLEAR (r);
  return r;
}

/* set_swap_bodies: self takes @r's table (the _update forms) */
static PmlObj *
swap_bodies (PmlObj *self, PmlObj *r)
{
  PmlDictEntry *table;
  gsize mask, fill, used;
  guint64 addr;

  if (r == NULL)
    return NULL;
  table = self->u.set.table, mask = self->u.set.mask, fill = self->u.set.fill;
  used = self->u.set.used, addr = self->u.set.table_addr;
  self->u.set.table = r->u.set.table, self->u.set.mask = r->u.set.mask, self->u.set.fill = r->u.set.fill;
  self->u.set.used = r->u.set.used, self->u.set.table_addr = r->u.set.table_addr;
  r->u.set.table = table, r->u.set.mask = mask, r->u.set.fill = fill;
  r->u.set.used = used, r->u.set.table_addr = addr;
  pml_decref (r);
  return pml_incref (NONE);
}

static int
subset (PmlObj *a, PmlObj *b)
{
  gsize pos = 0;
  PmlObj *k;

  if (a->u.set.used > b->u.set.used)
    return 0;
  while (pml_set_next (a, &pos, &k))
    {
      int c = pml_set_contains (b, k);

      if (c <= 0)
        return c;
    }
  return 1;
}

/* ---- methods ---- */

#define SELF() G_STMT_START { if (self == NULL) { self = args[0]; args++; nargs--; } } G_STMT_END

PmlObj *
pml_set_m_copy (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  SELF ();
  NO_KW ("copy");
  NARGS ("copy", 0, 0);
  if (self->kind == K_FROZENSET)
    return pml_incref (self);
  return new_like (self, self);
}

PmlObj *
pml_set_m_union (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *r;

  SELF ();
  NO_KW ("union");
  r = new_like (self, self);
  for (gsize i = 0; r != NULL && i < nargs; i++)
    if (!update_from (r, args[i]))
      PML_CLEAR (r);
  return r;
}

PmlObj *
pml_set_m_intersection (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *r;

  SELF ();
  NO_KW ("intersection");
  if (nargs == 0)
    return new_like (self, self);
  r = pml_incref (self);
  for (gsize i = 0; r != NULL && i < nargs; i++)
    {
      PmlObj *n = intersect (r, args[i]);

      PML_SETREF (r, n);
    }
  return r;
}

PmlObj *
pml_set_m_difference (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *r;

  SELF ();
  NO_KW ("difference");
  if (nargs == 0)
    return new_like (self, self);
  r = difference (self, args[0]);
  for (gsize i = 1; r != NULL && i < nargs; i++)
    if (!difference_update (r, args[i]))
      PML_CLEAR (r);
  return r;
}

PmlObj *
pml_set_m_symmetric_difference (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  SELF ();
  NO_KW ("symmetric_difference");
  if (nargs != 1)
    return pml_err_set (T_TYPE_ERROR, "%s.symmetric_difference() takes exactly one argument (%zu given)",
                        pml_type_name (self), nargs);
  return symmetric (self, args[0]);
}

PmlObj *
pml_set_m_intersection_update (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  SELF ();
  NO_KW ("intersection_update");
  if (nargs == 0)
    return pml_incref (NONE);
  return swap_bodies (self, pml_set_m_intersection (self, args, nargs, NULL));
}

PmlObj *
pml_set_m_difference_update (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  SELF ();
  NO_KW ("difference_update");
  for (gsize i = 0; i < nargs; i++)
    if (!difference_update (self, args[i]))
      return NULL;
  return pml_incref (NONE);
}

PmlObj *
pml_set_m_symmetric_difference_update (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  SELF ();
  NO_KW ("symmetric_difference_update");
  if (nargs != 1)
    return pml_err_set (T_TYPE_ERROR, "set.symmetric_difference_update() takes exactly one argument (%zu given)",
                        nargs);
  return symmetric_update (self, args[0]) ? pml_incref (NONE) : NULL;
}

static PmlObj *
test (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames, const char *name)
{
  PmlObj *o;
  int r;

  NO_KW (name);
  if (nargs != 1)
    return pml_err_set (T_TYPE_ERROR, "%s.%s() takes exactly one argument (%zu given)", pml_type_name (self), name,
                        nargs);
  o = as_set (args[0]);
  if (o == NULL)
    return NULL;
  if (name[2] == 'd')
    {
      PmlObj *common = intersect (self, o);

      r = common ? common->u.set.used == 0 : -1;
      pml_xdecref (common);
    }
  else
    r = strcmp (name, "issubset") == 0 ? subset (self, o) : subset (o, self);
  pml_decref (o);
  return r < 0 ? NULL : pml_incref (BOOL (r));
}

PmlObj *
pml_set_m_issubset (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kw) { SELF (); return test (self, args, nargs, kw, "issubset"); }
PmlObj *
pml_set_m_issuperset (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kw) { SELF (); return test (self, args, nargs, kw, "issuperset"); }
PmlObj *
pml_set_m_isdisjoint (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kw) { SELF (); return test (self, args, nargs, kw, "isdisjoint"); }

/* __contains__ as a method of its own (METH_COEXIST), next to the slot:
 * frozenset(words).__contains__ is a builtin method, as keyword.iskeyword */
PmlObj *
pml_set_m_contains (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  int r;

  SELF ();
  NO_KW ("__contains__");
  if (nargs != 1)
    return pml_err_set (T_TYPE_ERROR, "%s.__contains__() takes exactly one argument (%zu given)",
                        pml_type_name (self), nargs);
  r = pml_contains (self, args[0]);
  return r < 0 ? NULL : pml_incref (BOOL (r));
}

const PmlMethodDef pml_frozenset_methods[] = {
  { "__contains__", pml_set_m_contains },
  { "copy", pml_set_m_copy },
  { "difference", pml_set_m_difference },
  { "intersection", pml_set_m_intersection },
  { "isdisjoint", pml_set_m_isdisjoint },
  { "issubset", pml_set_m_issubset },
  { "issuperset", pml_set_m_issuperset },
  { "symmetric_difference", pml_set_m_symmetric_difference },
  { "union", pml_set_m_union },
  { NULL, NULL }
};

/* <, <=, >, >= between sets; NULL without an error: not handled */
PmlObj *
pml_set_compare (PmlObj *a, PmlObj *b, int op)
{
  int r;

  if (!is_set (a) || !is_set (b) || (op != OP_LT && op != OP_LE && op != OP_GT && op != OP_GE))
    return NULL;
  if (op == OP_LT || op == OP_LE)
    r = (op == OP_LE || a->u.set.used < b->u.set.used) ? subset (a, b) : 0;
  else
    r = (op == OP_GE || a->u.set.used > b->u.set.used) ? subset (b, a) : 0;
  return r < 0 ? NULL : pml_incref (BOOL (r));
}

/* | & - ^ between sets, as set_or, set_and, set_sub and set_xor; NULL
 * without an error: not handled */
PmlObj *
pml_set_binop (int op, PmlObj *a, PmlObj *b)
{
  PmlObj *r;

  if (!is_set (a) || !is_set (b))
    return NULL;
  switch (op)
    {
    case OP_OR:
      r = new_like (a, a);
      if (r != NULL && !update_from (r, b))
        PML_CLEAR (r);
      return r;
    case OP_AND:
      return intersect (a, b);
    case OP_SUB:
      return difference (a, b);
    case OP_XOR:
      return symmetric (a, b);
    default:
      return NULL;
    }
}

/* |=, &=, -=, ^= of a set with a set or frozenset, in place; with
 * anything else NotImplemented, so the binary operator is tried next */
static PmlObj *
set_inplace (int op, PmlObj *a, PmlObj *b)
{
  gboolean ok;

  if (!is_set (b))
    return pml_incref (NOTIMPL);
  switch (op)
    {
    case OP_OR:
      ok = update_from (a, b);
      break;
    case OP_AND:
      {
        PmlObj *r = swap_bodies (a, intersect (a, b));

        ok = r != NULL;
        pml_xdecref (r);
      }
      break;
    case OP_SUB:
      ok = difference_update (a, b);
      break;
    default:
      ok = symmetric_update (a, b);
      break;
    }
  return ok ? pml_incref (a) : NULL;
}

PmlObj *pml_set_inplace_or (PmlObj *a, PmlObj *b) { return set_inplace (OP_OR, a, b); }
PmlObj *pml_set_inplace_and (PmlObj *a, PmlObj *b) { return set_inplace (OP_AND, a, b); }
PmlObj *pml_set_inplace_sub (PmlObj *a, PmlObj *b) { return set_inplace (OP_SUB, a, b); }
PmlObj *pml_set_inplace_xor (PmlObj *a, PmlObj *b) { return set_inplace (OP_XOR, a, b); }
