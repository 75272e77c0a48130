/* pml-py-array.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-array.h"

/* array.array as Modules/arraymodule.c (3.11) has it: a GC object of 64
 * bytes (head, ob_size, ob_item, allocated, descr, weakreflist,
 * ob_exports) whose items are one PyMem block of allocated * itemsize
 * bytes. Growing over-allocates by about 1/16 (array_resize), less than a
 * list: arrays are meant to be the memory-thrifty sequence. */

#define ARR(o) PML_NATIVE (o, PmlArray)

static gboolean
is_array (PmlObj *o)
{
  return pml_native_is (o, &pml_array_type);
}

static guint8 *
item_at (PmlArray *a, gint64 i)
{
  return a->items + i * a->descr->itemsize;
}

static PmlObj *
get_item (PmlArray *a, gint64 i)
{
  return a->descr->get (item_at (a, i));
}

/* the PyMem block holding @allocated items, moved to @nbytes */
static gboolean
realloc_items (PmlArray *a, gsize nbytes)
{
  /* PyMem_RESIZE, from NULL too: a realloc request either way */
  guint64 addr = pml_mem_realloc (a->items_addr, nbytes);

  if (addr == 0)
    return FALSE;
  a->items_addr = addr;
  a->items = g_realloc (a->items, nbytes);
  return TRUE;
}

/* array_resize: room for @newsize items; the block stays when it is large
 * enough and not 16 items too large */
static gboolean
array_resize (PmlObj *o, gint64 newsize)
{
  PmlArray *a = ARR (o);
  gint64 new_alloc;

  if (a->allocated >= newsize && a->size < newsize + 16 && a->items_addr != 0)
    {
      a->size = newsize;
      return TRUE;
    }
  if (newsize == 0)
    {
      pml_mem_free (a->items_addr);
      g_clear_pointer (&a->items, g_free);
      a->items_addr = 0;
      a->size = a->allocated = 0;
      return TRUE;
    }
  new_alloc = (newsize >> 4) + (a->size < 8 ? 3 : 7) + newsize;
  if (!realloc_items (a, (gsize) new_alloc * a->descr->itemsize))
    return FALSE;
  a->size = newsize;
  a->allocated = new_alloc;
  return TRUE;
}

/* newarrayobject: exactly @size items, uninitialised */
static PmlObj *
array_new_sized (gint64 size, const PmlArrayDescr *descr)
{
  PmlObj *o = pml_native_alloc (&pml_array_type, 0);
  PmlArray *a;

  if (o == NULL)
    return NULL;
  pml_gc_track (o);
  a = ARR (o);
  a->descr = descr;
  a->allocated = a->size = size;
  if (size > 0)
    {
      a->items_addr = pml_mem_alloc ((gsize) size * descr->itemsize);
      if (a->items_addr == 0)
        {
          a->allocated = a->size = 0;
          pml_decref (o);
          return NULL;
        }
      a->items = g_malloc0 ((gsize) size * descr->itemsize);
    }
  return o;
}

/* ins1: the value is checked before the array grows */
static gboolean
insert_item (PmlObj *o, gint64 where, PmlObj *v)
{
  PmlArray *a = ARR (o);
  guint8 scratch[8];
  gint64 n = a->size;
  gsize isz = a->descr->itemsize;

  if (!a->descr->set (scratch, v))
    return FALSE;
  if (!array_resize (o, n + 1))
    return FALSE;
  if (where < 0)
    where = MAX (where + n, 0);
  if (where > n)
    where = n;
  if (where != n)
    memmove (item_at (a, where + 1), item_at (a, where), (gsize) (n - where) * isz);
  memcpy (item_at (a, where), scratch, isz);
  return TRUE;
}

/* array_iter_extend: one append per item */
static gboolean
extend_from_iterable (PmlObj *o, PmlObj *iterable)
{
  PmlObj *it = pml_iter (iterable), *v;

  if (it == NULL)
    return FALSE;
  while ((v = pml_iter_next (it)) != NULL)
    {
      gboolean ok = insert_item (o, ARR (o)->size, v);

      pml_decref (v);
      if (!ok)
        {
          pml_decref (it);
          return FALSE;
        }
    }
  pml_decref (it);
  return !pml_err_occurred ();
}

