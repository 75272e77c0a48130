/* pml-py-list.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-type.h"
#include "pml-object-sizes.h"
#include "pml-py-ast.h"

/* The list type, with CPython's allocation pattern: list objects
 * recycled, item arrays grown by list_resize's over-allocation; its
 * methods and slots. */

#define MAX_ITEMS ((gsize) 1 << 28)   /* beyond: MemoryError, to protect the host */

PmlObj *pml_freelist_pop (GPtrArray *list);

static PmlObj *
list_object (void)
{
  PmlObj *o = pml_freelist_pop (VM->list_free);

  if (o == NULL)
    o = pml_obj_new (TYPE (T_LIST), K_LIST, pml_list_object_size (), TRUE);
  return o;
}

/* PyList_New: exactly n slots from PyMem_Calloc */
PmlObj *
pml_list_new (gsize n)
{
  PmlObj *o;

  if (n > MAX_ITEMS)
    return pml_err_no_memory ();
  o = list_object ();
  if (o == NULL)
    return NULL;
  if (n > 0)
    {
      o->u.l.items_addr = pml_mem_calloc (n, 8);
      if (o->u.l.items_addr == 0)
        {
          pml_decref (o);
          return NULL;
        }
      o->u.l.items = g_new0 (PmlObj *, n);
    }
  o->u.l.n = n;
  o->u.l.alloc = n;
  pml_gc_track (o);
  return o;
}

/* list_new_prealloc: n slots from PyMem_Malloc, no items yet */
PmlObj *
pml_list_new_prealloc (gsize n)
{
  PmlObj *o;

  if (n == 0)
    return pml_list_new (0);
  if (n > G_MAXSSIZE / 8)
    return pml_err_no_memory ();
  o = list_object ();
  if (o == NULL)
    return NULL;
  o->u.l.items_addr = n > MAX_ITEMS ? 0 : pml_mem_alloc (n * 8);
  if (o->u.l.items_addr == 0)
    {
      if (!pml_err_occurred ())
        pml_err_no_memory ();
      pml_decref (o);
      return NULL;
    }
  o->u.l.items = g_new0 (PmlObj *, n);
  o->u.l.alloc = n;
  pml_gc_track (o);
  return o;
}

static gboolean
set_allocated (PmlObj *l, gsize new_allocated)
{
  guint64 addr;

  if (new_allocated > MAX_ITEMS)
    {
      pml_err_no_memory ();
      return FALSE;
    }
  if (l->u.l.items_addr == 0 && new_allocated > 0)
    addr = pml_mem_alloc (new_allocated * 8);
  else
    addr = pml_mem_realloc (l->u.l.items_addr, new_allocated * 8);
  if (addr == 0 && (new_allocated > 0 || pml_err_occurred ()))
    return FALSE;
  l->u.l.items_addr = addr;
  l->u.l.items = g_renew (PmlObj *, l->u.l.items, MAX (new_allocated, 1));
  for (gsize i = l->u.l.alloc; i < new_allocated; i++)
    l->u.l.items[i] = NULL;
  l->u.l.alloc = new_allocated;
  return TRUE;
}

/* list_resize: the size changes to @newsize, items beyond are the caller's */
gboolean
pml_list_resize_to (PmlObj *l, gsize newsize)
{
  gsize allocated = l->u.l.alloc;

  if (allocated >= newsize && newsize >= (allocated >> 1))
    {
      l->u.l.n = newsize;
      return TRUE;
    }
  /* shrinking, CPython's (signed) test against the old size never holds:
     passing the smaller size keeps the unsigned one from holding either */
  if (!set_allocated (l, pml_list_resize (VM->preset, allocated, MIN (l->u.l.n, newsize), newsize)))
    return FALSE;
  l->u.l.n = newsize;
  return TRUE;
}

gboolean
pml_list_append (PmlObj *l, PmlObj *v)
{
  gsize n = l->u.l.n;

  if (n < l->u.l.alloc)
    {
      l->u.l.items[n] = v;
      l->u.l.n = n + 1;
      return TRUE;
    }
  if (!pml_list_resize_to (l, n + 1))
    {
      pml_decref (v);
      return FALSE;
    }
  l->u.l.items[n] = v;
  return TRUE;
}

