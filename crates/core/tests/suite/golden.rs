//! Golden files: what the code produces now against a file committed in the repository
//! (the sample SVG and Mermaid, the bundled sample and templates in canonical form, the
//! published JSON schema). One way to bless them all:
//! `WAYMARK_BLESS=1 cargo test --workspace` rewrites each from what the code produces;
//! look at `git diff` (and at pictures) before committing.

use std::path::PathBuf;

/// `path` from the repository's root.
fn repo_path(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(path)
}

/// Checks `actual` against the golden file at `path` (from the repository's root), or
/// rewrites the file when `WAYMARK_BLESS` is set.
pub fn assert_golden(path: &str, actual: &str) {
    let file = repo_path(path);
    if std::env::var_os("WAYMARK_BLESS").is_some() {
        if let Some(dir) = file.parent() {
            std::fs::create_dir_all(dir).expect("golden folder");
        }
        std::fs::write(&file, actual).expect("bless");
        return;
    }
    let golden = std::fs::read_to_string(&file).unwrap_or_else(|e| {
        panic!("{path}: {e} (WAYMARK_BLESS=1 cargo test --workspace writes it)")
    });
    assert!(
        golden == actual,
        "{path} differs from what the code produces now; look at the change, then \
         `WAYMARK_BLESS=1 cargo test --workspace` rewrites it"
    );
}
