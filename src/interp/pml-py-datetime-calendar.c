/* pml-py-datetime-calendar.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pml-py-datetime.h"

/* The proleptic Gregorian calendar of the datetime module: day 1 is
 * Monday, January 1 of year 1, and every fourth year is a leap year but
 * for the centuries not divisible by 400. */

static const gint month_days[13] = { 0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

gboolean
pml_dt_is_leap (gint64 year)
{
  return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
}

gint
pml_dt_days_in_month (gint64 year, gint month)
{
  return month == 2 && pml_dt_is_leap (year) ? 29 : month_days[month];
}

static gint64
days_before_year (gint64 year)
{
  gint64 y = year - 1;

  return y * 365 + y / 4 - y / 100 + y / 400;
}

static gint
days_before_month (gint64 year, gint month)
{
  gint days = 0;

  for (gint m = 1; m < month; m++)
    days += pml_dt_days_in_month (year, m);
  return days;
}

gint64
pml_dt_ymd_to_ord (gint64 year, gint month, gint day)
{
  return days_before_year (year) + days_before_month (year, month) + day;
}

/* the year first, by whole 400-, 100-, 4- and 1-year cycles, then the
   month by walking its days */
void
pml_dt_ord_to_ymd (gint64 ord, gint32 *year, guint8 *month, guint8 *day)
{
  gint64 n = ord - 1, n400, n100, n4, n1, y;
  gint m = 1;

  n400 = n / 146097;
  n %= 146097;
  n100 = n / 36524;
  n %= 36524;
  n4 = n / 1461;
  n %= 1461;
  n1 = n / 365;
  n %= 365;
  y = n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1;
  /* the last day of a leap cycle: December 31 of the year before */
  if (n1 == 4 || n100 == 4)
    {
      *year = (gint32) (y - 1);
      *month = 12;
      *day = 31;
      return;
    }
  while (n >= pml_dt_days_in_month (y, m))
    n -= pml_dt_days_in_month (y, m++);
  *year = (gint32) y;
  *month = (guint8) m;
  *day = (guint8) (n + 1);
}

gint
pml_dt_weekday (gint64 year, gint month, gint day)
{
  return (gint) ((pml_dt_ymd_to_ord (year, month, day) + 6) % 7);
}

gint
pml_dt_day_of_year (gint64 year, gint month, gint day)
{
  return days_before_month (year, month) + day;
}

/* the Monday of ISO week 1: the week holding the year's first Thursday */
static gint64
iso_week1_monday (gint64 year)
{
  gint64 first = pml_dt_ymd_to_ord (year, 1, 1);
  gint64 first_weekday = (first + 6) % 7;
  gint64 monday = first - first_weekday;

  return first_weekday > 3 ? monday + 7 : monday;
}

void
pml_dt_iso_calendar (gint64 year, gint month, gint day, gint64 *iso_year, gint *week, gint *weekday)
{
  gint64 ord = pml_dt_ymd_to_ord (year, month, day);
  gint64 monday = iso_week1_monday (year);

  if (ord < monday)
    monday = iso_week1_monday (--year);
  else if (ord >= iso_week1_monday (year + 1))
    monday = iso_week1_monday (++year);
  *iso_year = year;
  *week = (gint) ((ord - monday) / 7 + 1);
  *weekday = (gint) ((ord - monday) % 7 + 1);
}

const char *
pml_dt_day_name (gint weekday, gboolean abbreviated)
{
  static const char *const full[] = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
  };
  static const char *const abbr[] = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };

  return abbreviated ? abbr[weekday] : full[weekday];
}

const char *
pml_dt_month_name (gint month, gboolean abbreviated)
{
  static const char *const full[] = {
    "", "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
  };
  static const char *const abbr[] = {
    "", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  };

  return abbreviated ? abbr[month] : full[month];
}

gboolean
pml_dt_check_date (gint64 year, gint64 month, gint64 day)
{
  if (year < 1 || year > 9999)
    {
      pml_err_set (T_VALUE_ERROR, "year %" G_GINT64_FORMAT " is out of range", year);
      return FALSE;
    }
  if (month < 1 || month > 12)
    {
      pml_err_set (T_VALUE_ERROR, "month must be in 1..12");
      return FALSE;
    }
  if (day < 1 || day > pml_dt_days_in_month (year, (gint) month))
    {
      pml_err_set (T_VALUE_ERROR, "day is out of range for month");
      return FALSE;
    }
  return TRUE;
}

gboolean
pml_dt_check_time (gint64 hour, gint64 minute, gint64 second, gint64 us, gint64 fold)
{
  const char *what = NULL;

  if (hour < 0 || hour > 23)
    what = "hour must be in 0..23";
  else if (minute < 0 || minute > 59)
    what = "minute must be in 0..59";
  else if (second < 0 || second > 59)
    what = "second must be in 0..59";
  else if (us < 0 || us > 999999)
    what = "microsecond must be in 0..999999";
  else if (fold != 0 && fold != 1)
    what = "fold must be either 0 or 1";
  if (what != NULL)
    {
      pml_err_set (T_VALUE_ERROR, "%s", what);
      return FALSE;
    }
  return TRUE;
}
