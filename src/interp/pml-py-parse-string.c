/* pml-py-parse-string.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "pml-py-parse-private.h"

/* a string's errors point at one character */
/* CPython joins a run of string literals once it has read the token after
 * them, and blames that token for what it finds wrong inside them */
#undef FAIL_TOK
#define FAIL_TOK(p, t, ...) ((p)->after_strings != NULL \
                             ? pml_parser_fail_tok ((p), (p)->after_strings, __VA_ARGS__) \
                             : pml_parser_fail_at ((p), (t)->line, (t)->col, PML_SCRIPT_ERROR_SYNTAX, __VA_ARGS__))

/* Where byte @i of a literal's text is in the text CPython hands its
 * unicode-escape decoder (decode_unicode_with_escapes): each non-ASCII
 * character written as \UXXXXXXXX, a backslash before one as \u005c. Its
 * error messages count positions there. */
static gsize
escape_decoder_offset (const char *s,
                       gsize       n,
                       gsize       i)
{
  gsize pos = 0, j = 0;

  while (j < i)
    {
      if (s[j] == '\\')
        {
          pos++;
          j++;
          if (j >= n)
            break;
          if ((guchar) s[j] & 0x80)
            pos += 5;
        }
      if ((guchar) s[j] & 0x80)
        {
          pos += 10;
          j = (gsize) (g_utf8_next_char (s + j) - s);
        }
      else
        {
          pos++;
          j++;
        }
    }
  return pos;
}

/* The unicode-escape decoder's error, bytes @start to @end (exclusive)
 * of the literal's text */
static gboolean
fail_escape (PmlParser      *p,
             const PmlToken *t,
             const char     *s,
             gsize           n,
             gsize           start,
             gsize           end,
             const char     *reason)
{
  gsize from = escape_decoder_offset (s, n, start);

  return FAIL_TOK (p, t, "(unicode error) 'unicodeescape' codec can't decode bytes in position %" G_GSIZE_FORMAT
                   "-%" G_GSIZE_FORMAT ": %s", from, from + (end - start) - 1, reason);
}

