/* pml-py-textio.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-type.h"
#include "pml-py-sys.h"

/* sys.stdout and sys.stderr: text streams whose write() goes to the
 * scenario's standard output or error and returns the number of
 * characters written, as io.TextIOWrapper's. CPython made them (and their
 * buffers) at start-up; here they are start-up objects without memory of
 * their own, and the text is not buffered (as python3.11 -u). */

void pml_write_err (const char *s, gssize len);

/* the sys module's original streams */
static gboolean
is_stderr (PmlObj *stream)
{
  PmlObj *sys = pml_dict_get_str (VM->modules, "sys");

  return sys != NULL && pml_dict_get_str (sys->u.mod.dict, "__stderr__") == stream;
}

void
pml_textio_write (PmlObj *stream, const char *text, gsize len)
{
  if (is_stderr (stream))
    pml_write_err (text, (gssize) len);
  else
    pml_write_out (text, (gssize) len);
}

gboolean
pml_is_textio (PmlObj *o)
{
  return o->type == TYPE (T_TEXTIO);
}

static PmlObj *
textio_write (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  METHOD_SELF ();
  NO_KW ("write");
  NARGS ("write", 1, 1);
  if (args[0]->kind != K_STR)
    return pml_err_set (T_TYPE_ERROR, "write() argument must be str, not %s", pml_type_name (args[0]));
  pml_textio_write (self, args[0]->u.s.s, args[0]->u.s.nbytes);
  return pml_int_new ((gint64) args[0]->u.s.len);
}

static PmlObj *
textio_flush (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  METHOD_SELF ();
  (void) args;
  NO_KW ("flush");
  NARGS ("flush", 0, 0);
  return pml_incref (NONE);
}

static PmlObj *
textio_false (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  METHOD_SELF ();
  (void) args;
  NO_KW ("isatty");
  NARGS ("isatty", 0, 0);
  return pml_incref (FALSE_);
}

static PmlObj *
textio_true (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  METHOD_SELF ();
  (void) args;
  NO_KW ("writable");
  NARGS ("writable", 0, 0);
  return pml_incref (TRUE_);
}

static const PmlMethodDef textio_methods[] = {
  { "write", textio_write },
  { "flush", textio_flush },
  { "isatty", textio_false },
  { "readable", textio_false },
  { "writable", textio_true },
  { NULL, NULL },
};

static PmlObj *
textio_getattro (PmlObj *o, PmlObj *name)
{
  const char *n = name->u.s.s;

  if (strcmp (n, "name") == 0)
    return pml_str_new (is_stderr (o) ? "<stderr>" : "<stdout>", -1);
  if (strcmp (n, "mode") == 0)
    return pml_str_new ("w", -1);
  if (strcmp (n, "encoding") == 0)
    return pml_str_new ("utf-8", -1);
  return pml_object_getattro (o, name);
}

static PmlObj *
textio_repr (PmlObj *o)
{
  return pml_str_printf ("<_io.TextIOWrapper name='%s' mode='w' encoding='utf-8'>",
                         is_stderr (o) ? "<stderr>" : "<stdout>");
}

const PmlTypeSlots pml_textio_slots = {
  .repr = textio_repr,
  .hash = pml_object_hash,
  .richcompare = pml_object_richcompare,
  .getattro = textio_getattro,
  .setattro = pml_object_setattro,
  .methods = textio_methods,
  .flags = PML_TPFLAGS_RUNTIME,
};

PmlObj *
pml_textio_new (void)
{
  return pml_obj_new_static (TYPE (T_TEXTIO), K_OBJECT);
}
