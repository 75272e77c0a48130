/* pml-py-parse.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py.h"
#include "pml-py-ast.h"

/* A tokenizer and recursive-descent parser for the scenario subset of
 * Python 3.11. Everything outside the subset is refused here or in the
 * compiler, with the line and column, before anything runs. */

#define MAX_NESTING 200   /* CPython's tokenizer refuses deeper brackets too */
#define MAX_INDENT 100

typedef enum
{
  TK_END, TK_NEWLINE, TK_INDENT, TK_DEDENT, TK_NAME, TK_NUMBER, TK_STRING, TK_OP,
} TokKind;

typedef struct
{
  TokKind kind;
  int line, col;
  const char *start;
  gsize len;
} Token;

typedef struct
{
  const char *filename;
  const char *src;
  gsize len;
  gsize pos;
  int line;
  gsize line_start;
  int indents[MAX_INDENT];
  int n_indents;
  int pending_dedents;
  int nesting;
  int base_nesting;       /* f-string fields start inside braces */
  gboolean at_line_start;
  Token tok;              /* current */
  Token peek;
  gboolean has_peek;
  GError *error;
  int depth;              /* recursion of the parser */
} Parser;

static gboolean
fail_at (Parser *p, int line, int col, PmlScriptError code, const char *fmt, ...) G_GNUC_PRINTF (5, 6);

static gboolean
fail_at (Parser *p, int line, int col, PmlScriptError code, const char *fmt, ...)
{
  va_list ap;
  g_autofree char *msg = NULL;

  if (p->error != NULL)
    return FALSE;
  va_start (ap, fmt);
  msg = g_strdup_vprintf (fmt, ap);
  va_end (ap);
  g_set_error (&p->error, PML_SCRIPT_ERROR, code, "%s:%d:%d: %s", p->filename, line, col + 1, msg);
  return FALSE;
}

#define FAIL_TOK(p, t, ...) fail_at ((p), (t)->line, (t)->col, PML_SCRIPT_ERROR_SYNTAX, __VA_ARGS__)
#define UNSUPPORTED(p, line, col, ...) fail_at ((p), (line), (col), PML_SCRIPT_ERROR_UNSUPPORTED, __VA_ARGS__)

/* ---- tokenizer ---- */

static const char *three_char_ops[] = { "**=", "//=", ">>=", "<<=", "...", NULL };
static const char *two_char_ops[] = {
  "**", "//", "==", "!=", "<=", ">=", "<<", ">>", "+=", "-=", "*=", "/=", "%=",
  "&=", "|=", "^=", "->", ":=", "@=", NULL
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
lex_string (Parser *p, Token *t)
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
        return FAIL_TOK (p, t, triple ? "unterminated triple-quoted string literal"
                                      : "unterminated string literal");
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
            return FAIL_TOK (p, t, "unterminated string literal");
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

static gboolean
next_token (Parser *p, Token *t)
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
      int width = 0;
      gsize i = p->pos;

      while (i < p->len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\f'))
        {
          width = s[i] == '\t' ? (width / 8 + 1) * 8 : width + 1;
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
      if (width > p->indents[p->n_indents - 1])
        {
          if (p->n_indents >= MAX_INDENT)
            return FAIL_TOK (p, t, "too many levels of indentation");
          p->indents[p->n_indents++] = width;
          t->kind = TK_INDENT;
          return TRUE;
        }
      if (width < p->indents[p->n_indents - 1])
        {
          int n = 0;

          while (p->n_indents > 1 && width < p->indents[p->n_indents - 1])
            {
              p->n_indents--;
              n++;
            }
          if (width != p->indents[p->n_indents - 1])
            return FAIL_TOK (p, t, "unindent does not match any outer indentation level");
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
        return FAIL_TOK (p, t, "unexpected end of file: a bracket is never closed");
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
        i++;
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
          i += 2;
          while (i < p->len && (g_ascii_isxdigit (s[i]) || s[i] == '_'))
            i++;
        }
      else
        {
          while (i < p->len && (g_ascii_isdigit (s[i]) || s[i] == '_' || s[i] == '.'))
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
            return UNSUPPORTED (p, t->line, t->col, "complex numbers are not supported in scenarios");
        }
      if (i < p->len && is_name_char ((unsigned char) s[i]))
        return FAIL_TOK (p, t, "invalid decimal literal");
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
        return FAIL_TOK (p, t, "invalid non-printable character U+%04X", (unsigned) (unsigned char) s[p->pos]);
      return FAIL_TOK (p, t, "invalid character '%c'", s[p->pos]);
    }
  if (strchr ("([{", s[p->pos]))
    {
      if (++p->nesting >= MAX_NESTING)
        return FAIL_TOK (p, t, "too many nested parentheses");
    }
  else if (strchr (")]}", s[p->pos]))
    {
      if (p->nesting == 0)
        return FAIL_TOK (p, t, "unmatched '%c'", s[p->pos]);
      p->nesting--;
    }
  t->len = 1;
  p->pos++;
  return TRUE;
}

static gboolean
advance (Parser *p)
{
  if (p->has_peek)
    {
      p->tok = p->peek;
      p->has_peek = FALSE;
      return TRUE;
    }
  return next_token (p, &p->tok);
}

static Token *
peek (Parser *p)
{
  if (!p->has_peek)
    {
      if (!next_token (p, &p->peek))
        p->peek.kind = TK_END;
      p->has_peek = TRUE;
    }
  return &p->peek;
}

static gboolean
tok_is (const Token *t, const char *text)
{
  gsize n = strlen (text);

  return (t->kind == TK_OP || t->kind == TK_NAME) && t->len == n && memcmp (t->start, text, n) == 0;
}

#define AT(p, text) tok_is (&(p)->tok, (text))

static gboolean
expect (Parser *p, const char *text)
{
  if (!AT (p, text))
    {
      if (p->tok.kind == TK_NEWLINE || p->tok.kind == TK_END)
        return FAIL_TOK (p, &p->tok, "expected '%s'", text);
      return FAIL_TOK (p, &p->tok, "invalid syntax: expected '%s'", text);
    }
  return advance (p);
}

static const char *keywords[] = {
  "False", "None", "True", "and", "as", "assert", "async", "await", "break",
  "class", "continue", "def", "del", "elif", "else", "except", "finally", "for",
  "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or",
  "pass", "raise", "return", "try", "while", "with", "yield", NULL
};

static gboolean
is_keyword (const Token *t)
{
  if (t->kind != TK_NAME)
    return FALSE;
  for (int i = 0; keywords[i]; i++)
    if (tok_is (t, keywords[i]))
      return TRUE;
  return FALSE;
}

/* ---- nodes ---- */

static PmlNode *
node_new (PmlNodeKind kind, const Token *at)
{
  PmlNode *n = g_new0 (PmlNode, 1);

  n->kind = kind;
  n->line = at->line;
  n->col = at->col;
  return n;
}

void
pml_node_free (PmlNode *n)
{
  if (n == NULL)
    return;
  pml_node_free (n->a);
  pml_node_free (n->b);
  pml_node_free (n->c);
  if (n->list)
    g_ptr_array_unref (n->list);
  if (n->list2)
    g_ptr_array_unref (n->list2);
  if (n->list3)
    g_ptr_array_unref (n->list3);
  g_free (n->str);
  g_free (n);
}

static GPtrArray *
node_list (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) pml_node_free);
}

static PmlNode *parse_expr (Parser *p);
static PmlNode *parse_test (Parser *p);
static PmlNode *parse_or_test (Parser *p);
static PmlNode *parse_star_expr (Parser *p);
static PmlNode *parse_testlist_star (Parser *p, gboolean allow_star);
static GPtrArray *parse_block (Parser *p);
static PmlNode *parse_statement (Parser *p);

