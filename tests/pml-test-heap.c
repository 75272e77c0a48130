/* pml-test-heap.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "pml-test-heap.h"

guint64
pml_test_malloc (PmlHeap *heap,
                 guint64  nbytes)
{
  g_autoptr(GError) error = NULL;
  guint64 address = 0;
  gboolean ok;

  ok = pml_heap_malloc (heap, nbytes, &address, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  return address;
}

guint64
pml_test_calloc (PmlHeap *heap,
                 guint64  nelem,
                 guint64  elsize)
{
  g_autoptr(GError) error = NULL;
  guint64 address = 0;
  gboolean ok;

  ok = pml_heap_calloc (heap, nelem, elsize, &address, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  return address;
}

guint64
pml_test_realloc (PmlHeap *heap,
                  guint64  address,
                  guint64  nbytes)
{
  g_autoptr(GError) error = NULL;
  guint64 new_address = 0;
  gboolean ok;

  ok = pml_heap_realloc (heap, address, nbytes, &new_address, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  return new_address;
}

void
pml_test_free (PmlHeap *heap,
               guint64  address)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  ok = pml_heap_free_block (heap, address, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
}
