/* pml-py-weakproxy.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-weakref.h"

/* weakref.proxy(obj): a weak reference used as the object itself. Every
 * operation is passed on to the referent; once it is gone, each raises
 * ReferenceError. A proxy is never hashable. A callable referent gets a
 * CallableProxyType, which can also be called. */

/* the referent, or NULL with ReferenceError set */
static PmlObj *
referent_of (PmlObj *proxy)
{
  if (proxy->u.wr.referent != NULL)
    return proxy->u.wr.referent;
  return pml_err_set (T_REFERENCE_ERROR, "weakly-referenced object no longer exists");
}

/* UNWRAP: a proxy operand stands for its referent */
static gboolean
unwrap (PmlObj **o)
{
  if (!pml_is_weakproxy (*o))
    return TRUE;
  *o = referent_of (*o);
  return *o != NULL;
}

static PmlObj *
proxy_repr (PmlObj *o)
{
  PmlObj *r = o->u.wr.referent ? o->u.wr.referent : NONE;

  return pml_str_printf ("<weakproxy at 0x%" G_GINT64_MODIFIER "x to %s at 0x%" G_GINT64_MODIFIER "x>",
                         o->addr, pml_type_name (r), r->addr);
}

static PmlObj *
proxy_str (PmlObj *o)
{
  return unwrap (&o) ? pml_str (o) : NULL;
}

static PmlObj *
proxy_richcompare (PmlObj *a, PmlObj *b, int op)
{
  if (!unwrap (&a) || !unwrap (&b))
    return NULL;
  return pml_richcompare (a, b, op);
}

static PmlObj *
proxy_getattro (PmlObj *o, PmlObj *name)
{
  return unwrap (&o) ? pml_getattr (o, name) : NULL;
}

static gboolean
proxy_setattro (PmlObj *o, PmlObj *name, PmlObj *v)
{
  return unwrap (&o) && pml_setattr (o, name, v);
}

static PmlObj *
proxy_call (PmlObj *o, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  return unwrap (&o) ? pml_call (o, args, nargs, kwnames) : NULL;
}

static PmlObj *
proxy_iter (PmlObj *o)
{
  return unwrap (&o) ? pml_iter (o) : NULL;
}

static PmlObj *
proxy_iternext (PmlObj *o)
{
  if (!unwrap (&o))
    return NULL;
  if (pml_slots (o)->iternext == NULL)
    return pml_err_set (T_TYPE_ERROR, "Weakref proxy referenced a non-iterator '%s' object", pml_type_name (o));
  return pml_iter_next (o);
}

static gint64
proxy_length (PmlObj *o)
{
  return unwrap (&o) ? pml_len (o) : -1;
}

static PmlObj *
proxy_subscript (PmlObj *o, PmlObj *key)
{
  return unwrap (&o) ? pml_getitem (o, key) : NULL;
}

static gboolean
proxy_ass_subscript (PmlObj *o, PmlObj *key, PmlObj *v)
{
  return unwrap (&o) && pml_setitem (o, key, v);
}

static int
proxy_contains (PmlObj *o, PmlObj *item)
{
  return unwrap (&o) ? pml_contains (o, item) : -1;
}

static int
proxy_bool (PmlObj *o)
{
  return unwrap (&o) ? pml_truth (o) : -1;
}

#define PROXY_BINARY(fname, op) \
  static PmlObj * fname (PmlObj *a, PmlObj *b) \
  { return unwrap (&a) && unwrap (&b) ? pml_binop ((op), a, b) : NULL; }
#define PROXY_INPLACE(fname, op) \
  static PmlObj * fname (PmlObj *a, PmlObj *b) \
  { return unwrap (&a) && unwrap (&b) ? pml_inplace_binop ((op), a, b) : NULL; }
#define PROXY_UNARY(fname, op) \
  static PmlObj * fname (PmlObj *a) \
  { return unwrap (&a) ? pml_unaryop ((op), a) : NULL; }

