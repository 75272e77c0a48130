/* pml-py-set.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-type.h"
#include "pml-object-sizes.h"

/* set and frozenset: CPython's open-addressing table with linear probes,
 * so that iteration order (and so printing) matches; 8 slots live inside
 * the object, bigger tables are a separate block. */

#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5
#define MINSIZE 8

PmlObj *
pml_set_new (PmlKind kind)
{
  PmlObj *s = pml_obj_new (TYPE (kind == K_SET ? T_SET : T_FROZENSET), kind, pml_set_size (MINSIZE), TRUE);

  if (s == NULL)
    return NULL;
  s->u.set.table = g_new0 (PmlDictEntry, MINSIZE);
  s->u.set.mask = MINSIZE - 1;
  s->u.set.hash = -1;
  pml_gc_track (s);
  return s;
}

static void
insert_clean (PmlDictEntry *table, gsize mask, PmlObj *key, gint64 hash)
{
  guint64 perturb = (guint64) hash;
  gsize i = (gsize) hash & mask;

  for (;;)
    {
      PmlDictEntry *entry = &table[i];

      if (entry->key == NULL)
        goto found;
      if (i + LINEAR_PROBES <= mask)
        for (int j = 0; j < LINEAR_PROBES; j++)
          {
            entry++;
            if (entry->key == NULL)
              goto found;
          }
      perturb >>= PERTURB_SHIFT;
      i = (i * 5 + 1 + (gsize) perturb) & mask;
      continue;
found:
      entry->key = key;
      entry->hash = hash;
      return;
    }
}

static gboolean
table_resize (PmlObj *s, gsize minused)
{
  gsize newsize = MINSIZE;
  PmlDictEntry *old = s->u.set.table, *table;
  gsize oldmask = s->u.set.mask;
  guint64 addr = 0;

  while (newsize <= minused)
    newsize <<= 1;
  if (newsize > MINSIZE)
    {
      addr = pml_mem_alloc (16 * newsize);
      if (addr == 0)
        return FALSE;
    }
  table = g_new0 (PmlDictEntry, newsize);
  for (gsize i = 0; i <= oldmask; i++)
    if (old[i].key != NULL && old[i].key != VM->dummy)
      insert_clean (table, newsize - 1, old[i].key, old[i].hash);
  pml_mem_free (s->u.set.table_addr);
  s->u.set.table_addr = addr;
  g_free (old);
  s->u.set.table = table;
  s->u.set.mask = newsize - 1;
  s->u.set.fill = s->u.set.used;
  return TRUE;
}

static int
key_equal (PmlObj *a, PmlObj *b)
{
  if (a == b)
    return 1;
  if (a->kind == K_STR && b->kind == K_STR)
    return pml_str_eq (a, b);
  return pml_eq (a, b);
}

/* set_add_entry; steals nothing */
gboolean
pml_set_add (PmlObj *s, PmlObj *key)
{
  gboolean ok;
  gint64 hash = pml_hash (key, &ok);
  PmlDictEntry *freeslot = NULL, *entry;
  gsize mask = s->u.set.mask, i = (gsize) hash & mask;
  guint64 perturb = (guint64) hash;

  if (!ok)
    return FALSE;
  for (;;)
    {
      int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;

      entry = &s->u.set.table[i];
      do
        {
          if (entry->key == NULL)
            goto found_unused_or_dummy;
          if (entry->key == VM->dummy)
            {
              if (freeslot == NULL)
                freeslot = entry;
            }
          else if (entry->hash == hash)
            {
              int eq = key_equal (entry->key, key);

              if (eq < 0)
                return FALSE;
              if (eq)
                return TRUE;
            }
          entry++;
        }
      while (probes--);
      perturb >>= PERTURB_SHIFT;
      i = (i * 5 + 1 + (gsize) perturb) & mask;
    }

found_unused_or_dummy:
  if (freeslot != NULL)
    {
      s->u.set.used++;
      freeslot->key = pml_incref (key);
      freeslot->hash = hash;
      return TRUE;
    }
  s->u.set.fill++;
  s->u.set.used++;
  entry->key = pml_incref (key);
  entry->hash = hash;
  if (s->u.set.fill * 5 < mask * 3)
    return TRUE;
  return table_resize (s, s->u.set.used > 50000 ? s->u.set.used * 2 : s->u.set.used * 4);
}

