/* pml-py-runtime.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-type.h"

/* Object allocation and deallocation: every object's memory is requested
 * from the simulated pymalloc with CPython's request size (GC header and
 * pre-header included); free lists park objects instead of freeing them. */

_Thread_local PmlVM *pml_vm;
_Thread_local gboolean pml_vm_logging;

#define STATIC_BASE G_GUINT64_CONSTANT (0x555555a00000)
#define TRASHCAN_UNWIND_LEVEL 50
#define MAX_REQUEST G_GUINT64_CONSTANT (0x1000000000)   /* 64 GiB: more is a MemoryError */

void
pml_event_record (int kind, guint32 serial, gint64 value)
{
  PmlObjEvent *ev;
  guint heap_position = *VM->heap_n_events;

  if (kind == PML_OBJ_EVENT_NEW || kind == PML_OBJ_EVENT_FREE)
    pml_reason_check (VM);
  if (heap_position != VM->last_heap_position)
    pml_vm_sync_heap_position (VM, VM->events.length, heap_position);
  ev = pml_chunks_append (&VM->events, sizeof (PmlObjEvent));
  ev->serial = serial;
  ev->packed = (gint32) ((guint32) CLAMP (value, -(1 << 26), (1 << 26) - 1) << 5) | kind;
}

/* ---- host memory ---- */

PmlObj *
pml_obj_host_new (void)
{
  PmlObj *o = VM->host_free;
  PmlObj *head = &VM->host_objects;

  /* recycled host structs: the host allocator was a tenth of the run */
  if (o != NULL)
    {
      VM->host_free = o->host_next;
      memset (o, 0, sizeof *o);
    }
  else
    o = g_new0 (PmlObj, 1);

  o->host_next = head->host_next;
  o->host_prev = head;
  head->host_next->host_prev = o;
  head->host_next = o;
  return o;
}

void
pml_obj_host_free (PmlObj *o)
{
  o->host_prev->host_next = o->host_next;
  o->host_next->host_prev = o->host_prev;
  o->host_next = VM->host_free;
  VM->host_free = o;
}

void pml_vm_free_objects (void);

void
pml_vm_free_objects (void)
{
  PmlObj *head = &VM->host_objects;

  /* the buffers first, while every class's slots are still there */
  for (PmlObj *o = head->host_next; o != head; o = o->host_next)
    if (pml_slots (o)->free_host != NULL)
      pml_slots (o)->free_host (o);
  while (head->host_next != head)
    {
      PmlObj *o = head->host_next;

      /* a class, whichever its metaclass */
      if (o->kind == K_TYPE && !o->u.ty.builtin)
        g_free ((PmlTypeSlots *) o->u.ty.tp);
      pml_obj_host_free (o);
    }
  while (VM->host_free != NULL)
    {
      PmlObj *o = VM->host_free;

      VM->host_free = o->host_next;
      g_free (o);
    }
}

/* ---- simulated memory ---- */

/* With the requests kept, each is a step of the heap's history, as in a
 * replayed trace: the window steps a scenario's heap request by request */
static inline void
begin_request (void)
{
  if (VM->requests != NULL)
    pml_heap_begin_step (VM->heap);
}

static void
log_request (char op, guint64 address, guint64 old, guint64 a, guint64 b)
{
  PmlRequest r = { op, address, old, a, b, VM->line };

  if (VM->requests != NULL)
    g_array_append_val (VM->requests, r);
  if (G_UNLIKELY (VM->traces != NULL))
    pml_tracemalloc_on_request (op, address, old, op == 'c' ? a * b : a);
}

guint64
pml_mem_alloc (gsize nbytes)
{
  guint64 addr = 0;
  g_autoptr(GError) error = NULL;

  if (nbytes > MAX_REQUEST)
    {
      pml_err_no_memory ();
      return 0;
    }
  if (!pml_budget_allows (nbytes))
    return 0;
  begin_request ();
  if (!pml_heap_malloc (VM->heap, nbytes, &addr, &error))
    {
      pml_err_no_memory ();
      return 0;
    }
  log_request ('m', addr, 0, nbytes, 0);
  return addr;
}

guint64
pml_mem_calloc (gsize nelem, gsize elsize)
{
  guint64 addr = 0;
  g_autoptr(GError) error = NULL;

  if (elsize != 0 && nelem > MAX_REQUEST / elsize)
    {
      pml_err_no_memory ();
      return 0;
    }
  if (!pml_budget_allows (nelem * elsize))
    return 0;
  begin_request ();
  if (!pml_heap_calloc (VM->heap, nelem, elsize, &addr, &error))
    {
      pml_err_no_memory ();
      return 0;
    }
  log_request ('c', addr, 0, nelem, elsize);
  return addr;
}

