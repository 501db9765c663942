//! Two windows on one file under one Xvfb, as two people ("aiko" and "ben", each with
//! a data folder of their own): each sees the other in the status bar; a save in one
//! shows in the other by itself; a save arriving while the other has unsaved work is
//! merged with it; and the file ends with both people's work.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use super::{Killed, app_binary, center, screenshot, start_xvfb_sized, wait_for, xdotool};

/// One window of the two-window test: its process, X window and geometry file.
struct Peer {
    app: Killed,
    window: String,
    geometry: PathBuf,
}

impl Peer {
    /// Starts the binary on `file` as the account `user`, with its own data folder.
    fn start(display: &str, file: &Path, dir: &Path, user: &str) -> Self {
        let geometry = dir.join(format!("geometry-{user}.json"));
        let mut app = Killed(
            Command::new(app_binary())
                .arg(file)
                .env("DISPLAY", display)
                .env("USER", user)
                .env("WAYLAND_DISPLAY", "")
                .env("WINIT_X11_SCALE_FACTOR", "1")
                .env("WAYMARK_GEOMETRY_OUT", &geometry)
                .env("WAYMARK_DATA_DIR", dir.join(format!("data-{user}")))
                .spawn()
                .expect("waymark starts"),
        );
        let pid = app.0.id().to_string();
        let window = wait_for("the window", Duration::from_secs(30), || {
            if let Ok(Some(status)) = app.0.try_wait() {
                panic!("waymark exited before its window appeared: {status}");
            }
            let out = Command::new("xdotool")
                .args(["search", "--pid", &pid])
                .env("DISPLAY", display)
                .output()
                .ok()?;
            String::from_utf8_lossy(&out.stdout)
                .lines()
                .last()
                .map(str::to_owned)
        });
        let peer = Self {
            app,
            window,
            geometry,
        };
        wait_for("on-screen geometry", Duration::from_secs(20), || {
            peer.geometry()
        });
        peer
    }

    fn geometry(&self) -> Option<serde_json::Value> {
        serde_json::from_slice(&std::fs::read(&self.geometry).ok()?).ok()
    }

    /// The (lane, stage) of the cell under `card`'s centre, as this window shows it.
    fn cell_of(&self, card: &str) -> Option<(String, String)> {
        super::cell_of(&self.geometry()?, card)
    }

    /// Waits until this window shows `card` in `stage` (lane `lane`).
    fn wait_card_in(&self, card: &str, lane: &str, stage: &str, what: &str) {
        wait_for(what, Duration::from_secs(15), || {
            (self.cell_of(card)? == (lane.to_owned(), stage.to_owned())).then_some(())
        });
    }

    /// Clicks `card`, waits for it to be selected, then presses `keys`.
    fn select_and_press(&self, display: &str, card: &str, keys: &[&str]) {
        let geo = self.geometry().expect("geometry");
        let (x, y) = center(&geo["cards"][card]);
        let w = self.window.as_str();
        // No window manager: the two windows overlap, so bring this one to the top.
        xdotool(display, &["windowraise", w]);
        xdotool(display, &["windowfocus", "--sync", w]);
        xdotool(
            display,
            &["mousemove", "--window", w, &x.to_string(), &y.to_string()],
        );
        std::thread::sleep(Duration::from_millis(100));
        xdotool(display, &["click", "1"]);
        wait_for("the card selected", Duration::from_secs(10), || {
            self.geometry()
                .filter(|g| g["selected"] == serde_json::json!([card]))
        });
        for key in keys {
            xdotool(display, &["key", key]);
            std::thread::sleep(Duration::from_millis(300));
        }
    }
}

/// Where `card` is in the file on disk: (lane, stage).
fn on_disk(file: &Path, card: &str) -> Option<(String, String)> {
    let project = waymark::io::load_path(file).ok()?;
    let c = project.maps[0]
        .cards
        .iter()
        .find(|c| c.id.as_str() == card)?;
    Some((c.lane.as_str().to_owned(), c.stage.as_str().to_owned()))
}

fn place(lane: &str, stage: &str) -> Option<(String, String)> {
    Some((lane.to_owned(), stage.to_owned()))
}

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
    let aiko = Peer::start(display, &file, dir.path(), "aiko");
    let ben = Peer::start(display, &file, dir.path(), "ben");
    xdotool(display, &["windowmove", &ben.window, "1300", "0"]);

    // Each window knows the other has the file open.
    wait_for("presence both ways", Duration::from_secs(40), || {
        let has = |p: &Peer, name: &str| {
            p.geometry().is_some_and(|g| {
                g["others"]
                    .as_array()
                    .is_some_and(|o| o.contains(&name.into()))
            })
        };
        (has(&aiko, "ben") && has(&ben, "aiko")).then_some(())
    });

    // Aiko moves a card and saves; Ben's window, with nothing unsaved, shows it by itself.
    aiko.select_and_press(display, "c-a2", &["alt+Right", "ctrl+s"]);
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
    ben.select_and_press(display, "c-h1", &["alt+Right"]);
    ben.wait_card_in("c-h1", "l-thoughts", "s-consideration", "Ben's own move");
    aiko.select_and_press(display, "c-a2", &["alt+Right", "ctrl+s"]);
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
    xdotool(display, &["windowfocus", "--sync", &ben.window]);
    xdotool(display, &["key", "ctrl+s"]);
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

    xdotool(display, &["windowraise", &aiko.window]);
    screenshot(display, &aiko.window, "together-aiko.png");
    drop((aiko.app, ben.app));
}
