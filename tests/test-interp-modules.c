/* test-interp-modules.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "pml-py.h"

/* The allocation requests of the C modules' objects (itertools,
 * functools, operator), which no script output shows: the args tuple a
 * type without vectorcall is called with, the PyMem index arrays of the
 * combinatoric iterators, the dict a partial keeps, the links of a
 * bounded lru_cache, an array's items, a StringIO's buffer. Each expected sequence was recorded from
 * python3.11 with "pymemlab record", after a gc.collect () had emptied
 * the free lists, between two marker requests. */

typedef struct
{
  const char *name;
  const char *setup;
  const char *statement;
  const char *expected;    /* requests as "m56 c3x8 f" */
} RequestCase;

#define SETUP "import gc\nimport pymalloc\nimport itertools, functools, operator\n" \
              "import array, types, io\n" \
              "L = [1, 2, 3]\ndef f(a, b=0):\n    return a\n"

static const RequestCase request_cases[] = {
  /* the args tuple (1 item), then the object: 16 GC + 40 */
  { "count", "", "x = itertools.count(5)", "m48 m56" },
  /* args tuple, the indices (2 x 8 bytes), the pools tuple, one tuple
     per pool, the object (48 + 16) */
  { "product", "", "x = itertools.product(L, L)", "m56 m16 m56 m64 m64 m64" },
  /* args, the pool tuple, indices (3 x 8), cycles (2 x 8), the object */
  { "permutations", "", "x = itertools.permutations(L, 2)", "m56 m64 m24 m16 m80" },
  /* the chain reads its args tuple through a tuple iterator: both stay */
  { "chain", "", "x = itertools.chain(L, L)", "m56 m48 m48" },
  /* the result tuple, the list iterator, one link of 57 values, two tees;
     the bound __copy__ made for the second tee is dropped */
  { "tee", "", "x = itertools.tee(L)", "m56 m48 m512 m56 m72 m56 f" },
  /* args tuple, groupby, list iterator, a _grouper, the (key, group) pair */
  { "groupby-first-group", "", "x = itertools.groupby(L); y = next(x)", "m48 m80 m48 m48 m56" },
  /* the call's kwargs dict (with its keys) becomes the partial's own */
  { "partial-keywords", "", "x = functools.partial(f, 1, b=2)", "m56 m64 m120 m80 m48" },
  /* a partial with keywords goes through tp_call: args tuple, a copy of
     its keywords (keys block first), a stack and kwnames for the call */
  { "partial-call-keywords", "x = functools.partial(f, b=2)\n", "y = x(5)",
    "m48 m120 m64 m24 m48 f" },
  /* args tuple, one 56-byte link (no GC header), the cache's keys */
  { "lru-first-call", "w = functools.lru_cache(maxsize=2)(f)\n", "w(1000)", "m48 m56 m160" },
  /* a full cache reuses its oldest link: only the args tuple is new */
  { "lru-eviction", "w = functools.lru_cache(maxsize=2)(f)\nw(1000)\nw(1001)\n", "w(1002)", "m48" },
  /* two arguments: the args tuple itself is the key, kept by the cache */
  { "lru-tuple-key", "w = functools.lru_cache(maxsize=None)(f)\n", "w(1000, 1001)", "m56 m160" },
  /* several items: the args tuple is kept as the itemgetter's items */
  { "itemgetter", "", "x = operator.itemgetter(1, 2)", "m56 m64" },
  /* args tuple, the names tuple, the dotted name's parts, the object */
  { "attrgetter-dotted", "", "x = operator.attrgetter('a.b')", "m48 m48 m56 m56" },
  /* reduce's args tuple, its iterator, the 2-tuple it refills; the
     iterator is freed at the end */
  { "reduce", "", "x = functools.reduce(f, L)", "m56 m48 m56 f" },
  /* array: args tuple, the object (16 GC + 64), the items (3 x 4) */
  { "array-from-list", "", "b = array.array('i', L)", "m56 m80 m12" },
  /* an append past the allocation: array_resize's PyMem_RESIZE to 8 items */
  { "array-append-grows", "b = array.array('i', [1, 2, 3, 4])\n", "b.append(5)", "r32" },
  /* from an iterable: the range, args tuple, its iterator, the object,
     the int.__float__ of the first item (a float kept on the free list
     for the next ones), the first resize (4 x 8) from NULL */
  { "array-from-range", "", "b = array.array('d', range(3))", "m48 m56 m48 m80 m24 r32 f f" },
  /* a repetition: a new object and its exact items (8 x 4) */
  { "array-repeat", "b = array.array('i', [1, 2, 3, 4])\n", "c = b * 2", "m80 m32" },
  /* the kwargs dict and its keys, the 24-byte object (16 GC), its dict
     and a clone of the keys */
  { "simple-namespace", "", "s = types.SimpleNamespace(x=1)", "m64 m120 m40 m64 m120" },
  /* args tuple, the object, PyMem_Malloc(0) (a raw block: pymalloc
     takes no empty request), resize_buffer(0), then room for the text */
  { "stringio-initial", "", "s = io.StringIO('ab', '\\n')", "m56 m136 m0 r8 r16" },
};

