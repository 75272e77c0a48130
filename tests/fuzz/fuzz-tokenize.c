/* fuzz-tokenize.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdint.h>
#include <string.h>

#include "pml-py-parse-private.h"

/* The tokenizer alone: any bytes, read to the end or to the first error,
 * as pml_parse () sets it up (lines normalized, NUL and non-UTF-8 refused
 * before a token is read). */

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *source = NULL;
  PmlParser p = { 0 };
  gsize length;

  source = pml_source_normalize_newlines ((const char *) data, size, &length);
  if (memchr (source, '\0', length) != NULL || !g_utf8_validate (source, (gssize) length, NULL))
    return 0;

  p.filename = "<fuzz>";
  p.src = source;
  p.len = length;
  p.line = 1;
  p.n_indents = 1;
  p.at_line_start = TRUE;
  if (length >= 3 && memcmp (source, "\xEF\xBB\xBF", 3) == 0)
    p.pos = p.line_start = 3;

  while (pml_parser_advance (&p) && p.tok.kind != TK_END)
    ;
  g_clear_error (&p.error);
  return 0;
}
