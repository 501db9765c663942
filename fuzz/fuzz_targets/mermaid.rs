//! Fuzzes the Mermaid journey importer: any bytes must give a project or one error, never
//! a panic; a project it builds is valid, and its export imports back and exports the same
//! text again, with nothing to note.
#![no_main]

use libfuzzer_sys::fuzz_target;
use waymark_core::interop::{mermaid, mermaid_import};

fuzz_target!(|data: &[u8]| {
    if let Ok(project) = mermaid_import::read_mermaid(data) {
        assert!(
            waymark_core::io::validate(&project).is_empty(),
            "an import is a valid project"
        );
        let text = mermaid::write_mermaid(&project, &project.maps[0]);
        let back = mermaid_import::read_mermaid(text.as_bytes()).expect("an export imports");
        let again = mermaid::write_mermaid_with_notes(&back, &back.maps[0]);
        assert_eq!(again.text, text, "export, import, export changes the text");
        assert!(
            again.notes.is_empty(),
            "an export reads back as itself: {:?}",
            again.notes
        );
    }
});
