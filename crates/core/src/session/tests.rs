//! The document's life cycle without a window: open, edit, save, a change on disk,
//! unsaved-changes questions, recovery after a crash.

use crate::model::Header;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::{Answer, Effect, Notice, Pending, Prompt, Session, SessionError};
use crate::edit::Action;
use crate::store::DataDir;

fn sample_bytes() -> Vec<u8> {
    let project = crate::io::load_bytes(crate::assets::SAMPLE.as_bytes()).expect("sample");
    crate::io::to_bytes(&project).expect("bytes")
}

/// A folder with the sample saved as `plan.waymark`, and a data folder beside it.
fn setup() -> (tempfile::TempDir, PathBuf, DataDir) {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("plan.waymark");
    std::fs::write(&file, sample_bytes()).expect("write");
    let data = DataDir::new(dir.path().join("data"));
    (dir, file, data)
}

fn session(data: &DataDir) -> Session {
    Session::new(Some(data.clone()), Duration::from_secs(30))
}

/// Renames the first stage of the first map (one undo step).
fn edit(session: &mut Session, name: &str) {
    let editor = session.editor_mut().expect("a document");
    let map = editor.project().maps[0].clone();
    let stage = crate::model::Stage {
        name: name.to_owned(),
        ..map.stages[0].clone()
    };
    editor
        .perform(&map.id, Action::UpdateHeader(Header::Stage(stage)), None)
        .expect("edit");
}

fn first_stage(session: &Session) -> String {
    session.editor().expect("a document").project().maps[0].stages[0]
        .name
        .clone()
}

fn notices(effects: &[Effect]) -> Vec<&Notice> {
    effects
        .iter()
        .filter_map(|e| match e {
            Effect::Notice(n) => Some(n),
            _ => None,
        })
        .collect()
}

fn on_disk(path: &Path) -> crate::model::Project {
    crate::io::load_path(path).expect("file loads")
}

#[test]
fn opening_a_file_puts_it_on_screen_and_in_recent_files() {
    let (_dir, file, data) = setup();
    let mut s = session(&data);
    let effects = s.start(Some(file.clone()));
    assert!(matches!(
        effects[..],
        [Effect::DocumentReplaced { keep_map: false }]
    ));
    assert_eq!(s.editor().and_then(|e| e.path()), Some(&file));
    assert!(!s.is_dirty());
    assert_eq!(s.recent(), std::slice::from_ref(&file));
    assert_eq!(s.file_name(), "plan.waymark");
    assert_eq!(s.suggested_name(), "plan.waymark");
}

#[test]
fn a_file_that_cannot_be_opened_leaves_the_document_and_says_why() {
    let (dir, file, data) = setup();
    let mut s = session(&data);
    s.start(Some(file.clone()));
    let broken = dir.path().join("broken.waymark");
    std::fs::write(&broken, b"{\"format\": \"waymark\", \"version\": 1, ").expect("write");
    let effects = s.request(Pending::Open(Some(broken.clone())));
    match notices(&effects)[..] {
        [Notice::Failed(SessionError::Open { path, .. })] => assert_eq!(path, &broken),
        ref other => panic!("expected one open failure, got {other:?}"),
    }
    assert_eq!(s.editor().and_then(|e| e.path()), Some(&file));
}

#[test]
fn saving_writes_the_file_and_clears_the_unsaved_mark() {
    let (_dir, file, data) = setup();
    let mut s = session(&data);
    s.start(Some(file.clone()));
    edit(&mut s, "Noticing");
    assert!(s.is_dirty());
    let effects = s.save();
    assert!(matches!(notices(&effects)[..], [Notice::Saved(p)] if p == &file));
    assert!(!s.is_dirty());
    assert_eq!(on_disk(&file).maps[0].stages[0].name, "Noticing");
    // The version the save replaced is in the backups.
    assert_eq!(crate::store::backup::list(&data, &file).len(), 1);
}

