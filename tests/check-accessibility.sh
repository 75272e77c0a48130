#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The PyMemLab authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The accessibility test: under a display (xvfb-run, as the gui suite
# runs), starts its own D-Bus session and AT-SPI bus, opens PyMem Lab on
# an example, and walks the tree with check-accessibility.py.
# Usage: check-accessibility.sh PYMEMLAB EXAMPLE.py
set -euo pipefail

if [ -z "${PML_A11Y_INNER:-}" ]; then
  if ! /usr/bin/python3 -c 'import pyatspi' 2>/dev/null; then
    echo "python3-pyatspi is missing (build-aux/install-deps.sh installs it)" >&2
    exit 77
  fi
  exec env PML_A11Y_INNER=1 dbus-run-session -- "$0" "$@"
fi

pymemlab=$1
example=$2
here=$(dirname "$0")

/usr/libexec/at-spi-bus-launcher --launch-immediately &
bus=$!
app=
cleanup () {
  [ -n "$app" ] && kill "$app" 2>/dev/null || true
  kill "$bus" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap cleanup EXIT
sleep 1

# GTK talks to the AT-SPI bus only when GTK_A11Y lets it
env -u GTK_A11Y NO_AT_BRIDGE=0 "$pymemlab" "$example" &
app=$!

/usr/bin/python3 "$here/check-accessibility.py" "${PML_A11Y_WAIT:-90}"
