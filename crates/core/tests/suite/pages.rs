//! Paged output: the page plan (legible text, stage boundaries, every card on exactly
//! one page), the paged PDF checked by poppler, and hostile text in the PPTX and HTML.

use std::io::Read as _;

use waymark_core::export::{
    self, ExportKind, ExportOptions, Format, PageKind, PageSetup, PageSize,
};

use crate::support::sample;
use waymark_core::layout::scene::Prim;
use waymark_core::model::Project;

fn a4() -> PageSetup {
    PageSetup {
        size: PageSize::A4,
        portrait: false,
        fit: false,
    }
}

#[test]
fn a_twelve_stage_map_on_a4_splits_at_stage_boundaries_with_legible_text() {
    let project = waymark_core::generate::generate(12, 6, 120, 7);
    let map = &project.maps[0];
    let plan = export::plan_pages(&project, map, a4());
    assert!(plan.pages.len() >= 2, "{plan:?}");
    assert!(plan.legible(), "card text at {} pt", plan.body_text_pt());
    // Every card's cell is on exactly one page, and the stages run in order.
    for card in &map.cards {
        let stage = map
            .stages
            .iter()
            .position(|s| s.id == card.stage)
            .expect("stage");
        let lane = map
            .lanes
            .iter()
            .position(|l| l.id == card.lane)
            .expect("lane");
        let on = plan
            .map_pages()
            .filter(|p| {
                (p.stages.0..=p.stages.1).contains(&stage)
                    && (p.lanes.0..=p.lanes.1).contains(&lane)
            })
            .count();
        assert_eq!(on, 1, "card {} is on {on} pages", card.id);
    }
    // No card is cut: every card drawn on a page lies wholly inside the page.
    for (i, scene) in export::page_scenes(&project, map, &plan).iter().enumerate() {
        assert_eq!(scene.size, emath::vec2(842.0, 595.0));
        if plan.pages[i].kind != PageKind::Map {
            continue;
        }
        for prim in &scene.content {
            let b = prim.bounds();
            assert!(
                b.min.x >= 0.0 && b.min.y >= 0.0 && b.max.x <= 842.0 && b.max.y <= 595.0,
                "page {i}: {b:?} leaves the page"
            );
        }
        let texts: Vec<String> = scene
            .all()
            .filter_map(|p| match p {
                Prim::Text { line, .. } => Some(line.text.to_string()),
                _ => None,
            })
            .collect();
        // Stages keep their colours on every page (the accent of stage 7 is stage 7's).
        let first = plan.pages[i].stages.0;
        let accent = waymark_core::palette::stage_accent(first, map.stages[first].color);
        assert!(
            scene
                .stage_headers
                .iter()
                .any(|p| matches!(p, Prim::Rect { fill: Some(f), .. } if *f == accent)),
            "page {i} draws stage {first} in its own accent"
        );
        let number = format!("{} / {}", i + 1, plan.pages.len());
        assert!(texts.contains(&number), "page {i} has its number");
        assert!(
            texts.iter().any(|t| t == &project.title),
            "page {i} repeats the title"
        );
        for lane in &map.lanes[plan.pages[i].lanes.0..=plan.pages[i].lanes.1] {
            assert!(
                texts.iter().any(|t| t.starts_with(lane.name.as_str())),
                "page {i} names lane {}",
                lane.name
            );
        }
    }
}

#[test]
fn the_paged_pdf_has_a4_pages_checked_by_poppler() {
    let project = waymark_core::generate::generate(12, 6, 120, 7);
    let options = ExportOptions {
        format: Format::Pdf,
        pages: Some(a4()),
        ..ExportOptions::default()
    };
    let pdf = export::export(
        &project,
        &export::ExportRequest::image(&project.maps[0], &options),
    )
    .map(|e| e.bytes)
    .expect("exports");
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("pages.pdf");
    std::fs::write(&path, &pdf).expect("write");
    let out = std::process::Command::new("pdfinfo")
        .arg(&path)
        .output()
        .expect("pdfinfo runs (apt-get install poppler-utils; scripts/setup.sh does)");
    let info = String::from_utf8_lossy(&out.stdout);
    let pages: usize = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("a page count");
    assert!(pages >= 2, "{info}");
    assert!(info.contains("Page size:       842 x 595 pts"), "{info}");
    let text = std::process::Command::new("pdftotext")
        .args(["-f", "2", "-l", "2"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains(&format!("2 / {pages}")), "{text}");
}

#[test]
fn fit_puts_the_whole_map_on_one_portrait_page() {
    let project = sample();
    let setup = PageSetup {
        size: PageSize::A3,
        portrait: true,
        fit: true,
    };
    let plan = export::plan_pages(&project, &project.maps[0], setup);
    assert_eq!(plan.pages.len(), 1);
    assert_eq!(plan.page, emath::vec2(842.0, 1191.0));
}

fn hostile() -> Project {
    let mut project = sample();
    let evil = "</script><img src=x onerror=alert(1)> & \"q\" ']]> \u{7}";
    project.title = evil.to_owned();
    let map = &mut project.maps[0];
    map.name = evil.to_owned();
    map.cards[0].title = evil.to_owned();
    map.cards[0].body = evil.to_owned();
    map.stages[0].name = evil.to_owned();
    project
}

#[test]
fn hostile_text_is_escaped_in_every_part_of_the_pptx() {
    let project = hostile();
    let bytes = export::export(
        &project,
        &export::ExportRequest::new(ExportKind::Pptx, &project.maps[0], ExportOptions::default()),
    )
    .map(|e| e.bytes)
    .expect("exports");
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip");
    let mut xml_parts = 0;
    for i in 0..zip.len() {
        let mut file = zip.by_index(i).expect("entry");
        let name = file.name().map(|n| n.to_string()).unwrap_or_default();
        if !name.ends_with(".xml") && !name.ends_with(".rels") {
            continue;
        }
        let mut text = String::new();
        file.read_to_string(&mut text).expect("utf-8 XML");
        assert!(!text.contains("<img"), "{name} holds raw markup");
        assert!(!text.contains('\u{7}'), "{name} holds a control character");
        let doc = roxmltree::Document::parse(&text);
        assert!(doc.is_ok(), "{name} is not well-formed XML: {doc:?}");
        xml_parts += 1;
    }
    assert!(xml_parts > 10);
    // The hostile title is slide text, escaped, not a picture.
    let mut slide = String::new();
    zip.by_name("ppt/slides/slide2.xml")
        .expect("a map slide")
        .read_to_string(&mut slide)
        .expect("XML");
    assert!(slide.contains("&lt;/script&gt;&lt;img"), "{slide}");
}

#[test]
fn the_html_escapes_hostile_text_and_refers_to_nothing_outside() {
    let project = hostile();
    let bytes = export::export(
        &project,
        &export::ExportRequest::new(ExportKind::Html, &project.maps[0], ExportOptions::default()),
    )
    .map(|e| e.bytes)
    .expect("exports");
    let html = String::from_utf8(bytes).expect("utf-8");
    assert!(!html.contains("<img"), "raw markup in the page");
    assert_eq!(
        html.matches("</script>").count(),
        2,
        "only the page's own scripts close"
    );
    for outside in [
        "http:", "https:", "//cdn", "src=\"", "url(", "@import", "<link",
    ] {
        assert!(
            !html.contains(outside),
            "the page refers outside: {outside}"
        );
    }
    assert!(html.contains("&lt;/script&gt;&lt;img"));
}
