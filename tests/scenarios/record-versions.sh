#!/bin/sh
# record-versions.sh VERSION...   (e.g. 3.12.1 3.13.0; pyenv's pythons)
# Records each scenario's standard output, and for failing scripts the exit
# status and the last line of standard error, from another real CPython, into
# cpython-X.Y/, so the simulator's presets for those versions can be checked
# the way the conformance corpus checks 3.11. Run from tests/scenarios.
set -eu
for version in "$@"; do
  minor=${version%.*}
  python=$(pyenv root)/versions/$version/bin/python$minor
  for script in *.py tier2/*.py; do
    name=$(echo "${script%.py}" | tr / _)
    out=cpython-$minor/$name
    mkdir -p "cpython-$minor"
    status=0
    (cd "$(dirname "$script")" && PYTHONHASHSEED=0 "$python" "$(basename "$script")") >"$out.out" 2>"$out.stderr" || status=$?
    if [ "$status" != 0 ]; then
      echo "$status" >"$out.rc"
      tail -n 1 "$out.stderr" >"$out.err"
    fi
    rm -f "$out.stderr"
  done
done
