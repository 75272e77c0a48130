/* pml-preset.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Everything that differs between the CPython versions the engine models.
 * The whole engine reads these values; nothing is chosen with #ifdef. */
typedef struct
{
  const char *name;             /* "cpython-3.11" */
  const char *python_version;   /* "3.11" */

  /* obmalloc geometry (cpython-memory-model.md §2) */
  guint       pool_bits;        /* POOL_SIZE = 1 << pool_bits */
  guint       arena_bits;       /* ARENA_SIZE = 1 << arena_bits */
  gboolean    keep_last_empty_arena; /* 3.9+: bpo-37257 */

  /* Radix tree (§2.3); has_radix_tree FALSE means the F1 address test */
  gboolean    has_radix_tree;
  guint       radix_address_bits;
  guint       radix_interior_bits;
  guint       radix_bottom_bits;

  /* Generational GC (§7.2) */
  guint       gc_threshold0;
  guint       gc_threshold1;
  guint       gc_threshold2;
  gboolean    gc_deferred;      /* 3.12+: collection at the eval breaker */
  gboolean    immortal_objects; /* 3.12+: PEP 683 */
} PmlPreset;

#define PML_PRESET_DEFAULT "cpython-3.11"

const PmlPreset  *pml_preset_lookup         (const char      *name);
const PmlPreset  *pml_preset_get_default    (void);
const char      **pml_preset_list_names     (void);

gsize             pml_preset_pool_size      (const PmlPreset *preset);
gsize             pml_preset_arena_size     (const PmlPreset *preset);
guint             pml_preset_blocks_in_pool (const PmlPreset *preset,
                                             guint            szidx);
gsize             pml_preset_radix_root_size   (const PmlPreset *preset);
gsize             pml_preset_radix_mid_size    (const PmlPreset *preset);
gsize             pml_preset_radix_bottom_size (const PmlPreset *preset);

/* Shared obmalloc constants (identical in every modelled version, 64-bit) */
#define PML_ALIGNMENT                16
#define PML_ALIGNMENT_SHIFT          4
#define PML_SMALL_REQUEST_THRESHOLD  512
#define PML_NB_SMALL_SIZE_CLASSES    32
#define PML_POOL_OVERHEAD            48
#define PML_MAX_POOLS_IN_ARENA       64
#define PML_INITIAL_ARENA_OBJECTS    16
#define PML_DUMMY_SIZE_IDX           0xffff

#define PML_INDEX2SIZE(szidx) (((guint) (szidx) + 1) << PML_ALIGNMENT_SHIFT)
#define PML_SIZE2INDEX(nbytes) ((guint) (((nbytes) - 1) >> PML_ALIGNMENT_SHIFT))

G_END_DECLS
