/* pml-py-weakref.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pml-py-type.h"

G_BEGIN_DECLS

/* What the weakref types (pml-py-weakref.c, pml-py-weakref-subtypes.c,
 * pml-py-weakproxy.c) and the _weakref module share. */

gboolean  pml_is_weakref        (PmlObj *o);   /* PyWeakref_Check: a ref, a subclass or a proxy */
gboolean  pml_is_weakproxy      (PmlObj *o);
PmlObj   *pml_weakref_new_of_type (PmlObj *type, PmlObj *referent, PmlObj *callback);
PmlObj   *pml_weakproxy_new     (PmlObj *referent, PmlObj *callback);
gint64    pml_weakref_count     (PmlObj *o);
void      pml_weakref_note_cleared (PmlObj *wr, PmlObj *referent);
void      pml_weakref_call_callback (PmlObj *wr, PmlObj *callback);

/* the slots of ref, which its subclasses reuse */
PmlObj   *pml_weakref_repr      (PmlObj *o);
PmlObj   *pml_weakref_call      (PmlObj *o, PmlObj **args, gsize nargs, PmlObj *kwnames);
gint64    pml_weakref_hash      (PmlObj *o, gboolean *ok);
PmlObj   *pml_weakref_richcompare (PmlObj *a, PmlObj *b, int op);
PmlObj   *pml_weakref_getattro  (PmlObj *o, PmlObj *name);
gboolean  pml_weakref_dealloc   (PmlObj *o);
void      pml_weakref_traverse  (PmlObj *o, PmlVisitFunc visit, gpointer data);
void      pml_weakref_clear_slot (PmlObj *o);
void      pml_weakref_referents (PmlObj *o, PmlEdgeFunc edge, gpointer data);

extern const PmlTypeSlots pml_keyedref_slots;
extern const PmlTypeSlots pml_weakmethod_slots;
extern const PmlTypeSlots pml_weakproxy_slots;
extern const PmlTypeSlots pml_weakcallableproxy_slots;

G_END_DECLS
