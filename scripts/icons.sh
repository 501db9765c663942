#!/usr/bin/env bash
# Renders the app icon (icons/waymark.svg) at the hicolor sizes the desktop package
# installs, into icons/hicolor/NxN/waymark.png (committed; run again after changing the
# SVG). Needs rsvg-convert (librsvg2-bin, which scripts/setup.sh installs).
set -euo pipefail
cd "$(dirname "$0")/.."
for size in 16 24 32 48 64 128 256 512; do
  mkdir -p "icons/hicolor/${size}x${size}"
  rsvg-convert -w "$size" -h "$size" icons/waymark.svg -o "icons/hicolor/${size}x${size}/waymark.png"
done
echo "icons: rendered $(ls icons/hicolor | wc -l) sizes"
