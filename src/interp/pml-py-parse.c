/* pml-py-parse.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "pml-py-parse-private.h"
#include "pml-py-vm.h"

/* A recursive-descent parser for the scenario subset of Python 3.11, on
 * the tokens of pml-py-tokenize.c. Everything outside the subset is refused
 * here or in the compiler, with the line and column, before anything runs. */

/* ---- nodes ---- */

PmlNode *
pml_node_new (PmlNodeKind kind, const PmlToken *at)
{
  PmlNode *n = g_new0 (PmlNode, 1);

  n->kind = kind;
  n->line = at->line;
  n->col = at->col;
  return n;
}

GPtrArray *
pml_node_list (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) pml_node_free);
}

static PmlNode *parse_expr (PmlParser *p);
static PmlNode *parse_test (PmlParser *p);
static PmlNode *parse_or_test (PmlParser *p);
static PmlNode *parse_star_expr (PmlParser *p);
static GPtrArray *parse_block (PmlParser *p);
static PmlNode *parse_statement (PmlParser *p);
static PmlNode *parse_with (PmlParser *p);

/* pegen's MAXSTACK (6000), less the levels a statement's rules take before
 * its expression: where CPython's parser gives up with a MemoryError */
#define MAX_PARSER_LEVELS 5968

/* Counts @levels of CPython's parser for the construct being parsed (a
 * unary operator takes one, a `**` or a lambda two, an indented block
 * six): deep nesting fails where CPython's does, long before the C stack */
gboolean
pml_parser_enter (PmlParser *p, int levels)
{
  p->depth += levels;
  if (p->depth > MAX_PARSER_LEVELS || pml_cstack_exhausted ())
    return pml_parser_fail_at (p, p->tok.line, p->tok.col, PML_SCRIPT_ERROR_UNLOCATED, "MemoryError");
  return TRUE;
}

static gboolean
enter (PmlParser *p)
{
  return pml_parser_enter (p, 1);
}


static PmlNode *
parse_number (PmlParser *p)
{
  PmlNode *n = pml_node_new (N_CONST, &p->tok);
  g_autoptr(GString) digits = g_string_new (NULL);
  gboolean is_float = FALSE, is_imaginary = FALSE;

  for (gsize i = 0; i < p->tok.len; i++)
    {
      char c = p->tok.start[i];

      if (c == '_')
        continue;
      if (c == 'j' || c == 'J')
        {
          is_imaginary = TRUE;
          break;
        }
      if ((c == '.' || c == 'e' || c == 'E') && !(p->tok.len > 1 && p->tok.start[0] == '0' && strchr ("xXoObB", p->tok.start[1])))
        is_float = TRUE;
      g_string_append_c (digits, c);
    }
  n->v.constant.kind = is_imaginary ? C_COMPLEX : is_float ? C_FLOAT : C_INT;
  n->v.constant.len = digits->len;
  n->v.constant.text = g_string_free (g_steal_pointer (&digits), FALSE);
  if (!pml_parser_advance (p))
    {
      pml_node_free (n);
      return NULL;
    }
  return n;
}

static PmlNode *parse_comprehension_tail (PmlParser *p, PmlNodeKind kind, PmlNode *elt, PmlNode *value, const PmlToken *at);
static PmlNode *parse_target_list (PmlParser *p);
static PmlNode *parse_atom (PmlParser *p);
static PmlNode *parse_trailers (PmlParser *p, PmlNode *n);

/* where a node starts, its brackets included */
static void
node_start (const PmlNode *n, int *line, int *col)
{
  *line = n->paren_line > 0 ? n->paren_line : n->line;
  *col = n->paren_line > 0 ? n->paren_col : n->col;
}

/* where a node ends, its brackets included */
static void
node_end (const PmlNode *n, int *line, int *col)
{
  if (n->paren_end_line > 0)
    {
      *line = n->paren_end_line;
      *col = n->paren_end_col;
    }
  else
    pml_node_error_end (n, line, col);
}

/* a SyntaxError underlining from A's start to B's end */
static gboolean
fail_range (PmlParser *p, const PmlNode *a, const PmlNode *b, const char *msg)
{
  int line, col, end_line, end_col;

  node_start (a, &line, &col);
  node_end (b, &end_line, &end_col);
  return pml_parser_fail_span (p, line, col, end_line, end_col, "%s", msg);
}

/* A trial parse for a hint: the parser as it was, to go back to */
static PmlParser *
trial_begin (PmlParser *p)
{
  PmlParser *saved = g_memdup2 (p, sizeof *p);

  p->trying = TRUE;
  return saved;
}

static void
trial_rewind (PmlParser *p, PmlParser *saved)
{
  g_clear_error (&p->error);
  *p = *saved;
  g_free (saved);
}

static void
trial_keep (PmlParser *p, PmlParser *saved)
{
  p->trying = saved->trying;
  g_free (saved);
}

/* a token that starts an expression and cannot go on the one before it */
static gboolean
starts_operand (const PmlToken *t)
{
  if (t->kind == TK_NUMBER || t->kind == TK_STRING)
    return TRUE;
  if (t->kind == TK_NAME)
    return !pml_token_is_keyword (t) || pml_token_is (t, "True") || pml_token_is (t, "False")
           || pml_token_is (t, "None") || pml_token_is (t, "not") || pml_token_is (t, "lambda");
  return pml_token_is (t, "{") || pml_token_is (t, "~") || pml_token_is (t, "...");
}

static const PmlNode *
leftmost (const PmlNode *n)
{
  while (!n->parenthesized && n->paren_line == 0)
    {
      const PmlNode *next = NULL;

      switch (n->kind)
        {
        case N_BINOP:
          next = n->v.binop.left;
          break;
        case N_COMPARE:
          next = n->v.compare.left;
          break;
        case N_CALL:
          next = n->v.call.func;
          break;
        case N_ATTRIBUTE:
          next = n->v.attribute.value;
          break;
        case N_SUBSCRIPT:
          next = n->v.subscript.value;
          break;
        case N_BOOLOP:
          next = n->v.boolop.values->len > 0 ? n->v.boolop.values->pdata[0] : NULL;
          break;
        default:
          break;
        }
      if (next == NULL)
        break;
      n = next;
    }
  return n;
}

/* invalid_expression: inside brackets, an expression straight after
 * another one is a missing comma ("print('a' 'b' x)", "[1 2]") */
static gboolean
missing_comma (PmlParser *p, PmlNode *a)
{
  const PmlNode *first = leftmost (a);
  PmlParser *saved;
  PmlNode *b;

  if (p->trying || p->nesting <= p->base_nesting || !starts_operand (&p->tok))
    return FALSE;
  if (a->kind == N_NAME && !a->parenthesized && p->tok.kind == TK_STRING)
    return FALSE;
  if (first->kind == N_NAME && (strcmp (first->v.name.id, "match") == 0 || strcmp (first->v.name.id, "case") == 0
                                || strcmp (first->v.name.id, "_") == 0))
    return FALSE;
  if (a->kind == N_NAME && (strcmp (a->v.name.id, "print") == 0 || strcmp (a->v.name.id, "exec") == 0))
    return FALSE;
  saved = trial_begin (p);
  b = parse_test (p);
  if (b == NULL)
    {
      trial_rewind (p, saved);
      return FALSE;
    }
  trial_keep (p, saved);
  fail_range (p, a, b, "invalid syntax. Perhaps you forgot a comma?");
  pml_node_free (b);
  return TRUE;
}

