/* pml-gui.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Opens the window; called by main () when no subcommand is given */
int pml_gui_main (int    argc,
                  char **argv);

G_END_DECLS
