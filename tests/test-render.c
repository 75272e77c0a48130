/* test-render.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define _GNU_SOURCE /* memmem */

#include <math.h>
#include <string.h>
#include <glib/gstdio.h>

#include "pml-diagram.h"
#include "pml-heap-layout.h"
#include "pml-pool-layout.h"

/* Arena A at an ARENA_SIZE-aligned base holds 64 pools; B, 4 KiB past a
 * pool boundary, holds 63. 512-byte blocks: (16384 - 48) / 512 = 31 per
 * pool, so 64 * 31 = 1984 of them fill A and the 1985th maps B. */
#define BASE_A G_GUINT64_CONSTANT (0x7f0000000000)
#define BASE_B G_GUINT64_CONSTANT (0x7f0000101000)
#define FILL_A (64 * 31)

static PmlHeap *
heap_with_full_arena (void)
{
  const guint64 bases[] = { BASE_A, BASE_B };
  PmlHeap *heap = pml_heap_new (NULL);
  guint64 address;

  pml_heap_set_recorded_arena_bases (heap, bases, G_N_ELEMENTS (bases));
  for (guint i = 0; i < FILL_A + 1; i++)
    g_assert_true (pml_heap_malloc (heap, 512, &address, NULL));

  return heap;
}

static void
test_heap_layout_order_and_hits (void)
{
  g_autoptr(PmlHeap) heap = heap_with_full_arena ();
  PmlPalette palette;
  g_autoptr(PmlHeapLayout) layout = NULL;
  const PmlArenaBox *usable, *full, *hit;
  PmlRect cell;
  guint pool_index;

  pml_palette_init (&palette, PML_THEME_LIGHT, FALSE);
  layout = pml_heap_layout_new (heap, &palette, 1200);

  /* B (slot 1) is usable_arenas' only member; A (slot 0) is full */
  g_assert_cmpuint (layout->arenas->len, ==, 2);
  usable = &g_array_index (layout->arenas, PmlArenaBox, 0);
  full = &g_array_index (layout->arenas, PmlArenaBox, 1);
  g_assert_cmpuint (usable->slot, ==, 1);
  g_assert_true (usable->usable);
  g_assert_cmpuint (usable->list_position, ==, 0);
  g_assert_cmpuint (full->slot, ==, 0);
  g_assert_false (full->usable);
  g_assert_true (layout->detailed);
  g_assert_cmpfloat (layout->full_title_y, <, full->bounds.y);
  g_assert_cmpfloat (usable->bounds.y + usable->bounds.height, <, layout->full_title_y);
  g_assert_cmpfloat (layout->height, >=, full->bounds.y + full->bounds.height);

  /* pool 10 is row 1, column 2 of an 8-wide grid */
  g_assert_true (pml_heap_layout_pool_rect (layout, full, 10, &cell));
  g_assert_cmpfloat (cell.x, ==, full->grid.x + 2 * layout->cell);
  g_assert_cmpfloat (cell.y, ==, full->grid.y + 1 * layout->cell);

  hit = pml_heap_layout_hit (layout, cell.x + cell.width / 2, cell.y + cell.height / 2, &pool_index);
  g_assert_true (hit == full);
  g_assert_cmpuint (pool_index, ==, 10);

  hit = pml_heap_layout_hit (layout, full->bounds.x + 4, full->bounds.y + 4, &pool_index);
  g_assert_true (hit == full);
  g_assert_cmpuint (pool_index, ==, G_MAXUINT);

  g_assert_null (pml_heap_layout_hit (layout, 1, 1, NULL));
}

static void
test_heap_layout_many_arenas (void)
{
  g_autoptr(PmlHeap) heap = pml_heap_new (pml_preset_lookup ("cpython-3.8"));
  PmlPalette palette;
  g_autoptr(PmlHeapLayout) layout = NULL;
  guint64 address;

  /* 3.8: 4 KiB pools hold 7 blocks of 512; 64 pools an arena: 448 blocks
   * per arena, so 130 arenas need 129 * 448 + 1 blocks */
  for (guint i = 0; i < 129 * 448 + 1; i++)
    g_assert_true (pml_heap_malloc (heap, 512, &address, NULL));

  pml_palette_init (&palette, PML_THEME_LIGHT, FALSE);
  layout = pml_heap_layout_new (heap, &palette, 1200);
  g_assert_cmpuint (layout->arenas->len, ==, 130);
  g_assert_false (layout->detailed);
  g_assert_false (pml_heap_layout_pool_rect (layout, &g_array_index (layout->arenas, PmlArenaBox, 0), 0,
                                             &(PmlRect) { 0 }));
}

