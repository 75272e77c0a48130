/* pml-py-bytes-text.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-bytes-text.h"

/* The text-like methods bytes and bytearray share with str, on ASCII:
 * padding, case, partition, line and tab handling, prefixes, rsplit and
 * translation tables. Each returns its receiver's type, as CPython's
 * bytes_methods.c does. */

#define SELF() G_STMT_START { if (self == NULL) { self = args[0]; args++; nargs--; } } G_STMT_END

static gboolean
is_bytes_like (PmlObj *o)
{
  return o->kind == K_BYTES || o->kind == K_BYTEARRAY;
}

static gboolean
is_space (guint8 c)
{
  return c == ' ' || (c >= 9 && c <= 13);
}

static PmlObj *
need_bytes_like (PmlObj *o)
{
  return pml_err_set (T_TYPE_ERROR, "a bytes-like object is required, not '%s'", pml_type_name (o));
}

/* ---- padding ---- */

/* the fill byte of center/ljust/rjust */
static gboolean
fill_byte (const char *name, PmlObj **args, gsize nargs, guint8 *fill)
{
  *fill = ' ';
  if (nargs < 2)
    return TRUE;
  if (!is_bytes_like (args[1]) || args[1]->u.b.len != 1)
    {
      pml_err_set (T_TYPE_ERROR, "%s() argument 2 must be a byte string of length 1, not %s", name,
                   pml_type_name (args[1]));
      return FALSE;
    }
  *fill = args[1]->u.b.data[0];
  return TRUE;
}

static PmlObj *
pad (PmlObj *self, gsize left, gsize right, guint8 fill)
{
  gsize len = self->u.b.len, total = left + len + right;
  g_autofree guint8 *d = g_malloc (MAX (total, 1));

  memset (d, fill, left);
  memcpy (d + left, self->u.b.data, len);
  memset (d + left + len, fill, right);
  return pml_bytes_like_result (self, d, total);
}

static PmlObj *
justify (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames, const char *name, char how)
{
  gint64 width;
  guint8 fill;
  gsize len = self->u.b.len, marg, left;

  NO_KW (name);
  NARGS (name, 1, 2);
  if (!pml_index_value (args[0], &width) || !fill_byte (name, args, nargs, &fill))
    return NULL;
  if (width <= (gint64) len)
    return pml_bytes_like_result (self, self->u.b.data, len);
  marg = (gsize) width - len;
  if (how == 'l')
    return pad (self, 0, marg, fill);
  if (how == 'r')
    return pad (self, marg, 0, fill);
  /* the odd byte goes left when the width is odd, as str.center */
  left = marg / 2 + (marg & (gsize) width & 1);
  return pad (self, left, marg - left, fill);
}

PmlObj *pml_bytes_m_center (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kw) { SELF (); return justify (self, args, nargs, kw, "center", 'c'); }
PmlObj *pml_bytes_m_ljust (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kw) { SELF (); return justify (self, args, nargs, kw, "ljust", 'l'); }
PmlObj *pml_bytes_m_rjust (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kw) { SELF (); return justify (self, args, nargs, kw, "rjust", 'r'); }

PmlObj *
pml_bytes_m_zfill (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gint64 width;
  gsize len, fill;
  PmlObj *r;

  SELF ();
  NO_KW ("zfill");
  NARGS ("zfill", 1, 1);
  if (!pml_index_value (args[0], &width))
    return NULL;
  len = self->u.b.len;
  if (width <= (gint64) len)
    return pml_bytes_like_result (self, self->u.b.data, len);
  fill = (gsize) width - len;
  r = pad (self, fill, 0, '0');
  /* a sign moves to the front */
  if (r != NULL && len > 0 && (self->u.b.data[0] == '+' || self->u.b.data[0] == '-'))
    {
      r->u.b.data[0] = self->u.b.data[0];
      r->u.b.data[fill] = '0';
    }
  return r;
}

/* ---- case ---- */

static PmlObj *
mapped (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames, const char *name, gboolean title)
{
  g_autofree guint8 *d = NULL;
  gsize len;
  gboolean previous_cased = FALSE;

  (void) args;
  NO_KW (name);
  NARGS (name, 0, 0);
  len = self->u.b.len;
  d = g_memdup2 (self->u.b.data, MAX (len, 1));
  for (gsize i = 0; i < len; i++)
    {
      gboolean upper = title ? !previous_cased : i == 0;

      d[i] = (guint8) (upper ? g_ascii_toupper (d[i]) : g_ascii_tolower (d[i]));
      previous_cased = g_ascii_isalpha (d[i]);
    }
  return pml_bytes_like_result (self, d, len);
}

