/* test-cli-record.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "pml-test-cli.h"

/* `pymemlab record` on small real scripts: each recording must replay
 * with every small block at its recorded address, and the replayed
 * statistics must equal those the real process printed. */

typedef struct
{
  const char *script;
  const char *output;   /* in the scratch directory */
  int         status;   /* the script's exit status */
} Recording;

static const Recording recordings[] = {
  { "json_roundtrip.py", "json.trace.gz", 0 },
  { "cycles.py", "cycles.trace", 0 },
  { "raises.py", "raises.trace", 1 },
};

static char *
script_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "record", name, NULL);
}

static void
test_record_and_replay (gconstpointer data)
{
  const Recording *recording = data;
  g_autofree char *script = script_path (recording->script);
  g_autofree char *trace = pml_test_path (recording->output);
  g_autofree char *stats_path = NULL;
  g_autofree char *stats = NULL;
  g_auto(PmlTestRun) record = { 0 };
  g_auto(PmlTestRun) verify = { 0 };
  g_auto(PmlTestRun) replay = { 0 };
  g_autofree char *stem = NULL;
  const char *dot;

  pml_test_run_pymemlab (&record, "record", "-o", trace, "--", script, NULL);
  g_assert_cmpint (record.status, ==, recording->status);
  g_assert_nonnull (strstr (record.err, "pymemlab: recorded "));

  dot = strstr (trace, ".trace");
  stem = g_strndup (trace, dot - trace);
  stats_path = g_strconcat (stem, ".stats", NULL);
  g_assert_true (g_file_get_contents (stats_path, &stats, NULL, NULL));
  g_assert_true (g_str_has_prefix (stats, "Small block threshold = 512, in 32 size classes."));

  pml_test_run_pymemlab (&verify, "replay", "--verify", trace, NULL);
  g_assert_cmpint (verify.status, ==, 0);
  g_assert_nonnull (strstr (verify.out, "mismatches: 0\n"));

  pml_test_run_pymemlab (&replay, "replay", "--malloc-stats", trace, NULL);
  g_assert_cmpint (replay.status, ==, 0);
  g_assert_cmpstr (replay.out, ==, stats);
}

static void
test_errors (void)
{
  g_autofree char *script = script_path ("cycles.py");
  g_autofree char *output = pml_test_path ("never.trace");
  g_auto(PmlTestRun) missing = { 0 };
  g_auto(PmlTestRun) unwritable = { 0 };
  g_auto(PmlTestRun) preset = { 0 };

  pml_test_run_pymemlab (&missing, "record", "-o", output, "--", "/nonexistent/script.py", NULL);
  g_assert_cmpint (missing.status, ==, 2);
  g_assert_cmpstr (missing.err, ==, "pymemlab: /nonexistent/script.py: no such script\n");

  pml_test_run_pymemlab (&unwritable, "record", "-o", "/nonexistent-dir/x.trace", "--", script, NULL);
  g_assert_cmpint (unwritable.status, ==, 2);
  g_assert_true (g_str_has_prefix (unwritable.err, "pymemlab: Could not write “/nonexistent-dir/x.trace”: "));
  g_assert_cmpstr (unwritable.out, ==, "");

  pml_test_run_pymemlab (&preset, "record", "--preset", "cpython-3.8", "-o", output, "--", script, NULL);
  g_assert_cmpint (preset.status, ==, 2);
  g_assert_false (g_file_test (output, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (recordings); i++)
    {
      g_autofree char *path = g_strdup_printf ("/record/%s", recordings[i].script);

      g_test_add_data_func (path, &recordings[i], test_record_and_replay);
    }
  g_test_add_func ("/record/errors", test_errors);

  status = g_test_run ();
  pml_test_remove_scratch ();
  return status;
}
