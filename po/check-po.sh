#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The PyMemLab authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check-po.sh SOURCE_ROOT CHECK [LANG] -- XGETTEXT_ARGS...
#   format LANG   msgfmt --check --check-format passes on po/LANG.po
#   complete LANG every message the sources hold today is in po/LANG.po,
#                 translated and not fuzzy
#   pot           po/pymemlab.pot holds exactly the messages of the sources
# The messages of the sources come from xgettext run afresh, with the
# options po/meson.build gives the build's pymemlab-pot target.
set -euo pipefail
root=$1
check=$2
shift 2
lang=""
if [ "$1" != "--" ]; then
  lang=$1
  shift
fi
shift  # --

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fresh_pot () {
  (cd "$root" && xgettext --package-name=pymemlab --files-from=po/POTFILES.in -o "$work/fresh.pot" "$@")
}

case $check in
  format)
    msgfmt --check --check-format --statistics -o /dev/null "$root/po/$lang.po"
    ;;
  complete)
    fresh_pot "$@"
    # msgcmp fails on a message missing from the .po, untranslated or fuzzy
    msgcmp --no-fuzzy-matching "$root/po/$lang.po" "$work/fresh.pot"
    untranslated=$(msgattrib --untranslated --no-obsolete "$root/po/$lang.po" | grep -c '^msgid ' || true)
    fuzzy=$(msgattrib --only-fuzzy --no-obsolete "$root/po/$lang.po" | grep -c '^msgid ' || true)
    if [ "$untranslated" -gt 0 ] || [ "$fuzzy" -gt 0 ]; then
      echo "po/$lang.po: $untranslated untranslated, $fuzzy fuzzy"
      exit 1
    fi
    echo "po/$lang.po translates every message of the sources"
    ;;
  pot)
    fresh_pot "$@"
    # both ways: no message missing from the POT, none left over in it
    msgcmp --no-fuzzy-matching --use-untranslated "$root/po/pymemlab.pot" "$work/fresh.pot"
    msgcmp --no-fuzzy-matching --use-untranslated "$work/fresh.pot" "$root/po/pymemlab.pot"
    echo "po/pymemlab.pot is up to date (regenerate it with: meson compile -C _build pymemlab-pot)"
    ;;
  *)
    echo "unknown check $check" >&2
    exit 2
    ;;
esac
