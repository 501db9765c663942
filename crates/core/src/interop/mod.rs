//! Other formats designers move maps through: a spreadsheet grid (CSV, both ways),
//! Mermaid `journey` text (both ways) and metric values (CSV in). No window; used by the
//! command line and the File menu.

pub mod csv;
pub mod mermaid;
pub mod mermaid_import;
pub mod metrics_csv;

/// Why a file could not be imported as a project.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// A CSV grid that cannot be read.
    #[error(transparent)]
    Csv(#[from] csv::CsvError),
    /// Mermaid text that cannot be read.
    #[error(transparent)]
    Mermaid(#[from] mermaid_import::MermaidError),
    /// Neither `.csv` nor `.mmd`.
    #[error(
        "cannot tell what {0} holds: import reads a CSV grid (.csv) or a Mermaid journey (.mmd or .mermaid)"
    )]
    UnknownKind(String),
}

/// Builds a project from `path`, the format picked by its extension: `.csv` is a
/// spreadsheet grid, `.mmd` (or `.mermaid`) a Mermaid journey.
pub fn import_file(path: &std::path::Path) -> Result<crate::model::Project, ImportError> {
    import_file_with_notes(path).map(|done| done.project)
}

/// A project built from another format, with what the import could not take as written.
#[derive(Debug)]
pub struct Imported {
    /// The project.
    pub project: crate::model::Project,
    /// One line each (a Mermaid score clamped or not a number…).
    pub notes: Vec<mermaid_import::ImportNote>,
}

/// [`import_file`], with the import's notes.
pub fn import_file_with_notes(path: &std::path::Path) -> Result<Imported, ImportError> {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "csv" => Ok(Imported {
            project: csv::read_csv_file(path)?,
            notes: Vec::new(),
        }),
        "mmd" | "mermaid" => {
            let done = mermaid_import::read_mermaid_file_with_notes(path)?;
            Ok(Imported {
                project: done.project,
                notes: done.notes,
            })
        }
        _ => Err(ImportError::UnknownKind(path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        ))),
    }
}

/// A text-friendly id: lower case, dashes between words (`"Pain points"` → `pain-points`).
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out.chars().take(40).collect()
}

/// Ids given so far, and for each base the next number to try, so that a thousand stages
/// of one name cost a thousand steps, not a million.
#[derive(Default)]
pub(crate) struct Taken {
    ids: std::collections::HashSet<String>,
    next: std::collections::HashMap<String, usize>,
}

/// `base`, or `base-2`, `base-3`… whichever is not yet `taken`; records it as taken.
pub(crate) fn unique(base: &str, taken: &mut Taken) -> String {
    let base = if base.is_empty() { "x" } else { base };
    let mut candidate = base.to_owned();
    // Numbers below `next` are taken already: ids are only ever added.
    let n = taken.next.entry(base.to_owned()).or_insert(2);
    while taken.ids.contains(&candidate) {
        candidate = format!("{base}-{n}");
        *n += 1;
    }
    taken.ids.insert(candidate.clone());
    candidate
}
