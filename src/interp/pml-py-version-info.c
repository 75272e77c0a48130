/* pml-py-version-info.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-type.h"
#include "pml-py-sys.h"

/* sys.version_info: a struct sequence, a tuple whose items also have
 * names (major, minor, micro, releaselevel, serial). It compares, slices
 * and hashes as the tuple it is; its repr names the fields. */

static const char *const fields[] = { "major", "minor", "micro", "releaselevel", "serial" };

/* the patch release each preset was measured against */
static gint64
micro_of_preset (void)
{
  static const gint64 micro[] = { 18, 18, 13, 7, 1, 0, 0 };   /* 3.8 .. 3.14 */
  int minor = PRESET_MINOR ();

  return minor >= 8 && minor - 8 < (int) G_N_ELEMENTS (micro) ? micro[minor - 8] : 0;
}

PmlObj *
pml_version_info_new (void)
{
  PmlObj *v = pml_obj_new_static (TYPE (T_VERSION_INFO), K_TUPLE);

  v->u.t.n = G_N_ELEMENTS (fields);
  v->u.t.items = g_new0 (PmlObj *, v->u.t.n);
  v->u.t.items[0] = pml_int_new (3);
  v->u.t.items[1] = pml_int_new (PRESET_MINOR ());
  v->u.t.items[2] = pml_int_new (micro_of_preset ());
  v->u.t.items[3] = pml_str_intern_cstr ("final");
  v->u.t.items[4] = pml_int_new (0);
  pml_gc_track (v);
  return v;
}

/* "3.11.7": the first word of sys.version */
char *
pml_version_info_text (void)
{
  return g_strdup_printf ("3.%d.%" G_GINT64_FORMAT, PRESET_MINOR (), micro_of_preset ());
}

static PmlObj *
version_info_repr (PmlObj *o)
{
  GString *out = g_string_new ("sys.version_info(");

  for (gsize i = 0; i < o->u.t.n && i < G_N_ELEMENTS (fields); i++)
    {
      g_string_append_printf (out, "%s%s=", i > 0 ? ", " : "", fields[i]);
      if (!pml_append_repr (out, o->u.t.items[i]))
        {
          g_string_free (out, TRUE);
          return NULL;
        }
    }
  g_string_append_c (out, ')');
  return pml_str_from_gstring (out);
}

static gint
field_index (PmlObj *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (strcmp (name->u.s.s, fields[i]) == 0)
      return (gint) i;
  return -1;
}

static PmlObj *
version_info_getattro (PmlObj *o, PmlObj *name)
{
  gint i = field_index (name);

  if (i >= 0 && (gsize) i < o->u.t.n)
    return pml_incref (o->u.t.items[i]);
  return pml_tuple_slots.getattro (o, name);
}

static gboolean
version_info_setattro (PmlObj *o, PmlObj *name, PmlObj *v)
{
  (void) v;
  if (field_index (name) >= 0)
    pml_err_set (T_ATTRIBUTE_ERROR, "readonly attribute");
  else
    pml_err_set (T_ATTRIBUTE_ERROR, "'%s' object has no attribute '%s'", pml_type_name (o), name->u.s.s);
  return FALSE;
}

static PmlObj *
version_info_new (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) args;
  (void) nargs;
  (void) kwnames;
  return pml_err_set (T_TYPE_ERROR, "cannot create '%s' instances", type->u.ty.name);
}

/* tuple's slots, but for these */
PmlTypeSlots pml_version_info_slots;

void
pml_version_info_init_slots (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      pml_version_info_slots = pml_tuple_slots;
      pml_version_info_slots.repr = version_info_repr;
      pml_version_info_slots.getattro = version_info_getattro;
      pml_version_info_slots.setattro = version_info_setattro;
      pml_version_info_slots.new_instance = version_info_new;
      pml_version_info_slots.dealloc = NULL;
      g_once_init_leave (&done, 1);
    }
}
