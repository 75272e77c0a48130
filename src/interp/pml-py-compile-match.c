/* pml-py-compile-match.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-vm.h"
#include "pml-py-match.h"
#include "pml-py-opcodes.h"

/* The code of a match statement, instruction for instruction what CPython
 * 3.11's compiler generates (so that every reference a pattern takes and
 * drops is CPython's): each pattern consumes the subject on top of the
 * stack; the values it captures wait on the stack, under what the pattern
 * still needs, and are stored only once the whole pattern has matched; a
 * failure jumps to a chain of POP_TOPs that drops exactly what is on the
 * stack at that point. */

typedef struct
{
  const PmlMatchCompiler *m;
  GPtrArray *stores;          /* the names captured so far (borrowed) */
  gboolean   allow_irrefutable;
  GArray    *fail_pop;        /* labels: fail_pop[n] pops n items, then fails */
  int        on_top;          /* items above the subject the pattern must keep */
  PmlNode   *last;            /* the pattern compiled last: where errors point */
} Ctx;

#define EMIT(pc, op, arg) ((pc)->m->emit ((pc)->m->c, (op), (arg)))

static gboolean compile_pattern (Ctx *pc, PmlNode *p);

static gboolean
is_wildcard (PmlNode *p)
{
  return p->kind == N_MATCH_AS && p->v.match_as.pattern == NULL && p->v.match_as.name == NULL;
}

static gboolean
is_star_wildcard (PmlNode *p)
{
  return p->kind == N_MATCH_STAR && p->v.match_star.name == NULL;
}

static gboolean
error (Ctx *pc, PmlNode *at, const char *fmt, ...) G_GNUC_PRINTF (3, 4);

static gboolean
error (Ctx *pc, PmlNode *at, const char *fmt, ...)
{
  va_list ap;
  g_autofree char *msg = NULL;

  va_start (ap, fmt);
  msg = g_strdup_vprintf (fmt, ap);
  va_end (ap);
  return pc->m->syntax_error (pc->m->c, at, msg);
}

static void
load_int (Ctx *pc, gint64 v)
{
  pc->m->load_const (pc->m->c, pml_int_new (v));
}

/* the label that pops @pops items and fails */
static int
fail_pop (Ctx *pc, guint pops)
{
  while (pc->fail_pop->len <= pops)
    {
      int label = pc->m->new_label (pc->m->c);

      g_array_append_val (pc->fail_pop, label);
    }
  return g_array_index (pc->fail_pop, int, pops);
}

/* fails, dropping what is on top and the captures */
static void
jump_to_fail_pop (Ctx *pc, int op)
{
  EMIT (pc, op, fail_pop (pc, (guint) pc->on_top + pc->stores->len));
}

/* the chain of POP_TOPs the failures jump into */
static void
emit_fail_pops (Ctx *pc)
{
  for (guint i = pc->fail_pop->len; i-- > 0;)
    {
      pc->m->place_label (pc->m->c, g_array_index (pc->fail_pop, int, i));
      if (i > 0)
        EMIT (pc, OP_POP_TOP, 0);
    }
  g_array_set_size (pc->fail_pop, 0);
}

/* brings TOS @count - 1 places down, as 3.10's ROT_N did */
static void
rotate (Ctx *pc, int count)
{
  while (count > 1)
    EMIT (pc, OP_SWAP, count--);
}

static gboolean
has_store (Ctx *pc, const char *name)
{
  for (guint i = 0; i < pc->stores->len; i++)
    if (strcmp (pc->stores->pdata[i], name) == 0)
      return TRUE;
  return FALSE;
}

/* TOS is captured as @name: it goes under everything still needed */
static gboolean
store_name (Ctx *pc, PmlNode *at, const char *name)
{
  if (name == NULL)
    {
      EMIT (pc, OP_POP_TOP, 0);
      return TRUE;
    }
  if (has_store (pc, name))
    return error (pc, at, "multiple assignments to name '%s' in pattern", name);
  rotate (pc, pc->on_top + (int) pc->stores->len + 1);
  g_ptr_array_add (pc->stores, (gpointer) name);
  return TRUE;
}

