/* pml-py-abstract.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-vm.h"
#include "pml-py-ast.h"
#include "pml-object-sizes.h"

/* The object protocol (Objects/abstract.c, object.c): repr, hashing,
 * comparison, attributes, items, iteration, operators, calls. */

PmlObj *pml_builtin_method_lookup (PmlObj *self, const char *name);
PmlObj *pml_type_call (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj *pml_iter_new (PmlIterKind kind, PmlObj *seq);

const char *
pml_type_name (PmlObj *o)
{
  return o->type->u.ty.name;
}

static PmlObj *
call_dunder (PmlObj *o, const char *name, PmlObj **args, gsize nargs, gboolean *found)
{
  PmlObj *f, *argv[4], *r;

  *found = FALSE;
  if (o->kind != K_INSTANCE || o->type->u.ty.builtin)
    return NULL;
  f = pml_mro_lookup_override (o->type, name);
  if (f == NULL)
    return NULL;
  *found = TRUE;
  argv[0] = o;
  for (gsize i = 0; i < nargs && i < 3; i++)
    argv[i + 1] = args[i];
  pml_incref (f);
  r = pml_call_from_c (f, argv, nargs + 1);
  pml_decref (f);
  return r;
}

/* ---- repr / str ---- */

static GPtrArray *repr_stack;

static gboolean
repr_enter (PmlObj *o)
{
  if (repr_stack == NULL)
    repr_stack = g_ptr_array_new ();
  for (guint i = 0; i < repr_stack->len; i++)
    if (repr_stack->pdata[i] == o)
      return FALSE;
  g_ptr_array_add (repr_stack, o);
  return TRUE;
}

static void
repr_leave (PmlObj *o)
{
  g_ptr_array_remove (repr_stack, o);
}

static PmlObj *
take_string (GString *s)
{
  gsize n = s->len;

  return pml_str_new_take (g_string_free (s, FALSE), n);
}

static gboolean
append_repr (GString *out, PmlObj *o)
{
  PmlObj *r = pml_repr (o);

  if (r == NULL)
    return FALSE;
  g_string_append_len (out, r->u.s.s, (gssize) r->u.s.nbytes);
  pml_decref (r);
  return TRUE;
}

static PmlObj *
repr_sequence (PmlObj *o, PmlObj **items, gsize n, const char *open, const char *close, const char *recursive)
{
  GString *out;

  if (!repr_enter (o))
    return pml_str_new (recursive, -1);
  out = g_string_new (open);
  for (gsize i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      if (!append_repr (out, items[i]))
        {
          repr_leave (o);
          g_string_free (out, TRUE);
          return NULL;
        }
    }
  if (o->kind == K_TUPLE && n == 1)
    g_string_append_c (out, ',');
  g_string_append (out, close);
  repr_leave (o);
  return take_string (out);
}

PmlObj *
pml_repr (PmlObj *o)
{
  GString *out;

  switch (o->kind)
    {
    case K_NONE: return pml_str_new ("None", 4);
    case K_BOOL: return pml_str_new (o == TRUE_ ? "True" : "False", -1);
    case K_NOTIMPL: return pml_str_new ("Ellipsis", -1);
    case K_INT:
      if (o->u.i.big)
        {
          char *s = pml_bigint_to_decimal (o->u.i.big);

          return pml_str_new_take (s, strlen (s));
        }
      {
        char *s = g_strdup_printf ("%" G_GINT64_FORMAT, o->u.i.v);

        /* long_to_decimal_string: str(7) is a new string, not the cached '7' */
        return pml_str_new_uncached (s, strlen (s));
      }
    case K_FLOAT:
      {
        char *s = pml_float_repr (o->u.f);

        return pml_str_new_take (s, strlen (s));
      }
    case K_STR:
      return pml_str_repr (o);
    case K_BYTES:
    case K_BYTEARRAY:
      return pml_bytes_repr (o);
    case K_TUPLE:
      return repr_sequence (o, o->u.t.items, o->u.t.n, "(", ")", "(...)");
    case K_LIST:
      return repr_sequence (o, o->u.l.items, o->u.l.n, "[", "]", "[...]");
    case K_DICT:
      {
        gsize pos = 0;
        PmlObj *k, *v;
        gboolean first = TRUE;

        if (!repr_enter (o))
          return pml_str_new ("{...}", -1);
        out = g_string_new ("{");
        while (pml_dict_next (o, &pos, &k, &v))
          {
            if (!first)
              g_string_append (out, ", ");
            first = FALSE;
            pml_incref (k);
            pml_incref (v);
            if (!append_repr (out, k) || (g_string_append (out, ": "), !append_repr (out, v)))
              {
                pml_decref (k);
                pml_decref (v);
                repr_leave (o);
                g_string_free (out, TRUE);
                return NULL;
              }
            pml_decref (k);
            pml_decref (v);
          }
        g_string_append_c (out, '}');
        repr_leave (o);
        return take_string (out);
      }
    case K_SET:
    case K_FROZENSET:
      {
        gsize pos = 0;
        PmlObj *k;
        gboolean first = TRUE;

        if (o->u.set.used == 0)
          return pml_str_new (o->kind == K_SET ? "set()" : "frozenset()", -1);
        if (!repr_enter (o))
          return pml_str_new ("{...}", -1);
        out = g_string_new (o->kind == K_SET ? "{" : "frozenset({");
        while (pml_set_next (o, &pos, &k))
          {
            if (!first)
              g_string_append (out, ", ");
            first = FALSE;
            if (!append_repr (out, k))
              {
                repr_leave (o);
                g_string_free (out, TRUE);
                return NULL;
              }
          }
        g_string_append (out, o->kind == K_SET ? "}" : "})");
        repr_leave (o);
        return take_string (out);
      }
    case K_RANGE:
      out = g_string_new (NULL);
      if (o->u.r.step == 1)
        g_string_printf (out, "range(%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ")", o->u.r.start, o->u.r.stop);
      else
        g_string_printf (out, "range(%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ")",
                         o->u.r.start, o->u.r.stop, o->u.r.step);
      return take_string (out);
    case K_TYPE:
      out = g_string_new (NULL);
      g_string_printf (out, "<class '%s%s'>", o->u.ty.builtin ? "" : "__main__.", o->u.ty.name);
      return take_string (out);
    case K_FUNCTION:
      out = g_string_new (NULL);
      g_string_printf (out, "<function %s at 0x%" G_GINT64_MODIFIER "x>", o->u.fn.code->qualname, o->addr);
      return take_string (out);
    case K_BUILTIN:
      out = g_string_new (NULL);
      if (o->u.bf.self && o->u.bf.self->kind != K_MODULE)
        g_string_printf (out, "<built-in method %s of %s object at 0x%" G_GINT64_MODIFIER "x>",
                         o->u.bf.name, pml_type_name (o->u.bf.self), o->u.bf.self->addr);
      else
        g_string_printf (out, "<built-in function %s>", o->u.bf.name);
      return take_string (out);
    case K_METHOD:
      {
        PmlObj *self_repr = pml_repr (o->u.m.self);

        if (self_repr == NULL)
          return NULL;
        out = g_string_new (NULL);
        g_string_printf (out, "<bound method %s of %s>", o->u.m.func->u.fn.code->qualname, self_repr->u.s.s);
        pml_decref (self_repr);
        return take_string (out);
      }
    case K_MODULE:
      out = g_string_new (NULL);
      g_string_printf (out, "<module '%s' (built-in)>", o->u.mod.name);
      return take_string (out);
    case K_WEAKREF:
      out = g_string_new (NULL);
      if (o->u.wr.referent == NULL)
        g_string_printf (out, "<weakref at 0x%" G_GINT64_MODIFIER "x; dead>", o->addr);
      else
        g_string_printf (out, "<weakref at 0x%" G_GINT64_MODIFIER "x; to '%s' at 0x%" G_GINT64_MODIFIER "x>",
                         o->addr, o->u.wr.referent->kind == K_INSTANCE && !o->u.wr.referent->type->u.ty.builtin
                         ? g_strdup_printf ("__main__.%s", pml_type_name (o->u.wr.referent))
                         : pml_type_name (o->u.wr.referent), o->u.wr.referent->addr);
      return take_string (out);
    case K_GENERATOR:
      out = g_string_new (NULL);
      g_string_printf (out, "<generator object %s at 0x%" G_GINT64_MODIFIER "x>",
                       o->u.gen.name ? o->u.gen.name->u.s.s : "?", o->addr);
      return take_string (out);
    case K_INSTANCE:
      {
        gboolean found;
        PmlObj *r = call_dunder (o, "__repr__", NULL, 0, &found);

        if (found)
          {
            if (r != NULL && r->kind != K_STR)
              {
                pml_err_set (T_TYPE_ERROR, "__repr__ returned non-string (type %s)", pml_type_name (r));
                PML_CLEAR (r);
              }
            return r;
          }
        if (o->type->u.ty.is_exception)
          {
            PmlObj *args = o->u.inst.exc_args;

            out = g_string_new (o->type->u.ty.name);
            if (args && args->u.t.n == 1)
              {
                g_string_append_c (out, '(');
                if (!append_repr (out, args->u.t.items[0]))
                  {
                    g_string_free (out, TRUE);
                    return NULL;
                  }
                g_string_append_c (out, ')');
              }
            else if (args && !append_repr (out, args))
              {
                g_string_free (out, TRUE);
                return NULL;
              }
            else if (!args)
              g_string_append (out, "()");
            return take_string (out);
          }
        out = g_string_new (NULL);
        g_string_printf (out, "<%s%s object at 0x%" G_GINT64_MODIFIER "x>",
                         o->type->u.ty.builtin ? "" : "__main__.", o->type->u.ty.name, o->addr);
        return take_string (out);
      }
    default:
      out = g_string_new (NULL);
      g_string_printf (out, "<%s object at 0x%" G_GINT64_MODIFIER "x>", pml_type_name (o), o->addr);
      return take_string (out);
    }
}

