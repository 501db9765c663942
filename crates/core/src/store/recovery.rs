//! Recovery copies of unsaved work. Each open document claims a [`Slot`] in
//! `recovery/` in the data folder and holds an OS lock on it while Waymark runs; the editor
//! writes the unsaved document there from time to time. After a crash the lock is gone, so
//! the next start finds the slot as an [`Orphan`] and offers to restore it.
//!
//! A slot is three files: `<key>.json` (the project, in the ordinary file format, so it can
//! also be opened by hand), `<key>.meta.json` (the note: which file it belongs to and when
//! it was written) and `<key>.lock`. The note is written before the copy, and any copy that
//! reads is offered even when its note is damaged or missing (then as untitled work, named
//! by its own title). The note's file is only a suggestion: [`Orphan::restore`] uses it
//! only when it is a Waymark project, and Save then checks it for outside changes as for
//! any file.

use std::fs::File;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::{DataDir, StoreError, file_key};
use crate::dates::now_millis;
use crate::edit::Editor;
use crate::io::LoadError;
use crate::model::Project;

/// The largest recovery note read (a path and a title).
pub const MAX_NOTE_BYTES: u64 = 64 * 1024;

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

    /// Writes the unsaved document: the note saying whose it is first, then the project,
    /// so a crash between the two never leaves a copy without its note (and a copy
    /// without one is offered anyway).
    pub fn write(
        &mut self,
        project: &Project,
        source: Option<&Path>,
        base_hash: Option<u64>,
    ) -> Result<(), StoreError> {
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
        let project_path = self.folder.join(format!("{}.json", self.key));
        let bytes = crate::io::to_bytes(project).map_err(|e| {
            StoreError::at("cannot encode the recovery copy", &project_path)(e.into_io())
        })?;
        crate::io::write_atomic(&project_path, &bytes).map_err(|e| {
            StoreError::at("cannot write the recovery copy", &project_path)(e.into_io())
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
    /// The project file the work belongs to, as its note says (only a suggestion: see
    /// [`Orphan::restore`]); `None` for an untitled document or a copy without a note.
    pub source: Option<PathBuf>,
    /// The document's title.
    pub title: String,
    /// When the copy was written, in milliseconds since the Unix epoch.
    pub written: u64,
    /// The content hash of `source` when the work began.
    pub base_hash: Option<u64>,
}

/// A recovery copy put back on screen as unsaved work.
#[derive(Debug)]
pub struct Restored {
    /// The document, with unsaved changes.
    pub editor: Editor,
    /// Why the work is not tied to the file its note names, if it is not (that file is no
    /// Waymark project, is gone, read-only or from a newer Waymark): Save asks where.
    pub notice: Option<Untied>,
}

/// Why restored work is not tied to the file its recovery note names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UntiedWhy {
    /// The file is read-only.
    ReadOnly,
    /// The file comes from a newer Waymark.
    Newer,
    /// The file is gone.
    Gone,
    /// The file cannot be read.
    Unreadable,
    /// The file is not a Waymark project.
    NotAProject,
}

/// Restored work that is untitled now (Save asks where), and why: as data, for the window
/// to word; its `Display` is the English.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Untied {
    /// The file the recovery note names.
    pub file: PathBuf,
    /// Why the work is not tied to it.
    pub why: UntiedWhy,
}

