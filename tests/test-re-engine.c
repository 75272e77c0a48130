/* test-re-engine.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "pml-py-mod-re.h"

/* The re module's parser and matcher against python3.11's re: random
 * patterns over random subjects, recorded once by re-cases-generate.py
 * into re-cases.txt (the spans of the search and of its groups, the
 * spans finditer gives, or the compile error's message and position).
 * Every case must agree. */

static char *
unhex (const char *hex)
{
  gsize n = strlen (hex) / 2;
  char *out = g_malloc (n + 1);

  if (strcmp (hex, "-") == 0)
    n = 0;
  for (gsize i = 0; i < n; i++)
    out[i] = (char) ((g_ascii_xdigit_value (hex[2 * i]) << 4) | g_ascii_xdigit_value (hex[2 * i + 1]));
  out[n] = '\0';
  return out;
}

/* what our engine finds, in the file's notation */
static char *
run_case (guint flags, const char *pattern, const char *subject)
{
  glong np, ns;
  g_autofree gunichar *p = g_utf8_to_ucs4_fast (pattern, -1, &np);
  g_autofree gunichar *s = g_utf8_to_ucs4_fast (subject, -1, &ns);
  ReError error;
  ReProgram *prog = pml_re_parse (p, (gsize) np, flags, &error);
  GString *out;
  ReState st = { 0 };
  gssize at = 0;

  if (prog == NULL)
    {
      char *r = g_strdup_printf ("E %" G_GSSIZE_FORMAT " %s", error.pos, error.msg);

      g_free (error.msg);
      return r;
    }
  out = g_string_new (NULL);
  st.s = s;
  st.n = ns;
  st.marks = g_new (gssize, 2 * (gsize) (prog->groups + 1));
  st.forbid_end = -1;
  if (!pml_re_run (prog, &st, 0, RE_SEARCH))
    g_string_append (out, "N");
  else
    {
      g_string_append (out, "M");
      for (int i = 0; i < 2 * (prog->groups + 1); i++)
        {
          gssize v = st.marks[i];

          /* a group with one end set did not take part */
          if (i >= 2 && (st.marks[i & ~1] < 0 || st.marks[i | 1] < 0))
            v = -1;
          g_string_append_printf (out, " %" G_GSSIZE_FORMAT, v);
        }
    }
  g_string_append (out, " ;");
  /* finditer: an empty match may not end where an empty one did */
  while (at <= st.n && pml_re_run (prog, &st, at, RE_SEARCH))
    {
      g_string_append_printf (out, " %" G_GSSIZE_FORMAT " %" G_GSSIZE_FORMAT, st.marks[0], st.marks[1]);
      st.forbid_end = st.marks[0] == st.marks[1] ? st.marks[1] : -1;
      at = st.marks[1];
    }
  g_free (st.marks);
  pml_re_program_free (prog);
  return g_string_free (out, FALSE);
}

static void
test_recorded_cases (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "re-cases.txt", NULL);
  g_autofree char *data = NULL;
  g_auto (GStrv) lines = NULL;
  guint total = 0, agree = 0;
  g_autoptr (GHashTable) patterns = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GHashTable) bad_patterns = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_assert_true (g_file_get_contents (path, &data, NULL, NULL));
  lines = g_strsplit (data, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto (GStrv) f = NULL;
      g_autofree char *pattern = NULL, *subject = NULL, *ours = NULL, *expected = NULL;

      if (lines[i][0] == '\0')
        continue;
      f = g_strsplit (lines[i], "\t", 4);
      g_assert_cmpuint (g_strv_length (f), ==, 4);
      pattern = unhex (f[1]);
      subject = unhex (f[2]);
      ours = run_case ((guint) atoi (f[0]), pattern, subject);
      expected = g_strstrip (g_strdup (f[3]));
      g_strstrip (ours);
      total++;
      g_hash_table_add (patterns, g_strdup (f[1]));
      if (strcmp (ours, expected) == 0)
        agree++;
      else
        {
          g_hash_table_add (bad_patterns, g_strdup (f[1]));
          g_test_message ("flags %s pattern '%s' subject '%s': python3.11 '%s', ours '%s'",
                          f[0], pattern, subject, expected, ours);
        }
    }
  g_test_message ("%u of %u cases agree; %u of %u patterns agree on every subject", agree, total,
                  g_hash_table_size (patterns) - g_hash_table_size (bad_patterns),
                  g_hash_table_size (patterns));
  g_assert_cmpuint (total, >, 1000);
  g_assert_cmpuint (agree, ==, total);
}

/* sys.getsizeof of a compiled pattern: 112 bytes and 4 per word of the
   code CPython's compiler makes, which our count must get right for the
   patterns lessons write */
static void
test_pattern_sizes (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "re-sizes.txt", NULL);
  g_autofree char *data = NULL;
  g_auto (GStrv) lines = NULL;
  guint total = 0, agree = 0;

  g_assert_true (g_file_get_contents (path, &data, NULL, NULL));
  lines = g_strsplit (data, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto (GStrv) f = NULL;
      g_autofree char *pattern = NULL;
      g_autofree gunichar *p = NULL;
      glong np;
      ReError error;
      ReProgram *prog;
      gsize ours;

      if (lines[i][0] == '\0')
        continue;
      f = g_strsplit (lines[i], "\t", 3);
      g_assert_cmpuint (g_strv_length (f), ==, 3);
      pattern = unhex (f[0]);
      p = g_utf8_to_ucs4_fast (pattern, -1, &np);
      prog = pml_re_parse (p, (gsize) np, (guint) atoi (f[1]), &error);
      g_assert_nonnull (prog);
      ours = 112 + 4 * prog->code_words;
      pml_re_program_free (prog);
      total++;
      if (ours == (gsize) atoi (f[2]))
        agree++;
      else
        g_test_message ("pattern '%s' flags %s: python3.11 %s bytes, ours %" G_GSIZE_FORMAT,
                        pattern, f[1], f[2], ours);
    }
  g_test_message ("%u of %u pattern sizes agree", agree, total);
  g_assert_cmpuint (total, >, 50);
  g_assert_cmpuint (agree, ==, total);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/re/engine/recorded-cases", test_recorded_cases);
  g_test_add_func ("/re/engine/pattern-sizes", test_pattern_sizes);
  return g_test_run ();
}
