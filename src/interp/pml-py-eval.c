/* pml-py-eval.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-vm.h"
#include "pml-py-ast.h"
#include "pml-py-format.h"
#include "pml-py-interp-private.h"
#include "pml-py-match.h"
#include "pml-py-opcodes.h"
#include "pml-object-sizes.h"

/* The evaluation loop. Values on the stack are owned references; calls to
 * Python functions move their arguments into the new frame, calls to
 * built-ins borrow them, as in CPython 3.11's ceval.c. Each new source
 * line is a step. */

PmlObj *pml_dict_from_items (PmlObj **keys, gsize key_stride, PmlObj **values, gsize value_stride, gsize n);
void pml_err_attach_locals (PmlObj *exc, PmlObj **locals, gsize n);
char *pml_name_suggestion (PmlFrame *f, const char *name);
PmlObj *pml_build_class (PmlObj **args, gsize nargs);
PmlObj *pml_builtin_method_descriptor (PmlObj *self, const char *name);

#define PUSH(v) (f->stack[f->sp++] = (v))
#define POP() (f->stack[--f->sp])
#define TOP() (f->stack[f->sp - 1])
/* the @n operands just popped stay the value stack's while the
   instruction calls out (a dunder, a property); 0 once it is back */
#define KEEP_POPPED(n) (f->popped = (n))
#define PEEK(n) (f->stack[f->sp - (n)])

static PmlFrame *
frame_new (PmlCode *code, PmlObj *func, PmlObj *globals)
{
  PmlFrame *f = g_new0 (PmlFrame, 1);

  f->code = code;
  f->func = func;
  f->globals = globals;
  f->nfast = code->varnames->len + code->cellvars->len + code->freevars->len;
  f->fast = g_new0 (PmlObj *, MAX (f->nfast, 1));
  f->stack = g_new0 (PmlObj *, code->stacksize);
  f->line = -1;
  return f;
}

void
pml_frame_free (PmlFrame *f)
{
  guint64 saved = pml_vm->reason_now;

  /* what the ending call still holds while a __del__ runs (only with
     record_graph): the objects view counts it */
  if (f->func != NULL)
    pml_native_hold (f->func, "the function of a call that ends");
  if (f->locals != NULL)
    pml_native_hold (f->locals, "the names of a call that ends");
  for (gsize i = f->nfast; i > 0; i--)
    if (f->fast[i - 1] != NULL)
      pml_native_hold (f->fast[i - 1], "a local of a call that ends");
  /* _PyFrame_Clear: locals in order, then the stack, then the function */
  for (gsize i = 0; i < f->nfast; i++)
    if (f->fast[i] != NULL)
      {
        pml_reason_begin (PML_REASON_FRAME_CLEAR, 0, pml_reason_local_text (f, i));
        pml_native_release (1);
        PML_CLEAR (f->fast[i]);
      }
  pml_reason_begin (PML_REASON_FRAME_CLEAR, 0, pml_reason_local_text (f, f->nfast));
  while (f->sp > 0)
    {
      PmlObj *v = f->stack[--f->sp];

      pml_xdecref (v);
    }
  if (f->locals != NULL)
    pml_native_release (1);
  PML_CLEAR (f->locals);
  if (f->func != NULL)
    pml_native_release (1);
  PML_CLEAR (f->func);
  pml_reason_end (saved);
  g_free (f->fast);
  g_free (f->stack);
  g_free (f);
}

static PmlObj *
cell_new (PmlObj *v)
{
  PmlObj *c = pml_obj_new (TYPE (T_CELL), K_CELL, pml_fixed_size (VM->preset, PML_FIXED_CELL), TRUE);

  if (c == NULL)
    return NULL;
  c->u.cell.ref = v;
  pml_gc_track (c);
  return c;
}

static PmlObj *
arg_error (PmlObj *func, const char *fmt, ...) G_GNUC_PRINTF (2, 3);

/* named by the function's __qualname__, which may have been set */
static PmlObj *
arg_error (PmlObj *func, const char *fmt, ...)
{
  va_list ap;
  g_autofree char *msg = NULL;

  va_start (ap, fmt);
  msg = g_strdup_vprintf (fmt, ap);
  va_end (ap);
  return pml_err_set (T_TYPE_ERROR, "%s() %s", func->u.fn.qualname->u.s.s, msg);
}

/* "'a', 'b', and 'c'" */
static char *
name_list (PmlCode *code, PmlFrame *f, gsize from, gsize to, PmlObj *kwdefaults, gsize *count)
{
  GString *out = g_string_new (NULL);
  gsize n = 0, seen = 0;

  for (int pass = 0; pass < 2; pass++)
    for (gsize m = from; m < to; m++)
      {
        const char *name = code->varnames->pdata[m];

        if (f->fast[m] != NULL || (kwdefaults && pml_dict_get_str (kwdefaults, name)))
          continue;
        if (pass == 0)
          {
            n++;
            continue;
          }
        if (seen > 0)
          g_string_append (out, seen + 1 == n ? (n > 2 ? ", and " : " and ") : ", ");
        g_string_append_printf (out, "'%s'", name);
        seen++;
      }
  *count = n;
  return g_string_free (out, FALSE);
}

/* Binds the arguments into a new frame, as CPython's initialize_locals,
 * with its messages. With @steal the frame takes the caller's references
 * (the caller forgets them, even on failure). */
static PmlFrame *
bind_arguments (PmlObj *func, PmlObj **args, gsize nargs, PmlObj *kwnames, gboolean steal)
{
  PmlCode *code = func->u.fn.code;
  gsize nkw = kwnames ? kwnames->u.t.n : 0, npos = nargs - nkw;
  gsize argcount = code->argcount, total = argcount + code->kwonlyargcount;
  PmlFrame *f = frame_new (code, pml_incref (func), func->u.fn.globals);
  PmlObj *defaults = func->u.fn.defaults, *kwdict = NULL;
  gsize ndefaults = defaults ? defaults->u.t.n : 0;
  gboolean *moved = g_newa (gboolean, nargs + 1);
  gsize i;

  memset (moved, 0, (nargs + 1) * sizeof (gboolean));
#define TAKE(k) (moved[k] = TRUE, steal ? args[k] : pml_incref (args[k]))
  if (code->has_varkw)
    {
      kwdict = pml_dict_new ();
      if (kwdict == NULL)
        goto fail;
      f->fast[total + (code->has_varargs ? 1 : 0)] = kwdict;
    }
  for (i = 0; i < npos && i < argcount; i++)
    f->fast[i] = TAKE (i);
  if (code->has_varargs)
    {
      PmlObj *rest = npos > argcount ? pml_tuple_new (npos - argcount) : pml_incref (VM->empty_tuple);

      if (rest == NULL)
        goto fail;
      for (gsize k = argcount; k < npos; k++)
        rest->u.t.items[k - argcount] = TAKE (k);
      f->fast[total] = rest;
    }
  for (gsize k = 0; k < nkw; k++)
    {
      PmlObj *name = kwnames->u.t.items[k];
      gsize j;

      for (j = code->posonlyargcount; j < total; j++)
        if (strcmp (code->varnames->pdata[j], name->u.s.s) == 0)
          break;
      if (j == total)
        {
          GString *posonly;
          gsize nposonly = 0;

          if (kwdict != NULL)
            {
              if (!pml_dict_set (kwdict, name, args[npos + k]))
                goto fail;
              if (steal)
                pml_decref (args[npos + k]);
              moved[npos + k] = TRUE;
              continue;
            }
          posonly = g_string_new (NULL);
          for (gsize m = 0; m < code->posonlyargcount; m++)
            for (gsize q = 0; q < nkw; q++)
              if (strcmp (code->varnames->pdata[m], kwnames->u.t.items[q]->u.s.s) == 0)
                {
                  g_string_append_printf (posonly, "%s%s", nposonly ? ", " : "", (char *) code->varnames->pdata[m]);
                  nposonly++;
                  break;
                }
          if (nposonly > 0)
            arg_error (func, "got some positional-only arguments passed as keyword arguments: '%s'", posonly->str);
          else
            arg_error (func, "got an unexpected keyword argument '%s'", name->u.s.s);
          g_string_free (posonly, TRUE);
          goto fail;
        }
      if (f->fast[j] != NULL)
        {
          arg_error (func, "got multiple values for argument '%s'", name->u.s.s);
          goto fail;
        }
      f->fast[j] = TAKE (npos + k);
    }
  if (npos > argcount && !code->has_varargs)
    {
      gsize kwonly_given = 0;
      g_autofree char *sig = NULL, *kwonly_sig = NULL;

      for (gsize j = argcount; j < total; j++)
        kwonly_given += f->fast[j] != NULL;
      if (ndefaults > 0)
        sig = g_strdup_printf ("from %zu to %zu", argcount - ndefaults, argcount);
      else
        sig = g_strdup_printf ("%zu", argcount);
      kwonly_sig = kwonly_given == 0 ? g_strdup ("")
                   : g_strdup_printf (" positional argument%s (and %zu keyword-only argument%s)",
                                      npos != 1 ? "s" : "", kwonly_given, kwonly_given != 1 ? "s" : "");
      arg_error (func, "takes %s positional argument%s but %zu%s %s given", sig,
                 ndefaults > 0 || argcount != 1 ? "s" : "", npos, kwonly_sig,
                 npos == 1 && kwonly_given == 0 ? "was" : "were");
      goto fail;
    }
  for (gsize j = 0; j < argcount; j++)
    if (f->fast[j] == NULL)
      {
        if (j >= argcount - ndefaults)
          f->fast[j] = pml_incref (defaults->u.t.items[j - (argcount - ndefaults)]);
        else
          {
            gsize n_missing;
            g_autofree char *missing = name_list (code, f, j, argcount - ndefaults, NULL, &n_missing);

            arg_error (func, "missing %zu required positional argument%s: %s", n_missing,
                       n_missing == 1 ? "" : "s", missing);
            goto fail;
          }
      }
  for (gsize j = argcount; j < total; j++)
    if (f->fast[j] == NULL)
      {
        PmlObj *kwdefaults = func->u.fn.kwdefaults;
        PmlObj *v = kwdefaults ? pml_dict_get_str (kwdefaults, code->varnames->pdata[j]) : NULL;

        if (v != NULL)
          f->fast[j] = pml_incref (v);
        else
          {
            gsize n_missing;
            g_autofree char *missing = name_list (code, f, j, total, kwdefaults, &n_missing);

            arg_error (func, "missing %zu required keyword-only argument%s: %s", n_missing,
                       n_missing == 1 ? "" : "s", missing);
            goto fail;
          }
      }
#undef TAKE
  /* cells, then the closure's free variables */
  {
    gsize nvar = code->varnames->len;

    for (gsize c = 0; c < code->cellvars->len; c++)
      {
        int param = -1;
        PmlObj *cell;

        for (gsize j = 0; j < nvar; j++)
          if (strcmp (code->varnames->pdata[j], code->cellvars->pdata[c]) == 0)
            param = (int) j;
        cell = cell_new (param >= 0 && f->fast[param] ? pml_incref (f->fast[param]) : NULL);
        if (cell == NULL)
          {
            pml_frame_free (f);
            return NULL;
          }
        f->fast[nvar + c] = cell;
      }
    for (gsize c = 0; c < code->freevars->len; c++)
      f->fast[nvar + code->cellvars->len + c] = pml_incref (func->u.fn.closure->u.t.items[c]);
  }
  return f;

fail:
  if (steal)
    for (gsize k = 0; k < nargs; k++)
      if (!moved[k])
        pml_decref (args[k]);
  pml_frame_free (f);
  return NULL;
}

