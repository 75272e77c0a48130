/* pml-run.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-run.h"

/* A scenario's object events and its allocator's are one stream. Object
 * event i came after the first tied(i) allocator events, so the cursor is
 * always at some (objects done i, allocator events done h) with
 * tied(i - 1) <= h <= tied(i). A line's start is (j + 1, tied(j)) for its
 * line event j: the line about to run. The step kinds follow a debugger's
 * (CPython's bdb): into stops at the next line anywhere, over at the next
 * line of this frame or a caller's, out at the first line after this
 * frame returned; each line event carries the frames running. */

struct _PmlRun
{
  GObject            parent_instance;

  PmlInterp         *interp;        /* owned; NULL: a trace */
  PmlHeap           *heap;
  PmlRunEventFilter  filter;
  gpointer           filter_data;
  char             **source_lines;  /* NULL: no text */
  gboolean           marked;        /* some line says "# step" */
  guint              first_line;    /* the script's first line event; n_events when none */
  guint              script_end;    /* the object events done when the script ended */
};

G_DEFINE_FINAL_TYPE (PmlRun, pml_run, G_TYPE_OBJECT)

enum
{
  STEPPED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
pml_run_finalize (GObject *object)
{
  PmlRun *self = PML_RUN (object);

  g_clear_pointer (&self->interp, pml_interp_free);
  g_clear_pointer (&self->heap, pml_heap_unref);
  g_clear_pointer (&self->source_lines, g_strfreev);

  G_OBJECT_CLASS (pml_run_parent_class)->finalize (object);
}

static void
pml_run_class_init (PmlRunClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pml_run_finalize;

  /**
   * PmlRun::stepped:
   *
   * The cursor moved: once per seek or step, however far.
   */
  signals[STEPPED] = g_signal_new ("stepped", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);
}

static void
pml_run_init (PmlRun *self)
{
}

static guint
n_events (PmlRun *self)
{
  return self->interp != NULL ? pml_interp_get_n_events (self->interp) : 0;
}

static gboolean
is_line (PmlRun *self,
         guint   index)
{
  return pml_obj_event_get_kind (pml_interp_get_event (self->interp, index)) == PML_OBJ_EVENT_LINE;
}

static gint
line_of (PmlRun *self,
         guint   index)
{
  return pml_obj_event_get_value (pml_interp_get_event (self->interp, index));
}

/* How many allocator events came before object event @index */
static guint
tied (PmlRun *self,
      guint   index)
{
  return index < n_events (self) ? pml_interp_get_event_heap_position (self->interp, index)
                                 : pml_heap_get_n_events (self->heap);
}

/* The requests done once the allocator did @heap_position events */
static guint
request_at (PmlRun *self,
            guint   heap_position)
{
  if (heap_position == pml_heap_get_n_events (self->heap))
    return pml_heap_get_n_steps (self->heap);
  return heap_position > 0 ? pml_heap_get_steps_begun (self->heap, heap_position - 1) : 0;
}

/* Takes @interp, and steps it with its heap */
PmlRun *
pml_run_new_for_interp (PmlInterp *interp)
{
  PmlRun *self;
  guint n;

  g_return_val_if_fail (interp != NULL, NULL);

  self = g_object_new (PML_TYPE_RUN, NULL);
  self->interp = interp;
  self->heap = pml_heap_ref (pml_interp_get_heap (interp));
  n = pml_interp_get_n_events (interp);
  self->first_line = 0;
  while (self->first_line < n && !is_line (self, self->first_line))
    self->first_line++;
  self->script_end = MIN (pml_interp_get_shutdown_position (interp), n);
  if (self->script_end < self->first_line)
    self->script_end = n;
  return self;
}

/* A trace: its heap alone */
PmlRun *
pml_run_new_for_heap (PmlHeap *heap)
{
  PmlRun *self;

  g_return_val_if_fail (heap != NULL, NULL);

  self = g_object_new (PML_TYPE_RUN, NULL);
  self->heap = pml_heap_ref (heap);
  return self;
}

PmlInterp *
pml_run_get_interp (PmlRun *self)
{
  g_return_val_if_fail (PML_IS_RUN (self), NULL);

  return self->interp;
}

PmlHeap *
pml_run_get_heap (PmlRun *self)
{
  g_return_val_if_fail (PML_IS_RUN (self), NULL);

  return self->heap;
}

/* Stepping by events passes over the object events @filter says do not
 * show (NULL: all show) */
void
pml_run_set_event_filter (PmlRun            *self,
                          PmlRunEventFilter  filter,
                          gpointer           user_data)
{
  g_return_if_fail (PML_IS_RUN (self));

  self->filter = filter;
  self->filter_data = user_data;
}

/* ---- "# step" marks: the lines a teacher wants shown ---- */

void
pml_run_set_source (PmlRun     *self,
                    const char *source)
{
  g_return_if_fail (PML_IS_RUN (self));

  g_clear_pointer (&self->source_lines, g_strfreev);
  self->marked = FALSE;
  if (source == NULL)
    return;
  self->source_lines = g_strsplit (source, "\n", -1);
  for (guint i = 0; self->source_lines[i] != NULL && !self->marked; i++)
    self->marked = strstr (self->source_lines[i], "# step") != NULL;
}

/* A script with marks shows its marked lines alone (the handout), and
 * Play stops at them */
gboolean
pml_run_has_step_marks (PmlRun *self)
{
  g_return_val_if_fail (PML_IS_RUN (self), FALSE);

  return self->marked;
}

gboolean
pml_run_line_is_marked (PmlRun *self,
                        gint    line)
{
  g_return_val_if_fail (PML_IS_RUN (self), FALSE);

  if (!self->marked || line < 1 || (guint) line > g_strv_length (self->source_lines))
    return FALSE;
  return strstr (self->source_lines[line - 1], "# step") != NULL;
}

/* ---- where the cursor is ---- */

guint
pml_run_get_position (PmlRun *self)
{
  g_return_val_if_fail (PML_IS_RUN (self), 0);

  return self->interp != NULL ? pml_interp_get_position (self->interp) : 0;
}

guint
pml_run_get_heap_position (PmlRun *self)
{
  g_return_val_if_fail (PML_IS_RUN (self), 0);

  return pml_heap_get_position (self->heap);
}

/* The requests done: the last one begun, whose events lead to the state */
guint
pml_run_get_request (PmlRun *self)
{
  g_return_val_if_fail (PML_IS_RUN (self), 0);

  return request_at (self, pml_heap_get_position (self->heap));
}

gboolean
pml_run_is_at_start (PmlRun *self)
{
  g_return_val_if_fail (PML_IS_RUN (self), TRUE);

  return pml_heap_get_position (self->heap) == 0 && pml_run_get_position (self) == 0;
}

gboolean
pml_run_is_at_end (PmlRun *self)
{
  g_return_val_if_fail (PML_IS_RUN (self), TRUE);

  return pml_heap_get_position (self->heap) == pml_heap_get_n_events (self->heap) &&
         pml_run_get_position (self) == n_events (self);
}

/* The object event just done, when it is the latest change of all; -1
 * when the allocator's was */
gint64
pml_run_get_last_object_event (PmlRun *self)
{
  guint i;

  g_return_val_if_fail (PML_IS_RUN (self), -1);

  i = pml_run_get_position (self);
  if (i > 0 && pml_heap_get_position (self->heap) == tied (self, i - 1))
    return i - 1;
  return -1;
}

/* A line is about to run: its line event is the last thing done */
gboolean
pml_run_is_at_line_start (PmlRun *self)
{
  gint64 last;

  g_return_val_if_fail (PML_IS_RUN (self), FALSE);

  last = pml_run_get_last_object_event (self);
  return last >= 0 && is_line (self, (guint) last);
}

/* The last line event done before object event @before, or -1 */
static gint64
line_event_before (PmlRun *self,
                   guint   before)
{
  for (guint k = before; k-- > 0;)
    if (is_line (self, k))
      return k;
  return -1;
}

PmlRunPhase
pml_run_get_phase (PmlRun *self)
{
  guint i;

  g_return_val_if_fail (PML_IS_RUN (self), PML_RUN_PHASE_SCRIPT);

  if (self->interp == NULL)
    return PML_RUN_PHASE_SCRIPT;
  i = pml_run_get_position (self);
  if (i <= self->first_line)
    return PML_RUN_PHASE_STARTUP;
  if (i > self->script_end ||
      (i == self->script_end && pml_heap_get_position (self->heap) == tied (self, i)))
    return PML_RUN_PHASE_SHUTDOWN;
  return PML_RUN_PHASE_SCRIPT;
}

/* The line the cursor is in: the one about to run or running, or the
 * last that ran; 0 before the first */
gint
pml_run_get_line (PmlRun *self)
{
  gint64 k;

  g_return_val_if_fail (PML_IS_RUN (self), 0);

  if (self->interp == NULL)
    return 0;
  k = line_event_before (self, pml_run_get_position (self));
  return k >= 0 ? line_of (self, (guint) k) : 0;
}

/* The line about to run, when nothing of it ran yet; else 0 */
gint
pml_run_get_line_to_run (PmlRun *self)
{
  g_return_val_if_fail (PML_IS_RUN (self), 0);

  return pml_run_is_at_line_start (self) ? line_of (self, pml_run_get_position (self) - 1) : 0;
}

/* The line that just ran (or is running, between two of its events);
 * 0 when none did */
gint
pml_run_get_line_ran (PmlRun *self)
{
  guint i;
  gint64 k;

  g_return_val_if_fail (PML_IS_RUN (self), 0);

  if (self->interp == NULL)
    return 0;
  i = pml_run_get_position (self);
  if (pml_run_is_at_line_start (self))
    i--;
  k = line_event_before (self, i);
  return k >= 0 ? line_of (self, (guint) k) : 0;
}

/* The frames running the line the cursor is in (0 before the first) */
guint
pml_run_get_depth (PmlRun *self)
{
  gint64 k;

  g_return_val_if_fail (PML_IS_RUN (self), 0);

  if (self->interp == NULL)
    return 0;
  k = line_event_before (self, pml_run_get_position (self));
  return k >= 0 ? pml_obj_event_get_depth (pml_interp_get_event (self->interp, (guint) k)) : 0;
}

guint
pml_run_get_startup_requests (PmlRun *self)
{
  g_return_val_if_fail (PML_IS_RUN (self), 0);

  return self->interp != NULL ? request_at (self, tied (self, self->first_line)) : 0;
}

/* The requests done when the interpreter began to tear down */
guint
pml_run_get_shutdown_request (PmlRun *self)
{
  g_return_val_if_fail (PML_IS_RUN (self), 0);

  return self->interp != NULL ? request_at (self, tied (self, self->script_end))
                              : pml_heap_get_n_steps (self->heap);
}

/* The object events done when the script ended */
guint
pml_run_get_script_end (PmlRun *self)
{
  g_return_val_if_fail (PML_IS_RUN (self), 0);

  return self->script_end;
}

/* ---- moving ---- */

static void
move_to (PmlRun *self,
         guint   position,
         guint   heap_position)
{
  if (self->interp != NULL)
    pml_interp_seek_objects (self->interp, position);
  pml_heap_seek (self->heap, heap_position);
}

/* After the allocator moved by itself (a request, the timeline): every
 * object event tied at or before it is done */
static void
sync_objects (PmlRun *self)
{
  guint h = pml_heap_get_position (self->heap);
  guint lo = 0, hi = n_events (self);

  if (self->interp == NULL)
    return;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (tied (self, mid) <= h)
        lo = mid + 1;
      else
        hi = mid;
    }
  pml_interp_seek_objects (self->interp, lo);
}

