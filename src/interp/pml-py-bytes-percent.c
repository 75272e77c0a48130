/* pml-py-bytes-percent.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "pml-py-subtype.h"
#include "pml-py-format.h"
#include "pml-py-bytes-text.h"

/* bytes % args and bytearray % args (PEP 461): printf-style formatting
 * whose %s takes bytes-like objects (or __bytes__), %r and %a give the
 * ASCII repr, and %c takes a byte; keys of a mapping are bytes. */

enum { F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16 };

typedef struct
{
  const guint8 *s;
  gsize     pos, len;
  PmlObj   *args;           /* borrowed, or owned after %(key) */
  gboolean  args_owned;
  gint64    arglen, argidx;
  PmlObj   *dict;
  GByteArray *out;
} BytesFmt;

static PmlObj *
next_arg (BytesFmt *c)
{
  gint64 i = c->argidx;

  if (i < c->arglen)
    {
      c->argidx++;
      return c->arglen < 0 ? c->args : c->args->u.t.items[i];
    }
  return pml_err_set (T_TYPE_ERROR, "not enough arguments for format string");
}

static gboolean
star_arg (BytesFmt *c, gint64 *out)
{
  PmlObj *v = next_arg (c);

  if (v == NULL)
    return FALSE;
  if (v->kind != K_INT && v->kind != K_BOOL)
    {
      pml_err_set (T_TYPE_ERROR, "* wants int");
      return FALSE;
    }
  if (!pml_int_as_i64 (v, out))
    {
      pml_err_set (T_OVERFLOW_ERROR, "Python int too large to convert to C ssize_t");
      return FALSE;
    }
  return TRUE;
}

/* format_obj: the bytes of a %s or %b argument, a new reference */
static PmlObj *
bytes_of (PmlObj *v)
{
  gboolean found = FALSE;
  PmlObj *r;

  if (v->kind == K_BYTES || v->kind == K_BYTEARRAY)
    return pml_incref (v);
  if (v->kind == K_INSTANCE)
    {
      r = pml_call_special (v, "__bytes__", NULL, 0, &found);
      if (found)
        {
          if (r != NULL && r->kind != K_BYTES)
            {
              pml_err_set (T_TYPE_ERROR, "__bytes__ returned non-bytes (type %s)", pml_type_name (r));
              PML_CLEAR (r);
            }
          return r;
        }
    }
  return pml_err_set (T_TYPE_ERROR,
                      "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
                      pml_type_name (v));
}

/* a str of ASCII text as bytes */
static PmlObj *
ascii_bytes (PmlObj *s)
{
  PmlObj *r;

  if (s == NULL)
    return NULL;
  r = pml_bytes_new ((const guint8 *) s->u.s.s, s->u.s.nbytes);
  pml_decref (s);
  return r;
}

static gboolean
is_real (PmlObj *v)
{
  return v->kind == K_INT || v->kind == K_BOOL || v->kind == K_FLOAT;
}

/* one conversion's text (without padding); @numeric: sign and zero
   padding apply */
static PmlObj *
convert (BytesFmt *c, gint64 ch, int flags, int prec, gboolean *numeric)
{
  PmlObj *v = next_arg (c);

  if (v == NULL)
    return NULL;
  switch (ch)
    {
    case 'r': case 'a':
      return ascii_bytes (pml_ascii_of (v));
    case 's': case 'b':
      return bytes_of (v);
    case 'i': case 'd': case 'u': case 'o': case 'x': case 'X':
      {
        gunichar type = ch == 'i' || ch == 'u' ? 'd' : (gunichar) ch;
        PmlObj *iobj;

        if (!is_real (v) || (v->kind == K_FLOAT && type != 'd'))
          return pml_err_set (T_TYPE_ERROR, "%%%c format: %s is required, not %s", (char) ch,
                              type == 'd' ? "a real number" : "an integer", pml_type_name (v));
        if (v->kind == K_FLOAT)
          {
            double t = trunc (v->u.f);

            if (isnan (v->u.f))
              return pml_err_set (T_VALUE_ERROR, "cannot convert float NaN to integer");
            if (isinf (v->u.f))
              return pml_err_set (T_OVERFLOW_ERROR, "cannot convert float infinity to integer");
            iobj = fabs (t) < 9e18 ? pml_int_new ((gint64) t) : pml_int_from_big (pml_bigint_from_double (t));
          }
        else
          iobj = pml_incref (v);
        if (iobj == NULL)
          return NULL;
        *numeric = TRUE;
        v = pml_format_long_text (iobj, (flags & F_ALT) != 0, prec, type);
        pml_decref (iobj);
        return ascii_bytes (v);
      }
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
      {
        gboolean ok = TRUE;
        double x;
        char *text;
        PmlObj *r;

        if (!is_real (v))
          return pml_err_set (T_TYPE_ERROR, "float argument required, not %s", pml_type_name (v));
        x = pml_number_as_double (v, &ok);
        if (!ok)
          return NULL;
        text = pml_double_to_string (x, (char) ch, prec < 0 ? 6 : prec, flags & F_ALT ? PML_DTSF_ALT : 0);
        *numeric = TRUE;
        r = pml_bytes_new ((const guint8 *) text, strlen (text));
        g_free (text);
        return r;
      }
    case 'c':
      {
        gint64 b;
        guint8 byte;

        if ((v->kind == K_BYTES || v->kind == K_BYTEARRAY) && v->u.b.len == 1)
          return pml_bytes_new (v->u.b.data, 1);
        if (v->kind != K_INT && v->kind != K_BOOL)
          return pml_err_set (T_TYPE_ERROR, "%%c requires an integer in range(256) or a single byte");
        if (!pml_int_as_i64 (v, &b) || b < 0 || b > 255)
          return pml_err_set (T_OVERFLOW_ERROR, "%%c arg not in range(256)");
        byte = (guint8) b;
        return pml_bytes_new (&byte, 1);
      }
    default:
      return pml_err_set (T_VALUE_ERROR, "unsupported format character '%c' (0x%x) at index %zu",
                          ch >= 32 && ch <= 126 ? (char) ch : '?', (unsigned) ch, c->pos - 1);
    }
}

