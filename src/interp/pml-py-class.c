/* pml-py-class.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-subtype.h"
#include "pml-py-symtable.h"
#include "pml-object-sizes.h"

/* Classes and their instances as CPython 3.11 lays them out: a managed
 * dict whose values array is sized from the class's shared keys, or
 * __slots__; __del__ called once (PEP 442) with resurrection; weak
 * references cleared after it. */

void pml_exc_free_traceback (PmlObj *exc);

PmlObj *
pml_type_new_builtin (const char *name, PmlKind kind, PmlObj *base, gsize basicsize, gboolean gc)
{
  PmlObj *t = pml_obj_new_static (VM->types[T_TYPE], K_TYPE);

  t->u.ty.name = g_strdup (name);
  t->u.ty.base = base;
  t->u.ty.inst_kind = kind;
  t->u.ty.basicsize = basicsize;
  t->u.ty.builtin = TRUE;
  (void) gc;
  return t;
}

PmlObj *
pml_builtin_new (const char *name, PmlBuiltinFunc fn, PmlObj *self)
{
  PmlObj *b = pml_obj_new_static (TYPE (T_BUILTIN), K_BUILTIN);

  b->u.bf.fn = fn;
  b->u.bf.name = name;
  b->u.bf.self = self ? pml_incref (self) : NULL;
  b->flags |= OBJ_GC;
  pml_gc_track (b);
  return b;
}

static PmlObj *
lookup_in_mro (PmlObj *type, const char *name)
{
  return pml_mro_lookup (type, name);
}

PmlObj *
pml_type_lookup (PmlObj *type, PmlObj *name)
{
  return lookup_in_mro (type, name->u.s.s);
}

static gboolean
collect_slots (PmlObj *slots, GPtrArray *names, const char *class_name)
{
  PmlObj *it, *item;

  if (slots->kind == K_STR)
    {
      const char *member = pml_mangle_name (class_name, slots->u.s.s);

      g_ptr_array_add (names, member == slots->u.s.s ? pml_incref (slots) : pml_str_intern_cstr (member));
      return TRUE;
    }
  it = pml_iter (slots);
  if (it == NULL)
    return FALSE;
  while ((item = pml_iter_next_owned (it)) != NULL)
    {
      if (item->kind != K_STR)
        {
          pml_err_set (T_TYPE_ERROR, "__slots__ items must be strings, not '%s'", pml_type_name (item));
          pml_decref (item);
          pml_decref (it);
          return FALSE;
        }
      /* a private slot's member is named as self.__x reads it */
      const char *member = pml_mangle_name (class_name, item->u.s.s);

      if (member == item->u.s.s)
        g_ptr_array_add (names, pml_str_intern (item));
      else
        {
          g_ptr_array_add (names, pml_str_intern_cstr (member));
          pml_decref (item);
        }
    }
  pml_decref (it);
  return !pml_err_occurred ();
}

/* solid_base: the nearest class that adds fields to the instance layout
   (__slots__, or a built-in exception with fields of its own) */
static PmlObj *
solid_base (PmlObj *t)
{
  while (t->u.ty.base != NULL)
    {
      /* an empty __slots__ adds no field (the mixins of collections.abc) */
      if (t->u.ty.builtin ? t->u.ty.basicsize != t->u.ty.base->u.ty.basicsize
          : t->u.ty.slots != NULL && t->u.ty.slots->u.t.n > 0)
        return t;
      t = t->u.ty.base;
    }
  return t;
}

/* best_base: the base whose layout the new class extends; bases whose
   solid bases are unrelated cannot be combined */
static PmlObj *
best_base (PmlObj *bases)
{
  PmlObj *best = NULL, *best_solid = NULL;

  for (gsize i = 0; i < bases->u.t.n; i++)
    {
      PmlObj *b = bases->u.t.items[i], *solid = solid_base (b);

      if (best == NULL)
        {
          best = b;
          best_solid = solid;
        }
      else if (pml_type_is_subtype (solid, best_solid))
        {
          if (solid != best_solid)
            {
              best = b;
              best_solid = solid;
            }
        }
      else if (!pml_type_is_subtype (best_solid, solid))
        return pml_err_set (T_TYPE_ERROR, "multiple bases have instance lay-out conflict");
    }
  return best ? best : TYPE (T_OBJECT);
}

