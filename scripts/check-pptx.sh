#!/usr/bin/env bash
# Checks the PPTX deck in a real client, LibreOffice Impress, outside the default test
# suite (Impress is large, so scripts/setup.sh does not install it; this script does,
# with apt-get, when `soffice` is missing):
#   1. exports PROJECT as a deck of every map, and its map MAP (default: the first) as a
#      deck and as a paged PDF of 16:9 slides (the same page scenes: our own rendering
#      of each slide),
#   2. converts both decks to PDF with `soffice --headless --convert-to pdf` and checks
#      there is one PDF page per slide,
#   3. renders every map slide of both PDFs at 96 dpi (pdftoppm) and prints the mean
#      absolute pixel difference of each pair (ImageMagick `compare -metric MAE`, 0–1),
#      keeping the PNGs and a diff picture per slide in OUT_DIR to look at.
# Exits 1 when a page is missing or a slide differs by more than LIMIT (default 0.05).
# Impress draws text with the fonts fontconfig finds: the bundled Inter is put in
# ~/.local/share/fonts when it is not installed, as a designer's machine would have it.
#
#   bash scripts/check-pptx.sh [PROJECT] [MAP] [OUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
project=${1:-crates/core/assets/samples/online-grocery.waymark}
map=${2:-}
out=${3:-target/check-pptx}
limit=${LIMIT:-0.05}
mkdir -p "$out"
out=$(cd "$out" && pwd)

if ! command -v soffice >/dev/null; then
  echo "check-pptx: installing libreoffice-impress (apt-get)" >&2
  sudo_=""
  [[ $(id -u) -eq 0 ]] || sudo_=sudo
  $sudo_ apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_ apt-get install -y -qq --no-install-recommends \
    libreoffice-impress >/dev/null
fi
for tool in pdftoppm pdfinfo compare; do
  command -v "$tool" >/dev/null || { echo "check-pptx: $tool missing (scripts/setup.sh)" >&2; exit 1; }
done
if ! fc-list : family | grep -qx "Inter"; then
  mkdir -p "$HOME/.local/share/fonts/waymark"
  cp crates/core/assets/fonts/Inter-*.otf "$HOME/.local/share/fonts/waymark/"
  fc-cache -f "$HOME/.local/share/fonts" >/dev/null
fi

cargo build --quiet --locked --workspace
waymark=target/debug/waymark
if [[ -z $map ]]; then
  map=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["maps"][0]["id"])' "$project")
fi
rm -f "$out"/*.png "$out"/*.pdf "$out"/*.pptx

# Converts $1.pptx to $1.pdf with Impress and checks one page per slide.
convert_deck() {
  # A private profile, so a running Impress or a first-start dialog does not interfere.
  soffice -env:UserInstallation="file://$out/lo-profile" --headless \
    --convert-to pdf --outdir "$out" "$1.pptx" >"$out/soffice.log" 2>&1
  [[ -s $1.pdf ]] || { echo "check-pptx: Impress wrote no PDF" >&2; cat "$out/soffice.log" >&2; exit 1; }
  local slides pages
  slides=$(python3 -c '
import sys, zipfile
names = zipfile.ZipFile(sys.argv[1]).namelist()
print(sum(1 for n in names if n.startswith("ppt/slides/slide") and n.endswith(".xml")))' "$1.pptx")
  pages=$(pdfinfo "$1.pdf" | awk '/^Pages:/ {print $2}')
  echo "$(basename "$1").pptx: $slides slides, Impress PDF pages $pages"
  [[ $slides -eq $pages ]] || { echo "check-pptx: $slides slides but $pages pages" >&2; exit 1; }
}

# The deck of every map, then the deck of one map beside our paged PDF of its slides.
"$waymark" export "$project" -o "$out/all.pptx"
convert_deck "$out/all"
"$waymark" export "$project" --map "$map" -o "$out/deck.pptx"
convert_deck "$out/deck"
"$waymark" export "$project" --map "$map" -o "$out/ours.pdf" --page slide
slides=$(pdfinfo "$out/deck.pdf" | awk '/^Pages:/ {print $2}')
ours=$(pdfinfo "$out/ours.pdf" | awk '/^Pages:/ {print $2}')

# The title slide, then the map's pages.
first=2
pdftoppm -r 96 -png "$out/deck.pdf" "$out/impress"
pdftoppm -r 96 -png "$out/ours.pdf" "$out/ours"
status=0
worst=0
for ((page = 1; page <= ours; page++)); do
  slide=$((first + page - 1))
  [[ $slide -le $slides ]] || break
  a=$(ls "$out"/impress-*.png | sed -n "${slide}p")
  b=$(ls "$out"/ours-*.png | sed -n "${page}p")
  [[ -n $a && -n $b ]] || break
  # Leave out the footer (its page number counts the title slide in the deck only).
  read -r w h <<<"$(identify -format '%w %h' "$b")"
  crop="${w}x$((h * 93 / 100))+0+0"
  convert "$a" -crop "$crop" +repage -background white -flatten "$out/slide-$slide-impress.png"
  convert "$b" -crop "$crop" +repage -background white -flatten "$out/slide-$slide-ours.png"
  mae=$(compare -metric MAE "$out/slide-$slide-impress.png" "$out/slide-$slide-ours.png" \
    "$out/slide-$slide-diff.png" 2>&1 || true)
  mean=$(sed -E 's/.*\(([0-9.e-]+)\).*/\1/' <<<"$mae")
  echo "slide $slide (our page $page): mean pixel difference $mean"
  if python3 -c "import sys; sys.exit(0 if float(sys.argv[1]) <= float(sys.argv[2]) else 1)" "$mean" "$limit"; then :; else
    status=1
  fi
  worst=$(python3 -c "import sys; print(max(float(sys.argv[1]), float(sys.argv[2])))" "$worst" "$mean")
done
echo "worst mean pixel difference $worst (limit $limit); pictures in $out"
exit $status
