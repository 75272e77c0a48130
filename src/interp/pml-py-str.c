/* pml-py-str.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-type.h"
#include "pml-object-sizes.h"

/* str (PEP 393 sizes, cached 1-character latin-1 strings, interning) and
 * bytes. Text is kept as UTF-8 with its length in code points. */

static PmlStrKind
kind_of (const char *s, gsize nbytes, gsize *len)
{
  gunichar max = 0;
  gsize n = 0;

  for (const char *p = s; p < s + nbytes; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      max = MAX (max, c);
      n++;
    }
  *len = n;
  return max < 128 ? PML_STR_ASCII : max < 256 ? PML_STR_LATIN1 : max < 65536 ? PML_STR_UCS2 : PML_STR_UCS4;
}

PmlObj *
pml_str_new_take (char *utf8, gsize nbytes)
{
  gsize len;
  PmlStrKind kind = kind_of (utf8, nbytes, &len);
  PmlObj *o;

  if (len == 0)
    {
      g_free (utf8);
      return pml_incref (VM->empty_str);
    }
  if (len == 1 && g_utf8_get_char (utf8) < 256)
    {
      PmlObj *c = VM->latin1[g_utf8_get_char (utf8)];

      g_free (utf8);
      return pml_incref (c);
    }
  o = pml_obj_new (TYPE (T_STR), K_STR, pml_str_size (VM->preset, kind, len), FALSE);
  if (o == NULL)
    {
      g_free (utf8);
      return NULL;
    }
  o->u.s.s = utf8;
  o->u.s.nbytes = nbytes;
  o->u.s.len = len;
  o->u.s.skind = (guint8) kind;
  o->u.s.hash = -1;
  return o;
}

/* A new string even for one character: what long_to_decimal_string and
 * the case conversions build, with no latin-1 singleton */
PmlObj *
pml_str_new_uncached (char *utf8, gsize nbytes)
{
  gsize len;
  PmlStrKind kind = kind_of (utf8, nbytes, &len);
  PmlObj *o;

  if (len != 1)
    return pml_str_new_take (utf8, nbytes);
  o = pml_obj_new (TYPE (T_STR), K_STR, pml_str_size (VM->preset, kind, len), FALSE);
  if (o == NULL)
    {
      g_free (utf8);
      return NULL;
    }
  o->u.s.s = utf8;
  o->u.s.nbytes = nbytes;
  o->u.s.len = len;
  o->u.s.skind = (guint8) kind;
  o->u.s.hash = -1;
  return o;
}

PmlObj *
pml_str_new (const char *utf8, gssize nbytes)
{
  gsize n = nbytes < 0 ? strlen (utf8) : (gsize) nbytes;

  return pml_str_new_take (g_strndup (utf8, n), n);
}

/* A static string made at start-up (no block) */
PmlObj *pml_str_new_static (const char *utf8, gsize nbytes);

PmlObj *
pml_str_new_static (const char *utf8, gsize nbytes)
{
  PmlObj *o = pml_obj_new_static (TYPE (T_STR), K_STR);
  gsize len;

  o->u.s.s = g_strndup (utf8, nbytes);
  o->u.s.nbytes = nbytes;
  o->u.s.skind = (guint8) kind_of (utf8, nbytes, &len);
  o->u.s.len = len;
  o->u.s.hash = -1;
  return o;
}

gsize
pml_str_sizeof (PmlObj *s)
{
  return pml_str_size (VM->preset, (PmlStrKind) s->u.s.skind, s->u.s.len);
}

gboolean
pml_str_is_identifier_like (PmlObj *s)
{
  for (gsize i = 0; i < s->u.s.nbytes; i++)
    if (!g_ascii_isalnum (s->u.s.s[i]) && s->u.s.s[i] != '_')
      return FALSE;
  return TRUE;
}

