/* pml-cli-json.h
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "pml-heap.h"

G_BEGIN_DECLS

/* The allocator state as JSON: arenas in usable_arenas order, each with its
 * pools and their freeblock chains, and the usedpools lists. Addresses are
 * "0x…" strings, since JSON numbers cannot hold 64 bits. */
JsonNode *pml_cli_heap_to_json (PmlHeap *heap);

G_END_DECLS