PmlObj *
pml_str (PmlObj *o)
{
  if (o->kind == K_STR)
    return pml_incref (o);
  if (o->kind == K_INSTANCE)
    {
      gboolean found;
      PmlObj *r = call_dunder (o, "__str__", NULL, 0, &found);

      if (found)
        return r;
      if (o->type->u.ty.is_exception)
        {
          char *msg = pml_exc_message (o);

          return pml_str_new_take (msg, strlen (msg));
        }
    }
  return pml_repr (o);
}

/* ---- hashing and equality ---- */

static gint64
pointer_hash (PmlObj *o)
{
  guint64 y = o->addr;

  y = (y >> 4) | (y << 60);
  return (gint64) y == -1 ? -2 : (gint64) y;
}

gint64
pml_hash (PmlObj *o, gboolean *ok)
{
  *ok = TRUE;
  switch (o->kind)
    {
    case K_INT:
      if (o->u.i.big)
        return pml_bigint_hash (o->u.i.big);
      {
        const gint64 modulus = (G_GINT64_CONSTANT (1) << 61) - 1;
        gint64 v = o->u.i.v, h;

        h = v >= 0 ? v % modulus : -((-(v + 1) % modulus) + 1);
        return h == -1 ? -2 : h;
      }
    case K_BOOL:
      return o == TRUE_;
    case K_FLOAT:
      return pml_float_hash (o->u.f);
    case K_STR:
      return pml_str_hash (o);
    case K_BYTES:
      {
        guint64 h = G_GUINT64_CONSTANT (0xcbf29ce484222325);

        for (gsize i = 0; i < o->u.b.len; i++)
          h = (h ^ o->u.b.data[i]) * G_GUINT64_CONSTANT (0x100000001b3);
        return (gint64) (h >> 2);
      }
    case K_TUPLE:
      {
        gint64 h = pml_tuple_hash (o);

        if (h == -1 && pml_err_occurred ())
          *ok = FALSE;
        return h;
      }
    case K_FROZENSET:
      {
        guint64 h = 0;
        gsize pos = 0;
        PmlObj *k;

        while (pml_set_next (o, &pos, &k))
          h ^= (guint64) pml_hash (k, ok) * G_GUINT64_CONSTANT (3644798167);
        return (gint64) (h >> 1);
      }
    case K_LIST: case K_DICT: case K_SET: case K_BYTEARRAY:
      *ok = FALSE;
      pml_err_set (T_TYPE_ERROR, "unhashable type: '%s'", pml_type_name (o));
      return -1;
    case K_INSTANCE:
      {
        gboolean found;
        PmlObj *r;

        if (!o->type->u.ty.builtin)
          {
            PmlObj *eq = NULL, *hash = NULL;

            for (PmlObj *t = o->type; t && !t->u.ty.builtin; t = t->u.ty.base)
              {
                if (!eq)
                  eq = pml_dict_get_str (t->u.ty.dict, "__eq__");
                if (!hash)
                  hash = pml_dict_get_str (t->u.ty.dict, "__hash__");
              }
            if (hash == NONE || (eq != NULL && hash == NULL))
              {
                *ok = FALSE;
                pml_err_set (T_TYPE_ERROR, "unhashable type: '%s'", pml_type_name (o));
                return -1;
              }
          }
        r = call_dunder (o, "__hash__", NULL, 0, &found);
        if (found)
          {
            gint64 h = 0;

            if (r == NULL || !pml_int_as_i64 (r, &h))
              {
                *ok = FALSE;
                if (r != NULL)
                  pml_err_set (T_TYPE_ERROR, "__hash__ method should return an integer");
              }
            pml_xdecref (r);
            return h == -1 ? -2 : h;
          }
        return pointer_hash (o);
      }
    default:
      return pointer_hash (o);
    }
}

