/* pml-py-builtins.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "pml-py-type.h"
#include "pml-py-sys.h"
#include "pml-py-native.h"
#include "pml-py-number-methods.h"
#include "pml-py-format.h"
#include "pml-py-ast.h"
#include "pml-object-sizes.h"

/* The builtins module, and the lookup of the built-in types' methods in
 * the method tables of their slots (each type's file has its own). Method
 * descriptors are static, so a method call allocates nothing, as
 * LOAD_METHOD in CPython. */

PmlObj *pml_freelist_pop (GPtrArray *list);
PmlObj *pml_dict_from_items (PmlObj **keys, gsize key_stride, PmlObj **values, gsize value_stride, gsize n);
PmlObj *pml_weakref_type_call (PmlObj **args, gsize nargs, PmlObj *kwnames);

PmlObj *
pml_check_nargs (const char *name, gsize nargs, gsize min, gsize max)
{
  if (nargs >= min && nargs <= max)
    return NONE;
  if (min == max && min == 0)
    return pml_err_set (T_TYPE_ERROR, "%s() takes no arguments (%zu given)", name, nargs);
  if (min == max && min == 1)
    return pml_err_set (T_TYPE_ERROR, "%s() takes exactly one argument (%zu given)", name, nargs);
  if (min == max)
    return pml_err_set (T_TYPE_ERROR, "%s expected %zu arguments, got %zu", name, min, nargs);
  if (nargs < min)
    return pml_err_set (T_TYPE_ERROR, "%s expected at least %zu argument%s, got %zu", name, min, min == 1 ? "" : "s", nargs);
  return pml_err_set (T_TYPE_ERROR, "%s expected at most %zu argument%s, got %zu", name, max, max == 1 ? "" : "s", nargs);
}

PmlObj *pml_map_new (PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj *pml_filter_new (PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj *pml_slice_new_call (PmlObj **args, gsize nargs);
void pml_builtins_init_functions (void);

/* ---- calling ---- */

PmlObj *pml_type_call (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames);

PmlObj *
pml_kwarg (PmlObj **args, gsize nargs, PmlObj *kwnames, const char *name)
{
  gsize nkw = kwnames ? kwnames->u.t.n : 0;

  for (gsize i = 0; i < nkw; i++)
    if (strcmp (kwnames->u.t.items[i]->u.s.s, name) == 0)
      return args[nargs - nkw + i];
  return NULL;
}

gsize
pml_positional (gsize nargs, PmlObj *kwnames)
{
  return nargs - (kwnames ? kwnames->u.t.n : 0);
}

/* type_call: a built-in type's instances are made by its new_instance
 * slot, a class's by pml-py-class-slots.c's */
PmlObj *
pml_type_call (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  const PmlTypeSlots *tp = type->u.ty.tp;

  PmlObj *r;

  if (tp == NULL || tp->new_instance == NULL)
    return pml_err_set (T_TYPE_ERROR, "cannot create '%s' instances", type->u.ty.name);
  if (type->u.ty.builtin && tp->no_vectorcall)
    {
      PmlTpCallArgs packed;

      if (!pml_tp_call_args_init (&packed, args, nargs, kwnames))
        return NULL;
      r = tp->new_instance (type, args, nargs, kwnames);
      pml_tp_call_args_clear (&packed);
      return r;
    }
  if (type->u.ty.builtin)
    return tp->new_instance (type, args, nargs, kwnames);
  /* a class has no vectorcall: _PyObject_MakeTpCall counts the call */
  if (!pml_recursion_enter (" while calling a Python object"))
    return NULL;
  r = tp->new_instance (type, args, nargs, kwnames);
  pml_recursion_leave ();
  return r;
}

/* ---- builtin functions ---- */

void pml_write_err (const char *s, gssize len);

/* print(..., file=obj): each piece is passed to obj.write, as CPython's
 * PyFile_WriteObject */
static gboolean
write_piece (PmlObj *file, PmlObj *piece)
{
  PmlObj *write = pml_getattr_cstr (file, "write"), *r;

  if (write == NULL)
    return FALSE;
  r = pml_call_from_c (write, &piece, 1);
  pml_decref (write);
  if (r == NULL)
    return FALSE;
  pml_decref (r);
  return TRUE;
}

static PmlObj *
print_to_object (PmlObj *file, PmlObj **args, gsize npos, PmlObj *sep, PmlObj *end)
{
  for (gsize i = 0; i < npos; i++)
    {
      PmlObj *s;
      gboolean ok;

      if (i > 0)
        {
          PmlObj *space = sep ? pml_incref (sep) : pml_str_new (" ", 1);

          ok = write_piece (file, space);
          pml_decref (space);
          if (!ok)
            return NULL;
        }
      s = pml_str (args[i]);
      if (s == NULL)
        return NULL;
      ok = write_piece (file, s);
      pml_decref (s);
      if (!ok)
        return NULL;
    }
  {
    PmlObj *tail = end ? pml_incref (end) : pml_str_new ("\n", 1);
    gboolean ok = write_piece (file, tail);

    pml_decref (tail);
    if (!ok)
      return NULL;
  }
  return pml_incref (NONE);
}

static PmlObj *
print_args (PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gsize npos = pml_positional (nargs, kwnames);
  PmlObj *sep = pml_kwarg (args, nargs, kwnames, "sep"), *end = pml_kwarg (args, nargs, kwnames, "end");
  PmlObj *file = pml_kwarg (args, nargs, kwnames, "file");
  GString *out;

  if (sep == NONE)
    sep = NULL;
  if (end == NONE)
    end = NULL;
  if ((sep && sep->kind != K_STR) || (end && end->kind != K_STR))
    return pml_err_set (T_TYPE_ERROR, "%s must be None or a string, not %s", sep && sep->kind != K_STR ? "sep" : "end",
                        pml_type_name (sep && sep->kind != K_STR ? sep : end));
  /* no file: sys.stdout, which redirect_stdout may have replaced */
  if (file == NULL || file == NONE)
    {
      PmlObj *sys = pml_dict_get_str (VM->modules, "sys");

      file = sys != NULL ? pml_dict_get_str (sys->u.mod.dict, "stdout") : NULL;
      if (file == NONE)
        return pml_incref (NONE);
    }
  if (file != NULL && !pml_is_textio (file))
    return print_to_object (file, args, npos, sep, end);
  out = g_string_new (NULL);
  for (gsize i = 0; i < npos; i++)
    {
      PmlObj *s = pml_str (args[i]);

      if (s == NULL)
        {
          g_string_free (out, TRUE);
          return NULL;
        }
      if (i > 0)
        g_string_append (out, sep ? sep->u.s.s : " ");
      g_string_append_len (out, s->u.s.s, (gssize) s->u.s.nbytes);
      pml_decref (s);
    }
  g_string_append (out, end ? end->u.s.s : "\n");
  if (file != NULL)
    pml_textio_write (file, out->str, out->len);
  else
    pml_write_out (out->str, (gssize) out->len);
  g_string_free (out, TRUE);
  return pml_incref (NONE);
}

static PmlObj *
b_print (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  /* 3.11's Argument Clinic hands print its *args as a tuple, made before
     the call and held through it (one more GC object after a collection
     has emptied the tuple free lists) */
  PmlObj *varargs, *r;

  (void) self;
  varargs = pml_tuple_from_array (args, pml_positional (nargs, kwnames));
  if (varargs == NULL)
    return NULL;
  r = print_args (args, nargs, kwnames);
  pml_decref (varargs);
  return r;
}

static PmlObj *
b_len (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gint64 n;

  (void) self;
  NO_KW ("len");
  NARGS ("len", 1, 1);
  n = pml_len (args[0]);
  return n < 0 ? NULL : pml_int_from_ssize (n);
}

static PmlObj *
b_id (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) self;
  NO_KW ("id");
  NARGS ("id", 1, 1);
  return pml_int_from_big (pml_bigint_from_i64 ((gint64) args[0]->addr));
}

static PmlObj *
b_repr (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) self;
  NO_KW ("repr");
  NARGS ("repr", 1, 1);
  return pml_repr (args[0]);
}

