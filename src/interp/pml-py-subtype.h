/* pml-py-subtype.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pml-py-native.h"   /* PmlTpCallArgs */

#include "pml-py-type.h"

G_BEGIN_DECLS

/* Classes derived from built-in types (pml-py-subtype.c): class
 * Stack(list), class Celsius(float), collections.Counter(dict). */

typedef PmlObj *(*PmlNewFunc) (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames);

/* what a built-in type offers the classes derived from it */
typedef struct
{
  PmlTypeId  id;
  guint8     itemsize;        /* tp_itemsize: the subclass keeps its dict at the end */
  gboolean   has_weaklist;    /* the type's objects already have a weakref list */
  gboolean   has_dict;        /* and a __dict__ pointer (OrderedDict) */
  /* tp_new, for the type itself and its subclasses; the object it
     makes for a subclass has the subclass's layout */
  PmlNewFunc tp_new;
  /* tp_init, filling a mutable object; NULL: object.__init__ */
  PmlObj  *(*tp_init) (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);
  /* sys.getsizeof of an instance of a subclass */
  gsize    (*size_of) (PmlObj *o);
  /* tp_basicsize where it differs from the simulated object's (str) */
  gsize    (*basicsize) (void);
  /* the attributes the type's own getattro and setattro answer for
     (deque.maxlen), NULL-terminated, or NULL */
  const char *const *members;
} PmlSubtypeBase;

/* tp_new, then tp_init on what it made: calling a built-in type of collections */
PmlObj  *pml_tp_call (PmlObj *type, PmlNewFunc tp_new,
                      PmlObj *(*tp_init) (PmlObj *, PmlObj **, gsize, PmlObj *),
                      PmlObj **args, gsize nargs, PmlObj *kwnames);

/* _PyObject_LookupSpecial, then a call: o.name(*args) through o's type,
   bound for the call (a built-in method, 72 bytes, or a method object);
   NULL and *found FALSE when the type has no such attribute */
PmlObj  *pml_call_special (PmlObj *o, const char *name, PmlObj **args, gsize nargs, gboolean *found);

/* _PyObject_GetState without slots: the instance's __dict__ when it has
   attributes, else None (a new reference) */
PmlObj  *pml_object_state (PmlObj *o);

const PmlSubtypeBase *pml_subtype_base (PmlObj *builtin);
PmlObj  *pml_subtype_root    (PmlObj *type);       /* the nearest built-in type */
gsize    pml_subtype_base_basicsize (const PmlSubtypeBase *base);
PmlObj  *pml_subtype_alloc   (PmlObj *type, gsize nitems);
void     pml_subtype_fixup_slots (PmlObj *type, PmlTypeSlots *tp);
PmlObj  *pml_subtype_new     (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames);
gboolean pml_subtype_init    (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);
gsize    pml_subtype_sizeof_by_basicsize (PmlObj *o);

/* X.__new__ and X.__init__ of a built-in type, and its slot wrappers
   (dict.__setitem__, list.__len__...): borrowed, or NULL
   (pml-py-slot-wrappers.c) */
PmlObj  *pml_slot_wrapper_lookup (PmlObj *type, const char *name);
void     pml_slot_wrapper_names  (PmlObj *type, GHashTable *names);

/* the types of collections, in C (pml-py-deque.c, pml-py-defaultdict.c,
   pml-py-ordereddict.c) */
void     pml_defaultdict_slots_init (void);
PmlObj  *pml_defaultdict_tp_new (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj  *pml_defaultdict_tp_init (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj  *pml_deque_tp_new (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj  *pml_deque_tp_init (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);
gsize    pml_deque_sizeof (PmlObj *o);
void     pml_odict_slots_init (void);
PmlObj  *pml_odict_tp_new (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj  *pml_odict_tp_init (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);

G_END_DECLS
