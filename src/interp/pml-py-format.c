/* pml-py-format.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pml-py-vm.h"
#include "pml-py-format.h"
#include "pml-py-type.h"
#include "pml-object-sizes.h"

/* String formatting with CPython 3.11's results and errors: the format-spec
 * mini-language (Python/formatter_unicode.c), str.format
 * (Objects/stringlib/unicode_format.h), printf-style % (PyUnicode_Format)
 * and float text (PyOS_double_to_string). The text is made in host
 * memory; the simulated blocks follow CPython's _PyUnicodeWriter, whose
 * buffer is the result string, over-allocated then shrunk by str.format
 * and %. */

/* ---- the simulated writer ---- */

typedef struct
{
  GString   *text;
  gsize      pos;            /* code points written */
  guint64    block;          /* the buffer string's block, 0: none yet */
  gsize      size;           /* its length in code points */
  gunichar   maxchar;        /* the largest its kind holds */
  gboolean   overallocate;
  gsize      min_length;
  PmlObj    *readonly;       /* a str shared as the whole result */
} Writer;

static void
writer_init (Writer *w, gboolean overallocate, gsize min_length)
{
  memset (w, 0, sizeof *w);
  w->text = g_string_new (NULL);
  w->overallocate = overallocate;
  w->min_length = min_length;
}

static void
writer_clear (Writer *w)
{
  if (w->block != 0)
    pml_mem_free (w->block);
  w->block = 0;
  PML_CLEAR (w->readonly);
  if (w->text)
    g_string_free (w->text, TRUE);
  w->text = NULL;
}

static PmlStrKind
kind_for (gunichar maxchar)
{
  return maxchar < 128 ? PML_STR_ASCII : maxchar < 256 ? PML_STR_LATIN1
         : maxchar < 65536 ? PML_STR_UCS2 : PML_STR_UCS4;
}

static gunichar
kind_max (gunichar maxchar)
{
  return maxchar < 128 ? 127 : maxchar < 256 ? 255 : maxchar < 65536 ? 65535 : 0x10ffff;
}

static gsize
str_request (gunichar maxchar, gsize len)
{
  return pml_str_size (VM->preset, kind_for (maxchar), len);
}

static gunichar
utf8_maxchar (const char *s, gsize nbytes, gsize *len)
{
  gunichar max = 0;
  gsize n = 0;

  for (const char *p = s; p < s + nbytes; p = g_utf8_next_char (p))
    {
      max = MAX (max, g_utf8_get_char (p));
      n++;
    }
  if (len)
    *len = n;
  return max;
}

/* Code points in UTF-8 text, which may hold NUL characters */
static gsize
utf8_len (const char *s, gsize nbytes)
{
  gsize n = 0;

  for (gsize i = 0; i < nbytes; i++)
    if (((guchar) s[i] & 0xc0) != 0x80)
      n++;
  return n;
}

/* _PyUnicodeWriter_PrepareInternal */
static gboolean
writer_prepare (Writer *w, gsize length, gunichar maxchar)
{
  gsize newlen = w->pos + length;
  guint64 addr;

  maxchar = kind_max (maxchar);
  if (w->block == 0 && w->readonly == NULL)
    {
      if (w->overallocate)
        newlen += newlen / 4;
      if (newlen < w->min_length)
        newlen = w->min_length;
      addr = pml_mem_alloc (str_request (maxchar, newlen));
      if (addr == 0)
        return FALSE;
      w->block = addr;
      w->size = newlen;
      w->maxchar = maxchar;
    }
  else if (newlen > w->size)
    {
      if (w->overallocate)
        newlen += newlen / 4;
      if (newlen < w->min_length)
        newlen = w->min_length;
      if (maxchar > w->maxchar || w->readonly != NULL)
        {
          maxchar = MAX (maxchar, w->maxchar);
          addr = pml_mem_alloc (str_request (maxchar, newlen));
          if (addr == 0)
            return FALSE;
          if (w->block != 0)
            pml_mem_free (w->block);
          PML_CLEAR (w->readonly);
          w->maxchar = maxchar;
        }
      else
        {
          addr = pml_mem_realloc (w->block, str_request (w->maxchar, newlen));
          if (addr == 0)
            return FALSE;
        }
      w->block = addr;
      w->size = newlen;
    }
  else if (maxchar > w->maxchar)
    {
      addr = pml_mem_alloc (str_request (maxchar, w->size));
      if (addr == 0)
        return FALSE;
      pml_mem_free (w->block);
      w->block = addr;
      w->maxchar = maxchar;
    }
  return TRUE;
}

/* Text whose largest character is @maxchar (a kind's maximum will do) */
static gboolean
writer_write (Writer *w, const char *utf8, gssize nbytes, gunichar maxchar)
{
  gsize n = nbytes < 0 ? strlen (utf8) : (gsize) nbytes, len;

  len = utf8_len (utf8, n);
  if (len == 0)
    return TRUE;
  if (kind_max (maxchar) > w->maxchar || len > w->size - w->pos || w->readonly != NULL)
    if (!writer_prepare (w, len, maxchar))
      return FALSE;
  g_string_append_len (w->text, utf8, (gssize) n);
  w->pos += len;
  return TRUE;
}

static gboolean
writer_write_ascii (Writer *w, const char *s, gssize nbytes)
{
  gsize n = nbytes < 0 ? strlen (s) : (gsize) nbytes;

  if (n == 0)
    return TRUE;
  if (w->block == 0 && w->readonly == NULL && !w->overallocate)
    {
      /* the text becomes the result string at once */
      w->readonly = pml_str_new (s, (gssize) n);
      if (w->readonly == NULL)
        return FALSE;
      g_string_append_len (w->text, s, (gssize) n);
      w->pos += n;
      return TRUE;
    }
  return writer_write (w, s, (gssize) n, 127);
}

/* _PyUnicodeWriter_WriteStr: an empty plain writer shares the string */
static gboolean
writer_write_str (Writer *w, PmlObj *s)
{
  gunichar maxchar = kind_max (s->u.s.skind == PML_STR_ASCII ? 127 : s->u.s.skind == PML_STR_LATIN1 ? 255
                               : s->u.s.skind == PML_STR_UCS2 ? 65535 : 0x10ffff);

  if (s->u.s.len == 0)
    return TRUE;
  if (w->block == 0 && w->readonly == NULL && !w->overallocate)
    {
      w->readonly = pml_incref (s);
      g_string_append_len (w->text, s->u.s.s, (gssize) s->u.s.nbytes);
      w->pos += s->u.s.len;
      return TRUE;
    }
  return writer_write (w, s->u.s.s, (gssize) s->u.s.nbytes, maxchar);
}

/* A str object on the writer's block, as resize_compact leaves it */
static PmlObj *
str_on_block (Writer *w)
{
  PmlObj *o = pml_obj_host_new ();
  gsize request = str_request (w->maxchar, w->pos);
  void pml_register_object (PmlObj *o, gsize request);

  o->type = TYPE (T_STR);
  o->kind = K_STR;
  o->refcnt = 1;
  o->addr = w->block;
  pml_register_object (o, request);
  pml_event (PML_OBJ_EVENT_NEW, o->serial, 1);
  if (!(o->type->flags & OBJ_STATIC))
    pml_incref (o->type);
  o->u.s.nbytes = w->text->len;
  o->u.s.s = g_string_free (w->text, FALSE);
  o->u.s.len = w->pos;
  o->u.s.skind = (guint8) kind_for (w->maxchar);
  o->u.s.hash = -1;
  w->text = NULL;
  w->block = 0;
  return o;
}

/* _PyUnicodeWriter_Finish */
static PmlObj *
writer_finish (Writer *w)
{
  PmlObj *r;

  if (w->pos == 0)
    {
      writer_clear (w);
      return pml_incref (VM->empty_str);
    }
  if (w->readonly != NULL)
    {
      r = w->readonly;
      w->readonly = NULL;
      writer_clear (w);
      return r;
    }
  if (w->size != w->pos)
    {
      guint64 addr = pml_mem_realloc (w->block, str_request (w->maxchar, w->pos));

      if (addr == 0)
        {
          writer_clear (w);
          return NULL;
        }
      w->block = addr;
      w->size = w->pos;
    }
  if (w->pos == 1 && w->maxchar < 256)
    {
      /* unicode_result_ready: the cached 1-character string */
      r = pml_incref (VM->latin1[g_utf8_get_char (w->text->str)]);
      writer_clear (w);
      return r;
    }
  return str_on_block (w);
}

/* ---- the format-spec mini-language ---- */

static gboolean
is_align (gunichar c)
{
  return c == '<' || c == '>' || c == '=' || c == '^';
}

static char *
code_text (gunichar c)
{
  if (c > 32 && c < 128)
    return g_strdup_printf ("'%c'", (char) c);
  return g_strdup_printf ("'\\x%x'", (unsigned) c);
}

static char *
unknown_code (gunichar c, const char *type_name)
{
  g_autofree char *t = code_text (c);

  return g_strdup_printf ("Unknown format code %s for object of type '%s'", t, type_name);
}

/* get_integer: -1 none, -2 overflow */
static gint64
read_integer (const gunichar *s, glong n, glong *pos)
{
  gint64 acc = 0;
  glong start = *pos;

  for (; *pos < n && s[*pos] >= '0' && s[*pos] <= '9'; (*pos)++)
    {
      int d = (int) (s[*pos] - '0');

      if (acc > (G_MAXSSIZE - d) / 10)
        return -2;
      acc = acc * 10 + d;
    }
  return *pos == start ? -1 : acc;
}

