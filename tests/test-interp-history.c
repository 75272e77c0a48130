/* test-interp-history.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "pml-py.h"
#include "pml-py-interp-private.h"

/* Stepping a finished run: undoing and redoing object events, with the
 * allocator following, must give the same state however a position is
 * reached; and the states match reference counts worked out by hand. */

static PmlInterp *
run (const char *source)
{
  g_autoptr(PmlHeap) heap = pml_heap_new (pml_preset_lookup ("cpython-3.11"));
  PmlInterpOptions options = { 100000, TRUE, FALSE, FALSE };
  PmlInterp *interp = pml_interp_new (heap, &options);
  g_autoptr(GError) error = NULL;

  g_assert_true (pml_interp_load (interp, "history.py", source, strlen (source), &error));
  g_assert_cmpint (pml_interp_run (interp), ==, 0);
  return interp;
}

/* every object's state and the allocator's, as text */
static char *
snapshot (PmlInterp *interp, guint32 n_serials)
{
  GString *text = g_string_new (NULL);
  g_autofree char *heap = pml_heap_dup_state_digest (pml_interp_get_heap (interp));

  g_string_append_printf (text, "%u lines; %s\n", pml_interp_get_lines_done (interp), heap);
  for (guint32 serial = 0; serial < n_serials; serial++)
    {
      const PmlObjState *s = pml_interp_get_object_state (interp, serial);

      g_string_append_printf (text, "%u:%d%d%d%u %" G_GINT64_FORMAT " %" G_GINT64_FORMAT "\n", serial, s->alive,
                              s->tracked, s->unreachable, s->generation, s->refcnt, s->gc_refs);
    }
  return g_string_free (text, FALSE);
}

/* compares line by line, so that a failure names the object that differs */
static void
assert_same (const char *got, const char *expected, guint position)
{
  g_auto(GStrv) a = g_strsplit (got, "\n", -1);
  g_auto(GStrv) b = g_strsplit (expected, "\n", -1);

  for (guint i = 0; a[i] != NULL && b[i] != NULL; i++)
    if (strcmp (a[i], b[i]) != 0)
      g_error ("at event %u: got “%s”, expected “%s”", position, a[i], b[i]);
  g_assert_cmpuint (g_strv_length (a), ==, g_strv_length (b));
}

static void
test_seek_any_order (void)
{
  PmlInterp *interp = run ("import gc\nclass N:\n    pass\ngc.collect()\nkeep = []\n"
                           "for i in range(50):\n    a = N()\n    b = N()\n    a.o = b\n    b.o = a\n"
                           "    keep.append([i, str(i)])\n    del a, b\n    if i % 10 == 0:\n        gc.collect()\n"
                           "del keep[::2]\n");
  guint n = pml_interp_get_n_events (interp);
  guint32 n_serials = 0;
  GRand *rand = g_rand_new_with_seed (7);
  GPtrArray *forward = g_ptr_array_new_with_free_func (g_free);
  guint step = MAX (1, n / 97);

  for (guint i = 0; i < n; i++)
    n_serials = MAX (n_serials, pml_interp_get_event (interp, i)->serial + 1);

  /* the reference: every position reached forward from the start */
  pml_interp_seek (interp, 0);
  for (guint p = 0; p <= n; p += step)
    {
      pml_interp_seek (interp, p);
      g_ptr_array_add (forward, snapshot (interp, n_serials));
      g_assert_cmpuint (pml_heap_get_position (pml_interp_get_heap (interp)), ==,
                        p < n ? pml_interp_get_event_heap_position (interp, p)
                              : pml_heap_get_n_events (pml_interp_get_heap (interp)));
    }
  /* then backwards from the end, and in random jumps */
  pml_interp_seek (interp, n);
  for (guint k = forward->len; k > 0; k--)
    {
      g_autofree char *s = NULL;

      pml_interp_seek (interp, (k - 1) * step);
      s = snapshot (interp, n_serials);
      assert_same (s, forward->pdata[k - 1], (k - 1) * step);
    }
  for (guint round = 0; round < 200; round++)
    {
      guint k = (guint) g_rand_int_range (rand, 0, (gint32) forward->len);
      g_autofree char *s = NULL;

      pml_interp_seek (interp, k * step);
      s = snapshot (interp, n_serials);
      assert_same (s, forward->pdata[k], k * step);
    }
  g_ptr_array_unref (forward);
  g_rand_free (rand);
  pml_interp_free (interp);
}

