#!/usr/bin/env bash
# Checks both SVG exports (text as text, text as outlines) in the clients designers import
# them into, outside the default test suite: Inkscape (Debian's `inkscape`, installed with
# apt-get when missing; not part of scripts/setup.sh) and headless Chromium (when
# installed). Each SVG is rendered to PNG at the map's size and compared with Waymark's own
# PNG of the same map (ImageMagick `compare -metric MAE`, 0–1, on a white background).
#
# The clients get the fonts a designer has: the bundled Inter through a private fontconfig
# home, and the computer's fonts (Noto Sans CJK for Japanese, Chinese and Korean). Text SVG
# names the families the layout used (see docs/architecture.md, "SVG text and fonts"); a
# client without them substitutes, which shows here as a larger difference, while the
# outlined SVG needs no font at all.
#
# Prints the mean pixel difference per client and SVG, keeps every PNG and a diff picture
# in OUT_DIR, and exits 1 when one is above LIMIT (default 0.01).
#
#   bash scripts/check-svg.sh [PROJECT] [MAP] [OUT_DIR]
#   LIMIT=0.02 bash scripts/check-svg.sh crates/core/tests/fixtures/ja-two-personas.waymark
set -euo pipefail
cd "$(dirname "$0")/.."
project=${1:-crates/core/assets/samples/online-grocery.waymark}
map=${2:-}
out=${3:-target/check-svg}
limit=${LIMIT:-0.01}
mkdir -p "$out"
out=$(cd "$out" && pwd)

if ! command -v inkscape >/dev/null; then
  echo "check-svg: installing inkscape (apt-get)" >&2
  sudo_=""
  [[ $(id -u) -eq 0 ]] || sudo_=sudo
  $sudo_ apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_ apt-get install -y -qq --no-install-recommends \
    inkscape >/dev/null
fi
command -v compare >/dev/null || { echo "check-svg: ImageMagick missing (scripts/setup.sh)" >&2; exit 1; }

cargo build --quiet --locked --workspace
waymark=target/debug/waymark
args=("$project")
[[ -z $map ]] || args+=(--map "$map")
rm -f "$out"/*.png "$out"/*.svg

# A private home holding the bundled Inter, as a designer who installed it has it.
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
mkdir -p "$home/.local/share/fonts"
cp crates/core/assets/fonts/Inter-*.otf "$home/.local/share/fonts/"
HOME="$home" fc-cache -f "$home/.local/share/fonts" >/dev/null 2>&1 || true

"$waymark" export "${args[@]}" -o "$out/ours.png" 2>/dev/null
convert "$out/ours.png" -background white -alpha remove -alpha off "$out/ours-flat.png"
size=$(identify -format '%w,%h' "$out/ours-flat.png")

status=0
# Prints the mean pixel difference of client picture $1 from ours (label $2).
measure() {
  convert "$1" -background white -alpha remove -alpha off "${1%.png}-flat.png"
  local mae mean
  mae=$(compare -metric MAE "$out/ours-flat.png" "${1%.png}-flat.png" "${1%.png}-diff.png" 2>&1 || true)
  mean=$(sed -E 's/.*\(([0-9.e-]+)\).*/\1/' <<<"$mae")
  echo "$2: mean pixel difference $mean (limit $limit); $1"
  if ! python3 -c "import sys; sys.exit(0 if float(sys.argv[1]) <= float(sys.argv[2]) else 1)" "$mean" "$limit"; then
    status=1
  fi
}

for text in text outlined; do
  svg="$out/map-$text.svg"
  "$waymark" export "${args[@]}" -o "$svg" --text "$text" 2>/dev/null
  HOME="$home" inkscape --export-type=png --export-filename="$out/inkscape-$text.png" \
    --export-background=white --export-background-opacity=1 "$svg" >/dev/null 2>&1
  [[ -s $out/inkscape-$text.png ]] || { echo "check-svg: Inkscape wrote no PNG for $svg" >&2; exit 1; }
  measure "$out/inkscape-$text.png" "Inkscape, SVG with text as $text"
  if command -v chromium >/dev/null; then
    HOME="$home" chromium --headless --no-sandbox --disable-gpu --hide-scrollbars \
      --force-device-scale-factor=1 --no-first-run --disable-background-networking \
      --disable-component-update --disable-sync --user-data-dir="$home/chrome" \
      --window-size="$size" --screenshot="$out/chromium-$text.png" "file://$svg" >/dev/null 2>&1
    measure "$out/chromium-$text.png" "Chromium, SVG with text as $text"
  fi
done
echo "pictures in $out"
exit $status
