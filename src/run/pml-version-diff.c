/* pml-version-diff.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "pml-version-diff.h"

/* The same script under two presets: what a teacher shows when an older
 * article's numbers do not match her interpreter. The rows are computed
 * once here, for `pymemlab diff` and the window's compare mode alike. */

#define MAX_STEPS 10000000
#define MAX_GROUPS 40

/* one write to the script's standard output, and when it happened */
typedef struct
{
  gint   line;     /* the script line running */
  gsize  offset;   /* into out */
  gsize  length;
} Write;

struct _PmlVersionRun
{
  const PmlPreset *preset;
  PmlInterp       *interp;   /* owned by run once it exists */
  PmlRun          *run;
  int              status;
  GString         *out;
  GString         *err;
  GArray          *writes;   /* Write */
};

static void
keep_output (gboolean is_stderr, const char *text, gsize len, gpointer data)
{
  PmlVersionRun *self = data;
  Write write = { pml_interp_get_running_line (self->interp), self->out->len, len };

  if (is_stderr)
    {
      g_string_append_len (self->err, text, (gssize) len);
      return;
    }
  g_string_append_len (self->out, text, (gssize) len);
  g_array_append_val (self->writes, write);
}

void
pml_version_run_free (PmlVersionRun *self)
{
  if (self == NULL)
    return;
  if (self->run)
    g_object_unref (self->run);
  else
    pml_interp_free (self->interp);
  g_string_free (self->out, TRUE);
  g_string_free (self->err, TRUE);
  g_array_unref (self->writes);
  g_free (self);
}

/* Runs @source to its end under @preset, keeping its events, its
 * allocation requests and where it printed what */
PmlVersionRun *
pml_version_run_new (const char      *path,
                     const char      *source,
                     gsize            length,
                     const PmlPreset *preset,
                     GError         **error)
{
  g_autoptr(PmlHeap) heap = pml_heap_new (preset);
  PmlInterpOptions options = { MAX_STEPS, TRUE, TRUE, FALSE, TRUE };
  g_autoptr(PmlVersionRun) self = g_new0 (PmlVersionRun, 1);

  self->preset = preset;
  self->out = g_string_new (NULL);
  self->err = g_string_new (NULL);
  self->writes = g_array_new (FALSE, FALSE, sizeof (Write));
  self->interp = pml_interp_new (heap, &options);
  if (!pml_interp_load (self->interp, path, source, length, error))
    return NULL;
  pml_interp_set_output (self->interp, keep_output, self);
  self->status = pml_interp_run (self->interp);
  pml_interp_set_output (self->interp, NULL, NULL);
  if (pml_interp_hit_memory_budget (self->interp, NULL))
    {
      /* Translators: a script's path */
      g_set_error (error, PML_SCRIPT_ERROR, PML_SCRIPT_ERROR_UNLOCATED,
                   _("%s: the run needed more memory than the simulator allows"), path);
      return NULL;
    }
  if (pml_interp_hit_max_steps (self->interp))
    {
      /* Translators: a script's path and a number of lines run */
      g_set_error (error, PML_SCRIPT_ERROR, PML_SCRIPT_ERROR_UNLOCATED,
                   _("%s: stopped after %d steps: the scenario may never end"), path, MAX_STEPS);
      return NULL;
    }
  self->run = pml_run_new_for_interp (self->interp);
  pml_run_set_source (self->run, source);
  return g_steal_pointer (&self);
}

PmlRun *
pml_version_run_get_run (PmlVersionRun *self)
{
  return self->run;
}

const PmlPreset *
pml_version_run_get_preset (PmlVersionRun *self)
{
  return self->preset;
}

int
pml_version_run_get_status (PmlVersionRun *self)
{
  return self->status;
}

/* ---- what each line did, in one run ---- */

typedef struct
{
  GPtrArray *facts[PML_VERSION_DIFF_OUTPUT + 1];  /* char *, per kind, in order */
} LineFacts;

static void
line_facts_free (gpointer data)
{
  LineFacts *facts = data;

  for (guint k = 0; k < G_N_ELEMENTS (facts->facts); k++)
    if (facts->facts[k])
      g_ptr_array_unref (facts->facts[k]);
  g_free (facts);
}