gboolean
pml_format_spec_parse (const char *spec, gsize nbytes, const char *type_name,
                       char default_type, char default_align, PmlFormatSpec *f, char **error)
{
  glong n = 0, pos = 0;
  g_autofree gunichar *s = g_utf8_to_ucs4_fast (spec, (glong) nbytes, &n);
  gboolean fill_given = FALSE, align_given = FALSE;

  *error = NULL;
  f->fill = ' ';
  f->align = default_align;
  f->sign = 0;
  f->no_neg_0 = FALSE;
  f->alternate = FALSE;
  f->width = -1;
  f->grouping = 0;
  f->precision = -1;
  f->type = (gunichar) default_type;

  if (n >= 2 && is_align (s[1]))
    {
      f->fill = s[0];
      f->align = (char) s[1];
      fill_given = align_given = TRUE;
      pos = 2;
    }
  else if (n >= 1 && is_align (s[0]))
    {
      f->align = (char) s[0];
      align_given = TRUE;
      pos = 1;
    }
  if (pos < n && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' '))
    f->sign = (char) s[pos++];
  if (pos < n && s[pos] == 'z')
    {
      f->no_neg_0 = TRUE;
      pos++;
    }
  if (pos < n && s[pos] == '#')
    {
      f->alternate = TRUE;
      pos++;
    }
  if (!fill_given && pos < n && s[pos] == '0')
    {
      f->fill = '0';
      if (!align_given && default_align == '>')
        f->align = '=';
      pos++;
    }
  f->width = read_integer (s, n, &pos);
  if (f->width == -2)
    goto too_many_digits;
  if (pos < n && s[pos] == ',')
    {
      f->grouping = ',';
      pos++;
    }
  if (pos < n && s[pos] == '_')
    {
      if (f->grouping)
        goto both;
      f->grouping = '_';
      pos++;
    }
  if (pos < n && s[pos] == ',' && f->grouping == '_')
    goto both;
  if (pos < n && s[pos] == '.')
    {
      pos++;
      f->precision = read_integer (s, n, &pos);
      if (f->precision == -2)
        goto too_many_digits;
      if (f->precision == -1)
        {
          *error = g_strdup ("Format specifier missing precision");
          return FALSE;
        }
    }
  if (n - pos > 1)
    {
      *error = g_strdup_printf ("Invalid format specifier '%.*s' for object of type '%s'",
                                (int) nbytes, spec, type_name);
      return FALSE;
    }
  if (n - pos == 1)
    f->type = s[pos];
  if (f->grouping)
    {
      switch (f->type)
        {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
          break;
        case 'b': case 'o': case 'x': case 'X':
          if (f->grouping == '_')
            break;
          G_GNUC_FALLTHROUGH;
        default:
          {
            g_autofree char *t = code_text (f->type);

            *error = g_strdup_printf ("Cannot specify '%c' with %s.", f->grouping, t);
            return FALSE;
          }
        }
    }
  return TRUE;

too_many_digits:
  *error = g_strdup ("Too many decimal digits in format string");
  return FALSE;
both:
  *error = g_strdup ("Cannot specify both ',' and '_'.");
  return FALSE;
}

/* ---- numbers laid out in a field ---- */

static void
append_fill (GString *out, gunichar fill, gint64 n)
{
  char buf[8];
  int len = g_unichar_to_utf8 (fill, buf);

  for (gint64 i = 0; i < n; i++)
    g_string_append_len (out, buf, len);
}

/* _PyUnicode_InsertThousandsGrouping: digits in groups, zero-padded on
 * the left up to min_width when the field is zero-filled */
static GString *
group_digits (const char *digits, gint64 n, gint64 min_width, int group, char sep)
{
  GString *rev = g_string_new (NULL);
  const char *end = digits + n;
  gint64 remaining = n, l, zeros, chars;
  gboolean use_sep = FALSE, broken = FALSE;

  if (group > 0)
    for (;;)
      {
        l = MIN (group, MAX (MAX (remaining, min_width), 1));
        zeros = MAX (0, l - remaining);
        chars = MAX (0, MIN (remaining, l));
        if (use_sep)
          g_string_append_c (rev, sep);
        for (gint64 i = 0; i < chars; i++)
          g_string_append_c (rev, *--end);
        for (gint64 i = 0; i < zeros; i++)
          g_string_append_c (rev, '0');
        use_sep = TRUE;
        remaining -= chars;
        min_width -= group;
        if (remaining <= 0 && min_width <= 0)
          {
            broken = TRUE;
            break;
          }
        min_width -= 1;
      }
  if (!broken)
    {
      l = MAX (MAX (remaining, min_width), 1);
      zeros = MAX (0, l - remaining);
      chars = MAX (0, MIN (remaining, l));
      if (use_sep)
        g_string_append_c (rev, sep);
      for (gint64 i = 0; i < chars; i++)
        g_string_append_c (rev, *--end);
      for (gint64 i = 0; i < zeros; i++)
        g_string_append_c (rev, '0');
    }
  g_strreverse (rev->str);
  return rev;
}

/* calc_number_widths and fill_number: [pad][sign][prefix][pad][digits][rest][pad] */
static void
render_number (GString *out, const PmlFormatSpec *f, gboolean negative, const char *prefix,
               const char *digits, gsize n_digits, const char *rest, gssize rest_nbytes, int group, char sep)
{
  char sign = 0;
  gint64 n_prefix = (gint64) strlen (prefix), n_rest;
  gint64 n_non_digit, min_width, n_pad, lpad = 0, spad = 0, rpad = 0;
  g_autoptr(GString) grouped = NULL;

  if (rest_nbytes < 0)
    rest_nbytes = (gssize) strlen (rest);
  n_rest = (gint64) utf8_len (rest, (gsize) rest_nbytes);
  if (f->sign == '+')
    sign = negative ? '-' : '+';
  else if (f->sign == ' ')
    sign = negative ? '-' : ' ';
  else if (negative)
    sign = '-';
  n_non_digit = (sign != 0) + n_prefix + n_rest;
  min_width = f->fill == '0' && f->align == '=' ? f->width - n_non_digit : 0;
  grouped = n_digits == 0 ? g_string_new (NULL) : group_digits (digits, (gint64) n_digits, min_width, group, sep);
  n_pad = f->width - (n_non_digit + (gint64) grouped->len);
  if (n_pad > 0)
    switch (f->align)
      {
      case '<': rpad = n_pad; break;
      case '^': lpad = n_pad / 2; rpad = n_pad - lpad; break;
      case '=': spad = n_pad; break;
      default: lpad = n_pad; break;
      }
  append_fill (out, f->fill, lpad);
  if (sign)
    g_string_append_c (out, sign);
  g_string_append (out, prefix);
  append_fill (out, f->fill, spad);
  g_string_append_len (out, grouped->str, (gssize) grouped->len);
  g_string_append_len (out, rest, rest_nbytes);
  append_fill (out, f->fill, rpad);
}

/* ---- float text (PyOS_double_to_string) ---- */

/* The correctly rounded significant digits of |v| (glibc's printf is
 * exact), without trailing zeros; decpt as in dtoa */
static int
sig_digits (double v, int ndigits, char *digits, int *decpt)
{
  char buf[512];
  int n = 0;
  const char *p = buf;

  snprintf (buf, sizeof buf, "%.*e", ndigits - 1, fabs (v));
  for (; *p && *p != 'e'; p++)
    if (g_ascii_isdigit (*p))
      digits[n++] = *p;
  *decpt = atoi (p + 1) + 1;
  while (n > 1 && digits[n - 1] == '0')
    n--;
  if (n == 1 && digits[0] == '0')
    *decpt = 1;
  digits[n] = '\0';
  return n;
}

static int
shortest_digits (double v, char *digits, int *decpt)
{
  char buf[64];
  int n = 0;

  for (int prec = 1; prec <= 17; prec++)
    {
      snprintf (buf, sizeof buf, "%.*e", prec - 1, v);
      if (strtod (buf, NULL) == v)
        {
          n = prec;
          break;
        }
    }
  return sig_digits (v, n > 0 ? n : 17, digits, decpt);
}

/* Digits rounded to @precision places after the point */
static char *
fixed_digits (double v, int precision, int *ndigits, int *decpt)
{
  g_autofree char *buf = g_strdup_printf ("%.*f", precision, fabs (v));
  GString *d = g_string_new (NULL);
  int intlen = 0;
  const char *p;

  for (p = buf; *p && *p != '.'; p++, intlen++)
    g_string_append_c (d, *p);
  if (*p == '.')
    g_string_append (d, p + 1);
  *decpt = intlen;
  while (d->len > 0 && d->str[0] == '0')
    {
      g_string_erase (d, 0, 1);
      (*decpt)--;
    }
  while (d->len > 0 && d->str[d->len - 1] == '0')
    g_string_truncate (d, d->len - 1);
  if (d->len == 0)
    {
      g_string_assign (d, "0");
      *decpt = 1;
    }
  *ndigits = (int) d->len;
  return g_string_free (d, FALSE);
}

char *
pml_double_to_string (double v, char code, int precision, guint flags)
{
  gboolean upper = g_ascii_isupper (code), alt = flags & PML_DTSF_ALT, add_dot_0 = flags & PML_DTSF_ADD_DOT_0;
  gboolean use_exp = FALSE, negative = signbit (v) != 0;
  g_autofree char *digits = NULL;
  int ndigits, decpt, exp = 0, vstart, vend;
  GString *out;

  code = g_ascii_tolower (code);
  if (isnan (v))
    return g_strdup (upper ? "NAN" : "nan");
  if (isinf (v))
    return g_strdup (negative ? (upper ? "-INF" : "-inf") : (upper ? "INF" : "inf"));
  if (code == 'g' && precision == 0)
    precision = 1;
  if (code == 'f')
    digits = fixed_digits (v, precision, &ndigits, &decpt);
  else
    {
      digits = g_malloc (precision + 40);
      if (code == 'r')
        ndigits = shortest_digits (v, digits, &decpt);
      else
        ndigits = sig_digits (v, code == 'e' ? precision + 1 : precision, digits, &decpt);
    }
  if ((flags & PML_DTSF_NO_NEG_0) && ndigits == 1 && digits[0] == '0')
    negative = FALSE;

  vend = ndigits;
  switch (code)
    {
    case 'e':
      use_exp = TRUE;
      vend = precision + 1;
      break;
    case 'f':
      vend = decpt + precision;
      break;
    case 'g':
      if (decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision))
        use_exp = TRUE;
      if (alt)
        vend = precision;
      break;
    default:
      if (decpt <= -4 || decpt > 16)
        use_exp = TRUE;
      break;
    }
  if (use_exp)
    {
      exp = decpt - 1;
      decpt = 1;
    }
  vstart = decpt <= 0 ? decpt - 1 : 0;
  if (!use_exp && add_dot_0)
    vend = MAX (vend, decpt + 1);
  else
    vend = MAX (vend, decpt);

  out = g_string_new (negative ? "-" : NULL);
  if (decpt <= 0)
    {
      for (int i = 0; i < decpt - vstart; i++)
        g_string_append_c (out, '0');
      g_string_append_c (out, '.');
      for (int i = 0; i < -decpt; i++)
        g_string_append_c (out, '0');
    }
  else
    for (int i = 0; i < -vstart; i++)
      g_string_append_c (out, '0');
  if (0 < decpt && decpt <= ndigits)
    {
      g_string_append_len (out, digits, decpt);
      g_string_append_c (out, '.');
      g_string_append_len (out, digits + decpt, ndigits - decpt);
    }
  else
    g_string_append_len (out, digits, ndigits);
  if (ndigits < decpt)
    {
      for (int i = 0; i < decpt - ndigits; i++)
        g_string_append_c (out, '0');
      g_string_append_c (out, '.');
      for (int i = 0; i < vend - decpt; i++)
        g_string_append_c (out, '0');
    }
  else
    for (int i = 0; i < vend - ndigits; i++)
      g_string_append_c (out, '0');
  if (out->str[out->len - 1] == '.' && !alt)
    g_string_truncate (out, out->len - 1);
  if (use_exp)
    g_string_append_printf (out, "%c%c%02d", upper ? 'E' : 'e', exp < 0 ? '-' : '+', ABS (exp));
  return g_string_free (out, FALSE);
}

/* ---- int, float and str __format__ ---- */

