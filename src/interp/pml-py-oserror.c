/* pml-py-oserror.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-type.h"

/* OSError and SyntaxError: the two built-in exceptions whose arguments
 * mean something (errno and strerror; a message and where it happened),
 * read back as attributes and shown by str(). OSError(errno, ...) also
 * picks the subclass that errno names, as CPython's OSError.__new__:
 * OSError's slots are BaseException's with new_instance replaced, filled
 * in before the types are made. */

PmlTypeSlots pml_oserror_slots;

static PmlObj *
exc_args (PmlObj *o)
{
  return o->u.inst.exc_args != NULL ? o->u.inst.exc_args : VM->empty_tuple;
}

/* errno, strerror, filename and filename2 are set only from 2 to 5 arguments */
static gboolean
oserror_has_fields (PmlObj *args)
{
  return args->u.t.n >= 2 && args->u.t.n <= 5;
}

/* an OSError's errno, strerror, filename or filename2 (a new reference),
   or NULL: @name is none of them */
static PmlObj *
oserror_field (PmlObj *o, const char *name)
{
  static const char *const fields[] = { "errno", "strerror", "filename", "", "filename2" };
  PmlObj *args = exc_args (o);

  for (gsize i = 0; i < G_N_ELEMENTS (fields); i++)
    if (fields[i][0] != '\0' && strcmp (name, fields[i]) == 0)
      return pml_incref (oserror_has_fields (args) && i < args->u.t.n ? args->u.t.items[i] : NONE);
  return NULL;
}

/* the subclass an errno stands for (Linux's numbers), or OSError's own */
static PmlTypeId
oserror_type_for_errno (gint64 err)
{
  static const struct { int err; PmlTypeId id; } map[] = {
    { 11, T_BLOCKING_IO_ERROR }, { 114, T_BLOCKING_IO_ERROR }, { 115, T_BLOCKING_IO_ERROR },
    { 10, T_CHILD_PROCESS_ERROR }, { 32, T_BROKEN_PIPE_ERROR }, { 108, T_BROKEN_PIPE_ERROR },
    { 103, T_CONNECTION_ABORTED_ERROR }, { 111, T_CONNECTION_REFUSED_ERROR },
    { 104, T_CONNECTION_RESET_ERROR }, { 17, T_FILE_EXISTS_ERROR }, { 2, T_FILE_NOT_FOUND_ERROR },
    { 21, T_IS_A_DIRECTORY_ERROR }, { 20, T_NOT_A_DIRECTORY_ERROR }, { 4, T_INTERRUPTED_ERROR },
    { 13, T_PERMISSION_ERROR }, { 1, T_PERMISSION_ERROR }, { 3, T_PROCESS_LOOKUP_ERROR },
    { 110, T_TIMEOUT_ERROR },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (map); i++)
    if (map[i].err == err)
      return map[i].id;
  return T_OS_ERROR;
}

static PmlObj *
oserror_new (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gsize npos = pml_positional (nargs, kwnames);

  if (type == TYPE (T_OS_ERROR) && npos >= 2 && npos <= 5 && args[0]->kind == K_INT
      && args[0]->u.i.big == NULL)
    type = TYPE (oserror_type_for_errno (args[0]->u.i.v));
  return pml_exception_slots.new_instance (type, args, nargs, kwnames);
}

