/* test-cli-export.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define _GNU_SOURCE /* memmem */

#include <string.h>

#include "pml-test-cli.h"

/* `pymemlab export` as a user runs it: a file of the asked format, or a
 * clear message, exit status 2, and no file left behind. */

static const char *trace_text = "pymemlab-trace 1\n"
                                "A 7f0000000000\n"
                                "m 7f0000000030 24\n"
                                "m 7f0000004030 512\n"
                                "f 7f0000000030\n";

static void
test_formats (void)
{
  g_autofree char *trace = pml_test_write_file ("formats.trace", trace_text, -1);
  const char *names[] = { "heap.png", "pool.svg", "used.pdf" };
  const char *views[] = { "heap", "pool:0:1", "usedpools" };
  const char *magic[] = { "\x89PNG", "<?xml", "%PDF-" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *output = pml_test_path (names[i]);
      g_autofree char *contents = NULL;
      g_auto(PmlTestRun) run = { 0 };

      pml_test_run_pymemlab (&run, "export", trace, "--view", views[i], "--step", "2", "-o", output, NULL);
      g_assert_cmpint (run.status, ==, 0);
      g_assert_cmpstr (run.err, ==, "");
      g_assert_true (g_file_get_contents (output, &contents, NULL, NULL));
      g_assert_true (g_str_has_prefix (contents, magic[i]));
    }
}

/* --view all: heap, usedpools, then one page per size class in use; the
 * trace leaves classes 1 (24 bytes) and 31 (512 bytes) in use: 4 pages */
