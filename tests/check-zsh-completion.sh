#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The PyMemLab authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The zsh completion offers the commands of `pymemlab --help` and, command
# by command, the options of `pymemlab COMMAND --help`; with zsh installed
# the file must also parse.
#
# check-zsh-completion.sh PYMEMLAB COMPLETION_FILE
set -uo pipefail

pymemlab=$1
completion=$2
status=0
source "$(dirname "$0")/help-options.sh"

# The options of one command's _arguments block: each spec starts with a
# quote, a brace or a comma (an exclusion list ends with a parenthesis);
# $preset holds the --preset spec every command shares
completion_options () {
  CASE="      $1)" awk '
    $0 == ENVIRON["CASE"] { inside = 1; next }
    inside && /^        ;;/ { inside = 0 }
    inside { print }
  ' "$completion" | sed "s/\\\$preset/'--preset/" | grep -oE "['{,)]--?[a-z][a-z-]*" | tr -d "'{,)" | sort -u
}

commands_help=$(help_commands)
commands_completion=$(sed -n "/^local -a commands=(/,/^)/ s/^  '\([a-z]*\):.*/\1/p" "$completion" | sort)
[ -n "$commands_help" ] || { echo "FAIL: no commands found in pymemlab --help"; status=1; }
compare "commands" "$commands_help" "$commands_completion" "zsh completion"

for command in $commands_help; do
  compare "$command" "$(help_options "$command")" "$(completion_options "$command")" "zsh completion"
done

if command -v zsh >/dev/null; then
  zsh -n "$completion" || { echo "FAIL: zsh cannot parse $completion"; status=1; }
fi

[ $status -eq 0 ] && echo "the zsh completion and --help agree: $(echo $commands_help)"
exit $status
