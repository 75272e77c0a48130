/* pml-py-mod-re-pattern.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-mod-re.h"

/* re.Pattern, as _sre's PatternObject: a GC object of 112 bytes plus 4
 * per word of compiled code, holding the pattern string, the flags, the
 * groupindex dict and the indexgroup tuple. Its methods run the matcher
 * and build Match objects, lists and strings. */

typedef struct
{
  PmlObj    *pattern;      /* the str */
  PmlObj    *groupindex;   /* dict: name -> number */
  PmlObj    *indexgroup;   /* tuple: number -> name or None */
  ReProgram *prog;
  gint64     flags;
} Pattern;
PML_NATIVE_FITS (Pattern);

ReProgram *
pml_re_pattern_program (PmlObj *pattern)
{
  return PML_NATIVE (pattern, Pattern)->prog;
}

PmlObj *
pml_re_pattern_groupindex (PmlObj *pattern)
{
  return PML_NATIVE (pattern, Pattern)->groupindex;
}

gunichar *
pml_re_str_chars (PmlObj *str, gsize *n)
{
  gunichar *out = g_new (gunichar, str->u.s.len + 1);
  const char *p = str->u.s.s, *end = p + str->u.s.nbytes;
  gsize i = 0;

  while (p < end && i < str->u.s.len)
    {
      out[i++] = g_utf8_get_char (p);
      p = g_utf8_next_char (p);
    }
  *n = i;
  return out;
}

PmlObj *
pml_re_substr (PmlObj *str, gssize start, gssize end)
{
  return pml_str_slice (str, start, end, 1);
}

void
pml_re_raise_error (const char *msg, PmlObj *pattern, gssize pos)
{
  PmlObj *m = pml_dict_get_str (VM->modules, "re");
  PmlObj *cls = m != NULL ? pml_dict_get_str (m->u.mod.dict, "error") : NULL;
  PmlObj *args[3], *exc;
  gsize n = 1;

  if (cls == NULL)
    {
      pml_err_set (T_VALUE_ERROR, "%s", msg);
      return;
    }
  args[0] = pml_str_new (msg, -1);
  if (pattern != NULL && pos >= 0)
    {
      args[1] = pml_incref (pattern);
      args[2] = pml_int_from_ssize (pos);
      n = 3;
    }
  exc = pml_call_from_c (cls, args, n);
  for (gsize i = 0; i < n; i++)
    pml_decref (args[i]);
  if (exc != NULL)
    pml_err_set_obj (exc);
}

/* ---- compiling ---- */

/* _sre.compile(pattern, flags): a Pattern, or re.error */
PmlObj *
pml_re_compile (PmlObj *pattern, gint64 flags)
{
  g_autofree gunichar *chars = NULL;
  gsize n;
  ReError error;
  ReProgram *prog;
  PmlObj *o, *names;
  gboolean named = FALSE;
  Pattern *p;

  if (!IS_TYPE (pattern, T_STR))
    return pml_err_set (T_TYPE_ERROR, "first argument must be string or compiled pattern");
  chars = pml_re_str_chars (pattern, &n);
  prog = pml_re_parse (chars, n, (guint) flags, &error);
  if (prog == NULL)
    {
      pml_re_raise_error (error.msg, pattern, error.pos);
      g_free (error.msg);
      return NULL;
    }
  if ((o = pml_native_alloc (&pml_re_pattern_type, 4 * prog->code_words)) == NULL)
    {
      pml_re_program_free (prog);
      return NULL;
    }
  p = PML_NATIVE (o, Pattern);
  p->prog = prog;
  p->flags = prog->flags;
  p->pattern = pml_incref (pattern);
  /* _sre keeps the name tables only when some group has a name */
  for (int g = 1; g <= prog->groups && !named; g++)
    named = g_ptr_array_index (prog->group_names, g) != NULL;
  if (!named)
    {
      pml_gc_track (o);
      return o;
    }
  p->groupindex = pml_dict_new ();
  names = pml_tuple_new ((gsize) prog->groups + 1);
  p->indexgroup = names;
  for (int g = 0; g <= prog->groups; g++)
    {
      const char *name = g_ptr_array_index (prog->group_names, g);
      PmlObj *key = name != NULL ? pml_str_new (name, -1) : pml_incref (NONE);

      names->u.t.items[g] = key;
      if (name != NULL)
        {
          PmlObj *num = pml_int_new (g);

          pml_dict_set (p->groupindex, key, num);
          pml_decref (num);
        }
    }
  pml_gc_track (o);
  return o;
}

