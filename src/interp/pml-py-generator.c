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
  return pml_gen_close (self);
}

static PmlObj *
m_gen_throw (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *exc;

  METHOD_SELF ();
  (void) kwnames;
  NARGS ("throw", 1, 3);
  exc = args[0];
  if (exc->kind == K_TYPE && exc->u.ty.is_exception)
    exc = pml_call (exc, nargs > 1 && args[1] != NONE ? &args[1] : NULL, nargs > 1 && args[1] != NONE ? 1 : 0, NULL);
  else if (exc->kind == K_INSTANCE && exc->type->u.ty.is_exception)
    pml_incref (exc);
  else
    return pml_err_set (T_TYPE_ERROR, "exceptions must be classes or instances deriving from BaseException, not %s",
                        pml_type_name (exc));
  if (exc == NULL)
    return NULL;
  return pml_gen_throw (self, exc);
}

static const PmlMethodDef generator_methods[] = {
  { "send", m_gen_send },
  { "close", m_gen_close },
  { "throw", m_gen_throw },
  { NULL, NULL }
};

/* ---- slots ---- */

static const char *
generator_qualname (PmlObj *o)
{
  PmlCode *code = o->u.gen.code;

  if (code != NULL && code->qualname != NULL)
    return code->qualname;
  return o->u.gen.name ? o->u.gen.name->u.s.s : "?";
}

/* named by its function's qualified name, as gen_repr does */
static PmlObj *
generator_repr (PmlObj *o)
{
  return pml_str_printf ("<generator object %s at 0x%" G_GINT64_MODIFIER "x>", generator_qualname (o), o->addr);
}

/* the getsets a lesson reads: __name__, __qualname__, gi_code, gi_running, gi_suspended */
static PmlObj *
generator_getattro (PmlObj *o, PmlObj *name)
{
  const char *n = name->u.s.s;

  if (strcmp (n, "__name__") == 0 && o->u.gen.name != NULL)
    return pml_incref (o->u.gen.name);
  if (strcmp (n, "__qualname__") == 0)
    return pml_str_new (generator_qualname (o), -1);
  if (strcmp (n, "gi_code") == 0 && o->u.gen.code != NULL && o->u.gen.code->owner != NULL)
    return pml_incref (o->u.gen.code->owner);
  if (strcmp (n, "gi_running") == 0)
    return pml_incref (BOOL (o->u.gen.running));
  if (strcmp (n, "gi_suspended") == 0)
    return pml_incref (BOOL (o->u.gen.frame != NULL && !o->u.gen.running && !o->u.gen.done
                             && o->u.gen.frame->ip > 1));   /* past RETURN_GENERATOR: started */
  return pml_object_getattro (o, name);
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

  /* gen_iternext keeps StopIteration(value) for a returned value */
  if (r == NULL && pml_err_occurred () && VM->exc->type == TYPE (T_STOP_ITERATION)
      && (VM->exc->u.inst.exc_args == NULL || VM->exc->u.inst.exc_args->u.t.n == 0))
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
  if (!pml_gen_finalize_from_dealloc (o))
    return TRUE;   /* resurrected */
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

/* the suspended frame's variables, by name */
static void
generator_referents (PmlObj *o, PmlEdgeFunc edge, gpointer data)
{
  PmlFrame *f = o->u.gen.frame;
  GPtrArray *names;

  if (f == NULL)
    return;
  names = f->code->varnames;
  for (gsize i = 0; i < f->nfast; i++)
    if (edge (f->fast[i], i < names->len ? g_intern_string (names->pdata[i]) : NULL, FALSE, data))
      return;
}

static void
generator_free_host (PmlObj *o)
{
  if (o->u.gen.frame)
    {
      g_free (o->u.gen.frame->fast);
      g_free (o->u.gen.frame->stack);
      g_free (o->u.gen.frame);
    }
}

const PmlTypeSlots pml_generator_slots = {
  .repr = generator_repr,
  .hash = pml_object_hash,
  .richcompare = pml_object_richcompare,
  .getattro = generator_getattro,
  .setattro = pml_object_setattro,
  .iter = generator_iter,
  .iternext = generator_iternext,
  .size_of = generator_sizeof,
  .methods = generator_methods,
  .dealloc = generator_dealloc,
  .traverse = generator_traverse,
  .referents = generator_referents,
  .flags = PML_TPFLAGS_HAVE_GC | PML_TPFLAGS_WEAKREFABLE,
  .free_host = generator_free_host,
};
