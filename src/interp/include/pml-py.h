/* pml-py.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pml-heap.h"
#include "pml-object-graph.h"

G_BEGIN_DECLS

/* Scenario scripts: a Python-subset interpreter whose every object lives in
 * a simulated CPython heap (scenario-language.md). */

#define PML_SCRIPT_ERROR (pml_script_error_quark ())

typedef enum
{
  PML_SCRIPT_ERROR_SYNTAX,        /* malformed source */
  PML_SCRIPT_ERROR_UNSUPPORTED,   /* valid Python outside the subset */
  PML_SCRIPT_ERROR_ENCODING,      /* not UTF-8 */
  PML_SCRIPT_ERROR_UNLOCATED,     /* an error CPython reports without a location: after
                                     "PATH:LINE:COL: ", the line it prints ("MemoryError",
                                     "RecursionError: ...", "SyntaxError: encoding problem: ...") */
} PmlScriptError;

typedef enum
{
  PML_OBJ_EVENT_LINE,       /* value: the line that starts executing; serial: the frames running */
  PML_OBJ_EVENT_NEW,        /* value: refcount after */
  PML_OBJ_EVENT_FREE,
  PML_OBJ_EVENT_INCREF,     /* value: refcount after */
  PML_OBJ_EVENT_DECREF,
  PML_OBJ_EVENT_TRACK,
  PML_OBJ_EVENT_UNTRACK,
  PML_OBJ_EVENT_GC_START,   /* value: generation */
  PML_OBJ_EVENT_GC_UPDATE_REFS,    /* value: gc_refs after */
  PML_OBJ_EVENT_GC_SUBTRACT_REFS,
  PML_OBJ_EVENT_GC_UNREACHABLE,
  PML_OBJ_EVENT_GC_REACHABLE,     /* back from unreachable (1), the mark cleared (0), gc_refs 0 -> 1 (2) */
  PML_OBJ_EVENT_GC_FINALIZE,
  PML_OBJ_EVENT_GC_CLEAR,
  PML_OBJ_EVENT_GC_END,     /* value: collected + uncollectable */
  PML_OBJ_EVENT_PROMOTE,    /* value: PML_PROMOTE_VALUE (from, to); 3 is the permanent generation */
  PML_OBJ_EVENT_WEAKREF_CLEAR,     /* the weakref; value: its referent, which is going */
  PML_OBJ_EVENT_WEAKREF_CALLBACK,  /* the weakref; value: the callback about to be called */
  PML_OBJ_EVENT_FINALIZER,  /* a weakref.finalize calls its function; value: 1 at exit */
  PML_OBJ_EVENT_TRACEMALLOC, /* no object; value: PML_TRACEMALLOC_START, _STOP or _SNAPSHOT */
} PmlObjEventKind;

enum
{
  PML_TRACEMALLOC_START,
  PML_TRACEMALLOC_STOP,
  PML_TRACEMALLOC_SNAPSHOT,
};

#define PML_PROMOTE_VALUE(from, to) ((from) * 4 + (to))
#define PML_PROMOTE_FROM(value)     ((value) / 4)
#define PML_PROMOTE_TO(value)       ((value) % 4)

/* 8 bytes: a run keeps about a hundred of these per loop iteration */
typedef struct
{
  guint32 serial;           /* object number (line events: the frames running) */
  gint32  packed;           /* value << 5 | kind */
} PmlObjEvent;

static inline PmlObjEventKind
pml_obj_event_get_kind (const PmlObjEvent *ev)
{
  return (PmlObjEventKind) (ev->packed & 31);
}

/* the line, the reference count after, the generation... */
static inline gint32
pml_obj_event_get_value (const PmlObjEvent *ev)
{
  return ev->packed >> 5;
}

/* A line event: how deep in calls its line runs (the module's lines: 1);
 * stepping over and out compares them */
