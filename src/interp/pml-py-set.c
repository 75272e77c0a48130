/* pml-py-set.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-type.h"
#include "pml-py-set-methods.h"
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

gboolean
pml_set_resize (PmlObj *s, gsize minused)
{
  return table_resize (s, minused);
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
  while ((item = pml_iter_next_owned (it)) != NULL)
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

/* set_contains_key's retry: an unhashable set is looked up as a
   temporary frozenset of its keys */
static PmlObj *
frozen_twin (PmlObj *key)
{
  PmlObj *f;

  if (key->kind != K_SET || VM->exc == NULL || VM->exc->type != TYPE (T_TYPE_ERROR))
    return NULL;
  pml_err_clear ();
  f = pml_set_new (K_FROZENSET);
  if (f != NULL && !pml_set_update (f, key))
    PML_CLEAR (f);
  return f;
}

int
pml_set_contains (PmlObj *s, PmlObj *key)
{
  gboolean error;
  PmlDictEntry *e = find (s, key, &error);
  PmlObj *twin;
  int r;

  if (!error)
    return e != NULL;
  twin = frozen_twin (key);
  if (twin == NULL)
    return -1;
  r = pml_set_contains (s, twin);
  pml_decref (twin);
  return r;
}

int
pml_set_discard (PmlObj *s, PmlObj *key)
{
  gboolean error;
  PmlDictEntry *e = find (s, key, &error);
  PmlObj *old;

  if (error)
    {
      PmlObj *twin = frozen_twin (key);
      int r;

      if (twin == NULL)
        return -1;
      r = pml_set_discard (s, twin);
      pml_decref (twin);
      return r;
    }
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
  { "__contains__", pml_set_m_contains },
  { "add", m_set_add },
  { "discard", m_set_discard },
  { "remove", m_set_remove },
  { "clear", m_set_clear },
  { "update", m_set_update },
  { "pop", m_set_pop },
  { "copy", pml_set_m_copy },
  { "difference", pml_set_m_difference },
  { "difference_update", pml_set_m_difference_update },
  { "intersection", pml_set_m_intersection },
  { "intersection_update", pml_set_m_intersection_update },
  { "isdisjoint", pml_set_m_isdisjoint },
  { "issubset", pml_set_m_issubset },
  { "issuperset", pml_set_m_issuperset },
  { "symmetric_difference", pml_set_m_symmetric_difference },
  { "symmetric_difference_update", pml_set_m_symmetric_difference_update },
  { "union", pml_set_m_union },
  { NULL, NULL }
};

/* ---- slots ---- */

static gboolean
is_anyset (PmlObj *o)
{
  return o->kind == K_SET || o->kind == K_FROZENSET;
}

static PmlObj *
set_repr (PmlObj *o)
{
  /* the type's name, but for a plain set: frozenset({1}), Tags({'a'}) */
  gboolean named = o->type != TYPE (T_SET), first = TRUE;
  gsize pos = 0;
  PmlObj *k;
  GString *out;

  if (o->u.set.used == 0)
    return pml_str_printf ("%s()", pml_type_name (o));
  if (!pml_repr_enter (o))
    return pml_str_printf ("%s(...)", pml_type_name (o));
  out = g_string_new (NULL);
  if (named)
    g_string_append_printf (out, "%s(", pml_type_name (o));
  g_string_append_c (out, '{');
  while (pml_set_next (o, &pos, &k))
    {
      if (!first)
        g_string_append (out, ", ");
      first = FALSE;
      if (!pml_append_repr (out, k))
        {
          pml_repr_leave (o);
          g_string_free (out, TRUE);
          return NULL;
        }
    }
  g_string_append (out, named ? "})" : "}");
  pml_repr_leave (o);
  return pml_str_from_gstring (out);
}

static gint64
frozenset_hash (PmlObj *o, gboolean *ok)
{
  /* frozenset_hash: each key's hash with its bits shuffled, xor-ed, then
     the size and dummies mixed in, as CPython 3.11 */
  guint64 h = 0;
  gsize pos = 0;
  PmlObj *k;

#define SHUFFLE(x) ((((x) ^ 89869747UL) ^ ((x) << 16)) * 3644798167UL)
  *ok = TRUE;
  while (pml_set_next (o, &pos, &k))
    {
      guint64 kh = (guint64) pml_hash (k, ok);

      h ^= SHUFFLE (kh);
    }
  if ((o->u.set.fill - o->u.set.used) & 1)
    h ^= SHUFFLE ((guint64) -1);
  h ^= ((guint64) o->u.set.used + 1) * 1927868237UL;
  h ^= (h >> 11) ^ (h >> 25);
  h = h * 69069U + 907133923UL;
  if (h == (guint64) -1)
    h = 590923713UL;
#undef SHUFFLE
  return (gint64) h;
}

/* every key of a in b: -1 error */
static int
is_subset (PmlObj *a, PmlObj *b)
{
  gsize pos = 0;
  PmlObj *k;

  if (a->u.set.used > b->u.set.used)
    return 0;
  while (pml_set_next (a, &pos, &k))
    {
      int t = pml_set_contains (b, k);

      if (t <= 0)
        return t;
    }
  return 1;
}

