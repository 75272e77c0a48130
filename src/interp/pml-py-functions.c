/* pml-py-functions.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "pml-py-type.h"
#include "pml-py-subtype.h"

/* More of the builtins module: map and filter (lazy iterators of
 * CPython's sizes), input, bin/oct/hex, ascii, dir, vars, globals, locals,
 * issubclass, slice. */

PmlObj *pml_iter_new (PmlIterKind kind, PmlObj *seq);
void pml_builtins_init_functions (void);
PmlObj *pml_map_new (PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj *pml_filter_new (PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj *pml_map_filter_next (PmlObj *it);
PmlObj *pml_slice_new_call (PmlObj **args, gsize nargs);

#undef NO_KW
#undef NARGS
#define KW_N(kw) ((kw) != NULL ? (kw)->u.t.n : 0)
#define NO_KW(name) G_STMT_START { if (KW_N (kwnames) > 0) \
  return pml_err_set (T_TYPE_ERROR, "%s() takes no keyword arguments", name); } G_STMT_END

static gboolean
nargs_ok (const char *name, gsize nargs, gsize min, gsize max)
{
  if (nargs >= min && nargs <= max)
    return TRUE;
  if (min == max && min == 1)
    pml_err_set (T_TYPE_ERROR, "%s() takes exactly one argument (%zu given)", name, nargs);
  else if (nargs < min)
    pml_err_set (T_TYPE_ERROR, "%s expected %s%zu argument%s, got %zu", name, min == max ? "" : "at least ", min,
                 min == 1 ? "" : "s", nargs);
  else
    pml_err_set (T_TYPE_ERROR, "%s expected %s%zu argument%s, got %zu", name, min == max ? "" : "at most ", max,
                 max == 1 ? "" : "s", nargs);
  return FALSE;
}

#define NARGS(name, min, max) G_STMT_START { if (!nargs_ok (name, nargs, min, max)) return NULL; } G_STMT_END

/* ---- map and filter ---- */

/* map_vectorcall: the tuple of iterators, then the object */
PmlObj *
pml_map_new (PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *iters, *m;

  NO_KW ("map");
  if (nargs < 2)
    return pml_err_set (T_TYPE_ERROR, "map() must have at least two arguments.");
  iters = pml_tuple_new (nargs - 1);
  if (iters == NULL)
    return NULL;
  for (gsize i = 1; i < nargs; i++)
    if ((iters->u.t.items[i - 1] = pml_iter (args[i])) == NULL)
      {
        pml_decref (iters);
        return NULL;
      }
  m = pml_iter_new (IT_MAP, iters);
  pml_decref (iters);
  if (m != NULL)
    m->u.it.seq2 = pml_incref (args[0]);
  return m;
}

PmlObj *
pml_filter_new (PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *it, *f;

  NO_KW ("filter");
  NARGS ("filter", 2, 2);
  it = pml_iter (args[1]);
  if (it == NULL)
    return NULL;
  f = pml_iter_new (IT_FILTER, it);
  pml_decref (it);
  if (f != NULL)
    f->u.it.seq2 = pml_incref (args[0]);
  return f;
}

PmlObj *
pml_map_filter_next (PmlObj *it)
{
  PmlObj *seq = it->u.it.seq, *func = it->u.it.seq2;

  if (it->u.it.ikind == IT_MAP)
    {
      gsize n = seq->u.t.n;
      PmlObj *stack[8], **items = n <= 8 ? stack : g_new (PmlObj *, n), *r = NULL;
      gsize got = 0;

      for (; got < n; got++)
        if ((items[got] = pml_iter_next (seq->u.t.items[got])) == NULL)
          break;
      if (got == n)
        r = pml_call_from_c (func, items, n);
      for (gsize i = 0; i < got; i++)
        pml_decref (items[i]);
      if (items != stack)
        g_free (items);
      return r;
    }
  for (;;)
    {
      PmlObj *item = pml_iter_next (seq);
      int ok;

      if (item == NULL)
        return NULL;
      if (func == NONE || func == TYPE (T_BOOL))
        ok = pml_truth (item);
      else
        {
          PmlObj *good = pml_call_from_c (func, &item, 1);

          if (good == NULL)
            {
              pml_decref (item);
              return NULL;
            }
          ok = pml_truth (good);
          pml_decref (good);
        }
      if (ok > 0)
        return item;
      pml_decref (item);
      if (ok < 0)
        return NULL;
    }
}

/* ---- list.index and tuple.index ---- */

static gboolean
bound (PmlObj *o, gint64 len, gint64 *v)
{
  if (o->kind != K_INT && o->kind != K_BOOL)
    {
      pml_err_set (T_TYPE_ERROR, "slice indices must be integers or have an __index__ method");
      return FALSE;
    }
  if (!pml_index_value (o, v))
    return FALSE;
  if (*v < 0)
    *v = MAX (*v + len, 0);
  return TRUE;
}

gboolean
pml_seq_index_bounds (PmlObj **args, gsize nargs, gint64 len, gint64 *start, gint64 *stop)
{
  *start = 0;
  *stop = G_MAXINT64;
  return (nargs < 1 || bound (args[0], len, start)) && (nargs < 2 || bound (args[1], len, stop));
}

/* ---- slice ---- */

PmlObj *
pml_slice_new_call (PmlObj **args, gsize nargs)
{
  PmlObj *r;

  NARGS ("slice", 1, 3);
  r = pml_obj_new (TYPE (T_SLICE), K_SLICE, 16 + 40, FALSE);
  if (r == NULL)
    return NULL;
  r->u.sl.start = pml_incref (nargs == 1 ? NONE : args[0]);
  r->u.sl.stop = pml_incref (nargs == 1 ? args[0] : args[1]);
  r->u.sl.step = pml_incref (nargs == 3 ? args[2] : NONE);
  return r;
}

/* ---- number formatting ---- */

static PmlObj *
int_in_base (PmlObj *v, int base, const char *prefix)
{
  PmlObj *x;
  GString *digits = g_string_new (NULL);
  gboolean neg;
  PmlObj *zero = pml_int_new (0), *b = pml_int_new (base);
  gboolean ok = TRUE;

  if (v->kind != K_INT && v->kind != K_BOOL)
    {
      pml_decref (zero);
      pml_decref (b);
      g_string_free (digits, TRUE);
      return pml_err_set (T_TYPE_ERROR, "'%s' object cannot be interpreted as an integer", pml_type_name (v));
    }
  x = v->kind == K_BOOL ? pml_int_new (v == TRUE_) : pml_incref (v);
  neg = pml_number_compare (x, zero, &ok) < 0;
  if (neg)
    PML_SETREF (x, pml_number_neg (x));
  if (!x->u.i.big)
    {
      guint64 u = (guint64) x->u.i.v;

      do
        {
          g_string_prepend_c (digits, "0123456789abcdef"[u % (guint) base]);
          u /= (guint) base;
        }
      while (u > 0);
    }
  else
    while (x != NULL && pml_number_compare (x, zero, &ok) > 0)
      {
        PmlObj *d = pml_binop (OP_MOD, x, b);
        gint64 dv = 0;

        if (d == NULL)
          break;
        pml_int_as_i64 (d, &dv);
        pml_decref (d);
        g_string_prepend_c (digits, "0123456789abcdef"[dv]);
        PML_SETREF (x, pml_binop (OP_FLOORDIV, x, b));
      }
  pml_xdecref (x);
  pml_decref (zero);
  pml_decref (b);
  g_string_prepend (digits, prefix);
  if (neg)
    g_string_prepend_c (digits, '-');
  {
    gsize n = digits->len;

    return pml_str_new_take (g_string_free (digits, FALSE), n);
  }
}

/* PyNumber_ToBase: an int, or what the object's __index__ returns */
static PmlObj *
index_in_base (PmlObj *v, int base, const char *prefix)
{
  const PmlTypeSlots *tp = pml_slots (v);
  PmlObj *i, *r;

  if (v->kind == K_INT || v->kind == K_BOOL || tp->nb_index == NULL)
    return int_in_base (v, base, prefix);
  i = tp->nb_index (v);
  if (i == NULL)
    return NULL;
  r = int_in_base (i, base, prefix);
  pml_decref (i);
  return r;
}

static PmlObj *
b_bin (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) self;
  NO_KW ("bin");
  NARGS ("bin", 1, 1);
  return index_in_base (args[0], 2, "0b");
}

