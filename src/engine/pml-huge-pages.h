/* pml-huge-pages.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

void pml_advise_huge_pages (gpointer data,
                            gsize    size);

G_END_DECLS
