/* pml-py-stringio.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-native.h"

/* io.StringIO as Modules/_io/stringio.c (3.11) has it: a GC object of 120
 * bytes (sys.getsizeof 136, whatever it holds: 3.11 has no __sizeof__ for
 * it) whose text is a PyMem buffer of 4-byte code points, grown as its
 * resize_buffer grows it. CPython first gathers sequential writes in a
 * _PyUnicodeWriter and only makes the buffer when the text is read or
 * moved in; here the buffer is made at once (a simplification of the
 * allocation requests, not of any value a script sees). Newlines are
 * not translated (the default newline='\n'). */

extern const PmlNativeType pml_stringio_type;

typedef struct
{
  gunichar *buf;     /* host copy of the code points */
  gint64    size;    /* string_size */
  gint64    pos;
  gint64    alloc;   /* buf_size, in code points */
  guint64   buf_addr;
  gboolean  closed;
} StringIO;
PML_NATIVE_FITS (StringIO);

#define SIO(o) PML_NATIVE (o, StringIO)

static gboolean
check_closed (PmlObj *o)
{
  if (SIO (o)->closed)
    {
      pml_err_set (T_VALUE_ERROR, "I/O operation on closed file");
      return FALSE;
    }
  return TRUE;
}

/* resize_buffer: one code point more than asked for (line-ending
 * detection), over-allocated by 1/8 on a moderate growth */
static gboolean
resize_buffer (PmlObj *o, gint64 size)
{
  StringIO *s = SIO (o);
  gint64 alloc = s->alloc;
  guint64 addr;

  size = size + 1;
  if (size < alloc / 2)
    alloc = size + 1;
  else if (size < alloc)
    return TRUE;
  else if ((double) size <= (double) alloc * 1.125)
    alloc = size + (size >> 3) + (size < 9 ? 3 : 6);
  else
    alloc = size + 1;
  addr = pml_mem_realloc (s->buf_addr, (gsize) alloc * 4);
  if (addr == 0)
    return FALSE;
  s->buf_addr = addr;
  s->buf = g_renew (gunichar, s->buf, alloc);
  if (alloc > s->alloc)
    memset (s->buf + s->alloc, 0, (gsize) (alloc - s->alloc) * 4);
  s->alloc = alloc;
  return TRUE;
}

/* write_str: at the position, padding a gap with NULs */
static gboolean
write_text (PmlObj *o, const char *utf8, gsize nbytes)
{
  StringIO *s = SIO (o);
  glong n = 0;
  gunichar *w = g_utf8_to_ucs4_fast (utf8, (glong) nbytes, &n);

  if (n == 0)
    {
      g_free (w);
      return TRUE;
    }
  if (s->pos + n > s->size && !resize_buffer (o, s->pos + n))
    {
      g_free (w);
      return FALSE;
    }
  if (s->pos > s->size)
    memset (s->buf + s->size, 0, (gsize) (s->pos - s->size) * 4);
  memcpy (s->buf + s->pos, w, (gsize) n * 4);
  g_free (w);
  s->pos += n;
  if (s->pos > s->size)
    s->size = s->pos;
  return TRUE;
}

/* a str of @n code points (NULs included, which g_ucs4_to_utf8 stops at) */
static PmlObj *
text_of (const gunichar *p, gint64 n)
{
  GString *out = g_string_sized_new ((gsize) MAX (n, 0));
  gsize len;

  for (gint64 i = 0; i < n; i++)
    g_string_append_unichar (out, p[i]);
  /* pml_str_new would copy only up to the first NUL */
  len = out->len;
  return pml_str_new_take (g_string_free (out, FALSE), len);
}

