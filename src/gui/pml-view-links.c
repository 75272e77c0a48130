/* pml-view-links.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pml-view-links.h"

/* An object's address lies in its block, past what CPython puts before
 * the object (the PyGC_Head of a tracked object, the pre-header of one
 * with a managed dict). An object larger than 512 bytes comes from the
 * system's malloc and lives in no pool. */

/* The block object @serial lives in now: FALSE when it is not alive or
 * lives outside the pools */
gboolean
pml_view_links_find_block (PmlInterp     *interp,
                           PmlHeap       *heap,
                           guint32        serial,
                           PmlBlockPlace *out)
{
  const PmlObjInfo *info = pml_interp_get_object (interp, serial);
  const PmlObjState *state = pml_interp_get_object_state (interp, serial);
  PmlPoolInfo pool;

  if (info == NULL || state == NULL || !state->alive || info->address == 0)
    return FALSE;
  if (!pml_heap_lookup_pool (heap, info->address, &out->slot, &out->index) ||
      !pml_heap_get_pool (heap, out->slot, out->index, &pool) || pool.szidx >= PML_NB_SMALL_SIZE_CLASSES ||
      info->address < pool.address + PML_POOL_OVERHEAD)
    return FALSE;

  out->block = (guint) ((info->address - pool.address - PML_POOL_OVERHEAD) / PML_INDEX2SIZE (pool.szidx));
  return TRUE;
}

/* The object alive now in block @block of pool @index of arena @slot, or 0
 * when none of the script's objects lives there (a free block, or memory
 * the interpreter holds for itself) */
guint32
pml_view_links_find_object (PmlInterp *interp,
                            PmlHeap   *heap,
                            guint      slot,
                            guint      index,
                            guint      block)
{
  const PmlObjInfo *info;
  PmlPoolInfo pool;
  guint64 start, end;

  if (!pml_heap_get_pool (heap, slot, index, &pool) || pool.szidx >= PML_NB_SMALL_SIZE_CLASSES)
    return 0;
  start = pool.address + PML_POOL_OVERHEAD + (guint64) block * PML_INDEX2SIZE (pool.szidx);
  end = start + PML_INDEX2SIZE (pool.szidx);

  /* a block is reused: of all the objects made there, the one alive now */
  for (guint32 serial = 1; (info = pml_interp_get_object (interp, serial)) != NULL; serial++)
    if (info->address >= start && info->address < end && pml_interp_get_object_state (interp, serial)->alive)
      return serial;
  return 0;
}
