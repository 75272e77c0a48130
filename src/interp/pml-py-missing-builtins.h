/* pml-py-missing-builtins.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Why scenarios lack the CPython builtin @name, or NULL when they have it */
const char *pml_missing_builtin_reason (const char *name);

G_END_DECLS