static GString *
format_requests (const GArray *requests, guint from, guint to)
{
  GString *text = g_string_new (NULL);

  for (guint i = from; i < to; i++)
    {
      const PmlRequest *r = &g_array_index (requests, PmlRequest, i);

      if (text->len > 0)
        g_string_append_c (text, ' ');
      switch (r->op)
        {
        case 'm': g_string_append_printf (text, "m%" G_GUINT64_FORMAT, r->a); break;
        case 'c':
          g_string_append_printf (text, "c%" G_GUINT64_FORMAT "x%" G_GUINT64_FORMAT, r->a, r->b);
          break;
        case 'r': g_string_append_printf (text, "r%" G_GUINT64_FORMAT, r->a); break;
        default: g_string_append (text, "f");
        }
    }
  return text;
}

/* The statement sits between two markers: malloc(7) and malloc(9). The
 * first marker's result (an int, freed at once) is skipped. */
static void
test_requests (gconstpointer data)
{
  const RequestCase *c = data;
  g_autofree char *source = g_strdup_printf (SETUP "%s\ngc.collect()\npymalloc.malloc(7)\n"
                                             "%s\npymalloc.malloc(9)\n", c->setup, c->statement);
  g_autoptr(PmlHeap) heap = pml_heap_new (pml_preset_lookup ("cpython-3.11"));
  PmlInterpOptions options = { 100000, FALSE, TRUE, FALSE };
  PmlInterp *interp = pml_interp_new (heap, &options);
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) got = NULL;
  const GArray *requests;
  guint start = G_MAXUINT, end = G_MAXUINT;

  g_assert_true (pml_interp_load (interp, "test.py", source, strlen (source), &error));
  g_assert_no_error (error);
  g_assert_cmpint (pml_interp_run (interp), ==, 0);
  requests = pml_interp_get_requests (interp);
  for (guint i = 0; i < requests->len; i++)
    {
      const PmlRequest *r = &g_array_index (requests, PmlRequest, i);

      if (r->op == 'm' && r->a == 7 && start == G_MAXUINT)
        start = i;
      else if (r->op == 'm' && r->a == 9 && start != G_MAXUINT)
        end = i;
    }
  g_assert_cmpuint (start, !=, G_MAXUINT);
  g_assert_cmpuint (end, !=, G_MAXUINT);
  g_assert_cmpint (g_array_index (requests, PmlRequest, start + 1).op, ==, 'm');
  g_assert_cmpint (g_array_index (requests, PmlRequest, start + 2).op, ==, 'f');
  got = format_requests (requests, start + 3, end);
  g_assert_cmpstr (got->str, ==, c->expected);
  pml_interp_free (interp);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (request_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/modules/requests/%s", request_cases[i].name);

      g_test_add_data_func (path, &request_cases[i], test_requests);
    }
  return g_test_run ();
}
