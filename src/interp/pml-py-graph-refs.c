/* pml-py-graph-refs.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "pml-py-graph-refs.h"
#include "pml-py-type.h"

/* Every strong reference an object owns, for the objects view's promise
 * that a card's arrows and its "from outside the picture" count add up
 * to its reference count. The traverse slot names what the collector
 * follows; the few references it does not follow (an object's own
 * strings, a code object's constants) are added here, since the
 * collector never needs them but a reference count counts them. */

typedef struct
{
  PmlGraphRefFunc  func;
  gpointer         data;
  GArray          *labelled;   /* Labelled: the referents slot's strong references */
  GPtrArray       *traversed;  /* the traverse slot's */
} Refs;

typedef struct
{
  PmlObj     *ref;
  const char *label;
} Labelled;

/* Names beyond these are not looked at: the picture draws a container's
 * first slots only, and a 20,000-item list is walked at every line */
#define MAX_LABELLED 32

static gboolean
collect_labelled (PmlObj     *ref,
                  const char *label,
                  gboolean    weak,
                  gpointer    data)
{
  Refs *r = data;
  Labelled l = { ref, label };

  if (ref != NULL && !weak)
    g_array_append_val (r->labelled, l);
  return r->labelled->len >= MAX_LABELLED;
}

/* The traverse slot's references less the named ones, unnamed: when the
 * named ones are the first or the last traversed (a list, a dict, a
 * tuple), by their place; else by counting */
static void
emit_unnamed (Refs *r)
{
  guint n = r->labelled->len, m = r->traversed->len;
  gboolean forward = n <= m, backward = n <= m;
  g_autoptr(GHashTable) named = NULL;

  for (guint k = 0; k < n && (forward || backward); k++)
    {
      PmlObj *ref = g_array_index (r->labelled, Labelled, k).ref;

      forward = forward && r->traversed->pdata[k] == ref;
      backward = backward && r->traversed->pdata[m - 1 - k] == ref;
    }
  if (forward || backward)
    {
      for (guint i = forward ? n : 0; i < (forward ? m : m - n); i++)
        r->func (r->traversed->pdata[i], NULL, TRUE, r->data);
      return;
    }
  named = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < n; i++)
    {
      PmlObj *ref = g_array_index (r->labelled, Labelled, i).ref;

      g_hash_table_insert (named, ref, GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (named, ref)) + 1));
    }
  for (guint i = 0; i < m; i++)
    {
      PmlObj *ref = r->traversed->pdata[i];
      guint left = GPOINTER_TO_UINT (g_hash_table_lookup (named, ref));

      if (left > 0)
        g_hash_table_insert (named, ref, GUINT_TO_POINTER (left - 1));
      else
        r->func (ref, NULL, TRUE, r->data);
    }
}

static gboolean
collect_traversed (PmlObj   *ref,
                   gpointer  data)
{
  Refs *r = data;

  if (ref != NULL)
    g_ptr_array_add (r->traversed, ref);
  return FALSE;
}

static void
emit (Refs       *r,
      PmlObj     *ref,
      const char *label,
      gboolean    drawn)
{
  if (ref != NULL)
    r->func (ref, label, drawn, r->data);
}

static void
code_refs (Refs    *r,
           PmlCode *code)
{
  if (code == NULL)
    return;
  for (guint i = 0; i < code->consts->len; i++)
    emit (r, code->consts->pdata[i], "constant", FALSE);
  for (guint i = 0; code->names != NULL && i < code->names->len; i++)
    emit (r, code->names->pdata[i], "co_names", FALSE);
  emit (r, code->name_obj, "co_name", FALSE);
  emit (r, code->qualname_obj, "co_qualname", FALSE);
}

/* The references the traverse slot leaves out, by the layout they live
 * in (the union's member): one place that knows them all */
