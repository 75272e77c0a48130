/* pml-py-ast.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The syntax tree of a scenario, as CPython's ast module names it. */
typedef enum
{
  /* statements */
  N_MODULE, N_EXPR_STMT, N_ASSIGN, N_AUGASSIGN, N_DELETE, N_IF, N_WHILE, N_FOR,
  N_BREAK, N_CONTINUE, N_PASS, N_RETURN, N_FUNCTIONDEF, N_CLASSDEF, N_GLOBAL,
  N_NONLOCAL, N_IMPORT, N_IMPORTFROM, N_TRY, N_RAISE, N_ASSERT, N_WITH, N_ANNASSIGN,
  /* expressions */
  N_NAME, N_CONST, N_BINOP, N_UNARYOP, N_BOOLOP, N_COMPARE, N_CALL, N_ATTRIBUTE,
  N_SUBSCRIPT, N_SLICE, N_LIST, N_TUPLE, N_DICT, N_SET, N_LISTCOMP, N_SETCOMP,
  N_DICTCOMP, N_GENEXP, N_IFEXP, N_LAMBDA, N_JOINEDSTR, N_FORMATTED, N_YIELD,
  N_STARRED, N_KEYWORD, N_COMPREHENSION, N_EXCEPTHANDLER, N_ALIAS, N_ARG, N_WITHITEM,
  N_NAMEDEXPR,
  /* the match statement and its patterns (pml-py-match.h) */
  N_MATCH, N_MATCH_CASE, N_MATCH_VALUE, N_MATCH_SINGLETON, N_MATCH_SEQUENCE,
  N_MATCH_MAPPING, N_MATCH_CLASS, N_MATCH_STAR, N_MATCH_AS, N_MATCH_OR,
} PmlNodeKind;

typedef enum
{
  C_NONE, C_TRUE, C_FALSE, C_ELLIPSIS, C_INT, C_FLOAT, C_COMPLEX, C_STR, C_BYTES,
} PmlConstKind;

typedef enum
{
  OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_FLOORDIV, OP_MOD, OP_POW, OP_LSHIFT,
  OP_RSHIFT, OP_AND, OP_OR, OP_XOR, OP_MATMUL,
  OP_NEG, OP_POS, OP_NOT, OP_INVERT,
  OP_LT, OP_LE, OP_EQ, OP_NE, OP_GT, OP_GE, OP_IS, OP_IS_NOT, OP_IN, OP_NOT_IN,
  OP_BOOL_AND, OP_BOOL_OR,
} PmlOp;

/* An N_ARG's flag */
typedef enum
{
  PARAM_POS, PARAM_POSONLY, PARAM_KWONLY, PARAM_VARARGS, PARAM_VARKW,
} PmlParamKind;

typedef struct _PmlNode PmlNode;
struct _PmlNode
{
  PmlNodeKind kind;
  int line, col;
  int end_line, end_col;   /* just past the node's last token; 0: follow the last child */
  int paren_line, paren_col, paren_end_line, paren_end_col;   /* the brackets around it; 0: none */
  int stmt_end_line, stmt_end_col;   /* a simple statement: just past its last token; 0: not one */
  PmlNode *a, *b, *c;      /* children: see the parser for each kind */
  GPtrArray *list;         /* statements, elements, arguments... */
  GPtrArray *list2;        /* orelse, keywords, values, ops */
  GPtrArray *list3;        /* finalbody, defaults */
  char *str;               /* a name; constant text */
  gsize str_len;
  PmlConstKind ckind;
  int op;
  int flag;                /* f-string conversion, ctx... */
  gpointer folded;         /* compiler: a constant object for this node */
};

PmlNode *pml_parse      (const char *filename,
                         const char *source,
                         gsize       length,
                         GError    **error);
void     pml_node_free  (PmlNode    *node);

/* the source's text (pml-py-source.c) */
char    *pml_source_normalize_newlines (const char  *source,
                                        gsize        length,
                                        gsize       *out_length);
gboolean pml_source_check_encoding     (const char  *filename,
                                        const char  *source,
                                        gsize        length,
                                        GError     **error);

/* where an expression ends, for a traceback's carets (pml-py-ast-span.c);
 * FALSE when the node's end is not known */
gboolean pml_node_end        (const PmlNode *node, int *line, int *col);
void     pml_node_error_end  (const PmlNode *node, int *line, int *col);
const char *pml_node_describe (const PmlNode *node);
gboolean pml_node_is_bitwise_or (const PmlNode *node);
/* a compound expression starts where its first operand does, brackets
 * included, as in CPython's locations */
void     pml_node_start_at   (PmlNode *node, const PmlNode *first);

G_END_DECLS
