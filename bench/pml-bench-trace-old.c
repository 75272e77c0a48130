/* pml-bench-trace-old.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>
#include <glib.h>

#define _(s) (s)

#include "pml-bench-trace-old.h"

/* The trace parser as it was before the one-pass scanner (commit be7d383),
 * kept for the benchmark only: parsing the same text with both in one run
 * gives their ratio on the same machine load. */

typedef struct
{
  const char  *name;
  const char  *data;
  gsize        length;
  guint        line;
  const char  *cursor;      /* inside the current line */
  const char  *line_end;
  GHashTable  *live;        /* token -> slot + 1 */
  GArray      *free_slots;  /* guint32 */
  GArray      *slot_lines;  /* guint32: the line that allocated each slot */
  PmlTrace    *trace;
} Parser;

static gboolean
fail_valist (Parser        *parser,
             GError       **error,
             PmlTraceError  code,
             const char    *format,
             va_list        args)
{
  g_autofree char *message = g_strdup_vprintf (format, args);

  g_set_error (error, PML_TRACE_ERROR, code, "%s:%u: %s", parser->name, parser->line, message);
  return FALSE;
}

/* A malformed line */
static gboolean G_GNUC_PRINTF (3, 4)
fail (Parser      *parser,
      GError     **error,
      const char  *format,
      ...)
{
  va_list args;

  va_start (args, format);
  fail_valist (parser, error, PML_TRACE_ERROR_SYNTAX, format, args);
  va_end (args);
  return FALSE;
}

/* A well-formed line about a block that cannot be: unknown, freed twice,
 * or returned while live */
static gboolean G_GNUC_PRINTF (3, 4)
fail_block (Parser      *parser,
            GError     **error,
            const char  *format,
            ...)
{
  va_list args;

  va_start (args, format);
  fail_valist (parser, error, PML_TRACE_ERROR_BLOCK, format, args);
  va_end (args);
  return FALSE;
}

static void
skip_blanks (Parser *parser)
{
  while (parser->cursor < parser->line_end && (*parser->cursor == ' ' || *parser->cursor == '\t'))
    parser->cursor++;
}

static gboolean
at_line_end (Parser *parser)
{
  skip_blanks (parser);
  return parser->cursor == parser->line_end;
}

static const char *
field_name (char op,
            guint index)
{
  switch (op)
    {
    case 'm': return index == 0 ? _("block") : _("size");
    case 'c': return index == 0 ? _("block") : index == 1 ? _("nelem") : _("elsize");
    case 'r': return index == 0 ? _("old block") : index == 1 ? _("new block") : _("size");
    default:  return _("address");
    }
}

static gboolean
expect_field (Parser      *parser,
              char         op,
              guint        index,
              GError     **error)
{
  skip_blanks (parser);
  if (parser->cursor == parser->line_end)
    return fail (parser, error, _("truncated line: “%c” is missing its %s"), op, field_name (op, index));

  return TRUE;
}

static gboolean
read_hex (Parser   *parser,
          char      op,
          guint     index,
          guint64  *out,
          GError  **error)
{
  const char *start;
  guint64 value = 0;
  guint n_digits = 0;

  if (!expect_field (parser, op, index, error))
    return FALSE;

  start = parser->cursor;
  for (; parser->cursor < parser->line_end && *parser->cursor != ' ' && *parser->cursor != '\t'; parser->cursor++)
    {
      int digit = g_ascii_xdigit_value (*parser->cursor);

      if (digit < 0 || ++n_digits > 16)
        {
          int len = 0;

          while (start + len < parser->line_end && start[len] != ' ' && start[len] != '\t' && len < 40)
            len++;
          if (digit < 0)
            return fail (parser, error, _("bad hex number “%.*s” for the %s"), len, start, field_name (op, index));
          return fail (parser, error, _("hex number “%.*s” for the %s is longer than 64 bits"),
                       len, start, field_name (op, index));
        }
      value = (value << 4) | (guint64) digit;
    }

  *out = value;
  return TRUE;
}

