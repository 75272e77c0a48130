/* pml-py-symtable.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pml-py-symtable.h"
#include "pml-py-vm.h"

/* Which names of each scope are locals, globals, cells and free variables,
 * found the way CPython's symtable.c does it: collect, then resolve from
 * the innermost scope outwards. */

static PmlScope *
scope_new (PmlScopeKind kind, PmlNode *node, PmlScope *parent, const char *name)
{
  PmlScope *s = g_new0 (PmlScope, 1);

  s->kind = kind;
  s->node = node;
  s->parent = parent;
  s->name = g_strdup (name);
  s->symbols = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  s->order = g_ptr_array_new_with_free_func (g_free);
  s->children = g_ptr_array_new ();
  s->cellvars = g_ptr_array_new_with_free_func (g_free);
  s->freevars = g_ptr_array_new_with_free_func (g_free);
  s->varnames = g_ptr_array_new_with_free_func (g_free);
  if (parent != NULL)
    g_ptr_array_add (parent->children, s);
  return s;
}

static void
scope_free (PmlScope *s)
{
  for (guint i = 0; i < s->children->len; i++)
    scope_free (s->children->pdata[i]);
  g_ptr_array_unref (s->children);
  g_hash_table_unref (s->symbols);
  g_ptr_array_unref (s->order);
  g_ptr_array_unref (s->cellvars);
  g_ptr_array_unref (s->freevars);
  g_ptr_array_unref (s->varnames);
  g_free (s->name);
  g_free (s);
}

void
pml_symtable_free (PmlSymtable *st)
{
  if (st == NULL)
    return;
  scope_free (st->top);
  g_hash_table_unref (st->by_node);
  g_free (st);
}

guint
pml_scope_flags (PmlScope *s, const char *name)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (s->symbols, name));
}

static void
add_flag (PmlScope *s, const char *name, guint flag)
{
  guint old = pml_scope_flags (s, name);

  if (old == 0)
    g_ptr_array_add (s->order, g_strdup (name));
  g_hash_table_replace (s->symbols, g_strdup (name), GUINT_TO_POINTER (old | flag));
}

typedef struct
{
  PmlSymtable *st;
  const char *filename;
  GError **error;
  int depth;     /* statements and expressions being visited */
  int limit;
} Builder;

static gboolean visit_stmt (Builder *b, PmlScope *s, PmlNode *n);
static gboolean visit_expr (Builder *b, PmlScope *s, PmlNode *n);
static gboolean visit_target (Builder *b, PmlScope *s, PmlNode *t);
static gboolean visit_stmt_node (Builder *b, PmlScope *s, PmlNode *n);
static gboolean visit_expr_node (Builder *b, PmlScope *s, PmlNode *n);
static gboolean visit_target_node (Builder *b, PmlScope *s, PmlNode *t);

/* CPython's compiler counts each statement and expression it visits
 * against three times the recursion limit (COMPILER_STACK_FRAME_SCALE),
 * from three times the current depth: `1+1+...` with 3,000 terms, or
 * 3,000 elifs, is a RecursionError there */
#define COMPILER_STACK_FRAME_SCALE 3

static gboolean
too_deep (Builder *b, PmlNode *n)
{
  g_set_error (b->error, PML_SCRIPT_ERROR, PML_SCRIPT_ERROR_UNLOCATED,
               "%s:%d:%d: RecursionError: maximum recursion depth exceeded during compilation",
               b->filename, n->line, n->col + 1);
  return FALSE;
}

typedef gboolean (*Visit) (Builder *b, PmlScope *s, PmlNode *n);

static gboolean
visit_counted (Builder *b, PmlScope *s, PmlNode *n, Visit visit)
{
  gboolean ok;

  if (n == NULL)
    return TRUE;
  if (++b->depth > b->limit || pml_cstack_exhausted ())
    return too_deep (b, n);
  ok = visit (b, s, n);
  b->depth--;
  return ok;
}

