/* pml-predict.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pml-run.h"

G_BEGIN_DECLS

/* Predict mode: before a line runs, one question about what it will do
 * to memory, made from the run's events (never written by hand) so that
 * the simulator grades it exactly, and answered by the narration the
 * step already gives. A teacher chooses the lines with "# ask"; without
 * marks, the lines that change a named object's count, make a named
 * object, take a new pool, collect garbage or may run __del__. */

typedef enum
{
  PML_QUESTION_REFCOUNT,     /* a number: a named object's count after the line */
  PML_QUESTION_SIZE_CLASS,   /* a choice: the size class of a new object's block */
  PML_QUESTION_POOL,         /* a choice: a pool in use, a pool from usable_arenas, a new arena */
  PML_QUESTION_UNREACHABLE,  /* objects: those the collection finds unreachable */
  PML_QUESTION_DEL,          /* a choice: yes or no, __del__ runs during the line */
} PmlQuestionKind;

typedef struct
{
  PmlQuestionKind  kind;
  guint            line_event;   /* asked as the line of this event is about to run */
  guint            end;          /* the line event where the answer shows (stepping over) */
  gint             line;
  guint32          serial;       /* REFCOUNT, SIZE_CLASS: the object asked about */
  char            *text;
  char           **choices;      /* SIZE_CLASS, POOL, DEL; NULL for the others */
  gint64           answer;       /* the number, or the right choice's index */
  GArray          *candidates;   /* UNREACHABLE: guint32 serials to pick from, as drawn */
  char           **candidate_labels;
  GArray          *unreachable;  /* UNREACHABLE: the right serials, sorted */
  char            *answer_text;  /* the right answer, in words (an answer key) */
  char            *explanation;  /* the narration of what the line did */
} PmlQuestion;

void          pml_question_free           (PmlQuestion       *question);

gboolean      pml_question_check_number   (const PmlQuestion *question,
                                           gint64             number);
gboolean      pml_question_check_choice   (const PmlQuestion *question,
                                           guint              choice);
gboolean      pml_question_check_objects  (const PmlQuestion *question,
                                           const guint32     *serials,
                                           guint              n_serials);

/* Which lines "# ask" marks in @source (NULL: none) */
gboolean      pml_predict_source_has_marks (const char       *source);

/* The question for the line whose line event is @line_event, or NULL
 * when the line asks none (it is not marked, or there is nothing the
 * simulator could grade). @source: the script's text, for its "# ask"
 * marks and its __del__ methods. The run's cursor is where it was. */
PmlQuestion  *pml_predict_question_at     (PmlRun            *run,
                                           const char        *source,
                                           guint              line_event);

/* Every question of the run, in order (a handout's) */
GPtrArray    *pml_predict_all_questions   (PmlRun            *run,
                                           const char        *source,
                                           guint              max_questions);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PmlQuestion, pml_question_free)

G_END_DECLS
