/* pml-py-dict.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-subtype.h"
#include "pml-object-sizes.h"

/* dict: CPython 3.11's compact table (an index array and insertion-ordered
 * entries in one keys block), its growth rule, its free lists, and the
 * "track only once it may hold a container" rule. */

#define DKIX_EMPTY (-1)
#define DKIX_DUMMY (-2)
#define KEYS_MAXFREELIST 80

PmlObj *pml_freelist_pop (GPtrArray *list);

static gsize
keys_bytes (guint log2size, gboolean unicode)
{
  return pml_dict_keys_size (VM->preset, log2size, unicode);
}

static guint64
keys_alloc (guint log2size, gboolean unicode)
{
  if (log2size == 3 && unicode && VM->keys_free->len > 0)
    {
      guint64 addr = g_array_index (VM->keys_free, guint64, VM->keys_free->len - 1);

      g_array_set_size (VM->keys_free, VM->keys_free->len - 1);
      return addr;
    }
  return pml_mem_alloc (keys_bytes (log2size, unicode));
}

/* the keys_addr of a split table: the keys are the class's */
#define SPLIT_KEYS_ADDR G_GUINT64_CONSTANT (1)
#define SPLIT_LOG2SIZE 6

static void
keys_free (guint64 addr, guint log2size, gboolean unicode)
{
  if (addr == 0 || addr == SPLIT_KEYS_ADDR)
    return;
  if (log2size == 3 && unicode && VM->keys_free->len < KEYS_MAXFREELIST)
    {
      g_array_append_val (VM->keys_free, addr);
      return;
    }
  pml_mem_free (addr);
}

PmlObj *
pml_dict_new (void)
{
  PmlObj *d = pml_freelist_pop (VM->dict_free);

  if (d == NULL)
    d = pml_obj_new (TYPE (T_DICT), K_DICT, pml_dict_object_size (), TRUE);
  if (d == NULL)
    return NULL;
  memset (&d->u.d, 0, sizeof d->u.d);
  d->u.d.unicode = TRUE;
  return d;
}

/* a dict made by calling the type (dict(), dict.fromkeys): tp_alloc's new
 * object, never one from the free list */
PmlObj *
pml_dict_new_fresh (void)
{
  PmlObj *d = pml_obj_new (TYPE (T_DICT), K_DICT, pml_dict_object_size (), TRUE);

  if (d == NULL)
    return NULL;
  memset (&d->u.d, 0, sizeof d->u.d);
  d->u.d.unicode = TRUE;
  return d;
}

static gboolean
new_table (PmlObj *d, guint log2size, gboolean unicode)
{
  gsize size = (gsize) 1 << log2size;
  guint64 addr = keys_alloc (log2size, unicode);

  if (addr == 0)
    return FALSE;
  d->u.d.keys_addr = addr;
  d->u.d.log2size = log2size;
  d->u.d.unicode = unicode;
  d->u.d.usable = pml_dict_usable (log2size);
  d->u.d.nentries = 0;
  d->u.d.entries = g_new0 (PmlDictEntry, d->u.d.usable);
  d->u.d.indices = g_new (gint32, size);
  for (gsize i = 0; i < size; i++)
    d->u.d.indices[i] = DKIX_EMPTY;
  return TRUE;
}

static void
insert_index (PmlObj *d, gint64 hash, gint32 ix)
{
  gsize mask = ((gsize) 1 << d->u.d.log2size) - 1;
  guint64 perturb = (guint64) hash;
  gsize i = (gsize) hash & mask;

  while (d->u.d.indices[i] >= 0 || d->u.d.indices[i] == DKIX_DUMMY)
    {
      perturb >>= 5;
      i = (i * 5 + (gsize) perturb + 1) & mask;
    }
  d->u.d.indices[i] = ix;
}

/* dictresize: rebuilds the table without deleted entries */
static gboolean
resize (PmlObj *d, guint log2size, gboolean unicode)
{
  PmlDictEntry *old = d->u.d.entries;
  gsize old_n = d->u.d.nentries;
  guint64 old_addr = d->u.d.keys_addr;
  guint old_log2 = d->u.d.log2size;
  gboolean old_unicode = d->u.d.unicode;
  gint32 *old_indices = d->u.d.indices;

  if (!new_table (d, log2size, unicode))
    {
      d->u.d.entries = old;
      d->u.d.indices = old_indices;
      return FALSE;
    }
  for (gsize i = 0; i < old_n; i++)
    if (old[i].key != NULL)
      {
        d->u.d.entries[d->u.d.nentries] = old[i];
        insert_index (d, old[i].hash, (gint32) d->u.d.nentries);
        d->u.d.nentries++;
      }
  d->u.d.usable -= d->u.d.nentries;
  g_free (old);
  g_free (old_indices);
  keys_free (old_addr, old_log2, old_unicode);
  if (old_addr == SPLIT_KEYS_ADDR)
    {
      /* combined now: the values array goes */
      pml_mem_free (d->u.d.values_addr);
      d->u.d.values_addr = 0;
      pml_shared_keys_unref (d->u.d.split, FALSE);
      d->u.d.split = NULL;
    }
  return TRUE;
}

