/* pml-py-reason-narration.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "pml-py-interp-private.h"
#include "pml-py-opcodes.h"
#include "pml-py-reason.h"

/* Why a reference count changed, in the words a teacher would use: one
 * sentence per kind of cause, read from the side table of reasons
 * (pml-py-reason.c), the events around and the script's source. */


typedef struct
{
  PmlInterp  *interp;
  guint       index;
  const PmlObjEvent *ev;
  PmlObjEventKind kind;
  PmlReason   reason;
  guint       start, end;   /* the events the same cause made */
  const char *text;         /* the reason's text ("" when none) */
} Cause;

/* CPython's names of the instructions, for the causes told generically */
static const char *
op_name (guint8 op)
{
  static const char *const names[N_OPCODES] = {
    [OP_NOP] = "NOP", [OP_POP_TOP] = "POP_TOP", [OP_COPY] = "COPY", [OP_SWAP] = "SWAP",
    [OP_LOAD_CONST] = "LOAD_CONST", [OP_LOAD_NAME] = "LOAD_NAME", [OP_STORE_NAME] = "STORE_NAME",
    [OP_DELETE_NAME] = "DELETE_NAME", [OP_LOAD_GLOBAL] = "LOAD_GLOBAL", [OP_STORE_GLOBAL] = "STORE_GLOBAL",
    [OP_DELETE_GLOBAL] = "DELETE_GLOBAL", [OP_LOAD_FAST] = "LOAD_FAST", [OP_STORE_FAST] = "STORE_FAST",
    [OP_DELETE_FAST] = "DELETE_FAST", [OP_LOAD_DEREF] = "LOAD_DEREF", [OP_STORE_DEREF] = "STORE_DEREF",
    [OP_DELETE_DEREF] = "DELETE_DEREF", [OP_LOAD_CLOSURE] = "LOAD_CLOSURE", [OP_LOAD_ATTR] = "LOAD_ATTR",
    [OP_STORE_ATTR] = "STORE_ATTR", [OP_DELETE_ATTR] = "DELETE_ATTR", [OP_LOAD_METHOD] = "LOAD_METHOD",
    [OP_CALL] = "CALL", [OP_KW_NAMES] = "KW_NAMES", [OP_CALL_EX] = "CALL_FUNCTION_EX",
    [OP_BINARY_OP] = "BINARY_OP", [OP_INPLACE_OP] = "BINARY_OP", [OP_UNARY] = "UNARY_OP",
    [OP_COMPARE_OP] = "COMPARE_OP", [OP_IS_OP] = "IS_OP", [OP_CONTAINS_OP] = "CONTAINS_OP",
    [OP_BINARY_SUBSCR] = "BINARY_SUBSCR", [OP_STORE_SUBSCR] = "STORE_SUBSCR",
    [OP_DELETE_SUBSCR] = "DELETE_SUBSCR", [OP_BUILD_SLICE] = "BUILD_SLICE",
    [OP_BUILD_TUPLE] = "BUILD_TUPLE", [OP_BUILD_LIST] = "BUILD_LIST", [OP_BUILD_SET] = "BUILD_SET",
    [OP_BUILD_MAP] = "BUILD_MAP", [OP_BUILD_CONST_KEY_MAP] = "BUILD_CONST_KEY_MAP",
    [OP_LIST_EXTEND] = "LIST_EXTEND", [OP_SET_UPDATE] = "SET_UPDATE", [OP_LIST_APPEND] = "LIST_APPEND",
    [OP_SET_ADD] = "SET_ADD", [OP_MAP_ADD] = "MAP_ADD", [OP_LIST_TO_TUPLE] = "LIST_TO_TUPLE",
    [OP_UNPACK_SEQUENCE] = "UNPACK_SEQUENCE", [OP_UNPACK_EX] = "UNPACK_EX", [OP_GET_ITER] = "GET_ITER",
    [OP_FOR_ITER] = "FOR_ITER", [OP_JUMP] = "JUMP", [OP_POP_JUMP_IF_FALSE] = "POP_JUMP_IF_FALSE",
    [OP_POP_JUMP_IF_TRUE] = "POP_JUMP_IF_TRUE", [OP_JUMP_IF_FALSE_OR_POP] = "JUMP_IF_FALSE_OR_POP",
    [OP_JUMP_IF_TRUE_OR_POP] = "JUMP_IF_TRUE_OR_POP", [OP_RETURN_VALUE] = "RETURN_VALUE",
    [OP_MAKE_FUNCTION] = "MAKE_FUNCTION", [OP_LOAD_BUILD_CLASS] = "LOAD_BUILD_CLASS",
    [OP_YIELD_VALUE] = "YIELD_VALUE", [OP_FORMAT_VALUE] = "FORMAT_VALUE", [OP_BUILD_STRING] = "BUILD_STRING",
    [OP_RAISE_VARARGS] = "RAISE_VARARGS", [OP_SETUP_FINALLY] = "SETUP_FINALLY", [OP_POP_BLOCK] = "POP_BLOCK",
    [OP_POP_EXCEPT] = "POP_EXCEPT", [OP_RERAISE] = "RERAISE", [OP_CHECK_EXC_MATCH] = "CHECK_EXC_MATCH",
    [OP_IMPORT_NAME] = "IMPORT_NAME", [OP_IMPORT_FROM] = "IMPORT_FROM",
    [OP_LOAD_ASSERTION_ERROR] = "LOAD_ASSERTION_ERROR", [OP_PUSH_NULL] = "PUSH_NULL",
    [OP_RETURN_GENERATOR] = "RETURN_GENERATOR", [OP_DICT_MERGE] = "DICT_MERGE", [OP_DICT_UPDATE] = "DICT_UPDATE",
    [OP_BEFORE_WITH] = "BEFORE_WITH", [OP_WITH_EXCEPT_START] = "WITH_EXCEPT_START",
    [OP_GET_YIELD_FROM_ITER] = "GET_YIELD_FROM_ITER", [OP_SEND] = "SEND",
    [OP_SETUP_ANNOTATIONS] = "SETUP_ANNOTATIONS", [OP_MATCH_SEQUENCE] = "MATCH_SEQUENCE",
    [OP_MATCH_MAPPING] = "MATCH_MAPPING", [OP_MATCH_CLASS] = "MATCH_CLASS", [OP_MATCH_KEYS] = "MATCH_KEYS",
    [OP_GET_LEN] = "GET_LEN",
  };

  return op < N_OPCODES && names[op] != NULL ? names[op] : "?";
}