static gboolean
compile_subpattern (Ctx *pc, PmlNode *p)
{
  gboolean allow = pc->allow_irrefutable;

  pc->allow_irrefutable = TRUE;
  if (!compile_pattern (pc, p))
    return FALSE;
  pc->allow_irrefutable = allow;
  return TRUE;
}

/* TOS is None when the match failed */
static void
fail_if_none (Ctx *pc)
{
  EMIT (pc, OP_COPY, 1);
  pc->m->load_const (pc->m->c, pml_incref (NONE));
  EMIT (pc, OP_IS_OP, 1);
  jump_to_fail_pop (pc, OP_POP_JUMP_IF_FALSE);
}

static gboolean
compile_sequence (Ctx *pc, PmlNode *p)
{
  GPtrArray *pats = p->v.match_sequence.patterns;
  int size = (int) pats->len, star = -1;
  gboolean only_wildcard = TRUE, star_wildcard = FALSE;

  for (int i = 0; i < size; i++)
    {
      PmlNode *sub = pats->pdata[i];

      if (sub->kind == N_MATCH_STAR)
        {
          if (star >= 0)
            return error (pc, p, "multiple starred names in sequence pattern");
          star_wildcard = is_star_wildcard (sub);
          only_wildcard &= star_wildcard;
          star = i;
          continue;
        }
      only_wildcard &= is_wildcard (sub);
    }
  /* the subject stays on top for the type and length checks */
  pc->on_top++;
  EMIT (pc, OP_MATCH_SEQUENCE, 0);
  jump_to_fail_pop (pc, OP_POP_JUMP_IF_FALSE);
  if (star < 0 || size > 1)
    {
      EMIT (pc, OP_GET_LEN, 0);
      load_int (pc, star < 0 ? size : size - 1);
      EMIT (pc, OP_COMPARE_OP, star < 0 ? OP_EQ : OP_GE);
      jump_to_fail_pop (pc, OP_POP_JUMP_IF_FALSE);
    }
  pc->on_top--;
  if (only_wildcard)
    {
      EMIT (pc, OP_POP_TOP, 0);
      return TRUE;
    }
  if (star_wildcard)
    {
      /* [a, *_, b]: subscripts, no copy of the middle */
      pc->on_top++;
      for (int i = 0; i < size; i++)
        {
          PmlNode *sub = pats->pdata[i];

          if (is_wildcard (sub) || i == star)
            continue;
          EMIT (pc, OP_COPY, 1);
          if (i < star)
            load_int (pc, i);
          else
            {
              EMIT (pc, OP_GET_LEN, 0);
              load_int (pc, size - i);
              EMIT (pc, OP_BINARY_OP, OP_SUB);
            }
          EMIT (pc, OP_BINARY_SUBSCR, 0);
          if (!compile_subpattern (pc, sub))
            return FALSE;
        }
      pc->on_top--;
      EMIT (pc, OP_POP_TOP, 0);
      return TRUE;
    }
  if (star >= 0)
    EMIT (pc, OP_UNPACK_EX, star + ((size - star - 1) << 8));
  else
    EMIT (pc, OP_UNPACK_SEQUENCE, size);
  pc->on_top += size;
  for (int i = 0; i < size; i++)
    {
      pc->on_top--;
      if (!compile_subpattern (pc, pats->pdata[i]))
        return FALSE;
    }
  return TRUE;
}

