/* pml-py-bytes-methods.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-bytes-text.h"

extern const PmlMethodDef pml_bytes_methods[];
extern const PmlMethodDef pml_bytearray_methods[];

/* The methods of bytes and bytearray a course meets: decode, hex,
 * fromhex, searching, splitting, stripping, joining, replacing, ASCII
 * case and tests; and bytearray's list-like mutators. Results of bytes
 * methods are bytes; of bytearray methods, bytearrays. */

#define SELF() G_STMT_START { if (self == NULL) { self = args[0]; args++; nargs--; } } G_STMT_END

static gboolean
is_bytes_like (PmlObj *o)
{
  return o->kind == K_BYTES || o->kind == K_BYTEARRAY;
}

/* ---- bytearray storage (PyByteArray_Resize) ---- */

gboolean
pml_bytearray_resize (PmlObj *self, gsize size)
{
  gsize alloc = self->u.b.alloc;
  guint64 addr;

  if (size + 1 <= alloc)
    {
      if (size >= alloc / 2)
        {
          self->u.b.len = size;
          return TRUE;
        }
      alloc = size + 1;
    }
  else if ((double) size <= alloc * 1.125)
    alloc = size + (size >> 3) + (size < 9 ? 3 : 6);
  else
    alloc = size + 1;
  addr = self->u.b.buf_addr ? pml_mem_realloc (self->u.b.buf_addr, alloc) : pml_mem_alloc (alloc);
  if (addr == 0)
    return FALSE;
  self->u.b.buf_addr = addr;
  self->u.b.alloc = alloc;
  self->u.b.data = g_realloc (self->u.b.data, alloc);
  self->u.b.len = size;
  return TRUE;
}

/* a new bytearray holding @data */
static PmlObj *
ba_new (const guint8 *data, gsize len)
{
  PmlObj *r = pml_obj_new (TYPE (T_BYTEARRAY), K_BYTEARRAY, 56, FALSE);

  if (r == NULL)
    return NULL;
  r->u.b.data = g_malloc0 (1);
  if (len > 0)
    {
      if (!pml_bytearray_resize (r, len))
        {
          pml_decref (r);
          return NULL;
        }
      memcpy (r->u.b.data, data, len);
    }
  return r;
}

/* a result of self's type; bytes share self when nothing changed */
PmlObj *
pml_bytes_like_result (PmlObj *self, const guint8 *data, gsize len)
{
  if (self->kind == K_BYTEARRAY)
    return ba_new (data, len);
  if (data == self->u.b.data && len == self->u.b.len)
    return pml_incref (self);
  return pml_bytes_new (data, len);
}

/* ---- decode, hex, fromhex ---- */

