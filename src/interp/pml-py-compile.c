/* pml-py-compile.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-vm.h"
#include "pml-py-ast.h"
#include "pml-py-format.h"
#include "pml-py-match.h"
#include "pml-py-missing-builtins.h"
#include "pml-py-module-table.h"
#include "pml-py-opcodes.h"
#include "pml-py-symtable.h"

/* Compiles the syntax tree to the VM's code objects the way CPython 3.11's
 * compiler does where it shows: equal constants merged across the file,
 * constant folding (with CPython's size limits), list and set displays of
 * three or more constants built from a constant tuple, dict displays with
 * constant keys built by BUILD_CONST_KEY_MAP, comprehensions as functions. */

typedef struct
{
  guint8 op;
  gint32 arg;
  gint32 line;
  gint32 col;
  PmlCodeSpan span;
} Instr;

typedef enum
{
  FB_FOR, FB_WHILE, FB_TRY, FB_HANDLER, FB_FINALLY, FB_FINALLY_END, FB_WITH, FB_POP_VALUE,
} FBlockKind;

typedef struct
{
  FBlockKind kind;
  int continue_label;
  int break_label;
  gboolean has_name;    /* handler: `except E as name` */
  const char *name;
  PmlNode *node;        /* finally: the try statement; with: the statement */
} FBlock;

typedef struct _Unit Unit;
struct _Unit
{
  PmlScope *scope;
  GArray   *code;       /* Instr */
  GArray   *labels;     /* label -> instruction index */
  GPtrArray *consts;    /* borrowed canonical constants */
  GPtrArray *names;     /* char * */
  FBlock    fblocks[32];
  int       nfblocks;
  gint32    line, col;
  PmlCodeSpan span;
  Unit     *parent;
  char     *qualname;
  gboolean  has_docstring;
};

typedef struct
{
  const char *filename;
  PmlSymtable *st;
  GHashTable *const_cache;   /* key -> canonical PmlObj */
  GPtrArray  *arena;         /* the AST arena's references */
  Unit *u;
  GError **error;
  gboolean failed;
  PmlNode *assign_hint;      /* the target whose error earns "Maybe you meant '=='" */
} Compiler;

static gboolean compile_expr (Compiler *c, PmlNode *n);
static gsize max_stack_depth (PmlCode *code);
static gboolean compile_stmts (Compiler *c, GPtrArray *stmts);
static PmlCode *compile_scope (Compiler *c, PmlScope *scope, const char *name, const char *qualname,
                               GPtrArray *body, PmlNode *expr_body, PmlNode *node);

static gboolean
unsupported (Compiler *c, PmlNode *n, const char *what)
{
  if (!c->failed)
    g_set_error (c->error, PML_SCRIPT_ERROR, PML_SCRIPT_ERROR_UNSUPPORTED,
                 "%s:%d:%d: %s are not supported in scenarios", c->filename, n->line, n->col + 1, what);
  c->failed = TRUE;
  return FALSE;
}

/* underlining the node, as CPython's compiler errors do */
static gboolean
syntax_error (Compiler *c, PmlNode *n, const char *msg)
{
  int end_line, end_col;

  pml_node_error_end (n, &end_line, &end_col);
  if (c->failed)
    ;
  else if (end_line > n->line || end_col > n->col + 1)
    g_set_error (c->error, PML_SCRIPT_ERROR, PML_SCRIPT_ERROR_SYNTAX,
                 "%s:%d:%d-%d:%d: %s", c->filename, n->line, n->col + 1, end_line, end_col + 1, msg);
  else
    g_set_error (c->error, PML_SCRIPT_ERROR, PML_SCRIPT_ERROR_SYNTAX,
                 "%s:%d:%d: %s", c->filename, n->line, n->col + 1, msg);
  c->failed = TRUE;
  return FALSE;
}

/* The symbol table has bounded the tree's depth as CPython's compiler
 * does; this only guards a thread with a small C stack */
static gboolean
stack_left (Compiler *c, PmlNode *n)
{
  if (G_LIKELY (!pml_cstack_exhausted ()))
    return TRUE;
  if (!c->failed)
    g_set_error (c->error, PML_SCRIPT_ERROR, PML_SCRIPT_ERROR_UNLOCATED,
                 "%s:%d:%d: RecursionError: maximum recursion depth exceeded during compilation",
                 c->filename, n->line, n->col + 1);
  c->failed = TRUE;
  return FALSE;
}

/* ---- emitting ---- */

static int
emit (Compiler *c, guint8 op, gint32 arg)
{
  Instr i = { op, arg, c->u->line, c->u->col, c->u->span };

  g_array_append_val (c->u->code, i);
  return (int) c->u->code->len - 1;
}

static int
new_label (Compiler *c)
{
  int target = -1;

  g_array_append_val (c->u->labels, target);
  return (int) c->u->labels->len - 1;
}

static void
place_label (Compiler *c, int label)
{
  g_array_index (c->u->labels, int, label) = (int) c->u->code->len;
}

static void
set_position (Compiler *c, PmlNode *n)
{
  PmlCodeSpan *span = &c->u->span;

  c->u->line = n->line;
  c->u->col = n->col;
  *span = (PmlCodeSpan) { 0 };
  if (!pml_node_end (n, &span->end_line, &span->end_col))
    {
      span->end_line = span->end_col = 0;
      return;
    }
  if (span->end_line != n->line)
    return;
  if (n->kind == N_BINOP)
    {
      int line;

      span->anchor = PML_ANCHOR_BINOP;
      if (n->v.binop.left->paren_end_line > 0)
        span->anchor_a = n->v.binop.left->paren_end_col;
      else if (!pml_node_end (n->v.binop.left, &line, &span->anchor_a))
        span->anchor = PML_ANCHOR_NONE;
      span->anchor_b = n->v.binop.right->paren_line > 0 ? n->v.binop.right->paren_col : n->v.binop.right->col;
    }
  else if (n->kind == N_SUBSCRIPT)
    {
      int line;

      span->anchor = PML_ANCHOR_SUBSCRIPT;
      if (n->v.subscript.value->paren_end_line > 0)
        span->anchor_a = n->v.subscript.value->paren_end_col;
      else if (!pml_node_end (n->v.subscript.value, &line, &span->anchor_a))
        span->anchor = PML_ANCHOR_NONE;
      if (n->v.subscript.slice->paren_end_line > 0)
        span->anchor_b = n->v.subscript.slice->paren_end_col + 1;
      else if (pml_node_end (n->v.subscript.slice, &line, &span->anchor_b))
        span->anchor_b++;
      else
        span->anchor = PML_ANCHOR_NONE;
    }
}

/* ---- constants ---- */

static void
const_key (PmlObj *o, GString *key)
{
  switch (o->kind)
    {
    case K_NONE: g_string_append (key, "N"); break;
    case K_BOOL: g_string_append (key, o == TRUE_ ? "T" : "F"); break;
    case K_NOTIMPL: g_string_append (key, "E"); break;
    case K_INT:
      if (o->u.i.big)
        {
          g_autofree char *s = pml_bigint_to_decimal (o->u.i.big);
          g_string_append_printf (key, "i%s", s);
        }
      else
        g_string_append_printf (key, "i%" G_GINT64_FORMAT, o->u.i.v);
      break;
    case K_FLOAT:
      {
        guint64 bits;

        memcpy (&bits, &o->u.f, sizeof bits);
        g_string_append_printf (key, "f%" G_GINT64_MODIFIER "x", bits);
      }
      break;
    case K_STR:
      g_string_append_printf (key, "s%zu:", o->u.s.nbytes);
      g_string_append_len (key, o->u.s.s, (gssize) o->u.s.nbytes);
      break;
    case K_BYTES:
      g_string_append_printf (key, "b%zu:", o->u.b.len);
      g_string_append_len (key, (const char *) o->u.b.data, (gssize) o->u.b.len);
      break;
    case K_TUPLE:
    case K_FROZENSET:
      g_string_append (key, o->kind == K_TUPLE ? "(" : "{");
      if (o->kind == K_TUPLE)
        for (gsize i = 0; i < o->u.t.n; i++)
          {
            const_key (o->u.t.items[i], key);
            g_string_append_c (key, ',');
          }
      else
        {
          gsize pos = 0;
          PmlObj *k;

          while (pml_set_next (o, &pos, &k))
            {
              const_key (k, key);
              g_string_append_c (key, ',');
            }
        }
      g_string_append (key, ")");
      break;
    case K_CODE:
      g_string_append_printf (key, "c%p", (void *) o);
      break;
    default:
      g_string_append_printf (key, "?%p", (void *) o);
    }
}

/* Takes a new reference: the arena keeps it; returns the canonical
 * constant (borrowed from the cache). */
static PmlObj *
merge_const (Compiler *c, PmlObj *o)
{
  g_autoptr(GString) key = g_string_new (NULL);
  PmlObj *canonical;

  g_ptr_array_add (c->arena, o);
  if (o->kind == K_TUPLE)
    for (gsize i = 0; i < o->u.t.n; i++)
      {
        PmlObj *item = merge_const (c, pml_incref (o->u.t.items[i]));

        PML_SETREF (o->u.t.items[i], pml_incref (item));
      }
  const_key (o, key);
  canonical = g_hash_table_lookup (c->const_cache, key->str);
  if (canonical != NULL)
    return canonical;
  /* name-like string constants are interned when the code object is made */
  if (o->kind == K_STR && pml_str_is_identifier_like (o))
    {
      PmlObj *interned = pml_str_intern (pml_incref (o));

      if (interned != o)
        {
          g_ptr_array_add (c->arena, interned);
          o = interned;
        }
      else
        pml_decref (interned);
    }
  g_hash_table_insert (c->const_cache, g_strdup (key->str), o);
  return o;
}

static int
add_const (Compiler *c, PmlObj *canonical)
{
  for (guint i = 0; i < c->u->consts->len; i++)
    if (c->u->consts->pdata[i] == canonical)
      return (int) i;
  g_ptr_array_add (c->u->consts, canonical);
  return (int) c->u->consts->len - 1;
}

static void
emit_const (Compiler *c, PmlObj *canonical)
{
  emit (c, OP_LOAD_CONST, add_const (c, canonical));
}

static PmlObj *
make_constant (Compiler *c, PmlNode *n)
{
  switch (n->v.constant.kind)
    {
    case C_NONE: return pml_incref (NONE);
    case C_TRUE: return pml_incref (TRUE_);
    case C_FALSE: return pml_incref (FALSE_);
    case C_ELLIPSIS: return pml_incref (&VM->ellipsis);
    case C_INT:
      {
        int base = 10;
        const char *s = n->v.constant.text;

        if (n->v.constant.len > 1 && s[0] == '0' && strchr ("xXoObB", s[1]))
          {
            base = strchr ("xX", s[1]) ? 16 : strchr ("oO", s[1]) ? 8 : 2;
            s += 2;
          }
        if (base == 10)
          {
            /* a million-digit literal is refused at once, as CPython does */
            g_autofree char *message = pml_int_str_digits_message (n->v.constant.len);

            if (message != NULL)
              {
                g_autofree char *text = g_strconcat (message, " - Consider hexadecimal for huge integer literals "
                                                     "to avoid decimal conversion limits.", NULL);

                syntax_error (c, n, text);
                return NULL;
              }
          }
        return pml_int_from_string (s, strlen (s), base);
      }
    case C_FLOAT:
      return pml_float_new (g_ascii_strtod (n->v.constant.text, NULL));
    case C_COMPLEX:
      return pml_complex_new (0, g_ascii_strtod (n->v.constant.text, NULL));
    case C_STR:
      return pml_str_new (n->v.constant.text, (gssize) n->v.constant.len);
    case C_BYTES:
      return pml_bytes_new ((const guint8 *) n->v.constant.text, n->v.constant.len);
    }
  return NULL;
}

static gsize
int_bits (PmlObj *o)
{
  if (o->u.i.big)
    return pml_bigint_bit_length (o->u.i.big);
  return o->u.i.v == 0 ? 0 : (gsize) g_bit_storage ((gulong) ABS (o->u.i.v));
}

static gsize
seq_len (PmlObj *o)
{
  return o->kind == K_STR ? o->u.s.len : o->kind == K_BYTES ? o->u.b.len : o->kind == K_TUPLE ? o->u.t.n : 0;
}