PmlObj *pml_bytes_m_capitalize (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kw) { SELF (); return mapped (self, args, nargs, kw, "capitalize", FALSE); }
PmlObj *pml_bytes_m_title (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kw) { SELF (); return mapped (self, args, nargs, kw, "title", TRUE); }

/* islower/isupper: at least one cased byte, and none of the other case */
static PmlObj *
case_test (PmlObj *self, gsize nargs, const char *name, gboolean want_upper)
{
  gboolean cased = FALSE;

  NARGS (name, 0, 0);
  for (gsize i = 0; i < self->u.b.len; i++)
    {
      guint8 c = self->u.b.data[i];

      if ((want_upper && g_ascii_islower (c)) || (!want_upper && g_ascii_isupper (c)))
        return pml_incref (FALSE_);
      cased |= g_ascii_isalpha (c);
    }
  return pml_incref (BOOL (cased));
}

PmlObj *pml_bytes_m_islower (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kw) { SELF (); (void) kw; return case_test (self, nargs, "islower", FALSE); }
PmlObj *pml_bytes_m_isupper (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kw) { SELF (); (void) kw; return case_test (self, nargs, "isupper", TRUE); }

PmlObj *
pml_bytes_m_istitle (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gboolean cased = FALSE, previous_cased = FALSE;

  SELF ();
  (void) kwnames;
  NARGS ("istitle", 0, 0);
  for (gsize i = 0; i < self->u.b.len; i++)
    {
      guint8 c = self->u.b.data[i];

      if (g_ascii_isupper (c))
        {
          if (previous_cased)
            return pml_incref (FALSE_);
          previous_cased = cased = TRUE;
        }
      else if (g_ascii_islower (c))
        {
          if (!previous_cased)
            return pml_incref (FALSE_);
          previous_cased = cased = TRUE;
        }
      else
        previous_cased = FALSE;
    }
  return pml_incref (BOOL (cased));
}

PmlObj *
pml_bytes_m_isascii (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  SELF ();
  (void) kwnames;
  NARGS ("isascii", 0, 0);
  for (gsize i = 0; i < self->u.b.len; i++)
    if (self->u.b.data[i] >= 0x80)
      return pml_incref (FALSE_);
  return pml_incref (TRUE_);
}

/* ---- partition ---- */

static gssize
find_sep (const guint8 *h, gsize hl, const guint8 *n, gsize nl, gboolean last)
{
  if (nl > hl)
    return -1;
  if (last)
    {
      for (gsize i = hl - nl + 1; i > 0; i--)
        if (memcmp (h + i - 1, n, nl) == 0)
          return (gssize) (i - 1);
      return -1;
    }
  for (gsize i = 0; i + nl <= hl; i++)
    if (memcmp (h + i, n, nl) == 0)
      return (gssize) i;
  return -1;
}

static PmlObj *
partition (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames, const char *name, gboolean last)
{
  PmlObj *sep, *parts[3], *r;
  const guint8 *d = self->u.b.data;
  gsize len = self->u.b.len;
  gssize at;

  NO_KW (name);
  NARGS (name, 1, 1);
  sep = args[0];
  if (!is_bytes_like (sep))
    return need_bytes_like (sep);
  if (sep->u.b.len == 0)
    return pml_err_set (T_VALUE_ERROR, "empty separator");
  at = find_sep (d, len, sep->u.b.data, sep->u.b.len, last);
  if (at < 0)
    {
      PmlObj *whole = pml_bytes_like_result (self, d, len), *empty = pml_bytes_like_result (self, d, 0);
      PmlObj *empty2 = pml_bytes_like_result (self, d, 0);

      if (last)
        r = pml_tuple_pack (3, empty, empty2, whole);
      else
        r = pml_tuple_pack (3, whole, empty, empty2);
      pml_decref (whole);
      pml_decref (empty);
      pml_decref (empty2);
      return r;
    }
  parts[0] = pml_bytes_like_result (self, d, (gsize) at);
  parts[1] = pml_bytes_like_result (self, sep->u.b.data, sep->u.b.len);
  parts[2] = pml_bytes_like_result (self, d + at + sep->u.b.len, len - (gsize) at - sep->u.b.len);
  r = pml_tuple_pack (3, parts[0], parts[1], parts[2]);
  for (int i = 0; i < 3; i++)
    pml_decref (parts[i]);
  return r;
}