static int
seq_eq (PmlObj **a, gsize na, PmlObj **b, gsize nb)
{
  if (na != nb)
    return 0;
  for (gsize i = 0; i < na; i++)
    {
      int e = pml_eq (a[i], b[i]);

      if (e != 1)
        return e;
    }
  return 1;
}

static gboolean
is_number (PmlObj *o)
{
  return o->kind == K_INT || o->kind == K_BOOL || o->kind == K_FLOAT;
}

int
pml_eq (PmlObj *a, PmlObj *b)
{
  PmlObj *r;
  int t;

  if (a == b)
    return 1;
  if (is_number (a) && is_number (b))
    {
      gboolean ok;
      int c = pml_number_compare (a, b, &ok);

      return c == 0;
    }
  if (a->kind == K_STR && b->kind == K_STR)
    return pml_str_eq (a, b);
  if (a->kind != K_INSTANCE && b->kind != K_INSTANCE && a->kind != b->kind)
    {
      if (!((a->kind == K_SET || a->kind == K_FROZENSET) && (b->kind == K_SET || b->kind == K_FROZENSET)))
        return 0;
    }
  switch (a->kind)
    {
    case K_BYTES:
      return a->u.b.len == b->u.b.len && memcmp (a->u.b.data, b->u.b.data, a->u.b.len) == 0;
    case K_TUPLE:
      return seq_eq (a->u.t.items, a->u.t.n, b->u.t.items, b->u.t.n);
    case K_LIST:
      return seq_eq (a->u.l.items, a->u.l.n, b->u.l.items, b->u.l.n);
    case K_DICT:
      {
        gsize pos = 0;
        PmlObj *k, *v;

        if (a->u.d.used != b->u.d.used)
          return 0;
        while (pml_dict_next (a, &pos, &k, &v))
          {
            gboolean error;
            PmlObj *w = pml_dict_get (b, k, &error);

            if (error)
              return -1;
            if (w == NULL)
              return 0;
            t = pml_eq (v, w);
            if (t != 1)
              return t;
          }
        return 1;
      }
    case K_SET:
    case K_FROZENSET:
      {
        gsize pos = 0;
        PmlObj *k;

        if (a->u.set.used != b->u.set.used)
          return 0;
        while (pml_set_next (a, &pos, &k))
          {
            t = pml_set_contains (b, k);
            if (t != 1)
              return t;
          }
        return 1;
      }
    case K_RANGE:
      return a->u.r.len == b->u.r.len && (a->u.r.len == 0 || (a->u.r.start == b->u.r.start
             && (a->u.r.len == 1 || a->u.r.step == b->u.r.step)));
    default:
      break;
    }
  r = pml_richcompare (a, b, OP_EQ);
  if (r == NULL)
    return -1;
  t = pml_truth (r);
  pml_decref (r);
  return t;
}

static const char *
op_symbol (int op)
{
  switch (op)
    {
    case OP_LT: return "<";
    case OP_LE: return "<=";
    case OP_GT: return ">";
    case OP_GE: return ">=";
    case OP_EQ: return "==";
    default: return "!=";
    }
}

static const char *
op_dunder (int op, gboolean reflected)
{
  switch (op)
    {
    case OP_LT: return reflected ? "__gt__" : "__lt__";
    case OP_LE: return reflected ? "__ge__" : "__le__";
    case OP_GT: return reflected ? "__lt__" : "__gt__";
    case OP_GE: return reflected ? "__le__" : "__ge__";
    case OP_EQ: return "__eq__";
    default: return "__ne__";
    }
}

static int
seq_compare (PmlObj **a, gsize na, PmlObj **b, gsize nb, int op, PmlObj **result)
{
  gsize i;

  for (i = 0; i < na && i < nb; i++)
    {
      int e = pml_eq (a[i], b[i]);

      if (e < 0)
        return -1;
      if (!e)
        break;
    }
  if (i >= na || i >= nb)
    {
      gboolean r;

      switch (op)
        {
        case OP_LT: r = na < nb; break;
        case OP_LE: r = na <= nb; break;
        case OP_GT: r = na > nb; break;
        case OP_GE: r = na >= nb; break;
        case OP_EQ: r = na == nb; break;
        default: r = na != nb;
        }
      *result = pml_incref (BOOL (r));
      return 0;
    }
  if (op == OP_EQ)
    {
      *result = pml_incref (FALSE_);
      return 0;
    }
  if (op == OP_NE)
    {
      *result = pml_incref (TRUE_);
      return 0;
    }
  *result = pml_richcompare (a[i], b[i], op);
  return *result ? 0 : -1;
}

PmlObj *
pml_richcompare (PmlObj *a, PmlObj *b, int op)
{
  int c = 0;
  gboolean have = FALSE;

  if (is_number (a) && is_number (b))
    {
      gboolean ok;

      c = pml_number_compare (a, b, &ok);
      have = TRUE;
    }
  else if (a->kind == K_STR && b->kind == K_STR)
    {
      c = pml_str_compare (a, b);
      have = TRUE;
    }
  else if (a->kind == K_BYTES && b->kind == K_BYTES)
    {
      gsize n = MIN (a->u.b.len, b->u.b.len);

      c = memcmp (a->u.b.data, b->u.b.data, n);
      c = c != 0 ? (c < 0 ? -1 : 1) : (a->u.b.len < b->u.b.len ? -1 : a->u.b.len > b->u.b.len);
      have = TRUE;
    }
  else if ((a->kind == K_TUPLE && b->kind == K_TUPLE) || (a->kind == K_LIST && b->kind == K_LIST))
    {
      PmlObj *r = NULL;

      if (a->kind == K_TUPLE)
        seq_compare (a->u.t.items, a->u.t.n, b->u.t.items, b->u.t.n, op, &r);
      else
        seq_compare (a->u.l.items, a->u.l.n, b->u.l.items, b->u.l.n, op, &r);
      return r;
    }
  if (have)
    {
      gboolean r;

      switch (op)
        {
        case OP_LT: r = c < 0; break;
        case OP_LE: r = c <= 0; break;
        case OP_GT: r = c > 0; break;
        case OP_GE: r = c >= 0; break;
        case OP_EQ: r = c == 0; break;
        default: r = c != 0;
        }
      return pml_incref (BOOL (r));
    }
  if (a->kind == K_INSTANCE || b->kind == K_INSTANCE)
    {
      gboolean found;
      PmlObj *r;

      r = call_dunder (a, op_dunder (op, FALSE), &b, 1, &found);
      if (found && (r == NULL || r != &VM->notimpl))
        return r;
      pml_xdecref (r);
      r = call_dunder (b, op_dunder (op, TRUE), &a, 1, &found);
      if (found && (r == NULL || r != &VM->notimpl))
        return r;
      pml_xdecref (r);
    }
  if (op == OP_EQ || op == OP_NE)
    {
      int e = a == b;

      if (a->kind != K_INSTANCE && b->kind != K_INSTANCE && a->kind == b->kind)
        {
          e = pml_eq (a, b);
          if (e < 0)
            return NULL;
        }
      return pml_incref (BOOL (op == OP_EQ ? e : !e));
    }
  return pml_err_set (T_TYPE_ERROR, "'%s' not supported between instances of '%s' and '%s'",
                      op_symbol (op), pml_type_name (a), pml_type_name (b));
}

