#!/usr/bin/env bash
# End-to-end test of the real binary in a real X window (Xvfb + xdotool): one window; two
# windows on one file (a colleague's save, the same title changed twice, kill -9 during a
# save); and two windows in two folders kept in step like Syncthing and Dropbox. Keeps
# screenshots in target/e2e/. The binary is the dev build with the test hooks (the same
# build scripts/test.sh makes, so CI builds once); set WAYMARK_BIN to drive another one,
# e.g. a release build with --features waymark/test-hooks.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# The test hooks (on-screen geometry) are a cargo feature the shipped binary does not have.
cargo test --locked --workspace --features waymark/test-hooks --test e2e -- --ignored --nocapture --test-threads=1
