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

/// `base`, or `base-2`, `base-3`… whichever is not yet `taken`; records it as taken.
pub(crate) fn unique(base: &str, taken: &mut std::collections::HashSet<String>) -> String {
    let base = if base.is_empty() { "x" } else { base };
    let mut candidate = base.to_owned();
    let mut n = 2;
    while taken.contains(&candidate) {
        candidate = format!("{base}-{n}");
        n += 1;
    }
    taken.insert(candidate.clone());
    candidate
}