/* CPython's ast_opt.c limits: fold only when the result stays small */
static gboolean
safe_to_fold (int op, PmlObj *a, PmlObj *b)
{
  gboolean a_int = a->kind == K_INT, b_int = b->kind == K_INT;

  if (op == OP_MUL)
    {
      if (a_int && b_int)
        return int_bits (a) + int_bits (b) <= 128 || int_bits (a) == 0 || int_bits (b) == 0;
      if ((a_int && b->kind != K_FLOAT) || (b_int && a->kind != K_FLOAT))
        {
          PmlObj *seq = a_int ? b : a, *num = a_int ? a : b;
          gint64 count;

          if (seq->kind == K_INT || seq->kind == K_BOOL || seq->kind == K_FLOAT)
            return TRUE;
          if (!pml_int_as_i64 (num, &count))
            return FALSE;
          if (count <= 0 || seq_len (seq) == 0)
            return TRUE;
          if (seq->kind == K_TUPLE)
            return seq_len (seq) * (gsize) count <= 256;
          return seq_len (seq) * (gsize) count <= 4096;
        }
      return TRUE;
    }
  if (op == OP_POW && a_int && b_int)
    {
      gint64 e;

      if (!pml_int_as_i64 (b, &e))
        return FALSE;
      return e <= 0 || int_bits (a) * (gsize) e <= 128;
    }
  if (op == OP_LSHIFT && a_int && b_int)
    {
      gint64 e;

      if (!pml_int_as_i64 (b, &e))
        return FALSE;
      return e < 0 || e <= 128 || int_bits (a) == 0;
    }
  if (op == OP_MOD && (a->kind == K_STR || a->kind == K_BYTES))
    return FALSE;
  if (op == OP_ADD && seq_len (a) + seq_len (b) > 4096)
    return FALSE;
  return TRUE;
}

static PmlObj *fold (Compiler *c, PmlNode *n);

/* A new reference to the value of an operand already folded (fold_tree
 * works bottom-up): refolding it would make folding quadratic in a long
 * chain like 1+1+...+1. Only an empty tuple is not kept folded. */
static PmlObj *
operand_value (Compiler *c, PmlNode *n)
{
  if (n->folded != NULL)
    return pml_incref (n->folded);
  if (n->kind == N_TUPLE && n->v.sequence.elts->len == 0)
    return fold (c, n);
  return NULL;
}

/* A new reference to the folded value of @n, or NULL */
static PmlObj *
fold (Compiler *c, PmlNode *n)
{
  PmlObj *a, *b, *r = NULL;

  switch (n->kind)
    {
    case N_CONST:
      return make_constant (c, n);
    case N_UNARYOP:
      if (n->v.unaryop.op == OP_NOT)
        return NULL;
      a = operand_value (c, n->v.unaryop.operand);
      if (a == NULL)
        return NULL;
      if (a->kind == K_COMPLEX && (n->v.unaryop.op == OP_NEG || n->v.unaryop.op == OP_POS))
        r = pml_unaryop (n->v.unaryop.op, a);
      else if (a->kind == K_INT || a->kind == K_FLOAT || a->kind == K_BOOL)
        {
          if (n->v.unaryop.op == OP_NEG)
            r = pml_number_neg (a);
          else if (n->v.unaryop.op == OP_POS)
            r = a->kind == K_BOOL ? pml_int_new (a == TRUE_) : pml_incref (a);
          else if (n->v.unaryop.op == OP_INVERT && a->kind != K_FLOAT)
            {
              PmlObj *one = pml_int_new (1), *neg = pml_number_neg (a);

              r = neg ? pml_number_binop (OP_SUB, neg, one) : NULL;
              pml_xdecref (neg);
              pml_decref (one);
            }
        }
      pml_decref (a);
      if (r == NULL)
        pml_err_clear ();
      return r;
    case N_BINOP:
      a = operand_value (c, n->v.binop.left);
      if (a == NULL)
        return NULL;
      b = operand_value (c, n->v.binop.right);
      if (b != NULL && n->v.binop.op != OP_MATMUL && safe_to_fold (n->v.binop.op, a, b))
        {
          r = pml_binop (n->v.binop.op, a, b);
          if (r == NULL)
            pml_err_clear ();
        }
      pml_decref (a);
      pml_xdecref (b);
      return r;
    case N_TUPLE:
      {
        PmlObj *t;

        for (guint i = 0; i < n->v.sequence.elts->len; i++)
          if (((PmlNode *) n->v.sequence.elts->pdata[i])->kind != N_CONST && ((PmlNode *) n->v.sequence.elts->pdata[i])->folded == NULL)
            return NULL;
        t = pml_tuple_new (n->v.sequence.elts->len);
        for (guint i = 0; i < n->v.sequence.elts->len; i++)
          {
            PmlNode *e = n->v.sequence.elts->pdata[i];

            t->u.t.items[i] = e->folded ? pml_incref (e->folded) : make_constant (c, e);
            if (t->u.t.items[i] == NULL)
              {
                pml_decref (t);
                return NULL;
              }
          }
        return t;
      }
    default:
      return NULL;
    }
}

/* Replaces foldable subtrees by constants, bottom-up (ast_opt.c). The
 * folded constant is referenced by the arena, like the parser's. */
/* check_is_arg: an operand of "is" that is a literal other than None,
   True, False or ... (after folding, as CPython checks it) */
void pml_write_err (const char *s, gssize len);

static gboolean
is_literal_operand (PmlNode *n)
{
  PmlObj *v = n->folded;

  return v != NULL && v != NONE && v != TRUE_ && v != FALSE_ && v->type != TYPE (T_ELLIPSIS);
}

/* check_compare: the script's first "is" against a literal in a
 * comparison earns a SyntaxWarning when it is compiled, on standard
 * error with its source line (the bundled modules are not warned about,
 * as CPython's stdlib comes precompiled) */
static void
warn_is_literal (Compiler *c, PmlNode *n)
{
  PmlNode *left = n->v.compare.left;

  if (VM == NULL || VM->err == NULL || VM->filename == NULL || strcmp (c->filename, VM->filename) != 0)
    return;
  for (guint i = 0; i < n->v.compare.comparators->len; i++)
    {
      int op = GPOINTER_TO_INT (n->v.compare.ops->pdata[i]);
      PmlNode *right = n->v.compare.comparators->pdata[i];

      if ((op == OP_IS || op == OP_IS_NOT) && (is_literal_operand (left) || is_literal_operand (right)))
        {
          g_autofree char *head = g_strdup_printf ("%s:%d: SyntaxWarning: \"%s\" with a literal. Did you mean \"%s\"?\n",
                                                   c->filename, n->line, op == OP_IS ? "is" : "is not",
                                                   op == OP_IS ? "==" : "!=");

          pml_write_err (head, -1);
          if (n->line >= 1 && (gsize) n->line <= VM->n_source_lines)
            {
              g_autofree char *text = g_strstrip (g_strdup (VM->source_lines[n->line - 1]));
              g_autofree char *line = g_strdup_printf ("  %s\n", text);

              pml_write_err (line, -1);
            }
          return;
        }
      left = right;
    }
}

static void
fold_tree (Compiler *c, PmlNode *n)
{
  PmlNodeChild children[PML_NODE_MAX_CHILDREN];
  guint count;

  if (n == NULL || c->failed || !stack_left (c, n))
    return;
  count = pml_node_children (n, children);
  for (guint k = 0; k < count; k++)
    if (children[k].node != NULL)
      fold_tree (c, *children[k].node);
    else if (*children[k].list != NULL)
      for (guint i = 0; i < (*children[k].list)->len; i++)
        fold_tree (c, (*children[k].list)->pdata[i]);
  if (n->kind == N_BINOP || n->kind == N_UNARYOP || (n->kind == N_TUPLE && n->v.sequence.elts->len > 0))
    {
      PmlObj *v = fold (c, n);

      if (v != NULL)
        n->folded = merge_const (c, v);
    }
  else if (n->kind == N_CONST)
    {
      PmlObj *v = make_constant (c, n);

      if (v != NULL)
        n->folded = merge_const (c, v);
    }
  else if (n->kind == N_COMPARE)
    warn_is_literal (c, n);
}

static gboolean
is_const (PmlNode *n)
{
  return n->folded != NULL;
}

/* ---- names ---- */

static int
name_index (Compiler *c, const char *name)
{
  for (guint i = 0; i < c->u->names->len; i++)
    if (strcmp (c->u->names->pdata[i], name) == 0)
      return (int) i;
  g_ptr_array_add (c->u->names, g_strdup (name));
  return (int) c->u->names->len - 1;
}

static int
index_in (GPtrArray *arr, const char *name)
{
  for (guint i = 0; i < arr->len; i++)
    if (strcmp (arr->pdata[i], name) == 0)
      return (int) i;
  return -1;
}

typedef enum { CTX_LOAD, CTX_STORE, CTX_DEL } Ctx;

/* an attribute's name, mangled when private (self.__balance) */
static int
attr_index (Compiler *c, const char *name)
{
  return name_index (c, pml_scope_mangle (c->u->scope, name));
}

static void
emit_name (Compiler *c, const char *name, Ctx ctx)
{
  PmlScope *s = c->u->scope;
  guint flags = pml_scope_flags (s, name);
  int idx;

  name = pml_scope_mangle (s, name);
  if (s->kind == SCOPE_FUNCTION)
    {
      if ((flags & (SYM_CELL | SYM_FREE)))
        {
          idx = index_in (s->cellvars, name);
          if (idx < 0)
            idx = (int) s->cellvars->len + index_in (s->freevars, name);
          emit (c, ctx == CTX_LOAD ? OP_LOAD_DEREF : ctx == CTX_STORE ? OP_STORE_DEREF : OP_DELETE_DEREF,
                (int) s->varnames->len + idx);
          return;
        }
      if ((flags & SYM_LOCAL) && !(flags & SYM_GLOBAL))
        {
          idx = index_in (s->varnames, name);
          emit (c, ctx == CTX_LOAD ? OP_LOAD_FAST : ctx == CTX_STORE ? OP_STORE_FAST : OP_DELETE_FAST, idx);
          return;
        }
      emit (c, ctx == CTX_LOAD ? OP_LOAD_GLOBAL : ctx == CTX_STORE ? OP_STORE_GLOBAL : OP_DELETE_GLOBAL,
            name_index (c, name));
      return;
    }
  if (flags & SYM_GLOBAL)
    {
      emit (c, ctx == CTX_LOAD ? OP_LOAD_GLOBAL : ctx == CTX_STORE ? OP_STORE_GLOBAL : OP_DELETE_GLOBAL,
            name_index (c, name));
      return;
    }
  emit (c, ctx == CTX_LOAD ? OP_LOAD_NAME : ctx == CTX_STORE ? OP_STORE_NAME : OP_DELETE_NAME,
        name_index (c, name));
}

/* a bundled module's code, or code it built and ran with exec */
static gboolean
compiling_library (Compiler *c)
{
  return g_str_has_prefix (c->filename, "<frozen ") || strcmp (c->filename, "<string>") == 0;
}

/* A name no scope binds that is one of CPython's builtins scenarios do
 * not have (open, eval, ...) is refused before the run */
static gboolean
refuse_missing_builtin (Compiler *c, PmlNode *n)
{
  PmlScope *s = c->u->scope;
  guint flags = pml_scope_flags (s, n->v.name.id);
  const char *reason;

  if ((flags & (SYM_CELL | SYM_FREE)) || ((flags & SYM_LOCAL) && !(flags & SYM_GLOBAL))
      || (pml_scope_flags (c->st->top, n->v.name.id) & SYM_LOCAL))
    return TRUE;
  reason = pml_missing_builtin_reason (n->v.name.id);
  if (reason == NULL || compiling_library (c))
    return TRUE;
  if (!c->failed)
    g_set_error (c->error, PML_SCRIPT_ERROR, PML_SCRIPT_ERROR_UNSUPPORTED,
                 "%s:%d:%d: %s() is not supported in scenarios: %s", c->filename, n->line, n->col + 1,
                 n->v.name.id, reason);
  c->failed = TRUE;
  return FALSE;
}

/* ---- expressions ---- */

static gboolean
compile_list (Compiler *c, GPtrArray *list)
{
  for (guint i = 0; i < list->len; i++)
    if (!compile_expr (c, list->pdata[i]))
      return FALSE;
  return TRUE;
}

static gboolean
has_starred (GPtrArray *elts)
{
  for (guint i = 0; i < elts->len; i++)
    if (((PmlNode *) elts->pdata[i])->kind == N_STARRED)
      return TRUE;
  return FALSE;
}

static gboolean
all_const (GPtrArray *elts)
{
  for (guint i = 0; i < elts->len; i++)
    if (!is_const (elts->pdata[i]))
      return FALSE;
  return TRUE;
}

static PmlObj *
const_tuple_of (Compiler *c, GPtrArray *elts, gboolean frozen)
{
  PmlObj *t;

  if (frozen)
    {
      t = pml_set_new (K_FROZENSET);
      for (guint i = 0; i < elts->len; i++)
        pml_set_add (t, ((PmlNode *) elts->pdata[i])->folded);
    }
  else
    {
      t = pml_tuple_new (elts->len);
      for (guint i = 0; i < elts->len; i++)
        t->u.t.items[i] = pml_incref (((PmlNode *) elts->pdata[i])->folded);
    }
  g_ptr_array_add (c->arena, t);   /* the compiler's own reference, dropped with the arena */
  return merge_const (c, pml_incref (t));
}

