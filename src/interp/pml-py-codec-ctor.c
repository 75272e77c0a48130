/* pml-py-codec-ctor.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-type.h"
#include "pml-py-bytes-text.h"

/* str(b, encoding, errors), bytes(s, encoding, errors) and
 * bytearray(s, encoding, errors): the constructors that go through a
 * codec, by calling bytes.decode or str.encode. */

/* the three arguments, positional or by keyword; FALSE with TypeError */
static gboolean
three_args (const char *type, const char *first, PmlObj **args, gsize nargs, PmlObj *kwnames, PmlObj *out[3])
{
  const char *names[3] = { first, "encoding", "errors" };
  gsize npos = pml_positional (nargs, kwnames), nkw = nargs - npos;

  if (npos > 3)
    {
      pml_err_set (T_TYPE_ERROR, "%s() takes at most 3 arguments (%zu given)", type, nargs);
      return FALSE;
    }
  for (int i = 0; i < 3; i++)
    out[i] = (gsize) i < npos ? args[i] : NULL;
  for (gsize k = 0; k < nkw; k++)
    {
      const char *name = kwnames->u.t.items[k]->u.s.s;
      int i;

      for (i = 0; i < 3 && strcmp (name, names[i]) != 0; i++)
        ;
      if (i == 3)
        {
          pml_err_set (T_TYPE_ERROR, "'%s' is an invalid keyword argument for %s()", name, type);
          return FALSE;
        }
      if (out[i] != NULL)
        {
          pml_err_set (T_TYPE_ERROR, "argument for %s() given by name ('%s') and position (%d)", type, name, i + 1);
          return FALSE;
        }
      out[i] = args[npos + k];
    }
  for (int i = 1; i < 3; i++)
    if (out[i] != NULL && out[i]->kind != K_STR)
      {
        pml_err_set (T_TYPE_ERROR, "%s() argument '%s' must be str, not %s", type, names[i], pml_type_name (out[i]));
        return FALSE;
      }
  return TRUE;
}

static PmlObj *
call_codec (PmlObj *self, const char *method, PmlObj *a[3])
{
  PmlObj *m = pml_builtin_method_lookup (self, method), *r, *kw, *argv[2];
  gsize n = 0;

  if (m == NULL)
    return NULL;
  argv[n++] = a[1] != NULL ? a[1] : NULL;
  if (a[1] == NULL)
    n = 0;
  if (a[2] != NULL)
    {
      PmlObj *name = pml_str_new ("errors", -1);

      argv[n++] = a[2];
      kw = pml_tuple_pack (1, name);
      pml_decref (name);
      r = pml_call (m, argv, n, kw);
      pml_decref (kw);
    }
  else
    r = pml_call (m, argv, n, NULL);
  pml_decref (m);
  return r;
}

/* NULL without an error: no codec arguments, the plain constructor goes on */
PmlObj *
pml_str_decode_ctor (PmlObj **args, gsize nargs, PmlObj *kwnames, gboolean *handled)
{
  PmlObj *a[3];

  *handled = FALSE;
  if (!three_args ("str", "object", args, nargs, kwnames, a))
    return (*handled = TRUE), NULL;
  if (a[1] == NULL && a[2] == NULL)
    return NULL;
  *handled = TRUE;
  if (a[0] == NULL)
    return pml_incref (VM->empty_str);
  if (a[0]->kind == K_STR)
    return pml_err_set (T_TYPE_ERROR, "decoding str is not supported");
  if (a[0]->kind != K_BYTES && a[0]->kind != K_BYTEARRAY)
    return pml_err_set (T_TYPE_ERROR, "decoding to str: need a bytes-like object, %s found", pml_type_name (a[0]));
  return call_codec (a[0], "decode", a);
}

PmlObj *
pml_bytes_encode_ctor (const char *type, PmlObj **args, gsize nargs, PmlObj *kwnames, gboolean *handled)
{
  PmlObj *a[3];

  *handled = FALSE;
  if (!three_args (type, "source", args, nargs, kwnames, a))
    return (*handled = TRUE), NULL;
  if (a[1] == NULL && a[2] == NULL && (a[0] == NULL || a[0]->kind != K_STR))
    return NULL;
  *handled = TRUE;
  if (a[0] == NULL)
    return pml_err_set (T_TYPE_ERROR, a[1] != NULL ? "encoding without a string argument"
                                                   : "errors without a string argument");
  if (a[0]->kind != K_STR)
    return pml_err_set (T_TYPE_ERROR, a[1] != NULL ? "encoding without a string argument"
                                                   : "errors without a string argument");
  if (a[1] == NULL)
    return pml_err_set (T_TYPE_ERROR, "string argument without an encoding");
  return call_codec (a[0], "encode", a);
}
