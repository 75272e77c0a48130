/* pml-py-probes.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pml-py-interp-private.h"

/* The answers a memory lesson prints (sys.getsizeof, sys.getrefcount)
 * and the collections, kept with where they happened, so that two runs of one script under
 * two presets can be compared line by line (pml-version-diff.c) even when
 * the script does not print them. */

void pml_vm_note_probe (PmlProbeKind kind, gint64 value);

void
pml_vm_note_probe (PmlProbeKind kind,
                   gint64       value)
{
  PmlProbe probe = { VM->events.length, VM->line, kind, value };

  if (!VM->opts.record_events)
    return;
  if (VM->probes == NULL)
    VM->probes = g_array_new (FALSE, FALSE, sizeof (PmlProbe));
  g_array_append_val (VM->probes, probe);
}

const GArray *
pml_interp_get_probes (PmlInterp *interp)
{
  return interp->vm.probes;
}

gint
pml_interp_get_running_line (PmlInterp *interp)
{
  return interp->vm.line;
}
