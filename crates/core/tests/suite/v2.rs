//! Format version 2: the v1 → v2 migration of the frozen fixtures, several personas (their
//! scores following them, one curve each from the one layout), the metrics lane's layout
//! and exports, review notes surviving a save and load, and metric values from a CSV.

use waymark_core::edit::ops::MapInfo;
use waymark_core::edit::{Action, Editor};
use waymark_core::export::{self, ExportOptions, Format};
use waymark_core::layout::{self, LayoutOptions, NoteMarks, scene};
use waymark_core::model::{MetricChart, Note, Project};
use waymark_core::{assets, io};

const V1: &str = include_str!("../fixtures/v1-online-grocery.json");
const V1_SAMPLE: &str = include_str!("../fixtures/v1-sample-online-grocery.json");
const SHOWCASE: &str = include_str!("../fixtures/v2-showcase.waymark");

fn showcase() -> Project {
    io::load_bytes(SHOWCASE.as_bytes()).expect("the showcase loads")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("utf-8")
}

#[test]
fn the_frozen_v1_fixture_migrates_to_v2() {
    assert!(V1.contains("\"version\": 1"), "the fixture stays version 1");
    let raw: serde_json::Value = serde_json::from_str(V1).expect("json");
    let project = io::load_bytes(V1.as_bytes()).expect("v1 loads");
    assert_eq!(io::CURRENT_VERSION, 2);
    for (map, raw_map) in project
        .maps
        .iter()
        .zip(raw["maps"].as_array().expect("maps"))
    {
        let expected: Vec<String> = raw_map["persona"]
            .as_str()
            .into_iter()
            .map(str::to_owned)
            .collect();
        let got: Vec<String> = map.personas.iter().map(ToString::to_string).collect();
        assert_eq!(got, expected, "map {}", map.id);
        // Every card keeps its score, as the lead persona's.
        for (card, raw_card) in map
            .cards
            .iter()
            .zip(raw_map["cards"].as_array().expect("cards"))
        {
            assert_eq!(card.emotion.map(i64::from), raw_card["emotion"].as_i64());
            assert!(card.scores.is_empty() && card.notes.is_empty());
        }
    }
    let saved = text(&io::to_bytes(&project).expect("saves"));
    assert!(saved.contains("\"version\": 2"));
    assert!(
        !saved.contains("\"persona\":"),
        "v2 writes personas, not persona"
    );
    assert!(io::validate(&project).is_empty());
    assert_eq!(io::load_bytes(saved.as_bytes()).expect("reloads"), project);
}

#[test]
fn the_bundled_assets_are_v2_and_the_v1_sample_migrates_to_them() {
    let v1 = io::load_bytes(V1_SAMPLE.as_bytes()).expect("v1 sample");
    let v2 = io::load_bytes(assets::SAMPLE.as_bytes()).expect("v2 sample");
    assert_eq!(
        v1, v2,
        "migrating the v1 sample gives the bundled v2 sample"
    );
    assert!(assets::SAMPLE.contains("\"version\": 2"));
    assert_eq!(
        text(&io::to_bytes(&v2).expect("saves")),
        assets::SAMPLE,
        "canonical"
    );
    let templates = [
        "b2b",
        "blank",
        "day-in-the-life",
        "ecommerce",
        "service-blueprint",
        "standard",
    ];
    for name in templates {
        let body = assets::template(name).expect("template");
        assert!(body.contains("\"version\": 2"), "{name} is v2");
        let project = io::load_bytes(body.as_bytes()).expect("loads");
        assert_eq!(
            text(&io::to_bytes(&project).expect("saves")),
            body,
            "{name} canonical"
        );
    }
    let ecommerce =
        io::load_bytes(assets::template("ecommerce").expect("t").as_bytes()).expect("l");
    assert!(
        ecommerce.maps[0]
            .lanes
            .iter()
            .any(|l| !l.metrics.is_empty()),
        "the e-commerce template has a metrics lane"
    );
}

#[test]
fn a_newer_version_opens_read_only() {
    let newer = V1.replacen("\"version\": 1", "\"version\": 3", 1);
    assert!(
        io::load_bytes(newer.as_bytes())
            .is_err_and(|e| matches!(e, io::LoadError::NewerVersion { .. }))
    );
    let opened = io::open_bytes(newer.as_bytes()).expect("opens");
    assert_eq!(opened.newer_version, Some(3));
    let editor = Editor::opened(opened, "x.waymark".into());
    assert!(editor.newer_version().is_some());
}

