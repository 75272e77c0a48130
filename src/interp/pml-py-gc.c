/* pml-py-gc.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "pml-py-type.h"
#include "pml-py-weakref.h"

/* The generational cycle collector of CPython 3.8-3.11 (Modules/gcmodule.c,
 * cpython-memory-model.md §7): three generation lists in CPython's order,
 * gc_refs computed from reference counts, and every phase an event. */

void pml_exc_free_traceback (PmlObj *exc);
void pml_write_err (const char *s, gssize len);
void pml_vm_note_probe (PmlProbeKind kind, gint64 value);

/* ---- lists ---- */

void
pml_gc_list_init (PmlObj *head)
{
  head->gc_next = head->gc_prev = head;
}

void
pml_gc_list_append (PmlObj *o, PmlObj *head)
{
  PmlObj *last = head->gc_prev;

  o->gc_prev = last;
  o->gc_next = head;
  last->gc_next = o;
  head->gc_prev = o;
}

void
pml_gc_list_remove (PmlObj *o)
{
  o->gc_prev->gc_next = o->gc_next;
  o->gc_next->gc_prev = o->gc_prev;
  o->gc_next = o->gc_prev = NULL;
}

static void
list_move (PmlObj *o, PmlObj *to)
{
  pml_gc_list_remove (o);
  pml_gc_list_append (o, to);
}

void
pml_gc_list_merge (PmlObj *from, PmlObj *to)
{
  if (from->gc_next != from)
    {
      PmlObj *tail = to->gc_prev;

      tail->gc_next = from->gc_next;
      tail->gc_next->gc_prev = tail;
      to->gc_prev = from->gc_prev;
      to->gc_prev->gc_next = to;
    }
  pml_gc_list_init (from);
}

gsize
pml_gc_list_size (PmlObj *head)
{
  gsize n = 0;

  for (PmlObj *o = head->gc_next; o != head; o = o->gc_next)
    n++;
  return n;
}

void
pml_gc_track (PmlObj *o)
{
  if (o->flags & OBJ_TRACKED)
    return;
  o->flags |= OBJ_TRACKED;
  pml_gc_list_append (o, &VM->gen[0].head);
  pml_event (PML_OBJ_EVENT_TRACK, o->serial, 0);
}

void
pml_gc_untrack (PmlObj *o)
{
  if (!(o->flags & OBJ_TRACKED))
    return;
  pml_gc_list_remove (o);
  o->flags &= (guint16) ~(OBJ_TRACKED | OBJ_COLLECTING | OBJ_UNREACHABLE);
  pml_event (PML_OBJ_EVENT_UNTRACK, o->serial, 0);
}

/* _PyObject_GC_MAY_BE_TRACKED: a tuple only when it is tracked; a static
   type is no GC object (type's tp_is_gc answers for heap types only) */
gboolean
pml_may_be_tracked (PmlObj *o)
{
  if (!(o->flags & OBJ_GC))
    return FALSE;
  if (o->kind == K_TYPE && o->u.ty.builtin)
    return FALSE;
  if (o->type == TYPE (T_TUPLE))
    return (o->flags & OBJ_TRACKED) != 0;
  return TRUE;
}

/* ---- traversal ---- */

void
pml_gc_traverse (PmlObj *o, gboolean (*visit) (PmlObj *ref, gpointer data), gpointer data)
{
  const PmlTypeSlots *tp = pml_slots (o);

  if (tp->traverse != NULL)
    tp->traverse (o, visit, data);
}

/* tp_clear */
static void
clear_object (PmlObj *o)
{
  const PmlTypeSlots *tp = pml_slots (o);

  if (tp->clear != NULL)
    tp->clear (o);
}

/* ---- one collection ---- */

static gboolean
visit_decref (PmlObj *ref, gpointer data)
{
  (void) data;
  if ((ref->flags & OBJ_GC) && (ref->flags & OBJ_COLLECTING))
    {
      ref->gc_refs--;
      pml_event (PML_OBJ_EVENT_GC_SUBTRACT_REFS, ref->serial, ref->gc_refs);
    }
  return FALSE;
}

static gboolean
visit_reachable (PmlObj *ref, gpointer young)
{
  if (!(ref->flags & OBJ_GC) || !(ref->flags & OBJ_COLLECTING))
    return FALSE;
  if (ref->flags & OBJ_UNREACHABLE)
    {
      /* tentatively unreachable, but reachable after all: back to young's end */
      ref->flags &= (guint16) ~OBJ_UNREACHABLE;
      list_move (ref, young);
      ref->gc_refs = 1;
      pml_event (PML_OBJ_EVENT_GC_REACHABLE, ref->serial, 1);
    }
  else if (ref->gc_refs == 0)
    {
      ref->gc_refs = 1;
      pml_event (PML_OBJ_EVENT_GC_REACHABLE, ref->serial, 2);
    }
  return FALSE;
}

