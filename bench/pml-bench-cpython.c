/* pml-bench-cpython.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#ifdef PML_BENCH_HAVE_CPYTHON
#include <Python.h>
#endif

#include "pml-bench-cpython.h"

double
pml_bench_cpython_run (PmlTrace *trace)
{
#ifdef PML_BENCH_HAVE_CPYTHON
  const PmlTraceRequest *requests = (const PmlTraceRequest *) (gpointer) trace->requests->data;
  g_autofree void **slots = g_new0 (void *, trace->n_slots + 1);
  g_autofree gboolean *live = g_new0 (gboolean, trace->n_slots + 1);
  gint64 start, end;

  /* In 3.11 the allocator works before Py_Initialize (spec §1) */
  start = g_get_monotonic_time ();
  for (guint i = 0; i < trace->requests->len; i++)
    {
      const PmlTraceRequest *request = &requests[i];
      void *old = request->old_slot != PML_NO_SLOT ? slots[request->old_slot] : NULL;

      switch (request->op)
        {
        case PML_REQUEST_MALLOC:
          slots[request->slot] = PyObject_Malloc (request->size);
          break;

        case PML_REQUEST_CALLOC:
          slots[request->slot] = PyObject_Calloc (request->size, request->elsize);
          break;

        case PML_REQUEST_REALLOC:
          slots[request->slot] = PyObject_Realloc (old, request->size);
          break;

        case PML_REQUEST_FREE:
        default:
          PyObject_Free (old);
          break;
        }
    }
  end = g_get_monotonic_time ();

  /* give back what is still live, so that each run starts from an
   * empty heap; which slots those are is read off the trace, untimed */
  for (guint i = 0; i < trace->requests->len; i++)
    {
      const PmlTraceRequest *request = &requests[i];

      if (request->old_slot != PML_NO_SLOT)
        live[request->old_slot] = FALSE;
      if (request->op != PML_REQUEST_FREE)
        live[request->slot] = TRUE;
    }
  for (guint32 slot = 0; slot < trace->n_slots; slot++)
    if (live[slot])
      PyObject_Free (slots[slot]);

  return (end - start) * 1000.0;
#else
  return -1;
#endif
}