/* __defaults__, __kwdefaults__, __closure__, __globals__ and __annotations__ (made a dict on first
 * use, as func_get_annotations does) */
PmlObj *
pml_function_attr (PmlObj *func, const char *name)
{
  if (strcmp (name, "__defaults__") == 0)
    return pml_incref (func->u.fn.defaults ? func->u.fn.defaults : NONE);
  if (strcmp (name, "__kwdefaults__") == 0)
    return pml_incref (func->u.fn.kwdefaults ? func->u.fn.kwdefaults : NONE);
  if (strcmp (name, "__closure__") == 0)
    return pml_incref (func->u.fn.closure ? func->u.fn.closure : NONE);
  if (strcmp (name, "__globals__") == 0)
    return pml_incref (func->u.fn.globals);
  if (strcmp (name, "__annotations__") == 0)
    {
      PmlObj *ann = func->u.fn.annotations;

      if (ann == NULL || ann->kind == K_TUPLE)
        {
          PmlObj *d = pml_dict_new ();

          for (gsize i = 0; ann != NULL && i + 1 < ann->u.t.n; i += 2)
            pml_dict_set (d, ann->u.t.items[i], ann->u.t.items[i + 1]);
          PML_SETREF (func->u.fn.annotations, d);
        }
      return pml_incref (func->u.fn.annotations);
    }
  return NULL;
}

/* "f()" in the messages about a call's arguments */
static char *
callable_desc (PmlObj *func)
{
  if (func->kind == K_FUNCTION)
    {
      PmlObj *module = pml_dict_get_str (func->u.fn.globals, "__name__");

      if (module != NULL && module->kind == K_STR && strcmp (module->u.s.s, "builtins") != 0)
        return g_strdup_printf ("%s.%s()", module->u.s.s, func->u.fn.qualname->u.s.s);
      return g_strdup_printf ("%s()", func->u.fn.qualname->u.s.s);
    }
  if (func->kind == K_BUILTIN)
    return g_strdup_printf ("%s()", func->u.bf.name);
  if (func->kind == K_METHOD)
    return callable_desc (func->u.m.func);
  return g_strdup_printf ("%s object", pml_type_name (func));
}

/* DICT_UPDATE ({**a}) and DICT_MERGE (f(**a), where @func is called and a
 * repeated key is an error) */
static gboolean
dict_merge (PmlObj *d, PmlObj *other, PmlObj *func)
{
  gsize pos = 0;
  PmlObj *k, *v;

  if (other->kind != K_DICT)
    {
      if (func != NULL)
        {
          g_autofree char *desc = callable_desc (func);

          pml_err_set (T_TYPE_ERROR, "%s argument after ** must be a mapping, not %s", desc, pml_type_name (other));
        }
      else
        pml_err_set (T_TYPE_ERROR, "'%s' object is not a mapping", pml_type_name (other));
      return FALSE;
    }
  while (pml_dict_next (other, &pos, &k, &v))
    {
      if (func != NULL)
        {
          gboolean error = FALSE;

          if (k->kind != K_STR)
            {
              g_autofree char *desc = callable_desc (func);

              pml_err_set (T_TYPE_ERROR, "%s keywords must be strings", desc);
              return FALSE;
            }
          if (pml_dict_get (d, k, &error) != NULL)
            {
              g_autofree char *desc = callable_desc (func);

              pml_err_set (T_TYPE_ERROR, "%s got multiple values for keyword argument '%s'", desc, k->u.s.s);
              return FALSE;
            }
          if (error)
            return FALSE;
        }
      if (!pml_dict_set (d, k, v))
        return FALSE;
    }
  return TRUE;
}

/* CALL_FUNCTION_EX: f(*args, **kwargs). Takes @args: anything but a tuple
 * is replaced by one before the call. A dict of keywords is passed as names
 * and values, each held by the call as well (_PyStack_UnpackDict). */
static PmlObj *
call_ex (PmlObj *callable, PmlObj *args, PmlObj *kwargs)
{
  g_autoptr(PmlObjTemp) tuple = args;
  PmlObj **argv, *kwnames = NULL, *r;
  gsize npos, nkw = 0, pos = 0, n = 0;
  PmlObj *k, *v;

  if (args->kind == K_LIST)
    {
      PML_SETREF (tuple, pml_tuple_from_array (args->u.l.items, args->u.l.n));
      if (tuple == NULL)
        return NULL;
      args = tuple;
    }
  else if (args->kind != K_TUPLE)
    {
      PmlObj *list = pml_list_from_iterable (args);

      if (list == NULL)
        {
          if (VM->exc && VM->exc->type == TYPE (T_TYPE_ERROR))
            {
              g_autofree char *desc = callable_desc (callable);

              pml_err_clear ();
              pml_err_set (T_TYPE_ERROR, "%s argument after * must be an iterable, not %s", desc, pml_type_name (args));
            }
          return NULL;
        }
      PML_SETREF (tuple, pml_tuple_from_array (list->u.l.items, list->u.l.n));
      pml_decref (list);
      if (tuple == NULL)
        return NULL;
      args = tuple;
    }
  npos = args->u.t.n;
  if (kwargs == NULL || kwargs->u.d.used == 0)
    {
      PmlObj *saved = VM->star_args;

      if (callable->kind == K_FUNCTION)
        return pml_function_call (callable, args->u.t.items, npos, NULL, FALSE);
      /* a METH_VARARGS built-in takes this very tuple */
      VM->star_args = args;
      r = pml_call (callable, args->u.t.items, npos, NULL);
      VM->star_args = saved;
      return r;
    }
  nkw = kwargs->u.d.used;
  kwnames = pml_tuple_new (nkw);
  if (kwnames == NULL)
    return NULL;
  argv = g_new (PmlObj *, npos + nkw);
  for (gsize i = 0; i < npos; i++)
    argv[i] = pml_incref (args->u.t.items[i]);
  while (pml_dict_next (kwargs, &pos, &k, &v))
    {
      kwnames->u.t.items[n] = pml_incref (k);
      argv[npos + n] = pml_incref (v);
      n++;
    }
  if (callable->kind == K_FUNCTION)
    r = pml_function_call (callable, argv, npos + nkw, kwnames, FALSE);
  else
    r = pml_call (callable, argv, npos + nkw, kwnames);
  for (gsize i = 0; i < npos + nkw; i++)
    pml_decref (argv[i]);
  g_free (argv);
  pml_decref (kwnames);
  return r;
}

/* 3.11+ allocate a generator and its frame in one block: the object,
 * then locals and stack. 3.12's frames are one word shorter, and its
 * generators keep at least two stack slots; before 3.11 the frame was a
 * separate object and the generator a fixed size. */
