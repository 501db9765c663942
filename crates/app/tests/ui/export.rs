//! The Export dialog: its preview, what it says a deck will hold, and copying a picture.

use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable as _;

use super::{copied_image, harness, project};

#[test]
fn the_export_dialog_previews_and_copies_the_map_as_an_image() {
    let mut h = harness();
    h.key_press_modifiers(Modifiers::COMMAND, Key::E);
    h.run_steps(2);
    for _ in 0..300 {
        if h.query_by_label("Export preview").is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
        h.step();
    }
    assert!(
        h.query_by_label("Export preview").is_some(),
        "a preview is shown"
    );
    h.get_by_label("Format PDF").click();
    h.run_steps(2);
    assert!(
        h.query_by_label("Text as outlines").is_some(),
        "PDF offers outlined text"
    );
    assert!(
        h.query_by_label("Copy image").is_none(),
        "a PDF is not offered to the clipboard"
    );
    // A deck says how many slides it makes: the same number the deck has.
    h.get_by_label("Format PPTX").click();
    let deck = waymark::export::pptx::write_project(
        project(&h),
        &waymark::export::ExportOptions {
            pages: Some(waymark::export::pptx::SLIDES),
            ..Default::default()
        },
        &|_| true,
    )
    .expect("a deck");
    let slides = (1..)
        .take_while(|n| {
            let name = format!("ppt/slides/slide{n}.xml");
            zip::ZipArchive::new(std::io::Cursor::new(&deck.bytes))
                .is_ok_and(|mut z| z.by_name(&name).is_ok())
        })
        .count();
    let said = format!("{slides} slides, the title slide included");
    for _ in 0..300 {
        h.step();
        // A label's text is its accessible value.
        if h.query_all_by(|n| n.value().is_some_and(|l| l.starts_with(&said)))
            .next()
            .is_some()
        {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    assert!(
        h.query_all_by(|n| n.value().is_some_and(|l| l.starts_with(&said)))
            .next()
            .is_some(),
        "the dialog says {said}"
    );
    h.get_by_label("Format PNG").click();
    h.run_steps(2);
    h.get_by_label("Copy image").click();
    let copied = copied_image(&mut h);
    let size = copied.expect("the map went to the clipboard as an image");
    let layout = waymark::layout::layout_map(
        project(&h),
        &project(&h).maps[0],
        waymark::text::TextEngine::global(),
    );
    assert_eq!(
        size,
        [
            (layout.size.x * 2.0) as usize,
            (layout.size.y * 2.0) as usize
        ],
        "at the dialog's 2× scale"
    );
}
