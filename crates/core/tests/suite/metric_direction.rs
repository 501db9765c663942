//! Issue 28's metric direction and units: a lower-is-better "Waiting time" in minutes
//! (target 30; 60 misses it, 20 hits it) is drawn in the miss and the hit colour by the
//! one layout, and so by every output that draws the scene (SVG, PNG, PDF on one page and
//! paged, PPTX, HTML); a metric without a target is not judged; the legend explains the
//! colours; the fields round-trip (absent when higher is better), diff, merge and come
//! from the metrics CSV.

use waymark_core::export::{ExportKind, Format};
use waymark_core::layout::{self, scene::Prim};
use waymark_core::model::{Better, LaneKind, MetricUnit, Project};
use waymark_core::palette::{self, Rgba};
use waymark_core::{compare, io};

const OUTPATIENT: &str = include_str!("../fixtures/outpatient-metrics.waymark");

fn outpatient() -> Project {
    io::load_bytes(OUTPATIENT.as_bytes()).expect("the outpatient map loads")
}

/// The outpatient map with only the waiting time, valued `value` (target 30) in the
/// waiting room alone.
fn waiting_only(value: f64) -> Project {
    let mut p = outpatient();
    let lane = p.maps[0]
        .lanes
        .iter_mut()
        .find(|l| l.kind == LaneKind::Metrics)
        .expect("metrics lane");
    lane.metrics.retain(|m| m.name == "Waiting time");
    let metric = &mut lane.metrics[0];
    metric.values.clear();
    metric.values.insert("s-wait".into(), value);
    metric.targets.clear();
    metric.targets.insert("s-wait".into(), 30.0);
    assert!(io::validate(&p).is_empty());
    p
}

fn bytes(project: &Project, kind: ExportKind, format: Format, paged: bool) -> Vec<u8> {
    crate::support::export_map(project, &project.maps[0], kind, format, paged)
}

/// Pixels of `image` within 8 of `color` in every channel.
fn count(image: &image::RgbaImage, color: Rgba) -> usize {
    image
        .pixels()
        .filter(|p| {
            let [r, g, b, _] = p.0;
            [(r, color.r), (g, color.g), (b, color.b)]
                .iter()
                .all(|(a, b)| a.abs_diff(*b) <= 8)
        })
        .count()
}

/// Each page of a PDF, rendered by poppler at 72 dpi.
fn pdf_pages(pdf: &[u8]) -> Vec<image::RgbaImage> {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("map.pdf");
    std::fs::write(&file, pdf).expect("write");
    let status = std::process::Command::new("pdftoppm")
        .args(["-r", "72", "-png"])
        .arg(&file)
        .arg(dir.path().join("page"))
        .status()
        .expect("pdftoppm runs (poppler-utils)");
    assert!(status.success());
    let mut names: Vec<_> = std::fs::read_dir(dir.path())
        .expect("dir")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "png"))
        .collect();
    names.sort();
    names
        .iter()
        .map(|p| image::open(p).expect("png").to_rgba8())
        .collect()
}

/// The text of every slide of a deck.
fn slides(pptx: Vec<u8>) -> String {
    crate::support::pptx_slides(&pptx)
}

#[test]
fn a_lower_is_better_value_under_target_hits_and_over_it_misses_in_the_scene() {
    let project = outpatient();
    let map = &project.maps[0];
    let engine = waymark_core::text::TextEngine::global();
    let layout = layout::layout_map(&project, map, engine);
    let waiting = &layout.metric_rows[0];
    let hits: Vec<(String, Option<bool>)> = waiting
        .bars
        .iter()
        .map(|b| (b.label.text.to_string(), b.met))
        .collect();
    assert_eq!(
        hits,
        [
            ("60".to_owned(), Some(false)),
            ("20".to_owned(), Some(true))
        ]
    );
    let scene = layout::scene::build(&layout);
    let fill_of = |rect: emath::Rect| {
        scene.content.iter().find_map(|p| match p {
            Prim::Rect {
                rect: r,
                fill: Some(f),
                ..
            } if *r == rect => Some(*f),
            _ => None,
        })
    };
    let label_of = |text: &str| {
        scene.content.iter().find_map(|p| match p {
            Prim::Text { line, color } if &*line.text == text => Some(*color),
            _ => None,
        })
    };
    assert_eq!(
        fill_of(waiting.bars[0].rect),
        Some(palette::metric_bar(Some(false)))
    );
    assert_eq!(
        fill_of(waiting.bars[1].rect),
        Some(palette::metric_bar(Some(true)))
    );
    assert_eq!(label_of("60"), Some(palette::METRIC_MISS));
    assert_eq!(label_of("20"), Some(palette::METRIC_HIT));
    // Higher is better for satisfaction: 4.5 under its target 6 misses, 8.4 over 8 hits.
    let satisfaction = &layout.metric_rows[1];
    let met: Vec<Option<bool>> = satisfaction.bars.iter().map(|b| b.met).collect();
    assert_eq!(met, [None, None, Some(false), Some(true), None]);
    assert_eq!(label_of("4.5"), Some(palette::METRIC_MISS));
    assert_eq!(label_of("8.4"), Some(palette::METRIC_HIT));
    // No target, no judgement: the chairs are neither.
    let chairs = &layout.metric_rows[2];
    assert!(chairs.bars.iter().all(|b| b.met.is_none()));
    assert_eq!(
        fill_of(chairs.bars[0].rect),
        Some(palette::metric_bar(None))
    );
    assert_eq!(label_of("12"), Some(palette::INK));
    // Names say the unit and the direction; a label never sits on its target's mark.
    let name: String = waiting.label.iter().map(|l| &*l.text).collect();
    assert!(name.starts_with("Waiting time (minutes)"), "{name}");
    assert!(name.contains("↓ lower is better"), "{name}");
    let chairs_name: String = chairs.label.iter().map(|l| &*l.text).collect();
    assert_eq!(chairs_name, "Free chairs (chairs)");
    for bar in waiting.bars.iter().chain(&satisfaction.bars) {
        if let Some(y) = bar.target {
            let r = bar.label.rect();
            assert!(
                !(r.top()..=r.bottom()).contains(&y),
                "{} on its target",
                bar.label.text
            );
        }
    }
    // The legend explains both colours.
    let legend = layout.legend.as_ref().expect("a legend");
    let labels: Vec<&str> = legend.labels.iter().map(|l| &*l.text).collect();
    assert!(labels.contains(&"Targets"), "{labels:?}");
    let keys: Vec<(&str, Rgba)> = legend
        .chips
        .iter()
        .map(|c| (&*c.label.text, c.fill))
        .collect();
    assert!(
        keys.contains(&("on target", palette::metric_key(true))),
        "{keys:?}"
    );
    assert!(
        keys.contains(&("off target", palette::metric_key(false))),
        "{keys:?}"
    );
}

