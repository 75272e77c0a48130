#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The PyMemLab authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs what is missing, builds PyMem Lab and runs every test: the
# normal build (the window's tests under Xvfb), then a build with
# AddressSanitizer and UndefinedBehaviorSanitizer for the engine, the
# renderer, the command line and the fuzz targets, each fed its corpus once
# (tests/fuzz/README.md). Ends with one line: "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")/.."

build-aux/install-deps.sh || exit 1

status=0
# Configures a build directory quietly, showing meson's log when it fails
setup () {
  local dir=$1
  shift
  local log
  log=$(mktemp)
  if [ -f "$dir/build.ninja" ]; then
    meson setup --reconfigure "$dir" "$@" >"$log" 2>&1
  else
    meson setup "$dir" "$@" >"$log" 2>&1
  fi || { cat "$log"; rm -f "$log"; echo "meson setup $dir failed"; return 1; }
  rm -f "$log"
}

# 1. The normal build: every suite; the window's under a virtual display
setup _build || exit 1
meson compile -C _build || exit 1
meson test -C _build --no-suite gui --print-errorlogs || status=1
cp _build/meson-logs/testlog.json _build/meson-logs/testlog-headless.json
rm -f _build/meson-logs/testlog.json
xvfb-run -a -s "-screen 0 1280x1024x24" meson test -C _build --suite gui --print-errorlogs || status=1
touch _build/meson-logs/testlog.json
mv _build/meson-logs/testlog.json _build/meson-logs/testlog-gui.json

# 2. Sanitizers: memory errors and undefined behaviour fail the run
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
setup _build-sanitize -Db_sanitize=address,undefined -Db_lundef=false -Dgui=disabled -Dbuildtype=debug || exit 1
meson compile -C _build-sanitize || exit 1
meson test -C _build-sanitize --suite engine --suite render --suite cli --suite fuzz --print-errorlogs --timeout-multiplier 4 || status=1

python3 - _build/meson-logs/testlog-headless.json _build/meson-logs/testlog-gui.json \
  _build-sanitize/meson-logs/testlog.json <<'PY'
import json, sys
# A known failure (should_fail: a classroom script the interpreter cannot
# run yet) is not a pass: it counts as skipped
passed = failed = skipped = 0
for path in sys.argv[1:]:
    with open(path) as log:
        for line in log:
            result = json.loads(line)["result"]
            if result == "OK":
                passed += 1
            elif result in ("SKIP", "EXPECTEDFAIL"):
                skipped += 1
            else:
                failed += 1
print(f"{passed} passed, {failed} failed, {skipped} skipped")
PY
exit $status
