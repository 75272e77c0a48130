/* pml-application.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PML_TYPE_APPLICATION (pml_application_get_type ())

G_DECLARE_FINAL_TYPE (PmlApplication, pml_application, PML, APPLICATION, AdwApplication)

PmlApplication *pml_application_new (void);

G_END_DECLS
