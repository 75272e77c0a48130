/* pml-py-dict.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-vm.h"
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

  if (addr == 0)
    return;
  memset (&d->u.d, 0, sizeof d->u.d);
  d->u.d.unicode = TRUE;
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