/* ---- arguments ---- */

/* string, pos=0, endpos=sys.maxsize: the checked string and the span */
static gboolean
string_args (const char *fname, PmlObj **args, gsize nargs, PmlObj *kwnames,
             PmlObj **string, gssize *pos, gssize *endpos)
{
  static const char *const names[] = { "string", "pos", "endpos", NULL };
  const PmlArgSpec spec = { fname, names, 1, 3, FALSE };
  PmlObj *a[3];
  gint64 p = 0, e = G_MAXINT64;

  if (!pml_parse_args (&spec, args, nargs, kwnames, a))
    return FALSE;
  if ((a[1] != NULL && !pml_index_value (a[1], &p)) || (a[2] != NULL && !pml_index_value (a[2], &e)))
    return FALSE;
  if (!IS_TYPE (a[0], T_STR))
    {
      if (IS_TYPE (a[0], T_BYTES) || IS_TYPE (a[0], T_BYTEARRAY))
        pml_err_set (T_TYPE_ERROR, "cannot use a string pattern on a bytes-like object");
      else
        pml_err_set (T_TYPE_ERROR, "expected string or bytes-like object, got '%s'", pml_type_name (a[0]));
      return FALSE;
    }
  *string = a[0];
  p = CLAMP (p, 0, (gint64) a[0]->u.s.len);
  e = CLAMP (e, 0, (gint64) a[0]->u.s.len);
  *pos = (gssize) p;
  *endpos = (gssize) e;
  return TRUE;
}

/* a matcher's state over @chars up to @endpos */
static void
state_init (ReState *st, ReProgram *prog, const gunichar *chars, gssize endpos)
{
  memset (st, 0, sizeof *st);
  st->s = chars;
  st->n = endpos;
  st->marks = g_new (gssize, 2 * (gsize) (prog->groups + 1));
  st->forbid_end = -1;
}

static gboolean
run (ReProgram *prog, ReState *st, gssize pos, ReHow how)
{
  gboolean found = pml_re_run (prog, st, pos, how);

  if (!found && st->too_deep)
    {
      pml_err_set (T_RECURSION_ERROR, "maximum recursion limit exceeded");
      return FALSE;
    }
  return found;
}

static PmlObj *
match_with (PmlObj *self, const char *fname, ReHow how, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  Pattern *p = PML_NATIVE (self, Pattern);
  g_autofree gunichar *chars = NULL;
  PmlObj *string, *r;
  gssize pos, endpos;
  gsize n;
  ReState st;

  if (!string_args (fname, args, nargs, kwnames, &string, &pos, &endpos))
    return NULL;
  chars = pml_re_str_chars (string, &n);
  state_init (&st, p->prog, chars, endpos);
  if (pos > endpos || !run (p->prog, &st, pos, how))
    r = pml_err_occurred () ? NULL : pml_incref (NONE);
  else
    r = pml_re_match_new (self, string, pos, endpos, &st);
  g_free (st.marks);
  return r;
}

static PmlObj *
pattern_match_bound (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  return match_with (self, "match", RE_MATCH, args, nargs, kwnames);
}

static PmlObj *
pattern_search_bound (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  return match_with (self, "search", RE_SEARCH, args, nargs, kwnames);
}

static PmlObj *
pattern_fullmatch_bound (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  return match_with (self, "fullmatch", RE_FULLMATCH, args, nargs, kwnames);
}

/* group @g's text for findall and split: None (split) or "" (findall)
   when it did not take part */
static PmlObj *
group_text (PmlObj *string, const ReState *st, int g, PmlObj *unset)
{
  gssize a = st->marks[2 * g], b = st->marks[2 * g + 1];

  if (a < 0 || b < 0)
    return pml_incref (unset);
  return pml_re_substr (string, a, b);
}

/* the next match of a loop (findall, finditer, sub, split): an empty
   match may not end where the last one, empty too, did */
static gboolean
next_match (ReProgram *prog, ReState *st, gssize *at)
{
  if (*at > st->n || !run (prog, st, *at, RE_SEARCH))
    return FALSE;
  st->forbid_end = st->marks[0] == st->marks[1] ? st->marks[1] : -1;
  *at = st->marks[1];
  return TRUE;
}

