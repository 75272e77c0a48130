/* pml-py-functools-lru.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-functools.h"

/* lru_cache's wrapper, functools._lru_cache_wrapper of
 * Modules/_functoolsmodule.c (3.11): a GC object of 168 bytes with a
 * cache dict. Its key is the argument itself for one int or str, else
 * the call's args tuple (or a tuple made of the arguments, the keywords
 * after a marker, and their types when typed). Unbounded (maxsize None),
 * the dict maps keys to results; bounded, to _lru_list_elem links of 56
 * bytes (not GC objects) chained oldest first, the oldest reused for the
 * newest key once the cache is full. maxsize 0 caches nothing. */

typedef enum
{
  LRU_UNCACHED,   /* maxsize 0 */
  LRU_INFINITE,   /* maxsize None */
  LRU_BOUNDED,
} LruKind;

typedef struct
{
  PmlObj *oldest, *newest;   /* root.next, root.prev; NULL: empty */
  PmlObj *cache;             /* dict */
  PmlObj *func;
  PmlObj *kwd_mark;
  PmlObj *cache_info_type;
  PmlObj *dict;              /* __dict__, made when first set */
  gint64  hits, misses;
  gint64  maxsize;           /* -1: None */
  LruKind kind;
  gboolean typed;
} LruWrapper;
PML_NATIVE_FITS (LruWrapper);

typedef struct
{
  PmlObj *prev, *next;       /* borrowed; NULL: the root */
  gint64  hash;
  PmlObj *key, *result;
} LruElem;
PML_NATIVE_FITS (LruElem);

/* ---- the links ---- */

static void
extract_link (LruWrapper *w,
              PmlObj     *link)
{
  LruElem *l = PML_NATIVE (link, LruElem);

  if (l->prev != NULL)
    PML_NATIVE (l->prev, LruElem)->next = l->next;
  else
    w->oldest = l->next;
  if (l->next != NULL)
    PML_NATIVE (l->next, LruElem)->prev = l->prev;
  else
    w->newest = l->prev;
  l->prev = l->next = NULL;
}

/* the newest end */
static void
append_link (LruWrapper *w,
             PmlObj     *link)
{
  LruElem *l = PML_NATIVE (link, LruElem);

  l->prev = w->newest;
  l->next = NULL;
  if (w->newest != NULL)
    PML_NATIVE (w->newest, LruElem)->next = link;
  else
    w->oldest = link;
  w->newest = link;
}

/* the oldest end, where a link goes back when its eviction failed */
static void
prepend_link (LruWrapper *w,
              PmlObj     *link)
{
  LruElem *l = PML_NATIVE (link, LruElem);

  l->next = w->oldest;
  l->prev = NULL;
  if (w->oldest != NULL)
    PML_NATIVE (w->oldest, LruElem)->prev = link;
  else
    w->newest = link;
  w->oldest = link;
}

/* lru_cache_unlink_list: the chain, detached from the wrapper */
static PmlObj *
unlink_list (LruWrapper *w)
{
  PmlObj *first = w->oldest;

  w->oldest = w->newest = NULL;
  return first;
}

/* lru_cache_clear_list: each link loses the reference its creation made */
static void
clear_list (PmlObj *link)
{
  while (link != NULL)
    {
      PmlObj *next = PML_NATIVE (link, LruElem)->next;

      pml_decref (link);
      link = next;
    }
}

static gboolean
elem_dealloc (PmlObj *o)
{
  PML_CLEAR (PML_NATIVE (o, LruElem)->key);
  PML_CLEAR (PML_NATIVE (o, LruElem)->result);
  return FALSE;
}

static const PmlTypeSlots elem_slots = {
  .hash = pml_object_hash,
  .richcompare = pml_object_richcompare,
  .getattro = pml_object_getattro,
  .setattro = pml_object_setattro,
  .dealloc = elem_dealloc,
};

/* the object header + prev, next, hash, key, result */
const PmlNativeType pml_functools_lru_elem_type = { "functools._lru_list_elem", 56, &elem_slots };

/* ---- keys ---- */

