/* pml-py-vm.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pml-chunks.h"
#include "pml-py.h"
#include "pml-py-object.h"
#include "pml-py-reason.h"

G_BEGIN_DECLS

/* The interpreter's state, shared by the files of src/interp. */

#define PML_NSMALLNEG 5
#define PML_NSMALLPOS 257
#define PML_TUPLE_MAXSAVESIZE 20
#define PML_TUPLE_MAXFREELIST 2000
#define PML_LIST_MAXFREELIST 80
#define PML_DICT_MAXFREELIST 80
#define PML_FLOAT_MAXFREELIST 100
#define PML_NUM_GENERATIONS 3
#define PML_SHARED_KEYS_MAX_SIZE 30

typedef struct
{
  PmlObj head;              /* sentinel of a circular list */
  gint64 threshold;
  gint64 count;
} PmlGeneration;

typedef struct
{
  gint64 collections, collected, uncollectable;
} PmlGenStats;

typedef struct
{
  int kind;                 /* SETUP_* opcode */
  gsize handler;
  gsize level;
} PmlBlock;

struct _PmlFrame
{
  PmlCode  *code;
  PmlObj   *func;           /* owned, may be NULL for the module */
  PmlObj   *globals;        /* borrowed from func or the module */
  PmlObj   *locals;         /* module and class bodies: a dict (owned) */
  PmlObj  **fast;           /* varnames, then cells, then free vars */
  gsize     nfast;
  PmlObj  **stack;
  gsize     sp;
  gsize     ip;
  PmlBlock  blocks[32];
  guint     nblocks;
  PmlFrame *back;
  PmlObj   *gen;            /* the generator owning this frame, borrowed */
  gint32    line;
  PmlObj   *kwnames;
  gboolean  on_heap;        /* a generator frame, kept after return */
  gboolean  in_yield_from;  /* suspended in a yield from: the subiterator on top */
  gboolean  throwing;       /* resume by raising VM->exc at the yield */
  gboolean  inlined;        /* called from the caller's loop: returns there, not to C */
  gsize     call_slots;     /* while it calls inline: the stack slots of that call */
  gsize     popped;         /* slots just above sp an instruction popped but owns while it
                               calls (CPython leaves its operands on the stack until then) */
  gsize     exc_depth;      /* VM->exc_stack's length as the frame (re)started */
};