static PmlObj *
b_oct (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) self;
  NO_KW ("oct");
  NARGS ("oct", 1, 1);
  return index_in_base (args[0], 8, "0o");
}

static PmlObj *
b_hex (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) self;
  NO_KW ("hex");
  NARGS ("hex", 1, 1);
  return index_in_base (args[0], 16, "0x");
}

static PmlObj *
b_ascii (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *r;
  GString *out;

  (void) self;
  NO_KW ("ascii");
  NARGS ("ascii", 1, 1);
  r = pml_repr (args[0]);
  if (r == NULL || r->u.s.skind == 0)
    return r;
  out = g_string_new (NULL);
  for (const char *p = r->u.s.s; p < r->u.s.s + r->u.s.nbytes; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 128)
        g_string_append_c (out, (char) c);
      else if (c < 0x100)
        g_string_append_printf (out, "\\x%02x", c);
      else if (c < 0x10000)
        g_string_append_printf (out, "\\u%04x", c);
      else
        g_string_append_printf (out, "\\U%08x", c);
    }
  pml_decref (r);
  {
    gsize n = out->len;

    return pml_str_new_take (g_string_free (out, FALSE), n);
  }
}

/* ---- input ---- */

static PmlObj *
b_input (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  GString *line;
  int c;

  (void) self;
  NO_KW ("input");
  NARGS ("input", 0, 1);
  if (nargs == 1)
    {
      PmlObj *prompt = pml_str (args[0]);

      if (prompt == NULL)
        return NULL;
      pml_write_out (prompt->u.s.s, (gssize) prompt->u.s.nbytes);
      pml_decref (prompt);
    }
  fflush (stdout);
  line = g_string_new (NULL);
  while ((c = getchar ()) != EOF && c != '\n')
    g_string_append_c (line, (char) c);
  if (c == EOF && line->len == 0)
    {
      g_string_free (line, TRUE);
      return pml_err_set (T_EOF_ERROR, "EOF when reading a line");
    }
  if (line->len > 0 && line->str[line->len - 1] == '\r')
    g_string_truncate (line, line->len - 1);
  if (!g_utf8_validate (line->str, (gssize) line->len, NULL))
    {
      g_string_free (line, TRUE);
      return pml_err_set (T_VALUE_ERROR, "input is not valid UTF-8");
    }
  {
    gsize n = line->len;

    return pml_str_new_take (g_string_free (line, FALSE), n);
  }
}

