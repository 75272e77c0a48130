/* pml-py-parse-match.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-parse-private.h"
#include "pml-py-match.h"

/* The grammar of the match statement (PEP 634), as CPython 3.11's parser
 * has it. `match` and `case` are soft keywords: a line starting with
 * `match` is a match statement only when a subject and a colon follow. */

static PmlNode *parse_pattern (PmlParser *p);

static gboolean
is_name (PmlParser *p)
{
  return p->tok.kind == TK_NAME && !pml_token_is_keyword (&p->tok);
}

static PmlNode *
new_name (PmlParser *p, PmlNodeKind kind)
{
  PmlNode *n = pml_node_new (kind, &p->tok);

  char *text = g_strndup (p->tok.start, p->tok.len);

  if (kind == N_CONST)
    {
      n->v.constant.kind = C_STR;
      n->v.constant.text = text;
      n->v.constant.len = strlen (text);
    }
  else
    n->v.name.id = text;
  return n;
}

/* a name a pattern binds: not `_`, not followed by `.`, `(` or `=` */
static char *
capture_target (PmlParser *p)
{
  char *name;

  if (!is_name (p))
    {
      FAIL_TOK (p, &p->tok, "invalid syntax");
      return NULL;
    }
  if (pml_token_is (&p->tok, "_"))
    {
      FAIL_TOK (p, &p->tok, "cannot use '_' as a target");
      return NULL;
    }
  name = g_strndup (p->tok.start, p->tok.len);
  if (!pml_parser_advance (p))
    {
      g_free (name);
      return NULL;
    }
  return name;
}

/* a number, a negative number or strings: the value of a literal pattern
 * or of a mapping pattern's key */
static PmlNode *
parse_literal (PmlParser *p)
{
  PmlToken t = p->tok;
  PmlNode *n;

  if (p->tok.kind == TK_STRING)
    {
      n = pml_parse_strings (p);
      if (n != NULL && n->kind == N_JOINEDSTR)
        {
          pml_node_free (n);
          FAIL_TOK (p, &t, "patterns may only match literals and attribute lookups");
          return NULL;
        }
      return n;
    }
  if (AT (p, "-"))
    {
      n = pml_node_new (N_UNARYOP, &t);
      n->v.unaryop.op = OP_NEG;
      if (!pml_parser_advance (p) || p->tok.kind != TK_NUMBER || (n->v.unaryop.operand = pml_parse_number (p)) == NULL)
        {
          if (p->error == NULL)
            FAIL_TOK (p, &p->tok, "invalid syntax");
          pml_node_free (n);
          return NULL;
        }
    }
  else if ((n = pml_parse_number (p)) == NULL)
    return NULL;
  if (AT (p, "+") || AT (p, "-"))
    {
      /* real + imaginary: the tokenizer refuses the imaginary part */
      pml_node_free (n);
      if (pml_parser_advance (p))
        FAIL_TOK (p, &p->tok, "imaginary number required in complex literal");
      return NULL;
    }
  return n;
}

/* `name` or `a.b.c` */
static PmlNode *
parse_name_or_attr (PmlParser *p)
{
  PmlNode *n = new_name (p, N_NAME);

  if (!pml_parser_advance (p))
    goto fail;
  while (AT (p, "."))
    {
      PmlNode *attr = pml_node_new (N_ATTRIBUTE, &p->tok);

      attr->line = n->line;
      attr->col = n->col;
      attr->v.attribute.value = n;
      n = attr;
      if (!pml_parser_advance (p))
        goto fail;
      if (!is_name (p))
        {
          FAIL_TOK (p, &p->tok, "invalid syntax");
          goto fail;
        }
      attr->v.attribute.attr = g_strndup (p->tok.start, p->tok.len);
      if (!pml_parser_advance (p))
        goto fail;
    }
  return n;

fail:
  pml_node_free (n);
  return NULL;
}

static PmlNode *
parse_maybe_star (PmlParser *p)
{
  PmlNode *n;

  if (!AT (p, "*"))
    return parse_pattern (p);
  n = pml_node_new (N_MATCH_STAR, &p->tok);
  if (!pml_parser_advance (p))
    goto fail;
  if (pml_token_is (&p->tok, "_"))
    {
      if (!pml_parser_advance (p))
        goto fail;
      return n;
    }
  if ((n->v.match_star.name = capture_target (p)) == NULL)
    goto fail;
  return n;

fail:
  pml_node_free (n);
  return NULL;
}

