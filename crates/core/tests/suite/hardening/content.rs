//! The document: read-only files, cards hidden in a lane that cannot show them, and
//! extreme metric values.

use std::path::Path;
use waymark_core::model::{Axis, Header};

use waymark_core::edit::{Action, EditError, Editor, ReadOnly};
use waymark_core::io;
use waymark_core::model::{LaneKind, MetricChart, MetricUnit, Project};
use waymark_core::store::{self, SaveProblem};
use waymark_core::{assets, interop};

use super::{fifo, sample, sparse, within};

fn chmod(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt as _;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).expect("chmod");
}

#[test]
fn a_read_only_file_opens_read_only_and_is_never_replaced() {
    let dir = tempfile::tempdir().expect("tempdir");
    let plan = dir.path().join("plan.waymark");
    io::save_path(&sample(), &plan).expect("save");
    chmod(&plan, 0o444);
    let before = std::fs::read(&plan).expect("read");
    // Opened read-only, with the reason for the notice; edits are refused.
    let opened = io::open_path(&plan).expect("opens");
    assert!(opened.read_only_file);
    let mut editor = Editor::opened(opened, plan.clone());
    assert_eq!(editor.read_only(), Some(ReadOnly::File));
    assert!(editor.is_read_only());
    let notice = ReadOnly::File.to_string();
    assert!(notice.to_lowercase().contains("read-only"), "{notice}");
    let map = editor.project().maps[0].id.clone();
    assert!(matches!(
        editor.perform(&map, Action::SetTitle("x".to_owned()), None),
        Err(EditError::ReadOnlyFile)
    ));
    // Saving over it is refused, whoever asks; the file stays as it was.
    let result = store::save_document(&mut editor, &plan, None, true);
    assert!(
        matches!(result, Err(SaveProblem::ReadOnlyFile { .. })),
        "{result:?}"
    );
    // A document from elsewhere saved onto it (Save As) is refused too.
    let mut other = Editor::new(sample(), None);
    let result = store::save_document(&mut other, &plan, None, false);
    assert!(
        matches!(result, Err(SaveProblem::ReadOnlyFile { .. })),
        "{result:?}"
    );
    assert!(
        io::write_atomic(&plan, b"{}").is_err_and(|e| matches!(e, io::SaveError::ReadOnly { .. }))
    );
    assert_eq!(std::fs::read(&plan).expect("read"), before);
    // A copy elsewhere saves, and that document can be edited.
    let copy = dir.path().join("copy.waymark");
    store::save_document(&mut editor, &copy, None, false).expect("save as");
    assert!(!editor.is_read_only());
    editor
        .perform(&map, Action::SetTitle("x".to_owned()), None)
        .expect("editable");
    chmod(&plan, 0o644);
}

#[test]
fn a_lane_holding_cards_cannot_become_a_kind_that_hides_them() {
    let mut editor = Editor::new(sample(), None);
    let map = editor.project().maps[0].clone();
    let lane = map
        .lanes
        .iter()
        .find(|l| l.kind == LaneKind::Cards && map.cards.iter().any(|c| c.lane == l.id))
        .expect("a lane with cards")
        .clone();
    let held = map.cards.iter().filter(|c| c.lane == lane.id).count();
    assert!(!LaneKind::Metrics.shows_cards());
    assert!(!LaneKind::Line.shows_cards());
    assert!(LaneKind::ALL.iter().filter(|k| !k.shows_cards()).count() == 2);
    let mut metrics = lane.clone();
    metrics.kind = LaneKind::Metrics;
    let err = editor
        .perform(
            &map.id,
            Action::UpdateHeader(Header::Lane(metrics.clone())),
            None,
        )
        .expect_err("refused");
    match &err {
        EditError::LaneHoldsCards { cards, .. } => assert_eq!(*cards, held),
        other => panic!("{other:?}"),
    }
    let message = err.to_string();
    assert!(
        message.contains(&lane.name) && message.contains("Metrics"),
        "{message}"
    );
    assert_eq!(editor.project().maps[0].lanes, map.lanes, "nothing changed");
    // Other kinds show cards: allowed. An empty lane may become a metrics lane.
    let mut text = lane.clone();
    text.kind = LaneKind::Text;
    editor
        .perform(&map.id, Action::UpdateHeader(Header::Lane(text)), None)
        .expect("text lanes show cards");
    let added = editor
        .perform(
            &map.id,
            Action::AddHeader {
                axis: Axis::Lanes,
                before: None,
                name: "KPIs".to_owned(),
            },
            None,
        )
        .expect("add lane")
        .lane
        .expect("new lane");
    let mut empty = editor.project().maps[0]
        .lanes
        .iter()
        .find(|l| l.id == added)
        .expect("lane")
        .clone();
    empty.kind = LaneKind::Metrics;
    editor
        .perform(&map.id, Action::UpdateHeader(Header::Lane(empty)), None)
        .expect("an empty lane can hold metrics");
    // No card can be put into it either.
    let stage = map.stages[0].id.clone();
    let err = editor
        .perform(
            &map.id,
            Action::AddCard {
                lane: added.clone(),
                stage: stage.clone(),
                title: "Hidden".to_owned(),
                image: None,
            },
            None,
        )
        .expect_err("refused");
    assert!(matches!(err, EditError::NoCardsHere { .. }), "{err:?}");
    assert!(err.to_string().contains("cannot show cards"), "{err}");
    let card = map.cards[0].id.clone();
    assert!(
        editor
            .perform(
                &map.id,
                Action::MoveCards {
                    cards: vec![card],
                    lane: added,
                    stage,
                    before: None,
                },
                None,
            )
            .is_err_and(|e| matches!(e, EditError::NoCardsHere { .. }))
    );
}

