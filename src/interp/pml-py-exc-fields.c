/* pml-py-exc-fields.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-type.h"

/* The members a few exception types add to BaseException's, as CPython's
 * PyImportErrorObject, PyAttributeErrorObject and PyNameErrorObject do:
 * ImportError(msg, name=, path=) keeps the three, an AttributeError the
 * name looked up and the object it was looked up on, a NameError the
 * name. They live in the exception's exc_fields, in the order listed;
 * the keywords their __init__ takes are the first @nkeywords names. */

typedef struct
{
  PmlTypeId   base;
  const char *names[3];
  guint       nkeywords;
} ExcFields;

static const ExcFields exc_field_types[] = {
  { T_IMPORT_ERROR, { "name", "path", "msg" }, 2 },
  { T_ATTRIBUTE_ERROR, { "name", "obj", NULL }, 2 },
  { T_NAME_ERROR, { "name", NULL, NULL }, 1 },
};

static const ExcFields *
fields_of (PmlObj *exc)
{
  for (guint i = 0; i < G_N_ELEMENTS (exc_field_types); i++)
    if (pml_type_is_subtype (exc->type, TYPE (exc_field_types[i].base)))
      return &exc_field_types[i];
  return NULL;
}

static int
field_index (const ExcFields *f, const char *name)
{
  for (int i = 0; f != NULL && i < (int) G_N_ELEMENTS (f->names) && f->names[i] != NULL; i++)
    if (strcmp (f->names[i], name) == 0)
      return i;
  return -1;
}

gboolean
pml_exc_field_get (PmlObj *exc, const char *name, PmlObj **v)
{
  int i = field_index (fields_of (exc), name);

  if (i < 0)
    return FALSE;
  *v = pml_incref (exc->u.inst.exc_fields[i] != NULL ? exc->u.inst.exc_fields[i] : NONE);
  return TRUE;
}

/* e.name = ...; del e.name leaves None, as a T_OBJECT member does */
gboolean
pml_exc_field_set (PmlObj *exc, const char *name, PmlObj *v, gboolean *handled)
{
  int i = field_index (fields_of (exc), name);

  *handled = i >= 0;
  if (i < 0)
    return FALSE;
  PML_SETREF (exc->u.inst.exc_fields[i], v != NULL ? pml_incref (v) : NULL);
  return TRUE;
}

void
pml_exc_field_store (PmlObj *exc, const char *name, PmlObj *v)
{
  gboolean handled;

  pml_exc_field_set (exc, name, v, &handled);
}

/* BaseException_init and the __init__ of the types above: ImportError's
 * msg is its only argument; the keywords are the members, and a type
 * without members takes none. A class with its own __init__ takes its
 * keywords there instead. */
gboolean
pml_exc_fields_init (PmlObj *exc, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  const ExcFields *f = fields_of (exc);
  gsize npos = pml_positional (nargs, kwnames), nkw = nargs - npos;

  if (f != NULL && f->base == T_IMPORT_ERROR && npos == 1)
    pml_exc_field_store (exc, "msg", args[0]);
  if (nkw == 0 || pml_class_lookup (exc->type, "__init__") != NULL)
    return TRUE;
  for (gsize k = 0; k < nkw; k++)
    {
      const char *key = kwnames->u.t.items[k]->u.s.s;
      int i = field_index (f, key);

      if (f == NULL)
        {
          pml_err_set (T_TYPE_ERROR, "%s() takes no keyword arguments", exc->type->u.ty.name);
          return FALSE;
        }
      if (i < 0 || (guint) i >= f->nkeywords)
        {
          pml_err_set (T_TYPE_ERROR, "'%s' is an invalid keyword argument for %s()", key, exc->type->u.ty.name);
          return FALSE;
        }
      pml_exc_field_store (exc, key, args[npos + k]);
    }
  return TRUE;
}
