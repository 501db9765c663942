//! Reading any file Waymark is given, bounded: the size is checked from the file's metadata
//! before anything is read, then at most the limit is read (a file that grows meanwhile is
//! still refused), and only regular files are opened at all, so a FIFO, a device such as
//! `/dev/zero` or a folder gives one clear error instead of blocking or reading forever.
//! Every reader of projects, imports, pictures, settings, recent files, recovery copies
//! and backups goes through [`read_bounded`].

use std::io::Read as _;
use std::path::{Path, PathBuf};

/// Why a file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// The operating system refused (missing file, no permission…).
    #[error("cannot read {}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The OS error.
        source: std::io::Error,
    },
    /// Not a regular file: a FIFO, a device, a socket or a folder.
    #[error("cannot read {}: it is {kind}, not an ordinary file", path.display())]
    NotAFile {
        /// The path.
        path: PathBuf,
        /// What it is ("a named pipe (FIFO)", "a folder"…).
        kind: &'static str,
    },
    /// Larger than the limit for this kind of file.
    #[error(
        "{} is {} ({bytes} bytes), over the {} limit",
        path.display(),
        super::megabytes(*.bytes),
        super::megabytes(*.limit)
    )]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size (at least this much).
        bytes: u64,
        /// The limit.
        limit: u64,
    },
}

impl ReadError {
    /// The file the error is about.
    pub fn path(&self) -> &Path {
        match self {
            Self::Io { path, .. } | Self::NotAFile { path, .. } | Self::TooLarge { path, .. } => {
                path
            }
        }
    }

    /// Whether the file does not exist (a first start has no settings yet).
    pub fn is_not_found(&self) -> bool {
        matches!(self, Self::Io { source, .. } if source.kind() == std::io::ErrorKind::NotFound)
    }

    /// The error as an [`std::io::Error`] whose text does not repeat the path (for
    /// callers whose messages name the file themselves).
    pub fn into_io(self) -> std::io::Error {
        match self {
            Self::Io { source, .. } => source,
            Self::NotAFile { kind, .. } => std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                format!("it is {kind}, not an ordinary file"),
            ),
            Self::TooLarge { bytes, limit, .. } => std::io::Error::new(
                std::io::ErrorKind::FileTooLarge,
                format!(
                    "it is {} ({bytes} bytes), over the {} limit",
                    super::megabytes(bytes),
                    super::megabytes(limit)
                ),
            ),
        }
    }
}

/// What a file type is, in words, for [`ReadError::NotAFile`].
pub(super) fn kind_of(file_type: std::fs::FileType) -> &'static str {
    if file_type.is_dir() {
        return "a folder";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt as _;
        if file_type.is_fifo() {
            return "a named pipe (FIFO)";
        }
        if file_type.is_char_device() || file_type.is_block_device() {
            return "a device";
        }
        if file_type.is_socket() {
            return "a socket";
        }
    }
    "not a regular file"
}

/// Opens `path` for reading without blocking on a FIFO (on Unix, `O_NONBLOCK`: opening a
/// named pipe with no writer would otherwise wait forever). Regular files read as usual.
fn open(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.custom_flags(libc::O_NONBLOCK);
    }
    options.open(path)
}

/// Reads the regular file at `path` if it holds at most `limit` bytes. The size comes from
/// the metadata first (a 4 GB file is refused without reading a byte of it); then at most
/// `limit + 1` bytes are read, so a file that grew since is refused too. Symbolic links are
/// followed; what they finally name must be a regular file.
pub fn read_bounded(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    let io_error = |source| ReadError::Io {
        path: path.to_owned(),
        source,
    };
    let not_a_file = |file_type| ReadError::NotAFile {
        path: path.to_owned(),
        kind: kind_of(file_type),
    };
    let too_large = |bytes| ReadError::TooLarge {
        path: path.to_owned(),
        bytes,
        limit,
    };
    // Checked before opening: opening a FIFO or a tape device can block or have effects.
    let metadata = std::fs::metadata(path).map_err(io_error)?;
    if !metadata.is_file() {
        return Err(not_a_file(metadata.file_type()));
    }
    if metadata.len() > limit {
        return Err(too_large(metadata.len()));
    }
    let file = open(path).map_err(io_error)?;
    // The path may have been swapped between the check and the open: check what was opened.
    let metadata = file.metadata().map_err(io_error)?;
    if !metadata.is_file() {
        return Err(not_a_file(metadata.file_type()));
    }
    if metadata.len() > limit {
        return Err(too_large(metadata.len()));
    }
    let capacity = usize::try_from(metadata.len()).unwrap_or(0);
    let mut bytes = Vec::with_capacity(capacity);
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(io_error)?;
    if bytes.len() as u64 > limit {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

/// Whether the file at `path` exists and its permissions forbid writing (`chmod 444`, the
/// read-only attribute on Windows). Saving such a file is refused rather than replaced.
pub fn is_read_only_file(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.permissions().readonly())
}