/* The script line running at event @index */
static gint32
line_at (PmlInterp *interp,
         guint      index)
{
  return pml_interp_get_reason_line (interp, index);
}

/* Line @line of the script, without its indentation, shortened */
static char *
line_text (PmlInterp *interp,
           gint32     line)
{
  PmlVM *vm = &interp->vm;
  const char *text;
  glong length;

  if (line <= 0 || (guint) line > vm->n_source_lines || vm->source_lines == NULL)
    return NULL;
  text = vm->source_lines[line - 1];
  while (*text == ' ' || *text == '\t')
    text++;
  length = g_utf8_strlen (text, -1);
  while (length > 0 && g_ascii_isspace (text[strlen (text) - 1]))
    {
      /* trailing blanks and the line end */
      g_autofree char *trimmed = g_strchomp (g_strdup (text));

      return length > 40 ? g_strdup_printf ("%.*s…", (int) (g_utf8_offset_to_pointer (trimmed, 39) - trimmed), trimmed)
                         : g_steal_pointer (&trimmed);
    }
  if (length > 40)
    return g_strdup_printf ("%.*s…", (int) (g_utf8_offset_to_pointer (text, 39) - text), text);
  return g_strdup (text);
}

static const char *
type_of (PmlInterp *interp,
         guint32    serial)
{
  const PmlObjInfo *info = pml_interp_get_object (interp, serial);

  return info != NULL && info->type_name != NULL ? info->type_name : "object";
}

