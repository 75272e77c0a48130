/* pml-huge-pages.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sys/mman.h>

#include "pml-huge-pages.h"

#define HUGE_PAGE ((guintptr) PML_HUGE_PAGE_SIZE)

/* For large arrays written once, front to back, as a parsed trace: asks
 * for 2 MiB pages where the kernel has them (transparent huge pages in
 * "madvise" mode), since faulting memory in 4 KiB at a time costs more
 * than filling it, several times more in a virtual machine. Only the
 * whole huge pages inside [data, data + size) are advised. Call it before
 * the memory is touched, and on memory that will not be reallocated:
 * advising part of a mapping splits it, and a split mapping cannot grow
 * in place. */
void
pml_advise_huge_pages (gpointer data,
                       gsize    size)
{
#ifdef MADV_HUGEPAGE
  guintptr start = ((guintptr) data + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1);
  guintptr end = ((guintptr) data + size) & ~(HUGE_PAGE - 1);

  if (end > start)
    madvise ((gpointer) start, end - start, MADV_HUGEPAGE);
#endif
}

/* @size bytes aligned on a huge page, and advised into huge pages if
 * @advise, for memory written once front to back and freed whole (the
 * history's chunks); free it with pml_huge_pages_free () */
gpointer
pml_huge_pages_alloc (gsize    size,
                      gboolean advise)
{
  gpointer data = g_aligned_alloc (1, size, HUGE_PAGE);

  if (advise)
    pml_advise_huge_pages (data, size);
  return data;
}

void
pml_huge_pages_free (gpointer data)
{
  g_aligned_free (data);
}
