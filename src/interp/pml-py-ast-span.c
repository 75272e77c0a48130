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
last_operand (const PmlNode *n)
{
  switch (n->kind)
    {
    case N_BINOP:
      return n->b;
    case N_UNARYOP:
    case N_STARRED:
    case N_LAMBDA:
      return n->a;
    case N_NAMEDEXPR:
      return n->b;
    case N_IFEXP:
      return n->c;
    case N_BOOLOP:
    case N_COMPARE:
    case N_TUPLE:
      return n->list != NULL && n->list->len > 0 ? n->list->pdata[n->list->len - 1] : NULL;
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

void
pml_node_start_at (PmlNode *n, const PmlNode *first)
{
  n->line = first->paren_line > 0 ? first->paren_line : first->line;
  n->col = first->paren_line > 0 ? first->paren_col : first->col;
}