/* array_do_extend */
static gboolean
extend (PmlObj *o, PmlObj *other)
{
  PmlArray *a = ARR (o), *b;
  gint64 old, n;

  if (!is_array (other))
    return extend_from_iterable (o, other);
  b = ARR (other);
  if (a->descr != b->descr)
    {
      pml_err_set (T_TYPE_ERROR, "can only extend with array of same kind");
      return FALSE;
    }
  old = a->size;
  n = b->size;
  if (!array_resize (o, old + n))
    return FALSE;
  if (n > 0)
    memmove (item_at (a, old), b->items, (gsize) n * a->descr->itemsize);
  return TRUE;
}

/* frombytes: whole items appended */
static gboolean
append_bytes (PmlObj *o, const guint8 *data, gsize len)
{
  PmlArray *a = ARR (o);
  gint64 old = a->size, n;

  if (len % a->descr->itemsize != 0)
    {
      pml_err_set (T_VALUE_ERROR, "bytes length not a multiple of item size");
      return FALSE;
    }
  n = (gint64) (len / a->descr->itemsize);
  if (n == 0)
    return TRUE;
  if (!array_resize (o, old + n))
    return FALSE;
  memcpy (item_at (a, old), data, len);
  return TRUE;
}

/* array_del_slice of step 1 */
static gboolean
delete_range (PmlObj *o, gint64 lo, gint64 hi)
{
  PmlArray *a = ARR (o);
  gint64 d = hi - lo;

  if (d <= 0)
    return TRUE;
  memmove (item_at (a, lo), item_at (a, hi), (gsize) (a->size - hi) * a->descr->itemsize);
  return array_resize (o, a->size - d);
}

/* ---- construction ---- */

static const char *
bad_typecode_message (void)
{
  return "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)";
}

static PmlObj *
array_new (PmlObj  *type,
           PmlObj **args,
           gsize    nargs,
           PmlObj  *kwnames)
{
  const PmlArrayDescr *descr;
  PmlObj *tc, *initial = NULL, *it = NULL, *o;
  gint64 len = 0;
  gunichar c;

  (void) type;
  if (kwnames != NULL && kwnames->u.t.n > 0)
    return pml_err_set (T_TYPE_ERROR, "array.array() takes no keyword arguments");
  if (nargs < 1)
    return pml_err_set (T_TYPE_ERROR, "array() takes at least 1 argument (0 given)");
  if (nargs > 2)
    return pml_err_set (T_TYPE_ERROR, "array() takes at most 2 arguments (%zu given)", nargs);
  tc = args[0];
  if (tc->kind != K_STR)
    return pml_err_set (T_TYPE_ERROR, "array() argument 1 must be a unicode character, not %s",
                        pml_type_name (tc));
  if (tc->u.s.len != 1)
    return pml_err_set (T_TYPE_ERROR, "array() argument 1 must be a unicode character, not str");
  c = g_utf8_get_char (tc->u.s.s);
  if (nargs > 1)
    initial = args[1];
  if (initial != NULL && initial->kind == K_STR && c != 'u')
    return pml_err_set (T_TYPE_ERROR, "cannot use a str to initialize an array with typecode '%c'",
                        (char) c);
  descr = c < 128 ? pml_array_descr_find ((char) c) : NULL;
  if (initial != NULL && is_array (initial) && c == 'u' && ARR (initial)->descr->typecode != 'u')
    return pml_err_set (T_TYPE_ERROR, "cannot use a unicode array to initialize an array with typecode '%c'",
                        (char) c);
  /* anything but a list, a tuple, bytes, a str for 'u' or an array of
     the same typecode is iterated, into an empty array */
  if (initial != NULL && !(initial->kind == K_LIST || initial->kind == K_TUPLE ||
                           initial->kind == K_BYTES || initial->kind == K_BYTEARRAY ||
                           (c == 'u' && initial->kind == K_STR) ||
                           (is_array (initial) && descr == ARR (initial)->descr)))
    {
      if ((it = pml_iter (initial)) == NULL)
        return NULL;
      initial = NULL;
    }
  if (descr == NULL)
    {
      pml_xdecref (it);
      return pml_err_set (T_VALUE_ERROR, "%s", bad_typecode_message ());
    }
  if (initial != NULL && initial->kind == K_LIST)
    len = (gint64) initial->u.l.n;
  else if (initial != NULL && initial->kind == K_TUPLE)
    len = (gint64) initial->u.t.n;
  else if (initial != NULL && is_array (initial))
    len = ARR (initial)->size;
  if ((o = array_new_sized (len, descr)) == NULL)
    {
      pml_xdecref (it);
      return NULL;
    }
  if (len > 0 && !is_array (initial))
    {
      for (gint64 i = 0; i < len; i++)
        {
          PmlObj *v = initial->kind == K_LIST ? initial->u.l.items[i] : initial->u.t.items[i];

          if (!descr->set (item_at (ARR (o), i), v))
            goto fail;
        }
    }
  else if (initial != NULL && (initial->kind == K_BYTES || initial->kind == K_BYTEARRAY))
    {
      if (!append_bytes (o, initial->u.b.data, initial->u.b.len))
        goto fail;
    }
  else if (initial != NULL && initial->kind == K_STR)
    {
      /* PyUnicode_AsWideCharString's buffer (with its NUL) becomes the
         items */
      glong n = 0;
      gunichar *w = g_utf8_to_ucs4_fast (initial->u.s.s, (glong) initial->u.s.nbytes, &n);

      if (n > 0)
        {
          PmlArray *a = ARR (o);
          guint64 addr = pml_mem_alloc ((gsize) (n + 1) * 4);

          if (addr == 0)
            {
              g_free (w);
              goto fail;
            }
          a->items_addr = addr;
          a->items = g_malloc ((gsize) (n + 1) * 4);
          memcpy (a->items, w, (gsize) n * 4);
          a->size = a->allocated = n;
        }
      g_free (w);
    }
  else if (initial != NULL && len > 0)
    memcpy (ARR (o)->items, ARR (initial)->items, (gsize) len * descr->itemsize);
  if (it != NULL)
    {
      gboolean ok = extend_from_iterable (o, it);

      PML_CLEAR (it);
      if (!ok)
        goto fail;
    }
  return o;

fail:
  pml_xdecref (it);
  pml_decref (o);
  return NULL;
}

