/* pml-py-datetime-format.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-datetime.h"

/* The texts of dates and times: strftime as glibc writes it in the C
 * locale (with Python's own %f, %z and %Z), isoformat, and the parsing of
 * fromisoformat. */

/* a time's date is 1900-01-01, a date's time midnight */
static void
calendar_fields (PmlObj *o, PmlDtFields *f)
{
  *f = *PML_DT (o);
  if (pml_dt_is_time (o))
    {
      f->year = 1900;
      f->month = 1;
      f->day = 1;
    }
}

static void
append_code (GString *out, PmlObj *o, const PmlDtFields *f, char c)
{
  gint wd = pml_dt_weekday (f->year, f->month, f->day), yday = pml_dt_day_of_year (f->year, f->month, f->day);
  gint hour12 = f->hour % 12 == 0 ? 12 : f->hour % 12;
  gint64 iso_year;
  gint iso_week, iso_wd;
  PmlObj *v;

  switch (c)
    {
    case 'a': g_string_append (out, pml_dt_day_name (wd, TRUE)); break;
    case 'A': g_string_append (out, pml_dt_day_name (wd, FALSE)); break;
    case 'b': case 'h': g_string_append (out, pml_dt_month_name (f->month, TRUE)); break;
    case 'B': g_string_append (out, pml_dt_month_name (f->month, FALSE)); break;
    case 'c':
      g_string_append_printf (out, "%s %s %2d %02d:%02d:%02d %d", pml_dt_day_name (wd, TRUE),
                              pml_dt_month_name (f->month, TRUE), f->day, f->hour, f->minute, f->second, f->year);
      break;
    case 'C': g_string_append_printf (out, f->year < 100 ? "%d" : "%02d", f->year / 100); break;
    case 'd': g_string_append_printf (out, "%02d", f->day); break;
    case 'D': case 'x':
      g_string_append_printf (out, "%02d/%02d/%02d", f->month, f->day, f->year % 100);
      break;
    case 'e': g_string_append_printf (out, "%2d", f->day); break;
    case 'f': g_string_append_printf (out, "%06d", f->us); break;
    case 'F': g_string_append_printf (out, "%d-%02d-%02d", f->year, f->month, f->day); break;
    case 'G': case 'g': case 'V': case 'u':
      pml_dt_iso_calendar (f->year, f->month, f->day, &iso_year, &iso_week, &iso_wd);
      if (c == 'G')
        g_string_append_printf (out, "%" G_GINT64_FORMAT, iso_year);
      else if (c == 'g')
        g_string_append_printf (out, "%02d", (int) (iso_year % 100));
      else if (c == 'V')
        g_string_append_printf (out, "%02d", iso_week);
      else
        g_string_append_printf (out, "%d", iso_wd);
      break;
    case 'H': g_string_append_printf (out, "%02d", f->hour); break;
    case 'I': g_string_append_printf (out, "%02d", hour12); break;
    case 'j': g_string_append_printf (out, "%03d", yday); break;
    case 'k': g_string_append_printf (out, "%2d", f->hour); break;
    case 'l': g_string_append_printf (out, "%2d", hour12); break;
    case 'm': g_string_append_printf (out, "%02d", f->month); break;
    case 'M': g_string_append_printf (out, "%02d", f->minute); break;
    case 'n': g_string_append_c (out, '\n'); break;
    case 'p': g_string_append (out, f->hour < 12 ? "AM" : "PM"); break;
    case 'r': g_string_append_printf (out, "%02d:%02d:%02d %s", hour12, f->minute, f->second,
                                      f->hour < 12 ? "AM" : "PM"); break;
    case 'R': g_string_append_printf (out, "%02d:%02d", f->hour, f->minute); break;
    case 'S': g_string_append_printf (out, "%02d", f->second); break;
    case 't': g_string_append_c (out, '\t'); break;
    case 'T': case 'X':
      g_string_append_printf (out, "%02d:%02d:%02d", f->hour, f->minute, f->second);
      break;
    case 'U': g_string_append_printf (out, "%02d", (yday + 6 - (wd + 1) % 7) / 7); break;
    case 'W': g_string_append_printf (out, "%02d", (yday + 6 - wd) / 7); break;
    case 'w': g_string_append_printf (out, "%d", (wd + 1) % 7); break;
    case 'y': g_string_append_printf (out, "%02d", f->year % 100); break;
    case 'Y': g_string_append_printf (out, "%d", f->year); break;
    case 'z':
      v = pml_dt_utcoffset (f->tzinfo, o);
      if (v != NULL && v != NONE)
        pml_dt_append_offset (out, v, "");
      pml_xdecref (v);
      break;
    case 'Z':
      v = pml_dt_tzname (f->tzinfo, o);
      if (v != NULL && v != NONE)
        g_string_append (out, v->u.s.s);
      pml_xdecref (v);
      break;
    case '%': g_string_append_c (out, '%'); break;
    default:
      g_string_append_c (out, '%');
      g_string_append_c (out, c);
    }
}

