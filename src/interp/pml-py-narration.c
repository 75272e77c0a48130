/* pml-py-narration.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pml-py.h"

/* One sentence per object event, for the narration under the views. It is
 * read from the event stream and the object table only, so it does not
 * depend on where the run is stepped to. The collector's sentences follow
 * what pml-py-gc.c does, in the words of Modules/gcmodule.c. */

static const PmlObjInfo unknown_object = { "object", 0, 0, 0 };

static PmlObjEventKind
kind_at (PmlInterp *interp,
         guint      index)
{
  return pml_obj_event_get_kind (pml_interp_get_event (interp, index));
}

/* The GC_START of the collection that @index is part of; FALSE outside
 * one. Collections never nest, so the first GC_START or GC_END met going
 * back decides. */
static gboolean
find_collection_start (PmlInterp *interp,
                       guint      index,
                       guint     *start)
{
  for (guint i = index; i > 0; i--)
    {
      PmlObjEventKind kind = kind_at (interp, i - 1);

      if (kind == PML_OBJ_EVENT_GC_START)
        {
          *start = i - 1;
          return TRUE;
        }
      if (kind == PML_OBJ_EVENT_GC_END)
        return FALSE;
    }
  return FALSE;
}

/* deduce_unreachable runs twice: on the generation, then, after the
 * finalizers, on the unreachable list (handle_resurrected_objects). The
 * second run starts with the update_refs that follows the first run's
 * cleared marks (GC_REACHABLE 0). */
static gboolean
in_second_pass (PmlInterp *interp,
                guint      index)
{
  gboolean seen_update = kind_at (interp, index) == PML_OBJ_EVENT_GC_UPDATE_REFS;

  for (guint i = index; i > 0; i--)
    {
      const PmlObjEvent *ev = pml_interp_get_event (interp, i - 1);

      switch (pml_obj_event_get_kind (ev))
        {
        case PML_OBJ_EVENT_GC_UPDATE_REFS:
          seen_update = TRUE;
          break;

        case PML_OBJ_EVENT_GC_REACHABLE:
          if (seen_update && pml_obj_event_get_value (ev) == 0)
            return TRUE;
          break;

        case PML_OBJ_EVENT_GC_START:
        case PML_OBJ_EVENT_GC_END:
          return FALSE;

        default:
          break;
        }
    }
  return FALSE;
}

/* untrack_tuples and untrack_dicts run right after the first
 * deduce_unreachable, before anything in the collection can deallocate.
 * Every other UNTRACK is a deallocation's, which comes after a DECREF to
 * 0: going back, that breaks the run of the collector's own events
 * before GC_START is reached. */
static gboolean
untracked_by_collector (PmlInterp *interp,
                        guint      index)
{
  for (guint i = index; i > 0; i--)
    switch (kind_at (interp, i - 1))
      {
      case PML_OBJ_EVENT_GC_START:
        return TRUE;

      case PML_OBJ_EVENT_UNTRACK:
      case PML_OBJ_EVENT_PROMOTE:
      case PML_OBJ_EVENT_GC_UPDATE_REFS:
      case PML_OBJ_EVENT_GC_SUBTRACT_REFS:
      case PML_OBJ_EVENT_GC_UNREACHABLE:
      case PML_OBJ_EVENT_GC_REACHABLE:
        break;

      default:
        return FALSE;
      }
  return FALSE;
}

/* Translatable strings use %llx and %llu, not G_GUINT64_FORMAT: xgettext
 * cannot see through GLib's format macros and would cut the msgid short */
static char *
describe_new (const PmlObjInfo *info,
              guint32           serial,
              gint32            refcnt)
{
  const char *type = info->type_name;
  unsigned long long address = info->address;
  unsigned long long size = info->size;

  /* a free list hands back a parked object: it is registered without a
   * request */
  if (size == 0 && info->line <= 0)
    {
      /* Translators: %s is a Python type name ("list", "Node"), the first %u the object's number */
      return g_strdup_printf (_("A new %s (object %u at 0x%llx, reused from a free list, so no "
                                "memory is requested) is created while the interpreter starts up; "
                                "its reference count is %d."),
                              type, serial, address, refcnt);
    }

  if (size == 0)
    {
      /* Translators: %s is a Python type name ("list", "Node"), the first %u the object's number */
      return g_strdup_printf (_("A new %s (object %u at 0x%llx, reused from a free list, so no "
                                "memory is requested) is created by line %d; its reference count "
                                "is %d."),
                              type, serial, address, info->line, refcnt);
    }

  if (info->line <= 0)
    {
      /* Translators: %s is a Python type name ("list", "Node"), the first %u the object's number */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "A new %s (object %u at 0x%llx, "
                                           "%llu byte) is created while the interpreter starts "
                                           "up; its reference count is %d.",
                                           "A new %s (object %u at 0x%llx, %llu bytes) is created "
                                           "while the interpreter starts up; its reference count "
                                           "is %d.",
                                           (gulong) size),
                              type, serial, address, size, refcnt);
    }

  /* Translators: %s is a Python type name ("list", "Node"), the first %u the object's number */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "A new %s (object %u at 0x%llx, %llu "
                                       "byte) is created by line %d; its reference count is %d.",
                                       "A new %s (object %u at 0x%llx, %llu bytes) is created by "
                                       "line %d; its reference count is %d.",
                                       (gulong) size),
                          type, serial, address, size, info->line, refcnt);
}

