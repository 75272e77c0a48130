/* pml-py-native.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-native.h"

/* The type objects of the C modules' types, made once per run from their
 * static descriptions, and what their constructors share. */

PmlObj *
pml_native_type (const PmlNativeType *def)
{
  PmlObj *t;

  if (VM->native_types == NULL)
    VM->native_types = g_hash_table_new (NULL, NULL);
  t = g_hash_table_lookup (VM->native_types, def);
  if (t == NULL)
    {
      PmlObj *base = def->base != NULL ? pml_native_type (def->base) : TYPE (T_OBJECT);

      t = pml_type_new_builtin (def->name, K_NATIVE, base, def->basicsize,
                                (def->slots->flags & PML_TPFLAGS_HAVE_GC) != 0);
      t->u.ty.tp = def->slots;
      g_hash_table_insert (VM->native_types, (gpointer) def, t);
    }
  return t;
}

/* PyObject_GC_New / PyObject_New (with @extra bytes of items): an
 * instance of zeroed fields, not yet tracked */
PmlObj *
pml_native_alloc (const PmlNativeType *def, gsize extra)
{
  PmlObj *type = pml_native_type (def);
  gboolean gc = (def->slots->flags & PML_TPFLAGS_HAVE_GC) != 0;

  return pml_obj_new (type, K_NATIVE, pml_obj_presize (type) + def->basicsize + extra, gc);
}

gboolean
pml_native_is_type (PmlObj *type, const PmlNativeType *def)
{
  return type == pml_native_type (def);
}

void
pml_native_set_const (const PmlNativeType *def, const char *name, PmlObj *value)
{
  PmlObj *t = pml_native_type (def);

  if (t->u.ty.consts == NULL)
    t->u.ty.consts = pml_dict_new ();
  pml_dict_set_str (t->u.ty.consts, name, value);
}

gboolean
pml_native_is (PmlObj *o, const PmlNativeType *def)
{
  return o->type == pml_native_type (def);
}

gboolean
pml_tp_call_args_init (PmlTpCallArgs *a,
                       PmlObj       **args,
                       gsize          nargs,
                       PmlObj        *kwnames)
{
  gsize npos = pml_positional (nargs, kwnames);

  a->kwargs = NULL;
  a->args = pml_tuple_from_array (args, npos);
  if (a->args == NULL)
    return FALSE;
  if (npos == nargs)
    return TRUE;
  a->kwargs = pml_dict_new ();
  if (a->kwargs == NULL)
    {
      PML_CLEAR (a->args);
      return FALSE;
    }
  for (gsize i = npos; i < nargs; i++)
    if (!pml_dict_set (a->kwargs, kwnames->u.t.items[i - npos], args[i]))
      {
        pml_tp_call_args_clear (a);
        return FALSE;
      }
  return TRUE;
}

void
pml_tp_call_args_clear (PmlTpCallArgs *a)
{
  PML_CLEAR (a->args);
  PML_CLEAR (a->kwargs);
}

static gsize
count_names (const char *const *names)
{
  gsize n = 0;

  while (names[n] != NULL)
    n++;
  return n;
}

/* _PyDict_GetItemStringWithError: the key as a str object, for a moment */
static void
lookup_by_c_name (const char *name)
{
  PmlObj *key = pml_str_new (name, -1);

  pml_xdecref (key);
}

gboolean
pml_parse_args (const PmlArgSpec *spec,
                PmlObj          **args,
                gsize             nargs,
                PmlObj           *kwnames,
                PmlObj          **out)
{
  gsize nnames = count_names (spec->names);
  gsize nkw = kwnames ? kwnames->u.t.n : 0, npos = nargs - nkw;

  if (nargs > nnames)
    {
      pml_err_set (T_TYPE_ERROR, "%s() takes at most %zu %sargument%s (%zu given)",
                   spec->fname, nnames,
                   npos == 0 ? "keyword " : "", nnames == 1 ? "" : "s", nargs);
      return FALSE;
    }
  if (npos > spec->npositional)
    {
      pml_err_set (T_TYPE_ERROR, "%s() takes at most %zu positional argument%s (%zu given)",
                   spec->fname,
                   spec->npositional, spec->npositional == 1 ? "" : "s", npos);
      return FALSE;
    }
  for (gsize i = 0, left = nkw; i < nnames; i++)
    {
      out[i] = i < npos ? args[i] : pml_kwarg (args, nargs, kwnames, spec->names[i]);
      if (spec->by_c_name && i >= npos && left > 0)
        {
          lookup_by_c_name (spec->names[i]);
          left -= out[i] != NULL;
        }
      if (out[i] == NULL && i < spec->nrequired)
        {
          pml_err_set (T_TYPE_ERROR, "%s() missing required argument '%s' (pos %zu)", spec->fname,
                       spec->names[i], i + 1);
          return FALSE;
        }
    }
  for (gsize i = 0; i < npos; i++)
    if (pml_kwarg (args, nargs, kwnames, spec->names[i]) != NULL)
      {
        pml_err_set (T_TYPE_ERROR, "argument for %s() given by name ('%s') and position (%zu)",
                     spec->fname,
                     spec->names[i], i + 1);
        return FALSE;
      }
  for (gsize k = 0; k < nkw; k++)
    {
      const char *name = kwnames->u.t.items[k]->u.s.s;
      gboolean known = FALSE;

      for (gsize i = 0; i < nnames && !known; i++)
        known = strcmp (spec->names[i], name) == 0;
      if (!known)
        {
          pml_err_set (T_TYPE_ERROR, "'%s' is an invalid keyword argument for %s()",
                       name, spec->fname);
          return FALSE;
        }
    }
  return TRUE;
}

