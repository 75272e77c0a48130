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

const PmlTypeSlots pml_generator_slots = {
  .methods = generator_methods,
};
