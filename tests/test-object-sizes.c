/* test-object-sizes.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "pml-object-sizes.h"

/* Every expected value is a row of cpython-memory-model.md §8.2 (sizes
 * measured in CPython) or a sequence §8.3 gives; nothing here comes from
 * running the code under test. */

#define P(version) pml_preset_lookup ("cpython-" version)

static void
test_int (void)
{
  /* 0; 1 and 2**30 - 1; 2**30; 2**60; 2**100 */
  g_assert_cmpuint (pml_int_size (P ("3.11"), pml_int_digits (0)), ==, 28);
  g_assert_cmpuint (pml_int_size (P ("3.10"), pml_int_digits (0)), ==, 24);
  g_assert_cmpuint (pml_int_size (P ("3.8"), pml_int_digits (1)), ==, 28);
  g_assert_cmpuint (pml_int_size (P ("3.11"), pml_int_digits (30)), ==, 28);
  g_assert_cmpuint (pml_int_size (P ("3.11"), pml_int_digits (31)), ==, 32);
  g_assert_cmpuint (pml_int_size (P ("3.11"), pml_int_digits (61)), ==, 36);
  g_assert_cmpuint (pml_int_size (P ("3.13"), pml_int_digits (101)), ==, 40);
}

static void
test_str_bytes_tuple (void)
{
  g_assert_cmpuint (pml_str_size (P ("3.11"), PML_STR_ASCII, 0), ==, 49);
  g_assert_cmpuint (pml_str_size (P ("3.11"), PML_STR_ASCII, 1), ==, 50);
  g_assert_cmpuint (pml_str_size (P ("3.8"), PML_STR_ASCII, 3), ==, 52);
  g_assert_cmpuint (pml_str_size (P ("3.11"), PML_STR_ASCII, 10), ==, 59);
  g_assert_cmpuint (pml_str_size (P ("3.11"), PML_STR_LATIN1, 1), ==, 74);
  g_assert_cmpuint (pml_str_size (P ("3.11"), PML_STR_LATIN1, 10), ==, 83);
  g_assert_cmpuint (pml_str_size (P ("3.11"), PML_STR_UCS2, 1), ==, 76);
  g_assert_cmpuint (pml_str_size (P ("3.11"), PML_STR_UCS2, 10), ==, 94);
  g_assert_cmpuint (pml_str_size (P ("3.11"), PML_STR_UCS4, 1), ==, 80);
  g_assert_cmpuint (pml_str_size (P ("3.11"), PML_STR_UCS4, 10), ==, 116);
  g_assert_cmpuint (pml_str_size (P ("3.12"), PML_STR_ASCII, 0), ==, 41);
  g_assert_cmpuint (pml_str_size (P ("3.13"), PML_STR_ASCII, 3), ==, 44);
  g_assert_cmpuint (pml_str_size (P ("3.12"), PML_STR_LATIN1, 10), ==, 67);
  g_assert_cmpuint (pml_str_size (P ("3.12"), PML_STR_UCS2, 1), ==, 60);
  g_assert_cmpuint (pml_str_size (P ("3.13"), PML_STR_UCS4, 10), ==, 100);

  g_assert_cmpuint (pml_bytes_size (0), ==, 33);
  g_assert_cmpuint (pml_bytes_size (10), ==, 43);
  g_assert_cmpuint (pml_tuple_size (0), ==, 40);
  g_assert_cmpuint (pml_tuple_size (2), ==, 56);
  g_assert_cmpuint (pml_tuple_size (10), ==, 120);
}

static void
expect_append_capacities (const PmlPreset *preset,
                          const gsize     *expected,
                          gsize            n_expected)
{
  gsize allocated = 0;
  guint seen = 1;

  g_assert_cmpuint (expected[0], ==, 0);
  for (gsize size = 1; seen < n_expected; size++)
    {
      gsize next = pml_list_resize (preset, allocated, size - 1, size);

      if (next != allocated)
        {
          g_assert_cmpuint (next, ==, expected[seen]);
          seen++;
          allocated = next;
        }
    }
}