#[test]
fn notes_survive_a_save_and_load_with_unknown_fields() {
    let project = showcase();
    let bytes = io::to_bytes(&project).expect("saves");
    let again = io::load_bytes(&bytes).expect("loads");
    assert_eq!(again, project);
    let card = again.maps[0]
        .cards
        .iter()
        .find(|c| c.notes.len() == 2)
        .expect("a card with two notes");
    assert_eq!(card.open_notes(), 1);
    assert_eq!(card.notes[1].author, "ليلى");
    let with_reply = again.maps[0]
        .cards
        .iter()
        .flat_map(|c| &c.notes)
        .find(|n| !n.replies.is_empty())
        .expect("a thread");
    assert_eq!(with_reply.replies[0].author, "Ben");
    // A field a newer version adds to a note is kept.
    let marked = text(&bytes).replacen(
        "\"resolved\": false",
        "\"resolved\": false,\n              \"reactions\": [\"👍\"]",
        1,
    );
    let kept = io::load_bytes(marked.as_bytes()).expect("loads");
    let note: &Note = kept.maps[0]
        .cards
        .iter()
        .flat_map(|c| &c.notes)
        .find(|n| !n.extra.is_empty())
        .expect("kept");
    assert_eq!(note.extra["reactions"], serde_json::json!(["👍"]));
    assert!(text(&io::to_bytes(&kept).expect("saves")).contains("\"reactions\""));
}

#[test]
fn bad_v2_values_are_reported() {
    let project = showcase();
    let mut json: serde_json::Value =
        serde_json::from_slice(&io::to_bytes(&project).expect("s")).expect("j");
    let at = project.maps[0]
        .cards
        .iter()
        .position(|c| c.id.as_str() == "c-e1")
        .expect("c-e1");
    json["maps"][0]["cards"][at]["scores"] = serde_json::json!({"p-tom": 3});
    let error = io::load_bytes(json.to_string().as_bytes()).expect_err("a score of 3");
    assert!(matches!(error, io::LoadError::Shape { .. }), "{error:?}");
    let mut bad = project.clone();
    bad.maps[0].personas.push("p-nobody".into());
    bad.maps[0].cards[0].notes.push(Note {
        id: "n-1".into(),
        text: "x".into(),
        ..Note::default()
    });
    bad.maps[0].cards[0].notes.push(Note {
        id: "n-1".into(),
        text: "y".into(),
        ..Note::default()
    });
    let problems: Vec<String> = io::validate(&bad).iter().map(ToString::to_string).collect();
    assert!(
        problems.iter().any(|p| p.contains("p-nobody")),
        "{problems:?}"
    );
    assert!(
        problems.iter().any(|p| p.contains("used twice")),
        "{problems:?}"
    );
}

#[test]
fn scores_follow_their_persona_when_the_personas_change() {
    let mut ed = Editor::new(showcase(), None);
    let map = ed.project().maps[0].id.clone();
    let card = |ed: &Editor| {
        ed.project().maps[0]
            .cards
            .iter()
            .find(|c| c.id.as_str() == "c-e2")
            .cloned()
            .expect("card")
    };
    let before = card(&ed);
    assert_eq!((before.emotion, before.scores["p-tom"]), (Some(-1), -2));
    // Tom becomes the lead: his score moves to `emotion`, Maya's into `scores`.
    let info = MapInfo {
        personas: vec!["p-tom".into(), "p-maya".into(), "p-priya".into()],
        ..MapInfo::of(&ed.project().maps[0])
    };
    ed.perform(&map, Action::UpdateMapInfo(info), None)
        .expect("reorders");
    let after = card(&ed);
    assert_eq!(after.emotion, Some(-2));
    assert_eq!(after.scores["p-maya"], -1);
    assert!(!after.scores.contains_key("p-tom"));
    assert!(io::validate(ed.project()).is_empty());
    // Deleting a persona takes its scores; undo brings everything back.
    ed.perform(&map, Action::DeletePersona("p-priya".into()), None)
        .expect("deletes");
    assert!(!card(&ed).scores.contains_key("p-priya"));
    assert!(io::validate(ed.project()).is_empty());
    assert!(ed.undo() && ed.undo());
    assert_eq!(card(&ed), before);
}

