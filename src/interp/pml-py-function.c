/* pml-py-function.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-type.h"
#include "pml-object-sizes.h"

/* The callables: functions, built-in functions and methods, bound
 * methods, the cells of closures, and code objects. */

/* ---- function ---- */

static PmlObj *
function_repr (PmlObj *o)
{
  /* func_repr: the function's __qualname__, which may have been set */
  return pml_str_printf ("<function %s at 0x%" G_GINT64_MODIFIER "x>", o->u.fn.qualname->u.s.s,
                         o->addr);
}

static PmlObj *
function_getattro (PmlObj *o, PmlObj *name)
{
  const char *n = name->u.s.s;
  PmlObj *v;

  if (strcmp (n, "__name__") == 0)
    return pml_incref (o->u.fn.name);
  if (strcmp (n, "__qualname__") == 0)
    return pml_incref (o->u.fn.qualname);
  if (strcmp (n, "__doc__") == 0 && o->u.fn.doc != NULL)
    return pml_incref (o->u.fn.doc);
  if (strcmp (n, "__doc__") == 0)
    return pml_incref (o->u.fn.code->has_docstring ? o->u.fn.code->consts->pdata[0] : NONE);
  if (strcmp (n, "__module__") == 0 && o->u.fn.module != NULL)
    return pml_incref (o->u.fn.module);
  if (strcmp (n, "__module__") == 0)
    {
      v = o->u.fn.globals ? pml_dict_get_str (o->u.fn.globals, "__name__") : NULL;
      return pml_incref (v ? v : NONE);
    }
  if (strcmp (n, "__code__") == 0)
    return pml_incref (o->u.fn.code->owner);
  if ((v = pml_function_attr (o, n)) != NULL)
    return v;
  /* func_get_dict: made at the first look */
  if (strcmp (n, "__dict__") == 0)
    {
      if (o->u.fn.dict == NULL && (o->u.fn.dict = pml_dict_new ()) == NULL)
        return NULL;
      return pml_incref (o->u.fn.dict);
    }
  if (o->u.fn.dict && (v = pml_dict_get (o->u.fn.dict, name, &(gboolean) { 0 })) != NULL)
    return pml_incref (v);
  /* the function type's methods (__get__), bound to the function */
  if ((v = pml_builtin_type_attr (o->type, n)) != NULL && v->kind == K_BUILTIN
      && (v->flags & OBJ_METHOD_DESCR))
    return pml_descr_get (v, o, o->type);
  return pml_attribute_error (o, name);
}

/* attributes live in the function's own dict, made when first set */
static gboolean
function_setattro (PmlObj *o, PmlObj *name, PmlObj *v)
{
  /* func_set_name, func_set_qualname: the function's own fields */
  if (strcmp (name->u.s.s, "__name__") == 0 || strcmp (name->u.s.s, "__qualname__") == 0)
    {
      gboolean qual = name->u.s.s[2] == 'q';

      if (v == NULL || v->type != TYPE (T_STR))
        {
          pml_err_set (T_TYPE_ERROR, "%s must be set to a string object", qual ? "__qualname__" : "__name__");
          return FALSE;
        }
      if (qual)
        PML_SETREF (o->u.fn.qualname, pml_incref (v));
      else
        PML_SETREF (o->u.fn.name, pml_incref (v));
      return TRUE;
    }
  /* the members __doc__ and __module__, and func_set_annotations */
  if (strcmp (name->u.s.s, "__doc__") == 0 || strcmp (name->u.s.s, "__module__") == 0)
    {
      PmlObj **field = name->u.s.s[2] == 'd' ? &o->u.fn.doc : &o->u.fn.module;

      PML_SETREF (*field, pml_incref (v != NULL ? v : NONE));
      return TRUE;
    }
  if (strcmp (name->u.s.s, "__annotations__") == 0)
    {
      if (v != NULL && v != NONE && v->kind != K_DICT)
        {
          pml_err_set (T_TYPE_ERROR, "__annotations__ must be set to a dict object");
          return FALSE;
        }
      PML_SETREF (o->u.fn.annotations, v != NULL && v != NONE ? pml_incref (v) : NULL);
      return TRUE;
    }
  if (o->u.fn.dict == NULL)
    {
      o->u.fn.dict = pml_dict_new ();
      if (o->u.fn.dict == NULL)
        return FALSE;
    }
  if (v == NULL)
    return pml_dict_del (o->u.fn.dict, name) == 1 || (pml_attribute_error (o, name), FALSE);
  return pml_dict_set (o->u.fn.dict, name, v);
}