#define CHECK(x) G_STMT_START { if (!(x)) goto fail; } G_STMT_END

static gboolean
enter (Parser *p)
{
  if (++p->depth > 400)
    return FAIL_TOK (p, &p->tok, "too many nested expressions");
  return TRUE;
}

/* String literals: decode escapes; f-strings are split into pieces. */
static gboolean
decode_escapes (Parser *p, const Token *t, const char *s, gsize n, gboolean raw, gboolean is_bytes, GString *out)
{
  for (gsize i = 0; i < n; i++)
    {
      char c = s[i];

      if (c != '\\' || raw)
        {
          if (is_bytes && (unsigned char) c >= 0x80)
            return FAIL_TOK (p, t, "bytes can only contain ASCII literal characters");
          g_string_append_c (out, c);
          if (raw && c == '\\' && i + 1 < n)
            g_string_append_c (out, s[++i]);
          continue;
        }
      if (++i >= n)
        break;
      c = s[i];
      switch (c)
        {
        case '\n': break;
        case '\\': g_string_append_c (out, '\\'); break;
        case '\'': g_string_append_c (out, '\''); break;
        case '"': g_string_append_c (out, '"'); break;
        case 'a': g_string_append_c (out, '\a'); break;
        case 'b': g_string_append_c (out, '\b'); break;
        case 'f': g_string_append_c (out, '\f'); break;
        case 'n': g_string_append_c (out, '\n'); break;
        case 'r': g_string_append_c (out, '\r'); break;
        case 't': g_string_append_c (out, '\t'); break;
        case 'v': g_string_append_c (out, '\v'); break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
          {
            guint v = 0;
            int k = 0;

            while (k < 3 && i < n && s[i] >= '0' && s[i] <= '7')
              {
                v = v * 8 + (guint) (s[i] - '0');
                i++;
                k++;
              }
            i--;
            if (is_bytes)
              g_string_append_c (out, (char) (v & 0xff));
            else
              g_string_append_unichar (out, v);
          }
          break;
        case 'x': case 'u': case 'U':
          {
            int digits = c == 'x' ? 2 : c == 'u' ? 4 : 8;
            guint32 v = 0;

            if (is_bytes && c != 'x')
              {
                g_string_append_c (out, '\\');
                g_string_append_c (out, c);
                break;
              }
            for (int k = 0; k < digits; k++)
              {
                if (i + 1 >= n || !g_ascii_isxdigit (s[i + 1]))
                  return FAIL_TOK (p, t, "(unicode error) truncated \\%cXX escape", c);
                v = v * 16 + (guint32) g_ascii_xdigit_value (s[++i]);
              }
            if (is_bytes)
              g_string_append_c (out, (char) v);
            else if (v > 0x10FFFF || (v >= 0xD800 && v < 0xE000))
              return FAIL_TOK (p, t, "(unicode error) illegal Unicode character");
            else
              g_string_append_unichar (out, v);
          }
          break;
        case 'N':
          return UNSUPPORTED (p, t->line, t->col, "\\N{...} escapes are not supported in scenarios");
        default:
          g_string_append_c (out, '\\');
          g_string_append_c (out, c);
        }
    }
  return TRUE;
}

static PmlNode *
make_str_const (const Token *t, GString *text, gboolean is_bytes)
{
  PmlNode *n = node_new (N_CONST, t);

  n->ckind = is_bytes ? C_BYTES : C_STR;
  n->str_len = text->len;
  n->str = g_memdup2 (text->str, text->len + 1);
  return n;
}

static PmlNode *parse_fstring_expr (Parser *outer, const Token *t, const char *s, gsize n);

