/* pml-py-builtins.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "pml-py-type.h"
#include "pml-py-ast.h"
#include "pml-object-sizes.h"

/* The builtins module, the methods of the built-in types, their iterators
 * and calling any object. Method descriptors are static, so a method call
 * allocates nothing, as LOAD_METHOD in CPython. */

PmlObj *pml_freelist_pop (GPtrArray *list);
PmlObj *pml_dict_from_items (PmlObj **keys, gsize key_stride, PmlObj **values, gsize value_stride, gsize n);
PmlObj *pml_eval_code (PmlCode *code, PmlObj *globals, PmlObj *locals, PmlObj *func);
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
  if (nargs < min)
    return pml_err_set (T_TYPE_ERROR, "%s expected at least %zu argument%s, got %zu", name, min, min == 1 ? "" : "s", nargs);
  return pml_err_set (T_TYPE_ERROR, "%s expected at most %zu argument%s, got %zu", name, max, max == 1 ? "" : "s", nargs);
}


/* ---- iterators ---- */

PmlObj *pml_iter_new (PmlIterKind kind, PmlObj *seq);

PmlObj *
pml_iter_new (PmlIterKind kind, PmlObj *seq)
{
  static const PmlTypeId types[] = {
    [IT_LIST] = T_LIST_ITER, [IT_TUPLE] = T_TUPLE_ITER, [IT_STR] = T_STR_ITER, [IT_RANGE] = T_RANGE_ITER,
    [IT_DICT_KEYS] = T_DICT_KEYITER, [IT_DICT_VALUES] = T_DICT_VALUEITER, [IT_DICT_ITEMS] = T_DICT_ITEMITER,
    [IT_SET] = T_SET_ITER, [IT_ENUMERATE] = T_ENUMERATE, [IT_ZIP] = T_ZIP, [IT_REVERSED] = T_REVERSED,
    [IT_BYTES] = T_BYTES_ITER,
  };
  gboolean gc = kind != IT_RANGE;
  gsize size = kind == IT_RANGE ? 48 : kind == IT_DICT_KEYS || kind == IT_DICT_VALUES || kind == IT_DICT_ITEMS
               ? 16 + 56 : kind == IT_SET ? 16 + 48 : kind == IT_ENUMERATE ? 16 + 48 : 16 + 32;
  PmlObj *it = pml_obj_new (TYPE (types[kind]), K_ITER, size, gc);

  if (it == NULL)
    return NULL;
  it->u.it.ikind = kind;
  if (kind == IT_RANGE)
    {
      it->u.it.index = seq->u.r.start;
      it->u.it.step = seq->u.r.step;
      it->u.it.count = seq->u.r.len;
    }
  else
    it->u.it.seq = seq ? pml_incref (seq) : NULL;
  if (kind == IT_DICT_KEYS || kind == IT_DICT_VALUES || kind == IT_DICT_ITEMS)
    it->u.it.stop = (gint64) seq->u.d.used;
  if (gc)
    pml_gc_track (it);
  return it;
}

PmlObj *pml_iter_next_builtin (PmlObj *it);