static PmlObj *
stringio_new (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  static const char *const names[] = { "initial_value", "newline", NULL };
  static const PmlArgSpec spec = { "StringIO", names, 0, 2, FALSE };
  PmlObj *a[2], *o;

  (void) type;
  if (!pml_parse_args (&spec, args, nargs, kwnames, a))
    return NULL;
  if (a[0] != NULL && a[0] != NONE && a[0]->kind != K_STR)
    return pml_err_set (T_TYPE_ERROR, "initial_value must be str or None, not %s",
                        pml_type_name (a[0]));
  if (a[1] != NULL && a[1] != NONE && a[1]->kind != K_STR)
    return pml_err_set (T_TYPE_ERROR, "newline must be str or None, not %s", pml_type_name (a[1]));
  if ((o = pml_native_alloc (&pml_stringio_type, 0)) == NULL)
    return NULL;
  pml_gc_track (o);
  /* stringio_new's PyMem_Malloc(0) */
  if ((SIO (o)->buf_addr = pml_mem_alloc (0)) == 0)
    {
      pml_decref (o);
      return NULL;
    }
  /* the buffer is first sized for nothing, then the text written */
  if (!resize_buffer (o, 0))
    {
      pml_decref (o);
      return NULL;
    }
  if (a[0] != NULL && a[0] != NONE && a[0]->u.s.len > 0)
    {
      if (!write_text (o, a[0]->u.s.s, a[0]->u.s.nbytes))
        {
          pml_decref (o);
          return NULL;
        }
      SIO (o)->pos = 0;
    }
  return o;
}

/* ---- the methods ---- */

#define BEGIN(name, min, max) \
  G_STMT_START { METHOD_SELF (); NO_KW (name); NARGS (name, min, max); \
                 if (!check_closed (self)) return NULL; } G_STMT_END

/* an optional size: an int, or None for "all" (-1) */
static gboolean
size_arg (PmlObj **args, gsize nargs, gint64 *n)
{
  *n = -1;
  if (nargs == 0 || args[0] == NONE)
    return TRUE;
  if (pml_slots (args[0])->nb_index == NULL)
    {
      pml_err_set (T_TYPE_ERROR, "argument should be integer or None, not '%s'",
                   pml_type_name (args[0]));
      return FALSE;
    }
  return pml_index_value (args[0], n);
}

static PmlObj *
m_write (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  BEGIN ("write", 1, 1);
  if (args[0]->kind != K_STR)
    return pml_err_set (T_TYPE_ERROR, "string argument expected, got '%s'", pml_type_name (args[0]));
  if (!write_text (self, args[0]->u.s.s, args[0]->u.s.nbytes))
    return NULL;
  return pml_int_new ((gint64) args[0]->u.s.len);
}

static PmlObj *
m_writelines (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *it, *line;

  BEGIN ("writelines", 1, 1);
  if ((it = pml_iter (args[0])) == NULL)
    return NULL;
  while ((line = pml_iter_next (it)) != NULL)
    {
      PmlObj *r = NULL;

      if (line->kind != K_STR)
        pml_err_set (T_TYPE_ERROR, "string argument expected, got '%s'", pml_type_name (line));
      else if (write_text (self, line->u.s.s, line->u.s.nbytes))
        r = NONE;
      pml_decref (line);
      if (r == NULL)
        {
          pml_decref (it);
          return NULL;
        }
    }
  pml_decref (it);
  return pml_err_occurred () ? NULL : pml_incref (NONE);
}

static PmlObj *
m_read (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  StringIO *s;
  gint64 n, left;
  PmlObj *r;

  BEGIN ("read", 0, 1);
  if (!size_arg (args, nargs, &n))
    return NULL;
  s = SIO (self);
  left = MAX (s->size - s->pos, 0);
  if (n < 0 || n > left)
    n = left;
  r = text_of (s->buf + s->pos, n);
  if (r != NULL)
    s->pos += n;
  return r;
}

/* the length of the line from the position, its newline included,
 * at most @limit (-1: no limit) */