static char *
describe_free (const PmlObjInfo *info,
               guint32           serial,
               gint32            parked)
{
  const char *type = info->type_name;
  unsigned long long size = info->size;

  if (parked)
    {
      /* Translators: "%s %u" is an object: its Python type name and number, as in "float 12" */
      return g_strdup_printf (_("%s %u is freed, but its memory stays allocated: CPython parks it "
                                "on a free list for reuse."),
                              type, serial);
    }

  /* reused from a free list: the object table has no size for it */
  if (size == 0)
    {
      /* Translators: "%s %u" is an object: its Python type name and number, as in "list 12" */
      return g_strdup_printf (_("%s %u is freed: its memory at 0x%llx goes back to the "
                                "allocator."),
                              type, serial, (unsigned long long) info->address);
    }

  /* Translators: "%s %u" is an object: its Python type name and number, as in "list 12" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s %u is freed: its %llu byte goes back "
                                       "to the allocator.",
                                       "%s %u is freed: its %llu bytes go back to the allocator.",
                                       (gulong) size),
                          type, serial, size);
}

static char *
describe_untrack (PmlInterp        *interp,
                  guint             index,
                  const PmlObjInfo *info,
                  guint32           serial)
{
  /* only tuples and dicts are untracked by the collector itself */
  if (untracked_by_collector (interp, index))
    {
      /* Translators: "%s %u" is an object: its Python type name and number, as in "tuple 7" */
      return g_strdup_printf (_("The collector stops tracking %s %u: nothing it holds can be part "
                                "of a cycle."),
                              info->type_name, serial);
    }

  /* Translators: "%s %u" is an object: its Python type name and number, as in "list 12" */
  return g_strdup_printf (_("The collector stops tracking %s %u, which is being deallocated."),
                          info->type_name, serial);
}

static char *
describe_gc_start (int generation)
{
  switch (generation)
    {
    case 0:
      return g_strdup (_("The cycle collector starts on generation 0."));

    case 1:
      return g_strdup (_("The cycle collector starts on generation 1; generation 0 is merged "
                         "into it first."));

    case 2:
      return g_strdup (_("The cycle collector starts on generation 2, a full collection; "
                         "generations 0 and 1 are merged into it first."));

    default:
      return g_strdup_printf (_("The cycle collector starts on generation %d."), generation);
    }
}

static char *
describe_promote (PmlInterp        *interp,
                  guint             index,
                  const PmlObjInfo *info,
                  guint32           serial,
                  gint32            value)
{
  const char *type = info->type_name;
  int from = PML_PROMOTE_FROM (value);
  int to = PML_PROMOTE_TO (value);
  guint start;

  if (to == 3)
    {
      /* Translators: "%s %u" is an object: its Python type name and number, as in "Node 3" */
      return g_strdup_printf (_("gc.freeze() moves %s %u from generation %d to the permanent "
                                "generation, which the collector never examines."),
                              type, serial, from);
    }

  if (from == 3)
    {
      /* Translators: "%s %u" is an object: its Python type name and number, as in "Node 3" */
      return g_strdup_printf (_("gc.unfreeze() moves %s %u from the permanent generation back to "
                                "generation %d."),
                              type, serial, to);
    }

  /* a collection merges the younger generations in, then moves the
   * survivors one older: both are an event per object */
  if (find_collection_start (interp, index, &start))
    {
      int generation = pml_obj_event_get_value (pml_interp_get_event (interp, start));

      if (to == generation)
        {
          /* Translators: "%s %u" is an object: its Python type name and number, as in "Node 3" */
          return g_strdup_printf (_("%s %u moves from generation %d to generation %d, which is "
                                    "collected with the younger generations merged in."),
                                  type, serial, from, to);
        }
      if (from == generation)
        {
          /* Translators: "%s %u" is an object: its Python type name and number, as in "Node 3" */
          return g_strdup_printf (_("%s %u survives the collection and moves from generation %d "
                                    "to generation %d."),
                                  type, serial, from, to);
        }
    }

  /* Translators: "%s %u" is an object: its Python type name and number, as in "Node 3" */
  return g_strdup_printf (_("%s %u moves from generation %d to generation %d."),
                          type, serial, from, to);
}

