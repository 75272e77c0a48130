/* test-trace-parse.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "pml-token-map.h"
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
  /* the plain form that the fast scanner reads, and its edges */
  { "long-hex-new-block", "pymemlab-trace 1\nr 0 11112222333344445 8\n", 0,
    "t.trace:2: hex number “11112222333344445” for the new block is longer than 64 bits" },
  { "size-2^64-no-newline", "pymemlab-trace 1\nm 10 99999999999999999999", 0,
    "t.trace:2: the size is larger than 2^64 − 1" },
  { "size-19-digits", "pymemlab-trace 1\nm 10 9999999999999999999\n", 0,
    "t.trace:2: the size 9999999999999999999 exceeds PY_SSIZE_T_MAX: CPython would have returned NULL" },
  { "elsize-2^63", "pymemlab-trace 1\nc 10 1 9223372036854775808\n", 0,
    "t.trace:2: the elsize 9223372036854775808 exceeds PY_SSIZE_T_MAX: CPython would have returned NULL" },
  { "calloc-overflow-small", "pymemlab-trace 1\nc 10 3074457345618258603 3\n", 0,
    "t.trace:2: calloc of 3074457345618258603 × 3 bytes overflows" },
  { "missing-field-crlf", "pymemlab-trace 1\r\nc 10 3\r\n", 0, "t.trace:2: truncated line: “c” is missing its elsize" },
  { "two-cr", "pymemlab-trace 1\nm 10 5\r\r\n", 0, "t.trace:2: bad decimal number “5\r” for the size" },
  { "cr-only-line-ends", "pymemlab-trace 1\rm 10 5\rf 10\r", 0,
    "t.trace:1: unsupported trace version “1\rm 10 5\rf 10” (this program reads version 1)" },
  { "no-space-after-op", "pymemlab-trace 1\nm10 5\n", 0,
    "t.trace:2: unknown request “m10” (expected A, U, m, c, r, f or preset)" },
  { "op-alone", "pymemlab-trace 1\nf", 0, "t.trace:2: truncated line: “f” is missing its address" },
  { "trailing-space-then-text", "pymemlab-trace 1\nm 10 5 x\n", 0,
    "t.trace:2: unexpected text after the request: “x”" },
  { "hex-with-0x", "pymemlab-trace 1\nf 0x10\n", 0, "t.trace:2: bad hex number “0x10” for the address" },
  { "size-in-hex", "pymemlab-trace 1\nm 10 1f\n", 0, "t.trace:2: bad decimal number “1f” for the size" },
  { "double-free-last-line", "pymemlab-trace 1\nm a0 8\r\nf a0\r\nf a0", 0,
    "t.trace:4: “f” of block a0, which was already given back at line 3 (double free)", PML_TRACE_ERROR_BLOCK },
  { "realloc-to-live", "pymemlab-trace 1\nm 10 5\nm 20 5\nr 10 20 9\n", 0,
    "t.trace:4: block 20 is already live (returned at line 3)", PML_TRACE_ERROR_BLOCK },
  { "binary-first-line", "\0pymemlab-trace 1\n", 18, "t.trace:1: binary data (a NUL byte), not a text trace" },
  /* UTF-8 is checked once every line has been read */
  { "latin-1-then-syntax", "pymemlab-trace 1\n# caf\xe9\nm 10 5\nq\n", 0,
    "t.trace:4: unknown request “q” (expected A, U, m, c, r, f or preset)" },
  { "latin-1-then-block", "pymemlab-trace 1\npreset caf\xe9\nf 10\n", 0,
    "t.trace:3: “f” of block 10, which is not a live block", PML_TRACE_ERROR_BLOCK },
  { "latin-1-in-request", "pymemlab-trace 1\nm 1\xe9 5\n", 0, "t.trace:2: bad hex number “1\xe9” for the block" },
  { "utf-8-split-by-newline", "pymemlab-trace 1\n# \xc3\n\xa9\n", 0,
    "t.trace:3: unknown request “\xa9” (expected A, U, m, c, r, f or preset)" },
  { "utf-8-split-in-comments", "pymemlab-trace 1\n# \xc3\n# \xa9\n", 0, "t.trace: the file is not UTF-8 text" },
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