static PmlObj *
m_decode (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gsize nkw = kwnames ? kwnames->u.t.n : 0, npos;
  PmlObj *enc_obj = NULL, *err_obj = NULL;
  g_autofree char *enc = NULL;
  const char *errors = "strict";
  const guint8 *d;
  gsize n;

  SELF ();
  npos = nargs - nkw;
  if (npos > 2)
    return pml_err_set (T_TYPE_ERROR, "decode() takes at most 2 arguments (%zu given)", nargs);
  enc_obj = npos > 0 ? args[0] : pml_kwarg (args, nargs, kwnames, "encoding");
  err_obj = npos > 1 ? args[1] : pml_kwarg (args, nargs, kwnames, "errors");
  if ((enc_obj && enc_obj->kind != K_STR) || (err_obj && err_obj->kind != K_STR))
    return pml_err_set (T_TYPE_ERROR, "decode() argument '%s' must be str, not %s",
                        enc_obj && enc_obj->kind != K_STR ? "encoding" : "errors",
                        pml_type_name (enc_obj && enc_obj->kind != K_STR ? enc_obj : err_obj));
  if (err_obj)
    errors = err_obj->u.s.s;
  enc = g_ascii_strdown (enc_obj ? enc_obj->u.s.s : "utf-8", -1);
  g_strdelimit (enc, "_ ", '-');
  d = self->u.b.data;
  n = self->u.b.len;
  if (strcmp (enc, "utf-8") == 0 || strcmp (enc, "utf8") == 0 || strcmp (enc, "u8") == 0)
    return pml_codec_utf8_decode (d, n, errors);
  if (strcmp (enc, "latin-1") == 0 || strcmp (enc, "latin1") == 0 || strcmp (enc, "iso-8859-1") == 0
      || strcmp (enc, "ascii") == 0 || strcmp (enc, "us-ascii") == 0)
    {
      gboolean ascii = enc[0] == 'a' || enc[0] == 'u';
      GString *out = g_string_new (NULL);

      for (gsize i = 0; i < n; i++)
        {
          if (ascii && d[i] >= 128)
            {
              if (strcmp (errors, "ignore") == 0)
                continue;
              if (strcmp (errors, "replace") == 0)
                {
                  g_string_append_unichar (out, 0xfffd);
                  continue;
                }
              g_string_free (out, TRUE);
              return pml_err_set (T_UNICODE_DECODE_ERROR, "'ascii' codec can't decode byte 0x%02x in position %zu: "
                                  "ordinal not in range(128)", d[i], i);
            }
          g_string_append_unichar (out, d[i]);
        }
      {
        gsize len = out->len;

        return pml_str_new_take (g_string_free (out, FALSE), len);
      }
    }
  {
    PmlObj *r;

    if (pml_codec_wide_decode (enc, d, n, errors, &r))
      return r;
  }
  return pml_err_set (T_LOOKUP_ERROR, "unknown encoding: %s", enc_obj->u.s.s);
}

static PmlObj *
m_hex (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  GString *out;
  gsize npos, len;
  PmlObj *sep, *per;
  gint64 group = 1;
  char sep_char = 0;

  SELF ();
  len = self->u.b.len;
  npos = pml_positional (nargs, kwnames);
  if (npos > 2)
    return pml_err_set (T_TYPE_ERROR, "hex() takes at most 2 arguments (%zu given)", npos);
  sep = npos > 0 ? args[0] : pml_kwarg (args, nargs, kwnames, "sep");
  per = npos > 1 ? args[1] : pml_kwarg (args, nargs, kwnames, "bytes_per_sep");
  if (sep != NULL)
    {
      gsize n = sep->kind == K_STR ? sep->u.s.len : is_bytes_like (sep) ? sep->u.b.len : 0;

      if (sep->kind != K_STR && !is_bytes_like (sep))
        return pml_err_set (T_TYPE_ERROR, "sep must be str or bytes.");
      if (n != 1)
        return pml_err_set (T_VALUE_ERROR, "sep must be length 1.");
      sep_char = sep->kind == K_STR ? sep->u.s.s[0] : (char) sep->u.b.data[0];
      if ((guchar) sep_char >= 0x80)
        return pml_err_set (T_VALUE_ERROR, "sep must be ASCII.");
    }
  if (per != NULL && !pml_index_value (per, &group))
    return NULL;
  out = g_string_new (NULL);
  for (gsize i = 0; i < len; i++)
    {
      /* groups of |bytes_per_sep|, counted from the right when positive */
      if (sep_char && group != 0 && i > 0)
        {
          gsize g = (gsize) ABS (group);
          gboolean boundary = group > 0 ? (len - i) % g == 0 : i % g == 0;

          if (boundary)
            g_string_append_c (out, sep_char);
        }
      g_string_append_printf (out, "%02x", self->u.b.data[i]);
    }
  {
    gsize n = out->len;

    return pml_str_new_take (g_string_free (out, FALSE), n);
  }
}

