/* test-run.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "pml-run.h"

/* The run's cursor on short scripts with nested calls: where step into,
 * over and out and run to a line stop, worked out by hand from the
 * scripts as a debugger (CPython's bdb) steps them. */

/* Lines as they run: 1 5 10 | 6 | 2 3 | 7 | 2 3 | 8 | 11 (the frames:
 * the module's 1, outer's 2, inner's 3) */
static const char nested_source[] =
  "def inner(x):\n"          /* 1 */
  "    y = x + 1\n"          /* 2 */
  "    return y\n"           /* 3 */
  "\n"                       /* 4 */
  "def outer(a):\n"          /* 5 */
  "    b = inner(a)\n"       /* 6 */
  "    c = inner(b)\n"       /* 7 */
  "    return c\n"           /* 8 */
  "\n"                       /* 9 */
  "r = outer(1)\n"           /* 10 */
  "print(r)\n";              /* 11 */

/* 1 6 | 2 4 | 2 4 | 2 3 | 7; fact(1) returns on line 3, three frames
 * below the module's */
static const char recursive_source[] =
  "def fact(n):\n"           /* 1 */
  "    if n <= 1:\n"         /* 2 */
  "        return 1\n"       /* 3 */
  "    return n * fact(n - 1)\n" /* 4 */
  "\n"                       /* 5 */
  "f = fact(3)\n"            /* 6 */
  "done = f == 6  # step\n"; /* 7 */

/* string.capwords runs lines of the bundled string.py: never steps */
static const char library_source[] =
  "import string\n"                  /* 1 */
  "s = string.capwords('a b c')\n"   /* 2 */
  "n = len(s)\n";                    /* 3 */

static PmlRun *
run_script (const char *source)
{
  g_autoptr(PmlHeap) heap = pml_heap_new (pml_preset_lookup ("cpython-3.11"));
  PmlInterpOptions options = { .max_steps = 100000, .record_events = TRUE, .record_requests = TRUE };
  PmlInterp *interp = pml_interp_new (heap, &options);
  g_autoptr(GError) error = NULL;
  PmlRun *run;

  pml_interp_set_output (interp, NULL, NULL);
  g_assert_true (pml_interp_load (interp, "run.py", source, strlen (source), &error));
  g_assert_no_error (error);
  g_assert_cmpint (pml_interp_run (interp), ==, 0);
  run = pml_run_new_for_interp (interp);
  pml_run_set_source (run, source);
  pml_run_seek_first_line (run);
  return run;
}

/* Steps @kind forward and checks the line about to run */
static void
step_to (PmlRun      *run,
         PmlStepKind  kind,
         gint         line)
{
  g_assert_true (pml_run_step (run, kind, TRUE));
  g_assert_true (pml_run_is_at_line_start (run));
  g_assert_cmpint (pml_run_get_line_to_run (run), ==, line);
}

