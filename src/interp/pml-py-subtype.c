/* pml-py-subtype.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-subtype.h"

/* Classes derived from built-in types, as CPython 3.11 lays them out. An
 * instance is the built-in object (its kind and the union's payload)
 * with the class's layout: a managed dict in the pre-header and a weakref
 * pointer, or, for tuple, int and bytes, the dict pointer at the end of
 * the items. Its attributes live in sub_attrs. Each base's tp_new makes
 * an instance of the subclass the way its X_subtype_new does (the
 * immutable ones build the plain object first, then copy it), tp_init
 * fills the mutable ones, and the instance's dealloc is subtype_dealloc:
 * __del__, the weak references, the attributes, then the base's own
 * dealloc (which parks nothing on a free list for a subclass). */

#define ROUND8(n) (((n) + 7) & ~(gsize) 7)
#define SET_MINSIZE 8

/* ---- calling a type ---- */

PmlObj *
pml_tp_call (PmlObj *type, PmlNewFunc tp_new, PmlObj *(*tp_init) (PmlObj *, PmlObj **, gsize, PmlObj *),
             PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlTpCallArgs packed;
  PmlObj *self, *r;

  if (!pml_tp_call_args_init (&packed, args, nargs, kwnames))
    return NULL;
  self = tp_new (type, args, nargs, kwnames);
  if (self != NULL && tp_init != NULL)
    {
      r = tp_init (self, args, nargs, kwnames);
      if (r == NULL)
        PML_CLEAR (self);
      pml_xdecref (r);
    }
  pml_tp_call_args_clear (&packed);
  return self;
}

PmlObj *pml_builtin_method_lookup (PmlObj *self, const char *name);

PmlObj *
pml_call_special (PmlObj *o, const char *name, PmlObj **args, gsize nargs, gboolean *found)
{
  PmlObj *meth = pml_mro_lookup (o->type, name), *bound, *r;

  *found = meth != NULL;
  if (meth == NULL)
    return NULL;
  pml_incref (meth);
  bound = meth->kind == K_BUILTIN && (meth->flags & OBJ_METHOD_DESCR) ? pml_builtin_method_lookup (o, name)
          : pml_descr_kind (meth) != 0 ? pml_descr_get (meth, o, o->type) : pml_incref (meth);
  pml_decref (meth);
  if (bound == NULL)
    return NULL;
  pml_native_hold (bound, "the method being called");
  r = pml_call_from_c (bound, args, nargs);
  pml_native_release (1);
  pml_decref (bound);
  return r;
}

PmlObj *
pml_object_state (PmlObj *o)
{
  PmlInstAttrs *a = pml_inst_attrs (o);
  gboolean empty = TRUE;

  if (a != NULL && a->dict != NULL)
    empty = pml_len (a->dict) == 0;
  else if (a != NULL && a->values != NULL)
    for (gsize i = 0; i < a->nvalues && empty; i++)
      empty = a->values[i] == NULL;
  if (empty)
    return pml_incref (NONE);
  return pml_getattr_cstr (o, "__dict__");
}

/* ---- allocation ---- */

static gsize
count_slots (PmlObj *type)
{
  gsize n = 0;

  for (PmlObj *t = type; t != NULL && !t->u.ty.builtin; t = t->u.ty.base)
    if (t->u.ty.slots != NULL)
      n += t->u.ty.slots->u.t.n;
  return n;
}

/* PyType_GenericAlloc: the class's layout, with one more item than asked
   for the types with items; tracked */
PmlObj *
pml_subtype_alloc (PmlObj *type, gsize nitems)
{
  gsize size = type->u.ty.basicsize;
  gsize nslots = count_slots (type);
  PmlObj *o;

  if (type->u.ty.itemsize != 0)
    size = ROUND8 (size + (nitems + 1) * type->u.ty.itemsize);
  o = pml_obj_new (type, type->u.ty.inst_kind, pml_obj_presize (type) + size, TRUE);
  if (o == NULL)
    return NULL;
  o->sub_attrs = g_new0 (PmlInstAttrs, 1);
  if (nslots > 0)
    {
      o->sub_attrs->slots = g_new0 (PmlObj *, nslots);
      o->sub_attrs->nslots = nslots;
    }
  pml_gc_track (o);
  return o;
}

/* ---- dict, list, set: made empty, filled by tp_init ---- */