/* what a class adds to the layout of the built-in type it derives from
 * (directly, or through classes): 3.8-3.10 keep the dict and weakref
 * pointers in the object, 3.11 the dict in the pre-header (or, for
 * types with items, at their end) and the weakref pointer in the object,
 * 3.12 both in the pre-header */
static gsize
builtin_extension_size (gboolean var_sized, gboolean add_dict, gboolean add_weakref)
{
  if (PRESET_MINOR () >= 12)
    return 0;
  return (PRESET_MINOR () <= 10 && add_dict && !var_sized ? 8 : 0) + (add_weakref ? 8 : 0);
}

static gboolean
subtype_layout (PmlObj *t, PmlObj *base, const PmlSubtypeBase *info, PmlObj *slots)
{
  gboolean direct = base->u.ty.builtin;
  gsize base_size = direct ? pml_subtype_base_basicsize (info) : base->u.ty.basicsize;
  gboolean base_dict = direct ? info->has_dict : base->u.ty.has_dict;
  gboolean base_weakref = direct ? info->has_weaklist : base->u.ty.has_weakref;
  gsize nmembers = 0;

  t->u.ty.itemsize = direct ? info->itemsize : base->u.ty.itemsize;
  t->u.ty.dict_in_object = direct ? info->has_dict : base->u.ty.dict_in_object;
  t->u.ty.inst_kind = base->u.ty.inst_kind;
  if (slots != NULL && !base_dict)
    {
      GPtrArray *names = g_ptr_array_new ();

      if (!collect_slots (slots, names, t->u.ty.name))
        {
          g_ptr_array_unref (names);
          return FALSE;
        }
      t->u.ty.slots = pml_tuple_new (names->len);
      for (guint i = 0; i < names->len; i++)
        {
          PmlObj *s = names->pdata[i];

          if (strcmp (s->u.s.s, "__dict__") == 0)
            t->u.ty.has_dict = TRUE;
          else if (strcmp (s->u.s.s, "__weakref__") == 0)
            t->u.ty.has_weakref = TRUE;
          else
            nmembers++;
          t->u.ty.slots->u.t.items[i] = s;
        }
      g_ptr_array_unref (names);
      if (nmembers > 0 && t->u.ty.itemsize != 0)
        {
          pml_err_set (T_TYPE_ERROR, "nonempty __slots__ not supported for subtype of '%s'",
                       pml_subtype_root (base)->u.ty.name);
          return FALSE;
        }
    }
  else
    {
      t->u.ty.has_dict = TRUE;
      t->u.ty.has_weakref = TRUE;
    }
  t->u.ty.has_dict |= base_dict;
  t->u.ty.basicsize = base_size + 8 * nmembers
                      + builtin_extension_size (t->u.ty.itemsize != 0, t->u.ty.has_dict && !base_dict,
                                                t->u.ty.has_weakref && !base_weakref);
  t->u.ty.has_weakref |= base_weakref;
  return TRUE;
}

/* type(name, bases, ns) */
PmlObj *
pml_class_new (PmlObj *name, PmlObj *bases, PmlObj *ns)
{
  return pml_class_new_meta (TYPE (T_TYPE), name, bases, ns, NULL);
}

/* type.__new__(meta, name, bases, ns, **kwargs): a class whose type is
   @meta; @kwargs (a dict, or NULL) go to __init_subclass__ */