/* fromhex is a class method: self, when given, is not an argument */
static PmlObj *
fromhex (PmlObj **args, gsize nargs, PmlObj *kwnames, gboolean array)
{
  GByteArray *out;
  const char *s;
  PmlObj *r;
  gsize i = 0, n;

  NO_KW ("fromhex");
  NARGS ("fromhex", 1, 1);
  if (args[0]->kind != K_STR)
    return pml_err_set (T_TYPE_ERROR, "fromhex() argument must be str, not %s", pml_type_name (args[0]));
  s = args[0]->u.s.s;
  n = args[0]->u.s.nbytes;
  out = g_byte_array_new ();
  while (i < n)
    {
      guint8 b;

      if (g_ascii_isspace (s[i]))
        {
          i++;
          continue;
        }
      if (i + 1 >= n || !g_ascii_isxdigit (s[i]) || !g_ascii_isxdigit (s[i + 1]))
        {
          gsize at = i < n && g_ascii_isxdigit (s[i]) ? i + 1 : i;

          g_byte_array_unref (out);
          return pml_err_set (T_VALUE_ERROR, "non-hexadecimal number found in fromhex() arg at position %zu", at);
        }
      b = (guint8) (g_ascii_xdigit_value (s[i]) * 16 + g_ascii_xdigit_value (s[i + 1]));
      g_byte_array_append (out, &b, 1);
      i += 2;
    }
  r = array ? ba_new (out->data, out->len) : pml_bytes_new (out->data, out->len);
  g_byte_array_unref (out);
  return r;
}

static PmlObj *m_bytes_fromhex (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kw) { (void) self; return fromhex (args, nargs, kw, FALSE); }
static PmlObj *m_bytearray_fromhex (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kw) { (void) self; return fromhex (args, nargs, kw, TRUE); }

/* ---- searching ---- */

/* the argument as bytes to look for: bytes-like, or an int byte */
static gboolean
needle_of (PmlObj *o, const guint8 **data, gsize *len, guint8 *one, gboolean allow_int)
{
  if (is_bytes_like (o))
    {
      *data = o->u.b.data;
      *len = o->u.b.len;
      return TRUE;
    }
  if (allow_int && (o->kind == K_INT || o->kind == K_BOOL))
    {
      if (!pml_byte_value (o, one))
        return FALSE;
      *data = one;
      *len = 1;
      return TRUE;
    }
  pml_err_set (T_TYPE_ERROR, "argument should be integer or bytes-like object, not '%s'", pml_type_name (o));
  return FALSE;
}

static gboolean
bounds (PmlObj **args, gsize nargs, gint64 len, gint64 *start, gint64 *end)
{
  *start = 0;
  *end = len;
  for (gsize i = 0; i < nargs && i < 2; i++)
    {
      gint64 v;

      if (args[i] == NONE)
        continue;
      if (args[i]->kind != K_INT && args[i]->kind != K_BOOL)
        {
          pml_err_set (T_TYPE_ERROR, "slice indices must be integers or None or have an __index__ method");
          return FALSE;
        }
      if (!pml_index_value (args[i], &v))
        return FALSE;
      if (v < 0)
        v = MAX (v + len, 0);
      if (v > len)
        v = len;
      *(i == 0 ? start : end) = v;
    }
  return TRUE;
}

static gint64
find_in (const guint8 *h, gint64 start, gint64 end, const guint8 *n, gsize m, gboolean reverse)
{
  if (end - start < (gint64) m)
    return -1;
  if (!reverse)
    {
      for (gint64 i = start; i + (gint64) m <= end; i++)
        if (memcmp (h + i, n, m) == 0)
          return i;
    }
  else
    for (gint64 i = end - (gint64) m; i >= start; i--)
      if (memcmp (h + i, n, m) == 0)
        return i;
  return -1;
}

