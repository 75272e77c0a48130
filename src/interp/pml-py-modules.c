/* pml-py-modules.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-module-table.h"
#include "pml-py-type.h"
#include "pml-py-native.h"
#include "pml-py-sys.h"

/* The C modules a scenario finds at start: gc, sys and pymalloc
 * (direct access to the simulated allocator); the table of every module is
 * pml-py-module-table.c. */

/* the modules' functions count their arguments with their own messages */
#undef NARGS
#undef NO_KW
#define NARGS(name, min, max) G_STMT_START { if ((gssize) nargs < (gssize) (min) || nargs > (max)) \
  return pml_err_set (T_TYPE_ERROR, "%s() takes %s (%zu given)", name, \
                      (min) == (max) ? ((min) == 0 ? "no arguments" : (min) == 1 ? "exactly one argument" : "2 arguments") \
                                     : "a different number of arguments", nargs); } G_STMT_END
#define NO_KW(name) G_STMT_START { if (kwnames != NULL && kwnames->u.t.n > 0) \
  return pml_err_set (T_TYPE_ERROR, "%s() takes no keyword arguments", name); } G_STMT_END
#define UNUSED_SELF (void) self

static PmlObj *
int_arg (PmlObj *o, gint64 *out)
{
  if (!pml_index_value (o, out))
    return NULL;
  return NONE;
}

/* METH_VARARGS functions get their arguments as a tuple, which CPython
 * builds for the call (and the GC counts when it is not recycled), or
 * the caller's own with f(*t) */
static gboolean
varargs_tuple (PmlObj **args, gsize nargs, PmlObj **out)
{
  *out = pml_varargs_tuple (args, nargs);
  return *out != NULL;
}

/* ---- gc ---- */

static PmlObj *
gc_collect_fn (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gint64 generation = 2;
  PmlObj *kw = NULL;

  UNUSED_SELF;
  if (kwnames && kwnames->u.t.n == 1 && strcmp (kwnames->u.t.items[0]->u.s.s, "generation") == 0)
    kw = args[--nargs];
  NARGS ("collect", 0, 1);
  if (nargs == 1)
    kw = args[0];
  if (kw && int_arg (kw, &generation) == NULL)
    return NULL;
  if (generation < 0 || generation > 2)
    return pml_err_set (T_VALUE_ERROR, "invalid generation");
  return pml_int_from_ssize (pml_gc_collect ((int) generation, "gc.collect()"));
}

static PmlObj *
gc_get_count (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *a, *b, *c, *t;

  UNUSED_SELF;
  (void) args;
  NO_KW ("get_count");
  NARGS ("get_count", 0, 0);
  /* read first: building the tuple can change the count */
  a = pml_int_new (VM->gen[0].count);
  b = pml_int_new (VM->gen[1].count);
  c = pml_int_new (VM->gen[2].count);
  t = pml_tuple_pack (3, a, b, c);
  pml_decref (a);
  pml_decref (b);
  pml_decref (c);
  return t;
}

static PmlObj *
gc_get_threshold (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *a, *b, *c, *t;

  UNUSED_SELF;
  (void) args;
  NO_KW ("get_threshold");
  NARGS ("get_threshold", 0, 0);
  a = pml_int_new (VM->gen[0].threshold);
  b = pml_int_new (VM->gen[1].threshold);
  c = pml_int_new (VM->gen[2].threshold);
  t = pml_tuple_pack (3, a, b, c);
  pml_decref (a);
  pml_decref (b);
  pml_decref (c);
  return t;
}

static PmlObj *
gc_set_threshold (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gint64 v[3];
  g_autoptr(PmlObjTemp) tuple = NULL;

  UNUSED_SELF;
  NO_KW ("set_threshold");
  if (!varargs_tuple (args, nargs, &tuple))
    return NULL;
  if (nargs < 1 || nargs > 3)
    return pml_err_set (T_TYPE_ERROR, "set_threshold() takes at most 3 arguments (%zu given)", nargs);
  for (gsize i = 0; i < nargs; i++)
    if (int_arg (args[i], &v[i]) == NULL)
      return NULL;
  for (gsize i = 0; i < nargs; i++)
    VM->gen[i].threshold = v[i];
  return pml_incref (NONE);
}

