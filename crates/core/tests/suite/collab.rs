//! Working together on one file, without a window: the file watcher (a colleague's save
//! seen, our own not, a file written in pieces never reported half-read, a file gone),
//! presence files, sync services' conflict copies merged with and without an ancestor,
//! and the "what came in" summary.

use std::path::Path;
use std::time::{Duration, Instant};

use crate::support::sample;
use waymark_core::compare::{self, Count};
use waymark_core::io;
use waymark_core::model::Project;
use waymark_core::store::copies::{self, Ancestor, Service};
use waymark_core::store::presence::{self, Me, Presence};
use waymark_core::store::watch::{FileWatcher, Times, WatchEvent};
use waymark_core::store::{DataDir, backup};

fn quick() -> Times {
    Times {
        settle: Duration::from_millis(50),
        retry: Duration::from_millis(100),
        give_up: Duration::from_millis(1500),
        missing: Duration::from_millis(300),
        poll: Duration::from_millis(500),
    }
}

fn save(project: &Project, path: &Path) -> u64 {
    let bytes = io::to_bytes(project).expect("encodes");
    io::write_atomic(path, &bytes).expect("writes");
    io::content_hash(&bytes)
}

/// Waits up to 5 s for the next event.
fn next(w: &FileWatcher) -> Option<WatchEvent> {
    w.recv_timeout(Duration::from_secs(5))
}

#[test]
fn a_colleagues_save_is_seen_and_our_own_is_not() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("plan.waymark");
    let mut p = sample();
    let hash = save(&p, &path);
    let woken = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let count = woken.clone();
    let w = FileWatcher::with_times(&path, Some(hash), quick(), move || {
        count.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    })
    .expect("watches");
    // A colleague's save, written as Waymark writes (a temporary file renamed over).
    p.title = "Theirs".into();
    let started = Instant::now();
    save(&p, &path);
    match next(&w) {
        Some(WatchEvent::Changed(opened)) => assert_eq!(opened.project.title, "Theirs"),
        other => panic!("expected a change, got {other:?}"),
    }
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );
    // The window is woken right after the event is sent.
    let deadline = Instant::now() + Duration::from_secs(1);
    while woken.load(std::sync::atomic::Ordering::SeqCst) == 0 && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(10));
    }
    assert_eq!(woken.load(std::sync::atomic::Ordering::SeqCst), 1);
    // Our own save: told to the watcher first, never reported.
    p.title = "Ours".into();
    let bytes = io::to_bytes(&p).expect("encodes");
    w.set_known(io::content_hash(&bytes));
    io::write_atomic(&path, &bytes).expect("writes");
    assert!(w.recv_timeout(Duration::from_millis(800)).is_none());
}

#[test]
fn a_file_written_in_pieces_is_read_once_whole_and_never_reported_damaged() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("plan.waymark");
    let mut p = sample();
    let hash = save(&p, &path);
    let w = FileWatcher::with_times(&path, Some(hash), quick(), || {}).expect("watches");
    p.title = "Synced".into();
    let bytes = io::to_bytes(&p).expect("encodes");
    // A sync service writing in place: half now, the rest a second later.
    std::fs::write(&path, &bytes[..bytes.len() / 2]).expect("half");
    std::thread::sleep(Duration::from_millis(1000));
    std::fs::write(&path, &bytes).expect("whole");
    match next(&w) {
        Some(WatchEvent::Changed(opened)) => assert_eq!(opened.project.title, "Synced"),
        other => panic!("expected the whole file, got {other:?}"),
    }
    assert!(w.recv_timeout(Duration::from_millis(600)).is_none());
}

#[test]
fn a_file_that_stays_damaged_is_reported_once_and_a_file_gone_is_reported() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("plan.waymark");
    let hash = save(&sample(), &path);
    let w = FileWatcher::with_times(&path, Some(hash), quick(), || {}).expect("watches");
    let started = Instant::now();
    std::fs::write(&path, b"{ \"format\": \"waymark\", ").expect("damaged");
    match next(&w) {
        Some(WatchEvent::Unreadable { reason }) => assert!(!reason.is_empty()),
        other => panic!("expected unreadable, got {other:?}"),
    }
    assert!(
        started.elapsed() >= quick().give_up,
        "not before it gave up"
    );
    assert!(w.recv_timeout(Duration::from_millis(800)).is_none(), "once");
    // Deleted and written anew at once: just a change (encoded before, so that a loaded
    // machine does not leave the file missing for longer than the watcher waits).
    let mut other = sample();
    other.title = "Anew".into();
    let bytes = io::to_bytes(&other).expect("encodes");
    std::fs::remove_file(&path).expect("removes");
    io::write_atomic(&path, &bytes).expect("writes");
    assert!(matches!(next(&w), Some(WatchEvent::Changed(_))));
    std::fs::remove_file(&path).expect("removes");
    assert!(matches!(next(&w), Some(WatchEvent::Removed)));
}

