/* pml-py-mod-re-parse.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-mod-re.h"

/* The pattern parser: a recursive descent over the pattern's code points
 * building a tree of ReNode, with the errors CPython's re reports (same
 * message, same position) for the mistakes a student makes. */

typedef struct
{
  const gunichar *p;
  gsize           n, i;
  guint           flags;        /* the global flags */
  ReProgram      *prog;
  GArray         *open;         /* the numbers of the groups still open */
  ReError        *error;
  gboolean        failed;
  guint           del_mask;     /* the global flags a (?-x:...) turned off */
  GArray         *cond_refs;    /* (?(N)...): pairs of N and its position */
} Parser;

/* the flags in force: the global ones, less those a scoped group turned
   off, with those the scoped groups turned on */
static guint
eff (Parser *ps, guint flags)
{
  return (ps->flags & ~ps->del_mask) | flags;
}

static ReNode *
node_new (Parser *ps, ReOp op, guint flags)
{
  ReNode *n = g_new0 (ReNode, 1);

  n->op = op;
  n->flags = eff (ps, flags);
  n->group = -1;
  g_ptr_array_add (ps->prog->nodes, n);
  return n;
}

static void
node_add_kid (ReNode *n, ReNode *kid)
{
  n->kids = g_renew (ReNode *, n->kids, n->nkids + 1);
  n->kids[n->nkids++] = kid;
}

static void
class_add (ReNode *n, gunichar lo, gunichar hi, char category)
{
  n->items = g_renew (ReClassItem, n->items, n->nitems + 1);
  n->items[n->nitems++] = (ReClassItem) { lo, hi, category };
}

/* record the first error only; NULL so callers can return it */
static gpointer
fail (Parser *ps, gssize pos, const char *fmt, ...) G_GNUC_PRINTF (3, 4);

static gpointer
fail (Parser *ps, gssize pos, const char *fmt, ...)
{
  va_list ap;

  if (ps->failed)
    return NULL;
  ps->failed = TRUE;
  va_start (ap, fmt);
  ps->error->msg = g_strdup_vprintf (fmt, ap);
  va_end (ap);
  ps->error->pos = pos;
  return NULL;
}

static gboolean
at_end (Parser *ps)
{
  return ps->i >= ps->n;
}

static gunichar
peek (Parser *ps)
{
  return ps->i < ps->n ? ps->p[ps->i] : 0;
}

static gboolean
eat (Parser *ps, gunichar c)
{
  if (ps->i < ps->n && ps->p[ps->i] == c)
    {
      ps->i++;
      return TRUE;
    }
  return FALSE;
}

/* the pattern text p[from..to] as UTF-8, for messages */
static char *
text (Parser *ps, gsize from, gsize to)
{
  GString *s = g_string_new (NULL);

  for (gsize i = from; i < to && i < ps->n; i++)
    g_string_append_unichar (s, ps->p[i]);
  return g_string_free (s, FALSE);
}

/* the repr of a name, as %r prints it in a message */
static char *
quoted (const char *s)
{
  return g_strdup_printf (strchr (s, '\'') != NULL && strchr (s, '"') == NULL ? "\"%s\"" : "'%s'", s);
}

static gboolean
is_digit (gunichar c)
{
  return c >= '0' && c <= '9';
}

static gboolean
is_octal (gunichar c)
{
  return c >= '0' && c <= '7';
}

static int
hex_value (gunichar c)
{
  if (is_digit (c))
    return (int) (c - '0');
  if (c >= 'a' && c <= 'f')
    return (int) (c - 'a' + 10);
  if (c >= 'A' && c <= 'F')
    return (int) (c - 'A' + 10);
  return -1;
}

static gboolean
group_is_open (Parser *ps, int g)
{
  for (guint i = 0; i < ps->open->len; i++)
    if (g_array_index (ps->open, int, i) == g)
      return TRUE;
  return FALSE;
}