/* A random valid trace, written twice line for line: in the plain form
 * ("m 7f30 24\n") and with every liberty the format allows (tabs and runs
 * of blanks, trailing blanks, uppercase hex, leading zeros, CRLF, no final
 * newline). Both must give the same requests, whichever path reads a
 * line. The generator also keeps what each line asked for. */
typedef struct
{
  char    op;
  guint64 token;      /* m/c/r: the block returned */
  guint64 old_token;  /* r/f */
  guint64 size;
  guint64 elsize;
} Asked;

static const char *
random_blank (GRand *rand)
{
  static const char *blanks[] = { " ", "\t", "  ", " \t ", "\t\t" };

  return blanks[g_rand_int_range (rand, 0, G_N_ELEMENTS (blanks))];
}

static void
append_hex (GString  *plain,
            GString  *varied,
            GRand    *rand,
            guint64   value)
{
  g_autofree char *hex = g_strdup_printf ("%" G_GINT64_MODIFIER "x", value);

  g_string_append (plain, hex);
  if (g_rand_int_range (rand, 0, 4) == 0 && strlen (hex) < 16)
    g_string_append (varied, "0");
  if (g_rand_int_range (rand, 0, 4) == 0)
    {
      g_autofree char *upper = g_ascii_strup (hex, -1);

      g_string_append (varied, upper);
    }
  else
    g_string_append (varied, hex);
}

static void
append_field (GString  *plain,
              GString  *varied,
              GRand    *rand,
              gboolean  hex,
              guint64   value)
{
  g_string_append_c (plain, ' ');
  g_string_append (varied, g_rand_int_range (rand, 0, 3) == 0 ? random_blank (rand) : " ");
  if (hex)
    append_hex (plain, varied, rand, value);
  else
    {
      g_string_append_printf (plain, "%" G_GUINT64_FORMAT, value);
      g_string_append_printf (varied, "%s%" G_GUINT64_FORMAT, g_rand_int_range (rand, 0, 5) == 0 ? "00" : "",
                              value);
    }
}

static GArray *
generate_trace (guint32   seed,
                guint     n_requests,
                GString  *plain,
                GString  *varied)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GArray) live = g_array_new (FALSE, FALSE, sizeof (guint64));
  GArray *asked = g_array_new (FALSE, FALSE, sizeof (Asked));
  guint64 next_token = 0x7f0000000010;

  g_string_append (plain, "pymemlab-trace 1\n");
  g_string_append (varied, "pymemlab-trace 1\r\n");
  for (guint i = 0; i < n_requests; i++)
    {
      Asked a = { 0 };
      int dice = g_rand_int_range (rand, 0, 100);

      if (live->len == 0 || dice < 50)
        {
          a.op = dice < 10 ? 'c' : 'm';
          /* tokens far apart and close together, as addresses are */
          a.token = next_token;
          next_token += g_rand_int_range (rand, 0, 4) == 0 ? 0x40000 : 0x10;
          a.size = g_rand_int_range (rand, 0, 600);
          if (dice < 2)
            a.size = G_GUINT64_CONSTANT (999999999999999999);  /* 18 digits: still the plain form */
          if (a.op == 'c')
            {
              a.elsize = g_rand_int_range (rand, 0, 9);
              a.size %= 100;
            }
          g_array_append_val (live, a.token);
        }
      else
        {
          guint index = g_rand_int_range (rand, 0, live->len);

          a.old_token = g_array_index (live, guint64, index);
          if (dice < 65)
            {
              a.op = 'r';
              a.token = g_rand_boolean (rand) ? a.old_token : next_token;
              if (a.token == next_token)
                next_token += 0x10;
              a.size = g_rand_int_range (rand, 0, 2000);
              g_array_index (live, guint64, index) = a.token;
            }
          else
            {
              a.op = 'f';
              g_array_remove_index_fast (live, index);
            }
        }
      if (dice == 99)
        {
          /* NULL: realloc from it, free of it */
          a.old_token = 0;
          if (a.op == 'r')
            {
              a.token = next_token;
              next_token += 0x10;
              g_array_append_val (live, a.token);
            }
        }
      g_array_append_val (asked, a);

      g_string_append_c (plain, a.op);
      g_string_append_c (varied, a.op);
      switch (a.op)
        {
        case 'm':
          append_field (plain, varied, rand, TRUE, a.token);
          append_field (plain, varied, rand, FALSE, a.size);
          break;
        case 'c':
          append_field (plain, varied, rand, TRUE, a.token);
          append_field (plain, varied, rand, FALSE, a.size);
          append_field (plain, varied, rand, FALSE, a.elsize);
          break;
        case 'r':
          append_field (plain, varied, rand, TRUE, a.old_token);
          append_field (plain, varied, rand, TRUE, a.token);
          append_field (plain, varied, rand, FALSE, a.size);
          break;
        default:
          append_field (plain, varied, rand, TRUE, a.old_token);
          break;
        }
      if (g_rand_int_range (rand, 0, 5) == 0)
        g_string_append (varied, random_blank (rand));
      g_string_append_c (plain, '\n');
      if (i + 1 < n_requests)
        g_string_append (varied, g_rand_boolean (rand) ? "\r\n" : "\n");
    }

  return asked;
}