#[test]
fn every_output_draws_a_hit_and_a_miss_in_their_colours() {
    let (hit_fill, miss_fill) = (
        palette::metric_bar(Some(true)),
        palette::metric_bar(Some(false)),
    );
    for (value, hits) in [(20.0, true), (60.0, false)] {
        let project = waiting_only(value);
        let (want, not) = if hits {
            (hit_fill, miss_fill)
        } else {
            (miss_fill, hit_fill)
        };
        let (want_ink, not_ink) = if hits {
            (palette::METRIC_HIT, palette::METRIC_MISS)
        } else {
            (palette::METRIC_MISS, palette::METRIC_HIT)
        };
        // Vector outputs name the colours.
        let svg = String::from_utf8(bytes(
            &project,
            ExportKind::Image(Format::Svg),
            Format::Svg,
            false,
        ))
        .expect("utf-8");
        let html = String::from_utf8(bytes(&project, ExportKind::Html, Format::Svg, false))
            .expect("utf-8");
        for (name, text) in [("SVG", &svg), ("HTML", &html)] {
            let text = text.to_uppercase();
            assert!(
                text.contains(&want.hex()),
                "{name} {value}: no {}",
                want.hex()
            );
            assert!(
                text.contains(&want_ink.hex()),
                "{name} {value}: no label colour"
            );
            assert!(!text.contains(&not.hex()), "{name} {value}: {}", not.hex());
            assert!(
                !text.contains(&not_ink.hex()),
                "{name} {value}: other label colour"
            );
        }
        let deck = slides(bytes(&project, ExportKind::Pptx, Format::Pdf, false));
        let srgb = |c: Rgba| format!("srgbClr val=\"{}\"", &c.hex()[1..]);
        assert!(deck.contains(&srgb(want)), "PPTX {value}");
        assert!(deck.contains(&srgb(want_ink)), "PPTX {value}: label");
        assert!(!deck.contains(&srgb(not)), "PPTX {value}: other colour");
        // Raster outputs show it: the PNG, and the PDFs as poppler renders them.
        let png = image::load_from_memory(&bytes(
            &project,
            ExportKind::Image(Format::Png),
            Format::Png,
            false,
        ))
        .expect("png")
        .to_rgba8();
        let single = bytes(&project, ExportKind::Image(Format::Pdf), Format::Pdf, false);
        let paged = bytes(&project, ExportKind::Image(Format::Pdf), Format::Pdf, true);
        let mut images = vec![("PNG", png)];
        images.extend(pdf_pages(&single).into_iter().map(|p| ("PDF", p)));
        let pages = pdf_pages(&paged);
        assert!(!pages.is_empty());
        images.push((
            "paged PDF",
            pages
                .into_iter()
                .max_by_key(|p| count(p, want) + count(p, not))
                .expect("a page"),
        ));
        for (name, image) in images {
            assert!(
                count(&image, want) > 100,
                "{name} {value}: {} px",
                count(&image, want)
            );
            assert_eq!(count(&image, not), 0, "{name} {value}: the other colour");
        }
    }
}

