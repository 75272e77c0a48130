/* pml-py-functools-cacheinfo.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-functools.h"

/* CacheInfo(hits, misses, maxsize, currsize), what cache_info () returns.
 * CPython's functools.py makes it with collections.namedtuple: a tuple
 * subclass without a __dict__, 72 bytes for its four fields. Until this
 * interpreter has namedtuple, it is a built-in tuple type of its own with
 * the namedtuple's repr, field names and construction: the call's args
 * tuple, the fields' tuple its __new__ builds, then the instance. */

static const char *const fields[] = { "hits", "misses", "maxsize", "currsize", NULL };
#define N_FIELDS 4

static PmlObj *
cache_info_new (PmlObj *type,
                PmlObj **args,
                gsize    nargs,
                PmlObj  *kwnames)
{
  static const PmlArgSpec spec = { "CacheInfo.__new__", fields, N_FIELDS, N_FIELDS, FALSE };
  gsize size = pml_obj_presize (type) + type->u.ty.basicsize + N_FIELDS * sizeof (PmlObj *);
  PmlObj *a[N_FIELDS], *argtuple, *values, *o;

  if (!pml_parse_args (&spec, args, nargs, kwnames, a))
    return NULL;
  if ((argtuple = pml_tuple_from_array (args, pml_positional (nargs, kwnames))) == NULL)
    return NULL;
  if ((values = pml_tuple_from_array (a, N_FIELDS)) == NULL)
    {
      pml_decref (argtuple);
      return NULL;
    }
  /* tuple.__new__ (cls, values): a new object of the subclass */
  o = pml_obj_new (type, K_TUPLE, size, TRUE);
  if (o != NULL)
    {
      o->u.t.items = g_new0 (PmlObj *, N_FIELDS);
      o->u.t.n = N_FIELDS;
      for (gsize i = 0; i < N_FIELDS; i++)
        o->u.t.items[i] = pml_incref (values->u.t.items[i]);
      pml_gc_track (o);
    }
  pml_decref (values);
  pml_decref (argtuple);
  return o;
}

static PmlObj *
cache_info_repr (PmlObj *o)
{
  g_autoptr (GString) out = g_string_new ("CacheInfo(");

  for (gsize i = 0; i < N_FIELDS; i++)
    {
      g_string_append_printf (out, "%s%s=", i > 0 ? ", " : "", fields[i]);
      if (!pml_append_repr (out, o->u.t.items[i]))
        return NULL;
    }
  g_string_append_c (out, ')');
  return pml_str_new (out->str, (gssize) out->len);
}

/* the fields by name (the namedtuple's properties), then tuple's */
static PmlObj *
cache_info_getattro (PmlObj *o,
                     PmlObj *name)
{
  for (gsize i = 0; i < N_FIELDS; i++)
    if (strcmp (name->u.s.s, fields[i]) == 0)
      return pml_incref (o->u.t.items[i]);
  if (strcmp (name->u.s.s, "_fields") == 0)
    {
      PmlObj *t = pml_tuple_new (N_FIELDS);

      for (gsize i = 0; t != NULL && i < N_FIELDS; i++)
        t->u.t.items[i] = pml_str_intern_cstr (fields[i]);
      return t;
    }
  return pml_object_getattro (o, name);
}

/* not tuple's free list: that is for exact tuples */
static gboolean
cache_info_dealloc (PmlObj *o)
{
  pml_free_items_reversed (o->u.t.items, o->u.t.n);
  g_clear_pointer (&o->u.t.items, g_free);
  return FALSE;
}

PmlObj *
pml_functools_cache_info_type_new (void)
{
  static PmlTypeSlots slots;
  static gsize ready = 0;
  PmlObj *type;

  if (g_once_init_enter (&ready))
    {
      slots = pml_tuple_slots;
      slots.repr = cache_info_repr;
      slots.getattro = cache_info_getattro;
      slots.new_instance = cache_info_new;
      slots.dealloc = cache_info_dealloc;
      g_once_init_leave (&ready, 1);
    }
  type = pml_type_new_builtin ("functools.CacheInfo", K_TUPLE, TYPE (T_TUPLE),
                               TYPE (T_TUPLE)->u.ty.basicsize, TRUE);
  type->u.ty.tp = &slots;
  return type;
}
