/* pml-atomic-file.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* A file written whole or not at all: its bytes go to a new file in the
 * same folder, which is synced to the disk and renamed over the target
 * once complete. On any error (a full disk, a file size limit, a folder in
 * the way) the old file stays as it was and no partial file is left. */
typedef struct _PmlAtomicFile PmlAtomicFile;

PmlAtomicFile *pml_atomic_file_begin        (GFile          *file,
                                             GError        **error);
GOutputStream *pml_atomic_file_get_stream   (PmlAtomicFile  *self);
gboolean       pml_atomic_file_commit       (PmlAtomicFile  *self,
                                             GError        **error);
void           pml_atomic_file_abort        (PmlAtomicFile  *self);

gboolean       pml_atomic_file_set_contents (GFile          *file,
                                             const char     *data,
                                             gsize           length,
                                             GError        **error);

G_END_DECLS
