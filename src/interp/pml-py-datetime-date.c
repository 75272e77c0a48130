/* pml-py-datetime-date.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <time.h>

#include "pml-py-datetime.h"

/* datetime.date: a year, a month and a day of the proleptic Gregorian
 * calendar. Its methods work on datetimes too (datetime derives from
 * date), reading only the date's fields. */

gboolean
pml_dt_is_date (PmlObj *o)
{
  return pml_native_is (o, &pml_dt_date_type) || pml_native_is (o, &pml_dt_datetime_type);
}

PmlObj *
pml_dt_date_new (PmlObj *type, gint32 year, gint month, gint day)
{
  PmlObj *o;
  PmlDtFields *f;

  (void) type;
  if ((o = pml_native_alloc (&pml_dt_date_type, 0)) == NULL)
    return NULL;
  f = PML_DT (o);
  f->hashcode = -1;
  f->year = year;
  f->month = (guint8) month;
  f->day = (guint8) day;
  return o;
}

static PmlObj *
date_from_ordinal (PmlObj *type, gint64 ord)
{
  gint32 y;
  guint8 m, d;

  if (ord < 1 || ord > PML_DT_MAXORDINAL)
    return pml_err_set (T_OVERFLOW_ERROR, "date value out of range");
  pml_dt_ord_to_ymd (ord, &y, &m, &d);
  return pml_dt_date_new (type, y, m, d);
}

static PmlObj *
date_tp_new (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  static const char *const names[] = { "year", "month", "day", NULL };
  PmlObj *a[3];
  gint64 y, m, d;

  if (!pml_dt_parse_args (NULL, names, 3, 3, args, nargs, kwnames, a) || !pml_dt_int_arg (a[0], &y)
      || !pml_dt_int_arg (a[1], &m) || !pml_dt_int_arg (a[2], &d) || !pml_dt_check_date (y, m, d))
    return NULL;
  return pml_dt_date_new (type, (gint32) y, (gint) m, (gint) d);
}

static PmlObj *
date_repr (PmlObj *o)
{
  PmlDtFields *f = PML_DT (o);

  return pml_str_printf ("%s(%d, %d, %d)", o->type->u.ty.name, f->year, f->month, f->day);
}

static PmlObj *
date_str (PmlObj *o)
{
  PmlDtFields *f = PML_DT (o);

  return pml_str_printf ("%04d-%02d-%02d", f->year, f->month, f->day);
}

/* CPython hashes the packed bytes with the string hash (seeded): any
   stable mix of the fields keeps equal dates equal */
static gint64
date_hash (PmlObj *o, gboolean *ok)
{
  PmlDtFields *f = PML_DT (o);

  *ok = TRUE;
  if (f->hashcode == -1)
    {
      guint64 h = (guint64) pml_dt_ymd_to_ord (f->year, f->month, f->day) * 0x9E3779B97F4A7C15ull;

      f->hashcode = (gint64) (h >> 1);
    }
  return f->hashcode;
}

static PmlObj *
date_richcompare (PmlObj *a, PmlObj *b, int op)
{
  PmlDtFields *x, *y;
  gint64 ox, oy;

  if (!pml_dt_is_date (a) || !pml_dt_is_date (b))
    return pml_incref (NOTIMPL);
  if (pml_dt_is_datetime (a) || pml_dt_is_datetime (b))
    {
      PmlObj *dt = pml_dt_is_datetime (a) ? a : b, *d = dt == a ? b : a;

      if (op == OP_EQ || op == OP_NE)
        return pml_incref (BOOL (op == OP_NE));
      return pml_err_set (T_TYPE_ERROR, "can't compare %s to %s", dt->type->u.ty.name, d->type->u.ty.name);
    }
  x = PML_DT (a);
  y = PML_DT (b);
  ox = pml_dt_ymd_to_ord (x->year, x->month, x->day);
  oy = pml_dt_ymd_to_ord (y->year, y->month, y->day);
  return pml_compare_result (ox < oy ? -1 : ox > oy ? 1 : 0, op);
}