PmlObj *
pml_iter_next_builtin (PmlObj *it)
{
  PmlObj *seq = it->u.it.seq;

  switch (it->u.it.ikind)
    {
    case IT_LIST:
      if (seq && (gsize) it->u.it.index < seq->u.l.n)
        return pml_incref (seq->u.l.items[it->u.it.index++]);
      PML_CLEAR (it->u.it.seq);
      return NULL;
    case IT_TUPLE:
      if (seq && (gsize) it->u.it.index < seq->u.t.n)
        return pml_incref (seq->u.t.items[it->u.it.index++]);
      PML_CLEAR (it->u.it.seq);
      return NULL;
    case IT_STR:
      if (seq && (gsize) it->u.it.index < seq->u.s.len)
        return pml_str_char_at (seq, it->u.it.index++);
      PML_CLEAR (it->u.it.seq);
      return NULL;
    case IT_BYTES:
      if (seq && (gsize) it->u.it.index < seq->u.b.len)
        return pml_int_new (seq->u.b.data[it->u.it.index++]);
      PML_CLEAR (it->u.it.seq);
      return NULL;
    case IT_RANGE:
      if (it->u.it.count <= 0)
        return NULL;
      it->u.it.count--;
      it->u.it.index += it->u.it.step;
      return pml_int_new (it->u.it.index - it->u.it.step);
    case IT_DICT_KEYS:
    case IT_DICT_VALUES:
    case IT_DICT_ITEMS:
      {
        gsize pos = (gsize) it->u.it.index;
        PmlObj *k, *v;

        if (seq == NULL)
          return NULL;
        if ((gint64) seq->u.d.used != it->u.it.stop)
          {
            it->u.it.stop = -1;
            return pml_err_set (T_RUNTIME_ERROR, "dictionary changed size during iteration");
          }
        if (!pml_dict_next (seq, &pos, &k, &v))
          {
            PML_CLEAR (it->u.it.seq);
            return NULL;
          }
        it->u.it.index = (gint64) pos;
        if (it->u.it.ikind == IT_DICT_KEYS)
          return pml_incref (k);
        if (it->u.it.ikind == IT_DICT_VALUES)
          return pml_incref (v);
        return pml_tuple_pack (2, k, v);
      }
    case IT_SET:
      {
        gsize pos = (gsize) it->u.it.index;
        PmlObj *k;

        if (seq == NULL || !pml_set_next (seq, &pos, &k))
          {
            PML_CLEAR (it->u.it.seq);
            return NULL;
          }
        it->u.it.index = (gint64) pos;
        return pml_incref (k);
      }
    case IT_ENUMERATE:
      {
        PmlObj *item = pml_iter_next (seq), *idx, *r;

        if (item == NULL)
          return NULL;
        idx = pml_int_new (it->u.it.index++);
        r = pml_tuple_pack (2, idx, item);
        pml_decref (idx);
        pml_decref (item);
        return r;
      }
    case IT_ZIP:
      {
        gsize n = seq->u.t.n;
        PmlObj *r = pml_tuple_new (n);

        if (r == NULL)
          return NULL;
        for (gsize i = 0; i < n; i++)
          {
            r->u.t.items[i] = pml_iter_next (seq->u.t.items[i]);
            if (r->u.t.items[i] == NULL)
              {
                for (gsize k = 0; k < i; k++)
                  PML_CLEAR (r->u.t.items[k]);
                pml_decref (r);
                return NULL;
              }
          }
        return r;
      }
    case IT_REVERSED:
      if (seq == NULL || it->u.it.index < 0)
        return NULL;
      {
        PmlObj *key = pml_int_new (it->u.it.index--), *r = pml_getitem (seq, key);

        pml_decref (key);
        return r;
      }
    }
  return NULL;
}

/* ---- calling ---- */

PmlObj *pml_type_call (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames);

PmlObj *
pml_call (PmlObj *callable, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  switch (callable->kind)
    {
    case K_FUNCTION:
      return pml_function_call (callable, args, nargs, kwnames, FALSE);
    case K_BUILTIN:
      return callable->u.bf.fn (callable->u.bf.self, args, nargs, kwnames);
    case K_METHOD:
      {
        PmlObj *stack[16], **argv = nargs + 1 <= 16 ? stack : g_new (PmlObj *, nargs + 1), *r;

        argv[0] = callable->u.m.self;
        memcpy (argv + 1, args, nargs * sizeof (PmlObj *));
        r = pml_call (callable->u.m.func, argv, nargs + 1, kwnames);
        if (argv != stack)
          g_free (argv);
        return r;
      }
    case K_TYPE:
      return pml_type_call (callable, args, nargs, kwnames);
    case K_WEAKREF:
      if (nargs != 0)
        return pml_err_set (T_TYPE_ERROR, "weakref() takes no arguments (%zu given)", nargs);
      return pml_incref (callable->u.wr.referent ? callable->u.wr.referent : NONE);
    case K_INSTANCE:
      {
        PmlObj *name = pml_str_intern_cstr ("__call__");
        PmlObj *f = pml_type_lookup (callable->type, name);

        pml_decref (name);
        if (f != NULL)
          {
            PmlObj *stack[16];

            if (nargs + 1 > 16)
              return pml_err_set (T_TYPE_ERROR, "too many arguments");
            stack[0] = callable;
            memcpy (stack + 1, args, nargs * sizeof (PmlObj *));
            return pml_call (f, stack, nargs + 1, kwnames);
          }
      }
      /* fall through */
    default:
      return pml_err_set (T_TYPE_ERROR, "'%s' object is not callable", pml_type_name (callable));
    }
}

PmlObj *
pml_call_from_c (PmlObj *callable, PmlObj **args, gsize nargs)
{
  return pml_call (callable, args, nargs, NULL);
}

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