PROXY_BINARY (proxy_add, OP_ADD)
PROXY_BINARY (proxy_sub, OP_SUB)
PROXY_BINARY (proxy_mul, OP_MUL)
PROXY_BINARY (proxy_div, OP_DIV)
PROXY_BINARY (proxy_floordiv, OP_FLOORDIV)
PROXY_BINARY (proxy_mod, OP_MOD)
PROXY_BINARY (proxy_pow, OP_POW)
PROXY_BINARY (proxy_lshift, OP_LSHIFT)
PROXY_BINARY (proxy_rshift, OP_RSHIFT)
PROXY_BINARY (proxy_and, OP_AND)
PROXY_BINARY (proxy_or, OP_OR)
PROXY_BINARY (proxy_xor, OP_XOR)
PROXY_BINARY (proxy_matmul, OP_MATMUL)
PROXY_INPLACE (proxy_iadd, OP_ADD)
PROXY_INPLACE (proxy_isub, OP_SUB)
PROXY_INPLACE (proxy_imul, OP_MUL)
PROXY_INPLACE (proxy_idiv, OP_DIV)
PROXY_INPLACE (proxy_ifloordiv, OP_FLOORDIV)
PROXY_INPLACE (proxy_imod, OP_MOD)
PROXY_INPLACE (proxy_ipow, OP_POW)
PROXY_INPLACE (proxy_ilshift, OP_LSHIFT)
PROXY_INPLACE (proxy_irshift, OP_RSHIFT)
PROXY_INPLACE (proxy_iand, OP_AND)
PROXY_INPLACE (proxy_ior, OP_OR)
PROXY_INPLACE (proxy_ixor, OP_XOR)
PROXY_INPLACE (proxy_imatmul, OP_MATMUL)
PROXY_UNARY (proxy_neg, OP_NEG)
PROXY_UNARY (proxy_pos, OP_POS)
PROXY_UNARY (proxy_invert, OP_INVERT)

static PmlObj *
proxy_abs (PmlObj *a)
{
  return unwrap (&a) ? pml_absolute (a) : NULL;
}

#define PROXY_SLOTS \
  .repr = proxy_repr, \
  .str = proxy_str, \
  .hash = pml_hash_not_implemented, \
  .richcompare = proxy_richcompare, \
  .getattro = proxy_getattro, \
  .setattro = proxy_setattro, \
  .iter = proxy_iter, \
  .iternext = proxy_iternext, \
  .nb = { [OP_ADD] = proxy_add, [OP_SUB] = proxy_sub, [OP_MUL] = proxy_mul, [OP_DIV] = proxy_div, \
          [OP_FLOORDIV] = proxy_floordiv, [OP_MOD] = proxy_mod, [OP_POW] = proxy_pow, \
          [OP_LSHIFT] = proxy_lshift, [OP_RSHIFT] = proxy_rshift, [OP_AND] = proxy_and, \
          [OP_OR] = proxy_or, [OP_XOR] = proxy_xor, [OP_MATMUL] = proxy_matmul }, \
  .nb_inplace = { [OP_ADD] = proxy_iadd, [OP_SUB] = proxy_isub, [OP_MUL] = proxy_imul, \
                  [OP_DIV] = proxy_idiv, [OP_FLOORDIV] = proxy_ifloordiv, [OP_MOD] = proxy_imod, \
                  [OP_POW] = proxy_ipow, [OP_LSHIFT] = proxy_ilshift, [OP_RSHIFT] = proxy_irshift, \
                  [OP_AND] = proxy_iand, [OP_OR] = proxy_ior, [OP_XOR] = proxy_ixor, \
                  [OP_MATMUL] = proxy_imatmul }, \
  .nb_negative = proxy_neg, \
  .nb_positive = proxy_pos, \
  .nb_absolute = proxy_abs, \
  .nb_invert = proxy_invert, \
  .nb_bool = proxy_bool, \
  .length = proxy_length, \
  .subscript = proxy_subscript, \
  .ass_subscript = proxy_ass_subscript, \
  .contains = proxy_contains, \
  .dealloc = pml_weakref_dealloc, \
  .traverse = pml_weakref_traverse, \
  .clear = pml_weakref_clear_slot, \
  .referents = pml_weakref_referents, \
  .flags = PML_TPFLAGS_HAVE_GC

const PmlTypeSlots pml_weakproxy_slots = {
  PROXY_SLOTS,
};

const PmlTypeSlots pml_weakcallableproxy_slots = {
  PROXY_SLOTS,
  .call = proxy_call,
};