PmlObj *
pml_class_new_meta (PmlObj *meta, PmlObj *name, PmlObj *bases, PmlObj *ns, PmlObj *kwargs)
{
  PmlObj *base, *root, *t, *slots, *mro, *qualname, *cell;
  gsize pos = 0;
  PmlObj *k, *v;
  gboolean is_meta;

  for (gsize i = 0; i < bases->u.t.n; i++)
    {
      PmlObj *b = bases->u.t.items[i];

      /* type(name, (1,), ns): int is no metaclass */
      if (b->kind != K_TYPE && !pml_type_is_subtype (b->type, TYPE (T_TYPE)))
        return pml_err_set (T_TYPE_ERROR, "metaclass conflict: the metaclass of a derived class must be a "
                            "(non-strict) subclass of the metaclasses of all its bases");
      if (b->kind != K_TYPE)
        return pml_err_set (T_TYPE_ERROR, "bases must be types");
      if (b == TYPE (T_BOOL))
        return pml_err_set (T_TYPE_ERROR, "type 'bool' is not an acceptable base type");
      if (b->u.ty.builtin && b != TYPE (T_OBJECT) && b != TYPE (T_TYPE) && !b->u.ty.is_exception
          && !(b->u.ty.tp->flags & PML_TPFLAGS_BASETYPE) && pml_subtype_base (b) == NULL)
        return pml_err_set (T_TYPE_ERROR, "subclassing built-in type '%s' is not supported in scenarios",
                            b->u.ty.name);
    }
  base = best_base (bases);
  if (base == NULL)
    return NULL;
  is_meta = pml_type_is_subtype (base, TYPE (T_TYPE));

  t = pml_obj_new (meta, K_TYPE, pml_fixed_size (VM->preset, PML_FIXED_CLASS), TRUE);
  if (t == NULL)
    return NULL;
  t->u.ty.name = g_strdup (name->u.s.s);
  t->u.ty.base = pml_incref (base);
  t->u.ty.bases = bases->u.t.n > 0 ? pml_incref (bases) : pml_tuple_pack (1, TYPE (T_OBJECT));
  t->u.ty.inst_kind = K_INSTANCE;
  t->u.ty.is_exception = base->u.ty.is_exception;
  qualname = pml_dict_get_str (ns, "__qualname__");
  if (qualname != NULL && qualname->kind == K_STR)
    t->u.ty.qualname = g_strdup (qualname->u.s.s);
  t->u.ty.dict = pml_dict_new ();
  if (t->u.ty.dict == NULL)
    goto fail;
  while (pml_dict_next (ns, &pos, &k, &v))
    if (!pml_dict_set (t->u.ty.dict, k, v))
      goto fail;
  /* type_new_set_module: the calling code's module */
  if (pml_dict_get_str (t->u.ty.dict, "__module__") == NULL && VM->frame != NULL
      && VM->frame->globals != NULL)
    {
      PmlObj *modname = pml_dict_get_str (VM->frame->globals, "__name__");

      if (modname != NULL && !pml_dict_set_str (t->u.ty.dict, "__module__", modname))
        goto fail;
    }
  /* type_new keeps these out of the class's dict */
  {
    static const char *const removed[] = { "__qualname__", "__classcell__" };

    for (guint i = 0; i < G_N_ELEMENTS (removed); i++)
      {
        PmlObj *key = pml_str_intern_cstr (removed[i]);
        int r = pml_dict_del (t->u.ty.dict, key);

        pml_decref (key);
        if (r < 0)
          goto fail;
      }
  }
  if (!pml_class_wrap_new (t))
    goto fail;

  slots = pml_dict_get_str (ns, "__slots__");
  root = pml_subtype_root (base);
  if (is_meta)
    {
      /* a metaclass: type's layout already has the dict and weakref list */
      t->u.ty.has_weakref = TRUE;
      t->u.ty.basicsize = base->u.ty.basicsize;
    }
  else if (pml_subtype_base (root) != NULL)
    {
      if (!subtype_layout (t, base, pml_subtype_base (root), slots))
        goto fail;
    }
  else if (slots != NULL)
    {
      GPtrArray *names = g_ptr_array_new ();

      if (!collect_slots (slots, names, t->u.ty.name))
        {
          g_ptr_array_unref (names);
          goto fail;
        }
      t->u.ty.slots = pml_tuple_new (names->len);
      for (guint i = 0; i < names->len; i++)
        {
          PmlObj *s = names->pdata[i];

          if (strcmp (s->u.s.s, "__dict__") == 0)
            t->u.ty.has_dict = TRUE;
          else if (strcmp (s->u.s.s, "__weakref__") == 0)
            t->u.ty.has_weakref = TRUE;
          t->u.ty.slots->u.t.items[i] = s;
        }
      g_ptr_array_unref (names);
      /* a member or the weakref list takes a word each; since 3.11 the
         dict a "__dict__" slot asks for lives before the object */
      t->u.ty.basicsize = base->u.ty.basicsize
                          + 8 * (t->u.ty.slots->u.t.n - (t->u.ty.has_dict && PRESET_MINOR () >= 11 ? 1 : 0));
      t->u.ty.has_weakref |= base->u.ty.has_weakref;
      t->u.ty.has_dict |= base->u.ty.has_dict;
    }
  else
    {
      t->u.ty.has_dict = TRUE;
      t->u.ty.has_weakref = TRUE;
      /* the object itself: 3.8-3.10 hold dict and weakref pointers in it,
         3.11 only the weakref one (the dict is in the pre-header), 3.12+
         neither (both in the pre-header) */
      t->u.ty.basicsize = base == TYPE (T_OBJECT) || base->u.ty.is_exception
                          ? (base->u.ty.is_exception ? base->u.ty.basicsize + (base->u.ty.builtin ? 8 : 0)   /* + weakref list */
                             : PRESET_MINOR () <= 10 ? 32 : PRESET_MINOR () == 11 ? 24 : 16)
                          : base->u.ty.basicsize + (base->u.ty.has_weakref ? 0 : 8);
      /* below __slots__: before 3.11 the dict pointer goes in the object
         too; from 3.11 only a weakref list the base lacks */
      if (base->u.ty.slots != NULL && PRESET_MINOR () <= 10)
        t->u.ty.basicsize = base->u.ty.basicsize + 8;
    }
  if (t->u.ty.has_dict)
    {
      t->u.ty.shared = g_new0 (PmlSharedKeys, 1);
      t->u.ty.shared->names = g_ptr_array_new_with_free_func ((GDestroyNotify) pml_decref);
      t->u.ty.shared->usable = PML_SHARED_KEYS_MAX_SIZE;
      t->u.ty.shared->refs = 1;
    }
  mro = pml_mro_compute (t, t->u.ty.bases);
  if (mro == NULL)
    goto fail;
  /* the __dict__ and __weakref__ the class adds to its base's layout
     (built-in exceptions have a dict but no weakref list) */
  if (!pml_class_add_descriptors (t, t->u.ty.has_dict && !base->u.ty.has_dict,
                                  t->u.ty.has_weakref && !is_meta && !(base->u.ty.has_weakref && !base->u.ty.builtin)
                                  && !(base->u.ty.builtin && pml_subtype_base (base) != NULL
                                       && pml_subtype_base (base)->has_weaklist)))
    {
      pml_decref (mro);
      goto fail;
    }
  t->u.ty.mro = mro;
  t->u.ty.has_del = lookup_in_mro (t, "__del__") != NULL;
  for (gsize i = 0; i < mro->u.t.n; i++)
    t->u.ty.is_exception |= mro->u.t.items[i]->u.ty.is_exception;
  /* the methods' __class__ cell (super() without arguments) */
  cell = pml_dict_get_str (ns, "__classcell__");
  if (cell != NULL && cell->kind == K_CELL)
    PML_SETREF (cell->u.cell.ref, pml_incref (t));
  pml_class_fixup_slots (t);
  pml_gc_track (t);
  if (!pml_class_set_names (t) || !pml_class_init_subclass (t, kwargs))
    {
      pml_decref (t);
      return NULL;
    }
  return t;

fail:
  pml_decref (t);
  return NULL;
}

