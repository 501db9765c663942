//! The editor's save: refuse to overwrite a newer-version file, a read-only file or one
//! changed on disk by someone else, back up the version being replaced, write atomically,
//! read the file back, and only then call the document saved.

use std::path::{Path, PathBuf};

use super::{DataDir, backup};
use crate::edit::Editor;
use crate::io::{self, LoadError, SaveError};

/// Why a save did not happen (or did not finish).
#[derive(Debug, thiserror::Error)]
pub enum SaveProblem {
    /// The document came from a newer Waymark; overwriting it would lose what this version
    /// does not understand.
    #[error(
        "{} was made by a newer Waymark (format version {version}); save it under a new name so the original stays intact",
        path.display()
    )]
    ReadOnly {
        /// The file.
        path: PathBuf,
        /// Its format version.
        version: u64,
    },
    /// The file's permissions forbid writing it; it is left as it is.
    #[error(
        "{} is read-only; save your version under a new name",
        path.display()
    )]
    ReadOnlyFile {
        /// The file.
        path: PathBuf,
    },
    /// The file on disk is no longer what was opened: someone else changed it.
    #[error(
        "{} was changed on disk by another program since you opened it; reload it, or save your version under a new name (or overwrite)",
        path.display()
    )]
    ChangedOnDisk {
        /// The file.
        path: PathBuf,
    },
    /// Writing failed; the file on disk is as it was.
    #[error("{0}; the file on disk is unchanged")]
    Write(#[from] SaveError),
    /// The written file does not read back as the document.
    #[error(
        "{} was written but does not read back correctly ({reason}); save under another name",
        path.display()
    )]
    ReadBack {
        /// The file.
        path: PathBuf,
        /// What went wrong.
        reason: String,
    },
}

/// What a successful save also did.
#[derive(Debug, Default)]
pub struct SaveReport {
    /// Where the replaced version was backed up.
    pub backup: Option<PathBuf>,
    /// Why the replaced version could not be backed up (the save still happened).
    pub backup_error: Option<super::StoreError>,
}

/// Whether the file the document was opened from changed on disk since (by content).
/// `None` when there is no file to compare with or it cannot be read.
pub fn disk_changed(editor: &Editor) -> Option<bool> {
    let path = editor.path()?;
    let bytes = io::read_limited(path).ok()?;
    Some(editor.differs_from_disk(&bytes))
}

/// Saves the document to `path`. Saving over the document's own file is refused when it
/// came from a newer Waymark or changed on disk (unless `overwrite_changed`); saving over
/// any read-only file is refused. The replaced version is backed up in `data` (when
/// given); the new file is read back before the document is marked saved.
pub fn save_document(
    editor: &mut Editor,
    path: &Path,
    data: Option<&DataDir>,
    overwrite_changed: bool,
) -> Result<SaveReport, SaveProblem> {
    let same_file = editor.path().is_some_and(|p| same_path(p, path));
    if same_file && let Some(version) = editor.newer_version() {
        return Err(SaveProblem::ReadOnly {
            path: path.to_owned(),
            version,
        });
    }
    if io::is_read_only_file(path) {
        return Err(SaveProblem::ReadOnlyFile {
            path: path.to_owned(),
        });
    }
    let old = io::read_limited(path).ok();
    if same_file
        && !overwrite_changed
        && let Some(old) = &old
        && editor.differs_from_disk(old)
    {
        return Err(SaveProblem::ChangedOnDisk {
            path: path.to_owned(),
        });
    }
    let bytes = io::to_bytes(editor.project())?;
    let mut report = SaveReport::default();
    if let (Some(data), Some(old)) = (data, &old)
        && old != &bytes
    {
        match backup::back_up(data, path, old) {
            Ok(p) => report.backup = Some(p),
            Err(e) => report.backup_error = Some(e),
        }
    }
    io::write_atomic(path, &bytes)?;
    let read_back = io::read_limited(path).and_then(|b| {
        let hash = io::content_hash(&b);
        io::load_bytes(&b).map(|p| (p, hash))
    });
    match read_back {
        Ok((back, hash)) if &back == editor.project() => {
            editor.mark_saved(path.to_owned(), hash);
            Ok(report)
        }
        Ok(_) => Err(SaveProblem::ReadBack {
            path: path.to_owned(),
            reason: "it reads back different".to_owned(),
        }),
        Err(e) => Err(SaveProblem::ReadBack {
            path: path.to_owned(),
            reason: match e {
                LoadError::Read { source, .. } => source.to_string(),
                e => e.to_string(),
            },
        }),
    }
}

fn same_path(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => std::path::absolute(a).ok() == std::path::absolute(b).ok(),
    }
}
