#!/usr/bin/env bash
# Installs the system packages Waymark needs on a Debian/Ubuntu machine: the OpenGL/X11
# libraries the window loads at run time, and Xvfb/xdotool/ImageMagick for the end-to-end
# test and screenshots, poppler-utils to check PDF exports, fontconfig (loaded at run time)
# and the Noto fonts that draw every script other than Latin, Greek and Cyrillic; chromium
# (headless, to test the HTML viewer export) and python-pptx (from PyPI, over Debian's
# python3-pip, lxml and Pillow: it is not packaged by Debian) to open the PPTX export.
# Safe to run again; does nothing when everything is there.
# `setup.sh --package` also installs what scripts/package.sh uses to validate and check the
# Debian package: desktop-file-utils, appstream, shared-mime-info, xdg-utils and
# libfile-mimeinfo-perl (how xdg-mime tells file types outside a desktop environment).
set -euo pipefail

packages=(
  libgl1 libegl1 libgl1-mesa-dri libxkbcommon-x11-0 libxcursor1 libxrandr2 libxi6 librsvg2-bin
  xvfb xauth xdotool imagemagick poppler-utils
  libfontconfig1 fonts-noto-core fonts-noto-cjk fonts-noto-color-emoji
  chromium python3 python3-pip python3-lxml python3-pil
)
if [[ ${1:-} == --package ]]; then
  packages+=(desktop-file-utils appstream shared-mime-info xdg-utils libfile-mimeinfo-perl)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]})); then
  sudo=""
  [[ $(id -u) -eq 0 ]] || sudo="sudo"
  echo "setup: installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! python3 -c 'import pptx' 2>/dev/null; then
  echo "setup: installing python-pptx"
  python3 -m pip install -q --break-system-packages python-pptx 2>/dev/null ||
    python3 -m pip install -q python-pptx
fi

command -v cargo >/dev/null || { echo "setup: cargo not found; install Rust 1.95 with rustup" >&2; exit 1; }
