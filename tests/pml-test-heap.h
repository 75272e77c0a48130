/* pml-test-heap.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pml-heap.h"

G_BEGIN_DECLS

/* Allocator calls that must succeed, for the engine's unit tests */
guint64 pml_test_malloc  (PmlHeap *heap,
                          guint64  nbytes);
guint64 pml_test_calloc  (PmlHeap *heap,
                          guint64  nelem,
                          guint64  elsize);
guint64 pml_test_realloc (PmlHeap *heap,
                          guint64  address,
                          guint64  nbytes);
void    pml_test_free    (PmlHeap *heap,
                          guint64  address);

G_END_DECLS