/* the items of a sequence pattern up to @close, after @first and a comma
 * (or from the start when @first is NULL) */
static PmlNode *
parse_sequence_rest (PmlParser *p, const PmlToken *at, PmlNode *first, const char *close)
{
  PmlNode *seq = pml_node_new (N_MATCH_SEQUENCE, at);

  seq->v.match_sequence.patterns = pml_node_list ();
  if (first != NULL)
    g_ptr_array_add (seq->v.match_sequence.patterns, first);
  for (;;)
    {
      PmlNode *e;

      if (first != NULL || seq->v.match_sequence.patterns->len > 0)
        {
          if (!AT (p, ","))
            break;
          if (!pml_parser_advance (p))
            goto fail;
        }
      first = NULL;
      if (close != NULL ? AT (p, close) : (AT (p, ":") || AT (p, "if")))
        break;
      if ((e = parse_maybe_star (p)) == NULL)
        goto fail;
      g_ptr_array_add (seq->v.match_sequence.patterns, e);
    }
  if (close != NULL && !pml_parser_expect (p, close))
    goto fail;
  return seq;

fail:
  pml_node_free (seq);
  return NULL;
}

static PmlNode *
parse_mapping (PmlParser *p)
{
  PmlNode *n = pml_node_new (N_MATCH_MAPPING, &p->tok);

  n->v.match_mapping.keys = pml_node_new (N_TUPLE, &p->tok);
  n->v.match_mapping.keys->v.sequence.elts = pml_node_list ();
  n->v.match_mapping.patterns = pml_node_list ();
  CHECK (pml_parser_advance (p));
  while (!AT (p, "}"))
    {
      PmlNode *key, *value;

      if (AT (p, "**"))
        {
          CHECK (pml_parser_advance (p));
          if (pml_token_is (&p->tok, "_"))
            {
              FAIL_TOK (p, &p->tok, "invalid syntax");
              goto fail;
            }
          CHECK ((n->v.match_mapping.rest = capture_target (p)));
          if (AT (p, ","))
            CHECK (pml_parser_advance (p));
          if (!AT (p, "}"))
            {
              FAIL_TOK (p, &p->tok, "invalid syntax");
              goto fail;
            }
          break;
        }
      if (pml_token_is (&p->tok, "None") || pml_token_is (&p->tok, "True") || pml_token_is (&p->tok, "False"))
        {
          key = pml_node_new (N_CONST, &p->tok);
          key->v.constant.kind = AT (p, "None") ? C_NONE : AT (p, "True") ? C_TRUE : C_FALSE;
          if (!pml_parser_advance (p))
            {
              pml_node_free (key);
              goto fail;
            }
        }
      else if (is_name (p))
        {
          CHECK ((key = parse_name_or_attr (p)));
          if (key->kind != N_ATTRIBUTE)
            {
              FAIL_TOK (p, &p->tok, "invalid syntax");
              pml_node_free (key);
              goto fail;
            }
        }
      else
        CHECK ((key = parse_literal (p)));
      g_ptr_array_add (n->v.match_mapping.keys->v.sequence.elts, key);
      CHECK (pml_parser_expect (p, ":"));
      CHECK ((value = parse_pattern (p)));
      g_ptr_array_add (n->v.match_mapping.patterns, value);
      if (!AT (p, ","))
        break;
      CHECK (pml_parser_advance (p));
    }
  CHECK (pml_parser_expect (p, "}"));
  return n;

fail:
  pml_node_free (n);
  return NULL;
}