static gboolean
visit_stmt (Builder *b, PmlScope *s, PmlNode *n)
{
  return visit_counted (b, s, n, visit_stmt_node);
}

static gboolean
visit_expr (Builder *b, PmlScope *s, PmlNode *n)
{
  return visit_counted (b, s, n, visit_expr_node);
}

static gboolean
visit_target (Builder *b, PmlScope *s, PmlNode *t)
{
  return visit_counted (b, s, t, visit_target_node);
}

static gboolean
visit_list (Builder *b, PmlScope *s, GPtrArray *list, gboolean stmts)
{
  if (list == NULL)
    return TRUE;
  for (guint i = 0; i < list->len; i++)
    if (!(stmts ? visit_stmt (b, s, list->pdata[i]) : visit_expr (b, s, list->pdata[i])))
      return FALSE;
  return TRUE;
}

static gboolean
fail (Builder *b, PmlNode *n, const char *fmt, ...) G_GNUC_PRINTF (3, 4);

static gboolean
fail (Builder *b, PmlNode *n, const char *fmt, ...)
{
  va_list ap;
  g_autofree char *msg = NULL;
  int end_line, end_col;

  va_start (ap, fmt);
  msg = g_strdup_vprintf (fmt, ap);
  va_end (ap);

  pml_node_error_end (n, &end_line, &end_col);
  if (end_line > n->line || end_col > n->col + 1)
    g_set_error (b->error, PML_SCRIPT_ERROR, PML_SCRIPT_ERROR_SYNTAX, "%s:%d:%d-%d:%d: %s",
                 b->filename, n->line, n->col + 1, end_line, end_col + 1, msg);
  else
    g_set_error (b->error, PML_SCRIPT_ERROR, PML_SCRIPT_ERROR_SYNTAX, "%s:%d:%d: %s",
                 b->filename, n->line, n->col + 1, msg);
  return FALSE;
}

static gboolean
bind_name (Builder *b, PmlScope *s, PmlNode *n, const char *name)
{
  guint flags = pml_scope_flags (s, name);

  if ((flags & SYM_GLOBAL) || (flags & SYM_NONLOCAL))
    return TRUE;
  add_flag (s, name, SYM_LOCAL);
  (void) b;
  (void) n;
  return TRUE;
}

/* assignment targets: names are bound, everything else is evaluated */
static gboolean
visit_target_node (Builder *b, PmlScope *s, PmlNode *t)
{
  switch (t->kind)
    {
    case N_NAME:
      return bind_name (b, s, t, t->v.name.id);
    case N_TUPLE:
    case N_LIST:
      for (guint i = 0; i < t->v.sequence.elts->len; i++)
        if (!visit_target (b, s, t->v.sequence.elts->pdata[i]))
          return FALSE;
      return TRUE;
    case N_STARRED:
      return visit_target (b, s, t->v.starred.value);
    case N_ATTRIBUTE:
      return visit_expr (b, s, t->v.attribute.value);
    case N_SUBSCRIPT:
      return visit_expr (b, s, t->v.subscript.value) && visit_expr (b, s, t->v.subscript.slice);
    default:
      return TRUE;   /* the compiler reports invalid targets */
    }
}

/* keyword-only defaults and annotations, in the enclosing scope */
static gboolean
visit_params (Builder *b, PmlScope *s, GPtrArray *params)
{
  for (guint i = 0; i < params->len; i++)
    {
      PmlNode *p = params->pdata[i];

      if (!visit_expr (b, s, p->v.arg.kw_default) || !visit_expr (b, s, p->v.arg.annotation))
        return FALSE;
    }
  return TRUE;
}