static void
add_fact (GHashTable         *lines,
          gint                line,
          PmlVersionDiffKind  kind,
          char               *text)
{
  LineFacts *facts = g_hash_table_lookup (lines, GINT_TO_POINTER (line));

  if (facts == NULL)
    {
      facts = g_new0 (LineFacts, 1);
      g_hash_table_insert (lines, GINT_TO_POINTER (line), facts);
    }
  if (facts->facts[kind] == NULL)
    facts->facts[kind] = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (facts->facts[kind], text);
}

static char *
describe_request (const PmlRequest *request)
{
  switch (request->op)
    {
    case 'c':
      return g_strdup_printf ("calloc %" G_GUINT64_FORMAT "×%" G_GUINT64_FORMAT, request->a, request->b);
    case 'r':
      return g_strdup_printf ("realloc %" G_GUINT64_FORMAT, request->a);
    case 'm':
    default:
      return g_strdup_printf ("malloc %" G_GUINT64_FORMAT, request->a);
    }
}

/* line -> LineFacts: the requests each line made, what sys.getsizeof and
 * sys.getrefcount answered there, the collections that started there and
 * what it printed */
static GHashTable *
collect_line_facts (PmlVersionRun *self)
{
  GHashTable *lines = g_hash_table_new_full (NULL, NULL, NULL, line_facts_free);
  PmlInterp *interp = self->interp;
  const GArray *requests = pml_interp_get_requests (interp);
  const GArray *probes = pml_interp_get_probes (interp);
  /* the collections at exit are the interpreter's, not a line's */
  guint shutdown = pml_interp_get_shutdown_position (interp);
  guint first = pml_run_get_startup_requests (self->run);
  guint last = pml_run_get_shutdown_request (self->run);

  for (guint i = first; requests && i < MIN (last, requests->len); i++)
    {
      const PmlRequest *request = &g_array_index (requests, PmlRequest, i);

      if (request->op != 'f' && request->line > 0)
        add_fact (lines, request->line, PML_VERSION_DIFF_REQUESTS, describe_request (request));
    }

  for (guint i = 0; probes && i < probes->len; i++)
    {
      const PmlProbe *probe = &g_array_index (probes, PmlProbe, i);

      if (probe->line <= 0 || probe->event >= shutdown)
        continue;
      if (probe->kind == PML_PROBE_COLLECTION)
        add_fact (lines, probe->line, PML_VERSION_DIFF_COLLECTIONS,
                  /* Translators: a collection of the cycle collector's generation (0, 1 or 2) */
                  g_strdup_printf (_("generation %d"), (int) probe->value));
      else
        add_fact (lines, probe->line,
                  probe->kind == PML_PROBE_GETSIZEOF ? PML_VERSION_DIFF_GETSIZEOF : PML_VERSION_DIFF_GETREFCOUNT,
                  g_strdup_printf ("%" G_GINT64_FORMAT, probe->value));
    }

  /* a line's printed text, cut into the lines it printed */
  {
    g_autoptr(GHashTable) printed = g_hash_table_new (NULL, NULL);
    g_autoptr(GList) keys = NULL;

    for (guint i = 0; i < self->writes->len; i++)
      {
        const Write *write = &g_array_index (self->writes, Write, i);
        gint line = write->line;
        GString *text = g_hash_table_lookup (printed, GINT_TO_POINTER (line));

        if (text == NULL)
          g_hash_table_insert (printed, GINT_TO_POINTER (line), text = g_string_new (NULL));
        g_string_append_len (text, self->out->str + write->offset, (gssize) write->length);
      }
    keys = g_hash_table_get_keys (printed);
    for (GList *l = keys; l; l = l->next)
      {
        GString *text = g_hash_table_lookup (printed, l->data);
        g_auto(GStrv) parts = NULL;
        guint n_parts;

        if (text->len > 0 && text->str[text->len - 1] == '\n')
          g_string_truncate (text, text->len - 1);
        parts = g_strsplit (text->str, "\n", -1);
        n_parts = g_strv_length (parts);
        for (guint k = 0; k < n_parts; k++)
          add_fact (lines, GPOINTER_TO_INT (l->data), PML_VERSION_DIFF_OUTPUT, g_strdup (parts[k]));
        g_string_free (text, TRUE);
      }
  }

  return lines;
}

