//! Fuzzes the CSV importer: any bytes must give a project or an error, never a panic; a
//! project it builds is valid, and its export reads back to the same grid.
#![no_main]

use libfuzzer_sys::fuzz_target;
use waymark_core::interop::csv;

fuzz_target!(|data: &[u8]| {
    if let Ok(project) = csv::read_csv(data, "fuzz") {
        assert!(
            waymark_core::io::validate(&project).is_empty(),
            "an import is a valid project"
        );
        let map = &project.maps[0];
        let exported = csv::write_csv(map).expect("an imported map exports");
        assert_eq!(exported.changed, None, "an imported grid exports exactly");
        let back = csv::read_csv(exported.text.as_bytes(), "fuzz").expect("an export imports");
        assert_eq!(back, project, "export then import changes the project");
    }
});
