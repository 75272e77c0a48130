/* pml-py-budget.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <unistd.h>

#include "pml-py-vm.h"

/* The run's memory budget: what the whole process may hold (its resident
 * memory: the simulated heap's objects as the host keeps them, and the
 * history recorded for the window), so that a script growing without end
 * cannot take the machine. A single request that would not fit is the
 * MemoryError CPython's malloc gives on a machine of that size; a run that
 * grows past it step by step is stopped, with what ran so far kept. */

/* requests this large are checked one by one; smaller ones every so often */
#define LARGE_REQUEST (1024 * 1024)
#define CHECK_EVERY 16384

static guint64
resident_bytes (void)
{
  FILE *statm = fopen ("/proc/self/statm", "r");
  unsigned long long size = 0, resident = 0;

  if (statm == NULL)
    return 0;
  if (fscanf (statm, "%llu %llu", &size, &resident) != 2)
    resident = 0;
  fclose (statm);
  return (guint64) resident * (guint64) sysconf (_SC_PAGESIZE);
}

static guint64
budget (void)
{
  return VM->opts.max_memory == 0 ? PML_INTERP_DEFAULT_MAX_MEMORY : VM->opts.max_memory;
}

/* FALSE, with the run stopped, when the process would hold more than
 * the budget with @nbytes more */
static gboolean
stop_if_over_by (gsize nbytes)
{
  if (resident_bytes () + nbytes <= budget ())
    return TRUE;
  VM->stopped = TRUE;
  VM->out_of_memory = TRUE;
  pml_err_set (T_KEYBOARD_INTERRUPT, "the run reached the memory budget");
  return FALSE;
}

/* Before a request of @nbytes: FALSE with MemoryError when it cannot fit,
 * FALSE with the run stopped when the process already holds too much */
gboolean
pml_budget_allows (gsize nbytes)
{
  if (VM->opts.max_memory == G_MAXUINT64 || VM->stopped)
    return TRUE;
  if (nbytes >= LARGE_REQUEST)
    {
      /* the host keeps as many bytes as the simulated block holds */
      if (nbytes > budget ())
        {
          pml_err_no_memory ();
          return FALSE;
        }
      /* a request that fits the budget but not beside what the run holds:
         the run has grown to the budget, not asked for the impossible */
      return stop_if_over_by (nbytes);
    }
  if (++VM->requests_since_check < CHECK_EVERY)
    return TRUE;
  VM->requests_since_check = 0;
  return stop_if_over_by (0);
}

/* every few thousand lines: a loop that records history without allocating
 * (print in a loop, in the window) stops too */
gboolean
pml_budget_check_line (void)
{
  if (VM->opts.max_memory == G_MAXUINT64 || VM->stopped)
    return TRUE;
  return stop_if_over_by (0);
}
