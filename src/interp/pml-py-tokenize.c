/* pml-py-tokenize.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-parse-private.h"

/* The tokenizer of the scenario subset: names, numbers, string literals
 * (kept raw for pml-py-parse-string.c), operators, and the INDENT/DEDENT
 * and NEWLINE tokens of Python's layout rule. */

static gboolean
fail_valist (PmlParser *p, int line, int col, int end_line, int end_col, PmlScriptError code,
             const char *fmt, va_list ap)
{
  g_autofree char *msg = NULL;

  if (p->error != NULL)
    return FALSE;
  msg = g_strdup_vprintf (fmt, ap);
  /* a wider range than one character rides in the location, where the
     command line finds it to draw CPython's ^^^ (pml_script_error_location) */
  if (end_line > line || (end_line == line && end_col > col + 1))
    g_set_error (&p->error, PML_SCRIPT_ERROR, code, "%s:%d:%d-%d:%d: %s", p->filename, line, col + 1,
                 end_line, end_col + 1, msg);
  else
    g_set_error (&p->error, PML_SCRIPT_ERROR, code, "%s:%d:%d: %s", p->filename, line, col + 1, msg);
  return FALSE;
}

gboolean
pml_parser_fail_at (PmlParser *p, int line, int col, PmlScriptError code, const char *fmt, ...)
{
  va_list ap;
  gboolean ret;

  va_start (ap, fmt);
  ret = fail_valist (p, line, col, line, col + 1, code, fmt, ap);
  va_end (ap);
  return ret;
}

gboolean
pml_parser_fail_span (PmlParser *p, int line, int col, int end_line, int end_col, const char *fmt, ...)
{
  va_list ap;
  gboolean ret;

  va_start (ap, fmt);
  ret = fail_valist (p, line, col, end_line, end_col, PML_SCRIPT_ERROR_SYNTAX, fmt, ap);
  va_end (ap);
  return ret;
}

/* where a token ends: a string may span lines */
static void
token_end (const PmlToken *t, int *line, int *col)
{
  const char *last_newline = t->start ? memchr (t->start, '\n', t->len) : NULL;

  *line = t->line;
  *col = t->col + (int) t->len;
  while (last_newline != NULL)
    {
      const char *next = memchr (last_newline + 1, '\n', t->len - (gsize) (last_newline + 1 - t->start));

      (*line)++;
      *col = (int) (t->start + t->len - (last_newline + 1));
      last_newline = next;
    }
}

/* The parser's errors at a token underline all of it, as CPython's
 * RAISE_SYNTAX_ERROR at its last token does */
gboolean
pml_parser_fail_tok (PmlParser *p, const PmlToken *t, const char *fmt, ...)
{
  va_list ap;
  gboolean ret;
  int end_line = t->line, end_col = t->col + 1;

  if (t->start != NULL && t->len > 0
      && (t->kind == TK_NAME || t->kind == TK_NUMBER || t->kind == TK_STRING || t->kind == TK_OP))
    token_end (t, &end_line, &end_col);
  va_start (ap, fmt);
  ret = fail_valist (p, t->line, t->col, end_line, end_col, PML_SCRIPT_ERROR_SYNTAX, fmt, ap);
  va_end (ap);
  return ret;
}

/* the tokenizer's own errors point at one character */
#define FAIL_CHAR(p, t, ...) ((p)->tokenizer_failed = TRUE, \
                             pml_parser_fail_at ((p), (t)->line, (t)->col, PML_SCRIPT_ERROR_SYNTAX, __VA_ARGS__))

static const char *three_char_ops[] = { "**=", "//=", ">>=", "<<=", "...", NULL };
static const char *two_char_ops[] = {
  "**", "//", "==", "!=", "<=", ">=", "<<", ">>", "+=", "-=", "*=", "/=", "%=",
  "&=", "|=", "^=", "->", ":=", "@=", "<>", NULL
};

static gboolean
is_name_start (unsigned char c)
{
  return g_ascii_isalpha (c) || c == '_' || c >= 0x80;
}

static gboolean
is_name_char (unsigned char c)
{
  return g_ascii_isalnum (c) || c == '_' || c >= 0x80;
}