typedef enum
{
  T_OBJECT, T_TYPE, T_NONETYPE, T_BOOL, T_INT, T_FLOAT, T_STR, T_BYTES, T_BYTEARRAY,
  T_TUPLE, T_LIST, T_DICT, T_SET, T_FROZENSET, T_FUNCTION, T_BUILTIN, T_METHOD,
  T_MODULE, T_WEAKREF, T_CELL, T_CODE, T_RANGE, T_SLICE, T_GENERATOR,
  T_LIST_ITER, T_TUPLE_ITER, T_STR_ITER, T_RANGE_ITER, T_DICT_KEYITER,
  T_DICT_VALUEITER, T_DICT_ITEMITER, T_SET_ITER, T_ENUMERATE, T_ZIP, T_REVERSED,
  T_BYTES_ITER, T_DICT_KEYS, T_DICT_VALUES, T_DICT_ITEMS, T_ELLIPSIS, T_NOTIMPL, T_SEQ_ITER,
  T_PROPERTY, T_CLASSMETHOD, T_STATICMETHOD, T_SUPER, T_GETSET, T_MEMBER,
  T_RANDOM, T_GENERIC_ALIAS, T_UNION_TYPE,
  /* exceptions */
  T_BASE_EXCEPTION, T_EXCEPTION, T_ARITHMETIC_ERROR, T_LOOKUP_ERROR,
  T_NAME_ERROR, T_UNBOUND_LOCAL_ERROR, T_ATTRIBUTE_ERROR, T_TYPE_ERROR, T_VALUE_ERROR,
  T_INDEX_ERROR, T_KEY_ERROR, T_ZERO_DIVISION_ERROR, T_RUNTIME_ERROR,
  T_RECURSION_ERROR, T_MEMORY_ERROR, T_STOP_ITERATION, T_OVERFLOW_ERROR,
  T_ASSERTION_ERROR, T_NOT_IMPLEMENTED_ERROR, T_IMPORT_ERROR, T_MODULE_NOT_FOUND_ERROR,
  T_GENERATOR_EXIT, T_KEYBOARD_INTERRUPT, T_SYSTEM_EXIT, T_UNICODE_ERROR,
  /* builtins of the methods work */
  T_MAP, T_FILTER, T_EOF_ERROR, T_UNICODE_ENCODE_ERROR, T_UNICODE_DECODE_ERROR,
  /* collections (pml-py-defaultdict.c, pml-py-deque.c, pml-py-ordereddict.c) */
  T_DEFAULTDICT, T_DEQUE, T_DEQUE_ITER, T_DEQUE_REVITER,
  T_ORDEREDDICT, T_ODICT_ITER, T_ODICT_KEYS, T_ODICT_VALUES, T_ODICT_ITEMS,
  T_COMPLEX,
  /* the memory lessons' modules: weakref, sys, tracemalloc */
  T_KEYEDREF, T_WEAKMETHOD, T_WEAKPROXY, T_WEAKCALLABLEPROXY, T_REFERENCE_ERROR,
  T_TEXTIO, T_VERSION_INFO,
  /* sys's other struct sequences (pml-py-version-info.c) */
  T_FLOAT_INFO, T_INT_INFO, T_HASH_INFO,
  /* classes and exceptions as objects (pml-py-mappingproxy.c, pml-py-traceback.c) */
  T_MAPPINGPROXY, T_TRACEBACK, T_FRAME,
  T_DICT_REVKEYITER, T_DICT_REVVALUEITER, T_DICT_REVITEMITER,
  /* the rest of the built-in exceptions (OSError's and SyntaxError's in pml-py-oserror.c) */
  T_OS_ERROR, T_CONNECTION_ERROR, T_BLOCKING_IO_ERROR, T_CHILD_PROCESS_ERROR,
  T_BROKEN_PIPE_ERROR, T_CONNECTION_ABORTED_ERROR, T_CONNECTION_REFUSED_ERROR,
  T_CONNECTION_RESET_ERROR, T_FILE_EXISTS_ERROR, T_FILE_NOT_FOUND_ERROR,
  T_INTERRUPTED_ERROR, T_IS_A_DIRECTORY_ERROR, T_NOT_A_DIRECTORY_ERROR,
  T_PERMISSION_ERROR, T_PROCESS_LOOKUP_ERROR, T_TIMEOUT_ERROR,
  T_SYNTAX_ERROR, T_INDENTATION_ERROR, T_TAB_ERROR,
  T_BUFFER_ERROR, T_FLOATING_POINT_ERROR, T_SYSTEM_ERROR, T_STOP_ASYNC_ITERATION,
  T_UNICODE_TRANSLATE_ERROR,
  T_WARNING, T_USER_WARNING, T_DEPRECATION_WARNING, T_PENDING_DEPRECATION_WARNING,
  T_SYNTAX_WARNING, T_RUNTIME_WARNING, T_FUTURE_WARNING, T_IMPORT_WARNING,
  T_UNICODE_WARNING, T_BYTES_WARNING, T_RESOURCE_WARNING, T_ENCODING_WARNING,
  /* the built-in functions' kin (pml-py-function.c): str.upper, int.__add__,
     dict.__dict__['fromkeys'], (1).__add__ */
  T_METHOD_DESCR, T_WRAPPER_DESCR, T_CLASSMETHOD_DESCR, T_METHOD_WRAPPER,
  N_BUILTIN_TYPES
} PmlTypeId;

struct _PmlVM
{
  const PmlPreset *preset;
  PmlHeap  *heap;
  PmlInterpOptions opts;

  PmlObj   *types[N_BUILTIN_TYPES];
  PmlObj    none, true_, false_, ellipsis, notimpl;
  PmlObj   *empty_tuple, *empty_str, *empty_bytes;
  PmlObj   *small_ints[PML_NSMALLNEG + PML_NSMALLPOS];
  PmlObj   *latin1[256];
  PmlObj   *bytes1[256];
  PmlObj   *dummy;           /* deleted set entries */
  PmlObj   *repr_dict, *repr_list;   /* the thread state's dict and its 'Py_Repr' list */
  gint64    gc_count_at_import;   /* gen-0 count when the last bundled module began loading */
  PmlObj   *star_args;       /* f(*t): the tuple whose items a built-in gets (borrowed) */   /* 3.11's print() parser keywords, made at its first call */
  GHashTable *interned;      /* utf-8 -> PmlObj (borrowed, as 3.10+) */
  GHashTable *method_descriptors;
  GHashTable *native_types;  /* PmlNativeType * -> its type object (pml-py-native.c) */

  PmlObj   *builtins;        /* dict */
  PmlObj   *modules;         /* dict: name -> module */
  PmlObj   *main_module;
  PmlObj   *main_globals;

  /* free lists */
  GPtrArray *tuple_free[PML_TUPLE_MAXSAVESIZE];
  GPtrArray *list_free;
  GPtrArray *dict_free;
  GPtrArray *float_free;
  GArray    *keys_free;      /* addresses of 8-slot str-key tables */

  /* the collector */
  PmlGeneration gen[PML_NUM_GENERATIONS];
  PmlObj    permanent;
  PmlGenStats gen_stats[PML_NUM_GENERATIONS];
  gboolean  gc_enabled;
  gboolean  gc_collecting;
  gboolean  gc_scheduled;     /* 3.12+: a collection waits for the eval breaker */
  gint64    gc_debug;
  gint64    long_lived_total, long_lived_pending;
  PmlObj   *gc_garbage;      /* list */
  PmlObj   *gc_callbacks;    /* list */

