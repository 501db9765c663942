//! `waymark diff` and `waymark merge` as real processes, and as git's merge driver in a
//! real repository.

use std::path::Path;
use std::process::{Command, Output};

use waymark::io;
use waymark::model::Project;

fn waymark(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_waymark"))
        .args(args)
        .output()
        .expect("runs")
}

fn text(out: &[u8]) -> String {
    String::from_utf8_lossy(out).into_owned()
}

fn sample() -> Project {
    io::load_bytes(waymark::assets::SAMPLE.as_bytes()).expect("sample")
}

/// Writes the sample with `edit` applied to `path`.
fn write(path: &Path, edit: impl FnOnce(&mut Project)) {
    let mut p = sample();
    edit(&mut p);
    io::save_path(&p, path).expect("saves");
}

#[test]
fn diff_exits_like_diff_and_speaks_json() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (a, b) = (dir.path().join("a.waymark"), dir.path().join("b.waymark"));
    write(&a, |_| {});
    write(&b, |p| {
        p.maps[0].cards[0].title = "Sees a colleague's post".into()
    });
    let (a, b) = (a.to_str().expect("utf-8"), b.to_str().expect("utf-8"));

    let same = waymark(&["diff", a, a]);
    assert_eq!(same.status.code(), Some(0));
    assert!(same.stdout.is_empty());

    let out = waymark(&["diff", a, b]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains(
            "~ card \"Sees a friend's post about the app\" → \"Sees a colleague's post\" (Customer actions · Awareness)"
        ),
        "{stdout}"
    );

    let json = waymark(&["diff", a, b, "--json", "--map", "Current state"]);
    assert_eq!(json.status.code(), Some(1));
    let doc: serde_json::Value = serde_json::from_slice(&json.stdout).expect("json");
    assert_eq!(doc["equal"], false);
    assert_eq!(doc["changes"][0]["field"], "title");
    assert_eq!(doc["changes"][0]["id"], "c-a1");

    let missing = waymark(&["diff", a, "no-such.waymark"]);
    assert_eq!(missing.status.code(), Some(2));
    assert_eq!(text(&missing.stderr).lines().count(), 1);
    assert_eq!(
        waymark(&["diff", a]).status.code(),
        Some(2),
        "usage errors are 2"
    );
    let no_map = waymark(&["diff", a, b, "--map", "Nope"]);
    assert_eq!(no_map.status.code(), Some(2));
}

fn git(dir: &Path, args: &[&str]) -> Output {
    Command::new("git")
        .current_dir(dir)
        .args(args)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .output()
        .expect("git runs")
}

fn ok(out: Output) -> Output {
    assert!(
        out.status.success(),
        "{}\n{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    out
}

/// A repository with the sample committed on `main` and the merge driver set up as the
/// README says.
fn repo() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    ok(git(d, &["init", "-q", "-b", "main"]));
    ok(git(d, &["config", "user.name", "Test"]));
    ok(git(d, &["config", "user.email", "test@example.com"]));
    let driver = format!("{} merge %O %A %B", env!("CARGO_BIN_EXE_waymark"));
    ok(git(d, &["config", "merge.waymark.driver", &driver]));
    std::fs::write(d.join(".gitattributes"), "*.waymark merge=waymark\n").expect("writes");
    write(&d.join("map.waymark"), |_| {});
    ok(git(d, &["add", "."]));
    ok(git(d, &["commit", "-q", "-m", "start"]));
    dir
}

fn commit_on(d: &Path, branch: &str, edit: impl FnOnce(&mut Project)) {
    ok(git(d, &["checkout", "-q", "-b", branch, "main"]));
    let path = d.join("map.waymark");
    let mut p = io::load_path(&path).expect("loads");
    edit(&mut p);
    io::save_path(&p, &path).expect("saves");
    ok(git(d, &["commit", "-q", "-am", branch]));
}

#[test]
fn git_merges_disjoint_edits_with_the_driver() {
    let repo = repo();
    let d = repo.path();
    commit_on(d, "title", |p| p.maps[0].cards[0].title = "Ours".into());
    commit_on(d, "body", |p| p.maps[0].cards[1].body = "Theirs".into());
    ok(git(d, &["checkout", "-q", "title"]));
    ok(git(d, &["merge", "-q", "--no-edit", "body"]));
    let merged = io::load_path(&d.join("map.waymark")).expect("loads");
    assert_eq!(merged.maps[0].cards[0].title, "Ours");
    assert_eq!(merged.maps[0].cards[1].body, "Theirs");
    assert!(merged.conflicts.is_none());
    let check = waymark(&["check", d.join("map.waymark").to_str().expect("utf-8")]);
    assert!(check.status.success(), "{}", text(&check.stderr));
}

#[test]
fn git_stops_on_a_conflicting_title_and_check_names_it() {
    let repo = repo();
    let d = repo.path();
    commit_on(d, "mine", |p| p.maps[0].cards[0].title = "Mine".into());
    commit_on(d, "yours", |p| p.maps[0].cards[0].title = "Yours".into());
    ok(git(d, &["checkout", "-q", "mine"]));
    let merge = git(d, &["merge", "--no-edit", "yours"]);
    assert!(!merge.status.success(), "the merge stops");
    let path = d.join("map.waymark");
    let merged = io::load_path(&path).expect("the conflicted file still loads");
    assert_eq!(merged.maps[0].cards[0].title, "Mine");
    let check = waymark(&["check", path.to_str().expect("utf-8")]);
    assert_eq!(check.status.code(), Some(1));
    let err = text(&check.stderr);
    assert!(err.contains("unresolved merge conflict"), "{err}");
    assert!(err.contains("ours \"Mine\", theirs \"Yours\""), "{err}");
}

#[test]
fn merge_writes_ours_by_default_or_the_output() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    let (base, ours, theirs, out) = (
        d.join("base.waymark"),
        d.join("ours.waymark"),
        d.join("theirs.waymark"),
        d.join("out.waymark"),
    );
    write(&base, |_| {});
    write(&ours, |p| p.title = "New title".into());
    write(&theirs, |p| p.maps[0].name = "As is".into());
    let s = |p: &Path| p.to_str().expect("utf-8").to_owned();
    let run = waymark(&["merge", &s(&base), &s(&ours), &s(&theirs), "-o", &s(&out)]);
    assert_eq!(run.status.code(), Some(0), "{}", text(&run.stderr));
    let merged = io::load_path(&out).expect("loads");
    assert_eq!(
        (merged.title.as_str(), merged.maps[0].name.as_str()),
        ("New title", "As is")
    );
    assert_eq!(
        io::load_path(&ours).expect("loads").maps[0].name,
        "Current state",
        "ours untouched"
    );

    std::fs::write(&theirs, "{ not json").expect("writes");
    let bad = waymark(&["merge", &s(&base), &s(&ours), &s(&theirs)]);
    assert_eq!(bad.status.code(), Some(2));
    assert_eq!(
        text(&bad.stderr).lines().count(),
        1,
        "{}",
        text(&bad.stderr)
    );
    assert_eq!(
        io::load_path(&ours).expect("loads").title,
        "New title",
        "nothing written"
    );
}