#[test]
fn an_untitled_document_saves_through_save_as_then_goes_on() {
    let (dir, _file, data) = setup();
    let mut s = session(&data);
    s.start(None);
    edit(&mut s, "Noticing");
    // New asks first; Save there asks where, then starts the new project.
    assert!(
        s.request(Pending::New {
            template: "blank",
            font: None,
            language: None,
        })
        .is_empty()
    );
    assert!(matches!(s.prompt(), Some(Prompt::Unsaved(_))));
    let effects = s.answer(Answer::Save);
    assert!(matches!(effects[..], [Effect::ChooseSaveLocation]));
    let target = dir.path().join("sample-copy");
    let effects = s.save_as_chosen(target.clone());
    let saved_to = target.with_extension("waymark");
    assert_eq!(on_disk(&saved_to).maps[0].stages[0].name, "Noticing");
    assert!(
        notices(&effects)
            .iter()
            .any(|n| matches!(n, Notice::NewFromTemplate("blank")))
    );
    assert!(
        s.editor().and_then(|e| e.path()).is_none(),
        "a new untitled project"
    );
}

#[test]
fn dont_save_drops_the_changes_and_cancel_keeps_them() {
    let (_dir, file, data) = setup();
    let mut s = session(&data);
    s.start(Some(file.clone()));
    edit(&mut s, "Noticing");
    s.request(Pending::Open(Some(file.clone())));
    assert!(s.answer(Answer::Cancel).is_empty());
    assert_eq!(first_stage(&s), "Noticing");
    s.request(Pending::Open(Some(file.clone())));
    s.answer(Answer::Discard);
    assert_eq!(first_stage(&s), "Awareness");
    assert!(!s.is_dirty());
}

#[test]
fn closing_with_unsaved_changes_asks_and_the_answer_closes() {
    let (_dir, file, data) = setup();
    let mut s = session(&data);
    s.start(Some(file));
    assert!(s.close_requested(), "nothing unsaved: closes at once");
    edit(&mut s, "Noticing");
    assert!(!s.close_requested());
    assert!(matches!(s.prompt(), Some(Prompt::Unsaved(Pending::Close))));
    let effects = s.answer(Answer::Discard);
    assert!(matches!(effects[..], [Effect::CloseWindow]));
    assert!(s.close_requested(), "the confirmed close goes through");
}

#[test]
fn a_change_on_disk_is_noticed_once_and_reload_takes_it() {
    let (_dir, file, data) = setup();
    let mut s = session(&data);
    s.start(Some(file.clone()));
    s.check_disk();
    assert!(s.prompt().is_none(), "unchanged file: no question");
    let mut theirs = on_disk(&file);
    theirs.maps[0].stages[0].name = "Theirs".to_owned();
    std::fs::write(&file, crate::io::to_bytes(&theirs).expect("bytes")).expect("write");
    s.check_disk();
    assert!(matches!(
        s.prompt(),
        Some(Prompt::ChangedOnDisk { dirty: false })
    ));
    let effects = s.answer(Answer::Reload);
    assert!(matches!(
        effects[0],
        Effect::DocumentReplaced { keep_map: true }
    ));
    assert_eq!(first_stage(&s), "Theirs");
    // Keeping this version over a change is not asked again for the same bytes.
    theirs.maps[0].stages[0].name = "Theirs again".to_owned();
    std::fs::write(&file, crate::io::to_bytes(&theirs).expect("bytes")).expect("write");
    s.check_disk();
    s.answer(Answer::Cancel);
    s.check_disk();
    assert!(s.prompt().is_none());
}

#[test]
fn saving_over_a_file_that_does_not_read_asks_and_overwrite_is_a_named_choice() {
    let (_dir, file, data) = setup();
    let mut s = session(&data);
    s.start(Some(file.clone()));
    edit(&mut s, "Mine");
    // Half a file on disk (a sync service still writing it): nothing to merge with.
    let half = sample_bytes();
    std::fs::write(&file, &half[..half.len() / 2]).expect("write");
    assert!(s.save().is_empty());
    assert!(matches!(s.prompt(), Some(Prompt::ChangedOnSave)));
    assert_eq!(
        std::fs::read(&file).expect("read").len(),
        half.len() / 2,
        "not overwritten"
    );
    let effects = s.answer(Answer::Overwrite);
    assert!(matches!(notices(&effects)[..], [Notice::Saved(_)]));
    assert_eq!(on_disk(&file).maps[0].stages[0].name, "Mine");
}