void
pml_shared_keys_unref (PmlSharedKeys *keys, gboolean teardown)
{
  if (keys == NULL || --keys->refs > 0)
    return;
  if (teardown)
    g_ptr_array_set_free_func (keys->names, NULL);
  g_ptr_array_unref (keys->names);
  g_free (keys);
}

/* ---- instances ---- */

static gsize
values_request (gsize n)
{
  return ((n + 2 + 7) & ~(gsize) 7) + 8 * n;
}

PmlObj *
pml_instance_new (PmlObj *type)
{
  gsize presize = pml_obj_presize (type);
  gsize request = presize + type->u.ty.basicsize;
  /* exceptions keep their dict pointer in the object, never a values array */
  gboolean split_values = type->u.ty.has_dict && !type->u.ty.builtin && !type->u.ty.is_exception
                          && PRESET_MINOR () >= 11;
  gboolean inline_values = split_values && PRESET_MINOR () >= 13;
  gsize n = 0;
  PmlObj *o;

  if (type->u.ty.builtin && type->u.ty.is_exception)
    request = 16 + 72;   /* PyBaseExceptionObject */
  if (split_values)
    {
      /* the class's shared keys: 3.13 sizes the inline values before it
         shrinks them by one, 3.11 and 3.12 the separate array after */
      if (inline_values)
        {
          n = type->u.ty.shared->names->len + type->u.ty.shared->usable;
          request = pml_instance_size (VM->preset, n);
        }
      if (type->u.ty.shared->usable > 1)
        type->u.ty.shared->usable--;
      if (!inline_values)
        n = type->u.ty.shared->names->len + type->u.ty.shared->usable;
    }
  o = pml_obj_new (type, K_INSTANCE, request, TRUE);
  if (o == NULL)
    return NULL;
  if (type->u.ty.slots != NULL || (type->u.ty.base && type->u.ty.base->u.ty.slots))
    {
      gsize n_slots = (type->u.ty.basicsize - 16) / 8;

      o->u.inst.slots = g_new0 (PmlObj *, MAX (n_slots, 1));
      o->u.inst.nslots = n_slots;
    }
  if (split_values)
    {
      if (!inline_values)
        {
          o->u.inst.values_addr = pml_mem_alloc (values_request (n));
          if (o->u.inst.values_addr == 0)
            {
              pml_decref (o);
              return NULL;
            }
        }
      o->u.inst.values = g_new0 (PmlObj *, MAX (n, 1));
      o->u.inst.nvalues = n;
    }
  pml_gc_track (o);
  return o;
}

