/* test-interp-objects.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "pml-py.h"

/* The object model: the allocation requests one statement makes and the
 * reference counts a script sees, with the numbers of
 * cpython-memory-model.md §6 and §8 (3.11), worked out by hand. */

typedef struct
{
  const char *name;
  const char *setup;       /* runs first; ends with gc.collect () to empty the free lists */
  const char *statement;
  const char *expected;    /* requests as "m56 c3x8 r40 f" */
} RequestCase;

#define SETUP "import gc\nimport pymalloc\np = 1\nq = 2\nr = 3\nx = None\ny = None\n"

static const RequestCase request_cases[] = {
  /* §8.3.6: BUILD_LIST n takes exactly n slots from PyMem_Calloc */
  { "list-of-names", "", "x = [p, q, r]", "m56 c3x8" },
  /* three constants: extended from a tuple, slots rounded up to even */
  { "list-of-constants", "", "x = [1, 2, 3]", "m56 m32" },
  /* the one-item list, then exactly 5 slots; the temporary goes */
  { "list-repeat", "", "x = [p] * 5", "m56 c1x8 m56 m40 f" },
  /* §8.3.5: 16 GC + 24 + 8 per item */
  { "tuple", "", "x = (p, q)", "m56" },
  /* §8.3.7: the dict, then its keys table: 8 slots, str or general entries */
  { "dict-str-key", "", "x = {'k': p}", "m64 m120" },
  { "dict-int-key", "", "x = {p: q}", "m64 m160" },
  /* §8.3.8: 56 for the object, then the values array: 29 slots, then 28 */
  { "instance", "class C:\n    pass\n", "x = C()", "m56 m264" },
  { "second-instance", "class C:\n    pass\nx = C()\n", "y = C()", "m56 m256" },
  { "slotted-instance", "class S:\n    __slots__ = ('a', 'b')\n", "x = S()", "m48" },
  { "object", "", "x = object()", "m16" },
  /* §8.3.2: 41 bits are two 30-bit digits */
  { "int-two-digits", "", "x = p << 40", "m32" },
  { "float", "", "x = float(p)", "m24" },
  { "set", "", "x = set()", "m216" },
  /* §8.3.9: function 152 */
  { "function", "", "def x():\n    pass", "m152" },
  /* a closure made at run time shares its code object's name and
     qualname: only the function is new (python3.11, pymemlab record) */
  { "closure", "def outer():\n    def inner():\n        pass\n    return inner\n", "x = outer()", "m152" },
  /* ... and so does a generator: its name is the code's */
  { "generator", "def numbers():\n    yield 1\n", "x = numbers()", "m176" },
  /* §8.3.3: ASCII str 48 + length + 1; the temporary list's array is freed,
     its object goes to the free list */
  { "join", "", "x = ''.join(['ab', 'cd'])", "m56 c2x8 m53 f" },
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

static PmlInterp *
run_script (const char *source, gboolean requests, int *status)
{
  g_autoptr(PmlHeap) heap = pml_heap_new (pml_preset_lookup ("cpython-3.11"));
  PmlInterpOptions options = { 100000, FALSE, requests, FALSE };
  PmlInterp *interp = pml_interp_new (heap, &options);
  g_autoptr(GError) error = NULL;

  g_assert_true (pml_interp_load (interp, "test.py", source, strlen (source), &error));
  g_assert_no_error (error);
  *status = pml_interp_run (interp);
  return interp;
}

/* The statement sits between two markers: malloc(7) and malloc(9). The
 * first marker's result (an int of 32 bytes, freed at once) is skipped. */
static void
test_requests (gconstpointer data)
{
  const RequestCase *c = data;
  g_autofree char *source = g_strdup_printf (SETUP "%s\ngc.collect()\npymalloc.malloc(7)\n%s\npymalloc.malloc(9)\n",
                                             c->setup, c->statement);
  int status;
  PmlInterp *interp = run_script (source, TRUE, &status);
  const GArray *requests = pml_interp_get_requests (interp);
  guint start = G_MAXUINT, end = G_MAXUINT;
  g_autoptr(GString) got = NULL;

  g_assert_cmpint (status, ==, 0);
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
  /* m7, then the int holding its address, then that int freed */
  g_assert_cmpint (g_array_index (requests, PmlRequest, start + 1).op, ==, 'm');
  g_assert_cmpint (g_array_index (requests, PmlRequest, start + 2).op, ==, 'f');
  got = format_requests (requests, start + 3, end);
  g_assert_cmpstr (got->str, ==, c->expected);
  pml_interp_free (interp);
}

typedef struct
{
  const char *name;
  const char *source;
  const char *expected_stdout;
} RefcountCase;

/* §6.1: the argument's own stack slot counts; a script's literals carry
 * one more reference, from the AST arena, on top of co_consts. */
static const RefcountCase refcount_cases[] = {
  { "local-object", "import sys\nx = object()\nprint(sys.getrefcount(x))\n", "2\n" },
  { "function-local", "import sys\ndef f():\n    x = object()\n    return sys.getrefcount(x)\nprint(f())\n", "2\n" },
  { "alias-and-list", "import sys\nx = object()\ny = x\nl = [x]\nprint(sys.getrefcount(x))\n", "4\n" },
  { "literal-in-function", "import sys\ndef f():\n    return sys.getrefcount(123456)\nprint(f())\n", "3\n" },
  { "named-literal", "import sys\nx = 654321\nprint(sys.getrefcount(x))\n", "4\n" },
  /* one constant shared by two code objects: +1 for each co_consts */
  { "literal-two-code-objects", "import sys\ndef f():\n    return 777777\nx = 777777\nprint(sys.getrefcount(x))\n", "5\n" },
  { "argument-moved-into-frame", "import sys\ndef f(o):\n    return sys.getrefcount(o)\nx = []\nprint(f(x))\n", "3\n" },
  { "temporary-argument", "import sys\nprint(sys.getrefcount([]))\n", "1\n" },
  { "del-drops", "import sys\nx = []\ny = x\ndel y\nprint(sys.getrefcount(x))\n", "2\n" },
  /* an instance refers to its class */
  { "instances-hold-class", "import sys\nclass C:\n    pass\nb = sys.getrefcount(C)\nl = [C(), C()]\n"
    "print(sys.getrefcount(C) - b)\ndel l\nprint(sys.getrefcount(C) - b)\n", "2\n0\n" },
};

static void
test_refcounts (gconstpointer data)
{
  const RefcountCase *c = data;
  int status;
  PmlInterp *interp = run_script (c->source, FALSE, &status);

  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (pml_interp_get_stdout (interp), ==, c->expected_stdout);
  pml_interp_free (interp);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (request_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/objects/requests/%s", request_cases[i].name);

      g_test_add_data_func (path, &request_cases[i], test_requests);
    }
  for (guint i = 0; i < G_N_ELEMENTS (refcount_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/objects/refcount/%s", refcount_cases[i].name);

      g_test_add_data_func (path, &refcount_cases[i], test_refcounts);
    }
  return g_test_run ();
}