PmlObj *
pml_dt_strftime (PmlObj *o, PmlObj *format)
{
  GString *out = g_string_new (NULL);
  const char *p = format->u.s.s, *end = p + format->u.s.nbytes;
  PmlDtFields f;

  calendar_fields (o, &f);
  for (; p < end; p++)
    if (*p != '%')
      g_string_append_c (out, *p);
    else if (p + 1 == end)
      g_string_append_c (out, '%');
    else
      append_code (out, o, &f, *++p);
  return pml_str_from_gstring (out);
}

gboolean
pml_dt_append_isotime (GString *out, const PmlDtFields *f, const char *timespec)
{
  if (strcmp (timespec, "auto") == 0)
    timespec = f->us != 0 ? "microseconds" : "seconds";
  if (strcmp (timespec, "hours") == 0)
    g_string_append_printf (out, "%02d", f->hour);
  else if (strcmp (timespec, "minutes") == 0)
    g_string_append_printf (out, "%02d:%02d", f->hour, f->minute);
  else if (strcmp (timespec, "seconds") == 0)
    g_string_append_printf (out, "%02d:%02d:%02d", f->hour, f->minute, f->second);
  else if (strcmp (timespec, "milliseconds") == 0)
    g_string_append_printf (out, "%02d:%02d:%02d.%03d", f->hour, f->minute, f->second, f->us / 1000);
  else if (strcmp (timespec, "microseconds") == 0)
    g_string_append_printf (out, "%02d:%02d:%02d.%06d", f->hour, f->minute, f->second, f->us);
  else
    {
      pml_err_set (T_VALUE_ERROR, "Unknown timespec value");
      return FALSE;
    }
  return TRUE;
}

/* ---- fromisoformat ---- */

static gboolean
digits (const char **p, const char *end, gint n, gint64 *v)
{
  *v = 0;
  for (gint i = 0; i < n; i++, (*p)++)
    {
      if (*p >= end || !g_ascii_isdigit (**p))
        return FALSE;
      *v = *v * 10 + (**p - '0');
    }
  return TRUE;
}

/* YYYY-MM-DD or YYYYMMDD */
static gboolean
parse_date (const char **p, const char *end, gint64 *y, gint64 *m, gint64 *d)
{
  gboolean dashed;

  if (!digits (p, end, 4, y))
    return FALSE;
  dashed = *p < end && **p == '-';
  if (dashed)
    (*p)++;
  if (!digits (p, end, 2, m))
    return FALSE;
  if (dashed && (*p >= end || *(*p)++ != '-'))
    return FALSE;
  return digits (p, end, 2, d);
}