static PmlObj *
search (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames, const char *name)
{
  const guint8 *n;
  gsize m;
  guint8 one;
  gint64 start, end, r;

  NO_KW (name);
  if (nargs < 1)
    return pml_err_set (T_TYPE_ERROR, "%s() takes at least 1 argument (0 given)", name);
  if (nargs > 3)
    return pml_err_set (T_TYPE_ERROR, "%s() takes at most 3 arguments (%zu given)", name, nargs);
  if (!needle_of (args[0], &n, &m, &one, TRUE) || !bounds (args + 1, nargs - 1, (gint64) self->u.b.len, &start, &end))
    return NULL;
  if (name[0] == 'c')
    {
      gint64 count = 0;

      if (m == 0)
        return pml_int_new (end >= start ? end - start + 1 : 0);
      for (gint64 i = start; i + (gint64) m <= end;)
        if (memcmp (self->u.b.data + i, n, m) == 0)
          count++, i += (gint64) m;
        else
          i++;
      return pml_int_new (count);
    }
  r = find_in (self->u.b.data, start, end, n, m, name[0] == 'r');
  if (r < 0 && strstr (name, "index"))
    return pml_err_set (T_VALUE_ERROR, "subsection not found");
  return pml_int_new (r);
}

static PmlObj *m_find (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kw) { SELF (); return search (self, args, nargs, kw, "find"); }
static PmlObj *m_rfind (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kw) { SELF (); return search (self, args, nargs, kw, "rfind"); }
static PmlObj *m_index (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kw) { SELF (); return search (self, args, nargs, kw, "index"); }
static PmlObj *m_rindex (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kw) { SELF (); return search (self, args, nargs, kw, "rindex"); }
static PmlObj *m_count (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kw) { SELF (); return search (self, args, nargs, kw, "count"); }

static PmlObj *
affix (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames, const char *name)
{
  gint64 start, end;
  PmlObj *const *tests;
  gsize ntests;
  gboolean found = FALSE;

  NO_KW (name);
  if (nargs < 1 || nargs > 3)
    return pml_err_set (T_TYPE_ERROR, "%s() takes at %s argument%s (%zu given)", name, nargs < 1 ? "least 1" : "most 3",
                        nargs < 1 ? "" : "s", nargs);
  if (args[0]->kind == K_TUPLE)
    tests = args[0]->u.t.items, ntests = args[0]->u.t.n;
  else
    tests = args, ntests = 1;
  for (gsize i = 0; i < ntests; i++)
    if (!is_bytes_like (tests[i]))
      return pml_err_set (T_TYPE_ERROR, "%s first arg must be bytes or a tuple of bytes, not %s", name,
                          pml_type_name (tests[i]));
  if (!bounds (args + 1, nargs - 1, (gint64) self->u.b.len, &start, &end))
    return NULL;
  for (gsize i = 0; i < ntests && !found; i++)
    {
      gsize m = tests[i]->u.b.len;

      if (end - start >= (gint64) m)
        found = memcmp (self->u.b.data + (name[0] == 'e' ? end - (gint64) m : start), tests[i]->u.b.data, m) == 0;
    }
  return pml_incref (BOOL (found));
}

static PmlObj *m_startswith (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kw) { SELF (); return affix (self, args, nargs, kw, "startswith"); }
static PmlObj *m_endswith (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kw) { SELF (); return affix (self, args, nargs, kw, "endswith"); }

/* ---- transforming ---- */

static gboolean
b_isspace (guint8 c)
{
  return c == ' ' || (c >= 9 && c <= 13);
}

static PmlObj *
case_map (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames, int how)
{
  guint8 *d;
  PmlObj *r;

  NO_KW ("upper");
  if (nargs != 0)
    return pml_err_set (T_TYPE_ERROR, "takes no arguments (%zu given)", nargs);
  d = g_memdup2 (self->u.b.data, MAX (self->u.b.len, 1));
  for (gsize i = 0; i < self->u.b.len; i++)
    if (how == 'u')
      d[i] = (guint8) g_ascii_toupper (d[i]);
    else if (how == 'l')
      d[i] = (guint8) g_ascii_tolower (d[i]);
    else if (how == 's')
      d[i] = g_ascii_isupper (d[i]) ? (guint8) g_ascii_tolower (d[i]) : (guint8) g_ascii_toupper (d[i]);
  r = self->kind == K_BYTEARRAY ? ba_new (d, self->u.b.len) : pml_bytes_new (d, self->u.b.len);
  g_free (d);
  return r;
}