static PmlObj *
dict_tp_new (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *d;

  (void) args;
  (void) nargs;
  (void) kwnames;
  if (type == TYPE (T_DICT))
    return pml_dict_new ();
  d = pml_subtype_alloc (type, 0);
  if (d != NULL)
    d->u.d.unicode = TRUE;
  return d;
}

/* dict_update_common: a mapping or pairs, then the keywords */
static PmlObj *
dict_tp_init (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gsize npos = pml_positional (nargs, kwnames);

  if (npos > 1)
    return pml_err_set (T_TYPE_ERROR, "dict expected at most 1 argument, got %zu", npos);
  if (npos == 1 && pml_dict_update_from (self, args[0]) == NULL)
    return NULL;
  for (gsize i = npos; i < nargs; i++)
    if (!pml_dict_set (self, kwnames->u.t.items[i - npos], args[i]))
      return NULL;
  return pml_incref (NONE);
}

static PmlObj *
list_tp_new (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) args;
  (void) nargs;
  (void) kwnames;
  return type == TYPE (T_LIST) ? pml_list_new (0) : pml_subtype_alloc (type, 0);
}

static PmlObj *
list_tp_init (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  NO_KW ("list");
  if (nargs > 1)
    return pml_err_set (T_TYPE_ERROR, "list expected at most 1 argument, got %zu", nargs);
  return pml_list_init_from (self, nargs ? args[0] : NULL) ? pml_incref (NONE) : NULL;
}

/* make_new_set: an empty table of PySet_MINSIZE entries */
static PmlObj *
new_set (PmlObj *type)
{
  PmlObj *s = pml_subtype_alloc (type, 0);

  if (s == NULL)
    return NULL;
  s->u.set.table = g_new0 (PmlDictEntry, SET_MINSIZE);
  s->u.set.mask = SET_MINSIZE - 1;
  s->u.set.hash = -1;
  return s;
}

static PmlObj *
set_tp_new (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) args;
  (void) nargs;
  NO_KW ("set");
  return type == TYPE (T_SET) ? pml_set_new (K_SET) : new_set (type);
}

static PmlObj *
set_tp_init (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  NO_KW ("set");
  if (nargs > 1)
    return pml_err_set (T_TYPE_ERROR, "%s expected at most 1 argument, got %zu", pml_type_name (self), nargs);
  if (self->u.set.fill > 0)
    pml_set_clear (self);
  self->u.set.hash = -1;
  if (nargs == 1 && !pml_set_update (self, args[0]))
    return NULL;
  return pml_incref (NONE);
}

/* frozenset_new: a subclass's instance is filled at once */
static PmlObj *
frozenset_tp_new (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *s;

  if (type == TYPE (T_FROZENSET))
    return pml_frozenset_slots.new_instance (type, args, nargs, kwnames);
  NO_KW ("frozenset");
  if (nargs > 1)
    return pml_err_set (T_TYPE_ERROR, "frozenset expected at most 1 argument, got %zu", nargs);
  s = new_set (type);
  if (s != NULL && nargs == 1 && !pml_set_update (s, args[0]))
    PML_CLEAR (s);
  return s;
}

/* ---- the immutable types: the plain object first, then a copy ---- */

static PmlObj *
tuple_tp_new (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *tmp = pml_tuple_slots.new_instance (TYPE (T_TUPLE), args, nargs, kwnames), *t;
  gsize n;

  if (tmp == NULL || type == TYPE (T_TUPLE))
    return tmp;
  n = tmp->u.t.n;
  t = pml_subtype_alloc (type, n);
  if (t != NULL)
    {
      t->u.t.items = g_new0 (PmlObj *, MAX (n, 1));
      t->u.t.n = n;
      for (gsize i = 0; i < n; i++)
        t->u.t.items[i] = pml_incref (tmp->u.t.items[i]);
    }
  pml_decref (tmp);
  return t;
}

static PmlObj *
float_tp_new (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *tmp = pml_float_slots.new_instance (TYPE (T_FLOAT), args, nargs, kwnames), *f;

  if (tmp == NULL || type == TYPE (T_FLOAT))
    return tmp;
  f = pml_subtype_alloc (type, 0);
  if (f != NULL)
    f->u.f = tmp->u.f;
  pml_decref (tmp);
  return f;
}