#[test]
fn a_save_is_seen_while_something_reads_the_file_all_the_time() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("plan.waymark");
    let mut p = sample();
    let hash = save(&p, &path);
    let w = FileWatcher::with_times(&path, Some(hash), quick(), || {}).expect("watches");
    // A sync service or an indexer that reads the file every 20 ms.
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let reader = {
        let (stop, path) = (stop.clone(), path.clone());
        std::thread::spawn(move || {
            while !stop.load(std::sync::atomic::Ordering::SeqCst) {
                let _ = std::fs::read(&path);
                std::thread::sleep(Duration::from_millis(20));
            }
        })
    };
    p.title = "Theirs".into();
    save(&p, &path);
    let seen = next(&w);
    stop.store(true, std::sync::atomic::Ordering::SeqCst);
    reader.join().expect("reader");
    match seen {
        Some(WatchEvent::Changed(opened)) => assert_eq!(opened.project.title, "Theirs"),
        other => panic!("expected a change, got {other:?}"),
    }
}

#[test]
fn a_conflict_copy_appearing_beside_the_file_is_reported_at_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("plan.waymark");
    let hash = save(&sample(), &path);
    let w = FileWatcher::with_times(&path, Some(hash), quick(), || {}).expect("watches");
    // Another file beside it is nothing; a Syncthing conflict copy of it is.
    save(&sample(), &dir.path().join("other.waymark"));
    save(
        &sample(),
        &dir.path()
            .join("plan.sync-conflict-20261204-021500-BENXQ7Z.waymark"),
    );
    assert!(matches!(next(&w), Some(WatchEvent::CopiesChanged)));
}

fn me(name: &str, pid: u32) -> Me {
    Me {
        name: name.into(),
        account: name.to_lowercase(),
        host: "host".into(),
        pid,
    }
}

#[test]
fn presence_files_name_the_others_and_go_with_the_window() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("plan.waymark");
    save(&sample(), &path);
    let mine = Presence::announce(&path, me("Ben", 1)).expect("announced");
    assert!(
        presence::others(&path, Some(&mine)).is_empty(),
        "not myself"
    );
    let aiko = Presence::announce(&path, me("Aiko", 2)).expect("announced");
    let others = presence::others(&path, Some(&mine));
    assert_eq!(others.len(), 1);
    assert_eq!(others[0].name, "Aiko");
    assert_eq!(presence::likely_author(&others), Some("Aiko"));
    // Stale after two minutes without a refresh.
    let later = others[0].seen + presence::STALE.as_secs() + 1;
    assert!(presence::others_at(&path, Some(mine.file()), later).is_empty());
    // A large or foreign file in the folder is skipped.
    let folder = presence::folder(&path).expect("folder");
    std::fs::write(folder.join("big.json"), vec![b' '; 10_000]).expect("writes");
    std::fs::write(folder.join("junk.json"), b"not json").expect("writes");
    assert_eq!(presence::others(&path, Some(&mine)).len(), 1);
    drop(aiko);
    assert!(
        presence::others(&path, Some(&mine)).is_empty(),
        "removed on close"
    );
    let file = mine.file().to_owned();
    mine.remove();
    assert!(!file.exists());
}

#[cfg(target_os = "linux")]
#[test]
fn a_killed_window_on_this_computer_is_not_listed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("plan.waymark");
    save(&sample(), &path);
    let host = gethostname::gethostname().to_string_lossy().into_owned();
    let here = |name: &str, pid: u32| Me {
        host: host.clone(),
        ..me(name, pid)
    };
    // A process that runs (this one) stays listed; one that is gone (no such pid) is
    // not, though its file is fresh; on another computer nothing can tell, so it stays.
    let _aiko = Presence::announce(&path, here("Aiko", std::process::id())).expect("announced");
    let _ben = Presence::announce(&path, here("Ben", u32::MAX - 1)).expect("announced");
    let _chen = Presence::announce(&path, me("Chen", u32::MAX - 1)).expect("announced");
    let names: Vec<String> = presence::others(&path, None)
        .into_iter()
        .map(|v| v.name)
        .collect();
    assert_eq!(names, ["Aiko", "Chen"]);
}