static guint64 dtoa_buffer (const char *text);
static PmlObj *long_format (PmlObj *v, int base);

static guint64 decimal_scratch (PmlObj *v);

/* long_to_decimal_string's two checks of the limit on decimal digits:
 * a size that is clearly past it fails at once, otherwise the digits are
 * counted once converted (over a scratch int, allocated then freed) */
static gboolean
decimal_too_long (PmlObj *v, const char *digits)
{
  int limit = VM->int_max_str_digits;
  guint64 size_a = (pml_bigint_bit_length (v->u.i.big) + 29) / 30;
  gsize n;

  if (limit <= 0)
    return FALSE;
  if (digits == NULL)
    return size_a >= 10 * PML_INT_STR_DIGITS_CHECK_THRESHOLD / (3 * 30) + 2 && size_a >= 11
           && (guint64) (limit / (3 * 30)) <= (size_a - 11) / 10;
  n = strlen (digits);
  if (n <= PML_INT_STR_DIGITS_CHECK_THRESHOLD || n <= (gsize) limit)
    return FALSE;
  pml_mem_free (decimal_scratch (v));
  return TRUE;
}

/* The digits of @v in @base, NULL with a ValueError past the limit on
 * decimal digits */
static char *
int_digits (PmlObj *v, int base, gboolean *negative)
{
  static const char hex[] = "0123456789abcdef";
  GString *out = g_string_new (NULL);

  if (v->kind == K_INT && v->u.i.big)
    {
      PmlBigint *a;

      *negative = pml_bigint_sign (v->u.i.big) < 0;
      if (base == 10)
        {
          char *s = NULL;

          g_string_free (out, TRUE);
          if (!decimal_too_long (v, NULL))
            {
              a = pml_bigint_abs (v->u.i.big);
              s = pml_bigint_to_decimal (a);
              pml_bigint_free (a);
              if (!decimal_too_long (v, s))
                return s;
              g_free (s);
            }
          pml_err_set (T_VALUE_ERROR, "Exceeds the limit (%d digits) for integer string conversion; "
                       "use sys.set_int_max_str_digits() to increase the limit", VM->int_max_str_digits);
          return NULL;
        }
      a = pml_bigint_abs (v->u.i.big);
      {
        int bits = base == 2 ? 1 : base == 8 ? 3 : 4, chunk = 60 / bits;
        PmlBigint *div = pml_bigint_from_i64 ((gint64) 1 << (bits * chunk));

        while (pml_bigint_sign (a) > 0)
          {
            PmlBigint *q = NULL, *r = NULL;
            gint64 low = 0;

            pml_bigint_divmod (a, div, &q, &r);
            pml_bigint_to_i64 (r, &low);
            for (int i = 0; i < chunk; i++)
              {
                g_string_append_c (out, hex[low & (base - 1)]);
                low >>= bits;
              }
            pml_bigint_free (r);
            pml_bigint_free (a);
            a = q;
          }
        pml_bigint_free (a);
        pml_bigint_free (div);
        while (out->len > 1 && out->str[out->len - 1] == '0')
          g_string_truncate (out, out->len - 1);
      }
    }
  else
    {
      gint64 i = v->kind == K_BOOL ? (v == TRUE_) : v->u.i.v;
      guint64 u = i < 0 ? (guint64) 0 - (guint64) i : (guint64) i;

      *negative = i < 0;
      do
        {
          g_string_append_c (out, hex[u % (guint64) base]);
          u /= (guint64) base;
        }
      while (u != 0);
    }
  g_strreverse (out->str);
  return g_string_free (out, FALSE);
}

/* long_to_decimal_string's scratch int (base 10**9 digits): allocated
 * before the text is, freed after */
static guint64
decimal_scratch (PmlObj *v)
{
  guint64 bits, size_a, size;

  if (v->kind == K_INT && v->u.i.big)
    bits = pml_bigint_bit_length (v->u.i.big);
  else
    {
      gint64 i = v->kind == K_BOOL ? (v == TRUE_) : v->u.i.v;
      guint64 u = i < 0 ? (guint64) 0 - (guint64) i : (guint64) i;

      bits = u ? g_bit_storage (u) : 0;
    }
  size_a = (bits + 29) / 30;
  size = 1 + size_a + size_a / 99;
  return pml_mem_alloc (24 + 4 * size);
}

/* _PyLong_FormatWriter: the digits straight into the writer */
static gboolean
write_int (Writer *w, PmlObj *v, int base, gboolean alternate)
{
  gboolean negative, ok;
  g_autofree char *digits = int_digits (v, base, &negative);
  g_autofree char *text = NULL;
  guint64 scratch;

  if (digits == NULL)
    return FALSE;
  text = g_strconcat (negative ? "-" : "", !alternate || base == 10 ? "" : base == 2 ? "0b" : base == 8 ? "0o" : "0x",
                      digits, NULL);
  scratch = base == 10 ? decimal_scratch (v) : 1;
  if (scratch == 0)
    return FALSE;
  ok = writer_write (w, text, -1, 127);
  if (base == 10)
    pml_mem_free (scratch);
  return ok;
}

static gboolean
format_float_text (GString *out, double val, PmlFormatSpec *f, Writer *w, gboolean *done);

/* format_long_internal */
static gboolean
format_int_text (GString *out, PmlObj *v, PmlFormatSpec *f, const char *type_name, Writer *w, gboolean *done)
{
  int base = 10;
  const char *prefix = "";
  gboolean negative = FALSE;
  g_autofree char *digits = NULL;

  switch (f->type)
    {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
      {
        gboolean ok = TRUE;
        double d = pml_number_as_double (v, &ok);

        if (!ok)
          return FALSE;
        return format_float_text (out, d, f, w, done);
      }
    default:
      {
        g_autofree char *msg = unknown_code (f->type, type_name);

        pml_err_set (T_VALUE_ERROR, "%s", msg);
        return FALSE;
      }
    }
  if (f->precision != -1)
    {
      pml_err_set (T_VALUE_ERROR, "Precision not allowed in integer format specifier");
      return FALSE;
    }
  if (f->no_neg_0)
    {
      pml_err_set (T_VALUE_ERROR, "Negative zero coercion (z) not allowed in integer format specifier");
      return FALSE;
    }
  if (f->type == 'c')
    {
      gint64 x;
      char buf[8];

      if (f->sign != 0)
        {
          pml_err_set (T_VALUE_ERROR, "Sign not allowed with integer format specifier 'c'");
          return FALSE;
        }
      if (f->alternate)
        {
          pml_err_set (T_VALUE_ERROR, "Alternate form (#) not allowed with integer format specifier 'c'");
          return FALSE;
        }
      if (!pml_int_as_i64 (v, &x))
        {
          pml_err_set (T_OVERFLOW_ERROR, "Python int too large to convert to C long");
          return FALSE;
        }
      if (x < 0 || x > 0x10ffff)
        {
          pml_err_set (T_OVERFLOW_ERROR, "%%c arg not in range(0x110000)");
          return FALSE;
        }
      render_number (out, f, FALSE, "", "", 0, buf, g_unichar_to_utf8 ((gunichar) x, buf), 0, 0);
      return TRUE;
    }
  switch (f->type)
    {
    case 'b': base = 2; prefix = "0b"; break;
    case 'o': base = 8; prefix = "0o"; break;
    case 'x': base = 16; prefix = "0x"; break;
    case 'X': base = 16; prefix = "0X"; break;
    default: break;
    }
  digits = int_digits (v, base, &negative);
  if (digits == NULL)
    return FALSE;
  if (f->type == 'X')
    for (char *p = digits; *p; p++)
      *p = g_ascii_toupper (*p);
  if (f->sign != '+' && f->sign != ' ' && f->width == -1 && f->type != 'X' && f->type != 'n'
      && !f->grouping && v->kind == K_INT)
    {
      /* the fast path: straight into the writer */
      *done = TRUE;
      return write_int (w, v, base, f->alternate);
    }
  {
    /* _PyLong_Format's string, the digits are taken from, lives until
     * the result is written */
    PmlObj *tmp;
    gboolean ok;

    tmp = long_format (v, base);
    if (tmp == NULL)
      return FALSE;
    render_number (out, f, negative, f->alternate ? prefix : "", digits, strlen (digits), "", 0,
                   f->grouping == ',' ? 3 : f->grouping == '_' ? (base == 10 ? 3 : 4) : 0, f->grouping);
    ok = writer_write (w, out->str, (gssize) out->len, utf8_maxchar (out->str, out->len, NULL));
    pml_decref (tmp);
    *done = TRUE;
    return ok;
  }
}

/* PyOS_double_to_string's buffer (PyMem_Malloc): as large as
 * format_float_short asks, from the text it made */
static guint64
dtoa_buffer (const char *text)
{
  gsize digits = 0;
  gboolean exp = FALSE;

  if (!g_ascii_isdigit (text[*text == '-']))
    return pml_mem_alloc (5);
  for (const char *p = text; *p && !exp; p++)
    if (*p == 'e' || *p == 'E')
      exp = TRUE;
    else if (g_ascii_isdigit (*p))
      digits++;
  return pml_mem_alloc (3 + digits + (exp ? 5 : 0));
}

/* format_float_internal */
static gboolean
format_float_text (GString *out, double val, PmlFormatSpec *f, Writer *w, gboolean *done)
{
  gunichar type = f->type;
  int precision = (int) f->precision, default_precision = 6;
  guint flags = 0;
  gboolean add_pct = FALSE, negative;
  g_autofree char *text = NULL;
  const char *p;
  gsize n_digits = 0;
  guint64 buf;
  g_autoptr(GString) rest = g_string_new (NULL);

  if (f->precision > G_MAXINT)
    {
      pml_err_set (T_VALUE_ERROR, "precision too big");
      return FALSE;
    }
  if (f->alternate)
    flags |= PML_DTSF_ALT;
  if (f->no_neg_0)
    flags |= PML_DTSF_NO_NEG_0;
  if (type == 0)
    {
      flags |= PML_DTSF_ADD_DOT_0;
      type = 'r';
      default_precision = 0;
    }
  if (type == 'n')
    type = 'g';
  if (type == '%')
    {
      type = 'f';
      val *= 100;
      add_pct = TRUE;
    }
  if (precision < 0)
    precision = default_precision;
  else if (type == 'r')
    type = 'g';
  text = pml_double_to_string (val, (char) type, precision, flags);
  if (add_pct)
    {
      char *t = g_strconcat (text, "%", NULL);

      g_free (text);
      text = t;
    }
  buf = dtoa_buffer (text);
  if (buf == 0)
    return FALSE;
  if (f->sign != '+' && f->sign != ' ' && f->width == -1 && f->type != 'n' && !f->grouping)
    {
      gboolean ok = writer_write_ascii (w, text, -1);

      pml_mem_free (buf);
      *done = TRUE;
      return ok;
    }
  {
    /* the text as a str, alive with the buffer until the result is written */
    PmlObj *tmp = pml_str_new (text, -1);
    gboolean ok;

    pml_mem_free (buf);
    if (tmp == NULL)
      return FALSE;
    p = text;
    negative = *p == '-';
    if (negative)
      p++;
    while (g_ascii_isdigit (p[n_digits]))
      n_digits++;
    g_string_append (rest, p + n_digits);
    render_number (out, f, negative, "", p, n_digits, rest->str, -1, f->grouping ? 3 : 0, f->grouping);
    ok = writer_write (w, out->str, (gssize) out->len, utf8_maxchar (out->str, out->len, NULL));
    pml_decref (tmp);
    *done = TRUE;
    return ok;
  }
}

