/* test-cli-handout.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define _GNU_SOURCE
#include <string.h>

#include "pml-test-cli.h"

/* `pymemlab handout`: a PDF with one A4 landscape page per executed line,
 * or per line marked `# step`, checked by its structure and its text */

static guint
count_pages (const char *path, gboolean *a4_landscape)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  *a4_landscape = memmem (contents, length, "/MediaBox [ 0 0 842 595 ]", 25) != NULL;
  return pml_test_count_pdf_pages (path);
}

/* The lines CPython reports to sys.settrace: 1, 2, 3, 2, 3, 2, 4 */
static void
test_every_line (void)
{
  g_autofree char *script = pml_test_write_file ("lines.py", "x = []\nfor i in range(2):\n    x.append([i])\n"
                                                 "del x\n", -1);
  g_autofree char *pdf = pml_test_path ("lines.pdf");
  g_autofree char *expected = g_strconcat (pdf, ": 7 pages\n", NULL);
  g_auto(PmlTestRun) run = { 0 };
  gboolean a4;

  pml_test_run_pymemlab (&run, "handout", script, "-o", pdf, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, expected);
  g_assert_cmpuint (count_pages (pdf, &a4), ==, 7);
  g_assert_true (a4);
}

static void
test_step_marks (void)
{
  g_autofree char *script = pml_test_write_file ("marked.py", "a = [1, 2, 3]  # step\nb = a\n"
                                                 "for i in range(5):\n    b = b + [i]\ndel a  # step\n", -1);
  g_autofree char *pdf = pml_test_path ("marked.pdf");
  g_auto(PmlTestRun) run = { 0 };
  gboolean a4;

  pml_test_run_pymemlab (&run, "handout", script, "-o", pdf, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpuint (count_pages (pdf, &a4), ==, 2);
}

/* The text of one page, as pdftotext (poppler-utils, which
 * build-aux/install-deps.sh installs) reads it: Cairo keeps text as text */
static char *
page_text (const char *pdf,
           guint       page)
{
  g_autofree char *number = g_strdup_printf ("%u", page);
  const char *argv[] = { "pdftotext", "-f", number, "-l", number, pdf, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *text = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &text, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return text;
}

static guint
count (const char *text,
       const char *needle)
{
  guint n = 0;

  for (const char *at = strstr (text, needle); at != NULL; at = strstr (at + 1, needle))
    n++;
  return n;
}

/* Each page draws the objects after its line too, and tells what the line
 * did to them: a cycle with both names, then left by del */
static void
test_objects (void)
{
  g_autofree char *script = pml_test_write_file ("cycle.py",
                                                 "class Node:\n"
                                                 "    pass\n"
                                                 "a = Node()\n"
                                                 "b = Node()\n"
                                                 "a.other = b\n"
                                                 "b.other = a  # step\n"
                                                 "del a, b  # step\n"
                                                 "x = 1\n", -1);
  g_autofree char *pdf = pml_test_path ("cycle.pdf");
  g_autofree char *named = NULL;
  g_autofree char *left = NULL;
  g_auto(PmlTestRun) run = { 0 };
  gboolean a4;

  pml_test_run_pymemlab (&run, "handout", script, "-o", pdf, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpuint (count_pages (pdf, &a4), ==, 2);
  g_assert_true (a4);

  /* the heap view draws no object cards: these come from the objects view */
  named = page_text (pdf, 1);
  g_assert_nonnull (strstr (named, "The heap after line 6"));
  g_assert_nonnull (strstr (named, "The objects after line 6"));
  g_assert_cmpuint (count (named, "Node #"), ==, 2);
  g_assert_cmpuint (count (named, "refcount 2 · 56 B"), ==, 2);
  g_assert_null (strstr (named, "Reached from no name"));
  /* b.other = a: a gains its second reference */
  g_assert_cmpuint (count (named, "The reference count of Node "), ==, 1);
  g_assert_nonnull (strstr (named, " rises to 2."));
  g_assert_null (strstr (named, "Cut to fit"));

  left = page_text (pdf, 2);
  g_assert_nonnull (strstr (left, "The objects after line 7"));
  g_assert_nonnull (strstr (left, "Reached from no name"));
  g_assert_cmpuint (count (left, "refcount 1 · 56 B"), ==, 2);
  g_assert_cmpuint (count (left, " falls to 1."), ==, 2);
  g_assert_null (strstr (left, "Cut to fit"));
}

/* A line that frees five lists the page drew tells of two, then counts
 * the rest: the narration keeps to its lines */
static void
test_objects_capped (void)
{
  g_autofree char *script = pml_test_write_file ("five.py",
                                                 "a = [[1], [2], [3], [4]]\n"
                                                 "del a  # step\n"
                                                 "x = 1\n", -1);
  g_autofree char *pdf = pml_test_path ("five.pdf");
  g_autofree char *text = NULL;
  g_auto(PmlTestRun) run = { 0 };

  pml_test_run_pymemlab (&run, "handout", script, "-o", pdf, NULL);
  g_assert_cmpint (run.status, ==, 0);
  text = page_text (pdf, 1);
  g_assert_nonnull (strstr (text, "It freed 5 list."));
  g_assert_cmpuint (count (text, " is freed"), ==, 2);
  g_assert_cmpuint (count (text, "…and 3 more changes to the script’s objects."), ==, 1);
}

/* A chain thirteen objects long is too wide to read scaled into its
 * column: it is cut, and the page says so */
static void
test_objects_cut (void)
{
  g_autofree char *script = pml_test_write_file ("chain.py",
                                                 "class N:\n"
                                                 "    pass\n"
                                                 "head = N()\n"
                                                 "cur = head\n"
                                                 "for i in range(12):\n"
                                                 "    cur.next = N()\n"
                                                 "    cur = cur.next\n"
                                                 "x = 1  # step\n"
                                                 "y = 2\n", -1);
  g_autofree char *pdf = pml_test_path ("chain.pdf");
  g_autofree char *text = NULL;
  g_auto(PmlTestRun) run = { 0 };
  gboolean a4;

  pml_test_run_pymemlab (&run, "handout", script, "-o", pdf, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpuint (count_pages (pdf, &a4), ==, 1);
  text = page_text (pdf, 1);
  g_assert_nonnull (strstr (text, "N #"));
  g_assert_cmpuint (count (text, "Cut to fit the page: “pymemlab export --view objects” draws it "
                                 "whole."), ==, 1);
  g_assert_null (strstr (text, "--view heap"));
}

/* --predict: a page per "# ask" line, showing the state before it runs,
 * and the answers at the end. tests/predict/refcounts_marked.py asks on
 * lines 7 and 13 (line 8, a print, changes nothing to grade): python3.11
 * prints getrefcount 3 after line 7 (a count of 2), and 5 on line 11,
 * so 3 once `del alias` ran on line 13. */
static void
test_predict (void)
{
  g_autofree char *script = g_build_filename (g_getenv ("G_TEST_SRCDIR"), "predict", "refcounts_marked.py", NULL);
  g_autofree char *pdf = pml_test_path ("predict.pdf");
  g_autofree char *expected = g_strconcat (pdf, ": 2 questions, and the answer key\n", NULL);
  g_autofree char *first = NULL;
  g_autofree char *key = NULL;
  g_auto(PmlTestRun) run = { 0 };
  g_auto(PmlTestRun) none = { 0 };
  g_autofree char *plain = pml_test_write_file ("asks-nothing.py", "x = 1  # ask\nprint(x)\n", -1);
  gboolean a4;

  pml_test_run_pymemlab (&run, "handout", "--predict", script, "-o", pdf, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, expected);
  /* the two questions and the answer key */
  g_assert_cmpuint (count_pages (pdf, &a4), ==, 3);
  first = page_text (pdf, 1);
  g_assert_nonnull (strstr (first, "question 1 of 2, line 7"));
  g_assert_nonnull (strstr (first, "The objects before line 7 runs"));
  g_assert_nonnull (strstr (first, "`data`"));
  g_assert_nonnull (strstr (first, "Your answer"));
  key = page_text (pdf, 3);
  g_assert_nonnull (strstr (key, "Answer key"));
  g_assert_nonnull (strstr (key, "1. Line 7: 2."));
  g_assert_nonnull (strstr (key, "2. Line 13: 3."));

  /* a small int's count is the runtime's: nothing to ask */
  pml_test_run_pymemlab (&none, "handout", "--predict", plain, "-o", pdf, NULL);
  g_assert_cmpint (none.status, ==, 2);
  g_assert_true (g_str_has_suffix (none.err, "the script asks no question: mark the lines to ask about with "
                                   "“# ask”\n"));
}

typedef struct
{
  const char *name;
  const char *output;      /* NULL: a path in the scratch directory */
  const char *extra;       /* an extra option, or NULL */
  const char *message;     /* the end of stderr */
} BadHandout;

static const BadHandout bad_handouts[] = {
  { "not-pdf", "handout.png", NULL, "a handout is a PDF: name the file .pdf\n" },
  { "unwritable", "/nonexistent-dir/handout.pdf", NULL, NULL },
  { "too-many-pages", "long.pdf", "--max-pages=5", "the handout would have more than 5 pages; mark the lines to "
    "show with “# step”, or raise --max-pages\n" },
};

static void
test_bad (gconstpointer data)
{
  const BadHandout *bad = data;
  g_autofree char *script = pml_test_write_file ("loop.py", "n = 0\nfor i in range(10):\n    n += i\n", -1);
  g_autofree char *output = bad->output[0] == '/' ? g_strdup (bad->output) : pml_test_path (bad->output);
  g_auto(PmlTestRun) run = { 0 };

  if (bad->extra)
    pml_test_run_pymemlab (&run, "handout", bad->extra, script, "-o", output, NULL);
  else
    pml_test_run_pymemlab (&run, "handout", script, "-o", output, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_true (g_str_has_prefix (run.err, "pymemlab: "));
  if (bad->message)
    g_assert_true (g_str_has_suffix (run.err, bad->message));
  else
    g_assert_nonnull (strstr (run.err, "Could not write"));
  g_assert_false (g_file_test (output, G_FILE_TEST_EXISTS));
}

/* `export` draws a script's heap after a step or a line, like a trace's */
static void
test_export_script (void)
{
  g_autofree char *script = pml_test_write_file ("grow.py", "x = []\nfor i in range(300):\n    x.append([i])\n"
                                                 "\n# the end\ny = len(x)\n", -1);
  g_autofree char *svg = pml_test_path ("grow.svg");
  g_autofree char *contents = NULL;
  g_auto(PmlTestRun) run = { 0 };
  g_auto(PmlTestRun) never = { 0 };
  g_auto(PmlTestRun) past = { 0 };
  g_autofree char *never_msg = g_strconcat ("pymemlab: ", script, ": line 5 never ran (blank, a comment, or never "
                                            "reached)\n", NULL);
  g_autofree char *past_msg = g_strconcat ("pymemlab: ", script, " ran 603 lines: there is no step 604\n", NULL);

  pml_test_run_pymemlab (&run, "export", script, "--line", "3", "-o", svg, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (svg, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "<svg"));

  pml_test_run_pymemlab (&never, "export", script, "--line", "5", "-o", svg, NULL);
  g_assert_cmpint (never.status, ==, 2);
  g_assert_cmpstr (never.err, ==, never_msg);
  /* 1, then 2 and 3 300 times, a last 2, then 6 */
  pml_test_run_pymemlab (&past, "export", script, "--step", "604", "-o", svg, NULL);
  g_assert_cmpint (past.status, ==, 2);
  g_assert_cmpstr (past.err, ==, past_msg);
}

/* A full disk: a 16 KiB file system of the test's own (a mount namespace,
 * as an unprivileged user may make) cannot hold a handout. Each command
 * says why with exit status 2, a new file is not left half-written, and
 * an old file of the same name is kept as it was. */
static void
test_full_disk (void)
{
  g_autofree char *dir = pml_test_path ("full-disk");
  g_autofree char *script = g_strdup_printf (
    "mount -t tmpfs -o size=16k tmpfs '%s' || exit 77\n"
    "'%s' handout '%s/../data/examples/cycles_and_collect.py' -o '%s/new.pdf'\n"
    "echo \"new $?\"\n"
    "echo old > '%s/old.pdf'\n"
    "'%s' export '%s/../data/examples/cycles_and_collect.py' --view all -o '%s/old.pdf'\n"
    "echo \"old $?\"\n"
    "ls -A '%s'; cat '%s/old.pdf'\n",
    dir, g_getenv ("PYMEMLAB"), g_getenv ("G_TEST_SRCDIR"), dir, dir, g_getenv ("PYMEMLAB"),
    g_getenv ("G_TEST_SRCDIR"), dir, dir, dir);
  const char *argv[] = { "unshare", "-rm", "sh", "-c", script, NULL };
  g_autofree char *out = NULL, *err = NULL;
  int status;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status, NULL) ||
      !g_spawn_check_wait_status (status, NULL))
    {
      g_test_skip ("no mount namespace here (unshare -rm) for a small file system");
      return;
    }
  g_assert_cmpstr (out, ==, "new 2\nold 2\nold.pdf\nold\n");
  g_assert_nonnull (strstr (err, "new.pdf”: No space left on device"));
  g_assert_nonnull (strstr (err, "old.pdf”: No space left on device"));
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/handout/every-line", test_every_line);
  g_test_add_func ("/handout/step-marks", test_step_marks);
  g_test_add_func ("/handout/objects", test_objects);
  g_test_add_func ("/handout/objects-capped", test_objects_capped);
  g_test_add_func ("/handout/objects-cut", test_objects_cut);
  g_test_add_func ("/handout/export-script", test_export_script);
  g_test_add_func ("/handout/predict", test_predict);
  g_test_add_func ("/handout/full-disk", test_full_disk);
  for (guint i = 0; i < G_N_ELEMENTS (bad_handouts); i++)
    {
      g_autofree char *path = g_strdup_printf ("/handout/bad/%s", bad_handouts[i].name);

      g_test_add_data_func (path, &bad_handouts[i], test_bad);
    }
  status = g_test_run ();
  pml_test_remove_scratch ();
  return status;
}