PmlObj *pml_bytes_m_partition (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kw) { SELF (); return partition (self, args, nargs, kw, "partition", FALSE); }
PmlObj *pml_bytes_m_rpartition (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kw) { SELF (); return partition (self, args, nargs, kw, "rpartition", TRUE); }

/* ---- lines and tabs ---- */

PmlObj *
pml_bytes_m_splitlines (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gsize npos, len, start = 0;
  PmlObj *keep = NULL, *list;
  const guint8 *d;
  gboolean keepends = FALSE;

  SELF ();
  npos = pml_positional (nargs, kwnames);
  if (npos > 1)
    return pml_err_set (T_TYPE_ERROR, "splitlines() takes at most 1 argument (%zu given)", npos);
  keep = npos == 1 ? args[0] : pml_kwarg (args, nargs, kwnames, "keepends");
  if (keep != NULL && (keepends = pml_truth (keep)) < 0)
    return NULL;
  d = self->u.b.data;
  len = self->u.b.len;
  list = pml_list_new (0);
  while (start < len)
    {
      gsize end = start, next;
      PmlObj *line;

      while (end < len && d[end] != '\n' && d[end] != '\r')
        end++;
      next = end;
      if (end < len)
        next = end + (d[end] == '\r' && end + 1 < len && d[end + 1] == '\n' ? 2 : 1);
      line = pml_bytes_like_result (self, d + start, (keepends ? next : end) - start);
      if (line == NULL || !pml_list_append (list, line))
        {
          pml_decref (list);
          return NULL;
        }
      start = next;
    }
  return list;
}

PmlObj *
pml_bytes_m_expandtabs (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gint64 tabsize = 8;
  PmlObj *size = nargs - pml_positional (nargs, kwnames) > 0 ? pml_kwarg (args, nargs, kwnames, "tabsize") : NULL;
  GByteArray *out;
  gsize column = 0;
  PmlObj *r;

  SELF ();
  if (pml_positional (nargs, kwnames) > 0)
    size = args[0];
  if (size != NULL && !pml_index_value (size, &tabsize))
    return NULL;
  out = g_byte_array_new ();
  for (gsize i = 0; i < self->u.b.len; i++)
    {
      guint8 c = self->u.b.data[i];

      if (c == '\t')
        {
          if (tabsize > 0)
            {
              gsize spaces = (gsize) tabsize - column % (gsize) tabsize;

              for (gsize s = 0; s < spaces; s++)
                g_byte_array_append (out, (const guint8 *) " ", 1);
              column += spaces;
            }
        }
      else
        {
          g_byte_array_append (out, &c, 1);
          column = c == '\n' || c == '\r' ? 0 : column + 1;
        }
    }
  r = pml_bytes_like_result (self, out->data, out->len);
  g_byte_array_unref (out);
  return r;
}

/* ---- prefixes and rsplit ---- */

static gboolean
append_piece (PmlObj *list, PmlObj *self, const guint8 *d, gsize len)
{
  PmlObj *piece = pml_bytes_like_result (self, d, len);

  return piece != NULL && pml_list_append (list, piece);
}

static PmlObj *
remove_affix (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames, const char *name, gboolean suffix)
{
  PmlObj *a;
  gsize len = self->u.b.len, al;

  NO_KW (name);
  NARGS (name, 1, 1);
  a = args[0];
  if (!is_bytes_like (a))
    return need_bytes_like (a);
  al = a->u.b.len;
  if (al <= len && al > 0 && memcmp (suffix ? self->u.b.data + len - al : self->u.b.data, a->u.b.data, al) == 0)
    return pml_bytes_like_result (self, suffix ? self->u.b.data : self->u.b.data + al, len - al);
  return pml_bytes_like_result (self, self->u.b.data, len);
}

PmlObj *pml_bytes_m_removeprefix (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kw) { SELF (); return remove_affix (self, args, nargs, kw, "removeprefix", FALSE); }
PmlObj *pml_bytes_m_removesuffix (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kw) { SELF (); return remove_affix (self, args, nargs, kw, "removesuffix", TRUE); }

