/* main.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "pml-cli.h"
#ifdef PML_HAVE_GUI
#include "pml-gui.h"
#endif

int
main (int   argc,
      char *argv[])
{
  const char *localedir;

  setlocale (LC_ALL, "");
  /* PYMEMLAB_LOCALEDIR lets the tests read the catalogs built in the
   * build tree, before anything is installed */
  localedir = g_getenv ("PYMEMLAB_LOCALEDIR");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* A subcommand runs headless; without one the window opens */
  if (pml_cli_wants_command_line (argc, argv))
    return pml_cli_main (argc, argv);

#ifdef PML_HAVE_GUI
  return pml_gui_main (argc, argv);
#else
  return pml_cli_main (argc, argv);
#endif
}
