//! Two windows on one file when things go wrong: both people change the same card's
//! title (both windows show the conflict, the file holds both texts, `waymark check`
//! names it), and one window is killed (`kill -9`) in the middle of a save (the file is
//! the old or the new version and reads, and the other window keeps its own work).

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use super::peer::{on_disk, place, title_on_disk, two_windows};
use super::{app_binary, start_xvfb_sized, wait_for, xdotool};

/// What Ben adds to the card's title.
const BEN_ADDS: &str = " (Ben: cheaper on Tuesdays)";
/// What Aiko adds to it.
const AIKO_ADDS: &str = " (Aiko: fees first)";

/// Whether the window reports a conflict over `field` of `card`, with the conflicts
/// panel open.
fn shows_conflict(geo: &serde_json::Value, card: &str, field: &str) -> bool {
    geo["conflicts_panel"] == true
        && geo["conflicts"]
            .as_array()
            .is_some_and(|c| c.iter().any(|c| c["target"] == card && c["field"] == field))
}

#[test]
#[ignore = "needs Xvfb and the test hooks; run by scripts/e2e.sh"]
fn the_same_title_changed_in_both_windows_is_a_conflict_in_both() {
    let xvfb = start_xvfb_sized("2600x900x24");
    let display = xvfb.display.as_str();
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("grocery.waymark");
    let card = "c-a1";
    // The card's title in three scripts and an emoji; each person adds to it.
    let mut project = waymark::io::load_bytes(waymark::assets::SAMPLE.as_bytes()).expect("sample");
    let title = "比較サイトで探す · قارن الأسعار · कीमतें देखें 🛒";
    project.maps[0].cards[0].title = title.to_owned();
    assert_eq!(project.maps[0].cards[0].id.as_str(), card);
    let bytes = waymark::io::to_bytes(&project).expect("encodes");
    std::fs::write(&file, bytes).expect("write project");
    let (aiko, ben) = two_windows(display, [&file, &file], dir.path());

    // Ben changes the card's title and does not save yet; Aiko changes it too, and
    // saves.
    let bens = ben.add_to_title(card, BEN_ADDS);
    let aikos = aiko.add_to_title(card, AIKO_ADDS);
    aiko.press(&["ctrl+s"]);
    wait_for("Aiko's save", Duration::from_secs(10), || {
        (title_on_disk(&file, card)? == aikos).then_some(())
    });

    // Ben's window takes her save in, keeps his own title and shows the conflict.
    let geo = ben.wait("the conflict in Ben's window", |g| {
        shows_conflict(g, card, "title")
    });
    assert_eq!(
        geo["titles"][card], bens,
        "Ben's own title stays in his window"
    );
    assert_eq!(geo["dirty"], true);
    assert_eq!(geo["banner"]["level"], "warning", "a notice says so");
    let notice = geo["banner"]["text"].as_str().expect("the notice");
    assert!(
        notice.starts_with("aiko: 1 card changed"),
        "it says who changed what: {notice}"
    );
    let ben_shot = ben.shot("conflict-ben.png");

    // Ben saves: the file holds both texts, with the conflict recorded.
    ben.press(&["ctrl+s"]);
    let project = wait_for("Ben's save", Duration::from_secs(10), || {
        let p = waymark::io::load_path(&file).ok()?;
        p.conflicts.is_some().then_some(p)
    });
    let conflict = project
        .conflicts
        .iter()
        .flat_map(|c| &c.items)
        .find(|c| c.target == card && c.field.as_deref() == Some("title"))
        .expect("the title conflict is in the file");
    assert_eq!(title_on_disk(&file, card), Some(bens.clone()));
    assert_eq!(conflict.ours, Some(bens.as_str().into()));
    assert_eq!(conflict.theirs, Some(aikos.as_str().into()));

    // Aiko's window, with nothing unsaved, takes Ben's save in and shows the conflict.
    let geo = aiko.wait("the conflict in Aiko's window", |g| {
        shows_conflict(g, card, "title")
    });
    let text = geo["conflicts"][0]["text"].as_str().expect("described");
    // Both titles start alike: the panel shows them from where they differ, each by
    // its person (in Aiko's window "ours" would be Ben's).
    assert!(
        text.contains(AIKO_ADDS) && text.contains(BEN_ADDS),
        "the panel shows both titles' difference: {text}"
    );
    assert!(
        text.contains("ben's \"…") && text.contains("aiko's \"…"),
        "the panel names each side's person: {text}"
    );
    let aiko_shot = aiko.shot("conflict-aiko.png");
    let panel_shot = aiko.shot_part("conflicts-panel-aiko.png", &geo["conflicts_panel_rect"]);

    // `waymark check` names it.
    let out = Command::new(app_binary())
        .arg("check")
        .arg(&file)
        .output()
        .expect("waymark check runs");
    let said =
        String::from_utf8_lossy(&out.stderr).into_owned() + &String::from_utf8_lossy(&out.stdout);
    assert!(!out.status.success(), "check fails with a conflict: {said}");
    assert!(
        said.contains("unresolved merge conflict")
            && said.contains(AIKO_ADDS)
            && said.contains(BEN_ADDS),
        "check names the conflict: {said}"
    );
    println!(
        "screenshots: {} {} {}",
        ben_shot.display(),
        aiko_shot.display(),
        panel_shot.display()
    );
    drop((aiko, ben));
}

