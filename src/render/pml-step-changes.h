/* pml-step-changes.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "pml-heap-layout.h"
#include "pml-palette.h"
#include "pml-pool-layout.h"
#include "pml-render-text.h"

G_BEGIN_DECLS

/* What the allocator's events between two positions touched: the blocks,
 * the pools and the arenas, so that the heap and pool views mark them
 * until the next step (issue 15: what changed at this step is
 * highlighted in every view, not only in the objects view). */
typedef struct _PmlStepChanges PmlStepChanges;

/* A move longer than this is a jump, not a step: nothing is marked */
#define PML_STEP_CHANGES_MAX_EVENTS 65536

PmlStepChanges *pml_step_changes_new        (PmlHeap              *heap,
                                             guint                 from,
                                             guint                 to);
void            pml_step_changes_free       (PmlStepChanges       *self);
gboolean        pml_step_changes_is_empty   (const PmlStepChanges *self);
gboolean        pml_step_changes_has_block  (const PmlStepChanges *self,
                                             guint                 slot,
                                             guint                 index,
                                             guint                 offset);
gboolean        pml_step_changes_has_pool   (const PmlStepChanges *self,
                                             guint                 slot,
                                             guint                 index);
gboolean        pml_step_changes_has_arena  (const PmlStepChanges *self,
                                             guint                 slot);

void            pml_step_changes_follow     (PmlStepChanges      **changes,
                                             guint                *shown_position,
                                             PmlHeap              *heap);

/* The mark itself: an outline in the palette's colour for changes */
void            pml_render_change_mark      (cairo_t              *cr,
                                             const PmlPalette     *palette,
                                             const PmlRect        *rect);
void            pml_render_heap_changes     (cairo_t              *cr,
                                             const PmlHeapLayout  *layout,
                                             const PmlStepChanges *changes,
                                             const PmlPalette     *palette);
void            pml_render_pool_changes     (cairo_t              *cr,
                                             const PmlPoolLayout  *layout,
                                             const PmlStepChanges *changes,
                                             const PmlPalette     *palette);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PmlStepChanges, pml_step_changes_free)

G_END_DECLS