static PmlObj *m_upper (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kw) { SELF (); return case_map (self, args, nargs, kw, 'u'); }
static PmlObj *m_lower (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kw) { SELF (); return case_map (self, args, nargs, kw, 'l'); }
static PmlObj *m_swapcase (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kw) { SELF (); return case_map (self, args, nargs, kw, 's'); }

static PmlObj *
test_all (PmlObj *self, PmlObj **args, gsize nargs, gboolean (*test) (gchar))
{
  gboolean r = self->u.b.len > 0;

  (void) args;
  if (nargs != 0)
    return pml_err_set (T_TYPE_ERROR, "takes no arguments (%zu given)", nargs);
  for (gsize i = 0; r && i < self->u.b.len; i++)
    r = test ((gchar) self->u.b.data[i]);
  return pml_incref (BOOL (r));
}

static gboolean t_digit (gchar c) { return g_ascii_isdigit (c); }
static gboolean t_alpha (gchar c) { return g_ascii_isalpha (c); }
static gboolean t_alnum (gchar c) { return g_ascii_isalnum (c); }
static gboolean t_space (gchar c) { return b_isspace ((guint8) c); }

static PmlObj *m_isdigit (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kw) { SELF (); (void) kw; return test_all (self, args, nargs, t_digit); }
static PmlObj *m_isalpha (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kw) { SELF (); (void) kw; return test_all (self, args, nargs, t_alpha); }
static PmlObj *m_isalnum (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kw) { SELF (); (void) kw; return test_all (self, args, nargs, t_alnum); }
static PmlObj *m_isspace (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kw) { SELF (); (void) kw; return test_all (self, args, nargs, t_space); }

static PmlObj *
strip (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames, int which)
{
  const guint8 *chars = NULL, *d = self->u.b.data;
  gsize nc = 0, a = 0, b = self->u.b.len;

  NO_KW ("strip");
  if (nargs > 1)
    return pml_err_set (T_TYPE_ERROR, "strip expected at most 1 argument, got %zu", nargs);
  if (nargs == 1 && args[0] != NONE)
    {
      if (!is_bytes_like (args[0]))
        return pml_err_set (T_TYPE_ERROR, "a bytes-like object is required, not '%s'", pml_type_name (args[0]));
      chars = args[0]->u.b.data;
      nc = args[0]->u.b.len;
    }
#define STRIPPED(c) (chars ? memchr (chars, (c), nc) != NULL : b_isspace (c))
  if (which & 1)
    while (a < b && STRIPPED (d[a]))
      a++;
  if (which & 2)
    while (b > a && STRIPPED (d[b - 1]))
      b--;
#undef STRIPPED
  return pml_bytes_like_result (self, d + a, b - a);
}

static PmlObj *m_strip (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kw) { SELF (); return strip (self, args, nargs, kw, 3); }
static PmlObj *m_lstrip (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kw) { SELF (); return strip (self, args, nargs, kw, 1); }
static PmlObj *m_rstrip (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kw) { SELF (); return strip (self, args, nargs, kw, 2); }

static gboolean
add_piece (PmlObj *list, PmlObj *self, const guint8 *d, gsize len)
{
  PmlObj *piece = pml_bytes_like_result (self, d, len);

  return piece != NULL && pml_list_append (list, piece);
}