static void
update_refs (PmlObj *young)
{
  for (PmlObj *o = young->gc_next; o != young; o = o->gc_next)
    {
      o->gc_refs = o->refcnt;
      o->flags |= OBJ_COLLECTING;
      pml_event (PML_OBJ_EVENT_GC_UPDATE_REFS, o->serial, o->gc_refs);
    }
}

static void
subtract_refs (PmlObj *young)
{
  for (PmlObj *o = young->gc_next; o != young; o = o->gc_next)
    pml_gc_traverse (o, visit_decref, NULL);
}

static void
move_unreachable (PmlObj *young, PmlObj *unreachable)
{
  PmlObj *o = young->gc_next;

  while (o != young)
    {
      PmlObj *next;

      if (o->gc_refs > 0)
        {
          pml_gc_traverse (o, visit_reachable, young);
          o->flags &= (guint16) ~OBJ_COLLECTING;
          next = o->gc_next;
        }
      else
        {
          next = o->gc_next;
          list_move (o, unreachable);
          o->flags |= OBJ_UNREACHABLE;
          pml_event (PML_OBJ_EVENT_GC_UNREACHABLE, o->serial, 0);
        }
      o = next;
    }
}

static void
deduce_unreachable (PmlObj *young, PmlObj *unreachable)
{
  update_refs (young);
  subtract_refs (young);
  move_unreachable (young, unreachable);
  /* clear the unreachable mark: the list is a normal list from here */
  for (PmlObj *o = unreachable->gc_next; o != unreachable; o = o->gc_next)
    {
      o->flags &= (guint16) ~OBJ_UNREACHABLE;
      pml_event (PML_OBJ_EVENT_GC_REACHABLE, o->serial, 0);
    }
}

static void
untrack_tuples (PmlObj *young)
{
  PmlObj *o = young->gc_next;

  while (o != young)
    {
      PmlObj *next = o->gc_next;

      if (o->type == TYPE (T_TUPLE))
        pml_tuple_maybe_untrack (o);
      o = next;
    }
}

static void
untrack_dicts (PmlObj *young)
{
  PmlObj *o = young->gc_next;

  while (o != young)
    {
      PmlObj *next = o->gc_next;

      if (o->type == TYPE (T_DICT))
        pml_dict_maybe_untrack (o);
      o = next;
    }
}

static gint64
handle_weakrefs (PmlObj *unreachable, PmlObj *old)
{
  PmlObj wrcb_to_call;
  gint64 num_freed = 0;

  pml_gc_list_init (&wrcb_to_call);
  for (PmlObj *o = unreachable->gc_next; o != unreachable; o = o->gc_next)
    {
      if (o->kind == K_WEAKREF)
        pml_weakref_clear (o);
      if (!pml_supports_weakrefs (o))
        continue;
      while (o->weakrefs != NULL)
        {
          PmlObj *wr = o->weakrefs;

          pml_weakref_note_cleared (wr, o);
          pml_weakref_clear (wr);
          if (wr->u.wr.callback == NULL)
            continue;
          if (wr->flags & OBJ_COLLECTING)
            continue;   /* the weakref is trash too: no callback */
          pml_incref (wr);
          list_move (wr, &wrcb_to_call);
        }
    }
  while (wrcb_to_call.gc_next != &wrcb_to_call)
    {
      PmlObj *wr = wrcb_to_call.gc_next;
      guint held = 0;

      /* the collector holds each weakref whose callback is still to run */
      for (PmlObj *w = wr; w != &wrcb_to_call; w = w->gc_next, held++)
        pml_native_hold (w, "a weakref whose callback runs");
      pml_weakref_call_callback (wr, wr->u.wr.callback);
      pml_native_release (held);
      if (wr->refcnt == 1)
        {
          pml_decref (wr);
          num_freed++;
        }
      else
        {
          pml_decref (wr);
          list_move (wr, old);
        }
    }
  return num_freed;
}

