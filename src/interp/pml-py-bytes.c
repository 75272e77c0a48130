/* pml-py-bytes.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-type.h"

/* The bytes and bytearray types: their methods and slots. */

/* the methods are in pml-py-bytes-methods.c */
extern const PmlMethodDef pml_bytes_methods[];
extern const PmlMethodDef pml_bytearray_methods[];

const PmlTypeSlots pml_bytes_slots = {
  .methods = pml_bytes_methods,
};

const PmlTypeSlots pml_bytearray_slots = {
  .methods = pml_bytearray_methods,
};