/* "[Errno 2] No such file: 'a.txt'", or NULL: the arguments' usual str */
char *
pml_oserror_message (PmlObj *exc)
{
  PmlObj *args = exc_args (exc), *parts[4] = { NULL, NULL, NULL, NULL };
  GString *out;
  gboolean ok = TRUE;

  if (!oserror_has_fields (args))
    return NULL;
  parts[0] = pml_str (args->u.t.items[0]);
  parts[1] = pml_str (args->u.t.items[1]);
  if (args->u.t.n >= 3 && args->u.t.items[2] != NONE)
    parts[2] = pml_repr (args->u.t.items[2]);
  if (args->u.t.n == 5 && parts[2] != NULL && args->u.t.items[4] != NONE)
    parts[3] = pml_repr (args->u.t.items[4]);
  for (int i = 0; i < 2; i++)
    ok = ok && parts[i] != NULL;
  if (!ok || pml_err_occurred ())
    {
      pml_err_clear ();
      for (int i = 0; i < 4; i++)
        pml_xdecref (parts[i]);
      return g_strdup ("<exception str() failed>");
    }
  out = g_string_new (NULL);
  g_string_append_printf (out, "[Errno %s] %s", parts[0]->u.s.s, parts[1]->u.s.s);
  if (parts[2] != NULL)
    g_string_append_printf (out, ": %s", parts[2]->u.s.s);
  if (parts[3] != NULL)
    g_string_append_printf (out, " -> %s", parts[3]->u.s.s);
  for (int i = 0; i < 4; i++)
    pml_xdecref (parts[i]);
  return g_string_free (out, FALSE);
}

/* SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])):
   the details tuple's item @i, or NULL */
static PmlObj *
syntaxerror_detail (PmlObj *exc, gsize i)
{
  PmlObj *args = exc_args (exc), *info;

  if (args->u.t.n != 2)
    return NULL;
  info = args->u.t.items[1];
  if (info->kind != K_TUPLE || i >= info->u.t.n)
    return NULL;
  return info->u.t.items[i];
}

/* a SyntaxError's msg, filename, lineno, ... (a new reference), or NULL */
static PmlObj *
syntaxerror_field (PmlObj *o, const char *name)
{
  static const char *const fields[] = { "filename", "lineno", "offset", "text", "end_lineno", "end_offset" };
  PmlObj *args = exc_args (o), *v;

  if (strcmp (name, "msg") == 0)
    return pml_incref (args->u.t.n >= 1 ? args->u.t.items[0] : NONE);
  if (strcmp (name, "print_file_and_line") == 0)
    return pml_incref (NONE);
  for (gsize i = 0; i < G_N_ELEMENTS (fields); i++)
    if (strcmp (name, fields[i]) == 0)
      {
        v = syntaxerror_detail (o, i);
        return pml_incref (v != NULL ? v : NONE);
      }
  return NULL;
}

/* the member an OSError or a SyntaxError (or a subclass's instance) reads
   from its arguments, or NULL: not one */
PmlObj *
pml_exc_detail_field (PmlObj *o, const char *name)
{
  if (pml_type_is_subtype (o->type, TYPE (T_OS_ERROR)))
    return oserror_field (o, name);
  if (pml_type_is_subtype (o->type, TYPE (T_SYNTAX_ERROR)))
    return syntaxerror_field (o, name);
  return NULL;
}

/* "msg (file.py, line 3)": the file's base name and line when known */
char *
pml_syntaxerror_message (PmlObj *exc)
{
  PmlObj *args = exc_args (exc), *file = syntaxerror_detail (exc, 0), *line = syntaxerror_detail (exc, 1);
  PmlObj *msg = pml_str (args->u.t.n >= 1 ? args->u.t.items[0] : NONE);
  GString *out;
  const char *base = NULL;

  if (msg == NULL)
    {
      pml_err_clear ();
      return g_strdup ("<exception str() failed>");
    }
  out = g_string_new (msg->u.s.s);
  pml_decref (msg);
  if (file != NULL && file->kind == K_STR)
    {
      base = strrchr (file->u.s.s, '/');
      base = base != NULL ? base + 1 : file->u.s.s;
    }
  if (line != NULL && line->kind != K_INT)
    line = NULL;
  if (base != NULL && line != NULL)
    g_string_append_printf (out, " (%s, line %" G_GINT64_FORMAT ")", base, line->u.i.v);
  else if (base != NULL)
    g_string_append_printf (out, " (%s)", base);
  else if (line != NULL)
    g_string_append_printf (out, " (line %" G_GINT64_FORMAT ")", line->u.i.v);
  return g_string_free (out, FALSE);
}

void
pml_oserror_slots_init (void)
{
  pml_oserror_slots = pml_exception_slots;
  pml_oserror_slots.new_instance = oserror_new;
}
