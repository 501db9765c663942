//! Backups: before a save replaces a project file, the version it replaces is copied to
//! `backups/<file key>/<time>.json` in the data folder; the newest [`KEEP`] are kept.

use std::path::{Path, PathBuf};

use super::{DataDir, StoreError, file_key, now_millis};

/// How many backups are kept per project file.
pub const KEEP: usize = 10;

/// The folder holding the backups of `path`.
pub fn folder(dir: &DataDir, path: &Path) -> PathBuf {
    dir.root().join("backups").join(file_key(path))
}

/// Keeps `old_bytes` (the current contents of `path`, about to be replaced) as its newest
/// backup, drops the oldest beyond [`KEEP`], and returns where the backup is.
pub fn back_up(dir: &DataDir, path: &Path, old_bytes: &[u8]) -> Result<PathBuf, StoreError> {
    let folder = folder(dir, path);
    std::fs::create_dir_all(&folder)
        .map_err(StoreError::at("cannot create the backup folder", &folder))?;
    let source = folder.join("source.txt");
    if !source.exists() {
        let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
        let text = format!("{}\n", absolute.display());
        std::fs::write(&source, text).map_err(StoreError::at("cannot write", &source))?;
    }
    let mut stamp = now_millis();
    let mut backup = folder.join(format!("{stamp:015}.json"));
    while backup.exists() {
        stamp += 1;
        backup = folder.join(format!("{stamp:015}.json"));
    }
    crate::io::write_atomic(&backup, old_bytes)
        .map_err(|e| StoreError::at("cannot write the backup", &backup)(e.into_io()))?;
    for old in list(dir, path).into_iter().skip(KEEP) {
        std::fs::remove_file(&old).ok();
    }
    Ok(backup)
}

/// The backups of `path`, newest first.
pub fn list(dir: &DataDir, path: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(folder(dir, path)) else {
        return Vec::new();
    };
    let mut backups: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    // Names are zero-padded times, so name order is time order.
    backups.sort();
    backups.reverse();
    backups
}