#[test]
fn saving_over_a_colleagues_change_merges_it_first() {
    let (_dir, file, data) = setup();
    let mut s = session(&data);
    s.start(Some(file.clone()));
    edit(&mut s, "Mine");
    let mut theirs = on_disk(&file);
    theirs.title = "Their title".to_owned();
    std::fs::write(&file, crate::io::to_bytes(&theirs).expect("bytes")).expect("write");
    let effects = s.save();
    assert!(
        notices(&effects)
            .iter()
            .any(|n| matches!(n, Notice::Incoming(_)))
    );
    assert!(
        notices(&effects)
            .iter()
            .any(|n| matches!(n, Notice::Saved(_)))
    );
    let saved = on_disk(&file);
    assert_eq!(saved.maps[0].stages[0].name, "Mine");
    assert_eq!(saved.title, "Their title", "their change is kept");
}

#[test]
fn unsaved_work_is_copied_for_recovery_and_offered_after_a_crash() {
    let (_dir, file, data) = setup();
    let mut crashed = session(&data);
    crashed.start(Some(file.clone()));
    edit(&mut crashed, "Unsaved");
    let (due, notice) = crashed.tick(Instant::now());
    assert!(notice.is_none());
    // The first copy is written at once, on another thread: the window looks again soon.
    assert!(due.is_some_and(|d| d < Duration::from_secs(1)));
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let (due, notice) = crashed.tick(Instant::now());
        assert!(notice.is_none());
        if due.is_none() {
            break;
        }
        assert!(Instant::now() < deadline, "the copy is written");
        std::thread::sleep(Duration::from_millis(10));
    }
    // The next copy waits for the interval.
    edit(&mut crashed, "Unsaved again");
    let (due, _) = crashed.tick(Instant::now());
    assert!(due.is_some_and(|d| d <= Duration::from_secs(30)));
    // A crash: the session is gone without `exit`, its lock with it.
    drop(crashed);

    let mut next = session(&data);
    next.start(Some(file.clone()));
    assert!(matches!(next.prompt(), Some(Prompt::Recover(_))));
    next.answer(Answer::Restore);
    assert_eq!(first_stage(&next), "Unsaved");
    assert!(next.is_dirty());
    // Saving it writes the recovered work to its file and the copy goes.
    next.save();
    assert_eq!(on_disk(&file).maps[0].stages[0].name, "Unsaved");
    next.exit();
    let mut third = session(&data);
    third.start(Some(file));
    assert!(third.prompt().is_none(), "nothing left to recover");
}

#[test]
fn a_normal_exit_leaves_no_recovery_copy() {
    let (_dir, file, data) = setup();
    let mut s = session(&data);
    s.start(Some(file.clone()));
    edit(&mut s, "Unsaved");
    s.tick(Instant::now());
    s.exit();
    drop(s);
    let mut next = session(&data);
    next.start(Some(file));
    assert!(next.prompt().is_none());
}

#[test]
fn a_recovery_copy_that_cannot_be_kept_is_said_once_per_change() {
    let (dir, file, _) = setup();
    // The data folder is a file: no recovery slot can be made in it.
    let blocked = dir.path().join("not-a-folder");
    std::fs::write(&blocked, b"").expect("write a file");
    let mut s = session(&DataDir::new(&blocked));
    s.start(Some(file));
    edit(&mut s, "Unsaved");
    let (_, notice) = s.tick(Instant::now());
    assert!(
        matches!(notice, Some(Notice::NoRecoveryCopy(_))),
        "{notice:?}"
    );
    let (_, again) = s.tick(Instant::now());
    assert!(again.is_none(), "said once, not every frame: {again:?}");
}
