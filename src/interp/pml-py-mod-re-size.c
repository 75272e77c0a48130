/* pml-py-mod-re-size.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pml-py-mod-re.h"

/* How many 32-bit words CPython's compiler (re/_compiler.py) would emit
 * for a pattern: a Pattern object carries its code, so sys.getsizeof of
 * a compiled pattern is 112 bytes plus 4 per word. We compute the length
 * only, from our tree, following the shape of CPython's output: an INFO
 * block (with the literal prefix or the first character's set), then
 * each node's opcodes, then SUCCESS. */

/* a set's items (without IN, skip and FAILURE): the categories as they
   are, else the runs of its characters, a 256-bit map past two runs */
static gsize
set_items_words (const ReClassItem *items, gsize n, gboolean negate)
{
  gsize words = negate ? 1 : 0, runs = 0;
  gboolean has_category = FALSE, wide = FALSE;
  guint8 map[0x10000 / 8] = { 0 };   /* the BMP's characters */

  for (gsize i = 0; i < n; i++)
    {
      if (items[i].category != 0)
        has_category = TRUE;
      else if (items[i].hi > 0xffff)
        wide = TRUE;
    }
  if (has_category || wide)
    {
      for (gsize i = 0; i < n; i++)
        words += items[i].category != 0 ? 2 : items[i].lo == items[i].hi ? 2 : 3;
      return words;
    }
  for (gsize i = 0; i < n; i++)
    for (gunichar c = items[i].lo; c <= items[i].hi && c < 0x10000; c++)
      map[c >> 3] |= (guint8) (1u << (c & 7));
  for (gunichar c = 0; c < 0x10000; c++)
    {
      gboolean in = (map[c >> 3] >> (c & 7)) & 1;
      gboolean before = c > 0 && ((map[(c - 1) >> 3] >> ((c - 1) & 7)) & 1);

      if (in && !before)
        runs++;
    }
  if (runs <= 2)
    {
      for (gunichar c = 0; c < 0x10000; c++)
        {
          gboolean in = (map[c >> 3] >> (c & 7)) & 1;
          gboolean before = c > 0 && ((map[(c - 1) >> 3] >> ((c - 1) & 7)) & 1);
          gboolean after = c + 1 < 0x10000 && ((map[(c + 1) >> 3] >> ((c + 1) & 7)) & 1);

          if (in && !before)
            words += after ? 3 : 2;
        }
      return words;
    }
  for (gsize i = 0; i < n; i++)
    if (items[i].hi > 255)
      return words + 1 + 64 + 8 * 4;   /* BIGCHARSET, roughly */
  return words + 1 + 8;                 /* CHARSET: 256 bits */
}

static gsize
node_words (ReNode *n)
{
  gsize w = 0;

  switch (n->op)
    {
    case RE_LITERAL:
      return 2;
    case RE_ANY:
      return 1;
    case RE_CLASS:
      /* [a] is a LITERAL, [^a] a NOT_LITERAL */
      if (n->nitems == 1 && n->items[0].category == 0 && n->items[0].lo == n->items[0].hi)
        return 2;
      return 3 + set_items_words (n->items, n->nitems, n->negate);
    case RE_AT:
    case RE_BACKREF:
      return 2;
    case RE_SEQ:
      for (gsize i = 0; i < n->nkids; i++)
        w += node_words (n->kids[i]);
      return w;
    case RE_ALT:
      {
        gboolean all_chars = TRUE;

        for (gsize i = 0; i < n->nkids && all_chars; i++)
          {
            ReNode *k = n->kids[i];

            while (k->op == RE_SEQ && k->nkids == 1)
              k = k->kids[0];
            all_chars = k->op == RE_LITERAL || (k->op == RE_CLASS && !k->negate);
          }
        if (all_chars)
          {
            GArray *items = g_array_new (FALSE, FALSE, sizeof (ReClassItem));

            for (gsize i = 0; i < n->nkids; i++)
              {
                ReNode *k = n->kids[i];

                while (k->op == RE_SEQ && k->nkids == 1)
                  k = k->kids[0];
                if (k->op == RE_LITERAL)
                  g_array_append_val (items, ((ReClassItem) { k->ch, k->ch, 0 }));
                else
                  g_array_append_vals (items, k->items, k->nitems);
              }
            w = 3 + set_items_words ((ReClassItem *) items->data, items->len, FALSE);
            g_array_free (items, TRUE);
            return w;
          }
        w = 2;   /* BRANCH ... FAILURE */
        for (gsize i = 0; i < n->nkids; i++)
          w += 3 + node_words (n->kids[i]);
        return w;
      }
    case RE_GROUP:
      return 4 + node_words (n->kids[0]);
    case RE_REPEAT:
      return 5 + node_words (n->kids[0]);
    case RE_LOOK:
      return 4 + node_words (n->kids[0]);
    case RE_ATOMIC:
      return 3 + node_words (n->kids[0]);
    case RE_COND:
      w = 4 + node_words (n->kids[0]);
      if (n->nkids > 1)
        w += 2 + node_words (n->kids[1]);
      return w;
    default:
      return 0;
    }
}

