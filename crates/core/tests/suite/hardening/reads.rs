//! Bounded reads: every reader checks the size first and refuses what is not a file; writes
//! never replace what is not a file.

use std::path::Path;

use waymark_core::io::{self, LoadError, ReadError};
use waymark_core::store::settings::{self, prefs};
use waymark_core::store::{DataDir, copies, presence, recent};
use waymark_core::{images, interop};

use super::{fifo, sample, sparse, within};

#[test]
fn bounded_reads_check_the_size_first_and_refuse_what_is_not_a_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let pipe = fifo(&dir.path().join("pipe"));
    let err = within("read_bounded on a FIFO", move || {
        io::read_bounded(&pipe, 100).expect_err("a FIFO")
    });
    assert!(matches!(err, ReadError::NotAFile { .. }), "{err}");
    assert!(err.to_string().contains("named pipe (FIFO)"), "{err}");
    let err = io::read_bounded(dir.path(), 100).expect_err("a folder");
    assert!(err.to_string().contains("a folder"), "{err}");
    let err = within("read_bounded on /dev/zero", || {
        io::read_bounded(Path::new("/dev/zero"), 100).expect_err("a device")
    });
    assert!(err.to_string().contains("a device"), "{err}");
    // 4 GB on paper: refused from the metadata, in no time and no memory.
    let huge = sparse(&dir.path().join("huge"), 4_000_000_000);
    let err = io::read_bounded(&huge, 1_000_000).expect_err("too large");
    assert!(
        matches!(
            err,
            ReadError::TooLarge {
                bytes: 4_000_000_000,
                limit: 1_000_000,
                ..
            }
        ),
        "{err}"
    );
    // At the limit it reads; one byte over it does not.
    let exact = dir.path().join("exact");
    std::fs::write(&exact, [7u8; 100]).expect("write");
    assert_eq!(io::read_bounded(&exact, 100).expect("reads").len(), 100);
    assert!(matches!(
        io::read_bounded(&exact, 99),
        Err(ReadError::TooLarge { bytes: 100, .. })
    ));
    // A symbolic link to a regular file reads; one to a FIFO does not.
    {
        let link = dir.path().join("link");
        std::os::unix::fs::symlink(&exact, &link).expect("symlink");
        assert_eq!(io::read_bounded(&link, 100).expect("reads").len(), 100);
        let to_pipe = dir.path().join("to-pipe");
        std::os::unix::fs::symlink(dir.path().join("pipe"), &to_pipe).expect("symlink");
        let err = within("read_bounded through a link to a FIFO", move || {
            io::read_bounded(&to_pipe, 100).expect_err("a FIFO")
        });
        assert!(matches!(err, ReadError::NotAFile { .. }), "{err}");
    }
}

#[test]
fn every_reader_refuses_a_fifo_at_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path().to_owned();
    // Projects (open, check, diff, merge, export, fmt all read through this).
    let pipe = fifo(&root.join("plan.waymark"));
    let err = within("load_path", move || io::load_path(&pipe).expect_err("FIFO"));
    assert!(matches!(err, LoadError::Read { .. }), "{err}");
    assert!(err.to_string().contains("named pipe"), "{err}");
    // Imports.
    for name in ["grid.csv", "journey.mmd"] {
        let pipe = fifo(&root.join(name));
        let err = within(name, move || interop::import_file(&pipe).expect_err("FIFO"));
        assert!(err.to_string().contains("named pipe"), "{name}: {err}");
    }
    // Pictures.
    let pipe = fifo(&root.join("photo.png"));
    let err = within("picture", move || {
        images::prepare_file(&pipe).expect_err("FIFO").to_string()
    });
    assert!(err.contains("named pipe"), "{err}");
    // The data folder: settings, recent files, remembered choices, recovery copies.
    let data = root.join("data");
    std::fs::create_dir_all(data.join("recovery")).expect("mkdir");
    fifo(&data.join(settings::FILE_NAME));
    fifo(&data.join("recent.json"));
    fifo(&data.join("export.json"));
    let (settings_error, recent_list, pref) = within("the data folder", move || {
        let data = DataDir::new(data);
        (
            settings::load(&data).expect_err("FIFO").to_string(),
            recent::load(&data),
            prefs::load(&data, "export", None),
        )
    });
    assert!(settings_error.contains("named pipe"), "{settings_error}");
    assert!(recent_list.is_empty());
    assert!(pref.is_none());
}

