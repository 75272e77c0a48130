/* pml-py-native.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pml-py-type.h"

G_BEGIN_DECLS

/* Built-in types defined by the C modules (itertools, _functools,
 * operator): each file describes its types with a PmlNativeType and keeps
 * its instances' fields in a struct of its own, laid over the object's
 * native words (K_NATIVE). The type objects are made at their first use in
 * a run, as static types, so no shared table lists them. */

typedef struct _PmlNativeTypeBase
{
  const char         *name;        /* tp_name, with its module: "itertools.count" */
  gsize               basicsize;   /* tp_basicsize, without the GC header */
  const PmlTypeSlots *slots;
  /* the built-in type it derives from (datetime from date), NULL: object */
  const struct _PmlNativeTypeBase *base;
} PmlNativeType;

/* the file's struct over the native words of @o */
#define PML_NATIVE(o, Struct) ((Struct *) (gpointer) (o)->u.native)
/* ... which must fit in them */
#define PML_NATIVE_FITS(Struct) \
  G_STATIC_ASSERT (sizeof (Struct) <= sizeof (((PmlObj *) NULL)->u.native))

PmlObj   *pml_native_type   (const PmlNativeType *def);    /* borrowed */
PmlObj   *pml_native_alloc  (const PmlNativeType *def, gsize extra);
gboolean  pml_native_is     (PmlObj *o, const PmlNativeType *def);
gboolean  pml_native_is_type (PmlObj *type, const PmlNativeType *def);
/* a constant the type offers as a class attribute (date.min,
   timezone.utc): @value is kept by the type until the end of the run */
void      pml_native_set_const (const PmlNativeType *def, const char *name, PmlObj *value);

/* _PyObject_MakeTpCall: a callable without vectorcall (the itertools
 * types, partial, the lru_cache wrapper) gets its arguments as a tuple
 * and, with keywords, a dict, which the call makes first and drops after */
typedef struct
{
  PmlObj *args;     /* the positional arguments' tuple */
  PmlObj *kwargs;   /* NULL without keywords */
} PmlTpCallArgs;

gboolean  pml_tp_call_args_init  (PmlTpCallArgs *a, PmlObj **args, gsize nargs, PmlObj *kwnames);
void      pml_tp_call_args_clear (PmlTpCallArgs *a);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PmlTpCallArgs, pml_tp_call_args_clear)

/* PyObject_Call (callable, args, kwargs) of a vectorcall callable: a
 * non-empty @kwargs dict goes onto a new stack of held references with
 * a kwnames tuple, for the call (_PyStack_UnpackDict) */
PmlObj   *pml_call_with_kwargs (PmlObj *callable, PmlObj **args, gsize nargs, PmlObj *kwargs);

/* Argument Clinic's parsing: the parameters by position or name, the
 * first @nrequired required, those from @npositional on keyword-only;
 * out[i] is the argument for names[i] (borrowed), NULL when not given */
typedef struct
{
  const char        *fname;         /* "count" */
  const char *const *names;         /* NULL-terminated */
  gsize              nrequired;
  gsize              npositional;
  /* PyArg_ParseTupleAndKeywords rather than the Clinic: it looks each
     keyword up by its C name, through a str made and dropped each time */
  gboolean           by_c_name;
} PmlArgSpec;

gboolean  pml_parse_args    (const PmlArgSpec *spec, PmlObj **args, gsize nargs, PmlObj *kwnames,
                             PmlObj **out);
/* PyArg_UnpackTuple after _PyArg_NoKeywords: positional arguments only */
gboolean  pml_unpack_args   (const char *fname, gsize nargs, PmlObj *kwnames, gsize min, gsize max);

/* PySequence_Tuple: a tuple as is, a list's items, else what iterating
 * gives */
PmlObj   *pml_sequence_tuple (PmlObj *o);

G_END_DECLS
