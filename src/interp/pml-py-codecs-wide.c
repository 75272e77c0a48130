/* pml-py-codecs-wide.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-bytes-text.h"

/* UTF-16 and UTF-32, the codecs an encoding lesson compares with UTF-8:
 * "utf-16" and "utf-32" write a byte order mark and little-endian units
 * (as CPython on x86), the -le and -be forms neither mark nor choice. */

typedef struct
{
  int  unit;         /* 2 or 4 */
  int  order;        /* 0: native with a BOM, 1: little, 2: big */
  const char *name;  /* as CPython's errors name it */
} WideCodec;

static gboolean
wide_codec (const char *enc, WideCodec *c)
{
  static const struct { const char *alias; int unit, order; const char *name; } table[] = {
    { "utf-16", 2, 0, "utf-16" }, { "utf16", 2, 0, "utf-16" },
    { "utf-16-le", 2, 1, "utf-16-le" }, { "utf-16le", 2, 1, "utf-16-le" },
    { "utf-16-be", 2, 2, "utf-16-be" }, { "utf-16be", 2, 2, "utf-16-be" },
    { "utf-32", 4, 0, "utf-32" }, { "utf32", 4, 0, "utf-32" },
    { "utf-32-le", 4, 1, "utf-32-le" }, { "utf-32le", 4, 1, "utf-32-le" },
    { "utf-32-be", 4, 2, "utf-32-be" }, { "utf-32be", 4, 2, "utf-32-be" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (table); i++)
    if (strcmp (enc, table[i].alias) == 0)
      {
        c->unit = table[i].unit;
        c->order = table[i].order;
        c->name = table[i].name;
        return TRUE;
      }
  return FALSE;
}

static void
put_unit (GByteArray *out, guint32 v, int unit, gboolean big)
{
  guint8 b[4];

  for (int i = 0; i < unit; i++)
    b[big ? unit - 1 - i : i] = (guint8) (v >> (8 * i));
  g_byte_array_append (out, b, (guint) unit);
}

GByteArray *
pml_codec_wide_encode (const char *enc, const gunichar *u, gsize n)
{
  WideCodec c;
  GByteArray *out;
  gboolean big;

  if (!wide_codec (enc, &c))
    return NULL;
  big = c.order == 2;
  out = g_byte_array_new ();
  if (c.order == 0)
    put_unit (out, 0xfeff, c.unit, FALSE);
  for (gsize i = 0; i < n; i++)
    {
      if (c.unit == 2 && u[i] >= 0x10000)
        {
          put_unit (out, 0xd800 + ((u[i] - 0x10000) >> 10), 2, big);
          put_unit (out, 0xdc00 + ((u[i] - 0x10000) & 0x3ff), 2, big);
        }
      else
        put_unit (out, u[i], c.unit, big);
    }
  return out;
}

static guint32
get_unit (const guint8 *d, int unit, gboolean big)
{
  guint32 v = 0;

  for (int i = 0; i < unit; i++)
    v |= (guint32) d[big ? unit - 1 - i : i] << (8 * i);
  return v;
}

/* TRUE when @enc is one of these codecs: then *result is the str or NULL
   with the error set */
gboolean
pml_codec_wide_decode (const char *enc, const guint8 *d, gsize n, const char *errors, PmlObj **result)
{
  WideCodec c;
  gboolean big, replace = strcmp (errors, "replace") == 0, ignore = strcmp (errors, "ignore") == 0;
  GString *out;
  gsize i = 0;

  if (!wide_codec (enc, &c))
    return FALSE;
  big = c.order == 2;
  if (c.order == 0 && n >= (gsize) c.unit)
    {
      guint32 bom = get_unit (d, c.unit, FALSE);

      if (bom == 0xfeff)
        i = (gsize) c.unit;
      else if (bom == (c.unit == 2 ? 0xfffeu : 0xfffe0000u))
        {
          i = (gsize) c.unit;
          big = TRUE;
        }
    }
  out = g_string_new (NULL);
  while (i < n)
    {
      const char *why = NULL;
      gsize start = i, end;
      guint32 v;

      if (i + (gsize) c.unit > n)
        {
          why = "truncated data";
          end = n;
        }
      else
        {
          v = get_unit (d + i, c.unit, big);
          i += (gsize) c.unit;
          end = i;
          if (c.unit == 2 && v >= 0xd800 && v < 0xdc00)
            {
              guint32 lo = i + 2 <= n ? get_unit (d + i, 2, big) : 0;

              if (i + 2 > n)
                why = "unexpected end of data", end = n;
              else if (lo < 0xdc00 || lo > 0xdfff)
                why = "illegal UTF-16 surrogate";
              else
                {
                  v = 0x10000 + ((v - 0xd800) << 10) + (lo - 0xdc00);
                  i += 2;
                }
            }
          else if (c.unit == 2 && v >= 0xdc00 && v < 0xe000)
            why = "illegal encoding";
          else if (c.unit == 4 && (v > 0x10ffff || (v >= 0xd800 && v < 0xe000)))
            why = "code point not in range(0x110000)";
          if (why == NULL)
            {
              g_string_append_unichar (out, v);
              continue;
            }
        }
      if (replace)
        g_string_append_unichar (out, 0xfffd);
      else if (!ignore)
        {
          g_string_free (out, TRUE);
          if (end - start == 1)
            *result = pml_err_set (T_UNICODE_DECODE_ERROR, "'%s' codec can't decode byte 0x%02x in position %zu: %s",
                                   c.name, d[start], start, why);
          else
            *result = pml_err_set (T_UNICODE_DECODE_ERROR, "'%s' codec can't decode bytes in position %zu-%zu: %s",
                                   c.name, start, end - 1, why);
          return TRUE;
        }
      i = MAX (i, end);
    }
  {
    gsize len = out->len;

    *result = pml_str_new_take (g_string_free (out, FALSE), len);
  }
  return TRUE;
}

/* UTF-8 as CPython decodes it: a bad sequence is its maximal valid
   prefix (one U+FFFD with "replace"), overlong forms and surrogates are
   refused at their second byte */
PmlObj *
pml_codec_utf8_decode (const guint8 *d, gsize n, const char *errors)
{
  GString *out = g_string_sized_new (n);
  gsize i = 0;

  while (i < n)
    {
      guint8 c = d[i];
      gsize need, have = 1;
      guint8 lo = 0x80, hi = 0xbf;
      const char *why;

      if (c < 0x80)
        {
          g_string_append_c (out, (char) c);
          i++;
          continue;
        }
      need = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
      if (c == 0xe0) lo = 0xa0;
      if (c == 0xed) hi = 0x9f;
      if (c == 0xf0) lo = 0x90;
      if (c == 0xf4) hi = 0x8f;
      while (need > 0 && have < need && i + have < n)
        {
          guint8 b = d[i + have];

          if (have == 1 ? (b < lo || b > hi) : (b & 0xc0) != 0x80)
            break;
          have++;
        }
      if (need > 0 && have == need)
        {
          g_string_append_len (out, (const char *) d + i, (gssize) need);
          i += need;
          continue;
        }
      why = need == 0 ? "invalid start byte" : i + have >= n ? "unexpected end of data" : "invalid continuation byte";
      if (strcmp (errors, "replace") == 0)
        g_string_append_unichar (out, 0xfffd);
      else if (strcmp (errors, "backslashreplace") == 0)
        for (gsize k = 0; k < have; k++)
          g_string_append_printf (out, "\\x%02x", d[i + k]);
      else if (strcmp (errors, "ignore") != 0)
        {
          g_string_free (out, TRUE);
          if (strcmp (errors, "strict") != 0)
            return pml_err_set (T_LOOKUP_ERROR, "unknown error handler name '%s'", errors);
          if (have == 1)
            return pml_err_set (T_UNICODE_DECODE_ERROR, "'utf-8' codec can't decode byte 0x%02x in position %zu: %s",
                                c, i, why);
          return pml_err_set (T_UNICODE_DECODE_ERROR, "'utf-8' codec can't decode bytes in position %zu-%zu: %s", i,
                              i + have - 1, why);
        }
      i += have;
    }
  {
    gsize len = out->len;

    return pml_str_new_take (g_string_free (out, FALSE), len);
  }
}
