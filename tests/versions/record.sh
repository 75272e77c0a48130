#!/bin/sh
# SPDX-FileCopyrightText: 2026 The PyMemLab authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# record.sh VERSION...   (pyenv's pythons, e.g. 3.8.18 3.11.7)
# Records, from the real interpreters, what `pymemlab diff` claims about
# list_growth.py (a copy of data/examples/list_growth.py), into
# list_growth.cpython-X.Y.*:
#   .out        the script's output
#   .getsizeof  every answer sys.getsizeof () gave the script, in order
#   .malloc     the arena and pool sizes sys._debugmallocstats () reports
#   .gc         gc.get_threshold ()
# and, for fails_under_one.py (an assertion on a list's size) and
# interned_refcount.py (sys.getrefcount of an interned string), the output
# (.out) and, when the script fails, its exit status (.rc) and the last
# line of its standard error (.err).
# check-version-diff.sh compares the diff's rows with them. Run from here.
set -eu
for version in "$@"; do
  minor=${version%.*}
  python=$(pyenv root)/versions/$version/bin/python$minor
  base=list_growth.cpython-$minor
  PYTHONHASHSEED=0 "$python" list_growth.py >"$base.out"
  PYTHONHASHSEED=0 "$python" -c '
import sys
answers = []
real_getsizeof = sys.getsizeof
def logged_getsizeof(*args):
    answers.append(real_getsizeof(*args))
    return answers[-1]
sys.getsizeof = logged_getsizeof
exec(compile(open("list_growth.py").read(), "list_growth.py", "exec"), {"__name__": "__main__"})
sys.stdout.flush()
print(" ".join(str(a) for a in answers), file=sys.stderr)
' 2>"$base.getsizeof" >/dev/null
  "$python" -c 'import sys; sys._debugmallocstats()' 2>&1 \
    | sed -n 's/^[0-9]* arenas \* \([0-9]*\) bytes\/arena.*/arena \1/p; s/^[0-9]* unused pools \* \([0-9]*\) bytes.*/pool \1/p' >"$base.malloc"
  "$python" -c 'import gc; print(*gc.get_threshold())' >"$base.gc"
  for script in fails_under_one interned_refcount; do
    base=$script.cpython-$minor
    status=0
    PYTHONHASHSEED=0 "$python" "$script.py" >"$base.out" 2>"$base.stderr" || status=$?
    rm -f "$base.rc" "$base.err"
    if [ "$status" != 0 ]; then
      echo "$status" >"$base.rc"
      tail -n 1 "$base.stderr" >"$base.err"
    fi
    rm -f "$base.stderr"
  done
done