static void
append_fill (GByteArray *out, guint8 fill, gint64 n)
{
  for (gint64 i = 0; i < n; i++)
    g_byte_array_append (out, &fill, 1);
}

/* sign, 0x prefix and padding around the converted @text */
static void
lay_out (BytesFmt *c, gint64 ch, int flags, gint64 width, int prec, gboolean numeric, PmlObj *text)
{
  const guint8 *p = text->u.b.data;
  gint64 len = (gint64) text->u.b.len;
  guint8 fill = numeric && (flags & F_ZERO) ? '0' : ' ', sign = 0;
  gboolean prefix = FALSE;

  if ((ch == 's' || ch == 'b' || ch == 'r' || ch == 'a') && prec >= 0 && len > prec)
    len = prec;
  if (numeric)
    {
      if (*p == '-' || *p == '+')
        {
          sign = *p++;
          len--;
        }
      else if (flags & F_SIGN)
        sign = '+';
      else if (flags & F_BLANK)
        sign = ' ';
    }
  if (width < len)
    width = len;
  if (sign)
    {
      if (fill != ' ')
        g_byte_array_append (c->out, &sign, 1);
      if (width > len)
        width--;
    }
  if ((flags & F_ALT) && (ch == 'x' || ch == 'X' || ch == 'o'))
    {
      prefix = TRUE;
      if (fill != ' ')
        g_byte_array_append (c->out, p, 2);
      width = MAX (width - 2, 0);
      len -= 2;
    }
  if (width > len && !(flags & F_LJUST))
    {
      append_fill (c->out, fill, width - len);
      width = len;
    }
  if (fill == ' ')
    {
      if (sign)
        g_byte_array_append (c->out, &sign, 1);
      if (prefix)
        g_byte_array_append (c->out, p, 2);
    }
  if (prefix)
    p += 2;
  if (len > 0)
    g_byte_array_append (c->out, p, (guint) len);
  if (width > len)
    append_fill (c->out, ' ', width - len);
}

#define PEEK(c) ((c)->pos < (c)->len ? (gint64) (c)->s[(c)->pos] : -1)

