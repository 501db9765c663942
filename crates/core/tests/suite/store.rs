//! The file lifecycle in the core: saves that survive being killed, backups, recovery
//! copies, recent files, outside changes and newer-version files.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use crate::support::sample;
use waymark_core::edit::Editor;
use waymark_core::generate::generate;
use waymark_core::io;
use waymark_core::store::{self, DataDir, SaveProblem, backup, recent, recovery};

fn open(path: &Path) -> Editor {
    let opened = io::open_path(path).expect("open");
    Editor::opened(opened, path.to_owned())
}

/// Run as a child process by the test below: saves two projects in turn, forever. The
/// bytes are made once, so nearly all the child's time is spent inside the atomic write.
fn save_forever(target: &Path) -> ! {
    let files = [
        io::to_bytes(&generate(8, 8, 20_000, 1)).expect("encode"),
        io::to_bytes(&generate(8, 8, 20_000, 2)).expect("encode"),
    ];
    loop {
        for bytes in &files {
            io::write_atomic(target, bytes).expect("save");
        }
    }
}

#[test]
fn killing_a_save_at_random_moments_never_leaves_a_broken_file() {
    const NAME: &str = "store::killing_a_save_at_random_moments_never_leaves_a_broken_file";
    if let Some(target) = std::env::var_os("WAYMARK_SAVE_LOOP") {
        save_forever(Path::new(&target));
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("big.json");
    let (a, b) = (generate(8, 8, 20_000, 1), generate(8, 8, 20_000, 2));
    io::save_path(&a, &file).expect("first save");
    let exe = std::env::current_exe().expect("test binary");
    let mut seed = 0x9E37_79B9_7F4A_7C15_u64;
    let mut torn_writes = 0;
    for round in 0..16 {
        let mut child = Command::new(&exe)
            .args(["--exact", NAME, "--nocapture", "--test-threads=1"])
            .env("WAYMARK_SAVE_LOOP", &file)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start the saving child");
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        std::thread::sleep(Duration::from_millis(250 + seed % 400));
        assert!(
            child.try_wait().expect("poll").is_none(),
            "round {round}: the saving child runs until it is killed"
        );
        child.kill().expect("kill");
        child.wait().expect("wait");
        let project = io::load_path(&file)
            .unwrap_or_else(|e| panic!("round {round}: the file is broken after a kill: {e}"));
        assert!(
            project == a || project == b,
            "round {round}: unexpected content"
        );
        let leftovers = std::fs::read_dir(dir.path())
            .expect("list")
            .flatten()
            .count()
            - 1;
        torn_writes += usize::from(leftovers > 0);
        // The next save cleans up what a killed save left behind.
        io::save_path(&a, &file).expect("save after the kill");
        let files: Vec<_> = std::fs::read_dir(dir.path())
            .expect("list")
            .flatten()
            .map(|e| e.path())
            .collect();
        assert_eq!(
            files,
            std::slice::from_ref(&file),
            "round {round}: no temp file stays"
        );
    }
    eprintln!("{torn_writes} of 16 kills interrupted a write (its temp file was left)");
}

#[test]
fn a_save_removes_temp_files_that_killed_saves_left_but_not_a_running_saves() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("map.json");
    io::save_path(&sample(), &file).expect("first save");
    let put = |name: &str| {
        let path = dir.path().join(name);
        std::fs::write(&path, b"partial").expect("write");
        path
    };
    let killed = put(".map.json.a1B2c3.tmp");
    let running = put(".map.json.Z9y8X7.tmp");
    let not_ours = [put(".map.json.old.tmp"), put(".other.json.a1B2c3.tmp")];
    // A save in progress holds a lock on its temp file.
    let held = std::fs::File::open(&running).expect("open");
    held.lock().expect("lock");
    io::save_path(&sample(), &file).expect("save");
    assert!(!killed.exists(), "a killed save's temp file is removed");
    assert!(running.exists(), "a running save's temp file is left alone");
    for path in &not_ours {
        assert!(
            path.exists(),
            "{} is not this file's temp file",
            path.display()
        );
    }
    drop(held);
    io::save_path(&sample(), &file).expect("save");
    assert!(
        !running.exists(),
        "once its save is gone, it is removed too"
    );
}