/* list_preallocate_exact: exactly n slots, rounded up to an even count
 * since 3.10 */
static gboolean
preallocate_exact (PmlObj *l, gsize n)
{
  return set_allocated (l, PRESET_MINOR () >= 10 ? (n + 1) & ~(gsize) 1 : n);
}

/* PyObject_LengthHint, for the built-in types: their length, or what an
 * iterator says is left */
static gint64
length_hint (PmlObj *o)
{
  const PmlTypeSlots *tp = pml_slots (o);

  if (tp->length_hint != NULL)
    return tp->length_hint (o);
  if (tp->length != NULL && o->type->u.ty.builtin)
    return tp->length (o);
  return -1;
}

gboolean
pml_list_extend (PmlObj *l, PmlObj *iterable)
{
  PmlObj *it, *item;
  gint64 hint;

  /* list_extend: a plain list or tuple's items at once (or the list's
     own); a subclass's through its iterator */
  if (iterable->type == TYPE (T_LIST) || iterable->type == TYPE (T_TUPLE) || iterable == l)
    {
      gsize n = iterable->kind == K_LIST ? iterable->u.l.n : iterable->u.t.n;
      PmlObj **src = iterable->kind == K_LIST ? iterable->u.l.items : iterable->u.t.items;
      gsize m = l->u.l.n;

      if (n == 0)
        return TRUE;
      if ((l->u.l.items == NULL || l->u.l.alloc == 0) && PRESET_MINOR () >= 10)
        {
          if (!preallocate_exact (l, n))
            return FALSE;
          l->u.l.n = n;
        }
      else if (!pml_list_resize_to (l, m + n))
        return FALSE;
      for (gsize i = 0; i < n; i++)
        l->u.l.items[m + i] = pml_incref (src[i]);
      return TRUE;
    }
  it = pml_iter (iterable);
  if (it == NULL)
    return FALSE;
  hint = length_hint (iterable);
  if (hint < 0)
    hint = 8;
  if (l->u.l.alloc == 0)
    {
      if (hint > 0 && !preallocate_exact (l, (gsize) hint))
        goto fail;
    }
  else
    {
      gsize m = l->u.l.n;

      if (!pml_list_resize_to (l, m + (gsize) hint))
        goto fail;
      l->u.l.n = m;
    }
  while ((item = pml_iter_next_owned (it)) != NULL)
    {
      if (l->u.l.n < l->u.l.alloc)
        l->u.l.items[l->u.l.n++] = item;
      else if (!pml_list_append (l, item))
        goto fail;
    }
  if (pml_err_occurred ())
    goto fail;
  pml_decref (it);
  if (l->u.l.n < l->u.l.alloc)
    return pml_list_resize_to (l, l->u.l.n);
  return TRUE;

fail:
  pml_decref (it);
  return FALSE;
}

/* list.__init__ (list___init___impl): the old items go, then the
 * iterable's come, in a block sized by its length when it has one */
gboolean
pml_list_init_from (PmlObj *l, PmlObj *iterable)
{
  gint64 n;

  pml_list_clear (l);
  if (iterable == NULL)
    return TRUE;
  n = iterable->kind == K_ITER || iterable->kind == K_GENERATOR ? -1 : length_hint (iterable);
  if (n > 0 && !preallocate_exact (l, (gsize) n))
    return FALSE;
  return pml_list_extend (l, iterable);
}

/* the items of @iterable in the new list @l (which it consumes) */
static PmlObj *
list_fill (PmlObj *l, PmlObj *iterable)
{
  if (l == NULL)
    return NULL;
  if (!pml_list_init_from (l, iterable))
    {
      pml_decref (l);
      return NULL;
    }
  return l;
}

PmlObj *
pml_list_from_iterable (PmlObj *iterable)
{
  return list_fill (pml_list_new (0), iterable);
}