/* ---- the slots ---- */

static PmlObj *
array_tolist (PmlObj *o)
{
  PmlArray *a = ARR (o);
  PmlObj *l = pml_list_new ((gsize) a->size);

  if (l == NULL)
    return NULL;
  for (gint64 i = 0; i < a->size; i++)
    if ((l->u.l.items[i] = get_item (a, i)) == NULL)
      {
        pml_decref (l);
        return NULL;
      }
  return l;
}

static PmlObj *
array_tounicode (PmlObj *o)
{
  PmlArray *a = ARR (o);
  g_autofree char *utf8 = g_ucs4_to_utf8 ((const gunichar *) a->items, a->size, NULL, NULL, NULL);

  if (utf8 == NULL)
    return pml_err_set (T_VALUE_ERROR, "character U+%x is not in range [U+0000; U+10ffff]", 0);
  return pml_str_new (utf8, -1);
}

/* array('i', [1, 2]): the items through a list made for it (a str for 'u') */
static PmlObj *
array_repr (PmlObj *o)
{
  PmlArray *a = ARR (o);
  PmlObj *v, *r;
  GString *s;

  if (a->size == 0)
    return pml_str_printf ("array('%c')", a->descr->typecode);
  v = a->descr->typecode == 'u' ? array_tounicode (o) : array_tolist (o);
  if (v == NULL)
    return NULL;
  s = g_string_new (NULL);
  g_string_append_printf (s, "array('%c', ", a->descr->typecode);
  if (!pml_append_repr (s, v))
    {
      pml_decref (v);
      g_string_free (s, TRUE);
      return NULL;
    }
  pml_decref (v);
  g_string_append_c (s, ')');
  r = pml_str_from_gstring (s);
  return r;
}

static PmlObj *
array_richcompare (PmlObj *v, PmlObj *w, int op)
{
  PmlArray *va, *wa;
  PmlObj *vi = NULL, *wi = NULL, *res;
  int k = 1;

  if (!is_array (v) || !is_array (w))
    return pml_incref (NOTIMPL);
  va = ARR (v);
  wa = ARR (w);
  if (va->size != wa->size && (op == OP_EQ || op == OP_NE))
    return pml_incref (BOOL (op == OP_NE));
  for (gint64 i = 0; i < va->size && i < wa->size; i++)
    {
      vi = get_item (va, i);
      wi = get_item (wa, i);
      if (vi == NULL || wi == NULL)
        {
          pml_xdecref (vi);
          pml_xdecref (wi);
          return NULL;
        }
      k = pml_eq (vi, wi);
      if (k == 0)
        break;
      PML_CLEAR (vi);
      PML_CLEAR (wi);
      if (k < 0)
        return NULL;
    }
  if (k)
    {
      gint64 vs = va->size, ws = wa->size;

      return pml_compare_result (vs < ws ? -1 : vs > ws ? 1 : 0, op);
    }
  if (op == OP_EQ || op == OP_NE)
    res = pml_incref (BOOL (op == OP_NE));
  else
    res = pml_richcompare (vi, wi, op);
  pml_decref (vi);
  pml_decref (wi);
  return res;
}