/* set_merge: one resize for the whole other set first; an empty table of
 * the other's size takes its entries where they are */
static gboolean
set_merge (PmlObj *s, PmlObj *other)
{
  PmlDictEntry *src = other->u.set.table;

  if (other == s || other->u.set.used == 0)
    return TRUE;
  if ((s->u.set.fill + other->u.set.used) * 5 >= s->u.set.mask * 3
      && !table_resize (s, (s->u.set.used + other->u.set.used) * 2))
    return FALSE;
  if (s->u.set.fill == 0 && s->u.set.mask == other->u.set.mask && other->u.set.fill == other->u.set.used)
    {
      for (gsize i = 0; i <= other->u.set.mask; i++)
        if (src[i].key != NULL)
          {
            s->u.set.table[i].key = pml_incref (src[i].key);
            s->u.set.table[i].hash = src[i].hash;
          }
      s->u.set.fill = s->u.set.used = other->u.set.used;
      return TRUE;
    }
  if (s->u.set.fill == 0)
    {
      for (gsize i = 0; i <= other->u.set.mask; i++)
        if (src[i].key != NULL && src[i].key != VM->dummy)
          insert_clean (s->u.set.table, s->u.set.mask, pml_incref (src[i].key), src[i].hash);
      s->u.set.fill = s->u.set.used = other->u.set.used;
      return TRUE;
    }
  for (gsize i = 0; i <= other->u.set.mask; i++)
    if (src[i].key != NULL && src[i].key != VM->dummy && !pml_set_add (s, src[i].key))
      return FALSE;
  return TRUE;
}

/* set_update_internal: sets merge, dicts resize once for their keys,
 * anything else is added item by item */
gboolean
pml_set_update (PmlObj *s, PmlObj *iterable)
{
  PmlObj *it, *item;

  if (iterable->kind == K_SET || iterable->kind == K_FROZENSET)
    return set_merge (s, iterable);
  if (iterable->kind == K_DICT)
    {
      gsize n = iterable->u.d.used, pos = 0;
      PmlObj *k;

      if ((s->u.set.fill + n) * 5 >= s->u.set.mask * 3 && !table_resize (s, (s->u.set.used + n) * 2))
        return FALSE;
      while (pml_dict_next (iterable, &pos, &k, NULL))
        if (!pml_set_add (s, k))
          return FALSE;
      return TRUE;
    }
  it = pml_iter (iterable);
  if (it == NULL)
    return FALSE;
  while ((item = pml_iter_next (it)) != NULL)
    {
      gboolean ok = pml_set_add (s, item);

      pml_decref (item);
      if (!ok)
        break;
    }
  pml_decref (it);
  return !pml_err_occurred ();
}

static PmlDictEntry *
find (PmlObj *s, PmlObj *key, gboolean *error)
{
  gboolean ok;
  gint64 hash = pml_hash (key, &ok);
  gsize mask = s->u.set.mask, i = (gsize) hash & mask;
  guint64 perturb = (guint64) hash;

  *error = !ok;
  if (!ok)
    return NULL;
  for (;;)
    {
      int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
      PmlDictEntry *entry = &s->u.set.table[i];

      do
        {
          if (entry->key == NULL)
            return NULL;
          if (entry->key != VM->dummy && entry->hash == hash)
            {
              int eq = key_equal (entry->key, key);

              if (eq < 0)
                {
                  *error = TRUE;
                  return NULL;
                }
              if (eq)
                return entry;
            }
          entry++;
        }
      while (probes--);
      perturb >>= PERTURB_SHIFT;
      i = (i * 5 + 1 + (gsize) perturb) & mask;
    }
}

int
pml_set_contains (PmlObj *s, PmlObj *key)
{
  gboolean error;
  PmlDictEntry *e = find (s, key, &error);

  return error ? -1 : e != NULL;
}

int
pml_set_discard (PmlObj *s, PmlObj *key)
{
  gboolean error;
  PmlDictEntry *e = find (s, key, &error);
  PmlObj *old;

  if (error)
    return -1;
  if (e == NULL)
    return 0;
  old = e->key;
  e->key = VM->dummy;
  e->hash = -1;
  s->u.set.used--;
  pml_decref (old);
  return 1;
}