/* Whether the same cause raised the count of this event's object before it */
static gboolean
increfed_before (const Cause *c)
{
  for (guint i = c->start; i < c->index; i++)
    {
      const PmlObjEvent *ev = pml_interp_get_event (c->interp, i);

      if (ev->serial == c->ev->serial && pml_obj_event_get_kind (ev) == PML_OBJ_EVENT_INCREF)
        return TRUE;
    }
  return FALSE;
}

/* Whether the same cause lowers the count of this event's object after it */
static gboolean
decrefed_after (const Cause *c)
{
  for (guint i = c->index + 1; i < c->end; i++)
    {
      const PmlObjEvent *ev = pml_interp_get_event (c->interp, i);

      if (ev->serial == c->ev->serial && pml_obj_event_get_kind (ev) == PML_OBJ_EVENT_DECREF)
        return TRUE;
    }
  return FALSE;
}

/* A namespace (a dict) counts a new name's key before the value, and the
 * value stack then drops the value: a str raised and not dropped again
 * is the key. (A fast local has no key.) */
static gboolean
is_new_key (const Cause *c)
{
  return (c->reason.op == OP_STORE_NAME || c->reason.op == OP_STORE_GLOBAL) &&
         g_strcmp0 (type_of (c->interp, c->ev->serial), "str") == 0 && !decrefed_after (c);
}

/* An instance's new attribute counts its name before its value: a str
 * raised before another raise of the same cause */
static gboolean
is_attribute_key (const Cause *c)
{
  if (g_strcmp0 (type_of (c->interp, c->ev->serial), "str") != 0)
    return FALSE;
  for (guint i = c->index + 1; i < c->end; i++)
    if (pml_obj_event_get_kind (pml_interp_get_event (c->interp, i)) == PML_OBJ_EVENT_INCREF)
      return TRUE;
  return FALSE;
}

/* del of a name in a namespace drops the key first, then the value */
static gboolean
is_deleted_key (const Cause *c)
{
  guint n = 0;

  if (c->reason.op != OP_DELETE_NAME && c->reason.op != OP_DELETE_GLOBAL)
    return FALSE;
  for (guint i = c->start; i < c->end; i++)
    if (pml_obj_event_get_kind (pml_interp_get_event (c->interp, i)) == PML_OBJ_EVENT_DECREF)
      {
        if (n == 0 && i != c->index)
          return FALSE;
        n++;
      }
  return n >= 2 && g_strcmp0 (type_of (c->interp, c->ev->serial), "str") == 0;
}

static char *
describe_store (const Cause *c,
                gboolean     up)
{
  g_autofree char *line = line_text (c->interp, line_at (c->interp, c->index));

  if (up && is_new_key (c))
    /* Translators: %s is a variable name; the namespace is the dict of a module's or a class's names */
    return g_strdup_printf (_("+1: the name `%s` becomes a key of the namespace"), c->text);
  if (up)
    {
      if (line != NULL)
        /* Translators: the first %s is a line of Python ("alias = data"), the second a variable name */
        return g_strdup_printf (_("+1: `%s` binds the name `%s`"), line, c->text);
      /* Translators: %s is a variable name */
      return g_strdup_printf (_("+1: the name `%s` is bound to it"), c->text);
    }
  if (increfed_before (c))
    /* Translators: %s is a variable name */
    return g_strdup_printf (_("−1: the value stack lets go of it; the name `%s` holds it now"), c->text);
  /* Translators: %s is a variable name */
  return g_strdup_printf (_("−1: `%s` is rebound; its old value loses a reference"), c->text);
}

