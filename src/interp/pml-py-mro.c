/* pml-py-mro.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-vm.h"

/* The method resolution order: C3 linearization of a class's bases, as
 * typeobject.c's mro_implementation, and lookups along it. */

/* a type's MRO as a borrowed array; built-in types keep only their base */
static PmlObj **
mro_items (PmlObj *type, gsize *n, PmlObj **scratch, gsize scratch_len)
{
  gsize count = 0;

  if (type->u.ty.mro != NULL)
    {
      *n = type->u.ty.mro->u.t.n;
      return type->u.ty.mro->u.t.items;
    }
  for (PmlObj *t = type; t != NULL && count < scratch_len; t = t->u.ty.base)
    scratch[count++] = t;
  *n = count;
  return scratch;
}

PmlObj *
pml_mro_lookup (PmlObj *type, const char *name)
{
  PmlObj *scratch[16], **items;
  gsize n;

  items = mro_items (type, &n, scratch, G_N_ELEMENTS (scratch));
  for (gsize i = 0; i < n; i++)
    {
      PmlObj *v = items[i]->u.ty.dict != NULL ? pml_dict_get_str (items[i]->u.ty.dict, name)
                  : pml_builtin_type_attr (items[i], name);

      if (v != NULL)
        return v;
    }
  return NULL;
}

/* what a class (not object or a built-in type) defines along the MRO */
PmlObj *
pml_mro_lookup_override (PmlObj *type, const char *name)
{
  PmlObj *scratch[16], **items;
  gsize n;

  items = mro_items (type, &n, scratch, G_N_ELEMENTS (scratch));
  for (gsize i = 0; i < n; i++)
    if (items[i]->u.ty.dict != NULL)
      {
        PmlObj *v = pml_dict_get_str (items[i]->u.ty.dict, name);

        if (v != NULL)
          return items[i]->u.ty.builtin ? NULL : v;
      }
    else if (items[i] != TYPE (T_OBJECT) && pml_builtin_type_attr (items[i], name) != NULL)
      /* a built-in type before a mixin in the MRO wins (class
         Priority(int, Enum): int's __hash__, not Enum's) */
      return NULL;
  return NULL;
}

gboolean
pml_type_is_subtype (PmlObj *type, PmlObj *base)
{
  PmlObj *scratch[16], **items;
  gsize n;

  items = mro_items (type, &n, scratch, G_N_ELEMENTS (scratch));
  for (gsize i = 0; i < n; i++)
    if (items[i] == base)
      return TRUE;
  return base == TYPE (T_OBJECT);
}

static gboolean
tail_contains (GPtrArray **lists, gsize *heads, gsize nlists, PmlObj *c)
{
  for (gsize j = 0; j < nlists; j++)
    for (guint k = (guint) heads[j] + 1; k < lists[j]->len; k++)
      if (lists[j]->pdata[k] == c)
        return TRUE;
  return FALSE;
}

static void
mro_error (GPtrArray **lists, gsize *heads, gsize nlists)
{
  GString *msg = g_string_new ("Cannot create a consistent method resolution\norder (MRO) for bases");
  GPtrArray *seen = g_ptr_array_new ();

  for (gsize j = 0; j < nlists; j++)
    if (heads[j] < lists[j]->len)
      {
        PmlObj *c = lists[j]->pdata[heads[j]];

        if (g_ptr_array_find (seen, c, NULL))
          continue;
        g_string_append_printf (msg, "%s %s", seen->len ? "," : "", c->u.ty.name);
        g_ptr_array_add (seen, c);
      }
  g_ptr_array_unref (seen);
  pml_err_set (T_TYPE_ERROR, "%s", msg->str);
  g_string_free (msg, TRUE);
}

/* C3: the class, then a merge of its bases' MROs and the bases list */
PmlObj *
pml_mro_compute (PmlObj *type, PmlObj *bases)
{
  gsize nb = bases->u.t.n, nlists = nb + 1, total;
  GPtrArray **lists = g_new0 (GPtrArray *, nlists);
  gsize *heads = g_new0 (gsize, nlists);
  GPtrArray *out = g_ptr_array_new ();
  PmlObj *result = NULL;

  for (gsize i = 0; i < nb; i++)
    {
      PmlObj *scratch[16], **items;
      gsize n;

      for (gsize j = 0; j < i; j++)
        if (bases->u.t.items[j] == bases->u.t.items[i])
          {
            pml_err_set (T_TYPE_ERROR, "duplicate base class %s", bases->u.t.items[i]->u.ty.name);
            goto out;
          }
      items = mro_items (bases->u.t.items[i], &n, scratch, G_N_ELEMENTS (scratch));
      lists[i] = g_ptr_array_new ();
      for (gsize k = 0; k < n; k++)
        g_ptr_array_add (lists[i], items[k]);
      if (items[n - 1] != TYPE (T_OBJECT))
        g_ptr_array_add (lists[i], TYPE (T_OBJECT));
    }
  lists[nb] = g_ptr_array_new ();
  for (gsize i = 0; i < nb; i++)
    g_ptr_array_add (lists[nb], bases->u.t.items[i]);

  g_ptr_array_add (out, type);
  for (;;)
    {
      PmlObj *next = NULL;
      gboolean empty = TRUE;

      for (gsize j = 0; j < nlists; j++)
        {
          PmlObj *c;

          if (heads[j] >= lists[j]->len)
            continue;
          empty = FALSE;
          c = lists[j]->pdata[heads[j]];
          if (!tail_contains (lists, heads, nlists, c))
            {
              next = c;
              break;
            }
        }
      if (empty)
        break;
      if (next == NULL)
        {
          mro_error (lists, heads, nlists);
          goto out;
        }
      g_ptr_array_add (out, next);
      for (gsize j = 0; j < nlists; j++)
        if (heads[j] < lists[j]->len && lists[j]->pdata[heads[j]] == next)
          heads[j]++;
    }

  total = out->len;
  result = pml_tuple_new (total);
  if (result != NULL)
    for (gsize i = 0; i < total; i++)
      result->u.t.items[i] = pml_incref (out->pdata[i]);

out:
  for (gsize j = 0; j < nlists; j++)
    if (lists[j] != NULL)
      g_ptr_array_unref (lists[j]);
  g_free (lists);
  g_free (heads);
  g_ptr_array_unref (out);
  return result;
}