/* make_dict_from_instance_attributes: a dict over the class's shared
   keys, owning the instance's values array; nothing else is allocated */
PmlObj *
pml_dict_new_split (PmlSharedKeys *keys, guint64 values_addr)
{
  PmlObj *d = pml_dict_new ();
  gsize size = (gsize) 1 << SPLIT_LOG2SIZE;

  if (d == NULL)
    return NULL;
  d->u.d.keys_addr = SPLIT_KEYS_ADDR;
  d->u.d.log2size = SPLIT_LOG2SIZE;
  d->u.d.unicode = TRUE;
  d->u.d.usable = 0;
  d->u.d.entries = g_new0 (PmlDictEntry, size);
  d->u.d.indices = g_new (gint32, size);
  for (gsize i = 0; i < size; i++)
    d->u.d.indices[i] = DKIX_EMPTY;
  d->u.d.split = keys;
  keys->refs++;
  d->u.d.values_addr = values_addr;
  return d;
}

/* a split table takes a str key its class's keys have, or can still
   add; the host table is compacted when its deleted entries fill it */
static gboolean
split_accepts (PmlObj *d, PmlObj *key)
{
  PmlSharedKeys *keys = d->u.d.split;
  gsize size = (gsize) 1 << SPLIT_LOG2SIZE;
  gboolean known = FALSE;

  if (key->kind != K_STR)
    return FALSE;
  for (guint i = 0; i < keys->names->len && !known; i++)
    known = pml_str_eq (keys->names->pdata[i], key);
  if (!known)
    {
      if (keys->usable == 0 || keys->names->len >= PML_SHARED_KEYS_MAX_SIZE)
        return FALSE;
      g_ptr_array_add (keys->names, pml_incref (key));
      keys->usable--;
    }
  if (d->u.d.nentries + 1 >= size * 2 / 3)
    {
      gsize n = 0;

      for (gsize i = 0; i < size; i++)
        d->u.d.indices[i] = DKIX_EMPTY;
      for (gsize i = 0; i < d->u.d.nentries; i++)
        if (d->u.d.entries[i].key != NULL)
          {
            d->u.d.entries[n] = d->u.d.entries[i];
            if (n != i)
              memset (&d->u.d.entries[i], 0, sizeof (PmlDictEntry));
            insert_index (d, d->u.d.entries[n].hash, (gint32) n);
            n++;
          }
      d->u.d.nentries = n;
    }
  return TRUE;
}

/* -1: missing; otherwise the entry index. *error on a failing __eq__ */
static gint64
lookup (PmlObj *d, PmlObj *key, gint64 hash, gboolean *error)
{
  gsize mask, i;
  guint64 perturb = (guint64) hash;

  *error = FALSE;
  if (d->u.d.keys_addr == 0)
    return -1;
  mask = ((gsize) 1 << d->u.d.log2size) - 1;
  i = (gsize) hash & mask;
  for (;;)
    {
      gint32 ix = d->u.d.indices[i];

      if (ix == DKIX_EMPTY)
        return -1;
      if (ix >= 0)
        {
          PmlDictEntry *e = &d->u.d.entries[ix];

          if (e->key == key)
            return ix;
          if (e->hash == hash)
            {
              int eq;

              if (key->kind == K_STR && e->key->kind == K_STR)
                eq = pml_str_eq (key, e->key);
              else
                eq = pml_eq (e->key, key);
              if (eq < 0)
                {
                  *error = TRUE;
                  return -1;
                }
              if (eq)
                return ix;
            }
        }
      perturb >>= 5;
      i = (i * 5 + (gsize) perturb + 1) & mask;
    }
}

PmlObj *
pml_dict_get (PmlObj *d, PmlObj *key, gboolean *error)
{
  gboolean ok;
  gint64 hash = pml_hash (key, &ok), ix;

  *error = FALSE;
  if (!ok)
    {
      *error = TRUE;
      return NULL;
    }
  ix = lookup (d, key, hash, error);
  return ix < 0 ? NULL : d->u.d.entries[ix].value;
}

/* the key object the table keeps for @key (borrowed), or NULL */
PmlObj *
pml_dict_stored_key (PmlObj *d, PmlObj *key, gboolean *error)
{
  gboolean ok;
  gint64 hash = pml_hash (key, &ok), ix;

  *error = !ok;
  if (!ok)
    return NULL;
  ix = lookup (d, key, hash, error);
  return ix < 0 ? NULL : d->u.d.entries[ix].key;
}

PmlObj *
pml_dict_get_str (PmlObj *d, const char *key)
{
  gsize n = strlen (key);

  for (gsize i = 0; i < d->u.d.nentries; i++)
    {
      PmlObj *k = d->u.d.entries[i].key;

      if (k != NULL && k->kind == K_STR && k->u.s.nbytes == n && memcmp (k->u.s.s, key, n) == 0)
        return d->u.d.entries[i].value;
    }
  return NULL;
}

