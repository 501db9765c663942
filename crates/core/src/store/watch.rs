//! Watching the open project file for changes made by someone else (a colleague's save
//! arriving through a synced folder, `git pull`, another window).
//!
//! [`FileWatcher`] watches the file's *folder* with the `notify` crate (inotify on Linux,
//! FSEvents on macOS, ReadDirectoryChangesW on Windows), so a save that writes a
//! temporary file and renames it over the original, and a delete followed by a new file,
//! are seen like a write in place. It also looks at the file's size and time every
//! [`Times::poll`] in case the folder's events do not come (some network and FUSE
//! folders send none). Reads of the file (anyone opening it) are not changes and are
//! ignored; other events are debounced ([`Times::settle`], at most [`Times::poll`] when
//! they never settle) and every report is decided on the bytes on disk:
//!
//! - bytes that are what the window last read or wrote ([`FileWatcher::set_known`]) are
//!   not reported, so the window's own save is not "a change";
//! - bytes that read as a complete project are reported once as [`WatchEvent::Changed`],
//!   with the project already read (off the window's thread);
//! - bytes that do not (a sync service writing the file in pieces) are read again every
//!   [`Times::retry`] and only reported as [`WatchEvent::Unreadable`], once, after they
//!   have not read for [`Times::give_up`] (10 s);
//! - a file that stays missing for [`Times::missing`] is reported as
//!   [`WatchEvent::Removed`]; one that comes back is read as above;
//! - a file appearing beside it under the name of a sync service's conflict copy of it
//!   ([`super::copies::recognise`]) is reported at once as [`WatchEvent::CopiesChanged`],
//!   so the window offers to merge it while the colliding saves are fresh.
//!
//! The watcher runs on its own thread and calls the `wake` function given to
//! [`FileWatcher::start`] after each event, so a window can ask for a repaint whether it
//! has the focus or not. Dropping the watcher stops the thread.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

use notify::{RecursiveMode, Watcher};

use crate::io::{self, LoadError, Opened};

/// What the watcher saw happen to the file.
#[derive(Debug)]
pub enum WatchEvent {
    /// The file now holds another complete project (read and checked).
    Changed(Box<Opened>),
    /// The file has been gone (deleted, moved away) for [`Times::missing`].
    Removed,
    /// The file has not read as a project for [`Times::give_up`]; reported once until it
    /// reads again. `reason` says why (one line).
    Unreadable {
        /// Why it does not read.
        reason: String,
    },
    /// A file named like a sync service's conflict copy of the file appeared (or changed)
    /// beside it.
    CopiesChanged,
}

/// What the folder's events were about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Touch {
    /// The file itself.
    File,
    /// A conflict copy of it.
    Copy,
}

/// The watcher's timings. [`Times::default`] is what the window uses.
#[derive(Clone, Copy, Debug)]
pub struct Times {
    /// Quiet time after the last event before the file is read.
    pub settle: Duration,
    /// How often a file that does not read yet is read again.
    pub retry: Duration,
    /// How long a file may not read before it is reported.
    pub give_up: Duration,
    /// How long a file may be missing before it is reported gone.
    pub missing: Duration,
    /// How often the file's size and time are looked at, whatever the events.
    pub poll: Duration,
}

impl Default for Times {
    fn default() -> Self {
        Self {
            settle: Duration::from_millis(50),
            retry: Duration::from_millis(400),
            give_up: Duration::from_secs(10),
            missing: Duration::from_secs(1),
            poll: Duration::from_secs(1),
        }
    }
}

/// Why a file cannot be watched.
#[derive(Debug, thiserror::Error)]
pub enum WatchError {
    /// The path has no folder or no file name.
    #[error("{0} is not a file in a folder")]
    NotAFile(PathBuf),
    /// The operating system refused the watch (too many watches, no permission…).
    #[error("cannot watch {path} for changes: {source}")]
    Watch {
        /// The folder.
        path: PathBuf,
        /// Why.
        source: notify::Error,
    },
}

/// A running watch on one file (see the module docs).
pub struct FileWatcher {
    path: PathBuf,
    events: Receiver<WatchEvent>,
    known: Arc<AtomicU64>,
    // Dropping it (or the receiver above) ends the thread.
    _watcher: Mutex<notify::RecommendedWatcher>,
}

impl std::fmt::Debug for FileWatcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FileWatcher")
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

