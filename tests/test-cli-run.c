/* test-cli-run.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>
#include <json-glib/json-glib.h>

#include "pml-test-cli.h"

/* `pymemlab run` on bad input: refused before the run with FILE:LINE:COL,
 * exit status 2, nothing on stdout, never a crash. */

typedef struct
{
  const char *name;
  const char *contents;
  gssize      length;
  const char *message;    /* after "PATH" */
  gboolean    prefix;     /* the message goes on (a list that grows) */
} BadScript;

static const BadScript bad_scripts[] = {
  { "except-star", "try:\n    pass\nexcept* ValueError:\n    pass\n", -1, ":3:7: 'except*' is not supported in scenarios\n" },
  { "import-os", "import gc\nimport os\n", -1,
    ":2:8: imports of 'os' are not supported in scenarios (they can import gc, sys, ", TRUE },
  { "import-star", "from gc import *\n", -1, ":1:16: 'import *' is not supported in scenarios\n" },
  /* the bundled modules' own helpers are theirs only */
  { "import-internal", "import copy\nimport _pmlsupport\n", -1,
    ":2:8: imports of '_pmlsupport' are not supported in scenarios (they can import gc, sys, ", TRUE },
  { "import-internal-from", "from _functools import reduce\n", -1,
    ":1:1: imports of '_functools' are not supported in scenarios (they can import gc, sys, ", TRUE },
  { "relative-import", "from . import gc\n", -1, ":1:6: relative imports are not supported in scenarios\n" },
  { "class-bases-unpacking", "bases = (object,)\nclass A(*bases):\n    pass\n", -1,
    ":2:9: unpacking in a class's bases is not supported in scenarios\n" },
  /* CPython builtins that scenarios lack: refused, unless the script binds the name */
  { "open-file", "def load(path):\n    with open(path) as f:\n        return f.read()\n", -1,
    ":2:10: open() is not supported in scenarios: a scenario cannot read or write files\n" },
  { "eval", "x = 2\nprint(eval('x + 1'))\n", -1,
    ":2:7: eval() is not supported in scenarios: a scenario runs only its own source\n" },
  { "exit-in-class", "class Game:\n    over = exit\n", -1,
    ":2:12: exit() is not supported in scenarios: it is meant for the interactive prompt; use sys.exit()\n" },
  { "latin-1", "s = 'caf\xe9'\n", -1, ":1:9: the file is not valid UTF-8 (byte 0xe9)\n" },
  { "declared-latin-1", "# coding: latin-1\ns = 'caf\xc3\xa9'\n", -1,
    ":1:1: scripts are read as UTF-8: one declaring the iso-8859-1 encoding must be plain ASCII\n" },
};

/* Malformed source: reported as python3.11 reports a SyntaxError (the file
 * and line first, the error last, exit status 1) */
typedef struct
{
  const char *name;
  const char *contents;
  gssize      length;
  int         line;
  const char *last;       /* the last line of standard error */
} SyntaxScript;