static PmlObj *
gc_enable (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  UNUSED_SELF;
  (void) args;
  (void) kwnames;
  NARGS ("enable", 0, 0);
  VM->gc_enabled = TRUE;
  return pml_incref (NONE);
}

static PmlObj *
gc_disable (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  UNUSED_SELF;
  (void) args;
  (void) kwnames;
  NARGS ("disable", 0, 0);
  VM->gc_enabled = FALSE;
  return pml_incref (NONE);
}

static PmlObj *
gc_isenabled (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  UNUSED_SELF;
  (void) args;
  (void) kwnames;
  NARGS ("isenabled", 0, 0);
  return pml_incref (BOOL (VM->gc_enabled));
}

static PmlObj *
gc_is_tracked (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  UNUSED_SELF;
  (void) kwnames;
  NARGS ("is_tracked", 1, 1);
  return pml_incref (BOOL ((args[0]->flags & OBJ_GC) && (args[0]->flags & OBJ_TRACKED)));
}

static PmlObj *
gc_set_debug (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  UNUSED_SELF;
  (void) kwnames;
  NARGS ("set_debug", 1, 1);
  if (int_arg (args[0], &VM->gc_debug) == NULL)
    return NULL;
  return pml_incref (NONE);
}

static PmlObj *
gc_get_debug (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  UNUSED_SELF;
  (void) args;
  (void) kwnames;
  NARGS ("get_debug", 0, 0);
  return pml_int_new (VM->gc_debug);
}

static PmlObj *
gc_get_stats (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlGenStats snapshot[PML_NUM_GENERATIONS];
  PmlObj *list;

  UNUSED_SELF;
  (void) args;
  (void) kwnames;
  NARGS ("get_stats", 0, 0);
  memcpy (snapshot, VM->gen_stats, sizeof snapshot);
  list = pml_list_new (0);
  if (list == NULL)
    return NULL;
  for (int i = 0; i < PML_NUM_GENERATIONS; i++)
    {
      PmlObj *d = pml_dict_new (), *v;

      if (d == NULL)
        {
          pml_decref (list);
          return NULL;
        }
      v = pml_int_new (snapshot[i].collections);
      pml_dict_set_str (d, "collections", v);
      pml_decref (v);
      v = pml_int_new (snapshot[i].collected);
      pml_dict_set_str (d, "collected", v);
      pml_decref (v);
      v = pml_int_new (snapshot[i].uncollectable);
      pml_dict_set_str (d, "uncollectable", v);
      pml_decref (v);
      pml_list_append (list, d);
    }
  return list;
}

typedef struct
{
  PmlObj **targets;
  gsize n;
  gboolean found;
  PmlObj *result;
} ReferrerSearch;

static gboolean
visit_find (PmlObj *ref, gpointer data)
{
  ReferrerSearch *s = data;

  for (gsize i = 0; i < s->n; i++)
    if (ref == s->targets[i])
      {
        s->found = TRUE;
        return TRUE;
      }
  return FALSE;
}

static PmlObj *
gc_get_referrers (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  ReferrerSearch s = { args, nargs, FALSE, NULL };
  PmlObj *result;
  PmlObj *heads[] = { &VM->gen[0].head, &VM->gen[1].head, &VM->gen[2].head };
  g_autoptr(PmlObjTemp) tuple = NULL;

  UNUSED_SELF;
  NO_KW ("get_referrers");
  if (!varargs_tuple (args, nargs, &tuple))
    return NULL;
  result = pml_list_new (0);
  if (result == NULL)
    return NULL;
  for (guint g = 0; g < G_N_ELEMENTS (heads); g++)
    for (PmlObj *o = heads[g]->gc_next; o != heads[g]; o = o->gc_next)
      {
        if (o == result || o == tuple)
          continue;
        s.found = FALSE;
        pml_gc_traverse (o, visit_find, &s);
        if (s.found && !pml_list_append (result, pml_incref (o)))
          {
            pml_decref (result);
            return NULL;
          }
      }
  return result;
}

