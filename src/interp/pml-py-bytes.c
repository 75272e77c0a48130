/* pml-py-bytes.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-type.h"

/* The bytes and bytearray types: their methods and slots. */

/* ---- methods ---- */

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

static gboolean
byte_value (PmlObj *o, guint8 *out)
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
gboolean pml_bytearray_init (PmlObj *self, PmlObj *arg);

gboolean
pml_bytearray_init (PmlObj *self, PmlObj *arg)
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
        if (!byte_value (arg->kind == K_LIST ? arg->u.l.items[i] : arg->u.t.items[i], &self->u.b.data[i]))
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
    while (ok && (item = pml_iter_next (it)) != NULL)
      {
        guint8 c;

        ok = byte_value (item, &c) && bytearray_grow (self, self->u.b.len + 1);
        if (ok)
          self->u.b.data[self->u.b.len++] = c;
        pml_decref (item);
      }
    pml_decref (it);
    return ok && !pml_err_occurred ();
  }
}

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

static const PmlMethodDef bytearray_methods[] = {
  { "append", m_bytearray_append },
  { NULL, NULL }
};

const PmlTypeSlots pml_bytearray_slots = {
  .methods = bytearray_methods,
};