PmlObj *
pml_list_pop (PmlObj *l, gint64 index)
{
  gsize n = l->u.l.n;
  PmlObj *v;

  if (n == 0)
    return pml_err_set (T_INDEX_ERROR, "pop from empty list");
  if (index < 0)
    index += (gint64) n;
  if (index < 0 || index >= (gint64) n)
    return pml_err_set (T_INDEX_ERROR, "pop index out of range");
  v = l->u.l.items[index];
  memmove (l->u.l.items + index, l->u.l.items + index + 1, (n - (gsize) index - 1) * sizeof (PmlObj *));
  l->u.l.items[n - 1] = NULL;
  if (!pml_list_resize_to (l, n - 1))
    {
      pml_decref (v);
      return NULL;
    }
  return v;
}

void
pml_list_clear (PmlObj *l)
{
  PmlObj **items = l->u.l.items;
  gsize n = l->u.l.n;
  guint64 addr = l->u.l.items_addr;

  if (items == NULL)
    return;
  l->u.l.items = NULL;
  l->u.l.n = 0;
  l->u.l.alloc = 0;
  l->u.l.items_addr = 0;
  for (gsize i = n; i > 0; i--)
    pml_xdecref (items[i - 1]);
  g_free (items);
  pml_mem_free (addr);
}

/* [x] * n: exactly the needed slots */
PmlObj *
pml_list_repeat (PmlObj *l, gint64 count)
{
  gsize n = l->u.l.n, size;
  PmlObj *r;

  if (count <= 0 || n == 0)
    return pml_list_new (0);
  if ((guint64) count > (guint64) G_MAXSSIZE / n)
    return pml_err_no_memory ();
  size = n * (gsize) count;
  r = pml_list_new_prealloc (size);
  if (r == NULL)
    return NULL;
  for (gsize i = 0; i < size; i++)
    r->u.l.items[i] = pml_incref (l->u.l.items[i % n]);
  r->u.l.n = size;
  return r;
}

/* ---- methods ---- */

static PmlObj *
m_list_append (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  METHOD_SELF ();
  NO_KW ("list.append");
  if (nargs != 1)
    return pml_err_set (T_TYPE_ERROR, "list.append() takes exactly one argument (%zu given)", nargs);
  {
    guint64 saved = pml_reason_begin (PML_REASON_ITEM_STORE, self->u.l.n, self->serial);
    gboolean ok;

    pml_incref (args[0]);
    pml_reason_end (saved);
    ok = pml_list_append (self, args[0]);
    return ok ? pml_incref (NONE) : NULL;
  }
}

static PmlObj *
m_list_extend (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  METHOD_SELF ();
  NO_KW ("list.extend");
  NARGS ("extend", 1, 1);
  return pml_list_extend (self, args[0]) ? pml_incref (NONE) : NULL;
}

static PmlObj *
m_list_pop (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gint64 i = -1;

  METHOD_SELF ();
  NO_KW ("list.pop");
  NARGS ("pop", 0, 1);
  if (nargs == 1 && !pml_index_value (args[0], &i))
    return NULL;
  return pml_list_pop (self, i);
}

static PmlObj *
m_list_insert (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gint64 i;
  gsize n;

  METHOD_SELF ();
  NO_KW ("list.insert");
  NARGS ("insert", 2, 2);
  if (!pml_index_value (args[0], &i))
    return NULL;
  n = self->u.l.n;
  if (i < 0)
    i = MAX (0, i + (gint64) n);
  if (i > (gint64) n)
    i = (gint64) n;
  if (!pml_list_resize_to (self, n + 1))
    return NULL;
  memmove (self->u.l.items + i + 1, self->u.l.items + i, (n - (gsize) i) * sizeof (PmlObj *));
  self->u.l.items[i] = pml_incref (args[1]);
  return pml_incref (NONE);
}

