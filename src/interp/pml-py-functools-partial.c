/* pml-py-functools-partial.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-functools.h"

/* functools.partial as Modules/_functoolsmodule.c (3.11) has it: a GC
 * object of 80 bytes holding the function, a tuple of the frozen
 * arguments and a dict of the frozen keywords (always a dict, the
 * constructor's own when nobody else holds it). Called by vectorcall
 * while it has no keywords, by tp_call (an args tuple, a merged dict)
 * from the first call that finds some. */

typedef struct
{
  PmlObj  *fn, *args, *kw;
  PmlObj  *dict;
  gboolean tp_call;   /* vectorcall given up: pto->vectorcall = NULL */
} Partial;
PML_NATIVE_FITS (Partial);

#define FASTCALL_SMALL_STACK 5   /* _PY_FASTCALL_SMALL_STACK */

PmlObj *
pml_functools_instance_dict (PmlObj **dict)
{
  if (*dict == NULL)
    *dict = pml_dict_new ();
  return *dict;
}

static PmlObj *
partial_new (PmlObj *type,
             PmlObj **args,
             gsize    nargs,
             PmlObj  *kwnames)
{
  g_auto (PmlTpCallArgs) ca = { 0 };
  gsize npos = pml_positional (nargs, kwnames);
  PmlObj *func, *pargs = NULL, *pkw = NULL, *o, *rest;
  Partial *p;

  (void) type;
  if (!pml_tp_call_args_init (&ca, args, nargs, kwnames))
    return NULL;
  if (npos < 1)
    return pml_err_set (T_TYPE_ERROR, "type 'partial' takes at least one argument");
  func = args[0];
  /* a partial of a partial (without a __dict__) flattens into one */
  if (pml_native_is (func, &pml_functools_partial_type) && PML_NATIVE (func, Partial)->dict == NULL)
    {
      pargs = PML_NATIVE (func, Partial)->args;
      pkw = PML_NATIVE (func, Partial)->kw;
      func = PML_NATIVE (func, Partial)->fn;
    }
  if (!pml_is_callable (func))
    return pml_err_set (T_TYPE_ERROR, "the first argument must be callable");
  if ((o = pml_native_alloc (&pml_functools_partial_type, 0)) == NULL)
    return NULL;
  pml_gc_track (o);
  p = PML_NATIVE (o, Partial);
  p->fn = pml_incref (func);
  rest = pml_tuple_from_array (args + 1, npos - 1);
  if (rest == NULL)
    goto fail;
  if (pargs == NULL)
    p->args = rest;
  else
    {
      p->args = pml_binop (OP_ADD, pargs, rest);
      pml_decref (rest);
      if (p->args == NULL)
        goto fail;
    }
  if (pkw == NULL || pkw->u.d.used == 0)
    {
      if (ca.kwargs == NULL)
        p->kw = pml_dict_new ();
      else if (ca.kwargs->refcnt == 1)
        p->kw = pml_incref (ca.kwargs);
      else
        p->kw = pml_dict_copy (ca.kwargs);
    }
  else
    {
      p->kw = pml_dict_copy (pkw);
      if (p->kw != NULL && ca.kwargs != NULL && pml_dict_update_from (p->kw, ca.kwargs) == NULL)
        goto fail;
    }
  if (p->kw == NULL)
    goto fail;
  return o;

fail:
  pml_decref (o);
  return NULL;
}

/* tupleconcat: an empty side gives the other tuple itself */
static PmlObj *
concat_args (PmlObj *a,
             PmlObj *b)
{
  if (a->u.t.n == 0)
    return pml_incref (b);
  if (b->u.t.n == 0)
    return pml_incref (a);
  return pml_binop (OP_ADD, a, b);
}

/* partial_call: frozen arguments first, keywords merged into a copy */
static PmlObj *
partial_tp_call (Partial *p,
                 PmlObj  *args,
                 PmlObj  *kwargs)
{
  PmlObj *kwargs2, *args2, *result;

  if (p->kw->u.d.used == 0)
    kwargs2 = pml_xincref (kwargs);
  else
    {
      kwargs2 = pml_dict_copy (p->kw);
      if (kwargs2 == NULL)
        return NULL;
      if (kwargs != NULL && pml_dict_update_from (kwargs2, kwargs) == NULL)
        {
          pml_decref (kwargs2);
          return NULL;
        }
    }
  args2 = concat_args (p->args, args);
  if (args2 == NULL)
    {
      pml_xdecref (kwargs2);
      return NULL;
    }
  result = pml_call_with_kwargs (p->fn, args2->u.t.items, args2->u.t.n, kwargs2);
  pml_decref (args2);
  pml_xdecref (kwargs2);
  return result;
}