gint64
pml_len (PmlObj *o)
{
  switch (o->kind)
    {
    case K_STR: return (gint64) o->u.s.len;
    case K_BYTES: case K_BYTEARRAY: return (gint64) o->u.b.len;
    case K_TUPLE: return (gint64) o->u.t.n;
    case K_LIST: return (gint64) o->u.l.n;
    case K_DICT: return (gint64) o->u.d.used;
    case K_SET: case K_FROZENSET: return (gint64) o->u.set.used;
    case K_RANGE: return o->u.r.len;
    case K_DICTVIEW: return (gint64) o->u.dv.dict->u.d.used;
    case K_INSTANCE:
      {
        gboolean found;
        PmlObj *r = call_dunder (o, "__len__", NULL, 0, &found);
        gint64 n = -1;

        if (found)
          {
            if (r != NULL && !pml_int_as_i64 (r, &n))
              pml_err_set (T_TYPE_ERROR, "'%s' object cannot be interpreted as an integer", pml_type_name (r));
            pml_xdecref (r);
            return n;
          }
      }
      /* fall through */
    default:
      pml_err_set (T_TYPE_ERROR, "object of type '%s' has no len()", pml_type_name (o));
      return -1;
    }
}

int
pml_truth (PmlObj *o)
{
  switch (o->kind)
    {
    case K_NONE: return 0;
    case K_BOOL: return o == TRUE_;
    case K_INT: return o->u.i.big != NULL || o->u.i.v != 0;
    case K_FLOAT: return o->u.f != 0;
    case K_STR: case K_BYTES: case K_BYTEARRAY: case K_TUPLE: case K_LIST: case K_DICT:
    case K_SET: case K_FROZENSET: case K_RANGE: case K_DICTVIEW:
      return pml_len (o) != 0;
    case K_INSTANCE:
      {
        gboolean found;
        PmlObj *r = call_dunder (o, "__bool__", NULL, 0, &found);

        if (found)
          {
            int t = r ? r == TRUE_ : -1;

            pml_xdecref (r);
            return t;
          }
        r = call_dunder (o, "__len__", NULL, 0, &found);
        if (found)
          {
            int t = r ? pml_truth (r) : -1;

            pml_xdecref (r);
            return t;
          }
        return 1;
      }
    default:
      return 1;
    }
}

gboolean
pml_index_value (PmlObj *o, gint64 *out)
{
  if (o->kind == K_INT || o->kind == K_BOOL)
    {
      if (!pml_int_as_i64 (o, out))
        {
          pml_err_set (T_INDEX_ERROR, "cannot fit 'int' into an index-sized integer");
          return FALSE;
        }
      return TRUE;
    }
  pml_err_set (T_TYPE_ERROR, "'%s' object cannot be interpreted as an integer", pml_type_name (o));
  return FALSE;
}

/* ---- attributes ---- */

static PmlObj *
attribute_error (PmlObj *o, PmlObj *name)
{
  if (o->kind == K_MODULE)
    return pml_err_set (T_ATTRIBUTE_ERROR, "module '%s' has no attribute '%s'", o->u.mod.name, name->u.s.s);
  if (o->kind == K_TYPE)
    return pml_err_set (T_ATTRIBUTE_ERROR, "type object '%s' has no attribute '%s'", o->u.ty.name, name->u.s.s);
  return pml_err_set (T_ATTRIBUTE_ERROR, "'%s' object has no attribute '%s'", pml_type_name (o), name->u.s.s);
}

PmlObj *
pml_getattr (PmlObj *o, PmlObj *name)
{
  const char *n = name->u.s.s;
  PmlObj *v;

  if (strcmp (n, "__class__") == 0)
    return pml_incref (o->type);
  switch (o->kind)
    {
    case K_INSTANCE:
      {
        gboolean found;

        if (o->type->u.ty.is_exception && strcmp (n, "args") == 0)
          return pml_incref (o->u.inst.exc_args ? o->u.inst.exc_args : VM->empty_tuple);
        if (o->type == TYPE (T_SUPER))
          {
            v = pml_super_getattr (o, name, &found);
            if (found || pml_err_occurred ())
              return v;
            return pml_object_generic_getattr (o, name);
          }
        return pml_instance_getattro (o, name);
      }
    case K_TYPE:
      if (strcmp (n, "__name__") == 0)
        return pml_str_new (o->u.ty.name, -1);
      if (strcmp (n, "__qualname__") == 0)
        return pml_str_new (o->u.ty.qualname ? o->u.ty.qualname : o->u.ty.name, -1);
      if (strcmp (n, "__mro__") == 0 && o->u.ty.mro)
        return pml_incref (o->u.ty.mro);
      if (strcmp (n, "__base__") == 0)
        return pml_incref (o->u.ty.base ? o->u.ty.base : NONE);
      return pml_type_getattro (o, name);
    case K_MODULE:
      v = pml_dict_get_str (o->u.mod.dict, n);
      if (v != NULL)
        return pml_incref (v);
      if (strcmp (n, "__name__") == 0)
        return pml_str_new (o->u.mod.name, -1);
      return attribute_error (o, name);
    case K_FUNCTION:
      if (strcmp (n, "__name__") == 0)
        return pml_incref (o->u.fn.name);
      if (strcmp (n, "__qualname__") == 0)
        return pml_incref (o->u.fn.qualname);
      if (o->u.fn.dict && (v = pml_dict_get (o->u.fn.dict, name, &(gboolean) { 0 })) != NULL)
        return pml_incref (v);
      return attribute_error (o, name);
    case K_BUILTIN:
      if (strcmp (n, "__name__") == 0)
        return pml_str_new (o->u.bf.name, -1);
      return attribute_error (o, name);
    case K_METHOD:
      if (strcmp (n, "__self__") == 0)
        return pml_incref (o->u.m.self);
      if (strcmp (n, "__func__") == 0)
        return pml_incref (o->u.m.func);
      return pml_getattr (o->u.m.func, name);
    case K_WEAKREF:
      if (strcmp (n, "__callback__") == 0)
        return pml_incref (o->u.wr.callback ? o->u.wr.callback : NONE);
      return attribute_error (o, name);
    default:
      v = pml_builtin_method_lookup (o, n);
      if (v != NULL || pml_err_occurred ())
        return v;
      return attribute_error (o, name);
    }
}