static gboolean
lex_string (PmlParser *p, PmlToken *t)
{
  const char *s = p->src;
  gsize i = p->pos;
  char quote;
  gboolean triple;

  while (i < p->len && g_ascii_isalpha (s[i]))
    i++;
  quote = s[i];
  triple = i + 2 < p->len && s[i + 1] == quote && s[i + 2] == quote;
  i += triple ? 3 : 1;
  for (;;)
    {
      if (i >= p->len)
        {
          /* the tokenizer's line at the end of the file */
          int at = p->line - (p->len > 0 && s[p->len - 1] == '\n' && p->line > t->line ? 1 : 0);

          return FAIL_CHAR (p, t, triple ? "unterminated triple-quoted string literal (detected at line %d)"
                                        : "unterminated string literal (detected at line %d)", at);
        }
      if (s[i] == '\\' && i + 1 < p->len)
        {
          if (s[i + 1] == '\n')
            {
              p->line++;
              p->line_start = i + 2;
            }
          i += 2;
          continue;
        }
      if (s[i] == '\n')
        {
          if (!triple)
            return FAIL_CHAR (p, t, "unterminated string literal (detected at line %d)", p->line);
          p->line++;
          p->line_start = i + 1;
        }
      if (s[i] == quote)
        {
          if (!triple)
            {
              i++;
              break;
            }
          if (i + 2 < p->len && s[i + 1] == quote && s[i + 2] == quote)
            {
              i += 3;
              break;
            }
        }
      i++;
    }
  t->kind = TK_STRING;
  t->len = i - p->pos;
  p->pos = i;
  return TRUE;
}

#define TAB_ERROR "inconsistent use of tabs and spaces in indentation"

