/* pml-py-mod-_collections.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-module-table.h"
#include "pml-py-subtype.h"

/* _collections, what lib/collections.py takes from C as CPython's does:
 * the types deque, defaultdict and OrderedDict, _count_elements (the
 * counting loop of Counter), and what its namedtuple needs in place of
 * eval and the _tuplegetter type: _eval, which evaluates an expression in
 * a namespace (the field list of __new__), and the getter and refusals
 * its fields' properties are made of. */

void
pml_collections_slots_init (void)
{
  pml_defaultdict_slots_init ();
  pml_odict_slots_init ();
}

/* _count_elements(mapping, iterable): mapping[elem] += 1 for each elem,
 * straight in the dict's table when the mapping's get and __setitem__
 * are dict's own, else through them */
static PmlObj *
m_count_elements (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *mapping, *it, *bound_get = NULL, *key, *one;
  gboolean fast;

  (void) self;
  NO_KW ("_count_elements");
  if (nargs != 2)
    return pml_err_set (T_TYPE_ERROR, "_count_elements expected 2 arguments, got %zu", nargs);
  mapping = args[0];
  it = pml_iter (args[1]);
  if (it == NULL)
    return NULL;
  fast = mapping->kind == K_DICT
         && pml_mro_lookup (mapping->type, "get") == pml_builtin_type_attr (TYPE (T_DICT), "get")
         && pml_mro_lookup (mapping->type, "__setitem__") == pml_builtin_type_attr (TYPE (T_DICT), "__setitem__");
  if (!fast && (bound_get = pml_getattr_cstr (mapping, "get")) == NULL)
    {
      pml_decref (it);
      return NULL;
    }
  one = pml_int_new (1);
  while ((key = pml_iter_next_owned (it)) != NULL)
    {
      PmlObj *old, *new;
      gboolean ok, error = FALSE;

      if (fast)
        {
          old = pml_dict_get (mapping, key, &error);
          new = error ? NULL : old == NULL ? pml_incref (one) : pml_binop (OP_ADD, old, one);
          ok = new != NULL && pml_dict_set (mapping, key, new);
        }
      else
        {
          PmlObj *argv[2] = { key, pml_int_new (0) };

          old = pml_call_from_c (bound_get, argv, 2);
          pml_decref (argv[1]);
          new = old ? pml_binop (OP_ADD, old, one) : NULL;
          pml_xdecref (old);
          ok = new != NULL && pml_setitem (mapping, key, new);
        }
      pml_xdecref (new);
      pml_decref (key);
      if (!ok)
        break;
    }
  pml_decref (one);
  pml_xdecref (bound_get);
  pml_decref (it);
  return pml_err_occurred () ? NULL : pml_incref (NONE);
}

/* _is_mapping(obj): what isinstance(obj, collections.abc.Mapping) says
 * of a script's objects: a dict, or an object whose class has keys(),
 * items() and __getitem__ (ChainMap); looked up without raising */
static PmlObj *
m_is_mapping (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *type;

  (void) self;
  NO_KW ("_is_mapping");
  if (nargs != 1)
    return pml_err_set (T_TYPE_ERROR, "_is_mapping expected 1 argument, got %zu", nargs);
  type = args[0]->type;
  return pml_incref (BOOL (args[0]->kind == K_DICT
                           || (!type->u.ty.builtin && pml_mro_lookup (type, "keys") != NULL
                               && pml_mro_lookup (type, "items") != NULL
                               && pml_mro_lookup (type, "__getitem__") != NULL)));
}

static void
release_arena (GPtrArray *arena)
{
  for (guint i = 0; i < arena->len; i++)
    pml_decref (arena->pdata[i]);
  g_ptr_array_unref (arena);
}

/* _eval(expression, namespace): the expression's value, evaluated with
 * the namespace as its globals, as namedtuple's eval of its __new__ */
