/* pml-py-error.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-vm.h"

/* Exceptions: instances of the built-in exception classes carrying their
 * args and the frames they passed through. A frame's locals stay alive in
 * the traceback until the exception dies, as with CPython's frame objects. */

typedef struct
{
  PmlCode *code;
  gint32   line;
  PmlObj **locals;
  gsize    n_locals;
} TbEntry;

PmlObj *
pml_err_new (PmlObj *type, PmlObj *args)
{
  PmlObj *exc = pml_instance_new (type);

  if (exc == NULL)
    return NULL;
  exc->u.inst.exc_args = args ? pml_incref (args) : pml_incref (VM->empty_tuple);
  return exc;
}

/* steals @exc */
PmlObj *
pml_err_set_obj (PmlObj *exc)
{
  PML_SETREF (VM->exc, exc);
  return NULL;
}

/* Raising while handling an exception makes that one the new one's
 * __context__, cutting any cycle, as _PyErr_SetObject does */
void
pml_err_chain (PmlObj *exc)
{
  PmlObj *handled, *o;

  if (VM->exc_stack->len == 0 || exc->kind != K_INSTANCE)
    return;
  handled = VM->exc_stack->pdata[VM->exc_stack->len - 1];
  if (handled == exc || handled->kind != K_INSTANCE)
    return;
  for (o = handled; o->u.inst.exc_context != NULL; o = o->u.inst.exc_context)
    if (o->u.inst.exc_context == exc)
      {
        PML_CLEAR (o->u.inst.exc_context);
        break;
      }
  PML_SETREF (exc->u.inst.exc_context, pml_incref (handled));
}

PmlObj *
pml_err_set (PmlTypeId type, const char *fmt, ...)
{
  va_list ap;
  g_autofree char *msg = NULL;
  PmlObj *arg, *args, *exc;

  if (fmt == NULL)
    {
      exc = pml_err_new (TYPE (type), NULL);
      return exc ? pml_err_set_obj (exc) : NULL;
    }
  va_start (ap, fmt);
  msg = g_strdup_vprintf (fmt, ap);
  va_end (ap);
  arg = pml_str_new (msg, -1);
  if (arg == NULL)
    return NULL;
  args = pml_tuple_pack (1, arg);
  pml_decref (arg);
  if (args == NULL)
    return NULL;
  exc = pml_err_new (TYPE (type), args);
  pml_decref (args);
  if (exc != NULL)
    pml_err_set_obj (exc);
  return NULL;
}

PmlObj *
pml_err_no_memory (void)
{
  /* CPython raises a preallocated MemoryError: nothing is allocated */
  PmlObj *exc = pml_obj_host_new ();

  exc->type = TYPE (T_MEMORY_ERROR);
  exc->kind = K_INSTANCE;
  exc->refcnt = 1;
  exc->flags = OBJ_STATIC;
  exc->u.inst.exc_args = pml_incref (VM->empty_tuple);
  PML_SETREF (VM->exc, exc);
  return NULL;
}

gboolean
pml_err_occurred (void)
{
  return VM->exc != NULL;
}

PmlObj *
pml_err_fetch (void)
{
  PmlObj *exc = VM->exc;

  VM->exc = NULL;
  return exc;
}

void
pml_err_clear (void)
{
  PML_CLEAR (VM->exc);
}

gboolean
pml_err_matches (PmlObj *exc, PmlObj *type_or_tuple)
{
  if (type_or_tuple->kind == K_TUPLE)
    {
      for (gsize i = 0; i < type_or_tuple->u.t.n; i++)
        if (pml_err_matches (exc, type_or_tuple->u.t.items[i]))
          return TRUE;
      return FALSE;
    }
  return type_or_tuple->kind == K_TYPE && pml_type_is_subtype (exc->type, type_or_tuple);
}

/* the frame's locals move into the traceback */
void
pml_err_add_frame_locals (PmlObj *exc, PmlCode *code, gint32 line, PmlObj **locals, gsize n);