static gint
slot_index (PmlObj *type, PmlObj *name)
{
  gint offset = 0;
  GPtrArray *chain = g_ptr_array_new ();

  for (PmlObj *t = type; t != NULL; t = t->u.ty.base)
    g_ptr_array_insert (chain, 0, t);
  for (guint c = 0; c < chain->len; c++)
    {
      PmlObj *t = chain->pdata[c];

      if (t->u.ty.slots == NULL)
        continue;
      /* "__dict__" and "__weakref__" in __slots__ ask for a dict and weak
         references: they are not members */
      if (strcmp (name->u.s.s, "__dict__") == 0 || strcmp (name->u.s.s, "__weakref__") == 0)
        break;
      for (gsize i = 0; i < t->u.ty.slots->u.t.n; i++)
        if (pml_str_eq (t->u.ty.slots->u.t.items[i], name))
          {
            g_ptr_array_unref (chain);
            return offset + (gint) i;
          }
      offset += (gint) t->u.ty.slots->u.t.n;
    }
  g_ptr_array_unref (chain);
  return -1;
}

static gint
shared_index (PmlObj *type, PmlObj *name)
{
  GPtrArray *keys = type->u.ty.shared->names;

  for (guint i = 0; i < keys->len; i++)
    if (pml_str_eq (keys->pdata[i], name))
      return (gint) i;
  return -1;
}

/* the instance's own dict: made from its values when first needed */
static PmlObj *
materialize_dict (PmlObj *o, PmlInstAttrs *a)
{
  PmlObj *d;

  if (a->dict != NULL)
    return a->dict;
  if (a->values != NULL && a->values_addr != 0)
    {
      /* 3.11, 3.12: the dict shares the class's keys and takes the values */
      GPtrArray *keys = o->type->u.ty.shared->names;

      d = pml_dict_new_split (o->type->u.ty.shared, a->values_addr);
      if (d == NULL)
        return NULL;
      a->values_addr = 0;
      for (gsize i = 0; i < a->nvalues && i < keys->len; i++)
        if (a->values[i] != NULL && !pml_dict_set (d, keys->pdata[i], a->values[i]))
          {
            pml_decref (d);
            return NULL;
          }
      for (gsize i = 0; i < a->nvalues; i++)
        PML_CLEAR (a->values[i]);
      g_free (a->values);
      a->values = NULL;
      a->dict = d;
      return d;
    }
  d = pml_dict_new ();
  if (d == NULL)
    return NULL;
  if (a->values != NULL)
    {
      GPtrArray *keys = o->type->u.ty.shared->names;

      for (gsize i = 0; i < a->nvalues && i < keys->len; i++)
        if (a->values[i] != NULL && !pml_dict_set (d, keys->pdata[i], a->values[i]))
          {
            pml_decref (d);
            return NULL;
          }
      for (gsize i = 0; i < a->nvalues; i++)
        PML_CLEAR (a->values[i]);
      g_free (a->values);
      a->values = NULL;
      pml_mem_free (a->values_addr);
      a->values_addr = 0;
    }
  a->dict = d;
  return d;
}

/* an instance of a class derived from a built-in type has no values
 * array: 3.11 gives it, at its first attribute, a dict over the class's
 * shared keys (new_dict_with_shared_keys), when the class keeps the dict
 * in the pre-header; 3.12 does so for __dict__ too */
static gboolean
uses_shared_keys_dict (PmlObj *o, gboolean for_setattr)
{
  PmlObj *type = o->type;

  if (o->kind == K_INSTANCE || type->u.ty.shared == NULL || type->u.ty.dict_in_object)
    return FALSE;
  if (PRESET_MINOR () == 11)
    return for_setattr && type->u.ty.itemsize == 0;
  return PRESET_MINOR () >= 12;
}