static gboolean
visit_function (Builder *b, PmlScope *s, PmlNode *n, GPtrArray *params, GPtrArray *body, PmlNode *expr_body, const char *name)
{
  PmlScope *f = scope_new (SCOPE_FUNCTION, n, s, name);

  g_hash_table_insert (b->st->by_node, n, f);
  for (guint i = 0; i < params->len; i++)
    {
      PmlNode *p = params->pdata[i];

      add_flag (f, p->v.arg.arg, SYM_PARAM | SYM_LOCAL);
      g_ptr_array_add (f->varnames, g_strdup (p->v.arg.arg));
    }
  if (body != NULL)
    return visit_list (b, f, body, TRUE);
  return visit_expr (b, f, expr_body);
}

static gboolean
visit_comprehension (Builder *b, PmlScope *s, PmlNode *n)
{
  PmlScope *c;
  PmlNode *first = n->v.comp.generators->pdata[0];

  /* the outermost iterable is evaluated in the enclosing scope */
  if (!visit_expr (b, s, first->v.comprehension.iter))
    return FALSE;
  c = scope_new (SCOPE_FUNCTION, n, s, n->kind == N_GENEXP ? "<genexpr>" : n->kind == N_LISTCOMP ? "<listcomp>"
                 : n->kind == N_SETCOMP ? "<setcomp>" : "<dictcomp>");
  c->is_comprehension = TRUE;
  c->is_generator = n->kind == N_GENEXP;
  g_hash_table_insert (b->st->by_node, n, c);
  add_flag (c, ".0", SYM_PARAM | SYM_LOCAL);
  g_ptr_array_add (c->varnames, g_strdup (".0"));
  for (guint i = 0; i < n->v.comp.generators->len; i++)
    {
      PmlNode *gen = n->v.comp.generators->pdata[i];

      if (i > 0 && !visit_expr (b, c, gen->v.comprehension.iter))
        return FALSE;
      if (!visit_target (b, c, gen->v.comprehension.target) || !visit_list (b, c, gen->v.comprehension.ifs, FALSE))
        return FALSE;
    }
  return visit_expr (b, c, n->v.comp.elt) && (n->v.comp.value == NULL || visit_expr (b, c, n->v.comp.value));
}

/* the name a pattern binds, or NULL */
static const char *
pattern_capture (const PmlNode *n)
{
  switch (n->kind)
    {
    case N_MATCH_AS:
      return n->v.match_as.name;
    case N_MATCH_STAR:
      return n->v.match_star.name;
    case N_MATCH_MAPPING:
      return n->v.match_mapping.rest;
    default:
      return NULL;
    }
}

/* every child of an expression or a pattern, in their fixed order */
static gboolean
visit_children (Builder *b, PmlScope *s, PmlNode *n)
{
  PmlNodeChild children[PML_NODE_MAX_CHILDREN];
  guint count = pml_node_children (n, children);

  for (guint k = 0; k < count; k++)
    if (children[k].node != NULL ? !visit_expr (b, s, *children[k].node)
                                 : !visit_list (b, s, *children[k].list, FALSE))
      return FALSE;
  return TRUE;
}