static PmlObj *
m_split (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *sep, *maxobj, *list;
  gint64 maxsplit = -1;
  const guint8 *d;
  gsize n, i = 0;
  gboolean ok = TRUE;

  SELF ();
  sep = nargs - (kwnames ? kwnames->u.t.n : 0) > 0 ? args[0] : pml_kwarg (args, nargs, kwnames, "sep");
  maxobj = nargs - (kwnames ? kwnames->u.t.n : 0) > 1 ? args[1] : pml_kwarg (args, nargs, kwnames, "maxsplit");
  if (maxobj != NULL && !pml_index_value (maxobj, &maxsplit))
    return NULL;
  if (sep == NONE)
    sep = NULL;
  if (sep != NULL && !is_bytes_like (sep))
    return pml_err_set (T_TYPE_ERROR, "a bytes-like object is required, not '%s'", pml_type_name (sep));
  if (sep != NULL && sep->u.b.len == 0)
    return pml_err_set (T_VALUE_ERROR, "empty separator");
  if (maxsplit < 0)
    maxsplit = G_MAXINT64;
  list = pml_list_new_prealloc (maxsplit >= 12 ? 12 : (gsize) maxsplit + 1);
  if (list == NULL)
    return NULL;
  d = self->u.b.data;
  n = self->u.b.len;
  if (sep == NULL)
    {
      while (ok && maxsplit-- > 0)
        {
          gsize j;

          while (i < n && b_isspace (d[i]))
            i++;
          if (i == n)
            break;
          j = i;
          while (i < n && !b_isspace (d[i]))
            i++;
          ok = add_piece (list, self, d + j, i - j);
        }
      while (ok && i < n && b_isspace (d[i]))
        i++;
      if (ok && i < n)
        ok = add_piece (list, self, d + i, n - i);
    }
  else
    {
      gint64 hit;

      while (ok && maxsplit-- > 0 && (hit = find_in (d, (gint64) i, (gint64) n, sep->u.b.data, sep->u.b.len, FALSE)) >= 0)
        {
          ok = add_piece (list, self, d + i, (gsize) hit - i);
          i = (gsize) hit + sep->u.b.len;
        }
      if (ok)
        ok = add_piece (list, self, d + i, n - i);
    }
  if (!ok)
    PML_CLEAR (list);
  return list;
}

static PmlObj *
m_join (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *seq, *r;
  GByteArray *out;
  gsize n;

  SELF ();
  NO_KW ("join");
  NARGS ("join", 1, 1);
  seq = pml_list_from_iterable (args[0]);
  if (seq == NULL)
    return NULL;
  n = seq->u.l.n;
  out = g_byte_array_new ();
  for (gsize i = 0; i < n; i++)
    {
      PmlObj *item = seq->u.l.items[i];

      if (!is_bytes_like (item))
        {
          pml_decref (seq);
          g_byte_array_unref (out);
          return pml_err_set (T_TYPE_ERROR, "sequence item %zu: expected a bytes-like object, %s found", i,
                              pml_type_name (item));
        }
      if (i > 0)
        g_byte_array_append (out, self->u.b.data, (guint) self->u.b.len);
      g_byte_array_append (out, item->u.b.data, (guint) item->u.b.len);
    }
  if (n == 1 && self->kind == K_BYTES && seq->u.l.items[0]->kind == K_BYTES)
    r = pml_incref (seq->u.l.items[0]);
  else
    r = self->kind == K_BYTEARRAY ? ba_new (out->data, out->len) : pml_bytes_new (out->data, out->len);
  pml_decref (seq);
  g_byte_array_unref (out);
  return r;
}