static gsize
generator_size (PmlCode *code)
{
  gsize nlocalsplus = pml_code_nlocalsplus (code);
  int minor = PRESET_MINOR ();

  if (minor <= 10)
    return pml_fixed_size (VM->preset, PML_FIXED_GENERATOR);
  if (minor == 11)
    return pml_fixed_size (VM->preset, PML_FIXED_GENERATOR) - 64 + 8 * (nlocalsplus + code->max_depth + 7);
  return 160 + 8 * (nlocalsplus + MAX (code->max_depth, 2));
}

gsize
pml_gen_sizeof (PmlObj *gen)
{
  return generator_size (gen->u.gen.code);
}

static PmlObj *
gen_new (PmlFrame *f)
{
  PmlCode *code = f->code;
  PmlObj *g = pml_obj_new (TYPE (T_GENERATOR), K_GENERATOR, generator_size (code), TRUE);

  if (g == NULL)
    {
      pml_frame_free (f);
      return NULL;
    }
  g->u.gen.frame = f;
  f->gen = g;
  f->on_heap = TRUE;
  f->ip = 1;   /* past RETURN_GENERATOR */
  g->u.gen.name = pml_incref (code->name_obj);
  g->u.gen.code = code;
  pml_incref (code->owner);
  pml_gc_track (g);
  return g;
}

PmlObj *
pml_function_call (PmlObj *func, PmlObj **args, gsize nargs, PmlObj *kwnames, gboolean steal)
{
  PmlFrame *f = bind_arguments (func, args, nargs, kwnames, steal);

  if (f == NULL)
    return NULL;
  if (f->code->is_generator)
    return gen_new (f);
  return pml_eval_frame (f, NULL);
}

void
pml_gen_dealloc_frame (PmlObj *gen)
{
  PmlFrame *f = gen->u.gen.frame;

  if (f == NULL)
    return;
  gen->u.gen.frame = NULL;
  f->gen = NULL;
  pml_frame_free (f);
}

static gboolean
exc_is (PmlObj *exc, PmlTypeId type)
{
  return exc != NULL && pml_type_is_subtype (exc->type, TYPE (type));
}

/* Runs the generator's frame to its next yield (the yielded value) or its
 * end (the returned value, with *returned). @value, stolen, is the value
 * of the suspended yield (NULL: none); with @throwing, VM->exc is raised
 * there instead. */
static PmlObj *
gen_resume (PmlObj *gen, PmlObj *value, gboolean throwing, gboolean *returned)
{
  PmlFrame *f = gen->u.gen.frame;
  PmlObj *r;

  *returned = FALSE;
  gen->u.gen.running = TRUE;
  pml_incref (gen);
  f->throwing = throwing;
  pml_native_hold (gen, "the generator being resumed");
  r = pml_eval_frame (f, value);
  pml_native_release (1);
  gen->u.gen.running = FALSE;
  if ((gen->u.gen.frame == NULL || gen->u.gen.done) && r != NULL)
    *returned = TRUE;
  if (r == NULL && VM->exc != NULL && exc_is (VM->exc, T_STOP_ITERATION))
    {
      /* PEP 479: a StopIteration escaping the generator's own code */
      PmlObj *stop = pml_err_fetch ();

      pml_err_set (T_RUNTIME_ERROR, "generator raised StopIteration");
      if (VM->exc != NULL)
        {
          PML_SETREF (VM->exc->u.inst.exc_cause, pml_incref (stop));
          PML_SETREF (VM->exc->u.inst.exc_context, pml_incref (stop));
          VM->exc->u.inst.exc_suppress_context = TRUE;
        }
      pml_decref (stop);
    }
  pml_decref (gen);
  return r;
}

/* gen_send_ex2: a return is a value with *returned, not StopIteration */
static PmlObj *
gen_send_ex (PmlObj *gen, PmlObj *value, gboolean *returned)
{
  PmlFrame *f = gen->u.gen.frame;

  *returned = FALSE;
  if (gen->u.gen.running)
    return pml_err_set (T_VALUE_ERROR, "generator already executing");
  if (f == NULL)
    return pml_err_set (T_STOP_ITERATION, NULL);
  if (f->line < 0 && value != NULL && value != NONE)
    return pml_err_set (T_TYPE_ERROR, "can't send non-None value to a just-started generator");
  return gen_resume (gen, value ? pml_incref (value) : pml_incref (NONE), FALSE, returned);
}

/* a returned value becomes StopIteration(value) */
static PmlObj *
gen_stop (PmlObj *r, gboolean returned)
{
  PmlObj *exc;

  if (!returned || r == NULL)
    return r;
  if (r == NONE)
    pml_err_set (T_STOP_ITERATION, NULL);
  else
    {
      PmlObj *args = pml_tuple_pack (1, r);

      exc = args ? pml_err_new (TYPE (T_STOP_ITERATION), args) : NULL;
      pml_xdecref (args);
      if (exc)
        pml_err_set_obj (exc);
    }
  pml_decref (r);
  return NULL;
}

PmlObj *
pml_gen_send (PmlObj *gen, PmlObj *value)
{
  gboolean returned;
  PmlObj *r = gen_send_ex (gen, value, &returned);

  return gen_stop (r, returned);
}


/* generator.throw(exc): raised at the yield, or passed on to the
 * subgenerator of a yield from (which GeneratorExit closes first) */
PmlObj *
pml_gen_throw (PmlObj *gen, PmlObj *exc)
{
  PmlFrame *f = gen->u.gen.frame;
  gboolean returned;
  PmlObj *r;

  if (gen->u.gen.running)
    {
      pml_decref (exc);
      return pml_err_set (T_VALUE_ERROR, "generator already executing");
    }
  if (f == NULL)
    return pml_err_set_obj (exc);
  if (f->in_yield_from && f->sp > 0 && f->stack[f->sp - 1]->kind == K_GENERATOR)
    {
      PmlObj *yf = f->stack[f->sp - 1];

      if (exc_is (exc, T_GENERATOR_EXIT))
        {
          gen->u.gen.running = TRUE;
          r = pml_gen_close (yf);
          gen->u.gen.running = FALSE;
          if (r == NULL)
            {
              pml_decref (exc);
              exc = pml_err_fetch ();
            }
          else
            pml_decref (r);
        }
      else
        {
          gen->u.gen.running = TRUE;
          r = pml_gen_throw (yf, exc);
          gen->u.gen.running = FALSE;
          if (r != NULL)
            return r;
          exc = pml_err_fetch ();
          if (exc_is (exc, T_STOP_ITERATION))
            {
              PmlObj *args = exc->u.inst.exc_args;
              PmlCode *code = f->code;

              /* the subgenerator returned: go on after the yield from */
              r = args && args->u.t.n > 0 ? pml_incref (args->u.t.items[0]) : pml_incref (NONE);
              pml_decref (exc);
              pml_decref (f->stack[--f->sp]);
              f->stack[f->sp++] = r;
              f->ip = (gsize) code->args[code->args[f->ip]];
              f->in_yield_from = FALSE;
              r = gen_resume (gen, NULL, FALSE, &returned);
              return gen_stop (r, returned);
            }
        }
    }
  f->in_yield_from = FALSE;
  pml_err_set_obj (exc);
  r = gen_resume (gen, NULL, TRUE, &returned);
  return gen_stop (r, returned);
}

/* _PyGen_Finalize from gen_dealloc: a suspended generator is closed, so
 * its finally blocks run; FALSE when that resurrected it */
gboolean
pml_gen_finalize_from_dealloc (PmlObj *gen)
{
  PmlFrame *f = gen->u.gen.frame;
  PmlObj *r, *saved_exc;

  if (f == NULL || f->line < 0 || gen->u.gen.done || (gen->flags & OBJ_FINALIZED))
    return TRUE;
  gen->refcnt = 1;
  pml_gc_track (gen);
  gen->flags |= OBJ_FINALIZED;
  saved_exc = pml_err_fetch ();
  r = pml_gen_close (gen);
  if (r == NULL)
    pml_err_write_unraisable ("Exception ignored in", gen);
  else
    pml_decref (r);
  if (saved_exc != NULL)
    pml_err_set_obj (saved_exc);
  gen->refcnt--;
  if (gen->refcnt > 0)
    return FALSE;
  pml_gc_untrack (gen);
  return TRUE;
}

/* generator.close(): GeneratorExit at the yield; yielding again is an
 * error. A generator not started (or finished) just ends. */
PmlObj *
pml_gen_close (PmlObj *gen)
{
  PmlFrame *f = gen->u.gen.frame;
  PmlObj *exc, *r;

  if (f == NULL || f->line < 0)
    {
      pml_gen_dealloc_frame (gen);
      gen->u.gen.done = TRUE;
      return pml_incref (NONE);
    }
  exc = pml_err_new (TYPE (T_GENERATOR_EXIT), NULL);
  if (exc == NULL)
    return NULL;
  r = pml_gen_throw (gen, exc);
  if (r != NULL)
    {
      pml_decref (r);
      return pml_err_set (T_RUNTIME_ERROR, "generator ignored GeneratorExit");
    }
  if (exc_is (VM->exc, T_GENERATOR_EXIT) || exc_is (VM->exc, T_STOP_ITERATION))
    {
      pml_err_clear ();
      return pml_incref (NONE);
    }
  return NULL;
}