static PmlObj *
pattern_findall_bound (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  Pattern *p = PML_NATIVE (self, Pattern);
  g_autofree gunichar *chars = NULL;
  PmlObj *string, *list, *item;
  gssize pos, endpos, at;
  gsize n;
  ReState st;

  if (!string_args ("findall", args, nargs, kwnames, &string, &pos, &endpos))
    return NULL;
  if ((list = pml_list_new (0)) == NULL)
    return NULL;
  chars = pml_re_str_chars (string, &n);
  state_init (&st, p->prog, chars, endpos);
  at = pos;
  while (next_match (p->prog, &st, &at))
    {
      int groups = p->prog->groups;

      if (groups == 0)
        item = pml_re_substr (string, st.marks[0], st.marks[1]);
      else if (groups == 1)
        item = group_text (string, &st, 1, VM->empty_str);
      else
        {
          item = pml_tuple_new ((gsize) groups);
          for (int g = 1; item != NULL && g <= groups; g++)
            item->u.t.items[g - 1] = group_text (string, &st, g, VM->empty_str);
        }
      if (item == NULL || !pml_list_append (list, item))
        goto fail;
    }
  if (pml_err_occurred ())
    goto fail;
  g_free (st.marks);
  return list;

fail:
  g_free (st.marks);
  pml_decref (list);
  return NULL;
}

static PmlObj *
pattern_split_bound (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  static const char *const names[] = { "string", "maxsplit", NULL };
  const PmlArgSpec spec = { "split", names, 1, 2, FALSE };
  Pattern *p = PML_NATIVE (self, Pattern);
  g_autofree gunichar *chars = NULL;
  PmlObj *a[2], *string, *list, *item;
  gint64 maxsplit = 0, count = 0;
  gssize at = 0, last = 0;
  gsize n;
  ReState st;

  if (!pml_parse_args (&spec, args, nargs, kwnames, a))
    return NULL;
  if (a[1] != NULL && !pml_index_value (a[1], &maxsplit))
    return NULL;
  string = a[0];
  if (!IS_TYPE (string, T_STR))
    return pml_err_set (T_TYPE_ERROR, "expected string or bytes-like object, got '%s'", pml_type_name (string));
  if ((list = pml_list_new (0)) == NULL)
    return NULL;
  chars = pml_re_str_chars (string, &n);
  state_init (&st, p->prog, chars, (gssize) n);
  while ((maxsplit == 0 || count < maxsplit) && next_match (p->prog, &st, &at))
    {
      item = pml_re_substr (string, last, st.marks[0]);
      if (item == NULL || !pml_list_append (list, item))
        goto fail;
      for (int g = 1; g <= p->prog->groups; g++)
        {
          item = group_text (string, &st, g, NONE);
          if (item == NULL || !pml_list_append (list, item))
            goto fail;
        }
      last = st.marks[1];
      count++;
    }
  if (pml_err_occurred ())
    goto fail;
  item = pml_re_substr (string, last, (gssize) n);
  if (item == NULL || !pml_list_append (list, item))
    goto fail;
  g_free (st.marks);
  return list;

fail:
  g_free (st.marks);
  pml_decref (list);
  return NULL;
}

