/* pml-py-match.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-vm.h"
#include "pml-py-match.h"
#include "pml-py-opcodes.h"

/* The run time of the pattern-matching instructions, with the references
 * and the temporary objects (the `seen` sets, the attribute list, the
 * dummy default of `get`) of CPython 3.11's ceval.c. */

#define PUSH(v) (f->stack[f->sp++] = (v))
#define POP() (f->stack[--f->sp])
#define TOP() (f->stack[f->sp - 1])
#define PEEK(n) (f->stack[f->sp - (n)])

int
pml_match_stack_effect (int op, int arg)
{
  switch (op)
    {
    case OP_MATCH_SEQUENCE: case OP_MATCH_MAPPING: case OP_MATCH_KEYS: case OP_GET_LEN:
      return 1;
    case OP_MATCH_CLASS:
      return -2;
    default:
      (void) arg;
      return 0;
    }
}

static gboolean
has_base (PmlObj *o, PmlTypeId id)
{
  return o->type == TYPE (id) || pml_type_is_subtype (o->type, TYPE (id));
}

/* Py_TPFLAGS_SEQUENCE: list, tuple, range and their subclasses; never
 * str, bytes or bytearray */
static gboolean
is_sequence (PmlObj *o)
{
  return o->kind == K_LIST || o->kind == K_TUPLE || o->kind == K_RANGE
         || has_base (o, T_LIST) || has_base (o, T_TUPLE);
}

static gboolean
is_mapping (PmlObj *o)
{
  return o->kind == K_DICT || has_base (o, T_DICT);
}

static gboolean
is_instance (PmlObj *o, PmlObj *cls)
{
  return pml_type_is_subtype (o->type, cls) || (cls == TYPE (T_INT) && o->kind == K_BOOL)
         || cls == TYPE (T_OBJECT);
}

/* _Py_TPFLAGS_MATCH_SELF: `int(x)` matches x against the subject itself */
static gboolean
matches_self (PmlObj *cls)
{
  static const PmlTypeId self_types[] = {
    T_BOOL, T_BYTEARRAY, T_BYTES, T_DICT, T_FLOAT, T_FROZENSET, T_INT, T_LIST, T_SET, T_STR, T_TUPLE,
  };

  for (guint i = 0; i < G_N_ELEMENTS (self_types); i++)
    if (cls == TYPE (self_types[i]) || pml_type_is_subtype (cls, TYPE (self_types[i])))
      return TRUE;
  return FALSE;
}

static gboolean
attribute_error_pending (void)
{
  return VM->exc != NULL && pml_type_is_subtype (VM->exc->type, TYPE (T_ATTRIBUTE_ERROR));
}

/* subject.name for a class pattern; NULL and no error: no such attribute */
static PmlObj *
class_attr (PmlObj *subject, PmlObj *cls, PmlObj *name, PmlObj *seen)
{
  PmlObj *v;
  int dup = pml_set_contains (seen, name);

  if (dup < 0)
    return NULL;
  if (dup)
    {
      g_autoptr(PmlObjTemp) repr = pml_repr (name);

      pml_err_set (T_TYPE_ERROR, "%s() got multiple sub-patterns for attribute %s",
                   cls->u.ty.name, repr ? repr->u.s.s : "?");
      return NULL;
    }
  if (!pml_set_add (seen, name))
    return NULL;
  v = pml_getattr (subject, name);
  if (v == NULL && attribute_error_pending ())
    pml_err_clear ();
  return v;
}

/* A tuple of the attributes, or NULL: with an error set, an error; without,
 * no match. */
static PmlObj *
match_class (PmlObj *subject, PmlObj *cls, int nargs, PmlObj *kwnames)
{
  PmlObj *seen, *attrs, *match_args = NULL, *r = NULL;

  if (cls->kind != K_TYPE)
    {
      pml_err_set (T_TYPE_ERROR, "called match pattern must be a type");
      return NULL;
    }
  if (!is_instance (subject, cls))
    return NULL;
  seen = pml_set_new (K_SET);
  if (seen == NULL)
    return NULL;
  attrs = pml_list_new (0);
  if (attrs == NULL)
    goto out;
  if (nargs > 0)
    {
      gboolean match_self = FALSE;
      gsize allowed;
      PmlObj *attr_name;

      /* PyObject_GetAttrString: a new str for the name, for the lookup only */
      if ((attr_name = pml_str_new ("__match_args__", -1)) == NULL)
        goto out;
      match_args = pml_getattr (cls, attr_name);
      pml_decref (attr_name);
      if (match_args != NULL)
        {
          if (!IS_TYPE (match_args, T_TUPLE))
            {
              pml_err_set (T_TYPE_ERROR, "%s.__match_args__ must be a tuple (got %s)",
                           cls->u.ty.name, pml_type_name (match_args));
              goto out;
            }
        }
      else if (attribute_error_pending ())
        {
          pml_err_clear ();
          match_args = pml_incref (VM->empty_tuple);
          match_self = matches_self (cls);
        }
      else
        goto out;
      allowed = match_self ? 1 : match_args->u.t.n;
      if (allowed < (gsize) nargs)
        {
          pml_err_set (T_TYPE_ERROR, "%s() accepts %zu positional sub-pattern%s (%d given)",
                       cls->u.ty.name, allowed, allowed == 1 ? "" : "s", nargs);
          goto out;
        }
      if (match_self)
        {
          if (!pml_list_append (attrs, pml_incref (subject)))
            goto out;
        }
      else
        for (int i = 0; i < nargs; i++)
          {
            PmlObj *name = match_args->u.t.items[i], *v;

            if (!IS_TYPE (name, T_STR))
              {
                pml_err_set (T_TYPE_ERROR, "__match_args__ elements must be strings (got %s)",
                             pml_type_name (name));
                goto out;
              }
            if ((v = class_attr (subject, cls, name, seen)) == NULL || !pml_list_append (attrs, v))
              goto out;
          }
      PML_CLEAR (match_args);
    }
  for (gsize i = 0; i < kwnames->u.t.n; i++)
    {
      PmlObj *v = class_attr (subject, cls, kwnames->u.t.items[i], seen);

      if (v == NULL || !pml_list_append (attrs, v))
        goto out;
    }
  r = pml_tuple_from_array (attrs->u.l.items, attrs->u.l.n);

out:
  pml_xdecref (attrs);
  pml_xdecref (match_args);
  pml_decref (seen);
  return r;
}

