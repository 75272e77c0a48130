/* pml-py-format.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "pml-py-object.h"

G_BEGIN_DECLS

/* String formatting as CPython 3.11 does it: the format-spec
 * mini-language, format(), str.format, printf-style %, f-string fields,
 * and correctly rounded float text. */

typedef struct
{
  gunichar fill;
  char     align;        /* '<' '>' '^' '=' */
  char     sign;         /* '+' '-' ' ' or 0 */
  gboolean no_neg_0;     /* 'z' */
  gboolean alternate;    /* '#' */
  gint64   width;        /* -1: none */
  char     grouping;     /* ',' '_' or 0 */
  gint64   precision;    /* -1: none */
  gunichar type;         /* 0: none */
} PmlFormatSpec;

/* Parses @spec (UTF-8) for an object of type @type_name; on failure
 * returns FALSE with CPython's ValueError message in @error */
gboolean  pml_format_spec_parse (const char *spec, gsize nbytes, const char *type_name,
                                 char default_type, char default_align, PmlFormatSpec *out,
                                 char **error);

/* PyOS_double_to_string: @code one of e E f F g G r, flags below */
enum
{
  PML_DTSF_ALT = 1 << 0,
  PML_DTSF_ADD_DOT_0 = 1 << 1,
  PML_DTSF_NO_NEG_0 = 1 << 2,
};
char     *pml_double_to_string (double v, char code, int precision, guint flags);

PmlObj   *pml_format         (PmlObj *value, PmlObj *spec);     /* format(value, spec) */
PmlObj   *pml_format_value   (PmlObj *value, int oparg, PmlObj *spec);
PmlObj   *pml_str_format     (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj   *pml_str_format_map (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj   *pml_str_percent_format (PmlObj *fmt, PmlObj *args);       /* fmt % args */
PmlObj   *pml_builtin_dunder_format (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj   *pml_builtin_format (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj   *pml_builtin_round  (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj   *pml_ascii_of       (PmlObj *v);                       /* ascii(v) */
/* the digits of %d %o %x %X: [-][0x]digits, at least @prec digits */
PmlObj   *pml_format_long_text (PmlObj *v, gboolean alt, int prec, gunichar type);
PmlObj   *pml_bytes_percent_format (PmlObj *fmt, PmlObj *args);    /* bytes % args */
PmlObj   *pml_int_to_str     (PmlObj *v);                       /* str(int) */
PmlObj   *pml_float_to_str   (double v);                        /* str(float) */

/* FORMAT_VALUE's argument, as CPython 3.11 */
#define PML_FVC_MASK  0x3
#define PML_FVC_NONE  0x0
#define PML_FVC_STR   0x1
#define PML_FVC_REPR  0x2
#define PML_FVC_ASCII 0x3
#define PML_FVS_HAVE_SPEC 0x4

G_END_DECLS
