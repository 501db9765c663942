//! The `waymark` command line, run as a real process.

use crate::{fails_with, sample_file, stderr, waymark};

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

/// A project of several maps exported to a one-map format says which map it wrote and
/// how to write the others; naming the map says nothing.
#[test]
fn exporting_one_map_of_several_says_which_and_how_to_get_the_others() {
    let dir = tempfile::tempdir().expect("tempdir");
    let sample = dir.path().join("sample.waymark");
    std::fs::write(&sample, waymark::assets::SAMPLE).expect("write");
    let (s, svg) = (sample.to_str().expect("utf-8"), dir.path().join("map.svg"));
    let out = waymark(&["export", s, "-o", svg.to_str().expect("utf-8")]);
    assert!(out.status.success(), "{}", stderr(&out));
    let said = stderr(&out);
    assert!(
        said.contains("has 2 maps; this is the first, \"Current state\": export another with --map NAME (Future state)"),
        "{said}"
    );
    let out = waymark(&[
        "export",
        s,
        "-o",
        svg.to_str().expect("utf-8"),
        "--map",
        "Future state",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!stderr(&out).contains("maps;"), "{}", stderr(&out));
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
        "use a .png, .svg, .pdf, .pptx, .html, .csv or .mmd",
    );
    fails_with(&waymark(&["frobnicate", "--wat"]), "see `waymark --help`");
    fails_with(&waymark(&["export", b]), "see `waymark --help`");
    // The message names what is missing (clap puts it on the lines under the first), and
    // `new --help` lists every template.
    fails_with(
        &waymark(&["new"]),
        "the following required arguments were not provided: <FILE>",
    );
    let help = String::from_utf8_lossy(&waymark(&["new", "--help"]).stdout).replace('\n', " ");
    for (name, _) in waymark::assets::TEMPLATES {
        assert!(help.contains(name), "`new --help` lists {name}: {help}");
    }

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
    // A mistyped command opens no window.
    fails_with(
        &waymark(&["exprot"]),
        "no command or file named \"exprot\" (see `waymark --help`)",
    );
    let generated = dir.path().join("generated.waymark");
    let g = generated.to_str().expect("utf-8");
    for flag in ["--stages", "--lanes"] {
        fails_with(
            &waymark(&["generate", g, flag, "0"]),
            "a map needs at least one stage and one lane",
        );
    }
    fails_with(
        &waymark(&["export", s, "-o", "/tmp/x.png", "--stages", "9-12"]),
        "--stages: \"Current state\" has 5 stage(s), so there is no stage 9",
    );
}