/* What the parser made of each line is what it asked for, and the slots
 * are consistent: a block given back is the slot its request returned,
 * and no two live blocks share a slot */
static void
check_against_asked (PmlTrace *trace,
                     GArray   *asked)
{
  g_autoptr(GHashTable) slot_of = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GHashTable) live_slots = g_hash_table_new (g_direct_hash, g_direct_equal);

  g_assert_cmpuint (trace->requests->len, ==, asked->len);
  for (guint i = 0; i < asked->len; i++)
    {
      const Asked *a = &g_array_index (asked, Asked, i);
      const PmlTraceRequest *r = request (trace, i);

      g_assert_cmpint (r->op, ==, a->op);
      g_assert_cmpuint (r->line, ==, i + 2);
      g_assert_cmpuint (r->size, ==, a->op == 'f' ? 0 : a->size);
      g_assert_cmpuint (r->elsize, ==, a->elsize);
      g_assert_cmpuint (r->recorded, ==, a->token);
      if (a->old_token != 0)
        {
          gpointer slot = g_hash_table_lookup (slot_of, &a->old_token);

          g_assert_nonnull (slot);
          g_assert_cmpuint (r->old_slot, ==, GPOINTER_TO_UINT (slot) - 1);
          g_hash_table_remove (slot_of, &a->old_token);
          g_assert_true (g_hash_table_remove (live_slots, slot));
        }
      else
        g_assert_cmpuint (r->old_slot, ==, PML_NO_SLOT);
      if (a->op != 'f')
        {
          gpointer slot = GUINT_TO_POINTER (r->slot + 1);

          g_assert_cmpuint (r->slot, <, trace->n_slots);
          g_assert_false (g_hash_table_contains (live_slots, slot));
          g_hash_table_add (live_slots, slot);
          g_hash_table_insert (slot_of, g_memdup2 (&a->token, sizeof a->token), slot);
        }
      else
        g_assert_cmpuint (r->slot, ==, PML_NO_SLOT);
    }
}

static void
test_plain_and_varied_forms (void)
{
  for (guint32 seed = 1; seed <= 4; seed++)
    {
      g_autoptr(GString) plain = g_string_new (NULL);
      g_autoptr(GString) varied = g_string_new (NULL);
      g_autoptr(GArray) asked = generate_trace (seed, 20000, plain, varied);
      g_autoptr(PmlTrace) from_plain = parse_ok (plain->str);
      g_autoptr(PmlTrace) from_varied = parse_ok (varied->str);

      check_against_asked (from_plain, asked);
      check_against_asked (from_varied, asked);
      g_assert_cmpuint (from_plain->n_slots, ==, from_varied->n_slots);
      g_assert_cmpuint (from_plain->n_lines, ==, asked->len + 1);
      g_assert_cmpuint (from_varied->n_lines, ==, asked->len + 1);
      for (guint i = 0; i < asked->len; i++)
        assert_same_request (request (from_plain, i), request (from_varied, i));
    }
}

/* Many live blocks, then given back in random order: the table of live
 * blocks grows, and removing from it shifts entries through collisions */