static void
untraversed_refs (Refs   *r,
                  PmlObj *o)
{
  switch ((PmlKind) o->kind)
    {
    case K_FUNCTION:
      emit (r, o->u.fn.code != NULL ? o->u.fn.code->owner : NULL, "__code__", FALSE);
      emit (r, o->u.fn.name, "__name__", FALSE);
      emit (r, o->u.fn.qualname, "__qualname__", FALSE);
      break;
    case K_CODE:
      code_refs (r, o->u.code.code);
      break;
    case K_GENERATOR:
      emit (r, o->u.gen.name, "__name__", FALSE);
      emit (r, o->u.gen.code != NULL ? o->u.gen.code->owner : NULL, "gi_code", FALSE);
      /* a suspended frame holds its function and namespace; a running
         one is a frame of the picture */
      if (o->u.gen.frame != NULL && !o->u.gen.running)
        {
          emit (r, o->u.gen.frame->func, "gi_frame.f_func", FALSE);
          emit (r, o->u.gen.frame->locals, "gi_frame.f_locals", FALSE);
        }
      break;
    case K_DICT:
      /* a dict of str keys shows the collector its values only (as
         CPython's); a split table's keys are its class's */
      if (o->u.d.unicode && o->u.d.split == NULL)
        for (gsize i = 0; i < o->u.d.nentries; i++)
          if (o->u.d.entries[i].value != NULL)
            emit (r, o->u.d.entries[i].key, "key", FALSE);
      break;
    case K_TYPE:
      /* 3.11's split tables: the class's shared keys own their names */
      if (o->u.ty.shared != NULL)
        for (guint i = 0; i < o->u.ty.shared->names->len; i++)
          emit (r, o->u.ty.shared->names->pdata[i], "shared key", FALSE);
      break;
    case K_SLICE:
      emit (r, o->u.sl.start, "start", FALSE);
      emit (r, o->u.sl.stop, "stop", FALSE);
      emit (r, o->u.sl.step, "step", FALSE);
      break;
    default:
      break;
    }
}

/* Arrays kept from one call to the next (each depth its own: a callback
 * may walk another object): a long list is walked at every line, and
 * growing a fresh array each time costs more than the walk */
#define MAX_SCRATCH_DEPTH 8

static _Thread_local GArray    *scratch_labelled[MAX_SCRATCH_DEPTH];
static _Thread_local GPtrArray *scratch_traversed[MAX_SCRATCH_DEPTH];
static _Thread_local guint      scratch_depth;

static void
take_scratch (Refs *r)
{
  guint d = scratch_depth++;

  if (d >= MAX_SCRATCH_DEPTH)
    {
      r->labelled = g_array_new (FALSE, FALSE, sizeof (Labelled));
      r->traversed = g_ptr_array_new ();
      return;
    }
  if (scratch_labelled[d] == NULL)
    {
      scratch_labelled[d] = g_array_new (FALSE, FALSE, sizeof (Labelled));
      scratch_traversed[d] = g_ptr_array_new ();
    }
  r->labelled = scratch_labelled[d];
  r->traversed = scratch_traversed[d];
  g_array_set_size (r->labelled, 0);
  g_ptr_array_set_size (r->traversed, 0);
}

static void
give_scratch (Refs *r)
{
  guint d = --scratch_depth;

  if (d >= MAX_SCRATCH_DEPTH)
    {
      g_array_unref (r->labelled);
      g_ptr_array_unref (r->traversed);
    }
}

void
pml_graph_each_ref (PmlObj          *o,
                    PmlGraphRefFunc  func,
                    gpointer         data)
{
  const PmlTypeSlots *tp = pml_slots (o);
  Refs r = { 0 };

  r.func = func;
  r.data = data;
  take_scratch (&r);
  if (tp->referents == NULL)
    {
      /* the collector's references, unnamed */
      if (tp->traverse != NULL)
        {
          tp->traverse (o, collect_traversed, &r);
          for (guint i = 0; i < r.traversed->len; i++)
            func (r.traversed->pdata[i], NULL, TRUE, data);
        }
    }
  else
    {
      /* named, in the order Python shows them (a list's slots from [0]) */
      tp->referents (o, collect_labelled, &r);
      for (guint i = 0; i < r.labelled->len; i++)
        {
          const Labelled *l = &g_array_index (r.labelled, Labelled, i);

          func (l->ref, l->label, TRUE, data);
        }
      /* then what the collector follows that has no name (an instance's
         class, a long list's slots past the named ones) */
      if (tp->traverse != NULL)
        {
          tp->traverse (o, collect_traversed, &r);
          emit_unnamed (&r);
        }
    }
  give_scratch (&r);
  untraversed_refs (&r, o);
}

/* ---- values ---- */

/* The graph's texts (values, names, labels), kept for the process's
 * life: the layouts that point at them may outlive their run. Not GLib's
 * quarks, which are not meant for thousands of strings (each growth of
 * their table leaks the old one). */
