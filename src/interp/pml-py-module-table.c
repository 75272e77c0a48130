/* pml-py-module-table.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <gio/gio.h>

#include "pml-py-lib-resources.h"
#include "pml-py-module-table.h"
#include "pml-py-type.h"

/* Every module a scenario can import. A new module is one line here plus
 * its file: pml-py-mod-NAME.c for a C module, lib/NAME.py for one written
 * in Python (listed in lib/pml-py-lib.gresource.xml). */
static const PmlModuleDef modules[] = {
  { "gc", pml_module_make_gc, TRUE, FALSE },
  { "sys", pml_module_make_sys, TRUE, FALSE },
  { "pymalloc", pml_module_make_pymalloc, TRUE, FALSE },
  { "string", NULL, FALSE, FALSE },
  { "_collections", pml_module_make__collections, FALSE, TRUE },
  { "collections", NULL, FALSE, FALSE },
  { "collections.abc", NULL, FALSE, FALSE },
  { "copy", NULL, FALSE, FALSE },
  { "abc", NULL, FALSE, FALSE },
  { "contextlib", NULL, FALSE, FALSE },
  { "dataclasses", NULL, FALSE, FALSE },
  { "enum", NULL, FALSE, FALSE },
  { "types", NULL, FALSE, FALSE },
  { "_pmlsupport", pml_module_make_pmlsupport, FALSE, TRUE },
  { "math", pml_module_make_math, FALSE, FALSE },
  { "_random", pml_module_make__random, FALSE, TRUE },
  { "random", NULL, FALSE, FALSE },
  { "typing", NULL, FALSE, FALSE },
  { "itertools", pml_module_make_itertools, FALSE, FALSE },
  { "operator", pml_module_make_operator, FALSE, FALSE },
  { "functools", NULL, FALSE, FALSE },
  { "_functools", pml_module_make__functools, FALSE, TRUE },
  /* the memory lessons' modules */
  { "_weakref", pml_module_make_weakref_core, TRUE, TRUE },
  { "weakref", NULL, FALSE, FALSE },
  { "_weakrefset", NULL, FALSE, TRUE },
  { "atexit", pml_module_make_atexit, FALSE, FALSE },
  { "_tracemalloc", pml_module_make_tracemalloc_core, FALSE, TRUE },
  { "tracemalloc", NULL, FALSE, FALSE },
  /* what a course's exercises import */
  { "_heapq", pml_module_make__heapq, FALSE, TRUE },
  { "heapq", NULL, FALSE, FALSE },
  { "_bisect", pml_module_make__bisect, FALSE, TRUE },
  { "bisect", NULL, FALSE, FALSE },
  { "json", NULL, FALSE, FALSE },
  { "json.decoder", NULL, FALSE, FALSE },
  { "json.encoder", NULL, FALSE, FALSE },
  { "textwrap", NULL, FALSE, FALSE },
  { "statistics", NULL, FALSE, FALSE },
  { "pprint", NULL, FALSE, FALSE },
  { "numbers", NULL, FALSE, FALSE },
  { "fractions", NULL, FALSE, FALSE },
  { "_sre", pml_module_make__sre, FALSE, TRUE },
  { "re", NULL, FALSE, FALSE },
  /* a memory lesson's and a first course's */
  { "array", pml_module_make_array, FALSE, FALSE },
  { "keyword", NULL, FALSE, FALSE },
  { "io", pml_module_make_io, FALSE, FALSE },
  { "time", pml_module_make_time, FALSE, FALSE },
  { "datetime", pml_module_make_datetime, FALSE, FALSE },
};

const PmlModuleDef *
pml_module_find (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (modules); i++)
    if (strcmp (modules[i].name, name) == 0)
      return &modules[i];
  return NULL;
}

/* "gc, sys, weakref and pymalloc": for the message refusing an import */
char *
pml_module_list_text (void)
{
  GString *s = g_string_new (NULL);
  guint n = 0, seen = 0;

  for (guint i = 0; i < G_N_ELEMENTS (modules); i++)
    n += !modules[i].internal;
  for (guint i = 0; i < G_N_ELEMENTS (modules); i++)
    {
      if (modules[i].internal)
        continue;
      if (seen > 0)
        g_string_append (s, seen == n - 1 ? " and " : ", ");
      g_string_append (s, modules[i].name);
      seen++;
    }
  return g_string_free (s, FALSE);
}

static void
release_arena (GPtrArray *arena)
{
  for (guint i = 0; i < arena->len; i++)
    pml_decref (arena->pdata[i]);
  g_ptr_array_unref (arena);
}