/* The collector's run over the generation (or, second, over the
 * unreachable list): gc_refs set, lowered, and its outcome per object */
static char *
describe_scan (PmlInterp        *interp,
               guint             index,
               const PmlObjInfo *info,
               guint32           serial,
               gint32            value)
{
  const char *type = info->type_name;
  gboolean second = in_second_pass (interp, index);

  switch (kind_at (interp, index))
    {
    case PML_OBJ_EVENT_GC_UPDATE_REFS:
      if (second)
        {
          /* Translators: "%s %u" is an object: its Python type name and number, as in "Node 3" */
          return g_strdup_printf (_("update_refs again, on the unreachable objects only, in case a "
                                    "finalizer resurrected one: gc_refs of %s %u starts as its "
                                    "reference count, %d."),
                                  type, serial, value);
        }
      /* Translators: "%s %u" is an object: its Python type name and number, as in "Node 3" */
      return g_strdup_printf (_("update_refs: gc_refs of %s %u starts as its reference count, %d."),
                              type, serial, value);

    case PML_OBJ_EVENT_GC_SUBTRACT_REFS:
      if (second)
        {
          /* Translators: "%s %u" is an object: its Python type name and number, as in "Node 3" */
          return g_strdup_printf (_("subtract_refs: a reference from an unreachable object; "
                                    "gc_refs of %s %u drops to %d."),
                                  type, serial, value);
        }
      /* Translators: "%s %u" is an object: its Python type name and number, as in "Node 3" */
      return g_strdup_printf (_("subtract_refs: a reference from inside the generation; gc_refs of "
                                "%s %u drops to %d."),
                              type, serial, value);

    case PML_OBJ_EVENT_GC_UNREACHABLE:
      if (second)
        {
          /* Translators: "%s %u" is an object: its Python type name and number, as in "Node 3" */
          return g_strdup_printf (_("%s %u still has gc_refs 0: it moves to the tentatively "
                                    "unreachable list again."),
                                  type, serial);
        }
      /* Translators: "%s %u" is an object: its Python type name and number, as in "Node 3" */
      return g_strdup_printf (_("%s %u has gc_refs 0: it moves to the tentatively unreachable "
                                "list."),
                              type, serial);

    case PML_OBJ_EVENT_GC_REACHABLE:
    default:
      /* 1: back from the unreachable list; 2: gc_refs 0 -> 1 before the
       * scan reaches it; 0: the scan is over and the mark is cleared */
      if (value == 1 && second)
        {
          /* Translators: "%s %u" is an object: its Python type name and number, as in "Node 3" */
          return g_strdup_printf (_("%s %u is referenced by a resurrected object: it moves back "
                                    "from the tentatively unreachable list and survives too."),
                                  type, serial);
        }
      if (value == 1)
        {
          /* Translators: "%s %u" is an object: its Python type name and number, as in "Node 3" */
          return g_strdup_printf (_("%s %u is referenced by a reachable object: it moves back from "
                                    "the tentatively unreachable list, with gc_refs 1."),
                                  type, serial);
        }
      if (value == 2 && second)
        {
          /* Translators: "%s %u" is an object: its Python type name and number, as in "Node 3" */
          return g_strdup_printf (_("%s %u is referenced by a resurrected object: its gc_refs goes "
                                    "from 0 to 1, so it survives too."),
                                  type, serial);
        }
      if (value == 2)
        {
          /* Translators: "%s %u" is an object: its Python type name and number, as in "Node 3" */
          return g_strdup_printf (_("%s %u is referenced by a reachable object: its gc_refs goes "
                                    "from 0 to 1, so it is reachable too."),
                                  type, serial);
        }
      if (second)
        {
          /* Translators: "%s %u" is an object: its Python type name and number, as in "Node 3" */
          return g_strdup_printf (_("The second scan is over: %s %u is still unreachable, so it is "
                                    "garbage."),
                                  type, serial);
        }
      /* Translators: "%s %u" is an object: its Python type name and number, as in "Node 3" */
      return g_strdup_printf (_("The scan is over: %s %u is unreachable, and its tentative mark "
                                "is cleared."),
                              type, serial);
    }
}