static void
maintain_tracking (PmlObj *d, PmlObj *key, PmlObj *value)
{
  if (!(d->flags & OBJ_TRACKED) && (pml_may_be_tracked (key) || pml_may_be_tracked (value)))
    pml_gc_track (d);
}

gboolean
pml_dict_set (PmlObj *d, PmlObj *key, PmlObj *value)
{
  gboolean ok, error;
  gint64 hash = pml_hash (key, &ok), ix;

  if (!ok)
    return FALSE;
  if (d->u.d.keys_addr == 0)
    {
      /* insert_to_emptydict: an 8-slot table, str or general */
      if (!new_table (d, 3, key->kind == K_STR))
        return FALSE;
    }
  else
    {
      ix = lookup (d, key, hash, &error);
      if (error)
        return FALSE;
      if (ix >= 0)
        {
          PmlObj *old = d->u.d.entries[ix].value;

          maintain_tracking (d, key, value);
          d->u.d.entries[ix].value = pml_incref (value);
          pml_decref (old);
          return TRUE;
        }
      if (d->u.d.split != NULL && split_accepts (d, key))
        d->u.d.usable++;
      else if (d->u.d.unicode && key->kind != K_STR)
        {
          if (!resize (d, pml_dict_log2size_for (VM->preset, d->u.d.used), FALSE))
            return FALSE;
        }
      if (d->u.d.usable == 0)
        {
          if (!resize (d, pml_dict_log2size_for (VM->preset, d->u.d.used), d->u.d.unicode))
            return FALSE;
        }
    }
  maintain_tracking (d, key, value);
  d->u.d.entries[d->u.d.nentries].key = pml_incref (key);
  d->u.d.entries[d->u.d.nentries].value = pml_incref (value);
  d->u.d.entries[d->u.d.nentries].hash = hash;
  insert_index (d, hash, (gint32) d->u.d.nentries);
  d->u.d.nentries++;
  d->u.d.usable--;
  d->u.d.used++;
  return TRUE;
}

gboolean
pml_dict_set_str (PmlObj *d, const char *key, PmlObj *value)
{
  PmlObj *k = pml_str_intern_cstr (key);
  gboolean ok = pml_dict_set (d, k, value);

  pml_decref (k);
  return ok;
}

int
pml_dict_del (PmlObj *d, PmlObj *key)
{
  gboolean ok, error;
  gint64 hash = pml_hash (key, &ok), ix;
  gsize mask, i;
  guint64 perturb;
  PmlObj *old_key, *old_value;

  if (!ok)
    return -1;
  ix = lookup (d, key, hash, &error);
  if (error)
    return -1;
  if (ix < 0)
    return 0;
  mask = ((gsize) 1 << d->u.d.log2size) - 1;
  perturb = (guint64) hash;
  i = (gsize) hash & mask;
  while (d->u.d.indices[i] != ix)
    {
      perturb >>= 5;
      i = (i * 5 + (gsize) perturb + 1) & mask;
    }
  d->u.d.indices[i] = DKIX_DUMMY;
  old_key = d->u.d.entries[ix].key;
  old_value = d->u.d.entries[ix].value;
  d->u.d.entries[ix].key = NULL;
  d->u.d.entries[ix].value = NULL;
  d->u.d.used--;
  pml_decref (old_key);
  pml_decref (old_value);
  return 1;
}

static void
free_table (PmlDictEntry *entries, gsize n, gint32 *indices, guint64 addr, guint log2size, gboolean unicode)
{
  for (gsize i = 0; i < n; i++)
    {
      pml_xdecref (entries[i].key);
      pml_xdecref (entries[i].value);
    }
  g_free (entries);
  g_free (indices);
  keys_free (addr, log2size, unicode);
}

void
pml_dict_clear (PmlObj *d)
{
  PmlDictEntry *entries = d->u.d.entries;
  gsize n = d->u.d.nentries;
  gint32 *indices = d->u.d.indices;
  guint64 addr = d->u.d.keys_addr;
  guint log2size = d->u.d.log2size;
  gboolean unicode = d->u.d.unicode;
  PmlSharedKeys *split = d->u.d.split;
  guint64 values_addr = d->u.d.values_addr;
  PmlObj *default_factory = d->u.d.default_factory;
  struct _PmlODictLinks *links = d->u.d.links;

  if (addr == 0)
    return;
  memset (&d->u.d, 0, sizeof d->u.d);
  d->u.d.unicode = TRUE;
  /* what a defaultdict or an OrderedDict keeps besides the table */
  d->u.d.default_factory = default_factory;
  d->u.d.links = links;
  free_table (entries, n, indices, addr, log2size, unicode);
  if (split != NULL)
    {
      pml_mem_free (values_addr);
      pml_shared_keys_unref (split, FALSE);
    }
}

void pml_dict_dealloc_contents (PmlObj *d);

void
pml_dict_dealloc_contents (PmlObj *d)
{
  pml_dict_clear (d);
}

