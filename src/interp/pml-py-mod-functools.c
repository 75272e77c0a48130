/* pml-py-mod-functools.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-functools.h"
#include "pml-py-module-table.h"

/* The internal _functools module, which lib/functools.py imports its C
 * parts from: reduce, cmp_to_key and its KeyWrapper objects, partial,
 * _lru_cache_wrapper and _CacheInfo (in their own files). */

PmlObj *
pml_functools_kwd_mark (void)
{
  PmlObj *m = pml_dict_get_str (VM->modules, "_functools");
  PmlObj *mark = m != NULL ? pml_dict_get_str (m->u.mod.dict, "_kwd_mark") : NULL;

  return mark != NULL ? mark : NONE;
}

/* ---- reduce ---- */

/* reduce(function, iterable[, initial]), METH_VARARGS: the arguments
 * come in a tuple. The function is called with one 2-tuple, refilled in
 * place while nobody else holds it. */
static PmlObj *
functools_reduce (PmlObj  *self,
                  PmlObj **args,
                  gsize    nargs,
                  PmlObj  *kwnames)
{
  g_auto (PmlTpCallArgs) ca = { 0 };
  PmlObj *func, *it, *pair = NULL, *result, *item;

  (void) self;
  if (!pml_tp_call_args_init (&ca, args, nargs, kwnames))
    return NULL;
  if (ca.kwargs != NULL)
    return pml_err_set (T_TYPE_ERROR, "reduce() takes no keyword arguments");
  if (!pml_unpack_args ("reduce", nargs, NULL, 2, 3))
    return NULL;
  func = args[0];
  result = nargs == 3 ? pml_incref (args[2]) : NULL;
  if ((it = pml_iter (args[1])) == NULL)
    {
      if (pml_err_matches (VM->exc, TYPE (T_TYPE_ERROR)))
        {
          pml_err_clear ();
          pml_err_set (T_TYPE_ERROR, "reduce() arg 2 must support iteration");
        }
      pml_xdecref (result);
      return NULL;
    }
  if ((pair = pml_tuple_new (2)) == NULL)
    goto fail;
  for (;;)
    {
      if (pair->refcnt > 1)
        {
          PML_CLEAR (pair);
          if ((pair = pml_tuple_new (2)) == NULL)
            goto fail;
        }
      if ((item = pml_iter_next_owned (it)) == NULL)
        {
          if (pml_err_occurred ())
            goto fail;
          break;
        }
      if (result == NULL)
        {
          result = item;
          continue;
        }
      PML_SETREF (pair->u.t.items[0], result);
      PML_SETREF (pair->u.t.items[1], item);
      if ((result = pml_call (func, pair->u.t.items, 2, NULL)) == NULL)
        goto fail;
      /* bpo-42536: the collector may have untracked the recycled tuple */
      if (!(pair->flags & OBJ_TRACKED))
        pml_gc_track (pair);
    }
  pml_decref (pair);
  pml_decref (it);
  if (result == NULL)
    pml_err_set (T_TYPE_ERROR, "reduce() of empty iterable with no initial value");
  return result;

fail:
  pml_xdecref (pair);
  pml_xdecref (result);
  pml_decref (it);
  return NULL;
}

/* ---- cmp_to_key ---- */

typedef struct
{
  PmlObj *cmp, *object;
} KeyWrapper;
PML_NATIVE_FITS (KeyWrapper);

static const PmlNativeType key_wrapper_type;

static PmlObj *
key_wrapper_new (PmlObj *cmp,
                 PmlObj *object)
{
  PmlObj *o = pml_native_alloc (&key_wrapper_type, 0);

  if (o == NULL)
    return NULL;
  PML_NATIVE (o, KeyWrapper)->cmp = pml_incref (cmp);
  PML_NATIVE (o, KeyWrapper)->object = pml_xincref (object);
  pml_gc_track (o);
  return o;
}

/* K(obj): a key wrapping obj, made through tp_call */
static PmlObj *
key_wrapper_call (PmlObj  *o,
                  PmlObj **args,
                  gsize    nargs,
                  PmlObj  *kwnames)
{
  static const char *const names[] = { "obj", NULL };
  static const PmlArgSpec spec = { "K", names, 1, 1, TRUE };
  g_auto (PmlTpCallArgs) ca = { 0 };
  PmlObj *a[1];

  if (!pml_tp_call_args_init (&ca, args, nargs, kwnames) ||
      !pml_parse_args (&spec, args, nargs, kwnames, a))
    return NULL;
  return key_wrapper_new (PML_NATIVE (o, KeyWrapper)->cmp, a[0]);
}