static gint64
ordinal_of (PmlObj *o)
{
  PmlDtFields *f = PML_DT (o);

  return pml_dt_ymd_to_ord (f->year, f->month, f->day);
}

static PmlObj *
date_add (PmlObj *a, PmlObj *b)
{
  PmlObj *date = pml_dt_is_delta (a) ? b : a, *delta = date == a ? b : a;

  if (!pml_native_is (date, &pml_dt_date_type) || !pml_dt_is_delta (delta))
    return pml_incref (NOTIMPL);
  return date_from_ordinal (date->type, ordinal_of (date) + PML_DELTA (delta)->days);
}

static PmlObj *
date_sub (PmlObj *a, PmlObj *b)
{
  if (!pml_native_is (a, &pml_dt_date_type))
    return pml_incref (NOTIMPL);
  if (pml_dt_is_delta (b))
    return date_from_ordinal (a->type, ordinal_of (a) - PML_DELTA (b)->days);
  if (pml_native_is (b, &pml_dt_date_type))
    return pml_dt_delta_new (ordinal_of (a) - ordinal_of (b), 0, 0);
  return pml_incref (NOTIMPL);
}

/* ---- methods, shared with datetime ---- */

#define NO_ARGS(name) G_STMT_START { METHOD_SELF (); NO_KW (name); (void) args; \
  if (nargs != 0) return pml_err_set (T_TYPE_ERROR, "%s() takes no arguments (%zu given)", name, nargs); } G_STMT_END

static PmlObj *
m_weekday (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  NO_ARGS ("weekday");
  return pml_int_new ((ordinal_of (self) + 6) % 7);
}

static PmlObj *
m_isoweekday (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  NO_ARGS ("isoweekday");
  return pml_int_new ((ordinal_of (self) + 6) % 7 + 1);
}

static PmlObj *
m_toordinal (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  NO_ARGS ("toordinal");
  return pml_int_new (ordinal_of (self));
}

static PmlObj *
m_isocalendar (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlDtFields *f;
  gint64 year;
  gint week, weekday;

  NO_ARGS ("isocalendar");
  f = PML_DT (self);
  pml_dt_iso_calendar (f->year, f->month, f->day, &year, &week, &weekday);
  return pml_dt_isocal_new (year, week, weekday);
}

static PmlObj *
m_isoformat (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  NO_ARGS ("isoformat");
  return date_str (self);
}

static PmlObj *
m_ctime (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlDtFields *f;

  NO_ARGS ("ctime");
  f = PML_DT (self);
  return pml_str_printf ("%s %s %2d %02d:%02d:%02d %04d", pml_dt_day_name ((ordinal_of (self) + 6) % 7, TRUE),
                         pml_dt_month_name (f->month, TRUE), f->day, f->hour, f->minute, f->second, f->year);
}

static PmlObj *
m_replace (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  static const char *const names[] = { "year", "month", "day", NULL };
  PmlDtFields *f;
  PmlObj *a[3];
  gint64 y, m, d;

  METHOD_SELF ();
  f = PML_DT (self);
  y = f->year;
  m = f->month;
  d = f->day;
  if (!pml_dt_parse_args ("replace", names, 0, 3, args, nargs, kwnames, a) || !pml_dt_int_arg (a[0], &y)
      || !pml_dt_int_arg (a[1], &m) || !pml_dt_int_arg (a[2], &d) || !pml_dt_check_date (y, m, d))
    return NULL;
  return pml_dt_date_new (self->type, (gint32) y, (gint) m, (gint) d);
}

/* the local date and time now (the clock: a script must not print it) */
PmlObj *
pml_dt_now_fields (PmlObj *tz, PmlDtFields *f)
{
  gint64 now = g_get_real_time ();
  time_t secs = (time_t) (now / 1000000);
  struct tm tm;

  if (tz == NULL || tz == NONE)
    localtime_r (&secs, &tm);
  else
    gmtime_r (&secs, &tm);
  memset (f, 0, sizeof *f);
  f->hashcode = -1;
  f->year = tm.tm_year + 1900;
  f->month = (guint8) (tm.tm_mon + 1);
  f->day = (guint8) tm.tm_mday;
  f->hour = (guint8) tm.tm_hour;
  f->minute = (guint8) tm.tm_min;
  f->second = (guint8) MIN (tm.tm_sec, 59);
  f->us = (gint32) (now % 1000000);
  return NONE;
}