static char *
describe_op (const Cause *c,
             gboolean     up)
{
  const char *name = c->text;
  g_autofree char *line = NULL;

  switch ((PmlOpcode) c->reason.op)
    {
    case OP_LOAD_NAME: case OP_LOAD_GLOBAL: case OP_LOAD_FAST: case OP_LOAD_DEREF:
      if (up)
        /* Translators: %s is a variable name; the value stack is where an instruction's operands wait */
        return g_strdup_printf (_("+1: `%s` is pushed on the value stack"), name);
      break;

    case OP_LOAD_CONST:
      if (up)
        return g_strdup_printf (_("+1: a constant of line %d is pushed on the value stack"),
                                line_at (c->interp, c->index));
      break;

    case OP_LOAD_CLOSURE:
      if (up)
        /* Translators: %s is a variable name */
        return g_strdup_printf (_("+1: the cell of `%s` is pushed to make a closure"), name);
      break;

    case OP_LOAD_ATTR:
    case OP_LOAD_METHOD:
      if (up)
        /* Translators: %s is an attribute's name */
        return g_strdup_printf (_("+1: attribute `%s` is read onto the value stack"), name);
      /* Translators: %s is an attribute's name */
      return g_strdup_printf (_("−1: the object whose `%s` was read leaves the value stack"), name);

    case OP_STORE_NAME: case OP_STORE_GLOBAL: case OP_STORE_FAST: case OP_STORE_DEREF:
      return describe_store (c, up);

    case OP_DELETE_NAME: case OP_DELETE_GLOBAL: case OP_DELETE_FAST: case OP_DELETE_DEREF:
      if (!up && is_deleted_key (c))
        /* Translators: %s is a variable name; the namespace is the dict of a module's or a class's names */
        return g_strdup_printf (_("−1: the name `%s` leaves the namespace"), name);
      if (!up)
        /* Translators: %s is a variable name; keep "del" as it is, it is Python */
        return g_strdup_printf (_("−1: `del %s` unbinds the name"), name);
      break;

    case OP_STORE_ATTR:
      if (up && is_attribute_key (c))
        /* Translators: %s is an attribute's name */
        return g_strdup_printf (_("+1: the name `%s` becomes a key of the object's attributes"), name);
      if (up)
        /* Translators: %s is an attribute's name */
        return g_strdup_printf (_("+1: stored as attribute `%s`"), name);
      /* Translators: %s is an attribute's name */
      return g_strdup_printf (_("−1: attribute `%s` is rebound; its old value loses a reference"), name);

    case OP_DELETE_ATTR:
      if (!up)
        /* Translators: %s is an attribute's name; keep "del" as it is, it is Python */
        return g_strdup_printf (_("−1: `del .%s` removes the attribute"), name);
      break;

    case OP_STORE_SUBSCR:
      if (up)
        return g_strdup (_("+1: stored in the container by an item assignment"));
      return g_strdup (_("−1: an item assignment replaces the old value, which loses a reference"));

    case OP_CALL:
      if (*name == '\0')
        break;
      if (c->kind == PML_OBJ_EVENT_NEW)
        /* Translators: %s is a function's name ("print", "Node", "append") */
        return g_strdup_printf (_("+1: made by the call to `%s`"), name);
      if (up)
        /* Translators: %s is a function's name ("print", "Node", "append") */
        return g_strdup_printf (_("+1: the call to `%s` takes a reference"), name);
      /* Translators: %s is a function's name ("print", "Node", "append") */
      return g_strdup_printf (_("−1: the call to `%s` drops a reference"), name);

    case OP_POP_TOP:
      if (!up)
        return g_strdup (_("−1: the value of the expression is not used: it is discarded"));
      break;

    case OP_BINARY_OP: case OP_INPLACE_OP: case OP_UNARY: case OP_COMPARE_OP:
    case OP_IS_OP: case OP_CONTAINS_OP: case OP_BINARY_SUBSCR:
      if (!up)
        return g_strdup (_("−1: an operand leaves the value stack once the operation is done"));
      if (c->reason.op == OP_BINARY_SUBSCR)
        return g_strdup (_("+1: the item read by the subscript is pushed on the value stack"));
      if (c->kind != PML_OBJ_EVENT_NEW)
        return g_strdup (_("+1: the result of the operation is pushed on the value stack"));
      break;

    case OP_FOR_ITER:
      if (up)
        return g_strdup (_("+1: the loop takes its next item"));
      return g_strdup (_("−1: the loop is over: its iterator is released"));

    case OP_GET_ITER:
      if (up)
        return g_strdup (_("+1: the loop's iterator holds on to what it walks"));
      return g_strdup (_("−1: the iterable leaves the value stack; the iterator holds it"));

    case OP_MAKE_FUNCTION:
      if (up && c->kind != PML_OBJ_EVENT_NEW)
        return g_strdup (_("+1: the new function holds on to it (its code, name or globals)"));
      break;

    case OP_LIST_EXTEND:
      if (!up)
        return g_strdup (_("−1: its items are copied into the list; it leaves the value stack"));
      break;

    case OP_COPY:
      if (up)
        return g_strdup (_("+1: the value is copied on the value stack"));
      break;

    case OP_IMPORT_NAME:
      if (up)
        /* Translators: %s is a module's name; keep "import" as it is, it is Python */
        return g_strdup_printf (_("+1: `import %s`"), name);
      break;

    default:
      break;
    }

  line = line_text (c->interp, line_at (c->interp, c->index));
  if (c->kind == PML_OBJ_EVENT_NEW && line != NULL)
    /* Translators: %s is a line of Python */
    return g_strdup_printf (_("+1: a new object, made by `%s`"), line);
  if (up)
    /* Translators: %d is a line number, %s a CPython instruction's name (BUILD_LIST) */
    return g_strdup_printf (_("+1: line %d takes a reference (%s)"), line_at (c->interp, c->index),
                            op_name (c->reason.op));
  /* Translators: %d is a line number, %s a CPython instruction's name (BUILD_LIST) */
  return g_strdup_printf (_("−1: line %d drops a reference (%s)"), line_at (c->interp, c->index),
                          op_name (c->reason.op));
}

