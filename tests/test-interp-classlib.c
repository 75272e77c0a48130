/* test-interp-classlib.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "pml-py.h"

/* The allocation requests behind the objects the bundled Python modules
 * make (dataclasses, enum, copy), which no script output shows: the args
 * tuple of a call through tp_call, an instance and its values array sized
 * by the class's shared keys, a slotted instance with no dict at all. Each
 * expected sequence was recorded from python3.11 with "pymemlab record"
 * (pymalloc.malloc through a ctypes shim, whose own requests around the
 * markers are left out), after a gc.collect () had emptied the free
 * lists, between two marker requests. */

typedef struct
{
  const char *name;
  const char *setup;
  const char *statement;
  const char *expected;    /* requests as "m56 c3x8 f" */
} RequestCase;

#define SETUP "import gc\nimport pymalloc\nimport copy\n" \
              "from dataclasses import dataclass\nfrom enum import Enum\n" \
              "@dataclass\nclass Point:\n    x: int\n    y: int\n" \
              "@dataclass(slots=True)\nclass Slim:\n    x: int\n    y: int\n" \
              "class Color(Enum):\n    RED = 1\n    GREEN = 2\n"

static const RequestCase request_cases[] = {
  /* the args tuple, the instance (32 pre-header + 24), then its values:
     28 slots once a first instance took one from the keys' 30 */
  { "dataclass-instance", "p = Point(1000, 2000)\n", "q = Point(3000, 4000)", "m56 m56 m256" },
  /* the args tuple and the 48-byte object holding both fields */
  { "dataclass-slots-instance", "p = Slim(1000, 2000)\n", "q = Slim(3000, 4000)", "m56 m48" },
  /* reading __dict__ makes the dict over the values array */
  { "dataclass-dict", "p = Point(1000, 2000)\n", "d = p.__dict__", "m64" },
  /* EnumType defines __getattr__: every attribute of an enum class is
     read through type.__getattribute__'s method-wrapper, made and freed
     (slot_tp_getattr_hook); Color['GREEN'] reads _member_map_ */
  { "enum-by-name", "c = Color['RED']\n", "c = Color['GREEN']", "m48 f" },
  { "enum-attribute", "x = Color.RED.name\n", "c = Color.GREEN.value", "m48 f" },
  { "enum-attributes", "x = Color.RED\n", "c = Color.RED; d = Color.GREEN", "m48 f m48 f" },
  /* a list's shallow copy: the list and its items array, exactly sized */
  { "copy-list", "", "q = copy.copy([1000, 2000])", "m56 c2x8 m56 m16 f" },
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

      if (r->op == 'm' && r->a == 7)
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
      g_autofree char *path = g_strdup_printf ("/classlib/requests/%s", request_cases[i].name);

      g_test_add_data_func (path, &request_cases[i], test_requests);
    }
  return g_test_run ();
}