/* Cls(p, ..., name=p, ...), after the class */
static PmlNode *
parse_class (PmlParser *p, PmlNode *cls)
{
  PmlNode *n = pml_node_new (N_MATCH_CLASS, &p->tok);

  n->line = cls->line;
  n->col = cls->col;
  n->v.match_class.cls = cls;
  n->v.match_class.kwd_attrs = pml_node_new (N_TUPLE, &p->tok);
  n->v.match_class.kwd_attrs->v.sequence.elts = pml_node_list ();
  n->v.match_class.patterns = pml_node_list ();
  n->v.match_class.kwd_patterns = pml_node_list ();
  CHECK (pml_parser_advance (p));
  while (!AT (p, ")"))
    {
      PmlNode *sub;

      if (is_name (p) && pml_token_is (pml_parser_peek (p), "="))
        {
          PmlNode *name = new_name (p, N_CONST);

          g_ptr_array_add (n->v.match_class.kwd_attrs->v.sequence.elts, name);
          CHECK (pml_parser_advance (p));
          CHECK (pml_parser_advance (p));
          CHECK ((sub = parse_pattern (p)));
          g_ptr_array_add (n->v.match_class.kwd_patterns, sub);
        }
      else
        {
          PmlToken t = p->tok;

          CHECK ((sub = parse_pattern (p)));
          g_ptr_array_add (n->v.match_class.patterns, sub);
          if (n->v.match_class.kwd_patterns->len > 0)
            {
              FAIL_TOK (p, &t, "positional patterns follow keyword patterns");
              goto fail;
            }
        }
      if (!AT (p, ","))
        break;
      CHECK (pml_parser_advance (p));
    }
  CHECK (pml_parser_expect (p, ")"));
  return n;

fail:
  pml_node_free (n);
  return NULL;
}

static PmlNode *
parse_closed (PmlParser *p)
{
  PmlToken t = p->tok;
  PmlNode *n;

  if (t.kind == TK_NUMBER || t.kind == TK_STRING || AT (p, "-"))
    {
      PmlNode *value = parse_literal (p);

      if (value == NULL)
        return NULL;
      n = pml_node_new (N_MATCH_VALUE, &t);
      n->v.match_value.value = value;
      return n;
    }
  if (pml_token_is (&t, "None") || pml_token_is (&t, "True") || pml_token_is (&t, "False"))
    {
      n = pml_node_new (N_MATCH_SINGLETON, &t);
      n->v.match_singleton.value = pml_token_is (&t, "None") ? C_NONE : pml_token_is (&t, "True") ? C_TRUE : C_FALSE;
      if (!pml_parser_advance (p))
        {
          pml_node_free (n);
          return NULL;
        }
      return n;
    }
  if (is_name (p))
    {
      PmlNode *name = parse_name_or_attr (p);

      if (name == NULL)
        return NULL;
      if (AT (p, "("))
        return parse_class (p, name);
      if (name->kind == N_ATTRIBUTE)
        {
          n = pml_node_new (N_MATCH_VALUE, &t);
          n->v.match_value.value = name;
          return n;
        }
      n = pml_node_new (N_MATCH_AS, &t);
      if (strcmp (name->v.name.id, "_") != 0)
        n->v.match_as.name = g_steal_pointer (&name->v.name.id);
      pml_node_free (name);
      return n;
    }
  if (AT (p, "("))
    {
      PmlNode *first;

      if (!pml_parser_advance (p))
        return NULL;
      if (AT (p, ")"))
        return parse_sequence_rest (p, &t, NULL, ")");
      if ((first = parse_maybe_star (p)) == NULL)
        return NULL;
      if (AT (p, ","))
        return parse_sequence_rest (p, &t, first, ")");
      if (first->kind == N_MATCH_STAR || !pml_parser_expect (p, ")"))
        {
          if (p->error == NULL)
            FAIL_TOK (p, &p->tok, "invalid syntax");
          pml_node_free (first);
          return NULL;
        }
      return first;   /* a group */
    }
  if (AT (p, "["))
    {
      if (!pml_parser_advance (p))
        return NULL;
      return parse_sequence_rest (p, &t, NULL, "]");
    }
  if (AT (p, "{"))
    return parse_mapping (p);
  FAIL_TOK (p, &t, "invalid syntax");
  return NULL;
}

