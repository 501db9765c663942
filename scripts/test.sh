#!/usr/bin/env bash
# The project's full test command: installs what it needs, builds, runs every test —
# unit, property, golden, kittest UI tests, and the end-to-end test of the real window.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cargo test --locked --workspace --all-targets
bash scripts/e2e.sh