static PmlObj *
function_call (PmlObj *o, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  return pml_function_call (o, args, nargs, kwnames, FALSE);
}

static gsize
function_sizeof (PmlObj *o)
{
  (void) o;
  return pml_fixed_size (VM->preset, PML_FIXED_FUNCTION);
}

static gboolean
function_dealloc (PmlObj *o)
{
  pml_xdecref (o->u.fn.globals);
  pml_xdecref (o->u.fn.name);
  pml_xdecref (o->u.fn.qualname);
  pml_xdecref (o->u.fn.defaults);
  pml_xdecref (o->u.fn.closure);
  pml_xdecref (o->u.fn.dict);
  pml_xdecref (o->u.fn.kwdefaults);
  pml_xdecref (o->u.fn.annotations);
  pml_xdecref (o->u.fn.doc);
  pml_xdecref (o->u.fn.module);
  pml_decref (o->u.fn.code->owner);
  if (o->weakrefs)
    pml_weakrefs_clear_all (o, TRUE);
  return FALSE;
}

static void
function_traverse (PmlObj *o, PmlVisitFunc visit, gpointer data)
{
  PML_VISIT (o->u.fn.globals);
  PML_VISIT (o->u.fn.defaults);
  PML_VISIT (o->u.fn.dict);
  PML_VISIT (o->u.fn.closure);
  PML_VISIT (o->u.fn.kwdefaults);
  PML_VISIT (o->u.fn.annotations);
  PML_VISIT (o->u.fn.doc);
  PML_VISIT (o->u.fn.module);
}

static void
function_clear (PmlObj *o)
{
  PML_CLEAR (o->u.fn.defaults);
  PML_CLEAR (o->u.fn.dict);
  PML_CLEAR (o->u.fn.closure);
  PML_CLEAR (o->u.fn.kwdefaults);
  PML_CLEAR (o->u.fn.annotations);
}

const PmlTypeSlots pml_function_slots = {
  .repr = function_repr,
  .hash = pml_object_hash,
  .richcompare = pml_object_richcompare,
  .getattro = function_getattro,
  .setattro = function_setattro,
  .call = function_call,
  .size_of = function_sizeof,
  .dealloc = function_dealloc,
  .traverse = function_traverse,
  .clear = function_clear,
  .flags = PML_TPFLAGS_HAVE_GC | PML_TPFLAGS_WEAKREFABLE | PML_TPFLAGS_RUNTIME,
};

/* ---- built-in functions and methods ---- */

static PmlObj *
builtin_repr (PmlObj *o)
{
  if (o->u.bf.self && o->u.bf.self->type != TYPE (T_MODULE))
    return pml_str_printf ("<built-in method %s of %s object at 0x%" G_GINT64_MODIFIER "x>",
                           o->u.bf.name, pml_type_name (o->u.bf.self), o->u.bf.self->addr);
  return pml_str_printf ("<built-in function %s>", o->u.bf.name);
}

static PmlObj *
builtin_getattro (PmlObj *o, PmlObj *name)
{
  PmlObj *self = o->u.bf.self;

  if (strcmp (name->u.s.s, "__name__") == 0)
    return pml_str_new (o->u.bf.name, -1);
  /* m_self: the module of a module's function, the object a method is
     bound to (heapq.merge reaches an iterator through its __next__) */
  if (strcmp (name->u.s.s, "__self__") == 0 && self != NULL)
    return pml_incref (self);
  /* m_module: the module's name, None for a method */
  if (strcmp (name->u.s.s, "__module__") == 0 && self != NULL)
    return self->type == TYPE (T_MODULE) ? pml_str_new (self->u.mod.name, -1) : pml_incref (NONE);
  return pml_attribute_error (o, name);
}