/* starunpack_helper: BUILD_LIST/BUILD_SET/BUILD_TUPLE */
static gboolean
compile_display (Compiler *c, GPtrArray *elts, int build, int extend, int append, gboolean tuple)
{

  /* 3.9 started building constant displays from a constant tuple */
  if (elts->len > 2 && all_const (elts) && (PRESET_MINOR () >= 9 || tuple))
    {
      PmlObj *folded = const_tuple_of (c, elts, build == OP_BUILD_SET);

      emit (c, build, 0);
      emit_const (c, folded);
      emit (c, extend, 1);
      if (tuple)
        emit (c, OP_LIST_TO_TUPLE, 0);
      return TRUE;
    }
  if (!has_starred (elts))
    {
      if (!compile_list (c, elts))
        return FALSE;
      emit (c, build, (int) elts->len);
      return TRUE;
    }
  emit (c, build, 0);
  for (guint i = 0; i < elts->len; i++)
    {
      PmlNode *e = elts->pdata[i];

      if (e->kind == N_STARRED)
        {
          if (!compile_expr (c, e->v.starred.value))
            return FALSE;
          emit (c, extend, 1);
        }
      else
        {
          if (!compile_expr (c, e))
            return FALSE;
          emit (c, append, 1);
        }
    }
  if (tuple)
    emit (c, OP_LIST_TO_TUPLE, 0);
  return TRUE;
}

static gboolean
compile_compare (Compiler *c, PmlNode *n)
{
  int cleanup = -1, end;
  guint nops = n->v.compare.comparators->len;

  if (!compile_expr (c, n->v.compare.left))
    return FALSE;
  if (nops > 1)
    cleanup = new_label (c);
  for (guint i = 0; i < nops; i++)
    {
      int op = GPOINTER_TO_INT (n->v.compare.ops->pdata[i]);

      if (!compile_expr (c, n->v.compare.comparators->pdata[i]))
        return FALSE;
      if (i + 1 < nops)
        {
          emit (c, OP_SWAP, 2);
          emit (c, OP_COPY, 2);
        }
      if (op == OP_IS || op == OP_IS_NOT)
        emit (c, OP_IS_OP, op == OP_IS_NOT);
      else if (op == OP_IN || op == OP_NOT_IN)
        emit (c, OP_CONTAINS_OP, op == OP_NOT_IN);
      else
        emit (c, OP_COMPARE_OP, op);
      if (i + 1 < nops)
        emit (c, OP_JUMP_IF_FALSE_OR_POP, cleanup);
    }
  if (nops > 1)
    {
      end = new_label (c);
      emit (c, OP_JUMP, end);
      place_label (c, cleanup);
      emit (c, OP_SWAP, 2);
      emit (c, OP_POP_TOP, 0);
      place_label (c, end);
    }
  return TRUE;
}

static gboolean
has_unpacked_keywords (GPtrArray *keywords)
{
  for (guint i = 0; i < keywords->len; i++)
    if (((PmlNode *) keywords->pdata[i])->v.keyword.arg == NULL)
      return TRUE;
  return FALSE;
}

/* compiler_subkwargs: named keywords [begin, end) into one dict */
static gboolean
compile_subkwargs (Compiler *c, GPtrArray *keywords, guint begin, guint end)
{
  guint n = end - begin;

  if (n > 1)
    {
      PmlObj *keys = pml_tuple_new (n);

      for (guint i = begin; i < end; i++)
        if (!compile_expr (c, ((PmlNode *) keywords->pdata[i])->v.keyword.value))
          {
            pml_decref (keys);
            return FALSE;
          }
      for (guint i = begin; i < end; i++)
        keys->u.t.items[i - begin] = pml_str_intern_cstr (((PmlNode *) keywords->pdata[i])->v.keyword.arg);
      g_ptr_array_add (c->arena, keys);
      emit_const (c, merge_const (c, pml_incref (keys)));
      emit (c, OP_BUILD_CONST_KEY_MAP, (int) n);
      return TRUE;
    }
  emit_const (c, merge_const (c, pml_str_intern_cstr (((PmlNode *) keywords->pdata[begin])->v.keyword.arg)));
  if (!compile_expr (c, ((PmlNode *) keywords->pdata[begin])->v.keyword.value))
    return FALSE;
  emit (c, OP_BUILD_MAP, 1);
  return TRUE;
}

/* {**a, 'k': v, **b}: runs of pairs built as maps, merged with DICT_UPDATE */
static gboolean
compile_dict_unpack (Compiler *c, PmlNode *n)
{
  guint elements = 0;
  gboolean have_dict = FALSE;

  for (guint i = 0; i < n->v.dict.keys->len; i++)
    {
      PmlNode *k = n->v.dict.keys->pdata[i];

      if (k != NULL)
        {
          if (!compile_expr (c, k) || !compile_expr (c, n->v.dict.values->pdata[i]))
            return FALSE;
          elements++;
          continue;
        }
      if (elements > 0)
        {
          emit (c, OP_BUILD_MAP, (int) elements);
          if (have_dict)
            emit (c, OP_DICT_UPDATE, 1);
          have_dict = TRUE;
          elements = 0;
        }
      if (!have_dict)
        {
          emit (c, OP_BUILD_MAP, 0);
          have_dict = TRUE;
        }
      if (!compile_expr (c, n->v.dict.values->pdata[i]))
        return FALSE;
      emit (c, OP_DICT_UPDATE, 1);
    }
  if (elements > 0)
    {
      emit (c, OP_BUILD_MAP, (int) elements);
      if (have_dict)
        emit (c, OP_DICT_UPDATE, 1);
    }
  return TRUE;
}

/* f(*args, **kwargs): CALL_FUNCTION_EX on a tuple and a dict */
static gboolean
compile_call_ex (Compiler *c, PmlNode *n)
{
  GPtrArray *keywords = n->v.call.keywords;
  guint nseen = 0;
  gboolean have_dict = FALSE;

  if (n->v.call.args->len == 1 && ((PmlNode *) n->v.call.args->pdata[0])->kind == N_STARRED)
    {
      if (!compile_expr (c, ((PmlNode *) n->v.call.args->pdata[0])->v.starred.value))
        return FALSE;
    }
  else if (!has_starred (n->v.call.args) && all_const (n->v.call.args))
    emit_const (c, const_tuple_of (c, n->v.call.args, FALSE));
  else if (!has_starred (n->v.call.args))
    {
      if (!compile_list (c, n->v.call.args))
        return FALSE;
      emit (c, OP_BUILD_TUPLE, (int) n->v.call.args->len);
    }
  else if (!compile_display (c, n->v.call.args, OP_BUILD_LIST, OP_LIST_EXTEND, OP_LIST_APPEND, TRUE))
    return FALSE;
  for (guint i = 0; i < keywords->len; i++)
    {
      PmlNode *kw = keywords->pdata[i];

      if (kw->v.keyword.arg != NULL)
        {
          nseen++;
          continue;
        }
      if (nseen > 0)
        {
          if (!compile_subkwargs (c, keywords, i - nseen, i))
            return FALSE;
          if (have_dict)
            emit (c, OP_DICT_MERGE, 1);
          have_dict = TRUE;
          nseen = 0;
        }
      if (!have_dict)
        {
          emit (c, OP_BUILD_MAP, 0);
          have_dict = TRUE;
        }
      if (!compile_expr (c, kw->v.keyword.value))
        return FALSE;
      emit (c, OP_DICT_MERGE, 1);
    }
  if (nseen > 0)
    {
      if (!compile_subkwargs (c, keywords, keywords->len - nseen, keywords->len))
        return FALSE;
      if (have_dict)
        emit (c, OP_DICT_MERGE, 1);
      have_dict = TRUE;
    }
  set_position (c, n);
  emit (c, OP_CALL_EX, have_dict ? 1 : 0);
  return TRUE;
}

static gboolean
compile_call (Compiler *c, PmlNode *n)
{
  PmlNode *func = n->v.call.func;
  /* 3.11 calls methods with keywords through LOAD_METHOD too */
  gboolean method = func->kind == N_ATTRIBUTE && !has_starred (n->v.call.args) && !has_unpacked_keywords (n->v.call.keywords)
                    && (n->v.call.keywords->len == 0 || PRESET_MINOR () >= 11);

  if (method)
    {
      if (!compile_expr (c, func->v.attribute.value))
        return FALSE;
      set_position (c, func);
      emit (c, OP_LOAD_METHOD, attr_index (c, func->v.attribute.attr));
    }
  else
    {
      emit (c, OP_PUSH_NULL, 0);
      if (!compile_expr (c, func))
        return FALSE;
    }
  if (has_starred (n->v.call.args) || has_unpacked_keywords (n->v.call.keywords))
    return compile_call_ex (c, n);
  if (!compile_list (c, n->v.call.args))
    return FALSE;
  for (guint i = 0; i < n->v.call.keywords->len; i++)
    if (!compile_expr (c, ((PmlNode *) n->v.call.keywords->pdata[i])->v.keyword.value))
      return FALSE;
  set_position (c, n);
  if (n->v.call.keywords->len > 0)
    {
      PmlObj *names = pml_tuple_new (n->v.call.keywords->len);

      for (guint i = 0; i < n->v.call.keywords->len; i++)
        names->u.t.items[i] = pml_str_intern_cstr (((PmlNode *) n->v.call.keywords->pdata[i])->v.keyword.arg);
      g_ptr_array_add (c->arena, names);
      emit (c, OP_KW_NAMES, add_const (c, merge_const (c, pml_incref (names))));
    }
  emit (c, OP_CALL, (int) (n->v.call.args->len + n->v.call.keywords->len));
  return TRUE;
}

/* The kinds of parameters into the code object */
static void
set_parameters (PmlCode *code, GPtrArray *params)
{
  code->argcount = code->posonlyargcount = code->kwonlyargcount = 0;
  for (guint i = 0; i < params->len; i++)
    switch ((PmlParamKind) ((PmlNode *) params->pdata[i])->v.arg.kind)
      {
      case PARAM_POSONLY: code->posonlyargcount++; code->argcount++; break;
      case PARAM_POS: code->argcount++; break;
      case PARAM_KWONLY: code->kwonlyargcount++; break;
      case PARAM_VARARGS: code->has_varargs = TRUE; break;
      case PARAM_VARKW: code->has_varkw = TRUE; break;
      default: g_assert_not_reached ();
      }
}

/* compiler_visit_annotations: (name, value) pairs in a flat tuple, the
 * positional-or-keyword ones before the positional-only ones */
static gboolean
emit_annotations (Compiler *c, GPtrArray *params, PmlNode *returns, int *count)
{
  static const PmlParamKind order[] = { PARAM_POS, PARAM_POSONLY, PARAM_VARARGS, PARAM_KWONLY, PARAM_VARKW };

  for (guint o = 0; o < G_N_ELEMENTS (order); o++)
    for (guint i = 0; params && i < params->len; i++)
      {
        PmlNode *p = params->pdata[i];

        if ((PmlParamKind) p->v.arg.kind != order[o] || p->v.arg.annotation == NULL)
          continue;
        emit_const (c, merge_const (c, pml_str_intern_cstr (p->v.arg.arg)));
        if (!compile_expr (c, p->v.arg.annotation))
          return FALSE;
        *count += 2;
      }
  if (returns != NULL)
    {
      emit_const (c, merge_const (c, pml_str_intern_cstr ("return")));
      if (!compile_expr (c, returns))
        return FALSE;
      *count += 2;
    }
  return TRUE;
}