static PmlObj *
array_getattro (PmlObj *o, PmlObj *name)
{
  if (strcmp (name->u.s.s, "typecode") == 0)
    {
      char c[2] = { ARR (o)->descr->typecode, 0 };

      return pml_str_new (c, 1);
    }
  if (strcmp (name->u.s.s, "itemsize") == 0)
    return pml_int_new (ARR (o)->descr->itemsize);
  return pml_object_getattro (o, name);
}

static gsize
array_sizeof (PmlObj *o)
{
  return pml_obj_presize (o->type) + pml_array_type.basicsize +
         (gsize) ARR (o)->allocated * ARR (o)->descr->itemsize;
}

static gint64
array_length (PmlObj *o)
{
  return ARR (o)->size;
}

/* a new array of the items the slice picks */
static PmlObj *
array_slice (PmlObj *o, gint64 start, gint64 step, gint64 count)
{
  PmlArray *a = ARR (o);
  PmlObj *r = array_new_sized (count, a->descr);
  gsize isz = a->descr->itemsize;

  if (r == NULL)
    return NULL;
  if (step == 1 && count > 0)
    memcpy (ARR (r)->items, item_at (a, start), (gsize) count * isz);
  else
    for (gint64 i = 0, cur = start; i < count; i++, cur += step)
      memcpy (item_at (ARR (r), i), item_at (a, cur), isz);
  return r;
}

static PmlObj *
array_subscript (PmlObj *o, PmlObj *key)
{
  PmlArray *a = ARR (o);
  gint64 i, start, stop, step, count;

  if (key->kind == K_SLICE)
    {
      if (!pml_slice_indices (key, a->size, &start, &stop, &step, &count))
        return NULL;
      return array_slice (o, start, step, count);
    }
  if (pml_slots (key)->nb_index == NULL)
    return pml_err_set (T_TYPE_ERROR, "array indices must be integers");
  if (!pml_index_value (key, &i))
    return NULL;
  if (i < 0)
    i += a->size;
  if (i < 0 || i >= a->size)
    return pml_err_set (T_INDEX_ERROR, "array index out of range");
  return get_item (a, i);
}

/* a[i:j] = other_array, del a[i:j], a[::k] = ... */
static gboolean
assign_slice (PmlObj *o, PmlObj *key, PmlObj *v)
{
  PmlArray *a = ARR (o), *other = NULL;
  gint64 start, stop, step, count, needed;
  gsize isz = a->descr->itemsize;
  g_autoptr(PmlObjTemp) copy = NULL;

  if (!pml_slice_indices (key, a->size, &start, &stop, &step, &count))
    return FALSE;
  if (v != NULL)
    {
      if (!is_array (v))
        {
          pml_err_set (T_TYPE_ERROR, "can only assign array (not \"%s\") to array slice",
                       pml_type_name (v));
          return FALSE;
        }
      if (v == o)
        {
          if ((copy = array_slice (o, 0, 1, a->size)) == NULL)
            return FALSE;
          v = copy;
        }
      other = ARR (v);
      if (other->descr != a->descr)
        {
          pml_err_set (T_TYPE_ERROR, "bad argument type for built-in operation");
          return FALSE;
        }
    }
  needed = other != NULL ? other->size : 0;
  /* the slice of a negative step that selects nothing still counts from start */
  if ((step > 0 && stop < start) || (step < 0 && start < stop))
    stop = start;
  if (step == 1)
    {
      if (count > needed)
        {
          memmove (item_at (a, start + needed), item_at (a, stop), (gsize) (a->size - stop) * isz);
          if (!array_resize (o, a->size + needed - count))
            return FALSE;
        }
      else if (count < needed)
        {
          gint64 old = a->size;

          if (!array_resize (o, a->size + needed - count))
            return FALSE;
          memmove (item_at (a, start + needed), item_at (a, stop), (gsize) (old - stop) * isz);
        }
      if (needed > 0)
        memcpy (item_at (a, start), other->items, (gsize) needed * isz);
      return TRUE;
    }
  if (needed == 0)
    {
      /* an extended slice deleted: the kept items close up */
      gint64 cur, i, w = 0;

      if (step < 0)
        {
          start = start + step * (count - 1);
          step = -step;
        }
      for (cur = 0, i = 0; cur < a->size; cur++)
        {
          if (i < count && cur == start + i * step)
            {
              i++;
              continue;
            }
          if (w != cur)
            memcpy (item_at (a, w), item_at (a, cur), isz);
          w++;
        }
      return array_resize (o, w);
    }
  if (needed != count)
    {
      pml_err_set (T_VALUE_ERROR, "attempt to assign array of size %" G_GINT64_FORMAT
                   " to extended slice of size %" G_GINT64_FORMAT, needed, count);
      return FALSE;
    }
  for (gint64 i = 0, cur = start; i < count; i++, cur += step)
    memcpy (item_at (a, cur), item_at (other, i), isz);
  return TRUE;
}

