/* pml-py-mod-atexit.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-module-table.h"
#include "pml-py-type.h"

/* atexit (Modules/atexitmodule.c): functions called, last registered
 * first, when the interpreter shuts down, before its first collection.
 * CPython keeps each registration in a 24-byte PyMem block (function,
 * arguments, keywords), in an array the interpreter made at start-up;
 * the simulated heap gets the same blocks. */

typedef struct
{
  PmlObj *func, *args, *kwargs;
  guint64 block;
} ExitCallback;

static void
callback_free (ExitCallback *cb)
{
  pml_decref (cb->func);
  pml_decref (cb->args);
  pml_xdecref (cb->kwargs);
  pml_mem_free (cb->block);
  g_free (cb);
}

/* the structs left at teardown go with the array (their objects are
 * torn down with every other object) */
static GPtrArray *
callbacks (void)
{
  if (VM->atexit_callbacks == NULL)
    VM->atexit_callbacks = g_ptr_array_new_with_free_func (g_free);
  return VM->atexit_callbacks;
}

static PmlObj *
atexit_register (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gsize npos = pml_positional (nargs, kwnames), nkw = nargs - npos;
  ExitCallback *cb;
  guint64 block;

  (void) self;
  if (npos == 0)
    return pml_err_set (T_TYPE_ERROR, "register() takes at least 1 argument (0 given)");
  if (!pml_is_callable (args[0]))
    return pml_err_set (T_TYPE_ERROR, "the first argument must be callable");
  block = pml_mem_alloc (3 * sizeof (gpointer));
  if (block == 0)
    return NULL;
  cb = g_new0 (ExitCallback, 1);
  cb->block = block;
  cb->func = pml_incref (args[0]);
  cb->args = pml_tuple_from_array (args + 1, npos - 1);
  if (nkw > 0)
    {
      cb->kwargs = pml_dict_new ();
      for (gsize i = 0; i < nkw; i++)
        pml_dict_set (cb->kwargs, kwnames->u.t.items[i], args[npos + i]);
    }
  g_ptr_array_add (callbacks (), cb);
  return pml_incref (args[0]);
}

/* every registration of the function goes */
static PmlObj *
atexit_unregister (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  GPtrArray *list = callbacks ();

  (void) self;
  NO_KW ("unregister");
  NARGS ("unregister", 1, 1);
  for (guint i = 0; i < list->len; i++)
    {
      ExitCallback *cb = list->pdata[i];
      int eq;

      if (cb == NULL)
        continue;
      eq = pml_eq (cb->func, args[0]);
      if (eq < 0)
        return NULL;
      if (eq)
        {
          list->pdata[i] = NULL;
          callback_free (cb);
        }
    }
  return pml_incref (NONE);
}

static void
clear_callbacks (void)
{
  GPtrArray *list = callbacks ();

  for (guint i = 0; i < list->len; i++)
    if (list->pdata[i] != NULL)
      {
        ExitCallback *cb = list->pdata[i];

        list->pdata[i] = NULL;
        callback_free (cb);
      }
  g_ptr_array_set_size (list, 0);
}

static _Thread_local gboolean running;

gboolean
pml_atexit_running (void)
{
  return running;
}

/* atexit_callfuncs: last first; an exception is reported and the rest run */
void
pml_atexit_run (void)
{
  GPtrArray *list = VM->atexit_callbacks;

  if (list == NULL)
    return;
  running = TRUE;
  for (guint i = list->len; i > 0; i--)
    {
      ExitCallback *cb = i <= list->len ? list->pdata[i - 1] : NULL;
      PmlObj *func, *r;
      gsize n, nkw = 0;
      PmlObj **argv, *kwnames = NULL;

      if (cb == NULL)
        continue;
      /* the call may unregister it */
      func = pml_incref (cb->func);
      n = cb->args->u.t.n;
      if (cb->kwargs != NULL)
        nkw = (gsize) pml_len (cb->kwargs);
      argv = g_new0 (PmlObj *, n + nkw + 1);
      for (gsize k = 0; k < n; k++)
        argv[k] = cb->args->u.t.items[k];
      if (nkw > 0)
        {
          gsize pos = 0, k = 0;
          PmlObj *key, *value;

          kwnames = pml_tuple_new (nkw);
          while (pml_dict_next (cb->kwargs, &pos, &key, &value))
            {
              kwnames->u.t.items[k] = pml_incref (key);
              argv[n + k++] = value;
            }
        }
      r = pml_call (func, argv, n + nkw, kwnames);
      if (r == NULL)
        pml_err_write_unraisable ("Exception ignored in atexit callback", func);
      else
        pml_decref (r);
      pml_xdecref (kwnames);
      g_free (argv);
      pml_decref (func);
    }
  clear_callbacks ();
  running = FALSE;
}

static PmlObj *
atexit_run_exitfuncs (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) self;
  (void) args;
  NO_KW ("_run_exitfuncs");
  NARGS ("_run_exitfuncs", 0, 0);
  pml_atexit_run ();
  return pml_incref (NONE);
}

static PmlObj *
atexit_clear (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) self;
  (void) args;
  NO_KW ("_clear");
  NARGS ("_clear", 0, 0);
  clear_callbacks ();
  return pml_incref (NONE);
}

static PmlObj *
atexit_ncallbacks (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  GPtrArray *list = callbacks ();
  gint64 n = 0;

  (void) self;
  (void) args;
  NO_KW ("_ncallbacks");
  NARGS ("_ncallbacks", 0, 0);
  for (guint i = 0; i < list->len; i++)
    n += list->pdata[i] != NULL;
  return pml_int_new (n);
}

static void
add_function (PmlObj *m, const char *name, PmlBuiltinFunc fn)
{
  PmlObj *b = pml_builtin_new (name, fn, m);

  pml_dict_set_str (m->u.mod.dict, name, b);
  pml_decref (b);
}

PmlObj *
pml_module_make_atexit (void)
{
  PmlObj *m = pml_module_new_imported ("atexit");

  if (m == NULL)
    return NULL;
  add_function (m, "register", atexit_register);
  add_function (m, "unregister", atexit_unregister);
  add_function (m, "_run_exitfuncs", atexit_run_exitfuncs);
  add_function (m, "_clear", atexit_clear);
  add_function (m, "_ncallbacks", atexit_ncallbacks);
  return m;
}
