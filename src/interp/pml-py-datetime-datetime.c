/* pml-py-datetime-datetime.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>
#include <time.h>

#include "pml-py-datetime.h"

/* datetime.datetime: a date and a time of day, naive or aware (with a
 * tzinfo, whose utcoffset() places it on the UTC line). Arithmetic and
 * comparison go through the microseconds since 0001-01-01. */

#define US_PER_DAY ((__int128) 86400000000)

gboolean
pml_dt_is_datetime (PmlObj *o)
{
  return pml_native_is (o, &pml_dt_datetime_type);
}

PmlObj *
pml_dt_datetime_new (PmlObj *type, const PmlDtFields *f, PmlObj *tzinfo)
{
  PmlObj *o;

  (void) type;
  if ((o = pml_native_alloc (&pml_dt_datetime_type, 0)) == NULL)
    return NULL;
  *PML_DT (o) = *f;
  PML_DT (o)->hashcode = -1;
  PML_DT (o)->tzinfo = tzinfo != NULL && tzinfo != NONE ? pml_incref (tzinfo) : NULL;
  return o;
}

static const char *const field_names[] = {
  "year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo", "fold", NULL,
};

/* the fields given, over @f's; FALSE with CPython's error */
static gboolean
fields_from_args (const char *fname, gsize nrequired, PmlObj **args, gsize nargs, PmlObj *kwnames,
                  PmlDtFields *f, PmlObj **tzinfo)
{
  PmlObj *a[9];
  gint64 v[7] = { f->year, f->month, f->day, f->hour, f->minute, f->second, f->us }, fold = f->fold;

  if (!pml_dt_parse_args (fname, field_names, nrequired, 8, args, nargs, kwnames, a))
    return FALSE;
  for (gsize i = 0; i < 7; i++)
    if (!pml_dt_int_arg (a[i], &v[i]))
      return FALSE;
  if (a[7] != NULL)
    {
      if (!pml_dt_check_tzinfo (a[7]))
        return FALSE;
      *tzinfo = a[7];
    }
  if (!pml_dt_int_arg (a[8], &fold) || !pml_dt_check_date (v[0], v[1], v[2])
      || !pml_dt_check_time (v[3], v[4], v[5], v[6], fold))
    return FALSE;
  f->year = (gint32) v[0];
  f->month = (guint8) v[1];
  f->day = (guint8) v[2];
  f->hour = (guint8) v[3];
  f->minute = (guint8) v[4];
  f->second = (guint8) v[5];
  f->us = (gint32) v[6];
  f->fold = (guint8) fold;
  return TRUE;
}

static PmlObj *
datetime_tp_new (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlDtFields f = { .hashcode = -1 };
  PmlObj *tzinfo = NULL;

  if (!fields_from_args (NULL, 3, args, nargs, kwnames, &f, &tzinfo))
    return NULL;
  return pml_dt_datetime_new (type, &f, tzinfo);
}

/* "datetime.datetime(2024, 3, 1, 9, 30)": the seconds and microseconds
   only when needed */
static PmlObj *
datetime_repr (PmlObj *o)
{
  PmlDtFields *f = PML_DT (o);
  GString *out = g_string_new (NULL);

  g_string_append_printf (out, "%s(%d, %d, %d, %d, %d", o->type->u.ty.name, f->year, f->month, f->day,
                          f->hour, f->minute);
  return pml_dt_finish_repr (out, f);
}

