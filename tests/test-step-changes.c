/* test-step-changes.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "pml-step-changes.h"
#include "pml-test-heap.h"

/* The heap and pool views mark what the last step changed. A 3.11 heap
 * whose only arena is at BASE (1 MiB aligned: 64 pools of 16 KiB, the
 * first at BASE, its first block 48 bytes in). 24-byte requests are
 * served from 32-byte blocks. */
#define BASE G_GUINT64_CONSTANT (0x7f0000000000)
#define BLOCK(n) (48u + 32u * (n))

static PmlHeap *
new_heap (void)
{
  const guint64 bases[] = { BASE };
  PmlHeap *heap = pml_heap_new (pml_preset_lookup ("cpython-3.11"));

  pml_heap_set_recorded_arena_bases (heap, bases, G_N_ELEMENTS (bases));
  return heap;
}

static void
test_blocks_pools_arenas (void)
{
  g_autoptr(PmlHeap) heap = new_heap ();
  guint start = pml_heap_get_position (heap);
  guint after_first, after_second, after_free;
  guint64 first, second;

  first = pml_test_malloc (heap, 24);
  g_assert_cmpuint (first, ==, BASE + BLOCK (0));
  after_first = pml_heap_get_position (heap);
  second = pml_test_malloc (heap, 24);
  g_assert_cmpuint (second, ==, BASE + BLOCK (1));
  after_second = pml_heap_get_position (heap);
  pml_test_free (heap, first);
  after_free = pml_heap_get_position (heap);

  {
    /* the first request maps the arena and carves its first pool */
    g_autoptr(PmlStepChanges) changes = pml_step_changes_new (heap, start, after_first);

    g_assert_true (pml_step_changes_has_arena (changes, 0));
    g_assert_true (pml_step_changes_has_pool (changes, 0, 0));
    g_assert_false (pml_step_changes_has_pool (changes, 0, 1));
    g_assert_true (pml_step_changes_has_block (changes, 0, 0, BLOCK (0)));
    g_assert_false (pml_step_changes_has_block (changes, 0, 0, BLOCK (5)));
  }
  {
    /* the second takes the next block: the arena keeps its place */
    g_autoptr(PmlStepChanges) changes = pml_step_changes_new (heap, after_first, after_second);

    g_assert_false (pml_step_changes_has_arena (changes, 0));
    g_assert_true (pml_step_changes_has_pool (changes, 0, 0));
    g_assert_true (pml_step_changes_has_block (changes, 0, 0, BLOCK (1)));
    g_assert_false (pml_step_changes_has_block (changes, 0, 0, BLOCK (0)));
  }
  {
    /* a free, and the same free seen stepping back */
    g_autoptr(PmlStepChanges) forward = pml_step_changes_new (heap, after_second, after_free);
    g_autoptr(PmlStepChanges) back = pml_step_changes_new (heap, after_free, after_second);

    g_assert_true (pml_step_changes_has_block (forward, 0, 0, BLOCK (0)));
    g_assert_false (pml_step_changes_has_block (forward, 0, 0, BLOCK (1)));
    g_assert_true (pml_step_changes_has_block (back, 0, 0, BLOCK (0)));
    g_assert_false (pml_step_changes_has_block (back, 0, 0, BLOCK (1)));
  }
  {
    g_autoptr(PmlStepChanges) none = pml_step_changes_new (heap, after_free, after_free);

    g_assert_true (pml_step_changes_is_empty (none));
  }
}

/* A jump across the run (Ctrl+End) marks nothing rather than everything */
static void
test_jump_marks_nothing (void)
{
  g_autoptr(PmlHeap) heap = new_heap ();
  guint start = pml_heap_get_position (heap);

  while (pml_heap_get_position (heap) - start <= PML_STEP_CHANGES_MAX_EVENTS)
    pml_test_malloc (heap, 24);

  {
    g_autoptr(PmlStepChanges) jump = pml_step_changes_new (heap, start, pml_heap_get_position (heap));

    g_assert_true (pml_step_changes_is_empty (jump));
  }
}

/* A view follows the heap: nothing is marked when it first shows a heap,
 * the last step's changes after a step, and the same marks again when it
 * lays out at the same position (a resize) */
static void
test_follow (void)
{
  g_autoptr(PmlHeap) heap = new_heap ();
  PmlStepChanges *changes = NULL;
  guint shown = G_MAXUINT;

  pml_test_malloc (heap, 24);
  pml_step_changes_follow (&changes, &shown, heap);
  g_assert_null (changes);
  g_assert_cmpuint (shown, ==, pml_heap_get_position (heap));

  pml_test_malloc (heap, 24);
  pml_step_changes_follow (&changes, &shown, heap);
  g_assert_nonnull (changes);
  g_assert_true (pml_step_changes_has_block (changes, 0, 0, BLOCK (1)));

  pml_step_changes_follow (&changes, &shown, heap);
  g_assert_true (pml_step_changes_has_block (changes, 0, 0, BLOCK (1)));

  pml_step_changes_follow (&changes, &shown, NULL);
  g_assert_null (changes);
  g_assert_cmpuint (shown, ==, G_MAXUINT);
}

static gboolean
pixel_is (cairo_surface_t *surface,
          double           x,
          double           y,
          const PmlColor  *color)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint32 pixel = *(const guint32 *) (data + (int) y * stride + 4 * (int) x);
  int red = pixel >> 16 & 0xff, green = pixel >> 8 & 0xff, blue = pixel & 0xff;

  return ABS (red - (int) (color->red * 255)) <= 8 && ABS (green - (int) (color->green * 255)) <= 8 &&
         ABS (blue - (int) (color->blue * 255)) <= 8;
}

/* The pool view's drawing: the block the step took is outlined in the
 * colour of changes, the one before it is not */
static void
test_pool_drawing (void)
{
  g_autoptr(PmlHeap) heap = new_heap ();
  g_autoptr(PmlStepChanges) changes = NULL;
  g_autoptr(PmlPoolLayout) layout = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  PmlPalette palette;
  PmlRect changed_cell, other_cell;
  guint before;

  pml_palette_init (&palette, PML_THEME_LIGHT, FALSE);
  pml_test_malloc (heap, 24);
  before = pml_heap_get_position (heap);
  pml_test_malloc (heap, 24);
  changes = pml_step_changes_new (heap, before, pml_heap_get_position (heap));
  layout = pml_pool_layout_new (heap, &palette, 0, 0, 600);
  g_assert_true (layout->valid);

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) layout->width + 1, (int) layout->height + 1);
  cr = cairo_create (surface);
  pml_render_pool (cr, layout, &palette);
  pml_render_pool_changes (cr, layout, changes, &palette);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  pml_pool_layout_block_rect (layout, 1, &changed_cell);
  pml_pool_layout_block_rect (layout, 0, &other_cell);
  /* the middle of the top edge, 1 px above the cell: inside the mark */
  g_assert_true (pixel_is (surface, changed_cell.x + changed_cell.width / 2, changed_cell.y - 1, &palette.changed));
  g_assert_false (pixel_is (surface, other_cell.x + other_cell.width / 2, other_cell.y - 1, &palette.changed));
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/step-changes/blocks-pools-arenas", test_blocks_pools_arenas);
  g_test_add_func ("/step-changes/jump-marks-nothing", test_jump_marks_nothing);
  g_test_add_func ("/step-changes/follow", test_follow);
  g_test_add_func ("/step-changes/pool-drawing", test_pool_drawing);

  return g_test_run ();
}
