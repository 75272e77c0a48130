/* pml-chunks.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "pml-huge-pages.h"

G_BEGIN_DECLS

/* An append-only array in fixed-size chunks: appending never copies what
 * is stored, and at most one chunk is allocated beyond what is used. The
 * history keeps millions of events in these. */
#define PML_CHUNK_BITS 16
#define PML_CHUNK_LENGTH (1u << PML_CHUNK_BITS)

typedef struct
{
  guint8  **chunks;      /* the first chunk of each slab owns the slab */
  guint32   n_chunks;
  guint32   length;
  guint32   element_size;
  guint8   *cursor;      /* where the next element goes */
  guint8   *cursor_end;  /* the end of the chunk the cursor is in */
} PmlChunks;

static inline void
pml_chunks_init (PmlChunks *self,
                 guint32    element_size)
{
  self->chunks = NULL;
  self->n_chunks = 0;
  self->length = 0;
  self->element_size = element_size;
  self->cursor = NULL;
  self->cursor_end = NULL;
}

/* Chunks are carved from slabs of 2 MiB or more, so that the kernel can
 * back them with huge pages: a long run's history is hundreds of MiB
 * written once, and faulting it in 4 KiB at a time cost a third of the
 * run's time. The first slab keeps small pages: most runs are short, and
 * a huge page is zeroed whole however little of it is used. */
static inline guint32
pml_chunks_per_slab (const PmlChunks *self)
{
  gsize chunk_bytes = (gsize) PML_CHUNK_LENGTH * self->element_size;

  return chunk_bytes >= PML_HUGE_PAGE_SIZE ? 1 : (guint32) (PML_HUGE_PAGE_SIZE / chunk_bytes);
}

static inline void
pml_chunks_clear (PmlChunks *self)
{
  guint32 per_slab = self->n_chunks > 0 ? pml_chunks_per_slab (self) : 1;

  for (guint32 i = 0; i < self->n_chunks; i += per_slab)
    pml_huge_pages_free (self->chunks[i]);
  g_clear_pointer (&self->chunks, g_free);
  self->n_chunks = 0;
  self->length = 0;
  self->cursor = NULL;
  self->cursor_end = NULL;
}

/* @element_size is the one given to pml_chunks_init (); callers pass it
 * as a constant (sizeof) so that the address arithmetic folds. */
static inline gpointer
pml_chunks_get (PmlChunks *self,
                guint32    index,
                gsize      element_size)
{
  return self->chunks[index >> PML_CHUNK_BITS] + (gsize) (index & (PML_CHUNK_LENGTH - 1)) * element_size;
}

/* Points the cursor at element @length, making its chunk if needed */
static void G_GNUC_UNUSED
pml_chunks_place_cursor (PmlChunks *self)
{
  guint32 chunk = self->length >> PML_CHUNK_BITS;

  if (chunk == self->n_chunks)
    {
      gsize chunk_bytes = (gsize) PML_CHUNK_LENGTH * self->element_size;
      guint32 per_slab = pml_chunks_per_slab (self);
      guint32 in_slab = chunk % per_slab;

      self->chunks = g_renew (guint8 *, self->chunks, self->n_chunks + 1);
      self->chunks[chunk] = in_slab == 0 ? pml_huge_pages_alloc (per_slab * chunk_bytes, chunk > 0)
                                         : self->chunks[chunk - 1] + chunk_bytes;
      self->n_chunks++;
    }

  self->cursor = self->chunks[chunk] + (gsize) (self->length & (PML_CHUNK_LENGTH - 1)) * self->element_size;
  self->cursor_end = self->chunks[chunk] + (gsize) PML_CHUNK_LENGTH * self->element_size;
}

/* Room for one more element at the end; the caller fills it in. The hot
 * path is a pointer bump. */
static inline gpointer
pml_chunks_append (PmlChunks *self,
                   gsize      element_size)
{
  gpointer element;

  if (G_UNLIKELY (self->cursor == self->cursor_end))
    pml_chunks_place_cursor (self);

  element = self->cursor;
  self->cursor += element_size;
  self->length++;
  return element;
}

static inline void
pml_chunks_truncate (PmlChunks *self,
                     guint32    length)
{
  g_assert (length <= self->length);
  self->length = length;
  self->cursor = NULL;
  self->cursor_end = NULL;
  if (length > 0 || self->n_chunks > 0)
    pml_chunks_place_cursor (self);
}

static inline gsize
pml_chunks_get_allocated_bytes (PmlChunks *self)
{
  return (gsize) self->n_chunks * PML_CHUNK_LENGTH * self->element_size +
         (gsize) self->n_chunks * sizeof (guint8 *);
}

G_END_DECLS