/* one part of a complex: [sign]digits[rest], unpadded */
static void
complex_part (GString *out, double v, char type, int precision, guint flags, const PmlFormatSpec *f, char sign)
{
  g_autofree char *text = pml_double_to_string (v, type, precision, flags);
  PmlFormatSpec part = *f;
  const char *p = text;
  gboolean negative = *p == '-';
  gsize n_digits = 0;

  if (negative)
    p++;
  while (g_ascii_isdigit (p[n_digits]))
    n_digits++;
  part.sign = sign;
  part.width = -1;
  part.align = '<';
  render_number (out, &part, negative, "", p, n_digits, p + n_digits, -1, f->grouping ? 3 : 0, f->grouping);
}

/* format_complex_internal: both parts with the same type and precision,
   the imaginary one signed, padded together */
static gboolean
format_complex_text (GString *out, PmlObj *v, const char *spec, gsize nbytes)
{
  PmlFormatSpec f;
  g_autofree char *error = NULL;
  g_autoptr(GString) body = g_string_new (NULL);
  double re = v->u.c.re, im = v->u.c.im;
  gunichar type;
  int precision, default_precision = 6;
  guint flags = 0;
  gboolean skip_re = FALSE, parens = FALSE;
  gint64 n, pad;

  if (!pml_format_spec_parse (spec, nbytes, "complex", 0, '>', &f, &error))
    {
      pml_err_set (T_VALUE_ERROR, "%s", error);
      return FALSE;
    }
  type = f.type;
  switch (type)
    {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
      break;
    default:
      {
        g_autofree char *msg = unknown_code (type, "complex");

        pml_err_set (T_VALUE_ERROR, "%s", msg);
        return FALSE;
      }
    }
  if (f.fill == '0')
    {
      pml_err_set (T_VALUE_ERROR, "Zero padding is not allowed in complex format specifier");
      return FALSE;
    }
  if (f.align == '=')
    {
      pml_err_set (T_VALUE_ERROR, "'=' alignment flag is not allowed in complex format specifier");
      return FALSE;
    }
  if (f.alternate)
    flags |= PML_DTSF_ALT;
  if (f.no_neg_0)
    flags |= PML_DTSF_NO_NEG_0;
  if (type == 0)
    {
      type = 'r';
      default_precision = 0;
      if (re == 0 && copysign (1.0, re) == 1.0)
        skip_re = TRUE;
      else
        parens = TRUE;
    }
  if (type == 'n')
    type = 'g';
  precision = f.precision < 0 ? default_precision : (int) f.precision;
  if (f.precision >= 0 && type == 'r')
    type = 'g';
  if (parens)
    g_string_append_c (body, '(');
  if (!skip_re)
    complex_part (body, re, (char) type, precision, flags, &f, f.sign);
  complex_part (body, im, (char) type, precision, flags, &f, skip_re ? f.sign : '+');
  g_string_append_c (body, 'j');
  if (parens)
    g_string_append_c (body, ')');
  n = (gint64) utf8_len (body->str, body->len);
  pad = f.width > n ? f.width - n : 0;
  if (f.fill == 0)
    f.fill = ' ';
  append_fill (out, f.fill, f.align == '<' ? 0 : f.align == '^' ? pad / 2 : pad);
  g_string_append_len (out, body->str, (gssize) body->len);
  append_fill (out, f.fill, f.align == '<' ? pad : f.align == '^' ? pad - pad / 2 : 0);
  return TRUE;
}

/* format_string_internal */
static gboolean
format_str_text (GString *out, PmlObj *s, PmlFormatSpec *f, Writer *w, gboolean *done)
{
  gint64 len = (gint64) s->u.s.len, total, lpad, rpad;
  const char *end;

  if (f->sign != 0)
    {
      pml_err_set (T_VALUE_ERROR, f->sign == ' ' ? "Space not allowed in string format specifier"
                   : "Sign not allowed in string format specifier");
      return FALSE;
    }
  if (f->no_neg_0)
    {
      pml_err_set (T_VALUE_ERROR, "Negative zero coercion (z) not allowed in string format specifier");
      return FALSE;
    }
  if (f->alternate)
    {
      pml_err_set (T_VALUE_ERROR, "Alternate form (#) not allowed in string format specifier");
      return FALSE;
    }
  if (f->align == '=')
    {
      pml_err_set (T_VALUE_ERROR, "'=' alignment not allowed in string format specifier");
      return FALSE;
    }
  if ((f->width == -1 || f->width <= len) && (f->precision == -1 || f->precision >= len))
    {
      *done = TRUE;
      return writer_write_str (w, s);
    }
  if (f->precision >= 0 && len >= f->precision)
    len = f->precision;
  total = f->width >= 0 && f->width > len ? f->width : len;
  lpad = f->align == '>' ? total - len : f->align == '^' ? (total - len) / 2 : 0;
  rpad = total - len - lpad;
  end = g_utf8_offset_to_pointer (s->u.s.s, (glong) len);
  append_fill (out, f->fill, lpad);
  g_string_append_len (out, s->u.s.s, end - s->u.s.s);
  append_fill (out, f->fill, rpad);
  return TRUE;
}

/* The built-in __format__ of int, bool, float and str, into @w */
static gboolean
format_builtin_into (Writer *w, PmlObj *v, const char *spec, gsize nbytes)
{
  PmlFormatSpec f;
  g_autofree char *error = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean ok, done = FALSE;
  const char *tname = pml_type_name (v);
  char default_type = v->kind == K_STR ? 's' : v->kind == K_FLOAT ? 0 : 'd';

  if (v->kind == K_COMPLEX)
    {
      if (!format_complex_text (out, v, spec, nbytes))
        return FALSE;
      return writer_write (w, out->str, (gssize) out->len, utf8_maxchar (out->str, out->len, NULL));
    }
  if (!pml_format_spec_parse (spec, nbytes, tname, default_type, v->kind == K_STR ? '<' : '>', &f, &error))
    {
      pml_err_set (T_VALUE_ERROR, "%s", error);
      return FALSE;
    }
  if (v->kind == K_STR)
    {
      if (f.type != 's')
        {
          g_autofree char *msg = unknown_code (f.type, tname);

          pml_err_set (T_VALUE_ERROR, "%s", msg);
          return FALSE;
        }
      ok = format_str_text (out, v, &f, w, &done);
    }
  else if (v->kind == K_FLOAT)
    {
      switch (f.type)
        {
        case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
          ok = format_float_text (out, v->u.f, &f, w, &done);
          break;
        default:
          {
            g_autofree char *msg = unknown_code (f.type, tname);

            pml_err_set (T_VALUE_ERROR, "%s", msg);
            return FALSE;
          }
        }
    }
  else
    ok = format_int_text (out, v, &f, tname, w, &done);
  if (!ok)
    return FALSE;
  if (done)
    return TRUE;
  return writer_write (w, out->str, (gssize) out->len, utf8_maxchar (out->str, out->len, NULL));
}

/* ---- PyObject_Format ---- */

/* A host-only str for a dunder name: CPython's are static, so looking
 * one up makes no simulated string */
static void
name_key (PmlObj *key, const char *name)
{
  memset (key, 0, sizeof *key);
  key->type = TYPE (T_STR);
  key->kind = K_STR;
  key->refcnt = 1;
  key->flags = OBJ_STATIC;
  key->u.s.s = (char *) name;
  key->u.s.len = key->u.s.nbytes = strlen (name);
  key->u.s.skind = PML_STR_ASCII;
  key->u.s.hash = -1;
}

static PmlObj *
lookup_special (PmlObj *o, const char *name)
{
  PmlObj key, *v;

  if (o->kind != K_INSTANCE || o->type->u.ty.builtin)
    return NULL;
  name_key (&key, name);
  v = pml_type_lookup (o->type, &key);
  /* object's own method: the built-in path below does its work */
  if (v != NULL && v == pml_builtin_type_attr (TYPE (T_OBJECT), name))
    return NULL;
  return v;
}

static PmlObj *
call_user_format (PmlObj *value, PmlObj *func, PmlObj *spec)
{
  PmlObj *m, *r;

  /* _PyObject_LookupSpecial binds the function: a method object */
  if (func->kind == K_FUNCTION)
    {
      m = pml_obj_new (TYPE (T_METHOD), K_METHOD, 16 + 48, TRUE);
      if (m == NULL)
        return NULL;
      m->u.m.func = pml_incref (func);
      m->u.m.self = pml_incref (value);
      pml_gc_track (m);
    }
  else
    m = pml_incref (func);
  r = pml_call_from_c (m, &spec, 1);
  pml_decref (m);
  if (r != NULL && r->kind != K_STR)
    {
      pml_err_set (T_TYPE_ERROR, "__format__ must return a str, not %s", pml_type_name (r));
      PML_CLEAR (r);
    }
  return r;
}

static gboolean
is_builtin_formattable (PmlObj *v)
{
  return v->kind == K_INT || v->kind == K_BOOL || v->kind == K_FLOAT || v->kind == K_STR || v->kind == K_COMPLEX;
}

/* int/float/str.__format__: a plain writer for the one result */
static PmlObj *
format_builtin (PmlObj *v, PmlObj *spec)
{
  Writer w;

  if (spec->u.s.len == 0)
    return pml_str (v);
  writer_init (&w, FALSE, 0);
  if (!format_builtin_into (&w, v, spec->u.s.s, spec->u.s.nbytes))
    {
      writer_clear (&w);
      return NULL;
    }
  return writer_finish (&w);
}

/* _PyObject_LookupSpecial of a C method binds it: a builtin method
 * object (16 + 56 bytes), dropped after the call */
static PmlObj *
bind_builtin (PmlObj *self, const char *name)
{
  PmlObj *meth = pml_obj_new (TYPE (T_BUILTIN), K_BUILTIN, 16 + 56, TRUE);

  if (meth == NULL)
    return NULL;
  meth->u.bf.name = name;
  meth->u.bf.self = pml_incref (self);
  pml_gc_track (meth);
  return meth;
}

static PmlObj *
native_format_method (PmlObj *value)
{
  for (PmlObj *t = value->type; t != NULL; t = t->u.ty.base)
    if (t->u.ty.tp != NULL && t->u.ty.tp->methods != NULL)
      for (const PmlMethodDef *m = t->u.ty.tp->methods; m->name != NULL; m++)
        if (strcmp (m->name, "__format__") == 0)
          return pml_builtin_method_lookup (value, "__format__");
  return NULL;
}