/* every object the collector tracks, generation by generation, in the
 * order of their lists; the result list itself is left out */
static PmlObj *
gc_get_objects (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *kw = NULL, *result;
  gint64 generation = -1;
  int first = 0, last = PML_NUM_GENERATIONS - 1;

  UNUSED_SELF;
  if (kwnames && kwnames->u.t.n == 1 && strcmp (kwnames->u.t.items[0]->u.s.s, "generation") == 0)
    kw = args[--nargs];
  else if (kwnames && kwnames->u.t.n > 0)
    return pml_err_set (T_TYPE_ERROR, "get_objects() got an unexpected keyword argument '%s'",
                        kwnames->u.t.items[0]->u.s.s);
  if (nargs > 1 || (nargs == 1 && kw != NULL))
    return pml_err_set (T_TYPE_ERROR, "get_objects() takes at most 1 argument (%zu given)", nargs + (kw != NULL));
  if (nargs == 1)
    kw = args[0];
  if (kw != NULL && kw != NONE && int_arg (kw, &generation) == NULL)
    return NULL;
  if (generation >= PML_NUM_GENERATIONS)
    return pml_err_set (T_VALUE_ERROR, "generation parameter must be less than the number of "
                        "available generations (%i)", PML_NUM_GENERATIONS);
  if (generation < -1)
    return pml_err_set (T_VALUE_ERROR, "generation parameter cannot be negative");
  if (generation >= 0)
    first = last = (int) generation;
  result = pml_list_new (0);
  if (result == NULL)
    return NULL;
  for (int g = first; g <= last; g++)
    for (PmlObj *o = VM->gen[g].head.gc_next; o != &VM->gen[g].head; o = o->gc_next)
      if (o != result && !pml_list_append (result, pml_incref (o)))
        {
          pml_decref (result);
          return NULL;
        }
  return result;
}

static gboolean
visit_collect (PmlObj *ref, gpointer data)
{
  return !pml_list_append (data, pml_incref (ref));
}

static PmlObj *
gc_get_referents (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *result;
  g_autoptr(PmlObjTemp) tuple = NULL;

  UNUSED_SELF;
  NO_KW ("get_referents");
  if (!varargs_tuple (args, nargs, &tuple))
    return NULL;
  result = pml_list_new (0);
  if (result == NULL)
    return NULL;
  for (gsize i = 0; i < nargs; i++)
    if (args[i]->flags & OBJ_GC)
      pml_gc_traverse (args[i], visit_collect, result);
  return result;
}

static PmlObj *
gc_freeze (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  UNUSED_SELF;
  (void) args;
  (void) kwnames;
  NARGS ("freeze", 0, 0);
  for (int i = 0; i < PML_NUM_GENERATIONS; i++)
    {
      for (PmlObj *o = VM->gen[i].head.gc_next; o != &VM->gen[i].head; o = o->gc_next)
        pml_event (PML_OBJ_EVENT_PROMOTE, o->serial, PML_PROMOTE_VALUE (i, 3));
      pml_gc_list_merge (&VM->gen[i].head, &VM->permanent);
      VM->gen[i].count = 0;
    }
  return pml_incref (NONE);
}

static PmlObj *
gc_unfreeze (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  UNUSED_SELF;
  (void) args;
  (void) kwnames;
  NARGS ("unfreeze", 0, 0);
  for (PmlObj *o = VM->permanent.gc_next; o != &VM->permanent; o = o->gc_next)
    pml_event (PML_OBJ_EVENT_PROMOTE, o->serial, PML_PROMOTE_VALUE (3, 2));
  pml_gc_list_merge (&VM->permanent, &VM->gen[PML_NUM_GENERATIONS - 1].head);
  return pml_incref (NONE);
}

static PmlObj *
gc_get_freeze_count (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  UNUSED_SELF;
  (void) args;
  (void) kwnames;
  NARGS ("get_freeze_count", 0, 0);
  return pml_int_new ((gint64) pml_gc_list_size (&VM->permanent));
}

