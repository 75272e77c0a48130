/* pml-py-itertools.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pml-py-native.h"

G_BEGIN_DECLS

/* The itertools module (Modules/itertoolsmodule.c): its iterators are
 * built-in types spread over three files by kind, the infinite and
 * filtering ones (pml-py-mod-itertools.c), the combinatoric ones
 * (pml-py-itertools-combinatoric.c), groupby and tee
 * (pml-py-itertools-grouping.c). */

/* the slots every itertools iterator shares */
PmlObj *pml_itertools_self (PmlObj *o);

#define PML_ITERTOOLS_SLOTS \
  .hash = pml_object_hash, \
  .richcompare = pml_object_richcompare, \
  .getattro = pml_object_getattro, \
  .setattro = pml_object_setattro, \
  .iter = pml_itertools_self

extern const PmlNativeType pml_itertools_product_type;
extern const PmlNativeType pml_itertools_permutations_type;
extern const PmlNativeType pml_itertools_combinations_type;
extern const PmlNativeType pml_itertools_cwr_type;
extern const PmlNativeType pml_itertools_groupby_type;
extern const PmlNativeType pml_itertools_grouper_type;
extern const PmlNativeType pml_itertools_tee_type;
extern const PmlNativeType pml_itertools_teedata_type;

/* itertools.tee(iterable, n=2) */
PmlObj *pml_itertools_tee (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);

/* a result tuple the iterator hands out again and again: reused when
   the caller dropped it (refcount 1), else replaced by a copy */
gboolean pml_itertools_reuse_result (PmlObj **result, gsize n);

G_END_DECLS
