/* pml-cli-scenario.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pml-py.h"
#include "pml-lesson.h"
#include "pml-run.h"

G_BEGIN_DECLS

gboolean   pml_cli_is_scenario         (const char      *path);
PmlRun    *pml_cli_run_scenario        (const char      *path,
                                        const PmlPreset *preset,
                                        char           **out_source);
PmlRun    *pml_cli_run_source          (const char      *name,
                                        const char      *source,
                                        gsize            length,
                                        const PmlPreset *preset);
PmlLesson *pml_cli_load_lesson         (const char      *path,
                                        gint64           slide,
                                        PmlLessonSlide **out_slide);

G_END_DECLS
