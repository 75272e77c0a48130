/* pml-py-datetime.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pml-py-native.h"

G_BEGIN_DECLS

/* The datetime module's types, as CPython 3.11's C module _datetime lays
 * them out: small objects without the collector's header (date 32 bytes,
 * time 40, datetime 48, timedelta 40, timezone 32) holding their fields
 * packed, not as int objects. */

#define PML_DT_MAXORDINAL 3652059   /* date(9999, 12, 31).toordinal() */
#define PML_DT_MAX_DELTA_DAYS 999999999

/* date, time and datetime: one field struct, each type using its part */
typedef struct
{
  gint64  hashcode;    /* -1: not yet computed */
  gint32  year;
  gint32  us;
  guint8  month, day, hour, minute, second, fold;
  PmlObj *tzinfo;      /* time and datetime: NULL when naive */
} PmlDtFields;
PML_NATIVE_FITS (PmlDtFields);

typedef struct
{
  gint64 hashcode;
  gint64 days;         /* -999999999 ..= 999999999 */
  gint64 seconds;      /* 0 ..< 86400 */
  gint64 us;           /* 0 ..< 1000000 */
} PmlDeltaFields;
PML_NATIVE_FITS (PmlDeltaFields);

typedef struct
{
  PmlObj *offset;      /* a timedelta */
  PmlObj *name;        /* a str, or NULL */
} PmlTimezoneFields;
PML_NATIVE_FITS (PmlTimezoneFields);

/* the fields over an object's native words, through a function so that
   no expression both casts and dereferences them */
static inline PmlDtFields *
pml_dt_fields (PmlObj *o)
{
  return PML_NATIVE (o, PmlDtFields);
}

static inline PmlDeltaFields *
pml_delta_fields (PmlObj *o)
{
  return PML_NATIVE (o, PmlDeltaFields);
}

static inline PmlTimezoneFields *
pml_tz_fields (PmlObj *o)
{
  return PML_NATIVE (o, PmlTimezoneFields);
}

#define PML_DT(o) pml_dt_fields (o)
#define PML_DELTA(o) pml_delta_fields (o)
#define PML_TZ(o) pml_tz_fields (o)

extern const PmlNativeType pml_dt_date_type;
extern const PmlNativeType pml_dt_datetime_type;
extern const PmlNativeType pml_dt_time_type;
extern const PmlNativeType pml_dt_delta_type;
extern const PmlNativeType pml_dt_tzinfo_type;
extern const PmlNativeType pml_dt_timezone_type;

gboolean  pml_dt_is_date      (PmlObj *o);   /* a date or a datetime */
gboolean  pml_dt_is_datetime  (PmlObj *o);
gboolean  pml_dt_is_time      (PmlObj *o);
gboolean  pml_dt_is_delta     (PmlObj *o);
gboolean  pml_dt_is_timezone  (PmlObj *o);

/* the proleptic Gregorian calendar (pml-py-datetime-calendar.c) */
gboolean  pml_dt_is_leap         (gint64 year);
gint      pml_dt_days_in_month   (gint64 year, gint month);
gint64    pml_dt_ymd_to_ord      (gint64 year, gint month, gint day);
void      pml_dt_ord_to_ymd      (gint64 ord, gint32 *year, guint8 *month, guint8 *day);
gint      pml_dt_weekday         (gint64 year, gint month, gint day);   /* Monday 0 */
gint      pml_dt_day_of_year     (gint64 year, gint month, gint day);
void      pml_dt_iso_calendar    (gint64 year, gint month, gint day, gint64 *iso_year, gint *week, gint *weekday);
const char *pml_dt_day_name      (gint weekday, gboolean abbreviated);
const char *pml_dt_month_name    (gint month, gboolean abbreviated);
/* ValueError with CPython's message when out of range */
gboolean  pml_dt_check_date      (gint64 year, gint64 month, gint64 day);
gboolean  pml_dt_check_time      (gint64 hour, gint64 minute, gint64 second, gint64 us, gint64 fold);