static gboolean
array_ass_subscript (PmlObj *o, PmlObj *key, PmlObj *v)
{
  PmlArray *a = ARR (o);
  gint64 i;

  if (key->kind == K_SLICE)
    return assign_slice (o, key, v);
  if (pml_slots (key)->nb_index == NULL)
    {
      pml_err_set (T_TYPE_ERROR, "array indices must be integers");
      return FALSE;
    }
  if (!pml_index_value (key, &i))
    return FALSE;
  if (i < 0)
    i += a->size;
  if (i < 0 || i >= a->size)
    {
      pml_err_set (T_INDEX_ERROR, "array assignment index out of range");
      return FALSE;
    }
  if (v == NULL)
    return delete_range (o, i, i + 1);
  return a->descr->set (item_at (a, i), v);
}

static int
array_contains (PmlObj *o, PmlObj *item)
{
  PmlArray *a = ARR (o);

  for (gint64 i = 0; i < a->size; i++)
    {
      PmlObj *x = get_item (a, i);
      int eq;

      if (x == NULL)
        return -1;
      eq = pml_eq (x, item);
      pml_decref (x);
      if (eq != 0)
        return eq;
    }
  return 0;
}

static PmlObj *
array_concat (PmlObj *o, PmlObj *bb)
{
  PmlArray *a = ARR (o), *b;
  PmlObj *r;

  if (!is_array (bb))
    return pml_err_set (T_TYPE_ERROR, "can only append array (not \"%s\") to array",
                        pml_type_name (bb));
  b = ARR (bb);
  if (a->descr != b->descr)
    return pml_err_set (T_TYPE_ERROR, "bad argument type for built-in operation");
  if ((r = array_new_sized (a->size + b->size, a->descr)) == NULL)
    return NULL;
  if (a->size > 0)
    memcpy (ARR (r)->items, a->items, (gsize) a->size * a->descr->itemsize);
  if (b->size > 0)
    memcpy (item_at (ARR (r), a->size), b->items, (gsize) b->size * b->descr->itemsize);
  return r;
}

static PmlObj *
array_repeat (PmlObj *o, gint64 n)
{
  PmlArray *a = ARR (o);
  gsize isz = a->descr->itemsize;
  PmlObj *r;

  if (n < 0)
    n = 0;
  if (a->size > 0 && n > G_MAXINT32 / a->size)
    return pml_err_no_memory ();
  if ((r = array_new_sized (a->size * n, a->descr)) == NULL)
    return NULL;
  for (gint64 k = 0; k < n; k++)
    memcpy (item_at (ARR (r), k * a->size), a->items, (gsize) a->size * isz);
  return r;
}

static PmlObj *
array_inplace_concat (PmlObj *o, PmlObj *bb)
{
  if (!is_array (bb))
    return pml_err_set (T_TYPE_ERROR, "can only extend array with array (not \"%s\")",
                        pml_type_name (bb));
  return extend (o, bb) ? pml_incref (o) : NULL;
}

static PmlObj *
array_inplace_repeat (PmlObj *o, PmlObj *nobj)
{
  PmlArray *a = ARR (o);
  gint64 n, size = a->size;
  gsize isz = a->descr->itemsize;

  if (pml_slots (nobj)->nb_index == NULL)
    return pml_incref (NOTIMPL);
  if (!pml_index_value (nobj, &n))
    return NULL;
  if (size > 0 && n != 1)
    {
      if (n < 0)
        n = 0;
      if (n > G_MAXINT32 / size)
        return pml_err_no_memory ();
      if (!array_resize (o, n * size))
        return NULL;
      for (gint64 k = 1; k < n; k++)
        memcpy (item_at (a, k * size), a->items, (gsize) size * isz);
    }
  return pml_incref (o);
}

static PmlObj *
array_iter (PmlObj *o)
{
  PmlObj *it = pml_native_alloc (&pml_array_iter_type, 0);

  if (it == NULL)
    return NULL;
  it->u.native[0] = pml_incref (o);
  it->u.native[1] = GSIZE_TO_POINTER (0);
  pml_gc_track (it);
  return it;
}