static void
stepped (PmlRun *self)
{
  g_signal_emit (self, signals[STEPPED], 0);
}

void
pml_run_seek (PmlRun *self,
              guint   position,
              guint   heap_position)
{
  g_return_if_fail (PML_IS_RUN (self));

  move_to (self, position, heap_position);
  stepped (self);
}

/* After @request requests, the objects where the allocator is */
void
pml_run_seek_request (PmlRun *self,
                      guint   request)
{
  g_return_if_fail (PML_IS_RUN (self));

  pml_heap_seek_step (self->heap, MIN (request, pml_heap_get_n_steps (self->heap)));
  sync_objects (self);
  stepped (self);
}

void
pml_run_seek_start (PmlRun *self)
{
  pml_run_seek_request (self, 0);
}

void
pml_run_seek_end (PmlRun *self)
{
  g_return_if_fail (PML_IS_RUN (self));

  move_to (self, n_events (self), pml_heap_get_n_events (self->heap));
  stepped (self);
}

/* The script's first line, about to run: where a teacher starts */
void
pml_run_seek_first_line (PmlRun *self)
{
  g_return_if_fail (PML_IS_RUN (self));

  if (self->interp != NULL && self->first_line < n_events (self))
    move_to (self, self->first_line + 1, tied (self, self->first_line));
  else
    move_to (self, 0, 0);
  stepped (self);
}

