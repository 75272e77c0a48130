/* pml-py-ordereddict.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-subtype.h"

/* collections.OrderedDict as CPython 3.11's C type: a dict (112 bytes)
 * whose order is a doubly linked list of 32-byte nodes, one per key,
 * each holding a reference to its key. A "fast nodes" array (8 bytes per
 * slot of the dict's table) maps the table's entries to their nodes; it
 * is remade, when a node is looked up, whenever the dict's keys table
 * has changed since (its first use makes it). Moving a key to an end
 * only relinks its node; deleting one frees it. Iterators, keys(),
 * values() and items() follow the node list. */

#define NODE_BYTES 32

typedef struct _ODictNode ODictNode;

struct _ODictNode
{
  PmlObj    *key;      /* a reference */
  gint64     hash;
  ODictNode *next, *prev;
  guint64    addr;
};

struct _PmlODictLinks
{
  ODictNode  *first, *last;
  GHashTable *nodes;          /* the table's key object -> its node */
  guint64     fast_addr;      /* od_fast_nodes, or 0 */
  gsize       fast_size;
  gboolean    synced;         /* od_resize_sentinel is set: to sentinel */
  guint64     sentinel;       /* the keys table fast_addr was made for */
  guint64     state;          /* changes with each change of the order */
};

enum { ITER_KEYS = 1, ITER_VALUES = 2, ITER_ITEMS = 3, ITER_REVERSED = 4 };

static struct _PmlODictLinks *
links_of (PmlObj *od)
{
  if (od->u.d.links == NULL)
    {
      od->u.d.links = g_new0 (struct _PmlODictLinks, 1);
      od->u.d.links->nodes = g_hash_table_new (NULL, NULL);
    }
  return od->u.d.links;
}

static gsize
table_size (PmlObj *od)
{
  /* an empty dict shares an 8-slot keys table */
  return od->u.d.keys_addr == 0 ? 8 : (gsize) 1 << od->u.d.log2size;
}

/* _odict_resize, when the dict's keys table is not the one the fast
   nodes were made for: a new array, then the old one freed */
static gboolean
sync_fast_nodes (PmlObj *od)
{
  struct _PmlODictLinks *l = links_of (od);
  gsize size = table_size (od);
  guint64 addr;

  if (l->synced && l->sentinel == od->u.d.keys_addr && l->fast_size == size)
    return TRUE;
  addr = pml_mem_alloc (size * 8);
  if (addr == 0)
    return FALSE;
  pml_mem_free (l->fast_addr);
  l->fast_addr = addr;
  l->fast_size = size;
  l->synced = TRUE;
  l->sentinel = od->u.d.keys_addr;
  return TRUE;
}

/* _odict_find_node: the node of @key, or NULL (an error set or not) */
static ODictNode *
find_node (PmlObj *od, PmlObj *key)
{
  PmlObj *stored;
  gboolean error;

  if (!sync_fast_nodes (od))
    return NULL;
  stored = pml_dict_stored_key (od, key, &error);
  return stored ? g_hash_table_lookup (links_of (od)->nodes, stored) : NULL;
}

static void
link_tail (struct _PmlODictLinks *l, ODictNode *node)
{
  node->prev = l->last;
  node->next = NULL;
  if (l->last != NULL)
    l->last->next = node;
  else
    l->first = node;
  l->last = node;
  l->state++;
}

static void
link_head (struct _PmlODictLinks *l, ODictNode *node)
{
  node->next = l->first;
  node->prev = NULL;
  if (l->first != NULL)
    l->first->prev = node;
  else
    l->last = node;
  l->first = node;
  l->state++;
}

static void
unlink_node (struct _PmlODictLinks *l, ODictNode *node)
{
  if (node->prev != NULL)
    node->prev->next = node->next;
  else
    l->first = node->next;
  if (node->next != NULL)
    node->next->prev = node->prev;
  else
    l->last = node->prev;
  l->state++;
}

static void
node_free (ODictNode *node)
{
  PmlObj *key = node->key;

  pml_mem_free (node->addr);
  g_free (node);
  pml_decref (key);
}

/* _odict_add_new_node: after the dict took @key */
static gboolean
add_node (PmlObj *od, PmlObj *key, gint64 hash)
{
  struct _PmlODictLinks *l = links_of (od);
  PmlObj *stored;
  ODictNode *node;
  gboolean error;

  if (!sync_fast_nodes (od))
    return FALSE;
  stored = pml_dict_stored_key (od, key, &error);
  if (stored == NULL)
    {
      if (!error)
        pml_key_error (key);
      return FALSE;
    }
  if (g_hash_table_contains (l->nodes, stored))
    return TRUE;
  node = g_new0 (ODictNode, 1);
  node->addr = pml_mem_alloc (NODE_BYTES);
  if (node->addr == 0)
    {
      g_free (node);
      return FALSE;
    }
  node->key = pml_incref (key);
  node->hash = hash;
  link_tail (l, node);
  g_hash_table_insert (l->nodes, stored, node);
  return TRUE;
}