gboolean
pml_unpack_args (const char *fname,
                 gsize       nargs,
                 PmlObj     *kwnames,
                 gsize       min,
                 gsize       max)
{
  if (kwnames != NULL && kwnames->u.t.n > 0)
    {
      pml_err_set (T_TYPE_ERROR, "%s() takes no keyword arguments", fname);
      return FALSE;
    }
  if (nargs >= min && nargs <= max)
    return TRUE;
  pml_err_set (T_TYPE_ERROR, "%s expected %s%zu argument%s, got %zu", fname,
               min == max ? "" : nargs < min ? "at least " : "at most ", nargs < min ? min : max,
               (nargs < min ? min : max) == 1 ? "" : "s", nargs);
  return FALSE;
}

/* a tuple filled by iterating @o, @n items long when its length is
   known; NULL without an error when the length was wrong */
static PmlObj *
tuple_of_length (PmlObj *o,
                 gint64  n)
{
  PmlObj *it = pml_iter (o), *t, *item;
  gint64 i = 0;

  if (it == NULL)
    return NULL;
  t = pml_tuple_new ((gsize) n);
  while (t != NULL && (item = pml_iter_next_owned (it)) != NULL)
    {
      if (i == n)
        {
          pml_decref (item);
          PML_CLEAR (t);
          break;
        }
      t->u.t.items[i++] = item;
    }
  pml_decref (it);
  if (t != NULL && (pml_err_occurred () || i != n))
    PML_CLEAR (t);
  return t;
}

PmlObj *
pml_sequence_tuple (PmlObj *o)
{
  const PmlTypeSlots *tp = pml_slots (o);
  PmlObj *t, *tuple_type = TYPE (T_TUPLE);

  if (o->type == TYPE (T_TUPLE))
    return pml_incref (o);
  if (o->type == TYPE (T_LIST))
    return pml_tuple_from_array (o->u.l.items, o->u.l.n);
  /* the length first, as PyObject_LengthHint asks: exact for str, range
     and the dict views, which fill the tuple without a resize */
  if (tp->length != NULL && tp->iter != NULL)
    {
      gint64 n = pml_len (o);

      if (n < 0)
        return NULL;
      t = tuple_of_length (o, n);
      if (t != NULL || pml_err_occurred ())
        return t;
    }
  return pml_call (tuple_type, &o, 1, NULL);
}

PmlObj *
pml_call_with_kwargs (PmlObj  *callable,
                      PmlObj **args,
                      gsize    nargs,
                      PmlObj  *kwargs)
{
  gsize nkw = kwargs != NULL ? kwargs->u.d.used : 0, pos = 0, k = 0;
  PmlObj **stack, *kwnames, *key, *value, *result;
  guint64 stack_addr;

  if (nkw == 0)
    return pml_call (callable, args, nargs, NULL);
  /* one slot more, for PY_VECTORCALL_ARGUMENTS_OFFSET */
  if ((stack_addr = pml_mem_alloc ((1 + nargs + nkw) * sizeof (PmlObj *))) == 0)
    return NULL;
  if ((kwnames = pml_tuple_new (nkw)) == NULL)
    {
      pml_mem_free (stack_addr);
      return NULL;
    }
  stack = g_new (PmlObj *, nargs + nkw);
  for (gsize i = 0; i < nargs; i++)
    stack[i] = pml_incref (args[i]);
  while (k < nkw && pml_dict_next (kwargs, &pos, &key, &value))
    {
      kwnames->u.t.items[k] = pml_incref (key);
      stack[nargs + k++] = pml_incref (value);
    }
  result = pml_call (callable, stack, nargs + nkw, kwnames);
  for (gsize i = 0; i < nargs + nkw; i++)
    pml_decref (stack[i]);
  g_free (stack);
  pml_mem_free (stack_addr);
  pml_decref (kwnames);
  return result;
}
