/* pml-trace.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "pml-huge-pages.h"
#include "pml-token-map.h"
#include "pml-trace.h"

G_DEFINE_QUARK (pml-trace-error-quark, pml_trace_error)

typedef struct
{
  const char      *name;
  const char      *data;
  gsize            length;
  guint            line;
  const char      *cursor;      /* inside the current line */
  const char      *line_end;
  PmlTokenMap      live;        /* token -> slot and returning line */
  guint32         *free_slots;  /* a stack: the most recently freed is reused first */
  gsize            n_free_slots;
  gsize            free_slots_capacity;
  PmlTraceRequest *requests;    /* trace->requests->data, its capacity */
  guint            n_requests;
  guint            n_resolved;  /* requests whose blocks are looked up */
  guint            requests_capacity;
  gboolean         not_utf8;    /* a line holds bytes that are not UTF-8 */
  PmlTrace        *trace;
} Parser;

static gboolean G_GNUC_PRINTF (4, 0)
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

      if (end == NULL)
        end = parser->data + parser->length;
      if ((p[0] == 'f' || p[0] == 'r') && p + 2 + hex_len <= end &&
          memcmp (p + 2, hex, hex_len) == 0 && (p + 2 + hex_len == end || p[2 + hex_len] == ' ' || p[2 + hex_len] == '\r'))
        found = line;
      p = end + 1;
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
  PmlTokenEntry entry;
  guint released_at;

  if (G_LIKELY (pml_token_map_remove (&parser->live, token, &entry)))
    {
      if (G_UNLIKELY (parser->n_free_slots == parser->free_slots_capacity))
        {
          parser->free_slots_capacity = MAX (1024, 2 * parser->free_slots_capacity);
          parser->free_slots = g_renew (guint32, parser->free_slots, parser->free_slots_capacity);
        }
      parser->free_slots[parser->n_free_slots++] = entry.slot;
      *out_slot = entry.slot;
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
  PmlTokenEntry *entry;
  gboolean found;

  if (G_UNLIKELY (token == 0))
    return fail_block (parser, error, _("a request cannot return block 0 (NULL)"));

  entry = pml_token_map_insert (&parser->live, token, &found);
  if (G_UNLIKELY (found))
    return fail_block (parser, error, _("block %llx is already live (returned at line %u)"),
                       (unsigned long long) token, entry->line);

  entry->slot = parser->n_free_slots > 0 ? parser->free_slots[--parser->n_free_slots]
                                         : parser->trace->n_slots++;
  entry->line = parser->line;
  *out_slot = entry->slot;
  return TRUE;
}

/* Room for one more request at parser->requests[parser->n_requests]. The
 * array was reserved for as many requests as the text can hold, so this
 * grows it only past the most a GArray can reserve at once. */
static gboolean
reserve_request (Parser   *parser,
                 GError  **error)
{
  GArray *requests = parser->trace->requests;
  guint capacity;

  if (G_LIKELY (parser->n_requests < parser->requests_capacity))
    return TRUE;

  /* a GArray holds at most G_MAXUINT bytes */
  if (parser->requests_capacity >= G_MAXUINT / 2 / sizeof (PmlTraceRequest))
    {
      g_set_error (error, PML_TRACE_ERROR, PML_TRACE_ERROR_TOO_LARGE,
                   _("%s:%u: more requests than this program can hold"), parser->name, parser->line);
      return FALSE;
    }
  capacity = MAX (1024, 2 * parser->requests_capacity);
  g_array_set_size (requests, capacity);
  g_array_set_size (requests, parser->n_requests);
  parser->requests = (PmlTraceRequest *) (gpointer) requests->data;
  parser->requests_capacity = capacity;
  return TRUE;
}

/* Block tokens are looked up a few requests after their line is read,
 * with the table's entries fetched in the meantime: the live set is far
 * larger than the caches, so each lookup would otherwise wait for memory.
 * Until then a request's old token waits in its elsize, unused by "r" and
 * "f". */
