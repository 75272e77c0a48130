/* pml-py-mod-pmlsupport.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-module-table.h"
#include "pml-py-native.h"
#include "pml-py-type.h"

/* types.SimpleNamespace */
extern const PmlNativeType pml_namespace_type;

/* _pmlsupport: what the bundled modules need from C where CPython's own
 * Python code relies on the C runtime. Scripts cannot import it.
 *
 * exec(source, globals, locals) runs a piece of Python, as the builtin
 * does for dataclasses' generated methods; instance_dict_is_empty(obj)
 * answers _PyObject_IsInstanceDictEmpty without making the dict, for
 * copy's reduction of instances; tuple_maybe_untrack(t) does what a
 * collection does first to each young tuple (untrack it when nothing in
 * it can be part of a cycle), for the garbage a long CPython import leaves
 * after the automatic collections it triggered. */

static void
release_arena (GPtrArray *arena)
{
  for (guint i = 0; i < arena->len; i++)
    pml_decref (arena->pdata[i]);
  g_ptr_array_unref (arena);
}

static PmlObj *
support_exec (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *source = NULL;
  GPtrArray *arena = NULL;
  PmlObj *code, *r, *globals, *locals;

  (void) self;
  NO_KW ("exec");
  NARGS ("exec", 2, 3);
  if (args[0]->kind != K_STR)
    return pml_err_set (T_TYPE_ERROR, "exec() arg 1 must be a string");
  globals = args[1];
  locals = nargs == 3 && args[2] != NONE ? args[2] : globals;
  if (globals->kind != K_DICT || locals->kind != K_DICT)
    return pml_err_set (T_TYPE_ERROR, "exec() globals and locals must be dicts");
  /* "<string>" as CPython names exec'd code; its lines are not the
     script's. The compiler wants the last line ended. */
  source = g_strndup (args[0]->u.s.s, args[0]->u.s.nbytes);
  if (args[0]->u.s.nbytes == 0 || source[args[0]->u.s.nbytes - 1] != '\n')
    {
      char *ended = g_strconcat (source, "\n", NULL);

      g_free (source);
      source = ended;
    }
  code = pml_compile_module ("<string>", source, strlen (source), &arena, &error);
  if (code == NULL)
    /* only bundled modules call it, with code they build themselves */
    return pml_err_set (T_RUNTIME_ERROR, "exec: %s", error->message);
  r = pml_eval_code (code->u.code.code, globals, locals, NULL);
  pml_decref (code);
  release_arena (arena);
  return r;
}

static PmlObj *
support_instance_dict_is_empty (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *o;
  PmlInstAttrs *a;
  gboolean empty = TRUE;

  (void) self;
  NO_KW ("instance_dict_is_empty");
  NARGS ("instance_dict_is_empty", 1, 1);
  o = args[0];
  /* an instance of a class, or of one derived from a built-in type */
  a = pml_inst_attrs (o);
  if (a == NULL)
    return pml_incref (TRUE_);
  if (a->dict != NULL)
    empty = pml_len (a->dict) == 0;
  else if (a->values != NULL)
    for (gsize i = 0; i < a->nvalues && empty; i++)
      empty = a->values[i] == NULL;
  return pml_incref (BOOL (empty));
}

static PmlObj *
support_tuple_maybe_untrack (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) self;
  NO_KW ("tuple_maybe_untrack");
  NARGS ("tuple_maybe_untrack", 1, 1);
  if (args[0]->kind == K_TUPLE)
    pml_tuple_maybe_untrack (args[0]);
  return pml_incref (NONE);
}

/* the collector's generation-0 count when the module being imported
   began loading, before our compiling of it */
static PmlObj *
support_gc_count_at_import (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) self;
  (void) args;
  NO_KW ("gc_count_at_import");
  NARGS ("gc_count_at_import", 0, 0);
  return pml_int_new (VM->gc_count_at_import);
}

static void
add (PmlObj *m, const char *name, PmlBuiltinFunc fn)
{
  PmlObj *b = pml_builtin_new (name, fn, m);

  pml_dict_set_str (m->u.mod.dict, name, b);
  pml_decref (b);
}

PmlObj *
pml_module_make_pmlsupport (void)
{
  PmlObj *m = pml_module_new_imported ("_pmlsupport");

  if (m == NULL)
    return NULL;
  add (m, "exec", support_exec);
  add (m, "instance_dict_is_empty", support_instance_dict_is_empty);
  add (m, "tuple_maybe_untrack", support_tuple_maybe_untrack);
  add (m, "gc_count_at_import", support_gc_count_at_import);
  /* types.SimpleNamespace (pml-py-namespace.c), which types.py takes
     from here as CPython's takes it from sys.implementation */
  pml_dict_set_str (m->u.mod.dict, "SimpleNamespace", pml_native_type (&pml_namespace_type));
  return m;
}
