#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The PyMemLab authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# `pymemlab diff --preset cpython-3.8 --preset cpython-3.11 list_growth.py`
# against what the real 3.8.18 and 3.11.7 reported (tests/versions/,
# recorded by record.sh): the pool and arena sizes, the thresholds, the
# sys.getsizeof () answers and the printed lines that differ.
#
# check-version-diff.sh PYMEMLAB VERSIONS_DIR
set -uo pipefail

pymemlab=$1
dir=$2
status=0
out=$("$pymemlab" diff --preset cpython-3.8 --preset cpython-3.11 "$dir/list_growth.py") || { echo "diff failed"; exit 1; }

fail () { echo "FAIL: $*"; status=1; }

# the value under PRESET of the row LABEL in the section that starts with HEADER
row () {
  awk -v header="$1" -v label="  $2" -v preset="    $3:" '
    index($0, header) == 1 { inside = 1; next }
    inside && /^$/ { inside = 0 }
    inside && $0 == label { in_row = 1; next }
    inside && in_row && index($0, preset) == 1 { sub(/^ *[^ ]*: */, ""); print; exit }
    inside && /^  [^ ]/ { in_row = 0 }
  ' <<<"$out"
}

# "88 ×4, 120 ×2" -> "88 88 88 88 120 120"
expand () {
  tr ',' '\n' | awk 'NF { n = 1; if ($2 ~ /^×/) n = substr($2, 3) + 0; for (i = 0; i < n; i++) printf "%s%s", (c++ ? " " : ""), $1 } END { print "" }'
}

for minor in 3.8 3.11; do
  pool=$(sed -n 's/^pool //p' "$dir/list_growth.cpython-$minor.malloc")
  arena=$(sed -n 's/^arena //p' "$dir/list_growth.cpython-$minor.malloc")
  [[ $(row "The whole run" "pool size" cpython-$minor) == *"($pool bytes)" ]] || fail "pool size of $minor is not $pool"
  [[ $(row "The whole run" "arena size" cpython-$minor) == *"($arena bytes)" ]] || fail "arena size of $minor is not $arena"

  # line 5 asks once (the same in both), line 8 twenty times
  real=$(cut -d' ' -f2- "$dir/list_growth.cpython-$minor.getsizeof")
  ours=$(row "Line 8:" "sys.getsizeof () answers" cpython-$minor | expand)
  [[ $ours == "$real" ]] || fail "getsizeof answers of $minor: '$ours', real '$real'"
done

if cmp -s "$dir/list_growth.cpython-3.8.gc" "$dir/list_growth.cpython-3.11.gc"; then
  grep -q "^  collector thresholds" <<<"$out" && fail "thresholds shown as different"
else
  grep -q "^  collector thresholds" <<<"$out" || fail "thresholds not shown as different"
fi

# the printed lines that differ, as diff(1) sees the real outputs
real_a=$(diff "$dir/list_growth.cpython-3.8.out" "$dir/list_growth.cpython-3.11.out" | sed -n 's/^< //p')
real_b=$(diff "$dir/list_growth.cpython-3.8.out" "$dir/list_growth.cpython-3.11.out" | sed -n 's/^> //p')
[[ $(row "Line 10:" printed cpython-3.8) == "$real_a" ]] || fail "printed under 3.8 is not '$real_a'"
[[ $(row "Line 10:" printed cpython-3.11) == "$real_b" ]] || fail "printed under 3.11 is not '$real_b'"
[[ $(grep -c "^  printed" <<<"$out") == 1 ]] || fail "other lines printed differently"

# A script that fails under 3.8 alone: its status and error, as the real ones
out=$("$pymemlab" diff --preset cpython-3.8 --preset cpython-3.11 "$dir/fails_under_one.py") || fail "diff of fails_under_one.py failed"
for minor in 3.8 3.11; do
  rc=$(cat "$dir/fails_under_one.cpython-$minor.rc" 2>/dev/null || echo 0)
  err=$(cat "$dir/fails_under_one.cpython-$minor.err" 2>/dev/null)
  [[ $(row "The whole run" "exit status" cpython-$minor) == "$rc" ]] || fail "exit status of $minor is not $rc"
  [[ $(row "The whole run" "last line of standard error" cpython-$minor) == "${err:-none}" ]] || fail "error of $minor is not '$err'"
done

# 3.11 against 3.13: the thresholds, as gc.get_threshold () gave them
out=$("$pymemlab" diff --preset cpython-3.11 --preset cpython-3.13 "$dir/list_growth.py") || fail "diff 3.11 3.13 failed"
for minor in 3.11 3.13; do
  real="($(sed 's/ /, /g' "$dir/list_growth.cpython-$minor.gc"))"
  [[ $(row "The whole run" "collector thresholds" cpython-$minor) == "$real" ]] || fail "thresholds of $minor are not $real"
done

# An interned string: immortal in 3.12, counted in 3.13, as they printed
out=$("$pymemlab" diff --preset cpython-3.12 --preset cpython-3.13 "$dir/interned_refcount.py") || fail "diff 3.12 3.13 failed"
for minor in 3.12 3.13; do
  [[ $(row "Line 5:" "sys.getrefcount () answers" cpython-$minor) == $(sed -n 1p "$dir/interned_refcount.cpython-$minor.out") ]] ||
    fail "line 5's count under $minor"
  [[ $(row "Line 7:" "sys.getrefcount () answers" cpython-$minor) == $(sed -n 2p "$dir/interned_refcount.cpython-$minor.out") ]] ||
    fail "line 7's count under $minor"
done

# Bad presets and scripts: a message, status 2
check_refused () {
  local expected=$1; shift
  local msg
  msg=$("$pymemlab" diff "$@" 2>&1 >/dev/null)
  local rc=$?
  [[ $rc == 2 ]] || fail "diff $* exited $rc"
  [[ $msg == *"$expected"* ]] || fail "diff $*: '$msg' does not say '$expected'"
}
check_refused 'unknown preset “cpython-3.7”' --preset cpython-3.7 --preset cpython-3.11 "$dir/list_growth.py"
check_refused 'two presets' --preset cpython-3.8 "$dir/list_growth.py"
check_refused 'no such script' --preset cpython-3.8 --preset cpython-3.9 "$dir/nothere.py"
bad=$(mktemp --suffix=.py)
printf 'x = (1,\nprint(x)\n' >"$bad"
check_refused "under cpython-3.8: $bad:1:5:" --preset cpython-3.8 --preset cpython-3.12 "$bad"
rm -f "$bad"

[[ $status == 0 ]] && echo "ok"
exit $status