static PmlObj *
builtin_call (PmlObj *o, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *r;

  if (!o->u.bf.counted)
    return o->u.bf.fn (o->u.bf.self, args, nargs, kwnames);
  if (!pml_recursion_enter (" while calling a Python object"))
    return NULL;
  r = o->u.bf.fn (o->u.bf.self, args, nargs, kwnames);
  pml_recursion_leave ();
  return r;
}

static gboolean
builtin_dealloc (PmlObj *o)
{
  if (o->weakrefs != NULL)
    pml_weakrefs_clear_all (o, TRUE);
  pml_xdecref (o->u.bf.self);
  return FALSE;
}

static void
builtin_traverse (PmlObj *o, PmlVisitFunc visit, gpointer data)
{
  PML_VISIT (o->u.bf.self);
}

const PmlTypeSlots pml_builtin_slots = {
  .repr = builtin_repr,
  .hash = pml_object_hash,
  .richcompare = pml_object_richcompare,
  .getattro = builtin_getattro,
  .setattro = pml_object_setattro,
  .call = builtin_call,
  .dealloc = builtin_dealloc,
  .traverse = builtin_traverse,
  .flags = PML_TPFLAGS_HAVE_GC | PML_TPFLAGS_WEAKREFABLE | PML_TPFLAGS_RUNTIME,
};

/* ---- bound methods ---- */

static PmlObj *
method_repr (PmlObj *o)
{
  PmlObj *self_repr = pml_repr (o->u.m.self), *r;

  if (self_repr == NULL)
    return NULL;
  r = pml_str_printf ("<bound method %s of %s>", o->u.m.func->u.fn.code->qualname, self_repr->u.s.s);
  pml_decref (self_repr);
  return r;
}

static PmlObj *
method_getattro (PmlObj *o, PmlObj *name)
{
  if (strcmp (name->u.s.s, "__self__") == 0)
    return pml_incref (o->u.m.self);
  if (strcmp (name->u.s.s, "__func__") == 0)
    return pml_incref (o->u.m.func);
  return pml_getattr (o->u.m.func, name);
}

/* the function with self first */
static PmlObj *
method_call (PmlObj *o, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *stack[16], **argv = nargs + 1 <= 16 ? stack : g_new (PmlObj *, nargs + 1), *r;

  argv[0] = o->u.m.self;
  if (nargs > 0)
    memcpy (argv + 1, args, nargs * sizeof (PmlObj *));
  r = pml_call (o->u.m.func, argv, nargs + 1, kwnames);
  if (argv != stack)
    g_free (argv);
  return r;
}

/* equal: the same function bound to the very same object */
static PmlObj *
method_richcompare (PmlObj *a, PmlObj *b, int op)
{
  int eq;

  if ((op != OP_EQ && op != OP_NE) || a->kind != K_METHOD || b->kind != K_METHOD)
    return pml_incref (NOTIMPL);
  eq = pml_eq (a->u.m.func, b->u.m.func);
  if (eq < 0)
    return NULL;
  eq = eq && a->u.m.self == b->u.m.self;
  return pml_incref (BOOL (eq == (op == OP_EQ)));
}

static gint64
method_hash (PmlObj *o, gboolean *ok)
{
  gint64 x = pml_object_hash (o->u.m.self, ok), y;

  if (!*ok)
    return -1;
  y = pml_hash (o->u.m.func, ok);
  if (!*ok)
    return -1;
  x ^= y;
  return x == -1 ? -2 : x;
}

static gboolean
method_dealloc (PmlObj *o)
{
  if (o->weakrefs != NULL)
    pml_weakrefs_clear_all (o, TRUE);
  pml_decref (o->u.m.func);
  pml_decref (o->u.m.self);
  return FALSE;
}

static void
method_traverse (PmlObj *o, PmlVisitFunc visit, gpointer data)
{
  PML_VISIT (o->u.m.func);
  PML_VISIT (o->u.m.self);
}

static void
method_referents (PmlObj *o, PmlEdgeFunc edge, gpointer data)
{
  edge (o->u.m.self, "__self__", FALSE, data);
}