static const SyntaxScript syntax_scripts[] = {
  { "truncated", "def f(x):\n    return [x,\n", -1, 2, "SyntaxError: '[' was never closed" },
  { "unclosed-paren", "x = (1, 2\ny = 3\n", -1, 1, "SyntaxError: '(' was never closed" },
  { "unmatched", "print(1))\n", -1, 1, "SyntaxError: unmatched ')'" },
  { "mismatched", "x = [1, 2)\n", -1, 1, "SyntaxError: closing parenthesis ')' does not match opening parenthesis '['" },
  { "unterminated-string", "s = 'abc\n", -1, 1, "SyntaxError: unterminated string literal (detected at line 1)" },
  { "apostrophe", "s = 'it's'\n", -1, 1, "SyntaxError: unterminated string literal (detected at line 1)" },
  { "bad-indent", "if True:\n        x = 1\n    y = 2\n", -1, 3,
    "IndentationError: unindent does not match any outer indentation level" },
  { "missing-colon", "if x == 1\n    pass\n", -1, 1, "SyntaxError: expected ':'" },
  { "legacy-print", "x = 1\nprint x\n", -1, 2, "SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?" },
  { "no-block", "def f():\nreturn 1\n", -1, 2, "IndentationError: expected an indented block after function definition on line 1" },
  { "leading-zero", "x = 08\n", -1, 1,
    "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers" },
  { "nul-byte", "x = 1\ny = \0\n", 12, 2, "SyntaxError: source code cannot contain null bytes" },
  { "return-outside", "return 3\n", -1, 1, "SyntaxError: 'return' outside function" },
  /* indentation that depends on the tab size */
  { "tab-then-spaces", "if True:\n\tx = 1\n        y = 2\n", -1, 3,
    "TabError: inconsistent use of tabs and spaces in indentation" },
  { "spaces-then-tab", "if True:\n    x = 1\n\ty = 2\n", -1, 3,
    "TabError: inconsistent use of tabs and spaces in indentation" },
  { "too-deep-unindent", "if True:\n        x = 1\n    y = 2\n", -1, 3,
    "IndentationError: unindent does not match any outer indentation level" },
  /* the subscript's tuple was leaked on this error (the sanitizer build checks) */
  { "subscript-tuple", "a = [1]\nprint(a[1, 2x])\n", -1, 2, "SyntaxError: invalid decimal literal" },
};