/* _odict_clear_node: the key's node, if it has one, goes */
static gboolean
clear_node (PmlObj *od, PmlObj *key)
{
  struct _PmlODictLinks *l = links_of (od);
  PmlObj *stored;
  ODictNode *node;
  gboolean error;

  if (l->first == NULL)
    return TRUE;
  if (!sync_fast_nodes (od))
    return FALSE;
  stored = pml_dict_stored_key (od, key, &error);
  if (stored == NULL)
    return !error;
  node = g_hash_table_lookup (l->nodes, stored);
  if (node == NULL)
    return TRUE;
  g_hash_table_remove (l->nodes, stored);
  unlink_node (l, node);
  node_free (node);
  return TRUE;
}

/* _odict_clear_nodes: the fast nodes array, then each node in order */
static void
clear_nodes (PmlObj *od)
{
  struct _PmlODictLinks *l = od->u.d.links;
  ODictNode *node;

  if (l == NULL)
    return;
  pml_mem_free (l->fast_addr);
  l->fast_addr = 0;
  l->fast_size = 0;
  l->synced = FALSE;
  node = l->first;
  l->first = l->last = NULL;
  g_hash_table_remove_all (l->nodes);
  while (node != NULL)
    {
      ODictNode *next = node->next;

      node_free (node);
      node = next;
    }
}

/* ---- items ---- */

/* PyODict_SetItem: the dict's item, then its node */
static gboolean
odict_set (PmlObj *od, PmlObj *key, PmlObj *value)
{
  gboolean ok;
  gint64 hash = pml_hash (key, &ok);

  if (!ok || !pml_dict_set (od, key, value))
    return FALSE;
  if (!add_node (od, key, hash))
    {
      PmlObj *exc = pml_err_fetch ();

      pml_dict_del (od, key);
      pml_err_set_obj (exc);
      return FALSE;
    }
  return TRUE;
}

/* PyODict_DelItem: the node, then the dict's item */
static gboolean
odict_del (PmlObj *od, PmlObj *key)
{
  int r;

  if (!clear_node (od, key))
    return FALSE;
  r = pml_dict_del (od, key);
  if (r == 0)
    pml_key_error (key);
  return r == 1;
}

static gboolean
odict_ass_subscript (PmlObj *od, PmlObj *key, PmlObj *v)
{
  return v != NULL ? odict_set (od, key, v) : odict_del (od, key);
}

/* _odict_popkey_hash: the node first, then the value out of the dict;
   @failobj (borrowed) when the key is missing, else KeyError */
static PmlObj *
pop_key (PmlObj *od, PmlObj *key, PmlObj *failobj)
{
  ODictNode *node = find_node (od, key);
  PmlObj *value;

  if (node == NULL)
    {
      if (pml_err_occurred ())
        return NULL;
      return failobj ? pml_incref (failobj) : pml_key_error (key);
    }
  if (!clear_node (od, key))
    return NULL;
  value = pml_dict_get (od, key, &(gboolean) { 0 });
  if (value == NULL)
    return failobj ? pml_incref (failobj) : pml_key_error (key);
  pml_incref (value);
  if (pml_dict_del (od, key) < 0)
    PML_CLEAR (value);
  return value;
}

/* ---- construction ---- */

PmlObj *
pml_odict_tp_new (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *od;

  (void) args;
  (void) nargs;
  (void) kwnames;
  if (type == TYPE (T_ORDEREDDICT))
    {
      od = pml_obj_new (type, K_DICT, pml_obj_presize (type) + type->u.ty.basicsize, TRUE);
      if (od != NULL)
        pml_gc_track (od);
    }
  else
    od = pml_subtype_alloc (type, 0);
  if (od != NULL)
    od->u.d.unicode = TRUE;
  return od;
}