static gboolean
visit_expr_node (Builder *b, PmlScope *s, PmlNode *n)
{
  switch (n->kind)
    {
    case N_NAME:
      add_flag (s, n->v.name.id, SYM_USED);
      return TRUE;
    case N_LAMBDA:
      return visit_list (b, s, n->v.lambda.defaults, FALSE) && visit_params (b, s, n->v.lambda.args)
             && visit_function (b, s, n, n->v.lambda.args, NULL, n->v.lambda.body, "<lambda>");
    case N_LISTCOMP:
    case N_SETCOMP:
    case N_DICTCOMP:
    case N_GENEXP:
      return visit_comprehension (b, s, n);
    case N_YIELD:
      if (s->kind != SCOPE_FUNCTION)
        return fail (b, n, "'yield' outside function");
      s->is_generator = TRUE;
      return visit_expr (b, s, n->v.yield.value);
    case N_COMPARE:
      return visit_expr (b, s, n->v.compare.left) && visit_list (b, s, n->v.compare.comparators, FALSE);
    case N_NAMEDEXPR:
      if (!visit_expr (b, s, n->v.named_expr.value))
        return FALSE;
      if (s->is_comprehension)
        {
          /* the target belongs to the scope around the comprehensions */
          PmlScope *outer = s->parent;

          while (outer->is_comprehension)
            outer = outer->parent;
          if (outer->kind == SCOPE_CLASS)
            return fail (b, n, "assignment expression within a comprehension cannot be used in a class body");
          for (PmlScope *c = s; c != outer; c = c->parent)
            add_flag (c, n->v.named_expr.target->v.name.id, outer->kind == SCOPE_MODULE ? SYM_GLOBAL : SYM_NONLOCAL);
          return bind_name (b, outer, n->v.named_expr.target, n->v.named_expr.target->v.name.id);
        }
      return bind_name (b, s, n->v.named_expr.target, n->v.named_expr.target->v.name.id);
    case N_DICT:
      return visit_list (b, s, n->v.dict.keys, FALSE) && visit_list (b, s, n->v.dict.values, FALSE);
    case N_CALL:
      if (!visit_expr (b, s, n->v.call.func) || !visit_list (b, s, n->v.call.args, FALSE))
        return FALSE;
      for (guint i = 0; i < n->v.call.keywords->len; i++)
        if (!visit_expr (b, s, ((PmlNode *) n->v.call.keywords->pdata[i])->v.keyword.value))
          return FALSE;
      return TRUE;
    case N_MATCH_AS:
    case N_MATCH_STAR:
    case N_MATCH_MAPPING:
    case N_MATCH_CLASS:
      /* patterns (pml-py-match.h): the name they bind, then their parts */
      return (pattern_capture (n) == NULL || bind_name (b, s, n, pattern_capture (n))) && visit_children (b, s, n);
    default:
      return visit_children (b, s, n);
    }
}

