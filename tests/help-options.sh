# SPDX-FileCopyrightText: 2026 The PyMemLab authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Sourced by the checks that hold a list of pymemlab's commands and options
# against `pymemlab [COMMAND] --help`: set $pymemlab and status=0 first.

# Options in --help: the words starting with - at the start of a line
help_options () {
  LC_ALL=C "$pymemlab" "$@" --help | grep -E '^  +-' | grep -oE '(^|[ ,])--?[a-z][a-z-]*' | tr -d ' ,' | sort -u
}

# The commands pymemlab --help lists
help_commands () {
  LC_ALL=C "$pymemlab" --help | awk '/^Commands/ { inside = 1; next } inside && /^  [a-z]/ { print $1 }' | sort
}

# compare WHAT FROM_HELP FROM_OTHER OTHER_NAME: says what only one side has
# and sets status=1 then
compare () {
  local what=$1 from_help=$2 from_other=$3 other=$4
  local only_help only_other
  only_help=$(comm -23 <(echo "$from_help") <(echo "$from_other"))
  only_other=$(comm -13 <(echo "$from_help") <(echo "$from_other"))
  if [ -n "$only_help" ]; then
    echo "FAIL: $what: in --help, not in the $other: $only_help"
    status=1
  fi
  if [ -n "$only_other" ]; then
    echo "FAIL: $what: in the $other, not in --help: $only_other"
    status=1
  fi
}