/* Splits an f-string body into constant pieces and {expr[!r|!s]} fields. */
static gboolean
parse_fstring (Parser *p, const Token *t, const char *s, gsize n, gboolean raw, PmlNode *joined)
{
  g_autoptr(GString) lit = g_string_new (NULL);

  for (gsize i = 0; i < n; i++)
    {
      if (s[i] == '{' && i + 1 < n && s[i + 1] == '{')
        {
          g_string_append_c (lit, '{');
          i++;
          continue;
        }
      if (s[i] == '}' && i + 1 < n && s[i + 1] == '}')
        {
          g_string_append_c (lit, '}');
          i++;
          continue;
        }
      if (s[i] == '}')
        return FAIL_TOK (p, t, "f-string: single '}' is not allowed");
      if (s[i] == '{')
        {
          gsize j = i + 1, expr_end;
          int depth = 0, conversion = -1;
          PmlNode *field, *expr;

          while (j < n && (depth > 0 || (s[j] != '}' && s[j] != '!' && s[j] != ':')))
            {
              if (strchr ("([{", s[j]))
                depth++;
              else if (strchr (")]}", s[j]))
                depth--;
              else if (s[j] == '\'' || s[j] == '"')
                return UNSUPPORTED (p, t->line, t->col, "quotes inside f-string fields are not supported in scenarios");
              j++;
            }
          expr_end = j;
          if (j < n && s[j] == '!' && j + 1 < n && s[j + 1] != '=')
            {
              if (j + 1 >= n || (s[j + 1] != 'r' && s[j + 1] != 's' && s[j + 1] != 'a'))
                return FAIL_TOK (p, t, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
              conversion = s[j + 1];
              j += 2;
            }
          if (j < n && s[j] == ':')
            return UNSUPPORTED (p, t->line, t->col, "format specifications in f-strings are not supported in scenarios");
          if (j >= n || s[j] != '}')
            return FAIL_TOK (p, t, "f-string: expecting '}'");
          if (lit->len > 0)
            {
              g_autoptr(GString) decoded = g_string_new (NULL);

              if (!decode_escapes (p, t, lit->str, lit->len, raw, FALSE, decoded))
                return FALSE;
              g_ptr_array_add (joined->list, make_str_const (t, decoded, FALSE));
              g_string_truncate (lit, 0);
            }
          expr = parse_fstring_expr (p, t, s + i + 1, expr_end - i - 1);
          if (expr == NULL)
            return FALSE;
          field = node_new (N_FORMATTED, t);
          field->a = expr;
          field->flag = conversion;
          g_ptr_array_add (joined->list, field);
          i = j;
          continue;
        }
      g_string_append_c (lit, s[i]);
    }
  if (lit->len > 0)
    {
      g_autoptr(GString) decoded = g_string_new (NULL);

      if (!decode_escapes (p, t, lit->str, lit->len, raw, FALSE, decoded))
        return FALSE;
      g_ptr_array_add (joined->list, make_str_const (t, decoded, FALSE));
    }
  return TRUE;
}

static PmlNode *
parse_fstring_expr (Parser *outer, const Token *t, const char *s, gsize n)
{
  Parser p = { 0 };
  PmlNode *e;

  p.filename = outer->filename;
  p.src = s;
  p.len = n;
  p.line = t->line;
  p.line_start = 0;
  p.indents[0] = 0;
  p.n_indents = 1;
  p.nesting = 1;   /* inside braces: newlines are insignificant */
  p.base_nesting = 1;
  p.depth = outer->depth;
  if (!advance (&p))
    goto fail;
  if (p.tok.kind == TK_END)
    {
      fail_at (&p, t->line, t->col, PML_SCRIPT_ERROR_SYNTAX, "f-string: empty expression not allowed");
      goto fail;
    }
  e = parse_testlist_star (&p, FALSE);
  if (e == NULL)
    goto fail;
  if (p.tok.kind != TK_END)
    {
      pml_node_free (e);
      fail_at (&p, t->line, t->col, PML_SCRIPT_ERROR_SYNTAX, "f-string: invalid expression");
      goto fail;
    }
  /* report positions at the string itself */
  e->line = t->line;
  return e;

fail:
  if (p.error != NULL)
    {
      if (outer->error == NULL)
        {
          /* the inner parser used offsets within the field */
          g_autofree char *msg = g_strdup (p.error->message);
          char *colon = strstr (msg, ": ");
          gint code = p.error->code;

          colon = colon ? strstr (colon + 2, ": ") : NULL;
          colon = colon ? strstr (colon + 2, ": ") : NULL;
          g_set_error (&outer->error, PML_SCRIPT_ERROR, code, "%s:%d:%d: %s",
                       outer->filename, t->line, t->col + 1, colon ? colon + 2 : msg);
        }
      g_clear_error (&p.error);
    }
  return NULL;
}

static PmlNode *
parse_strings (Parser *p)
{
  Token first = p->tok;
  g_autoptr(GString) text = g_string_new (NULL);
  PmlNode *joined = NULL;
  int kind = -1;   /* 0 str, 1 bytes */

  while (p->tok.kind == TK_STRING)
    {
      const char *s = p->tok.start;
      gsize i = 0, qlen, body_len;
      gboolean raw = FALSE, is_bytes = FALSE, is_f = FALSE;
      Token t = p->tok;

      while (g_ascii_isalpha (s[i]))
        {
          char c = g_ascii_tolower (s[i]);

          raw |= c == 'r';
          is_bytes |= c == 'b';
          is_f |= c == 'f';
          i++;
        }
      if (kind >= 0 && kind != is_bytes)
        {
          FAIL_TOK (p, &t, "cannot mix bytes and nonbytes literals");
          goto fail;
        }
      kind = is_bytes;
      qlen = (t.len - i >= 6 && s[i + 1] == s[i] && s[i + 2] == s[i]) ? 3 : 1;
      body_len = t.len - i - 2 * qlen;
      if (is_f)
        {
          if (joined == NULL)
            {
              joined = node_new (N_JOINEDSTR, &first);
              joined->list = node_list ();
            }
          if (text->len > 0)
            {
              g_ptr_array_add (joined->list, make_str_const (&first, text, FALSE));
              g_string_truncate (text, 0);
            }
          if (!parse_fstring (p, &t, s + i + qlen, body_len, raw, joined))
            goto fail;
        }
      else
        {
          g_autoptr(GString) decoded = g_string_new (NULL);

          if (!decode_escapes (p, &t, s + i + qlen, body_len, raw, is_bytes, decoded))
            goto fail;
          g_string_append_len (text, decoded->str, decoded->len);
        }
      CHECK (advance (p));
    }
  if (joined != NULL)
    {
      if (text->len > 0)
        g_ptr_array_add (joined->list, make_str_const (&first, text, FALSE));
      return joined;
    }
  if (!g_utf8_validate (text->str, text->len, NULL) && kind == 0)
    {
      FAIL_TOK (p, &first, "(unicode error) invalid string");
      return NULL;
    }
  return make_str_const (&first, text, kind == 1);

fail:
  pml_node_free (joined);
  return NULL;
}

static PmlNode *
parse_number (Parser *p)
{
  PmlNode *n = node_new (N_CONST, &p->tok);
  g_autoptr(GString) digits = g_string_new (NULL);
  gboolean is_float = FALSE;

  for (gsize i = 0; i < p->tok.len; i++)
    {
      char c = p->tok.start[i];

      if (c == '_')
        continue;
      if ((c == '.' || c == 'e' || c == 'E') && !(p->tok.len > 1 && p->tok.start[0] == '0' && strchr ("xXoObB", p->tok.start[1])))
        is_float = TRUE;
      g_string_append_c (digits, c);
    }
  n->ckind = is_float ? C_FLOAT : C_INT;
  n->str_len = digits->len;
  n->str = g_string_free (g_steal_pointer (&digits), FALSE);
  if (!advance (p))
    {
      pml_node_free (n);
      return NULL;
    }
  return n;
}

static PmlNode *parse_comprehension_tail (Parser *p, PmlNodeKind kind, PmlNode *elt, PmlNode *value, const Token *at);

static PmlNode *
parse_atom (Parser *p)
{
  Token t = p->tok;
  PmlNode *n = NULL;

  if (t.kind == TK_NUMBER)
    return parse_number (p);
  if (t.kind == TK_STRING)
    return parse_strings (p);
  if (t.kind == TK_NAME)
    {
      if (tok_is (&t, "None") || tok_is (&t, "True") || tok_is (&t, "False"))
        {
          n = node_new (N_CONST, &t);
          n->ckind = tok_is (&t, "None") ? C_NONE : tok_is (&t, "True") ? C_TRUE : C_FALSE;
          CHECK (advance (p));
          return n;
        }
      if (tok_is (&t, "await") || tok_is (&t, "async"))
        {
          UNSUPPORTED (p, t.line, t.col, "async code is not supported in scenarios");
          return NULL;
        }
      if (is_keyword (&t))
        {
          FAIL_TOK (p, &t, "invalid syntax");
          return NULL;
        }
      n = node_new (N_NAME, &t);
      n->str = g_strndup (t.start, t.len);
      CHECK (advance (p));
      return n;
    }
  if (tok_is (&t, "..."))
    {
      n = node_new (N_CONST, &t);
      n->ckind = C_ELLIPSIS;
      CHECK (advance (p));
      return n;
    }
  if (tok_is (&t, "("))
    {
      CHECK (advance (p));
      if (AT (p, ")"))
        {
          n = node_new (N_TUPLE, &t);
          n->list = node_list ();
          CHECK (advance (p));
          return n;
        }
      if (AT (p, "yield"))
        {
          Token y = p->tok;

          CHECK (advance (p));
          n = node_new (N_YIELD, &y);
          if (AT (p, "from"))
            {
              UNSUPPORTED (p, p->tok.line, p->tok.col, "'yield from' is not supported in scenarios");
              goto fail;
            }
          if (!AT (p, ")"))
            CHECK ((n->a = parse_testlist_star (p, FALSE)));
          CHECK (expect (p, ")"));
          return n;
        }
      {
        PmlNode *first = parse_star_expr (p);

        CHECK (first);
        if (AT (p, "for"))
          {
            n = parse_comprehension_tail (p, N_GENEXP, first, NULL, &t);
            CHECK (n);
            CHECK (expect (p, ")"));
            return n;
          }
        if (AT (p, ")"))
          {
            CHECK (advance (p));
            if (first->kind == N_STARRED)
              {
                FAIL_TOK (p, &t, "cannot use starred expression here");
                pml_node_free (first);
                return NULL;
              }
            first->flag |= 0x100;  /* parenthesized */
            return first;
          }
        n = node_new (N_TUPLE, &t);
        n->list = node_list ();
        g_ptr_array_add (n->list, first);
        while (AT (p, ","))
          {
            CHECK (advance (p));
            if (AT (p, ")"))
              break;
            {
              PmlNode *e = parse_star_expr (p);
              CHECK (e);
              g_ptr_array_add (n->list, e);
            }
          }
        CHECK (expect (p, ")"));
        return n;
      }
    }
  if (tok_is (&t, "["))
    {
      CHECK (advance (p));
      n = node_new (N_LIST, &t);
      n->list = node_list ();
      if (AT (p, "]"))
        {
          CHECK (advance (p));
          return n;
        }
      {
        PmlNode *first = parse_star_expr (p);

        CHECK (first);
        if (AT (p, "for"))
          {
            pml_node_free (n);
            n = parse_comprehension_tail (p, N_LISTCOMP, first, NULL, &t);
            CHECK (n);
            CHECK (expect (p, "]"));
            return n;
          }
        g_ptr_array_add (n->list, first);
        while (AT (p, ","))
          {
            CHECK (advance (p));
            if (AT (p, "]"))
              break;
            {
              PmlNode *e = parse_star_expr (p);
              CHECK (e);
              g_ptr_array_add (n->list, e);
            }
          }
        CHECK (expect (p, "]"));
        return n;
      }
    }
  if (tok_is (&t, "{"))
    {
      CHECK (advance (p));
      if (AT (p, "}"))
        {
          n = node_new (N_DICT, &t);
          n->list = node_list ();
          n->list2 = node_list ();
          CHECK (advance (p));
          return n;
        }
      if (AT (p, "**"))
        {
          UNSUPPORTED (p, p->tok.line, p->tok.col, "'**' in dict displays is not supported in scenarios");
          return NULL;
        }
      {
        PmlNode *first = parse_star_expr (p);

        CHECK (first);
        if (AT (p, ":"))
          {
            PmlNode *value;

            CHECK (advance (p));
            value = parse_test (p);
            if (value == NULL)
              {
                pml_node_free (first);
                return NULL;
              }
            if (AT (p, "for"))
              {
                n = parse_comprehension_tail (p, N_DICTCOMP, first, value, &t);
                CHECK (n);
                CHECK (expect (p, "}"));
                return n;
              }
            n = node_new (N_DICT, &t);
            n->list = node_list ();
            n->list2 = node_list ();
            g_ptr_array_add (n->list, first);
            g_ptr_array_add (n->list2, value);
            while (AT (p, ","))
              {
                PmlNode *k, *v;

                CHECK (advance (p));
                if (AT (p, "}"))
                  break;
                CHECK ((k = parse_test (p)));
                g_ptr_array_add (n->list, k);
                CHECK (expect (p, ":"));
                CHECK ((v = parse_test (p)));
                g_ptr_array_add (n->list2, v);
              }
            CHECK (expect (p, "}"));
            return n;
          }
        if (AT (p, "for"))
          {
            n = parse_comprehension_tail (p, N_SETCOMP, first, NULL, &t);
            CHECK (n);
            CHECK (expect (p, "}"));
            return n;
          }
        n = node_new (N_SET, &t);
        n->list = node_list ();
        g_ptr_array_add (n->list, first);
        while (AT (p, ","))
          {
            PmlNode *e;

            CHECK (advance (p));
            if (AT (p, "}"))
              break;
            CHECK ((e = parse_star_expr (p)));
            g_ptr_array_add (n->list, e);
          }
        CHECK (expect (p, "}"));
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
parse_comprehension_tail (Parser *p, PmlNodeKind kind, PmlNode *elt, PmlNode *value, const Token *at)
{
  PmlNode *n = node_new (kind, at);

  n->a = elt;
  n->b = value;
  n->list = node_list ();
  while (AT (p, "for") || AT (p, "async"))
    {
      PmlNode *gen = node_new (N_COMPREHENSION, &p->tok);

      g_ptr_array_add (n->list, gen);
      if (AT (p, "async"))
        {
          UNSUPPORTED (p, p->tok.line, p->tok.col, "async comprehensions are not supported in scenarios");
          goto fail;
        }
      CHECK (advance (p));
      {
        /* the target: a name or a tuple of names, no 'in' */
        Token tt = p->tok;
        PmlNode *target = parse_expr (p);

        CHECK (target);
        if (AT (p, ","))
          {
            PmlNode *tuple = node_new (N_TUPLE, &tt);

            tuple->list = node_list ();
            g_ptr_array_add (tuple->list, target);
            while (AT (p, ","))
              {
                PmlNode *e;

                CHECK (advance (p));
                if (AT (p, "in"))
                  break;
                if ((e = parse_expr (p)) == NULL)
                  {
                    pml_node_free (tuple);
                    goto fail;
                  }
                g_ptr_array_add (tuple->list, e);
              }
            target = tuple;
          }
        gen->a = target;
      }
      CHECK (expect (p, "in"));
      CHECK ((gen->b = parse_or_test (p)));
      gen->list = node_list ();
      while (AT (p, "if"))
        {
          PmlNode *cond;

          CHECK (advance (p));
          CHECK ((cond = parse_or_test (p)));
          g_ptr_array_add (gen->list, cond);
        }
    }
  return n;

fail:
  pml_node_free (n);
  return NULL;
}

static PmlNode *
parse_call_args (Parser *p, PmlNode *func)
{
  PmlNode *call = node_new (N_CALL, &p->tok);

  call->line = func->line;
  call->col = func->col;
  call->a = func;
  call->list = node_list ();
  call->list2 = node_list ();
  CHECK (advance (p));   /* ( */
  while (!AT (p, ")"))
    {
      Token t = p->tok;

      if (AT (p, "**"))
        {
          UNSUPPORTED (p, t.line, t.col, "'**' arguments are not supported in scenarios");
          goto fail;
        }
      if (AT (p, "*"))
        {
          PmlNode *star = node_new (N_STARRED, &t);

          g_ptr_array_add (call->list, star);
          CHECK (advance (p));
          CHECK ((star->a = parse_test (p)));
        }
      else if (t.kind == TK_NAME && !is_keyword (&t) && tok_is (peek (p), "="))
        {
          PmlNode *kw = node_new (N_KEYWORD, &t);

          kw->str = g_strndup (t.start, t.len);
          g_ptr_array_add (call->list2, kw);
          CHECK (advance (p));
          CHECK (advance (p));
          CHECK ((kw->a = parse_test (p)));
        }
      else
        {
          PmlNode *arg = parse_test (p);

          CHECK (arg);
          if (AT (p, "for"))
            {
              arg = parse_comprehension_tail (p, N_GENEXP, arg, NULL, &t);
              CHECK (arg);
            }
          if (call->list2->len > 0)
            {
              pml_node_free (arg);
              FAIL_TOK (p, &t, "positional argument follows keyword argument");
              goto fail;
            }
          g_ptr_array_add (call->list, arg);
        }
      if (!AT (p, ","))
        break;
      CHECK (advance (p));
    }
  CHECK (expect (p, ")"));
  return call;

fail:
  pml_node_free (call);
  return NULL;
}

static PmlNode *
parse_subscript_item (Parser *p)
{
  Token t = p->tok;
  PmlNode *lower = NULL, *upper = NULL, *step = NULL, *s;

  if (!AT (p, ":"))
    {
      lower = parse_test (p);
      if (lower == NULL)
        return NULL;
      if (!AT (p, ":"))
        return lower;
    }
  if (!advance (p))
    goto fail;
  if (!AT (p, "]") && !AT (p, ":") && !AT (p, ","))
    CHECK ((upper = parse_test (p)));
  if (AT (p, ":"))
    {
      CHECK (advance (p));
      if (!AT (p, "]") && !AT (p, ","))
        CHECK ((step = parse_test (p)));
    }
  s = node_new (N_SLICE, &t);
  s->a = lower;
  s->b = upper;
  s->c = step;
  return s;

fail:
  pml_node_free (lower);
  pml_node_free (upper);
  pml_node_free (step);
  return NULL;
}

static PmlNode *
parse_trailers (Parser *p, PmlNode *n)
{
  for (;;)
    {
      Token t = p->tok;

      if (AT (p, "("))
        {
          PmlNode *call = parse_call_args (p, n);

          if (call == NULL)
            return NULL;
          n = call;
        }
      else if (AT (p, "["))
        {
          PmlNode *sub = node_new (N_SUBSCRIPT, &t), *item;

          sub->line = n->line;
          sub->col = n->col;
          sub->a = n;
          n = sub;
          CHECK (advance (p));
          CHECK ((item = parse_subscript_item (p)));
          if (AT (p, ","))
            {
              PmlNode *tuple = node_new (N_TUPLE, &t);

              tuple->list = node_list ();
              g_ptr_array_add (tuple->list, item);
              while (AT (p, ","))
                {
                  PmlNode *e;

                  CHECK (advance (p));
                  if (AT (p, "]"))
                    break;
                  if ((e = parse_subscript_item (p)) == NULL)
                    {
                      pml_node_free (tuple);
                      goto fail;
                    }
                  g_ptr_array_add (tuple->list, e);
                }
              item = tuple;
            }
          sub->b = item;
          CHECK (expect (p, "]"));
        }
      else if (AT (p, "."))
        {
          PmlNode *attr = node_new (N_ATTRIBUTE, &t);

          attr->line = n->line;
          attr->col = n->col;
          attr->a = n;
          n = attr;
          CHECK (advance (p));
          if (p->tok.kind != TK_NAME || is_keyword (&p->tok))
            {
              FAIL_TOK (p, &p->tok, "invalid syntax: expected an attribute name");
              goto fail;
            }
          attr->str = g_strndup (p->tok.start, p->tok.len);
          CHECK (advance (p));
        }
      else
        return n;
    }

fail:
  pml_node_free (n);
  return NULL;
}

static PmlNode *parse_factor (Parser *p);

static PmlNode *
parse_power (Parser *p)
{
  PmlNode *n = parse_atom (p);

  if (n == NULL)
    return NULL;
  n = parse_trailers (p, n);
  if (n == NULL)
    return NULL;
  if (AT (p, "**"))
    {
      PmlNode *b = node_new (N_BINOP, &p->tok);

      b->line = n->line;
      b->col = n->col;
      b->op = OP_POW;
      b->a = n;
      if (!advance (p) || (b->b = parse_factor (p)) == NULL)
        {
          pml_node_free (b);
          return NULL;
        }
      return b;
    }
  return n;
}

static PmlNode *
parse_factor (Parser *p)
{
  Token t = p->tok;
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
  if (!enter (p) || !advance (p))
    return NULL;
  n = node_new (N_UNARYOP, &t);
  n->op = op;
  n->a = parse_factor (p);
  p->depth--;
  if (n->a == NULL)
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
parse_binary_level (Parser *p, int level)
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
  if (!enter (p))
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
        PmlNode *b = node_new (N_BINOP, &p->tok);

        b->line = left->line;
        b->col = left->col;
        b->op = op;
        b->a = left;
        left = b;
        if (!advance (p) || (b->b = parse_binary_level (p, level + 1)) == NULL)
          {
            pml_node_free (b);
            left = NULL;
          }
      }
    }
  p->depth--;
  return left;
}

static PmlNode *
parse_expr (Parser *p)
{
  return parse_binary_level (p, 0);
}

static PmlNode *
parse_comparison (Parser *p)
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
          if (tok_is (peek (p), "not"))
            {
              op = OP_IS_NOT;
              if (!advance (p))
                goto fail;
            }
        }
      else if (AT (p, "not") && tok_is (peek (p), "in"))
        {
          op = OP_NOT_IN;
          if (!advance (p))
            goto fail;
        }
      if (op < 0)
        break;
      if (!advance (p))
        goto fail;
      right = parse_expr (p);
      if (right == NULL)
        goto fail;
      if (cmp == NULL)
        {
          cmp = node_new (N_COMPARE, &p->tok);
          cmp->line = left->line;
          cmp->col = left->col;
          cmp->a = left;
          cmp->list = node_list ();
          cmp->list2 = g_ptr_array_new ();
          left = NULL;
        }
      g_ptr_array_add (cmp->list, right);
      g_ptr_array_add (cmp->list2, GINT_TO_POINTER (op));
    }
  return cmp ? cmp : left;

