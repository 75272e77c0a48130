/* pml-py-mod-io.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pml-py-module-table.h"
#include "pml-py-native.h"

/* The io module, for its in-memory text stream: io.StringIO
 * (pml-py-stringio.c). Files are not opened by scenarios. */

extern const PmlNativeType pml_stringio_type;

PmlObj *
pml_module_make_io (void)
{
  PmlObj *m = pml_module_new_imported ("io");

  if (m == NULL)
    return NULL;
  pml_dict_set_str (m->u.mod.dict, "StringIO", pml_native_type (&pml_stringio_type));
  return m;
}