  /* the state of modules */
  GPtrArray *atexit_callbacks; /* atexit's registrations, or NULL */
  struct _PmlTraces *traces;  /* tracemalloc's traces, or NULL when never started */

  /* execution */
  PmlObj   *exc;             /* the exception being raised, owned */
  GPtrArray *exc_stack;      /* exceptions being handled (sys.exc_info) */
  PmlFrame *frame;
  guint     depth;
  guint     recursion_limit;
  int       int_max_str_digits;   /* sys.set_int_max_str_digits (); 0: no limit */
  guint64   steps;
  gint32    line;
  guint     dealloc_depth;
  GPtrArray *trash;          /* deallocations deferred by the trashcan */
  gboolean  finalizing;
  gboolean  stopped;         /* --max-steps reached, cancelled, or out of the memory budget */
  gboolean  out_of_memory;   /* stopped at the memory budget */
  guint     requests_since_check;
  const gint *cancel;        /* set (atomically) to stop the run, or NULL */

  /* output */
  GString  *out;
  GString  *err;
  const char *filename;
  char    **source_lines;
  guint     n_source_lines;

  PmlObj    host_objects;    /* sentinel of the list of every live object */
  PmlObj   *host_free;       /* host structs to reuse */

  /* the object-level event stream */
  PmlChunks events;          /* PmlObjEvent */
  PmlChunks event_sync;      /* guint32 pairs: (event index, heap position) where the latter changed */
  guint     last_heap_position;
  const guint *heap_n_events;   /* the allocator's event count, read in place */
  PmlChunks objects;         /* PmlObjInfo, by serial */
  GArray   *requests;        /* PmlRequest, or NULL */
  GArray   *collection_requests; /* with requests: how many had been made when each collection began (guint) */
  GArray   *probes;          /* PmlProbe: what sys.getsizeof and sys.getrefcount answered, or NULL */
  guint32   next_serial;
  guint     interned_code_consts;

  /* why each count changes (pml-py-reason.c): NULL when not recorded */
  PmlChunks reasons;          /* PmlReasonEntry, where the cause changes */
  gboolean  record_reasons;
  const guint8 *reason_site;  /* the instruction the last entry was made at */
  guint64   reason_now;       /* the runtime action under way (pml_reason_begin); 0: none */
  guint64   reason_last;      /* reason_now when the last entry was made */
  GArray   *reason_lines;     /* (event index, script line) where the line an entry runs in
                                 changes: after a return, no line event says so */
  gint32    reason_line;
  GHashTable *reason_ids;     /* text -> its id */
  GPtrArray *reason_texts;    /* char *, by id; 0 is "" */
  struct { PmlObj *callable; guint32 serial, text; } reason_callables[64];  /* recent callables' texts */

  /* with record_graph: the references C code holds while it calls back
     into Python (PmlNativeHold), which the objects view draws */
  GArray   *native_holds;
  /* with record_graph: each sort in progress, the items and keys it took
     out of its list (PmlObj * -> how many times), which no object holds */
  GPtrArray *sorting;
};

typedef struct
{
  PmlObj     *obj;
  const char *why;          /* static: "the object being made" */
  PmlFrame   *frame;        /* the frame that was running */
} PmlNativeHold;


/* sys.int_info: CPython 3.11's limit on decimal int <-> str conversions,
 * checked past str_digits_check_threshold digits */
#define PML_INT_DEFAULT_MAX_STR_DIGITS 4300
#define PML_INT_STR_DIGITS_CHECK_THRESHOLD 640

extern _Thread_local PmlVM *pml_vm;
extern _Thread_local gboolean pml_vm_logging;

void      pml_reason_init   (PmlVM *vm);
void      pml_reason_clear  (PmlVM *vm);
void      pml_reason_note   (PmlVM *vm, const guint8 *site);
guint32   pml_reason_text   (const char *text);
guint32   pml_reason_callable_text (PmlObj *callable);
guint32   pml_reason_local_text (PmlFrame *f, gsize slot);

/* Before an event is appended: a new side-table entry when the
 * instruction or the runtime action under way is not the last entry's.
 * The instruction is read where it is (the running frame's ip), so the
 * loop pays nothing per instruction. */
static inline void
pml_reason_check (PmlVM *vm)
{
  PmlFrame *f;
  const guint8 *site;

  if (!vm->record_reasons)
    return;
  f = vm->frame;
  site = f != NULL ? f->code->ops + f->ip : NULL;
  if (G_UNLIKELY (site != vm->reason_site || vm->reason_now != vm->reason_last))
    pml_reason_note (vm, site);
}

/* The count changes that follow are made by @kind (not by the running
 * instruction's own work) until pml_reason_end (the returned value) */