/* type_call for classes: tp_new, then __init__ with an args tuple */
static PmlObj *
instance_call (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *init = NULL, *self, *argtuple = NULL, *r;
  PmlObj *name = pml_str_intern_cstr ("__init__");

  init = pml_mro_lookup_override (type, name->u.s.s);
  pml_decref (name);
  /* _PyObject_MakeTpCall packs the arguments in a tuple */
  if (nargs > 0)
    {
      argtuple = pml_tuple_from_array (args, pml_positional (nargs, kwnames));
      if (argtuple == NULL)
        return NULL;
    }
  if (init == NULL && nargs > 0 && !type->u.ty.is_exception)
    {
      pml_xdecref (argtuple);
      return pml_err_set (T_TYPE_ERROR, "%s() takes no arguments", type->u.ty.name);
    }
  self = pml_instance_new (type);
  if (self == NULL)
    {
      pml_xdecref (argtuple);
      return NULL;
    }
  if (type->u.ty.is_exception)
    self->u.inst.exc_args = argtuple ? pml_incref (argtuple) : pml_incref (VM->empty_tuple);
  if (init != NULL)
    {
      PmlObj *stack[32], **argv = nargs + 1 <= 32 ? stack : g_new (PmlObj *, nargs + 1);

      argv[0] = self;
      memcpy (argv + 1, args, nargs * sizeof (PmlObj *));
      pml_incref (init);
      r = pml_call (init, argv, nargs + 1, kwnames);
      pml_decref (init);
      if (argv != stack)
        g_free (argv);
      if (r == NULL)
        {
          pml_xdecref (argtuple);
          pml_decref (self);
          return NULL;
        }
      if (r != NONE)
        {
          pml_err_set (T_TYPE_ERROR, "__init__() should return None, not '%s'", pml_type_name (r));
          pml_decref (r);
          pml_xdecref (argtuple);
          pml_decref (self);
          return NULL;
        }
      pml_decref (r);
    }
  pml_xdecref (argtuple);
  return self;
}

gboolean pml_bytearray_init (PmlObj *self, PmlObj *arg);

