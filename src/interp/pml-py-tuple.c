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
  gint64 n = 0, start = 0, stop = G_MAXINT64;

  NARGS (count ? "count" : "index", 1, count ? 1 : 3);
  if (!count && !pml_seq_index_bounds (args + 1, nargs - 1, (gint64) self->u.t.n, &start, &stop))
    return NULL;
  for (gsize i = (gsize) start; i < self->u.t.n && (gint64) i < stop; i++)
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
