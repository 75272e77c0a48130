/* pml-py-array.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pml-py-native.h"

G_BEGIN_DECLS

/* array.array (Modules/arraymodule.c, 3.11): a typed C buffer. */

/* a typecode: its C item's size, and how an item converts to and from
 * an object */
typedef struct
{
  char      typecode;
  guint8    itemsize;
  /* the value checked and stored at @p; FALSE with the error set */
  gboolean (*set) (guint8 *p, PmlObj *v);
  PmlObj  *(*get) (const guint8 *p);
} PmlArrayDescr;

const PmlArrayDescr *pml_array_descr_find (char typecode);

/* "bBuhHiIlLqQfd" */
extern const char pml_array_typecodes[];

typedef struct
{
  guint8  *items;       /* host copy of ob_item: size * itemsize bytes */
  gint64   size;        /* ob_size */
  gint64   allocated;
  const PmlArrayDescr *descr;
  guint64  items_addr;  /* the simulated ob_item, 0 when NULL */
} PmlArray;
PML_NATIVE_FITS (PmlArray);

extern const PmlNativeType pml_array_type;
extern const PmlNativeType pml_array_iter_type;

G_END_DECLS
