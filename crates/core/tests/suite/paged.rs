//! Paged output carries everything the single page does (every persona's profile, the
//! legend, the notes), lines that cross a page edge reach it on both pages, page plans
//! are balanced, exports beyond the limits are refused up front, the single page's notes
//! get a page their size, the HTML's text is real text, and metric values keep clear of
//! the metric names.

use waymark_core::export::{
    self, ExportError, ExportKind, ExportOptions, Format, PageKind, PageSetup, PageSize,
};
use waymark_core::io;
use waymark_core::layout::scene::{Prim, Scene};
use waymark_core::layout::{self, LayoutOptions, NoteMarks};
use waymark_core::model::Project;

const JA: &str = include_str!("../fixtures/ja-two-personas.waymark");

fn ja() -> Project {
    io::load_bytes(JA.as_bytes()).expect("the Japanese fixture loads")
}

fn texts(scene: &Scene) -> Vec<String> {
    scene
        .all()
        .filter_map(|p| match p {
            Prim::Text { line, .. } => Some(line.text.to_string()),
            _ => None,
        })
        .collect()
}

fn a4() -> PageSetup {
    PageSetup {
        size: PageSize::A4,
        portrait: false,
        fit: false,
    }
}

fn with_notes() -> LayoutOptions {
    LayoutOptions {
        persona_strip: true,
        legend: true,
        notes: NoteMarks::Numbered,
    }
}

/// Runs a poppler tool on `pdf`; `None` (and a note) when it is not installed.
fn poppler(tool: &str, args: &[&str], pdf: &[u8]) -> Option<String> {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("out.pdf");
    std::fs::write(&path, pdf).expect("write");
    let mut command = std::process::Command::new(tool);
    command.args(args).arg(&path);
    if tool == "pdftotext" {
        command.arg("-");
    }
    match command.output() {
        Ok(out) => Some(String::from_utf8_lossy(&out.stdout).into_owned()),
        Err(_) => {
            eprintln!("{tool} is not installed (scripts/setup.sh installs poppler-utils): skipped");
            None
        }
    }
}

#[test]
fn every_persona_has_its_profile_in_the_strip() {
    let project = ja();
    let map = &project.maps[0];
    let laid = layout::layout_map(&project, map, waymark_core::text::TextEngine::global());
    let scene = layout::scene::build(&laid);
    let texts = texts(&scene);
    for persona in &project.personas {
        assert!(
            texts.iter().any(|t| t.contains(&persona.name)),
            "{}",
            persona.name
        );
        for goal in &persona.goals {
            assert!(
                texts.iter().any(|t| t.contains(goal.as_str())),
                "{}'s goal {goal} is on the map",
                persona.name
            );
        }
        let frustration = &persona.frustrations[0];
        assert!(texts.iter().any(|t| t.contains(frustration.as_str())));
    }
    // The lists are headed in the map's language.
    assert!(texts.iter().any(|t| t == "目標"), "{texts:?}");
}

#[test]
fn the_paged_pdf_carries_personas_legend_and_notes() {
    let project = ja();
    let map = &project.maps[0];
    let plan = export::plan_pages_with(&project, map, a4(), &with_notes());
    assert_eq!(plan.pages.first().map(|p| p.kind), Some(PageKind::Profile));
    assert!(matches!(
        plan.pages.last().map(|p| p.kind),
        Some(PageKind::Notes { .. })
    ));
    let options = ExportOptions {
        format: Format::Pdf,
        pages: Some(a4()),
        layout: with_notes(),
        ..ExportOptions::default()
    };
    let pdf = export::export(&project, &export::ExportRequest::image(map, &options))
        .map(|e| e.bytes)
        .expect("exports");
    let Some(text) = poppler("pdftotext", &[], &pdf) else {
        return;
    };
    let flat: String = text.split_whitespace().collect();
    for persona in &project.personas {
        let name: String = persona.name.split_whitespace().collect();
        assert!(flat.contains(&name), "{name} in {text}");
        assert!(flat.contains(&persona.goals[0]), "{}", persona.goals[0]);
    }
    // The legend, in the map's language (Japanese).
    let flags = waymark_core::i18n::Catalogue::for_language("ja").tr("legend-flags");
    assert!(flat.contains(&flags), "the legend ({flags}): {text}");
    let note = &map
        .cards
        .iter()
        .find(|c| !c.notes.is_empty())
        .expect("a note")
        .notes[0];
    assert!(
        flat.contains(&note.text.split_whitespace().collect::<String>()),
        "{text}"
    );
    let heading = waymark_core::i18n::Catalogue::for_language("ja").tr("notes-heading");
    assert!(flat.contains(&heading), "the notes pages ({heading})");
    // With --fit the map stays on one page (notes not asked).
    let fit = ExportOptions {
        pages: Some(PageSetup {
            size: PageSize::A3,
            fit: true,
            ..a4()
        }),
        ..options
    };
    let plan = export::plan_pages_with(&project, map, fit.pages.expect("pages"), &fit.layout);
    assert_eq!(plan.pages.len(), 2, "the map, then its notes");
    let plan = export::plan_pages(&project, map, fit.pages.expect("pages"));
    assert_eq!(plan.pages.len(), 1);
}