#define LOOKAHEAD 16

static inline void
prefetch_token (Parser  *parser,
                guint64  token)
{
#if defined(__GNUC__)
  __builtin_prefetch (&parser->live.entries[pml_token_map_home (&parser->live, token)], 1);
#endif
}

/* Gives back the old block of the oldest pending request, then takes its
 * new one (so realloc may return the block it was given) */
static gboolean
resolve_request (Parser   *parser,
                 GError  **error)
{
  PmlTraceRequest *request = &parser->requests[parser->n_resolved++];
  guint64 old_token = 0;

  if (request->op == 'r' || request->op == 'f')
    {
      old_token = request->elsize;
      request->elsize = 0;
    }

  /* messages name the request's line */
  parser->line = request->line;
  if (old_token != 0 && !take_live (parser, (char) request->op, old_token, &request->old_slot, error))
    return FALSE;
  if (request->op != 'f' && !add_live (parser, request->recorded, &request->slot, error))
    return FALSE;
  return TRUE;
}

/* Resolves every pending request: before the end, and before a malformed
 * line is reported, as a block error on an earlier line comes first */
static gboolean
resolve_pending (Parser   *parser,
                 GError  **error)
{
  guint line = parser->line;

  while (parser->n_resolved < parser->n_requests)
    if (!resolve_request (parser, error))
      return FALSE;
  parser->line = line;
  return TRUE;
}

/* Appends @request, its blocks looked up later (LOOKAHEAD) */
static gboolean
add_request (Parser          *parser,
             PmlTraceRequest *request,
             guint64          old_token,
             GError         **error)
{
  guint line = parser->line;

  if (!reserve_request (parser, error))
    return FALSE;

  if (old_token != 0)
    prefetch_token (parser, old_token);
  if (request->op != 'f')
    prefetch_token (parser, request->recorded);
  if (request->op == 'r' || request->op == 'f')
    request->elsize = old_token;
  parser->requests[parser->n_requests++] = *request;

  if (parser->n_requests - parser->n_resolved > LOOKAHEAD)
    {
      if (!resolve_request (parser, error))
        return FALSE;
      parser->line = line;
    }
  return TRUE;
}

/* The fast path: a request line in the form every recorder writes ("m"
 * or "c" or "r" or "f", single spaces, at most 16 hex digits, at most 19
 * decimal digits, a size CPython could be asked for, "\n" or "\r\n" or
 * the end of the text). Anything else, including every malformed line,
 * goes to parse_line, which says what is wrong exactly as before. */

/* hex digit value + 1; 0 for every other byte */
static const guint8 hex_digit_plus_one[256] = {
  ['0'] = 1, ['1'] = 2, ['2'] = 3, ['3'] = 4, ['4'] = 5, ['5'] = 6, ['6'] = 7, ['7'] = 8, ['8'] = 9, ['9'] = 10,
  ['a'] = 11, ['b'] = 12, ['c'] = 13, ['d'] = 14, ['e'] = 15, ['f'] = 16,
  ['A'] = 11, ['B'] = 12, ['C'] = 13, ['D'] = 14, ['E'] = 15, ['F'] = 16,
};

/* NULL unless 1 to 16 hex digits start at @p */
static inline const char *
scan_hex (const char *p,
          const char *end,
          guint64    *out)
{
  const char *start = p;
  guint64 value = 0;
  guint digit;

  while (p < end && (digit = hex_digit_plus_one[(guint8) *p]) != 0)
    {
      value = (value << 4) | (digit - 1);
      p++;
    }
  if (p == start || p - start > 16)
    return NULL;
  *out = value;
  return p;
}

/* NULL unless 1 to 18 decimal digits start at @p: never more than
 * PY_SSIZE_T_MAX, so the checks of read_size cannot fail */