/* sub and subn: the new string and how many replacements */
static PmlObj *
substitute (PmlObj *self, const char *fname, PmlObj **args, gsize nargs, PmlObj *kwnames, gint64 *done)
{
  static const char *const names[] = { "repl", "string", "count", NULL };
  const PmlArgSpec spec = { fname, names, 2, 3, FALSE };
  Pattern *p = PML_NATIVE (self, Pattern);
  g_autofree gunichar *chars = NULL;
  g_autoptr (GString) out = g_string_new (NULL);
  PmlObj *a[3], *repl, *string;
  gint64 count = 0, pieces = 0, bad_item = -1;
  const char *bad_type = NULL;
  gssize at = 0, last = 0;
  gboolean literal, callable;
  gsize n;
  ReState st;

  *done = 0;
  if (!pml_parse_args (&spec, args, nargs, kwnames, a))
    return NULL;
  if (a[2] != NULL && !pml_index_value (a[2], &count))
    return NULL;
  repl = a[0];
  string = a[1];
  if (!IS_TYPE (string, T_STR))
    return pml_err_set (T_TYPE_ERROR, "expected string or bytes-like object, got '%s'", pml_type_name (string));
  callable = pml_is_callable (repl);
  if (!callable && !IS_TYPE (repl, T_STR))
    return pml_err_set (T_TYPE_ERROR, "expected str instance, %s found", pml_type_name (repl));
  literal = !callable && strchr (repl->u.s.s, '\\') == NULL;
  chars = pml_re_str_chars (string, &n);
  state_init (&st, p->prog, chars, (gssize) n);
  while ((count == 0 || *done < count) && next_match (p->prog, &st, &at))
    {
      PmlObj *piece;

      {
        PmlObj *before = pml_re_substr (string, last, st.marks[0]);

        if (before == NULL)
          goto fail;
        pieces += before->u.s.len > 0;
        g_string_append_len (out, before->u.s.s, (gssize) before->u.s.nbytes);
        pml_decref (before);
      }
      if (literal)
        piece = pml_incref (repl);
      else
        {
          PmlObj *m = pml_re_match_new (self, string, 0, (gssize) n, &st);

          if (m == NULL)
            goto fail;
          piece = callable ? pml_call_from_c (repl, &m, 1) : pml_re_expand_template (self, repl, m);
          pml_decref (m);
          if (piece == NULL)
            goto fail;
        }
      /* CPython joins a list of the pieces at the end: a piece that is
         not a str fails the join, after every replacement was made */
      if (piece != NONE && !IS_TYPE (piece, T_STR) && bad_item < 0)
        {
          bad_item = pieces;
          bad_type = pml_type_name (piece);
        }
      if (piece != NONE && IS_TYPE (piece, T_STR))
        g_string_append_len (out, piece->u.s.s, (gssize) piece->u.s.nbytes);
      pieces += piece != NONE;
      pml_decref (piece);
      last = st.marks[1];
      (*done)++;
    }
  if (pml_err_occurred ())
    goto fail;
  g_free (st.marks);
  if (bad_item >= 0)
    return pml_err_set (T_TYPE_ERROR, "sequence item %" G_GINT64_FORMAT ": expected str instance, %s found",
                        bad_item, bad_type);
  if (*done == 0)
    return pml_incref (string);
  {
    PmlObj *rest = pml_re_substr (string, last, (gssize) n);

    if (rest == NULL)
      return NULL;
    g_string_append_len (out, rest->u.s.s, (gssize) rest->u.s.nbytes);
    pml_decref (rest);
  }
  return pml_str_new (out->str, (gssize) out->len);

fail:
  g_free (st.marks);
  return NULL;
}

static PmlObj *
pattern_sub_bound (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gint64 done;

  return substitute (self, "sub", args, nargs, kwnames, &done);
}

static PmlObj *
pattern_subn_bound (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gint64 done;
  PmlObj *s = substitute (self, "subn", args, nargs, kwnames, &done), *num, *r;

  if (s == NULL)
    return NULL;
  num = pml_int_new (done);
  r = pml_tuple_pack (2, s, num);
  pml_decref (s);
  pml_decref (num);
  return r;
}

/* ---- finditer: the matches one by one ---- */

typedef struct
{
  PmlObj   *pattern, *string;
  gunichar *chars;
  gssize    at, endpos, forbid_end;
  gboolean  done;
} Scanner;
PML_NATIVE_FITS (Scanner);

static PmlObj *
pattern_finditer_bound (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *string, *o;
  gssize pos, endpos;
  gsize n;
  Scanner *sc;

  if (!string_args ("finditer", args, nargs, kwnames, &string, &pos, &endpos))
    return NULL;
  if ((o = pml_native_alloc (&pml_re_scanner_type, 0)) == NULL)
    return NULL;
  sc = PML_NATIVE (o, Scanner);
  sc->pattern = pml_incref (self);
  sc->string = pml_incref (string);
  sc->chars = pml_re_str_chars (string, &n);
  sc->at = pos;
  sc->endpos = endpos;
  sc->forbid_end = -1;
  sc->done = pos > endpos;
  pml_gc_track (o);
  return o;
}

static PmlObj *
scanner_iter (PmlObj *o)
{
  return pml_incref (o);
}

static PmlObj *
scanner_iternext (PmlObj *o)
{
  Scanner *sc = PML_NATIVE (o, Scanner);
  ReProgram *prog;
  PmlObj *m;
  ReState st;

  if (sc->done)
    return NULL;
  prog = PML_NATIVE (sc->pattern, Pattern)->prog;
  state_init (&st, prog, sc->chars, sc->endpos);
  st.forbid_end = sc->forbid_end;
  if (!next_match (prog, &st, &sc->at))
    {
      sc->done = TRUE;
      g_free (st.marks);
      return NULL;
    }
  sc->forbid_end = st.forbid_end;
  m = pml_re_match_new (sc->pattern, sc->string, 0, sc->endpos, &st);
  g_free (st.marks);
  return m;
}

