/* test-cli-replay.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>
#include <json-glib/json-glib.h>

#include "pml-test-cli.h"

/* `pymemlab replay` as a user runs it: exit statuses, messages naming the
 * file and line, nothing on stdout when the input is bad. */

typedef struct
{
  const char *name;
  const char *contents;   /* NULL: the file does not exist */
  gssize      length;
  const char *message;    /* after "pymemlab: PATH" */
} BadInput;

static const BadInput bad_inputs[] = {
  { "unknown-op", "pymemlab-trace 1\nm 10 5\nq 10\n", -1,
    ":3: unknown request “q” (expected A, U, m, c, r, f or preset)" },
  { "unknown-block", "pymemlab-trace 1\nm 10 5\nf 11\n", -1, ":3: “f” of block 11, which is not a live block" },
  { "double-free", "pymemlab-trace 1\nm 10 5\nf 10\nf 10\n", -1,
    ":4: “f” of block 10, which was already given back at line 3 (double free)" },
  { "truncated", "pymemlab-trace 1\nm 10 5\nc 20 3", -1, ":3: truncated line: “c” is missing its elsize" },
  { "bad-hex", "pymemlab-trace 1\nm 0x10 5\n", -1, ":2: bad hex number “0x10” for the block" },
  { "size-2^64", "pymemlab-trace 1\nm 10 18446744073709551616\n", -1, ":2: the size is larger than 2^64 − 1" },
  { "binary", "pymemlab-trace 1\n\x7f" "ELF\x02\x01\x01\0\0\0", 27, ":2: binary data (a NUL byte), not a text trace" },
  { "empty", "", 0, ":1: the file is empty; a trace starts with “pymemlab-trace 1”" },
  { "corrupt-gzip", "\x1f\x8b\x08\0\0\0\0\0\0\x03garbage-not-deflate", 29, ": the gzip data is corrupt: " },
  /* the first 24 bytes of a gzip-compressed trace */
  { "truncated-gzip", "\x1f\x8b\x08\0\0\0\0\0\x02\x03\x2b\xa8\xcc\x4d\xcd\xcd\x49\x4c\xd2\x2d\x29\x4a\x4c\x4e", 24,
    ": the gzip data ends too early (is the file truncated?)" },
  { "missing", NULL, 0, ": " },
};

static void
test_bad_input (gconstpointer data)
{
  const BadInput *bad = data;
  g_autofree char *path = NULL;
  g_autofree char *expected = NULL;
  g_auto(PmlTestRun) run = { 0 };

  if (bad->contents != NULL)
    path = pml_test_write_file (bad->name, bad->contents, bad->length);
  else
    path = pml_test_path ("no-such-file.trace");

  pml_test_run_pymemlab (&run, "replay", "--malloc-stats", path, NULL);

  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpstr (run.out, ==, "");
  expected = g_strconcat ("pymemlab: ", path, bad->message, NULL);
  g_assert_true (g_str_has_prefix (run.err, expected));
  g_assert_true (g_str_has_suffix (run.err, "\n"));
  g_assert_cmpstr (strchr (run.err, '\n'), ==, "\n"); /* one line */
}

/* An arena at 0x7f0000000000 is POOL_SIZE aligned: 64 pools, the first
 * at the base. malloc (24) is class 1 (32 bytes): the first block is at
 * +48, the next at +80, so a trace claiming +112 must be caught. */
static void
test_verify_mismatch (void)
{
  g_autofree char *path = pml_test_write_file ("mismatch.trace",
                                      "pymemlab-trace 1\n"
                                      "A 7f0000000000\n"
                                      "m 7f0000000030 24\n"
                                      "m 7f0000000070 24\n", -1);
  g_auto(PmlTestRun) run = { 0 };
  g_autofree char *line = NULL;

  pml_test_run_pymemlab (&run, "replay", "--verify", path, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.out, "small blocks compared with the recorded addresses: 2\n"));
  g_assert_nonnull (strstr (run.out, "mismatches: 1\n"));
  line = g_strdup_printf ("%s:4: block at 0x7f0000000070 in the trace, 0x7f0000000050 simulated\n", path);
  g_assert_nonnull (strstr (run.out, line));
}

