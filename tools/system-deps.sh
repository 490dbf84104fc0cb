#!/usr/bin/env bash
# Installs what a fresh Debian/Ubuntu machine lacks to run eulac-desktop and its tests:
# Python's venv, the libraries Qt's xcb platform needs, Xvfb for the tests that need a real window, Chromium
# and npm for the tests of the phones' page (Playwright drives the system's Chromium; axe-core comes from npm),
# Syncthing (venue sync between laptops, and its tests), and for `make dist` the C compiler (ICU's data library,
# tools/dist_icu.py; OR-Tools' stubs, tools/dist_stubs.py), the C++ compiler and Python's headers (numpy, built
# without BLAS), strip and file (tools/dist_strip.sh), xz (the download's .tar.xz).
# As root (or with password-less sudo) it runs apt-get; otherwise it prints the one command to run.
set -u

if [ "$(uname -s)" != "Linux" ] || ! command -v dpkg >/dev/null 2>&1; then
  exit 0  # macOS, Windows or a non-Debian Linux: PySide6's wheels bring what they need there.
fi

# "what to look for" : "package(s) that provide it, the first that apt knows is taken"
checks=(
  "py:venv ensurepip:python3-venv"
  "lib:libEGL.so.1:libegl1"
  "lib:libGL.so.1:libgl1"
  "lib:libfontconfig.so.1:libfontconfig1"
  "lib:libfreetype.so.6:libfreetype6"
  "lib:libxkbcommon.so.0:libxkbcommon0"
  "lib:libxkbcommon-x11.so.0:libxkbcommon-x11-0"
  "lib:libdbus-1.so.3:libdbus-1-3"
  "lib:libglib-2.0.so.0:libglib2.0-0t64 libglib2.0-0"
  "lib:libX11-xcb.so.1:libx11-xcb1"
  "lib:libxcb-cursor.so.0:libxcb-cursor0"
  "lib:libxcb-icccm.so.4:libxcb-icccm4"
  "lib:libxcb-image.so.0:libxcb-image0"
  "lib:libxcb-keysyms.so.1:libxcb-keysyms1"
  "lib:libxcb-randr.so.0:libxcb-randr0"
  "lib:libxcb-render-util.so.0:libxcb-render-util0"
  "lib:libxcb-shape.so.0:libxcb-shape0"
  "lib:libxcb-xinerama.so.0:libxcb-xinerama0"
  "lib:libxcb-xkb.so.1:libxcb-xkb1"
  "bin:Xvfb:xvfb"
  "bin:xauth:xauth"
  "bin:pdftoppm:poppler-utils"
  "bin:pdftotext:poppler-utils"
  "lib:libpulse.so.0:libpulse0"
  "bin:chromium:chromium"
  "bin:npm:npm"
  "bin:syncthing:syncthing"
  "bin:gcc:gcc"
  "bin:g++:g++"
  "pyh:Python.h:python3-dev"
  "bin:strip:binutils"
  "bin:file:file"
  "bin:xz:xz-utils"
)

have() {
  local kind=$1 what=$2
  case $kind in
    py)  python3 -c "import ${what// /, }" >/dev/null 2>&1 ;;
    lib) ldconfig -p 2>/dev/null | grep -q "[[:space:]]$what " ;;
    bin) command -v "$what" >/dev/null 2>&1 ;;
    pyh) python3 -c "import os, sys, sysconfig; sys.exit(not os.path.isfile(os.path.join(sysconfig.get_paths()['include'], '$what')))" >/dev/null 2>&1 ;;
  esac
}

missing=()
for entry in "${checks[@]}"; do
  IFS=: read -r kind what pkgs <<<"$entry"
  have "$kind" "$what" || missing+=("$pkgs")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then sudo=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo="sudo -n"
else sudo="none"
fi

if [ "$sudo" != "none" ]; then
  $sudo apt-get update -qq >/dev/null || true
fi
packages=()
for pkgs in "${missing[@]}"; do
  chosen=""
  for p in $pkgs; do
    if apt-cache show "$p" >/dev/null 2>&1; then chosen=$p; break; fi
  done
  packages+=("${chosen:-${pkgs%% *}}")
done

if [ "$sudo" = "none" ]; then
  echo "eulac-desktop needs these system packages. Please run, then try again:" >&2
  echo "  sudo apt-get install -y ${packages[*]}" >&2
  exit 0
fi
echo "Installing system packages for Qt and the tests: ${packages[*]}"
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
