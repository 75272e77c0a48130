/* pml-py-str-methods.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-vm.h"
#include "pml-py-type.h"
#include "pml-py-format.h"
#include "pml-py-bytes-text.h"

/* The methods of str. The text is worked on as an array of code points;
 * results are made with pml_str_new*, which shares the empty string and the
 * one-character Latin-1 strings as CPython does. Where CPython hands back
 * the exact str it was called on (nothing stripped, padded or replaced),
 * so do these. */

#define KW_N(kw) ((kw) != NULL ? (kw)->u.t.n : 0)

static gunichar *
text_of (PmlObj *s, gsize *n)
{
  glong len = 0;
  gunichar *u = g_utf8_to_ucs4_fast (s->u.s.s, (glong) s->u.s.nbytes, &len);

  *n = (gsize) len;
  return u;
}

static PmlObj *
str_from (const gunichar *u, gsize n)
{
  glong written = 0;
  char *s = g_ucs4_to_utf8 (u, (glong) n, NULL, &written, NULL);

  if (s == NULL)
    return pml_err_set (T_VALUE_ERROR, "invalid code point");
  return pml_str_new_take (s, (gsize) written);
}

/* PyUnicode_Substring: the whole string is the string itself */
static PmlObj *
substr (PmlObj *self, const gunichar *u, gsize n, gsize a, gsize b)
{
  if (a == 0 && b == n)
    return pml_incref (self);
  if (b <= a)
    return pml_incref (VM->empty_str);
  return str_from (u + a, b - a);
}

static PmlObj *
gstring_result (GString *out)
{
  gsize n = out->len;

  return pml_str_new_take (g_string_free (out, FALSE), n);
}

/* ---- argument checks (Argument Clinic's wording) ---- */

static PmlObj *
descr_error (const char *name, PmlObj *arg)
{
  if (arg == NULL)
    return pml_err_set (T_TYPE_ERROR, "unbound method str.%s() needs an argument", name);
  return pml_err_set (T_TYPE_ERROR, "descriptor '%s' for 'str' objects doesn't apply to a '%s' object", name,
                      pml_type_name (arg));
}

#define SELF(name) G_STMT_START { if (self == NULL) { \
  if (nargs == 0 || args[0]->kind != K_STR) return descr_error (name, nargs ? args[0] : NULL); \
  self = args[0]; args++; nargs--; } } G_STMT_END
#define NOKW(name) G_STMT_START { if (KW_N (kwnames) > 0) \
  return pml_err_set (T_TYPE_ERROR, "str.%s() takes no keyword arguments", name); } G_STMT_END
#define NOARGS(name) G_STMT_START { NOKW (name); if (nargs != 0) \
  return pml_err_set (T_TYPE_ERROR, "str.%s() takes no arguments (%zu given)", name, nargs); } G_STMT_END
#define ONEARG(name) G_STMT_START { NOKW (name); if (nargs != 1) \
  return pml_err_set (T_TYPE_ERROR, "str.%s() takes exactly one argument (%zu given)", name, nargs); } G_STMT_END
/* _PyArg_CheckPositional */
#define POSITIONAL(name, min, max) G_STMT_START { NOKW (name); \
  if ((gssize) nargs < (min)) return pml_err_set (T_TYPE_ERROR, "%s expected at least %d argument%s, got %zu", name, min, (min) == 1 ? "" : "s", nargs); \
  if (nargs > (max)) return pml_err_set (T_TYPE_ERROR, "%s expected at most %d argument%s, got %zu", name, max, (max) == 1 ? "" : "s", nargs); } G_STMT_END
/* PyArg_ParseTuple's "O|OO:name" */
#define TUPLE_ARGS(name, min, max) G_STMT_START { NOKW (name); \
  if (nargs < (min)) return pml_err_set (T_TYPE_ERROR, "%s() takes at least %d argument%s (%zu given)", name, min, (min) == 1 ? "" : "s", nargs); \
  if (nargs > (max)) return pml_err_set (T_TYPE_ERROR, "%s() takes at most %d argument%s (%zu given)", name, max, (max) == 1 ? "" : "s", nargs); } G_STMT_END

/* Keyword-capable parameters: fills out[] from positionals, then keywords */
static gboolean
parse_kw (const char *fname, PmlObj **args, gsize nargs, PmlObj *kwnames, const char *const *names, gsize max,
          PmlObj **out)
{
  gsize nkw = KW_N (kwnames), npos = nargs - nkw;

  for (gsize i = 0; i < max; i++)
    out[i] = NULL;
  if (npos > max)
    {
      pml_err_set (T_TYPE_ERROR, "%s() takes at most %zu argument%s (%zu given)", fname, max, max == 1 ? "" : "s",
                   nargs);
      return FALSE;
    }
  for (gsize i = 0; i < npos; i++)
    out[i] = args[i];
  for (gsize k = 0; k < nkw; k++)
    {
      const char *kn = kwnames->u.t.items[k]->u.s.s;
      gsize i;

      for (i = 0; i < max; i++)
        if (strcmp (names[i], kn) == 0)
          break;
      if (i == max)
        {
          pml_err_set (T_TYPE_ERROR, "'%s' is an invalid keyword argument for %s()", kn, fname);
          return FALSE;
        }
      if (i < npos)
        {
          pml_err_set (T_TYPE_ERROR, "argument for %s() given by name ('%s') and position (%zu)", fname, kn, i + 1);
          return FALSE;
        }
      out[i] = args[npos + k];
    }
  return TRUE;
}

static gboolean
index_arg (PmlObj *o, gint64 *v)
{
  return pml_index_value (o, v);
}

/* _PyEval_SliceIndex */
static gboolean
slice_index (PmlObj *o, gint64 *v)
{
  if (o == NULL || o == NONE)
    return TRUE;
  if (o->kind != K_INT && o->kind != K_BOOL)
    {
      pml_err_set (T_TYPE_ERROR, "slice indices must be integers or None or have an __index__ method");
      return FALSE;
    }
  return pml_index_value (o, v);
}

