#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The PyMemLab authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# fragmentation.py teaches that one block keeps its arena mapped: the only
# arena released must be released by the line that frees that last block,
# not while the block lives (when the addresses' own ints were allowed into
# the new arenas, an older arena went first and the lesson was lost).
#
# check-fragmentation-lesson.sh PYMEMLAB SCRIPT
set -euo pipefail
pymemlab=$1
script=$2

free_last=$(grep -n '^pymalloc.free(last)' "$script" | cut -d: -f1)
[ -n "$free_last" ] || { echo "FAIL: no pymalloc.free(last) line in $script"; exit 1; }

unmaps=$("$pymemlab" run --json "$script" | grep '"kind":"arena-unmap"' || true)
if [ "$(printf '%s\n' "$unmaps" | grep -c '"line"')" != 1 ]; then
  echo "FAIL: expected one arena released, got:"
  printf '%s\n' "$unmaps"
  exit 1
fi
if ! printf '%s\n' "$unmaps" | grep -qF "\"line\":$free_last,"; then
  echo "FAIL: the arena is released at another line than $free_last (pymalloc.free(last)):"
  printf '%s\n' "$unmaps"
  exit 1
fi
echo "the newest arena is released by line $free_last, and no arena before"
