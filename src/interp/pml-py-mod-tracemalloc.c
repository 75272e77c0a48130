/* pml-py-mod-tracemalloc.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-module-table.h"
#include "pml-py-type.h"

/* _tracemalloc, the C half of tracemalloc (Modules/_tracemalloc.c): from
 * start() on, every request the simulated interpreter makes of its
 * allocator (the same requests CPython's PyMem and PyObject allocators
 * get) is traced with its size and the frames running it, innermost
 * first. A trace goes when its block is freed; a resized block is traced
 * again at its new size and with the frames of the resize. The Python half
 * (Snapshot, Statistic, Filter) is lib/tracemalloc.py. */

#define MAX_NFRAME 65535

typedef struct
{
  const char *filename;   /* interned */
  gint32      lineno;
} TraceFrame;

typedef struct
{
  guint      nframe;
  guint      total_nframe;   /* the depth of the stack, frames left out included */
  guint      hash;
  TraceFrame frames[];
} Traceback;

typedef struct
{
  guint64    address;   /* the key */
  gsize      size;
  Traceback *traceback;
} Trace;

typedef struct _PmlTraces
{
  gboolean    tracing;
  gboolean    reentrant;    /* making _get_traces' objects: not traced */
  guint       max_nframe;
  GHashTable *traces;       /* &Trace.address -> Trace */
  GHashTable *tracebacks;   /* the distinct tracebacks, each once */
  gsize       traced_memory;
  gsize       peak_memory;
} PmlTraces;

static guint
traceback_hash (gconstpointer p)
{
  return ((const Traceback *) p)->hash;
}

static gboolean
traceback_equal (gconstpointer a, gconstpointer b)
{
  const Traceback *x = a, *y = b;

  if (x->nframe != y->nframe || x->total_nframe != y->total_nframe)
    return FALSE;
  for (guint i = 0; i < x->nframe; i++)
    if (x->frames[i].filename != y->frames[i].filename || x->frames[i].lineno != y->frames[i].lineno)
      return FALSE;
  return TRUE;
}

static PmlTraces *
traces_state (void)
{
  PmlTraces *t = VM->traces;

  if (t == NULL)
    {
      t = g_new0 (PmlTraces, 1);
      t->max_nframe = 1;
      t->traces = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_free);
      t->tracebacks = g_hash_table_new_full (traceback_hash, traceback_equal, g_free, NULL);
      VM->traces = t;
    }
  return t;
}

void
pml_tracemalloc_free_state (PmlVM *vm)
{
  PmlTraces *t = vm->traces;

  if (t == NULL)
    return;
  g_hash_table_unref (t->traces);
  g_hash_table_unref (t->tracebacks);
  g_free (t);
  vm->traces = NULL;
}

static void
clear_traces (PmlTraces *t)
{
  g_hash_table_remove_all (t->traces);
  g_hash_table_remove_all (t->tracebacks);
  t->traced_memory = 0;
  t->peak_memory = 0;
}

/* traceback_new: the running frames, innermost first; a frame that has
 * not reached its first line is at its def line */
static Traceback *
current_traceback (PmlTraces *t)
{
  guint depth = 0, n;
  Traceback *tb, *found;
  guint hash = 5381;

  for (PmlFrame *f = VM->frame; f != NULL; f = f->back)
    depth++;
  n = MIN (depth, t->max_nframe);
  tb = g_malloc0 (sizeof (Traceback) + MAX (n, 1) * sizeof (TraceFrame));
  tb->nframe = n;
  tb->total_nframe = MIN (depth, G_MAXUINT16);
  {
    PmlFrame *f = VM->frame;

    for (guint i = 0; i < n; i++, f = f->back)
      {
        tb->frames[i].filename = g_intern_string (f->code->filename);
        tb->frames[i].lineno = f->line >= 0 ? f->line : MAX (f->code->firstline, 0);
        hash = hash * 33 + GPOINTER_TO_UINT (tb->frames[i].filename);
        hash = hash * 33 + (guint) tb->frames[i].lineno;
      }
  }
  tb->hash = hash * 33 + tb->total_nframe;
  found = g_hash_table_lookup (t->tracebacks, tb);
  if (found != NULL)
    {
      g_free (tb);
      return found;
    }
  g_hash_table_add (t->tracebacks, tb);
  return tb;
}