static void
test_many_live_blocks (void)
{
  g_autoptr(GString) text = g_string_new ("pymemlab-trace 1\n");
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  g_autoptr(GArray) tokens = g_array_new (FALSE, FALSE, sizeof (guint64));
  g_autoptr(GArray) freed = g_array_new (FALSE, FALSE, sizeof (guint64));
  g_autoptr(PmlTrace) trace = NULL;
  guint n = 100000;

  for (guint i = 0; i < n; i++)
    {
      /* multiples of a large power of two, the worst case for a weak hash */
      guint64 token = (guint64) (i + 1) << 20;

      g_string_append_printf (text, "m %" G_GINT64_MODIFIER "x 8\n", token);
      g_array_append_val (tokens, token);
    }
  for (guint i = n; i > 0; i--)
    {
      guint index = g_rand_int_range (rand, 0, i);
      guint64 token = g_array_index (tokens, guint64, index);

      g_string_append_printf (text, "f %" G_GINT64_MODIFIER "x\n", token);
      g_array_append_val (freed, token);
      g_array_remove_index_fast (tokens, index);
    }
  /* every block is gone: each can be returned again */
  g_string_append_printf (text, "m %x 8\nm %" G_GINT64_MODIFIER "x 8\n", 1 << 20, (guint64) n << 20);

  trace = parse_ok (text->str);
  g_assert_cmpuint (trace->requests->len, ==, 2 * n + 2);
  g_assert_cmpuint (trace->n_slots, ==, n);
  for (guint i = 0; i < n; i++)
    g_assert_cmpuint (request (trace, i)->slot, ==, i);
  for (guint i = 0; i < n; i++)
    {
      /* the slot of the malloc that returned it: fresh slots in order */
      guint64 token = g_array_index (freed, guint64, i);

      g_assert_cmpuint (request (trace, n + i)->old_slot, ==, (token >> 20) - 1);
    }
  g_assert_cmpuint (request (trace, 2 * n)->slot, <, n);
  g_assert_cmpuint (request (trace, 2 * n + 1)->slot, <, n);
}

/* Blocks are looked up a few lines after they are read: the first error
 * of the file is still the one reported, a block error or a syntax error
 * whichever comes first, however far apart */
static void
test_first_error_wins (void)
{
  static const struct
  {
    guint       valid_before;   /* plain requests before the first bad line */
    const char *first;          /* the first bad line */
    guint       valid_between;  /* plain requests between the two */
    const char *second;
    guint       line;           /* of the reported error */
    PmlTraceError code;
  } cases[] = {
    { 0, "f 99", 3, "q", 2, PML_TRACE_ERROR_BLOCK },
    { 5, "f 99", 0, "m 10 x", 7, PML_TRACE_ERROR_BLOCK },
    { 30, "f 99", 40, "m", 32, PML_TRACE_ERROR_BLOCK },
    { 0, "m zz 5", 0, "f 99", 2, PML_TRACE_ERROR_SYNTAX },
    { 20, "m 1 5 5", 2, "f 99", 22, PML_TRACE_ERROR_SYNTAX },
    { 15, "m 1000 5", 1, "m 1000 6", 19, PML_TRACE_ERROR_BLOCK },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(GString) text = g_string_new ("pymemlab-trace 1\n");
      g_autoptr(GError) error = NULL;
      g_autoptr(PmlTrace) trace = NULL;
      g_autofree char *prefix = NULL;
      guint token = 0x100000;

      for (guint i = 0; i < cases[c].valid_before; i++)
        g_string_append_printf (text, "m %x 8\n", token++);
      g_string_append_printf (text, "%s\n", cases[c].first);
      for (guint i = 0; i < cases[c].valid_between; i++)
        g_string_append_printf (text, "m %x 8\n", token++);
      g_string_append_printf (text, "%s\n", cases[c].second);
      for (guint i = 0; i < 40; i++)
        g_string_append_printf (text, "m %x 8\n", token++);

      trace = pml_trace_parse ("t.trace", text->str, text->len, &error);
      g_assert_null (trace);
      g_assert_error (error, PML_TRACE_ERROR, (int) cases[c].code);
      prefix = g_strdup_printf ("t.trace:%u: ", cases[c].line);
      g_assert_true (g_str_has_prefix (error->message, prefix));
    }
}

