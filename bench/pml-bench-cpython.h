/* pml-bench-cpython.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pml-trace.h"

G_BEGIN_DECLS

/* Runs the parsed requests through CPython 3.11's own allocator
 * (PyObject_Malloc/Calloc/Realloc/Free, no Py_Initialize) and returns the
 * nanoseconds taken, or a negative value when built without libpython. */
double pml_bench_cpython_run (PmlTrace *trace);

G_END_DECLS