static PmlObj *
m_today (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlDtFields f;

  PML_DT_CLASS_SELF ();
  (void) args;
  NO_KW ("today");
  if (nargs != 0)
    return pml_err_set (T_TYPE_ERROR, "%s.today() takes no arguments (%zu given)",
                        strrchr (self->u.ty.name, '.') + 1, nargs);
  pml_dt_now_fields (NULL, &f);
  if (pml_native_is_type (self, &pml_dt_datetime_type))
    return pml_dt_datetime_new (self, &f, NULL);
  return pml_dt_date_new (self, f.year, f.month, f.day);
}

static PmlObj *
m_fromordinal (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gint64 ord;

  PML_DT_CLASS_SELF ();
  NO_KW ("fromordinal");
  NARGS ("fromordinal", 1, 1);
  if (!pml_dt_int_arg (args[0], &ord))
    return NULL;
  if (ord < 1)
    return pml_err_set (T_VALUE_ERROR, "ordinal must be >= 1");
  if (pml_native_is_type (self, &pml_dt_datetime_type))
    {
      PmlDtFields f = { .hashcode = -1 };

      if (ord > PML_DT_MAXORDINAL)
        return pml_err_set (T_VALUE_ERROR, "year %d is out of range", 10000);
      pml_dt_ord_to_ymd (ord, &f.year, &f.month, &f.day);
      return pml_dt_datetime_new (self, &f, NULL);
    }
  if (ord > PML_DT_MAXORDINAL)
    return pml_err_set (T_VALUE_ERROR, "year %d is out of range", 10000);
  return date_from_ordinal (self, ord);
}

static PmlObj *
m_fromisoformat (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PML_DT_CLASS_SELF ();
  NO_KW ("fromisoformat");
  NARGS ("fromisoformat", 1, 1);
  if (args[0]->kind != K_STR)
    return pml_err_set (T_TYPE_ERROR, "fromisoformat: argument must be str");
  return pml_dt_parse_iso (self, args[0], pml_native_is_type (self, &pml_dt_datetime_type) ? 2 : 0);
}

static PmlObj *
get_year (PmlObj *o)
{
  return pml_int_new (PML_DT (o)->year);
}

static PmlObj *
get_month (PmlObj *o)
{
  return pml_int_new (PML_DT (o)->month);
}

static PmlObj *
get_day (PmlObj *o)
{
  return pml_int_new (PML_DT (o)->day);
}

/* the class methods, bound to the class they are read from */
const PmlMethodDef pml_dt_date_methods[] = {
  { "today", m_today },
  { "fromordinal", m_fromordinal },
  { "fromisoformat", m_fromisoformat },
  { "weekday", m_weekday },
  { "isoweekday", m_isoweekday },
  { "toordinal", m_toordinal },
  { "isocalendar", m_isocalendar },
  { "isoformat", m_isoformat },
  { "ctime", m_ctime },
  { "strftime", pml_dt_method_strftime },
  { "__format__", pml_dt_method_format },
  { "replace", m_replace },
  { NULL, NULL },
};

static const PmlGetSetDef date_getsets[] = {
  { "year", get_year, NULL, FALSE },
  { "month", get_month, NULL, FALSE },
  { "day", get_day, NULL, FALSE },
  { NULL, NULL, NULL, FALSE },
};

static const PmlTypeSlots date_slots = {
  .repr = date_repr,
  .str = date_str,
  .hash = date_hash,
  .richcompare = date_richcompare,
  .getattro = pml_dt_getattro,
  .new_instance = date_tp_new,
  .no_vectorcall = TRUE,
  .nb = {
    [OP_ADD] = date_add,
    [OP_SUB] = date_sub,
  },
  .methods = pml_dt_date_methods,
  .getsets = date_getsets,
};

/* 16 header + hashcode + hastzinfo + 4 bytes of data */
const PmlNativeType pml_dt_date_type = { "datetime.date", 32, &date_slots, NULL };
