/* pml-version-diff.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pml-run.h"

G_BEGIN_DECLS

/* One script run under two presets, and what differs between the runs:
 * the rows `pymemlab diff` prints and the window's compare mode lists. */

typedef struct _PmlVersionRun PmlVersionRun;

PmlVersionRun   *pml_version_run_new         (const char      *path,
                                              const char      *source,
                                              gsize            length,
                                              const PmlPreset *preset,
                                              GError         **error);
void             pml_version_run_free        (PmlVersionRun   *self);
PmlRun          *pml_version_run_get_run     (PmlVersionRun   *self);
const PmlPreset *pml_version_run_get_preset  (PmlVersionRun   *self);
int              pml_version_run_get_status  (PmlVersionRun   *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PmlVersionRun, pml_version_run_free)

typedef enum
{
  /* the whole run (line 0) */
  PML_VERSION_DIFF_POOL_SIZE,
  PML_VERSION_DIFF_ARENA_SIZE,
  PML_VERSION_DIFF_ARENAS_USED,
  PML_VERSION_DIFF_GC_THRESHOLDS,
  PML_VERSION_DIFF_GC_WHEN,
  PML_VERSION_DIFF_SMALL_INTS,
  PML_VERSION_DIFF_INTERNED,
  PML_VERSION_DIFF_EXIT_STATUS,
  PML_VERSION_DIFF_ERROR,
  /* one line of the script */
  PML_VERSION_DIFF_REQUESTS,
  PML_VERSION_DIFF_GETSIZEOF,
  PML_VERSION_DIFF_GETREFCOUNT,
  PML_VERSION_DIFF_COLLECTIONS,
  PML_VERSION_DIFF_OUTPUT,
} PmlVersionDiffKind;

typedef struct
{
  gint                line;   /* 0: the whole run */
  PmlVersionDiffKind  kind;
  char               *a;      /* what each run shows, as text */
  char               *b;
} PmlVersionDiff;

/* PmlVersionDiff *, whole-run rows first, then by line */
GPtrArray   *pml_version_diff_compute     (PmlVersionRun        *a,
                                           PmlVersionRun        *b);
const char  *pml_version_diff_kind_label  (PmlVersionDiffKind    kind);
/* the rows of @line (0: the whole run's), in order, borrowed */
GPtrArray   *pml_version_diff_rows_at     (GPtrArray            *rows,
                                           gint                  line);
/* The handout text `pymemlab diff` prints */
char        *pml_version_diff_format      (GPtrArray            *rows,
                                           const char           *title,
                                           const char           *source,
                                           const PmlPreset      *preset_a,
                                           const PmlPreset      *preset_b);

G_END_DECLS