static gboolean
read_size (Parser   *parser,
           char      op,
           guint     index,
           guint64  *out,
           GError  **error)
{
  const char *start;
  guint64 value = 0;

  if (!expect_field (parser, op, index, error))
    return FALSE;

  start = parser->cursor;
  for (; parser->cursor < parser->line_end && *parser->cursor != ' ' && *parser->cursor != '\t'; parser->cursor++)
    {
      char c = *parser->cursor;

      if (c < '0' || c > '9')
        {
          int len = 0;

          while (start + len < parser->line_end && start[len] != ' ' && start[len] != '\t' && len < 40)
            len++;
          return fail (parser, error, _("bad decimal number “%.*s” for the %s"), len, start, field_name (op, index));
        }
      if (value > (G_MAXUINT64 - (guint64) (c - '0')) / 10)
        return fail (parser, error, _("the %s is larger than 2^64 − 1"), field_name (op, index));
      value = value * 10 + (guint64) (c - '0');
    }

  /* CPython's wrappers refuse such sizes, so no trace can have them */
  if (value > G_MAXSSIZE)
    return fail (parser, error, _("the %s %llu exceeds PY_SSIZE_T_MAX: CPython would have returned NULL"),
                 field_name (op, index), (unsigned long long) value);

  *out = value;
  return TRUE;
}

/* Where a token was last given back, for a clearer message */
static guint
find_last_release (Parser  *parser,
                   guint64  token)
{
  g_autofree char *hex = g_strdup_printf ("%" G_GINT64_MODIFIER "x", token);
  gsize hex_len = strlen (hex);
  const char *p = parser->data;
  guint line = 1, found = 0;

  while (line < parser->line && p < parser->data + parser->length)
    {
      const char *end = memchr (p, '\n', parser->data + parser->length - p);
      const char *hit;

      if (end == NULL)
        end = parser->data + parser->length;
      if ((p[0] == 'f' || p[0] == 'r') && p + 2 + hex_len <= end &&
          memcmp (p + 2, hex, hex_len) == 0 && (p + 2 + hex_len == end || p[2 + hex_len] == ' ' || p[2 + hex_len] == '\r'))
        found = line;
      hit = end;
      p = hit + 1;
      line++;
    }

  return found;
}

static gboolean
take_live (Parser   *parser,
           char      op,
           guint64   token,
           guint32  *out_slot,
           GError  **error)
{
  gpointer value;
  guint released_at;

  if (g_hash_table_steal_extended (parser->live, GSIZE_TO_POINTER (token), NULL, &value))
    {
      *out_slot = GPOINTER_TO_UINT (value) - 1;
      g_array_append_val (parser->free_slots, *out_slot);
      return TRUE;
    }

  released_at = find_last_release (parser, token);
  if (released_at != 0)
    return fail_block (parser, error, _("“%c” of block %llx, which was already given back at line %u (double free)"),
                 op, (unsigned long long) token, released_at);

  return fail_block (parser, error, _("“%c” of block %llx, which is not a live block"), op,
                     (unsigned long long) token);
}

static gboolean
add_live (Parser   *parser,
          guint64   token,
          guint32  *out_slot,
          GError  **error)
{
  gpointer value;
  guint32 slot;

  if (token == 0)
    return fail_block (parser, error, _("a request cannot return block 0 (NULL)"));

  if (g_hash_table_lookup_extended (parser->live, GSIZE_TO_POINTER (token), NULL, &value))
    return fail_block (parser, error, _("block %llx is already live (returned at line %u)"),
                 (unsigned long long) token, g_array_index (parser->slot_lines, guint32, GPOINTER_TO_UINT (value) - 1));

  if (parser->free_slots->len > 0)
    {
      slot = g_array_index (parser->free_slots, guint32, parser->free_slots->len - 1);
      g_array_set_size (parser->free_slots, parser->free_slots->len - 1);
    }
  else
    {
      slot = parser->trace->n_slots++;
      g_array_set_size (parser->slot_lines, parser->trace->n_slots);
    }

  g_array_index (parser->slot_lines, guint32, slot) = parser->line;
  g_hash_table_insert (parser->live, GSIZE_TO_POINTER (token), GUINT_TO_POINTER (slot + 1));
  *out_slot = slot;
  return TRUE;
}

