/* pml-py-bytearray-ops.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-type.h"
#include "pml-py-bytes-text.h"

/* bytearray as a mutable sequence: + and * give bytearrays, += and *=
 * grow the buffer in place, slices read as bytearrays, and items and
 * slices can be assigned and deleted. */

static gboolean
is_buffer (PmlObj *o)
{
  return o->kind == K_BYTES || o->kind == K_BYTEARRAY;
}

static PmlObj *
new_bytearray (const guint8 *data, gsize len)
{
  PmlObj *r = pml_call_from_c (TYPE (T_BYTEARRAY), NULL, 0);
  if (r != NULL && len > 0)
    {
      if (!pml_bytearray_resize (r, len))
        PML_CLEAR (r);
      else
        memcpy (r->u.b.data, data, len);
    }
  return r;
}

PmlObj *
pml_bytearray_concat (PmlObj *a, PmlObj *b)
{
  PmlObj *r;

  if (!is_buffer (b))
    return pml_err_set (T_TYPE_ERROR, "can't concat %s to %s", pml_type_name (b), pml_type_name (a));
  r = new_bytearray (a->u.b.data, a->u.b.len);
  if (r != NULL && b->u.b.len > 0)
    {
      gsize old = r->u.b.len, n = b->u.b.len;

      if (!pml_bytearray_resize (r, old + n))
        PML_CLEAR (r);
      else
        memcpy (r->u.b.data + old, b->u.b.data, n);
    }
  return r;
}

PmlObj *
pml_bytearray_repeat (PmlObj *a, gint64 n)
{
  gsize len = a->u.b.len;
  PmlObj *r;

  if (n < 0)
    n = 0;
  if (len > 0 && (guint64) n * len > ((guint64) 1 << 31))
    return pml_err_no_memory ();
  r = new_bytearray (NULL, 0);
  if (r != NULL && n * len > 0)
    {
      if (!pml_bytearray_resize (r, (gsize) n * len))
        PML_CLEAR (r);
      else
        for (gint64 i = 0; i < n; i++)
          memcpy (r->u.b.data + (gsize) i * len, a->u.b.data, len);
    }
  return r;
}

PmlObj *
pml_bytearray_inplace_concat (PmlObj *a, PmlObj *b)
{
  gsize old = a->u.b.len, n;

  if (a->kind != K_BYTEARRAY)
    return pml_incref (NOTIMPL);
  if (!is_buffer (b))
    return pml_err_set (T_TYPE_ERROR, "can't concat %s to %s", pml_type_name (b), pml_type_name (a));
  n = b->u.b.len;
  if (n > 0)
    {
      /* b may be a itself */
      guint8 *copy = g_memdup2 (b->u.b.data, n);

      if (!pml_bytearray_resize (a, old + n))
        {
          g_free (copy);
          return NULL;
        }
      memcpy (a->u.b.data + old, copy, n);
      g_free (copy);
    }
  return pml_incref (a);
}

PmlObj *
pml_bytearray_inplace_repeat (PmlObj *a, PmlObj *count)
{
  gint64 n;
  gsize len = a->u.b.len;

  if (a->kind != K_BYTEARRAY)
    return pml_incref (NOTIMPL);
  if (count->kind != K_INT && count->kind != K_BOOL)
    return pml_err_set (T_TYPE_ERROR, "can't multiply sequence by non-int of type '%s'", pml_type_name (count));
  if (!pml_index_value (count, &n))
    return NULL;
  if (n < 0)
    n = 0;
  if (len > 0 && (guint64) n * len > ((guint64) 1 << 31))
    return pml_err_no_memory ();
  if (!pml_bytearray_resize (a, (gsize) n * len))
    return NULL;
  for (gint64 i = 1; i < n; i++)
    memcpy (a->u.b.data + (gsize) i * len, a->u.b.data, len);
  return pml_incref (a);
}

