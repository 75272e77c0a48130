/* pml-cli.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "pml-preset.h"
#include "pml-trace.h"
#include "pml-py.h"

G_BEGIN_DECLS

/* Exit statuses of every subcommand */
enum
{
  PML_CLI_EXIT_OK = 0,
  PML_CLI_EXIT_FAILED = 1,  /* the check the user asked for failed */
  PML_CLI_EXIT_BAD_INPUT = 2,
  PML_CLI_EXIT_OUTPUT_LOST = 120,  /* standard output could not be written (python3's status then) */
};

gboolean pml_cli_wants_command_line (int    argc,
                                     char **argv);
int      pml_cli_main               (int    argc,
                                     char **argv);

/* Shared by the subcommands */
int              pml_cli_fail              (const char  *message);
int              pml_cli_check_output      (int          status);
gboolean         pml_cli_parse_size        (const char  *text,
                                            guint64     *out_bytes);
void             pml_cli_report_memory_budget (PmlInterp  *interp,
                                            const char  *path,
                                            guint64      max_memory);
const PmlPreset *pml_cli_choose_preset     (const char  *option,
                                            PmlTrace    *trace,
                                            GError     **error);
gboolean         pml_cli_requests_for_step (gint64       step,
                                            PmlTrace    *trace,
                                            guint       *out_n_requests,
                                            GError     **error);

int      pml_cli_run                (int    argc,
                                     char **argv);
int      pml_cli_handout            (int    argc,
                                     char **argv);
int      pml_cli_replay             (int    argc,
                                     char **argv);
int      pml_cli_export             (int    argc,
                                     char **argv);
int      pml_cli_diff               (int    argc,
                                     char **argv);
int      pml_cli_record             (int    argc,
                                     char **argv);

G_END_DECLS