static gboolean
parse_request (Parser   *parser,
               char      op,
               GError  **error)
{
  PmlTraceRequest request = { op, parser->line, PML_NO_SLOT, PML_NO_SLOT, 0, 0, 0 };
  guint64 old_token = 0;

  switch (op)
    {
    case 'm':
      if (!read_hex (parser, op, 0, &request.recorded, error) ||
          !read_size (parser, op, 1, &request.size, error))
        return FALSE;
      break;

    case 'c':
      if (!read_hex (parser, op, 0, &request.recorded, error) ||
          !read_size (parser, op, 1, &request.size, error) ||
          !read_size (parser, op, 2, &request.elsize, error))
        return FALSE;
      if (request.elsize != 0 && request.size > G_MAXSSIZE / request.elsize)
        return fail (parser, error, _("calloc of %llu × %llu bytes overflows"),
                     (unsigned long long) request.size, (unsigned long long) request.elsize);
      break;

    case 'r':
      if (!read_hex (parser, op, 0, &old_token, error) ||
          !read_hex (parser, op, 1, &request.recorded, error) ||
          !read_size (parser, op, 2, &request.size, error))
        return FALSE;
      break;

    case 'f':
      if (!read_hex (parser, op, 0, &old_token, error))
        return FALSE;
      break;

    default:
      g_assert_not_reached ();
    }

  if (!at_line_end (parser))
    return fail (parser, error, _("unexpected text after the request: “%.*s”"),
                 (int) MIN (40, parser->line_end - parser->cursor), parser->cursor);

  /* The old block is given back first, so realloc may return it again */
  if (old_token != 0 && !take_live (parser, op, old_token, &request.old_slot, error))
    return FALSE;
  if (op != 'f' && !add_live (parser, request.recorded, &request.slot, error))
    return FALSE;

  g_array_append_val (parser->trace->requests, request);
  return TRUE;
}

static gboolean
parse_arena_line (Parser   *parser,
                  char      op,
                  GError  **error)
{
  PmlTraceArenaLine arena = { 0, parser->line, parser->trace->requests->len };

  if (!read_hex (parser, op, 0, &arena.base, error))
    return FALSE;
  if (!at_line_end (parser))
    return fail (parser, error, _("unexpected text after the arena address"));
  if (arena.base == 0)
    return fail (parser, error, _("an arena cannot be at address 0"));

  g_array_append_val (op == 'A' ? parser->trace->arena_maps : parser->trace->arena_unmaps, arena);
  return TRUE;
}

static gboolean
parse_line (Parser   *parser,
            GError  **error)
{
  char op;

  if (at_line_end (parser) || *parser->cursor == '#')
    return TRUE;

  op = *parser->cursor++;
  if (parser->cursor < parser->line_end && *parser->cursor != ' ' && *parser->cursor != '\t')
    {
      const char *word = parser->cursor - 1;
      gsize len = 0;

      while (word + len < parser->line_end && word[len] != ' ' && word[len] != '\t')
        len++;
      if (len == 6 && memcmp (word, "preset", 6) == 0)
        {
          parser->cursor = word + 6;
          skip_blanks (parser);
          if (at_line_end (parser))
            return fail (parser, error, _("truncated line: “preset” is missing its name"));
          g_free (parser->trace->preset_name);
          parser->trace->preset_name = g_strndup (parser->cursor, parser->line_end - parser->cursor);
          g_strchomp (parser->trace->preset_name);
          return TRUE;
        }
      return fail (parser, error, _("unknown request “%.*s” (expected A, U, m, c, r, f or preset)"),
                   (int) MIN (len, 40), word);
    }

  switch (op)
    {
    case 'm':
    case 'c':
    case 'r':
    case 'f':
      return parse_request (parser, op, error);

    case 'A':
    case 'U':
      return parse_arena_line (parser, op, error);

    default:
      return fail (parser, error, _("unknown request “%c” (expected A, U, m, c, r, f or preset)"), op);
    }
}

