/* pml-py-reason.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-interp-private.h"
#include "pml-py-opcodes.h"
#include "pml-py-vm.h"

/* The side table that says why each reference count changed. An entry is
 * made only when the cause changes, which costs a comparison per event;
 * the names it refers to are copied into a table of texts, since the
 * code objects holding them may be gone by the time they are read. */

void
pml_reason_init (PmlVM *vm)
{
  vm->record_reasons = TRUE;
  pml_chunks_init (&vm->reasons, sizeof (PmlReasonEntry));
  vm->reason_lines = g_array_new (FALSE, FALSE, 2 * sizeof (guint32));
  vm->reason_ids = g_hash_table_new (g_str_hash, g_str_equal);
  vm->reason_texts = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (vm->reason_texts, g_strdup (""));
  /* the first event starts an entry */
  vm->reason_last = G_MAXUINT64;
}

void
pml_reason_clear (PmlVM *vm)
{
  if (vm->record_reasons)
    pml_chunks_clear (&vm->reasons);
  vm->record_reasons = FALSE;
  g_clear_pointer (&vm->reason_lines, g_array_unref);
  g_clear_pointer (&vm->reason_ids, g_hash_table_unref);
  g_clear_pointer (&vm->reason_texts, g_ptr_array_unref);
}

guint32
pml_reason_text (const char *text)
{
  PmlVM *vm = pml_vm;
  gpointer id;
  char *copy;

  if (!vm->record_reasons || text == NULL || *text == '\0')
    return 0;
  if (g_hash_table_lookup_extended (vm->reason_ids, text, NULL, &id))
    return GPOINTER_TO_UINT (id);
  copy = g_strdup (text);
  g_ptr_array_add (vm->reason_texts, copy);
  g_hash_table_insert (vm->reason_ids, copy, GUINT_TO_POINTER (vm->reason_texts->len - 1));
  return vm->reason_texts->len - 1;
}

/* The name a teacher calls a callable by: "print", "Node", "append" */
static guint32
callable_text (PmlObj *callable)
{
  switch (callable->kind)
    {
    case K_FUNCTION:
      return pml_reason_text (callable->u.fn.qualname->u.s.s);
    case K_BUILTIN:
      return pml_reason_text (callable->u.bf.name);
    case K_METHOD:
      return callable_text (callable->u.m.func);
    case K_TYPE:
      return pml_reason_text (callable->u.ty.name);
    default:
      return pml_reason_text (pml_type_name (callable));
    }
}

/* Asked at every call: the last callables seen are remembered by object
 * (and serial, since a freed object's memory comes back as another) */
guint32
pml_reason_callable_text (PmlObj *callable)
{
  PmlVM *vm = pml_vm;
  guint slot;

  if (!vm->record_reasons || callable == NULL)
    return 0;
  slot = (guint) (((guintptr) callable >> 4) & 63);
  if (vm->reason_callables[slot].callable != callable || vm->reason_callables[slot].serial != callable->serial)
    {
      vm->reason_callables[slot].callable = callable;
      vm->reason_callables[slot].serial = callable->serial;
      vm->reason_callables[slot].text = callable_text (callable);
    }
  return vm->reason_callables[slot].text;
}

/* The ids of a code object's texts, cached in it: its names, then its
 * locals (fast slots), then "function\037local" for each, then
 * "function\037" */
static guint32 *
code_texts (PmlCode *code)
{
  gsize nfast = code->varnames->len + code->cellvars->len + code->freevars->len;

  if (code->reason_texts == NULL)
    code->reason_texts = g_new0 (guint32, code->names->len + 2 * nfast + 1);
  return code->reason_texts;
}

static const char *
fast_name (PmlCode *code, gsize slot)
{
  gsize nv = code->varnames->len, nc = code->cellvars->len;

  if (slot < nv)
    return code->varnames->pdata[slot];
  if (slot < nv + nc)
    return code->cellvars->pdata[slot - nv];
  if (slot < nv + nc + code->freevars->len)
    return code->freevars->pdata[slot - nv - nc];
  return NULL;
}