#[test]
fn a_curve_segment_across_a_page_break_reaches_the_edge_on_both_pages() {
    let project = ja();
    let map = &project.maps[0];
    let plan = export::plan_pages_with(&project, map, a4(), &LayoutOptions::default());
    // The two pages, side by side, that hold the emotion lane.
    let emotion = map
        .lanes
        .iter()
        .position(|l| l.kind == waymark_core::model::LaneKind::Emotion)
        .expect("an emotion lane");
    let pages: Vec<usize> = (0..plan.pages.len())
        .filter(|&i| {
            let p = &plan.pages[i];
            p.kind == PageKind::Map && (p.lanes.0..=p.lanes.1).contains(&emotion)
        })
        .collect();
    assert!(pages.len() >= 2, "{plan:?}");
    let laid = layout::layout_map(&project, map, waymark_core::text::TextEngine::global());
    let lead = laid.curves.first().expect("a curve").color;
    let curve_ends = |i: usize| -> Vec<(f32, f32)> {
        export::page_scene(&project, map, &plan, i)
            .content
            .iter()
            .filter_map(|p| match p {
                Prim::Bezier { points, stroke } if stroke.color == lead => {
                    Some((points[0].x, points[3].x))
                }
                _ => None,
            })
            .collect()
    };
    let (first, second) = (pages[0], pages[1]);
    let right_edge = |i: usize| {
        export::page_scene(&project, map, &plan, i)
            .stage_headers
            .iter()
            .map(|p| p.bounds().right())
            .fold(0.0_f32, f32::max)
    };
    let left_edge = |i: usize| {
        export::page_scene(&project, map, &plan, i)
            .stage_headers
            .iter()
            .map(|p| p.bounds().left())
            .fold(f32::INFINITY, f32::min)
    };
    let edge = right_edge(first);
    assert!(
        curve_ends(first)
            .iter()
            .any(|(_, end)| (end - edge).abs() < 2.0),
        "page {first} draws the curve to its right edge {edge}: {:?}",
        curve_ends(first)
    );
    let edge = left_edge(second);
    assert!(
        curve_ends(second)
            .iter()
            .any(|(start, _)| (start - edge).abs() < 2.0),
        "page {second} draws the curve from its left edge {edge}: {:?}",
        curve_ends(second)
    );
}

#[test]
fn a_five_stage_map_on_a4_has_no_page_of_a_single_lane_strip() {
    let project = ja();
    let map = &project.maps[0];
    let plan = export::plan_pages_with(&project, map, a4(), &LayoutOptions::default());
    let bands: Vec<(usize, usize)> = plan.map_pages().map(|p| p.lanes).collect();
    assert!(plan.legible());
    if bands.iter().any(|b| b.0 > 0) {
        let sizes: Vec<usize> = bands.iter().map(|b| b.1 - b.0 + 1).collect();
        let (min, max) = (sizes.iter().min(), sizes.iter().max());
        assert!(
            min.zip(max).is_some_and(|(a, b)| b - a <= 2),
            "lane bands are balanced: {bands:?}"
        );
    }
}

