//! Two people on one file, without a window: two sessions on the same file (as two
//! windows on two computers sharing a folder) see each other's saves, merge them with
//! their own unsaved work, never overwrite each other, and know who else has it open.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::{Effect, Notice, Session};
use crate::edit::Action;
use crate::store::DataDir;

fn sample_bytes() -> Vec<u8> {
    let project = crate::io::load_bytes(crate::assets::SAMPLE.as_bytes()).expect("sample");
    crate::io::to_bytes(&project).expect("bytes")
}

/// A shared folder with the sample as `plan.waymark`.
fn shared() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("plan.waymark");
    std::fs::write(&file, sample_bytes()).expect("write");
    (dir, file)
}

/// A window of `who` on `file`, with its own data folder, watching the file.
fn window(dir: &Path, who: &str, file: &Path) -> Session {
    let data = DataDir::new(dir.join(format!("data-{who}")));
    let mut s = Session::new(Some(data), Duration::from_secs(30));
    s.set_author(who);
    // Two windows of this one process: their presence files differ by account name.
    let mut me = crate::store::presence::Me::current(who);
    me.account = who.to_lowercase();
    s.set_me(me);
    s.set_wake(|| {});
    s.start(Some(file.to_owned()));
    s
}

/// Sets the title of card `index` of the first map (one undo step).
fn retitle(s: &mut Session, index: usize, title: &str) {
    let editor = s.editor_mut().expect("a document");
    let map = &editor.project().maps[0];
    let card = crate::model::Card {
        title: title.to_owned(),
        ..map.cards[index].clone()
    };
    let id = map.id.clone();
    editor
        .perform(&id, Action::UpdateCard(card), None)
        .expect("edit");
}

fn title(s: &Session, index: usize) -> String {
    s.editor().expect("a document").project().maps[0].cards[index]
        .title
        .clone()
}

