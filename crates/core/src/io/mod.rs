//! The project file format (DESIGN.md §3): load = bytes → check `format`/`version` →
//! migrate the raw JSON → typed [`Project`] → validate; save = pretty JSON with a stable
//! key order, written atomically.

mod channels;
mod error;
mod migrate;
mod read;
mod save;
mod schema;
mod validate;

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::model::Project;

pub use channels::{broken_channels, unknown_icons};
pub use error::{LoadError, Problem, SaveError, megabytes};
pub use read::{ReadError, is_read_only_file, read_bounded};
pub use save::{save_path, to_bytes, write_atomic};
pub use schema::schema_json;
pub use validate::{MAX_NAME_CHARS, MAX_TEXT_CHARS, broken_map_links, hidden_cards, validate};

/// The value of the `format` key in every project file.
pub const FORMAT_NAME: &str = "waymark";
/// The format version this build writes, and the newest it reads.
pub const CURRENT_VERSION: u64 = 2;
/// The extension of project files (`plan.waymark`). Inside is the same JSON that earlier
/// versions saved as `.json`; such files still open, and save back where they are.
pub const EXTENSION: &str = "waymark";
/// The extension project files had before [`EXTENSION`].
pub const LEGACY_EXTENSION: &str = "json";
/// The MIME type of project files, as the desktop package declares it (shared-mime-info),
/// a sub-class of `application/json`.
pub const MIME_TYPE: &str = "application/x-waymark";

/// Whether `path` is named like a project file: `.waymark`, or `.json` from earlier versions.
pub fn is_project_path(path: &Path) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
        e.eq_ignore_ascii_case(EXTENSION) || e.eq_ignore_ascii_case(LEGACY_EXTENSION)
    })
}

/// `path` with `.waymark` appended unless it already ends in `.waymark` or `.json` (a name
/// typed into a Save As dialog without it, or with a dot of its own: `Journey v1.2`).
pub fn with_project_extension(path: PathBuf) -> PathBuf {
    if is_project_path(&path) {
        return path;
    }
    let mut name = path.into_os_string();
    name.push(".");
    name.push(EXTENSION);
    PathBuf::from(name)
}

/// The largest project file accepted.
pub const MAX_FILE_BYTES: u64 = 256_000_000;
/// The longest single string accepted (embedded images are the long ones).
pub const MAX_STRING_BYTES: usize = 16_000_000;
/// The most JSON values (numbers, strings, lists, objects) a project file may hold: a
/// 20,000-card project holds about 300,000, and ten million read as raw JSON take about
/// 600 MB (issue 30's audit: 40 million numbers in an unknown field took 2.5 GB).
pub const MAX_JSON_VALUES: usize = 10_000_000;

/// Reads and loads a project file.
pub fn load_path(path: &Path) -> Result<Project, LoadError> {
    load_bytes(&read_limited(path)?)
}

/// Loads a project from the bytes of a file. A file from a newer format version is an
/// error here; the editor uses [`open_bytes`] to show such a file read-only.
pub fn load_bytes(bytes: &[u8]) -> Result<Project, LoadError> {
    load(bytes, false).map(|opened| opened.project)
}

/// A project opened for the editor.
#[derive(Debug)]
pub struct Opened {
    /// The project, migrated to the current version.
    pub project: Project,
    /// Set when the file comes from a newer Waymark: its format version. Such a project is
    /// read as far as this version understands it (unknown fields are kept) and must only
    /// be saved under a new name.
    pub newer_version: Option<u64>,
    /// [`content_hash`] of the bytes, to notice later changes to the file on disk.
    pub hash: u64,
    /// Set when the file's permissions forbid writing it (`chmod 444`): the editor shows
    /// it read-only and Save asks for a new name.
    pub read_only_file: bool,
}

/// Like [`load_bytes`], but a file from a newer format version opens too, marked with
/// [`Opened::newer_version`], when this version can read it.
pub fn open_bytes(bytes: &[u8]) -> Result<Opened, LoadError> {
    load(bytes, true)
}

/// Reads and opens a project file for the editor (see [`open_bytes`]), noting whether the
/// file is read-only.
pub fn open_path(path: &Path) -> Result<Opened, LoadError> {
    let mut opened = open_bytes(&read_limited(path)?)?;
    opened.read_only_file = is_read_only_file(path);
    Ok(opened)
}

