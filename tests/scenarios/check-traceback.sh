#!/bin/sh
# check-traceback.sh PYMEMLAB SCRIPT.py
# Runs a script that ends in an uncaught exception and compares its whole
# standard error with what python3.11 printed (NAME.stderr, the script's
# absolute path written as SCRIPT): the frames, the source lines, the
# carets under the failing expression, the chained exceptions.
set -u
pymemlab=$1
script=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
expected=${script%.py}.stderr
err=$(mktemp)
trap 'rm -f "$err"' EXIT

"$pymemlab" run "$script" >/dev/null 2>"$err"
status=$?
if [ "$status" != 1 ]; then
  echo "FAIL $script: exit status $status, CPython's was 1"
  tail -5 "$err"
  exit 1
fi
# the path as CPython printed it, replaced by the placeholder
if ! sed "s|$script|SCRIPT|g" "$err" | cmp -s - "$expected"; then
  echo "FAIL $script: standard error differs from $expected"
  sed "s|$script|SCRIPT|g" "$err" | diff "$expected" - | head -30
  exit 1
fi
echo "OK $script"