static gboolean
compile_mapping (Ctx *pc, PmlNode *p)
{
  GPtrArray *keys = p->v.match_mapping.keys->v.sequence.elts;
  int size = (int) keys->len;

  pc->on_top++;
  EMIT (pc, OP_MATCH_MAPPING, 0);
  jump_to_fail_pop (pc, OP_POP_JUMP_IF_FALSE);
  if (size == 0 && p->v.match_mapping.rest == NULL)
    {
      pc->on_top--;
      EMIT (pc, OP_POP_TOP, 0);
      return TRUE;
    }
  if (size > 0)
    {
      EMIT (pc, OP_GET_LEN, 0);
      load_int (pc, size);
      EMIT (pc, OP_COMPARE_OP, OP_GE);
      jump_to_fail_pop (pc, OP_POP_JUMP_IF_FALSE);
    }
  for (int i = 0; i < size; i++)
    {
      PmlNode *key = keys->pdata[i];

      if (key->folded == NULL)
        continue;
      for (int j = 0; j < i; j++)
        {
          PmlNode *other = keys->pdata[j];

          PmlObj *a = other->folded, *b = key->folded;

          if (a != NULL && a->type == b->type && pml_eq (a, b) == 1)
            {
              g_autoptr(PmlObjTemp) repr = pml_repr (b);

              return error (pc, p, "mapping pattern checks duplicate key (%s)",
                            repr ? repr->u.s.s : "?");
            }
        }
    }
  if (!pc->m->compile_expr (pc->m->c, p->v.match_mapping.keys))
    return FALSE;
  pc->m->set_position (pc->m->c, p);
  EMIT (pc, OP_MATCH_KEYS, 0);
  /* the keys and the values (or None) are on top of the subject now */
  pc->on_top += 2;
  fail_if_none (pc);
  EMIT (pc, OP_UNPACK_SEQUENCE, size);
  pc->on_top += size - 1;
  for (int i = 0; i < size; i++)
    {
      pc->on_top--;
      if (!compile_subpattern (pc, p->v.match_mapping.patterns->pdata[i]))
        return FALSE;
    }
  pc->on_top -= 2;
  if (p->v.match_mapping.rest != NULL)
    {
      /* rest = dict(subject); del rest[key] for each key */
      EMIT (pc, OP_BUILD_MAP, 0);
      EMIT (pc, OP_SWAP, 3);
      EMIT (pc, OP_DICT_UPDATE, 2);
      EMIT (pc, OP_UNPACK_SEQUENCE, size);
      while (size > 0)
        {
          EMIT (pc, OP_COPY, 1 + size--);
          EMIT (pc, OP_SWAP, 2);
          EMIT (pc, OP_DELETE_SUBSCR, 0);
        }
      return store_name (pc, p, p->v.match_mapping.rest);
    }
  EMIT (pc, OP_POP_TOP, 0);   /* the keys */
  EMIT (pc, OP_POP_TOP, 0);   /* the subject */
  return TRUE;
}

static gboolean
compile_class (Ctx *pc, PmlNode *p)
{
  GPtrArray *names = p->v.match_class.kwd_attrs->v.sequence.elts;
  int nargs = (int) p->v.match_class.patterns->len, nattrs = (int) names->len;

  for (int i = 0; i < nattrs; i++)
    for (int j = i + 1; j < nattrs; j++)
      {
        const char *a = ((PmlNode *) names->pdata[i])->v.constant.text, *b = ((PmlNode *) names->pdata[j])->v.constant.text;

        if (strcmp (a, b) == 0)
          return error (pc, p->v.match_class.kwd_patterns->pdata[j], "attribute name repeated in class pattern: %s", a);
      }
  if (!pc->m->compile_expr (pc->m->c, p->v.match_class.cls) || !pc->m->compile_expr (pc->m->c, p->v.match_class.kwd_attrs))
    return FALSE;
  pc->m->set_position (pc->m->c, p);
  EMIT (pc, OP_MATCH_CLASS, nargs);
  /* a tuple of the nargs + nattrs attributes, or None */
  pc->on_top++;
  fail_if_none (pc);
  EMIT (pc, OP_UNPACK_SEQUENCE, nargs + nattrs);
  pc->on_top += nargs + nattrs - 1;
  for (int i = 0; i < nargs + nattrs; i++)
    {
      PmlNode *sub = i < nargs ? p->v.match_class.patterns->pdata[i] : p->v.match_class.kwd_patterns->pdata[i - nargs];

      pc->on_top--;
      if (is_wildcard (sub))
        {
          EMIT (pc, OP_POP_TOP, 0);
          continue;
        }
      if (!compile_subpattern (pc, sub))
        return FALSE;
    }
  return TRUE;
}

static gboolean
compile_as (Ctx *pc, PmlNode *p)
{
  if (p->v.match_as.pattern == NULL)
    {
      if (!pc->allow_irrefutable)
        {
          if (p->v.match_as.name != NULL)
            return error (pc, p, "name capture '%s' makes remaining patterns unreachable", p->v.match_as.name);
          return error (pc, p, "wildcard makes remaining patterns unreachable");
        }
      return store_name (pc, p, p->v.match_as.name);
    }
  /* a copy to store if the pattern matches */
  pc->on_top++;
  EMIT (pc, OP_COPY, 1);
  if (!compile_pattern (pc, p->v.match_as.pattern))
    return FALSE;
  pc->on_top--;
  return store_name (pc, p, p->v.match_as.name);
}

