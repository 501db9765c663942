#!/usr/bin/env bash
# What CI runs: formatting, lints, then the full test command.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cargo fmt --all --check
cargo clippy --locked --workspace --all-targets --features waymark/test-hooks -- -D warnings
bash scripts/test.sh