static inline guint64
pml_reason_begin (PmlReasonKind kind, gsize number, guint32 arg)
{
  guint64 saved = pml_vm->reason_now;

  pml_vm->reason_now = (guint64) kind | (guint64) MIN (number, 0xffffff) << 8 | (guint64) arg << 32;
  return saved;
}

static inline void
pml_reason_end (guint64 saved)
{
  pml_vm->reason_now = saved;
}

/* @o is held by C code until the matching pml_native_release: a call in
 * progress that no frame's stack shows */
static inline void
pml_native_hold (PmlObj *o, const char *why)
{
  PmlNativeHold hold = { o, why, pml_vm->frame };

  if (G_LIKELY (!pml_vm->opts.record_graph))
    return;
  if (pml_vm->native_holds == NULL)
    pml_vm->native_holds = g_array_new (FALSE, FALSE, sizeof (PmlNativeHold));
  g_array_append_val (pml_vm->native_holds, hold);
}

static inline void
pml_native_release (guint n)
{
  if (G_LIKELY (!pml_vm->opts.record_graph) || pml_vm->native_holds == NULL)
    return;
  g_array_set_size (pml_vm->native_holds, pml_vm->native_holds->len - MIN (n, pml_vm->native_holds->len));
}

/* The object events up to @event_index came after the allocator's first
 * @heap_position events */
static inline void
pml_vm_sync_heap_position (PmlVM  *vm,
                           guint32 event_index,
                           guint32 heap_position)
{
  guint32 *sync = pml_chunks_append (&vm->event_sync, 2 * sizeof (guint32));

  sync[0] = event_index;
  sync[1] = heap_position;
  vm->last_heap_position = heap_position;
}

static inline const guint32 *
pml_vm_sync_point (PmlVM  *vm,
                   guint32 index)
{
  return pml_chunks_get (&vm->event_sync, index, 2 * sizeof (guint32));
}

/* What the event stream knows of object @serial, or NULL when it was made
 * while no events were kept */
static inline PmlObjInfo *
pml_vm_object_info (PmlVM  *vm,
                    guint32 serial)
{
  return serial < vm->objects.length ? pml_chunks_get (&vm->objects, serial, sizeof (PmlObjInfo)) : NULL;
}

/* Every reference-count change is an event: appended in place, since a
 * run makes about a hundred of them per loop iteration */
static inline void
pml_log_refcnt (PmlObj *o, PmlObjEventKind kind)
{
  PmlVM *vm = pml_vm;
  PmlObjEvent *ev;

  pml_reason_check (vm);
  if (G_UNLIKELY (*vm->heap_n_events != vm->last_heap_position))
    {
      pml_vm_sync_heap_position (vm, vm->events.length, *vm->heap_n_events);
    }
  ev = pml_chunks_append (&vm->events, sizeof (PmlObjEvent));
  ev->serial = o->serial;
  ev->packed = (gint32) ((guint32) o->refcnt << 5) | (gint32) kind;
}

static inline PmlObj *
pml_incref (PmlObj *o)
{
  o->refcnt++;
  if (G_UNLIKELY (pml_vm_logging) && !(o->flags & OBJ_STATIC))
    pml_log_refcnt (o, PML_OBJ_EVENT_INCREF);
  return o;
}

static inline void
pml_decref (PmlObj *o)
{
  o->refcnt--;
  if (G_UNLIKELY (pml_vm_logging) && !(o->flags & OBJ_STATIC))
    pml_log_refcnt (o, PML_OBJ_EVENT_DECREF);
  if (o->refcnt == 0)
    pml_obj_dealloc (o);
}

static inline void
pml_xdecref (PmlObj *o)
{
  if (o != NULL)
    pml_decref (o);
}

static inline PmlObj *
pml_xincref (PmlObj *o)
{
  if (o != NULL)
    pml_incref (o);
  return o;
}

/* g_autoptr (PmlObjTemp): a reference dropped at the end of the scope */
typedef PmlObj PmlObjTemp;
static inline void
pml_obj_temp_release (PmlObjTemp *o)
{
  pml_decref (o);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PmlObjTemp, pml_obj_temp_release)

#define VM pml_vm
#define TYPE(id) (pml_vm->types[id])
#define NONE (&pml_vm->none)
#define TRUE_ (&pml_vm->true_)
#define FALSE_ (&pml_vm->false_)
#define BOOL(b) ((b) ? TRUE_ : FALSE_)
#define IS_TYPE(o, id) ((o)->type == pml_vm->types[id])
#define PRESET_MINOR() (pml_vm->preset->python_version[2] == '1' ? 10 + (pml_vm->preset->python_version[3] - '0') : (pml_vm->preset->python_version[2] - '0'))

