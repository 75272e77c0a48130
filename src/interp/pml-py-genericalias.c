/* pml-py-genericalias.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-type.h"

/* The objects annotations build without typing, as CPython 3.11's
 * Objects/genericaliasobject.c and unionobject.c: list[int] is a
 * types.GenericAlias (PEP 585), int | None a types.UnionType (PEP 604).
 * Both keep their fields in the instance's slots array. */

enum { GA_ORIGIN, GA_ARGS, GA_PARAMETERS, GA_NSLOTS };
enum { UNION_ARGS, UNION_PARAMETERS, UNION_NSLOTS };

void pml_instance_dealloc (PmlObj *o);

static gboolean
is_type (PmlObj *o, PmlTypeId id)
{
  return o->type == TYPE (id);
}

/* the type variables among the arguments (typing.TypeVar objects) */
static PmlObj *
collect_parameters (PmlObj *args)
{
  PmlObj *list = pml_list_new (0), *t;

  if (list == NULL)
    return NULL;
  for (gsize i = 0; i < args->u.t.n; i++)
    {
      PmlObj *a = args->u.t.items[i];

      if (strcmp (pml_type_name (a), "TypeVar") == 0 && pml_contains (list, a) == 0)
        pml_list_append (list, pml_incref (a));
    }
  t = pml_tuple_from_array (list->u.l.items, list->u.l.n);
  pml_decref (list);
  return t;
}

/* list[int]: the origin and its arguments, always a tuple */
PmlObj *
pml_generic_alias_new (PmlObj *origin, PmlObj *args)
{
  PmlObj *o = pml_descr_instance_new (T_GENERIC_ALIAS, GA_NSLOTS);

  if (o == NULL)
    return NULL;
  o->u.inst.slots[GA_ORIGIN] = pml_incref (origin);
  o->u.inst.slots[GA_ARGS] = args->kind == K_TUPLE ? pml_incref (args) : pml_tuple_pack (1, args);
  if (o->u.inst.slots[GA_ARGS] == NULL)
    {
      pml_decref (o);
      return NULL;
    }
  o->u.inst.slots[GA_PARAMETERS] = collect_parameters (o->u.inst.slots[GA_ARGS]);
  if (o->u.inst.slots[GA_PARAMETERS] == NULL)
    PML_CLEAR (o);
  return o;
}

/* ga_repr_item and union_repr_item: a class as module.qualname (bare
   for builtins), ... as '...', anything else by its repr */
static gboolean
append_item (GString *out, PmlObj *o, gboolean none_as_none)
{
  if (o == &VM->ellipsis)
    {
      g_string_append (out, "...");
      return TRUE;
    }
  if (none_as_none && o == TYPE (T_NONETYPE))
    {
      g_string_append (out, "None");
      return TRUE;
    }
  if (o->kind == K_TYPE)
    {
      g_autofree char *name = pml_type_dotted_name (o);
      const char *qual = o->u.ty.qualname != NULL ? o->u.ty.qualname : o->u.ty.name;
      const char *dot = strrchr (name, '.');

      /* the dotted name with the qualname in place of the name */
      if (o->u.ty.builtin || dot == NULL)
        g_string_append (out, o->u.ty.builtin && strchr (o->u.ty.name, '.') != NULL ? name : qual);
      else
        g_string_append_printf (out, "%.*s.%s", (int) (dot - name), name, qual);
      return TRUE;
    }
  return pml_append_repr (out, o);
}

static PmlObj *
ga_repr (PmlObj *o)
{
  PmlObj *args = o->u.inst.slots[GA_ARGS];
  GString *out = g_string_new (NULL);

  if (!append_item (out, o->u.inst.slots[GA_ORIGIN], FALSE))
    goto fail;
  g_string_append_c (out, '[');
  if (args->u.t.n == 0)
    g_string_append (out, "()");
  for (gsize i = 0; i < args->u.t.n; i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      if (!append_item (out, args->u.t.items[i], FALSE))
        goto fail;
    }
  g_string_append_c (out, ']');
  return pml_str_from_gstring (out);

fail:
  g_string_free (out, TRUE);
  return NULL;
}