static char *
describe_clear (const PmlObjInfo *info,
                guint32           serial)
{
  /* tuples have no tp_clear: they go when their referrers are cleared */
  if (g_strcmp0 (info->type_name, "tuple") == 0)
    {
      /* Translators: "%s %u" is an object: its Python type name and number, as in "tuple 7" */
      return g_strdup_printf (_("%s %u has no tp_clear: it is freed once the other objects of the "
                                "cycle drop it."),
                              info->type_name, serial);
    }

  /* Translators: "%s %u" is an object: its Python type name and number, as in "Node 3" */
  return g_strdup_printf (_("tp_clear breaks the cycle: %s %u drops its references."),
                          info->type_name, serial);
}

/* the object another event's value names, by its number */
static const PmlObjInfo *
object_named (PmlInterp *interp,
              gint32     serial)
{
  const PmlObjInfo *found = serial > 0 ? pml_interp_get_object (interp, (guint32) serial) : NULL;

  return found != NULL && found->type_name != NULL ? found : &unknown_object;
}

static char *
describe_weakref_clear (PmlInterp        *interp,
                        const PmlObjInfo *info,
                        guint32           serial,
                        gint32            referent)
{
  /* Translators: "%1$s %2$u" is the weak reference, as in "weakref 12"; "%3$s %4$d" the object it
   * refers to, as in "Node 3" */
  return g_strdup_printf (_("%1$s %2$u to %3$s %4$d is cleared: %3$s %4$d is going, so calling the weak "
                            "reference now returns None."),
                          info->type_name, serial, object_named (interp, referent)->type_name, referent);
}

static char *
describe_weakref_callback (PmlInterp        *interp,
                           const PmlObjInfo *info,
                           guint32           serial,
                           gint32            callback)
{
  const PmlObjInfo *cb = object_named (interp, callback);

  if (g_strcmp0 (cb->type_name, "finalize") == 0)
    {
      /* Translators: "%s %u" is an object, as in "weakref 12"; "finalize %d" a weakref.finalize */
      return g_strdup_printf (_("The callback of %s %u is finalize %d: the object it watched is "
                                "gone, so the finalizer runs."),
                              info->type_name, serial, callback);
    }
  /* Translators: "%s %u" and "%s %d" are objects, as in "weakref 12" and "function 9" */
  return g_strdup_printf (_("The callback of %s %u, %s %d, is called with the dead weak "
                            "reference."),
                          info->type_name, serial, cb->type_name, callback);
}

static char *
describe_finalizer (guint32 serial,
                    gint32  at_exit)
{
  if (at_exit)
    {
      /* Translators: "finalize %u" is a weakref.finalize object and its number */
      return g_strdup_printf (_("At exit, finalize %u calls its function: its object is still "
                                "alive and its atexit flag is true, so atexit runs it before the "
                                "interpreter tears down."),
                              serial);
    }
  /* Translators: "finalize %u" is a weakref.finalize object and its number */
  return g_strdup_printf (_("finalize %u calls its function, once: from now on it is dead."),
                          serial);
}

/* what tracemalloc sees, and where its totals part from CPython's */
static char *
describe_tracemalloc (gint32 what)
{
  switch (what)
    {
    case PML_TRACEMALLOC_START:
      return g_strdup (_("tracemalloc starts tracing: from now on every memory request is traced "
                         "with the lines running it. What was allocated before, the interpreter's "
                         "start-up and the modules already imported, is not traced, as in "
                         "CPython."));
    case PML_TRACEMALLOC_STOP:
      return g_strdup (_("tracemalloc stops tracing and forgets its traces."));
    default:
      return g_strdup (_("tracemalloc takes a snapshot of the traced blocks. The script's lines "
                         "count what CPython's do; tracemalloc's own objects count under "
                         "<frozen tracemalloc> lines, where CPython names its tracemalloc.py "
                         "with other line numbers, and print()'s output buffers, which CPython "
                         "also traces, are not simulated."));
    }
}

