/* pml-narration.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pml-heap.h"

G_BEGIN_DECLS

/* One plain, translated sentence saying what an event did, for the
 * narration under the views and for handouts. The heap must stand just
 * after the event (its position is @index + 1). */
char *pml_heap_describe_event (PmlHeap *self,
                               guint    index) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