static int
index_of (GPtrArray *names, const char *name)
{
  for (guint i = 0; i < names->len; i++)
    if (strcmp (names->pdata[i], name) == 0)
      return (int) i;
  return -1;
}

static gboolean
compile_or (Ctx *pc, PmlNode *p)
{
  Ctx old = *pc;
  int end = pc->m->new_label (pc->m->c);
  g_autoptr(GPtrArray) control = NULL;
  PmlNode *diff_at = p;
  int nstores, nrots;

  pc->fail_pop = g_array_new (FALSE, FALSE, sizeof (int));
  for (guint i = 0; i < p->v.match_or.patterns->len; i++)
    {
      PmlNode *alt = p->v.match_or.patterns->pdata[i];
      GPtrArray *stores = g_ptr_array_new ();

      pc->m->set_position (pc->m->c, alt);
      pc->stores = stores;
      /* only the last alternative may be irrefutable */
      pc->allow_irrefutable = i == p->v.match_or.patterns->len - 1 && old.allow_irrefutable;
      pc->on_top = 0;
      EMIT (pc, OP_COPY, 1);
      if (!compile_pattern (pc, alt))
        goto fail;
      diff_at = pc->last;
      if (i == 0)
        control = g_ptr_array_ref (stores);
      else if (stores->len != control->len)
        goto diff;
      else if (stores->len > 0)
        {
          /* the same names, maybe in another order: reorder the stack
             the way control has them */
          for (int icontrol = (int) stores->len; icontrol-- > 0;)
            {
              int istores = index_of (stores, control->pdata[icontrol]);

              if (istores < 0)
                goto diff;
              if (istores != icontrol)
                {
                  int rotations = istores + 1;
                  g_autoptr(GPtrArray) moved = g_ptr_array_new ();

                  for (int k = 0; k < rotations; k++)
                    g_ptr_array_add (moved, stores->pdata[k]);
                  g_ptr_array_remove_range (stores, 0, (guint) rotations);
                  for (int k = 0; k < rotations; k++)
                    g_ptr_array_insert (stores, icontrol - istores + k, moved->pdata[k]);
                  while (rotations-- > 0)
                    rotate (pc, icontrol + 1);
                }
            }
        }
      EMIT (pc, OP_JUMP, end);
      emit_fail_pops (pc);
      g_ptr_array_unref (stores);
      pc->stores = NULL;
    }
  g_array_unref (pc->fail_pop);
  *pc = old;
  /* no alternative matched: drop the copy of the subject and fail */
  EMIT (pc, OP_POP_TOP, 0);
  jump_to_fail_pop (pc, OP_JUMP);
  pc->m->place_label (pc->m->c, end);
  nstores = (int) control->len;
  /* the new captures go under the copy of the subject, what is on top
     and the earlier captures */
  nrots = nstores + 1 + pc->on_top + (int) pc->stores->len;
  for (int i = 0; i < nstores; i++)
    {
      const char *name = control->pdata[i];

      rotate (pc, nrots);
      if (has_store (pc, name))
        return error (pc, p, "multiple assignments to name '%s' in pattern", name);
      g_ptr_array_add (pc->stores, (gpointer) name);
    }
  EMIT (pc, OP_POP_TOP, 0);   /* the copy of the subject */
  return TRUE;

diff:
  error (pc, diff_at, "alternative patterns bind different names");
fail:
  if (pc->stores != NULL)
    g_ptr_array_unref (pc->stores);
  g_array_unref (pc->fail_pop);
  *pc = old;
  return FALSE;
}

