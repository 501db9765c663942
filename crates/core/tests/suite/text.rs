//! Text in every language, end to end: wrapping that fits the card in layout and PNG, and
//! PDF text that reads back exactly with its fonts embedded.
//!
//! These need the fonts `scripts/setup.sh` installs (Debian's fonts-noto-core,
//! fonts-noto-cjk, fonts-noto-color-emoji) and poppler-utils.

use std::process::Command;

use waymark_core::export::{self, Background, ExportOptions, Format, TextMode};
use waymark_core::io;
use waymark_core::layout::scene::{self, Prim};
use waymark_core::model::Project;
use waymark_core::text::TextEngine;

const FIXTURE: &str = "tests/fixtures/scripts.json";

fn scripts() -> Project {
    io::load_path(std::path::Path::new(FIXTURE)).expect("the scripts fixture loads")
}

/// The titles of the scripts fixture's single-line cards, one per script.
const TITLES: &[&str] = &[
    "会員登録が面倒だ",
    "比较三家店的配送费",
    "앱에서 장바구니 만들기",
    "يقارن رسوم التوصيل",
    "משווה דמי משלוח",
    "डिलीवरी शुल्क की तुलना",
    "เปรียบเทียบค่าจัดส่ง",
    "Συγκρίνει τα τέλη",
    "Сравнивает стоимость",
];