/* Three 32-byte blocks a, b, c; free a then c: the chain is c, a (LIFO),
 * and the next block, never handed out, is virgin. */
static void
test_pool_layout_chain (void)
{
  g_autoptr(PmlHeap) heap = pml_heap_new (NULL);
  g_autoptr(PmlPoolLayout) layout = NULL;
  PmlPalette palette;
  guint64 a, b, c;

  g_assert_true (pml_heap_malloc (heap, 24, &a, NULL));
  g_assert_true (pml_heap_malloc (heap, 24, &b, NULL));
  g_assert_true (pml_heap_malloc (heap, 24, &c, NULL));
  g_assert_true (pml_heap_free_block (heap, a, NULL));
  g_assert_true (pml_heap_free_block (heap, c, NULL));

  pml_palette_init (&palette, PML_THEME_LIGHT, FALSE);
  layout = pml_pool_layout_new (heap, &palette, 0, 0, 800);

  /* 16336 / 32 = 510 blocks */
  g_assert_cmpuint (layout->n_blocks, ==, 510);
  g_assert_cmpuint (layout->block_size, ==, 32);
  g_assert_cmpuint (layout->chain->len, ==, 3);
  g_assert_cmpuint (g_array_index (layout->chain, guint, 0), ==, 2);
  g_assert_cmpuint (g_array_index (layout->chain, guint, 1), ==, 0);
  /* the virgin block the chain ended with when c was carved: index 3 */
  g_assert_cmpuint (g_array_index (layout->chain, guint, 2), ==, 3);

  g_assert_cmpint (g_array_index (layout->states, PmlBlockState, 0), ==, PML_BLOCK_FREE);
  g_assert_cmpint (g_array_index (layout->states, PmlBlockState, 1), ==, PML_BLOCK_ALLOCATED);
  g_assert_cmpint (g_array_index (layout->states, PmlBlockState, 2), ==, PML_BLOCK_FREE);
  g_assert_cmpint (g_array_index (layout->states, PmlBlockState, 3), ==, PML_BLOCK_FREE);
  g_assert_cmpint (g_array_index (layout->states, PmlBlockState, 4), ==, PML_BLOCK_VIRGIN);

  {
    PmlRect cell;

    pml_pool_layout_block_rect (layout, 1, &cell);
    g_assert_cmpint (pml_pool_layout_hit (layout, cell.x + 1, cell.y + 1), ==, 1);
  }
}

static void
expect_pixel (cairo_surface_t *surface,
              double           x,
              double           y,
              const PmlColor  *expected)
{
  guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint32 pixel = *(guint32 *) (data + (int) y * stride + (int) x * 4);

  /* ARGB32, opaque: 8 bits a channel */
  g_assert_cmpint (ABS ((int) ((pixel >> 16) & 0xff) - (int) (expected->red * 255 + 0.5)), <=, 1);
  g_assert_cmpint (ABS ((int) ((pixel >> 8) & 0xff) - (int) (expected->green * 255 + 0.5)), <=, 1);
  g_assert_cmpint (ABS ((int) (pixel & 0xff) - (int) (expected->blue * 255 + 0.5)), <=, 1);
}

static char *
temp_path (const char *name)
{
  static char *dir;

  if (dir == NULL)
    dir = g_dir_make_tmp ("pymemlab-render-XXXXXX", NULL);
  return g_build_filename (dir, name, NULL);
}

static void
init_diagram (PmlDiagram *diagram)
{
  memset (diagram, 0, sizeof *diagram);
  diagram->view.kind = PML_VIEW_HEAP;
  diagram->title = "test";
  diagram->subtitle = "a full arena and a new one";
  diagram->width = 1000;
  diagram->scale = 1;
  pml_palette_init (&diagram->palette, PML_THEME_PRINT, FALSE);
}