/* the literal characters the pattern must start with; *whole: it has
   nothing else */
static gsize
literal_prefix (ReNode *n, gboolean *whole)
{
  gsize len = 0;

  *whole = FALSE;
  if (n->op == RE_LITERAL)
    {
      /* ignoring case, the prefix stops at a letter that has cases */
      if ((n->flags & RE_FLAG_IGNORECASE)
          && (g_unichar_tolower (n->ch) != n->ch || g_unichar_toupper (n->ch) != n->ch))
        return 0;
      *whole = TRUE;
      return 1;
    }
  if (n->op == RE_GROUP)
    return literal_prefix (n->kids[0], whole);
  if (n->op != RE_SEQ)
    return 0;
  for (gsize i = 0; i < n->nkids; i++)
    {
      gboolean all;

      len += literal_prefix (n->kids[i], &all);
      if (!all)
        return len;
    }
  *whole = TRUE;
  return len;
}

/* the set of the first character, when the pattern starts with one */
static gsize
charset_prefix (ReNode *n)
{
  while ((n->op == RE_SEQ && n->nkids > 0) || n->op == RE_GROUP)
    n = n->kids[0];
  if (n->op == RE_CLASS && !(n->flags & RE_FLAG_IGNORECASE))
    {
      if (n->nitems == 1 && n->items[0].category == 0 && n->items[0].lo == n->items[0].hi)
        return 0;
      return set_items_words (n->items, n->nitems, n->negate) + 1;
    }
  if (n->op == RE_ALT && !(n->flags & RE_FLAG_IGNORECASE))
    {
      GArray *items = g_array_new (FALSE, FALSE, sizeof (ReClassItem));
      gsize w = 0;

      for (gsize i = 0; i < n->nkids; i++)
        {
          ReNode *k = n->kids[i];

          while (k->op == RE_SEQ && k->nkids > 0)
            k = k->kids[0];
          if (k->op == RE_LITERAL)
            g_array_append_val (items, ((ReClassItem) { k->ch, k->ch, 0 }));
          else if (k->op == RE_CLASS && !k->negate)
            g_array_append_vals (items, k->items, k->nitems);
          else
            {
              g_array_free (items, TRUE);
              return 0;
            }
        }
      w = set_items_words ((ReClassItem *) items->data, items->len, FALSE) + 1;
      g_array_free (items, TRUE);
      return w;
    }
  return 0;
}

gsize
pml_re_code_words (ReProgram *prog)
{
  gsize words = 5, prefix;
  gboolean whole;

  prefix = literal_prefix (prog->root, &whole);
  if (prefix > 0)
    words += 2 + 2 * prefix;
  else
    words += charset_prefix (prog->root);
  return words + node_words (prog->root) + 1;
}
