/* pml-py-mod-re-match.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-mod-re.h"

/* re.Match, as _sre's MatchObject: a GC object of 88 bytes plus two
 * positions (16 bytes) per group and one pair for the whole match,
 * holding the string and the pattern; the group texts are sliced out of
 * the string when asked for. Also the replacement templates (\1, \g<2>,
 * \g<name>) that sub() and expand() fill in. */

typedef struct
{
  PmlObj *string, *pattern;
  gssize *marks;
  gssize  pos, endpos;
  int     lastindex;
  int     groups;
} Match;
PML_NATIVE_FITS (Match);

PmlObj *
pml_re_match_new (PmlObj *pattern, PmlObj *string, gssize pos, gssize endpos, const ReState *st)
{
  int groups = pml_re_pattern_program (pattern)->groups;
  gsize n = 2 * (gsize) (groups + 1);
  PmlObj *o = pml_native_alloc (&pml_re_match_type, 8 * n);
  Match *m;

  if (o == NULL)
    return NULL;
  m = PML_NATIVE (o, Match);
  m->string = pml_incref (string);
  m->pattern = pml_incref (pattern);
  m->marks = g_memdup2 (st->marks, n * sizeof (gssize));
  /* a group counts when both of its ends were set */
  for (gsize g = 1; g <= (gsize) groups; g++)
    if (m->marks[2 * g] < 0 || m->marks[2 * g + 1] < 0)
      m->marks[2 * g] = m->marks[2 * g + 1] = -1;
  m->pos = pos;
  m->endpos = endpos;
  m->lastindex = st->lastindex;
  m->groups = groups;
  pml_gc_track (o);
  return o;
}

/* the number of the group @key names, or -1 with IndexError */
static gssize
group_index (Match *m, PmlObj *key)
{
  gint64 i;

  if (IS_TYPE (key, T_STR))
    {
      PmlObj *names = pml_re_pattern_groupindex (m->pattern);
      PmlObj *v = names != NULL ? pml_dict_get (names, key, &(gboolean) { 0 }) : NULL;

      if (v != NULL && pml_index_value (v, &i))
        return (gssize) i;
    }
  else if ((IS_TYPE (key, T_INT) || IS_TYPE (key, T_BOOL)) && pml_index_value (key, &i))
    {
      if (i >= 0 && i <= m->groups)
        return (gssize) i;
    }
  if (!pml_err_occurred ())
    pml_err_set (T_INDEX_ERROR, "no such group");
  return -1;
}

static PmlObj *
group_value (PmlObj *o, gssize g, PmlObj *unset)
{
  Match *m = PML_NATIVE (o, Match);

  if (m->marks[2 * g] < 0)
    return pml_incref (unset);
  return pml_re_substr (m->string, m->marks[2 * g], m->marks[2 * g + 1]);
}

PmlObj *
pml_re_match_group_at (PmlObj *match, gssize i)
{
  return group_value (match, i, NONE);
}

static PmlObj *
match_group_bound (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  Match *m = PML_NATIVE (self, Match);
  PmlObj *t;
  gssize g;

  if (kwnames != NULL && pml_positional (nargs, kwnames) != nargs)
    return pml_err_set (T_TYPE_ERROR, "group() takes no keyword arguments");
  if (nargs == 0)
    return group_value (self, 0, NONE);
  if (nargs == 1)
    return (g = group_index (m, args[0])) < 0 ? NULL : group_value (self, g, NONE);
  if ((t = pml_tuple_new (nargs)) == NULL)
    return NULL;
  for (gsize i = 0; i < nargs; i++)
    if ((g = group_index (m, args[i])) < 0 || (t->u.t.items[i] = group_value (self, g, NONE)) == NULL)
      {
        pml_decref (t);
        return NULL;
      }
  return t;
}

static PmlObj *
match_subscript (PmlObj *self, PmlObj *key)
{
  gssize g = group_index (PML_NATIVE (self, Match), key);

  return g < 0 ? NULL : group_value (self, g, NONE);
}

static PmlObj *
default_arg (const char *fname, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  static const char *const names[] = { "default", NULL };
  const PmlArgSpec spec = { fname, names, 0, 1, FALSE };
  PmlObj *a[1];

  if (!pml_parse_args (&spec, args, nargs, kwnames, a))
    return NULL;
  return a[0] != NULL ? a[0] : NONE;
}

static PmlObj *
match_groups_bound (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  Match *m = PML_NATIVE (self, Match);
  PmlObj *dflt = default_arg ("groups", args, nargs, kwnames), *t;

  if (dflt == NULL || (t = pml_tuple_new ((gsize) m->groups)) == NULL)
    return NULL;
  for (int g = 1; g <= m->groups; g++)
    if ((t->u.t.items[g - 1] = group_value (self, g, dflt)) == NULL)
      {
        pml_decref (t);
        return NULL;
      }
  return t;
}

