//! Backups: before a save replaces a project file, the version it replaces is copied to
//! `backups/<file key>/<time>.waymark` in the data folder (so a double-click opens it in
//! Waymark); the newest [`KEEP`] are kept. Backups written as `<time>.json` by earlier
//! versions still count, and a `plan.waymark` renamed from `plan.json` keeps the history
//! of `plan.json`.

use std::path::{Path, PathBuf};

use super::{DataDir, StoreError, file_key};
use crate::dates::now_millis;

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
    let ext = crate::io::EXTENSION;
    let mut backup = folder.join(format!("{stamp:015}.{ext}"));
    while backup.exists() {
        stamp += 1;
        backup = folder.join(format!("{stamp:015}.{ext}"));
    }
    crate::io::write_atomic(&backup, old_bytes)
        .map_err(|e| StoreError::at("cannot write the backup", &backup)(e.into_io()))?;
    for old in list(dir, path).into_iter().skip(KEEP) {
        std::fs::remove_file(&old).ok();
    }
    Ok(backup)
}

/// When the backup at `backup` was made, in milliseconds since the Unix epoch: the time
/// its name records, else (a file put there by hand) when it was last changed.
pub fn written(backup: &Path) -> Option<u64> {
    backup
        .file_stem()
        .and_then(|s| s.to_str())
        .and_then(|s| s.parse::<u64>().ok())
        .or_else(|| crate::dates::modified_millis(backup))
}

/// The backups of `path`, newest first. For `plan.waymark` these include the backups of
/// `plan.json` in the same folder, the name the project had before the `.waymark` extension.
pub fn list(dir: &DataDir, path: &Path) -> Vec<PathBuf> {
    let mut folders = vec![folder(dir, path)];
    if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case(crate::io::EXTENSION))
    {
        folders.push(folder(
            dir,
            &path.with_extension(crate::io::LEGACY_EXTENSION),
        ));
    }
    let mut backups: Vec<PathBuf> = folders
        .iter()
        .filter_map(|f| std::fs::read_dir(f).ok())
        .flatten()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| crate::io::is_project_path(p))
        .collect();
    // Names are zero-padded times, so name order is time order.
    backups.sort_by(|a, b| a.file_stem().cmp(&b.file_stem()));
    backups.reverse();
    backups
}
