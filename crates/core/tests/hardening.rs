//! Hostile input, third round (issue 30's audit), in the core: bounded reads of every file
//! Waymark reads (sizes from metadata first, FIFOs and devices refused), recovery copies
//! that are always offered and never written anywhere by surprise, read-only files,
//! cards hidden in a lane that cannot show them, and extreme metric values. Unix only:
//! it makes FIFOs and read-only files the Unix way.
#![cfg(unix)]

use std::path::{Path, PathBuf};
use std::time::Duration;

use waymark_core::edit::{Action, EditError, Editor, ReadOnly};
use waymark_core::io::{self, LoadError, ReadError};
use waymark_core::model::{LaneKind, MetricChart, MetricUnit, Project};
use waymark_core::store::settings::{self, prefs};
use waymark_core::store::{self, DataDir, SaveProblem, recent, recovery};
use waymark_core::{assets, images, interop};

fn sample() -> Project {
    io::load_bytes(assets::SAMPLE.as_bytes()).expect("sample")
}

/// Runs `f` on a thread and fails the test when it has not returned within five seconds
/// (a read that blocks on a FIFO never returns).
fn within<T: Send + 'static>(what: &str, f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || tx.send(f()).ok());
    rx.recv_timeout(Duration::from_secs(5))
        .unwrap_or_else(|_| panic!("{what} did not return within 5 s (blocked?)"))
}

/// A named pipe at `path` that nobody writes to.
fn fifo(path: &Path) -> PathBuf {
    let status = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("mkfifo runs");
    assert!(status.success(), "mkfifo {}", path.display());
    path.to_owned()
}

/// A sparse file of `bytes` at `path`: huge on paper, nothing on disk.
fn sparse(path: &Path, bytes: u64) -> PathBuf {
    let file = std::fs::File::create(path).expect("create");
    file.set_len(bytes).expect("set_len");
    path.to_owned()
}

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

/// A data folder with a crashed window's recovery copy of `project` for `source`; returns
/// the folder and the slot's key.
fn crashed_copy(
    root: &Path,
    project: &Project,
    source: Option<&Path>,
    base: Option<u64>,
) -> DataDir {
    let data = DataDir::new(root.join("data"));
    let mut slot = recovery::Slot::claim(&data, source).expect("claim");
    slot.write(project, source, base).expect("write");
    drop(slot); // a crash: the lock goes, the files stay
    data
}

fn recovery_files(data: &DataDir, suffix: &str) -> Vec<PathBuf> {
    std::fs::read_dir(data.root().join("recovery"))
        .expect("recovery folder")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with(suffix))
        .collect()
}

/// The recovery copies (`<key>.json`, not the notes) in the data folder.
fn copies(data: &DataDir) -> Vec<PathBuf> {
    recovery_files(data, ".json")
        .into_iter()
        .filter(|p| !p.to_string_lossy().ends_with(".meta.json"))
        .collect()
}

#[test]
fn a_recovery_copy_with_a_damaged_or_missing_note_is_still_offered() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut project = sample();
    project.title = "Work in progress".to_owned();
    for damage in ["damaged", "missing"] {
        let root = dir.path().join(damage);
        let data = crashed_copy(&root, &project, None, None);
        let notes = recovery_files(&data, ".meta.json");
        assert_eq!(notes.len(), 1);
        if damage == "damaged" {
            std::fs::write(&notes[0], b"{ not json").expect("damage");
        } else {
            std::fs::remove_file(&notes[0]).expect("remove");
        }
        let orphans = recovery::orphans(&data);
        assert_eq!(orphans.len(), 1, "{damage} note: the copy is offered");
        assert_eq!(orphans[0].title, "Work in progress", "title from the copy");
        assert!(orphans[0].source.is_none(), "no note, no file to save over");
        assert!(orphans[0].written > 0);
        let restored = orphans[0].restore().expect("restores");
        assert_eq!(restored.editor.project().title, "Work in progress");
        assert!(restored.editor.path().is_none());
        assert!(restored.editor.is_dirty());
        assert_eq!(copies(&data).len(), 1, "not deleted");
    }
    // A copy that does not read is not offered (and a lock alone is cleaned up).
    let root = dir.path().join("unreadable");
    let data = crashed_copy(&root, &project, None, None);
    std::fs::write(&recovery_files(&data, ".meta.json")[0], b"{}").expect("damage");
    std::fs::write(&copies(&data)[0], b"{ half a proj").expect("damage");
    assert!(recovery::orphans(&data).is_empty());
}