static PmlObj *
b_isinstance (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *cls;
  gboolean r = FALSE;

  (void) self;
  NO_KW ("isinstance");
  NARGS ("isinstance", 2, 2);
  cls = args[1];
  if (cls->type == TYPE (T_GENERIC_ALIAS))
    return pml_err_set (T_TYPE_ERROR, "isinstance() argument 2 cannot be a parameterized generic");
  if (pml_union_args (cls) != NULL)
    cls = pml_union_args (cls);
  if (cls->kind == K_TUPLE)
    {
      for (gsize i = 0; i < cls->u.t.n && !r; i++)
        r = cls->u.t.items[i]->kind == K_TYPE && pml_type_is_subtype (args[0]->type, cls->u.t.items[i]);
    }
  else if (cls->kind == K_TYPE)
    {
      /* a metaclass's __instancecheck__ answers first */
      int hook = pml_metaclass_check (cls, args[0], TRUE);

      if (hook < 0)
        return NULL;
      if (hook != 2)
        return pml_incref (BOOL (hook));
      r = pml_type_is_subtype (args[0]->type, cls) || (cls == TYPE (T_INT) && args[0]->kind == K_BOOL)
          || cls == TYPE (T_OBJECT);
    }
  else
    return pml_err_set (T_TYPE_ERROR, "isinstance() arg 2 must be a type, a tuple of types, or a union");
  return pml_incref (BOOL (r));
}

static PmlObj *
reduce_iter (PmlObj *iterable, PmlObj *start, int mode, PmlObj *key, PmlObj *dflt)
{
  PmlObj *it = pml_iter (iterable), *acc = start ? pml_incref (start) : NULL, *acc_key = NULL, *item;

  if (it == NULL)
    {
      pml_xdecref (acc);
      return NULL;
    }
  if (acc && key)
    acc_key = pml_call_from_c (key, &acc, 1);
  /* the iterator is this call's own while a generator runs for it */
  pml_native_hold (it, "the iterator being consumed");
  while ((item = pml_iter_next (it)) != NULL)
    {
      if (acc == NULL)
        {
          acc = item;
          acc_key = key ? pml_call_from_c (key, &acc, 1) : NULL;
          if (key && acc_key == NULL)
            goto fail;
          continue;
        }
      if (mode == 0)
        {
          PmlObj *s = pml_binop (OP_ADD, acc, item);

          pml_decref (item);
          if (s == NULL)
            goto fail;
          PML_SETREF (acc, s);
        }
      else
        {
          PmlObj *ik = key ? pml_call_from_c (key, &item, 1) : pml_incref (item);
          PmlObj *cmp;
          int t;

          if (ik == NULL)
            {
              pml_decref (item);
              goto fail;
            }
          cmp = pml_richcompare (ik, acc_key ? acc_key : acc, mode < 0 ? OP_LT : OP_GT);
          t = cmp ? pml_truth (cmp) : -1;
          pml_xdecref (cmp);
          if (t < 0)
            {
              pml_decref (ik);
              pml_decref (item);
              goto fail;
            }
          if (t)
            {
              PML_SETREF (acc, item);
              if (key)
                PML_SETREF (acc_key, ik);
              else
                pml_decref (ik);
            }
          else
            {
              pml_decref (item);
              pml_decref (ik);
            }
        }
    }
  pml_native_release (1);
  pml_decref (it);
  pml_xdecref (acc_key);
  if (pml_err_occurred ())
    {
      pml_xdecref (acc);
      return NULL;
    }
  if (acc == NULL && dflt != NULL)
    return pml_incref (dflt);
  if (acc == NULL)
    return pml_err_set (T_VALUE_ERROR, "%s() arg is an empty sequence", mode < 0 ? "min" : "max");
  return acc;

fail:
  pml_native_release (1);
  pml_decref (it);
  pml_xdecref (acc);
  pml_xdecref (acc_key);
  return NULL;
}