/* mutablemapping_add_pairs: each pair unpacked through its own iterator */
static gboolean
add_pairs (PmlObj *od, PmlObj *pairs)
{
  PmlObj *it = pml_iter (pairs), *pair;

  if (it == NULL)
    return FALSE;
  while ((pair = pml_iter_next_owned (it)) != NULL)
    {
      PmlObj *pit = pml_iter (pair), *key = NULL, *value = NULL, *extra = NULL;
      gboolean ok = FALSE;

      if (pit != NULL && (key = pml_iter_next_owned (pit)) == NULL && !pml_err_occurred ())
        pml_err_set (T_VALUE_ERROR, "need more than 0 values to unpack");
      else if (key != NULL && (value = pml_iter_next_owned (pit)) == NULL && !pml_err_occurred ())
        pml_err_set (T_VALUE_ERROR, "need more than 1 value to unpack");
      else if (value != NULL && (extra = pml_iter_next_owned (pit)) != NULL)
        pml_err_set (T_VALUE_ERROR, "too many values to unpack (expected 2)");
      else if (value != NULL && !pml_err_occurred ())
        ok = pml_setitem (od, key, value);
      pml_xdecref (extra);
      pml_xdecref (value);
      pml_xdecref (key);
      pml_xdecref (pit);
      pml_decref (pair);
      if (!ok)
        {
          pml_decref (it);
          return FALSE;
        }
    }
  pml_decref (it);
  return !pml_err_occurred ();
}

/* mutablemapping_update_arg: a dict's items as a list of pairs, a
   mapping's keys() and items, something with items(), or pairs */
static gboolean
update_from (PmlObj *od, PmlObj *arg)
{
  PmlObj *keys, *items, *it, *key;
  gboolean ok = TRUE;

  if (arg->type == TYPE (T_DICT))
    {
      /* PyDict_Items: a list of (key, value) pairs */
      gsize pos = 0, i = 0;
      PmlObj *k, *v;

      items = pml_list_new (arg->u.d.used);
      if (items == NULL)
        return FALSE;
      while (ok && pml_dict_next (arg, &pos, &k, &v))
        ok = (items->u.l.items[i++] = pml_tuple_pack (2, k, v)) != NULL;
      ok = ok && add_pairs (od, items);
      pml_decref (items);
      return ok;
    }
  if (pml_mro_lookup (arg->type, "keys") != NULL)
    {
      keys = pml_getattr_cstr (arg, "keys");
      items = keys ? pml_call_from_c (keys, NULL, 0) : NULL;
      pml_xdecref (keys);
      it = items ? pml_iter (items) : NULL;
      pml_xdecref (items);
      if (it == NULL)
        return FALSE;
      while (ok && (key = pml_iter_next (it)) != NULL)
        {
          PmlObj *value = pml_getitem (arg, key);

          ok = value != NULL && pml_setitem (od, key, value);
          pml_xdecref (value);
          pml_decref (key);
        }
      pml_decref (it);
      return ok && !pml_err_occurred ();
    }
  if (pml_mro_lookup (arg->type, "items") != NULL)
    {
      PmlObj *f = pml_getattr_cstr (arg, "items");

      items = f ? pml_call_from_c (f, NULL, 0) : NULL;
      pml_xdecref (f);
      if (items == NULL)
        return FALSE;
      ok = add_pairs (od, items);
      pml_decref (items);
      return ok;
    }
  return add_pairs (od, arg);
}

/* mutablemapping_update: the positional argument, then the keywords as
   a list of pairs */
static PmlObj *
update (PmlObj *od, PmlObj **args, gsize nargs, PmlObj *kwnames, const char *name)
{
  gsize npos = pml_positional (nargs, kwnames);

  if (npos > 1)
    return pml_err_set (T_TYPE_ERROR, "%s expected at most 1 argument, got %zu", name, npos);
  if (npos == 1 && !update_from (od, args[0]))
    return NULL;
  if (nargs > npos)
    {
      PmlObj *items = pml_list_new (nargs - npos);
      gboolean ok;

      if (items == NULL)
        return NULL;
      for (gsize i = npos; i < nargs; i++)
        if ((items->u.l.items[i - npos] = pml_tuple_pack (2, kwnames->u.t.items[i - npos], args[i])) == NULL)
          {
            pml_decref (items);
            return NULL;
          }
      ok = add_pairs (od, items);
      pml_decref (items);
      if (!ok)
        return NULL;
    }
  return pml_incref (NONE);
}

PmlObj *
pml_odict_tp_init (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gsize npos = pml_positional (nargs, kwnames);

  if (npos > 1)
    return pml_err_set (T_TYPE_ERROR, "expected at most 1 arguments, got %zu", npos);
  return update (self, args, nargs, kwnames, "update");
}

static PmlObj *
odict_new_instance (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  return pml_tp_call (type, pml_odict_tp_new, pml_odict_tp_init, args, nargs, kwnames);
}

