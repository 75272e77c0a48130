/* test-trace-parse.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "pml-trace.h"

static PmlTrace *
parse_ok (const char *text)
{
  g_autoptr(GError) error = NULL;
  PmlTrace *trace = pml_trace_parse ("t.trace", text, strlen (text), &error);

  g_assert_no_error (error);
  g_assert_nonnull (trace);
  return trace;
}

static const PmlTraceRequest *
request (PmlTrace *trace,
         guint     index)
{
  g_assert_cmpuint (index, <, trace->requests->len);
  return &g_array_index (trace->requests, PmlTraceRequest, index);
}

static void
test_requests_and_slots (void)
{
  g_autoptr(PmlTrace) trace = parse_ok ("pymemlab-trace 1\r\n"
                                        "preset cpython-3.8\r\n"
                                        "# a comment\n"
                                        "\n"
                                        "A 7f0000001000\n"
                                        "m 7f0000004030 24\n"      /* line 6: slot 0 */
                                        "c 7f0000004050 3 8\n"     /* line 7: slot 1 */
                                        "f 7f0000004030\n"         /* line 8: slot 0 free again */
                                        "m 55aa00 600\n"           /* line 9: reuses slot 0 */
                                        "r 7f0000004050 7f0000004050 20\n" /* in place: slot 1 */
                                        "r 0 7f0000008030 100\n"   /* from NULL: slot 2 */
                                        "U 7f0000001000\n"
                                        "f 0\n"
                                        "# end\n");

  g_assert_cmpstr (trace->preset_name, ==, "cpython-3.8");
  g_assert_cmpuint (trace->requests->len, ==, 7);
  g_assert_cmpuint (trace->n_slots, ==, 3);
  g_assert_cmpuint (trace->n_lines, ==, 14);

  g_assert_cmpint (request (trace, 0)->op, ==, PML_REQUEST_MALLOC);
  g_assert_cmpuint (request (trace, 0)->line, ==, 6);
  g_assert_cmpuint (request (trace, 0)->slot, ==, 0);
  g_assert_cmpuint (request (trace, 0)->size, ==, 24);
  g_assert_cmpuint (request (trace, 0)->recorded, ==, 0x7f0000004030);

  g_assert_cmpint (request (trace, 1)->op, ==, PML_REQUEST_CALLOC);
  g_assert_cmpuint (request (trace, 1)->slot, ==, 1);
  g_assert_cmpuint (request (trace, 1)->size, ==, 3);
  g_assert_cmpuint (request (trace, 1)->elsize, ==, 8);

  g_assert_cmpint (request (trace, 2)->op, ==, PML_REQUEST_FREE);
  g_assert_cmpuint (request (trace, 2)->old_slot, ==, 0);

  g_assert_cmpuint (request (trace, 3)->slot, ==, 0);
  g_assert_cmpuint (request (trace, 3)->size, ==, 600);

  g_assert_cmpint (request (trace, 4)->op, ==, PML_REQUEST_REALLOC);
  g_assert_cmpuint (request (trace, 4)->old_slot, ==, 1);
  g_assert_cmpuint (request (trace, 4)->slot, ==, 1);

  g_assert_cmpuint (request (trace, 5)->old_slot, ==, PML_NO_SLOT);
  g_assert_cmpuint (request (trace, 5)->slot, ==, 2);

  g_assert_cmpint (request (trace, 6)->op, ==, PML_REQUEST_FREE);
  g_assert_cmpuint (request (trace, 6)->old_slot, ==, PML_NO_SLOT);

  g_assert_cmpuint (trace->arena_maps->len, ==, 1);
  g_assert_cmpuint (g_array_index (trace->arena_maps, PmlTraceArenaLine, 0).base, ==, 0x7f0000001000);
  g_assert_cmpuint (g_array_index (trace->arena_maps, PmlTraceArenaLine, 0).before_request, ==, 0);
  g_assert_cmpuint (g_array_index (trace->arena_maps, PmlTraceArenaLine, 0).line, ==, 5);
  g_assert_cmpuint (trace->arena_unmaps->len, ==, 1);
  g_assert_cmpuint (g_array_index (trace->arena_unmaps, PmlTraceArenaLine, 0).before_request, ==, 6);
}