static void
test_all_views (void)
{
  g_autofree char *trace = pml_test_write_file ("all.trace",
                                                "pymemlab-trace 1\n"
                                                "A 7f0000000000\n"
                                                "m 7f0000000030 24\n"
                                                "m 7f0000004030 512\n", -1);
  g_autofree char *output = pml_test_path ("all.pdf");
  g_autofree char *png = pml_test_path ("all.png");
  g_auto(PmlTestRun) run = { 0 };
  g_auto(PmlTestRun) refused = { 0 };

  pml_test_run_pymemlab (&run, "export", trace, "--view", "all", "-o", output, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpuint (pml_test_count_pdf_pages (output), ==, 4);

  pml_test_run_pymemlab (&refused, "export", trace, "--view", "all", "-o", png, NULL);
  g_assert_cmpint (refused.status, ==, 2);
  g_assert_cmpstr (refused.err, ==, "pymemlab: --view all writes one page per view: it needs a PDF\n");
}

typedef struct
{
  const char *name;
  const char *args[6];
  const char *message;   /* after "pymemlab: " */
} BadExport;

static const BadExport bad_exports[] = {
  { "unknown-format", { "--format", "gif" }, "unknown format “gif” (expected png, svg or pdf)" },
  { "step-past-end", { "--step", "4" }, NULL },
  { "unknown-view", { "--view", "arenas" },
    "unknown view “arenas” (expected heap, usedpools, objects, collector, collector:PHASE "
    "(e.g. collector:move_unreachable) or pool:ARENA:POOL, e.g. pool:0:3)" },
  { "unknown-collector-phase", { "--view", "collector:sweep" },
    "unknown view “collector:sweep” (expected heap, usedpools, objects, collector, collector:PHASE "
    "(e.g. collector:move_unreachable) or pool:ARENA:POOL, e.g. pool:0:3)" },
  { "collector-of-a-trace", { "--view", "collector" },
    "the collector view needs a scenario script (.py) in which a collection has run by the chosen step" },
  { "objects-of-a-trace", { "--view", "objects" },
    "the objects view needs a scenario script (.py): a trace records no objects" },
  { "missing-arena", { "--view", "pool:5:0" }, "arena slot 5 holds no arena at this step" },
  { "bad-width", { "--width", "10" }, "--width takes a number of points from 200 to 20000" },
};

static void
test_bad_export (gconstpointer data)
{
  const BadExport *bad = data;
  g_autofree char *trace = pml_test_write_file ("bad.trace", trace_text, -1);
  g_autofree char *output = pml_test_path ("bad.png");
  g_autofree char *expected = NULL;
  g_auto(PmlTestRun) run = { 0 };

  pml_test_run_pymemlab (&run, "export", trace, "-o", output, bad->args[0], bad->args[1], NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpstr (run.out, ==, "");
  expected = bad->message != NULL ? g_strdup_printf ("pymemlab: %s\n", bad->message)
                                  : g_strdup_printf ("pymemlab: --step 4 is past the end of %s (3 requests)\n", trace);
  g_assert_cmpstr (run.err, ==, expected);
  g_assert_false (g_file_test (output, G_FILE_TEST_EXISTS));
}

/* The objects view of a two-node cycle: four white cards (the module gc,
 * the class Node, the two nodes); with the names gc, Node, a and b after
 * line 5 four names outlined in the accent, after del on line 8 two */
static void
test_objects_view (void)
{
  g_autofree char *script = pml_test_write_file ("cycle.py",
                                                 "import gc\n"
                                                 "class Node:\n"
                                                 "    pass\n"
                                                 "a = Node()\n"
                                                 "b = Node()\n"
                                                 "a.other = b\n"
                                                 "b.other = a\n"
                                                 "del a, b\n"
                                                 "gc.collect()\n", -1);
  const char *card = "75.294118%,74.901961%,73.72549%";    /* #c0bfbc */
  const char *accent = "10.980392%,44.313725%,84.705882%"; /* #1c71d8 */
  const char *lines[] = { "5", "8" };
  const guint pills[] = { 4, 2 };

  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      g_autofree char *output = pml_test_path ("objects.svg");
      g_autofree char *svg = NULL;
      g_auto(PmlTestRun) run = { 0 };

      pml_test_run_pymemlab (&run, "export", script, "--view", "objects", "--line", lines[i], "-o", output, NULL);
      g_assert_cmpint (run.status, ==, 0);
      g_assert_true (g_file_get_contents (output, &svg, NULL, NULL));
      g_assert_cmpuint (pml_test_count_svg_paths (svg, "100%,100%,100%", card), ==, 4);
      g_assert_cmpuint (pml_test_count_svg_paths (svg, "100%,100%,100%", accent), ==, pills[i]);
    }
}

/* A chain eight lists deep is eight columns of cards: the picture widens
 * to hold them all rather than cut them at the asked width */
/* The text of a one-page PDF, as pdftotext (poppler-utils, which
 * build-aux/install-deps.sh installs) reads it: Cairo keeps text as text */
static char *
pdf_text (const char *pdf)
{
  const char *argv[] = { "pdftotext", "-layout", pdf, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *text = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &text, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return text;
}

static const char lesson_script[] =
  "import sys\n"                              /* 1 */
  "\n"                                        /* 2 */
  "class Node:\n"                             /* 3 */
  "    def __init__(self, name, value):\n"    /* 4 */
  "        self.name = name\n"                /* 5 */
  "        self.value = value\n"              /* 6 */
  "        self.next = None\n"                /* 7 */
  "\n"                                        /* 8 */
  "def link(a, b):\n"                         /* 9 */
  "    a.next = b\n"                          /* 10 */
  "    return sys.getrefcount(b)\n"           /* 11 */
  "\n"                                        /* 12 */
  "data = [1, 2, 3]\n"                        /* 13 */
  "alias = data\n"                            /* 14 */
  "first = Node(\"first\", 3.5)\n"            /* 15 */
  "second = Node(\"second\", data)\n"         /* 16 */
  "count = link(first, second)\n"             /* 17 */
  "label = \"done\"\n";                       /* 18 */

static const char cycle_script[] =
  "import gc\n"
  "class Node:\n"
  "    def __init__(self, name):\n"
  "        self.name = name\n"
  "        self.other = None\n"
  "a = Node('a')\n"
  "b = Node('b')\n"
  "a.other = b\n"
  "b.other = a\n"
  "del a, b\n"
  "print(gc.collect())\n"
  "print('done')\n";

/* The collector view at a phase of the collection line 11 ran: the phase
 * in words, the lists and their objects as text in the PDF; a script
 * with no collection yet is refused */
static void
test_collector_view (void)
{
  g_autofree char *script = pml_test_write_file ("cycle.py", cycle_script, -1);
  g_autofree char *output = pml_test_path ("collector.pdf");
  g_autofree char *svg = pml_test_path ("collector.svg");
  g_autofree char *text = NULL;
  g_autofree char *end_text = NULL;
  g_auto(PmlTestRun) run = { 0 };
  g_auto(PmlTestRun) end = { 0 };
  g_auto(PmlTestRun) early = { 0 };
  g_auto(PmlTestRun) as_svg = { 0 };
  const char *expected[] = {
    "Collecting generation 2: move_unreachable",
    "move_unreachable: an object with gc_refs 0 moves to the unreachable list",
    "Generation 2, being collected", "Unreachable, for now (2 objects)", "head",
    "gc_refs 0", "other objects",
  };

  pml_test_run_pymemlab (&run, "export", script, "--view", "collector:move_unreachable", "--line", "11", "-o", output,
                         NULL);
  g_assert_cmpint (run.status, ==, 0);
  text = pdf_text (output);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    if (strstr (text, expected[i]) == NULL)
      g_error ("“%s” is not in the PDF:\n%s", expected[i], text);

  /* the end of the same collection: both freed, the other objects kept */
  pml_test_run_pymemlab (&end, "export", script, "--view", "collector", "--line", "11", "-o", output, NULL);
  g_assert_cmpint (end.status, ==, 0);
  end_text = pdf_text (output);
  g_assert_nonnull (strstr (end_text, "Collecting generation 2: end"));
  g_assert_nonnull (strstr (end_text, "Freed (2 objects)"));
  g_assert_nonnull (strstr (end_text, "Unreachable, for now (0 objects)"));

  pml_test_run_pymemlab (&as_svg, "export", script, "--view", "collector:subtract_refs", "--line", "11", "-o", svg,
                         NULL);
  g_assert_cmpint (as_svg.status, ==, 0);
  g_assert_true (g_file_test (svg, G_FILE_TEST_EXISTS));

  /* before line 11, no collection has run */
  pml_test_run_pymemlab (&early, "export", script, "--view", "collector", "--line", "6", "-o", output, NULL);
  g_assert_cmpint (early.status, ==, 2);
  g_assert_cmpstr (early.err, ==, "pymemlab: the collector view needs a scenario script (.py) in which a collection "
                                  "has run by the chosen step\n");
}

/* The objects view in a PDF says what the window shows, as text: the
 * frames (the globals, and link() running line 11 once line 10 ran), the
 * names, the values written where they are held, the slots of the list
 * in order, the attributes of each Node, and the interpreter's holders */
static void
test_objects_view_text (void)
{
  g_autofree char *script = pml_test_write_file ("lesson.py", lesson_script, -1);
  g_autofree char *output = pml_test_path ("lesson.pdf");
  g_autofree char *shared_output = pml_test_path ("lesson-shared.pdf");
  g_autofree char *text = NULL;
  g_autofree char *shared_text = NULL;
  g_auto(PmlTestRun) run = { 0 };
  g_auto(PmlTestRun) shared = { 0 };
  const char *expected[] = {
    "Global frame · line 17", "link() · line 11", "running function",
    "data", "alias", "first", "second", "Node", "sys",
    "class Node", "link(a, b)", "Node.__init__(self, name, value)", "module sys",
    "[0] 1", "[1] 2", "[2] 3",
    "name 'first'", "value 3.5", "name 'second'", "next None",
    "refcount 2", "refcount 3",
  };

  pml_test_run_pymemlab (&run, "export", script, "--view", "objects", "--line", "10", "-o", output, NULL);
  g_assert_cmpint (run.status, ==, 0);
  text = pdf_text (output);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    if (strstr (text, expected[i]) == NULL)
      g_error ("“%s” is not in the PDF:\n%s", expected[i], text);
  /* small values are written in place, not drawn as objects */
  g_assert_null (strstr (text, "str #"));
  g_assert_null (strstr (text, "float #"));

  /* --shared-values: the same frames and names, the values as objects */
  pml_test_run_pymemlab (&shared, "export", script, "--view", "objects", "--line", "10", "--shared-values", "-o",
                         shared_output, NULL);
  g_assert_cmpint (shared.status, ==, 0);
  shared_text = pdf_text (shared_output);
  g_assert_nonnull (strstr (shared_text, "Global frame · line 17"));
  g_assert_nonnull (strstr (shared_text, "link() · line 11"));
  g_assert_nonnull (strstr (shared_text, "str #"));
  g_assert_nonnull (strstr (shared_text, "float #"));
  g_assert_nonnull (strstr (shared_text, "shared by the runtime"));
}

static void
test_objects_view_widens (void)
{
  g_autofree char *script = pml_test_write_file ("chain.py", "chain = [[[[[[[[1]]]]]]]]\nx = 1\n", -1);
  g_autofree char *output = pml_test_path ("chain.png");
  g_autofree char *png = NULL;
  g_auto(PmlTestRun) run = { 0 };
  gsize length;
  guint32 width;

  pml_test_run_pymemlab (&run, "export", script, "--view", "objects", "--line", "1", "-o", output, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (output, &png, &length, NULL));
  g_assert_cmpuint (length, >, 24);
  /* IHDR: the width, big-endian, at byte 16 */
  width = (guint32) (guint8) png[16] << 24 | (guint32) (guint8) png[17] << 16 |
          (guint32) (guint8) png[18] << 8 | (guint8) png[19];
  /* eight 168-point cards and the seven gaps of 72 between them */
  g_assert_cmpuint (width, >=, 8 * 168 + 7 * 72);
}

static void
test_unwritable (void)
{
  g_autofree char *trace = pml_test_write_file ("unwritable.trace", trace_text, -1);
  g_auto(PmlTestRun) run = { 0 };

  pml_test_run_pymemlab (&run, "export", trace, "-o", "/nonexistent-dir/heap.svg", NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_true (g_str_has_prefix (run.err, "pymemlab: Could not write “/nonexistent-dir/heap.svg”: "));
}

static void
test_no_format_in_name (void)
{
  g_autofree char *trace = pml_test_write_file ("noext.trace", trace_text, -1);
  g_autofree char *output = pml_test_path ("diagram");
  g_autofree char *expected = g_strdup_printf ("pymemlab: cannot tell the format from “%s”: name it .png, "
                                               ".svg or .pdf, or use --format\n", output);
  g_auto(PmlTestRun) run = { 0 };

  pml_test_run_pymemlab (&run, "export", trace, "-o", output, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpstr (run.err, ==, expected);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export/formats", test_formats);
  g_test_add_func ("/export/all-views", test_all_views);
  g_test_add_func ("/export/unwritable", test_unwritable);
  g_test_add_func ("/export/objects-view", test_objects_view);
  g_test_add_func ("/export/collector-view", test_collector_view);
  g_test_add_func ("/export/objects-view-widens", test_objects_view_widens);
  g_test_add_func ("/export/objects-view-text", test_objects_view_text);
  g_test_add_func ("/export/no-format-in-name", test_no_format_in_name);
  for (guint i = 0; i < G_N_ELEMENTS (bad_exports); i++)
    {
      g_autofree char *path = g_strdup_printf ("/export/bad/%s", bad_exports[i].name);

      g_test_add_data_func (path, &bad_exports[i], test_bad_export);
    }

  status = g_test_run ();
  pml_test_remove_scratch ();
  return status;
}