/* the user's three-way answer, compared with 0 */
static PmlObj *
key_wrapper_richcompare (PmlObj *a,
                         PmlObj *b,
                         int     op)
{
  KeyWrapper *ka = PML_NATIVE (a, KeyWrapper);
  PmlObj *pair[2], *res, *answer;

  if (b->type != a->type)
    return pml_err_set (T_TYPE_ERROR, "other argument must be K instance");
  pair[0] = ka->object;
  pair[1] = PML_NATIVE (b, KeyWrapper)->object;
  if (pair[0] == NULL || pair[1] == NULL)
    return pml_err_set (T_ATTRIBUTE_ERROR, "object");
  if ((res = pml_call (ka->cmp, pair, 2, NULL)) == NULL)
    return NULL;
  answer = pml_richcompare (res, VM->small_ints[PML_NSMALLNEG], op);
  pml_decref (res);
  return answer;
}

static PmlObj *
key_wrapper_getattro (PmlObj *o,
                      PmlObj *name)
{
  if (strcmp (name->u.s.s, "obj") == 0)
    {
      PmlObj *object = PML_NATIVE (o, KeyWrapper)->object;

      if (object == NULL)
        return pml_err_set (T_ATTRIBUTE_ERROR, "obj");
      return pml_incref (object);
    }
  return pml_object_getattro (o, name);
}

static gboolean
key_wrapper_dealloc (PmlObj *o)
{
  PML_CLEAR (PML_NATIVE (o, KeyWrapper)->cmp);
  PML_CLEAR (PML_NATIVE (o, KeyWrapper)->object);
  return FALSE;
}

static void
key_wrapper_traverse (PmlObj *o, PmlVisitFunc visit, gpointer data)
{
  PML_VISIT (o->type);
  PML_VISIT (PML_NATIVE (o, KeyWrapper)->cmp);
  PML_VISIT (PML_NATIVE (o, KeyWrapper)->object);
}

static const PmlTypeSlots key_wrapper_slots = {
  .hash = pml_hash_not_implemented,
  .richcompare = key_wrapper_richcompare,
  .getattro = key_wrapper_getattro,
  .setattro = pml_object_setattro,
  .call = key_wrapper_call,
  .dealloc = key_wrapper_dealloc,
  .traverse = key_wrapper_traverse,
  .flags = PML_TPFLAGS_HAVE_GC,
};

/* 16 header + cmp, object */
static const PmlNativeType key_wrapper_type = { "functools.KeyWrapper", 32, &key_wrapper_slots };

/* cmp_to_key(mycmp) */
static PmlObj *
functools_cmp_to_key (PmlObj  *self,
                      PmlObj **args,
                      gsize    nargs,
                      PmlObj  *kwnames)
{
  static const char *const names[] = { "mycmp", NULL };
  static const PmlArgSpec spec = { "cmp_to_key", names, 1, 1, FALSE };
  PmlObj *a[1];

  (void) self;
  if (!pml_parse_args (&spec, args, nargs, kwnames, a))
    return NULL;
  return key_wrapper_new (a[0], NULL);
}

/* ---- the module ---- */

static void
add_function (PmlObj        *m,
              const char    *name,
              PmlBuiltinFunc fn)
{
  PmlObj *f = pml_builtin_new (name, fn, m);

  pml_dict_set_str (m->u.mod.dict, name, f);
  pml_decref (f);
}

PmlObj *
pml_module_make__functools (void)
{
  PmlObj *m = pml_module_new_imported ("_functools"), *mark, *cache_info;

  if (m == NULL)
    return NULL;
  add_function (m, "reduce", functools_reduce);
  add_function (m, "cmp_to_key", functools_cmp_to_key);
  pml_dict_set_str (m->u.mod.dict, "partial", pml_native_type (&pml_functools_partial_type));
  pml_dict_set_str (m->u.mod.dict, "_lru_cache_wrapper",
                    pml_native_type (&pml_functools_lru_wrapper_type));
  /* functools.py's namedtuple, as long as there is no namedtuple here */
  cache_info = pml_functools_cache_info_type_new ();
  pml_dict_set_str (m->u.mod.dict, "_CacheInfo", cache_info);
  pml_decref (cache_info);
  /* the module state's kwd_mark, an object() */
  mark = pml_obj_new (TYPE (T_OBJECT), K_OBJECT, 16, FALSE);
  if (mark != NULL)
    {
      pml_dict_set_str (m->u.mod.dict, "_kwd_mark", mark);
      pml_decref (mark);
    }
  return m;
}
