//! Export: well-formed SVG for any text, the golden SVG of the sample, deterministic PNG.

use proptest::prelude::*;

use waymark_core::export::{self, Background, ExportOptions, Format};

use crate::support::sample;
use waymark_core::model::{Card, Project};

fn export(project: &Project, format: Format, scale: f32, background: Background) -> Vec<u8> {
    let options = ExportOptions {
        format,
        scale,
        background,
        ..ExportOptions::default()
    };
    export::export(
        project,
        &export::ExportRequest::image(&project.maps[0], &options),
    )
    .map(|e| e.bytes)
    .expect("exports")
}

#[test]
fn sample_svg_matches_the_golden_file() {
    let svg =
        String::from_utf8(export(&sample(), Format::Svg, 1.0, Background::White)).expect("utf-8");
    crate::golden::assert_golden("crates/core/tests/golden/sample.svg", &svg);
    let doc = roxmltree::Document::parse(&svg).expect("well-formed");
    // A viewer without Inter falls back to a sans-serif, not its default serif.
    assert_eq!(
        doc.root_element().attribute("font-family"),
        Some("Inter, sans-serif")
    );
    let texts: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .filter_map(|n| n.text())
        .collect();
    assert!(texts.contains(&"Awareness"));
    assert!(texts.contains(&"Customer actions"));
    assert!(svg.contains("<path d=\"M"), "the emotion curve is drawn");
}

/// Text SVG of a Japanese map names the Noto Sans CJK family the layout used and then the
/// same design under its Google Fonts name, so a designer's Inkscape, Figma or browser
/// with either draws the measured glyphs.
#[test]
fn japanese_svg_text_names_the_cjk_family_and_its_google_fonts_name() {
    let template = waymark_core::assets::template_in("healthcare", Some("ja")).expect("template");
    let project = waymark_core::io::load_bytes(template.as_bytes()).expect("loads");
    let svg =
        String::from_utf8(export(&project, Format::Svg, 1.0, Background::White)).expect("utf-8");
    let doc = roxmltree::Document::parse(&svg).expect("well-formed");
    let text = doc
        .descendants()
        .find(|n| n.has_tag_name("text") && n.text() == Some("患者の行動"))
        .expect("the lane's name as text");
    assert_eq!(
        text.attribute("font-family"),
        Some("'Noto Sans CJK JP', 'Noto Sans JP', 'Inter', sans-serif")
    );
}

#[test]
fn png_is_byte_identical_across_runs_and_scaled() {
    let project = sample();
    let one = export(&project, Format::Png, 2.0, Background::White);
    let two = export(&project, Format::Png, 2.0, Background::White);
    assert!(one == two, "PNG bytes differ between two runs");
    let image = image::load_from_memory(&one).expect("a PNG");
    let layout = waymark_core::layout::layout_map(
        &project,
        &project.maps[0],
        waymark_core::text::TextEngine::global(),
    );
    assert_eq!(image.width(), (layout.size.x * 2.0).ceil() as u32);
    assert_eq!(image.height(), (layout.size.y * 2.0).ceil() as u32);
    let small = image::load_from_memory(&export(&project, Format::Png, 1.0, Background::White))
        .expect("a PNG");
    assert_eq!(small.width() * 2, image.width());
}

#[test]
fn png_draws_text_with_the_bundled_font() {
    // A card title in the sample is set in dark ink: the pixels inside its line box must
    // not all be the card's fill, or resvg found no font and dropped the text.
    let project = sample();
    let layout = waymark_core::layout::layout_map(
        &project,
        &project.maps[0],
        waymark_core::text::TextEngine::global(),
    );
    let png = image::load_from_memory(&export(&project, Format::Png, 1.0, Background::White))
        .expect("png")
        .to_rgba8();
    let line = &layout.cards[0].title[0];
    let r = line.rect();
    let dark = (r.left() as u32..r.right() as u32)
        .flat_map(|x| (r.top() as u32..r.bottom() as u32).map(move |y| (x, y)))
        .filter(|&(x, y)| png.get_pixel(x, y).0[0] < 100)
        .count();
    assert!(
        dark > 20,
        "only {dark} dark pixels where {:?} should be",
        line.text
    );
}