gboolean
pml_dict_next (PmlObj *d, gsize *pos, PmlObj **key, PmlObj **value)
{
  while (*pos < d->u.d.nentries)
    {
      PmlDictEntry *e = &d->u.d.entries[(*pos)++];

      if (e->key != NULL)
        {
          if (key)
            *key = e->key;
          if (value)
            *value = e->value;
          return TRUE;
        }
    }
  return FALSE;
}

gsize
pml_dict_sizeof (PmlObj *d)
{
  gsize size = pml_dict_object_size ();

  /* a split table counts its values array, by the keys' usable size */
  if (d->u.d.split != NULL)
    return size + 8 * (d->u.d.split->names->len + d->u.d.split->usable);
  if (d->u.d.keys_addr != 0)
    size += keys_bytes (d->u.d.log2size, d->u.d.unicode);
  return size;
}

void
pml_dict_maybe_untrack (PmlObj *d)
{
  gsize pos = 0;
  PmlObj *k, *v;

  while (pml_dict_next (d, &pos, &k, &v))
    if (pml_may_be_tracked (k) || pml_may_be_tracked (v))
      return;
  pml_gc_untrack (d);
}

/* _PyDict_FromItems (BUILD_MAP, BUILD_CONST_KEY_MAP): presized past 5 items */
PmlObj *pml_dict_from_items (PmlObj **keys, gsize key_stride, PmlObj **values, gsize value_stride, gsize n);

PmlObj *
pml_dict_from_items (PmlObj **keys, gsize key_stride, PmlObj **values, gsize value_stride, gsize n)
{
  gboolean unicode = TRUE;
  PmlObj *d;

  for (gsize i = 0; i < n; i++)
    if (keys[i * key_stride]->kind != K_STR)
      unicode = FALSE;
  d = pml_dict_new ();
  if (d == NULL)
    return NULL;
  if (n > pml_dict_usable (3))
    {
      guint log2size = pml_dict_log2size_for (VM->preset, (n * 3 + 1) / 2 / 3 + ((n * 3 + 1) / 2 % 3 != 0));

      if (!new_table (d, log2size, unicode))
        {
          pml_decref (d);
          return NULL;
        }
    }
  for (gsize i = 0; i < n; i++)
    if (!pml_dict_set (d, keys[i * key_stride], values[i * value_stride]))
      {
        pml_decref (d);
        return NULL;
      }
  return d;
}

/* ---- methods ---- */

/* dict_merge into an empty dict from a clean combined table that is
   small or well filled: a copy of its keys block (clone_combined_dict_keys),
   which replaces an instance dict's shared keys and values array */
static gboolean
clone_table_into (PmlObj *d, PmlObj *src, guint64 addr)
{
  gsize size = (gsize) 1 << src->u.d.log2size, nslots = pml_dict_usable (src->u.d.log2size);

  if (addr == 0)
    return FALSE;
  if (d->u.d.split != NULL)
    {
      pml_mem_free (d->u.d.values_addr);
      d->u.d.values_addr = 0;
      pml_shared_keys_unref (d->u.d.split, FALSE);
      d->u.d.split = NULL;
    }
  else
    keys_free (d->u.d.keys_addr, d->u.d.log2size, d->u.d.unicode);
  g_free (d->u.d.entries);
  g_free (d->u.d.indices);
  d->u.d.keys_addr = addr;
  d->u.d.log2size = src->u.d.log2size;
  d->u.d.unicode = src->u.d.unicode;
  d->u.d.usable = src->u.d.usable;
  d->u.d.nentries = src->u.d.nentries;
  d->u.d.used = src->u.d.used;
  d->u.d.entries = g_new0 (PmlDictEntry, nslots);
  memcpy (d->u.d.entries, src->u.d.entries, src->u.d.nentries * sizeof (PmlDictEntry));
  d->u.d.indices = g_new (gint32, size);
  memcpy (d->u.d.indices, src->u.d.indices, size * sizeof (gint32));
  /* deleted entries come along, empty, as in the keys block copied */
  for (gsize i = 0; i < d->u.d.nentries; i++)
    {
      pml_xincref (d->u.d.entries[i].key);
      pml_xincref (d->u.d.entries[i].value);
    }
  if ((src->flags & OBJ_TRACKED) && !(d->flags & OBJ_TRACKED))
    pml_gc_track (d);
  return TRUE;
}

/* estimate_log2_keysize: room for n items, by calculate_log2_keysize's
   rule (whose 3.10-3.13 form rounds 2..7 slots up to 16) */
static guint
estimate_log2_keysize (gsize n)
{
  gsize minsize = (n * 3 + 1) / 2;

  if (PRESET_MINOR () >= 10 && PRESET_MINOR () <= 13)
    return g_bit_storage (((minsize | 8) - 1) | 7);
  return MAX (3, g_bit_storage (MAX (minsize, 8) - 1));
}

/* dict_merge of a dict: a clone when @d is empty, else one resize up front
   for all of @src's items (estimate_log2_keysize), then the insertions */