/* ---- namespaces ---- */

/* an instance's __dict__, made from its values array on first use */
static PmlObj *
instance_dict (PmlObj *o)
{
  if (pml_inst_attrs (o) != NULL && pml_inst_attrs (o)->dict != NULL)
    return pml_incref (pml_inst_attrs (o)->dict);
  return pml_getattr_cstr (o, "__dict__");
}

static PmlObj *
b_globals (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) self;
  (void) args;
  NO_KW ("globals");
  if (nargs != 0)
    return pml_err_set (T_TYPE_ERROR, "globals() takes no arguments (%zu given)", nargs);
  return pml_incref (VM->frame ? VM->frame->globals : VM->main_globals);
}

/* A function's locals() is a dict kept on its frame and refreshed at each
 * call, as PyFrame's f_locals */
static PmlObj *
frame_locals (void)
{
  PmlFrame *f = VM->frame;
  PmlCode *code;
  gsize nvars, ncells;

  if (f == NULL)
    return pml_incref (VM->main_globals);
  code = f->code;
  if (code->is_module || code->is_class_body)
    return pml_incref (f->locals ? f->locals : f->globals);
  if (f->locals == NULL && (f->locals = pml_dict_new ()) == NULL)
    return NULL;
  nvars = code->varnames->len;
  ncells = code->cellvars->len;
  for (gsize i = 0; i < f->nfast; i++)
    {
      PmlObj *v = f->fast[i];
      const char *name;

      if (i < nvars)
        name = code->varnames->pdata[i];
      else if (i < nvars + ncells)
        name = code->cellvars->pdata[i - nvars];
      else if (i - nvars - ncells < code->freevars->len)
        name = code->freevars->pdata[i - nvars - ncells];
      else
        break;
      if (v != NULL && v->kind == K_CELL)
        v = v->u.cell.ref;
      if (v == NULL)
        continue;
      if (!pml_dict_set_str (f->locals, name, v))
        return NULL;
    }
  return pml_incref (f->locals);
}

