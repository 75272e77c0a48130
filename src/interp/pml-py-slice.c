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

const PmlTypeSlots pml_slice_slots = {
  .hash = pml_hash_not_implemented,
  .richcompare = pml_object_richcompare,
  .getattro = pml_object_getattro,
  .setattro = pml_object_setattro,
  .dealloc = slice_dealloc,
};