static PmlObj *
union_repr (PmlObj *o)
{
  PmlObj *args = o->u.inst.slots[UNION_ARGS];
  GString *out = g_string_new (NULL);

  for (gsize i = 0; i < args->u.t.n; i++)
    {
      if (i > 0)
        g_string_append (out, " | ");
      if (!append_item (out, args->u.t.items[i], TRUE))
        {
          g_string_free (out, TRUE);
          return NULL;
        }
    }
  return pml_str_from_gstring (out);
}

/* ---- unions ---- */

static gboolean
is_unionable (PmlObj *o)
{
  return o == NONE || o->kind == K_TYPE || is_type (o, T_GENERIC_ALIAS) || is_type (o, T_UNION_TYPE);
}

static gboolean
add_union_arg (PmlObj *list, PmlObj *a)
{
  int found;

  if (a == NONE)
    a = TYPE (T_NONETYPE);
  found = pml_contains (list, a);
  if (found < 0)
    return FALSE;
  return found == 1 || pml_list_append (list, pml_incref (a));
}

/* a | b, for classes, None, aliases and unions: the arguments flattened,
   repeats dropped; a single one left is the result itself */
static PmlObj *
union_or (PmlObj *a, PmlObj *b)
{
  PmlObj *operands[2] = { a, b }, *list, *args, *u;

  if (!is_unionable (a) || !is_unionable (b))
    return pml_incref (NOTIMPL);
  list = pml_list_new (0);
  if (list == NULL)
    return NULL;
  for (int k = 0; k < 2; k++)
    {
      PmlObj *o = operands[k];

      if (is_type (o, T_UNION_TYPE))
        {
          PmlObj *inner = o->u.inst.slots[UNION_ARGS];

          for (gsize i = 0; i < inner->u.t.n; i++)
            if (!add_union_arg (list, inner->u.t.items[i]))
              goto fail;
        }
      else if (!add_union_arg (list, o))
        goto fail;
    }
  if (list->u.l.n == 1)
    {
      PmlObj *only = pml_incref (list->u.l.items[0]);

      pml_decref (list);
      return only;
    }
  args = pml_tuple_from_array (list->u.l.items, list->u.l.n);
  pml_decref (list);
  if (args == NULL)
    return NULL;
  u = pml_descr_instance_new (T_UNION_TYPE, UNION_NSLOTS);
  if (u == NULL)
    {
      pml_decref (args);
      return NULL;
    }
  u->u.inst.slots[UNION_ARGS] = args;
  u->u.inst.slots[UNION_PARAMETERS] = collect_parameters (args);
  if (u->u.inst.slots[UNION_PARAMETERS] == NULL)
    PML_CLEAR (u);
  return u;

fail:
  pml_decref (list);
  return NULL;
}

PmlObj *
pml_union_or (PmlObj *a, PmlObj *b)
{
  return union_or (a, b);
}

/* isinstance(x, int | str) checks against the union's classes */
PmlObj *
pml_union_args (PmlObj *o)
{
  return is_type (o, T_UNION_TYPE) ? o->u.inst.slots[UNION_ARGS] : NULL;
}

/* ---- slots ---- */

static PmlObj *
ga_getattro (PmlObj *o, PmlObj *name)
{
  const char *n = name->u.s.s;

  if (strcmp (n, "__origin__") == 0)
    return pml_incref (o->u.inst.slots[GA_ORIGIN]);
  if (strcmp (n, "__args__") == 0)
    return pml_incref (o->u.inst.slots[GA_ARGS]);
  if (strcmp (n, "__parameters__") == 0)
    return pml_incref (o->u.inst.slots[GA_PARAMETERS]);
  if (strcmp (n, "__class__") == 0)
    return pml_incref (o->type);
  /* anything else is the origin's: list[int].append is list.append */
  return pml_getattr (o->u.inst.slots[GA_ORIGIN], name);
}

static PmlObj *
union_getattro (PmlObj *o, PmlObj *name)
{
  if (strcmp (name->u.s.s, "__args__") == 0)
    return pml_incref (o->u.inst.slots[UNION_ARGS]);
  if (strcmp (name->u.s.s, "__parameters__") == 0)
    return pml_incref (o->u.inst.slots[UNION_PARAMETERS]);
  return pml_object_generic_getattr (o, name);
}