static PmlObj *
m_eval (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  g_autofree char *source = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *arena = NULL;
  PmlObj *code, *r, *value;

  (void) self;
  NO_KW ("_eval");
  if (nargs != 2 || args[0]->kind != K_STR || args[1]->kind != K_DICT)
    return pml_err_set (T_TYPE_ERROR, "_eval expects an expression and a namespace");
  source = g_strdup_printf ("__value__ = (%s)\n", args[0]->u.s.s);
  code = pml_compile_module (g_intern_string ("<frozen collections>"), source, strlen (source), &arena, &error);
  if (code == NULL)
    return pml_err_set (T_VALUE_ERROR, "%s", error->message);
  r = pml_eval_code (code->u.code.code, args[1], args[1], NULL);
  pml_decref (code);
  release_arena (arena);
  if (r == NULL)
    return NULL;
  pml_decref (r);
  value = pml_dict_get_str (args[1], "__value__");
  if (value == NULL)
    return pml_err_set (T_RUNTIME_ERROR, "_eval: no value");
  pml_incref (value);
  {
    PmlObj *key = pml_str_intern_cstr ("__value__");

    pml_dict_del (args[1], key);
    pml_decref (key);
  }
  return value;
}

/* a field's getter: obj[index], the index being the function's self */
static PmlObj *
field_get (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gint64 index;

  (void) kwnames;
  if (nargs != 1)
    return pml_err_set (T_TYPE_ERROR, "expected 1 argument, got %zu", nargs);
  pml_int_as_i64 (self, &index);
  if (args[0]->kind != K_TUPLE)
    return pml_err_set (T_TYPE_ERROR, "descriptor for index '%" G_GINT64_FORMAT "' for tuple subclasses doesn't apply to '%s' object",
                        index, pml_type_name (args[0]));
  if (index >= (gint64) args[0]->u.t.n)
    return pml_err_set (T_INDEX_ERROR, "tuple index out of range");
  return pml_incref (args[0]->u.t.items[index]);
}

static PmlObj *
m_field_getter (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) self;
  NO_KW ("_field_getter");
  if (nargs != 1 || args[0]->type != TYPE (T_INT))
    return pml_err_set (T_TYPE_ERROR, "_field_getter expects an index");
  return pml_builtin_new ("_tuplegetter", field_get, args[0]);
}

/* _tuplegetter's refusals */
static PmlObj *
m_no_set (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) self;
  (void) args;
  (void) nargs;
  (void) kwnames;
  return pml_err_set (T_ATTRIBUTE_ERROR, "can't set attribute");
}

static PmlObj *
m_no_delete (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) self;
  (void) args;
  (void) nargs;
  (void) kwnames;
  return pml_err_set (T_ATTRIBUTE_ERROR, "can't delete attribute");
}

/* _caller_module(): the __name__ of the module whose code called the
 * function calling this (sys._getframe(1).f_globals['__name__']) */
static PmlObj *
m_caller_module (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlFrame *caller = VM->frame != NULL ? VM->frame->back : NULL;
  PmlObj *name = caller != NULL && caller->globals != NULL ? pml_dict_get_str (caller->globals, "__name__") : NULL;

  (void) self;
  (void) args;
  (void) nargs;
  (void) kwnames;
  return name != NULL ? pml_incref (name) : pml_str_intern_cstr ("__main__");
}

static void
add_function (PmlObj *m, const char *name, PmlBuiltinFunc fn)
{
  PmlObj *b = pml_builtin_new (name, fn, m);

  pml_dict_set_str (m->u.mod.dict, name, b);
  pml_decref (b);
}

PmlObj *
pml_module_make__collections (void)
{
  PmlObj *m = pml_module_new_imported ("_collections");

  if (m == NULL)
    return NULL;
  /* before 3.11 a deque kept no spare blocks of its own (80 bytes); the
     spare blocks stay per deque here */
  TYPE (T_DEQUE)->u.ty.basicsize = PRESET_MINOR () <= 10 ? 80 : 216;
  pml_dict_set_str (m->u.mod.dict, "defaultdict", TYPE (T_DEFAULTDICT));
  pml_dict_set_str (m->u.mod.dict, "deque", TYPE (T_DEQUE));
  pml_dict_set_str (m->u.mod.dict, "OrderedDict", TYPE (T_ORDEREDDICT));
  add_function (m, "_count_elements", m_count_elements);
  add_function (m, "_is_mapping", m_is_mapping);
  add_function (m, "_eval", m_eval);
  add_function (m, "_field_getter", m_field_getter);
  add_function (m, "_caller_module", m_caller_module);
  add_function (m, "_no_set", m_no_set);
  add_function (m, "_no_delete", m_no_delete);
  return m;
}
