/* pml-heap-stats.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-heap-private.h"

/* _PyObject_DebugMallocStats (), byte for byte (cpython-memory-model.md
 * §5). The text is CPython's, so it is not translated. */

/* "label" padded to 35 columns, "=", the value with thousands separators
 * right-aligned in 21 columns */
static void
print_one (GString    *out,
           const char *label,
           guint64     value)
{
  char digits[32];
  char grouped[48];
  int n_digits, k = 0;

  g_string_append (out, label);
  for (gsize len = strlen (label); len < 35; len++)
    g_string_append_c (out, ' ');
  g_string_append_c (out, '=');

  n_digits = g_snprintf (digits, sizeof digits, "%" G_GUINT64_FORMAT, value);
  for (int i = 0; i < n_digits; i++)
    {
      if (i > 0 && (n_digits - i) % 3 == 0)
        grouped[k++] = ',';
      grouped[k++] = digits[i];
    }
  grouped[k] = '\0';

  g_string_append_printf (out, "%21s\n", grouped);
}

char *
pml_heap_format_malloc_stats (PmlHeap *self)
{
  guint64 npools[PML_NB_SMALL_SIZE_CLASSES] = { 0 };
  guint64 in_use[PML_NB_SMALL_SIZE_CLASSES] = { 0 };
  guint64 avail[PML_NB_SMALL_SIZE_CLASSES] = { 0 };
  guint64 narenas = 0, unused_pools = 0, misaligned = 0;
  guint64 allocated_bytes = 0, available_bytes = 0, header_bytes = 0, quantization = 0;
  guint64 total;
  GString *out;
  char label[64];

  g_return_val_if_fail (self != NULL, NULL);

  for (guint32 slot = 0; slot < self->maxarenas; slot++)
    {
      PmlArena *arena = &self->arenas[slot];

      if (arena->address == 0)
        continue;

      narenas++;
      unused_pools += arena->nfreepools;
      if ((arena->address & (self->pool_size - 1)) != 0)
        misaligned++;

      /* empty pools are not counted under the class they last served */
      for (guint i = 0; i < arena->ncarved; i++)
        {
          PmlPool *pool = &arena->pools[i];

          if (pool->count == 0)
            continue;
          npools[pool->szidx]++;
          in_use[pool->szidx] += pool->count;
          avail[pool->szidx] += pml_preset_blocks_in_pool (self->preset, pool->szidx) - pool->count;
        }
    }

  out = g_string_new (NULL);
  g_string_append_printf (out, "Small block threshold = %d, in %d size classes.\n\n",
                          PML_SMALL_REQUEST_THRESHOLD, PML_NB_SMALL_SIZE_CLASSES);
  g_string_append (out, "class   size   num pools   blocks in use  avail blocks\n"
                        "-----   ----   ---------   -------------  ------------\n");

  for (guint i = 0; i < PML_NB_SMALL_SIZE_CLASSES; i++)
    {
      guint size = PML_INDEX2SIZE (i);

      if (npools[i] == 0)
        continue;
      g_string_append_printf (out, "%5u %6u %11" G_GUINT64_FORMAT " %15" G_GUINT64_FORMAT " %13" G_GUINT64_FORMAT "\n",
                              i, size, npools[i], in_use[i], avail[i]);
      allocated_bytes += in_use[i] * size;
      available_bytes += avail[i] * size;
      header_bytes += npools[i] * PML_POOL_OVERHEAD;
      quantization += npools[i] * ((self->pool_size - PML_POOL_OVERHEAD) % size);
    }
  g_string_append_c (out, '\n');

  print_one (out, "# arenas allocated total", self->ntimes_arena_allocated);
  print_one (out, "# arenas reclaimed", self->ntimes_arena_allocated - narenas);
  print_one (out, "# arenas highwater mark", self->narenas_highwater);
  print_one (out, "# arenas allocated current", narenas);
  g_snprintf (label, sizeof label, "%" G_GUINT64_FORMAT " arenas * %" G_GUINT64_FORMAT " bytes/arena",
              narenas, self->arena_size);
  print_one (out, label, narenas * self->arena_size);
  g_string_append_c (out, '\n');

  print_one (out, "# bytes in allocated blocks", allocated_bytes);
  print_one (out, "# bytes in available blocks", available_bytes);
  g_snprintf (label, sizeof label, "%" G_GUINT64_FORMAT " unused pools * %" G_GUINT64_FORMAT " bytes",
              unused_pools, self->pool_size);
  print_one (out, label, unused_pools * self->pool_size);
  print_one (out, "# bytes lost to pool headers", header_bytes);
  print_one (out, "# bytes lost to quantization", quantization);
  print_one (out, "# bytes lost to arena alignment", misaligned * self->pool_size);
  total = allocated_bytes + available_bytes + unused_pools * self->pool_size +
          header_bytes + quantization + misaligned * self->pool_size;
  print_one (out, "Total", total);

  if (self->preset->has_radix_tree)
    {
      gsize root = pml_preset_radix_root_size (self->preset);
      gsize mid = self->arena_map.mid_count * pml_preset_radix_mid_size (self->preset);
      gsize bottom = self->arena_map.bottom_count * pml_preset_radix_bottom_size (self->preset);

      g_string_append (out, "\narena map counts\n");
      print_one (out, "# arena map mid nodes", self->arena_map.mid_count);
      print_one (out, "# arena map bot nodes", self->arena_map.bottom_count);
      g_string_append_c (out, '\n');
      print_one (out, "# bytes lost to arena map root", root);
      print_one (out, "# bytes lost to arena map mid", mid);
      print_one (out, "# bytes lost to arena map bot", bottom);
      print_one (out, "Total", root + mid + bottom);
    }

  return g_string_free (out, FALSE);
}