const char *
pml_graph_keep_text (const char *text)
{
  static GMutex lock;
  static GHashTable *texts;
  const char *kept;

  g_mutex_lock (&lock);
  if (texts == NULL)
    texts = g_hash_table_new (g_str_hash, g_str_equal);
  kept = g_hash_table_lookup (texts, text);
  if (kept == NULL)
    {
      char *copy = g_strdup (text);

      g_hash_table_add (texts, copy);
      kept = copy;
    }
  g_mutex_unlock (&lock);
  return kept;
}

static const char *
float_text (double v)
{
  char text[64];

  if (isnan (v))
    return g_intern_static_string ("nan");
  if (isinf (v))
    return g_intern_static_string (v > 0 ? "inf" : "-inf");
  /* repr's shortest text that reads back as the same double */
  for (int precision = 1; precision <= 17; precision++)
    {
      g_snprintf (text, sizeof text, "%.*g", precision, v);
      if (g_ascii_strtod (text, NULL) == v)
        break;
    }
  if (strchr (text, 'e') == NULL && strchr (text, '.') == NULL && strchr (text, 'n') == NULL)
    g_strlcat (text, ".0", sizeof text);
  return pml_graph_keep_text (text);
}

static const char *
str_text (PmlObj *o)
{
  GString *text;
  const char *p;
  char quote = strchr (o->u.s.s, '\'') != NULL && strchr (o->u.s.s, '"') == NULL ? '"' : '\'';

  text = g_string_new (NULL);
  g_string_append_c (text, quote);
  for (p = o->u.s.s; p < o->u.s.s + o->u.s.nbytes; p++)
    {
      if (*p == quote || *p == '\\')
        g_string_append_printf (text, "\\%c", *p);
      else if (*p == '\n')
        g_string_append (text, "\\n");
      else if (*p == '\t')
        g_string_append (text, "\\t");
      else if ((guchar) *p < 0x20)
        g_string_append_printf (text, "\\x%02x", (guchar) *p);
      else
        g_string_append_c (text, *p);
    }
  g_string_append_c (text, quote);
  p = pml_graph_keep_text (text->str);
  g_string_free (text, TRUE);
  return p;
}

/* How Python writes an int, float, str, bool or None; NULL for anything
 * else. *small: short enough to write where it is held, as Python Tutor
 * does, instead of drawing its object. */
const char *
pml_graph_value_text (PmlObj   *o,
                      gboolean *small)
{
  *small = TRUE;
  if (o->type == TYPE (T_NONETYPE))
    return g_intern_static_string ("None");
  if (o->type == TYPE (T_BOOL))
    return g_intern_static_string (o->u.i.v ? "True" : "False");
  if (o->type == TYPE (T_INT))
    {
      char text[32];

      if (o->u.i.big != NULL)
        {
          *small = FALSE;
          return g_intern_static_string ("int");
        }
      g_snprintf (text, sizeof text, "%" G_GINT64_FORMAT, o->u.i.v);
      return pml_graph_keep_text (text);
    }
  if (o->type == TYPE (T_FLOAT))
    return float_text (o->u.f);
  if (o->kind == K_TYPE && !o->u.ty.builtin)
    {
      g_autofree char *text = g_strdup_printf ("class %s", o->u.ty.qualname != NULL ? o->u.ty.qualname : o->u.ty.name);

      *small = FALSE;
      return pml_graph_keep_text (text);
    }
  if (o->kind == K_FUNCTION && o->u.fn.code != NULL)
    {
      PmlCode *code = o->u.fn.code;
      GString *text = g_string_new (NULL);
      const char *interned;

      g_string_append_printf (text, "%s(", code->qualname != NULL ? code->qualname : code->name);
      for (guint i = 0; i < code->argcount && i < code->varnames->len; i++)
        g_string_append_printf (text, "%s%s", i > 0 ? ", " : "", (const char *) code->varnames->pdata[i]);
      g_string_append_c (text, ')');
      interned = pml_graph_keep_text (text->str);
      g_string_free (text, TRUE);
      *small = FALSE;
      return interned;
    }
  if (o->kind == K_MODULE && o->u.mod.name != NULL)
    {
      g_autofree char *text = g_strdup_printf ("module %s", o->u.mod.name);

      *small = FALSE;
      return pml_graph_keep_text (text);
    }
  if (o->type == TYPE (T_STR))
    {
      *small = g_utf8_strlen (o->u.s.s, o->u.s.nbytes) <= 16 && o->u.s.nbytes < 64;
      if (o->u.s.nbytes >= 64)
        return g_intern_static_string ("'…'");
      return str_text (o);
    }
  *small = FALSE;
  return NULL;
}