/* Steals @s; returns a new reference to the interned equal string */
PmlObj *
pml_str_intern (PmlObj *s)
{
  PmlObj *found = g_hash_table_lookup (VM->interned, s->u.s.s);

  if (found != NULL)
    {
      pml_incref (found);
      pml_decref (s);
      return found;
    }
  s->flags |= OBJ_INTERNED;
  g_hash_table_insert (VM->interned, s->u.s.s, s);
  return s;
}

PmlObj *
pml_str_intern_cstr (const char *s)
{
  PmlObj *found = g_hash_table_lookup (VM->interned, s);

  if (found != NULL)
    return pml_incref (found);
  return pml_str_intern (pml_str_new (s, -1));
}

void pml_str_forget_interned (PmlObj *s);

void
pml_str_forget_interned (PmlObj *s)
{
  if (g_hash_table_lookup (VM->interned, s->u.s.s) == s)
    g_hash_table_remove (VM->interned, s->u.s.s);
}

gint64
pml_str_hash (PmlObj *s)
{
  if (s->u.s.hash == -1)
    {
      guint64 h = G_GUINT64_CONSTANT (0xcbf29ce484222325);

      for (gsize i = 0; i < s->u.s.nbytes; i++)
        h = (h ^ (guint8) s->u.s.s[i]) * G_GUINT64_CONSTANT (0x100000001b3);
      s->u.s.hash = (gint64) (h >> 2);
      if (s->u.s.hash == -1)
        s->u.s.hash = -2;
    }
  return s->u.s.hash;
}

gboolean
pml_str_eq (PmlObj *a, PmlObj *b)
{
  return a == b || (a->u.s.nbytes == b->u.s.nbytes && memcmp (a->u.s.s, b->u.s.s, a->u.s.nbytes) == 0);
}

int
pml_str_compare (PmlObj *a, PmlObj *b)
{
  /* UTF-8 byte order is code point order */
  gsize n = MIN (a->u.s.nbytes, b->u.s.nbytes);
  int c = memcmp (a->u.s.s, b->u.s.s, n);

  if (c != 0)
    return c < 0 ? -1 : 1;
  return a->u.s.nbytes < b->u.s.nbytes ? -1 : a->u.s.nbytes > b->u.s.nbytes;
}

static const char *
offset_ptr (PmlObj *s, gsize i)
{
  if (s->u.s.skind == PML_STR_ASCII)
    return s->u.s.s + i;
  return g_utf8_offset_to_pointer (s->u.s.s, (glong) i);
}

PmlObj *
pml_str_char_at (PmlObj *s, gint64 i)
{
  const char *p;

  if (i < 0)
    i += (gint64) s->u.s.len;
  if (i < 0 || i >= (gint64) s->u.s.len)
    return pml_err_set (T_INDEX_ERROR, "string index out of range");
  p = offset_ptr (s, (gsize) i);
  return pml_str_new (p, g_utf8_next_char (p) - p);
}

PmlObj *
pml_str_slice (PmlObj *s, gint64 start, gint64 stop, gint64 step)
{
  GString *out;

  if (step == 1)
    {
      const char *a, *b;

      if (stop <= start)
        return pml_incref (VM->empty_str);
      if (start == 0 && stop == (gint64) s->u.s.len)
        return pml_incref (s);
      a = offset_ptr (s, (gsize) start);
      b = offset_ptr (s, (gsize) stop);
      return pml_str_new (a, b - a);
    }
  out = g_string_new (NULL);
  for (gint64 i = start; step > 0 ? i < stop : i > stop; i += step)
    {
      const char *p = offset_ptr (s, (gsize) i);

      g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }
  {
    gsize n = out->len;

    return pml_str_new_take (g_string_free (out, FALSE), n);
  }
}

PmlObj *
pml_str_concat (PmlObj *a, PmlObj *b)
{
  char *buf;

  if (a->u.s.len == 0)
    return pml_incref (b);
  if (b->u.s.len == 0)
    return pml_incref (a);
  buf = g_malloc (a->u.s.nbytes + b->u.s.nbytes + 1);
  memcpy (buf, a->u.s.s, a->u.s.nbytes);
  memcpy (buf + a->u.s.nbytes, b->u.s.s, b->u.s.nbytes);
  buf[a->u.s.nbytes + b->u.s.nbytes] = '\0';
  return pml_str_new_take (buf, a->u.s.nbytes + b->u.s.nbytes);
}