static PmlObj *
b_locals (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) self;
  (void) args;
  NO_KW ("locals");
  if (nargs != 0)
    return pml_err_set (T_TYPE_ERROR, "locals() takes no arguments (%zu given)", nargs);
  return frame_locals ();
}

static PmlObj *
b_vars (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *d;

  (void) self;
  NO_KW ("vars");
  NARGS ("vars", 0, 1);
  if (nargs == 0)
    return frame_locals ();
  if (args[0]->kind == K_MODULE)
    return pml_incref (args[0]->u.mod.dict);
  if (pml_inst_attrs (args[0]) != NULL || args[0]->kind == K_TYPE
      || args[0]->kind == K_FUNCTION)
    {
      d = instance_dict (args[0]);
      if (d != NULL || !VM->exc || VM->exc->type != TYPE (T_ATTRIBUTE_ERROR))
        return d;
      pml_err_clear ();
    }
  /* a C type's instance with a dict of its own (SimpleNamespace, partial) */
  if (args[0]->kind == K_NATIVE)
    {
      d = pml_getattr_cstr (args[0], "__dict__");
      if (d != NULL || !VM->exc || VM->exc->type != TYPE (T_ATTRIBUTE_ERROR))
        return d;
      pml_err_clear ();
    }
  return pml_err_set (T_TYPE_ERROR, "vars() argument must have __dict__ attribute");
}

/* ---- dir ---- */

#include "pml-py-dir-tables.h"

static void
add_names (GHashTable *names, const char *spaced)
{
  g_auto (GStrv) v = g_strsplit (spaced, " ", -1);

  for (char **p = v; *p; p++)
    if (**p)
      g_hash_table_add (names, g_strdup (*p));
}

static void
add_dict_keys (GHashTable *names, PmlObj *d)
{
  gsize pos = 0;
  PmlObj *k;

  if (d == NULL)
    return;
  while (pml_dict_next (d, &pos, &k, NULL))
    if (k->kind == K_STR)
      g_hash_table_add (names, g_strdup (k->u.s.s));
}