static inline const char *
scan_decimal (const char *p,
              const char *end,
              guint64    *out)
{
  const char *start = p;
  guint64 value = 0;

  while (p < end && (guint) (*p - '0') < 10)
    {
      value = value * 10 + (guint) (*p - '0');
      p++;
    }
  if (p == start || p - start > 18)
    return NULL;
  *out = value;
  return p;
}

/* After a field: NULL unless a single space follows */
static inline const char *
scan_space (const char *p,
            const char *end)
{
  return p != NULL && p < end && *p == ' ' ? p + 1 : NULL;
}

/* After the last field: the start of the next line, or NULL unless the
 * line ends here */
static inline const char *
scan_line_end (const char *p,
               const char *end)
{
  if (p == NULL)
    return NULL;
  if (p == end)
    return end;
  if (*p == '\n')
    return p + 1;
  if (*p == '\r' && (p + 1 == end || p[1] == '\n'))
    return p + 1 == end ? end : p + 2;
  return NULL;
}

typedef enum
{
  SCAN_DONE,    /* a request, added */
  SCAN_SLOW,    /* not in the plain form: parse_line must read it */
  SCAN_FAILED,  /* an earlier request about a block that cannot be */
} ScanResult;

static inline ScanResult
scan_request (Parser      *parser,
              const char  *p,
              const char  *end,
              const char **out_next,
              GError     **error)
{
  PmlTraceRequest request = { 0, parser->line, PML_NO_SLOT, PML_NO_SLOT, 0, 0, 0 };
  guint64 old_token = 0;
  const char *q;

  if (end - p < 2 || p[1] != ' ')
    return SCAN_SLOW;

  request.op = (guint8) p[0];
  switch (p[0])
    {
    case 'm':
      q = scan_hex (p + 2, end, &request.recorded);
      q = scan_space (q, end);
      q = q != NULL ? scan_decimal (q, end, &request.size) : NULL;
      break;

    case 'c':
      q = scan_hex (p + 2, end, &request.recorded);
      q = scan_space (q, end);
      q = q != NULL ? scan_decimal (q, end, &request.size) : NULL;
      q = scan_space (q, end);
      q = q != NULL ? scan_decimal (q, end, &request.elsize) : NULL;
      /* the overflow has its own message */
      if (q != NULL && request.elsize != 0 && request.size > G_MAXSSIZE / request.elsize)
        return SCAN_SLOW;
      break;

    case 'r':
      q = scan_hex (p + 2, end, &old_token);
      q = scan_space (q, end);
      q = q != NULL ? scan_hex (q, end, &request.recorded) : NULL;
      q = scan_space (q, end);
      q = q != NULL ? scan_decimal (q, end, &request.size) : NULL;
      break;

    case 'f':
      q = scan_hex (p + 2, end, &old_token);
      break;

    default:
      return SCAN_SLOW;
    }

  q = scan_line_end (q, end);
  if (q == NULL)
    return SCAN_SLOW;

  if (!add_request (parser, &request, old_token, error))
    return SCAN_FAILED;
  *out_next = q;
  return SCAN_DONE;
}

/* The general path: any line, blanks and tabs anywhere, with exact
 * messages for whatever is wrong */

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

  return add_request (parser, &request, old_token, error);
}