static guint32
name_text (PmlCode *code, gsize index)
{
  guint32 *ids = code_texts (code);

  if (index >= code->names->len)
    return 0;
  if (ids[index] == 0)
    ids[index] = pml_reason_text (((PmlObj *) code->names->pdata[index])->u.s.s);
  return ids[index];
}

static guint32
fast_text (PmlCode *code, gsize slot)
{
  guint32 *ids = code_texts (code);
  gsize at = code->names->len + slot;

  if (fast_name (code, slot) == NULL)
    return 0;
  if (ids[at] == 0)
    ids[at] = pml_reason_text (fast_name (code, slot));
  return ids[at];
}

/* "f\037x": local @slot of @f's function, as the frame clears it; past
 * the locals, "f\037" (the frame's stack and function) */
guint32
pml_reason_local_text (PmlFrame *f, gsize slot)
{
  PmlCode *code = f->code;
  gsize nfast = code->varnames->len + code->cellvars->len + code->freevars->len;
  guint32 *ids;
  gsize at;

  if (!pml_vm->record_reasons)
    return 0;
  ids = code_texts (code);
  slot = MIN (slot, nfast);
  at = code->names->len + nfast + slot;
  if (ids[at] == 0)
    {
      const char *local = fast_name (code, slot);
      g_autofree char *text = g_strdup_printf ("%s\037%s", code->qualname, local != NULL ? local : "");

      ids[at] = pml_reason_text (text);
    }
  return ids[at];
}

/* The text an instruction's entry carries: the name it binds, loads or
 * deletes, the callable it calls */
static guint32
op_text (PmlFrame *f, guint8 op, gint32 arg)
{
  PmlCode *code = f->code;

  switch ((PmlOpcode) op)
    {
    case OP_LOAD_NAME: case OP_STORE_NAME: case OP_DELETE_NAME:
    case OP_LOAD_GLOBAL: case OP_STORE_GLOBAL: case OP_DELETE_GLOBAL:
    case OP_LOAD_ATTR: case OP_STORE_ATTR: case OP_DELETE_ATTR: case OP_LOAD_METHOD:
    case OP_IMPORT_NAME: case OP_IMPORT_FROM:
      return name_text (code, (gsize) arg);

    case OP_LOAD_FAST: case OP_STORE_FAST: case OP_DELETE_FAST:
    case OP_LOAD_DEREF: case OP_STORE_DEREF: case OP_DELETE_DEREF: case OP_LOAD_CLOSURE:
      return fast_text (code, (gsize) arg);

    case OP_CALL:
      {
        /* the call is under way: the callable is still on the stack, under
           its arguments (and self, or the NULL a plain call pushes) */
        gsize n = (gsize) arg;

        if (f->sp < n + 2)
          return 0;
        return pml_reason_callable_text (f->stack[f->sp - n - 2] != NULL ? f->stack[f->sp - n - 2]
                                                                          : f->stack[f->sp - n - 1]);
      }

    default:
      return 0;
    }
}

static guint32
pack (const PmlReason *r)
{
  guint32 payload;

  switch ((PmlReasonKind) r->kind)
    {
    case PML_REASON_OP:
    case PML_REASON_STACK_POP:
      payload = r->op | (r->arg < (1u << 21) ? r->arg : 0) << 7;
      break;
    case PML_REASON_CALL_ARGS:
      payload = (r->number != 0) | (r->arg < (1u << 27) ? r->arg : 0) << 1;
      break;
    case PML_REASON_ITEM_STORE:
    case PML_REASON_ITEM_OVERWRITE:
      payload = MIN (r->number, PML_REASON_NO_NUMBER);
      break;
    default:
      payload = r->arg < (1u << 28) ? r->arg : 0;
      break;
    }
  return r->kind | payload << 4;
}

static void
unpack (const PmlReasonEntry *e,
        PmlReason            *r)
{
  guint32 payload = e->cause >> 4;

  memset (r, 0, sizeof *r);
  r->index = e->index;
  r->kind = e->cause & 15;
  switch ((PmlReasonKind) r->kind)
    {
    case PML_REASON_OP:
    case PML_REASON_STACK_POP:
      r->op = payload & 127;
      r->arg = payload >> 7;
      break;
    case PML_REASON_CALL_ARGS:
      r->number = payload & 1;
      r->arg = payload >> 1;
      break;
    case PML_REASON_ITEM_STORE:
    case PML_REASON_ITEM_OVERWRITE:
      r->number = payload;
      break;
    default:
      r->arg = payload;
      break;
    }
}

