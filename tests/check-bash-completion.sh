#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The PyMemLab authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Completes a few command lines with data/completions/pymemlab, as bash
# does on Tab, and checks the candidates.
#
# check-bash-completion.sh COMPLETION_FILE
set -uo pipefail
# bash-completion turns this on for every completion it loads
shopt -s extglob

source "$1"
status=0

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
touch "$scratch/lesson.py" "$scratch/notes.txt" "$scratch/run.trace" "$scratch/big.trace.gz"
mkdir "$scratch/lessons"
cd "$scratch"

# expect "WORD WORD ..." "EXPECTED CANDIDATES": the last word is completed
expect () {
  local line=$1 want=$2 got
  read -ra COMP_WORDS <<<"$line"
  [[ $line == *" " ]] && COMP_WORDS+=("")
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMPREPLY=()
  _pymemlab pymemlab "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
  got=$(printf '%s\n' "${COMPREPLY[@]}" | LC_ALL=C sort | xargs)
  if [ "$got" != "$want" ]; then
    echo "FAIL: “$line” completes to “$got”, not “$want”"
    status=1
  fi
}

expect "pymemlab re" "record replay"
expect "pymemlab h" "handout"
expect "pymemlab run --" "--gc-log --help --json --malloc-stats --max-memory= --max-steps= --narrate --preset= --trace-out="
expect "pymemlab run --preset " "cpython-3.10 cpython-3.11 cpython-3.12 cpython-3.13 cpython-3.14 cpython-3.8 cpython-3.9"
expect "pymemlab replay --preset = cpython-3.1" "cpython-3.10 cpython-3.11 cpython-3.12 cpython-3.13 cpython-3.14"
expect "pymemlab export --view " "all collector collector: heap objects pool: usedpools"
expect "pymemlab export --theme d" "dark"
expect "pymemlab replay --arena-bases " "aligned misaligned"
expect "pymemlab run " "lesson.py lessons"
expect "pymemlab replay " "big.trace.gz lessons run.trace"
expect "pymemlab export " "big.trace.gz lesson.py lessons run.trace"
expect "pymemlab handout -o " "lessons"

[ $status -eq 0 ] && echo "bash completion: every case completes as expected"
exit $status
