//! Every language: the catalogues are complete, the map's labels follow the project's
//! `language` in every output, Japanese breaks between phrases, and quotes, lists,
//! numbers and dates are written the language's way.
//!
//! The PDF tests need poppler-utils and the CJK fonts `scripts/setup.sh` installs.

use std::collections::BTreeSet;
use std::process::Command;

use waymark_core::compare;
use waymark_core::export::{self, ExportOptions, Format};
use waymark_core::i18n::{Catalogue, FluentValue, LANGUAGES};
use waymark_core::io;
use waymark_core::layout::{LayoutOptions, NoteMarks};
use waymark_core::model::Project;
use waymark_core::text::TextEngine;

const OUTPATIENT: &str = "tests/fixtures/outpatient-ja.waymark";

fn outpatient() -> Project {
    io::load_path(std::path::Path::new(OUTPATIENT)).expect("the outpatient fixture loads")
}

/// The labels a map shows that every language must translate.
const MAP_LABELS: &[&str] = &[
    "strip-scenario",
    "strip-expectations",
    "strip-goals",
    "strip-needs",
    "strip-frustrations",
    "persona-quote",
    "flag-pain-point",
    "flag-opportunity",
    "flag-moment-of-truth",
    "legend-flags",
    "legend-evidence",
    "legend-channels",
    "evidence-observed",
    "evidence-reported",
    "evidence-assumed",
    "lane-kind-emotion",
    "lane-kind-channels",
    "lane-kind-metrics",
    "lane-kind-line",
    "metric-target",
    "metric-unit-seconds",
    "metric-unit-minutes",
    "metric-unit-hours",
    "metric-unit-days",
    "metric-lower-better",
    "legend-targets",
    "legend-target-hit",
    "legend-target-miss",
    "notes-heading",
    "page-footer",
    "csv-lane",
    "list-separator",
];

#[test]
fn japanese_and_german_have_every_message_of_english() {
    let english: BTreeSet<String> = Catalogue::english().ids().into_iter().collect();
    assert!(english.len() > 60, "{english:?}");
    for tag in ["ja", "de"] {
        let c = Catalogue::for_language(tag);
        assert_eq!(c.tag(), tag);
        let ids: BTreeSet<String> = c.ids().into_iter().collect();
        let missing: Vec<_> = english.difference(&ids).collect();
        let extra: Vec<_> = ids.difference(&english).collect();
        assert!(missing.is_empty(), "{tag} lacks {missing:?}");
        assert!(extra.is_empty(), "{tag} has ids English lacks: {extra:?}");
    }
}

#[test]
fn every_language_translates_the_map_labels_and_nothing_unknown() {
    let english: BTreeSet<String> = Catalogue::english().ids().into_iter().collect();
    for language in LANGUAGES {
        let c = Catalogue::for_language(language.tag);
        for id in MAP_LABELS {
            assert!(c.has(id), "{} lacks {id}", language.tag);
        }
        for id in c.ids() {
            assert!(english.contains(&id), "{} has unknown {id}", language.tag);
        }
    }
}

#[test]
fn every_message_formats_in_every_language() {
    let args: Vec<(&str, FluentValue<'_>)> = vec![
        ("count", 2.into()),
        ("page", 2.into()),
        ("pages", 5.into()),
        ("quote", "q".into()),
        ("text", "t".into()),
        ("name", "n".into()),
    ];
    for language in LANGUAGES {
        let c = Catalogue::for_language(language.tag);
        for id in c.ids() {
            let text = c.tr_args(&id, &args);
            assert!(!text.is_empty(), "{}: {id} is empty", language.tag);
            assert_ne!(text, id, "{}: {id} did not format", language.tag);
            assert!(
                !text.contains('{'),
                "{}: {id} left a placeable: {text}",
                language.tag
            );
        }
    }
}