static PmlNode *
parse_or (PmlParser *p)
{
  PmlToken t = p->tok;
  PmlNode *first = parse_closed (p), *n;

  if (first == NULL || !AT (p, "|"))
    return first;
  n = pml_node_new (N_MATCH_OR, &t);
  n->v.match_or.patterns = pml_node_list ();
  g_ptr_array_add (n->v.match_or.patterns, first);
  while (AT (p, "|"))
    {
      PmlNode *alt;

      CHECK (pml_parser_advance (p));
      CHECK ((alt = parse_closed (p)));
      g_ptr_array_add (n->v.match_or.patterns, alt);
    }
  return n;

fail:
  pml_node_free (n);
  return NULL;
}

static PmlNode *
parse_pattern (PmlParser *p)
{
  PmlToken t = p->tok;
  PmlNode *or, *n;

  if (!pml_parser_enter (p, 1))
    return NULL;
  or = parse_or (p);
  p->depth--;
  if (or == NULL || !AT (p, "as"))
    return or;
  n = pml_node_new (N_MATCH_AS, &t);
  n->v.match_as.pattern = or;
  CHECK (pml_parser_advance (p));
  CHECK ((n->v.match_as.name = capture_target (p)));
  return n;

fail:
  pml_node_free (n);
  return NULL;
}

/* the pattern after `case`: an open sequence `a, *b` is a sequence */
static PmlNode *
parse_case_pattern (PmlParser *p)
{
  PmlToken t = p->tok;
  PmlNode *first = parse_maybe_star (p);

  if (first == NULL)
    return NULL;
  if (AT (p, ","))
    return parse_sequence_rest (p, &t, first, NULL);
  if (first->kind == N_MATCH_STAR)
    {
      /* a star pattern only ever stands in a sequence */
      FAIL_TOK (p, &p->tok, "invalid syntax");
      pml_node_free (first);
      return NULL;
    }
  return first;
}

static PmlNode *
parse_case (PmlParser *p)
{
  PmlNode *n = pml_node_new (N_MATCH_CASE, &p->tok);

  CHECK (pml_parser_advance (p));
  CHECK ((n->v.match_case.pattern = parse_case_pattern (p)));
  if (AT (p, "if"))
    {
      CHECK (pml_parser_advance (p));
      CHECK ((n->v.match_case.guard = pml_parse_test (p)));
    }
  CHECK (pml_parser_expect (p, ":"));
  CHECK ((n->v.match_case.body = pml_parse_block (p)));
  return n;

fail:
  pml_node_free (n);
  return NULL;
}

/* At `match`: the statement, or NULL with no error (and the parser where
 * it was) when the line is not one, such as `match = 3` or `match(x)`. */
PmlNode *
pml_parse_match (PmlParser *p)
{
  PmlParser saved = *p;
  PmlNode *n = pml_node_new (N_MATCH, &p->tok);
  PmlNode *subject = NULL;

  if (pml_parser_advance (p) && p->tok.kind != TK_NEWLINE && !AT (p, "=") && !AT (p, ".")
      && !AT (p, ":"))
    subject = pml_parse_testlist_star (p, TRUE);
  if (subject == NULL || !AT (p, ":"))
    {
      pml_node_free (subject);
      pml_node_free (n);
      g_clear_error (&p->error);
      *p = saved;
      return NULL;
    }
  n->v.match.subject = subject;
  n->v.match.cases = pml_node_list ();
  CHECK (pml_parser_advance (p));
  if (p->tok.kind != TK_NEWLINE)
    {
      FAIL_TOK (p, &p->tok, "invalid syntax");
      goto fail;
    }
  CHECK (pml_parser_advance (p));
  if (p->tok.kind != TK_INDENT)
    {
      FAIL_TOK (p, &p->tok, "expected an indented block after 'match' statement on line %d", n->line);
      goto fail;
    }
  CHECK (pml_parser_advance (p));
  while (p->tok.kind != TK_DEDENT && p->tok.kind != TK_END)
    {
      PmlNode *c;

      if (!AT (p, "case"))
        {
          FAIL_TOK (p, &p->tok, "invalid syntax");
          goto fail;
        }
      CHECK ((c = parse_case (p)));
      g_ptr_array_add (n->v.match.cases, c);
    }
  if (p->tok.kind == TK_DEDENT)
    CHECK (pml_parser_advance (p));
  return n;

fail:
  pml_node_free (n);
  return NULL;
}
