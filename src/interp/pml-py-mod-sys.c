/* pml-py-mod-sys.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-sys.h"
#include "pml-py-traceback.h"

/* What sys offers a lesson besides its memory functions: the version
 * (version_info, version, hexversion), the platform, argv, exit, the
 * standard streams, the number of allocated blocks, sys.modules and the
 * exception being handled. */

void pml_write_err (const char *s, gssize len);

/* sys.exit([status]): raises SystemExit; status None is no argument */
static PmlObj *
sys_exit (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *exc_args, *exc;

  (void) self;
  NO_KW ("exit");
  NARGS ("exit", 0, 1);
  if (nargs == 0 || args[0] == NONE)
    exc_args = pml_incref (VM->empty_tuple);
  else if (args[0]->kind == K_TUPLE && args[0]->type == TYPE (T_TUPLE))
    exc_args = pml_incref (args[0]);
  else
    exc_args = pml_tuple_pack (1, args[0]);
  if (exc_args == NULL)
    return NULL;
  exc = pml_err_new (TYPE (T_SYSTEM_EXIT), exc_args);
  pml_decref (exc_args);
  if (exc == NULL)
    return NULL;
  return pml_err_set_obj (exc);
}

/* _Py_GetAllocatedBlocks: pymalloc's blocks in use, and the larger
 * requests it passed to malloc */
static PmlObj *
sys_getallocatedblocks (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) self;
  (void) args;
  NO_KW ("getallocatedblocks");
  NARGS ("getallocatedblocks", 0, 0);
  return pml_int_new ((gint64) pml_heap_get_allocated_blocks (VM->heap));
}

/* (type, value, traceback) of the exception being handled */
static PmlObj *
sys_exc_info (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *exc;

  (void) self;
  (void) args;
  NO_KW ("exc_info");
  NARGS ("exc_info", 0, 0);
  if (VM->exc_stack->len == 0)
    return pml_tuple_pack (3, NONE, NONE, NONE);
  exc = VM->exc_stack->pdata[VM->exc_stack->len - 1];
  if (exc->kind == K_INSTANCE && exc->type->u.ty.is_exception)
    {
      PmlObj *tb = pml_exc_traceback (exc), *r;

      if (tb == NULL)
        return NULL;
      r = pml_tuple_pack (3, exc->type, exc, tb);
      pml_decref (tb);
      return r;
    }
  return pml_tuple_pack (3, exc->type, exc, NONE);
}

/* sys.exception() (3.11): the exception being handled, or None */
static PmlObj *
sys_exception (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) self;
  (void) args;
  NO_KW ("exception");
  NARGS ("exception", 0, 0);
  if (VM->exc_stack->len == 0)
    return pml_incref (NONE);
  return pml_incref (VM->exc_stack->pdata[VM->exc_stack->len - 1]);
}

/* sys.getdefaultencoding() and getfilesystemencoding(): UTF-8 on Linux */
static PmlObj *
sys_utf8_encoding (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) self;
  (void) args;
  NO_KW ("getdefaultencoding");
  NARGS ("getdefaultencoding", 0, 0);
  return pml_str_new ("utf-8", -1);
}

/* the default excepthook: the exception's traceback on stderr */
static PmlObj *
sys_excepthook (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  GString *text;

  (void) self;
  NO_KW ("excepthook");
  NARGS ("excepthook", 3, 3);
  if (args[1]->kind != K_INSTANCE || !args[1]->type->u.ty.is_exception)
    return pml_err_set (T_TYPE_ERROR, "print_exception(): Exception expected for value, %s found",
                        pml_type_name (args[1]));
  text = g_string_new (NULL);
  pml_err_print (args[1], text);
  pml_write_err (text->str, (gssize) text->len);
  g_string_free (text, TRUE);
  return pml_incref (NONE);
}

