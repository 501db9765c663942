//! Writing projects: canonical pretty JSON, and an atomic replace of the file on disk.

use std::io::Write as _;
use std::path::Path;

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
/// or the new one, never a mix: the bytes go to a temporary file in the same folder, are
/// flushed to disk, take the old file's permissions, and are renamed over the original.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    let error = |source| SaveError::Write {
        path: path.to_owned(),
        source,
    };
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "project".to_owned());
    let temp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut file = std::fs::File::create(&temp)?;
        file.write_all(bytes)?;
        if let Ok(meta) = std::fs::metadata(path) {
            file.set_permissions(meta.permissions())?;
        }
        file.sync_all()?;
        drop(file);
        std::fs::rename(&temp, path)?;
        // Make the rename itself durable.
        if let Ok(dir) = std::fs::File::open(dir) {
            dir.sync_all().ok();
        }
        Ok(())
    })();
    if result.is_err() {
        std::fs::remove_file(&temp).ok();
    } else {
        remove_stale_temps(dir, &name);
    }
    result.map_err(error)
}

/// Removes temporary files of earlier saves of `name` whose process is gone (a save
/// killed mid-write leaves one). Only where running processes can be seen (`/proc`).
fn remove_stale_temps(dir: &Path, name: &str) {
    if !Path::new("/proc/self").exists() {
        return;
    }
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let prefix = format!(".{name}.");
    for entry in entries.flatten() {
        let file = entry.file_name();
        let Some(pid) = file
            .to_str()
            .and_then(|f| f.strip_prefix(&prefix))
            .and_then(|rest| rest.strip_suffix(".tmp"))
            .and_then(|pid| pid.parse::<u32>().ok())
        else {
            continue;
        };
        if pid != std::process::id() && !Path::new(&format!("/proc/{pid}")).exists() {
            std::fs::remove_file(entry.path()).ok();
        }
    }
}