/* ---- iterators ---- */

static PmlObj *
iter_new (PmlObj *od, int kind)
{
  PmlObj *type = TYPE (T_ODICT_ITER);
  struct _PmlODictLinks *l = links_of (od);
  ODictNode *node = (kind & ITER_REVERSED) ? l->last : l->first;
  PmlObj *it = pml_obj_new (type, K_ODICT_ITER, pml_obj_presize (type) + type->u.ty.basicsize, TRUE);

  if (it == NULL)
    return NULL;
  if ((kind & ITER_ITEMS) == ITER_ITEMS)
    {
      it->u.odit.result = pml_tuple_pack (2, NONE, NONE);
      if (it->u.odit.result == NULL)
        {
          pml_decref (it);
          return NULL;
        }
    }
  it->u.odit.kind = kind;
  it->u.odit.current = node ? pml_incref (node->key) : NULL;
  it->u.odit.size = (gint64) od->u.d.used;
  it->u.odit.state = l->state;
  it->u.odit.od = pml_incref (od);
  pml_gc_track (it);
  return it;
}

static PmlObj *
odict_iter (PmlObj *od)
{
  return iter_new (od, ITER_KEYS);
}

/* odictiter_nextkey: the current key, after checking the dict did not
   change; the following node's key becomes current */
static PmlObj *
next_key (PmlObj *it)
{
  PmlObj *od = it->u.odit.od, *key;
  ODictNode *node;

  if (od == NULL)
    return NULL;
  if (it->u.odit.current == NULL)
    goto done;
  if (links_of (od)->state != it->u.odit.state)
    {
      pml_err_set (T_RUNTIME_ERROR, "OrderedDict mutated during iteration");
      goto done;
    }
  if (it->u.odit.size != (gint64) od->u.d.used)
    {
      pml_err_set (T_RUNTIME_ERROR, "OrderedDict changed size during iteration");
      it->u.odit.size = -1;
      return NULL;
    }
  node = find_node (od, it->u.odit.current);
  if (node == NULL)
    {
      if (!pml_err_occurred ())
        pml_key_error (it->u.odit.current);
      PML_CLEAR (it->u.odit.current);
      return NULL;
    }
  key = it->u.odit.current;
  node = (it->u.odit.kind & ITER_REVERSED) ? node->prev : node->next;
  it->u.odit.current = node ? pml_incref (node->key) : NULL;
  return key;

done:
  PML_CLEAR (it->u.odit.od);
  return NULL;
}

static PmlObj *
iter_next (PmlObj *it)
{
  PmlObj *key = next_key (it), *value, *result;

  if (key == NULL)
    return NULL;
  if (!(it->u.odit.kind & ITER_VALUES))
    return key;
  value = pml_dict_get (it->u.odit.od, key, &(gboolean) { 0 });
  if (value == NULL)
    {
      if (!pml_err_occurred ())
        pml_key_error (key);
      pml_decref (key);
      PML_CLEAR (it->u.odit.current);
      PML_CLEAR (it->u.odit.od);
      return NULL;
    }
  pml_incref (value);
  if (!(it->u.odit.kind & ITER_KEYS))
    {
      pml_decref (key);
      return value;
    }
  /* the result pair is reused while nobody else holds it */
  result = it->u.odit.result;
  if (result->refcnt == 1)
    {
      pml_incref (result);
      pml_decref (result->u.t.items[0]);
      pml_decref (result->u.t.items[1]);
      if (!(result->flags & OBJ_TRACKED))
        pml_gc_track (result);
    }
  else if ((result = pml_tuple_new (2)) == NULL)
    {
      pml_decref (key);
      pml_decref (value);
      return NULL;
    }
  result->u.t.items[0] = key;
  result->u.t.items[1] = value;
  return result;
}

static PmlObj *
iter_self (PmlObj *it)
{
  return pml_incref (it);
}

static gboolean
iter_dealloc (PmlObj *it)
{
  PML_CLEAR (it->u.odit.od);
  PML_CLEAR (it->u.odit.current);
  PML_CLEAR (it->u.odit.result);
  return FALSE;
}

static void
iter_traverse (PmlObj *it, PmlVisitFunc visit, gpointer data)
{
  PML_VISIT (it->u.odit.od);
  PML_VISIT (it->u.odit.current);
  PML_VISIT (it->u.odit.result);
}

static gint64
iter_length_hint (PmlObj *it)
{
  return it->u.odit.od ? (gint64) it->u.odit.od->u.d.used : 0;
}