PmlObj *
pml_getattr_cstr (PmlObj *o, const char *name)
{
  PmlObj *n = pml_str_intern_cstr (name), *v = pml_getattr (o, n);

  pml_decref (n);
  return v;
}

gboolean
pml_setattr (PmlObj *o, PmlObj *name, PmlObj *v)
{
  switch (o->kind)
    {
    case K_INSTANCE:
      return pml_instance_setattro (o, name, v);
    case K_TYPE:
      if (o->u.ty.builtin)
        {
          pml_err_set (T_TYPE_ERROR, "cannot set '%s' attribute of immutable type '%s'", name->u.s.s, o->u.ty.name);
          return FALSE;
        }
      if (v == NULL)
        {
          int r = pml_dict_del (o->u.ty.dict, name);

          if (r == 0)
            attribute_error (o, name);
          return r == 1;
        }
      if (strcmp (name->u.s.s, "__del__") == 0)
        o->u.ty.has_del = TRUE;
      return pml_dict_set (o->u.ty.dict, name, v);
    case K_MODULE:
      if (v == NULL)
        return pml_dict_del (o->u.mod.dict, name) == 1 || (attribute_error (o, name), FALSE);
      return pml_dict_set (o->u.mod.dict, name, v);
    case K_FUNCTION:
      if (o->u.fn.dict == NULL)
        {
          o->u.fn.dict = pml_dict_new ();
          if (o->u.fn.dict == NULL)
            return FALSE;
        }
      if (v == NULL)
        return pml_dict_del (o->u.fn.dict, name) == 1 || (attribute_error (o, name), FALSE);
      return pml_dict_set (o->u.fn.dict, name, v);
    default:
      if (pml_builtin_method_lookup (o, name->u.s.s) != NULL)
        {
          pml_err_clear ();
          pml_err_set (T_ATTRIBUTE_ERROR, "'%s' object attribute '%s' is read-only", pml_type_name (o), name->u.s.s);
          return FALSE;
        }
      pml_err_clear ();
      attribute_error (o, name);
      return FALSE;
    }
}

/* ---- items ---- */

static gboolean
slice_indices (PmlObj *slice, gint64 length, gint64 *start, gint64 *stop, gint64 *step, gint64 *count)
{
  gint64 st = 1;

  if (slice->u.sl.step != NONE && !pml_index_value (slice->u.sl.step, &st))
    return FALSE;
  if (st == 0)
    {
      pml_err_set (T_VALUE_ERROR, "slice step cannot be zero");
      return FALSE;
    }
  *step = st;
  if (slice->u.sl.start == NONE)
    *start = st < 0 ? length - 1 : 0;
  else
    {
      if (!pml_index_value (slice->u.sl.start, start))
        return FALSE;
      if (*start < 0)
        *start = MAX (*start + length, st < 0 ? -1 : 0);
      else if (*start >= length)
        *start = st < 0 ? length - 1 : length;
    }
  if (slice->u.sl.stop == NONE)
    *stop = st < 0 ? -1 : length;
  else
    {
      if (!pml_index_value (slice->u.sl.stop, stop))
        return FALSE;
      if (*stop < 0)
        *stop = MAX (*stop + length, st < 0 ? -1 : 0);
      else if (*stop >= length)
        *stop = st < 0 ? length - 1 : length;
    }
  if (st > 0)
    *count = *stop > *start ? (*stop - *start + st - 1) / st : 0;
  else
    *count = *start > *stop ? (*start - *stop - st - 1) / (-st) : 0;
  return TRUE;
}

static gboolean
normalize_index (PmlObj *key, gint64 length, gint64 *i, const char *what)
{
  if (!pml_index_value (key, i))
    {
      if (pml_err_occurred () && VM->exc->type == TYPE (T_TYPE_ERROR))
        {
          pml_err_clear ();
          if (strcmp (what, "string") == 0)   /* unicode_subscript words it differently */
            pml_err_set (T_TYPE_ERROR, PRESET_MINOR () >= 11 ? "string indices must be integers, not '%s'"
                         : "string indices must be integers", pml_type_name (key));
          else
            pml_err_set (T_TYPE_ERROR, "%s indices must be integers or slices, not %s", what, pml_type_name (key));
        }
      return FALSE;
    }
  if (*i < 0)
    *i += length;
  if (*i < 0 || *i >= length)
    {
      pml_err_set (T_INDEX_ERROR, "%s index out of range", what);
      return FALSE;
    }
  return TRUE;
}