static PmlObj *
partial_call (PmlObj  *o,
              PmlObj **args,
              gsize    nargs,
              PmlObj  *kwnames)
{
  Partial *p = PML_NATIVE (o, Partial);
  gsize pto_nargs = p->args->u.t.n, total;
  PmlObj **stack, *result;
  guint64 stack_addr = 0;

  /* frozen keywords: the vectorcall falls back to tp_call, for good */
  if (p->tp_call || p->kw->u.d.used > 0)
    {
      g_auto (PmlTpCallArgs) ca = { 0 };

      p->tp_call = TRUE;
      if (!pml_tp_call_args_init (&ca, args, nargs, kwnames))
        return NULL;
      return partial_tp_call (p, ca.args, ca.kwargs);
    }
  if (nargs == 0)
    return pml_call (p->fn, p->args->u.t.items, pto_nargs, NULL);
  /* the frozen arguments and the given ones on one stack, a PyMem
     block past the small stack */
  total = pto_nargs + nargs;
  if (total > FASTCALL_SMALL_STACK && (stack_addr = pml_mem_alloc (total * sizeof (PmlObj *))) == 0)
    return NULL;
  stack = g_new (PmlObj *, total);
  memcpy (stack, p->args->u.t.items, pto_nargs * sizeof (PmlObj *));
  memcpy (stack + pto_nargs, args, nargs * sizeof (PmlObj *));
  result = pml_call (p->fn, stack, total, kwnames);
  g_free (stack);
  pml_mem_free (stack_addr);
  return result;
}

/* "functools.partial(<function f at 0x...>, 1, key=2)" */
static PmlObj *
partial_repr (PmlObj *o)
{
  Partial *p = PML_NATIVE (o, Partial);
  g_autoptr (GString) out = g_string_new ("functools.partial(");
  gboolean ok = TRUE;
  gsize pos = 0;
  PmlObj *key, *value;

  if (!pml_repr_enter (o))
    return pml_str_new ("...", 3);
  ok = pml_append_repr (out, p->fn);
  for (gsize i = 0; ok && i < p->args->u.t.n; i++)
    {
      g_string_append (out, ", ");
      ok = pml_append_repr (out, p->args->u.t.items[i]);
    }
  while (ok && pml_dict_next (p->kw, &pos, &key, &value))
    {
      PmlObj *name = pml_str (key);

      if ((ok = name != NULL))
        {
          g_string_append_printf (out, ", %s=", name->u.s.s);
          pml_decref (name);
          ok = pml_append_repr (out, value);
        }
    }
  pml_repr_leave (o);
  if (!ok)
    return NULL;
  g_string_append_c (out, ')');
  return pml_str_new (out->str, (gssize) out->len);
}

/* the members func, args and keywords, the __dict__, then what was set */
static PmlObj *
partial_getattro (PmlObj *o,
                  PmlObj *name)
{
  Partial *p = PML_NATIVE (o, Partial);
  const char *n = name->u.s.s;
  PmlObj *v;

  if (strcmp (n, "func") == 0)
    return pml_incref (p->fn);
  if (strcmp (n, "args") == 0)
    return pml_incref (p->args);
  if (strcmp (n, "keywords") == 0)
    return pml_incref (p->kw);
  if (strcmp (n, "__dict__") == 0)
    return pml_xincref (pml_functools_instance_dict (&p->dict));
  if (p->dict != NULL && (v = pml_dict_get (p->dict, name, &(gboolean) { 0 })) != NULL)
    return pml_incref (v);
  return pml_object_getattro (o, name);
}

static gboolean
partial_setattro (PmlObj *o,
                  PmlObj *name,
                  PmlObj *v)
{
  Partial *p = PML_NATIVE (o, Partial);
  const char *n = name->u.s.s;

  if (strcmp (n, "func") == 0 || strcmp (n, "args") == 0 || strcmp (n, "keywords") == 0)
    {
      pml_err_set (T_ATTRIBUTE_ERROR, "readonly attribute");
      return FALSE;
    }
  if (v == NULL)
    {
      if (p->dict != NULL && pml_dict_del (p->dict, name) == 1)
        return TRUE;
      pml_attribute_error (o, name);
      return FALSE;
    }
  if (pml_functools_instance_dict (&p->dict) == NULL)
    return FALSE;
  return pml_dict_set (p->dict, name, v);
}

static gboolean
partial_dealloc (PmlObj *o)
{
  Partial *p = PML_NATIVE (o, Partial);

  if (o->weakrefs != NULL)
    pml_weakrefs_clear_all (o, TRUE);
  PML_CLEAR (p->fn);
  PML_CLEAR (p->args);
  PML_CLEAR (p->kw);
  PML_CLEAR (p->dict);
  return FALSE;
}

static void
partial_traverse (PmlObj *o, PmlVisitFunc visit, gpointer data)
{
  Partial *p = PML_NATIVE (o, Partial);

  /* _functools's types are heap types: their instances refer to them */
  PML_VISIT (o->type);
  PML_VISIT (p->fn);
  PML_VISIT (p->args);
  PML_VISIT (p->kw);
  PML_VISIT (p->dict);
}

static void
partial_clear (PmlObj *o)
{
  Partial *p = PML_NATIVE (o, Partial);

  PML_CLEAR (p->fn);
  PML_CLEAR (p->args);
  PML_CLEAR (p->kw);
  PML_CLEAR (p->dict);
}

static const PmlTypeSlots partial_slots = {
  .repr = partial_repr,
  .hash = pml_object_hash,
  .richcompare = pml_object_richcompare,
  .getattro = partial_getattro,
  .setattro = partial_setattro,
  .call = partial_call,
  .new_instance = partial_new,
  .dealloc = partial_dealloc,
  .traverse = partial_traverse,
  .clear = partial_clear,
  .flags = PML_TPFLAGS_HAVE_GC | PML_TPFLAGS_WEAKREFABLE,
};

/* 16 header + fn, args, kw, dict, weakreflist, vectorcall */
const PmlNativeType pml_functools_partial_type = { "functools.partial", 64, &partial_slots };