void
pml_reason_note (PmlVM *vm, const guint8 *site)
{
  PmlReason r = { vm->events.length, (guint8) (vm->reason_now & 0xff), 0, 0, 0 };
  PmlFrame *f = vm->frame;
  gboolean at_op = site != NULL && f->ip > 0 && f->ip <= f->code->n_ops;
  PmlReasonEntry *e;

  vm->reason_site = site;
  vm->reason_last = vm->reason_now;
  if (vm->line != vm->reason_line)
    {
      guint32 change[2] = { vm->events.length, (guint32) vm->line };

      g_array_append_vals (vm->reason_lines, change, 1);
      vm->reason_line = vm->line;
    }
  if (at_op)
    r.op = f->code->ops[f->ip - 1];
  if (r.kind == PML_REASON_STACK_POP && at_op)
    r.arg = op_text (f, r.op, f->code->args[f->ip - 1]);
  else if (r.kind != PML_REASON_NONE)
    {
      r.number = (guint32) ((vm->reason_now >> 8) & 0xffffff);
      r.arg = (guint32) (vm->reason_now >> 32);
    }
  else if (at_op)
    {
      r.kind = PML_REASON_OP;
      r.arg = op_text (f, r.op, f->code->args[f->ip - 1]);
    }
  e = pml_chunks_append (&vm->reasons, sizeof (PmlReasonEntry));
  e->index = r.index;
  e->cause = pack (&r);
}

gsize
pml_interp_get_reason_bytes (PmlInterp *interp)
{
  PmlVM *vm = &interp->vm;
  gsize bytes = 0;

  if (!vm->record_reasons)
    return 0;
  bytes += pml_chunks_get_allocated_bytes (&vm->reasons) + vm->reason_lines->len * 2 * sizeof (guint32);
  for (guint i = 0; i < vm->reason_texts->len; i++)
    bytes += strlen (vm->reason_texts->pdata[i]) + 1;
  return bytes;
}

/* The events [*start, *end) that event @index's entry explains, so that
 * a narration can look at what else the same instruction did */
gboolean
pml_interp_get_reason_range (PmlInterp *interp,
                             guint      index,
                             PmlReason *out,
                             guint     *start,
                             guint     *end)
{
  PmlChunks *reasons = &interp->vm.reasons;
  guint lo = 0, hi;

  if (!interp->vm.record_reasons || reasons->length == 0)
    return FALSE;
  hi = reasons->length;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (((PmlReasonEntry *) pml_chunks_get (reasons, mid, sizeof (PmlReasonEntry)))->index <= index)
        lo = mid + 1;
      else
        hi = mid;
    }
  if (lo == 0)
    return FALSE;
  unpack (pml_chunks_get (reasons, lo - 1, sizeof (PmlReasonEntry)), out);
  *start = out->index;
  *end = lo < reasons->length ? ((PmlReasonEntry *) pml_chunks_get (reasons, lo, sizeof (PmlReasonEntry)))->index
                              : pml_interp_get_n_events (interp);
  return TRUE;
}

/* The script line that was running at event @index (0: none yet) */
gint32
pml_interp_get_reason_line (PmlInterp *interp,
                            guint      index)
{
  GArray *lines = interp->vm.reason_lines;
  guint lo = 0, hi;

  if (lines == NULL)
    return 0;
  hi = lines->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (((guint32 *) (gpointer) lines->data)[2 * mid] <= index)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo == 0 ? 0 : (gint32) ((guint32 *) (gpointer) lines->data)[2 * (lo - 1) + 1];
}

const char *
pml_interp_get_reason_text (PmlInterp *interp,
                            guint32    id)
{
  GPtrArray *texts = interp->vm.reason_texts;

  if (texts == NULL || id >= texts->len)
    return "";
  return texts->pdata[id];
}