/* runtime (pml-py-runtime.c) */
void      pml_vm_init_runtime (PmlVM *vm);
void      pml_vm_free_runtime (PmlVM *vm);
PmlObj   *pml_obj_new       (PmlObj *type, PmlKind kind, gsize request, gboolean gc_alloc);
PmlObj   *pml_obj_new_static (PmlObj *type, PmlKind kind);
void      pml_obj_free_block (PmlObj *o);
guint64   pml_mem_alloc     (gsize nbytes);
guint64   pml_mem_calloc    (gsize nelem, gsize elsize);
guint64   pml_mem_realloc   (guint64 addr, gsize nbytes);
void      pml_mem_free      (guint64 addr);
gsize     pml_obj_presize   (PmlObj *type);
void      pml_event_record  (int kind, guint32 serial, gint64 value);
#define pml_event(kind, serial, value) \
  G_STMT_START { if (G_UNLIKELY (pml_vm->opts.record_events)) pml_event_record ((kind), (serial), (value)); } G_STMT_END
void      pml_tracemalloc_on_request (char op, guint64 address, guint64 old, gsize size);
void      pml_tracemalloc_free_state (PmlVM *vm);
void      pml_trashcan_begin (void);
void      pml_trashcan_end  (void);

/* errors (pml-py-error.c) */
PmlObj   *pml_err_set       (PmlTypeId type, const char *fmt, ...) G_GNUC_PRINTF (2, 3);
PmlObj   *pml_err_set_obj   (PmlObj *exc);
void      pml_err_chain     (PmlObj *exc);   /* __context__: the exception being handled */
PmlObj   *pml_err_new       (PmlObj *type, PmlObj *args_tuple);
gboolean  pml_err_occurred  (void);
gboolean  pml_err_matches   (PmlObj *exc, PmlObj *type_or_tuple);
PmlObj   *pml_err_fetch     (void);
void      pml_err_clear     (void);
PmlObj   *pml_err_no_memory (void);
void      pml_err_add_frame (PmlObj *exc, PmlCode *code, gint32 line, gint32 ip);
void      pml_err_print     (PmlObj *exc, GString *to);
void      pml_err_write_unraisable (const char *prefix, PmlObj *obj);
char     *pml_exc_message   (PmlObj *exc);
/* the members ImportError, AttributeError and NameError add (pml-py-exc-fields.c) */
gboolean  pml_exc_field_get   (PmlObj *exc, const char *name, PmlObj **v);
gboolean  pml_exc_field_set   (PmlObj *exc, const char *name, PmlObj *v, gboolean *handled);
gboolean  pml_exc_fields_init (PmlObj *exc, PmlObj **args, gsize nargs, PmlObj *kwnames);
void      pml_exc_field_store (PmlObj *exc, const char *name, PmlObj *v);
PmlObj   *pml_system_exit_code (PmlObj *exc);   /* SystemExit.code: None, the argument or the args */
gboolean  pml_type_is_subtype (PmlObj *type, PmlObj *base);

/* numbers (pml-py-number.c) */
PmlObj   *pml_int_new       (gint64 v);                  /* PyLong_FromLong */
PmlObj   *pml_int_from_ssize (gint64 v);                 /* PyLong_FromSsize_t: a length, an index */
PmlObj   *pml_int_from_big  (PmlBigint *big);
PmlBigint *pml_int_as_big   (PmlObj *o);
gboolean  pml_int_as_i64    (PmlObj *o, gint64 *out);
PmlObj   *pml_float_new     (double v);
PmlObj   *pml_complex_new   (double re, double im);
PmlObj   *pml_complex_binop (int op, PmlObj *a, PmlObj *b);   /* + - * / ** */
double    pml_number_as_double (PmlObj *o, gboolean *ok);
PmlObj   *pml_number_binop  (int op, PmlObj *a, PmlObj *b);
PmlObj   *pml_number_neg    (PmlObj *a);
int       pml_number_compare (PmlObj *a, PmlObj *b, gboolean *ok);
char     *pml_float_repr    (double v);
gint64    pml_float_hash    (double v);
gsize     pml_int_sizeof    (PmlObj *o);
PmlObj   *pml_int_from_string (const char *s, gsize len, int base);
gboolean  pml_int_str_digits_ok (gsize digits);
char     *pml_int_str_digits_message (gsize digits);