#[cfg(unix)]
#[test]
fn saving_keeps_permissions_and_writes_through_a_symbolic_link() {
    use std::os::unix::fs::{PermissionsExt as _, symlink};
    let dir = tempfile::tempdir().expect("temp dir");
    let mode = |path: &Path| {
        std::fs::metadata(path)
            .expect("metadata")
            .permissions()
            .mode()
            & 0o777
    };
    // A new file gets the same mode as any file made here (not tempfile's 0600).
    let new = dir.path().join("new.json");
    io::save_path(&sample(), &new).expect("new file");
    let plain = dir.path().join("plain");
    std::fs::File::create(&plain).expect("create");
    assert_eq!(mode(&new), mode(&plain));
    // An existing file keeps its mode.
    std::fs::set_permissions(&new, std::fs::Permissions::from_mode(0o640)).expect("chmod");
    io::save_path(&generate(2, 2, 3, 1), &new).expect("save");
    assert_eq!(mode(&new), 0o640);
    // A link (relative, in another folder) stays a link; its target gets the bytes.
    let real_dir = dir.path().join("real");
    std::fs::create_dir(&real_dir).expect("mkdir");
    let real = real_dir.join("map.json");
    io::save_path(&sample(), &real).expect("target");
    std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o600)).expect("chmod");
    let link = dir.path().join("link.json");
    symlink("real/map.json", &link).expect("symlink");
    let project = generate(3, 3, 5, 2);
    io::save_path(&project, &link).expect("save through the link");
    assert!(
        std::fs::symlink_metadata(&link)
            .expect("link")
            .file_type()
            .is_symlink(),
        "the link is kept"
    );
    assert_eq!(io::load_path(&real).expect("target"), project);
    assert_eq!(mode(&real), 0o600);
    let names = |d: &Path| -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(d)
            .expect("list")
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    };
    assert_eq!(
        names(&real_dir),
        ["map.json"],
        "no temp file beside the target"
    );
    assert_eq!(
        names(dir.path()),
        ["link.json", "new.json", "plain", "real"]
    );
}

/// The data folder a fresh process finds with `vars` set (`None`: removed).
fn data_dir_with(vars: &[(&str, Option<&str>)]) -> String {
    const NAME: &str = "store::the_data_folder_is_waymark_data_dir_else_the_platforms";
    let mut command = Command::new(std::env::current_exe().expect("test binary"));
    command
        .args(["--exact", NAME, "--nocapture", "--test-threads=1"])
        .env("WAYMARK_PRINT_DATA_DIR", "1");
    for (name, value) in vars {
        match value {
            Some(value) => command.env(name, value),
            None => command.env_remove(name),
        };
    }
    let output = command.output().expect("run the child");
    let stdout = String::from_utf8_lossy(&output.stdout);
    stdout
        .lines()
        .find_map(|l| l.split_once("DATA_DIR=").map(|(_, dir)| dir))
        .unwrap_or_else(|| panic!("no data folder printed: {stdout}"))
        .to_owned()
}

#[test]
fn the_data_folder_is_waymark_data_dir_else_the_platforms() {
    if std::env::var_os("WAYMARK_PRINT_DATA_DIR").is_some() {
        let dir = DataDir::from_env().map(|d| d.root().display().to_string());
        println!("DATA_DIR={}", dir.unwrap_or_else(|| "none".to_owned()));
        std::process::exit(0);
    }
    let data = data_dir_with(&[
        ("WAYMARK_DATA_DIR", Some("/tmp/waymark-data")),
        ("XDG_DATA_HOME", Some("/tmp/xdg")),
    ]);
    assert_eq!(data, "/tmp/waymark-data", "$WAYMARK_DATA_DIR wins");
    if cfg!(target_os = "linux") {
        let xdg = data_dir_with(&[
            ("WAYMARK_DATA_DIR", Some("")),
            ("XDG_DATA_HOME", Some("/tmp/xdg")),
            ("HOME", Some("/tmp/home")),
        ]);
        assert_eq!(
            xdg, "/tmp/xdg/waymark",
            "an empty $WAYMARK_DATA_DIR is unset"
        );
        let home = data_dir_with(&[
            ("WAYMARK_DATA_DIR", None),
            ("XDG_DATA_HOME", None),
            ("HOME", Some("/tmp/home")),
        ]);
        assert_eq!(home, "/tmp/home/.local/share/waymark");
        let relative = data_dir_with(&[
            ("WAYMARK_DATA_DIR", None),
            ("XDG_DATA_HOME", Some("relative/data")),
            ("HOME", Some("/tmp/home")),
        ]);
        assert_eq!(
            relative, "/tmp/home/.local/share/waymark",
            "a relative $XDG_DATA_HOME is ignored, as the XDG spec says"
        );
    }
}

