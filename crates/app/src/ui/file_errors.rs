//! Why a project file did not open or could not be written, in the window's language:
//! each of the loader's reasons ([`crate::io::LoadError`]) and the saver's
//! ([`crate::io::SaveError`]) as a sentence of the window catalogue, the system's common
//! errors (missing, no permission, disk full, read-only disk) too, with numbers in the
//! window's way. What only the parser or the system can say beyond that is kept as it
//! is, as a detail.

use crate::io::{LoadError, SaveError};
use crate::ui::i18n::{arg, number, tr, tr_args};

/// `bytes` as megabytes, the window's way ("12.5 MB", "12,5 MB").
fn megabytes(bytes: u64) -> String {
    number(&format!("{:.1}", bytes as f64 / 1_000_000.0))
}

/// Why the file did not load, for "Cannot open FILE: …".
pub fn load_reason(error: &LoadError) -> String {
    let at = |line: usize, column: usize| {
        [
            ("line", arg(number(&line.to_string()))),
            ("column", arg(number(&column.to_string()))),
        ]
    };
    match error {
        LoadError::Read { source, .. } => match source.kind() {
            std::io::ErrorKind::NotFound => tr("load-not-found").to_owned(),
            std::io::ErrorKind::PermissionDenied => tr("load-permission").to_owned(),
            _ => source.to_string(),
        },
        LoadError::TooLarge { bytes, limit } => tr_args(
            "load-too-large",
            &[
                ("size", arg(megabytes(*bytes))),
                ("limit", arg(megabytes(*limit))),
            ],
        ),
        LoadError::NotUtf8 { .. } => tr("load-not-text").to_owned(),
        LoadError::Empty => tr("load-empty").to_owned(),
        LoadError::Truncated { line, column } => tr_args("load-truncated", &at(*line, *column)),
        LoadError::TooDeep { line, column } => tr_args("load-too-deep", &at(*line, *column)),
        LoadError::Json {
            line,
            column,
            message,
        } => {
            let [l, c] = at(*line, *column);
            tr_args("load-damaged", &[l, c, ("detail", arg(message))])
        }
        LoadError::NotWaymark(detail) => tr_args("load-not-waymark", &[("detail", arg(detail))]),
        LoadError::NewerVersion { found, supported } => tr_args(
            "load-newer",
            &[("found", arg(found)), ("supported", arg(supported))],
        ),
        LoadError::TooManyValues { .. } => tr("load-too-many-values").to_owned(),
        LoadError::StringTooLong {
            path, bytes, limit, ..
        } => tr_args(
            "load-text-too-long",
            &[
                ("where", arg(path)),
                ("size", arg(megabytes(*bytes as u64))),
                ("limit", arg(megabytes(*limit as u64))),
            ],
        ),
        // A value of the wrong kind, or a broken rule: the loader's own words name the
        // place and the rule exactly.
        LoadError::Shape { .. } | LoadError::Invalid(_) => {
            tr_args("load-invalid", &[("detail", arg(error))])
        }
    }
}

/// Why a file could not be written: "cannot save PATH: REASON" in the window's words.
pub fn save_reason(error: &SaveError) -> String {
    match error {
        SaveError::Write { path, source } => {
            let reason = match source.kind() {
                std::io::ErrorKind::NotFound => tr("save-no-folder").to_owned(),
                std::io::ErrorKind::PermissionDenied => tr("save-permission").to_owned(),
                std::io::ErrorKind::StorageFull => tr("save-disk-full").to_owned(),
                std::io::ErrorKind::ReadOnlyFilesystem => tr("save-read-only-disk").to_owned(),
                _ => source.to_string(),
            };
            tr_args(
                "save-cannot",
                &[("path", arg(path.display())), ("reason", arg(reason))],
            )
        }
        SaveError::ReadOnly { path } => {
            tr_args("save-read-only-file", &[("path", arg(path.display()))])
        }
        SaveError::NotAFile { path, .. } => {
            tr_args("save-not-a-file", &[("path", arg(path.display()))])
        }
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::{load_reason, save_reason};
    use crate::io::LoadError;
    use crate::ui::i18n::set_thread_language;

    #[test]
    fn a_damaged_or_newer_file_is_explained_in_the_windows_language() {
        let truncated = LoadError::Truncated {
            line: 12_045,
            column: 7,
        };
        let newer = LoadError::NewerVersion {
            found: 9,
            supported: 2,
        };
        let missing = LoadError::Read {
            path: "map.waymark".into(),
            source: std::io::Error::from(std::io::ErrorKind::NotFound),
        };
        set_thread_language("en");
        assert!(load_reason(&truncated).contains("line 12,045"));
        assert!(load_reason(&newer).contains("update Waymark"));
        set_thread_language("de");
        let de = load_reason(&truncated);
        assert!(de.contains("Zeile 12.045"), "{de}");
        assert!(
            load_reason(&missing).contains("nicht"),
            "{}",
            load_reason(&missing)
        );
        set_thread_language("ja");
        let ja = load_reason(&newer);
        assert!(ja.contains('9') && ja.contains("Waymark"), "{ja}");
        assert!(!ja.is_ascii(), "{ja}");
        set_thread_language("en");
    }

    #[test]
    fn a_failed_save_is_explained_in_the_windows_language() {
        let full = crate::io::SaveError::Write {
            path: "map.waymark".into(),
            source: std::io::Error::from(std::io::ErrorKind::StorageFull),
        };
        set_thread_language("en");
        assert_eq!(
            save_reason(&full),
            "cannot save map.waymark: the disk is full"
        );
        set_thread_language("de");
        assert!(
            save_reason(&full).contains("voll"),
            "{}",
            save_reason(&full)
        );
        set_thread_language("ja");
        assert!(
            save_reason(&full).contains("いっぱい"),
            "{}",
            save_reason(&full)
        );
        set_thread_language("en");
    }
}
