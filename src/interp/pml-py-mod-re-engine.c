/* pml-py-mod-re-engine.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <pthread.h>
#include <string.h>

#include "pml-py-mod-re.h"

/* The matcher: a backtracking walk of the pattern's tree, as _sre's is.
 * Each node is matched with a continuation (what must match after it),
 * so alternatives and quantifiers backtrack by returning FALSE to the
 * choice that made them. Repeats follow _sre's rules: a greedy repeat
 * tries one more turn before the rest, a lazy one the rest first, and a
 * turn that matched nothing ends the repeat. Groups keep their marks
 * while what follows matches and get the old ones back when it fails. */

typedef enum
{
  K_SEQ,         /* the rest of a sequence: node's kids from index */
  K_REPEAT,      /* one turn of a repeat ended */
  K_GROUP_END,   /* a group closes */
  K_SUB_END,     /* a look-around's or atomic group's pattern matched */
} ReContKind;

typedef struct _ReCont ReCont;
struct _ReCont
{
  ReContKind    kind;
  ReNode       *node;
  gsize         index;
  int           count;
  gssize        last_pos;
  const ReCont *next;
};

/* how deep the walk may go on the interpreter's stack; past it, the match
   starts again on a thread of its own with a stack of BIG_STACK bytes,
   where it may go BIG_DEPTH deep (_sre keeps its backtracking on the
   heap, so only a very long subject makes it fail) */
#define SMALL_DEPTH 4000
#define BIG_DEPTH   1500000
#define BIG_STACK   ((gsize) 1 << 30)

static gboolean match_node (ReState *st, ReNode *n, gssize pos, const ReCont *k);
static gboolean run_cont (ReState *st, const ReCont *k, gssize pos);

/* ---- characters ---- */