static PmlObj *
m_list_remove_index_count (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames, int mode)
{
  static const char *const names[] = { "remove", "index", "count" };
  static const char *const qualified[] = { "list.remove", "list.index", "list.count" };
  gint64 count = 0, start = 0, stop = G_MAXINT64;

  NO_KW (qualified[mode]);
  if (self == NULL)
    {
      self = args[0];
      args++;
      nargs--;
    }
  NARGS (names[mode], 1, mode == 1 ? 3 : 1);
  if (mode == 1 && !pml_seq_index_bounds (args + 1, nargs - 1, (gint64) self->u.l.n, &start, &stop))
    return NULL;
  for (gsize i = (gsize) start; i < self->u.l.n && (gint64) i < stop; i++)
    {
      int e = pml_eq (self->u.l.items[i], args[0]);

      if (e < 0)
        return NULL;
      if (e && mode == 0)
        {
          PmlObj *v = pml_list_pop (self, (gint64) i);

          pml_xdecref (v);
          return v ? pml_incref (NONE) : NULL;
        }
      if (e && mode == 1)
        return pml_int_from_ssize ((gint64) i);
      count += e;
    }
  if (mode == 2)
    return pml_int_from_ssize (count);
  if (mode == 0)
    return pml_err_set (T_VALUE_ERROR, "list.remove(x): x not in list");
  /* list.index: "%R is not in list" */
  {
    PmlObj *r = pml_repr (args[0]);

    if (r == NULL)
      return NULL;
    pml_err_set (T_VALUE_ERROR, "%s is not in list", r->u.s.s);
    pml_decref (r);
    return NULL;
  }
}

static PmlObj *m_list_remove (PmlObj *s, PmlObj **a, gsize n, PmlObj *k) { return m_list_remove_index_count (s, a, n, k, 0); }
static PmlObj *m_list_index (PmlObj *s, PmlObj **a, gsize n, PmlObj *k) { return m_list_remove_index_count (s, a, n, k, 1); }
static PmlObj *m_list_count (PmlObj *s, PmlObj **a, gsize n, PmlObj *k) { return m_list_remove_index_count (s, a, n, k, 2); }

static PmlObj *
m_list_clear (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  METHOD_SELF ();
  (void) kwnames;
  NARGS ("clear", 0, 0);
  pml_list_clear (self);
  return pml_incref (NONE);
}

static PmlObj *
m_list_copy (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *r;

  METHOD_SELF ();
  (void) kwnames;
  NARGS ("copy", 0, 0);
  r = pml_list_new_prealloc (self->u.l.n);
  if (r == NULL)
    return NULL;
  for (gsize i = 0; i < self->u.l.n; i++)
    r->u.l.items[i] = pml_incref (self->u.l.items[i]);
  r->u.l.n = self->u.l.n;
  return r;
}

static PmlObj *
m_list_reverse (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  METHOD_SELF ();
  (void) kwnames;
  NARGS ("reverse", 0, 0);
  for (gsize i = 0; i < self->u.l.n / 2; i++)
    {
      PmlObj *t = self->u.l.items[i];

      self->u.l.items[i] = self->u.l.items[self->u.l.n - 1 - i];
      self->u.l.items[self->u.l.n - 1 - i] = t;
    }
  return pml_incref (NONE);
}

static PmlObj *
m_list_sort (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *key, *rev;

  METHOD_SELF ();
  key = pml_kwarg (args, nargs, kwnames, "key");
  rev = pml_kwarg (args, nargs, kwnames, "reverse");
  if (pml_positional (nargs, kwnames) != 0)
    return pml_err_set (T_TYPE_ERROR, "sort() takes no positional arguments");
  return pml_list_sort (self, key == NONE ? NULL : key, rev ? pml_truth (rev) == 1 : FALSE) ? pml_incref (NONE) : NULL;
}

static const PmlMethodDef list_methods[] = {
  { "append", m_list_append },
  { "extend", m_list_extend },
  { "pop", m_list_pop },
  { "insert", m_list_insert },
  { "remove", m_list_remove },
  { "index", m_list_index },
  { "count", m_list_count },
  { "clear", m_list_clear },
  { "copy", m_list_copy },
  { "reverse", m_list_reverse },
  { "sort", m_list_sort },
  { NULL, NULL }
};

/* ---- slots ---- */

static PmlObj *
list_repr (PmlObj *o)
{
  return pml_repr_items (o, o->u.l.items, o->u.l.n, "[", "]", "[...]");
}

static PmlObj *
list_richcompare (PmlObj *a, PmlObj *b, int op)
{
  if (a->kind != K_LIST || b->kind != K_LIST)
    return pml_incref (NOTIMPL);
  return pml_seq_richcompare (a->u.l.items, a->u.l.n, b->u.l.items, b->u.l.n, op);
}

