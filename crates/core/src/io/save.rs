//! Writing projects: canonical pretty JSON, and an atomic replace of the file on disk.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use serde::Serialize;

use super::{CURRENT_VERSION, FORMAT_NAME, SaveError};
use crate::model::Project;

#[derive(Serialize)]
struct FileOut<'a> {
    format: &'static str,
    version: u64,
    #[serde(flatten)]
    project: &'a Project,
}

/// The file bytes of a project: two-space indented JSON, keys in a fixed order, with a
/// final newline. The same project always gives the same bytes.
pub fn to_bytes(project: &Project) -> Result<Vec<u8>, SaveError> {
    let mut bytes = serde_json::to_vec_pretty(&FileOut {
        format: FORMAT_NAME,
        version: CURRENT_VERSION,
        project,
    })?;
    bytes.push(b'\n');
    Ok(bytes)
}

/// Saves a project to `path` atomically (see [`write_atomic`]).
pub fn save_path(project: &Project, path: &Path) -> Result<(), SaveError> {
    let bytes = to_bytes(project)?;
    write_atomic(path, &bytes)
}

/// Replaces `path` with `bytes` so that a crash at any moment leaves either the old file
/// or the new one, never a mix: the bytes go to a temporary file in the same folder
/// (`tempfile`, named `.NAME.XXXXXX.tmp`), take the old file's permissions, are flushed to
/// disk, and the temporary file is renamed over the original (then, on Unix, the folder is
/// flushed too). When `path` is a symbolic link, its target is replaced and the link kept.
/// A read-only file (its permissions forbid writing, though a rename would not care) and
/// anything but a regular file (a FIFO, a device, a folder) are refused and left as they are.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    let target = follow_links(path);
    if let Ok(metadata) = std::fs::metadata(&target) {
        if !metadata.is_file() {
            return Err(SaveError::NotAFile {
                path: path.to_owned(),
                kind: super::read::kind_of(metadata.file_type()),
            });
        }
        if metadata.permissions().readonly() {
            return Err(SaveError::ReadOnly {
                path: path.to_owned(),
            });
        }
    }
    let dir = match target.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "project".to_owned());
    let result = replace(&target, dir, &name, bytes);
    if result.is_ok() {
        remove_stale_temps(dir, &name);
    }
    result.map_err(|source| SaveError::Write {
        path: path.to_owned(),
        source,
    })
}

/// The error of making the temporary file without its name: tempfile puts it in the
/// message ("at path /dir/.plan.waymark.Ab12Cd.tmp"), a file the user never made.
fn without_temp_path(e: std::io::Error) -> std::io::Error {
    let text = e.to_string();
    match text.rsplit_once(" at path ") {
        Some((what, _)) => std::io::Error::new(e.kind(), what.to_owned()),
        None => e,
    }
}

/// How a save's temporary file ends; it starts with `.NAME.` and six random characters.
const TEMP_SUFFIX: &str = ".tmp";
const TEMP_RANDOM: usize = 6;

fn replace(target: &Path, dir: &Path, name: &str, bytes: &[u8]) -> std::io::Result<()> {
    let old_permissions = std::fs::metadata(target).ok().map(|m| m.permissions());
    let prefix = format!(".{name}.");
    let mut builder = tempfile::Builder::new();
    builder
        .prefix(&prefix)
        .suffix(TEMP_SUFFIX)
        .rand_bytes(TEMP_RANDOM);
    // A new file gets the usual mode less the umask, as `File::create` gives (tempfile's
    // own default is owner-only).
    #[cfg(unix)]
    if old_permissions.is_none() {
        use std::os::unix::fs::PermissionsExt as _;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    // The temp file is locked while it is written, so that `remove_stale_temps` in another
    // save tells it from one a killed save left. A cleanup may have taken it between its
    // creation and the lock: then make another (a handful of times at most).
    let mut attempts = 0;
    let mut temp = loop {
        let temp = builder.tempfile_in(dir).map_err(without_temp_path)?;
        // Best effort: where locks are unsupported, no temp file is ever taken for stale.
        if temp.as_file().lock().is_err() || temp.path().try_exists().unwrap_or(false) {
            break temp;
        }
        attempts += 1;
        if attempts == 5 {
            return Err(std::io::Error::other(
                "the temporary file kept disappearing",
            ));
        }
    };
    temp.write_all(bytes)?;
    if let Some(permissions) = old_permissions {
        temp.as_file().set_permissions(permissions)?;
    }
    temp.as_file().sync_all()?;
    // On failure the temporary file is dropped, which deletes it.
    temp.persist(target).map_err(|e| e.error)?;
    sync_dir(dir);
    Ok(())
}

/// Makes the rename itself durable (Unix; elsewhere the rename is flushed with the file).
#[cfg(unix)]
fn sync_dir(dir: &Path) {
    if let Ok(dir) = std::fs::File::open(dir) {
        dir.sync_all().ok();
    }
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) {}

/// The file a path finally names, following symbolic links (relative ones from the
/// link's folder), so that saving through a link replaces its target. A dangling link
/// gives the path it points to; a loop gives up and the link itself is replaced.
fn follow_links(path: &Path) -> PathBuf {
    let mut current = path.to_owned();
    for _ in 0..40 {
        let is_link = std::fs::symlink_metadata(&current).is_ok_and(|m| m.file_type().is_symlink());
        if !is_link {
            return current;
        }
        let Ok(target) = std::fs::read_link(&current) else {
            return current;
        };
        current = match current.parent() {
            Some(parent) => parent.join(target),
            None => target,
        };
    }
    path.to_owned()
}

/// Removes temporary files that earlier saves of `name` left when they were killed: those
/// with a save's name (`.NAME.XXXXXX.tmp`) that nobody holds locked (a running save locks
/// its own). Needs nothing but file locks, so it works on every platform.
fn remove_stale_temps(dir: &Path, name: &str) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let prefix = format!(".{name}.");
    for entry in entries.flatten() {
        let file = entry.file_name();
        let is_temp = file
            .to_str()
            .and_then(|f| f.strip_prefix(&prefix))
            .and_then(|rest| rest.strip_suffix(TEMP_SUFFIX))
            .is_some_and(|random| {
                random.len() == TEMP_RANDOM && random.chars().all(|c| c.is_ascii_alphanumeric())
            });
        if !is_temp {
            continue;
        }
        let path = entry.path();
        if let Ok(temp) = std::fs::File::open(&path)
            && temp.try_lock().is_ok()
        {
            // Removed while locked, so a save that just made it sees it gone.
            std::fs::remove_file(&path).ok();
        }
    }
}