#[test]
fn cards_merged_into_a_metrics_lane_load_and_are_named() {
    let base = sample();
    let map = &base.maps[0];
    // Ours turns an empty lane into a metrics lane; theirs adds a card to it.
    let mut with_lane = base.clone();
    with_lane.maps[0].lanes.push(waymark_core::model::Lane {
        id: waymark_core::model::LaneId("l-kpi".to_owned()),
        name: "KPIs".to_owned(),
        ..Default::default()
    });
    let mut ours = with_lane.clone();
    ours.maps[0].lanes.last_mut().expect("lane").kind = LaneKind::Metrics;
    let mut theirs = with_lane.clone();
    let mut card = map.cards[0].clone();
    card.id = waymark_core::model::CardId("c-hidden".to_owned());
    card.title = "Hidden away".to_owned();
    card.lane = waymark_core::model::LaneId("l-kpi".to_owned());
    theirs.maps[0].cards.push(card);
    let merged = waymark_core::compare::merge(&with_lane, &ours, &theirs).expect("merges");
    let bytes = io::to_bytes(&merged).expect("encodes");
    let loaded = io::load_bytes(&bytes).expect("the loader keeps it");
    assert!(
        loaded.maps[0]
            .cards
            .iter()
            .any(|c| c.id.as_str() == "c-hidden"),
        "not dropped"
    );
    let problems = io::hidden_cards(&loaded);
    assert_eq!(problems.len(), 1, "{problems:?}");
    let text = problems[0].to_string();
    assert!(
        text.contains("c-hidden") && text.contains("Hidden away"),
        "{text}"
    );
    assert!(
        text.contains("KPIs") && text.contains("cannot show cards"),
        "{text}"
    );
    assert!(io::hidden_cards(&sample()).is_empty());
}