static PmlObj *
m_replace (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gint64 count = -1, done = 0;
  GByteArray *out;
  const guint8 *d;
  gsize n, m, i = 0;
  PmlObj *r;

  SELF ();
  NO_KW ("replace");
  if (nargs < 2 || nargs > 3)
    return pml_err_set (T_TYPE_ERROR, "replace expected %s arguments, got %zu", nargs < 2 ? "at least 2" : "at most 3",
                        nargs);
  if (!is_bytes_like (args[0]) || !is_bytes_like (args[1]))
    return pml_err_set (T_TYPE_ERROR, "a bytes-like object is required, not '%s'",
                        pml_type_name (is_bytes_like (args[0]) ? args[1] : args[0]));
  if (nargs == 3 && !pml_index_value (args[2], &count))
    return NULL;
  if (count < 0)
    count = G_MAXINT64;
  d = self->u.b.data;
  n = self->u.b.len;
  m = args[0]->u.b.len;
  out = g_byte_array_new ();
  while (i <= n)
    {
      if (done < count && (m == 0 || (i + m <= n && memcmp (d + i, args[0]->u.b.data, m) == 0)))
        {
          g_byte_array_append (out, args[1]->u.b.data, (guint) args[1]->u.b.len);
          done++;
          if (m > 0)
            {
              i += m;
              continue;
            }
        }
      if (i < n)
        g_byte_array_append (out, d + i, 1);
      i++;
    }
  if (done == 0)
    r = pml_bytes_like_result (self, d, n);
  else
    r = self->kind == K_BYTEARRAY ? ba_new (out->data, out->len) : pml_bytes_new (out->data, out->len);
  g_byte_array_unref (out);
  return r;
}

/* ---- bytearray's mutators ---- */

static PmlObj *
m_ba_extend (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  GByteArray *add = g_byte_array_new ();
  gsize old;

  SELF ();
  NO_KW ("extend");
  if (nargs != 1)
    {
      g_byte_array_unref (add);
      return pml_err_set (T_TYPE_ERROR, "bytearray.extend() takes exactly one argument (%zu given)", nargs);
    }
  if (is_bytes_like (args[0]))
    g_byte_array_append (add, args[0]->u.b.data, (guint) args[0]->u.b.len);
  else
    {
      PmlObj *it = args[0]->kind == K_STR ? NULL : pml_iter (args[0]), *item;

      if (it == NULL)
        {
          g_byte_array_unref (add);
          pml_err_clear ();
          return pml_err_set (T_TYPE_ERROR, "can't extend bytearray with %s", pml_type_name (args[0]));
        }
      while ((item = pml_iter_next (it)) != NULL)
        {
          guint8 b;
          gboolean ok = pml_byte_value (item, &b);

          pml_decref (item);
          if (!ok)
            break;
          g_byte_array_append (add, &b, 1);
        }
      pml_decref (it);
      if (pml_err_occurred ())
        {
          g_byte_array_unref (add);
          return NULL;
        }
    }
  old = self->u.b.len;
  if (add->len > 0 && !pml_bytearray_resize (self, old + add->len))
    {
      g_byte_array_unref (add);
      return NULL;
    }
  memcpy (self->u.b.data + old, add->data, add->len);
  g_byte_array_unref (add);
  return pml_incref (NONE);
}

static PmlObj *
m_ba_pop (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gint64 i = -1;
  guint8 v;
  gsize n;

  SELF ();
  NO_KW ("pop");
  NARGS ("pop", 0, 1);
  n = self->u.b.len;
  if (n == 0)
    return pml_err_set (T_INDEX_ERROR, "pop from empty bytearray");
  if (nargs == 1 && !pml_index_value (args[0], &i))
    return NULL;
  if (i < 0)
    i += (gint64) n;
  if (i < 0 || i >= (gint64) n)
    return pml_err_set (T_INDEX_ERROR, "pop index out of range");
  v = self->u.b.data[i];
  memmove (self->u.b.data + i, self->u.b.data + i + 1, n - (gsize) i - 1);
  if (!pml_bytearray_resize (self, n - 1))
    return NULL;
  return pml_int_new (v);
}