static void
test_export_png (void)
{
  g_autoptr(PmlHeap) heap = heap_with_full_arena ();
  g_autofree char *path = temp_path ("heap.png");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PmlHeapLayout) layout = NULL;
  cairo_surface_t *surface;
  PmlDiagram diagram;
  PmlColor class_31;
  const PmlArenaBox *full, *usable;
  PmlRect cell;
  double top;

  init_diagram (&diagram);
  g_assert_true (pml_diagram_export (&diagram, heap, PML_EXPORT_PNG, file, &error));
  g_assert_no_error (error);

  surface = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 1000);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, (int) ceil (pml_diagram_get_height (&diagram, heap)));

  layout = pml_heap_layout_new (heap, &diagram.palette, diagram.width);
  top = pml_diagram_get_view_top (&diagram);
  usable = &g_array_index (layout->arenas, PmlArenaBox, 0);
  full = &g_array_index (layout->arenas, PmlArenaBox, 1);

  /* a full pool of class 31 is filled with that class's colour */
  pml_palette_pool_color (&diagram.palette, pml_heap_classes_in_use (heap), 31, &class_31);
  pml_heap_layout_pool_rect (layout, full, 5, &cell);
  expect_pixel (surface, cell.x + cell.width / 2, top + cell.y + cell.height / 2, &class_31);

  /* B carved only pool 0: pool 20 was never carved */
  pml_heap_layout_pool_rect (layout, usable, 20, &cell);
  expect_pixel (surface, cell.x + cell.width / 2, top + cell.y + cell.height / 2, &diagram.palette.virgin);

  cairo_surface_destroy (surface);
  g_unlink (path);
}

static void
test_export_svg_and_pdf (void)
{
  g_autoptr(PmlHeap) heap = heap_with_full_arena ();
  g_autofree char *svg_path = temp_path ("heap.svg");
  g_autofree char *pdf_path = temp_path ("heap.pdf");
  g_autoptr(GFile) svg = g_file_new_for_path (svg_path);
  g_autoptr(GFile) pdf = g_file_new_for_path (pdf_path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *media_box = NULL;
  gsize length;
  PmlDiagram diagram;
  const char *p;
  guint n_pages = 0;

  init_diagram (&diagram);
  g_assert_true (pml_diagram_export (&diagram, heap, PML_EXPORT_SVG, svg, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (svg_path, &contents, &length, NULL));
  {
    g_autoptr(GMarkupParseContext) parser = g_markup_parse_context_new (&(GMarkupParser) { 0 }, 0, NULL, NULL);

    g_assert_true (g_markup_parse_context_parse (parser, contents, length, &error));
    g_assert_true (g_markup_parse_context_end_parse (parser, &error));
    g_assert_no_error (error);
  }
  g_assert_nonnull (strstr (contents, "width=\"1000pt\""));
  g_clear_pointer (&contents, g_free);

  g_assert_true (pml_diagram_export (&diagram, heap, PML_EXPORT_PDF, pdf, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (pdf_path, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  /* the file has binary streams: search bytes, not a C string */
  for (p = contents; (p = memmem (p, length - (p - contents), "/Type /Page", 11)) != NULL; p++)
    if (p[11] != 's')
      n_pages++;
  g_assert_cmpuint (n_pages, ==, 1);
  media_box = g_strdup_printf ("/MediaBox [ 0 0 1000 %d ]", (int) ceil (pml_diagram_get_height (&diagram, heap)));
  g_assert_nonnull (memmem (contents, length, media_box, strlen (media_box)));

  g_unlink (svg_path);
  g_unlink (pdf_path);
}

/* Cairo writes colours as rgb(R%,G%,B%), each with up to six decimals and
 * no trailing zeros */
static char *
svg_colour (const PmlColor *c)
{
  GString *out = g_string_new ("rgb(");
  double channels[3] = { c->red, c->green, c->blue };

  for (int i = 0; i < 3; i++)
    {
      char buf[32];
      char *end;

      g_snprintf (buf, sizeof buf, "%f", channels[i] * 100);
      end = buf + strlen (buf) - 1;
      while (*end == '0')
        *end-- = '\0';
      if (*end == '.')
        *end = '\0';
      g_string_append_printf (out, "%s%%%s", buf, i < 2 ? "," : ")");
    }
  return g_string_free (out, FALSE);
}

typedef struct
{
  GHashTable *fills;     /* "rgb(...)" -> count of path elements filled with it */
  GHashTable *strokes;
} SvgCounts;

static void
count_path (GMarkupParseContext *context, const char *element, const char **names, const char **values,
            gpointer data, GError **error)
{
  SvgCounts *counts = data;

  if (strcmp (element, "path") != 0)
    return;
  for (guint i = 0; names[i] != NULL; i++)
    {
      const char *fill, *stroke;

      if (strcmp (names[i], "style") != 0)
        continue;
      if ((fill = strstr (values[i], "fill:rgb(")) != NULL)
        {
          char *key = g_strndup (fill + 5, strcspn (fill + 5, ";\""));

          g_hash_table_replace (counts->fills, key,
                                GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts->fills, key)) + 1));
        }
      if ((stroke = strstr (values[i], "stroke:rgb(")) != NULL)
        {
          char *key = g_strndup (stroke + 7, strcspn (stroke + 7, ";\""));

          g_hash_table_replace (counts->strokes, key,
                                GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts->strokes, key)) + 1));
        }
    }
}