#[test]
fn huge_files_are_refused_from_their_size_alone() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    let gigabytes = 4_000_000_000;
    // settings.json: read at start-up; refused with its size and the limit.
    let data = DataDir::new(root.join("data"));
    std::fs::create_dir_all(data.root()).expect("mkdir");
    sparse(&settings::path(&data), gigabytes);
    let e = settings::load(&data).expect_err("too large").to_string();
    assert!(e.contains("4 GB") || e.contains("4000 MB"), "{e}");
    assert!(e.contains("limit"), "{e}");
    sparse(&data.root().join("recent.json"), gigabytes);
    assert!(recent::load(&data).is_empty());
    // A picture (40 MB).
    let png = sparse(&root.join("photo.png"), gigabytes);
    let e = images::prepare_file(&png)
        .expect_err("too large")
        .to_string();
    assert!(e.contains("limit"), "{e}");
    // A project and both imports.
    let plan = sparse(&root.join("plan.waymark"), gigabytes);
    assert!(matches!(
        io::load_path(&plan),
        Err(LoadError::TooLarge { .. })
    ));
    for name in ["grid.csv", "journey.mmd"] {
        let path = sparse(&root.join(name), gigabytes);
        let e = interop::import_file(&path)
            .expect_err("too large")
            .to_string();
        assert!(e.contains("limit"), "{name}: {e}");
    }
}

#[test]
fn writes_never_replace_what_is_not_a_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let pipe = fifo(&dir.path().join("out.waymark"));
    let e = io::write_atomic(&pipe, b"{}").expect_err("a FIFO");
    assert!(e.to_string().contains("named pipe"), "{e}");
    use std::os::unix::fs::FileTypeExt as _;
    let kept = std::fs::symlink_metadata(&pipe).expect("still there");
    assert!(kept.file_type().is_fifo());
}

/// Presence files sit in a shared folder anyone with the project can write to: a FIFO
/// there must not freeze the window that looks who else has the file open, nor a huge
/// file be read.
#[test]
fn a_fifo_or_a_huge_file_among_presence_files_blocks_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let plan = dir.path().join("plan.waymark");
    io::save_path(&sample(), &plan).expect("save");
    let folder = presence::folder(&plan).expect("folder");
    std::fs::create_dir_all(&folder).expect("mkdir");
    fifo(&folder.join("mallory@host-1.json"));
    sparse(&folder.join("huge@host-2.json"), 4_000_000_000);
    let now = 1_800_000_000;
    std::fs::write(
        folder.join("aiko@host-3.json"),
        format!(r#"{{"name":"愛子 🙂","since":{now},"seen":{now}}}"#),
    )
    .expect("write");
    let names: Vec<String> = within("presence::others_at", move || {
        presence::others_at(&plan, None, now)
            .into_iter()
            .map(|v| v.name)
            .collect()
    });
    assert_eq!(names, ["愛子 🙂"]);
}

/// A sync service's conflict copy is put away into the backups once merged: a FIFO or a
/// huge file by that name is refused at once, and left where it is.
#[test]
fn a_conflict_copy_that_is_not_a_small_regular_file_is_not_put_away() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = DataDir::new(dir.path().join("data"));
    let plan = dir.path().join("plan.waymark");
    io::save_path(&sample(), &plan).expect("save");
    let pipe = fifo(&dir.path().join("plan (Aiko's conflicted copy).waymark"));
    let huge = sparse(
        &dir.path().join("plan (conflict 2026-12-03).waymark"),
        4_000_000_000,
    );
    for copy in [pipe, huge] {
        let (d, p, c) = (data.clone(), plan.clone(), copy.clone());
        let err = within("copies::put_away", move || {
            copies::put_away(&d, &p, &c)
                .map(|_| ())
                .expect_err("refused")
                .to_string()
        });
        assert!(
            err.contains("named pipe") || err.contains("limit"),
            "{}: {err}",
            copy.display()
        );
        assert!(std::fs::symlink_metadata(&copy).is_ok(), "left where it is");
    }
}

/// Issue 30's audit: 40 million numbers in an unknown field (an 80 MB file, under the
/// 256 MB limit) took 2.5 GB to read. Values are counted before anything is parsed;
/// commas inside a text do not count.
#[test]
fn a_project_of_millions_of_values_is_refused_before_it_is_parsed() {
    let text = String::from_utf8(io::to_bytes(&sample()).expect("saves")).expect("utf-8");
    let open = text.trim_end().strip_suffix('}').expect("an object");
    let numbers = format!(
        "{open},\"numbers\":[0{}]}}",
        ",0".repeat(io::MAX_JSON_VALUES)
    );
    let err = io::load_bytes(numbers.as_bytes()).expect_err("too many values");
    assert!(matches!(err, LoadError::TooManyValues { .. }), "{err}");
    assert!(err.to_string().contains("limit of 10,000,000"), "{err}");
    let commas = format!(
        "{open},\"note\":\"{}\"}}",
        ",".repeat(io::MAX_JSON_VALUES + 1)
    );
    let project = io::load_bytes(commas.as_bytes()).expect("commas in a text are text");
    assert_eq!(project.title, sample().title);
}