typedef struct
{
  const char    *name;
  const char    *text;
  gsize          length;   /* 0: strlen (text) */
  const char    *message;  /* the whole message, "t.trace:LINE: …" */
  PmlTraceError  code;     /* left out (0, IO): SYNTAX */
} BadTrace;

static const BadTrace bad_traces[] = {
  { "empty", "", 0, "t.trace:1: the file is empty; a trace starts with “pymemlab-trace 1”" },
  { "not-a-trace", "hello\n", 0, "t.trace:1: not a PyMem Lab trace: the first line must be “pymemlab-trace 1”" },
  { "version", "pymemlab-trace 2\n", 0, "t.trace:1: unsupported trace version “2” (this program reads version 1)" },
  { "unknown-op", "pymemlab-trace 1\nm 10 5\nx 10\n", 0,
    "t.trace:3: unknown request “x” (expected A, U, m, c, r, f or preset)" },
  { "unknown-word", "pymemlab-trace 1\nmalloc 10 5\n", 0,
    "t.trace:2: unknown request “malloc” (expected A, U, m, c, r, f or preset)" },
  { "truncated", "pymemlab-trace 1\nm 10", 0, "t.trace:2: truncated line: “m” is missing its size" },
  { "truncated-realloc", "pymemlab-trace 1\nm 10 4\nr 10\n", 0,
    "t.trace:3: truncated line: “r” is missing its new block" },
  { "bad-hex", "pymemlab-trace 1\nm 1g0 5\n", 0, "t.trace:2: bad hex number “1g0” for the block" },
  { "long-hex", "pymemlab-trace 1\nf 11112222333344445\n", 0,
    "t.trace:2: hex number “11112222333344445” for the address is longer than 64 bits" },
  { "bad-size", "pymemlab-trace 1\nm 10 -5\n", 0, "t.trace:2: bad decimal number “-5” for the size" },
  { "size-2^64", "pymemlab-trace 1\nm 10 18446744073709551616\n", 0,
    "t.trace:2: the size is larger than 2^64 − 1" },
  { "size-2^63", "pymemlab-trace 1\nm 10 9223372036854775808\n", 0,
    "t.trace:2: the size 9223372036854775808 exceeds PY_SSIZE_T_MAX: CPython would have returned NULL" },
  { "calloc-overflow", "pymemlab-trace 1\nc 10 4611686018427387904 4\n", 0,
    "t.trace:2: calloc of 4611686018427387904 × 4 bytes overflows" },
  { "unknown-block", "pymemlab-trace 1\nm 10 5\nf 20\n", 0,
    "t.trace:3: “f” of block 20, which is not a live block", PML_TRACE_ERROR_BLOCK },
  { "double-free", "pymemlab-trace 1\nm 10 5\nf 10\nf 10\n", 0,
    "t.trace:4: “f” of block 10, which was already given back at line 3 (double free)", PML_TRACE_ERROR_BLOCK },
  { "realloc-freed", "pymemlab-trace 1\nm 10 5\nr 10 30 9\nr 10 40 9\n", 0,
    "t.trace:4: “r” of block 10, which was already given back at line 3 (double free)", PML_TRACE_ERROR_BLOCK },
  { "already-live", "pymemlab-trace 1\nm 10 5\nm 10 6\n", 0,
    "t.trace:3: block 10 is already live (returned at line 2)", PML_TRACE_ERROR_BLOCK },
  { "null-result", "pymemlab-trace 1\nm 0 5\n", 0, "t.trace:2: a request cannot return block 0 (NULL)", PML_TRACE_ERROR_BLOCK },
  { "trailing-text", "pymemlab-trace 1\nm 10 5\nf 10 20\n", 0,
    "t.trace:3: unexpected text after the request: “20”" },
  { "binary", "pymemlab-trace 1\nm 10 5\nf \0 10\n", 31, "t.trace:3: binary data (a NUL byte), not a text trace" },
  { "latin-1", "pymemlab-trace 1\n# caf\xe9\nm 10 5\n", 0, "t.trace: the file is not UTF-8 text" },
  { "arena-zero", "pymemlab-trace 1\nA 0\n", 0, "t.trace:2: an arena cannot be at address 0" },
};