#[test]
fn several_persona_curves_come_from_the_one_layout() {
    let project = showcase();
    let map = &project.maps[0];
    let layout = layout::layout_map(&project, map, waymark_core::text::TextEngine::global());
    let curves: Vec<_> = layout.curves.iter().collect();
    assert_eq!(curves.len(), 3, "one curve per persona");
    assert_eq!(
        curves.iter().map(|c| c.persona).collect::<Vec<_>>(),
        [0, 1, 2]
    );
    let colors: std::collections::HashSet<_> = curves.iter().map(|c| c.color).collect();
    assert_eq!(colors.len(), 3, "each in its persona's colour");
    // Tom's points sit where his scores say, at the lead's x for the same card.
    let tom = curves[1];
    assert_eq!(tom.points.len(), 7);
    for p in &tom.points {
        let lead = curves[0]
            .points
            .iter()
            .find(|q| q.card == p.card)
            .expect("same card");
        assert_eq!(p.center.x, lead.center.x);
        let score = map.cards[p.card].scores["p-tom"];
        assert_eq!(p.center.y, tom.y_of_score(f32::from(score)).round());
    }
    let keys: Vec<&str> = layout.curve_keys.iter().map(|k| &*k.label.text).collect();
    assert_eq!(keys, ["Maya", "Tom", "प्रिया"]);
    // The persona strip shows all three, each ringed in its curve's colour.
    let strip = layout.persona.as_ref().expect("strip");
    assert_eq!(strip.faces.len(), 3);
    assert!(strip.faces.iter().all(|f| f.color.is_some()));
    // The canvas scene and the SVG both draw each curve in its colour.
    let scene = scene::build(&layout);
    for curve in &curves {
        assert!(scene.all().any(
            |p| matches!(p, scene::Prim::Bezier { stroke, .. } if stroke.color == curve.color)
        ));
    }
    let svg = text(
        &export::export(
            &project,
            &export::ExportRequest::image(
                map,
                &ExportOptions {
                    format: Format::Svg,
                    ..ExportOptions::default()
                },
            ),
        )
        .map(|e| e.bytes)
        .expect("svg"),
    );
    for curve in &curves {
        assert!(
            svg.to_lowercase()
                .contains(&curve.color.hex().to_lowercase()),
            "{}",
            curve.color.hex()
        );
    }
}

#[test]
fn the_metrics_lane_lays_out_bars_lines_and_a_funnel() {
    let project = showcase();
    let map = &project.maps[0];
    let layout = layout::layout_map(&project, map, waymark_core::text::TextEngine::global());
    let rows = &layout.metric_rows;
    assert_eq!(rows.len(), 3);
    let funnel = &rows[0];
    assert_eq!(funnel.chart, MetricChart::Funnel);
    let labels: Vec<&str> = funnel.bars.iter().map(|b| &*b.label.text).collect();
    assert_eq!(labels, ["100%", "42%", "18%", "16%", "9%"]);
    // Bars stand on one baseline, as tall as their share of 100%.
    let full = funnel.bars[0].rect.height();
    for b in &funnel.bars {
        assert_eq!(b.rect.bottom(), funnel.plot.bottom());
        assert!(funnel.plot.contains_rect(b.rect.shrink(0.5)));
    }
    assert!((funnel.bars[1].rect.height() / full - 0.42).abs() < 0.02);
    let drops: Vec<&str> = funnel.drops.iter().map(|d| &*d.text).collect();
    assert_eq!(drops, ["↓ 58%", "↓ 57%", "↓ 11%", "↓ 44%"]);
    // Drop-offs sit on the gutters between stages; targets missed are marked.
    for (d, stage) in funnel.drops.iter().zip(&layout.stages[1..]) {
        assert!((d.rect().center().x - stage.rect.left()).abs() <= 1.0);
    }
    assert_eq!(funnel.bars[1].met, Some(false));
    assert_eq!(rows[1].chart, MetricChart::Line);
    assert_eq!(rows[2].bars.len(), 3, "stages with no value leave a gap");
    // The rows lie inside the lane, one under the other.
    let lane = layout
        .lanes
        .iter()
        .find(|h| map.lanes[h.lane].kind == waymark_core::model::LaneKind::Metrics)
        .expect("lane");
    for row in rows {
        assert!(lane.rect.top() <= row.plot.top() && row.plot.bottom() <= lane.rect.bottom());
    }
    // Every export writes the values.
    let svg = text(
        &export::export(
            &project,
            &export::ExportRequest::image(
                map,
                &ExportOptions {
                    format: Format::Svg,
                    ..ExportOptions::default()
                },
            ),
        )
        .map(|e| e.bytes)
        .expect("svg"),
    );
    for t in ["100%", "42%", "↓ 58%", "CSAT (score)", "7.8"] {
        assert!(svg.contains(t), "{t} in the SVG");
    }
    let png = export::export(
        &project,
        &export::ExportRequest::image(
            map,
            &ExportOptions {
                format: Format::Png,
                scale: 1.0,
                ..ExportOptions::default()
            },
        ),
    )
    .map(|e| e.bytes)
    .expect("png");
    assert!(png.starts_with(b"\x89PNG"));
    let pdf = export::export(
        &project,
        &export::ExportRequest::image(
            map,
            &ExportOptions {
                format: Format::Pdf,
                ..ExportOptions::default()
            },
        ),
    )
    .map(|e| e.bytes)
    .expect("pdf");
    assert!(pdf.starts_with(b"%PDF"));
}