static gint
compare_names_early (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

static void
add_class_names (GHashTable *names, PmlObj *type)
{
  GPtrArray *classes = g_ptr_array_new ();

  if (type->u.ty.mro != NULL)
    for (gsize i = 0; i < type->u.ty.mro->u.t.n; i++)
      g_ptr_array_add (classes, type->u.ty.mro->u.t.items[i]);
  else
    for (PmlObj *t = type; t != NULL; t = t->u.ty.base)
      g_ptr_array_add (classes, t);
  for (guint c = 0; c < classes->len; c++)
    {
      PmlObj *t = classes->pdata[c];

      if (t->u.ty.builtin)
        {
          if (t->u.ty.is_exception)
            add_names (names, dir_exception);
          else
            for (guint i = 0; i < G_N_ELEMENTS (builtin_dirs); i++)
              if (builtin_dirs[i].kind == t->u.ty.inst_kind)
                add_names (names, builtin_dirs[i].names);
          continue;
        }
      add_dict_keys (names, t->u.ty.dict);
      g_hash_table_remove (names, "__qualname__");
      g_hash_table_add (names, g_strdup ("__doc__"));
      {
        /* the first class with a dict or weakrefs has their descriptors;
           built-in exceptions have a dict, but no __weakref__ */
        PmlObj *b = t->u.ty.base;
        gboolean base_dict = b != NULL && (b->u.ty.builtin ? b->u.ty.is_exception : b->u.ty.has_dict);
        gboolean base_weak = b != NULL && !b->u.ty.builtin && b->u.ty.has_weakref;
        PmlObj *slots = pml_dict_get_str (t->u.ty.dict, "__slots__");

        if (t->u.ty.has_dict && !base_dict)
          g_hash_table_add (names, g_strdup ("__dict__"));
        if (t->u.ty.has_weakref && !base_weak)
          g_hash_table_add (names, g_strdup ("__weakref__"));
        if (slots != NULL && slots->kind == K_STR)
          g_hash_table_add (names, g_strdup (slots->u.s.s));
        else if (slots != NULL && (slots->kind == K_TUPLE || slots->kind == K_LIST))
          for (gsize i = 0; i < (slots->kind == K_TUPLE ? slots->u.t.n : slots->u.l.n); i++)
            {
              PmlObj *n = slots->kind == K_TUPLE ? slots->u.t.items[i] : slots->u.l.items[i];

              if (n->kind == K_STR && strcmp (n->u.s.s, "__dict__") != 0 && strcmp (n->u.s.s, "__weakref__") != 0)
                g_hash_table_add (names, g_strdup (n->u.s.s));
            }
      }
    }
  g_ptr_array_unref (classes);
}

/* a built-in type's own attributes: those of its dir() that its base
   does not have, or has other ones of (int.__repr__ is not
   object.__repr__); our built-in types keep no dict of their own, so
   type.__dict__ builds this one at each read */
PmlObj *
pml_builtin_type_dict (PmlObj *type)
{
  GHashTable *names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *sorted = g_ptr_array_new ();
  PmlObj *d = pml_dict_new ();
  GHashTableIter hi;
  gpointer key;

  if (type->u.ty.is_exception)
    add_names (names, dir_exception);
  else
    for (guint i = 0; i < G_N_ELEMENTS (builtin_dirs); i++)
      if (builtin_dirs[i].kind == type->u.ty.inst_kind)
        add_names (names, builtin_dirs[i].names);
  /* a type no table lists (function, generator, an iterator): the slots
     it fills, which collections.abc's checks look for */
  if (g_hash_table_size (names) == 0 && type->u.ty.builtin && type->u.ty.tp != NULL)
    {
      pml_slot_wrapper_names (type, names);
      for (const PmlMethodDef *m = type->u.ty.tp->methods; m != NULL && m->name != NULL; m++)
        g_hash_table_add (names, g_strdup (m->name));
      for (const PmlGetSetDef *g = type->u.ty.tp->getsets; g != NULL && g->name != NULL; g++)
        g_hash_table_add (names, g_strdup (g->name));
    }
  g_hash_table_remove (names, "__class__");
  g_hash_table_iter_init (&hi, names);
  while (g_hash_table_iter_next (&hi, &key, NULL))
    g_ptr_array_add (sorted, key);
  g_ptr_array_sort (sorted, compare_names_early);
  for (guint i = 0; d != NULL && i < sorted->len; i++)
    {
      const char *n = sorted->pdata[i];
      PmlObj *mine = pml_getattr_cstr (type, n), *inherited = NULL;
      gboolean own;

      if (mine == NULL)
        {
          pml_err_clear ();
          continue;
        }
      if (type->u.ty.base != NULL && (inherited = pml_getattr_cstr (type->u.ty.base, n)) == NULL)
        pml_err_clear ();
      own = inherited == NULL || (inherited != mine && pml_eq (inherited, mine) != 1);
      if (pml_err_occurred ())
        pml_err_clear ();
      if (own && !pml_dict_set_str (d, n, mine))
        PML_CLEAR (d);
      pml_decref (mine);
      pml_xdecref (inherited);
    }
  g_ptr_array_unref (sorted);
  g_hash_table_unref (names);
  return d;
}

static gint
compare_names (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

static PmlObj *
b_dir (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  GHashTable *names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *sorted;
  PmlObj *list = NULL, *o;

  (void) self;
  NO_KW ("dir");
  NARGS ("dir", 0, 1);
  /* a class's (or a metaclass's) __dir__, its answer sorted */
  if (nargs == 1 && (o = pml_class_lookup (args[0]->type, "__dir__")) != NULL)
    {
      PmlObj *r;

      g_hash_table_unref (names);
      pml_incref (o);
      r = pml_call (o, args, 1, NULL);
      pml_decref (o);
      if (r == NULL)
        return NULL;
      list = pml_list_from_iterable (r);
      pml_decref (r);
      if (list != NULL && !pml_list_sort (list, NULL, FALSE))
        PML_CLEAR (list);
      return list;
    }
  if (nargs == 0)
    {
      PmlObj *d = frame_locals ();

      if (d == NULL)
        goto out;
      add_dict_keys (names, d);
      pml_decref (d);
    }
  else if ((o = args[0])->kind == K_MODULE)
    add_dict_keys (names, o->u.mod.dict);
  else if (o->kind == K_TYPE)
    add_class_names (names, o);
  else
    {
      if (pml_inst_attrs (o) != NULL && o->type->u.ty.has_dict)
        {
          PmlObj *d = instance_dict (o);

          if (d == NULL)
            goto out;
          add_dict_keys (names, d);
          pml_decref (d);
        }
      add_class_names (names, o->type);
    }
  sorted = g_ptr_array_new ();
  {
    GHashTableIter hi;
    gpointer key;

    g_hash_table_iter_init (&hi, names);
    while (g_hash_table_iter_next (&hi, &key, NULL))
      g_ptr_array_add (sorted, key);
  }
  g_ptr_array_sort (sorted, compare_names);
  list = pml_list_new (sorted->len);
  for (guint i = 0; list != NULL && i < sorted->len; i++)
    if ((list->u.l.items[i] = pml_str_intern_cstr (sorted->pdata[i])) == NULL)
      PML_CLEAR (list);
  g_ptr_array_unref (sorted);
out:
  g_hash_table_unref (names);
  return list;
}

void
pml_builtins_init_functions (void)
{
  pml_dict_set_str (VM->builtins, "map", TYPE (T_MAP));
  pml_dict_set_str (VM->builtins, "filter", TYPE (T_FILTER));
  pml_dict_set_str (VM->builtins, "slice", TYPE (T_SLICE));
  pml_dict_set_str (VM->builtins, "EOFError", TYPE (T_EOF_ERROR));
  pml_dict_set_str (VM->builtins, "UnicodeEncodeError", TYPE (T_UNICODE_ENCODE_ERROR));
  pml_dict_set_str (VM->builtins, "UnicodeDecodeError", TYPE (T_UNICODE_DECODE_ERROR));
  pml_builtins_add_function ("bin", b_bin);
  pml_builtins_add_function ("oct", b_oct);
  pml_builtins_add_function ("hex", b_hex);
  pml_builtins_add_function ("ascii", b_ascii);
  pml_builtins_add_function ("input", b_input);
  pml_builtins_add_function ("globals", b_globals);
  pml_builtins_add_function ("locals", b_locals);
  pml_builtins_add_function ("vars", b_vars);
  pml_builtins_add_function ("dir", b_dir);
}
