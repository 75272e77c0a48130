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

/* an attribute the type's instances compute (tp_getset, or a tp_members
   field): int.real is its descriptor on the class */
typedef struct
{
  const char *name;
  PmlObj   *(*get) (PmlObj *o);
  const char *doc;
  gboolean    member;    /* a member_descriptor (a C field), else a getset_descriptor */
} PmlGetSetDef;

typedef gboolean (*PmlVisitFunc) (PmlObj *ref, gpointer data);
/* a reference as a picture of the heap names it; TRUE: stop */
typedef gboolean (*PmlEdgeFunc) (PmlObj *ref, const char *label, gboolean weak, gpointer data);
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
  /* tp_descr_get of a built-in type whose instances bind as methods do
     (@obj NULL: looked up on the class) */
  PmlObj  *(*descr_get) (PmlObj *d, PmlObj *obj, PmlObj *type);
  /* tp_new and tp_init: calling the type makes an instance */
  PmlObj  *(*new_instance) (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames);
  /* CPython 3.11 gives the type no vectorcall (str, int, enumerate...):
     a call packs the arguments in a tuple, held while the instance is
     made (_PyObject_MakeTpCall) */
  gboolean   no_vectorcall;
  PmlObj  *(*iter) (PmlObj *o);
  PmlObj  *(*iternext) (PmlObj *o);           /* NULL without an error: exhausted */
  gsize    (*size_of) (PmlObj *o);

  /* number protocol: binary slots indexed by OP_ADD .. OP_MATMUL, called
     with either operand of this type; NotImplemented when not handled */
  PmlBinaryFunc nb[OP_MATMUL + 1];
  PmlBinaryFunc nb_inplace[OP_MATMUL + 1];
  PmlUnaryFunc  nb_negative, nb_positive, nb_absolute, nb_invert;
  int      (*nb_bool) (PmlObj *o);             /* -1 error */
  PmlUnaryFunc  nb_index;                      /* an int, for operator.index() */

  /* + and * of sequences, tried after the number slots */
  PmlBinaryFunc sq_concat;
  PmlObj  *(*sq_repeat) (PmlObj *seq, gint64 n);

  /* sequence and mapping protocol */
  gint64   (*length) (PmlObj *o);              /* -1 error */
  PmlObj  *(*subscript) (PmlObj *o, PmlObj *key);
  gboolean (*ass_subscript) (PmlObj *o, PmlObj *key, PmlObj *v);  /* v NULL: delete */
  int      (*contains) (PmlObj *o, PmlObj *item);                 /* -1 error */
  gint64   (*length_hint) (PmlObj *o);         /* an iterator's items left, -1 unknown */

  const PmlMethodDef *methods;                 /* NULL-terminated */
  const PmlGetSetDef *getsets;                 /* NULL-terminated; read-only attributes */

  /* memory: drop the references and host buffers the object owns; TRUE
     when it was parked on a free list (the block is kept) */
  gboolean (*dealloc) (PmlObj *o);
  void     (*traverse) (PmlObj *o, PmlVisitFunc visit, gpointer data);
  void     (*clear) (PmlObj *o);               /* tp_clear: break reference cycles */
  void     (*free_host) (PmlObj *o);           /* the host buffers, at interpreter teardown */

  /* the references a picture of the heap draws, with their names
     (pml-py-graph.c); without it, the traverse slot's, unnamed */
  void     (*referents) (PmlObj *o, PmlEdgeFunc edge, gpointer data);

  guint    flags;                              /* PML_TPFLAGS_* */
};

enum
{
  PML_TPFLAGS_HAVE_GC     = 1 << 0,  /* instances have the collector's header */
  PML_TPFLAGS_WEAKREFABLE = 1 << 1,  /* instances have a weakref list */
  PML_TPFLAGS_RUNTIME     = 1 << 2,  /* the runtime's own: not drawn in pictures of the heap */
  PML_TPFLAGS_BASETYPE    = 1 << 3,  /* a built-in type classes may derive from (K_INSTANCE instances) */
};

/* the descriptor of @type's own computed attribute @name (int.real), or
   NULL; made once per run (pml-py-getset.c) */
PmlObj             *pml_getset_descriptor (PmlObj *type, const char *name);
/* the definition behind a getset or member descriptor of a built-in type */
const PmlGetSetDef *pml_getset_def        (PmlObj *type, const char *name);

