/* pml-py-getset.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-type.h"

/* The descriptors of the attributes a built-in type computes for its
 * instances (its getsets table: int.real, float.imag, complex.real). In
 * CPython they sit in the static type's dict from start-up, so they are
 * static objects here too, made at the first look-up and kept, one per
 * table entry: int.real is int.__dict__['real'] every time. */

enum { GS_TYPE, GS_NAME, GS_NSLOTS };   /* as pml-py-descr.c lays them out */

PmlObj *pml_str_new_static (const char *utf8, gsize nbytes);

const PmlGetSetDef *
pml_getset_def (PmlObj *type, const char *name)
{
  const PmlTypeSlots *tp = type->u.ty.builtin ? type->u.ty.tp : NULL;

  if (tp == NULL || tp->getsets == NULL)
    return NULL;
  for (const PmlGetSetDef *g = tp->getsets; g->name != NULL; g++)
    if (strcmp (g->name, name) == 0)
      return g;
  return NULL;
}

PmlObj *
pml_getset_descriptor (PmlObj *type, const char *name)
{
  const PmlGetSetDef *def = pml_getset_def (type, name);
  PmlObj *d;

  if (def == NULL)
    return NULL;
  d = g_hash_table_lookup (VM->method_descriptors, def);
  if (d != NULL)
    return d;
  d = pml_obj_new_static (TYPE (def->member ? T_MEMBER : T_GETSET), K_INSTANCE);
  d->u.inst.slots = g_new0 (PmlObj *, GS_NSLOTS);
  d->u.inst.nslots = GS_NSLOTS;
  d->u.inst.slots[GS_TYPE] = pml_incref (type);
  d->u.inst.slots[GS_NAME] = pml_str_new_static (def->name, strlen (def->name));
  g_hash_table_insert (VM->method_descriptors, (gpointer) def, d);
  return d;
}
