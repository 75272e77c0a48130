/* pml-py-datetime-time.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-datetime.h"

/* datetime.time: a time of day, naive or with a tzinfo; and the fixed
 * offset zones, tzinfo's one concrete subclass timezone. */


gboolean
pml_dt_is_time (PmlObj *o)
{
  return pml_native_is (o, &pml_dt_time_type);
}

PmlObj *
pml_dt_time_new (const PmlDtFields *f, PmlObj *tzinfo)
{
  PmlObj *o;
  PmlDtFields *t;

  if ((o = pml_native_alloc (&pml_dt_time_type, 0)) == NULL)
    return NULL;
  t = PML_DT (o);
  t->hashcode = -1;
  t->hour = f->hour;
  t->minute = f->minute;
  t->second = f->second;
  t->us = f->us;
  t->fold = f->fold;
  t->tzinfo = tzinfo != NULL && tzinfo != NONE ? pml_incref (tzinfo) : NULL;
  return o;
}

static const char *const time_names[] = { "hour", "minute", "second", "microsecond", "tzinfo", "fold", NULL };

static gboolean
time_fields (const char *fname, PmlObj **args, gsize nargs, PmlObj *kwnames, PmlDtFields *f, PmlObj **tz)
{
  PmlObj *a[6];
  gint64 v[4] = { f->hour, f->minute, f->second, f->us }, fold = f->fold;

  if (!pml_dt_parse_args (fname, time_names, 0, 5, args, nargs, kwnames, a))
    return FALSE;
  for (gsize i = 0; i < 4; i++)
    if (!pml_dt_int_arg (a[i], &v[i]))
      return FALSE;
  if (a[4] != NULL)
    {
      if (!pml_dt_check_tzinfo (a[4]))
        return FALSE;
      *tz = a[4];
    }
  if (!pml_dt_int_arg (a[5], &fold) || !pml_dt_check_time (v[0], v[1], v[2], v[3], fold))
    return FALSE;
  f->hour = (guint8) v[0];
  f->minute = (guint8) v[1];
  f->second = (guint8) v[2];
  f->us = (gint32) v[3];
  f->fold = (guint8) fold;
  return TRUE;
}

static PmlObj *
time_tp_new (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlDtFields f = { .hashcode = -1 };
  PmlObj *tz = NULL;

  (void) type;
  if (!time_fields (NULL, args, nargs, kwnames, &f, &tz))
    return NULL;
  return pml_dt_time_new (&f, tz);
}

static PmlObj *
time_repr (PmlObj *o)
{
  PmlDtFields *f = PML_DT (o);
  GString *out = g_string_new (NULL);

  g_string_append_printf (out, "%s(%d, %d", o->type->u.ty.name, f->hour, f->minute);
  return pml_dt_finish_repr (out, f);
}

static PmlObj *
time_isoformat (PmlObj *o, const char *timespec)
{
  GString *out = g_string_new (NULL);
  PmlObj *offset;

  if (!pml_dt_append_isotime (out, PML_DT (o), timespec)
      || (offset = pml_dt_utcoffset (PML_DT (o)->tzinfo, NONE)) == NULL)
    {
      g_string_free (out, TRUE);
      return NULL;
    }
  if (offset != NONE)
    pml_dt_append_offset (out, offset, ":");
  pml_decref (offset);
  return pml_str_from_gstring (out);
}

static PmlObj *
time_str (PmlObj *o)
{
  return time_isoformat (o, "auto");
}

static gint64
time_of_day_us (PmlDtFields *f)
{
  return ((gint64) f->hour * 3600 + f->minute * 60 + f->second) * 1000000 + f->us;
}

static gint64
time_hash (PmlObj *o, gboolean *ok)
{
  PmlDtFields *f = PML_DT (o);

  *ok = TRUE;
  if (f->hashcode == -1)
    f->hashcode = (gint64) (((guint64) time_of_day_us (f) * 0x9E3779B97F4A7C15ull) >> 1);
  return f->hashcode;
}

static PmlObj *
time_richcompare (PmlObj *a, PmlObj *b, int op)
{
  gint64 x, y;

  if (!pml_dt_is_time (a) || !pml_dt_is_time (b))
    return pml_incref (NOTIMPL);
  x = time_of_day_us (PML_DT (a));
  y = time_of_day_us (PML_DT (b));
  return pml_compare_result (x < y ? -1 : x > y ? 1 : 0, op);
}

static PmlObj *
m_isoformat (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  static const char *const names[] = { "timespec", NULL };
  PmlObj *a[1];

  METHOD_SELF ();
  if (!pml_dt_parse_args ("isoformat", names, 0, 1, args, nargs, kwnames, a))
    return NULL;
  if (a[0] != NULL && a[0]->kind != K_STR)
    return pml_err_set (T_TYPE_ERROR, "isoformat() argument 1 must be str, not %s", pml_type_name (a[0]));
  return time_isoformat (self, a[0] ? a[0]->u.s.s : "auto");
}