static gboolean
parse_arena_line (Parser   *parser,
                  char      op,
                  GError  **error)
{
  PmlTraceArenaLine arena = { 0, parser->line, parser->n_requests };

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

/* One line through the general path: @p is its start; *out_next gets the
 * start of the next line */
static gboolean
parse_slow_line (Parser      *parser,
                 const char  *p,
                 const char  *end,
                 const char **out_next,
                 GError     **error)
{
  const char *nl = memchr (p, '\n', end - p);
  const char *line_end = nl != NULL ? nl : end;

  /* Lines the fast path reads are ASCII; only these can hold other bytes.
     A UTF-8 sequence never spans a newline, so checking line by line is
     checking the whole text. The message waits for the end, as a line
     with a syntax error further on is reported first. */
  if (!parser->not_utf8 && !g_utf8_validate (p, line_end - p, NULL))
    parser->not_utf8 = TRUE;

  parser->cursor = p;
  parser->line_end = line_end;
  if (line_end > p && line_end[-1] == '\r')
    parser->line_end--;
  *out_next = nl != NULL ? nl + 1 : end;

  return parser->line == 1 ? check_header (parser, error) : parse_line (parser, error);
}

PmlTrace *
pml_trace_parse (const char  *display_name,
                 const char  *data,
                 gsize        length,
                 GError     **error)
{
  g_autoptr(PmlTrace) trace = g_new0 (PmlTrace, 1);
  g_autoptr(GError) line_error = NULL;
  Parser parser = { 0 };
  const char *end;
  const char *p = data;
  const char *nul;
  gboolean ok = TRUE;

  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (data != NULL || length == 0, NULL);

  trace->display_name = g_strdup (display_name);
  trace->requests = g_array_new (FALSE, FALSE, sizeof (PmlTraceRequest));
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

  /* Room for as many requests as the text can hold (a request line takes
     at least 4 bytes with its newline), so that the array never moves:
     only the pages written to are ever touched */
  parser.requests_capacity = MIN ((length + 1) / 4 + 1, G_MAXUINT / 4 / sizeof (PmlTraceRequest));
  g_array_unref (trace->requests);
  trace->requests = g_array_sized_new (FALSE, FALSE, sizeof (PmlTraceRequest), parser.requests_capacity);
  parser.requests = (PmlTraceRequest *) (gpointer) trace->requests->data;
  pml_advise_huge_pages (parser.requests, (gsize) parser.requests_capacity * sizeof (PmlTraceRequest));
  pml_token_map_init (&parser.live);

  ok = parse_slow_line (&parser, p, end, &p, &line_error);
  while (ok && p < end)
    {
      const char *next = end;

      parser.line++;
      switch (scan_request (&parser, p, end, &next, &line_error))
        {
        case SCAN_DONE:
          break;
        case SCAN_SLOW:
          ok = parse_slow_line (&parser, p, end, &next, &line_error);
          break;
        case SCAN_FAILED:
        default:
          ok = FALSE;
          break;
        }
      p = next;
    }
  if (ok)
    parser.line++;

  /* the requests still pending come before the line that failed, if any:
     an error in their blocks is the first error of the file */
  if (ok || !g_error_matches (line_error, PML_TRACE_ERROR, PML_TRACE_ERROR_BLOCK))
    {
      g_autoptr(GError) block_error = NULL;

      if (!resolve_pending (&parser, &block_error))
        {
          g_clear_error (&line_error);
          line_error = g_steal_pointer (&block_error);
          ok = FALSE;
        }
    }

  if (ok && parser.not_utf8)
    {
      g_set_error (&line_error, PML_TRACE_ERROR, PML_TRACE_ERROR_SYNTAX,
                   _("%s: the file is not UTF-8 text"), display_name);
      ok = FALSE;
    }
  if (!ok)
    g_propagate_error (error, g_steal_pointer (&line_error));

  g_array_set_size (trace->requests, parser.n_requests);
  trace->n_lines = parser.line - 1;
  pml_token_map_clear (&parser.live);
  g_free (parser.free_slots);

  return ok ? g_steal_pointer (&trace) : NULL;
}

/* Reads @input's text, inflating gzip data, up to @max_text bytes; past
 * that, NULL with *out_too_large set */
static GBytes *
read_text (GInputStream  *input,
           gsize          max_text,
           gboolean      *out_gzip,
           gboolean      *out_too_large,
           GError       **error)
{
  enum { CHUNK = 256 * 1024 };
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GByteArray) text = NULL;
  const guint8 *peeked;
  gsize n_read = 0;

  /* gzip-compressed traces start with 1f 8b */
  stream = g_buffered_input_stream_new (input);
  if (g_buffered_input_stream_fill (G_BUFFERED_INPUT_STREAM (stream), 2, NULL, error) < 0)
    return NULL;
  peeked = g_buffered_input_stream_peek_buffer (G_BUFFERED_INPUT_STREAM (stream), &n_read);
  if (n_read >= 2 && peeked[0] == 0x1f && peeked[1] == 0x8b)
    {
      g_autoptr(GConverter) decompressor = G_CONVERTER (g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP));
      g_autoptr(GInputStream) converted = g_converter_input_stream_new (stream, decompressor);

      g_set_object (&stream, converted);
      *out_gzip = TRUE;
    }

  /* chunk by chunk, so that the bound holds before the memory is taken;
     each chunk read straight into its place */
  text = g_byte_array_new ();
  for (;;)
    {
      guint len = text->len;
      /* one byte past the bound is enough to know it is passed */
      gsize want = MIN (CHUNK, MIN (max_text - len + 1, (gsize) G_MAXUINT - len));
      gssize n;

      if (want == 0)
        {
          *out_too_large = TRUE;
          return NULL;
        }
      g_byte_array_set_size (text, len + (guint) want);
      n = g_input_stream_read (stream, text->data + len, want, NULL, error);
      g_byte_array_set_size (text, len + (guint) MAX (n, 0));
      if (n < 0)
        return NULL;
      if (n == 0)
        break;
      if (len + (gsize) n > max_text)
        {
          *out_too_large = TRUE;
          return NULL;
        }
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&text));
}

