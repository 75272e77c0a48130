#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The PyMemLab authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check-translated-output.sh PYMEMLAB LOCALEDIR CHECK
# Runs pymemlab under LANGUAGE=xx with the catalogs built in LOCALEDIR
# (the build tree's po/, through PYMEMLAB_LOCALEDIR: nothing installed)
#   gc-log-de    run --gc-log speaks German, and English without LANGUAGE
#   help-de      pymemlab --help speaks German
#   handout-fr   a handout's pages speak French (read back with pdftotext)
#   handout-wrap-fr  no French narration runs into the right margin or off
#                the page (pdftotext -bbox gives each word's box)
# glibc honours LANGUAGE under any locale but C and POSIX, and C.UTF-8 is
# built into glibc 2.35 and later (Debian 12 has 2.36): no locale needs
# generating.
set -euo pipefail
pymemlab=$1
localedir=$2
check=$3

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PYMEMLAB_LOCALEDIR=$localedir
unset LC_MESSAGES LANG
export LC_ALL=C.UTF-8

fail () {
  printf 'FAIL: %s\n' "$1"
  shift
  printf '%s\n' "$@"
  exit 1
}

# the cycle lesson: one collection before, one after two objects refer to each other
cat > "$work/cycle.py" <<'PY'
import gc
class Node:
    pass
gc.collect()
a = Node()
b = Node()
a.other = b
b.other = a
del a, b
print(gc.collect())
PY

case $check in
  gc-log-de)
    LANGUAGE=de "$pymemlab" run --gc-log "$work/cycle.py" >"$work/out" 2>"$work/err"
    grep -qxF "2" "$work/out" || fail "the script's own output changed" "$(cat "$work/out")"
    grep -qF "gc: Sammlung von Generation 2 (gc.collect()), Zeile 10" "$work/err" \
      || fail "no German --gc-log block for line 10" "$(cat "$work/err")"
    grep -qF "unerreichbar 2, eingesammelt 2, nicht einsammelbar 0, in Generation 2 behalten" "$work/err" \
      || fail "the German --gc-log numbers are missing" "$(cat "$work/err")"
    grep -qF "(Interpreter wird beendet)" "$work/err" \
      || fail "the shutdown collection is not named in German" "$(cat "$work/err")"
    # the same run without LANGUAGE stays English: the German came from the catalog
    "$pymemlab" run --gc-log "$work/cycle.py" >/dev/null 2>"$work/err-en"
    grep -qF "gc: collection of generation 2 (gc.collect()), line 10" "$work/err-en" \
      || fail "English --gc-log changed" "$(cat "$work/err-en")"
    ;;
  help-de)
    LANGUAGE=de "$pymemlab" --help >"$work/out" 2>&1 || true
    grep -qF "Befehle (sie brauchen keine Anzeige):" "$work/out" || fail "pymemlab --help is not German" "$(cat "$work/out")"
    LANGUAGE=de "$pymemlab" run --help >"$work/out" 2>&1 || true
    grep -qF "Jede Sammlung des Zyklensammlers auf der Standardfehlerausgabe beschreiben" "$work/out" \
      || fail "pymemlab run --help is not German" "$(cat "$work/out")"
    ;;
  handout-fr)
    if ! command -v pdftotext >/dev/null; then
      echo "pdftotext (poppler-utils) is missing"
      exit 77
    fi
    LANGUAGE=fr "$pymemlab" handout -o "$work/cycle.pdf" "$work/cycle.py" >"$work/out" 2>&1 \
      || fail "pymemlab handout failed" "$(cat "$work/out")"
    grep -qF "pages" "$work/out" || fail "no page count" "$(cat "$work/out")"
    pdftotext -enc UTF-8 "$work/cycle.pdf" "$work/cycle.txt"
    # pdftotext breaks lines where the page does: look at the words
    tr -s ' \n' '  ' < "$work/cycle.txt" > "$work/words.txt"
    for sentence in "La ligne 5 s’est exécutée." "Elle a créé un objet Node." \
                    "compteurs de références ont changé" "Le ramasse-miettes de cycles s’est exécuté une fois." \
                    "Le tas après la ligne" "Les objets après la ligne"; do
      grep -qF "$sentence" "$work/words.txt" || fail "the handout lacks “$sentence”" "$(cat "$work/cycle.txt")"
    done
    if grep -qF "Line 5 ran." "$work/words.txt"; then
      fail "the handout still has English page text" "$(cat "$work/cycle.txt")"
    fi
    ;;
  handout-wrap-fr)
    if ! command -v pdftotext >/dev/null; then
      echo "pdftotext (poppler-utils) is missing"
      exit 77
    fi
    # a class body's line narrates a long list of objects: in French it is
    # longer than the page is wide
    LANGUAGE=fr "$pymemlab" handout -o "$work/cycle.pdf" "$work/cycle.py" >"$work/out" 2>&1 \
      || fail "pymemlab handout failed" "$(cat "$work/out")"
    pdftotext -enc UTF-8 -bbox "$work/cycle.pdf" "$work/boxes.html"
    grep -qF "getset_descriptor" "$work/boxes.html" || fail "the long sentence is missing" "$(cat "$work/boxes.html")"
    # the page margin is 28 points; a word ending inside it overflowed
    awk -F'"' '/<page width=/ { width = $2 }
               /<word / { if ($6 > width - 27) { print "past the margin:", $6, $0; bad = 1 } }
               END { exit bad }' "$work/boxes.html" >"$work/bad" \
      || fail "narration runs past the right margin" "$(cat "$work/bad")"
    ;;
  *)
    echo "unknown check $check" >&2
    exit 2
    ;;
esac
echo "$check: ok"