/* The script ended; nothing of the interpreter's tear-down is done yet */
void
pml_run_seek_script_end (PmlRun *self)
{
  g_return_if_fail (PML_IS_RUN (self));

  move_to (self, self->script_end, tied (self, self->script_end));
  stepped (self);
}

static void
step_one_event (PmlRun   *self,
                gboolean  forward)
{
  guint i = pml_run_get_position (self);
  guint h = pml_heap_get_position (self->heap);
  guint n = n_events (self);

  if (forward)
    {
      if (h < tied (self, i))
        pml_heap_redo (self->heap);
      else if (i < n)
        pml_interp_seek_objects (self->interp, i + 1);
      else
        pml_heap_redo (self->heap);
    }
  else
    {
      if (i > 0 && h == tied (self, i - 1))
        pml_interp_seek_objects (self->interp, i - 1);
      else
        pml_heap_undo (self->heap);
    }
}

static gboolean
shows (PmlRun *self,
       guint   index)
{
  return self->filter == NULL || self->filter (self, index, self->filter_data);
}

/* One event that shows: the allocator's, or one that changes what the
 * filter shows, before or after it (a collection of generation 2
 * examines hundreds of the interpreter's own objects, never drawn) */
static void
step_event (PmlRun   *self,
            gboolean  forward)
{
  guint n = n_events (self);
  gint64 last;

  if (forward)
    {
      for (;;)
        {
          guint before = pml_run_get_position (self);
          gboolean shown_before = before < n && shows (self, before);

          step_one_event (self, TRUE);
          if (pml_run_get_position (self) == before)
            return;   /* the allocator's */
          if (shown_before || shows (self, before) || before + 1 == n)
            return;
        }
    }

  /* back over the one that shows, then over the hidden ones before it,
     to where stepping forward from comes back here */
  step_one_event (self, FALSE);
  while ((last = pml_run_get_last_object_event (self)) >= 0)
    {
      if (shows (self, (guint) last))
        return;
      step_one_event (self, FALSE);
      if (shows (self, (guint) last))
        {
          /* it shows once undone: it is the one forward stops after */
          step_one_event (self, TRUE);
          return;
        }
    }
}