static PmlObj *
match_groupdict_bound (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  Match *m = PML_NATIVE (self, Match);
  PmlObj *dflt = default_arg ("groupdict", args, nargs, kwnames), *d, *key, *num;
  PmlObj *names = pml_re_pattern_groupindex (m->pattern);
  gsize pos = 0;

  if (dflt == NULL || (d = pml_dict_new ()) == NULL)
    return NULL;
  while (names != NULL && pml_dict_next (names, &pos, &key, &num))
    {
      gint64 g;
      PmlObj *v;

      if (!pml_index_value (num, &g) || (v = group_value (self, (gssize) g, dflt)) == NULL)
        {
          pml_decref (d);
          return NULL;
        }
      pml_dict_set (d, key, v);
      pml_decref (v);
    }
  return d;
}

/* start(), end(), span(): the group argument, 0 by default */
static gssize
group_arg (PmlObj *self, const char *fname, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  if (!pml_unpack_args (fname, nargs, kwnames, 0, 1))
    return -1;
  return nargs == 0 ? 0 : group_index (PML_NATIVE (self, Match), args[0]);
}

static PmlObj *
match_start_bound (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gssize g = group_arg (self, "start", args, nargs, kwnames);

  return g < 0 ? NULL : pml_int_from_ssize (PML_NATIVE (self, Match)->marks[2 * g]);
}

static PmlObj *
match_end_bound (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gssize g = group_arg (self, "end", args, nargs, kwnames);

  return g < 0 ? NULL : pml_int_from_ssize (PML_NATIVE (self, Match)->marks[2 * g + 1]);
}

static PmlObj *
span_of (Match *m, gssize g)
{
  PmlObj *a = pml_int_from_ssize (m->marks[2 * g]), *b = pml_int_from_ssize (m->marks[2 * g + 1]);
  PmlObj *t = pml_tuple_pack (2, a, b);

  pml_decref (a);
  pml_decref (b);
  return t;
}

static PmlObj *
match_span_bound (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gssize g = group_arg (self, "span", args, nargs, kwnames);

  return g < 0 ? NULL : span_of (PML_NATIVE (self, Match), g);
}

static PmlObj *
match_expand_bound (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  static const char *const names[] = { "template", NULL };
  const PmlArgSpec spec = { "expand", names, 1, 1, FALSE };
  PmlObj *a[1];

  if (!pml_parse_args (&spec, args, nargs, kwnames, a))
    return NULL;
  return pml_re_expand_template (PML_NATIVE (self, Match)->pattern, a[0], self);
}

/* ---- templates ---- */

static gboolean
is_ident (const char *s)
{
  const char *p = s;

  if (*p == '\0')
    return FALSE;
  for (; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!(c == '_' || g_unichar_isalpha (c) || (p != s && g_unichar_isdigit (c))))
        return FALSE;
    }
  return TRUE;
}

static char *
name_repr (const char *s)
{
  return g_strdup_printf (strchr (s, '\'') != NULL && strchr (s, '"') == NULL ? "\"%s\"" : "'%s'", s);
}

/* \g<...> at chars[*i] (after "\g"): the group number, -1 on error */
static gssize
template_named (PmlObj *pattern, PmlObj *tmpl, const gunichar *c, gsize n, gsize *i)
{
  ReProgram *prog = pml_re_pattern_program (pattern);
  gsize start, end;
  g_autofree char *name = NULL;
  GString *s;

  if (*i >= n || c[*i] != '<')
    {
      pml_re_raise_error ("missing <", tmpl, (gssize) *i);
      return -1;
    }
  start = ++*i;
  end = start;
  while (end < n && c[end] != '>')
    end++;
  if (end >= n)
    {
      pml_re_raise_error (end == start ? "missing group name" : "missing >, unterminated name",
                          tmpl, (gssize) start);
      return -1;
    }
  if (end == start)
    {
      pml_re_raise_error ("missing group name", tmpl, (gssize) start);
      return -1;
    }
  s = g_string_new (NULL);
  for (gsize k = start; k < end; k++)
    g_string_append_unichar (s, c[k]);
  name = g_string_free (s, FALSE);
  *i = end + 1;
  if (g_ascii_isdigit (name[0]))
    {
      gboolean digits = TRUE;
      gint64 g;

      for (const char *p = name; *p != '\0'; p++)
        digits = digits && g_ascii_isdigit (*p);
      if (digits)
        {
          g = g_ascii_strtoll (name, NULL, 10);
          if (g > prog->groups)
            {
              g_autofree char *msg = g_strdup_printf ("invalid group reference %" G_GINT64_FORMAT, g);

              pml_re_raise_error (msg, tmpl, (gssize) start);
              return -1;
            }
          return (gssize) g;
        }
    }
  if (!is_ident (name))
    {
      g_autofree char *q = name_repr (name);
      g_autofree char *msg = g_strdup_printf ("bad character in group name %s", q);

      pml_re_raise_error (msg, tmpl, (gssize) start);
      return -1;
    }
  for (int g = 1; g <= prog->groups; g++)
    {
      const char *gn = g_ptr_array_index (prog->group_names, g);

      if (gn != NULL && strcmp (gn, name) == 0)
        return g;
    }
  {
    g_autofree char *q = name_repr (name);

    pml_err_set (T_INDEX_ERROR, "unknown group name %s", q);
  }
  return -1;
}