#[test]
fn a_fifo_in_the_recovery_folder_blocks_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    std::fs::create_dir_all(data.join("recovery")).expect("mkdir");
    for name in ["k.lock", "k.meta.json", "k.json"] {
        fifo(&data.join("recovery").join(name));
    }
    let offered = within("recovery::orphans", move || {
        recovery::orphans(&DataDir::new(data)).len()
    });
    assert_eq!(offered, 0);
}

#[test]
fn the_recovery_note_is_written_before_the_copy() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = DataDir::new(dir.path().join("data"));
    let mut slot = recovery::Slot::claim(&data, None).expect("claim");
    let lock = recovery_files(&data, ".lock");
    let key = lock[0]
        .file_name()
        .and_then(|n| n.to_str())
        .and_then(|n| n.strip_suffix(".lock"))
        .expect("key")
        .to_owned();
    // The copy cannot be written (a folder sits where it goes): the note is there already.
    std::fs::create_dir_all(data.root().join(format!("recovery/{key}.json/x"))).expect("mkdir");
    assert!(slot.write(&sample(), None, None).is_err());
    assert!(
        data.root()
            .join(format!("recovery/{key}.meta.json"))
            .exists(),
        "the note goes first, so a crash between the two never leaves a copy without one"
    );
}

#[test]
fn a_recovery_note_only_suggests_where_to_save() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    let mut work = sample();
    work.title = "Unsaved work".to_owned();
    // 1. The note names a file that is no Waymark project: never written without Save As.
    let precious = root.join("notes.txt");
    std::fs::write(&precious, "precious\n").expect("write");
    let data = crashed_copy(&root.join("a"), &work, Some(&precious), None);
    let orphan = recovery::orphans(&data).pop().expect("offered");
    let restored = orphan.restore().expect("restores");
    assert!(restored.editor.path().is_none(), "Save asks where");
    let notice = restored.notice.expect("a notice says why");
    assert!(notice.contains("notes.txt"), "{notice}");
    assert_eq!(
        std::fs::read_to_string(&precious).expect("read"),
        "precious\n"
    );
    // 2. A real project that changed since the copy was made: Save warns, as for any file.
    let plan = root.join("plan.waymark");
    io::save_path(&sample(), &plan).expect("save");
    let base = io::content_hash(&std::fs::read(&plan).expect("read"));
    let data = crashed_copy(&root.join("b"), &work, Some(&plan), Some(base));
    let mut changed = sample();
    changed.title = "Changed by someone else".to_owned();
    io::save_path(&changed, &plan).expect("save");
    let mut restored = recovery::orphans(&data)
        .pop()
        .expect("offered")
        .restore()
        .expect("restores");
    assert_eq!(restored.editor.path(), Some(&plan));
    assert!(matches!(
        store::save_document(&mut restored.editor, &plan, None, false),
        Err(SaveProblem::ChangedOnDisk { .. })
    ));
    // 3. A note that does not say what the work was based on: Save warns too.
    let data = crashed_copy(&root.join("c"), &work, Some(&plan), None);
    let mut restored = recovery::orphans(&data)
        .pop()
        .expect("offered")
        .restore()
        .expect("restores");
    assert!(matches!(
        store::save_document(&mut restored.editor, &plan, None, false),
        Err(SaveProblem::ChangedOnDisk { .. })
    ));
    assert_eq!(
        io::load_path(&plan).expect("loads").title,
        "Changed by someone else"
    );
    // ...and when the user says overwrite, it saves.
    store::save_document(&mut restored.editor, &plan, None, true).expect("overwrite");
    assert_eq!(io::load_path(&plan).expect("loads").title, "Unsaved work");
    // 4. Unchanged since the copy: Save just saves.
    let base = io::content_hash(&std::fs::read(&plan).expect("read"));
    let data = crashed_copy(&root.join("d"), &work, Some(&plan), Some(base));
    let mut restored = recovery::orphans(&data)
        .pop()
        .expect("offered")
        .restore()
        .expect("restores");
    assert!(restored.notice.is_none());
    store::save_document(&mut restored.editor, &plan, None, false).expect("saves");
}

