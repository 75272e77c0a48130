#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The PyMemLab authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check-potfiles.sh SOURCE_ROOT
# Fails when po/POTFILES.in does not list exactly the files that hold
# translatable strings: C files using _(), N_(), C_() or ngettext(), .ui files with
# translatable="yes", the desktop, metainfo, MIME and schema files, and the
# examples' index.
set -euo pipefail
cd "$1"

expected=$( {
  grep -rlE '\b(_|N_|C_|NC_|ngettext|g_dngettext) ?\(' --include='*.c' src || true
  grep -rl 'translatable="yes"' --include='*.ui' ui 2>/dev/null || true
  ls data/*.desktop.in data/*.metainfo.xml.in data/*.mime.xml.in data/*.gschema.xml data/examples/*.desktop
} | LC_ALL=C sort -u)

listed=$(grep -vE '^\s*(#|$)' po/POTFILES.in | LC_ALL=C sort -u)

missing=$(comm -23 <(echo "$expected") <(echo "$listed"))
stale=$(comm -13 <(echo "$expected") <(echo "$listed"))

# xgettext cannot see through GLib's format macros: a message written
# "%" G_GINT64_FORMAT " bytes" is cut at the "%" and never translated
macros=$(grep -rnE '\b(_|N_|C_)\("[^"]*"\s*G_G(U?INT64|SIZE|SSIZE)_(FORMAT|MODIFIER)' --include='*.c' src || true)
if [ -n "$macros" ]; then
  printf 'Translatable messages with GLib format macros (use %%lld, %%llu, %%llx and casts):\n%s\n' "$macros"
  exit 1
fi

if [ -n "$missing" ] || [ -n "$stale" ]; then
  [ -n "$missing" ] && printf 'Missing from po/POTFILES.in:\n%s\n' "$missing"
  [ -n "$stale" ] && printf 'Listed in po/POTFILES.in but without translatable strings:\n%s\n' "$stale"
  exit 1
fi
echo "po/POTFILES.in lists all $(echo "$listed" | wc -l) files with translatable strings"
