/* fuzz-run.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdint.h>

#include "pml-py.h"
#include "pml-py-ast.h"

/* The whole interpreter: any bytes run as a script, as `pymemlab run`
 * does, within a small step budget and memory budget so that one input
 * takes a fraction of a second and no input can take the machine. Each
 * input gets a fresh heap and interpreter, freed before the next, so that
 * LeakSanitizer sees what an input leaks. */

/* lines executed; about a tenth of a second of loops under the sanitizers */
#define FUZZ_MAX_STEPS 20000
/* what the fuzzing process may hold: the sanitizers' own memory is part
 * of it (the budget is the process's resident size); libFuzzer's
 * -rss_limit_mb must be above it (README.md) */
#define FUZZ_MAX_MEMORY (G_GUINT64_CONSTANT (1536) << 20)

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

/* the script's output is not kept: a loop that prints would fill memory */
static void
discard_output (gboolean    is_stderr,
                const char *text,
                gsize       len,
                gpointer    user_data)
{
}

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

  options.max_steps = FUZZ_MAX_STEPS;
  options.max_memory = FUZZ_MAX_MEMORY;
  interp = pml_interp_new (heap, &options);
  if (pml_interp_load (interp, "fuzz.py", (const char *) data, size, &error))
    {
      pml_interp_set_argv0 (interp, "fuzz.py");
      pml_interp_set_output (interp, discard_output, NULL);
      /* any exit status: sys.exit (N) sets it */
      pml_interp_run (interp);
    }
  pml_interp_free (interp);
  return 0;
}
