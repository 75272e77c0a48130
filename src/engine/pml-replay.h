/* pml-replay.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pml-heap.h"
#include "pml-trace.h"

G_BEGIN_DECLS

/* Applies a parsed trace to a heap, one request per history step, and
 * compares the simulated addresses with the recorded ones. */

typedef struct
{
  guint32 line;
  guint64 recorded;
  guint64 simulated;
  const char *what;      /* "block", "arena map", "arena unmap" */
} PmlReplayMismatch;

#define PML_REPLAY_MAX_REPORTED_MISMATCHES 10

typedef struct _PmlReplay PmlReplay;

PmlReplay   *pml_replay_new            (PmlTrace   *trace,
                                        PmlHeap    *heap,
                                        gboolean    use_recorded_bases);
void         pml_replay_free           (PmlReplay  *self);

/* Applies up to @n_requests more requests (G_MAXUINT: all). Returns FALSE
 * with an error naming the trace line if the heap refuses a request. */
gboolean     pml_replay_run            (PmlReplay  *self,
                                        guint       n_requests,
                                        GError    **error);
guint        pml_replay_get_n_done     (PmlReplay  *self);
PmlHeap     *pml_replay_get_heap       (PmlReplay  *self);
guint64      pml_replay_get_slot_address (PmlReplay *self,
                                          guint32    slot);

gsize        pml_replay_get_n_compared   (PmlReplay *self);
gsize        pml_replay_get_n_raw        (PmlReplay *self);
gsize        pml_replay_get_n_mismatches (PmlReplay *self);
gsize        pml_replay_get_n_arena_checks (PmlReplay *self);
const PmlReplayMismatch *pml_replay_get_mismatches (PmlReplay *self,
                                                    guint     *n_reported);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PmlReplay, pml_replay_free)

G_END_DECLS
