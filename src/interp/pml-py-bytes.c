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