static char *
describe_frame_clear (const Cause *c,
                      gboolean     up)
{
  const char *sep = strchr (c->text, '\037');
  g_autofree char *function = g_strndup (c->text, sep != NULL ? (gsize) (sep - c->text) : strlen (c->text));
  const char *local = sep != NULL ? sep + 1 : "";

  if (up)
    return NULL;
  if (strcmp (function, "<module>") == 0)
    return g_strdup (_("−1: the script's frame ends and lets go of it"));
  if (*local != '\0')
    /* Translators: the first %s is a function's name, the second its local variable's */
    return g_strdup_printf (_("−1: `%s` returns; its local `%s` is released"), function, local);
  /* Translators: %s is a function's name */
  return g_strdup_printf (_("−1: `%s` returns; its frame lets go of it"), function);
}

static char *
describe_cause (const Cause *c)
{
  gboolean up = c->kind == PML_OBJ_EVENT_INCREF || c->kind == PML_OBJ_EVENT_NEW;
  char *text = NULL;

  if (c->kind == PML_OBJ_EVENT_FREE)
    return g_strdup (_("0: nothing refers to it any more, so it is freed"));

  switch ((PmlReasonKind) c->reason.kind)
    {
    case PML_REASON_OP:
      text = describe_op (c, up);
      break;

    case PML_REASON_CALL_ARGS:
      if (!up && c->reason.number == 1)
        /* Translators: %s is a method's name ("append") */
        text = g_strdup_printf (_("−1: the call to `%s` is over; the object it was called on leaves the value stack"),
                                c->text);
      else if (!up)
        /* Translators: %s is a function's name ("getrefcount") */
        text = g_strdup_printf (_("−1: the argument of `%s` is released"), c->text);
      break;

    case PML_REASON_CALL_CALLABLE:
      if (!up)
        /* Translators: %s is a function's name ("print") */
        text = g_strdup_printf (_("−1: the call to `%s` is over; it leaves the value stack"), c->text);
      break;

    case PML_REASON_STACK_POP:
      if (!up && c->reason.op == OP_STORE_ATTR)
        /* Translators: %s is an attribute's name */
        text = g_strdup_printf (_("−1: the value stack lets go of it after `.%s = …`"), c->text);
      else if (!up)
        text = g_strdup (_("−1: the value stack lets go of it after the item assignment"));
      break;

    case PML_REASON_FRAME_CLEAR:
      text = describe_frame_clear (c, up);
      break;

    case PML_REASON_DEALLOC:
      if (c->ev->serial == c->reason.arg)
        break;
      /* Translators: %s is a Python type name ("list", "Node") */
      text = up ? g_strdup_printf (_("+1: while the %s that held it is freed"), type_of (c->interp, c->reason.arg))
                : g_strdup_printf (_("−1: the %s that held it is freed and lets go of it"),
                                   type_of (c->interp, c->reason.arg));
      break;

    case PML_REASON_ITEM_STORE:
      if (up)
        text = g_strdup_printf (_("+1: stored as item [%u] of the list"), (guint) c->reason.number);
      break;

    case PML_REASON_ITEM_OVERWRITE:
      if (!up)
        text = g_strdup_printf (_("−1: item [%u] of the list is overwritten; its old value loses a reference"),
                                (guint) c->reason.number);
      break;

    case PML_REASON_GC_CLEAR:
      if (c->ev->serial == c->reason.arg)
        text = up ? g_strdup (_("+1: the collector holds it while it clears it"))
                  : g_strdup (_("−1: the collector lets go of it after clearing it"));
      else if (!up)
        /* Translators: %s is a Python type name ("Node") */
        text = g_strdup_printf (_("−1: the collector breaks the cycle: it clears the %s that held it"),
                                type_of (c->interp, c->reason.arg));
      break;

    case PML_REASON_SHUTDOWN_NAME:
      /* Translators: %s is a variable name */
      text = up ? g_strdup_printf (_("+1: at exit, the name `%s` is set to None"), c->text)
                : g_strdup_printf (_("−1: at exit, the name `%s` is set to None and lets go of it"), c->text);
      break;

    case PML_REASON_SHUTDOWN:
      text = up ? g_strdup (_("+1: the interpreter tears down at exit"))
                : g_strdup (_("−1: the interpreter tears down at exit"));
      break;

    case PML_REASON_NONE:
    default:
      break;
    }
  if (text != NULL)
    return text;
  if (c->reason.kind == PML_REASON_NONE && line_at (c->interp, c->index) == 0)
    return g_strdup (up ? _("+1: the interpreter starts up") : _("−1: the interpreter starts up"));
  if (c->kind == PML_OBJ_EVENT_NEW)
    return g_strdup (_("+1: a new object"));
  return g_strdup (up ? _("+1: the interpreter's own work") : _("−1: the interpreter's own work"));
}

char *
pml_interp_describe_reason (PmlInterp *interp,
                            guint      index)
{
  Cause c = { interp, index, NULL, 0, { 0 }, 0, 0, "" };

  g_return_val_if_fail (interp != NULL, NULL);

  if (index >= pml_interp_get_n_events (interp))
    return NULL;
  c.ev = pml_interp_get_event (interp, index);
  c.kind = pml_obj_event_get_kind (c.ev);
  if (c.kind != PML_OBJ_EVENT_NEW && c.kind != PML_OBJ_EVENT_INCREF &&
      c.kind != PML_OBJ_EVENT_DECREF && c.kind != PML_OBJ_EVENT_FREE)
    return NULL;
  if (!pml_interp_get_reason_range (interp, index, &c.reason, &c.start, &c.end))
    return NULL;
  if (c.reason.kind != PML_REASON_DEALLOC && c.reason.kind != PML_REASON_GC_CLEAR &&
      c.reason.kind != PML_REASON_ITEM_STORE && c.reason.kind != PML_REASON_ITEM_OVERWRITE)
    c.text = pml_interp_get_reason_text (interp, c.reason.arg);
  return describe_cause (&c);
}
