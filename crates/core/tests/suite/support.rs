//! What the core's tests share: the bundled sample project.

use waymark_core::model::Project;
use waymark_core::{assets, io};

/// The bundled sample project ("Online grocery order").
pub fn sample() -> Project {
    io::load_bytes(assets::SAMPLE.as_bytes()).expect("the sample loads")
}
