#!/usr/bin/env bash
# End-to-end test of the real release binary in a real X window (Xvfb + xdotool): one
# window, and two windows on one file. Keeps screenshots in target/e2e/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# The test hooks (on-screen geometry) are a cargo feature the shipped binary does not have.
cargo build --locked --release --features waymark/test-hooks
cargo test --locked --workspace --test e2e -- --ignored --nocapture --test-threads=1
