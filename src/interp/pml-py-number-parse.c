/* pml-py-number-parse.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-number-methods.h"

/* The text int() and float() accept, as CPython 3.11 reads it: Unicode
 * spaces and decimal digits count as their ASCII twins, an underscore may
 * only sit between two digits (or right after a 0x/0o/0b prefix), and
 * base 0 refuses a leading zero before other digits. The checked text
 * comes back as plain ASCII for the converters. */

/* _PyUnicode_TransformDecimalAndSpaceToASCII, then the spaces around it
   stripped; NULL when a character is neither (the caller refuses it) */
static char *
ascii_form (const char *text, gsize len, gboolean is_str)
{
  GString *out = g_string_sized_new (len);
  const char *p = text, *end = text + len;
  gsize start = 0, stop;

  while (p < end)
    {
      gunichar c;

      if (!is_str || (guchar) *p < 0x80)
        {
          c = (guchar) *p++;
          if (!is_str && c >= 0x80)
            c = '?';
        }
      else
        {
          c = g_utf8_get_char (p);
          p = g_utf8_next_char (p);
          if (g_unichar_type (c) == G_UNICODE_DECIMAL_NUMBER)
            c = '0' + g_unichar_digit_value (c);
          else if (g_unichar_isspace (c) || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x1f || c == 0x85)
            c = ' ';
          else
            c = '?';
        }
      g_string_append_c (out, (char) c);
    }
  while (start < out->len && g_ascii_isspace (out->str[start]))
    start++;
  stop = out->len;
  while (stop > start && g_ascii_isspace (out->str[stop - 1]))
    stop--;
  g_string_truncate (out, stop);
  g_string_erase (out, 0, start);
  return g_string_free (out, FALSE);
}

static int
digit_in_base (char c)
{
  if (g_ascii_isdigit (c))
    return c - '0';
  if (g_ascii_isalpha (c))
    return g_ascii_tolower (c) - 'a' + 10;
  return 99;
}

char *
pml_int_literal_clean (const char *text, gsize len, gboolean is_str, int *base, gboolean *neg)
{
  g_autofree char *s = ascii_form (text, len, is_str);
  const char *p = s;
  gboolean zeros_only = FALSE;
  GString *digits;

  *neg = FALSE;
  if (*p == '+' || *p == '-')
    *neg = *p++ == '-';
  if (*base == 0)
    {
      if (p[0] != '0')
        *base = 10;
      else if (p[1] == 'x' || p[1] == 'X')
        *base = 16;
      else if (p[1] == 'o' || p[1] == 'O')
        *base = 8;
      else if (p[1] == 'b' || p[1] == 'B')
        *base = 2;
      else
        {
          /* "00" is zero; "007" was octal once and is refused */
          *base = 10;
          zeros_only = TRUE;
        }
    }
  if (p[0] == '0'
      && ((*base == 16 && (p[1] == 'x' || p[1] == 'X')) || (*base == 8 && (p[1] == 'o' || p[1] == 'O'))
          || (*base == 2 && (p[1] == 'b' || p[1] == 'B'))))
    {
      p += 2;
      if (*p == '_')
        p++;
    }
  if (digit_in_base (*p) >= *base)
    return NULL;
  digits = g_string_new (NULL);
  for (; *p; p++)
    {
      if (*p == '_')
        {
          if (p[1] == '_' || p[1] == '\0')
            break;
          continue;
        }
      if (digit_in_base (*p) >= *base || (zeros_only && *p != '0'))
        break;
      g_string_append_c (digits, *p);
    }
  if (*p != '\0')
    {
      g_string_free (digits, TRUE);
      return NULL;
    }
  return g_string_free (digits, FALSE);
}

/* the body of float(): sign, digits with an optional point and exponent,
   or inf, infinity, nan; underscores between digits only; no hex */
char *
pml_float_literal_clean (const char *text, gsize len, gboolean is_str)
{
  g_autofree char *s = ascii_form (text, len, is_str);
  const char *p = s, *word;
  gboolean mantissa = FALSE;
  GString *out = g_string_new (NULL);

  if (*p == '+' || *p == '-')
    g_string_append_c (out, *p++);
  word = p;
  if (g_ascii_strcasecmp (word, "inf") == 0 || g_ascii_strcasecmp (word, "infinity") == 0
      || g_ascii_strcasecmp (word, "nan") == 0)
    {
      g_string_append (out, word);
      return g_string_free (out, FALSE);
    }
#define DIGITS(seen) \
  while (g_ascii_isdigit (*p) || (*p == '_' && p > s && g_ascii_isdigit (p[-1]) && g_ascii_isdigit (p[1]))) \
    { if (*p != '_') { g_string_append_c (out, *p); seen = TRUE; } p++; }
  DIGITS (mantissa);
  if (*p == '.')
    {
      g_string_append_c (out, *p++);
      DIGITS (mantissa);
    }
  if (mantissa && (*p == 'e' || *p == 'E'))
    {
      gboolean exp_digits = FALSE;

      g_string_append_c (out, *p++);
      if (*p == '+' || *p == '-')
        g_string_append_c (out, *p++);
      DIGITS (exp_digits);
      if (!exp_digits)
        mantissa = FALSE;
    }
#undef DIGITS
  if (!mantissa || *p != '\0')
    {
      g_string_free (out, TRUE);
      return NULL;
    }
  return g_string_free (out, FALSE);
}