/* types.MethodType(func, obj) */
static PmlObj *
method_new (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) type;
  if (kwnames != NULL && kwnames->u.t.n > 0)
    return pml_err_set (T_TYPE_ERROR, "method() takes no keyword arguments");
  if (nargs != 2)
    return pml_err_set (T_TYPE_ERROR, "method expected 2 arguments, got %zu", nargs);
  if (!pml_is_callable (args[0]))
    return pml_err_set (T_TYPE_ERROR, "first argument must be callable");
  if (args[1] == NONE)
    return pml_err_set (T_TYPE_ERROR, "instance must not be None");
  return pml_method_new (args[0], args[1]);
}

const PmlTypeSlots pml_method_slots = {
  .repr = method_repr,
  .new_instance = method_new,
  .hash = method_hash,
  .richcompare = method_richcompare,
  .getattro = method_getattro,
  .setattro = pml_object_setattro,
  .call = method_call,
  .dealloc = method_dealloc,
  .traverse = method_traverse,
  .referents = method_referents,
  .flags = PML_TPFLAGS_HAVE_GC | PML_TPFLAGS_WEAKREFABLE,
};

/* ---- cells ---- */

static gsize
cell_sizeof (PmlObj *o)
{
  (void) o;
  return pml_fixed_size (VM->preset, PML_FIXED_CELL);
}

static gboolean
cell_dealloc (PmlObj *o)
{
  pml_xdecref (o->u.cell.ref);
  return FALSE;
}

static void
cell_traverse (PmlObj *o, PmlVisitFunc visit, gpointer data)
{
  PML_VISIT (o->u.cell.ref);
}

static void
cell_clear (PmlObj *o)
{
  PML_CLEAR (o->u.cell.ref);
}

/* cell_contents, or CPython's error for an empty cell */
static PmlObj *
cell_getattro (PmlObj *o, PmlObj *name)
{
  if (strcmp (name->u.s.s, "cell_contents") != 0)
    return pml_object_getattro (o, name);
  if (o->u.cell.ref == NULL)
    return pml_err_set (T_VALUE_ERROR, "Cell is empty");
  return pml_incref (o->u.cell.ref);
}

const PmlTypeSlots pml_cell_slots = {
  .hash = pml_object_hash,
  .richcompare = pml_object_richcompare,
  .getattro = cell_getattro,
  .setattro = pml_object_setattro,
  .size_of = cell_sizeof,
  .dealloc = cell_dealloc,
  .traverse = cell_traverse,
  .clear = cell_clear,
  .flags = PML_TPFLAGS_HAVE_GC | PML_TPFLAGS_RUNTIME,
};

/* ---- code objects ---- */

static gboolean
code_dealloc (PmlObj *o)
{
  pml_code_free (o->u.code.code);
  if (o->weakrefs != NULL)
    pml_weakrefs_clear_all (o, TRUE);
  return FALSE;
}

static void
code_free_host (PmlObj *o)
{
  PmlCode *code = o->u.code.code;

  g_ptr_array_set_free_func (code->consts, NULL);
  g_ptr_array_set_free_func (code->names, NULL);
  code->name_obj = code->qualname_obj = NULL;
  pml_code_free (code);
}

/* Our frames keep a cell variable twice, as a local and as a cell (the
 * layout of 3.10); CPython 3.11's code object lists a local that is only
 * a cell among its cells alone, and a parameter that is a cell once, in
 * its parameter's slot. */
static gboolean
names_contain (GPtrArray *names, const char *name)
{
  for (guint i = 0; i < names->len; i++)
    if (strcmp (names->pdata[i], name) == 0)
      return TRUE;
  return FALSE;
}

static guint
code_nparams (PmlCode *code)
{
  return code->argcount + code->kwonlyargcount + (code->has_varargs ? 1 : 0) + (code->has_varkw ? 1 : 0);
}

/* co_varnames' names: the parameters, then the locals that are not cells */
static gboolean
code_is_plain_local (PmlCode *code, guint i)
{
  return i < code_nparams (code) || !names_contain (code->cellvars, code->varnames->pdata[i]);
}

