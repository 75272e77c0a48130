/* pml-py-object.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "pml-bigint.h"
#include "pml-heap.h"

G_BEGIN_DECLS

/* The simulated CPython objects of a scenario. Each object lives in host
 * memory, and owns the simulated blocks CPython would have asked pymalloc
 * for; its reference count follows CPython's exactly. */

typedef struct _PmlObj   PmlObj;
typedef struct _PmlCode  PmlCode;
typedef struct _PmlFrame PmlFrame;
typedef struct _PmlVM    PmlVM;
typedef struct _PmlTypeSlots PmlTypeSlots;
typedef struct _PmlDequeBlock PmlDequeBlock;

typedef enum
{
  K_NONE, K_BOOL, K_INT, K_FLOAT, K_STR, K_BYTES, K_BYTEARRAY,
  K_TUPLE, K_LIST, K_DICT, K_SET, K_FROZENSET,
  K_FUNCTION, K_BUILTIN, K_METHOD, K_TYPE, K_INSTANCE, K_MODULE,
  K_WEAKREF, K_CELL, K_CODE, K_RANGE, K_SLICE, K_ITER, K_GENERATOR,
  K_DICTVIEW, K_NOTIMPL, K_OBJECT, K_COMPLEX,
  K_NATIVE,     /* a type whose layout its own file defines (pml-py-native.h) */
  K_DEQUE, K_DEQUE_ITER, K_ODICT_ITER,
} PmlKind;

typedef enum
{
  IT_LIST, IT_TUPLE, IT_STR, IT_RANGE, IT_DICT_KEYS, IT_DICT_VALUES,
  IT_DICT_ITEMS, IT_SET, IT_ENUMERATE, IT_ZIP, IT_REVERSED, IT_BYTES,
  IT_MAP, IT_FILTER,
  IT_SEQ,
  IT_DICT_REVKEYS, IT_DICT_REVVALUES, IT_DICT_REVITEMS,
} PmlIterKind;

enum
{
  OBJ_STATIC    = 1 << 0,  /* statically allocated by the runtime: no block */
  OBJ_GC        = 1 << 1,  /* type has Py_TPFLAGS_HAVE_GC */
  OBJ_TRACKED   = 1 << 2,
  OBJ_FINALIZED = 1 << 3,  /* PEP 442: __del__ already called */
  OBJ_COLLECTING = 1 << 4,
  OBJ_UNREACHABLE = 1 << 5,
  OBJ_INTERNED  = 1 << 6,
  OBJ_FREELIST  = 1 << 7,  /* parked on a free list */
  OBJ_DEAD      = 1 << 8,
  OBJ_GC_ALLOC  = 1 << 9,  /* allocated by the GC allocator (counts in gen 0) */
  OBJ_METHOD_DESCR = 1 << 10,  /* a built-in type's method: binds to instances */
  OBJ_CLASS_METHOD = 1 << 11,  /* ... a class method (METH_CLASS): binds to the class */
  OBJ_EXC_CHAINED = 1 << 12,   /* an exception's __context__ was set where it was raised */
};

typedef struct
{
  PmlObj *key;
  PmlObj *value;
  gint64  hash;
} PmlDictEntry;

/* a class's shared keys (3.11 split tables): the attribute names its
 * instances' values arrays are laid out by, shared with the instance
 * dicts made from those arrays */
typedef struct
{
  GPtrArray *names;     /* owned str objects */
  gsize      usable;
  guint      refs;
} PmlSharedKeys;

/* the room a K_NATIVE object has for its fields, in pointers */
#define PML_NATIVE_WORDS 12

typedef PmlObj *(*PmlBuiltinFunc) (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);

/* what an instance of a class holds besides its type's own fields: the
 * values array of 3.11's split table, the __dict__, the __slots__ */
typedef struct
{
  PmlObj **values; gsize nvalues; guint64 values_addr;
  PmlObj  *dict;
  PmlObj **slots;  gsize nslots;
  guint64  data_addr;   /* a str subclass's characters: a block of their own */
} PmlInstAttrs;