PmlObj *
pml_format (PmlObj *value, PmlObj *spec)
{
  PmlObj *func, *meth, *r;

  if (spec->kind != K_STR)
    return pml_err_set (T_TYPE_ERROR, "Format specifier must be a string, not %s", pml_type_name (spec));
  if (spec->u.s.len == 0 && ((value->kind == K_STR && value->type == TYPE (T_STR))
                             || (value->kind == K_INT && value->type == TYPE (T_INT))))
    return value->kind == K_STR ? pml_incref (value) : pml_str (value);
  func = lookup_special (value, "__format__");
  if (func != NULL)
    return call_user_format (value, func, spec);
  /* a C module's type with a __format__ of its own (datetime.date) */
  if (value->kind == K_NATIVE && (func = native_format_method (value)) != NULL)
    {
      r = pml_call_from_c (func, &spec, 1);
      pml_decref (func);
      return r;
    }
  meth = bind_builtin (value, "__format__");
  if (meth == NULL)
    return NULL;
  if (is_builtin_formattable (value))
    r = format_builtin (value, spec);
  else if (spec->u.s.len > 0)
    /* object.__format__ */
    r = pml_err_set (T_TYPE_ERROR, "unsupported format string passed to %s.__format__", pml_type_name (value));
  else
    r = pml_str (value);
  pml_decref (meth);
  return r;
}

/* ascii(): repr with non-ASCII characters escaped */
PmlObj *
pml_ascii_of (PmlObj *v)
{
  PmlObj *r = pml_repr (v);
  GString *out;
  gsize n;

  if (r == NULL || r->u.s.skind == PML_STR_ASCII)
    return r;
  out = g_string_new (NULL);
  for (const char *p = r->u.s.s; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 128)
        g_string_append_c (out, (char) c);
      else if (c < 256)
        g_string_append_printf (out, "\\x%02x", c);
      else if (c < 65536)
        g_string_append_printf (out, "\\u%04x", c);
      else
        g_string_append_printf (out, "\\U%08x", c);
    }
  pml_decref (r);
  n = out->len;
  return pml_str_new_take (g_string_free (out, FALSE), n);
}

static PmlObj *
convert (PmlObj *v, gunichar conversion)
{
  switch (conversion)
    {
    case 'r': return pml_repr (v);
    case 's': return pml_str (v);
    case 'a': return pml_ascii_of (v);
    default:
      if (conversion > 32 && conversion < 127)
        return pml_err_set (T_VALUE_ERROR, "Unknown conversion specifier %c", (char) conversion);
      return pml_err_set (T_VALUE_ERROR, "Unknown conversion specifier \\x%x", (unsigned) conversion);
    }
}

/* FORMAT_VALUE: the conversion, then format(value, spec) */
PmlObj *
pml_format_value (PmlObj *value, int oparg, PmlObj *spec)
{
  PmlObj *v, *r;

  switch (oparg & PML_FVC_MASK)
    {
    case PML_FVC_STR: v = pml_str (value); break;
    case PML_FVC_REPR: v = pml_repr (value); break;
    case PML_FVC_ASCII: v = pml_ascii_of (value); break;
    default: v = pml_incref (value); break;
    }
  if (v == NULL)
    return NULL;
  if (v->kind == K_STR && spec == NULL)
    return v;
  if (spec == NULL)
    spec = VM->empty_str;
  r = pml_format (v, spec);
  pml_decref (v);
  return r;
}

PmlObj *
pml_builtin_format (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) self;
  if (kwnames != NULL && kwnames->u.t.n > 0)
    return pml_err_set (T_TYPE_ERROR, "format() takes no keyword arguments");
  if (nargs < 1 || nargs > 2)
    return pml_err_set (T_TYPE_ERROR, nargs < 1 ? "format expected at least 1 argument, got %zu"
                        : "format expected at most 2 arguments, got %zu", nargs);
  if (nargs == 2 && args[1]->kind != K_STR)
    return pml_err_set (T_TYPE_ERROR, "format() argument 2 must be str, not %s", pml_type_name (args[1]));
  return pml_format (args[0], nargs == 2 ? args[1] : VM->empty_str);
}

/* ---- str.format ---- */

typedef struct
{
  const gunichar *s;       /* the whole format string */
  glong     len;
  PmlObj   *args;          /* tuple */
  PmlObj   *kwargs;        /* dict, or NULL */
  int       an_state;      /* 0 not yet known, 1 automatic, 2 manual */
  gint64    an_next;
} FormatCtx;

static PmlObj *
ucs4_str (const gunichar *s, glong start, glong end)
{
  glong n = 0;
  char *utf8 = g_ucs4_to_utf8 (s + start, end - start, NULL, &n, NULL);

  return pml_str_new_take (utf8, (gsize) n);
}

static gboolean
ucs4_write (Writer *w, const gunichar *s, glong start, glong end)
{
  glong n = 0;
  g_autofree char *utf8 = NULL;
  gunichar max = 0;

  if (end <= start)
    return TRUE;
  utf8 = g_ucs4_to_utf8 (s + start, end - start, NULL, &n, NULL);
  for (glong i = start; i < end; i++)
    max = MAX (max, s[i]);
  return writer_write (w, utf8, n, max);
}

/* get_integer of a SubString: -1 not a number, -2 error set */
static gint64
substring_integer (const gunichar *s, glong start, glong end)
{
  gint64 acc = 0;

  if (start >= end)
    return -1;
  for (glong i = start; i < end; i++)
    {
      int d;

      if (s[i] < '0' || s[i] > '9')
        return -1;
      d = (int) (s[i] - '0');
      if (acc > (G_MAXSSIZE - d) / 10)
        {
          pml_err_set (T_VALUE_ERROR, "Too many decimal digits in format string");
          return -2;
        }
      acc = acc * 10 + d;
    }
  return acc;
}

static PmlObj *
key_error (PmlObj *key)
{
  PmlObj *t = pml_tuple_pack (1, key), *exc = t ? pml_err_new (TYPE (T_KEY_ERROR), t) : NULL;

  pml_xdecref (t);
  if (exc != NULL)
    pml_err_set_obj (exc);
  return NULL;
}

/* get_field_object */
static PmlObj *
field_object (FormatCtx *c, glong start, glong end)
{
  const gunichar *s = c->s;
  glong first_end = start, pos;
  gint64 index;
  gboolean empty;
  PmlObj *obj;

  while (first_end < end && s[first_end] != '.' && s[first_end] != '[')
    first_end++;
  index = substring_integer (s, start, first_end);
  if (index == -2)
    return NULL;
  empty = first_end == start;
  if (empty || index != -1)
    {
      if (c->an_state == 0)
        c->an_state = empty ? 1 : 2;
      if (c->an_state == 2 && empty)
        return pml_err_set (T_VALUE_ERROR, "cannot switch from manual field specification to automatic field numbering");
      if (c->an_state == 1 && !empty)
        return pml_err_set (T_VALUE_ERROR, "cannot switch from automatic field numbering to manual field specification");
      if (empty)
        index = c->an_next++;
    }
  if (index == -1)
    {
      PmlObj *key = ucs4_str (s, start, first_end);

      if (key == NULL)
        return NULL;
      if (c->kwargs == NULL)
        obj = key_error (key);
      else
        obj = pml_getitem (c->kwargs, key);
      pml_decref (key);
      if (obj == NULL)
        return NULL;
    }
  else
    {
      if (c->args == NULL)
        return pml_err_set (T_VALUE_ERROR, "Format string contains positional fields");
      if ((guint64) index >= c->args->u.t.n)
        return pml_err_set (T_INDEX_ERROR, "Replacement index %" G_GINT64_FORMAT " out of range for positional args tuple", index);
      obj = pml_incref (c->args->u.t.items[index]);
    }
  pos = first_end;
  while (pos < end)
    {
      gunichar ch = s[pos++];
      glong name_start = pos, name_end;
      PmlObj *key, *next;

      if (ch == '.')
        {
          while (pos < end && s[pos] != '.' && s[pos] != '[')
            pos++;
          name_end = pos;
        }
      else if (ch == '[')
        {
          while (pos < end && s[pos] != ']')
            pos++;
          if (pos >= end)
            {
              pml_decref (obj);
              return pml_err_set (T_VALUE_ERROR, "Missing ']' in format string");
            }
          name_end = pos++;
        }
      else
        {
          pml_decref (obj);
          return pml_err_set (T_VALUE_ERROR, "Only '.' or '[' may follow ']' in format field specifier");
        }
      index = ch == '[' ? substring_integer (s, name_start, name_end) : -1;
      if (index == -2)
        {
          pml_decref (obj);
          return NULL;
        }
      if (name_start == name_end)
        {
          pml_decref (obj);
          return pml_err_set (T_VALUE_ERROR, "Empty attribute in format string");
        }
      key = index >= 0 ? pml_int_new (index) : ucs4_str (s, name_start, name_end);
      if (key == NULL)
        {
          pml_decref (obj);
          return NULL;
        }
      next = ch == '.' ? pml_getattr (obj, key) : pml_getitem (obj, key);
      pml_decref (key);
      pml_decref (obj);
      if (next == NULL)
        return NULL;
      obj = next;
    }
  return obj;
}

/* parse_field: from just after '{', to just after the matching '}' */
static gboolean
parse_field (const gunichar *s, glong *pos, glong end, glong *name_end, glong *spec_start,
             glong *spec_end, gboolean *expand, gunichar *conversion)
{
  gunichar ch = 0;

  *conversion = 0;
  *spec_start = *spec_end = -1;
  while (*pos < end)
    {
      ch = s[(*pos)++];
      if (ch == '{')
        {
          pml_err_set (T_VALUE_ERROR, "unexpected '{' in field name");
          return FALSE;
        }
      if (ch == '[')
        {
          while (*pos < end && s[*pos] != ']')
            (*pos)++;
          continue;
        }
      if (ch == '}' || ch == ':' || ch == '!')
        break;
    }
  *name_end = *pos - 1;
  if (ch == '!' || ch == ':')
    {
      int count = 1;

      if (ch == '!')
        {
          if (*pos >= end)
            {
              pml_err_set (T_VALUE_ERROR, "end of string while looking for conversion specifier");
              return FALSE;
            }
          *conversion = s[(*pos)++];
          if (*pos < end)
            {
              ch = s[(*pos)++];
              if (ch == '}')
                return TRUE;
              if (ch != ':')
                {
                  pml_err_set (T_VALUE_ERROR, "expected ':' after conversion specifier");
                  return FALSE;
                }
            }
        }
      *spec_start = *pos;
      while (*pos < end)
        {
          ch = s[(*pos)++];
          if (ch == '{')
            {
              *expand = TRUE;
              count++;
            }
          else if (ch == '}' && --count == 0)
            {
              *spec_end = *pos - 1;
              return TRUE;
            }
        }
      pml_err_set (T_VALUE_ERROR, "unmatched '{' in format spec");
      return FALSE;
    }
  if (ch != '}')
    {
      pml_err_set (T_VALUE_ERROR, "expected '}' before end of string");
      return FALSE;
    }
  return TRUE;
}

