#!/bin/sh
# check-scenario.sh PYMEMLAB SCRIPT.py [PRESET EXPECTED]
# Runs one conformance scenario and compares it with what CPython 3.11
# printed: stdout byte for byte; with NAME.rc, the exit status and the last
# line of stderr (NAME.err); without, exit status 0. With PRESET, runs it
# with --preset and compares with EXPECTED.out/.rc/.err instead. The script
# runs from its folder, by its name, as its output was recorded
# (python3.11 NAME.py): sys.argv and tracemalloc's file names show it.
set -u
pymemlab=$1
script=$2
preset=${3:-}
base=${4:-${script%.py}}
case $pymemlab in /*) ;; */*) pymemlab=$PWD/$pymemlab ;; esac
case $base in /*) ;; *) base=$PWD/$base ;; esac
folder=$(dirname "$script")
name=$(basename "$script")
out=$(mktemp)
err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT

if [ -n "$preset" ]; then
  (cd "$folder" && "$pymemlab" run --preset "$preset" "$name") >"$out" 2>"$err"
else
  (cd "$folder" && "$pymemlab" run "$name") >"$out" 2>"$err"
fi
status=$?

if ! cmp -s "$out" "$base.out"; then
  echo "FAIL $script: standard output differs from $base.out"
  diff "$base.out" "$out" | head -20
  tail -5 "$err"
  exit 1
fi
if [ -f "$base.rc" ]; then
  expected_rc=$(cat "$base.rc")
  if [ "$status" != "$expected_rc" ]; then
    echo "FAIL $script: exit status $status, CPython's was $expected_rc"
    tail -5 "$err"
    exit 1
  fi
  last=$(tail -n 1 "$err")
  if [ "$last" != "$(cat "$base.err")" ]; then
    echo "FAIL $script: last stderr line differs"
    echo "  expected: $(cat "$base.err")"
    echo "  got:      $last"
    exit 1
  fi
elif [ "$status" != 0 ]; then
  echo "FAIL $script: exit status $status, expected 0"
  tail -5 "$err"
  exit 1
fi
echo "PASS $script"