/* equality, and the orderings as subset and superset */
static PmlObj *
set_richcompare (PmlObj *a, PmlObj *b, int op)
{
  int r;

  if (!is_anyset (a) || !is_anyset (b))
    return pml_incref (NOTIMPL);
  switch (op)
    {
    case OP_EQ:
    case OP_NE:
      r = a->u.set.used == b->u.set.used ? is_subset (a, b) : 0;
      if (r >= 0 && op == OP_NE)
        r = !r;
      break;
    case OP_LE:
      r = is_subset (a, b);
      break;
    case OP_GE:
      r = is_subset (b, a);
      break;
    case OP_LT:
      r = a->u.set.used < b->u.set.used ? is_subset (a, b) : 0;
      break;
    default:
      r = a->u.set.used > b->u.set.used ? is_subset (b, a) : 0;
      break;
    }
  return r < 0 ? NULL : pml_incref (BOOL (r));
}

static gint64
set_length (PmlObj *o)
{
  return (gint64) o->u.set.used;
}

static PmlObj *
set_iter (PmlObj *o)
{
  return pml_iter_new (IT_SET, o);
}

static gsize
set_sizeof (PmlObj *o)
{
  return pml_set_sizeof (o);
}

/* | & - ^ of two sets: a new set of the left operand's type */
static PmlObj *
set_operation (int op, PmlObj *a, PmlObj *b)
{
  PmlObj *r = pml_set_binop (op, a, b);

  return r != NULL || pml_err_occurred () ? r : pml_incref (NOTIMPL);
}

static PmlObj *set_or (PmlObj *a, PmlObj *b) { return set_operation (OP_OR, a, b); }
static PmlObj *set_and (PmlObj *a, PmlObj *b) { return set_operation (OP_AND, a, b); }
static PmlObj *set_sub (PmlObj *a, PmlObj *b) { return set_operation (OP_SUB, a, b); }
static PmlObj *set_xor (PmlObj *a, PmlObj *b) { return set_operation (OP_XOR, a, b); }

void pml_set_dealloc_contents (PmlObj *s);

static gboolean
set_dealloc (PmlObj *o)
{
  if (o->weakrefs != NULL)
    pml_weakrefs_clear_all (o, TRUE);
  pml_set_dealloc_contents (o);
  return FALSE;
}

static void
set_traverse (PmlObj *o, PmlVisitFunc visit, gpointer data)
{
  for (gsize i = 0; i <= o->u.set.mask; i++)
    if (o->u.set.table[i].key != NULL && o->u.set.table[i].key != VM->dummy)
      PML_VISIT (o->u.set.table[i].key);
}

static PmlObj *
set_from (PmlKind kind, PmlObj *iterable)
{
  PmlObj *s = pml_set_new (kind);

  if (s == NULL || iterable == NULL)
    return s;
  /* set_update_internal: a set or dict argument sizes the table once */
  if (!pml_set_update (s, iterable))
    {
      pml_decref (s);
      return NULL;
    }
  return s;
}

static PmlObj *
set_new_instance (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  NO_KW (type->u.ty.name);
  NARGS (type->u.ty.name, 0, 1);
  /* frozenset_new: a frozenset of an exact frozenset is that one */
  if (type == TYPE (T_FROZENSET) && nargs == 1 && args[0]->type == TYPE (T_FROZENSET))
    return pml_incref (args[0]);
  return set_from (type->u.ty.inst_kind, nargs ? args[0] : NULL);
}

static void
set_free_host (PmlObj *o)
{
  g_free (o->u.set.table);
}

/* what set and frozenset share: all but hashing, clearing and methods */
#define ANYSET_SLOTS \
  .repr = set_repr, \
  .richcompare = set_richcompare, \
  .getattro = pml_object_getattro, \
  .setattro = pml_object_setattro, \
  .iter = set_iter, \
  .size_of = set_sizeof, \
  .nb = { [OP_OR] = set_or, [OP_AND] = set_and, [OP_SUB] = set_sub, [OP_XOR] = set_xor }, \
  .length = set_length, \
  .contains = pml_set_contains, \
  .dealloc = set_dealloc, \
  .traverse = set_traverse, \
  .free_host = set_free_host, \
  .new_instance = set_new_instance, \
  .flags = PML_TPFLAGS_HAVE_GC | PML_TPFLAGS_WEAKREFABLE

const PmlTypeSlots pml_set_slots = {
  ANYSET_SLOTS,
  .hash = pml_hash_not_implemented,
  .clear = pml_set_clear,
  .methods = set_methods,
  .nb_inplace = { [OP_OR] = pml_set_inplace_or, [OP_AND] = pml_set_inplace_and,
                  [OP_SUB] = pml_set_inplace_sub, [OP_XOR] = pml_set_inplace_xor },
};

const PmlTypeSlots pml_frozenset_slots = {
  ANYSET_SLOTS,
  .hash = frozenset_hash,
  .methods = pml_frozenset_methods,
};