gboolean
pml_set_next (PmlObj *s, gsize *pos, PmlObj **key)
{
  while (*pos <= s->u.set.mask)
    {
      PmlDictEntry *e = &s->u.set.table[(*pos)++];

      if (e->key != NULL && e->key != VM->dummy)
        {
          *key = e->key;
          return TRUE;
        }
    }
  return FALSE;
}

gsize
pml_set_sizeof (PmlObj *s)
{
  return pml_set_size (s->u.set.mask + 1);
}

void
pml_set_clear (PmlObj *s)
{
  PmlDictEntry *old = s->u.set.table;
  gsize oldmask = s->u.set.mask;
  guint64 addr = s->u.set.table_addr;

  s->u.set.table = g_new0 (PmlDictEntry, MINSIZE);
  s->u.set.mask = MINSIZE - 1;
  s->u.set.fill = s->u.set.used = 0;
  s->u.set.table_addr = 0;
  for (gsize i = 0; i <= oldmask; i++)
    if (old[i].key != NULL && old[i].key != VM->dummy)
      pml_decref (old[i].key);
  g_free (old);
  pml_mem_free (addr);
}

void pml_set_dealloc_contents (PmlObj *s);

void
pml_set_dealloc_contents (PmlObj *s)
{
  for (gsize i = 0; i <= s->u.set.mask; i++)
    if (s->u.set.table[i].key != NULL && s->u.set.table[i].key != VM->dummy)
      pml_decref (s->u.set.table[i].key);
  g_free (s->u.set.table);
  pml_mem_free (s->u.set.table_addr);
}

/* ---- methods ---- */

static PmlObj *
m_set_add (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  METHOD_SELF ();
  NO_KW ("add");
  NARGS ("add", 1, 1);
  return pml_set_add (self, args[0]) ? pml_incref (NONE) : NULL;
}

static PmlObj *
m_set_discard_remove (PmlObj *self, PmlObj **args, gsize nargs, gboolean remove)
{
  int r;

  NARGS (remove ? "remove" : "discard", 1, 1);
  r = pml_set_discard (self, args[0]);
  if (r < 0)
    return NULL;
  if (r == 0 && remove)
    {
      PmlObj *t = pml_tuple_pack (1, args[0]), *exc = t ? pml_err_new (TYPE (T_KEY_ERROR), t) : NULL;

      pml_xdecref (t);
      return exc ? pml_err_set_obj (exc) : NULL;
    }
  return pml_incref (NONE);
}

static PmlObj *m_set_discard (PmlObj *s, PmlObj **a, gsize n, PmlObj *k) { (void) k; if (!s) { s = a[0]; a++; n--; } return m_set_discard_remove (s, a, n, FALSE); }
static PmlObj *m_set_remove (PmlObj *s, PmlObj **a, gsize n, PmlObj *k) { (void) k; if (!s) { s = a[0]; a++; n--; } return m_set_discard_remove (s, a, n, TRUE); }

static PmlObj *
m_set_clear (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  METHOD_SELF ();
  (void) kwnames;
  NARGS ("clear", 0, 0);
  pml_set_clear (self);
  return pml_incref (NONE);
}

static PmlObj *
m_set_update (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  METHOD_SELF ();
  (void) kwnames;
  for (gsize i = 0; i < nargs; i++)
    if (!pml_set_update (self, args[i]))
      return NULL;
  return pml_incref (NONE);
}

static PmlObj *
m_set_pop (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gsize pos = 0;
  PmlObj *k;

  METHOD_SELF ();
  (void) kwnames;
  NARGS ("pop", 0, 0);
  if (!pml_set_next (self, &pos, &k))
    return pml_err_set (T_KEY_ERROR, "pop from an empty set");
  pml_incref (k);
  pml_set_discard (self, k);
  return k;
}

static const PmlMethodDef set_methods[] = {
  { "add", m_set_add },
  { "discard", m_set_discard },
  { "remove", m_set_remove },
  { "clear", m_set_clear },
  { "update", m_set_update },
  { "pop", m_set_pop },
  { NULL, NULL }
};

const PmlTypeSlots pml_set_slots = {
  .methods = set_methods,
};
