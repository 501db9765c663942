//! Two people in a synced folder: each window on its own computer's copy of the file,
//! the two folders kept in step by [`SyncService`] with a delay. A save reaches the other
//! window through the sync; two saves that collide while the sync is offline leave a
//! Syncthing-style, then a Dropbox-style conflict copy, which the window offers to merge
//! (the test clicks the notice's button), merges with both people's work, and then
//! offers to move to the backups; and a file the sync writes in pieces (half of it on
//! disk for a second) is never reported as damaged nor merged half-read.

use std::path::{Path, PathBuf};
use std::time::Duration;

use super::peer::{Peer, on_disk, place, two_windows};
use super::start_xvfb_sized;
use super::sync_service::{Side, Style, SyncService};
use super::wait_for;

const NAME: &str = "grocery.waymark";

/// The conflict copies of the file in `dir`.
fn copies_in(dir: &Path) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("the folder reads")
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            let name = p.file_name().map(|n| n.to_string_lossy().into_owned());
            name.is_some_and(|n| waymark::store::copies::recognise(NAME, &n).is_some())
        })
        .collect();
    found.sort();
    found
}

/// Waits until both folders hold one conflict copy, named as `looks_like` accepts;
/// returns its name.
fn wait_copy(dirs: [&Path; 2], looks_like: impl Fn(&str) -> bool) -> String {
    wait_for(
        "the conflict copy in both folders",
        Duration::from_secs(15),
        || {
            let names = dirs.map(|d| {
                copies_in(d)
                    .iter()
                    .filter_map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
                    .collect::<Vec<_>>()
            });
            match names {
                [a, b] if a.len() == 1 && a == b && looks_like(&a[0]) => Some(a[0].clone()),
                _ => None,
            }
        },
    )
}

/// Moves `card` one stage right in `peer`'s window and saves, and waits for the save.
fn move_and_save(peer: &Peer, file: &Path, card: &str, to: (&str, &str)) {
    peer.select_and_press(card, &["alt+Right", "ctrl+s"]);
    wait_for("the save", Duration::from_secs(10), || {
        (on_disk(file, card) == place(to.0, to.1)).then_some(())
    });
}

