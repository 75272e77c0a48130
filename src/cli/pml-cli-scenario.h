/* pml-cli-scenario.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pml-py.h"

G_BEGIN_DECLS

gboolean   pml_cli_is_scenario         (const char      *path);
PmlInterp *pml_cli_run_scenario        (const char      *path,
                                        const PmlPreset *preset,
                                        char           **out_source);
guint      pml_cli_scenario_find_step  (PmlInterp       *interp,
                                        gint64           step,
                                        gint64           line,
                                        guint           *out_n_steps);
void       pml_cli_scenario_seek_after (PmlInterp       *interp,
                                        guint            index);
guint      pml_cli_scenario_step_of    (PmlInterp       *interp,
                                        guint            index);

G_END_DECLS