/* \x41, \u0041, \U00000041 after the letter: the code point, or -1 */
static gint64
hex_escape (Parser *ps, gsize start, int ndigits)
{
  gint64 v = 0;

  for (int k = 0; k < ndigits; k++)
    {
      int h = ps->i < ps->n ? hex_value (ps->p[ps->i]) : -1;

      if (h < 0)
        {
          g_autofree char *esc = text (ps, start, ps->i);

          fail (ps, (gssize) start, "incomplete escape %s", esc);
          return -1;
        }
      v = v * 16 + h;
      ps->i++;
    }
  if (v > 0x10ffff)
    {
      g_autofree char *esc = text (ps, start, ps->i);

      fail (ps, (gssize) start, "bad escape %s", esc);
      return -1;
    }
  return v;
}

/* the escapes meaning one character, in and out of a class; -1 when
   @c is not one of them (the position is after the letter) */
static gint64
char_escape (Parser *ps, gunichar c, gsize start)
{
  switch (c)
    {
    case 'a': return 7;
    case 'f': return 12;
    case 'n': return 10;
    case 'r': return 13;
    case 't': return 9;
    case 'v': return 11;
    case '\\': return '\\';
    case 'x': return hex_escape (ps, start, 2);
    case 'u': return hex_escape (ps, start, 4);
    case 'U': return hex_escape (ps, start, 8);
    default: return -2;
    }
}

/* \0, \01, \012 and \123: an octal escape; its value */
static gint64
octal_escape (Parser *ps, gsize start, int first_digits)
{
  gint64 v = 0;
  int k = 0;

  ps->i = start + 1;
  while (k < first_digits && ps->i < ps->n && is_octal (ps->p[ps->i]))
    {
      v = v * 8 + (ps->p[ps->i] - '0');
      ps->i++;
      k++;
    }
  if (v > 0377)
    {
      g_autofree char *esc = text (ps, start, ps->i);

      fail (ps, (gssize) start, "octal escape value %s outside of range 0-0o377", esc);
      return -1;
    }
  return v;
}

static void
bad_escape (Parser *ps, gsize start)
{
  g_autofree char *esc = text (ps, start, ps->i);

  if (ps->i >= ps->n && ps->i == start + 1)
    fail (ps, (gssize) start, "bad escape (end of pattern)");
  else
    fail (ps, (gssize) start, "bad escape %s", esc);
}

