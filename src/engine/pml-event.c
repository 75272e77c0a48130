/* pml-event.c
 *
 * SPDX-FileCopyrightText: 2026 The PyMemLab authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pml-event.h"

const char *
pml_event_kind_to_string (PmlEventKind kind)
{
  static const char *names[PML_N_EVENT_KINDS] = {
    [PML_EVENT_BLOCK_POP] = "block-pop",
    [PML_EVENT_BLOCK_VIRGIN] = "block-virgin",
    [PML_EVENT_BLOCK_PUSH] = "block-push",
    [PML_EVENT_POOL_FULL] = "pool-full",
    [PML_EVENT_POOL_UNFULL] = "pool-unfull",
    [PML_EVENT_POOL_EMPTY] = "pool-empty",
    [PML_EVENT_POOL_TAKE] = "pool-take",
    [PML_EVENT_POOL_INIT] = "pool-init",
    [PML_EVENT_ARENA_POOL_FREED] = "arena-pool-freed",
    [PML_EVENT_ARENA_MAP] = "arena-map",
    [PML_EVENT_ARENA_UNMAP] = "arena-unmap",
    [PML_EVENT_RAW_ALLOC] = "raw-alloc",
    [PML_EVENT_RAW_FREE] = "raw-free",
  };

  if ((guint) kind >= PML_N_EVENT_KINDS || names[kind] == NULL)
    return "unknown";

  return names[kind];
}