/* A double free far from the line that first gave the block back */
static void
test_double_free_far_away (void)
{
  g_autoptr(GString) text = g_string_new ("pymemlab-trace 1\nm abc0 8\nf abc0\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(PmlTrace) trace = NULL;

  for (guint i = 0; i < 1000; i++)
    g_string_append_printf (text, "m %x 8\nf %x\n", 0x1000 + i * 16, 0x1000 + i * 16);
  g_string_append (text, "r abc0 abd0 9\n");
  trace = pml_trace_parse ("t.trace", text->str, text->len, &error);
  g_assert_error (error, PML_TRACE_ERROR, PML_TRACE_ERROR_BLOCK);
  g_assert_cmpstr (error->message, ==,
                   "t.trace:2004: “r” of block abc0, which was already given back at line 3 (double free)");
}

/* Line ends and what surrounds the requests */
static void
test_line_ends_and_comments (void)
{
  g_autoptr(PmlTrace) no_newline = parse_ok ("pymemlab-trace 1\nm 10 5\nf 10");
  g_autoptr(PmlTrace) crlf_no_newline = parse_ok ("pymemlab-trace 1\r\nm 10 5\r\nr 10 20 7\r");
  g_autoptr(PmlTrace) header_only = parse_ok ("pymemlab-trace 1");
  g_autoptr(PmlTrace) commented = parse_ok ("pymemlab-trace\t1\n"
                                            "# m 10 5\n"
                                            "#\n"
                                            "   # indented comment, caf\xc3\xa9\r\n"
                                            "\t\r\n"
                                            "\n"
                                            "\tm 10 5\n"
                                            "preset   cpython-3.11 \r\n"
                                            "f 10\n"
                                            "\n");

  g_assert_cmpuint (no_newline->requests->len, ==, 2);
  g_assert_cmpuint (no_newline->n_lines, ==, 3);
  g_assert_cmpint (request (no_newline, 1)->op, ==, PML_REQUEST_FREE);
  g_assert_cmpuint (request (no_newline, 1)->line, ==, 3);

  g_assert_cmpuint (crlf_no_newline->requests->len, ==, 2);
  g_assert_cmpuint (crlf_no_newline->n_lines, ==, 3);
  g_assert_cmpuint (request (crlf_no_newline, 1)->size, ==, 7);
  g_assert_cmpuint (request (crlf_no_newline, 1)->recorded, ==, 0x20);

  g_assert_cmpuint (header_only->requests->len, ==, 0);
  g_assert_cmpuint (header_only->n_lines, ==, 1);

  g_assert_cmpuint (commented->requests->len, ==, 2);
  g_assert_cmpuint (commented->n_lines, ==, 10);
  g_assert_cmpuint (request (commented, 0)->line, ==, 7);
  g_assert_cmpuint (request (commented, 1)->line, ==, 9);
  g_assert_cmpstr (commented->preset_name, ==, "cpython-3.11");
}

/* The largest numbers each field holds */
static void
test_huge_numbers (void)
{
  g_autoptr(PmlTrace) trace = parse_ok ("pymemlab-trace 1\n"
                                        "m ffffffffffffffff 9223372036854775807\n"
                                        "c FFFFFFFFFFFFFFFE 0 9223372036854775807\n"
                                        "c 0000000000000001 9223372036854775807 1\n"
                                        "r ffffffffffffffff 2 00000000000000000000000000000042\n"
                                        "m 3 999999999999999999\n"
                                        "m 4 1000000000000000000\n");

  g_assert_cmpuint (request (trace, 0)->recorded, ==, G_MAXUINT64);
  g_assert_cmpuint (request (trace, 0)->size, ==, G_MAXSSIZE);
  g_assert_cmpuint (request (trace, 1)->recorded, ==, G_MAXUINT64 - 1);
  g_assert_cmpuint (request (trace, 1)->size, ==, 0);
  g_assert_cmpuint (request (trace, 1)->elsize, ==, G_MAXSSIZE);
  g_assert_cmpuint (request (trace, 2)->recorded, ==, 1);
  g_assert_cmpuint (request (trace, 2)->size, ==, G_MAXSSIZE);
  g_assert_cmpuint (request (trace, 3)->old_slot, ==, request (trace, 0)->slot);
  g_assert_cmpuint (request (trace, 3)->size, ==, 42);
  g_assert_cmpuint (request (trace, 4)->size, ==, G_GUINT64_CONSTANT (999999999999999999));
  g_assert_cmpuint (request (trace, 5)->size, ==, G_GUINT64_CONSTANT (1000000000000000000));
}

typedef struct
{
  const char *path;
  GBytes     *bytes;
} FifoWriter;

static gpointer
write_fifo (gpointer data)
{
  FifoWriter *writer = data;
  gsize length;
  const guint8 *bytes = g_bytes_get_data (writer->bytes, &length);
  int fd = open (writer->path, O_WRONLY);

  g_assert_cmpint (fd, >=, 0);
  while (length > 0)
    {
      gssize n = write (fd, bytes, length);

      g_assert_cmpint (n, >, 0);
      bytes += n;
      length -= n;
    }
  close (fd);
  return NULL;
}

/* The varied forms through every way in: a regular file is mapped, gzip
 * inflated from the mapping, a pipe read as a stream (it cannot be
 * mapped), plain and gzip */
static void
test_load_paths (void)
{
  g_autoptr(GString) plain = g_string_new (NULL);
  g_autoptr(GString) varied = g_string_new (NULL);
  g_autoptr(GArray) asked = generate_trace (11, 3000, plain, varied);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("pml-trace-XXXXXX", &error);
  g_autofree char *fifo_path = g_build_filename (dir, "pipe.trace", NULL);

  g_assert_no_error (error);
  g_assert_cmpint (mkfifo (fifo_path, 0600), ==, 0);
  for (int gzip = 0; gzip <= 1; gzip++)
    {
      g_autoptr(GFile) file = write_temp_trace (varied->str, varied->len, gzip);
      g_autoptr(GFile) fifo = g_file_new_for_path (fifo_path);
      g_autoptr(PmlTrace) from_file = pml_trace_load (file, &error);
      g_autoptr(PmlTrace) from_fifo = NULL;
      g_autofree char *contents = NULL;
      gsize length;
      FifoWriter writer = { fifo_path, NULL };
      GThread *thread;

      g_assert_no_error (error);
      check_against_asked (from_file, asked);

      g_file_load_contents (file, NULL, &contents, &length, NULL, &error);
      g_assert_no_error (error);
      writer.bytes = g_bytes_new (contents, length);
      thread = g_thread_new ("fifo-writer", write_fifo, &writer);
      from_fifo = pml_trace_load (fifo, &error);
      g_thread_join (thread);
      g_bytes_unref (writer.bytes);
      g_assert_no_error (error);
      check_against_asked (from_fifo, asked);

      g_file_delete (file, NULL, NULL);
    }
  g_unlink (fifo_path);
  g_rmdir (dir);
}

/* The table of live blocks against a GHashTable: many inserts and
 * removals over few tokens, so that runs of collisions form, wrap around
 * the end of the table and are shifted back on removal */
static void
test_token_map (void)
{
  g_autoptr(GHashTable) model = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (3);
  PmlTokenMap map;

  pml_token_map_init (&map);
  for (guint i = 0; i < 400000; i++)
    {
      /* a range that keeps the table near half full, then past it */
      guint64 token = (guint64) g_rand_int_range (rand, 1, i < 200000 ? 1000 : 5000) << 4;
      gpointer value;
      gboolean in_model = g_hash_table_lookup_extended (model, &token, NULL, &value);

      if (g_rand_boolean (rand))
        {
          gboolean found;
          PmlTokenEntry *entry = pml_token_map_insert (&map, token, &found);

          g_assert_cmpint (found, ==, in_model);
          if (found)
            g_assert_cmpuint (entry->slot, ==, GPOINTER_TO_UINT (value));
          else
            {
              entry->slot = i;
              entry->line = i + 1;
              g_hash_table_insert (model, g_memdup2 (&token, sizeof token), GUINT_TO_POINTER (i));
            }
        }
      else
        {
          PmlTokenEntry removed = { 0 };

          g_assert_cmpint (pml_token_map_remove (&map, token, &removed), ==, in_model);
          if (in_model)
            {
              g_assert_cmpuint (removed.token, ==, token);
              g_assert_cmpuint (removed.slot, ==, GPOINTER_TO_UINT (value));
              g_assert_cmpuint (removed.line, ==, removed.slot + 1);
              g_hash_table_remove (model, &token);
            }
        }
      g_assert_cmpuint (map.n_entries, ==, g_hash_table_size (model));
    }

  /* every token the model holds is found, and nothing else */
  {
    GHashTableIter iter;
    gpointer key, value;
    gsize n_stored = 0;

    g_hash_table_iter_init (&iter, model);
    while (g_hash_table_iter_next (&iter, &key, &value))
      {
        PmlTokenEntry *entry = pml_token_map_lookup (&map, *(guint64 *) key);

        g_assert_nonnull (entry);
        g_assert_cmpuint (entry->slot, ==, GPOINTER_TO_UINT (value));
      }
    for (gsize i = 0; i <= map.mask; i++)
      n_stored += map.entries[i].token != 0;
    g_assert_cmpuint (n_stored, ==, g_hash_table_size (model));
  }
  pml_token_map_clear (&map);
}

/* The window's preview of a long trace: its first requests, with the
 * arena lines recorded during them and none recorded later */
static void
test_prefix (void)
{
  static const char text[] = "pymemlab-trace 1\n"
                             "preset cpython-3.8\n"
                             "A 7f0000001000\n"   /* during request 0 */
                             "m 1 24\n"
                             "m 2 600\n"
                             "f 1\n"
                             "A 7f0000100000\n"   /* during request 3 */
                             "m 3 24\n"
                             "U 7f0000001000\n"   /* during request 4 */
                             "f 3\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(PmlTrace) trace = pml_trace_parse ("t.trace", text, sizeof text - 1, &error);
  g_autoptr(PmlTrace) prefix = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (trace->requests->len, ==, 5);
  prefix = pml_trace_dup_prefix (trace, 3);
  g_assert_cmpstr (prefix->preset_name, ==, "cpython-3.8");
  g_assert_cmpstr (prefix->display_name, ==, "t.trace");
  g_assert_cmpuint (prefix->requests->len, ==, 3);
  g_assert_cmpint (g_array_index (prefix->requests, PmlTraceRequest, 2).op, ==, PML_REQUEST_FREE);
  g_assert_cmpuint (prefix->n_lines, ==, 6);
  g_assert_cmpuint (prefix->arena_maps->len, ==, 1);
  g_assert_cmpuint (g_array_index (prefix->arena_maps, PmlTraceArenaLine, 0).base, ==, 0x7f0000001000);
  g_assert_cmpuint (prefix->arena_unmaps->len, ==, 0);
  /* more than there are: the whole trace */
  g_clear_pointer (&prefix, pml_trace_free);
  prefix = pml_trace_dup_prefix (trace, 100);
  g_assert_cmpuint (prefix->requests->len, ==, 5);
  g_assert_cmpuint (prefix->arena_maps->len, ==, 2);
  g_assert_cmpuint (prefix->arena_unmaps->len, ==, 1);
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
  g_test_add_func ("/trace/plain-and-varied-forms", test_plain_and_varied_forms);
  g_test_add_func ("/trace/load-paths", test_load_paths);
  g_test_add_func ("/trace/many-live-blocks", test_many_live_blocks);
  g_test_add_func ("/trace/token-map", test_token_map);
  g_test_add_func ("/trace/first-error-wins", test_first_error_wins);
  g_test_add_func ("/trace/double-free-far-away", test_double_free_far_away);
  g_test_add_func ("/trace/line-ends-and-comments", test_line_ends_and_comments);
  g_test_add_func ("/trace/huge-numbers", test_huge_numbers);
  g_test_add_func ("/trace/prefix", test_prefix);
  for (guint i = 0; i < G_N_ELEMENTS (bad_traces); i++)
    {
      g_autofree char *path = g_strdup_printf ("/trace/bad/%s", bad_traces[i].name);

      g_test_add_data_func (path, &bad_traces[i], test_bad_trace);
    }

  return g_test_run ();
}
