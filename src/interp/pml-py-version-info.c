/* pml-py-version-info.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-type.h"
#include "pml-py-sys.h"

/* sys.version_info and sys's other struct sequences (float_info,
 * int_info, hash_info): tuples whose items also have names. They compare,
 * slice and hash as the tuples they are; their reprs name the fields. */

static const char *const version_fields[] = { "major", "minor", "micro", "releaselevel", "serial", NULL };
static const char *const float_fields[] = {
  "max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix",
  "rounds", NULL
};
static const char *const int_fields[] = {
  "bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold", NULL
};
static const char *const hash_fields[] = {
  "width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff", NULL
};

static const struct
{
  PmlTypeId          type;
  const char        *name;
  const char *const *fields;
} sequences[] = {
  { T_VERSION_INFO, "sys.version_info", version_fields },
  { T_FLOAT_INFO, "sys.float_info", float_fields },
  { T_INT_INFO, "sys.int_info", int_fields },
  { T_HASH_INFO, "sys.hash_info", hash_fields },
};

static guint
sequence_of (PmlObj *o)
{
  for (guint i = 0; i < G_N_ELEMENTS (sequences); i++)
    if (o->type == TYPE (sequences[i].type))
      return i;
  return 0;
}

/* a static struct sequence of @type holding @items (references taken) */
static PmlObj *
struct_seq_new (PmlTypeId type, PmlObj **items, gsize n)
{
  PmlObj *v = pml_obj_new_static (TYPE (type), K_TUPLE);

  v->u.t.n = n;
  v->u.t.items = g_new0 (PmlObj *, n);
  memcpy (v->u.t.items, items, n * sizeof (PmlObj *));
  pml_gc_track (v);
  return v;
}

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
  PmlObj *items[] = {
    pml_int_new (3), pml_int_new (PRESET_MINOR ()), pml_int_new (micro_of_preset ()),
    pml_str_intern_cstr ("final"), pml_int_new (0),
  };

  return struct_seq_new (T_VERSION_INFO, items, G_N_ELEMENTS (items));
}

/* sys.float_info: IEEE 754 doubles, as on every machine CPython runs on */
PmlObj *
pml_float_info_new (void)
{
  PmlObj *items[] = {
    pml_float_new (1.7976931348623157e+308), pml_int_new (1024), pml_int_new (308),
    pml_float_new (2.2250738585072014e-308), pml_int_new (-1021), pml_int_new (-307), pml_int_new (15),
    pml_int_new (53), pml_float_new (2.220446049250313e-16), pml_int_new (2), pml_int_new (1),
  };

  return struct_seq_new (T_FLOAT_INFO, items, G_N_ELEMENTS (items));
}

/* sys.int_info: 30-bit digits in 4 bytes, and the 4,300-digit limit on
 * str <-> int conversions (3.11, backported to 3.8-3.10 patch releases) */
PmlObj *
pml_int_info_new (void)
{
  PmlObj *items[] = { pml_int_new (30), pml_int_new (4), pml_int_new (4300), pml_int_new (640) };

  return struct_seq_new (T_INT_INFO, items, G_N_ELEMENTS (items));
}

/* sys.hash_info: SipHash-2-4 until 3.11, SipHash-1-3 since */
PmlObj *
pml_hash_info_new (void)
{
  PmlObj *items[] = {
    pml_int_new (64), pml_int_new (((gint64) 1 << 61) - 1), pml_int_new (314159), pml_int_new (0),
    pml_int_new (1000003), pml_str_new (PRESET_MINOR () >= 11 ? "siphash13" : "siphash24", -1),
    pml_int_new (64), pml_int_new (128), pml_int_new (0),
  };

  return struct_seq_new (T_HASH_INFO, items, G_N_ELEMENTS (items));
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
  const char *const *fields = sequences[sequence_of (o)].fields;
  GString *out = g_string_new (sequences[sequence_of (o)].name);

  g_string_append_c (out, '(');
  for (gsize i = 0; i < o->u.t.n && fields[i] != NULL; i++)
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
field_index (PmlObj *o, PmlObj *name)
{
  const char *const *fields = sequences[sequence_of (o)].fields;

  for (guint i = 0; fields[i] != NULL; i++)
    if (strcmp (name->u.s.s, fields[i]) == 0)
      return (gint) i;
  return -1;
}

static PmlObj *
version_info_getattro (PmlObj *o, PmlObj *name)
{
  gint i = field_index (o, name);

  if (i >= 0 && (gsize) i < o->u.t.n)
    return pml_incref (o->u.t.items[i]);
  return pml_tuple_slots.getattro (o, name);
}

static gboolean
version_info_setattro (PmlObj *o, PmlObj *name, PmlObj *v)
{
  (void) v;
  if (field_index (o, name) >= 0)
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