/* the tables, one per type file */
void pml_collections_slots_init (void);
extern const PmlTypeSlots pml_bool_slots;
extern const PmlTypeSlots pml_builtin_slots;
extern const PmlTypeSlots pml_method_descr_slots;
extern const PmlTypeSlots pml_wrapper_descr_slots;
extern const PmlTypeSlots pml_method_wrapper_slots;
extern const PmlTypeSlots pml_bytearray_slots;
extern const PmlTypeSlots pml_bytes_slots;
extern const PmlTypeSlots pml_cell_slots;
extern const PmlTypeSlots pml_code_slots;
extern PmlTypeSlots pml_defaultdict_slots;      /* filled by pml_collections_slots_init */
extern PmlTypeSlots pml_odict_slots;            /* the same */
extern PmlTypeSlots pml_odict_view_slots;       /* the same */
extern const PmlTypeSlots pml_odict_iter_slots;
extern const PmlTypeSlots pml_deque_slots;
extern const PmlTypeSlots pml_deque_iter_slots;
extern const PmlTypeSlots pml_complex_slots;
extern const PmlTypeSlots pml_dict_slots;
extern const PmlTypeSlots pml_dictview_slots;
extern const PmlTypeSlots pml_dict_values_slots;
extern const PmlTypeSlots pml_ellipsis_slots;
extern const PmlTypeSlots pml_enumerate_slots;
extern const PmlTypeSlots pml_exception_slots;
/* OSError's: BaseException's, filled in at start-up */
extern PmlTypeSlots pml_oserror_slots;
void    pml_oserror_slots_init   (void);
char   *pml_oserror_message      (PmlObj *exc);
char   *pml_syntaxerror_message  (PmlObj *exc);
PmlObj *pml_exc_detail_field     (PmlObj *o, const char *name);
extern const PmlTypeSlots pml_map_slots;
gboolean  pml_byte_value (PmlObj *o, guint8 *out);
extern const PmlTypeSlots pml_filter_slots;
extern const PmlTypeSlots pml_descriptor_slots;
extern const PmlTypeSlots pml_float_slots;
extern const PmlTypeSlots pml_frozenset_slots;
extern const PmlTypeSlots pml_function_slots;
extern const PmlTypeSlots pml_generator_slots;
extern const PmlTypeSlots pml_generic_alias_slots;
extern const PmlTypeSlots pml_int_slots;
extern const PmlTypeSlots pml_iter_slots;
extern const PmlTypeSlots pml_list_slots;
extern const PmlTypeSlots pml_mappingproxy_slots;
extern const PmlTypeSlots pml_method_slots;
extern const PmlTypeSlots pml_module_slots;
extern const PmlTypeSlots pml_none_slots;
extern const PmlTypeSlots pml_notimplemented_slots;
extern const PmlTypeSlots pml_object_slots;
extern const PmlTypeSlots pml_random_slots;
extern const PmlTypeSlots pml_range_slots;
extern const PmlTypeSlots pml_reversed_slots;
extern const PmlTypeSlots pml_set_slots;
extern const PmlTypeSlots pml_slice_slots;
extern const PmlTypeSlots pml_str_slots;
extern const PmlTypeSlots pml_tuple_slots;
extern const PmlTypeSlots pml_union_type_slots;
extern const PmlTypeSlots pml_type_slots;
extern const PmlTypeSlots pml_weakref_slots;
extern const PmlTypeSlots pml_zip_slots;

#define NOTIMPL (&pml_vm->notimpl)

char     *pml_type_dotted_name (PmlObj *type);   /* "module.Name"; g_free() it */

/* list[int] and int | None (pml-py-genericalias.c) */
PmlObj   *pml_generic_alias_new (PmlObj *origin, PmlObj *args);
PmlObj   *pml_union_or      (PmlObj *a, PmlObj *b);
PmlObj   *pml_union_args    (PmlObj *o);   /* a union's classes (borrowed), else NULL */


