/* pml-py-ast-span.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pml-py-ast.h"

/* The end of an expression, as CPython's end_lineno and end_col_offset:
 * the parser records it where a node ends with a token of its own (a name,
 * a constant, a closing bracket); any other expression ends where its last
 * operand does. Followed in a loop, not by recursion, so a chain of
 * 100,000 operators costs no stack. */

static const PmlNode *
last_of (const GPtrArray *list)
{
  return list != NULL && list->len > 0 ? list->pdata[list->len - 1] : NULL;
}

static const PmlNode *
last_operand (const PmlNode *n)
{
  switch (n->kind)
    {
    case N_BINOP:
      return n->v.binop.right;
    case N_UNARYOP:
      return n->v.unaryop.operand;
    case N_STARRED:
      return n->v.starred.value;
    case N_LAMBDA:
      return n->v.lambda.body;
    case N_NAMEDEXPR:
      return n->v.named_expr.value;
    case N_IFEXP:
      return n->v.if_exp.orelse;
    case N_BOOLOP:
      return last_of (n->v.boolop.values);
    case N_COMPARE:
      return last_of (n->v.compare.comparators);
    case N_TUPLE:
      return last_of (n->v.sequence.elts);
    default:
      return NULL;
    }
}

gboolean
pml_node_end (const PmlNode *n, int *line, int *col)
{
  gboolean outermost = TRUE;

  while (n != NULL)
    {
      /* an operand's brackets are part of the expression it ends */
      if (!outermost && n->paren_end_line > 0)
        {
          *line = n->paren_end_line;
          *col = n->paren_end_col;
          return TRUE;
        }
      if (n->end_line > 0)
        {
          *line = n->end_line;
          *col = n->end_col;
          return TRUE;
        }
      n = last_operand (n);
      outermost = FALSE;
    }
  return FALSE;
}

/* Where the range a SyntaxError underlines at NODE ends: a simple
 * statement's last token, an expression's end, or one character */
void
pml_node_error_end (const PmlNode *n, int *line, int *col)
{
  if (n->stmt_end_line > 0)
    {
      *line = n->stmt_end_line;
      *col = n->stmt_end_col;
      return;
    }
  if (n->kind == N_YIELD && n->v.yield.value != NULL && pml_node_end (n->v.yield.value, line, col))
    return;
  if (n->kind == N_KEYWORD && n->v.keyword.value != NULL && pml_node_end (n->v.keyword.value, line, col))
    return;
  if (n->kind == N_YIELD && n->v.yield.value == NULL)
    {
      *line = n->line;
      *col = n->col + 5;
      return;
    }
  if (n->kind == N_EXCEPTHANDLER || n->kind < N_NAME)
    {
      /* a compound statement: to the end of its first line */
      *line = n->line + 1;
      *col = 0;
      return;
    }
  if (pml_node_end (n, line, col))
    return;
  *line = n->line;
  *col = n->col + (n->kind == N_YIELD ? 5 : 1);
}

void
pml_node_start_at (PmlNode *n, const PmlNode *first)
{
  n->line = first->paren_line > 0 ? first->paren_line : first->line;
  n->col = first->paren_line > 0 ? first->paren_col : first->col;
}

/* _PyPegen_get_expr_name: how a SyntaxError names an expression */
const char *
pml_node_describe (const PmlNode *n)
{
  switch (n->kind)
    {
    case N_ATTRIBUTE: return "attribute";
    case N_SUBSCRIPT: return "subscript";
    case N_STARRED: return "starred";
    case N_NAME: return "name";
    case N_LIST: return "list";
    case N_TUPLE: return "tuple";
    case N_LAMBDA: return "lambda";
    case N_CALL: return "function call";
    case N_BOOLOP:
    case N_BINOP:
    case N_UNARYOP: return "expression";
    case N_GENEXP: return "generator expression";
    case N_YIELD: return "yield expression";
    case N_LISTCOMP: return "list comprehension";
    case N_SETCOMP: return "set comprehension";
    case N_DICTCOMP: return "dict comprehension";
    case N_DICT: return "dict literal";
    case N_SET: return "set display";
    case N_JOINEDSTR:
    case N_FORMATTED: return "f-string expression";
    case N_COMPARE: return "comparison";
    case N_IFEXP: return "conditional expression";
    case N_NAMEDEXPR: return "named expression";
    case N_CONST:
      switch (n->v.constant.kind)
        {
        case C_NONE: return "None";
        case C_TRUE: return "True";
        case C_FALSE: return "False";
        case C_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    default:
      return "expression";
    }
}

/* invalid_named_expression's "a=bitwise_or": an operand no looser than |,
 * or anything in brackets */
gboolean
pml_node_is_bitwise_or (const PmlNode *n)
{
  if (n->parenthesized)
    return TRUE;
  switch (n->kind)
    {
    case N_COMPARE: case N_BOOLOP: case N_IFEXP: case N_LAMBDA: case N_NAMEDEXPR:
    case N_YIELD: case N_STARRED:
      return FALSE;
    case N_UNARYOP:
      return n->v.unaryop.op != OP_NOT;
    default:
      return TRUE;
    }
}
