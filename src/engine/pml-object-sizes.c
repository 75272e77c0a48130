/* pml-object-sizes.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pml-object-sizes.h"

/* The version-dependent numbers are read off the preset's Python version:
 * they change in steps (3.10, 3.11, 3.12) that the allocator presets do
 * not mark. */
static int
minor_version (const PmlPreset *preset)
{
  const char *p = preset->python_version + 2;
  int minor = 0;

  /* by hand: the interpreter asks for every object it allocates */
  while (g_ascii_isdigit (*p))
    minor = minor * 10 + (*p++ - '0');
  return minor;
}

guint
pml_int_digits (guint bit_length)
{
  return (bit_length + 29) / 30;
}

/* 3.11+ always keeps at least one digit: 0 is 28 bytes, not 24 */
gsize
pml_int_size (const PmlPreset *preset,
              guint            n_digits)
{
  if (minor_version (preset) >= 11)
    n_digits = MAX (n_digits, 1);

  return 24 + 4 * (gsize) n_digits;
}

/* PEP 393 compact strings; 3.12 dropped the wstr fields */
gsize
pml_str_size (const PmlPreset *preset,
              PmlStrKind       kind,
              gsize            length)
{
  gboolean new_layout = minor_version (preset) >= 12;

  switch (kind)
    {
    case PML_STR_ASCII:
      return (new_layout ? 40 : 48) + (length + 1);

    case PML_STR_LATIN1:
      return (new_layout ? 56 : 72) + (length + 1);

    case PML_STR_UCS2:
      return (new_layout ? 56 : 72) + 2 * (length + 1);

    case PML_STR_UCS4:
    default:
      return (new_layout ? 56 : 72) + 4 * (length + 1);
    }
}

gsize
pml_bytes_size (gsize length)
{
  return 33 + length;
}

/* 16 GC + 24 header + 8 per item */
gsize
pml_tuple_size (gsize length)
{
  return 40 + 8 * length;
}

gsize
pml_list_object_size (void)
{
  return 56;
}

gsize
pml_list_size (gsize allocated)
{
  return pml_list_object_size () + 8 * allocated;
}

/* list_resize (): the slots after a resize from @old_size to @new_size */
gsize
pml_list_resize (const PmlPreset *preset,
                 gsize            allocated,
                 gsize            old_size,
                 gsize            new_size)
{
  gsize new_allocated;

  if (allocated >= new_size && new_size >= (allocated >> 1))
    return allocated;
  if (new_size == 0)
    return 0;

  if (minor_version (preset) <= 8)
    return new_size + (new_size >> 3) + (new_size < 9 ? 3 : 6);

  new_allocated = (new_size + (new_size >> 3) + 6) & ~(gsize) 3;
  if (new_size > old_size && new_size - old_size > new_allocated - new_size)
    new_allocated = (new_size + 3) & ~(gsize) 3;

  return new_allocated;
}

/* A list display of constants: exact up to 2; from 3 the compiler extends
 * an empty list from a tuple (3.9: through list_resize; 3.10+: preallocated,
 * rounded up to even) */
gsize
pml_list_literal_slots (const PmlPreset *preset,
                        gsize            n_constants)
{
  int minor = minor_version (preset);

  if (n_constants < 3 || minor <= 8)
    return n_constants;
  if (minor == 9)
    return pml_list_resize (preset, 0, 0, n_constants);

  return (n_constants + 1) & ~(gsize) 1;
}

gsize
pml_dict_object_size (void)
{
  return 64;
}

gsize
pml_dict_usable (guint log2size)
{
  return (((gsize) 2) << log2size) / 3;
}

/* One block: header, the index array, the entries (3.8-3.10: 40-byte
 * header, 24-byte entries; 3.11+: 32 and 16 for all-str keys) */
gsize
pml_dict_keys_size (const PmlPreset *preset,
                    guint            log2size,
                    gboolean         all_str_keys)
{
  gsize slots = (gsize) 1 << log2size;
  gsize index_width = log2size <= 7 ? 1 : log2size <= 15 ? 2 : log2size <= 31 ? 4 : 8;
  gboolean compact = minor_version (preset) >= 11;
  gsize header = compact ? 32 : 40;
  gsize entry = compact && all_str_keys ? 16 : 24;

  return header + slots * index_width + pml_dict_usable (log2size) * entry;
}

static guint
bit_length (gsize value)
{
  guint bits = 0;

  while (value != 0)
    {
      bits++;
      value >>= 1;
    }
  return bits;
}

/* The table a resize makes for @n_live_items, from m = 3 * items */
guint
pml_dict_log2size_for (const PmlPreset *preset,
                       gsize            n_live_items)
{
  gsize m = 3 * n_live_items;
  int minor = minor_version (preset);

  if (minor >= 10 && minor <= 13)
    return bit_length ((((m | 8) - 1)) | 7);

  return MAX (3, bit_length (MAX (m, 8) - 1));
}

/* 16 GC + 200, of which an 8-slot table is inline */
gsize
pml_set_size (gsize table_slots)
{
  return 216 + (table_slots > 8 ? 16 * table_slots : 0);
}

/* After an insertion: grows when fill * 5 >= mask * 3, to the smallest
 * power of two above 4 * used (2 * used past 50,000) */
gsize
pml_set_table_slots_after_insert (gsize table_slots,
                                  gsize fill,
                                  gsize used)
{
  gsize target, slots = 8;

  if (fill * 5 < (table_slots - 1) * 3)
    return table_slots;

  target = used > 50000 ? used * 2 : used * 4;
  while (slots <= target)
    slots <<= 1;

  return slots;
}

/* The instance object itself: 3.11 has the dict and values pointers
 * before the GC header; 3.13+ holds the @n attribute values inline */
gsize
pml_instance_size (const PmlPreset *preset,
                   gsize            n)
{
  int minor = minor_version (preset);

  if (minor >= 13)
    return 48 + ((n + 7) & ~(gsize) 7) + 8 * (n + 1);

  return minor == 11 ? 56 : 48;
}

/* 3.11 and 3.12: the separate values array for n = nentries + usable of
 * the class's shared keys; other versions have none */
gsize
pml_instance_values_size (const PmlPreset *preset,
                          gsize            n)
{
  int minor = minor_version (preset);

  if (minor != 11 && minor != 12)
    return 0;

  return ((n + 2 + 7) & ~(gsize) 7) + 8 * n;
}

/* 16 GC + 16 header + 8 per slot */
gsize
pml_slotted_instance_size (gsize n_slots)
{
  return 32 + 8 * n_slots;
}

gsize
pml_fixed_size (const PmlPreset *preset,
                PmlFixedKind     kind)
{
  int minor = minor_version (preset);

  switch (kind)
    {
    case PML_FIXED_OBJECT:
      return 16;

    case PML_FIXED_FLOAT:
      return 24;

    case PML_FIXED_COMPLEX:
      return 32;

    case PML_FIXED_CELL:
      return 40;

    case PML_FIXED_BYTEARRAY:
      return 56;

    case PML_FIXED_FUNCTION:
      return minor <= 9 ? 136 : minor == 10 ? 144 : minor == 11 ? 152 : 160;

    case PML_FIXED_GENERATOR:
      return minor <= 9 ? 112 : minor == 10 ? 104 : 176;

    case PML_FIXED_CLASS:
    default:
      return minor <= 9 ? 1064 : minor == 10 ? 1072 : minor == 11 ? 1688 : minor == 12 ? 1704 : 1712;
    }
}