/* ---- helpers for the loop ---- */

/* UNPACK_EX as CPython's unpack_iterable: the starred list is what
 * PySequence_List makes of the rest of the iterator (allocated to its
 * length hint), the items after it then taken off its end without
 * shrinking it */
static gboolean
unpack_ex (PmlFrame *f, PmlObj *seq, gsize before, gsize after)
{
  PmlObj *it = pml_iter (seq), *rest = NULL;
  g_autoptr(GPtrArray) head = g_ptr_array_new ();
  gsize n;

  if (it == NULL)
    {
      if (VM->exc && VM->exc->type == TYPE (T_TYPE_ERROR))
        {
          pml_err_clear ();
          pml_err_set (T_TYPE_ERROR, "cannot unpack non-iterable %s object", pml_type_name (seq));
        }
      return FALSE;
    }
  while (head->len < before)
    {
      PmlObj *item = pml_iter_next_owned (it);

      if (item == NULL)
        {
          if (!pml_err_occurred ())
            pml_err_set (T_VALUE_ERROR, "not enough values to unpack (expected at least %zu, got %u)",
                         before + after, head->len);
          goto fail;
        }
      g_ptr_array_add (head, item);
    }
  rest = pml_list_new (0);
  if (rest == NULL || !pml_list_extend (rest, it))
    goto fail;
  n = rest->u.l.n;
  if (n < after)
    {
      pml_err_set (T_VALUE_ERROR, "not enough values to unpack (expected at least %zu, got %zu)",
                   before + after, before + n);
      goto fail;
    }
  pml_decref (it);
  for (gsize i = n; i > n - after; i--)
    PUSH (rest->u.l.items[i - 1]);   /* moved out of the list */
  rest->u.l.n = n - after;
  PUSH (rest);
  for (gsize i = before; i > 0; i--)
    PUSH (head->pdata[i - 1]);
  return TRUE;

fail:
  for (guint i = 0; i < head->len; i++)
    pml_decref (head->pdata[i]);
  pml_xdecref (rest);
  pml_decref (it);
  return FALSE;
}

static gboolean
unpack (PmlFrame *f, PmlObj *seq, gsize n, int star, gsize after)
{
  PmlObj *it, *item;
  GPtrArray *items;

  if (star < 0 && seq->kind == K_TUPLE && seq->u.t.n == n)
    {
      for (gsize i = n; i > 0; i--)
        PUSH (pml_incref (seq->u.t.items[i - 1]));
      return TRUE;
    }
  if (star < 0 && seq->kind == K_LIST && seq->u.l.n == n)
    {
      for (gsize i = n; i > 0; i--)
        PUSH (pml_incref (seq->u.l.items[i - 1]));
      return TRUE;
    }
  if (star >= 0)
    return unpack_ex (f, seq, (gsize) star, after);
  it = pml_iter (seq);
  if (it == NULL)
    {
      if (VM->exc && VM->exc->type == TYPE (T_TYPE_ERROR))
        {
          pml_err_clear ();
          pml_err_set (T_TYPE_ERROR, "cannot unpack non-iterable %s object", pml_type_name (seq));
        }
      return FALSE;
    }
  items = g_ptr_array_new ();
  while ((item = pml_iter_next_owned (it)) != NULL)
    g_ptr_array_add (items, item);
  pml_decref (it);
  if (pml_err_occurred ())
    goto fail;
  if (star < 0 && items->len != n)
    {
      if (items->len < n)
        pml_err_set (T_VALUE_ERROR, "not enough values to unpack (expected %zu, got %u)", n, items->len);
      else
        pml_err_set (T_VALUE_ERROR, "too many values to unpack (expected %zu)", n);
      goto fail;
    }
  for (gsize i = n; i > 0; i--)
    PUSH (items->pdata[i - 1]);
  g_ptr_array_unref (items);
  return TRUE;

fail:
  for (guint i = 0; i < items->len; i++)
    pml_decref (items->pdata[i]);
  g_ptr_array_unref (items);
  return FALSE;
}

/* format_exc_unbound: locals and the frame's own cells are unbound
 * locals, free variables a NameError; 3.11 reworded both */
static void
unbound_error (PmlCode *code, gint32 arg)
{
  gsize idx = (gsize) arg;
  gboolean old = PRESET_MINOR () < 11;

  if (idx < code->varnames->len + code->cellvars->len)
    {
      const char *name = idx < code->varnames->len ? code->varnames->pdata[idx]
                         : code->cellvars->pdata[idx - code->varnames->len];

      pml_err_set (T_UNBOUND_LOCAL_ERROR,
                   old ? "local variable '%s' referenced before assignment"
                   : "cannot access local variable '%s' where it is not associated with a value", name);
      return;
    }
  pml_err_set (T_NAME_ERROR,
               old ? "free variable '%s' referenced before assignment in enclosing scope"
               : "cannot access free variable '%s' where it is not associated with a value in enclosing scope",
               (const char *) code->freevars->pdata[idx - code->varnames->len - code->cellvars->len]);
}

/* _PyObject_FunctionStr: "print()", "__main__.f()", "__main__.C.m()" */
static char *
function_str (PmlObj *callable)
{
  PmlObj *fn = callable->kind == K_METHOD ? callable->u.m.func : callable;

  if (fn->kind == K_FUNCTION)
    {
      PmlObj *mod = fn->u.fn.globals ? pml_dict_get_str (fn->u.fn.globals, "__name__") : NULL;

      if (mod != NULL && mod->kind == K_STR && strcmp (mod->u.s.s, "builtins") != 0)
        return g_strdup_printf ("%s.%s()", mod->u.s.s, fn->u.fn.code->qualname);
      return g_strdup_printf ("%s()", fn->u.fn.code->qualname);
    }
  if (fn->kind == K_TYPE)
    return fn->u.ty.builtin ? g_strdup_printf ("%s()", fn->u.ty.name)
           : g_strdup_printf ("%s.%s()", pml_type_module_name (fn), pml_type_qualname (fn));
  if (fn->kind == K_BUILTIN)
    return g_strdup_printf ("%s()", fn->u.bf.name);
  return g_strdup_printf ("%s object", pml_type_name (fn));
}

static PmlObj *
name_error (PmlFrame *f, PmlObj *name)
{
  /* "Did you mean" arrived in 3.10 */
  char *suggestion = PRESET_MINOR () >= 10 ? pml_name_suggestion (f, name->u.s.s) : NULL;

  pml_err_set (T_NAME_ERROR, "name '%s' is not defined", name->u.s.s);
  if (VM->exc != NULL)
    pml_exc_field_store (VM->exc, "name", name);
  if (VM->exc && suggestion)
    VM->exc->u.inst.exc_suggestion = suggestion;
  else
    g_free (suggestion);
  return NULL;
}

static PmlObj *
dict_lookup (PmlObj *d, PmlObj *name)
{
  gboolean error;

  return pml_dict_get (d, name, &error);
}

static PmlObj *
load_global (PmlFrame *f, PmlObj *name)
{
  PmlObj *v = dict_lookup (f->globals, name);

  if (v == NULL)
    v = dict_lookup (VM->builtins, name);
  if (v == NULL)
    return name_error (f, name);
  return pml_incref (v);
}

static gboolean
new_line (PmlFrame *f, gint32 line)
{
  f->line = line;
  VM->steps++;
  /* a bundled module's lines run inside the script line that called it */
  if (!f->code->is_library)
    {
      VM->line = line;
      if (G_UNLIKELY (VM->opts.record_graph))
        pml_graph_snapshot (PML_INTERP_OF_VM (VM));
      /* the frames running: stepping over a call passes the deeper lines */
      pml_event (PML_OBJ_EVENT_LINE, VM->depth, line);
    }
  /* a window's Stop, and the memory budget: looked at every few thousand lines */
  if (G_UNLIKELY ((VM->steps & 4095) == 0))
    {
      if (VM->cancel != NULL && g_atomic_int_get (VM->cancel))
        {
          VM->stopped = TRUE;
          pml_err_set (T_KEYBOARD_INTERRUPT, "the scenario was stopped");
          return FALSE;
        }
      if (!pml_budget_check_line ())
        return FALSE;
    }
  if (VM->opts.max_steps > 0 && VM->steps > VM->opts.max_steps)
    {
      VM->stopped = TRUE;
      pml_err_set (T_KEYBOARD_INTERRUPT, "the scenario was stopped after %" G_GUINT64_FORMAT " steps (--max-steps)",
                   VM->opts.max_steps);
      return FALSE;
    }
  return TRUE;
}

/* ---- the loop ---- */

/* Makes @f the running frame; at the recursion limit, a RecursionError
 * and @f freed (unless a generator owns it) */
