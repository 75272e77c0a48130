/* pml-py-bytes.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-type.h"
#include "pml-py-native.h"
#include "pml-object-sizes.h"
#include "pml-py-format.h"
#include "pml-py-bytes-text.h"

/* The bytes and bytearray types: their methods and slots. */

/* the methods are in pml-py-bytes-methods.c */
extern const PmlMethodDef pml_bytes_methods[];
extern const PmlMethodDef pml_bytearray_methods[];

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
  if (!pml_normalize_index (key, (gint64) o->u.b.len, &i, o->kind == K_BYTES ? "byte" : "bytearray"))
    return NULL;
  return pml_int_new (o->u.b.data[i]);
}

static PmlObj *
bytes_concat (PmlObj *a, PmlObj *b)
{
  GByteArray *out;
  PmlObj *r;

  if (b->kind != K_BYTES && b->kind != K_BYTEARRAY)
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

/* bytes(source, encoding, errors) and bytearray's: with an encoding or
 * errors, the source must be a str, encoded as str.encode does; *out is
 * NULL when neither was given */
static gboolean
encode_source (PmlObj       *source,
               PmlObj       *encoding,
               PmlObj       *errors,
               const char   *fname,
               PmlObj      **out)
{
  PmlObj *encode, *argv[2];
  gsize n = 0;

  *out = NULL;
  if (encoding == NULL && errors == NULL)
    return TRUE;
  for (int i = 0; i < 2; i++)
    {
      PmlObj *arg = i == 0 ? encoding : errors;

      if (arg != NULL && arg->kind != K_STR)
        {
          pml_err_set (T_TYPE_ERROR, "%s() argument '%s' must be str, not %s", fname,
                       i == 0 ? "encoding" : "errors", pml_type_name (arg));
          return FALSE;
        }
    }
  if (source == NULL || source->kind != K_STR)
    {
      pml_err_set (T_TYPE_ERROR, encoding != NULL ? "encoding without a string argument"
                                                  : "errors without a string argument");
      return FALSE;
    }
  argv[n++] = encoding != NULL ? pml_incref (encoding) : pml_str_new ("utf-8", -1);
  if (errors != NULL)
    argv[n++] = errors;
  encode = pml_getattr_cstr (source, "encode");
  *out = encode ? pml_call (encode, argv, n, NULL) : NULL;
  pml_xdecref (encode);
  pml_xdecref (argv[0]);
  return *out != NULL;
}

/* bytes(n) zeros, or bytes(iterable of ints), or bytes(str, encoding) */
static PmlObj *
bytes_new (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  static const char *const names[] = { "source", "encoding", "errors", NULL };
  static const PmlArgSpec spec = { "bytes", names, 0, 3, FALSE };
  PmlObj *a[3], *encoded;

  (void) type;
  if (!pml_parse_args (&spec, args, nargs, kwnames, a) ||
      !encode_source (a[0], a[1], a[2], "bytes", &encoded))
    return NULL;
  if (encoded != NULL)
    return encoded;
  args = a;
  if (a[0] == NULL)
    return pml_incref (VM->empty_bytes);
  if (args[0]->kind == K_STR)
    return pml_err_set (T_TYPE_ERROR, "string argument without an encoding");
  if (args[0]->kind == K_INT)
    {
      gint64 n;

      if (!pml_int_as_i64 (args[0], &n) || n < 0)
        return pml_err_set (T_VALUE_ERROR, "negative count");
      {
        guint8 *zeros = g_malloc0 ((gsize) MAX (n, 1));
        PmlObj *r = pml_bytes_new (zeros, (gsize) n);

        g_free (zeros);
        return r;
      }
    }
  {
    PmlObj *l = pml_list_from_iterable (args[0]), *r;
    GByteArray *out;

    if (l == NULL)
      return NULL;
    out = g_byte_array_new ();
    for (gsize i = 0; i < l->u.l.n; i++)
      {
        gint64 b;

        if (!pml_index_value (l->u.l.items[i], &b) || b < 0 || b > 255)
          {
            if (!pml_err_occurred ())
              pml_err_set (T_VALUE_ERROR, "bytes must be in range(0, 256)");
            g_byte_array_unref (out);
            pml_decref (l);
            return NULL;
          }
        {
          guint8 c = (guint8) b;

          g_byte_array_append (out, &c, 1);
        }
      }
    r = pml_bytes_new (out->data, out->len);
    g_byte_array_unref (out);
    pml_decref (l);
    return r;
  }
}

static void
bytes_free_host (PmlObj *o)
{
  g_free (o->u.b.data);
}

/* `x in b`: an int is a byte, anything bytes-like a substring */
static int
bytes_contains (PmlObj *o, PmlObj *item)
{
  const guint8 *h = o->u.b.data, *n;
  gsize hl = o->u.b.len, nl;

  if (item->kind == K_INT || item->kind == K_BOOL)
    {
      guint8 b;

      if (!pml_byte_value (item, &b))
        return -1;
      return hl > 0 && memchr (h, b, hl) != NULL;
    }
  if (item->kind != K_BYTES && item->kind != K_BYTEARRAY)
    {
      pml_err_set (T_TYPE_ERROR, "a bytes-like object is required, not '%s'", pml_type_name (item));
      return -1;
    }
  n = item->u.b.data;
  nl = item->u.b.len;
  for (gsize i = 0; i + nl <= hl; i++)
    if (memcmp (h + i, n, nl) == 0)
      return 1;
  return 0;
}

/* printf-style formatting; the slot is also tried for x % bytes */
static PmlObj *
bytes_mod (PmlObj *a, PmlObj *b)
{
  if (a->kind != K_BYTES && a->kind != K_BYTEARRAY)
    return pml_incref (NOTIMPL);
  return pml_bytes_percent_format (a, b);
}

const PmlTypeSlots pml_bytes_slots = {
  .nb[OP_MOD] = bytes_mod,
  .contains = bytes_contains,
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
  .new_instance = bytes_new,
  .no_vectorcall = TRUE,
  .free_host = bytes_free_host,
  .methods = pml_bytes_methods,
};


static gsize
bytearray_sizeof (PmlObj *o)
{
  return 56 + o->u.b.alloc;
}

static gboolean
bytearray_dealloc (PmlObj *o)
{
  g_free (o->u.b.data);
  pml_mem_free (o->u.b.buf_addr);
  return FALSE;
}

/* PyByteArray_Resize growing to SIZE bytes: a moderate upsize
 * over-allocates by 1/8, a larger one allocates the exact size (plus the
 * NUL) */
static gboolean
bytearray_grow (PmlObj *self, gsize size)
{
  gsize alloc;
  guint64 addr;

  if (size + 1 <= self->u.b.alloc)
    return TRUE;
  if (size <= self->u.b.alloc + (self->u.b.alloc >> 3))
    alloc = size + (size >> 3) + (size < 9 ? 3 : 6);
  else
    alloc = size + 1;
  addr = self->u.b.buf_addr ? pml_mem_realloc (self->u.b.buf_addr, alloc) : pml_mem_alloc (alloc);
  if (addr == 0)
    return FALSE;
  self->u.b.buf_addr = addr;
  self->u.b.alloc = alloc;
  self->u.b.data = g_realloc (self->u.b.data, alloc);
  return TRUE;
}

/* an int in range(0, 256), as bytearray's item assignment and mutators
 * take it */
gboolean
pml_byte_value (PmlObj *o,
                guint8 *out)
{
  gint64 b;

  if (!pml_index_value (o, &b))
    return FALSE;
  if (b < 0 || b > 255)
    {
      pml_err_set (T_VALUE_ERROR, "byte must be in range(0, 256)");
      return FALSE;
    }
  *out = (guint8) b;
  return TRUE;
}

/* bytearray_init for one argument: a count of zeros, a buffer, a list or
 * tuple (sized once), or any iterable (appended byte by byte) */
static gboolean
bytearray_init (PmlObj *self, PmlObj *arg)
{
  if (arg->kind == K_STR)
    {
      pml_err_set (T_TYPE_ERROR, "string argument without an encoding");
      return FALSE;
    }
  if (arg->kind == K_INT || arg->kind == K_BOOL)
    {
      gint64 n;

      if (!pml_index_value (arg, &n))
        return FALSE;
      if (n < 0)
        {
          pml_err_set (T_VALUE_ERROR, "negative count");
          return FALSE;
        }
      if (n > 0 && !bytearray_grow (self, (gsize) n))
        return FALSE;
      memset (self->u.b.data, 0, (gsize) n);
      self->u.b.len = (gsize) n;
      return TRUE;
    }
  if (arg->kind == K_BYTES || arg->kind == K_BYTEARRAY)
    {
      gsize n = arg->u.b.len;

      if (n > 0 && !bytearray_grow (self, n))
        return FALSE;
      memmove (self->u.b.data, arg->u.b.data, n);
      self->u.b.len = n;
      return TRUE;
    }
  if (arg->kind == K_LIST || arg->kind == K_TUPLE)
    {
      gsize n = arg->kind == K_LIST ? arg->u.l.n : arg->u.t.n;

      if (n > 0 && !bytearray_grow (self, n))
        return FALSE;
      for (gsize i = 0; i < n; i++)
        if (!pml_byte_value (arg->kind == K_LIST ? arg->u.l.items[i] : arg->u.t.items[i], &self->u.b.data[i]))
          return FALSE;
      self->u.b.len = n;
      return TRUE;
    }
  {
    PmlObj *it = pml_iter (arg), *item;
    gboolean ok = TRUE;

    if (it == NULL)
      {
        if (VM->exc && VM->exc->type == TYPE (T_TYPE_ERROR))
          {
            pml_err_clear ();
            pml_err_set (T_TYPE_ERROR, "cannot convert '%s' object to bytearray", pml_type_name (arg));
          }
        return FALSE;
      }
    while (ok && (item = pml_iter_next_owned (it)) != NULL)
      {
        guint8 c;

        ok = pml_byte_value (item, &c) && bytearray_grow (self, self->u.b.len + 1);
        if (ok)
          self->u.b.data[self->u.b.len++] = c;
        pml_decref (item);
      }
    pml_decref (it);
    return ok && !pml_err_occurred ();
  }
}

static PmlObj *
bytearray_new (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *r;

  static const char *const names[] = { "source", "encoding", "errors", NULL };
  static const PmlArgSpec spec = { "bytearray", names, 0, 3, FALSE };
  PmlObj *a[3], *encoded;

  (void) type;
  if (!pml_parse_args (&spec, args, nargs, kwnames, a) ||
      !encode_source (a[0], a[1], a[2], "bytearray", &encoded))
    return NULL;
  r = pml_obj_new (TYPE (T_BYTEARRAY), K_BYTEARRAY, 56, FALSE);
  if (r == NULL)
    {
      pml_xdecref (encoded);
      return NULL;
    }
  r->u.b.data = g_malloc0 (1);
  if (a[0] != NULL && !bytearray_init (r, encoded != NULL ? encoded : a[0]))
    PML_CLEAR (r);
  pml_xdecref (encoded);
  return r;
}

const PmlTypeSlots pml_bytearray_slots = {
  .nb[OP_MOD] = bytes_mod,
  .contains = bytes_contains,
  .repr = pml_bytes_repr,
  .hash = pml_hash_not_implemented,
  .richcompare = bytes_richcompare,
  .getattro = pml_object_getattro,
  .setattro = pml_object_setattro,
  .iter = bytes_iter,
  .size_of = bytearray_sizeof,
  .length = bytes_length,
  .subscript = pml_bytearray_subscript,
  .ass_subscript = pml_bytearray_ass_subscript,
  .sq_concat = pml_bytearray_concat,
  .sq_repeat = pml_bytearray_repeat,
  .nb_inplace = { [OP_ADD] = pml_bytearray_inplace_concat, [OP_MUL] = pml_bytearray_inplace_repeat },
  .methods = pml_bytearray_methods,
  .dealloc = bytearray_dealloc,
  .free_host = bytes_free_host,
  .new_instance = bytearray_new,
  .no_vectorcall = TRUE,
};