static void
test_into (void)
{
  g_autoptr(PmlRun) run = run_script (nested_source);
  const gint lines[] = { 5, 10, 6, 2, 3, 7, 2, 3, 8, 11 };

  g_assert_cmpint (pml_run_get_phase (run), ==, PML_RUN_PHASE_SCRIPT);
  g_assert_cmpint (pml_run_get_line_to_run (run), ==, 1);
  g_assert_cmpint (pml_run_get_line_ran (run), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    step_to (run, PML_STEP_INTO, lines[i]);
  /* the line before the one about to run is the one that just ran */
  g_assert_cmpint (pml_run_get_line_ran (run), ==, 8);
  /* past the last line: the script's end, then the tear-down's */
  g_assert_true (pml_run_step (run, PML_STEP_INTO, TRUE));
  g_assert_cmpint (pml_run_get_phase (run), ==, PML_RUN_PHASE_SHUTDOWN);
  g_assert_cmpint (pml_run_get_line_to_run (run), ==, 0);
  g_assert_cmpint (pml_run_get_line_ran (run), ==, 11);
  g_assert_false (pml_run_is_at_end (run));
  g_assert_true (pml_run_step (run, PML_STEP_INTO, TRUE));
  g_assert_true (pml_run_is_at_end (run));
  g_assert_false (pml_run_step (run, PML_STEP_INTO, TRUE));
  /* and back: the script's end, then line 11's start */
  g_assert_true (pml_run_step (run, PML_STEP_INTO, FALSE));
  g_assert_cmpint (pml_run_get_phase (run), ==, PML_RUN_PHASE_SHUTDOWN);
  g_assert_true (pml_run_step (run, PML_STEP_INTO, FALSE));
  g_assert_cmpint (pml_run_get_line_to_run (run), ==, 11);
}

static void
test_over (void)
{
  g_autoptr(PmlRun) run = run_script (nested_source);

  step_to (run, PML_STEP_OVER, 5);
  step_to (run, PML_STEP_OVER, 10);
  /* outer's call runs whole */
  step_to (run, PML_STEP_OVER, 11);

  pml_run_seek_first_line (run);
  g_assert_true (pml_run_run_to_line (run, 6));
  /* inner's lines pass, outer's stop */
  step_to (run, PML_STEP_OVER, 7);
  step_to (run, PML_STEP_OVER, 8);
  /* outer returns: over goes on in its caller */
  step_to (run, PML_STEP_OVER, 11);

  /* over inner's return: the caller's next line */
  pml_run_seek_first_line (run);
  g_assert_true (pml_run_run_to_line (run, 3));
  step_to (run, PML_STEP_OVER, 7);
}

static void
test_out (void)
{
  g_autoptr(PmlRun) run = run_script (nested_source);

  /* the first inner: out to outer's next line */
  g_assert_true (pml_run_run_to_line (run, 2));
  g_assert_cmpuint (pml_run_get_depth (run), ==, 3);
  step_to (run, PML_STEP_OUT, 7);
  /* the second: out to outer's last */
  step_to (run, PML_STEP_INTO, 2);
  step_to (run, PML_STEP_OUT, 8);
  /* out of outer: the module's next line */
  step_to (run, PML_STEP_OUT, 11);
  /* out of the module: the script's end */
  g_assert_true (pml_run_step (run, PML_STEP_OUT, TRUE));
  g_assert_cmpint (pml_run_get_phase (run), ==, PML_RUN_PHASE_SHUTDOWN);
}

static void
test_recursion (void)
{
  g_autoptr(PmlRun) run = run_script (recursive_source);

  step_to (run, PML_STEP_INTO, 6);
  step_to (run, PML_STEP_INTO, 2);
  g_assert_cmpuint (pml_run_get_depth (run), ==, 2);
  step_to (run, PML_STEP_INTO, 4);
  /* over fact(3)'s line 4: the recursion runs whole, and no line of
     fact(3) is left: the module's next */
  step_to (run, PML_STEP_OVER, 7);

  /* into, three deep: fact(1) */
  pml_run_seek_first_line (run);
  g_assert_true (pml_run_run_to_line (run, 3));
  g_assert_cmpuint (pml_run_get_depth (run), ==, 4);
  /* out of fact(1): its callers' line 4 goes on without a new line */
  step_to (run, PML_STEP_OUT, 7);
}

static void
test_run_to_line (void)
{
  g_autoptr(PmlRun) run = run_script (nested_source);
  guint position;

  /* line 3 runs twice, then never again */
  g_assert_true (pml_run_run_to_line (run, 3));
  g_assert_cmpint (pml_run_get_line_ran (run), ==, 2);
  g_assert_true (pml_run_run_to_line (run, 3));
  g_assert_cmpint (pml_run_get_line_to_run (run), ==, 3);
  /* the second time: line 7 called inner */
  step_to (run, PML_STEP_INTO, 8);
  position = pml_run_get_position (run);
  g_assert_false (pml_run_run_to_line (run, 3));
  g_assert_cmpuint (pml_run_get_position (run), ==, position);
  /* a blank line never runs */
  pml_run_seek_first_line (run);
  g_assert_false (pml_run_run_to_line (run, 4));
}

static void
test_library_lines (void)
{
  g_autoptr(PmlRun) run = run_script (library_source);

  step_to (run, PML_STEP_INTO, 2);
  /* capwords runs string.py's lines: none is a step */
  step_to (run, PML_STEP_INTO, 3);
}

static void
test_step_marks (void)
{
  g_autoptr(PmlRun) marked = run_script (recursive_source);
  g_autoptr(PmlRun) plain = run_script (nested_source);

  g_assert_true (pml_run_has_step_marks (marked));
  g_assert_true (pml_run_line_is_marked (marked, 7));
  g_assert_false (pml_run_line_is_marked (marked, 6));
  g_assert_false (pml_run_line_is_marked (marked, 0));
  g_assert_false (pml_run_line_is_marked (marked, 99));
  g_assert_false (pml_run_has_step_marks (plain));
}

/* Start-up is the requests before line 1; the script's are between it
 * and the tear-down's */
static void
test_phases (void)
{
  g_autoptr(PmlRun) run = run_script (nested_source);
  guint startup = pml_run_get_startup_requests (run);
  guint shutdown = pml_run_get_shutdown_request (run);

  g_assert_cmpuint (startup, >, 0);
  g_assert_cmpuint (shutdown, >=, startup);
  g_assert_cmpuint (shutdown, <, pml_heap_get_n_steps (pml_run_get_heap (run)));
  g_assert_cmpuint (pml_run_get_request (run), ==, startup);
  pml_run_seek_start (run);
  g_assert_cmpint (pml_run_get_phase (run), ==, PML_RUN_PHASE_STARTUP);
  g_assert_cmpint (pml_run_get_line (run), ==, 0);
  pml_run_seek_script_end (run);
  g_assert_cmpint (pml_run_get_phase (run), ==, PML_RUN_PHASE_SHUTDOWN);
  g_assert_cmpuint (pml_run_get_request (run), ==, shutdown);
}

static void
count_stepped (PmlRun *run,
               guint  *count)
{
  (*count)++;
}

/* "stepped" once per move, however far, and not when nothing moved */
static void
test_stepped_signal (void)
{
  g_autoptr(PmlRun) run = run_script (nested_source);
  guint count = 0;

  g_signal_connect (run, "stepped", G_CALLBACK (count_stepped), &count);
  step_to (run, PML_STEP_OVER, 5);
  g_assert_cmpuint (count, ==, 1);
  pml_run_seek_end (run);
  g_assert_cmpuint (count, ==, 2);
  g_assert_false (pml_run_step (run, PML_STEP_EVENT, TRUE));
  g_assert_cmpuint (count, ==, 2);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/run/into", test_into);
  g_test_add_func ("/run/over", test_over);
  g_test_add_func ("/run/out", test_out);
  g_test_add_func ("/run/recursion", test_recursion);
  g_test_add_func ("/run/run-to-line", test_run_to_line);
  g_test_add_func ("/run/library-lines", test_library_lines);
  g_test_add_func ("/run/step-marks", test_step_marks);
  g_test_add_func ("/run/phases", test_phases);
  g_test_add_func ("/run/stepped-signal", test_stepped_signal);

  return g_test_run ();
}