static inline guint
pml_obj_event_get_depth (const PmlObjEvent *ev)
{
  return ev->serial;
}

typedef struct
{
  const char *type_name;    /* interned */
  guint64     address;
  guint64     size;
  gint32      line;
} PmlObjInfo;

typedef struct
{
  guint64  max_steps;       /* executed lines; 0: no limit */
  gboolean record_events;   /* keep the object-level event stream */
  gboolean record_requests; /* keep the allocation requests (for a trace) */
  gboolean gc_log;          /* describe each collection on stderr */
  gboolean record_graph;    /* with record_events: who refers to whom, at each line */
  guint64  max_memory;      /* bytes the process may hold while it runs; 0: the default,
                               G_MAXUINT64: no limit */
  gboolean skip_reasons;    /* with record_events: keep no record of why each count
                               changed (to measure what that record costs) */
} PmlInterpOptions;

/* fits a 4 GiB laptop, with the desktop and the window around it */
#define PML_INTERP_DEFAULT_MAX_MEMORY (G_GUINT64_CONSTANT (2) << 30)

/* One allocation request, as a trace line: 'm', 'c', 'r' or 'f' */
typedef struct
{
  char    op;
  guint64 address;          /* the block returned (freed for 'f') */
  guint64 old;              /* 'r': the block reallocated */
  guint64 a;                /* size, or nelem for 'c' */
  guint64 b;                /* 'c': elsize */
  gint32  line;             /* the script line that made it */
} PmlRequest;

typedef struct _PmlInterp PmlInterp;

GQuark       pml_script_error_quark  (void);
gboolean     pml_script_error_location (const char *message,
                                        const char *filename,
                                        int        *line,
                                        int        *col,
                                        int        *end_line,
                                        int        *end_col,
                                        const char **text);

PmlInterp   *pml_interp_new          (PmlHeap          *heap,
                                      const PmlInterpOptions *options);
void         pml_interp_free         (PmlInterp        *interp);

/* Compiles the whole script first: anything outside the subset is refused
 * with FILE:LINE:COL before a line runs. */
/* sys.argv[0]: the script as the command line named it (it is the
 * loaded file name until set) */
void         pml_interp_set_argv0    (PmlInterp        *interp,
                                      const char       *arg);
gboolean     pml_interp_load         (PmlInterp        *interp,
                                      const char       *filename,
                                      const char       *source,
                                      gsize             length,
                                      GError          **error);

/* Runs the loaded script to its end, then finalizes like Py_FinalizeEx.
 * Returns the exit status: 0, or 1 after an uncaught exception. */
int          pml_interp_run          (PmlInterp        *interp);

/* The run stopped at the memory budget (max_memory), at *out_line */
gboolean     pml_interp_hit_memory_budget (PmlInterp   *interp,
                                           gint32      *out_line);

const char  *pml_interp_get_stdout   (PmlInterp        *interp);
const char  *pml_interp_get_stderr   (PmlInterp        *interp);
gboolean     pml_interp_hit_max_steps (PmlInterp       *interp);
guint64      pml_interp_get_steps    (PmlInterp        *interp);
PmlHeap     *pml_interp_get_heap     (PmlInterp        *interp);
guint        pml_interp_get_n_events (PmlInterp        *interp);
/* The object events done when the script had ended and the interpreter
 * began to tear down (atexit, the shutdown collections) */
guint        pml_interp_get_shutdown_position (PmlInterp *interp);
const PmlObjEvent *pml_interp_get_event (PmlInterp     *interp,
                                         guint          index);
/* One sentence telling what object event @index does; NULL past the end */
char        *pml_interp_describe_event (PmlInterp      *interp,
                                        guint           index) G_GNUC_WARN_UNUSED_RESULT;
/* Why the reference count changed at object event @index (a NEW, INCREF,
 * DECREF or FREE), as a teacher would say it: "+1: `alias = data` binds
 * the name alias"; NULL for other events or without a record of reasons */