static PmlObj *
m_ba_insert (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gint64 i;
  guint8 b;
  gsize n;

  SELF ();
  NO_KW ("insert");
  NARGS ("insert", 2, 2);
  if (!pml_index_value (args[0], &i) || !pml_byte_value (args[1], &b))
    return NULL;
  n = self->u.b.len;
  if (i < 0)
    i = MAX (i + (gint64) n, 0);
  if (i > (gint64) n)
    i = (gint64) n;
  if (!pml_bytearray_resize (self, n + 1))
    return NULL;
  memmove (self->u.b.data + i + 1, self->u.b.data + i, n - (gsize) i);
  self->u.b.data[i] = b;
  return pml_incref (NONE);
}

static PmlObj *
m_ba_remove (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  guint8 b;
  guint8 *hit;
  gsize n;

  SELF ();
  NO_KW ("remove");
  NARGS ("remove", 1, 1);
  if (!pml_byte_value (args[0], &b))
    return NULL;
  n = self->u.b.len;
  hit = memchr (self->u.b.data, b, n);
  if (hit == NULL)
    return pml_err_set (T_VALUE_ERROR, "value not found in bytearray");
  memmove (hit, hit + 1, n - (gsize) (hit - self->u.b.data) - 1);
  return pml_bytearray_resize (self, n - 1) ? pml_incref (NONE) : NULL;
}

static PmlObj *
m_ba_clear (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  SELF ();
  (void) args;
  NO_KW ("clear");
  NARGS ("clear", 0, 0);
  return pml_bytearray_resize (self, 0) ? pml_incref (NONE) : NULL;
}

static PmlObj *
m_ba_copy (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  SELF ();
  (void) args;
  NO_KW ("copy");
  NARGS ("copy", 0, 0);
  return ba_new (self->u.b.data, self->u.b.len);
}

static PmlObj *
m_ba_reverse (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gsize n;

  SELF ();
  (void) args;
  NO_KW ("reverse");
  NARGS ("reverse", 0, 0);
  n = self->u.b.len;
  for (gsize i = 0; i < n / 2; i++)
    {
      guint8 t = self->u.b.data[i];

      self->u.b.data[i] = self->u.b.data[n - 1 - i];
      self->u.b.data[n - 1 - i] = t;
    }
  return pml_incref (NONE);
}

#define SHARED_METHODS \
  { "count", m_count }, { "decode", m_decode }, { "endswith", m_endswith }, { "find", m_find }, \
  { "hex", m_hex }, { "index", m_index }, { "isalnum", m_isalnum }, { "isalpha", m_isalpha }, \
  { "isdigit", m_isdigit }, { "isspace", m_isspace }, { "join", m_join }, { "lower", m_lower }, \
  { "lstrip", m_lstrip }, { "replace", m_replace }, { "rfind", m_rfind }, { "rindex", m_rindex }, \
  { "rstrip", m_rstrip }, { "split", m_split }, { "startswith", m_startswith }, { "strip", m_strip }, \
  { "swapcase", m_swapcase }, { "upper", m_upper }, \
  PML_BYTES_TEXT_METHODS

const PmlMethodDef pml_bytes_methods[] = {
  SHARED_METHODS,
  { "fromhex", m_bytes_fromhex },
  { NULL, NULL }
};


static PmlObj *
m_ba_append (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  guint8 b;

  SELF ();
  NO_KW ("append");
  if (nargs != 1)
    return pml_err_set (T_TYPE_ERROR, "bytearray.append() takes exactly one argument (%zu given)", nargs);
  if (!pml_byte_value (args[0], &b) || !pml_bytearray_resize (self, self->u.b.len + 1))
    return NULL;
  self->u.b.data[self->u.b.len - 1] = b;
  return pml_incref (NONE);
}

const PmlMethodDef pml_bytearray_methods[] = {
  SHARED_METHODS,
  { "append", m_ba_append },
  { "fromhex", m_bytearray_fromhex },
  { "extend", m_ba_extend },
  { "pop", m_ba_pop },
  { "insert", m_ba_insert },
  { "remove", m_ba_remove },
  { "clear", m_ba_clear },
  { "copy", m_ba_copy },
  { "reverse", m_ba_reverse },
  { NULL, NULL }
};