/// A fingerprint of file contents (64-bit FNV-1a), stable across runs and builds.
pub fn content_hash(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// Reads a file of at most [`MAX_FILE_BYTES`]; a larger one is refused with its true size
/// before it is read (and at most [`MAX_FILE_BYTES`] + 1 bytes are ever read), and so is
/// anything but a regular file (see [`read_bounded`]).
pub fn read_limited(path: &Path) -> Result<Vec<u8>, LoadError> {
    read_bounded(path, MAX_FILE_BYTES).map_err(LoadError::from)
}

fn load(bytes: &[u8], allow_newer: bool) -> Result<Opened, LoadError> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            bytes: bytes.len() as u64,
            limit: MAX_FILE_BYTES,
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|e| LoadError::NotUtf8 {
        offset: e.valid_up_to(),
    })?;
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    // Each value but the first takes a byte of its own (`,`, `[` or `{`), so a file of
    // fewer bytes than the limit cannot be over it: only larger files are counted.
    let values = if text.len() < MAX_JSON_VALUES {
        0
    } else {
        json_values(text.as_bytes(), MAX_JSON_VALUES)
    };
    if values > MAX_JSON_VALUES {
        return Err(LoadError::TooManyValues {
            values,
            limit: MAX_JSON_VALUES,
        });
    }
    // Fast path: a current-version file no larger than one string may be is read straight
    // into the types. Anything else goes through the raw JSON (size checks, migrations).
    if !text.trim_start().starts_with('{') {
        let _: Value = serde_json::from_str(text).map_err(|e| json_error(e, text))?;
        return Err(LoadError::NotWaymark(
            "the top level is not a JSON object".to_owned(),
        ));
    }
    let header: Header = serde_json::from_str(text).map_err(|e| json_error(e, text))?;
    let version = check_header(header.format, header.version)?;
    let newer_version = (version > CURRENT_VERSION).then_some(version);
    if newer_version.is_some() && !allow_newer {
        return Err(LoadError::NewerVersion {
            found: version,
            supported: CURRENT_VERSION,
        });
    }
    let project = if version == CURRENT_VERSION && text.len() <= MAX_STRING_BYTES {
        // Read without tracking paths; only a file that fails is read again to say where.
        let mut project: Project = match serde_json::from_str(text) {
            Ok(project) => project,
            Err(_) => {
                let mut de = serde_json::Deserializer::from_str(text);
                serde_path_to_error::deserialize(&mut de).map_err(|e| shape_error(e, text))?
            }
        };
        project.extra.remove("format");
        project.extra.remove("version");
        project
    } else {
        let mut raw: Value = serde_json::from_str(text).map_err(|e| json_error(e, text))?;
        check_string_sizes(&raw, &mut String::from("$"))?;
        if let Some(object) = raw.as_object_mut() {
            object.remove("format");
            object.remove("version");
        }
        if newer_version.is_none() {
            migrate::to_current(&mut raw, version)?;
        }
        serde_path_to_error::deserialize(raw).map_err(|e| {
            // What a newer version changed is not this version's to explain.
            if newer_version.is_some() {
                LoadError::NewerVersion {
                    found: version,
                    supported: CURRENT_VERSION,
                }
            } else {
                shape_error(e, text)
            }
        })?
    };
    let problems = validate(&project);
    if !problems.is_empty() {
        return Err(match newer_version {
            Some(found) => LoadError::NewerVersion {
                found,
                supported: CURRENT_VERSION,
            },
            None => LoadError::Invalid(problems),
        });
    }
    Ok(Opened {
        project,
        newer_version,
        hash: content_hash(bytes),
        read_only_file: false,
    })
}

fn json_error(error: serde_json::Error, text: &str) -> LoadError {
    let (line, column) = (error.line(), error.column());
    if error.classify() == serde_json::error::Category::Eof {
        if text.trim().is_empty() {
            return LoadError::Empty;
        }
        return LoadError::Truncated { line, column };
    }
    let message = error.to_string();
    if message.starts_with("recursion limit exceeded") {
        return LoadError::TooDeep { line, column };
    }
    let mut message = message
        .rsplit_once(" at line ")
        .map_or(message.as_str(), |(head, _)| head)
        .to_owned();
    if message.contains("surrogate") || message.contains("end of hex escape") {
        message = surrogate_message(text, line, column).unwrap_or(message);
    }
    LoadError::Json {
        line,
        column,
        message,
    }
}