void
pml_err_add_frame_locals (PmlObj *exc, PmlCode *code, gint32 line, PmlObj **locals, gsize n)
{
  GArray *tb;
  TbEntry e = { code, line, NULL, 0 };

  if (exc->u.inst.exc_tb == NULL)
    exc->u.inst.exc_tb = (PmlObj *) g_array_new (FALSE, FALSE, sizeof (TbEntry));
  tb = (GArray *) exc->u.inst.exc_tb;
  if (locals != NULL && n > 0)
    {
      e.locals = g_memdup2 (locals, n * sizeof (PmlObj *));
      e.n_locals = n;
      memset (locals, 0, n * sizeof (PmlObj *));
    }
  pml_incref (code->owner);
  g_array_append_val (tb, e);
}

/* the frame's locals move into its traceback entry, the last one */
void pml_err_attach_locals (PmlObj *exc, PmlObj **locals, gsize n);

void
pml_err_attach_locals (PmlObj *exc, PmlObj **locals, gsize n)
{
  GArray *tb = (GArray *) exc->u.inst.exc_tb;
  TbEntry *e;

  if (tb == NULL || tb->len == 0 || n == 0 || (exc->flags & OBJ_STATIC))
    return;
  e = &g_array_index (tb, TbEntry, tb->len - 1);
  if (e->locals != NULL)
    return;
  e->locals = g_memdup2 (locals, n * sizeof (PmlObj *));
  e->n_locals = n;
  memset (locals, 0, n * sizeof (PmlObj *));
}

void
pml_err_add_frame (PmlObj *exc, PmlCode *code, gint32 line)
{
  pml_err_add_frame_locals (exc, code, line, NULL, 0);
}

void pml_exc_free_traceback (PmlObj *exc);

void
pml_exc_free_traceback (PmlObj *exc)
{
  GArray *tb = (GArray *) exc->u.inst.exc_tb;

  g_clear_pointer (&exc->u.inst.exc_suggestion, g_free);
  PML_CLEAR (exc->u.inst.exc_cause);
  PML_CLEAR (exc->u.inst.exc_context);
  if (tb == NULL)
    return;
  exc->u.inst.exc_tb = NULL;
  for (guint i = 0; i < tb->len; i++)
    {
      TbEntry *e = &g_array_index (tb, TbEntry, i);

      for (gsize k = 0; k < e->n_locals; k++)
        pml_xdecref (e->locals[k]);
      g_free (e->locals);
      pml_decref (e->code->owner);
    }
  g_array_unref (tb);
}

/* teardown: the host memory only, no reference counting */
void pml_exc_forget_traceback (PmlObj *exc);

void
pml_exc_forget_traceback (PmlObj *exc)
{
  GArray *tb = (GArray *) exc->u.inst.exc_tb;

  if (tb == NULL)
    return;
  for (guint i = 0; i < tb->len; i++)
    g_free (g_array_index (tb, TbEntry, i).locals);
  g_array_unref (tb);
  exc->u.inst.exc_tb = NULL;
}

char *
pml_exc_message (PmlObj *exc)
{
  PmlObj *args = exc->u.inst.exc_args;

  /* a class's own __str__ */
  if (pml_mro_lookup_override (exc->type, "__str__") != NULL)
    {
      PmlObj *s = pml_str (exc);
      char *msg;

      if (s == NULL)
        {
          pml_err_clear ();
          return g_strdup ("<exception str() failed>");
        }
      msg = g_strdup (s->u.s.s);
      pml_decref (s);
      return msg;
    }
  if (args == NULL || args->u.t.n == 0)
    return g_strdup ("");
  if (args->u.t.n == 1)
    {
      PmlObj *s;
      char *msg;

      if (exc->type == TYPE (T_KEY_ERROR) || pml_type_is_subtype (exc->type, TYPE (T_KEY_ERROR)))
        s = pml_repr (args->u.t.items[0]);
      else
        s = pml_str (args->u.t.items[0]);
      if (s == NULL)
        {
          pml_err_clear ();
          return g_strdup ("<exception str() failed>");
        }
      msg = g_strdup (s->u.s.s);
      pml_decref (s);
      return msg;
    }
  {
    PmlObj *s = pml_repr (args);
    char *msg = g_strdup (s ? s->u.s.s : "");

    pml_xdecref (s);
    return msg;
  }
}