/* ADJUST_INDICES */
static void
adjust (gint64 *start, gint64 *end, gint64 len)
{
  if (*end > len)
    *end = len;
  else if (*end < 0)
    {
      *end += len;
      if (*end < 0)
        *end = 0;
    }
  if (*start < 0)
    {
      *start += len;
      if (*start < 0)
        *start = 0;
    }
}

/* ---- character classes (the Unicode database's, exact for Latin-1) ---- */

static gboolean
py_isspace (gunichar c)
{
  if (c < 128)
    return (c >= 9 && c <= 13) || (c >= 28 && c <= 32);
  if (c == 0x85 || c == 0xa0)
    return TRUE;
  if (c < 256)
    return FALSE;
  return g_unichar_isspace (c);
}

static gboolean
py_islower (gunichar c)
{
  if (c == 0xaa || c == 0xba)
    return TRUE;
  return g_unichar_type (c) == G_UNICODE_LOWERCASE_LETTER;
}

static gboolean
py_isupper (gunichar c)
{
  return g_unichar_type (c) == G_UNICODE_UPPERCASE_LETTER;
}

static gboolean
py_istitle (gunichar c)
{
  return g_unichar_type (c) == G_UNICODE_TITLECASE_LETTER;
}

static gboolean
py_iscased (gunichar c)
{
  return py_islower (c) || py_isupper (c) || py_istitle (c);
}

static gboolean
py_isalpha (gunichar c)
{
  return g_unichar_isalpha (c);
}

static gboolean
py_isdecimal (gunichar c)
{
  return g_unichar_type (c) == G_UNICODE_DECIMAL_NUMBER;
}

static gboolean
py_isdigit (gunichar c)
{
  if (c == 0xb2 || c == 0xb3 || c == 0xb9)
    return TRUE;
  if (c < 256)
    return py_isdecimal (c);
  return py_isdecimal (c) || (g_unichar_type (c) == G_UNICODE_OTHER_NUMBER && g_unichar_digit_value (c) >= 0);
}

static gboolean
py_isnumeric (gunichar c)
{
  /* the CJK ideographs Unicode gives a numeric value (Unihan) */
  static const gunichar cjk[] = {
    0x3007, 0x3405, 0x3483, 0x382a, 0x3b4d, 0x4e00, 0x4e03, 0x4e07, 0x4e09, 0x4e5d, 0x4e8c, 0x4e94, 0x4e96, 0x4ebf, 0x4ec0, 0x4edf, 0x4ee8,
    0x4f0d, 0x4f70, 0x5104, 0x5146, 0x5169, 0x516b, 0x516d, 0x5341, 0x5343, 0x5344, 0x5345, 0x534c, 0x53c1,
    0x53c2, 0x53c3, 0x53c4, 0x56db, 0x58f1, 0x58f9, 0x5e7a, 0x5efe, 0x5eff, 0x5f0c, 0x5f0d, 0x5f0e, 0x5f10,
    0x62fe, 0x634c, 0x67d2, 0x6f06, 0x7396, 0x767e, 0x8086, 0x842c, 0x8cae, 0x8cb3, 0x8d30, 0x9621, 0x9646,
    0x964c, 0x9678, 0x96f6,
  };
  GUnicodeType t = g_unichar_type (c);

  if (t == G_UNICODE_DECIMAL_NUMBER || t == G_UNICODE_LETTER_NUMBER || t == G_UNICODE_OTHER_NUMBER)
    return TRUE;
  for (gsize i = 0; i < G_N_ELEMENTS (cjk); i++)
    if (cjk[i] == c)
      return TRUE;
  return FALSE;
}

static gboolean
py_isalnum (gunichar c)
{
  return py_isalpha (c) || py_isdecimal (c) || py_isdigit (c) || py_isnumeric (c);
}