#[test]
fn transparent_background_has_alpha_zero_outside_the_map() {
    let png = export(&sample(), Format::Png, 1.0, Background::Transparent);
    let image = image::load_from_memory(&png).expect("png").to_rgba8();
    assert_eq!(image.get_pixel(2, 2).0[3], 0);
    let white = image::load_from_memory(&export(&sample(), Format::Png, 1.0, Background::White))
        .expect("png")
        .to_rgba8();
    assert_eq!(white.get_pixel(2, 2).0, [255, 255, 255, 255]);
}

#[test]
fn absurd_scales_are_refused() {
    let project = sample();
    for scale in [0.0, -1.0, f32::NAN, 100.0] {
        let options = ExportOptions {
            format: Format::Png,
            scale,
            background: Background::White,
            ..ExportOptions::default()
        };
        assert!(
            export::export(
                &project,
                &export::ExportRequest::image(&project.maps[0], &options)
            )
            .map(|e| e.bytes)
            .is_err_and(|e| matches!(e, export::ExportError::BadScale(_))),
            "{scale}"
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn any_card_text_exports_to_well_formed_svg(
        title in prop_oneof![
            "\\PC{0,80}",
            Just("<script>alert('x')</script> & \"quotes\" 'single' ]]>".to_owned()),
            Just("emoji 🧺🛒👩‍👧 and \u{0}\u{1}\u{7}\u{1b}[31m control \u{fffe}\u{ffff}".to_owned()),
            any::<String>(),
        ],
        body in any::<String>(),
        tag in "[<>&\"' a-z\u{0}-\u{1f}]{0,12}",
    ) {
        let mut project = sample();
        let map = &mut project.maps[0];
        let (lane, stage) = (map.lanes[0].id.clone(), map.stages[0].id.clone());
        map.cards.insert(0, Card { id: "c-prop".into(), lane, stage, title: title.clone(), body, tags: vec![tag], ..Card::default() });
        project.title = title;
        let svg = String::from_utf8(export(&project, Format::Svg, 1.0, Background::White)).expect("utf-8");
        let parsed = roxmltree::Document::parse(&svg);
        prop_assert!(parsed.is_ok(), "{:?}", parsed.err());
        prop_assert!(!svg.contains("<script"));
    }
}

#[test]
fn the_persona_strip_and_legend_are_laid_out_and_exported_and_can_be_left_out() {
    use waymark_core::layout::{LayoutOptions, layout_map, layout_map_with};
    let project =
        waymark_core::io::load_bytes(waymark_core::assets::SAMPLE.as_bytes()).expect("sample");
    let map = &project.maps[0];
    let full = layout_map(&project, map, waymark_core::text::TextEngine::global());
    let strip = full.persona.as_ref().expect("a persona strip");
    assert!(strip.rect.bottom() < full.grid.top(), "above the grid");
    let words: Vec<&str> = strip.lines.iter().map(|(l, _)| &*l.text).collect();
    assert!(words.contains(&"Maya"), "{words:?}");
    assert!(words.contains(&"GOALS") && words.contains(&"FRUSTRATIONS"));
    let legend = full
        .legend
        .as_ref()
        .expect("a legend: the sample uses flags");
    assert!(legend.rect.top() > full.grid.bottom(), "below the grid");
    let chips: Vec<&str> = legend.chips.iter().map(|c| &*c.label.text).collect();
    assert!(chips.contains(&"Pain point") && chips.contains(&"observed") && chips.contains(&"Web"));
    assert!(full.size.y >= legend.rect.bottom());

    let svg = String::from_utf8(
        waymark_core::export::export(
            &project,
            &waymark_core::export::ExportRequest::image(
                map,
                &waymark_core::export::ExportOptions {
                    format: waymark_core::export::Format::Svg,
                    ..Default::default()
                },
            ),
        )
        .map(|e| e.bytes)
        .expect("svg"),
    )
    .expect("utf-8");
    assert!(svg.contains(">FRUSTRATIONS</text>") && svg.contains(">Evidence</text>"));

    let bare = layout_map_with(
        &project,
        map,
        waymark_core::text::TextEngine::global(),
        &LayoutOptions {
            persona_strip: false,
            legend: false,
            ..LayoutOptions::default()
        },
    );
    assert!(bare.persona.is_none() && bare.legend.is_none());
    assert!(bare.size.y < full.size.y);
}

fn export_with(project: &Project, options: ExportOptions) -> Vec<u8> {
    export::export(
        project,
        &export::ExportRequest::image(&project.maps[0], &options),
    )
    .map(|e| e.bytes)
    .expect("exports")
}

#[test]
fn the_pdf_is_one_page_of_the_map_size_checked_by_poppler() {
    let project = sample();
    let pdf = export_with(
        &project,
        ExportOptions {
            format: Format::Pdf,
            ..ExportOptions::default()
        },
    );
    assert!(pdf.starts_with(b"%PDF-"));
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("map.pdf");
    std::fs::write(&path, &pdf).expect("write");
    let out = std::process::Command::new("pdfinfo")
        .arg(&path)
        .output()
        .expect("pdfinfo runs (apt-get install poppler-utils; scripts/setup.sh does)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let info = String::from_utf8_lossy(&out.stdout);
    let layout = waymark_core::layout::layout_map(
        &project,
        &project.maps[0],
        waymark_core::text::TextEngine::global(),
    );
    assert!(info.contains("Pages:           1"), "{info}");
    let size = format!("Page size:       {} x {} pts", layout.size.x, layout.size.y);
    assert!(info.contains(&size), "{info} should have {size}");
    let text = std::process::Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(
        text.contains("Online grocery order") && text.contains("Awareness"),
        "text is text"
    );
    assert_eq!(
        pdf,
        export_with(
            &project,
            ExportOptions {
                format: Format::Pdf,
                ..ExportOptions::default()
            }
        ),
        "the same bytes every time"
    );
}

#[test]
fn outlined_text_leaves_no_text_elements_and_renders_the_same_geometry() {
    use waymark_core::export::TextMode;
    let project = sample();
    let outlined = String::from_utf8(export_with(
        &project,
        ExportOptions {
            format: Format::Svg,
            text: TextMode::Outlined,
            ..ExportOptions::default()
        },
    ))
    .expect("utf-8");
    assert!(!outlined.contains("<text"), "no <text> left");
    roxmltree::Document::parse(&outlined).expect("well-formed");
    let tree = resvg::usvg::Tree::from_str(&outlined, &resvg::usvg::Options::default())
        .expect("usvg reads it");
    let layout = waymark_core::layout::layout_map(
        &project,
        &project.maps[0],
        waymark_core::text::TextEngine::global(),
    );
    assert_eq!(
        (tree.size().width(), tree.size().height()),
        (layout.size.x, layout.size.y)
    );

    let pdf = export_with(
        &project,
        ExportOptions {
            format: Format::Pdf,
            text: TextMode::Outlined,
            ..ExportOptions::default()
        },
    );
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("outlined.pdf");
    std::fs::write(&path, &pdf).expect("write");
    let fonts = std::process::Command::new("pdffonts")
        .arg(&path)
        .output()
        .expect("pdffonts runs");
    let listing = String::from_utf8_lossy(&fonts.stdout);
    assert_eq!(
        listing.lines().count(),
        2,
        "no fonts in an outlined PDF: {listing}"
    );
}

#[test]
fn a_png_render_reports_progress_and_can_be_cancelled() {
    use std::cell::RefCell;
    let project = waymark_core::generate::generate(2, 40, 40, 3);
    let map = &project.maps[0];
    let options = ExportOptions {
        scale: 2.0,
        ..ExportOptions::default()
    };
    let seen = RefCell::new(Vec::new());
    let bytes = export::export(
        &project,
        &export::ExportRequest::image(map, &options).progress(&|f| {
            seen.borrow_mut().push(f);
            true
        }),
    )
    .map(|e| e.bytes)
    .expect("exports");
    let seen = seen.into_inner();
    assert!(
        seen.len() > 2,
        "progress is reported band by band: {seen:?}"
    );
    assert!(seen.windows(2).all(|w| w[0] <= w[1]) && seen.last() == Some(&1.0));
    assert_eq!(
        bytes,
        export::export(&project, &export::ExportRequest::image(map, &options))
            .map(|e| e.bytes)
            .expect("again"),
        "bands give the same pixels"
    );
    let cancelled = export::export(
        &project,
        &export::ExportRequest::image(map, &options).progress(&|f| f < 0.3),
    )
    .map(|e| e.bytes);
    assert!(matches!(cancelled, Err(export::ExportError::Cancelled)));
}

#[test]
fn the_visible_area_and_a_stage_range_export_just_that_part() {
    let project = sample();
    let full = waymark_core::layout::layout_map(
        &project,
        &project.maps[0],
        waymark_core::text::TextEngine::global(),
    );
    let area = emath::Rect::from_min_size(emath::pos2(200.0, 300.0), emath::vec2(500.0, 400.0));
    let png = export_with(
        &project,
        ExportOptions {
            area: Some(area),
            ..ExportOptions::default()
        },
    );
    let picture = image::load_from_memory(&png).expect("png").to_rgba8();
    assert_eq!(picture.dimensions(), (500, 400));
    let svg = String::from_utf8(export_with(
        &project,
        ExportOptions {
            format: Format::Svg,
            area: Some(area),
            ..ExportOptions::default()
        },
    ))
    .expect("utf-8");
    assert!(svg.contains("viewBox=\"0 0 500 400\""));
    assert!(
        !svg.contains(">Online grocery order</text>"),
        "the title lies outside the area"
    );

    let two = export_with(
        &project,
        ExportOptions {
            format: Format::Svg,
            stages: Some((1, 2)),
            ..ExportOptions::default()
        },
    );
    let two = String::from_utf8(two).expect("utf-8");
    assert!(two.contains(">Consideration</text>") && two.contains(">Purchase</text>"));
    assert!(!two.contains(">Awareness</text>") && !two.contains(">Retention</text>"));
    assert!(
        !two.contains("Sees a friend"),
        "cards of other stages are left out"
    );
    let width = full.size.x - 3.0 * waymark_core::layout::metrics::STAGE_WIDTH;
    assert!(
        two.contains(&format!("width=\"{width}\"")),
        "three stages narrower"
    );
}

#[test]
fn exports_refer_to_nothing_outside_themselves() {
    let project = sample();
    for text in [
        waymark_core::export::TextMode::Text,
        waymark_core::export::TextMode::Outlined,
    ] {
        let svg = String::from_utf8(export_with(
            &project,
            ExportOptions {
                format: Format::Svg,
                text,
                ..ExportOptions::default()
            },
        ))
        .expect("utf-8");
        for needle in ["http:", "https:", "file:", "url(", "@import", "@font-face"] {
            let outside = svg.match_indices(needle).any(|(i, _)| {
                !svg[..i].ends_with("xmlns=\"") && !svg[..i].ends_with("xmlns:xlink=\"")
            });
            assert!(!outside, "{needle} in the SVG");
        }
    }
}

#[test]
fn the_png_puts_every_card_where_the_layout_says() {
    use waymark_core::layout::CardLook;
    let project = sample();
    let layout = waymark_core::layout::layout_map(
        &project,
        &project.maps[0],
        waymark_core::text::TextEngine::global(),
    );
    let png = export_with(&project, ExportOptions::default());
    let picture = image::load_from_memory(&png).expect("png").to_rgba8();
    assert_eq!(
        picture.dimensions(),
        (layout.size.x as u32, layout.size.y as u32)
    );
    let mut checked = 0;
    for card in layout.cards.iter().filter(|c| c.look == CardLook::Card) {
        let fill = [card.fill.r, card.fill.g, card.fill.b];
        let at = |x: f32, y: f32| {
            let p = picture.get_pixel(x as u32, y as u32).0;
            [p[0], p[1], p[2]]
        };
        let close = |a: [u8; 3], b: [u8; 3]| a.iter().zip(b).all(|(x, y)| x.abs_diff(y) <= 6);
        let inside = at(card.rect.left() + 4.0, card.rect.center().y);
        assert!(
            close(inside, fill),
            "card {} at {:?}: {inside:?} is not its fill {fill:?}",
            card.card,
            card.rect
        );
        let outside = at(card.rect.left() - 4.0, card.rect.center().y);
        assert!(
            !close(outside, fill),
            "card {} starts where the layout says",
            card.card
        );
        checked += 1;
    }
    assert!(checked > 30);
}