/* "88 ×4, 120 ×4": equal neighbours counted once */
static char *
format_values (GPtrArray *values)
{
  GString *text = g_string_new (NULL);
  guint groups = 0;

  if (values == NULL || values->len == 0)
    {
      g_string_free (text, TRUE);
      /* Translators: a line asked or allocated nothing under one version */
      return g_strdup (_("none"));
    }
  for (guint i = 0; i < values->len;)
    {
      guint j = i + 1;

      while (j < values->len && g_str_equal (values->pdata[i], values->pdata[j]))
        j++;
      if (groups == MAX_GROUPS)
        {
          /* Translators: how many values a long list left off */
          g_string_append_printf (text, _(", … (%u more)"), values->len - i);
          break;
        }
      if (groups > 0)
        g_string_append (text, ", ");
      g_string_append (text, values->pdata[i]);
      if (j - i > 1)
        g_string_append_printf (text, " ×%u", j - i);
      groups++;
      i = j;
    }
  return g_string_free (text, FALSE);
}

/* ---- the rows ---- */

static void
free_row (gpointer data)
{
  PmlVersionDiff *row = data;

  g_free (row->a);
  g_free (row->b);
  g_free (row);
}

static void
add_row (GPtrArray          *rows,
         gint                line,
         PmlVersionDiffKind  kind,
         char               *a,
         char               *b)
{
  PmlVersionDiff *row;

  if (g_str_equal (a, b))
    {
      g_free (a);
      g_free (b);
      return;
    }
  row = g_new0 (PmlVersionDiff, 1);
  row->line = line;
  row->kind = kind;
  row->a = a;
  row->b = b;
  g_ptr_array_add (rows, row);
}

static int
minor_of (const PmlPreset *preset)
{
  return (int) g_ascii_strtoll (preset->python_version + 2, NULL, 10);
}

static char *
format_size (gsize bytes)
{
  if (bytes % (1024 * 1024) == 0)
    /* Translators: a size: mebibytes, then bytes */
    return g_strdup_printf (_("%lu MiB (%lu bytes)"), (gulong) (bytes >> 20), (gulong) bytes);
  /* Translators: a size: kibibytes, then bytes */
  return g_strdup_printf (_("%lu KiB (%lu bytes)"), (gulong) (bytes >> 10), (gulong) bytes);
}

static char *
describe_small_ints (const PmlPreset *preset)
{
  int minor = minor_of (preset);

  if (minor >= 12)
    return g_strdup (_("immortal: sys.getrefcount () says 4294967295"));
  if (minor == 11)
    return g_strdup (_("static: counted from 999999999 up"));
  return g_strdup (_("counted like any object"));
}

static char *
describe_interned (const PmlPreset *preset)
{
  if (minor_of (preset) == 12)
    return g_strdup (_("immortal: sys.getrefcount () says 4294967295"));
  return g_strdup (_("counted like any object"));
}

static char *
describe_gc_when (const PmlPreset *preset)
{
  if (preset->gc_deferred)
    return g_strdup (_("at the next check between instructions after the count passes threshold 0"));
  return g_strdup (_("inside the allocation that takes the count past threshold 0"));
}

static char *
last_line_of (GString *text)
{
  g_auto(GStrv) lines = NULL;
  guint n;

  lines = g_strsplit (text->str, "\n", -1);
  n = g_strv_length (lines);
  while (n > 0 && *lines[n - 1] == '\0')
    n--;
  /* Translators: a run wrote nothing on standard error */
  return n == 0 ? g_strdup (_("none")) : g_strdup (lines[n - 1]);
}