#[test]
fn check_counts_in_words() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("blank.waymark");
    let p = path.to_str().expect("utf-8");
    let out = waymark(&["new", p, "--template", "blank"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = waymark(&["check", p]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.ends_with(": ok (1 map, 0 cards)\n"), "{text}");
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

    // A Mermaid journey imports (the format from the extension) and round-trips.
    let from_mmd = dir.path().join("from-mmd.waymark");
    let from_mmd_path = from_mmd.to_str().expect("utf-8");
    let out = waymark(&["import", mmd.to_str().expect("utf-8"), "-o", from_mmd_path]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(waymark(&["check", from_mmd_path]).status.success());
    let again = dir.path().join("again.mmd");
    let out = waymark(&[
        "export",
        from_mmd_path,
        "-o",
        again.to_str().expect("utf-8"),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        std::fs::read_to_string(&again).expect("again"),
        std::fs::read_to_string(&mmd).expect("mmd"),
        "export → import → export keeps the tasks and their scores"
    );
    // A score Mermaid cannot draw imports with one warning line; a line that is no
    // statement is one error.
    let odd_score = dir.path().join("odd.mmd");
    std::fs::write(&odd_score, "journey\nsection A\n  Task: lots: Me\n").expect("write");
    let out = waymark(&[
        "import",
        odd_score.to_str().expect("utf-8"),
        "-o",
        project_path,
        "--force",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let warning = stderr(&out);
    assert_eq!(warning.lines().count(), 1, "{warning}");
    assert!(
        warning.contains("waymark: warning: ")
            && warning.contains("line 3: the score “lots” of task “Task” is not a number"),
        "{warning}"
    );
    let bad = dir.path().join("bad.mmd");
    std::fs::write(&bad, "journey\nsection A\n  Just words\n").expect("write");
    fails_with(
        &waymark(&[
            "import",
            bad.to_str().expect("utf-8"),
            "-o",
            project_path,
            "--force",
        ]),
        "line 3: “Just words” is not a task",
    );
    let odd = dir.path().join("journey.txt");
    std::fs::write(&odd, "journey\n").expect("write");
    fails_with(
        &waymark(&[
            "import",
            odd.to_str().expect("utf-8"),
            "-o",
            project_path,
            "--force",
        ]),
        "a CSV grid (.csv) or a Mermaid journey (.mmd",
    );
    // Notes stay out of an export unless asked for.
    let showcase = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../core/tests/fixtures/v2-showcase.waymark"
    );
    let svg = dir.path().join("notes.svg");
    let svg_path = svg.to_str().expect("utf-8");
    assert!(
        waymark(&["export", showcase, "-o", svg_path])
            .status
            .success()
    );
    assert!(
        !std::fs::read_to_string(&svg)
            .expect("svg")
            .contains("Review notes")
    );
    assert!(
        waymark(&["export", showcase, "-o", svg_path, "--include-notes"])
            .status
            .success()
    );
    assert!(
        std::fs::read_to_string(&svg)
            .expect("svg")
            .contains("Review notes")
    );
}

#[test]
fn fmt_rewrites_in_canonical_form_and_check_only_reports() {
    let dir = tempfile::tempdir().expect("tempdir");
    // Compact JSON, an unknown number written as it was, an emotion written as 2.0.
    let text = String::from_utf8(
        serde_json::to_vec(
            &serde_json::from_str::<serde_json::Value>(waymark::assets::SAMPLE).expect("json"),
        )
        .expect("json"),
    )
    .expect("utf-8")
    .replacen("{", "{\"x-precise\":1.50,", 1)
    .replacen("\"emotion\":1", "\"emotion\":1.0", 1);
    let path = dir.path().join("map.json");
    std::fs::write(&path, &text).expect("write");
    let p = path.to_str().expect("utf-8");
    fails_with(&waymark(&["fmt", p, "--check"]), "is not in canonical form");
    assert_eq!(
        std::fs::read_to_string(&path).expect("read"),
        text,
        "--check changes nothing"
    );
    let out = waymark(&["fmt", p]);
    assert!(out.status.success(), "{}", stderr(&out));
    let formatted = std::fs::read(&path).expect("read");
    let project = waymark::io::load_bytes(&formatted).expect("loads");
    assert_eq!(
        formatted,
        waymark::io::to_bytes(&project).expect("save bytes"),
        "what Save writes"
    );
    assert!(String::from_utf8_lossy(&formatted).contains("\"x-precise\": 1.50"));
    let out = waymark(&["fmt", p, "--check"]);
    assert!(out.status.success() && out.stdout.is_empty() && out.stderr.is_empty());

    // Through a symbolic link: the link stays, the target gets the bytes and keeps its mode.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let target = dir.path().join("target.json");
        std::fs::write(&target, &text).expect("write");
        std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o640)).expect("chmod");
        let link = dir.path().join("link.json");
        std::os::unix::fs::symlink("target.json", &link).expect("symlink");
        let out = waymark(&["fmt", link.to_str().expect("utf-8")]);
        assert!(out.status.success(), "{}", stderr(&out));
        assert!(
            std::fs::symlink_metadata(&link)
                .expect("link")
                .file_type()
                .is_symlink()
        );
        assert_eq!(std::fs::read(&target).expect("target"), formatted);
        let mode = std::fs::metadata(&target)
            .expect("target")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o640);
    }

    // Errors as in the other commands.
    let broken = sample_file(dir.path(), "broken.json", |v| {
        v["maps"][0]["cards"][0]["lane"] = "l-gone".into();
    });
    fails_with(&waymark(&["fmt", &broken]), "lane l-gone does not exist");
    let newer = sample_file(dir.path(), "newer.json", |v| v["version"] = 9.into());
    fails_with(&waymark(&["fmt", &newer]), "format version 9");
    fails_with(&waymark(&["fmt", "/nonexistent/x.json"]), "cannot read");
}