/// What is wrong with the `\u` escape that ends at or just before (`line`, `column`):
/// serde_json calls a lone trailing surrogate (`\udc00`) a "leading" one.
fn surrogate_message(text: &str, line: usize, column: usize) -> Option<String> {
    let line_text = text.lines().nth(line.checked_sub(1)?)?;
    // serde_json counts columns in bytes and stops on the escape's last digit.
    let mut end = (column + 1).min(line_text.len());
    while !line_text.is_char_boundary(end) {
        end -= 1;
    }
    // The last two escapes up to the error, last first.
    let mut escapes = Vec::new();
    let mut rest = &line_text[..end];
    while escapes.len() < 2
        && let Some(at) = rest.rfind("\\u")
    {
        let hex = line_text.get(at + 2..at + 6)?;
        escapes.push(u16::from_str_radix(hex, 16).ok()?);
        rest = &rest[..at];
    }
    let hex = |n: u16| format!("\\u{n:04x}");
    match escapes.as_slice() {
        [last, before, ..] if (0xD800..0xDC00).contains(before) => Some(format!(
            "the leading surrogate {} is followed by {}, not by a trailing surrogate (\\udc00 to \\udfff)",
            hex(*before),
            hex(*last)
        )),
        [last, ..] if (0xDC00..0xE000).contains(last) => Some(format!(
            "lone trailing surrogate {} (it must follow a leading surrogate, \\ud800 to \\udbff)",
            hex(*last)
        )),
        [last, ..] if (0xD800..0xDC00).contains(last) => Some(format!(
            "lone leading surrogate {} (it must be followed by a trailing surrogate, \\udc00 to \\udfff)",
            hex(*last)
        )),
        _ => None,
    }
}

/// Just the two keys every project file starts with; the rest is skipped.
#[derive(serde::Deserialize)]
struct Header {
    format: Option<Value>,
    version: Option<Value>,
}

fn shape_error(e: serde_path_to_error::Error<serde_json::Error>, text: &str) -> LoadError {
    let inner = e.inner();
    if matches!(
        inner.classify(),
        serde_json::error::Category::Eof | serde_json::error::Category::Syntax
    ) || inner.to_string().starts_with("recursion limit exceeded")
    {
        return json_error(e.into_inner(), text);
    }
    LoadError::Shape {
        path: e.path().to_string(),
        message: e.into_inner().to_string(),
    }
}

/// Checks `format` and reads `version`.
fn check_header(format: Option<Value>, version: Option<Value>) -> Result<u64, LoadError> {
    match format {
        Some(Value::String(name)) if name == FORMAT_NAME => {}
        Some(other) => {
            return Err(LoadError::NotWaymark(format!(
                "\"format\" is {other}, expected \"{FORMAT_NAME}\""
            )));
        }
        None => {
            return Err(LoadError::NotWaymark(format!(
                "there is no \"format\": \"{FORMAT_NAME}\" key"
            )));
        }
    }
    let version = match version {
        Some(Value::Number(n)) => crate::model::whole_number(&n)
            .and_then(|v| u64::try_from(v).ok())
            .filter(|v| *v >= 1)
            .ok_or_else(|| {
                LoadError::NotWaymark(format!(
                    "\"version\" is {n}, expected a whole number from 1"
                ))
            })?,
        Some(other) => {
            return Err(LoadError::NotWaymark(format!(
                "\"version\" is {other}, expected a whole number"
            )));
        }
        None => {
            return Err(LoadError::NotWaymark(
                "there is no \"version\" key".to_owned(),
            ));
        }
    };
    Ok(version)
}

/// An upper bound on the JSON values in `bytes` (one more than the commas, `[` and `{`
/// outside strings), counted without parsing and stopping once over `limit`.
fn json_values(bytes: &[u8], limit: usize) -> usize {
    let (mut count, mut in_string, mut escaped) = (1usize, false, false);
    for &b in bytes {
        if in_string {
            match (escaped, b) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
        } else {
            match b {
                b'"' => in_string = true,
                b',' | b'[' | b'{' => {
                    count += 1;
                    if count > limit {
                        return count;
                    }
                }
                _ => {}
            }
        }
    }
    count
}

/// Rejects any string over [`MAX_STRING_BYTES`], naming where it is.
fn check_string_sizes(value: &Value, path: &mut String) -> Result<(), LoadError> {
    match value {
        Value::String(s) if s.len() > MAX_STRING_BYTES => Err(LoadError::StringTooLong {
            path: path.clone(),
            bytes: s.len(),
            limit: MAX_STRING_BYTES,
        }),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                let len = path.len();
                path.push_str(&format!("[{i}]"));
                check_string_sizes(item, path)?;
                path.truncate(len);
            }
            Ok(())
        }
        Value::Object(map) => {
            for (key, item) in map {
                let len = path.len();
                path.push('.');
                path.push_str(key);
                check_string_sizes(item, path)?;
                path.truncate(len);
            }
            Ok(())
        }
        _ => Ok(()),
    }
}