#[test]
fn notes_are_badges_on_the_canvas_and_left_out_of_exports_unless_asked() {
    let project = showcase();
    let map = &project.maps[0];
    let engine = waymark_core::text::TextEngine::global();
    let canvas = layout::layout_map(&project, map, engine);
    let counts: Vec<&str> = canvas.note_badges.iter().map(|b| &*b.label.text).collect();
    assert_eq!(counts.len(), 3, "three cards have open notes");
    assert!(counts.iter().all(|c| *c == "1"));
    assert!(canvas.notes_list.is_empty());
    let plain = text(
        &export::export(
            &project,
            &export::ExportRequest::image(
                map,
                &ExportOptions {
                    format: Format::Svg,
                    ..ExportOptions::default()
                },
            ),
        )
        .map(|e| e.bytes)
        .expect("svg"),
    );
    assert!(!plain.contains("Review notes") && !plain.contains("Diary study"));
    let options = ExportOptions {
        format: Format::Svg,
        layout: LayoutOptions {
            notes: NoteMarks::Numbered,
            ..LayoutOptions::default()
        },
        ..ExportOptions::default()
    };
    let numbered = layout::layout_map_with(&project, map, engine, &options.layout);
    let marks: Vec<&str> = numbered
        .note_badges
        .iter()
        .map(|b| &*b.label.text)
        .collect();
    assert_eq!(marks, ["1", "2", "3"]);
    assert!(numbered.size.y > canvas.size.y, "the list adds to the page");
    let svg = text(
        &export::export(&project, &export::ExportRequest::image(map, &options))
            .map(|e| e.bytes)
            .expect("svg"),
    );
    assert!(svg.contains("Review notes"));
    assert!(svg.contains("Diary study, 6 of 9 participants."));
    assert!(!svg.contains("تمت المراجعة"), "resolved notes stay out");
}

#[test]
fn metric_values_come_from_a_csv() {
    let project = showcase();
    let map = &project.maps[0];
    let lane = map
        .lanes
        .iter()
        .find(|l| !l.metrics.is_empty())
        .expect("lane");
    let csv = "stage,metric,value,unit,target\nAwareness,NPS,31,score,40\nconsideration,NPS,12\nPurchase,Reached this stage,\"20%\"\n";
    let updated = waymark_core::interop::metrics_csv::apply_metrics_csv(map, lane, csv.as_bytes())
        .expect("reads");
    let nps = updated
        .metrics
        .iter()
        .find(|m| m.name == "NPS")
        .expect("added");
    assert_eq!(nps.values.len(), 2);
    assert_eq!(nps.targets.len(), 1);
    assert_eq!(updated.metrics[0].values["s-purchase"], 20.0);
    for (bad, says) in [
        ("Nowhere,NPS,3\n", "line 1: the map has no stage “Nowhere”"),
        (
            "Awareness,NPS,lots\n",
            "line 1: the value “lots” is not a number",
        ),
        (
            "Awareness,NPS\n",
            "line 1: a row needs at least three columns",
        ),
        ("", "holds no metric values"),
    ] {
        let e = waymark_core::interop::metrics_csv::apply_metrics_csv(map, lane, bad.as_bytes())
            .expect_err(bad);
        assert!(e.to_string().contains(says), "{e}");
    }
}

/// Every input the metrics CSV fuzzer kept (and every crash it found) fills the lane or
/// fails cleanly, and what it fills keeps the project valid with values a chart can draw.
#[test]
fn the_metrics_csv_fuzz_corpus_replays_clean() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz");
    let text = waymark_core::assets::template("ecommerce").expect("template");
    let project = waymark_core::io::load_bytes(text.as_bytes()).expect("template");
    let map = &project.maps[0];
    let index = map
        .lanes
        .iter()
        .position(|l| l.kind == waymark_core::model::LaneKind::Metrics)
        .expect("a metrics lane");
    let mut replayed = 0;
    for dir in ["corpus/metrics_csv", "regressions-metrics-csv"] {
        for entry in std::fs::read_dir(root.join(dir))
            .expect("fuzz folder")
            .flatten()
        {
            let bytes = std::fs::read(entry.path()).expect("read input");
            let result = waymark_core::interop::metrics_csv::apply_metrics_csv(
                map,
                &map.lanes[index],
                &bytes,
            );
            if let Ok(lane) = result {
                let mut changed = project.clone();
                changed.maps[0].lanes[index] = lane.clone();
                assert!(
                    waymark_core::io::validate(&changed).is_empty(),
                    "{}",
                    entry.path().display()
                );
                for metric in &lane.metrics {
                    for v in metric.values.values().chain(metric.targets.values()) {
                        assert!(v.abs() <= waymark_core::model::MAX_METRIC_VALUE);
                        assert!(!metric.unit.format(*v).contains("inf"));
                    }
                }
            }
            replayed += 1;
        }
    }
    assert!(
        replayed >= 2,
        "only {replayed} inputs: is the corpus there?"
    );
}