const PmlTypeSlots pml_odict_iter_slots = {
  .repr = pml_object_repr,
  .hash = pml_object_hash,
  .richcompare = pml_object_richcompare,
  .getattro = pml_object_getattro,
  .setattro = pml_object_setattro,
  .iter = iter_self,
  .iternext = iter_next,
  .length_hint = iter_length_hint,
  .dealloc = iter_dealloc,
  .traverse = iter_traverse,
  .flags = PML_TPFLAGS_HAVE_GC,
};

/* ---- views: odict_keys, odict_values, odict_items ---- */

static const int view_kinds[] = { ITER_KEYS, ITER_VALUES, ITER_ITEMS };

static PmlObj *
view_new (PmlObj *od, int which)
{
  static const PmlTypeId ids[] = { T_ODICT_KEYS, T_ODICT_VALUES, T_ODICT_ITEMS };
  PmlObj *v = pml_obj_new (TYPE (ids[which]), K_DICTVIEW, 16 + 24, TRUE);

  if (v == NULL)
    return NULL;
  v->u.dv.dict = pml_incref (od);
  v->u.dv.which = which;
  pml_gc_track (v);
  return v;
}

static PmlObj *
view_iter (PmlObj *v)
{
  return iter_new (v->u.dv.dict, view_kinds[v->u.dv.which]);
}

static PmlObj *
m_view_reversed (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  METHOD_SELF ();
  (void) args;
  (void) kwnames;
  NARGS ("__reversed__", 0, 0);
  return iter_new (self->u.dv.dict, view_kinds[self->u.dv.which] | ITER_REVERSED);
}

static const PmlMethodDef view_methods[] = {
  { "__reversed__", m_view_reversed },
  { NULL, NULL }
};

/* ---- methods ---- */