static PmlObj *
shared_keys_dict (PmlObj *o, PmlInstAttrs *a)
{
  PmlSharedKeys *keys = o->type->u.ty.shared;
  gsize n = keys->names->len + keys->usable;
  guint64 values_addr = pml_mem_alloc (values_request (n));

  if (values_addr == 0)
    return NULL;
  a->dict = pml_dict_new_split (keys, values_addr);
  if (a->dict == NULL)
    pml_mem_free (values_addr);
  return a->dict;
}

PmlObj *
pml_instance_getattr (PmlObj *o, PmlObj *name, gboolean *found)
{
  PmlInstAttrs *a = pml_inst_attrs (o);
  gint i;

  *found = FALSE;
  if (a == NULL)
    return NULL;
  if (a->slots != NULL && (i = slot_index (o->type, name)) >= 0)
    {
      if (a->slots[i] == NULL)
        return NULL;
      *found = TRUE;
      return pml_incref (a->slots[i]);
    }
  if (a->dict != NULL)
    {
      gboolean error = FALSE;
      PmlObj *v = pml_dict_get (a->dict, name, &error);

      if (v != NULL)
        {
          *found = TRUE;
          return pml_incref (v);
        }
      if (error)
        return NULL;
    }
  else if (a->values != NULL && (i = shared_index (o->type, name)) >= 0
      && (gsize) i < a->nvalues && a->values[i] != NULL)
    {
      *found = TRUE;
      return pml_incref (a->values[i]);
    }
  if (strcmp (name->u.s.s, "__dict__") == 0 && o->type->u.ty.has_dict)
    {
      PmlObj *d = a->dict == NULL && uses_shared_keys_dict (o, FALSE) ? shared_keys_dict (o, a)
                  : materialize_dict (o, a);

      if (d == NULL)
        return NULL;
      *found = TRUE;
      return pml_incref (d);
    }
  return NULL;
}

/* v NULL deletes; FALSE with no error set: no such attribute */
gboolean
pml_instance_setattr (PmlObj *o, PmlObj *name, PmlObj *v)
{
  PmlInstAttrs *a = pml_inst_attrs (o);
  gint i;
  PmlObj *type = o->type;

  if (a == NULL)
    {
      pml_err_set (T_ATTRIBUTE_ERROR, "'%s' object has no attribute '%s'", type->u.ty.name, name->u.s.s);
      return FALSE;
    }
  if (a->slots != NULL && (i = slot_index (type, name)) >= 0)
    {
      PmlObj *old = a->slots[i];

      if (v == NULL && old == NULL)
        {
          pml_err_set (T_ATTRIBUTE_ERROR, "'%s' object attribute '%s' is read-only", type->u.ty.name, name->u.s.s);
          return FALSE;
        }
      a->slots[i] = v ? pml_incref (v) : NULL;
      pml_xdecref (old);
      return TRUE;
    }
  if ((!type->u.ty.has_dict || type->u.ty.builtin) && !type->u.ty.is_exception)
    {
      pml_err_set (T_ATTRIBUTE_ERROR, "'%s' object has no attribute '%s'", type->u.ty.name, name->u.s.s);
      return FALSE;
    }
  if (a->values != NULL)
    {
      i = shared_index (type, name);
      if (i < 0 && v != NULL && type->u.ty.shared->usable > 0
          && type->u.ty.shared->names->len < PML_SHARED_KEYS_MAX_SIZE)
        {
          g_ptr_array_add (type->u.ty.shared->names, pml_incref (name));
          type->u.ty.shared->usable--;
          i = (gint) type->u.ty.shared->names->len - 1;
        }
      if (i >= 0 && (gsize) i < a->nvalues)
        {
          PmlObj *old = a->values[i];

          if (v == NULL && old == NULL)
            {
              pml_err_set (T_ATTRIBUTE_ERROR, "'%s' object has no attribute '%s'", type->u.ty.name, name->u.s.s);
              return FALSE;
            }
          a->values[i] = v ? pml_incref (v) : NULL;
          pml_xdecref (old);
          return TRUE;
        }
      if (v == NULL)
        {
          pml_err_set (T_ATTRIBUTE_ERROR, "'%s' object has no attribute '%s'", type->u.ty.name, name->u.s.s);
          return FALSE;
        }
    }
  if (a->dict == NULL && v != NULL && uses_shared_keys_dict (o, TRUE))
    {
      if (shared_keys_dict (o, a) == NULL)
        return FALSE;
    }
  else if (materialize_dict (o, a) == NULL)
    return FALSE;
  if (v == NULL)
    {
      int r = pml_dict_del (a->dict, name);

      if (r == 0)
        pml_err_set (T_ATTRIBUTE_ERROR, "'%s' object has no attribute '%s'", type->u.ty.name, name->u.s.s);
      return r == 1;
    }
  return pml_dict_set (a->dict, name, v);
}