static PmlObj *
m_replace (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlDtFields f;
  PmlObj *tz;

  METHOD_SELF ();
  f = *PML_DT (self);
  tz = f.tzinfo;
  if (!time_fields ("replace", args, nargs, kwnames, &f, &tz))
    return NULL;
  return pml_dt_time_new (&f, tz);
}

static PmlObj *
m_fromisoformat (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PML_DT_CLASS_SELF ();
  NO_KW ("fromisoformat");
  NARGS ("fromisoformat", 1, 1);
  if (args[0]->kind != K_STR)
    return pml_err_set (T_TYPE_ERROR, "fromisoformat: argument must be str");
  return pml_dt_parse_iso (self, args[0], 1);
}

static PmlObj *
m_utcoffset (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  METHOD_SELF ();
  NO_KW ("utcoffset");
  (void) args;
  NARGS ("utcoffset", 0, 0);
  return pml_dt_utcoffset (PML_DT (self)->tzinfo, NONE);
}

const PmlMethodDef pml_dt_time_methods[] = {
  { "fromisoformat", m_fromisoformat },
  { "isoformat", m_isoformat },
  { "replace", m_replace },
  { "strftime", pml_dt_method_strftime },
  { "__format__", pml_dt_method_format },
  { "utcoffset", m_utcoffset },
  { NULL, NULL },
};

static void
time_referents (PmlObj *o, PmlEdgeFunc edge, gpointer data)
{
  if (PML_DT (o)->tzinfo != NULL)
    edge (PML_DT (o)->tzinfo, "tzinfo", FALSE, data);
}

static const PmlTypeSlots time_slots = {
  .repr = time_repr,
  .str = time_str,
  .hash = time_hash,
  .richcompare = time_richcompare,
  .getattro = pml_dt_getattro,
  .new_instance = time_tp_new,
  .no_vectorcall = TRUE,
  .methods = pml_dt_time_methods,
  .getsets = pml_dt_time_getsets,
  .dealloc = pml_dt_fields_dealloc,
  .referents = time_referents,
};

/* 16 header + hashcode + hastzinfo + 6 bytes of data + tzinfo */
const PmlNativeType pml_dt_time_type = { "datetime.time", 40, &time_slots, NULL };

/* ---- tzinfo and timezone ---- */

gboolean
pml_dt_is_timezone (PmlObj *o)
{
  return pml_native_is (o, &pml_dt_timezone_type);
}

PmlObj *
pml_dt_timezone_new (PmlObj *offset, PmlObj *name)
{
  PmlObj *o = pml_native_alloc (&pml_dt_timezone_type, 0);

  if (o == NULL)
    return NULL;
  PML_TZ (o)->offset = pml_incref (offset);
  PML_TZ (o)->name = name != NULL ? pml_incref (name) : NULL;
  return o;
}

static PmlObj *
timezone_tp_new (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  static const char *const names[] = { "offset", "name", NULL };
  PmlObj *a[2], *r;
  __int128 us;

  (void) type;
  if (!pml_dt_parse_args ("timezone", names, 1, 2, args, nargs, kwnames, a))
    return NULL;
  if (!pml_dt_is_delta (a[0]))
    return pml_err_set (T_TYPE_ERROR, "timezone() argument 1 must be datetime.timedelta, not %s",
                        pml_type_name (a[0]));
  if (a[1] != NULL && a[1]->kind != K_STR)
    return pml_err_set (T_TYPE_ERROR, "timezone() argument 2 must be str, not %s", pml_type_name (a[1]));
  us = pml_dt_delta_to_us (a[0]);
  if (us <= -(__int128) 86400000000 || us >= (__int128) 86400000000)
    {
      PmlObj *rep = pml_repr (a[0]);

      if (rep == NULL)
        return NULL;
      r = pml_err_set (T_VALUE_ERROR, "offset must be a timedelta strictly between -timedelta(hours=24) "
                       "and timedelta(hours=24), not %s.", rep->u.s.s);
      pml_decref (rep);
      return r;
    }
  /* timezone(timedelta(0)) is timezone.utc itself */
  if (a[1] == NULL && us == 0)
    return pml_incref (pml_dt_utc ());
  return pml_dt_timezone_new (a[0], a[1]);
}

static PmlObj *
timezone_repr (PmlObj *o)
{
  PmlTimezoneFields *z = PML_TZ (o);
  GString *out;

  if (o == pml_dt_utc ())
    return pml_str_new ("datetime.timezone.utc", -1);
  out = g_string_new ("datetime.timezone(");
  if (!pml_append_repr (out, z->offset)
      || (z->name != NULL && (g_string_append (out, ", "), !pml_append_repr (out, z->name))))
    {
      g_string_free (out, TRUE);
      return NULL;
    }
  g_string_append_c (out, ')');
  return pml_str_from_gstring (out);
}