#[test]
fn the_frozen_v1_fixture_loads() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let project = io::load_path(&dir.join("v1-online-grocery.json")).expect("v1 fixture");
    assert_eq!(project.title, "Online grocery order");
    assert_eq!(project.maps[0].cards.len(), 41);
    assert_eq!(project.personas[0].name, "Maya");
}

#[test]
fn saving_keeps_the_last_ten_previous_versions_as_backups() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = DataDir::new(dir.path().join("data"));
    let file = dir.path().join("map.json");
    io::save_path(&sample(), &file).expect("first version");
    let mut editor = open(&file);
    let mut versions = vec![std::fs::read(&file).expect("read")];
    for i in 0..12 {
        save_titled(&mut editor, &file, &data, &format!("Version {i}"));
        versions.push(std::fs::read(&file).expect("read"));
    }
    let backups = backup::list(&data, &file);
    assert_eq!(backups.len(), backup::KEEP);
    // Newest backup = the version before the last save; oldest kept = ten saves back.
    assert_eq!(std::fs::read(&backups[0]).expect("read"), versions[11]);
    assert_eq!(std::fs::read(&backups[9]).expect("read"), versions[2]);
    assert!(!editor.is_dirty());
    // Each backup's name says when it was made, newest first, just now.
    let now = waymark_core::dates::now_millis();
    let times: Vec<u64> = backups
        .iter()
        .map(|b| backup::written(b).expect("a time"))
        .collect();
    assert!(times.windows(2).all(|w| w[0] > w[1]), "{times:?}");
    assert!(now - times[0] < 60_000, "{now} {times:?}");
    assert_eq!(
        waymark_core::dates::ago(times[0], now),
        "less than a minute ago"
    );
}

#[test]
fn save_refuses_to_overwrite_a_file_changed_on_disk() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("map.json");
    io::save_path(&sample(), &file).expect("save");
    let mut editor = open(&file);
    assert_eq!(store::disk_changed(&editor), Some(false));
    // Same bytes again: the modification time changes, the content does not.
    std::fs::write(&file, std::fs::read(&file).expect("read")).expect("touch");
    assert_eq!(store::disk_changed(&editor), Some(false));
    let mut theirs = sample();
    theirs.title = "Theirs".to_owned();
    io::save_path(&theirs, &file).expect("their save");
    assert_eq!(store::disk_changed(&editor), Some(true));
    let result = store::save_document(&mut editor, &file, None, false);
    assert!(
        matches!(result, Err(SaveProblem::ChangedOnDisk { .. })),
        "{result:?}"
    );
    assert_eq!(io::load_path(&file).expect("load"), theirs, "untouched");
    store::save_document(&mut editor, &file, None, true).expect("overwrite when asked");
    assert_eq!(io::load_path(&file).expect("load"), sample());
}

