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

static void
check_layout (PmlObjectsLayout *layout,
              PmlInterp        *interp,
              const char       *path,
              gint32            line,
              GString          *failures)
{
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

          g_string_append_printf (failures, "%s: before line %d: %s #%u: %u arrows + %u from outside, "
                                  "refcount %lld; holders:\n%s\n",
                                  path, line, node->type_name, node->serial, arrows[i], node->outside,
                                  (long long) state->refcnt, holders);
        }
    }
}

static void
check_script (gconstpointer data)
{
  const char *path = data;
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
  g_assert_true (pml_interp_load (interp, path, source, length, &error));
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

          check_layout (layout, interp, path, pml_obj_event_get_value (ev), failures);
        }
      lines++;
    }
  g_assert_cmpuint (lines, >, 0);
  pml_interp_free (interp);
  if (failures->len > 0)
    {
      g_test_message ("%s", failures->str);
      g_test_fail ();
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (int i = 1; i < argc; i++)
    {
      g_autofree char *base = g_path_get_basename (argv[i]);
      g_autofree char *name = g_strdup_printf ("/objects/refcounts/%s", base);

      g_test_add_data_func (name, argv[i], check_script);
    }
  return g_test_run ();
}
