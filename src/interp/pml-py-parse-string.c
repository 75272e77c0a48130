/* pml-py-parse-string.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-parse-private.h"

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
make_str_const (const PmlToken *t, GString *text, gboolean is_bytes)
{
  PmlNode *n = pml_node_new (N_CONST, t);

  n->ckind = is_bytes ? C_BYTES : C_STR;
  n->str_len = text->len;
  n->str = g_memdup2 (text->str, text->len + 1);
  return n;
}

static PmlNode *parse_fstring_expr (PmlParser *outer, const PmlToken *t, const char *s, gsize n);

/* Splits an f-string body into constant pieces and {expr[!r|!s]} fields. */
static gboolean
parse_fstring (PmlParser *p, const PmlToken *t, const char *s, gsize n, gboolean raw, PmlNode *joined)
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
          field = pml_node_new (N_FORMATTED, t);
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
parse_fstring_expr (PmlParser *outer, const PmlToken *t, const char *s, gsize n)
{
  PmlParser p = { 0 };
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
  if (!pml_parser_advance (&p))
    goto fail;
  if (p.tok.kind == TK_END)
    {
      pml_parser_fail_at (&p, t->line, t->col, PML_SCRIPT_ERROR_SYNTAX, "f-string: empty expression not allowed");
      goto fail;
    }
  e = pml_parse_testlist_star (&p, FALSE);
  if (e == NULL)
    goto fail;
  if (p.tok.kind != TK_END)
    {
      pml_node_free (e);
      pml_parser_fail_at (&p, t->line, t->col, PML_SCRIPT_ERROR_SYNTAX, "f-string: invalid expression");
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

PmlNode *
pml_parse_strings (PmlParser *p)
{
  PmlToken first = p->tok;
  g_autoptr(GString) text = g_string_new (NULL);
  PmlNode *joined = NULL;
  int kind = -1;   /* 0 str, 1 bytes */

  while (p->tok.kind == TK_STRING)
    {
      const char *s = p->tok.start;
      gsize i = 0, qlen, body_len;
      gboolean raw = FALSE, is_bytes = FALSE, is_f = FALSE;
      PmlToken t = p->tok;

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
              joined->list = pml_node_list ();
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
      CHECK (pml_parser_advance (p));
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
