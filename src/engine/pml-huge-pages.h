/* pml-huge-pages.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define PML_HUGE_PAGE_SIZE ((gsize) 2 << 20)

void     pml_advise_huge_pages (gpointer data,
                                gsize    size);
gpointer pml_huge_pages_alloc  (gsize    size,
                                gboolean advise);
void     pml_huge_pages_free   (gpointer data);

G_END_DECLS