static PmlObj *
gc_is_finalized (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  UNUSED_SELF;
  (void) kwnames;
  NARGS ("is_finalized", 1, 1);
  return pml_incref (BOOL (args[0]->flags & OBJ_FINALIZED));
}

/* ---- sys ---- */

void pml_write_err (const char *s, gssize len);
void pml_vm_note_probe (PmlProbeKind kind, gint64 value);

static PmlObj *
sys_getrefcount (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gint64 count;

  UNUSED_SELF;
  NO_KW ("getrefcount");
  NARGS ("getrefcount", 1, 1);
  /* 3.11 static objects started at 999999999 */
  if (args[0]->flags & OBJ_STATIC && PRESET_MINOR () == 11)
    count = args[0]->refcnt + 999999998;
  /* PEP 683: 3.12 makes static objects and every interned string immortal */
  else if ((args[0]->flags & OBJ_STATIC && PRESET_MINOR () >= 12)
           || (args[0]->flags & OBJ_INTERNED && PRESET_MINOR () == 12))
    count = 4294967295;
  else
    count = args[0]->refcnt;
  pml_vm_note_probe (PML_PROBE_GETREFCOUNT, count);
  return pml_int_from_ssize (count);
}

static PmlObj *
sys_getsizeof (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  g_autoptr(PmlObjTemp) tuple = NULL;
  gint64 size;

  UNUSED_SELF;
  NO_KW ("getsizeof");
  NARGS ("getsizeof", 1, 2);
  if (!varargs_tuple (args, nargs, &tuple))
    return NULL;
  size = (gint64) pml_sizeof (args[0]);
  pml_vm_note_probe (PML_PROBE_GETSIZEOF, size);
  return pml_int_from_ssize (size);
}

static PmlObj *
sys_intern (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  UNUSED_SELF;
  NO_KW ("intern");
  NARGS ("intern", 1, 1);
  if (args[0]->kind != K_STR)
    return pml_err_set (T_TYPE_ERROR, "intern() argument must be str, not %s", pml_type_name (args[0]));
  return pml_str_intern (pml_incref (args[0]));
}

static PmlObj *
sys_debugmallocstats (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  g_autofree char *text = NULL;

  UNUSED_SELF;
  (void) args;
  (void) kwnames;
  NARGS ("_debugmallocstats", 0, 0);
  text = pml_heap_format_malloc_stats (VM->heap);
  pml_write_err (text, -1);
  return pml_incref (NONE);
}

static PmlObj *
sys_getrecursionlimit (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  UNUSED_SELF;
  (void) args;
  (void) kwnames;
  NARGS ("getrecursionlimit", 0, 0);
  return pml_int_new (VM->recursion_limit);
}

static PmlObj *
sys_setrecursionlimit (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gint64 limit;

  UNUSED_SELF;
  (void) kwnames;
  NARGS ("setrecursionlimit", 1, 1);
  if (int_arg (args[0], &limit) == NULL)
    return NULL;
  if (limit > G_MAXINT)
    return pml_err_set (T_OVERFLOW_ERROR, "Python int too large to convert to C int");
  if (limit < 1)
    return pml_err_set (T_VALUE_ERROR, "recursion limit must be greater or equal than 1");
  if (limit <= (gint64) VM->depth)
    return pml_err_set (T_RECURSION_ERROR, "cannot set the recursion limit to %" G_GINT64_FORMAT
                        " at the recursion depth %u: the limit is too low", limit, VM->depth);
  /* any limit, as CPython: Python calls do not grow the C stack */
  VM->recursion_limit = (guint) limit;
  return pml_incref (NONE);
}

/* the limit on decimal int <-> str conversions (since 3.11.0; CVE-2020-10735) */
static PmlObj *
sys_get_int_max_str_digits (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  UNUSED_SELF;
  (void) args;
  (void) kwnames;
  NARGS ("get_int_max_str_digits", 0, 0);
  return pml_int_new (VM->int_max_str_digits);
}