PmlObj *
pml_getitem (PmlObj *o, PmlObj *key)
{
  gint64 i, start, stop, step, count;

  switch (o->kind)
    {
    case K_LIST:
    case K_TUPLE:
      {
        PmlObj **items = o->kind == K_LIST ? o->u.l.items : o->u.t.items;
        gint64 n = pml_len (o);
        const char *what = o->kind == K_LIST ? "list" : "tuple";

        if (key->kind == K_SLICE)
          {
            PmlObj *r;

            if (!slice_indices (key, n, &start, &stop, &step, &count))
              return NULL;
            if (o->kind == K_TUPLE && step == 1 && count == n)
              return pml_incref (o);
            r = o->kind == K_LIST ? pml_list_new_prealloc ((gsize) count) : pml_tuple_new ((gsize) count);
            if (r == NULL)
              return NULL;
            for (gint64 k = 0; k < count; k++)
              {
                PmlObj *item = pml_incref (items[start + k * step]);

                if (o->kind == K_LIST)
                  r->u.l.items[k] = item;
                else
                  r->u.t.items[k] = item;
              }
            if (o->kind == K_LIST)
              r->u.l.n = (gsize) count;
            return r;
          }
        if (!normalize_index (key, n, &i, what))
          return NULL;
        return pml_incref (items[i]);
      }
    case K_STR:
      if (key->kind == K_SLICE)
        {
          if (!slice_indices (key, (gint64) o->u.s.len, &start, &stop, &step, &count))
            return NULL;
          if (count == 0)
            return pml_incref (VM->empty_str);
          return pml_str_slice (o, start, step > 0 ? start + count * step : start + count * step, step);
        }
      if (!normalize_index (key, (gint64) o->u.s.len, &i, "string"))
        return NULL;
      return pml_str_char_at (o, i);
    case K_BYTES:
    case K_BYTEARRAY:
      if (key->kind == K_SLICE)
        {
          GByteArray *out;
          PmlObj *r;

          if (!slice_indices (key, (gint64) o->u.b.len, &start, &stop, &step, &count))
            return NULL;
          out = g_byte_array_new ();
          for (gint64 k = 0; k < count; k++)
            g_byte_array_append (out, &o->u.b.data[start + k * step], 1);
          r = pml_bytes_new (out->data, out->len);
          g_byte_array_unref (out);
          return r;
        }
      if (!normalize_index (key, (gint64) o->u.b.len, &i, o->kind == K_BYTES ? "byte" : "bytearray"))
        return NULL;
      return pml_int_new (o->u.b.data[i]);
    case K_RANGE:
      if (!normalize_index (key, o->u.r.len, &i, "range"))
        return NULL;
      return pml_int_new (o->u.r.start + i * o->u.r.step);
    case K_DICT:
      {
        gboolean error;
        PmlObj *v = pml_dict_get (o, key, &error);

        if (v != NULL)
          return pml_incref (v);
        if (!error)
          {
            PmlObj *args = pml_tuple_pack (1, key);

            if (args != NULL)
              {
                PmlObj *exc = pml_err_new (TYPE (T_KEY_ERROR), args);

                pml_decref (args);
                if (exc)
                  pml_err_set_obj (exc);
              }
          }
        return NULL;
      }
    case K_INSTANCE:
      {
        gboolean found;
        PmlObj *r = call_dunder (o, "__getitem__", &key, 1, &found);

        if (found)
          return r;
      }
      /* fall through */
    default:
      if (o->kind == K_TYPE)
        return pml_err_set (T_TYPE_ERROR, "type '%s' is not subscriptable", o->u.ty.name);
      return pml_err_set (T_TYPE_ERROR, "'%s' object is not subscriptable", pml_type_name (o));
    }
}

gboolean
pml_setitem (PmlObj *o, PmlObj *key, PmlObj *v)
{
  gint64 i;

  switch (o->kind)
    {
    case K_LIST:
      if (key->kind == K_SLICE)
        {
          gint64 start, stop, step, count;

          if (!slice_indices (key, (gint64) o->u.l.n, &start, &stop, &step, &count))
            return FALSE;
          if (v == NULL)
            {
              /* list_ass_subscript: one resize, then the garbage */
              PmlObj **garbage = g_new (PmlObj *, MAX (count, 1));
              gsize n = o->u.l.n, kept = 0, k = 0;
              gint64 lo = step > 0 ? start : start + step * (count - 1);
              gint64 st = ABS (step);

              if (count == 0)
                {
                  g_free (garbage);
                  return TRUE;
                }
              if (step == 1 && (gsize) count == n)
                {
                  /* list_ass_slice emptying the list: _list_clear, last item first */
                  g_free (garbage);
                  pml_list_clear (o);
                  return TRUE;
                }
              for (gsize j = 0; j < n; j++)
                {
                  if ((gint64) j >= lo && ((gint64) j - lo) % st == 0 && k < (gsize) count)
                    garbage[k++] = o->u.l.items[j];
                  else
                    o->u.l.items[kept++] = o->u.l.items[j];
                }
              if (!pml_list_resize_to (o, kept))
                {
                  g_free (garbage);
                  return FALSE;
                }
              /* list_ass_slice (step 1) drops its recycled items last first */
              for (gsize j = 0; j < k; j++)
                pml_decref (garbage[step == 1 ? k - 1 - j : j]);
              g_free (garbage);
              return TRUE;
            }
          pml_err_set (T_TYPE_ERROR, "slice assignment is not supported in scenarios");
          return FALSE;
        }
      if (!normalize_index (key, (gint64) o->u.l.n, &i, "list"))
        {
          if (VM->exc && VM->exc->type == TYPE (T_INDEX_ERROR))
            {
              pml_err_clear ();
              pml_err_set (T_INDEX_ERROR, v ? "list assignment index out of range" : "list assignment index out of range");
            }
          return FALSE;
        }
      if (v == NULL)
        {
          PmlObj *item = pml_list_pop (o, i);

          pml_xdecref (item);
          return item != NULL;
        }
      {
        PmlObj *old = o->u.l.items[i];

        o->u.l.items[i] = pml_incref (v);
        pml_decref (old);
      }
      return TRUE;
    case K_DICT:
      if (v == NULL)
        {
          int r = pml_dict_del (o, key);

          if (r == 0)
            {
              PmlObj *args = pml_tuple_pack (1, key);
              PmlObj *exc = args ? pml_err_new (TYPE (T_KEY_ERROR), args) : NULL;

              pml_xdecref (args);
              if (exc)
                pml_err_set_obj (exc);
            }
          return r == 1;
        }
      return pml_dict_set (o, key, v);
    case K_BYTEARRAY:
      {
        gint64 b;

        if (v == NULL || !normalize_index (key, (gint64) o->u.b.len, &i, "bytearray") || !pml_index_value (v, &b))
          return FALSE;
        o->u.b.data[i] = (guint8) b;
        return TRUE;
      }
    case K_INSTANCE:
      {
        gboolean found;
        PmlObj *args[2] = { key, v }, *r;

        r = call_dunder (o, v ? "__setitem__" : "__delitem__", args, v ? 2 : 1, &found);
        if (found)
          {
            pml_xdecref (r);
            return r != NULL;
          }
      }
      /* fall through */
    default:
      if (v == NULL)
        pml_err_set (T_TYPE_ERROR, "'%s' object doesn't support item deletion", pml_type_name (o));
      else
        pml_err_set (T_TYPE_ERROR, "'%s' object does not support item assignment", pml_type_name (o));
      return FALSE;
    }
}

/* ---- iteration ---- */