/* String literals: decode escapes; f-strings are split into pieces. */
static gboolean
decode_escapes (PmlParser *p, const PmlToken *t, const char *s, gsize n, gboolean raw, gboolean is_bytes, GString *out)
{
  for (gsize i = 0; i < n; i++)
    {
      char c = s[i];

      if (c != '\\' || raw)
        {
          if (is_bytes && (unsigned char) c >= 0x80)
            return pml_parser_fail_tok (p, t, "bytes can only contain ASCII literal characters");
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
            const char *truncated = c == 'x' ? "truncated \\xXX escape" : c == 'u' ? "truncated \\uXXXX escape"
                                                                       : "truncated \\UXXXXXXXX escape";
            gsize backslash = i - 1;
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
                  return is_bytes ? FAIL_TOK (p, t, "(value error) invalid \\x escape at position %" G_GSIZE_FORMAT, backslash)
                                  : fail_escape (p, t, s, n, backslash, i + 1, truncated);
                v = v * 16 + (guint32) g_ascii_xdigit_value (s[++i]);
              }
            if (is_bytes)
              g_string_append_c (out, (char) v);
            else if (v > 0x10FFFF || (v >= 0xD800 && v < 0xE000))
              return fail_escape (p, t, s, n, backslash, i + 1, "illegal Unicode character");
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
make_str_const (const PmlToken *t, GString *text, gboolean is_bytes)
{
  PmlNode *n = pml_node_new (N_CONST, t);

  n->v.constant.kind = is_bytes ? C_BYTES : C_STR;
  n->v.constant.len = text->len;
  n->v.constant.text = g_memdup2 (text->str, text->len + 1);
  return n;
}

static PmlNode *parse_fstring_expr (PmlParser *outer, const PmlToken *t, const char *s, gsize n);
static gboolean fstring_parse (PmlParser *p, const PmlToken *t, const char **str, const char *end,
                               gboolean raw, int level, PmlNode *joined);

/* The f-string parser follows CPython 3.11's string_parser.c: a literal
 * runs to a '{' or '}' (doubled braces only at the top level), a field is
 * {expr[=][!conv][:spec]}, and a spec is itself an f-string one level
 * down. */

static void
flush_literal (const PmlToken *t, GString *lit, PmlNode *joined)
{
  if (lit->len == 0)
    return;
  g_ptr_array_add (joined->v.joined_str.values, make_str_const (t, lit, FALSE));
  g_string_truncate (lit, 0);
}

/* fstring_find_literal: -1 error, 1 when a doubled brace was taken */
static int
find_literal (PmlParser *p, const PmlToken *t, const char **str, const char *end, gboolean raw,
              int level, GString *lit)
{
  const char *s = *str, *start = s;
  int result = 0;

  while (s < end)
    {
      char ch = *s++;

      if (!raw && ch == '\\' && s < end)
        ch = *s++;
      if (ch == '{' || ch == '}')
        {
          if (level == 0)
            {
              if (s < end && *s == ch)
                {
                  /* the literal keeps one brace; the other is skipped */
                  *str = s + 1;
                  result = 1;
                  goto done;
                }
              if (ch == '}')
                {
                  FAIL_TOK (p, t, "f-string: single '}' is not allowed");
                  return -1;
                }
            }
          s--;
          break;
        }
    }
  *str = s;
done:
  if (s > start && !decode_escapes (p, t, start, (gsize) (s - start), raw, FALSE, lit))
    return -1;
  return result;
}

/* fstring_find_expr: from the '{' to just after its '}' */
static gboolean
find_expr (PmlParser *p, const PmlToken *t, const char **str, const char *end, gboolean raw,
           int level, GString *lit, PmlNode *joined)
{
  const char *s = *str, *expr_start;
  char quote = 0, parens[200];
  int string_type = 0, depth = 0, conversion = -1;
  gboolean debug = FALSE;
  PmlNode *expr, *spec = NULL, *field;

  if (level >= 2)
    return FAIL_TOK (p, t, "f-string: expressions nested too deeply");
  expr_start = ++s;
  for (; s < end; s++)
    {
      char ch = *s;

      if (ch == '\\')
        return FAIL_TOK (p, t, "f-string expression part cannot include a backslash");
      if (quote)
        {
          if (ch == quote)
            {
              if (string_type == 3)
                {
                  if (s + 2 < end && s[1] == ch && s[2] == ch)
                    {
                      s += 2;
                      string_type = 0;
                      quote = 0;
                    }
                }
              else
                {
                  string_type = 0;
                  quote = 0;
                }
            }
          continue;
        }
      if (ch == '\'' || ch == '"')
        {
          if (s + 2 < end && s[1] == ch && s[2] == ch)
            {
              string_type = 3;
              s += 2;
            }
          else
            string_type = 1;
          quote = ch;
        }
      else if (ch == '[' || ch == '{' || ch == '(')
        {
          if (depth >= (int) sizeof parens)
            return FAIL_TOK (p, t, "f-string: too many nested parenthesis");
          parens[depth++] = ch;
        }
      else if (ch == '#')
        return FAIL_TOK (p, t, "f-string expression part cannot include '#'");
      else if (depth == 0 && ch != '\0' && strchr ("!:}=<>", ch))
        {
          /* != == <= >= are operators, and so are lone < and > */
          if (s + 1 < end && s[1] == '=' && ch != ':' && ch != '}')
            {
              s++;
              continue;
            }
          if (ch == '<' || ch == '>')
            continue;
          break;
        }
      else if (ch == ']' || ch == '}' || ch == ')')
        {
          char opening;

          if (depth == 0)
            return FAIL_TOK (p, t, "f-string: unmatched '%c'", ch);
          opening = parens[--depth];
          if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']') || (opening == '{' && ch == '}')))
            return FAIL_TOK (p, t, "f-string: closing parenthesis '%c' does not match opening parenthesis '%c'",
                             ch, opening);
        }
    }
  if (quote)
    return FAIL_TOK (p, t, "f-string: unterminated string");
  if (depth > 0)
    return FAIL_TOK (p, t, "f-string: unmatched '%c'", parens[depth - 1]);
  if (s >= end)
    return FAIL_TOK (p, t, "f-string: expecting '}'");
  expr = parse_fstring_expr (p, t, expr_start, (gsize) (s - expr_start));
  if (expr == NULL)
    return FALSE;
  if (*s == '=')
    {
      /* {expr=}: the text, '=' and the spaces after it, kept verbatim */
      s++;
      while (s < end && g_ascii_isspace (*s))
        s++;
      if (s >= end)
        goto expecting;
      g_string_append_len (lit, expr_start, s - expr_start);
      debug = TRUE;
    }
  if (*s == '!')
    {
      s++;
      if (s >= end)
        goto expecting;
      conversion = (unsigned char) *s++;
      if (conversion != 's' && conversion != 'r' && conversion != 'a')
        {
          pml_node_free (expr);
          return FAIL_TOK (p, t, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
        }
    }
  if (s < end && *s == ':')
    {
      s++;
      if (s >= end)
        goto expecting;
      spec = pml_node_new (N_JOINEDSTR, t);
      spec->v.joined_str.values = pml_node_list ();
      if (!fstring_parse (p, t, &s, end, raw, level + 1, spec))
        {
          pml_node_free (spec);
          pml_node_free (expr);
          return FALSE;
        }
    }
  if (s >= end || *s != '}')
    {
      pml_node_free (spec);
      goto expecting;
    }
  s++;
  if (debug && spec == NULL && conversion == -1)
    conversion = 'r';
  flush_literal (t, lit, joined);
  field = pml_node_new (N_FORMATTED, t);
  field->v.formatted_value.value = expr;
  field->v.formatted_value.format_spec = spec;
  field->v.formatted_value.conversion = conversion;
  g_ptr_array_add (joined->v.joined_str.values, field);
  *str = s;
  return TRUE;

expecting:
  pml_node_free (expr);
  return FAIL_TOK (p, t, "f-string: expecting '}'");
}