struct _PmlObj
{
  PmlObj  *type;
  gint64   refcnt;
  guint64  addr;       /* the simulated PyObject *, 0 when not yet placed */
  guint32  serial;
  guint16  kind;
  guint16  flags;
  PmlObj  *gc_prev, *gc_next;
  gint64   gc_refs;
  PmlObj  *weakrefs;   /* the head of the weakref list */
  PmlObj  *host_prev, *host_next;   /* every live object, for teardown */
  /* an instance of a class derived from a built-in type (class
     Stack(list)): its attributes, next to the list in the union; NULL
     for every other object (pml_inst_attrs) */
  PmlInstAttrs *sub_attrs;
  union
  {
    struct { gint64 v; PmlBigint *big; } i;
    double f;
    struct { double re, im; } c;
    struct { char *s; gsize len; gsize nbytes; guint8 skind; gint64 hash; } s;
    struct { guint8 *data; gsize len; gsize alloc; guint64 buf_addr; } b;
    struct { PmlObj **items; gsize n; } t;
    struct { PmlObj **items; gsize n, alloc; guint64 items_addr; } l;
    struct
    {
      PmlDictEntry *entries;
      gint32 *indices;
      guint   log2size;
      gsize   nentries, used, usable;
      gboolean unicode;       /* all keys str: 16-byte entries */
      guint64 keys_addr;      /* 0: the shared empty keys */
      PmlSharedKeys *split;   /* a split table: a class's keys, and */
      guint64 values_addr;    /* the values array it took over */
      PmlObj *default_factory;          /* collections.defaultdict */
      struct _PmlODictLinks *links;     /* collections.OrderedDict: its order */
    } d;
    struct
    {
      PmlDictEntry *table;    /* key NULL: unused; key == dummy: deleted */
      gsize mask, fill, used;
      guint64 table_addr;
      gint64 hash;
    } set;
    struct
    {
      PmlCode *code;
      PmlObj  *globals, *defaults, *closure, *name, *qualname, *dict;
      PmlObj  *kwdefaults, *annotations;   /* a dict; a tuple of pairs or a dict */
      PmlObj  *doc, *module;   /* set by assignment; NULL: the docstring, the globals' __name__ */
    } fn;
    /* owner: a method descriptor's class, which its repr names (static) */
    struct { PmlBuiltinFunc fn; const char *name; PmlObj *self; gboolean tracked_args; gboolean counted;
             PmlObj *owner; } bf;
    struct { PmlObj *func, *self; } m;
    struct
    {
      char    *name;
      const char *interned_name;   /* for the event stream */
      PmlObj  *base, *dict, *mro, *slots;
      PmlObj  *bases;         /* classes: __bases__ (owned) */
      char    *qualname;      /* classes: __qualname__, or NULL for the name */
      PmlKind  inst_kind;     /* built-in types, and classes derived from them */
      guint8   itemsize;      /* classes derived from tuple, int, bytes: tp_itemsize */
      guint8   dict_in_object; /* classes derived from OrderedDict: its own __dict__ pointer */
      const PmlTypeSlots *tp; /* the slots (pml-py-type.h) */
      gsize    basicsize;     /* tp_basicsize without pre-header */
      gsize    presize_plus1; /* cached pre-header size + 1; 0: not yet known */
      gboolean has_dict, has_weakref, has_del, is_exception, builtin;
      PmlSharedKeys *shared;   /* of the instances' values arrays */
      PmlObj  *consts;        /* a C module's type: its constants (date.min), a dict */
    } ty;
    struct
    {
      union
      {
        PmlInstAttrs attrs;    /* the same fields, as one struct */
        struct
        {
          PmlObj **values; gsize nvalues; guint64 values_addr;
          PmlObj  *dict;
          PmlObj **slots;  gsize nslots;
          guint64  data_addr;
        };
      };
      PmlObj  *exc_args;   /* exceptions: args tuple */
      PmlObj  *exc_tb;     /* exceptions: the frames it passed (a GArray) */
      char    *exc_suggestion; /* NameError: "Did you mean" */
      PmlObj  *exc_cause, *exc_context;   /* __cause__, __context__ */
      /* the members some exception types add (pml-py-exc-fields.c):
         ImportError's name, path, msg; AttributeError's name, obj;
         NameError's name */
      PmlObj  *exc_fields[3];
      PmlObj  *exc_tb_obj;  /* __traceback__ once read: traceback objects */
      guint    exc_tb_seen; /* the entries of exc_tb it covers */
      gboolean exc_suppress_context;
      gpointer native;     /* a built-in base's own state (_random.Random's generator) */
    } inst;
    struct { char *name; PmlObj *dict; gboolean frozen; } mod;   /* frozen: a bundled .py */
    struct
    {
      PmlObj *referent, *callback;
      PmlObj *wr_prev, *wr_next;
      gint64  hash;
      PmlObj *key;                    /* KeyedRef: the key of its entry */
      PmlObj *func_ref, *meth_type;   /* WeakMethod: a ref to the function, */
      gboolean alive;                 /* the method's type, and its state */
    } wr;
    struct { PmlObj *ref; } cell;
    struct { PmlCode *code; } code;
    struct { gint64 start, stop, step, len; } r;
    struct { PmlObj *start, *stop, *step; } sl;
    struct
    {
      PmlIterKind ikind;
      PmlObj *seq, *seq2;     /* the iterated object(s), NULL when exhausted */
      gint64  index, stop, step, count;
      PmlObj *result;         /* enumerate/zip: cached result tuple */
    } it;
    struct { PmlFrame *frame; gboolean running, done; PmlObj *name; PmlCode *code; } gen;
    struct { PmlObj *dict; int which; } dv;
    struct
    {
      PmlDequeBlock *left, *right;    /* the blocks of the first and last items */
      gint64  leftindex, rightindex;  /* their slots in them */
      gint64  len, maxlen;            /* maxlen -1: unbounded */
      guint64 state;                  /* changes with each mutation, for iterators */
      PmlDequeBlock **spare;          /* freed blocks kept for reuse */
      gint64  nspare;
    } dq;
    struct { PmlObj *deque; PmlDequeBlock *b; gint64 index, counter; guint64 state; } dqit;
    struct { PmlObj *od, *current, *result; gint64 size; guint64 state; int kind; } odit;
    gpointer native[PML_NATIVE_WORDS];   /* K_NATIVE: the type file's struct */
  } u;
};

