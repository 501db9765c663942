#!/usr/bin/env bash
# Compares the real window's canvas at 100% zoom with the PNG export at 1×: the release
# binary runs under Xvfb, Ctrl+1 sets 100% (whole pixels), the window is captured and
# cropped to the page (its on-screen rectangle comes from WAYMARK_GEOMETRY_OUT), and
# ImageMagick reports the mean absolute error against `waymark export -o map.png`.
# Exits 1 when the mean error exceeds 1%. Needs what scripts/setup.sh installs.
#
#   bash scripts/compare-canvas.sh [PROJECT] [OUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
project=${1:-crates/core/tests/fixtures/scripts.json}
out=${2:-target/compare-canvas}
mkdir -p "$out"
out=$(cd "$out" && pwd)
cargo build --quiet --locked --release --features waymark/test-hooks
waymark=target/release/waymark
# The window works on a copy: an open file gets a presence folder beside it, which must
# not land next to the repository's fixtures.
cp "$project" "$out/project.waymark"
project="$out/project.waymark"

display=:97
Xvfb "$display" -screen 0 1920x1200x24 >/dev/null 2>&1 &
xvfb=$!
app=""
trap 'kill $app $xvfb 2>/dev/null || true' EXIT
sleep 1
export DISPLAY=$display WAYLAND_DISPLAY= WINIT_X11_SCALE_FACTOR=1
rm -f "$out/geometry.json"
WAYMARK_DATA_DIR="$out/data" WAYMARK_GEOMETRY_OUT="$out/geometry.json" "$waymark" "$project" \
  >"$out/app.log" 2>&1 &
app=$!
window=""
for _ in $(seq 1 100); do
  window=$(xdotool search --pid "$app" 2>/dev/null | head -1 || true)
  [[ -n $window && -s $out/geometry.json ]] && break
  sleep 0.2
done
[[ -n $window ]] || { echo "compare-canvas: no window" >&2; exit 1; }
xdotool windowsize "$window" 1900 1150
sleep 1
xdotool windowfocus --sync "$window"
# Fit (100% when the map fits the window), then 100% on whole pixels.
xdotool key ctrl+0
sleep 0.5
xdotool key ctrl+1
xdotool mousemove --window "$window" 5 1140
sleep 1.5
import -window "$window" "$out/window.png"
read -r x y w h < <(python3 -c '
import json, math, sys
g = json.load(open(sys.argv[1]))
x0, y0, x1, y1 = g["page"]
assert abs(g["zoom"] - 1) < 1e-6, g["zoom"]
assert x0 >= 0 and y0 >= 0, "the page is not wholly on screen"
print(round(x0), round(y0), round(x1 - x0), round(y1 - y0))' "$out/geometry.json")
"$waymark" export "$project" -o "$out/export.png"
read -r ew eh <<<"$(identify -format '%w %h' "$out/export.png")"
# The part of the page the window shows (the inspector may cover its right side).
cw=$(( w < ew ? w : ew )); ch=$(( h < eh ? h : eh ))
convert "$out/window.png" -crop "${cw}x${ch}+${x}+${y}" +repage "$out/canvas.png"
read -r cw ch <<<"$(identify -format '%w %h' "$out/canvas.png")"
convert "$out/export.png" -crop "${cw}x${ch}+0+0" +repage -background white -flatten "$out/export-crop.png"
mae=$(compare -metric MAE "$out/canvas.png" "$out/export-crop.png" "$out/diff.png" 2>&1 || true)
fraction=$(sed -E 's/.*\(([0-9.e-]+)\).*/\1/' <<<"$mae")
percent=$(python3 -c "print(f'{float(\"$fraction\") * 100:.3f}')")
echo "canvas at 100% vs PNG at 1× (${cw}×${ch} px): mean absolute error ${percent}%"
echo "images: $out/canvas.png $out/export-crop.png $out/diff.png"
python3 -c "import sys; sys.exit(0 if float('$fraction') <= 0.01 else 1)"
