//! The command line with hostile input: control characters in messages, pictures that do
//! not decode, a FIFO where a file should be, read-only files — each one clear line on
//! stderr and an exit code, never a hang or a panic.

use std::process::{Command, Output};

use crate::{fails_with, sample_file, stderr, waymark};

#[test]
fn messages_escape_control_characters() {
    let dir = tempfile::tempdir().expect("tempdir");
    let evil = "c-\u{1b}]0;owned\u{7}\u{1b}[2J\r";
    let path = sample_file(dir.path(), "evil.json", |v| {
        v["maps"][0]["cards"][0]["id"] = evil.into();
        v["maps"][0]["cards"][0]["lane"] = "l-\u{9b}gone".into();
    });
    let out = waymark(&["check", &path]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains(r"card c-\u{1B}]0;owned\u{7}\u{1B}[2J\r: lane l-\u{9B}gone does not exist"),
        "{err}"
    );
    assert!(!err.chars().any(|c| c.is_control() && c != '\n'), "{err:?}");
}

#[test]
fn undecodable_pictures_are_listed_by_check_and_left_out_of_every_export() {
    use base64::Engine as _;
    let dir = tempfile::tempdir().expect("tempdir");
    let path = sample_file(dir.path(), "pictures.json", |v| {
        let truncated = base64::engine::general_purpose::STANDARD.encode(b"\x89PNG\r\n\x1a\n\0\0");
        v["images"]["img-bad"] = serde_json::json!({ "mime": "image/png", "data": truncated });
        v["personas"][0]["photo"] = "img-bad".into();
        v["maps"][0]["lanes"][0]["kind"] = "images".into();
        v["maps"][0]["cards"][0]["image"] = "img-bad".into();
    });
    let out = waymark(&["check", &path]);
    fails_with(
        &out,
        "picture img-bad (used by persona p-maya and card c-a1 in map m-current) cannot be shown: the picture cannot be read",
    );
    for ext in ["png", "svg", "pdf"] {
        let output = dir.path().join(format!("out.{ext}"));
        let out = waymark(&[
            "export",
            &path,
            "-o",
            output.to_str().expect("utf-8"),
            "--map",
            "m-current",
        ]);
        let err = stderr(&out);
        assert!(out.status.success(), "{ext}: {err}");
        assert_eq!(err.lines().count(), 1, "{ext}: {err}");
        assert!(
            err.starts_with(
                "waymark: warning: left out 1 picture(s) that cannot be shown: img-bad ("
            ),
            "{ext}: {err}"
        );
    }
}

/// Runs `waymark args` and fails when it has not ended within ten seconds (a read that
/// blocks on a FIFO never would).
fn waymark_within(args: &[&str]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_waymark"))
        .args(args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("runs");
    let start = std::time::Instant::now();
    while child.try_wait().expect("wait").is_none() {
        if start.elapsed() > std::time::Duration::from_secs(10) {
            child.kill().ok();
            panic!("waymark {args:?} was still running after 10 s");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    child.wait_with_output().expect("output")
}

#[cfg(unix)]
#[test]
fn every_command_refuses_a_fifo_at_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = |name: &str| dir.path().join(name).to_string_lossy().into_owned();
    for name in ["pipe.waymark", "pipe.mmd", "pipe.csv"] {
        let status = Command::new("mkfifo")
            .arg(path(name))
            .status()
            .expect("mkfifo");
        assert!(status.success());
    }
    let ok = path("ok.waymark");
    assert!(waymark(&["new", &ok]).status.success());
    let (pipe, out) = (path("pipe.waymark"), path("out.waymark"));
    let png = path("out.png");
    let commands: Vec<(Vec<&str>, i32)> = vec![
        (vec!["check", &pipe], 1),
        (vec!["fmt", &pipe], 1),
        (vec!["fmt", "--check", &pipe], 1),
        (vec!["export", &pipe, "-o", &png], 1),
        (vec!["diff", &pipe, &ok], 2),
        (vec!["diff", &ok, &pipe], 2),
        (vec!["merge", &pipe, &ok, &ok, "-o", &out], 2),
        (vec!["merge", &ok, &pipe, &ok, "-o", &out], 2),
        (vec!["merge", &ok, &ok, &pipe, "-o", &out], 2),
    ];
    let (mmd, csv) = (path("pipe.mmd"), path("pipe.csv"));
    let imports = [
        vec!["import", mmd.as_str(), "-o", out.as_str()],
        vec!["import", csv.as_str(), "-o", out.as_str()],
    ];
    for (args, code) in commands
        .into_iter()
        .chain(imports.into_iter().map(|a| (a, 1)))
    {
        let result = waymark_within(&args);
        let err = stderr(&result);
        assert_eq!(result.status.code(), Some(code), "{args:?}: {err}");
        assert_eq!(err.lines().count(), 1, "{args:?}: one line: {err}");
        assert!(err.contains("named pipe (FIFO)"), "{args:?}: {err}");
    }
    assert!(!dir.path().join("out.waymark").exists());
}

#[cfg(unix)]
#[test]
fn fmt_and_merge_refuse_a_read_only_file_with_exit_2() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("plan.waymark");
    let f = file.to_str().expect("utf-8");
    assert!(waymark(&["new", f]).status.success());
    // Not canonical (an older spelling), and read-only.
    let text = std::fs::read_to_string(&file).expect("read");
    let loose = text.replace("  ", "    ");
    std::fs::write(&file, &loose).expect("write");
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o444)).expect("chmod");
    let out = waymark(&["fmt", f]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("read-only"), "{err}");
    assert_eq!(std::fs::read_to_string(&file).expect("read"), loose);
    // `fmt --check` only reads: it still reports.
    assert_eq!(waymark(&["fmt", "--check", f]).status.code(), Some(1));
    // Merging into a read-only OURS (git's %A) writes nothing.
    let base = dir.path().join("base.waymark");
    let theirs = dir.path().join("theirs.waymark");
    assert!(
        waymark(&["new", base.to_str().expect("utf-8")])
            .status
            .success()
    );
    std::fs::copy(&base, &theirs).expect("copy");
    let (b, t) = (
        base.to_str().expect("utf-8"),
        theirs.to_str().expect("utf-8"),
    );
    let out = waymark(&["merge", b, f, t]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("read-only"), "{err}");
    assert_eq!(std::fs::read_to_string(&file).expect("read"), loose);
    // Into another file it merges.
    let elsewhere = dir.path().join("merged.waymark");
    let out = waymark(&["merge", b, f, t, "-o", elsewhere.to_str().expect("utf-8")]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).expect("chmod");
}

/// Output into a pipe closed at once (`waymark --help | head -0`) ends quietly: no panic
/// on stderr, the exit code of the command.
#[test]
fn a_closed_pipe_ends_the_output_quietly() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = sample_file(dir.path(), "a.json", |_| {});
    let other = sample_file(dir.path(), "b.json", |v| {
        v["maps"][0]["cards"][0]["title"] = "Changed".into();
    });
    for (args, code) in [
        (vec!["--help"], 0),
        (vec!["--version"], 0),
        (vec!["diff", &path, &other], 1),
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_waymark"))
            .args(&args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("runs");
        // The reader goes away before a byte is read.
        drop(child.stdout.take());
        let out = child.wait_with_output().expect("output");
        let err = stderr(&out);
        assert!(!err.contains("panicked"), "{args:?}: {err}");
        assert_eq!(out.status.code(), Some(code), "{args:?}: {err}");
    }
}
