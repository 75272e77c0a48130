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
source "$(dirname "$0")/help-options.sh"

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

commands_help=$(help_commands)
commands_man=$(sed -n 's/^\.SS \([a-z]*\) .*/\1/p' "$man" | sort)
compare "commands" "$commands_help" "$commands_man" "manual page"
[ -n "$commands_help" ] || { echo "FAIL: no commands found in pymemlab --help"; status=1; }

common=$(man_options '.SH COMMON OPTIONS')
for command in $commands_help; do
  section=$(grep -m1 "^\.SS $command " "$man")
  compare "$command" "$(help_options "$command")" \
    "$( (man_options "$section"; echo "$common" | grep -v -- '--version') | sort -u)" "manual page"
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
