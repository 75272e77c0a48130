/* pml-py-weakref.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-type.h"
#include "pml-py-weakref.h"

/* Weak references as Objects/weakrefobject.c keeps them: each referent
 * holds a list of the weakrefs and proxies to it, the plain ref and plain
 * proxy without a callback first (shared by every caller), the others
 * after them; when the referent goes, the list is cleared and the
 * callbacks are called in list order. The slots of weakref.ref are at the
 * end; its subclasses are in pml-py-weakref-subtypes.c, the proxies in
 * pml-py-weakproxy.c. */

gboolean
pml_supports_weakrefs (PmlObj *o)
{
  return (pml_slots (o)->flags & PML_TPFLAGS_WEAKREFABLE) != 0;
}

gboolean
pml_is_weakref (PmlObj *o)
{
  return o->kind == K_WEAKREF;
}

gboolean
pml_is_weakproxy (PmlObj *o)
{
  return o->type == TYPE (T_WEAKPROXY) || o->type == TYPE (T_WEAKCALLABLEPROXY);
}

/* get_basic_refs: the shared plain ref and plain proxy, at the head */
static void
basic_refs (PmlObj *head, PmlObj **ref, PmlObj **proxy)
{
  *ref = *proxy = NULL;
  if (head == NULL || head->u.wr.callback != NULL)
    return;
  if (head->type == TYPE (T_WEAKREF))
    {
      *ref = head;
      head = head->u.wr.wr_next;
    }
  if (head != NULL && head->u.wr.callback == NULL && pml_is_weakproxy (head))
    *proxy = head;
}

static void
insert_head (PmlObj *wr, PmlObj *referent)
{
  PmlObj *next = referent->weakrefs;

  wr->u.wr.wr_prev = NULL;
  wr->u.wr.wr_next = next;
  if (next != NULL)
    next->u.wr.wr_prev = wr;
  referent->weakrefs = wr;
}

static void
insert_after (PmlObj *wr, PmlObj *prev)
{
  wr->u.wr.wr_prev = prev;
  wr->u.wr.wr_next = prev->u.wr.wr_next;
  if (prev->u.wr.wr_next != NULL)
    prev->u.wr.wr_next->u.wr.wr_prev = wr;
  prev->u.wr.wr_next = wr;
}

/* A new weakref of @type (ref, a subclass or a proxy), not yet in the
 * referent's list: the GC allocator's request, tracked */
static PmlObj *
weakref_alloc (PmlObj *type, PmlObj *referent, PmlObj *callback)
{
  PmlObj *wr = pml_obj_new (type, K_WEAKREF, pml_obj_presize (type) + type->u.ty.basicsize, TRUE);

  if (wr == NULL)
    return NULL;
  wr->u.wr.referent = referent;
  wr->u.wr.callback = callback ? pml_incref (callback) : NULL;
  wr->u.wr.hash = -1;
  return wr;
}

static gboolean
check_referent (PmlObj *referent)
{
  if (pml_supports_weakrefs (referent))
    return TRUE;
  pml_err_set (T_TYPE_ERROR, "cannot create weak reference to '%s' object", pml_type_name (referent));
  return FALSE;
}

/* weakref___new__: ref(obj) and ref(obj, callback), and the subclasses' */
PmlObj *
pml_weakref_new_of_type (PmlObj *type, PmlObj *referent, PmlObj *callback)
{
  PmlObj *ref, *proxy, *wr;

  if (!check_referent (referent))
    return NULL;
  if (callback == NONE)
    callback = NULL;
  basic_refs (referent->weakrefs, &ref, &proxy);
  if (callback == NULL && type == TYPE (T_WEAKREF) && ref != NULL)
    return pml_incref (ref);
  wr = weakref_alloc (type, referent, callback);
  if (wr == NULL)
    return NULL;
  if (callback == NULL && type == TYPE (T_WEAKREF))
    insert_head (wr, referent);
  else
    {
      /* allocating may have run the collector: look again */
      basic_refs (referent->weakrefs, &ref, &proxy);
      if (proxy != NULL || ref != NULL)
        insert_after (wr, proxy != NULL ? proxy : ref);
      else
        insert_head (wr, referent);
    }
  pml_gc_track (wr);
  return wr;
}

PmlObj *
pml_weakref_new (PmlObj *referent, PmlObj *callback)
{
  return pml_weakref_new_of_type (TYPE (T_WEAKREF), referent, callback);
}

