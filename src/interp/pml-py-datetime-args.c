/* pml-py-datetime-args.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-datetime.h"

/* The argument parsing of _datetime's constructors and replace(): the
 * format strings without a ":name" part make CPython say "function" where
 * other built-ins name themselves. */

gboolean
pml_dt_parse_args (const char         *fname,
                   const char *const  *names,
                   gsize               nrequired,
                   gsize               npositional,
                   PmlObj            **args,
                   gsize               nargs,
                   PmlObj             *kwnames,
                   PmlObj            **out)
{
  gsize nnames = 0, npos = pml_positional (nargs, kwnames);
  const char *who = fname != NULL ? fname : "function";
  const char *paren = fname != NULL ? "()" : "";

  while (names[nnames] != NULL)
    nnames++;
  if (nargs > nnames)
    {
      pml_err_set (T_TYPE_ERROR, "%s%s takes at most %zu argument%s (%zu given)", who, paren, nnames,
                   nnames == 1 ? "" : "s", nargs);
      return FALSE;
    }
  if (npos > npositional)
    {
      pml_err_set (T_TYPE_ERROR, "%s%s takes at most %zu positional argument%s (%zu given)", who, paren,
                   npositional, npositional == 1 ? "" : "s", npos);
      return FALSE;
    }
  for (gsize i = 0; i < nnames; i++)
    out[i] = i < npos ? args[i] : NULL;
  for (gsize k = npos; k < nargs; k++)
    {
      const char *kw = kwnames->u.t.items[k - npos]->u.s.s;
      gsize i;

      for (i = 0; i < nnames && strcmp (names[i], kw) != 0; i++)
        ;
      if (i == nnames)
        {
          if (fname != NULL)
            pml_err_set (T_TYPE_ERROR, "'%s' is an invalid keyword argument for %s()", kw, fname);
          else
            pml_err_set (T_TYPE_ERROR, "'%s' is an invalid keyword argument for this function", kw);
          return FALSE;
        }
      if (out[i] != NULL)
        {
          pml_err_set (T_TYPE_ERROR, "argument for %s%s given by name ('%s') and position (%zu)", who, paren,
                       kw, i + 1);
          return FALSE;
        }
      out[i] = args[k];
    }
  for (gsize i = 0; i < nrequired; i++)
    if (out[i] == NULL)
      {
        pml_err_set (T_TYPE_ERROR, "%s%s missing required argument '%s' (pos %zu)", who, paren, names[i], i + 1);
        return FALSE;
      }
  return TRUE;
}

gboolean
pml_dt_int_arg (PmlObj *o, gint64 *v)
{
  if (o == NULL)
    return TRUE;
  if (o->kind == K_FLOAT)
    {
      pml_err_set (T_TYPE_ERROR, "'float' object cannot be interpreted as an integer");
      return FALSE;
    }
  if (!pml_index_value (o, v))
    {
      if (pml_err_occurred () && o->kind == K_INT)
        pml_err_set (T_OVERFLOW_ERROR, "signed integer is greater than maximum");
      return FALSE;
    }
  if (*v > G_MAXINT32 || *v < G_MININT32)
    {
      pml_err_set (T_OVERFLOW_ERROR, "signed integer is %s than %s", *v > 0 ? "greater" : "less",
                   *v > 0 ? "maximum" : "minimum");
      return FALSE;
    }
  return TRUE;
}

gboolean
pml_dt_check_tzinfo (PmlObj *o)
{
  if (o == NONE || pml_type_is_subtype (o->type, pml_native_type (&pml_dt_tzinfo_type)))
    return TRUE;
  pml_err_set (T_TYPE_ERROR, "tzinfo argument must be None or of a tzinfo subclass, not type '%s'",
               pml_type_name (o));
  return FALSE;
}

/* the fields (getsets of the type or its base) and the class constants,
   then the methods */
PmlObj *
pml_dt_getattro (PmlObj *o, PmlObj *name)
{
  for (PmlObj *t = o->type; t != NULL; t = t->u.ty.base)
    {
      const PmlGetSetDef *def = pml_getset_def (t, name->u.s.s);
      PmlObj *v;

      if (def != NULL)
        return def->get (o);
      if (t->u.ty.consts != NULL && (v = pml_dict_get_str (t->u.ty.consts, name->u.s.s)) != NULL)
        return pml_incref (v);
    }
  return pml_object_getattro (o, name);
}