#[test]
fn a_newer_version_file_is_never_overwritten_but_can_be_saved_as_a_copy() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("future.json");
    let text = waymark_core::assets::SAMPLE.replacen("\"version\": 2", "\"version\": 9", 1);
    std::fs::write(&file, &text).expect("write");
    assert!(matches!(
        io::load_path(&file),
        Err(io::LoadError::NewerVersion { found: 9, .. })
    ));
    let mut editor = open(&file);
    assert_eq!(editor.newer_version(), Some(9));
    let result = store::save_document(&mut editor, &file, None, true);
    assert!(
        matches!(result, Err(SaveProblem::ReadOnly { version: 9, .. })),
        "{result:?}"
    );
    assert_eq!(std::fs::read_to_string(&file).expect("read"), text);
    let copy = dir.path().join("copy.json");
    store::save_document(&mut editor, &copy, None, false).expect("save as");
    assert!(!editor.is_read_only());
    assert_eq!(io::load_path(&copy).expect("copy loads"), sample());
}

#[test]
fn a_newer_version_file_this_version_cannot_read_gives_a_clear_error() {
    let text = r#"{"format": "waymark", "version": 5, "maps": "now a string"}"#;
    let error = io::open_bytes(text.as_bytes()).expect_err("cannot read");
    assert!(error.to_string().contains("update Waymark"), "{error}");
}

#[test]
fn recovery_copies_are_offered_only_once_their_window_is_gone() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = DataDir::new(dir.path().join("data"));
    let file = dir.path().join("map.json");
    let mut slot = recovery::Slot::claim(&data, Some(&file)).expect("claim");
    let mut project = sample();
    project.title = "Unsaved".to_owned();
    slot.write(&project, Some(&file), Some(42)).expect("write");
    assert!(recovery::orphans(&data).is_empty(), "its window still runs");
    drop(slot); // a crash
    let orphans = recovery::orphans(&data);
    assert_eq!(orphans.len(), 1);
    assert_eq!(orphans[0].load().expect("load"), project);
    assert_eq!(orphans[0].base_hash, Some(42));
    assert!(orphans[0].differs_from_disk(), "no file on disk");
    io::save_path(&project, &file).expect("save");
    assert!(!orphans[0].differs_from_disk());
    orphans[0].discard();
    assert!(recovery::orphans(&data).is_empty());
}

#[test]
fn the_recent_list_keeps_ten_newest_first_without_repeats() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = DataDir::new(dir.path().join("data"));
    for i in 0..12 {
        recent::add(&data, &dir.path().join(format!("{i}.json"))).expect("add");
    }
    recent::add(&data, &dir.path().join("5.json")).expect("again");
    let list = recent::load(&data);
    assert_eq!(list.len(), recent::MAX);
    assert!(list[0].ends_with("5.json"));
    assert!(list[1].ends_with("11.json"));
    assert_eq!(list.iter().filter(|p| p.ends_with("5.json")).count(), 1);
    recent::remove(&data, &list[0]).expect("remove");
    assert!(recent::load(&data)[0].ends_with("11.json"));
    std::fs::write(data.root().join("recent.json"), "{ not json").expect("damage");
    assert!(
        recent::load(&data).is_empty(),
        "a damaged list is just empty"
    );
}

/// Saves `editor` to `file` with the first card retitled to `title`.
fn save_titled(editor: &mut Editor, file: &Path, data: &DataDir, title: &str) {
    let card = editor.project().maps[0].cards[0].clone();
    let action = waymark_core::edit::Action::UpdateCard(waymark_core::model::Card {
        title: title.to_owned(),
        ..card
    });
    let map = editor.project().maps[0].id.clone();
    editor.perform(&map, action, None).expect("edit");
    store::save_document(editor, file, Some(data), false).expect("save");
}