static guint
count_of (GHashTable *table, const PmlColor *colour)
{
  g_autofree char *key = svg_colour (colour);

  return GPOINTER_TO_UINT (g_hash_table_lookup (table, key));
}

static void
parse_svg (const char *path, SvgCounts *counts)
{
  GMarkupParser parser = { count_path, NULL, NULL, NULL, NULL };
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GMarkupParseContext) context = NULL;
  gsize length;

  counts->fills = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  counts->strokes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  context = g_markup_parse_context_new (&parser, 0, counts, NULL);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_markup_parse_context_parse (context, contents, length, &error));
  g_assert_true (g_markup_parse_context_end_parse (context, &error));
  g_assert_no_error (error);
}

/* Three 24-byte mallocs and the second freed: by obmalloc's rules the pool
 * (510 blocks of 32 bytes) has blocks 0 and 2 handed out, 1 and 3 on the
 * free chain (3 was carved when the chain ran dry) and 506 virgin blocks;
 * the arena has one used pool and 62 never carved. The SVG holds one
 * element per block and per pool, plus one legend swatch per colour (and
 * the pool header, drawn in the virgin colour). */
static void
test_export_svg_elements (void)
{
  g_autoptr(PmlHeap) heap = pml_heap_new (pml_preset_lookup ("cpython-3.11"));
  g_autofree char *pool_path = temp_path ("pool.svg");
  g_autofree char *heap_path = temp_path ("arena.svg");
  g_autoptr(GFile) pool_file = g_file_new_for_path (pool_path);
  g_autoptr(GFile) heap_file = g_file_new_for_path (heap_path);
  g_autoptr(GError) error = NULL;
  guint64 blocks[3];
  PmlDiagram diagram;
  PmlColor class_1;
  SvgCounts pool = { 0 }, arena = { 0 };

  for (int i = 0; i < 3; i++)
    g_assert_true (pml_heap_malloc (heap, 24, &blocks[i], NULL));
  g_assert_true (pml_heap_free_block (heap, blocks[1], NULL));

  init_diagram (&diagram);
  pml_palette_pool_color (&diagram.palette, pml_heap_classes_in_use (heap), 1, &class_1);
  diagram.view.kind = PML_VIEW_POOL;
  g_assert_true (pml_heap_lookup_pool (heap, blocks[0], &diagram.view.slot, &diagram.view.index));
  g_assert_true (pml_diagram_export (&diagram, heap, PML_EXPORT_SVG, pool_file, &error));
  g_assert_no_error (error);
  parse_svg (pool_path, &pool);
  g_assert_cmpuint (count_of (pool.fills, &class_1), ==, 2 + 1);
  g_assert_cmpuint (count_of (pool.fills, &diagram.palette.free_block), ==, 2 + 1);
  g_assert_cmpuint (count_of (pool.fills, &diagram.palette.virgin), ==, 506 + 1 + 1);

  diagram.view.kind = PML_VIEW_HEAP;
  g_assert_true (pml_diagram_export (&diagram, heap, PML_EXPORT_SVG, heap_file, &error));
  g_assert_no_error (error);
  parse_svg (heap_path, &arena);
  /* the used pool: its outline in its class's colour, filled as far as it is used */
  g_assert_cmpuint (count_of (arena.strokes, &class_1), ==, 1);
  g_assert_cmpuint (count_of (arena.fills, &class_1), ==, 1 + 1);
  g_assert_cmpuint (count_of (arena.fills, &diagram.palette.virgin), ==, 62 + 1);

  g_hash_table_unref (pool.fills);
  g_hash_table_unref (pool.strokes);
  g_hash_table_unref (arena.fills);
  g_hash_table_unref (arena.strokes);
  g_unlink (pool_path);
  g_unlink (heap_path);
}

