/* pml-py-namespace.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-native.h"

/* types.SimpleNamespace as Objects/namespaceobject.c (3.11) has it: a GC
 * object of 24 bytes holding one dict, the attributes. The dict is made
 * empty with the object, then updated from the call's keywords (a dict
 * of their own, as the type has no vectorcall). */

extern const PmlNativeType pml_namespace_type;

typedef struct
{
  PmlObj *dict;
} Namespace;
PML_NATIVE_FITS (Namespace);

#define NS(o) PML_NATIVE (o, Namespace)

static PmlObj *
namespace_new (PmlObj  *type,
               PmlObj **args,
               gsize    nargs,
               PmlObj  *kwnames)
{
  g_auto (PmlTpCallArgs) ca = { 0 };
  PmlObj *o;

  (void) type;
  if (!pml_tp_call_args_init (&ca, args, nargs, kwnames))
    return NULL;
  if ((o = pml_native_alloc (&pml_namespace_type, 0)) == NULL)
    return NULL;
  if ((NS (o)->dict = pml_dict_new ()) == NULL)
    {
      pml_decref (o);
      return NULL;
    }
  pml_gc_track (o);
  /* namespace_init */
  if (ca.args->u.t.n != 0)
    {
      pml_decref (o);
      return pml_err_set (T_TYPE_ERROR, "no positional arguments expected");
    }
  if (ca.kwargs != NULL && pml_dict_update_from (NS (o)->dict, ca.kwargs) == NULL)
    {
      pml_decref (o);
      return NULL;
    }
  return o;
}

static PmlObj *
namespace_getattro (PmlObj *o, PmlObj *name)
{
  PmlObj *v;

  if (strcmp (name->u.s.s, "__dict__") == 0)
    return pml_incref (NS (o)->dict);
  if ((v = pml_dict_get (NS (o)->dict, name, &(gboolean) { 0 })) != NULL)
    return pml_incref (v);
  return pml_object_getattro (o, name);
}

static gboolean
namespace_setattro (PmlObj *o, PmlObj *name, PmlObj *v)
{
  if (strcmp (name->u.s.s, "__dict__") == 0 || strcmp (name->u.s.s, "__class__") == 0)
    return pml_object_setattro (o, name, v);
  if (v == NULL)
    {
      if (pml_dict_del (NS (o)->dict, name) == 1)
        return TRUE;
      pml_attribute_error (o, name);
      return FALSE;
    }
  return pml_dict_set (NS (o)->dict, name, v);
}

/* namespace(a=1, b='x'): the str keys in the dict's order; a namespace
 * inside itself shows as namespace(...) */
static PmlObj *
namespace_repr (PmlObj *o)
{
  const char *name = "namespace";
  PmlObj *key, *value;
  GString *s;
  gsize pos = 0;
  gboolean first = TRUE;

  if (!pml_native_is (o, &pml_namespace_type))
    name = o->type->u.ty.name;
  if (!pml_repr_enter (o))
    return pml_str_printf ("%s(...)", name);
  s = g_string_new (name);
  g_string_append_c (s, '(');
  while (pml_dict_next (NS (o)->dict, &pos, &key, &value))
    {
      if (key->kind != K_STR)
        continue;
      if (!first)
        g_string_append (s, ", ");
      first = FALSE;
      g_string_append_len (s, key->u.s.s, (gssize) key->u.s.nbytes);
      g_string_append_c (s, '=');
      if (!pml_append_repr (s, value))
        {
          pml_repr_leave (o);
          g_string_free (s, TRUE);
          return NULL;
        }
    }
  pml_repr_leave (o);
  g_string_append_c (s, ')');
  return pml_str_from_gstring (s);
}

/* equal when both are namespaces with equal dicts */
static PmlObj *
namespace_richcompare (PmlObj *a, PmlObj *b, int op)
{
  if (pml_native_is (a, &pml_namespace_type) && pml_native_is (b, &pml_namespace_type) &&
      (op == OP_EQ || op == OP_NE))
    return pml_richcompare (NS (a)->dict, NS (b)->dict, op);
  return pml_incref (NOTIMPL);
}

static gboolean
namespace_dealloc (PmlObj *o)
{
  PML_CLEAR (NS (o)->dict);
  return FALSE;
}

static void
namespace_traverse (PmlObj *o, PmlVisitFunc visit, gpointer data)
{
  PML_VISIT (NS (o)->dict);
}

static void
namespace_clear (PmlObj *o)
{
  PML_CLEAR (NS (o)->dict);
}

static void
namespace_referents (PmlObj *o, PmlEdgeFunc edge, gpointer data)
{
  edge (NS (o)->dict, "__dict__", FALSE, data);
}

static const PmlTypeSlots namespace_slots = {
  .repr = namespace_repr,
  .hash = pml_hash_not_implemented,
  .richcompare = namespace_richcompare,
  .getattro = namespace_getattro,
  .setattro = namespace_setattro,
  .new_instance = namespace_new,   /* packs the call's arguments itself */
  .dealloc = namespace_dealloc,
  .traverse = namespace_traverse,
  .clear = namespace_clear,
  .referents = namespace_referents,
  .flags = PML_TPFLAGS_HAVE_GC,
};

/* 16 header + ns_dict */
const PmlNativeType pml_namespace_type = { "types.SimpleNamespace", 24, &namespace_slots };