/* constructors and field access */
PmlObj   *pml_dt_date_new        (PmlObj *type, gint32 year, gint month, gint day);
PmlObj   *pml_dt_datetime_new    (PmlObj *type, const PmlDtFields *f, PmlObj *tzinfo);
PmlObj   *pml_dt_time_new        (const PmlDtFields *f, PmlObj *tzinfo);
PmlObj   *pml_dt_delta_new       (gint64 days, gint64 seconds, gint64 us);  /* normalizes; OverflowError */
PmlObj   *pml_dt_delta_from_us   (__int128 us);
__int128  pml_dt_delta_to_us     (PmlObj *delta);
PmlObj   *pml_dt_timezone_new    (PmlObj *offset, PmlObj *name);
PmlObj   *pml_dt_utc             (void);   /* borrowed: timezone.utc */

/* a time or datetime's utcoffset(): None (a new reference) when naive */
PmlObj   *pml_dt_utcoffset       (PmlObj *tzinfo, PmlObj *dt);
PmlObj   *pml_dt_tzname          (PmlObj *tzinfo, PmlObj *dt);
/* "+HH:MM[:SS[.ffffff]]" of an offset, @sep between the fields */
void      pml_dt_append_offset   (GString *out, PmlObj *offset, const char *sep);

/* strftime in the C locale and isoformat (pml-py-datetime-format.c) */
PmlObj   *pml_dt_strftime        (PmlObj *o, PmlObj *format);
PmlObj   *pml_dt_method_strftime (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj   *pml_dt_method_format   (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj   *pml_dt_finish_repr     (GString *out, const PmlDtFields *f);   /* frees @out */
gboolean  pml_dt_append_isotime  (GString *out, const PmlDtFields *f, const char *timespec);
PmlObj   *pml_dt_parse_iso       (PmlObj *type, PmlObj *text, int what);   /* 0 date, 1 time, 2 datetime */
PmlObj   *pml_dt_isocal_new      (gint64 year, gint week, gint weekday);

/* the class methods and constants, made when the module is imported */
void      pml_dt_types_ready     (PmlObj *module);
PmlObj   *pml_dt_now_fields      (PmlObj *tz, PmlDtFields *f);   /* FALSE-ish NULL on error */

G_END_DECLS

G_BEGIN_DECLS

/* PyArg_ParseTupleAndKeywords without a function name, as the
 * constructors and replace() use it: out[i] borrowed, NULL when not
 * given; @npositional names may come by position (pml-py-datetime-args.c) */
gboolean  pml_dt_parse_args (const char *fname, const char *const *names, gsize nrequired, gsize npositional,
                             PmlObj **args, gsize nargs, PmlObj *kwnames, PmlObj **out);
/* an int field (__index__), into @v when given */
gboolean  pml_dt_int_arg    (PmlObj *o, gint64 *v);
/* None or a tzinfo: FALSE with CPython's TypeError */
gboolean  pml_dt_check_tzinfo (PmlObj *o);

G_END_DECLS

G_BEGIN_DECLS

/* shared between the types' files */
extern const PmlMethodDef pml_dt_date_methods[];
extern const PmlMethodDef pml_dt_datetime_methods[];
extern const PmlMethodDef pml_dt_time_methods[];
extern const PmlGetSetDef pml_dt_time_getsets[];
gboolean  pml_dt_fields_dealloc (PmlObj *o);   /* drops the tzinfo */

G_END_DECLS

G_BEGIN_DECLS
PmlObj   *pml_dt_getattro (PmlObj *o, PmlObj *name);
G_END_DECLS

/* a class method: bound to the class, or read from an instance */
#define PML_DT_CLASS_SELF() G_STMT_START { METHOD_SELF (); \
  if (self->kind != K_TYPE) self = self->type; } G_STMT_END