static void
test_export_errors (void)
{
  g_autoptr(PmlHeap) heap = heap_with_full_arena ();
  g_autoptr(GFile) unwritable = g_file_new_for_path ("/nonexistent-dir/heap.png");
  g_autofree char *path = temp_path ("keep.svg");
  g_autoptr(GFile) kept = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  PmlDiagram diagram;
  PmlExportFormat format;
  PmlView view;

  init_diagram (&diagram);
  g_assert_false (pml_diagram_export (&diagram, heap, PML_EXPORT_PNG, unwritable, &error));
  g_assert_error (error, PML_EXPORT_ERROR, PML_EXPORT_ERROR_WRITE);
  g_assert_true (g_str_has_prefix (error->message, "Could not write “/nonexistent-dir/heap.png”: "));
  g_clear_error (&error);

  /* a refused view leaves an existing file as it was */
  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  diagram.view = (PmlView) { PML_VIEW_POOL, 7, 0 };
  g_assert_false (pml_diagram_export (&diagram, heap, PML_EXPORT_SVG, kept, &error));
  g_assert_error (error, PML_EXPORT_ERROR, PML_EXPORT_ERROR_VIEW);
  g_assert_cmpstr (error->message, ==, "arena slot 7 holds no arena at this step");
  g_clear_error (&error);
  diagram.view = (PmlView) { PML_VIEW_POOL, 1, 63 };
  g_assert_false (pml_diagram_export (&diagram, heap, PML_EXPORT_SVG, kept, &error));
  g_assert_cmpstr (error->message, ==, "arena 1 has 63 pools (0 to 62), not 63");
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old");
  g_unlink (path);

  g_assert_false (pml_view_parse ("pool:1", &view, &error));
  g_assert_error (error, PML_EXPORT_ERROR, PML_EXPORT_ERROR_VIEW);
  g_clear_error (&error);
  g_assert_true (pml_view_parse ("pool:3:62", &view, NULL));
  g_assert_cmpint (view.kind, ==, PML_VIEW_POOL);
  g_assert_cmpuint (view.slot, ==, 3);
  g_assert_cmpuint (view.index, ==, 62);
  g_assert_false (pml_view_parse ("pool:3:64", &view, NULL));

  g_assert_true (pml_export_format_from_path ("/tmp/x.SVG", &format));
  g_assert_cmpint (format, ==, PML_EXPORT_SVG);
  g_assert_false (pml_export_format_from_path ("/tmp/x.jpeg", &format));
  g_assert_false (pml_export_format_from_path ("/tmp.d/x", &format));
}

/* 1,000 full arenas: 1000 * 63 * 31 blocks of 512 bytes (misaligned
 * default bases, 63 pools each). Drawn as bars, the SVG stays under
 * 3 MiB (2.1 MB when written). */
static void
test_export_thousand_arenas (void)
{
  g_autoptr(PmlHeap) heap = pml_heap_new (NULL);
  g_autofree char *path = temp_path ("thousand.svg");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  PmlHeapCounters counters;
  PmlDiagram diagram;
  guint64 address;

  for (guint i = 0; i < 1000 * 63 * 31; i++)
    g_assert_true (pml_heap_malloc (heap, 512, &address, NULL));
  pml_heap_get_counters (heap, &counters);
  g_assert_cmpuint (counters.narenas_currently_allocated, ==, 1000);

  init_diagram (&diagram);
  g_assert_true (pml_diagram_export (&diagram, heap, PML_EXPORT_SVG, file, &error));
  g_assert_no_error (error);
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_file_info_get_size (info), <, 3 * 1024 * 1024);
  g_unlink (path);
}

/* Between two steps of a pool, a block that changed starts from its old
 * fill and ends in its new one: malloc (24) after two others hands out
 * block 2, which handing out block 1 had already carved onto the free
 * chain (pymalloc_pool_extend: freeblock = nextoffset when the chain runs
 * out), so it goes from free to allocated; block 0 stays allocated */
