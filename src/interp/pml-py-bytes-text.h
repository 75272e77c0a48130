/* pml-py-bytes-text.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pml-py-type.h"

G_BEGIN_DECLS

/* a result of self's type (bytes or bytearray); bytes share self when
 * nothing changed (pml-py-bytes-methods.c) */
PmlObj *pml_bytes_like_result (PmlObj *self, const guint8 *data, gsize len);

/* UTF-16 and UTF-32 (pml-py-codecs-wide.c): NULL / FALSE when @enc
   (lower case, '-' for '_') is neither */
GByteArray *pml_codec_wide_encode (const char *enc, const gunichar *u, gsize n);
PmlObj     *pml_codec_utf8_decode (const guint8 *d, gsize n, const char *errors);
gboolean    pml_codec_wide_decode (const char *enc, const guint8 *d, gsize n, const char *errors, PmlObj **result);

/* PyByteArray_Resize: the buffer's over-allocation rule
   (pml-py-bytes-methods.c) */
gboolean pml_bytearray_resize (PmlObj *self, gsize size);

/* bytearray's sequence slots (pml-py-bytearray-ops.c) */
PmlObj  *pml_bytearray_concat (PmlObj *a, PmlObj *b);
PmlObj  *pml_bytearray_repeat (PmlObj *a, gint64 n);
PmlObj  *pml_bytearray_inplace_concat (PmlObj *a, PmlObj *b);
PmlObj  *pml_bytearray_inplace_repeat (PmlObj *a, PmlObj *count);
PmlObj  *pml_bytearray_subscript (PmlObj *o, PmlObj *key);
gboolean pml_bytearray_ass_subscript (PmlObj *o, PmlObj *key, PmlObj *v);

/* the text-like methods of bytes and bytearray (pml-py-bytes-text.c) */
PmlObj *pml_bytes_m_capitalize   (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj *pml_bytes_m_center       (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj *pml_bytes_m_expandtabs   (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj *pml_bytes_m_isascii      (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj *pml_bytes_m_islower      (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj *pml_bytes_m_istitle      (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj *pml_bytes_m_isupper      (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj *pml_bytes_m_ljust        (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj *pml_bytes_m_maketrans    (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj *pml_bytes_m_partition    (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj *pml_bytes_m_removeprefix (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj *pml_bytes_m_removesuffix (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj *pml_bytes_m_rjust        (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj *pml_bytes_m_rpartition   (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj *pml_bytes_m_rsplit       (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj *pml_bytes_m_splitlines   (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj *pml_bytes_m_title        (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj *pml_bytes_m_translate    (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);
PmlObj *pml_bytes_m_zfill        (PmlObj *self, PmlObj **args, gsize nargs, PmlObj *kwnames);

#define PML_BYTES_TEXT_METHODS \
  { "capitalize", pml_bytes_m_capitalize }, { "center", pml_bytes_m_center }, \
  { "expandtabs", pml_bytes_m_expandtabs }, { "isascii", pml_bytes_m_isascii }, \
  { "islower", pml_bytes_m_islower }, { "istitle", pml_bytes_m_istitle }, \
  { "isupper", pml_bytes_m_isupper }, { "ljust", pml_bytes_m_ljust }, \
  { "maketrans", pml_bytes_m_maketrans }, { "partition", pml_bytes_m_partition }, \
  { "removeprefix", pml_bytes_m_removeprefix }, { "removesuffix", pml_bytes_m_removesuffix }, \
  { "rjust", pml_bytes_m_rjust }, { "rpartition", pml_bytes_m_rpartition }, \
  { "rsplit", pml_bytes_m_rsplit }, { "splitlines", pml_bytes_m_splitlines }, \
  { "title", pml_bytes_m_title }, { "translate", pml_bytes_m_translate }, \
  { "zfill", pml_bytes_m_zfill }

G_END_DECLS