/* strings (pml-py-str.c) */
PmlObj   *pml_str_new_uncached (char *utf8, gsize nbytes);   /* steals; no 1-char cache */
PmlObj   *pml_str_new       (const char *utf8, gssize nbytes);
PmlObj   *pml_str_new_take  (char *utf8, gsize nbytes);
PmlObj   *pml_str_intern    (PmlObj *s);
PmlObj   *pml_str_intern_cstr (const char *s);
gboolean  pml_str_is_identifier_like (PmlObj *s);
gint64    pml_str_hash      (PmlObj *s);
PmlObj   *pml_str_char_at   (PmlObj *s, gint64 i);
PmlObj   *pml_str_slice     (PmlObj *s, gint64 start, gint64 stop, gint64 step);
PmlObj   *pml_str_concat    (PmlObj *a, PmlObj *b);
PmlObj   *pml_str_repeat    (PmlObj *a, gint64 n);
PmlObj   *pml_str_repr      (PmlObj *s);
gboolean  pml_str_eq        (PmlObj *a, PmlObj *b);
int       pml_str_compare   (PmlObj *a, PmlObj *b);
gsize     pml_str_sizeof    (PmlObj *s);
gboolean  pml_str_contains  (PmlObj *hay, PmlObj *needle);
PmlObj   *pml_bytes_new     (const guint8 *data, gsize len);
PmlObj   *pml_bytes_repr    (PmlObj *b);

/* containers (pml-py-tuple.c, pml-py-list.c, pml-py-dict.c, pml-py-set.c) */
PmlObj   *pml_tuple_new     (gsize n);
PmlObj   *pml_tuple_pack    (gsize n, ...);
PmlObj   *pml_varargs_tuple (PmlObj **args, gsize nargs);   /* a METH_VARARGS call's tuple */
PmlObj   *pml_tuple_from_array (PmlObj **items, gsize n);  /* new references */
void      pml_tuple_maybe_untrack (PmlObj *t);
gint64    pml_tuple_hash    (PmlObj *t);
PmlObj   *pml_list_new      (gsize n);                    /* exactly n NULL slots */
PmlObj   *pml_list_new_prealloc (gsize n);                /* 0 items, n slots */
gboolean  pml_list_append   (PmlObj *l, PmlObj *v);       /* takes a new ref */
gboolean  pml_list_extend   (PmlObj *l, PmlObj *iterable);
gboolean  pml_list_resize_to (PmlObj *l, gsize newsize);
gboolean  pml_list_ass_slice (PmlObj *l, gint64 start, gint64 stop, gint64 step, gint64 count, PmlObj *v);
PmlObj   *pml_list_pop      (PmlObj *l, gint64 index);
void      pml_list_clear    (PmlObj *l);
PmlObj   *pml_list_repeat   (PmlObj *l, gint64 n);
PmlObj   *pml_list_from_iterable (PmlObj *it);
gboolean  pml_list_init_from (PmlObj *l, PmlObj *iterable);   /* list.__init__ */
gboolean  pml_list_sort     (PmlObj *l, PmlObj *key, gboolean reverse);
PmlObj   *pml_dict_new      (void);
PmlObj   *pml_dict_new_fresh (void);                              /* never from the free list */
PmlObj   *pml_dict_get      (PmlObj *d, PmlObj *key, gboolean *error);   /* borrowed */
PmlObj   *pml_dict_get_str  (PmlObj *d, const char *key);                /* borrowed */
PmlObj   *pml_dict_stored_key (PmlObj *d, PmlObj *key, gboolean *error);  /* borrowed */
gboolean  pml_dict_set      (PmlObj *d, PmlObj *key, PmlObj *value);     /* borrows both */
gboolean  pml_dict_set_str  (PmlObj *d, const char *key, PmlObj *value);
int       pml_dict_del      (PmlObj *d, PmlObj *key);                    /* 1 ok, 0 missing, -1 error */
void      pml_dict_clear    (PmlObj *d);
gboolean  pml_dict_next     (PmlObj *d, gsize *pos, PmlObj **key, PmlObj **value);
/* reversed(d), reversed(d.keys()): which 0 keys, 1 values, 2 items */
PmlObj   *pml_dict_reversed_iter (PmlObj *d, int which);
gsize     pml_dict_sizeof   (PmlObj *d);
void      pml_dict_maybe_untrack (PmlObj *d);
PmlObj   *pml_dict_update_from (PmlObj *d, PmlObj *src);          /* NONE, or NULL on error */
PmlObj   *pml_dict_copy     (PmlObj *d);
PmlObj   *pml_set_new       (PmlKind kind);
gboolean  pml_set_add       (PmlObj *s, PmlObj *key);
gboolean  pml_set_update    (PmlObj *s, PmlObj *iterable);   /* set_update_internal */
int       pml_set_contains  (PmlObj *s, PmlObj *key);
int       pml_set_discard   (PmlObj *s, PmlObj *key);
gboolean  pml_set_next      (PmlObj *s, gsize *pos, PmlObj **key);
gsize     pml_set_sizeof    (PmlObj *s);
void      pml_set_clear     (PmlObj *s);
gboolean  pml_may_be_tracked (PmlObj *o);

