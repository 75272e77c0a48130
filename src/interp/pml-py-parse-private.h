/* pml-py-parse-private.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "pml-py.h"
#include "pml-py-ast.h"

G_BEGIN_DECLS

/* What the tokenizer, the string literal parser and the grammar share. */

#define MAX_NESTING 200   /* CPython's tokenizer refuses deeper brackets too */
#define MAX_INDENT 100

typedef enum
{
  TK_END, TK_NEWLINE, TK_INDENT, TK_DEDENT, TK_NAME, TK_NUMBER, TK_STRING, TK_OP,
} PmlTokKind;

typedef struct
{
  PmlTokKind kind;
  int line, col;
  const char *start;
  gsize len;
} PmlToken;

typedef struct
{
  const char *filename;
  const char *src;
  gsize len;
  gsize pos;
  int line;
  gsize line_start;
  int indents[MAX_INDENT];
  int alt_indents[MAX_INDENT];   /* the same, counting a tab as one column */
  int n_indents;
  int pending_dedents;
  int nesting;
  int base_nesting;       /* f-string fields start inside braces */
  char paren_char[MAX_NESTING];   /* each open bracket, for "'[' was never closed" */
  int paren_line[MAX_NESTING], paren_col[MAX_NESTING];
  gboolean at_line_start;
  PmlToken tok;           /* current */
  PmlToken peek;
  gboolean has_peek;
  GError *error;
  int depth;              /* recursion of the parser */
  int prev_end_line, prev_end_col;   /* just past the last token consumed */
  gboolean walrus_ok;     /* an unbracketed ':=' is allowed (a condition) */
  gboolean trying;        /* a trial parse for an error's hint: no hints */
  int function_depth;     /* 'await' outside a function is an error */
  gboolean tokenizer_failed;   /* the error is the tokenizer's own */
  const PmlToken *after_strings; /* joining string literals: the token after them */
} PmlParser;

gboolean  pml_parser_fail_at       (PmlParser      *p,
                                    int             line,
                                    int             col,
                                    PmlScriptError  code,
                                    const char     *fmt,
                                    ...) G_GNUC_PRINTF (5, 6);

gboolean  pml_parser_fail_span     (PmlParser      *p,
                                    int             line,
                                    int             col,
                                    int             end_line,
                                    int             end_col,
                                    const char     *fmt,
                                    ...) G_GNUC_PRINTF (6, 7);
gboolean  pml_parser_fail_tok      (PmlParser      *p,
                                    const PmlToken *t,
                                    const char     *fmt,
                                    ...) G_GNUC_PRINTF (3, 4);

#define FAIL_TOK(p, t, ...) pml_parser_fail_tok ((p), (t), __VA_ARGS__)
#define UNSUPPORTED(p, line, col, ...) pml_parser_fail_at ((p), (line), (col), PML_SCRIPT_ERROR_UNSUPPORTED, __VA_ARGS__)
#define AT(p, text) pml_token_is (&(p)->tok, (text))
#define CHECK(x) G_STMT_START { if (!(x)) goto fail; } G_STMT_END

/* pml-py-tokenize.c */
gboolean  pml_parser_advance       (PmlParser      *p);
PmlToken *pml_parser_peek          (PmlParser      *p);
gboolean  pml_parser_expect        (PmlParser      *p,
                                    const char     *text);
gboolean  pml_token_is             (const PmlToken *t,
                                    const char     *text);
gboolean  pml_token_is_keyword     (const PmlToken *t);

/* pml-py-parse.c */
gboolean  pml_parser_enter         (PmlParser      *p,
                                    int             levels);
PmlNode  *pml_node_new             (PmlNodeKind     kind,
                                    const PmlToken *at);
GPtrArray *pml_node_list           (void);
PmlNode  *pml_parse_testlist_star  (PmlParser      *p,
                                    gboolean        allow_star);

/* pml-py-parse-string.c */
PmlNode  *pml_parse_strings        (PmlParser      *p);

/* pml-py-parse-match.c, and what it uses of pml-py-parse.c */
PmlNode  *pml_parse_match          (PmlParser      *p);
PmlNode  *pml_parse_number         (PmlParser      *p);
PmlNode  *pml_parse_test           (PmlParser      *p);
GPtrArray *pml_parse_block         (PmlParser      *p);

G_END_DECLS
