/* pml-recorder.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <stdio.h>
#include <glib.h>

G_BEGIN_DECLS

/* Runs a Python script in the embedded CPython 3.11 with hooks on its
 * allocator, writing every MEM and OBJ request, and every arena mapped or
 * unmapped, to @trace in the trace format. At the start of interpreter
 * finalization it stops, removes the hooks and writes CPython's own
 * statistics of that moment to @stats. Returns the script's exit status. */
int pml_recorder_run (const char *script,
                      char      **script_args,
                      FILE       *trace,
                      FILE       *stats);

G_END_DECLS
