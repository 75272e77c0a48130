/* pml-py-type.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pml-py-ast.h"
#include "pml-py-vm.h"

G_BEGIN_DECLS

/* The slots of a type, as CPython's tp_* and nb_/sq_/mp_ slots: each
 * built-in type's file defines one static table, the type object points to
 * it (u.ty.tp), and the generic protocol (pml-py-abstract.c) calls through
 * it. A NULL slot means the type does not have that operation; subclasses
 * and classes inherit their base's table. */

typedef struct
{
  const char    *name;
  PmlBuiltinFunc fn;
} PmlMethodDef;

typedef PmlObj *(*PmlUnaryFunc) (PmlObj *o);
typedef PmlObj *(*PmlBinaryFunc) (PmlObj *a, PmlObj *b);

struct _PmlTypeSlots
{
  PmlObj  *(*repr) (PmlObj *o);
  PmlObj  *(*str) (PmlObj *o);
  gint64   (*hash) (PmlObj *o, gboolean *ok);
  /* a new reference, NotImplemented when the pair is not handled */
  PmlObj  *(*richcompare) (PmlObj *a, PmlObj *b, int op);
  PmlObj  *(*getattro) (PmlObj *o, PmlObj *name);
  gboolean (*setattro) (PmlObj *o, PmlObj *name, PmlObj *v);   /* v NULL: delete */
  PmlObj  *(*call) (PmlObj *o, PmlObj **args, gsize nargs, PmlObj *kwnames);
  PmlObj  *(*iter) (PmlObj *o);
  PmlObj  *(*iternext) (PmlObj *o);           /* NULL without an error: exhausted */
  gsize    (*size_of) (PmlObj *o);

  /* number protocol: binary slots indexed by OP_ADD .. OP_MATMUL, called
     with either operand of this type; NotImplemented when not handled */
  PmlBinaryFunc nb[OP_MATMUL + 1];
  PmlBinaryFunc nb_inplace[OP_MATMUL + 1];
  PmlUnaryFunc  nb_negative, nb_positive, nb_absolute, nb_invert;
  int      (*nb_bool) (PmlObj *o);             /* -1 error */

  /* sequence and mapping protocol */
  gint64   (*length) (PmlObj *o);              /* -1 error */
  PmlObj  *(*subscript) (PmlObj *o, PmlObj *key);
  gboolean (*ass_subscript) (PmlObj *o, PmlObj *key, PmlObj *v);  /* v NULL: delete */
  int      (*contains) (PmlObj *o, PmlObj *item);                 /* -1 error */

  const PmlMethodDef *methods;                 /* NULL-terminated */
};

/* the tables, one per type file */
extern const PmlTypeSlots pml_bytearray_slots;
extern const PmlTypeSlots pml_bytes_slots;
extern const PmlTypeSlots pml_dict_slots;
extern const PmlTypeSlots pml_float_slots;
extern const PmlTypeSlots pml_frozenset_slots;
extern const PmlTypeSlots pml_generator_slots;
extern const PmlTypeSlots pml_int_slots;
extern const PmlTypeSlots pml_list_slots;
extern const PmlTypeSlots pml_set_slots;
extern const PmlTypeSlots pml_str_slots;
extern const PmlTypeSlots pml_tuple_slots;

static inline const PmlTypeSlots *
pml_slots (PmlObj *o)
{
  return o->type->u.ty.tp;
}

/* list.index and tuple.index: the optional start and stop, clamped */
gboolean  pml_seq_index_bounds (PmlObj **args, gsize nargs, gint64 len, gint64 *start, gint64 *stop);

/* the static descriptor of a method of a built-in type (borrowed) */
PmlObj   *pml_method_descr_object (const PmlMethodDef *m);

/* argument checking for the methods of built-in types */
PmlObj   *pml_check_nargs   (const char *name, gsize nargs, gsize min, gsize max);
PmlObj   *pml_kwarg         (PmlObj **args, gsize nargs, PmlObj *kwnames, const char *name);   /* borrowed */
gsize     pml_positional    (gsize nargs, PmlObj *kwnames);

/* an unbound method descriptor is called with self first */
#define METHOD_SELF() G_STMT_START { if (self == NULL) { self = args[0]; args++; nargs--; } } G_STMT_END
#define NO_KW(name) G_STMT_START { if (kwnames != NULL && kwnames->u.t.n > 0) \
  return pml_err_set (T_TYPE_ERROR, "%s() takes no keyword arguments", name); } G_STMT_END
#define NARGS(name, min, max) G_STMT_START { if (pml_check_nargs ((name), nargs, (min), (max)) == NULL) return NULL; } G_STMT_END

G_END_DECLS