static gint64
line_length (StringIO *s, gint64 limit)
{
  gint64 i = s->pos;

  while (i < s->size && (limit < 0 || i - s->pos < limit))
    if (s->buf[i++] == '\n')
      break;
  return MAX (i - s->pos, 0);
}

static PmlObj *
readline (PmlObj *self, gint64 limit)
{
  StringIO *s = SIO (self);
  gint64 n = line_length (s, limit);
  PmlObj *r = text_of (s->buf + s->pos, n);

  if (r != NULL)
    s->pos += n;
  return r;
}

static PmlObj *
m_readline (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gint64 n;

  BEGIN ("readline", 0, 1);
  if (!size_arg (args, nargs, &n))
    return NULL;
  return readline (self, n);
}

static PmlObj *
m_readlines (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *list;
  gint64 hint, total = 0;

  BEGIN ("readlines", 0, 1);
  if (!size_arg (args, nargs, &hint))
    return NULL;
  if ((list = pml_list_new (0)) == NULL)
    return NULL;
  while (SIO (self)->pos < SIO (self)->size)
    {
      PmlObj *line = readline (self, -1);

      if (line == NULL)
        {
          pml_decref (list);
          return NULL;
        }
      total += (gint64) line->u.s.len;
      if (!pml_list_append (list, line))
        {
          pml_decref (list);
          return NULL;
        }
      if (hint > 0 && total >= hint)
        break;
    }
  return list;
}

static PmlObj *
m_getvalue (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  BEGIN ("getvalue", 0, 0);
  (void) args;
  return text_of (SIO (self)->buf, SIO (self)->size);
}

static PmlObj *
m_tell (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  BEGIN ("tell", 0, 0);
  (void) args;
  return pml_int_new (SIO (self)->pos);
}

static PmlObj *
m_seek (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gint64 pos, whence = 0;

  BEGIN ("seek", 1, 2);
  if (!pml_index_value (args[0], &pos) || (nargs > 1 && !pml_index_value (args[1], &whence)))
    return NULL;
  if (whence != 0 && whence != 1 && whence != 2)
    return pml_err_set (T_VALUE_ERROR, "Invalid whence (%" G_GINT64_FORMAT ", should be 0, 1 or 2)",
                        whence);
  if (pos < 0 && whence == 0)
    return pml_err_set (T_VALUE_ERROR, "Negative seek position %" G_GINT64_FORMAT, pos);
  if (whence != 0 && pos != 0)
    return pml_err_set (T_OS_ERROR, "Can't do nonzero cur-relative seeks");
  if (whence == 1)
    pos = SIO (self)->pos;
  else if (whence == 2)
    pos = SIO (self)->size;
  SIO (self)->pos = pos;
  return pml_int_new (pos);
}

static PmlObj *
m_truncate (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gint64 size;

  BEGIN ("truncate", 0, 1);
  if (!size_arg (args, nargs, &size))
    return NULL;
  if (nargs == 0 || args[0] == NONE)
    size = SIO (self)->pos;
  if (size < 0)
    return pml_err_set (T_VALUE_ERROR, "Negative size value %" G_GINT64_FORMAT, size);
  if (size < SIO (self)->size)
    {
      if (!resize_buffer (self, size))
        return NULL;
      SIO (self)->size = size;
    }
  return pml_int_new (size);
}

static PmlObj *
m_close (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  StringIO *s;

  METHOD_SELF ();
  (void) args;
  NO_KW ("close");
  NARGS ("close", 0, 0);
  s = SIO (self);
  if (!s->closed)
    {
      s->closed = TRUE;
      /* the buffer goes at once, as stringio_close's PyMem_Free */
      pml_mem_free (s->buf_addr);
      s->buf_addr = 0;
      g_clear_pointer (&s->buf, g_free);
      s->size = s->alloc = 0;
    }
  return pml_incref (NONE);
}

static PmlObj *
m_true (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  BEGIN ("readable", 0, 0);
  (void) args;
  return pml_incref (TRUE_);
}

