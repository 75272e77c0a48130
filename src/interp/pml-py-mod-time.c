/* pml-py-mod-time.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <time.h>

#include "pml-py-module-table.h"
#include "pml-py-native.h"

/* The time module's clocks and sleep. A scenario runs in a simulator
 * that may be stepped, paused and re-run, so time.sleep() does not make
 * the machine wait: it moves the run's own clock on by the time asked
 * for. time(), monotonic() and perf_counter() read the host's clocks
 * plus every sleep so far, so a script timing a sleep sees at least the
 * seconds it slept, as under CPython; process_time() is the CPU time
 * the run used, which sleeping does not add to. Their values are clocks:
 * scenarios must not print them. */

/* the nanoseconds the run has slept (one run at a time has the module) */
static PmlVM *slept_vm;
static gint64 slept_ns;

static gint64
slept (void)
{
  if (slept_vm != VM)
    {
      slept_vm = VM;
      slept_ns = 0;
    }
  return slept_ns;
}

static gint64
clock_ns (clockid_t id)
{
  struct timespec ts;

  clock_gettime (id, &ts);
  return (gint64) ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static gint64
wall_ns (void)
{
  return clock_ns (CLOCK_REALTIME) + slept ();
}

static gint64
monotonic_ns (void)
{
  return clock_ns (CLOCK_MONOTONIC) + slept ();
}

static gint64
cpu_ns (void)
{
  return clock_ns (CLOCK_PROCESS_CPUTIME_ID);
}

#define CLOCK_FUNCTIONS(name, source) \
  static PmlObj * \
  t_##name (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames) \
  { \
    (void) self; \
    (void) args; \
    if (!pml_unpack_args (#name, nargs, kwnames, 0, 0)) \
      return NULL; \
    return pml_float_new ((double) source () / 1e9); \
  } \
  static PmlObj * \
  t_##name##_ns (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames) \
  { \
    (void) self; \
    (void) args; \
    if (!pml_unpack_args (#name "_ns", nargs, kwnames, 0, 0)) \
      return NULL; \
    return pml_int_new (source ()); \
  }

CLOCK_FUNCTIONS (time, wall_ns)
CLOCK_FUNCTIONS (monotonic, monotonic_ns)
CLOCK_FUNCTIONS (perf_counter, monotonic_ns)
CLOCK_FUNCTIONS (process_time, cpu_ns)

/* sleep(secs): checked as _PyTime_FromSecondsObject checks it */
static PmlObj *
t_sleep (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *a = NULL;
  double secs;
  gint64 whole;

  (void) self;
  if (kwnames != NULL && kwnames->u.t.n > 0)
    return pml_err_set (T_TYPE_ERROR, "time.sleep() takes no keyword arguments");
  if (nargs != 1)
    return pml_err_set (T_TYPE_ERROR, "time.sleep() takes exactly one argument (%zu given)", nargs);
  a = args[0];
  if (a->kind == K_FLOAT)
    {
      secs = a->u.f;
      if (isnan (secs))
        return pml_err_set (T_VALUE_ERROR, "Invalid value NaN (not a number)");
      if (secs < 0)
        return pml_err_set (T_VALUE_ERROR, "sleep length must be non-negative");
      if (secs > 1e10)
        return pml_err_set (T_OVERFLOW_ERROR, "timestamp too large to convert to C _PyTime_t");
      slept ();
      slept_ns += (gint64) ceil (secs * 1e9);
      return pml_incref (NONE);
    }
  if (!pml_index_value (a, &whole))
    return NULL;
  if (whole < 0)
    return pml_err_set (T_VALUE_ERROR, "sleep length must be non-negative");
  if (whole > 10000000000)
    return pml_err_set (T_OVERFLOW_ERROR, "timestamp too large to convert to C _PyTime_t");
  slept ();
  slept_ns += whole * 1000000000;
  return pml_incref (NONE);
}

static void
add (PmlObj *m, const char *name, PmlBuiltinFunc fn)
{
  PmlObj *f = pml_builtin_new (name, fn, m);

  pml_dict_set_str (m->u.mod.dict, name, f);
  pml_decref (f);
}

PmlObj *
pml_module_make_time (void)
{
  PmlObj *m = pml_module_new_imported ("time");

  if (m == NULL)
    return NULL;
  add (m, "time", t_time);
  add (m, "time_ns", t_time_ns);
  add (m, "monotonic", t_monotonic);
  add (m, "monotonic_ns", t_monotonic_ns);
  add (m, "perf_counter", t_perf_counter);
  add (m, "perf_counter_ns", t_perf_counter_ns);
  add (m, "process_time", t_process_time);
  add (m, "process_time_ns", t_process_time_ns);
  add (m, "sleep", t_sleep);
  return m;
}
