#!/usr/bin/env bash
# Hostile-input audit of issue 30, rerun by hand (slow, not in CI): makes the audit's
# hostile files in a temporary folder and runs every relevant command of the release
# binary on each, under `/usr/bin/time` and `timeout 60`:
#   - Mermaid: 20,000 and 30,000 `<br>` in a section name (and in a task), 10,000
#     sections, 100,000 tasks, CR-only lines, `journey;`, Japanese/Arabic/Hindi/emoji;
#   - projects: 10,000 empty stages, a 1,000 × 1,000 grid, 1,000 × 100 (the cell limit),
#     20,000 cards (the card limit) and 100,000, metric values of ±1.79e308 and 1.8e308, JSON nested 100,000 deep,
#     an unknown field of 40 million numbers (an 80 MB file, under the 256 MB limit);
#   - a CSV grid of 1,000 × 1,000 filled cells (a million cards);
#   - sparse 4 GB files (`truncate -s`): a project, a Mermaid file, a CSV, and the
#     window's settings.json and recent.json (the window started under Xvfb for 8 s);
#   - FIFOs given as a project, a Mermaid file, a CSV and merge's BASE;
# and check, fmt --check, export (png, svg, pdf, paged pdf, pptx, html, csv, mmd),
# import, diff and merge. One Markdown table row per run: exit code, seconds, peak memory,
# and ok (exit as expected), refused (an error in one line) or FAIL. Exits 1 when a run
# takes more than 30 s or 1 GB, is killed, or panics; a refusal slower than 1 s is marked
# "refused (slow)" without failing. Needs a release binary:
#   cargo build --release --workspace && bash scripts/audit-limits.sh [BINARY]
set -uo pipefail
cd "$(dirname "$0")/.."
bin=$(realpath "${1:-target/release/waymark}")
[[ -x $bin ]] || { echo "audit-limits: no binary at $bin (cargo build --release --workspace)" >&2; exit 2; }
command -v python3 >/dev/null || { echo "audit-limits: needs python3 to write inputs" >&2; exit 2; }
max_kb=$((1024 * 1024))
max_s=30
work=$(mktemp -d "${TMPDIR:-/tmp}/waymark-audit.XXXXXX")
trap 'rm -rf "$work"' EXIT
failures=0
runs=0

printf '| %-58s | %4s | %7s | %8s | %-15s | %s |\n' run exit seconds "peak MB" result "first line of stderr"
printf '|%s|%s|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..60})" ------ --------: ----------: \
  ----------------- ----------------------
# run LABEL OK_CODES CMD...: runs CMD; OK_CODES (e.g. "0" or "0 1") are the exits that
# are not a refusal. A window run (LABEL starting with "window") runs CMD under Xvfb with
# the data folder $work/data, measured inside xvfb-run and stopped after 8 s: its 124 is
# expected.
run() {
  local label=$1 ok=$2
  shift 2
  if [[ $label == window* ]]; then
    WAYMARK_DATA_DIR="$work/data" timeout 60 xvfb-run -a \
      /usr/bin/time -f '%e %M' -o "$work/time" timeout 8 "$@" >/dev/null 2>"$work/err" </dev/null
  else
    /usr/bin/time -f '%e %M' -o "$work/time" timeout 60 "$@" >/dev/null 2>"$work/err" </dev/null
  fi
  local code=$?
  local secs kb
  read -r secs kb < <(tail -n 1 "$work/time")
  local mb=$(((kb + 512) / 1024))
  local first
  first=$(grep -v -e '^\s*$' -e 'WARN  winit' "$work/err" | head -n 1 | cut -c1-110 | tr '|' '/')
  local result
  if grep -qE "panicked at|overflowed its stack|stack overflow" "$work/err"; then
    result="FAIL (panic)"
  elif [[ $label == window* && $code == 124 ]]; then
    result=ok
  elif [[ $code == 124 ]]; then
    result="FAIL (timeout)"
  elif ((code > 128)); then
    result="FAIL (signal $((code - 128)))"
  elif ((kb > max_kb)); then
    result="FAIL (memory)"
  elif awk -v s="$secs" -v m="$max_s" 'BEGIN { exit !(s > m) }'; then
    result="FAIL (time)"
  elif [[ " $ok " == *" $code "* ]]; then
    result=ok
  elif awk -v s="$secs" 'BEGIN { exit !(s > 1) }'; then
    result="refused (slow)"
  else
    result=refused
  fi
  [[ $result == FAIL* ]] && failures=$((failures + 1))
  runs=$((runs + 1))
  printf '| %-58s | %4s | %7s | %8s | %-15s | %s |\n' "$label" "$code" "$secs" "$mb" "$result" "$first"
}

w() { "$bin" "$@" >/dev/null 2>"$work/setup.err" || { echo "setup failed: waymark $*" >&2; cat "$work/setup.err" >&2; exit 2; }; }
cd "$work" || exit 2

# --- Inputs ------------------------------------------------------------------------
python3 - <<'EOF'
import json
def write(name, text):
    with open(name, "w", encoding="utf-8") as f:
        f.write(text)
for n in (20_000, 30_000):
    write(f"br{n // 1000}k.mmd", "journey\nsection x" + "<br>" * n + "\n  Task: 3: Me\n")
write("br30k-task.mmd", "journey\nsection x\n  T" + "<br>" * 30_000 + ": 3: Me\n")
write("sections10k.mmd", "journey\n" + "".join(f"section S{i}\n  T{i}: 3: Me\n" for i in range(10_000)))
write("tasks100k.mmd", "journey\n" + "".join(
    (f"section S{i // 10}\n" if i % 10 == 0 else "") + f"  Task {i}: {i % 5 + 1}: Me, あい, علي\n"
    for i in range(100_000)))
