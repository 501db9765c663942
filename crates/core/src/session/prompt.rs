//! The questions a document can raise before work could be lost, as data: what is waiting
//! ([`Pending`]), what is asked ([`Prompt`]) and the possible answers ([`Answer`]). The
//! window words and draws them; the session acts on the answer.

use std::path::PathBuf;

use crate::store::recovery;

/// Something that replaces or closes the document, waiting until unsaved changes are dealt
/// with.
#[derive(Clone, Debug)]
pub enum Pending {
    /// Close the window.
    Close,
    /// Open a file; `None` asks which first (the Open dialog).
    Open(Option<PathBuf>),
    /// Start a new project from a bundled template, set in `font` when it names one.
    New {
        /// The template's name (see [`crate::assets::TEMPLATES`]).
        template: &'static str,
        /// The font family new projects are set in (from the settings).
        font: Option<String>,
        /// The window's language: the new map speaks it, and a template written in it is
        /// taken instead of the English one. `None`: the system's.
        language: Option<String>,
    },
    /// Start a new project from a CSV grid or Mermaid journey file.
    Import {
        /// The file.
        path: PathBuf,
        /// The font family new projects are set in (from the settings).
        font: Option<String>,
    },
    /// Restore a recovery copy.
    Restore(Box<recovery::Orphan>),
}

/// A question for the user, shown by the window as a modal dialog.
#[derive(Debug)]
pub enum Prompt {
    /// Save / Don't save / Cancel, then go on with the pending step.
    Unsaved(Pending),
    /// Save found the file changed on disk by someone else.
    ChangedOnSave,
    /// The file changed on disk while it was open here.
    ChangedOnDisk {
        /// Reloading would lose unsaved changes made here.
        dirty: bool,
    },
    /// Unsaved work was found from a Waymark that did not close normally.
    Recover(Box<recovery::Orphan>),
}

/// An answer to a [`Prompt`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    /// Save first.
    Save,
    /// Go on without saving (or: throw the recovery copy away).
    Discard,
    /// Write over the file on disk although someone else changed it.
    Overwrite,
    /// Save under another name.
    SaveAs,
    /// Replace the document with the file on disk.
    Reload,
    /// Restore the recovery copy.
    Restore,
    /// Ask again at the next start.
    Later,
    /// Do nothing.
    Cancel,
}

impl Prompt {
    /// The answers the question offers, the suggested one first.
    pub fn answers(&self) -> &'static [Answer] {
        match self {
            Prompt::Unsaved(_) => &[Answer::Save, Answer::Discard, Answer::Cancel],
            Prompt::ChangedOnSave => &[
                Answer::SaveAs,
                Answer::Overwrite,
                Answer::Reload,
                Answer::Cancel,
            ],
            Prompt::ChangedOnDisk { .. } => &[Answer::Reload, Answer::Cancel],
            Prompt::Recover(_) => &[Answer::Restore, Answer::Discard, Answer::Later],
        }
    }
}