static gboolean
emit_make_function (Compiler *c, PmlCode *code, PmlScope *scope, GPtrArray *defaults, GPtrArray *params, PmlNode *returns)
{
  int flags = 0, nkwdefaults = 0, nannotations = 0;

  if (defaults != NULL && defaults->len > 0)
    {
      if (!compile_list (c, defaults))
        return FALSE;
      emit (c, OP_BUILD_TUPLE, (int) defaults->len);
      flags |= MF_DEFAULTS;
    }
  for (guint i = 0; params && i < params->len; i++)
    {
      PmlNode *p = params->pdata[i];

      if (p->v.arg.kind != PARAM_KWONLY || p->v.arg.kw_default == NULL)
        continue;
      if (!compile_expr (c, p->v.arg.kw_default))
        return FALSE;
      nkwdefaults++;
    }
  if (nkwdefaults > 0)
    {
      PmlObj *keys = pml_tuple_new ((gsize) nkwdefaults);
      int k = 0;

      for (guint i = 0; i < params->len; i++)
        {
          PmlNode *p = params->pdata[i];

          if (p->v.arg.kind == PARAM_KWONLY && p->v.arg.kw_default != NULL)
            keys->u.t.items[k++] = pml_str_intern_cstr (p->v.arg.arg);
        }
      g_ptr_array_add (c->arena, keys);
      emit_const (c, merge_const (c, pml_incref (keys)));
      emit (c, OP_BUILD_CONST_KEY_MAP, nkwdefaults);
      flags |= MF_KWDEFAULTS;
    }
  if (!emit_annotations (c, params, returns, &nannotations))
    return FALSE;
  if (nannotations > 0)
    {
      emit (c, OP_BUILD_TUPLE, nannotations);
      flags |= MF_ANNOTATIONS;
    }
  if (scope->freevars->len > 0)
    {
      for (guint i = 0; i < scope->freevars->len; i++)
        {
          const char *name = scope->freevars->pdata[i];
          PmlScope *s = c->u->scope;
          int idx = index_in (s->cellvars, name);

          if (idx < 0)
            idx = (int) s->cellvars->len + index_in (s->freevars, name);
          emit (c, OP_LOAD_CLOSURE, (int) s->varnames->len + idx);
        }
      emit (c, OP_BUILD_TUPLE, (int) scope->freevars->len);
      flags |= MF_CLOSURE;
    }
  emit_const (c, code->owner);
  emit (c, OP_MAKE_FUNCTION, flags);
  return TRUE;
}

/* Each decorator, the innermost first, called on what is below it: CALL 0
 * with the decorator where a method call has its callable */
static void
emit_decorator_calls (Compiler *c, GPtrArray *decorator_list)
{
  if (decorator_list == NULL)
    return;
  for (guint i = 0; i < decorator_list->len; i++)
    emit (c, OP_CALL, 0);
}

static char *
child_qualname (Compiler *c, const char *name)
{
  if (c->u->scope->kind == SCOPE_MODULE)
    return g_strdup (name);
  if (c->u->scope->kind == SCOPE_FUNCTION)
    return g_strdup_printf ("%s.<locals>.%s", c->u->qualname, name);
  return g_strdup_printf ("%s.%s", c->u->qualname, name);
}

static gboolean
compile_comprehension (Compiler *c, PmlNode *n)
{
  PmlScope *scope = pml_symtable_lookup (c->st, n);
  g_autofree char *qualname = child_qualname (c, scope->name);
  PmlCode *code = compile_scope (c, scope, scope->name, qualname, NULL, NULL, n);
  PmlNode *first = n->v.comp.generators->pdata[0];

  if (code == NULL)
    return FALSE;
  set_position (c, n);
  if (!emit_make_function (c, code, scope, NULL, NULL, NULL))
    return FALSE;
  if (!compile_expr (c, first->v.comprehension.iter))
    return FALSE;
  set_position (c, n);
  emit (c, OP_GET_ITER, 0);
  emit (c, OP_CALL, 0);   /* the iterator is the single argument, see eval */
  return TRUE;
}

static gboolean
compile_fstring (Compiler *c, PmlNode *n)
{
  for (guint i = 0; i < n->v.joined_str.values->len; i++)
    {
      PmlNode *part = n->v.joined_str.values->pdata[i];

      if (part->kind == N_FORMATTED)
        {
          int oparg = part->v.formatted_value.conversion == 's' ? PML_FVC_STR : part->v.formatted_value.conversion == 'r' ? PML_FVC_REPR
                      : part->v.formatted_value.conversion == 'a' ? PML_FVC_ASCII : PML_FVC_NONE;

          if (!compile_expr (c, part->v.formatted_value.value))
            return FALSE;
          if (part->v.formatted_value.format_spec != NULL)
            {
              if (!compile_expr (c, part->v.formatted_value.format_spec))
                return FALSE;
              oparg |= PML_FVS_HAVE_SPEC;
            }
          emit (c, OP_FORMAT_VALUE, oparg);
        }
      else if (!compile_expr (c, part))
        return FALSE;
    }
  if (n->v.joined_str.values->len == 1)
    return TRUE;
  if (n->v.joined_str.values->len == 0)
    {
      emit_const (c, merge_const (c, pml_incref (VM->empty_str)));
      return TRUE;
    }
  emit (c, OP_BUILD_STRING, (int) n->v.joined_str.values->len);
  return TRUE;
}

static gboolean
compile_expr (Compiler *c, PmlNode *n)
{
  gint32 saved_line = c->u->line, saved_col = c->u->col;
  PmlCodeSpan saved_span = c->u->span;
  gboolean ok = TRUE;

  if (c->failed || !stack_left (c, n))
    return FALSE;
  set_position (c, n);
  if (n->folded != NULL)
    {
      emit_const (c, n->folded);
      goto done;
    }
  switch (n->kind)
    {
    case N_NAME:
      if (!refuse_missing_builtin (c, n))
        return FALSE;
      emit_name (c, n->v.name.id, CTX_LOAD);
      break;
    case N_CONST:
      return syntax_error (c, n, "invalid constant");
    case N_BINOP:
      ok = compile_expr (c, n->v.binop.left) && compile_expr (c, n->v.binop.right);
      set_position (c, n);
      emit (c, OP_BINARY_OP, n->v.binop.op);
      break;
    case N_UNARYOP:
      ok = compile_expr (c, n->v.unaryop.operand);
      emit (c, OP_UNARY, n->v.unaryop.op);
      break;
    case N_BOOLOP:
      {
        int end = new_label (c);

        for (guint i = 0; ok && i < n->v.boolop.values->len; i++)
          {
            ok = compile_expr (c, n->v.boolop.values->pdata[i]);
            if (i + 1 < n->v.boolop.values->len)
              emit (c, n->v.boolop.op == OP_BOOL_AND ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP, end);
          }
        place_label (c, end);
      }
      break;
    case N_COMPARE:
      ok = compile_compare (c, n);
      break;
    case N_CALL:
      ok = compile_call (c, n);
      break;
    case N_ATTRIBUTE:
      ok = compile_expr (c, n->v.attribute.value);
      set_position (c, n);
      emit (c, OP_LOAD_ATTR, attr_index (c, n->v.attribute.attr));
      break;
    case N_SUBSCRIPT:
      ok = compile_expr (c, n->v.subscript.value) && compile_expr (c, n->v.subscript.slice);
      set_position (c, n);
      emit (c, OP_BINARY_SUBSCR, 0);
      break;
    case N_SLICE:
      {
        PmlNode *parts[3] = { n->v.slice.lower, n->v.slice.upper, n->v.slice.step };
        int count = n->v.slice.step ? 3 : 2;

        for (int i = 0; ok && i < count; i++)
          {
            if (parts[i])
              ok = compile_expr (c, parts[i]);
            else
              emit_const (c, NONE);
          }
        emit (c, OP_BUILD_SLICE, count);
      }
      break;
    case N_LIST:
      ok = compile_display (c, n->v.sequence.elts, OP_BUILD_LIST, OP_LIST_EXTEND, OP_LIST_APPEND, FALSE);
      break;
    case N_TUPLE:
      ok = compile_display (c, n->v.sequence.elts, OP_BUILD_LIST, OP_LIST_EXTEND, OP_LIST_APPEND, TRUE);
      if (ok && !has_starred (n->v.sequence.elts) && !(n->v.sequence.elts->len > 2 && all_const (n->v.sequence.elts)))
        {
          /* a plain BUILD_TUPLE, not a list converted */
          Instr *last = &g_array_index (c->u->code, Instr, c->u->code->len - 1);

          last->op = OP_BUILD_TUPLE;
        }
      break;
    case N_SET:
      ok = compile_display (c, n->v.sequence.elts, OP_BUILD_SET, OP_SET_UPDATE, OP_SET_ADD, FALSE);
      break;
    case N_DICT:
      {
        guint len = n->v.dict.keys->len;

        if (g_ptr_array_find (n->v.dict.keys, NULL, NULL))
          {
            ok = compile_dict_unpack (c, n);
            break;
          }
        if (len > 1 && all_const (n->v.dict.keys) && len <= 16)
          {
            PmlObj *keys;

            for (guint i = 0; ok && i < len; i++)
              ok = compile_expr (c, n->v.dict.values->pdata[i]);
            keys = const_tuple_of (c, n->v.dict.keys, FALSE);
            emit_const (c, keys);
            emit (c, OP_BUILD_CONST_KEY_MAP, (int) len);
          }
        else if (len <= 16)
          {
            for (guint i = 0; ok && i < len; i++)
              ok = compile_expr (c, n->v.dict.keys->pdata[i]) && compile_expr (c, n->v.dict.values->pdata[i]);
            emit (c, OP_BUILD_MAP, (int) len);
          }
        else
          {
            emit (c, OP_BUILD_MAP, 0);
            for (guint i = 0; ok && i < len; i++)
              {
                ok = compile_expr (c, n->v.dict.keys->pdata[i]) && compile_expr (c, n->v.dict.values->pdata[i]);
                emit (c, OP_MAP_ADD, 1);
              }
          }
      }
      break;
    case N_LISTCOMP:
    case N_SETCOMP:
    case N_DICTCOMP:
    case N_GENEXP:
      ok = compile_comprehension (c, n);
      break;
    case N_IFEXP:
      {
        int orelse = new_label (c), end = new_label (c);

        ok = compile_expr (c, n->v.if_exp.test);
        emit (c, OP_POP_JUMP_IF_FALSE, orelse);
        ok = ok && compile_expr (c, n->v.if_exp.body);
        emit (c, OP_JUMP, end);
        place_label (c, orelse);
        ok = ok && compile_expr (c, n->v.if_exp.orelse);
        place_label (c, end);
      }
      break;
    case N_LAMBDA:
      {
        PmlScope *scope = pml_symtable_lookup (c->st, n);
        g_autofree char *qualname = child_qualname (c, "<lambda>");
        PmlCode *code;

        code = compile_scope (c, scope, "<lambda>", qualname, NULL, n->v.lambda.body, n);
        if (code != NULL)
          set_parameters (code, n->v.lambda.args);
        ok = code != NULL && emit_make_function (c, code, scope, n->v.lambda.defaults, n->v.lambda.args, NULL);
      }
      break;
    case N_JOINEDSTR:
      ok = compile_fstring (c, n);
      break;
    case N_NAMEDEXPR:
      ok = compile_expr (c, n->v.named_expr.value);
      emit (c, OP_COPY, 1);
      set_position (c, n->v.named_expr.target);
      emit_name (c, n->v.named_expr.target->v.name.id, CTX_STORE);
      break;
    case N_YIELD:
      if (n->v.yield.is_from)
        {
          /* yield from: SEND the subiterator until it returns */
          int loop = new_label (c), exit = new_label (c);

          ok = compile_expr (c, n->v.yield.value);
          emit (c, OP_GET_YIELD_FROM_ITER, 0);
          emit_const (c, NONE);
          place_label (c, loop);
          emit (c, OP_SEND, exit);
          emit (c, OP_YIELD_VALUE, 1);
          emit (c, OP_JUMP, loop);
          place_label (c, exit);
          break;
        }
      if (n->v.yield.value)
        ok = compile_expr (c, n->v.yield.value);
      else
        emit_const (c, NONE);
      emit (c, OP_YIELD_VALUE, 0);
      break;
    case N_STARRED:
      return syntax_error (c, n, "can't use starred expression here");
    default:
      return syntax_error (c, n, "invalid syntax");
    }

done:
  c->u->line = saved_line;
  c->u->col = saved_col;
  c->u->span = saved_span;
  return ok && !c->failed;
}

/* ---- assignment ---- */

static gboolean
compile_store (Compiler *c, PmlNode *t)
{
  set_position (c, t);
  switch (t->kind)
    {
    case N_NAME:
      emit_name (c, t->v.name.id, CTX_STORE);
      return TRUE;
    case N_ATTRIBUTE:
      if (!compile_expr (c, t->v.attribute.value))
        return FALSE;
      set_position (c, t);
      emit (c, OP_STORE_ATTR, attr_index (c, t->v.attribute.attr));
      return TRUE;
    case N_SUBSCRIPT:
      if (!compile_expr (c, t->v.subscript.value) || !compile_expr (c, t->v.subscript.slice))
        return FALSE;
      set_position (c, t);
      emit (c, OP_STORE_SUBSCR, 0);
      return TRUE;
    case N_TUPLE:
    case N_LIST:
      {
        int star = -1;

        for (guint i = 0; i < t->v.sequence.elts->len; i++)
          if (((PmlNode *) t->v.sequence.elts->pdata[i])->kind == N_STARRED)
            {
              if (star >= 0)
                return syntax_error (c, t, "multiple starred expressions in assignment");
              star = (int) i;
            }
        if (star >= 0)
          emit (c, OP_UNPACK_EX, star | ((int) (t->v.sequence.elts->len - (guint) star - 1) << 8));
        else
          emit (c, OP_UNPACK_SEQUENCE, (int) t->v.sequence.elts->len);
        for (guint i = 0; i < t->v.sequence.elts->len; i++)
          {
            PmlNode *e = t->v.sequence.elts->pdata[i];

            if (!compile_store (c, e->kind == N_STARRED ? e->v.starred.value : e))
              return FALSE;
          }
        return TRUE;
      }
    case N_STARRED:
      return syntax_error (c, t, "starred assignment target must be in a list or tuple");
    default:
      {
        g_autofree char *msg = g_strdup_printf (t == c->assign_hint ? "cannot assign to %s here. Maybe you meant '==' instead of '='?"
                                                                    : "cannot assign to %s", pml_node_describe (t));

        return syntax_error (c, t, msg);
      }
    }
}

