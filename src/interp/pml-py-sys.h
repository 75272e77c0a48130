/* pml-py-sys.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pml-py-type.h"

G_BEGIN_DECLS

/* The parts of sys beyond the memory functions of pml-py-modules.c:
 * version_info (pml-py-version-info.c), the standard streams
 * (pml-py-textio.c) and the rest (pml-py-mod-sys.c). */

extern PmlTypeSlots pml_version_info_slots;
extern const PmlTypeSlots pml_textio_slots;

void      pml_version_info_init_slots (void);
PmlObj   *pml_version_info_new  (void);
PmlObj   *pml_float_info_new    (void);
PmlObj   *pml_int_info_new      (void);
PmlObj   *pml_hash_info_new     (void);
char     *pml_version_info_text (void);

PmlObj   *pml_textio_new        (void);
gboolean  pml_is_textio         (PmlObj *o);
void      pml_textio_write      (PmlObj *stream, const char *text, gsize len);

void      pml_sys_add_extras    (PmlObj *sys);
void      pml_sys_set_argv      (const char *filename);

G_END_DECLS
