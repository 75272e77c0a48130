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

/* An N_ARG's kind */
typedef enum
{
  PARAM_POS, PARAM_POSONLY, PARAM_KWONLY, PARAM_VARARGS, PARAM_VARKW,
} PmlParamKind;

typedef struct _PmlNode PmlNode;

/* The children of each kind, named after the fields of CPython's ast
 * module. A GPtrArray of nodes owns them; NULL where Python's field is None
 * or an absent block. */
typedef union
{
  struct { GPtrArray *body; } module;
  struct { PmlNode *value; } expr_stmt;
  struct { GPtrArray *targets; PmlNode *value; } assign;
  struct { PmlNode *target; int op; PmlNode *value; } aug_assign;
  /* simple: the target is a bare name, not in brackets */
  struct { PmlNode *target, *annotation, *value; gboolean simple; } ann_assign;
  struct { GPtrArray *targets; } delete_stmt;
  struct { PmlNode *test; GPtrArray *body, *orelse; } if_stmt;
  struct { PmlNode *test; GPtrArray *body, *orelse; } while_stmt;
  struct { PmlNode *target, *iter; GPtrArray *body, *orelse; } for_stmt;
  struct { PmlNode *value; } return_stmt;
  /* args: N_ARG nodes in co_varnames order; defaults: the positional ones' */
  struct { char *name; PmlNode *returns; GPtrArray *decorator_list, *body, *args, *defaults; } function_def;
  struct { char *name; GPtrArray *decorator_list, *body, *bases, *keywords; } class_def;
  /* N_GLOBAL and N_NONLOCAL: N_NAME nodes */
  struct { GPtrArray *names; } global;
  struct { GPtrArray *names; } import;
  struct { char *module; GPtrArray *names; } import_from;
  /* asname: an N_NAME, where the name it binds was written */
  struct { char *name; PmlNode *asname; } alias;
  struct { GPtrArray *body, *handlers, *orelse, *finalbody; } try_stmt;
  struct { PmlNode *type; char *name; GPtrArray *body; } except_handler;
  struct { PmlNode *exc, *cause; } raise;
  struct { PmlNode *test, *msg; } assert_stmt;
  struct { GPtrArray *items, *body; } with_stmt;
  struct { PmlNode *context_expr, *optional_vars; } withitem;
  struct { char *id; } name;
  /* text: the digits of a number, the decoded bytes of a string */
  struct { PmlConstKind kind; char *text; gsize len; } constant;
  struct { PmlNode *left; int op; PmlNode *right; } binop;
  struct { int op; PmlNode *operand; } unaryop;
  struct { int op; GPtrArray *values; } boolop;
  /* ops: PmlOp values in GINT_TO_POINTER, one per comparator */
  struct { PmlNode *left; GPtrArray *comparators, *ops; } compare;
  struct { PmlNode *func; GPtrArray *args, *keywords; } call;
  /* arg: NULL for **mapping */
  struct { char *arg; PmlNode *value; } keyword;
  struct { PmlNode *value; char *attr; } attribute;
  struct { PmlNode *value, *slice; } subscript;
  struct { PmlNode *lower, *upper, *step; } slice;
  /* N_LIST, N_TUPLE and N_SET */
  struct { GPtrArray *elts; } sequence;
  /* keys: NULL for **mapping */
  struct { GPtrArray *keys, *values; } dict;
  /* N_LISTCOMP, N_SETCOMP, N_GENEXP; N_DICTCOMP's key is elt */
  struct { PmlNode *elt, *value; GPtrArray *generators; } comp;
  struct { PmlNode *target, *iter; GPtrArray *ifs; } comprehension;
  struct { PmlNode *test, *body, *orelse; } if_exp;
  struct { PmlNode *body; GPtrArray *args, *defaults; } lambda;
  struct { GPtrArray *values; } joined_str;
  /* conversion: 's', 'r', 'a' or 0 */
  struct { PmlNode *value, *format_spec; int conversion; } formatted_value;
  struct { PmlNode *value; gboolean is_from; } yield;
  struct { PmlNode *value; } starred;
  struct { PmlNode *target, *value; } named_expr;
  /* kw_default: a keyword-only parameter's default */
  struct { char *arg; PmlParamKind kind; PmlNode *kw_default, *annotation; } arg;
  /* the match statement and its patterns (pml-py-match.h) */
  struct { PmlNode *subject; GPtrArray *cases; } match;
  struct { PmlNode *pattern, *guard; GPtrArray *body; } match_case;
  /* value: a literal or a dotted name */
  struct { PmlNode *value; } match_value;
  /* value: C_NONE, C_TRUE or C_FALSE */
  struct { PmlConstKind value; } match_singleton;
  struct { GPtrArray *patterns; } match_sequence;
  /* keys: an N_TUPLE of the key expressions */
  struct { PmlNode *keys; GPtrArray *patterns; char *rest; } match_mapping;
  /* kwd_attrs: an N_TUPLE of N_CONST strings */
  struct { PmlNode *cls, *kwd_attrs; GPtrArray *patterns, *kwd_patterns; } match_class;
  /* name: NULL for *_ */
  struct { char *name; } match_star;
  /* pattern and name both NULL: the wildcard _ */
  struct { PmlNode *pattern; char *name; } match_as;
  struct { GPtrArray *patterns; } match_or;
} PmlNodeFields;

struct _PmlNode
{
  PmlNodeKind kind;
  int line, col;
  int end_line, end_col;   /* just past the node's last token; 0: follow the last child */
  int paren_line, paren_col, paren_end_line, paren_end_col;   /* the brackets around it; 0: none */
  int stmt_end_line, stmt_end_col;   /* a simple statement: just past its last token; 0: not one */
  gboolean parenthesized;  /* written in brackets of its own */
  gboolean bracketed_tuple;   /* an N_TUPLE written with brackets */
  gpointer folded;         /* compiler: a constant object for this node */
  PmlNodeFields v;
};

/* A child slot of a node: exactly one of node and list is set */
typedef struct
{
  PmlNode   **node;
  GPtrArray **list;
} PmlNodeChild;

#define PML_NODE_MAX_CHILDREN 6

/* The node's child slots, in a fixed order (pml-py-ast-children.c) */
guint    pml_node_children (PmlNode      *node,
                            PmlNodeChild  children[PML_NODE_MAX_CHILDREN]);

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