/* fstring_parse: literals and fields up to the end, or to the '}'
 * closing a format spec */
static gboolean
fstring_parse (PmlParser *p, const PmlToken *t, const char **str, const char *end, gboolean raw,
               int level, PmlNode *joined)
{
  g_autoptr(GString) lit = g_string_new (NULL);

  for (;;)
    {
      int r = find_literal (p, t, str, end, raw, level, lit);

      if (r < 0)
        return FALSE;
      if (r == 1)
        continue;
      if (*str >= end || **str == '}')
        break;
      if (!find_expr (p, t, str, end, raw, level, lit, joined))
        return FALSE;
    }
  flush_literal (t, lit, joined);
  if (level == 0 && *str < end)
    return FAIL_TOK (p, t, "f-string: unexpected end of string");
  if (level != 0 && (*str >= end || **str != '}'))
    return FAIL_TOK (p, t, "f-string: expecting '}'");
  return TRUE;
}

static gboolean
parse_fstring (PmlParser *p, const PmlToken *t, const char *s, gsize n, gboolean raw, PmlNode *joined)
{
  return fstring_parse (p, t, &s, s + n, raw, 0, joined);
}

/* Moves what the field's parser put on its first line by @cols: it
 * counted columns from the field's start */
static void
shift_first_line (PmlNode *n,
                  int      line,
                  int      cols)
{
  PmlNodeChild children[PML_NODE_MAX_CHILDREN];
  guint count;

  if (n == NULL)
    return;
  if (n->line == line)
    n->col += cols;
  if (n->end_line == line)
    n->end_col += cols;
  if (n->paren_line == line)
    n->paren_col += cols;
  if (n->paren_end_line == line)
    n->paren_end_col += cols;
  count = pml_node_children (n, children);
  for (guint k = 0; k < count; k++)
    if (children[k].node != NULL)
      shift_first_line (*children[k].node, line, cols);
    else if (*children[k].list != NULL)
      for (guint i = 0; i < (*children[k].list)->len; i++)
        shift_first_line ((*children[k].list)->pdata[i], line, cols);
}