fn run(program: &str, args: &[&str]) -> String {
    let out = Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{program} runs (bash scripts/setup.sh installs it): {e}"));
    assert!(out.status.success(), "{program} {args:?} failed");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn a_long_japanese_title_wraps_inside_its_card_in_layout_and_png() {
    let project = scripts();
    let map = &project.maps[0];
    let layout = waymark_core::layout::layout_map(&project, map, TextEngine::global());
    let index = map
        .cards
        .iter()
        .position(|c| c.id.as_str() == "c-long")
        .expect("the long card");
    let card = layout
        .cards
        .iter()
        .find(|b| b.card == index)
        .expect("laid out");
    assert!(card.title.len() >= 3, "the title wraps onto several lines");
    let joined: String = card.title.iter().map(|l| &*l.text).collect();
    assert_eq!(joined, map.cards[index].title, "no character is lost");
    for line in &card.title {
        let r = line.rect();
        assert!(
            r.left() >= card.rect.left() && r.right() <= card.rect.right(),
            "{:?} ({r:?}) leaves its card {:?}",
            line.text,
            card.rect
        );
    }

    // The PNG: the pixels the card's text changes all lie inside the card.
    let full = scene::build(&layout);
    let mut without = full.clone();
    without.content.retain(|p| match p {
        Prim::Text { line, .. } => !card.title.iter().any(|t| t == line),
        _ => true,
    });
    assert!(without.content.len() < full.content.len());
    let render = |s: &scene::Scene| {
        let svg = export::write_svg(
            s,
            "t",
            Background::White,
            &Default::default(),
            TextMode::Outlined,
        );
        let png = export::render_png(&svg, 1.0).expect("renders");
        image::load_from_memory(&png).expect("png").into_rgba8()
    };
    let (a, b) = (render(&full), render(&without));
    let inside = card.rect.expand(0.5);
    let mut changed = 0;
    for (x, y, pixel) in a.enumerate_pixels() {
        if pixel != b.get_pixel(x, y) {
            changed += 1;
            let p = emath::pos2(x as f32 + 0.5, y as f32 + 0.5);
            assert!(
                inside.contains(p),
                "text ink at {p:?}, outside the card {:?}",
                card.rect
            );
        }
    }
    assert!(changed > 200, "the title drew ink ({changed} pixels)");
}

#[test]
fn pdf_text_reads_back_exactly_with_every_fallback_font_embedded() {
    let project = scripts();
    let options = ExportOptions {
        format: Format::Pdf,
        ..ExportOptions::default()
    };
    let pdf = export::export(
        &project,
        &export::ExportRequest::image(&project.maps[0], &options),
    )
    .map(|e| e.bytes)
    .expect("exports");
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("scripts.pdf");
    std::fs::write(&path, pdf).expect("write");
    let path = path.to_str().expect("utf-8 path");

    // pdftotext marks right-to-left runs with embedding controls; the text between them is
    // in logical order.
    let text: String = run("pdftotext", &[path, "-"])
        .chars()
        .filter(|c| !matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
        .collect();
    for title in TITLES {
        assert!(
            text.contains(title),
            "{title:?} is not in the PDF's text:\n{text}"
        );
    }
    // Colour emoji are Type 3 bitmap glyphs, which pdftotext's layout mode puts on a line
    // of their own; in content order (-raw) they follow the card's words.
    let raw = run("pdftotext", &["-raw", path, "-"]);
    assert!(raw.contains("Happy 😀"), "the emoji card's text:\n{raw}");
    for emoji in ["🛒", "👍🏽"] {
        assert!(raw.contains(emoji), "{emoji} is not in the PDF's text");
    }

    let fonts = run("pdffonts", &[path]);
    for family in [
        "Inter-SemiBold",
        "NotoSansCJKjp",
        "NotoSansCJKkr",
        "NotoSansArabic",
        "NotoSansHebrew",
        "NotoSansDevanagari",
        "NotoSansThai",
    ] {
        let line = fonts
            .lines()
            .find(|l| l.contains(family))
            .unwrap_or_else(|| panic!("{family} is not in the PDF:\n{fonts}"));
        let columns: Vec<&str> = line.split_whitespace().collect();
        let n = columns.len();
        assert_eq!(columns[n - 5], "yes", "{family} is embedded: {line}");
    }
}

#[test]
fn kanji_alone_takes_japanese_forms_in_a_japanese_project() {
    // "認知" has no kana of its own; the project's other text makes it Japanese.
    let project = scripts();
    let layout = waymark_core::layout::layout_map(&project, &project.maps[0], TextEngine::global());
    let line = layout
        .stages
        .iter()
        .flat_map(|s| &s.lines)
        .find(|l| &*l.text == "認知")
        .expect("the stage description");
    let families: Vec<String> = line
        .runs
        .iter()
        .filter_map(|r| waymark_core::text::face(r.font))
        .map(|f| f.family)
        .collect();
    assert_eq!(families, ["Noto Sans CJK JP"]);
}

/// A large map's first layout estimates the text it has not shaped (no glyphs, cards about
/// their real size); once the text is shaped the estimating layout is the real one.
#[test]
fn an_estimated_layout_places_every_card_about_where_the_shaped_one_does() {
    use waymark_core::layout::{layout_map, layout_map_estimated};
    let engine = TextEngine::new(true);
    let mut project = waymark_core::generate::generate(6, 5, 300, 41);
    // Every script, not only English: titles of the scripts fixture on a few cards.
    for (card, title) in project.maps[0].cards.iter_mut().zip(TITLES) {
        card.title = (*title).to_owned();
    }
    let map = &project.maps[0];
    let estimated = layout_map_estimated(&project, map, &engine);
    assert_eq!(estimated.cards.len(), map.cards.len());
    assert!(
        estimated
            .cards
            .iter()
            .flat_map(|c| c.title.iter().chain(&c.body))
            .all(|l| l.runs.is_empty()),
        "estimated lines are not drawn"
    );
    let shaped = layout_map(&project, map, &engine);
    assert!(
        shaped
            .cards
            .iter()
            .flat_map(|c| &c.title)
            .all(|l| !l.runs.is_empty())
    );
    let (a, b) = (estimated.size, shaped.size);
    assert!(
        (a.x - b.x).abs() / b.x < 0.05 && (a.y - b.y).abs() / b.y < 0.25,
        "estimated {a:?}, shaped {b:?}"
    );
    for (e, s) in estimated.cards.iter().zip(&shaped.cards) {
        assert_eq!(e.cell, s.cell);
        // An emotion point's caption goes where its measured text finds room.
        if e.look == waymark_core::layout::CardLook::EmotionPoint {
            continue;
        }
        assert!(
            (e.rect.height() - s.rect.height()).abs() <= 2.0 * 16.0,
            "card {}: {:?} against {:?}",
            e.card,
            e.rect,
            s.rect
        );
    }
    // Shaped once, the text is found again: nothing is estimated any more.
    assert_eq!(layout_map_estimated(&project, map, &engine), shaped);
}

/// The computer's fonts are looked for only when text needs them: an English map is
/// shaped with Inter alone (what it shaped stays the same afterwards), Japanese or Arabic
/// text loads them and is drawn with their glyphs.
#[test]
fn system_fonts_are_loaded_when_text_first_needs_them() {
    use waymark_core::fonts::FontStyle;
    let engine = TextEngine::new(true);
    let style = FontStyle::regular(12.0);
    let english = engine.wrap("Compares delivery fees", style, None, None, 200.0, 3);
    assert!(!engine.system_fonts_loaded());
    for text in ["会員登録が面倒だ", "يقارن رسوم التوصيل"] {
        let lines = engine.wrap(text, style, None, None, 200.0, 3);
        assert!(engine.system_fonts_loaded());
        assert!(
            lines[0].missing_chars().is_empty(),
            "{text}: {:?}",
            lines[0].missing_chars()
        );
    }
    engine.clear_cache();
    let again = engine.wrap("Compares delivery fees", style, None, None, 200.0, 3);
    assert_eq!(english, again);
}

/// Threads shape at once, each with its own shaping context: what they shape is what one
/// thread shapes, in every script, and a face is the same [`FontId`] whichever context
/// loaded it (so an export writes each glyph's outline once).
#[test]
fn text_shaped_on_several_threads_is_the_text_shaped_on_one() {
    use waymark_core::fonts::FontStyle;
    let style = FontStyle::regular(13.0);
    let texts: Vec<String> = (0..8)
        .flat_map(|i| TITLES.iter().map(move |t| format!("{t} {i}")))
        .collect();
    let shared = TextEngine::new(true);
    let many: Vec<Vec<_>> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..4)
            .map(|k| {
                let (shared, texts) = (&shared, &texts);
                scope.spawn(move || {
                    // Each thread in its own order, so that they shape at the same time.
                    let mut order: Vec<usize> = (0..texts.len()).collect();
                    order.rotate_left(k * texts.len() / 4);
                    let mut got = vec![None; texts.len()];
                    for i in order {
                        got[i] = Some(shared.wrap(&texts[i], style, None, None, 160.0, 4));
                    }
                    got.into_iter().flatten().collect::<Vec<_>>()
                })
            })
            .collect();
        workers
            .into_iter()
            .map(|w| w.join().expect("shapes"))
            .collect()
    });
    // The same engine shapes it all again on this thread alone.
    shared.clear_cache();
    let one: Vec<_> = texts
        .iter()
        .map(|t| shared.wrap(t, style, None, None, 160.0, 4))
        .collect();
    for got in many {
        for ((a, b), text) in got.iter().zip(&one).zip(&texts) {
            assert!(a == b, "{text}: shaped differently on several threads");
        }
    }
}