/* subtype_clear (tp_clear of instances): slots, then the attributes */
void
pml_instance_clear (PmlObj *o)
{
  for (gsize i = 0; i < o->u.inst.nslots; i++)
    PML_CLEAR (o->u.inst.slots[i]);
  if (o->u.inst.values != NULL)
    for (gsize i = 0; i < o->u.inst.nvalues; i++)
      PML_CLEAR (o->u.inst.values[i]);
  if (o->u.inst.dict != NULL)
    PML_CLEAR (o->u.inst.dict);
  PML_CLEAR (o->u.inst.exc_args);
  PML_CLEAR (o->u.inst.exc_cause);
  PML_CLEAR (o->u.inst.exc_context);
  PML_CLEAR (o->u.inst.exc_tb_obj);
  for (guint i = 0; i < G_N_ELEMENTS (o->u.inst.exc_fields); i++)
    PML_CLEAR (o->u.inst.exc_fields[i]);
}

/* PyObject_CallFinalizerFromDealloc: FALSE when __del__ resurrected it */
gboolean pml_instance_finalize (PmlObj *o);

gboolean
pml_instance_finalize (PmlObj *o)
{
  PmlObj *del, *r, *saved_exc;

  if ((o->flags & OBJ_FINALIZED) || !o->type->u.ty.has_del)
    return TRUE;
  del = lookup_in_mro (o->type, "__del__");
  if (del == NULL)
    return TRUE;
  /* __del__ runs on an object brought back to one reference, which the
     event stream follows as the interpreter does (the view's count) */
  o->refcnt = 1;
  if (pml_vm_logging && !(o->flags & OBJ_STATIC))
    pml_log_refcnt (o, PML_OBJ_EVENT_INCREF);
  pml_gc_track (o);
  o->flags |= OBJ_FINALIZED;
  saved_exc = pml_err_fetch ();
  pml_incref (del);
  pml_native_hold (o, "the object being finalized");
  pml_native_hold (del, "the __del__ being called");
  r = pml_call_from_c (del, &o, 1);
  pml_native_release (2);
  if (r == NULL)
    pml_err_write_unraisable ("Exception ignored in", del);
  else
    pml_decref (r);
  pml_decref (del);
  if (saved_exc != NULL)
    pml_err_set_obj (saved_exc);
  o->refcnt--;
  if (pml_vm_logging && !(o->flags & OBJ_STATIC))
    pml_log_refcnt (o, PML_OBJ_EVENT_DECREF);
  if (o->refcnt > 0)
    return FALSE;   /* resurrected: it stays tracked */
  pml_gc_untrack (o);
  return TRUE;
}

void pml_instance_dealloc (PmlObj *o);

void
pml_instance_dealloc (PmlObj *o)
{
  PmlObj *type = o->type;

  if (!pml_instance_finalize (o))
    return;
  if (o->weakrefs != NULL)
    pml_weakrefs_clear_all (o, TRUE);
  for (gsize i = 0; i < o->u.inst.nslots; i++)
    PML_CLEAR (o->u.inst.slots[i]);
  g_free (o->u.inst.slots);
  if (o->u.inst.values != NULL)
    {
      for (gsize i = 0; i < o->u.inst.nvalues; i++)
        PML_CLEAR (o->u.inst.values[i]);
      g_free (o->u.inst.values);
      pml_mem_free (o->u.inst.values_addr);
    }
  PML_CLEAR (o->u.inst.dict);
  PML_CLEAR (o->u.inst.exc_args);
  g_clear_pointer (&o->u.inst.native, g_free);
  pml_exc_free_traceback (o);
  pml_obj_free_block (o);
  o->flags |= OBJ_DEAD;
  pml_obj_host_free (o);
  if (!(type->flags & OBJ_STATIC))
    pml_decref (type);
}
