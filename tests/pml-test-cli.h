/* pml-test-cli.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Runs the built pymemlab ($PYMEMLAB) as a user would, for the command-line
 * tests, and gives them a scratch directory that is removed at exit. */
typedef struct
{
  char *out;
  char *err;
  int   status;
} PmlTestRun;

void  pml_test_run_clear    (PmlTestRun *run);
void  pml_test_run_pymemlab (PmlTestRun *run,
                             const char *first_arg,
                             ...) G_GNUC_NULL_TERMINATED;
/* the same, with standard output going to @stdout_path (or captured, when
 * NULL) and, unless 0, a limit on the size of the files it writes */
void  pml_test_run_pymemlab_limited (PmlTestRun *run,
                                     const char *stdout_path,
                                     goffset     file_size_limit,
                                     const char *first_arg,
                                     ...) G_GNUC_NULL_TERMINATED;
char *pml_test_write_file   (const char *name,
                             const char *contents,
                             gssize      length);
char *pml_test_path         (const char *name);
void  pml_test_remove_scratch (void);
/* pages of a PDF file, by its /Type /Page objects */
guint pml_test_count_pdf_pages (const char *path);
/* paths of an SVG filled with @fill and stroked with @stroke, as Cairo
 * writes them ("100%,100%,100%"): Cairo writes no ids */
guint pml_test_count_svg_paths (const char *svg,
                                const char *fill,
                                const char *stroke);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PmlTestRun, pml_test_run_clear)

G_END_DECLS