static gboolean
frame_enter (PmlFrame *f)
{
  if (VM->depth >= VM->recursion_limit || pml_cstack_exhausted ())
    {
      pml_err_set (T_RECURSION_ERROR, "maximum recursion depth exceeded");
      if (!f->on_heap)
        pml_frame_free (f);
      return FALSE;
    }
  VM->depth++;
  f->back = VM->frame;
  f->exc_depth = VM->exc_stack->len;
  VM->frame = f;
  if (G_UNLIKELY (VM->gc_scheduled) && f->line < 0)
    pml_gc_run_scheduled ();
  return TRUE;
}

static PmlObj *eval_frame (PmlFrame *f, PmlObj *send);

/* Runs @f from C, until it returns (or yields). Python functions it calls
 * run in this same loop, each in its frame, without a C call: as in
 * CPython 3.11, only the recursion limit bounds their depth. */
PmlObj *
pml_eval_frame (PmlFrame *f, PmlObj *send)
{
  /* code called from C (a __del__, a key function, an atexit function)
     answers for its own counts, not the runtime action that called it */
  guint64 saved = pml_reason_begin (PML_REASON_NONE, 0, 0);
  PmlObj *r = eval_frame (f, send);

  pml_reason_end (saved);
  return r;
}

static PmlObj *
eval_frame (PmlFrame *f, PmlObj *send)
{
  PmlCode *code = f->code;
  PmlObj *retval = NULL;
  gboolean yielded = FALSE;
  gboolean reraise = FALSE;

  if (!frame_enter (f))
    {
      pml_xdecref (send);
      return NULL;
    }
  if (send != NULL)
    {
      if (f->line >= 0)
        PUSH (send);   /* the value of the suspended yield expression */
      else
        pml_decref (send);
    }

  for (;;)
    {
      guint8 op;
      gint32 arg;
      PmlObj *a, *b, *c, *r;
      gboolean ok_store;

      if (G_UNLIKELY (f->throwing))
        {
          /* generator.throw(): the exception comes out of the yield */
          f->throwing = FALSE;
          goto error;
        }
      if (f->ip >= code->n_ops)
        {
          retval = pml_incref (NONE);
          goto exit_frame;
        }
      op = code->ops[f->ip];
      arg = code->args[f->ip];
      if (code->lines[f->ip] != f->line && op != OP_RETURN_GENERATOR)
        if (!new_line (f, code->lines[f->ip]))
          goto error;
      f->ip++;

      switch ((PmlOpcode) op)
        {
        case OP_NOP:
        case OP_RETURN_GENERATOR:
          break;

        case OP_POP_TOP:
          a = POP ();
          pml_xdecref (a);
          break;

        case OP_PUSH_NULL:
          PUSH (NULL);
          break;

        case OP_COPY:
          a = pml_xincref (PEEK (arg));
          PUSH (a);
          break;

        case OP_SWAP:
          a = PEEK (1);
          PEEK (1) = PEEK (arg);
          PEEK (arg) = a;
          break;

        case OP_LOAD_CONST:
          PUSH (pml_incref (code->consts->pdata[arg]));
          break;

        case OP_LOAD_FAST:
          a = f->fast[arg];
          if (a == NULL)
            {
              unbound_error (code, arg);
              goto error;
            }
          PUSH (pml_incref (a));
          break;

        case OP_STORE_FAST:
          a = f->fast[arg];
          f->fast[arg] = POP ();
          pml_xdecref (a);
          break;

        case OP_DELETE_FAST:
          a = f->fast[arg];
          if (a == NULL)
            {
              unbound_error (code, arg);
              goto error;
            }
          f->fast[arg] = NULL;
          pml_decref (a);
          break;

        case OP_LOAD_DEREF:
        case OP_LOAD_CLOSURE:
          c = f->fast[arg];
          if (op == OP_LOAD_CLOSURE)
            {
              PUSH (pml_incref (c));
              break;
            }
          if (c->u.cell.ref == NULL)
            {
              unbound_error (code, arg);
              goto error;
            }
          PUSH (pml_incref (c->u.cell.ref));
          break;

        case OP_STORE_DEREF:
          c = f->fast[arg];
          a = c->u.cell.ref;
          c->u.cell.ref = POP ();
          pml_xdecref (a);
          break;

        case OP_DELETE_DEREF:
          c = f->fast[arg];
          if (c->u.cell.ref == NULL)
            {
              unbound_error (code, arg);
              goto error;
            }
          PML_CLEAR (c->u.cell.ref);
          break;

        case OP_LOAD_NAME:
          {
            PmlObj *name = code->names->pdata[arg];

            /* a namespace from a metaclass's __prepare__ is asked through
               its __getitem__, as CPython asks any mapping but a dict */
            if (f->locals != NULL && f->locals->type != TYPE (T_DICT))
              {
                a = pml_getitem (f->locals, name);
                if (a != NULL)
                  {
                    PUSH (a);
                    break;
                  }
                if (!pml_err_matches (VM->exc, TYPE (T_KEY_ERROR)))
                  goto error;
                pml_err_clear ();
              }
            else
              a = f->locals ? dict_lookup (f->locals, name) : NULL;
            if (a == NULL && f->locals != f->globals)
              a = dict_lookup (f->globals, name);
            if (a == NULL)
              a = dict_lookup (VM->builtins, name);
            if (a == NULL)
              {
                name_error (f, name);
                goto error;
              }
            PUSH (pml_incref (a));
          }
          break;

        case OP_STORE_NAME:
        case OP_STORE_GLOBAL:
          {
            PmlObj *ns = op == OP_STORE_NAME && f->locals ? f->locals : f->globals;
            gboolean ok;

            a = POP ();
            /* a prepared namespace's __setitem__ sees each name the class
               body sets (enum's _EnumDict); the value is this
               instruction's while the old one goes */
            pml_native_hold (a, "the value being stored");
            ok = ns->type == TYPE (T_DICT) ? pml_dict_set (ns, code->names->pdata[arg], a)
                                           : pml_setitem (ns, code->names->pdata[arg], a);
            pml_native_release (1);
            pml_decref (a);
            if (!ok)
              goto error;
          }
          break;

        case OP_DELETE_NAME:
        case OP_DELETE_GLOBAL:
          {
            PmlObj *ns = op == OP_DELETE_NAME && f->locals ? f->locals : f->globals;
            int res;

            /* a prepared namespace's own __delitem__; its KeyError is a
               NameError, as a dict's missing name is */
            if (ns->type == TYPE (T_DICT))
              res = pml_dict_del (ns, code->names->pdata[arg]);
            else if (pml_setitem (ns, code->names->pdata[arg], NULL))
              res = 1;
            else if (pml_err_matches (VM->exc, TYPE (T_KEY_ERROR)))
              {
                pml_err_clear ();
                res = 0;
              }
            else
              res = -1;
            if (res < 0)
              goto error;
            if (res == 0)
              {
                name_error (f, code->names->pdata[arg]);
                goto error;
              }
          }
          break;

        case OP_LOAD_GLOBAL:
          a = load_global (f, code->names->pdata[arg]);
          if (a == NULL)
            goto error;
          PUSH (a);
          break;

        case OP_LOAD_ATTR:
          a = POP ();
          KEEP_POPPED (1);
          r = pml_getattr (a, code->names->pdata[arg]);
          KEEP_POPPED (0);
          if (r == NULL)
            pml_attr_error_context (a, code->names->pdata[arg]);
          if (r != NULL)
            pml_native_hold (r, "the attribute just read");
          pml_decref (a);
          if (r != NULL)
            pml_native_release (1);
          if (r == NULL)
            goto error;
          PUSH (r);
          break;

        case OP_LOAD_METHOD:
          {
            PmlObj *name = code->names->pdata[arg], *meth;

            a = TOP ();
            /* (a class of a metaclass finds its methods in its own MRO first) */
            if (!a->type->u.ty.builtin && a->kind != K_TYPE
                && pml_mro_lookup_override (a->type, "__getattribute__") == NULL
                && pml_mro_lookup_override (a->type, "__getattr__") == NULL)
              {
                gboolean found;
                PmlObj *own = pml_instance_getattr (a, name, &found);

                /* a function, or the method of a built-in base (Stack.append) */
                if (!found && !pml_err_occurred () && (meth = pml_type_lookup (a->type, name)) != NULL
                    && (meth->kind == K_FUNCTION || (meth->kind == K_BUILTIN && (meth->flags & OBJ_METHOD_DESCR))))
                  {
                    /* the unbound function and self: no bound method object */
                    TOP () = pml_incref (meth);
                    PUSH (a);
                    break;
                  }
                pml_xdecref (own);
                pml_err_clear ();
              }
            else if (a->kind != K_MODULE && a->kind != K_TYPE && a->kind != K_INSTANCE
                     && (meth = pml_builtin_method_descriptor (a, name->u.s.s)) != NULL)
              {
                TOP () = meth;
                PUSH (a);
                break;
              }
            r = pml_getattr (a, name);
            if (r == NULL)
              {
                pml_attr_error_context (a, name);
                goto error;
              }
            TOP () = NULL;
            PUSH (r);
            pml_decref (a);
          }
          break;

        case OP_STORE_ATTR:
          a = POP ();        /* the object */
          b = POP ();        /* the value */
          KEEP_POPPED (2);
          ok_store = pml_setattr (a, code->names->pdata[arg], b);
          KEEP_POPPED (0);
          if (!ok_store)
            {
              pml_decref (a);
              pml_decref (b);
              goto error;
            }
          {
            guint64 saved = pml_reason_begin (PML_REASON_STACK_POP, 0, 0);

            pml_decref (b);
            pml_decref (a);
            pml_reason_end (saved);
          }
          break;

        case OP_DELETE_ATTR:
          a = POP ();
          KEEP_POPPED (1);
          ok_store = pml_setattr (a, code->names->pdata[arg], NULL);
          KEEP_POPPED (0);
          if (!ok_store)
            {
              pml_decref (a);
              goto error;
            }
          pml_decref (a);
          break;

        case OP_KW_NAMES:
          f->kwnames = code->consts->pdata[arg];
          break;

        case OP_CALL:
        case OP_CALL_EX:
          {
            gsize n = op == OP_CALL ? (gsize) arg : 1;
            PmlObj **args, *callable, *first;
            gsize nargs;
            PmlObj *kwnames = f->kwnames;
            gsize base;

            f->kwnames = NULL;
            if (op == OP_CALL_EX)
              {
                PmlObj *kwargs = arg & 1 ? POP () : NULL;
                PmlObj *tuple = POP ();

                callable = POP ();
                first = POP ();   /* NULL */
                KEEP_POPPED (kwargs != NULL ? 4 : 3);
                r = call_ex (callable, tuple, kwargs);
                KEEP_POPPED (0);
                pml_xdecref (kwargs);
                pml_decref (callable);
                pml_xdecref (first);
                if (r == NULL)
                  goto error;
                PUSH (r);
                break;
              }
            first = PEEK (n + 2);
            if (first != NULL)
              {
                callable = first;
                base = f->sp - n - 1;
                nargs = n + 1;
              }
            else
              {
                callable = PEEK (n + 1);
                base = f->sp - n;
                nargs = n;
              }
            args = &f->stack[base];
            if (callable->kind == K_FUNCTION && PRESET_MINOR () >= 11)
              {
                /* 3.11+: the new frame takes the arguments, and runs
                   in this loop unless it is a generator's */
                PmlFrame *callee = bind_arguments (callable, args, nargs, kwnames, TRUE);

                for (gsize i = 0; i < nargs; i++)
                  args[i] = NULL;
                if (callee != NULL && !callee->code->is_generator)
                  {
                    if (frame_enter (callee))
                      {
                        f->call_slots = n + 2;
                        callee->inlined = TRUE;
                        f = callee;
                        code = f->code;
                        break;
                      }
                    r = NULL;
                  }
                else
                  r = callee != NULL ? gen_new (callee) : NULL;
              }
            else if (callable->kind == K_FUNCTION)
              /* before 3.11 the frame copies them; the caller's stack keeps its own */
              r = pml_function_call (callable, args, nargs, kwnames, FALSE);
            else
              r = pml_call (callable, args, nargs, kwnames);
            {
              guint32 callee = pml_reason_callable_text (callable);
              guint64 saved = pml_reason_begin (PML_REASON_CALL_CALLABLE, 0, callee);

              pml_decref (callable);
              for (gsize i = 0; i < nargs; i++)
                {
                  /* number 1: the object a method was called on */
                  pml_reason_begin (PML_REASON_CALL_ARGS, i == 0 && first != NULL, callee);
                  pml_xdecref (args[i]);
                }
              pml_reason_end (saved);
            }
            f->sp -= n + 2;
            if (r == NULL)
              goto error;
            PUSH (r);
          }
          break;

        case OP_BINARY_OP:
        case OP_INPLACE_OP:
          b = POP ();
          a = POP ();
          KEEP_POPPED (2);
          r = op == OP_INPLACE_OP ? pml_inplace_binop (arg, a, b) : pml_binop (arg, a, b);
          KEEP_POPPED (0);
          pml_decref (a);
          pml_decref (b);
          if (r == NULL)
            goto error;
          PUSH (r);
          break;

        case OP_UNARY:
          a = POP ();
          KEEP_POPPED (1);
          r = pml_unaryop (arg, a);
          KEEP_POPPED (0);
          pml_decref (a);
          if (r == NULL)
            goto error;
          PUSH (r);
          break;

        case OP_COMPARE_OP:
          b = POP ();
          a = POP ();
          KEEP_POPPED (2);
          r = pml_richcompare (a, b, arg);
          KEEP_POPPED (0);
          pml_decref (a);
          pml_decref (b);
          if (r == NULL)
            goto error;
          PUSH (r);
          break;

        case OP_IS_OP:
          b = POP ();
          a = POP ();
          r = pml_incref (BOOL ((a == b) != arg));
          pml_decref (a);
          pml_decref (b);
          PUSH (r);
          break;

        case OP_CONTAINS_OP:
          {
            int res;

            b = POP ();
            a = POP ();
            KEEP_POPPED (2);
            res = pml_contains (b, a);
            KEEP_POPPED (0);
            pml_decref (a);
            pml_decref (b);
            if (res < 0)
              goto error;
            PUSH (pml_incref (BOOL (res != arg)));
          }
          break;

        case OP_BINARY_SUBSCR:
          b = POP ();
          a = POP ();
          KEEP_POPPED (2);
          r = pml_getitem (a, b);
          KEEP_POPPED (0);
          pml_decref (a);
          pml_decref (b);
          if (r == NULL)
            goto error;
          PUSH (r);
          break;

        case OP_STORE_SUBSCR:
          b = POP ();   /* key */
          a = POP ();   /* container */
          c = POP ();   /* value */
          {
            gboolean ok;
            guint64 saved;

            KEEP_POPPED (3);
            ok = pml_setitem (a, b, c);
            KEEP_POPPED (0);
            saved = pml_reason_begin (PML_REASON_STACK_POP, 0, 0);

            pml_decref (c);
            pml_decref (a);
            pml_decref (b);
            pml_reason_end (saved);
            if (!ok)
              goto error;
          }
          break;

        case OP_DELETE_SUBSCR:
          b = POP ();
          a = POP ();
          {
            gboolean ok;

            KEEP_POPPED (2);
            ok = pml_setitem (a, b, NULL);
            KEEP_POPPED (0);

            pml_decref (a);
            pml_decref (b);
            if (!ok)
              goto error;
          }
          break;

        case OP_BUILD_SLICE:
          {
            PmlObj *step = arg == 3 ? POP () : pml_incref (NONE);

            b = POP ();
            a = POP ();
            r = pml_obj_new (TYPE (T_SLICE), K_SLICE, 16 + 40, FALSE);
            if (r == NULL)
              {
                pml_decref (a);
                pml_decref (b);
                pml_decref (step);
                goto error;
              }
            r->u.sl.start = a;
            r->u.sl.stop = b;
            r->u.sl.step = step;
            PUSH (r);
          }
          break;

        case OP_BUILD_TUPLE:
          r = pml_tuple_new ((gsize) arg);
          if (r == NULL)
            goto error;
          for (gint32 i = arg; i > 0; i--)
            r->u.t.items[i - 1] = POP ();
          PUSH (r);
          break;

        case OP_BUILD_LIST:
          r = pml_list_new ((gsize) arg);
          if (r == NULL)
            goto error;
          for (gint32 i = arg; i > 0; i--)
            r->u.l.items[i - 1] = POP ();
          PUSH (r);
          break;

        case OP_BUILD_SET:
          r = pml_set_new (K_SET);
          if (r == NULL)
            goto error;
          {
            gboolean ok = TRUE;

            for (gint32 i = arg; i > 0; i--)
              ok = ok && pml_set_add (r, PEEK (i));
            for (gint32 i = 0; i < arg; i++)
              pml_decref (POP ());
            if (!ok)
              {
                pml_decref (r);
                goto error;
              }
          }
          PUSH (r);
          break;

        case OP_BUILD_MAP:
          r = pml_dict_from_items (&f->stack[f->sp - 2 * (gsize) arg], 2,
                                   &f->stack[f->sp - 2 * (gsize) arg + 1], 2, (gsize) arg);
          for (gint32 i = 0; i < 2 * arg; i++)
            pml_decref (POP ());
          if (r == NULL)
            goto error;
          PUSH (r);
          break;

        case OP_BUILD_CONST_KEY_MAP:
          {
            PmlObj *keys = POP ();

            r = pml_dict_from_items (keys->u.t.items, 1, &f->stack[f->sp - (gsize) arg], 1, (gsize) arg);
            for (gint32 i = 0; i < arg; i++)
              pml_decref (POP ());
            pml_decref (keys);
            if (r == NULL)
              goto error;
            PUSH (r);
          }
          break;

        case OP_LIST_EXTEND:
          a = POP ();
          if (!pml_list_extend (PEEK (arg), a))
            {
              if (VM->exc && VM->exc->type == TYPE (T_TYPE_ERROR))
                {
                  PmlObj *list = PEEK (arg);

                  pml_err_clear ();
                  /* f(*x) alone goes straight to CALL_FUNCTION_EX, which names the callable */
                  if (arg == 1 && list->u.l.n == 0 && f->ip + 1 < code->n_ops && code->ops[f->ip] == OP_LIST_TO_TUPLE
                      && code->ops[f->ip + 1] == OP_CALL_EX)
                    {
                      g_autofree char *fname = function_str (PEEK (2));

                      pml_err_set (T_TYPE_ERROR, "%s argument after * must be an iterable, not %s", fname,
                                   pml_type_name (a));
                    }
                  else
                    pml_err_set (T_TYPE_ERROR, "Value after * must be an iterable, not %s", pml_type_name (a));
                }
              pml_decref (a);
              goto error;
            }
          pml_decref (a);
          break;

        case OP_SET_UPDATE:
          {
            gboolean ok;

            a = POP ();
            ok = pml_set_update (PEEK (arg), a);
            pml_decref (a);
            if (!ok)
              goto error;
          }
          break;

        case OP_LIST_APPEND:
          a = POP ();
          if (!pml_list_append (PEEK (arg), a))
            goto error;
          break;

        case OP_SET_ADD:
          a = POP ();
          {
            gboolean ok = pml_set_add (PEEK (arg), a);

            pml_decref (a);
            if (!ok)
              goto error;
          }
          break;

        case OP_MAP_ADD:
          b = POP ();
          a = POP ();
          {
            gboolean ok = pml_dict_set (PEEK (arg), a, b);

            pml_decref (a);
            pml_decref (b);
            if (!ok)
              goto error;
          }
          break;

        case OP_DICT_MERGE:
        case OP_DICT_UPDATE:
          a = POP ();
          if (!dict_merge (PEEK (arg), a, op == OP_DICT_MERGE ? PEEK (arg + 2) : NULL))
            {
              pml_decref (a);
              goto error;
            }
          pml_decref (a);
          break;

        case OP_LIST_TO_TUPLE:
          a = POP ();
          r = pml_tuple_from_array (a->u.l.items, a->u.l.n);
          pml_decref (a);
          if (r == NULL)
            goto error;
          PUSH (r);
          break;

        case OP_MATCH_SEQUENCE: case OP_MATCH_MAPPING: case OP_MATCH_CLASS:
        case OP_MATCH_KEYS: case OP_GET_LEN:
          if (!pml_match_exec (f, op, arg))
            goto error;
          break;

        case OP_UNPACK_SEQUENCE:
        case OP_UNPACK_EX:
          a = POP ();
          {
            gboolean ok;

            /* unpack pushes the items over it: a C reference meanwhile */
            pml_native_hold (a, "the sequence being unpacked");
            ok = op == OP_UNPACK_SEQUENCE ? unpack (f, a, (gsize) arg, -1, 0)
                                          : unpack (f, a, 0, arg & 0xff, (gsize) (arg >> 8));
            pml_native_release (1);

            pml_decref (a);
            if (!ok)
              goto error;
          }
          break;

        case OP_GET_ITER:
          a = POP ();
          KEEP_POPPED (1);
          r = pml_iter (a);
          KEEP_POPPED (0);
          pml_decref (a);
          if (r == NULL)
            goto error;
          PUSH (r);
          break;

        case OP_FOR_ITER:
          r = pml_iter_next (TOP ());
          if (r != NULL)
            {
              PUSH (r);
              break;
            }
          if (pml_err_occurred ())
            goto error;
          a = POP ();
          pml_decref (a);
          f->ip = (gsize) arg;
          break;

        case OP_JUMP:
          if ((gsize) arg < f->ip)
            {
              /* a backward jump starts its line again, and checks the eval breaker */
              f->ip = (gsize) arg;
              if (G_UNLIKELY (VM->gc_scheduled))
                pml_gc_run_scheduled ();
              if (code->lines[f->ip] == f->line && !new_line (f, f->line))
                goto error;
            }
          else
            f->ip = (gsize) arg;
          break;

        case OP_POP_JUMP_IF_FALSE:
        case OP_POP_JUMP_IF_TRUE:
          {
            int t;

            a = POP ();
            KEEP_POPPED (1);
            t = a == TRUE_ ? 1 : a == FALSE_ ? 0 : pml_truth (a);
            KEEP_POPPED (0);
            pml_decref (a);
            if (t < 0)
              goto error;
            if (t == (op == OP_POP_JUMP_IF_TRUE))
              f->ip = (gsize) arg;
          }
          break;

        case OP_JUMP_IF_FALSE_OR_POP:
        case OP_JUMP_IF_TRUE_OR_POP:
          {
            int t = pml_truth (TOP ());

            if (t < 0)
              goto error;
            if (t == (op == OP_JUMP_IF_TRUE_OR_POP))
              f->ip = (gsize) arg;
            else
              pml_decref (POP ());
          }
          break;

        case OP_RETURN_VALUE:
          retval = POP ();
          goto exit_frame;

        case OP_YIELD_VALUE:
          retval = POP ();
          yielded = TRUE;
          f->in_yield_from = arg == 1;
          goto exit_frame;

        case OP_SETUP_ANNOTATIONS:
          if (pml_dict_get_str (f->locals, "__annotations__") == NULL)
            {
              PmlObj *d = pml_dict_new ();

              if (d == NULL || !pml_dict_set_str (f->locals, "__annotations__", d))
                {
                  pml_xdecref (d);
                  goto error;
                }
              pml_decref (d);
            }
          break;

        case OP_GET_YIELD_FROM_ITER:
          if (TOP ()->kind != K_GENERATOR)
            {
              a = POP ();
              r = pml_iter (a);
              pml_decref (a);
              if (r == NULL)
                goto error;
              PUSH (r);
            }
          break;

        case OP_SEND:
          b = POP ();        /* the value sent */
          a = TOP ();        /* the subiterator */
          {
            gboolean returned = FALSE;

            if (a->kind == K_GENERATOR)
              r = gen_send_ex (a, b, &returned);
            else
              {
                r = pml_iter_next (a);
                if (r == NULL && !pml_err_occurred ())
                  {
                    returned = TRUE;
                    r = pml_incref (NONE);
                  }
              }
            pml_decref (b);
            if (r == NULL)
              goto error;
            if (returned)
              {
                /* the value of the yield from expression */
                pml_decref (POP ());
                PUSH (r);
                f->ip = (gsize) arg;
              }
            else
              PUSH (r);
          }
          break;

        case OP_MAKE_FUNCTION:
          {
            PmlObj *code_obj = POP ();
            PmlObj *closure = arg & MF_CLOSURE ? POP () : NULL;
            PmlObj *annotations = arg & MF_ANNOTATIONS ? POP () : NULL;
            PmlObj *kwdefaults = arg & MF_KWDEFAULTS ? POP () : NULL;
            PmlObj *defaults = arg & MF_DEFAULTS ? POP () : NULL;
            PmlCode *fc = code_obj->u.code.code;

            r = pml_obj_new (TYPE (T_FUNCTION), K_FUNCTION, pml_fixed_size (VM->preset, PML_FIXED_FUNCTION), TRUE);
            if (r == NULL)
              {
                pml_decref (code_obj);
                pml_xdecref (closure);
                pml_xdecref (annotations);
                pml_xdecref (kwdefaults);
                pml_xdecref (defaults);
                goto error;
              }
            r->u.fn.code = fc;
            r->u.fn.globals = pml_incref (f->globals);
            r->u.fn.name = pml_incref (fc->name_obj);
            r->u.fn.qualname = pml_incref (fc->qualname_obj);
            r->u.fn.defaults = defaults;
            r->u.fn.closure = closure;
            r->u.fn.kwdefaults = kwdefaults;
            r->u.fn.annotations = annotations;
            pml_gc_track (r);
            PUSH (r);
          }
          break;

        case OP_LOAD_BUILD_CLASS:
          PUSH (pml_incref (pml_dict_get_str (VM->builtins, "__build_class__")));
          break;

        case OP_FORMAT_VALUE:
          b = (arg & PML_FVS_HAVE_SPEC) ? POP () : NULL;
          a = POP ();
          KEEP_POPPED (b != NULL ? 2 : 1);
          r = pml_format_value (a, arg, b);
          KEEP_POPPED (0);
          pml_decref (a);
          pml_xdecref (b);
          if (r == NULL)
            goto error;
          PUSH (r);
          break;

        case OP_BUILD_STRING:
          {
            GString *s = g_string_new (NULL);
            gsize n;

            for (gint32 i = arg; i > 0; i--)
              g_string_append_len (s, PEEK (i)->u.s.s, (gssize) PEEK (i)->u.s.nbytes);
            /* the joined string is made before the pieces go */
            n = s->len;
            r = pml_str_new_take (g_string_free (s, FALSE), n);
            for (gint32 i = 0; i < arg; i++)
              pml_decref (POP ());
            if (r == NULL)
              goto error;
            PUSH (r);
          }
          break;

        case OP_RAISE_VARARGS:
          if (arg == 0)
            {
              if (VM->exc_stack->len == 0)
                {
                  pml_err_set (T_RUNTIME_ERROR, "No active exception to reraise");
                  goto error;
                }
              pml_err_set_obj (pml_incref (VM->exc_stack->pdata[VM->exc_stack->len - 1]));
              goto error;
            }
          b = arg == 2 ? POP () : NULL;   /* raise ... from b */
          a = POP ();
          if (a->kind == K_TYPE && a->u.ty.is_exception)
            {
              r = pml_call (a, NULL, 0, NULL);
              pml_decref (a);
              if (r == NULL)
                {
                  pml_xdecref (b);
                  goto error;
                }
              a = r;
            }
          if (a->kind != K_INSTANCE || !a->type->u.ty.is_exception)
            {
              pml_decref (a);
              pml_xdecref (b);
              pml_err_set (T_TYPE_ERROR, "exceptions must derive from BaseException");
              goto error;
            }
          if (b != NULL)
            {
              if (b->kind == K_TYPE && b->u.ty.is_exception)
                {
                  r = pml_call (b, NULL, 0, NULL);
                  pml_decref (b);
                  if (r == NULL)
                    {
                      pml_decref (a);
                      goto error;
                    }
                  b = r;
                }
              if (b == NONE)
                PML_CLEAR (b);
              else if (b->kind != K_INSTANCE || !b->type->u.ty.is_exception)
                {
                  pml_decref (a);
                  pml_decref (b);
                  pml_err_set (T_TYPE_ERROR, "exception causes must derive from BaseException");
                  goto error;
                }
              PML_SETREF (a->u.inst.exc_cause, b);
              a->u.inst.exc_suppress_context = TRUE;
            }
          /* raise e: chained again, where it is raised now */
          a->flags &= (guint16) ~OBJ_EXC_CHAINED;
          pml_err_set_obj (a);
          goto error;

        case OP_SETUP_FINALLY:
          if (f->nblocks >= G_N_ELEMENTS (f->blocks))
            {
              pml_err_set (T_RUNTIME_ERROR, "too many nested blocks");
              goto error;
            }
          f->blocks[f->nblocks].handler = (gsize) arg;
          f->blocks[f->nblocks].level = f->sp;
          f->blocks[f->nblocks].kind = (int) VM->exc_stack->len;
          f->nblocks++;
          break;

        case OP_POP_BLOCK:
          f->nblocks--;
          break;

        case OP_POP_EXCEPT:
          if (VM->exc_stack->len > f->exc_depth)
            pml_decref (g_ptr_array_steal_index (VM->exc_stack, VM->exc_stack->len - 1));
          break;

        case OP_RERAISE:
          a = POP ();
          if (VM->exc_stack->len > f->exc_depth)
            pml_decref (g_ptr_array_steal_index (VM->exc_stack, VM->exc_stack->len - 1));
          pml_err_set_obj (a);
          reraise = TRUE;
          goto error;

        case OP_CHECK_EXC_MATCH:
          b = POP ();
          {
            gboolean m = pml_err_matches (TOP (), b);

            pml_decref (b);
            PUSH (pml_incref (BOOL (m)));
          }
          break;

        case OP_IMPORT_NAME:
          r = pml_import (code->names->pdata[arg]);
          if (r == NULL)
            goto error;
          PUSH (r);
          break;

        case OP_IMPORT_FROM:
          {
            PmlObj *name = code->names->pdata[arg];

            a = pml_dict_get_str (TOP ()->u.mod.dict, name->u.s.s);
            if (a == NULL)
              {
                pml_err_set (T_IMPORT_ERROR, "cannot import name '%s' from '%s' (unknown location)",
                             name->u.s.s, TOP ()->u.mod.name);
                if (VM->exc != NULL)
                  {
                    PmlObj *module = pml_str_new (TOP ()->u.mod.name, -1), *args = VM->exc->u.inst.exc_args;

                    /* import_from's error names the module; its msg is the message */
                    pml_exc_field_store (VM->exc, "name", module);
                    pml_xdecref (module);
                    if (args != NULL && args->u.t.n == 1)
                      pml_exc_field_store (VM->exc, "msg", args->u.t.items[0]);
                  }
                goto error;
              }
            PUSH (pml_incref (a));
          }
          break;

        case OP_BEFORE_WITH:
          a = POP ();
          {
            PmlObj *enter_name = pml_str_intern_cstr ("__enter__"), *exit_name = pml_str_intern_cstr ("__exit__");
            PmlObj *enter = NULL, *exit = NULL;

            if (pml_type_lookup (a->type, enter_name) == NULL)
              pml_err_set (T_TYPE_ERROR, "'%s' object does not support the context manager protocol",
                           pml_type_name (a));
            else if ((enter = pml_getattr (a, enter_name)) == NULL)
              ;
            else if (pml_type_lookup (a->type, exit_name) == NULL)
              pml_err_set (T_TYPE_ERROR, "'%s' object does not support the context manager protocol "
                           "(missed __exit__ method)", pml_type_name (a));
            else
              exit = pml_getattr (a, exit_name);
            pml_decref (enter_name);
            pml_decref (exit_name);
            pml_decref (a);
            if (exit == NULL)
              {
                pml_xdecref (enter);
                goto error;
              }
            PUSH (exit);
            r = pml_call (enter, NULL, 0, NULL);
            pml_decref (enter);
            if (r == NULL)
              goto error;
            PUSH (r);
          }
          break;

        case OP_WITH_EXCEPT_START:
          {
            /* __exit__ below the exception; there are no traceback
               objects here: None stands for the traceback */
            PmlObj *exc = TOP (), *argv[3] = { exc->type, exc, NONE };

            r = pml_call (PEEK (2), argv, 3, NULL);
            if (r == NULL)
              goto error;
            PUSH (r);
          }
          break;

        case OP_LOAD_ASSERTION_ERROR:
          PUSH (pml_incref (TYPE (T_ASSERTION_ERROR)));
          break;

        default:
          pml_err_set (T_RUNTIME_ERROR, "bad opcode %d", op);
          goto error;
        }
      continue;

error:
      if (!reraise && VM->exc != NULL)
        {
          /* _PyErr_SetObject chains where the exception is raised, not
             in each frame it then leaves */
          if (!(VM->exc->flags & OBJ_EXC_CHAINED))
            {
              pml_err_chain (VM->exc);
              VM->exc->flags |= OBJ_EXC_CHAINED;
            }
          pml_err_add_frame (VM->exc, code, f->line, (gint32) f->ip - 1);
        }
      reraise = FALSE;
      if (!VM->stopped && f->nblocks > 0 && VM->exc != NULL)
        {
          PmlBlock *blk = &f->blocks[--f->nblocks];
          PmlObj *exc;

          while (f->sp > blk->level)
            pml_xdecref (POP ());
          while (VM->exc_stack->len > (gsize) blk->kind)
            pml_decref (g_ptr_array_steal_index (VM->exc_stack, VM->exc_stack->len - 1));
          exc = pml_err_fetch ();
          g_ptr_array_add (VM->exc_stack, pml_incref (exc));
          PUSH (exc);
          f->ip = blk->handler;
          continue;
        }
      retval = NULL;

exit_frame:
      {
        PmlFrame *caller = f->back;
        gboolean inlined = f->inlined;

        while (VM->exc_stack->len > f->exc_depth)
          pml_decref (g_ptr_array_steal_index (VM->exc_stack, VM->exc_stack->len - 1));
        VM->frame = caller;
        VM->depth--;
        if (caller && !caller->code->is_library)
          VM->line = caller->line;
        if (yielded)
          return retval;
        if (retval == NULL && VM->exc != NULL && !code->is_module)
          {
            /* the traceback keeps the frame's locals, as a frame object would */
            pml_err_attach_locals (VM->exc, f->fast, f->nfast);
          }
        if (f->gen != NULL)
          {
            PmlObj *gen = f->gen;

            gen->u.gen.done = TRUE;
            gen->u.gen.frame = NULL;
            f->gen = NULL;
          }
        pml_frame_free (f);
        if (!inlined)
          return retval;

        /* back in the caller: the call's slots go, as after a call from C */
        f = caller;
        code = f->code;
        {
          PmlObj *first = f->stack[f->sp - f->call_slots];
          guint64 saved = pml_reason_begin (PML_REASON_CALL_CALLABLE, 0,
                                            pml_reason_callable_text (first != NULL ? first
                                                                      : f->stack[f->sp - f->call_slots + 1]));

          while (f->call_slots > 0)
            {
              pml_xdecref (POP ());
              f->call_slots--;
            }
          pml_reason_end (saved);
        }
        if (retval == NULL)
          goto error;
        PUSH (retval);
      }
    }
}

/* Runs a module or class body with @locals as its namespace */
PmlObj *
pml_eval_code (PmlCode *code, PmlObj *globals, PmlObj *locals, PmlObj *func)
{
  PmlFrame *f = frame_new (code, func ? pml_incref (func) : NULL, globals);

  f->locals = pml_incref (locals);
  /* a class body's cells: __class__ for its methods' super() */
  for (gsize c = 0; c < code->cellvars->len; c++)
    if ((f->fast[code->varnames->len + c] = cell_new (NULL)) == NULL)
      {
        pml_frame_free (f);
        return NULL;
      }
  return pml_eval_frame (f, NULL);
}