static PmlObj *build_string (FormatCtx *c, glong start, glong end, int depth);

/* render_field: int, float and str straight into the writer */
static gboolean
render_field (Writer *w, PmlObj *v, PmlObj *spec_obj, const gunichar *s, glong spec_start, glong spec_end)
{
  g_autofree char *spec = NULL;
  glong nbytes = 0;
  PmlObj *r;
  gboolean ok;

  if (spec_obj != NULL)
    {
      spec = g_strndup (spec_obj->u.s.s, spec_obj->u.s.nbytes);
      nbytes = (glong) spec_obj->u.s.nbytes;
    }
  else if (spec_start >= 0 && spec_end > spec_start)
    spec = g_ucs4_to_utf8 (s + spec_start, spec_end - spec_start, NULL, &nbytes, NULL);
  if (v->kind == K_STR || v->kind == K_FLOAT || (v->kind == K_INT && v->type == TYPE (T_INT)))
    {
      if (nbytes > 0)
        return format_builtin_into (w, v, spec, (gsize) nbytes);
      if (v->kind == K_STR)
        return writer_write_str (w, v);
      if (v->kind == K_INT)
        return write_int (w, v, 10, FALSE);
      r = pml_str (v);
      if (r == NULL)
        return FALSE;
      ok = writer_write_str (w, r);
      pml_decref (r);
      return ok;
    }
  if (spec_obj != NULL)
    spec_obj = pml_incref (spec_obj);
  else if (nbytes > 0)
    spec_obj = pml_str_new (spec, nbytes);
  else
    spec_obj = pml_incref (VM->empty_str);
  if (spec_obj == NULL)
    return FALSE;
  r = pml_format (v, spec_obj);
  pml_decref (spec_obj);
  if (r == NULL)
    return FALSE;
  ok = writer_write_str (w, r);
  pml_decref (r);
  return ok;
}

static gboolean
build_into (FormatCtx *c, Writer *w, glong start, glong end, int depth)
{
  const gunichar *s = c->s;
  glong pos = start;

  while (pos < end)
    {
      glong lit_start = pos, len, name_end, spec_start, spec_end;
      gunichar ch = 0, conversion;
      gboolean markup = FALSE, at_end, expand = FALSE;
      PmlObj *obj, *spec_obj = NULL;
      gboolean ok;

      while (pos < end)
        {
          ch = s[pos++];
          if (ch == '{' || ch == '}')
            {
              markup = TRUE;
              break;
            }
        }
      at_end = pos >= end;
      len = pos - lit_start;
      if (markup && ch == '}' && (at_end || s[pos] != '}'))
        {
          pml_err_set (T_VALUE_ERROR, "Single '}' encountered in format string");
          return FALSE;
        }
      if (markup && at_end && ch == '{')
        {
          pml_err_set (T_VALUE_ERROR, "Single '{' encountered in format string");
          return FALSE;
        }
      if (!at_end && markup)
        {
          if (s[pos] == ch)
            {
              pos++;
              markup = FALSE;
            }
          else
            len--;
        }
      /* the last piece is written exactly: a lone string is shared */
      if (!markup && pos >= end)
        w->overallocate = FALSE;
      if (!ucs4_write (w, s, lit_start, lit_start + len))
        return FALSE;
      if (!markup)
        continue;
      {
        glong name_start = pos;

        if (!parse_field (s, &pos, end, &name_end, &spec_start, &spec_end, &expand, &conversion))
          return FALSE;
        if (pos >= end)
          w->overallocate = FALSE;
        obj = field_object (c, name_start, name_end);
      }
      if (obj == NULL)
        return FALSE;
      if (conversion != 0)
        {
          PmlObj *t = convert (obj, conversion);

          pml_decref (obj);
          if (t == NULL)
            return FALSE;
          obj = t;
        }
      if (expand)
        {
          spec_obj = build_string (c, spec_start, spec_end, depth - 1);
          if (spec_obj == NULL)
            {
              pml_decref (obj);
              return FALSE;
            }
        }
      ok = render_field (w, obj, spec_obj, s, spec_start, spec_end);
      pml_xdecref (spec_obj);
      pml_decref (obj);
      if (!ok)
        return FALSE;
    }
  return TRUE;
}

/* build_string: an over-allocating writer, its buffer 100 longer than
 * the format string */
static PmlObj *
build_string (FormatCtx *c, glong start, glong end, int depth)
{
  Writer w;

  if (depth <= 0)
    return pml_err_set (T_VALUE_ERROR, "Max string recursion exceeded");
  writer_init (&w, TRUE, (gsize) c->len + 100);
  if (!build_into (c, &w, start, end, depth))
    {
      writer_clear (&w);
      return NULL;
    }
  return writer_finish (&w);
}

/* str.format(*args, **kwargs): METH_VARARGS | METH_KEYWORDS, so the
 * call packs a tuple and a dict */
PmlObj *
pml_str_format (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gsize nkw = kwnames ? kwnames->u.t.n : 0;
  FormatCtx c = { 0 };
  g_autofree gunichar *text = NULL;
  PmlObj *r;

  if (self == NULL)
    {
      if (nargs == 0 || args[0]->kind != K_STR)
        return pml_err_set (T_TYPE_ERROR, "descriptor 'format' for 'str' objects doesn't apply to a '%s' object",
                            nargs ? pml_type_name (args[0]) : "NoneType");
      self = args[0];
      args++;
      nargs--;
    }
  c.args = pml_tuple_from_array (args, nargs - nkw);
  if (c.args == NULL)
    return NULL;
  if (nkw > 0)
    {
      c.kwargs = pml_dict_new ();
      if (c.kwargs == NULL)
        {
          pml_decref (c.args);
          return NULL;
        }
      for (gsize i = 0; i < nkw; i++)
        if (!pml_dict_set (c.kwargs, kwnames->u.t.items[i], args[nargs - nkw + i]))
          {
            pml_decref (c.kwargs);
            pml_decref (c.args);
            return NULL;
          }
    }
  text = g_utf8_to_ucs4_fast (self->u.s.s, (glong) self->u.s.nbytes, &c.len);
  c.s = text;
  r = build_string (&c, 0, c.len, 2);
  pml_xdecref (c.kwargs);
  pml_decref (c.args);
  return r;
}

/* ---- printf-style formatting: str % args (PyUnicode_Format) ---- */

enum { F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16 };

typedef struct
{
  const gunichar *s;
  glong     fmtpos, fmtcnt;
  PmlObj   *args;           /* borrowed, or owned after %(key) */
  gboolean  args_owned;
  gint64    arglen, argidx;
  PmlObj   *dict;           /* args, when a mapping */
  Writer    w;
} PrintfCtx;

typedef struct
{
  int      flags;
  gint64   width;
  int      prec;
  gunichar ch;
  gboolean sign;
} PrintfArg;

static PmlObj *
next_arg (PrintfCtx *c)
{
  gint64 i = c->argidx;

  if (i < c->arglen)
    {
      c->argidx++;
      if (c->arglen < 0)
        return c->args;
      return c->args->u.t.items[i];
    }
  return pml_err_set (T_TYPE_ERROR, "not enough arguments for format string");
}

static gboolean
star_arg (PrintfCtx *c, gint64 *out)
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

#define READ_NEXT(c, a) G_STMT_START { (a)->ch = (c)->s[(c)->fmtpos++]; } G_STMT_END

/* unicode_format_arg_parse */
static gboolean
printf_parse (PrintfCtx *c, PrintfArg *a)
{
  if (c->s[c->fmtpos] == '(')
    {
      glong keystart, pcount = 1;
      PmlObj *key, *v;

      if (c->dict == NULL)
        {
          pml_err_set (T_TYPE_ERROR, "format requires a mapping");
          return FALSE;
        }
      c->fmtpos++;
      c->fmtcnt--;
      keystart = c->fmtpos;
      while (pcount > 0 && --c->fmtcnt >= 0)
        {
          gunichar ch = c->s[c->fmtpos];

          if (ch == ')')
            pcount--;
          else if (ch == '(')
            pcount++;
          c->fmtpos++;
        }
      if (c->fmtcnt < 0 || pcount > 0)
        {
          pml_err_set (T_VALUE_ERROR, "incomplete format key");
          return FALSE;
        }
      key = ucs4_str (c->s, keystart, c->fmtpos - 1);
      if (key == NULL)
        return FALSE;
      if (c->args_owned)
        {
          c->args_owned = FALSE;
          pml_decref (c->args);
        }
      v = pml_getitem (c->dict, key);
      pml_decref (key);
      if (v == NULL)
        return FALSE;
      c->args = v;
      c->args_owned = TRUE;
      c->arglen = -1;
      c->argidx = -2;
    }
  while (--c->fmtcnt >= 0)
    {
      READ_NEXT (c, a);
      switch (a->ch)
        {
        case '-': a->flags |= F_LJUST; continue;
        case '+': a->flags |= F_SIGN; continue;
        case ' ': a->flags |= F_BLANK; continue;
        case '#': a->flags |= F_ALT; continue;
        case '0': a->flags |= F_ZERO; continue;
        default: break;
        }
      break;
    }
  if (a->ch == '*')
    {
      if (!star_arg (c, &a->width))
        return FALSE;
      if (a->width < 0)
        {
          a->flags |= F_LJUST;
          a->width = -a->width;
        }
      if (--c->fmtcnt >= 0)
        READ_NEXT (c, a);
    }
  else if (a->ch >= '0' && a->ch <= '9')
    {
      a->width = a->ch - '0';
      while (--c->fmtcnt >= 0)
        {
          READ_NEXT (c, a);
          if (a->ch < '0' || a->ch > '9')
            break;
          if (a->width > (G_MAXSSIZE - ((int) a->ch - '0')) / 10)
            {
              pml_err_set (T_VALUE_ERROR, "width too big");
              return FALSE;
            }
          a->width = a->width * 10 + (a->ch - '0');
        }
    }
  if (a->ch == '.')
    {
      a->prec = 0;
      if (--c->fmtcnt >= 0)
        READ_NEXT (c, a);
      if (a->ch == '*')
        {
          gint64 p;

          if (!star_arg (c, &p))
            return FALSE;
          a->prec = p < 0 ? 0 : (int) MIN (p, G_MAXINT);
          if (--c->fmtcnt >= 0)
            READ_NEXT (c, a);
        }
      else if (a->ch >= '0' && a->ch <= '9')
        {
          a->prec = (int) (a->ch - '0');
          while (--c->fmtcnt >= 0)
            {
              READ_NEXT (c, a);
              if (a->ch < '0' || a->ch > '9')
                break;
              if (a->prec > (G_MAXINT - ((int) a->ch - '0')) / 10)
                {
                  pml_err_set (T_VALUE_ERROR, "precision too big");
                  return FALSE;
                }
              a->prec = a->prec * 10 + (int) (a->ch - '0');
            }
        }
    }
  if (c->fmtcnt >= 0 && (a->ch == 'h' || a->ch == 'l' || a->ch == 'L'))
    if (--c->fmtcnt >= 0)
      READ_NEXT (c, a);
  if (c->fmtcnt < 0)
    {
      pml_err_set (T_VALUE_ERROR, "incomplete format");
      return FALSE;
    }
  return TRUE;
}

