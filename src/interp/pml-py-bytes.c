/* pml-py-bytes.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-type.h"
#include "pml-object-sizes.h"

/* The bytes and bytearray types: their methods and slots. */

/* ---- methods ---- */

/* bytearray over-allocates like PyByteArray_Resize: +1/8 plus the NUL */
static PmlObj *
m_bytearray_append (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gint64 b;
  gsize size;

  METHOD_SELF ();
  NO_KW ("append");
  NARGS ("append", 1, 1);
  if (!pml_index_value (args[0], &b))
    return NULL;
  if (b < 0 || b > 255)
    return pml_err_set (T_VALUE_ERROR, "byte must be in range(0, 256)");
  size = self->u.b.len + 1;
  if (size + 1 > self->u.b.alloc)
    {
      gsize alloc = size + (size >> 3) + (size < 9 ? 3 : 6);
      guint64 addr;

      if (self->u.b.alloc == 0 || size + 1 > alloc)
        alloc = size + 1;
      addr = self->u.b.buf_addr ? pml_mem_realloc (self->u.b.buf_addr, alloc) : pml_mem_alloc (alloc);
      if (addr == 0)
        return NULL;
      self->u.b.buf_addr = addr;
      self->u.b.alloc = alloc;
      self->u.b.data = g_realloc (self->u.b.data, alloc);
    }
  self->u.b.data[self->u.b.len++] = (guint8) b;
  return pml_incref (NONE);
}

/* ---- slots ---- */

static gboolean
is_bytes_like (PmlObj *o)
{
  return o->kind == K_BYTES || o->kind == K_BYTEARRAY;
}

/* FNV over the bytes */
static gint64
bytes_hash (PmlObj *o, gboolean *ok)
{
  guint64 h = G_GUINT64_CONSTANT (0xcbf29ce484222325);

  *ok = TRUE;
  for (gsize i = 0; i < o->u.b.len; i++)
    h = (h ^ o->u.b.data[i]) * G_GUINT64_CONSTANT (0x100000001b3);
  return (gint64) (h >> 2);
}

static PmlObj *
bytes_richcompare (PmlObj *a, PmlObj *b, int op)
{
  gsize n;
  int c;

  if (!is_bytes_like (a) || !is_bytes_like (b))
    return pml_incref (NOTIMPL);
  n = MIN (a->u.b.len, b->u.b.len);
  c = memcmp (a->u.b.data, b->u.b.data, n);
  c = c != 0 ? (c < 0 ? -1 : 1) : (a->u.b.len < b->u.b.len ? -1 : a->u.b.len > b->u.b.len);
  return pml_compare_result (c, op);
}

static gint64
bytes_length (PmlObj *o)
{
  return (gint64) o->u.b.len;
}

static PmlObj *
bytes_subscript (PmlObj *o, PmlObj *key)
{
  gint64 i, start, stop, step, count;

  if (key->kind == K_SLICE)
    {
      GByteArray *out;
      PmlObj *r;

      if (!pml_slice_indices (key, (gint64) o->u.b.len, &start, &stop, &step, &count))
        return NULL;
      out = g_byte_array_new ();
      for (gint64 k = 0; k < count; k++)
        g_byte_array_append (out, &o->u.b.data[start + k * step], 1);
      r = pml_bytes_new (out->data, out->len);
      g_byte_array_unref (out);
      return r;
    }
  if (!pml_normalize_index (key, (gint64) o->u.b.len, &i, o->kind == K_BYTES ? "index" : "bytearray"))
    return NULL;
  return pml_int_new (o->u.b.data[i]);
}

static PmlObj *
bytes_concat (PmlObj *a, PmlObj *b)
{
  GByteArray *out;
  PmlObj *r;

  if (b->kind != K_BYTES)
    return pml_err_set (T_TYPE_ERROR, "can't concat %s to bytes", pml_type_name (b));
  out = g_byte_array_new ();
  g_byte_array_append (out, a->u.b.data, (guint) a->u.b.len);
  g_byte_array_append (out, b->u.b.data, (guint) b->u.b.len);
  r = pml_bytes_new (out->data, out->len);
  g_byte_array_unref (out);
  return r;
}

static PmlObj *
bytes_repeat (PmlObj *seq, gint64 n)
{
  GByteArray *out;
  PmlObj *r;

  if (n <= 0)
    return pml_incref (VM->empty_bytes);
  if ((guint64) n * seq->u.b.len > ((guint64) 1 << 31))
    return pml_err_no_memory ();
  out = g_byte_array_new ();
  for (gint64 i = 0; i < n; i++)
    g_byte_array_append (out, seq->u.b.data, (guint) seq->u.b.len);
  r = pml_bytes_new (out->data, out->len);
  g_byte_array_unref (out);
  return r;
}

static PmlObj *
bytes_iter (PmlObj *o)
{
  return pml_iter_new (IT_BYTES, o);
}

static gsize
bytes_sizeof (PmlObj *o)
{
  return pml_bytes_size (o->u.b.len);
}

static gboolean
bytes_dealloc (PmlObj *o)
{
  g_free (o->u.b.data);
  return FALSE;
}

const PmlTypeSlots pml_bytes_slots = {
  .repr = pml_bytes_repr,
  .hash = bytes_hash,
  .richcompare = bytes_richcompare,
  .getattro = pml_object_getattro,
  .setattro = pml_object_setattro,
  .iter = bytes_iter,
  .size_of = bytes_sizeof,
  .length = bytes_length,
  .subscript = bytes_subscript,
  .sq_concat = bytes_concat,
  .sq_repeat = bytes_repeat,
  .dealloc = bytes_dealloc,
};

static gboolean
bytearray_ass_subscript (PmlObj *o, PmlObj *key, PmlObj *v)
{
  gint64 i, b;

  if (v == NULL)
    {
      pml_err_set (T_TYPE_ERROR, "bytearray item deletion is not supported in scenarios");
      return FALSE;
    }
  if (!pml_normalize_index (key, (gint64) o->u.b.len, &i, "bytearray") || !pml_index_value (v, &b))
    return FALSE;
  o->u.b.data[i] = (guint8) b;
  return TRUE;
}

static gsize
bytearray_sizeof (PmlObj *o)
{
  return 56 + o->u.b.alloc;
}

static const PmlMethodDef bytearray_methods[] = {
  { "append", m_bytearray_append },
  { NULL, NULL }
};

static gboolean
bytearray_dealloc (PmlObj *o)
{
  g_free (o->u.b.data);
  pml_mem_free (o->u.b.buf_addr);
  return FALSE;
}

const PmlTypeSlots pml_bytearray_slots = {
  .repr = pml_bytes_repr,
  .hash = pml_hash_not_implemented,
  .richcompare = bytes_richcompare,
  .getattro = pml_object_getattro,
  .setattro = pml_object_setattro,
  .iter = bytes_iter,
  .size_of = bytearray_sizeof,
  .length = bytes_length,
  .subscript = bytes_subscript,
  .ass_subscript = bytearray_ass_subscript,
  .methods = bytearray_methods,
  .dealloc = bytearray_dealloc,
};
