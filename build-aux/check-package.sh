#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The PyMemLab authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds the Debian package from the tree, unpacks it into a scratch root
# and checks what it installs against tests/package/installed-files.txt;
# runs the installed pymemlab on an installed example, and lintian.
#
# check-package.sh SOURCE_DIR WORK_DIR
#
# WORK_DIR keeps the package's meson build between runs (the copy of the
# tree is refreshed with the files' times kept), so a second run rebuilds
# only what changed. Exit status 77 (skipped) where dpkg-buildpackage
# cannot run.
set -euo pipefail

source_dir=$(cd "$1" && pwd)
work=$2
expected=$source_dir/tests/package/installed-files.txt

skip () {
  echo "SKIP: $*"
  exit 77
}

command -v dpkg-buildpackage >/dev/null || skip "dpkg-buildpackage is not installed (apt-get install dpkg-dev)"
command -v dh >/dev/null || skip "debhelper is not installed"
cd "$source_dir"
dpkg-checkbuilddeps 2>/dev/null || skip "build dependencies missing: $(dpkg-checkbuilddeps 2>&1 | sed 's/.*Unmet build dependencies: //')"

# A fresh copy of the tree beside the kept build folder (obj-*)
mkdir -p "$work/src"
find "$work/src" -mindepth 1 -maxdepth 1 ! -name 'obj-*' -exec rm -rf {} +
tar -C "$source_dir" --exclude='./_build*' --exclude='./.git' --exclude='./obj-*' \
  --exclude='./debian/pymemlab' --exclude='./debian/.debhelper' -cf - . | tar -C "$work/src" -xf -
rm -f "$work"/pymemlab_* "$work"/pymemlab-dbgsym_*

log=$work/dpkg-buildpackage.log
if ! (cd "$work/src" && DEB_BUILD_OPTIONS="nocheck parallel=2" dpkg-buildpackage -us -uc -b -nc) >"$log" 2>&1; then
  tail -n 40 "$log"
  echo "FAIL: dpkg-buildpackage (log: $log)"
  exit 1
fi

deb=$(ls "$work"/pymemlab_*.deb)
root=$work/root
rm -rf "$root"
dpkg -x "$deb" "$root"

# Translations come and go with po/LINGUAS: checked apart from the list
actual=$work/installed-files.txt
(cd "$root" && find . ! -type d | sed 's|^\.||' | grep -v '^/usr/share/locale/' | LC_ALL=C sort) >"$actual"
status=0
if ! diff -u "$expected" "$actual"; then
  echo "FAIL: the package's files differ from $expected (- expected, + installed)"
  status=1
fi
for lang in $(sed 's/#.*//' po/LINGUAS); do
  if [ ! -f "$root/usr/share/locale/$lang/LC_MESSAGES/pymemlab.mo" ]; then
    echo "FAIL: no translation for $lang in the package"
    status=1
  fi
done

# The installed program runs an installed example
if ! "$root/usr/bin/pymemlab" run "$root/usr/share/pymemlab/examples/refcounts.py" >/dev/null; then
  echo "FAIL: the installed pymemlab could not run an installed example"
  status=1
fi

if command -v lintian >/dev/null; then
  lintian_out=$(lintian --fail-on none "$work"/pymemlab_*.changes 2>&1 || true)
  echo "$lintian_out"
  if echo "$lintian_out" | grep -q '^E: '; then
    echo "FAIL: lintian reports errors"
    status=1
  fi
else
  echo "lintian is not installed: not run"
fi

exit $status