static void
test_pool_fade (void)
{
  g_autoptr(PmlHeap) heap = pml_heap_new (NULL);
  g_autoptr(PmlPoolLayout) before = NULL;
  g_autoptr(PmlPoolLayout) after = NULL;
  PmlPalette palette;
  PmlColor class_1;
  PmlRect changed, same;
  guint64 address;

  pml_palette_init (&palette, PML_THEME_LIGHT, FALSE);
  g_assert_true (pml_heap_malloc (heap, 24, &address, NULL));
  pml_palette_pool_color (&palette, pml_heap_classes_in_use (heap), 1, &class_1);
  g_assert_true (pml_heap_malloc (heap, 24, &address, NULL));
  before = pml_pool_layout_new (heap, &palette, 0, 0, 800);
  g_assert_true (pml_heap_malloc (heap, 24, &address, NULL));
  after = pml_pool_layout_new (heap, &palette, 0, 0, 800);
  g_assert_true (pml_pool_layout_same_pool (before, after));
  pml_pool_layout_block_rect (after, 2, &changed);
  pml_pool_layout_block_rect (after, 0, &same);

  for (guint k = 0; k < 2; k++)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 800, (int) after->height);
      cairo_t *cr = cairo_create (surface);

      pml_render_pool (cr, after, &palette);
      pml_render_pool_fade (cr, before, after, k, &palette);
      cairo_destroy (cr);
      cairo_surface_flush (surface);
      expect_pixel (surface, changed.x + changed.width / 2, changed.y + changed.height / 2,
                    k == 0 ? &palette.free_block : &class_1);
      expect_pixel (surface, same.x + same.width / 2, same.y + same.height / 2, &class_1);
      cairo_surface_destroy (surface);
    }
}

/* CIE L*a*b* of an sRGB colour (D65), to measure how far apart two
 * colours look */
static void
to_lab (const PmlColor *color,
        double          lab[3])
{
  double rgb[3] = { color->red, color->green, color->blue };
  double xyz[3], f[3];

  for (int i = 0; i < 3; i++)
    rgb[i] = rgb[i] <= 0.04045 ? rgb[i] / 12.92 : pow ((rgb[i] + 0.055) / 1.055, 2.4);
  xyz[0] = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047;
  xyz[1] = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
  xyz[2] = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883;
  for (int i = 0; i < 3; i++)
    f[i] = xyz[i] > 0.008856 ? cbrt (xyz[i]) : 7.787 * xyz[i] + 16.0 / 116;
  lab[0] = 116 * f[1] - 16;
  lab[1] = 500 * (f[0] - f[1]);
  lab[2] = 200 * (f[1] - f[2]);
}

/* Up to 16 size classes in use, whichever they are, get pool colours at
 * least 15 CIE76 units apart (about seven times the smallest difference
 * the eye sees), in the light and the dark style */
static void
test_pool_colors_distinct (void)
{
  /* the smallest classes, the largest, and a scattered set */
  const guint32 sets[] = { 0x0000ffff, 0xffff0000, 0x8a52a4c9, 0x000000ff, 0x00010101 | (1u << 21) | (1u << 13) };

  for (PmlTheme theme = PML_THEME_LIGHT; theme <= PML_THEME_DARK; theme++)
    {
      PmlPalette palette;

      pml_palette_init (&palette, theme, FALSE);
      for (guint s = 0; s < G_N_ELEMENTS (sets); s++)
        {
          g_assert_cmpuint (__builtin_popcount (sets[s]), <=, 16);
          for (guint a = 0; a < 32; a++)
            for (guint b = a + 1; b < 32; b++)
              {
                PmlColor ca, cb;
                double la[3], lb[3];

                if ((sets[s] & (1u << a)) == 0 || (sets[s] & (1u << b)) == 0)
                  continue;
                pml_palette_pool_color (&palette, sets[s], a, &ca);
                pml_palette_pool_color (&palette, sets[s], b, &cb);
                to_lab (&ca, la);
                to_lab (&cb, lb);
                g_assert_cmpfloat (hypot (hypot (la[0] - lb[0], la[1] - lb[1]), la[2] - lb[2]), >=, 15);
              }
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/heap-layout/order-and-hits", test_heap_layout_order_and_hits);
  g_test_add_func ("/render/heap-layout/many-arenas", test_heap_layout_many_arenas);
  g_test_add_func ("/render/pool-layout/chain", test_pool_layout_chain);
  g_test_add_func ("/render/pool-layout/fade", test_pool_fade);
  g_test_add_func ("/render/palette/pool-colors-distinct", test_pool_colors_distinct);
  g_test_add_func ("/render/export/png", test_export_png);
  g_test_add_func ("/render/export/svg-and-pdf", test_export_svg_and_pdf);
  g_test_add_func ("/render/export/svg-elements", test_export_svg_elements);
  g_test_add_func ("/render/export/errors", test_export_errors);
  g_test_add_func ("/render/export/thousand-arenas", test_export_thousand_arenas);

  return g_test_run ();
}
