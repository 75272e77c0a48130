/* pml-handout.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pml-palette.h"
#include "pml-py.h"

G_BEGIN_DECLS

/* A scenario handout: a PDF with one page per step, each showing the code
 * with the line that ran, the heap and the objects after it, and what it
 * did. */

typedef struct
{
  guint       position;       /* for pml_interp_seek (): as the next line starts */
  gint        line;           /* 1-based */
  const char *narration;      /* sentences, one per line of text */
  const char *details;        /* about the script's objects, one per line; or NULL */
  gboolean    before;         /* a question: the views show the state before the line runs */
} PmlHandoutPage;

typedef struct
{
  const char  *title;         /* the scenario */
  const char  *preset_name;
  char       **source_lines;
  guint        n_source_lines;
  PmlPalette   palette;
  PmlInterp   *interp;        /* its run: each page seeks it */
  const char  *answer_key;    /* a last page of text, one answer a line; or NULL */
} PmlHandout;

#define PML_HANDOUT_PAGE_WIDTH  842.0   /* A4 landscape, in points */
#define PML_HANDOUT_PAGE_HEIGHT 595.0

gboolean pml_handout_export (const PmlHandout     *self,
                             const PmlHandoutPage *pages,
                             guint                 n_pages,
                             GFile                *file,
                             GError              **error);

G_END_DECLS
