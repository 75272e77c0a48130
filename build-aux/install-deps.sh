#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The PyMemLab authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs the Debian 12 packages PyMem Lab needs to build, run and test,
# when some are missing. Runs apt-get as root, or through sudo.
set -euo pipefail

packages=(
  # build
  gcc meson ninja-build pkg-config gettext
  libglib2.0-dev libglib2.0-bin libjson-glib-dev libcairo2-dev libpango1.0-dev
  libgtk-4-dev libadwaita-1-dev libgtksourceview-5-dev
  # data validation
  desktop-file-utils appstream librsvg2-bin
  # tests: the window under a virtual display, and keys pressed on it;
  # sanitizers' runtime; pdftotext, to read what a handout's pages say
  xvfb xauth xdotool libclang-rt-14-dev poppler-utils
  # the accessibility test: a D-Bus session, the AT-SPI bus, and pyatspi
  # for the system's python3
  dbus at-spi2-core python3-pyatspi
  # benchmark: CPython's real allocator, side by side
  libpython3.11-dev
  # the user guide; the Debian package and its test
  itstool yelp-tools dpkg-dev debhelper lintian
)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