static PmlObj *
sys_set_int_max_str_digits (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gsize npos = pml_positional (nargs, kwnames);
  PmlObj *arg = npos > 0 ? args[0] : pml_kwarg (args, nargs, kwnames, "maxdigits");
  gint64 limit;

  UNUSED_SELF;
  if (nargs > 1 || (arg == NULL && nargs > 0))
    return pml_err_set (T_TYPE_ERROR, "set_int_max_str_digits() takes at most 1 argument (%zu given)", nargs);
  if (arg == NULL)
    return pml_err_set (T_TYPE_ERROR, "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)");
  if (int_arg (arg, &limit) == NULL)
    return NULL;
  if (limit > G_MAXINT || limit < G_MININT)
    return pml_err_set (T_OVERFLOW_ERROR, "Python int too large to convert to C int");
  if (limit != 0 && limit < PML_INT_STR_DIGITS_CHECK_THRESHOLD)
    return pml_err_set (T_VALUE_ERROR, "maxdigits must be 0 or larger than %d", PML_INT_STR_DIGITS_CHECK_THRESHOLD);
  VM->int_max_str_digits = (int) limit;
  return pml_incref (NONE);
}

/* ---- pymalloc ---- */

static PmlObj *
addr_result (guint64 addr)
{
  if (addr == 0)
    return NULL;
  return pml_int_from_big (pml_bigint_from_i64 ((gint64) addr));
}

static gboolean
size_arg (PmlObj *o, gsize *out)
{
  gint64 v;

  if (!pml_index_value (o, &v))
    return FALSE;
  if (v < 0)
    {
      pml_err_set (T_VALUE_ERROR, "size must be non-negative");
      return FALSE;
    }
  *out = (gsize) v;
  return TRUE;
}

static gboolean
addr_arg (PmlObj *o, guint64 *out)
{
  gint64 v;

  if (!pml_index_value (o, &v))
    return FALSE;
  *out = (guint64) v;
  return TRUE;
}

static PmlObj *
pymalloc_malloc (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gsize n;

  UNUSED_SELF;
  NO_KW ("malloc");
  NARGS ("malloc", 1, 1);
  if (!size_arg (args[0], &n))
    return NULL;
  return addr_result (pml_mem_alloc (n));
}

static PmlObj *
pymalloc_calloc (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gsize n, size;

  UNUSED_SELF;
  NO_KW ("calloc");
  NARGS ("calloc", 2, 2);
  if (!size_arg (args[0], &n) || !size_arg (args[1], &size))
    return NULL;
  return addr_result (pml_mem_calloc (n, size));
}

static PmlObj *
pymalloc_realloc (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  guint64 addr, r = 0;
  gsize n;
  g_autoptr(GError) error = NULL;

  UNUSED_SELF;
  NO_KW ("realloc");
  NARGS ("realloc", 2, 2);
  if (!addr_arg (args[0], &addr) || !size_arg (args[1], &n))
    return NULL;
  if (!pml_heap_realloc (VM->heap, addr, n, &r, &error))
    {
      if (g_error_matches (error, PML_HEAP_ERROR, PML_HEAP_ERROR_INVALID_BLOCK))
        return pml_err_set (T_VALUE_ERROR, "0x%" G_GINT64_MODIFIER "x is not a live block", addr);
      return pml_err_no_memory ();
    }
  return addr_result (r);
}

static PmlObj *
pymalloc_free (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  guint64 addr;
  g_autoptr(GError) error = NULL;

  UNUSED_SELF;
  NO_KW ("free");
  NARGS ("free", 1, 1);
  if (!addr_arg (args[0], &addr))
    return NULL;
  if (addr != 0 && !pml_heap_free_block (VM->heap, addr, &error))
    return pml_err_set (T_VALUE_ERROR, "0x%" G_GINT64_MODIFIER "x is not a live block", addr);
  return pml_incref (NONE);
}

/* ---- module objects ---- */

static PmlObj *
module_init (PmlObj *m, const char *name)
{
  PmlObj *n = pml_str_intern_cstr (name);

  m->u.mod.name = g_strdup (name);
  m->u.mod.dict = pml_dict_new ();
  pml_dict_set_str (m->u.mod.dict, "__name__", n);
  pml_decref (n);
  pml_gc_track (m);
  return m;
}