/* co_nlocalsplus: the slots of a 3.11 frame's locals, cells and free variables */
gsize
pml_code_nlocalsplus (PmlCode *code)
{
  gsize n = code->cellvars->len + code->freevars->len;

  /* a cell, parameter or not, is counted among the cells */
  for (guint i = 0; i < code->varnames->len; i++)
    if (!names_contain (code->cellvars, code->varnames->pdata[i]))
      n++;
  return n;
}

static gint
compare_names (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

/* co_cellvars and co_freevars in CPython 3.11's order: the cells that
   are also parameters first, in their order, then the others
   sorted by name (the compiler numbers them from a sorted dict); free
   variables sorted by name */
static PmlObj *
code_cell_names (PmlCode *code, gboolean free)
{
  GPtrArray *names = free ? code->freevars : code->cellvars;
  g_autoptr (GPtrArray) order = g_ptr_array_new ();
  g_autoptr (GPtrArray) rest = g_ptr_array_new ();
  PmlObj *t;

  if (!free)
    for (guint i = 0; i < code_nparams (code) && i < code->varnames->len; i++)
      if (names_contain (names, code->varnames->pdata[i]))
        g_ptr_array_add (order, code->varnames->pdata[i]);
  for (guint i = 0; i < names->len; i++)
    if (free || !names_contain (order, names->pdata[i]))
      g_ptr_array_add (rest, names->pdata[i]);
  g_ptr_array_sort (rest, compare_names);
  for (guint i = 0; i < rest->len; i++)
    g_ptr_array_add (order, rest->pdata[i]);
  t = pml_tuple_new (order->len);
  for (guint i = 0; t != NULL && i < order->len; i++)
    if ((t->u.t.items[i] = pml_str_intern_cstr (order->pdata[i])) == NULL)
      PML_CLEAR (t);
  return t;
}

/* the code object's fields a lesson reads (a traceback's frames) */
static PmlObj *
code_getattro (PmlObj *o, PmlObj *name)
{
  PmlCode *code = o->u.code.code;
  const char *n = name->u.s.s;

  if (strcmp (n, "co_name") == 0)
    return pml_incref (code->name_obj);
  if (strcmp (n, "co_qualname") == 0)
    return pml_incref (code->qualname_obj);
  if (strcmp (n, "co_filename") == 0)
    return pml_str_new (code->filename, -1);
  if (strcmp (n, "co_firstlineno") == 0)
    return pml_int_new (code->firstline);
  if (strcmp (n, "co_argcount") == 0)
    return pml_int_new (code->argcount);
  if (strcmp (n, "co_kwonlyargcount") == 0)
    return pml_int_new (code->kwonlyargcount);
  if (strcmp (n, "co_posonlyargcount") == 0)
    return pml_int_new (code->posonlyargcount);
  if (strcmp (n, "co_nlocals") == 0 || strcmp (n, "co_varnames") == 0)
    {
      g_autoptr (GPtrArray) locals = g_ptr_array_new ();
      PmlObj *t;

      for (guint i = 0; i < code->varnames->len; i++)
        if (code_is_plain_local (code, i))
          g_ptr_array_add (locals, code->varnames->pdata[i]);
      if (strcmp (n, "co_nlocals") == 0)
        return pml_int_new (locals->len);
      t = pml_tuple_new (locals->len);
      for (guint i = 0; t != NULL && i < locals->len; i++)
        if ((t->u.t.items[i] = pml_str_intern_cstr (locals->pdata[i])) == NULL)
          PML_CLEAR (t);
      return t;
    }
  if (strcmp (n, "co_names") == 0)
    return pml_tuple_from_array ((PmlObj **) code->names->pdata, code->names->len);
  if (strcmp (n, "co_cellvars") == 0)
    return code_cell_names (code, FALSE);
  if (strcmp (n, "co_freevars") == 0)
    return code_cell_names (code, TRUE);
  return pml_object_getattro (o, name);
}

const PmlTypeSlots pml_code_slots = {
  .hash = pml_object_hash,
  .richcompare = pml_object_richcompare,
  .getattro = code_getattro,
  .setattro = pml_object_setattro,
  .dealloc = code_dealloc,
  .flags = PML_TPFLAGS_WEAKREFABLE | PML_TPFLAGS_RUNTIME,
  .free_host = code_free_host,
};
