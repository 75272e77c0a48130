/* pml-py-module-table.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pml-py-object.h"

G_BEGIN_DECLS

/* Builds a module written in C: a module object with its names set. */
typedef PmlObj *(*PmlModuleInit) (void);

/* A module a scenario can import: written in C (init), or in Python and
 * bundled with the program (lib/NAME.py, run by the simulated interpreter
 * at the first import, so its objects live in the simulated heap as the
 * objects of CPython's own Python modules do). */
typedef struct
{
  const char   *name;
  PmlModuleInit init;         /* NULL: the module is lib/NAME.py */
  gboolean      at_start;     /* made with the interpreter (sys, gc) */
  gboolean      internal;     /* imported by bundled modules only */
} PmlModuleDef;

const PmlModuleDef *pml_module_find      (const char *name);
char               *pml_module_list_text (void);
/* one of CPython 3.11's standard modules, or a submodule of one */
gboolean            pml_is_stdlib_module (const char *name);
PmlObj             *pml_module_load      (const PmlModuleDef *def);
void                pml_modules_init     (void);

/* the C modules (each in its own file) */
PmlObj *pml_module_make_gc       (void);
PmlObj *pml_module_make_math     (void);
PmlObj *pml_module_make__random  (void);
PmlObj *pml_module_make_sys      (void);
PmlObj *pml_module_make_pymalloc (void);
PmlObj *pml_module_make__collections (void);
PmlObj *pml_module_make_itertools (void);
PmlObj *pml_module_make_operator  (void);
PmlObj *pml_module_make_array     (void);
PmlObj *pml_module_make_io        (void);
PmlObj *pml_module_make_time      (void);
PmlObj *pml_module_make__functools (void);
PmlObj *pml_module_make_pmlsupport (void);
PmlObj *pml_module_make_weakref_core (void);
PmlObj *pml_module_make_atexit   (void);
PmlObj *pml_module_make_tracemalloc_core (void);
PmlObj *pml_module_make__heapq   (void);
PmlObj *pml_module_make__bisect  (void);
PmlObj *pml_module_make__sre     (void);
PmlObj *pml_module_make_datetime (void);

/* atexit's functions, run as the interpreter shuts down (pml-py-mod-atexit.c) */
void    pml_atexit_run           (void);
gboolean pml_atexit_running      (void);

G_END_DECLS
