//! The `waymark` command line, run as a real process.

use std::process::{Command, Output};

fn waymark(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_waymark"))
        .args(args)
        .output()
        .expect("runs")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Asserts a failure with exit code 1 and one line on stderr containing `needle`.
fn fails_with(out: &Output, needle: &str) {
    let err = stderr(out);
    assert_eq!(out.status.code(), Some(1), "stderr: {err}");
    assert_eq!(err.lines().count(), 1, "one line: {err:?}");
    assert!(err.contains(needle), "{err:?} should mention {needle:?}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn new_check_and_export_work_together() {
    let dir = tempfile::tempdir().expect("tempdir");
    let project = dir.path().join("journey.waymark");
    let p = project.to_str().expect("utf-8 path");
    let out = waymark(&["new", p, "--template", "standard"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = waymark(&["check", p]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("ok"));
    fails_with(&waymark(&["new", p]), "already exists");

    let svg = dir.path().join("map.svg");
    let out = waymark(&[
        "export",
        p,
        "-o",
        svg.to_str().expect("utf-8"),
        "--map",
        "Current state",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        std::fs::read_to_string(&svg)
            .expect("svg")
            .contains("Awareness")
    );

    let png = dir.path().join("map.png");
    let out = waymark(&[
        "export",
        p,
        "-o",
        png.to_str().expect("utf-8"),
        "--scale",
        "0.5",
        "--background",
        "transparent",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(std::fs::read(&png).expect("png").starts_with(b"\x89PNG"));
}

#[test]
fn errors_are_one_line_with_exit_code_1() {
    let dir = tempfile::tempdir().expect("tempdir");
    let bad = dir.path().join("bad.json");
    std::fs::write(
        &bad,
        br#"{"format":"waymark","version":1,"title":"x","maps":[{"id":"m","name":"M","#,
    )
    .expect("write");
    let b = bad.to_str().expect("utf-8");
    fails_with(&waymark(&["check", b]), "truncated");
    fails_with(
        &waymark(&["export", b, "-o", "/tmp/never.png"]),
        "truncated",
    );
    fails_with(
        &waymark(&["check", "/no/such/file.json"]),
        "cannot read /no/such/file.json",
    );
    fails_with(
        &waymark(&["new", "/tmp/x.json", "--template", "nope"]),
        "no template named \"nope\"",
    );
    fails_with(
        &waymark(&["export", b, "-o", "out.gif"]),
        "use a .png, .svg, .pdf, .csv or .mmd",
    );
    fails_with(&waymark(&["frobnicate", "--wat"]), "see `waymark --help`");
    fails_with(&waymark(&["export", b]), "see `waymark --help`");

    let sample = dir.path().join("sample.json");
    std::fs::write(&sample, waymark::assets::SAMPLE).expect("write");
    let s = sample.to_str().expect("utf-8");
    fails_with(
        &waymark(&["export", s, "-o", "/tmp/x.svg", "--map", "Nowhere"]),
        "no map \"Nowhere\"",
    );
    fails_with(
        &waymark(&["export", s, "-o", "/tmp/x.png", "--scale", "40"]),
        "scale",
    );
}

#[test]
fn check_lists_every_problem() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut value: serde_json::Value = serde_json::from_str(waymark::assets::SAMPLE).expect("json");
    value["maps"][0]["cards"][0]["lane"] = serde_json::json!("l-gone");
    value["maps"][0]["cards"][1]["stage"] = serde_json::json!("s-gone");
    let path = dir.path().join("broken.json");
    std::fs::write(&path, serde_json::to_vec(&value).expect("json")).expect("write");
    let out = waymark(&["check", path.to_str().expect("utf-8")]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 2, "{err}");
    assert!(
        err.contains("lane l-gone does not exist") && err.contains("stage s-gone does not exist")
    );
}

#[test]
fn csv_and_mermaid_from_the_command_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let sample = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../core/assets/samples/online-grocery.waymark"
    );
    let csv = dir.path().join("grid.csv");
    let csv_path = csv.to_str().expect("utf-8");
    let out = waymark(&["export", sample, "-o", csv_path]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        std::fs::read_to_string(&csv)
            .expect("csv")
            .starts_with("Lane,Awareness,Consideration")
    );
    let project = dir.path().join("imported.json");
    let project_path = project.to_str().expect("utf-8");
    let out = waymark(&["import", csv_path, "-o", project_path]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(waymark(&["check", project_path]).status.success());
    fails_with(
        &waymark(&["import", csv_path, "-o", project_path]),
        "already exists",
    );

    let mmd = dir.path().join("journey.mmd");
    let out = waymark(&["export", sample, "-o", mmd.to_str().expect("utf-8")]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        std::fs::read_to_string(&mmd)
            .expect("mmd")
            .starts_with("journey\n")
    );

    let broken = dir.path().join("broken.csv");
    std::fs::write(&broken, "Lane,A\nActions,\"open").expect("write");
    let out = waymark(&[
        "import",
        broken.to_str().expect("utf-8"),
        "-o",
        project_path,
        "--force",
    ]);
    fails_with(&out, "never closed");
    fails_with(
        &waymark(&["export", sample, "-o", "/tmp/x.docx"]),
        ".csv or .mmd",
    );
}
