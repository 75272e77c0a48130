/* pml-py-set-methods.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pml-py-type.h"

G_BEGIN_DECLS

/* the algebra of set and frozenset (pml-py-set-methods.c) */
PmlObj *pml_set_m_copy (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj *pml_set_m_difference (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj *pml_set_m_difference_update (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj *pml_set_m_intersection (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj *pml_set_m_intersection_update (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj *pml_set_m_isdisjoint (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj *pml_set_m_issubset (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj *pml_set_m_contains (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj *pml_set_m_issuperset (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj *pml_set_m_symmetric_difference (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj *pml_set_m_symmetric_difference_update (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj *pml_set_m_union (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);
extern const PmlMethodDef pml_frozenset_methods[];
extern const PmlTypeSlots pml_frozenset_slots;

gboolean pml_set_resize      (PmlObj *s, gsize minused);
/* | & - ^ between sets; NULL without an error: not handled */
PmlObj  *pml_set_binop       (int op, PmlObj *a, PmlObj *b);
/* <, <=, >, >= between sets; NULL without an error: not handled */
PmlObj  *pml_set_compare     (PmlObj *a, PmlObj *b, int op);
/* in-place operators that mutate a built-in container; NULL without an
   error: not handled */
PmlObj  *pml_set_inplace_or (PmlObj *a, PmlObj *b);
PmlObj  *pml_set_inplace_and (PmlObj *a, PmlObj *b);
PmlObj  *pml_set_inplace_sub (PmlObj *a, PmlObj *b);
PmlObj  *pml_set_inplace_xor (PmlObj *a, PmlObj *b);

G_END_DECLS
