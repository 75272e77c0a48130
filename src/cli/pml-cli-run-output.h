/* pml-cli-run-output.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <stdio.h>

#include "pml-py.h"

G_BEGIN_DECLS

void     pml_cli_run_write_json  (PmlInterp   *interp,
                                  FILE        *out);
void     pml_cli_run_write_narration (PmlInterp *interp,
                                      FILE      *out);
gboolean pml_cli_run_write_trace (PmlInterp   *interp,
                                  const char  *path,
                                  GError     **error);

G_END_DECLS