static gint64
list_length (PmlObj *o)
{
  return (gint64) o->u.l.n;
}

static PmlObj *
list_subscript (PmlObj *o, PmlObj *key)
{
  gint64 n = (gint64) o->u.l.n, i, start, stop, step, count;
  PmlObj *r;

  if (key->kind != K_SLICE)
    return pml_normalize_index (key, n, &i, "list") ? pml_incref (o->u.l.items[i]) : NULL;
  if (!pml_slice_indices (key, n, &start, &stop, &step, &count))
    return NULL;
  r = pml_list_new_prealloc ((gsize) count);
  if (r == NULL)
    return NULL;
  for (gint64 k = 0; k < count; k++)
    r->u.l.items[k] = pml_incref (o->u.l.items[start + k * step]);
  r->u.l.n = (gsize) count;
  return r;
}

static gboolean
list_ass_subscript (PmlObj *o, PmlObj *key, PmlObj *v)
{
  gint64 i;

  if (key->kind == K_SLICE)
    {
      gint64 start, stop, step, count;

      if (!pml_slice_indices (key, (gint64) o->u.l.n, &start, &stop, &step, &count))
        return FALSE;
      if (v == NULL)
        {
          /* list_ass_subscript: one resize, then the garbage */
          PmlObj **garbage = g_new (PmlObj *, MAX (count, 1));
          gsize n = o->u.l.n, kept = 0, k = 0;
          gint64 lo = step > 0 ? start : start + step * (count - 1);
          gint64 st = ABS (step);

          if (count == 0)
            {
              g_free (garbage);
              return TRUE;
            }
          if (step == 1 && (gsize) count == n)
            {
              /* list_ass_slice emptying the list: _list_clear, last item first */
              g_free (garbage);
              pml_list_clear (o);
              return TRUE;
            }
          for (gsize j = 0; j < n; j++)
            {
              if ((gint64) j >= lo && ((gint64) j - lo) % st == 0 && k < (gsize) count)
                garbage[k++] = o->u.l.items[j];
              else
                o->u.l.items[kept++] = o->u.l.items[j];
            }
          if (!pml_list_resize_to (o, kept))
            {
              g_free (garbage);
              return FALSE;
            }
          /* list_ass_slice drops the garbage last first */
          for (gsize j = 0; j < k; j++)
            pml_decref (garbage[step == 1 ? k - 1 - j : j]);
          g_free (garbage);
          return TRUE;
        }
      return pml_list_ass_slice (o, start, stop, step, count, v);
    }
  if (!pml_normalize_index (key, (gint64) o->u.l.n, &i, "list"))
    {
      if (VM->exc && VM->exc->type == TYPE (T_INDEX_ERROR))
        {
          pml_err_clear ();
          pml_err_set (T_INDEX_ERROR, "list assignment index out of range");
        }
      return FALSE;
    }
  if (v == NULL)
    {
      PmlObj *item = pml_list_pop (o, i);

      pml_xdecref (item);
      return item != NULL;
    }
  {
    PmlObj *old = o->u.l.items[i];
    guint64 saved = pml_reason_begin (PML_REASON_ITEM_STORE, (gsize) i, o->serial);

    o->u.l.items[i] = pml_incref (v);
    pml_reason_begin (PML_REASON_ITEM_OVERWRITE, (gsize) i, o->serial);
    pml_decref (old);
    pml_reason_end (saved);
  }
  return TRUE;
}

static PmlObj *
list_concat (PmlObj *a, PmlObj *b)
{
  gsize na = a->u.l.n, nb;
  PmlObj *r;

  if (b->kind != K_LIST)
    return pml_err_set (T_TYPE_ERROR, "can only concatenate list (not \"%s\") to list", pml_type_name (b));
  nb = b->u.l.n;
  r = pml_list_new_prealloc (na + nb);
  if (r == NULL)
    return NULL;
  for (gsize i = 0; i < na; i++)
    r->u.l.items[i] = pml_incref (a->u.l.items[i]);
  for (gsize i = 0; i < nb; i++)
    r->u.l.items[na + i] = pml_incref (b->u.l.items[i]);
  r->u.l.n = na + nb;
  return r;
}