PmlObj *
pml_iter (PmlObj *o)
{
  switch (o->kind)
    {
    case K_LIST: return pml_iter_new (IT_LIST, o);
    case K_TUPLE: return pml_iter_new (IT_TUPLE, o);
    case K_STR: return pml_iter_new (IT_STR, o);
    case K_BYTES: case K_BYTEARRAY: return pml_iter_new (IT_BYTES, o);
    case K_RANGE: return pml_iter_new (IT_RANGE, o);
    case K_DICT: return pml_iter_new (IT_DICT_KEYS, o);
    case K_SET: case K_FROZENSET: return pml_iter_new (IT_SET, o);
    case K_DICTVIEW:
      return pml_iter_new (o->u.dv.which == 0 ? IT_DICT_KEYS : o->u.dv.which == 1 ? IT_DICT_VALUES : IT_DICT_ITEMS,
                           o->u.dv.dict);
    case K_ITER: case K_GENERATOR:
      return pml_incref (o);
    case K_INSTANCE:
      {
        gboolean found;
        PmlObj *r = call_dunder (o, "__iter__", NULL, 0, &found);

        if (found)
          return r;
      }
      /* fall through */
    default:
      return pml_err_set (T_TYPE_ERROR, "'%s' object is not iterable", pml_type_name (o));
    }
}

PmlObj *pml_iter_next_builtin (PmlObj *it);

PmlObj *
pml_iter_next (PmlObj *it)
{
  if (it->kind == K_ITER)
    return pml_iter_next_builtin (it);
  if (it->kind == K_GENERATOR)
    {
      PmlObj *r = pml_gen_send (it, NULL);

      if (r == NULL && pml_err_occurred () && VM->exc->type == TYPE (T_STOP_ITERATION))
        pml_err_clear ();
      return r;
    }
  if (it->kind == K_INSTANCE)
    {
      gboolean found;
      PmlObj *r = call_dunder (it, "__next__", NULL, 0, &found);

      if (found)
        {
          if (r == NULL && pml_err_occurred () && pml_type_is_subtype (VM->exc->type, TYPE (T_STOP_ITERATION)))
            pml_err_clear ();
          return r;
        }
    }
  return pml_err_set (T_TYPE_ERROR, "'%s' object is not an iterator", pml_type_name (it));
}

int
pml_contains (PmlObj *c, PmlObj *item)
{
  switch (c->kind)
    {
    case K_DICT:
      {
        gboolean error;
        PmlObj *v = pml_dict_get (c, item, &error);

        return error ? -1 : v != NULL;
      }
    case K_SET: case K_FROZENSET:
      return pml_set_contains (c, item);
    case K_STR:
      if (item->kind != K_STR)
        {
          pml_err_set (T_TYPE_ERROR, "'in <string>' requires string as left operand, not %s", pml_type_name (item));
          return -1;
        }
      return pml_str_contains (c, item);
    case K_DICTVIEW:
      if (c->u.dv.which == 0)
        return pml_contains (c->u.dv.dict, item);
      break;
    case K_INSTANCE:
      {
        gboolean found;
        PmlObj *r = call_dunder (c, "__contains__", &item, 1, &found);

        if (found)
          {
            int t = r ? pml_truth (r) : -1;

            pml_xdecref (r);
            return t;
          }
      }
      break;
    default:
      break;
    }
  {
    PmlObj *it = pml_iter (c), *x;

    if (it == NULL)
      {
        if (VM->exc && VM->exc->type == TYPE (T_TYPE_ERROR))
          {
            pml_err_clear ();
            pml_err_set (T_TYPE_ERROR, "argument of type '%s' is not iterable", pml_type_name (c));
          }
        return -1;
      }
    while ((x = pml_iter_next (it)) != NULL)
      {
        int e = x == item ? 1 : pml_eq (x, item);

        pml_decref (x);
        if (e != 0)
          {
            pml_decref (it);
            return e;
          }
      }
    pml_decref (it);
    return pml_err_occurred () ? -1 : 0;
  }
}

/* ---- operators ---- */

static const char *
binop_symbol (int op)
{
  static const char *symbols[] = { "+", "-", "*", "/", "//", "%", "** or pow()", "<<", ">>", "&", "|", "^", "@" };

  return op >= 0 && op <= OP_MATMUL ? symbols[op] : "?";
}

static const char *
binop_dunder (int op, gboolean reflected)
{
  static const char *names[] = { "add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift",
                                 "rshift", "and", "or", "xor", "matmul" };
  static char buf[32];

  g_snprintf (buf, sizeof buf, "__%s%s__", reflected ? "r" : "", names[op]);
  return buf;
}

static PmlObj *
concat_seq (PmlObj *a, PmlObj *b)
{
  gsize na = a->kind == K_LIST ? a->u.l.n : a->u.t.n, nb = b->kind == K_LIST ? b->u.l.n : b->u.t.n;
  PmlObj **ia = a->kind == K_LIST ? a->u.l.items : a->u.t.items;
  PmlObj **ib = b->kind == K_LIST ? b->u.l.items : b->u.t.items;
  PmlObj *r;

  if (a->kind == K_TUPLE)
    {
      if (nb == 0)
        return pml_incref (a);
      if (na == 0)
        return pml_incref (b);
      r = pml_tuple_new (na + nb);
      if (r == NULL)
        return NULL;
      for (gsize i = 0; i < na; i++)
        r->u.t.items[i] = pml_incref (ia[i]);
      for (gsize i = 0; i < nb; i++)
        r->u.t.items[na + i] = pml_incref (ib[i]);
      return r;
    }
  r = pml_list_new_prealloc (na + nb);
  if (r == NULL)
    return NULL;
  for (gsize i = 0; i < na; i++)
    r->u.l.items[i] = pml_incref (ia[i]);
  for (gsize i = 0; i < nb; i++)
    r->u.l.items[na + i] = pml_incref (ib[i]);
  r->u.l.n = na + nb;
  return r;
}

static PmlObj *
repeat_seq (PmlObj *seq, PmlObj *count)
{
  gint64 n;

  if (!pml_int_as_i64 (count, &n))
    return pml_err_no_memory ();
  switch (seq->kind)
    {
    case K_STR:
      return pml_str_repeat (seq, n);
    case K_LIST:
      return pml_list_repeat (seq, n);
    case K_TUPLE:
      {
        PmlObj *r;
        gsize len = seq->u.t.n;

        if (n <= 0 || len == 0)
          return pml_incref (VM->empty_tuple);
        if (n == 1)
          return pml_incref (seq);
        if ((guint64) n > (guint64) G_MAXSSIZE / 8 / len)
          return pml_err_no_memory ();
        r = pml_tuple_new (len * (gsize) n);
        if (r == NULL)
          return NULL;
        for (gsize i = 0; i < len * (gsize) n; i++)
          r->u.t.items[i] = pml_incref (seq->u.t.items[i % len]);
        return r;
      }
    case K_BYTES:
      {
        GByteArray *out;
        PmlObj *r;

        if (n <= 0)
          return pml_incref (VM->empty_bytes);
        if ((guint64) n * seq->u.b.len > ((guint64) 1 << 31))
          return pml_err_no_memory ();
        out = g_byte_array_new ();
        for (gint64 i = 0; i < n; i++)
          g_byte_array_append (out, seq->u.b.data, (guint) seq->u.b.len);
        r = pml_bytes_new (out->data, out->len);
        g_byte_array_unref (out);
        return r;
      }
    default:
      return NULL;
    }
}

