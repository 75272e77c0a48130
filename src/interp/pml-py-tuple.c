/* pml-py-tuple.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py-type.h"

/* The tuple type: its methods and slots. */

/* ---- methods ---- */

static PmlObj *
m_tuple_index_count (PmlObj *self, PmlObj **args, gsize nargs, gboolean count)
{
  gint64 n = 0;

  NARGS (count ? "count" : "index", 1, 1);
  for (gsize i = 0; i < self->u.t.n; i++)
    {
      int e = pml_eq (self->u.t.items[i], args[0]);

      if (e < 0)
        return NULL;
      if (e && !count)
        return pml_int_new ((gint64) i);
      n += e;
    }
  if (count)
    return pml_int_new (n);
  return pml_err_set (T_VALUE_ERROR, "tuple.index(x): x not in tuple");
}

static PmlObj *m_tuple_index (PmlObj *s, PmlObj **a, gsize n, PmlObj *k) { (void) k; if (!s) { s = a[0]; a++; n--; } return m_tuple_index_count (s, a, n, FALSE); }
static PmlObj *m_tuple_count (PmlObj *s, PmlObj **a, gsize n, PmlObj *k) { (void) k; if (!s) { s = a[0]; a++; n--; } return m_tuple_index_count (s, a, n, TRUE); }

static const PmlMethodDef tuple_methods[] = {
  { "index", m_tuple_index },
  { "count", m_tuple_count },
  { NULL, NULL }
};

const PmlTypeSlots pml_tuple_slots = {
  .methods = tuple_methods,
};