PmlObj *
pml_str_repeat (PmlObj *a, gint64 n)
{
  char *buf;
  gsize total;

  if (n <= 0 || a->u.s.len == 0)
    return pml_incref (VM->empty_str);
  if (n == 1)
    return pml_incref (a);
  if ((guint64) n > G_MAXSIZE / 4 / MAX (a->u.s.nbytes, 1) || a->u.s.nbytes * (gsize) n > (gsize) 1 << 31)
    return pml_err_no_memory ();
  total = a->u.s.nbytes * (gsize) n;
  buf = g_malloc (total + 1);
  for (gint64 i = 0; i < n; i++)
    memcpy (buf + (gsize) i * a->u.s.nbytes, a->u.s.s, a->u.s.nbytes);
  buf[total] = '\0';
  return pml_str_new_take (buf, total);
}

gboolean
pml_str_contains (PmlObj *hay, PmlObj *needle)
{
  if (needle->u.s.nbytes == 0)
    return TRUE;
  return g_strstr_len (hay->u.s.s, (gssize) hay->u.s.nbytes, needle->u.s.s) != NULL;
}

static gboolean
is_printable (gunichar c)
{
  if (c < 0x20 || c == 0x7f)
    return FALSE;
  if (c < 0x7f)
    return TRUE;
  if (c < 0xa0 || c == 0xad)
    return FALSE;
  return g_unichar_isprint (c) && g_unichar_type (c) != G_UNICODE_SPACE_SEPARATOR;
}

PmlObj *
pml_str_repr (PmlObj *s)
{
  GString *out = g_string_new (NULL);
  gboolean has_single = memchr (s->u.s.s, '\'', s->u.s.nbytes) != NULL;
  gboolean has_double = memchr (s->u.s.s, '"', s->u.s.nbytes) != NULL;
  char quote = has_single && !has_double ? '"' : '\'';
  gsize n;

  g_string_append_c (out, quote);
  for (const char *p = s->u.s.s; p < s->u.s.s + s->u.s.nbytes; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == (gunichar) quote || c == '\\')
        {
          g_string_append_c (out, '\\');
          g_string_append_c (out, (char) c);
        }
      else if (c == '\n')
        g_string_append (out, "\\n");
      else if (c == '\r')
        g_string_append (out, "\\r");
      else if (c == '\t')
        g_string_append (out, "\\t");
      else if (!is_printable (c))
        {
          if (c < 0x100)
            g_string_append_printf (out, "\\x%02x", c);
          else if (c < 0x10000)
            g_string_append_printf (out, "\\u%04x", c);
          else
            g_string_append_printf (out, "\\U%08x", c);
        }
      else
        g_string_append_unichar (out, c);
    }
  g_string_append_c (out, quote);
  n = out->len;
  return pml_str_new_take (g_string_free (out, FALSE), n);
}

/* ---- methods ---- */

static PmlObj *
split (PmlObj *self, PmlObj *sep, gint64 maxsplit)
{
  PmlObj *list = pml_list_new (0);
  const char *s = self->u.s.s, *end = s + self->u.s.nbytes;

  if (list == NULL)
    return NULL;
  if (sep == NULL)
    {
      const char *p = s;

      while (p < end)
        {
          const char *q;
          PmlObj *piece;

          while (p < end && g_ascii_isspace (*p))
            p++;
          if (p >= end)
            break;
          q = p;
          if (maxsplit == 0)
            {
              q = end;
              while (q > p && g_ascii_isspace (q[-1]))
                q--;
            }
          else
            while (q < end && !g_ascii_isspace (*q))
              q++;
          piece = pml_str_new (p, q - p);
          if (piece == NULL || !pml_list_append (list, piece))
            goto fail;
          maxsplit--;
          p = q;
        }
      return list;
    }
  if (sep->u.s.nbytes == 0)
    {
      pml_decref (list);
      return pml_err_set (T_VALUE_ERROR, "empty separator");
    }
  for (const char *p = s;;)
    {
      const char *q = maxsplit == 0 ? NULL : g_strstr_len (p, end - p, sep->u.s.s);
      PmlObj *piece;

      piece = q ? pml_str_new (p, q - p) : pml_str_new (p, end - p);
      if (piece == NULL || !pml_list_append (list, piece))
        goto fail;
      if (q == NULL)
        break;
      maxsplit--;
      p = q + sep->u.s.nbytes;
    }
  return list;

fail:
  pml_decref (list);
  return NULL;
}