/* Jumps through checkpoints give the states that walking every event
 * gives: checkpoints every few events (every path restores some), in
 * jumps forward, backward and at random, against a run of the same
 * script walked forward event by event in small steps */
static void
test_seek_through_checkpoints (void)
{
  static const char source[] =
    "import gc\nclass N:\n    pass\ngc.collect()\nkeep = []\n"
    "for i in range(120):\n    a = N()\n    b = N()\n    a.o = b\n    b.o = a\n"
    "    t = [i, str(i)]\n    if i % 50 == 0:\n        keep.append(t)\n    del a, b\n"
    "    if i % 23 == 0:\n        gc.collect()\n"
    "del keep[::2]\n";
  static const guint spacings[][2] = { { 1, 0 }, { 40, 0 }, { 16, 10 } };
  PmlInterp *reference = run (source);
  guint n = pml_interp_get_n_events (reference);
  guint32 n_serials = 0;
  GPtrArray *states = g_ptr_array_new_with_free_func (g_free);
  guint step = MAX (1, n / 41);

  for (guint i = 0; i < n; i++)
    n_serials = MAX (n_serials, pml_interp_get_event (reference, i)->serial + 1);
  pml_interp_seek (reference, 0);
  for (guint p = 0; p <= n; p += step)
    {
      for (guint q = pml_interp_get_position (reference); q < p; q++)
        pml_interp_seek (reference, q + 1);
      g_ptr_array_add (states, snapshot (reference, n_serials));
    }

  for (guint s = 0; s < G_N_ELEMENTS (spacings); s++)
    {
      PmlInterp *interp = run (source);
      GRand *rand = g_rand_new_with_seed (11 + s);

      g_assert_cmpuint (pml_interp_get_n_events (interp), ==, n);
      pml_interp_set_checkpoints (interp, spacings[s][0], spacings[s][1]);
      /* forward from the end's state, backward, then at random */
      for (guint k = 0; k < states->len; k++)
        {
          g_autofree char *got = NULL;

          pml_interp_seek (interp, k * step);
          got = snapshot (interp, n_serials);
          assert_same (got, states->pdata[k], k * step);
        }
      for (guint k = states->len; k > 0; k--)
        {
          g_autofree char *got = NULL;

          pml_interp_seek (interp, (k - 1) * step);
          got = snapshot (interp, n_serials);
          assert_same (got, states->pdata[k - 1], (k - 1) * step);
        }
      for (guint round = 0; round < 80; round++)
        {
          guint k = (guint) g_rand_int_range (rand, 0, (gint32) states->len);
          g_autofree char *got = NULL;

          pml_interp_seek (interp, k * step);
          g_assert_cmpuint (pml_interp_get_position (interp), ==, k * step);
          got = snapshot (interp, n_serials);
          assert_same (got, states->pdata[k], k * step);
        }
      if (spacings[s][1] == 0)
        g_assert_cmpuint (pml_interp_get_checkpoint_bytes (interp), >, 0);
      g_rand_free (rand);
      pml_interp_free (interp);
    }
  g_ptr_array_unref (states);
  pml_interp_free (reference);
}

/* The checkpoints' memory stays within a tenth of the history's (the
 * object events and the allocator's), however many objects are alive at
 * once */
static void
test_checkpoint_memory (void)
{
  /* many objects alive at once, then many events with few alive */
  PmlInterp *interp = run ("keep = [[i] for i in range(3000)]\n"
                           "for i in range(20000):\n    x = [i]\n"
                           "keep = None\n"
                           "for i in range(20000):\n    x = [i]\n");
  gsize event_bytes = pml_interp_get_n_events (interp) * sizeof (PmlObjEvent) +
                      pml_heap_get_history_bytes (pml_interp_get_heap (interp));

  pml_interp_set_checkpoints (interp, 1000, 16);
  pml_interp_seek (interp, 0);
  g_test_message ("%zu bytes of checkpoints for %zu bytes of events", pml_interp_get_checkpoint_bytes (interp),
                  event_bytes);
  g_assert_cmpuint (pml_interp_get_checkpoint_bytes (interp), >, 0);
  g_assert_cmpuint (pml_interp_get_checkpoint_bytes (interp), <=, event_bytes / 10);
  pml_interp_free (interp);
}