/* the object protocol (pml-py-abstract.c) */
PmlObj   *pml_repr          (PmlObj *o);
PmlObj   *pml_str          (PmlObj *o);
gint64    pml_hash          (PmlObj *o, gboolean *ok);
int       pml_eq            (PmlObj *a, PmlObj *b);       /* -1 error */
PmlObj   *pml_richcompare   (PmlObj *a, PmlObj *b, int op);
int       pml_truth         (PmlObj *o);
PmlObj   *pml_getattr       (PmlObj *o, PmlObj *name);
PmlObj   *pml_getattr_cstr  (PmlObj *o, const char *name);
void      pml_attr_error_context (PmlObj *o, PmlObj *name);   /* "Did you mean" */
char     *pml_attr_suggestion (PmlObj *o, const char *name);
gboolean  pml_setattr       (PmlObj *o, PmlObj *name, PmlObj *v);   /* v NULL: delete */
PmlObj   *pml_getitem       (PmlObj *o, PmlObj *key);
gboolean  pml_setitem       (PmlObj *o, PmlObj *key, PmlObj *v);     /* v NULL: delete */
PmlObj   *pml_iter          (PmlObj *o);
PmlObj   *pml_iter_next     (PmlObj *it);                             /* NULL + no error: end */
/* pml_iter_next for C code that holds @it itself (it came from its own
 * pml_iter): the objects view shows that reference while a generator or a
 * class's __next__ runs */
