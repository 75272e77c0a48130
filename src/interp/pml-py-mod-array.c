/* pml-py-mod-array.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pml-py-array.h"
#include "pml-py-module-table.h"

/* The array module: its type (also under its old name ArrayType) and the
 * typecodes string. The type itself is pml-py-array.c. */

PmlObj *
pml_module_make_array (void)
{
  PmlObj *m = pml_module_new_imported ("array"), *codes;

  if (m == NULL)
    return NULL;
  pml_dict_set_str (m->u.mod.dict, "array", pml_native_type (&pml_array_type));
  pml_dict_set_str (m->u.mod.dict, "ArrayType", pml_native_type (&pml_array_type));
  codes = pml_str_new (pml_array_typecodes, -1);
  if (codes != NULL)
    {
      pml_dict_set_str (m->u.mod.dict, "typecodes", codes);
      pml_decref (codes);
    }
  return m;
}