static void
test_verify_needs_arenas (void)
{
  g_autofree char *path = pml_test_write_file ("no-arenas.trace", "pymemlab-trace 1\nm 10 24\n", -1);
  g_auto(PmlTestRun) run = { 0 };

  pml_test_run_pymemlab (&run, "replay", "--verify", path, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_nonnull (strstr (run.err, "records no arena addresses"));
}

static JsonNode *
find_path (JsonNode   *root,
           const char *expression)
{
  g_autoptr(GError) error = NULL;
  JsonNode *result = json_path_query (expression, root, &error);
  JsonArray *matches;

  g_assert_no_error (error);
  matches = json_node_get_array (result);
  g_assert_cmpuint (json_array_get_length (matches), ==, 1);
  return result;
}

static const char *
query_string (JsonNode   *root,
              const char *expression)
{
  g_autoptr(JsonNode) result = find_path (root, expression);
  static char value[64];

  g_strlcpy (value, json_array_get_string_element (json_node_get_array (result), 0), sizeof value);
  return value;
}

static gint64
query_int (JsonNode   *root,
           const char *expression)
{
  g_autoptr(JsonNode) result = find_path (root, expression);

  return json_array_get_int_element (json_node_get_array (result), 0);
}

/* The state after the first request only (--step 1), worked out by hand:
 * one pool carved for class 1, its first block handed out, the second on
 * the chain, nextoffset = 48 + 2 * 32 = 112, maxnextoffset = 16384 - 32. */
static void
test_json_step (void)
{
  g_autofree char *path = pml_test_write_file ("json.trace",
                                      "pymemlab-trace 1\n"
                                      "A 7f0000000000\n"
                                      "m 7f0000000030 24\n"
                                      "m 7f0000000050 24\n", -1);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_auto(PmlTestRun) run = { 0 };
  JsonNode *root;
  JsonArray *chain;

  pml_test_run_pymemlab (&run, "replay", "--json", "--step", "1", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  json_parser_load_from_data (parser, run.out, -1, &error);
  g_assert_no_error (error);
  root = json_parser_get_root (parser);

  g_assert_cmpstr (query_string (root, "$.preset"), ==, "cpython-3.11");
  g_assert_cmpint (query_int (root, "$.usable_arenas[0].slot"), ==, 0);
  g_assert_cmpstr (query_string (root, "$.usable_arenas[0].address"), ==, "0x7f0000000000");
  g_assert_cmpint (query_int (root, "$.usable_arenas[0].ntotalpools"), ==, 64);
  g_assert_cmpint (query_int (root, "$.usable_arenas[0].nfreepools"), ==, 63);
  g_assert_cmpstr (query_string (root, "$.usable_arenas[0].pools[0].state"), ==, "used");
  g_assert_cmpint (query_int (root, "$.usable_arenas[0].pools[0].szidx"), ==, 1);
  g_assert_cmpint (query_int (root, "$.usable_arenas[0].pools[0]['ref.count']"), ==, 1);
  g_assert_cmpstr (query_string (root, "$.usable_arenas[0].pools[0].freeblock"), ==, "0x7f0000000050");
  g_assert_cmpint (query_int (root, "$.usable_arenas[0].pools[0].nextoffset"), ==, 112);
  g_assert_cmpint (query_int (root, "$.usable_arenas[0].pools[0].maxnextoffset"), ==, 16352);
  g_assert_cmpint (query_int (root, "$.usedpools[0].szidx"), ==, 1);
  g_assert_cmpstr (query_string (root, "$.usedpools[0].pools[0]"), ==, "0x7f0000000000");
  g_assert_cmpint (query_int (root, "$.nfp2lasta['63']"), ==, 0);

  chain = json_object_get_array_member (json_array_get_object_element (
              json_object_get_array_member (json_array_get_object_element (
                  json_object_get_array_member (json_node_get_object (root), "usable_arenas"), 0), "pools"), 0),
            "freeblock_chain");
  g_assert_cmpuint (json_array_get_length (chain), ==, 1);
  g_assert_cmpstr (json_array_get_string_element (chain, 0), ==, "0x7f0000000050");
}

static void
test_step_past_end (void)
{
  g_autofree char *path = pml_test_write_file ("short.trace", "pymemlab-trace 1\nm 10 24\n", -1);
  g_auto(PmlTestRun) run = { 0 };
  g_autofree char *expected = g_strdup_printf ("pymemlab: --step 2 is past the end of %s (1 requests)\n", path);

  pml_test_run_pymemlab (&run, "replay", "--step", "2", path, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_cmpstr (run.err, ==, expected);
}

static void
test_unknown_preset (void)
{
  g_autofree char *path = pml_test_write_file ("preset.trace", "pymemlab-trace 1\npreset cpython-2.7\nm 10 24\n", -1);
  g_auto(PmlTestRun) run = { 0 };

  pml_test_run_pymemlab (&run, "replay", path, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_true (g_str_has_prefix (run.err, "pymemlab: the trace names an unknown preset “cpython-2.7” (known presets: cpython-3.8,"));
}

/* 3.8: 256 KiB arenas, and the statistics stop after the first Total:
 * no radix tree (§5.3). The 29-character label pads to column 35. */
static void
test_preset_38_stats (void)
{
  g_autofree char *path = pml_test_write_file ("p38.trace", "pymemlab-trace 1\nm 10 24\n", -1);
  g_auto(PmlTestRun) run = { 0 };

  pml_test_run_pymemlab (&run, "replay", "--preset", "cpython-3.8", "--malloc-stats", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "1 arenas * 262144 bytes/arena      =              262,144\n"));
  g_assert_null (strstr (run.out, "arena map"));
  g_assert_true (g_str_has_suffix (run.out, "# bytes lost to arena alignment    =                    0\n"
                                            "Total                              =              262,144\n"));
}

static void
test_help (void)
{
  g_auto(PmlTestRun) run = { 0 };
  g_auto(PmlTestRun) replay_help = { 0 };
  g_auto(PmlTestRun) unknown = { 0 };

  pml_test_run_pymemlab (&run, "--help", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "  replay "));

  pml_test_run_pymemlab (&replay_help, "replay", "--help", NULL);
  g_assert_cmpint (replay_help.status, ==, 0);
  g_assert_nonnull (strstr (replay_help.out, "--malloc-stats"));
  g_assert_nonnull (strstr (replay_help.out, "--verify"));
  g_assert_nonnull (strstr (replay_help.out, "Exit status"));

  pml_test_run_pymemlab (&unknown, "frobnicate", NULL);
  g_assert_cmpint (unknown.status, ==, 2);
  g_assert_true (g_str_has_prefix (unknown.err, "pymemlab: unknown command “frobnicate”"));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (bad_inputs); i++)
    {
      g_autofree char *test_path = g_strdup_printf ("/replay/bad-input/%s", bad_inputs[i].name);

      g_test_add_data_func (test_path, &bad_inputs[i], test_bad_input);
    }
  g_test_add_func ("/replay/verify-mismatch", test_verify_mismatch);
  g_test_add_func ("/replay/verify-needs-arenas", test_verify_needs_arenas);
  g_test_add_func ("/replay/json-step", test_json_step);
  g_test_add_func ("/replay/step-past-end", test_step_past_end);
  g_test_add_func ("/replay/unknown-preset", test_unknown_preset);
  g_test_add_func ("/replay/preset-3.8-stats", test_preset_38_stats);
  g_test_add_func ("/replay/help", test_help);

  status = g_test_run ();
  pml_test_remove_scratch ();
  return status;
}