static gboolean
visit_stmt_node (Builder *b, PmlScope *s, PmlNode *n)
{
  switch (n->kind)
    {
    case N_EXPR_STMT:
    case N_RETURN:
      if (n->kind == N_RETURN && s->kind != SCOPE_FUNCTION)
        return fail (b, n, "'return' outside function");
      return visit_expr (b, s, n->kind == N_RETURN ? n->v.return_stmt.value : n->v.expr_stmt.value);
    case N_ASSIGN:
      if (!visit_expr (b, s, n->v.assign.value))
        return FALSE;
      for (guint i = 0; i < n->v.assign.targets->len; i++)
        if (!visit_target (b, s, n->v.assign.targets->pdata[i]))
          return FALSE;
      return TRUE;
    case N_AUGASSIGN:
      if (n->v.aug_assign.target->kind == N_NAME)
        add_flag (s, n->v.aug_assign.target->v.name.id, SYM_USED);
      return visit_expr (b, s, n->v.aug_assign.value) && visit_target (b, s, n->v.aug_assign.target);
    case N_DELETE:
      for (guint i = 0; i < n->v.delete_stmt.targets->len; i++)
        if (!visit_target (b, s, n->v.delete_stmt.targets->pdata[i]))
          return FALSE;
      return TRUE;
    case N_ANNASSIGN:
      if (!visit_expr (b, s, n->v.ann_assign.value))
        return FALSE;
      if (s->kind != SCOPE_FUNCTION && !visit_expr (b, s, n->v.ann_assign.annotation))
        return FALSE;
      if (n->v.ann_assign.target->kind == N_NAME)
        {
          if (n->v.ann_assign.simple && (pml_scope_flags (s, n->v.ann_assign.target->v.name.id) & (SYM_GLOBAL | SYM_NONLOCAL)))
            return fail (b, n, "annotated name '%s' can't be %s", n->v.ann_assign.target->v.name.id,
                         pml_scope_flags (s, n->v.ann_assign.target->v.name.id) & SYM_GLOBAL ? "global" : "nonlocal");
          return bind_name (b, s, n->v.ann_assign.target, n->v.ann_assign.target->v.name.id);
        }
      return visit_target (b, s, n->v.ann_assign.target);
    case N_WITH:
      for (guint i = 0; i < n->v.with_stmt.items->len; i++)
        {
          PmlNode *item = n->v.with_stmt.items->pdata[i];

          if (!visit_expr (b, s, item->v.withitem.context_expr) || (item->v.withitem.optional_vars && !visit_target (b, s, item->v.withitem.optional_vars)))
            return FALSE;
        }
      return visit_list (b, s, n->v.with_stmt.body, TRUE);
    case N_IF:
      return visit_expr (b, s, n->v.if_stmt.test) && visit_list (b, s, n->v.if_stmt.body, TRUE)
             && visit_list (b, s, n->v.if_stmt.orelse, TRUE);
    case N_WHILE:
      return visit_expr (b, s, n->v.while_stmt.test) && visit_list (b, s, n->v.while_stmt.body, TRUE) && visit_list (b, s, n->v.while_stmt.orelse, TRUE);
    case N_FOR:
      return visit_expr (b, s, n->v.for_stmt.iter) && visit_target (b, s, n->v.for_stmt.target)
             && visit_list (b, s, n->v.for_stmt.body, TRUE) && visit_list (b, s, n->v.for_stmt.orelse, TRUE);
    case N_FUNCTIONDEF:
      if (!visit_list (b, s, n->v.function_def.decorator_list, FALSE)
          || !visit_list (b, s, n->v.function_def.defaults, FALSE) || !visit_params (b, s, n->v.function_def.args) || !visit_expr (b, s, n->v.function_def.returns)
          || !bind_name (b, s, n, n->v.function_def.name))
        return FALSE;
      return visit_function (b, s, n, n->v.function_def.args, n->v.function_def.body, NULL, n->v.function_def.name);
    case N_CLASSDEF:
      {
        PmlScope *c;

        if (!visit_list (b, s, n->v.class_def.decorator_list, FALSE)
            || !visit_list (b, s, n->v.class_def.bases, FALSE) || !bind_name (b, s, n, n->v.class_def.name))
          return FALSE;
        for (guint i = 0; n->v.class_def.keywords != NULL && i < n->v.class_def.keywords->len; i++)
          if (!visit_expr (b, s, ((PmlNode *) n->v.class_def.keywords->pdata[i])->v.keyword.value))
            return FALSE;
        c = scope_new (SCOPE_CLASS, n, s, n->v.class_def.name);
        g_hash_table_insert (b->st->by_node, n, c);
        return visit_list (b, c, n->v.class_def.body, TRUE);
      }
    case N_GLOBAL:
    case N_NONLOCAL:
      for (guint i = 0; i < n->v.global.names->len; i++)
        {
          PmlNode *name = n->v.global.names->pdata[i];
          guint flags = pml_scope_flags (s, name->v.name.id);

          const char *what = n->kind == N_GLOBAL ? "global" : "nonlocal";

          /* CPython underlines the whole declaration */
          if (n->kind == N_NONLOCAL && s->kind != SCOPE_FUNCTION)
            return fail (b, n, "nonlocal declaration not allowed at module level");
          if (flags & SYM_PARAM)
            return fail (b, n, "name '%s' is parameter and %s", name->v.name.id, what);
          if (flags & SYM_USED)
            return fail (b, n, "name '%s' is used prior to %s declaration", name->v.name.id, what);
          if (flags & SYM_LOCAL)
            return fail (b, n, "name '%s' is assigned to before %s declaration", name->v.name.id, what);
          add_flag (s, name->v.name.id, n->kind == N_GLOBAL ? SYM_GLOBAL : SYM_NONLOCAL);
        }
      return TRUE;
    case N_IMPORT:
    case N_IMPORTFROM:
      {
        GPtrArray *names = n->kind == N_IMPORTFROM ? n->v.import_from.names : n->v.import.names;

      for (guint i = 0; i < names->len; i++)
        {
          PmlNode *a = names->pdata[i];
          g_autofree char *bound = a->v.alias.asname ? g_strdup (a->v.alias.asname->v.name.id) : g_strdup (a->v.alias.name);
          char *dot = strchr (bound, '.');

          if (dot != NULL)
            *dot = '\0';
          bind_name (b, s, a, bound);
        }
      return TRUE;
      }
    case N_TRY:
      if (!visit_list (b, s, n->v.try_stmt.body, TRUE) || !visit_list (b, s, n->v.try_stmt.orelse, TRUE))
        return FALSE;
      for (guint i = 0; i < n->v.try_stmt.handlers->len; i++)
        {
          PmlNode *h = n->v.try_stmt.handlers->pdata[i];

          if (!visit_expr (b, s, h->v.except_handler.type) || (h->v.except_handler.name && !bind_name (b, s, h, h->v.except_handler.name))
              || !visit_list (b, s, h->v.except_handler.body, TRUE))
            return FALSE;
        }
      return visit_list (b, s, n->v.try_stmt.finalbody, TRUE);
    case N_RAISE:
      return visit_expr (b, s, n->v.raise.exc) && visit_expr (b, s, n->v.raise.cause);
    case N_ASSERT:
      return visit_expr (b, s, n->v.assert_stmt.test) && visit_expr (b, s, n->v.assert_stmt.msg);
    case N_MATCH:
      if (!visit_expr (b, s, n->v.match.subject))
        return FALSE;
      for (guint i = 0; i < n->v.match.cases->len; i++)
        {
          PmlNode *m = n->v.match.cases->pdata[i];   /* pattern, guard, body */

          if (!visit_expr (b, s, m->v.match_case.pattern) || !visit_expr (b, s, m->v.match_case.guard) || !visit_list (b, s, m->v.match_case.body, TRUE))
            return FALSE;
        }
      return TRUE;
    default:
      return TRUE;
    }
}