static gboolean
array_dealloc (PmlObj *o)
{
  PmlArray *a = ARR (o);

  pml_mem_free (a->items_addr);
  a->items_addr = 0;
  g_clear_pointer (&a->items, g_free);
  return FALSE;
}

/* an array refers to no object: the collector tracks it all the same */
static void
array_traverse (PmlObj *o, PmlVisitFunc visit, gpointer data)
{
  (void) o;
  (void) visit;
  (void) data;
}

static void
array_free_host (PmlObj *o)
{
  g_clear_pointer (&ARR (o)->items, g_free);
}

/* ---- the methods ---- */

#define ONE_ARG(name) G_STMT_START { METHOD_SELF (); NO_KW (name); NARGS (name, 1, 1); } G_STMT_END
#define NO_ARG(name) G_STMT_START { METHOD_SELF (); NO_KW (name); NARGS (name, 0, 0); } G_STMT_END

static PmlObj *
m_append (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  ONE_ARG ("append");
  return insert_item (self, ARR (self)->size, args[0]) ? pml_incref (NONE) : NULL;
}

static PmlObj *
m_extend (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  ONE_ARG ("extend");
  return extend (self, args[0]) ? pml_incref (NONE) : NULL;
}

static PmlObj *
m_insert (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gint64 i;

  METHOD_SELF ();
  NO_KW ("insert");
  if (nargs != 2)
    return pml_err_set (T_TYPE_ERROR, "insert expected 2 arguments, got %zu", nargs);
  if (!pml_index_value (args[0], &i))
    return NULL;
  return insert_item (self, i, args[1]) ? pml_incref (NONE) : NULL;
}

static PmlObj *
m_pop (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlArray *a;
  gint64 i = -1;
  PmlObj *v;

  METHOD_SELF ();
  NO_KW ("pop");
  NARGS ("pop", 0, 1);
  a = ARR (self);
  if (nargs == 1 && !pml_index_value (args[0], &i))
    return NULL;
  if (a->size == 0)
    return pml_err_set (T_INDEX_ERROR, "pop from empty array");
  if (i < 0)
    i += a->size;
  if (i < 0 || i >= a->size)
    return pml_err_set (T_INDEX_ERROR, "pop index out of range");
  if ((v = get_item (a, i)) == NULL)
    return NULL;
  if (!delete_range (self, i, i + 1))
    {
      pml_decref (v);
      return NULL;
    }
  return v;
}

/* the first index in [start, stop) holding an item equal to @x, -1 if
 * none, -2 on an error */
static gint64
find (PmlObj *self, PmlObj *x, gint64 start, gint64 stop)
{
  PmlArray *a = ARR (self);

  for (gint64 i = start; i < stop && i < a->size; i++)
    {
      PmlObj *v = get_item (a, i);
      int eq;

      if (v == NULL)
        return -2;
      eq = pml_eq (v, x);
      pml_decref (v);
      if (eq < 0)
        return -2;
      if (eq > 0)
        return i;
    }
  return -1;
}

static PmlObj *
m_remove (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gint64 i;

  ONE_ARG ("remove");
  i = find (self, args[0], 0, ARR (self)->size);
  if (i == -2)
    return NULL;
  if (i == -1)
    return pml_err_set (T_VALUE_ERROR, "array.remove(x): x not in array");
  return delete_range (self, i, i + 1) ? pml_incref (NONE) : NULL;
}

static PmlObj *
m_index (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gint64 i, start, stop;

  METHOD_SELF ();
  NO_KW ("index");
  NARGS ("index", 1, 3);
  if (!pml_seq_index_bounds (args + 1, nargs - 1, ARR (self)->size, &start, &stop))
    return NULL;
  i = find (self, args[0], start, stop);
  if (i == -2)
    return NULL;
  if (i == -1)
    return pml_err_set (T_VALUE_ERROR, "array.index(x): x not in array");
  return pml_int_new (i);
}

static PmlObj *
m_count (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlArray *a;
  gint64 n = 0;

  ONE_ARG ("count");
  a = ARR (self);
  for (gint64 i = 0; i < a->size; i++)
    {
      PmlObj *v = get_item (a, i);
      int eq;

      if (v == NULL)
        return NULL;
      eq = pml_eq (v, args[0]);
      pml_decref (v);
      if (eq < 0)
        return NULL;
      n += eq;
    }
  return pml_int_new (n);
}