fn refused(kind: ExportKind, project: &Project, options: &ExportOptions) -> String {
    // Refused from counts, before anything is laid out (a layout of these maps would
    // take minutes).
    let err = export::export(
        project,
        &export::ExportRequest::new(kind, &project.maps[0], *options).progress(&|_| true),
    )
    .expect_err("refused");
    assert!(matches!(err, ExportError::OverLimit { .. }), "{err}");
    err.to_string()
}

#[test]
fn huge_exports_are_refused_up_front_with_one_clear_message() {
    let wide = waymark_core::generate::generate(10_000, 3, 0, 1);
    let paged = ExportOptions {
        format: Format::Pdf,
        pages: Some(a4()),
        ..ExportOptions::default()
    };
    let message = refused(ExportKind::Image(Format::Pdf), &wide, &paged);
    assert!(
        message.contains("10,000 stages") && message.contains("--stages"),
        "{message}"
    );
    assert!(!message.contains('\n'));
    let message = refused(ExportKind::Pptx, &wide, &ExportOptions::default());
    assert!(message.contains("limit of 1,000"), "{message}");
    let grid = waymark_core::generate::generate(1_000, 1_000, 0, 1);
    for kind in [
        ExportKind::Html,
        ExportKind::Pptx,
        ExportKind::Image(Format::Svg),
        ExportKind::Image(Format::Png),
    ] {
        let message = refused(kind, &grid, &ExportOptions::default());
        assert!(message.contains("limit of 100,000"), "{message}");
    }
    // 100,000 cards fit the cell limit but took minutes to draw (issue 30's audit):
    // refused from the count, and a range of stages narrows it to its own cards.
    let crowded = waymark_core::generate::generate(100, 100, 30_000, 1);
    for kind in [
        ExportKind::Html,
        ExportKind::Pptx,
        ExportKind::Image(Format::Svg),
        ExportKind::Image(Format::Png),
    ] {
        let message = refused(kind, &crowded, &ExportOptions::default());
        assert!(
            message.contains("30,000 cards") && message.contains("limit of 20,000"),
            "{message}"
        );
    }
    let some = ExportOptions {
        stages: Some((0, 19)),
        ..ExportOptions::default()
    };
    let map = &crowded.maps[0];
    assert!(
        export::limits::check(ExportKind::Image(Format::Svg), &crowded, map, &some).is_ok(),
        "20 of 100 stages hold about 6,000 cards"
    );
    // Within every count, but a plan of thousands of slides (3,000 cards make the
    // lanes tall): refused once planned, before a slide is drawn.
    let tall = waymark_core::generate::generate(100, 100, 3_000, 1);
    let message = refused(ExportKind::Pptx, &tall, &ExportOptions::default());
    assert!(message.contains("over the limit of 500"), "{message}");
    // 400 stages fit the stage and cell limits but not 500 pages of A4.
    let long = waymark_core::generate::generate(400, 30, 0, 1);
    let message = refused(ExportKind::Image(Format::Pdf), &long, &paged);
    assert!(
        message.contains("pages, over the limit of 500") && message.contains("--fit"),
        "{message}"
    );
}

#[test]
fn the_single_page_pdf_puts_its_notes_on_a_page_their_size() {
    let project = ja();
    let options = ExportOptions {
        format: Format::Pdf,
        layout: with_notes(),
        ..ExportOptions::default()
    };
    let pdf = export::export(
        &project,
        &export::ExportRequest::image(&project.maps[0], &options),
    )
    .map(|e| e.bytes)
    .expect("exports");
    let Some(info) = poppler("pdfinfo", &["-f", "1", "-l", "2"], &pdf) else {
        return;
    };
    let sizes: Vec<(f32, f32)> = info
        .lines()
        .filter_map(|l| {
            let rest = l.split("size:").nth(1)?;
            let mut it = rest.split_whitespace();
            let w = it.next()?.parse().ok()?;
            it.next();
            let h = it.next()?.parse().ok()?;
            Some((w, h))
        })
        .collect();
    assert_eq!(sizes.len(), 2, "{info}");
    let (map, notes) = (sizes[0], sizes[1]);
    assert!(notes.0 <= 800.0 && notes.0 < map.0, "{sizes:?}");
    assert!(notes.1 < map.1 / 2.0, "{sizes:?}");
}

