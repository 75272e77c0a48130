/* pml-py-traceback.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-traceback.h"

/* exc.__traceback__: traceback objects (tb_next, tb_frame, tb_lineno)
 * and frame objects (f_code, f_lineno, f_locals, f_back), made from the
 * frames the exception records (pml-py-error.c) when a script first
 * reads them, and kept on the exception from then on. A traceback object
 * is 40 bytes plus the GC header, as CPython's; a frame object holds its
 * code's locals and value stack after a fixed part of 120 bytes. */

enum { TB_NEXT, TB_FRAME, TB_LINENO, TB_LASTI, TB_NSLOTS };
enum { F_CODE, F_LINENO, F_LOCALS, F_BACK, F_LASTI, F_NSLOTS };

void pml_instance_dealloc (PmlObj *o);

static gsize
frame_slots_of (PmlCode *code)
{
  return pml_code_nlocalsplus (code) + code->max_depth;
}

static PmlObj *
frame_locals_dict (TbEntry *e)
{
  PmlObj *d = pml_dict_new ();

  for (gsize i = 0; d != NULL && i < e->n_locals && i < e->code->varnames->len; i++)
    if (e->locals[i] != NULL && !pml_dict_set_str (d, e->code->varnames->pdata[i], e->locals[i]))
      PML_CLEAR (d);
  return d;
}

static PmlObj *
frame_new (TbEntry *e)
{
  PmlObj *type = TYPE (T_FRAME);
  gsize size = pml_obj_presize (type) + type->u.ty.basicsize + 8 * frame_slots_of (e->code);
  PmlObj *f = pml_obj_new (type, K_INSTANCE, size, TRUE);

  if (f == NULL)
    return NULL;
  f->u.inst.slots = g_new0 (PmlObj *, F_NSLOTS);
  f->u.inst.nslots = F_NSLOTS;
  f->u.inst.slots[F_CODE] = pml_incref (e->code->owner);
  f->u.inst.slots[F_LINENO] = pml_int_new (e->line);
  f->u.inst.slots[F_LASTI] = pml_int_new (e->ip >= 0 ? 2 * (gint64) e->ip : -1);
  f->u.inst.slots[F_LOCALS] = frame_locals_dict (e);
  pml_gc_track (f);
  if (f->u.inst.slots[F_LINENO] == NULL || f->u.inst.slots[F_LASTI] == NULL || f->u.inst.slots[F_LOCALS] == NULL)
    PML_CLEAR (f);
  return f;
}

/* steals @frame and @next */
static PmlObj *
traceback_new (TbEntry *e, PmlObj *frame, PmlObj *next)
{
  PmlObj *tb = pml_descr_instance_new (T_TRACEBACK, TB_NSLOTS);

  if (tb == NULL)
    {
      pml_decref (frame);
      pml_xdecref (next);
      return NULL;
    }
  tb->u.inst.slots[TB_NEXT] = next;
  tb->u.inst.slots[TB_FRAME] = frame;
  tb->u.inst.slots[TB_LINENO] = pml_int_new (e->line);
  tb->u.inst.slots[TB_LASTI] = pml_incref (frame->u.inst.slots[F_LASTI]);
  if (tb->u.inst.slots[TB_LINENO] == NULL)
    PML_CLEAR (tb);
  return tb;
}

PmlObj *
pml_exc_traceback (PmlObj *exc)
{
  GArray *entries = (GArray *) exc->u.inst.exc_tb;
  guint len = entries != NULL && !(exc->flags & OBJ_STATIC) ? entries->len : 0;

  /* the frames recorded since the last read go in front, outermost first */
  while (exc->u.inst.exc_tb_seen < len)
    {
      TbEntry *e = &g_array_index (entries, TbEntry, exc->u.inst.exc_tb_seen);
      PmlObj *next = exc->u.inst.exc_tb_obj, *frame, *tb;

      frame = frame_new (e);
      if (frame == NULL)
        return NULL;
      /* the frame inside this one was called from it */
      if (next != NULL && next->type == TYPE (T_TRACEBACK))
        {
          PmlObj *inner = next->u.inst.slots[TB_FRAME];

          if (inner->u.inst.slots[F_BACK] == NULL)
            inner->u.inst.slots[F_BACK] = pml_incref (frame);
        }
      exc->u.inst.exc_tb_obj = NULL;
      tb = traceback_new (e, frame, next);
      if (tb == NULL)
        return NULL;
      exc->u.inst.exc_tb_obj = tb;
      exc->u.inst.exc_tb_seen++;
    }
  return pml_incref (exc->u.inst.exc_tb_obj != NULL ? exc->u.inst.exc_tb_obj : NONE);
}

gboolean
pml_exc_set_traceback (PmlObj *exc, PmlObj *tb)
{
  GArray *entries = (GArray *) exc->u.inst.exc_tb;

  if (tb == NULL)
    return pml_err_set (T_TYPE_ERROR, "__traceback__ may not be deleted") != NULL;
  if (tb != NONE && tb->type != TYPE (T_TRACEBACK))
    return pml_err_set (T_TYPE_ERROR, "__traceback__ must be a traceback or None") != NULL;
  PML_SETREF (exc->u.inst.exc_tb_obj, tb == NONE ? NULL : pml_incref (tb));
  /* the frames recorded so far are replaced; later ones go in front */
  exc->u.inst.exc_tb_seen = entries != NULL ? entries->len : 0;
  return TRUE;
}

/* ---- the traceback type ---- */