fail:
  pml_node_free (left);
  pml_node_free (cmp);
  return NULL;
}

static PmlNode *
parse_not_test (Parser *p)
{
  if (AT (p, "not"))
    {
      PmlNode *n = node_new (N_UNARYOP, &p->tok);

      n->op = OP_NOT;
      if (!enter (p) || !advance (p) || (n->a = parse_not_test (p)) == NULL)
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
parse_bool_level (Parser *p, const char *word, int op, PmlNode *(*next) (Parser *))
{
  PmlNode *first = next (p), *n = NULL;

  if (first == NULL || !AT (p, word))
    return first;
  n = node_new (N_BOOLOP, &p->tok);
  n->line = first->line;
  n->col = first->col;
  n->op = op;
  n->list = node_list ();
  g_ptr_array_add (n->list, first);
  while (AT (p, word))
    {
      PmlNode *e;

      if (!advance (p) || (e = next (p)) == NULL)
        {
          pml_node_free (n);
          return NULL;
        }
      g_ptr_array_add (n->list, e);
    }
  return n;
}

static PmlNode *
parse_and_test (Parser *p)
{
  return parse_bool_level (p, "and", OP_BOOL_AND, parse_not_test);
}

static PmlNode *
parse_or_test (Parser *p)
{
  return parse_bool_level (p, "or", OP_BOOL_OR, parse_and_test);
}

static GPtrArray *parse_params (Parser *p, const char *end, GPtrArray **defaults, int *varargs);

static PmlNode *
parse_lambda (Parser *p)
{
  PmlNode *n = node_new (N_LAMBDA, &p->tok);
  int varargs = 0;

  CHECK (advance (p));
  n->list3 = node_list ();
  CHECK ((n->list = parse_params (p, ":", &n->list3, &varargs)));
  n->flag = varargs;
  CHECK (expect (p, ":"));
  CHECK ((n->a = parse_test (p)));
  return n;

fail:
  pml_node_free (n);
  return NULL;
}

static PmlNode *
parse_test (Parser *p)
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
  if (body != NULL && AT (p, ":="))
    {
      UNSUPPORTED (p, p->tok.line, p->tok.col, "assignment expressions (':=') are not supported in scenarios");
      pml_node_free (body);
      return NULL;
    }
  if (body == NULL || !AT (p, "if"))
    {
      p->depth--;
      return body;
    }
  n = node_new (N_IFEXP, &p->tok);
  n->line = body->line;
  n->col = body->col;
  n->b = body;
  CHECK (advance (p));
  CHECK ((n->a = parse_or_test (p)));
  CHECK (expect (p, "else"));
  CHECK ((n->c = parse_test (p)));
  p->depth--;
  return n;

fail:
  pml_node_free (n);
  return NULL;
}

static PmlNode *
parse_star_expr (Parser *p)
{
  if (AT (p, "*"))
    {
      PmlNode *n = node_new (N_STARRED, &p->tok);

      if (!advance (p) || (n->a = parse_expr (p)) == NULL)
        {
          pml_node_free (n);
          return NULL;
        }
      return n;
    }
  return parse_test (p);
}

static gboolean
is_aug_assign (const Token *t)
{
  return t->kind == TK_OP && t->len >= 2 && t->start[t->len - 1] == '='
         && strchr ("+-*/%&|^@<>", t->start[0]) != NULL
         && !(t->len == 2 && (t->start[0] == '<' || t->start[0] == '>'));
}

/* a, b, *c — a tuple when there is a comma */
static PmlNode *
parse_testlist_star (Parser *p, gboolean allow_star)
{
  Token t = p->tok;
  PmlNode *first = allow_star ? parse_star_expr (p) : parse_test (p), *tuple;

  if (first == NULL || !AT (p, ","))
    return first;
  tuple = node_new (N_TUPLE, &t);
  tuple->list = node_list ();
  g_ptr_array_add (tuple->list, first);
  while (AT (p, ","))
    {
      PmlNode *e;

      if (!advance (p))
        goto fail;
      if (p->tok.kind == TK_NEWLINE || p->tok.kind == TK_END || AT (p, "=") || AT (p, ")")
          || AT (p, ":") || AT (p, "in") || AT (p, ";") || is_aug_assign (&p->tok))
        break;
      e = allow_star ? parse_star_expr (p) : parse_test (p);
      if (e == NULL)
        goto fail;
      g_ptr_array_add (tuple->list, e);
    }
  return tuple;

fail:
  pml_node_free (tuple);
  return NULL;
}

/* ---- statements ---- */

static gboolean
end_of_simple (Parser *p)
{
  if (AT (p, ";"))
    return advance (p);
  if (p->tok.kind == TK_NEWLINE)
    return advance (p);
  if (p->tok.kind == TK_END)
    return TRUE;
  return FAIL_TOK (p, &p->tok, "invalid syntax");
}

static GPtrArray *
parse_params (Parser *p, const char *end, GPtrArray **defaults, int *varargs)
{
  GPtrArray *params = node_list ();

  while (!AT (p, end))
    {
      Token t = p->tok;

      if (AT (p, "**"))
        {
          UNSUPPORTED (p, t.line, t.col, "'**kwargs' parameters are not supported in scenarios");
          goto fail;
        }
      if (AT (p, "*"))
        {
          if (!advance (p))
            goto fail;
          if (p->tok.kind != TK_NAME || is_keyword (&p->tok))
            {
              UNSUPPORTED (p, t.line, t.col, "keyword-only parameters are not supported in scenarios");
              goto fail;
            }
          *varargs = 1;
        }
      else if (AT (p, "/"))
        {
          UNSUPPORTED (p, t.line, t.col, "positional-only parameters are not supported in scenarios");
          goto fail;
        }
      else if (*varargs)
        {
          UNSUPPORTED (p, t.line, t.col, "keyword-only parameters are not supported in scenarios");
          goto fail;
        }
      if (p->tok.kind != TK_NAME || is_keyword (&p->tok))
        {
          FAIL_TOK (p, &p->tok, "invalid syntax: expected a parameter name");
          goto fail;
        }
      {
        PmlNode *arg = node_new (N_ARG, &p->tok);

        arg->str = g_strndup (p->tok.start, p->tok.len);
        arg->flag = *varargs && !AT (p, "*");
        g_ptr_array_add (params, arg);
        for (guint k = 0; k + 1 < params->len; k++)
          if (g_strcmp0 (((PmlNode *) params->pdata[k])->str, arg->str) == 0)
            {
              FAIL_TOK (p, &p->tok, "duplicate argument '%s' in function definition", arg->str);
              goto fail;
            }
        if (!advance (p))
          goto fail;
        if (AT (p, ":") && g_strcmp0 (end, ")") == 0)
          {
            UNSUPPORTED (p, p->tok.line, p->tok.col, "annotations are not supported in scenarios");
            goto fail;
          }
        if (AT (p, "="))
          {
            PmlNode *d;

            if (*varargs)
              {
                UNSUPPORTED (p, t.line, t.col, "keyword-only parameters are not supported in scenarios");
                goto fail;
              }
            if (!advance (p) || (d = parse_test (p)) == NULL)
              goto fail;
            g_ptr_array_add (*defaults, d);
          }
        else if ((*defaults)->len > 0 && !*varargs)
          {
            FAIL_TOK (p, &t, "non-default argument follows default argument");
            goto fail;
          }
      }
      if (!AT (p, ","))
        break;
      if (!advance (p))
        goto fail;
    }
  return params;

fail:
  g_ptr_array_unref (params);
  return NULL;
}

static PmlNode *
parse_funcdef (Parser *p)
{
  PmlNode *n = node_new (N_FUNCTIONDEF, &p->tok);
  int varargs = 0;

  CHECK (advance (p));
  if (p->tok.kind != TK_NAME || is_keyword (&p->tok))
    {
      FAIL_TOK (p, &p->tok, "invalid syntax: expected a function name");
      goto fail;
    }
  n->str = g_strndup (p->tok.start, p->tok.len);
  CHECK (advance (p));
  CHECK (expect (p, "("));
  n->list3 = node_list ();
  CHECK ((n->list2 = parse_params (p, ")", &n->list3, &varargs)));
  n->flag = varargs;
  CHECK (expect (p, ")"));
  if (AT (p, "->"))
    {
      UNSUPPORTED (p, p->tok.line, p->tok.col, "annotations are not supported in scenarios");
      goto fail;
    }
  CHECK (expect (p, ":"));
  CHECK ((n->list = parse_block (p)));
  return n;

fail:
  pml_node_free (n);
  return NULL;
}

static PmlNode *
parse_classdef (Parser *p)
{
  PmlNode *n = node_new (N_CLASSDEF, &p->tok);

  CHECK (advance (p));
  if (p->tok.kind != TK_NAME || is_keyword (&p->tok))
    {
      FAIL_TOK (p, &p->tok, "invalid syntax: expected a class name");
      goto fail;
    }
  n->str = g_strndup (p->tok.start, p->tok.len);
  CHECK (advance (p));
  n->list2 = node_list ();
  if (AT (p, "("))
    {
      CHECK (advance (p));
      while (!AT (p, ")"))
        {
          PmlNode *base;

          if (p->tok.kind == TK_NAME && tok_is (peek (p), "="))
            {
              UNSUPPORTED (p, p->tok.line, p->tok.col, "class keywords (metaclasses) are not supported in scenarios");
              goto fail;
            }
          CHECK ((base = parse_test (p)));
          g_ptr_array_add (n->list2, base);
          if (!AT (p, ","))
            break;
          CHECK (advance (p));
        }
      CHECK (expect (p, ")"));
    }
  CHECK (expect (p, ":"));
  CHECK ((n->list = parse_block (p)));
  return n;

fail:
  pml_node_free (n);
  return NULL;
}

static char *
parse_dotted_name (Parser *p)
{
  GString *name = g_string_new (NULL);

  for (;;)
    {
      if (p->tok.kind != TK_NAME || is_keyword (&p->tok))
        {
          FAIL_TOK (p, &p->tok, "invalid syntax: expected a module name");
          return g_string_free (name, TRUE), NULL;
        }
      g_string_append_len (name, p->tok.start, p->tok.len);
      if (!advance (p))
        return g_string_free (name, TRUE), NULL;
      if (!AT (p, "."))
        break;
      g_string_append_c (name, '.');
      if (!advance (p))
        return g_string_free (name, TRUE), NULL;
    }
  return g_string_free (name, FALSE);
}

static PmlNode *
parse_alias (Parser *p, gboolean dotted)
{
  PmlNode *a = node_new (N_ALIAS, &p->tok);

  if (dotted)
    a->str = parse_dotted_name (p);
  else if (p->tok.kind == TK_NAME && !is_keyword (&p->tok))
    {
      a->str = g_strndup (p->tok.start, p->tok.len);
      if (!advance (p))
        goto fail;
    }
  else if (AT (p, "*"))
    {
      UNSUPPORTED (p, p->tok.line, p->tok.col, "'import *' is not supported in scenarios");
      goto fail;
    }
  else
    FAIL_TOK (p, &p->tok, "invalid syntax: expected a name");
  if (a->str == NULL)
    goto fail;
  if (AT (p, "as"))
    {
      CHECK (advance (p));
      if (p->tok.kind != TK_NAME || is_keyword (&p->tok))
        {
          FAIL_TOK (p, &p->tok, "invalid syntax: expected a name");
          goto fail;
        }
      a->a = node_new (N_NAME, &p->tok);
      a->a->str = g_strndup (p->tok.start, p->tok.len);
      CHECK (advance (p));
    }
  return a;

fail:
  pml_node_free (a);
  return NULL;
}

static PmlNode *
parse_simple (Parser *p)
{
  Token t = p->tok;
  PmlNode *n = NULL;

  if (AT (p, "pass") || AT (p, "break") || AT (p, "continue"))
    {
      n = node_new (AT (p, "pass") ? N_PASS : AT (p, "break") ? N_BREAK : N_CONTINUE, &t);
      CHECK (advance (p));
      return n;
    }
  if (AT (p, "return"))
    {
      n = node_new (N_RETURN, &t);
      CHECK (advance (p));
      if (p->tok.kind != TK_NEWLINE && p->tok.kind != TK_END && !AT (p, ";"))
        CHECK ((n->a = parse_testlist_star (p, TRUE)));
      return n;
    }
  if (AT (p, "del"))
    {
      n = node_new (N_DELETE, &t);
      n->list = node_list ();
      CHECK (advance (p));
      for (;;)
        {
          PmlNode *target = parse_expr (p);

          CHECK (target);
          g_ptr_array_add (n->list, target);
          if (!AT (p, ","))
            break;
          CHECK (advance (p));
          if (p->tok.kind == TK_NEWLINE)
            break;
        }
      return n;
    }
  if (AT (p, "global") || AT (p, "nonlocal"))
    {
      n = node_new (AT (p, "global") ? N_GLOBAL : N_NONLOCAL, &t);
      n->list = node_list ();
      CHECK (advance (p));
      for (;;)
        {
          PmlNode *name;

          if (p->tok.kind != TK_NAME || is_keyword (&p->tok))
            {
              FAIL_TOK (p, &p->tok, "invalid syntax: expected a name");
              goto fail;
            }
          name = node_new (N_NAME, &p->tok);
          name->str = g_strndup (p->tok.start, p->tok.len);
          g_ptr_array_add (n->list, name);
          CHECK (advance (p));
          if (!AT (p, ","))
            break;
          CHECK (advance (p));
        }
      return n;
    }
  if (AT (p, "import"))
    {
      n = node_new (N_IMPORT, &t);
      n->list = node_list ();
      CHECK (advance (p));
      for (;;)
        {
          PmlNode *a = parse_alias (p, TRUE);

          CHECK (a);
          g_ptr_array_add (n->list, a);
          if (!AT (p, ","))
            break;
          CHECK (advance (p));
        }
      return n;
    }
  if (AT (p, "from"))
    {
      n = node_new (N_IMPORTFROM, &t);
      n->list = node_list ();
      CHECK (advance (p));
      if (AT (p, "."))
        {
          UNSUPPORTED (p, p->tok.line, p->tok.col, "relative imports are not supported in scenarios");
          goto fail;
        }
      CHECK ((n->str = parse_dotted_name (p)));
      CHECK (expect (p, "import"));
      {
        gboolean paren = AT (p, "(");

        if (paren)
          CHECK (advance (p));
        for (;;)
          {
            PmlNode *a = parse_alias (p, FALSE);

            CHECK (a);
            g_ptr_array_add (n->list, a);
            if (!AT (p, ","))
              break;
            CHECK (advance (p));
            if (paren && AT (p, ")"))
              break;
          }
        if (paren)
          CHECK (expect (p, ")"));
      }
      return n;
    }
  if (AT (p, "raise"))
    {
      n = node_new (N_RAISE, &t);
      CHECK (advance (p));
      if (p->tok.kind != TK_NEWLINE && p->tok.kind != TK_END && !AT (p, ";"))
        {
          CHECK ((n->a = parse_test (p)));
          if (AT (p, "from"))
            {
              UNSUPPORTED (p, p->tok.line, p->tok.col, "'raise ... from' is not supported in scenarios");
              goto fail;
            }
        }
      return n;
    }
  if (AT (p, "assert"))
    {
      n = node_new (N_ASSERT, &t);
      CHECK (advance (p));
      CHECK ((n->a = parse_test (p)));
      if (AT (p, ","))
        {
          CHECK (advance (p));
          CHECK ((n->b = parse_test (p)));
        }
      return n;
    }
  if (AT (p, "yield"))
    {
      PmlNode *y = node_new (N_YIELD, &t);

      CHECK (advance (p));
      if (AT (p, "from"))
        {
          pml_node_free (y);
          UNSUPPORTED (p, p->tok.line, p->tok.col, "'yield from' is not supported in scenarios");
          return NULL;
        }
      if (p->tok.kind != TK_NEWLINE && p->tok.kind != TK_END && !AT (p, ";"))
        {
          if ((y->a = parse_testlist_star (p, TRUE)) == NULL)
            {
              pml_node_free (y);
              return NULL;
            }
        }
      n = node_new (N_EXPR_STMT, &t);
      n->a = y;
      return n;
    }
  if (AT (p, "with") || AT (p, "async") || AT (p, "await") || AT (p, "match"))
    {
      if (AT (p, "match") && !(peek (p)->kind == TK_NAME || peek (p)->kind == TK_NUMBER))
        goto expression;
      UNSUPPORTED (p, t.line, t.col, "'%.*s' statements are not supported in scenarios", (int) t.len, t.start);
      return NULL;
    }

expression:
  {
    PmlNode *first = parse_testlist_star (p, TRUE);
    GPtrArray *targets;

    if (first == NULL)
      return NULL;
    if (AT (p, ":"))
      {
        pml_node_free (first);
        UNSUPPORTED (p, p->tok.line, p->tok.col, "annotated assignments are not supported in scenarios");
        return NULL;
      }
    if (p->tok.kind == TK_OP && p->tok.len >= 2 && p->tok.start[p->tok.len - 1] == '='
        && !AT (p, "==") && !AT (p, "<=") && !AT (p, ">=") && !AT (p, "!="))
      {
        static const OpEntry aug[] = {
          { "+=", OP_ADD }, { "-=", OP_SUB }, { "*=", OP_MUL }, { "/=", OP_DIV },
          { "//=", OP_FLOORDIV }, { "%=", OP_MOD }, { "**=", OP_POW }, { "<<=", OP_LSHIFT },
          { ">>=", OP_RSHIFT }, { "&=", OP_AND }, { "|=", OP_OR }, { "^=", OP_XOR }, { "@=", OP_MATMUL },
        };

        n = node_new (N_AUGASSIGN, &t);
        n->a = first;
        for (guint k = 0; k < G_N_ELEMENTS (aug); k++)
          if (AT (p, aug[k].text))
            n->op = aug[k].op;
        if (first->kind != N_NAME && first->kind != N_ATTRIBUTE && first->kind != N_SUBSCRIPT)
          {
            FAIL_TOK (p, &t, "'%s' is an illegal expression for augmented assignment",
                      first->kind == N_TUPLE ? "tuple" : "expression");
            goto fail;
          }
        CHECK (advance (p));
        CHECK ((n->b = parse_testlist_star (p, TRUE)));
        return n;
      }
    if (!AT (p, "="))
      {
        n = node_new (N_EXPR_STMT, &t);
        n->a = first;
        return n;
      }
    n = node_new (N_ASSIGN, &t);
    targets = node_list ();
    n->list = targets;
    g_ptr_array_add (targets, first);
    while (AT (p, "="))
      {
        PmlNode *e;

        CHECK (advance (p));
        if (AT (p, "yield"))
          {
            Token y = p->tok;

            CHECK (advance (p));
            e = node_new (N_YIELD, &y);
            if (p->tok.kind != TK_NEWLINE && (e->a = parse_testlist_star (p, TRUE)) == NULL)
              {
                pml_node_free (e);
                goto fail;
              }
          }
        else
          CHECK ((e = parse_testlist_star (p, TRUE)));
        g_ptr_array_add (targets, e);
      }
    n->a = g_ptr_array_steal_index (targets, targets->len - 1);
    return n;
  }

fail:
  pml_node_free (n);
  return NULL;
}

static GPtrArray *
parse_block (Parser *p)
{
  GPtrArray *body = node_list ();

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
              if (!advance (p))
                goto fail;
              if (p->tok.kind == TK_NEWLINE || p->tok.kind == TK_END)
                break;
              continue;
            }
          break;
        }
      if (p->tok.kind == TK_NEWLINE && !advance (p))
        goto fail;
      else if (p->tok.kind != TK_END && p->tok.kind != TK_DEDENT && p->tok.kind != TK_NEWLINE && body->len > 0
               && p->error == NULL && p->tok.kind != TK_INDENT && !(p->tok.line > ((PmlNode *) body->pdata[0])->line))
        {
          FAIL_TOK (p, &p->tok, "invalid syntax");
          goto fail;
        }
      return body;
    }
  if (!advance (p))
    goto fail;
  if (p->tok.kind != TK_INDENT)
    {
      FAIL_TOK (p, &p->tok, "expected an indented block");
      goto fail;
    }
  if (!advance (p))
    goto fail;
  while (p->tok.kind != TK_DEDENT && p->tok.kind != TK_END)
    {
      PmlNode *s = parse_statement (p);

      if (s == NULL)
        goto fail;
      g_ptr_array_add (body, s);
    }
  if (p->tok.kind == TK_DEDENT && !advance (p))
    goto fail;
  return body;