static PmlObj *
b_sum (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *zero, *r;

  PmlObj *start = pml_kwarg (args, nargs, kwnames, "start");
  gsize npos = pml_positional (nargs, kwnames);

  (void) self;
  if (npos + (start != NULL) != nargs)
    return pml_err_set (T_TYPE_ERROR, "sum() got an unexpected keyword argument '%s'", kwnames->u.t.items[0]->u.s.s);
  nargs = npos;
  if (start != NULL && npos == 2)
    return pml_err_set (T_TYPE_ERROR, "argument for sum() given by name ('start') and position (2)");
  NARGS ("sum", 1, 2);
  if (nargs == 2)
    start = args[1];
  if (start != NULL && (start->kind == K_STR || start->kind == K_BYTES || start->kind == K_BYTEARRAY))
    return pml_err_set (T_TYPE_ERROR, "sum() can't sum %s [use %s.join(seq) instead]",
                        start->kind == K_STR ? "strings" : start->kind == K_BYTES ? "bytes" : "bytearray",
                        start->kind == K_STR ? "''" : start->kind == K_BYTES ? "b''" : "bytearray()");
  zero = start != NULL ? pml_incref (start) : pml_int_new (0);
  r = reduce_iter (args[0], zero, 0, NULL, NULL);
  pml_decref (zero);
  return r;
}

static PmlObj *
min_max (PmlObj **args, gsize nargs, PmlObj *kwnames, int mode)
{
  gsize npos = pml_positional (nargs, kwnames);
  PmlObj *key = pml_kwarg (args, nargs, kwnames, "key"), *dflt = pml_kwarg (args, nargs, kwnames, "default");
  const char *name = mode < 0 ? "min" : "max";
  /* min and max are METH_VARARGS in 3.11: called with a tuple */
  g_autoptr(PmlObjTemp) argtuple = pml_varargs_tuple (args, npos);

  if (argtuple == NULL)
    return NULL;
  if (npos + (key != NULL) + (dflt != NULL) != nargs)
    for (gsize i = 0; i < kwnames->u.t.n; i++)
      if (strcmp (kwnames->u.t.items[i]->u.s.s, "key") != 0 && strcmp (kwnames->u.t.items[i]->u.s.s, "default") != 0)
        return pml_err_set (T_TYPE_ERROR, "%s() got an unexpected keyword argument '%s'", name,
                            kwnames->u.t.items[i]->u.s.s);
  if (key == NONE)
    key = NULL;
  if (npos == 0)
    return pml_err_set (T_TYPE_ERROR, "%s expected at least 1 argument, got 0", name);
  if (npos > 1 && dflt != NULL)
    return pml_err_set (T_TYPE_ERROR, "Cannot specify a default for %s() with multiple positional arguments", name);
  if (npos > 1)
    return reduce_iter (argtuple, NULL, mode, key, NULL);
  return reduce_iter (args[0], NULL, mode, key, dflt);
}

static PmlObj *
b_min (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) self;
  return min_max (args, nargs, kwnames, -1);
}

static PmlObj *
b_max (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) self;
  return min_max (args, nargs, kwnames, 1);
}

static PmlObj *
b_abs (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) self;
  NO_KW ("abs");
  NARGS ("abs", 1, 1);
  return pml_absolute (args[0]);
}

static PmlObj *
b_sorted (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *l, *key = pml_kwarg (args, nargs, kwnames, "key"), *rev = pml_kwarg (args, nargs, kwnames, "reverse");

  (void) self;
  if (pml_positional (nargs, kwnames) != 1)
    return pml_err_set (T_TYPE_ERROR, "sorted expected 1 argument, got %zu", pml_positional (nargs, kwnames));
  l = pml_list_from_iterable (args[0]);
  if (l == NULL)
    return NULL;
  if (!pml_list_sort (l, key == NONE ? NULL : key, rev ? pml_truth (rev) == 1 : FALSE))
    {
      pml_decref (l);
      return NULL;
    }
  return l;
}

static PmlObj *
b_iter (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) self;
  NO_KW ("iter");
  NARGS ("iter", 1, 1);
  return pml_iter (args[0]);
}

static PmlObj *
b_next (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *r;

  (void) self;
  NO_KW ("next");
  NARGS ("next", 1, 2);
  if (pml_slots (args[0])->iternext == NULL)
    return pml_err_set (T_TYPE_ERROR, "'%s' object is not an iterator", pml_type_name (args[0]));
  r = pml_iter_next (args[0]);
  if (r == NULL && !pml_err_occurred ())
    {
      if (nargs == 2)
        return pml_incref (args[1]);
      return pml_err_set (T_STOP_ITERATION, NULL);
    }
  return r;
}