guint64
pml_mem_realloc (guint64 old, gsize nbytes)
{
  guint64 addr = 0;
  g_autoptr(GError) error = NULL;

  if (nbytes > MAX_REQUEST)
    {
      pml_err_no_memory ();
      return 0;
    }
  if (!pml_budget_allows (nbytes))
    return 0;
  begin_request ();
  if (!pml_heap_realloc (VM->heap, old, nbytes, &addr, &error))
    {
      pml_err_no_memory ();
      return 0;
    }
  log_request ('r', addr, old, nbytes, 0);
  return addr;
}

void
pml_mem_free (guint64 addr)
{
  if (addr == 0)
    return;
  begin_request ();
  if (pml_heap_free_block (VM->heap, addr, NULL))
    log_request ('f', addr, 0, 0, 0);
}

/* GC header, plus the managed-dict pointers of ordinary classes (3.11) */
static gsize compute_presize (PmlObj *type);

gsize
pml_obj_presize (PmlObj *type)
{
  if (type->u.ty.presize_plus1 == 0)
    type->u.ty.presize_plus1 = compute_presize (type) + 1;
  return type->u.ty.presize_plus1 - 1;
}

static gsize
compute_presize (PmlObj *type)
{
  gsize pre = 0;

  if (!type->u.ty.builtin || (type->u.ty.tp->flags & PML_TPFLAGS_HAVE_GC))
    pre = 16;
  /* 3.11 keeps the dict of an object with items (a tuple's subclass) at
     their end instead */
  if (!type->u.ty.builtin && type->u.ty.has_dict && !type->u.ty.is_exception && PRESET_MINOR () >= 11
      && !(PRESET_MINOR () == 11 && type->u.ty.itemsize != 0) && !type->u.ty.dict_in_object)
    pre += 16;
  return pre;
}

/* The object's number, and what the event stream says about it */
void pml_register_object (PmlObj *o, gsize request);

void
pml_register_object (PmlObj *o, gsize request)
{
  PmlObjInfo *info;

  o->serial = VM->next_serial++;
  if (!VM->opts.record_events)
    return;
  while (VM->objects.length <= o->serial)
    memset (pml_chunks_append (&VM->objects, sizeof (PmlObjInfo)), 0, sizeof (PmlObjInfo));
  info = pml_vm_object_info (VM, o->serial);
  if (o->type != NULL && o->type->u.ty.interned_name == NULL)
    o->type->u.ty.interned_name = g_intern_string (o->type->u.ty.name);
  info->type_name = o->type ? o->type->u.ty.interned_name : "type";
  info->address = o->addr;
  info->size = request;
  info->line = VM->line;
}

static gboolean
type_is_gc (PmlObj *type)
{
  return pml_obj_presize (type) >= 16;
}

PmlObj *
pml_obj_new (PmlObj *type, PmlKind kind, gsize request, gboolean gc_alloc)
{
  gsize presize = type ? pml_obj_presize (type) : 16;
  guint64 block;
  PmlObj *o;

  block = pml_mem_alloc (request);
  if (block == 0)
    return NULL;
  o = pml_obj_host_new ();
  o->type = type;
  o->kind = kind;
  o->refcnt = 1;
  o->addr = block + presize;
  if (type == NULL || type_is_gc (type))
    o->flags |= OBJ_GC;
  pml_register_object (o, request);
  pml_event (PML_OBJ_EVENT_NEW, o->serial, 1);
  if (type != NULL && !(type->flags & OBJ_STATIC))
    pml_incref (type);
  if (gc_alloc)
    {
      o->flags |= OBJ_GC_ALLOC;
      pml_gc_on_alloc ();
    }
  return o;
}

PmlObj *
pml_obj_new_static (PmlObj *type, PmlKind kind)
{
  PmlObj *o = pml_obj_host_new ();

  o->type = type;
  o->kind = kind;
  o->refcnt = 1;
  o->flags = OBJ_STATIC;
  o->serial = VM->next_serial;
  o->addr = STATIC_BASE + 32 * (guint64) o->serial;
  pml_register_object (o, 0);
  if (type != NULL && type_is_gc (type))
    o->flags |= OBJ_GC;
  return o;
}

/* PyObject_Free / PyObject_GC_Del */
void
pml_obj_free_block (PmlObj *o)
{
  if (o->flags & OBJ_GC_ALLOC)
    pml_gc_on_free (o);
  if (!(o->flags & OBJ_STATIC))
    pml_mem_free (o->addr - pml_obj_presize (o->type));
  pml_event (PML_OBJ_EVENT_FREE, o->serial, 0);
}

static void
release_host (PmlObj *o)
{
  PmlObj *type = o->type;

  o->flags |= OBJ_DEAD;
  pml_obj_host_free (o);
  /* heap types lose the instance's reference after tp_free */
  if (type != NULL && !(type->flags & OBJ_STATIC))
    pml_decref (type);
}

/* ---- free lists ---- */

