#!/usr/bin/env bash
# Installs what the app needs, builds it, and opens it (on the bundled sample map unless a
# project file is given).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec cargo run --locked --release -p waymark -- "$@"