static void
finalize_garbage (PmlObj *collectable)
{
  PmlObj seen;

  pml_gc_list_init (&seen);
  while (collectable->gc_next != collectable)
    {
      PmlObj *o = collectable->gc_next;

      list_move (o, &seen);
      if (o->kind == K_GENERATOR && !(o->flags & OBJ_FINALIZED))
        {
          /* _PyGen_Finalize: a suspended generator is closed, its finally
             blocks run */
          o->flags |= OBJ_FINALIZED;
          if (o->u.gen.frame == NULL || o->u.gen.done)
            continue;
          pml_event (PML_OBJ_EVENT_GC_FINALIZE, o->serial, 0);
          pml_incref (o);
          {
            PmlObj *r;

            pml_native_hold (o, "the generator being closed");
            r = pml_gen_close (o);
            pml_native_release (1);

            if (r == NULL)
              pml_err_write_unraisable ("Exception ignored in", o);
            else
              pml_decref (r);
          }
          pml_decref (o);
          continue;
        }
      if (!(o->flags & OBJ_FINALIZED) && !o->type->u.ty.builtin && o->type->u.ty.has_del)
        {
          PmlObj *del = NULL, *r;

          for (PmlObj *t = o->type; t && !del; t = t->u.ty.base)
            if (t->u.ty.dict)
              del = pml_dict_get_str (t->u.ty.dict, "__del__");
          o->flags |= OBJ_FINALIZED;
          if (del == NULL)
            continue;
          pml_event (PML_OBJ_EVENT_GC_FINALIZE, o->serial, 0);
          pml_incref (o);
          pml_incref (del);
          pml_native_hold (o, "the object being finalized");
          pml_native_hold (del, "the __del__ being called");
          r = pml_call_from_c (del, &o, 1);
          pml_native_release (2);
          if (r == NULL)
            pml_err_write_unraisable ("Exception ignored in", del);
          else
            pml_decref (r);
          pml_decref (del);
          pml_decref (o);
        }
    }
  pml_gc_list_merge (&seen, collectable);
}

static void
delete_garbage (PmlObj *collectable, PmlObj *old)
{
  while (collectable->gc_next != collectable)
    {
      PmlObj *o = collectable->gc_next;

      pml_event (PML_OBJ_EVENT_GC_CLEAR, o->serial, 0);
      if (VM->gc_debug & 32)
        pml_list_append (VM->gc_garbage, pml_incref (o));
      else
        {
          guint64 saved = pml_reason_begin (PML_REASON_GC_CLEAR, 0, o->serial);

          pml_incref (o);
          clear_object (o);
          pml_decref (o);
          pml_reason_end (saved);
        }
      if (collectable->gc_next == o)
        {
          o->flags &= (guint16) ~OBJ_COLLECTING;
          list_move (o, old);
        }
    }
}

static void
debug_cycle (const char *msg, PmlObj *o)
{
  g_autofree char *line = g_strdup_printf ("gc: %s <%s 0x%" G_GINT64_MODIFIER "x>\n", msg, pml_type_name (o), o->addr);

  g_string_append (VM->err, line);
}

/* --gc-log: one readable block per collection, on stderr */
static void
log_collection (int generation, const char *trigger, gsize examined, gsize unreachable,
                gint64 collected, gint64 uncollectable, gsize promoted)
{
  g_autofree char *text = NULL;

  if (!VM->opts.gc_log)
    return;
  /* the oldest generation keeps its survivors: a sentence of its own, so
   * translators never join fragments */
  if (generation < PML_NUM_GENERATIONS - 1)
    {
      /* Translators: --gc-log output, two lines; %1$d is the generation, %2$s what started the
       * collection ("gc.collect()", "interpreter shutdown", ...), %3$d the script's line, then the
       * numbers of objects examined, unreachable, collected, uncollectable and promoted */
      text = g_strdup_printf (_("gc: collection of generation %1$d (%2$s), line %3$d\n"
                                "    examined %4$zu, unreachable %5$zu, collected %6$lld, "
                                "uncollectable %7$lld, promoted %8$zu\n"),
                              generation, trigger, VM->line, examined, unreachable, (long long) collected,
                              (long long) uncollectable, promoted);
    }
  else
    {
      /* Translators: --gc-log output, two lines; %1$d is the generation, %2$s what started the
       * collection ("gc.collect()", "interpreter shutdown", ...), %3$d the script's line, then the
       * numbers of objects examined, unreachable, collected, uncollectable and kept in generation 2 */
      text = g_strdup_printf (_("gc: collection of generation %1$d (%2$s), line %3$d\n"
                                "    examined %4$zu, unreachable %5$zu, collected %6$lld, "
                                "uncollectable %7$lld, kept in generation 2 %8$zu\n"),
                              generation, trigger, VM->line, examined, unreachable, (long long) collected,
                              (long long) uncollectable, promoted);
    }
  pml_write_err (text, -1);
}

