/* pml-collector-state.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pml-py.h"

G_BEGIN_DECLS

/* The cycle collector's lists at one position of a recorded run, rebuilt
 * from the collector's events alone: the generation being collected in
 * CPython's list order, the unreachable list, the older generation that
 * receives the survivors, what was freed, and the weak references
 * cleared. The collector view and its narration read it; nothing here
 * depends on where the run is stepped to. */

typedef enum
{
  PML_COLLECTOR_PHASE_START,            /* GC_START: the younger generations merged in */
  PML_COLLECTOR_PHASE_UPDATE_REFS,
  PML_COLLECTOR_PHASE_SUBTRACT_REFS,
  PML_COLLECTOR_PHASE_MOVE_UNREACHABLE,
  PML_COLLECTOR_PHASE_PROMOTE,          /* the survivors join the older generation */
  PML_COLLECTOR_PHASE_WEAKREFS,
  PML_COLLECTOR_PHASE_FINALIZE,
  PML_COLLECTOR_PHASE_RECHECK,          /* handle_resurrected_objects: deduce_unreachable again */
  PML_COLLECTOR_PHASE_CLEAR,
  PML_COLLECTOR_PHASE_END,
  PML_COLLECTOR_N_PHASES
} PmlCollectorPhase;

typedef enum
{
  PML_COLLECTOR_LIST_YOUNG,        /* the generation being collected */
  PML_COLLECTOR_LIST_UNREACHABLE,  /* tentatively unreachable */
  PML_COLLECTOR_LIST_GARBAGE,      /* still unreachable after the finalizers: final_unreachable */
  PML_COLLECTOR_LIST_OLDER,        /* the next generation: the survivors it received */
  PML_COLLECTOR_LIST_FREED,        /* freed during this collection, in the order freed */
  PML_COLLECTOR_N_LISTS
} PmlCollectorList;

typedef enum
{
  PML_COLLECTOR_ITEM_SCANNED     = 1 << 0,  /* move_unreachable passed it: reachable */
  PML_COLLECTOR_ITEM_MOVED_BACK  = 1 << 1,  /* came back from the unreachable list */
  PML_COLLECTOR_ITEM_FINALIZED   = 1 << 2,  /* its __del__ ran */
  PML_COLLECTOR_ITEM_CLEARED     = 1 << 3,  /* tp_clear ran on it */
  PML_COLLECTOR_ITEM_RESURRECTED = 1 << 4,  /* unreachable, then kept alive by a finalizer */
  PML_COLLECTOR_ITEM_STARTUP     = 1 << 5,  /* made before the script's first line */
  PML_COLLECTOR_ITEM_CURRENT     = 1 << 6,  /* the last event was about it */
} PmlCollectorItemFlags;

typedef struct
{
  guint32 serial;
  gint32  gc_refs;     /* -1: not set in this pass */
  guint32 flags;       /* PmlCollectorItemFlags */
} PmlCollectorItem;

typedef struct
{
  guint32  weakref;
  guint32  referent;
  guint32  callback;   /* 0: none called */
  gboolean current;
} PmlCollectorWeakref;

typedef struct
{
  PmlCollectorPhase phase;
  int               generation;
  guint             start;         /* the GC_START event */
  guint             position;      /* the events applied: [0, position) */
  gint64            collected;     /* GC_END's count; -1 before it */
  guint32           current;       /* the object the last event was about; 0 */
  PmlObjEventKind   current_kind;
  gint32            current_value;
  GArray           *lists[PML_COLLECTOR_N_LISTS];   /* PmlCollectorItem, in list order */
  GArray           *weakrefs;      /* PmlCollectorWeakref, in the order cleared */
} PmlCollectorState;

/* The collection under way at @position (the object events done), or
 * NULL outside one; a position just past GC_END shows the end */
PmlCollectorState *pml_collector_state_new        (PmlInterp         *interp,
                                                   guint              position);
/* The last collection started before @position, as it was at the end of
 * @phase (or at its end, for a phase it did not go through); NULL if no
 * collection ran before @position */
PmlCollectorState *pml_collector_state_new_at_phase (PmlInterp       *interp,
                                                     guint            position,
                                                     PmlCollectorPhase phase);
void               pml_collector_state_free       (PmlCollectorState *self);
/* The item for object @serial in list @list, or NULL */
const PmlCollectorItem *pml_collector_state_find  (const PmlCollectorState *self,
                                                   PmlCollectorList         list,
                                                   guint32                  serial);

/* CPython's name of a phase ("subtract_refs"), untranslated, and parsed */
const char        *pml_collector_phase_get_name   (PmlCollectorPhase  phase);
gboolean           pml_collector_phase_parse      (const char        *name,
                                                   PmlCollectorPhase *out);
/* What the phase does, in a sentence a student follows */
const char        *pml_collector_phase_explain    (PmlCollectorPhase  phase);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PmlCollectorState, pml_collector_state_free)

G_END_DECLS
