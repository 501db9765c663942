//! End to end: the real binary in a real X window under Xvfb, driven by xdotool.
//! It opens a project given on the command line, drags a card to another cell, saves with
//! Ctrl+S, and the saved file is read back; then moves a card with the keyboard alone
//! (Alt+Right) and saves again; then drags two cards from different stages together and
//! checks each landed in its own stage. [`together`] runs two windows on one file as two
//! people ([`peer`] drives each); [`conflicts`] has them change the same title and kills
//! one in the middle of a save; [`synced`] gives each a folder of its own kept in step
//! like a sync service. Screenshots are kept in `target/e2e/`.
//!
//! Needs `Xvfb`, `xdotool` and ImageMagick's `import` (scripts/setup.sh installs them) and
//! the binary built with the test hooks: the one cargo builds beside this test (the
//! dependencies are optimised in the dev profile, so it keeps up), or the one `WAYMARK_BIN`
//! names (e.g. a release build); `scripts/e2e.sh` runs it (CI does too):
//! `cargo test --workspace --features waymark/test-hooks --test e2e -- --ignored`.

mod conflicts;
mod peer;
mod sync_service;
mod synced;
mod together;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

struct Killed(Child);

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn wait_for<T>(what: &str, timeout: Duration, mut probe: impl FnMut() -> Option<T>) -> T {
    let start = Instant::now();
    loop {
        if let Some(value) = probe() {
            return value;
        }
        assert!(start.elapsed() < timeout, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn xdotool(display: &str, args: &[&str]) -> String {
    let out = Command::new("xdotool")
        .args(args)
        .env("DISPLAY", display)
        .output()
        .expect("xdotool runs");
    assert!(
        out.status.success(),
        "xdotool {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_owned()
}

/// An X server on a free display, stopped when the value is dropped.
///
/// Xvfb picks the display itself (`-displayfd`) and writes its number only once it accepts
/// connections, so two tests never share a display and no test talks to a server that is
/// still starting.
struct Xvfb {
    _server: Killed,
    display: String,
}

fn start_xvfb() -> Xvfb {
    start_xvfb_sized("1440x900x24")
}

/// [`start_xvfb`] with a screen of `size` (`WIDTHxHEIGHTxDEPTH`).
fn start_xvfb_sized(size: &str) -> Xvfb {
    let mut child = Command::new("Xvfb")
        // No reset when the last client leaves: the probe below (and each xdotool call
        // before a window is up) is the last client, and a window connecting while the
        // server resets fails to connect ("Failed to open connection to X server").
        .args([
            "-displayfd",
            "1",
            "-screen",
            "0",
            size,
            "-nolisten",
            "tcp",
            "-noreset",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("Xvfb starts (apt-get install xvfb)");
    let stdout = child.stdout.take().expect("Xvfb's stdout");
    let server = Killed(child);
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        use std::io::BufRead;
        let mut line = String::new();
        let _ = std::io::BufReader::new(stdout).read_line(&mut line);
        let _ = tx.send(line);
    });
    let line = rx
        .recv_timeout(Duration::from_secs(20))
        .expect("Xvfb reports its display within 20 s");
    let number = line.trim();
    assert!(
        !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit()),
        "Xvfb did not start: {line:?}"
    );
    let display = format!(":{number}");
    // Ready means a client gets in: probe with a real connection before any app starts.
    wait_for(
        "Xvfb to accept connections",
        Duration::from_secs(20),
        || {
            Command::new("xdotool")
                .arg("getdisplaygeometry")
                .env("DISPLAY", &display)
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .ok()
                .filter(std::process::ExitStatus::success)
        },
    );
    Xvfb {
        _server: server,
        display,
    }
}

/// The id of the first window on `display` whose title contains `name`, once it is up.
fn find_window(display: &str, name: &str, app: &mut Killed) -> String {
    wait_for("the window", Duration::from_secs(30), || {
        if let Ok(Some(status)) = app.0.try_wait() {
            panic!("waymark exited before its window appeared: {status}");
        }
        let out = Command::new("xdotool")
            .args(["search", "--name", name])
            .env("DISPLAY", display)
            .output()
            .ok()?;
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .next()
            .map(str::to_owned)
    })
}

/// Takes a screenshot of `window` into `target/e2e/NAME` and returns its path.
fn screenshot(display: &str, window: &str, name: &str) -> PathBuf {
    let shots = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/e2e");
    std::fs::create_dir_all(&shots).expect("screenshot dir");
    let shot = shots.join(name);
    let status = Command::new("import")
        .args(["-window", window])
        .arg(&shot)
        .env("DISPLAY", display)
        .status()
        .expect("import runs (apt-get install imagemagick)");
    assert!(status.success(), "screenshot {name}");
    shot
}

fn app_binary() -> PathBuf {
    let path = std::env::var_os("WAYMARK_BIN").map_or_else(
        || PathBuf::from(env!("CARGO_BIN_EXE_waymark")),
        PathBuf::from,
    );
    assert!(
        path.exists(),
        "{} is missing: run `cargo build --features waymark/test-hooks` first",
        path.display()
    );
    path
}

/// The (lane, stage) of the cell under `card`'s centre in the on-screen geometry `geo`.
fn cell_of(geo: &serde_json::Value, card: &str) -> Option<(String, String)> {
    let (x, y) = center(geo["cards"].get(card)?);
    let (x, y) = (f64::from(x), f64::from(y));
    geo["cells"].as_array()?.iter().find_map(|c| {
        let r: Vec<f64> = c["rect"]
            .as_array()?
            .iter()
            .filter_map(serde_json::Value::as_f64)
            .collect();
        (r.len() == 4 && r[0] <= x && x <= r[2] && r[1] <= y && y <= r[3]).then(|| {
            (
                c["lane"].as_str().unwrap_or_default().to_owned(),
                c["stage"].as_str().unwrap_or_default().to_owned(),
            )
        })
    })
}

fn center(rect: &serde_json::Value) -> (i32, i32) {
    let v: Vec<f64> = rect
        .as_array()
        .expect("rect")
        .iter()
        .map(|n| n.as_f64().expect("number"))
        .collect();
    (((v[0] + v[2]) / 2.0) as i32, ((v[1] + v[3]) / 2.0) as i32)
}

#[test]
#[ignore = "needs Xvfb and the test hooks; run by scripts/e2e.sh"]
fn drag_a_card_and_save_in_the_real_window() {
    let binary = app_binary();
    let xvfb = start_xvfb();
    let display = xvfb.display.as_str();

    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("grocery.json");
    std::fs::write(&file, waymark::assets::SAMPLE).expect("write project");
    let geometry = dir.path().join("geometry.json");
    let data = dir.path().join("data");
    let mut app = Killed(
        Command::new(&binary)
            .arg(&file)
            .env("DISPLAY", display)
            .env("WAYLAND_DISPLAY", "")
            .env("WINIT_X11_SCALE_FACTOR", "1")
            .env("WAYMARK_GEOMETRY_OUT", &geometry)
            .env("WAYMARK_DATA_DIR", &data)
            .spawn()
            .expect("waymark starts"),
    );
    let window = find_window(display, "grocery.json", &mut app);
    let read_geometry = || -> Option<serde_json::Value> {
        serde_json::from_slice(&std::fs::read(&geometry).ok()?).ok()
    };
    let geo = wait_for("on-screen geometry", Duration::from_secs(20), read_geometry);
    std::thread::sleep(Duration::from_millis(500));
    let geo = read_geometry().unwrap_or(geo);

    let (x0, y0) = center(&geo["cards"]["c-a1"]);
    let target = geo["cells"]
        .as_array()
        .expect("cells")
        .iter()
        .find(|c| c["lane"] == "l-thoughts" && c["stage"] == "s-retention")
        .expect("target cell");
    let (x1, y1) = {
        let r = &target["rect"];
        let (cx, _) = center(r);
        (cx, r[3].as_f64().expect("bottom") as i32 - 8)
    };
    let w = window.as_str();
    xdotool(
        display,
        &["mousemove", "--window", w, &x0.to_string(), &y0.to_string()],
    );
    std::thread::sleep(Duration::from_millis(200));
    xdotool(display, &["mousedown", "1"]);
    for i in 1..=10 {
        let x = x0 + (x1 - x0) * i / 10;
        let y = y0 + (y1 - y0) * i / 10;
        xdotool(
            display,
            &["mousemove", "--window", w, &x.to_string(), &y.to_string()],
        );
        std::thread::sleep(Duration::from_millis(40));
    }
    std::thread::sleep(Duration::from_millis(200));
    xdotool(display, &["mouseup", "1"]);
    // Applied means the card is drawn in its new cell (the revision alone may move for
    // other reasons, e.g. while the file is being opened).
    wait_for("the move to be applied", Duration::from_secs(10), || {
        (cell_of(&read_geometry()?, "c-a1")? == ("l-thoughts".into(), "s-retention".into()))
            .then_some(())
    });
    let shot = screenshot(display, w, "editor-after-drag.png");

    // Without a window manager the window must be given the keyboard focus explicitly.
    xdotool(display, &["windowfocus", "--sync", w]);
    xdotool(display, &["key", "ctrl+s"]);
    let saved = wait_for("the save", Duration::from_secs(10), || {
        let project = waymark::io::load_path(&file).ok()?;
        let card = project.maps[0]
            .cards
            .iter()
            .find(|c| c.id.as_str() == "c-a1")?
            .clone();
        (card.lane.as_str() == "l-thoughts").then_some(card)
    });
    assert_eq!(saved.stage.as_str(), "s-retention");
    let title = wait_for(
        "the title to lose its unsaved mark",
        Duration::from_secs(5),
        || {
            let t = xdotool(display, &["getwindowname", w]);
            (!t.starts_with('●')).then_some(t)
        },
    );
    assert_eq!(title, "grocery.json — Waymark");
    let backups: Vec<_> = std::fs::read_dir(data.join("backups"))
        .expect("a backup folder")
        .flatten()
        .flat_map(|d| std::fs::read_dir(d.path()).expect("backups").flatten())
        .filter(|e| e.path().extension().is_some_and(|x| x == "waymark"))
        .collect();
    assert_eq!(backups.len(), 1, "the replaced version is backed up");
    assert_eq!(
        std::fs::read_to_string(backups[0].path()).expect("backup"),
        waymark::assets::SAMPLE
    );

    // A keyboard-only edit: click a card, Alt+Right moves it one stage, Ctrl+S saves.
    let geo = wait_for("fresh geometry", Duration::from_secs(5), || {
        read_geometry().filter(|g| g["cards"]["c-a2"].is_array())
    });
    let (x, y) = center(&geo["cards"]["c-a2"]);
    xdotool(
        display,
        &["mousemove", "--window", w, &x.to_string(), &y.to_string()],
    );
    std::thread::sleep(Duration::from_millis(100));
    xdotool(display, &["click", "1"]);
    wait_for("the card selected", Duration::from_secs(10), || {
        read_geometry().filter(|g| g["selected"] == serde_json::json!(["c-a2"]))
    });
    xdotool(display, &["key", "alt+Right"]);
    std::thread::sleep(Duration::from_millis(300));
    xdotool(display, &["key", "ctrl+s"]);
    wait_for("the keyboard move saved", Duration::from_secs(10), || {
        let project = waymark::io::load_path(&file).ok()?;
        let card = project.maps[0]
            .cards
            .iter()
            .find(|c| c.id.as_str() == "c-a2")?
            .clone();
        (card.stage.as_str() == "s-consideration" && card.lane.as_str() == "l-actions")
            .then_some(())
    });

    // Two cards from different stages dragged together: each lands in its own stage,
    // one lane up (as their ghosts showed).
    let geo = wait_for("geometry after the save", Duration::from_secs(5), || {
        read_geometry().filter(|g| g["cards"]["c-h2"].is_array())
    });
    let (hx, hy) = center(&geo["cards"]["c-h1"]);
    let (kx, ky) = center(&geo["cards"]["c-h2"]);
    xdotool(
        display,
        &["mousemove", "--window", w, &hx.to_string(), &hy.to_string()],
    );
    xdotool(display, &["click", "1"]);
    std::thread::sleep(Duration::from_millis(200));
    xdotool(
        display,
        &["mousemove", "--window", w, &kx.to_string(), &ky.to_string()],
    );
    xdotool(
        display,
        &[
            "keydown", "shift", "click", "1", "sleep", "0.3", "keyup", "shift",
        ],
    );
    wait_for("two cards selected", Duration::from_secs(10), || {
        read_geometry().filter(|g| g["selected"].as_array().is_some_and(|s| s.len() == 2))
    });
    let touchpoints = geo["cells"]
        .as_array()
        .expect("cells")
        .iter()
        .find(|c| c["lane"] == "l-touchpoints" && c["stage"] == "s-awareness")
        .expect("touchpoints cell");
    let ty = touchpoints["rect"][3].as_f64().expect("bottom") as i32 - 8;
    xdotool(
        display,
        &["mousemove", "--window", w, &hx.to_string(), &hy.to_string()],
    );
    std::thread::sleep(Duration::from_millis(150));
    xdotool(display, &["mousedown", "1"]);
    for i in 1..=8 {
        let y = hy + (ty - hy) * i / 8;
        xdotool(
            display,
            &["mousemove", "--window", w, &hx.to_string(), &y.to_string()],
        );
        std::thread::sleep(Duration::from_millis(40));
    }
    std::thread::sleep(Duration::from_millis(200));
    xdotool(display, &["mouseup", "1"]);
    std::thread::sleep(Duration::from_millis(300));
    xdotool(display, &["key", "ctrl+s"]);
    wait_for(
        "the two cards saved in their own stages",
        Duration::from_secs(10),
        || {
            let project = waymark::io::load_path(&file).ok()?;
            let place = |id: &str| {
                let card = project.maps[0].cards.iter().find(|c| c.id.as_str() == id)?;
                Some((card.lane.to_string(), card.stage.to_string()))
            };
            (place("c-h1")? == ("l-touchpoints".to_owned(), "s-awareness".to_owned())
                && place("c-h2")? == ("l-touchpoints".to_owned(), "s-consideration".to_owned()))
                .then_some(())
        },
    );

    // With unsaved changes, Quit asks first and the window stays.
    xdotool(display, &["key", "Delete"]);
    wait_for("the delete", Duration::from_secs(5), || {
        let t = xdotool(display, &["getwindowname", w]);
        t.starts_with('●').then_some(())
    });
    xdotool(display, &["key", "ctrl+q"]);
    std::thread::sleep(Duration::from_millis(1500));
    assert!(
        app.0.try_wait().expect("poll").is_none(),
        "the window closed with unsaved changes"
    );
    let prompt_shot = screenshot(display, w, "editor-quit-prompt.png");
    println!("screenshots: {} {}", shot.display(), prompt_shot.display());
}

#[test]
#[ignore = "needs Xvfb and the test hooks; run by scripts/e2e.sh"]
fn with_no_system_file_dialog_ctrl_s_shows_waymarks_own_chooser() {
    let binary = app_binary();
    let xvfb = start_xvfb();
    let display = xvfb.display.as_str();
    let dir = tempfile::tempdir().expect("tempdir");
    let geometry = dir.path().join("geometry.json");
    let empty_path = dir.path().join("bin");
    std::fs::create_dir(&empty_path).expect("an empty PATH folder");
    // No zenity on PATH and no session bus for the XDG portal: the system has no dialog.
    let mut app = Killed(
        Command::new(&binary)
            .env("DISPLAY", display)
            .env("PATH", &empty_path)
            .env_remove("DBUS_SESSION_BUS_ADDRESS")
            .env("WAYLAND_DISPLAY", "")
            .env("WINIT_X11_SCALE_FACTOR", "1")
            .env("WAYMARK_GEOMETRY_OUT", &geometry)
            .env("WAYMARK_DATA_DIR", dir.path().join("data"))
            .spawn()
            .expect("waymark starts"),
    );
    let window = find_window(display, "Waymark", &mut app);
    let read_geometry = || -> Option<serde_json::Value> {
        serde_json::from_slice(&std::fs::read(&geometry).ok()?).ok()
    };
    wait_for("on-screen geometry", Duration::from_secs(20), read_geometry);
    let w = window.as_str();
    xdotool(display, &["windowfocus", "--sync", w]);
    xdotool(display, &["key", "ctrl+s"]);
    wait_for("Waymark's own chooser", Duration::from_secs(20), || {
        read_geometry().filter(|g| g["chooser"] == serde_json::json!(true))
    });
    std::thread::sleep(Duration::from_millis(300));
    let target = dir.path().join("saved-here.waymark");
    // The name field has the keys: replace the suggested name with a whole path.
    xdotool(display, &["key", "ctrl+a"]);
    xdotool(
        display,
        &["type", "--delay", "5", &target.display().to_string()],
    );
    xdotool(display, &["key", "Return"]);
    let saved = wait_for("the file saved", Duration::from_secs(10), || {
        waymark::io::load_path(&target).ok()
    });
    assert_eq!(saved.title, "Online grocery order");
    screenshot(display, w, "after-in-app-save.png");
}
