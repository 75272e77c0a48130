/* pml-py-reason.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "pml-py.h"

G_BEGIN_DECLS

/* Why a reference count changed. The event stream stays 8 bytes an
 * event: a side table holds one PmlReason wherever the cause changes
 * (about one per instruction that touches a count), and an event's
 * cause is the last entry at or before it. */
typedef enum
{
  PML_REASON_NONE,          /* C code outside any instruction: start-up */
  PML_REASON_OP,            /* an instruction: op, number its argument, arg its name's text */
  PML_REASON_CALL_ARGS,     /* a call's arguments leave the value stack; arg: the callee's text,
                               number 1 for the object a method was called on */
  PML_REASON_CALL_CALLABLE, /* the called object leaves the value stack; arg: the callee's text */
  PML_REASON_STACK_POP,     /* an instruction's operands leave the value stack; op, arg as OP */
  PML_REASON_FRAME_CLEAR,   /* a frame ends; arg: "function\037local" ("function\037" past the locals) */
  PML_REASON_DEALLOC,       /* an object being freed lets go of what it held; arg: its serial */
  PML_REASON_ITEM_STORE,    /* stored as item [number] of a list; arg: the list's serial */
  PML_REASON_ITEM_OVERWRITE,/* item [number] of a list replaced; arg: the list's serial */
  PML_REASON_GC_CLEAR,      /* the collector's tp_clear; arg: the object cleared */
  PML_REASON_SHUTDOWN,      /* the interpreter tears down at exit */
  PML_REASON_SHUTDOWN_NAME, /* a module's name set to None at exit; arg: the name's text */
} PmlReasonKind;

/* An entry as the narration reads it; the table keeps it in 8 bytes
 * (PmlReasonEntry) */
typedef struct
{
  guint32 index;            /* the first event it explains */
  guint8  kind;             /* PmlReasonKind */
  guint8  op;               /* PML_REASON_OP, _STACK_POP: the opcode */
  guint32 number;           /* a slot; 1 for the object a method was called on */
  guint32 arg;              /* a text (pml_reason_text) or an object's serial */
} PmlReason;

/* kind in the low 4 bits, then 28 bits: for an instruction, its opcode
 * (7 bits) and its text (21 bits); for a slot, its number; for a call's
 * arguments, the self flag and the text (27 bits); else the text or the
 * serial. What does not fit is 0: "a name", "an object". */
typedef struct
{
  guint32 index;
  guint32 cause;
} PmlReasonEntry;

#define PML_REASON_NO_NUMBER ((1u << 28) - 1)

gboolean    pml_interp_get_reason_range (PmlInterp *interp,
                                         guint      index,
                                         PmlReason *out,
                                         guint     *start,
                                         guint     *end);
gint32      pml_interp_get_reason_line  (PmlInterp *interp,
                                         guint      index);
const char *pml_interp_get_reason_text  (PmlInterp *interp,
                                         guint32    id);

G_END_DECLS