static gboolean
merge_dict (PmlObj *d, PmlObj *src)
{
  gsize pos = 0, d_slots = d->u.d.keys_addr == 0 ? 1 : (gsize) 1 << d->u.d.log2size;
  PmlObj *k, *v;

  if (src == d || src->u.d.used == 0)
    return TRUE;
  if (d->u.d.used == 0 && src->u.d.split == NULL && src->u.d.used == src->u.d.nentries
      && (src->u.d.log2size == 3 || pml_dict_usable (src->u.d.log2size - 1) < src->u.d.used))
    {
      guint64 addr = pml_mem_alloc (keys_bytes (src->u.d.log2size, src->u.d.unicode));

      return addr != 0 && clone_table_into (d, src, addr);
    }
  if ((d_slots << 1) / 3 < src->u.d.used)
    {
      gsize n = d->u.d.used + src->u.d.used;

      if (!resize (d, estimate_log2_keysize (n), src->u.d.unicode))
        return FALSE;
    }
  while (pml_dict_next (src, &pos, &k, &v))
    if (!pml_dict_set (d, k, v))
      return FALSE;
  return TRUE;
}

/* PyDict_Copy: an instance dict's copy shares its class's keys with a
   values array of its own; a table with few deleted entries is cloned;
   any other is merged into a new dict, which compacts it */
PmlObj *
pml_dict_copy (PmlObj *self)
{
  PmlObj *d;
  gboolean ok;
  guint64 keys_addr = 0;

  if (self->u.d.used == 0)
    return pml_dict_new ();
  if (self->u.d.split != NULL)
    {
      gsize n = self->u.d.split->names->len + self->u.d.split->usable;
      guint64 values = pml_mem_alloc (((n + 2 + 7) & ~(gsize) 7) + 8 * n);
      gsize pos = 0;
      PmlObj *k, *v;

      if (values == 0)
        return NULL;
      d = pml_dict_new_split (self->u.d.split, values);
      if (d == NULL)
        {
          pml_mem_free (values);
          return NULL;
        }
      while (pml_dict_next (self, &pos, &k, &v))
        if (!pml_dict_set (d, k, v))
          {
            pml_decref (d);
            return NULL;
          }
      if ((self->flags & OBJ_TRACKED) && !(d->flags & OBJ_TRACKED))
        pml_gc_track (d);
      return d;
    }
  /* clone_combined_dict_keys: the keys block is allocated before the dict */
  if (self->u.d.used >= self->u.d.nentries * 2 / 3)
    {
      keys_addr = pml_mem_alloc (keys_bytes (self->u.d.log2size, self->u.d.unicode));
      if (keys_addr == 0)
        return NULL;
    }
  d = pml_dict_new ();
  if (d == NULL)
    {
      pml_mem_free (keys_addr);
      return NULL;
    }
  if (self->u.d.used >= self->u.d.nentries * 2 / 3)
    ok = clone_table_into (d, self, keys_addr);
  else
    ok = merge_dict (d, self);
  if (!ok)
    PML_CLEAR (d);
  return d;
}

/* dict.update(src) and dict(src): a mapping's items, or pairs */
PmlObj *
pml_dict_update_from (PmlObj *d, PmlObj *src)
{
  PmlObj *it, *item;

  /* dict_merge: straight from the table of a dict iterating as dicts do */
  if (src->kind == K_DICT && pml_slots (src)->iter == pml_dict_slots.iter)
    return merge_dict (d, src) ? NONE : NULL;
  /* a mapping (an OrderedDict, a ChainMap): its keys() as a list
     (PyMapping_Keys), and its items */
  if (pml_mro_lookup (src->type, "keys") != NULL)
    {
      PmlObj *f = pml_getattr_cstr (src, "keys"), *keys, *list, *key;

      keys = f ? pml_call_from_c (f, NULL, 0) : NULL;
      pml_xdecref (f);
      list = keys ? pml_list_from_iterable (keys) : NULL;
      pml_xdecref (keys);
      it = list ? pml_iter (list) : NULL;
      pml_xdecref (list);
      if (it == NULL)
        return NULL;
      while ((key = pml_iter_next_owned (it)) != NULL)
        {
          PmlObj *value = pml_getitem (src, key);
          gboolean ok = value != NULL && pml_dict_set (d, key, value);

          pml_xdecref (value);
          pml_decref (key);
          if (!ok)
            {
              pml_decref (it);
              return NULL;
            }
        }
      pml_decref (it);
      return pml_err_occurred () ? NULL : NONE;
    }
  it = pml_iter (src);
  if (it == NULL)
    return NULL;
  for (gsize index = 0; (item = pml_iter_next_owned (it)) != NULL; index++)
    {
      PmlObj *pair = item;
      gsize n;
      gboolean ok;

      /* PySequence_Fast: another iterable (a two-letter string) becomes a list */
      if (item->kind != K_TUPLE && item->kind != K_LIST)
        {
          pair = pml_list_from_iterable (item);
          if (pair == NULL && pml_err_matches (VM->exc, TYPE (T_TYPE_ERROR)))
            {
              pml_err_clear ();
              pml_err_set (T_TYPE_ERROR, "cannot convert dictionary update sequence element #%zu to a sequence",
                           index);
            }
          pml_decref (item);
          if (pair == NULL)
            {
              pml_decref (it);
              return NULL;
            }
        }
      n = pair->kind == K_TUPLE ? pair->u.t.n : pair->u.l.n;
      if (n != 2)
        {
          pml_decref (pair);
          pml_decref (it);
          return pml_err_set (T_VALUE_ERROR, "dictionary update sequence element #%zu has length %zu; 2 is required",
                              index, n);
        }
      ok = pair->kind == K_TUPLE ? pml_dict_set (d, pair->u.t.items[0], pair->u.t.items[1])
                                 : pml_dict_set (d, pair->u.l.items[0], pair->u.l.items[1]);
      pml_decref (pair);
      if (!ok)
        {
          pml_decref (it);
          return NULL;
        }
    }
  pml_decref (it);
  return pml_err_occurred () ? NULL : NONE;
}