#[test]
fn a_json_project_renamed_to_waymark_keeps_its_recent_entry_and_backups() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = DataDir::new(dir.path().join("data"));
    let old = dir.path().join("plan.json");
    io::save_path(&sample(), &old).expect("first version");
    // A backup left by an earlier Waymark, named .json.
    let legacy_folder = backup::folder(&data, &old);
    std::fs::create_dir_all(&legacy_folder).expect("folder");
    std::fs::write(legacy_folder.join("000000000000001.json"), "oldest").expect("backup");
    let mut editor = open(&old);
    save_titled(&mut editor, &old, &data, "Saved as json");
    recent::add(&data, &old).expect("recent");
    let before = backup::list(&data, &old);
    assert_eq!(before.len(), 2);
    assert!(
        before[0].extension().is_some_and(|e| e == "waymark"),
        "{before:?}"
    );

    // Renamed in the file manager: the recent entry follows, the backups too.
    let new = dir.path().join("plan.waymark");
    std::fs::rename(&old, &new).expect("rename");
    let recent = recent::load(&data);
    assert_eq!(recent.len(), 1);
    assert!(recent[0].ends_with("plan.waymark"), "{recent:?}");
    let mut editor = open(&new);
    save_titled(&mut editor, &new, &data, "Saved as waymark");
    let after = backup::list(&data, &new);
    assert_eq!(after.len(), 3, "{after:?}");
    assert_eq!(after[1..], before[..]);
    assert!(
        String::from_utf8_lossy(&std::fs::read(&after[0]).expect("read")).contains("Saved as json")
    );
    assert_eq!(std::fs::read(&after[2]).expect("read"), b"oldest");
}

#[test]
fn project_file_names() {
    use std::path::PathBuf;
    assert!(io::is_project_path(Path::new("a/plan.waymark")));
    assert!(io::is_project_path(Path::new("plan.JSON")));
    assert!(!io::is_project_path(Path::new("plan.csv")));
    let named = |s: &str| io::with_project_extension(PathBuf::from(s));
    assert_eq!(named("plan"), PathBuf::from("plan.waymark"));
    assert_eq!(named("Journey v1.2"), PathBuf::from("Journey v1.2.waymark"));
    assert_eq!(named("plan.json"), PathBuf::from("plan.json"));
    assert_eq!(named("plan.waymark"), PathBuf::from("plan.waymark"));
}

#[test]
fn settings_round_trip_keep_unknown_fields_and_come_back_in_range() {
    use waymark_core::store::settings::{self, ExportBackground, Settings, Theme};
    let dir = tempfile::tempdir().expect("temp dir");
    let data = DataDir::new(dir.path().join("data"));
    assert_eq!(
        settings::load(&data).expect("no file yet"),
        Settings::default()
    );
    let chosen = Settings {
        author: "Maya Chen".to_owned(),
        template: "b2b".to_owned(),
        export_scale: 3.0,
        export_background: ExportBackground::Transparent,
        recovery_seconds: 120,
        map_font: Some("Noto Serif".to_owned()),
        theme: Theme::Dark,
        dark_canvas: false,
        language: Some("ja".to_owned()),
        ..Settings::default()
    };
    settings::save(&data, &chosen).expect("save");
    assert_eq!(settings::load(&data).expect("load"), chosen);
    let text = std::fs::read_to_string(settings::path(&data)).expect("read");
    assert!(text.contains(r#""language": "ja""#), "{text}");
    // "System" (no language) writes no field, as files from before the setting had none.
    settings::save(&data, &Settings::default()).expect("save");
    let text = std::fs::read_to_string(settings::path(&data)).expect("read");
    assert!(!text.contains("language"), "{text}");

    // A newer Waymark's field survives; values out of range are brought back.
    std::fs::write(
        settings::path(&data),
        r#"{ "template": "nope", "export_scale": 40, "recovery_seconds": 0,
             "author": " Ana\n ", "map_font": " ", "theme": "light", "from_the_future": [1],
             "language": "not a tag" }"#,
    )
    .expect("write");
    let read = settings::load(&data).expect("load");
    assert_eq!(read.template, "standard");
    assert_eq!(read.export_scale, 4.0);
    assert_eq!(read.recovery_seconds, 5);
    assert_eq!(read.author, "Ana");
    assert_eq!(read.map_font, None);
    assert_eq!(read.theme, Theme::Light);
    assert_eq!(read.language, None, "a language that is no tag is System");
    settings::save(&data, &read).expect("save");
    let text = std::fs::read_to_string(settings::path(&data)).expect("read");
    assert!(text.contains("from_the_future"), "{text}");

    std::fs::write(settings::path(&data), "{ damaged").expect("damage");
    let error = settings::load(&data).expect_err("damaged");
    assert!(
        error.to_string().contains("the defaults are used"),
        "{error}"
    );
}