/* lru_cache_make_key: a new reference */
static PmlObj *
make_key (LruWrapper *w,
          PmlObj     *args,
          PmlObj     *kwds)
{
  gsize nargs = args->u.t.n, nkw = kwds != NULL ? kwds->u.d.used : 0, size, k = 0, pos = 0;
  PmlObj *key, *kw, *value;

  if (!w->typed && nkw == 0)
    {
      /* one int or str is its own key: the args tuple is not kept */
      if (nargs == 1 && (args->u.t.items[0]->type == TYPE (T_INT) || args->u.t.items[0]->type == TYPE (T_STR)))
        return pml_incref (args->u.t.items[0]);
      return pml_incref (args);
    }
  size = nargs + (nkw > 0 ? 2 * nkw + 1 : 0) + (w->typed ? nargs + nkw : 0);
  if ((key = pml_tuple_new (size)) == NULL)
    return NULL;
  for (gsize i = 0; i < nargs; i++)
    key->u.t.items[k++] = pml_incref (args->u.t.items[i]);
  if (nkw > 0)
    {
      key->u.t.items[k++] = pml_incref (w->kwd_mark);
      while (pml_dict_next (kwds, &pos, &kw, &value))
        {
          key->u.t.items[k++] = pml_incref (kw);
          key->u.t.items[k++] = pml_incref (value);
        }
    }
  if (w->typed)
    {
      for (gsize i = 0; i < nargs; i++)
        key->u.t.items[k++] = pml_incref (args->u.t.items[i]->type);
      pos = 0;
      while (nkw > 0 && pml_dict_next (kwds, &pos, &kw, &value))
        key->u.t.items[k++] = pml_incref (value->type);
    }
  return key;
}

/* ---- the three wrappers ---- */

static PmlObj *
call_func (LruWrapper *w,
           PmlObj     *args,
           PmlObj     *kwds)
{
  return pml_call_with_kwargs (w->func, args->u.t.items, args->u.t.n, kwds);
}

static PmlObj *
uncached_call (LruWrapper *w,
               PmlObj     *args,
               PmlObj     *kwds)
{
  w->misses++;
  return call_func (w, args, kwds);
}

static PmlObj *
infinite_call (LruWrapper *w,
               PmlObj     *args,
               PmlObj     *kwds)
{
  PmlObj *key = make_key (w, args, kwds), *result;
  gboolean error = FALSE, ok;

  if (key == NULL)
    return NULL;
  result = pml_dict_get (w->cache, key, &error);
  if (result != NULL)
    {
      w->hits++;
      pml_decref (key);
      return pml_incref (result);
    }
  if (error)
    {
      pml_decref (key);
      return NULL;
    }
  w->misses++;
  result = call_func (w, args, kwds);
  if (result == NULL)
    {
      pml_decref (key);
      return NULL;
    }
  ok = pml_dict_set (w->cache, key, result);
  pml_decref (key);
  if (!ok)
    PML_CLEAR (result);
  return result;
}

static PmlObj *
bounded_call (LruWrapper *w,
              PmlObj     *args,
              PmlObj     *kwds)
{
  PmlObj *key = make_key (w, args, kwds), *link, *result, *oldkey, *oldresult;
  gboolean error = FALSE, ok;
  gint64 hash;
  LruElem *l;

  if (key == NULL)
    return NULL;
  hash = pml_hash (key, &ok);
  if (!ok)
    {
      pml_decref (key);
      return NULL;
    }
  link = pml_dict_get (w->cache, key, &error);
  if (link != NULL)
    {
      /* a hit moves its link to the newest end */
      extract_link (w, link);
      append_link (w, link);
      w->hits++;
      pml_decref (key);
      return pml_incref (PML_NATIVE (link, LruElem)->result);
    }
  if (error)
    {
      pml_decref (key);
      return NULL;
    }
  w->misses++;
  result = call_func (w, args, kwds);
  if (result == NULL)
    {
      pml_decref (key);
      return NULL;
    }
  /* the call itself may have cached this key */
  if (pml_dict_get (w->cache, key, &error) != NULL || error)
    {
      pml_decref (key);
      if (error)
        PML_CLEAR (result);
      return result;
    }
  if ((gint64) w->cache->u.d.used < w->maxsize || w->oldest == NULL)
    {
      /* room left: a new link, held by the dict and by its creation */
      link = pml_native_alloc (&pml_functools_lru_elem_type, 0);
      if (link == NULL)
        {
          pml_decref (key);
          pml_decref (result);
          return NULL;
        }
      l = PML_NATIVE (link, LruElem);
      l->hash = hash;
      l->key = key;
      l->result = result;
      if (!pml_dict_set (w->cache, key, link))
        {
          pml_decref (link);
          return NULL;
        }
      append_link (w, link);
      return pml_incref (result);
    }
  /* full: the oldest link leaves the dict and comes back for this key */
  link = w->oldest;
  extract_link (w, link);
  l = PML_NATIVE (link, LruElem);
  pml_incref (link);   /* _PyDict_Pop's result */
  switch (pml_dict_del (w->cache, l->key))
    {
    case 0:
      /* the call emptied the cache: the link is an orphan */
      pml_decref (link);
      pml_decref (link);
      pml_decref (key);
      return result;
    case -1:
      pml_decref (link);
      prepend_link (w, link);
      pml_decref (key);
      pml_decref (result);
      return NULL;
    default:
      break;
    }
  oldkey = l->key;
  oldresult = l->result;
  l->hash = hash;
  l->key = key;
  l->result = result;
  if (!pml_dict_set (w->cache, key, link))
    {
      pml_decref (link);
      pml_decref (link);
      pml_decref (oldkey);
      pml_decref (oldresult);
      return NULL;
    }
  append_link (w, link);
  pml_incref (result);
  pml_decref (link);
  pml_decref (oldkey);
  pml_decref (oldresult);
  return result;
}

