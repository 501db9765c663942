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
    }
    result.map_err(error)
}