/// Polls `s` until `done` holds or 10 s pass; returns the effects seen.
fn poll_until(s: &mut Session, done: impl Fn(&Session) -> bool) -> Vec<Effect> {
    let deadline = Instant::now() + Duration::from_secs(10);
    let mut seen = Vec::new();
    while Instant::now() < deadline {
        seen.extend(s.poll_disk(Instant::now()));
        if done(s) {
            return seen;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("timed out; effects seen: {seen:?}");
}

fn on_disk(file: &Path) -> crate::model::Project {
    crate::io::load_path(file).expect("file loads")
}

#[test]
fn a_colleagues_save_comes_in_as_one_undoable_step() {
    let (dir, file) = shared();
    let mut aiko = window(dir.path(), "Aiko", &file);
    let mut ben = window(dir.path(), "Ben", &file);
    retitle(&mut aiko, 0, "Aiko's title");
    aiko.save();
    let effects = poll_until(&mut ben, |b| title(b, 0) == "Aiko's title");
    assert!(
        !ben.is_dirty(),
        "nothing unsaved: the file's version is loaded"
    );
    assert!(
        effects
            .iter()
            .any(|e| matches!(e, Effect::Notice(Notice::Incoming(n)) if !n.merged)),
        "{effects:?}"
    );
    // The history stays: Undo puts Ben's document back as it was.
    let editor = ben.editor_mut().expect("a document");
    assert!(editor.undo());
    assert_ne!(title(&ben, 0), "Aiko's title");
}

#[test]
fn unsaved_work_is_merged_with_a_colleagues_save_and_both_survive() {
    let (dir, file) = shared();
    let mut aiko = window(dir.path(), "Aiko", &file);
    let mut ben = window(dir.path(), "Ben", &file);
    retitle(&mut ben, 1, "Ben's unsaved title");
    retitle(&mut aiko, 0, "Aiko's title");
    aiko.save();
    let effects = poll_until(&mut ben, |b| title(b, 0) == "Aiko's title");
    assert_eq!(title(&ben, 1), "Ben's unsaved title", "Ben's work stays");
    assert!(ben.is_dirty(), "Ben's work is still unsaved");
    assert!(
        effects
            .iter()
            .any(|e| matches!(e, Effect::Notice(Notice::Incoming(n)) if n.merged)),
        "{effects:?}"
    );
    ben.save();
    let saved = on_disk(&file);
    assert_eq!(saved.maps[0].cards[0].title, "Aiko's title");
    assert_eq!(saved.maps[0].cards[1].title, "Ben's unsaved title");
    // Aiko gets Ben's save in turn.
    poll_until(&mut aiko, |a| title(a, 1) == "Ben's unsaved title");
}

#[test]
fn save_merges_a_change_on_disk_first_and_never_overwrites_it() {
    let (dir, file) = shared();
    let mut aiko = window(dir.path(), "Aiko", &file);
    let mut ben = window(dir.path(), "Ben", &file);
    retitle(&mut aiko, 0, "Aiko's title");
    retitle(&mut ben, 1, "Ben's title");
    aiko.save();
    // Ben saves at once, before his watcher has read Aiko's save.
    let effects = ben.save();
    assert!(
        effects
            .iter()
            .any(|e| matches!(e, Effect::Notice(Notice::Saved(_)))),
        "{effects:?}"
    );
    let saved = on_disk(&file);
    assert_eq!(
        saved.maps[0].cards[0].title, "Aiko's title",
        "Aiko's save kept"
    );
    assert_eq!(saved.maps[0].cards[1].title, "Ben's title");
}

#[test]
fn the_same_title_changed_twice_is_a_conflict_that_keeps_both() {
    let (dir, file) = shared();
    let mut aiko = window(dir.path(), "Aiko", &file);
    let mut ben = window(dir.path(), "Ben", &file);
    retitle(&mut aiko, 0, "Aiko's words");
    retitle(&mut ben, 0, "Ben's words");
    aiko.save();
    let effects = poll_until(&mut ben, |b| {
        b.editor()
            .and_then(|e| e.project().conflicts.as_ref())
            .is_some_and(|c| !c.items.is_empty())
    });
    assert!(
        effects
            .iter()
            .any(|e| matches!(e, Effect::Notice(Notice::Incoming(n)) if n.conflicts == 1)),
        "{effects:?}"
    );
    // Each side is named by its person, so that in Aiko's window "ours" is not taken
    // for hers.
    let conflict = ben
        .editor()
        .and_then(|e| e.project().conflicts.as_ref())
        .map(|c| c.items[0].clone())
        .expect("a conflict");
    assert_eq!(
        (conflict.ours_by.as_deref(), conflict.theirs_by.as_deref()),
        (Some("Ben"), Some("Aiko"))
    );
    ben.save();
    let text = std::fs::read_to_string(&file).expect("read");
    assert!(text.contains("Aiko's words") && text.contains("Ben's words"));
    let described = crate::compare::describe_conflict(&conflict, &on_disk(&file));
    assert!(
        described.contains("Ben's \"Ben's words\"")
            && described.contains("Aiko's \"Aiko's words\""),
        "{described}"
    );
}

#[test]
fn a_file_deleted_while_open_keeps_the_document_and_says_so() {
    let (dir, file) = shared();
    let mut ben = window(dir.path(), "Ben", &file);
    retitle(&mut ben, 0, "Still here");
    std::fs::remove_file(&file).expect("remove");
    let deadline = Instant::now() + Duration::from_secs(10);
    let mut gone = false;
    while !gone && Instant::now() < deadline {
        gone = ben
            .poll_disk(Instant::now())
            .iter()
            .any(|e| matches!(e, Effect::Notice(Notice::FileGone(_))));
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(gone, "the window is told the file is gone");
    assert_eq!(title(&ben, 0), "Still here");
    assert!(
        matches!(ben.save()[..], [Effect::ChooseSaveLocation]),
        "Save asks where"
    );
}

#[test]
fn saving_automatically_writes_two_seconds_after_the_last_change() {
    let (dir, file) = shared();
    let mut aiko = window(dir.path(), "Aiko", &file);
    aiko.set_save_automatically(true);
    retitle(&mut aiko, 0, "Saved by itself");
    let start = Instant::now();
    aiko.poll_disk(start);
    assert!(aiko.is_dirty(), "not at once");
    aiko.poll_disk(start + Duration::from_millis(2100));
    assert!(!aiko.is_dirty());
    assert_eq!(on_disk(&file).maps[0].cards[0].title, "Saved by itself");
    // The choice is remembered for this file.
    let again = window(dir.path(), "Aiko", &file);
    assert!(again.saves_automatically());
}

#[test]
fn each_window_sees_who_else_has_the_file_open() {
    let (dir, file) = shared();
    let mut aiko = window(dir.path(), "Aiko", &file);
    let mut ben = window(dir.path(), "Ben", &file);
    aiko.poll_disk(Instant::now());
    let effects = ben.poll_disk(Instant::now());
    assert_eq!(ben.others().len(), 1);
    assert_eq!(ben.others()[0].name, "Aiko");
    assert_eq!(aiko.others()[0].name, "Ben");
    assert!(
        effects
            .iter()
            .any(|e| matches!(e, Effect::Notice(Notice::OfferAutomatic { who }) if who == "Aiko")),
        "saving automatically is offered: {effects:?}"
    );
    // Closing removes the presence file.
    aiko.exit();
    drop(aiko);
    let mut ben_later = window(dir.path(), "Ben", &file);
    ben_later.poll_disk(Instant::now());
    assert!(ben_later.others().iter().all(|v| v.name != "Aiko"));
}

#[test]
fn a_sync_services_conflict_copy_is_offered_merged_and_put_away() {
    let (dir, file) = shared();
    // Syncthing's name for a copy two saves collided into.
    let copy = dir
        .path()
        .join("plan.sync-conflict-20261203-101530-ABCDEFG.waymark");
    let mut theirs = on_disk(&file);
    theirs.maps[0].cards[2].title = "From the copy".to_owned();
    let mut ben = window(dir.path(), "Ben", &file);
    // Ben saved a change of his (the version it replaced went to his backups) while the
    // sync service wrote the other computer's save beside the file.
    retitle(&mut ben, 0, "Ben's title");
    ben.save();
    std::fs::write(&copy, crate::io::to_bytes(&theirs).expect("bytes")).expect("write");
    let effects = ben.poll_disk(Instant::now());
    assert!(
        effects
            .iter()
            .any(|e| matches!(e, Effect::Notice(Notice::ConflictCopy(c)) if c.path == copy)),
        "{effects:?}"
    );
    let effects = ben.merge_copy(&copy);
    assert!(matches!(
        effects[..],
        [Effect::Notice(Notice::CopyMerged { .. })]
    ));
    // The backup it began from is the ancestor: both changes are kept, with no conflict.
    assert_eq!(title(&ben, 2), "From the copy");
    assert_eq!(title(&ben, 0), "Ben's title");
    assert!(ben.is_dirty());
    assert!(
        ben.editor()
            .and_then(|e| e.project().conflicts.as_ref())
            .is_none_or(|c| c.items.is_empty())
    );
    let effects = ben.put_away_copy(&copy);
    assert!(matches!(
        &effects[..],
        [Effect::Notice(Notice::CopyGone(gone)), Effect::Notice(Notice::CopyPutAway(_))] if gone == &copy
    ));
    assert!(!copy.exists(), "the copy left the shared folder");
}

#[test]
fn an_offered_copy_that_goes_away_is_no_longer_offered() {
    let (dir, file) = shared();
    let copy = dir
        .path()
        .join("plan (Aiko's conflicted copy 2026-12-04).waymark");
    std::fs::write(&copy, sample_bytes()).expect("write");
    let mut ben = window(dir.path(), "Ben", &file);
    let now = Instant::now();
    let offered = ben.poll_disk(now);
    assert!(
        offered
            .iter()
            .any(|e| matches!(e, Effect::Notice(Notice::ConflictCopy(c)) if c.path == copy)),
        "{offered:?}"
    );
    // Another window merged it and put it away (or someone removed it).
    std::fs::remove_file(&copy).expect("remove");
    // Seen from the folder's events, well before the next regular look (15 s).
    let deadline = Instant::now() + Duration::from_secs(5);
    let mut seen = Vec::new();
    while Instant::now() < deadline {
        seen.extend(ben.poll_disk(Instant::now()));
        if seen
            .iter()
            .any(|e| matches!(e, Effect::Notice(Notice::CopyGone(c)) if c == &copy))
        {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("the offer is not withdrawn: {seen:?}");
}

#[test]
fn an_idle_window_looks_around_again_within_seconds() {
    let (dir, file) = shared();
    let mut aiko = window(dir.path(), "aiko", &file);
    let now = Instant::now();
    aiko.poll_disk(now);
    let later = aiko.look_again_in(now).expect("a file is open");
    assert!(
        later <= Duration::from_secs(5),
        "a window with nothing to do still looks again soon: {later:?}"
    );
    let untitled = Session::new(None, Duration::from_secs(30));
    assert_eq!(
        untitled.look_again_in(now),
        None,
        "no file, nothing to watch"
    );
}

#[test]
fn a_colleagues_save_arrives_with_the_shown_map_laid_out_for_it() {
    let (dir, file) = shared();
    let mut aiko = window(dir.path(), "Aiko", &file);
    let mut ben = window(dir.path(), "Ben", &file);
    let shown = ben.editor().expect("a document").project().maps[0]
        .id
        .clone();
    ben.set_shown_map(0);
    retitle(&mut ben, 1, "Ben's unsaved title");
    retitle(&mut aiko, 0, "Aiko's title");
    aiko.save();
    poll_until(&mut ben, |b| title(b, 0) == "Aiko's title");
    let (revision, view) = ben.take_prepared_view().expect("the shown map laid out");
    let editor = ben.editor().expect("a document");
    assert_eq!(revision, editor.revision());
    assert_eq!(view.map, shown);
    // Exactly what the window would lay out itself for the merged document.
    let project = editor.project();
    let own =
        crate::layout::layout_map(project, &project.maps[0], crate::text::TextEngine::global());
    assert_eq!(view.layout, own);
    assert_eq!(view.scene, crate::layout::scene::build(&own));
    assert!(ben.take_prepared_view().is_none(), "taken once");
}