/* ---- the type ---- */

static PmlObj *
lru_new (PmlObj *type,
         PmlObj **args,
         gsize    nargs,
         PmlObj  *kwnames)
{
  static const char *const names[] = { "user_function", "maxsize", "typed", "cache_info_type", NULL };
  static const PmlArgSpec spec = { "lru_cache", names, 4, 4, TRUE };
  g_auto (PmlTpCallArgs) ca = { 0 };
  PmlObj *a[4], *cache, *o;
  gint64 maxsize = -1;
  LruKind kind = LRU_INFINITE;
  LruWrapper *w;
  int typed;

  (void) type;
  if (!pml_tp_call_args_init (&ca, args, nargs, kwnames) || !pml_parse_args (&spec, args, nargs, kwnames, a))
    return NULL;
  if ((typed = pml_truth (a[2])) < 0)
    return NULL;
  if (!pml_is_callable (a[0]))
    return pml_err_set (T_TYPE_ERROR, "the first argument must be callable");
  if (a[1] != NONE)
    {
      if (pml_slots (a[1])->nb_index == NULL)
        return pml_err_set (T_TYPE_ERROR, "maxsize should be integer or None");
      if (!pml_index_value (a[1], &maxsize))
        return NULL;
      maxsize = MAX (maxsize, 0);
      kind = maxsize == 0 ? LRU_UNCACHED : LRU_BOUNDED;
    }
  if ((cache = pml_dict_new ()) == NULL)
    return NULL;
  if ((o = pml_native_alloc (&pml_functools_lru_wrapper_type, 0)) == NULL)
    {
      pml_decref (cache);
      return NULL;
    }
  pml_gc_track (o);
  w = PML_NATIVE (o, LruWrapper);
  w->kind = kind;
  w->typed = typed;
  w->cache = cache;
  w->func = pml_incref (a[0]);
  w->maxsize = maxsize;
  w->kwd_mark = pml_incref (pml_functools_kwd_mark ());
  w->cache_info_type = pml_incref (a[3]);
  return o;
}

static PmlObj *
lru_call (PmlObj  *o,
          PmlObj **args,
          gsize    nargs,
          PmlObj  *kwnames)
{
  g_auto (PmlTpCallArgs) ca = { 0 };
  LruWrapper *w = PML_NATIVE (o, LruWrapper);

  if (!pml_tp_call_args_init (&ca, args, nargs, kwnames))
    return NULL;
  switch (w->kind)
    {
    case LRU_UNCACHED:
      return uncached_call (w, ca.args, ca.kwargs);
    case LRU_INFINITE:
      return infinite_call (w, ca.args, ca.kwargs);
    default:
      return bounded_call (w, ca.args, ca.kwargs);
    }
}

/* a method of the instance it is found on */
static PmlObj *
lru_descr_get (PmlObj *d,
               PmlObj *obj,
               PmlObj *type)
{
  (void) type;
  if (obj == NULL || obj == NONE)
    return pml_incref (d);
  return pml_method_new (d, obj);
}

static PmlObj *
lru_cache_info (PmlObj  *self,
                PmlObj **args,
                gsize    nargs,
                PmlObj  *kwnames)
{
  LruWrapper *w;
  PmlObj *argv[4], *info;

  METHOD_SELF ();
  (void) args;
  NO_KW ("cache_info");
  NARGS ("cache_info", 0, 0);
  w = PML_NATIVE (self, LruWrapper);
  argv[0] = pml_int_new (w->hits);
  argv[1] = pml_int_new (w->misses);
  argv[2] = w->maxsize == -1 ? pml_incref (NONE) : pml_int_new (w->maxsize);
  argv[3] = pml_int_new ((gint64) w->cache->u.d.used);
  info = pml_call (w->cache_info_type, argv, 4, NULL);
  for (int i = 0; i < 4; i++)
    pml_decref (argv[i]);
  return info;
}