/* is @name bound as a local of some enclosing function scope? */
static PmlScope *
find_binding (PmlScope *s, const char *name)
{
  for (PmlScope *p = s->parent; p != NULL; p = p->parent)
    {
      guint flags;

      if (p->kind == SCOPE_CLASS)
        continue;
      if (p->kind == SCOPE_MODULE)
        return NULL;
      flags = pml_scope_flags (p, name);
      if (flags & SYM_GLOBAL)
        return NULL;
      if ((flags & SYM_LOCAL) && !(flags & SYM_NONLOCAL))
        return p;
    }
  return NULL;
}

static void
mark_free (PmlScope *from, PmlScope *owner, const char *name)
{
  if (!(pml_scope_flags (owner, name) & SYM_CELL))
    {
      add_flag (owner, name, SYM_CELL);
      g_ptr_array_add (owner->cellvars, g_strdup (name));
    }
  for (PmlScope *p = from; p != owner; p = p->parent)
    if (p->kind == SCOPE_FUNCTION && !(pml_scope_flags (p, name) & SYM_FREE))
      {
        add_flag (p, name, SYM_FREE);
        g_ptr_array_add (p->freevars, g_strdup (name));
      }
}

/* the declaration "nonlocal NAME" in a function's own statements */
static PmlNode *
find_nonlocal (PmlNode *n, const char *name, gboolean root)
{
  PmlNodeChild children[PML_NODE_MAX_CHILDREN];
  guint count;

  if (n == NULL || (!root && (n->kind == N_FUNCTIONDEF || n->kind == N_CLASSDEF || n->kind == N_LAMBDA)))
    return NULL;
  if (n->kind == N_NONLOCAL)
    {
      for (guint i = 0; i < n->v.global.names->len; i++)
        if (g_strcmp0 (((PmlNode *) n->v.global.names->pdata[i])->v.name.id, name) == 0)
          return n;
      return NULL;
    }
  count = pml_node_children (n, children);
  for (guint k = 0; k < count; k++)
    for (guint i = 0; children[k].list != NULL && *children[k].list != NULL && i < (*children[k].list)->len; i++)
      {
        PmlNode *found = find_nonlocal ((*children[k].list)->pdata[i], name, FALSE);

        if (found != NULL)
          return found;
      }
  return NULL;
}