/* HH[:MM[:SS[.fff[fff]]]] and an offset: Z, +HH:MM[:SS[.ffffff]] */
static gboolean
parse_time (const char **p, const char *end, gint64 v[4], gint64 *offset_us, gboolean *has_offset)
{
  gint64 frac;
  const char *start;

  v[1] = v[2] = v[3] = 0;
  if (!digits (p, end, 2, &v[0]))
    return FALSE;
  for (gint i = 1; i < 3 && *p < end && **p != '+' && **p != '-' && **p != 'Z' && **p != '.'; i++)
    {
      if (**p == ':')
        (*p)++;
      if (!digits (p, end, 2, &v[i]))
        return FALSE;
    }
  if (*p < end && (**p == '.' || **p == ','))
    {
      (*p)++;
      start = *p;
      frac = 0;
      while (*p < end && g_ascii_isdigit (**p) && *p - start < 6)
        frac = frac * 10 + (*(*p)++ - '0');
      if (*p - start != 3 && *p - start != 6)
        return FALSE;
      v[3] = *p - start == 3 ? frac * 1000 : frac;
      while (*p < end && g_ascii_isdigit (**p))
        (*p)++;
    }
  *has_offset = FALSE;
  if (*p < end && **p == 'Z')
    {
      (*p)++;
      *has_offset = TRUE;
      *offset_us = 0;
    }
  else if (*p < end && (**p == '+' || **p == '-'))
    {
      gint sign = *(*p)++ == '-' ? -1 : 1;
      gint64 t[4];
      gboolean inner;
      gint64 ignored;

      if (!parse_time (p, end, t, &ignored, &inner) || inner)
        return FALSE;
      *has_offset = TRUE;
      *offset_us = sign * (((t[0] * 60 + t[1]) * 60 + t[2]) * 1000000 + t[3]);
    }
  return *p == end;
}

PmlObj *
pml_dt_parse_iso (PmlObj *type, PmlObj *text, int what)
{
  const char *p = text->u.s.s, *end = p + text->u.s.nbytes;
  gint64 y = 1900, m = 1, d = 1, t[4] = { 0, 0, 0, 0 }, off = 0;
  gboolean has_offset = FALSE, ok;
  PmlDtFields f = { .hashcode = -1 };
  PmlObj *tz = NULL, *delta, *r;

  if (what == 1)
    ok = parse_time (&p, end, t, &off, &has_offset);
  else
    {
      ok = parse_date (&p, end, &y, &m, &d);
      if (ok && what == 0)
        ok = p == end;
      else if (ok && p < end)
        {
          p = g_utf8_next_char (p);
          ok = parse_time (&p, end, t, &off, &has_offset);
        }
    }
  if (!ok)
    return pml_err_set (T_VALUE_ERROR, "Invalid isoformat string: '%s'", text->u.s.s);
  if (!pml_dt_check_date (y, m, d) || !pml_dt_check_time (t[0], t[1], t[2], t[3], 0))
    return NULL;
  if (what == 0)
    return pml_dt_date_new (type, (gint32) y, (gint) m, (gint) d);
  f.year = (gint32) y;
  f.month = (guint8) m;
  f.day = (guint8) d;
  f.hour = (guint8) t[0];
  f.minute = (guint8) t[1];
  f.second = (guint8) t[2];
  f.us = (gint32) t[3];
  if (has_offset)
    {
      if (off == 0)
        tz = pml_incref (pml_dt_utc ());
      else
        {
          if ((delta = pml_dt_delta_from_us (off)) == NULL)
            return NULL;
          tz = pml_dt_timezone_new (delta, NULL);
          pml_decref (delta);
          if (tz == NULL)
            return NULL;
        }
    }
  r = what == 1 ? pml_dt_time_new (&f, tz) : pml_dt_datetime_new (type, &f, tz);
  pml_xdecref (tz);
  return r;
}

/* ---- IsoCalendarDate: isocalendar()'s tuple with names ---- */

static const char *const isocal_fields[] = { "year", "week", "weekday" };

static PmlObj *
isocal_repr (PmlObj *o)
{
  GString *out = g_string_new ("datetime.IsoCalendarDate(");

  for (gsize i = 0; i < 3; i++)
    {
      g_string_append_printf (out, "%s%s=", i > 0 ? ", " : "", isocal_fields[i]);
      if (!pml_append_repr (out, o->u.t.items[i]))
        {
          g_string_free (out, TRUE);
          return NULL;
        }
    }
  g_string_append_c (out, ')');
  return pml_str_from_gstring (out);
}

static PmlObj *
isocal_getattro (PmlObj *o, PmlObj *name)
{
  for (gsize i = 0; i < 3; i++)
    if (strcmp (name->u.s.s, isocal_fields[i]) == 0)
      return pml_incref (o->u.t.items[i]);
  return pml_object_getattro (o, name);
}