/* Where an instruction's expression ends, and the operator or subscript
 * inside it that a traceback underlines with ^ (PEP 657's carets). */
typedef enum
{
  PML_ANCHOR_NONE, PML_ANCHOR_BINOP, PML_ANCHOR_SUBSCRIPT,
} PmlAnchorKind;

typedef struct
{
  gint32 end_line;      /* 0: not known (no carets) */
  gint32 end_col;
  gint32 anchor_a;      /* binop: its left operand's end; subscript: the value's */
  gint32 anchor_b;      /* binop: its right operand's start; subscript: past the ] */
  guint8 anchor;        /* PmlAnchorKind, on one line only */
} PmlCodeSpan;

/* Code objects are plain C structs owned by a K_CODE object. */
struct _PmlCode
{
  char     *name;
  char     *qualname;
  PmlObj   *name_obj;       /* co_name (interned) and co_qualname: what */
  PmlObj   *qualname_obj;   /* its functions and generators share */
  char     *filename;
  guint8   *ops;
  gint32   *args;
  gint32   *lines;
  gint32   *cols;
  PmlCodeSpan *spans;     /* where each instruction's expression ends */
  gsize     n_ops;
  GPtrArray *consts;      /* owned references */
  GPtrArray *names;       /* owned str objects */
  GPtrArray *varnames;    /* locals, parameters first */
  GPtrArray *cellvars;
  GPtrArray *freevars;
  guint     argcount;       /* positional parameters, positional-only included */
  guint     posonlyargcount;
  guint     kwonlyargcount;
  gboolean  is_module, is_class_body, is_generator, is_comprehension;
  gboolean  has_varargs, has_varkw;
  gboolean  has_docstring;  /* consts[0] is the docstring */
  gboolean  is_library;     /* a bundled module's: its lines are not the script's */
  gint32    firstline;
  gsize     stacksize;      /* slots the VM allocates */
  gsize     max_depth;      /* the deepest the stack gets */
  PmlObj   *owner;        /* the K_CODE object */
  guint32  *reason_texts; /* pml-py-reason.c's ids of its names, locals and
                             "function\037local", made at first need */
};

PmlObj  *pml_obj_host_new  (void);
void     pml_obj_host_free (PmlObj *o);

/* Reference counting. Static objects are counted too, as in 3.11. */
void     pml_obj_dealloc (PmlObj *o);

/* the attributes of an instance of a class, or NULL */
static inline PmlInstAttrs *
pml_inst_attrs (PmlObj *o)
{
  return o->kind == K_INSTANCE ? &o->u.inst.attrs : o->sub_attrs;
}

#define PML_CLEAR(p) G_STMT_START { PmlObj *_tmp = (p); (p) = NULL; pml_xdecref (_tmp); } G_STMT_END
#define PML_SETREF(p, v) G_STMT_START { PmlObj *_tmp = (p); (p) = (v); pml_xdecref (_tmp); } G_STMT_END

G_END_DECLS