static PmlObj *
m_reverse (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlArray *a;
  guint8 tmp[8];
  gsize isz;

  NO_ARG ("reverse");
  (void) args;
  a = ARR (self);
  isz = a->descr->itemsize;
  for (gint64 i = 0, j = a->size - 1; i < j; i++, j--)
    {
      memcpy (tmp, item_at (a, i), isz);
      memcpy (item_at (a, i), item_at (a, j), isz);
      memcpy (item_at (a, j), tmp, isz);
    }
  return pml_incref (NONE);
}

static PmlObj *
m_byteswap (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlArray *a;
  gsize isz;

  NO_ARG ("byteswap");
  (void) args;
  a = ARR (self);
  isz = a->descr->itemsize;
  for (gint64 i = 0; i < a->size; i++)
    {
      guint8 *p = item_at (a, i);

      for (gsize k = 0; k < isz / 2; k++)
        {
          guint8 t = p[k];

          p[k] = p[isz - 1 - k];
          p[isz - 1 - k] = t;
        }
    }
  return pml_incref (NONE);
}

/* (address, length): the address is the simulated heap's */
static PmlObj *
m_buffer_info (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *addr, *len, *t;

  NO_ARG ("buffer_info");
  (void) args;
  addr = pml_int_new ((gint64) ARR (self)->items_addr);
  len = pml_int_new (ARR (self)->size);
  t = addr && len ? pml_tuple_pack (2, addr, len) : NULL;
  pml_xdecref (addr);
  pml_xdecref (len);
  return t;
}

static PmlObj *
m_tolist (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  NO_ARG ("tolist");
  (void) args;
  return array_tolist (self);
}

static PmlObj *
m_fromlist (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *list;
  gint64 old, n;

  ONE_ARG ("fromlist");
  list = args[0];
  if (list->kind != K_LIST)
    return pml_err_set (T_TYPE_ERROR, "arg must be list");
  n = (gint64) list->u.l.n;
  if (n == 0)
    return pml_incref (NONE);
  old = ARR (self)->size;
  if (!array_resize (self, old + n))
    return NULL;
  for (gint64 i = 0; i < n; i++)
    if (!ARR (self)->descr->set (item_at (ARR (self), old + i), list->u.l.items[i]))
      {
        array_resize (self, old);
        return NULL;
      }
  return pml_incref (NONE);
}

static PmlObj *
m_tobytes (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlArray *a;

  NO_ARG ("tobytes");
  (void) args;
  a = ARR (self);
  return pml_bytes_new (a->items, (gsize) a->size * a->descr->itemsize);
}

static PmlObj *
m_frombytes (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *b;

  ONE_ARG ("frombytes");
  b = args[0];
  if (is_array (b))
    {
      if (ARR (b)->descr->itemsize != 1 && ARR (b)->descr->typecode != 'b')
        return pml_err_set (T_TYPE_ERROR, "a bytes-like object is required, not '%s'",
                            pml_type_name (b));
      return append_bytes (self, ARR (b)->items, (gsize) ARR (b)->size) ? pml_incref (NONE) : NULL;
    }
  if (b->kind != K_BYTES && b->kind != K_BYTEARRAY)
    return pml_err_set (T_TYPE_ERROR, "a bytes-like object is required, not '%s'", pml_type_name (b));
  return append_bytes (self, b->u.b.data, b->u.b.len) ? pml_incref (NONE) : NULL;
}

static PmlObj *
m_tounicode (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  NO_ARG ("tounicode");
  (void) args;
  if (ARR (self)->descr->typecode != 'u')
    return pml_err_set (T_VALUE_ERROR, "tounicode() may only be called on unicode type arrays");
  return array_tounicode (self);
}

static PmlObj *
m_fromunicode (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  glong n = 0;
  gunichar *w;
  gint64 old;
  gboolean ok = TRUE;

  ONE_ARG ("fromunicode");
  if (args[0]->kind != K_STR)
    return pml_err_set (T_TYPE_ERROR, "fromunicode() argument must be str, not %s",
                        pml_type_name (args[0]));
  if (ARR (self)->descr->typecode != 'u')
    return pml_err_set (T_VALUE_ERROR, "fromunicode() may only be called on unicode type arrays");
  w = g_utf8_to_ucs4_fast (args[0]->u.s.s, (glong) args[0]->u.s.nbytes, &n);
  old = ARR (self)->size;
  if (n > 0 && (ok = array_resize (self, old + n)))
    memcpy (item_at (ARR (self), old), w, (gsize) n * 4);
  g_free (w);
  return ok ? pml_incref (NONE) : NULL;
}

