//! What the core's tests share: the bundled sample project, a map exported in a format,
//! a deck's slides and a PDF's text.

use waymark_core::model::Project;
use waymark_core::{assets, io};

/// The bundled sample project ("Online grocery order").
pub fn sample() -> Project {
    io::load_bytes(assets::SAMPLE.as_bytes()).expect("the sample loads")
}

/// `map` of `project` exported as `kind` (images in `format`), on A4 landscape pages
/// when `paged`.
pub fn export_map(
    project: &Project,
    map: &waymark_core::model::JourneyMap,
    kind: waymark_core::export::ExportKind,
    format: waymark_core::export::Format,
    paged: bool,
) -> Vec<u8> {
    use waymark_core::export::{self, ExportOptions, PageSetup, PageSize};
    let options = ExportOptions {
        format,
        pages: paged.then_some(PageSetup {
            size: PageSize::A4,
            portrait: false,
            fit: false,
        }),
        ..ExportOptions::default()
    };
    export::export(project, &export::ExportRequest::new(kind, map, options))
        .expect("exports")
        .bytes
}

/// Every slide's XML of a deck, one after another.
pub fn pptx_slides(pptx: &[u8]) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(pptx)).expect("a zip");
    let mut all = String::new();
    for i in 0..zip.len() {
        let mut file = zip.by_index(i).expect("entry");
        if file.name().expect("name").starts_with("ppt/slides/slide") {
            std::io::Read::read_to_string(&mut file, &mut all).expect("xml");
        }
    }
    all
}

/// The text of a PDF as `pdftotext` (poppler-utils, which scripts/setup.sh installs)
/// reads it.
pub fn pdf_text(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("m.pdf");
    std::fs::write(&file, pdf).expect("write");
    let out = std::process::Command::new("pdftotext")
        .arg(&file)
        .arg("-")
        .output()
        .expect("pdftotext");
    String::from_utf8_lossy(&out.stdout).into_owned()
}