static void
test_list (void)
{
  const gsize from_39[] = { 0, 4, 8, 16, 24, 32, 40, 52, 64, 76, 92 };
  const gsize in_38[] = { 0, 4, 8, 16, 25, 35, 46, 58, 72, 88 };

  g_assert_cmpuint (pml_list_size (0), ==, 56);
  g_assert_cmpuint (pml_list_size (1), ==, 64);
  g_assert_cmpuint (pml_list_size (10), ==, 136);

  expect_append_capacities (P ("3.11"), from_39, G_N_ELEMENTS (from_39));
  expect_append_capacities (P ("3.9"), from_39, G_N_ELEMENTS (from_39));
  expect_append_capacities (P ("3.8"), in_38, G_N_ELEMENTS (in_38));

  /* [1], [1,2], [1,2,3], [1,2,3,4], [1,2,3,4,5] in 3.11: 64, 72, 88, 88, 104 */
  g_assert_cmpuint (pml_list_size (pml_list_literal_slots (P ("3.11"), 1)), ==, 64);
  g_assert_cmpuint (pml_list_size (pml_list_literal_slots (P ("3.11"), 2)), ==, 72);
  g_assert_cmpuint (pml_list_size (pml_list_literal_slots (P ("3.11"), 3)), ==, 88);
  g_assert_cmpuint (pml_list_size (pml_list_literal_slots (P ("3.11"), 4)), ==, 88);
  g_assert_cmpuint (pml_list_size (pml_list_literal_slots (P ("3.11"), 5)), ==, 104);
  /* [1,2,3]: 80 in 3.8, 120 in 3.9, 88 in 3.10 */
  g_assert_cmpuint (pml_list_size (pml_list_literal_slots (P ("3.8"), 3)), ==, 80);
  g_assert_cmpuint (pml_list_size (pml_list_literal_slots (P ("3.9"), 3)), ==, 120);
  g_assert_cmpuint (pml_list_size (pml_list_literal_slots (P ("3.10"), 3)), ==, 88);
}

/* getsizeof of a dict filled by plain insertion: 64 + its keys table,
 * which is resized when an insertion finds no usable entry */
static gsize
dict_size_after (const PmlPreset *preset,
                 gsize            n_items,
                 gboolean         str_keys)
{
  guint log2size = 3;

  if (n_items == 0)
    return pml_dict_object_size ();

  for (gsize len = 0; len < n_items; len++)
    if (len >= pml_dict_usable (log2size))
      log2size = pml_dict_log2size_for (preset, len);

  return pml_dict_object_size () + pml_dict_keys_size (preset, log2size, str_keys);
}

static void
test_dict (void)
{
  const gsize lengths[] = { 1, 5, 6, 10, 11, 21, 22, 42, 43, 85, 86 };
  const gsize str_311[] = { 184, 184, 272, 272, 464, 464, 832, 832, 1584, 1584, 3328 };
  const gsize int_311[] = { 224, 224, 352, 352, 632, 632, 1168, 1168, 2264, 2264, 4688 };
  const gsize any_38[] = { 232, 232, 360, 360, 640, 640, 1176, 1176, 2272, 2272, 4696 };

  g_assert_cmpuint (dict_size_after (P ("3.11"), 0, TRUE), ==, 64);
  for (guint i = 0; i < G_N_ELEMENTS (lengths); i++)
    {
      g_assert_cmpuint (dict_size_after (P ("3.11"), lengths[i], TRUE), ==, str_311[i]);
      g_assert_cmpuint (dict_size_after (P ("3.13"), lengths[i], FALSE), ==, int_311[i]);
      g_assert_cmpuint (dict_size_after (P ("3.8"), lengths[i], TRUE), ==, any_38[i]);
    }

  /* keys tables: S=8 str 120, general 160; S=16 str 208, general 288 */
  g_assert_cmpuint (pml_dict_keys_size (P ("3.11"), 3, TRUE), ==, 120);
  g_assert_cmpuint (pml_dict_keys_size (P ("3.11"), 3, FALSE), ==, 160);
  g_assert_cmpuint (pml_dict_keys_size (P ("3.11"), 4, TRUE), ==, 208);
  g_assert_cmpuint (pml_dict_keys_size (P ("3.11"), 4, FALSE), ==, 288);

  /* resizing for m = 3 * len: 16 (not 8) for m = 3 or 6 in 3.10-3.13,
   * 8 for m = 0; the next power of two >= max (m, 8) in 3.8 and 3.14 */
  g_assert_cmpuint (pml_dict_log2size_for (P ("3.11"), 0), ==, 3);
  g_assert_cmpuint (pml_dict_log2size_for (P ("3.11"), 1), ==, 4);
  g_assert_cmpuint (pml_dict_log2size_for (P ("3.10"), 2), ==, 4);
  g_assert_cmpuint (pml_dict_log2size_for (P ("3.8"), 1), ==, 3);
  g_assert_cmpuint (pml_dict_log2size_for (P ("3.14"), 2), ==, 3);
  /* 5 str keys, 4 deleted, 1 inserted: 3.8/3.9 8 slots (232), 3.10 16
   * (360), 3.11 16 (272): the resize sees 1 live item */
  g_assert_cmpuint (64 + pml_dict_keys_size (P ("3.9"), pml_dict_log2size_for (P ("3.9"), 1), TRUE), ==, 232);
  g_assert_cmpuint (64 + pml_dict_keys_size (P ("3.10"), pml_dict_log2size_for (P ("3.10"), 1), TRUE), ==, 360);
  g_assert_cmpuint (64 + pml_dict_keys_size (P ("3.11"), pml_dict_log2size_for (P ("3.11"), 1), TRUE), ==, 272);
}