static void
remove_trace (PmlTraces *t, guint64 address)
{
  Trace *trace = g_hash_table_lookup (t->traces, &address);

  if (trace == NULL)
    return;
  t->traced_memory -= trace->size;
  g_hash_table_remove (t->traces, &address);
}

/* tracemalloc_add_trace: a block already traced (resized in place) takes
 * its new size and frames */
static void
add_trace (PmlTraces *t, guint64 address, gsize size)
{
  Trace *trace = g_hash_table_lookup (t->traces, &address);

  if (trace != NULL)
    t->traced_memory -= trace->size;
  else
    {
      trace = g_new0 (Trace, 1);
      trace->address = address;
      g_hash_table_insert (t->traces, &trace->address, trace);
    }
  trace->size = size;
  trace->traceback = current_traceback (t);
  t->traced_memory += size;
  t->peak_memory = MAX (t->peak_memory, t->traced_memory);
}

/* Every request of the run passes here (pml-py-runtime.c) */
void
pml_tracemalloc_on_request (char op, guint64 address, guint64 old, gsize size)
{
  PmlTraces *t = VM->traces;

  if (t == NULL || !t->tracing)
    return;
  switch (op)
    {
    case 'm':
    case 'c':
      if (!t->reentrant)
        add_trace (t, address, size);
      break;
    case 'r':
      if (t->reentrant)
        {
          /* the block leaves the traces, wherever it went */
          if (old != 0)
            remove_trace (t, old);
          break;
        }
      if (old != 0 && old != address)
        remove_trace (t, old);
      add_trace (t, address, size);
      break;
    default:
      remove_trace (t, address);
    }
}

/* ---- the module's functions ---- */

static PmlObj *
tm_start (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlTraces *t;
  gint64 nframe = 1;

  (void) self;
  NO_KW ("start");
  NARGS ("start", 0, 1);
  if (nargs == 1 && !pml_index_value (args[0], &nframe))
    return NULL;
  if (nframe < 1 || nframe > MAX_NFRAME)
    return pml_err_set (T_VALUE_ERROR, "the number of frames must be in range [1; %d]", MAX_NFRAME);
  t = traces_state ();
  if (t->tracing)
    return pml_incref (NONE);
  t->max_nframe = (guint) nframe;
  t->tracing = TRUE;
  return pml_incref (NONE);
}

static PmlObj *
tm_stop (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlTraces *t = traces_state ();

  (void) self;
  (void) args;
  NO_KW ("stop");
  NARGS ("stop", 0, 0);
  if (t->tracing)
    {
      t->tracing = FALSE;
      clear_traces (t);
    }
  return pml_incref (NONE);
}

static PmlObj *
tm_is_tracing (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) self;
  (void) args;
  NO_KW ("is_tracing");
  NARGS ("is_tracing", 0, 0);
  return pml_incref (BOOL (VM->traces != NULL && VM->traces->tracing));
}

static PmlObj *
tm_clear_traces (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlTraces *t = traces_state ();

  (void) self;
  (void) args;
  NO_KW ("clear_traces");
  NARGS ("clear_traces", 0, 0);
  if (t->tracing)
    clear_traces (t);
  return pml_incref (NONE);
}

static PmlObj *
pair (gint64 a, gint64 b)
{
  PmlObj *x = pml_int_new (a), *y = pml_int_new (b), *r;

  r = pml_tuple_pack (2, x, y);
  pml_decref (x);
  pml_decref (y);
  return r;
}

