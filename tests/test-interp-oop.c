/* test-interp-oop.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "pml-py.h"

/* What reading a class's __dict__ and an exception's __traceback__
 * allocates, which a script's output cannot show: sys.getsizeof of
 * python3.11 gives 40 bytes for a mappingproxy, made afresh at each read
 * and dying with its last reference; a traceback once read is the same
 * object at the next read. */

typedef struct
{
  const char *name;
  const char *setup;
  const char *statement;
  const char *expected;    /* requests as "m40 f" */
} RequestCase;

#define SETUP "import gc\nimport pymalloc\nx = None\n"

static const RequestCase request_cases[] = {
  { "class-dict-kept", "class C:\n    a = 1\n", "x = C.__dict__", "m40" },
  /* the temporary proxy is freed once the lookup in it is done */
  { "class-dict-lookup", "class C:\n    a = 1\n", "x = C.__dict__['a']", "m40 f" },
  /* the second read finds the same traceback object */
  { "traceback-read-twice",
    "try:\n    1 / 0\nexcept ZeroDivisionError as e:\n    err = e\nx = err.__traceback__\n",
    "y = err.__traceback__", "" },
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
  g_autofree char *source = g_strdup_printf (SETUP "%s\ny = None\ngc.collect()\npymalloc.malloc(7)\n%s\npymalloc.malloc(9)\n",
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
      g_autofree char *path = g_strdup_printf ("/oop/requests/%s", request_cases[i].name);

      g_test_add_data_func (path, &request_cases[i], test_requests);
    }
  return g_test_run ();
}