#[test]
fn the_new_fields_round_trip_diff_and_merge() {
    let project = outpatient();
    let saved = String::from_utf8(io::to_bytes(&project).expect("saves")).expect("utf-8");
    assert_eq!(saved, OUTPATIENT, "the fixture is canonical");
    assert!(saved.contains("\"better\": \"lower\""));
    assert!(saved.contains("\"custom_unit\": \"chairs\""));
    assert_eq!(
        saved.matches("\"better\"").count(),
        1,
        "higher is better is left out"
    );
    // Higher is the default: leaving it out and writing it read the same.
    let explicit = OUTPATIENT.replacen(
        "\"unit\": \"score\",",
        "\"unit\": \"score\",\n              \"better\": \"higher\",",
        1,
    );
    assert_ne!(explicit, OUTPATIENT);
    assert_eq!(io::load_bytes(explicit.as_bytes()).expect("loads"), project);
    // A change of direction or unit is a change, told in words, and merges.
    let mut theirs = project.clone();
    let lane = theirs.maps[0]
        .lanes
        .iter_mut()
        .find(|l| l.kind == LaneKind::Metrics)
        .expect("lane");
    lane.metrics[0].better = Better::Higher;
    lane.metrics[2].custom_unit = "seats".into();
    let said: Vec<String> = compare::diff_projects(&project, &theirs)
        .iter()
        .map(compare::describe)
        .collect();
    let all = said.join("\n");
    assert!(all.contains("better: \"lower\" → \"higher\""), "{all}");
    assert!(all.contains("custom_unit: \"chairs\" → \"seats\""), "{all}");
    let mut ours = project.clone();
    ours.maps[0].lanes[1].metrics[1].unit = MetricUnit::Hours;
    let merged = compare::merge(&project, &ours, &theirs).expect("merges");
    assert!(merged.conflicts.is_none());
    let metrics = &merged.maps[0].lanes[1].metrics;
    assert_eq!(metrics[0].better, Better::Higher);
    assert_eq!(metrics[1].unit, MetricUnit::Hours);
    assert_eq!(metrics[2].custom_unit, "seats");
    // One metric: the unit on one side and the direction on the other merge cleanly.
    let mut mine = project.clone();
    mine.maps[0].lanes[1].metrics[0].unit = MetricUnit::Hours;
    let clean = compare::merge(&project, &mine, &theirs).expect("merges");
    assert!(clean.conflicts.is_none());
    assert_eq!(clean.maps[0].lanes[1].metrics[0].better, Better::Higher);
    assert_eq!(clean.maps[0].lanes[1].metrics[0].unit, MetricUnit::Hours);
    // The same metric's unit changed two ways is a conflict that resolves either way.
    let mut hours = project.clone();
    hours.maps[0].lanes[1].metrics[2].unit = MetricUnit::Hours;
    let mut days = project.clone();
    days.maps[0].lanes[1].metrics[2].unit = MetricUnit::Days;
    let clash = compare::merge(&project, &hours, &days).expect("merges");
    let items = &clash.conflicts.as_ref().expect("a conflict").items;
    assert_eq!(items.len(), 1);
    for side in [
        waymark_core::model::Side::Ours,
        waymark_core::model::Side::Theirs,
    ] {
        let settled = compare::resolve(&clash, &items[0].id, side).expect("resolves");
        assert!(io::validate(&settled).is_empty());
    }
}

#[test]
fn the_metrics_csv_takes_the_direction_and_any_unit() {
    let project = outpatient();
    let map = &project.maps[0];
    let lane = &map.lanes[1];
    let csv = "stage,metric,value,unit,target,better\n\
               Waiting room,Door to doctor,95,min,45,lower\n\
               Consultation,Door to doctor,40,,,\n\
               Check-in,Forms,3,Formulare,,↓\n\
               Tests,予約までの日数,12,days,7,LOWER\n\
               Arrival,Helpfulness,4,score,4.5,higher\n";
    let updated = waymark_core::interop::metrics_csv::apply_metrics_csv(map, lane, csv.as_bytes())
        .expect("reads");
    let by_name = |n: &str| {
        updated
            .metrics
            .iter()
            .find(|m| m.name == n)
            .unwrap_or_else(|| panic!("{n}"))
    };
    let door = by_name("Door to doctor");
    assert_eq!(
        (door.unit, door.better),
        (MetricUnit::Minutes, Better::Lower)
    );
    assert_eq!(door.values.len(), 2, "an empty direction keeps it");
    let forms = by_name("Forms");
    assert_eq!(
        (forms.unit, forms.custom_unit.as_str(), forms.better),
        (MetricUnit::Custom, "Formulare", Better::Lower)
    );
    let days = by_name("予約までの日数");
    assert_eq!((days.unit, days.better), (MetricUnit::Days, Better::Lower));
    assert_eq!(by_name("Helpfulness").better, Better::Higher);
    let e = waymark_core::interop::metrics_csv::apply_metrics_csv(
        map,
        lane,
        "Arrival,NPS,3,score,4,sideways\n".as_bytes(),
    )
    .expect_err("no such direction");
    assert!(
        e.to_string().contains("line 1: the direction “sideways”"),
        "{e}"
    );
    let mut changed = project.clone();
    changed.maps[0].lanes[1] = updated;
    assert!(io::validate(&changed).is_empty());
}