static gboolean
is_number_obj (PmlObj *v)
{
  return v->kind == K_INT || v->kind == K_BOOL || v->kind == K_FLOAT;
}

/* _PyUnicode_FormatLong: [-][0x]digits, at least prec digits */
PmlObj *
pml_format_long_text (PmlObj *v, gboolean alt, int prec, gunichar type)
{
  gboolean negative;
  int base = type == 'o' ? 8 : type == 'x' || type == 'X' ? 16 : 10;
  g_autofree char *digits = int_digits (v, base, &negative);
  GString *out;
  gsize n;

  if (digits == NULL)
    return NULL;
  out = g_string_new (negative ? "-" : NULL);

  if (alt && base != 10)
    g_string_append (out, type == 'o' ? "0o" : type == 'x' ? "0x" : "0X");
  for (gint64 i = (gint64) strlen (digits); i < prec; i++)
    g_string_append_c (out, '0');
  g_string_append (out, digits);
  if (type == 'X')
    for (char *p = out->str; *p; p++)
      *p = g_ascii_toupper (*p);
  n = out->len;
  {
    /* _PyLong_Format's string first; a copy when the text changed */
    PmlObj *first = long_format (v, base), *r;

    if (first == NULL || (n == first->u.s.nbytes && memcmp (first->u.s.s, out->str, n) == 0))
      {
        g_string_free (out, TRUE);
        return first;
      }
    r = pml_str_new_take (g_string_free (out, FALSE), n);
    pml_decref (first);
    return r;
  }
}

/* unicode_format_arg_format: 1 written, 0 *out to lay out, -1 error */
static int
printf_format (PrintfCtx *c, PrintfArg *a, PmlObj **out)
{
  PmlObj *v;

  if (c->fmtcnt == 0)
    c->w.overallocate = FALSE;
  v = next_arg (c);
  if (v == NULL)
    return -1;
  switch (a->ch)
    {
    case 's': case 'r': case 'a':
      if (v->kind == K_INT && v->type == TYPE (T_INT) && a->width == -1 && a->prec == -1)
        return write_int (&c->w, v, 10, FALSE) ? 1 : -1;
      *out = a->ch == 's' ? pml_str (v) : a->ch == 'r' ? pml_repr (v) : pml_ascii_of (v);
      return *out ? 0 : -1;

    case 'i': case 'd': case 'u': case 'o': case 'x': case 'X':
      {
        PmlObj *iobj;
        gunichar type = a->ch == 'i' || a->ch == 'u' ? 'd' : a->ch;

        if (!is_number_obj (v))
          {
            if (type == 'o' || type == 'x' || type == 'X')
              pml_err_set (T_TYPE_ERROR, "%%%c format: an integer is required, not %s", (char) a->ch, pml_type_name (v));
            else
              pml_err_set (T_TYPE_ERROR, "%%%c format: a real number is required, not %s", (char) a->ch, pml_type_name (v));
            return -1;
          }
        if (v->kind == K_FLOAT)
          {
            if (type == 'o' || type == 'x' || type == 'X')
              {
                pml_err_set (T_TYPE_ERROR, "%%%c format: an integer is required, not float", (char) a->ch);
                return -1;
              }
            if (isnan (v->u.f) || isinf (v->u.f))
              {
                pml_err_set (isnan (v->u.f) ? T_VALUE_ERROR : T_OVERFLOW_ERROR,
                             isnan (v->u.f) ? "cannot convert float NaN to integer"
                             : "cannot convert float infinity to integer");
                return -1;
              }
            {
              double t = trunc (v->u.f);

              iobj = fabs (t) < 9e18 ? pml_int_new ((gint64) t) : pml_int_from_big (pml_bigint_from_double (t));
            }
            if (iobj == NULL)
              return -1;
          }
        else
          iobj = pml_incref (v);
        if (v->kind == K_INT && v->type == TYPE (T_INT) && a->width == -1 && a->prec == -1
            && !(a->flags & (F_SIGN | F_BLANK)) && type != 'X')
          {
            pml_decref (iobj);
            return write_int (&c->w, v, type == 'o' ? 8 : type == 'x' ? 16 : 10, (a->flags & F_ALT) != 0) ? 1 : -1;
          }
        *out = pml_format_long_text (iobj, (a->flags & F_ALT) != 0, a->prec, type);
        pml_decref (iobj);
        a->sign = TRUE;
        return *out ? 0 : -1;
      }

    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
      {
        gboolean ok = TRUE;
        double x;
        g_autofree char *text = NULL;
        guint64 buf;
        int r = 0;

        if (!is_number_obj (v))
          {
            pml_err_set (T_TYPE_ERROR, "must be real number, not %s", pml_type_name (v));
            return -1;
          }
        x = pml_number_as_double (v, &ok);
        if (!ok)
          return -1;
        text = pml_double_to_string (x, (char) a->ch, a->prec < 0 ? 6 : a->prec, a->flags & F_ALT ? PML_DTSF_ALT : 0);
        buf = dtoa_buffer (text);
        if (buf == 0)
          return -1;
        if (a->width == -1 && a->prec == -1 && !(a->flags & (F_SIGN | F_BLANK)))
          r = writer_write (&c->w, text, -1, 127) ? 1 : -1;
        else
          {
            *out = pml_str_new (text, -1);
            a->sign = TRUE;
            r = *out ? 0 : -1;
          }
        pml_mem_free (buf);
        return r;
      }

    case 'c':
      {
        gint64 ch;
        char utf8[8];
        int n;

        if (v->kind == K_STR)
          {
            if (v->u.s.len != 1)
              {
                pml_err_set (T_TYPE_ERROR, "%%c requires int or char");
                return -1;
              }
            ch = g_utf8_get_char (v->u.s.s);
          }
        else if (v->kind == K_INT || v->kind == K_BOOL)
          {
            if (!pml_int_as_i64 (v, &ch) || ch < 0 || ch > 0x10ffff)
              {
                pml_err_set (T_OVERFLOW_ERROR, "%%c arg not in range(0x110000)");
                return -1;
              }
          }
        else
          {
            pml_err_set (T_TYPE_ERROR, "%%c requires int or char");
            return -1;
          }
        n = g_unichar_to_utf8 ((gunichar) ch, utf8);
        if (a->width == -1 && a->prec == -1)
          return writer_write (&c->w, utf8, n, (gunichar) ch) ? 1 : -1;
        *out = pml_str_new (utf8, n);
        return *out ? 0 : -1;
      }

    default:
      pml_err_set (T_VALUE_ERROR, "unsupported format character '%c' (0x%x) at index %ld",
                   a->ch >= 32 && a->ch <= 126 ? (char) a->ch : '?', (unsigned) a->ch, (long) (c->fmtpos - 1));
      return -1;
    }
}

/* unicode_format_arg_output: sign, prefix, padding around @str */
static gboolean
printf_output (PrintfCtx *c, PrintfArg *a, PmlObj *str)
{
  gint64 len = (gint64) str->u.s.len;
  const char *p = str->u.s.s;
  char signchar = 0;
  gunichar fill;
  gboolean prefix = FALSE;
  g_autoptr(GString) out = g_string_new (NULL);

  if ((a->width == -1 || a->width <= len) && (a->prec == -1 || a->prec >= len) && !(a->flags & (F_SIGN | F_BLANK)))
    return writer_write_str (&c->w, str);
  fill = a->sign && (a->flags & F_ZERO) ? '0' : ' ';
  if ((a->ch == 's' || a->ch == 'r' || a->ch == 'a') && a->prec >= 0 && len > a->prec)
    len = a->prec;
  if (a->sign)
    {
      if (*p == '-' || *p == '+')
        {
          signchar = *p++;
          len--;
        }
      else if (a->flags & F_SIGN)
        signchar = '+';
      else if (a->flags & F_BLANK)
        signchar = ' ';
      else
        a->sign = FALSE;
    }
  if (a->width < len)
    a->width = len;
  if (signchar)
    {
      if (fill != ' ')
        g_string_append_c (out, signchar);
      if (a->width > len)
        a->width--;
    }
  if ((a->flags & F_ALT) && (a->ch == 'x' || a->ch == 'X' || a->ch == 'o'))
    {
      prefix = TRUE;
      if (fill != ' ')
        g_string_append_len (out, p, 2);
      a->width -= 2;
      if (a->width < 0)
        a->width = 0;
      len -= 2;
    }
  if (a->width > len && !(a->flags & F_LJUST))
    {
      append_fill (out, fill, a->width - len);
      a->width = len;
    }
  if (fill == ' ')
    {
      if (signchar)
        g_string_append_c (out, signchar);
      if (prefix)
        g_string_append_len (out, p, 2);
    }
  if (prefix)
    p += 2;
  if (len > 0)
    g_string_append_len (out, p, g_utf8_offset_to_pointer (p, (glong) len) - p);
  if (a->width > len)
    append_fill (out, ' ', a->width - len);
  return writer_write (&c->w, out->str, (gssize) out->len, utf8_maxchar (out->str, out->len, NULL));
}

static gboolean
printf_arg (PrintfCtx *c)
{
  PrintfArg a = { 0, -1, -1, 0, FALSE };
  PmlObj *str = NULL;
  int r;

  a.ch = c->s[c->fmtpos];
  if (a.ch == '%')
    {
      c->fmtpos++;
      c->fmtcnt--;
      return writer_write (&c->w, "%", 1, 127);
    }
  if (!printf_parse (c, &a))
    return FALSE;
  r = printf_format (c, &a, &str);
  if (r < 0)
    return FALSE;
  if (r == 0)
    {
      gboolean ok = printf_output (c, &a, str);

      pml_decref (str);
      if (!ok)
        return FALSE;
    }
  if (c->dict && c->argidx < c->arglen)
    {
      pml_err_set (T_TYPE_ERROR, "not all arguments converted during string formatting");
      return FALSE;
    }
  return TRUE;
}

static gboolean
is_mapping (PmlObj *o)
{
  if (o->kind == K_DICT || o->kind == K_LIST)
    return TRUE;
  if (o->kind == K_INSTANCE)
    return lookup_special (o, "__getitem__") != NULL;
  return FALSE;
}