static void
test_bad_trace (gconstpointer data)
{
  const BadTrace *bad = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(PmlTrace) trace = NULL;

  trace = pml_trace_parse ("t.trace", bad->text, bad->length ? bad->length : strlen (bad->text), &error);
  g_assert_null (trace);
  g_assert_error (error, PML_TRACE_ERROR, (int) (bad->code != 0 ? bad->code : PML_TRACE_ERROR_SYNTAX));
  g_assert_cmpstr (error->message, ==, bad->message);
}

/* Field by field: the struct's padding bytes are whatever the array's
 * memory held, so comparing its bytes would fail at random */
static void
assert_same_request (const PmlTraceRequest *a,
                     const PmlTraceRequest *b)
{
  g_assert_cmpuint (a->op, ==, b->op);
  g_assert_cmpuint (a->line, ==, b->line);
  g_assert_cmpuint (a->slot, ==, b->slot);
  g_assert_cmpuint (a->old_slot, ==, b->old_slot);
  g_assert_cmpuint (a->size, ==, b->size);
  g_assert_cmpuint (a->elsize, ==, b->elsize);
  g_assert_cmpuint (a->recorded, ==, b->recorded);
}

/* An empty file's contents may come as NULL: refused with a message, and
 * without arithmetic on the NULL pointer (the sanitizer build checks) */
static void
test_empty (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PmlTrace) trace = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileIOStream) stream = NULL;

  trace = pml_trace_parse ("t.trace", NULL, 0, &error);
  g_assert_null (trace);
  g_assert_error (error, PML_TRACE_ERROR, PML_TRACE_ERROR_SYNTAX);
  g_clear_error (&error);

  file = g_file_new_tmp ("pml-XXXXXX.trace", &stream, &error);
  g_assert_no_error (error);
  g_io_stream_close (G_IO_STREAM (stream), NULL, NULL);
  trace = pml_trace_load (file, &error);
  g_assert_null (trace);
  g_assert_error (error, PML_TRACE_ERROR, PML_TRACE_ERROR_SYNTAX);
  g_assert_nonnull (strstr (error->message, "the file is empty"));
  g_file_delete (file, NULL, NULL);
}

static void
test_load_gzip (void)
{
  const char *text = "pymemlab-trace 1\nm 7f0000004030 24\nf 7f0000004030\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) plain = NULL;
  g_autoptr(GFile) compressed = NULL;
  g_autoptr(PmlTrace) from_plain = NULL;
  g_autoptr(PmlTrace) from_gzip = NULL;
  g_autoptr(GConverter) compressor = G_CONVERTER (g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP, 9));
  g_autoptr(GFileIOStream) stream = NULL;
  g_autoptr(GOutputStream) gz = NULL;
  gsize written;

  plain = g_file_new_tmp ("pml-XXXXXX.trace", &stream, &error);
  g_assert_no_error (error);
  g_output_stream_write_all (g_io_stream_get_output_stream (G_IO_STREAM (stream)), text, strlen (text),
                             &written, NULL, &error);
  g_assert_no_error (error);
  g_io_stream_close (G_IO_STREAM (stream), NULL, NULL);
  g_clear_object (&stream);

  compressed = g_file_new_tmp ("pml-XXXXXX.trace.gz", &stream, &error);
  g_assert_no_error (error);
  gz = g_converter_output_stream_new (g_io_stream_get_output_stream (G_IO_STREAM (stream)), compressor);
  g_output_stream_write_all (gz, text, strlen (text), &written, NULL, &error);
  g_assert_no_error (error);
  g_output_stream_close (gz, NULL, &error);
  g_assert_no_error (error);

  from_plain = pml_trace_load (plain, &error);
  g_assert_no_error (error);
  from_gzip = pml_trace_load (compressed, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (from_gzip->requests->len, ==, 2);
  g_assert_cmpuint (from_plain->requests->len, ==, from_gzip->requests->len);
  for (guint i = 0; i < from_plain->requests->len; i++)
    assert_same_request (&g_array_index (from_plain->requests, PmlTraceRequest, i),
                         &g_array_index (from_gzip->requests, PmlTraceRequest, i));

  g_file_delete (plain, NULL, NULL);
  g_file_delete (compressed, NULL, NULL);
}