static void
add_function (PmlObj *m, const char *name, PmlBuiltinFunc fn)
{
  PmlObj *b = pml_builtin_new (name, fn, m);

  pml_dict_set_str (m->u.mod.dict, name, b);
  pml_decref (b);
}

static void
add_value (PmlObj *m, const char *name, PmlObj *v)
{
  pml_dict_set_str (m->u.mod.dict, name, v);
  pml_decref (v);
}

/* sys.implementation: a namespace in CPython; its name is what lessons read */
static PmlObj *
implementation_new (PmlObj *version_info)
{
  PmlObj *ns = pml_module_new ("implementation");
  g_autofree char *tag = g_strdup_printf ("cpython-3%d", PRESET_MINOR ());

  add_value (ns, "name", pml_str_new ("cpython", -1));
  add_value (ns, "cache_tag", pml_str_new (tag, -1));
  pml_dict_set_str (ns->u.mod.dict, "version", version_info);
  return ns;
}

void
pml_sys_add_extras (PmlObj *sys)
{
  g_autofree char *version = NULL, *number = NULL;
  PmlObj *version_info, *out, *err;
  gint64 micro;

  pml_version_info_init_slots ();
  version_info = pml_version_info_new ();
  pml_int_as_i64 (version_info->u.t.items[2], &micro);
  number = pml_version_info_text ();
  version = g_strdup_printf ("%s (simulated by PyMem Lab)", number);
  add_value (sys, "version", pml_str_new (version, -1));
  add_value (sys, "hexversion", pml_int_new ((3 << 24) | (PRESET_MINOR () << 16) | (micro << 8) | 0xf0));
  add_value (sys, "implementation", implementation_new (version_info));
  add_value (sys, "version_info", version_info);
  add_value (sys, "byteorder", pml_str_new ("little", -1));
  add_value (sys, "platform", pml_str_new ("linux", -1));
  add_value (sys, "maxunicode", pml_int_new (0x10ffff));
  add_value (sys, "float_info", pml_float_info_new ());
  add_value (sys, "int_info", pml_int_info_new ());
  add_value (sys, "hash_info", pml_hash_info_new ());
  add_value (sys, "float_repr_style", pml_str_new ("short", -1));
  add_value (sys, "api_version", pml_int_new (1013));
  pml_dict_set_str (sys->u.mod.dict, "modules", VM->modules);
  out = pml_textio_new ();
  err = pml_textio_new ();
  pml_dict_set_str (sys->u.mod.dict, "stdout", out);
  pml_dict_set_str (sys->u.mod.dict, "__stdout__", out);
  pml_dict_set_str (sys->u.mod.dict, "stderr", err);
  pml_dict_set_str (sys->u.mod.dict, "__stderr__", err);
  pml_decref (out);
  pml_decref (err);
  add_value (sys, "argv", pml_list_new (0));
  add_function (sys, "exit", sys_exit);
  add_function (sys, "getallocatedblocks", sys_getallocatedblocks);
  add_function (sys, "exc_info", sys_exc_info);
  if (PRESET_MINOR () >= 11)
    add_function (sys, "exception", sys_exception);
  add_function (sys, "getdefaultencoding", sys_utf8_encoding);
  add_function (sys, "getfilesystemencoding", sys_utf8_encoding);
  add_function (sys, "excepthook", sys_excepthook);
  pml_dict_set_str (sys->u.mod.dict, "__excepthook__", pml_dict_get_str (sys->u.mod.dict, "excepthook"));
}

/* sys.argv: the script's path as it was given */
void
pml_sys_set_argv (const char *filename)
{
  PmlObj *sys = pml_dict_get_str (VM->modules, "sys"), *argv, *name;

  if (sys == NULL || (argv = pml_dict_get_str (sys->u.mod.dict, "argv")) == NULL || argv->kind != K_LIST)
    return;
  name = pml_str_new (filename, -1);
  pml_list_clear (argv);
  pml_list_append (argv, name);
}
