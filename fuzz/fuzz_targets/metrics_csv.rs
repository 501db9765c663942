//! Fuzzes the metric values CSV importer: any bytes must give a lane or one error, never a
//! panic; a lane it fills keeps the project valid, holds only values a chart can draw, and
//! every value, target and funnel change reads as a short label (no `inf`, `NaN`, `-0`).
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use waymark_core::interop::metrics_csv;
use waymark_core::model::{LaneKind, MAX_METRIC_VALUE, Project, percent_change};

/// The e-commerce template, whose first map has a metrics lane.
fn template() -> &'static Project {
    static PROJECT: OnceLock<Project> = OnceLock::new();
    PROJECT.get_or_init(|| {
        let text = waymark_core::assets::template("ecommerce").expect("template");
        waymark_core::io::load_bytes(text.as_bytes()).expect("the template loads")
    })
}

fn label_ok(text: &str) -> bool {
    !text.contains("inf") && !text.contains("NaN") && !text.starts_with("-0%")
        && text != "-0" && text.chars().count() <= 16
}

fuzz_target!(|data: &[u8]| {
    let project = template();
    let map = &project.maps[0];
    let Some(index) = map.lanes.iter().position(|l| l.kind == LaneKind::Metrics) else {
        return;
    };
    let Ok(lane) = metrics_csv::apply_metrics_csv(map, &map.lanes[index], data) else {
        return;
    };
    let mut changed = project.clone();
    changed.maps[0].lanes[index] = lane.clone();
    assert!(
        waymark_core::io::validate(&changed).is_empty(),
        "an import keeps the project valid"
    );
    for metric in &lane.metrics {
        let values: Vec<f64> = map
            .stages
            .iter()
            .filter_map(|s| metric.values.get(&s.id).copied())
            .collect();
        for v in metric.values.values().chain(metric.targets.values()) {
            assert!(v.is_finite() && v.abs() <= MAX_METRIC_VALUE, "{v}");
            let text = metric.unit.format(*v);
            assert!(label_ok(&text), "{v} as {text}");
        }
        for pair in values.windows(2) {
            if let Some(text) = percent_change(pair[0], pair[1]) {
                assert!(label_ok(&text) && !text.contains("-0"), "{pair:?} as {text}");
            }
        }
    }
});