/* invalid_named_expression: "if x = 3:", "while f() = 2:", "(x = 1)" */
static gboolean
misplaced_assign (PmlParser *p, PmlNode *a)
{
  PmlParser *saved;
  PmlNode *b;

  gboolean name = a->kind == N_NAME && !a->parenthesized;

  if (!AT (p, "=") || p->trying)
    return FALSE;
  if (!name && (!pml_node_is_bitwise_or (a) || a->kind == N_LIST || a->kind == N_GENEXP || a->bracketed_tuple
                || (a->kind == N_CONST && (a->v.constant.kind == C_TRUE || a->v.constant.kind == C_FALSE || a->v.constant.kind == C_NONE))))
    return FALSE;
  saved = trial_begin (p);
  if (!pml_parser_advance (p) || (b = parse_expr (p)) == NULL)
    {
      trial_rewind (p, saved);
      return FALSE;
    }
  if (AT (p, "=") || AT (p, ":="))
    {
      pml_node_free (b);
      trial_rewind (p, saved);
      return FALSE;
    }
  trial_keep (p, saved);
  if (name)
    fail_range (p, a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
  else
    {
      g_autofree char *msg = g_strdup_printf ("cannot assign to %s here. Maybe you meant '==' instead of '='?",
                                              pml_node_describe (a));

      fail_range (p, a, a, msg);
    }
  pml_node_free (b);
  return TRUE;
}

/* an if, elif or while condition: a named expression */
static PmlNode *
parse_condition (PmlParser *p)
{
  gboolean saved = p->walrus_ok;
  PmlNode *n;

  p->walrus_ok = TRUE;
  n = parse_test (p);
  p->walrus_ok = saved;
  if (n != NULL && misplaced_assign (p, n))
    {
      pml_node_free (n);
      return NULL;
    }
  return n;
}

static PmlNode *
parse_atom_tokens (PmlParser *p)
{
  PmlToken t = p->tok;
  PmlNode *n = NULL;

  if (t.kind == TK_NUMBER)
    return parse_number (p);
  if (t.kind == TK_STRING)
    return pml_parse_strings (p);
  if (t.kind == TK_NAME)
    {
      if (pml_token_is (&t, "None") || pml_token_is (&t, "True") || pml_token_is (&t, "False"))
        {
          n = pml_node_new (N_CONST, &t);
          n->v.constant.kind = pml_token_is (&t, "None") ? C_NONE : pml_token_is (&t, "True") ? C_TRUE : C_FALSE;
          CHECK (pml_parser_advance (p));
          return n;
        }
      if (pml_token_is (&t, "await") && p->function_depth == 0)
        {
          /* the compiler's "'await' outside function", the whole await underlined */
          PmlNode *operand;
          int end_line, end_col;

          CHECK (pml_parser_advance (p));
          CHECK ((operand = parse_atom (p)));
          CHECK ((operand = parse_trailers (p, operand)));
          node_end (operand, &end_line, &end_col);
          pml_node_free (operand);
          pml_parser_fail_span (p, t.line, t.col, end_line, end_col, "'await' outside function");
          return NULL;
        }
      if (pml_token_is (&t, "await") || pml_token_is (&t, "async"))
        {
          UNSUPPORTED (p, t.line, t.col, "async code is not supported in scenarios");
          return NULL;
        }
      if (pml_token_is_keyword (&t))
        {
          FAIL_TOK (p, &t, "invalid syntax");
          return NULL;
        }
      n = pml_node_new (N_NAME, &t);
      n->v.name.id = g_strndup (t.start, t.len);
      CHECK (pml_parser_advance (p));
      return n;
    }
  if (pml_token_is (&t, "..."))
    {
      n = pml_node_new (N_CONST, &t);
      n->v.constant.kind = C_ELLIPSIS;
      CHECK (pml_parser_advance (p));
      return n;
    }
  if (pml_token_is (&t, "("))
    {
      CHECK (pml_parser_advance (p));
      if (AT (p, ")"))
        {
          n = pml_node_new (N_TUPLE, &t);
          n->v.sequence.elts = pml_node_list ();
          CHECK (pml_parser_advance (p));
          return n;
        }
      if (AT (p, "yield"))
        {
          PmlToken y = p->tok;

          CHECK (pml_parser_advance (p));
          n = pml_node_new (N_YIELD, &y);
          if (AT (p, "from"))
            {
              n->v.yield.is_from = TRUE;
              CHECK (pml_parser_advance (p));
              CHECK ((n->v.yield.value = parse_test (p)));
            }
          else if (!AT (p, ")"))
            CHECK ((n->v.yield.value = pml_parse_testlist_star (p, FALSE)));
          CHECK (pml_parser_expect (p, ")"));
          return n;
        }
      {
        PmlNode *first = parse_star_expr (p);

        CHECK (first);
        if (misplaced_assign (p, first))
          {
            pml_node_free (first);
            return NULL;
          }
        if (AT (p, "for"))
          {
            n = parse_comprehension_tail (p, N_GENEXP, first, NULL, &t);
            CHECK (n);
            CHECK (pml_parser_expect (p, ")"));
            return n;
          }
        if (AT (p, ")"))
          {
            /* the token after the bracket may be the error: "(j)'" */
            if (!pml_parser_advance (p))
              {
                pml_node_free (first);
                return NULL;
              }
            if (first->kind == N_STARRED)
              {
                FAIL_TOK (p, &t, "cannot use starred expression here");
                pml_node_free (first);
                return NULL;
              }
            first->parenthesized = TRUE;
            return first;
          }
        n = pml_node_new (N_TUPLE, &t);
        n->v.sequence.elts = pml_node_list ();
        g_ptr_array_add (n->v.sequence.elts, first);
        while (AT (p, ","))
          {
            CHECK (pml_parser_advance (p));
            if (AT (p, ")"))
              break;
            {
              PmlNode *e = parse_star_expr (p);
              CHECK (e);
              g_ptr_array_add (n->v.sequence.elts, e);
            }
          }
        CHECK (pml_parser_expect (p, ")"));
        n->bracketed_tuple = TRUE;
        return n;
      }
    }
  if (pml_token_is (&t, "["))
    {
      CHECK (pml_parser_advance (p));
      n = pml_node_new (N_LIST, &t);
      n->v.sequence.elts = pml_node_list ();
      if (AT (p, "]"))
        {
          CHECK (pml_parser_advance (p));
          return n;
        }
      {
        PmlNode *first = parse_star_expr (p);

        CHECK (first);
        if (misplaced_assign (p, first))
          {
            pml_node_free (first);
            goto fail;
          }
        if (AT (p, "for"))
          {
            pml_node_free (n);
            n = parse_comprehension_tail (p, N_LISTCOMP, first, NULL, &t);
            CHECK (n);
            CHECK (pml_parser_expect (p, "]"));
            return n;
          }
        g_ptr_array_add (n->v.sequence.elts, first);
        while (AT (p, ","))
          {
            CHECK (pml_parser_advance (p));
            if (AT (p, "]"))
              break;
            {
              PmlNode *e = parse_star_expr (p);
              CHECK (e);
              g_ptr_array_add (n->v.sequence.elts, e);
            }
          }
        CHECK (pml_parser_expect (p, "]"));
        return n;
      }
    }
  if (pml_token_is (&t, "{"))
    {
      CHECK (pml_parser_advance (p));
      if (AT (p, "}"))
        {
          n = pml_node_new (N_DICT, &t);
          n->v.dict.keys = pml_node_list ();
          n->v.dict.values = pml_node_list ();
          CHECK (pml_parser_advance (p));
          return n;
        }
      {
        PmlNode *first = NULL;

        if (!AT (p, "**"))
          CHECK ((first = parse_star_expr (p)));
        if (first == NULL || AT (p, ":"))
          {
            PmlNode *value;

            /* a NULL key: '**mapping'; until the dict holds it, the key
             * is freed here */
            if (!pml_parser_advance (p))
              {
                pml_node_free (first);
                return NULL;
              }
            if (first != NULL && (AT (p, "}") || AT (p, ",")))
              {
                pml_parser_fail_at (p, p->prev_end_line, p->prev_end_col - 1, PML_SCRIPT_ERROR_SYNTAX,
                                    "expression expected after dictionary key and ':'");
                pml_node_free (first);
                return NULL;
              }
            value = first == NULL ? parse_expr (p) : parse_test (p);
            if (value == NULL)
              {
                pml_node_free (first);
                return NULL;
              }
            if (first != NULL && AT (p, "for"))
              {
                n = parse_comprehension_tail (p, N_DICTCOMP, first, value, &t);
                CHECK (n);
                CHECK (pml_parser_expect (p, "}"));
                return n;
              }
            n = pml_node_new (N_DICT, &t);
            n->v.dict.keys = pml_node_list ();
            n->v.dict.values = pml_node_list ();
            g_ptr_array_add (n->v.dict.keys, first);
            g_ptr_array_add (n->v.dict.values, value);
            while (AT (p, ","))
              {
                PmlNode *k = NULL, *v;

                CHECK (pml_parser_advance (p));
                if (AT (p, "}"))
                  break;
                if (AT (p, "**"))
                  CHECK (pml_parser_advance (p));
                else
                  {
                    CHECK ((k = parse_test (p)));
                    g_ptr_array_add (n->v.dict.keys, k);
                    if (!AT (p, ":"))
                      {
                        int kl, kc;

                        /* invalid_kvpair: at the key's last character */
                        node_end (k, &kl, &kc);
                        pml_parser_fail_at (p, kl, kc - 1, PML_SCRIPT_ERROR_SYNTAX, "':' expected after dictionary key");
                        goto fail;
                      }
                    CHECK (pml_parser_advance (p));
                  }
                if (AT (p, "}") || AT (p, ","))
                  {
                    pml_parser_fail_at (p, p->prev_end_line, p->prev_end_col - 1, PML_SCRIPT_ERROR_SYNTAX,
                                        "expression expected after dictionary key and ':'");
                    goto fail;
                  }
                if (k == NULL)
                  g_ptr_array_add (n->v.dict.keys, NULL);
                CHECK ((v = k == NULL ? parse_expr (p) : parse_test (p)));
                g_ptr_array_add (n->v.dict.values, v);
              }
            CHECK (pml_parser_expect (p, "}"));
            return n;
          }
        if (AT (p, "for"))
          {
            n = parse_comprehension_tail (p, N_SETCOMP, first, NULL, &t);
            CHECK (n);
            CHECK (pml_parser_expect (p, "}"));
            return n;
          }
        n = pml_node_new (N_SET, &t);
        n->v.sequence.elts = pml_node_list ();
        g_ptr_array_add (n->v.sequence.elts, first);
        while (AT (p, ","))
          {
            PmlNode *e;

            CHECK (pml_parser_advance (p));
            if (AT (p, "}"))
              break;
            CHECK ((e = parse_star_expr (p)));
            g_ptr_array_add (n->v.sequence.elts, e);
          }
        CHECK (pml_parser_expect (p, "}"));
        return n;
      }
    }
  if (t.kind == TK_NEWLINE || t.kind == TK_END)
    FAIL_TOK (p, &t, "invalid syntax: an expression is missing");
  else if (t.kind == TK_INDENT)
    FAIL_TOK (p, &t, "unexpected indent");
  else
    FAIL_TOK (p, &t, "invalid syntax");
  return NULL;

fail:
  pml_node_free (n);
  return NULL;
}

/* for target in iter [if cond]... */
static PmlNode *
parse_comprehension_tail (PmlParser *p, PmlNodeKind kind, PmlNode *elt, PmlNode *value, const PmlToken *at)
{
  PmlNode *n = pml_node_new (kind, at);

  n->v.comp.elt = elt;
  n->v.comp.value = value;
  n->v.comp.generators = pml_node_list ();
  while (AT (p, "for") || AT (p, "async"))
    {
      PmlNode *gen = pml_node_new (N_COMPREHENSION, &p->tok);

      g_ptr_array_add (n->v.comp.generators, gen);
      if (AT (p, "async"))
        {
          UNSUPPORTED (p, p->tok.line, p->tok.col, "async comprehensions are not supported in scenarios");
          goto fail;
        }
      CHECK (pml_parser_advance (p));
      /* the target, as a for loop's: names, starred names, no 'in' */
      CHECK ((gen->v.comprehension.target = parse_target_list (p)));
      CHECK (pml_parser_expect (p, "in"));
      CHECK ((gen->v.comprehension.iter = parse_or_test (p)));
      gen->v.comprehension.ifs = pml_node_list ();
      while (AT (p, "if"))
        {
          PmlNode *cond;

          CHECK (pml_parser_advance (p));
          CHECK ((cond = parse_or_test (p)));
          g_ptr_array_add (gen->v.comprehension.ifs, cond);
        }
    }
  return n;

fail:
  pml_node_free (n);
  return NULL;
}

/* An atom ends with its last token; a parenthesized expression keeps its
 * own end and records its brackets, which the expressions it starts or
 * ends include (CPython's locations). */
static PmlNode *
parse_atom (PmlParser *p)
{
  int line = p->tok.line, col = p->tok.col;
  PmlNode *n = parse_atom_tokens (p);

  if (n == NULL)
    return NULL;
  if (n->parenthesized)
    {
      n->paren_line = line;
      n->paren_col = col;
      n->paren_end_line = p->prev_end_line;
      n->paren_end_col = p->prev_end_col;
    }
  else
    {
      n->end_line = p->prev_end_line;
      n->end_col = p->prev_end_col;
    }
  return n;
}

static PmlNode *
parse_call_args (PmlParser *p, PmlNode *func)
{
  PmlNode *call = pml_node_new (N_CALL, &p->tok);
  const char *positional_late = NULL;

  pml_node_start_at (call, func);
  call->v.call.func = func;
  call->v.call.args = pml_node_list ();
  call->v.call.keywords = pml_node_list ();
  CHECK (pml_parser_advance (p));   /* ( */
  while (!AT (p, ")"))
    {
      PmlToken t = p->tok;

      if (AT (p, "**"))
        {
          /* a keyword with no name */
          PmlNode *kw = pml_node_new (N_KEYWORD, &t);

          g_ptr_array_add (call->v.call.keywords, kw);
          CHECK (pml_parser_advance (p));
          CHECK ((kw->v.keyword.value = parse_test (p)));
        }
      else if (AT (p, "*"))
        {
          PmlNode *star;

          for (guint k = 0; k < call->v.call.keywords->len; k++)
            if (((PmlNode *) call->v.call.keywords->pdata[k])->v.keyword.arg == NULL)
              {
                FAIL_TOK (p, &t, "iterable argument unpacking follows keyword argument unpacking");
                goto fail;
              }
          /* only now: the call owns it from here */
          star = pml_node_new (N_STARRED, &t);
          g_ptr_array_add (call->v.call.args, star);
          CHECK (pml_parser_advance (p));
          CHECK ((star->v.starred.value = parse_test (p)));
        }
      else if (t.kind == TK_NAME && !pml_token_is_keyword (&t) && pml_token_is (pml_parser_peek (p), "="))
        {
          PmlNode *kw = pml_node_new (N_KEYWORD, &t);

          kw->v.keyword.arg = g_strndup (t.start, t.len);
          g_ptr_array_add (call->v.call.keywords, kw);
          CHECK (pml_parser_advance (p));
          CHECK (pml_parser_advance (p));
          CHECK ((kw->v.keyword.value = parse_test (p)));
        }
      else
        {
          PmlNode *arg = parse_test (p);

          CHECK (arg);
          if (AT (p, "="))
            {
              /* invalid_kwarg: from the expression to the '=' */
              int line, col;

              node_start (arg, &line, &col);
              if (arg->kind == N_CONST && !arg->parenthesized
                  && (arg->v.constant.kind == C_TRUE || arg->v.constant.kind == C_FALSE || arg->v.constant.kind == C_NONE))
                pml_parser_fail_span (p, line, col, p->tok.line, p->tok.col + 1, "cannot assign to %s",
                                      pml_node_describe (arg));
              else
                pml_parser_fail_span (p, line, col, p->tok.line, p->tok.col + 1,
                                      "expression cannot contain assignment, perhaps you meant \"==\"?");
              pml_node_free (arg);
              goto fail;
            }
          if (AT (p, "for"))
            {
              arg = parse_comprehension_tail (p, N_GENEXP, arg, NULL, &t);
              CHECK (arg);
              if (call->v.call.args->len > 0 || call->v.call.keywords->len > 0 || AT (p, ","))
                {
                  /* up to the generator's last iterable or condition */
                  PmlNode *gen = arg->v.comp.generators->pdata[arg->v.comp.generators->len - 1];
                  PmlNode *last = gen->v.comprehension.ifs->len > 0 ? gen->v.comprehension.ifs->pdata[gen->v.comprehension.ifs->len - 1] : gen->v.comprehension.iter;

                  fail_range (p, arg->v.comp.elt, last, "Generator expression must be parenthesized");
                  pml_node_free (arg);
                  goto fail;
                }
            }
          if (call->v.call.keywords->len > 0 && positional_late == NULL)
            {
              gboolean unpacking = FALSE;

              for (guint k = 0; k < call->v.call.keywords->len; k++)
                unpacking |= ((PmlNode *) call->v.call.keywords->pdata[k])->v.keyword.arg == NULL;
              positional_late = unpacking ? "positional argument follows keyword argument unpacking"
                                          : "positional argument follows keyword argument";
            }
          g_ptr_array_add (call->v.call.args, arg);
        }
      if (!AT (p, ","))
        break;
      CHECK (pml_parser_advance (p));
    }
  /* CPython reads all the arguments before it complains */
  if (positional_late != NULL && AT (p, ")"))
    {
      FAIL_TOK (p, &p->tok, "%s", positional_late);
      goto fail;
    }
  CHECK (pml_parser_expect (p, ")"));
  for (guint k = 1; k < call->v.call.keywords->len; k++)
    {
      PmlNode *kw = call->v.call.keywords->pdata[k];

      for (guint j = 0; kw->v.keyword.arg != NULL && j < k; j++)
        if (g_strcmp0 (((PmlNode *) call->v.call.keywords->pdata[j])->v.keyword.arg, kw->v.keyword.arg) == 0)
          {
            g_autofree char *msg = g_strdup_printf ("keyword argument repeated: %s", kw->v.keyword.arg);

            fail_range (p, kw, kw, msg);
            goto fail;
          }
    }
  return call;

fail:
  pml_node_free (call);
  return NULL;
}

static PmlNode *
parse_subscript_item (PmlParser *p)
{
  PmlToken t = p->tok;
  PmlNode *lower = NULL, *upper = NULL, *step = NULL, *s;

  if (!AT (p, ":"))
    {
      lower = parse_test (p);
      if (lower == NULL)
        return NULL;
      if (!AT (p, ":"))
        return lower;
    }
  if (!pml_parser_advance (p))
    goto fail;
  if (!AT (p, "]") && !AT (p, ":") && !AT (p, ","))
    CHECK ((upper = parse_test (p)));
  if (AT (p, ":"))
    {
      CHECK (pml_parser_advance (p));
      if (!AT (p, "]") && !AT (p, ","))
        CHECK ((step = parse_test (p)));
    }
  s = pml_node_new (N_SLICE, &t);
  s->v.slice.lower = lower;
  s->v.slice.upper = upper;
  s->v.slice.step = step;
  return s;

fail:
  pml_node_free (lower);
  pml_node_free (upper);
  pml_node_free (step);
  return NULL;
}

static PmlNode *
parse_trailers (PmlParser *p, PmlNode *n)
{
  for (;;)
    {
      PmlToken t = p->tok;

      if (AT (p, "("))
        {
          PmlNode *call = parse_call_args (p, n);

          if (call == NULL)
            return NULL;
          n = call;
        }
      else if (AT (p, "["))
        {
          PmlNode *sub = pml_node_new (N_SUBSCRIPT, &t), *item;

          pml_node_start_at (sub, n);
          sub->v.subscript.value = n;
          n = sub;
          CHECK (pml_parser_advance (p));
          CHECK ((item = parse_subscript_item (p)));
          sub->v.subscript.slice = item;
          if (AT (p, ","))
            {
              PmlNode *tuple = pml_node_new (N_TUPLE, &t);

              /* the subscript owns the tuple before any error can occur */
              tuple->v.sequence.elts = pml_node_list ();
              g_ptr_array_add (tuple->v.sequence.elts, item);
              sub->v.subscript.slice = tuple;
              while (AT (p, ","))
                {
                  PmlNode *e;

                  CHECK (pml_parser_advance (p));
                  if (AT (p, "]"))
                    break;
                  CHECK ((e = parse_subscript_item (p)));
                  g_ptr_array_add (tuple->v.sequence.elts, e);
                }
            }
          CHECK (pml_parser_expect (p, "]"));
        }
      else if (AT (p, "."))
        {
          PmlNode *attr = pml_node_new (N_ATTRIBUTE, &t);

          pml_node_start_at (attr, n);
          attr->v.attribute.value = n;
          n = attr;
          CHECK (pml_parser_advance (p));
          if (p->tok.kind != TK_NAME || pml_token_is_keyword (&p->tok))
            {
              FAIL_TOK (p, &p->tok, "invalid syntax: expected an attribute name");
              goto fail;
            }
          attr->v.attribute.attr = g_strndup (p->tok.start, p->tok.len);
          CHECK (pml_parser_advance (p));
        }
      else
        return n;
      n->end_line = p->prev_end_line;
      n->end_col = p->prev_end_col;
    }

fail:
  pml_node_free (n);
  return NULL;
}

static PmlNode *parse_factor (PmlParser *p);

static PmlNode *
parse_power (PmlParser *p)
{
  PmlNode *n = parse_atom (p);

  if (n == NULL)
    return NULL;
  n = parse_trailers (p, n);
  if (n == NULL)
    return NULL;
  if (AT (p, "**"))
    {
      PmlNode *b = pml_node_new (N_BINOP, &p->tok);

      pml_node_start_at (b, n);
      b->v.binop.op = OP_POW;
      b->v.binop.left = n;
      /* power -> factor -> power: two of pegen's levels */
      if (!pml_parser_enter (p, 2) || !pml_parser_advance (p) || (b->v.binop.right = parse_factor (p)) == NULL)
        {
          pml_node_free (b);
          return NULL;
        }
      p->depth -= 2;
      return b;
    }
  return n;
}

static PmlNode *
parse_factor (PmlParser *p)
{
  PmlToken t = p->tok;
  int op = -1;
  PmlNode *n;

  if (AT (p, "-"))
    op = OP_NEG;
  else if (AT (p, "+"))
    op = OP_POS;
  else if (AT (p, "~"))
    op = OP_INVERT;
  if (op < 0)
    return parse_power (p);
  if (!enter (p) || !pml_parser_advance (p))
    return NULL;
  n = pml_node_new (N_UNARYOP, &t);
  n->v.unaryop.op = op;
  n->v.unaryop.operand = parse_factor (p);
  p->depth--;
  if (n->v.unaryop.operand == NULL)
    {
      pml_node_free (n);
      return NULL;
    }
  return n;
}

typedef struct
{
  const char *text;
  int op;
} OpEntry;

static PmlNode *
parse_binary_level (PmlParser *p, int level)
{
  static const OpEntry levels[][5] = {
    { { "|", OP_OR }, { NULL, 0 } },
    { { "^", OP_XOR }, { NULL, 0 } },
    { { "&", OP_AND }, { NULL, 0 } },
    { { "<<", OP_LSHIFT }, { ">>", OP_RSHIFT }, { NULL, 0 } },
    { { "+", OP_ADD }, { "-", OP_SUB }, { NULL, 0 } },
    { { "*", OP_MUL }, { "/", OP_DIV }, { "//", OP_FLOORDIV }, { "%", OP_MOD }, { "@", OP_MATMUL } },
  };
  PmlNode *left;

  if (level == G_N_ELEMENTS (levels))
    return parse_factor (p);
  if (!pml_parser_enter (p, 0))
    return NULL;
  left = parse_binary_level (p, level + 1);
  while (left != NULL)
    {
      int op = -1;

      for (int k = 0; k < 5 && levels[level][k].text; k++)
        if (AT (p, levels[level][k].text))
          op = levels[level][k].op;
      if (op < 0)
        break;
      {
        PmlNode *b = pml_node_new (N_BINOP, &p->tok);

        pml_node_start_at (b, left);
        b->v.binop.op = op;
        b->v.binop.left = left;
        left = b;
        if (!pml_parser_advance (p) || (b->v.binop.right = parse_binary_level (p, level + 1)) == NULL)
          {
            pml_node_free (b);
            left = NULL;
          }
      }
    }
  return left;
}

static PmlNode *
parse_expr (PmlParser *p)
{
  return parse_binary_level (p, 0);
}

static PmlNode *
parse_comparison (PmlParser *p)
{
  PmlNode *left = parse_expr (p), *cmp = NULL;

  if (left == NULL)
    return NULL;
  for (;;)
    {
      int op = -1;
      PmlNode *right;

      if (AT (p, "<")) op = OP_LT;
      else if (AT (p, "<=")) op = OP_LE;
      else if (AT (p, "==")) op = OP_EQ;
      else if (AT (p, "!=")) op = OP_NE;
      else if (AT (p, ">")) op = OP_GT;
      else if (AT (p, ">=")) op = OP_GE;
      else if (AT (p, "in")) op = OP_IN;
      else if (AT (p, "is"))
        {
          op = OP_IS;
          if (pml_token_is (pml_parser_peek (p), "not"))
            {
              op = OP_IS_NOT;
              if (!pml_parser_advance (p))
                goto fail;
            }
        }
      else if (AT (p, "not") && pml_token_is (pml_parser_peek (p), "in"))
        {
          op = OP_NOT_IN;
          if (!pml_parser_advance (p))
            goto fail;
        }
      if (op < 0)
        break;
      if (!pml_parser_advance (p))
        goto fail;
      right = parse_expr (p);
      if (right == NULL)
        goto fail;
      if (cmp == NULL)
        {
          cmp = pml_node_new (N_COMPARE, &p->tok);
          pml_node_start_at (cmp, left);
          cmp->v.compare.left = left;
          cmp->v.compare.comparators = pml_node_list ();
          cmp->v.compare.ops = g_ptr_array_new ();
          left = NULL;
        }
      g_ptr_array_add (cmp->v.compare.comparators, right);
      g_ptr_array_add (cmp->v.compare.ops, GINT_TO_POINTER (op));
    }
  return cmp ? cmp : left;

fail:
  pml_node_free (left);
  pml_node_free (cmp);
  return NULL;
}

static PmlNode *
parse_not_test (PmlParser *p)
{
  if (AT (p, "not"))
    {
      PmlNode *n = pml_node_new (N_UNARYOP, &p->tok);

      n->v.unaryop.op = OP_NOT;
      if (!enter (p) || !pml_parser_advance (p) || (n->v.unaryop.operand = parse_not_test (p)) == NULL)
        {
          pml_node_free (n);
          return NULL;
        }
      p->depth--;
      return n;
    }
  return parse_comparison (p);
}

static PmlNode *
parse_bool_level (PmlParser *p, const char *word, int op, PmlNode *(*next) (PmlParser *))
{
  PmlNode *first = next (p), *n = NULL;

  if (first == NULL || !AT (p, word))
    return first;
  n = pml_node_new (N_BOOLOP, &p->tok);
  pml_node_start_at (n, first);
  n->v.boolop.op = op;
  n->v.boolop.values = pml_node_list ();
  g_ptr_array_add (n->v.boolop.values, first);
  while (AT (p, word))
    {
      PmlNode *e;

      if (!pml_parser_advance (p) || (e = next (p)) == NULL)
        {
          pml_node_free (n);
          return NULL;
        }
      g_ptr_array_add (n->v.boolop.values, e);
    }
  return n;
}

static PmlNode *
parse_and_test (PmlParser *p)
{
  return parse_bool_level (p, "and", OP_BOOL_AND, parse_not_test);
}

static PmlNode *
parse_or_test (PmlParser *p)
{
  return parse_bool_level (p, "or", OP_BOOL_OR, parse_and_test);
}

static GPtrArray *parse_params (PmlParser *p, const char *end, GPtrArray **defaults);

static PmlNode *
parse_lambda (PmlParser *p)
{
  PmlNode *n = pml_node_new (N_LAMBDA, &p->tok);

  CHECK (pml_parser_advance (p));
  n->v.lambda.defaults = pml_node_list ();
  CHECK ((n->v.lambda.args = parse_params (p, ":", &n->v.lambda.defaults)));
  CHECK (pml_parser_expect (p, ":"));
  /* lambdef -> expression: a level more than a plain expression */
  CHECK (enter (p));
  CHECK ((n->v.lambda.body = parse_test (p)));
  p->depth--;
  return n;

fail:
  pml_node_free (n);
  return NULL;
}

static PmlNode *
parse_test (PmlParser *p)
{
  PmlNode *body, *n;

  if (!enter (p))
    return NULL;
  if (AT (p, "lambda"))
    {
      n = parse_lambda (p);
      p->depth--;
      return n;
    }
  body = parse_or_test (p);
  if (body != NULL && AT (p, ":=") && p->nesting <= p->base_nesting && !p->walrus_ok)
    {
      /* an unbracketed ':=' only in a condition */
      FAIL_TOK (p, &p->tok, "invalid syntax");
      pml_node_free (body);
      return NULL;
    }
  if (body != NULL && AT (p, ":="))
    {
      /* target := value */
      if (body->kind != N_NAME)
        {
          FAIL_TOK (p, &p->tok, "cannot use assignment expressions with this expression");
          pml_node_free (body);
          return NULL;
        }
      n = pml_node_new (N_NAMEDEXPR, &p->tok);
      n->line = body->line;
      n->col = body->col;
      n->v.named_expr.target = body;
      CHECK (pml_parser_advance (p));
      CHECK ((n->v.named_expr.value = parse_test (p)));
      p->depth--;
      return n;
    }
  if (body == NULL || !AT (p, "if"))
    {
      p->depth--;
      if (body != NULL && missing_comma (p, body))
        {
          pml_node_free (body);
          return NULL;
        }
      return body;
    }
  n = pml_node_new (N_IFEXP, &p->tok);
  pml_node_start_at (n, body);
  n->v.if_exp.body = body;
  CHECK (pml_parser_advance (p));
  CHECK ((n->v.if_exp.test = parse_or_test (p)));
  if (!AT (p, "else") && !AT (p, ":"))
    {
      fail_range (p, body, n->v.if_exp.test, "expected 'else' after 'if' expression");
      goto fail;
    }
  CHECK (pml_parser_expect (p, "else"));
  CHECK ((n->v.if_exp.orelse = parse_test (p)));
  p->depth--;
  return n;

fail:
  pml_node_free (n);
  return NULL;
}

static PmlNode *
parse_star_expr (PmlParser *p)
{
  if (AT (p, "*"))
    {
      PmlNode *n = pml_node_new (N_STARRED, &p->tok);

      if (!pml_parser_advance (p) || (n->v.starred.value = parse_expr (p)) == NULL)
        {
          pml_node_free (n);
          return NULL;
        }
      return n;
    }
  return parse_test (p);
}

static gboolean
is_aug_assign (const PmlToken *t)
{
  return t->kind == TK_OP && t->len >= 2 && t->start[t->len - 1] == '='
         && strchr ("+-*/%&|^@<>", t->start[0]) != NULL
         && !(t->len == 2 && (t->start[0] == '<' || t->start[0] == '>'));
}

/* a, b, *c — a tuple when there is a comma */
/* _PyPegen_tokenize_full_source_to_check_for_errors: a generic "invalid
 * syntax" gives way to an error the tokenizer finds further on, such as a
 * bracket never closed or an unterminated string */
static int
error_line (PmlParser *p, GError *e)
{
  int line = 0;

  if (g_str_has_prefix (e->message, p->filename) && e->message[strlen (p->filename)] == ':')
    line = atoi (e->message + strlen (p->filename) + 1);
  return line;
}

/* invalid_legacy_expression: 'print x' where the generic error falls on
 * a line that starts with print or exec and a name or literal after it */
static void
legacy_print (PmlParser *p)
{
  int line = error_line (p, p->error), l = 1;
  const char *msg = p->error->message + strlen (p->filename);
  gsize i = 0, word, line_start = 0;

  if (!g_error_matches (p->error, PML_SCRIPT_ERROR, PML_SCRIPT_ERROR_SYNTAX) || line == 0
      || (msg = strstr (msg, ": ")) == NULL || !g_str_has_prefix (msg + 2, "invalid syntax"))
    return;
  for (; i < p->len && l < line; i++)
    if (p->src[i] == '\n')
      {
        l++;
        line_start = i + 1;
      }
  while (i < p->len && (p->src[i] == ' ' || p->src[i] == '\t'))
    i++;
  for (word = i; word < p->len && g_ascii_isalpha (p->src[word]); word++)
    ;
  if (!((word - i == 5 && strncmp (p->src + i, "print", 5) == 0) || (word - i == 4 && strncmp (p->src + i, "exec", 4) == 0))
      || word >= p->len || p->src[word] != ' ')
    return;
  while (word < p->len && p->src[word] == ' ')
    word++;
  if (word >= p->len || !(g_ascii_isalnum (p->src[word]) || p->src[word] == '_' || p->src[word] == '"'
                          || p->src[word] == '\''))
    return;
  {
    g_autofree char *name = g_strndup (p->src + i, p->src[i] == 'p' ? 5 : 4);

    gsize end = word;

    /* underlined up to the end of what follows (comments aside) */
    while (end < p->len && p->src[end] != '\n' && p->src[end] != '#')
      end++;
    while (end > word && (p->src[end - 1] == ' ' || p->src[end - 1] == '\t' || p->src[end - 1] == '\r'))
      end--;
    g_clear_error (&p->error);
    g_set_error (&p->error, PML_SCRIPT_ERROR, PML_SCRIPT_ERROR_SYNTAX,
                 "%s:%d:%d-%d:%d: Missing parentheses in call to '%s'. Did you mean %s(...)?",
                 p->filename, line, (int) (i - line_start) + 1, line, (int) (end - line_start) + 1, name, name);
  }
}

/* only a bracket opened on an earlier line than the error wins */
static void
check_rest_of_source (PmlParser *p)
{
  GError *generic;
  int furthest_line = p->tok.line;

  /* any error of the parser's, judged by the line of the furthest token
     read, as _PyPegen_tokenize_full_source_to_check_for_errors does */
  if (!g_error_matches (p->error, PML_SCRIPT_ERROR, PML_SCRIPT_ERROR_SYNTAX)
      || !g_str_has_prefix (p->error->message, p->filename) || p->tokenizer_failed)
    return;
  generic = p->error;
  p->error = NULL;
  p->has_peek = FALSE;
  while (pml_parser_advance (p) && p->tok.kind != TK_END)
    ;
  if (p->error != NULL && g_error_matches (p->error, PML_SCRIPT_ERROR, PML_SCRIPT_ERROR_SYNTAX)
      && (strstr (p->error->message, "' was never closed") == NULL
          || error_line (p, p->error) < furthest_line))
    g_error_free (generic);
  else
    {
      g_clear_error (&p->error);
      p->error = generic;
    }
}

PmlNode *
pml_parse_testlist_star (PmlParser *p, gboolean allow_star)
{
  PmlToken t = p->tok;
  PmlNode *first = allow_star ? parse_star_expr (p) : parse_test (p), *tuple;

  if (first == NULL || !AT (p, ","))
    return first;
  tuple = pml_node_new (N_TUPLE, &t);
  tuple->v.sequence.elts = pml_node_list ();
  g_ptr_array_add (tuple->v.sequence.elts, first);
  while (AT (p, ","))
    {
      PmlNode *e;

      if (!pml_parser_advance (p))
        goto fail;
      if (p->tok.kind == TK_NEWLINE || p->tok.kind == TK_END || AT (p, "=") || AT (p, ")")
          || AT (p, ":") || AT (p, "in") || AT (p, ";") || is_aug_assign (&p->tok))
        break;
      e = allow_star ? parse_star_expr (p) : parse_test (p);
      if (e == NULL)
        goto fail;
      g_ptr_array_add (tuple->v.sequence.elts, e);
    }
  return tuple;

fail:
  pml_node_free (tuple);
  return NULL;
}

/* ---- statements ---- */

static gboolean
end_of_simple (PmlParser *p)
{
  if (AT (p, ";"))
    return pml_parser_advance (p);
  if (p->tok.kind == TK_NEWLINE)
    return pml_parser_advance (p);
  if (p->tok.kind == TK_END)
    return TRUE;
  return FAIL_TOK (p, &p->tok, "invalid syntax");
}

/* Parameters in the order of co_varnames: positional (positional-only
 * first), keyword-only, then *args and **kwargs. A keyword-only default
 * stays on its N_ARG; the positional ones go to @defaults. */
static GPtrArray *
parse_params (PmlParser *p, const char *end, GPtrArray **defaults)
{
  g_autoptr(GPtrArray) pos = g_ptr_array_new ();
  g_autoptr(GPtrArray) kwonly = g_ptr_array_new ();
  PmlNode *varargs = NULL, *varkw = NULL;
  gboolean star = FALSE, slash = FALSE, annotated = g_strcmp0 (end, ")") == 0;
  GPtrArray *params = pml_node_list ();
  guint all = 0;

  while (!AT (p, end))
    {
      PmlToken t = p->tok;
      PmlParamKind kind = star ? PARAM_KWONLY : PARAM_POS;
      PmlNode *arg;

      if (varkw != NULL)
        {
          FAIL_TOK (p, &t, "arguments cannot follow var-keyword argument");
          goto fail;
        }
      if (AT (p, "/"))
        {
          if (slash)
            {
              FAIL_TOK (p, &t, "/ may appear only once");
              goto fail;
            }
          if (star)
            {
              FAIL_TOK (p, &t, "/ must be ahead of *");
              goto fail;
            }
          if (pos->len == 0)
            {
              FAIL_TOK (p, &t, "at least one argument must precede /");
              goto fail;
            }
          slash = TRUE;
          for (guint k = 0; k < pos->len; k++)
            ((PmlNode *) pos->pdata[k])->v.arg.kind = PARAM_POSONLY;
          if (!pml_parser_advance (p))
            goto fail;
          if (!AT (p, ","))
            break;
          if (!pml_parser_advance (p))
            goto fail;
          continue;
        }
      if (AT (p, "**"))
        {
          kind = PARAM_VARKW;
          if (!pml_parser_advance (p))
            goto fail;
        }
      else if (AT (p, "*"))
        {
          if (star)
            {
              FAIL_TOK (p, &t, "* argument may appear only once");
              goto fail;
            }
          star = TRUE;
          if (!pml_parser_advance (p))
            goto fail;
          if (AT (p, ",") || AT (p, end))
            {
              if (AT (p, end) || pml_token_is (pml_parser_peek (p), "**"))
                {
                  FAIL_TOK (p, &t, "named arguments must follow bare *");
                  goto fail;
                }
              if (!pml_parser_advance (p))
                goto fail;
              continue;
            }
          kind = PARAM_VARARGS;
        }
      if (p->tok.kind != TK_NAME || pml_token_is_keyword (&p->tok))
        {
          FAIL_TOK (p, &p->tok, "invalid syntax: expected a parameter name");
          goto fail;
        }
      arg = pml_node_new (N_ARG, &p->tok);
      arg->v.arg.arg = g_strndup (p->tok.start, p->tok.len);
      arg->v.arg.kind = kind;
      g_ptr_array_add (params, arg);   /* owned here until reordered */
      all++;
      for (guint k = 0; k + 1 < params->len; k++)
        if (g_strcmp0 (((PmlNode *) params->pdata[k])->v.arg.arg, arg->v.arg.arg) == 0)
          {
            FAIL_TOK (p, &p->tok, "duplicate argument '%s' in function definition", arg->v.arg.arg);
            goto fail;
          }
      if (kind == PARAM_VARARGS)
        varargs = arg;
      else if (kind == PARAM_VARKW)
        varkw = arg;
      else if (kind == PARAM_KWONLY)
        g_ptr_array_add (kwonly, arg);
      else
        g_ptr_array_add (pos, arg);
      if (!pml_parser_advance (p))
        goto fail;
      if (AT (p, ":") && annotated)
        {
          if (!pml_parser_advance (p) || (arg->v.arg.annotation = parse_test (p)) == NULL)
            goto fail;
        }
      if (AT (p, "="))
        {
          PmlNode *d;

          if (kind == PARAM_VARARGS || kind == PARAM_VARKW)
            {
              FAIL_TOK (p, &p->tok, kind == PARAM_VARARGS ? "var-positional argument cannot have default value"
                                                          : "var-keyword argument cannot have default value");
              goto fail;
            }
          if (!pml_parser_advance (p) || (d = parse_test (p)) == NULL)
            goto fail;
          if (kind == PARAM_KWONLY)
            arg->v.arg.kw_default = d;
          else
            g_ptr_array_add (*defaults, d);
        }
      else if ((*defaults)->len > 0 && (kind == PARAM_POS || kind == PARAM_POSONLY))
        {
          FAIL_TOK (p, &t, "non-default argument follows default argument");
          goto fail;
        }
      if (!AT (p, ","))
        break;
      if (!pml_parser_advance (p))
        goto fail;
    }
  /* reorder as co_varnames */
  g_ptr_array_set_free_func (params, NULL);
  g_ptr_array_set_size (params, 0);
  g_ptr_array_set_free_func (params, (GDestroyNotify) pml_node_free);
  for (guint k = 0; k < pos->len; k++)
    g_ptr_array_add (params, pos->pdata[k]);
  for (guint k = 0; k < kwonly->len; k++)
    g_ptr_array_add (params, kwonly->pdata[k]);
  if (varargs)
    g_ptr_array_add (params, varargs);
  if (varkw)
    g_ptr_array_add (params, varkw);
  g_assert (params->len == all);
  return params;

fail:
  g_ptr_array_unref (params);
  return NULL;
}

static PmlNode *
parse_funcdef (PmlParser *p)
{
  PmlNode *n = pml_node_new (N_FUNCTIONDEF, &p->tok);

  CHECK (pml_parser_advance (p));
  if (p->tok.kind != TK_NAME || pml_token_is_keyword (&p->tok))
    {
      FAIL_TOK (p, &p->tok, "invalid syntax: expected a function name");
      goto fail;
    }
  n->v.function_def.name = g_strndup (p->tok.start, p->tok.len);
  CHECK (pml_parser_advance (p));
  if (!AT (p, "("))
    {
      FAIL_TOK (p, &p->tok, "expected '('");
      goto fail;
    }
  CHECK (pml_parser_advance (p));
  n->v.function_def.defaults = pml_node_list ();
  CHECK ((n->v.function_def.args = parse_params (p, ")", &n->v.function_def.defaults)));
  CHECK (pml_parser_expect (p, ")"));
  if (AT (p, "->"))
    {
      CHECK (pml_parser_advance (p));
      CHECK ((n->v.function_def.returns = parse_test (p)));
    }
  CHECK (pml_parser_expect (p, ":"));
  p->function_depth++;
  n->v.function_def.body = parse_block (p);
  p->function_depth--;
  CHECK (n->v.function_def.body);
  return n;

fail:
  pml_node_free (n);
  return NULL;
}

static PmlNode *
parse_classdef (PmlParser *p)
{
  PmlNode *n = pml_node_new (N_CLASSDEF, &p->tok);

  CHECK (pml_parser_advance (p));
  if (p->tok.kind != TK_NAME || pml_token_is_keyword (&p->tok))
    {
      FAIL_TOK (p, &p->tok, "invalid syntax: expected a class name");
      goto fail;
    }
  n->v.class_def.name = g_strndup (p->tok.start, p->tok.len);
  CHECK (pml_parser_advance (p));
  n->v.class_def.bases = pml_node_list ();
  n->v.class_def.keywords = pml_node_list ();
  if (AT (p, "("))
    {
      CHECK (pml_parser_advance (p));
      while (!AT (p, ")"))
        {
          PmlNode *base;

          if (p->tok.kind == TK_NAME && !pml_token_is_keyword (&p->tok)
              && pml_token_is (pml_parser_peek (p), "="))
            {
              /* a class keyword: metaclass=M, or one for __init_subclass__ */
              PmlNode *kw = pml_node_new (N_KEYWORD, &p->tok);

              kw->v.keyword.arg = g_strndup (p->tok.start, p->tok.len);
              g_ptr_array_add (n->v.class_def.keywords, kw);
              CHECK (pml_parser_advance (p));
              CHECK (pml_parser_advance (p));
              CHECK ((kw->v.keyword.value = parse_test (p)));
            }
          else if (AT (p, "*") || AT (p, "**"))
            {
              UNSUPPORTED (p, p->tok.line, p->tok.col,
                           "unpacking in a class's bases is not supported in scenarios");
              goto fail;
            }
          else if (n->v.class_def.keywords->len > 0)
            {
              FAIL_TOK (p, &p->tok, "positional argument follows keyword argument");
              goto fail;
            }
          else
            {
              CHECK ((base = parse_test (p)));
              g_ptr_array_add (n->v.class_def.bases, base);
            }
          if (!AT (p, ","))
            break;
          CHECK (pml_parser_advance (p));
        }
      CHECK (pml_parser_expect (p, ")"));
    }
  CHECK (pml_parser_expect (p, ":"));
  CHECK ((n->v.class_def.body = parse_block (p)));
  return n;

fail:
  pml_node_free (n);
  return NULL;
}

static char *
parse_dotted_name (PmlParser *p)
{
  GString *name = g_string_new (NULL);

  for (;;)
    {
      if (p->tok.kind != TK_NAME || pml_token_is_keyword (&p->tok))
        {
          FAIL_TOK (p, &p->tok, "invalid syntax: expected a module name");
          return g_string_free (name, TRUE), NULL;
        }
      g_string_append_len (name, p->tok.start, p->tok.len);
      if (!pml_parser_advance (p))
        return g_string_free (name, TRUE), NULL;
      if (!AT (p, "."))
        break;
      g_string_append_c (name, '.');
      if (!pml_parser_advance (p))
        return g_string_free (name, TRUE), NULL;
    }
  return g_string_free (name, FALSE);
}

static PmlNode *
parse_alias (PmlParser *p, gboolean dotted)
{
  PmlNode *a = pml_node_new (N_ALIAS, &p->tok);

  if (dotted)
    a->v.alias.name = parse_dotted_name (p);
  else if (p->tok.kind == TK_NAME && !pml_token_is_keyword (&p->tok))
    {
      a->v.alias.name = g_strndup (p->tok.start, p->tok.len);
      if (!pml_parser_advance (p))
        goto fail;
    }
  else if (AT (p, "*"))
    {
      UNSUPPORTED (p, p->tok.line, p->tok.col, "'import *' is not supported in scenarios");
      goto fail;
    }
  else
    FAIL_TOK (p, &p->tok, "invalid syntax: expected a name");
  if (a->v.alias.name == NULL)
    goto fail;
  if (AT (p, "as"))
    {
      CHECK (pml_parser_advance (p));
      if (p->tok.kind != TK_NAME || pml_token_is_keyword (&p->tok))
        {
          FAIL_TOK (p, &p->tok, "invalid syntax: expected a name");
          goto fail;
        }
      a->v.alias.asname = pml_node_new (N_NAME, &p->tok);
      a->v.alias.asname->v.name.id = g_strndup (p->tok.start, p->tok.len);
      CHECK (pml_parser_advance (p));
    }
  return a;

fail:
  pml_node_free (a);
  return NULL;
}

static PmlNode *
parse_simple_tokens (PmlParser *p)
{
  PmlToken t = p->tok;
  PmlNode *n = NULL;

  if (AT (p, "pass") || AT (p, "break") || AT (p, "continue"))
    {
      n = pml_node_new (AT (p, "pass") ? N_PASS : AT (p, "break") ? N_BREAK : N_CONTINUE, &t);
      CHECK (pml_parser_advance (p));
      return n;
    }
  if (AT (p, "return"))
    {
      n = pml_node_new (N_RETURN, &t);
      CHECK (pml_parser_advance (p));
      if (p->tok.kind != TK_NEWLINE && p->tok.kind != TK_END && !AT (p, ";"))
        CHECK ((n->v.return_stmt.value = pml_parse_testlist_star (p, TRUE)));
      return n;
    }
  if (AT (p, "del"))
    {
      n = pml_node_new (N_DELETE, &t);
      n->v.delete_stmt.targets = pml_node_list ();
      CHECK (pml_parser_advance (p));
      for (;;)
        {
          PmlNode *target = parse_expr (p);

          CHECK (target);
          g_ptr_array_add (n->v.delete_stmt.targets, target);
          if (!AT (p, ","))
            break;
          CHECK (pml_parser_advance (p));
          if (p->tok.kind == TK_NEWLINE)
            break;
        }
      return n;
    }
  if (AT (p, "global") || AT (p, "nonlocal"))
    {
      n = pml_node_new (AT (p, "global") ? N_GLOBAL : N_NONLOCAL, &t);
      n->v.global.names = pml_node_list ();
      CHECK (pml_parser_advance (p));
      for (;;)
        {
          PmlNode *name;

          if (p->tok.kind != TK_NAME || pml_token_is_keyword (&p->tok))
            {
              FAIL_TOK (p, &p->tok, "invalid syntax: expected a name");
              goto fail;
            }
          name = pml_node_new (N_NAME, &p->tok);
          name->v.name.id = g_strndup (p->tok.start, p->tok.len);
          g_ptr_array_add (n->v.global.names, name);
          CHECK (pml_parser_advance (p));
          if (!AT (p, ","))
            break;
          CHECK (pml_parser_advance (p));
        }
      return n;
    }
  if (AT (p, "import"))
    {
      n = pml_node_new (N_IMPORT, &t);
      n->v.import.names = pml_node_list ();
      CHECK (pml_parser_advance (p));
      for (;;)
        {
          PmlNode *a = parse_alias (p, TRUE);

          CHECK (a);
          g_ptr_array_add (n->v.import.names, a);
          if (!AT (p, ","))
            break;
          CHECK (pml_parser_advance (p));
        }
      return n;
    }
  if (AT (p, "from"))
    {
      n = pml_node_new (N_IMPORTFROM, &t);
      n->v.import_from.names = pml_node_list ();
      CHECK (pml_parser_advance (p));
      if (AT (p, "."))
        {
          UNSUPPORTED (p, p->tok.line, p->tok.col, "relative imports are not supported in scenarios");
          goto fail;
        }
      CHECK ((n->v.import_from.module = parse_dotted_name (p)));
      CHECK (pml_parser_expect (p, "import"));
      {
        gboolean paren = AT (p, "(");

        if (paren)
          CHECK (pml_parser_advance (p));
        for (;;)
          {
            PmlNode *a = parse_alias (p, FALSE);

            CHECK (a);
            g_ptr_array_add (n->v.import_from.names, a);
            if (!AT (p, ","))
              break;
            CHECK (pml_parser_advance (p));
            if (paren && AT (p, ")"))
              break;
          }
        if (paren)
          CHECK (pml_parser_expect (p, ")"));
      }
      return n;
    }
  if (AT (p, "raise"))
    {
      n = pml_node_new (N_RAISE, &t);
      CHECK (pml_parser_advance (p));
      if (p->tok.kind != TK_NEWLINE && p->tok.kind != TK_END && !AT (p, ";"))
        {
          CHECK ((n->v.raise.exc = parse_test (p)));
          if (AT (p, "from"))
            {
              CHECK (pml_parser_advance (p));
              CHECK ((n->v.raise.cause = parse_test (p)));
            }
        }
      return n;
    }
  if (AT (p, "assert"))
    {
      n = pml_node_new (N_ASSERT, &t);
      CHECK (pml_parser_advance (p));
      CHECK ((n->v.assert_stmt.test = parse_test (p)));
      if (AT (p, ","))
        {
          CHECK (pml_parser_advance (p));
          CHECK ((n->v.assert_stmt.msg = parse_test (p)));
        }
      return n;
    }
  if (AT (p, "yield"))
    {
      PmlNode *y = pml_node_new (N_YIELD, &t);

      CHECK (pml_parser_advance (p));
      if (AT (p, "from"))
        {
          y->v.yield.is_from = TRUE;
          if (!pml_parser_advance (p) || (y->v.yield.value = parse_test (p)) == NULL)
            {
              pml_node_free (y);
              return NULL;
            }
        }
      else if (p->tok.kind != TK_NEWLINE && p->tok.kind != TK_END && !AT (p, ";") && !AT (p, "="))
        {
          if ((y->v.yield.value = pml_parse_testlist_star (p, TRUE)) == NULL)
            {
              pml_node_free (y);
              return NULL;
            }
        }
      if (AT (p, "="))
        {
          fail_range (p, y, y, "assignment to yield expression not possible");
          pml_node_free (y);
          return NULL;
        }
      n = pml_node_new (N_EXPR_STMT, &t);
      n->v.expr_stmt.value = y;
      return n;
    }
  if (AT (p, "async") || (AT (p, "await") && p->function_depth > 0))
    {
      UNSUPPORTED (p, t.line, t.col, "'%.*s' statements are not supported in scenarios", (int) t.len, t.start);
      return NULL;
    }

  {
    PmlNode *first = pml_parse_testlist_star (p, TRUE);
    GPtrArray *targets;

    if (first == NULL)
      return NULL;
    if (AT (p, ":"))
      {
        /* target: annotation [= value] */
        n = pml_node_new (N_ANNASSIGN, &t);
        n->v.ann_assign.target = first;
        n->v.ann_assign.simple = first->kind == N_NAME && !pml_token_is (&t, "(");
        if (first->kind != N_NAME && first->kind != N_ATTRIBUTE && first->kind != N_SUBSCRIPT)
          {
            FAIL_TOK (p, &t, first->kind == N_TUPLE ? "only single target (not tuple) can be annotated"
                                                    : "illegal target for annotation");
            pml_node_free (n);
            return NULL;
          }
        CHECK (pml_parser_advance (p));
        CHECK ((n->v.ann_assign.annotation = parse_test (p)));
        if (AT (p, "="))
          {
            CHECK (pml_parser_advance (p));
            CHECK ((n->v.ann_assign.value = pml_parse_testlist_star (p, TRUE)));
          }
        return n;
      }
    if (p->tok.kind == TK_OP && p->tok.len >= 2 && p->tok.start[p->tok.len - 1] == '='
        && !AT (p, "==") && !AT (p, "<=") && !AT (p, ">=") && !AT (p, "!="))
      {
        static const OpEntry aug[] = {
          { "+=", OP_ADD }, { "-=", OP_SUB }, { "*=", OP_MUL }, { "/=", OP_DIV },
          { "//=", OP_FLOORDIV }, { "%=", OP_MOD }, { "**=", OP_POW }, { "<<=", OP_LSHIFT },
          { ">>=", OP_RSHIFT }, { "&=", OP_AND }, { "|=", OP_OR }, { "^=", OP_XOR }, { "@=", OP_MATMUL },
        };

        n = pml_node_new (N_AUGASSIGN, &t);
        n->v.aug_assign.target = first;
        for (guint k = 0; k < G_N_ELEMENTS (aug); k++)
          if (AT (p, aug[k].text))
            n->v.aug_assign.op = aug[k].op;
        if (first->kind != N_NAME && first->kind != N_ATTRIBUTE && first->kind != N_SUBSCRIPT)
          {
            g_autofree char *msg = g_strdup_printf ("'%s' is an illegal expression for augmented assignment",
                                                    pml_node_describe (first));

            fail_range (p, first, first, msg);
            goto fail;
          }
        CHECK (pml_parser_advance (p));
        CHECK ((n->v.aug_assign.value = pml_parse_testlist_star (p, TRUE)));
        return n;
      }
    if (!AT (p, "="))
      {
        n = pml_node_new (N_EXPR_STMT, &t);
        n->v.expr_stmt.value = first;
        return n;
      }
    n = pml_node_new (N_ASSIGN, &t);
    targets = pml_node_list ();
    n->v.assign.targets = targets;
    g_ptr_array_add (targets, first);
    while (AT (p, "="))
      {
        PmlNode *e;

        CHECK (pml_parser_advance (p));
        if (AT (p, "yield"))
          {
            PmlToken y = p->tok;

            CHECK (pml_parser_advance (p));
            e = pml_node_new (N_YIELD, &y);
            if (AT (p, "from"))
              {
                e->v.yield.is_from = TRUE;
                if (!pml_parser_advance (p))
                  {
                    pml_node_free (e);
                    goto fail;
                  }
              }
            if (p->tok.kind != TK_NEWLINE && !AT (p, "=")
                && (e->v.yield.value = e->v.yield.is_from ? parse_test (p) : pml_parse_testlist_star (p, TRUE)) == NULL)
              {
                pml_node_free (e);
                goto fail;
              }
          }
        else
          CHECK ((e = pml_parse_testlist_star (p, TRUE)));
        g_ptr_array_add (targets, e);
        if (e->kind == N_YIELD && AT (p, "="))
          {
            fail_range (p, e, e, "assignment to yield expression not possible");
            goto fail;
          }
      }
    n->v.assign.value = g_ptr_array_steal_index (targets, targets->len - 1);
    return n;
  }

fail:
  pml_node_free (n);
  return NULL;
}

/* a simple statement, with its end for the errors that underline it */
static PmlNode *
parse_simple (PmlParser *p)
{
  PmlNode *n = parse_simple_tokens (p);

  if (n != NULL)
    {
      n->stmt_end_line = p->prev_end_line;
      n->stmt_end_col = p->prev_end_col;
    }
  return n;
}

/* What CPython's "expected an indented block after ..." names: the
 * statement whose header ends on LINE, from its first word */
static char *
block_header (PmlParser *p, int line)
{
  static const char *const statements[] = { "if", "elif", "else", "for", "while", "try", "except",
                                            "finally", "with", "match", "case", NULL };
  gsize i = 0, end;
  int l = 1;

  for (; i < p->len && l < line; i++)
    if (p->src[i] == '\n')
      l++;
  while (i < p->len && (p->src[i] == ' ' || p->src[i] == '\t'))
    i++;
  if (p->len - i > 6 && strncmp (p->src + i, "async ", 6) == 0)
    i += 6;
  for (end = i; end < p->len && (g_ascii_isalnum (p->src[end]) || p->src[end] == '_'); end++)
    ;
  if (end - i == 3 && strncmp (p->src + i, "def", 3) == 0)
    return g_strdup ("function definition");
  if (end - i == 5 && strncmp (p->src + i, "class", 5) == 0)
    return g_strdup ("class definition");
  for (guint k = 0; statements[k] != NULL; k++)
    if (strlen (statements[k]) == end - i && strncmp (p->src + i, statements[k], end - i) == 0)
      return g_strdup_printf ("'%s' statement", statements[k]);
  return NULL;
}

/* what an indented block adds to pegen's levels */
#define BLOCK_LEVELS 6

static GPtrArray *
parse_block (PmlParser *p)
{
  GPtrArray *body = pml_node_list ();
  int header_line;

  if (p->tok.kind != TK_NEWLINE)
    {
      /* a simple statement on the same line */
      for (;;)
        {
          PmlNode *s = parse_simple (p);

          if (s == NULL)
            goto fail;
          g_ptr_array_add (body, s);
          if (AT (p, ";"))
            {
              if (!pml_parser_advance (p))
                goto fail;
              if (p->tok.kind == TK_NEWLINE || p->tok.kind == TK_END)
                break;
              continue;
            }
          break;
        }
      if (p->tok.kind == TK_NEWLINE && !pml_parser_advance (p))
        goto fail;
      else if (p->tok.kind != TK_END && p->tok.kind != TK_DEDENT && p->tok.kind != TK_NEWLINE && body->len > 0
               && p->error == NULL && p->tok.kind != TK_INDENT && !(p->tok.line > ((PmlNode *) body->pdata[0])->line))
        {
          FAIL_TOK (p, &p->tok, "invalid syntax");
          goto fail;
        }
      return body;
    }
  header_line = p->tok.line;
  if (!pml_parser_advance (p))
    goto fail;
  if (p->tok.kind != TK_INDENT)
    {
      g_autofree char *after = block_header (p, header_line);

      if (after != NULL)
        pml_parser_fail_at (p, p->tok.line, p->tok.col, PML_SCRIPT_ERROR_SYNTAX,
                            "expected an indented block after %s on line %d", after, header_line);
      else
        pml_parser_fail_at (p, p->tok.line, p->tok.col, PML_SCRIPT_ERROR_SYNTAX, "expected an indented block");
      goto fail;
    }
  if (!pml_parser_advance (p) || !pml_parser_enter (p, BLOCK_LEVELS))
    goto fail;
  while (p->tok.kind != TK_DEDENT && p->tok.kind != TK_END)
    {
      PmlNode *s = parse_statement (p);

      if (s == NULL)
        goto fail;
      g_ptr_array_add (body, s);
    }
  p->depth -= BLOCK_LEVELS;
  if (p->tok.kind == TK_DEDENT && !pml_parser_advance (p))
    goto fail;
  return body;

fail:
  g_ptr_array_unref (body);
  return NULL;
}

static PmlNode *
parse_if (PmlParser *p)
{
  PmlNode *n = pml_node_new (N_IF, &p->tok);

  CHECK (pml_parser_advance (p));
  CHECK ((n->v.if_stmt.test = parse_condition (p)));
  CHECK (pml_parser_expect (p, ":"));
  CHECK ((n->v.if_stmt.body = parse_block (p)));
  if (AT (p, "elif"))
    {
      PmlNode *elif;

      CHECK (enter (p));
      elif = parse_if (p);
      p->depth--;
      CHECK (elif);
      n->v.if_stmt.orelse = pml_node_list ();
      g_ptr_array_add (n->v.if_stmt.orelse, elif);
    }
  else if (AT (p, "else"))
    {
      CHECK (pml_parser_advance (p));
      CHECK (pml_parser_expect (p, ":"));
      CHECK ((n->v.if_stmt.orelse = parse_block (p)));
    }
  return n;

fail:
  pml_node_free (n);
  return NULL;
}

/* a for-loop target: no comparisons, so `in` ends it */
static PmlNode *
parse_target (PmlParser *p)
{
  if (AT (p, "*"))
    {
      PmlNode *n = pml_node_new (N_STARRED, &p->tok);

      if (!pml_parser_advance (p) || (n->v.starred.value = parse_expr (p)) == NULL)
        {
          pml_node_free (n);
          return NULL;
        }
      return n;
    }
  return parse_expr (p);
}

static PmlNode *
parse_target_list (PmlParser *p)
{
  PmlToken t = p->tok;
  PmlNode *first = parse_target (p), *tuple;

  if (first == NULL || !AT (p, ","))
    return first;
  tuple = pml_node_new (N_TUPLE, &t);
  tuple->v.sequence.elts = pml_node_list ();
  g_ptr_array_add (tuple->v.sequence.elts, first);
  while (AT (p, ","))
    {
      PmlNode *e;

      if (!pml_parser_advance (p))
        goto fail;
      if (AT (p, "in"))
        break;
      if ((e = parse_target (p)) == NULL)
        goto fail;
      g_ptr_array_add (tuple->v.sequence.elts, e);
    }
  return tuple;

fail:
  pml_node_free (tuple);
  return NULL;
}

/* with A() as a, B() as (b, c): ... */
static PmlNode *
parse_with (PmlParser *p)
{
  PmlNode *n = pml_node_new (N_WITH, &p->tok);

  n->v.with_stmt.items = pml_node_list ();
  CHECK (pml_parser_advance (p));
  for (;;)
    {
      PmlNode *item = pml_node_new (N_WITHITEM, &p->tok);

      g_ptr_array_add (n->v.with_stmt.items, item);
      CHECK ((item->v.withitem.context_expr = parse_test (p)));
      if (AT (p, "as"))
        {
          CHECK (pml_parser_advance (p));
          CHECK ((item->v.withitem.optional_vars = parse_target (p)));
        }
      if (!AT (p, ","))
        break;
      CHECK (pml_parser_advance (p));
    }
  CHECK (pml_parser_expect (p, ":"));
  CHECK ((n->v.with_stmt.body = parse_block (p)));
  return n;

fail:
  pml_node_free (n);
  return NULL;
}

static PmlNode *
parse_statement (PmlParser *p)
{
  PmlToken t = p->tok;
  PmlNode *n = NULL;

  if (t.kind == TK_INDENT)
    {
      FAIL_TOK (p, &t, "unexpected indent");
      return NULL;
    }
  if (AT (p, "if"))
    return parse_if (p);
  if (AT (p, "while"))
    {
      n = pml_node_new (N_WHILE, &t);
      CHECK (pml_parser_advance (p));
      CHECK ((n->v.while_stmt.test = parse_condition (p)));
      CHECK (pml_parser_expect (p, ":"));
      CHECK ((n->v.while_stmt.body = parse_block (p)));
      if (AT (p, "else"))
        {
          CHECK (pml_parser_advance (p));
          CHECK (pml_parser_expect (p, ":"));
          CHECK ((n->v.while_stmt.orelse = parse_block (p)));
        }
      return n;
    }
  if (AT (p, "for"))
    {
      n = pml_node_new (N_FOR, &t);
      CHECK (pml_parser_advance (p));
      CHECK ((n->v.for_stmt.target = parse_target_list (p)));
      CHECK (pml_parser_expect (p, "in"));
      CHECK ((n->v.for_stmt.iter = pml_parse_testlist_star (p, TRUE)));
      CHECK (pml_parser_expect (p, ":"));
      CHECK ((n->v.for_stmt.body = parse_block (p)));
      if (AT (p, "else"))
        {
          CHECK (pml_parser_advance (p));
          CHECK (pml_parser_expect (p, ":"));
          CHECK ((n->v.for_stmt.orelse = parse_block (p)));
        }
      return n;
    }
  if (AT (p, "def"))
    return parse_funcdef (p);
  if (AT (p, "with"))
    return parse_with (p);
  if (AT (p, "class"))
    return parse_classdef (p);
  if (AT (p, "@"))
    {
      /* the decorators, top first, in the definition's decorator_list */
      GPtrArray *decorators = pml_node_list ();
      PmlNode *def;

      while (AT (p, "@"))
        {
          PmlNode *d;

          if (!pml_parser_advance (p) || (d = parse_test (p)) == NULL)
            {
              g_ptr_array_unref (decorators);
              return NULL;
            }
          g_ptr_array_add (decorators, d);
          if (p->tok.kind != TK_NEWLINE)
            {
              g_ptr_array_unref (decorators);
              FAIL_TOK (p, &p->tok, "invalid syntax");
              return NULL;
            }
          if (!pml_parser_advance (p))
            {
              g_ptr_array_unref (decorators);
              return NULL;
            }
        }
      if (!AT (p, "def") && !AT (p, "class"))
        {
          g_ptr_array_unref (decorators);
          if (AT (p, "async"))
            UNSUPPORTED (p, p->tok.line, p->tok.col, "async code is not supported in scenarios");
          else
            FAIL_TOK (p, &p->tok, "invalid syntax");
          return NULL;
        }
      def = AT (p, "def") ? parse_funcdef (p) : parse_classdef (p);
      if (def == NULL)
        {
          g_ptr_array_unref (decorators);
          return NULL;
        }
      if (def->kind == N_FUNCTIONDEF)
        def->v.function_def.decorator_list = decorators;
      else
        def->v.class_def.decorator_list = decorators;
      return def;
    }
  if (AT (p, "try"))
    {
      n = pml_node_new (N_TRY, &t);
      CHECK (pml_parser_advance (p));
      CHECK (pml_parser_expect (p, ":"));
      CHECK ((n->v.try_stmt.body = parse_block (p)));
      n->v.try_stmt.handlers = pml_node_list ();
      while (AT (p, "except"))
        {
          PmlNode *h = pml_node_new (N_EXCEPTHANDLER, &p->tok);

          g_ptr_array_add (n->v.try_stmt.handlers, h);
          CHECK (pml_parser_advance (p));
          if (AT (p, "*"))
            {
              UNSUPPORTED (p, p->tok.line, p->tok.col, "'except*' is not supported in scenarios");
              goto fail;
            }
          if (!AT (p, ":"))
            {
              CHECK ((h->v.except_handler.type = parse_test (p)));
              if (AT (p, ","))
                {
                  FAIL_TOK (p, &p->tok, "multiple exception types must be parenthesized");
                  goto fail;
                }
              if (AT (p, "as"))
                {
                  CHECK (pml_parser_advance (p));
                  if (p->tok.kind != TK_NAME || pml_token_is_keyword (&p->tok))
                    {
                      FAIL_TOK (p, &p->tok, "invalid syntax: expected a name");
                      goto fail;
                    }
                  h->v.except_handler.name = g_strndup (p->tok.start, p->tok.len);
                  CHECK (pml_parser_advance (p));
                }
            }
          CHECK (pml_parser_expect (p, ":"));
          CHECK ((h->v.except_handler.body = parse_block (p)));
        }
      if (AT (p, "else"))
        {
          if (n->v.try_stmt.handlers->len == 0)
            {
              FAIL_TOK (p, &p->tok, "invalid syntax");
              goto fail;
            }
          CHECK (pml_parser_advance (p));
          CHECK (pml_parser_expect (p, ":"));
          CHECK ((n->v.try_stmt.orelse = parse_block (p)));
        }
      if (AT (p, "finally"))
        {
          CHECK (pml_parser_advance (p));
          CHECK (pml_parser_expect (p, ":"));
          CHECK ((n->v.try_stmt.finalbody = parse_block (p)));
        }
      if (n->v.try_stmt.handlers->len == 0 && n->v.try_stmt.finalbody == NULL)
        {
          FAIL_TOK (p, &p->tok, "expected 'except' or 'finally' block");
          goto fail;
        }
      return n;
    }
  if (AT (p, "else") || AT (p, "elif") || AT (p, "except") || AT (p, "finally"))
    {
      FAIL_TOK (p, &t, "invalid syntax");
      return NULL;
    }
  if (AT (p, "match") && ((n = pml_parse_match (p)) != NULL || p->error != NULL))
    return n;

  /* simple statements; several on one line become consecutive statements */
  n = parse_simple (p);
  if (n == NULL)
    return NULL;
  if (AT (p, ";"))
    {
      CHECK (pml_parser_advance (p));
      if (p->tok.kind == TK_NEWLINE)
        CHECK (pml_parser_advance (p));
      return n;
    }
  CHECK (end_of_simple (p));
  return n;

fail:
  pml_node_free (n);
  return NULL;
}

/* for the grammar of `match` (pml-py-parse-match.c) */
PmlNode *
pml_parse_number (PmlParser *p)
{
  return parse_number (p);
}

PmlNode *
pml_parse_test (PmlParser *p)
{
  return parse_test (p);
}

GPtrArray *
pml_parse_block (PmlParser *p)
{
  return parse_block (p);
}

PmlNode *
pml_parse (const char *filename,
           const char *source,
           gsize       length,
           GError    **error)
{
  PmlParser p = { 0 };
  PmlNode *module;
  const char *bad;

  if (memchr (source, '\0', length) != NULL)
    {
      const char *nul = memchr (source, '\0', length);
      int line = 1;
      gsize line_start = 0;

      for (const char *c = source; c < nul; c++)
        if (*c == '\n')
          {
            line++;
            line_start = (gsize) (c - source) + 1;
          }
      g_set_error (error, PML_SCRIPT_ERROR, PML_SCRIPT_ERROR_SYNTAX,
                   "%s:%d:%d: source code cannot contain null bytes",
                   filename, line, (int) ((gsize) (nul - source) - line_start) + 1);
      return NULL;
    }

  if (!pml_source_check_encoding (filename, source, length, error))
    return NULL;
  if (!g_utf8_validate (source, (gssize) length, &bad))
    {
      int line = 1;
      gsize offset = (gsize) (bad - source), line_start = 0;

      for (gsize i = 0; i < offset; i++)
        if (source[i] == '\n')
          {
            line++;
            line_start = i + 1;
          }
      g_set_error (error, PML_SCRIPT_ERROR, PML_SCRIPT_ERROR_ENCODING,
                   "%s:%d:%d: the file is not valid UTF-8 (byte 0x%02x)",
                   filename, line, (int) (offset - line_start) + 1, (unsigned) (unsigned char) *bad);
      return NULL;
    }
  p.filename = filename;
  p.src = source;
  p.len = length;
  p.line = 1;
  p.n_indents = 1;
  p.at_line_start = TRUE;
  /* a UTF-8 byte order mark is allowed */
  if (length >= 3 && memcmp (source, "\xEF\xBB\xBF", 3) == 0)
    p.pos = p.line_start = 3;

  module = pml_node_new (N_MODULE, &p.tok);
  module->v.module.body = pml_node_list ();
  if (!pml_parser_advance (&p))
    goto fail;
  while (p.tok.kind != TK_END)
    {
      PmlNode *s;

      if (p.tok.kind == TK_NEWLINE)
        {
          if (!pml_parser_advance (&p))
            goto fail;
          continue;
        }
      if (p.tok.kind == TK_DEDENT)
        {
          if (!pml_parser_advance (&p))
            goto fail;
          continue;
        }
      s = parse_statement (&p);
      if (s == NULL)
        goto fail;
      g_ptr_array_add (module->v.module.body, s);
    }
  return module;

fail:
  pml_node_free (module);
  if (p.error == NULL)
    g_set_error (&p.error, PML_SCRIPT_ERROR, PML_SCRIPT_ERROR_SYNTAX, "%s:%d:%d: invalid syntax",
                 filename, p.tok.line, p.tok.col + 1);
  legacy_print (&p);
  check_rest_of_source (&p);
  g_propagate_error (error, p.error);
  return NULL;
}