fn run(program: &str, args: &[&str]) -> String {
    let out = Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{program} runs (bash scripts/setup.sh installs it): {e}"));
    assert!(out.status.success(), "{program} {args:?} failed");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The text of `project`'s first map as a PDF, with the persona strip, the legend and
/// the review notes.
fn pdf_text(project: &Project) -> String {
    let options = ExportOptions {
        format: Format::Pdf,
        layout: LayoutOptions {
            notes: NoteMarks::Numbered,
            ..LayoutOptions::default()
        },
        ..ExportOptions::default()
    };
    let pdf = export::export(
        project,
        &export::ExportRequest::image(&project.maps[0], &options),
    )
    .map(|e| e.bytes)
    .expect("exports");
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("map.pdf");
    std::fs::write(&path, pdf).expect("write");
    run("pdftotext", &[path.to_str().expect("utf-8"), "-"])
}

/// The English labels of a map, as Waymark draws them.
const ENGLISH_LABELS: &[&str] = &[
    "SCENARIO",
    "EXPECTATIONS",
    "GOALS",
    "NEEDS",
    "FRUSTRATIONS",
    "Pain point",
    "Opportunity",
    "Moment of truth",
    "Flags",
    "Channels",
    "Evidence",
    "observed",
    "reported",
    "assumed",
    "Emotion curve",
    "Metrics",
    "target",
    "Review notes",
    "Store",
    "Phone",
    "“",
];

#[test]
fn a_japanese_map_exports_with_no_english_label_left() {
    let project = outpatient();
    assert_eq!(
        project.language, None,
        "the fixture leaves the language to the guess"
    );
    assert_eq!(project.language_tag(), "ja");
    let text = pdf_text(&project);
    for label in ENGLISH_LABELS {
        assert!(!text.contains(label), "{label:?} is left in:\n{text}");
    }
    for label in [
        "シナリオ",
        "期待",
        "目標",
        "ニーズ",
        "不満",
        "ペインポイント",
        "真実の瞬間",
        "フラグ",
        "根拠",
        "観察",
        "チャネル",
        "感情曲線",
        "目標値",
        "レビューコメント",
        "2026年11月20日",
        "「待ち時間が読めないのが",
        "一番つらい」",
    ] {
        assert!(text.contains(label), "{label:?} is missing from:\n{text}");
    }
}

#[test]
fn the_same_map_in_german_shows_german_labels() {
    let mut project = outpatient();
    project.language = Some("de".to_owned());
    let text = pdf_text(&project);
    for label in [
        "SZENARIO",
        "ERWARTUNGEN",
        "ZIELE",
        "BEDÜRFNISSE",
        "FRUSTRATIONEN",
        "Schmerzpunkt",
        "Moment der Wahrheit",
        "Markierungen",
        "Belege",
        "Kanäle",
        "Emotionskurve",
        "Zielwert",
        "Review-Kommentare",
        "20.11.2026",
        "12,5",
        "82,5",
    ] {
        assert!(text.contains(label), "{label:?} is missing from:\n{text}");
    }
    for label in ["SCENARIO", "Pain point", "Channels", "シナリオ"] {
        assert!(!text.contains(label), "{label:?} is left in:\n{text}");
    }
}

#[test]
fn the_csv_header_and_the_html_viewer_speak_the_language() {
    let project = outpatient();
    let options = ExportOptions::default();
    let csv = export::export(
        &project,
        &export::ExportRequest::new(export::ExportKind::Csv, &project.maps[0], options),
    )
    .map(|e| e.bytes)
    .expect("csv");
    let csv = String::from_utf8(csv).expect("utf-8");
    assert!(csv.starts_with("レーン,予約"), "{csv}");
    let html = export::export(
        &project,
        &export::ExportRequest::new(export::ExportKind::Html, &project.maps[0], options),
    )
    .map(|e| e.bytes)
    .expect("html");
    let html = String::from_utf8(html).expect("utf-8");
    assert!(html.contains("<html lang=\"ja\">"));
    assert!(html.contains(">印刷</button>"), "the print button");
    assert!(html.contains("\"goals\":\"目標\""), "the viewer's labels");
    assert!(html.contains("\"tags\":[\"観察\"]"), "evidence tags");
    assert!(!html.contains(">Print</button>"));
}

/// BudouX's phrases of the two titles.
const PHRASES: &[&[&str]] = &[
    &["待合室で", "名前を", "呼ばれるのを", "待つ"],
    &[
        "医師の",
        "説明を",
        "聞き、",
        "採血・レントゲンへ",
        "移動する",
    ],
];

#[test]
fn a_narrow_card_breaks_japanese_only_between_phrases() {
    let mut project = outpatient();
    project.language = Some("ja".to_owned());
    let engine = TextEngine::global();
    let shaper = waymark_core::text::Shaper::for_project(engine, &project);
    let style = waymark_core::fonts::FontStyle::regular(13.0);
    for phrases in PHRASES {
        let text: String = phrases.concat();
        let widest = phrases
            .iter()
            .map(|p| shaper.width(p, style))
            .fold(0.0_f32, f32::max);
        // Every width from the widest phrase to the whole line.
        let mut width = widest.ceil();
        let whole = shaper.width(&text, style);
        let mut checked = 0;
        while width < whole {
            let lines = shaper.wrap(&text, style, width, 20);
            assert!(lines.len() >= 2, "{text} at {width}");
            let joined: String = lines.iter().map(|l| &*l.text).collect();
            assert_eq!(joined, text, "nothing lost or added at {width}");
            let mut at = 0;
            let boundaries: Vec<usize> = phrases
                .iter()
                .map(|p| {
                    at += p.len();
                    at
                })
                .collect();
            let mut end = 0;
            for line in lines.iter() {
                assert!(line.width <= width + 0.01, "{:?} fits {width}", line.text);
                end += line.text.len();
                assert!(
                    boundaries.contains(&end),
                    "{text} at {width}: a line ends inside a phrase: {:?}",
                    lines.iter().map(|l| &*l.text).collect::<Vec<_>>()
                );
            }
            let last = lines.last().expect("lines");
            assert!(last.text.chars().count() > 1, "a one-character last line");
            if text.contains("レントゲン") {
                assert!(
                    lines.iter().any(|l| l.text.contains("レントゲン")),
                    "レントゲン whole"
                );
            }
            checked += 1;
            width += 7.0;
        }
        assert!(checked > 3, "{text}: {checked} widths");
    }
}

#[test]
fn a_phrase_wider_than_the_line_still_breaks_and_fits() {
    let engine = TextEngine::global();
    let style = waymark_core::fonts::FontStyle::regular(13.0);
    let lines = engine.wrap(
        "採血・レントゲンへ移動する",
        style,
        None,
        Some("ja"),
        40.0,
        20,
    );
    assert!(lines.len() >= 3);
    for line in lines.iter() {
        assert!(line.width <= 40.01, "{:?} is {}", line.text, line.width);
    }
    let joined: String = lines.iter().map(|l| &*l.text).collect();
    assert_eq!(joined, "採血・レントゲンへ移動する");
}

#[test]
fn the_cards_of_the_layout_break_between_phrases() {
    let project = outpatient();
    let map = &project.maps[0];
    let layout = waymark_core::layout::layout_map(&project, map, TextEngine::global());
    for phrases in PHRASES {
        let text: String = phrases.concat();
        let index = map
            .cards
            .iter()
            .position(|c| c.title == text)
            .expect("the card");
        let card = layout
            .cards
            .iter()
            .find(|c| c.card == index)
            .expect("laid out");
        let lines: Vec<&str> = card.title.iter().map(|l| &*l.text).collect();
        let mut end = 0;
        let mut at = 0;
        let boundaries: Vec<usize> = phrases
            .iter()
            .map(|p| {
                at += p.len();
                at
            })
            .collect();
        for line in &lines {
            end += line.len();
            assert!(boundaries.contains(&end), "{lines:?}");
        }
    }
}

#[test]
fn the_language_field_round_trips_and_old_files_load_unchanged() {
    let sample = waymark_core::assets::SAMPLE;
    let project = io::load_bytes(sample.as_bytes()).expect("sample");
    assert_eq!(project.language, None);
    assert_eq!(io::to_bytes(&project).expect("saves"), sample.as_bytes());
    let mut de = project.clone();
    de.language = Some("de".to_owned());
    let bytes = io::to_bytes(&de).expect("saves");
    let text = String::from_utf8(bytes.clone()).expect("utf-8");
    assert!(text.contains("\"language\": \"de\""), "{text}");
    assert_eq!(
        io::load_bytes(&bytes).expect("loads").language.as_deref(),
        Some("de")
    );
    de.language = Some("not a tag!".to_owned());
    let problems = io::validate(&de);
    assert!(
        problems
            .iter()
            .any(|p| p.message.contains("not a BCP 47 tag")),
        "{problems:?}"
    );
}

#[test]
fn a_language_change_reads_as_one() {
    let sample = waymark_core::assets::SAMPLE;
    let before = io::load_bytes(sample.as_bytes()).expect("sample");
    let mut en = before.clone();
    en.language = Some("en".to_owned());
    let mut ja = before;
    ja.language = Some("ja".to_owned());
    let lines: Vec<String> = compare::diff_projects(&en, &ja)
        .iter()
        .map(compare::describe)
        .collect();
    assert_eq!(lines, ["~ Language: English → 日本語"]);
}

#[test]
fn paged_pdf_footers_speak_the_language() {
    let mut project = outpatient();
    // Four pages: the personas page, then three of the map.
    for (tag, footer) in [("ja", "2 / 4 ページ"), ("de", "Seite 2 von 4")] {
        project.language = Some(tag.to_owned());
        let options = ExportOptions {
            format: Format::Pdf,
            pages: Some(export::PageSetup {
                size: export::PageSize::A4,
                portrait: true,
                fit: false,
            }),
            ..ExportOptions::default()
        };
        let pdf = export::export(
            &project,
            &export::ExportRequest::image(&project.maps[0], &options),
        )
        .map(|e| e.bytes)
        .expect("exports");
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("paged.pdf");
        std::fs::write(&path, pdf).expect("write");
        let text = run("pdftotext", &[path.to_str().expect("utf-8"), "-"]);
        assert!(
            text.contains(footer),
            "{tag}: {footer:?} is not in:\n{text}"
        );
    }
}

#[test]
fn merges_keep_a_language_change_and_name_a_clash() {
    let base = io::load_bytes(waymark_core::assets::SAMPLE.as_bytes()).expect("sample");
    let mut ours = base.clone();
    ours.language = Some("ja".to_owned());
    let mut theirs = base.clone();
    theirs.title = "ネットスーパー".to_owned();
    let merged = compare::merge(&base, &ours, &theirs).expect("merges");
    assert_eq!(merged.language.as_deref(), Some("ja"));
    assert_eq!(merged.title, "ネットスーパー");
    assert!(merged.conflicts.is_none());
    theirs.language = Some("de".to_owned());
    let merged = compare::merge(&base, &ours, &theirs).expect("merges");
    let conflicts = merged.conflicts.as_ref().expect("a conflict");
    let described: Vec<String> = conflicts
        .items
        .iter()
        .map(|c| compare::describe_conflict(c, &merged))
        .collect();
    assert!(
        described.iter().any(|d| d.contains("language")),
        "{described:?}"
    );
}