static gboolean
line_matches (PmlRun      *self,
              guint        index,
              PmlStepKind  kind,
              guint        depth)
{
  const PmlObjEvent *ev = pml_interp_get_event (self->interp, index);

  if (pml_obj_event_get_kind (ev) != PML_OBJ_EVENT_LINE)
    return FALSE;
  switch (kind)
    {
    case PML_STEP_OVER:
      return pml_obj_event_get_depth (ev) <= depth;
    case PML_STEP_OUT:
      return pml_obj_event_get_depth (ev) < depth;
    case PML_STEP_INTO:
    case PML_STEP_EVENT:
    case PML_STEP_REQUEST:
    default:
      return TRUE;
    }
}

/* Forward to the start of the next line of @kind; the script's end is a
 * stop of its own before the interpreter tears down */
static void
step_line_forward (PmlRun      *self,
                   PmlStepKind  kind)
{
  guint i = pml_run_get_position (self);
  guint n = n_events (self);
  guint limit = i < self->script_end ? self->script_end : n;
  /* before the first line any line will do */
  guint depth = pml_run_get_depth (self) > 0 ? pml_run_get_depth (self) : G_MAXUINT;

  for (guint j = i; j < limit; j++)
    if (line_matches (self, j, kind, depth))
      {
        move_to (self, j + 1, tied (self, j));
        return;
      }
  if (limit == self->script_end && self->script_end < n)
    move_to (self, self->script_end, tied (self, self->script_end));
  else
    move_to (self, n, pml_heap_get_n_events (self->heap));
}

/* Back to the start of the line shown, or of the one before when already
 * there; from the tear-down, to the script's end first */
static void
step_line_back (PmlRun *self)
{
  guint i = pml_run_get_position (self);
  guint h = pml_heap_get_position (self->heap);

  for (guint k = i; k-- > 0;)
    if (is_line (self, k) && (k + 1 != i || tied (self, k) != h))
      {
        if (k < self->script_end && self->script_end < n_events (self) &&
            (i > self->script_end || (i == self->script_end && h > tied (self, i))))
          move_to (self, self->script_end, tied (self, self->script_end));
        else
          move_to (self, k + 1, tied (self, k));
        return;
      }
  move_to (self, 0, 0);
}