static PmlObj *
isoformat (PmlObj *o, const char *sep, const char *timespec)
{
  PmlDtFields *f = PML_DT (o);
  GString *out = g_string_new (NULL);
  PmlObj *offset;

  g_string_append_printf (out, "%04d-%02d-%02d%s", f->year, f->month, f->day, sep);
  if (!pml_dt_append_isotime (out, f, timespec))
    {
      g_string_free (out, TRUE);
      return NULL;
    }
  if ((offset = pml_dt_utcoffset (f->tzinfo, o)) == NULL)
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
datetime_str (PmlObj *o)
{
  return isoformat (o, " ", "auto");
}

/* microseconds since 0001-01-01T00:00 */
static __int128
local_us (PmlDtFields *f)
{
  return (pml_dt_ymd_to_ord (f->year, f->month, f->day) - 1) * US_PER_DAY
         + ((__int128) f->hour * 3600 + f->minute * 60 + f->second) * 1000000 + f->us;
}

static PmlObj *
from_local_us (PmlObj *type, __int128 us, PmlObj *tzinfo)
{
  PmlDtFields f = { .hashcode = -1 };
  __int128 day = us / US_PER_DAY, rest = us % US_PER_DAY;

  if (us < 0 || day + 1 > PML_DT_MAXORDINAL)
    return pml_err_set (T_OVERFLOW_ERROR, "date value out of range");
  pml_dt_ord_to_ymd ((gint64) day + 1, &f.year, &f.month, &f.day);
  f.us = (gint32) (rest % 1000000);
  rest /= 1000000;
  f.second = (guint8) (rest % 60);
  f.minute = (guint8) (rest / 60 % 60);
  f.hour = (guint8) (rest / 3600);
  return pml_dt_datetime_new (type, &f, tzinfo);
}

/* the offset of an aware datetime, FALSE on error; *aware FALSE when naive */
static gboolean
offset_us (PmlObj *o, gboolean *aware, __int128 *us)
{
  PmlObj *offset = pml_dt_utcoffset (PML_DT (o)->tzinfo, o);

  if (offset == NULL)
    return FALSE;
  *aware = offset != NONE;
  *us = *aware ? pml_dt_delta_to_us (offset) : 0;
  pml_decref (offset);
  return TRUE;
}

static gint64
datetime_hash (PmlObj *o, gboolean *ok)
{
  PmlDtFields *f = PML_DT (o);
  gboolean aware;
  __int128 off, us;

  *ok = TRUE;
  if (f->hashcode == -1)
    {
      if (!offset_us (o, &aware, &off))
        {
          *ok = FALSE;
          return -1;
        }
      us = local_us (f) - off;
      f->hashcode = (gint64) (((guint64) us * 0x9E3779B97F4A7C15ull) >> 1);
    }
  return f->hashcode;
}

static PmlObj *
datetime_richcompare (PmlObj *a, PmlObj *b, int op)
{
  gboolean aware_a, aware_b;
  __int128 off_a = 0, off_b = 0, x, y;

  if (!pml_dt_is_datetime (a) || !pml_dt_is_datetime (b))
    {
      if (pml_dt_is_date (a) && pml_dt_is_date (b))
        {
          if (op == OP_EQ || op == OP_NE)
            return pml_incref (BOOL (op == OP_NE));
          return pml_err_set (T_TYPE_ERROR, "can't compare %s to %s", a->type->u.ty.name, b->type->u.ty.name);
        }
      return pml_incref (NOTIMPL);
    }
  if (PML_DT (a)->tzinfo != PML_DT (b)->tzinfo)
    {
      if (!offset_us (a, &aware_a, &off_a) || !offset_us (b, &aware_b, &off_b))
        return NULL;
      if (aware_a != aware_b)
        {
          if (op == OP_EQ || op == OP_NE)
            return pml_incref (BOOL (op == OP_NE));
          return pml_err_set (T_TYPE_ERROR, "can't compare offset-naive and offset-aware datetimes");
        }
    }
  x = local_us (PML_DT (a)) - off_a;
  y = local_us (PML_DT (b)) - off_b;
  return pml_compare_result (x < y ? -1 : x > y ? 1 : 0, op);
}

static PmlObj *
datetime_add (PmlObj *a, PmlObj *b)
{
  PmlObj *dt = pml_dt_is_delta (a) ? b : a, *delta = dt == a ? b : a;

  if (!pml_dt_is_datetime (dt) || !pml_dt_is_delta (delta))
    return pml_incref (NOTIMPL);
  return from_local_us (dt->type, local_us (PML_DT (dt)) + pml_dt_delta_to_us (delta), PML_DT (dt)->tzinfo);
}

static PmlObj *
datetime_sub (PmlObj *a, PmlObj *b)
{
  gboolean aware_a, aware_b;
  __int128 off_a = 0, off_b = 0;

  if (!pml_dt_is_datetime (a))
    return pml_incref (NOTIMPL);
  if (pml_dt_is_delta (b))
    return from_local_us (a->type, local_us (PML_DT (a)) - pml_dt_delta_to_us (b), PML_DT (a)->tzinfo);
  if (!pml_dt_is_datetime (b))
    return pml_incref (NOTIMPL);
  if (PML_DT (a)->tzinfo != PML_DT (b)->tzinfo)
    {
      if (!offset_us (a, &aware_a, &off_a) || !offset_us (b, &aware_b, &off_b))
        return NULL;
      if (aware_a != aware_b)
        return pml_err_set (T_TYPE_ERROR, "can't subtract offset-naive and offset-aware datetimes");
    }
  return pml_dt_delta_from_us ((local_us (PML_DT (a)) - off_a) - (local_us (PML_DT (b)) - off_b));
}

/* ---- methods ---- */

static PmlObj *
m_isoformat (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  static const char *const names[] = { "sep", "timespec", NULL };
  PmlObj *a[2];

  METHOD_SELF ();
  if (!pml_dt_parse_args ("isoformat", names, 0, 2, args, nargs, kwnames, a))
    return NULL;
  if (a[0] != NULL && (a[0]->kind != K_STR || a[0]->u.s.len != 1))
    return pml_err_set (T_TYPE_ERROR, "isoformat() argument 1 must be a unicode character, not %s",
                        pml_type_name (a[0]));
  if (a[1] != NULL && a[1]->kind != K_STR)
    return pml_err_set (T_TYPE_ERROR, "isoformat() argument 2 must be str, not %s", pml_type_name (a[1]));
  return isoformat (self, a[0] ? a[0]->u.s.s : "T", a[1] ? a[1]->u.s.s : "auto");
}

static PmlObj *
m_now (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  static const char *const names[] = { "tz", NULL };
  PmlDtFields f;
  PmlObj *a[1], *utc, *r, *offset;

  PML_DT_CLASS_SELF ();
  if (!pml_dt_parse_args ("now", names, 0, 1, args, nargs, kwnames, a))
    return NULL;
  if (a[0] != NULL && !pml_dt_check_tzinfo (a[0]))
    return NULL;
  pml_dt_now_fields (a[0], &f);
  if (a[0] == NULL || a[0] == NONE)
    return pml_dt_datetime_new (self, &f, NULL);
  /* tz.fromutc (the UTC time): a fixed offset added */
  if ((utc = pml_dt_datetime_new (self, &f, a[0])) == NULL)
    return NULL;
  if ((offset = pml_dt_utcoffset (a[0], utc)) == NULL)
    {
      pml_decref (utc);
      return NULL;
    }
  r = from_local_us (self, local_us (&f) + (offset != NONE ? pml_dt_delta_to_us (offset) : 0), a[0]);
  pml_decref (offset);
  pml_decref (utc);
  return r;
}

static PmlObj *
m_combine (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  static const char *const names[] = { "date", "time", "tzinfo", NULL };
  PmlDtFields f;
  PmlObj *a[3], *tz;

  PML_DT_CLASS_SELF ();
  if (!pml_dt_parse_args ("combine", names, 2, 3, args, nargs, kwnames, a))
    return NULL;
  if (!pml_dt_is_date (a[0]))
    return pml_err_set (T_TYPE_ERROR, "combine() argument 1 must be datetime.date, not %s",
                        pml_type_name (a[0]));
  if (!pml_dt_is_time (a[1]))
    return pml_err_set (T_TYPE_ERROR, "combine() argument 2 must be datetime.time, not %s",
                        pml_type_name (a[1]));
  if (a[2] != NULL && !pml_dt_check_tzinfo (a[2]))
    return NULL;
  f = *PML_DT (a[1]);
  f.year = PML_DT (a[0])->year;
  f.month = PML_DT (a[0])->month;
  f.day = PML_DT (a[0])->day;
  tz = a[2] != NULL ? a[2] : PML_DT (a[1])->tzinfo;
  return pml_dt_datetime_new (self, &f, tz);
}

static PmlObj *
m_fromtimestamp (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  static const char *const names[] = { "timestamp", "tz", NULL };
  PmlObj *a[2];
  double ts;
  __int128 us;
  time_t secs;
  struct tm tm;
  gint64 gmtoff = 0;

  PML_DT_CLASS_SELF ();
  if (!pml_dt_parse_args ("fromtimestamp", names, 1, 2, args, nargs, kwnames, a))
    return NULL;
  if (a[0]->kind == K_FLOAT)
    ts = a[0]->u.f;
  else if (a[0]->kind == K_INT || a[0]->kind == K_BOOL)
    ts = (double) a[0]->u.i.v;
  else
    return pml_err_set (T_TYPE_ERROR, "'%s' object cannot be interpreted as an integer", pml_type_name (a[0]));
  if (a[1] != NULL && !pml_dt_check_tzinfo (a[1]))
    return NULL;
  us = (__int128) rint (ts * 1e6);
  secs = (time_t) (us >= 0 ? us / 1000000 : (us - 999999) / 1000000);
  if (a[1] == NULL || a[1] == NONE)
    {
      localtime_r (&secs, &tm);
      gmtoff = tm.tm_gmtoff;
    }
  /* 1970-01-01 is day 719163 */
  us += (__int128) 719162 * US_PER_DAY + (__int128) gmtoff * 1000000;
  if (a[1] != NULL && a[1] != NONE && pml_dt_is_timezone (a[1]))
    us += pml_dt_delta_to_us (PML_TZ (a[1])->offset);
  return from_local_us (self, us, a[1]);
}

static PmlObj *
m_timestamp (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gboolean aware;
  __int128 off, us;

  METHOD_SELF ();
  NO_KW ("timestamp");
  (void) args;
  NARGS ("timestamp", 0, 0);
  if (!offset_us (self, &aware, &off))
    return NULL;
  us = local_us (PML_DT (self)) - off - (__int128) 719162 * US_PER_DAY;
  if (!aware)
    {
      /* a naive datetime is local time */
      time_t secs = (time_t) (us / 1000000);
      struct tm tm;

      localtime_r (&secs, &tm);
      us -= (__int128) tm.tm_gmtoff * 1000000;
    }
  return pml_float_new ((double) us / 1e6);
}

static PmlObj *
m_date (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  METHOD_SELF ();
  NO_KW ("date");
  (void) args;
  NARGS ("date", 0, 0);
  return pml_dt_date_new (NULL, PML_DT (self)->year, PML_DT (self)->month, PML_DT (self)->day);
}

static PmlObj *
m_time (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  METHOD_SELF ();
  NO_KW ("time");
  (void) args;
  NARGS ("time", 0, 0);
  return pml_dt_time_new (PML_DT (self), NULL);
}

static PmlObj *
m_timetz (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  METHOD_SELF ();
  NO_KW ("timetz");
  (void) args;
  NARGS ("timetz", 0, 0);
  return pml_dt_time_new (PML_DT (self), PML_DT (self)->tzinfo);
}

static PmlObj *
m_replace (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlDtFields f;
  PmlObj *tz;

  METHOD_SELF ();
  f = *PML_DT (self);
  tz = f.tzinfo;
  if (!fields_from_args ("replace", 0, args, nargs, kwnames, &f, &tz))
    return NULL;
  return pml_dt_datetime_new (self->type, &f, tz);
}

static PmlObj *
m_utcoffset (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  METHOD_SELF ();
  NO_KW ("utcoffset");
  (void) args;
  NARGS ("utcoffset", 0, 0);
  return pml_dt_utcoffset (PML_DT (self)->tzinfo, self);
}

static PmlObj *
m_tzname (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  METHOD_SELF ();
  NO_KW ("tzname");
  (void) args;
  NARGS ("tzname", 0, 0);
  return pml_dt_tzname (PML_DT (self)->tzinfo, self);
}

static PmlObj *
m_dst (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  METHOD_SELF ();
  NO_KW ("dst");
  (void) args;
  NARGS ("dst", 0, 0);
  return pml_incref (NONE);
}

/* to another fixed offset: the same instant, the new zone's wall clock */
static PmlObj *
m_astimezone (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  static const char *const names[] = { "tz", NULL };
  PmlObj *a[1], *target, *offset;
  gboolean aware;
  __int128 off, us;

  METHOD_SELF ();
  if (!pml_dt_parse_args ("astimezone", names, 0, 1, args, nargs, kwnames, a))
    return NULL;
  if (a[0] != NULL && a[0] != NONE && !pml_dt_check_tzinfo (a[0]))
    return NULL;
  if (!offset_us (self, &aware, &off))
    return NULL;
  us = local_us (PML_DT (self)) - off;
  if (!aware)
    {
      time_t secs = (time_t) ((us - (__int128) 719162 * US_PER_DAY) / 1000000);
      struct tm tm;

      localtime_r (&secs, &tm);
      us -= (__int128) tm.tm_gmtoff * 1000000;
    }
  target = a[0];
  if (target == NULL || target == NONE)
    return pml_err_set (T_NOT_IMPLEMENTED_ERROR, "astimezone() to the local zone is not simulated");
  if ((offset = pml_dt_utcoffset (target, self)) == NULL)
    return NULL;
  if (offset != NONE)
    us += pml_dt_delta_to_us (offset);
  pml_decref (offset);
  return from_local_us (self->type, us, target);
}

static PmlObj *
get_hour (PmlObj *o)
{
  return pml_int_new (PML_DT (o)->hour);
}

static PmlObj *
get_minute (PmlObj *o)
{
  return pml_int_new (PML_DT (o)->minute);
}

static PmlObj *
get_second (PmlObj *o)
{
  return pml_int_new (PML_DT (o)->second);
}

static PmlObj *
get_us (PmlObj *o)
{
  return pml_int_new (PML_DT (o)->us);
}

static PmlObj *
get_tzinfo (PmlObj *o)
{
  return pml_incref (PML_DT (o)->tzinfo != NULL ? PML_DT (o)->tzinfo : NONE);
}

static PmlObj *
get_fold (PmlObj *o)
{
  return pml_int_new (PML_DT (o)->fold);
}

const PmlGetSetDef pml_dt_time_getsets[] = {
  { "hour", get_hour, NULL, FALSE },
  { "minute", get_minute, NULL, FALSE },
  { "second", get_second, NULL, FALSE },
  { "microsecond", get_us, NULL, FALSE },
  { "tzinfo", get_tzinfo, NULL, FALSE },
  { "fold", get_fold, NULL, FALSE },
  { NULL, NULL, NULL, FALSE },
};

const PmlMethodDef pml_dt_datetime_methods[] = {
  { "now", m_now },
  { "combine", m_combine },
  { "fromtimestamp", m_fromtimestamp },
  { "isoformat", m_isoformat },
  { "timestamp", m_timestamp },
  { "date", m_date },
  { "time", m_time },
  { "timetz", m_timetz },
  { "replace", m_replace },
  { "utcoffset", m_utcoffset },
  { "tzname", m_tzname },
  { "dst", m_dst },
  { "astimezone", m_astimezone },
  { NULL, NULL },
};

static void
datetime_referents (PmlObj *o, PmlEdgeFunc edge, gpointer data)
{
  if (PML_DT (o)->tzinfo != NULL)
    edge (PML_DT (o)->tzinfo, "tzinfo", FALSE, data);
}

gboolean
pml_dt_fields_dealloc (PmlObj *o)
{
  PML_CLEAR (PML_DT (o)->tzinfo);
  return FALSE;
}

static const PmlTypeSlots datetime_slots = {
  .repr = datetime_repr,
  .str = datetime_str,
  .hash = datetime_hash,
  .richcompare = datetime_richcompare,
  .getattro = pml_dt_getattro,
  .new_instance = datetime_tp_new,
  .no_vectorcall = TRUE,
  .nb = {
    [OP_ADD] = datetime_add,
    [OP_SUB] = datetime_sub,
  },
  .methods = pml_dt_datetime_methods,
  .getsets = pml_dt_time_getsets,
  .dealloc = pml_dt_fields_dealloc,
  .referents = datetime_referents,
};

/* 16 header + hashcode + hastzinfo + 10 bytes of data + tzinfo */
const PmlNativeType pml_dt_datetime_type = { "datetime.datetime", 48, &datetime_slots, &pml_dt_date_type };
