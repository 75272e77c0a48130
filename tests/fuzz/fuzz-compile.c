/* fuzz-compile.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdint.h>

#include "pml-py.h"
#include "pml-py-ast.h"

/* The parser, the symbol table and the compiler: any bytes loaded as a
 * script (pml_interp_load), never run. The constants a script folds are
 * simulated objects, so each input gets its own heap and interpreter,
 * freed before the next. */

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

/* Most mutated inputs are not Python: the parser, which needs no
 * interpreter, refuses them at a fraction of an interpreter's start-up
 * (pml_compile_module parses the same normalized text again) */
static gboolean
parses (const uint8_t *data,
        size_t         size)
{
  g_autofree char *source = NULL;
  PmlNode *module;
  gsize length;

  source = pml_source_normalize_newlines ((const char *) data, size, &length);
  module = pml_parse ("fuzz.py", source, length, NULL);
  if (module == NULL)
    return FALSE;
  pml_node_free (module);
  return TRUE;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(PmlHeap) heap = NULL;
  g_autoptr(GError) error = NULL;
  PmlInterpOptions options = { 0 };
  PmlInterp *interp;

  if (!parses (data, size))
    return 0;
  heap = pml_heap_new (pml_preset_get_default ());

  interp = pml_interp_new (heap, &options);
  if (!pml_interp_load (interp, "fuzz.py", (const char *) data, size, &error))
    g_assert (error != NULL && error->domain == PML_SCRIPT_ERROR);
  pml_interp_free (interp);
  return 0;
}
