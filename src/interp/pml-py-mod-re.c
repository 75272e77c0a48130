/* pml-py-mod-re.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pml-py-mod-re.h"
#include "pml-py-module-table.h"

/* The internal _sre module lib/re.py builds on: compile() turns a
 * pattern string into a Pattern (or raises re.error), and the Pattern
 * and Match types, which re names as re.Pattern and re.Match. */

/* compile(pattern, flags) */
static PmlObj *
sre_compile (PmlObj  *self,
             PmlObj **args,
             gsize    nargs,
             PmlObj  *kwnames)
{
  static const char *const names[] = { "pattern", "flags", NULL };
  static const PmlArgSpec spec = { "compile", names, 2, 2, FALSE };
  PmlObj *a[2];
  gint64 flags;

  (void) self;
  if (!pml_parse_args (&spec, args, nargs, kwnames, a) || !pml_index_value (a[1], &flags))
    return NULL;
  return pml_re_compile (a[0], flags);
}

PmlObj *
pml_module_make__sre (void)
{
  PmlObj *m = pml_module_new_imported ("_sre"), *f, *v;

  if (m == NULL)
    return NULL;
  f = pml_builtin_new ("compile", sre_compile, m);
  pml_dict_set_str (m->u.mod.dict, "compile", f);
  pml_decref (f);
  pml_dict_set_str (m->u.mod.dict, "Pattern", pml_native_type (&pml_re_pattern_type));
  pml_dict_set_str (m->u.mod.dict, "Match", pml_native_type (&pml_re_match_type));
  v = pml_int_new (RE_MAXREPEAT);
  pml_dict_set_str (m->u.mod.dict, "MAXREPEAT", v);
  pml_decref (v);
  return m;
}
