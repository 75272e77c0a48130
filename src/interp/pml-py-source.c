/* pml-py-source.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pml-py.h"
#include "pml-py-ast.h"

/* The source before the tokenizer: its line ends and its encoding
 * declaration, taken as CPython 3.11's tokenizer takes them. */

/* "\r\n" and a lone "\r" end a line as "\n" does (a file saved on Windows
 * or on classic Mac OS): the tokenizer, string literals and tracebacks see
 * "\n" only */
char *
pml_source_normalize_newlines (const char *source,
                               gsize       length,
                               gsize      *out_length)
{
  char *text = g_malloc (length + 1);
  gsize n = 0;

  for (gsize i = 0; i < length; i++)
    {
      if (source[i] != '\r')
        text[n++] = source[i];
      else
        {
          text[n++] = '\n';
          if (i + 1 < length && source[i + 1] == '\n')
            i++;
        }
    }
  text[n] = '\0';
  *out_length = n;
  return text;
}

/* get_normal_name: the spellings of UTF-8 and Latin-1 */
static char *
normal_name (const char *name, gsize len)
{
  char buf[13];
  gsize i;

  for (i = 0; i < 12 && i < len; i++)
    buf[i] = name[i] == '_' ? '-' : g_ascii_tolower (name[i]);
  buf[i] = '\0';
  if (strcmp (buf, "utf-8") == 0 || strncmp (buf, "utf-8-", 6) == 0)
    return g_strdup ("utf-8");
  if (strcmp (buf, "latin-1") == 0 || strcmp (buf, "iso-8859-1") == 0 || strcmp (buf, "iso-latin-1") == 0
      || strncmp (buf, "latin-1-", 8) == 0 || strncmp (buf, "iso-8859-1-", 11) == 0
      || strncmp (buf, "iso-latin-1-", 12) == 0)
    return g_strdup ("iso-8859-1");
  return g_strndup (name, len);
}

/* get_coding_spec: "coding:" or "coding=" and a name, in a line that is
 * only a comment; NULL if none. *comment_only: the line is blank or a
 * comment, so the next one may still declare it. */
static char *
coding_spec (const char *line, gsize len, gboolean *comment_only)
{
  gsize i = 0;

  while (i < len && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f'))
    i++;
  *comment_only = i == len || line[i] == '#';
  if (!*comment_only)
    return NULL;
  for (; i + 6 < len; i++)
    {
      gsize begin, end;

      if (memcmp (line + i, "coding", 6) != 0 || (line[i + 6] != ':' && line[i + 6] != '='))
        continue;
      for (begin = i + 7; begin < len && (line[begin] == ' ' || line[begin] == '\t'); begin++)
        ;
      for (end = begin; end < len && (g_ascii_isalnum (line[end]) || strchr ("-_.", line[end]) != NULL); end++)
        ;
      if (end > begin)
        return normal_name (line + begin, end - begin);
    }
  return NULL;
}

/* A declaration on the first or second line (the second only after a
 * blank or comment line). With a UTF-8 byte order mark, only UTF-8 may be
 * declared (SyntaxError as CPython); another encoding is read as UTF-8
 * only when the file is plain ASCII, where they agree. */
gboolean
pml_source_check_encoding (const char  *filename,
                           const char  *source,
                           gsize        length,
                           GError     **error)
{
  gboolean bom = length >= 3 && memcmp (source, "\xEF\xBB\xBF", 3) == 0;
  gsize start = bom ? 3 : 0;

  for (int line = 1; line <= 2 && start < length; line++)
    {
      const char *nl = memchr (source + start, '\n', length - start);
      gsize end = nl != NULL ? (gsize) (nl - source) : length;
      gboolean comment_only;
      g_autofree char *spec = coding_spec (source + start, end - start, &comment_only);

      if (spec != NULL && strcmp (spec, "utf-8") != 0)
        {
          if (bom)
            {
              g_set_error (error, PML_SCRIPT_ERROR, PML_SCRIPT_ERROR_UNLOCATED,
                           "%s:%d:1: SyntaxError: encoding problem: %s with BOM", filename, line, spec);
              return FALSE;
            }
          for (gsize i = 0; i < length; i++)
            if ((guchar) source[i] >= 0x80)
              {
                g_set_error (error, PML_SCRIPT_ERROR, PML_SCRIPT_ERROR_UNSUPPORTED,
                             "%s:%d:1: scripts are read as UTF-8: one declaring the %s encoding "
                             "must be plain ASCII", filename, line, spec);
                return FALSE;
              }
        }
      if (spec != NULL || !comment_only)
        break;
      start = end + 1;
    }
  return TRUE;
}