/* (current, peak); both are read before the tuple is made */
static PmlObj *
tm_get_traced_memory (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlTraces *t = VM->traces;

  (void) self;
  (void) args;
  NO_KW ("get_traced_memory");
  NARGS ("get_traced_memory", 0, 0);
  if (t == NULL || !t->tracing)
    return pair (0, 0);
  return pair ((gint64) t->traced_memory, (gint64) t->peak_memory);
}

static PmlObj *
tm_reset_peak (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlTraces *t = VM->traces;

  (void) self;
  (void) args;
  NO_KW ("reset_peak");
  NARGS ("reset_peak", 0, 0);
  if (t != NULL && t->tracing)
    t->peak_memory = t->traced_memory;
  return pml_incref (NONE);
}

static PmlObj *
tm_get_traceback_limit (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) self;
  (void) args;
  NO_KW ("get_traceback_limit");
  NARGS ("get_traceback_limit", 0, 0);
  return pml_int_new (VM->traces != NULL ? VM->traces->max_nframe : 1);
}

/* An estimate of what tracemalloc's own tables take, after the layout of
 * CPython's hash tables (a header, a bucket per two entries, an entry per
 * trace, a traceback's frames); tracemalloc itself uses raw malloc, which
 * it does not trace */
static PmlObj *
tm_get_tracemalloc_memory (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlTraces *t = VM->traces;
  gsize size = 0;

  (void) self;
  (void) args;
  NO_KW ("get_tracemalloc_memory");
  NARGS ("get_tracemalloc_memory", 0, 0);
  if (t != NULL)
    {
      GHashTableIter it;
      gpointer key;
      gsize ntraces = g_hash_table_size (t->traces), ntb = g_hash_table_size (t->tracebacks);

      size += 3 * 64;
      size += 8 * MAX (ntraces, 16) + ntraces * (24 + 16);
      size += 8 * MAX (ntb, 16) + ntb * 24;
      g_hash_table_iter_init (&it, t->tracebacks);
      while (g_hash_table_iter_next (&it, &key, NULL))
        size += 8 + 8 * ((Traceback *) key)->nframe;
    }
  return pml_int_new ((gint64) size);
}

/* ((filename, lineno), ...), innermost first */
static PmlObj *
traceback_tuple (const Traceback *tb)
{
  PmlObj *frames = pml_tuple_new (tb->nframe);

  if (frames == NULL)
    return NULL;
  for (guint i = 0; i < tb->nframe; i++)
    {
      PmlObj *name = pml_str_intern_cstr (tb->frames[i].filename);
      PmlObj *line = pml_int_new (tb->frames[i].lineno);

      frames->u.t.items[i] = pml_tuple_pack (2, name, line);
      pml_decref (name);
      pml_decref (line);
      if (frames->u.t.items[i] == NULL)
        {
          pml_decref (frames);
          return NULL;
        }
    }
  return frames;
}

static gint
trace_by_address (gconstpointer a, gconstpointer b)
{
  const Trace *x = *(const Trace *const *) a, *y = *(const Trace *const *) b;

  return x->address < y->address ? -1 : x->address > y->address;
}

/* [(domain, size, traceback, total_nframe), ...]: the list is made while
 * tracing, then the traces are copied, then the tuples are made without
 * being traced, as CPython does */