/* the first event of the first time @line runs */
static guint
line_start (PmlInterp *interp, gint line)
{
  for (guint i = 0; i < pml_interp_get_n_events (interp); i++)
    {
      const PmlObjEvent *ev = pml_interp_get_event (interp, i);

      if (pml_obj_event_get_kind (ev) == PML_OBJ_EVENT_LINE && pml_obj_event_get_value (ev) == line)
        return i;
    }
  g_assert_not_reached ();
  return 0;
}

/* a = []; b = a; c = [a, a]; del b: the list has 4 references before the
 * del (a, b, twice in c), 3 after, and is gone after shutdown */
static void
test_refcounts_by_hand (void)
{
  PmlInterp *interp = run ("a = []\nb = a\nc = [a, a]\ndel b\nx = 1\n");
  guint32 list = G_MAXUINT32;

  /* the list a: the first object made on line 1 */
  for (guint i = line_start (interp, 1) + 1; list == G_MAXUINT32; i++)
    if (pml_obj_event_get_kind (pml_interp_get_event (interp, i)) == PML_OBJ_EVENT_NEW)
      list = pml_interp_get_event (interp, i)->serial;

  pml_interp_seek (interp, line_start (interp, 2));
  g_assert_true (pml_interp_get_object_state (interp, list)->alive);
  g_assert_cmpint (pml_interp_get_object_state (interp, list)->refcnt, ==, 1);
  g_assert_true (pml_interp_get_object_state (interp, list)->tracked);
  pml_interp_seek (interp, line_start (interp, 4));
  g_assert_cmpint (pml_interp_get_object_state (interp, list)->refcnt, ==, 4);
  /* seeking to a line event stops just before it: lines 1 to 3 have run */
  g_assert_cmpuint (pml_interp_get_lines_done (interp), ==, 3);
  pml_interp_seek (interp, line_start (interp, 5));
  g_assert_cmpint (pml_interp_get_object_state (interp, list)->refcnt, ==, 3);
  pml_interp_seek (interp, pml_interp_get_n_events (interp));
  g_assert_false (pml_interp_get_object_state (interp, list)->alive);
  pml_interp_seek (interp, 0);
  g_assert_false (pml_interp_get_object_state (interp, list)->alive);
  g_assert_cmpuint (pml_interp_get_lines_done (interp), ==, 0);
  pml_interp_free (interp);
}

/* A run that never ends stops once its cancel flag is set: here set before
 * it starts, with no --max-steps to stop it otherwise, it ends within the
 * 4,096 lines between two looks at the flag */
static void
test_cancel (void)
{
  static const char script[] = "x = 0\nwhile True:\n    x = x + 1\n";
  g_autoptr(PmlHeap) heap = pml_heap_new (pml_preset_lookup ("cpython-3.11"));
  PmlInterpOptions options = { 0, TRUE, FALSE, FALSE, TRUE };
  PmlInterp *interp = pml_interp_new (heap, &options);
  gint cancelled = 1;

  g_assert_true (pml_interp_load (interp, "forever.py", script, strlen (script), NULL));
  pml_interp_set_cancel_flag (interp, &cancelled);
  pml_interp_run (interp);
  g_assert_true (pml_interp_hit_max_steps (interp));
  g_assert_cmpuint (pml_interp_get_steps (interp), <=, 4096);
  pml_interp_free (interp);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/interp-history/seek-any-order", test_seek_any_order);
  g_test_add_func ("/interp-history/seek-through-checkpoints", test_seek_through_checkpoints);
  g_test_add_func ("/interp-history/checkpoint-memory", test_checkpoint_memory);
  g_test_add_func ("/interp-history/refcounts-by-hand", test_refcounts_by_hand);
  g_test_add_func ("/interp-history/cancel", test_cancel);
  return g_test_run ();
}
