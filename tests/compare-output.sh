#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The PyMemLab authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# compare-output.sh EXPECTED COMMAND [ARG...]
# Runs COMMAND and passes when it exits 0 and its standard output equals
# the file EXPECTED byte for byte; otherwise shows the difference.
set -u
expected=$1
shift
actual=$(mktemp)
trap 'rm -f "$actual"' EXIT

"$@" >"$actual"
status=$?
if [ "$status" -ne 0 ]; then
  echo "FAIL: $* exited with status $status" >&2
  exit 1
fi
if ! cmp -s "$expected" "$actual"; then
  echo "FAIL: output differs from $expected:" >&2
  diff -u "$expected" "$actual" | head -n 60 >&2
  exit 1
fi
echo "ok: output equals $(basename "$expected")"