static PmlObj *
m_false (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  BEGIN ("isatty", 0, 0);
  (void) args;
  return pml_incref (FALSE_);
}

static PmlObj *
m_flush (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  BEGIN ("flush", 0, 0);
  (void) args;
  return pml_incref (NONE);
}

static PmlObj *
m_enter (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  BEGIN ("__enter__", 0, 0);
  (void) args;
  return pml_incref (self);
}

static PmlObj *
m_exit (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  METHOD_SELF ();
  (void) kwnames;
  return m_close (self, args, 0, NULL);
}

static const PmlMethodDef stringio_methods[] = {
  { "close", m_close },
  { "flush", m_flush },
  { "getvalue", m_getvalue },
  { "isatty", m_false },
  { "read", m_read },
  { "readable", m_true },
  { "readline", m_readline },
  { "readlines", m_readlines },
  { "seek", m_seek },
  { "seekable", m_true },
  { "tell", m_tell },
  { "truncate", m_truncate },
  { "writable", m_true },
  { "write", m_write },
  { "writelines", m_writelines },
  { "__enter__", m_enter },
  { "__exit__", m_exit },
  { NULL, NULL },
};

static PmlObj *
get_closed (PmlObj *o)
{
  return pml_incref (BOOL (SIO (o)->closed));
}

static const PmlGetSetDef stringio_getsets[] = {
  { "closed", get_closed, NULL, FALSE },
  { NULL, NULL, NULL, FALSE },
};

static PmlObj *
stringio_getattro (PmlObj *o, PmlObj *name)
{
  if (strcmp (name->u.s.s, "closed") == 0)
    return get_closed (o);
  if (strcmp (name->u.s.s, "newlines") == 0)
    return pml_incref (NONE);
  if (strcmp (name->u.s.s, "line_buffering") == 0)
    return pml_incref (FALSE_);
  return pml_object_getattro (o, name);
}

static PmlObj *
stringio_iter (PmlObj *o)
{
  if (!check_closed (o))
    return NULL;
  return pml_incref (o);
}

static PmlObj *
stringio_iternext (PmlObj *o)
{
  PmlObj *line;

  if (!check_closed (o))
    return NULL;
  line = readline (o, -1);
  if (line != NULL && line->u.s.len == 0)
    PML_CLEAR (line);
  return line;
}

static gboolean
stringio_dealloc (PmlObj *o)
{
  pml_mem_free (SIO (o)->buf_addr);
  SIO (o)->buf_addr = 0;
  g_clear_pointer (&SIO (o)->buf, g_free);
  return FALSE;
}

static void
stringio_traverse (PmlObj *o, PmlVisitFunc visit, gpointer data)
{
  (void) o;
  (void) visit;
  (void) data;
}

static void
stringio_free_host (PmlObj *o)
{
  g_clear_pointer (&SIO (o)->buf, g_free);
}

static const PmlTypeSlots stringio_slots = {
  .repr = pml_object_repr,
  .hash = pml_object_hash,
  .richcompare = pml_object_richcompare,
  .getattro = stringio_getattro,
  .setattro = pml_object_setattro,
  .new_instance = stringio_new,
  .no_vectorcall = TRUE,
  .iter = stringio_iter,
  .iternext = stringio_iternext,
  .methods = stringio_methods,
  .getsets = stringio_getsets,
  .dealloc = stringio_dealloc,
  .traverse = stringio_traverse,
  .free_host = stringio_free_host,
  .flags = PML_TPFLAGS_HAVE_GC | PML_TPFLAGS_WEAKREFABLE,
};

/* 16 header + buf, pos, string_size, buf_size, the writer (48), state,
 * ok, closed, readuniversal, readtranslate, decoder, readnl, writenl,
 * dict, weakreflist */
const PmlNativeType pml_stringio_type = { "_io.StringIO", 120, &stringio_slots };