static PmlObj *
tm_get_traces (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlTraces *t = VM->traces;
  g_autoptr(GPtrArray) copy = NULL;
  g_autoptr(GHashTable) shared = NULL;
  PmlObj *list;
  GHashTableIter it;
  gpointer value;
  gboolean ok = TRUE;

  (void) self;
  (void) args;
  NO_KW ("_get_traces");
  NARGS ("_get_traces", 0, 0);
  list = pml_list_new (0);
  if (list == NULL || t == NULL || !t->tracing)
    return list;
  copy = g_ptr_array_new_with_free_func (g_free);
  g_hash_table_iter_init (&it, t->traces);
  while (g_hash_table_iter_next (&it, NULL, &value))
    g_ptr_array_add (copy, g_memdup2 (value, sizeof (Trace)));
  g_ptr_array_sort (copy, trace_by_address);
  /* one tuple per distinct traceback */
  shared = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) pml_decref);
  t->reentrant = TRUE;
  for (guint i = 0; i < copy->len && ok; i++)
    {
      Trace *trace = copy->pdata[i];
      PmlObj *tb = g_hash_table_lookup (shared, trace->traceback), *domain, *size, *total, *item;

      if (tb == NULL)
        {
          tb = traceback_tuple (trace->traceback);
          if (tb == NULL)
            {
              ok = FALSE;
              break;
            }
          g_hash_table_insert (shared, trace->traceback, tb);
        }
      domain = pml_int_new (0);
      size = pml_int_new ((gint64) trace->size);
      total = pml_int_new (trace->traceback->total_nframe);
      item = pml_tuple_pack (4, domain, size, tb, total);
      pml_decref (domain);
      pml_decref (size);
      pml_decref (total);
      ok = item != NULL && pml_list_append (list, item);
    }
  t->reentrant = FALSE;
  g_clear_pointer (&shared, g_hash_table_unref);
  if (!ok)
    {
      pml_decref (list);
      return NULL;
    }
  return list;
}

/* the traceback of the block an object lives in */
static PmlObj *
tm_get_object_traceback (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlTraces *t = VM->traces;
  PmlObj *o;
  guint64 block;
  Trace *trace;

  (void) self;
  NO_KW ("_get_object_traceback");
  NARGS ("_get_object_traceback", 1, 1);
  o = args[0];
  if (t == NULL || !t->tracing || (o->flags & OBJ_STATIC))
    return pml_incref (NONE);
  block = o->addr - pml_obj_presize (o->type);
  trace = g_hash_table_lookup (t->traces, &block);
  if (trace == NULL)
    return pml_incref (NONE);
  return traceback_tuple (trace->traceback);
}

/* linecache.getline for the script's own lines */
static PmlObj *
tm_source_line (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gint64 line;

  (void) self;
  NO_KW ("_source_line");
  NARGS ("_source_line", 2, 2);
  if (args[0]->kind != K_STR || !pml_index_value (args[1], &line))
    return pml_err_set (T_TYPE_ERROR, "_source_line() takes a file name and a line number");
  if (g_strcmp0 (args[0]->u.s.s, VM->filename) != 0 || line < 1 || (guint64) line > VM->n_source_lines)
    return pml_str_new ("", 0);
  return pml_str_new (VM->source_lines[line - 1], -1);
}

static void
add_function (PmlObj *m, const char *name, PmlBuiltinFunc fn)
{
  PmlObj *b = pml_builtin_new (name, fn, m);

  pml_dict_set_str (m->u.mod.dict, name, b);
  pml_decref (b);
}

PmlObj *
pml_module_make_tracemalloc_core (void)
{
  PmlObj *m = pml_module_new_imported ("_tracemalloc");

  if (m == NULL)
    return NULL;
  add_function (m, "start", tm_start);
  add_function (m, "stop", tm_stop);
  add_function (m, "is_tracing", tm_is_tracing);
  add_function (m, "clear_traces", tm_clear_traces);
  add_function (m, "get_traced_memory", tm_get_traced_memory);
  add_function (m, "reset_peak", tm_reset_peak);
  add_function (m, "get_traceback_limit", tm_get_traceback_limit);
  add_function (m, "get_tracemalloc_memory", tm_get_tracemalloc_memory);
  add_function (m, "_get_traces", tm_get_traces);
  add_function (m, "_get_object_traceback", tm_get_object_traceback);
  add_function (m, "_source_line", tm_source_line);
  return m;
}
