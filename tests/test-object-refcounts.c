/* test-object-refcounts.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "pml-objects-layout.h"

/* The objects view's promise, checked on every public scenario at every
 * line: for each card drawn, the arrows that reach it plus the references
 * its card says come from outside the picture are its reference count.
 * The outside references are the holders the snapshot found (start-up
 * objects, namespaces not drawn), each an edge of its own, never the
 * count less the arrows: a holder the model misses fails here, naming
 * the object and the line. */

static char *
read_script (const char *path,
             gsize      *length)
{
  char *source = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_get_contents (path, &source, length, &error));
  return source;
}

/* A failure's cause, for the report: what kind of holder is missing (or
 * drawn twice) and on what type of object */
static char *
cause_of (const PmlObjectNode *node,
          guint                arrows,
          const PmlObjState   *state)
{
  gint64 drawn = (gint64) arrows + node->outside;

  return g_strdup_printf ("%s on a %s", drawn < state->refcnt ? "holder missing" : "reference counted twice",
                          node->type_name);
}

/* Returns the first failure's cause (NULL: none) */
static char *
check_layout (PmlObjectsLayout *layout,
              PmlInterp        *interp,
              const char       *path,
              gint32            line,
              GString          *failures)
{
  char *first = NULL;

  g_autofree guint *arrows = g_new0 (guint, layout->nodes->len + 1);

  for (guint i = 0; i < layout->links->len; i++)
    {
      const PmlObjectLink *link = &g_array_index (layout->links, PmlObjectLink, i);

      if (!link->weak)
        arrows[link->to]++;
    }
  for (guint i = 0; i < layout->nodes->len; i++)
    {
      const PmlObjectNode *node = &g_array_index (layout->nodes, PmlObjectNode, i);
      const PmlObjState *state = pml_interp_get_object_state (interp, node->serial);

      /* None and the cached small ints: CPython counts their references,
         the simulation does not follow them */
      if (node->shared_static)
        continue;
      if (arrows[i] + node->outside != state->refcnt)
        {
          g_autofree char *holders = pml_objects_layout_describe_holders (interp, node->serial);

          if (first == NULL)
            first = cause_of (node, arrows[i], state);

          g_string_append_printf (failures, "%s: before line %d: %s #%u: %u arrows + %u from outside, "
                                  "refcount %lld; holders:\n%s\n",
                                  path, line, node->type_name, node->serial, arrows[i], node->outside,
                                  (long long) state->refcnt, holders);
        }
    }
  return first;
}

/* --known-failures FILE: the scripts (by file name) that break the
 * equation today, each with why ("name: reason"); one of them that
 * passes fails the test, so that the list stays exact */
static GHashTable *known_failures;

static void
read_known_failures (const char *path)
{
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;

  known_failures = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *colon = strchr (lines[i], ':');

      if (lines[i][0] == '#' || colon == NULL)
        continue;
      g_hash_table_insert (known_failures, g_strndup (lines[i], colon - lines[i]), g_strstrip (g_strdup (colon + 1)));
    }
}

static void
check_script (gconstpointer data)
{
  const char *path = data;
  g_autofree char *base = g_path_get_basename (path);
  const char *known = known_failures != NULL ? g_hash_table_lookup (known_failures, base) : NULL;
  PmlHeap *heap = pml_heap_new (pml_preset_lookup ("cpython-3.11"));
  PmlInterpOptions options = { 200000, TRUE, FALSE, FALSE, TRUE };
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) failures = g_string_new (NULL);
  g_autofree char *source = NULL;
  PmlInterp *interp;
  PmlPalette palette;
  gsize length;
  guint n, lines = 0;

  pml_palette_init (&palette, PML_THEME_LIGHT, FALSE);
  source = read_script (path, &length);
  interp = pml_interp_new (heap, &options);
  pml_heap_unref (heap);
  if (!pml_interp_load (interp, path, source, length, &error))
    {
      /* a lesson on syntax errors: no line runs, nothing is drawn */
      pml_interp_free (interp);
      g_test_skip (error->message);
      return;
    }
  pml_interp_run (interp);
  n = pml_interp_get_shutdown_position (interp);
  for (guint i = 0; i < n; i++)
    {
      const PmlObjEvent *ev = pml_interp_get_event (interp, i);

      const PmlGraphSnapshot *snapshot;

      if (pml_obj_event_get_kind (ev) != PML_OBJ_EVENT_LINE)
        continue;
      /* a run too long for a snapshot at every line is checked as far as
         it has them */
      snapshot = pml_interp_get_graph (interp, i);
      if (snapshot == NULL || snapshot->position != i)
        break;
      /* the state the window shows as the line is about to run, the
         values drawn as objects, so that every object has its card */
      pml_interp_seek (interp, i);
      for (int shared = 0; shared < 2; shared++)
        {
          PmlObjectsOptions layout_options = { .shared_values = shared, .holders = TRUE };
          g_autoptr(PmlObjectsLayout) layout = pml_objects_layout_new_full (interp, &palette, 1200, &layout_options);

          g_free (check_layout (layout, interp, path, pml_obj_event_get_value (ev), failures));
        }
      lines++;
    }
  g_assert_cmpuint (lines, >, 0);
  pml_interp_free (interp);
  if (known != NULL)
    {
      if (failures->len == 0)
        {
          g_test_message ("%s now passes: take it off the known failures", base);
          g_test_fail ();
        }
      else
        g_test_message ("known failure (%s)", known);
      return;
    }
  if (failures->len > 0)
    {
      g_test_message ("%s", failures->str);
      g_test_fail ();
    }
}

