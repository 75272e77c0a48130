/* pml-py-error-location.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "pml-py.h"

/* A script error's message starts with where it is: "PATH:LINE:COL: text",
 * or "PATH:LINE:COL-END_LINE:END_COL: text" for the range CPython
 * underlines with ^^^ (columns from 1, the end just past the range). */
gboolean
pml_script_error_location (const char  *message,
                           const char  *filename,
                           int         *line,
                           int         *col,
                           int         *end_line,
                           int         *end_col,
                           const char **text)
{
  gsize flen = strlen (filename);
  int used = 0;

  if (strncmp (message, filename, flen) != 0
      || sscanf (message + flen, ":%d:%d%n", line, col, &used) != 2 || used == 0)
    return FALSE;
  message += flen + (gsize) used;
  *end_line = *line;
  *end_col = *col + 1;
  if (*message == '-')
    {
      if (sscanf (message, "-%d:%d%n", end_line, end_col, &used) != 2 || used == 0)
        return FALSE;
      message += used;
    }
  if (!g_str_has_prefix (message, ": "))
    return FALSE;
  *text = message + 2;
  return TRUE;
}
