/* pml-cli-scenario.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pml-py.h"
#include "pml-run.h"

G_BEGIN_DECLS

gboolean   pml_cli_is_scenario         (const char      *path);
PmlRun    *pml_cli_run_scenario        (const char      *path,
                                        const PmlPreset *preset,
                                        char           **out_source);

G_END_DECLS
