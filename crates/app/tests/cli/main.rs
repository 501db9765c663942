//! The `waymark` command line and the package, run as real processes (one test binary:
//! each links the whole app, so one instead of five saves most of the link time).

mod commands;
mod hostile;
mod merge;
mod packaging;
mod share;
mod text;

use std::process::{Command, Output};

/// Runs the `waymark` binary with `args`.
pub fn waymark(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_waymark"))
        .args(args)
        .output()
        .expect("runs")
}

/// What it wrote on stderr.
pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Asserts a failure with exit code 1 and one line on stderr containing `needle`.
pub fn fails_with(out: &Output, needle: &str) {
    let err = stderr(out);
    assert_eq!(out.status.code(), Some(1), "stderr: {err}");
    assert_eq!(err.lines().count(), 1, "one line: {err:?}");
    assert!(err.contains(needle), "{err:?} should mention {needle:?}");
    assert!(!err.contains("panicked"), "{err}");
}

/// The bundled sample as JSON, changed by `edit`, written to `dir/name`.
pub fn sample_file(
    dir: &std::path::Path,
    name: &str,
    edit: impl FnOnce(&mut serde_json::Value),
) -> String {
    let mut value: serde_json::Value =
        serde_json::from_str(waymark::assets::SAMPLE).expect("sample");
    edit(&mut value);
    let path = dir.join(name);
    std::fs::write(&path, serde_json::to_vec(&value).expect("json")).expect("write");
    path.to_str().expect("utf-8").to_owned()
}
