//! A stand-in for a sync service in the tests: two folders (two people's computers) kept
//! in step by a thread, the way Syncthing or Dropbox does it. A file changed on one side
//! is copied to the other after a delay (written to a temporary file and renamed, or, in
//! [`SyncService::in_pieces`], written in place in two halves a second apart, as a slow
//! sync does); a file removed on one side is removed on the other; and a file changed on
//! both sides since they were last in step is a collision, settled as the service does:
//!
//! - Syncthing keeps the newer version and renames the older one
//!   `NAME.sync-conflict-YYYYMMDD-HHMMSS-DEVICE.EXT` (DEVICE: the first 7 characters of
//!   the device id of the side that made it), which then syncs to both sides;
//! - Dropbox keeps the version that reached it first and saves the other as
//!   `NAME (PERSON's conflicted copy YYYY-MM-DD).EXT`, which then syncs to both sides.
//!
//! The service can be held ([`SyncService::hold`]: offline for a moment), so that both
//! people save before it looks again.

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant, SystemTime};

/// Whose way a collision is settled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    /// The newer version stays; the older becomes a `.sync-conflict-…` copy.
    Syncthing,
    /// The first version stays; the later becomes `(NAME's conflicted copy DATE)`.
    Dropbox,
}

/// One side: a person's folder.
#[derive(Clone, Debug)]
pub struct Side {
    /// The folder.
    pub dir: PathBuf,
    /// The person, as Dropbox names them.
    pub person: &'static str,
    /// The device id, as Syncthing names it (7 characters).
    pub device: &'static str,
}

/// What the test can change while the service runs.
#[derive(Debug)]
struct Controls {
    stop: AtomicBool,
    hold: AtomicBool,
    pieces: AtomicBool,
    style: Mutex<Style>,
}

/// The running service; stopped when dropped.
pub struct SyncService {
    controls: Arc<Controls>,
    thread: Option<JoinHandle<()>>,
}

impl SyncService {
    /// Starts keeping `sides` in step (they start alike), copying a change across after
    /// `delay`, settling collisions in `style`.
    pub fn start(sides: [Side; 2], delay: Duration, style: Style) -> Self {
        let controls = Arc::new(Controls {
            stop: AtomicBool::new(false),
            hold: AtomicBool::new(false),
            pieces: AtomicBool::new(false),
            style: Mutex::new(style),
        });
        let mut state = State {
            last: HashMap::new(),
            noticed: HashMap::new(),
            sides,
            delay,
            controls: Arc::clone(&controls),
        };
        state.remember_all();
        let thread = std::thread::spawn(move || {
            while !state.controls.stop.load(Ordering::SeqCst) {
                if !state.controls.hold.load(Ordering::SeqCst) {
                    state.step();
                }
                std::thread::sleep(Duration::from_millis(50));
            }
        });
        Self {
            controls,
            thread: Some(thread),
        }
    }

    /// Holds the service (offline) or lets it go on.
    pub fn hold(&self, on: bool) {
        self.controls.hold.store(on, Ordering::SeqCst);
    }

    /// Settles later collisions in `style`.
    pub fn set_style(&self, style: Style) {
        if let Ok(mut s) = self.controls.style.lock() {
            *s = style;
        }
    }

    /// Writes later copies in place in two halves, a second apart.
    pub fn in_pieces(&self, on: bool) {
        self.controls.pieces.store(on, Ordering::SeqCst);
    }
}