/* one %-conversion, the '%' already read */
static gboolean
one_conversion (BytesFmt *c)
{
  int flags = 0, prec = -1;
  gint64 width = -1, ch;
  gboolean numeric = FALSE;
  PmlObj *text;

  if (PEEK (c) == '(')
    {
      gsize keystart = ++c->pos;
      int depth = 1;
      PmlObj *key, *v;

      if (c->dict == NULL)
        {
          pml_err_set (T_TYPE_ERROR, "format requires a mapping");
          return FALSE;
        }
      while (depth > 0 && c->pos < c->len)
        {
          if (c->s[c->pos] == ')')
            depth--;
          else if (c->s[c->pos] == '(')
            depth++;
          c->pos++;
        }
      if (depth > 0)
        {
          pml_err_set (T_VALUE_ERROR, "incomplete format key");
          return FALSE;
        }
      key = pml_bytes_new (c->s + keystart, c->pos - 1 - keystart);
      if (key == NULL)
        return FALSE;
      v = pml_getitem (c->dict, key);
      pml_decref (key);
      if (v == NULL)
        return FALSE;
      if (c->args_owned)
        pml_decref (c->args);
      c->args = v;
      c->args_owned = TRUE;
      c->arglen = -1;
      c->argidx = -2;
    }
  for (;; c->pos++)
    {
      ch = PEEK (c);
      if (ch == '-') flags |= F_LJUST;
      else if (ch == '+') flags |= F_SIGN;
      else if (ch == ' ') flags |= F_BLANK;
      else if (ch == '#') flags |= F_ALT;
      else if (ch == '0') flags |= F_ZERO;
      else break;
    }
  if (PEEK (c) == '*')
    {
      c->pos++;
      if (!star_arg (c, &width))
        return FALSE;
      if (width < 0)
        {
          flags |= F_LJUST;
          width = -width;
        }
    }
  else if (PEEK (c) >= '0' && PEEK (c) <= '9')
    for (width = 0; PEEK (c) >= '0' && PEEK (c) <= '9'; c->pos++)
      {
        if (width > (G_MAXSSIZE - 9) / 10)
          {
            pml_err_set (T_VALUE_ERROR, "width too big");
            return FALSE;
          }
        width = width * 10 + (c->s[c->pos] - '0');
      }
  if (PEEK (c) == '.')
    {
      c->pos++;
      prec = 0;
      if (PEEK (c) == '*')
        {
          gint64 p;

          c->pos++;
          if (!star_arg (c, &p))
            return FALSE;
          prec = p < 0 ? 0 : (int) MIN (p, G_MAXINT);
        }
      else
        for (; PEEK (c) >= '0' && PEEK (c) <= '9'; c->pos++)
          {
            if (prec > (G_MAXINT - 9) / 10)
              {
                pml_err_set (T_VALUE_ERROR, "precision too big");
                return FALSE;
              }
            prec = prec * 10 + (c->s[c->pos] - '0');
          }
    }
  if (PEEK (c) == 'h' || PEEK (c) == 'l' || PEEK (c) == 'L')
    c->pos++;
  ch = PEEK (c);
  if (ch < 0)
    {
      pml_err_set (T_VALUE_ERROR, "incomplete format");
      return FALSE;
    }
  c->pos++;
  if (ch == '%')
    {
      g_byte_array_append (c->out, (const guint8 *) "%", 1);
      return TRUE;
    }
  text = convert (c, ch, flags, prec, &numeric);
  if (text == NULL)
    return FALSE;
  lay_out (c, ch, flags, width, prec, numeric, text);
  pml_decref (text);
  if (c->dict != NULL && c->argidx < c->arglen)
    {
      pml_err_set (T_TYPE_ERROR, "not all arguments converted during bytes formatting");
      return FALSE;
    }
  return TRUE;
}

static gboolean
is_mapping (PmlObj *o)
{
  if (o->kind == K_TUPLE || o->kind == K_STR || o->kind == K_BYTES || o->kind == K_BYTEARRAY)
    return FALSE;
  return pml_slots (o)->subscript != NULL;
}

PmlObj *
pml_bytes_percent_format (PmlObj *fmt, PmlObj *args)
{
  BytesFmt c = { 0 };
  gboolean ok = TRUE;
  PmlObj *r = NULL;

  c.s = fmt->u.b.data;
  c.len = fmt->u.b.len;
  c.args = args;
  c.arglen = args->kind == K_TUPLE ? (gint64) args->u.t.n : -1;
  c.argidx = args->kind == K_TUPLE ? 0 : -2;
  if (is_mapping (args))
    c.dict = args;
  c.out = g_byte_array_sized_new ((guint) c.len + 100);
  while (ok && c.pos < c.len)
    {
      const guint8 *pct = memchr (c.s + c.pos, '%', c.len - c.pos);
      gsize stop = pct != NULL ? (gsize) (pct - c.s) : c.len;

      g_byte_array_append (c.out, c.s + c.pos, (guint) (stop - c.pos));
      c.pos = stop;
      if (pct != NULL)
        {
          c.pos++;
          ok = one_conversion (&c);
        }
    }
  if (ok && c.argidx < c.arglen && c.dict == NULL)
    {
      pml_err_set (T_TYPE_ERROR, "not all arguments converted during bytes formatting");
      ok = FALSE;
    }
  if (c.args_owned)
    pml_decref (c.args);
  if (ok)
    r = pml_bytes_like_result (fmt, c.out->data, c.out->len);
  g_byte_array_unref (c.out);
  return r;
}