PmlObj *
pml_str_percent_format (PmlObj *fmt, PmlObj *args)
{
  PrintfCtx c = { 0 };
  g_autofree gunichar *text = NULL;
  glong n = 0;
  gboolean ok = TRUE;

  text = g_utf8_to_ucs4_fast (fmt->u.s.s, (glong) fmt->u.s.nbytes, &n);
  c.s = text;
  c.fmtcnt = n;
  c.args = args;
  if (args->kind == K_TUPLE)
    {
      c.arglen = (gint64) args->u.t.n;
      c.argidx = 0;
    }
  else
    {
      c.arglen = -1;
      c.argidx = -2;
    }
  if (is_mapping (args) && args->kind != K_TUPLE && args->kind != K_STR)
    c.dict = args;
  writer_init (&c.w, TRUE, (gsize) n + 100);
  while (ok && --c.fmtcnt >= 0)
    {
      if (c.s[c.fmtpos] != '%')
        {
          glong start = c.fmtpos++;

          while (c.fmtcnt >= 0 && c.s[c.fmtpos] != '%')
            {
              c.fmtpos++;
              c.fmtcnt--;
            }
          if (c.fmtcnt < 0)
            {
              c.fmtpos--;
              c.w.overallocate = FALSE;
            }
          ok = ucs4_write (&c.w, c.s, start, c.fmtpos);
        }
      else
        {
          c.fmtpos++;
          ok = printf_arg (&c);
        }
    }
  if (ok && c.argidx < c.arglen && c.dict == NULL)
    {
      pml_err_set (T_TYPE_ERROR, "not all arguments converted during string formatting");
      ok = FALSE;
    }
  if (c.args_owned)
    pml_decref (c.args);
  if (!ok)
    {
      writer_clear (&c.w);
      return NULL;
    }
  return writer_finish (&c.w);
}

/* ---- round() ---- */

/* double_round: the decimal value correctly rounded, half to even
 * (glibc's printf rounds the exact binary value that way) */
static PmlObj *
float_round (double x, gint64 ndigits)
{
  char buf[512];
  double r;

  if (ndigits > 323)
    return pml_float_new (x);
  if (ndigits < -308)
    return pml_float_new (0.0 * x);
  if (x == 0 || !isfinite (x))
    return pml_float_new (x);
  if (ndigits >= 0)
    snprintf (buf, sizeof buf, "%.*f", (int) ndigits, x);
  else
    {
      int exp10, nsig;

      snprintf (buf, sizeof buf, "%.17e", x);
      exp10 = atoi (strchr (buf, 'e') + 1);
      nsig = exp10 + 1 + (int) ndigits;
      if (nsig > 0)
        snprintf (buf, sizeof buf, "%.*e", nsig - 1, x);
      else
        {
          double unit = pow (10.0, (double) -ndigits);

          /* below the rounding unit: 0, or one unit when over a half */
          if (nsig == 0 && fabs (x) > unit / 2)
            return pml_float_new (copysign (unit, x));
          return pml_float_new (0.0 * x);
        }
    }
  r = strtod (buf, NULL);
  if (isinf (r))
    return pml_err_set (T_OVERFLOW_ERROR, "rounded value too large to represent");
  return pml_float_new (r);
}

/* int.__round__ with a negative ndigits: a - divmod_near (a, 10**-n)[1] */
static PmlObj *
int_round (PmlObj *v, gint64 ndigits)
{
  PmlBigint *a, *b, *q = NULL, *r = NULL, *twice, *res;
  int cmp;

  if (ndigits < -4000)
    return pml_int_new (0);
  a = pml_int_as_big (v);
  {
    PmlBigint *ten = pml_bigint_from_i64 (10);

    b = pml_bigint_pow (ten, (guint64) -ndigits);
    pml_bigint_free (ten);
  }
  pml_bigint_divmod (a, b, &q, &r);
  twice = pml_bigint_add (r, r);
  cmp = pml_bigint_cmp (twice, b);
  if (cmp == 0)
    {
      /* a tie: to the even quotient */
      PmlBigint *two = pml_bigint_from_i64 (2), *q2 = NULL, *odd = NULL;

      pml_bigint_divmod (q, two, &q2, &odd);
      cmp = pml_bigint_sign (odd) != 0 ? 1 : -1;
      pml_bigint_free (two);
      pml_bigint_free (q2);
      pml_bigint_free (odd);
    }
  if (cmp > 0)
    {
      PmlBigint *t = pml_bigint_sub (r, b);

      pml_bigint_free (r);
      r = t;
    }
  res = pml_bigint_sub (a, r);
  pml_bigint_free (a);
  pml_bigint_free (b);
  pml_bigint_free (q);
  pml_bigint_free (r);
  pml_bigint_free (twice);
  return pml_int_from_big (res);
}

static PmlObj *round_builtin (PmlObj *number, PmlObj *nd);

PmlObj *
pml_builtin_round (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gsize nkw = kwnames ? kwnames->u.t.n : 0, npos = nargs - nkw;
  PmlObj *number = npos > 0 ? args[0] : NULL, *nd = npos > 1 ? args[1] : NULL, *func;

  (void) self;
  for (gsize i = 0; i < nkw; i++)
    {
      const char *name = kwnames->u.t.items[i]->u.s.s;
      PmlObj **slot = strcmp (name, "number") == 0 ? &number : strcmp (name, "ndigits") == 0 ? &nd : NULL;

      if (slot == NULL)
        return pml_err_set (T_TYPE_ERROR, "round() got an unexpected keyword argument '%s'", name);
      if (*slot != NULL)
        return pml_err_set (T_TYPE_ERROR, "argument for round() given by name ('%s') and position (%d)",
                            name, slot == &number ? 1 : 2);
      *slot = args[npos + i];
    }
  if (npos > 2)
    return pml_err_set (T_TYPE_ERROR, "round() takes at most 2 arguments (%zu given)", nargs);
  if (number == NULL)
    return pml_err_set (T_TYPE_ERROR, "round() missing required argument 'number' (pos 1)");
  if (nd == NONE)
    nd = NULL;
  func = lookup_special (number, "__round__");
  if (func != NULL)
    {
      PmlObj *argv[2] = { number, nd };

      return pml_call_from_c (func, argv, nd ? 2 : 1);
    }
  if (number->kind == K_FLOAT || number->kind == K_INT || number->kind == K_BOOL)
    {
      PmlObj *meth = bind_builtin (number, "__round__"), *r;

      if (meth == NULL)
        return NULL;
      r = round_builtin (number, nd);
      pml_decref (meth);
      return r;
    }
  return pml_err_set (T_TYPE_ERROR, "type %s doesn't define __round__ method", pml_type_name (number));
}

/* float.__round__ and int.__round__ */
static PmlObj *
round_builtin (PmlObj *number, PmlObj *nd)
{
  gint64 ndigits = 0;

  if (number->kind == K_FLOAT)
    {
      double x = number->u.f, rounded;

      if (nd != NULL)
        {
          if (!pml_index_value (nd, &ndigits))
            return NULL;
          return float_round (x, ndigits);
        }
      if (isnan (x))
        return pml_err_set (T_VALUE_ERROR, "cannot convert float NaN to integer");
      if (isinf (x))
        return pml_err_set (T_OVERFLOW_ERROR, "cannot convert float infinity to integer");
      rounded = nearbyint (x);
      if (fabs (rounded) < 9e18)
        return pml_int_new ((gint64) rounded);
      return pml_int_from_big (pml_bigint_from_double (rounded));
    }
  if (number->kind == K_INT || number->kind == K_BOOL)
    {
      if (nd != NULL && !pml_index_value (nd, &ndigits))
        return NULL;
      if (nd != NULL && ndigits < 0)
        return int_round (number, ndigits);
      if (number->kind == K_BOOL)
        return pml_int_new (number == TRUE_);
      return pml_incref (number);
    }
  return NULL;
}

/* _PyLong_Format's string: PyUnicode_New of the exact length, even for
 * one digit (no cached character); base 10 makes it over a scratch int */
static PmlObj *
long_format (PmlObj *v, int base)
{
  gboolean negative;
  g_autofree char *digits = int_digits (v, base, &negative);
  guint64 scratch = 0;
  Writer w;

  if (digits == NULL)
    return NULL;
  writer_init (&w, FALSE, 0);
  if (negative)
    g_string_append_c (w.text, '-');
  g_string_append (w.text, base == 2 ? "0b" : base == 8 ? "0o" : base == 16 ? "0x" : "");
  g_string_append (w.text, digits);
  w.pos = w.text->len;
  w.size = w.pos;
  w.maxchar = 127;
  if (base == 10 && (scratch = decimal_scratch (v)) == 0)
    {
      writer_clear (&w);
      return NULL;
    }
  w.block = pml_mem_alloc (str_request (127, w.pos));
  if (scratch != 0)
    pml_mem_free (scratch);
  if (w.block == 0)
    {
      writer_clear (&w);
      return NULL;
    }
  return str_on_block (&w);
}

/* str(int), repr(int) */
PmlObj *
pml_int_to_str (PmlObj *v)
{
  return long_format (v, 10);
}

/* repr(float): float_repr's dtoa buffer, then the string */
PmlObj *
pml_float_to_str (double v)
{
  g_autofree char *text = pml_double_to_string (v, 'r', 0, PML_DTSF_ADD_DOT_0);
  guint64 buf = dtoa_buffer (text);
  PmlObj *r;

  if (buf == 0)
    return NULL;
  r = pml_str_new (text, -1);
  pml_mem_free (buf);
  return r;
}

/* str.format_map(mapping): METH_O, fields looked up in the mapping */
PmlObj *
pml_str_format_map (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  FormatCtx c = { 0 };
  g_autofree gunichar *text = NULL;

  if (self == NULL && nargs > 0)
    {
      self = args[0];
      args++;
      nargs--;
    }
  if (kwnames != NULL && kwnames->u.t.n > 0)
    return pml_err_set (T_TYPE_ERROR, "str.format_map() takes no keyword arguments");
  if (self == NULL || self->kind != K_STR || nargs != 1)
    return pml_err_set (T_TYPE_ERROR, "str.format_map() takes exactly one argument (%zu given)", nargs);
  c.kwargs = args[0];
  text = g_utf8_to_ucs4_fast (self->u.s.s, (glong) self->u.s.nbytes, &c.len);
  c.s = text;
  return build_string (&c, 0, c.len, 2);
}

/* int/float/str.__format__(spec) called by name */
PmlObj *
pml_builtin_dunder_format (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  if (self == NULL && nargs > 0)
    {
      self = args[0];
      args++;
      nargs--;
    }
  if (kwnames != NULL && kwnames->u.t.n > 0)
    return pml_err_set (T_TYPE_ERROR, "__format__() takes no keyword arguments");
  if (self == NULL || nargs != 1)
    return pml_err_set (T_TYPE_ERROR, "__format__() takes exactly one argument (%zu given)", nargs);
  if (args[0]->kind != K_STR)
    return pml_err_set (T_TYPE_ERROR, "__format__() argument must be str, not %s", pml_type_name (args[0]));
  if (!is_builtin_formattable (self))
    return pml_format (self, args[0]);
  return format_builtin (self, args[0]);
}
