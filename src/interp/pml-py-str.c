/* pml-py-str.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-type.h"
#include "pml-py-native.h"
#include "pml-object-sizes.h"
#include "pml-py-format.h"
#include "pml-py-bytes-text.h"

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
  gsize size = pml_str_size (VM->preset, (PmlStrKind) s->u.s.skind, s->u.s.len);

  /* 3.12+: the one-character Latin-1 strings are static objects built with
   * their UTF-8 form (2 bytes and a NUL), which __sizeof__ counts */
  if (s->u.s.skind == PML_STR_LATIN1 && s->u.s.len == 1 && PRESET_MINOR () >= 12)
    size += 3;
  return size;
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
  if (c < 0x7f)
    return c >= 0x20;
  /* Py_UNICODE_ISPRINTABLE: not the "Other" and "Separator" categories */
  switch (g_unichar_type (c))
    {
    case G_UNICODE_CONTROL: case G_UNICODE_FORMAT: case G_UNICODE_UNASSIGNED: case G_UNICODE_PRIVATE_USE:
    case G_UNICODE_SURROGATE: case G_UNICODE_LINE_SEPARATOR: case G_UNICODE_PARAGRAPH_SEPARATOR:
    case G_UNICODE_SPACE_SEPARATOR:
      return FALSE;
    default:
      return TRUE;
    }
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
  gboolean ba = b->kind == K_BYTEARRAY;
  /* single quotes, unless the bytes hold one and no double quote; a
     bytearray escapes its single quotes either way */
  gboolean squote = b->u.b.len > 0 && memchr (b->u.b.data, '\'', b->u.b.len) != NULL;
  char quote = squote && (b->u.b.len == 0 || memchr (b->u.b.data, '"', b->u.b.len) == NULL) ? '"' : '\'';
  GString *out = g_string_new (ba ? "bytearray(b" : "b");
  gsize n;

  g_string_append_c (out, quote);
  for (gsize i = 0; i < b->u.b.len; i++)
    {
      guint8 c = b->u.b.data[i];

      if (c == quote || c == '\\' || (ba && c == '\''))
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
  g_string_append_c (out, quote);
  if (ba)
    g_string_append_c (out, ')');
  n = out->len;
  return pml_str_new_take (g_string_free (out, FALSE), n);
}

/* the methods are in pml-py-str-methods.c */
extern const PmlMethodDef pml_str_methods[];

/* ---- slots ---- */

static PmlObj *
str_str (PmlObj *o)
{
  /* unicode_result_unchanged: a subclass's instance gives a plain str */
  if (o->type != TYPE (T_STR))
    return pml_str_new (o->u.s.s, (gssize) o->u.s.nbytes);
  return pml_incref (o);
}

static gint64
str_hash (PmlObj *o, gboolean *ok)
{
  *ok = TRUE;
  return pml_str_hash (o);
}

static PmlObj *
str_richcompare (PmlObj *a, PmlObj *b, int op)
{
  if (a->kind != K_STR || b->kind != K_STR)
    return pml_incref (NOTIMPL);
  if (op == OP_EQ || op == OP_NE)
    return pml_incref (BOOL (pml_str_eq (a, b) == (op == OP_EQ)));
  return pml_compare_result (pml_str_compare (a, b), op);
}

static gint64
str_length (PmlObj *o)
{
  return (gint64) o->u.s.len;
}

static PmlObj *
str_subscript (PmlObj *o, PmlObj *key)
{
  gint64 i, start, stop, step, count;

  if (key->kind == K_SLICE)
    {
      if (!pml_slice_indices (key, (gint64) o->u.s.len, &start, &stop, &step, &count))
        return NULL;
      if (count == 0)
        return pml_incref (VM->empty_str);
      return pml_str_slice (o, start, start + count * step, step);
    }
  if (!pml_index_value (key, &i))
    {
      /* unicode_subscript words it differently from the other sequences */
      if (pml_err_occurred () && VM->exc->type == TYPE (T_TYPE_ERROR))
        {
          pml_err_clear ();
          pml_err_set (T_TYPE_ERROR, PRESET_MINOR () >= 11 ? "string indices must be integers, not '%s'"
                       : "string indices must be integers", pml_type_name (key));
        }
      return NULL;
    }
  if (!pml_normalize_index (key, (gint64) o->u.s.len, &i, "string"))
    return NULL;
  return pml_str_char_at (o, i);
}