PmlObj *
pml_binop (int op, PmlObj *a, PmlObj *b)
{
  PmlObj *r;

  if (is_number (a) && is_number (b))
    return pml_number_binop (op, a, b);
  if (op == OP_ADD)
    {
      if (a->kind == K_STR)
        {
          if (b->kind == K_STR)
            return pml_str_concat (a, b);
          if (b->kind != K_INSTANCE)
            return pml_err_set (T_TYPE_ERROR, "can only concatenate str (not \"%s\") to str", pml_type_name (b));
        }
      if ((a->kind == K_LIST && b->kind == K_LIST) || (a->kind == K_TUPLE && b->kind == K_TUPLE))
        return concat_seq (a, b);
      if ((a->kind == K_LIST || a->kind == K_TUPLE) && b->kind != K_INSTANCE)
        return pml_err_set (T_TYPE_ERROR, "can only concatenate %s (not \"%s\") to %s",
                            pml_type_name (a), pml_type_name (b), pml_type_name (a));
      if (a->kind == K_BYTES && b->kind == K_BYTES)
        {
          GByteArray *out = g_byte_array_new ();

          g_byte_array_append (out, a->u.b.data, (guint) a->u.b.len);
          g_byte_array_append (out, b->u.b.data, (guint) b->u.b.len);
          r = pml_bytes_new (out->data, out->len);
          g_byte_array_unref (out);
          return r;
        }
    }
  if (op == OP_MUL)
    {
      gboolean a_seq = a->kind == K_STR || a->kind == K_LIST || a->kind == K_TUPLE || a->kind == K_BYTES;
      gboolean b_seq = b->kind == K_STR || b->kind == K_LIST || b->kind == K_TUPLE || b->kind == K_BYTES;

      if (a_seq && (b->kind == K_INT || b->kind == K_BOOL))
        return repeat_seq (a, b);
      if (b_seq && (a->kind == K_INT || a->kind == K_BOOL))
        return repeat_seq (b, a);
      if ((a_seq || b_seq) && a->kind != K_INSTANCE && b->kind != K_INSTANCE)
        return pml_err_set (T_TYPE_ERROR, "can't multiply sequence by non-int of type '%s'",
                            pml_type_name (a_seq ? b : a));
    }
  if ((op == OP_OR || op == OP_AND || op == OP_SUB || op == OP_XOR)
      && (a->kind == K_SET || a->kind == K_FROZENSET) && (b->kind == K_SET || b->kind == K_FROZENSET))
    {
      gsize pos = 0;
      PmlObj *k;

      r = pml_set_new (a->kind);
      if (r == NULL)
        return NULL;
      if (op == OP_OR)
        {
          /* set_or: a copy of a, then b merged in */
          if (!pml_set_update (r, a) || !pml_set_update (r, b))
            goto fail;
          return r;
        }
      if (op == OP_XOR)
        {
          /* set_symmetric_difference: a copy of b, then a's keys toggled */
          if (!pml_set_update (r, b))
            goto fail;
          while (pml_set_next (a, &pos, &k))
            {
              int in_r = pml_set_contains (r, k);

              if (in_r < 0 || (in_r ? pml_set_discard (r, k) < 0 : !pml_set_add (r, k)))
                goto fail;
            }
          return r;
        }
      while (pml_set_next (a, &pos, &k))
        {
          int in_b = pml_set_contains (b, k);

          if ((op == OP_OR || (op == OP_AND && in_b) || ((op == OP_SUB || op == OP_XOR) && !in_b))
              && !pml_set_add (r, k))
            goto fail;
        }
      pos = 0;
      if (op == OP_OR || op == OP_XOR)
        while (pml_set_next (b, &pos, &k))
          if ((op == OP_OR || !pml_set_contains (a, k)) && !pml_set_add (r, k))
            goto fail;
      return r;
fail:
      pml_decref (r);
      return NULL;
    }
  if (a->kind == K_INSTANCE || b->kind == K_INSTANCE)
    {
      gboolean found;

      r = call_dunder (a, binop_dunder (op, FALSE), &b, 1, &found);
      if (found && (r == NULL || r != &VM->notimpl))
        return r;
      pml_xdecref (r);
      r = call_dunder (b, binop_dunder (op, TRUE), &a, 1, &found);
      if (found && (r == NULL || r != &VM->notimpl))
        return r;
      pml_xdecref (r);
    }
  return pml_err_set (T_TYPE_ERROR, "unsupported operand type(s) for %s: '%s' and '%s'",
                      binop_symbol (op), pml_type_name (a), pml_type_name (b));
}

/* ---- sizes ---- */


gsize
pml_sizeof (PmlObj *o)
{
  switch (o->kind)
    {
    case K_NONE: return 16;
    case K_BOOL: case K_INT: return pml_int_sizeof (o);
    case K_FLOAT: return 24;
    case K_STR: return pml_str_sizeof (o);
    case K_BYTES: return pml_bytes_size (o->u.b.len);
    case K_BYTEARRAY: return 56 + o->u.b.alloc;
    case K_TUPLE: return pml_tuple_size (o->u.t.n);
    case K_LIST: return pml_list_size (o->u.l.alloc);
    case K_DICT: return pml_dict_sizeof (o);
    case K_SET: case K_FROZENSET: return pml_set_sizeof (o);
    case K_INSTANCE: return pml_obj_presize (o->type) + o->type->u.ty.basicsize;
    case K_OBJECT: return 16;
    case K_FUNCTION: return pml_fixed_size (VM->preset, PML_FIXED_FUNCTION);
    case K_TYPE: return o->u.ty.builtin ? 920 : pml_fixed_size (VM->preset, PML_FIXED_CLASS);
    case K_CELL: return pml_fixed_size (VM->preset, PML_FIXED_CELL);
    case K_GENERATOR: return pml_gen_sizeof (o);
    case K_RANGE: return 48;
    case K_WEAKREF: return 80;
    case K_METHOD: return 64;
    case K_BUILTIN: return 72;
    case K_MODULE: return 72;
    default: return 48;
    }
}
