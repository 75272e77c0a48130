/* pml-py-mod-datetime.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pml-py-datetime.h"
#include "pml-py-module-table.h"

/* The datetime module: CPython's datetime.py takes everything from the C
 * module _datetime, so its types, class methods and constants are the C
 * ones (pml-py-datetime-*.c). */


PmlObj *
pml_dt_utc (void)
{
  return pml_dict_get_str (pml_native_type (&pml_dt_timezone_type)->u.ty.consts, "utc");
}

static void
mark_class_methods (const PmlMethodDef *methods, const PmlNativeType *owner, const char *const *names)
{
  for (gsize n = 0; names[n] != NULL; n++)
    for (const PmlMethodDef *m = methods; m->name != NULL; m++)
      if (g_str_equal (m->name, names[n]))
        pml_method_descr_object (m, pml_native_type (owner))->flags |= OBJ_CLASS_METHOD;
}

static void
set_const (const PmlNativeType *def, const char *name, PmlObj *value)
{
  if (value == NULL)
    return;
  pml_native_set_const (def, name, value);
  pml_decref (value);
}

static void
add_type (PmlObj *m, const char *name, const PmlNativeType *def)
{
  pml_dict_set_str (m->u.mod.dict, name, pml_native_type (def));
}

void
pml_dt_types_ready (PmlObj *m)
{
  static const char *const date_cm[] = { "today", "fromordinal", "fromisoformat", NULL };
  static const char *const datetime_cm[] = { "now", "combine", "fromtimestamp", NULL };
  static const char *const time_cm[] = { "fromisoformat", NULL };
  PmlDtFields f = { .hashcode = -1, .year = 1, .month = 1, .day = 1 };
  PmlObj *zero, *utc;

  mark_class_methods (pml_dt_date_methods, &pml_dt_date_type, date_cm);
  mark_class_methods (pml_dt_datetime_methods, &pml_dt_datetime_type, datetime_cm);
  mark_class_methods (pml_dt_time_methods, &pml_dt_time_type, time_cm);

  set_const (&pml_dt_delta_type, "min", pml_dt_delta_new (-PML_DT_MAX_DELTA_DAYS, 0, 0));
  set_const (&pml_dt_delta_type, "max", pml_dt_delta_new (PML_DT_MAX_DELTA_DAYS, 86399, 999999));
  set_const (&pml_dt_delta_type, "resolution", pml_dt_delta_new (0, 0, 1));
  set_const (&pml_dt_date_type, "min", pml_dt_date_new (NULL, 1, 1, 1));
  set_const (&pml_dt_date_type, "max", pml_dt_date_new (NULL, 9999, 12, 31));
  set_const (&pml_dt_date_type, "resolution", pml_dt_delta_new (1, 0, 0));
  set_const (&pml_dt_datetime_type, "min", pml_dt_datetime_new (NULL, &f, NULL));
  set_const (&pml_dt_datetime_type, "resolution", pml_dt_delta_new (0, 0, 1));
  set_const (&pml_dt_time_type, "min", pml_dt_time_new (&f, NULL));
  set_const (&pml_dt_time_type, "resolution", pml_dt_delta_new (0, 0, 1));
  f = (PmlDtFields) { .hashcode = -1, .year = 9999, .month = 12, .day = 31, .hour = 23, .minute = 59,
                      .second = 59, .us = 999999 };
  set_const (&pml_dt_datetime_type, "max", pml_dt_datetime_new (NULL, &f, NULL));
  set_const (&pml_dt_time_type, "max", pml_dt_time_new (&f, NULL));

  zero = pml_dt_delta_new (0, 0, 0);
  if (zero == NULL)
    return;
  utc = pml_dt_timezone_new (zero, NULL);
  pml_decref (zero);
  if (utc == NULL)
    return;
  pml_native_set_const (&pml_dt_timezone_type, "utc", utc);
  pml_dict_set_str (m->u.mod.dict, "UTC", utc);
  pml_decref (utc);
  zero = pml_dt_delta_new (0, 0, 0);
  set_const (&pml_dt_timezone_type, "min", pml_dt_timezone_new (zero, NULL));
  pml_decref (zero);
}

PmlObj *
pml_module_make_datetime (void)
{
  PmlObj *m = pml_module_new_imported ("datetime");
  PmlObj *v;

  if (m == NULL)
    return NULL;
  add_type (m, "date", &pml_dt_date_type);
  add_type (m, "datetime", &pml_dt_datetime_type);
  add_type (m, "time", &pml_dt_time_type);
  add_type (m, "timedelta", &pml_dt_delta_type);
  add_type (m, "tzinfo", &pml_dt_tzinfo_type);
  add_type (m, "timezone", &pml_dt_timezone_type);
  v = pml_int_new (1);
  pml_dict_set_str (m->u.mod.dict, "MINYEAR", v);
  pml_decref (v);
  v = pml_int_new (9999);
  pml_dict_set_str (m->u.mod.dict, "MAXYEAR", v);
  pml_decref (v);
  pml_dt_types_ready (m);
  return m;
}
