//! Golden files: what the code produces now against a file committed in the repository
//! (the sample SVG and Mermaid, the bundled sample and templates in canonical form, the
//! published JSON schema), through `expect-test`. One way to bless them all:
//! `UPDATE_EXPECT=1 cargo test --workspace` rewrites each from what the code produces;
//! look at `git diff` (and at the pictures) before committing.

use std::path::PathBuf;

/// Checks `actual` against the golden file at `path`, from the repository's root (the one
/// root every golden file is named from).
pub fn assert_golden(path: &str, actual: &str) {
    let file = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(path);
    let file = std::path::absolute(&file).unwrap_or(file);
    expect_test::expect_file![file].assert_eq(actual);
}