static PmlObj *
slot_or_none (PmlObj *o, int i)
{
  return pml_incref (o->u.inst.slots[i] != NULL ? o->u.inst.slots[i] : NONE);
}

static PmlObj *
tb_getattro (PmlObj *o, PmlObj *name)
{
  const char *n = name->u.s.s;

  if (strcmp (n, "tb_next") == 0)
    return slot_or_none (o, TB_NEXT);
  if (strcmp (n, "tb_frame") == 0)
    return slot_or_none (o, TB_FRAME);
  if (strcmp (n, "tb_lineno") == 0)
    return slot_or_none (o, TB_LINENO);
  if (strcmp (n, "tb_lasti") == 0)
    return slot_or_none (o, TB_LASTI);
  return pml_object_generic_getattr (o, name);
}

static gboolean
tb_setattro (PmlObj *o, PmlObj *name, PmlObj *v)
{
  if (strcmp (name->u.s.s, "tb_next") != 0)
    return pml_object_generic_setattr (o, name, v);
  if (v == NULL)
    return pml_err_set (T_TYPE_ERROR, "can't delete tb_next attribute") != NULL;
  if (v != NONE && v->type != TYPE (T_TRACEBACK))
    return pml_err_set (T_TYPE_ERROR, "expected traceback object or None, got '%s'", pml_type_name (v)) != NULL;
  for (PmlObj *c = v; c != NONE && c != NULL; c = c->u.inst.slots[TB_NEXT])
    if (c == o)
      return pml_err_set (T_VALUE_ERROR, "traceback loop detected") != NULL;
  PML_SETREF (o->u.inst.slots[TB_NEXT], v == NONE ? NULL : pml_incref (v));
  return TRUE;
}

static void
slots_traverse (PmlObj *o, PmlVisitFunc visit, gpointer data)
{
  for (gsize i = 0; i < o->u.inst.nslots; i++)
    PML_VISIT (o->u.inst.slots[i]);
}

static void
tb_referents (PmlObj *o, PmlEdgeFunc edge, gpointer data)
{
  static const char *const labels[] = { "tb_next", "tb_frame", "tb_lineno", "tb_lasti" };

  for (gsize i = 0; o->u.inst.slots != NULL && i < o->u.inst.nslots; i++)
    if (o->u.inst.slots[i] != NULL && edge (o->u.inst.slots[i], labels[i], FALSE, data))
      return;
}

static gboolean
slots_dealloc (PmlObj *o)
{
  pml_instance_dealloc (o);
  return TRUE;
}

static void
slots_free_host (PmlObj *o)
{
  g_free (o->u.inst.slots);
  o->u.inst.slots = NULL;
}

const PmlTypeSlots pml_traceback_slots = {
  .repr = pml_object_repr,
  .hash = pml_object_hash,
  .richcompare = pml_object_richcompare,
  .getattro = tb_getattro,
  .setattro = tb_setattro,
  .dealloc = slots_dealloc,
  .traverse = slots_traverse,
  .referents = tb_referents,
  .free_host = slots_free_host,
  .flags = PML_TPFLAGS_HAVE_GC,
};

/* ---- the frame type ---- */

static PmlCode *
frame_code (PmlObj *f)
{
  return f->u.inst.slots[F_CODE]->u.code.code;
}

static PmlObj *
frame_repr (PmlObj *f)
{
  PmlCode *code = frame_code (f);

  return pml_str_printf ("<frame at 0x%" G_GINT64_MODIFIER "x, file '%s', line %" G_GINT64_FORMAT ", code %s>",
                         (gint64) f->addr, code->filename, (gint64) f->u.inst.slots[F_LINENO]->u.i.v, code->name);
}

static PmlObj *
frame_getattro (PmlObj *o, PmlObj *name)
{
  const char *n = name->u.s.s;

  if (strcmp (n, "f_code") == 0)
    return slot_or_none (o, F_CODE);
  if (strcmp (n, "f_lineno") == 0)
    return slot_or_none (o, F_LINENO);
  if (strcmp (n, "f_locals") == 0)
    return slot_or_none (o, F_LOCALS);
  if (strcmp (n, "f_back") == 0)
    return slot_or_none (o, F_BACK);
  if (strcmp (n, "f_lasti") == 0)
    return slot_or_none (o, F_LASTI);
  return pml_object_generic_getattr (o, name);
}

static gsize
frame_size_of (PmlObj *f)
{
  return pml_obj_presize (f->type) + f->type->u.ty.basicsize + 8 * frame_slots_of (frame_code (f));
}

static void
frame_referents (PmlObj *o, PmlEdgeFunc edge, gpointer data)
{
  static const char *const labels[] = { "f_code", "f_lineno", "f_locals", "f_back", "f_lasti" };

  for (gsize i = 0; o->u.inst.slots != NULL && i < o->u.inst.nslots; i++)
    if (o->u.inst.slots[i] != NULL && edge (o->u.inst.slots[i], labels[i], FALSE, data))
      return;
}

const PmlTypeSlots pml_frame_slots = {
  .repr = frame_repr,
  .hash = pml_object_hash,
  .richcompare = pml_object_richcompare,
  .getattro = frame_getattro,
  .setattro = pml_object_generic_setattr,
  .size_of = frame_size_of,
  .dealloc = slots_dealloc,
  .traverse = slots_traverse,
  .referents = frame_referents,
  .free_host = slots_free_host,
  .flags = PML_TPFLAGS_HAVE_GC,
};