#define VIEW_METHOD(name, which) \
  static PmlObj *m_##name (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames) \
  { METHOD_SELF (); (void) args; (void) kwnames; NARGS (#name, 0, 0); return view_new (self, which); }
VIEW_METHOD (keys, 0)
VIEW_METHOD (values, 1)
VIEW_METHOD (items, 2)

/* an optional argument given by position or by name: *out unchanged
   when it is not given */
static void
arg_at (PmlObj **args, gsize nargs, PmlObj *kwnames, gsize index, const char *name, PmlObj **out)
{
  PmlObj *named = pml_kwarg (args, nargs, kwnames, name);

  if (index < pml_positional (nargs, kwnames))
    *out = args[index];
  else if (named != NULL)
    *out = named;
}

static PmlObj *
m_move_to_end (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  struct _PmlODictLinks *l;
  PmlObj *key = NULL, *last_obj = NULL;
  ODictNode *node;
  int last = 1;

  METHOD_SELF ();
  arg_at (args, nargs, kwnames, 0, "key", &key);
  arg_at (args, nargs, kwnames, 1, "last", &last_obj);
  if (key == NULL)
    return pml_err_set (T_TYPE_ERROR, "move_to_end() missing required argument 'key' (pos 1)");
  if (nargs > 2)
    return pml_err_set (T_TYPE_ERROR, "move_to_end() takes at most 2 arguments (%zu given)", nargs);
  if (last_obj != NULL && (last = pml_truth (last_obj)) < 0)
    return NULL;
  l = links_of (self);
  if (l->first == NULL)
    return pml_key_error (key);
  node = last ? l->last : l->first;
  if (key != node->key)
    {
      node = find_node (self, key);
      if (node == NULL)
        return pml_err_occurred () ? NULL : pml_key_error (key);
      if (last && node != l->last)
        {
          unlink_node (l, node);
          link_tail (l, node);
        }
      else if (!last && node != l->first)
        {
          unlink_node (l, node);
          link_head (l, node);
        }
    }
  return pml_incref (NONE);
}

static PmlObj *
m_popitem (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  struct _PmlODictLinks *l;
  PmlObj *last_obj = NULL, *key, *value, *item;
  ODictNode *node;
  int last = 1;

  METHOD_SELF ();
  arg_at (args, nargs, kwnames, 0, "last", &last_obj);
  if (nargs > 1)
    return pml_err_set (T_TYPE_ERROR, "popitem() takes at most 1 argument (%zu given)", nargs);
  if (last_obj != NULL && (last = pml_truth (last_obj)) < 0)
    return NULL;
  l = links_of (self);
  if (l->first == NULL)
    return pml_err_set (T_KEY_ERROR, "dictionary is empty");
  node = last ? l->last : l->first;
  key = pml_incref (node->key);
  value = pop_key (self, key, NULL);
  if (value == NULL)
    {
      pml_decref (key);
      return NULL;
    }
  item = pml_tuple_pack (2, key, value);
  pml_decref (key);
  pml_decref (value);
  return item;
}

static PmlObj *
m_pop (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *key = NULL, *failobj = NULL;

  METHOD_SELF ();
  arg_at (args, nargs, kwnames, 0, "key", &key);
  arg_at (args, nargs, kwnames, 1, "default", &failobj);
  if (key == NULL)
    return pml_err_set (T_TYPE_ERROR, "pop() missing required argument 'key' (pos 1)");
  if (nargs > 2)
    return pml_err_set (T_TYPE_ERROR, "pop() takes at most 2 arguments (%zu given)", nargs);
  return pop_key (self, key, failobj);
}

static PmlObj *
m_setdefault (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *key = NULL, *fallback = NONE, *value;
  gboolean error;

  METHOD_SELF ();
  arg_at (args, nargs, kwnames, 0, "key", &key);
  arg_at (args, nargs, kwnames, 1, "default", &fallback);
  if (key == NULL)
    return pml_err_set (T_TYPE_ERROR, "setdefault() missing required argument 'key' (pos 1)");
  if (self->type == TYPE (T_ORDEREDDICT))
    {
      value = pml_dict_get (self, key, &error);
      if (value != NULL)
        return pml_incref (value);
      if (error)
        return NULL;
      return odict_set (self, key, fallback) ? pml_incref (fallback) : NULL;
    }
  switch (pml_contains (self, key))
    {
    case 1:
      return pml_getitem (self, key);
    case 0:
      return pml_setitem (self, key, fallback) ? pml_incref (fallback) : NULL;
    default:
      return NULL;
    }
}

/* a METH_VARARGS | METH_KEYWORDS method: its arguments packed for the
   call */
static PmlObj *
m_update (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlTpCallArgs packed;
  PmlObj *r;

  METHOD_SELF ();
  if (!pml_tp_call_args_init (&packed, args, nargs, kwnames))
    return NULL;
  r = update (self, args, nargs, kwnames, "update");
  pml_tp_call_args_clear (&packed);
  return r;
}

static PmlObj *
m_clear (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  METHOD_SELF ();
  (void) args;
  (void) kwnames;
  NARGS ("clear", 0, 0);
  pml_dict_clear (self);
  clear_nodes (self);
  return pml_incref (NONE);
}

/* odict_copy: a plain OrderedDict item by item, a subclass's instance
   made by its class and filled through its __setitem__ */
static PmlObj *
copy_of (PmlObj *od)
{
  gboolean exact = od->type == TYPE (T_ORDEREDDICT);
  PmlObj *copy = exact ? pml_odict_tp_new (TYPE (T_ORDEREDDICT), NULL, 0, NULL) : pml_call_from_c (od->type, NULL, 0);

  if (copy == NULL)
    return NULL;
  for (ODictNode *node = links_of (od)->first; node != NULL; node = node->next)
    {
      PmlObj *value = exact ? pml_dict_get (od, node->key, &(gboolean) { 0 }) : pml_getitem (od, node->key);
      gboolean ok;

      if (value == NULL)
        {
          if (!pml_err_occurred ())
            pml_key_error (node->key);
          pml_decref (copy);
          return NULL;
        }
      ok = exact ? odict_set (copy, node->key, value) : pml_setitem (copy, node->key, value);
      if (!exact)
        pml_decref (value);
      if (!ok)
        {
          pml_decref (copy);
          return NULL;
        }
    }
  return copy;
}

static PmlObj *
m_copy (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  METHOD_SELF ();
  (void) args;
  (void) kwnames;
  NARGS ("copy", 0, 0);
  return copy_of (self);
}

/* odict_reduce: (type, (), state, None, iter(items())) */
static PmlObj *
m_reduce (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *state, *f, *items, *it, *r;

  METHOD_SELF ();
  (void) args;
  (void) kwnames;
  NARGS ("__reduce__", 0, 0);
  state = pml_object_state (self);
  if (state == NULL)
    return NULL;
  f = pml_getattr_cstr (self, "items");
  items = f ? pml_call_from_c (f, NULL, 0) : NULL;
  pml_xdecref (f);
  it = items ? pml_iter (items) : NULL;
  pml_xdecref (items);
  r = it ? pml_tuple_pack (5, self->type, VM->empty_tuple, state, NONE, it) : NULL;
  pml_xdecref (it);
  pml_decref (state);
  return r;
}

static PmlObj *
m_reversed (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  METHOD_SELF ();
  (void) args;
  (void) kwnames;
  NARGS ("__reversed__", 0, 0);
  return iter_new (self, ITER_KEYS | ITER_REVERSED);
}

static PmlObj *
m_fromkeys (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *cls = self != NULL && self->kind == K_TYPE ? self : TYPE (T_ORDEREDDICT);
  PmlObj *od, *it, *item, *value = nargs > 1 ? args[1] : NONE;

  NO_KW ("fromkeys");
  NARGS ("fromkeys", 1, 2);
  od = pml_call_from_c (cls, NULL, 0);
  if (od == NULL)
    return NULL;
  it = pml_iter (args[0]);
  while (it != NULL && (item = pml_iter_next_owned (it)) != NULL)
    {
      gboolean ok = pml_setitem (od, item, value);

      pml_decref (item);
      if (!ok)
        break;
    }
  pml_xdecref (it);
  if (pml_err_occurred ())
    PML_CLEAR (od);
  return od;
}

static const PmlMethodDef odict_methods[] = {
  { "keys", m_keys },
  { "values", m_values },
  { "items", m_items },
  { "update", m_update },
  { "pop", m_pop },
  { "popitem", m_popitem },
  { "setdefault", m_setdefault },
  { "clear", m_clear },
  { "copy", m_copy },
  { "__reduce__", m_reduce },
  { "__reversed__", m_reversed },
  { "move_to_end", m_move_to_end },
  { "fromkeys", m_fromkeys },
  { NULL, NULL }
};

/* ---- slots ---- */

/* OrderedDict([('a', 1), ('b', 2)]): a list of pairs, in order */
static PmlObj *
odict_repr (PmlObj *od)
{
  const char *name = pml_type_name (od), *dot = strrchr (name, '.');
  PmlObj *pieces, *text, *r;

  if (dot != NULL && od->type->u.ty.builtin)
    name = dot + 1;
  if (od->u.d.used == 0)
    return pml_str_printf ("%s()", name);
  if (!pml_repr_enter (od))
    return pml_str_new ("...", 3);
  if (od->type == TYPE (T_ORDEREDDICT))
    {
      gsize count = 0;

      pieces = pml_list_new (od->u.d.used);
      for (ODictNode *node = links_of (od)->first; pieces != NULL && node != NULL; node = node->next)
        {
          PmlObj *value = pml_dict_get (od, node->key, &(gboolean) { 0 }), *pair;

          pair = value ? pml_tuple_pack (2, node->key, value) : NULL;
          if (pair == NULL)
            {
              if (!pml_err_occurred ())
                pml_key_error (node->key);
              PML_CLEAR (pieces);
            }
          else if (count < pieces->u.l.n)
            pieces->u.l.items[count++] = pair;
          else if (!pml_list_append (pieces, pair))
            PML_CLEAR (pieces);
          else
            count++;
        }
      if (pieces != NULL && count < pieces->u.l.n)
        pieces->u.l.n = count;
    }
  else
    {
      PmlObj *f = pml_getattr_cstr (od, "items");
      PmlObj *items = f ? pml_call_from_c (f, NULL, 0) : NULL;

      pml_xdecref (f);
      pieces = items ? pml_list_from_iterable (items) : NULL;
      pml_xdecref (items);
    }
  text = pieces ? pml_repr (pieces) : NULL;
  pml_xdecref (pieces);
  pml_repr_leave (od);
  if (text == NULL)
    return NULL;
  r = pml_str_printf ("%s(%s)", name, text->u.s.s);
  pml_decref (text);
  return r;
}

static gboolean
is_odict (PmlObj *o)
{
  return pml_type_is_subtype (o->type, TYPE (T_ORDEREDDICT));
}

/* _odict_keys_equal: the same keys in the same order */
static int
keys_equal (PmlObj *a, PmlObj *b)
{
  struct _PmlODictLinks *la = links_of (a), *lb = links_of (b);
  guint64 state_a = la->state, state_b = lb->state;
  ODictNode *na = la->first, *nb = lb->first;

  while (na != NULL && nb != NULL)
    {
      int eq = pml_eq (na->key, nb->key);

      if (eq <= 0)
        return eq;
      if (la->state != state_a || lb->state != state_b)
        {
          pml_err_set (T_RUNTIME_ERROR, "OrderedDict mutated during iteration");
          return -1;
        }
      na = na->next;
      nb = nb->next;
    }
  return na == NULL && nb == NULL;
}

/* equality with another OrderedDict minds the order; with a dict not */
static PmlObj *
odict_richcompare (PmlObj *v, PmlObj *w, int op)
{
  PmlObj *cmp;
  int eq;

  if (!is_odict (v) || w->kind != K_DICT || (op != OP_EQ && op != OP_NE))
    return pml_incref (NOTIMPL);
  cmp = pml_dict_slots.richcompare (v, w, op);
  if (cmp == NULL || !is_odict (w))
    return cmp;
  if ((op == OP_EQ && cmp == FALSE_) || (op == OP_NE && cmp == TRUE_))
    return cmp;
  pml_decref (cmp);
  eq = keys_equal (v, w);
  if (eq < 0)
    return NULL;
  return pml_incref (BOOL (eq == (op == OP_EQ)));
}

/* od | other, other | od: the OrderedDict's class called with the left
   operand, then updated with the right one */
static PmlObj *
odict_or (PmlObj *a, PmlObj *b)
{
  PmlObj *od = is_odict (a) ? a : b, *other = od == a ? b : a, *r;

  if (other->kind != K_DICT)
    return pml_incref (NOTIMPL);
  r = pml_call_from_c (od->type, &a, 1);
  if (r != NULL && !update_from (r, b))
    PML_CLEAR (r);
  return r;
}

static PmlObj *
odict_inplace_or (PmlObj *a, PmlObj *b)
{
  return update_from (a, b) ? pml_incref (a) : NULL;
}

/* odict_sizeof: the dict's size (with 112 for the object), the fast
   nodes array, and a node per key */
static gsize
odict_sizeof (PmlObj *od)
{
  struct _PmlODictLinks *l = od->u.d.links;
  gsize size = pml_dict_slots.size_of (od) + TYPE (T_ORDEREDDICT)->u.ty.basicsize - TYPE (T_DICT)->u.ty.basicsize;

  if (l != NULL)
    size += 8 * l->fast_size + (l->first != NULL ? NODE_BYTES * od->u.d.used : 0);
  return size;
}

/* odict_dealloc: weak references, the nodes, then dict's dealloc */
static gboolean
odict_dealloc (PmlObj *od)
{
  if (od->weakrefs != NULL)
    pml_weakrefs_clear_all (od, TRUE);
  clear_nodes (od);
  if (od->u.d.links != NULL)
    {
      g_hash_table_unref (od->u.d.links->nodes);
      g_clear_pointer (&od->u.d.links, g_free);
    }
  return pml_dict_slots.dealloc (od);
}

static void
odict_traverse (PmlObj *od, PmlVisitFunc visit, gpointer data)
{
  if (od->u.d.links != NULL)
    for (ODictNode *node = od->u.d.links->first; node != NULL; node = node->next)
      PML_VISIT (node->key);
  pml_dict_slots.traverse (od, visit, data);
}

static void
odict_clear (PmlObj *od)
{
  pml_dict_clear (od);
  clear_nodes (od);
}

static void
odict_free_host (PmlObj *od)
{
  struct _PmlODictLinks *l = od->u.d.links;

  pml_dict_slots.free_host (od);
  if (l == NULL)
    return;
  for (ODictNode *node = l->first, *next; node != NULL; node = next)
    {
      next = node->next;
      g_free (node);
    }
  g_hash_table_unref (l->nodes);
  g_clear_pointer (&od->u.d.links, g_free);
}

PmlTypeSlots pml_odict_slots;
PmlTypeSlots pml_odict_view_slots;

/* dict's tables, with what OrderedDict and its views change */
void
pml_odict_slots_init (void)
{
  static gsize done;

  if (!g_once_init_enter (&done))
    return;
  pml_odict_slots = pml_dict_slots;
  pml_odict_slots.nb[OP_OR] = odict_or;
  pml_odict_slots.nb_inplace[OP_OR] = odict_inplace_or;
  pml_odict_slots.repr = odict_repr;
  pml_odict_slots.richcompare = odict_richcompare;
  pml_odict_slots.iter = odict_iter;
  pml_odict_slots.size_of = odict_sizeof;
  pml_odict_slots.ass_subscript = odict_ass_subscript;
  pml_odict_slots.methods = odict_methods;
  pml_odict_slots.dealloc = odict_dealloc;
  pml_odict_slots.traverse = odict_traverse;
  pml_odict_slots.clear = odict_clear;
  pml_odict_slots.free_host = odict_free_host;
  pml_odict_slots.new_instance = odict_new_instance;
  pml_odict_slots.flags |= PML_TPFLAGS_WEAKREFABLE;
  pml_odict_view_slots = pml_dictview_slots;
  pml_odict_view_slots.iter = view_iter;
  pml_odict_view_slots.methods = view_methods;
  g_once_init_leave (&done, 1);
}