PmlObj *
pml_bytearray_subscript (PmlObj *o, PmlObj *key)
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
      r = new_bytearray (out->data, out->len);
      g_byte_array_unref (out);
      return r;
    }
  if (!pml_normalize_index (key, (gint64) o->u.b.len, &i, "bytearray"))
    return NULL;
  return pml_int_new (o->u.b.data[i]);
}

/* the bytes a slice assignment puts in: a buffer, or ints in range(256) */
static GByteArray *
new_bytes_of (PmlObj *v)
{
  GByteArray *out = g_byte_array_new ();
  PmlObj *it, *item;

  if (v == NULL)
    return out;
  if (is_buffer (v))
    {
      g_byte_array_append (out, v->u.b.data, (guint) v->u.b.len);
      return out;
    }
  if (v->kind == K_INT || v->kind == K_STR)
    {
      g_byte_array_unref (out);
      pml_err_set (T_TYPE_ERROR, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
      return NULL;
    }
  it = pml_iter (v);
  if (it == NULL)
    {
      g_byte_array_unref (out);
      pml_err_clear ();
      pml_err_set (T_TYPE_ERROR, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
      return NULL;
    }
  while ((item = pml_iter_next_owned (it)) != NULL)
    {
      guint8 b;
      gboolean ok = pml_byte_value (item, &b);

      pml_decref (item);
      if (!ok)
        break;
      g_byte_array_append (out, &b, 1);
    }
  pml_decref (it);
  if (pml_err_occurred ())
    {
      g_byte_array_unref (out);
      return NULL;
    }
  return out;
}

gboolean
pml_bytearray_ass_subscript (PmlObj *o, PmlObj *key, PmlObj *v)
{
  gint64 i, start, stop, step, count;
  gsize len = o->u.b.len;

  if (key->kind != K_SLICE)
    {
      guint8 b;

      if (!pml_normalize_index (key, (gint64) len, &i, "bytearray"))
        return FALSE;
      if (v != NULL)
        {
          if (!pml_byte_value (v, &b))
            return FALSE;
          o->u.b.data[i] = b;
          return TRUE;
        }
      memmove (o->u.b.data + i, o->u.b.data + i + 1, len - (gsize) i - 1);
      return pml_bytearray_resize (o, len - 1);
    }
  if (!pml_slice_indices (key, (gint64) len, &start, &stop, &step, &count))
    return FALSE;
  {
    GByteArray *add = new_bytes_of (v);
    gboolean ok = TRUE;

    if (add == NULL)
      return FALSE;
    if (step == 1 || (v == NULL && count == 0))
      {
        gsize lo = (gsize) start, hi = (gsize) MAX (start, stop), n = add->len;
        gsize tail = len - hi, newlen = lo + n + tail;
        guint8 *rest = g_memdup2 (o->u.b.data + hi, MAX (tail, 1));

        if (step != 1)
          hi = lo;
        ok = pml_bytearray_resize (o, newlen);
        if (ok)
          {
            memcpy (o->u.b.data + lo, add->data, n);
            memcpy (o->u.b.data + lo + n, rest, tail);
          }
        g_free (rest);
      }
    else if (v == NULL)
      {
        /* deleting an extended slice: keep the others in order */
        gsize w = 0;

        if (step < 0)
          {
            start = start + step * (count - 1);
            step = -step;
          }
        for (gsize r = 0; r < len; r++)
          if (!((gint64) r >= start && ((gint64) r - start) % step == 0 && ((gint64) r - start) / step < count))
            o->u.b.data[w++] = o->u.b.data[r];
        ok = pml_bytearray_resize (o, w);
      }
    else if ((gint64) add->len != count)
      {
        pml_err_set (T_VALUE_ERROR, "attempt to assign bytes of size %u to extended slice of size %" G_GINT64_FORMAT,
                     add->len, count);
        ok = FALSE;
      }
    else
      for (gint64 k = 0; k < count; k++)
        o->u.b.data[start + k * step] = add->data[k];
    g_byte_array_unref (add);
    return ok;
  }
}