/* a module of the interpreter's start-up image */
PmlObj *
pml_module_new (const char *name)
{
  return module_init (pml_obj_new_static (TYPE (T_MODULE), K_MODULE), name);
}

/* a module the script imports: a PyModuleObject in the heap */
PmlObj *
pml_module_new_imported (const char *name)
{
  PmlObj *m = pml_obj_new (TYPE (T_MODULE), K_MODULE, pml_obj_presize (TYPE (T_MODULE)) + TYPE (T_MODULE)->u.ty.basicsize, TRUE);

  return m ? module_init (m, name) : NULL;
}

static void
add (PmlObj *m, const char *name, PmlBuiltinFunc fn)
{
  PmlObj *b = pml_builtin_new (name, fn, m);

  pml_dict_set_str (m->u.mod.dict, name, b);
  pml_decref (b);
}

static void
add_int (PmlObj *m, const char *name, gint64 v)
{
  PmlObj *i = pml_int_new (v);

  pml_dict_set_str (m->u.mod.dict, name, i);
  pml_decref (i);
}

PmlObj *
pml_module_make_gc (void)
{
  PmlObj *m = pml_module_new ("gc");

  add (m, "collect", gc_collect_fn);
  add (m, "get_count", gc_get_count);
  add (m, "get_threshold", gc_get_threshold);
  add (m, "set_threshold", gc_set_threshold);
  add (m, "enable", gc_enable);
  add (m, "disable", gc_disable);
  add (m, "isenabled", gc_isenabled);
  add (m, "is_tracked", gc_is_tracked);
  add (m, "is_finalized", gc_is_finalized);
  add (m, "set_debug", gc_set_debug);
  add (m, "get_debug", gc_get_debug);
  add (m, "get_stats", gc_get_stats);
  add (m, "get_objects", gc_get_objects);
  add (m, "get_referrers", gc_get_referrers);
  add (m, "get_referents", gc_get_referents);
  add (m, "freeze", gc_freeze);
  add (m, "unfreeze", gc_unfreeze);
  add (m, "get_freeze_count", gc_get_freeze_count);
  add_int (m, "DEBUG_STATS", 1);
  add_int (m, "DEBUG_COLLECTABLE", 2);
  add_int (m, "DEBUG_UNCOLLECTABLE", 4);
  add_int (m, "DEBUG_SAVEALL", 32);
  add_int (m, "DEBUG_LEAK", 38);
  VM->gc_garbage = pml_list_new (0);
  VM->gc_callbacks = pml_list_new (0);
  pml_dict_set_str (m->u.mod.dict, "garbage", VM->gc_garbage);
  pml_dict_set_str (m->u.mod.dict, "callbacks", VM->gc_callbacks);
  return m;
}

PmlObj *
pml_module_make_sys (void)
{
  PmlObj *m = pml_module_new ("sys");

  add (m, "getrefcount", sys_getrefcount);
  add (m, "getsizeof", sys_getsizeof);
  add (m, "intern", sys_intern);
  add (m, "_debugmallocstats", sys_debugmallocstats);
  add (m, "getrecursionlimit", sys_getrecursionlimit);
  add (m, "setrecursionlimit", sys_setrecursionlimit);
  /* the modules imported so far (typing.get_type_hints finds a class's
     module there) */
  add (m, "get_int_max_str_digits", sys_get_int_max_str_digits);
  add (m, "set_int_max_str_digits", sys_set_int_max_str_digits);
  pml_dict_set_str (m->u.mod.dict, "modules", VM->modules);
  add_int (m, "maxsize", G_MAXINT64);
  pml_sys_add_extras (m);
  return m;
}

PmlObj *
pml_module_make_pymalloc (void)
{
  PmlObj *m = pml_module_new ("pymalloc");

  add (m, "malloc", pymalloc_malloc);
  add (m, "calloc", pymalloc_calloc);
  add (m, "realloc", pymalloc_realloc);
  add (m, "free", pymalloc_free);
  return m;
}

/* ---- the module type's slots ---- */