static PmlObj *
dict_view (PmlObj *d, int which)
{
  PmlObj *v = pml_obj_new (TYPE (which == 0 ? T_DICT_KEYS : which == 1 ? T_DICT_VALUES : T_DICT_ITEMS),
                           K_DICTVIEW, 16 + 24, TRUE);

  if (v == NULL)
    return NULL;
  v->u.dv.dict = pml_incref (d);
  v->u.dv.which = which;
  pml_gc_track (v);
  return v;
}

static PmlObj *m_dict_keys (PmlObj *s, PmlObj **a, gsize nargs, PmlObj *k) { (void) k; if (!s) { s = a[0]; nargs--; } NARGS ("keys", 0, 0); return dict_view (s, 0); }
static PmlObj *m_dict_values (PmlObj *s, PmlObj **a, gsize nargs, PmlObj *k) { (void) k; if (!s) { s = a[0]; nargs--; } NARGS ("values", 0, 0); return dict_view (s, 1); }
static PmlObj *m_dict_items (PmlObj *s, PmlObj **a, gsize nargs, PmlObj *k) { (void) k; if (!s) { s = a[0]; nargs--; } NARGS ("items", 0, 0); return dict_view (s, 2); }

static PmlObj *
m_dict_get (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gboolean error;
  PmlObj *v;

  METHOD_SELF ();
  NO_KW ("dict.get");
  NARGS ("get", 1, 2);
  v = pml_dict_get (self, args[0], &error);
  if (error)
    return NULL;
  if (v == NULL)
    return pml_incref (nargs == 2 ? args[1] : NONE);
  return pml_incref (v);
}

static PmlObj *
m_dict_pop (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gboolean error;
  PmlObj *v;

  METHOD_SELF ();
  NO_KW ("dict.pop");
  NARGS ("pop", 1, 2);
  v = pml_dict_get (self, args[0], &error);
  if (error)
    return NULL;
  if (v == NULL)
    {
      if (nargs == 2)
        return pml_incref (args[1]);
      return pml_getitem (self, args[0]);
    }
  pml_incref (v);
  if (pml_dict_del (self, args[0]) < 0)
    {
      pml_decref (v);
      return NULL;
    }
  return v;
}

static PmlObj *
m_dict_setdefault (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gboolean error;
  PmlObj *v;

  METHOD_SELF ();
  NO_KW ("dict.setdefault");
  NARGS ("setdefault", 1, 2);
  v = pml_dict_get (self, args[0], &error);
  if (error)
    return NULL;
  if (v != NULL)
    return pml_incref (v);
  v = nargs == 2 ? args[1] : NONE;
  return pml_dict_set (self, args[0], v) ? pml_incref (v) : NULL;
}

static PmlObj *
m_dict_clear (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  METHOD_SELF ();
  (void) kwnames;
  NARGS ("clear", 0, 0);
  pml_dict_clear (self);
  return pml_incref (NONE);
}

static PmlObj *
m_dict_update (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gsize npos, nkw = kwnames != NULL ? kwnames->u.t.n : 0;

  METHOD_SELF ();
  npos = nargs - nkw;
  if (npos > 1)
    return pml_err_set (T_TYPE_ERROR, "update expected at most 1 argument, got %zu", npos);
  if (npos == 1 && pml_dict_update_from (self, args[0]) == NULL)
    return NULL;
  for (gsize i = 0; i < nkw; i++)
    if (!pml_dict_set (self, kwnames->u.t.items[i], args[npos + i]))
      return NULL;
  return pml_incref (NONE);
}

/* LIFO: the last entry */
static PmlObj *
m_dict_popitem (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gsize pos = 0;
  PmlObj *k, *v, *last_k = NULL, *last_v = NULL, *r;

  METHOD_SELF ();
  NO_KW ("dict.popitem");
  NARGS ("popitem", 0, 0);
  while (pml_dict_next (self, &pos, &k, &v))
    last_k = k, last_v = v;
  if (last_k == NULL)
    return pml_err_set (T_KEY_ERROR, "popitem(): dictionary is empty");
  r = pml_tuple_pack (2, last_k, last_v);
  if (r == NULL || pml_dict_del (self, last_k) < 0)
    PML_CLEAR (r);
  return r;
}

