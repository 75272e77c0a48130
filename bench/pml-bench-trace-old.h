/* pml-bench-trace-old.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pml-trace.h"

G_BEGIN_DECLS

/* pml_trace_parse as it was before the one-pass scanner */
PmlTrace *pml_bench_old_trace_parse (const char  *display_name,
                                     const char  *data,
                                     gsize        length,
                                     GError     **error);

G_END_DECLS
