#!/usr/bin/env bash
# End-to-end test of the real release binary in a real X window (Xvfb + xdotool).
# Keeps a screenshot in target/e2e/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cargo build --locked --release
cargo test --locked -p waymark --test e2e -- --ignored --nocapture
