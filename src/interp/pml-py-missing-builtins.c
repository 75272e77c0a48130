/* pml-py-missing-builtins.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-missing-builtins.h"

/* The builtins of CPython 3.11 that scenarios do not have. A script that
 * uses one is refused before it runs, so that a lesson never stops halfway
 * with a NameError that python3.11 would not raise. */
static const struct
{
  const char *name;
  const char *reason;
} missing[] = {
  { "open", "a scenario cannot read or write files" },
  { "eval", "a scenario runs only its own source" },
  { "exec", "a scenario runs only its own source" },
  { "compile", "a scenario runs only its own source" },
  { "__import__", "import modules with the import statement" },
  { "memoryview", "memoryview objects are outside the scenario language" },
  { "aiter", "asynchronous iteration is outside the scenario language" },
  { "anext", "asynchronous iteration is outside the scenario language" },
  { "breakpoint", "step through the script in the window instead" },
  { "help", "it is meant for the interactive prompt" },
  { "exit", "it is meant for the interactive prompt; use sys.exit()" },
  { "quit", "it is meant for the interactive prompt; use sys.exit()" },
  { "copyright", "it is meant for the interactive prompt" },
  { "credits", "it is meant for the interactive prompt" },
  { "license", "it is meant for the interactive prompt" },
};

const char *
pml_missing_builtin_reason (const char *name)
{
  for (gsize i = 0; i < G_N_ELEMENTS (missing); i++)
    if (strcmp (missing[i].name, name) == 0)
      return missing[i].reason;
  return NULL;
}