static gboolean
compile_pattern (Ctx *pc, PmlNode *p)
{
  pc->last = p;
  pc->m->set_position (pc->m->c, p);
  switch (p->kind)
    {
    case N_MATCH_VALUE:
      if (!pc->m->compile_expr (pc->m->c, p->v.match_value.value))
        return FALSE;
      pc->m->set_position (pc->m->c, p);
      EMIT (pc, OP_COMPARE_OP, OP_EQ);
      jump_to_fail_pop (pc, OP_POP_JUMP_IF_FALSE);
      return TRUE;
    case N_MATCH_SINGLETON:
      pc->m->load_const (pc->m->c, pml_incref (p->v.match_singleton.value == C_NONE ? NONE : p->v.match_singleton.value == C_TRUE ? TRUE_ : FALSE_));
      EMIT (pc, OP_IS_OP, 0);
      jump_to_fail_pop (pc, OP_POP_JUMP_IF_FALSE);
      return TRUE;
    case N_MATCH_SEQUENCE:
      return compile_sequence (pc, p);
    case N_MATCH_MAPPING:
      return compile_mapping (pc, p);
    case N_MATCH_CLASS:
      return compile_class (pc, p);
    case N_MATCH_STAR:
      return store_name (pc, p, p->v.match_star.name);
    case N_MATCH_AS:
      return compile_as (pc, p);
    case N_MATCH_OR:
      return compile_or (pc, p);
    default:
      return error (pc, p, "invalid pattern");
    }
}

gboolean
pml_compile_match (const PmlMatchCompiler *m, PmlNode *match)
{
  GPtrArray *cases = match->v.match.cases;
  PmlNode *last = cases->pdata[cases->len - 1];
  gboolean has_default = is_wildcard (last->v.match_case.pattern) && cases->len > 1;
  guint n = cases->len - (has_default ? 1 : 0);
  int end;
  Ctx pc = { m, NULL, FALSE, NULL, 0, NULL };
  gboolean ok = FALSE;

  /* before 3.10, `match x:` was not Python */
  if (PRESET_MINOR () < 10)
    return m->syntax_error (m->c, match, "invalid syntax");
  if (!m->compile_expr (m->c, match->v.match.subject))
    return FALSE;
  end = m->new_label (m->c);
  pc.fail_pop = g_array_new (FALSE, FALSE, sizeof (int));
  for (guint i = 0; i < n; i++)
    {
      PmlNode *mc = cases->pdata[i];

      m->set_position (m->c, mc->v.match_case.pattern);
      /* the last case does not need the subject any more */
      if (i != n - 1)
        EMIT (&pc, OP_COPY, 1);
      pc.stores = g_ptr_array_new ();
      /* an irrefutable case must be guarded or last */
      pc.allow_irrefutable = mc->v.match_case.guard != NULL || i == cases->len - 1;
      pc.on_top = 0;
      if (!compile_pattern (&pc, mc->v.match_case.pattern))
        goto out;
      /* it matched: store the captures waiting on the stack */
      for (guint k = 0; k < pc.stores->len; k++)
        m->store_name (m->c, pc.stores->pdata[k]);
      g_clear_pointer (&pc.stores, g_ptr_array_unref);
      if (mc->v.match_case.guard != NULL)
        {
          int fail = fail_pop (&pc, 0);

          if (!m->compile_expr (m->c, mc->v.match_case.guard))
            goto out;
          EMIT (&pc, OP_POP_JUMP_IF_FALSE, fail);
        }
      if (i != n - 1)
        EMIT (&pc, OP_POP_TOP, 0);
      if (!m->compile_stmts (m->c, mc->v.match_case.body))
        goto out;
      EMIT (&pc, OP_JUMP, end);
      m->set_position (m->c, mc->v.match_case.pattern);
      emit_fail_pops (&pc);
    }
  if (has_default)
    {
      m->set_position (m->c, last->v.match_case.pattern);
      EMIT (&pc, OP_NOP, 0);
      if (last->v.match_case.guard != NULL)
        {
          if (!m->compile_expr (m->c, last->v.match_case.guard))
            goto out;
          EMIT (&pc, OP_POP_JUMP_IF_FALSE, end);
        }
      if (!m->compile_stmts (m->c, last->v.match_case.body))
        goto out;
    }
  m->place_label (m->c, end);
  ok = TRUE;

out:
  if (pc.stores != NULL)
    g_ptr_array_unref (pc.stores);
  g_array_unref (pc.fail_pop);
  return ok;
}