/* writes @text to a new temporary file, gzip-compressed when @gzip */
static GFile *
write_temp_trace (const char *text,
                  gsize       length,
                  gboolean    gzip)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFileIOStream) stream = NULL;
  g_autoptr(GOutputStream) out = NULL;
  GFile *file;
  gsize written;

  file = g_file_new_tmp (gzip ? "pml-XXXXXX.trace.gz" : "pml-XXXXXX.trace", &stream, &error);
  g_assert_no_error (error);
  out = g_object_ref (g_io_stream_get_output_stream (G_IO_STREAM (stream)));
  if (gzip)
    {
      g_autoptr(GConverter) compressor = G_CONVERTER (g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP, 9));
      GOutputStream *converter = g_converter_output_stream_new (out, compressor);

      g_object_unref (out);
      out = converter;
    }
  g_output_stream_write_all (out, text, length, &written, NULL, &error);
  g_assert_no_error (error);
  g_output_stream_close (out, NULL, &error);
  g_assert_no_error (error);
  return file;
}

/* A gzip trace that inflates past the bound is refused once the bound is
 * passed (a 1 MB file can inflate to gigabytes); so is plain text */
static void
test_load_bounded (void)
{
  g_autoptr(GString) text = g_string_new ("pymemlab-trace 1\n");
  g_autoptr(GFile) compressed = NULL;
  g_autoptr(GFile) plain = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PmlTrace) trace = NULL;

  /* 4,017 bytes of text that gzip makes small */
  for (int i = 0; i < 100; i++)
    g_string_append (text, "# forty bytes of comment, line after li\n");
  compressed = write_temp_trace (text->str, text->len, TRUE);
  plain = write_temp_trace (text->str, text->len, FALSE);

  trace = pml_trace_load_bounded (compressed, 1000, &error);
  g_assert_null (trace);
  g_assert_error (error, PML_TRACE_ERROR, PML_TRACE_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, ": the trace inflates to more than 1000 bytes"));
  g_clear_error (&error);

  trace = pml_trace_load_bounded (plain, 1000, &error);
  g_assert_null (trace);
  g_assert_error (error, PML_TRACE_ERROR, PML_TRACE_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, ": the trace is larger than 1000 bytes"));
  g_clear_error (&error);

  /* exactly at the bound: read */
  trace = pml_trace_load_bounded (compressed, 4017, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (trace->n_lines, ==, 101);
  g_clear_pointer (&trace, pml_trace_free);
  trace = pml_trace_load_bounded (plain, 4016, &error);
  g_assert_error (error, PML_TRACE_ERROR, PML_TRACE_ERROR_TOO_LARGE);

  g_file_delete (compressed, NULL, NULL);
  g_file_delete (plain, NULL, NULL);
}

static void
test_load_missing (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/dir/x.trace");
  g_autoptr(GError) error = NULL;
  g_autoptr(PmlTrace) trace = pml_trace_load (file, &error);

  g_assert_null (trace);
  g_assert_error (error, PML_TRACE_ERROR, PML_TRACE_ERROR_IO);
  g_assert_true (g_str_has_prefix (error->message, "/nonexistent/dir/x.trace: "));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/trace/requests-and-slots", test_requests_and_slots);
  g_test_add_func ("/trace/empty", test_empty);
  g_test_add_func ("/trace/load-gzip", test_load_gzip);
  g_test_add_func ("/trace/load-missing", test_load_missing);
  g_test_add_func ("/trace/load-bounded", test_load_bounded);
  for (guint i = 0; i < G_N_ELEMENTS (bad_traces); i++)
    {
      g_autofree char *path = g_strdup_printf ("/trace/bad/%s", bad_traces[i].name);

      g_test_add_data_func (path, &bad_traces[i], test_bad_trace);
    }

  return g_test_run ();
}
