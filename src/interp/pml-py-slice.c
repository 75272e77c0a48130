/* pml-py-slice.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pml-py-type.h"

/* The slice type: what a[i:j:k] passes to the sequence's subscript slot. */

static gboolean
slice_dealloc (PmlObj *o)
{
  pml_xdecref (o->u.sl.start);
  pml_xdecref (o->u.sl.stop);
  pml_xdecref (o->u.sl.step);
  return FALSE;
}

/* slice(1, 2, None) */
static PmlObj *
slice_repr (PmlObj *o)
{
  PmlObj *parts[3] = { o->u.sl.start, o->u.sl.stop, o->u.sl.step };
  GString *out = g_string_new ("slice(");

  for (int i = 0; i < 3; i++)
    {
      PmlObj *r = pml_repr (parts[i]);

      if (r == NULL)
        {
          g_string_free (out, TRUE);
          return NULL;
        }
      if (i > 0)
        g_string_append (out, ", ");
      g_string_append_len (out, r->u.s.s, (gssize) r->u.s.nbytes);
      pml_decref (r);
    }
  g_string_append_c (out, ')');
  return pml_str_from_gstring (out);
}

static gsize
slice_sizeof (PmlObj *o)
{
  (void) o;
  return 16 + 40;
}

PmlObj *pml_slice_new_call (PmlObj **args, gsize nargs);

static PmlObj *
slice_new (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) type;
  NO_KW ("slice");
  return pml_slice_new_call (args, nargs);
}

const PmlTypeSlots pml_slice_slots = {
  .repr = slice_repr,
  .size_of = slice_sizeof,
  .hash = pml_hash_not_implemented,
  .richcompare = pml_object_richcompare,
  .getattro = pml_object_getattro,
  .setattro = pml_object_setattro,
  .dealloc = slice_dealloc,
  .new_instance = slice_new,
  .no_vectorcall = TRUE,
};
