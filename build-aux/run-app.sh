#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The PyMemLab authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs what is missing, builds PyMem Lab and opens it on a bundled
# example trace.
set -euo pipefail
cd "$(dirname "$0")/.."

build-aux/install-deps.sh
if [ ! -f _build/build.ninja ]; then
  meson setup _build
fi
meson compile -C _build

# The schema is compiled into the build directory, so no install is needed
export GSETTINGS_SCHEMA_DIR="$PWD/_build/data"
example=data/examples/cycles_and_collect.py
_build/src/pymemlab run "$example"
exec _build/src/pymemlab "$example"