static gboolean
py_isprintable (gunichar c)
{
  if (c == ' ')
    return TRUE;
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

static gboolean
py_isid_start (gunichar c)
{
  return c == '_' || g_unichar_isalpha (c) || g_unichar_type (c) == G_UNICODE_LETTER_NUMBER;
}

static gboolean
py_isid_continue (gunichar c)
{
  GUnicodeType t = g_unichar_type (c);

  return py_isid_start (c) || t == G_UNICODE_DECIMAL_NUMBER || t == G_UNICODE_NON_SPACING_MARK
         || t == G_UNICODE_SPACING_MARK || t == G_UNICODE_CONNECT_PUNCTUATION;
}

static gboolean
is_linebreak (gunichar c)
{
  return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x85
         || c == 0x2028 || c == 0x2029;
}

/* full case mappings of one character (ß upper-cases to SS) */
static void
append_mapped (GString *out, gunichar c, int how)
{
  char buf[8];
  gint len = g_unichar_to_utf8 (c, buf);
  char *m;

  if (how == 't')
    {
      if (c == 0xdf)
        g_string_append (out, "Ss");
      else
        g_string_append_unichar (out, g_unichar_totitle (c));
      return;
    }
  m = how == 'u' ? g_utf8_strup (buf, len) : g_utf8_strdown (buf, len);
  g_string_append (out, m);
  g_free (m);
}

/* ---- case ---- */

static PmlObj *
case_method (PmlObj *self, const char *name, int how)
{
  char *s;

  switch (how)
    {
    case 'u':
      s = g_utf8_strup (self->u.s.s, (gssize) self->u.s.nbytes);
      break;
    case 'l':
      s = g_utf8_strdown (self->u.s.s, (gssize) self->u.s.nbytes);
      break;
    case 'f':
      s = g_utf8_casefold (self->u.s.s, (gssize) self->u.s.nbytes);
      break;
    default:
      {
        GString *out = g_string_new (NULL);
        gboolean prev_cased = FALSE, first = TRUE;

        (void) name;
        for (const char *p = self->u.s.s; p < self->u.s.s + self->u.s.nbytes; p = g_utf8_next_char (p))
          {
            gunichar c = g_utf8_get_char (p);

            if (how == 'c')
              append_mapped (out, c, first ? 't' : 'l');
            else if (how == 's')
              {
                if (py_isupper (c))
                  append_mapped (out, c, 'l');
                else if (py_islower (c))
                  append_mapped (out, c, 'u');
                else
                  g_string_append_unichar (out, c);
              }
            else
              {
                append_mapped (out, c, prev_cased ? 'l' : 't');
                prev_cased = py_iscased (c);
              }
            first = FALSE;
          }
        return gstring_result (out);
      }
    }
  return pml_str_new_uncached (s, strlen (s));   /* case_operation: always a new string */
}

#define CASE_METHOD(fn, name, how) \
  static PmlObj *fn (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames) \
  { SELF (name); NOARGS (name); return case_method (self, name, how); }

CASE_METHOD (m_upper, "upper", 'u')
CASE_METHOD (m_lower, "lower", 'l')
CASE_METHOD (m_casefold, "casefold", 'f')
CASE_METHOD (m_capitalize, "capitalize", 'c')
CASE_METHOD (m_swapcase, "swapcase", 's')
CASE_METHOD (m_title, "title", 't')

/* ---- predicates ---- */

static gboolean
predicate (PmlObj *self, gboolean (*test) (gunichar), gboolean empty)
{
  if (self->u.s.nbytes == 0)
    return empty;
  for (const char *p = self->u.s.s; p < self->u.s.s + self->u.s.nbytes; p = g_utf8_next_char (p))
    if (!test (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

static gboolean
py_isascii (gunichar c)
{
  return c < 128;
}

#define PREDICATE(fn, name, test, empty) \
  static PmlObj *fn (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames) \
  { SELF (name); NOARGS (name); return pml_incref (BOOL (predicate (self, test, empty))); }

PREDICATE (m_isalpha, "isalpha", py_isalpha, FALSE)
PREDICATE (m_isalnum, "isalnum", py_isalnum, FALSE)
PREDICATE (m_isdigit, "isdigit", py_isdigit, FALSE)
PREDICATE (m_isdecimal, "isdecimal", py_isdecimal, FALSE)
PREDICATE (m_isnumeric, "isnumeric", py_isnumeric, FALSE)
PREDICATE (m_isspace, "isspace", py_isspace, FALSE)
PREDICATE (m_isascii, "isascii", py_isascii, TRUE)
PREDICATE (m_isprintable, "isprintable", py_isprintable, TRUE)

/* islower/isupper: some cased character, and none of the other case */
static PmlObj *
cased_predicate (PmlObj *self, gboolean upper)
{
  gboolean cased = FALSE;

  for (const char *p = self->u.s.s; p < self->u.s.s + self->u.s.nbytes; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (upper ? (py_islower (c) || py_istitle (c)) : (py_isupper (c) || py_istitle (c)))
        return pml_incref (FALSE_);
      if (upper ? py_isupper (c) : py_islower (c))
        cased = TRUE;
    }
  return pml_incref (BOOL (cased));
}

static PmlObj *
m_islower (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  SELF ("islower");
  NOARGS ("islower");
  return cased_predicate (self, FALSE);
}

static PmlObj *
m_isupper (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  SELF ("isupper");
  NOARGS ("isupper");
  return cased_predicate (self, TRUE);
}

static PmlObj *
m_istitle (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gboolean cased = FALSE, prev_cased = FALSE;

  SELF ("istitle");
  NOARGS ("istitle");
  for (const char *p = self->u.s.s; p < self->u.s.s + self->u.s.nbytes; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (py_isupper (c) || py_istitle (c))
        {
          if (prev_cased)
            return pml_incref (FALSE_);
          prev_cased = cased = TRUE;
        }
      else if (py_islower (c))
        {
          if (!prev_cased)
            return pml_incref (FALSE_);
          prev_cased = cased = TRUE;
        }
      else
        prev_cased = FALSE;
    }
  return pml_incref (BOOL (cased));
}

static PmlObj *
m_isidentifier (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gboolean r;

  SELF ("isidentifier");
  NOARGS ("isidentifier");
  r = self->u.s.nbytes > 0;
  for (const char *p = self->u.s.s; r && p < self->u.s.s + self->u.s.nbytes; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      r = p == self->u.s.s ? py_isid_start (c) : py_isid_continue (c);
    }
  return pml_incref (BOOL (r));
}

/* ---- padding ---- */

static gboolean
fill_char (PmlObj *o, gunichar *c)
{
  if (o == NULL)
    {
      *c = ' ';
      return TRUE;
    }
  if (o->kind != K_STR)
    {
      pml_err_set (T_TYPE_ERROR, "The fill character must be a unicode character, not %s", pml_type_name (o));
      return FALSE;
    }
  if (o->u.s.len != 1)
    {
      pml_err_set (T_TYPE_ERROR, "The fill character must be exactly one character long");
      return FALSE;
    }
  *c = g_utf8_get_char (o->u.s.s);
  return TRUE;
}

static PmlObj *
pad (PmlObj *self, gint64 left, gint64 right, gunichar fill)
{
  GString *out;

  if (left <= 0 && right <= 0)
    return pml_incref (self);
  out = g_string_sized_new (self->u.s.nbytes + (gsize) (left + right) * 4);
  for (gint64 i = 0; i < left; i++)
    g_string_append_unichar (out, fill);
  g_string_append_len (out, self->u.s.s, (gssize) self->u.s.nbytes);
  for (gint64 i = 0; i < right; i++)
    g_string_append_unichar (out, fill);
  return gstring_result (out);
}

static PmlObj *
justify (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames, const char *name)
{
  gint64 width, marg, left;
  gunichar fill;

  POSITIONAL (name, 1, 2);
  if (!index_arg (args[0], &width) || !fill_char (nargs == 2 ? args[1] : NULL, &fill))
    return NULL;
  marg = width - (gint64) self->u.s.len;
  if (marg <= 0)
    return pml_incref (self);
  if (name[0] == 'l')
    return pad (self, 0, marg, fill);
  if (name[0] == 'r')
    return pad (self, marg, 0, fill);
  left = marg / 2 + (marg & width & 1);
  return pad (self, left, marg - left, fill);
}

static PmlObj *m_ljust (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kw) { SELF ("ljust"); return justify (self, args, nargs, kw, "ljust"); }
static PmlObj *m_rjust (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kw) { SELF ("rjust"); return justify (self, args, nargs, kw, "rjust"); }
static PmlObj *m_center (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kw) { SELF ("center"); return justify (self, args, nargs, kw, "center"); }

static PmlObj *
m_zfill (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gint64 width, fill;
  GString *out;

  SELF ("zfill");
  ONEARG ("zfill");
  if (!index_arg (args[0], &width))
    return NULL;
  fill = width - (gint64) self->u.s.len;
  if (fill <= 0)
    return pml_incref (self);
  out = g_string_new (NULL);
  if (self->u.s.nbytes > 0 && (self->u.s.s[0] == '+' || self->u.s.s[0] == '-'))
    {
      g_string_append_c (out, self->u.s.s[0]);
      for (gint64 i = 0; i < fill; i++)
        g_string_append_c (out, '0');
      g_string_append_len (out, self->u.s.s + 1, (gssize) self->u.s.nbytes - 1);
    }
  else
    {
      for (gint64 i = 0; i < fill; i++)
        g_string_append_c (out, '0');
      g_string_append_len (out, self->u.s.s, (gssize) self->u.s.nbytes);
    }
  return gstring_result (out);
}

/* ---- strip ---- */

static gboolean
memchr_u (const gunichar *set, gsize n, gunichar c)
{
  for (gsize i = 0; i < n; i++)
    if (set[i] == c)
      return TRUE;
  return FALSE;
}

static PmlObj *
strip (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames, const char *name, int which)
{
  gsize n, nc = 0, a = 0, b;
  gunichar *u, *chars = NULL;
  PmlObj *r;

  POSITIONAL (name, 0, 1);
  if (nargs == 1 && args[0] != NONE)
    {
      if (args[0]->kind != K_STR)
        return pml_err_set (T_TYPE_ERROR, "%s arg must be None or str", name);
      chars = text_of (args[0], &nc);
    }
  u = text_of (self, &n);
  b = n;
#define STRIPPED(c) (chars ? memchr_u (chars, nc, (c)) : py_isspace (c))
  if (which & 1)
    while (a < b && STRIPPED (u[a]))
      a++;
  if (which & 2)
    while (b > a && STRIPPED (u[b - 1]))
      b--;
#undef STRIPPED
  r = substr (self, u, n, a, b);
  g_free (u);
  g_free (chars);
  return r;
}

static PmlObj *m_strip (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kw) { SELF ("strip"); return strip (self, args, nargs, kw, "strip", 3); }
static PmlObj *m_lstrip (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kw) { SELF ("lstrip"); return strip (self, args, nargs, kw, "lstrip", 1); }
static PmlObj *m_rstrip (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kw) { SELF ("rstrip"); return strip (self, args, nargs, kw, "rstrip", 2); }

/* ---- searching ---- */

static gint64
find_at (const gunichar *u, gint64 start, gint64 end, const gunichar *sub, gsize m, gboolean reverse)
{
  if (end - start < (gint64) m)
    return -1;
  if (!reverse)
    {
      for (gint64 i = start; i + (gint64) m <= end; i++)
        if (memcmp (u + i, sub, m * sizeof (gunichar)) == 0)
          return i;
    }
  else
    for (gint64 i = end - (gint64) m; i >= start; i--)
      if (memcmp (u + i, sub, m * sizeof (gunichar)) == 0)
        return i;
  return -1;
}

static gint64
count_in (const gunichar *u, gint64 start, gint64 end, const gunichar *sub, gsize m, gint64 max)
{
  gint64 count = 0;

  if (end - start < (gint64) m)
    return 0;
  if (m == 0)
    return MIN (end - start + 1, max < 0 ? G_MAXINT64 : max);
  for (gint64 i = start; i + (gint64) m <= end && (max < 0 || count < max);)
    if (memcmp (u + i, sub, m * sizeof (gunichar)) == 0)
      {
        count++;
        i += (gint64) m;
      }
    else
      i++;
  return count;
}

/* find, rfind, index, rindex, count: (sub[, start[, end]]) */
static PmlObj *
search (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames, const char *name)
{
  gint64 start = 0, end = G_MAXINT64, r;
  gsize n, m;
  gunichar *u, *sub;

  TUPLE_ARGS (name, 1, 3);
  if ((nargs > 1 && !slice_index (args[1], &start)) || (nargs > 2 && !slice_index (args[2], &end)))
    return NULL;
  if (args[0]->kind != K_STR)
    return pml_err_set (T_TYPE_ERROR, "must be str, not %s", pml_type_name (args[0]));
  u = text_of (self, &n);
  sub = text_of (args[0], &m);
  adjust (&start, &end, (gint64) n);
  if (name[0] == 'c')
    r = count_in (u, start, end, sub, m, -1);
  else
    r = find_at (u, start, end, sub, m, name[0] == 'r');
  g_free (u);
  g_free (sub);
  if (r < 0 && strstr (name, "index") != NULL)
    return pml_err_set (T_VALUE_ERROR, "substring not found");
  return pml_int_from_ssize (r);
}

static PmlObj *m_find (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kw) { SELF ("find"); return search (self, args, nargs, kw, "find"); }
static PmlObj *m_rfind (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kw) { SELF ("rfind"); return search (self, args, nargs, kw, "rfind"); }
static PmlObj *m_index (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kw) { SELF ("index"); return search (self, args, nargs, kw, "index"); }
static PmlObj *m_rindex (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kw) { SELF ("rindex"); return search (self, args, nargs, kw, "rindex"); }
static PmlObj *m_count (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kw) { SELF ("count"); return search (self, args, nargs, kw, "count"); }

static PmlObj *
affix (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames, const char *name)
{
  gint64 start = 0, end = G_MAXINT64;
  gsize n, ntests;
  gunichar *u;
  gboolean found = FALSE, ends = name[0] == 'e';
  PmlObj *const *tests;

  TUPLE_ARGS (name, 1, 3);
  if ((nargs > 1 && !slice_index (args[1], &start)) || (nargs > 2 && !slice_index (args[2], &end)))
    return NULL;
  if (args[0]->kind == K_TUPLE)
    {
      tests = args[0]->u.t.items;
      ntests = args[0]->u.t.n;
      for (gsize i = 0; i < ntests; i++)
        if (tests[i]->kind != K_STR)
          return pml_err_set (T_TYPE_ERROR, "tuple for %s must only contain str, not %s", name,
                              pml_type_name (tests[i]));
    }
  else if (args[0]->kind == K_STR)
    {
      tests = args;
      ntests = 1;
    }
  else
    return pml_err_set (T_TYPE_ERROR, "%s first arg must be str or a tuple of str, not %s", name,
                        pml_type_name (args[0]));
  u = text_of (self, &n);
  adjust (&start, &end, (gint64) n);
  for (gsize i = 0; i < ntests && !found; i++)
    {
      gsize m;
      gunichar *sub = text_of (tests[i], &m);

      if (start <= (gint64) n && end - start >= (gint64) m)
        found = memcmp (u + (ends ? end - (gint64) m : start), sub, m * sizeof (gunichar)) == 0;
      g_free (sub);
    }
  g_free (u);
  return pml_incref (BOOL (found));
}

static PmlObj *m_startswith (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kw) { SELF ("startswith"); return affix (self, args, nargs, kw, "startswith"); }
static PmlObj *m_endswith (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kw) { SELF ("endswith"); return affix (self, args, nargs, kw, "endswith"); }

static PmlObj *
m_replace (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gint64 maxcount = -1, done = 0;
  gsize n, m, k;
  gunichar *u, *old, *new_;
  GArray *out;
  PmlObj *r;

  SELF ("replace");
  POSITIONAL ("replace", 2, 3);
  if (args[0]->kind != K_STR)
    return pml_err_set (T_TYPE_ERROR, "replace() argument 1 must be str, not %s", pml_type_name (args[0]));
  if (args[1]->kind != K_STR)
    return pml_err_set (T_TYPE_ERROR, "replace() argument 2 must be str, not %s", pml_type_name (args[1]));
  if (nargs == 3 && !index_arg (args[2], &maxcount))
    return NULL;
  u = text_of (self, &n);
  old = text_of (args[0], &m);
  if (maxcount < 0)
    maxcount = G_MAXINT64;
  if (maxcount == 0 || count_in (u, 0, (gint64) n, old, m, 1) == 0)
    {
      g_free (u);
      g_free (old);
      return pml_incref (self);
    }
  new_ = text_of (args[1], &k);
  out = g_array_new (FALSE, FALSE, sizeof (gunichar));
  for (gsize i = 0; i <= n;)
    {
      if (done < maxcount && (m == 0 || (i + m <= n && memcmp (u + i, old, m * sizeof (gunichar)) == 0)))
        {
          g_array_append_vals (out, new_, k);
          done++;
          if (m == 0)
            {
              if (i < n)
                g_array_append_val (out, u[i]);
              i++;
            }
          else
            i += m;
          continue;
        }
      if (i < n)
        g_array_append_val (out, u[i]);
      i++;
    }
  r = str_from ((gunichar *) out->data, out->len);
  g_array_unref (out);
  g_free (u);
  g_free (old);
  g_free (new_);
  return r;
}

static PmlObj *
fix_prefix (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames, const char *name)
{
  gsize n, m;
  gunichar *u, *a;
  PmlObj *r;
  gboolean suffix = name[6] == 's';

  ONEARG (name);
  if (args[0]->kind != K_STR)
    return pml_err_set (T_TYPE_ERROR, "%s() argument must be str, not %s", name, pml_type_name (args[0]));
  u = text_of (self, &n);
  a = text_of (args[0], &m);
  if (m > 0 && m <= n && memcmp (u + (suffix ? n - m : 0), a, m * sizeof (gunichar)) == 0)
    r = suffix ? substr (self, u, n, 0, n - m) : substr (self, u, n, m, n);
  else
    r = pml_incref (self);
  g_free (u);
  g_free (a);
  return r;
}

static PmlObj *m_removeprefix (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kw) { SELF ("removeprefix"); return fix_prefix (self, args, nargs, kw, "removeprefix"); }
static PmlObj *m_removesuffix (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kw) { SELF ("removesuffix"); return fix_prefix (self, args, nargs, kw, "removesuffix"); }

/* ---- splitting ---- */

#define MAX_PREALLOC 12

/* stringlib's split lists start with room for min(maxsplit + 1, 12) items
 * and keep it when fewer are found */
static PmlObj *
split_list (gint64 maxsplit)
{
  return pml_list_new_prealloc (maxsplit >= MAX_PREALLOC ? MAX_PREALLOC : (gsize) maxsplit + 1);
}

static gboolean
add_piece (PmlObj *list, PmlObj *self, const gunichar *u, gsize n, gsize a, gsize b)
{
  PmlObj *piece = substr (self, u, n, a, b);

  return piece != NULL && pml_list_append (list, piece);
}

static PmlObj *
do_split (PmlObj *self, PmlObj *sep, gint64 maxsplit, gboolean right)
{
  gsize n, m = 0;
  gunichar *u = text_of (self, &n), *s = NULL;
  PmlObj *list;
  gboolean ok = TRUE;

  if (sep != NULL)
    {
      s = text_of (sep, &m);
      if (m == 0)
        {
          g_free (u);
          g_free (s);
          return pml_err_set (T_VALUE_ERROR, "empty separator");
        }
    }
  if (maxsplit < 0)
    maxsplit = G_MAXINT64;
  list = split_list (maxsplit);
  if (list == NULL)
    goto out;
  if (s == NULL && !right)
    {
      gsize i = 0, j;

      while (ok && maxsplit-- > 0)
        {
          while (i < n && py_isspace (u[i]))
            i++;
          if (i == n)
            break;
          j = i;
          while (i < n && !py_isspace (u[i]))
            i++;
          ok = add_piece (list, self, u, n, j, i);
        }
      if (ok && i < n)
        {
          while (i < n && py_isspace (u[i]))
            i++;
          if (i != n)
            ok = add_piece (list, self, u, n, i, n);
        }
    }
  else if (s == NULL)
    {
      gsize i = n, j;

      while (ok && maxsplit-- > 0)
        {
          while (i > 0 && py_isspace (u[i - 1]))
            i--;
          if (i == 0)
            break;
          j = i;
          while (i > 0 && !py_isspace (u[i - 1]))
            i--;
          ok = add_piece (list, self, u, n, i, j);
        }
      if (ok && i > 0)
        {
          while (i > 0 && py_isspace (u[i - 1]))
            i--;
          if (i != 0)
            ok = add_piece (list, self, u, n, 0, i);
        }
    }
  else if (!right)
    {
      gsize i = 0;
      gint64 hit;

      while (ok && maxsplit-- > 0 && (hit = find_at (u, (gint64) i, (gint64) n, s, m, FALSE)) >= 0)
        {
          ok = add_piece (list, self, u, n, i, (gsize) hit);
          i = (gsize) hit + m;
        }
      if (ok)
        ok = add_piece (list, self, u, n, i, n);
    }
  else
    {
      gsize j = n;
      gint64 hit;

      while (ok && maxsplit-- > 0 && (hit = find_at (u, 0, (gint64) j, s, m, TRUE)) >= 0)
        {
          ok = add_piece (list, self, u, n, (gsize) hit + m, j);
          j = (gsize) hit;
        }
      if (ok)
        ok = add_piece (list, self, u, n, 0, j);
    }
  if (ok && right)
    for (gsize i = 0; i < list->u.l.n / 2; i++)
      {
        PmlObj *t = list->u.l.items[i];

        list->u.l.items[i] = list->u.l.items[list->u.l.n - 1 - i];
        list->u.l.items[list->u.l.n - 1 - i] = t;
      }
  if (!ok)
    PML_CLEAR (list);
out:
  g_free (u);
  g_free (s);
  return list;
}

static PmlObj *
split_method (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames, const char *name)
{
  static const char *const names[] = { "sep", "maxsplit" };
  PmlObj *a[2];
  gint64 maxsplit = -1;

  if (!parse_kw (name, args, nargs, kwnames, names, 2, a))
    return NULL;
  if (a[0] != NULL && a[0] != NONE && a[0]->kind != K_STR)
    return pml_err_set (T_TYPE_ERROR, "must be str or None, not %s", pml_type_name (a[0]));
  if (a[1] != NULL && !index_arg (a[1], &maxsplit))
    return NULL;
  return do_split (self, a[0] == NONE ? NULL : a[0], maxsplit, name[0] == 'r');
}

static PmlObj *m_split (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kw) { SELF ("split"); return split_method (self, args, nargs, kw, "split"); }
static PmlObj *m_rsplit (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kw) { SELF ("rsplit"); return split_method (self, args, nargs, kw, "rsplit"); }

static PmlObj *
m_splitlines (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  static const char *const names[] = { "keepends" };
  PmlObj *a[1], *list;
  gboolean keep = FALSE, ok = TRUE;
  gsize n, i = 0;
  gunichar *u;

  SELF ("splitlines");
  if (!parse_kw ("splitlines", args, nargs, kwnames, names, 1, a))
    return NULL;
  if (a[0] != NULL)
    {
      gint64 v;

      if (a[0]->kind == K_FLOAT)
        return pml_err_set (T_TYPE_ERROR, "'float' object cannot be interpreted as an integer");
      if (!index_arg (a[0], &v))
        return NULL;
      keep = v != 0;
    }
  list = pml_list_new (0);
  if (list == NULL)
    return NULL;
  u = text_of (self, &n);
  while (ok && i < n)
    {
      gsize j = i, eol;

      while (i < n && !is_linebreak (u[i]))
        i++;
      eol = i;
      if (i < n)
        {
          if (u[i] == '\r' && i + 1 < n && u[i + 1] == '\n')
            i += 2;
          else
            i++;
          if (keep)
            eol = i;
        }
      ok = add_piece (list, self, u, n, j, eol);
    }
  g_free (u);
  if (!ok)
    PML_CLEAR (list);
  return list;
}

static PmlObj *
partition (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames, const char *name)
{
  gsize n, m;
  gunichar *u, *s;
  gint64 hit;
  PmlObj *r = NULL, *a, *b;
  gboolean right = name[0] == 'r';

  ONEARG (name);
  if (args[0]->kind != K_STR)
    return pml_err_set (T_TYPE_ERROR, "must be str, not %s", pml_type_name (args[0]));
  if (args[0]->u.s.len == 0)
    return pml_err_set (T_VALUE_ERROR, "empty separator");
  u = text_of (self, &n);
  s = text_of (args[0], &m);
  hit = find_at (u, 0, (gint64) n, s, m, right);
  if (hit < 0)
    r = right ? pml_tuple_pack (3, VM->empty_str, VM->empty_str, self)
              : pml_tuple_pack (3, self, VM->empty_str, VM->empty_str);
  else
    {
      a = substr (self, u, n, 0, (gsize) hit);
      b = substr (self, u, n, (gsize) hit + m, n);
      if (a != NULL && b != NULL)
        r = pml_tuple_pack (3, a, args[0], b);
      pml_xdecref (a);
      pml_xdecref (b);
    }
  g_free (u);
  g_free (s);
  return r;
}

static PmlObj *m_partition (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kw) { SELF ("partition"); return partition (self, args, nargs, kw, "partition"); }
static PmlObj *m_rpartition (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kw) { SELF ("rpartition"); return partition (self, args, nargs, kw, "rpartition"); }

/* ---- join ---- */

/* PySequence_Fast: a list or tuple is read in place, anything else is
 * first made into a list */
static PmlObj *
m_join (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *seq, *only = NULL;
  GString *out;
  gsize n;

  SELF ("join");
  ONEARG ("join");
  /* PySequence_Fast: a plain list or tuple as it is */
  if (args[0]->type == TYPE (T_LIST) || args[0]->type == TYPE (T_TUPLE))
    seq = pml_incref (args[0]);
  else
    {
      seq = pml_list_from_iterable (args[0]);
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
  for (gsize i = 0; i < n; i++)
    {
      PmlObj *item = seq->kind == K_LIST ? seq->u.l.items[i] : seq->u.t.items[i];

      if (item->kind != K_STR)
        {
          pml_err_set (T_TYPE_ERROR, "sequence item %zu: expected str instance, %s found", i, pml_type_name (item));
          pml_decref (seq);
          g_string_free (out, TRUE);
          return NULL;
        }
      if (i > 0)
        g_string_append_len (out, self->u.s.s, (gssize) self->u.s.nbytes);
      g_string_append_len (out, item->u.s.s, (gssize) item->u.s.nbytes);
      only = item;
    }
  /* joining one exact str returns it unchanged */
  if (n == 1)
    {
      pml_incref (only);
      pml_decref (seq);
      g_string_free (out, TRUE);
      return only;
    }
  /* the result is made while the sequence still lives */
  {
    PmlObj *r = gstring_result (out);

    pml_decref (seq);
    return r;
  }
}

/* ---- tabs, translation, encoding ---- */

static PmlObj *
m_expandtabs (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  static const char *const names[] = { "tabsize" };
  PmlObj *a[1];
  gint64 tabsize = 8, col = 0;
  GString *out;

  SELF ("expandtabs");
  if (!parse_kw ("expandtabs", args, nargs, kwnames, names, 1, a))
    return NULL;
  if (a[0] != NULL && !index_arg (a[0], &tabsize))
    return NULL;
  if (memchr (self->u.s.s, '\t', self->u.s.nbytes) == NULL)
    return pml_incref (self);
  out = g_string_new (NULL);
  for (const char *p = self->u.s.s; p < self->u.s.s + self->u.s.nbytes; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\t')
        {
          if (tabsize > 0)
            {
              gint64 spaces = tabsize - col % tabsize;

              for (gint64 i = 0; i < spaces; i++)
                g_string_append_c (out, ' ');
              col += spaces;
            }
          continue;
        }
      g_string_append_unichar (out, c);
      col++;
      if (c == '\n' || c == '\r')
        col = 0;
    }
  return gstring_result (out);
}

static PmlObj *
m_translate (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  GString *out;

  SELF ("translate");
  ONEARG ("translate");
  out = g_string_new (NULL);
  for (const char *p = self->u.s.s; p < self->u.s.s + self->u.s.nbytes; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      PmlObj *key = pml_int_new (c), *v = pml_getitem (args[0], key);

      pml_decref (key);
      if (v == NULL)
        {
          if (VM->exc && pml_type_is_subtype (VM->exc->type, TYPE (T_LOOKUP_ERROR)))
            {
              pml_err_clear ();
              g_string_append_unichar (out, c);
              continue;
            }
          g_string_free (out, TRUE);
          return NULL;
        }
      if (v->kind == K_INT)
        {
          gint64 cp;

          if (!pml_int_as_i64 (v, &cp) || cp < 0 || cp > 0x10ffff)
            {
              pml_decref (v);
              g_string_free (out, TRUE);
              pml_err_clear ();
              return pml_err_set (T_VALUE_ERROR, "character mapping must be in range(0x110000)");
            }
          g_string_append_unichar (out, (gunichar) cp);
        }
      else if (v->kind == K_STR)
        g_string_append_len (out, v->u.s.s, (gssize) v->u.s.nbytes);
      else if (v != NONE)
        {
          pml_decref (v);
          g_string_free (out, TRUE);
          return pml_err_set (T_TYPE_ERROR, "character mapping must return integer, None or str");
        }
      pml_decref (v);
    }
  return gstring_result (out);
}

/* str.maketrans is a static method: self, when given, is ignored */
static PmlObj *
m_maketrans (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *d;

  (void) self;
  POSITIONAL ("maketrans", 1, 3);
  d = pml_dict_new ();
  if (d == NULL)
    return NULL;
  if (nargs == 1)
    {
      gsize pos = 0;
      PmlObj *k, *v;

      if (args[0]->kind != K_DICT)
        {
          pml_decref (d);
          return pml_err_set (T_TYPE_ERROR, "if you give only one argument to maketrans it must be a dict");
        }
      while (pml_dict_next (args[0], &pos, &k, &v))
        {
          gboolean ok;

          if (k->kind == K_STR)
            {
              PmlObj *key;

              if (k->u.s.len != 1)
                {
                  pml_decref (d);
                  return pml_err_set (T_VALUE_ERROR, "string keys in translate table must be of length 1");
                }
              key = pml_int_new (g_utf8_get_char (k->u.s.s));
              ok = pml_dict_set (d, key, v);
              pml_decref (key);
            }
          else if (k->kind == K_INT || k->kind == K_BOOL)
            ok = pml_dict_set (d, k, v);
          else
            {
              pml_decref (d);
              return pml_err_set (T_TYPE_ERROR, "keys in translate table must be strings or integers");
            }
          if (!ok)
            {
              pml_decref (d);
              return NULL;
            }
        }
      return d;
    }
  for (gsize i = 0; i < nargs; i++)
    if (args[i]->kind != K_STR)
      {
        pml_decref (d);
        return pml_err_set (T_TYPE_ERROR, "maketrans() argument %zu must be str, not %s", i + 1,
                            pml_type_name (args[i]));
      }
  if (args[0]->u.s.len != args[1]->u.s.len)
    {
      pml_decref (d);
      return pml_err_set (T_VALUE_ERROR, "the first two maketrans arguments must have equal length");
    }
  {
    gsize n, m, z = 0;
    gunichar *x = text_of (args[0], &n), *y = text_of (args[1], &m), *zz = nargs == 3 ? text_of (args[2], &z) : NULL;
    gboolean ok = TRUE;

    for (gsize i = 0; ok && i < n + z; i++)
      {
        PmlObj *k = pml_int_new (i < n ? x[i] : zz[i - n]), *v = i < n ? pml_int_new (y[i]) : pml_incref (NONE);

        ok = pml_dict_set (d, k, v);
        pml_decref (k);
        pml_decref (v);
      }
    g_free (x);
    g_free (y);
    g_free (zz);
    if (!ok)
      PML_CLEAR (d);
  }
  return d;
}

static PmlObj *
encode_error (const char *codec, const gunichar *u, gsize n, gsize i, gunichar limit)
{
  gsize j = i;
  char ch[16];

  while (j < n && u[j] >= limit)
    j++;
  if (u[i] < 0x100)
    g_snprintf (ch, sizeof ch, "\\x%02x", u[i]);
  else if (u[i] < 0x10000)
    g_snprintf (ch, sizeof ch, "\\u%04x", u[i]);
  else
    g_snprintf (ch, sizeof ch, "\\U%08x", u[i]);
  if (j - i == 1)
    return pml_err_set (T_UNICODE_ENCODE_ERROR, "'%s' codec can't encode character '%s' in position %zu: "
                        "ordinal not in range(%u)", codec, ch, i, limit);
  return pml_err_set (T_UNICODE_ENCODE_ERROR, "'%s' codec can't encode characters in position %zu-%zu: "
                      "ordinal not in range(%u)", codec, i, j - 1, limit);
}

static PmlObj *
m_encode (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  static const char *const names[] = { "encoding", "errors" };
  PmlObj *a[2], *r;
  g_autofree char *enc = NULL;
  const char *errors = "strict", *codec;
  gunichar limit;
  gsize n;
  gunichar *u;
  GByteArray *out;

  SELF ("encode");
  if (!parse_kw ("encode", args, nargs, kwnames, names, 2, a))
    return NULL;
  for (int i = 0; i < 2; i++)
    if (a[i] != NULL && a[i]->kind != K_STR)
      return pml_err_set (T_TYPE_ERROR, "encode() argument %s%s%s must be str, not %s", i == 0 && nargs - KW_N (kwnames) > 0 ? "1" : "'",
                          i == 0 && nargs - KW_N (kwnames) > 0 ? "" : names[i], i == 0 && nargs - KW_N (kwnames) > 0 ? "" : "'",
                          pml_type_name (a[i]));
  if (a[1] != NULL)
    errors = a[1]->u.s.s;
  enc = g_ascii_strdown (a[0] ? a[0]->u.s.s : "utf-8", -1);
  g_strdelimit (enc, "_ ", '-');
  if (strcmp (enc, "utf-8") == 0 || strcmp (enc, "utf8") == 0 || strcmp (enc, "u8") == 0)
    return pml_bytes_new ((const guint8 *) self->u.s.s, self->u.s.nbytes);
  if (strcmp (enc, "ascii") == 0 || strcmp (enc, "us-ascii") == 0)
    codec = "ascii", limit = 128;
  else if (strcmp (enc, "latin-1") == 0 || strcmp (enc, "latin1") == 0 || strcmp (enc, "iso-8859-1") == 0
           || strcmp (enc, "l1") == 0)
    codec = "latin-1", limit = 256;
  else
    {
      u = text_of (self, &n);
      out = pml_codec_wide_encode (enc, u, n);
      g_free (u);
      if (out == NULL)
        return pml_err_set (T_LOOKUP_ERROR, "unknown encoding: %s", a[0]->u.s.s);
      r = pml_bytes_new (out->data, out->len);
      g_byte_array_unref (out);
      return r;
    }
  u = text_of (self, &n);
  out = g_byte_array_new ();
  for (gsize i = 0; i < n; i++)
    {
      guint8 b = (guint8) u[i];

      if (u[i] < limit)
        g_byte_array_append (out, &b, 1);
      else if (strcmp (errors, "ignore") == 0)
        continue;
      else if (strcmp (errors, "replace") == 0)
        g_byte_array_append (out, (const guint8 *) "?", 1);
      else if (strcmp (errors, "xmlcharrefreplace") == 0 || strcmp (errors, "backslashreplace") == 0)
        {
          char esc[16];

          if (errors[0] == 'x')
            g_snprintf (esc, sizeof esc, "&#%u;", u[i]);
          else
            g_snprintf (esc, sizeof esc, u[i] < 0x100 ? "\\x%02x" : u[i] < 0x10000 ? "\\u%04x" : "\\U%08x", u[i]);
          g_byte_array_append (out, (const guint8 *) esc, (guint) strlen (esc));
        }
      else if (strcmp (errors, "strict") != 0)
        {
          pml_err_set (T_LOOKUP_ERROR, "unknown error handler name '%s'", errors);
          g_free (u);
          g_byte_array_unref (out);
          return NULL;
        }
      else
        {
          encode_error (codec, u, n, i, limit);
          g_free (u);
          g_byte_array_unref (out);
          return NULL;
        }
    }
  r = pml_bytes_new (out->data, out->len);
  g_free (u);
  g_byte_array_unref (out);
  return r;
}

extern const PmlMethodDef pml_str_methods[];

const PmlMethodDef pml_str_methods[] = {
  { "capitalize", m_capitalize }, { "casefold", m_casefold }, { "center", m_center },
  { "count", m_count }, { "encode", m_encode }, { "endswith", m_endswith },
  { "expandtabs", m_expandtabs }, { "find", m_find }, { "format", pml_str_format }, { "format_map", pml_str_format_map },
  { "__format__", pml_builtin_dunder_format }, { "index", m_index },
  { "isalnum", m_isalnum }, { "isalpha", m_isalpha }, { "isascii", m_isascii },
  { "isdecimal", m_isdecimal }, { "isdigit", m_isdigit }, { "isidentifier", m_isidentifier },
  { "islower", m_islower }, { "isnumeric", m_isnumeric }, { "isprintable", m_isprintable },
  { "isspace", m_isspace }, { "istitle", m_istitle }, { "isupper", m_isupper },
  { "join", m_join }, { "ljust", m_ljust }, { "lower", m_lower }, { "lstrip", m_lstrip },
  { "maketrans", m_maketrans }, { "partition", m_partition },
  { "removeprefix", m_removeprefix }, { "removesuffix", m_removesuffix },
  { "replace", m_replace }, { "rfind", m_rfind }, { "rindex", m_rindex },
  { "rjust", m_rjust }, { "rpartition", m_rpartition }, { "rsplit", m_rsplit },
  { "rstrip", m_rstrip }, { "split", m_split }, { "splitlines", m_splitlines },
  { "startswith", m_startswith }, { "strip", m_strip }, { "swapcase", m_swapcase },
  { "title", m_title }, { "translate", m_translate }, { "upper", m_upper },
  { "zfill", m_zfill },
  { NULL, NULL },
};