static gboolean
check_header (Parser   *parser,
              GError  **error)
{
  static const char magic[] = "pymemlab-trace";
  const char *p = parser->cursor;
  gsize len = parser->line_end - p;

  if (len < sizeof magic - 1 || memcmp (p, magic, sizeof magic - 1) != 0)
    return fail (parser, error, _("not a PyMem Lab trace: the first line must be “pymemlab-trace 1”"));

  parser->cursor += sizeof magic - 1;
  skip_blanks (parser);
  if (parser->line_end - parser->cursor != 1 || *parser->cursor != '1')
    return fail (parser, error, _("unsupported trace version “%.*s” (this program reads version 1)"),
                 (int) MIN (20, parser->line_end - parser->cursor), parser->cursor);

  return TRUE;
}

PmlTrace *
pml_bench_old_trace_parse (const char  *display_name,
                           const char  *data,
                           gsize        length,
                           GError     **error)
{
  g_autoptr(PmlTrace) trace = g_new0 (PmlTrace, 1);
  Parser parser = { 0 };
  const char *end;
  const char *p = data;
  const char *nul;
  gboolean ok = TRUE;

  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (data != NULL || length == 0, NULL);

  trace->display_name = g_strdup (display_name);
  trace->requests = g_array_sized_new (FALSE, FALSE, sizeof (PmlTraceRequest), length / 20 + 1);
  trace->arena_maps = g_array_new (FALSE, FALSE, sizeof (PmlTraceArenaLine));
  trace->arena_unmaps = g_array_new (FALSE, FALSE, sizeof (PmlTraceArenaLine));

  parser.name = display_name;
  parser.data = data;
  parser.length = length;
  parser.trace = trace;
  parser.line = 1;

  if (length == 0)
    {
      fail (&parser, error, _("the file is empty; a trace starts with “pymemlab-trace 1”"));
      return NULL;
    }

  /* only now: an empty file's data may be NULL, and NULL + 0 is undefined */
  end = data + length;

  /* Binary data: name the line of the first NUL byte */
  nul = memchr (data, '\0', length);
  if (nul != NULL)
    {
      for (const char *q = data; q < nul; q++)
        if (*q == '\n')
          parser.line++;
      fail (&parser, error, _("binary data (a NUL byte), not a text trace"));
      return NULL;
    }

  parser.live = g_hash_table_new (g_direct_hash, g_direct_equal);
  parser.free_slots = g_array_new (FALSE, FALSE, sizeof (guint32));
  parser.slot_lines = g_array_new (FALSE, FALSE, sizeof (guint32));

  while (ok && p < end)
    {
      const char *nl = memchr (p, '\n', end - p);
      const char *line_end = nl != NULL ? nl : end;

      parser.cursor = p;
      parser.line_end = line_end;
      if (parser.line_end > p && parser.line_end[-1] == '\r')
        parser.line_end--;

      if (parser.line == 1)
        ok = check_header (&parser, error);
      else
        ok = parse_line (&parser, error);

      p = line_end + 1;
      if (ok)
        parser.line++;
    }

  if (ok && !g_utf8_validate (data, length, NULL))
    {
      parser.line = 0;
      g_set_error (error, PML_TRACE_ERROR, PML_TRACE_ERROR_SYNTAX,
                   _("%s: the file is not UTF-8 text"), display_name);
      ok = FALSE;
    }

  trace->n_lines = parser.line - 1;
  g_hash_table_unref (parser.live);
  g_array_unref (parser.free_slots);
  g_array_unref (parser.slot_lines);

  return ok ? g_steal_pointer (&trace) : NULL;
}
