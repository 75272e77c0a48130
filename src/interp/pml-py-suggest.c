/* pml-py-suggest.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-vm.h"
#include "pml-py-type.h"

/* "Did you mean" for an AttributeError (3.10+): the candidates are what
 * dir(obj) would list, sorted, so that ties go to the first name as in
 * CPython. The names are gathered as C strings: no simulated object is
 * made, so the heap and reference counts stay untouched. */

/* dir(object()) in 3.11 */
static const char *const object_names[] = {
  "__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__",
  "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__",
  "__le__", "__lt__", "__ne__", "__new__", "__reduce__", "__reduce_ex__", "__repr__",
  "__setattr__", "__sizeof__", "__str__", "__subclasshook__",
};

static void
add_dict_keys (GPtrArray *names, PmlObj *d)
{
  gsize pos = 0;
  PmlObj *k;

  if (d == NULL)
    return;
  while (pml_dict_next (d, &pos, &k, NULL))
    if (k->kind == K_STR)
      g_ptr_array_add (names, k->u.s.s);
}

static void
add_one_type (GPtrArray *names, PmlObj *t)
{
  if (t->u.ty.builtin && t->u.ty.tp != NULL && t->u.ty.tp->methods != NULL)
    for (const PmlMethodDef *m = t->u.ty.tp->methods; m->name != NULL; m++)
      g_ptr_array_add (names, (gpointer) m->name);
  if (!t->u.ty.builtin)
    add_dict_keys (names, t->u.ty.dict);
  if (t->u.ty.slots != NULL)
    for (gsize k = 0; k < t->u.ty.slots->u.t.n; k++)
      if (t->u.ty.slots->u.t.items[k]->kind == K_STR)
        g_ptr_array_add (names, t->u.ty.slots->u.t.items[k]->u.s.s);
}

static void
add_type_names (GPtrArray *names, PmlObj *type)
{
  if (type->u.ty.mro != NULL && type->u.ty.mro->kind == K_TUPLE)
    for (gsize i = 0; i < type->u.ty.mro->u.t.n; i++)
      add_one_type (names, type->u.ty.mro->u.t.items[i]);
  else
    for (PmlObj *t = type; t != NULL; t = t->u.ty.base)
      add_one_type (names, t);
  for (guint i = 0; i < G_N_ELEMENTS (object_names); i++)
    g_ptr_array_add (names, (gpointer) object_names[i]);
}

static void
add_instance_names (GPtrArray *names, PmlObj *o)
{
  GPtrArray *keys = o->type->u.ty.shared != NULL ? o->type->u.ty.shared->names : NULL;

  if (o->u.inst.dict != NULL)
    add_dict_keys (names, o->u.inst.dict);
  else if (o->u.inst.values != NULL && keys != NULL)
    for (gsize i = 0; i < o->u.inst.nvalues && i < keys->len; i++)
      if (o->u.inst.values[i] != NULL)
        g_ptr_array_add (names, ((PmlObj *) keys->pdata[i])->u.s.s);
}

static gint
compare_names (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

char *
pml_attr_suggestion (PmlObj *o, const char *name)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  GPtrArray *unique;
  char *s;

  if (o->kind == K_MODULE)
    add_dict_keys (names, o->u.mod.dict);
  else if (o->kind == K_TYPE)
    add_type_names (names, o);
  else
    {
      if (o->kind == K_INSTANCE)
        add_instance_names (names, o);
      add_type_names (names, o->type);
    }
  g_ptr_array_sort (names, compare_names);
  unique = g_ptr_array_new ();
  for (guint i = 0; i < names->len; i++)
    if (i == 0 || strcmp (names->pdata[i], names->pdata[i - 1]) != 0)
      g_ptr_array_add (unique, names->pdata[i]);
  s = pml_suggest_from (unique, name);
  g_ptr_array_unref (unique);
  return s;
}

/* PyObject_GetAttr's set_attribute_error_context: the first lookup that
 * fails marks the AttributeError with its object and name; the printed
 * traceback then offers the nearest name. An empty suggestion marks an
 * error already looked at. */
void
pml_attr_error_context (PmlObj *o, PmlObj *name)
{
  PmlObj *exc = VM->exc;

  if (exc == NULL || exc->kind != K_INSTANCE || exc->u.inst.exc_suggestion != NULL
      || !pml_type_is_subtype (exc->type, TYPE (T_ATTRIBUTE_ERROR)) || name->kind != K_STR)
    return;
  /* the error remembers what was looked up, and where (name, obj) */
  pml_exc_field_store (exc, "name", name);
  pml_exc_field_store (exc, "obj", o);
  if (PRESET_MINOR () < 10)
    {
      exc->u.inst.exc_suggestion = g_strdup ("");
      return;
    }
  {
    char *s = pml_attr_suggestion (o, name->u.s.s);

    exc->u.inst.exc_suggestion = s ? s : g_strdup ("");
  }
}