static gboolean
compile_delete (Compiler *c, PmlNode *t)
{
  set_position (c, t);
  switch (t->kind)
    {
    case N_NAME:
      emit_name (c, t->v.name.id, CTX_DEL);
      return TRUE;
    case N_ATTRIBUTE:
      if (!compile_expr (c, t->v.attribute.value))
        return FALSE;
      set_position (c, t);
      emit (c, OP_DELETE_ATTR, attr_index (c, t->v.attribute.attr));
      return TRUE;
    case N_SUBSCRIPT:
      if (!compile_expr (c, t->v.subscript.value) || !compile_expr (c, t->v.subscript.slice))
        return FALSE;
      set_position (c, t);
      emit (c, OP_DELETE_SUBSCR, 0);
      return TRUE;
    case N_TUPLE:
    case N_LIST:
      for (guint i = 0; i < t->v.sequence.elts->len; i++)
        if (!compile_delete (c, t->v.sequence.elts->pdata[i]))
          return FALSE;
      return TRUE;
    default:
      {
        g_autofree char *msg = g_strdup_printf ("cannot delete %s", pml_node_describe (t));

        return syntax_error (c, t, msg);
      }
    }
}

/* invalid_named_expression: "T = value" with one target, where T (or the
 * last name of an unbracketed tuple of targets) is an operand and the
 * value starts with one, earns "Maybe you meant '=='"; True, None, False,
 * lists and tuples do not */
static PmlNode *
assign_hint_target (PmlNode *n)
{
  PmlNode *t = n->v.assign.targets->pdata[0], *v = n->v.assign.value;

  if (n->v.assign.targets->len != 1)
    return NULL;
  if (t->kind == N_TUPLE && !t->bracketed_tuple && t->v.sequence.elts->len > 0)
    t = t->v.sequence.elts->pdata[t->v.sequence.elts->len - 1];
  if (!pml_node_is_bitwise_or (t) || t->kind == N_LIST || t->kind == N_GENEXP
      || (t->kind == N_TUPLE && t->bracketed_tuple)
      || (t->kind == N_CONST && (t->v.constant.kind == C_TRUE || t->v.constant.kind == C_FALSE || t->v.constant.kind == C_NONE)))
    return NULL;
  /* the value's first operand */
  for (;;)
    {
      if (v->parenthesized)
        break;
      if (v->kind == N_TUPLE && v->v.sequence.elts->len > 0)
        v = v->v.sequence.elts->pdata[0];
      else if (v->kind == N_COMPARE)
        v = v->v.compare.left;
      else if (v->kind == N_BOOLOP && v->v.boolop.values->len > 0)
        v = v->v.boolop.values->pdata[0];
      else if (v->kind == N_IFEXP)
        v = v->v.if_exp.body;
      else
        break;
    }
  return pml_node_is_bitwise_or (v) ? t : NULL;
}

static gboolean
compile_assign (Compiler *c, PmlNode *n)
{
  PmlNode *value = n->v.assign.value;
  PmlNode *target = n->v.assign.targets->pdata[0];

  c->assign_hint = assign_hint_target (n);

  /* `a, b = x, y` with two or three names: no tuple, like CPython's SWAP */
  if (n->v.assign.targets->len == 1 && target->kind == N_TUPLE && value->kind == N_TUPLE && value->folded == NULL
      && target->v.sequence.elts->len == value->v.sequence.elts->len && target->v.sequence.elts->len >= 2 && target->v.sequence.elts->len <= 3
      && !has_starred (target->v.sequence.elts) && !has_starred (value->v.sequence.elts))
    {
      if (!compile_list (c, value->v.sequence.elts))
        return FALSE;
      set_position (c, n);
      emit (c, OP_SWAP, (int) target->v.sequence.elts->len);
      if (target->v.sequence.elts->len == 3)
        {
          /* [x y z] -> SWAP 3 -> [z y x]: store a, then b, then c */
        }
      for (guint i = 0; i < target->v.sequence.elts->len; i++)
        if (!compile_store (c, target->v.sequence.elts->pdata[i]))
          return FALSE;
      return TRUE;
    }
  if (!compile_expr (c, value))
    return FALSE;
  for (guint i = 0; i < n->v.assign.targets->len; i++)
    {
      if (i + 1 < n->v.assign.targets->len)
        emit (c, OP_COPY, 1);
      if (!compile_store (c, n->v.assign.targets->pdata[i]))
        return FALSE;
    }
  return TRUE;
}

static gboolean
compile_augassign (Compiler *c, PmlNode *n)
{
  PmlNode *t = n->v.aug_assign.target;

  switch (t->kind)
    {
    case N_NAME:
      /* the target is read at its own position: an UnboundLocalError's carets */
      set_position (c, t);
      emit_name (c, t->v.name.id, CTX_LOAD);
      set_position (c, n);
      if (!compile_expr (c, n->v.aug_assign.value))
        return FALSE;
      set_position (c, n);
      emit (c, OP_INPLACE_OP, n->v.aug_assign.op);
      emit_name (c, t->v.name.id, CTX_STORE);
      return TRUE;
    case N_ATTRIBUTE:
      if (!compile_expr (c, t->v.attribute.value))
        return FALSE;
      emit (c, OP_COPY, 1);
      set_position (c, t);
      emit (c, OP_LOAD_ATTR, attr_index (c, t->v.attribute.attr));
      set_position (c, n);
      if (!compile_expr (c, n->v.aug_assign.value))
        return FALSE;
      set_position (c, n);
      emit (c, OP_INPLACE_OP, n->v.aug_assign.op);
      emit (c, OP_SWAP, 2);
      emit (c, OP_STORE_ATTR, attr_index (c, t->v.attribute.attr));
      return TRUE;
    case N_SUBSCRIPT:
      if (!compile_expr (c, t->v.subscript.value) || !compile_expr (c, t->v.subscript.slice))
        return FALSE;
      emit (c, OP_COPY, 2);
      emit (c, OP_COPY, 2);
      set_position (c, t);
      emit (c, OP_BINARY_SUBSCR, 0);
      set_position (c, n);
      if (!compile_expr (c, n->v.aug_assign.value))
        return FALSE;
      set_position (c, n);
      emit (c, OP_INPLACE_OP, n->v.aug_assign.op);
      emit (c, OP_SWAP, 3);
      emit (c, OP_SWAP, 2);
      emit (c, OP_STORE_SUBSCR, 0);
      return TRUE;
    default:
      return syntax_error (c, n, "illegal expression for augmented assignment");
    }
}

/* ---- statements ---- */

/* CPython's CO_MAXBLOCKS, in its blocks: an except clause's body is two
 * (EXCEPTION_HANDLER and HANDLER_CLEANUP), every other block one */
#define CO_MAXBLOCKS 20

static int
cpython_blocks (Compiler *c)
{
  int n = 0;

  for (int i = 0; i < c->u->nfblocks; i++)
    n += c->u->fblocks[i].kind == FB_HANDLER ? 2 : 1;
  return n;
}

static FBlock *
push_fblock (Compiler *c, PmlNode *n, FBlockKind kind)
{
  FBlock *fb;

  if (cpython_blocks (c) + (kind == FB_HANDLER ? 1 : 0) >= CO_MAXBLOCKS)
    {
      syntax_error (c, n, "too many statically nested blocks");
      return NULL;
    }
  if (c->u->nfblocks >= (int) G_N_ELEMENTS (c->u->fblocks))
    {
      unsupported (c, n, "more than 32 nested blocks");
      return NULL;
    }
  fb = &c->u->fblocks[c->u->nfblocks++];
  memset (fb, 0, sizeof *fb);
  fb->kind = kind;
  return fb;
}

/* The normal exit of a with block: __exit__(None, None, None), called
 * as CPython 3.11 does, with the bound __exit__ where a method call's
 * callable is */
static void
emit_with_exit (Compiler *c)
{
  emit_const (c, NONE);
  emit_const (c, NONE);
  emit_const (c, NONE);
  emit (c, OP_CALL, 2);
  emit (c, OP_POP_TOP, 0);
}

static gboolean
unwind_fblock (Compiler *c, FBlock *fb, gboolean preserve_tos)
{
  switch (fb->kind)
    {
    case FB_FOR:
      if (preserve_tos)
        emit (c, OP_SWAP, 2);
      emit (c, OP_POP_TOP, 0);   /* the iterator */
      break;
    case FB_WHILE:
      break;
    case FB_TRY:
      emit (c, OP_POP_BLOCK, 0);
      break;
    case FB_HANDLER:
      emit (c, OP_POP_EXCEPT, 0);
      if (fb->has_name)
        {
          emit_const (c, NONE);
          emit_name (c, fb->name, CTX_STORE);
          emit_name (c, fb->name, CTX_DEL);
        }
      break;
    case FB_FINALLY:
      emit (c, OP_POP_BLOCK, 0);
      /* the finally body runs here, keeping a returned value below it */
      if (preserve_tos && push_fblock (c, fb->node, FB_POP_VALUE) == NULL)
        return FALSE;
      if (!compile_stmts (c, fb->node->v.try_stmt.finalbody))
        return FALSE;
      if (preserve_tos)
        c->u->nfblocks--;
      break;
    case FB_FINALLY_END:
      /* the finally body on the exception path: the exception is below */
      if (preserve_tos)
        emit (c, OP_SWAP, 2);
      emit (c, OP_POP_TOP, 0);
      emit (c, OP_POP_EXCEPT, 0);
      break;
    case FB_WITH:
      emit (c, OP_POP_BLOCK, 0);
      if (preserve_tos)
        emit (c, OP_SWAP, 2);
      set_position (c, fb->node);
      emit_with_exit (c);
      break;
    case FB_POP_VALUE:
      if (preserve_tos)
        emit (c, OP_SWAP, 2);
      emit (c, OP_POP_TOP, 0);
      break;
    }
  return TRUE;
}

/* Leaves the blocks between here and the innermost loop (break/continue)
 * or all of them (return), as CPython's compiler_unwind_fblock_stack
 * does: each block is left with only the blocks around it in place. */
static gboolean
unwind_fblocks (Compiler *c, PmlNode *n, gboolean to_loop, gboolean preserve_tos, FBlock **loop)
{
  int top = c->u->nfblocks;
  FBlock saved[G_N_ELEMENTS (c->u->fblocks)];
  gboolean ok = TRUE;

  memcpy (saved, c->u->fblocks, sizeof saved);
  for (int i = top - 1; ok && i >= 0; i--)
    {
      FBlock fb = saved[i];

      if (to_loop && (fb.kind == FB_FOR || fb.kind == FB_WHILE))
        {
          *loop = &c->u->fblocks[i];
          break;
        }
      c->u->nfblocks = i;
      ok = unwind_fblock (c, &fb, preserve_tos);
    }
  memcpy (c->u->fblocks, saved, sizeof saved);
  c->u->nfblocks = top;
  if (!ok)
    return FALSE;
  if (to_loop && *loop == NULL)
    return syntax_error (c, n, n->kind == N_BREAK ? "'break' outside loop" : "'continue' not properly in loop");
  return TRUE;
}

/* with A() as a, B() as b: one block per item, as nested statements */
static gboolean
compile_with (Compiler *c, PmlNode *n, guint index)
{
  PmlNode *item = n->v.with_stmt.items->pdata[index];
  int handler = new_label (c), end = new_label (c), suppress = new_label (c);
  FBlock *fb;

  if (!compile_expr (c, item->v.withitem.context_expr))
    return FALSE;
  set_position (c, n);
  emit (c, OP_BEFORE_WITH, 0);
  if (item->v.withitem.optional_vars != NULL)
    {
      if (!compile_store (c, item->v.withitem.optional_vars))
        return FALSE;
    }
  else
    emit (c, OP_POP_TOP, 0);
  emit (c, OP_SETUP_FINALLY, handler);
  fb = push_fblock (c, n, FB_WITH);
  if (fb == NULL)
    return FALSE;
  fb->node = n;
  if (index + 1 < n->v.with_stmt.items->len)
    {
      if (!compile_with (c, n, index + 1))
        return FALSE;
    }
  else if (!compile_stmts (c, n->v.with_stmt.body))
    return FALSE;
  c->u->nfblocks--;
  emit (c, OP_POP_BLOCK, 0);
  set_position (c, n);
  emit_with_exit (c);
  emit (c, OP_JUMP, end);
  /* an exception: __exit__(type, value, traceback) decides */
  place_label (c, handler);
  set_position (c, n);
  emit (c, OP_WITH_EXCEPT_START, 0);
  emit (c, OP_POP_JUMP_IF_TRUE, suppress);
  emit (c, OP_RERAISE, 0);
  place_label (c, suppress);
  emit (c, OP_POP_EXCEPT, 0);
  emit (c, OP_POP_TOP, 0);   /* the exception */
  emit (c, OP_POP_TOP, 0);   /* __exit__ */
  place_label (c, end);
  return TRUE;
}