/* long_subtype_new: as many digits as the value has, at least one */
static PmlObj *
int_tp_new (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *tmp = pml_int_slots.new_instance (TYPE (T_INT), args, nargs, kwnames), *i;

  if (tmp == NULL || type == TYPE (T_INT))
    return tmp;
  i = pml_subtype_alloc (type, (pml_int_sizeof (tmp) - 24) / 4);
  if (i != NULL)
    {
      i->u.i.v = tmp->u.i.v;
      i->u.i.big = tmp->u.i.big ? pml_bigint_copy (tmp->u.i.big) : NULL;
    }
  pml_decref (tmp);
  return i;
}

/* unicode_subtype_new: the object, then its characters in a block of
   their own (a legacy, not compact, string) */
static PmlObj *
str_tp_new (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  static const guint8 char_size[] = { 1, 1, 2, 4 };
  PmlObj *tmp = pml_str_slots.new_instance (TYPE (T_STR), args, nargs, kwnames), *s;

  if (tmp == NULL || type == TYPE (T_STR))
    return tmp;
  s = pml_subtype_alloc (type, 0);
  if (s != NULL)
    {
      s->sub_attrs->data_addr = pml_mem_alloc ((tmp->u.s.len + 1) * char_size[tmp->u.s.skind]);
      s->u.s.s = g_strndup (tmp->u.s.s, tmp->u.s.nbytes);
      s->u.s.nbytes = tmp->u.s.nbytes;
      s->u.s.len = tmp->u.s.len;
      s->u.s.skind = tmp->u.s.skind;
      s->u.s.hash = tmp->u.s.hash;
      if (s->sub_attrs->data_addr == 0)
        PML_CLEAR (s);
    }
  pml_decref (tmp);
  return s;
}

static PmlObj *
bytes_tp_new (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *tmp = pml_bytes_slots.new_instance (TYPE (T_BYTES), args, nargs, kwnames), *b;

  if (tmp == NULL || type == TYPE (T_BYTES))
    return tmp;
  b = pml_subtype_alloc (type, tmp->u.b.len);
  if (b != NULL)
    {
      b->u.b.data = g_malloc0 (tmp->u.b.len + 1);
      memcpy (b->u.b.data, tmp->u.b.data, tmp->u.b.len);
      b->u.b.len = tmp->u.b.len;
    }
  pml_decref (tmp);
  return b;
}

/* ---- sizes ---- */

static PmlObj *
root_of (PmlObj *o)
{
  return pml_subtype_root (o->type);
}

/* the types whose __sizeof__ starts from tp_basicsize: the plain
   object's size, grown by what the subclass adds */
gsize
pml_subtype_sizeof_by_basicsize (PmlObj *o)
{
  PmlObj *root = root_of (o);
  gsize plain = root->u.ty.tp->size_of (o);

  return plain - pml_obj_presize (root) - root->u.ty.basicsize
         + pml_obj_presize (o->type) + o->type->u.ty.basicsize;
}

/* int's __sizeof__ counts its digits only */
static gsize
int_subtype_sizeof (PmlObj *o)
{
  return pml_int_sizeof (o) + pml_obj_presize (o->type);
}

static gsize
str_basicsize (void)
{
  return PRESET_MINOR () <= 11 ? 80 : 64;   /* PyUnicodeObject */
}

/* a legacy string: the object and its characters with their NUL */
static gsize
str_subtype_sizeof (PmlObj *o)
{
  static const guint8 char_size[] = { 1, 1, 2, 4 };

  return str_basicsize () + (o->u.s.len + 1) * char_size[o->u.s.skind] + pml_obj_presize (o->type);
}

/* ---- the bases ---- */

static const char *const defaultdict_members[] = { "default_factory", NULL };
static const char *const deque_members[] = { "maxlen", NULL };