static gboolean
is_ascii_letter (gunichar c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* an escape inside [...]: a character (>= 0), a category (its letter as
   -'d'), or -1 on error; the position is after the escape */
static gint64
class_escape (Parser *ps)
{
  gsize start = ps->i;
  gunichar c;
  gint64 v;

  ps->i++;   /* the backslash */
  if (at_end (ps))
    {
      fail (ps, (gssize) start, "bad escape (end of pattern)");
      return -1;
    }
  c = ps->p[ps->i++];
  if (strchr ("dDsSwW", (int) c) != NULL && c < 128)
    return -(gint64) c;
  if (c == 'b')
    return 8;
  if ((v = char_escape (ps, c, start)) != -2)
    return v;
  if (is_octal (c))
    return octal_escape (ps, start, 3);
  if (is_digit (c) || is_ascii_letter (c))
    {
      bad_escape (ps, start);
      return -1;
    }
  return c;
}

static ReNode *parse_alt (Parser *ps, guint flags);

static ReNode *
parse_class (Parser *ps, guint flags)
{
  gsize start = ps->i;
  ReNode *n = node_new (ps, RE_CLASS, flags);

  ps->i++;   /* [ */
  if (eat (ps, '^'))
    n->negate = TRUE;
  for (gboolean first = TRUE;; first = FALSE)
    {
      gsize item_start = ps->i;
      gint64 lo, hi;

      if (at_end (ps))
        return fail (ps, (gssize) start, "unterminated character set");
      if (peek (ps) == ']' && !first)
        {
          ps->i++;
          break;
        }
      if (peek (ps) == '\\')
        {
          if ((lo = class_escape (ps)) == -1)
            return NULL;
        }
      else
        lo = ps->p[ps->i++];
      if (peek (ps) == '-' && ps->i + 1 < ps->n && ps->p[ps->i + 1] != ']')
        {
          ps->i++;
          if (peek (ps) == '\\')
            {
              if ((hi = class_escape (ps)) == -1)
                return NULL;
            }
          else
            hi = ps->p[ps->i++];
          if (lo < 0 || hi < 0)
            {
              g_autofree char *range = text (ps, item_start, ps->i);

              return fail (ps, (gssize) item_start, "bad character range %s", range);
            }
          if (hi < lo)
            {
              g_autofree char *range = text (ps, item_start, ps->i);

              return fail (ps, (gssize) item_start, "bad character range %s", range);
            }
          class_add (n, (gunichar) lo, (gunichar) hi, 0);
        }
      else if (peek (ps) == '-' && ps->i + 1 >= ps->n)
        return fail (ps, (gssize) start, "unterminated character set");
      else if (lo < 0)
        class_add (n, 0, 0, (char) -lo);
      else
        class_add (n, (gunichar) lo, (gunichar) lo, 0);
    }
  return n;
}

/* \d, \b, \1, \n ... outside a class */
static ReNode *
parse_escape (Parser *ps, guint flags)
{
  gsize start = ps->i;
  gunichar c;
  gint64 v;
  ReNode *n;

  ps->i++;
  if (at_end (ps))
    return fail (ps, (gssize) start, "bad escape (end of pattern)");
  c = ps->p[ps->i++];
  if (c < 128 && strchr ("dDsSwW", (int) c) != NULL)
    {
      n = node_new (ps, RE_CLASS, flags);
      class_add (n, 0, 0, (char) c);
      return n;
    }
  if (c < 128 && strchr ("AZbB", (int) c) != NULL)
    {
      n = node_new (ps, RE_AT, flags);
      n->ch = c;
      return n;
    }
  if ((v = char_escape (ps, c, start)) == -1)
    return NULL;
  if (v == -2 && c == '0')
    v = octal_escape (ps, start, 3);
  else if (v == -2 && is_digit (c))
    {
      int group;

      /* three octal digits are a character, else a group's number */
      if (is_digit (peek (ps)))
        {
          if (is_octal (c) && is_octal (peek (ps)) && ps->i + 1 < ps->n && is_octal (ps->p[ps->i + 1]))
            {
              v = octal_escape (ps, start, 3);
              goto literal;
            }
          group = (int) ((c - '0') * 10 + (ps->p[ps->i] - '0'));
          ps->i++;
        }
      else
        group = (int) (c - '0');
      if (group > ps->prog->groups)
        return fail (ps, (gssize) start + 1, "invalid group reference %d", group);
      if (group_is_open (ps, group))
        return fail (ps, (gssize) start, "cannot refer to an open group");
      n = node_new (ps, RE_BACKREF, flags);
      n->group = group;
      return n;
    }
  else if (v == -2)
    {
      if (is_ascii_letter (c))
        {
          bad_escape (ps, start);
          return NULL;
        }
      v = c;
    }
literal:
  if (v < 0)
    return NULL;
  n = node_new (ps, RE_LITERAL, flags);
  n->ch = (gunichar) v;
  return n;
}

static gboolean
is_ident_start (gunichar c)
{
  return c == '_' || g_unichar_isalpha (c);
}

static gboolean
is_ident_char (gunichar c)
{
  return c == '_' || g_unichar_isalnum (c);
}

/* a group name up to @terminator: the name, NULL on error */
static char *
parse_name (Parser *ps, gunichar terminator, const char *what)
{
  gsize start = ps->i;
  gboolean ok;
  char *name;

  while (!at_end (ps) && peek (ps) != terminator)
    ps->i++;
  if (at_end (ps))
    {
      if (ps->i == start)
        return fail (ps, (gssize) start, "missing %s", what);
      return fail (ps, (gssize) start, "missing %c, unterminated name", (char) terminator);
    }
  if (ps->i == start)
    {
      ps->i++;
      return fail (ps, (gssize) start, "missing %s", what);
    }
  name = text (ps, start, ps->i);
  ok = is_ident_start (ps->p[start]);
  for (gsize k = start + 1; ok && k < ps->i; k++)
    ok = is_ident_char (ps->p[k]);
  ps->i++;   /* the terminator */
  if (!ok)
    {
      g_autofree char *q = quoted (name);

      fail (ps, (gssize) start, "bad character in group name %s", q);
      g_free (name);
      return NULL;
    }
  return name;
}

static int
group_by_name (Parser *ps, const char *name)
{
  for (guint i = 1; i < ps->prog->group_names->len; i++)
    {
      const char *g = g_ptr_array_index (ps->prog->group_names, i);

      if (g != NULL && strcmp (g, name) == 0)
        return (int) i;
    }
  return -1;
}

static const char flag_letters[] = "aiLmsux";
static const guint flag_values[] = {
  RE_FLAG_ASCII, RE_FLAG_IGNORECASE, RE_FLAG_LOCALE, RE_FLAG_MULTILINE, RE_FLAG_DOTALL,
  RE_FLAG_UNICODE, RE_FLAG_VERBOSE,
};

static guint
flag_of (gunichar c)
{
  const char *at = c < 128 && c != 0 ? strchr (flag_letters, (int) c) : NULL;

  return at != NULL ? flag_values[at - flag_letters] : 0;
}

/* (?imsx) at the start, or (?imsx-imsx:...) scoping a group; the node,
   or NULL with *global set for the first kind */
static ReNode *
parse_flags_group (Parser *ps, guint flags, gsize open_at, gboolean *global)
{
  guint add = 0, del = 0;
  ReNode *n, *inner;

  *global = FALSE;
  while (!at_end (ps) && flag_of (peek (ps)) != 0)
    add |= flag_of (ps->p[ps->i++]);
  if (peek (ps) == ')')
    {
      ps->i++;
      if (open_at != 0)
        return fail (ps, (gssize) open_at, "global flags not at the start of the expression");
      ps->flags |= add;
      *global = TRUE;
      return NULL;
    }
  if (eat (ps, '-'))
    {
      if (at_end (ps))
        return fail (ps, (gssize) ps->i, "missing flag");
      if (flag_of (peek (ps)) == 0)
        {
          gsize at = ps->i;

          ps->i++;
          return fail (ps, (gssize) at, "unknown flag");
        }
      while (!at_end (ps) && flag_of (peek (ps)) != 0)
        del |= flag_of (ps->p[ps->i++]);
    }
  if (at_end (ps))
    return fail (ps, (gssize) ps->i, "missing -, : or )");
  if (!eat (ps, ':'))
    {
      gsize at = ps->i;

      ps->i++;
      if (is_ascii_letter (ps->p[at]))
        return fail (ps, (gssize) at, "unknown flag");
      return fail (ps, (gssize) at, "missing -, : or )");
    }
  if (add & del)
    return fail (ps, (gssize) ps->i - 1, "bad inline flags: flag turned on and off");
  {
    guint old_mask = ps->del_mask;

    flags = (flags | add) & ~del;
    ps->del_mask = (old_mask | del) & ~add;
    inner = parse_alt (ps, flags);
    ps->del_mask = old_mask;
  }
  if (inner == NULL)
    return NULL;
  if (!eat (ps, ')'))
    return fail (ps, (gssize) open_at, "missing ), unterminated subpattern");
  n = node_new (ps, RE_SEQ, flags);
  node_add_kid (n, inner);
  return n;
}

/* what follows "(": a group of some kind, or NULL (an error, or a
   comment or global flags: *nothing set) */
static ReNode *
parse_group (Parser *ps, guint flags, gboolean *nothing)
{
  gsize open_at = ps->i;
  int group = -1;
  ReNode *n, *inner;
  char *name = NULL;

  *nothing = FALSE;
  ps->i++;   /* ( */
  if (eat (ps, '?'))
    {
      gunichar c;

      if (at_end (ps))
        return fail (ps, (gssize) ps->i, "unexpected end of pattern");
      c = ps->p[ps->i++];
      if (c == ':')
        goto plain;
      if (c == 'P')
        {
          if (eat (ps, '<'))
            {
              if ((name = parse_name (ps, '>', "group name")) == NULL)
                return NULL;
              goto capturing;
            }
          if (eat (ps, '='))
            {
              g_autofree char *ref = parse_name (ps, ')', "group name");
              int g;

              if (ref == NULL)
                return NULL;
              if ((g = group_by_name (ps, ref)) < 0)
                {
                  g_autofree char *q = quoted (ref);

                  return fail (ps, (gssize) (ps->i - 1 - strlen (ref)), "unknown group name %s", q);
                }
              if (group_is_open (ps, g))
                return fail (ps, (gssize) (ps->i - 1 - g_utf8_strlen (ref, -1)),
                             "cannot refer to an open group");
              n = node_new (ps, RE_BACKREF, flags);
              n->group = g;
              return n;
            }
          if (at_end (ps))
            return fail (ps, (gssize) ps->i, "unexpected end of pattern");
          {
            g_autofree char *ext = text (ps, ps->i, ps->i + 1);

            return fail (ps, (gssize) ps->i - 2, "unknown extension ?P%s", ext);
          }
        }
      if (c == '#')
        {
          while (!at_end (ps) && peek (ps) != ')')
            ps->i++;
          if (at_end (ps))
            return fail (ps, (gssize) open_at, "missing ), unterminated comment");
          ps->i++;
          *nothing = TRUE;
          return NULL;
        }
      if (c == '=' || c == '!' || c == '<')
        {
          gboolean behind = c == '<';

          if (behind)
            {
              if (at_end (ps))
                return fail (ps, (gssize) ps->i, "unexpected end of pattern");
              c = ps->p[ps->i++];
              if (c != '=' && c != '!')
                {
                  g_autofree char *ext = text (ps, ps->i - 1, ps->i);

                  return fail (ps, (gssize) ps->i - 3, "unknown extension ?<%s", ext);
                }
            }
          inner = parse_alt (ps, flags);
          if (inner == NULL)
            return NULL;
          if (!eat (ps, ')'))
            return fail (ps, (gssize) open_at, "missing ), unterminated subpattern");
          n = node_new (ps, RE_LOOK, flags);
          n->negate = c == '!';
          n->behind = behind;
          node_add_kid (n, inner);
          return n;
        }
      if (c == '>')
        {
          inner = parse_alt (ps, flags);
          if (inner == NULL)
            return NULL;
          if (!eat (ps, ')'))
            return fail (ps, (gssize) open_at, "missing ), unterminated subpattern");
          n = node_new (ps, RE_ATOMIC, flags);
          node_add_kid (n, inner);
          return n;
        }
      if (c == '(')
        {
          gsize cond_at = ps->i;
          g_autofree char *cond = NULL;
          ReNode *yes, *no = NULL;
          gboolean digits = TRUE;
          int g = -1;

          while (!at_end (ps) && peek (ps) != ')')
            {
              digits = digits && is_digit (peek (ps));
              ps->i++;
            }
          cond = text (ps, cond_at, ps->i);
          if (at_end (ps))
            return fail (ps, (gssize) cond_at, ps->i == cond_at ? "missing group name"
                         : "missing ), unterminated name");
          ps->i++;
          if (cond[0] == '\0')
            return fail (ps, (gssize) cond_at, "missing group name");
          if (digits)
            {
              int at;

              g = atoi (cond);
              if (g == 0)
                return fail (ps, (gssize) cond_at, "bad group number");
              /* a number is checked once every group is known */
              at = (int) cond_at;
              g_array_append_val (ps->cond_refs, g);
              g_array_append_val (ps->cond_refs, at);
            }
          else if ((g = group_by_name (ps, cond)) < 0)
            {
              g_autofree char *q = quoted (cond);

              if (!g_utf8_validate (cond, -1, NULL) || !is_ident_start (g_utf8_get_char (cond)))
                return fail (ps, (gssize) cond_at, "bad character in group name %s", q);
              return fail (ps, (gssize) cond_at, "unknown group name %s", q);
            }
          n = node_new (ps, RE_COND, flags);
          n->group = g;
          yes = parse_alt (ps, flags);
          if (yes == NULL)
            return NULL;
          /* parse_alt took the "|": split it back into yes and no */
          if (yes->op == RE_ALT && yes->nkids > 2)
            return fail (ps, (gssize) ps->i, "conditional backref with more than two branches");
          if (yes->op == RE_ALT)
            {
              no = yes->kids[1];
              yes = yes->kids[0];
            }
          if (!eat (ps, ')'))
            return fail (ps, (gssize) open_at, "missing ), unterminated subpattern");
          node_add_kid (n, yes);
          if (no != NULL)
            node_add_kid (n, no);
          return n;
        }
      if (flag_of (c) != 0 || c == '-')
        {
          gboolean global;

          ps->i--;
          n = parse_flags_group (ps, flags, open_at, &global);
          *nothing = global;
          return n;
        }
      {
        g_autofree char *ext = text (ps, ps->i - 1, ps->i);

        return fail (ps, (gssize) ps->i - 2, "unknown extension ?%s", ext);
      }
    }

capturing:
  group = ++ps->prog->groups;
  g_ptr_array_add (ps->prog->group_names, NULL);
  if (name != NULL)
    {
      int old = group_by_name (ps, name);

      if (old > 0)
        {
          g_autofree char *q = quoted (name);

          fail (ps, (gssize) (ps->i - 1 - g_utf8_strlen (name, -1)), "redefinition of group name %s as group %d; was group %d", q, group, old);
          g_free (name);
          return NULL;
        }
      g_ptr_array_index (ps->prog->group_names, group) = name;
    }
  g_array_append_val (ps->open, group);
plain:
  inner = parse_alt (ps, flags);
  if (inner == NULL)
    return NULL;
  if (!eat (ps, ')'))
    return fail (ps, (gssize) open_at, "missing ), unterminated subpattern");
  if (group < 0)
    return inner;
  g_array_set_size (ps->open, ps->open->len - 1);
  n = node_new (ps, RE_GROUP, flags);
  n->group = group;
  node_add_kid (n, inner);
  return n;
}

/* {m}, {m,}, {,n}, {m,n} after "{": TRUE with the bounds, FALSE (and
   the position back) when it is a plain "{" */
static gboolean
parse_braces (Parser *ps, int *min, int *max)
{
  gsize save = ps->i, lo_start, lo_end, hi_start, hi_end;
  gint64 lo = 0, hi = RE_MAXREPEAT;

  ps->i++;
  lo_start = ps->i;
  while (is_digit (peek (ps)))
    ps->i++;
  lo_end = ps->i;
  hi_start = hi_end = ps->i;
  if (eat (ps, ','))
    {
      hi_start = ps->i;
      while (is_digit (peek (ps)))
        ps->i++;
      hi_end = ps->i;
    }
  else
    hi_start = hi_end = (gsize) -1;
  if (!eat (ps, '}') || (lo_end == lo_start && hi_start == (gsize) -1))
    {
      ps->i = save;
      return FALSE;
    }
  for (gsize k = lo_start; k < lo_end; k++)
    lo = MIN (lo * 10 + (ps->p[k] - '0'), (gint64) G_MAXINT);
  if (hi_start == (gsize) -1)
    hi = lo;
  else if (hi_end > hi_start)
    {
      hi = 0;
      for (gsize k = hi_start; k < hi_end; k++)
        hi = MIN (hi * 10 + (ps->p[k] - '0'), (gint64) G_MAXINT);
    }
  *min = (int) lo;
  *max = (int) hi;
  return TRUE;
}

/* a sequence of items, up to "|", ")" or the end */
static ReNode *
parse_seq (Parser *ps, guint flags)
{
  ReNode *seq = node_new (ps, RE_SEQ, flags);

  while (!at_end (ps))
    {
      gunichar c = peek (ps);
      ReNode *item = NULL, *rep;
      gsize here = ps->i;
      int min, max;

      if (c == '|' || c == ')')
        break;
      if (eff (ps, flags) & RE_FLAG_VERBOSE)
        {
          if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f')
            {
              ps->i++;
              continue;
            }
          if (c == '#')
            {
              while (!at_end (ps) && peek (ps) != '\n')
                ps->i++;
              continue;
            }
        }
      if (c == '[')
        item = parse_class (ps, flags);
      else if (c == '(')
        {
          gboolean nothing;

          item = parse_group (ps, flags, &nothing);
          if (item == NULL && nothing && !ps->failed)
            continue;
        }
      else if (c == '\\')
        item = parse_escape (ps, flags);
      else if (c == '.')
        {
          ps->i++;
          item = node_new (ps, RE_ANY, flags);
        }
      else if (c == '^' || c == '$')
        {
          ps->i++;
          item = node_new (ps, RE_AT, flags);
          item->ch = c;
        }
      else if (c == '*' || c == '+' || c == '?' || (c == '{' && parse_braces (ps, &min, &max)))
        {
          /* a quantifier: of the last item, even past spaces and comments */
          ReNode *last = seq->nkids > 0 ? seq->kids[seq->nkids - 1] : NULL;

          if (c != '{')
            {
              ps->i++;
              min = c == '+' ? 1 : 0;
              max = c == '?' ? 1 : RE_MAXREPEAT;
            }
          if (last == NULL || last->op == RE_AT)
            return fail (ps, (gssize) here, "nothing to repeat");
          if (last->op == RE_REPEAT)
            return fail (ps, (gssize) here, "multiple repeat");
          if (max < min)
            return fail (ps, (gssize) here + 1, "min repeat greater than max repeat");
          rep = node_new (ps, RE_REPEAT, flags);
          rep->min = min;
          rep->max = max;
          if (eat (ps, '?'))
            rep->mode = RE_LAZY;
          else if (eat (ps, '+'))
            rep->mode = RE_POSSESSIVE;
          node_add_kid (rep, last);
          seq->kids[seq->nkids - 1] = rep;
          continue;
        }
      else
        {
          ps->i++;
          item = node_new (ps, RE_LITERAL, flags);
          item->ch = c;
        }
      if (item == NULL)
        return NULL;
      node_add_kid (seq, item);
    }
  return seq;
}

static ReNode *
parse_alt (Parser *ps, guint flags)
{
  ReNode *first = parse_seq (ps, flags), *alt;

  if (first == NULL || peek (ps) != '|' || at_end (ps))
    return first;
  alt = node_new (ps, RE_ALT, flags);
  node_add_kid (alt, first);
  while (eat (ps, '|'))
    {
      ReNode *next = parse_seq (ps, flags);

      if (next == NULL)
        return NULL;
      node_add_kid (alt, next);
    }
  return alt;
}

/* the width every match of @n has, or -1 when it varies */
static gssize
fixed_width (ReNode *n)
{
  gssize w = 0, k;

  switch (n->op)
    {
    case RE_LITERAL: case RE_ANY: case RE_CLASS:
      return 1;
    case RE_AT: case RE_LOOK:
      return 0;
    case RE_SEQ:
      for (gsize i = 0; i < n->nkids; i++)
        {
          if ((k = fixed_width (n->kids[i])) < 0)
            return -1;
          w += k;
        }
      return w;
    case RE_ALT:
      w = n->nkids > 0 ? fixed_width (n->kids[0]) : 0;
      for (gsize i = 1; i < n->nkids && w >= 0; i++)
        if (fixed_width (n->kids[i]) != w)
          return -1;
      return w;
    case RE_GROUP: case RE_ATOMIC:
      return fixed_width (n->kids[0]);
    case RE_REPEAT:
      if (n->min != n->max || (k = fixed_width (n->kids[0])) < 0)
        return -1;
      return k * n->min;
    case RE_COND:
      w = fixed_width (n->kids[0]);
      k = n->nkids > 1 ? fixed_width (n->kids[1]) : 0;
      return w == k ? w : -1;
    case RE_BACKREF:
    default:
      return -1;
    }
}

/* the compiler's check: every look-behind has one width */
static gboolean
check_lookbehinds (Parser *ps, ReNode *n)
{
  if (n->op == RE_LOOK && n->behind)
    {
      gssize w = fixed_width (n->kids[0]);

      if (w < 0)
        {
          fail (ps, -1, "look-behind requires fixed-width pattern");
          return FALSE;
        }
      n->min = (int) w;
    }
  for (gsize i = 0; i < n->nkids; i++)
    if (!check_lookbehinds (ps, n->kids[i]))
      return FALSE;
  return TRUE;
}

ReProgram *
pml_re_parse (const gunichar *pat, gsize n, guint flags, ReError *error)
{
  Parser ps = { pat, n, 0, flags, NULL, NULL, error, FALSE, 0 };
  ReProgram *prog = g_new0 (ReProgram, 1);
  ReNode *root;

  prog->nodes = g_ptr_array_new ();
  prog->group_names = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (prog->group_names, NULL);
  ps.prog = prog;
  ps.open = g_array_new (FALSE, FALSE, sizeof (int));
  error->msg = NULL;
  error->pos = -1;
  ps.cond_refs = g_array_new (FALSE, FALSE, sizeof (int));
  root = parse_alt (&ps, 0);
  if (root != NULL && !at_end (&ps))
    fail (&ps, (gssize) ps.i, "unbalanced parenthesis");
  for (guint i = 0; root != NULL && i < ps.cond_refs->len; i += 2)
    if (g_array_index (ps.cond_refs, int, i) > prog->groups)
      fail (&ps, g_array_index (ps.cond_refs, int, i + 1), "invalid group reference %d",
            g_array_index (ps.cond_refs, int, i));
  g_array_free (ps.cond_refs, TRUE);
  g_array_free (ps.open, TRUE);
  if (!ps.failed && !check_lookbehinds (&ps, root))
    root = NULL;
  if (ps.failed || root == NULL)
    {
      pml_re_program_free (prog);
      return NULL;
    }
  /* the pattern's flags: str patterns are Unicode unless ASCII */
  prog->flags = ps.flags;
  if (!(prog->flags & RE_FLAG_ASCII))
    prog->flags |= RE_FLAG_UNICODE;
  /* the global inline flags reach the nodes made before them ("(?i)"
     may open the pattern only, but "(?x)" starts a re-read in CPython) */
  for (guint i = 0; i < prog->nodes->len; i++)
    {
      ReNode *nd = g_ptr_array_index (prog->nodes, i);

      if (nd->flags & RE_FLAG_ASCII)
        nd->flags &= ~RE_FLAG_UNICODE;
      else
        nd->flags |= RE_FLAG_UNICODE;
    }
  prog->root = root;
  prog->code_words = pml_re_code_words (prog);
  return prog;
}

void
pml_re_program_free (ReProgram *prog)
{
  if (prog == NULL)
    return;
  for (guint i = 0; i < prog->nodes->len; i++)
    {
      ReNode *nd = g_ptr_array_index (prog->nodes, i);

      g_free (nd->kids);
      g_free (nd->items);
      g_free (nd);
    }
  g_ptr_array_free (prog->nodes, TRUE);
  g_ptr_array_free (prog->group_names, TRUE);
  g_free (prog);
}
