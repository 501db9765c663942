//! Who else has a project file open: small presence files beside it, like LibreOffice's
//! `.~lock.NAME#` but never locking anything.
//!
//! While a window has `plan.waymark` open it keeps one file of its own in the folder
//! `.plan.waymark.presence/` beside it, named after the person, computer and process
//! (`aiko@tokyo-mbp-4312.json`), holding who (the author name from Settings, else the
//! account name), since when, and when it was last refreshed. Each window writes only
//! its own file, so two people in a synced folder (Dropbox, OneDrive, Google Drive,
//! Nextcloud, Syncthing) never write the same file and the sync service never makes
//! conflict copies of presence files. The window refreshes its file every
//! [`REFRESH`] (30 s) and removes it when it closes; a file not refreshed for [`STALE`]
//! (2 minutes: a crash, a computer asleep, a sync that stopped) is ignored, and so, at
//! once, is one of a window on this computer whose process is gone (`kill -9`, a crash;
//! Linux only). In a folder
//! the window cannot write to, there is simply no presence.
//!
//! Reading is bounded: at most [`MAX_FILES`] entries are looked at, each at most
//! [`MAX_BYTES`] bytes, and only regular files are read (a FIFO there blocks nothing).
//! For git, `*.presence/` in `.gitignore` keeps them out of commits.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

/// How often a window rewrites its presence file.
pub const REFRESH: Duration = Duration::from_secs(30);
/// How old a presence file may be before it is ignored.
pub const STALE: Duration = Duration::from_secs(120);
/// The most presence files looked at.
pub const MAX_FILES: usize = 64;
/// The largest presence file read.
pub const MAX_BYTES: u64 = 4096;
/// What the presence folder's name ends with (`.plan.waymark.presence`).
pub const FOLDER_SUFFIX: &str = ".presence";

/// Who is at this window.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Me {
    /// The name shown to others: the author name from Settings, else the account name.
    pub name: String,
    /// The account name on this computer.
    pub account: String,
    /// This computer's name.
    pub host: String,
    /// This process.
    pub pid: u32,
}

/// This process's account name from the password file, when its environment does not
/// say (a service, or a container started without `USER`): the owner of `/proc/self`.
#[cfg(target_os = "linux")]
fn account_from_passwd() -> Option<String> {
    use std::os::unix::fs::MetadataExt as _;
    let uid = std::fs::metadata("/proc/self").ok()?.uid();
    let passwd = std::fs::read_to_string("/etc/passwd").ok()?;
    passwd.lines().find_map(|line| {
        let mut fields = line.split(':');
        let name = fields.next().filter(|n| !n.trim().is_empty())?;
        let uid_field = fields.nth(1)?;
        (uid_field.parse::<u32>().ok()? == uid).then(|| name.to_owned())
    })
}

#[cfg(not(target_os = "linux"))]
fn account_from_passwd() -> Option<String> {
    None
}

impl Me {
    /// This window's person: `author` (from Settings) when set, else the account name.
    pub fn current(author: &str) -> Self {
        let account = ["USER", "USERNAME", "LOGNAME"]
            .iter()
            .find_map(|v| std::env::var(v).ok().filter(|s| !s.trim().is_empty()))
            .or_else(account_from_passwd)
            .unwrap_or_else(|| "Someone".to_owned());
        let host = gethostname::gethostname().to_string_lossy().into_owned();
        let name = match author.trim() {
            "" => account.clone(),
            a => a.to_owned(),
        };
        Self {
            name,
            account,
            host,
            pid: std::process::id(),
        }
    }

    /// The presence file's name: `account@host-pid.json`, with anything but letters,
    /// digits, `-`, `_` and `.` as `_`.
    fn file_name(&self) -> String {
        let clean = |s: &str| -> String {
            s.chars()
                .take(60)
                .map(|c| {
                    if c.is_alphanumeric() || matches!(c, '-' | '_' | '.') {
                        c
                    } else {
                        '_'
                    }
                })
                .collect()
        };
        format!(
            "{}@{}-{}.json",
            clean(&self.account),
            clean(&self.host),
            self.pid
        )
    }
}

/// What a presence file holds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Visitor {
    /// The name to show.
    pub name: String,
    /// The account name.
    #[serde(default)]
    pub account: String,
    /// The computer.
    #[serde(default)]
    pub host: String,
    /// The process.
    #[serde(default)]
    pub pid: u32,
    /// When the file was opened, in seconds since 1970 (UTC).
    pub since: u64,
    /// When the presence was last refreshed, in seconds since 1970 (UTC).
    pub seen: u64,
}

impl Visitor {
    /// `since` as an RFC 3339 date-time in UTC.
    pub fn since_rfc3339(&self) -> String {
        crate::model::rfc3339(self.since)
    }
}

/// The presence folder of `project`: `.NAME.presence` beside it.
pub fn folder(project: &Path) -> Option<PathBuf> {
    let name = project.file_name()?.to_string_lossy();
    let parent = project.parent().unwrap_or(Path::new("."));
    Some(parent.join(format!(".{name}{FOLDER_SUFFIX}")))
}