static gboolean
compile_for (Compiler *c, PmlNode *n)
{
  int start = new_label (c), cleanup = new_label (c), end = new_label (c);
  FBlock *fb;

  if (!compile_expr (c, n->v.for_stmt.iter))
    return FALSE;
  set_position (c, n);
  emit (c, OP_GET_ITER, 0);
  place_label (c, start);
  set_position (c, n);
  emit (c, OP_FOR_ITER, cleanup);
  if (!compile_store (c, n->v.for_stmt.target))
    return FALSE;
  fb = push_fblock (c, n, FB_FOR);
  if (fb == NULL)
    return FALSE;
  fb->continue_label = start;
  fb->break_label = end;
  if (!compile_stmts (c, n->v.for_stmt.body))
    return FALSE;
  c->u->nfblocks--;
  /* the jump back belongs to the body's last line, as in CPython: the
     loop's own line then starts again, once */
  emit (c, OP_JUMP, start);
  place_label (c, cleanup);
  if (n->v.for_stmt.orelse && !compile_stmts (c, n->v.for_stmt.orelse))
    return FALSE;
  place_label (c, end);
  return TRUE;
}

static gboolean
compile_while (Compiler *c, PmlNode *n)
{
  int start = new_label (c), orelse = new_label (c), end = new_label (c);
  FBlock *fb;

  place_label (c, start);
  set_position (c, n->v.while_stmt.test);
  if (!compile_expr (c, n->v.while_stmt.test))
    return FALSE;
  emit (c, OP_POP_JUMP_IF_FALSE, orelse);
  fb = push_fblock (c, n, FB_WHILE);
  if (fb == NULL)
    return FALSE;
  fb->continue_label = start;
  fb->break_label = end;
  if (!compile_stmts (c, n->v.while_stmt.body))
    return FALSE;
  c->u->nfblocks--;
  emit (c, OP_JUMP, start);
  place_label (c, orelse);
  if (n->v.while_stmt.orelse && !compile_stmts (c, n->v.while_stmt.orelse))
    return FALSE;
  place_label (c, end);
  return TRUE;
}

static gboolean
compile_try_except (Compiler *c, PmlNode *n)
{
  int handler = new_label (c), end = new_label (c), orelse = new_label (c);

  emit (c, OP_SETUP_FINALLY, handler);
  if (push_fblock (c, n, FB_TRY) == NULL || !compile_stmts (c, n->v.try_stmt.body))
    return FALSE;
  c->u->nfblocks--;
  emit (c, OP_POP_BLOCK, 0);
  emit (c, OP_JUMP, orelse);
  place_label (c, handler);
  for (guint i = 0; i < n->v.try_stmt.handlers->len; i++)
    {
      PmlNode *h = n->v.try_stmt.handlers->pdata[i];
      int next = new_label (c);
      FBlock *fb;

      set_position (c, h);
      if (h->v.except_handler.type)
        {
          if (!compile_expr (c, h->v.except_handler.type))
            return FALSE;
          emit (c, OP_CHECK_EXC_MATCH, 0);
          emit (c, OP_POP_JUMP_IF_FALSE, next);
        }
      else if (i + 1 < n->v.try_stmt.handlers->len)
        return syntax_error (c, h, "default 'except:' must be last");
      if (h->v.except_handler.name)
        emit_name (c, h->v.except_handler.name, CTX_STORE);
      else
        emit (c, OP_POP_TOP, 0);
      fb = push_fblock (c, h, FB_HANDLER);
      if (fb == NULL)
        return FALSE;
      fb->has_name = h->v.except_handler.name != NULL;
      fb->name = h->v.except_handler.name;
      if (!compile_stmts (c, h->v.except_handler.body))
        return FALSE;
      c->u->nfblocks--;
      emit (c, OP_POP_EXCEPT, 0);
      if (h->v.except_handler.name)
        {
          emit_const (c, NONE);
          emit_name (c, h->v.except_handler.name, CTX_STORE);
          emit_name (c, h->v.except_handler.name, CTX_DEL);
        }
      emit (c, OP_JUMP, end);
      place_label (c, next);
    }
  emit (c, OP_RERAISE, 0);
  place_label (c, orelse);
  if (n->v.try_stmt.orelse && !compile_stmts (c, n->v.try_stmt.orelse))
    return FALSE;
  place_label (c, end);
  return TRUE;
}

static gboolean
compile_try (Compiler *c, PmlNode *n)
{
  int handler, end;
  FBlock *fb;

  if (n->v.try_stmt.finalbody == NULL)
    return compile_try_except (c, n);
  handler = new_label (c);
  end = new_label (c);
  emit (c, OP_SETUP_FINALLY, handler);
  if ((fb = push_fblock (c, n, FB_FINALLY)) == NULL)
    return FALSE;
  fb->node = n;
  if (n->v.try_stmt.handlers->len > 0)
    {
      if (!compile_try_except (c, n))
        return FALSE;
    }
  else if (!compile_stmts (c, n->v.try_stmt.body))
    return FALSE;
  c->u->nfblocks--;
  emit (c, OP_POP_BLOCK, 0);
  if (!compile_stmts (c, n->v.try_stmt.finalbody))
    return FALSE;
  emit (c, OP_JUMP, end);
  place_label (c, handler);
  if (push_fblock (c, n, FB_FINALLY_END) == NULL || !compile_stmts (c, n->v.try_stmt.finalbody))
    return FALSE;
  c->u->nfblocks--;
  emit (c, OP_RERAISE, 0);
  place_label (c, end);
  return TRUE;
}

/* NAME.py or a package NAME/ beside the script: CPython would import it */
static gboolean
beside_script (const char *filename, const char *name)
{
  g_autofree char *folder = g_path_get_dirname (filename);
  g_autofree char *top = g_strndup (name, strcspn (name, "."));
  g_autofree char *file = g_strconcat (top, ".py", NULL);
  g_autofree char *as_file = g_build_filename (folder, file, NULL);
  g_autofree char *as_package = g_build_filename (folder, top, NULL);

  return g_file_test (as_file, G_FILE_TEST_EXISTS) || g_file_test (as_package, G_FILE_TEST_IS_DIR);
}

/* a module the scenario may import: bundled modules' own imports are not;
   nor is a standard module the scenarios lack, nor the script's own
   modules beside it. Any other name is not a module CPython has either:
   its import raises ModuleNotFoundError */
static gboolean
known_module (Compiler *c, const char *name)
{
  const PmlModuleDef *def = pml_module_find (name);

  if (def == NULL)
    return !pml_is_stdlib_module (name) && !beside_script (c->filename, name);
  return !def->internal || g_str_has_prefix (c->filename, "<frozen ");
}

static gboolean
refuse_import (Compiler *c, PmlNode *n, const char *module)
{
  g_autofree char *list = pml_module_list_text ();

  if (!c->failed)
    g_set_error (c->error, PML_SCRIPT_ERROR, PML_SCRIPT_ERROR_UNSUPPORTED,
                 "%s:%d:%d: imports of '%s' are not supported in scenarios (they can import %s)",
                 c->filename, n->line, n->col + 1, module, list);
  c->failed = TRUE;
  return FALSE;
}

static gboolean
compile_import (Compiler *c, PmlNode *n)
{
  GPtrArray *names = n->kind == N_IMPORTFROM ? n->v.import_from.names : n->v.import.names;
  const char *module = n->kind == N_IMPORTFROM ? n->v.import_from.module : NULL;

  if (module != NULL && !known_module (c, module))
    return refuse_import (c, n, module);
  for (guint i = 0; i < names->len; i++)
    {
      PmlNode *a = names->pdata[i];

      if (module == NULL && !known_module (c, a->v.alias.name))
        return refuse_import (c, a, a->v.alias.name);

      set_position (c, a);
      if (n->kind == N_IMPORT)
        {
          const char *dot = strchr (a->v.alias.name, '.');

          emit (c, OP_IMPORT_NAME, name_index (c, a->v.alias.name));
          /* import collections.abc binds the package, which now has the
             submodule as an attribute; with "as", the submodule itself */
          if (dot != NULL && a->v.alias.asname == NULL)
            {
              g_autofree char *top = g_strndup (a->v.alias.name, dot - a->v.alias.name);

              emit (c, OP_POP_TOP, 0);
              emit (c, OP_IMPORT_NAME, name_index (c, top));
              emit_name (c, top, CTX_STORE);
            }
          else
            emit_name (c, a->v.alias.asname ? a->v.alias.asname->v.name.id : a->v.alias.name, CTX_STORE);
        }
      else
        {
          if (i == 0)
            emit (c, OP_IMPORT_NAME, name_index (c, n->v.import_from.module));
          emit (c, OP_IMPORT_FROM, name_index (c, a->v.alias.name));
          emit_name (c, a->v.alias.asname ? a->v.alias.asname->v.name.id : a->v.alias.name, CTX_STORE);
        }
    }
  if (n->kind == N_IMPORTFROM)
    emit (c, OP_POP_TOP, 0);
  return TRUE;
}

/* A module or class body with annotated names gets an __annotations__ dict
 * (SETUP_ANNOTATIONS); nested blocks count, nested definitions do not. */
static gboolean
has_annotations (GPtrArray *stmts)
{
  for (guint i = 0; stmts && i < stmts->len; i++)
    {
      PmlNode *s = stmts->pdata[i];

      switch (s->kind)
        {
        case N_ANNASSIGN:
          return TRUE;
        case N_IF:
          if (has_annotations (s->v.if_stmt.body) || has_annotations (s->v.if_stmt.orelse))
            return TRUE;
          break;
        case N_WHILE:
          if (has_annotations (s->v.while_stmt.body) || has_annotations (s->v.while_stmt.orelse))
            return TRUE;
          break;
        case N_FOR:
          if (has_annotations (s->v.for_stmt.body) || has_annotations (s->v.for_stmt.orelse))
            return TRUE;
          break;
        case N_WITH:
          if (has_annotations (s->v.with_stmt.body))
            return TRUE;
          break;
        case N_TRY:
          if (has_annotations (s->v.try_stmt.body) || has_annotations (s->v.try_stmt.orelse)
              || has_annotations (s->v.try_stmt.finalbody))
            return TRUE;
          for (guint k = 0; s->v.try_stmt.handlers && k < s->v.try_stmt.handlers->len; k++)
            if (has_annotations (((PmlNode *) s->v.try_stmt.handlers->pdata[k])->v.except_handler.body))
              return TRUE;
          break;
        default:
          break;
        }
    }
  return FALSE;
}

/* x: int = 5. Only module and class bodies evaluate annotations; a simple
 * name's goes into __annotations__. */
static gboolean
compile_annassign (Compiler *c, PmlNode *n)
{
  PmlNode *t = n->v.ann_assign.target;
  gboolean evaluate = c->u->scope->kind != SCOPE_FUNCTION;

  if (n->v.ann_assign.value != NULL && (!compile_expr (c, n->v.ann_assign.value) || !compile_store (c, t)))
    return FALSE;
  if (t->kind == N_NAME && n->v.ann_assign.simple)
    {
      if (evaluate)
        {
          if (!compile_expr (c, n->v.ann_assign.annotation))
            return FALSE;
          set_position (c, n);
          emit_name (c, "__annotations__", CTX_LOAD);
          emit_const (c, merge_const (c, pml_str_intern_cstr (t->v.name.id)));
          emit (c, OP_STORE_SUBSCR, 0);
        }
      return TRUE;
    }
  if (n->v.ann_assign.value == NULL && t->kind == N_ATTRIBUTE)
    {
      if (!compile_expr (c, t->v.attribute.value))
        return FALSE;
      emit (c, OP_POP_TOP, 0);
    }
  else if (n->v.ann_assign.value == NULL && t->kind == N_SUBSCRIPT)
    {
      if (!compile_expr (c, t->v.subscript.value))
        return FALSE;
      emit (c, OP_POP_TOP, 0);
      if (!compile_expr (c, t->v.subscript.slice))
        return FALSE;
      emit (c, OP_POP_TOP, 0);
    }
  if (evaluate)
    {
      if (!compile_expr (c, n->v.ann_assign.annotation))
        return FALSE;
      emit (c, OP_POP_TOP, 0);
    }
  return TRUE;
}