static gboolean
scanner_dealloc (PmlObj *o)
{
  Scanner *sc = PML_NATIVE (o, Scanner);

  PML_CLEAR (sc->pattern);
  PML_CLEAR (sc->string);
  g_clear_pointer (&sc->chars, g_free);
  return FALSE;
}

static void
scanner_free_host (PmlObj *o)
{
  g_clear_pointer (&PML_NATIVE (o, Scanner)->chars, g_free);
}

static void
scanner_traverse (PmlObj *o, PmlVisitFunc visit, gpointer data)
{
  Scanner *sc = PML_NATIVE (o, Scanner);

  PML_VISIT (sc->pattern);
  PML_VISIT (sc->string);
}

static const PmlTypeSlots scanner_slots = {
  .repr = pml_object_repr,
  .hash = pml_object_hash,
  .richcompare = pml_object_richcompare,
  .getattro = pml_object_getattro,
  .setattro = pml_object_setattro,
  .iter = scanner_iter,
  .iternext = scanner_iternext,
  .dealloc = scanner_dealloc,
  .free_host = scanner_free_host,
  .traverse = scanner_traverse,
  .flags = PML_TPFLAGS_HAVE_GC,
};

/* finditer's callable_iterator: 16 header + func, sentinel */
const PmlNativeType pml_re_scanner_type = { "callable_iterator", 32, &scanner_slots };

/* ---- the object ---- */

static const struct { guint flag; const char *name; } flag_names[] = {
  { RE_FLAG_TEMPLATE, "re.TEMPLATE" },
  { RE_FLAG_IGNORECASE, "re.IGNORECASE" },
  { RE_FLAG_LOCALE, "re.LOCALE" },
  { RE_FLAG_MULTILINE, "re.MULTILINE" },
  { RE_FLAG_DOTALL, "re.DOTALL" },
  { RE_FLAG_UNICODE, "re.UNICODE" },
  { RE_FLAG_VERBOSE, "re.VERBOSE" },
  { RE_FLAG_DEBUG, "re.DEBUG" },
  { RE_FLAG_ASCII, "re.ASCII" },
};

/* "re.compile('a+', re.IGNORECASE)": the pattern's repr cut at 200
   characters, the flags by name (not UNICODE, a str's default) */
static PmlObj *
pattern_repr (PmlObj *o)
{
  Pattern *p = PML_NATIVE (o, Pattern);
  g_autoptr (GString) out = g_string_new ("re.compile(");
  PmlObj *r = pml_repr (p->pattern);
  guint flags = (guint) p->flags & ~RE_FLAG_UNICODE, shown = 0;

  if (r == NULL)
    return NULL;
  if (r->u.s.len > 200)
    {
      const char *end = g_utf8_offset_to_pointer (r->u.s.s, 200);

      g_string_append_len (out, r->u.s.s, end - r->u.s.s);
    }
  else
    g_string_append (out, r->u.s.s);
  pml_decref (r);
  if (flags != 0)
    {
      g_string_append (out, ", ");
      for (guint i = 0; i < G_N_ELEMENTS (flag_names); i++)
        if (flags & flag_names[i].flag)
          {
            if (shown++ > 0)
              g_string_append_c (out, '|');
            g_string_append (out, flag_names[i].name);
            flags &= ~flag_names[i].flag;
          }
      if (flags != 0)
        g_string_append_printf (out, "%s0x%x", shown > 0 ? "|" : "", flags);
    }
  g_string_append_c (out, ')');
  return pml_str_new (out->str, (gssize) out->len);
}

static PmlObj *
pattern_getattro (PmlObj *o, PmlObj *name)
{
  Pattern *p = PML_NATIVE (o, Pattern);
  const char *n = name->u.s.s;

  if (strcmp (n, "pattern") == 0)
    return pml_incref (p->pattern);
  if (strcmp (n, "flags") == 0)
    return pml_int_new (p->flags);
  if (strcmp (n, "groups") == 0)
    return pml_int_new (p->prog->groups);
  if (strcmp (n, "groupindex") == 0)
    return p->groupindex == NULL ? pml_dict_new () : pml_mappingproxy_new (p->groupindex);
  return pml_object_getattro (o, name);
}