static gboolean
resolve (Builder *b, PmlScope *s)
{
  for (guint i = 0; i < s->order->len; i++)
    {
      const char *name = s->order->pdata[i];
      guint flags = pml_scope_flags (s, name);

      if (s->kind == SCOPE_FUNCTION && (flags & SYM_LOCAL) && !(flags & (SYM_GLOBAL | SYM_NONLOCAL | SYM_PARAM)))
        g_ptr_array_add (s->varnames, g_strdup (name));
    }
  for (guint i = 0; i < s->order->len; i++)
    {
      const char *name = s->order->pdata[i];
      guint flags = pml_scope_flags (s, name);
      PmlScope *owner;

      if (s->kind != SCOPE_FUNCTION || (flags & SYM_GLOBAL))
        continue;
      if ((flags & SYM_LOCAL) && !(flags & SYM_NONLOCAL))
        continue;
      owner = find_binding (s, name);
      if (owner != NULL)
        mark_free (s, owner, name);
      else if (flags & SYM_NONLOCAL)
        {
          PmlNode *decl = find_nonlocal (s->node, name, TRUE);

          return fail (b, decl != NULL ? decl : s->node, "no binding for nonlocal '%s' found", name);
        }
    }
  /* a method naming super (or __class__) closes over its class's
     __class__ cell, as CPython's symtable arranges */
  if (s->kind == SCOPE_FUNCTION)
    {
      guint sf = pml_scope_flags (s, "super"), cf = pml_scope_flags (s, "__class__");

      if (((sf & SYM_USED) && !(sf & SYM_LOCAL)) || ((cf & SYM_USED) && !(cf & SYM_LOCAL)))
        {
          PmlScope *cls = s->parent;

          while (cls != NULL && cls->kind != SCOPE_CLASS)
            cls = cls->parent;
          if (cls != NULL && !(pml_scope_flags (s, "__class__") & SYM_FREE))
            mark_free (s, cls, "__class__");
        }
    }
  for (guint i = 0; i < s->children->len; i++)
    if (!resolve (b, s->children->pdata[i]))
      return FALSE;
  return TRUE;
}

PmlSymtable *
pml_symtable_build (PmlNode *module, const char *filename, GError **error)
{
  PmlSymtable *st = g_new0 (PmlSymtable, 1);
  Builder b = { st, filename, error, 0, 1000 * COMPILER_STACK_FRAME_SCALE };

  if (pml_vm != NULL)
    {
      b.depth = (int) MIN (pml_vm->depth, G_MAXINT / COMPILER_STACK_FRAME_SCALE) * COMPILER_STACK_FRAME_SCALE;
      b.limit = (int) MIN (pml_vm->recursion_limit, G_MAXINT / COMPILER_STACK_FRAME_SCALE) * COMPILER_STACK_FRAME_SCALE;
    }

  st->by_node = g_hash_table_new (NULL, NULL);
  st->top = scope_new (SCOPE_MODULE, module, NULL, "<module>");
  g_hash_table_insert (st->by_node, module, st->top);
  if (!visit_list (&b, st->top, module->v.module.body, TRUE) || !resolve (&b, st->top))
    {
      pml_symtable_free (st);
      return NULL;
    }
  return st;
}

PmlScope *
pml_symtable_lookup (PmlSymtable *st, PmlNode *node)
{
  return g_hash_table_lookup (st->by_node, node);
}