static PmlObj *
to_int (PmlObj *v, PmlObj *base_obj)
{
  gint64 base = 10;

  if (base_obj != NULL && !pml_index_value (base_obj, &base))
    return NULL;
  if (base_obj != NULL && base != 0 && (base < 2 || base > 36))
    return pml_err_set (T_VALUE_ERROR, "int() base must be >= 2 and <= 36, or 0");
  if (base_obj != NULL && v->kind != K_STR && v->kind != K_BYTES && v->kind != K_BYTEARRAY)
    return pml_err_set (T_TYPE_ERROR, "int() can't convert non-string with explicit base");
  switch (v->kind)
    {
    case K_INT:
      return pml_incref (v);
    case K_BOOL:
      return pml_int_new (v == TRUE_);
    case K_FLOAT:
      if (isnan (v->u.f))
        return pml_err_set (T_VALUE_ERROR, "cannot convert float NaN to integer");
      if (isinf (v->u.f))
        return pml_err_set (T_OVERFLOW_ERROR, "cannot convert float infinity to integer");
      if (fabs (v->u.f) < 9e18)
        return pml_int_new ((gint64) v->u.f);
      return pml_int_from_big (pml_bigint_from_double (v->u.f));
    case K_STR:
      {
        g_autofree char *s = g_strstrip (g_strdup (v->u.s.s));
        const char *digits = s;
        gboolean neg = FALSE;
        PmlObj *r;

        if (*digits == '+' || *digits == '-')
          neg = *digits++ == '-';
        if (base == 0 || base == 16 || base == 8 || base == 2)
          {
            if (digits[0] == '0' && digits[1] && strchr ("xXoObB", digits[1]))
              {
                base = strchr ("xX", digits[1]) ? 16 : strchr ("oO", digits[1]) ? 8 : 2;
                digits += 2;
              }
            else if (base == 0)
              base = 10;
          }
        r = *digits && digits[0] != '_' ? pml_int_from_string (digits, strlen (digits), (int) base) : NULL;
        if (r == NULL || pml_err_occurred ())
          {
            pml_xdecref (r);
            pml_err_clear ();
            {
              PmlObj *rep = pml_repr (v);

              pml_err_set (T_VALUE_ERROR, "invalid literal for int() with base %" G_GINT64_FORMAT ": %s",
                           base, rep ? rep->u.s.s : "?");
              pml_xdecref (rep);
            }
            return NULL;
          }
        if (neg)
          {
            PmlObj *n = pml_number_neg (r);

            pml_decref (r);
            r = n;
          }
        return r;
      }
    default:
      return pml_err_set (T_TYPE_ERROR, "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                          pml_type_name (v));
    }
}

static PmlObj *
to_float (PmlObj *v)
{
  gboolean ok;
  double d;

  if (v->kind == K_FLOAT)
    return pml_incref (v);
  if (v->kind == K_STR)
    {
      g_autofree char *s = g_strstrip (g_strdup (v->u.s.s));
      char *end;

      if (g_ascii_strcasecmp (s, "inf") == 0 || g_ascii_strcasecmp (s, "infinity") == 0)
        return pml_float_new (INFINITY);
      if (g_ascii_strcasecmp (s, "-inf") == 0)
        return pml_float_new (-INFINITY);
      if (g_ascii_strcasecmp (s, "nan") == 0)
        return pml_float_new (NAN);
      d = g_ascii_strtod (s, &end);
      if (*s == '\0' || *end != '\0')
        {
          PmlObj *rep = pml_repr (v);

          pml_err_set (T_VALUE_ERROR, "could not convert string to float: %s", rep ? rep->u.s.s : "?");
          pml_xdecref (rep);
          return NULL;
        }
      return pml_float_new (d);
    }
  d = pml_number_as_double (v, &ok);
  if (!ok)
    {
      if (!pml_err_occurred ())
        pml_err_set (T_TYPE_ERROR, "float() argument must be a string or a real number, not '%s'", pml_type_name (v));
      return NULL;
    }
  return pml_float_new (d);
}

static PmlObj *
range_new (PmlObj **args, gsize nargs)
{
  gint64 start = 0, stop, step = 1, len;
  PmlObj *r;

  NARGS ("range", 1, 3);
  if (nargs == 1)
    {
      if (!pml_index_value (args[0], &stop))
        return NULL;
    }
  else if (!pml_index_value (args[0], &start) || !pml_index_value (args[1], &stop)
           || (nargs == 3 && !pml_index_value (args[2], &step)))
    return NULL;
  if (step == 0)
    return pml_err_set (T_VALUE_ERROR, "range() arg 3 must not be zero");
  if (step > 0)
    len = stop > start ? (stop - start - 1) / step + 1 : 0;
  else
    len = start > stop ? (start - stop - 1) / (-step) + 1 : 0;
  r = pml_obj_new (TYPE (T_RANGE), K_RANGE, 48, FALSE);
  if (r == NULL)
    return NULL;
  r->u.r.start = start;
  r->u.r.stop = stop;
  r->u.r.step = step;
  r->u.r.len = len;
  return r;
}

static PmlObj *
set_from (PmlKind kind, PmlObj *iterable)
{
  PmlObj *s = pml_set_new (kind);

  if (s == NULL || iterable == NULL)
    return s;
  if (!pml_set_update (s, iterable))
    {
      pml_decref (s);
      return NULL;
    }
  return s;
}

PmlObj *
pml_type_call (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gsize npos = pml_positional (nargs, kwnames);

  if (!type->u.ty.builtin)
    return instance_call (type, args, nargs, kwnames);
  if (type->u.ty.inst_kind == K_INSTANCE && !type->u.ty.is_exception)
    return pml_descr_type_call (type, args, nargs, kwnames);
  if (type->u.ty.is_exception)
    {
      PmlObj *t = pml_tuple_from_array (args, npos), *exc;

      if (t == NULL)
        return NULL;
      exc = pml_err_new (type, t);
      pml_decref (t);
      return exc;
    }
  if (type != TYPE (T_DICT) && kwnames != NULL && kwnames->u.t.n > 0)
    return pml_err_set (T_TYPE_ERROR, "%s() takes no keyword arguments", type->u.ty.name);
  switch (type->u.ty.inst_kind)
    {
    case K_OBJECT:
      NARGS ("object", 0, 0);
      return pml_obj_new (TYPE (T_OBJECT), K_OBJECT, 16, FALSE);
    case K_TYPE:
      if (nargs == 1)
        return pml_incref (args[0]->type);
      if (nargs == 3 && args[0]->kind == K_STR && args[1]->kind == K_TUPLE && args[2]->kind == K_DICT)
        return pml_class_new (args[0], args[1], args[2]);
      return pml_err_set (T_TYPE_ERROR, "type() takes 1 or 3 arguments");
    case K_INT:
      NARGS ("int", 0, 2);
      return nargs == 0 ? pml_int_new (0) : to_int (args[0], nargs == 2 ? args[1] : NULL);
    case K_BOOL:
      NARGS ("bool", 0, 1);
      if (nargs == 0)
        return pml_incref (FALSE_);
      {
        int t = pml_truth (args[0]);

        return t < 0 ? NULL : pml_incref (BOOL (t));
      }
    case K_FLOAT:
      NARGS ("float", 0, 1);
      return nargs == 0 ? pml_float_new (0) : to_float (args[0]);
    case K_STR:
      NARGS ("str", 0, 1);
      return nargs == 0 ? pml_incref (VM->empty_str) : pml_str (args[0]);
    case K_TUPLE:
      NARGS ("tuple", 0, 1);
      if (nargs == 0)
        return pml_incref (VM->empty_tuple);
      if (args[0]->kind == K_TUPLE)
        return pml_incref (args[0]);
      {
        PmlObj *l = pml_list_from_iterable (args[0]), *t;

        if (l == NULL)
          return NULL;
        t = pml_tuple_from_array (l->u.l.items, l->u.l.n);
        pml_decref (l);
        return t;
      }
    case K_LIST:
      NARGS ("list", 0, 1);
      return nargs == 0 ? pml_list_new (0) : pml_list_from_iterable (args[0]);
    case K_DICT:
      {
        PmlObj *d = pml_dict_new ();
        gsize nkw = kwnames ? kwnames->u.t.n : 0;

        if (d == NULL)
          return NULL;
        if (npos > 1)
          {
            pml_decref (d);
            return pml_err_set (T_TYPE_ERROR, "dict expected at most 1 argument, got %zu", npos);
          }
        if (npos == 1 && pml_dict_update_from (d, args[0]) == NULL)
          {
            pml_decref (d);
            return NULL;
          }
        for (gsize i = 0; i < nkw; i++)
          if (!pml_dict_set (d, kwnames->u.t.items[i], args[npos + i]))
            {
              pml_decref (d);
              return NULL;
            }
        return d;
      }
    case K_SET:
    case K_FROZENSET:
      NARGS (type->u.ty.name, 0, 1);
      return set_from (type->u.ty.inst_kind, nargs ? args[0] : NULL);
    case K_RANGE:
      return range_new (args, nargs);
    case K_BYTES:
      NARGS ("bytes", 0, 1);
      if (nargs == 0)
        return pml_incref (VM->empty_bytes);
      if (args[0]->kind == K_STR)
        return pml_err_set (T_TYPE_ERROR, "string argument without an encoding");
      if (args[0]->kind == K_INT)
        {
          gint64 n;

          if (!pml_int_as_i64 (args[0], &n) || n < 0)
            return pml_err_set (T_VALUE_ERROR, "negative count");
          {
            guint8 *zeros = g_malloc0 ((gsize) MAX (n, 1));
            PmlObj *r = pml_bytes_new (zeros, (gsize) n);

            g_free (zeros);
            return r;
          }
        }
      {
        PmlObj *l = pml_list_from_iterable (args[0]), *r;
        GByteArray *out;

        if (l == NULL)
          return NULL;
        out = g_byte_array_new ();
        for (gsize i = 0; i < l->u.l.n; i++)
          {
            gint64 b;

            if (!pml_index_value (l->u.l.items[i], &b) || b < 0 || b > 255)
              {
                if (!pml_err_occurred ())
                  pml_err_set (T_VALUE_ERROR, "bytes must be in range(0, 256)");
                g_byte_array_unref (out);
                pml_decref (l);
                return NULL;
              }
            {
              guint8 c = (guint8) b;

              g_byte_array_append (out, &c, 1);
            }
          }
        r = pml_bytes_new (out->data, out->len);
        g_byte_array_unref (out);
        pml_decref (l);
        return r;
      }
    case K_BYTEARRAY:
      {
        PmlObj *r;

        NARGS ("bytearray", 0, 1);
        r = pml_obj_new (TYPE (T_BYTEARRAY), K_BYTEARRAY, 56, FALSE);
        if (r == NULL)
          return NULL;
        r->u.b.data = g_malloc0 (1);
        if (nargs == 1 && !pml_bytearray_init (r, args[0]))
          {
            pml_decref (r);
            return NULL;
          }
        return r;
      }
    case K_WEAKREF:
      return pml_weakref_type_call (args, nargs, kwnames);
    case K_ITER:
      if (type == TYPE (T_ENUMERATE))
        {
          PmlObj *it, *e;
          gint64 start = 0;
          PmlObj *start_obj = pml_kwarg (args, nargs, kwnames, "start");

          if (npos < 1 || npos > 2)
            return pml_err_set (T_TYPE_ERROR, "enumerate() missing required argument 'iterable' (pos 1)");
          if (npos == 2)
            start_obj = args[1];
          if (start_obj && !pml_index_value (start_obj, &start))
            return NULL;
          it = pml_iter (args[0]);
          if (it == NULL)
            return NULL;
          e = pml_iter_new (IT_ENUMERATE, it);
          pml_decref (it);
          if (e)
            e->u.it.index = start;
          return e;
        }
      if (type == TYPE (T_ZIP))
        {
          PmlObj *iters = pml_tuple_new (nargs), *z;

          if (iters == NULL)
            return NULL;
          for (gsize i = 0; i < nargs; i++)
            if ((iters->u.t.items[i] = pml_iter (args[i])) == NULL)
              {
                pml_decref (iters);
                return NULL;
              }
          z = pml_iter_new (IT_ZIP, iters);
          pml_decref (iters);
          return z;
        }
      if (type == TYPE (T_REVERSED))
        {
          PmlObj *r;
          gint64 n;

          NARGS ("reversed", 1, 1);
          if (args[0]->kind != K_LIST && args[0]->kind != K_TUPLE && args[0]->kind != K_STR
              && args[0]->kind != K_RANGE)
            return pml_err_set (T_TYPE_ERROR, "'%s' object is not reversible", pml_type_name (args[0]));
          n = pml_len (args[0]);
          r = pml_iter_new (IT_REVERSED, args[0]);
          if (r)
            r->u.it.index = n - 1;
          return r;
        }
      /* fall through */
    default:
      return pml_err_set (T_TYPE_ERROR, "cannot create '%s' instances", type->u.ty.name);
    }
}

/* ---- builtin functions ---- */

void pml_write_err (const char *s, gssize len);

static PmlObj *
b_print (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gsize npos = pml_positional (nargs, kwnames);
  PmlObj *sep = pml_kwarg (args, nargs, kwnames, "sep"), *end = pml_kwarg (args, nargs, kwnames, "end");
  PmlObj *file = pml_kwarg (args, nargs, kwnames, "file");
  GString *out = g_string_new (NULL);
  gboolean to_err = FALSE;

  (void) self;
  if (sep == NONE)
    sep = NULL;
  if (end == NONE)
    end = NULL;
  if ((sep && sep->kind != K_STR) || (end && end->kind != K_STR))
    {
      g_string_free (out, TRUE);
      return pml_err_set (T_TYPE_ERROR, "%s must be None or a string, not %s", sep && sep->kind != K_STR ? "sep" : "end",
                          pml_type_name (sep && sep->kind != K_STR ? sep : end));
    }
  if (file != NULL && file != NONE)
    to_err = file == pml_dict_get_str (((PmlObj *) pml_dict_get_str (VM->modules, "sys"))->u.mod.dict, "stderr");
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
  if (to_err)
    pml_write_err (out->str, (gssize) out->len);
  else
    pml_write_out (out->str, (gssize) out->len);
  g_string_free (out, TRUE);
  return pml_incref (NONE);
}

static PmlObj *
b_len (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gint64 n;

  (void) self;
  NO_KW ("len");
  NARGS ("len", 1, 1);
  n = pml_len (args[0]);
  return n < 0 ? NULL : pml_int_new (n);
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
  if (cls->kind == K_TUPLE)
    {
      for (gsize i = 0; i < cls->u.t.n && !r; i++)
        r = cls->u.t.items[i]->kind == K_TYPE && pml_type_is_subtype (args[0]->type, cls->u.t.items[i]);
    }
  else if (cls->kind == K_TYPE)
    r = pml_type_is_subtype (args[0]->type, cls) || (cls == TYPE (T_INT) && args[0]->kind == K_BOOL)
        || cls == TYPE (T_OBJECT);
  else
    return pml_err_set (T_TYPE_ERROR, "isinstance() arg 2 must be a type, a tuple of types, or a union");
  return pml_incref (BOOL (r));
}

static PmlObj *
reduce_iter (PmlObj *iterable, PmlObj *start, int mode, PmlObj *key)
{
  PmlObj *it = pml_iter (iterable), *acc = start ? pml_incref (start) : NULL, *acc_key = NULL, *item;

  if (it == NULL)
    {
      pml_xdecref (acc);
      return NULL;
    }
  if (acc && key)
    acc_key = pml_call_from_c (key, &acc, 1);
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
  pml_decref (it);
  pml_xdecref (acc_key);
  if (pml_err_occurred ())
    {
      pml_xdecref (acc);
      return NULL;
    }
  if (acc == NULL)
    return pml_err_set (T_VALUE_ERROR, "%s() arg is an empty sequence", mode < 0 ? "min" : "max");
  return acc;

fail:
  pml_decref (it);
  pml_xdecref (acc);
  pml_xdecref (acc_key);
  return NULL;
}

static PmlObj *
b_sum (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *zero, *r;

  (void) self;
  NARGS ("sum", 1, 2);
  (void) kwnames;
  zero = nargs == 2 ? pml_incref (args[1]) : pml_int_new (0);
  r = reduce_iter (args[0], zero, 0, NULL);
  pml_decref (zero);
  return r;
}

static PmlObj *
min_max (PmlObj **args, gsize nargs, PmlObj *kwnames, int mode)
{
  gsize npos = pml_positional (nargs, kwnames);
  PmlObj *key = pml_kwarg (args, nargs, kwnames, "key");
  /* min and max are METH_VARARGS in 3.11: called with a tuple */
  g_autoptr(PmlObjTemp) argtuple = pml_tuple_from_array (args, npos);

  if (argtuple == NULL)
    return NULL;
  if (key == NONE)
    key = NULL;
  if (npos == 0)
    return pml_err_set (T_TYPE_ERROR, "%s expected at least 1 argument, got 0", mode < 0 ? "min" : "max");
  if (npos == 1)
    return reduce_iter (args[0], NULL, mode, key);
  return reduce_iter (argtuple, NULL, mode, key);
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
  gboolean ok;

  (void) self;
  NO_KW ("abs");
  NARGS ("abs", 1, 1);
  if (args[0]->kind == K_FLOAT)
    return pml_float_new (fabs (args[0]->u.f));
  if (args[0]->kind != K_INT && args[0]->kind != K_BOOL)
    return pml_err_set (T_TYPE_ERROR, "bad operand type for abs(): '%s'", pml_type_name (args[0]));
  {
    PmlObj *zero = pml_int_new (0);
    int c = pml_number_compare (args[0], zero, &ok);

    pml_decref (zero);
    if (c < 0)
      return pml_number_neg (args[0]);
    return args[0]->kind == K_BOOL ? pml_int_new (args[0] == TRUE_) : pml_incref (args[0]);
  }
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
  if (args[0]->kind != K_ITER && args[0]->kind != K_GENERATOR && args[0]->kind != K_INSTANCE)
    return pml_err_set (T_TYPE_ERROR, "'%s' object is not an iterator", pml_type_name (args[0]));
  if (args[0]->kind == K_GENERATOR)
    {
      r = pml_gen_send (args[0], NULL);
      if (r == NULL && nargs == 2 && VM->exc && VM->exc->type == TYPE (T_STOP_ITERATION))
        {
          pml_err_clear ();
          return pml_incref (args[1]);
        }
      return r;
    }
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
  return ok ? pml_int_new (h) : NULL;
}

static PmlObj *
b_attr (PmlObj **args, gsize nargs, int mode)
{
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
  {
    PmlObj *v = pml_getattr (args[0], args[1]);

    if (v == NULL && VM->exc && VM->exc->type == TYPE (T_ATTRIBUTE_ERROR))
      {
        if (mode == 1)
          {
            pml_err_clear ();
            return pml_incref (FALSE_);
          }
        if (nargs == 3)
          {
            pml_err_clear ();
            return pml_incref (args[2]);
          }
      }
    if (v != NULL && mode == 1)
      {
        pml_decref (v);
        return pml_incref (TRUE_);
      }
    return v;
  }
}

static PmlObj *b_getattr (PmlObj *s, PmlObj **a, gsize n, PmlObj *k) { (void) s; (void) k; return b_attr (a, n, 0); }
static PmlObj *b_hasattr (PmlObj *s, PmlObj **a, gsize n, PmlObj *k) { (void) s; (void) k; return b_attr (a, n, 1); }
static PmlObj *b_setattr (PmlObj *s, PmlObj **a, gsize n, PmlObj *k) { (void) s; (void) k; return b_attr (a, n, 2); }
static PmlObj *b_delattr (PmlObj *s, PmlObj **a, gsize n, PmlObj *k) { (void) s; (void) k; return b_attr (a, n, 3); }

static PmlObj *
b_callable (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlKind k;

  (void) self;
  (void) kwnames;
  NARGS ("callable", 1, 1);
  k = args[0]->kind;
  return pml_incref (BOOL (k == K_FUNCTION || k == K_BUILTIN || k == K_METHOD || k == K_TYPE || k == K_WEAKREF));
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
  if (args[0]->kind != K_STR)
    return pml_err_set (T_TYPE_ERROR, "ord() expected string of length 1, but %s found", pml_type_name (args[0]));
  if (args[0]->u.s.len != 1)
    return pml_err_set (T_TYPE_ERROR, "ord() expected a character, but string of length %" G_GSIZE_FORMAT " found",
                        args[0]->u.s.len);
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
  while ((item = pml_iter_next (it)) != NULL)
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

static PmlObj *
b_divmod (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *q, *r, *t;

  (void) self;
  (void) kwnames;
  NARGS ("divmod", 2, 2);
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

static PmlObj *
b_round (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gint64 nd = 0;

  (void) self;
  (void) kwnames;
  NARGS ("round", 1, 2);
  if (args[0]->kind == K_INT || args[0]->kind == K_BOOL)
    return pml_incref (args[0]);
  if (args[0]->kind != K_FLOAT)
    return pml_err_set (T_TYPE_ERROR, "type %s doesn't define __round__ method", pml_type_name (args[0]));
  if (nargs == 2 && args[1] != NONE)
    {
      double m;

      if (!pml_index_value (args[1], &nd))
        return NULL;
      m = pow (10, (double) nd);
      return pml_float_new (nearbyint (args[0]->u.f * m) / m);
    }
  {
    double v = nearbyint (args[0]->u.f);

    if (fabs (v) < 9e18)
      return pml_int_new ((gint64) v);
    return pml_int_from_big (pml_bigint_from_double (v));
  }
}

static PmlObj *
b_pow (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) self;
  (void) kwnames;
  NARGS ("pow", 2, 2);
  return pml_binop (OP_POW, args[0], args[1]);
}

static PmlObj *
b_build_class (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *func, *name, *ns, *bases, *r, *cls;

  (void) self;
  (void) kwnames;
  if (nargs < 2 || args[0]->kind != K_FUNCTION || args[1]->kind != K_STR)
    return pml_err_set (T_TYPE_ERROR, "__build_class__: bad arguments");
  func = args[0];
  name = args[1];
  bases = pml_tuple_from_array (args + 2, nargs - 2);
  if (bases == NULL)
    return NULL;
  ns = pml_dict_new ();
  if (ns == NULL)
    {
      pml_decref (bases);
      return NULL;
    }
  {
    PmlObj *modname = pml_str_intern_cstr ("__main__"), *qual = pml_str_new (func->u.fn.code->qualname, -1);

    pml_dict_set_str (ns, "__module__", modname);
    pml_dict_set_str (ns, "__qualname__", qual);
    pml_decref (modname);
    pml_decref (qual);
  }
  r = pml_eval_code (func->u.fn.code, func->u.fn.globals, ns, func);
  if (r == NULL)
    {
      pml_decref (ns);
      pml_decref (bases);
      return NULL;
    }
  pml_decref (r);
  cls = pml_class_new (name, bases, ns);
  pml_decref (ns);
  pml_decref (bases);
  return cls;
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

/* LOAD_ATTR of a method of a built-in type: a bound built-in method */
PmlObj *pml_builtin_method_lookup (PmlObj *self, const char *name);

PmlObj *
pml_builtin_method_lookup (PmlObj *self, const char *name)
{
  const PmlMethodDef *m = find_method (self, name);
  PmlObj *b;

  if (m == NULL)
    return NULL;
  b = pml_obj_new (TYPE (T_BUILTIN), K_BUILTIN, 16 + 56, TRUE);
  if (b == NULL)
    return NULL;
  b->u.bf.fn = m->fn;
  b->u.bf.name = m->name;
  b->u.bf.self = pml_incref (self);
  pml_gc_track (b);
  return b;
}

/* LOAD_METHOD: the static method descriptor, called with self first */
PmlObj *pml_builtin_method_descriptor (PmlObj *self, const char *name);

PmlObj *
pml_builtin_method_descriptor (PmlObj *self, const char *name)
{
  const PmlMethodDef *m = find_method (self, name);
  PmlObj *d;

  if (m == NULL)
    return NULL;
  d = g_hash_table_lookup (VM->method_descriptors, m);
  if (d == NULL)
    {
      d = pml_obj_new_static (TYPE (T_BUILTIN), K_BUILTIN);
      d->u.bf.fn = m->fn;
      d->u.bf.name = m->name;
      g_hash_table_insert (VM->method_descriptors, (gpointer) m, d);
    }
  return pml_incref (d);
}

/* ---- f-strings ---- */

PmlObj *pml_format_value (PmlObj *v, int conversion);

PmlObj *
pml_format_value (PmlObj *v, int conversion)
{
  if (conversion == 'r' || conversion == 'a')
    return pml_repr (v);
  return pml_str (v);
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

/* for AttributeError suggestions (pml-py-suggest.c) */
char *pml_suggest_from_names (GPtrArray *names, const char *name);

char *
pml_suggest_from_names (GPtrArray *names, const char *name)
{
  return suggest_from (names, name);
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

static void
add_function (const char *name, PmlBuiltinFunc fn)
{
  PmlObj *b = pml_builtin_new (name, fn, NULL);

  pml_dict_set_str (VM->builtins, name, b);
  pml_decref (b);
}

void
pml_builtins_init (void)
{
  static const struct { const char *name; PmlTypeId id; } types[] = {
    { "object", T_OBJECT }, { "type", T_TYPE }, { "int", T_INT }, { "bool", T_BOOL }, { "float", T_FLOAT },
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
    { "UnicodeError", T_UNICODE_ERROR },
  };

  VM->method_descriptors = g_hash_table_new (NULL, NULL);
  VM->builtins = pml_dict_new ();
  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    pml_dict_set_str (VM->builtins, types[i].name, TYPE (types[i].id));
  pml_dict_set_str (VM->builtins, "None", NONE);
  pml_dict_set_str (VM->builtins, "True", TRUE_);
  pml_dict_set_str (VM->builtins, "False", FALSE_);
  pml_dict_set_str (VM->builtins, "Ellipsis", &VM->notimpl);
  add_function ("print", b_print);
  add_function ("len", b_len);
  add_function ("id", b_id);
  add_function ("repr", b_repr);
  add_function ("isinstance", b_isinstance);
  add_function ("sum", b_sum);
  add_function ("min", b_min);
  add_function ("max", b_max);
  add_function ("abs", b_abs);
  add_function ("sorted", b_sorted);
  add_function ("iter", b_iter);
  add_function ("next", b_next);
  add_function ("hash", b_hash);
  add_function ("getattr", b_getattr);
  add_function ("hasattr", b_hasattr);
  add_function ("setattr", b_setattr);
  add_function ("delattr", b_delattr);
  add_function ("callable", b_callable);
  add_function ("chr", b_chr);
  add_function ("ord", b_ord);
  add_function ("any", b_any);
  add_function ("all", b_all);
  add_function ("divmod", b_divmod);
  add_function ("round", b_round);
  add_function ("pow", b_pow);
  add_function ("__build_class__", b_build_class);
  pml_class_builtins_init ();
}