/* the counters to zero, the dict emptied, then the links let go */
static PmlObj *
lru_cache_clear (PmlObj  *self,
                 PmlObj **args,
                 gsize    nargs,
                 PmlObj  *kwnames)
{
  LruWrapper *w;
  PmlObj *list;

  METHOD_SELF ();
  (void) args;
  NO_KW ("cache_clear");
  NARGS ("cache_clear", 0, 0);
  w = PML_NATIVE (self, LruWrapper);
  list = unlink_list (w);
  w->hits = w->misses = 0;
  pml_dict_clear (w->cache);
  clear_list (list);
  return pml_incref (NONE);
}

static const PmlMethodDef lru_methods[] = {
  { "cache_info", lru_cache_info },
  { "cache_clear", lru_cache_clear },
  { NULL, NULL },
};

/* PyObject_GenericGetAttr: the __dict__ descriptor, the instance dict
   (__wrapped__, __name__... set by update_wrapper), then the methods */
static PmlObj *
lru_getattro (PmlObj *o,
              PmlObj *name)
{
  LruWrapper *w = PML_NATIVE (o, LruWrapper);
  PmlObj *v;

  if (strcmp (name->u.s.s, "__dict__") == 0)
    return pml_xincref (pml_functools_instance_dict (&w->dict));
  if (w->dict != NULL && (v = pml_dict_get (w->dict, name, &(gboolean) { 0 })) != NULL)
    return pml_incref (v);
  if (strcmp (name->u.s.s, "__doc__") == 0)
    return pml_incref (NONE);
  return pml_object_getattro (o, name);
}

static gboolean
lru_setattro (PmlObj *o,
              PmlObj *name,
              PmlObj *v)
{
  LruWrapper *w = PML_NATIVE (o, LruWrapper);

  if (v == NULL)
    {
      if (w->dict != NULL && pml_dict_del (w->dict, name) == 1)
        return TRUE;
      pml_attribute_error (o, name);
      return FALSE;
    }
  if (pml_functools_instance_dict (&w->dict) == NULL)
    return FALSE;
  return pml_dict_set (w->dict, name, v);
}

/* lru_cache_tp_clear: the dict and fields first, the links last */
static void
lru_clear (PmlObj *o)
{
  LruWrapper *w = PML_NATIVE (o, LruWrapper);
  PmlObj *list = unlink_list (w);

  PML_CLEAR (w->cache);
  PML_CLEAR (w->func);
  PML_CLEAR (w->kwd_mark);
  PML_CLEAR (w->cache_info_type);
  PML_CLEAR (w->dict);
  clear_list (list);
}

static gboolean
lru_dealloc (PmlObj *o)
{
  if (o->weakrefs != NULL)
    pml_weakrefs_clear_all (o, TRUE);
  lru_clear (o);
  return FALSE;
}

/* the links are no GC objects: what they hold is visited from here */
static void
lru_traverse (PmlObj *o, PmlVisitFunc visit, gpointer data)
{
  LruWrapper *w = PML_NATIVE (o, LruWrapper);
  PmlObj *elem_type = pml_native_type (&pml_functools_lru_elem_type);

  PML_VISIT (o->type);
  for (PmlObj *link = w->oldest; link != NULL; link = PML_NATIVE (link, LruElem)->next)
    {
      PML_VISIT (PML_NATIVE (link, LruElem)->key);
      PML_VISIT (PML_NATIVE (link, LruElem)->result);
      PML_VISIT (link->type);
    }
  PML_VISIT (w->cache);
  PML_VISIT (w->func);
  PML_VISIT (w->kwd_mark);
  PML_VISIT (elem_type);
  PML_VISIT (w->cache_info_type);
  PML_VISIT (w->dict);
}

static const PmlTypeSlots lru_slots = {
  .hash = pml_object_hash,
  .richcompare = pml_object_richcompare,
  .getattro = lru_getattro,
  .setattro = lru_setattro,
  .call = lru_call,
  .descr_get = lru_descr_get,
  .new_instance = lru_new,
  .methods = lru_methods,
  .dealloc = lru_dealloc,
  .traverse = lru_traverse,
  .clear = lru_clear,
  .flags = PML_TPFLAGS_HAVE_GC | PML_TPFLAGS_WEAKREFABLE,
};

/* a root link (56) + wrapper, typed, cache, hits, func, maxsize, misses,
   kwd_mark, lru_list_elem_type, cache_info_type, dict, weakreflist */
const PmlNativeType pml_functools_lru_wrapper_type = { "functools._lru_cache_wrapper", 152, &lru_slots };