/* Reads @file's text (a pipe, a remote file), inflating gzip data */
static GBytes *
read_all (GFile         *file,
          gsize          max_text,
          gboolean      *out_gzip,
          gboolean      *out_too_large,
          GError       **error)
{
  g_autoptr(GFileInputStream) input = g_file_read (file, NULL, error);

  if (input == NULL)
    return NULL;
  return read_text (G_INPUT_STREAM (input), max_text, out_gzip, out_too_large, error);
}

/* A local regular file, mapped rather than copied; NULL for anything else
 * (a pipe has no length to map), which is then read as a stream, with
 * the stream's messages for a missing or unreadable file */
static GMappedFile *
map_local_file (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);
  GStatBuf info;

  if (path == NULL || g_stat (path, &info) != 0 || !S_ISREG (info.st_mode))
    return NULL;
  return g_mapped_file_new (path, FALSE, NULL);
}

static PmlTrace *
trace_too_large (const char  *name,
                 gsize        max_text,
                 gboolean     gzip,
                 GError     **error)
{
  g_autofree char *limit = g_format_size_full (max_text, G_FORMAT_SIZE_IEC_UNITS);

  if (gzip)
    g_set_error (error, PML_TRACE_ERROR, PML_TRACE_ERROR_TOO_LARGE,
                 _("%s: the trace inflates to more than %s, more than the memory budget can hold"),
                 name, limit);
  else
    g_set_error (error, PML_TRACE_ERROR, PML_TRACE_ERROR_TOO_LARGE,
                 _("%s: the trace is larger than %s, more than the memory budget can hold"),
                 name, limit);
  return NULL;
}