/* Runs lib/NAME.py as CPython runs a frozen module: compiled at the
 * import, its body executed in the new module's dict, the code released. */
static PmlObj *
load_python (const PmlModuleDef *def)
{
  g_autofree char *path = g_strdup_printf ("/io/github/pymemlab/lib/%s.py", def->name);
  g_autofree char *filename = g_strdup_printf ("<frozen %s>", def->name);
  g_autoptr(GBytes) source = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *arena = NULL;
  PmlObj *code, *module, *r;
  gsize len;
  const char *text;

  /* before compiling it, whose objects CPython's frozen modules do not make */
  VM->gc_count_at_import = VM->gen[0].count;
  source = g_resource_lookup_data (pml_lib_get_resource (), path, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (source == NULL)
    return pml_err_set (T_IMPORT_ERROR, "%s", error->message);
  text = g_bytes_get_data (source, &len);
  code = pml_compile_module (g_intern_string (filename), text, len, &arena, &error);
  if (code == NULL)
    return pml_err_set (T_IMPORT_ERROR, "the bundled module '%s' does not compile: %s", def->name, error->message);

  module = pml_module_new_imported (def->name);
  if (module == NULL)
    {
      pml_decref (code);
      release_arena (arena);
      return NULL;
    }
  module->u.mod.frozen = TRUE;
  /* the file name its frames show (tracemalloc.Filter(False, m.__file__)) */
  {
    PmlObj *file = pml_str_new (filename, -1);

    pml_dict_set_str (module->u.mod.dict, "__file__", file);
    pml_decref (file);
  }
  pml_dict_set_str (VM->modules, def->name, module);
  r = pml_eval_code (code->u.code.code, module->u.mod.dict, module->u.mod.dict, NULL);
  pml_decref (code);
  release_arena (arena);
  if (r == NULL)
    {
      PmlObj *key = pml_str_intern_cstr (def->name);

      pml_dict_del (VM->modules, key);
      pml_decref (key);
      pml_decref (module);
      return NULL;
    }
  pml_decref (r);
  return module;
}

/* A new reference to the module, made now and kept in sys.modules */
PmlObj *
pml_module_load (const PmlModuleDef *def)
{
  PmlObj *m;

  if (def->init == NULL)
    return load_python (def);
  m = def->init ();
  if (m != NULL)
    pml_dict_set_str (VM->modules, def->name, m);
  return m;
}

/* sys.modules, with the modules CPython has made before a script runs */
void
pml_modules_init (void)
{
  VM->modules = pml_dict_new ();
  for (guint i = 0; i < G_N_ELEMENTS (modules); i++)
    if (modules[i].at_start)
      pml_decref (pml_module_load (&modules[i]));
}

PmlObj *
pml_import (PmlObj *name)
{
  PmlObj *m = pml_dict_get_str (VM->modules, name->u.s.s);
  const PmlModuleDef *def;

  if (m != NULL)
    return pml_incref (m);
  def = pml_module_find (name->u.s.s);
  if (def == NULL && strchr (name->u.s.s, '.') != NULL)
    {
      /* import a.b with no module a: the error names a */
      g_autofree char *parent_name = g_strndup (name->u.s.s, strrchr (name->u.s.s, '.') - name->u.s.s);
      PmlObj *pname = pml_str_intern_cstr (parent_name), *parent;

      parent = pname != NULL ? pml_import (pname) : NULL;
      pml_xdecref (pname);
      if (parent == NULL)
        return NULL;
      pml_decref (parent);
    }
  if (def == NULL)
    return pml_err_set (T_MODULE_NOT_FOUND_ERROR, "No module named '%s'", name->u.s.s);
  /* a submodule (collections.abc): its package first, and then an
     attribute of it */
  if (strchr (name->u.s.s, '.') != NULL)
    {
      g_autofree char *parent_name = g_strndup (name->u.s.s, strrchr (name->u.s.s, '.') - name->u.s.s);
      PmlObj *pname = pml_str_intern_cstr (parent_name), *parent;

      parent = pname != NULL ? pml_import (pname) : NULL;
      pml_xdecref (pname);
      if (parent == NULL)
        return NULL;
      /* the package may have imported it already */
      m = pml_dict_get_str (VM->modules, name->u.s.s);
      m = m != NULL ? pml_incref (m) : pml_module_load (def);
      if (m != NULL && !pml_dict_set_str (parent->u.mod.dict, strrchr (name->u.s.s, '.') + 1, m))
        PML_CLEAR (m);
      pml_decref (parent);
      return m;
    }
  return pml_module_load (def);
}