/* PySequence_Fast: a list or tuple is read in place, anything else is
 * first made into a list */
static PmlObj *
join (PmlObj *self, PmlObj *iterable)
{
  PmlObj *seq, *item;
  GString *out;
  gboolean first = TRUE;
  gsize n_items = 0, n, pos = 0;
  PmlObj *only = NULL;

  if (iterable->kind == K_LIST || iterable->kind == K_TUPLE)
    seq = pml_incref (iterable);
  else
    {
      seq = pml_list_from_iterable (iterable);
      if (seq == NULL)
        {
          if (VM->exc && VM->exc->type == TYPE (T_TYPE_ERROR))
            {
              pml_err_clear ();
              pml_err_set (T_TYPE_ERROR, "can only join an iterable");
            }
          return NULL;
        }
    }
  n = seq->kind == K_LIST ? seq->u.l.n : seq->u.t.n;
  out = g_string_new (NULL);
  while (pos < n && (item = pml_incref (seq->kind == K_LIST ? seq->u.l.items[pos] : seq->u.t.items[pos])) != NULL)
    {
      pos++;
      if (item->kind != K_STR)
        {
          pml_err_set (T_TYPE_ERROR, "sequence item %zu: expected str instance, %s found",
                       n_items, pml_type_name (item));
          pml_decref (item);
          pml_decref (seq);
          pml_xdecref (only);
          g_string_free (out, TRUE);
          return NULL;
        }
      if (!first)
        g_string_append_len (out, self->u.s.s, (gssize) self->u.s.nbytes);
      g_string_append_len (out, item->u.s.s, (gssize) item->u.s.nbytes);
      first = FALSE;
      n_items++;
      PML_SETREF (only, item);
    }
  pml_decref (seq);
  /* joining one exact str returns it unchanged */
  if (n_items == 1)
    {
      g_string_free (out, TRUE);
      return only;
    }
  pml_xdecref (only);
  {
    gsize nbytes = out->len;

    return pml_str_new_take (g_string_free (out, FALSE), nbytes);
  }
}

static PmlObj *
strip (PmlObj *self, int which)
{
  const char *a = self->u.s.s, *b = a + self->u.s.nbytes;

  if (which & 1)
    while (a < b && g_ascii_isspace (*a))
      a++;
  if (which & 2)
    while (b > a && g_ascii_isspace (b[-1]))
      b--;
  if (a == self->u.s.s && b == self->u.s.s + self->u.s.nbytes)
    return pml_incref (self);
  return pml_str_new (a, b - a);
}

static gboolean
want_args (const char *name, gsize nargs, gsize min, gsize max)
{
  if (nargs < min || nargs > max)
    {
      if (min == max)
        pml_err_set (T_TYPE_ERROR, "str.%s() takes exactly %s argument%s (%zu given)", name,
                     min == 0 ? "no" : min == 1 ? "one" : "two", min == 1 ? "" : "s", nargs);
      else
        pml_err_set (T_TYPE_ERROR, "%s expected at most %zu arguments, got %zu", name, max, nargs);
      return FALSE;
    }
  return TRUE;
}