char *
pml_interp_describe_event (PmlInterp *interp,
                           guint      index)
{
  const PmlObjEvent *ev;
  const PmlObjInfo *info = &unknown_object;
  PmlObjEventKind kind;
  gint32 value;

  g_return_val_if_fail (interp != NULL, NULL);

  if (index >= pml_interp_get_n_events (interp))
    return NULL;

  ev = pml_interp_get_event (interp, index);
  kind = pml_obj_event_get_kind (ev);
  value = pml_obj_event_get_value (ev);

  /* line events, a collection's start and end and tracemalloc's carry no object */
  if (kind != PML_OBJ_EVENT_LINE &&
      kind != PML_OBJ_EVENT_GC_START &&
      kind != PML_OBJ_EVENT_GC_END &&
      kind != PML_OBJ_EVENT_TRACEMALLOC)
    {
      const PmlObjInfo *found = pml_interp_get_object (interp, ev->serial);

      if (found != NULL && found->type_name != NULL)
        info = found;
    }

  switch (kind)
    {
    case PML_OBJ_EVENT_LINE:
      return g_strdup_printf (_("Line %d runs."), value);

    case PML_OBJ_EVENT_NEW:
      return describe_new (info, ev->serial, value);

    case PML_OBJ_EVENT_FREE:
      return describe_free (info, ev->serial, value);

    case PML_OBJ_EVENT_INCREF:
      /* Translators: "%s %u" is an object: its Python type name and number, as in "list 12" */
      return g_strdup_printf (_("The reference count of %s %u rises to %d."),
                              info->type_name, ev->serial, value);

    case PML_OBJ_EVENT_DECREF:
      if (value == 0)
        {
          /* Translators: "%s %u" is an object: its Python type name and number, as in "list 12" */
          return g_strdup_printf (_("The reference count of %s %u falls to 0: nothing refers to "
                                    "it any more."),
                                  info->type_name, ev->serial);
        }
      /* Translators: "%s %u" is an object: its Python type name and number, as in "list 12" */
      return g_strdup_printf (_("The reference count of %s %u falls to %d."),
                              info->type_name, ev->serial, value);

    case PML_OBJ_EVENT_TRACK:
      /* Translators: "%s %u" is an object: its Python type name and number, as in "Node 3" */
      return g_strdup_printf (_("The collector starts tracking %s %u (in generation 0)."),
                              info->type_name, ev->serial);

    case PML_OBJ_EVENT_UNTRACK:
      return describe_untrack (interp, index, info, ev->serial);

    case PML_OBJ_EVENT_GC_START:
      if (index >= pml_interp_get_shutdown_position (interp))
        return g_strdup (_("The program has ended and the interpreter tears down: the cycle collector "
                           "runs a full collection of what is left."));
      return describe_gc_start (value);

    case PML_OBJ_EVENT_GC_UPDATE_REFS:
    case PML_OBJ_EVENT_GC_SUBTRACT_REFS:
    case PML_OBJ_EVENT_GC_UNREACHABLE:
    case PML_OBJ_EVENT_GC_REACHABLE:
      return describe_scan (interp, index, info, ev->serial, value);

    case PML_OBJ_EVENT_GC_FINALIZE:
      /* Translators: "%s %u" is an object: its Python type name and number, as in "Node 3" */
      return g_strdup_printf (_("__del__ of %s %u is called before the cycle is broken (PEP 442: "
                                "only once per object)."),
                              info->type_name, ev->serial);

    case PML_OBJ_EVENT_GC_CLEAR:
      return describe_clear (info, ev->serial);

    case PML_OBJ_EVENT_GC_END:
      /* not the script's own collection: its count is not what
         gc.collect () returned */
      if (index >= pml_interp_get_shutdown_position (interp))
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "The shutdown collection ends: %d object was unreachable.",
                                             "The shutdown collection ends: %d objects were unreachable.",
                                             (gulong) MAX (value, 0)),
                                value);
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "The collection ends: %d object was unreachable.",
                                           "The collection ends: %d objects were unreachable.",
                                           (gulong) MAX (value, 0)),
                              value);

    case PML_OBJ_EVENT_PROMOTE:
      return describe_promote (interp, index, info, ev->serial, value);

    case PML_OBJ_EVENT_WEAKREF_CLEAR:
      return describe_weakref_clear (interp, info, ev->serial, value);

    case PML_OBJ_EVENT_WEAKREF_CALLBACK:
      return describe_weakref_callback (interp, info, ev->serial, value);

    case PML_OBJ_EVENT_FINALIZER:
      return describe_finalizer (ev->serial, value);

    case PML_OBJ_EVENT_TRACEMALLOC:
      return describe_tracemalloc (value);

    default:
      /* Translators: the first %s is an event's name ("gc-clear"); "%s %u" an object ("Node 3") */
      return g_strdup_printf (_("Event %s on %s %u."),
                              pml_obj_event_kind_name (kind), info->type_name, ev->serial);
    }
}