static PmlObj *
m_copy (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  METHOD_SELF ();
  NO_KW ("__copy__");
  (void) args;
  (void) nargs;
  return array_slice (self, 0, 1, ARR (self)->size);
}

static PmlObj *
m_sizeof (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  NO_ARG ("__sizeof__");
  (void) args;
  return pml_int_new ((gint64) (pml_array_type.basicsize +
                                (gsize) ARR (self)->allocated * ARR (self)->descr->itemsize));
}

static const PmlMethodDef array_methods[] = {
  { "append", m_append },
  { "buffer_info", m_buffer_info },
  { "byteswap", m_byteswap },
  { "count", m_count },
  { "extend", m_extend },
  { "frombytes", m_frombytes },
  { "fromlist", m_fromlist },
  { "fromunicode", m_fromunicode },
  { "index", m_index },
  { "insert", m_insert },
  { "pop", m_pop },
  { "remove", m_remove },
  { "reverse", m_reverse },
  { "tobytes", m_tobytes },
  { "tolist", m_tolist },
  { "tounicode", m_tounicode },
  { "__copy__", m_copy },
  { "__deepcopy__", m_copy },
  { "__sizeof__", m_sizeof },
  { NULL, NULL },
};

static PmlObj *
get_typecode (PmlObj *o)
{
  char c[2] = { ARR (o)->descr->typecode, 0 };

  return pml_str_new (c, 1);
}

static PmlObj *
get_itemsize (PmlObj *o)
{
  return pml_int_new (ARR (o)->descr->itemsize);
}

static const PmlGetSetDef array_getsets[] = {
  { "typecode", get_typecode, "the typecode character used to create the array", FALSE },
  { "itemsize", get_itemsize, "the size, in bytes, of one array item", FALSE },
  { NULL, NULL, NULL, FALSE },
};

static const PmlTypeSlots array_slots = {
  .repr = array_repr,
  .hash = pml_hash_not_implemented,
  .richcompare = array_richcompare,
  .getattro = array_getattro,
  .setattro = pml_object_setattro,
  .new_instance = array_new,
  .no_vectorcall = TRUE,
  .size_of = array_sizeof,
  .iter = array_iter,
  .nb_inplace = { [OP_ADD] = array_inplace_concat, [OP_MUL] = array_inplace_repeat },
  .sq_concat = array_concat,
  .sq_repeat = array_repeat,
  .length = array_length,
  .subscript = array_subscript,
  .ass_subscript = array_ass_subscript,
  .contains = array_contains,
  .methods = array_methods,
  .getsets = array_getsets,
  .dealloc = array_dealloc,
  .traverse = array_traverse,
  .free_host = array_free_host,
  .flags = PML_TPFLAGS_HAVE_GC | PML_TPFLAGS_WEAKREFABLE,
};

/* 16 header + ob_size, ob_item, allocated, ob_descr, weakreflist, ob_exports */
const PmlNativeType pml_array_type = { "array.array", 64, &array_slots };

/* ---- the iterator: the array and the next index ---- */

static PmlObj *
iter_self (PmlObj *it)
{
  return pml_incref (it);
}

static PmlObj *
iter_next (PmlObj *it)
{
  PmlObj *arr = it->u.native[0];
  gint64 i = (gint64) GPOINTER_TO_SIZE (it->u.native[1]);

  if (arr == NULL)
    return NULL;
  if (i < ARR (arr)->size)
    {
      it->u.native[1] = GSIZE_TO_POINTER ((gsize) (i + 1));
      return get_item (ARR (arr), i);
    }
  it->u.native[0] = NULL;
  pml_decref (arr);
  return NULL;
}

static gboolean
iter_dealloc (PmlObj *it)
{
  PML_CLEAR (*(PmlObj **) &it->u.native[0]);
  return FALSE;
}

static void
iter_traverse (PmlObj *it, PmlVisitFunc visit, gpointer data)
{
  PML_VISIT ((PmlObj *) it->u.native[0]);
}

static const PmlTypeSlots array_iter_slots = {
  .repr = pml_object_repr,
  .hash = pml_object_hash,
  .richcompare = pml_object_richcompare,
  .getattro = pml_object_getattro,
  .setattro = pml_object_setattro,
  .iter = iter_self,
  .iternext = iter_next,
  .dealloc = iter_dealloc,
  .traverse = iter_traverse,
  .flags = PML_TPFLAGS_HAVE_GC,
};

/* 16 header + index, ao, getitem */
const PmlNativeType pml_array_iter_type = { "array.arrayiterator", 40, &array_iter_slots };