PmlObj   *pml_iter_next_owned (PmlObj *it);
int       pml_contains      (PmlObj *container, PmlObj *item);
PmlObj   *pml_binop         (int op, PmlObj *a, PmlObj *b);
PmlObj   *pml_inplace_binop (int op, PmlObj *a, PmlObj *b);
PmlObj   *pml_unaryop       (int op, PmlObj *a);                     /* OP_NEG, OP_POS, OP_INVERT, OP_NOT */
PmlObj   *pml_absolute      (PmlObj *a);
gboolean  pml_is_callable   (PmlObj *o);
PmlObj   *pml_range_new     (PmlObj **args, gsize nargs);
gint64    pml_len           (PmlObj *o);
const char *pml_type_name   (PmlObj *o);
const char *pml_type_module_name (PmlObj *type);   /* __module__, "builtins" for built-in types */
const char *pml_type_qualname (PmlObj *type);
PmlObj   *pml_type_lookup   (PmlObj *type, PmlObj *name);             /* borrowed */
gsize     pml_sizeof        (PmlObj *o);
PmlObj   *pml_call          (PmlObj *callable, PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj   *pml_call_from_c   (PmlObj *callable, PmlObj **args, gsize nargs);
PmlObj   *pml_function_attr (PmlObj *func, const char *name);  /* NULL: not one of these */
PmlObj   *pml_gen_throw     (PmlObj *gen, PmlObj *exc);   /* steals @exc */
PmlObj   *pml_gen_close     (PmlObj *gen);
gboolean  pml_gen_finalize_from_dealloc (PmlObj *gen);   /* FALSE: resurrected */
gboolean  pml_is_true_obj   (PmlObj *o);
gboolean  pml_index_value   (PmlObj *o, gint64 *out);

/* classes and instances (pml-py-class.c) */
PmlObj   *pml_class_new     (PmlObj *name, PmlObj *bases, PmlObj *ns);
PmlObj   *pml_class_new_meta (PmlObj *meta, PmlObj *name, PmlObj *bases, PmlObj *ns, PmlObj *kwargs);
PmlObj   *pml_instance_new  (PmlObj *type);
PmlObj   *pml_instance_getattr (PmlObj *o, PmlObj *name, gboolean *found);
gboolean  pml_instance_setattr (PmlObj *o, PmlObj *name, PmlObj *v);
void      pml_instance_clear (PmlObj *o);
PmlObj   *pml_builtin_new   (const char *name, PmlBuiltinFunc fn, PmlObj *self);
PmlObj   *pml_type_new_builtin (const char *name, PmlKind kind, PmlObj *base, gsize basicsize, gboolean gc);

/* the MRO and the descriptor protocol (pml-py-mro.c, pml-py-descr.c, pml-py-super.c) */
PmlObj   *pml_mro_compute   (PmlObj *type, PmlObj *bases);
PmlObj   *pml_mro_lookup    (PmlObj *type, const char *name);             /* borrowed */
PmlObj   *pml_mro_lookup_override (PmlObj *type, const char *name);    /* borrowed, classes only */
PmlObj   *pml_builtin_type_attr (PmlObj *type, const char *name);      /* borrowed */
PmlObj   *pml_method_new    (PmlObj *func, PmlObj *self);
PmlObj   *pml_descr_instance_new (PmlTypeId id, gsize nslots);
PmlObj   *pml_mappingproxy_new (PmlObj *mapping);
PmlObj   *pml_builtin_type_dict (PmlObj *type);
int       pml_descr_kind    (PmlObj *d);                              /* 0 none, 1 non-data, 2 data */
PmlObj   *pml_descr_get     (PmlObj *d, PmlObj *obj, PmlObj *type);   /* obj NULL: on the class */
gboolean  pml_descr_set     (PmlObj *d, PmlObj *obj, PmlObj *v);      /* v NULL: delete */
PmlObj   *pml_descr_type_call (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj   *pml_object_generic_getattr (PmlObj *o, PmlObj *name);
PmlObj   *pml_lookup_attr   (PmlObj *o, PmlObj *name, gboolean *missing);
PmlObj   *pml_object_generic_lookup (PmlObj *o, PmlObj *name);
gboolean  pml_class_lookup_attr (PmlObj *o, PmlObj *name, PmlObj **r);
gboolean  pml_object_generic_setattr (PmlObj *o, PmlObj *name, PmlObj *v);
PmlObj   *pml_instance_getattro (PmlObj *o, PmlObj *name);
gboolean  pml_instance_setattro (PmlObj *o, PmlObj *name, PmlObj *v);
PmlObj   *pml_type_getattro (PmlObj *t, PmlObj *name);
gboolean  pml_class_set_names (PmlObj *cls);
gboolean  pml_class_add_descriptors (PmlObj *cls, gboolean add_dict, gboolean add_weakref);
gboolean  pml_class_wrap_new (PmlObj *cls);
gboolean  pml_class_init_subclass (PmlObj *cls, PmlObj *kwargs);
char     *pml_suggest_from  (GPtrArray *names, const char *name);
void      pml_shared_keys_unref (PmlSharedKeys *keys, gboolean teardown);
PmlObj   *pml_dict_new_split (PmlSharedKeys *keys, guint64 values_addr);
gboolean  pml_dict_set_split (PmlObj *d, PmlObj *key, PmlObj *value);
PmlObj   *pml_super_getattr (PmlObj *su, PmlObj *name, gboolean *found);
void      pml_class_builtins_init (void);

/* weak references (pml-py-weakref.c) */
PmlObj   *pml_weakref_new   (PmlObj *referent, PmlObj *callback);
void      pml_weakref_clear (PmlObj *wr);
void      pml_weakrefs_clear_all (PmlObj *o, gboolean call_callbacks);
gboolean  pml_supports_weakrefs (PmlObj *o);

/* the collector (pml-py-gc.c) */
void      pml_gc_track      (PmlObj *o);
void      pml_gc_untrack    (PmlObj *o);
void      pml_gc_on_alloc   (void);
void      pml_gc_run_scheduled (void);
void      pml_gc_on_free    (PmlObj *o);
gint64    pml_gc_collect    (int generation, const char *reason);
void      pml_gc_init       (void);
void      pml_gc_traverse   (PmlObj *o, gboolean (*visit) (PmlObj *ref, gpointer data), gpointer data);
void      pml_gc_clear_freelists (void);
void      pml_gc_list_init  (PmlObj *head);
void      pml_gc_list_append (PmlObj *o, PmlObj *head);
void      pml_gc_list_remove (PmlObj *o);
void      pml_gc_list_merge (PmlObj *from, PmlObj *to);
gsize     pml_gc_list_size  (PmlObj *head);

/* modules (pml-py-builtins.c, pml-py-modules.c, pml-py-module-table.c) */
void      pml_builtins_init (void);
void      pml_builtins_add_function (const char *name, PmlBuiltinFunc fn);
PmlObj   *pml_import        (PmlObj *name);
PmlObj   *pml_module_new    (const char *name);
PmlObj   *pml_module_new_imported (const char *name);

/* the memory budget (pml-py-budget.c) */
gboolean  pml_budget_allows (gsize nbytes);
gboolean  pml_budget_check_line (void);

/* recursion limits (pml-py-recursion.c) */
gboolean  pml_cstack_exhausted (void);
gboolean  pml_cstack_check  (void);
gboolean  pml_recursion_enter (const char *where);
void      pml_recursion_leave (void);

/* frames and evaluation (pml-py-eval.c) */
PmlObj   *pml_eval_frame    (PmlFrame *f, PmlObj *send);
PmlObj   *pml_eval_code     (PmlCode *code, PmlObj *globals, PmlObj *locals, PmlObj *func);
PmlObj   *pml_function_call (PmlObj *func, PmlObj **args, gsize nargs, PmlObj *kwnames, gboolean steal);
PmlObj   *pml_gen_send      (PmlObj *gen, PmlObj *value);
void      pml_frame_free    (PmlFrame *f);
void      pml_gen_dealloc_frame (PmlObj *gen);
gsize     pml_gen_sizeof    (PmlObj *gen);

/* compiler (pml-py-compile.c) */
PmlObj   *pml_compile_module (const char *filename, const char *source, gsize len,
                               GPtrArray **arena, GError **error);
void      pml_code_free     (PmlCode *code);
gsize     pml_code_nlocalsplus (PmlCode *code);

/* output */
void      pml_write_out     (const char *s, gssize len);

G_END_DECLS