static gboolean
next_token (PmlParser *p, PmlToken *t)
{
  const char *s = p->src;

  memset (t, 0, sizeof *t);
  if (p->pending_dedents > 0)
    {
      p->pending_dedents--;
      t->kind = TK_DEDENT;
      t->line = p->line;
      return TRUE;
    }

again:
  if (p->at_line_start && p->nesting == 0)
    {
      /* CPython's two measures: tabs to multiples of 8, and tabs as one
         column; indentation must agree on both, or it depends on the tab
         size (TabError). A form feed starts over. */
      int width = 0, alt_width = 0;
      gsize i = p->pos;

      while (i < p->len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\f'))
        {
          if (s[i] == '\f')
            width = alt_width = 0;
          else if (s[i] == '\t')
            {
              width = (width / 8 + 1) * 8;
              alt_width++;
            }
          else
            {
              width++;
              alt_width++;
            }
          i++;
        }
      if (i < p->len && (s[i] == '#' || s[i] == '\n' || s[i] == '\r'))
        {
          /* blank or comment line: no indentation change */
          while (i < p->len && s[i] != '\n')
            i++;
          if (i < p->len)
            i++;
          p->pos = i;
          p->line++;
          p->line_start = i;
          goto again;
        }
      if (i >= p->len)
        {
          p->pos = i;
          p->at_line_start = FALSE;
          goto again;
        }
      p->pos = i;
      p->at_line_start = FALSE;
      t->line = p->line;
      t->col = (int) (i - p->line_start);
      if (width == p->indents[p->n_indents - 1])
        {
          if (alt_width != p->alt_indents[p->n_indents - 1])
            return FAIL_CHAR (p, t, TAB_ERROR);
        }
      else if (width > p->indents[p->n_indents - 1])
        {
          if (p->n_indents >= MAX_INDENT)
            return FAIL_CHAR (p, t, "too many levels of indentation");
          if (alt_width <= p->alt_indents[p->n_indents - 1])
            return FAIL_CHAR (p, t, TAB_ERROR);
          p->alt_indents[p->n_indents] = alt_width;
          p->indents[p->n_indents++] = width;
          t->kind = TK_INDENT;
          return TRUE;
        }
      else
        {
          int n = 0;

          while (p->n_indents > 1 && width < p->indents[p->n_indents - 1])
            {
              p->n_indents--;
              n++;
            }
          if (width != p->indents[p->n_indents - 1])
            return FAIL_CHAR (p, t, "unindent does not match any outer indentation level");
          if (alt_width != p->alt_indents[p->n_indents - 1])
            return FAIL_CHAR (p, t, TAB_ERROR);
          p->pending_dedents = n - 1;
          t->kind = TK_DEDENT;
          return TRUE;
        }
    }

  /* skip spaces, comments and line continuations */
  for (;;)
    {
      if (p->pos < p->len && (s[p->pos] == ' ' || s[p->pos] == '\t' || s[p->pos] == '\f' || s[p->pos] == '\r'))
        p->pos++;
      else if (p->pos < p->len && s[p->pos] == '#')
        {
          while (p->pos < p->len && s[p->pos] != '\n')
            p->pos++;
        }
      else if (p->pos + 1 < p->len && s[p->pos] == '\\' && (s[p->pos + 1] == '\n' || s[p->pos + 1] == '\r'))
        {
          p->pos += s[p->pos + 1] == '\r' && p->pos + 2 < p->len && s[p->pos + 2] == '\n' ? 3 : 2;
          p->line++;
          p->line_start = p->pos;
        }
      else
        break;
    }

  t->line = p->line;
  t->col = (int) (p->pos - p->line_start);
  t->start = s + p->pos;

  if (p->pos >= p->len)
    {
      if (p->nesting > p->base_nesting)
        {
          /* raise_unclosed_parentheses_error: at the innermost open bracket */
          int k = MIN (p->nesting, MAX_NESTING) - 1;

          p->tokenizer_failed = TRUE;
          return pml_parser_fail_at (p, p->paren_line[k], p->paren_col[k], PML_SCRIPT_ERROR_SYNTAX,
                                     "'%c' was never closed", p->paren_char[k]);
        }
      if (p->n_indents > 1)
        {
          p->n_indents--;
          t->kind = TK_DEDENT;
          return TRUE;
        }
      t->kind = TK_END;
      return TRUE;
    }

  if (s[p->pos] == '\n')
    {
      p->pos++;
      p->line++;
      p->line_start = p->pos;
      if (p->nesting > 0)
        goto again;
      p->at_line_start = TRUE;
      t->kind = TK_NEWLINE;
      return TRUE;
    }

  if (is_name_start ((unsigned char) s[p->pos]))
    {
      gsize i = p->pos;

      while (i < p->len && is_name_char ((unsigned char) s[i]))
        {
          if ((unsigned char) s[i] >= 0x80)
            {
              /* a letter, digit, mark or connector of any script; not
                 typographic quotes, dashes or operators */
              gunichar c = g_utf8_get_char_validated (s + i, (gssize) (p->len - i));
              GUnicodeType type = g_unichar_type (c);

              if (c != (gunichar) -1 && c != (gunichar) -2 && !g_unichar_isalnum (c)
                  && type != G_UNICODE_NON_SPACING_MARK && type != G_UNICODE_SPACING_MARK
                  && type != G_UNICODE_CONNECT_PUNCTUATION && type != G_UNICODE_LETTER_NUMBER)
                {
                  char buf[8] = { 0 };

                  g_unichar_to_utf8 (c, buf);
                  t->col = (int) (i - p->line_start);
                  return FAIL_CHAR (p, t, "invalid character '%s' (U+%04X)", buf, (unsigned) c);
                }
              i += (gsize) (g_utf8_next_char (s + i) - (s + i));
              continue;
            }
          i++;
        }
      if (i < p->len && (s[i] == '\'' || s[i] == '"') && i - p->pos <= 2)
        {
          g_autofree char *prefix = g_ascii_strdown (s + p->pos, i - p->pos);

          if (g_strv_contains ((const char *[]) { "r", "b", "f", "u", "rb", "br", "fr", "rf", NULL }, prefix))
            return lex_string (p, t);
        }
      t->kind = TK_NAME;
      t->len = i - p->pos;
      p->pos = i;
      return TRUE;
    }

  if (s[p->pos] == '\'' || s[p->pos] == '"')
    return lex_string (p, t);

  if (g_ascii_isdigit (s[p->pos]) || (s[p->pos] == '.' && p->pos + 1 < p->len && g_ascii_isdigit (s[p->pos + 1])))
    {
      gsize i = p->pos;

      if (s[i] == '0' && i + 1 < p->len && strchr ("xXoObB", s[i + 1]))
        {
          char base = g_ascii_tolower (s[i + 1]);

          i += 2;
          while (i < p->len && (g_ascii_isxdigit (s[i]) || s[i] == '_'))
            i++;
          if (i == p->pos + 2)
            {
              t->col = (int) (i - 1 - p->line_start);
              return FAIL_CHAR (p, t, "invalid %s literal",
                                base == 'x' ? "hexadecimal" : base == 'o' ? "octal" : "binary");
            }
        }
      else
        {
          /* one point at most: 1.0.hex() is the float 1.0, then .hex */
          while (i < p->len && (g_ascii_isdigit (s[i]) || s[i] == '_'))
            i++;
          if (i < p->len && s[i] == '.')
            i++;
          while (i < p->len && (g_ascii_isdigit (s[i]) || s[i] == '_'))
            i++;
          if (i < p->len && (s[i] == 'e' || s[i] == 'E'))
            {
              i++;
              if (i < p->len && (s[i] == '+' || s[i] == '-'))
                i++;
              while (i < p->len && g_ascii_isdigit (s[i]))
                i++;
            }
          if (i < p->len && (s[i] == 'j' || s[i] == 'J'))
            i++;   /* an imaginary literal */
        }
      if (i < p->len && is_name_char ((unsigned char) s[i]))
        return FAIL_CHAR (p, t, "invalid decimal literal");
      t->kind = TK_NUMBER;
      t->len = i - p->pos;
      p->pos = i;
      return TRUE;
    }

  t->kind = TK_OP;
  for (int k = 0; three_char_ops[k]; k++)
    if (p->pos + 3 <= p->len && memcmp (s + p->pos, three_char_ops[k], 3) == 0)
      {
        t->len = 3;
        p->pos += 3;
        return TRUE;
      }
  for (int k = 0; two_char_ops[k]; k++)
    if (p->pos + 2 <= p->len && memcmp (s + p->pos, two_char_ops[k], 2) == 0)
      {
        t->len = 2;
        p->pos += 2;
        return TRUE;
      }
  if (strchr ("+-*/%@&|^~<>()[]{},:.;=!", s[p->pos]) == NULL || s[p->pos] == '\0')
    {
      if ((unsigned char) s[p->pos] < 0x20 || s[p->pos] == 0x7f)
        return FAIL_CHAR (p, t, "invalid non-printable character U+%04X", (unsigned) (unsigned char) s[p->pos]);
      /* '$', '?' and '`' are no token at all to CPython's grammar */
      return FAIL_CHAR (p, t, "invalid syntax");
    }
  if (strchr ("([{", s[p->pos]))
    {
      if (p->nesting + 1 >= MAX_NESTING)
        return FAIL_CHAR (p, t, "too many nested parentheses");
      p->paren_char[p->nesting] = s[p->pos];
      p->paren_line[p->nesting] = t->line;
      p->paren_col[p->nesting] = t->col;
      p->nesting++;
    }
  else if (strchr (")]}", s[p->pos]))
    {
      if (p->nesting == 0)
        return FAIL_CHAR (p, t, "unmatched '%c'", s[p->pos]);
      if (p->nesting > p->base_nesting && p->nesting <= MAX_NESTING)
        {
          char open = p->paren_char[p->nesting - 1];

          if ((open == '(' ? ')' : open == '[' ? ']' : '}') != s[p->pos])
            return p->paren_line[p->nesting - 1] != t->line
                   ? FAIL_CHAR (p, t, "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d",
                               s[p->pos], open, p->paren_line[p->nesting - 1])
                   : FAIL_CHAR (p, t, "closing parenthesis '%c' does not match opening parenthesis '%c'",
                               s[p->pos], open);
        }
      p->nesting--;
    }
  t->len = 1;
  p->pos++;
  return TRUE;
}

static void
note_token_end (PmlParser *p)
{
  if (p->tok.start != NULL)
    token_end (&p->tok, &p->prev_end_line, &p->prev_end_col);
}

gboolean
pml_parser_advance (PmlParser *p)
{
  note_token_end (p);
  if (p->has_peek)
    {
      p->tok = p->peek;
      p->has_peek = FALSE;
      return TRUE;
    }
  return next_token (p, &p->tok);
}

PmlToken *
pml_parser_peek (PmlParser *p)
{
  if (!p->has_peek)
    {
      if (!next_token (p, &p->peek))
        p->peek.kind = TK_END;
      p->has_peek = TRUE;
    }
  return &p->peek;
}

gboolean
pml_token_is (const PmlToken *t, const char *text)
{
  gsize n = strlen (text);

  return (t->kind == TK_OP || t->kind == TK_NAME) && t->len == n && memcmp (t->start, text, n) == 0;
}


gboolean
pml_parser_expect (PmlParser *p, const char *text)
{
  if (!AT (p, text))
    {
      if (p->tok.kind == TK_NEWLINE || p->tok.kind == TK_END)
        return FAIL_TOK (p, &p->tok, "expected '%s'", text);
      return FAIL_TOK (p, &p->tok, "invalid syntax: expected '%s'", text);
    }
  return pml_parser_advance (p);
}

static const char *keywords[] = {
  "False", "None", "True", "and", "as", "assert", "async", "await", "break",
  "class", "continue", "def", "del", "elif", "else", "except", "finally", "for",
  "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or",
  "pass", "raise", "return", "try", "while", "with", "yield", NULL
};

gboolean
pml_token_is_keyword (const PmlToken *t)
{
  if (t->kind != TK_NAME)
    return FALSE;
  for (int i = 0; keywords[i]; i++)
    if (pml_token_is (t, keywords[i]))
      return TRUE;
  return FALSE;
}