static void
add_whole_run_rows (GPtrArray     *rows,
                    PmlVersionRun *a,
                    PmlVersionRun *b)
{
  PmlHeapCounters ca, cb;

  add_row (rows, 0, PML_VERSION_DIFF_POOL_SIZE,
           format_size (pml_preset_pool_size (a->preset)), format_size (pml_preset_pool_size (b->preset)));
  add_row (rows, 0, PML_VERSION_DIFF_ARENA_SIZE,
           format_size (pml_preset_arena_size (a->preset)), format_size (pml_preset_arena_size (b->preset)));
  pml_run_seek_end (a->run);
  pml_run_seek_end (b->run);
  pml_heap_get_counters (pml_run_get_heap (a->run), &ca);
  pml_heap_get_counters (pml_run_get_heap (b->run), &cb);
  add_row (rows, 0, PML_VERSION_DIFF_ARENAS_USED,
           g_strdup_printf ("%" G_GSIZE_FORMAT, ca.narenas_highwater),
           g_strdup_printf ("%" G_GSIZE_FORMAT, cb.narenas_highwater));
  add_row (rows, 0, PML_VERSION_DIFF_GC_THRESHOLDS,
           g_strdup_printf ("(%u, %u, %u)", a->preset->gc_threshold0, a->preset->gc_threshold1,
                            a->preset->gc_threshold2),
           g_strdup_printf ("(%u, %u, %u)", b->preset->gc_threshold0, b->preset->gc_threshold1,
                            b->preset->gc_threshold2));
  add_row (rows, 0, PML_VERSION_DIFF_GC_WHEN, describe_gc_when (a->preset), describe_gc_when (b->preset));
  add_row (rows, 0, PML_VERSION_DIFF_SMALL_INTS, describe_small_ints (a->preset), describe_small_ints (b->preset));
  add_row (rows, 0, PML_VERSION_DIFF_INTERNED, describe_interned (a->preset), describe_interned (b->preset));
  add_row (rows, 0, PML_VERSION_DIFF_EXIT_STATUS,
           g_strdup_printf ("%d", a->status), g_strdup_printf ("%d", b->status));
  add_row (rows, 0, PML_VERSION_DIFF_ERROR, last_line_of (a->err), last_line_of (b->err));
}

/* Only the printed lines that differ, matched by their order */
static void
add_output_row (GPtrArray *rows,
                gint       line,
                GPtrArray *a,
                GPtrArray *b)
{
  guint na = a ? a->len : 0, nb = b ? b->len : 0;
  g_autoptr(GPtrArray) da = g_ptr_array_new ();
  g_autoptr(GPtrArray) db = g_ptr_array_new ();

  for (guint i = 0; i < MAX (na, nb); i++)
    {
      const char *ta = i < na ? a->pdata[i] : NULL;
      const char *tb = i < nb ? b->pdata[i] : NULL;

      if (g_strcmp0 (ta, tb) == 0)
        continue;
      if (ta)
        g_ptr_array_add (da, (gpointer) ta);
      if (tb)
        g_ptr_array_add (db, (gpointer) tb);
    }
  if (da->len == 0 && db->len == 0)
    return;
  g_ptr_array_add (da, NULL);
  g_ptr_array_add (db, NULL);
  add_row (rows, line, PML_VERSION_DIFF_OUTPUT,
           /* Translators: a line printed nothing under one version */
           da->len > 1 ? g_strjoinv (" / ", (char **) da->pdata) : g_strdup (_("nothing")),
           db->len > 1 ? g_strjoinv (" / ", (char **) db->pdata) : g_strdup (_("nothing")));
}

static gint
compare_lines (gconstpointer a,
               gconstpointer b)
{
  return GPOINTER_TO_INT (*(gpointer *) a) - GPOINTER_TO_INT (*(gpointer *) b);
}

GPtrArray *
pml_version_diff_compute (PmlVersionRun *a,
                          PmlVersionRun *b)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func (free_row);
  g_autoptr(GHashTable) facts_a = collect_line_facts (a);
  g_autoptr(GHashTable) facts_b = collect_line_facts (b);
  g_autoptr(GHashTable) all = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) lines = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key;

  add_whole_run_rows (rows, a, b);

  g_hash_table_iter_init (&iter, facts_a);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_hash_table_add (all, key);
  g_hash_table_iter_init (&iter, facts_b);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_hash_table_add (all, key);
  g_hash_table_iter_init (&iter, all);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (lines, key);
  g_ptr_array_sort (lines, compare_lines);

  for (guint i = 0; i < lines->len; i++)
    {
      LineFacts *fa = g_hash_table_lookup (facts_a, lines->pdata[i]);
      LineFacts *fb = g_hash_table_lookup (facts_b, lines->pdata[i]);
      gint line = GPOINTER_TO_INT (lines->pdata[i]);

      for (PmlVersionDiffKind kind = PML_VERSION_DIFF_REQUESTS; kind < PML_VERSION_DIFF_OUTPUT; kind++)
        add_row (rows, line, kind,
                 format_values (fa ? fa->facts[kind] : NULL), format_values (fb ? fb->facts[kind] : NULL));
      add_output_row (rows, line, fa ? fa->facts[PML_VERSION_DIFF_OUTPUT] : NULL,
                      fb ? fb->facts[PML_VERSION_DIFF_OUTPUT] : NULL);
    }
  pml_run_seek_first_line (a->run);
  pml_run_seek_first_line (b->run);
  return rows;
}

