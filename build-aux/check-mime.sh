#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The PyMemLab authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check-mime.sh MIME_XML
# The shared-mime-info package is well-formed, and a MIME database built
# from it alone (update-mime-database, as installing it runs) knows
# *.pymemlab as application/x-pymemlab-lesson, with its icon.
set -euo pipefail

xml=$1
type=application/x-pymemlab-lesson
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
# a data directory of its own, searched (else the tool notes it is not)
db=$home/mime
export XDG_DATA_HOME=$home

xmllint --noout "$xml"
mkdir -p "$db/packages"
cp "$xml" "$db/packages/"
# it warns on what it does not understand, and still builds
warnings=$(update-mime-database "$db" 2>&1)
if [ -n "$warnings" ]; then
  echo "update-mime-database: $warnings"
  exit 1
fi
grep -q "^50:$type:\*\.pymemlab$" "$db/globs2" || { echo "FAIL: no *.pymemlab glob for $type"; cat "$db/globs2"; exit 1; }
grep -q "^$type:application-x-pymemlab-lesson$" "$db/icons" || { echo "FAIL: no icon for $type"; exit 1; }
grep -q "^$type application/json$" "$db/subclasses" || { echo "FAIL: $type is not a kind of JSON"; exit 1; }
[ -f "$db/${type}.xml" ] || { echo "FAIL: $type missing from the database"; exit 1; }
echo "ok: *.pymemlab is $type"