static const char *current_trigger = "gc.collect()";

static gint64
collect (int generation, gint64 *n_collected, gint64 *n_uncollectable)
{
  PmlObj *young, *old, unreachable, final_unreachable;
  gint64 m = 0, n = 0;
  gsize examined, n_unreachable, promoted;
  PmlObj *saved_exc = pml_err_fetch ();

  pml_event (PML_OBJ_EVENT_GC_START, 0, generation);
  pml_vm_note_probe (PML_PROBE_COLLECTION, generation);
  if (VM->requests != NULL)
    g_array_append_val (VM->collection_requests, VM->requests->len);
  if (VM->gc_debug & 1)
    {
      g_autofree char *line = g_strdup_printf ("gc: collecting generation %d...\n", generation);

      g_string_append (VM->err, line);
    }
  if (generation + 1 < PML_NUM_GENERATIONS)
    VM->gen[generation + 1].count += 1;
  for (int i = 0; i <= generation; i++)
    VM->gen[i].count = 0;
  for (int i = 0; i < generation; i++)
    {
      for (PmlObj *o = VM->gen[i].head.gc_next; o != &VM->gen[i].head; o = o->gc_next)
        pml_event (PML_OBJ_EVENT_PROMOTE, o->serial, PML_PROMOTE_VALUE (i, generation));
      pml_gc_list_merge (&VM->gen[i].head, &VM->gen[generation].head);
    }
  young = &VM->gen[generation].head;
  old = generation < PML_NUM_GENERATIONS - 1 ? &VM->gen[generation + 1].head : young;

  examined = pml_gc_list_size (young);
  pml_gc_list_init (&unreachable);
  deduce_unreachable (young, &unreachable);
  n_unreachable = pml_gc_list_size (&unreachable);
  untrack_tuples (young);
  promoted = pml_gc_list_size (young);
  if (young != old)
    {
      if (generation == PML_NUM_GENERATIONS - 2)
        VM->long_lived_pending += (gint64) pml_gc_list_size (young);
      for (PmlObj *o = young->gc_next; o != young; o = o->gc_next)
        pml_event (PML_OBJ_EVENT_PROMOTE, o->serial, PML_PROMOTE_VALUE (generation, generation + 1));
      pml_gc_list_merge (young, old);
    }
  else
    {
      untrack_dicts (young);
      VM->long_lived_pending = 0;
      VM->long_lived_total = (gint64) pml_gc_list_size (young);
    }
  /* no legacy (tp_del) finalizers exist in scenarios */
  if (VM->gc_debug & 2)
    for (PmlObj *o = unreachable.gc_next; o != &unreachable; o = o->gc_next)
      debug_cycle ("collectable", o);

  m += handle_weakrefs (&unreachable, old);
  finalize_garbage (&unreachable);

  /* handle_resurrected_objects */
  for (PmlObj *o = unreachable.gc_next; o != &unreachable; o = o->gc_next)
    o->flags &= (guint16) ~OBJ_COLLECTING;
  pml_gc_list_init (&final_unreachable);
  deduce_unreachable (&unreachable, &final_unreachable);
  for (PmlObj *o = unreachable.gc_next; o != &unreachable; o = o->gc_next)
    o->flags &= (guint16) ~OBJ_COLLECTING;
  pml_gc_list_merge (&unreachable, old);

  m += (gint64) pml_gc_list_size (&final_unreachable);
  delete_garbage (&final_unreachable, old);

  if (generation == PML_NUM_GENERATIONS - 1)
    pml_gc_clear_freelists ();
  if (VM->gc_debug & 1)
    {
      g_autofree char *line = g_strdup_printf ("gc: done, %" G_GINT64_FORMAT " unreachable, %" G_GINT64_FORMAT
                                               " uncollectable, 0.0000s elapsed\n", m + n, n);

      g_string_append (VM->err, line);
    }
  VM->gen_stats[generation].collections++;
  VM->gen_stats[generation].collected += m;
  VM->gen_stats[generation].uncollectable += n;
  *n_collected = m;
  *n_uncollectable = n;
  log_collection (generation, current_trigger, examined, n_unreachable, m, n, promoted);
  pml_event (PML_OBJ_EVENT_GC_END, 0, n + m);
  if (saved_exc != NULL)
    pml_err_set_obj (saved_exc);
  return n + m;
}