static PmlObj *
b_hash (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gboolean ok;
  gint64 h;

  (void) self;
  NO_KW ("hash");
  NARGS ("hash", 1, 1);
  h = pml_hash (args[0], &ok);
  return ok ? pml_int_from_ssize (h) : NULL;
}

static PmlObj *
b_attr (PmlObj **args, gsize nargs, PmlObj *kwnames, int mode)
{
  static const char *const names[] = { "getattr", "hasattr", "setattr", "delattr" };

  NO_KW (names[mode]);
  if (nargs < 2 || args[1]->kind != K_STR)
    return pml_err_set (T_TYPE_ERROR, "attribute name must be string");
  if (mode == 2)
    {
      if (nargs != 3)
        return pml_err_set (T_TYPE_ERROR, "setattr expected 3 arguments, got %zu", nargs);
      return pml_setattr (args[0], args[1], args[2]) ? pml_incref (NONE) : NULL;
    }
  if (mode == 3)
    return pml_setattr (args[0], args[1], NULL) ? pml_incref (NONE) : NULL;
  if (mode == 0 && nargs == 2)
    return pml_getattr (args[0], args[1]);
  {
    gboolean missing;
    PmlObj *v = pml_lookup_attr (args[0], args[1], &missing);

    if (missing)
      return pml_incref (mode == 1 ? FALSE_ : args[2]);
    if (v != NULL && mode == 1)
      {
        pml_decref (v);
        return pml_incref (TRUE_);
      }
    return v;
  }
}

static PmlObj *b_getattr (PmlObj *s, PmlObj **a, gsize n, PmlObj *k) { (void) s; return b_attr (a, n, k, 0); }
static PmlObj *b_hasattr (PmlObj *s, PmlObj **a, gsize n, PmlObj *k) { (void) s; return b_attr (a, n, k, 1); }
static PmlObj *b_setattr (PmlObj *s, PmlObj **a, gsize n, PmlObj *k) { (void) s; return b_attr (a, n, k, 2); }
static PmlObj *b_delattr (PmlObj *s, PmlObj **a, gsize n, PmlObj *k) { (void) s; return b_attr (a, n, k, 3); }

static PmlObj *
b_callable (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) self;
  NO_KW ("callable");
  NARGS ("callable", 1, 1);
  return pml_incref (BOOL (pml_is_callable (args[0])));
}

static PmlObj *
b_chr (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gint64 c;
  char buf[8];
  gint len;

  (void) self;
  NO_KW ("chr");
  NARGS ("chr", 1, 1);
  if (!pml_index_value (args[0], &c))
    return NULL;
  if (c < 0 || c > 0x10FFFF)
    return pml_err_set (T_VALUE_ERROR, "chr() arg not in range(0x110000)");
  len = g_unichar_to_utf8 ((gunichar) c, buf);
  return pml_str_new (buf, len);
}

static PmlObj *
b_ord (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) self;
  NO_KW ("ord");
  NARGS ("ord", 1, 1);
  if (args[0]->kind == K_BYTES || args[0]->kind == K_BYTEARRAY)
    {
      if (args[0]->u.b.len == 1)
        return pml_int_new (args[0]->u.b.data[0]);
      return pml_err_set (T_TYPE_ERROR, "ord() expected a character, but string of length %zu found",
                          args[0]->u.b.len);
    }
  if (args[0]->kind != K_STR)
    return pml_err_set (T_TYPE_ERROR, "ord() expected string of length 1, but %s found", pml_type_name (args[0]));
  if (args[0]->u.s.len != 1)
    return pml_err_set (T_TYPE_ERROR, "ord() expected a character, but string of length %zu found", args[0]->u.s.len);
  return pml_int_new (g_utf8_get_char (args[0]->u.s.s));
}

static PmlObj *
b_any_all (PmlObj **args, gsize nargs, gboolean any)
{
  PmlObj *it, *item;

  NARGS (any ? "any" : "all", 1, 1);
  it = pml_iter (args[0]);
  if (it == NULL)
    return NULL;
  while ((item = pml_iter_next_owned (it)) != NULL)
    {
      int t = pml_truth (item);

      pml_decref (item);
      if (t < 0 || t == any)
        {
          pml_decref (it);
          return t < 0 ? NULL : pml_incref (BOOL (any));
        }
    }
  pml_decref (it);
  return pml_err_occurred () ? NULL : pml_incref (BOOL (!any));
}

static PmlObj *b_any (PmlObj *s, PmlObj **a, gsize n, PmlObj *k) { (void) s; (void) k; return b_any_all (a, n, TRUE); }
static PmlObj *b_all (PmlObj *s, PmlObj **a, gsize n, PmlObj *k) { (void) s; (void) k; return b_any_all (a, n, FALSE); }

static gboolean
is_real_number (PmlObj *o)
{
  return o->kind == K_INT || o->kind == K_BOOL || o->kind == K_FLOAT;
}

/* a class's @name method called with (@self, @other), or NotImplemented */
static PmlObj *
call_binary_method (PmlObj *self, const char *name, PmlObj *other)
{
  PmlObj *f = self->type->u.ty.builtin ? NULL : pml_mro_lookup (self->type, name);
  PmlObj *argv[2] = { self, other };

  return f != NULL ? pml_call_from_c (f, argv, 2) : pml_incref (NOTIMPL);
}