gboolean
pml_obj_park (GPtrArray *list, guint max, PmlObj *o)
{
  if (list->len >= max)
    return FALSE;
  o->flags |= OBJ_FREELIST;
  g_ptr_array_add (list, o);
  pml_event (PML_OBJ_EVENT_FREE, o->serial, 1);
  return TRUE;
}

/* ---- deallocation ---- */

static void dealloc_now (PmlObj *o);

void
pml_trashcan_begin (void)
{
  VM->dealloc_depth++;
}

void
pml_trashcan_end (void)
{
  VM->dealloc_depth--;
  if (VM->dealloc_depth == 0)
    while (VM->trash->len > 0)
      {
        PmlObj *o = g_ptr_array_steal_index (VM->trash, VM->trash->len - 1);

        VM->dealloc_depth++;
        dealloc_now (o);
        VM->dealloc_depth--;
      }
}

static gboolean
uses_trashcan (PmlObj *o)
{
  return o->kind == K_LIST || o->kind == K_TUPLE || o->kind == K_DICT || o->kind == K_INSTANCE;
}

void
pml_obj_dealloc (PmlObj *o)
{
  if (o->flags & OBJ_STATIC)
    {
      /* 3.11 statically allocated objects start at 999999999 and never die */
      o->refcnt = 1;
      return;
    }
  if (uses_trashcan (o) && VM->dealloc_depth >= TRASHCAN_UNWIND_LEVEL)
    {
      if (o->flags & OBJ_TRACKED)
        pml_gc_untrack (o);
      g_ptr_array_add (VM->trash, o);
      return;
    }
  pml_trashcan_begin ();
  dealloc_now (o);
  pml_trashcan_end ();
}

void
pml_free_items_reversed (PmlObj **items, gsize n)
{
  /* each slot let go before its item goes: a __del__ that runs meanwhile
     sees (and the objects view counts) only what is still held */
  for (gsize i = n; i > 0; i--)
    PML_CLEAR (items[i - 1]);
}

static void
dealloc_now (PmlObj *o)
{
  const PmlTypeSlots *tp = pml_slots (o);
  guint64 saved;

  if (o->flags & OBJ_TRACKED)
    pml_gc_untrack (o);
  saved = pml_reason_begin (PML_REASON_DEALLOC, 0, o->serial);
  if (tp->dealloc != NULL && tp->dealloc (o))
    {
      pml_reason_end (saved);
      return;
    }
  pml_obj_free_block (o);
  pml_reason_end (saved);
  release_host (o);
}

/* Frees parked objects (clear_freelists at the end of a full collection) */
void
pml_gc_clear_freelists (void)
{
  GPtrArray *lists[PML_TUPLE_MAXSAVESIZE + 3];
  guint n = 0;

  for (int i = 1; i < PML_TUPLE_MAXSAVESIZE; i++)
    lists[n++] = VM->tuple_free[i];
  lists[n++] = VM->float_free;
  lists[n++] = VM->list_free;
  lists[n++] = VM->dict_free;
  for (guint k = 0; k < n; k++)
    {
      GPtrArray *list = lists[k];

      while (list->len > 0)
        {
          PmlObj *o = g_ptr_array_steal_index (list, list->len - 1);

          if (o->kind == K_TUPLE)
            g_free (o->u.t.items);
          o->flags &= (guint16) ~OBJ_FREELIST;
          if (o->flags & OBJ_GC_ALLOC)
            pml_gc_on_free (o);
          pml_mem_free (o->addr - pml_obj_presize (o->type));
          release_host (o);
        }
    }
  while (VM->keys_free->len > 0)
    {
      guint64 addr = g_array_index (VM->keys_free, guint64, VM->keys_free->len - 1);

      g_array_set_size (VM->keys_free, VM->keys_free->len - 1);
      pml_mem_free (addr);
    }
}

/* What an object that went to a free list asked for when it was made */
static gsize
freed_object_size (guint32 serial)
{
  const PmlObjInfo *info = VM->opts.record_events ? pml_vm_object_info (VM, serial) : NULL;

  return info != NULL ? info->size : 0;
}

/* Reuses a parked object: no malloc and no GC count (§8.4) */
PmlObj *pml_freelist_pop (GPtrArray *list);

PmlObj *
pml_freelist_pop (GPtrArray *list)
{
  PmlObj *o;

  if (list->len == 0)
    return NULL;
  o = g_ptr_array_steal_index (list, list->len - 1);
  o->flags &= (guint16) ~OBJ_FREELIST;
  o->refcnt = 1;
  if (o->type != NULL && !(o->type->flags & OBJ_STATIC))
    pml_incref (o->type);
  o->weakrefs = NULL;
  /* the same block again: the new object's size is the old one's */
  pml_register_object (o, freed_object_size (o->serial));
  pml_event (PML_OBJ_EVENT_NEW, o->serial, 1);
  return o;
}
