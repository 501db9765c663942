#!/usr/bin/env bash
# The project's full test command: installs what it needs, builds, runs every test —
# unit, property, golden, kittest UI tests, and the end-to-end test of the real window.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# With the test hooks, so that scripts/e2e.sh reuses this build (no second build for it).
cargo test --locked --workspace --all-targets --features waymark/test-hooks
bash scripts/e2e.sh