fn now_secs() -> u64 {
    crate::dates::now_millis() / 1000
}

/// This window's presence beside one file; removed when dropped.
#[derive(Debug)]
pub struct Presence {
    file: PathBuf,
    me: Me,
    since: u64,
    written: Instant,
}

impl Presence {
    /// Announces `me` beside `project`. `None` when the presence file cannot be written
    /// (a read-only folder): there is then no presence, and nothing else changes.
    pub fn announce(project: &Path, me: Me) -> Option<Self> {
        let dir = folder(project)?;
        std::fs::create_dir_all(&dir).ok()?;
        let mut presence = Self {
            file: dir.join(me.file_name()),
            me,
            since: now_secs(),
            written: Instant::now(),
        };
        presence.write().then_some(presence)
    }

    /// Whether [`REFRESH`] has passed since the file was last written.
    pub fn due(&self) -> bool {
        self.written.elapsed() >= REFRESH
    }

    /// Rewrites the file with the time now (recreating it if someone removed it).
    /// `false` when it cannot be written any more.
    pub fn refresh(&mut self) -> bool {
        if let Some(dir) = self.file.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        self.write()
    }

    /// The presence file.
    pub fn file(&self) -> &Path {
        &self.file
    }

    /// Who is announced.
    pub fn me(&self) -> &Me {
        &self.me
    }

    fn write(&mut self) -> bool {
        let visitor = Visitor {
            name: self.me.name.clone(),
            account: self.me.account.clone(),
            host: self.me.host.clone(),
            pid: self.me.pid,
            since: self.since,
            seen: now_secs(),
        };
        let Ok(mut bytes) = serde_json::to_vec_pretty(&visitor) else {
            return false;
        };
        bytes.push(b'\n');
        self.written = Instant::now();
        crate::io::write_atomic(&self.file, &bytes).is_ok()
    }

    /// Removes the file (and the folder when it is left empty).
    pub fn remove(self) {
        // `Drop` does it.
    }
}

impl Drop for Presence {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.file);
        if let Some(dir) = self.file.parent() {
            // Fails, as it should, while others are in it.
            let _ = std::fs::remove_dir(dir);
        }
    }
}

/// The others who have `project` open now: every fresh presence file beside it but
/// `mine`, oldest first. Files that are stale, too large, unreadable or not presence
/// files are skipped; at most [`MAX_FILES`] are looked at.
pub fn others(project: &Path, mine: Option<&Presence>) -> Vec<Visitor> {
    others_at(project, mine.map(Presence::file), now_secs())
}

/// [`others`] as seen at `now` (seconds since 1970), leaving out the file `mine`.
pub fn others_at(project: &Path, mine: Option<&Path>, now: u64) -> Vec<Visitor> {
    let Some(dir) = folder(project) else {
        return Vec::new();
    };
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let stale = STALE.as_secs();
    let mut out: Vec<Visitor> = entries
        .take(MAX_FILES)
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| Some(p.as_path()) != mine)
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .filter_map(|p| read_small(&p))
        .filter(|v| now.abs_diff(v.seen) <= stale)
        .filter(|v| !gone_from_here(v))
        .collect();
    out.sort_by(|a, b| (a.since, &a.name).cmp(&(b.since, &b.name)));
    out
}

/// Whether the window of `visitor` ran on this computer in a process that is no longer
/// running (killed, crashed): its file is then ignored at once rather than after
/// [`STALE`]. Only Linux can tell (from `/proc`); elsewhere the file just goes stale.
fn gone_from_here(visitor: &Visitor) -> bool {
    if !cfg!(target_os = "linux") || visitor.pid == 0 {
        return false;
    }
    let proc = Path::new("/proc");
    let here = gethostname::gethostname().to_string_lossy() == visitor.host.as_str();
    here && proc.join("self").exists() && !proc.join(visitor.pid.to_string()).exists()
}

/// One presence file, if it is a small regular file: anyone who can write to the folder
/// can put a FIFO or a huge file there, which is skipped without blocking or reading it.
fn read_small(path: &Path) -> Option<Visitor> {
    let bytes = crate::io::read_bounded(path, MAX_BYTES).ok()?;
    serde_json::from_slice(&bytes).ok()
}

/// Who most likely made a change that just came in: the one other person who has the
/// file open, if there is exactly one.
pub fn likely_author(others: &[Visitor]) -> Option<&str> {
    match others {
        [one] => Some(one.name.as_str()),
        _ => None,
    }
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    #[test]
    fn the_account_name_comes_from_the_password_file_when_the_environment_has_none() {
        let Ok(out) = std::process::Command::new("id").arg("-un").output() else {
            return;
        };
        if !out.status.success() {
            return; // An account the password file does not list: nothing to compare.
        }
        let account = String::from_utf8_lossy(&out.stdout).trim().to_owned();
        assert_eq!(super::account_from_passwd(), Some(account));
    }
}