/// No bytes read yet (a content hash is never this by chance in practice).
const UNKNOWN: u64 = 0;

impl FileWatcher {
    /// Starts watching `path`, whose current bytes have the content hash `known` (what
    /// the window read; [`io::content_hash`]), calling `wake` after each event.
    pub fn start(
        path: &Path,
        known: Option<u64>,
        wake: impl Fn() + Send + 'static,
    ) -> Result<Self, WatchError> {
        Self::with_times(path, known, Times::default(), wake)
    }

    /// [`FileWatcher::start`] with other timings (tests use shorter ones).
    pub fn with_times(
        path: &Path,
        known: Option<u64>,
        times: Times,
        wake: impl Fn() + Send + 'static,
    ) -> Result<Self, WatchError> {
        let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
        let (Some(folder), Some(name)) = (absolute.parent(), absolute.file_name()) else {
            return Err(WatchError::NotAFile(path.to_owned()));
        };
        let (folder, name) = (folder.to_owned(), name.to_owned());
        let (touch_tx, touch_rx) = mpsc::channel::<Touch>();
        let watched_name = name.clone();
        let watched = name.to_string_lossy().into_owned();
        let mut watcher =
            notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
                // Reading a file changes nothing: a sync service, an indexer or this
                // watcher itself opening it often must not keep the debounce from ever
                // settling (nor make the watcher read the file again and again). Closing
                // it after writing is a change.
                let read = event.as_ref().is_ok_and(|e| {
                    use notify::event::{AccessKind, AccessMode};
                    matches!(e.kind, notify::EventKind::Access(kind)
                        if kind != AccessKind::Close(AccessMode::Write))
                });
                let relevant = match &event {
                    Ok(e) => {
                        e.need_rescan()
                            || e.paths.is_empty()
                            || e.paths.iter().any(|p| p.file_name() == Some(&watched_name))
                    }
                    Err(_) => true,
                } && !read;
                if relevant {
                    let _ = touch_tx.send(Touch::File);
                }
                let copy = !read
                    && event.as_ref().is_ok_and(|e| {
                        e.paths.iter().filter_map(|p| p.file_name()).any(|n| {
                            super::copies::recognise(&watched, &n.to_string_lossy()).is_some()
                        })
                    });
                if copy {
                    let _ = touch_tx.send(Touch::Copy);
                }
            })
            .map_err(|source| WatchError::Watch {
                path: folder.clone(),
                source,
            })?;
        watcher
            .watch(&folder, RecursiveMode::NonRecursive)
            .map_err(|source| WatchError::Watch {
                path: folder.clone(),
                source,
            })?;
        let known = Arc::new(AtomicU64::new(known.unwrap_or(UNKNOWN)));
        let (event_tx, events) = mpsc::channel();
        let mut state = State {
            path: absolute.clone(),
            times,
            known: Arc::clone(&known),
            events: event_tx,
            wake: Box::new(wake),
            stamp: stamp(&absolute),
            bad_since: None,
            reported_bad: false,
            missing_since: None,
            reported_missing: false,
        };
        std::thread::Builder::new()
            .name("waymark-watch".into())
            .spawn(move || state.run(&touch_rx))
            .map_err(|e| WatchError::Watch {
                path: folder,
                source: notify::Error::io(e),
            })?;
        Ok(Self {
            path: absolute,
            events,
            known,
            _watcher: Mutex::new(watcher),
        })
    }

    /// The file watched (absolute).
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Tells the watcher that the file now holds bytes with this content hash because
    /// the window wrote or read them, so they are not reported as a change.
    pub fn set_known(&self, hash: u64) {
        self.known.store(hash, Ordering::SeqCst);
    }

    /// The next event, if one is waiting.
    pub fn try_recv(&self) -> Option<WatchEvent> {
        self.events.try_recv().ok()
    }

    /// The next event, waiting at most `timeout` for one.
    pub fn recv_timeout(&self, timeout: Duration) -> Option<WatchEvent> {
        self.events.recv_timeout(timeout).ok()
    }
}

/// A file's size and modification time, to notice a change without events.
type Stamp = Option<(u64, Option<SystemTime>)>;

fn stamp(path: &Path) -> Stamp {
    std::fs::metadata(path)
        .ok()
        .map(|m| (m.len(), m.modified().ok()))
}