char        *pml_interp_describe_reason (PmlInterp     *interp,
                                         guint          index) G_GNUC_WARN_UNUSED_RESULT;
/* the memory the record of reasons takes */
gsize        pml_interp_get_reason_bytes (PmlInterp    *interp);
/* How many allocator events came before object event @index */
guint        pml_interp_get_event_heap_position (PmlInterp *interp,
                                                 guint      index);
gsize        pml_interp_get_event_bytes (PmlInterp     *interp);
const PmlObjInfo  *pml_interp_get_object (PmlInterp    *interp,
                                          guint32       serial);
const char  *pml_obj_event_kind_name (PmlObjEventKind   kind);
const GArray *pml_interp_get_requests (PmlInterp       *interp);
/* with record_requests: for each collection, the requests made before it (guint) */
const GArray *pml_interp_get_collection_requests (PmlInterp *interp);
/* What sys.getsizeof () and sys.getrefcount () answered and when the
 * collector started, in order, and where: the object event count then and
 * the script line running (pml-py-probes.c) */
typedef enum
{
  PML_PROBE_GETSIZEOF,
  PML_PROBE_GETREFCOUNT,
  PML_PROBE_COLLECTION,     /* value: the generation collected */
} PmlProbeKind;

typedef struct
{
  guint         event;      /* object events recorded before it */
  gint32        line;       /* the script line running (0: none yet) */
  PmlProbeKind  kind;
  gint64        value;
} PmlProbe;

/* NULL when there was none */
const GArray *pml_interp_get_probes (PmlInterp      *interp);
/* While it runs (from the output callback): the script line running, the
 * caller's again once a function it called returned */
gint         pml_interp_get_running_line (PmlInterp *interp);

/* The requests as a trace file's text (scenario-language.md "Trace files") */
char        *pml_interp_format_trace (PmlInterp        *interp);

/* Stepping a finished run (with record_events): the object events are
 * one undoable stream with the allocator's; seeking moves both. */
typedef struct
{
  gint64  refcnt;
  gint64  gc_refs;          /* during a collection that examined it; else -1 */
  guint8  alive;
  guint8  tracked;
  guint8  unreachable;      /* on the collector's unreachable list */
  guint8  generation;       /* 0, 1, 2, or 3 (permanent); 0 when untracked */
  guint32 gc_epoch;         /* internal: the collection that set gc_refs */
} PmlObjState;

void         pml_interp_seek         (PmlInterp        *interp,
                                      guint             position);
void         pml_interp_seek_objects (PmlInterp        *interp,
                                      guint             position);
guint        pml_interp_get_position (PmlInterp        *interp);
guint        pml_interp_get_lines_done (PmlInterp      *interp);
guint        pml_interp_get_n_alive  (PmlInterp        *interp);
/* the memory the checkpoints of the object states take */
gsize        pml_interp_get_checkpoint_bytes (PmlInterp *interp);
const PmlObjState *pml_interp_get_object_state (PmlInterp *interp,
                                                guint32    serial);

/* With record_graph: the object graph as it was at @position (the last
 * snapshot taken at or before it), or NULL before the script's first line */
const PmlGraphSnapshot *pml_interp_get_graph (PmlInterp *interp,
                                              guint      position);
gboolean     pml_interp_graph_is_complete (PmlInterp   *interp);

/* @flag, when set to non-zero from any thread, stops the run within a few
 * thousand lines, as --max-steps does; pml_interp_hit_max_steps () then
 * says TRUE as well */
void         pml_interp_set_cancel_flag (PmlInterp     *interp,
                                         const gint    *flag);

/* Where stdout and stderr go as they are written (NULL: kept in memory). */
void         pml_interp_set_output   (PmlInterp        *interp,
                                      void (*write) (gboolean is_stderr, const char *text, gsize len, gpointer data),
                                      gpointer          data);

G_END_DECLS