static int
str_contains (PmlObj *o, PmlObj *item)
{
  if (item->kind != K_STR)
    {
      pml_err_set (T_TYPE_ERROR, "'in <string>' requires string as left operand, not %s", pml_type_name (item));
      return -1;
    }
  return pml_str_contains (o, item);
}

static PmlObj *
str_concat (PmlObj *a, PmlObj *b)
{
  if (b->kind != K_STR)
    return pml_err_set (T_TYPE_ERROR, "can only concatenate str (not \"%s\") to str", pml_type_name (b));
  return pml_str_concat (a, b);
}

/* printf-style formatting; the slot is also tried for x % str */
static PmlObj *
str_mod (PmlObj *a, PmlObj *b)
{
  if (a->kind != K_STR)
    return pml_incref (NOTIMPL);
  return pml_str_percent_format (a, b);
}

static PmlObj *
str_iter (PmlObj *o)
{
  return pml_iter_new (IT_STR, o);
}

static gsize
str_sizeof (PmlObj *o)
{
  return pml_str_sizeof (o);
}

void pml_str_forget_interned (PmlObj *s);

static gboolean
str_dealloc (PmlObj *o)
{
  if (o->flags & OBJ_INTERNED)
    pml_str_forget_interned (o);
  g_free (o->u.s.s);
  return FALSE;
}

static PmlObj *
str_new (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  /* str(object='', encoding='utf-8', errors='strict') */
  static const char *const names[] = { "object", "encoding", "errors", NULL };
  static const PmlArgSpec spec = { "str", names, 0, 3, FALSE };
  PmlObj *a[3], *decode, *argv[2];
  gsize n = 0;

  (void) type;
  if (!pml_parse_args (&spec, args, nargs, kwnames, a))
    return NULL;
  if (a[1] == NULL && a[2] == NULL)
    return a[0] == NULL ? pml_incref (VM->empty_str) : pml_str (a[0]);
  for (int i = 1; i < 3; i++)
    if (a[i] != NULL && a[i]->kind != K_STR)
      return pml_err_set (T_TYPE_ERROR, "str() argument '%s' must be str, not %s",
                          names[i], pml_type_name (a[i]));
  /* PyUnicode_FromEncodedObject */
  if (a[0] == NULL)
    return pml_incref (VM->empty_str);
  if (a[0]->kind == K_STR)
    return pml_err_set (T_TYPE_ERROR, "decoding str is not supported");
  if (a[0]->kind != K_BYTES && a[0]->kind != K_BYTEARRAY)
    return pml_err_set (T_TYPE_ERROR, "decoding to str: need a bytes-like object, %s found",
                        pml_type_name (a[0]));
  argv[n++] = a[1] != NULL ? a[1] : pml_str_new ("utf-8", -1);
  if (a[2] != NULL)
    argv[n++] = a[2];
  decode = pml_getattr_cstr (a[0], "decode");
  {
    PmlObj *r = decode ? pml_call (decode, argv, n, NULL) : NULL;

    pml_xdecref (decode);
    if (a[1] == NULL)
      pml_decref (argv[0]);
    return r;
  }
}

static void
str_free_host (PmlObj *o)
{
  g_free (o->u.s.s);
}

const PmlTypeSlots pml_str_slots = {
  .repr = pml_str_repr,
  .str = str_str,
  .hash = str_hash,
  .richcompare = str_richcompare,
  .getattro = pml_object_getattro,
  .setattro = pml_object_setattro,
  .iter = str_iter,
  .size_of = str_sizeof,
  .length = str_length,
  .subscript = str_subscript,
  .contains = str_contains,
  .sq_concat = str_concat,
  .sq_repeat = pml_str_repeat,
  .nb[OP_MOD] = str_mod,
  .methods = pml_str_methods,
  .dealloc = str_dealloc,
  .new_instance = str_new,
  .no_vectorcall = TRUE,
  .free_host = str_free_host,
};