/* A tuple of the values of @keys in @map, None when one is missing, NULL
 * on an error. Like CPython, it calls map.get(key, dummy). */
static PmlObj *
match_keys (PmlObj *map, PmlObj *keys)
{
  gsize n = keys->u.t.n;
  PmlObj *get = NULL, *seen = NULL, *dummy = NULL, *values = NULL;
  gboolean plain = map->kind == K_DICT && pml_mro_lookup_override (map->type, "get") == NULL;

  if (n == 0)
    return pml_incref (VM->empty_tuple);
  if (!plain && (get = pml_getattr_cstr (map, "get")) == NULL)
    return NULL;
  if ((seen = pml_set_new (K_SET)) == NULL)
    goto fail;
  if ((dummy = pml_obj_new (TYPE (T_OBJECT), K_OBJECT, 16, FALSE)) == NULL)
    goto fail;
  if ((values = pml_tuple_new (n)) == NULL)
    goto fail;
  for (gsize i = 0; i < n; i++)
    {
      PmlObj *key = keys->u.t.items[i], *v;
      int dup = pml_set_contains (seen, key);

      if (dup < 0 || (!dup && !pml_set_add (seen, key)))
        goto fail;
      if (dup)
        {
          g_autoptr(PmlObjTemp) repr = pml_repr (key);

          pml_err_set (T_VALUE_ERROR, "mapping pattern checks duplicate key (%s)", repr ? repr->u.s.s : "?");
          goto fail;
        }
      if (plain)
        {
          gboolean error = FALSE;

          v = pml_dict_get (map, key, &error);
          if (error)
            goto fail;
          v = pml_incref (v != NULL ? v : dummy);
        }
      else
        {
          PmlObj *args[2] = { key, dummy };

          if ((v = pml_call_from_c (get, args, 2)) == NULL)
            goto fail;
        }
      if (v == dummy)
        {
          pml_decref (v);
          PML_SETREF (values, pml_incref (NONE));
          break;
        }
      values->u.t.items[i] = v;
    }
  pml_xdecref (get);
  pml_decref (seen);
  pml_decref (dummy);
  return values;

fail:
  pml_xdecref (values);
  pml_xdecref (get);
  pml_xdecref (seen);
  pml_xdecref (dummy);
  return NULL;
}

gboolean
pml_match_exec (PmlFrame *f, int op, int arg)
{
  PmlObj *a, *b, *r;

  switch (op)
    {
    case OP_MATCH_SEQUENCE:
      r = pml_incref (BOOL (is_sequence (TOP ())));
      PUSH (r);
      return TRUE;

    case OP_MATCH_MAPPING:
      r = pml_incref (BOOL (is_mapping (TOP ())));
      PUSH (r);
      return TRUE;

    case OP_GET_LEN:
      {
        gint64 n = pml_len (TOP ());

        if (n < 0 || (r = pml_int_new (n)) == NULL)
          return FALSE;
        PUSH (r);
        return TRUE;
      }

    case OP_MATCH_KEYS:
      if ((r = match_keys (PEEK (2), TOP ())) == NULL)
        return FALSE;
      PUSH (r);
      return TRUE;

    case OP_MATCH_CLASS:
      b = POP ();   /* the keyword names */
      a = POP ();   /* the class */
      r = match_class (TOP (), a, arg, b);
      pml_decref (b);
      pml_decref (a);
      if (r == NULL)
        {
          if (pml_err_occurred ())
            return FALSE;
          r = pml_incref (NONE);
        }
      a = TOP ();
      TOP () = r;
      pml_decref (a);
      return TRUE;

    default:
      pml_err_set (T_RUNTIME_ERROR, "unknown opcode %d", op);
      return FALSE;
    }
}
