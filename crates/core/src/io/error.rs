//! Everything that can go wrong reading or writing a project file, as one clear sentence.

use std::path::PathBuf;

/// One problem found by [`crate::io::validate`]: where it is and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Where in the project, e.g. `map "Current state", card c-3`.
    pub location: String,
    /// What is wrong, e.g. `lane l-missing does not exist`.
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.location, self.message)
    }
}

/// Why a project could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The file could not be read from disk.
    #[error("cannot read {path}: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// The OS error.
        source: std::io::Error,
    },
    /// The file is larger than any project should be.
    #[error("the file is {} ({bytes} bytes), over the {} limit for a project", megabytes(*.bytes), megabytes(*.limit))]
    TooLarge {
        /// Its size.
        bytes: u64,
        /// The limit.
        limit: u64,
    },
    /// The bytes are not UTF-8 text.
    #[error("the file is not UTF-8 text (invalid byte at offset {offset})")]
    NotUtf8 {
        /// Offset of the first invalid byte.
        offset: usize,
    },
    /// The file holds nothing but white space.
    #[error("the file is empty; it may still be being written (is a sync still running?)")]
    Empty,
    /// The file stops in the middle of the JSON.
    #[error(
        "the file ends early at line {line}, column {column}; it may be truncated (is a sync still running?)"
    )]
    Truncated {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
    },
    /// The JSON nests deeper than the reader allows.
    #[error("the JSON is nested too deeply (line {line}, column {column})")]
    TooDeep {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
    },
    /// The text is not valid JSON.
    #[error("not valid JSON at line {line}, column {column}: {message}")]
    Json {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What the parser said.
        message: String,
    },
    /// Valid JSON, but not a Waymark project.
    #[error("not a Waymark project: {0}")]
    NotWaymark(String),
    /// The file was written by a newer Waymark.
    #[error(
        "the file uses format version {found}, newer than this Waymark understands (up to {supported}); update Waymark to open it"
    )]
    NewerVersion {
        /// The version in the file.
        found: u64,
        /// The newest version this build reads.
        supported: u64,
    },
    /// The file holds more JSON values (numbers, strings, lists, objects) than the limit:
    /// reading them all would take gigabytes of memory.
    #[error(
        "the file holds over {} values (numbers, texts, lists), over the limit of {}; it is not a project Waymark wrote",
        crate::export::limits::grouped(*.values),
        crate::export::limits::grouped(*.limit)
    )]
    TooManyValues {
        /// How many values were counted before giving up.
        values: usize,
        /// The limit.
        limit: usize,
    },
    /// A string in the file is longer than the limit.
    #[error("{path}: a string of {} ({bytes} bytes), over the {} limit", megabytes(*.bytes as u64), megabytes(*.limit as u64))]
    StringTooLong {
        /// JSON path of the string.
        path: String,
        /// Its length in bytes.
        bytes: usize,
        /// The limit in bytes.
        limit: usize,
    },
    /// A value has the wrong type or an unknown name.
    #[error("{path}: {message}")]
    Shape {
        /// JSON path of the value.
        path: String,
        /// What is wrong.
        message: String,
    },
    /// The project reads, but refers to things that do not exist or breaks a rule.
    #[error("{}{}", .0.first().map(ToString::to_string).unwrap_or_default(), more(.0.len()))]
    Invalid(Vec<Problem>),
}

impl From<super::ReadError> for LoadError {
    fn from(error: super::ReadError) -> Self {
        match error {
            super::ReadError::TooLarge { bytes, limit, .. } => Self::TooLarge { bytes, limit },
            other => Self::Read {
                path: other.path().to_owned(),
                source: other.into_io(),
            },
        }
    }
}

/// Why a project could not be saved. The file on disk is left as it was.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    /// Writing, syncing or renaming failed.
    #[error("cannot save {path}: {source}")]
    Write {
        /// The destination.
        path: PathBuf,
        /// The OS error.
        source: std::io::Error,
    },
    /// The file's permissions forbid writing it (`chmod 444`); it is left as it is.
    #[error("cannot save {}: the file is read-only; save under another name", path.display())]
    ReadOnly {
        /// The destination.
        path: PathBuf,
    },
    /// Something other than a regular file sits at the destination (a FIFO, a device, a
    /// folder); it is never replaced.
    #[error("cannot save {}: it is {kind}, not an ordinary file", path.display())]
    NotAFile {
        /// The destination.
        path: PathBuf,
        /// What it is.
        kind: &'static str,
    },
    /// The project could not be turned into JSON.
    #[error("cannot encode the project: {0}")]
    Encode(#[from] serde_json::Error),
}

/// A size in megabytes (10^6 bytes) for messages: whole when it is whole, else with one
/// decimal (two below 10 MB), e.g. `256 MB`, `300.5 MB`, `0.25 MB`. Messages that
/// compare a size with a limit also give the exact bytes, so a size just over a limit never
/// reads as equal to it.
pub fn megabytes(bytes: u64) -> String {
    if bytes.is_multiple_of(1_000_000) {
        format!("{} MB", bytes / 1_000_000)
    } else if bytes >= 10_000_000 {
        format!("{:.1} MB", bytes as f64 / 1_000_000.0)
    } else {
        format!("{:.2} MB", bytes as f64 / 1_000_000.0)
    }
}

fn more(count: usize) -> String {
    match count {
        0 | 1 => String::new(),
        2 => " (and 1 more problem; `waymark check` lists them all)".to_owned(),
        n => format!(
            " (and {} more problems; `waymark check` lists them all)",
            n - 1
        ),
    }
}

impl SaveError {
    /// The underlying I/O error (an encoding failure becomes an "other" I/O error).
    pub fn into_io(self) -> std::io::Error {
        match self {
            Self::Write { source, .. } => source,
            Self::ReadOnly { .. } => std::io::Error::new(
                std::io::ErrorKind::PermissionDenied,
                "the file is read-only",
            ),
            Self::NotAFile { kind, .. } => std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                format!("it is {kind}, not an ordinary file"),
            ),
            Self::Encode(e) => std::io::Error::other(e),
        }
    }
}
