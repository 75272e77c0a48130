/* pml-object-sizes.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pml-preset.h"

G_BEGIN_DECLS

/* The sizes of CPython's built-in objects and the allocation requests
 * behind them (cpython-memory-model.md §8), for the version a preset
 * simulates. These are the numbers the scenario interpreter allocates and
 * sys.getsizeof () reports. */

typedef enum
{
  PML_STR_ASCII,
  PML_STR_LATIN1,   /* max char < 256, not all ASCII */
  PML_STR_UCS2,
  PML_STR_UCS4,
} PmlStrKind;

typedef enum
{
  PML_FIXED_OBJECT,     /* object () */
  PML_FIXED_FLOAT,
  PML_FIXED_COMPLEX,
  PML_FIXED_CELL,
  PML_FIXED_FUNCTION,
  PML_FIXED_GENERATOR,  /* a simple generator with its frame */
  PML_FIXED_CLASS,      /* a fresh class object */
  PML_FIXED_BYTEARRAY,
} PmlFixedKind;

/* int: 30-bit digits */
guint pml_int_digits          (guint            bit_length);
gsize pml_int_size            (const PmlPreset *preset,
                               guint            n_digits);

/* str, bytes, tuple */
gsize pml_str_size            (const PmlPreset *preset,
                               PmlStrKind       kind,
                               gsize            length);
gsize pml_bytes_size          (gsize            length);
gsize pml_tuple_size          (gsize            length);

/* list: the object, then a separate item array of `allocated` slots */
gsize pml_list_object_size    (void);
gsize pml_list_size           (gsize            allocated);
gsize pml_list_resize         (const PmlPreset *preset,
                               gsize            allocated,
                               gsize            old_size,
                               gsize            new_size);
gsize pml_list_literal_slots  (const PmlPreset *preset,
                               gsize            n_constants);

/* dict: the object, and its keys table of 2^log2size slots */
gsize pml_dict_object_size    (void);
gsize pml_dict_keys_size      (const PmlPreset *preset,
                               guint            log2size,
                               gboolean         all_str_keys);
gsize pml_dict_usable         (guint            log2size);
guint pml_dict_log2size_for   (const PmlPreset *preset,
                               gsize            n_live_items);

/* set: 8 slots inline, a separate table beyond */
gsize pml_set_size            (gsize            table_slots);
gsize pml_set_table_slots_after_insert (gsize   table_slots,
                                        gsize   fill,
                                        gsize   used);

/* instances of ordinary classes (3.11 values arrays) and slotted ones */
gsize pml_instance_size       (const PmlPreset *preset,
                               gsize            n);
gsize pml_instance_values_size (const PmlPreset *preset,
                                gsize           n);
gsize pml_slotted_instance_size (gsize          n_slots);

gsize pml_fixed_size          (const PmlPreset *preset,
                               PmlFixedKind     kind);

G_END_DECLS
