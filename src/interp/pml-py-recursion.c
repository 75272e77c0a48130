/* pml-py-recursion.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define _GNU_SOURCE   /* pthread_getattr_np */

#include "config.h"

#include <pthread.h>

#include "pml-py-vm.h"

/* The two bounds on recursion. The recursion limit counts what CPython
 * counts: each Python frame, and the C entry points that call
 * _Py_EnterRecursiveCall (repr, str, rich comparison, calling a class).
 * The C stack bounds the rest: Python-to-Python calls do not use it (the
 * evaluation loop runs them in place, as CPython 3.11 does), but whatever
 * recurses through C does, and where CPython would overflow its stack
 * (a limit raised with sys.setrecursionlimit, a hash of nested tuples, the
 * compiler on deep source) we raise RecursionError instead. */

/* what the deepest code between two checks (a traceback being printed, a
 * collection, a chain of deallocations) may still need */
#define MIN_HEADROOM (256 * 1024)

static _Thread_local const char *stack_floor;

static const char *
find_floor (void)
{
  pthread_attr_t attr;
  void *addr = NULL;
  gsize size = 0;

  if (pthread_getattr_np (pthread_self (), &attr) == 0)
    {
      if (pthread_attr_getstack (&attr, &addr, &size) != 0)
        addr = NULL;
      pthread_attr_destroy (&attr);
    }
  if (addr == NULL || size < 2 * MIN_HEADROOM)
    {
      /* unknown: assume the smallest stack a thread gets by default */
      const char *here = __builtin_frame_address (0);

      return here - 512 * 1024 + MIN_HEADROOM / 2;
    }
  return (const char *) addr + MAX (size / 8, MIN_HEADROOM);
}

gboolean
pml_cstack_exhausted (void)
{
  const char *here = __builtin_frame_address (0);

  if (G_UNLIKELY (stack_floor == NULL))
    stack_floor = find_floor ();
  return here < stack_floor;
}

/* FALSE with a RecursionError when the C stack is nearly used up */
gboolean
pml_cstack_check (void)
{
  if (G_LIKELY (!pml_cstack_exhausted ()))
    return TRUE;
  pml_err_set (T_RECURSION_ERROR, "maximum recursion depth exceeded");
  return FALSE;
}

/* _Py_EnterRecursiveCall: @where ends the message, " in comparison" */
gboolean
pml_recursion_enter (const char *where)
{
  if (G_UNLIKELY (VM->depth >= VM->recursion_limit) || G_UNLIKELY (pml_cstack_exhausted ()))
    {
      pml_err_set (T_RECURSION_ERROR, "maximum recursion depth exceeded%s", where);
      return FALSE;
    }
  VM->depth++;
  return TRUE;
}

void
pml_recursion_leave (void)
{
  VM->depth--;
}