write("cr-only.mmd", "journey;\rtitle 旅 🧭\rsection 予約\r  検索: 5: 愛子\r  दुकान: 1: علي 🙂\r")
# A million filled cells: 1,000 stages across, 1,000 lanes down.
write("cells1m.csv", ",".join(["Lane"] + [f"S{i}" for i in range(1000)]) + "\n"
      + "".join(",".join([f"L{j}"] + ["x"] * 1000) + "\n" for j in range(1000)))
EOF
w new --template ecommerce ecommerce.waymark
w generate --stages 2 --lanes 3 --cards 0 small.waymark
w generate --stages 1000 --lanes 1000 --cards 0 grid1000.waymark
w generate --stages 1000 --lanes 1000 --cards 0 --seed 2 grid1000b.waymark
w generate --stages 1000 --lanes 100 --cards 0 cells100k.waymark
w generate --stages 100 --lanes 100 --cards 20000 cards20k.waymark
w generate --stages 100 --lanes 100 --cards 100000 cards100k.waymark
w generate --stages 100 --lanes 100 --cards 100000 --seed 2 cards100kb.waymark
python3 - <<'EOF'
import json
d = json.load(open("ecommerce.waymark", encoding="utf-8"))
lane = next(l for l in d["maps"][0]["lanes"] if l.get("kind") == "metrics")
stages = [s["id"] for s in d["maps"][0]["stages"]]
values = [1.79e308, -1.79e308, 5e-324, -0.0, 1e-300, 1.0, -1e20]
for m in lane["metrics"]:
    m["values"] = {s: values[i % len(values)] for i, s in enumerate(stages)}
    m["targets"] = dict(m["values"])
json.dump(d, open("metrics-extreme.waymark", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
text = open("metrics-extreme.waymark", encoding="utf-8").read()
open("metrics-1.8e308.waymark", "w", encoding="utf-8").write(text.replace("1.79e+308", "1.8e308"))
# 10,000 empty stages (over the generator's 1,000): the audit's 539 KB map.
d = json.load(open("small.waymark", encoding="utf-8"))
d["maps"][0]["stages"] = [{"id": f"s-{i}", "name": f"Stage {i}"} for i in range(1, 10_001)]
json.dump(d, open("stages10k.waymark", "w", encoding="utf-8"), indent=2)
base = open("ecommerce.waymark", encoding="utf-8").read().rstrip().rstrip("}")
with open("deep.waymark", "w") as f:
    f.write(base + ',"deep":' + "[" * 100_000 + "]" * 100_000 + "}\n")
with open("unknown40m.waymark", "w") as f:
    f.write(base + ',"numbers":[')
    chunk = ",".join(["0"] * 1_000_000)
    for i in range(40):
        f.write(("," if i else "") + chunk)
    f.write("]}\n")
EOF
truncate -s 4G huge.waymark
truncate -s 4G huge.mmd
truncate -s 4G huge.csv
mkfifo pipe.waymark pipe.mmd pipe.csv
mkdir -p data
truncate -s 4G data/settings.json data/recent.json

# --- Runs --------------------------------------------------------------------------
o=out.waymark
for f in br20k br30k br30k-task sections10k tasks100k cr-only huge pipe; do
  run "import $f.mmd" 0 "$bin" import "$f.mmd" -o $o --force
done
for f in cells1m huge pipe; do
  run "import $f.csv" 0 "$bin" import "$f.csv" -o $o --force
done

exports() {
  local f=$1
  run "check $f" "0 1" "$bin" check "$f.waymark"
  run "fmt --check $f" "0 1" "$bin" fmt --check "$f.waymark"
  for ext in png svg pdf pptx html csv mmd; do
    run "export $f -> $ext" 0 "$bin" export "$f.waymark" -o "out.$ext"
  done
  run "export $f -> pdf --page a4" 0 "$bin" export "$f.waymark" -o out.pdf --page a4
}
for f in stages10k grid1000 cells100k cards20k cards100k metrics-extreme metrics-1.8e308 deep unknown40m huge pipe; do
  exports $f
done

run "diff grid1000 grid1000b" "0 1" "$bin" diff grid1000.waymark grid1000b.waymark
run "diff cards100k cards100kb" "0 1" "$bin" diff cards100k.waymark cards100kb.waymark
run "diff stages10k stages10k" "0 1" "$bin" diff stages10k.waymark stages10k.waymark
run "merge grid1000 (base) grid1000 grid1000b" "0 1" "$bin" merge grid1000.waymark grid1000.waymark grid1000b.waymark -o $o
run "merge cards100k (base) cards100k cards100kb" "0 1" "$bin" merge cards100k.waymark cards100k.waymark cards100kb.waymark -o $o
for f in huge pipe deep unknown40m; do
  run "diff $f ecommerce" "0 1" "$bin" diff $f.waymark ecommerce.waymark
  run "merge $f (base) ecommerce ecommerce" "0 1" "$bin" merge $f.waymark ecommerce.waymark ecommerce.waymark -o $o
  run "merge ecommerce (base) $f ecommerce" "0 1" "$bin" merge ecommerce.waymark $f.waymark ecommerce.waymark -o $o
done

if command -v xvfb-run >/dev/null; then
  run "window: 4 GB settings.json and recent.json" 0 "$bin" ecommerce.waymark
  run "window: open a 4 GB project" 0 "$bin" huge.waymark
  run "window: open a FIFO" 0 "$bin" pipe.waymark
else
  echo "(no xvfb-run: the window's start-up with 4 GB settings was not run)"
fi

echo
echo "$runs runs, $failures over 30 s or 1 GB, killed or panicking"
((failures == 0))
