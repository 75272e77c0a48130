/* test-cli-lesson.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>
#include <json-glib/json-glib.h>

#include "pml-test-cli.h"

/* `pymemlab export` and `handout` of a lesson (.pymemlab): the same
 * diagram as the script's at the lesson's step and view, and a clear
 * message (exit status 2, no file written) for a lesson that cannot be
 * read. The lessons are written here as a teacher would by hand. */

/* Lines as they run: 1 2 3 | 2 3 | 2 3 | 2 (the loop ends) 4 */
static const char *script_text =
  "items = []\n"
  "for i in range(3):\n"
  "    items.append(str(i) * 40)\n"
  "print(len(items))\n";

/* A lesson of @n_slides slides of @script (run under the name @name),
 * the first after @lines_run lines in @view; version @version */
static char *
write_lesson (const char *file,
              const char *name,
              guint       n_slides,
              guint       lines_run,
              const char *view,
              gint64      version)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, "pymemlab-lesson");
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, version);
  json_builder_set_member_name (builder, "slides");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n_slides; i++)
    {
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, name);
      json_builder_set_member_name (builder, "script");
      json_builder_add_string_value (builder, script_text);
      json_builder_set_member_name (builder, "preset");
      json_builder_add_string_value (builder, "cpython-3.8");
      json_builder_set_member_name (builder, "view");
      json_builder_add_string_value (builder, view);
      json_builder_set_member_name (builder, "cursor");
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "lines_run");
      json_builder_add_int_value (builder, lines_run + i);
      json_builder_end_object (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, NULL);
  return pml_test_write_file (file, text, -1);
}

static char *
read_file (const char *path)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

/* The lesson's export is the script's at the same step, view and preset,
 * byte for byte (the script runs under the lesson's name for it: the
 * name is in its code objects, whose sizes the heap shows) */
static void
test_export_equals_script (void)
{
  const char *views[] = { "heap", "objects" };

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      g_autofree char *script = pml_test_write_file ("items.py", script_text, -1);
      g_autofree char *lesson = write_lesson ("items.pymemlab", script, 1, 5, views[i], 1);
      g_autofree char *from_lesson = pml_test_path ("lesson.svg");
      g_autofree char *from_script = pml_test_path ("script.svg");
      g_autofree char *a = NULL;
      g_autofree char *b = NULL;
      g_auto(PmlTestRun) run = { 0 };
      g_auto(PmlTestRun) reference = { 0 };

      pml_test_run_pymemlab (&run, "export", lesson, "-o", from_lesson, NULL);
      g_assert_cmpstr (run.err, ==, "");
      g_assert_cmpint (run.status, ==, 0);
      pml_test_run_pymemlab (&reference, "export", script, "--step", "5", "--view", views[i], "--preset",
                             "cpython-3.8", "--title", script, "-o", from_script, NULL);
      g_assert_cmpint (reference.status, ==, 0);
      a = read_file (from_lesson);
      b = read_file (from_script);
      g_assert_cmpstr (a, ==, b);
      /* and not just any diagram: another step draws another one */
      {
        g_auto(PmlTestRun) other = { 0 };
        g_autofree char *c = NULL;

        pml_test_run_pymemlab (&other, "export", script, "--step", "2", "--view", views[i], "--preset",
                               "cpython-3.8", "--title", script, "-o", from_script, NULL);
        c = read_file (from_script);
        g_assert_cmpstr (a, !=, c);
      }
    }
}

/* --slide picks a slide of a playlist; one past the end is refused */
static void
test_export_slide (void)
{
  g_autofree char *script = pml_test_write_file ("items.py", script_text, -1);
  g_autofree char *lesson = write_lesson ("three.pymemlab", script, 3, 2, "heap", 1);
  g_autofree char *from_lesson = pml_test_path ("slide.svg");
  g_autofree char *from_script = pml_test_path ("step.svg");
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *message = NULL;
  g_auto(PmlTestRun) run = { 0 };
  g_auto(PmlTestRun) reference = { 0 };
  g_auto(PmlTestRun) past = { 0 };

  /* slide 3 is after 2 + 2 lines */
  pml_test_run_pymemlab (&run, "export", lesson, "--slide", "3", "-o", from_lesson, NULL);
  g_assert_cmpint (run.status, ==, 0);
  pml_test_run_pymemlab (&reference, "export", script, "--step", "4", "--preset", "cpython-3.8", "--title", script,
                         "-o", from_script, NULL);
  a = read_file (from_lesson);
  b = read_file (from_script);
  g_assert_cmpstr (a, ==, b);

  pml_test_run_pymemlab (&past, "export", lesson, "--slide", "4", "-o", from_lesson, NULL);
  g_assert_cmpint (past.status, ==, 2);
  message = g_strdup_printf ("pymemlab: %s has 3 slides: there is no slide 4\n", lesson);
  g_assert_cmpstr (past.err, ==, message);
}

static void
test_handout (void)
{
  g_autofree char *script = pml_test_write_file ("items.py", script_text, -1);
  g_autofree char *lesson = write_lesson ("handout.pymemlab", script, 1, 1, "objects", 1);
  g_autofree char *pdf = pml_test_path ("handout.pdf");
  g_auto(PmlTestRun) run = { 0 };

  pml_test_run_pymemlab (&run, "handout", lesson, "-o", pdf, NULL);
  g_assert_cmpint (run.status, ==, 0);
  /* a page per line run: 1 2 3 2 3 2 3 2 4 */
  g_assert_cmpuint (pml_test_count_pdf_pages (pdf), ==, 9);
}

/* Broken lessons: the message names the file; nothing is written */
static void
test_bad_lessons (void)
{
  g_autofree char *script = pml_test_write_file ("items.py", script_text, -1);
  g_autofree char *future = write_lesson ("future.pymemlab", script, 1, 1, "heap", 7);
  g_autofree char *corrupt = pml_test_write_file ("corrupt.pymemlab", "{ \"format\": \"pymemlab-lesson\",\n  \"vers", -1);
  g_autofree char *output = pml_test_path ("never.png");
  struct { const char *path; const char *expected; } cases[] = {
    { future, ": a lesson of format version 7, from a newer PyMem Lab: this one reads version 1 and below\n" },
    /* cut short: json-glib places the error where its scanner stopped */
    { corrupt, ":" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(PmlTestRun) run = { 0 };
      g_autofree char *expected = NULL;

      pml_test_run_pymemlab (&run, "export", cases[i].path, "-o", output, NULL);
      g_assert_cmpint (run.status, ==, 2);
      expected = g_strconcat (cases[i].path, cases[i].expected, NULL);
      g_assert_true (g_str_has_prefix (run.err, "pymemlab: "));
      g_assert_true (g_str_has_prefix (run.err + strlen ("pymemlab: "), expected));
      g_assert_true (cases[i].path != corrupt || strstr (run.err, "it is not valid JSON") != NULL);
      g_assert_false (g_file_test (output, G_FILE_TEST_EXISTS));
    }
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/cli/lesson/export-equals-script", test_export_equals_script);
  g_test_add_func ("/cli/lesson/export-slide", test_export_slide);
  g_test_add_func ("/cli/lesson/handout", test_handout);
  g_test_add_func ("/cli/lesson/bad", test_bad_lessons);
  status = g_test_run ();
  pml_test_remove_scratch ();
  return status;
}