/* PyWeakref_NewProxy: a callable referent gets a callable proxy */
PmlObj *
pml_weakproxy_new (PmlObj *referent, PmlObj *callback)
{
  PmlObj *ref, *proxy, *wr;

  if (!check_referent (referent))
    return NULL;
  if (callback == NONE)
    callback = NULL;
  basic_refs (referent->weakrefs, &ref, &proxy);
  if (callback == NULL && proxy != NULL)
    return pml_incref (proxy);
  wr = weakref_alloc (TYPE (pml_is_callable (referent) ? T_WEAKCALLABLEPROXY : T_WEAKPROXY), referent, callback);
  if (wr == NULL)
    return NULL;
  basic_refs (referent->weakrefs, &ref, &proxy);
  if (callback == NULL)
    {
      if (ref != NULL)
        insert_after (wr, ref);
      else
        insert_head (wr, referent);
    }
  else if (proxy != NULL || ref != NULL)
    insert_after (wr, proxy != NULL ? proxy : ref);
  else
    insert_head (wr, referent);
  pml_gc_track (wr);
  return wr;
}

gint64
pml_weakref_count (PmlObj *o)
{
  gint64 n = 0;

  for (PmlObj *wr = o->weakrefs; wr != NULL; wr = wr->u.wr.wr_next)
    n++;
  return n;
}

/* _PyWeakref_ClearRef: out of the referent's list, the callback kept
 * (the collector calls it later) */
void
pml_weakref_clear (PmlObj *wr)
{
  PmlObj *referent = wr->u.wr.referent;

  if (referent == NULL)
    return;
  if (wr->u.wr.wr_prev)
    wr->u.wr.wr_prev->u.wr.wr_next = wr->u.wr.wr_next;
  else
    referent->weakrefs = wr->u.wr.wr_next;
  if (wr->u.wr.wr_next)
    wr->u.wr.wr_next->u.wr.wr_prev = wr->u.wr.wr_prev;
  wr->u.wr.wr_prev = wr->u.wr.wr_next = NULL;
  wr->u.wr.referent = NULL;
}

/* for the narration: the referent is going, and whether a callback runs */
void
pml_weakref_note_cleared (PmlObj *wr, PmlObj *referent)
{
  pml_event (PML_OBJ_EVENT_WEAKREF_CLEAR, wr->serial, referent->serial);
}

/* handle_callback: an exception in the callback is only reported */
void
pml_weakref_call_callback (PmlObj *wr, PmlObj *callback)
{
  PmlObj *r;

  pml_event (PML_OBJ_EVENT_WEAKREF_CALLBACK, wr->serial, callback->serial);
  r = pml_call_from_c (callback, &wr, 1);
  if (r == NULL)
    pml_err_write_unraisable ("Exception ignored in", callback);
  else
    pml_decref (r);
}

/* PyObject_ClearWeakRefs: every weakref is cleared and loses its
 * callback, then the callbacks of those still alive are called in list
 * order; with more than one weakref, CPython holds them in a tuple of
 * (weakref, callback) pairs meanwhile */
void
pml_weakrefs_clear_all (PmlObj *o, gboolean call_callbacks)
{
  gint64 count = pml_weakref_count (o);
  PmlObj *saved_exc, *pairs;

  if (count == 0)
    return;
  saved_exc = pml_err_fetch ();
  if (count == 1 || !call_callbacks)
    {
      while (o->weakrefs != NULL)
        {
          PmlObj *wr = o->weakrefs, *callback = wr->u.wr.callback;

          wr->u.wr.callback = NULL;
          pml_weakref_note_cleared (wr, o);
          pml_weakref_clear (wr);
          if (callback != NULL)
            {
              if (call_callbacks && wr->refcnt > 0)
                {
                  pml_native_hold (callback, "the callback being called");
                  pml_weakref_call_callback (wr, callback);
                  pml_native_release (1);
                }
              pml_decref (callback);
            }
        }
    }
  else
    {
      pairs = pml_tuple_new ((gsize) count * 2);
      for (gint64 i = 0; i < count && o->weakrefs != NULL; i++)
        {
          PmlObj *wr = o->weakrefs, *callback = wr->u.wr.callback;

          wr->u.wr.callback = NULL;
          if (pairs != NULL && wr->refcnt > 0)
            {
              pairs->u.t.items[2 * i] = pml_incref (wr);
              pairs->u.t.items[2 * i + 1] = callback;
            }
          else
            pml_xdecref (callback);
          pml_weakref_note_cleared (wr, o);
          pml_weakref_clear (wr);
        }
      for (gint64 i = 0; pairs != NULL && i < count; i++)
        if (pairs->u.t.items[2 * i + 1] != NULL)
          pml_weakref_call_callback (pairs->u.t.items[2 * i], pairs->u.t.items[2 * i + 1]);
      if (pairs != NULL)
        pml_decref (pairs);
    }
  if (saved_exc != NULL)
    pml_err_set_obj (saved_exc);
}

/* ---- the slots of weakref.ref ---- */