/* equal when made from the same pattern with the same flags */
static PmlObj *
pattern_richcompare (PmlObj *a, PmlObj *b, int op)
{
  gboolean eq;

  if ((op != OP_EQ && op != OP_NE) || !pml_native_is (b, &pml_re_pattern_type))
    return pml_incref (NOTIMPL);
  eq = a == b || (PML_NATIVE (a, Pattern)->flags == PML_NATIVE (b, Pattern)->flags
                  && pml_str_eq (PML_NATIVE (a, Pattern)->pattern, PML_NATIVE (b, Pattern)->pattern));
  return pml_incref (BOOL (eq == (op == OP_EQ)));
}

static gint64
pattern_hash (PmlObj *o, gboolean *ok)
{
  Pattern *p = PML_NATIVE (o, Pattern);
  gint64 h = pml_str_hash (p->pattern);

  *ok = TRUE;
  h ^= p->flags * 1000003;
  return h == -1 ? -2 : h;
}

static gboolean
pattern_dealloc (PmlObj *o)
{
  Pattern *p = PML_NATIVE (o, Pattern);

  if (o->weakrefs != NULL)
    pml_weakrefs_clear_all (o, TRUE);
  PML_CLEAR (p->pattern);
  PML_CLEAR (p->groupindex);
  PML_CLEAR (p->indexgroup);
  g_clear_pointer (&p->prog, pml_re_program_free);
  return FALSE;
}

/* A pattern still alive when the interpreter tears down (in re's cache):
 * its program is host memory */
static void
pattern_free_host (PmlObj *o)
{
  g_clear_pointer (&PML_NATIVE (o, Pattern)->prog, pml_re_program_free);
}

static void
pattern_traverse (PmlObj *o, PmlVisitFunc visit, gpointer data)
{
  Pattern *p = PML_NATIVE (o, Pattern);

  PML_VISIT (p->pattern);
  PML_VISIT (p->groupindex);
  PML_VISIT (p->indexgroup);
}

static void
pattern_referents (PmlObj *o, PmlEdgeFunc edge, gpointer data)
{
  Pattern *p = PML_NATIVE (o, Pattern);

  if (!edge (p->pattern, "pattern", FALSE, data) && p->groupindex != NULL
      && !edge (p->groupindex, "groupindex", FALSE, data))
    edge (p->indexgroup, "indexgroup", FALSE, data);
}

/* called through the type (Pattern.search (p, s)), self comes first
   among the arguments */
RE_METHOD (pattern_match)
RE_METHOD (pattern_search)
RE_METHOD (pattern_fullmatch)
RE_METHOD (pattern_findall)
RE_METHOD (pattern_split)
RE_METHOD (pattern_sub)
RE_METHOD (pattern_subn)
RE_METHOD (pattern_finditer)

static const PmlMethodDef pattern_methods[] = {
  { "match", pattern_match },
  { "fullmatch", pattern_fullmatch },
  { "search", pattern_search },
  { "sub", pattern_sub },
  { "subn", pattern_subn },
  { "findall", pattern_findall },
  { "split", pattern_split },
  { "finditer", pattern_finditer },
  { NULL, NULL },
};

/* __sizeof__: the object and its code's words */
static gsize
pattern_size_of (PmlObj *o)
{
  return pml_obj_presize (o->type) + o->type->u.ty.basicsize + 4 * PML_NATIVE (o, Pattern)->prog->code_words;
}

static const PmlTypeSlots pattern_slots = {
  .size_of = pattern_size_of,
  .repr = pattern_repr,
  .hash = pattern_hash,
  .richcompare = pattern_richcompare,
  .getattro = pattern_getattro,
  .setattro = pml_object_setattro,
  .methods = pattern_methods,
  .dealloc = pattern_dealloc,
  .free_host = pattern_free_host,
  .traverse = pattern_traverse,
  .referents = pattern_referents,
  .flags = PML_TPFLAGS_HAVE_GC | PML_TPFLAGS_WEAKREFABLE,
};

/* 24 var header + groups, groupindex, indexgroup, pattern, flags,
   weakreflist, isbytes, codesize; the code's words come on top */
const PmlNativeType pml_re_pattern_type = { "re.Pattern", 96, &pattern_slots };