impl std::fmt::Display for Untied {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let reason = match self.why {
            UntiedWhy::ReadOnly => "is read-only",
            UntiedWhy::Newer => "comes from a newer Waymark",
            UntiedWhy::Gone => "no longer exists",
            UntiedWhy::Unreadable => "cannot be read",
            UntiedWhy::NotAProject => "is not a Waymark project",
        };
        write!(
            f,
            "The recovered changes were made to {}, which {reason}: they are untitled now; Save asks where to keep them.",
            self.file.display()
        )
    }
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

    /// The copy as unsaved work. It belongs to the file its note names only when that file
    /// is a Waymark project this version may write; then Save checks it for outside changes
    /// against the version the work began from (and asks when the note does not say). Any
    /// other file is never written: the work is untitled and Save asks where.
    pub fn restore(&self) -> Result<Restored, LoadError> {
        let project = self.load()?;
        let Some(source) = &self.source else {
            return Ok(Restored {
                editor: Editor::recovered(project, None, None),
                notice: None,
            });
        };
        let refusal = match crate::io::open_path(source) {
            Ok(opened) if opened.read_only_file => Some(UntiedWhy::ReadOnly),
            Ok(opened) if opened.newer_version.is_some() => Some(UntiedWhy::Newer),
            Ok(_) => None,
            Err(_) if !source.exists() => Some(UntiedWhy::Gone),
            Err(LoadError::Read { .. }) => Some(UntiedWhy::Unreadable),
            Err(_) => Some(UntiedWhy::NotAProject),
        };
        Ok(match refusal {
            None => Restored {
                editor: Editor::recovered(project, Some(source.clone()), self.base_hash),
                notice: None,
            },
            Some(why) => Restored {
                editor: Editor::recovered(project, None, None),
                notice: Some(Untied {
                    file: source.clone(),
                    why,
                }),
            },
        })
    }
}

/// Reads a recovery note, if it is there and makes sense.
fn read_note(path: &Path) -> Option<Meta> {
    let bytes = crate::io::read_bounded(path, MAX_NOTE_BYTES).ok()?;
    serde_json::from_slice::<Meta>(&bytes).ok()
}

/// Whether a running Waymark holds the slot's lock. Only a regular file is opened (a FIFO
/// would block); anything else holds nothing.
fn held(lock: &Path) -> bool {
    if !std::fs::metadata(lock).is_ok_and(|m| m.is_file()) {
        return false;
    }
    let Ok(file) = File::options().write(true).open(lock) else {
        return false;
    };
    file.try_lock().is_err()
}

/// Recovery copies whose Waymark is gone (their lock is free, or missing), newest first.
/// Every copy that reads is offered, with or without its note; slots that never got a copy
/// are cleaned up on the way. A copy that does not read is left where it is, not offered.
pub fn orphans(dir: &DataDir) -> Vec<Orphan> {
    let folder = dir.root().join("recovery");
    let Ok(entries) = std::fs::read_dir(&folder) else {
        return Vec::new();
    };
    let mut keys = std::collections::BTreeSet::new();
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name().to_string_lossy().into_owned();
        let key = name
            .strip_suffix(".lock")
            .or_else(|| name.strip_suffix(".meta.json"))
            .or_else(|| name.strip_suffix(".json"));
        if let Some(key) = key {
            keys.insert(key.to_owned());
        }
    }
    let mut found = Vec::new();
    for key in keys {
        if held(&folder.join(format!("{key}.lock"))) {
            continue; // a running Waymark owns it
        }
        let copy = folder.join(format!("{key}.json"));
        if !copy.exists() {
            remove_files(&folder, &key, true);
            continue;
        }
        let orphan = match read_note(&folder.join(format!("{key}.meta.json"))) {
            Some(meta) => Orphan {
                folder: folder.clone(),
                key,
                source: meta.source,
                title: meta.title,
                written: meta.written,
                base_hash: meta
                    .base_hash
                    .and_then(|h| u64::from_str_radix(&h, 16).ok()),
            },
            // No note, or a damaged one: offered as untitled work under its own title.
            None => Orphan {
                folder: folder.clone(),
                written: crate::dates::modified_millis(&copy).unwrap_or(0),
                key,
                source: None,
                title: String::new(),
                base_hash: None,
            },
        };
        match orphan.load() {
            Ok(project) => found.push(Orphan {
                title: if orphan.title.is_empty() {
                    project.title
                } else {
                    orphan.title.clone()
                },
                ..orphan
            }),
            Err(e) => log::warn!("a recovery copy cannot be read and is left as it is: {e}"),
        }
    }
    found.sort_by_key(|o| std::cmp::Reverse(o.written));
    found
}
