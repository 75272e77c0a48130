/* test-interp-collections.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "pml-py.h"

/* The allocation requests of instances of classes derived from built-in
 * types and of the collections types, which no script can print. The
 * expected requests were recorded from CPython 3.11 (pymemlab record)
 * running the same setup, statement and gc.collect () beforehand. */

typedef struct
{
  const char *name;
  const char *setup;
  const char *statement;
  const char *expected;    /* requests as "m56 c3x8 r40 f" */
} RequestCase;

#define SETUP "import gc\nimport pymalloc\np = 1\nq = 2\nr = 3\nx = None\ny = None\n"

static const RequestCase request_cases[] = {
  /* 16 GC + 16 managed dict + dict's 48 + a weakref pointer */
  { "dict-subclass", "class D(dict):\n    pass\n", "x = D()", "m88" },
  /* no values array at creation: the first attribute makes a dict over
     the class's shared keys, values array first */
  { "dict-subclass-attribute", "class D(dict):\n    pass\n", "x = D()\nx.a = p", "m88 m272 m64" },
  { "list-subclass", "class L(list):\n    pass\n", "x = L()", "m80" },
  /* the pair, the call's arguments tuple, then the subclass's object:
     32 + one item more than asked, no pre-header dict */
  { "tuple-subclass", "class T(tuple):\n    pass\n", "x = T((p, q))", "m56 m48 m72" },
  /* the arguments tuple, a plain float (parked on its free list), then
     the subclass's object */
  { "float-subclass", "class F(float):\n    pass\n", "x = F(p)", "m48 m24 m64" },
  { "int-subclass", "class I(int):\n    pass\n", "x = I(p)", "m48 m56" },
  /* a legacy string: the object, then its characters apart */
  { "str-subclass", "class S(str):\n    pass\n", "x = S('abc')", "m48 m120 m4" },
  /* the object and its first 528-byte block */
  { "deque", "import collections\n", "x = collections.deque()", "m232 m528" },
  /* the keywords' dict and its table, then a str for each keyword the
     argument parser looks up */
  { "deque-maxlen", "import collections\n", "x = collections.deque(maxlen=p)",
    "m64 m120 m232 m528 m57 f m55 f" },
  /* the list, the arguments tuple, the deque, the list's iterator */
  { "deque-of-three", "import collections\n", "x = collections.deque([p, q, r])",
    "m56 c3x8 m48 m232 m528 m48 f f" },
  { "defaultdict", "import collections\n", "x = collections.defaultdict()", "m72" },
  /* the object, the dict's keys table, the fast nodes array, one node */
  { "ordereddict-item", "import collections\n", "x = collections.OrderedDict()\nx[p] = q",
    "m128 m160 m64 m32" },
  /* the call's arguments, the pair __new__ builds, tuple.__new__'s
     arguments and their slice, then the instance */
  { "namedtuple", "import collections\nP = collections.namedtuple('P', 'a b')\n", "x = P(p, q)",
    "m56 m56 m56 m48 m64" },
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
        case 'c': g_string_append_printf (text, "c%" G_GUINT64_FORMAT "x%" G_GUINT64_FORMAT, r->a, r->b); break;
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
  g_autofree char *source = g_strdup_printf (SETUP "%s\ngc.collect()\npymalloc.malloc(7)\n%s\npymalloc.malloc(9)\n",
                                             c->setup, c->statement);
  g_autoptr(PmlHeap) heap = pml_heap_new (pml_preset_lookup ("cpython-3.11"));
  PmlInterpOptions options = { 100000, FALSE, TRUE, FALSE };
  PmlInterp *interp = pml_interp_new (heap, &options);
  g_autoptr(GError) error = NULL;
  const GArray *requests;
  guint start = G_MAXUINT, end = G_MAXUINT;
  g_autoptr(GString) got = NULL;

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
      g_autofree char *path = g_strdup_printf ("/collections/requests/%s", request_cases[i].name);

      g_test_add_data_func (path, &request_cases[i], test_requests);
    }
  return g_test_run ();
}
