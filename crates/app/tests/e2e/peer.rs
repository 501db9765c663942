//! One window of the tests with two people on one file: its process, X window and the
//! geometry and state it reports (`WAYMARK_GEOMETRY_OUT`), and what a person does in it
//! (select a card and press keys, add to a card's title, click a notice's button), plus reading
//! the file on disk as the tests check it.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use super::{Killed, app_binary, center, screenshot, wait_for, xdotool};

/// One window, as the account `user`, with a data folder of its own.
pub struct Peer {
    pub app: Killed,
    pub window: String,
    geometry: PathBuf,
    display: String,
}

impl Peer {
    /// Starts the binary on `file` as the account `user`, with its own data folder in
    /// `dir`.
    pub fn start(display: &str, file: &Path, dir: &Path, user: &str) -> Self {
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
            display: display.to_owned(),
        };
        wait_for("on-screen geometry", Duration::from_secs(20), || {
            peer.geometry()
        });
        peer
    }

    /// What the window reported after its last frame.
    pub fn geometry(&self) -> Option<serde_json::Value> {
        serde_json::from_slice(&std::fs::read(&self.geometry).ok()?).ok()
    }

    /// Waits (at most 15 s) until the window reports what `test` accepts, and returns it.
    pub fn wait(&self, what: &str, test: impl Fn(&serde_json::Value) -> bool) -> serde_json::Value {
        let start = std::time::Instant::now();
        loop {
            let geo = self.geometry();
            if let Some(geo) = geo.as_ref().filter(|g| test(g)) {
                return geo.clone();
            }
            if start.elapsed() > Duration::from_secs(15) {
                let shot = screenshot(&self.display, &self.window, "timed-out.png");
                let mut geo = geo.unwrap_or_default();
                if let Some(g) = geo.as_object_mut() {
                    g.remove("cells");
                    g.remove("cards");
                }
                panic!(
                    "timed out waiting for {what}; window said {geo}; see {}",
                    shot.display()
                );
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Moves the window to `x` on the screen (the two windows sit side by side: a covered
    /// window runs no frames and writes no geometry).
    pub fn move_to(&self, x: u32) {
        xdotool(
            &self.display,
            &["windowmove", &self.window, &x.to_string(), "0"],
        );
    }

    /// The (lane, stage) of the cell under `card`'s centre, as this window shows it.
    pub fn cell_of(&self, card: &str) -> Option<(String, String)> {
        super::cell_of(&self.geometry()?, card)
    }

    /// The title of `card` as this window has it.
    pub fn title_of(&self, card: &str) -> Option<String> {
        self.geometry()?["titles"][card].as_str().map(str::to_owned)
    }

    /// Waits until this window shows `card` in `stage` (lane `lane`).
    pub fn wait_card_in(&self, card: &str, lane: &str, stage: &str, what: &str) {
        let want = (lane.to_owned(), stage.to_owned());
        self.wait(what, |g| super::cell_of(g, card).is_some_and(|c| c == want));
    }

    /// Brings the window to the top and gives it the keyboard (there is no window
    /// manager).
    pub fn raise(&self) {
        xdotool(&self.display, &["windowraise", &self.window]);
        xdotool(&self.display, &["windowfocus", "--sync", &self.window]);
    }

    /// Clicks at (`x`, `y`) in the window.
    pub fn click(&self, x: i32, y: i32) {
        self.raise();
        let w = self.window.as_str();
        xdotool(
            &self.display,
            &["mousemove", "--window", w, &x.to_string(), &y.to_string()],
        );
        std::thread::sleep(Duration::from_millis(100));
        xdotool(&self.display, &["click", "1"]);
    }

    /// Presses `keys` one after another in this window.
    pub fn press(&self, keys: &[&str]) {
        self.raise();
        for key in keys {
            xdotool(&self.display, &["key", key]);
            std::thread::sleep(Duration::from_millis(300));
        }
    }

    /// Clicks `card`, waits for it to be selected, then presses `keys`.
    pub fn select_and_press(&self, card: &str, keys: &[&str]) {
        let geo = self.geometry().expect("geometry");
        let (x, y) = center(&geo["cards"][card]);
        self.click(x, y);
        self.wait("the card selected", |g| {
            g["selected"] == serde_json::json!([card])
        });
        self.press(keys);
    }

    /// Adds `text` to the end of `card`'s title as a person does: select it, Enter to
    /// edit the title in place (the caret starts at the end), type, Enter. Waits until
    /// the window has it and returns the new title. (xdotool types only ASCII reliably:
    /// it remaps one spare key for each other character, and the window may read the key
    /// after the next remapping, so other scripts come from the file.)
    pub fn add_to_title(&self, card: &str, text: &str) -> String {
        let before = self.title_of(card).expect("the card's title");
        self.select_and_press(card, &["Return"]);
        xdotool(&self.display, &["type", "--delay", "30", text]);
        std::thread::sleep(Duration::from_millis(200));
        xdotool(&self.display, &["key", "Return"]);
        let title = format!("{before}{text}");
        self.wait("the new title", |g| g["titles"][card] == title.as_str());
        title
    }

    /// Clicks the button of the notice (banner or toast) that offers `action`
    /// (`merge-copy`, `put-away-copy`, … as the hook names them), once it is on screen.
    pub fn click_action(&self, action: &str) {
        let geo = self.wait(&format!("a notice offering {action}"), |g| {
            button_of(g, action).is_some()
        });
        let Some(button) = button_of(&geo, action) else {
            unreachable!("waited for it");
        };
        let (x, y) = center(&button);
        self.click(x, y);
    }

    /// A screenshot of this window (raised first) into `target/e2e/NAME`.
    pub fn shot(&self, name: &str) -> PathBuf {
        xdotool(&self.display, &["windowraise", &self.window]);
        std::thread::sleep(Duration::from_millis(300));
        screenshot(&self.display, &self.window, name)
    }
}

impl Peer {
    /// A screenshot of the part `rect` (`[left, top, right, bottom]`, as the geometry
    /// gives it) of this window into `target/e2e/NAME`.
    pub fn shot_part(&self, name: &str, rect: &serde_json::Value) -> PathBuf {
        let full = self.shot(name);
        let v: Vec<f64> = rect
            .as_array()
            .expect("a rect")
            .iter()
            .filter_map(serde_json::Value::as_f64)
            .collect();
        let crop = format!(
            "{}x{}+{}+{}",
            (v[2] - v[0]) as u32,
            (v[3] - v[1]) as u32,
            v[0] as u32,
            v[1] as u32
        );
        let status = Command::new("convert")
            .arg(&full)
            .args(["-crop", &crop, "+repage"])
            .arg(&full)
            .status()
            .expect("convert runs (ImageMagick)");
        assert!(status.success(), "cropping {name}");
        full
    }
}

/// Aiko's window on `files[0]` and Ben's on `files[1]` (the same file, or each one's
/// copy), side by side on a wide screen, once each knows the other has it open.
pub fn two_windows(display: &str, files: [&Path; 2], dir: &Path) -> (Peer, Peer) {
    let aiko = Peer::start(display, files[0], dir, "aiko");
    let ben = Peer::start(display, files[1], dir, "ben");
    ben.move_to(1300);
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
    (aiko, ben)
}

/// The button of the banner or the toast whose action is `action`.
fn button_of(geo: &serde_json::Value, action: &str) -> Option<serde_json::Value> {
    ["banner", "toast"].iter().find_map(|place| {
        let note = &geo[*place];
        (note["action"] == action && note["button"].is_array()).then(|| note["button"].clone())
    })
}

/// Where `card` is in the file on disk: (lane, stage).
pub fn on_disk(file: &Path, card: &str) -> Option<(String, String)> {
    let project = waymark::io::load_path(file).ok()?;
    let c = project.maps[0]
        .cards
        .iter()
        .find(|c| c.id.as_str() == card)?;
    Some((c.lane.as_str().to_owned(), c.stage.as_str().to_owned()))
}

/// The title of `card` in the file on disk.
pub fn title_on_disk(file: &Path, card: &str) -> Option<String> {
    let project = waymark::io::load_path(file).ok()?;
    project.maps[0]
        .cards
        .iter()
        .find(|c| c.id.as_str() == card)
        .map(|c| c.title.clone())
}

/// A (lane, stage) pair, as [`on_disk`] and [`Peer::cell_of`] give them.
pub fn place(lane: &str, stage: &str) -> Option<(String, String)> {
    Some((lane.to_owned(), stage.to_owned()))
}