/* --report [--every-event] FILES: no test, a measure. For each script,
 * the first step where a card's arrows and outside count differ from its
 * refcount, then how many scripts fail for each cause. Steps are the
 * lines' starts, or with --every-event every object event too. */
static char *
first_failure (const char *path,
               gboolean    every_event,
               char      **where)
{
  PmlHeap *heap = pml_heap_new (pml_preset_lookup ("cpython-3.11"));
  PmlInterpOptions options = { 200000, TRUE, FALSE, FALSE, TRUE };
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) failures = g_string_new (NULL);
  g_autofree char *source = NULL;
  PmlInterp *interp;
  PmlPalette palette;
  gsize length;
  guint n;
  gint32 line = 0;
  char *cause = NULL;

  pml_palette_init (&palette, PML_THEME_LIGHT, FALSE);
  if (!g_file_get_contents (path, &source, &length, NULL))
    return g_strdup ("unreadable");
  interp = pml_interp_new (heap, &options);
  pml_heap_unref (heap);
  if (!pml_interp_load (interp, path, source, length, &error))
    {
      pml_interp_free (interp);
      return g_strdup ("does not compile");
    }
  pml_interp_run (interp);
  n = pml_interp_get_shutdown_position (interp);
  for (guint i = 0; i < n && cause == NULL; i++)
    {
      const PmlObjEvent *ev = pml_interp_get_event (interp, i);
      PmlObjEventKind kind = pml_obj_event_get_kind (ev);
      const PmlGraphSnapshot *snapshot;

      if (kind == PML_OBJ_EVENT_LINE)
        line = pml_obj_event_get_value (ev);
      else if (!every_event || line == 0 ||
               (kind != PML_OBJ_EVENT_NEW && kind != PML_OBJ_EVENT_INCREF && kind != PML_OBJ_EVENT_DECREF &&
                kind != PML_OBJ_EVENT_FREE))
        continue;
      snapshot = pml_interp_get_graph (interp, i);
      if (snapshot == NULL || (!pml_interp_graph_is_complete (interp) && snapshot == pml_interp_get_graph (interp, G_MAXUINT)))
        break;
      pml_interp_seek (interp, kind == PML_OBJ_EVENT_LINE ? i : i + 1);
      for (int shared = 0; shared < 2 && cause == NULL; shared++)
        {
          PmlObjectsOptions layout_options = { .shared_values = shared, .holders = TRUE };
          g_autoptr(PmlObjectsLayout) layout = pml_objects_layout_new_full (interp, &palette, 1200, &layout_options);

          cause = check_layout (layout, interp, path, line, failures);
        }
      if (cause != NULL && g_getenv ("PML_REPORT_HOLDERS") != NULL)
        g_printerr ("%.*s\n", (int) MIN (failures->len, 1200), failures->str);
      if (cause != NULL)
        *where = g_strdup_printf ("%s at line %d, event %u", kind == PML_OBJ_EVENT_LINE ? "before" : "within", line, i);
    }
  pml_interp_free (interp);
  return cause;
}

static int
report (int    argc,
        char **argv)
{
  gboolean every_event = argc > 0 && !strcmp (argv[0], "--every-event");
  g_autoptr(GHashTable) causes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTableIter iter;
  gpointer key, value;
  guint failing = 0, total = 0;

  for (int i = every_event ? 1 : 0; i < argc; i++)
    {
      g_autofree char *where = NULL;
      char *cause = first_failure (argv[i], every_event, &where);

      total++;
      if (cause == NULL)
        {
          g_print ("PASS %s\n", argv[i]);
          continue;
        }
      failing++;
      g_print ("FAIL %s: %s: %s\n", argv[i], where != NULL ? where : "", cause);
      g_hash_table_insert (causes, cause,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (causes, cause)) + 1));
    }
  g_print ("%u of %u scripts break the equation%s\n", failing, total,
           every_event ? " (at some object event)" : " (at some line start)");
  g_hash_table_iter_init (&iter, causes);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_print ("%5u  %s\n", GPOINTER_TO_UINT (value), (const char *) key);
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  if (argc > 1 && !strcmp (argv[1], "--report"))
    return report (argc - 2, argv + 2);
  if (argc > 2 && !strcmp (argv[1], "--known-failures"))
    {
      read_known_failures (argv[2]);
      argv[2] = argv[0];
      argc -= 2;
      argv += 2;
    }
  g_test_init (&argc, &argv, NULL);

  for (int i = 1; i < argc; i++)
    {
      g_autofree char *base = g_path_get_basename (argv[i]);
      g_autofree char *name = g_strdup_printf ("/objects/refcounts/%s", base);

      g_test_add_data_func (name, argv[i], check_script);
    }
  return g_test_run ();
}