const char *
pml_version_diff_kind_label (PmlVersionDiffKind kind)
{
  switch (kind)
    {
    case PML_VERSION_DIFF_POOL_SIZE:
      return _("pool size");
    case PML_VERSION_DIFF_ARENA_SIZE:
      return _("arena size");
    case PML_VERSION_DIFF_ARENAS_USED:
      return _("most arenas at once");
    case PML_VERSION_DIFF_GC_THRESHOLDS:
      return _("collector thresholds");
    case PML_VERSION_DIFF_GC_WHEN:
      return _("an automatic collection starts");
    case PML_VERSION_DIFF_SMALL_INTS:
      return _("reference counts of small ints, None, True, False");
    case PML_VERSION_DIFF_INTERNED:
      return _("reference counts of interned strings");
    case PML_VERSION_DIFF_EXIT_STATUS:
      return _("exit status");
    case PML_VERSION_DIFF_ERROR:
      return _("last line of standard error");
    case PML_VERSION_DIFF_REQUESTS:
      return _("allocation requests");
    case PML_VERSION_DIFF_GETSIZEOF:
      return _("sys.getsizeof () answers");
    case PML_VERSION_DIFF_GETREFCOUNT:
      return _("sys.getrefcount () answers");
    case PML_VERSION_DIFF_COLLECTIONS:
      return _("automatic and explicit collections");
    case PML_VERSION_DIFF_OUTPUT:
    default:
      return _("printed");
    }
}

GPtrArray *
pml_version_diff_rows_at (GPtrArray *rows,
                          gint       line)
{
  GPtrArray *at = g_ptr_array_new ();

  for (guint i = 0; i < rows->len; i++)
    if (((PmlVersionDiff *) rows->pdata[i])->line == line)
      g_ptr_array_add (at, rows->pdata[i]);
  return at;
}

char *
pml_version_diff_format (GPtrArray       *rows,
                         const char      *title,
                         const char      *source,
                         const PmlPreset *preset_a,
                         const PmlPreset *preset_b)
{
  g_auto(GStrv) source_lines = g_strsplit (source, "\n", -1);
  guint n_source_lines = g_strv_length (source_lines);
  GString *text = g_string_new (NULL);
  g_autofree char *name_a = g_strconcat (preset_a->name, ":", NULL);
  g_autofree char *name_b = g_strconcat (preset_b->name, ":", NULL);
  int width = (int) MAX (strlen (name_a), strlen (name_b));
  gint line = -1;

  /* Translators: the handout's title: a script, then two CPython versions */
  g_string_append_printf (text, _("%s under %s and %s\n"), title, preset_a->name, preset_b->name);
  if (rows->len == 0)
    g_string_append_printf (text, "\n%s\n", _("No differences."));
  for (guint i = 0; i < rows->len; i++)
    {
      const PmlVersionDiff *row = rows->pdata[i];

      if (row->line != line)
        {
          line = row->line;
          if (line == 0)
            g_string_append_printf (text, "\n%s\n", _("The whole run"));
          else
            /* Translators: a line number, then the line's text */
            g_string_append_printf (text, _("\nLine %d: %s\n"), line,
                                    (guint) line <= n_source_lines ? g_strstrip (source_lines[line - 1]) : "");
        }
      g_string_append_printf (text, "  %s\n    %-*s %s\n    %-*s %s\n", pml_version_diff_kind_label (row->kind),
                              width, name_a, row->a, width, name_b, row->b);
    }
  return g_string_free (text, FALSE);
}