/// The temporary files of saves of `file` in its folder (`.NAME.XXXXXX.tmp`).
fn save_temps(file: &Path) -> Vec<String> {
    let Some(name) = file.file_name().map(|n| n.to_string_lossy().into_owned()) else {
        return Vec::new();
    };
    let prefix = format!(".{name}.");
    std::fs::read_dir(file.parent().expect("a folder"))
        .expect("the folder reads")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(&prefix) && n.ends_with(".tmp"))
        .collect()
}

#[test]
#[ignore = "needs Xvfb and the test hooks; run by scripts/e2e.sh"]
fn kill_9_during_a_save_loses_nothing() {
    let xvfb = start_xvfb_sized("2600x900x24");
    let display = xvfb.display.as_str();
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("grocery.waymark");
    // A large file (many maps besides the one on screen), so that a save takes long
    // enough to be caught in the middle.
    let mut project = waymark::io::load_bytes(waymark::assets::SAMPLE.as_bytes()).expect("sample");
    for i in 0..80 {
        let mut map = project.maps[0].clone();
        map.id = format!("m-copy-{i}").as_str().into();
        map.name = format!("Copy {i}");
        project.maps.push(map);
    }
    let bytes = waymark::io::to_bytes(&project).expect("encodes");
    std::fs::write(&file, bytes).expect("write project");
    let (mut aiko, ben) = two_windows(display, [&file, &file], dir.path());

    // Ben has unsaved work; Aiko moves a card and saves, and her window is killed as soon
    // as the save's temporary file appears (in the middle of writing it).
    ben.select_and_press("c-h1", &["alt+Right"]);
    ben.wait_card_in("c-h1", "l-thoughts", "s-consideration", "Ben's move");
    aiko.select_and_press("c-a2", &["alt+Right"]);
    aiko.wait_card_in("c-a2", "l-actions", "s-consideration", "Aiko's move");
    aiko.raise();
    xdotool(display, &["key", "ctrl+s"]);
    let start = Instant::now();
    let mut mid_save = false;
    let modified = || std::fs::metadata(&file).and_then(|m| m.modified()).ok();
    let before = modified();
    // Looking as often as the machine allows (a save takes some milliseconds).
    while start.elapsed() < Duration::from_secs(10) {
        mid_save = !save_temps(&file).is_empty();
        if mid_save || modified() != before {
            break;
        }
    }
    let _ = aiko.app.0.kill();
    let _ = aiko.app.0.wait();
    println!(
        "killed {} the save",
        if mid_save { "during" } else { "after" }
    );

    // The file is the old or the new version, and reads.
    waymark::io::load_path(&file).expect("the file still reads");
    let hers = on_disk(&file, "c-a2");
    assert!(
        hers == place("l-actions", "s-awareness") || hers == place("l-actions", "s-consideration"),
        "old or new: {hers:?}"
    );
    assert_eq!(on_disk(&file, "c-h1"), place("l-thoughts", "s-awareness"));

    // Ben's window keeps his work (with Aiko's merged in if her save landed), reports
    // nothing damaged, and stops listing her once her window is gone.
    if hers == place("l-actions", "s-consideration") {
        ben.wait_card_in(
            "c-a2",
            "l-actions",
            "s-consideration",
            "Aiko's save in Ben's window",
        );
    }
    let geo = ben.wait("Aiko gone from Ben's window", |g| {
        g["others"].as_array().is_some_and(Vec::is_empty)
    });
    assert_eq!(ben.cell_of("c-h1"), place("l-thoughts", "s-consideration"));
    assert_eq!(geo["dirty"], true);
    assert!(geo["banner"].is_null(), "nothing to report: {geo}");

    // Ben saves: his work and (if it landed) hers are on disk, and the killed save's
    // temporary file is cleaned away.
    ben.press(&["ctrl+s"]);
    wait_for("Ben's save", Duration::from_secs(10), || {
        (on_disk(&file, "c-h1")? == ("l-thoughts".into(), "s-consideration".into())).then_some(())
    });
    assert_eq!(on_disk(&file, "c-a2"), hers);
    assert_eq!(
        save_temps(&file),
        Vec::<String>::new(),
        "no temporary file left"
    );
    ben.shot("killed-ben.png");
}
