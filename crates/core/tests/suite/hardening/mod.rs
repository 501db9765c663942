//! Hostile input, third round (issue 30's audit), in the core: bounded reads of every file
//! Waymark reads (sizes from metadata first, FIFOs and devices refused), recovery copies
//! that are always offered and never written anywhere by surprise, read-only files,
//! cards hidden in a lane that cannot show them, and extreme metric values. Unix only:
//! it makes FIFOs and read-only files the Unix way.

mod content;
mod reads;
mod recovery;

use std::path::{Path, PathBuf};
use std::time::Duration;

pub use crate::support::sample;

/// Runs `f` on a thread and fails the test when it has not returned within five seconds
/// (a read that blocks on a FIFO never returns).
pub fn within<T: Send + 'static>(what: &str, f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || tx.send(f()).ok());
    rx.recv_timeout(Duration::from_secs(5))
        .unwrap_or_else(|_| panic!("{what} did not return within 5 s (blocked?)"))
}

/// A named pipe at `path` that nobody writes to.
pub fn fifo(path: &Path) -> PathBuf {
    let status = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("mkfifo runs");
    assert!(status.success(), "mkfifo {}", path.display());
    path.to_owned()
}

/// A sparse file of `bytes` at `path`: huge on paper, nothing on disk.
pub fn sparse(path: &Path, bytes: u64) -> PathBuf {
    let file = std::fs::File::create(path).expect("create");
    file.set_len(bytes).expect("set_len");
    path.to_owned()
}