/* what pml-py-compile-match.c calls back to generate a match statement */
static int m_emit (gpointer c, int op, int arg) { return emit (c, (guint8) op, arg); }
static int m_new_label (gpointer c) { return new_label (c); }
static void m_place_label (gpointer c, int label) { place_label (c, label); }
static void m_set_position (gpointer c, PmlNode *n) { set_position (c, n); }
static gboolean m_compile_expr (gpointer c, PmlNode *n) { return compile_expr (c, n); }
static gboolean m_compile_stmts (gpointer c, GPtrArray *stmts) { return compile_stmts (c, stmts); }
static void m_store_name (gpointer c, const char *name) { emit_name (c, name, CTX_STORE); }
static void m_load_const (gpointer c, PmlObj *v) { emit_const (c, merge_const (c, v)); }
static gboolean m_syntax_error (gpointer c, PmlNode *n, const char *msg) { return syntax_error (c, n, msg); }

static gboolean
compile_stmt (Compiler *c, PmlNode *n)
{
  if (!stack_left (c, n))
    return FALSE;
  set_position (c, n);
  switch (n->kind)
    {
    case N_ANNASSIGN:
      return compile_annassign (c, n);
    case N_EXPR_STMT:
      if (n->v.expr_stmt.value->folded != NULL)
        return TRUE;   /* a constant statement (docstring) compiles to nothing */
      if (!compile_expr (c, n->v.expr_stmt.value))
        return FALSE;
      set_position (c, n);
      emit (c, OP_POP_TOP, 0);
      return TRUE;
    case N_ASSIGN:
      {
        gboolean ok = compile_assign (c, n);

        c->assign_hint = NULL;
        return ok;
      }
    case N_AUGASSIGN:
      return compile_augassign (c, n);
    case N_DELETE:
      for (guint i = 0; i < n->v.delete_stmt.targets->len; i++)
        if (!compile_delete (c, n->v.delete_stmt.targets->pdata[i]))
          return FALSE;
      return TRUE;
    case N_PASS:
      emit (c, OP_NOP, 0);
      return TRUE;
    case N_IF:
      {
        int orelse = new_label (c), end = new_label (c);

        if (!compile_expr (c, n->v.if_stmt.test))
          return FALSE;
        emit (c, OP_POP_JUMP_IF_FALSE, orelse);
        if (!compile_stmts (c, n->v.if_stmt.body))
          return FALSE;
        if (n->v.if_stmt.orelse)
          emit (c, OP_JUMP, end);
        place_label (c, orelse);
        if (n->v.if_stmt.orelse && !compile_stmts (c, n->v.if_stmt.orelse))
          return FALSE;
        place_label (c, end);
        return TRUE;
      }
    case N_WHILE:
      return compile_while (c, n);
    case N_FOR:
      return compile_for (c, n);
    case N_BREAK:
    case N_CONTINUE:
      {
        FBlock *loop = NULL;

        if (!unwind_fblocks (c, n, TRUE, FALSE, &loop))
          return FALSE;
        if (n->kind == N_BREAK)
          {
            if (loop->kind == FB_FOR)
              emit (c, OP_POP_TOP, 0);
            emit (c, OP_JUMP, loop->break_label);
          }
        else
          emit (c, OP_JUMP, loop->continue_label);
        return TRUE;
      }
    case N_RETURN:
      {
        FBlock *unused = NULL;

        if (c->u->scope->is_generator && n->v.return_stmt.value != NULL)
          {
            if (!compile_expr (c, n->v.return_stmt.value))
              return FALSE;
          }
        else if (n->v.return_stmt.value != NULL)
          {
            if (!compile_expr (c, n->v.return_stmt.value))
              return FALSE;
          }
        else
          emit_const (c, NONE);
        set_position (c, n);
        if (!unwind_fblocks (c, n, FALSE, TRUE, &unused))
          return FALSE;
        emit (c, OP_RETURN_VALUE, 0);
        return TRUE;
      }
    case N_FUNCTIONDEF:
      {
        PmlScope *scope = pml_symtable_lookup (c->st, n);
        g_autofree char *qualname = child_qualname (c, n->v.function_def.name);
        PmlCode *code;

        if (n->v.function_def.decorator_list && !compile_list (c, n->v.function_def.decorator_list))
          return FALSE;
        code = compile_scope (c, scope, n->v.function_def.name, qualname, n->v.function_def.body, NULL, n);
        if (code == NULL)
          return FALSE;
        set_parameters (code, n->v.function_def.args);
        set_position (c, n);
        if (!emit_make_function (c, code, scope, n->v.function_def.defaults, n->v.function_def.args, n->v.function_def.returns))
          return FALSE;
        emit_decorator_calls (c, n->v.function_def.decorator_list);
        emit_name (c, n->v.function_def.name, CTX_STORE);
        return TRUE;
      }
    case N_CLASSDEF:
      {
        PmlScope *scope = pml_symtable_lookup (c->st, n);
        g_autofree char *qualname = child_qualname (c, n->v.class_def.name);
        PmlCode *code;
        PmlObj *name;

        if (n->v.class_def.decorator_list && !compile_list (c, n->v.class_def.decorator_list))
          return FALSE;
        code = compile_scope (c, scope, n->v.class_def.name, qualname, n->v.class_def.body, NULL, n);
        if (code == NULL)
          return FALSE;
        code->is_class_body = TRUE;
        set_position (c, n);
        emit (c, OP_PUSH_NULL, 0);
        emit (c, OP_LOAD_BUILD_CLASS, 0);
        if (!emit_make_function (c, code, scope, NULL, NULL, NULL))
          return FALSE;
        name = merge_const (c, pml_str_intern_cstr (n->v.class_def.name));
        emit_const (c, name);
        if (!compile_list (c, n->v.class_def.bases))
          return FALSE;
        /* class keywords go to __build_class__ as keyword arguments */
        for (guint i = 0; i < n->v.class_def.keywords->len; i++)
          if (!compile_expr (c, ((PmlNode *) n->v.class_def.keywords->pdata[i])->v.keyword.value))
            return FALSE;
        set_position (c, n);
        if (n->v.class_def.keywords->len > 0)
          {
            PmlObj *names = pml_tuple_new (n->v.class_def.keywords->len);

            for (guint i = 0; i < n->v.class_def.keywords->len; i++)
              names->u.t.items[i] = pml_str_intern_cstr (((PmlNode *) n->v.class_def.keywords->pdata[i])->v.keyword.arg);
            g_ptr_array_add (c->arena, names);
            emit (c, OP_KW_NAMES, add_const (c, merge_const (c, pml_incref (names))));
          }
        emit (c, OP_CALL, (int) (n->v.class_def.bases->len + n->v.class_def.keywords->len) + 2);
        emit_decorator_calls (c, n->v.class_def.decorator_list);
        emit_name (c, n->v.class_def.name, CTX_STORE);
        return TRUE;
      }
    case N_GLOBAL:
    case N_NONLOCAL:
      return TRUE;
    case N_IMPORT:
    case N_IMPORTFROM:
      return compile_import (c, n);
    case N_TRY:
      return compile_try (c, n);
    case N_WITH:
      return compile_with (c, n, 0);
    case N_RAISE:
      if (n->v.raise.exc)
        {
          if (!compile_expr (c, n->v.raise.exc) || (n->v.raise.cause && !compile_expr (c, n->v.raise.cause)))
            return FALSE;
          set_position (c, n);
          emit (c, OP_RAISE_VARARGS, n->v.raise.cause ? 2 : 1);
        }
      else
        emit (c, OP_RAISE_VARARGS, 0);
      return TRUE;
    case N_MATCH:
      {
        const PmlMatchCompiler m = { c, m_emit, m_new_label, m_place_label, m_set_position, m_compile_expr,
                                     m_compile_stmts, m_store_name, m_load_const, m_syntax_error };

        return pml_compile_match (&m, n);
      }
    case N_ASSERT:
      {
        int end = new_label (c);

        if (!compile_expr (c, n->v.assert_stmt.test))
          return FALSE;
        emit (c, OP_POP_JUMP_IF_TRUE, end);
        /* the AssertionError is raised at the test's position (its carets) */
        set_position (c, n->v.assert_stmt.test);
        emit (c, OP_LOAD_ASSERTION_ERROR, 0);
        if (n->v.assert_stmt.msg)
          {
            emit (c, OP_PUSH_NULL, 0);
            emit (c, OP_SWAP, 2);
            if (!compile_expr (c, n->v.assert_stmt.msg))
              return FALSE;
            emit (c, OP_CALL, 1);
          }
        emit (c, OP_RAISE_VARARGS, 1);
        place_label (c, end);
        return TRUE;
      }
    default:
      return syntax_error (c, n, "invalid syntax");
    }
}

static gboolean
compile_stmts (Compiler *c, GPtrArray *stmts)
{
  if (stmts == NULL)
    return TRUE;
  for (guint i = 0; i < stmts->len; i++)
    if (!compile_stmt (c, stmts->pdata[i]))
      return FALSE;
  return TRUE;
}

/* The comprehension's body: `.0` is the iterator passed in */
static gboolean
compile_comprehension_body (Compiler *c, PmlNode *n)
{
  int build = n->kind == N_LISTCOMP ? OP_BUILD_LIST : n->kind == N_SETCOMP ? OP_BUILD_SET
              : n->kind == N_DICTCOMP ? OP_BUILD_MAP : -1;
  int depth = 0;
  int starts[16], ends[16];

  if (n->v.comp.generators->len > 16)
    return unsupported (c, n, "comprehensions with more than 16 'for' clauses");
  if (build >= 0)
    emit (c, build, 0);
  for (guint g = 0; g < n->v.comp.generators->len; g++)
    {
      PmlNode *gen = n->v.comp.generators->pdata[g];

      starts[g] = new_label (c);
      ends[g] = new_label (c);
      if (g == 0)
        emit (c, OP_LOAD_FAST, 0);
      else
        {
          if (!compile_expr (c, gen->v.comprehension.iter))
            return FALSE;
          emit (c, OP_GET_ITER, 0);
        }
      place_label (c, starts[g]);
      set_position (c, n);
      emit (c, OP_FOR_ITER, ends[g]);
      if (!compile_store (c, gen->v.comprehension.target))
        return FALSE;
      for (guint k = 0; k < gen->v.comprehension.ifs->len; k++)
        {
          if (!compile_expr (c, gen->v.comprehension.ifs->pdata[k]))
            return FALSE;
          emit (c, OP_POP_JUMP_IF_FALSE, starts[g]);
        }
      depth++;
    }
  set_position (c, n);
  switch (n->kind)
    {
    case N_LISTCOMP:
    case N_SETCOMP:
      if (!compile_expr (c, n->v.comp.elt))
        return FALSE;
      emit (c, n->kind == N_LISTCOMP ? OP_LIST_APPEND : OP_SET_ADD, depth + 1);
      break;
    case N_DICTCOMP:
      if (!compile_expr (c, n->v.comp.elt) || !compile_expr (c, n->v.comp.value))
        return FALSE;
      emit (c, OP_MAP_ADD, depth + 1);
      break;
    default:
      if (!compile_expr (c, n->v.comp.elt))
        return FALSE;
      emit (c, OP_YIELD_VALUE, 0);
      emit (c, OP_POP_TOP, 0);
    }
  for (int g = (int) n->v.comp.generators->len - 1; g >= 0; g--)
    {
      emit (c, OP_JUMP, starts[g]);
      place_label (c, ends[g]);
    }
  if (build < 0)
    emit_const (c, NONE);
  emit (c, OP_RETURN_VALUE, 0);
  return TRUE;
}