/* "UTC", "UTC+05:30", or the name it was given */
static PmlObj *
timezone_name (PmlObj *o)
{
  PmlTimezoneFields *z = PML_TZ (o);
  GString *out;

  if (z->name != NULL)
    return pml_incref (z->name);
  if (o == pml_dt_utc () || pml_dt_delta_to_us (z->offset) == 0)
    return pml_str_new ("UTC", 3);
  out = g_string_new ("UTC");
  pml_dt_append_offset (out, z->offset, ":");
  return pml_str_from_gstring (out);
}

static gint64
timezone_hash (PmlObj *o, gboolean *ok)
{
  return pml_hash (PML_TZ (o)->offset, ok);
}

static PmlObj *
timezone_richcompare (PmlObj *a, PmlObj *b, int op)
{
  if (!pml_dt_is_timezone (a) || !pml_dt_is_timezone (b) || (op != OP_EQ && op != OP_NE))
    return pml_incref (NOTIMPL);
  return pml_incref (BOOL ((pml_dt_delta_to_us (PML_TZ (a)->offset) == pml_dt_delta_to_us (PML_TZ (b)->offset))
                           == (op == OP_EQ)));
}

static PmlObj *
m_tz_utcoffset (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  METHOD_SELF ();
  NO_KW ("utcoffset");
  NARGS ("utcoffset", 1, 1);
  return pml_incref (PML_TZ (self)->offset);
}

static PmlObj *
m_tz_tzname (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  METHOD_SELF ();
  NO_KW ("tzname");
  NARGS ("tzname", 1, 1);
  return timezone_name (self);
}

static PmlObj *
m_tz_dst (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  METHOD_SELF ();
  NO_KW ("dst");
  NARGS ("dst", 1, 1);
  return pml_incref (NONE);
}

static const PmlMethodDef timezone_methods[] = {
  { "utcoffset", m_tz_utcoffset },
  { "tzname", m_tz_tzname },
  { "dst", m_tz_dst },
  { NULL, NULL },
};

static gboolean
timezone_dealloc (PmlObj *o)
{
  PML_CLEAR (PML_TZ (o)->offset);
  PML_CLEAR (PML_TZ (o)->name);
  return FALSE;
}

static void
timezone_referents (PmlObj *o, PmlEdgeFunc edge, gpointer data)
{
  if (!edge (PML_TZ (o)->offset, "offset", FALSE, data) && PML_TZ (o)->name != NULL)
    edge (PML_TZ (o)->name, "name", FALSE, data);
}

static const PmlTypeSlots timezone_slots = {
  .repr = timezone_repr,
  .str = timezone_name,
  .hash = timezone_hash,
  .richcompare = timezone_richcompare,
  .getattro = pml_dt_getattro,
  .new_instance = timezone_tp_new,
  .no_vectorcall = TRUE,
  .methods = timezone_methods,
  .dealloc = timezone_dealloc,
  .referents = timezone_referents,
};

/* 16 header + offset + name */
const PmlNativeType pml_dt_timezone_type = { "datetime.timezone", 32, &timezone_slots, &pml_dt_tzinfo_type };

static PmlObj *
tzinfo_tp_new (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) args;
  (void) nargs;
  (void) kwnames;
  (void) type;
  return pml_native_alloc (&pml_dt_tzinfo_type, 0);
}

static const PmlTypeSlots tzinfo_slots = {
  .repr = pml_object_repr,
  .hash = pml_object_hash,
  .richcompare = pml_object_richcompare,
  .getattro = pml_dt_getattro,
  .new_instance = tzinfo_tp_new,
  .no_vectorcall = TRUE,
};

const PmlNativeType pml_dt_tzinfo_type = { "datetime.tzinfo", 16, &tzinfo_slots, NULL };

/* ---- offsets ---- */

PmlObj *
pml_dt_utcoffset (PmlObj *tzinfo, PmlObj *dt)
{
  if (tzinfo == NULL || tzinfo == NONE)
    return pml_incref (NONE);
  if (pml_dt_is_timezone (tzinfo))
    return pml_incref (PML_TZ (tzinfo)->offset);
  (void) dt;
  return pml_incref (NONE);
}

PmlObj *
pml_dt_tzname (PmlObj *tzinfo, PmlObj *dt)
{
  (void) dt;
  if (tzinfo == NULL || tzinfo == NONE || !pml_dt_is_timezone (tzinfo))
    return pml_incref (NONE);
  return timezone_name (tzinfo);
}

void
pml_dt_append_offset (GString *out, PmlObj *offset, const char *sep)
{
  __int128 us = pml_dt_delta_to_us (offset);
  char sign = us < 0 ? '-' : '+';
  gint64 secs, rest;

  if (us < 0)
    us = -us;
  secs = (gint64) (us / 1000000);
  rest = (gint64) (us % 1000000);
  g_string_append_printf (out, "%c%02d%s%02d", sign, (int) (secs / 3600), sep, (int) (secs / 60 % 60));
  if (secs % 60 != 0 || rest != 0)
    g_string_append_printf (out, "%s%02d", sep, (int) (secs % 60));
  if (rest != 0)
    g_string_append_printf (out, ".%06d", (int) rest);
}