static gboolean
want_str (PmlObj *o, const char *what)
{
  if (o->kind != K_STR)
    {
      pml_err_set (T_TYPE_ERROR, "%s must be str, not %s", what, pml_type_name (o));
      return FALSE;
    }
  return TRUE;
}

PmlObj *
pml_str_method (PmlObj *self, const char *name, PmlObj **args, gsize nargs)
{
  if (strcmp (name, "join") == 0)
    return want_args ("join", nargs, 1, 1) ? join (self, args[0]) : NULL;
  if (strcmp (name, "split") == 0)
    {
      gint64 maxsplit = -1;

      if (!want_args ("split", nargs, 0, 2))
        return NULL;
      if (nargs == 2 && !pml_index_value (args[1], &maxsplit))
        return NULL;
      if (nargs >= 1 && args[0] != NONE && !want_str (args[0], "must be str or None, not"))
        return NULL;
      return split (self, nargs >= 1 && args[0] != NONE ? args[0] : NULL, maxsplit);
    }
  if (strcmp (name, "upper") == 0 || strcmp (name, "lower") == 0)
    {
      char *s;

      if (!want_args (name, nargs, 0, 0))
        return NULL;
      s = name[0] == 'u' ? g_utf8_strup (self->u.s.s, (gssize) self->u.s.nbytes)
                         : g_utf8_strdown (self->u.s.s, (gssize) self->u.s.nbytes);
      return pml_str_new_uncached (s, strlen (s));   /* case_operation: always a new string */
    }
  if (strcmp (name, "strip") == 0 || strcmp (name, "lstrip") == 0 || strcmp (name, "rstrip") == 0)
    {
      if (!want_args (name, nargs, 0, 0))
        return NULL;
      return strip (self, name[0] == 's' ? 3 : name[0] == 'l' ? 1 : 2);
    }
  if (strcmp (name, "startswith") == 0 || strcmp (name, "endswith") == 0)
    {
      gboolean r;

      if (!want_args (name, nargs, 1, 1) || !want_str (args[0], "argument"))
        return NULL;
      r = name[0] == 's' ? g_str_has_prefix (self->u.s.s, args[0]->u.s.s)
                         : g_str_has_suffix (self->u.s.s, args[0]->u.s.s);
      return pml_incref (BOOL (r));
    }
  if (strcmp (name, "replace") == 0)
    {
      GString *out;
      gsize n;

      if (!want_args (name, nargs, 2, 2) || !want_str (args[0], "replace() argument 1")
          || !want_str (args[1], "replace() argument 2"))
        return NULL;
      if (args[0]->u.s.nbytes == 0 || !pml_str_contains (self, args[0]))
        return pml_incref (self);
      out = g_string_new (self->u.s.s);
      g_string_replace (out, args[0]->u.s.s, args[1]->u.s.s, 0);
      n = out->len;
      return pml_str_new_take (g_string_free (out, FALSE), n);
    }
  if (strcmp (name, "find") == 0 || strcmp (name, "count") == 0 || strcmp (name, "index") == 0)
    {
      const char *hit;

      if (!want_args (name, nargs, 1, 1) || !want_str (args[0], "argument"))
        return NULL;
      if (name[0] == 'c')
        {
          gint64 count = 0;

          if (args[0]->u.s.nbytes == 0)
            return pml_int_new ((gint64) self->u.s.len + 1);
          for (const char *p = self->u.s.s; (hit = strstr (p, args[0]->u.s.s)) != NULL; p = hit + args[0]->u.s.nbytes)
            count++;
          return pml_int_new (count);
        }
      hit = strstr (self->u.s.s, args[0]->u.s.s);
      if (hit == NULL)
        return name[0] == 'f' ? pml_int_new (-1) : pml_err_set (T_VALUE_ERROR, "substring not found");
      return pml_int_new (g_utf8_pointer_to_offset (self->u.s.s, hit));
    }
  if (strcmp (name, "isdigit") == 0 || strcmp (name, "isalpha") == 0 || strcmp (name, "isidentifier") == 0)
    {
      gboolean r = self->u.s.nbytes > 0;

      for (gsize i = 0; i < self->u.s.nbytes; i++)
        if (name[2] == 'd' ? !g_ascii_isdigit (self->u.s.s[i])
            : name[2] == 'a' ? !g_ascii_isalpha (self->u.s.s[i])
            : !(g_ascii_isalnum (self->u.s.s[i]) || self->u.s.s[i] == '_'))
          r = FALSE;
      if (name[2] == 'i' && r && g_ascii_isdigit (self->u.s.s[0]))
        r = FALSE;
      return pml_incref (BOOL (r));
    }
  return pml_err_set (T_ATTRIBUTE_ERROR, "'str' object has no attribute '%s'", name);
}

