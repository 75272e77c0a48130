/* pml-py-mod-weakref.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-module-table.h"
#include "pml-py-weakref.h"

/* _weakref, the C half of weakref (Modules/_weakref.c): the reference and
 * proxy types and the functions over an object's list of weakrefs. The
 * rest of weakref is lib/weakref.py and lib/_weakrefset.py, run by the
 * simulated interpreter as CPython runs its own weakref.py. */

static PmlObj *
wr_proxy (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) self;
  NO_KW ("proxy");
  NARGS ("proxy", 1, 2);
  return pml_weakproxy_new (args[0], nargs == 2 ? args[1] : NULL);
}

static PmlObj *
wr_getweakrefcount (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) self;
  NO_KW ("getweakrefcount");
  NARGS ("_weakref.getweakrefcount", 1, 1);
  return pml_int_new (pml_supports_weakrefs (args[0]) ? pml_weakref_count (args[0]) : 0);
}

/* every weakref and proxy to the object, in the order of its list */
static PmlObj *
wr_getweakrefs (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  gint64 n;
  PmlObj *list, *wr;

  (void) self;
  NO_KW ("getweakrefs");
  NARGS ("getweakrefs", 1, 1);
  n = pml_supports_weakrefs (args[0]) ? pml_weakref_count (args[0]) : 0;
  list = pml_list_new ((gsize) n);
  if (list == NULL)
    return NULL;
  wr = n > 0 ? args[0]->weakrefs : NULL;
  for (gint64 i = 0; i < n; i++, wr = wr->u.wr.wr_next)
    list->u.l.items[i] = pml_incref (wr);
  return list;
}

/* _remove_dead_weakref(dict, key): the entry goes only if its weakref is
 * dead, so a callback racing with a new value under the same key is
 * harmless */
static PmlObj *
wr_remove_dead_weakref (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  PmlObj *value;
  gboolean error = FALSE;

  (void) self;
  NO_KW ("_remove_dead_weakref");
  NARGS ("_remove_dead_weakref", 2, 2);
  if (args[0]->kind != K_DICT)
    return pml_err_set (T_TYPE_ERROR, "_remove_dead_weakref() argument 1 must be dict, not %s",
                        pml_type_name (args[0]));
  value = pml_dict_get (args[0], args[1], &error);
  if (error)
    return NULL;
  if (value == NULL)
    return pml_incref (NONE);
  if (!pml_is_weakref (value))
    return pml_err_set (T_TYPE_ERROR, "not a weakref");
  if (value->u.wr.referent == NULL && pml_dict_del (args[0], args[1]) < 0)
    return NULL;
  return pml_incref (NONE);
}

/* for the narration: a weakref.finalize (lib/weakref.py) is about to
 * call its function, at exit or before */
static PmlObj *
wr_finalizer_runs (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames)
{
  (void) self;
  NO_KW ("_finalizer_runs");
  NARGS ("_finalizer_runs", 1, 1);
  pml_event (PML_OBJ_EVENT_FINALIZER, args[0]->serial, pml_atexit_running () ? 1 : 0);
  return pml_incref (NONE);
}

static void
add_function (PmlObj *m, const char *name, PmlBuiltinFunc fn)
{
  PmlObj *b = pml_builtin_new (name, fn, m);

  pml_dict_set_str (m->u.mod.dict, name, b);
  pml_decref (b);
}

PmlObj *
pml_module_make_weakref_core (void)
{
  PmlObj *m = pml_module_new ("_weakref");
  PmlObj *d = m->u.mod.dict;

  pml_dict_set_str (d, "ref", TYPE (T_WEAKREF));
  pml_dict_set_str (d, "ReferenceType", TYPE (T_WEAKREF));
  pml_dict_set_str (d, "ProxyType", TYPE (T_WEAKPROXY));
  pml_dict_set_str (d, "CallableProxyType", TYPE (T_WEAKCALLABLEPROXY));
  pml_dict_set_str (d, "KeyedRef", TYPE (T_KEYEDREF));
  pml_dict_set_str (d, "WeakMethod", TYPE (T_WEAKMETHOD));
  add_function (m, "proxy", wr_proxy);
  add_function (m, "getweakrefcount", wr_getweakrefcount);
  add_function (m, "getweakrefs", wr_getweakrefs);
  add_function (m, "_remove_dead_weakref", wr_remove_dead_weakref);
  add_function (m, "_finalizer_runs", wr_finalizer_runs);
  return m;
}
