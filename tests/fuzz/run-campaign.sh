#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The PyMemLab authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# A long libFuzzer campaign on one target (README.md):
#   tests/fuzz/run-campaign.sh BUILD_DIR TARGET SECONDS [WORK_DIR]
# BUILD_DIR is a clang build set up with -Dfuzzing=true. The working
# corpus (WORK_DIR/TARGET, kept between campaigns) starts from the checked-in
# corpus and, for scripts, every scenario of the test suite; crashes,
# leaks and slow inputs land in WORK_DIR/artifacts-TARGET/.
set -euo pipefail

if [ $# -lt 3 ]; then
  echo "usage: $0 BUILD_DIR tokenize|compile|run|trace SECONDS [WORK_DIR]" >&2
  exit 2
fi
build=$(realpath "$1")
target=$2
seconds=$3
work=$(realpath -m "${4:-fuzz-work}")
here=$(realpath "$(dirname "$0")")

dict=$here/python.dict
[ "$target" = trace ] && dict=$here/trace.dict

mkdir -p "$work/$target" "$work/artifacts-$target" "$work/log-$target"
cp -n "$here/corpus/$target/"* "$work/$target/" 2>/dev/null || true
if [ "$target" != trace ]; then
  # the scenarios as seeds, named by content so that a rerun adds nothing
  find "$here/../scenarios" -name '*.py' -size -8k -print0 |
    while IFS= read -r -d '' script; do
      cp -n "$script" "$work/$target/$(sha1sum "$script" | cut -c1-16).py"
    done
fi

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
cd "$work/log-$target"
# nice and one job: the machine stays usable; the run target's memory
# budget (fuzz-run.c) is below -rss_limit_mb
exec nice -n 15 "$build/tests/fuzz/fuzz-$target" -jobs=1 -max_total_time="$seconds" -timeout=20 \
  -rss_limit_mb=3072 -dict="$dict" -artifact_prefix="$work/artifacts-$target/" \
  -print_final_stats=1 "$work/$target"