/// The watcher thread's state.
struct State {
    path: PathBuf,
    times: Times,
    known: Arc<AtomicU64>,
    events: Sender<WatchEvent>,
    wake: Box<dyn Fn() + Send>,
    stamp: Stamp,
    bad_since: Option<Instant>,
    reported_bad: bool,
    missing_since: Option<Instant>,
    reported_missing: bool,
}

/// What the thread does after looking at the file.
enum Next {
    /// Nothing to wait for but events (and the poll).
    Idle,
    /// Look again after this long.
    Again(Duration),
    /// The window is gone.
    Stop,
}

impl State {
    fn run(&mut self, touches: &Receiver<Touch>) {
        let mut due: Option<Instant> = None;
        // The first event since the file was last read.
        let mut touched: Option<Instant> = None;
        let mut last_poll = Instant::now();
        loop {
            let now = Instant::now();
            let wait = match due {
                Some(at) => at.saturating_duration_since(now),
                None => self.times.poll.saturating_sub(now - last_poll),
            };
            match touches.recv_timeout(wait) {
                Ok(Touch::File) => {
                    // Debounce: look once the events have settled, but events that never
                    // settle (a file written on and on) wait no longer than a poll.
                    let now = Instant::now();
                    let first = *touched.get_or_insert(now);
                    due = Some((now + self.times.settle).min(first + self.times.poll));
                    continue;
                }
                Ok(Touch::Copy) => {
                    if !self.send(WatchEvent::CopiesChanged) {
                        return;
                    }
                    continue;
                }
                Err(RecvTimeoutError::Disconnected) => return,
                Err(RecvTimeoutError::Timeout) => {}
            }
            if due.is_none() {
                last_poll = Instant::now();
                let now_stamp = stamp(&self.path);
                if now_stamp == self.stamp {
                    continue;
                }
            }
            due = None;
            touched = None;
            match self.look() {
                Next::Idle => {}
                Next::Again(after) => due = Some(Instant::now() + after),
                Next::Stop => return,
            }
        }
    }

    fn send(&self, event: WatchEvent) -> bool {
        let sent = self.events.send(event).is_ok();
        if sent {
            (self.wake)();
        }
        sent
    }

    /// Reads the file and decides what to report.
    fn look(&mut self) -> Next {
        self.stamp = stamp(&self.path);
        let bytes = match io::read_limited(&self.path) {
            Ok(b) => b,
            Err(LoadError::Read { source, .. })
                if source.kind() == std::io::ErrorKind::NotFound =>
            {
                self.bad_since = None;
                let since = *self.missing_since.get_or_insert_with(Instant::now);
                if self.reported_missing {
                    return Next::Idle;
                }
                let left = self.times.missing.saturating_sub(since.elapsed());
                if left.is_zero() {
                    self.reported_missing = true;
                    return if self.send(WatchEvent::Removed) {
                        Next::Idle
                    } else {
                        Next::Stop
                    };
                }
                return Next::Again(left);
            }
            Err(e) => return self.unreadable(e.to_string()),
        };
        self.missing_since = None;
        self.reported_missing = false;
        let hash = io::content_hash(&bytes);
        if hash == self.known.load(Ordering::SeqCst) {
            self.bad_since = None;
            self.reported_bad = false;
            return Next::Idle;
        }
        match io::open_bytes(&bytes) {
            Ok(opened) => {
                self.bad_since = None;
                self.reported_bad = false;
                self.known.store(hash, Ordering::SeqCst);
                if self.send(WatchEvent::Changed(Box::new(opened))) {
                    Next::Idle
                } else {
                    Next::Stop
                }
            }
            Err(e) => self.unreadable(first_line(&e.to_string())),
        }
    }

    /// The file does not read: try again soon; report it once it has not read for long.
    fn unreadable(&mut self, reason: String) -> Next {
        let since = *self.bad_since.get_or_insert_with(Instant::now);
        if self.reported_bad {
            // Said once; the next change to the file (an event or the poll) reads it again.
            return Next::Idle;
        }
        if since.elapsed() >= self.times.give_up {
            self.reported_bad = true;
            return if self.send(WatchEvent::Unreadable { reason }) {
                Next::Idle
            } else {
                Next::Stop
            };
        }
        Next::Again(self.times.retry)
    }
}

fn first_line(text: &str) -> String {
    text.lines().next().unwrap_or("").to_owned()
}