fail:
  g_ptr_array_unref (body);
  return NULL;
}

static PmlNode *
parse_if (Parser *p)
{
  PmlNode *n = node_new (N_IF, &p->tok);

  CHECK (advance (p));
  CHECK ((n->a = parse_test (p)));
  CHECK (expect (p, ":"));
  CHECK ((n->list = parse_block (p)));
  if (AT (p, "elif"))
    {
      PmlNode *elif = parse_if (p);

      CHECK (elif);
      n->list2 = node_list ();
      g_ptr_array_add (n->list2, elif);
    }
  else if (AT (p, "else"))
    {
      CHECK (advance (p));
      CHECK (expect (p, ":"));
      CHECK ((n->list2 = parse_block (p)));
    }
  return n;

fail:
  pml_node_free (n);
  return NULL;
}

/* a for-loop target: no comparisons, so `in` ends it */
static PmlNode *
parse_target (Parser *p)
{
  if (AT (p, "*"))
    {
      PmlNode *n = node_new (N_STARRED, &p->tok);

      if (!advance (p) || (n->a = parse_expr (p)) == NULL)
        {
          pml_node_free (n);
          return NULL;
        }
      return n;
    }
  return parse_expr (p);
}

static PmlNode *
parse_target_list (Parser *p)
{
  Token t = p->tok;
  PmlNode *first = parse_target (p), *tuple;

  if (first == NULL || !AT (p, ","))
    return first;
  tuple = node_new (N_TUPLE, &t);
  tuple->list = node_list ();
  g_ptr_array_add (tuple->list, first);
  while (AT (p, ","))
    {
      PmlNode *e;

      if (!advance (p))
        goto fail;
      if (AT (p, "in"))
        break;
      if ((e = parse_target (p)) == NULL)
        goto fail;
      g_ptr_array_add (tuple->list, e);
    }
  return tuple;

fail:
  pml_node_free (tuple);
  return NULL;
}