#[test]
fn the_html_has_card_text_as_text_and_every_persona() {
    let project = ja();
    let html = export::export(
        &project,
        &export::ExportRequest::new(ExportKind::Html, &project.maps[0], ExportOptions::default()),
    )
    .map(|e| e.bytes)
    .expect("exports");
    let html = String::from_utf8(html).expect("utf-8");
    let markup = &html[..html.find("<script").expect("a script")];
    for card in &project.maps[0].cards {
        let first = card.title.lines().next().unwrap_or_default();
        let start: String = first.chars().take(4).collect();
        assert!(
            markup.contains(&format!(">{start}")),
            "{first} is text in the markup"
        );
    }
    for persona in &project.personas {
        assert!(html.contains(&format!("\"name\":\"{}\"", persona.name)));
    }
}

#[test]
fn a_thousand_card_html_stays_under_six_megabytes() {
    let project = waymark_core::generate::generate(20, 8, 1_000, 3);
    let html = export::export(
        &project,
        &export::ExportRequest::new(ExportKind::Html, &project.maps[0], ExportOptions::default()),
    )
    .map(|e| e.bytes)
    .expect("exports");
    eprintln!("1,000-card HTML: {} bytes", html.len());
    assert!(html.len() < 6_000_000, "{} bytes", html.len());
}

#[test]
fn a_lane_too_tall_for_a_page_does_not_shrink_every_other_page() {
    // About six cards a cell: some lanes are taller than an A4 page at 9 pt.
    let project = waymark_core::generate::generate(20, 8, 1_000, 3);
    let map = &project.maps[0];
    let plan = export::plan_pages_with(&project, map, a4(), &LayoutOptions::default());
    let min = export::pages::MIN_TEXT_PT / waymark_core::layout::metrics::CARD_BODY.size;
    let scales: Vec<f32> = (0..plan.pages.len())
        .filter(|&i| plan.pages[i].kind == PageKind::Map)
        .map(|i| plan.page_scale(i))
        .collect();
    assert!(
        plan.scale >= min - 0.001,
        "the common scale keeps 9 pt: {}",
        plan.scale
    );
    // A page that holds its part at 9 pt prints at the common scale; only a page whose
    // one lane is taller than the page at 9 pt is smaller, and then only that page.
    assert!(
        scales
            .iter()
            .all(|s| (*s - plan.scale).abs() < 1e-6 || *s < min),
        "{scales:?}"
    );
    assert!(scales.iter().any(|s| (*s - plan.scale).abs() < 1e-6));
    assert!(scales.iter().any(|s| *s < min));
}

#[test]
fn metric_values_stay_clear_of_the_metric_names() {
    let project = ja();
    for stages in [(0, 0), (0, 4)] {
        let map = export::stage_range(&project.maps[0], stages.0, stages.1);
        let laid = layout::layout_map(&project, &map, waymark_core::text::TextEngine::global());
        assert!(!laid.metric_rows.is_empty());
        for row in &laid.metric_rows {
            for name in &row.label {
                for bar in &row.bars {
                    let (a, b) = (name.rect(), bar.label.rect());
                    // A visible gap between the name's line and the value's.
                    assert!(
                        b.top() >= a.bottom() + 4.0 || b.left() > a.right() + 4.0,
                        "{} over {}: {a:?} {b:?}",
                        bar.label.text,
                        name.text
                    );
                }
            }
        }
    }
}

#[test]
fn a_paged_pdf_reports_its_pages_and_can_be_cancelled() {
    let project = ja();
    let options = ExportOptions {
        format: Format::Pdf,
        pages: Some(a4()),
        ..ExportOptions::default()
    };
    let heard = std::cell::RefCell::new(Vec::new());
    export::export(
        &project,
        &export::ExportRequest::image(&project.maps[0], &options).progress(&|f| {
            heard.borrow_mut().push(f);
            true
        }),
    )
    .map(|e| e.bytes)
    .expect("exports");
    let heard = heard.into_inner();
    assert!(heard.len() > 2 && heard.last() == Some(&1.0), "{heard:?}");
    let cancelled = export::export(
        &project,
        &export::ExportRequest::image(&project.maps[0], &options).progress(&|f| f < 0.3),
    )
    .map(|e| e.bytes);
    assert!(matches!(cancelled, Err(ExportError::Cancelled)));
}