/* divmod() beyond the real numbers: a's __divmod__, then b's __rdivmod__ */
static PmlObj *
divmod_by_methods (PmlObj *a, PmlObj *b)
{
  PmlObj *r = call_binary_method (a, "__divmod__", b);

  if (r != NOTIMPL)
    return r;
  pml_decref (r);
  if (b->type != a->type)
    {
      r = call_binary_method (b, "__rdivmod__", a);
      if (r != NOTIMPL)
        return r;
      pml_decref (r);
    }
  return pml_err_set (T_TYPE_ERROR, "unsupported operand type(s) for divmod(): '%s' and '%s'",
                      pml_type_name (a), pml_type_name (b));
}

PmlObj *
pml_builtin_divmod (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *q, *r, *t;

  (void) self;
  NO_KW ("divmod");
  NARGS ("divmod", 2, 2);
  if (!is_real_number (args[0]) || !is_real_number (args[1]))
    return divmod_by_methods (args[0], args[1]);
  if ((args[0]->kind == K_FLOAT && (args[1]->kind == K_FLOAT || args[1]->kind == K_INT || args[1]->kind == K_BOOL))
      || (args[1]->kind == K_FLOAT && (args[0]->kind == K_INT || args[0]->kind == K_BOOL)))
    {
      gboolean ok;

      if (pml_number_as_double (args[1], &ok) == 0 && ok)
        return pml_err_set (T_ZERO_DIVISION_ERROR, "float divmod()");
      pml_err_clear ();
    }
  q = pml_binop (OP_FLOORDIV, args[0], args[1]);
  if (q == NULL)
    return NULL;
  r = pml_binop (OP_MOD, args[0], args[1]);
  if (r == NULL)
    {
      pml_decref (q);
      return NULL;
    }
  t = pml_tuple_pack (2, q, r);
  pml_decref (q);
  pml_decref (r);
  return t;
}

/* pow(base, exp, mod) by squaring, with a modular inverse for exp < 0 */
static PmlObj *
pow_mod (PmlObj *base, PmlObj *exp, PmlObj *mod)
{
  g_autoptr(PmlObjTemp) zero = pml_int_new (0);
  PmlObj *result, *b, *e;
  gboolean ok = TRUE;
  int sign;

  for (int i = 0; i < 3; i++)
    {
      PmlObj *o = i == 0 ? base : i == 1 ? exp : mod;

      if (o->kind != K_INT && o->kind != K_BOOL)
        return pml_err_set (T_TYPE_ERROR, "pow() 3rd argument not allowed unless all arguments are integers");
    }
  if (pml_number_compare (mod, zero, &ok) == 0)
    return pml_err_set (T_VALUE_ERROR, "pow() 3rd argument cannot be 0");
  b = pml_binop (OP_MOD, base, mod);
  if (b == NULL)
    return NULL;
  sign = pml_number_compare (exp, zero, &ok);
  if (sign < 0)
    {
      /* the inverse of b modulo |mod|, by the extended Euclid algorithm */
      gint64 m, a, x0 = 0, x1 = 1, r0, r1;

      if (!pml_int_as_i64 (mod, &m) || !pml_int_as_i64 (b, &a))
        {
          pml_decref (b);
          pml_err_clear ();
          return pml_err_set (T_OVERFLOW_ERROR, "pow() with a negative exponent and a large modulus is not supported in scenarios");
        }
      r0 = ABS (m);
      r1 = ((a % r0) + r0) % r0;
      while (r1 != 0)
        {
          gint64 q = r0 / r1, t;

          t = r0 - q * r1, r0 = r1, r1 = t;
          t = x0 - q * x1, x0 = x1, x1 = t;
        }
      if (r0 != 1)
        {
          pml_decref (b);
          return pml_err_set (T_VALUE_ERROR, "base is not invertible for the given modulus");
        }
      pml_decref (b);
      b = pml_int_new (((x0 % ABS (m)) + ABS (m)) % ABS (m));
      e = pml_number_neg (exp);
    }
  else
    e = pml_incref (exp);
  result = pml_int_new (1);
  {
    PmlObj *r = pml_binop (OP_MOD, result, mod);

    PML_SETREF (result, r);
  }
  while (result != NULL && pml_number_compare (e, zero, &ok) > 0)
    {
      PmlObj *two = pml_int_new (2), *bit = pml_binop (OP_MOD, e, two), *t;

      if (bit != NULL && pml_truth (bit))
        {
          t = pml_binop (OP_MUL, result, b);
          PML_SETREF (result, t ? pml_binop (OP_MOD, t, mod) : NULL);
          pml_xdecref (t);
        }
      pml_xdecref (bit);
      t = pml_binop (OP_FLOORDIV, e, two);
      PML_SETREF (e, t);
      pml_decref (two);
      if (e == NULL || result == NULL)
        break;
      t = pml_binop (OP_MUL, b, b);
      PML_SETREF (b, t ? pml_binop (OP_MOD, t, mod) : NULL);
      pml_xdecref (t);
      if (b == NULL)
        break;
    }
  pml_xdecref (b);
  pml_xdecref (e);
  if (pml_err_occurred ())
    PML_CLEAR (result);
  return result;
}

PmlObj *
pml_builtin_pow (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  static const char *const names[] = { "base", "exp", "mod", NULL };
  static const PmlArgSpec spec = { "pow", names, 2, 3, FALSE };
  PmlObj *a[3];

  (void) self;
  if (!pml_parse_args (&spec, args, nargs, kwnames, a))
    return NULL;
  if (a[2] != NULL && a[2] != NONE)
    return pow_mod (a[0], a[1], a[2]);
  return pml_binop (OP_POW, a[0], a[1]);
}