#[test]
fn extreme_metric_values_draw_inside_their_chart_with_sensible_labels() {
    let mut project =
        io::load_bytes(assets::template("ecommerce").expect("template").as_bytes()).expect("ok");
    let map = &mut project.maps[0];
    let stages: Vec<_> = map.stages.iter().map(|s| s.id.clone()).collect();
    let lane = map
        .lanes
        .iter_mut()
        .find(|l| l.kind == LaneKind::Metrics)
        .expect("metrics lane");
    let mut metrics = Vec::new();
    let values: [&[f64]; 4] = [
        &[1.79e308, -1.79e308, 0.0, 5e-324],
        &[1e-300, 1.0, 1.0, 0.0],
        &[-0.0, -0.01, 0.004, -1e20],
        &[f64::MAX, f64::MIN_POSITIVE, -f64::MAX, 42.0],
    ];
    for (i, row) in values.iter().enumerate() {
        for (chart, unit) in [
            (MetricChart::Line, MetricUnit::Number),
            (MetricChart::Funnel, MetricUnit::Percent),
            (MetricChart::Bars, MetricUnit::Currency),
        ] {
            metrics.push(waymark_core::model::Metric {
                id: waymark_core::model::MetricId(format!("k-{i}-{chart:?}")),
                name: format!("Row {i}"),
                unit,
                chart,
                values: stages.iter().cloned().zip(row.iter().copied()).collect(),
                targets: stages.iter().cloned().zip(row.iter().copied()).collect(),
                ..Default::default()
            });
        }
    }
    lane.metrics = metrics;
    assert!(io::validate(&project).is_empty());
    let map = &project.maps[0];
    let layout =
        waymark_core::layout::layout_map(&project, map, waymark_core::text::TextEngine::global());
    assert_eq!(layout.metric_rows.len(), 12);
    for row in &layout.metric_rows {
        assert!(!row.bars.is_empty());
        for bar in &row.bars {
            let r = bar.rect;
            for v in [r.left(), r.right(), r.top(), r.bottom()] {
                assert!(v.is_finite(), "{:?}: {r:?}", row.chart);
            }
            assert!(
                r.top() >= row.plot.top() - 8.0 && r.bottom() <= row.plot.bottom() + 8.0,
                "{:?} drawn outside its plot: {r:?} in {:?}",
                row.chart,
                row.plot
            );
            if let Some(t) = bar.target {
                assert!(t.is_finite() && t >= row.plot.top() - 1.0 && t <= row.plot.bottom() + 1.0);
            }
            let label = &*bar.label.text;
            assert!(label.chars().count() <= 12, "a short label: {label}");
            assert!(!label.contains("inf") && !label.contains("NaN"), "{label}");
            assert!(
                !label.starts_with("-0") || label.starts_with("-0."),
                "{label}"
            );
        }
        for drop in &row.drops {
            let text = &*drop.text;
            assert!(!text.contains("inf") && !text.contains("NaN"), "{text}");
            assert!(!text.contains("-0"), "{text}");
            assert!(text.chars().count() <= 10, "{text}");
        }
    }
    // The labels: compact for huge numbers, no negative zero.
    assert_eq!(MetricUnit::Percent.format(-0.0), "0%");
    assert_eq!(MetricUnit::Percent.format(-0.01), "0%");
    assert_eq!(MetricUnit::Number.format(-0.001), "0");
    assert_eq!(MetricUnit::Currency.format(-0.001), "0.00");
    assert_eq!(MetricUnit::Number.format(1.79e308), "1.8e308");
    assert_eq!(MetricUnit::Number.format(2.5e9), "2.5B");
    assert_eq!(MetricUnit::Number.format(-3.2e6), "-3.2M");
    assert_eq!(MetricUnit::Percent.format(42.0), "42%");
}

/// The e-commerce template (it has a metrics lane).
fn ecommerce() -> Project {
    io::load_bytes(assets::template("ecommerce").expect("template").as_bytes()).expect("ok")
}

#[test]
fn the_metrics_csv_file_is_read_bounded() {
    let dir = tempfile::tempdir().expect("tempdir");
    let pipe = fifo(&dir.path().join("values.csv"));
    let err = within("metrics CSV", move || {
        let project = ecommerce();
        let map = &project.maps[0];
        let lane = map
            .lanes
            .iter()
            .find(|l| l.kind == LaneKind::Metrics)
            .expect("metrics lane");
        interop::metrics_csv::apply_metrics_csv_file(map, lane, &pipe)
            .expect_err("FIFO")
            .to_string()
    });
    assert!(err.contains("named pipe"), "{err}");
    // 4 GB on paper, over the 4 MiB limit: refused before reading.
    let csv = sparse(&dir.path().join("huge.csv"), 4_000_000_000);
    let project = ecommerce();
    let map = &project.maps[0];
    let lane = map
        .lanes
        .iter()
        .find(|l| l.kind == LaneKind::Metrics)
        .expect("metrics lane");
    let e = interop::metrics_csv::apply_metrics_csv_file(map, lane, &csv)
        .expect_err("too large")
        .to_string();
    assert!(e.contains("4000000000 bytes") && e.contains("limit"), "{e}");
}

#[test]
fn metrics_csv_refuses_values_no_chart_can_draw() {
    let project =
        io::load_bytes(assets::template("ecommerce").expect("template").as_bytes()).expect("ok");
    let map = &project.maps[0];
    let lane = map
        .lanes
        .iter()
        .find(|l| l.kind == LaneKind::Metrics)
        .expect("metrics lane");
    let stage = &map.stages[0].name;
    let csv = format!("{stage},Visits,1.8e308\n");
    let e = interop::metrics_csv::apply_metrics_csv(map, lane, csv.as_bytes())
        .expect_err("refused")
        .to_string();
    assert!(e.contains("line 1") && e.contains("1e15"), "{e}");
    let ok = format!("{stage},Visits,-1e15\n");
    interop::metrics_csv::apply_metrics_csv(map, lane, ok.as_bytes()).expect("at the bound");
}
