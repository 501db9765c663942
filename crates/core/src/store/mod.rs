//! The app's data folder and the file lifecycle around a document: the recent-files list,
//! backups of the versions a save replaces, recovery copies of unsaved work, and the save
//! that ties them together, and what the person chose (`settings`: the app's settings and
//! the choices remembered per project); and working together on one file: watching it for
//! changes ([`watch`]), who else has it open ([`presence`]), the conflict copies sync
//! services leave beside it ([`copies`]). Plain files; no window.

pub mod backup;
pub mod copies;
pub mod presence;
pub mod recent;
pub mod recovery;
mod save;
pub mod settings;
pub mod watch;

use std::path::{Path, PathBuf};

pub use save::{SaveProblem, SaveReport, disk_changed, save_document};

/// Something went wrong in the data folder.
#[derive(Debug, thiserror::Error)]
#[error("{what} ({path}): {source}")]
pub struct StoreError {
    /// What was being done.
    pub what: &'static str,
    /// The file or folder.
    pub path: PathBuf,
    /// The OS error.
    pub source: std::io::Error,
}

impl StoreError {
    /// The error of doing `what` to `path`, for `map_err`.
    pub(crate) fn at(what: &'static str, path: &Path) -> impl FnOnce(std::io::Error) -> Self {
        let path = path.to_owned();
        move |source| Self { what, path, source }
    }
}

/// The folder where Waymark keeps its own files (not the user's projects).
#[derive(Clone, Debug)]
pub struct DataDir {
    root: PathBuf,
}

impl DataDir {
    /// A data folder at `root` (created when first written to).
    pub fn new(root: impl Into<PathBuf>) -> Self {
        Self { root: root.into() }
    }

    /// `$WAYMARK_DATA_DIR`, else the platform's data folder (`directories`):
    /// `$XDG_DATA_HOME/waymark` or `~/.local/share/waymark` (Linux),
    /// `~/Library/Application Support/Waymark` (macOS), `%APPDATA%\Waymark\data`
    /// (Windows). `None` when none can be found (no home folder).
    pub fn from_env() -> Option<Self> {
        if let Some(dir) = std::env::var_os("WAYMARK_DATA_DIR").filter(|v| !v.is_empty()) {
            return Some(Self::new(dir));
        }
        // Linux lowercases the name; macOS and Windows keep it as written.
        directories::ProjectDirs::from("", "", "Waymark").map(|p| Self::new(p.data_dir()))
    }

    /// The folder itself.
    pub fn root(&self) -> &Path {
        &self.root
    }

    fn sub(&self, name: &str) -> Result<PathBuf, StoreError> {
        let dir = self.root.join(name);
        std::fs::create_dir_all(&dir).map_err(StoreError::at("cannot create folder", &dir))?;
        Ok(dir)
    }
}

/// A short, file-name-safe name for a project path: its stem plus a hash of the absolute
/// path, e.g. `online-grocery-3f2a…`, so two `plan.waymark` in different folders differ.
pub fn file_key(path: &Path) -> String {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
    let stem: String = path
        .file_stem()
        .map(|s| s.to_string_lossy())
        .unwrap_or_default()
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' {
                c
            } else {
                '_'
            }
        })
        .take(40)
        .collect();
    let hash = crate::io::content_hash(absolute.as_os_str().as_encoded_bytes());
    format!("{stem}-{hash:016x}")
}
