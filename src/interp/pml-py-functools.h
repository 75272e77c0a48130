/* pml-py-functools.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pml-py-native.h"

G_BEGIN_DECLS

/* The C half of functools (Modules/_functoolsmodule.c): the internal
 * _functools module (pml-py-mod-functools.c) with reduce and cmp_to_key,
 * the partial type (pml-py-functools-partial.c) and lru_cache's wrapper
 * (pml-py-functools-lru.c). lib/functools.py is the Python half. */

extern const PmlNativeType pml_functools_partial_type;
extern const PmlNativeType pml_functools_lru_wrapper_type;
extern const PmlNativeType pml_functools_lru_elem_type;

/* the object that separates the arguments from the keywords in a
   cache key (borrowed) */
PmlObj *pml_functools_kwd_mark (void);

/* a native object's __dict__, made when first needed (NULL on error) */
PmlObj *pml_functools_instance_dict (PmlObj **dict);

G_END_DECLS
