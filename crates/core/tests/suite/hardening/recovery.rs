//! Recovery copies: offered without their note, the note written first, and the note's
//! file only a suggestion.

use std::path::{Path, PathBuf};

use waymark_core::io;
use waymark_core::model::Project;
use waymark_core::store::{self, DataDir, SaveProblem, recovery};

use super::{fifo, sample, within};

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
    let notice = restored.notice.expect("a notice says why").to_string();
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
