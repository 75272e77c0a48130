/* pml-trace.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* An allocation trace ("pymemlab-trace 1", scenario-language.md "Trace
 * files"), parsed into requests. Block tokens become dense slot numbers so
 * that replaying needs no hashing; a slot is reused once its block is freed. */

#define PML_TRACE_ERROR (pml_trace_error_quark ())

typedef enum
{
  PML_TRACE_ERROR_IO,
  PML_TRACE_ERROR_SYNTAX,   /* malformed line */
  PML_TRACE_ERROR_BLOCK,    /* unknown, double-freed or duplicated block */
  PML_TRACE_ERROR_TOO_LARGE, /* more text than the memory budget can hold parsed */
} PmlTraceError;

/* The most text a trace may hold once read (inflated): its requests take
 * about three times as much again, which must fit the memory budget of a
 * run (PML_INTERP_DEFAULT_MAX_MEMORY, 2 GiB). A 1 MB gzip file can inflate
 * to gigabytes. */
#define PML_TRACE_MAX_TEXT ((gsize) 512 << 20)

typedef enum
{
  PML_REQUEST_MALLOC  = 'm',
  PML_REQUEST_CALLOC  = 'c',
  PML_REQUEST_REALLOC = 'r',
  PML_REQUEST_FREE    = 'f',
} PmlRequestOp;

typedef struct
{
  guint8  op;          /* PmlRequestOp */
  guint32 line;        /* 1-based line in the trace file */
  guint32 slot;        /* m/c/r: slot of the returned block */
  guint32 old_slot;    /* r/f: slot of the block given back, or PML_NO_SLOT for NULL */
  guint64 size;        /* m/r: size; c: nelem */
  guint64 elsize;      /* c: elsize */
  guint64 recorded;    /* m/c/r: the address the trace recorded */
} PmlTraceRequest;

typedef struct
{
  guint64 base;
  guint32 line;
  guint32 before_request; /* index of the request the line precedes */
} PmlTraceArenaLine;

#define PML_NO_SLOT G_MAXUINT32

typedef struct
{
  char   *display_name;   /* as given, used in messages */
  char   *preset_name;    /* from the "preset" line, or NULL */
  GArray *requests;       /* PmlTraceRequest */
  GArray *arena_maps;     /* PmlTraceArenaLine, the "A" lines in order */
  GArray *arena_unmaps;   /* PmlTraceArenaLine, the "U" lines in order */
  guint32 n_slots;        /* slots used: 0 .. n_slots - 1 */
  guint   n_lines;
} PmlTrace;

GQuark    pml_trace_error_quark (void);

PmlTrace *pml_trace_load        (GFile       *file,
                                 GError     **error);
/* pml_trace_load, refusing more than @max_text bytes of text */
PmlTrace *pml_trace_load_bounded (GFile      *file,
                                  gsize       max_text,
                                  GError    **error);
PmlTrace *pml_trace_parse       (const char  *display_name,
                                 const char  *data,
                                 gsize        length,
                                 GError     **error);
void      pml_trace_free        (PmlTrace    *self);
PmlTrace *pml_trace_dup_prefix  (const PmlTrace *self,
                                 guint           n_requests);
guint64  *pml_trace_dup_arena_bases (PmlTrace *self,
                                     gsize    *n_bases) G_GNUC_WARN_UNUSED_RESULT;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PmlTrace, pml_trace_free)

G_END_DECLS
