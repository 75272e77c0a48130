#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The PyMemLab authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# run-replay-bench.sh GENTRACE PROGRAM WORKDIR [N]
# Generates the synthetic trace once, then runs PROGRAM on it (the replay
# or the parse benchmark).
set -euo pipefail
gentrace=$1 replay=$2 workdir=$3 n=${4:-2000000}
trace="$workdir/bench-$n.trace"
if [ ! -s "$trace" ]; then
  "$gentrace" "$n" > "$trace.tmp"
  mv "$trace.tmp" "$trace"
fi
exec "$replay" "$trace"
