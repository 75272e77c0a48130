/* pml-lesson.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pml-run.h"

G_BEGIN_DECLS

/* A lesson file (.pymemlab, data/lesson-format.md): one script or a
 * playlist of them, each with its text and the state a teacher chose to
 * open it in (the cursor, the view, the selection, the zoom, the CPython
 * version). Read and written without GTK, for the window, the CLI and
 * the tests alike. */

#define PML_LESSON_FORMAT_NAME "pymemlab-lesson"
#define PML_LESSON_FORMAT_VERSION 1
#define PML_LESSON_MIME_TYPE "application/x-pymemlab-lesson"

#define PML_LESSON_ERROR (pml_lesson_error_quark ())

typedef enum
{
  PML_LESSON_ERROR_SYNTAX,    /* not JSON */
  PML_LESSON_ERROR_INVALID,   /* JSON, but not a lesson: a member missing or wrong */
  PML_LESSON_ERROR_VERSION,   /* written by a newer PyMem Lab */
  PML_LESSON_ERROR_SCRIPT,    /* a script that no longer compiles */
} PmlLessonError;

/* What the window showed: the diagram's page, and what was chosen */
typedef enum
{
  PML_LESSON_VIEW_OBJECTS,
  PML_LESSON_VIEW_HEAP,     /* the heap and the pool view under it */
} PmlLessonView;

typedef enum
{
  PML_LESSON_SELECT_NONE,
  PML_LESSON_SELECT_OBJECT, /* by its creation serial: the same in every run of the script */
  PML_LESSON_SELECT_POOL,
} PmlLessonSelectKind;

/* Where the run's cursor was. @position and @heap_position are exact (a
 * run of the same script on the same preset makes the same events);
 * @lines_run and @line say it for people, and are the fallback when the
 * exact position does not fit the run. */
#define PML_LESSON_NO_POSITION G_MAXUINT

typedef struct
{
  guint    lines_run;      /* lines that had run before the cursor */
  gint     line;           /* the line shown (running, or about to run); 0: none */
  guint    position;       /* object events done; PML_LESSON_NO_POSITION: not saved */
  guint    heap_position;  /* allocator events done */
} PmlLessonCursor;

typedef struct
{
  char               *title;      /* NULL: none */
  char               *name;       /* the script's file name, as its messages call it */
  char               *script;     /* its whole text */
  char               *preset;     /* the CPython version ("3.11"); NULL: the default */
  PmlLessonCursor     cursor;
  PmlLessonView       view;
  guint               pool_slot;  /* the pool the pool view shows */
  guint               pool_index;
  PmlLessonSelectKind select_kind;
  guint32             select_object;
  guint               select_slot;
  guint               select_index;
  double              zoom;       /* the heap diagram's; 1: as it comes */
} PmlLessonSlide;

typedef struct
{
  char      *title;      /* NULL: none */
  gboolean   presenter;  /* presenter mode on */
  guint      current;    /* the slide shown when the file opens */
  GPtrArray *slides;     /* PmlLessonSlide, at least one */
} PmlLesson;

GQuark          pml_lesson_error_quark      (void);

PmlLessonSlide *pml_lesson_slide_new        (const char           *name,
                                             const char           *script);
void            pml_lesson_slide_free       (PmlLessonSlide       *slide);

PmlLesson      *pml_lesson_new              (void);
void            pml_lesson_free             (PmlLesson            *lesson);
PmlLessonSlide *pml_lesson_get_slide        (PmlLesson            *lesson,
                                             guint                 index);
PmlLessonSlide *pml_lesson_get_current      (PmlLesson            *lesson);

gboolean        pml_lesson_is_lesson_path   (const char           *path);

/* @display_name: what the messages call the file */
PmlLesson      *pml_lesson_parse            (const char           *data,
                                             gssize                length,
                                             const char           *display_name,
                                             GError              **error);
PmlLesson      *pml_lesson_load             (GFile                *file,
                                             GError              **error);
gboolean        pml_lesson_check_scripts    (PmlLesson            *lesson,
                                             const char           *display_name,
                                             GError              **error);
char           *pml_lesson_to_data          (PmlLesson            *lesson,
                                             gsize                *length);
gboolean        pml_lesson_save             (PmlLesson            *lesson,
                                             GFile                *file,
                                             GError              **error);

/* The cursor of @run, and @run moved back to it */
void            pml_lesson_cursor_capture   (PmlLessonCursor      *cursor,
                                             PmlRun               *run);
gboolean        pml_lesson_cursor_restore   (const PmlLessonCursor *cursor,
                                             PmlRun               *run);

const char     *pml_lesson_view_to_string   (PmlLessonView         view);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PmlLesson, pml_lesson_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PmlLessonSlide, pml_lesson_slide_free)

G_END_DECLS
