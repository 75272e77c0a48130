/* pml-py-mappingproxy.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pml-py-type.h"

/* The mappingproxy type (types.MappingProxyType): a read-only view of a
 * mapping. A class's __dict__ hands out a new one at every read, so the
 * class's own dict can only change through setattr. One pointer plus the
 * object header and its GC header: 40 bytes, as CPython's. */

enum { MP_MAPPING, MP_NSLOTS };

void pml_instance_dealloc (PmlObj *o);

PmlObj *
pml_mappingproxy_new (PmlObj *mapping)
{
  PmlObj *o = pml_descr_instance_new (T_MAPPINGPROXY, MP_NSLOTS);

  if (o == NULL)
    return NULL;
  o->u.inst.slots[MP_MAPPING] = pml_incref (mapping);
  return o;
}

static PmlObj *
mapping_of (PmlObj *o)
{
  return o->u.inst.slots[MP_MAPPING];
}

static PmlObj *
mp_repr (PmlObj *o)
{
  PmlObj *inner = pml_repr (mapping_of (o));
  GString *out;

  if (inner == NULL)
    return NULL;
  out = g_string_new ("mappingproxy(");
  g_string_append (out, inner->u.s.s);
  g_string_append_c (out, ')');
  pml_decref (inner);
  return pml_str_from_gstring (out);
}

static PmlObj *
mp_str (PmlObj *o)
{
  return pml_str (mapping_of (o));
}

static PmlObj *
mp_richcompare (PmlObj *a, PmlObj *b, int op)
{
  return pml_richcompare (mapping_of (a), b, op);
}

static gint64
mp_length (PmlObj *o)
{
  return pml_len (mapping_of (o));
}

static PmlObj *
mp_subscript (PmlObj *o, PmlObj *key)
{
  return pml_getitem (mapping_of (o), key);
}

static int
mp_contains (PmlObj *o, PmlObj *item)
{
  return pml_contains (mapping_of (o), item);
}

static PmlObj *
mp_iter (PmlObj *o)
{
  return pml_iter (mapping_of (o));
}

static PmlObj *
mp_new (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *m;

  (void) type;
  NARGS ("mappingproxy", 1, 1);
  if (kwnames != NULL && kwnames->u.t.n > 0)
    return pml_err_set (T_TYPE_ERROR, "mappingproxy() takes no keyword arguments");
  m = args[0];
  if (m->kind == K_LIST || m->kind == K_TUPLE || pml_mro_lookup (m->type, "keys") == NULL
      || pml_mro_lookup (m->type, "__getitem__") == NULL)
    return pml_err_set (T_TYPE_ERROR, "mappingproxy() argument must be a mapping, not %s", pml_type_name (m));
  return pml_mappingproxy_new (m);
}

/* keys(), values(), items(), copy() and get() are the mapping's own */
static PmlObj *
forward (PmlObj *self, const char *name, PmlObj **args, gsize nargs)
{
  PmlObj *meth = pml_getattr_cstr (mapping_of (self), name), *r;

  if (meth == NULL)
    return NULL;
  r = pml_call_from_c (meth, args, nargs);
  pml_decref (meth);
  return r;
}

#define FORWARD_METHOD(fn, name, min, max)                                   \
  static PmlObj *                                                            \
  fn (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)             \
  {                                                                          \
    METHOD_SELF ();                                                          \
    NO_KW (name);                                                            \
    NARGS (name, min, max);                                                  \
    return forward (self, name, args, nargs);                                \
  }

FORWARD_METHOD (m_keys, "keys", 0, 0)
FORWARD_METHOD (m_values, "values", 0, 0)
FORWARD_METHOD (m_items, "items", 0, 0)
FORWARD_METHOD (m_copy, "copy", 0, 0)
FORWARD_METHOD (m_get, "get", 1, 2)

static const PmlMethodDef mp_methods[] = {
  { "keys", m_keys },
  { "values", m_values },
  { "items", m_items },
  { "copy", m_copy },
  { "get", m_get },
  { NULL, NULL },
};

static void
mp_traverse (PmlObj *o, PmlVisitFunc visit, gpointer data)
{
  for (gsize i = 0; i < o->u.inst.nslots; i++)
    PML_VISIT (o->u.inst.slots[i]);
}

static void
mp_referents (PmlObj *o, PmlEdgeFunc edge, gpointer data)
{
  if (o->u.inst.slots != NULL && o->u.inst.slots[MP_MAPPING] != NULL)
    edge (o->u.inst.slots[MP_MAPPING], "mapping", FALSE, data);
}

static gboolean
mp_dealloc (PmlObj *o)
{
  pml_instance_dealloc (o);
  return TRUE;
}

static void
mp_free_host (PmlObj *o)
{
  g_free (o->u.inst.slots);
  o->u.inst.slots = NULL;
}

const PmlTypeSlots pml_mappingproxy_slots = {
  .repr = mp_repr,
  .str = mp_str,
  .hash = pml_hash_not_implemented,
  .richcompare = mp_richcompare,
  .getattro = pml_object_generic_getattr,
  .new_instance = mp_new,
  .iter = mp_iter,
  .length = mp_length,
  .subscript = mp_subscript,
  .contains = mp_contains,
  .methods = mp_methods,
  .dealloc = mp_dealloc,
  .traverse = mp_traverse,
  .referents = mp_referents,
  .free_host = mp_free_host,
  .flags = PML_TPFLAGS_HAVE_GC,
};
