#!/usr/bin/env bash
# Renders the sample's SVG export in headless Chromium and in resvg (Waymark's PNG export
# is that SVG rendered by resvg) and reports how far apart they are: the mean absolute
# error and the pixels that differ by more than 25% (glyph anti-aliasing differs a little
# between the two rasterisers; anything misplaced shows up as many such pixels). Needs
# Debian's chromium (apt-get install chromium) and ImageMagick. Exits 1 when the mean
# error exceeds 1% or more than 0.1% of the pixels differ by more than 25%, for the SVG
# with text as text (Chromium given the bundled Inter) and with text as outlines.
#
#   bash scripts/compare-chromium.sh [PROJECT] [OUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
project=${1:-crates/core/assets/samples/online-grocery.waymark}
out=${2:-target/chromium-compare}
mkdir -p "$out"
out=$(cd "$out" && pwd)
command -v chromium >/dev/null || { echo "compare-chromium: install chromium (apt-get install chromium)" >&2; exit 1; }
cargo build --quiet --locked
waymark=target/debug/waymark

# Chromium gets the bundled Inter through a private fontconfig home, so text-as-text SVG
# is compared with the same font; the outlined SVG needs no font at all.
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
mkdir -p "$home/.local/share/fonts"
cp crates/core/assets/fonts/Inter-*.otf "$home/.local/share/fonts/"

status=0
for text in outlined text; do
  svg="$out/map-$text.svg"
  "$waymark" export "$project" -o "$svg" --text "$text"
  "$waymark" export "$project" -o "$out/resvg.png"
  size=$(identify -format '%w,%h' "$out/resvg.png")
  HOME="$home" chromium --headless --no-sandbox --disable-gpu --hide-scrollbars \
    --force-device-scale-factor=1 --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --disable-quic --user-data-dir="$home/chrome" \
    --window-size="$size" --screenshot="$out/chromium-$text.png" "file://$svg" >/dev/null 2>&1
  convert "$out/chromium-$text.png" -alpha off "$out/chromium-$text.png"
  convert "$out/resvg.png" -alpha off "$out/resvg-flat.png"
  total=$(identify -format '%[fx:w*h]' "$out/resvg-flat.png")
  differing=$(compare -metric AE -fuzz 25% "$out/resvg-flat.png" "$out/chromium-$text.png" "$out/diff-$text.png" 2>&1 || true)
  differing=${differing%% *}
  mae=$(compare -metric MAE "$out/resvg-flat.png" "$out/chromium-$text.png" null: 2>&1 || true)
  mae=$(echo "$mae" | sed -E 's/.*\(([0-9.e-]+)\).*/\1/')
  share=$(awk -v d="$differing" -v t="$total" 'BEGIN { printf "%.4f", 100 * d / t }')
  mae_pct=$(awk -v m="$mae" 'BEGIN { printf "%.3f", 100 * m }')
  echo "SVG with text as $text: mean error $mae_pct%, $differing of $total pixels ($share%) differ by more than 25%; diff: $out/diff-$text.png"
  if awk -v m="$mae_pct" -v s="$share" 'BEGIN { exit !(m > 1 || s > 0.1) }'; then
    status=1
  fi
done
exit $status