static PmlCode *
compile_scope (Compiler *c, PmlScope *scope, const char *name, const char *qualname,
               GPtrArray *body, PmlNode *expr_body, PmlNode *node)
{
  Unit u = { 0 };
  PmlCode *code;
  PmlObj *owner;
  gsize n_ops;

  u.scope = scope;
  u.code = g_array_new (FALSE, FALSE, sizeof (Instr));
  u.labels = g_array_new (FALSE, FALSE, sizeof (int));
  u.consts = g_ptr_array_new ();
  u.names = g_ptr_array_new_with_free_func (g_free);
  u.parent = c->u;
  u.qualname = g_strdup (qualname);
  u.line = node->line;
  c->u = &u;

  if (scope->is_generator)
    emit (c, OP_RETURN_GENERATOR, 0);
  if (scope->is_comprehension)
    compile_comprehension_body (c, node);
  else if (expr_body != NULL)
    {
      if (compile_expr (c, expr_body))
        {
          set_position (c, expr_body);
          emit (c, OP_RETURN_VALUE, 0);
        }
    }
  else
    {
      PmlNode *first = body != NULL && body->len > 0 ? body->pdata[0] : NULL;
      PmlObj *doc = first != NULL && first->kind == N_EXPR_STMT && first->v.expr_stmt.value->kind == N_CONST
                    && first->v.expr_stmt.value->folded != NULL && ((PmlObj *) first->v.expr_stmt.value->folded)->kind == K_STR
                    ? first->v.expr_stmt.value->folded : NULL;

      /* a docstring: the function's first constant, the class's __doc__ */
      if (doc != NULL && scope->kind == SCOPE_FUNCTION)
        {
          add_const (c, doc);
          u.has_docstring = TRUE;
        }
      else if (doc != NULL && scope->kind == SCOPE_CLASS)
        {
          set_position (c, first);
          emit_const (c, doc);
          emit (c, OP_STORE_NAME, name_index (c, "__doc__"));
        }
      if (scope->kind != SCOPE_FUNCTION && has_annotations (body))
        {
          set_position (c, body->pdata[0]);
          emit (c, OP_SETUP_ANNOTATIONS, 0);
        }
      if (compile_stmts (c, body))
        {
          /* the implicit `return None` carries the last line */
          if (scope->kind == SCOPE_FUNCTION || scope->kind == SCOPE_CLASS || TRUE)
            {
              /* the class's __class__ cell goes to type() as __classcell__ */
              if (scope->kind == SCOPE_CLASS && index_in (scope->cellvars, "__class__") >= 0)
                {
                  emit (c, OP_LOAD_CLOSURE, (int) scope->varnames->len + index_in (scope->cellvars, "__class__"));
                  emit (c, OP_STORE_NAME, name_index (c, "__classcell__"));
                }
              emit_const (c, NONE);
              emit (c, OP_RETURN_VALUE, 0);
            }
        }
    }
  c->u = u.parent;
  if (c->failed)
    {
      g_array_unref (u.code);
      g_array_unref (u.labels);
      g_ptr_array_unref (u.consts);
      g_ptr_array_unref (u.names);
      g_free (u.qualname);
      return NULL;
    }

  code = g_new0 (PmlCode, 1);
  code->name = g_strdup (name);
  code->qualname = u.qualname;
  /* made with the code object, as CPython's compiler makes them; a
     top-level function's qualname is its name object */
  code->name_obj = pml_str_intern_cstr (name);
  code->qualname_obj = strcmp (u.qualname, name) == 0 ? pml_incref (code->name_obj)
                                                        : pml_str_new (u.qualname, -1);
  code->filename = g_strdup (c->filename);
  code->is_library = compiling_library (c);
  n_ops = u.code->len;
  code->n_ops = n_ops;
  code->ops = g_new (guint8, n_ops);
  code->args = g_new (gint32, n_ops);
  code->lines = g_new (gint32, n_ops);
  code->cols = g_new (gint32, n_ops);
  code->spans = g_new (PmlCodeSpan, n_ops);
  for (gsize i = 0; i < n_ops; i++)
    {
      Instr *in = &g_array_index (u.code, Instr, i);
      gint32 arg = in->arg;

      switch (in->op)
        {
        case OP_JUMP: case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE:
        case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP: case OP_FOR_ITER:
        case OP_SETUP_FINALLY: case OP_SEND:
          arg = g_array_index (u.labels, int, arg);
          break;
        default:
          break;
        }
      code->ops[i] = in->op;
      code->args[i] = arg;
      code->lines[i] = in->line;
      code->cols[i] = in->col;
      code->spans[i] = in->span;
    }
  /* each code object holds its constants: +1 per co_consts tuple */
  code->consts = g_ptr_array_new_with_free_func ((GDestroyNotify) pml_decref);
  for (guint i = 0; i < u.consts->len; i++)
    g_ptr_array_add (code->consts, pml_incref (u.consts->pdata[i]));
  code->names = g_ptr_array_new_with_free_func ((GDestroyNotify) pml_decref);
  for (guint i = 0; i < u.names->len; i++)
    g_ptr_array_add (code->names, pml_str_intern_cstr (u.names->pdata[i]));
  code->varnames = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < scope->varnames->len; i++)
    g_ptr_array_add (code->varnames, g_strdup (scope->varnames->pdata[i]));
  code->cellvars = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < scope->cellvars->len; i++)
    g_ptr_array_add (code->cellvars, g_strdup (scope->cellvars->pdata[i]));
  code->freevars = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < scope->freevars->len; i++)
    g_ptr_array_add (code->freevars, g_strdup (scope->freevars->pdata[i]));
  for (guint i = 0; i < scope->varnames->len; i++)
    if (pml_scope_flags (scope, scope->varnames->pdata[i]) & SYM_PARAM)
      code->argcount++;
  code->is_module = scope->kind == SCOPE_MODULE;
  code->is_generator = scope->is_generator;
  code->is_comprehension = scope->is_comprehension;
  code->has_docstring = u.has_docstring;
  code->firstline = node->line;
  code->max_depth = max_stack_depth (code);
  code->stacksize = code->max_depth + 4;

  g_array_unref (u.code);
  g_array_unref (u.labels);
  g_ptr_array_unref (u.consts);
  g_ptr_array_unref (u.names);

  owner = pml_obj_new_static (TYPE (T_CODE), K_CODE);
  owner->u.code.code = code;
  code->owner = owner;
  if (c->u != NULL)
    {
      /* the enclosing code object's constant */
      g_ptr_array_add (c->arena, owner);
      merge_const (c, pml_incref (owner));
    }
  return code;
}

/* How the stack changes across an instruction (fall-through path) */
static int
stack_effect (guint8 op, gint32 arg)
{
  switch (op)
    {
    case OP_POP_TOP: case OP_STORE_NAME: case OP_STORE_GLOBAL: case OP_STORE_FAST: case OP_STORE_DEREF:
    case OP_BINARY_OP: case OP_INPLACE_OP: case OP_COMPARE_OP: case OP_IS_OP: case OP_CONTAINS_OP:
    case OP_BINARY_SUBSCR: case OP_LIST_EXTEND: case OP_SET_UPDATE: case OP_LIST_APPEND: case OP_SET_ADD:
    case OP_DELETE_ATTR: case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE:
    case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP:
      return -1;
    case OP_COPY: case OP_LOAD_CONST: case OP_LOAD_NAME: case OP_LOAD_GLOBAL: case OP_LOAD_FAST:
    case OP_LOAD_DEREF: case OP_LOAD_CLOSURE: case OP_LOAD_METHOD: case OP_PUSH_NULL: case OP_LOAD_BUILD_CLASS:
    case OP_IMPORT_NAME: case OP_IMPORT_FROM: case OP_LOAD_ASSERTION_ERROR: case OP_FOR_ITER:
      return 1;
    case OP_STORE_ATTR: case OP_DELETE_SUBSCR: case OP_MAP_ADD:
      return -2;
    case OP_CALL_EX:
      return arg & 1 ? -3 : -2;
    case OP_DICT_MERGE: case OP_DICT_UPDATE:
      return -1;
    case OP_BEFORE_WITH: case OP_WITH_EXCEPT_START:
      return 1;
    case OP_STORE_SUBSCR:
      return -3;
    case OP_CALL:
      return -(arg + 1);
    case OP_FORMAT_VALUE:
      return (arg & PML_FVS_HAVE_SPEC) ? -1 : 0;
    case OP_BUILD_SLICE:
      return 1 - arg;
    case OP_BUILD_TUPLE: case OP_BUILD_LIST: case OP_BUILD_SET: case OP_BUILD_STRING:
      return 1 - arg;
    case OP_BUILD_MAP:
      return 1 - 2 * arg;
    case OP_BUILD_CONST_KEY_MAP:
      return -arg;
    case OP_UNPACK_SEQUENCE:
      return arg - 1;
    case OP_UNPACK_EX:
      return (arg & 0xff) + (arg >> 8);
    case OP_MAKE_FUNCTION:
      return -(((arg & MF_DEFAULTS) != 0) + ((arg & MF_KWDEFAULTS) != 0) + ((arg & MF_ANNOTATIONS) != 0)
               + ((arg & MF_CLOSURE) != 0));
    default:
      return pml_match_stack_effect (op, arg);
    }
}

/* The deepest the stack gets, following every path (CPython's stackdepth) */
static gsize
max_stack_depth (PmlCode *code)
{
  gint *depth = g_new (gint, code->n_ops + 1);
  GArray *work = g_array_new (FALSE, FALSE, sizeof (gsize));
  gint max = 0;

  for (gsize i = 0; i <= code->n_ops; i++)
    depth[i] = -1;
#define VISIT(at, d) G_STMT_START { gsize _at = (at); gint _d = (d); \
    if (_at <= code->n_ops && depth[_at] < _d) { depth[_at] = _d; g_array_append_val (work, _at); } } G_STMT_END
  VISIT (0, 0);
  while (work->len > 0)
    {
      gsize i = g_array_index (work, gsize, work->len - 1);
      guint8 op;
      gint32 arg;
      gint d;

      g_array_set_size (work, work->len - 1);
      if (i >= code->n_ops)
        continue;
      op = code->ops[i];
      arg = code->args[i];
      d = depth[i];
      max = MAX (max, d);
      switch (op)
        {
        case OP_RETURN_VALUE: case OP_RAISE_VARARGS: case OP_RERAISE:
          break;
        case OP_JUMP:
          VISIT ((gsize) arg, d);
          break;
        case OP_FOR_ITER:
          max = MAX (max, d + 1);
          VISIT (i + 1, d + 1);
          VISIT ((gsize) arg, d - 1);
          break;
        case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE:
          VISIT (i + 1, d - 1);
          VISIT ((gsize) arg, d - 1);
          break;
        case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP:
          VISIT (i + 1, d - 1);
          VISIT ((gsize) arg, d);
          break;
        case OP_SETUP_FINALLY:
          {
            gboolean with = (gsize) arg < code->n_ops && code->ops[arg] == OP_WITH_EXCEPT_START;

            /* CPython's handler keeps the exception it replaces below the
             * new one (PUSH_EXC_INFO), and the handler's own cleanup pushes
             * lasti and the exception and copies a third item: three more
             * than the handler's base, a with's lasti one above that. */
            max = MAX (max, d + (with ? 5 : 4));
            VISIT (i + 1, d);
            VISIT ((gsize) arg, d + 2);
          }
          break;
        case OP_POP_EXCEPT:
          /* drops the exception that PUSH_EXC_INFO kept (see above) */
          max = MAX (max, d);
          VISIT (i + 1, d - 1);
          break;
        case OP_SEND:
          VISIT (i + 1, d);
          VISIT ((gsize) arg, d - 1);
          break;
        default:
          d += stack_effect (op, arg);
          max = MAX (max, d);
          VISIT (i + 1, d);
        }
    }
#undef VISIT
  g_array_unref (work);
  g_free (depth);
  return (gsize) max;
}

void
pml_code_free (PmlCode *code)
{
  pml_xdecref (code->name_obj);
  pml_xdecref (code->qualname_obj);
  g_free (code->name);
  g_free (code->qualname);
  g_free (code->filename);
  g_free (code->ops);
  g_free (code->args);
  g_free (code->lines);
  g_free (code->cols);
  g_free (code->spans);
  g_free (code->reason_texts);
  g_ptr_array_unref (code->consts);
  g_ptr_array_unref (code->names);
  g_ptr_array_unref (code->varnames);
  g_ptr_array_unref (code->cellvars);
  g_ptr_array_unref (code->freevars);
  g_free (code);
}

/* Returns the module's code object; *arena receives the references the
 * parser's AST arena holds until the main module finishes. */
PmlObj *
pml_compile_module (const char *filename, const char *source, gsize len,
                               GPtrArray **arena, GError **error)
{
  Compiler c = { 0 };
  PmlNode *module;
  PmlCode *code;

  module = pml_parse (filename, source, len, error);
  if (module == NULL)
    return NULL;
  c.filename = filename;
  c.error = error;
  c.st = pml_symtable_build (module, filename, error);
  if (c.st == NULL)
    {
      pml_node_free (module);
      return NULL;
    }
  c.const_cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  c.arena = g_ptr_array_new ();
  fold_tree (&c, module);
  code = c.failed ? NULL : compile_scope (&c, c.st->top, "<module>", "<module>", module->v.module.body, NULL, module);
  g_hash_table_unref (c.const_cache);
  pml_symtable_free (c.st);
  pml_node_free (module);
  if (code == NULL)
    {
      for (guint i = 0; i < c.arena->len; i++)
        pml_decref (c.arena->pdata[i]);
      g_ptr_array_unref (c.arena);
      return NULL;
    }
  *arena = c.arena;
  return code->owner;
}