/* l += iterable extends in place */
static PmlObj *
list_inplace_concat (PmlObj *a, PmlObj *b)
{
  return pml_list_extend (a, b) ? pml_incref (a) : NULL;
}

static PmlObj *
list_iter (PmlObj *o)
{
  return pml_iter_new (IT_LIST, o);
}

static gsize
list_sizeof (PmlObj *o)
{
  return pml_list_size (o->u.l.alloc);
}

/* the item array is freed, the list object kept on the free list */
static gboolean
list_dealloc (PmlObj *o)
{
  pml_free_items_reversed (o->u.l.items, o->u.l.n);
  g_free (o->u.l.items);
  pml_mem_free (o->u.l.items_addr);
  o->u.l.items = NULL;
  o->u.l.n = o->u.l.alloc = 0;
  o->u.l.items_addr = 0;
  return o->type == TYPE (T_LIST) && pml_obj_park (VM->list_free, PML_LIST_MAXFREELIST, o);
}

static void
list_traverse (PmlObj *o, PmlVisitFunc visit, gpointer data)
{
  /* list_traverse goes last item first: it shows in the order the
     collector moves objects, hence in __del__ order */
  for (gsize i = o->u.l.n; i > 0; i--)
    PML_VISIT (o->u.l.items[i - 1]);
}

static void
list_referents (PmlObj *o, PmlEdgeFunc edge, gpointer data)
{
  for (gsize i = 0; i < o->u.l.n; i++)
    if (edge (o->u.l.items[i], pml_index_label (i), FALSE, data))
      return;
}

static PmlObj *
list_new (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *l;

  (void) type;
  NO_KW ("list");
  NARGS ("list", 0, 1);
  /* list_vectorcall: PyType_GenericAlloc, never the free list */
  l = pml_obj_new (TYPE (T_LIST), K_LIST, pml_list_object_size (), TRUE);
  if (l == NULL)
    return NULL;
  pml_gc_track (l);
  if (nargs == 0)
    return l;
  return list_fill (l, args[0]);
}

static void
list_free_host (PmlObj *o)
{
  g_free (o->u.l.items);
}

/* list_contains: each item compared in turn, no iterator made */
static int
list_contains (PmlObj *o, PmlObj *item)
{
  for (gsize i = 0; i < o->u.l.n; i++)
    {
      PmlObj *x = pml_incref (o->u.l.items[i]);
      int e = pml_eq (x, item);

      pml_decref (x);
      if (e != 0)
        return e;
    }
  return 0;
}

/* list *= n, in place (list_inplace_repeat) */
static PmlObj *
list_inplace_repeat (PmlObj *a, PmlObj *b)
{
  gint64 n;
  gsize len = a->u.l.n;

  if (b->kind != K_INT && b->kind != K_BOOL)
    return pml_incref (NOTIMPL);
  if (!pml_index_value (b, &n))
    return NULL;
  if (n <= 0 || len == 0)
    {
      pml_list_clear (a);
      return pml_incref (a);
    }
  if ((guint64) n > G_MAXSSIZE / 8 / MAX (len, 1))
    return pml_err_no_memory ();
  if (!pml_list_resize_to (a, len * (gsize) n))
    return NULL;
  for (gsize i = len; i < len * (gsize) n; i++)
    a->u.l.items[i] = pml_incref (a->u.l.items[i % len]);
  return pml_incref (a);
}

const PmlTypeSlots pml_list_slots = {
  .repr = list_repr,
  .hash = pml_hash_not_implemented,
  .richcompare = list_richcompare,
  .getattro = pml_object_getattro,
  .setattro = pml_object_setattro,
  .iter = list_iter,
  .size_of = list_sizeof,
  .nb_inplace = { [OP_ADD] = list_inplace_concat, [OP_MUL] = list_inplace_repeat },
  .length = list_length,
  .subscript = list_subscript,
  .ass_subscript = list_ass_subscript,
  .sq_concat = list_concat,
  .sq_repeat = pml_list_repeat,
  .methods = list_methods,
  .dealloc = list_dealloc,
  .traverse = list_traverse,
  .clear = pml_list_clear,
  .referents = list_referents,
  .flags = PML_TPFLAGS_HAVE_GC,
  .new_instance = list_new,
  .free_host = list_free_host,
  .contains = list_contains,
};