static PmlNode *
parse_statement (Parser *p)
{
  Token t = p->tok;
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
      n = node_new (N_WHILE, &t);
      CHECK (advance (p));
      CHECK ((n->a = parse_test (p)));
      CHECK (expect (p, ":"));
      CHECK ((n->list = parse_block (p)));
      if (AT (p, "else"))
        {
          CHECK (advance (p));
          CHECK (expect (p, ":"));
          CHECK ((n->list2 = parse_block (p)));
        }
      return n;
    }
  if (AT (p, "for"))
    {
      n = node_new (N_FOR, &t);
      CHECK (advance (p));
      CHECK ((n->a = parse_target_list (p)));
      CHECK (expect (p, "in"));
      CHECK ((n->b = parse_testlist_star (p, TRUE)));
      CHECK (expect (p, ":"));
      CHECK ((n->list = parse_block (p)));
      if (AT (p, "else"))
        {
          CHECK (advance (p));
          CHECK (expect (p, ":"));
          CHECK ((n->list2 = parse_block (p)));
        }
      return n;
    }
  if (AT (p, "def"))
    return parse_funcdef (p);
  if (AT (p, "class"))
    return parse_classdef (p);
  if (AT (p, "@"))
    {
      UNSUPPORTED (p, t.line, t.col, "decorators are not supported in scenarios");
      return NULL;
    }
  if (AT (p, "try"))
    {
      n = node_new (N_TRY, &t);
      CHECK (advance (p));
      CHECK (expect (p, ":"));
      CHECK ((n->list = parse_block (p)));
      n->list2 = node_list ();
      while (AT (p, "except"))
        {
          PmlNode *h = node_new (N_EXCEPTHANDLER, &p->tok);

          g_ptr_array_add (n->list2, h);
          CHECK (advance (p));
          if (AT (p, "*"))
            {
              UNSUPPORTED (p, p->tok.line, p->tok.col, "'except*' is not supported in scenarios");
              goto fail;
            }
          if (!AT (p, ":"))
            {
              CHECK ((h->a = parse_test (p)));
              if (AT (p, ","))
                {
                  FAIL_TOK (p, &p->tok, "multiple exception types must be parenthesized");
                  goto fail;
                }
              if (AT (p, "as"))
                {
                  CHECK (advance (p));
                  if (p->tok.kind != TK_NAME || is_keyword (&p->tok))
                    {
                      FAIL_TOK (p, &p->tok, "invalid syntax: expected a name");
                      goto fail;
                    }
                  h->str = g_strndup (p->tok.start, p->tok.len);
                  CHECK (advance (p));
                }
            }
          CHECK (expect (p, ":"));
          CHECK ((h->list = parse_block (p)));
        }
      if (AT (p, "else"))
        {
          if (n->list2->len == 0)
            {
              FAIL_TOK (p, &p->tok, "invalid syntax");
              goto fail;
            }
          CHECK (advance (p));
          CHECK (expect (p, ":"));
          CHECK ((n->list3 = parse_block (p)));
          n->flag = 1;   /* list3 is the else block */
        }
      if (AT (p, "finally"))
        {
          CHECK (advance (p));
          CHECK (expect (p, ":"));
          n->b = node_new (N_PASS, &p->tok);
          CHECK ((n->b->list = parse_block (p)));
        }
      if (n->list2->len == 0 && n->b == NULL)
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

  /* simple statements; several on one line become consecutive statements */
  n = parse_simple (p);
  if (n == NULL)
    return NULL;
  if (AT (p, ";"))
    {
      CHECK (advance (p));
      if (p->tok.kind == TK_NEWLINE)
        CHECK (advance (p));
      return n;
    }
  CHECK (end_of_simple (p));
  return n;

fail:
  pml_node_free (n);
  return NULL;
}

PmlNode *
pml_parse (const char *filename,
           const char *source,
           gsize       length,
           GError    **error)
{
  Parser p = { 0 };
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

  module = node_new (N_MODULE, &p.tok);
  module->list = node_list ();
  if (!advance (&p))
    goto fail;
  while (p.tok.kind != TK_END)
    {
      PmlNode *s;

      if (p.tok.kind == TK_NEWLINE)
        {
          if (!advance (&p))
            goto fail;
          continue;
        }
      if (p.tok.kind == TK_DEDENT)
        {
          if (!advance (&p))
            goto fail;
          continue;
        }
      s = parse_statement (&p);
      if (s == NULL)
        goto fail;
      g_ptr_array_add (module->list, s);
    }
  return module;

fail:
  pml_node_free (module);
  if (p.error == NULL)
    g_set_error (&p.error, PML_SCRIPT_ERROR, PML_SCRIPT_ERROR_SYNTAX, "%s:%d:%d: invalid syntax",
                 filename, p.tok.line, p.tok.col + 1);
  g_propagate_error (error, p.error);
  return NULL;
}