static PmlNode *
parse_fstring_expr (PmlParser *outer, const PmlToken *t, const char *s, gsize n)
{
  PmlParser p = { 0 };
  PmlNode *e;
  const char *line_begin = NULL;
  int lines = 0;

  /* where the field is in the file, as fstring_find_expr_location says:
     on the token's first line, columns count from the token's start */
  for (const char *q = t->start; q < s; q++)
    if (*q == '\n')
      {
        lines++;
        line_begin = q + 1;
      }
  p.filename = outer->filename;
  p.src = s;
  p.len = n;
  p.line = t->line + lines;
  p.line_start = 0;
  p.indents[0] = 0;
  p.n_indents = 1;
  p.nesting = 1;   /* inside braces: newlines are insignificant */
  p.base_nesting = 1;
  p.depth = outer->depth;
  if (!pml_parser_advance (&p))
    goto fail;
  if (p.tok.kind == TK_END)
    {
      FAIL_TOK (outer, t, "f-string: empty expression not allowed");
      goto fail;
    }
  e = pml_parse_testlist_star (&p, FALSE);
  if (e == NULL)
    goto fail;
  if (p.tok.kind != TK_END)
    {
      pml_node_free (e);
      FAIL_TOK (outer, t, "f-string: invalid expression");
      goto fail;
    }
  shift_first_line (e, p.line, line_begin == NULL ? t->col + (int) (s - t->start) : (int) (s - line_begin));
  return e;

fail:
  if (p.error != NULL)
    {
      if (outer->error == NULL)
        {
          /* the inner parser used offsets within the field */
          const char *msg = p.error->message;
          gint code = p.error->code;
          int line, col, end_line, end_col;
          const char *text;

          /* the inner "FILE:LINE:COL: " goes; CPython says "f-string: " */
          if (pml_script_error_location (msg, outer->filename, &line, &col, &end_line, &end_col, &text))
            msg = text;
          g_set_error (&outer->error, PML_SCRIPT_ERROR, code, "%s:%d:%d: %s%s",
                       outer->filename, t->line, t->col + 1,
                       code == PML_SCRIPT_ERROR_SYNTAX && !g_str_has_prefix (msg, "f-string") ? "f-string: " : "", msg);
        }
      g_clear_error (&p.error);
    }
  return NULL;
}

/* Adjacent literal pieces are one constant, as CPython's FstringParser
 * concatenates them */
static void
merge_constants (PmlNode *joined)
{
  for (guint i = 0; i + 1 < joined->v.joined_str.values->len;)
    {
      PmlNode *a = joined->v.joined_str.values->pdata[i], *b = joined->v.joined_str.values->pdata[i + 1];

      if (a->kind == N_CONST && b->kind == N_CONST)
        {
          a->v.constant.text = g_realloc (a->v.constant.text, a->v.constant.len + b->v.constant.len + 1);
          memcpy (a->v.constant.text + a->v.constant.len, b->v.constant.text, b->v.constant.len + 1);
          a->v.constant.len += b->v.constant.len;
          g_ptr_array_remove_index (joined->v.joined_str.values, i + 1);
        }
      else
        i++;
    }
}

PmlNode *
pml_parse_strings (PmlParser *p)
{
  PmlToken first = p->tok;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GArray) tokens = g_array_new (FALSE, FALSE, sizeof (PmlToken));
  PmlToken after;
  PmlNode *joined = NULL;
  int kind = -1;   /* 0 str, 1 bytes */

  while (p->tok.kind == TK_STRING)
    {
      g_array_append_val (tokens, p->tok);
      if (!pml_parser_advance (p))
        return NULL;
    }
  after = p->tok;
  p->after_strings = &after;

  for (guint k = 0; k < tokens->len; k++)
    {
      PmlToken t = g_array_index (tokens, PmlToken, k);
      const char *s = t.start;
      gsize i = 0, qlen, body_len;
      gboolean raw = FALSE, is_bytes = FALSE, is_f = FALSE;

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
              joined = pml_node_new (N_JOINEDSTR, &first);
              joined->v.joined_str.values = pml_node_list ();
            }
          if (text->len > 0)
            {
              g_ptr_array_add (joined->v.joined_str.values, make_str_const (&first, text, FALSE));
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
    }
  p->after_strings = NULL;
  if (joined != NULL)
    {
      if (text->len > 0)
        g_ptr_array_add (joined->v.joined_str.values, make_str_const (&first, text, FALSE));
      merge_constants (joined);
      return joined;
    }
  if (!g_utf8_validate (text->str, text->len, NULL) && kind == 0)
    {
      FAIL_TOK (p, &first, "(unicode error) invalid string");
      return NULL;
    }
  return make_str_const (&first, text, kind == 1);

fail:
  p->after_strings = NULL;
  pml_node_free (joined);
  return NULL;
}