/* dict.fromkeys(iterable, value=None): a class method, so self (when
 * given) is not an argument */
static PmlObj *
m_dict_fromkeys (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *d, *it, *item, *value;

  NO_KW ("dict.fromkeys");
  NARGS ("fromkeys", 1, 2);
  value = nargs == 2 ? args[1] : NONE;
  /* bound to a subclass (OrderedDict.fromkeys): an instance of it, filled
     through its __setitem__ */
  if (self != NULL && self->kind == K_TYPE && self != TYPE (T_DICT))
    {
      gboolean ok = TRUE;

      d = pml_call_from_c (self, NULL, 0);
      if (d == NULL)
        return NULL;
      it = pml_iter (args[0]);
      while (ok && it != NULL && (item = pml_iter_next_owned (it)) != NULL)
        {
          ok = pml_setitem (d, item, value);
          pml_decref (item);
        }
      pml_xdecref (it);
      if (it == NULL || pml_err_occurred ())
        PML_CLEAR (d);
      return d;
    }
  /* _PyDict_FromKeys calls the class: tp_alloc, not the free list */
  d = pml_dict_new_fresh ();
  if (d == NULL)
    return NULL;
  it = pml_iter (args[0]);
  if (it == NULL)
    {
      pml_decref (d);
      return NULL;
    }
  while ((item = pml_iter_next_owned (it)) != NULL)
    {
      gboolean ok = pml_dict_set (d, item, value);

      pml_decref (item);
      if (!ok)
        break;
    }
  pml_decref (it);
  if (pml_err_occurred ())
    PML_CLEAR (d);
  return d;
}

static PmlObj *
m_dict_copy (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  METHOD_SELF ();
  (void) args;
  (void) kwnames;
  NARGS ("copy", 0, 0);
  return pml_dict_copy (self);
}

static PmlObj *
m_dict_reversed (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  METHOD_SELF ();
  (void) args;
  NO_KW ("__reversed__");
  NARGS ("__reversed__", 0, 0);
  return pml_dict_reversed_iter (self, 0);
}

static const PmlMethodDef dict_methods[] = {
  { "__reversed__", m_dict_reversed },
  { "keys", m_dict_keys },
  { "values", m_dict_values },
  { "items", m_dict_items },
  { "get", m_dict_get },
  { "pop", m_dict_pop },
  { "setdefault", m_dict_setdefault },
  { "clear", m_dict_clear },
  { "update", m_dict_update },
  { "copy", m_dict_copy },
  { "popitem", m_dict_popitem },
  { "fromkeys", m_dict_fromkeys },
  { NULL, NULL }
};

/* ---- slots ---- */

static PmlObj *
dict_repr (PmlObj *o)
{
  gsize pos = 0;
  PmlObj *k, *v;
  gboolean first = TRUE, ok = TRUE;
  GString *out;

  if (!pml_repr_enter (o))
    return pml_str_new ("{...}", -1);
  out = g_string_new ("{");
  while (ok && pml_dict_next (o, &pos, &k, &v))
    {
      if (!first)
        g_string_append (out, ", ");
      first = FALSE;
      /* a repr may change the dict */
      pml_incref (k);
      pml_incref (v);
      ok = pml_append_repr (out, k) && (g_string_append (out, ": "), pml_append_repr (out, v));
      pml_decref (k);
      pml_decref (v);
    }
  pml_repr_leave (o);
  if (!ok)
    {
      g_string_free (out, TRUE);
      return NULL;
    }
  g_string_append_c (out, '}');
  return pml_str_from_gstring (out);
}

static PmlObj *
dict_richcompare (PmlObj *a, PmlObj *b, int op)
{
  gsize pos = 0;
  PmlObj *k, *v;

  if (a->kind != K_DICT || b->kind != K_DICT || (op != OP_EQ && op != OP_NE))
    return pml_incref (NOTIMPL);
  if (a->u.d.used != b->u.d.used)
    return pml_incref (BOOL (op == OP_NE));
  while (pml_dict_next (a, &pos, &k, &v))
    {
      gboolean error;
      PmlObj *w = pml_dict_get (b, k, &error);
      int t;

      if (error)
        return NULL;
      if (w == NULL)
        return pml_incref (BOOL (op == OP_NE));
      t = pml_eq (v, w);
      if (t < 0)
        return NULL;
      if (!t)
        return pml_incref (BOOL (op == OP_NE));
    }
  return pml_incref (BOOL (op == OP_EQ));
}

static gint64
dict_length (PmlObj *o)
{
  return (gint64) o->u.d.used;
}

static PmlObj *
dict_subscript (PmlObj *o, PmlObj *key)
{
  gboolean error;
  PmlObj *v = pml_dict_get (o, key, &error);

  if (v != NULL)
    return pml_incref (v);
  if (error)
    return NULL;
  /* a subclass (defaultdict, Counter) may answer for a missing key */
  if (o->type != TYPE (T_DICT))
    {
      gboolean found;
      PmlObj *r = pml_call_special (o, "__missing__", &key, 1, &found);

      if (found)
        return r;
    }
  return pml_key_error (key);
}