#[test]
fn check_names_cards_in_a_lane_that_cannot_show_them() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("plan.waymark");
    let mut project = waymark::io::load_bytes(waymark::assets::SAMPLE.as_bytes()).expect("sample");
    let map = &mut project.maps[0];
    let lane = map.cards[0].lane.clone();
    let held = map.cards.iter().filter(|c| c.lane == lane).count();
    let index = map.lane_index(&lane).expect("lane");
    map.lanes[index].kind = waymark::model::LaneKind::Metrics;
    waymark::io::save_path(&project, &file).expect("save");
    let out = waymark(&["check", file.to_str().expect("utf-8")]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    let hidden: Vec<&str> = err
        .lines()
        .filter(|l| l.contains("cannot show cards"))
        .collect();
    assert_eq!(hidden.len(), held, "{err}");
    assert!(hidden[0].contains(&project.maps[0].cards[0].id.0), "{err}");
}

#[test]
fn check_names_a_card_in_a_blueprint_line_and_a_link_to_a_missing_map() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("plan.waymark");
    let mut project = waymark::io::load_bytes(waymark::assets::SAMPLE.as_bytes()).expect("sample");
    let map = &mut project.maps[0];
    // An empty lane made a line, then a hand edit puts a card in it.
    map.lanes.push(waymark::model::Lane {
        id: "l-visibility".into(),
        name: "Line of visibility".into(),
        kind: waymark::model::LaneKind::Line,
        ..Default::default()
    });
    map.cards[0].lane = "l-visibility".into();
    map.cards[1].opens = Some("m-gone".into());
    waymark::io::save_path(&project, &file).expect("save");
    let out = waymark(&["check", file.to_str().expect("utf-8")]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    let card = |i: usize| project.maps[0].cards[i].id.0.clone();
    assert!(
        err.lines().any(|l| l.contains(&card(0))
            && l.contains("Line of visibility")
            && l.contains("cannot show cards")),
        "{err}"
    );
    assert!(
        err.lines().any(|l| l.contains(&card(1))
            && l.contains("m-gone")
            && l.contains("not a map of the project")),
        "{err}"
    );
}

#[test]
fn export_lang_draws_the_labels_in_that_language_for_one_export() {
    let dir = tempfile::tempdir().expect("tempdir");
    let project = dir.path().join("sample.waymark");
    std::fs::write(&project, waymark::assets::SAMPLE).expect("write");
    let p = project.to_str().expect("utf-8 path");
    let svg = |lang: Option<&str>| {
        let out_path = dir
            .path()
            .join(format!("map-{}.svg", lang.unwrap_or("own")));
        let o = out_path.to_str().expect("utf-8");
        let mut args = vec!["export", p, "-o", o, "--map", "Current state"];
        if let Some(lang) = lang {
            args.extend(["--lang", lang]);
        }
        let out = waymark(&args);
        assert!(out.status.success(), "{}", stderr(&out));
        assert!(out.stderr.is_empty(), "{}", stderr(&out));
        std::fs::read_to_string(&out_path).expect("svg")
    };
    let own = svg(None);
    assert!(
        own.contains(">GOALS<") && own.contains(">Pain point<"),
        "English by default"
    );
    let ja = svg(Some("ja"));
    assert!(
        ja.contains(">目標<") && ja.contains("ペインポイント"),
        "Japanese labels"
    );
    assert!(!ja.contains(">GOALS<") && !ja.contains(">Pain point<"));
    assert!(
        ja.contains("Weekly shop"),
        "the user's text is not translated"
    );
    let de = svg(Some("de-AT"));
    assert!(
        de.contains(">ZIELE<") && de.contains("Schmerzpunkt"),
        "German labels"
    );
    // The file itself is untouched, and the messages stay English.
    assert!(
        !std::fs::read_to_string(&project)
            .expect("read")
            .contains("\"language\"")
    );
    fails_with(
        &waymark(&["export", p, "-o", "x.svg", "--lang", "not a tag"]),
        "is not a language tag",
    );
}