/* Returns whether the cursor moved */
gboolean
pml_run_step (PmlRun      *self,
              PmlStepKind  kind,
              gboolean     forward)
{
  guint i, h;

  g_return_val_if_fail (PML_IS_RUN (self), FALSE);

  i = pml_run_get_position (self);
  h = pml_heap_get_position (self->heap);
  if (kind == PML_STEP_REQUEST)
    {
      guint request = pml_run_get_request (self);

      pml_heap_seek_step (self->heap, forward ? MIN (request + 1, pml_heap_get_n_steps (self->heap))
                                              : (request > 0 ? request - 1 : 0));
      sync_objects (self);
    }
  else if (self->interp == NULL)
    {
      /* a trace: its events are the allocator's, and it has no lines */
      if (kind != PML_STEP_EVENT)
        return FALSE;
      if (forward)
        pml_heap_redo (self->heap);
      else
        pml_heap_undo (self->heap);
    }
  else if (kind == PML_STEP_EVENT)
    step_event (self, forward);
  else if (forward)
    step_line_forward (self, kind);
  else
    step_line_back (self);

  if (i == pml_run_get_position (self) && h == pml_heap_get_position (self->heap))
    return FALSE;
  stepped (self);
  return TRUE;
}

/* Forward to where @line next starts; FALSE (and no move) when it never
 * runs again */
gboolean
pml_run_run_to_line (PmlRun *self,
                     gint    line)
{
  guint n;

  g_return_val_if_fail (PML_IS_RUN (self), FALSE);

  if (self->interp == NULL)
    return FALSE;
  n = n_events (self);
  for (guint j = pml_run_get_position (self); j < n; j++)
    if (is_line (self, j) && line_of (self, j) == line)
      {
        move_to (self, j + 1, tied (self, j));
        stepped (self);
        return TRUE;
      }
  return FALSE;
}

/* Play: up to @n_lines lines into, at once (one "stepped"), stopping
 * early at a line marked "# step" when @stop_at_marks; returns whether the
 * cursor moved */
gboolean
pml_run_step_lines (PmlRun   *self,
                    guint     n_lines,
                    gboolean  stop_at_marks)
{
  guint i, h;

  g_return_val_if_fail (PML_IS_RUN (self), FALSE);

  if (self->interp == NULL)
    return FALSE;
  i = pml_run_get_position (self);
  h = pml_heap_get_position (self->heap);
  for (guint k = 0; k < n_lines && !pml_run_is_at_end (self); k++)
    {
      step_line_forward (self, PML_STEP_INTO);
      if (stop_at_marks && pml_run_line_is_marked (self, pml_run_get_line_to_run (self)))
        break;
    }
  if (i == pml_run_get_position (self) && h == pml_heap_get_position (self->heap))
    return FALSE;
  stepped (self);
  return TRUE;
}

/* ---- lines by their events (export --step/--line, the handout) ---- */

/* The index of the line event of step @step (1-based), or of the last
 * time @line ran; G_MAXUINT when there is none */
guint
pml_run_find_line_event (PmlRun *self,
                         gint64  step,
                         gint64  line,
                         guint  *out_n_steps)
{
  guint n, k = 0, found = G_MAXUINT;

  g_return_val_if_fail (PML_IS_RUN (self), G_MAXUINT);

  n = n_events (self);
  for (guint i = 0; i < n; i++)
    {
      if (!is_line (self, i))
        continue;
      k++;
      if ((step > 0 && (gint64) k == step) || (line > 0 && line_of (self, i) == line))
        found = i;
    }
  if (out_n_steps)
    *out_n_steps = k;
  return found;
}

/* The first line event at or after @from; the number of events when none */
guint
pml_run_next_line_event (PmlRun *self,
                         guint   from)
{
  guint n;

  g_return_val_if_fail (PML_IS_RUN (self), 0);

  n = n_events (self);
  while (from < n && !is_line (self, from))
    from++;
  return MIN (from, n);
}

/* Which step (1-based) the line event @index starts */
guint
pml_run_step_of_line_event (PmlRun *self,
                            guint   index)
{
  guint k = 0;

  g_return_val_if_fail (PML_IS_RUN (self), 0);

  for (guint i = 0; i <= index && i < n_events (self); i++)
    if (is_line (self, i))
      k++;
  return k;
}

/* To where the line of event @index has run: just before the next line
 * starts */
void
pml_run_seek_after_line_event (PmlRun *self,
                               guint   index)
{
  guint next;

  g_return_if_fail (PML_IS_RUN (self));

  next = pml_run_next_line_event (self, index + 1);
  move_to (self, next, tied (self, next));
  stepped (self);
}