static void
test_set (void)
{
  gsize slots = 8;
  gsize grown_at[3] = { 0 }, n_grown = 0;

  g_assert_cmpuint (pml_set_size (8), ==, 216);
  /* 8 -> 32 slots at the 5th element, -> 128 at the 19th, -> 512 at the 77th */
  for (gsize used = 1; used <= 80; used++)
    {
      gsize next = pml_set_table_slots_after_insert (slots, used, used);

      if (next != slots)
        grown_at[n_grown++] = used;
      slots = next;
    }
  g_assert_cmpuint (n_grown, ==, 3);
  g_assert_cmpuint (grown_at[0], ==, 5);
  g_assert_cmpuint (grown_at[1], ==, 19);
  g_assert_cmpuint (grown_at[2], ==, 77);
  g_assert_cmpuint (pml_set_size (32), ==, 728);
  g_assert_cmpuint (pml_set_size (128), ==, 2264);
  g_assert_cmpuint (pml_set_size (512), ==, 8408);
}

static void
test_instances_and_others (void)
{
  /* class A: pass -> 56 in 3.11, 48 elsewhere; values arrays of the
   * first instances of a fresh class: 264, 256, 248 (n = 29, 28, 27) */
  g_assert_cmpuint (pml_instance_size (P ("3.11"), 0), ==, 56);
  g_assert_cmpuint (pml_instance_size (P ("3.10"), 0), ==, 48);
  g_assert_cmpuint (pml_instance_size (P ("3.12"), 0), ==, 48);
  g_assert_cmpuint (pml_instance_values_size (P ("3.11"), 29), ==, 264);
  g_assert_cmpuint (pml_instance_values_size (P ("3.11"), 28), ==, 256);
  g_assert_cmpuint (pml_instance_values_size (P ("3.12"), 27), ==, 248);
  g_assert_cmpuint (pml_instance_values_size (P ("3.10"), 29), ==, 0);
  /* 3.13 inline values: 328, 320 for n = 30, 29 */
  g_assert_cmpuint (pml_instance_size (P ("3.13"), 30), ==, 328);
  g_assert_cmpuint (pml_instance_size (P ("3.13"), 29), ==, 320);
  g_assert_cmpuint (pml_slotted_instance_size (2), ==, 48);
  g_assert_cmpuint (pml_slotted_instance_size (0), ==, 32);

  g_assert_cmpuint (pml_fixed_size (P ("3.11"), PML_FIXED_OBJECT), ==, 16);
  g_assert_cmpuint (pml_fixed_size (P ("3.11"), PML_FIXED_FLOAT), ==, 24);
  g_assert_cmpuint (pml_fixed_size (P ("3.11"), PML_FIXED_COMPLEX), ==, 32);
  g_assert_cmpuint (pml_fixed_size (P ("3.11"), PML_FIXED_CELL), ==, 40);
  g_assert_cmpuint (pml_fixed_size (P ("3.11"), PML_FIXED_BYTEARRAY), ==, 56);
  g_assert_cmpuint (pml_fixed_size (P ("3.8"), PML_FIXED_FUNCTION), ==, 136);
  g_assert_cmpuint (pml_fixed_size (P ("3.10"), PML_FIXED_FUNCTION), ==, 144);
  g_assert_cmpuint (pml_fixed_size (P ("3.11"), PML_FIXED_FUNCTION), ==, 152);
  g_assert_cmpuint (pml_fixed_size (P ("3.13"), PML_FIXED_FUNCTION), ==, 160);
  g_assert_cmpuint (pml_fixed_size (P ("3.9"), PML_FIXED_GENERATOR), ==, 112);
  g_assert_cmpuint (pml_fixed_size (P ("3.10"), PML_FIXED_GENERATOR), ==, 104);
  g_assert_cmpuint (pml_fixed_size (P ("3.11"), PML_FIXED_GENERATOR), ==, 176);
  g_assert_cmpuint (pml_fixed_size (P ("3.8"), PML_FIXED_CLASS), ==, 1064);
  g_assert_cmpuint (pml_fixed_size (P ("3.10"), PML_FIXED_CLASS), ==, 1072);
  g_assert_cmpuint (pml_fixed_size (P ("3.11"), PML_FIXED_CLASS), ==, 1688);
  g_assert_cmpuint (pml_fixed_size (P ("3.12"), PML_FIXED_CLASS), ==, 1704);
  g_assert_cmpuint (pml_fixed_size (P ("3.13"), PML_FIXED_CLASS), ==, 1712);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sizes/int", test_int);
  g_test_add_func ("/sizes/str-bytes-tuple", test_str_bytes_tuple);
  g_test_add_func ("/sizes/list", test_list);
  g_test_add_func ("/sizes/dict", test_dict);
  g_test_add_func ("/sizes/set", test_set);
  g_test_add_func ("/sizes/instances-and-others", test_instances_and_others);

  return g_test_run ();
}
