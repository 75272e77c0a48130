#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The PyMemLab authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The manual page and `pymemlab [COMMAND] --help` list the same commands
# and, command by command, the same options.
#
# check-man-options.sh PYMEMLAB MANPAGE
set -uo pipefail

pymemlab=$1
man=$2
status=0

# Options in --help: the words starting with - at the start of a line
help_options () {
  LC_ALL=C "$pymemlab" "$@" --help | grep -E '^  +-' | grep -oE '(^|[ ,])--?[a-z][a-z-]*' | tr -d ' ,' | sort -u
}

# Options in the man page's section: the first word of each .TP tag
# (\- is a dash in roff; font escapes and arguments are dropped)
man_options () {
  # (through the environment: awk -v would read the backslashes as escapes)
  START=$1 awk '
    $0 == ENVIRON["START"] { inside = 1; next }
    inside && /^\.S[SH] / { inside = 0 }
    inside && tp { print; tp = 0 }
    inside && /^\.TP/ { tp = 1 }
  ' "$man" | sed 's/\\-/-/g; s/\\f[BIRP]//g' | grep -oE '(^|[ ",])--?[a-z][a-z-]*' | tr -d ' ",' | sort -u
}

compare () {
  local what=$1 from_help=$2 from_man=$3
  local only_help only_man
  only_help=$(comm -23 <(echo "$from_help") <(echo "$from_man"))
  only_man=$(comm -13 <(echo "$from_help") <(echo "$from_man"))
  if [ -n "$only_help" ]; then
    echo "FAIL: $what: in --help, not in the manual page: $only_help"
    status=1
  fi
  if [ -n "$only_man" ]; then
    echo "FAIL: $what: in the manual page, not in --help: $only_man"
    status=1
  fi
}

commands_help=$(LC_ALL=C "$pymemlab" --help | awk '/^Commands/ { inside = 1; next } inside && /^  [a-z]/ { print $1 }' | sort)
commands_man=$(sed -n 's/^\.SS \([a-z]*\) .*/\1/p' "$man" | sort)
compare "commands" "$commands_help" "$commands_man"
[ -n "$commands_help" ] || { echo "FAIL: no commands found in pymemlab --help"; status=1; }

common=$(man_options '.SH COMMON OPTIONS')
for command in $commands_help; do
  section=$(grep -m1 "^\.SS $command " "$man")
  compare "$command" "$(help_options "$command")" \
    "$( (man_options "$section"; echo "$common" | grep -v -- '--version') | sort -u)"
done

# The options the man page gives pymemlab itself work
for option in $common; do
  if ! "$pymemlab" "$option" >/dev/null; then
    echo "FAIL: pymemlab $option fails"
    status=1
  fi
done

[ $status -eq 0 ] && echo "the manual page and --help agree: $(echo $commands_help)"
exit $status