static void
invoke_callbacks (const char *phase, int generation, gint64 collected, gint64 uncollectable)
{
  PmlObj *info, *phase_obj, *v;
  PmlObj *saved_exc;

  if (VM->gc_callbacks == NULL || VM->gc_callbacks->u.l.n == 0)
    return;
  saved_exc = pml_err_fetch ();
  info = pml_dict_new ();
  if (info == NULL)
    goto out;
  v = pml_int_new (generation);
  pml_dict_set_str (info, "generation", v);
  pml_decref (v);
  v = pml_int_new (collected);
  pml_dict_set_str (info, "collected", v);
  pml_decref (v);
  v = pml_int_new (uncollectable);
  pml_dict_set_str (info, "uncollectable", v);
  pml_decref (v);
  for (gsize i = 0; i < VM->gc_callbacks->u.l.n; i++)
    {
      PmlObj *cb = pml_incref (VM->gc_callbacks->u.l.items[i]), *args[2], *r;

      phase_obj = pml_str_new (phase, -1);
      args[0] = phase_obj;
      args[1] = info;
      pml_native_hold (cb, "the callback being called");
      pml_native_hold (info, "the collector's info dict");
      pml_native_hold (phase_obj, "the collector's phase");
      r = pml_call_from_c (cb, args, 2);
      pml_native_release (3);
      if (r == NULL)
        pml_err_write_unraisable ("Exception ignored in", cb);
      else
        pml_decref (r);
      pml_decref (phase_obj);
      pml_decref (cb);
    }
  pml_decref (info);
out:
  if (saved_exc != NULL)
    pml_err_set_obj (saved_exc);
}

static gint64
collect_with_callback (int generation)
{
  gint64 collected, uncollectable, r;

  invoke_callbacks ("start", generation, 0, 0);
  r = collect (generation, &collected, &uncollectable);
  invoke_callbacks ("stop", generation, collected, uncollectable);
  return r;
}

static void
collect_generations (void)
{
  for (int i = PML_NUM_GENERATIONS - 1; i >= 0; i--)
    if (VM->gen[i].count > VM->gen[i].threshold)
      {
        if (i == PML_NUM_GENERATIONS - 1 && VM->long_lived_pending < VM->long_lived_total / 4)
          continue;
        {
          /* Translators: --gc-log, what started a collection: the generation's count passed its threshold */
          g_autofree char *trigger = g_strdup_printf (_("automatic: count %lld > threshold %lld"),
                                                      (long long) VM->gen[i].count,
                                                      (long long) VM->gen[i].threshold);

          current_trigger = trigger;
          collect_with_callback (i);
          current_trigger = "gc.collect()";
        }
        break;
      }
}

void
pml_gc_on_alloc (void)
{
  VM->gen[0].count++;
  if (VM->gen[0].count > VM->gen[0].threshold && VM->gen[0].threshold != 0 && VM->gc_enabled
      && !VM->gc_collecting && !pml_err_occurred () && !VM->finalizing)
    {
      /* 3.12+ only schedule it: the eval breaker runs it (§7.4) */
      if (PRESET_MINOR () >= 12)
        {
          VM->gc_scheduled = TRUE;
          return;
        }
      VM->gc_collecting = TRUE;
      collect_generations ();
      VM->gc_collecting = FALSE;
    }
}

/* The eval breaker: at function entry and backward jumps */
void
pml_gc_run_scheduled (void)
{
  VM->gc_scheduled = FALSE;
  if (VM->gc_collecting || !VM->gc_enabled)
    return;
  VM->gc_collecting = TRUE;
  collect_generations ();
  VM->gc_collecting = FALSE;
}

void
pml_gc_on_free (PmlObj *o)
{
  (void) o;
  if (VM->gen[0].count > 0)
    VM->gen[0].count--;
}

gint64
pml_gc_collect (int generation, const char *reason)
{
  gint64 n;

  if (VM->gc_collecting)
    return 0;
  VM->gc_collecting = TRUE;
  current_trigger = reason;
  n = collect_with_callback (generation);
  current_trigger = "gc.collect()";
  VM->gc_collecting = FALSE;
  return n;
}

void
pml_gc_init (void)
{
  for (int i = 0; i < PML_NUM_GENERATIONS; i++)
    {
      pml_gc_list_init (&VM->gen[i].head);
      VM->gen[i].count = 0;
      VM->gen[i].threshold = i == 0 ? VM->preset->gc_threshold0 : i == 1 ? VM->preset->gc_threshold1 : VM->preset->gc_threshold2;
    }
  pml_gc_list_init (&VM->permanent);
  VM->gc_enabled = TRUE;
}
