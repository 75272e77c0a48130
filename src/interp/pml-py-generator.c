/* pml-py-generator.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-type.h"

/* The generator type: its methods and slots. Running a generator's frame is pml-py-eval.c's job. */

/* ---- methods ---- */

static PmlObj *
m_gen_send (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  METHOD_SELF ();
  (void) kwnames;
  NARGS ("send", 1, 1);
  return pml_gen_send (self, args[0]);
}

static PmlObj *
m_gen_close (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  METHOD_SELF ();
  (void) kwnames;
  (void) args;
  NARGS ("close", 0, 0);
  pml_gen_dealloc_frame (self);
  self->u.gen.done = TRUE;
  return pml_incref (NONE);
}

static const PmlMethodDef generator_methods[] = {
  { "send", m_gen_send },
  { "close", m_gen_close },
  { NULL, NULL }
};

/* ---- slots ---- */

static PmlObj *
generator_repr (PmlObj *o)
{
  return pml_str_printf ("<generator object %s at 0x%" G_GINT64_MODIFIER "x>",
                         o->u.gen.name ? o->u.gen.name->u.s.s : "?", o->addr);
}

static PmlObj *
generator_iter (PmlObj *o)
{
  return pml_incref (o);
}

/* the end of the generator is its StopIteration */
static PmlObj *
generator_iternext (PmlObj *o)
{
  PmlObj *r = pml_gen_send (o, NULL);

  if (r == NULL && pml_err_occurred () && VM->exc->type == TYPE (T_STOP_ITERATION))
    pml_err_clear ();
  return r;
}

static gsize
generator_sizeof (PmlObj *o)
{
  return pml_gen_sizeof (o);
}

static gboolean
generator_dealloc (PmlObj *o)
{
  pml_gen_dealloc_frame (o);
  if (o->weakrefs)
    pml_weakrefs_clear_all (o, TRUE);
  pml_xdecref (o->u.gen.name);
  if (o->u.gen.code)
    pml_decref (o->u.gen.code->owner);
  return FALSE;
}

/* the suspended frame's variables and stack */
static void
generator_traverse (PmlObj *o, PmlVisitFunc visit, gpointer data)
{
  PmlFrame *f = o->u.gen.frame;

  if (f == NULL)
    return;
  for (gsize i = 0; i < f->nfast; i++)
    PML_VISIT (f->fast[i]);
  for (gsize i = 0; i < f->sp; i++)
    PML_VISIT (f->stack[i]);
}

const PmlTypeSlots pml_generator_slots = {
  .repr = generator_repr,
  .hash = pml_object_hash,
  .richcompare = pml_object_richcompare,
  .getattro = pml_object_getattro,
  .setattro = pml_object_setattro,
  .iter = generator_iter,
  .iternext = generator_iternext,
  .size_of = generator_sizeof,
  .methods = generator_methods,
  .dealloc = generator_dealloc,
  .traverse = generator_traverse,
};
