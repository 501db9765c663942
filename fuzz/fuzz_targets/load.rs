//! Fuzzes the project loader: any bytes must give a project or an error, never a panic,
//! and a project that loads must save and load back to itself.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(project) = waymark_core::io::load_bytes(data) {
        let bytes = waymark_core::io::to_bytes(&project).expect("a loaded project saves");
        let back = waymark_core::io::load_bytes(&bytes).expect("a saved project loads");
        assert_eq!(back, project, "save then load changes the project");
    }
    let _ = waymark_core::io::open_bytes(data);
});