/* the template with the groups of @match put in; @match NULL: only
   check the template (sub() checks it before looking for a match) */
PmlObj *
pml_re_expand_template (PmlObj *pattern, PmlObj *tmpl, PmlObj *match)
{
  ReProgram *prog = pml_re_pattern_program (pattern);
  g_autofree gunichar *c = NULL;
  g_autoptr (GString) out = g_string_new (NULL);
  gsize n, i = 0;

  if (!IS_TYPE (tmpl, T_STR))
    return pml_err_set (T_TYPE_ERROR, "expected str instance, %s found", pml_type_name (tmpl));
  c = pml_re_str_chars (tmpl, &n);
  while (i < n)
    {
      gsize at = i;
      gssize g = -1;
      gunichar e;

      if (c[i] != '\\')
        {
          g_string_append_unichar (out, c[i++]);
          continue;
        }
      if (++i >= n)
        {
          pml_re_raise_error ("bad escape (end of pattern)", tmpl, (gssize) at);
          return NULL;
        }
      e = c[i++];
      if (e == 'g')
        {
          if ((g = template_named (pattern, tmpl, c, n, &i)) < 0)
            return NULL;
        }
      else if (e == '0')
        {
          gunichar v = 0;

          for (int k = 0; k < 2 && i < n && c[i] >= '0' && c[i] <= '7'; k++)
            v = v * 8 + (c[i++] - '0');
          g_string_append_unichar (out, v);
          continue;
        }
      else if (e >= '1' && e <= '9')
        {
          if (i < n && c[i] >= '0' && c[i] <= '9')
            {
              if (e <= '7' && c[i] <= '7' && i + 1 < n && c[i + 1] >= '0' && c[i + 1] <= '7')
                {
                  gunichar v = (e - '0') * 64 + (c[i] - '0') * 8 + (c[i + 1] - '0');

                  i += 2;
                  if (v > 0377)
                    {
                      g_autofree char *msg = g_strdup_printf ("octal escape value \\%c%c%c outside of range 0-0o377",
                                                              (char) e, (char) c[i - 2], (char) c[i - 1]);

                      pml_re_raise_error (msg, tmpl, (gssize) at);
                      return NULL;
                    }
                  g_string_append_unichar (out, v);
                  continue;
                }
              g = (e - '0') * 10 + (c[i++] - '0');
            }
          else
            g = e - '0';
          if (g > prog->groups)
            {
              g_autofree char *msg = g_strdup_printf ("invalid group reference %" G_GSSIZE_FORMAT, g);

              pml_re_raise_error (msg, tmpl, (gssize) at + 1);
              return NULL;
            }
        }
      else
        {
          const char *escapes = "a\007b\010f\014n\012r\015t\011v\013\\\\";
          const char *hit = NULL;

          for (const char *p = escapes; *p != '\0'; p += 2)
            if ((gunichar) p[0] == e)
              hit = p;
          if (hit != NULL)
            g_string_append_c (out, hit[1]);
          else if (e < 128 && g_ascii_isalpha ((int) e))
            {
              g_autofree char *msg = g_strdup_printf ("bad escape \\%c", (char) e);

              pml_re_raise_error (msg, tmpl, (gssize) at);
              return NULL;
            }
          else
            {
              g_string_append_c (out, '\\');
              g_string_append_unichar (out, e);
            }
          continue;
        }
      if (match != NULL)
        {
          Match *m = PML_NATIVE (match, Match);

          if (m->marks[2 * g] >= 0)
            {
              PmlObj *piece = group_value (match, g, NONE);

              if (piece == NULL)
                return NULL;
              g_string_append_len (out, piece->u.s.s, (gssize) piece->u.s.nbytes);
              pml_decref (piece);
            }
        }
    }
  return pml_str_new (out->str, (gssize) out->len);
}

/* ---- the object ---- */

/* "<re.Match object; span=(0, 3), match='abc'>", the text's repr cut at
   50 characters */