#[cfg(unix)]
#[test]
fn a_read_only_folder_has_no_presence() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("plan.waymark");
    save(&sample(), &path);
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o555)).expect("chmod");
    let writable = std::fs::write(dir.path().join("probe"), b"x").is_ok();
    let announced = Presence::announce(&path, me("Ben", 1));
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).expect("chmod");
    if writable {
        eprintln!("skipped: running as root, the folder stays writable");
        return;
    }
    assert!(announced.is_none());
}

#[test]
fn a_conflict_copy_merges_with_its_ancestor_from_the_backups() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = DataDir::new(dir.path().join("data"));
    let path = dir.path().join("plan.waymark");
    let base = sample();
    save(&base, &path);
    // The version both started from is a backup (Waymark backed it up when we saved).
    backup::back_up(&data, &path, &io::to_bytes(&base).expect("encodes")).expect("backup");
    let mut ours = base.clone();
    ours.maps[0].cards.remove(0);
    save(&ours, &path);
    let mut theirs = base.clone();
    theirs.maps[0].cards[1].title = "Theirs".into();
    let copy = dir
        .path()
        .join("plan (Aiko's conflicted copy 2026-12-03).waymark");
    save(&theirs, &copy);
    let found = copies::find(&path);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].service, Service::Dropbox);
    assert_eq!(found[0].offer(), "Merge Aiko's conflicted copy");
    let merged = copies::merge_copy(&path, &ours, &copy, Some(&data)).expect("merges");
    assert!(matches!(merged.ancestor, Ancestor::Backup(_)));
    assert!(
        merged.project.conflicts.is_none(),
        "{:?}",
        merged.project.conflicts
    );
    let cards = &merged.project.maps[0].cards;
    assert_eq!(
        cards.len(),
        base.maps[0].cards.len() - 1,
        "our delete stands"
    );
    assert!(
        cards.iter().any(|c| c.title == "Theirs"),
        "their edit came in"
    );
    assert_eq!(merged.changes.len(), 1, "{:?}", merged.changes);
    // Put away: into the backups, out of the folder.
    let kept = copies::put_away(&data, &path, &copy).expect("moves");
    assert!(!copy.exists() && kept.exists());
    assert!(backup::list(&data, &path).contains(&kept));
}

#[test]
fn without_an_ancestor_a_copy_merges_two_ways_adding_and_never_deleting() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("plan.waymark");
    let base = sample();
    let mut ours = base.clone();
    ours.maps[0].cards.remove(0);
    ours.maps[0].cards[0].title = "Ours".into();
    save(&ours, &path);
    let mut theirs = base.clone();
    let mut added = theirs.maps[0].cards[3].clone();
    added.id = "c-added".into();
    added.title = "Added by them".into();
    theirs.maps[0].cards.push(added);
    theirs.maps[0].cards[1].title = "Theirs".into();
    let copy = dir
        .path()
        .join("plan.sync-conflict-20261203-101530-ABCDEFG.waymark");
    save(&theirs, &copy);
    let merged = copies::merge_copy(&path, &ours, &copy, None).expect("merges");
    assert_eq!(merged.ancestor, Ancestor::None);
    let cards = &merged.project.maps[0].cards;
    assert!(cards.iter().any(|c| c.title == "Added by them"), "added");
    assert!(
        cards.iter().any(|c| c.id == base.maps[0].cards[0].id),
        "the card only they still have is kept: nothing is deleted"
    );
    assert!(
        cards.iter().any(|c| c.title == "Ours"),
        "ours kept where they differ"
    );
    let conflicts = merged
        .project
        .conflicts
        .as_ref()
        .expect("differences listed");
    let text: Vec<String> = conflicts
        .items
        .iter()
        .map(|c| compare::describe_conflict(c, &merged.project))
        .collect();
    assert!(
        text.iter()
            .any(|t| t.contains("ours \"Ours\", theirs \"Theirs\"")),
        "{text:#?}"
    );
    assert!(io::validate(&merged.project).is_empty());
}

#[test]
fn what_came_in_names_who_and_counts_by_kind() {
    let before = sample();
    let mut after = before.clone();
    after.maps[0].cards[0].title = "New".into();
    after.maps[0].cards[1].body = "More".into();
    let got = compare::incoming(&before, &after, Some("Aiko"));
    assert_eq!(got.headline(), "Aiko: 2 cards changed");
    assert_eq!(
        got.counts,
        vec![Count {
            thing: waymark_core::model::Thing::Card,
            op: compare::ChangeOp::Changed,
            n: 2
        }]
    );
    assert_eq!(got.cards().len(), 2);
}