static const PmlSubtypeBase bases[] = {
  { T_DICT, 0, FALSE, FALSE, dict_tp_new, dict_tp_init, pml_subtype_sizeof_by_basicsize, NULL, NULL },
  { T_LIST, 0, FALSE, FALSE, list_tp_new, list_tp_init, pml_subtype_sizeof_by_basicsize, NULL, NULL },
  { T_SET, 0, TRUE, FALSE, set_tp_new, set_tp_init, pml_subtype_sizeof_by_basicsize, NULL, NULL },
  { T_FROZENSET, 0, TRUE, FALSE, frozenset_tp_new, NULL, pml_subtype_sizeof_by_basicsize, NULL, NULL },
  { T_TUPLE, 8, FALSE, FALSE, tuple_tp_new, NULL, pml_subtype_sizeof_by_basicsize, NULL, NULL },
  { T_FLOAT, 0, FALSE, FALSE, float_tp_new, NULL, pml_subtype_sizeof_by_basicsize, NULL, NULL },
  { T_INT, 4, FALSE, FALSE, int_tp_new, NULL, int_subtype_sizeof, NULL, NULL },
  { T_STR, 0, FALSE, FALSE, str_tp_new, NULL, str_subtype_sizeof, str_basicsize, NULL },
  { T_BYTES, 1, FALSE, FALSE, bytes_tp_new, NULL, pml_subtype_sizeof_by_basicsize, NULL, NULL },
  { T_DEFAULTDICT, 0, FALSE, FALSE, pml_defaultdict_tp_new, pml_defaultdict_tp_init, pml_subtype_sizeof_by_basicsize,
    NULL, defaultdict_members },
  { T_DEQUE, 0, TRUE, FALSE, pml_deque_tp_new, pml_deque_tp_init, pml_subtype_sizeof_by_basicsize, NULL, deque_members },
  { T_ORDEREDDICT, 0, TRUE, TRUE, pml_odict_tp_new, pml_odict_tp_init, pml_subtype_sizeof_by_basicsize, NULL, NULL },
};

/* the entry of a built-in type classes may derive from, or NULL */
const PmlSubtypeBase *
pml_subtype_base (PmlObj *builtin)
{
  for (guint i = 0; i < G_N_ELEMENTS (bases); i++)
    if (TYPE (bases[i].id) == builtin)
      return &bases[i];
  return NULL;
}

gsize
pml_subtype_base_basicsize (const PmlSubtypeBase *base)
{
  return base->basicsize != NULL ? base->basicsize () : TYPE (base->id)->u.ty.basicsize;
}

PmlObj *
pml_subtype_root (PmlObj *type)
{
  while (type != NULL && !type->u.ty.builtin)
    type = type->u.ty.base;
  return type;
}

/* tp_new of a class without __new__ of its own: its built-in base's */
PmlObj *
pml_subtype_new (PmlObj *type, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  const PmlSubtypeBase *base = pml_subtype_base (pml_subtype_root (type));

  if (base == NULL)
    return pml_instance_new (type);
  return base->tp_new (type, args, nargs, kwnames);
}

/* tp_init of a class without __init__ of its own: its built-in base's,
   or object's, which ignores the arguments tp_new took */
gboolean
pml_subtype_init (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  const PmlSubtypeBase *base = pml_subtype_base (pml_subtype_root (self->type));
  PmlObj *r;

  if (base == NULL || base->tp_init == NULL)
    return TRUE;
  r = base->tp_init (self, args, nargs, kwnames);
  pml_xdecref (r);
  return r != NULL;
}

/* ---- the instance's slots ---- */

gboolean pml_instance_finalize (PmlObj *o);

static void
attrs_clear (PmlInstAttrs *a)
{
  for (gsize i = 0; i < a->nslots; i++)
    PML_CLEAR (a->slots[i]);
  if (a->values != NULL)
    for (gsize i = 0; i < a->nvalues; i++)
      PML_CLEAR (a->values[i]);
  PML_CLEAR (a->dict);
}

/* subtype_dealloc */
static gboolean
subtype_dealloc (PmlObj *o)
{
  const PmlTypeSlots *base = root_of (o)->u.ty.tp;
  PmlInstAttrs *a = o->sub_attrs;
  guint64 data_addr = a->data_addr;

  if (!pml_instance_finalize (o))
    return TRUE;   /* resurrected by __del__ */
  if (o->weakrefs != NULL)
    pml_weakrefs_clear_all (o, TRUE);
  attrs_clear (a);
  g_free (a->slots);
  if (a->values != NULL)
    {
      g_free (a->values);
      pml_mem_free (a->values_addr);
    }
  g_free (a);
  o->sub_attrs = NULL;
  if (base->dealloc != NULL && base->dealloc (o))
    return TRUE;
  pml_mem_free (data_addr);
  return FALSE;
}