static gboolean
is_word (gunichar c, guint flags)
{
  if (c == '_')
    return TRUE;
  if (!(flags & RE_FLAG_UNICODE) || c < 128)
    return c < 128 && g_ascii_isalnum ((int) c);
  if (g_unichar_isalnum (c))
    return TRUE;
  switch (g_unichar_type (c))
    {
    case G_UNICODE_LETTER_NUMBER:
    case G_UNICODE_OTHER_NUMBER:
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
is_digit (gunichar c, guint flags)
{
  if (!(flags & RE_FLAG_UNICODE) || c < 128)
    return c >= '0' && c <= '9';
  return g_unichar_type (c) == G_UNICODE_DECIMAL_NUMBER;
}

static gboolean
is_space (gunichar c, guint flags)
{
  if (c < 128)
    return c == ' ' || (c >= 9 && c <= 13) || ((flags & RE_FLAG_UNICODE) && c >= 0x1c && c <= 0x1f);
  if (!(flags & RE_FLAG_UNICODE))
    return FALSE;
  return c == 0x85 || g_unichar_isspace (c);
}

static gboolean
in_category (gunichar c, char cat, guint flags)
{
  switch (cat)
    {
    case 'd': return is_digit (c, flags);
    case 'D': return !is_digit (c, flags);
    case 'w': return is_word (c, flags);
    case 'W': return !is_word (c, flags);
    case 's': return is_space (c, flags);
    case 'S': return !is_space (c, flags);
    default: return FALSE;
    }
}

static gunichar
lower (gunichar c, guint flags)
{
  if (!(flags & RE_FLAG_UNICODE))
    return c < 128 ? (gunichar) g_ascii_tolower ((int) c) : c;
  return g_unichar_tolower (c);
}

static gunichar
upper (gunichar c, guint flags)
{
  if (!(flags & RE_FLAG_UNICODE))
    return c < 128 ? (gunichar) g_ascii_toupper ((int) c) : c;
  return g_unichar_toupper (c);
}

static gboolean
class_has (ReNode *n, gunichar c)
{
  for (gsize i = 0; i < n->nitems; i++)
    {
      const ReClassItem *it = &n->items[i];

      if (it->category != 0 ? in_category (c, it->category, n->flags) : (c >= it->lo && c <= it->hi))
        return TRUE;
    }
  return FALSE;
}

/* does the one-character node @n match at @pos */
static gboolean
one (ReState *st, ReNode *n, gssize pos)
{
  gunichar c;
  gboolean in;

  if (pos >= st->n)
    return FALSE;
  c = st->s[pos];
  switch (n->op)
    {
    case RE_LITERAL:
      if (c == n->ch)
        return TRUE;
      return (n->flags & RE_FLAG_IGNORECASE)
             && (lower (c, n->flags) == lower (n->ch, n->flags) || upper (c, n->flags) == upper (n->ch, n->flags));
    case RE_ANY:
      return c != '\n' || (n->flags & RE_FLAG_DOTALL);
    case RE_CLASS:
      in = class_has (n, c);
      if (!in && (n->flags & RE_FLAG_IGNORECASE))
        in = class_has (n, lower (c, n->flags)) || class_has (n, upper (c, n->flags));
      return in != n->negate;
    default:
      return FALSE;
    }
}

static gboolean
is_single (ReNode *n)
{
  return n->op == RE_LITERAL || n->op == RE_ANY || n->op == RE_CLASS;
}

static gboolean
word_at (ReState *st, gssize pos, guint flags)
{
  return pos >= 0 && pos < st->n && is_word (st->s[pos], flags);
}

static gboolean
anchor (ReState *st, ReNode *n, gssize pos)
{
  gboolean multi = (n->flags & RE_FLAG_MULTILINE) != 0;

  switch (n->ch)
    {
    case '^':
      return pos == 0 || (multi && st->s[pos - 1] == '\n');
    case 'A':
      return pos == 0;
    case '$':
      if (multi)
        return pos == st->n || st->s[pos] == '\n';
      return pos == st->n || (pos == st->n - 1 && st->s[pos] == '\n');
    case 'Z':
      return pos == st->n;
    case 'b':
      if (st->n == 0)
        return FALSE;
      return word_at (st, pos - 1, n->flags) != word_at (st, pos, n->flags);
    case 'B':
      if (st->n == 0)
        return FALSE;
      return word_at (st, pos - 1, n->flags) == word_at (st, pos, n->flags);
    default:
      return FALSE;
    }
}

/* ---- marks ---- */

typedef struct
{
  gssize *marks;
  int     lastindex;
} ReSaved;

static gsize
nmarks (ReState *st)
{
  return 2 * (gsize) (st->prog->groups + 1);
}

static void
save_marks (ReState *st, ReSaved *sv)
{
  gsize n = nmarks (st);

  sv->marks = g_memdup2 (st->marks, n * sizeof (gssize));
  sv->lastindex = st->lastindex;
}

static void
restore_marks (ReState *st, ReSaved *sv)
{
  memcpy (st->marks, sv->marks, nmarks (st) * sizeof (gssize));
  st->lastindex = sv->lastindex;
}

/* ---- matching ---- */

static gboolean
match_seq (ReState *st, ReNode *seq, gsize i, gssize pos, const ReCont *k)
{
  ReCont rest;

  /* the last item continues with what follows the sequence */
  while (i < seq->nkids && seq->kids[i]->op == RE_SEQ && seq->kids[i]->nkids == 0)
    i++;
  if (i == seq->nkids)
    return run_cont (st, k, pos);
  if (i + 1 == seq->nkids)
    return match_node (st, seq->kids[i], pos, k);
  rest = (ReCont) { K_SEQ, seq, i + 1, 0, 0, k };
  return match_node (st, seq->kids[i], pos, &rest);
}

/* the repeat @n has done @count turns and stands at @pos; @last_pos is
   where the last turn started */
static gboolean
repeat_step (ReState *st, ReNode *n, int count, gssize pos, gssize last_pos, const ReCont *k)
{
  ReCont turn = { K_REPEAT, n, 0, count + 1, pos, k };
  gboolean more = n->max == RE_MAXREPEAT || count < n->max;

  if (count < n->min)
    {
      turn.last_pos = last_pos;
      return match_node (st, n->kids[0], pos, &turn);
    }
  if (n->mode == RE_LAZY)
    {
      if (run_cont (st, k, pos))
        return TRUE;
      if (!more || pos == last_pos)
        return FALSE;
      return match_node (st, n->kids[0], pos, &turn);
    }
  if (more && pos != last_pos && match_node (st, n->kids[0], pos, &turn))
    return TRUE;
  return run_cont (st, k, pos);
}

/* a repeat of one character: count the run, then back off */
static gboolean
repeat_single (ReState *st, ReNode *n, gssize pos, const ReCont *k)
{
  ReNode *c = n->kids[0];
  gssize count = 0, max = n->max == RE_MAXREPEAT ? G_MAXSSIZE : n->max;

  if (n->mode == RE_LAZY)
    {
      while (count < n->min)
        {
          if (!one (st, c, pos + count))
            return FALSE;
          count++;
        }
      for (;;)
        {
          if (run_cont (st, k, pos + count))
            return TRUE;
          if (count >= max || !one (st, c, pos + count))
            return FALSE;
          count++;
        }
    }
  while (count < max && one (st, c, pos + count))
    count++;
  if (count < n->min)
    return FALSE;
  if (n->mode == RE_POSSESSIVE)
    return run_cont (st, k, pos + count);
  for (; count >= n->min; count--)
    if (run_cont (st, k, pos + count))
      return TRUE;
  return FALSE;
}

/* match @n alone (a look-around's or an atomic group's pattern): TRUE
   with st->sub_end where it ended */
static gboolean
match_alone (ReState *st, ReNode *n, gssize pos)
{
  ReCont end = { K_SUB_END, NULL, 0, 0, 0, NULL };

  return match_node (st, n, pos, &end);
}

static gboolean
match_look (ReState *st, ReNode *n, gssize pos, const ReCont *k)
{
  ReSaved sv;
  gboolean found, r = FALSE;
  gssize from = n->behind ? pos - n->min : pos;

  save_marks (st, &sv);
  found = from >= 0 && match_alone (st, n->kids[0], from);
  if (found == n->negate)
    restore_marks (st, &sv);
  else if (run_cont (st, k, pos))
    r = TRUE;
  else
    restore_marks (st, &sv);
  g_free (sv.marks);
  return r;
}

static gboolean
match_backref (ReState *st, ReNode *n, gssize pos, const ReCont *k)
{
  gssize a = st->marks[2 * n->group], b = st->marks[2 * n->group + 1], len = b - a;

  if (a < 0 || b < 0 || len < 0 || pos + len > st->n)
    return FALSE;
  for (gssize i = 0; i < len; i++)
    {
      gunichar x = st->s[a + i], y = st->s[pos + i];

      if (x != y && (!(n->flags & RE_FLAG_IGNORECASE) || lower (x, n->flags) != lower (y, n->flags)))
        return FALSE;
    }
  return run_cont (st, k, pos + len);
}

static gboolean
match_node_inner (ReState *st, ReNode *n, gssize pos, const ReCont *k)
{
  switch (n->op)
    {
    case RE_LITERAL: case RE_ANY: case RE_CLASS:
      return one (st, n, pos) && run_cont (st, k, pos + 1);
    case RE_AT:
      return anchor (st, n, pos) && run_cont (st, k, pos);
    case RE_SEQ:
      return match_seq (st, n, 0, pos, k);
    case RE_ALT:
      for (gsize i = 0; i < n->nkids; i++)
        if (match_node (st, n->kids[i], pos, k))
          return TRUE;
      return FALSE;
    case RE_GROUP:
      {
        gssize old = st->marks[2 * n->group];
        ReCont end = { K_GROUP_END, n, 0, 0, 0, k };

        st->marks[2 * n->group] = pos;
        if (match_node (st, n->kids[0], pos, &end))
          return TRUE;
        st->marks[2 * n->group] = old;
        return FALSE;
      }
    case RE_REPEAT:
      if (is_single (n->kids[0]))
        return repeat_single (st, n, pos, k);
      if (n->mode == RE_POSSESSIVE)
        {
          ReSaved sv;
          ReCont end = { K_SUB_END, NULL, 0, 0, 0, NULL };
          gboolean r = FALSE;
          ReNode greedy = *n;

          greedy.mode = RE_GREEDY;
          save_marks (st, &sv);
          if (repeat_step (st, &greedy, 0, pos, -1, &end) && run_cont (st, k, st->sub_end))
            r = TRUE;
          else
            restore_marks (st, &sv);
          g_free (sv.marks);
          return r;
        }
      return repeat_step (st, n, 0, pos, -1, k);
    case RE_BACKREF:
      return match_backref (st, n, pos, k);
    case RE_LOOK:
      return match_look (st, n, pos, k);
    case RE_ATOMIC:
      {
        ReSaved sv;
        gboolean r = FALSE;

        save_marks (st, &sv);
        if (match_alone (st, n->kids[0], pos) && run_cont (st, k, st->sub_end))
          r = TRUE;
        else
          restore_marks (st, &sv);
        g_free (sv.marks);
        return r;
      }
    case RE_COND:
      {
        gboolean set = st->marks[2 * n->group] >= 0 && st->marks[2 * n->group + 1] >= 0;

        if (set)
          return match_node (st, n->kids[0], pos, k);
        if (n->nkids > 1)
          return match_node (st, n->kids[1], pos, k);
        return run_cont (st, k, pos);
      }
    default:
      return FALSE;
    }
}

static gboolean
match_node (ReState *st, ReNode *n, gssize pos, const ReCont *k)
{
  gboolean r;

  if (st->too_deep)
    return FALSE;
  if (++st->depth > st->max_depth)
    {
      st->too_deep = TRUE;
      return FALSE;
    }
  r = match_node_inner (st, n, pos, k);
  st->depth--;
  return r;
}

static gboolean
run_cont (ReState *st, const ReCont *k, gssize pos)
{
  if (k == NULL)
    {
      if ((st->fullmatch && pos != st->n) || pos == st->forbid_end)
        return FALSE;
      st->marks[1] = pos;
      return TRUE;
    }
  switch (k->kind)
    {
    case K_SEQ:
      return match_seq (st, k->node, k->index, pos, k->next);
    case K_REPEAT:
      return repeat_step (st, k->node, k->count, pos, k->last_pos, k->next);
    case K_GROUP_END:
      {
        int g = k->node->group;
        gssize old = st->marks[2 * g + 1];
        int old_last = st->lastindex;

        st->marks[2 * g + 1] = pos;
        st->lastindex = g;
        if (run_cont (st, k->next, pos))
          return TRUE;
        st->marks[2 * g + 1] = old;
        st->lastindex = old_last;
        return FALSE;
      }
    case K_SUB_END:
      st->sub_end = pos;
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
run_from (ReProgram *prog, ReState *st, gssize pos, ReHow how)
{
  gsize n = 2 * (gsize) (prog->groups + 1);

  st->prog = prog;
  st->fullmatch = how == RE_FULLMATCH;
  st->too_deep = FALSE;
  for (gssize start = pos; start <= st->n; start++)
    {
      for (gsize i = 0; i < n; i++)
        st->marks[i] = -1;
      st->lastindex = -1;
      st->depth = 0;
      st->marks[0] = start;
      if (match_node (st, prog->root, start, NULL))
        return TRUE;
      if (how != RE_SEARCH || st->too_deep)
        break;
    }
  for (gsize i = 0; i < n; i++)
    st->marks[i] = -1;
  return FALSE;
}

typedef struct
{
  ReProgram *prog;
  ReState   *st;
  gssize     pos;
  ReHow      how;
  gboolean   found;
} BigRun;

static void *
big_run (void *data)
{
  BigRun *b = data;

  b->found = run_from (b->prog, b->st, b->pos, b->how);
  return NULL;
}

gboolean
pml_re_run (ReProgram *prog, ReState *st, gssize pos, ReHow how)
{
  BigRun b = { prog, st, pos, how, FALSE };
  pthread_attr_t attr;
  pthread_t thread;
  gboolean found;

  st->max_depth = SMALL_DEPTH;
  found = run_from (prog, st, pos, how);
  if (!st->too_deep)
    return found;
  st->max_depth = BIG_DEPTH;
  pthread_attr_init (&attr);
  pthread_attr_setstacksize (&attr, BIG_STACK);
  if (pthread_create (&thread, &attr, big_run, &b) != 0)
    {
      pthread_attr_destroy (&attr);
      return FALSE;
    }
  pthread_join (thread, NULL);
  pthread_attr_destroy (&attr);
  return b.found;
}