/* a[start:stop] = v as list_ass_slice (step 1: the list grows or shrinks,
 * the replaced items go last, in reverse); a[start:stop:step] = v as
 * list_ass_subscript (exactly @count items, replaced in order). Both keep
 * the old items in a PyMem buffer meanwhile (list_ass_slice: on its stack
 * up to 8). */
gboolean
pml_list_ass_slice (PmlObj *l, gint64 start, gint64 stop, gint64 step, gint64 count, PmlObj *v)
{
  g_autoptr(PmlObjTemp) seq = NULL;
  PmlObj **vitems, **garbage;
  gsize n, ngarbage;
  guint64 addr = 0;

  if (v != l && (v->type == TYPE (T_LIST) || v->type == TYPE (T_TUPLE)))
    seq = pml_incref (v);
  else if ((seq = pml_list_from_iterable (v)) == NULL)
    {
      if (VM->exc && VM->exc->type == TYPE (T_TYPE_ERROR))
        {
          pml_err_clear ();
          pml_err_set (T_TYPE_ERROR, step == 1 ? "can only assign an iterable" : "must assign iterable to extended slice");
        }
      return FALSE;
    }
  vitems = seq->kind == K_LIST ? seq->u.l.items : seq->u.t.items;
  n = seq->kind == K_LIST ? seq->u.l.n : seq->u.t.n;
  if (step == 1)
    {
      gint64 ilow = start, ihigh = MAX (stop, start);
      gsize norig = (gsize) (ihigh - ilow), size = l->u.l.n;
      gint64 d = (gint64) n - (gint64) norig;

      if ((gint64) size + d == 0)
        {
          pml_list_clear (l);
          return TRUE;
        }
      garbage = g_new (PmlObj *, MAX (norig, 1));
      if (norig > 8)
        addr = pml_mem_alloc (norig * 8);
      memcpy (garbage, &l->u.l.items[ilow], norig * sizeof (PmlObj *));
      if (d < 0)
        {
          memmove (&l->u.l.items[ihigh + d], &l->u.l.items[ihigh], (size - (gsize) ihigh) * sizeof (PmlObj *));
          if (!pml_list_resize_to (l, (gsize) ((gint64) size + d)))
            goto fail;
        }
      else if (d > 0)
        {
          if (!pml_list_resize_to (l, size + (gsize) d))
            goto fail;
          memmove (&l->u.l.items[ihigh + d], &l->u.l.items[ihigh], (size - (gsize) ihigh) * sizeof (PmlObj *));
        }
      for (gsize k = 0; k < n; k++)
        l->u.l.items[ilow + (gint64) k] = pml_incref (vitems[k]);
      for (gsize k = norig; k > 0; k--)
        pml_xdecref (garbage[k - 1]);
      ngarbage = norig;
    }
  else
    {
      if ((gint64) n != count)
        {
          pml_err_set (T_VALUE_ERROR, "attempt to assign sequence of size %zu to extended slice of size %" G_GINT64_FORMAT,
                       n, count);
          return FALSE;
        }
      if (count == 0)
        return TRUE;
      ngarbage = (gsize) count;
      garbage = g_new (PmlObj *, ngarbage);
      addr = pml_mem_alloc (ngarbage * 8);
      for (gsize i = 0; i < ngarbage; i++)
        {
          gint64 cur = start + (gint64) i * step;

          garbage[i] = l->u.l.items[cur];
          l->u.l.items[cur] = pml_incref (vitems[i]);
        }
      for (gsize i = 0; i < ngarbage; i++)
        pml_decref (garbage[i]);
    }
  g_free (garbage);
  if (addr != 0)
    pml_mem_free (addr);
  return TRUE;

fail:
  g_free (garbage);
  if (addr != 0)
    pml_mem_free (addr);
  return FALSE;
}
