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

#include "pml-py-traceback.h"

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
static void
add_frame_locals (PmlObj *exc, PmlCode *code, gint32 line, gint32 ip, PmlObj **locals, gsize n)
{
  GArray *tb;
  TbEntry e = { code, line, ip, NULL, 0 };

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
pml_err_add_frame (PmlObj *exc, PmlCode *code, gint32 line, gint32 ip)
{
  add_frame_locals (exc, code, line, ip, NULL, 0);
}

void pml_exc_free_traceback (PmlObj *exc);

void
pml_exc_free_traceback (PmlObj *exc)
{
  GArray *tb = (GArray *) exc->u.inst.exc_tb;

  g_clear_pointer (&exc->u.inst.exc_suggestion, g_free);
  PML_CLEAR (exc->u.inst.exc_tb_obj);
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

/* SystemExit_init: no argument, None; one, itself; more, the tuple */
PmlObj *
pml_system_exit_code (PmlObj *exc)
{
  PmlObj *args = exc->u.inst.exc_args;

  if (args == NULL || args->u.t.n == 0)
    return pml_incref (NONE);
  return pml_incref (args->u.t.n == 1 ? args->u.t.items[0] : args);
}

char *
pml_exc_message (PmlObj *exc)
{
  PmlObj *args = exc->u.inst.exc_args;

  /* BaseException.__str__ itself: a class's own __str__ reaches the str
   * slot first, and its super().__str__ () comes here, so this never
   * dispatches on the instance's type again. */
  if (pml_type_is_subtype (exc->type, TYPE (T_SYNTAX_ERROR)))
    return pml_syntaxerror_message (exc);
  if (pml_type_is_subtype (exc->type, TYPE (T_OS_ERROR)))
    {
      char *msg = pml_oserror_message (exc);

      if (msg != NULL)
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

/* a byte offset into @text as a count of characters */
static glong
chars_before (const char *text, gint32 offset)
{
  gsize len = strlen (text);

  return g_utf8_strlen (text, MIN ((gsize) MAX (offset, 0), len));
}

/* The part of the failing expression CPython underlines with ^ (the rest
 * with ~): a binary operator, found after its left operand past spaces and
 * closing brackets, or a subscript's brackets. Byte offsets in @line. */
static gboolean
find_anchors (const char *line, const PmlCodeSpan *span, gint32 *left, gint32 *right)
{
  gint32 len = (gint32) strlen (line);

  if (span->anchor == PML_ANCHOR_SUBSCRIPT)
    {
      *left = span->anchor_a;
      *right = MIN (span->anchor_b, len);
      return *left < *right;
    }
  if (span->anchor != PML_ANCHOR_BINOP)
    return FALSE;
  for (gint32 i = span->anchor_a; i < span->anchor_b && i < len; i++)
    {
      if (g_ascii_isspace (line[i]) || line[i] == ')')
        continue;
      *left = i;
      *right = i + 1;
      if (i + 1 < span->anchor_b && !g_ascii_isspace (line[i + 1]))
        (*right)++;
      return TRUE;
    }
  return FALSE;
}

/* PEP 657: the failing expression underlined, unless it is the whole line */
static void
print_carets (GString *to, PmlCode *code, gint32 ip, gint32 line, const char *text)
{
  const char *stripped = text;
  const PmlCodeSpan *span;
  gint32 start, end, left = -1, right = -1;
  glong indent, first, last, width;

  if (ip < 0 || (gsize) ip >= code->n_ops || code->spans == NULL || code->lines[ip] != line)
    return;
  span = &code->spans[ip];
  start = code->cols[ip];
  end = span->end_col;
  if (span->end_line == 0 || span->end_line < line)
    return;
  while (*stripped == ' ' || *stripped == '\t' || *stripped == '\f')
    stripped++;
  if (span->end_line > line)
    end = (gint32) strlen (text);
  if (start < 0 || end > (gint32) strlen (text) || end <= start)
    return;
  if (span->end_line == line && !find_anchors (text, span, &left, &right))
    left = right = -1;
  indent = g_utf8_strlen (text, stripped - text);
  first = chars_before (text, start);
  last = chars_before (text, end);
  width = g_utf8_strlen (stripped, -1);
  if (last - first == width && left < 0)
    return;
  g_string_append (to, "    ");
  for (glong i = indent; i < first; i++)
    g_string_append_c (to, ' ');
  for (glong i = first; i < last; i++)
    {
      gboolean primary = left < 0 || (i >= chars_before (text, left) && i < chars_before (text, right));

      g_string_append_c (to, primary ? '^' : '~');
    }
  g_string_append_c (to, '\n');
}

static void
print_line (GString *to, PmlCode *code, gint32 line, gint32 ip)
{
  g_string_append_printf (to, "  File \"%s\", line %d, in %s\n", code->filename, line, code->name);
  if (g_strcmp0 (code->filename, VM->filename) == 0 && line >= 1 && (guint) line <= VM->n_source_lines)
    {
      const char *text = VM->source_lines[line - 1];
      g_autofree char *full = g_strdup (text);
      const char *stripped;

      /* the line as CPython shows it: no newline, no trailing \r */
      g_strchomp (full);
      stripped = full;
      while (*stripped == ' ' || *stripped == '\t' || *stripped == '\f')
        stripped++;
      if (*stripped)
        {
          g_string_append_printf (to, "    %s\n", stripped);
          print_carets (to, code, ip, line, full);
        }
    }
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

/* The frames of one traceback as CPython's tb_print_internal shows them:
 * the newest 1000 (sys.tracebacklimit's default), and a run of more than
 * three identical lines (a recursion) cut to three and a count. */
#define TB_LIMIT 1000
#define TB_RECURSIVE_CUTOFF 3

static void
print_repeated (GString *to, guint count)
{
  count -= TB_RECURSIVE_CUTOFF;
  g_string_append_printf (to, "  [Previous line repeated %u more time%s]\n", count, count > 1 ? "s" : "");
}

static void
print_frames (GString *to, GArray *tb)
{
  guint first = tb->len > TB_LIMIT ? tb->len - TB_LIMIT : 0, count = 0;
  TbEntry *last = NULL;

  /* entries are stored newest first */
  for (guint i = tb->len - first; i > 0; i--)
    {
      TbEntry *e = &g_array_index (tb, TbEntry, i - 1);

      if (last == NULL || g_strcmp0 (e->code->filename, last->code->filename) != 0 || e->line != last->line
          || g_strcmp0 (e->code->name, last->code->name) != 0)
        {
          if (count > TB_RECURSIVE_CUTOFF)
            print_repeated (to, count);
          last = e;
          count = 0;
        }
      if (++count <= TB_RECURSIVE_CUTOFF)
        print_line (to, e->code, e->line, e->ip);
    }
  if (count > TB_RECURSIVE_CUTOFF)
    print_repeated (to, count);
}

static void
print_one (PmlObj *exc, GString *to)
{
  GArray *tb = (GArray *) exc->u.inst.exc_tb;
  g_autofree char *msg = exception_text (exc);
  g_autofree char *name = NULL;
  const char *module;

  if (tb != NULL && tb->len > 0)
    {
      g_string_append (to, "Traceback (most recent call last):\n");
      print_frames (to, tb);
    }
  /* print_exception: the module, unless it is __main__ or builtins */
  module = pml_type_module_name (exc->type);
  if (strcmp (module, "__main__") == 0 || strcmp (module, "builtins") == 0)
    name = g_strdup (pml_type_qualname (exc->type));
  else
    name = g_strdup_printf ("%s.%s", module, pml_type_qualname (exc->type));
  if (*msg && exc->u.inst.exc_suggestion && *exc->u.inst.exc_suggestion)
    g_string_append_printf (to, "%s: %s. Did you mean: '%s'?\n", name, msg, exc->u.inst.exc_suggestion);
  else if (*msg)
    g_string_append_printf (to, "%s: %s\n", name, msg);
  else
    g_string_append_printf (to, "%s\n", name);
}

static gboolean
is_exception (PmlObj *o)
{
  return o != NULL && o != NONE && o->kind == K_INSTANCE && o->type->u.ty.is_exception;
}

/* the exceptions it was raised from or while handling, oldest first */
static void
print_chain (PmlObj *exc, GString *to, GHashTable *seen)
{
  PmlObj *cause = exc->u.inst.exc_cause, *context = exc->u.inst.exc_context;

  g_hash_table_add (seen, exc);
  if (is_exception (cause))
    {
      if (!g_hash_table_contains (seen, cause))
        {
          print_chain (cause, to, seen);
          g_string_append (to, "\nThe above exception was the direct cause of the following exception:\n\n");
        }
    }
  else if (is_exception (context) && !exc->u.inst.exc_suppress_context && !g_hash_table_contains (seen, context))
    {
      print_chain (context, to, seen);
      g_string_append (to, "\nDuring handling of the above exception, another exception occurred:\n\n");
    }
  print_one (exc, to);
}

void
pml_err_print (PmlObj *exc, GString *to)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);

  print_chain (exc, to, seen);
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
