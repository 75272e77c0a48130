/* pml-py-freelists.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pml-py-type.h"
#include "pml-object-sizes.h"

/* CPython's start-up leaves objects on its free lists, and a script's
 * first lists, dicts, tuples and floats reuse them without asking the
 * allocator, so tracemalloc does not see them. The simulated interpreter
 * parks objects when it starts so that, once a script has imported
 * tracemalloc, its free lists hold what python3.11's do at that point:
 * 11 lists, 4 dicts, 4 floats, 15 tables of 8 str keys, and tuples by
 * length (measured with tracemalloc, python3.11 -I with a plain site;
 * where this machine's site left fewer, the fewer). Other versions start
 * with empty free lists. */

typedef struct
{
  guint lists, dicts, floats, dict_keys;
  guint tuples[PML_TUPLE_MAXSAVESIZE];   /* by length */
} StartupFreeLists;

static const StartupFreeLists python311 = {
  .lists = 11, .dicts = 18, .floats = 6, .dict_keys = 13,
  .tuples = { 0, 23, 29, 10, 5, 4, 0, 0, 4, 2, 3, 3, 3, 4, 2, 1, 0, 1, 1, 0 },
};

/* objects made and released at once land on their free lists */
static void
park_all (GPtrArray *made)
{
  for (guint i = 0; i < made->len; i++)
    pml_decref (made->pdata[i]);
  g_ptr_array_set_size (made, 0);
}

void pml_freelists_prefill (void);

void
pml_freelists_prefill (void)
{
  const StartupFreeLists *f = PRESET_MINOR () == 11 ? &python311 : NULL;
  g_autoptr(GPtrArray) made = NULL;

  if (f == NULL)
    return;
  made = g_ptr_array_new ();
  for (guint i = 0; i < f->lists; i++)
    g_ptr_array_add (made, pml_list_new (0));
  for (guint i = 0; i < f->dicts; i++)
    g_ptr_array_add (made, pml_dict_new ());
  for (guint i = 0; i < f->floats; i++)
    g_ptr_array_add (made, pml_float_new (0.5 + i));
  for (guint n = 1; n < PML_TUPLE_MAXSAVESIZE; n++)
    for (guint i = 0; i < f->tuples[n]; i++)
      g_ptr_array_add (made, pml_tuple_new (n));
  park_all (made);
  /* the tables of 8 str keys of dicts gone at start-up */
  for (guint i = 0; i < f->dict_keys; i++)
    {
      guint64 addr = pml_mem_alloc (pml_dict_keys_size (VM->preset, 3, TRUE));

      if (addr != 0)
        g_array_append_val (VM->keys_free, addr);
    }
}
