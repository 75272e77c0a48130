#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The PyMemLab authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# run-record-bench.sh PYMEMLAB SCRIPT WORKDIR
# Recording overhead: the best of 5 runs of `pymemlab record` over the best
# of 5 plain runs of the same script by the same CPython (python3.11, run
# isolated like the recorder), alternating.
set -euo pipefail
pymemlab=$1 script=$2 workdir=$3
python=$(command -v python3.11 || true)
if [ -x /usr/bin/python3.11 ]; then python=/usr/bin/python3.11; fi
[ -n "$python" ] || { echo "python3.11 not found: nothing to compare with"; exit 0; }

best_plain=999999999999 best_record=999999999999
for run in 1 2 3 4 5; do
  start=$(date +%s%N)
  "$python" -I "$script" > /dev/null
  plain=$(( $(date +%s%N) - start ))
  start=$(date +%s%N)
  "$pymemlab" record -o "$workdir/record-bench.trace" -- "$script" > /dev/null 2>&1
  record=$(( $(date +%s%N) - start ))
  (( plain < best_plain )) && best_plain=$plain
  (( record < best_record )) && best_record=$record
done

requests=$(grep -c '^[mcrf] ' "$workdir/record-bench.trace")
echo "script:             $script ($requests requests recorded)"
echo "plain run (best):   $(( best_plain / 1000000 )) ms  ($python -I)"
echo "recorded (best):    $(( best_record / 1000000 )) ms  (pymemlab record, trace written uncompressed)"
awk -v r="$best_record" -v p="$best_plain" 'BEGIN { printf "overhead ratio:     %.2f\n", r / p }'