static PmlObj *
match_repr (PmlObj *o)
{
  Match *m = PML_NATIVE (o, Match);
  PmlObj *g0 = group_value (o, 0, NONE), *r;
  g_autoptr (GString) out = g_string_new (NULL);

  if (g0 == NULL)
    return NULL;
  r = pml_repr (g0);
  pml_decref (g0);
  if (r == NULL)
    return NULL;
  g_string_printf (out, "<re.Match object; span=(%" G_GSSIZE_FORMAT ", %" G_GSSIZE_FORMAT "), match=",
                   m->marks[0], m->marks[1]);
  if (r->u.s.len > 50)
    g_string_append_len (out, r->u.s.s, g_utf8_offset_to_pointer (r->u.s.s, 50) - r->u.s.s);
  else
    g_string_append (out, r->u.s.s);
  pml_decref (r);
  g_string_append_c (out, '>');
  return pml_str_new (out->str, (gssize) out->len);
}

static PmlObj *
match_getattro (PmlObj *o, PmlObj *name)
{
  Match *m = PML_NATIVE (o, Match);
  const char *n = name->u.s.s;

  if (strcmp (n, "string") == 0)
    return pml_incref (m->string);
  if (strcmp (n, "re") == 0)
    return pml_incref (m->pattern);
  if (strcmp (n, "pos") == 0)
    return pml_int_from_ssize (m->pos);
  if (strcmp (n, "endpos") == 0)
    return pml_int_from_ssize (m->endpos);
  if (strcmp (n, "lastindex") == 0)
    return m->lastindex < 0 ? pml_incref (NONE) : pml_int_new (m->lastindex);
  if (strcmp (n, "lastgroup") == 0)
    {
      ReProgram *prog = pml_re_pattern_program (m->pattern);
      const char *gn = m->lastindex > 0 ? g_ptr_array_index (prog->group_names, m->lastindex) : NULL;

      return gn != NULL ? pml_str_new (gn, -1) : pml_incref (NONE);
    }
  if (strcmp (n, "regs") == 0)
    {
      PmlObj *t = pml_tuple_new ((gsize) m->groups + 1);

      for (int g = 0; t != NULL && g <= m->groups; g++)
        t->u.t.items[g] = span_of (m, g);
      return t;
    }
  return pml_object_getattro (o, name);
}

static gboolean
match_dealloc (PmlObj *o)
{
  Match *m = PML_NATIVE (o, Match);

  PML_CLEAR (m->string);
  PML_CLEAR (m->pattern);
  g_clear_pointer (&m->marks, g_free);
  return FALSE;
}

static void
match_free_host (PmlObj *o)
{
  g_clear_pointer (&PML_NATIVE (o, Match)->marks, g_free);
}

static void
match_traverse (PmlObj *o, PmlVisitFunc visit, gpointer data)
{
  Match *m = PML_NATIVE (o, Match);

  PML_VISIT (m->string);
  PML_VISIT (m->pattern);
}

static void
match_referents (PmlObj *o, PmlEdgeFunc edge, gpointer data)
{
  Match *m = PML_NATIVE (o, Match);

  if (!edge (m->string, "string", FALSE, data))
    edge (m->pattern, "re", FALSE, data);
}

/* called through the type (Pattern.search (p, s)), self comes first
   among the arguments */
RE_METHOD (match_group)
RE_METHOD (match_groups)
RE_METHOD (match_groupdict)
RE_METHOD (match_start)
RE_METHOD (match_end)
RE_METHOD (match_span)
RE_METHOD (match_expand)

static const PmlMethodDef match_methods[] = {
  { "group", match_group },
  { "start", match_start },
  { "end", match_end },
  { "span", match_span },
  { "groups", match_groups },
  { "groupdict", match_groupdict },
  { "expand", match_expand },
  { NULL, NULL },
};

/* the object and its marks, two per group and for the whole match */
static gsize
match_size_of (PmlObj *o)
{
  return pml_obj_presize (o->type) + o->type->u.ty.basicsize + 16 * (gsize) (PML_NATIVE (o, Match)->groups + 1);
}

static const PmlTypeSlots match_slots = {
  .size_of = match_size_of,
  .repr = match_repr,
  .hash = pml_object_hash,
  .richcompare = pml_object_richcompare,
  .getattro = match_getattro,
  .setattro = pml_object_setattro,
  .subscript = match_subscript,
  .methods = match_methods,
  .dealloc = match_dealloc,
  .free_host = match_free_host,
  .traverse = match_traverse,
  .referents = match_referents,
  .flags = PML_TPFLAGS_HAVE_GC,
};

/* 24 var header + string, regs, pattern, pos, endpos, lastindex,
   groups, mark[1]; then 8 more per mark: two for each group and for
   the whole match, less the one counted */
const PmlNativeType pml_re_match_type = { "re.Match", 88, &match_slots };
