//! What a call into the session reports: the [`Effect`]s the window must carry out, the
//! [`Notice`]s it shows the user, and why a step failed ([`SessionError`]).

use std::path::PathBuf;

use super::take_in::IncomingNotice;
use crate::compare::MergeError;
use crate::store::SaveProblem;
use crate::store::copies::{ConflictCopy, CopyError};

/// What the window must do after a call into the session.
#[derive(Debug)]
pub enum Effect {
    /// Ask which file to open (the Open dialog); answer with [`Session::open_chosen`].
    ChooseFileToOpen,
    /// Ask where to save (the Save As dialog, proposing [`Session::suggested_name`]);
    /// answer with [`Session::save_as_chosen`] or [`Session::save_as_cancelled`].
    ChooseSaveLocation,
    /// Close the window: unsaved work was saved or deliberately dropped.
    CloseWindow,
    /// Another document is on screen: start its view afresh (first map, nothing selected,
    /// fitted), or keep the map shown when `keep_map` (a reload of the same file).
    DocumentReplaced {
        /// Stay on the same map (by position) if it still exists.
        keep_map: bool,
    },
    /// Tell the user.
    Notice(Notice),
}

/// Something the user should know about the document's file, as data (the window words it).
#[derive(Debug)]
pub enum Notice {
    /// A file was opened.
    Opened(PathBuf),
    /// The document was saved there.
    Saved(PathBuf),
    /// The document was saved, but the version it replaced could not be backed up.
    SavedWithoutBackup {
        /// The file.
        path: PathBuf,
        /// Why the backup failed.
        reason: crate::store::StoreError,
    },
    /// The document was replaced by the file on disk.
    Reloaded(PathBuf),
    /// A new project was started from a template.
    NewFromTemplate(&'static str),
    /// A new project was made from a CSV grid or Mermaid file; `notes` say what the file
    /// held that the project could not (one line each).
    Imported {
        /// The file.
        path: PathBuf,
        /// What could not be taken as it was.
        notes: Vec<crate::interop::mermaid_import::ImportNote>,
    },
    /// Unsaved work from a crash is on screen.
    Restored,
    /// The restored work is not tied to the file its note names (the reason): Save asks
    /// where.
    RestoredUntied(crate::store::recovery::Untied),
    /// A colleague's save was taken in (loaded, or merged with the work here), or a
    /// merge before saving took one in.
    Incoming(Box<IncomingNotice>),
    /// The file was deleted or moved away while open; the document stays (Save As keeps it).
    FileGone(PathBuf),
    /// The file on disk has not read as a project for a while.
    DiskUnreadable {
        /// The file.
        path: PathBuf,
        /// Why it does not read.
        reason: String,
    },
    /// A colleague saved the file with a newer Waymark: the document is read-only now.
    NewerOnDisk {
        /// The file's format version.
        version: u64,
    },
    /// Someone else has the file open and it does not save by itself: offer that.
    OfferAutomatic {
        /// Their name.
        who: String,
    },
    /// A sync service left a conflict copy beside the file: offer to merge it.
    ConflictCopy(ConflictCopy),
    /// A conflict copy was merged into the document.
    CopyMerged {
        /// The copy (to put away next).
        copy: PathBuf,
        /// What it brought in.
        incoming: Box<IncomingNotice>,
    },
    /// A merged conflict copy was moved into the backups, to this file.
    CopyPutAway(PathBuf),
    /// A conflict copy offered before is no longer beside the file (merged and put away
    /// here or in another window, or removed): what offered it goes.
    CopyGone(PathBuf),
    /// No recovery copy can be kept (the data folder cannot be written).
    NoRecoveryCopy(crate::store::StoreError),
    /// Something failed; the document on screen is unchanged.
    Failed(SessionError),
}

/// Why a step of the document's life did not happen.
#[derive(Debug, thiserror::Error)]
pub enum SessionError {
    /// A file could not be opened.
    #[error("Cannot open {}: {}. The map on screen is unchanged.", path.display(), reason(error))]
    Open {
        /// The file.
        path: PathBuf,
        /// Why.
        error: crate::io::LoadError,
    },
    /// The bundled sample or a template does not load.
    #[error("The bundled {name} is damaged: {reason}")]
    Bundled {
        /// "sample" or "… template".
        name: String,
        /// Why.
        reason: String,
    },
    /// A CSV or Mermaid file could not be imported.
    #[error("Cannot import {}: {error}. The map on screen is unchanged.", path.display())]
    Import {
        /// The file.
        path: PathBuf,
        /// Why.
        error: crate::interop::ImportError,
    },
    /// The file could not be read back from disk.
    #[error("Cannot reload {}: {}. The map on screen is unchanged.", path.display(), reason(error))]
    Reload {
        /// The file.
        path: PathBuf,
        /// Why.
        error: crate::io::LoadError,
    },
    /// A recovery copy could not be read.
    #[error("The recovered changes cannot be read: {0}")]
    Restore(crate::io::LoadError),
    /// A save failed (the file on disk is as it was).
    #[error(transparent)]
    Save(SaveProblem),
    /// A colleague's save could not be merged in; the document here is unchanged.
    #[error(
        "A colleague's changes could not be merged in: {0}. Your document is unchanged; save a copy with Save As."
    )]
    Merge(MergeError),
    /// A conflict copy could not be merged.
    #[error("The conflicted copy could not be merged: {0}. The map on screen is unchanged.")]
    Copy(CopyError),
    /// A merged conflict copy could not be moved into the backups.
    #[error("The conflicted copy could not be moved to the backups: {0}")]
    PutAway(crate::store::StoreError),
}

pub(super) fn failed(error: SessionError) -> Effect {
    Effect::Notice(Notice::Failed(error))
}

/// Whether `effects` report a finished save.
pub(super) fn saved(effects: &[Effect]) -> bool {
    effects.iter().any(|e| {
        matches!(
            e,
            Effect::Notice(Notice::Saved(_) | Notice::SavedWithoutBackup { .. })
        )
    })
}

/// Why a file did not load, in the words the messages above use: a read error by the
/// system's own words (the path is said already), anything else as the loader says it.
pub fn reason(error: &crate::io::LoadError) -> String {
    match error {
        crate::io::LoadError::Read { source, .. } => source.to_string(),
        e => e.to_string(),
    }
}
