/* pml-preset.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pml-preset.h"

/* cpython-memory-model.md §0.1, §2.1, §2.3, §7.2. The families differ in
 * pool and arena size (3.8/3.9 vs 3.10+), the empty-arena rule (3.8 vs
 * 3.9+), the radix-tree geometry (3.10 vs 3.11+) and the GC. */
static const PmlPreset presets[] = {
  { "cpython-3.8",  "3.8",  12, 18, FALSE, FALSE,  0,  0,  0,  700, 10, 10, FALSE, FALSE },
  { "cpython-3.9",  "3.9",  12, 18, TRUE,  FALSE,  0,  0,  0,  700, 10, 10, FALSE, FALSE },
  { "cpython-3.10", "3.10", 14, 20, TRUE,  TRUE,  48, 10,  8,  700, 10, 10, FALSE, FALSE },
  { "cpython-3.11", "3.11", 14, 20, TRUE,  TRUE,  64, 15, 14,  700, 10, 10, FALSE, FALSE },
  { "cpython-3.12", "3.12", 14, 20, TRUE,  TRUE,  64, 15, 14,  700, 10, 10, TRUE,  TRUE  },
  { "cpython-3.13", "3.13", 14, 20, TRUE,  TRUE,  64, 15, 14, 2000, 10, 10, TRUE,  TRUE  },
  { "cpython-3.14", "3.14", 14, 20, TRUE,  TRUE,  64, 15, 14, 2000, 10, 10, TRUE,  TRUE  },
};

const PmlPreset *
pml_preset_lookup (const char *name)
{
  g_return_val_if_fail (name != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (presets); i++)
    {
      if (g_str_equal (presets[i].name, name) ||
          g_str_equal (presets[i].python_version, name))
        return &presets[i];
    }

  return NULL;
}

const PmlPreset *
pml_preset_get_default (void)
{
  return pml_preset_lookup (PML_PRESET_DEFAULT);
}

const char **
pml_preset_list_names (void)
{
  static const char *names[G_N_ELEMENTS (presets) + 1];

  for (guint i = 0; i < G_N_ELEMENTS (presets); i++)
    names[i] = presets[i].name;

  return names;
}

gsize
pml_preset_pool_size (const PmlPreset *preset)
{
  return (gsize) 1 << preset->pool_bits;
}

gsize
pml_preset_arena_size (const PmlPreset *preset)
{
  return (gsize) 1 << preset->arena_bits;
}

guint
pml_preset_blocks_in_pool (const PmlPreset *preset,
                           guint            szidx)
{
  return (guint) ((pml_preset_pool_size (preset) - PML_POOL_OVERHEAD) / PML_INDEX2SIZE (szidx));
}

/* Each node is an array of pointers (root, mid) or of two int32 (bottom). */
gsize
pml_preset_radix_root_size (const PmlPreset *preset)
{
  return preset->has_radix_tree ? ((gsize) 1 << preset->radix_interior_bits) * 8 : 0;
}

gsize
pml_preset_radix_mid_size (const PmlPreset *preset)
{
  return pml_preset_radix_root_size (preset);
}

gsize
pml_preset_radix_bottom_size (const PmlPreset *preset)
{
  return preset->has_radix_tree ? ((gsize) 1 << preset->radix_bottom_bits) * 8 : 0;
}