fn chmod(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt as _;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).expect("chmod");
}

#[test]
fn a_read_only_file_opens_read_only_and_is_never_replaced() {
    let dir = tempfile::tempdir().expect("tempdir");
    let plan = dir.path().join("plan.waymark");
    io::save_path(&sample(), &plan).expect("save");
    chmod(&plan, 0o444);
    let before = std::fs::read(&plan).expect("read");
    // Opened read-only, with the reason for the notice; edits are refused.
    let opened = io::open_path(&plan).expect("opens");
    assert!(opened.read_only_file);
    let mut editor = Editor::opened(opened, plan.clone());
    assert_eq!(editor.read_only(), Some(ReadOnly::File));
    assert!(editor.is_read_only());
    let notice = ReadOnly::File.to_string();
    assert!(notice.to_lowercase().contains("read-only"), "{notice}");
    let map = editor.project().maps[0].id.clone();
    assert!(matches!(
        editor.perform(&map, Action::SetTitle("x".to_owned()), None),
        Err(EditError::ReadOnlyFile)
    ));
    // Saving over it is refused, whoever asks; the file stays as it was.
    let result = store::save_document(&mut editor, &plan, None, true);
    assert!(
        matches!(result, Err(SaveProblem::ReadOnlyFile { .. })),
        "{result:?}"
    );
    // A document from elsewhere saved onto it (Save As) is refused too.
    let mut other = Editor::new(sample(), None);
    let result = store::save_document(&mut other, &plan, None, false);
    assert!(
        matches!(result, Err(SaveProblem::ReadOnlyFile { .. })),
        "{result:?}"
    );
    assert!(io::write_atomic(&plan, b"{}").is_err());
    assert_eq!(std::fs::read(&plan).expect("read"), before);
    // A copy elsewhere saves, and that document can be edited.
    let copy = dir.path().join("copy.waymark");
    store::save_document(&mut editor, &copy, None, false).expect("save as");
    assert!(!editor.is_read_only());
    editor
        .perform(&map, Action::SetTitle("x".to_owned()), None)
        .expect("editable");
    chmod(&plan, 0o644);
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

#[test]
fn a_lane_holding_cards_cannot_become_a_kind_that_hides_them() {
    let mut editor = Editor::new(sample(), None);
    let map = editor.project().maps[0].clone();
    let lane = map
        .lanes
        .iter()
        .find(|l| l.kind == LaneKind::Cards && map.cards.iter().any(|c| c.lane == l.id))
        .expect("a lane with cards")
        .clone();
    let held = map.cards.iter().filter(|c| c.lane == lane.id).count();
    assert!(!LaneKind::Metrics.shows_cards());
    assert!(LaneKind::ALL.iter().filter(|k| !k.shows_cards()).count() == 1);
    let mut metrics = lane.clone();
    metrics.kind = LaneKind::Metrics;
    let err = editor
        .perform(&map.id, Action::UpdateLane(metrics.clone()), None)
        .expect_err("refused");
    match &err {
        EditError::LaneHoldsCards { cards, .. } => assert_eq!(*cards, held),
        other => panic!("{other:?}"),
    }
    let message = err.to_string();
    assert!(
        message.contains(&lane.name) && message.contains("Metrics"),
        "{message}"
    );
    assert_eq!(editor.project().maps[0].lanes, map.lanes, "nothing changed");
    // Other kinds show cards: allowed. An empty lane may become a metrics lane.
    let mut text = lane.clone();
    text.kind = LaneKind::Text;
    editor
        .perform(&map.id, Action::UpdateLane(text), None)
        .expect("text lanes show cards");
    let added = editor
        .perform(
            &map.id,
            Action::AddLane {
                before: None,
                name: "KPIs".to_owned(),
                kind: LaneKind::Cards,
            },
            None,
        )
        .expect("add lane")
        .lane
        .expect("new lane");
    let mut empty = editor.project().maps[0]
        .lanes
        .iter()
        .find(|l| l.id == added)
        .expect("lane")
        .clone();
    empty.kind = LaneKind::Metrics;
    editor
        .perform(&map.id, Action::UpdateLane(empty), None)
        .expect("an empty lane can hold metrics");
    // No card can be put into it either.
    let stage = map.stages[0].id.clone();
    let err = editor
        .perform(
            &map.id,
            Action::AddCard {
                lane: added.clone(),
                stage: stage.clone(),
                title: "Hidden".to_owned(),
                image: None,
            },
            None,
        )
        .expect_err("refused");
    assert!(matches!(err, EditError::NoCardsHere { .. }), "{err:?}");
    assert!(err.to_string().contains("cannot show cards"), "{err}");
    let card = map.cards[0].id.clone();
    assert!(
        editor
            .perform(
                &map.id,
                Action::MoveCards {
                    cards: vec![card],
                    lane: added,
                    stage,
                    before: None,
                },
                None,
            )
            .is_err()
    );
}

#[test]
fn cards_merged_into_a_metrics_lane_load_and_are_named() {
    let base = sample();
    let map = &base.maps[0];
    // Ours turns an empty lane into a metrics lane; theirs adds a card to it.
    let mut with_lane = base.clone();
    with_lane.maps[0].lanes.push(waymark_core::model::Lane {
        id: waymark_core::model::LaneId("l-kpi".to_owned()),
        name: "KPIs".to_owned(),
        ..Default::default()
    });
    let mut ours = with_lane.clone();
    ours.maps[0].lanes.last_mut().expect("lane").kind = LaneKind::Metrics;
    let mut theirs = with_lane.clone();
    let mut card = map.cards[0].clone();
    card.id = waymark_core::model::CardId("c-hidden".to_owned());
    card.title = "Hidden away".to_owned();
    card.lane = waymark_core::model::LaneId("l-kpi".to_owned());
    theirs.maps[0].cards.push(card);
    let merged = waymark_core::compare::merge(&with_lane, &ours, &theirs).expect("merges");
    let bytes = io::to_bytes(&merged).expect("encodes");
    let loaded = io::load_bytes(&bytes).expect("the loader keeps it");
    assert!(
        loaded.maps[0]
            .cards
            .iter()
            .any(|c| c.id.as_str() == "c-hidden"),
        "not dropped"
    );
    let problems = io::hidden_cards(&loaded);
    assert_eq!(problems.len(), 1, "{problems:?}");
    let text = problems[0].to_string();
    assert!(
        text.contains("c-hidden") && text.contains("Hidden away"),
        "{text}"
    );
    assert!(
        text.contains("KPIs") && text.contains("cannot show cards"),
        "{text}"
    );
    assert!(io::hidden_cards(&sample()).is_empty());
}

#[test]
fn extreme_metric_values_draw_inside_their_chart_with_sensible_labels() {
    let mut project =
        io::load_bytes(assets::template("ecommerce").expect("template").as_bytes()).expect("ok");
    let map = &mut project.maps[0];
    let stages: Vec<_> = map.stages.iter().map(|s| s.id.clone()).collect();
    let lane = map
        .lanes
        .iter_mut()
        .find(|l| l.kind == LaneKind::Metrics)
        .expect("metrics lane");
    let mut metrics = Vec::new();
    let values: [&[f64]; 4] = [
        &[1.79e308, -1.79e308, 0.0, 5e-324],
        &[1e-300, 1.0, 1.0, 0.0],
        &[-0.0, -0.01, 0.004, -1e20],
        &[f64::MAX, f64::MIN_POSITIVE, -f64::MAX, 42.0],
    ];
    for (i, row) in values.iter().enumerate() {
        for (chart, unit) in [
            (MetricChart::Line, MetricUnit::Number),
            (MetricChart::Funnel, MetricUnit::Percent),
            (MetricChart::Bars, MetricUnit::Currency),
        ] {
            metrics.push(waymark_core::model::Metric {
                id: waymark_core::model::MetricId(format!("k-{i}-{chart:?}")),
                name: format!("Row {i}"),
                unit,
                chart,
                values: stages.iter().cloned().zip(row.iter().copied()).collect(),
                targets: stages.iter().cloned().zip(row.iter().copied()).collect(),
                ..Default::default()
            });
        }
    }
    lane.metrics = metrics;
    assert!(io::validate(&project).is_empty());
    let map = &project.maps[0];
    let layout =
        waymark_core::layout::layout_map(&project, map, waymark_core::text::TextEngine::global());
    assert_eq!(layout.metric_rows.len(), 12);
    for row in &layout.metric_rows {
        assert!(!row.bars.is_empty());
        for bar in &row.bars {
            let r = bar.rect;
            for v in [r.left(), r.right(), r.top(), r.bottom()] {
                assert!(v.is_finite(), "{:?}: {r:?}", row.chart);
            }
            assert!(
                r.top() >= row.plot.top() - 8.0 && r.bottom() <= row.plot.bottom() + 8.0,
                "{:?} drawn outside its plot: {r:?} in {:?}",
                row.chart,
                row.plot
            );
            if let Some(t) = bar.target {
                assert!(t.is_finite() && t >= row.plot.top() - 1.0 && t <= row.plot.bottom() + 1.0);
            }
            let label = &*bar.label.text;
            assert!(label.chars().count() <= 12, "a short label: {label}");
            assert!(!label.contains("inf") && !label.contains("NaN"), "{label}");
            assert!(
                !label.starts_with("-0") || label.starts_with("-0."),
                "{label}"
            );
        }
        for drop in &row.drops {
            let text = &*drop.text;
            assert!(!text.contains("inf") && !text.contains("NaN"), "{text}");
            assert!(!text.contains("-0"), "{text}");
            assert!(text.chars().count() <= 10, "{text}");
        }
    }
    // The labels: compact for huge numbers, no negative zero.
    assert_eq!(MetricUnit::Percent.format(-0.0), "0%");
    assert_eq!(MetricUnit::Percent.format(-0.01), "0%");
    assert_eq!(MetricUnit::Number.format(-0.001), "0");
    assert_eq!(MetricUnit::Currency.format(-0.001), "0.00");
    assert_eq!(MetricUnit::Number.format(1.79e308), "1.8e308");
    assert_eq!(MetricUnit::Number.format(2.5e9), "2.5B");
    assert_eq!(MetricUnit::Number.format(-3.2e6), "-3.2M");
    assert_eq!(MetricUnit::Percent.format(42.0), "42%");
}

/// The e-commerce template (it has a metrics lane).
fn ecommerce() -> Project {
    io::load_bytes(assets::template("ecommerce").expect("template").as_bytes()).expect("ok")
}

#[test]
fn the_metrics_csv_file_is_read_bounded() {
    let dir = tempfile::tempdir().expect("tempdir");
    let pipe = fifo(&dir.path().join("values.csv"));
    let err = within("metrics CSV", move || {
        let project = ecommerce();
        let map = &project.maps[0];
        let lane = map
            .lanes
            .iter()
            .find(|l| l.kind == LaneKind::Metrics)
            .expect("metrics lane");
        interop::metrics_csv::apply_metrics_csv_file(map, lane, &pipe)
            .expect_err("FIFO")
            .to_string()
    });
    assert!(err.contains("named pipe"), "{err}");
    // 4 GB on paper, over the 4 MiB limit: refused before reading.
    let csv = sparse(&dir.path().join("huge.csv"), 4_000_000_000);
    let project = ecommerce();
    let map = &project.maps[0];
    let lane = map
        .lanes
        .iter()
        .find(|l| l.kind == LaneKind::Metrics)
        .expect("metrics lane");
    let e = interop::metrics_csv::apply_metrics_csv_file(map, lane, &csv)
        .expect_err("too large")
        .to_string();
    assert!(e.contains("4000000000 bytes") && e.contains("limit"), "{e}");
}

#[test]
fn metrics_csv_refuses_values_no_chart_can_draw() {
    let project =
        io::load_bytes(assets::template("ecommerce").expect("template").as_bytes()).expect("ok");
    let map = &project.maps[0];
    let lane = map
        .lanes
        .iter()
        .find(|l| l.kind == LaneKind::Metrics)
        .expect("metrics lane");
    let stage = &map.stages[0].name;
    let csv = format!("{stage},Visits,1.8e308\n");
    let e = interop::metrics_csv::apply_metrics_csv(map, lane, csv.as_bytes())
        .expect_err("refused")
        .to_string();
    assert!(e.contains("line 1") && e.contains("1e15"), "{e}");
    let ok = format!("{stage},Visits,-1e15\n");
    interop::metrics_csv::apply_metrics_csv(map, lane, ok.as_bytes()).expect("at the bound");
}