impl Drop for SyncService {
    fn drop(&mut self) {
        self.controls.stop.store(true, Ordering::SeqCst);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// The service's thread.
struct State {
    /// Each file's bytes when the sides were last in step (by path in the folder).
    last: HashMap<PathBuf, Option<Vec<u8>>>,
    /// When a difference in a file was first seen.
    noticed: HashMap<PathBuf, Instant>,
    sides: [Side; 2],
    delay: Duration,
    controls: Arc<Controls>,
}

impl State {
    fn remember_all(&mut self) {
        for rel in self.files() {
            let bytes = std::fs::read(self.sides[0].dir.join(&rel)).ok();
            self.last.insert(rel, bytes);
        }
    }

    /// Every file on either side (paths in the folder), but temporary files.
    fn files(&self) -> BTreeSet<PathBuf> {
        let mut all = BTreeSet::new();
        for side in &self.sides {
            list(&side.dir, Path::new(""), &mut all);
        }
        all
    }

    fn step(&mut self) {
        for rel in self.files() {
            let [a, b] = [0, 1].map(|i| std::fs::read(self.sides[i].dir.join(&rel)).ok());
            if a == b {
                self.last.insert(rel.clone(), a);
                self.noticed.remove(&rel);
                continue;
            }
            let noticed = *self.noticed.entry(rel.clone()).or_insert_with(Instant::now);
            if noticed.elapsed() < self.delay {
                continue;
            }
            self.noticed.remove(&rel);
            let last = self.last.get(&rel).cloned().flatten();
            let (changed_a, changed_b) = (a != last, b != last);
            match (a, b) {
                (Some(a), Some(b)) if changed_a && changed_b => self.collide(&rel, a, b),
                (a, b) => {
                    // One side changed it; or one changed it and the other removed it,
                    // and the change wins.
                    let take_a = if changed_a && changed_b {
                        a.is_some()
                    } else {
                        changed_a
                    };
                    let (from, to) = if take_a { (a, 1) } else { (b, 0) };
                    self.put(to, &rel, from.as_deref());
                    self.last.insert(rel, from);
                }
            }
        }
    }

    /// Both sides changed `rel`: one version stays, the other becomes a conflict copy on
    /// both sides (written first, so a window sees the copy before the file changes).
    fn collide(&mut self, rel: &Path, a: Vec<u8>, b: Vec<u8>) {
        let style = self.controls.style.lock().map_or(Style::Syncthing, |s| *s);
        let modified = |i: usize| {
            std::fs::metadata(self.sides[i].dir.join(rel))
                .and_then(|m| m.modified())
                .unwrap_or(SystemTime::UNIX_EPOCH)
        };
        let older = if modified(0) <= modified(1) { 0 } else { 1 };
        // Syncthing keeps the newer, Dropbox the first.
        let loser = match style {
            Style::Syncthing => older,
            Style::Dropbox => 1 - older,
        };
        let (kept, lost) = if loser == 0 { (b, a) } else { (a, b) };
        let copy = rel.with_file_name(copy_name(rel, style, &self.sides[loser]));
        for side in 0..2 {
            self.put(side, &copy, Some(&lost));
        }
        self.last.insert(copy, Some(lost));
        self.put(loser, rel, Some(&kept));
        self.last.insert(rel.to_owned(), Some(kept));
    }

    /// Makes `rel` on side `to` hold `bytes` (or removes it).
    fn put(&self, to: usize, rel: &Path, bytes: Option<&[u8]>) {
        let path = self.sides[to].dir.join(rel);
        let Some(bytes) = bytes else {
            let _ = std::fs::remove_file(&path);
            return;
        };
        if let Some(dir) = path.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        if self.controls.pieces.load(Ordering::SeqCst) {
            use std::io::Write as _;
            let Ok(mut file) = std::fs::File::create(&path) else {
                return;
            };
            let half = bytes.len() / 2;
            let _ = file.write_all(&bytes[..half]);
            let _ = file.flush();
            std::thread::sleep(Duration::from_millis(1200));
            let _ = file.write_all(&bytes[half..]);
            return;
        }
        let name = path
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        let temp = path.with_file_name(format!(".syncthing.{name}.tmp"));
        if std::fs::write(&temp, bytes).is_ok() {
            let _ = std::fs::rename(&temp, &path);
        }
    }
}

/// The files under `dir`/`rel`, recursively, but temporary files (Waymark's own saves',
/// this service's).
fn list(dir: &Path, rel: &Path, out: &mut BTreeSet<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir.join(rel)) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let path = rel.join(&name);
        match entry.file_type() {
            Ok(t) if t.is_dir() => list(dir, &path, out),
            Ok(t) if t.is_file() && !name.ends_with(".tmp") => {
                out.insert(path);
            }
            _ => {}
        }
    }
}

/// The name `style` gives the copy of `rel` made on `side` (now, in UTC).
fn copy_name(rel: &Path, style: Style, side: &Side) -> String {
    let name = rel
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let (stem, ext) = name.rsplit_once('.').unwrap_or((name.as_str(), ""));
    let secs = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    // `2026-12-04T02:15:30Z`
    let stamp = waymark::model::rfc3339(secs);
    let date = &stamp[..10];
    match style {
        Style::Syncthing => format!(
            "{stem}.sync-conflict-{}-{}-{}.{ext}",
            date.replace('-', ""),
            stamp[11..19].replace(':', ""),
            side.device
        ),
        Style::Dropbox => format!("{stem} ({}'s conflicted copy {date}).{ext}", side.person),
    }
}