static PmlObj *
module_repr (PmlObj *o)
{
  /* a module the script made (types.ModuleType): no loader, no origin */
  if (pml_dict_get_str (o->u.mod.dict, "__loader__") == NONE)
    return pml_str_printf ("<module '%s'>", o->u.mod.name);
  return pml_str_printf ("<module '%s' (%s)>", o->u.mod.name, o->u.mod.frozen ? "frozen" : "built-in");
}

static PmlObj *
module_no_attribute (PmlObj *o, PmlObj *name)
{
  return pml_err_set (T_ATTRIBUTE_ERROR, "module '%s' has no attribute '%s'", o->u.mod.name, name->u.s.s);
}

static PmlObj *
module_getattro (PmlObj *o, PmlObj *name)
{
  PmlObj *v = pml_dict_get_str (o->u.mod.dict, name->u.s.s);

  if (v != NULL)
    return pml_incref (v);
  if (strcmp (name->u.s.s, "__name__") == 0)
    return pml_str_new (o->u.mod.name, -1);
  if (strcmp (name->u.s.s, "__dict__") == 0)
    return pml_incref (o->u.mod.dict);
  return module_no_attribute (o, name);
}

static gboolean
module_setattro (PmlObj *o, PmlObj *name, PmlObj *v)
{
  if (v == NULL)
    return pml_dict_del (o->u.mod.dict, name) == 1 || (module_no_attribute (o, name), FALSE);
  return pml_dict_set (o->u.mod.dict, name, v);
}

static gboolean
module_dealloc (PmlObj *o)
{
  if (o->weakrefs != NULL)
    pml_weakrefs_clear_all (o, TRUE);
  pml_xdecref (o->u.mod.dict);
  g_free (o->u.mod.name);
  return FALSE;
}

static void
module_traverse (PmlObj *o, PmlVisitFunc visit, gpointer data)
{
  PML_VISIT (o->u.mod.dict);
}

static void
module_clear (PmlObj *o)
{
  if (o->u.mod.dict)
    pml_dict_clear (o->u.mod.dict);
}

static void
module_free_host (PmlObj *o)
{
  g_free (o->u.mod.name);
}

/* types.ModuleType(name, doc=None): a module of the script's own, with
 * the five names module.__init__ sets */
static PmlObj *
module_type_new (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  static const char *const names[] = { "name", "doc", NULL };
  static const PmlArgSpec spec = { "module", names, 1, 2, FALSE };
  PmlObj *a[2], *m;

  (void) type;
  if (!pml_parse_args (&spec, args, nargs, kwnames, a))
    return NULL;
  if (a[0]->kind != K_STR)
    return pml_err_set (T_TYPE_ERROR, "module() argument 'name' must be str, not %s",
                        pml_type_name (a[0]));
  m = pml_obj_new (TYPE (T_MODULE), K_MODULE,
                   pml_obj_presize (TYPE (T_MODULE)) + TYPE (T_MODULE)->u.ty.basicsize, TRUE);
  if (m == NULL)
    return NULL;
  m->u.mod.name = g_strdup (a[0]->u.s.s);
  m->u.mod.dict = pml_dict_new ();
  pml_dict_set_str (m->u.mod.dict, "__name__", a[0]);
  pml_dict_set_str (m->u.mod.dict, "__doc__", a[1] != NULL ? a[1] : NONE);
  pml_dict_set_str (m->u.mod.dict, "__package__", NONE);
  pml_dict_set_str (m->u.mod.dict, "__loader__", NONE);
  pml_dict_set_str (m->u.mod.dict, "__spec__", NONE);
  pml_gc_track (m);
  return m;
}

const PmlTypeSlots pml_module_slots = {
  .new_instance = module_type_new,
  .repr = module_repr,
  .hash = pml_object_hash,
  .richcompare = pml_object_richcompare,
  .getattro = module_getattro,
  .setattro = module_setattro,
  .dealloc = module_dealloc,
  .traverse = module_traverse,
  .clear = module_clear,
  .flags = PML_TPFLAGS_HAVE_GC | PML_TPFLAGS_WEAKREFABLE | PML_TPFLAGS_RUNTIME,
  .free_host = module_free_host,
};
