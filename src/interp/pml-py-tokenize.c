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

/* ---- numbers: the scan of CPython's tokenizer (tok_get's number branch,
 * tok_decimal_tail, verify_end_of_number), with its messages and the
 * columns its carets point at ---- */

static char
char_at (PmlParser *p,
         gsize      i)
{
  return i < p->len ? p->src[i] : '\0';
}

/* A number's error, with the caret on the character before @cur: where
 * CPython's tokenizer had read up to when it gave up */
static gboolean
fail_number (PmlParser  *p,
             PmlToken   *t,
             gsize       cur,
             const char *message)
{
  t->col = (int) (cur - 1 - p->line_start);
  return FAIL_CHAR (p, t, "%s", message);
}

static gboolean
fail_digit (PmlParser  *p,
            PmlToken   *t,
            gsize       i,
            const char *kind)
{
  g_autofree char *message = g_strdup_printf ("invalid digit '%c' in %s literal", char_at (p, i), kind);

  return fail_number (p, t, i + 1, message);
}

/* Digits, an underscore only between two of them */
static gboolean
scan_decimal_tail (PmlParser *p,
                   PmlToken  *t,
                   gsize     *i)
{
  for (;;)
    {
      while (g_ascii_isdigit (char_at (p, *i)))
        (*i)++;
      if (char_at (p, *i) != '_')
        return TRUE;
      if (!g_ascii_isdigit (char_at (p, *i + 1)))
        return fail_number (p, t, *i + 1, "invalid decimal literal");
      (*i)++;
    }
}

/* What follows a number: not a letter, digit or underscore, unless it
 * starts one of the keywords valid code can put there ("1if x else 2"),
 * which 3.11 only warns about */
static gboolean
verify_end_of_number (PmlParser  *p,
                      PmlToken   *t,
                      gsize       i,
                      const char *kind)
{
  static const char *keywords[] = { "and", "else", "for", "if", "in", "is", "or", "not", NULL };
  g_autofree char *message = NULL;

  for (int k = 0; keywords[k] != NULL; k++)
    if (i + strlen (keywords[k]) <= p->len && memcmp (p->src + i, keywords[k], strlen (keywords[k])) == 0)
      return TRUE;
  if (!is_name_char ((unsigned char) char_at (p, i)))
    return TRUE;
  message = g_strdup_printf ("invalid %s literal", kind);
  return fail_number (p, t, i, message);
}

static gboolean
is_digit_in_base (char c,
                  char base)
{
  return base == 'x' ? g_ascii_isxdigit (c) : c >= '0' && c <= (base == 'o' ? '7' : '1');
}

/* The digits after 0x, 0o or 0b, an underscore before any of them */
static gboolean
scan_prefixed (PmlParser *p,
               PmlToken  *t,
               gsize     *i,
               char       base)
{
  const char *kind = base == 'x' ? "hexadecimal" : base == 'o' ? "octal" : "binary";

  do
    {
      if (char_at (p, *i) == '_')
        (*i)++;
      if (!is_digit_in_base (char_at (p, *i), base))
        {
          g_autofree char *message = NULL;

          if (base != 'x' && g_ascii_isdigit (char_at (p, *i)))
            return fail_digit (p, t, *i, kind);
          message = g_strdup_printf ("invalid %s literal", kind);
          return fail_number (p, t, *i, message);
        }
      while (is_digit_in_base (char_at (p, *i), base))
        (*i)++;
    }
  while (char_at (p, *i) == '_');
  if (base != 'x' && g_ascii_isdigit (char_at (p, *i)))
    return fail_digit (p, t, *i, kind);
  return verify_end_of_number (p, t, *i, kind);
}

/* After the integer part: a fraction, an exponent, a j */
static gboolean
scan_float_tail (PmlParser *p,
                 PmlToken  *t,
                 gsize     *i)
{
  if (char_at (p, *i) == '.')
    {
      (*i)++;
      if (g_ascii_isdigit (char_at (p, *i)) && !scan_decimal_tail (p, t, i))
        return FALSE;
    }
  if (char_at (p, *i) == 'e' || char_at (p, *i) == 'E')
    {
      gsize e = *i;

      (*i)++;
      if (char_at (p, *i) == '+' || char_at (p, *i) == '-')
        {
          (*i)++;
          if (!g_ascii_isdigit (char_at (p, *i)))
            return fail_number (p, t, *i, "invalid decimal literal");
        }
      else if (!g_ascii_isdigit (char_at (p, *i)))
        {
          /* "1else": the number ends before the e */
          *i = e;
          return verify_end_of_number (p, t, e, "decimal");
        }
      if (!scan_decimal_tail (p, t, i))
        return FALSE;
    }
  if (char_at (p, *i) == 'j' || char_at (p, *i) == 'J')
    {
      (*i)++;
      return verify_end_of_number (p, t, *i, "imaginary");
    }
  return verify_end_of_number (p, t, *i, "decimal");
}

/* 0, 00, 0_0, 0.5, 0e1, 0j; 0777 is an error */
static gboolean
scan_zero (PmlParser *p,
           PmlToken  *t,
           gsize     *i)
{
  gsize after_zeros;

  for (;;)
    {
      if (char_at (p, *i) == '_')
        {
          (*i)++;
          if (!g_ascii_isdigit (char_at (p, *i)))
            return fail_number (p, t, *i, "invalid decimal literal");
        }
      if (char_at (p, *i) != '0')
        break;
      (*i)++;
    }
  after_zeros = *i;
  if (g_ascii_isdigit (char_at (p, *i)) && !scan_decimal_tail (p, t, i))
    return FALSE;
  if (strchr (".eEjJ", char_at (p, *i)) != NULL && char_at (p, *i) != '\0')
    return scan_float_tail (p, t, i);
  if (*i > after_zeros)
    {
      /* underlined from the literal's start to its last zero */
      p->tokenizer_failed = TRUE;
      return pml_parser_fail_span (p, t->line, t->col, t->line, (int) (after_zeros - p->line_start),
                                   "leading zeros in decimal integer literals are not permitted; "
                                   "use an 0o prefix for octal integers");
    }
  return verify_end_of_number (p, t, *i, "decimal");
}

static gboolean
lex_number (PmlParser *p,
            PmlToken  *t)
{
  gsize i = p->pos;
  gboolean ok;

  if (p->src[i] == '0' && strchr ("xXoObB", char_at (p, i + 1)) != NULL && char_at (p, i + 1) != '\0')
    {
      char base = g_ascii_tolower (p->src[i + 1]);

      i += 2;
      ok = scan_prefixed (p, t, &i, base);
    }
  else if (p->src[i] == '0')
    {
      i++;
      ok = scan_zero (p, t, &i);
    }
  else if (p->src[i] == '.')
    ok = scan_float_tail (p, t, &i);
  else
    ok = scan_decimal_tail (p, t, &i) && scan_float_tail (p, t, &i);
  if (!ok)
    return FALSE;
  t->kind = TK_NUMBER;
  t->len = i - p->pos;
  p->pos = i;
  return TRUE;
}

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
    return lex_number (p, t);

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
