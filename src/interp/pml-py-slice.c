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

/* s.indices(length): the start, stop and step a sequence of that length
   would use */
static PmlObj *
m_slice_indices (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gint64 length, start, stop, step, count;

  if (self == NULL && nargs > 0)
    {
      self = args[0];
      args++;
      nargs--;
    }
  NO_KW ("indices");
  if (nargs != 1)
    return pml_err_set (T_TYPE_ERROR, "slice.indices() takes exactly one argument (%zu given)", nargs);
  if (!pml_index_value (args[0], &length))
    return NULL;
  if (length < 0)
    return pml_err_set (T_VALUE_ERROR, "length should not be negative");
  if (!pml_slice_indices (self, length, &start, &stop, &step, &count))
    return NULL;
  {
    g_autoptr(PmlObjTemp) a = pml_int_new (start);
    g_autoptr(PmlObjTemp) b = pml_int_new (stop);
    g_autoptr(PmlObjTemp) c = pml_int_new (step);

    return pml_tuple_pack (3, a, b, c);
  }
}

/* slices compare as the tuples of their start, stop and step */
static PmlObj *
slice_richcompare (PmlObj *a, PmlObj *b, int op)
{
  PmlObj *ta, *tb, *r;

  if (a->kind != K_SLICE || b->kind != K_SLICE)
    return pml_incref (NOTIMPL);
  ta = pml_tuple_pack (3, a->u.sl.start, a->u.sl.stop, a->u.sl.step);
  tb = pml_tuple_pack (3, b->u.sl.start, b->u.sl.stop, b->u.sl.step);
  r = ta && tb ? pml_richcompare (ta, tb, op) : NULL;
  pml_xdecref (ta);
  pml_xdecref (tb);
  return r;
}

static const PmlMethodDef slice_methods[] = {
  { "indices", m_slice_indices },
  { NULL, NULL }
};

const PmlTypeSlots pml_slice_slots = {
  .methods = slice_methods,
  .repr = slice_repr,
  .size_of = slice_sizeof,
  .hash = pml_hash_not_implemented,
  .richcompare = slice_richcompare,
  .getattro = pml_object_getattro,
  .setattro = pml_object_setattro,
  .dealloc = slice_dealloc,
  .new_instance = slice_new,
  .no_vectorcall = TRUE,
};
