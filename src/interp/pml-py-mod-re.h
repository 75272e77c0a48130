/* pml-py-mod-re.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pml-py-native.h"

G_BEGIN_DECLS

/* The C half of re (CPython's _sre): a pattern parser
 * (pml-py-mod-re-parse.c) building a tree of nodes, a backtracking
 * matcher over that tree (pml-py-mod-re-engine.c), the Pattern and Match
 * types (pml-py-mod-re-pattern.c, pml-py-mod-re-match.c) and the
 * internal module _sre (pml-py-mod-re.c). lib/re.py is the Python half:
 * the flags, re.error, the cache and the module functions. */

/* the flags' values, as re.RegexFlag has them */
enum
{
  RE_FLAG_TEMPLATE   = 1,
  RE_FLAG_IGNORECASE = 2,
  RE_FLAG_LOCALE     = 4,
  RE_FLAG_MULTILINE  = 8,
  RE_FLAG_DOTALL     = 16,
  RE_FLAG_UNICODE    = 32,
  RE_FLAG_VERBOSE    = 64,
  RE_FLAG_DEBUG      = 128,
  RE_FLAG_ASCII      = 256,
};

#define RE_MAXREPEAT G_MAXINT

typedef enum
{
  RE_LITERAL,     /* ch */
  RE_ANY,         /* . */
  RE_CLASS,       /* [...]: items, negate */
  RE_AT,          /* an anchor: ch is one of ^ $ A Z b B */
  RE_SEQ,         /* kids one after the other */
  RE_ALT,         /* kids tried in order */
  RE_GROUP,       /* capturing group number @group around kids[0] */
  RE_REPEAT,      /* kids[0], min..max times, mode */
  RE_BACKREF,     /* the text group @group matched */
  RE_LOOK,        /* kids[0] ahead (behind: width > -1), negate */
  RE_ATOMIC,      /* (?>...): kids[0], never backtracked into */
  RE_COND,        /* (?(group)kids[0]|kids[1]) */
} ReOp;

typedef enum { RE_GREEDY, RE_LAZY, RE_POSSESSIVE } ReMode;

/* one item of a character class: a range, or a category (\d \w \s and
   their negations, as the letter: 'd', 'D', 'w', ...) */
typedef struct
{
  gunichar lo, hi;
  char     category;   /* 0: the range lo..hi */
} ReClassItem;

typedef struct _ReNode ReNode;
struct _ReNode
{
  ReOp         op;
  guint        flags;      /* the flags in force where it was written */
  gunichar     ch;
  int          min, max;
  ReMode       mode;
  int          group;
  gboolean     negate;
  gboolean     behind;
  ReClassItem *items;
  gsize        nitems;
  ReNode     **kids;
  gsize        nkids;
};

/* a parsed pattern: the tree and what the Pattern object shows */
typedef struct
{
  ReNode    *root;
  GPtrArray *nodes;         /* every node, for freeing */
  guint      flags;         /* the pattern's flags, with the inline ones */
  int        groups;
  GPtrArray *group_names;   /* group_names[i]: name of group i (NULL), [0] unused */
  gsize      code_words;    /* the length of CPython's compiled code */
} ReProgram;

/* the parser's error: CPython's message and position (-1: none) */
typedef struct
{
  char  *msg;
  gssize pos;
} ReError;

ReProgram *pml_re_parse        (const gunichar *pat, gsize n, guint flags, ReError *error);
void       pml_re_program_free (ReProgram *prog);
gsize      pml_re_code_words   (ReProgram *prog);

/* one match attempt over s[0..n]: the slice pos..endpos is searched,
   marks gets 2 * (groups + 1) positions (-1: unset) */
typedef enum { RE_MATCH, RE_SEARCH, RE_FULLMATCH } ReHow;

typedef struct
{
  ReProgram      *prog;
  const gunichar *s;
  gssize          n;          /* endpos: the end the pattern sees */
  gssize         *marks;
  int             lastindex;  /* -1: none */
  gsize           depth, max_depth;
  gboolean        too_deep;
  gboolean        fullmatch;
  gssize          sub_end;
  gssize          forbid_end; /* an empty match may not end here (-1: none) */
} ReState;

/* TRUE: a match starting at or after @pos; marks[0], marks[1] its span */
gboolean   pml_re_run          (ReProgram *prog, ReState *st, gssize pos, ReHow how);

/* _sre.compile(pattern, flags): a Pattern, or re.error raised */
PmlObj    *pml_re_compile      (PmlObj *pattern, gint64 flags);

/* the types */
extern const PmlNativeType pml_re_pattern_type;
extern const PmlNativeType pml_re_match_type;
extern const PmlNativeType pml_re_scanner_type;

/* the Pattern's parts a Match reads */
ReProgram *pml_re_pattern_program (PmlObj *pattern);
PmlObj    *pml_re_pattern_groupindex (PmlObj *pattern);   /* borrowed dict, NULL without names */

/* a Match of @string after a successful run (takes the marks) */
PmlObj    *pml_re_match_new    (PmlObj *pattern, PmlObj *string, gssize pos, gssize endpos,
                                const ReState *st);
/* the text of group @i of a match (None when it did not take part) */
PmlObj    *pml_re_match_group_at (PmlObj *match, gssize i);
/* a replacement template expanded for @match (\1, \g<name>) */
PmlObj    *pml_re_expand_template (PmlObj *pattern, PmlObj *tmpl, PmlObj *match);

/* the text s[start:end] of a str, by code points */
PmlObj    *pml_re_substr       (PmlObj *str, gssize start, gssize end);
/* the code points of a str (g_free() them) */
gunichar  *pml_re_str_chars    (PmlObj *str, gsize *n);
/* raise re.error(msg, pattern, pos) */
void       pml_re_raise_error  (const char *msg, PmlObj *pattern, gssize pos);

/* a method of the types, from its @name_bound body that takes self */
#define RE_METHOD(name) \
  static PmlObj * \
  name (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames) \
  { \
    METHOD_SELF (); \
    return name##_bound (self, args, nargs, kwnames); \
  }

G_END_DECLS
