//! Other formats designers move maps through: a spreadsheet grid (CSV, both ways) and
//! Mermaid `journey` text (out). No window; used by the command line and the File menu.

pub mod csv;
pub mod mermaid;

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