PmlObj *
pml_weakref_repr (PmlObj *o)
{
  PmlObj *r = o->u.wr.referent;
  PmlObj *s;
  char *name;

  if (r == NULL)
    return pml_str_printf ("<weakref at 0x%" G_GINT64_MODIFIER "x; dead>", o->addr);
  name = r->type->u.ty.builtin ? g_strdup (pml_type_name (r)) : g_strdup_printf ("__main__.%s", pml_type_name (r));
  s = pml_str_printf ("<weakref at 0x%" G_GINT64_MODIFIER "x; to '%s' at 0x%" G_GINT64_MODIFIER "x>",
                      o->addr, name, r->addr);
  g_free (name);
  return s;
}

/* the referent's hash, remembered: a dead ref keeps the hash it had */
gint64
pml_weakref_hash (PmlObj *o, gboolean *ok)
{
  if (o->u.wr.hash != -1)
    {
      *ok = TRUE;
      return o->u.wr.hash;
    }
  if (o->u.wr.referent == NULL)
    {
      pml_err_set (T_TYPE_ERROR, "weak object has gone away");
      *ok = FALSE;
      return -1;
    }
  o->u.wr.hash = pml_hash (o->u.wr.referent, ok);
  if (!*ok)
    o->u.wr.hash = -1;
  return o->u.wr.hash;
}

/* two live refs compare as their referents, a dead one by identity */
PmlObj *
pml_weakref_richcompare (PmlObj *a, PmlObj *b, int op)
{
  PmlObj *x, *y, *r;

  if ((op != OP_EQ && op != OP_NE) || !pml_is_weakref (a) || !pml_is_weakref (b))
    return pml_incref (NOTIMPL);
  if (a->u.wr.referent == NULL || b->u.wr.referent == NULL)
    return pml_incref (BOOL ((a == b) == (op == OP_EQ)));
  x = pml_incref (a->u.wr.referent);
  y = pml_incref (b->u.wr.referent);
  r = pml_richcompare (x, y, op);
  pml_decref (x);
  pml_decref (y);
  return r;
}

PmlObj *
pml_weakref_getattro (PmlObj *o, PmlObj *name)
{
  if (strcmp (name->u.s.s, "__callback__") == 0)
    return pml_incref (o->u.wr.callback ? o->u.wr.callback : NONE);
  return pml_object_getattro (o, name);
}

PmlObj *
pml_weakref_call (PmlObj *o, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) args;
  if (kwnames != NULL && kwnames->u.t.n > 0)
    return pml_err_set (T_TYPE_ERROR, "weakref() takes no keyword arguments");
  if (nargs != 0)
    return pml_err_set (T_TYPE_ERROR, "weakref expected 0 arguments, got %zu", nargs);
  return pml_incref (o->u.wr.referent ? o->u.wr.referent : NONE);
}

/* weakref_dealloc: out of the list, the callback dropped */
gboolean
pml_weakref_dealloc (PmlObj *o)
{
  pml_weakref_clear (o);
  PML_CLEAR (o->u.wr.callback);
  return FALSE;
}

void
pml_weakref_traverse (PmlObj *o, PmlVisitFunc visit, gpointer data)
{
  PML_VISIT (o->u.wr.callback);
}

void
pml_weakref_clear_slot (PmlObj *o)
{
  pml_weakref_clear (o);
  PML_CLEAR (o->u.wr.callback);
}

void
pml_weakref_referents (PmlObj *o, PmlEdgeFunc edge, gpointer data)
{
  if (!edge (o->u.wr.referent, NULL, TRUE, data))
    edge (o->u.wr.callback, "callback", FALSE, data);
}

static PmlObj *
weakref_new (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  if (kwnames != NULL && kwnames->u.t.n > 0)
    return pml_err_set (T_TYPE_ERROR, "ref() takes no keyword arguments");
  if (nargs < 1)
    return pml_err_set (T_TYPE_ERROR, "__new__ expected at least 1 argument, got 0");
  if (nargs > 2)
    return pml_err_set (T_TYPE_ERROR, "__new__ expected at most 2 arguments, got %zu", nargs);
  return pml_weakref_new_of_type (type, args[0], nargs == 2 ? args[1] : NULL);
}

const PmlTypeSlots pml_weakref_slots = {
  .repr = pml_weakref_repr,
  .hash = pml_weakref_hash,
  .richcompare = pml_weakref_richcompare,
  .getattro = pml_weakref_getattro,
  .setattro = pml_object_setattro,
  .call = pml_weakref_call,
  .dealloc = pml_weakref_dealloc,
  .traverse = pml_weakref_traverse,
  .clear = pml_weakref_clear_slot,
  .referents = pml_weakref_referents,
  .flags = PML_TPFLAGS_HAVE_GC,
  .new_instance = weakref_new,
  .no_vectorcall = TRUE,
};