static void
test_syntax_script (gconstpointer data)
{
  const SyntaxScript *bad = data;
  g_autofree char *path = pml_test_write_file (bad->name, bad->contents, bad->length);
  g_autofree char *first = NULL;
  g_autofree char *last = g_strconcat ("\n", bad->last, "\n", NULL);
  g_auto(PmlTestRun) run = { 0 };

  first = g_strdup_printf ("  File \"%s\", line %d\n", path, bad->line);
  pml_test_run_pymemlab (&run, "run", path, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_true (g_str_has_prefix (run.err, first));
  g_assert_true (g_str_has_suffix (run.err, last));
}

static void
test_bad_script (gconstpointer data)
{
  const BadScript *bad = data;
  g_autofree char *path = pml_test_write_file (bad->name, bad->contents, bad->length);
  g_autofree char *expected = g_strconcat (path, bad->message, NULL);
  g_auto(PmlTestRun) run = { 0 };

  pml_test_run_pymemlab (&run, "run", path, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpstr (run.out, ==, "");
  if (bad->prefix)
    {
      g_assert_true (g_str_has_prefix (run.err, expected));
      g_assert_true (g_str_has_suffix (run.err, ")\n"));
    }
  else
    g_assert_cmpstr (run.err, ==, expected);
}

/* Random bytes, and 10 MB of nested brackets: a message, no crash */
static void
test_garbage (void)
{
  GRand *rand = g_rand_new_with_seed (20261124);

  for (int round = 0; round < 20; round++)
    {
      gsize n = 1 + g_rand_int_range (rand, 0, 4096);
      g_autofree guint8 *bytes = g_malloc (n);
      g_autofree char *path = NULL;
      g_auto(PmlTestRun) run = { 0 };

      for (gsize i = 0; i < n; i++)
        /* half the rounds stay ASCII so the parser, not the decoder, sees them */
        bytes[i] = (guint8) (round % 2 ? g_rand_int_range (rand, 0, 256) : g_rand_int_range (rand, 9, 127));
      path = pml_test_write_file ("garbage.py", (const char *) bytes, (gssize) n);
      pml_test_run_pymemlab (&run, "run", "--max-steps", "10000", path, NULL);
      g_assert_cmpint (run.status, >=, 0);
      g_assert_cmpint (run.status, <=, 2);
      if (run.status == 2)
        g_assert_true (g_str_has_prefix (run.err, path));
    }
  g_rand_free (rand);
}

static void
test_nested_brackets (void)
{
  gsize depth = 5 * 1024 * 1024;
  GString *text = g_string_new ("x = ");
  g_autofree char *path = NULL;
  g_autofree char *expected = NULL;
  g_auto(PmlTestRun) run = { 0 };

  for (gsize i = 0; i < depth; i++)
    g_string_append_c (text, '(');
  for (gsize i = 0; i < depth; i++)
    g_string_append_c (text, ')');
  g_string_append_c (text, '\n');
  path = pml_test_write_file ("nested.py", text->str, (gssize) text->len);
  g_string_free (text, TRUE);
  pml_test_run_pymemlab (&run, "run", path, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  expected = g_strdup_printf ("  File \"%s\", line 1\n", path);
  g_assert_true (g_str_has_prefix (run.err, expected));
  g_assert_nonnull (strstr (run.err, "\nSyntaxError: too many nested "));
}

/* Source nested deeper than CPython's compiler takes: its error, found
 * the way CPython counts (python3.11 printed each expected text), never a
 * stack overflow. The source is HEAD, then REPEAT COUNT times, then TAIL. */
typedef struct
{
  const char *name;
  const char *head;
  const char *repeat;
  guint       count;
  const char *tail;
  const char *out;
  const char *err;
  const char *close;      /* also COUNT times, before TAIL */
} DeepSource;

#define COMPILE_RECURSION "RecursionError: maximum recursion depth exceeded during compilation\n"

static const DeepSource deep_sources[] = {
  /* the compiler visits 3,000 statements and expressions deep at most */
  { "sum-2999", "x = 1", "+1", 2998, "\nprint(x)\n", "2999\n", "" },
  { "sum-3000", "x = 1", "+1", 2999, "\nprint(x)\n", "", COMPILE_RECURSION },
  { "sum-200000", "x = 1", "+1", 199999, "\nprint(x)\n", "", COMPILE_RECURSION },
  { "sum-in-def", "def f():\n    return 1", "+1", 2998, "\nprint(f())\n", "", COMPILE_RECURSION },
  { "attributes", "a = 1\nx = a", ".a", 60000, "\n", "", COMPILE_RECURSION },
  { "calls", "def f():\n    return f\nx = f", "()", 60000, "\n", "", COMPILE_RECURSION },
  { "subscripts", "l = [0]\nx = l", "[0]", 60000, "\n", "", COMPILE_RECURSION },
  { "minus-2998", "x = ", "-", 2998, "1\nprint(x)\n", "1\n", "" },
  { "minus-2999", "x = ", "-", 2999, "1\nprint(x)\n", "", COMPILE_RECURSION },
  { "elif-2997", "x = 0\nif x == -1:\n    pass\n", "elif x == 1:\n    pass\n", 2997, "print('done')\n", "done\n", "" },
  { "elif-2998", "x = 0\nif x == -1:\n    pass\n", "elif x == 1:\n    pass\n", 2998, "print('done')\n", "",
    COMPILE_RECURSION },
  /* CPython's parser stops at 6,000 of its levels: a `**` or a lambda takes two */
  { "elif-60000", "x = 0\nif x == -1:\n    pass\n", "elif x == 1:\n    pass\n", 60000, "", "", "MemoryError\n" },
  { "power-2984", "x = 1", "**1", 2983, "\nprint(x)\n", "1\n", "" },
  { "power-2985", "x = 1", "**1", 2984, "\nprint(x)\n", "", "MemoryError\n" },
  { "power-30000", "x = 1", "**1", 29999, "\nprint(x)\n", "", "MemoryError\n" },
  { "lambda-2984", "x = ", "lambda: ", 2984, "1\n", "", "MemoryError\n" },
  { "not-30000", "x = ", "not ", 30000, "1\n", "", "MemoryError\n" },
  { "parentheses-199", "x = (", "(", 198, "\nprint(x)\n", "1\n", "", ")" },
};

/* Expressions in brackets of their own, as python3.11 ran them: a bare
 * yield in double brackets once passed for a `yield from` */
static const DeepSource bracketed_forms[] = {
  { "bracketed-yield", "def g():\n    x = ((yield))\n    y = ((yield from range(2)))\n    print(x, y)\n"
    "it = g()\nprint(next(it), it.send(5), next(it))\ntry:\n    next(it)\nexcept StopIteration:\n    pass\n",
    "", 0, "", "None 0 1\n5 None\n", "" },
};

/* Line ends and encoding declarations, as python3.11 took them */
static const DeepSource source_forms[] = {
  { "cr-line-ends", "x = 1\ry = 2\rif x:\r    print(x + y)\r", "", 0, "", "3\n", "" },
  { "crlf-continued-string", "s = \"abc\\\r\ndef\"\r\nt = '''a\r\nb'''\r\nprint(s, repr(t))\r\nu = 1 + \\\r\n  2\r\n"
    "print(u)\r\n", "", 0, "", "abcdef 'a\\nb'\n3\n", "" },
  { "tabs-consistent", "if True:\n\tx = 1\n\tif x:\n\t    print(x)\n", "", 0, "", "1\n", "" },
  { "bom-latin-1", "\xef\xbb\xbf# -*- coding: latin-1 -*-\nprint(1)\n", "", 0, "", "",
    "SyntaxError: encoding problem: iso-8859-1 with BOM\n" },
  { "bom-utf8-spelling", "\xef\xbb\xbf\n# coding: utf8\nprint(1)\n", "", 0, "", "",
    "SyntaxError: encoding problem: utf8 with BOM\n" },
  { "bom-utf-8", "\xef\xbb\xbf# coding: UTF_8\nprint(1)\n", "", 0, "", "1\n", "" },
  { "bom-late-declaration", "\xef\xbb\xbfprint(1)\n# coding: latin-1\n", "", 0, "", "1\n", "" },
  { "ascii-latin-1", "# coding: latin-1\nprint('plain')\n", "", 0, "", "plain\n", "" },
};

static void
test_deep_source (gconstpointer data)
{
  const DeepSource *deep = data;
  GString *text = g_string_new (deep->head);
  g_autofree char *path = NULL;
  g_auto(PmlTestRun) run = { 0 };

  for (guint i = 0; i < deep->count; i++)
    g_string_append (text, deep->repeat);
  if (deep->close != NULL)
    {
      /* the innermost value, then the brackets closed */
      g_string_append (text, "1");
      for (guint i = 0; i <= deep->count; i++)
        g_string_append (text, deep->close);
    }
  g_string_append (text, deep->tail);
  path = pml_test_write_file ("deep.py", text->str, (gssize) text->len);
  g_string_free (text, TRUE);
  pml_test_run_pymemlab (&run, "run", path, NULL);
  g_assert_cmpint (run.status, ==, *deep->err ? 1 : 0);
  g_assert_cmpstr (run.out, ==, deep->out);
  g_assert_cmpstr (run.err, ==, deep->err);
}

/* Blocks and indentation nested deeper than CPython allows: its SyntaxError
 * and IndentationError, at the line where it gives up */
static void
test_deep_blocks (void)
{
  struct { const char *line; int depth; int error_line; const char *last; } cases[] = {
    { "for i in [1]:", 21, 21, "SyntaxError: too many statically nested blocks" },
    { "try:\n{}    pass\n{}except ValueError:", 11, 31, "SyntaxError: too many statically nested blocks" },
    { "if True:", 101, 101, "IndentationError: too many levels of indentation" },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      GString *text = g_string_new (NULL);
      g_autofree char *path = NULL;
      g_autofree char *first = NULL;
      g_autofree char *last = g_strconcat ("\n", cases[c].last, "\n", NULL);
      g_auto(PmlTestRun) run = { 0 };

      for (int d = 0; d < cases[c].depth; d++)
        {
          g_autofree char *indent = g_strnfill (4 * (gsize) d, ' ');
          g_auto(GStrv) parts = g_strsplit (cases[c].line, "{}", -1);
          g_autofree char *line = g_strjoinv (indent, parts);

          g_string_append_printf (text, "%s%s\n", indent, line);
        }
      g_string_append_printf (text, "%*sprint(1)\n", 4 * cases[c].depth, "");
      path = pml_test_write_file ("blocks.py", text->str, (gssize) text->len);
      g_string_free (text, TRUE);
      first = g_strdup_printf ("  File \"%s\", line %d\n", path, cases[c].error_line);
      pml_test_run_pymemlab (&run, "run", path, NULL);
      g_assert_cmpint (run.status, ==, 1);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_true (g_str_has_prefix (run.err, first));
      g_assert_true (g_str_has_suffix (run.err, last));
    }
}

/* A million-digit literal: CPython's SyntaxError on the limit of 4,300
 * decimal digits, at once (the conversion it avoids took a minute) */
static void
test_long_literal (void)
{
  GString *text = g_string_new ("y = 1\nx = ");
  g_autofree char *path = NULL;
  g_autofree char *first = NULL;
  g_auto(PmlTestRun) run = { 0 };
  gint64 start;

  for (int i = 0; i < 1000000; i++)
    g_string_append_c (text, '7');
  g_string_append (text, "\nprint(x % 10)\n");
  path = pml_test_write_file ("literal.py", text->str, (gssize) text->len);
  g_string_free (text, TRUE);
  first = g_strdup_printf ("  File \"%s\", line 2\n", path);
  start = g_get_monotonic_time ();
  pml_test_run_pymemlab (&run, "run", path, NULL);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 20 * G_USEC_PER_SEC);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_true (g_str_has_prefix (run.err, first));
  g_assert_true (g_str_has_suffix (run.err, "\nSyntaxError: Exceeds the limit (4300 digits) for integer string "
                                   "conversion: value has 1000000 digits; use sys.set_int_max_str_digits() to "
                                   "increase the limit - Consider hexadecimal for huge integer literals to avoid "
                                   "decimal conversion limits.\n"));
}

/* A script that grows without end stops at the memory budget, with a
 * message and what it printed so far; one request larger than the budget
 * is the MemoryError a machine of that size gives */
static void
test_memory_budget (void)
{
  g_autofree char *grows = pml_test_write_file ("grows.py", "print('start')\nl = []\nwhile True:\n"
                                                "    l.append([])\n", -1);
  g_autofree char *huge = pml_test_write_file ("huge.py", "try:\n    s = 'a' * 10**10\nexcept MemoryError:\n"
                                               "    print('MemoryError')\nx = [0] * (3 * 10**7)\n", -1);
  g_autofree char *prefix = g_strconcat ("pymemlab: ", grows, ": stopped at line ", NULL);
  g_auto(PmlTestRun) run = { 0 };
  g_auto(PmlTestRun) big = { 0 };
  g_auto(PmlTestRun) bad = { 0 };

  pml_test_run_pymemlab (&run, "run", "--max-memory", "150M", grows, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpstr (run.out, ==, "start\n");
  g_assert_true (g_str_has_prefix (run.err, prefix));
  g_assert_true (g_str_has_suffix (run.err, ": the run's history reached the memory budget (150.0 MiB; "
                                   "--max-memory changes it)\n"));

  /* 10 GB of text, then a list of 240 MB against a budget of 150 MB */
  pml_test_run_pymemlab (&big, "run", "--max-memory", "150M", huge, NULL);
  g_assert_cmpint (big.status, ==, 1);
  g_assert_cmpstr (big.out, ==, "MemoryError\n");
  g_assert_true (g_str_has_suffix (big.err, "\nMemoryError\n"));

  pml_test_run_pymemlab (&bad, "run", "--max-memory", "lots", grows, NULL);
  g_assert_cmpint (bad.status, ==, 2);
  g_assert_cmpstr (bad.err, ==, "pymemlab: --max-memory takes a size: 512M, 2G, or 0 for no limit\n");
}

static void
test_missing_script (void)
{
  g_autofree char *path = pml_test_path ("no-such-script.py");
  g_autofree char *expected = g_strconcat ("pymemlab: ", path, ": no such script\n", NULL);
  g_auto(PmlTestRun) run = { 0 };

  pml_test_run_pymemlab (&run, "run", path, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpstr (run.err, ==, expected);
}

/* A script that never ends stops at --max-steps, after printing what it printed */
static void
test_max_steps (void)
{
  g_autofree char *path = pml_test_write_file ("forever.py", "print('start')\nn = 0\nwhile True:\n    n += 1\n", -1);
  g_autofree char *expected = g_strconcat ("pymemlab: ", path,
                                           ": stopped after 1000 steps (--max-steps): the scenario may never end\n", NULL);
  g_auto(PmlTestRun) run = { 0 };

  pml_test_run_pymemlab (&run, "run", "--max-steps", "1000", path, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpstr (run.out, ==, "start\n");
  g_assert_cmpstr (run.err, ==, expected);
}

/* Runtime errors end like CPython's: a traceback with 3.11's carets under
 * the failing subscript, exit status 1 */
static void
test_traceback (void)
{
  g_autofree char *path = pml_test_write_file ("fails.py", "def f(d):\n    return d['k']\n\nf({})\n", -1);
  g_autofree char *expected = g_strdup_printf ("Traceback (most recent call last):\n"
                                               "  File \"%s\", line 4, in <module>\n    f({})\n"
                                               "  File \"%s\", line 2, in f\n    return d['k']\n"
                                               "           ~^^^^^\n"
                                               "KeyError: 'k'\n", path, path);
  g_auto(PmlTestRun) run = { 0 };

  pml_test_run_pymemlab (&run, "run", path, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.err, ==, expected);
}

/* --trace-out: replaying the run's requests gives the run's heap */
static void
test_trace_out (void)
{
  g_autofree char *script = pml_test_write_file ("lists.py",
                                                 "keep = []\nfor i in range(2000):\n"
                                                 "    keep.append([i, str(i)])\n"
                                                 "del keep[::2]\n" "print(len(keep))\n", -1);
  g_autofree char *trace = pml_test_path ("lists.trace");
  g_auto(PmlTestRun) run = { 0 };
  g_auto(PmlTestRun) replay = { 0 };
  const char *stats;

  pml_test_run_pymemlab (&run, "run", "--malloc-stats", "--trace-out", trace, script, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "1000\n"));
  stats = run.out + strlen ("1000\n");
  g_assert_nonnull (strstr (stats, "# arenas allocated total"));

  pml_test_run_pymemlab (&replay, "replay", "--malloc-stats", trace, NULL);
  g_assert_cmpint (replay.status, ==, 0);
  g_assert_cmpstr (replay.out, ==, stats);
}

/* --json: one object per event, with the line that caused it */
static void
test_json (void)
{
  g_autofree char *path = pml_test_write_file ("json.py", "a = [1, 2]\nb = a\ndel a\n", -1);
  g_auto(PmlTestRun) run = { 0 };
  g_auto(GStrv) lines = NULL;
  gboolean saw_list = FALSE, saw_incref_line2 = FALSE;

  pml_test_run_pymemlab (&run, "run", "--json", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  lines = g_strsplit (run.out, "\n", -1);
  for (guint i = 0; lines[i] && lines[i][0]; i++)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      JsonObject *ev;

      g_assert_true (json_parser_load_from_data (parser, lines[i], -1, NULL));
      ev = json_node_get_object (json_parser_get_root (parser));
      g_assert_true (json_object_has_member (ev, "kind"));
      g_assert_true (json_object_has_member (ev, "line"));
      /* line 0 is start-up: the modules' own objects */
      if (g_str_equal (json_object_get_string_member (ev, "kind"), "new")
          && g_strcmp0 (json_object_get_string_member (ev, "type"), "list") == 0
          && json_object_get_int_member (ev, "line") == 1)
        saw_list = TRUE;
      /* b = a: the list goes from 1 to 2 references on line 2 */
      if (g_str_equal (json_object_get_string_member (ev, "kind"), "incref")
          && json_object_get_int_member (ev, "line") == 2
          && g_strcmp0 (json_object_get_string_member (ev, "type"), "list") == 0
          && json_object_get_int_member (ev, "after") == 3)
        saw_incref_line2 = TRUE;
    }
  g_assert_true (saw_list);
  g_assert_true (saw_incref_line2);
}

/* --narrate: each line the script runs, then why each count changed,
 * instead of the script's output (CPython 3.11: LOAD_NAME data; STORE_NAME
 * alias, whose dict insert takes a reference before the stack's goes) */
static void
test_narrate (void)
{
  g_autofree char *path = pml_test_write_file ("narrate.py", "data = [1, 2]\nalias = data\ndel alias\n"
                                               "print('hidden')\n", -1);
  g_auto(PmlTestRun) run = { 0 };

  pml_test_run_pymemlab (&run, "run", "--narrate", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_null (strstr (run.out, "hidden"));
  g_assert_nonnull (strstr (run.out, "Line 2 runs.\n"
                                     "  +1: `data` is pushed on the value stack [list, 2]\n"));
  g_assert_nonnull (strstr (run.out, "  +1: `alias = data` binds the name `alias` [list, 3]\n"
                                     "  −1: the value stack lets go of it; the name `alias` holds it now [list, 2]\n"));
  g_assert_nonnull (strstr (run.out, "Line 3 runs.\n"));
  g_assert_nonnull (strstr (run.out, "  −1: `del alias` unbinds the name [list, 1]\n"));
  /* start-up is left out: the first line comes first */
  g_assert_true (g_str_has_prefix (run.out, "Line 1 runs.\n"));
}

/* --gc-log: one block per collection on stderr; stdout is untouched */
static void
test_gc_log (void)
{
  g_autofree char *path = pml_test_write_file ("cycle.py", "import gc\nclass N:\n    pass\ngc.collect()\n"
                                               "a = N()\nb = N()\na.o = b\nb.o = a\ndel a, b\nprint(gc.collect())\n", -1);
  g_auto(PmlTestRun) run = { 0 };
  const char *block;

  pml_test_run_pymemlab (&run, "run", "--gc-log", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "2\n");
  g_assert_true (g_str_has_prefix (run.err, "gc: collection of generation 2 (gc.collect()), line 4\n"));
  block = strstr (run.err, "gc: collection of generation 2 (gc.collect()), line 10\n");
  g_assert_nonnull (block);
  g_assert_nonnull (strstr (block, ", unreachable 2, collected 2, uncollectable 0, kept in generation 2 "));
  g_assert_nonnull (strstr (run.err, "(interpreter shutdown)"));
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (bad_scripts); i++)
    {
      g_autofree char *name = g_strdup_printf ("/run/bad/%s", bad_scripts[i].name);

      g_test_add_data_func (name, &bad_scripts[i], test_bad_script);
    }
  for (guint i = 0; i < G_N_ELEMENTS (syntax_scripts); i++)
    {
      g_autofree char *name = g_strdup_printf ("/run/syntax/%s", syntax_scripts[i].name);

      g_test_add_data_func (name, &syntax_scripts[i], test_syntax_script);
    }
  for (guint i = 0; i < G_N_ELEMENTS (deep_sources); i++)
    {
      g_autofree char *name = g_strdup_printf ("/run/deep/%s", deep_sources[i].name);

      g_test_add_data_func (name, &deep_sources[i], test_deep_source);
    }
  g_test_add_func ("/run/deep/blocks", test_deep_blocks);
  g_test_add_func ("/run/long-literal", test_long_literal);
  g_test_add_func ("/run/memory-budget", test_memory_budget);
  for (guint i = 0; i < G_N_ELEMENTS (bracketed_forms); i++)
    {
      g_autofree char *name = g_strdup_printf ("/run/source/%s", bracketed_forms[i].name);

      g_test_add_data_func (name, &bracketed_forms[i], test_deep_source);
    }
  for (guint i = 0; i < G_N_ELEMENTS (source_forms); i++)
    {
      g_autofree char *name = g_strdup_printf ("/run/source/%s", source_forms[i].name);

      g_test_add_data_func (name, &source_forms[i], test_deep_source);
    }
  g_test_add_func ("/run/bad/garbage", test_garbage);
  g_test_add_func ("/run/bad/nested-brackets", test_nested_brackets);
  g_test_add_func ("/run/bad/missing", test_missing_script);
  g_test_add_func ("/run/max-steps", test_max_steps);
  g_test_add_func ("/run/traceback", test_traceback);
  g_test_add_func ("/run/trace-out", test_trace_out);
  g_test_add_func ("/run/json", test_json);
  g_test_add_func ("/run/narrate", test_narrate);
  g_test_add_func ("/run/gc-log", test_gc_log);
  status = g_test_run ();
  pml_test_remove_scratch ();
  return status;
}