static gboolean
dict_ass_subscript (PmlObj *o, PmlObj *key, PmlObj *v)
{
  int r;

  if (v != NULL)
    return pml_dict_set (o, key, v);
  r = pml_dict_del (o, key);
  if (r == 0)
    pml_key_error (key);
  return r == 1;
}

static int
dict_contains (PmlObj *o, PmlObj *key)
{
  gboolean error;
  PmlObj *v = pml_dict_get (o, key, &error);

  return error ? -1 : v != NULL;
}

static PmlObj *
dict_iter (PmlObj *o)
{
  return pml_iter_new (IT_DICT_KEYS, o);
}

static gsize
dict_sizeof (PmlObj *o)
{
  return pml_dict_sizeof (o);
}

void pml_dict_dealloc_contents (PmlObj *d);

static gboolean
dict_dealloc (PmlObj *o)
{
  pml_dict_dealloc_contents (o);
  /* a subclass's instance is not parked */
  return o->type == TYPE (T_DICT) && pml_obj_park (VM->dict_free, PML_DICT_MAXFREELIST, o);
}

/* a str-keys table holds its keys without the collector seeing them */
static void
dict_traverse (PmlObj *o, PmlVisitFunc visit, gpointer data)
{
  for (gsize i = 0; i < o->u.d.nentries; i++)
    if (o->u.d.entries[i].value != NULL)
      {
        PML_VISIT (o->u.d.entries[i].value);
        if (!o->u.d.unicode)
          PML_VISIT (o->u.d.entries[i].key);
      }
}

/* values named by their str keys; other keys drawn as references too */
static void
dict_referents (PmlObj *o, PmlEdgeFunc edge, gpointer data)
{
  for (gsize i = 0; i < o->u.d.nentries; i++)
    {
      PmlDictEntry *entry = &o->u.d.entries[i];

      if (entry->value == NULL)
        continue;
      if (entry->key->type != TYPE (T_STR) && edge (entry->key, "key", FALSE, data))
        return;
      if (edge (entry->value, pml_key_label (entry->key), FALSE, data))
        return;
    }
}

/* dict(mapping or pairs, **kwargs) */
static PmlObj *
dict_new (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  /* dict_vectorcall: tp_alloc, never the free list */
  PmlObj *d = pml_dict_new_fresh ();
  gsize nkw = kwnames ? kwnames->u.t.n : 0;

  (void) type;
  if (d == NULL)
    return NULL;
  if (pml_positional (nargs, kwnames) > 1)
    {
      pml_decref (d);
      return pml_err_set (T_TYPE_ERROR, "dict expected at most 1 argument, got %zu", pml_positional (nargs, kwnames));
    }
  if (pml_positional (nargs, kwnames) == 1 && pml_dict_update_from (d, args[0]) == NULL)
    {
      pml_decref (d);
      return NULL;
    }
  for (gsize i = 0; i < nkw; i++)
    if (!pml_dict_set (d, kwnames->u.t.items[i], args[pml_positional (nargs, kwnames) + i]))
      {
        pml_decref (d);
        return NULL;
      }
  return d;
}

static void
dict_free_host (PmlObj *o)
{
  g_free (o->u.d.entries);
  g_free (o->u.d.indices);
  pml_shared_keys_unref (o->u.d.split, TRUE);
}

/* dict | dict: a copy of a, updated with b */
static PmlObj *
dict_or (PmlObj *a, PmlObj *b)
{
  PmlObj *r;

  if (a->kind != K_DICT || b->kind != K_DICT)
    return pml_incref (NOTIMPL);
  r = pml_dict_new ();
  if (r != NULL && (pml_dict_update_from (r, a) == NULL || pml_dict_update_from (r, b) == NULL))
    PML_CLEAR (r);
  return r;
}

/* dict |= mapping or pairs, in place (dict_ior) */
static PmlObj *
dict_inplace_or (PmlObj *a, PmlObj *b)
{
  return pml_dict_update_from (a, b) ? pml_incref (a) : NULL;
}

const PmlTypeSlots pml_dict_slots = {
  .nb = { [OP_OR] = dict_or },
  .nb_inplace = { [OP_OR] = dict_inplace_or },
  .repr = dict_repr,
  .hash = pml_hash_not_implemented,
  .richcompare = dict_richcompare,
  .getattro = pml_object_getattro,
  .setattro = pml_object_setattro,
  .iter = dict_iter,
  .size_of = dict_sizeof,
  .length = dict_length,
  .subscript = dict_subscript,
  .ass_subscript = dict_ass_subscript,
  .contains = dict_contains,
  .methods = dict_methods,
  .dealloc = dict_dealloc,
  .traverse = dict_traverse,
  .clear = pml_dict_clear,
  .referents = dict_referents,
  .flags = PML_TPFLAGS_HAVE_GC,
  .new_instance = dict_new,
  .free_host = dict_free_host,
};