static void
print_line (GString *to, PmlCode *code, gint32 line)
{
  g_string_append_printf (to, "  File \"%s\", line %d, in %s\n", code->filename, line, code->name);
  if (g_strcmp0 (code->filename, VM->filename) == 0 && line >= 1 && (guint) line <= VM->n_source_lines)
    {
      const char *text = VM->source_lines[line - 1];

      while (*text == ' ' || *text == '\t')
        text++;
      if (*text)
        g_string_append_printf (to, "    %s\n", text);
    }
}

/* sys.tracebacklimit's default, and how often a recursion's line shows */
#define TB_LIMIT 1000
#define TB_RECURSIVE_CUTOFF 3

static void
print_repeats (GString *to, guint count)
{
  if (count <= TB_RECURSIVE_CUTOFF)
    return;
  count -= TB_RECURSIVE_CUTOFF;
  g_string_append_printf (to, "  [Previous line repeated %u more time%s]\n", count, count > 1 ? "s" : "");
}

/* str(exc), which a class may define; what CPython prints when it fails */
static char *
exception_text (PmlObj *exc)
{
  PmlObj *saved = pml_err_fetch (), *s = pml_str (exc);
  char *text;

  if (s == NULL)
    {
      pml_err_clear ();
      text = g_strdup ("<exception str() failed>");
    }
  else
    text = g_strdup (s->u.s.s);
  pml_xdecref (s);
  if (saved != NULL)
    pml_err_set_obj (saved);
  return text;
}

void
pml_err_print (PmlObj *exc, GString *to)
{
  GArray *tb = (GArray *) exc->u.inst.exc_tb;
  g_autofree char *msg = exception_text (exc);

  if (tb != NULL && tb->len > 0)
    {
      PmlCode *last_code = NULL;
      gint32 last_line = -1;
      guint repeats = 0;

      g_string_append (to, "Traceback (most recent call last):\n");
      /* tb_print_internal: the innermost TB_LIMIT entries, and a line
         repeated more than TB_RECURSIVE_CUTOFF times in a row is counted */
      for (guint i = MIN (tb->len, TB_LIMIT); i > 0; i--)
        {
          TbEntry *e = &g_array_index (tb, TbEntry, i - 1);

          if (last_code == NULL || e->line != last_line
              || g_strcmp0 (e->code->filename, last_code->filename) != 0
              || g_strcmp0 (e->code->name, last_code->name) != 0)
            {
              print_repeats (to, repeats);
              last_code = e->code;
              last_line = e->line;
              repeats = 0;
            }
          if (++repeats <= TB_RECURSIVE_CUTOFF)
            print_line (to, e->code, e->line);
        }
      print_repeats (to, repeats);
    }
  if (*msg && exc->u.inst.exc_suggestion && *exc->u.inst.exc_suggestion)
    g_string_append_printf (to, "%s: %s. Did you mean: '%s'?\n", exc->type->u.ty.name, msg,
                            exc->u.inst.exc_suggestion);
  else if (*msg)
    g_string_append_printf (to, "%s: %s\n", exc->type->u.ty.name, msg);
  else
    g_string_append_printf (to, "%s\n", exc->type->u.ty.name);
}

/* PyErr_WriteUnraisable: an error in __del__ or a callback */
void
pml_err_write_unraisable (const char *prefix, PmlObj *obj)
{
  PmlObj *exc = pml_err_fetch ();
  g_autoptr(GString) text = g_string_new (NULL);

  if (exc == NULL)
    return;
  if (obj != NULL && obj->kind == K_FUNCTION)
    g_string_append_printf (text, "%s: <function %s at 0x%" G_GINT64_MODIFIER "x>\n", prefix,
                            obj->u.fn.code->qualname, obj->addr);
  else if (obj != NULL)
    g_string_append_printf (text, "%s: <%s object at 0x%" G_GINT64_MODIFIER "x>\n", prefix,
                            pml_type_name (obj), obj->addr);
  pml_err_print (exc, text);
  g_string_append (VM->err, text->str);
  pml_decref (exc);
}