static gboolean
isocal_dealloc (PmlObj *o)
{
  pml_free_items_reversed (o->u.t.items, o->u.t.n);
  g_clear_pointer (&o->u.t.items, g_free);
  return FALSE;
}

/* a C tuple subclass: tp_basicsize is sizeof (PyTupleObject), 8 more
   than tuple's own, as its first item slot is counted */
#define ISOCAL_BASICSIZE 32

static gsize
isocal_size (PmlObj *o)
{
  return pml_obj_presize (o->type) + ISOCAL_BASICSIZE + o->u.t.n * sizeof (PmlObj *);
}

static PmlObj *
isocal_type (void)
{
  static PmlTypeSlots slots;
  static gsize ready = 0;
  static const PmlNativeType def = { "datetime.IsoCalendarDate", 24, &slots, NULL };
  PmlObj *type;

  if (g_once_init_enter (&ready))
    {
      slots = pml_tuple_slots;
      slots.repr = isocal_repr;
      slots.getattro = isocal_getattro;
      slots.new_instance = NULL;
      slots.dealloc = isocal_dealloc;
      slots.size_of = isocal_size;
      g_once_init_leave (&ready, 1);
    }
  if (VM->native_types != NULL && (type = g_hash_table_lookup (VM->native_types, &def)) != NULL)
    return type;
  type = pml_type_new_builtin (def.name, K_TUPLE, TYPE (T_TUPLE), ISOCAL_BASICSIZE, TRUE);
  type->u.ty.tp = &slots;
  if (VM->native_types == NULL)
    VM->native_types = g_hash_table_new (NULL, NULL);
  g_hash_table_insert (VM->native_types, (gpointer) &def, type);
  return type;
}

PmlObj *
pml_dt_isocal_new (gint64 year, gint week, gint weekday)
{
  PmlObj *type = isocal_type ();
  PmlObj *o = pml_obj_new (type, K_TUPLE, pml_obj_presize (type) + ISOCAL_BASICSIZE + 3 * sizeof (PmlObj *), TRUE);

  if (o == NULL)
    return NULL;
  o->u.t.items = g_new0 (PmlObj *, 3);
  o->u.t.n = 3;
  o->u.t.items[0] = pml_int_new (year);
  o->u.t.items[1] = pml_int_new (week);
  o->u.t.items[2] = pml_int_new (weekday);
  pml_gc_track (o);
  return o;
}

/* strftime() and __format__() of date, datetime and time: the same
 * methods on each type */
PmlObj *
pml_dt_method_strftime (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  static const char *const names[] = { "format", NULL };
  PmlObj *a[1];

  METHOD_SELF ();
  if (!pml_dt_parse_args ("strftime", names, 1, 1, args, nargs, kwnames, a))
    return NULL;
  if (a[0]->kind != K_STR)
    return pml_err_set (T_TYPE_ERROR, "strftime() argument 1 must be str, not %s", pml_type_name (a[0]));
  return pml_dt_strftime (self, a[0]);
}

PmlObj *
pml_dt_method_format (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  METHOD_SELF ();
  NO_KW ("__format__");
  NARGS ("__format__", 1, 1);
  if (args[0]->kind != K_STR)
    return pml_err_set (T_TYPE_ERROR, "__format__() argument 1 must be str, not %s", pml_type_name (args[0]));
  if (args[0]->u.s.len == 0)
    return pml_str (self);
  return pml_dt_strftime (self, args[0]);
}

/* The end of a time's or a datetime's repr, after its hour and minute:
 * ", second[, microsecond][, fold=1][, tzinfo=...])" */
PmlObj *
pml_dt_finish_repr (GString *out, const PmlDtFields *f)
{
  if (f->us != 0)
    g_string_append_printf (out, ", %d, %d", f->second, f->us);
  else if (f->second != 0)
    g_string_append_printf (out, ", %d", f->second);
  if (f->fold)
    g_string_append (out, ", fold=1");
  if (f->tzinfo != NULL)
    {
      g_string_append (out, ", tzinfo=");
      if (!pml_append_repr (out, f->tzinfo))
        {
          g_string_free (out, TRUE);
          return NULL;
        }
    }
  g_string_append_c (out, ')');
  return pml_str_from_gstring (out);
}