static PmlObj *
ga_richcompare (PmlObj *a, PmlObj *b, int op)
{
  int eq;

  if ((op != OP_EQ && op != OP_NE) || !is_type (a, T_GENERIC_ALIAS) || !is_type (b, T_GENERIC_ALIAS))
    return pml_incref (NOTIMPL);
  eq = pml_eq (a->u.inst.slots[GA_ORIGIN], b->u.inst.slots[GA_ORIGIN]);
  if (eq == 1)
    eq = pml_eq (a->u.inst.slots[GA_ARGS], b->u.inst.slots[GA_ARGS]);
  if (eq < 0)
    return NULL;
  return pml_incref (BOOL ((eq == 1) == (op == OP_EQ)));
}

/* unions are equal when they have the same arguments in any order */
static PmlObj *
union_richcompare (PmlObj *a, PmlObj *b, int op)
{
  PmlObj *x, *y;
  int eq = 1;

  if ((op != OP_EQ && op != OP_NE) || !is_type (a, T_UNION_TYPE) || !is_type (b, T_UNION_TYPE))
    return pml_incref (NOTIMPL);
  x = a->u.inst.slots[UNION_ARGS];
  y = b->u.inst.slots[UNION_ARGS];
  for (gsize i = 0; i < x->u.t.n && eq == 1; i++)
    eq = pml_contains (y, x->u.t.items[i]);
  if (eq == 1)
    for (gsize i = 0; i < y->u.t.n && eq == 1; i++)
      eq = pml_contains (x, y->u.t.items[i]);
  if (eq < 0)
    return NULL;
  return pml_incref (BOOL ((eq == 1) == (op == OP_EQ)));
}

static gint64
ga_hash (PmlObj *o, gboolean *ok)
{
  gint64 h0 = pml_hash (o->u.inst.slots[GA_ORIGIN], ok), h1;

  if (!*ok)
    return -1;
  h1 = pml_hash (o->u.inst.slots[GA_ARGS], ok);
  if (!*ok)
    return -1;
  return (h0 ^ h1) == -1 ? -2 : h0 ^ h1;
}

static gint64
union_hash (PmlObj *o, gboolean *ok)
{
  PmlObj *args = o->u.inst.slots[UNION_ARGS];
  gint64 h = 0;

  /* order-free, as the frozenset CPython hashes */
  for (gsize i = 0; i < args->u.t.n; i++)
    {
      h ^= pml_hash (args->u.t.items[i], ok);
      if (!*ok)
        return -1;
    }
  return h == -1 ? -2 : h;
}

/* list[int]() makes a list */
static PmlObj *
ga_call (PmlObj *o, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  return pml_call (o->u.inst.slots[GA_ORIGIN], args, nargs, kwnames);
}

static PmlObj *
ga_or (PmlObj *a, PmlObj *b)
{
  return union_or (a, b);
}

static void
alias_traverse (PmlObj *o, PmlVisitFunc visit, gpointer data)
{
  for (gsize i = 0; i < o->u.inst.nslots; i++)
    PML_VISIT (o->u.inst.slots[i]);
}

static gboolean
alias_dealloc (PmlObj *o)
{
  pml_instance_dealloc (o);
  return TRUE;
}

static void
alias_free_host (PmlObj *o)
{
  g_free (o->u.inst.slots);
  o->u.inst.slots = NULL;
}

const PmlTypeSlots pml_generic_alias_slots = {
  .repr = ga_repr,
  .hash = ga_hash,
  .richcompare = ga_richcompare,
  .getattro = ga_getattro,
  .setattro = pml_object_generic_setattr,
  .call = ga_call,
  .nb = { [OP_OR] = ga_or },
  .dealloc = alias_dealloc,
  .traverse = alias_traverse,
  .free_host = alias_free_host,
  .flags = PML_TPFLAGS_HAVE_GC | PML_TPFLAGS_WEAKREFABLE,
};

const PmlTypeSlots pml_union_type_slots = {
  .repr = union_repr,
  .hash = union_hash,
  .richcompare = union_richcompare,
  .getattro = union_getattro,
  .setattro = pml_object_generic_setattr,
  .nb = { [OP_OR] = ga_or },
  .dealloc = alias_dealloc,
  .traverse = alias_traverse,
  .free_host = alias_free_host,
  .flags = PML_TPFLAGS_HAVE_GC,
};
