/* pml-run.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "pml-heap.h"
#include "pml-py.h"

G_BEGIN_DECLS

/* One run, stepped: a scenario's interpreter and heap (or a trace's heap
 * alone) and a cursor over their history. The window, the CLI's export
 * and handout and the benches move through a run with it alone. */

#define PML_TYPE_RUN (pml_run_get_type ())

G_DECLARE_FINAL_TYPE (PmlRun, pml_run, PML, RUN, GObject)

typedef enum
{
  PML_STEP_EVENT,     /* one event that shows (the allocator's or an object's) */
  PML_STEP_REQUEST,   /* one allocation request */
  PML_STEP_INTO,      /* to the next line that starts, in any frame (a line back, backward) */
  PML_STEP_OVER,      /* to the next line of this frame or a caller's */
  PML_STEP_OUT,       /* to the first line after this frame returned */
} PmlStepKind;

/* Where the cursor is in the run's life */
typedef enum
{
  PML_RUN_PHASE_STARTUP,   /* the interpreter sets up, before the script's first line */
  PML_RUN_PHASE_SCRIPT,
  PML_RUN_PHASE_SHUTDOWN,  /* the script ended; the interpreter tears down */
} PmlRunPhase;

/* Whether object event @index shows: stepping by events passes over
 * those that do not */
typedef gboolean (*PmlRunEventFilter) (PmlRun   *run,
                                       guint     index,
                                       gpointer  user_data);

PmlRun      *pml_run_new_for_interp        (PmlInterp   *interp);
PmlRun      *pml_run_new_for_heap          (PmlHeap     *heap);

PmlInterp   *pml_run_get_interp            (PmlRun      *self);
PmlHeap     *pml_run_get_heap              (PmlRun      *self);
void         pml_run_set_event_filter      (PmlRun            *self,
                                            PmlRunEventFilter  filter,
                                            gpointer           user_data);

/* The script's text: its "# step" marks */
void         pml_run_set_source            (PmlRun      *self,
                                            const char  *source);
gboolean     pml_run_has_step_marks        (PmlRun      *self);
gboolean     pml_run_line_is_marked        (PmlRun      *self,
                                            gint         line);

/* The cursor */
guint        pml_run_get_position          (PmlRun      *self);
guint        pml_run_get_heap_position     (PmlRun      *self);
guint        pml_run_get_request           (PmlRun      *self);
gboolean     pml_run_is_at_start           (PmlRun      *self);
gboolean     pml_run_is_at_end             (PmlRun      *self);
gboolean     pml_run_is_at_line_start      (PmlRun      *self);
PmlRunPhase  pml_run_get_phase             (PmlRun      *self);
gint         pml_run_get_line              (PmlRun      *self);
gint         pml_run_get_line_to_run       (PmlRun      *self);
gint         pml_run_get_line_ran          (PmlRun      *self);
guint        pml_run_get_depth             (PmlRun      *self);
gint64       pml_run_get_last_object_event (PmlRun      *self);

void         pml_run_seek                  (PmlRun      *self,
                                            guint        position,
                                            guint        heap_position);
void         pml_run_seek_request          (PmlRun      *self,
                                            guint        request);
void         pml_run_seek_start            (PmlRun      *self);
void         pml_run_seek_end              (PmlRun      *self);
void         pml_run_seek_first_line       (PmlRun      *self);
void         pml_run_seek_script_end       (PmlRun      *self);
gboolean     pml_run_step                  (PmlRun      *self,
                                            PmlStepKind  kind,
                                            gboolean     forward);
gboolean     pml_run_run_to_line           (PmlRun      *self,
                                            gint         line);
gboolean     pml_run_step_lines            (PmlRun      *self,
                                            guint        n_lines,
                                            gboolean     stop_at_marks);

char        *pml_run_describe_position     (PmlRun      *self) G_GNUC_WARN_UNUSED_RESULT;

/* The requests of each phase: start-up's come first, shutdown's last */
guint        pml_run_get_startup_requests  (PmlRun      *self);
guint        pml_run_get_shutdown_request  (PmlRun      *self);
guint        pml_run_get_script_end        (PmlRun      *self);

/* Lines by their line events: step @step (1-based) or the last time
 * @line ran, and where that line has run (as the next one starts) */
guint        pml_run_find_line_event       (PmlRun      *self,
                                            gint64       step,
                                            gint64       line,
                                            guint       *out_n_steps);
guint        pml_run_next_line_event       (PmlRun      *self,
                                            guint        from);
guint        pml_run_step_of_line_event    (PmlRun      *self,
                                            guint        index);
void         pml_run_seek_after_line_event (PmlRun      *self,
                                            guint        index);

G_END_DECLS
