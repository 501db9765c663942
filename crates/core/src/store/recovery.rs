//! Recovery copies of unsaved work. Each open document claims a [`Slot`] in
//! `recovery/` in the data folder and holds an OS lock on it while Waymark runs; the editor
//! writes the unsaved document there from time to time. After a crash the lock is gone, so
//! the next start finds the slot as an [`Orphan`] and offers to restore it.
//!
//! A slot is three files: `<key>.json` (the project, in the ordinary file format, so it can
//! also be opened by hand), `<key>.meta.json` (which file it belongs to and when it was
//! written) and `<key>.lock`.

use std::fs::File;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::{DataDir, StoreError, file_key, now_millis};
use crate::io::LoadError;
use crate::model::Project;

#[derive(Serialize, Deserialize)]
struct Meta {
    /// The project file the unsaved work belongs to; `None` for an untitled document.
    source: Option<PathBuf>,
    /// The document's title, to name it in the offer.
    title: String,
    /// When the copy was written, in milliseconds since the Unix epoch.
    written: u64,
    /// The content hash of `source` when the work began.
    base_hash: Option<String>,
}

/// This window's recovery slot, locked while it lives. Dropping it (as a crash does) leaves
/// the files for the next start; [`Slot::discard`] removes them.
#[derive(Debug)]
pub struct Slot {
    folder: PathBuf,
    key: String,
    _lock: File,
    written: bool,
}

impl Slot {
    /// Claims a new slot for a document saved at `source` (or untitled).
    pub fn claim(dir: &DataDir, source: Option<&Path>) -> Result<Self, StoreError> {
        let folder = dir.sub("recovery")?;
        let base = source.map_or_else(|| "untitled".to_owned(), file_key);
        let key = format!("{base}-{:x}-{:x}", now_millis(), std::process::id());
        let lock_path = folder.join(format!("{key}.lock"));
        let lock = File::create(&lock_path).map_err(StoreError::at(
            "cannot create the recovery lock",
            &lock_path,
        ))?;
        lock.try_lock().map_err(|e| {
            StoreError::at("cannot lock the recovery slot", &lock_path)(std::io::Error::other(
                e.to_string(),
            ))
        })?;
        Ok(Self {
            folder,
            key,
            _lock: lock,
            written: false,
        })
    }

    /// Writes the unsaved document: the project first, then the note saying whose it is.
    pub fn write(
        &mut self,
        project: &Project,
        source: Option<&Path>,
        base_hash: Option<u64>,
    ) -> Result<(), StoreError> {
        let project_path = self.folder.join(format!("{}.json", self.key));
        let bytes = crate::io::to_bytes(project).map_err(|e| {
            StoreError::at("cannot encode the recovery copy", &project_path)(e.into_io())
        })?;
        crate::io::write_atomic(&project_path, &bytes).map_err(|e| {
            StoreError::at("cannot write the recovery copy", &project_path)(e.into_io())
        })?;
        let meta = Meta {
            source: source.map(|p| std::path::absolute(p).unwrap_or_else(|_| p.to_owned())),
            title: project.title.clone(),
            written: now_millis(),
            base_hash: base_hash.map(|h| format!("{h:016x}")),
        };
        let meta_path = self.folder.join(format!("{}.meta.json", self.key));
        let meta_bytes = serde_json::to_vec_pretty(&meta)
            .map_err(|e| StoreError::at("cannot encode the recovery note", &meta_path)(e.into()))?;
        crate::io::write_atomic(&meta_path, &meta_bytes).map_err(|e| {
            StoreError::at("cannot write the recovery note", &meta_path)(e.into_io())
        })?;
        self.written = true;
        Ok(())
    }

    /// Whether a copy has been written since the slot was claimed or cleared.
    pub fn has_copy(&self) -> bool {
        self.written
    }

    /// Removes the copy (the work was saved or deliberately discarded) but keeps the slot.
    pub fn clear(&mut self) {
        remove_files(&self.folder, &self.key, false);
        self.written = false;
    }

    /// Removes the slot and its copy.
    pub fn discard(self) {
        remove_files(&self.folder, &self.key, true);
    }
}

fn remove_files(folder: &Path, key: &str, lock_too: bool) {
    std::fs::remove_file(folder.join(format!("{key}.meta.json"))).ok();
    std::fs::remove_file(folder.join(format!("{key}.json"))).ok();
    if lock_too {
        std::fs::remove_file(folder.join(format!("{key}.lock"))).ok();
    }
}

/// Unsaved work left by a Waymark that did not close normally.
#[derive(Clone, Debug)]
pub struct Orphan {
    folder: PathBuf,
    key: String,
    /// The project file the work belongs to; `None` for an untitled document.
    pub source: Option<PathBuf>,
    /// The document's title.
    pub title: String,
    /// When the copy was written, in milliseconds since the Unix epoch.
    pub written: u64,
    /// The content hash of `source` when the work began.
    pub base_hash: Option<u64>,
}

impl Orphan {
    /// Reads the recovered project.
    pub fn load(&self) -> Result<Project, LoadError> {
        crate::io::load_path(&self.folder.join(format!("{}.json", self.key)))
    }

    /// Deletes the copy.
    pub fn discard(&self) {
        remove_files(&self.folder, &self.key, true);
    }

    /// Whether the copy holds something the file on disk does not: true unless `source`
    /// exists and loads to the same project.
    pub fn differs_from_disk(&self) -> bool {
        let (Some(source), Ok(project)) = (&self.source, self.load()) else {
            return true;
        };
        crate::io::load_path(source).map_or(true, |on_disk| on_disk != project)
    }
}

/// Recovery copies whose Waymark is gone (their lock is free), newest first. Slots that
/// never got a copy are cleaned up on the way.
pub fn orphans(dir: &DataDir) -> Vec<Orphan> {
    let folder = dir.root().join("recovery");
    let Ok(entries) = std::fs::read_dir(&folder) else {
        return Vec::new();
    };
    let mut found = Vec::new();
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(key) = name.strip_suffix(".lock") else {
            continue;
        };
        let Ok(lock) = File::options().write(true).open(entry.path()) else {
            continue;
        };
        if lock.try_lock().is_err() {
            continue; // a running Waymark owns it
        }
        let meta = std::fs::read(folder.join(format!("{key}.meta.json")))
            .ok()
            .and_then(|bytes| serde_json::from_slice::<Meta>(&bytes).ok());
        let project_exists = folder.join(format!("{key}.json")).exists();
        match meta {
            Some(meta) if project_exists => found.push(Orphan {
                folder: folder.clone(),
                key: key.to_owned(),
                source: meta.source,
                title: meta.title,
                written: meta.written,
                base_hash: meta
                    .base_hash
                    .and_then(|h| u64::from_str_radix(&h, 16).ok()),
            }),
            _ => remove_files(&folder, key, true),
        }
    }
    found.sort_by_key(|o| std::cmp::Reverse(o.written));
    found
}