/* ---- bytes ---- */

PmlObj *
pml_bytes_new (const guint8 *data, gsize len)
{
  PmlObj *o;

  if (len == 0)
    return pml_incref (VM->empty_bytes);
  if (len == 1)
    return pml_incref (VM->bytes1[data[0]]);
  o = pml_obj_new (TYPE (T_BYTES), K_BYTES, pml_bytes_size (len), FALSE);
  if (o == NULL)
    return NULL;
  o->u.b.data = g_memdup2 (data, len);
  o->u.b.len = len;
  return o;
}

PmlObj *
pml_bytes_repr (PmlObj *b)
{
  GString *out = g_string_new (b->kind == K_BYTEARRAY ? "bytearray(b'" : "b'");
  gsize n;

  for (gsize i = 0; i < b->u.b.len; i++)
    {
      guint8 c = b->u.b.data[i];

      if (c == '\'' || c == '\\')
        g_string_append_printf (out, "\\%c", c);
      else if (c == '\n')
        g_string_append (out, "\\n");
      else if (c == '\r')
        g_string_append (out, "\\r");
      else if (c == '\t')
        g_string_append (out, "\\t");
      else if (c < 0x20 || c >= 0x7f)
        g_string_append_printf (out, "\\x%02x", c);
      else
        g_string_append_c (out, (char) c);
    }
  g_string_append (out, b->kind == K_BYTEARRAY ? "')" : "'");
  n = out->len;
  return pml_str_new_take (g_string_free (out, FALSE), n);
}

/* ---- methods ---- */

static PmlObj *
m_str (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames, const char *name)
{
  METHOD_SELF ();
  if (kwnames != NULL && kwnames->u.t.n > 0)
    return pml_err_set (T_TYPE_ERROR, "str.%s() takes no keyword arguments", name);
  return pml_str_method (self, name, args, nargs);
}

#define STR_METHOD(n) static PmlObj *m_str_##n (PmlObj *s, PmlObj **a, gsize c, PmlObj *k) { return m_str (s, a, c, k, #n); }
STR_METHOD (join) STR_METHOD (split) STR_METHOD (upper) STR_METHOD (lower) STR_METHOD (strip)
STR_METHOD (lstrip) STR_METHOD (rstrip) STR_METHOD (startswith) STR_METHOD (endswith) STR_METHOD (replace)
STR_METHOD (find) STR_METHOD (count) STR_METHOD (index) STR_METHOD (isdigit) STR_METHOD (isalpha)
STR_METHOD (isidentifier)

static const PmlMethodDef str_methods[] = {
  { "join", m_str_join },
  { "split", m_str_split },
  { "upper", m_str_upper },
  { "lower", m_str_lower },
  { "strip", m_str_strip },
  { "lstrip", m_str_lstrip },
  { "rstrip", m_str_rstrip },
  { "startswith", m_str_startswith },
  { "endswith", m_str_endswith },
  { "replace", m_str_replace },
  { "find", m_str_find },
  { "count", m_str_count },
  { "index", m_str_index },
  { "isdigit", m_str_isdigit },
  { "isalpha", m_str_isalpha },
  { "isidentifier", m_str_isidentifier },
  { NULL, NULL }
};

const PmlTypeSlots pml_str_slots = {
  .methods = str_methods,
};