/* subtype_traverse: the slots, the dict, the class, then the base's */
static void
subtype_traverse (PmlObj *o, PmlVisitFunc visit, gpointer data)
{
  const PmlTypeSlots *base = root_of (o)->u.ty.tp;
  PmlInstAttrs *a = o->sub_attrs;

  if (a != NULL)
    {
      for (gsize i = 0; i < a->nslots; i++)
        PML_VISIT (a->slots[i]);
      if (a->values != NULL)
        for (gsize i = 0; i < a->nvalues; i++)
          PML_VISIT (a->values[i]);
      PML_VISIT (a->dict);
    }
  PML_VISIT (o->type);
  if (base->traverse != NULL)
    base->traverse (o, visit, data);
}

/* subtype_clear: the attributes, then the base's tp_clear */
static void
subtype_clear (PmlObj *o)
{
  const PmlTypeSlots *base = root_of (o)->u.ty.tp;

  if (o->sub_attrs != NULL)
    attrs_clear (o->sub_attrs);
  if (base->clear != NULL)
    base->clear (o);
}

/* the base's references, unnamed, when it has no names for them */
typedef struct
{
  PmlEdgeFunc edge;
  gpointer    data;
} EdgeAdapter;

static gboolean
visit_as_edge (PmlObj *ref, gpointer data)
{
  EdgeAdapter *adapter = data;

  return adapter->edge (ref, NULL, FALSE, adapter->data);
}

static void
subtype_referents (PmlObj *o, PmlEdgeFunc edge, gpointer data)
{
  const PmlTypeSlots *base = root_of (o)->u.ty.tp;
  PmlInstAttrs *a = o->sub_attrs;
  PmlObj *slots = o->type->u.ty.slots;

  if (a != NULL)
    {
      for (gsize i = 0; i < a->nslots; i++)
        if (edge (a->slots[i], slots != NULL && i < slots->u.t.n ? pml_name_label (slots->u.t.items[i]) : NULL,
                  FALSE, data))
          return;
      if (edge (a->dict, "__dict__", FALSE, data))
        return;
    }
  if (base->referents != NULL)
    base->referents (o, edge, data);
  else if (base->traverse != NULL)
    {
      EdgeAdapter adapter = { edge, data };

      base->traverse (o, visit_as_edge, &adapter);
    }
}

static void
subtype_free_host (PmlObj *o)
{
  const PmlTypeSlots *base = root_of (o)->u.ty.tp;
  PmlInstAttrs *a = o->sub_attrs;

  if (base->free_host != NULL)
    base->free_host (o);
  if (a != NULL)
    {
      g_free (a->slots);
      g_free (a->values);
      g_free (a);
      o->sub_attrs = NULL;
    }
}

static gsize
subtype_sizeof (PmlObj *o)
{
  return pml_subtype_base (root_of (o))->size_of (o);
}

static gboolean
is_member (PmlObj *o, PmlObj *name)
{
  const char *const *members = pml_subtype_base (root_of (o))->members;

  for (guint i = 0; members != NULL && members[i] != NULL; i++)
    if (strcmp (members[i], name->u.s.s) == 0)
      return TRUE;
  return FALSE;
}

/* the built-in base's own members (deque.maxlen), then the class's way */
static PmlObj *
subtype_getattro (PmlObj *o, PmlObj *name)
{
  if (is_member (o, name))
    return root_of (o)->u.ty.tp->getattro (o, name);
  return pml_instance_getattro (o, name);
}

static gboolean
subtype_setattro (PmlObj *o, PmlObj *name, PmlObj *v)
{
  if (is_member (o, name))
    return root_of (o)->u.ty.tp->setattro (o, name, v);
  return pml_instance_setattro (o, name, v);
}

/* a class derived from a built-in type: its base's table, with the
   instance's memory handled as subtype_dealloc and friends do */
void
pml_subtype_fixup_slots (PmlObj *type, PmlTypeSlots *tp)
{
  if (pml_subtype_base (pml_subtype_root (type))->members != NULL)
    {
      tp->getattro = subtype_getattro;
      tp->setattro = subtype_setattro;
    }
  tp->dealloc = subtype_dealloc;
  tp->traverse = subtype_traverse;
  tp->clear = subtype_clear;
  tp->referents = subtype_referents;
  tp->free_host = subtype_free_host;
  tp->size_of = subtype_sizeof;
}