/* __build_class__: the metaclass's work (pml-py-metaclass.c) */
static PmlObj *
b_build_class (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) self;
  return pml_build_class (args, nargs, kwnames);
}

/* ---- methods of built-in types ---- */

/* the method table entry of a built-in type or its bases */
static const PmlMethodDef *
find_method (PmlObj *self, const char *name)
{
  for (PmlObj *t = self->type; t != NULL; t = t->u.ty.base)
    if (t->u.ty.tp != NULL && t->u.ty.tp->methods != NULL)
      for (const PmlMethodDef *m = t->u.ty.tp->methods; m->name != NULL; m++)
        if (strcmp (m->name, name) == 0)
          return m;
  return NULL;
}

/* The static method descriptor of a built-in type's method, made once per
 * run: LOAD_METHOD calls it with self first, and it is what the type
 * answers for the name (str.upper). Borrowed. */
PmlObj *
pml_method_descr_object (const PmlMethodDef *m, PmlObj *owner)
{
  PmlObj *d = g_hash_table_lookup (VM->method_descriptors, m);

  if (d == NULL)
    {
      d = pml_obj_new_static (TYPE (T_METHOD_DESCR), K_BUILTIN);
      d->u.bf.owner = owner;
      d->u.bf.fn = m->fn;
      d->u.bf.name = m->name;
      d->flags |= OBJ_METHOD_DESCR;
      g_hash_table_insert (VM->method_descriptors, (gpointer) m, d);
    }
  return d;
}

/* LOAD_ATTR of a method of a built-in type: a bound built-in method */
PmlObj *pml_builtin_method_lookup (PmlObj *self, const char *name);

/* [1].__len__, (3).__str__: the type's slot wrapper (or object's
   method) bound to the value, a method-wrapper */
static PmlObj *
bound_slot_wrapper (PmlObj *self, const char *name)
{
  for (PmlObj *t = self->type; t != NULL; t = t->u.ty.base)
    {
      PmlObj *d = pml_builtin_type_attr (t, name), *b;

      if (d == NONE)
        return pml_incref (NONE);
      if (d == NULL)
        continue;
      if (d->kind != K_BUILTIN || !(d->flags & OBJ_METHOD_DESCR))
        return pml_incref (d);
      /* a slot wrapper binds as a method-wrapper (two pointers), a method
         as a built-in method */
      if (d->type == TYPE (T_WRAPPER_DESCR))
        b = pml_obj_new (TYPE (T_METHOD_WRAPPER), K_BUILTIN, 16 + 16, TRUE);
      else
        b = pml_obj_new (TYPE (T_BUILTIN), K_BUILTIN, 16 + 48, TRUE);
      if (b == NULL)
        return NULL;
      b->u.bf.fn = d->u.bf.fn;
      b->u.bf.name = d->u.bf.name;
      b->u.bf.self = pml_incref (self);
      pml_gc_track (b);
      return b;
    }
  return NULL;
}

PmlObj *
pml_builtin_method_lookup (PmlObj *self, const char *name)
{
  const PmlMethodDef *m = find_method (self, name);
  PmlObj *b;

  if (m == NULL)
    {
      b = pml_number_attr (self, name);
      if (b == NULL && !pml_err_occurred () && name[0] == '_' && name[1] == '_')
        b = bound_slot_wrapper (self, name);
      return b;
    }
  b = pml_obj_new (TYPE (T_BUILTIN), K_BUILTIN, 16 + 56, TRUE);
  if (b == NULL)
    return NULL;
  b->u.bf.fn = m->fn;
  b->u.bf.name = m->name;
  b->u.bf.self = pml_incref (self);
  pml_gc_track (b);
  return b;
}

/* LOAD_METHOD: the static method descriptor, called with self first.
 * Static methods (str.maketrans) take no self, so they are not offered. */
PmlObj *pml_builtin_method_descriptor (PmlObj *self, const char *name);

PmlObj *
pml_builtin_method_descriptor (PmlObj *self, const char *name)
{
  const PmlMethodDef *m = find_method (self, name);

  /* static and class methods take no self */
  if (m == NULL || strcmp (name, "maketrans") == 0 || strcmp (name, "fromkeys") == 0
      || strcmp (name, "fromhex") == 0 || strcmp (name, "from_bytes") == 0)
    return NULL;
  return pml_incref (pml_method_descr_object (m, self->type));
}

/* ---- NameError suggestions (Python/suggestions.c) ---- */

#define MOVE_COST 2
#define CASE_COST 1
#define MAX_STRING_SIZE 40

static gsize
substitution_cost (char a, char b)
{
  if (a == b)
    return 0;
  if (g_ascii_tolower (a) == g_ascii_tolower (b))
    return CASE_COST;
  return MOVE_COST;
}

