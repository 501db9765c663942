//! The "Open recent" list: the last [`MAX`] project files opened or saved, newest first,
//! kept in `recent.json` in the data folder.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::{DataDir, StoreError};

/// How many files the list keeps.
pub const MAX: usize = 10;
/// The largest list file read (ten paths take a few kilobytes).
pub const MAX_BYTES: u64 = 1_000_000;

#[derive(Default, Serialize, Deserialize)]
struct RecentFile {
    recent: Vec<PathBuf>,
}

fn file(dir: &DataDir) -> PathBuf {
    dir.root().join("recent.json")
}

/// The list, newest first. A missing, damaged or oversized list is empty. A `plan.json`
/// that is gone while `plan.waymark` sits beside it (renamed to the new extension) is
/// listed as that.
pub fn load(dir: &DataDir) -> Vec<PathBuf> {
    let Ok(bytes) = crate::io::read_bounded(&file(dir), MAX_BYTES) else {
        return Vec::new();
    };
    let listed = serde_json::from_slice::<RecentFile>(&bytes)
        .map(|f| f.recent)
        .unwrap_or_default();
    let mut recent: Vec<PathBuf> = Vec::with_capacity(listed.len());
    for path in listed {
        let path = renamed(path);
        if !recent.contains(&path) {
            recent.push(path);
        }
    }
    recent.truncate(MAX);
    recent
}

/// `path`, or its `.waymark` sibling when `path` is a `.json` file that no longer exists.
fn renamed(path: PathBuf) -> PathBuf {
    let legacy = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case(crate::io::LEGACY_EXTENSION));
    if legacy && !path.exists() {
        let new = path.with_extension(crate::io::EXTENSION);
        if new.exists() {
            return new;
        }
    }
    path
}

fn store(dir: &DataDir, recent: Vec<PathBuf>) -> Result<Vec<PathBuf>, StoreError> {
    std::fs::create_dir_all(dir.root())
        .map_err(StoreError::at("cannot create folder", dir.root()))?;
    let path = file(dir);
    let text = serde_json::to_vec_pretty(&RecentFile { recent })
        .map_err(|e| StoreError::at("cannot write the recent list", &path)(e.into()))?;
    crate::io::write_atomic(&path, &text)
        .map_err(|e| StoreError::at("cannot write the recent list", &path)(e.into_io()))?;
    Ok(load(dir))
}

/// Puts `path` first in the list and returns the new list.
pub fn add(dir: &DataDir, path: &Path) -> Result<Vec<PathBuf>, StoreError> {
    let path = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
    let mut recent = load(dir);
    recent.retain(|p| p != &path);
    recent.insert(0, path);
    recent.truncate(MAX);
    store(dir, recent)
}

/// Takes `path` off the list (e.g. it no longer exists) and returns the new list.
pub fn remove(dir: &DataDir, path: &Path) -> Result<Vec<PathBuf>, StoreError> {
    let mut recent = load(dir);
    recent.retain(|p| p != path);
    store(dir, recent)
}

/// Empties the list.
pub fn clear(dir: &DataDir) -> Result<(), StoreError> {
    store(dir, Vec::new()).map(|_| ())
}