/// `who` merges the copy through the notice, sees both people's work, saves, and moves
/// the copy to the backups; the other window (`other`) takes the save in, and the copy
/// goes from both folders. Returns what the notice said after the merge.
fn merge_through_the_notice(
    who: &Peer,
    other: &Peer,
    dirs: [&Path; 2],
    cards: [(&str, &str, &str); 2],
    shot: &str,
) -> String {
    who.click_action("merge-copy");
    let geo = who.wait("the merged copy", |g| {
        g["banner"]["action"] == "put-away-copy"
    });
    let said = geo["banner"]["text"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    for (card, lane, stage) in cards {
        assert_eq!(
            super::cell_of(&geo, card),
            place(lane, stage),
            "{card} after the merge"
        );
    }
    assert_eq!(geo["dirty"], true, "merged, not saved yet");
    who.shot(&format!("{shot}-merged.png"));
    who.press(&["ctrl+s"]);
    for (card, lane, stage) in cards {
        other.wait_card_in(card, lane, stage, "the merged save in the other window");
    }
    who.click_action("put-away-copy");
    wait_for(
        "the copy gone from both folders",
        Duration::from_secs(15),
        || dirs.iter().all(|d| copies_in(d).is_empty()).then_some(()),
    );
    // Neither window still offers to merge a copy that is gone.
    for peer in [who, other] {
        peer.wait("no offer of a copy that is gone", |g| {
            g["banner"]["action"] != "merge-copy"
        });
    }
    said
}

#[test]
#[ignore = "needs Xvfb and the test hooks; run by scripts/e2e.sh"]
fn two_folders_kept_in_step_by_a_sync_service() {
    let xvfb = start_xvfb_sized("2600x900x24");
    let display = xvfb.display.as_str();
    let dir = tempfile::tempdir().expect("tempdir");
    let (a, b) = (
        dir.path().join("aiko-laptop"),
        dir.path().join("ben-desktop"),
    );
    for folder in [&a, &b] {
        std::fs::create_dir(folder).expect("a folder");
        std::fs::write(folder.join(NAME), waymark::assets::SAMPLE).expect("write project");
    }
    let (fa, fb) = (a.join(NAME), b.join(NAME));
    let sides = [
        Side {
            dir: a.clone(),
            person: "Aiko",
            device: "AIKOQ7Z",
        },
        Side {
            dir: b.clone(),
            person: "Ben",
            device: "BENXQ7Z",
        },
    ];
    let sync = SyncService::start(sides, Duration::from_secs(1), Style::Syncthing);
    // Presence files sync too: each window knows the other has the file open.
    let (aiko, ben) = two_windows(display, [&fa, &fb], dir.path());

    // A save reaches the other window through the sync.
    move_and_save(&aiko, &fa, "c-a2", ("l-actions", "s-consideration"));
    ben.wait_card_in(
        "c-a2",
        "l-actions",
        "s-consideration",
        "Aiko's save through the sync",
    );

    // Syncthing: both save while the sync is offline. The newer version (Ben's) stays;
    // Aiko's becomes `grocery.sync-conflict-…-AIKOQ7Z.waymark` in both folders.
    sync.hold(true);
    move_and_save(&aiko, &fa, "c-a3", ("l-actions", "s-purchase"));
    move_and_save(&ben, &fb, "c-h1", ("l-thoughts", "s-consideration"));
    sync.hold(false);
    let copy = wait_copy([&a, &b], |n| {
        n.starts_with("grocery.sync-conflict-") && n.ends_with("-AIKOQ7Z.waymark")
    });
    println!("Syncthing's copy: {copy}");
    aiko.wait_card_in(
        "c-h1",
        "l-thoughts",
        "s-consideration",
        "Ben's version in Aiko's folder",
    );
    let geo = aiko.wait("the offer to merge the copy", |g| {
        g["banner"]["action"] == "merge-copy"
    });
    assert!(
        geo["banner"]["text"]
            .as_str()
            .is_some_and(|t| t.contains("Syncthing")),
        "{geo}"
    );
    ben.wait("the offer in Ben's window too", |g| {
        g["banner"]["action"] == "merge-copy"
    });
    aiko.shot("synced-syncthing-offer.png");
    let said = merge_through_the_notice(
        &aiko,
        &ben,
        [&a, &b],
        [
            ("c-a3", "l-actions", "s-purchase"),
            ("c-h1", "l-thoughts", "s-consideration"),
        ],
        "synced-syncthing",
    );
    // A Syncthing device id names no one.
    assert!(!said.contains("AIKOQ7Z"), "{said}");

    // Dropbox: both save again while it is offline. The first version (Aiko's) stays;
    // Ben's becomes `grocery (Ben's conflicted copy DATE).waymark` in both folders.
    sync.set_style(Style::Dropbox);
    sync.hold(true);
    move_and_save(&aiko, &fa, "c-a1", ("l-actions", "s-consideration"));
    move_and_save(&ben, &fb, "c-h2", ("l-thoughts", "s-purchase"));
    sync.hold(false);
    let copy = wait_copy([&a, &b], |n| {
        n.starts_with("grocery (Ben's conflicted copy ")
    });
    println!("Dropbox's copy: {copy}");
    ben.wait_card_in(
        "c-h2",
        "l-thoughts",
        "s-consideration",
        "Aiko's version in Ben's folder",
    );
    let geo = ben.wait("the offer to merge Ben's copy", |g| {
        g["banner"]["action"] == "merge-copy"
    });
    assert!(
        geo["banner"]["text"]
            .as_str()
            .is_some_and(|t| t.contains("Ben's conflicted copy")),
        "{geo}"
    );
    ben.shot("synced-dropbox-offer.png");
    let said = merge_through_the_notice(
        &ben,
        &aiko,
        [&a, &b],
        [
            ("c-a1", "l-actions", "s-consideration"),
            ("c-h2", "l-thoughts", "s-purchase"),
        ],
        "synced-dropbox",
    );
    assert!(
        said.starts_with("Merged the conflicted copy. Ben: "),
        "{said}"
    );

    // A slow sync writes Aiko's next save into Ben's folder in two halves a second
    // apart, while Ben has unsaved work: his window never reports the half file as
    // damaged nor merges it half read, and then merges the whole.
    sync.in_pieces(true);
    ben.select_and_press("c-h3", &["alt+Right"]);
    ben.wait_card_in("c-h3", "l-thoughts", "s-delivery", "Ben's unsaved move");
    let before = ben.geometry().expect("geometry");
    move_and_save(&aiko, &fa, "c-a4", ("l-actions", "s-purchase"));
    wait_for(
        "half the file in Ben's folder",
        Duration::from_secs(10),
        || {
            let bytes = std::fs::read(&fb).ok()?;
            waymark::io::load_bytes(&bytes).is_err().then_some(())
        },
    );
    while waymark::io::load_bytes(&std::fs::read(&fb).unwrap_or_default()).is_err() {
        let geo = ben.geometry().expect("geometry");
        assert_eq!(
            geo["banner"], before["banner"],
            "no notice about a damaged file"
        );
        assert_eq!(geo["cards"], before["cards"], "nothing merged half read");
        assert_eq!(geo["dirty"], true);
        std::thread::sleep(Duration::from_millis(50));
    }
    ben.wait_card_in("c-a4", "l-actions", "s-purchase", "the whole file merged");
    assert_eq!(ben.cell_of("c-h3"), place("l-thoughts", "s-delivery"));
    let geo = ben.geometry().expect("geometry");
    assert_eq!(
        geo["banner"], before["banner"],
        "no notice about a damaged file"
    );
    ben.shot("synced-ben-after-pieces.png");
    aiko.shot("synced-aiko-end.png");
    drop(sync);
}