static gsize
levenshtein (const char *a, gsize a_size, const char *b, gsize b_size, gsize max_cost)
{
  gsize buffer[MAX_STRING_SIZE];
  gsize result = 0;

  if (a == b)
    return 0;
  while (a_size && b_size && a[0] == b[0])
    {
      a++;
      b++;
      a_size--;
      b_size--;
    }
  while (a_size && b_size && a[a_size - 1] == b[b_size - 1])
    {
      a_size--;
      b_size--;
    }
  if (a_size == 0 || b_size == 0)
    return (a_size + b_size) * MOVE_COST;
  if (a_size > MAX_STRING_SIZE || b_size > MAX_STRING_SIZE)
    return max_cost + 1;
  if (b_size < a_size)
    {
      const char *t = a;
      gsize ts = a_size;

      a = b;
      b = t;
      a_size = b_size;
      b_size = ts;
    }
  if ((b_size - a_size) * MOVE_COST > max_cost)
    return max_cost + 1;
  for (gsize i = 0; i < a_size; i++)
    buffer[i] = (i + 1) * MOVE_COST;
  for (gsize b_index = 0; b_index < b_size; b_index++)
    {
      char code = b[b_index];
      gsize distance = result = b_index * MOVE_COST;
      gsize minimum = G_MAXSIZE;

      for (gsize index = 0; index < a_size; index++)
        {
          gsize substitute = distance + substitution_cost (code, a[index]);

          distance = buffer[index];
          gsize insert_delete = MIN (result, distance) + MOVE_COST;

          result = MIN (insert_delete, substitute);
          buffer[index] = result;
          if (result < minimum)
            minimum = result;
        }
      if (minimum > max_cost)
        return max_cost + 1;
    }
  return result;
}

static char *
suggest_from (GPtrArray *names, const char *name)
{
  gsize name_size = strlen (name), best_distance = G_MAXSIZE;
  const char *best = NULL;

  if (names->len > 750)
    return NULL;
  for (guint i = 0; i < names->len; i++)
    {
      const char *item = names->pdata[i];
      gsize item_size = strlen (item), max_distance, d;

      if (strcmp (item, name) == 0)
        continue;
      max_distance = (name_size + item_size + 3) * MOVE_COST / 6;
      max_distance = MIN (max_distance, best_distance - 1);
      d = levenshtein (name, name_size, item, item_size, max_distance);
      if (d > max_distance)
        continue;
      if (best == NULL || d < best_distance)
        {
          best = item;
          best_distance = d;
        }
    }
  return g_strdup (best);
}

static GPtrArray *
dict_keys_of (PmlObj *d)
{
  GPtrArray *names = g_ptr_array_new ();
  gsize pos = 0;
  PmlObj *k;

  while (pml_dict_next (d, &pos, &k, NULL))
    if (k->kind == K_STR)
      g_ptr_array_add (names, k->u.s.s);
  return names;
}

/* the closest of @names (char *) to @name, or NULL */
char *
pml_suggest_from (GPtrArray *names, const char *name)
{
  return suggest_from (names, name);
}

char *pml_name_suggestion (PmlFrame *f, const char *name);

char *
pml_name_suggestion (PmlFrame *f, const char *name)
{
  GPtrArray *names;
  char *s;

  if (!f->code->is_module)
    {
      s = suggest_from (f->code->varnames, name);
      if (s)
        return s;
    }
  names = dict_keys_of (f->globals);
  s = suggest_from (names, name);
  g_ptr_array_unref (names);
  if (s)
    return s;
  names = dict_keys_of (VM->builtins);
  s = suggest_from (names, name);
  g_ptr_array_unref (names);
  return s;
}

/* ---- the module ---- */

void
pml_builtins_add_function (const char *name,
                           PmlBuiltinFunc fn)
{
  PmlObj *b = pml_builtin_new (name, fn, NULL);

  pml_dict_set_str (VM->builtins, name, b);
  pml_decref (b);
}