PmlTrace *
pml_trace_load_bounded (GFile   *file,
                        gsize    max_text,
                        GError **error)
{
  g_autofree char *name = NULL;
  g_autoptr(GMappedFile) mapped = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean gzip = FALSE;
  gboolean too_large = FALSE;
  const char *data;
  gsize length;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  /* a GByteArray holds at most G_MAXUINT bytes */
  g_return_val_if_fail (max_text <= G_MAXUINT, NULL);

  name = g_file_get_parse_name (file);
  mapped = map_local_file (file);
  if (mapped != NULL)
    {
      data = g_mapped_file_get_contents (mapped);
      length = g_mapped_file_get_length (mapped);
      if (length < 2 || (guint8) data[0] != 0x1f || (guint8) data[1] != 0x8b)
        {
          if (length > max_text)
            return trace_too_large (name, max_text, FALSE, error);
          return pml_trace_parse (name, data, length, error);
        }
      /* gzip data: inflated from the mapping */
      {
        g_autoptr(GInputStream) input = g_memory_input_stream_new_from_data (data, length, NULL);

        bytes = read_text (input, max_text, &gzip, &too_large, &local_error);
      }
    }
  else
    {
      bytes = read_all (file, max_text, &gzip, &too_large, &local_error);
    }
  if (too_large)
    return trace_too_large (name, max_text, gzip, error);
  if (bytes == NULL)
    {
      if (gzip && g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_PARTIAL_INPUT))
        g_set_error (error, PML_TRACE_ERROR, PML_TRACE_ERROR_IO,
                     _("%s: the gzip data ends too early (is the file truncated?)"), name);
      else if (gzip)
        g_set_error (error, PML_TRACE_ERROR, PML_TRACE_ERROR_IO,
                     _("%s: the gzip data is corrupt: %s"), name, local_error->message);
      else
        g_set_error (error, PML_TRACE_ERROR, PML_TRACE_ERROR_IO, "%s: %s", name, local_error->message);
      return NULL;
    }

  data = g_bytes_get_data (bytes, &length);
  return pml_trace_parse (name, data, length, error);
}

PmlTrace *
pml_trace_load (GFile   *file,
                GError **error)
{
  return pml_trace_load_bounded (file, PML_TRACE_MAX_TEXT, error);
}

void
pml_trace_free (PmlTrace *self)
{
  if (self == NULL)
    return;

  g_free (self->display_name);
  g_free (self->preset_name);
  g_clear_pointer (&self->requests, g_array_unref);
  g_clear_pointer (&self->arena_maps, g_array_unref);
  g_clear_pointer (&self->arena_unmaps, g_array_unref);
  g_free (self);
}

static GArray *
arena_lines_before (GArray *lines,
                    guint   n_requests)
{
  GArray *copy = g_array_new (FALSE, FALSE, sizeof (PmlTraceArenaLine));

  for (guint i = 0; i < lines->len; i++)
    if (g_array_index (lines, PmlTraceArenaLine, i).before_request < n_requests)
      g_array_append_val (copy, g_array_index (lines, PmlTraceArenaLine, i));
  return copy;
}

/* The trace's first @n_requests requests, with the arena lines recorded
 * during them: what the window shows while it replays the rest */
PmlTrace *
pml_trace_dup_prefix (const PmlTrace *self,
                      guint           n_requests)
{
  PmlTrace *prefix;

  g_return_val_if_fail (self != NULL, NULL);

  n_requests = MIN (n_requests, self->requests->len);
  prefix = g_new0 (PmlTrace, 1);
  prefix->display_name = g_strdup (self->display_name);
  prefix->preset_name = g_strdup (self->preset_name);
  prefix->requests = g_array_sized_new (FALSE, FALSE, sizeof (PmlTraceRequest), n_requests);
  g_array_append_vals (prefix->requests, self->requests->data, n_requests);
  prefix->arena_maps = arena_lines_before (self->arena_maps, n_requests);
  prefix->arena_unmaps = arena_lines_before (self->arena_unmaps, n_requests);
  prefix->n_slots = self->n_slots;
  prefix->n_lines = n_requests > 0 ? g_array_index (self->requests, PmlTraceRequest, n_requests - 1).line : 0;
  return prefix;
}

guint64 *
pml_trace_dup_arena_bases (PmlTrace *self,
                           gsize    *n_bases)
{
  guint64 *bases;

  g_return_val_if_fail (self != NULL, NULL);

  bases = g_new (guint64, self->arena_maps->len + 1);
  for (guint i = 0; i < self->arena_maps->len; i++)
    bases[i] = g_array_index (self->arena_maps, PmlTraceArenaLine, i).base;
  *n_bases = self->arena_maps->len;

  return bases;
}