/* rsplit(sep=None, maxsplit=-1): split from the right, listed left to right */
PmlObj *
pml_bytes_m_rsplit (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gsize npos;
  PmlObj *sep, *max, *list;
  gint64 maxsplit = -1;
  const guint8 *d;
  gsize end;

  SELF ();
  npos = pml_positional (nargs, kwnames);
  if (npos > 2)
    return pml_err_set (T_TYPE_ERROR, "rsplit() takes at most 2 arguments (%zu given)", npos);
  sep = npos > 0 ? args[0] : pml_kwarg (args, nargs, kwnames, "sep");
  max = npos > 1 ? args[1] : pml_kwarg (args, nargs, kwnames, "maxsplit");
  if (max != NULL && !pml_index_value (max, &maxsplit))
    return NULL;
  if (sep == NONE)
    sep = NULL;
  if (sep != NULL && !is_bytes_like (sep))
    return need_bytes_like (sep);
  if (sep != NULL && sep->u.b.len == 0)
    return pml_err_set (T_VALUE_ERROR, "empty separator");
  d = self->u.b.data;
  end = self->u.b.len;
  list = pml_list_new (0);
  if (sep == NULL)
    {
      for (;;)
        {
          gsize start;

          while (end > 0 && is_space (d[end - 1]))
            end--;
          if (end == 0)
            break;
          /* the last piece keeps its leading whitespace */
          if (maxsplit == 0)
            {
              if (!append_piece (list, self, d, end))
                goto fail;
              break;
            }
          start = end;
          while (start > 0 && !is_space (d[start - 1]))
            start--;
          if (!append_piece (list, self, d + start, end - start))
            goto fail;
          end = start;
          if (maxsplit > 0)
            maxsplit--;
        }
    }
  else
    {
      gsize sl = sep->u.b.len;

      for (;;)
        {
          gssize at = maxsplit == 0 ? -1 : find_sep (d, end, sep->u.b.data, sl, TRUE);

          if (at < 0)
            {
              if (!append_piece (list, self, d, end))
                goto fail;
              break;
            }
          if (!append_piece (list, self, d + at + sl, end - (gsize) at - sl))
            goto fail;
          end = (gsize) at;
          if (maxsplit > 0)
            maxsplit--;
        }
    }
  /* found right to left */
  for (gsize i = 0, j = list->u.l.n; i + 1 < j; i++, j--)
    {
      PmlObj *t = list->u.l.items[i];

      list->u.l.items[i] = list->u.l.items[j - 1];
      list->u.l.items[j - 1] = t;
    }
  return list;

fail:
  pml_decref (list);
  return NULL;
}

/* ---- translation tables ---- */

/* bytes.maketrans(frm, to): the 256-byte table mapping each byte of frm */
PmlObj *
pml_bytes_m_maketrans (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  guint8 table[256];

  (void) self;
  NO_KW ("maketrans");
  NARGS ("maketrans", 2, 2);
  for (int i = 0; i < 2; i++)
    if (!is_bytes_like (args[i]))
      return need_bytes_like (args[i]);
  if (args[0]->u.b.len != args[1]->u.b.len)
    return pml_err_set (T_VALUE_ERROR, "maketrans arguments must have same length");
  for (int i = 0; i < 256; i++)
    table[i] = (guint8) i;
  for (gsize i = 0; i < args[0]->u.b.len; i++)
    table[args[0]->u.b.data[i]] = args[1]->u.b.data[i];
  return pml_bytes_new (table, 256);
}

/* translate(table, /, delete=b''): table None keeps every byte */
PmlObj *
pml_bytes_m_translate (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gsize npos;
  PmlObj *table, *delete;
  gboolean drop[256] = { FALSE };
  g_autofree guint8 *d = NULL;
  gsize n = 0;
  gboolean changed = FALSE;

  SELF ();
  npos = pml_positional (nargs, kwnames);
  if (npos < 1 || npos > 2)
    return pml_err_set (T_TYPE_ERROR, "translate() takes from 1 to 2 positional arguments but %zu were given", npos);
  table = args[0];
  delete = npos > 1 ? args[1] : pml_kwarg (args, nargs, kwnames, "delete");
  if (table != NONE && (!is_bytes_like (table)))
    return need_bytes_like (table);
  if (table != NONE && table->u.b.len != 256)
    return pml_err_set (T_VALUE_ERROR, "translation table must be 256 characters long");
  if (delete != NULL)
    {
      if (!is_bytes_like (delete))
        return need_bytes_like (delete);
      for (gsize i = 0; i < delete->u.b.len; i++)
        drop[delete->u.b.data[i]] = TRUE;
    }
  d = g_malloc (MAX (self->u.b.len, 1));
  for (gsize i = 0; i < self->u.b.len; i++)
    {
      guint8 c = self->u.b.data[i];

      if (drop[c])
        {
          changed = TRUE;
          continue;
        }
      d[n] = table == NONE ? c : table->u.b.data[c];
      changed |= d[n] != c;
      n++;
    }
  /* bytes with nothing changed come back as they are */
  if (!changed)
    return pml_bytes_like_result (self, self->u.b.data, self->u.b.len);
  return pml_bytes_like_result (self, d, n);
}