void
pml_builtins_init (void)
{
  static const char *const counted[] = {
    "abs", "ascii", "bin", "callable", "chr", "globals", "hash", "hex", "id", "locals", "oct", "ord", "repr",
  };
  static const struct { const char *name; PmlTypeId id; } types[] = {
    { "object", T_OBJECT }, { "type", T_TYPE }, { "int", T_INT }, { "bool", T_BOOL }, { "float", T_FLOAT },
    { "complex", T_COMPLEX },
    { "str", T_STR }, { "bytes", T_BYTES }, { "bytearray", T_BYTEARRAY }, { "tuple", T_TUPLE },
    { "list", T_LIST }, { "dict", T_DICT }, { "set", T_SET }, { "frozenset", T_FROZENSET },
    { "range", T_RANGE }, { "enumerate", T_ENUMERATE }, { "zip", T_ZIP }, { "reversed", T_REVERSED },
    { "BaseException", T_BASE_EXCEPTION }, { "Exception", T_EXCEPTION },
    { "ArithmeticError", T_ARITHMETIC_ERROR }, { "LookupError", T_LOOKUP_ERROR },
    { "NameError", T_NAME_ERROR }, { "UnboundLocalError", T_UNBOUND_LOCAL_ERROR },
    { "AttributeError", T_ATTRIBUTE_ERROR }, { "TypeError", T_TYPE_ERROR }, { "ValueError", T_VALUE_ERROR },
    { "IndexError", T_INDEX_ERROR }, { "KeyError", T_KEY_ERROR }, { "ZeroDivisionError", T_ZERO_DIVISION_ERROR },
    { "RuntimeError", T_RUNTIME_ERROR }, { "RecursionError", T_RECURSION_ERROR },
    { "MemoryError", T_MEMORY_ERROR }, { "StopIteration", T_STOP_ITERATION },
    { "OverflowError", T_OVERFLOW_ERROR }, { "AssertionError", T_ASSERTION_ERROR },
    { "NotImplementedError", T_NOT_IMPLEMENTED_ERROR }, { "ImportError", T_IMPORT_ERROR },
    { "ModuleNotFoundError", T_MODULE_NOT_FOUND_ERROR }, { "GeneratorExit", T_GENERATOR_EXIT },
    { "KeyboardInterrupt", T_KEYBOARD_INTERRUPT }, { "SystemExit", T_SYSTEM_EXIT },
    { "UnicodeError", T_UNICODE_ERROR }, { "ReferenceError", T_REFERENCE_ERROR },
    { "OSError", T_OS_ERROR },
    { "ConnectionError", T_CONNECTION_ERROR },
    { "BlockingIOError", T_BLOCKING_IO_ERROR },
    { "ChildProcessError", T_CHILD_PROCESS_ERROR },
    { "BrokenPipeError", T_BROKEN_PIPE_ERROR },
    { "ConnectionAbortedError", T_CONNECTION_ABORTED_ERROR },
    { "ConnectionRefusedError", T_CONNECTION_REFUSED_ERROR },
    { "ConnectionResetError", T_CONNECTION_RESET_ERROR },
    { "FileExistsError", T_FILE_EXISTS_ERROR },
    { "FileNotFoundError", T_FILE_NOT_FOUND_ERROR },
    { "InterruptedError", T_INTERRUPTED_ERROR },
    { "IsADirectoryError", T_IS_A_DIRECTORY_ERROR },
    { "NotADirectoryError", T_NOT_A_DIRECTORY_ERROR },
    { "PermissionError", T_PERMISSION_ERROR },
    { "ProcessLookupError", T_PROCESS_LOOKUP_ERROR },
    { "TimeoutError", T_TIMEOUT_ERROR },
    { "SyntaxError", T_SYNTAX_ERROR },
    { "IndentationError", T_INDENTATION_ERROR },
    { "TabError", T_TAB_ERROR },
    { "BufferError", T_BUFFER_ERROR },
    { "FloatingPointError", T_FLOATING_POINT_ERROR },
    { "SystemError", T_SYSTEM_ERROR },
    { "StopAsyncIteration", T_STOP_ASYNC_ITERATION },
    { "UnicodeTranslateError", T_UNICODE_TRANSLATE_ERROR },
    { "Warning", T_WARNING },
    { "UserWarning", T_USER_WARNING },
    { "DeprecationWarning", T_DEPRECATION_WARNING },
    { "PendingDeprecationWarning", T_PENDING_DEPRECATION_WARNING },
    { "SyntaxWarning", T_SYNTAX_WARNING },
    { "RuntimeWarning", T_RUNTIME_WARNING },
    { "FutureWarning", T_FUTURE_WARNING },
    { "ImportWarning", T_IMPORT_WARNING },
    { "UnicodeWarning", T_UNICODE_WARNING },
    { "BytesWarning", T_BYTES_WARNING },
    { "ResourceWarning", T_RESOURCE_WARNING },
    { "EncodingWarning", T_ENCODING_WARNING },
    { "EnvironmentError", T_OS_ERROR }, { "IOError", T_OS_ERROR },
  };

  VM->method_descriptors = g_hash_table_new (NULL, NULL);
  VM->builtins = pml_dict_new ();
  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    pml_dict_set_str (VM->builtins, types[i].name, TYPE (types[i].id));
  pml_dict_set_str (VM->builtins, "None", NONE);
  pml_dict_set_str (VM->builtins, "True", TRUE_);
  pml_dict_set_str (VM->builtins, "False", FALSE_);
  pml_dict_set_str (VM->builtins, "Ellipsis", &VM->ellipsis);
  pml_dict_set_str (VM->builtins, "NotImplemented", &VM->notimpl);
  pml_builtins_add_function ("print", b_print);
  pml_builtins_add_function ("len", b_len);
  pml_builtins_add_function ("id", b_id);
  pml_builtins_add_function ("repr", b_repr);
  pml_builtins_add_function ("isinstance", b_isinstance);
  pml_builtins_add_function ("sum", b_sum);
  pml_builtins_add_function ("min", b_min);
  pml_builtins_add_function ("max", b_max);
  pml_builtins_add_function ("abs", b_abs);
  pml_builtins_add_function ("sorted", b_sorted);
  pml_builtins_add_function ("iter", b_iter);
  pml_builtins_add_function ("next", b_next);
  pml_builtins_add_function ("hash", b_hash);
  pml_builtins_add_function ("getattr", b_getattr);
  pml_builtins_add_function ("hasattr", b_hasattr);
  pml_builtins_add_function ("setattr", b_setattr);
  pml_builtins_add_function ("delattr", b_delattr);
  pml_builtins_add_function ("callable", b_callable);
  pml_builtins_add_function ("chr", b_chr);
  pml_builtins_add_function ("ord", b_ord);
  pml_builtins_add_function ("any", b_any);
  pml_builtins_add_function ("all", b_all);
  pml_builtins_add_function ("divmod", pml_builtin_divmod);
  pml_builtins_add_function ("round", pml_builtin_round);
  pml_builtins_add_function ("format", pml_builtin_format);
  pml_builtins_add_function ("pow", pml_builtin_pow);
  pml_builtins_add_function ("__build_class__", b_build_class);
  pml_builtins_init_functions ();
  pml_class_builtins_init ();
  /* CPython's METH_O and METH_NOARGS functions count their calls against
     the recursion limit (a __repr__ calling repr() recurses twice a level);
     len() not, as 3.11 soon specializes its calls */
  for (guint i = 0; i < G_N_ELEMENTS (counted); i++)
    {
      PmlObj *f = pml_dict_get_str (VM->builtins, counted[i]);

      if (f != NULL && f->kind == K_BUILTIN)
        f->u.bf.counted = TRUE;
    }
}
