//! Two windows on one file under one Xvfb, as two people ("aiko" and "ben", each with
//! a data folder of their own): each sees the other in the status bar; a save in one
//! shows in the other by itself; a save arriving while the other has unsaved work is
//! merged with it; and the file ends with both people's work.

use std::time::Duration;

use super::peer::{on_disk, place, two_windows};
use super::{start_xvfb_sized, wait_for};

#[test]
#[ignore = "needs Xvfb and the test hooks; run by scripts/e2e.sh"]
fn two_windows_on_one_file_see_and_merge_each_others_saves() {
    // Side by side on a wide screen: a covered window runs no frames (eframe), so it
    // would not write the geometry this test reads.
    let xvfb = start_xvfb_sized("2600x900x24");
    let display = xvfb.display.as_str();
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("grocery.waymark");
    std::fs::write(&file, waymark::assets::SAMPLE).expect("write project");
    // Each window knows the other has the file open.
    let (aiko, ben) = two_windows(display, [&file, &file], dir.path());

    // Aiko moves a card and saves; Ben's window, with nothing unsaved, shows it by itself.
    aiko.select_and_press("c-a2", &["alt+Right", "ctrl+s"]);
    wait_for("Aiko's save", Duration::from_secs(10), || {
        (on_disk(&file, "c-a2") == place("l-actions", "s-consideration")).then_some(())
    });
    ben.wait_card_in(
        "c-a2",
        "l-actions",
        "s-consideration",
        "Aiko's move in Ben's window",
    );
    assert_eq!(ben.geometry().expect("geometry")["dirty"], false);

    // Ben moves another card without saving; Aiko moves hers again and saves. Ben's window
    // merges: both moves are there and Ben's stays unsaved.
    ben.select_and_press("c-h1", &["alt+Right"]);
    ben.wait_card_in("c-h1", "l-thoughts", "s-consideration", "Ben's own move");
    aiko.select_and_press("c-a2", &["alt+Right", "ctrl+s"]);
    wait_for("Aiko's second save", Duration::from_secs(10), || {
        (on_disk(&file, "c-a2") == place("l-actions", "s-purchase")).then_some(())
    });
    ben.wait_card_in(
        "c-a2",
        "l-actions",
        "s-purchase",
        "Aiko's second move merged in",
    );
    assert_eq!(
        ben.cell_of("c-h1"),
        place("l-thoughts", "s-consideration"),
        "Ben's unsaved move survives the merge"
    );
    assert_eq!(ben.geometry().expect("geometry")["dirty"], true);

    // Ben saves: the file holds both people's work, and Aiko's window takes Ben's in.
    ben.press(&["ctrl+s"]);
    wait_for("Ben's save", Duration::from_secs(10), || {
        (on_disk(&file, "c-h1") == place("l-thoughts", "s-consideration")).then_some(())
    });
    assert_eq!(on_disk(&file, "c-a2"), place("l-actions", "s-purchase"));
    aiko.wait_card_in(
        "c-h1",
        "l-thoughts",
        "s-consideration",
        "Ben's move in Aiko's window",
    );

    aiko.shot("together-aiko.png");
    drop((aiko.app, ben.app));
}