/* object's own slots (pml-py-object.c), the defaults of every type */
PmlObj   *pml_object_repr   (PmlObj *o);
PmlObj   *pml_descriptor_repr (PmlObj *d);
gint64    pml_object_hash   (PmlObj *o, gboolean *ok);
gint64    pml_hash_not_implemented (PmlObj *o, gboolean *ok);
PmlObj   *pml_object_richcompare (PmlObj *a, PmlObj *b, int op);
PmlObj   *pml_object_getattro (PmlObj *o, PmlObj *name);
gboolean  pml_object_setattro (PmlObj *o, PmlObj *name, PmlObj *v);

/* shared by the slots of several types (pml-py-abstract.c) */
PmlObj   *pml_str_printf    (const char *fmt, ...) G_GNUC_PRINTF (1, 2);
PmlObj   *pml_str_from_gstring (GString *s);
gboolean  pml_repr_enter    (PmlObj *o);     /* FALSE: already being repr'd */
void      pml_repr_leave    (PmlObj *o);
gboolean  pml_append_repr   (GString *out, PmlObj *o);
PmlObj   *pml_repr_items    (PmlObj *o, PmlObj **items, gsize n, const char *open, const char *close,
                             const char *recursive);
PmlObj   *pml_compare_result (int c, int op);   /* c: -1, 0, 1 */
PmlObj   *pml_seq_richcompare (PmlObj **a, gsize na, PmlObj **b, gsize nb, int op);
gboolean  pml_slice_indices (PmlObj *slice, gint64 length, gint64 *start, gint64 *stop, gint64 *step, gint64 *count);
gboolean  pml_normalize_index (PmlObj *key, gint64 length, gint64 *i, const char *what);
PmlObj   *pml_attribute_error (PmlObj *o, PmlObj *name);
PmlObj   *pml_key_error     (PmlObj *key);   /* sets KeyError(key), NULL */
gboolean  pml_obj_park      (GPtrArray *list, guint max, PmlObj *o);
void      pml_free_items_reversed (PmlObj **items, gsize n);

/* in a traverse slot: visit one reference, stop when the visitor says so */
#define PML_VISIT(x) G_STMT_START { PmlObj *_v = (x); if (_v != NULL && visit (_v, data)) return; } G_STMT_END

/* the iterators of the built-in types (pml-py-iter.c) */
PmlObj   *pml_iter_new      (PmlIterKind kind, PmlObj *seq);

/* the names of references in pictures of the heap (pml-py-graph.c) */
const char *pml_index_label (gsize index);       /* "[i]" */
const char *pml_key_label   (PmlObj *key);       /* "['k']" for a str key, else NULL */
const char *pml_name_label  (PmlObj *str);       /* the str itself, else NULL */

/* user classes: a table per class, filled from its dunder methods
   (pml-py-class-slots.c) */
void      pml_class_fixup_slots (PmlObj *type);
PmlObj   *pml_class_lookup  (PmlObj *type, const char *name);   /* borrowed, in the classes of the MRO */

/* metaclasses, __build_class__ and abstract classes (pml-py-metaclass.c) */
PmlObj   *pml_build_class   (PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj   *pml_call_kwdict   (PmlObj *callable, PmlObj **args, gsize nargs, PmlObj *kwargs);
void      pml_metaclass_fixup_slots (PmlObj *meta, PmlTypeSlots *tp);
int       pml_metaclass_check (PmlObj *cls, PmlObj *arg, gboolean instance);   /* 2: no hook */
gboolean  pml_class_check_abstract (PmlObj *type);
PmlObj   *pml_m_type_new    (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj   *pml_m_type_init   (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj   *pml_m_type_call   (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj   *pml_m_type_setattr (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj   *pml_m_type_delattr (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj   *pml_m_type_prepare (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj   *pml_m_type_getattribute (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj   *pml_m_type_instancecheck (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj   *pml_m_type_subclasscheck (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);

static inline const PmlTypeSlots *
pml_slots (PmlObj *o)
{
  return o->type->u.ty.tp;
}

/* list.index and tuple.index: the optional start and stop, clamped */
gboolean  pml_seq_index_bounds (PmlObj **args, gsize nargs, gint64 len, gint64 *start, gint64 *stop);

/* the static descriptor of a method of a built-in type (borrowed) */
PmlObj   *pml_method_descr_object (const PmlMethodDef *m, PmlObj *owner);
/* a new bound method of @self's type's method @name, NULL if none */
PmlObj   *pml_builtin_method_lookup (PmlObj *self, const char *name);

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
